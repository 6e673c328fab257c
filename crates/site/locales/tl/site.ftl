## Home page
home-title = Maligayang pagdating sa Hiroba
home-lead = Ang Hiroba ay isang libreng lugar para sa mga taga-ibang bansa na nakatira at nagtatrabaho sa Japan. Magbasa ng kapaki-pakinabang na impormasyon sa sarili mong wika, tingnan nang pribado ang kalagayan mo sa trabaho, at humingi ng tulong.
home-portal-title = Impormasyon para sa buhay at trabaho
home-portal-text = Mga artikulo at video tungkol sa trabaho, status of residence (visa), kalusugan, pera, sakuna at pang-araw-araw na buhay sa Japan, sa sarili mong wika.
home-safety-title = Tingnan ang kalagayan mo
home-safety-text = Sagutin ang mga simpleng tanong tungkol sa trabaho at buhay mo. Malalaman mo kung may bagay na baka labag sa batas. Hindi mo kailangan ng account, at hindi kailanman makikita ng employer mo ang mga sagot mo.
home-assist-title = Humingi ng tulong
home-assist-text = Sumasagot ang mga counsellor sa wika mo sa pamamagitan ng message, email o telepono, at tinutulungan ka nila sa mga problema sa trabaho at sa pang-araw-araw na buhay.
home-recruitment-title = Patas na recruitment
home-recruitment-text = Hindi dapat magbayad ang manggagawa para makakuha ng trabaho. Tingnan kung aling mga organisasyon ang nangakong walang bayad, at itala ang mga binayaran mo.
home-events-title = Mga event
home-events-text = Mga seminar, workshop, study trip at pagtitipon: matuto at makakilala ng mga tao.
home-members-title = Mga miyembro
home-members-text = Mga organisasyon at tao na nagtutulungan para sa karapatan ng mga migranteng manggagawa. Sumali sa network.
home-friends-title = Mga kaibigan
home-friends-text = Makilala ang iba pang kababayan mo at mga Japanese na tagasuporta na malapit sa iyo, at sumali sa mga event.
home-learning-title = Mga kurso para sa mga kumpanya
home-learning-text = Mga online na kurso para sa mga employer at staff tungkol sa karapatang pantao ng mga migrant worker, may kasamang certificate.
home-companies-title = Para sa mga kumpanya
home-companies-text = Nalalaman ng mga kumpanya ang mga panganib sa kanilang mga lugar ng trabaho at mga supplier mula lamang sa mga sagot na anonymous at pinagsama-sama, at puwede silang kumilos batay dito.
home-privacy-title = Ang privacy mo
home-privacy-text = Kinokolekta lang namin ang pinakakaunting impormasyon na kailangan. Naka-encrypt ang sensitibong impormasyon, nire-record ang bawat pagbukas ng counsellor sa isang kaso, at mga numero lang tungkol sa mga grupo na may hindi bababa sa 10 tao ang nakikita ng mga kumpanya.

## Mga field ng form
field-email = Email address
field-display-name = Pangalan o palayaw
field-display-name-hint = Puwedeng palayaw ito. Hindi mo kailangang gamitin ang totoong pangalan mo.
field-password = Password
field-new-password = Bagong password
field-password-hint = Hindi bababa sa 8 character. Magandang gamitin ang isang pangungusap na madali mong matandaan.
field-password-confirm = I-type ulit ang password
field-password-show = Ipakita ang password

## Mga problema sa na-type
email-invalid = Mag-type ng tamang email address, halimbawa pangalan@example.com.
email-taken = May account na ang email address na ito.
display-name-invalid = Mag-type ng pangalan na may 1 hanggang 100 character.
password-too-short = Masyadong maikli ang password. Gumamit ng hindi bababa sa 8 character.
password-too-long = Masyadong mahaba ang password. Gumamit ng hindi hihigit sa 128 character.
password-too-common = Masyadong karaniwan at madaling hulaan ang password na ito. Pumili ng iba.
password-contains-email = Hindi dapat kasama sa password ang email address mo.
password-mismatch = Hindi magkapareho ang dalawang password.

## Pag-register
register-title = Gumawa ng account
register-intro = Kapag may account ka, masusubaybayan mo ang mga konsultasyon mo, makakakuha ka ng mga kurso at makakasali sa mga event. Magagamit mo ang self-check kahit walang account.
register-kind = Gagamitin ko ang Hiroba bilang
register-submit = Gawin ang account ko
register-have-account = May account na ako
register-sent-title = Tingnan ang email mo
register-sent-text = Nagpadala kami ng email sa address na ibinigay mo. Buksan ang link sa loob nito para kumpirmahin ang address mo, at pagkatapos ay mag-log in. Kung walang dumating na email sa loob ng ilang minuto, tingnan ang spam folder mo.

## Pagkumpirma ng email
confirm-title = Kumpirmahin ang email address mo
confirm-text = Pindutin ang button para kumpirmahin ang email address mo.
confirm-submit = Kumpirmahin ang address ko
confirm-done = Salamat. Nakumpirma na ang email address mo. Puwede ka nang mag-log in.
confirm-invalid = Hindi valid o expired na ang link na ito. Mag-register ulit o humingi ng bagong link.

## Pag-log in
login-title = Mag-log in
login-submit = Mag-log in
login-forgot = Nakalimutan ko ang password ko
login-failed = Mali ang email address o password.
login-unconfirmed = Kumpirmahin muna ang email address mo. Buksan ang link sa email na ipinadala namin sa iyo.
login-notice-password-changed = Napalitan na ang password mo. Mag-log in gamit ang bagong password.
login-notice-logged-out = Naka-log out ka na.

