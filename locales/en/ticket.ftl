## The ticket
ticket-issued = Issued { $date }, { $time }
ticket-your-number = Your number
ticket-counter = Counter { $number }
ticket-bring = Please have ready
# The staff block: what the kiosk read and was told (never a name or a number)
ticket-staff-title = For staff
ticket-staff-procedures = Procedures: { $procedures }
ticket-staff-consultation = Consultation (procedure not decided)
ticket-staff-cert = User-authentication certificate: until { $date }
ticket-staff-no-cert = Certificate: none
ticket-staff-card = Card: until { $date }
ticket-staff-status = Status: { $status }
ticket-staff-auth-locked = User-authentication PIN: locked
ticket-staff-sign-locked = Signature password: locked
ticket-staff-visitor = Visitor: { $visitor ->
        [holder] the holder
        [legal_representative] legal representative
       *[proxy] authorised proxy
    }
ticket-staff-inquiry-form = Inquiry-and-answer form: { $has ->
        [yes] brought
       *[no] not brought
    }
ticket-staff-no-card = Card: { $reason ->
        [never_had] never had one
        [lost] lost or stolen
        [damaged] broken or damaged
       *[left_at_home] left at home
    }
ticket-staff-language = Language used: { $language }
ticket-staff-reason = Asked from the screen: { $screen ->
        [waiting] the first screen
        [status] the card's status
        [question] a question
        [checklist] the checklist
        [conclusion] nothing to do
        [could_not_read] card not read
        [lost] lost card
       *[other] another screen
    }
ticket-staff-unreadable = The kiosk could not read the card
# This language's own name (its button), and its name in Japanese for the staff block
language-name = English
language-name-in-japanese = 英語
ticket-check-card = For staff: the certificate on this card could not be verified. Please check the card.
ticket-test-card = For staff: this is a test card.
ticket-more-info = More information
ticket-follow-on-phone = Scan to check your place in line on your phone
ticket-please-wait = Please wait until your number is called.
ticket-wait = { $count ->
    [0] Nobody is ahead of you
    [one] 1 person ahead of you (wait: { $band })
   *[other] { $count } people ahead of you (wait: { $band })
}
ticket-reprint = Reprinted { $time }
test-page-title = Test page
test-page-sample = The quick brown fox jumps over the lazy dog 0123456789
test-page-footer = This is not a ticket.
# The card's state in the staff block
staff-status-valid = valid
staff-status-renewable = in its renewal period
staff-status-expired = certificates expired
staff-status-no_certificate = no certificate
staff-status-card_expired = card expired
staff-status-juki_card = Juki card
staff-status-smartphone = smartphone
staff-status-other_card = not a My Number Card
staff-status-unreadable = not readable
staff-status-no_card = no card
