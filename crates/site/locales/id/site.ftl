## Halaman utama
home-title = Selamat datang di Hiroba
home-lead = Hiroba adalah tempat gratis untuk orang dari luar negeri yang tinggal dan bekerja di Jepang. Baca informasi yang berguna dalam bahasa Anda, periksa situasi kerja Anda secara pribadi, dan minta bantuan.
home-portal-title = Informasi untuk hidup dan bekerja
home-portal-text = Artikel dan video tentang pekerjaan, status izin tinggal, kesehatan, uang, bencana, dan kehidupan sehari-hari di Jepang, dalam bahasa Anda.
home-safety-title = Periksa situasi Anda
home-safety-text = Jawab pertanyaan sederhana tentang pekerjaan dan kehidupan Anda. Anda akan tahu jika ada sesuatu yang mungkin melanggar hukum. Anda tidak perlu akun, dan perusahaan tempat Anda bekerja tidak pernah melihat jawaban Anda.
home-assist-title = Minta bantuan
home-assist-text = Konselor menjawab dalam bahasa Anda lewat pesan, email, atau telepon, dan membantu Anda dengan masalah di tempat kerja dan dalam kehidupan sehari-hari.
home-recruitment-title = Rekrutmen yang adil
home-recruitment-text = Pekerja tidak boleh membayar untuk mendapat pekerjaan. Lihat organisasi yang berjanji tanpa biaya, dan catat biaya yang Anda bayar.
home-events-title = Acara
home-events-text = Seminar, lokakarya, studi lapangan dan pertemuan: belajar dan bertemu orang.
home-members-title = Anggota
home-members-text = Organisasi dan orang yang bekerja sama untuk hak pekerja migran. Bergabunglah dengan jaringan.
home-friends-title = Teman
home-friends-text = Kenali orang lain dari negara Anda dan orang Jepang yang siap mendukung di dekat Anda, lalu ikuti acara.
home-learning-title = Kursus untuk perusahaan
home-learning-text = Kursus online untuk pemberi kerja dan staf tentang hak asasi manusia pekerja migran, dengan sertifikat.
home-companies-title = Untuk perusahaan
home-companies-text = Perusahaan mengetahui risiko di tempat kerja dan pemasok mereka hanya dari jawaban yang anonim dan digabungkan, lalu dapat mengambil tindakan.
home-privacy-title = Privasi Anda
home-privacy-text = Kami mengumpulkan data sesedikit mungkin. Informasi sensitif dienkripsi, setiap kali konselor membuka sebuah kasus hal itu dicatat, dan perusahaan hanya melihat angka tentang kelompok yang berisi paling sedikit 10 orang.

## Kolom formulir
field-email = Alamat email
field-display-name = Nama atau nama panggilan
field-display-name-hint = Boleh nama panggilan. Anda tidak harus memakai nama asli.
field-password = Kata sandi
field-new-password = Kata sandi baru
field-password-hint = Paling sedikit 8 karakter. Kalimat yang mudah Anda ingat adalah pilihan yang baik.
field-password-confirm = Ketik kata sandi sekali lagi
field-password-show = Tampilkan kata sandi

## Masalah pada yang diketik
email-invalid = Silakan ketik alamat email yang benar, misalnya nama@example.com.
email-taken = Alamat email ini sudah memiliki akun.
display-name-invalid = Silakan ketik nama dengan 1 sampai 100 karakter.
password-too-short = Kata sandi terlalu pendek. Gunakan paling sedikit 8 karakter.
password-too-long = Kata sandi terlalu panjang. Gunakan paling banyak 128 karakter.
password-too-common = Kata sandi ini terlalu umum dan mudah ditebak. Silakan pilih yang lain.
password-contains-email = Kata sandi tidak boleh berisi alamat email Anda.
password-mismatch = Kedua kata sandi tidak sama.

## Pendaftaran
register-title = Buat akun
register-intro = Dengan akun, Anda dapat mengikuti perkembangan konsultasi Anda, mengikuti kursus, dan ikut acara. Anda dapat memakai pemeriksaan mandiri tanpa akun.
register-kind = Saya ingin memakai Hiroba sebagai
register-submit = Buat akun saya
register-have-account = Saya sudah punya akun
register-sent-title = Periksa email Anda
register-sent-text = Kami sudah mengirim email ke alamat yang Anda berikan. Buka tautan di dalamnya untuk mengonfirmasi alamat Anda, lalu masuk. Jika tidak ada email yang datang dalam beberapa menit, lihat di folder spam Anda.

## Konfirmasi email
confirm-title = Konfirmasi alamat email Anda
confirm-text = Tekan tombol untuk mengonfirmasi alamat email Anda.
confirm-submit = Konfirmasi alamat saya
confirm-done = Terima kasih. Alamat email Anda sudah dikonfirmasi. Sekarang Anda dapat masuk.
confirm-invalid = Tautan ini tidak berlaku atau sudah kedaluwarsa. Silakan daftar lagi atau minta tautan baru.

## Masuk
login-title = Masuk
login-submit = Masuk
login-forgot = Saya lupa kata sandi
login-failed = Alamat email atau kata sandi tidak benar.
login-unconfirmed = Silakan konfirmasi alamat email Anda terlebih dahulu. Buka tautan di email yang kami kirim kepada Anda.
login-notice-password-changed = Kata sandi Anda sudah diubah. Silakan masuk dengan kata sandi yang baru.
login-notice-logged-out = Anda sudah keluar.

