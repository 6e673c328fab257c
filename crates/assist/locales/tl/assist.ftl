## Para sa manggagawa
assist-title = Humingi ng tulong
assist-intro = Sumulat sa mga counsellor ng Hiroba sa sarili mong wika. Libre silang tumutulong sa mga problema sa trabaho, sa status of residence mo, at sa pang-araw-araw na buhay. Hindi ito sasabihin sa employer mo.
assist-hours = Sumasagot ang mga counsellor Martes hanggang Sabado, 10:00 hanggang 18:00 (oras sa Japan). Kung sumulat ka sa ibang oras, sasagot sila sa susunod na working day.
assist-name = Pangalan o palayaw
assist-name-hint = Hindi sapilitan. Puwede ang palayaw.
assist-contact = Paano ka namin makokontak?
assist-contact-hint = Email address, phone number, o ang pangalan mo sa LINE o Facebook.
assist-message = Ang mensahe mo
assist-consent = Pumapayag ako na itago ng Hiroba ang isinulat ko, naka-encrypt, para matulungan ako. Puwede kong hilingin na burahin ito.
assist-consent-needed = Lagyan ng tsek ang kahon para pumayag, para maitago namin ang mensahe mo.
assist-send = Ipadala
assist-sent = Salamat. Natanggap na ng mga counsellor ang mensahe mo.
assist-case-number = Case number
assist-passphrase = Passphrase
assist-keep-these = Isulat mo ang mga ito o kumuha ng screenshot. Gamit ang mga ito, mababasa mo rito ang sagot kahit walang account. Walang ibang makakabukas ng kaso mo.
assist-follow = Buksan ang kaso ko
assist-have-case = May case number na ako
assist-case-title = Ang kaso mo
assist-open-case = Buksan
assist-case-not-found = Mali ang case number o ang passphrase.
assist-message-missing = Magsulat ng mensahe.
assist-contact-missing = Sabihin sa amin kung paano ka namin makokontak.
assist-too-long = Masyadong mahaba ang text.
assist-from-worker = Ikaw
assist-from-counsellor = Counsellor
assist-from-note = Internal note

## Mga status at channel
assist-status-new = Bago
assist-status-open = Bukas
assist-status-waiting-worker = Naghihintay sa manggagawa
assist-status-waiting-referral = Naghihintay ng referral
assist-status-resolved = Naresolba na
assist-status-closed = Sarado
assist-channel-web = Web form
assist-channel-safety = Self-check
assist-channel-email = Email
assist-channel-phone = Telepono
assist-channel-visit = Pagbisita

## Mga counsellor
assist-inbox-title = Inbox ng mga konsultasyon
assist-admin-section = Ang shared queue ng mga konsultasyon, nauuna ang pinakamatagal nang naghihintay.
assist-imported = Naidagdag ang { $count } bagong request para sa tulong mula sa self-check.
assist-filter-language = Wika
assist-filter-status = Status
assist-filter = I-filter
assist-all = Lahat
assist-col-language = Wika
assist-col-channel = Channel
assist-col-status = Status
assist-col-waiting = Naghihintay mula
assist-col-assignee = Counsellor
assist-read-logged = Nai-record sa audit log ang pagbukas sa kasong ito.
assist-claim = Kunin ang kasong ito
assist-save = I-save
assist-reply = Sumagot sa manggagawa
assist-internal-note = Internal note (hindi ito nakikita ng manggagawa)

## Mga konsultasyon at statistics
assist-messages = Mga mensahe
assist-consultations = Mga konsultasyon
assist-log-consultation = Mag-log ng tawag sa telepono, pagbisita, o coordination step
assist-col-when = Kailan
assist-col-kind = Uri
assist-col-minutes = Minuto
assist-col-issues = Mga isyu
assist-col-count = Bilang
assist-kind-contact = Contact
assist-kind-coordination = Coordination
assist-consultation-invalid = Pakitingnan ang uri, channel, minuto, at mga isyu.
assist-statistics-title = Statistics
assist-period-from = Mula
assist-period-to = Hanggang
assist-period-invalid = Maglagay ng period gamit ang dalawang petsa; hindi puwedeng mas huli ang una kaysa sa pangalawa.
assist-download-csv = I-download bilang CSV
assist-stat-people = tao ang humingi ng konsultasyon
assist-stat-consultations = konsultasyon
assist-stat-issues = isyu
assist-by-type = Mga isyu ayon sa uri
assist-by-language = Mga konsultasyon ayon sa wika
issue-residency = Residency
issue-residency-entry-exit = Pagpasok at paglabas ng Japan
issue-residency-change-status = Pagpapalit ng status of residence
issue-residency-other = Status of residence at iba pang isyu
issue-residency-unspecified = Residency (hindi tinukoy)
issue-lifestyle = Pamumuhay
issue-lifestyle-domestic = Mga problema sa pamilya
issue-lifestyle-consumer-housing-phone = Consumer problems, pabahay, phone contract
issue-lifestyle-civil = Mga civil case
issue-labour = Trabaho
issue-labour-termination = Pagtatapos ng employment contract
issue-labour-wages = Sahod
issue-labour-harassment = Harassment at pakikitungo sa kapwa
issue-labour-other-conditions = Iba pang working conditions
issue-labour-unspecified = Trabaho (hindi tinukoy)
issue-medical-welfare = Medical care at welfare
issue-education = Edukasyon
issue-tax-social-security = Buwis at social security
issue-other = Iba pa

