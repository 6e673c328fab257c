# Ang wika ay naglalarawan sa sarili nito (ginagamit ng pamili ng wika).
language-name = Tagalog
language-dir = ltr

site-name = Hiroba
skip-to-content = Pumunta sa nilalaman
nav-account = Ang account mo
nav-admin = Secretariat
nav-logout = Mag-log out
nav-login = Mag-log in
nav-register = Gumawa ng account
language-switcher = Pumili ng wika
furigana-turn-off = Itago ang furigana
furigana-turn-on = Ipakita ang furigana
footer-privacy = Hindi kailanman ipinapakita sa employer mo ang mga sagot at mensahe mo.
footer-open-source = Ang Hiroba ay open-source software para sa mga migrant worker sa Japan at sa mga taong tumutulong sa kanila.

error-title = May nagkaproblema
error-back-home = Pumunta sa home page
error-not-found = Hindi namin makita ang page na ito. Baka luma na ang link o mali ang pagkaka-type.
error-forbidden = Wala kang pahintulot na buksan ang page na ito.
error-sign-in-required = Mag-log in muna para makita ang page na ito.
error-bad-form = May bahagi ng ipinadala mo na hindi namin mabasa. Pakitingnan ang form at subukan ulit.
error-bad-request = Hindi namin naintindihan ang request na ito. Bumalik at subukan ulit.
error-csrf = Para sa kaligtasan mo, nag-expire na ang form na ito. Bumalik, i-reload ang page, at ipadala ulit.
error-too-many-requests = Masyadong maraming subok. Maghintay ng 15 minuto at subukan ulit.
error-internal = Pasensya na, may nagkaproblema sa panig namin. Walang nawala sa ipinadala mo. Subukan ulit mamaya-maya.
error-method = Hindi puwedeng gamitin ang page na ito sa ganoong paraan.
error-timeout = Masyadong natagalan ang server sa pagsagot. Subukan ulit.
error-too-large = Masyadong malaki ang ipinadala mo.

role-worker = Manggagawa
role-counsellor = Counsellor
role-counsellor-supervisor = Supervisor ng mga counsellor
role-company-admin = Administrator ng kumpanya
role-company-viewer = Viewer ng kumpanya
role-member = Miyembro
role-learner = Mag-aaral
role-supporter = Tagasuporta
role-secretariat = Secretariat

app-name = Hiroba: buhay at trabaho sa Japan
app-description = Impormasyon, pribadong self-check, at konsultasyon para sa mga dayuhang nakatira at nagtatrabaho sa Japan.
offline-title = Offline ka ngayon
offline-text = Walang internet connection ngayon. Mabubuksan mo pa rin ang mga artikulong nabasa mo na. Subukan ulit kapag may koneksyon ka na.
