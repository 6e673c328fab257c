members-title = Anggota
members-intro = Perusahaan, asosiasi, lembaga pengawas dan lembaga pendukung, lembaga pengirim dan perusahaan perekrutan, pemerintah daerah, kedutaan besar, profesional hukum, NPO dan LSM, peneliti, serta perorangan bekerja sama dalam jaringan ini untuk melindungi hak-hak pekerja migran. Para anggota saling belajar, berbagi tentang kegiatan mereka, dan ikut serta dalam lokakarya dan seminar.
members-apply = Daftar menjadi anggota
members-total = { $count } organisasi dan perorangan
members-category = Kategori
members-count = Anggota
members-code-title = Kode etik
members-code-1 = Kami menghormati hak asasi manusia pekerja migran dan keluarga mereka, dan tidak pernah terlibat dalam kerja paksa, perdagangan orang, atau diskriminasi.
members-code-2 = Kami berupaya menerapkan prinsip pemberi kerja yang membayar (employer pays principle): pekerja tidak membayar biaya perekrutan atau biaya terkait.
members-code-3 = Kami melindungi informasi pribadi pekerja dan tidak pernah menggunakan jaringan ini untuk berjualan atau beriklan.
members-code-4 = Kami berbagi kegiatan kami secara jujur, dalam rencana tahunan dan laporan setengah tahunan, dan belajar dari anggota lain.
members-code-5 = Kami mendengarkan pekerja migran dan membantu mereka mendapatkan konsultasi dan pemulihan.
members-practices-title = Praktik baik
members-status-applied = Pendaftaran Anda sedang menunggu pemeriksaan sekretariat.
members-status-more-info = Sekretariat meminta informasi tambahan.
members-status-approved = Anda adalah anggota.
members-status-refused = Pendaftaran tidak diterima.
members-home-title = Halaman anggota
members-choose = Pilih…
members-category-business = Perusahaan
members-category-association = Asosiasi industri
members-category-supervising = Lembaga pengawas (kumiai) dan lembaga pendukung terdaftar
members-category-sending = Lembaga pengirim
members-category-recruiting = Perusahaan perekrutan
members-category-local-government = Pemerintah daerah
members-category-embassy = Kedutaan besar
members-category-legal = Pengacara, juru tulis administratif (gyōsei shoshi), konsultan ketenagakerjaan dan jaminan sosial (sharōshi)
members-category-npo = NPO dan LSM
members-category-researcher = Peneliti
members-category-individual = Perorangan lainnya
members-name = Nama organisasi (atau nama Anda)
members-name-hint = Seperti yang akan tampil di daftar anggota.
members-contact-name = Narahubung
members-email = Email narahubung
members-area = Lokasi Anda (prefektur, kota, atau negara)
members-website = Situs web (opsional)
members-about = Apa kegiatan Anda dan mengapa Anda ingin bergabung
members-about-hint = Beberapa kalimat: pekerjaan Anda dengan pekerja migran dan apa yang ingin Anda lakukan di jaringan ini.
members-agree = Saya sudah membaca kode etik dan menyetujuinya.
members-send = Kirim
members-application-title = Pendaftaran keanggotaan Anda
members-messages = Riwayat
members-action-applied = Pendaftaran dikirim
members-action-resubmitted = Dikirim lagi
members-action-approved = Disetujui
members-action-more-info = Informasi tambahan diminta
members-action-refused = Tidak diterima
members-answer = Jawab dan kirim lagi
members-answer-message = Jawaban Anda untuk sekretariat
members-send-again = Kirim lagi
members-home-intro = Hanya anggota yang dapat melihat halaman ini: apa yang dipilih anggota lain untuk dibagikan, dan praktik baik dari jaringan.
members-reports-title = Rencana dan laporan kegiatan
members-published-reports = Dibagikan oleh anggota
members-none-yet = Belum ada.
members-practice-number = Praktik baik No. { $number }:
members-kind-plan = Rencana kegiatan tahunan
members-kind-report = Laporan kegiatan setengah tahunan
members-report-kind-label = Jenis
members-report-period-label = Periode
members-report-file = Berkas
members-report-visibility = Siapa yang dapat membaca
members-report-published = Semua anggota
members-report-private = Anda dan sekretariat
members-report-new = Kirim rencana atau laporan
members-report-period-hint = Untuk rencana, tahunnya, misalnya 2026. Untuk laporan, setengah tahunnya, misalnya 2026-H1 (Januari sampai Juni) atau 2026-H2.
members-report-body-label = Apa yang Anda lakukan atau rencanakan
members-report-file-hint = Opsional: PDF, Word (.docx), Excel (.xlsx), atau gambar, maksimal 10 MB. Mengirim lagi untuk periode yang sama akan menggantikan yang sebelumnya.
members-report-publish = Bagikan kepada semua anggota di halaman anggota
members-admin-title = Anggota
members-admin-section = Pendaftaran keanggotaan, tabel anggota per kategori, dan praktik baik.
members-admin-total = { $count } anggota: { $organisations } organisasi dan { $individuals } perorangan
members-applications = Pendaftaran
members-applied-on = Tanggal daftar
members-practice-new = Terbitkan praktik baik
members-practice-title-label = Judul
members-practice-body-label = Teks (Markdown)
members-practice-publish = Terbitkan dengan nomor berikutnya
members-code-agreed = Menyetujui kode etik
members-decide = Keputusan
members-decision = Keputusan
members-decision-approve = Setujui
members-decision-ask = Minta informasi tambahan
members-decision-refuse = Tolak
members-decision-message = Pesan untuk pendaftar
members-decision-message-hint = Wajib diisi saat meminta informasi tambahan atau menolak: pendaftar membacanya lewat email dan di halaman pendaftarannya.
members-error-category = Silakan pilih kategori.
members-error-name = Silakan isi nama dan narahubung.
members-error-email = Silakan ketik alamat email yang benar.
members-error-website = Situs web harus diawali dengan https:// atau http://.
members-error-about = Silakan ceritakan kegiatan Anda dalam beberapa kalimat (minimal 20 karakter).
members-error-code = Silakan baca kode etik dan centang kotak untuk menyetujuinya.
members-error-too-long = Ada teks yang terlalu panjang.
members-error-already-applied = Akun ini sudah mendaftar.
members-error-not-editable = Pendaftaran hanya dapat diubah jika sekretariat meminta informasi tambahan.
members-error-message = Silakan tulis pesan: pendaftar perlu tahu alasannya.
members-error-decided = Pendaftaran ini sudah diputuskan.
members-error-decision = Silakan pilih keputusan.
members-report-kind = Silakan pilih rencana atau laporan.
members-report-period = Periode untuk rencana adalah satu tahun (2026) dan untuk laporan setengah tahun (2026-H1 atau 2026-H2), tidak terlalu jauh dari hari ini.
members-report-body = Silakan tulis setidaknya beberapa kalimat (20 karakter).
members-report-attachment = Berkas harus berupa PDF, Word (.docx), Excel (.xlsx), PNG, atau JPEG.
members-report-too-large = Berkas atau teks terlalu besar (maksimal 10 MB).
members-mail-approved-subject = Selamat datang: keanggotaan Anda disetujui
members-mail-approved-body =
    Yth. { $name },

    Sekretariat telah menyetujui keanggotaan Anda. { $message }

    Halaman anggota: { $link }

    Hiroba
