# やさしい日本語。ふりがなは [漢字|かんじ] と書きます。
language-name = やさしい にほんご
language-dir = ltr

site-name = ひろば
skip-to-content = [本文|ほんぶん]へ すすむ
nav-account = あなたの アカウント
nav-admin = [事務局|じむきょく]
nav-logout = ログアウト
nav-login = ログイン
nav-register = アカウントを つくる
language-switcher = ことばを えらぶ
furigana-turn-off = ふりがなを けす
furigana-turn-on = ふりがなを つける
footer-privacy = あなたの [答|こた]えや メッセージは、[会社|かいしゃ]には [絶対|ぜったい]に [見|み]せません。
footer-open-source = ひろばは、[日本|にほん]で [働|はたら]く [外国人|がいこくじん]と、[支|ささ]える [人|ひと]の ための オープンソースの ソフトウェアです。

error-title = うまく いきませんでした
error-back-home = ホームへ もどる
error-not-found = この ページは ありません。リンクが [古|ふる]いか、まちがって いるかも しれません。
error-forbidden = あなたは この ページを [見|み]ることが できません。
error-sign-in-required = この ページを [見|み]るには ログインして ください。
error-bad-form = [送|おく]った [内容|ないよう]を [読|よ]めませんでした。フォームを たしかめて、もう [一度|いちど] [送|おく]って ください。
error-bad-request = この [操作|そうさ]は できません。[前|まえ]の ページに もどって、もう [一度|いちど] ためして ください。
error-csrf = [安全|あんぜん]の ため、この フォームは [使|つか]えなく なりました。ページを [読|よ]み[込|こ]みなおして、もう [一度|いちど] [送|おく]って ください。
error-too-many-requests = [回数|かいすう]が [多|おお]すぎます。15[分|ふん] [待|ま]ってから、もう [一度|いちど] ためして ください。
error-internal = ごめんなさい。こちらで [問題|もんだい]が おきました。[送|おく]った [内容|ないよう]は なくなって いません。すこし [待|ま]って、もう [一度|いちど] ためして ください。
error-method = この ページは その [方法|ほうほう]では [使|つか]えません。
error-timeout = [返事|へんじ]に [時間|じかん]が かかりすぎました。もう [一度|いちど] ためして ください。
error-too-large = [送|おく]った ものが [大|おお]きすぎます。

role-worker = [働|はたら]く [人|ひと]
role-counsellor = [相談員|そうだんいん]
role-counsellor-supervisor = [相談員|そうだんいん]の [責任者|せきにんしゃ]
role-company-admin = [会社|かいしゃ]の [管理者|かんりしゃ]
role-company-viewer = [会社|かいしゃ]の [閲覧者|えつらんしゃ]
role-member = [会員|かいいん]
role-learner = [学|まな]ぶ [人|ひと]
role-supporter = サポーター
role-secretariat = [事務局|じむきょく]
