# Maintenance mode (for city-hall staff)
staff-title = Maintenance
staff-language-name = Show English first
staff-exit = Leave maintenance
staff-tab-status = Status
staff-tab-today = Today
staff-tab-counters = Counters
staff-tab-tickets = Tickets
staff-tab-printer = Printer
staff-tab-card-test = Card test
staff-tab-configuration = Settings

staff-pin-title = Enter the staff PIN
staff-pin-empty = (6 to 12 digits)
staff-pin-wrong = Wrong PIN. { $tries } more wrong and entry is locked for 5 minutes.
staff-pin-locked = Five wrong PINs: entry is locked until { $until }.
staff-pin-not-set = No staff PIN is set. Ask IT to set maintenance.pin_hash in kiosk.toml.
staff-pin-store-failed = The PIN record cannot be read or written, so entry is refused. Please call IT.
staff-pin-delete = Delete
staff-pin-enter = OK
staff-pin-cancel = Cancel


staff-health-fine = Fine
staff-health-attention = Needs attention
staff-health-broken = Not working
staff-device-reader = Card reader
staff-device-printer = Printer
staff-device-storage = Storage (database)

staff-finding-reader-fine = Ready.
staff-finding-reader-missing = No reader found. Plug its cable in again; if that does not help, call IT.
staff-finding-reader-service-down = The card service (pcscd) has stopped. Restart the kiosk PC; if that does not help, call IT.
staff-finding-reader-last-failed = The last card could not be read. If this keeps happening, check the reader is clean and cards lie flat on it.
staff-finding-printer-fine = Ready to print.
staff-finding-printer-none = Set up without a printer: ticket numbers are shown on screen only.
staff-finding-printer-file = Set up to save tickets to files instead of printing (demos and tests).
staff-finding-printer-file-unwritable = The folder for saved tickets cannot be written. Please call IT.
staff-finding-printer-usb-ready = Connected. USB printers do not report their paper, so check it by eye.
staff-finding-printer-unplugged = No printer found. Check its power and USB cable.
staff-finding-printer-no-permission = The kiosk may not use the printer. Please call IT.
staff-finding-printer-unreachable = The printer cannot be reached. Check its power and network cable.
staff-finding-printer-no-answer = The printer does not answer. Switch it off and on.
staff-finding-printer-cover-open = The cover is open. Close it.
staff-finding-printer-paper-end = Out of paper. Put in a new roll.
staff-finding-printer-paper-near-end = The paper is running low. Put in a new roll soon.
staff-finding-printer-offline = The printer is offline. Check its error light and switch it off and on.
staff-finding-printer-error = The printer reports an error. Switch it off and on; if that does not help, call the supplier.
staff-finding-storage-fine = Ready. { $megabytes } MB free.
staff-finding-storage-low = Disk space is low ({ $megabytes } MB). Please call IT.
staff-finding-storage-full = The disk is nearly full ({ $megabytes } MB): tickets will soon fail. Call IT now.
staff-finding-storage-unknown-space = The free space is unknown.
staff-finding-storage-unopened = The database cannot be opened, so no tickets can be issued. Please call IT.
staff-finding-storage-unreachable = The database cannot be reached. Residents get slips without numbers; numbering resumes by itself once it answers. If it does not come back, call IT.
staff-finding-storage-reading = Reading the database…
staff-finding-storage-unreadable = The database opened but could not be read ({ $why }), so the lists here may be incomplete. Restart the kiosk; if this stays, please call IT.

staff-reader-detail = Reader: { $name } / card in: { $card }
staff-last-read-ok = Last read: { $time }, succeeded
staff-last-read-failed = Last read: { $time }, failed ({ $why })
staff-last-read-none = No card has been read yet.
staff-printer-checking = Asking the printer…
staff-printer-driver = Connection: { $driver }
staff-storage-detail = File: { $path } / last written: { $written }
staff-about = Version { $version } / settings file { $file } (loaded { $loaded }) / running { $hours } h { $minutes } min
staff-audit-title = Maintenance record (newest first)

staff-today-counts = Issued { $issued } / last number { $last } / not printed { $unprinted } / void { $void }
staff-today-by-hour = By hour: { $hours }

staff-ticketing-running = Issuing tickets
staff-ticketing-paused = Ticketing is paused (residents see "Getting ready")
staff-pause = Pause ticketing
staff-resume = Resume ticketing
staff-counter-open = open
staff-counter-closed = closed today
staff-close-counter = Close for today
staff-open-counter = Open again

staff-reprint-last = Reprint the last ticket
staff-reprint = Reprint
staff-void = Void
staff-no-tickets = No tickets issued today yet.
staff-outcome-printed = printed
staff-outcome-void = void
staff-outcome-unprinted = not printed ({ $why })

staff-check-printer = Check now
staff-test-print = Print a test page

staff-card-test-insert = Put the card to check on the reader. What the kiosk reads is shown here (and forgotten when the card is taken off).
staff-card-kind = Kind: { $kind }
staff-card-kind-my_number_card = My Number Card
staff-card-kind-juki_card = Juki card
staff-card-kind-smartphone = Smartphone
staff-card-kind-other_card = Another card
staff-card-kind-unreadable = Unreadable card
staff-card-cert = User-authentication certificate expires: { $date }
staff-card-expiry = Card expires: { $date }
staff-card-pins = PIN tries left: authentication { $auth } / signature { $sign }
staff-card-verified = Certificate check: { $verdict }
staff-genuineness-genuine = verified
staff-genuineness-test-card = verified (test card)
staff-genuineness-unverified = could not be verified
staff-genuineness-no-certificate = no certificate
staff-card-read = Read: { $apdus } commands in { $ms } ms
staff-card-never = The individual number is never read, and no PIN is used.

staff-config-file = Settings file: { $file } (loaded { $loaded })
staff-reload = Reload the settings file
staff-default-language = Language residents see first

staff-done = done
staff-failed = not done
staff-action-close-counter = Closing a counter
staff-action-open-counter = Opening a counter
staff-action-pause = Pausing ticketing
staff-action-resume = Resuming ticketing
staff-action-reprint = Reprint
staff-action-void = Voiding a ticket
staff-action-test-print = Test page
staff-action-reload = Reloading the settings
staff-action-default-language = First language
staff-action-enter = Maintenance entered
staff-action-exit = Maintenance left
staff-done-ctl = done (from ctl)
staff-audit-wrong-pin = wrong PIN
staff-audit-locked = locked for 5 minutes
staff-confirm-void = Void ticket { $number }? This cannot be undone.
staff-confirm-pause = Pause ticketing? Residents will see "Getting ready".
staff-cancel = Cancel
staff-consultation = Consultation at the counter
staff-confirm-void-yes = Void { $number }
staff-confirm-pause-yes = Yes, pause

## The ticket's staff block (printed in Japanese) and the test page
ticket-staff-title = For staff
ticket-staff-slip = Printed without a number: the database could not be reached, so no number was issued. Please see to this resident at reception.
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
test-page-title = Test page
test-page-sample = The quick brown fox jumps over the lazy dog 0123456789
test-page-footer = This is not a ticket.
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
