## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = Paghihintay sa mga counter ngayon
now-intro = Ilan ang naghihintay sa mga counter ng bawat opisina, at humigit-kumulang gaano katagal ang paghihintay. Kusang nag-a-update ang pahinang ito.
now-open = Bukas ngayon
now-closed = Sarado ngayon
now-closed-until = Sarado ngayon. Magbubukas sa { $date }, { $time }.
now-window = Counter
now-waiting = Naghihintay
now-wait = Tantiyang paghihintay
now-last-called = Huling tinawag na numero
now-not-calling = Hindi tumatawag ng numero ang opisinang ito
now-updated = Noong { $time }
now-stale = Hindi pa na-update ang mga numerong ito mula { $time }.
now-lost = Naputol ang koneksyon. Kumokonekta ulit…
now-typical-title = Karaniwang linggo (nakaraang { $weeks } linggo)
now-typical-note = Ang bawat numero ay ang median na paghihintay sa minuto, mula sa pagkuha ng numero hanggang sa tawagin. Blangko: walang naitalang bisita sa oras na iyon.
now-typical-none = Kulang pa ang naitala.
now-quietest = Karaniwang maluwag: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } (mga { $minutes } minuto)
now-after-holiday = Araw pagkatapos ng holiday
now-after-holiday-note = May sariling hilera ang mga araw pagkatapos ng holiday kapag { $count } o higit pa ang naitala.
now-languages = Wika
weekday = { $weekday ->
        [1] Lunes
        [2] Martes
        [3] Miyerkoles
        [4] Huwebes
        [5] Biyernes
        [6] Sabado
       *[7] Linggo
    }
now-elsewhere = Ginagawa rin ng ibang opisina ang parehong proseso. Ang pila nila ngayon:
now-elsewhere-line = { $office }: { $count } naghihintay, { $band }
now-elsewhere-distance = {" "}(mga { $km } km)