## Two-step login
two-factor-title = Ilagay ang code mo
two-factor-code = 6-digit na code mula sa authenticator app mo
two-factor-submit = Magpatuloy
two-factor-wrong-code = Mali ang code na ito. Tingnan ang oras sa phone mo at subukan ang pinakabagong code.
two-factor-setup-title = I-set up ang two-step login
two-factor-setup-text = Pinoprotektahan ng role mo ang impormasyon ng ibang tao, kaya kailangan mo ng pangalawang hakbang kapag nag-log in ka. I-scan ang QR code na ito gamit ang isang authenticator app (halimbawa FreeOTP, Aegis o Google Authenticator), at pagkatapos ay i-type ang code na ipinapakita nito.
two-factor-qr-label = QR code para sa authenticator app mo
two-factor-setup-manual = Kung hindi mo ma-scan ang code, i-type ang key na ito sa app:
two-factor-setup-submit = I-on ang two-step login

## Pag-reset ng password
forgot-title = Nakalimutan mo ang password mo?
forgot-text = I-type ang email address mo. Magpapadala kami ng link para makapili ka ng bagong password.
forgot-submit = Ipadala ang link
forgot-sent = Kung may account ang address na ito, nagpadala na kami ng link dito. Gumagana ang link nang isang oras.
reset-title = Pumili ng bagong password
reset-submit = I-save ang bagong password
reset-invalid = Hindi valid o expired na ang link na ito. Humingi ng bagong link.

## Page ng account
profile-title = Ang account mo
profile-roles = Mga role
profile-two-factor = Two-step login
profile-two-factor-on = Naka-on
profile-two-factor-off = Naka-off
profile-two-factor-enable = I-on
residence-title = Status of residence (visa)
residence-why = Kung sasabihin mo sa amin ang status of residence mo, mas makakapagbigay ng magandang payo ang mga counsellor. Hindi ito sapilitan. Naka-encrypt ito kapag itinago, at puwede mo itong burahin anumang oras.
residence-field = Ang status of residence mo
residence-none = Pumili
residence-consent = Pumapayag ako na itago ng Hiroba ang status of residence ko para matulungan ako sa mga konsultasyon.
residence-consent-needed = Para ma-save ang status of residence mo, lagyan ng tsek ang kahon para pumayag.
residence-choose = Pumili ng status of residence.
residence-save = I-save
residence-erase = Burahin ang status of residence ko
residence-technical-intern = Technical Intern Training (技能実習)
residence-specified-skilled-1 = Specified Skilled Worker (i) (特定技能1号)
residence-specified-skilled-2 = Specified Skilled Worker (ii) (特定技能2号)
residence-student = Estudyante (留学)
residence-engineer-humanities = Engineer / Specialist in Humanities / International Services (技術・人文知識・国際業務)
residence-permanent-resident = Permanent Resident (永住者)
residence-long-term-resident = Long-Term Resident (定住者)
residence-spouse = Asawa o anak ng Japanese national (日本人の配偶者等)
residence-designated-activities = Designated Activities (特定活動)
residence-other = Iba pa

## Mga email (plain text)
mail-confirm-subject = Kumpirmahin ang email address mo para sa Hiroba
mail-confirm-body =
    Kumusta { $name },

    Salamat sa paggawa ng account sa Hiroba. Buksan ang link na ito para kumpirmahin ang email address mo:

    { $link }

    Gumagana ang link nang 48 oras. Kung hindi ikaw ang gumawa ng account, puwede mong balewalain ang email na ito.

    Hiroba
mail-already-registered-subject = May sumubok gumawa ng Hiroba account gamit ang address mo
mail-already-registered-body =
    Kumusta,

    May sumubok gumawa ng bagong Hiroba account gamit ang email address na ito, pero may account na ang address na ito.

    Kung ikaw ito, mag-log in dito: { $login }
    Kung nakalimutan mo ang password mo, pumili ng bago dito: { $reset }

    Kung hindi ikaw ito, puwede mong balewalain ang email na ito. Walang binago.

    Hiroba
mail-reset-subject = Pumili ng bagong password para sa Hiroba
mail-reset-body =
    Kumusta { $name },

    Buksan ang link na ito para pumili ng bagong password:

    { $link }

    Gumagana ang link nang isang oras at isang beses lang. Kung hindi ikaw ang humiling nito, puwede mong balewalain ang email na ito: hindi magbabago ang password mo.

    Hiroba

## Secretariat
admin-title = Dashboard ng Secretariat
admin-users-title = Mga account ayon sa role
admin-col-role = Role
admin-col-count = Mga account
admin-jobs-title = Mga background job
admin-jobs-summary = { $queued } naghihintay, { $failed } pumalya
admin-translations-title = Mga salin
admin-translations-summary = { $missing } mensahe ang kulang sa ilang wika
admin-translations-text = Ang mga mensaheng kulang sa isang wika ay ipinapakita sa English (o kung wala, sa Japanese), na may pulang outline para sa secretariat.
admin-translations-count = { $missing } sa { $total } mensahe ang kulang
admin-audit-title = Audit log
admin-audit-summary = Sino ang nagbasa o nagbago ng ano, at kailan. Hindi kailanman mababago o mabubura ang mga entry.
admin-audit-total = { $total } entry
admin-col-when = Kailan
admin-col-who = User
admin-col-action = Aksyon
admin-col-target = Record
admin-col-reason = Dahilan
admin-col-id = Blg.
admin-col-kind = Uri
admin-col-state = Estado
admin-col-attempts = Mga subok
admin-col-run-at = Nakatakdang oras
admin-col-error = Huling error
admin-col-actions = Mga aksyon
admin-retry = Subukan ulit
admin-pages = Mga page
admin-newer = Mas bagong mga entry
admin-older = Mas lumang mga entry
