events-title = イベント
events-intro = ネットワークの ワークショップ、セミナー、[交流会|こうりゅうかい]、フォーラム、スタディツアーです。いっしょに [学|まな]び、[外国人|がいこくじん] [労働者|ろうどうしゃ]や その [人|ひと]たちを [支|ささ]える [人|ひと]と [会|あ]い、うまく いった [取|と]り[組|く]みを [共有|きょうゆう]します。
events-none = {"["}今|いま]は [予定|よてい]の イベントは ありません。
events-kind = {"["}種類|しゅるい]
events-kind-workshop = ワークショップ
events-kind-seminar = セミナー
events-kind-gathering = {"["}交流会|こうりゅうかい]
events-kind-forum = フォーラム
events-kind-study-trip = スタディツアー(Field Academy)
events-kind-friends = ともだちの あつまり
events-kind-supporters-meeting = サポーターの [集|あつ]まり
events-format = どこで
events-format-in-person = {"["}会場|かいじょう]で
events-format-online = オンライン
events-format-hybrid = {"["}会場|かいじょう]と オンライン
events-members-only = {"["}会員|かいいん]だけ
events-feed = だれでも [見|み]られる イベントの カレンダー(iCalendar)
events-cancelled = この イベントは [中止|ちゅうし]に なりました。
events-when = いつ
events-place = {"["}場所|ばしょ]
events-places = {"["}定員|ていいん]
events-places-left = のこり { $left }[人|にん]([定員|ていいん] { $capacity }[人|にん])
events-part-pre-workshop = ツアーの [前|まえ]の ワークショップ
events-part-tour = ツアー
events-part-post-workshop = ツアーの [後|あと]の ワークショップ
events-part-debriefing = ふりかえり
events-registration = {"["}申|もう]し[込|こ]み
events-status-registered = あなたは [申|もう]し[込|こ]んで います。
events-status-waiting = あなたは キャンセル[待|ま]ちです。だれかが キャンセルしたら、あなたが [参加|さんか]できます。その ときは メールで [知|し]らせます。
events-status-cancelled = あなたは [申|もう]し[込|こ]みを キャンセルしました。
events-online-link = オンラインの リンク:
events-cancel = {"["}申|もう]し[込|こ]みを キャンセルする
events-ended = この イベントは [終|お]わりました。
events-full = この イベントは [満員|まんいん]です。
events-join-waiting = キャンセル[待|ま]ちに [申|もう]し[込|こ]む
events-register = {"["}申|もう]し[込|こ]む
events-sign-in = ログインして [申|もう]し[込|こ]む
events-add-calendar = わたしの カレンダーに [入|い]れる(.ics)
events-admin-title = イベント
events-admin-section = ワークショップ、セミナー、スタディツアー: [申|もう]し[込|こ]み、[出席|しゅっせき]、[年|ねん]ごとの [合計|ごうけい]。
events-totals = {"["}参加|さんか]した [人|ひと]の [数|かず]([年|ねん]ごと)
events-year = {"["}年|ねん]
events-held = イベント
events-registered-people = {"["}申|もう]し[込|こ]んだ [人|ひと]
events-attended-people = {"["}来|き]た [人|ひと]
events-all = すべての イベント
events-waiting-people = キャンセル[待|ま]ち
events-new = {"["}新|あたら]しい イベント
events-create = イベントを つくる
events-field-title = タイトル
events-field-summary = {"["}説明|せつめい](Markdown)
events-field-lang = イベントの ことば
events-field-starts = {"["}始|はじ]まる [日時|にちじ]
events-field-ends = {"["}終|お]わる [日時|にちじ]
events-field-time-hint = {"["}日本|にほん]の [時間|じかん](JST)です。
events-field-online = オンラインの リンク([申|もう]し[込|こ]んだ [人|ひと]だけに [見|み]せます)
events-field-audience = だれが [申|もう]し[込|こ]めるか
events-audience-public = だれでも
events-audience-members = {"["}会員|かいいん]だけ
events-field-capacity = {"["}定員|ていいん]([何|なに]も [書|か]かないと、[人数|にんずう]の [制限|せいげん]は ありません)
events-field-series = スタディツアー(Field Academy)
events-field-series-which = シリーズ([何回|なんかい]か つづく [会|かい])の [一|ひと]つですか
events-field-series-title = {"["}新|あたら]しい シリーズの [名前|なまえ]
events-field-part = どの [回|かい]か
events-series-none = いいえ、この イベントだけです
events-series-new = {"["}新|あたら]しい シリーズを [始|はじ]める
events-public-page = イベントの ページ
events-registrations = {"["}申|もう]し[込|こ]み
events-nobody = まだ だれも [申|もう]し[込|こ]んで いません。
events-person = {"["}名前|なまえ]
events-status = {"["}状態|じょうたい]
events-came = {"["}来|き]た
events-save-attendance = {"["}出席|しゅっせき]を [保存|ほぞん]する
events-edit = イベントを [変|か]える
events-save = {"["}保存|ほぞん]する
events-error-kind = リストから、[種類|しゅるい]、どこで、だれが [申|もう]し[込|こ]めるか、どの [回|かい]かを [選|えら]んで ください。
events-error-title = タイトルを [入|い]れて ください([新|あたら]しい シリーズの ときは、シリーズの [名前|なまえ]も)。
events-error-time = {"["}始|はじ]まる [日時|にちじ]と [終|お]わる [日時|にちじ]を [入|い]れて ください。[終|お]わる [日時|にちじ]は、[始|はじ]まる [日時|にちじ]より [後|あと]に して ください。
events-error-place = {"["}会場|かいじょう]で する イベントは、[場所|ばしょ]を [入|い]れて ください。
events-error-url = オンラインの イベントには、https:// で [始|はじ]まる リンクが [必要|ひつよう]です。
events-error-capacity = {"["}定員|ていいん]は 1 [以上|いじょう]の [数字|すうじ]に して ください。[制限|せいげん]が ない ときは、[何|なに]も [書|か]かないで ください。
events-error-too-long = {"["}長|なが]すぎる [文|ぶん]が あります。
events-error-past = この イベントは [終|お]わりました。
events-error-cancelled = この イベントは [中止|ちゅうし]に なりました。
events-error-already = あなたは もう [申|もう]し[込|こ]んで います。
events-error-not-registered = あなたは この イベントに [申|もう]し[込|こ]んで いません。
events-mail-registered-subject = {"["}申|もう]し[込|こ]みが できました: { $title }
events-mail-registered-body =
    { $name }さん、こんにちは。

    { $title }の [申|もう]し[込|こ]みが できました。

    いつ: { $when }
    どこで: { $place }

    くわしい [情報|じょうほう]と キャンセル: { $link }
    カレンダーに [入|い]れる: { $ics }

    ひろば
