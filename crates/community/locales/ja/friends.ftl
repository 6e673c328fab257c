friends-title = ともだち
friends-intro = {"["}住|す]んで いる ところと ことばで、[日本|にほん]に [住|す]む [外国人|がいこくじん]と [日本人|にほんじん]の サポーターが [知|し]り[合|あ]えます。いっしょに [日本語|にほんご]を [練習|れんしゅう]したり、イベントに [行|い]ったり、[生活|せいかつ]で [困|こま]った ことを [手伝|てつだ]って もらったり できます。
friends-safety = あなたの [安全|あんぜん]が いちばん [大切|たいせつ]です。ニックネームを [使|つか]います。プロフィールに [住所|じゅうしょ]、[電話番号|でんわばんごう]、メールは [出|で]ません。ふたりとも「いいです」と [言|い]った あとで、メッセージを [書|か]けます。だれでも ブロックできます。[心配|しんぱい]な ことは [事務局|じむきょく]に [知|し]らせて ください。
friends-edit-profile = わたしの プロフィールを [変|か]える
friends-not-visible = ほかの [人|ひと]には [見|み]えません
friends-contacts = つながって いる [人|ひと]
friends-events = ともだちの あつまり
friends-prefecture = {"["}都道府県|とどうふけん]
friends-anywhere = {"["}日本|にほん]の どこでも
friends-language = ことば
friends-any-language = どの ことばでも
friends-search = さがす
friends-none-found = だれも [見|み]つかりませんでした。ほかの [場所|ばしょ]か ことばで さがして ください。
friends-create-profile = わたしの プロフィールを つくる
friends-kind-resident = {"["}日本|にほん]に [住|す]む [外国人|がいこくじん]
friends-kind-supporter = {"["}日本人|にほんじん]の サポーター
friends-profile-title = わたしの プロフィール(ともだち)
friends-profile-hint = ここには [本当|ほんとう]の [名前|なまえ]、[住所|じゅうしょ]、[電話番号|でんわばんごう]、メールを [書|か]かないで ください。ふたりとも「いいです」と [言|い]った あとで、[教|おし]えたい ときは メッセージで [教|おし]えられます。
friends-nickname = ニックネーム
friends-nickname-hint = {"["}本当|ほんとう]の [名前|なまえ]は [使|つか]わないで ください。
friends-i-am = わたしは
friends-choose = えらんで ください…
friends-city = {"["}市区町村|しくちょうそん]([書|か]かなくても いいです)
friends-languages = わたしが [話|はな]せる ことば
friends-offers = わたしが できる こと([例|れい]: [日本語|にほんご]の [練習|れんしゅう]、[書類|しょるい]を [書|か]く [手伝|てつだ]い、いっしょに イベントに [行|い]く)
friends-needs = わたしが さがして いる こと
friends-visible = ほかの [人|ひと]が わたしの プロフィールを さがせる ように する
friends-save = {"["}保存|ほぞん]する
friends-ask = つながりたいと [伝|つた]える
friends-ask-hint = {"["}相手|あいて]は あなたの ニックネームと プロフィールを [見|み]て、[決|き]めます。[相手|あいて]が「いいです」と [言|い]ったら、メッセージを [書|か]けます。
friends-asked = つながりたいと [伝|つた]えました。[相手|あいて]が「いいです」と [言|い]ったら、メッセージを [書|か]けます。
friends-contact-requested = {"["}返事|へんじ]を [待|ま]って います。
friends-contact-accepted = つながって います。
friends-contact-declined = {"["}今|いま]は つながりません。
friends-open-conversation = メッセージを [開|ひら]く
friends-report-or-block = {"["}事務局|じむきょく]に [知|し]らせる・ブロックする
friends-report-reason = {"["}何|なに]が ありましたか
friends-report = {"["}事務局|じむきょく]に [知|し]らせる
friends-reported = ありがとう ございます。[事務局|じむきょく]が [確認|かくにん]します。
friends-block-hint = この [人|ひと]は もう あなたを さがせません。メッセージも [送|おく]れません。あなたにも この [人|ひと]は [見|み]えなく なります。
friends-block = ブロックする
friends-no-contacts = まだ だれとも つながって いません。
friends-accept = いいです
friends-decline = {"["}今|いま]は しない
friends-conversation-hint = メッセージは ひろばに [残|のこ]ります。お[金|かね]は [絶対|ぜったい]に [送|おく]らないで ください。はじめて [会|あ]う ときは、[人|ひと]が [多|おお]い [場所|ばしょ]か、ともだちの あつまりで [会|あ]いましょう。
friends-message = メッセージ
friends-send = {"["}送|おく]る
friends-admin-title = ともだち: [知|し]らせの [確認|かくにん]
friends-admin-section = ともだちの プロフィールや メッセージについて [届|とど]いた [知|し]らせです。プロフィールを かくすか、[問題|もんだい] なしに します。
friends-queue-empty = まだ [確認|かくにん]して いない [知|し]らせは ありません。
friends-reported-message = {"["}知|し]らされた メッセージ
friends-hide = プロフィールを かくす
friends-dismiss = {"["}問題|もんだい] なしに する
friends-error-nickname = ニックネームを [決|き]めて ください(メールアドレスや [電話番号|でんわばんごう]は だめです)。プロフィールに [連絡先|れんらくさき]を [書|か]かないで ください。
friends-error-area = {"["}都道府県|とどうふけん]と、「わたしは」を [選|えら]んで ください。
friends-error-languages = ことばを 1つ [以上|いじょう] [選|えら]んで ください。
friends-error-too-long = {"["}長|なが]すぎる [文|ぶん]が あります。
friends-error-no-profile = まず プロフィールを つくって ください。
friends-error-asked = もう つながって いるか、[返事|へんじ]を [待|ま]って います。
friends-error-message = メッセージを [書|か]いて ください。
friends-error-reason = {"["}何|なに]が あったか [書|か]いて ください。
friends-mail-asked-subject = ひろばの ともだち: あなたと つながりたい [人|ひと]が います
friends-mail-asked-body =
    こんにちは。

    { $nickname }さんが、ひろばの ともだちで あなたと つながりたいと [言|い]って います。プロフィールを [見|み]て、[決|き]めて ください: { $link }

    あなたの メールアドレスは だれにも [見|み]えません。[心配|しんぱい]な ことが あったら、だれでも ブロックしたり、[事務局|じむきょく]に [知|し]らせたり できます。

    ひろば
friends-mail-accepted-subject = { $nickname }さんが「いいです」と [言|い]いました
friends-mail-accepted-body =
    こんにちは。

    { $nickname }さんが、ひろばの ともだちで あなたと つながる ことに「いいです」と [言|い]いました。ここで メッセージを [書|か]けます: { $link }

    ひろば
friends-mail-message-subject = { $nickname }さんから [新|あたら]しい メッセージが [来|き]ました
friends-mail-message-body =
    こんにちは。

    { $nickname }さんが、ひろばの ともだちで あなたに メッセージを [書|か]きました。ここで [読|よ]めます: { $link }

    ひろば
