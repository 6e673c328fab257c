members-title = အဖွဲ့ဝင်များ
members-intro = စီးပွားရေးလုပ်ငန်းများ၊ အသင်းအဖွဲ့များ၊ ကြီးကြပ်ရေးနှင့် ပံ့ပိုးကူညီရေး အဖွဲ့အစည်းများ၊ ပို့လွှတ်ရေးနှင့် အလုပ်သမားစုဆောင်းရေး အဖွဲ့အစည်းများ၊ ဒေသန္တရ အစိုးရများ၊ သံရုံးများ၊ ဥပဒေပညာရှင်များ၊ NPO နှင့် NGO များ၊ သုတေသီများနှင့် တစ်ဦးချင်းများသည် ရွှေ့ပြောင်းအလုပ်သမားများ၏ အခွင့်အရေးများကို ကာကွယ်ရန် ဤကွန်ရက်တွင် အတူတကွ ပူးပေါင်းဆောင်ရွက်ကြပါသည်။ အဖွဲ့ဝင်များသည် တစ်ဦးထံမှ တစ်ဦး သင်ယူကြပြီး မိမိတို့ လုပ်ဆောင်နေသည်များကို မျှဝေကာ အလုပ်ရုံဆွေးနွေးပွဲများနှင့် ဟောပြောပွဲများတွင် ပါဝင်ကြပါသည်။
members-apply = အဖွဲ့ဝင်အဖြစ် လျှောက်ထားရန်
members-total = အဖွဲ့အစည်းနှင့် တစ်ဦးချင်း { $count }
members-category = အမျိုးအစား
members-count = အဖွဲ့ဝင်များ
members-code-title = ကျင့်ဝတ်စည်းမျဉ်း
members-code-1 = ကျွန်ုပ်တို့သည် ရွှေ့ပြောင်းအလုပ်သမားများနှင့် ၎င်းတို့၏ မိသားစုများ၏ လူ့အခွင့်အရေးကို လေးစားပြီး အဓမ္မလုပ်အား ခိုင်းစေမှု၊ လူကုန်ကူးမှု သို့မဟုတ် ခွဲခြားဆက်ဆံမှုတွင် ဘယ်တော့မျှ မပါဝင်ပါ။
members-code-2 = ကျွန်ုပ်တို့သည် အလုပ်ရှင်က ပေးချေသည့်မူ (employer pays principle) ဆီသို့ ဦးတည်ဆောင်ရွက်ပါသည်။ အလုပ်သမားများသည် အလုပ်ခန့်ထားရေး ကြေးများ သို့မဟုတ် ဆက်စပ်ကုန်ကျစရိတ်များကို မပေးရပါ။
members-code-3 = ကျွန်ုပ်တို့သည် အလုပ်သမားများ၏ ကိုယ်ရေးအချက်အလက်များကို ကာကွယ်ပြီး ကွန်ရက်ကို ရောင်းချရန် သို့မဟုတ် ကြော်ငြာရန် ဘယ်တော့မျှ အသုံးမပြုပါ။
members-code-4 = ကျွန်ုပ်တို့သည် နှစ်စဉ်အစီအစဉ်နှင့် နှစ်ဝက်တစ်ကြိမ် အစီရင်ခံစာများဖြင့် မိမိတို့၏ လှုပ်ရှားမှုများကို ရိုးသားစွာ မျှဝေပြီး အခြားအဖွဲ့ဝင်များထံမှ သင်ယူပါသည်။
members-code-5 = ကျွန်ုပ်တို့သည် ရွှေ့ပြောင်းအလုပ်သမားများ၏ စကားကို နားထောင်ပြီး အကြံဉာဏ်နှင့် ကုစားမှု ရရှိနိုင်ရန် ကူညီပါသည်။
members-practices-title = ကောင်းမွန်သော လုပ်ဆောင်ချက်များ
members-status-applied = သင့်လျှောက်လွှာသည် အတွင်းရေးမှူးရုံး၏ စိစစ်မှုကို စောင့်နေပါသည်။
members-status-more-info = အတွင်းရေးမှူးရုံးက အချက်အလက် ထပ်မံ တောင်းထားပါသည်။
members-status-approved = သင်သည် အဖွဲ့ဝင် ဖြစ်ပါသည်။
members-status-refused = လျှောက်လွှာကို လက်မခံပါ။
members-home-title = အဖွဲ့ဝင်များ စာမျက်နှာ
members-choose = ရွေးပါ…
members-category-business = စီးပွားရေးလုပ်ငန်းများ
members-category-association = စက်မှုလုပ်ငန်း အသင်းအဖွဲ့များ
members-category-supervising = ကြီးကြပ်ရေးအဖွဲ့အစည်းများ (kumiai) နှင့် မှတ်ပုံတင်ထားသော ပံ့ပိုးကူညီရေးအဖွဲ့အစည်းများ
members-category-sending = ပို့လွှတ်ရေး အဖွဲ့အစည်းများ (sending organization)
members-category-recruiting = အလုပ်သမားစုဆောင်းရေး ကုမ္ပဏီများ
members-category-local-government = ဒေသန္တရ အစိုးရများ
members-category-embassy = သံရုံးများ
members-category-legal = ရှေ့နေများ၊ အုပ်ချုပ်ရေးဆိုင်ရာ စာတမ်းရေးသားသူများ (gyōsei shoshi)၊ အလုပ်သမားနှင့် လူမှုဖူလုံရေး အကြံပေးများ (sharōshi)
members-category-npo = NPO နှင့် NGO များ
members-category-researcher = သုတေသီများ
members-category-individual = အခြား တစ်ဦးချင်းများ
members-name = အဖွဲ့အစည်းအမည် (သို့မဟုတ် သင့်အမည်)
members-name-hint = အဖွဲ့ဝင်စာရင်းတွင် ပေါ်စေလိုသည့်အတိုင်း ရေးပါ။
members-contact-name = ဆက်သွယ်ရမည့်သူ
members-email = ဆက်သွယ်ရန် အီးမေးလ်
members-area = သင်ရှိသည့်နေရာ (ခရိုင်၊ မြို့ သို့မဟုတ် နိုင်ငံ)
members-website = ဝက်ဘ်ဆိုက် (မဖြစ်မနေမဟုတ်)
members-about = သင် ဘာလုပ်သလဲ၊ ဘာကြောင့် ပါဝင်လိုသလဲ
members-about-hint = စာကြောင်းအနည်းငယ်ဖြင့် ရေးပါ - ရွှေ့ပြောင်းအလုပ်သမားများနှင့် ပတ်သက်သည့် သင့်လုပ်ငန်းနှင့် ကွန်ရက်တွင် သင် လုပ်ဆောင်လိုသည့်အရာ။
members-agree = ကျင့်ဝတ်စည်းမျဉ်းကို ဖတ်ပြီး သဘောတူပါသည်။
members-send = ပို့ရန်
members-application-title = သင့် အဖွဲ့ဝင်လျှောက်လွှာ
members-messages = မှတ်တမ်း
members-action-applied = လျှောက်လွှာ ပို့ပြီး
members-action-resubmitted = ထပ်ပို့ပြီး
members-action-approved = အတည်ပြုပြီး
members-action-more-info = အချက်အလက် ထပ်တောင်းထားသည်
members-action-refused = လက်မခံပါ
members-answer = ဖြေပြီး ထပ်ပို့ရန်
members-answer-message = အတွင်းရေးမှူးရုံးသို့ သင့်အဖြေ
members-send-again = ထပ်ပို့ရန်
members-home-intro = ဤစာမျက်နှာကို အဖွဲ့ဝင်များသာ မြင်ရပါသည် - အခြားအဖွဲ့ဝင်များ မျှဝေရန် ရွေးထားသည့်အရာများနှင့် ကွန်ရက်၏ ကောင်းမွန်သော လုပ်ဆောင်ချက်များ။
members-reports-title = လှုပ်ရှားမှု အစီအစဉ်များနှင့် အစီရင်ခံစာများ
members-published-reports = အဖွဲ့ဝင်များ မျှဝေထားသည်များ
members-none-yet = ဘာမျှ မရှိသေးပါ။
members-practice-number = ကောင်းမွန်သော လုပ်ဆောင်ချက် အမှတ် { $number } -
members-kind-plan = နှစ်စဉ် လှုပ်ရှားမှု အစီအစဉ်
members-kind-report = နှစ်ဝက် လှုပ်ရှားမှု အစီရင်ခံစာ
members-report-kind-label = အမျိုးအစား
members-report-period-label = ကာလ
members-report-file = ဖိုင်
members-report-visibility = မည်သူ ဖတ်နိုင်သနည်း
members-report-published = အဖွဲ့ဝင်အားလုံး
members-report-private = သင်နှင့် အတွင်းရေးမှူးရုံး
members-report-new = အစီအစဉ် သို့မဟုတ် အစီရင်ခံစာ ပို့ရန်
members-report-period-hint = အစီအစဉ်အတွက် နှစ်ကို ရေးပါ၊ ဥပမာ 2026။ အစီရင်ခံစာအတွက် နှစ်ဝက်ကို ရေးပါ၊ ဥပမာ 2026-H1 (ဇန်နဝါရီမှ ဇွန်) သို့မဟုတ် 2026-H2။
members-report-body-label = သင် လုပ်ခဲ့သည့်အရာ သို့မဟုတ် လုပ်ရန် စီစဉ်ထားသည့်အရာ
members-report-file-hint = မဖြစ်မနေမဟုတ် - PDF၊ Word (.docx)၊ Excel (.xlsx) သို့မဟုတ် ပုံ၊ 10 MB အထိ။ ကာလတူအတွက် ထပ်ပို့လျှင် ယခင်တစ်ခုကို အစားထိုးပါမည်။
members-report-publish = အဖွဲ့ဝင်များ စာမျက်နှာတွင် အဖွဲ့ဝင်အားလုံးနှင့် မျှဝေရန်
members-admin-title = အဖွဲ့ဝင်များ
members-admin-section = အဖွဲ့ဝင် လျှောက်လွှာများ၊ အမျိုးအစားအလိုက် အဖွဲ့ဝင်ဇယားနှင့် ကောင်းမွန်သော လုပ်ဆောင်ချက်များ။
members-admin-total = အဖွဲ့ဝင် { $count } - အဖွဲ့အစည်း { $organisations } နှင့် တစ်ဦးချင်း { $individuals }
members-applications = လျှောက်လွှာများ
members-applied-on = လျှောက်သည့်ရက်
members-practice-new = ကောင်းမွန်သော လုပ်ဆောင်ချက်တစ်ခု ထုတ်ဝေရန်
members-practice-title-label = ခေါင်းစဉ်
members-practice-body-label = စာသား (Markdown)
members-practice-publish = နောက်နံပါတ်ဖြင့် ထုတ်ဝေရန်
members-code-agreed = ကျင့်ဝတ်စည်းမျဉ်းကို သဘောတူပြီး
members-decide = ဆုံးဖြတ်ချက်
members-decision = ဆုံးဖြတ်ချက်
members-decision-approve = အတည်ပြုရန်
members-decision-ask = အချက်အလက် ထပ်တောင်းရန်
members-decision-refuse = ငြင်းပယ်ရန်
members-decision-message = လျှောက်ထားသူထံ စာ
members-decision-message-hint = အချက်အလက် ထပ်တောင်းသည့်အခါ သို့မဟုတ် ငြင်းပယ်သည့်အခါ လိုအပ်ပါသည် - လျှောက်ထားသူသည် ၎င်းကို အီးမေးလ်နှင့် ၎င်း၏ လျှောက်လွှာစာမျက်နှာတွင် ဖတ်ရပါမည်။
members-error-category = အမျိုးအစားတစ်ခုကို ရွေးပါ။
members-error-name = အမည်နှင့် ဆက်သွယ်ရမည့်သူကို ရေးပါ။
members-error-email = မှန်ကန်သော အီးမေးလ်လိပ်စာကို ရိုက်ထည့်ပါ။
members-error-website = ဝက်ဘ်ဆိုက်သည် https:// သို့မဟုတ် http:// ဖြင့် စရပါမည်။
members-error-about = သင် ဘာလုပ်သည်ကို စာကြောင်းအနည်းငယ်ဖြင့် ပြောပြပါ (အနည်းဆုံး စာလုံး 20)။
members-error-code = ကျင့်ဝတ်စည်းမျဉ်းကို ဖတ်ပြီး သဘောတူကြောင်း အကွက်ကို အမှန်ခြစ်ပါ။
members-error-too-long = စာသားတစ်ခု ရှည်လွန်းပါသည်။
members-error-already-applied = ဤအကောင့်ဖြင့် လျှောက်ထားပြီး ဖြစ်ပါသည်။
members-error-not-editable = အတွင်းရေးမှူးရုံးက အချက်အလက် ထပ်တောင်းသည့်အခါမှသာ လျှောက်လွှာကို ပြင်နိုင်ပါသည်။
members-error-message = စာတစ်စောင် ရေးပါ - လျှောက်ထားသူသည် အကြောင်းရင်းကို သိရန် လိုပါသည်။
members-error-decided = ဤလျှောက်လွှာကို ဆုံးဖြတ်ပြီး ဖြစ်ပါသည်။
members-error-decision = ဆုံးဖြတ်ချက်တစ်ခုကို ရွေးပါ။
members-report-kind = အစီအစဉ် သို့မဟုတ် အစီရင်ခံစာကို ရွေးပါ။
members-report-period = ကာလသည် အစီအစဉ်အတွက် တစ်နှစ် (2026)၊ အစီရင်ခံစာအတွက် နှစ်ဝက် (2026-H1 သို့မဟုတ် 2026-H2) ဖြစ်ရမည်ဖြစ်ပြီး ယနေ့မှ သိပ်မဝေးရပါ။
members-report-body = အနည်းဆုံး စာကြောင်းအနည်းငယ် ရေးပါ (စာလုံး 20)။
members-report-attachment = ဖိုင်သည် PDF၊ Word (.docx)၊ Excel (.xlsx)၊ PNG သို့မဟုတ် JPEG ဖိုင် ဖြစ်ရပါမည်။
members-report-too-large = ဖိုင် သို့မဟုတ် စာသား ကြီးလွန်းပါသည် (အများဆုံး 10 MB)။
members-mail-approved-subject = ကြိုဆိုပါသည် - သင်၏ အဖွဲ့ဝင်ဖြစ်မှုကို အတည်ပြုပြီးပါပြီ
members-mail-approved-body =
    လေးစားအပ်ပါသော { $name }၊

    အတွင်းရေးမှူးရုံးက သင်၏ အဖွဲ့ဝင်ဖြစ်မှုကို အတည်ပြုပြီးပါပြီ။ { $message }

    အဖွဲ့ဝင်များ စာမျက်နှာ - { $link }

    Hiroba
