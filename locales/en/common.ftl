# How dates and lists are written. $weekday is 1 for Monday.
date = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
list-separator = {", "}
# Between the last two of a list
list-last-separator = {" and "}
yes = Yes
no = No
# How times are written. $hour is 0 to 23, $hour12 1 to 12, $minute two digits ("05"),
# $period am or pm. Each language uses the variables it needs.
time = { $hour }:{ $minute }
# Between groups of three digits
thousands-separator = {","}
# When kiosk.toml has no text in this language: the English, with the Japanese the counter's
# sign shows beside it
city-text-fallback = { $text } ({ $japanese })
