## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = Paghihintay sa mga counter ngayon
now-intro = Ilan ang naghihintay sa mga counter ng bawat tanggapan, at humigit-kumulang gaano katagal ang paghihintay. Kusang nag-a-update ang page na ito.
now-open = Bukas ngayon
now-closed = Sarado ngayon
now-closed-until = Sarado ngayon. Magbubukas ulit sa { $date }, { $time }.
now-window = Counter
now-waiting = Naghihintay
now-wait = Tantiyang paghihintay
now-last-called = Huling tinawag na numero
now-not-calling = Hindi tumatawag ng numero ang tanggapang ito
now-updated = Huling update: { $time }
now-stale = Hindi pa na-a-update ang mga bilang na ito mula noong { $time }.
now-lost = Naputol ang koneksyon. Kumokonekta ulit…
now-typical-title = Karaniwang linggo (nakaraang { $weeks } linggo)
now-typical-note = Ang bawat bilang ay ang median na tagal ng paghihintay sa minuto, mula sa pagkuha ng tiket hanggang sa tawagin. Ang gitling (–) ay nangangahulugang walang naitalang bisita sa oras na iyon.
now-typical-none = Kulang pa ang naitala.
now-quietest = Karaniwang maluwag: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } ({ $minutes ->
        [0] wala pang 1 minuto
       *[other] mga { $minutes } minuto
    })
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
now-elsewhere = Maaari rin itong gawin sa ibang tanggapan. Ang pila roon ngayon:
now-elsewhere-line = { $count ->
        [0] { $office }: { $band }
       *[other] { $office }: { $count } naghihintay, { $band }
    }
now-elsewhere-distance = {" "}(mga { $km } km)
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = .
