## Untuk pekerja
assist-title = Minta bantuan
assist-intro = Tulis pesan kepada konselor Hiroba dalam bahasa Anda. Mereka membantu secara gratis untuk masalah di tempat kerja, status izin tinggal Anda, dan kehidupan sehari-hari. Perusahaan tempat Anda bekerja tidak diberi tahu.
assist-hours = Konselor menjawab hari Selasa sampai Sabtu, pukul 10:00 sampai 18:00 (waktu Jepang). Jika Anda menulis di luar waktu itu, mereka menjawab pada hari kerja berikutnya.
assist-name = Nama atau nama panggilan
assist-name-hint = Tidak wajib. Nama panggilan juga boleh.
assist-contact = Bagaimana kami bisa menghubungi Anda?
assist-contact-hint = Alamat email, nomor telepon, atau nama LINE atau Facebook Anda.
assist-message = Pesan Anda
assist-consent = Saya setuju Hiroba menyimpan tulisan saya dalam bentuk terenkripsi untuk membantu saya. Saya dapat meminta agar tulisan itu dihapus.
assist-consent-needed = Silakan centang kotak untuk menyetujui, agar kami dapat menyimpan pesan Anda.
assist-send = Kirim
assist-sent = Terima kasih. Pesan Anda sudah sampai ke konselor.
assist-case-number = Nomor kasus
assist-passphrase = Kata sandi kasus
assist-keep-these = Catat keduanya atau ambil tangkapan layar (screenshot). Dengan itu Anda dapat membaca jawaban di sini tanpa akun. Tidak ada orang lain yang dapat membuka kasus Anda.
assist-follow = Buka kasus saya
assist-have-case = Saya sudah punya nomor kasus
assist-case-title = Kasus Anda
assist-open-case = Buka
assist-case-not-found = Nomor kasus atau kata sandi kasus tidak benar.
assist-message-missing = Silakan tulis pesan.
assist-contact-missing = Silakan beri tahu kami bagaimana kami bisa menghubungi Anda.
assist-too-long = Teksnya terlalu panjang.
assist-from-worker = Anda
assist-from-counsellor = Konselor
assist-from-note = Catatan internal

## Status dan saluran
assist-status-new = Baru
assist-status-open = Terbuka
assist-status-waiting-worker = Menunggu pekerja
assist-status-waiting-referral = Menunggu rujukan
assist-status-resolved = Selesai
assist-status-closed = Ditutup
assist-channel-web = Formulir web
assist-channel-safety = Pemeriksaan mandiri
assist-channel-email = Email
assist-channel-phone = Telepon
assist-channel-visit = Kunjungan

## Konselor
assist-inbox-title = Kotak masuk konsultasi
assist-admin-section = Antrean konsultasi bersama, yang paling lama menunggu di urutan pertama.
assist-imported = { $count } permintaan bantuan baru dari pemeriksaan mandiri telah ditambahkan.
assist-filter-language = Bahasa
assist-filter-status = Status
assist-filter = Saring
assist-all = Semua
assist-col-language = Bahasa
assist-col-channel = Saluran
assist-col-status = Status
assist-col-waiting = Menunggu sejak
assist-col-assignee = Konselor
assist-read-logged = Pembukaan kasus ini telah dicatat dalam log audit.
assist-claim = Ambil kasus ini
assist-save = Simpan
assist-reply = Balas kepada pekerja
assist-internal-note = Catatan internal (tidak terlihat oleh pekerja)

## Konsultasi dan statistik
assist-messages = Pesan
assist-consultations = Konsultasi
assist-log-consultation = Catat panggilan telepon, kunjungan, atau langkah koordinasi
assist-col-when = Waktu
assist-col-kind = Jenis
assist-col-minutes = Menit
assist-col-issues = Masalah
assist-col-count = Jumlah
assist-kind-contact = Kontak
assist-kind-coordination = Koordinasi
assist-consultation-invalid = Silakan periksa jenis, saluran, menit, dan masalah.
assist-statistics-title = Statistik
assist-period-from = Dari
assist-period-to = Sampai
assist-period-invalid = Silakan isi periode dengan dua tanggal; tanggal pertama tidak boleh setelah tanggal kedua.
assist-download-csv = Unduh sebagai CSV
assist-stat-people = orang meminta konsultasi
assist-stat-consultations = konsultasi
assist-stat-issues = masalah
assist-by-type = Masalah menurut jenis
assist-by-language = Konsultasi menurut bahasa
issue-residency = Izin tinggal
issue-residency-entry-exit = Masuk dan keluar Jepang
issue-residency-change-status = Perubahan status izin tinggal
issue-residency-other = Status izin tinggal dan masalah lain
issue-residency-unspecified = Izin tinggal (tidak dirinci)
issue-lifestyle = Kehidupan sehari-hari
issue-lifestyle-domestic = Masalah rumah tangga
issue-lifestyle-consumer-housing-phone = Masalah konsumen, perumahan, kontrak telepon
issue-lifestyle-civil = Perkara perdata
issue-labour = Ketenagakerjaan
issue-labour-termination = Berakhirnya kontrak kerja
issue-labour-wages = Upah
issue-labour-harassment = Pelecehan dan hubungan antarpribadi
issue-labour-other-conditions = Kondisi kerja lainnya
issue-labour-unspecified = Ketenagakerjaan (tidak dirinci)
issue-medical-welfare = Layanan kesehatan dan kesejahteraan sosial
issue-education = Pendidikan
issue-tax-social-security = Pajak dan jaminan sosial
issue-other = Lainnya

