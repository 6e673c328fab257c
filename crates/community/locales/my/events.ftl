events-title = ပွဲများ
events-intro = ကွန်ရက်၏ အလုပ်ရုံဆွေးနွေးပွဲများ၊ ဟောပြောပွဲများ၊ တွေ့ဆုံပွဲများ၊ ဖိုရမ်များနှင့် လေ့လာရေးခရီးများ ဖြစ်ပါသည်။ အတူတကွ သင်ယူရန်၊ ရွှေ့ပြောင်းအလုပ်သမားများနှင့် ၎င်းတို့ကို ကူညီပံ့ပိုးသူများနှင့် တွေ့ဆုံရန်နှင့် အောင်မြင်သော နည်းလမ်းများကို မျှဝေရန် ဖြစ်ပါသည်။
events-none = လောလောဆယ် စီစဉ်ထားသော ပွဲ မရှိသေးပါ။
events-kind = အမျိုးအစား
events-kind-workshop = အလုပ်ရုံဆွေးနွေးပွဲ
events-kind-seminar = ဟောပြောပွဲ
events-kind-gathering = တွေ့ဆုံပွဲ
events-kind-forum = ဖိုရမ်
events-kind-study-trip = လေ့လာရေးခရီး (Field Academy)
events-kind-friends = သူငယ်ချင်းများ တွေ့ဆုံပွဲ
events-kind-supporters-meeting = ကူညီပံ့ပိုးသူများ အစည်းအဝေး
events-format = ကျင်းပပုံ
events-format-in-person = လူကိုယ်တိုင် တက်ရောက်ခြင်း
events-format-online = အွန်လိုင်း
events-format-hybrid = လူကိုယ်တိုင်နှင့် အွန်လိုင်း
events-members-only = အဖွဲ့ဝင်များသာ
events-feed = လူတိုင်း တက်ရောက်နိုင်သော ပွဲများ၏ ပြက္ခဒိန် (iCalendar)
events-cancelled = ဤပွဲကို ပယ်ဖျက်လိုက်ပါပြီ။
events-when = အချိန်
events-place = နေရာ
events-places = လက်ခံနိုင်သူ ဦးရေ
events-places-left = နေရာ { $capacity } ခုအနက် { $left } ခု ကျန်ပါသည်
events-part-pre-workshop = ခရီးမတိုင်မီ အလုပ်ရုံဆွေးနွေးပွဲ
events-part-tour = ခရီးစဉ်
events-part-post-workshop = ခရီးပြီးနောက် အလုပ်ရုံဆွေးနွေးပွဲ
events-part-debriefing = ပြန်လည်သုံးသပ်ပွဲ
events-registration = စာရင်းသွင်းခြင်း
events-status-registered = သင် စာရင်းသွင်းပြီးပါပြီ။
events-status-waiting = သင်သည် စောင့်ဆိုင်းစာရင်းတွင် ရှိပါသည်။ နေရာလွတ် ရှိလာပါက သင် ရရှိမည်ဖြစ်ပြီး အီးမေးလ်ဖြင့် အကြောင်းကြားပါမည်။
events-status-cancelled = သင်သည် စာရင်းသွင်းမှုကို ပယ်ဖျက်ခဲ့ပါသည်။
events-online-link = အွန်လိုင်း လင့်ခ် -
events-cancel = ကျွန်ုပ်၏ စာရင်းသွင်းမှုကို ပယ်ဖျက်ရန်
events-ended = ဤပွဲ ပြီးဆုံးသွားပါပြီ။
events-full = ဤပွဲတွင် နေရာ ပြည့်သွားပါပြီ။
events-join-waiting = စောင့်ဆိုင်းစာရင်းတွင် ပါဝင်ရန်
events-register = စာရင်းသွင်းရန်
events-sign-in = စာရင်းသွင်းရန် အကောင့်ဝင်ပါ
events-add-calendar = ကျွန်ုပ်၏ ပြက္ခဒိန်သို့ ထည့်ရန် (.ics)
events-admin-title = ပွဲများ
events-admin-section = အလုပ်ရုံဆွေးနွေးပွဲများ၊ ဟောပြောပွဲများနှင့် လေ့လာရေးခရီးများ - စာရင်းသွင်းမှုများ၊ တက်ရောက်မှုနှင့် နှစ်စဉ် စုစုပေါင်း။
events-totals = နှစ်အလိုက် ပါဝင်ခဲ့သူများ
events-year = နှစ်
events-held = ပွဲများ
events-registered-people = စာရင်းသွင်းသူ
events-attended-people = တက်ရောက်သူ
events-all = ပွဲအားလုံး
events-waiting-people = စောင့်ဆိုင်းဆဲ
events-new = ပွဲအသစ်
events-create = ပွဲကို ဖန်တီးရန်
events-field-title = ခေါင်းစဉ်
events-field-summary = ဖော်ပြချက် (Markdown)
events-field-lang = ပွဲ၏ ဘာသာစကား
events-field-starts = စတင်ချိန်
events-field-ends = ပြီးဆုံးချိန်
events-field-time-hint = ဂျပန် စံတော်ချိန် (JST)။
events-field-online = အွန်လိုင်း လင့်ခ် (စာရင်းသွင်းသူများအတွက်သာ)
events-field-audience = မည်သူ စာရင်းသွင်းနိုင်သနည်း
events-audience-public = လူတိုင်း
events-audience-members = အဖွဲ့ဝင်များသာ
events-field-capacity = လက်ခံနိုင်သူ ဦးရေ (ဗလာထားလျှင် ကန့်သတ်ချက် မရှိ)
events-field-series = လေ့လာရေးခရီး (Field Academy)
events-field-series-which = ဆက်တိုက် ကျင်းပသော အစီအစဉ်တစ်ခု၏ အစိတ်အပိုင်း
events-field-series-title = အစီအစဉ်အသစ်၏ အမည်
events-field-part = အပိုင်း
events-series-none = မဟုတ်ပါ၊ သီးခြားပွဲ ဖြစ်သည်
events-series-new = အစီအစဉ်အသစ် စတင်ရန်
events-public-page = ပွဲ စာမျက်နှာ
events-registrations = စာရင်းသွင်းမှုများ
events-nobody = မည်သူမျှ စာရင်း မသွင်းရသေးပါ။
events-person = အမည်
events-status = အခြေအနေ
events-came = တက်ရောက်ခဲ့သည်
events-save-attendance = တက်ရောက်မှုကို သိမ်းမည်
events-edit = ပွဲကို ပြင်ဆင်ရန်
events-save = သိမ်းမည်
events-error-kind = စာရင်းများထဲမှ အမျိုးအစား၊ ကျင်းပပုံ၊ စာရင်းသွင်းနိုင်သူနှင့် အပိုင်းကို ရွေးပါ။
events-error-title = ခေါင်းစဉ် ထည့်ပါ (အစီအစဉ်အသစ်ဖြစ်လျှင် ၎င်း၏ အမည်လည်း ထည့်ပါ)။
events-error-time = စတင်ချိန်နှင့် ပြီးဆုံးချိန်ကို ထည့်ပါ။ ပြီးဆုံးချိန်သည် စတင်ချိန်ထက် နောက်ကျရပါမည်။
events-error-place = လူကိုယ်တိုင် တက်ရောက်သော ပွဲအတွက် နေရာကို ထည့်ပါ။
events-error-url = အွန်လိုင်းပွဲအတွက် https:// ဖြင့် စသော လင့်ခ် လိုအပ်ပါသည်။
events-error-capacity = လက်ခံနိုင်သူ ဦးရေသည် 1 နှင့်အထက် ကိန်းဂဏန်း ဖြစ်ရပါမည်။ ကန့်သတ်ချက် မရှိလျှင် ဗလာထားပါ။
events-error-too-long = စာသားတစ်ခု ရှည်လွန်းပါသည်။
events-error-past = ဤပွဲ ပြီးဆုံးသွားပါပြီ။
events-error-cancelled = ဤပွဲကို ပယ်ဖျက်လိုက်ပါပြီ။
events-error-already = သင် စာရင်းသွင်းပြီး ဖြစ်ပါသည်။
events-error-not-registered = သင်သည် ဤပွဲအတွက် စာရင်း မသွင်းထားပါ။
events-mail-registered-subject = စာရင်းသွင်းပြီး - { $title }
events-mail-registered-body =
    မင်္ဂလာပါ { $name }၊

    သင်သည် { $title } အတွက် စာရင်းသွင်းပြီးပါပြီ။

    အချိန် - { $when }
    နေရာ - { $place }

    အသေးစိတ်နှင့် ပယ်ဖျက်ရန် - { $link }
    သင့်ပြက္ခဒိန်သို့ ထည့်ရန် - { $ics }

    Hiroba
