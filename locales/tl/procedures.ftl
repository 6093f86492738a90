# Official terms: "My Number Card" and "Toll-free Hotline ng My Number" as on Tagalog pages of Japanese
# cities (Hiroshima City Tagalog site; Ota City and Anjo City Tagalog living guides). No Tagalog source
# was found for the two certificates, the PINs, the expiry notice, the inquiry form or the Juki card: we use
# the official English names (certificate for digital signature / user authentication, PIN, password),
# "abiso ng pag-expire (有効期限通知書)" and "inquiry-and-answer form (照会書兼回答書)".

## Mga proseso
procedure-pin_reset = Pag-reset ng PIN
procedure-cert_renewal = Pag-renew ng electronic certificate
procedure-cert_issuance = Pag-issue ng bagong electronic certificate
procedure-sign_cert_issuance = Pag-issue ng bagong electronic certificate para sa digital signature
procedure-card_renewal = Muling pag-apply ng My Number Card (dahil sa pag-expire)
procedure-card_application = Pag-apply ng My Number Card
procedure-card_reissue = Muling pag-issue ng My Number Card

## Mga dadalhin
checklist-card = My Number Card ng may-ari (orihinal, hindi kopya)
checklist-card-own = Ang inyong My Number Card (orihinal, hindi kopya)
checklist-pins = Ang mga PIN na itinakda ninyo sa card (ang mga PIN na 4 na numero, at ang password para sa digital signature na 6–16 na letra at numero)
checklist-other_pins = Ang mga PIN na hindi naka-lock (ang naka-lock na PIN ay ire-reset sa counter)
checklist-expiry_notice = Abiso ng pag-expire (有効期限通知書), kung dumating na (puwede rin kahit wala ito)
checklist-official_id = 1 ID na inisyu ng pambansang gobyerno, prefecture o munisipyo (driver's license, pasaporte, residence card, handbook para sa may kapansanan, pension handbook, atbp.; may bisa pa)
checklist-legal_rep_id = 1 ID ng legal na kinatawan (My Number Card, driver's license, pasaporte, atbp.)
checklist-agency_proof = Patunay na kayo ang legal na kinatawan (family register 戸籍謄本, sertipiko ng rehistro ng adult guardianship, atbp.; inisyu sa loob ng nakaraang 3 buwan)
checklist-proxy_id = 1 ID ng kinatawan na may litrato, inisyu ng pambansang gobyerno, prefecture o munisipyo (My Number Card, driver's license, pasaporte, atbp.)
checklist-inquiry_form = Inquiry-and-answer form (照会書兼回答書; ang sulat na ipinadala sa may-ari), sinulatan at tinatakan ng hanko ng may-ari, at nakasara sa sobre
checklist-police_receipt = Receipt number ng report ng pagkawala (o pagnanakaw) sa pulis, kung alam ninyo

## Mga tanong at sagot
question-no_card_reason = Piliin po kung bakit wala kayong dalang card.
answer-no_card_reason-never_had = Hindi pa ako nagkaroon ng card
answer-no_card_reason-left_at_home = Naiwan ko sa bahay
answer-no_card_reason-lost = Nawala o ninakaw
answer-no_card_reason-damaged = Nasira o narumihan
question-card_expiry_matches_cert = Naka-print ba sa harap ng inyong card na may bisa ito hanggang { $expiry }?
question-card_expiry_matches_cert-hint = Iwan po ang card sa reader at tingnan ang harap nito. Ito ang petsang naka-print na 「○年○月○日まで有効」 sa tabi ng petsa ng kapanganakan, hindi ang petsang sulat-kamay sa kahon ng electronic certificate. Kung nakasulat ang 「マイナンバーカード」 sa abiso ng pag-expire, piliin din ang “Oo”.
question-knows_pins-hint = Ito ang mga PIN na 4 na numero at ang password para sa digital signature na 6–16 na letra at numero. Kung alam ninyo ang kasalukuyang PIN at gusto lang itong palitan, magagawa ninyo ito sa bahay gamit ang computer o smartphone.
question-knows_pins-for-holder = Natatandaan ba ng may-ari ng card ang mga PIN nito?
question-knows_pins-for-holder-hint = Ito ang mga PIN na 4 na numero at ang password para sa digital signature na 6–16 na letra at numero. Hindi ninyo kailangang malaman ang mga ito. Huwag po ninyong itanong ang mga ito sa may-ari.
question-knows_pins-legal_representative = Natatandaan ba ninyo o ng may-ari ang mga PIN ng card?
question-knows_pins-legal_representative-hint = Ito ang mga PIN na 4 na numero at ang password para sa digital signature na 6–16 na letra at numero.
question-visitor = Kanino po ang card na ito?
question-visitor-no-card = Para kanino po ang prosesong ito?
answer-visitor-holder = Sarili kong card
answer-visitor-legal_representative = Card ng anak kong wala pang 15 taong gulang, o ng taong ako ang adult guardian (成年後見人)
answer-visitor-proxy = Card ng ibang tao (pinakiusapan ako ng may-ari)
question-has_inquiry_form = Dala ba ninyo ang inquiry-and-answer form (照会書兼回答書)?
question-has_inquiry_form-hint = Ito ang sulat na ipinadala sa may-ari ng card, kung saan niya isusulat ang PIN (kasama rin ito ng abiso ng pag-expire). Kailangang sinulatan na ito ng may-ari at nakasara sa sobre.
question-knows_pins = Natatandaan ba ninyo ang mga PIN ng inyong card?
question-basic_info_changed = Pagkatapos ma-issue ang electronic certificate, nagbago ba ang inyong address, pangalan, petsa ng kapanganakan o kasarian?
question-holder_under_15_or_ward = Ang may-ari ba ng card ay wala pang 15 taong gulang, o nasa ilalim ng adult guardianship?
question-holder_under_15_or_ward-hint = Sa adult guardianship (成年後見), ang guardian na pinili ng family court ang nag-aasikaso ng mga proseso para sa taong kulang ang kakayahang magpasya dahil sa dementia o iba pang dahilan.
