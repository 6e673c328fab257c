## ဖတ်ရှုရန်
portal-title = နေထိုင်မှုနှင့် အလုပ်ဆိုင်ရာ အချက်အလက်များ
portal-topics = အကြောင်းအရာများ
portal-latest = အသစ်နှင့် မွမ်းမံထားသော ဆောင်းပါးများ
portal-countries = ဂျပန်သို့ မလာမီ
portal-countries-text = ဤနိုင်ငံများမှ ဂျပန်သို့ လာရန် ပြင်ဆင်နေသူများအတွက် စာမျက်နှာများ ဖြစ်ပါသည်။
portal-country-intro = ဤနိုင်ငံမှ လာမည့်သူများအတွက် ဂျပန်သို့ မရောက်မီနှင့် ရောက်ပြီးနောက်တွင် အထူး အသုံးဝင်သော ဆောင်းပါးများ ဖြစ်ပါသည်။
portal-feed = ဆောင်းပါးအသစ်များကို စောင့်ကြည့်ရန် (Atom feed)
portal-feed-title = Hiroba: ဂျပန်နိုင်ငံတွင် နေထိုင်မှုနှင့် အလုပ်ဆိုင်ရာ အချက်အလက်များ
portal-nothing-yet = ဤနေရာတွင် ဆောင်းပါး မရှိသေးပါ။
portal-related = ဆက်စပ် ဆောင်းပါးများ
portal-need-help = သင့်အခြေအနေအတွက် အကူအညီ လိုပါသလား။ Hiroba ၏ အကြံပေးများကို သင့်ဘာသာစကားဖြင့် အခမဲ့ မေးမြန်းနိုင်ပါသည်။ သင့်အလုပ်ရှင်ကို အသိပေးမည် မဟုတ်ပါ။
portal-byline = ရေးသားသူ - { $author } · ထုတ်ဝေသည့်နေ့ - { $published } · စစ်ဆေးသည့်နေ့ - { $reviewed }
portal-not-translated = ဤဆောင်းပါးကို သင့်ဘာသာစကားဖြင့် မရရှိနိုင်သေးပါ။ { $language } ဖြင့် ပြသထားပါသည်။
portal-not-translated-short = သင့်ဘာသာစကားဖြင့် မရှိသေးပါ။
portal-watch-video = ဗီဒီယို ကြည့်ရန်
portal-video-external = အခြားဝက်ဘ်ဆိုက်တစ်ခုကို ဖွင့်ပါမည်။ ဗီဒီယိုများသည် ဒေတာ အများကြီး ကုန်ပါသည်။
portal-preview-notice = အစမ်းကြည့်ခြင်း ဖြစ်ပါသည်။ အခြေအနေသည် “{ $status }” ဖြစ်နေစဉ် စာဖတ်သူများသည် ဤစာမျက်နှာကို မမြင်ရပါ။

## ရှာဖွေခြင်း
portal-search-title = ရှာဖွေရန်
portal-search-label = ဆောင်းပါးများထဲတွင် ရှာဖွေရန်
portal-search-submit = ရှာမည်
portal-search-count = { $count ->
   *[other] ဆောင်းပါး { $count } ခု တွေ့ရှိပါသည်
}

## အကြောင်းအရာများ
topic-work = အလုပ်နှင့် လုပ်ခလစာ
topic-residence = နေထိုင်ခွင့် အမျိုးအစား
topic-health-welfare = ကျန်းမာရေးနှင့် လူမှုဖူလုံရေး
topic-daily-life = နေ့စဉ်ဘဝ
topic-disasters = သဘာဝဘေးအန္တရာယ်နှင့် အရေးပေါ်အခြေအနေ
topic-money = ငွေကြေးနှင့် ဘဏ်
topic-family = မိသားစုနှင့် ကလေးများ
topic-learning-japanese = ဂျပန်စာ လေ့လာခြင်း

## စေလွှတ်သည့် နိုင်ငံများ
country-VN = ဗီယက်နမ်
country-MM = မြန်မာ
country-ID = အင်ဒိုနီးရှား
country-PH = ဖိလစ်ပိုင်
country-CN = တရုတ်
country-NP = နီပေါ
country-KH = ကမ္ဘောဒီးယား
country-TH = ထိုင်း
country-LK = သီရိလင်္ကာ
country-BD = ဘင်္ဂလားဒေ့ရှ်
country-BR = ဘရာဇီး
country-PE = ပီရူး

