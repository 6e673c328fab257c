events-title = Acara
events-intro = Lokakarya, seminar, temu ramah, forum, dan kunjungan belajar dari jaringan ini: untuk belajar bersama, bertemu pekerja migran dan orang-orang yang mendukung mereka, serta berbagi cara yang berhasil.
events-none = Belum ada acara yang direncanakan saat ini.
events-kind = Jenis
events-kind-workshop = Lokakarya
events-kind-seminar = Seminar
events-kind-gathering = Temu ramah
events-kind-forum = Forum
events-kind-study-trip = Kunjungan belajar (Field Academy)
events-kind-friends = Pertemuan Teman
events-kind-supporters-meeting = Pertemuan pendukung
events-format = Di mana
events-format-in-person = Tatap muka
events-format-online = Online
events-format-hybrid = Tatap muka dan online
events-members-only = Khusus anggota
events-feed = Kalender acara untuk umum (iCalendar)
events-cancelled = Acara ini dibatalkan.
events-when = Kapan
events-place = Tempat
events-places = Kuota peserta
events-places-left = Sisa { $left } dari { $capacity } tempat
events-part-pre-workshop = Lokakarya sebelum kunjungan
events-part-tour = Kunjungan
events-part-post-workshop = Lokakarya setelah kunjungan
events-part-debriefing = Sesi refleksi
events-registration = Pendaftaran
events-status-registered = Anda sudah terdaftar.
events-status-waiting = Anda ada di daftar tunggu. Jika ada tempat yang kosong, tempat itu untuk Anda dan kami akan memberi tahu Anda lewat email.
events-status-cancelled = Anda telah membatalkan pendaftaran.
events-online-link = Tautan online:
events-cancel = Batalkan pendaftaran saya
events-ended = Acara ini sudah selesai.
events-full = Acara ini sudah penuh.
events-join-waiting = Masuk daftar tunggu
events-register = Daftar
events-sign-in = Masuk untuk mendaftar
events-add-calendar = Tambahkan ke kalender saya (.ics)
events-admin-title = Acara
events-admin-section = Lokakarya, seminar, dan kunjungan belajar: pendaftaran, kehadiran, dan total per tahun.
events-totals = Orang yang ikut serta, per tahun
events-year = Tahun
events-held = Acara
events-registered-people = Terdaftar
events-attended-people = Hadir
events-all = Semua acara
events-waiting-people = Menunggu
events-new = Acara baru
events-create = Buat acara
events-field-title = Judul
events-field-summary = Deskripsi (Markdown)
events-field-lang = Bahasa acara
events-field-starts = Mulai
events-field-ends = Selesai
events-field-time-hint = Waktu Jepang (JST).
events-field-online = Tautan online (hanya untuk orang yang terdaftar)
events-field-audience = Siapa yang dapat mendaftar
events-audience-public = Semua orang
events-audience-members = Khusus anggota
events-field-capacity = Kuota peserta (kosongkan jika tanpa batas)
events-field-series = Akademi Lapangan (Field Academy)
events-field-series-which = Bagian dari rangkaian sesi
events-field-series-title = Nama rangkaian baru
events-field-part = Sesi
events-series-none = Tidak, acara tersendiri
events-series-new = Mulai rangkaian baru
events-public-page = Halaman acara
events-registrations = Pendaftaran
events-nobody = Belum ada yang mendaftar.
events-person = Nama
events-status = Status
events-came = Hadir
events-save-attendance = Simpan kehadiran
events-edit = Ubah acara
events-save = Simpan
events-error-kind = Silakan pilih jenis, tempat, siapa yang dapat mendaftar, dan sesi dari daftar.
events-error-title = Silakan isi judul (dan nama untuk rangkaian baru).
events-error-time = Silakan isi waktu mulai dan waktu selesai; waktu selesai harus setelah waktu mulai.
events-error-place = Silakan isi tempat untuk acara tatap muka.
events-error-url = Acara online memerlukan tautan yang diawali dengan https://.
events-error-capacity = Kuota peserta harus berupa angka mulai dari 1, atau dikosongkan jika tanpa batas.
events-error-too-long = Ada teks yang terlalu panjang.
events-error-past = Acara ini sudah selesai.
events-error-cancelled = Acara ini dibatalkan.
events-error-already = Anda sudah terdaftar.
events-error-not-registered = Anda tidak terdaftar di acara ini.
events-mail-registered-subject = Terdaftar: { $title }
events-mail-registered-body =
    Halo { $name },

    Anda sudah terdaftar untuk { $title }.

    Kapan: { $when }
    Di mana: { $place }

    Detail dan pembatalan: { $link }
    Tambahkan ke kalender Anda: { $ics }

    Hiroba
events-mail-waiting-subject = Daftar tunggu: { $title }
events-mail-waiting-body =
    Halo { $name },

    { $title } sudah penuh, jadi Anda ada di daftar tunggu. Jika ada tempat yang kosong, tempat itu untuk Anda dan kami akan mengabari Anda.

    Kapan: { $when }
    Detail: { $link }

    Hiroba
events-mail-promoted-subject = Ada tempat untuk Anda: { $title }
events-mail-promoted-body =
    Halo { $name },

    Ada tempat yang kosong dan sekarang Anda terdaftar untuk { $title }.

    Kapan: { $when }
    Di mana: { $place }

    Jika Anda tidak bisa datang, silakan batalkan di sini agar orang lain bisa ikut: { $link }
    Tambahkan ke kalender Anda: { $ics }

    Hiroba
events-mail-reminder-subject = Besok: { $title }
events-mail-reminder-body =
    Halo { $name },

    Sekadar mengingatkan: { $title } diadakan besok.

    Kapan: { $when }
    Di mana: { $place }

    Jika Anda tidak bisa datang, silakan batalkan agar orang di daftar tunggu bisa ikut: { $link }

    Hiroba
events-mail-cancelled-subject = Dibatalkan: pendaftaran Anda untuk { $title }
events-mail-cancelled-body =
    Halo { $name },

    Pendaftaran Anda untuk { $title } telah dibatalkan. Anda dapat mendaftar lagi selama masih ada tempat: { $link }

    Hiroba
events-cancel-event = Batalkan acara
events-cancel-event-hint = Semua orang yang terdaftar atau ada di daftar tunggu akan diberi tahu lewat email. Tindakan ini tidak dapat diurungkan.
events-mail-event-cancelled-subject = Dibatalkan: { $title }
events-mail-event-cancelled-body =
    Halo { $name },

    Mohon maaf: { $title } ({ $when }) dibatalkan. Anda tidak perlu melakukan apa pun.

    Acara lainnya: { $link }

    Hiroba
