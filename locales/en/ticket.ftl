## The ticket
ticket-issued = Issued { $date }, { $time }
ticket-your-number = Your number
ticket-counter = Counter { $number }
ticket-bring = Please have ready
ticket-for-staff = For staff: { $procedures }
ticket-check-card = For staff: the certificate on this card could not be verified. Please check the card.
ticket-test-card = For staff: this is a test card.
ticket-more-info = More information
ticket-please-wait = Please wait until your number is called.
ticket-test-page = Test print
ticket-reprint = Reprinted { $time }
test-page-title = Test page
test-page-sample = The quick brown fox jumps over the lazy dog 0123456789
test-page-footer = This is not a ticket.
