## Pagbasa
portal-title = Impormasyon para sa buhay at trabaho
portal-topics = Mga paksa
portal-latest = Mga bago at na-update
portal-countries = Bago ka pumunta sa Japan
portal-countries-text = Mga page para sa mga naghahandang pumunta sa Japan mula sa mga bansang ito.
portal-country-intro = Mga artikulong lalong makakatulong sa mga galing sa bansang ito, bago at pagkarating sa Japan.
portal-feed = I-follow ang mga bagong artikulo (Atom feed)
portal-feed-title = Hiroba: impormasyon para sa buhay at trabaho sa Japan
portal-nothing-yet = Wala pang artikulo dito.
portal-related = Mga kaugnay na artikulo
portal-need-help = Kailangan mo ba ng tulong sa sitwasyon mo? Puwede kang magtanong sa mga counsellor ng Hiroba sa sarili mong wika, nang libre. Hindi ito sasabihin sa employer mo.
portal-byline = Isinulat ng { $author } · na-publish noong { $published } · na-check noong { $reviewed }
portal-not-translated = Wala pa ang artikulong ito sa wika mo. Ipinapakita ito sa { $language }.
portal-not-translated-short = Wala pa sa wika mo.
portal-watch-video = Panoorin ang video
portal-video-external = Magbubukas ito ng ibang website. Malakas kumain ng data ang mga video.
portal-preview-notice = Preview. Hindi nakikita ng mga mambabasa ang page na ito habang “{ $status }” ang status nito.

## Paghahanap
portal-search-title = Maghanap
portal-search-label = Maghanap sa mga artikulo
portal-search-submit = Hanapin
portal-search-count = { $count ->
    [one] { $count } artikulo ang nahanap
   *[other] { $count } artikulo ang nahanap
}

## Mga paksa
topic-work = Trabaho at sahod
topic-residence = Status of residence (visa)
topic-health-welfare = Kalusugan at welfare
topic-daily-life = Pang-araw-araw na buhay
topic-disasters = Sakuna at emergency
topic-money = Pera at bangko
topic-family = Pamilya at mga anak
topic-learning-japanese = Pag-aaral ng Japanese

## Mga sending country
country-VN = Vietnam
country-MM = Myanmar
country-ID = Indonesia
country-PH = Pilipinas
country-CN = China
country-NP = Nepal
country-KH = Cambodia
country-TH = Thailand
country-LK = Sri Lanka
country-BD = Bangladesh
country-BR = Brazil
country-PE = Peru

