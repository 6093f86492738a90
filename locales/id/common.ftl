# Official terms: "Kartu My Number", "Kartu Penduduk" (在留カード) and "Surat Keterangan Residen" (住民票)
# as in the Indonesian edition of the ISA "Guidebook on Living and Working"
# (moj.go.jp/isa/content/001392689.pdf). No Indonesian J-LIS or Digital Agency page was found: the
# certificate, PIN, notice and form names are rendered from J-LIS's Japanese and English terms.
# Date: CLDR id full date (EEEE, dd MMMM y: "Senin, 05 Juli 2027"); time: CLDR id short time (HH.mm);
# numbers: CLDR id grouping (1.000).

# Cara menulis tanggal dan daftar. $weekday: 1 = Senin.
date = { $weekday ->
        [1] Senin
        [2] Selasa
        [3] Rabu
        [4] Kamis
        [5] Jumat
        [6] Sabtu
       *[7] Minggu
    }, { $day ->
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $day }
    } { $month ->
        [1] Januari
        [2] Februari
        [3] Maret
        [4] April
        [5] Mei
        [6] Juni
        [7] Juli
        [8] Agustus
        [9] September
        [10] Oktober
        [11] November
       *[12] Desember
    } { $year }
list-separator = {", "}
# Di antara dua butir terakhir dalam daftar
list-last-separator = {" dan "}
yes = Ya
no = Tidak
# Cara menulis jam (CLDR: HH.mm, jam dua digit). $hour 0–23, $minute dua digit.
time = { $hour ->
        [0] 00
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $hour }
    }.{ $minute }
# Pemisah ribuan
thousands-separator = {"."}
# Jika kiosk.toml tidak punya teks bahasa ini: teks bahasa Inggris, dengan teks Jepang di sampingnya
city-text-fallback = { $text } ({ $japanese })