## Impor catatan lama
assist-import-title = Impor catatan lama
assist-import-format = Berkas CSV dengan satu baris per konsultasi dan judul kolom (header) ini. Tanggal ditulis dalam format YYYY-MM-DD; masalah berupa kode yang dipisahkan dengan titik koma.
assist-import-problems = Tidak ada yang diimpor. Silakan perbaiki baris-baris berikut:
assist-import-line = Baris { $line }:
assist-import-clean = Berkas tidak bermasalah: { $count } baris dapat diimpor. Kirim lagi tanpa uji coba untuk mengimpornya.
assist-import-done = { $count } konsultasi dari { $people } orang telah diimpor.
assist-import-file = Berkas CSV
assist-import-dry-run = Uji coba (hanya memeriksa, tidak mengimpor apa pun)
assist-import-submit = Periksa atau impor

## Privasi Anda dan pertanyaan penutup
assist-reads-title = Siapa yang sudah membaca kasus Anda
assist-reads-none = Belum ada yang membuka kasus Anda.
assist-erase-text = Anda dapat menarik kembali persetujuan Anda. Setelah itu nama, kontak, dan semua pesan Anda dihapus; hanya angka tanpa nama yang tetap ada di statistik. Ini tidak dapat dibatalkan.
assist-erase = Hapus data saya
assist-outcome-solved = Apakah masalah Anda sudah teratasi?
assist-outcome-yes = Ya
assist-outcome-partly = Sebagian
assist-outcome-no = Tidak
assist-outcome-satisfaction = Seberapa puas Anda dengan bantuan kami? (1 = sama sekali tidak puas, 5 = sangat puas)

## Perkiraan waktu dan pemberitahuan
assist-next-step-new = Konselor biasanya menjawab dalam 2 hari kerja (Selasa sampai Sabtu). Anda akan melihat jawabannya di halaman ini.
assist-next-step-open = Konselor sedang menangani kasus Anda. Jawaban berikutnya biasanya datang dalam 5 hari kerja.
assist-next-step-waiting-worker = Konselor sedang menunggu jawaban Anda. Silakan tulis di bawah.
assist-next-step-waiting-referral = Kasus Anda sudah diteruskan ke lembaga khusus. Jawaban biasanya datang dalam 10 hari kerja.
assist-next-step-resolved = Kasus Anda sudah selesai. Silakan beri tahu kami di bawah apakah masalah Anda sudah teratasi.
assist-next-step-closed = Kasus Anda sudah ditutup. Anda tetap bisa menulis jika ada hal baru.
assist-overdue = melewati batas waktu target
assist-mail-reply-subject = Hiroba: ada jawaban untuk kasus Anda { $number }
assist-mail-reply-body =
    Halo,

    Konselor sudah menjawab kasus Anda { $number }. Untuk membacanya, buka halaman ini lalu masukkan nomor kasus dan kata sandi kasus Anda:

    { $link }

    Demi privasi Anda, email ini tidak berisi jawabannya.

    Hiroba

## Rujukan, ADR, balasan siap pakai
assist-directory-title = Direktori dan balasan siap pakai
assist-directory-invalid = Silakan isi nama dan pilih jenis; teks tidak boleh terlalu panjang.
assist-org-name = Organisasi
assist-org-kind = Jenis
assist-org-languages = Bahasa
assist-org-area = Wilayah
assist-org-contact = Kontak
assist-org-add = Tambah organisasi
assist-org-kind-lawyer = Pengacara
assist-org-kind-scrivener = Juru tulis administratif (gyōsei shoshi)
assist-org-kind-interpreter = Penerjemah lisan
assist-org-kind-support-group = Kelompok pendukung
assist-org-kind-local-government = Pemerintah daerah
assist-referrals = Rujukan dan dukungan
assist-attendant = Pendampingan (konselor mendampingi pekerja dalam kasus yang rumit)
assist-refer-to = Rujuk ke
assist-refer = Rujuk
assist-referral-outcome = Hasil rujukan
assist-referral-pending = Menunggu
assist-referral-accepted = Diterima
assist-referral-declined = Ditolak
assist-referral-completed = Selesai
assist-adr-title = ADR (penyelesaian sengketa oleh asosiasi advokat)
assist-adr-worker-mediator = Mediator dari pihak pekerja
assist-adr-employer-mediator = Mediator dari pihak pemberi kerja
assist-adr-interpreter = Penerjemah lisan
assist-adr-hearings = Tanggal sidang
assist-adr-documents = Dokumen (dalam kedua bahasa)
assist-adr-outcome = Hasil
assist-canned-title = Balasan siap pakai
assist-canned-name = Nama
assist-canned-text = Teks
assist-canned-send = Kirim balasan ini
assist-closed-now = Konselor sedang tidak bertugas sekarang. Mereka akan membaca pesan Anda mulai { $time } (waktu Jepang).
assist-mail-opened-subject = [{ $number }] Hiroba telah menerima pesan Anda
assist-mail-opened-body =
    Halo,

    Pesan Anda sudah sampai ke konselor Hiroba. Nomor kasus Anda { $number } dan kata sandi kasus Anda { $passphrase }.

    Untuk menulis lagi, balas email ini (jangan hapus { $number } di subjek), atau baca jawabannya di sini:

    { $link }

    Hiroba