members-mail-more-info-subject = သင်၏ အဖွဲ့ဝင်လျှောက်လွှာ - အချက်အလက် ထပ်မံ လိုအပ်ပါသည်
members-mail-more-info-body =
    လေးစားအပ်ပါသော { $name }၊

    အတွင်းရေးမှူးရုံးသည် သင်၏ လျှောက်လွှာနှင့် ပတ်သက်၍ အချက်အလက် ထပ်မံ လိုအပ်ပါသည် -

    { $message }

    ဤနေရာတွင် ဖြေဆိုပြီး ထပ်ပို့ပါ - { $link }

    Hiroba
members-mail-refused-subject = သင်၏ အဖွဲ့ဝင်လျှောက်လွှာ
members-mail-refused-body =
    လေးစားအပ်ပါသော { $name }၊

    အတွင်းရေးမှူးရုံးသည် သင်၏ လျှောက်လွှာကို လက်မခံနိုင်ပါ -

    { $message }

    { $link }

    Hiroba

## Newsletter
newsletter-title = သတင်းလွှာ
newsletter-unsubscribe-title = သတင်းလွှာ ရပ်ရန်
newsletter-unsubscribe-text = အဖွဲ့ဝင်များ၏ သတင်းလွှာကို အီးမေးလ်ဖြင့် နောက်ထပ် လက်ခံရရှိတော့မည် မဟုတ်ပါ။ မော်ကွန်း (ယခင် သတင်းလွှာများ) တွင်မူ ဆက်လက် ဖတ်နိုင်ပါသည်။
newsletter-unsubscribe-button = သတင်းလွှာကို ကျွန်ုပ်ထံ ထပ်မပို့ပါနှင့်
newsletter-unsubscribed = ပြီးပါပြီ - သင်သည် သတင်းလွှာကို နောက်ထပ် လက်ခံရရှိတော့မည် မဟုတ်ပါ။
newsletter-subject = ခေါင်းစဉ်
newsletter-body = စာသား (Markdown)
newsletter-audience = လက်ခံမည့်သူများ
newsletter-audience-all = အဖွဲ့ဝင်အားလုံး
newsletter-archive = မော်ကွန်းတွင် မည်သူ ဖတ်နိုင်သနည်း
newsletter-archive-members = အဖွဲ့ဝင်များသာ
newsletter-archive-public = မည်သူမဆို
newsletter-admin-title = သတင်းလွှာ
newsletter-admin-section = လစဉ် သတင်းလွှာကို ရေးသားရန်၊ အစမ်းကြည့်ရန်၊ အဖွဲ့ဝင်များထံ ပို့ရန်နှင့် ပို့ဆောင်မှုကို စောင့်ကြည့်ရန်။
members-status-label = အခြေအနေ
newsletter-status-draft = မူကြမ်း
newsletter-status-sending = ပို့နေသည်
newsletter-status-sent = ပို့ပြီး
newsletter-new = သတင်းလွှာ အသစ်
newsletter-save-draft = မူကြမ်း သိမ်းရန်
newsletter-delivery-queued = စောင့်နေသည်
newsletter-delivery-sending = ပို့နေသည်
newsletter-delivery-sent = ပို့ပြီး
newsletter-delivery-failed = မအောင်မြင်ပါ
newsletter-delivery-unknown = မသိရပါ
newsletter-unknown-hint = “မသိရပါ” - ဤအီးမေးလ်ကို ပို့နေစဉ် ပို့ဆောင်မှု ရပ်သွားခဲ့ပါသည်။ မည်သူမျှ နှစ်ကြိမ် မရစေရန် ထပ်မပို့ပါ။ လိုအပ်ပါက သက်ဆိုင်ရာ အဖွဲ့ဝင်ထံ မေးမြန်းပါ။
newsletter-preview = အစမ်းကြည့်ခြင်း
newsletter-send = ယခု ပို့ရန်
newsletter-edit = မူကြမ်း ပြင်ရန်
newsletter-mail-footer = သင်သည် Hiroba ကွန်ရက်၏ အဖွဲ့ဝင် ဖြစ်သောကြောင့် ဤသတင်းလွှာကို လက်ခံရရှိခြင်း ဖြစ်ပါသည်။ ရပ်လိုပါက - { $link }
newsletter-error-subject = ခေါင်းစဉ်နှင့် စာသားကို ရေးပါ။
newsletter-error-audience = မည်သူ လက်ခံမည်နှင့် မော်ကွန်းတွင် မည်သူ ဖတ်နိုင်မည်ကို ရွေးပါ။
newsletter-error-sent = ဤသတင်းလွှာကို ပို့ပြီး ဖြစ်ပါသည်။
newsletter-error-nobody = ဤသတင်းလွှာကို လက်ခံရရှိမည့် အဖွဲ့ဝင် မရှိပါ။

