## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = Antrean di loket saat ini
now-intro = Jumlah orang yang menunggu di loket setiap kantor, dan perkiraan lama menunggu. Halaman ini diperbarui otomatis.
now-open = Buka sekarang
now-closed = Tutup sekarang
now-closed-until = Tutup sekarang. Buka { $date } pukul { $time }.
now-window = Loket
now-waiting = Menunggu
now-wait = Perkiraan waktu tunggu
now-last-called = Nomor terakhir dipanggil
now-not-calling = Kantor ini tidak memanggil dengan nomor
now-updated = Per { $time }
now-stale = Angka ini belum diperbarui sejak { $time }.
now-lost = Koneksi terputus. Menghubungkan kembali…
now-typical-title = Minggu yang biasa ({ $weeks } minggu terakhir)
now-typical-note = Setiap angka adalah median waktu tunggu dalam menit, dari mengambil nomor sampai dipanggil. Kosong: tidak ada kunjungan tercatat pada jam itu.
now-typical-none = Catatannya belum cukup.
now-quietest = Biasanya sepi: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } (sekitar { $minutes } menit)
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
now-elsewhere = Kantor lain juga melayani prosedur yang sama. Antrean di sana saat ini:
now-elsewhere-line = { $office }: { $count } menunggu, { $band }
now-elsewhere-distance = {" "}(sekitar { $km } km)
