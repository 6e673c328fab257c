# Bahasa ini menyebut dirinya sendiri (dipakai oleh pemilih bahasa).
language-name = Bahasa Indonesia
language-dir = ltr

site-name = Hiroba
skip-to-content = Langsung ke isi
nav-account = Akun Anda
nav-admin = Sekretariat
nav-logout = Keluar
nav-login = Masuk
nav-register = Buat akun
language-switcher = Pilih bahasa
furigana-turn-off = Sembunyikan furigana
furigana-turn-on = Tampilkan furigana
footer-privacy = Jawaban dan pesan Anda tidak pernah ditunjukkan kepada perusahaan tempat Anda bekerja.
footer-open-source = Hiroba adalah perangkat lunak sumber terbuka untuk pekerja migran di Jepang dan orang-orang yang mendukung mereka.

error-title = Terjadi kesalahan
error-back-home = Ke halaman utama
error-not-found = Kami tidak dapat menemukan halaman ini. Mungkin tautannya sudah lama atau salah ketik.
error-forbidden = Anda tidak memiliki izin untuk membuka halaman ini.
error-sign-in-required = Silakan masuk untuk melihat halaman ini.
error-bad-form = Sebagian informasi yang dikirim tidak dapat dibaca. Silakan periksa formulir dan coba lagi.
error-bad-request = Permintaan ini tidak dapat dipahami. Silakan kembali dan coba lagi.
error-csrf = Demi keamanan Anda, formulir ini sudah kedaluwarsa. Silakan kembali, muat ulang halaman, lalu kirim lagi.
error-too-many-requests = Terlalu banyak percobaan. Silakan tunggu 15 menit, lalu coba lagi.
error-internal = Maaf, terjadi kesalahan di pihak kami. Tidak ada yang hilang dari yang Anda kirim. Silakan coba lagi sebentar lagi.
error-method = Halaman ini tidak dapat digunakan dengan cara itu.
error-timeout = Server terlalu lama menjawab. Silakan coba lagi.
error-too-large = Yang Anda kirim terlalu besar.

role-worker = Pekerja
role-counsellor = Konselor
role-counsellor-supervisor = Supervisor konselor
role-company-admin = Administrator perusahaan
role-company-viewer = Peninjau perusahaan
role-member = Anggota
role-learner = Peserta kursus
role-supporter = Pendukung
role-secretariat = Sekretariat

app-name = Hiroba: hidup dan bekerja di Jepang
app-description = Informasi, pemeriksaan mandiri yang privat, dan konsultasi bagi orang asing yang tinggal dan bekerja di Jepang.
offline-title = Anda sedang offline
offline-text = Sekarang tidak ada koneksi internet. Artikel yang sudah pernah Anda baca masih bisa dibuka. Silakan coba lagi saat sudah terhubung.
