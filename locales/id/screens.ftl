# Official terms: "Kartu My Number" from the ISA "Guidebook on Living and Working", Indonesian edition
# (moj.go.jp/isa/content/001392689.pdf). No Indonesian J-LIS/Digital Agency page was found for the
# certificate and PIN names; they follow J-LIS's Japanese and English names (see common.ftl).
# 受付窓口 (the general reception desk): "meja resepsionis".

## Layar
waiting-title = Silakan letakkan Kartu My Number di alat pembaca
waiting-how = Letakkan kartu mendatar di atas alat pembaca, bagian depan menghadap ke atas. Pada alat pembaca dengan celah, masukkan kartu dengan sisi chip IC lebih dulu.
waiting-hours = Jam layanan hari ini: { $open }–{ $close }
waiting-no-reception = Hari ini loket tidak buka.
counters-open = Loket sedang buka.
counters-closed = Saat ini di luar jam layanan. Loket buka kembali pada { $date } pukul { $time }.
no-card = Saya tidak membawa kartu
reading-title = Sedang membaca kartu
reading-keep = Mohon jangan memindahkan kartu.
# Judul status: satu hal yang paling penting.
headline-card_expired = Masa berlaku kartu Anda telah berakhir
headline-juki_card = Sertifikat elektronik Kartu Juki tidak dapat digunakan
headline-cert_expired = Masa berlaku sertifikat elektronik telah berakhir
headline-no_certificate = Kartu tidak berisi sertifikat elektronik
headline-new_card_due = Anda perlu mengajukan kartu baru
headline-pin_locked = Ada PIN yang terkunci
headline-renewable = Sudah waktunya memperbarui sertifikat elektronik
headline-signature_revoked = Sertifikat elektronik untuk tanda tangan tidak dapat digunakan lagi
headline-valid = Sertifikat elektronik masih berlaku
headline-smartphone = Ini sertifikat elektronik smartphone
headline-other_card = Ini bukan Kartu My Number
headline-unreadable = Kartu tidak dapat dibaca
headline-no_card = Bagi Anda yang tidak membawa kartu
headline-lost = Pertama, blokir kartu Anda
headline-left_at_home = Silakan datang kembali dengan membawa kartu
# Kata di samping tanda judul (tidak hanya dengan warna)
sign-fine = Tidak ada masalah
sign-act = Perlu diurus
sign-stopped = Tidak dapat digunakan
sign-info = Informasi
next = Lanjut
finish = Selesai
back = Kembali
start-over = Ulangi dari awal
get-ticket = Ambil tiket antrean
counter-closed-no-ticket = Saat ini di luar jam layanan, sehingga tiket antrean tidak dapat diterbitkan.
checklist-title = Prosedur di loket
checklist-if-missing = Jika ada yang kurang, silakan tetap bertanya di loket.
conclusion-title = Hari ini tidak ada prosedur yang diperlukan
conclusion-fine = Kartu dan sertifikat elektronik Anda dapat digunakan tanpa masalah.
conclusion-title-unverified = Untuk berjaga-jaga, silakan tunjukkan kartu Anda di loket
conclusion-unverified = Mesin ini tidak dapat memeriksa sertifikat elektronik pada kartu Anda. Petugas di loket akan memeriksanya.
ask-counter = Tanya di loket
put-back-title = Silakan letakkan kembali kartu di alat pembaca
put-back-body = Jika kartu diletakkan kembali, Anda dapat melanjutkan dari langkah terakhir. Jika tidak, layar akan kembali ke awal dalam { $seconds } detik.
issuing = Sedang menerbitkan tiket antrean…
ticket-screen-title = Silakan ambil tiket antrean Anda
ticket-not-printed = Tiket antrean tidak dapat dicetak. Silakan catat nomor ini, lalu datang ke loket.
take-your-ticket-and-card = Silakan ambil tiket antrean dan kartu Anda
take-card-title = Silakan ambil kartu Anda
take-card-body = Kartu Anda masih ada di alat pembaca.
no-ticket-cap = Tiket antrean untuk loket ini sudah habis hari ini. Silakan hubungi petugas loket.
no-ticket-failed = Saat ini tiket antrean tidak dapat diterbitkan. Mohon maaf, silakan datang ke meja resepsionis.
no-ticket-full = Antrean di loket ini sudah penuh sampai jam layanan hari ini berakhir. Tiket antrean tidak dapat diterbitkan.
slip-title = Silakan ambil kertas ini. Kertas ini tidak bernomor.
slip-title-not-printed = Saat ini tiket antrean tidak dapat diterbitkan
slip-show-staff = Tanpa nomor: silakan tunjukkan kertas ini kepada petugas di meja resepsionis.
slip-not-printed = Kertasnya juga tidak dapat dicetak. Silakan sebutkan nama loket yang tertera di layar ini kepada petugas di meja resepsionis.
could-not-read-again = Silakan ambil kartu, lalu letakkan kembali.
could-not-read-how = Letakkan satu kartu saja, tanpa sarung kartu, mendatar dengan bagian depan menghadap ke atas.
help-offer = Kartu sudah beberapa kali tidak dapat dibaca. Petugas loket akan membantu Anda. Silakan ambil tiket antrean untuk konsultasi.
out-of-service-title = Sedang dalam persiapan
out-of-service-body = Mohon maaf, silakan datang ke meja resepsionis.
countdown-title = Apakah Anda masih ingin melanjutkan?
countdown = Layar akan kembali ke awal dalam { $seconds } detik.
more-time = Lanjutkan
counter-closed-today = Loket untuk prosedur ini tutup hari ini. Mohon maaf, silakan datang di lain hari.
counter-closed-today-go-elsewhere = Loket untuk prosedur ini tutup hari ini. Silakan gunakan kantor cabang atau kantor lain yang tercantum di atas.
# Antrean di loket, jika kantor memanggil nomor melalui madoguchi.
wait-nobody = Saat ini tidak ada yang menunggu di loket ini.
wait-line = Saat ini { $count } orang sedang menunggu. Perkiraan waktu tunggu: { $band }.
wait-band-none = tidak perlu menunggu
wait-band-10 = sekitar 10 menit
wait-band-10-20 = 10–20 menit
wait-band-20-30 = 20–30 menit
wait-band-30 = 30 menit atau lebih
full-today = Antrean di loket ini sudah penuh sampai jam layanan hari ini berakhir. Mohon maaf, hari ini tiket antrean tidak dapat diterbitkan lagi.
full-go-elsewhere = Prosedur ini juga dapat dilakukan di kantor cabang atau kantor lain yang tercantum di atas.
full-come-back = Loket buka kembali pada { $date } pukul { $time }.
broken-config-title = Ada kesalahan pada file pengaturan
broken-config-body = Untuk petugas: mesin ini berhenti karena tidak dapat membaca file pengaturan (ditampilkan di bawah). Silakan hubungi bagian yang bertanggung jawab (Sistem Informasi). Mesin akan berjalan kembali secara otomatis setelah diperbaiki.

# Layar di lobi (server madoguchi).
display-title = Nomor yang sedang dipanggil
display-recent = Nomor yang sudah dipanggil
display-waiting = Yang menunggu
display-lost = Koneksi ke server terputus. Sedang menyambungkan kembali…
display-database-down = Tidak dapat terhubung ke basis data. Layar ini belum diperbarui sejak { $time }.
display-nobody-called = Belum ada nomor yang dipanggil
call-phrase = Nomor antrean { $prefix }-{ $seq }, silakan menuju Loket { $desk }.

## Penerbitan tiket dihentikan sementara (untuk warga)
preparing-title = Sedang dalam persiapan
preparing-body = Mohon tunggu sebentar. Jika Anda terburu-buru, silakan datang ke meja resepsionis.

## Memilih bahasa
# Tombol "Language / 言語 / …" di layar pertama menggabungkan kata ini dari setiap bahasa
language-word = Bahasa
languages-title = Pilih bahasa
