## Suara, papan angka, ukuran huruf dan warna
listen = Dengarkan
larger-text = Huruf lebih besar
high-contrast = Kontras tinggi
speech-key = Untuk “{ $label }”, tekan { $key }.
speech-enter = Tombol Enter juga memilih “{ $label }”.
speech-back = Untuk kembali, tekan Backspace.
speech-repeat = Tekan 0 untuk mendengar lagi. Tombol plus dan minus mengubah volume.
speech-ticket = Nomor Anda { $prefix } { $seq }.
voice-in-english = Tidak ada suara bahasa Filipino di sini, jadi kiosk berbicara dalam bahasa Inggris.
