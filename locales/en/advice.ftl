## The card's state
status-valid = Your certificates are valid until { $expiry }: { $days ->
        [one] one day
       *[other] { $days } days
    } left.
status-renewable = { $days ->
        [0] Your certificates expire today, { $expiry }.
       *[other] Your certificates expire on { $expiry }, in { $days ->
            [one] one day
           *[other] { $days } days
        }.
    }
status-expired = Your certificates expired on { $expiry }.
status-card_expired = Your My Number Card expired on { $expiry }.
status-card_expired-undated = Your My Number Card has expired.
status-no_certificate = This card has no user-authentication certificate. The counter can issue one.
status-juki_card = This is a Basic Resident Register card (Juki card). Certificates on Juki cards have not been issued or renewed since December 2015. To use certificates, please apply for a My Number Card (your first card is free).
status-smartphone = This is the certificate of a smartphone. This kiosk explains the certificates on the My Number Card: if you have your card with you, please put it on the reader.
status-other_card = This does not seem to be a My Number Card. Please put your My Number Card on the reader.
status-unreadable = The card could not be read. Please take it out and put it on the reader again.
status-no_card = Here is what to do if you do not have a My Number Card with you.
status-renewable-with-card = { $days ->
        [0] Your certificates and the card itself expire today, { $expiry }.
       *[other] Your certificates and the card itself both expire on { $expiry }, in { $days ->
            [one] one day
           *[other] { $days } days
        }.
    }

## What it means, and when
renewal-opens = You can renew them from { $date }.
renewal-notice-by-post = An expiry notice comes by post one to three months before they expire.
renewal-open-now = You can renew them now, even if the expiry notice has not come.
expired-meaning = Because they have expired, the card no longer works as your health-insurance card (My Number health insurance), for Mynaportal, for getting documents such as a residence certificate at convenience stores, or for e-Tax and other online applications. It still works as photo ID. The counter can issue new certificates.
card-expired-meaning = The certificates on it no longer work either. Please apply for a new card.
card-expiry = The card itself is valid until { $date }.
card-expires-with-certificates = Because the card expires on the same day, the certificates cannot be renewed on their own: please apply for a new card. If you are a foreign resident and your stay has been extended, the counter extends the card's validity instead.
signature-revoked = Because your address, name, date of birth or sex changed, your signature certificate no longer works. Your user-authentication certificate still works.
signature-not-for-minors = A signature certificate is not normally issued to children under 15 or adults under guardianship. If one is needed, please ask at the counter.

## PINs
pin-auth-locked = Your user-authentication PIN (4 digits) is locked because a wrong PIN was entered three times in a row. The counter can reset it.
pin-auth-last-try = Your user-authentication PIN (4 digits) locks after one more wrong try. If you are not sure of it, do not try again: the counter can reset it.
pin-sign-locked = Your signature password (6 to 16 letters and digits) is locked because a wrong password was entered five times in a row. The counter can reset it.
pin-sign-last-try = Your signature password (6 to 16 letters and digits) locks after one more wrong try. If you are not sure of it, do not try again: the counter can reset it.

## A card lost, or left at home
lost-hotline-name = the My Number hotline
lost-suspend = Call { $hotline_name } on { $hotline } to suspend your card, so nobody else can use it; you can call at any hour to suspend it.
lost-police = Please also report the loss or theft to the police (any police box, or kōban, will do), and note the receipt number they give you for the counter.
left-at-home = If your card is at home, you do not need a new one. Please come back with your card.

## What to do
nothing-to-do = There is nothing you need to do now.
go-to-window = Please go to counter { $number }, { $window }.
step = { $n }. { $procedure }
visits-same-day = It is all done on the same day.
visits-new-card = The new card takes about a month. When the notice comes, please come back to collect it.
visits-proxy-first = A proxy needs two visits; it is not done on the same day. After this visit, an inquiry-and-answer form (the letter on which the holder writes their PINs) is posted to the holder's registered address; it is not forwarded. Please come again with the form, filled in by the holder and sealed in its envelope.
visits-proxy-second = This visit uses the inquiry-and-answer form, filled in by the holder and sealed in its envelope. If the PIN on the form does not match, it must be reset; a new form is then posted, so it cannot be finished that day.
fee-free = There is no fee.
fee-reissue = The fee is { $total } yen: { $card } yen for the new card and { $cert } yen for its certificates.
also-at = You can also do this at { $offices }.
