# Official terms: "My Number Card" and "Toll-free Hotline ng My Number" as on Tagalog pages of Japanese
# cities (Hiroshima City Tagalog site; Ota City and Anjo City Tagalog living guides). No Tagalog source
# was found for the two certificates, the PINs, the expiry notice, the inquiry form or the Juki card: we use
# the official English names (certificate for digital signature / user authentication, PIN, password),
# "abiso ng pag-expire (有効期限通知書)" and "inquiry-and-answer form (照会書兼回答書)".

## Ang tiket
ticket-issued = Inisyu: { $date }, { $time }
ticket-your-number = Ang inyong numero
ticket-counter = Counter { $number }
ticket-bring = Ihanda po ang mga ito
# This language's own name (its button), and its name in Japanese for the staff block
language-name = Filipino
language-name-in-japanese = フィリピン語
language-name-in-english = Filipino
ticket-check-card = Para sa staff: Hindi nasuri ang electronic certificate ng card na ito. Pakisuri po ang card.
ticket-test-card = Para sa staff: Test card ito.
ticket-more-info = Karagdagang impormasyon
ticket-follow-on-phone = I-scan ang QR code para masundan sa inyong smartphone ang pagtawag ng numero
ticket-please-wait = Maghintay po hanggang tawagin ang inyong numero.
slip-footer = Hindi makapagbigay ng numero ngayon. Paumanhin po sa abala.
ticket-wait = { $count ->
    [0] Walang nauuna sa inyo
   *[other] { $count } tao ang nauuna sa inyo (tantiya: { $band })
}
ticket-reprint = Ini-print ulit: { $time }
