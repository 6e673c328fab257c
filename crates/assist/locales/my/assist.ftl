## အလုပ်သမားဘက်မှ စာမျက်နှာ
assist-title = အကူအညီ တောင်းပါ
assist-intro = Hiroba ၏ အကြံပေးများထံ သင့်ဘာသာစကားဖြင့် စာရေးပါ။ အလုပ်ခွင်ပြဿနာများ၊ နေထိုင်ခွင့် အမျိုးအစားနှင့် နေ့စဉ်ဘဝဆိုင်ရာ ပြဿနာများအတွက် အခမဲ့ ကူညီပေးပါသည်။ သင့်အလုပ်ရှင်ကို အသိမပေးပါ။
assist-hours = အကြံပေးများက အင်္ဂါနေ့မှ စနေနေ့အထိ 10:00 မှ 18:00 အထိ (ဂျပန်စံတော်ချိန်) ပြန်ဖြေပါသည်။ အခြားအချိန်တွင် စာရေးလျှင် နောက်အလုပ်ဖွင့်ရက်တွင် ပြန်ဖြေပါမည်။
assist-name = အမည် သို့မဟုတ် နာမည်ပြောင်
assist-name-hint = မဖြည့်လည်း ရပါသည်။ နာမည်ပြောင် ဖြစ်လည်း ရပါသည်။
assist-contact = သင့်ကို မည်သို့ ဆက်သွယ်ရမည်နည်း။
assist-contact-hint = အီးမေးလ်လိပ်စာ၊ ဖုန်းနံပါတ် သို့မဟုတ် သင့် LINE သို့မဟုတ် Facebook အမည်။
assist-message = သင့်မက်ဆေ့ချ်
assist-consent = ကျွန်ုပ်ကို ကူညီနိုင်ရန် ကျွန်ုပ်ရေးသားသည့်အရာများကို Hiroba က လျှို့ဝှက်ကုဒ်ပြောင်း (encrypt) ၍ သိမ်းထားခြင်းကို သဘောတူပါသည်။ ဖျက်ပေးရန် တောင်းဆိုနိုင်ပါသည်။
assist-consent-needed = သင့်မက်ဆေ့ချ်ကို သိမ်းထားနိုင်ရန် သဘောတူကြောင်း အကွက်ကို အမှန်ခြစ်ပါ။
assist-send = ပို့မည်
assist-sent = ကျေးဇူးတင်ပါသည်။ သင့်မက်ဆေ့ချ် အကြံပေးများထံ ရောက်ရှိသွားပါပြီ။
assist-case-number = တိုင်ပင်မှု နံပါတ်
assist-passphrase = လျှို့ဝှက်စကားစု
assist-keep-these = ဤအချက်နှစ်ခုကို ချရေးထားပါ သို့မဟုတ် screenshot ရိုက်ထားပါ။ ၎င်းတို့ ရှိလျှင် အကောင့်မရှိဘဲ ဤနေရာတွင် အဖြေကို ဖတ်နိုင်ပါသည်။ အခြားမည်သူမျှ သင့်တိုင်ပင်မှုကို ဖွင့်၍ မရပါ။
assist-follow = ကျွန်ုပ်၏ တိုင်ပင်မှုကို ဖွင့်မည်
assist-have-case = တိုင်ပင်မှု နံပါတ် ရှိပြီးသားပါ
assist-case-title = သင့်တိုင်ပင်မှု
assist-open-case = ဖွင့်မည်
assist-case-not-found = တိုင်ပင်မှု နံပါတ် သို့မဟုတ် လျှို့ဝှက်စကားစု မှားနေပါသည်။
assist-message-missing = မက်ဆေ့ချ် ရေးပါ။
assist-contact-missing = သင့်ကို မည်သို့ ဆက်သွယ်ရမည်ကို ပြောပြပါ။
assist-too-long = စာသား ရှည်လွန်းပါသည်။
assist-from-worker = သင်
assist-from-counsellor = အကြံပေး
assist-from-note = အတွင်းပိုင်း မှတ်စု

