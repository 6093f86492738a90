## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = Antrean di loket saat ini
now-intro = Jumlah orang yang menunggu di loket setiap kantor, dan perkiraan lama menunggu. Halaman ini diperbarui otomatis.
now-open = Sedang buka
now-closed = Di luar jam layanan
now-closed-until = Saat ini di luar jam layanan. Loket buka kembali pada { $date } pukul { $time }.
now-window = Loket
now-waiting = Menunggu
now-wait = Perkiraan waktu tunggu
now-last-called = Nomor terakhir dipanggil
now-not-calling = Kantor ini tidak memanggil dengan nomor
now-updated = Per { $time }
now-stale = Angka ini belum diperbarui sejak { $time }.
now-lost = Koneksi terputus. Sedang menyambungkan kembali…
now-typical-title = Kepadatan biasanya ({ $weeks } minggu terakhir)
now-typical-note = Setiap angka adalah median waktu tunggu dalam menit, dari mengambil tiket antrean sampai dipanggil. Tanda “–” berarti tidak ada kunjungan yang tercatat pada jam itu.
now-typical-none = Catatannya belum cukup.
now-quietest = Biasanya sepi: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } ({ $minutes ->
        [0] kurang dari 1 menit
       *[other] sekitar { $minutes } menit
    })
now-after-holiday = Hari setelah hari libur
now-after-holiday-note = Hari setelah hari libur mendapat baris sendiri jika tercatat sedikitnya { $count } hari.
now-languages = Bahasa
weekday = { $weekday ->
        [1] Senin
        [2] Selasa
        [3] Rabu
        [4] Kamis
        [5] Jumat
        [6] Sabtu
       *[7] Minggu
    }
now-elsewhere = Prosedur ini juga dapat dilakukan di kantor lain. Antrean di sana saat ini:
now-elsewhere-line = { $count ->
        [0] { $office }: { $band }
       *[other] { $office }: { $count } orang menunggu, { $band }
    }
now-elsewhere-distance = {" "}(sekitar { $km } km)
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = ,