assist-filter-mine = Hanya kasus saya
assist-new-case = Kasus baru (telepon atau kunjungan)
assist-new-case-done = Kasus sudah dibuka. Bacakan nomor kasus dan kata sandi kasus kepada orang tersebut agar ia dapat mengikuti kasusnya secara online.
assist-summary = Ringkasan konsultasi
assist-stat-outcomes = Jawaban saat kasus ditutup
assist-stat-satisfaction = Rata-rata kepuasan: { $average } dari 5
assist-download-xlsx = Unduh untuk Excel (XLSX)
assist-site = Kode tempat kerja (jika ada)
assist-site-hint = Tidak wajib. Kode yang diberikan perusahaan Anda. Perusahaan tidak pernah diberi tahu tentang pesan Anda.
assist-site-unknown = Kami tidak mengenal kode ini. Periksa lagi, atau kosongkan.

## Penyunting jenis masalah oleh sekretariat
taxonomy-title = Jenis masalah
taxonomy-admin-section = Perluas jenis masalah yang dipakai untuk menggolongkan dan menghitung konsultasi.
taxonomy-intro = Konsultasi digolongkan menurut jenis-jenis ini. Anda dapat menambah jenis atau sub-jenis di dalamnya, dengan namanya dalam setiap bahasa. Jenis yang sudah dipakai hanya dapat dinonaktifkan: statistik lama tetap menyimpannya.
taxonomy-col-type = Jenis
taxonomy-col-code = Kode
taxonomy-col-used = Konsultasi
taxonomy-col-actions = Tindakan
taxonomy-retired = nonaktif
taxonomy-custom = ditambahkan sekretariat
taxonomy-retire = Nonaktifkan
taxonomy-restore = Aktifkan lagi
taxonomy-delete = Hapus
taxonomy-edit-labels = Ubah nama
taxonomy-add = Tambah jenis
taxonomy-parent = Di dalam
taxonomy-top-level = Jenis utama baru
taxonomy-code-help = 3 sampai 48 huruf kecil, angka, dan tanda hubung, mis. labour-overtime. Tidak dapat diubah nanti.
taxonomy-labels = Nama
taxonomy-labels-help = Bahasa Inggris dan Jepang wajib diisi. Bahasa yang kosong menampilkan nama bahasa Inggris.
taxonomy-code-invalid = Kode harus 3 sampai 48 huruf kecil, angka, dan tanda hubung tunggal.
taxonomy-code-taken = Kode itu sudah dipakai. Pilih yang lain.
taxonomy-parent-invalid = Pilih jenis utama yang masih aktif.
taxonomy-label-missing = Tulis nama setidaknya dalam bahasa Inggris dan Jepang.
taxonomy-label-too-long = Nama paling banyak 120 karakter.
taxonomy-builtin = Jenis bawaan diterjemahkan di katalog dan tidak dapat diubah di sini.
taxonomy-not-found = Jenis itu tidak ada.
taxonomy-in-use = Ada konsultasi atau sub-jenis yang memakai jenis ini, jadi tidak dapat dihapus. Nonaktifkan saja.
taxonomy-invalid = Permintaan tidak dipahami. Tidak ada yang diubah.

## Notifikasi push di halaman kasus pekerja
assist-push-text = Dapatkan pemberitahuan di ponsel ini saat konselor menjawab. Pemberitahuan hanya mengatakan ada jawaban, tidak pernah isinya.
assist-push-on = Beri tahu saya di ponsel ini
assist-push-off = Hentikan pemberitahuan di ponsel ini
assist-push-done = Pemberitahuan aktif di ponsel ini.
assist-push-stopped = Pemberitahuan dimatikan di ponsel ini.
assist-push-failed = Pemberitahuan tidak dapat diaktifkan. Periksa apakah peramban ini boleh menampilkan pemberitahuan.
assist-push-invalid = Data pemberitahuan dari peramban ini tidak diterima. Tidak ada yang diubah.
assist-push-title = Hiroba
assist-push-reply = Konselor sudah menjawab Anda. Buka kasus Anda untuk membacanya.