events-mail-waiting-subject = キャンセル[待|ま]ち: { $title }
events-mail-waiting-body =
    { $name }さん、こんにちは。

    { $title }は [満員|まんいん]なので、あなたは キャンセル[待|ま]ちです。だれかが キャンセルしたら、あなたが [参加|さんか]できます。その ときは メールで [知|し]らせます。

    いつ: { $when }
    くわしい [情報|じょうほう]: { $link }

    ひろば
events-mail-promoted-subject = {"["}参加|さんか]できるように なりました: { $title }
events-mail-promoted-body =
    { $name }さん、こんにちは。

    だれかが キャンセルしたので、あなたは { $title }に [参加|さんか]できるように なりました。

    いつ: { $when }
    どこで: { $place }

    もし [来|こ]られない ときは、ほかの [人|ひと]が [参加|さんか]できるように、ここで キャンセルして ください: { $link }
    カレンダーに [入|い]れる: { $ics }

    ひろば
events-mail-reminder-subject = あした: { $title }
events-mail-reminder-body =
    { $name }さん、こんにちは。

    お[知|し]らせです: { $title }は あしたです。

    いつ: { $when }
    どこで: { $place }

    もし [来|こ]られない ときは、キャンセル[待|ま]ちの [人|ひと]が [参加|さんか]できるように、キャンセルして ください: { $link }

    ひろば
events-mail-cancelled-subject = キャンセルしました: { $title }の [申|もう]し[込|こ]み
events-mail-cancelled-body =
    { $name }さん、こんにちは。

    { $title }の [申|もう]し[込|こ]みは キャンセルされました。[席|せき]が あいて いる あいだは、もう [一度|いちど] [申|もう]し[込|こ]めます: { $link }

    ひろば
events-cancel-event = イベントを [中止|ちゅうし]する
events-cancel-event-hint = {"["}申|もう]し[込|こ]んだ [人|ひと]と キャンセル[待|ま]ちの [人|ひと] [全員|ぜんいん]に メールで [知|し]らせます。もとに もどせません。
events-mail-event-cancelled-subject = {"["}中止|ちゅうし]: { $title }
events-mail-event-cancelled-body =
    { $name }さん、こんにちは。

    ごめんなさい。{ $title }({ $when })は [中止|ちゅうし]に なりました。あなたは [何|なに]も しなくて いいです。

    ほかの イベント: { $link }

    ひろば