## Verifikasi dua langkah
two-factor-title = Masukkan kode Anda
two-factor-code = Kode 6 angka dari aplikasi autentikator Anda
two-factor-submit = Lanjutkan
two-factor-wrong-code = Kode ini tidak benar. Periksa jam di ponsel Anda dan coba kode yang terbaru.
two-factor-setup-title = Aktifkan verifikasi dua langkah
two-factor-setup-text = Peran Anda melindungi informasi orang lain, jadi Anda memerlukan langkah kedua saat masuk. Pindai kode QR ini dengan aplikasi autentikator (misalnya FreeOTP, Aegis, atau Google Authenticator), lalu ketik kode yang muncul.
two-factor-qr-label = Kode QR untuk aplikasi autentikator Anda
two-factor-setup-manual = Jika Anda tidak dapat memindai kode, ketik kunci ini di aplikasi:
two-factor-setup-submit = Aktifkan verifikasi dua langkah

## Atur ulang kata sandi
forgot-title = Lupa kata sandi?
forgot-text = Ketik alamat email Anda. Kami akan mengirim tautan untuk memilih kata sandi baru.
forgot-submit = Kirim tautan
forgot-sent = Jika alamat ini memiliki akun, kami sudah mengirim tautan ke alamat itu. Tautan berlaku selama satu jam.
reset-title = Pilih kata sandi baru
reset-submit = Simpan kata sandi baru
reset-invalid = Tautan ini tidak berlaku atau sudah kedaluwarsa. Silakan minta tautan baru.

## Halaman akun
profile-title = Akun Anda
profile-roles = Peran
profile-two-factor = Verifikasi dua langkah
profile-two-factor-on = Aktif
profile-two-factor-off = Tidak aktif
profile-two-factor-enable = Aktifkan
residence-title = Status izin tinggal
residence-why = Jika Anda memberi tahu status izin tinggal Anda, konselor dapat memberi saran yang lebih baik. Ini tidak wajib. Data ini disimpan dalam bentuk terenkripsi dan Anda dapat menghapusnya kapan saja.
residence-field = Status izin tinggal Anda
residence-none = Pilih
residence-consent = Saya setuju Hiroba menyimpan status izin tinggal saya untuk membantu saya dalam konsultasi.
residence-consent-needed = Untuk menyimpan status izin tinggal Anda, silakan centang kotak untuk menyetujui.
residence-choose = Silakan pilih status izin tinggal.
residence-save = Simpan
residence-erase = Hapus status izin tinggal saya
residence-technical-intern = Pemagangan Teknis (技能実習)
residence-specified-skilled-1 = Pekerja Berketerampilan Spesifik (i) (特定技能1号)
residence-specified-skilled-2 = Pekerja Berketerampilan Spesifik (ii) (特定技能2号)
residence-student = Pelajar (留学)
residence-engineer-humanities = Teknisi / Spesialis Humaniora / Layanan Internasional (技術・人文知識・国際業務)
residence-permanent-resident = Penduduk Tetap (永住者)
residence-long-term-resident = Penduduk Jangka Panjang (定住者)
residence-spouse = Pasangan atau Anak Warga Negara Jepang (日本人の配偶者等)
residence-designated-activities = Kegiatan Tertentu (特定活動)
residence-other = Lainnya

## Email (teks biasa)
mail-confirm-subject = Konfirmasi alamat email Anda untuk Hiroba
mail-confirm-body =
    Halo { $name },

    Terima kasih sudah membuat akun di Hiroba. Silakan buka tautan ini untuk mengonfirmasi alamat email Anda:

    { $link }

    Tautan ini berlaku selama 48 jam. Jika Anda tidak membuat akun, Anda dapat mengabaikan email ini.

    Hiroba
mail-already-registered-subject = Seseorang mencoba membuat akun Hiroba dengan alamat email Anda
mail-already-registered-body =
    Halo,

    Seseorang mencoba membuat akun Hiroba baru dengan alamat email ini, tetapi alamat ini sudah memiliki akun.

    Jika itu Anda, masuk di sini: { $login }
    Jika Anda lupa kata sandi, pilih kata sandi baru di sini: { $reset }

    Jika itu bukan Anda, Anda dapat mengabaikan email ini. Tidak ada yang diubah.

    Hiroba
mail-reset-subject = Pilih kata sandi baru untuk Hiroba
mail-reset-body =
    Halo { $name },

    Buka tautan ini untuk memilih kata sandi baru:

    { $link }

    Tautan ini berlaku selama satu jam dan hanya bisa dipakai satu kali. Jika Anda tidak memintanya, Anda dapat mengabaikan email ini: kata sandi Anda tetap sama.

    Hiroba

## Sekretariat
admin-title = Dasbor Sekretariat
admin-users-title = Akun menurut peran
admin-col-role = Peran
admin-col-count = Akun
admin-jobs-title = Tugas latar belakang
admin-jobs-summary = { $queued } menunggu, { $failed } gagal
admin-translations-title = Terjemahan
admin-translations-summary = { $missing } pesan belum tersedia dalam sebagian bahasa
admin-translations-text = Pesan yang belum ada dalam suatu bahasa ditampilkan dalam bahasa Inggris (atau jika tidak ada, bahasa Jepang), dengan garis merah untuk sekretariat.
admin-translations-count = { $missing } dari { $total } pesan belum ada
admin-audit-title = Log audit
admin-audit-summary = Siapa membaca atau mengubah apa, dan kapan. Entri tidak pernah dapat diubah atau dihapus.
admin-audit-total = { $total } entri
admin-col-when = Waktu
admin-col-who = Pengguna
admin-col-action = Tindakan
admin-col-target = Data
admin-col-reason = Alasan
admin-col-id = No.
admin-col-kind = Jenis
admin-col-state = Status
admin-col-attempts = Percobaan
admin-col-run-at = Dijadwalkan
admin-col-error = Kesalahan terakhir
admin-col-actions = Tindakan
admin-retry = Coba lagi
admin-pages = Halaman
admin-newer = Entri lebih baru
admin-older = Entri lebih lama
