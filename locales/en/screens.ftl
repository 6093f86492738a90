## Screens
waiting-title = Please put your My Number Card on the reader
waiting-how = Lay the card flat on the reader, face up. If the reader has a slot, insert the card chip first.
waiting-hours = Reception today: { $open } to { $close }
waiting-no-reception = The counters take no residents today.
counters-open = The counters are open now.
counters-closed = The counters are closed now. They open again on { $date } at { $time }.
no-card = I don't have my card
reading-title = Reading your card
reading-keep = Please do not remove the card.
# The status headline: the one thing that matters most.
headline-card_expired = Your card has expired
headline-juki_card = Certificates on a Juki card no longer work
headline-cert_expired = Your certificates have expired
headline-no_certificate = There is no certificate on this card
headline-new_card_due = You need to apply for a new card
headline-pin_locked = A PIN on your card is locked
headline-renewable = It is time to renew your certificates
headline-signature_revoked = Your signature certificate no longer works
headline-valid = Your certificates are valid
headline-smartphone = This is a smartphone certificate
headline-other_card = This is not a My Number Card
headline-unreadable = The card could not be read
headline-no_card = Without a card
headline-lost = First, have your card suspended
headline-left_at_home = Please come back with your card
# The word beside the headline's sign (never colour alone)
sign-fine = OK
sign-act = Action needed
sign-stopped = Not working
sign-info = Information
next = Next
finish = Finish
back = Back
start-over = Start over
get-ticket = Get a ticket
counter-closed-no-ticket = The counters are closed, so no ticket can be issued now.
checklist-title = At the counter
checklist-if-missing = If something on the list is missing, please ask at the counter all the same.
conclusion-title = Nothing to do today
conclusion-fine = Your card and its certificates are fine.
conclusion-title-unverified = Just in case, please show your card at the counter
conclusion-unverified = This kiosk could not verify the certificate on this card. Staff at the counter will check it.
ask-counter = Ask at the counter
put-back-title = Please put your card back on the reader
put-back-body = You will continue where you were. Otherwise the kiosk goes back to the start in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
issuing = Issuing your ticket…
ticket-screen-title = Please take your ticket
ticket-not-printed = The ticket could not be printed. Please note this number and go to the counter.
take-your-ticket-and-card = Please take your ticket and your card
take-card-title = Please take your card
take-card-body = Your card is still in the reader.
no-ticket-cap = This counter's tickets for today are finished. Please ask a member of staff.
no-ticket-failed = Tickets cannot be issued right now. Please go to the reception desk.
no-ticket-full = This counter has as many people waiting as it can serve before closing today, so no more tickets can be issued.
slip-title = Please take the slip. It has no number.
slip-title-not-printed = Tickets cannot be issued right now
slip-show-staff = No number: please show this paper to the staff at the reception desk.
slip-not-printed = The slip could not be printed either. Please tell the staff at the reception desk the counter shown on this screen.
could-not-read-again = Please take the card out and put it on the reader again.
could-not-read-how = Put one card only, out of its case, face up and flat on the reader.
help-offer = We tried several times but could not read the card. Staff can help you: please take a ticket to ask at the counter.
out-of-service-title = This kiosk is being prepared
out-of-service-body = Sorry for the trouble. Please go to the reception desk.
countdown-title = Do you need more time?
countdown = Back to the start in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
more-time = More time
counter-closed-today = The counter for this is closed today. Sorry; please come another day.
counter-closed-today-go-elsewhere = The counter for this is closed today. Please use one of the offices named above.
# The line at the counter, when the office calls numbers through madoguchi.
wait-nobody = Nobody is waiting at this counter now.
wait-line = { $count ->
    [one] 1 person is waiting now. Expected wait: { $band }.
   *[other] { $count } people are waiting now. Expected wait: { $band }.
}
wait-band-none = no wait
wait-band-10 = about 10 minutes
wait-band-10-20 = 10 to 20 minutes
wait-band-20-30 = 20 to 30 minutes
wait-band-30 = 30 minutes or more
full-today = This counter already has as many people waiting as it can serve before closing today. We are sorry: no more tickets can be issued for it today.
full-go-elsewhere = You can also do this at the offices named above.
full-come-back = The counters open again on { $date } at { $time }.
broken-config-title = The settings file has a mistake
broken-config-body = For staff: this kiosk cannot read its settings file (named below) and has stopped. Please call IT. It starts again by itself once the file is fixed.

# The lobby display (madoguchi server).
display-title = Now calling
display-recent = Called before
display-waiting = Waiting
display-lost = The connection to the server was lost. Reconnecting…
display-database-down = The database cannot be reached. This screen has not been updated since { $time }.
display-nobody-called = No number has been called yet
call-phrase = Number { $prefix }-{ $seq }, please go to counter { $desk }.

## Ticketing paused (for residents)
preparing-title = Getting ready
preparing-body = Please wait a moment. If you are in a hurry, please go to the reception desk.

## Choosing a language
# The first screen's "Language / 言語 / …" button joins this word of every offered language
language-word = Language
languages-title = Choose your language
