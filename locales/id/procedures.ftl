# Official terms: "Kartu My Number" from the ISA "Guidebook on Living and Working", Indonesian edition
# (moj.go.jp/isa/content/001392689.pdf), which also gives "Kartu Penduduk" (在留カード: written with
# "zairyu card, 在留カード; bukan KTP" beside it, since alone it reads as Indonesia's KTP) and "Surat Keterangan
# Residen" (住民票). No Indonesian J-LIS/Digital Agency page was found for the certificate, PIN, notice and
# form names; they follow J-LIS's Japanese/English names. The Japanese names of the two mailed documents are
# kept beside the Indonesian ones, since the documents themselves are in Japanese. 法定代理人: "wakil sah";
# 任意代理人: "wakil"; 成年後見: "perwalian dewasa".

## Prosedur
procedure-pin_reset = Pengaturan ulang PIN
procedure-cert_renewal = Pembaruan sertifikat elektronik
procedure-cert_issuance = Penerbitan sertifikat elektronik baru
procedure-sign_cert_issuance = Penerbitan sertifikat elektronik baru untuk tanda tangan
procedure-card_renewal = Permohonan ulang Kartu My Number (masa berlaku habis)
procedure-card_application = Permohonan Kartu My Number
procedure-card_reissue = Penerbitan ulang Kartu My Number

## Yang perlu disiapkan
checklist-card = Kartu My Number asli milik orang yang Anda wakili
checklist-card-own = Kartu My Number Anda sendiri (asli)
checklist-pins = PIN yang didaftarkan pada kartu (PIN 4 angka, dan kata sandi untuk tanda tangan: 6–16 huruf dan angka)
checklist-other_pins = PIN yang tidak terkunci (PIN yang terkunci akan diatur ulang di loket)
checklist-expiry_notice = Surat Pemberitahuan Masa Berlaku (有効期限通知書), jika sudah datang (tidak wajib)
checklist-official_id = Satu dokumen identitas terbitan pemerintah (pusat, prefektur, atau kota) yang masih berlaku: SIM, paspor, Kartu Penduduk (zairyu card, 在留カード; bukan KTP), buku penyandang disabilitas, buku pensiun, dll.
checklist-legal_rep_id = Satu dokumen identitas wakil sah (Kartu My Number, SIM, paspor, dll.)
checklist-agency_proof = Bukti hak perwakilan, terbit dalam 3 bulan terakhir: salinan koseki (daftar keluarga), surat keterangan pendaftaran perwalian dewasa, dll.
checklist-proxy_id = Satu dokumen identitas berfoto milik wakil, terbitan pemerintah (pusat, prefektur, atau kota): Kartu My Number, SIM, paspor, dll.
checklist-inquiry_form = Formulir Pertanyaan dan Jawaban (照会書兼回答書) yang dikirim lewat pos kepada pemilik kartu: diisi dan dicap (inkan) oleh pemilik kartu, lalu dimasukkan ke amplop tertutup
checklist-police_receipt = Nomor penerimaan laporan kehilangan (atau pencurian) ke polisi, jika Anda mengetahuinya

## Pertanyaan dan jawaban
question-no_card_reason = Silakan pilih alasan Anda tidak membawa kartu.
answer-no_card_reason-never_had = Belum pernah membuat kartu
answer-no_card_reason-left_at_home = Tertinggal di rumah
answer-no_card_reason-lost = Hilang atau dicuri
answer-no_card_reason-damaged = Rusak atau kotor
question-card_expiry_matches_cert = Apakah masa berlaku yang tercetak di bagian depan kartu adalah { $expiry }?
question-card_expiry_matches_cert-hint = Biarkan kartu tetap di alat pembaca, lalu lihat bagian depannya. Yang dimaksud adalah tanggal 「○年○月○日まで有効」 (berlaku sampai …) yang tercetak di samping tanggal lahir, bukan kolom sertifikat elektronik yang ditulis tangan. Jika Surat Pemberitahuan Masa Berlaku menyebut 「マイナンバーカード」 (Kartu My Number), pilih juga "Ya".
question-knows_pins-hint = Yang dimaksud adalah PIN 4 angka dan kata sandi untuk tanda tangan (6–16 huruf dan angka). Jika Anda tahu PIN saat ini dan hanya ingin menggantinya, Anda dapat melakukannya di rumah dengan komputer atau smartphone.
question-knows_pins-for-holder = Apakah pemilik kartu ingat PIN kartunya?
question-knows_pins-for-holder-hint = Yang dimaksud adalah PIN 4 angka dan kata sandi untuk tanda tangan (6–16 huruf dan angka). Anda sebagai wakil tidak perlu mengetahuinya. Jangan menanyakannya kepada pemilik kartu.
question-knows_pins-legal_representative = Apakah Anda atau pemilik kartu ingat PIN kartu ini?
question-knows_pins-legal_representative-hint = Yang dimaksud adalah PIN 4 angka dan kata sandi untuk tanda tangan (6–16 huruf dan angka).
question-visitor = Kartu siapa ini?
question-visitor-no-card = Prosedur ini untuk siapa?
answer-visitor-holder = Kartu saya sendiri
answer-visitor-legal_representative = Kartu anak saya (di bawah 15 tahun), atau kartu orang dewasa yang berada di bawah perwalian saya
answer-visitor-proxy = Kartu orang lain (saya datang atas permintaannya)
question-has_inquiry_form = Apakah Anda membawa Formulir Pertanyaan dan Jawaban (照会書兼回答書)?
question-has_inquiry_form-hint = Formulir ini dikirim lewat pos kepada pemilik kartu, untuk menuliskan PIN. Formulir ini juga disertakan bersama Surat Pemberitahuan Masa Berlaku. Formulir harus sudah diisi pemilik kartu dan dimasukkan ke amplop tertutup.
question-knows_pins = Apakah Anda ingat PIN kartu Anda?
question-basic_info_changed = Sejak sertifikat elektronik diterbitkan, apakah alamat, nama, tanggal lahir, atau jenis kelamin Anda berubah?
question-holder_under_15_or_ward = Apakah pemilik kartu berusia di bawah 15 tahun, atau orang dewasa di bawah perwalian?
question-holder_under_15_or_ward-hint = Dalam perwalian dewasa (seinen kōken), wali yang dipilih Pengadilan Keluarga mengurus prosedur atas nama orang yang kurang mampu mengambil keputusan sendiri, misalnya karena demensia.
