## နိဒါန်း
safety-title = သင့်အခြေအနေကို စစ်ဆေးပါ
safety-intro = ဂျပန်ရှိ သင့်အလုပ်နှင့် နေထိုင်မှုအကြောင်း ရိုးရှင်းသော မေးခွန်းများကို ဖြေပါ။ မိနစ် 5 မှ 10 အထိ ကြာပါသည်။ အဆုံးတွင် ဥပဒေနှင့် ဆန့်ကျင်နေနိုင်သည့်အရာ သို့မဟုတ် အဓမ္မလုပ်အား ခိုင်းစေခြင်း၏ လက္ခဏာ ရှိမရှိနှင့် အကူအညီ ဘယ်မှာ ရနိုင်သည်ကို သိရပါမည်။
safety-promise-private = သင့်အဖြေများကို သင့်အလုပ်ရှင် ဘယ်တော့မှ မမြင်ရပါ။ ကုမ္ပဏီများသည် အနည်းဆုံး 10 ဦး ပါဝင်သော အုပ်စုများ၏ ကိန်းဂဏန်းများကိုသာ မြင်ရပါသည်။
safety-promise-anonymous = အကောင့် မလိုပါ။ သင့်နာမည်ကို မမေးပါ။
safety-promise-free = အခမဲ့ ဖြစ်ပါသည်။
safety-site-code = သင့်အလုပ်ခွင်၏ ကုဒ် (ရှိလျှင်)
safety-site-code-hint = သင့်ကုမ္ပဏီက ကုဒ် သို့မဟုတ် QR ကုဒ်တစ်ခု ပေးထားနိုင်ပါသည်။ ဤအကွက်ကို ဗလာထားခဲ့နိုင်ပါသည်။
safety-site-unknown = ဤကုဒ်ကို ကျွန်ုပ်တို့ မသိပါ။ ပြန်စစ်ကြည့်ပါ သို့မဟုတ် ဗလာထားခဲ့ပါ။
safety-site-found = အလုပ်ခွင် - { $company }၊ { $site }
safety-not-listed = ကျွန်ုပ်၏ အလုပ်ရှင် စာရင်းထဲတွင် မပါပါ
safety-start = စတင်မည်

## ဖြေဆိုခြင်း
safety-progress = အဆင့် { $step } (စုစုပေါင်း { $total } ဆင့်)
safety-yes = ဟုတ်ကဲ့
safety-no = မဟုတ်ပါ
safety-unsure = မသေချာပါ
safety-optional = (ကျော်နိုင်ပါသည်)
safety-choose = ရွေးပါ
safety-prefecture = ခရိုင် (都道府県)
safety-number = နံပါတ်
safety-unit-hours = နာရီ
safety-unit-yen = ယန်း
safety-unit-yen-per-hour = တစ်နာရီလျှင် ယန်း
safety-unit-days = ရက်
safety-back = နောက်သို့
safety-next = ရှေ့သို့
safety-finish = ကျွန်ုပ်၏ ရလဒ်ကို ကြည့်မည်
safety-saved = အဆင့်တစ်ခု ပြီးတိုင်း သင့်အဖြေများကို သိမ်းထားပါသည်။ အင်တာနက် ပြတ်သွားလျှင် ဆက်ဖြေရန် လင့်ခ်တစ်ခုတည်းကို ပြန်ဖွင့်ပါ။
safety-offline-kept = အင်တာနက် မရှိပါ။ သင့်အဖြေများကို ဤဖုန်းထဲတွင် သိမ်းထားပြီး အင်တာနက် ပြန်ရသည့်အခါ ပို့ပေးပါမည်။
safety-fix-errors = အောက်တွင် အမှတ်အသား ပြထားသော အဖြေများကို စစ်ဆေးပါ။
safety-answer-missing = အဖြေတစ်ခုကို ရွေးပါ။
safety-answer-invalid = ဤအဖြေသည် ရွေးစရာများထဲတွင် မပါပါ။
safety-answer-not-number = နံပါတ်တစ်ခု ရေးပါ၊ ဥပမာ 20။
safety-answer-out-of-range = ဤနံပါတ်သည် ကြီးလွန်း သို့မဟုတ် ငယ်လွန်းပါသည်။
safety-already-complete = သင် ဖြေဆိုပြီးပါပြီ။ ယခု သင့်အဖြေများကို ပြောင်း၍ မရတော့ပါ။