members-mail-more-info-subject = Pendaftaran keanggotaan Anda: perlu informasi tambahan
members-mail-more-info-body =
    Yth. { $name },

    Sekretariat memerlukan informasi tambahan tentang pendaftaran Anda:

    { $message }

    Silakan jawab dan kirim lagi di sini: { $link }

    Hiroba
members-mail-refused-subject = Pendaftaran keanggotaan Anda
members-mail-refused-body =
    Yth. { $name },

    Sekretariat tidak dapat menerima pendaftaran Anda:

    { $message }

    { $link }

    Hiroba

## Newsletter
newsletter-title = Buletin
newsletter-unsubscribe-title = Berhenti menerima buletin
newsletter-unsubscribe-text = Anda tidak akan lagi menerima buletin anggota lewat email. Anda tetap dapat membacanya di arsip.
newsletter-unsubscribe-button = Jangan kirimi saya buletin lagi
newsletter-unsubscribed = Selesai: Anda tidak akan menerima buletin lagi.
newsletter-subject = Subjek
newsletter-body = Teks (Markdown)
newsletter-audience = Kirim kepada
newsletter-audience-all = Semua anggota
newsletter-archive = Siapa yang dapat membaca di arsip
newsletter-archive-members = Hanya anggota
newsletter-archive-public = Semua orang
newsletter-admin-title = Buletin
newsletter-admin-section = Tulis buletin bulanan, lihat pratinjaunya, kirim kepada anggota, dan pantau pengirimannya.
members-status-label = Status
newsletter-status-draft = Draf
newsletter-status-sending = Sedang dikirim
newsletter-status-sent = Terkirim
newsletter-new = Edisi baru
newsletter-save-draft = Simpan draf
newsletter-delivery-queued = Menunggu
newsletter-delivery-sending = Sedang dikirim
newsletter-delivery-sent = Terkirim
newsletter-delivery-failed = Gagal
newsletter-delivery-unknown = Tidak diketahui
newsletter-unknown-hint = “Tidak diketahui”: pengiriman berhenti saat email ini sedang dikirim. Email ini tidak dikirim lagi, agar tidak ada yang menerimanya dua kali; jika perlu, tanyakan kepada anggota tersebut.
newsletter-preview = Pratinjau
newsletter-send = Kirim sekarang
newsletter-edit = Ubah draf
newsletter-mail-footer = Anda menerima buletin ini sebagai anggota jaringan Hiroba. Untuk berhenti menerimanya: { $link }
newsletter-error-subject = Silakan tulis subjek dan teks.
newsletter-error-audience = Silakan pilih siapa yang menerima dan siapa yang dapat membacanya di arsip.
newsletter-error-sent = Edisi ini sudah dikirim.
newsletter-error-nobody = Tidak ada anggota yang akan menerima edisi ini.

