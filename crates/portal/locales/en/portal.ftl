## Reading
portal-title = Information for life and work
portal-topics = Topics
portal-latest = New and updated
portal-countries = Before you come to Japan
portal-countries-text = Pages for people preparing to come from these countries.
portal-country-intro = Articles especially useful for people coming from this country, before and after arrival.
portal-feed = Follow new articles (Atom feed)
portal-feed-title = Hiroba: information for life and work in Japan
portal-nothing-yet = There are no articles here yet.
portal-related = Related articles
portal-need-help = Do you need help with your situation? You can ask Hiroba's counsellors in your language, for free. Your employer is not told.
portal-byline = By { $author } · published { $published } · checked { $reviewed }
portal-not-translated = This article is not yet available in your language. It is shown in { $language }.
portal-not-translated-short = Not yet in your language.
portal-watch-video = Watch the video
portal-video-external = Opens another website. Videos use a lot of data.
portal-preview-notice = Preview. Readers do not see this page while its status is “{ $status }”.

## Search
portal-search-title = Search
portal-search-label = Search the articles
portal-search-submit = Search
portal-search-count = { $count ->
    [one] 1 article found
   *[other] { $count } articles found
}

## Topics
topic-work = Work and wages
topic-residence = Status of residence
topic-health-welfare = Health and welfare
topic-daily-life = Daily life
topic-disasters = Disasters and emergencies
topic-money = Money and banking
topic-family = Family and children
topic-learning-japanese = Learning Japanese

## Sending countries
country-VN = Vietnam
country-MM = Myanmar
country-ID = Indonesia
country-PH = Philippines
country-CN = China
country-NP = Nepal
country-KH = Cambodia
country-TH = Thailand
country-LK = Sri Lanka
country-BD = Bangladesh
country-BR = Brazil
country-PE = Peru

## Editing (secretariat)
portal-admin-title = Portal articles
portal-admin-section = Write, translate and publish articles; see which translations are missing or outdated.
portal-stats-section = Page views and new accounts, counted without tracking anyone.
portal-admin-new = New article
portal-admin-create = Create the draft
portal-admin-summary = { $missing } translations missing, { $outdated } outdated.
portal-col-article = Article
portal-col-status = Status
portal-col-language = Language
portal-col-state = Translation
portal-col-actions = Actions
portal-col-version = Version
portal-col-day = Day
portal-col-views = Page views
portal-col-registrations = New accounts
portal-state-missing = Missing
portal-state-outdated = Outdated
portal-state-up-to-date = Up to date
portal-state-source = Source text
portal-status-draft = Draft
portal-status-review = In review
portal-status-published = Published
portal-status-unpublished = Unpublished
portal-action-draft = Back to draft
portal-action-review = Send for review
portal-action-published = Publish
portal-action-unpublished = Unpublish
portal-action-edit = Edit
portal-action-preview = Preview
portal-translations = Translations
portal-revisions = Revision history
portal-settings = Settings
portal-save = Save
portal-edit-title = Edit the text in { $language }
portal-source-text = Source text ({ $language }, version { $version })
portal-ruby-hint = Markdown. Write furigana as {"{"}漢字|かんじ{"}"}. Links, lists and headings are kept; any HTML is removed.
portal-field-slug = Address (slug)
portal-field-slug-hint = Lower-case letters, numbers and hyphens, for example paid-leave. It cannot be changed later.
portal-field-kind = Kind
portal-kind-article = Article
portal-kind-video = Video
portal-field-topic = Topic
portal-field-countries = Sending countries
portal-field-countries-hint = Optional. Country codes separated by commas, for example VN, MM.
portal-field-author = Author organisation
portal-field-source-lang = Language of the source text
portal-field-video-url = Video address
portal-field-video-url-hint = Optional. A link to the video on another website (https://…). It is never embedded.
portal-field-title = Title
portal-field-summary = Summary
portal-field-body = Text
portal-field-note = What changed (for the history)

## Editing errors
portal-slug-invalid = The address must be 3 to 80 lower-case letters, numbers or hyphens.
portal-slug-taken = Another article already uses this address.
portal-topic-invalid = Please choose a topic and a kind from the list.
portal-country-invalid = Unknown country code. Use codes such as VN, MM, ID, PH.
portal-language-invalid = This language is not served by the platform.
portal-title-missing = Please write a title.
portal-too-long = Some text is too long.
portal-video-url-invalid = The video address must start with https:// or http://.
portal-source-first = Write the source text first; translations are made from it.

## Statistics (secretariat)
portal-stats-title = Readers
portal-stats-privacy = Counted without cookies and without storing addresses: only how often each page was shown, per language and day.
portal-stats-views = page views in total ({ $days30 } in the last 30 days)
portal-stats-registrations = accounts in total ({ $days30 } new in the last 30 days)
portal-stats-by-language = Page views by language, last 30 days
portal-stats-by-day = By day, last 30 days

## Media (secretariat)
portal-media = Images and video
portal-image-upload = Add an image
portal-image-hint = JPEG, PNG or WebP, up to 15 MB. Small versions for phones are made automatically. Put it in the text with the code shown.
portal-video-upload = Upload the video
portal-video-hint = MP4 or WebM, up to 500 MB. Readers load it only when they press play.
portal-upload = Upload
portal-use-as-poster = Use as the video picture
portal-subtitles = Subtitles (WebVTT)
portal-subtitles-hint = Paste the text of a .vtt file, starting with WEBVTT.
portal-video-data = The video starts only when you press play. It uses mobile data.
portal-media-not-image = This file is not an image we can read (JPEG, PNG or WebP).
portal-media-too-large = The file is too large.
portal-media-not-video = This file is not an MP4 or WebM video.
portal-media-not-vtt = Subtitles must be a WebVTT text starting with WEBVTT.
