# Official terms: "Kartu My Number" and "Surat Keterangan Residen" (住民票) from the ISA "Guidebook on
# Living and Working", Indonesian edition (moj.go.jp/isa/content/001392689.pdf). No Indonesian
# J-LIS/Digital Agency page was found for: the two certificates, the PINs, 有効期限通知書, 照会書兼回答書,
# Juki card, the hotline; these are rendered from J-LIS's Japanese/English names ("certificate for user
# authentication", "for digital signature"). 成年被後見人: "orang dewasa di bawah perwalian".

## Status kartu
status-valid = Sertifikat elektronik Anda berlaku sampai { $expiry }. Masih ada { $days } hari lagi.
status-renewable = { $days ->
        [0] Masa berlaku sertifikat elektronik Anda berakhir hari ini, { $expiry }.
       *[other] Sertifikat elektronik Anda berlaku sampai { $expiry }. Tinggal { $days } hari lagi.
    }
status-expired = Masa berlaku sertifikat elektronik Anda sudah berakhir pada { $expiry }.
status-card_expired = Masa berlaku Kartu My Number Anda sudah berakhir pada { $expiry }.
status-card_expired-undated = Masa berlaku Kartu My Number Anda sudah berakhir.
status-no_certificate = Kartu ini tidak berisi sertifikat elektronik untuk autentikasi pengguna. Sertifikat ini dapat diterbitkan di loket.
status-juki_card = Ini adalah Kartu Registrasi Dasar Penduduk (Kartu Juki). Penerbitan dan pembaruan sertifikat elektronik untuk Kartu Juki sudah dihentikan pada Desember 2015. Untuk menggunakan sertifikat elektronik, silakan ajukan permohonan Kartu My Number (kartu pertama gratis).
status-smartphone = Ini adalah sertifikat elektronik di smartphone. Mesin ini memberi panduan tentang sertifikat elektronik pada Kartu My Number. Jika Anda membawa kartu, silakan letakkan kartu di alat pembaca.
status-other_card = Kartu ini tampaknya bukan Kartu My Number. Silakan letakkan Kartu My Number Anda di alat pembaca.
status-unreadable = Kartu tidak dapat dibaca. Silakan ambil kartu, lalu letakkan kembali.
status-no_card = Berikut panduan bagi Anda yang tidak memiliki atau tidak membawa Kartu My Number.
status-renewable-with-card = { $days ->
        [0] Masa berlaku sertifikat elektronik dan kartu Anda sama-sama berakhir hari ini, { $expiry }.
       *[other] Sertifikat elektronik dan kartu Anda sama-sama berlaku sampai { $expiry }. Tinggal { $days } hari lagi.
    }

## Artinya, dan kapan
renewal-opens = Pembaruan dapat dilakukan mulai { $date }.
renewal-notice-by-post = Surat Pemberitahuan Masa Berlaku dikirim lewat pos 1–3 bulan sebelum masa berlaku berakhir.
renewal-open-now = Sekarang pembaruan sudah dapat dilakukan. Anda tetap dapat memperbarui walaupun belum menerima Surat Pemberitahuan Masa Berlaku.
expired-meaning = Karena masa berlakunya sudah berakhir, kartu ini tidak dapat lagi digunakan sebagai kartu asuransi kesehatan (Myna Hokensho), untuk Mynaportal, untuk mencetak Surat Keterangan Residen dan dokumen lain di minimarket, atau untuk permohonan online seperti e-Tax. Kartu tetap dapat digunakan sebagai kartu identitas berfoto. Sertifikat elektronik yang baru dapat diterbitkan di loket.
card-expired-meaning = Sertifikat elektronik pada kartu ini juga tidak dapat digunakan. Silakan ajukan permohonan kartu baru.
card-expiry = Kartunya sendiri berlaku sampai { $date }.
card-expires-with-certificates = Masa berlaku kartu juga berakhir pada hari yang sama. Karena itu, sertifikat elektronik tidak dapat diperbarui tersendiri. Silakan ajukan permohonan kartu baru. Bagi warga negara asing yang sudah memperpanjang masa tinggalnya, prosedurnya adalah perpanjangan masa berlaku kartu.
signature-revoked = Karena alamat, nama, tanggal lahir, atau jenis kelamin Anda berubah, sertifikat elektronik untuk tanda tangan tidak dapat digunakan lagi. Sertifikat elektronik untuk autentikasi pengguna tetap dapat digunakan.
signature-not-for-minors = Pada prinsipnya, sertifikat elektronik untuk tanda tangan tidak diterbitkan bagi anak di bawah 15 tahun dan orang dewasa di bawah perwalian. Jika diperlukan, silakan tanyakan di loket.

