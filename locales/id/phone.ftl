# Official terms: "Kartu My Number" from the ISA "Guidebook on Living and Working", Indonesian edition
# (moj.go.jp/isa/content/001392689.pdf). No Indonesian J-LIS/Digital Agency page was found for the
# other terms; they follow J-LIS's Japanese and English names (see common.ftl).

## Halaman di smartphone warga
phone-title = Tiket antrean
phone-updates = Halaman ini diperbarui secara otomatis.
phone-lost = Koneksi terputus. Sedang menyambungkan kembali. Mohon tunggu sebentar.
phone-ended = Panggilan untuk tiket antrean ini sudah selesai.
phone-your-turn = Terima kasih telah menunggu. Silakan menuju { $counter }.
phone-serving = Anda sedang dilayani di loket.
phone-missed = Nomor Anda sudah dipanggil, tetapi Anda belum datang.
phone-missed-what = Silakan tunjukkan tiket antrean Anda kepada petugas loket.
phone-ahead = { $count ->
    [0] Giliran Anda berikutnya. Silakan tunggu di dekat loket.
   *[other] Ada { $count } orang sebelum Anda.
}
phone-wait = Perkiraan waktu tunggu: { $band }
