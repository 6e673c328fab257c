## Pengantar
safety-title = Periksa situasi Anda
safety-intro = Jawab pertanyaan sederhana tentang pekerjaan dan kehidupan Anda di Jepang. Waktunya 5 sampai 10 menit. Di akhir, Anda akan tahu apakah ada hal yang mungkin melanggar hukum atau menjadi tanda kerja paksa, dan di mana Anda bisa mendapat bantuan.
safety-promise-private = Jawaban Anda tidak pernah ditunjukkan kepada perusahaan tempat Anda bekerja. Perusahaan hanya melihat angka tentang kelompok yang berisi paling sedikit 10 orang.
safety-promise-anonymous = Anda tidak perlu akun. Kami tidak menanyakan nama Anda.
safety-promise-free = Ini gratis.
safety-site-code = Kode tempat kerja Anda (jika ada)
safety-site-code-hint = Perusahaan Anda mungkin memberi Anda kode atau kode QR. Anda boleh mengosongkan ini.
safety-site-unknown = Kami tidak mengenal kode ini. Periksa lagi, atau kosongkan saja.
safety-site-found = Tempat kerja: { $company }, { $site }
safety-not-listed = Perusahaan saya tidak ada di daftar
safety-start = Mulai

## Menjawab
safety-progress = Langkah { $step } dari { $total }
safety-yes = Ya
safety-no = Tidak
safety-unsure = Tidak yakin
safety-optional = (boleh dilewati)
safety-choose = Pilih
safety-prefecture = Prefektur
safety-number = Angka
safety-unit-hours = jam
safety-unit-yen = yen
safety-unit-yen-per-hour = yen per jam
safety-unit-days = hari
safety-back = Kembali
safety-next = Lanjut
safety-finish = Lihat hasil saya
safety-saved = Jawaban Anda disimpan setiap selesai satu langkah. Jika koneksi Anda terputus, buka lagi tautan yang sama untuk melanjutkan.
safety-offline-kept = Tidak ada koneksi. Jawaban Anda disimpan di HP ini dan akan dikirim saat koneksi kembali.
safety-fix-errors = Periksa jawaban yang ditandai di bawah.
safety-answer-missing = Pilih satu jawaban.
safety-answer-invalid = Jawaban ini tidak ada di pilihan.
safety-answer-not-number = Tulis angka, misalnya 20.
safety-answer-out-of-range = Angka ini terlalu besar atau terlalu kecil.
safety-already-complete = Anda sudah selesai. Jawaban Anda tidak bisa diubah lagi.

## Hasil
safety-result-title = Hasil Anda
safety-result-none = Tidak ada jawaban Anda yang menunjukkan tanda masalah serius. Jika masih ada yang membuat Anda khawatir, Anda bisa minta bantuan.
safety-result-some = { $count ->
   *[other] { $count } jawaban Anda mungkin menunjukkan masalah. Bacalah alasannya.
}
safety-severity-violation = Mungkin melanggar hukum
safety-severity-forced-labour = Mungkin tanda kerja paksa
safety-severity-advice = Baik untuk diketahui
safety-read-more = Baca lebih lanjut tentang ini
safety-ilo = Indikator kerja paksa ILO:
safety-assist-title = Anda bisa minta bantuan
safety-assist-text = Konselor Hiroba membantu secara gratis, dalam bahasa Anda, hari Selasa sampai Sabtu, pukul 10:00 sampai 18:00. Perusahaan tempat Anda bekerja tidak diberi tahu.
safety-assist-phone = Telepon:
safety-ask-help = Minta konselor menghubungi saya
safety-result-private = Hanya orang yang punya tautan halaman ini yang bisa melihatnya. Jangan bagikan tautan ini. Tautan ini berlaku 30 hari.

## Minta bantuan
safety-help-title = Minta bantuan
safety-help-intro = Beri tahu kami bagaimana konselor bisa menghubungi Anda. Kami memakainya hanya untuk menjawab Anda.
safety-help-how = Bagaimana kami bisa menghubungi Anda?
safety-contact-email = Email
safety-contact-phone = Telepon
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = Alamat email, nomor telepon, atau nama akun Anda
safety-help-language = Bahasa untuk jawaban
safety-help-time = Kapan kami bisa menghubungi Anda?
safety-help-time-hint = Misalnya: hari kerja setelah pukul 19:00.
safety-help-share = Konselor boleh membaca jawaban saya.
safety-help-send = Kirim
safety-help-privacy = Kontak Anda disimpan dalam bentuk terenkripsi dan terpisah dari jawaban Anda.
safety-help-contact-missing = Tulis bagaimana kami bisa menghubungi Anda.
safety-help-contact-invalid = Kontak ini sepertinya tidak benar. Periksa lagi.
safety-help-done = Terima kasih. Konselor akan menghubungi Anda, biasanya dalam 2 hari kerja (Selasa sampai Sabtu).
safety-back-to-result = Kembali ke hasil saya

## Indikator kerja paksa ILO
indicator-abuse-of-vulnerability = Penyalahgunaan kerentanan
indicator-deception = Penipuan
indicator-restriction-of-movement = Pembatasan gerak
indicator-isolation = Isolasi
indicator-physical-sexual-violence = Kekerasan fisik dan seksual
indicator-intimidation-threats = Intimidasi dan ancaman
indicator-retention-of-documents = Penahanan dokumen identitas
indicator-withholding-of-wages = Penahanan upah
indicator-debt-bondage = Jeratan utang
indicator-abusive-conditions = Kondisi kerja dan hidup yang tidak layak
indicator-excessive-overtime = Lembur berlebihan

## Sekretariat
safety-admin-title = Bank pertanyaan keselamatan
safety-admin-section = Lihat pertanyaan, teks yang belum ada dalam setiap bahasa, dan terbitkan versi baru.
safety-admin-versions = Versi
safety-admin-translations = Teks yang belum ada per bahasa (buka untuk pratinjau)
safety-admin-questions = Pertanyaan versi saat ini
safety-admin-col-id = Pertanyaan
safety-admin-col-section = Bagian
safety-admin-col-severity = Tingkat keparahan
safety-admin-col-indicators = Indikator ILO
safety-admin-col-rule = Aturan Jepang
safety-admin-new-version = Terbitkan versi baru
safety-admin-download = Unduh versi saat ini sebagai satu file untuk diedit
safety-admin-upload = File bank yang sudah diedit (TOML)
safety-admin-check-publish = Periksa dan terbitkan
safety-admin-invalid = Tidak ada yang diubah. Perbaiki dulu masalah berikut:
safety-admin-published = Versi { $version } sudah diterbitkan. Jawaban baru memakai versi ini; jawaban sebelumnya tetap memakai versinya.
safety-admin-preview = Pratinjau dalam { $language }
safety-admin-missing-text = Teks ini belum ada dalam bahasa ini; teks bahasa Inggris yang ditampilkan.
safety-admin-counts = Penggunaan per hari
safety-admin-audio = Pertanyaan yang direkam
safety-admin-audio-file = Rekaman (MP3, M4A, Ogg, atau WebM, maksimal 3 MB)
safety-admin-help-requests = Total { $count } permintaan bantuan
safety-admin-visits = Kunjungan
safety-admin-starts = Dimulai
safety-admin-completions = Selesai
safety-admin-help = Minta bantuan
safety-name-recruiters = Siapa yang merekrut Anda? Beri tahu kami (anonim)
safety-fee-ledger = Catat biaya yang Anda bayar