## အခြေအနေနှင့် ဆက်သွယ်ရာ နည်းလမ်းများ
assist-status-new = အသစ်
assist-status-open = ဆောင်ရွက်နေဆဲ
assist-status-waiting-worker = အလုပ်သမား၏ အကြောင်းပြန်ချက်ကို စောင့်နေသည်
assist-status-waiting-referral = လွှဲပြောင်းပေးမှုကို စောင့်နေသည်
assist-status-resolved = ဖြေရှင်းပြီး
assist-status-closed = ပိတ်ပြီး
assist-channel-web = ဝက်ဘ်ဖောင်
assist-channel-safety = ဘေးကင်းရေး စစ်ဆေးမှု
assist-channel-email = အီးမေးလ်
assist-channel-phone = ဖုန်း
assist-channel-visit = ရုံးသို့ လာရောက်ခြင်း

## အကြံပေးများ
assist-inbox-title = တိုင်ပင်မှု ဝင်စာပုံး
assist-admin-section = အကြံပေးများ အတူတကွ ကိုင်တွယ်သော တိုင်ပင်မှုစာရင်း ဖြစ်ပြီး အကြာဆုံး စောင့်နေရသည့်အရာကို ထိပ်ဆုံးတွင် ပြထားပါသည်။
assist-imported = ဘေးကင်းရေး စစ်ဆေးမှုမှ အကူအညီ တောင်းဆိုမှုအသစ် { $count } ခုကို ထည့်သွင်းပြီးပါပြီ။
assist-filter-language = ဘာသာစကား
assist-filter-status = အခြေအနေ
assist-filter = စစ်ထုတ်မည်
assist-all = အားလုံး
assist-col-language = ဘာသာစကား
assist-col-channel = ဆက်သွယ်ရာ နည်းလမ်း
assist-col-status = အခြေအနေ
assist-col-waiting = စောင့်ဆိုင်းစ အချိန်
assist-col-assignee = တာဝန်ယူ အကြံပေး
assist-read-logged = ဤတိုင်ပင်မှုကို ဖွင့်ကြည့်ခြင်းကို စစ်ဆေးရေး မှတ်တမ်းတွင် မှတ်တမ်းတင်ပြီးပါပြီ။
assist-claim = ဤတိုင်ပင်မှုကို တာဝန်ယူမည်
assist-save = သိမ်းမည်
assist-reply = အလုပ်သမားထံ ပြန်စာ ပို့ရန်
assist-internal-note = အတွင်းပိုင်း မှတ်စု (အလုပ်သမား မမြင်ရပါ)