## PIN
pin-auth-locked = PIN untuk autentikasi pengguna (4 angka) terkunci karena salah dimasukkan 3 kali berturut-turut. PIN ini dapat diatur ulang di loket.
pin-auth-last-try = PIN untuk autentikasi pengguna (4 angka) akan terkunci jika salah sekali lagi. Jika Anda tidak yakin, jangan memasukkannya. Silakan atur ulang di loket.
pin-sign-locked = Kata sandi untuk tanda tangan (6–16 huruf dan angka) terkunci karena salah dimasukkan 5 kali berturut-turut. Kata sandi ini dapat diatur ulang di loket.
pin-sign-last-try = Kata sandi untuk tanda tangan (6–16 huruf dan angka) akan terkunci jika salah sekali lagi. Jika Anda tidak yakin, jangan memasukkannya. Silakan atur ulang di loket.

## Kartu hilang, atau tertinggal di rumah
lost-hotline-name = Layanan Bebas Pulsa My Number
lost-suspend = Silakan telepon { $hotline_name } ({ $hotline }) untuk memblokir kartu, agar tidak digunakan orang lain. Pemblokiran dapat dilakukan kapan saja, 24 jam.
lost-police = Silakan buat laporan kehilangan (jika dicuri, laporan pencurian) di kantor polisi atau pos polisi (koban). Catat nomor penerimaan laporan yang diberikan, lalu sampaikan di loket.
left-at-home = Jika kartu Anda ada di rumah, Anda tidak perlu membuat kartu baru. Silakan datang kembali dengan membawa kartu.

## Yang perlu dilakukan
nothing-to-do = Saat ini tidak ada prosedur yang perlu dilakukan.
go-to-window = Silakan urus prosedurnya di Loket { $number } “{ $window }”.
step = { $n }. { $procedure }
visits-same-day = Prosedur selesai pada hari yang sama.
visits-new-card = Kartu baru jadi sekitar 1 bulan setelah permohonan. Setelah surat pemberitahuan datang, silakan datang kembali untuk mengambilnya.
visits-proxy-first = Jika diurus oleh wakil, Anda perlu datang 2 kali, dan prosedur tidak selesai pada hari yang sama. Setelah kedatangan ini, Formulir Pertanyaan dan Jawaban (surat tempat pemilik kartu menulis PIN) dikirim lewat pos ke alamat terdaftar pemilik kartu. Surat ini tidak diteruskan ke alamat lain. Pemilik kartu mengisinya, memasukkannya ke amplop, lalu menutup amplop itu. Silakan datang kembali dengan membawa amplop tersebut.
visits-proxy-second = Prosedur ini menggunakan Formulir Pertanyaan dan Jawaban yang sudah diisi pemilik kartu, di dalam amplop tertutup. Jika PIN yang tertulis tidak cocok, PIN perlu diatur ulang: dalam hal itu, formulir baru dikirim lewat pos, sehingga prosedur tidak selesai pada hari yang sama.
fee-free = Tidak ada biaya.
fee-reissue = Biayanya { $total } yen (penerbitan ulang kartu { $card } yen dan sertifikat elektronik { $cert } yen).
also-at = Prosedur ini juga dapat dilakukan di { $offices }.
