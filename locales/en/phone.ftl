## The resident's phone page
phone-title = Ticket
phone-updates = This page updates automatically.
phone-lost = Connection lost. Reconnecting…
phone-ended = This ticket is no longer active.
phone-your-turn = It's your turn. Please go to { $counter }.
phone-serving = Your visit is in progress at the counter.
phone-missed = We called your number, but could not find you.
phone-missed-what = Please show your ticket to any staff member at the counter.
phone-ahead = { $count ->
    [0] You are next.
    [one] 1 person is ahead of you.
   *[other] { $count } people are ahead of you.
}
phone-wait = Expected wait: { $band }