## တိုင်ပင်မှုများနှင့် စာရင်းအင်း
assist-messages = မက်ဆေ့ချ်များ
assist-consultations = တိုင်ပင်မှုများ
assist-log-consultation = ဖုန်းခေါ်ဆိုမှု၊ ရုံးသို့ လာရောက်မှု သို့မဟုတ် ညှိနှိုင်းဆောင်ရွက်မှု တစ်ခုကို မှတ်တမ်းတင်ရန်
assist-col-when = အချိန်
assist-col-kind = အမျိုးအစား
assist-col-minutes = မိနစ်
assist-col-issues = ကိစ္စရပ်များ
assist-col-count = အရေအတွက်
assist-kind-contact = ဆက်သွယ်မှု
assist-kind-coordination = ညှိနှိုင်းဆောင်ရွက်မှု
assist-consultation-invalid = အမျိုးအစား၊ ဆက်သွယ်ရာ နည်းလမ်း၊ မိနစ်နှင့် ကိစ္စရပ်များကို စစ်ဆေးပါ။
assist-statistics-title = စာရင်းအင်း
assist-period-from = စတင်ရက်
assist-period-to = ပြီးဆုံးရက်
assist-period-invalid = ကာလကို ရက်စွဲ နှစ်ခုဖြင့် ဖော်ပြပါ။ ပထမရက်စွဲသည် ဒုတိယရက်စွဲထက် နောက်ကျ၍ မရပါ။
assist-download-csv = CSV အဖြစ် ဒေါင်းလုဒ်လုပ်ရန်
assist-stat-people = တိုင်ပင်ခဲ့သူ ဦးရေ
assist-stat-consultations = တိုင်ပင်မှု အကြိမ်ရေ
assist-stat-issues = ကိစ္စရပ် အရေအတွက်
assist-by-type = အမျိုးအစားအလိုက် ကိစ္စရပ်များ
assist-by-language = ဘာသာစကားအလိုက် တိုင်ပင်မှုများ
issue-residency = နေထိုင်ခွင့်
issue-residency-entry-exit = ဂျပန်နိုင်ငံသို့ ဝင်ရောက်ခြင်းနှင့် ထွက်ခွာခြင်း
issue-residency-change-status = နေထိုင်ခွင့် အမျိုးအစား ပြောင်းလဲခြင်း
issue-residency-other = နေထိုင်ခွင့် အမျိုးအစားနှင့် အခြားကိစ္စများ
issue-residency-unspecified = နေထိုင်ခွင့် (အသေးစိတ် မဖော်ပြထား)
issue-lifestyle = နေ့စဉ်ဘဝ
issue-lifestyle-domestic = မိသားစုရေးရာ ပြဿနာများ
issue-lifestyle-consumer-housing-phone = စားသုံးသူဆိုင်ရာ ပြဿနာများ၊ နေအိမ်၊ ဖုန်းစာချုပ်
issue-lifestyle-civil = တရားမမှုများ
issue-labour = အလုပ်အကိုင်
issue-labour-termination = အလုပ်ခန့်အပ်မှု စာချုပ် ရပ်စဲခြင်း
issue-labour-wages = လုပ်ခလစာ
issue-labour-harassment = နှောင့်ယှက်မှုနှင့် လူမှုဆက်ဆံရေး
issue-labour-other-conditions = အခြား အလုပ်လုပ်ကိုင်မှု အခြေအနေများ
issue-labour-unspecified = အလုပ်အကိုင် (အသေးစိတ် မဖော်ပြထား)
issue-medical-welfare = ဆေးဘက်ဆိုင်ရာ စောင့်ရှောက်မှုနှင့် လူမှုဝန်ထမ်း
issue-education = ပညာရေး
issue-tax-social-security = အခွန်နှင့် လူမှုဖူလုံရေး
issue-other = အခြား

## မှတ်တမ်းဟောင်းများ တင်သွင်းခြင်း
assist-import-title = မှတ်တမ်းဟောင်းများ တင်သွင်းရန်
assist-import-format = တိုင်ပင်မှု တစ်ခုလျှင် အတန်း တစ်တန်းစီ ပါပြီး ဤခေါင်းစီး (header) ပါသော CSV ဖိုင် ဖြစ်ရပါမည်။ ရက်စွဲများကို YYYY-MM-DD ပုံစံဖြင့် ရေးပါ။ ကိစ္စရပ်များကို semicolon (;) ဖြင့် ခြားထားသော ကုဒ်များဖြင့် ရေးပါ။
assist-import-problems = မည်သည့်အရာကိုမျှ မတင်သွင်းရသေးပါ။ အောက်ပါ အတန်းများကို ပြင်ဆင်ပေးပါ:
assist-import-line = အတန်း { $line }:
assist-import-clean = ဖိုင်တွင် အမှား မရှိပါ။ အတန်း { $count } တန်းကို တင်သွင်းနိုင်ပါသည်။ တင်သွင်းရန် စမ်းသပ်စစ်ဆေးမှုကို မရွေးဘဲ ထပ်မံ ပို့ပါ။
assist-import-done = လူ { $people } ဦး၏ တိုင်ပင်မှု { $count } ခုကို တင်သွင်းပြီးပါပြီ။
assist-import-file = CSV ဖိုင်
assist-import-dry-run = စမ်းသပ်စစ်ဆေးမှု (စစ်ဆေးရုံသာ၊ မည်သည့်အရာကိုမျှ မတင်သွင်းပါ)
assist-import-submit = စစ်ဆေးမည် သို့မဟုတ် တင်သွင်းမည်