## Supporters
supporters-title = Tautan pendukung Anda
supporters-intro = Bagikan tautan ini kepada pekerja migran dan orang-orang di sekitar mereka: tautan ini mengarah ke informasi Hiroba dalam bahasa mereka sendiri. Anda dapat melihat berapa orang yang datang melalui tautan ini — hanya jumlahnya, tidak pernah siapa orangnya.
supporters-your-link = Tautan pribadi Anda
supporters-qr = Kode QR tautan pribadi Anda
supporters-reach = Sejauh mana jangkauannya
supporters-visits = Kunjungan
supporters-registrations = Pendaftaran akun
supporters-counts-only = Hanya jumlah yang disimpan: tidak ada apa pun tentang orang-orang yang membuka tautan.
supporters-awards = Penghargaan praktik baik
supporters-meetings = Pertemuan pendukung dan acara lainnya
supporters-admin-title = Pendukung
supporters-admin-section = Tautan rujukan para pendukung (kunjungan dan pendaftaran akun, hanya jumlah), pertemuan, dan penghargaan praktik baik.
supporters-name = Pendukung
supporters-award-new = Catat penghargaan praktik baik
supporters-award-title = Untuk apa penghargaan ini diberikan
supporters-year = Tahun
supporters-award-save = Catat penghargaan
supporters-error-award = Silakan pilih pendukung dan isi judul serta tahun penghargaan.
