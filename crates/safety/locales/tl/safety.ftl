## Panimula
safety-title = I-check ang sitwasyon mo
safety-intro = Sagutin ang mga simpleng tanong tungkol sa trabaho at buhay mo sa Japan. Aabutin ito ng 5 hanggang 10 minuto. Sa dulo, malalaman mo kung may bagay na puwedeng labag sa batas o senyales ng forced labor, at kung saan ka puwedeng humingi ng tulong.
safety-promise-private = Hindi kailanman ipapakita sa employer mo ang mga sagot mo. Mga numero lang tungkol sa mga grupo na may hindi bababa sa 10 tao ang nakikita ng mga kumpanya.
safety-promise-anonymous = Hindi mo kailangan ng account. Hindi namin itatanong ang pangalan mo.
safety-promise-free = Libre ito.
safety-site-code = Code ng lugar ng trabaho mo (kung mayroon ka)
safety-site-code-hint = Baka binigyan ka ng kumpanya mo ng code o QR code. Puwede mo itong iwanang blangko.
safety-site-unknown = Hindi namin kilala ang code na ito. Pakitingnan ulit, o iwanan itong blangko.
safety-site-found = Lugar ng trabaho: { $company }, { $site }
safety-not-listed = Wala sa listahan ang employer ko
safety-start = Magsimula

## Pagsagot
safety-progress = Step { $step } ng { $total }
safety-yes = Oo
safety-no = Hindi
safety-unsure = Hindi sigurado
safety-optional = (puwede mo itong i-skip)
safety-choose = Pumili
safety-prefecture = Prefecture
safety-number = Numero
safety-unit-hours = oras
safety-unit-yen = yen
safety-unit-yen-per-hour = yen kada oras
safety-unit-days = araw
safety-back = Bumalik
safety-next = Susunod
safety-finish = Tingnan ang resulta ko
safety-saved = Nase-save ang mga sagot mo pagkatapos ng bawat step. Kung maputol ang connection mo, buksan ulit ang parehong link para ituloy.
safety-offline-kept = Walang connection. Nakatago ang mga sagot mo sa phone na ito at ipapadala ang mga ito kapag bumalik ang connection.
safety-fix-errors = Pakitingnan ang mga sagot na may marka sa ibaba.
safety-answer-missing = Pumili ng sagot.
safety-answer-invalid = Wala ang sagot na ito sa mga pagpipilian.
safety-answer-not-number = Magsulat ng numero, halimbawa 20.
safety-answer-out-of-range = Masyadong malaki o masyadong maliit ang numerong ito.
safety-already-complete = Tapos ka na. Hindi na puwedeng baguhin ang mga sagot mo.

## Resulta
safety-result-title = Ang resulta mo
safety-result-none = Wala sa mga sagot mo ang nagpapakita ng senyales ng seryosong problema. Kung may inaalala ka pa rin, puwede kang humingi ng tulong.
safety-result-some = { $count ->
    [one] { $count } sa mga sagot mo ang puwedeng nagpapakita ng problema. Basahin kung bakit.
   *[other] { $count } sa mga sagot mo ang puwedeng nagpapakita ng problema. Basahin kung bakit.
}
safety-severity-violation = Puwedeng labag sa batas
safety-severity-forced-labour = Puwedeng senyales ng forced labor
safety-severity-advice = Mabuting malaman
safety-read-more = Magbasa pa tungkol dito
safety-ilo = ILO indicator ng forced labor:
safety-assist-title = Puwede kang humingi ng tulong
safety-assist-text = Libreng tumutulong ang mga counsellor ng Hiroba, sa wika mo, Martes hanggang Sabado, 10:00 hanggang 18:00. Hindi ito sasabihin sa employer mo.
safety-assist-phone = Telepono:
safety-ask-help = Gusto kong kontakin ako ng isang counsellor
safety-result-private = Ang mga may link lang ng page na ito ang makakakita nito. Huwag itong ibahagi sa iba. Gumagana ito sa loob ng 30 araw.