## သင့်ကိုယ်ရေးအချက်အလက် လုံခြုံမှုနှင့် နောက်ဆုံးမေးခွန်းများ
assist-reads-title = သင့်တိုင်ပင်မှုကို ဖတ်ခဲ့သူများ
assist-reads-none = သင့်တိုင်ပင်မှုကို မည်သူမျှ မဖွင့်ရသေးပါ။
assist-erase-text = သဘောတူညီချက်ကို ပြန်လည် ရုပ်သိမ်းနိုင်ပါသည်။ ထိုအခါ သင့်အမည်၊ ဆက်သွယ်ရန် အချက်အလက်နှင့် မက်ဆေ့ချ်အားလုံးကို ဖျက်ပါမည်။ စာရင်းအင်းတွင် အမည်မပါသော ကိန်းဂဏန်းများသာ ကျန်ပါမည်။ ဖျက်ပြီးလျှင် ပြန်ယူ၍ မရပါ။
assist-erase = ကျွန်ုပ်၏ အချက်အလက်များကို ဖျက်မည်
assist-outcome-solved = သင့်ပြဿနာ ဖြေရှင်းပြီးပြီလား။
assist-outcome-yes = ဟုတ်ကဲ့
assist-outcome-partly = တစ်စိတ်တစ်ပိုင်း
assist-outcome-no = မဟုတ်ပါ
assist-outcome-satisfaction = ရရှိခဲ့သော အကူအညီအပေါ် မည်မျှ ကျေနပ်ပါသလဲ။ (1 = လုံးဝ မကျေနပ်ပါ၊ 5 = အလွန် ကျေနပ်ပါသည်)

## ခန့်မှန်းအချိန်နှင့် အကြောင်းကြားချက်များ
assist-next-step-new = အကြံပေးတစ်ဦးက ပုံမှန်အားဖြင့် အလုပ်ဖွင့်ရက် 2 ရက်အတွင်း (အင်္ဂါနေ့မှ စနေနေ့အထိ) ပြန်ဖြေပါသည်။ အဖြေကို ဤစာမျက်နှာတွင် မြင်ရပါမည်။
assist-next-step-open = အကြံပေးတစ်ဦးက သင့်တိုင်ပင်မှုကို ဆောင်ရွက်နေပါသည်။ နောက်အဖြေကို ပုံမှန်အားဖြင့် အလုပ်ဖွင့်ရက် 5 ရက်အတွင်း ရရှိပါမည်။
assist-next-step-waiting-worker = အကြံပေးက သင့်အကြောင်းပြန်ချက်ကို စောင့်နေပါသည်။ အောက်တွင် ရေးပေးပါ။
assist-next-step-waiting-referral = သင့်တိုင်ပင်မှုကို အထူးပြု အဖွဲ့အစည်းတစ်ခုထံ လွှဲပြောင်းပေးထားပါသည်။ အဖြေကို ပုံမှန်အားဖြင့် အလုပ်ဖွင့်ရက် 10 ရက်အတွင်း ရရှိပါမည်။
assist-next-step-resolved = သင့်တိုင်ပင်မှုကို ဖြေရှင်းပြီးပါပြီ။ သင့်ပြဿနာ တကယ် ပြေလည်သွားခြင်း ရှိမရှိ အောက်တွင် ပြောပြပေးပါ။
assist-next-step-closed = သင့်တိုင်ပင်မှုကို ပိတ်လိုက်ပါပြီ။ အသစ်တစ်ခုခု ဖြစ်လာလျှင် ထပ်မံ စာရေးနိုင်ပါသေးသည်။
assist-overdue = သတ်မှတ်ချိန် ကျော်လွန်နေပြီ
assist-mail-reply-subject = Hiroba: သင့်တိုင်ပင်မှု { $number } တွင် အဖြေ ရှိပါသည်
assist-mail-reply-body =
    မင်္ဂလာပါ၊

    အကြံပေးတစ်ဦးက သင့်တိုင်ပင်မှု { $number } တွင် အဖြေ ပေးထားပါသည်။ ဖတ်ရန် ဤစာမျက်နှာကို ဖွင့်ပြီး သင့်တိုင်ပင်မှု နံပါတ်နှင့် လျှို့ဝှက်စကားစုကို ထည့်ပါ -

    { $link }

    သင့်ကိုယ်ရေးအချက်အလက် လုံခြုံစေရန် ဤအီးမေးလ်တွင် အဖြေ မပါဝင်ပါ။

    Hiroba

