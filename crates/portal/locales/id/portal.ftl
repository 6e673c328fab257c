## Membaca
portal-title = Informasi untuk hidup dan bekerja
portal-topics = Topik
portal-latest = Baru dan diperbarui
portal-countries = Sebelum datang ke Jepang
portal-countries-text = Halaman untuk orang yang sedang bersiap datang dari negara-negara ini.
portal-country-intro = Artikel yang sangat berguna bagi orang yang datang dari negara ini, sebelum dan sesudah tiba di Jepang.
portal-feed = Ikuti artikel baru (feed Atom)
portal-feed-title = Hiroba: informasi untuk hidup dan bekerja di Jepang
portal-nothing-yet = Belum ada artikel di sini.
portal-related = Artikel terkait
portal-need-help = Perlu bantuan dengan masalah Anda? Anda bisa bertanya kepada konselor Hiroba dalam bahasa Anda, gratis. Perusahaan tempat Anda bekerja tidak diberi tahu.
portal-byline = Oleh { $author } · terbit { $published } · diperiksa { $reviewed }
portal-not-translated = Artikel ini belum tersedia dalam bahasa Anda. Artikel ditampilkan dalam { $language }.
portal-not-translated-short = Belum ada dalam bahasa Anda.
portal-watch-video = Tonton video
portal-video-external = Membuka situs web lain. Video memakai banyak kuota data.
portal-preview-notice = Pratinjau. Pembaca tidak dapat melihat halaman ini selama statusnya “{ $status }”.

## Pencarian
portal-search-title = Cari
portal-search-label = Cari artikel
portal-search-submit = Cari
portal-search-count = { $count ->
   *[other] { $count } artikel ditemukan
}

## Topik
topic-work = Pekerjaan dan gaji
topic-residence = Status izin tinggal
topic-health-welfare = Kesehatan dan kesejahteraan
topic-daily-life = Kehidupan sehari-hari
topic-disasters = Bencana dan keadaan darurat
topic-money = Uang dan bank
topic-family = Keluarga dan anak
topic-learning-japanese = Belajar bahasa Jepang

## Negara pengirim
country-VN = Vietnam
country-MM = Myanmar
country-ID = Indonesia
country-PH = Filipina
country-CN = Tiongkok
country-NP = Nepal
country-KH = Kamboja
country-TH = Thailand
country-LK = Sri Lanka
country-BD = Bangladesh
country-BR = Brasil
country-PE = Peru

## Penyuntingan (sekretariat)
portal-admin-title = Artikel portal
portal-admin-section = Menulis, menerjemahkan, dan menerbitkan artikel; melihat terjemahan mana yang belum ada atau sudah usang.
portal-stats-section = Tampilan halaman dan akun baru, dihitung tanpa melacak siapa pun.
portal-admin-new = Artikel baru
portal-admin-create = Buat draf
portal-admin-summary = { $missing } terjemahan belum ada, { $outdated } sudah usang.
portal-col-article = Artikel
portal-col-status = Status
portal-col-language = Bahasa
portal-col-state = Terjemahan
portal-col-actions = Tindakan
portal-col-version = Versi
portal-col-day = Tanggal
portal-col-views = Tampilan halaman
portal-col-registrations = Akun baru
portal-state-missing = Belum ada
portal-state-outdated = Usang
portal-state-up-to-date = Terbaru
portal-state-source = Teks sumber
portal-status-draft = Draf
portal-status-review = Sedang ditinjau
portal-status-published = Terbit
portal-status-unpublished = Ditarik
portal-action-draft = Kembalikan ke draf
portal-action-review = Kirim untuk ditinjau
portal-action-published = Terbitkan
portal-action-unpublished = Tarik kembali
portal-action-edit = Edit
portal-action-preview = Pratinjau
portal-translations = Terjemahan
portal-revisions = Riwayat revisi
portal-settings = Pengaturan
portal-save = Simpan
portal-edit-title = Edit teks dalam { $language }
portal-source-text = Teks sumber ({ $language }, versi { $version })
portal-ruby-hint = Markdown. Tulis furigana sebagai {"{"}漢字|かんじ{"}"}. Tautan, daftar, dan judul tetap dipertahankan; semua HTML dihapus.
portal-field-slug = Alamat (slug)
portal-field-slug-hint = Huruf kecil, angka, dan tanda hubung, misalnya paid-leave. Tidak dapat diubah nanti.
portal-field-kind = Jenis
portal-kind-article = Artikel
portal-kind-video = Video
portal-field-topic = Topik
portal-field-countries = Negara pengirim
portal-field-countries-hint = Opsional. Kode negara dipisahkan dengan koma, misalnya VN, MM.
portal-field-author = Organisasi penulis
portal-field-source-lang = Bahasa teks sumber
portal-field-video-url = Alamat video
portal-field-video-url-hint = Opsional. Tautan ke video di situs web lain (https://…). Video tidak pernah disematkan.
portal-field-title = Judul
portal-field-summary = Ringkasan
portal-field-body = Teks
portal-field-note = Apa yang diubah (untuk riwayat)

## Kesalahan penyuntingan
portal-slug-invalid = Alamat harus terdiri dari 3 sampai 80 huruf kecil, angka, atau tanda hubung.
portal-slug-taken = Alamat ini sudah dipakai oleh artikel lain.
portal-topic-invalid = Silakan pilih topik dan jenis dari daftar.
portal-country-invalid = Kode negara tidak dikenal. Gunakan kode seperti VN, MM, ID, PH.
portal-language-invalid = Bahasa ini tidak tersedia di platform.
portal-title-missing = Silakan tulis judul.
portal-too-long = Ada teks yang terlalu panjang.
portal-video-url-invalid = Alamat video harus diawali dengan https:// atau http://.
portal-source-first = Tulis teks sumber terlebih dahulu; terjemahan dibuat dari teks tersebut.

## Statistik (sekretariat)
portal-stats-title = Pembaca
portal-stats-privacy = Dihitung tanpa cookie dan tanpa menyimpan alamat IP: hanya berapa kali setiap halaman ditampilkan, per bahasa dan per hari.
portal-stats-views = tampilan halaman secara keseluruhan ({ $days30 } dalam 30 hari terakhir)
portal-stats-registrations = akun secara keseluruhan ({ $days30 } baru dalam 30 hari terakhir)
portal-stats-by-language = Tampilan halaman per bahasa, 30 hari terakhir
portal-stats-by-day = Per hari, 30 hari terakhir

## Gambar dan video (sekretariat)
portal-media = Gambar dan video
portal-image-upload = Tambahkan gambar
portal-image-hint = JPEG, PNG, atau WebP, maksimal 15 MB. Versi kecil untuk ponsel dibuat secara otomatis. Masukkan gambar ke dalam teks dengan kode yang ditampilkan.
portal-video-upload = Unggah video
portal-video-hint = MP4 atau WebM, maksimal 500 MB. Pembaca baru memuatnya saat menekan tombol putar.
portal-upload = Unggah
portal-use-as-poster = Jadikan gambar video
portal-subtitles = Subtitle (WebVTT)
portal-subtitles-hint = Tempelkan teks dari file .vtt, yang diawali dengan WEBVTT.
portal-video-data = Video baru mulai setelah Anda menekan tombol putar. Video ini memakai kuota data.
portal-media-not-image = File ini bukan gambar yang bisa kami baca (JPEG, PNG, atau WebP).
portal-media-too-large = File terlalu besar.
portal-media-not-video = File ini bukan video MP4 atau WebM.
portal-media-not-vtt = Subtitle harus berupa teks WebVTT yang diawali dengan WEBVTT.