## Pag-import ng mga lumang record
assist-import-title = I-import ang mga lumang record
assist-import-format = CSV file na may isang row bawat konsultasyon at may ganitong header. YYYY-MM-DD ang format ng mga petsa; ang mga isyu ay mga code na pinaghihiwalay ng semicolon.
assist-import-problems = Walang na-import. Pakiayos ang mga row na ito:
assist-import-line = Linya { $line }:
assist-import-clean = Walang mali sa file: { $count } row ang puwedeng i-import. Ipadala ulit nang walang dry run para ma-import.
assist-import-done = Na-import ang { $count } konsultasyon ng { $people } tao.
assist-import-file = CSV file
assist-import-dry-run = Dry run (titingnan lang, walang ii-import)
assist-import-submit = Tingnan o i-import

## Ang privacy mo at ang mga huling tanong
assist-reads-title = Sino ang nakabasa ng kaso mo
assist-reads-none = Wala pang nagbukas ng kaso mo.
assist-erase-text = Puwede mong bawiin ang pagpayag mo. Kapag ginawa mo ito, buburahin ang pangalan mo, ang contact mo, at lahat ng mensahe; mga numerong walang pangalan lang ang maiiwan sa statistics. Hindi na ito maibabalik.
assist-erase = Burahin ang impormasyon ko
assist-outcome-solved = Nalutas ba ang problema mo?
assist-outcome-yes = Oo
assist-outcome-partly = Bahagya lang
assist-outcome-no = Hindi
assist-outcome-satisfaction = Gaano ka kakuntento sa tulong? (1 = hindi talaga, 5 = kuntentong-kuntento)

## Inaasahang oras at mga abiso
assist-next-step-new = Kadalasang sumasagot ang isang counsellor sa loob ng 2 working days (Martes hanggang Sabado). Makikita mo ang sagot sa page na ito.
assist-next-step-open = May counsellor na tumitingin sa kaso mo. Kadalasang dumarating ang susunod na sagot sa loob ng 5 working days.
assist-next-step-waiting-worker = Hinihintay ng counsellor ang sagot mo. Pakisulat sa ibaba.
assist-next-step-waiting-referral = Ipinasa na ang kaso mo sa isang espesyalistang organisasyon. Kadalasang dumarating ang sagot sa loob ng 10 working days.
assist-next-step-resolved = Naresolba na ang kaso mo. Pakisabi sa amin sa ibaba kung nalutas ang problema mo.
assist-next-step-closed = Sarado na ang kaso mo. Puwede ka pa ring sumulat kung may bagong mangyari.
assist-overdue = lampas na sa target na oras
assist-mail-reply-subject = Hiroba: may sagot sa kaso mo { $number }
assist-mail-reply-body =
    Kumusta,

    Sumagot na ang isang counsellor sa kaso mo { $number }. Para mabasa ito, buksan ang page na ito at ilagay ang case number at passphrase mo:

    { $link }

    Para sa privacy mo, walang sagot sa email na ito.

    Hiroba

## Mga referral, ADR, mga nakahandang sagot
assist-directory-title = Directory at mga nakahandang sagot
assist-directory-invalid = Pakilagay ang pangalan at pumili ng uri; hindi dapat masyadong mahaba ang mga text.
assist-org-name = Organisasyon
assist-org-kind = Uri
assist-org-languages = Mga wika
assist-org-area = Lugar
assist-org-contact = Contact
assist-org-add = Magdagdag ng organisasyon
assist-org-kind-lawyer = Abogado
assist-org-kind-scrivener = Administrative scrivener (gyōsei shoshi)
assist-org-kind-interpreter = Interpreter
assist-org-kind-support-group = Support group
assist-org-kind-local-government = Lokal na pamahalaan
assist-referrals = Mga referral at suporta
assist-attendant = Attendant support (sinasamahan ng counsellor ang manggagawa sa isang komplikadong kaso)
assist-refer-to = I-refer sa
assist-refer = I-refer
assist-referral-outcome = Resulta ng referral
assist-referral-pending = Nakabinbin
assist-referral-accepted = Tinanggap
assist-referral-declined = Tinanggihan
assist-referral-completed = Natapos
assist-adr-title = ADR (paglutas ng alitan sa pamamagitan ng bar association)
assist-adr-worker-mediator = Mediator sa panig ng manggagawa
assist-adr-employer-mediator = Mediator sa panig ng employer
assist-adr-interpreter = Interpreter
assist-adr-hearings = Mga petsa ng hearing
assist-adr-documents = Mga dokumento (sa dalawang wika)
assist-adr-outcome = Resulta
assist-canned-title = Mga nakahandang sagot
assist-canned-name = Pangalan
assist-canned-text = Text
assist-canned-send = Ipadala ang sagot na ito
assist-closed-now = Wala pang counsellor na nagtatrabaho ngayon. Babasahin nila ang message mo simula { $time } (oras sa Japan).
assist-mail-opened-subject = [{ $number }] Natanggap ng Hiroba ang message mo
assist-mail-opened-body =
    Hello,

    Nakarating na ang message mo sa mga counsellor ng Hiroba. Ang case number mo ay { $number } at ang passphrase mo ay { $passphrase }.

    Para sumulat ulit, i-reply ang email na ito (huwag burahin ang { $number } sa subject), o basahin ang mga sagot dito:

    { $link }

    Hiroba
