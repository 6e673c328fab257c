friends-title = Teman
friends-intro = Warga asing dan pendukung dari Jepang bisa saling bertemu menurut daerah dan bahasa: untuk berlatih bahasa Jepang, ikut acara bersama, atau mendapat bantuan dalam kehidupan sehari-hari.
friends-safety = Keamanan Anda yang utama: Anda memakai nama panggilan, profil Anda tidak pernah menampilkan alamat, nomor telepon, atau email, dan Anda baru bisa saling mengirim pesan setelah kedua pihak setuju. Anda bisa memblokir siapa saja dan melaporkan apa pun yang membuat Anda khawatir.
friends-edit-profile = Ubah profil saya
friends-not-visible = tidak terlihat oleh orang lain
friends-contacts = Kontak saya
friends-events = Pertemuan Teman
friends-prefecture = Prefektur
friends-anywhere = Di mana saja di Jepang
friends-language = Bahasa
friends-any-language = Bahasa apa saja
friends-search = Cari
friends-none-found = Tidak ada yang ditemukan. Coba daerah atau bahasa lain.
friends-create-profile = Buat profil saya
friends-kind-resident = Warga asing
friends-kind-supporter = Pendukung dari Jepang
friends-profile-title = Profil Teman saya
friends-profile-hint = Jangan pernah menulis nama asli, alamat, nomor telepon, atau email di sini. Jika mau, Anda bisa memberikannya nanti lewat pesan, setelah kedua pihak setuju untuk berhubungan.
friends-nickname = Nama panggilan
friends-nickname-hint = Jangan pakai nama asli Anda.
friends-i-am = Saya
friends-choose = Pilih…
friends-city = Kota (tidak wajib)
friends-languages = Bahasa yang saya kuasai
friends-offers = Yang bisa saya berikan (misalnya: latihan bahasa Jepang, bantuan mengisi formulir, pergi ke acara bersama)
friends-needs = Yang saya cari
friends-visible = Orang lain bisa menemukan profil saya
friends-save = Simpan
friends-ask = Minta berhubungan
friends-ask-hint = Orang itu melihat nama panggilan dan profil Anda, lalu memutuskan. Hanya jika ia setuju, Anda berdua bisa saling mengirim pesan.
friends-asked = Permintaan Anda sudah dikirim. Anda berdua bisa saling mengirim pesan jika ia setuju.
friends-contact-requested = Menunggu jawaban.
friends-contact-accepted = Anda berdua setuju untuk berhubungan.
friends-contact-declined = Tidak sekarang.
friends-open-conversation = Buka pesan
friends-report-or-block = Laporkan atau blokir
friends-report-reason = Apa yang terjadi?
friends-report = Laporkan ke sekretariat
friends-reported = Terima kasih. Sekretariat akan memeriksanya.
friends-block-hint = Orang itu tidak akan bisa menemukan Anda atau mengirim pesan kepada Anda lagi, dan Anda tidak akan melihatnya lagi.
friends-block = Blokir
friends-no-contacts = Belum ada kontak.
friends-accept = Setuju
friends-decline = Tidak sekarang
friends-conversation-hint = Pesan tetap tersimpan di Hiroba. Jangan pernah mengirim uang, dan untuk pertama kali bertemulah di tempat umum atau di pertemuan Teman.
friends-message = Pesan
friends-send = Kirim
friends-admin-title = Teman: moderasi
friends-admin-section = Laporan tentang profil dan pesan di Teman, untuk menyembunyikan profil atau menolak laporan.
friends-queue-empty = Tidak ada laporan yang terbuka.
friends-reported-message = Pesan yang dilaporkan
friends-hide = Sembunyikan profil
friends-dismiss = Tolak laporan
friends-error-nickname = Silakan pilih nama panggilan (bukan alamat email atau nomor telepon), dan jangan menulis data kontak di profil Anda.
friends-error-area = Silakan pilih prefektur Anda dan siapa Anda.
friends-error-languages = Silakan pilih setidaknya satu bahasa.
friends-error-too-long = Ada teks yang terlalu panjang.
friends-error-no-profile = Silakan buat profil Anda terlebih dahulu.
friends-error-asked = Anda sudah berhubungan, atau ada permintaan yang masih menunggu.
friends-error-message = Silakan tulis pesan.
friends-error-reason = Silakan ceritakan apa yang terjadi.
friends-mail-asked-subject = Seseorang ingin berhubungan dengan Anda di Teman Hiroba
friends-mail-asked-body =
    Halo,

    { $nickname } ingin berhubungan dengan Anda di Teman Hiroba. Lihat profilnya lalu putuskan: { $link }

    Tidak ada yang bisa melihat alamat email Anda. Jika ada yang membuat Anda khawatir, Anda bisa memblokir atau melaporkan siapa saja.

    Hiroba
friends-mail-accepted-subject = { $nickname } setuju untuk berhubungan
friends-mail-accepted-body =
    Halo,

    { $nickname } setuju untuk berhubungan dengan Anda di Teman Hiroba. Anda berdua bisa saling mengirim pesan di sini: { $link }

    Hiroba
friends-mail-message-subject = Pesan baru dari { $nickname }
friends-mail-message-body =
    Halo,

    { $nickname } mengirim pesan kepada Anda di Teman Hiroba. Baca di sini: { $link }

    Hiroba
