# Official terms: "My Number Card" and "Toll-free Hotline ng My Number" as on Tagalog pages of Japanese
# cities (Hiroshima City Tagalog site; Ota City and Anjo City Tagalog living guides). No Tagalog source
# was found for the two certificates, the PINs, the expiry notice, the inquiry form or the Juki card: we use
# the official English names (certificate for digital signature / user authentication, PIN, password),
# "abiso ng pag-expire (有効期限通知書)" and "inquiry-and-answer form (照会書兼回答書)".

## Ang page sa smartphone ng residente
phone-title = Tiket
phone-updates = Kusang nag-a-update ang page na ito.
phone-lost = Naputol ang koneksyon. Kumokonekta ulit. Sandali lang po.
phone-ended = Tapos na ang pagtawag para sa tiket na ito.
phone-your-turn = Salamat po sa paghihintay. Pumunta po sa { $counter }.
phone-serving = Inaasikaso na kayo sa counter ngayon.
phone-missed = Tinawag na po ang inyong numero, pero hindi kayo nakapunta sa counter.
phone-missed-what = Ipakita po ang inyong tiket sa staff sa counter.
phone-ahead = { $count ->
    [0] Kayo na ang susunod. Maghintay po malapit sa counter.
   *[other] { $count } tao ang nauuna sa inyo.
}
phone-wait = Tantiyang paghihintay: { $band }