events-mail-waiting-subject = စောင့်ဆိုင်းစာရင်း - { $title }
events-mail-waiting-body =
    မင်္ဂလာပါ { $name }၊

    { $title } တွင် နေရာ ပြည့်သွားသဖြင့် သင်သည် စောင့်ဆိုင်းစာရင်းတွင် ရှိပါသည်။ နေရာလွတ် ရှိလာပါက သင် ရရှိမည်ဖြစ်ပြီး ကျွန်ုပ်တို့က စာရေး အကြောင်းကြားပါမည်။

    အချိန် - { $when }
    အသေးစိတ် - { $link }

    Hiroba
events-mail-promoted-subject = သင့်အတွက် နေရာလွတ် ရှိပါပြီ - { $title }
events-mail-promoted-body =
    မင်္ဂလာပါ { $name }၊

    နေရာလွတ် ရှိလာသဖြင့် သင်သည် ယခု { $title } အတွက် စာရင်းသွင်းပြီး ဖြစ်ပါသည်။

    အချိန် - { $when }
    နေရာ - { $place }

    မလာနိုင်ပါက အခြားသူ တက်ရောက်နိုင်ရန် ဤနေရာတွင် ပယ်ဖျက်ပေးပါ - { $link }
    သင့်ပြက္ခဒိန်သို့ ထည့်ရန် - { $ics }

    Hiroba