## လွှဲပြောင်းပေးမှု၊ ADR၊ အသင့်ပြန်စာများ
assist-directory-title = အဖွဲ့အစည်း လမ်းညွှန်နှင့် အသင့်ပြန်စာများ
assist-directory-invalid = အမည်ကို ဖြည့်ပြီး အမျိုးအစားကို ရွေးပါ။ စာသားများ ရှည်လွန်း၍ မရပါ။
assist-org-name = အဖွဲ့အစည်း
assist-org-kind = အမျိုးအစား
assist-org-languages = ဘာသာစကားများ
assist-org-area = ဒေသ
assist-org-contact = ဆက်သွယ်ရန်
assist-org-add = အဖွဲ့အစည်း ထည့်မည်
assist-org-kind-lawyer = ရှေ့နေ
assist-org-kind-scrivener = အုပ်ချုပ်ရေးဆိုင်ရာ စာတမ်းရေးသားသူ (gyōsei shoshi)
assist-org-kind-interpreter = စကားပြန်
assist-org-kind-support-group = အကူအညီပေးရေး အဖွဲ့
assist-org-kind-local-government = ဒေသန္တရ အစိုးရ
assist-referrals = လွှဲပြောင်းပေးမှုနှင့် အကူအညီ
assist-attendant = လိုက်ပါ ကူညီမှု (ရှုပ်ထွေးသော ကိစ္စတွင် အကြံပေးက အလုပ်သမားနှင့်အတူ လိုက်ပါပေးသည်)
assist-refer-to = လွှဲပြောင်းပေးမည့် နေရာ
assist-refer = လွှဲပြောင်းပေးမည်
assist-referral-outcome = လွှဲပြောင်းပေးမှု ရလဒ်
assist-referral-pending = စောင့်ဆိုင်းဆဲ
assist-referral-accepted = လက်ခံပြီး
assist-referral-declined = ငြင်းပယ်ပြီး
assist-referral-completed = ပြီးဆုံးပြီး
assist-adr-title = ADR (ရှေ့နေအသင်း၏ အငြင်းပွားမှု ဖြေရှင်းရေး)
assist-adr-worker-mediator = အလုပ်သမားဘက်မှ ဖျန်ဖြေသူ
assist-adr-employer-mediator = အလုပ်ရှင်ဘက်မှ ဖျန်ဖြေသူ
assist-adr-interpreter = စကားပြန်
assist-adr-hearings = ကြားနာမည့် ရက်များ
assist-adr-documents = စာရွက်စာတမ်းများ (ဘာသာစကား နှစ်မျိုးလုံးဖြင့်)
assist-adr-outcome = ရလဒ်
assist-canned-title = အသင့်ပြန်စာများ
assist-canned-name = အမည်
assist-canned-text = စာသား
assist-canned-send = ဤပြန်စာကို ပို့မည်
assist-closed-now = ယခု အကြံပေးများ အလုပ်ချိန် မဟုတ်ပါ။ { $time } (ဂျပန်စံတော်ချိန်) မှစ၍ သင့်စာကို ဖတ်ပါမည်။
assist-mail-opened-subject = [{ $number }] Hiroba သည် သင့်စာကို လက်ခံရရှိပါပြီ
assist-mail-opened-body =
    မင်္ဂလာပါ။

    သင့်စာသည် Hiroba ၏ အကြံပေးများထံ ရောက်ရှိပါပြီ။ သင့်တိုင်ပင်မှု နံပါတ်မှာ { $number } ဖြစ်ပြီး လျှို့ဝှက်စကားစုမှာ { $passphrase } ဖြစ်ပါသည်။

    ထပ်မံ ရေးလိုပါက ဤအီးမေးလ်ကို ပြန်စာ ပို့ပါ (ခေါင်းစဉ်ရှိ { $number } ကို မဖျက်ပါနှင့်)၊ သို့မဟုတ် အဖြေများကို ဤနေရာတွင် ဖတ်ပါ-

    { $link }

    Hiroba
