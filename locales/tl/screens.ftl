# Official terms: "My Number Card" and "Toll-free Hotline ng My Number" as on Tagalog pages of Japanese
# cities (Hiroshima City Tagalog site; Ota City and Anjo City Tagalog living guides). No Tagalog source
# was found for the two certificates, the PINs, the expiry notice, the inquiry form or the Juki card: we use
# the official English names (certificate for digital signature / user authentication, PIN, password),
# "abiso ng pag-expire (有効期限通知書)" and "inquiry-and-answer form (照会書兼回答書)".

## Mga screen
waiting-title = Pakilagay po ang inyong My Number Card sa reader
waiting-how = Ilapag nang patag ang card sa reader, nakataas ang harap nito. Kung may butas (slot) ang reader, ipasok ang card nang nauuna ang IC chip.
waiting-hours = Oras ng serbisyo ngayong araw: { $open } hanggang { $close }
waiting-no-reception = Sarado ang counter ngayong araw.
counters-open = Bukas ang counter ngayon.
counters-closed = Sarado ang counter ngayon. Magbubukas ulit ito sa { $date }, { $time }.
no-card = Wala akong dalang card
reading-title = Binabasa ang card
reading-keep = Huwag pong galawin ang card.
# Headline of the state: the one thing that matters most.
headline-card_expired = Nag-expire na ang inyong card
headline-juki_card = Hindi na magagamit ang electronic certificate ng Juki card
headline-cert_expired = Nag-expire na ang inyong mga electronic certificate
headline-no_certificate = Walang electronic certificate sa card
headline-new_card_due = Kailangan ninyong mag-apply ng bagong card
headline-pin_locked = Naka-lock ang PIN ng card
headline-renewable = Panahon na para i-renew ang mga electronic certificate
headline-signature_revoked = Hindi na magagamit ang electronic certificate para sa digital signature
headline-valid = May bisa ang inyong mga electronic certificate
headline-smartphone = Electronic certificate ito ng smartphone
headline-other_card = Hindi ito My Number Card
headline-unreadable = Hindi nabasa ang card
headline-no_card = Kung wala kayong dalang card
headline-lost = Una, ipahinto ang paggamit ng card
headline-left_at_home = Bumalik po kayo dala ang inyong card
# Word beside the headline's sign (never colour alone)
sign-fine = Walang problema
sign-act = May dapat gawin
sign-stopped = Hindi magagamit
sign-info = Impormasyon
next = Susunod
finish = Tapusin
back = Bumalik
start-over = Magsimula ulit
get-ticket = Kumuha ng tiket
counter-closed-no-ticket = Sarado ang counter ngayon, kaya hindi makapag-issue ng tiket.
checklist-title = Mga proseso sa counter
checklist-if-missing = Kahit may kulang sa listahan, pumunta pa rin po sa counter at magtanong.
conclusion-title = Wala kayong kailangang gawin ngayong araw
conclusion-fine = Walang problema ang inyong card at mga electronic certificate.
conclusion-title-unverified = Para makasiguro, ipakita po ang card sa counter
conclusion-unverified = Hindi nasuri ng kiosk na ito ang electronic certificate ng card. Susuriin ito ng staff sa counter.
ask-counter = Magtanong sa counter
put-back-title = Ibalik po ang card sa reader
put-back-body = Kapag ibinalik ninyo ito, magpapatuloy kayo kung saan kayo huminto. Kung hindi, babalik sa unang screen pagkalipas ng { $seconds } segundo.
issuing = Inilalabas ang tiket…
ticket-screen-title = Kunin po ang inyong tiket
ticket-not-printed = Hindi na-print ang tiket. Isulat po ang numerong ito at pumunta sa counter.
take-your-ticket-and-card = Kunin po ang inyong tiket at card
take-card-title = Kunin po ang inyong card
take-card-body = Nasa reader pa ang inyong card.
no-ticket-cap = Ubos na ang mga tiket ng counter na ito ngayong araw. Kausapin po ang staff sa counter.
no-ticket-failed = Hindi makapag-issue ng tiket ngayon. Paumanhin po, pumunta na lang kayo sa reception desk.
no-ticket-full = Sa dami ng naghihintay, puno na ang counter na ito hanggang sa pagsasara ngayong araw. Hindi na makapag-issue ng tiket.
slip-title = Kunin po ang papel. Wala itong numero.
slip-title-not-printed = Hindi makapag-issue ng tiket ngayon
slip-show-staff = Walang numero: ipakita po ang papel na ito sa staff sa reception desk.
slip-not-printed = Hindi rin na-print ang papel. Sabihin po sa staff sa reception desk ang pangalan ng counter na nasa screen na ito.
could-not-read-again = Alisin po ang card at ilagay ito ulit.
could-not-read-how = Isang card lang po ang ilagay. Alisin ito sa case, at ilapag nang patag na nakataas ang harap.
help-offer = Ilang beses nang hindi nabasa ang card. Tutulungan kayo sa counter. Kumuha po ng tiket para magtanong.
out-of-service-title = Inihahanda pa po ito
out-of-service-body = Paumanhin po. Pumunta na lang kayo sa reception desk.
countdown-title = Magpapatuloy pa ba kayo?
countdown = Babalik sa unang screen pagkalipas ng { $seconds } segundo.
more-time = Magpatuloy
counter-closed-today = Sarado ngayong araw ang counter para sa prosesong ito. Paumanhin po, bumalik na lang kayo sa ibang araw.
counter-closed-today-go-elsewhere = Sarado ngayong araw ang counter para sa prosesong ito. Pumunta po sa isa sa mga tanggapang nakasulat sa itaas.
# The line at the counter, when the office calls numbers through madoguchi.
wait-nobody = Walang naghihintay sa counter na ito ngayon.
wait-line = { $count } tao ang naghihintay ngayon. Tantiyang paghihintay: { $band }.
wait-band-none = walang paghihintay
wait-band-10 = mga 10 minuto
wait-band-10-20 = 10 hanggang 20 minuto
wait-band-20-30 = 20 hanggang 30 minuto
wait-band-30 = 30 minuto o higit pa
full-today = Sa dami ng naghihintay, puno na ang counter na ito hanggang sa pagsasara ngayong araw. Paumanhin po, hindi na makapag-issue ng tiket ngayong araw.
full-go-elsewhere = Maaari rin itong gawin sa mga tanggapang nakasulat sa itaas.
full-come-back = Magbubukas ulit ang counter sa { $date }, { $time }.
broken-config-title = May mali sa settings file
broken-config-body = Para sa staff: Huminto ang kiosk na ito dahil hindi nito mabasa ang settings file (nasa ibaba). Tumawag po sa departamentong namamahala (IT). Kusa itong magsisimula ulit kapag naayos na.

# The lobby display (madoguchi server).
display-title = Tinatawag na numero
display-recent = Mga natawag na
display-waiting = Naghihintay
display-lost = Naputol ang koneksyon sa server. Kumokonekta ulit…
display-database-down = Hindi makakonekta sa database. Hindi pa na-a-update ang screen na ito mula noong { $time }.
display-nobody-called = Wala pang tinatawag na numero
call-phrase = Numero { $prefix }-{ $seq }, pumunta na po kayo sa Counter { $desk }.

## Pansamantalang hinto ang tiket (para sa residente)
preparing-title = Inihahanda pa po ito
preparing-body = Sandali lang po. Kung nagmamadali kayo, pumunta po sa reception desk.

## Pagpili ng wika
# The first screen's "Language / 言語 / …" button joins this word of every offered language
language-word = Wika
languages-title = Pumili ng wika