events-mail-reminder-subject = မနက်ဖြန် - { $title }
events-mail-reminder-body =
    မင်္ဂလာပါ { $name }၊

    သတိပေးချက် - { $title } ကို မနက်ဖြန် ကျင်းပပါမည်။

    အချိန် - { $when }
    နေရာ - { $place }

    မလာနိုင်ပါက စောင့်ဆိုင်းစာရင်းရှိ တစ်ဦးဦး တက်ရောက်နိုင်ရန် ပယ်ဖျက်ပေးပါ - { $link }

    Hiroba
events-mail-cancelled-subject = ပယ်ဖျက်ပြီး - { $title } အတွက် သင့်စာရင်းသွင်းမှု
events-mail-cancelled-body =
    မင်္ဂလာပါ { $name }၊

    { $title } အတွက် သင့်စာရင်းသွင်းမှုကို ပယ်ဖျက်ပြီးပါပြီ။ နေရာလွတ် ရှိနေသရွေ့ ထပ်မံ စာရင်းသွင်းနိုင်ပါသည် - { $link }

    Hiroba
events-cancel-event = ပွဲကို ပယ်ဖျက်ရန်
events-cancel-event-hint = စာရင်းသွင်းထားသူနှင့် စောင့်ဆိုင်းစာရင်းရှိသူ အားလုံးကို အီးမေးလ်ဖြင့် အကြောင်းကြားပါမည်။ ပယ်ဖျက်ပြီးလျှင် ပြန်ယူ၍ မရပါ။
events-mail-event-cancelled-subject = ပွဲ ပယ်ဖျက်ပြီး - { $title }
events-mail-event-cancelled-body =
    မင်္ဂလာပါ { $name }၊

    တောင်းပန်ပါသည်။ { $title } ({ $when }) ကို ပယ်ဖျက်လိုက်ပါပြီ။ သင် ဘာမှ လုပ်ရန် မလိုပါ။

    အခြား ပွဲများ - { $link }

    Hiroba
