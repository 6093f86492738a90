## Procedures
procedure-pin_reset = PIN reset
procedure-cert_renewal = Renewal of the certificates
procedure-cert_issuance = New certificates
procedure-sign_cert_issuance = New signature certificate
procedure-card_renewal = New My Number Card (the card expires)
procedure-card_application = Application for a My Number Card
procedure-card_reissue = Replacement My Number Card

## What to bring
checklist-card = The holder's My Number Card (the card itself, not a copy)
checklist-card-own = Your My Number Card (the card itself, not a copy)
checklist-pins = The PINs set on the card (the 4-digit ones, and the signature password of 6 to 16 letters and digits)
checklist-other_pins = The PINs that are not locked (the locked one is reset at the counter)
checklist-expiry_notice = The expiry notice, if it came (you can do without it)
checklist-official_id = One ID issued by a public office (driving licence, passport, residence card, disability handbook, pension book, etc.; not expired)
checklist-legal_rep_id = The legal representative's ID (My Number Card, driving licence, passport, etc.)
checklist-agency_proof = Proof of representation (family register certificate, certificate of registered guardianship, etc.; issued in the last 3 months)
checklist-proxy_id = The proxy's photo ID issued by a public office (My Number Card, driving licence, passport, etc.)
checklist-inquiry_form = The inquiry-and-answer form (the letter posted to the holder), filled in and stamped with their seal by the holder, and sealed in its envelope
checklist-police_receipt = The receipt number of your report of the loss (or theft) to the police, if you have it

## Questions and answers
question-no_card_reason = Why do you not have a card?
answer-no_card_reason-never_had = I never had one
answer-no_card_reason-left_at_home = I left it at home
answer-no_card_reason-lost = I lost it, or it was stolen
answer-no_card_reason-damaged = It is broken or damaged
question-card_expiry_matches_cert = Is the expiry date printed on the front of your card { $expiry }?
question-card_expiry_matches_cert-hint = Please leave the card on the reader and read its front: the printed date "valid until …" next to the date of birth, not the handwritten certificate box. If your expiry notice names the "My Number Card", choose Yes as well.
question-knows_pins-hint = These are the 4-digit PINs and the signature password of 6 to 16 letters and digits. If you know them and only want to change them, you can do that at home on a computer or smartphone.
question-knows_pins-for-holder = Does the cardholder remember the card's PINs?
question-knows_pins-for-holder-hint = These are the 4-digit PINs and the signature password of 6 to 16 letters and digits. You do not need to know them, and the holder should not tell you.
question-knows_pins-legal_representative = Do you or the cardholder remember the card's PINs?
question-knows_pins-legal_representative-hint = These are the 4-digit PINs and the signature password of 6 to 16 letters and digits.
question-visitor = Whose card is it?
question-visitor-no-card = Who is this visit for?
answer-visitor-holder = My own card
answer-visitor-legal_representative = My child's card (under 15), or the card of an adult for whom I am the court-appointed guardian
answer-visitor-proxy = Someone else's card: they asked me to come
question-has_inquiry_form = Do you have the inquiry-and-answer form?
question-has_inquiry_form-hint = It is the letter posted to the cardholder, on which they write their PINs (it also comes with the expiry notice). Choose Yes only if the holder has filled it in and sealed it in its envelope.
question-knows_pins = Do you remember your card's PINs?
question-basic_info_changed = Since the certificates were issued, has your address, name, date of birth or sex changed?
question-holder_under_15_or_ward = Is the cardholder under 15, or an adult with a court-appointed guardian?
question-holder_under_15_or_ward-hint = A court-appointed guardian acts for an adult who cannot manage their own affairs (adult guardianship, 成年後見).