## Paghingi ng tulong
safety-help-title = Humingi ng tulong
safety-help-intro = Sabihin sa amin kung paano ka makokontak ng isang counsellor. Gagamitin lang namin ito para sagutin ka.
safety-help-how = Paano ka namin makokontak?
safety-contact-email = Email
safety-contact-phone = Telepono
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = Ang email address, phone number o account name mo
safety-help-language = Wika para sa sagot
safety-help-time = Kailan ka namin puwedeng kontakin?
safety-help-time-hint = Halimbawa: weekdays pagkalipas ng 19:00.
safety-help-share = Puwedeng basahin ng counsellor ang mga sagot ko.
safety-help-send = Ipadala
safety-help-privacy = Naka-encrypt ang contact mo kapag itinago, at hiwalay ito sa mga sagot mo.
safety-help-contact-missing = Isulat kung paano ka namin makokontak.
safety-help-contact-invalid = Mukhang hindi tama ang contact na ito. Pakitingnan ulit.
safety-help-done = Salamat. Kokontakin ka ng isang counsellor, kadalasan sa loob ng 2 working days (Martes hanggang Sabado).
safety-back-to-result = Bumalik sa resulta ko

## Mga ILO indicator ng forced labor
indicator-abuse-of-vulnerability = Pang-aabuso sa kahinaan ng kalagayan
indicator-deception = Panlilinlang
indicator-restriction-of-movement = Paghihigpit sa paggalaw
indicator-isolation = Paghihiwalay sa ibang tao
indicator-physical-sexual-violence = Pisikal at sekswal na pananakit
indicator-intimidation-threats = Pananakot at pagbabanta
indicator-retention-of-documents = Paghawak sa mga ID at dokumento
indicator-withholding-of-wages = Hindi pagbibigay ng sahod
indicator-debt-bondage = Debt bondage (pagkakatali dahil sa utang)
indicator-abusive-conditions = Abusive na kondisyon sa trabaho at pamumuhay
indicator-excessive-overtime = Sobrang overtime

## Secretariat
safety-admin-title = Question bank ng safety check
safety-admin-section = Tingnan ang mga tanong, kung aling mga text ang kulang sa bawat wika, at mag-publish ng bagong version.
safety-admin-versions = Mga version
safety-admin-translations = Mga kulang na text sa bawat wika (buksan para i-preview)
safety-admin-questions = Mga tanong sa kasalukuyang version
safety-admin-col-id = Tanong
safety-admin-col-section = Section
safety-admin-col-severity = Severity
safety-admin-col-indicators = Mga ILO indicator
safety-admin-col-rule = Patakaran sa Japan
safety-admin-new-version = Mag-publish ng bagong version
safety-admin-download = I-download ang kasalukuyang version bilang isang file para i-edit
safety-admin-upload = Na-edit na bank file (TOML)
safety-admin-check-publish = I-check at i-publish
safety-admin-invalid = Walang binago. Ayusin muna ang mga problemang ito:
safety-admin-published = Na-publish na ang version { $version }. Ito ang gagamitin ng mga bagong sagot; mananatili sa dati nilang version ang mga naunang sagot.
safety-admin-preview = I-preview sa { $language }
safety-admin-missing-text = Kulang ang text na ito sa wikang ito; English ang ipinapakita.
safety-admin-counts = Paggamit kada araw
safety-admin-audio = Mga naka-record na tanong
safety-admin-audio-file = Recording (MP3, M4A, Ogg o WebM, hanggang 3 MB)
safety-admin-help-requests = { $count } na request para sa tulong sa kabuuan
safety-admin-visits = Mga bisita
safety-admin-starts = Nagsimula
safety-admin-completions = Natapos
safety-admin-help = Humingi ng tulong
safety-name-recruiters = Sino ang nag-recruit sa iyo? Sabihin sa amin (hindi makikilala)
safety-fee-ledger = Isulat ang mga bayad na ibinigay mo