## Pag-edit (secretariat)
portal-admin-title = Mga artikulo ng portal
portal-admin-section = Sumulat, magsalin at mag-publish ng mga artikulo; tingnan kung aling mga salin ang kulang o luma na.
portal-stats-section = Page views at mga bagong account, binibilang nang hindi tina-track ang kahit sino.
portal-admin-new = Bagong artikulo
portal-admin-create = Gumawa ng draft
portal-admin-summary = { $missing } salin ang kulang, { $outdated } ang luma na.
portal-col-article = Artikulo
portal-col-status = Status
portal-col-language = Wika
portal-col-state = Salin
portal-col-actions = Mga aksyon
portal-col-version = Bersyon
portal-col-day = Araw
portal-col-views = Page views
portal-col-registrations = Mga bagong account
portal-state-missing = Kulang
portal-state-outdated = Luma na
portal-state-up-to-date = Updated
portal-state-source = Orihinal na teksto
portal-status-draft = Draft
portal-status-review = Nire-review
portal-status-published = Naka-publish
portal-status-unpublished = Na-unpublish
portal-action-draft = Ibalik sa draft
portal-action-review = Ipa-review
portal-action-published = I-publish
portal-action-unpublished = I-unpublish
portal-action-edit = I-edit
portal-action-preview = Preview
portal-translations = Mga salin
portal-revisions = Kasaysayan ng mga rebisyon
portal-settings = Settings
portal-save = I-save
portal-edit-title = I-edit ang teksto sa { $language }
portal-source-text = Orihinal na teksto ({ $language }, bersyon { $version })
portal-ruby-hint = Markdown. Isulat ang furigana bilang {"{"}漢字|かんじ{"}"}. Nananatili ang mga link, listahan at heading; tinatanggal ang lahat ng HTML.
portal-field-slug = Address (slug)
portal-field-slug-hint = Maliliit na titik, numero at gitling, halimbawa paid-leave. Hindi na ito mababago pagkatapos.
portal-field-kind = Uri
portal-kind-article = Artikulo
portal-kind-video = Video
portal-field-topic = Paksa
portal-field-countries = Mga sending country
portal-field-countries-hint = Opsyonal. Mga country code na pinaghihiwalay ng kuwit, halimbawa VN, MM.
portal-field-author = Organisasyong sumulat
portal-field-source-lang = Wika ng orihinal na teksto
portal-field-video-url = Address ng video
portal-field-video-url-hint = Opsyonal. Link sa video sa ibang website (https://…). Hindi ito kailanman ine-embed.
portal-field-title = Pamagat
portal-field-summary = Buod
portal-field-body = Teksto
portal-field-note = Ano ang binago (para sa history)

## Mga error sa pag-edit
portal-slug-invalid = Ang address ay dapat 3 hanggang 80 maliliit na titik, numero o gitling.
portal-slug-taken = May ibang artikulo nang gumagamit ng address na ito.
portal-topic-invalid = Pumili ng paksa at uri mula sa listahan.
portal-country-invalid = Hindi kilalang country code. Gumamit ng mga code gaya ng VN, MM, ID, PH.
portal-language-invalid = Hindi sinusuportahan ng platform ang wikang ito.
portal-title-missing = Maglagay ng pamagat.
portal-too-long = May tekstong masyadong mahaba.
portal-video-url-invalid = Dapat magsimula sa https:// o http:// ang address ng video.
portal-source-first = Isulat muna ang orihinal na teksto; doon ibinabatay ang mga salin.

## Statistics (secretariat)
portal-stats-title = Mga mambabasa
portal-stats-privacy = Binibilang nang walang cookies at walang sine-save na IP address: kung ilang beses lang ipinakita ang bawat page, ayon sa wika at araw.
portal-stats-views = page views sa kabuuan ({ $days30 } sa nakaraang 30 araw)
portal-stats-registrations = account sa kabuuan ({ $days30 } bago sa nakaraang 30 araw)
portal-stats-by-language = Page views ayon sa wika, nakaraang 30 araw
portal-stats-by-day = Bawat araw, nakaraang 30 araw

## Media (secretariat)
portal-media = Mga larawan at video
portal-image-upload = Magdagdag ng larawan
portal-image-hint = JPEG, PNG o WebP, hanggang 15 MB. Awtomatikong ginagawa ang maliliit na bersyon para sa phone. Ilagay ito sa teksto gamit ang code na ipinapakita.
portal-video-upload = I-upload ang video
portal-video-hint = MP4 o WebM, hanggang 500 MB. Nilo-load lang ito ng mga mambabasa kapag pinindot nila ang play.
portal-upload = I-upload
portal-use-as-poster = Gamitin bilang picture ng video
portal-subtitles = Subtitles (WebVTT)
portal-subtitles-hint = I-paste ang teksto ng isang .vtt file, na nagsisimula sa WEBVTT.
portal-video-data = Magsisimula lang ang video kapag pinindot mo ang play. Gagamit ito ng mobile data mo.
portal-media-not-image = Hindi ito larawang kaya naming basahin (JPEG, PNG o WebP).
portal-media-too-large = Masyadong malaki ang file.
portal-media-not-video = Hindi ito MP4 o WebM na video.
portal-media-not-vtt = Ang subtitles ay dapat WebVTT na teksto na nagsisimula sa WEBVTT.
