# Official terms: "Kartu My Number" from the ISA "Guidebook on Living and Working", Indonesian edition
# (moj.go.jp/isa/content/001392689.pdf). No Indonesian J-LIS/Digital Agency page was found for the
# other terms; they follow J-LIS's Japanese and English names (see common.ftl).

## Tiket antrean
ticket-issued = Diterbitkan { $date } pukul { $time }
ticket-your-number = Nomor antrean
ticket-counter = Loket { $number }
ticket-bring = Yang perlu disiapkan
# Nama bahasa ini (tombol bahasa), dan namanya dalam bahasa Jepang untuk petugas
language-name = Bahasa Indonesia
language-name-in-japanese = インドネシア語
language-name-in-english = Indonesian
ticket-check-card = Untuk petugas: sertifikat elektronik pada kartu ini tidak dapat diperiksa. Mohon periksa kartunya.
ticket-test-card = Untuk petugas: ini kartu uji coba.
ticket-more-info = Informasi lebih lanjut
ticket-follow-on-phone = Pindai kode QR untuk melihat status panggilan di smartphone Anda
ticket-please-wait = Silakan tunggu sampai nomor Anda dipanggil.
slip-footer = Saat ini nomor tidak dapat diberikan. Mohon maaf atas ketidaknyamanannya.
ticket-wait = { $count ->
    [0] Tidak ada yang menunggu sebelum Anda
   *[other] { $count } orang sebelum Anda (perkiraan: { $band })
}
ticket-reprint = Cetak ulang { $time }