assist-filter-mine = Mga case ko lang
assist-new-case = Bagong case (telepono o pagbisita)
assist-new-case-done = Bukas na ang case. Basahin sa tao ang case number at passphrase para masundan niya ang case online.
assist-summary = Buod ng konsultasyon
assist-stat-outcomes = Mga sagot sa pagsasara
assist-stat-satisfaction = Average na satisfaction: { $average } sa 5
assist-download-xlsx = I-download para sa Excel (XLSX)
assist-site = Code ng workplace mo (kung mayroon)
assist-site-hint = Hindi kailangan. Ang code na binigay ng kumpanya mo. Hindi kailanman sasabihin sa employer mo ang message mo.
assist-site-unknown = Hindi namin kilala ang code na ito. Tingnan ulit, o iwanang blangko.

## Editor ng mga uri ng problema ng sekretariat
taxonomy-title = Mga uri ng problema
taxonomy-admin-section = Dagdagan ang mga uri ng problema na ginagamit sa pag-uuri at pagbilang ng mga konsultasyon.
taxonomy-intro = Inuuri ang mga konsultasyon ayon sa mga uring ito. Maaari kang magdagdag ng uri o ng mas tiyak na uri sa loob nito, kasama ang pangalan nito sa bawat wika. Ang uring nagamit na ay maaari lamang itigil: nananatili ito sa mga nakaraang estadistika.
taxonomy-col-type = Uri
taxonomy-col-code = Code
taxonomy-col-used = Mga konsultasyon
taxonomy-col-actions = Mga aksiyon
taxonomy-retired = itinigil
taxonomy-custom = idinagdag ng sekretariat
taxonomy-retire = Itigil
taxonomy-restore = Gamitin muli
taxonomy-delete = Burahin
taxonomy-edit-labels = Baguhin ang mga pangalan
taxonomy-add = Magdagdag ng uri
taxonomy-parent = Sa loob ng
taxonomy-top-level = Bagong pangunahing uri
taxonomy-code-help = 3 hanggang 48 maliliit na titik, numero at gitling, hal. labour-overtime. Hindi na ito mababago.
taxonomy-labels = Mga pangalan
taxonomy-labels-help = Kailangan ang Ingles at Hapon. Ang wikang walang laman ay magpapakita ng pangalang Ingles.
taxonomy-code-invalid = Ang code ay dapat 3 hanggang 48 maliliit na titik, numero at iisang gitling.
taxonomy-code-taken = Ginagamit na ang code na iyan. Pumili ng iba.
taxonomy-parent-invalid = Pumili ng pangunahing uri na ginagamit pa.
taxonomy-label-missing = Isulat ang pangalan kahit sa Ingles at Hapon man lang.
taxonomy-label-too-long = Hanggang 120 character lamang ang pangalan.
taxonomy-builtin = Ang mga orihinal na uri ay isinasalin sa katalogo at hindi mababago rito.
taxonomy-not-found = Walang ganoong uri.
taxonomy-in-use = May mga konsultasyon o uri sa loob nito na gumagamit nito, kaya hindi ito mabubura. Itigil na lang ito.
taxonomy-invalid = Hindi naintindihan ang kahilingan. Walang nabago.

## Push notification sa pahina ng kaso ng manggagawa
assist-push-text = Makatanggap ng abiso sa teleponong ito kapag sumagot ang counsellor. Sinasabi lang nito na may sagot, hindi kailanman ang laman nito.
assist-push-on = Abisuhan ako sa teleponong ito
assist-push-off = Itigil ang abiso sa teleponong ito
assist-push-done = Naka-on ang mga abiso sa teleponong ito.
assist-push-stopped = Naka-off ang mga abiso sa teleponong ito.
assist-push-failed = Hindi ma-set up ang mga abiso. Tingnan kung pinapayagan ng browser na ito ang mga notification.
assist-push-invalid = Hindi tinanggap ang detalye ng notification ng browser na ito. Walang nabago.
assist-push-title = Hiroba
assist-push-reply = Sumagot sa iyo ang isang counsellor. Buksan ang iyong kaso para basahin ito.
