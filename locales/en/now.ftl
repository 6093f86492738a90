## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = How busy the counters are now
now-intro = How many people are waiting at each office's counters, and about how long the wait is. This page updates by itself.
now-open = Open now
now-closed = Closed now
now-closed-until = Closed now. Opens { $date } at { $time }.
now-window = Counter
now-waiting = Waiting
now-wait = Expected wait
now-last-called = Last number called
now-not-calling = This office does not call numbers
now-updated = As of { $time }
now-stale = These figures have not been updated since { $time }.
now-lost = Connection lost. Reconnecting…
now-typical-title = A typical week ({ $weeks ->
        [one] last week
       *[other] last { $weeks } weeks
    })
now-typical-note = Each figure is the median wait in minutes, from taking a ticket to being called. A dash means no visits were recorded at that hour.
now-typical-none = Not enough history yet.
now-quietest = Usually quiet: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } ({ $minutes ->
        [0] under 1 min
       *[other] about { $minutes } min
    })
now-after-holiday = Day after a holiday
now-after-holiday-note = Days after a holiday get a row of their own once at least { $count } of them are recorded.
now-languages = Language
weekday = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
now-elsewhere = You can also do this at other offices. Their lines now:
now-elsewhere-line = { $count ->
        [0] { $office }: { $band }
       *[other] { $office }: { $count } waiting, { $band }
    }
now-elsewhere-distance = {" "}(about { $km } km)
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = .
