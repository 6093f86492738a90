## Procedures
procedure-pin_reset = Reset of PINs
procedure-cert_renewal = Renewal of the certificates
procedure-cert_issuance = New certificates
procedure-sign_cert_issuance = New signature certificate
procedure-card_renewal = New My Number Card (the card expires)
procedure-card_application = Application for a My Number Card
procedure-card_reissue = Replacement My Number Card

## What to bring
checklist-card = The holder's My Number Card (the original)
checklist-pins = The PINs set on the card (the 4-digit ones, and the signature password of 6 to 16 letters and digits)
checklist-expiry_notice = The expiry notice, if it came (you can do without it)
checklist-official_id = One ID issued by a public office (driving licence, passport, residence card, health-insurance card, etc.; not expired)
checklist-legal_rep_id = The legal representative's ID (My Number Card, driving licence, passport, etc.)
checklist-agency_proof = Proof of representation (family register certificate, certificate of registered guardianship, etc.; issued in the last 3 months)
checklist-proxy_id = The proxy's photo ID issued by a public office (My Number Card, driving licence, passport, etc.)
checklist-inquiry_form = The inquiry-and-answer form, filled in and sealed by the holder

## Questions and answers
question-no_card_reason = Why do you not have a card?
answer-no_card_reason-never_had = I never had one
answer-no_card_reason-lost = I lost it
answer-no_card_reason-damaged = It is broken or damaged
question-card_expiry_matches_cert = Is the expiry date printed on the front of your card { $expiry }?
question-card_expiry_matches_cert-hint = The card's expiry is printed on the front, next to the date of birth. If your expiry notice names the "My Number Card", choose Yes as well.
question-knows_pins-hint = If you know your PINs and only want to change them, you can do that at home on a computer or smartphone.
question-visitor = Whose card is it?
answer-visitor-holder = My own card
answer-visitor-legal_representative = My child's or my ward's (I am the legal representative)
answer-visitor-proxy = Someone else's (they asked me to come)
question-has_inquiry_form = Do you have the inquiry-and-answer form, filled in and sealed by the holder?
question-knows_pins = Do you remember the PINs of your card?
question-basic_info_changed = Since the certificates were issued, has your address, name, date of birth or sex changed?
question-holder_under_15_or_ward = Is the cardholder under 15, or an adult under guardianship?