## ရလဒ်
safety-result-title = သင့်ရလဒ်
safety-result-none = သင့်အဖြေများတွင် ပြင်းထန်သော ပြဿနာ၏ လက္ခဏာ မတွေ့ရပါ။ စိုးရိမ်စရာ ရှိနေသေးလျှင် အကူအညီ တောင်းနိုင်ပါသည်။
safety-result-some = { $count ->
   *[other] သင့်အဖြေ { $count } ခုတွင် ပြဿနာ ရှိနိုင်ပါသည်။ အကြောင်းရင်းကို ဖတ်ကြည့်ပါ။
}
safety-severity-violation = ဥပဒေနှင့် ဆန့်ကျင်နိုင်ပါသည်
safety-severity-forced-labour = အဓမ္မလုပ်အား ခိုင်းစေခြင်း၏ လက္ခဏာ ဖြစ်နိုင်ပါသည်
safety-severity-advice = သိထားသင့်သော အချက်
safety-read-more = ဤအကြောင်း ထပ်ဖတ်ရန်
safety-ilo = အဓမ္မလုပ်အား ခိုင်းစေခြင်း၏ ILO လက္ခဏာ -
safety-assist-title = အကူအညီ တောင်းနိုင်ပါသည်
safety-assist-text = Hiroba ၏ အကြံပေးများက သင့်ဘာသာစကားဖြင့် အခမဲ့ ကူညီပေးပါသည်။ အင်္ဂါနေ့မှ စနေနေ့အထိ 10:00 မှ 18:00 အထိ ဖြစ်ပါသည်။ သင့်အလုပ်ရှင်ကို အသိမပေးပါ။
safety-assist-phone = ဖုန်း -
safety-ask-help = အကြံပေးတစ်ဦးက ကျွန်ုပ်ကို ဆက်သွယ်ပေးပါ
safety-result-private = ဤစာမျက်နှာ၏ လင့်ခ် ရှိသူများသာ ကြည့်နိုင်ပါသည်။ မည်သူ့ကိုမျှ မပြပါနှင့်။ ရက် 30 အထိ သုံးနိုင်ပါသည်။

## အကူအညီ တောင်းခြင်း
safety-help-title = အကူအညီ တောင်းပါ
safety-help-intro = အကြံပေးက သင့်ကို မည်သို့ ဆက်သွယ်ရမည်ကို ပြောပြပါ။ သင့်ကို ပြန်ဖြေရန်အတွက်သာ အသုံးပြုပါသည်။
safety-help-how = သင့်ကို မည်သို့ ဆက်သွယ်ရမည်နည်း။
safety-contact-email = အီးမေးလ်
safety-contact-phone = ဖုန်း
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = သင့်အီးမေးလ်လိပ်စာ၊ ဖုန်းနံပါတ် သို့မဟုတ် အကောင့်အမည်
safety-help-language = ပြန်ဖြေရမည့် ဘာသာစကား
safety-help-time = သင့်ကို ဘယ်အချိန် ဆက်သွယ်နိုင်ပါသလဲ။
safety-help-time-hint = ဥပမာ - ရုံးဖွင့်ရက်များတွင် 19:00 နောက်ပိုင်း။
safety-help-share = အကြံပေးက ကျွန်ုပ်၏ အဖြေများကို ဖတ်ခွင့် ရှိပါသည်။
safety-help-send = ပို့မည်
safety-help-privacy = သင့်ဆက်သွယ်ရန် အချက်အလက်ကို လျှို့ဝှက်ကုဒ်ပြောင်း (encrypt) ပြီး သင့်အဖြေများနှင့် သီးခြားစီ သိမ်းထားပါသည်။
safety-help-contact-missing = သင့်ကို မည်သို့ ဆက်သွယ်ရမည်ကို ရေးပါ။
safety-help-contact-invalid = ဤဆက်သွယ်ရန် အချက်အလက် မှန်ကန်ပုံ မပေါ်ပါ။ ပြန်စစ်ကြည့်ပါ။
safety-help-done = ကျေးဇူးတင်ပါသည်။ အကြံပေးတစ်ဦးက ပုံမှန်အားဖြင့် အလုပ်ဖွင့်ရက် 2 ရက်အတွင်း (အင်္ဂါနေ့မှ စနေနေ့) သင့်ကို ဆက်သွယ်ပါမည်။
safety-back-to-result = ကျွန်ုပ်၏ ရလဒ်သို့ ပြန်သွားမည်