## တည်းဖြတ်ခြင်း (အတွင်းရေးမှူးရုံး)
portal-admin-title = ပေါ်တယ် ဆောင်းပါးများ
portal-admin-section = ဆောင်းပါးများကို ရေးသားခြင်း၊ ဘာသာပြန်ခြင်းနှင့် ထုတ်ဝေခြင်း ပြုလုပ်နိုင်ပါသည်။ မည်သည့် ဘာသာပြန်ချက်များ မရှိသေးသည်၊ ခေတ်မမီတော့သည်ကိုလည်း ကြည့်နိုင်ပါသည်။
portal-stats-section = စာမျက်နှာ ကြည့်ရှုမှုနှင့် အကောင့်အသစ်များ ဖြစ်ပါသည်။ မည်သူ့ကိုမျှ ခြေရာခံခြင်း မပြုဘဲ ရေတွက်ထားပါသည်။
portal-admin-new = ဆောင်းပါးအသစ်
portal-admin-create = မူကြမ်း ဖန်တီးမည်
portal-admin-summary = ဘာသာပြန်ချက် { $missing } ခု မရှိသေးပါ၊ { $outdated } ခု ခေတ်မမီတော့ပါ။
portal-col-article = ဆောင်းပါး
portal-col-status = အခြေအနေ
portal-col-language = ဘာသာစကား
portal-col-state = ဘာသာပြန်ချက်
portal-col-actions = လုပ်ဆောင်ချက်များ
portal-col-version = ဗားရှင်း
portal-col-day = နေ့ရက်
portal-col-views = စာမျက်နှာ ကြည့်ရှုမှု
portal-col-registrations = အကောင့်အသစ်များ
portal-state-missing = မရှိသေးပါ
portal-state-outdated = ခေတ်မမီတော့ပါ
portal-state-up-to-date = နောက်ဆုံးပေါ်
portal-state-source = မူရင်းစာ
portal-status-draft = မူကြမ်း
portal-status-review = စစ်ဆေးနေဆဲ
portal-status-published = ထုတ်ဝေပြီး
portal-status-unpublished = ထုတ်ဝေမှု ရုပ်သိမ်းပြီး
portal-action-draft = မူကြမ်းသို့ ပြန်ပို့မည်
portal-action-review = စစ်ဆေးရန် ပို့မည်
portal-action-published = ထုတ်ဝေမည်
portal-action-unpublished = ထုတ်ဝေမှု ရုပ်သိမ်းမည်
portal-action-edit = ပြင်ဆင်မည်
portal-action-preview = အစမ်းကြည့်မည်
portal-translations = ဘာသာပြန်ချက်များ
portal-revisions = ပြင်ဆင်မှု မှတ်တမ်း
portal-settings = ဆက်တင်များ
portal-save = သိမ်းမည်
portal-edit-title = { $language } စာသားကို ပြင်ဆင်ရန်
portal-source-text = မူရင်းစာ ({ $language }၊ ဗားရှင်း { $version })
portal-ruby-hint = Markdown ဖြင့် ရေးပါ။ furigana ကို {"{"}漢字|かんじ{"}"} ဟု ရေးပါ။ လင့်ခ်များ၊ စာရင်းများနှင့် ခေါင်းစဉ်ငယ်များကို ထိန်းထားပြီး HTML မှန်သမျှကို ဖယ်ရှားပါသည်။
portal-field-slug = လိပ်စာ (slug)
portal-field-slug-hint = အင်္ဂလိပ် စာလုံးအသေး၊ ဂဏန်းနှင့် တုံးတို (-) များသာ သုံးပါ၊ ဥပမာ paid-leave။ နောက်ပိုင်းတွင် ပြောင်း၍ မရပါ။
portal-field-kind = အမျိုးအစား
portal-kind-article = ဆောင်းပါး
portal-kind-video = ဗီဒီယို
portal-field-topic = အကြောင်းအရာ
portal-field-countries = စေလွှတ်သည့် နိုင်ငံများ
portal-field-countries-hint = မဖြည့်လည်း ရပါသည်။ နိုင်ငံကုဒ်များကို ကော်မာဖြင့် ခွဲရေးပါ၊ ဥပမာ VN, MM။
portal-field-author = ရေးသားသည့် အဖွဲ့အစည်း
portal-field-source-lang = မူရင်းစာ၏ ဘာသာစကား
portal-field-video-url = ဗီဒီယို လိပ်စာ
portal-field-video-url-hint = မဖြည့်လည်း ရပါသည်။ အခြားဝက်ဘ်ဆိုက်ရှိ ဗီဒီယိုသို့ လင့်ခ် (https://…)။ စာမျက်နှာထဲတွင် ဘယ်တော့မှ ထည့်သွင်း မပြပါ။
portal-field-title = ခေါင်းစဉ်
portal-field-summary = အနှစ်ချုပ်
portal-field-body = စာသား
portal-field-note = ပြောင်းလဲခဲ့သည့်အရာ (မှတ်တမ်းအတွက်)

## တည်းဖြတ်ရာတွင် အမှားများ
portal-slug-invalid = လိပ်စာသည် အင်္ဂလိပ် စာလုံးအသေး၊ ဂဏန်း သို့မဟုတ် တုံးတို (-) ဖြင့် စာလုံး ၃ လုံးမှ ၈၀ လုံးအထိ ဖြစ်ရပါမည်။
portal-slug-taken = ဤလိပ်စာကို အခြားဆောင်းပါးတစ်ခုက အသုံးပြုထားပြီး ဖြစ်ပါသည်။
portal-topic-invalid = စာရင်းထဲမှ အကြောင်းအရာနှင့် အမျိုးအစားကို ရွေးချယ်ပါ။
portal-country-invalid = မသိသော နိုင်ငံကုဒ် ဖြစ်ပါသည်။ VN, MM, ID, PH ကဲ့သို့သော ကုဒ်များကို သုံးပါ။
portal-language-invalid = ဤဘာသာစကားကို ဤပလက်ဖောင်းတွင် ပံ့ပိုးမထားပါ။
portal-title-missing = ခေါင်းစဉ် ရေးပါ။
portal-too-long = စာသားအချို့ ရှည်လွန်းပါသည်။
portal-video-url-invalid = ဗီဒီယို လိပ်စာသည် https:// သို့မဟုတ် http:// ဖြင့် စရပါမည်။
portal-source-first = မူရင်းစာကို အရင် ရေးပါ။ ဘာသာပြန်ချက်များကို မူရင်းစာမှ ပြုလုပ်ပါသည်။

## စာရင်းအင်း (အတွင်းရေးမှူးရုံး)
portal-stats-title = စာဖတ်သူများ
portal-stats-privacy = cookie မသုံးဘဲ IP လိပ်စာများကိုလည်း မသိမ်းဘဲ ရေတွက်ပါသည်။ စာမျက်နှာတစ်ခုစီကို ဘာသာစကားအလိုက်၊ ရက်အလိုက် အကြိမ်မည်မျှ ပြသခဲ့သည်ကိုသာ ရေတွက်ပါသည်။
portal-stats-views = စုစုပေါင်း စာမျက်နှာ ကြည့်ရှုမှု (လွန်ခဲ့သော ရက် ၃၀ အတွင်း { $days30 } ကြိမ်)
portal-stats-registrations = စုစုပေါင်း အကောင့် (လွန်ခဲ့သော ရက် ၃၀ အတွင်း အသစ် { $days30 } ခု)
portal-stats-by-language = ဘာသာစကားအလိုက် စာမျက်နှာ ကြည့်ရှုမှု၊ လွန်ခဲ့သော ရက် ၃၀
portal-stats-by-day = ရက်အလိုက်၊ လွန်ခဲ့သော ရက် ၃၀

## ပုံနှင့် ဗီဒီယို (အတွင်းရေးမှူးရုံး)
portal-media = ပုံများနှင့် ဗီဒီယို
portal-image-upload = ပုံ ထည့်ရန်
portal-image-hint = JPEG၊ PNG သို့မဟုတ် WebP၊ 15 MB အထိ။ ဖုန်းအတွက် အရွယ်သေးသော ပုံများကို အလိုအလျောက် ပြုလုပ်ပေးပါသည်။ ပြထားသော ကုဒ်ဖြင့် စာသားထဲသို့ ထည့်ပါ။
portal-video-upload = ဗီဒီယို တင်ရန်
portal-video-hint = MP4 သို့မဟုတ် WebM၊ 500 MB အထိ။ စာဖတ်သူများသည် ဖွင့်ရန် ခလုတ်ကို နှိပ်မှသာ ဗီဒီယိုကို ဒေါင်းလုဒ်ဆွဲပါသည်။
portal-upload = တင်မည်
portal-use-as-poster = ဗီဒီယို၏ မျက်နှာဖုံးပုံအဖြစ် သုံးမည်
portal-subtitles = စာတန်းထိုး (WebVTT)
portal-subtitles-hint = .vtt ဖိုင်၏ စာသားကို ကူးထည့်ပါ။ စာသားသည် WEBVTT ဖြင့် စရပါမည်။
portal-video-data = ဖွင့်ရန် ခလုတ်ကို နှိပ်မှသာ ဗီဒီယို စပါမည်။ ဗီဒီယို ကြည့်လျှင် မိုဘိုင်းဒေတာ ကုန်ပါသည်။
portal-media-not-image = ဤဖိုင်သည် ဖတ်၍ရသော ပုံ (JPEG၊ PNG သို့မဟုတ် WebP) မဟုတ်ပါ။
portal-media-too-large = ဖိုင် ကြီးလွန်းပါသည်။
portal-media-not-video = ဤဖိုင်သည် MP4 သို့မဟုတ် WebM ဗီဒီယို မဟုတ်ပါ။
portal-media-not-vtt = စာတန်းထိုးသည် WEBVTT ဖြင့် စသော WebVTT စာသား ဖြစ်ရပါမည်။