## Supporters
supporters-title = သင်၏ ကူညီပံ့ပိုးသူ လင့်ခ်
supporters-intro = ဤလင့်ခ်ကို ရွှေ့ပြောင်းအလုပ်သမားများနှင့် ၎င်းတို့၏ ပတ်ဝန်းကျင်ရှိ လူများထံ မျှဝေပါ။ ၎င်းသည် Hiroba ၏ အချက်အလက်များကို ၎င်းတို့၏ ကိုယ်ပိုင်ဘာသာစကားဖြင့် ဖတ်နိုင်သည့် နေရာသို့ ပို့ဆောင်ပေးပါသည်။ ဤလင့်ခ်မှတစ်ဆင့် လူမည်မျှ ရောက်လာသည်ကို သင် မြင်ရပါမည် - အရေအတွက်သာ ဖြစ်ပြီး မည်သူဖြစ်သည်ကို ဘယ်တော့မျှ မပြပါ။
supporters-your-link = သင်၏ ကိုယ်ပိုင် လင့်ခ်
supporters-qr = သင်၏ ကိုယ်ပိုင် လင့်ခ်၏ QR ကုဒ်
supporters-reach = မည်မျှ ရောက်ရှိခဲ့သနည်း
supporters-visits = ဝင်ရောက်ကြည့်ရှုမှု
supporters-registrations = အကောင့်ဖွင့်မှု
supporters-counts-only = အရေအတွက်ကိုသာ သိမ်းဆည်းပါသည် - လင့်ခ်မှတစ်ဆင့် ရောက်လာသူများအကြောင်း ဘာမျှ မသိမ်းဆည်းပါ။
supporters-awards = ကောင်းမွန်သော လုပ်ဆောင်ချက် ဆုများ
supporters-meetings = ကူညီပံ့ပိုးသူများ အစည်းအဝေးနှင့် အခြားပွဲများ
supporters-admin-title = ကူညီပံ့ပိုးသူများ
supporters-admin-section = ကူညီပံ့ပိုးသူများ၏ ညွှန်းဆိုလင့်ခ်များ (ဝင်ရောက်ကြည့်ရှုမှုနှင့် အကောင့်ဖွင့်မှု၊ အရေအတွက်သာ)၊ အစည်းအဝေးများနှင့် ကောင်းမွန်သော လုပ်ဆောင်ချက် ဆုများ။
supporters-name = ကူညီပံ့ပိုးသူ
supporters-award-new = ကောင်းမွန်သော လုပ်ဆောင်ချက် ဆုတစ်ခု မှတ်တမ်းတင်ရန်
supporters-award-title = ဆုချီးမြှင့်ရသည့် အကြောင်းရင်း
supporters-year = နှစ်
supporters-award-save = ဆုကို မှတ်တမ်းတင်ရန်
supporters-error-award = ကူညီပံ့ပိုးသူတစ်ဦးကို ရွေးပြီး ဆု၏ ခေါင်းစဉ်နှင့် နှစ်ကို ရေးပါ။