assist-filter-mine = ကျွန်ုပ်၏ တိုင်ပင်မှုများသာ
assist-new-case = တိုင်ပင်မှု အသစ် (ဖုန်း သို့မဟုတ် လာရောက်မှု)
assist-new-case-done = တိုင်ပင်မှုကို ဖွင့်ပြီးပါပြီ။ အွန်လိုင်းတွင် ဆက်လက်ကြည့်ရှုနိုင်ရန် တိုင်ပင်မှု နံပါတ်နှင့် လျှို့ဝှက်စကားစုကို ထိုသူအား ဖတ်ပြပါ။
assist-summary = တိုင်ပင်မှု အကျဉ်းချုပ်
assist-stat-outcomes = ပိတ်သိမ်းချိန် အဖြေများ
assist-stat-satisfaction = ပျမ်းမျှ ကျေနပ်မှု- 5 တွင် { $average }
assist-download-xlsx = Excel (XLSX) ဖြင့် ဒေါင်းလုဒ်လုပ်ရန်
assist-site = အလုပ်ခွင် ကုဒ် (ရှိလျှင်)
assist-site-hint = မဖြည့်လည်း ရပါသည်။ ကုမ္ပဏီက ပေးထားသော ကုဒ် ဖြစ်သည်။ သင့်စာအကြောင်း အလုပ်ရှင်ကို ဘယ်တော့မှ မပြောပါ။
assist-site-unknown = ဤကုဒ်ကို ကျွန်ုပ်တို့ မသိပါ။ စစ်ဆေးပါ သို့မဟုတ် အလွတ်ထားပါ။