## အဓမ္မလုပ်အား ခိုင်းစေခြင်း၏ ILO လက္ခဏာများ
indicator-abuse-of-vulnerability = အားနည်းချက်ကို အခွင့်ကောင်းယူခြင်း
indicator-deception = လိမ်လည်လှည့်ဖြားခြင်း
indicator-restriction-of-movement = သွားလာလှုပ်ရှားခွင့်ကို ကန့်သတ်ခြင်း
indicator-isolation = အခြားသူများနှင့် အဆက်အသွယ် ဖြတ်ထားခြင်း
indicator-physical-sexual-violence = ကိုယ်ထိလက်ရောက်နှင့် လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်မှု
indicator-intimidation-threats = ခြိမ်းခြောက်ခြင်းနှင့် ကြောက်အောင် လုပ်ခြင်း
indicator-retention-of-documents = ကိုယ်ရေးသက်သေခံ စာရွက်စာတမ်းများကို သိမ်းထားခြင်း
indicator-withholding-of-wages = လုပ်ခလစာ ထိန်းထားခြင်း
indicator-debt-bondage = ကြွေးမြီဖြင့် ချုပ်နှောင်ခြင်း
indicator-abusive-conditions = မတရားသော အလုပ်နှင့် နေထိုင်မှု အခြေအနေများ
indicator-excessive-overtime = အချိန်ပို အလွန်အကျွံ လုပ်ခိုင်းခြင်း

## အတွင်းရေးမှူးရုံး
safety-admin-title = ဘေးကင်းရေး မေးခွန်းစု
safety-admin-section = မေးခွန်းများကို ကြည့်ရန်၊ မည်သည့်ဘာသာစကားတွင် မည်သည့်စာသား လိုနေသည်ကို ကြည့်ရန်နှင့် ဗားရှင်းအသစ် ထုတ်ဝေရန်။
safety-admin-versions = ဗားရှင်းများ
safety-admin-translations = ဘာသာစကားအလိုက် လိုနေသော စာသားများ (ဖွင့်လျှင် အစမ်းကြည့်ရှုနိုင်သည်)
safety-admin-questions = လက်ရှိဗားရှင်း၏ မေးခွန်းများ
safety-admin-col-id = မေးခွန်း
safety-admin-col-section = အပိုင်း
safety-admin-col-severity = ပြင်းထန်မှု
safety-admin-col-indicators = ILO လက္ခဏာများ
safety-admin-col-rule = ဂျပန် စည်းမျဉ်း
safety-admin-new-version = ဗားရှင်းအသစ် ထုတ်ဝေရန်
safety-admin-download = လက်ရှိဗားရှင်းကို တည်းဖြတ်ရန် ဖိုင်တစ်ခုတည်းအဖြစ် ဒေါင်းလုဒ်ဆွဲပါ
safety-admin-upload = တည်းဖြတ်ထားသော မေးခွန်းစု ဖိုင် (TOML)
safety-admin-check-publish = စစ်ဆေးပြီး ထုတ်ဝေမည်
safety-admin-invalid = ဘာမှ မပြောင်းလဲရသေးပါ။ ဤပြဿနာများကို အရင် ပြင်ပါ -
safety-admin-published = ဗားရှင်း { $version } ကို ထုတ်ဝေပြီးပါပြီ။ အဖြေအသစ်များက ၎င်းကို သုံးပါမည်။ ယခင်အဖြေများသည် ၎င်းတို့၏ ဗားရှင်းအတိုင်း ရှိနေပါမည်။
safety-admin-preview = { $language } ဖြင့် အစမ်းကြည့်ရန်
safety-admin-missing-text = ဤစာသားသည် ဤဘာသာစကားဖြင့် မရှိသေးပါ။ အင်္ဂလိပ်စာကို ပြထားပါသည်။
safety-admin-counts = တစ်ရက်ချင်း အသုံးပြုမှု
safety-admin-audio = အသံသွင်းထားသော မေးခွန်းများ
safety-admin-audio-file = အသံဖိုင် (MP3၊ M4A၊ Ogg သို့မဟုတ် WebM၊ 3 MB အထိ)
safety-admin-help-requests = အကူအညီ တောင်းဆိုမှု စုစုပေါင်း { $count } ခု
safety-admin-visits = ဝင်ရောက်ကြည့်ရှုမှု
safety-admin-starts = စတင်သူ
safety-admin-completions = ပြီးဆုံးသူ
safety-admin-help = အကူအညီ တောင်းသူ
safety-name-recruiters = သင့်ကို ဘယ်သူ စုဆောင်းခဲ့သလဲ။ ပြောပြပါ (အမည်မဖော်ပါ)
safety-fee-ledger = သင်ပေးခဲ့ရသော အခကြေးငွေများကို မှတ်တမ်းတင်ပါ
