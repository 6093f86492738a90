## Suara, papan angka, ukuran huruf dan warna
listen = Dengarkan
larger-text = Huruf lebih besar
high-contrast = Kontras tinggi
speech-key = Untuk “{ $label }”, tekan { $key }.
speech-enter = Tombol Enter juga memilih “{ $label }”.
speech-back = Untuk kembali, tekan tombol bekspes.
speech-repeat = Tekan 0 untuk mendengar lagi. Tombol plus dan minus mengubah volume.
speech-ticket = Nomor Anda { $prefix } { $seq }.
voice-in-english = Tidak ada suara untuk bahasa ini di sini, jadi kiosk berbicara dalam bahasa Inggris.
# Dates as the voice says them: as they are written.
date-spoken = { $weekday ->
        [1] Senin
        [2] Selasa
        [3] Rabu
        [4] Kamis
        [5] Jumat
        [6] Sabtu
       *[7] Minggu
    }, { $day } { $month ->
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
speech-timed-out = Waktu habis, sehingga mesin kembali ke layar awal. Untuk memulai lagi, silakan letakkan kartu Anda di alat pembaca.