## အတွင်းရေးမှူးရုံး၏ ပြဿနာအမျိုးအစား တည်းဖြတ်စာမျက်နှာ
taxonomy-title = ပြဿနာ အမျိုးအစားများ
taxonomy-admin-section = တိုင်ပင်ဆွေးနွေးမှုများကို ခွဲခြားရေတွက်ရာတွင် သုံးသော ပြဿနာအမျိုးအစားများကို တိုးချဲ့ပါ။
taxonomy-intro = တိုင်ပင်ဆွေးနွေးမှုများကို ဤအမျိုးအစားများဖြင့် ခွဲခြားသည်။ အမျိုးအစားအသစ် သို့မဟုတ် ၎င်းအတွင်းရှိ အမျိုးအစားခွဲကို ဘာသာစကားတစ်ခုစီဖြင့် အမည်နှင့်အတူ ထည့်နိုင်သည်။ အသုံးပြုပြီးသော အမျိုးအစားကို ရပ်ဆိုင်းရုံသာ ရပါသည်။ ယခင်စာရင်းဇယားများတွင် ကျန်ရှိမည်။
taxonomy-col-type = အမျိုးအစား
taxonomy-col-code = ကုဒ်
taxonomy-col-used = တိုင်ပင်မှု အရေအတွက်
taxonomy-col-actions = လုပ်ဆောင်ချက်များ
taxonomy-retired = ရပ်ဆိုင်းထားသည်
taxonomy-custom = အတွင်းရေးမှူးရုံးက ထည့်သည်
taxonomy-retire = ရပ်ဆိုင်းမည်
taxonomy-restore = ပြန်လည်အသုံးပြုမည်
taxonomy-delete = ဖျက်မည်
taxonomy-edit-labels = အမည်များ ပြင်မည်
taxonomy-add = အမျိုးအစား ထည့်မည်
taxonomy-parent = အောက်ရှိ
taxonomy-top-level = အဓိကအမျိုးအစား အသစ်
taxonomy-code-help = အင်္ဂလိပ်စာလုံးအသေး၊ ဂဏန်းနှင့် တုံးတို (-) ဖြင့် စာလုံး ၃ မှ ၄၈ လုံး၊ ဥပမာ labour-overtime။ နောက်မှ ပြောင်း၍မရပါ။
taxonomy-labels = အမည်များ
taxonomy-labels-help = အင်္ဂလိပ်နှင့် ဂျပန် မဖြစ်မနေ လိုအပ်သည်။ အလွတ်ထားသော ဘာသာစကားတွင် အင်္ဂလိပ်အမည်ကို ပြမည်။
taxonomy-code-invalid = ကုဒ်သည် အင်္ဂလိပ်စာလုံးအသေး၊ ဂဏန်းနှင့် တုံးတိုတစ်ခုစီဖြင့် စာလုံး ၃ မှ ၄၈ လုံး ဖြစ်ရမည်။
taxonomy-code-taken = ထိုကုဒ်ကို သုံးပြီးဖြစ်သည်။ အခြားကုဒ်တစ်ခု ရွေးပါ။
taxonomy-parent-invalid = အသုံးပြုဆဲ အဓိကအမျိုးအစားတစ်ခုကို ရွေးပါ။
taxonomy-label-missing = အနည်းဆုံး အင်္ဂလိပ်နှင့် ဂျပန်ဘာသာဖြင့် အမည်ရေးပါ။
taxonomy-label-too-long = အမည်သည် စာလုံး ၁၂၀ ထက် မပိုရပါ။
taxonomy-builtin = မူလပါရှိသော အမျိုးအစားများကို ဘာသာပြန်ဖိုင်တွင် စီမံသဖြင့် ဤနေရာတွင် ပြင်၍မရပါ။
taxonomy-not-found = ထိုအမျိုးအစား မရှိပါ။
taxonomy-in-use = ဤအမျိုးအစားကို သုံးထားသော တိုင်ပင်မှု သို့မဟုတ် အမျိုးအစားခွဲ ရှိသဖြင့် ဖျက်၍မရပါ။ ရပ်ဆိုင်းပါ။
taxonomy-invalid = တောင်းဆိုချက်ကို နားမလည်ပါ။ ဘာမျှ မပြောင်းလဲပါ။

## အလုပ်သမား၏ အမှုစာမျက်နှာရှိ push အသိပေးချက်
assist-push-text = အကြံပေးသူ ပြန်ဖြေသည့်အခါ ဤဖုန်းသို့ အသိပေးချက် ရောက်မည်။ ပြန်စာ ရှိကြောင်းသာ ပြောမည်၊ အကြောင်းအရာကို ဘယ်တော့မှ မပြပါ။
assist-push-on = ဤဖုန်းသို့ အသိပေးပါ
assist-push-off = ဤဖုန်းသို့ အသိပေးခြင်း ရပ်ပါ
assist-push-done = ဤဖုန်းတွင် အသိပေးချက်များ ဖွင့်ထားသည်။
assist-push-stopped = ဤဖုန်းတွင် အသိပေးချက်များ ပိတ်ထားသည်။
assist-push-failed = အသိပေးချက်ကို သတ်မှတ်၍ မရပါ။ ဤဘရောက်ဇာတွင် အသိပေးချက်များ ပြခွင့်ရှိမရှိ စစ်ဆေးပါ။
assist-push-invalid = ဤဘရောက်ဇာ၏ အသိပေးချက် အချက်အလက်ကို လက်မခံပါ။ ဘာမျှ မပြောင်းလဲပါ။
assist-push-title = Hiroba
assist-push-reply = အကြံပေးသူက သင့်ကို ပြန်ဖြေထားသည်။ ဖတ်ရန် သင့်အမှုကို ဖွင့်ပါ။
