## The ticket
ticket-issued = Issued { $date }, { $time }
ticket-your-number = Your number
ticket-counter = Counter { $number }
ticket-bring = Please have ready
# This language's own name (its button), and its name in Japanese for the staff block
language-name = English
language-name-in-japanese = 英語
language-name-in-english = English
ticket-check-card = For staff: the certificate on this card could not be verified. Please check the card.
ticket-test-card = For staff: this is a test card.
ticket-more-info = More information
ticket-follow-on-phone = Scan to check your place in line on your phone
ticket-please-wait = Please wait until your number is called.
slip-footer = No number can be given right now. We are sorry for the trouble.
ticket-wait = { $count ->
    [0] Nobody is ahead of you
    [one] 1 person ahead of you (wait: { $band })
   *[other] { $count } people ahead of you (wait: { $band })
}
ticket-reprint = Reprinted { $time }
