## [読|よ]む
portal-title = [生活|せいかつ]と [仕事|しごと]の [情報|じょうほう]
portal-topics = テーマ
portal-latest = [新|あたら]しい [記事|きじ]・[新|あたら]しく なった [記事|きじ]
portal-countries = [日本|にほん]に [来|く]る [前|まえ]に
portal-countries-text = これらの [国|くに]から [日本|にほん]に [来|く]る [準備|じゅんび]を して いる [人|ひと]の ための ページです。
portal-country-intro = この [国|くに]から [来|く]る [人|ひと]に とくに [役|やく]に [立|た]つ [記事|きじ]です。[日本|にほん]に [来|く]る [前|まえ]も、[来|き]て からも [読|よ]めます。
portal-feed = [新|あたら]しい [記事|きじ]を フォローする(Atom フィード)
portal-feed-title = ひろば: [日本|にほん]の [生活|せいかつ]と [仕事|しごと]の [情報|じょうほう]
portal-nothing-yet = ここには まだ [記事|きじ]が ありません。
portal-related = [関係|かんけい]の ある [記事|きじ]
portal-need-help = [困|こま]って いる ことが ありますか。ひろばの [相談員|そうだんいん]に、あなたの ことばで [無料|むりょう]で [相談|そうだん]できます。あなたの [会社|かいしゃ]には [知|し]らせません。
portal-byline = [書|か]いた [人|ひと]: { $author } · [出|だ]した [日|ひ]: { $published } · [確認|かくにん]した [日|ひ]: { $reviewed }
portal-not-translated = この [記事|きじ]は、まだ あなたの ことばに なって いません。{ $language }で [見|み]せて います。
portal-not-translated-short = まだ あなたの ことばに なって いません。
portal-watch-video = [動画|どうが]を [見|み]る
portal-video-external = ほかの ウェブサイトが [開|ひら]きます。[動画|どうが]は データを たくさん [使|つか]います。
portal-preview-notice = プレビューです。[状態|じょうたい]が「{ $status }」の [間|あいだ]は、[読|よ]む [人|ひと]には この ページは [見|み]えません。

## さがす
portal-search-title = [記事|きじ]を さがす
portal-search-label = [記事|きじ]の [中|なか]を さがす
portal-search-submit = さがす
portal-search-count = { $count ->
   *[other] [記事|きじ]が { $count }[件|けん] [見|み]つかりました
}

## テーマ
topic-work = [仕事|しごと]と [給料|きゅうりょう]
topic-residence = [在留資格|ざいりゅうしかく]
topic-health-welfare = [健康|けんこう]と [福祉|ふくし]
topic-daily-life = [毎日|まいにち]の [生活|せいかつ]
topic-disasters = [災害|さいがい]と [緊急|きんきゅう]の とき
topic-money = お[金|かね]と [銀行|ぎんこう]
topic-family = [家族|かぞく]と [子|こ]ども
topic-learning-japanese = [日本語|にほんご]の [勉強|べんきょう]

## [送|おく]り[出|だ]し[国|こく]
country-VN = ベトナム
country-MM = ミャンマー
country-ID = インドネシア
country-PH = フィリピン
country-CN = [中国|ちゅうごく]
country-NP = ネパール
country-KH = カンボジア
country-TH = タイ
country-LK = スリランカ
country-BD = バングラデシュ
country-BR = ブラジル
country-PE = ペルー

## [編集|へんしゅう]([事務局|じむきょく])
portal-admin-title = ポータルの [記事|きじ]
portal-admin-section = [記事|きじ]を [書|か]いて、[翻訳|ほんやく]して、[公開|こうかい]します。[翻訳|ほんやく]が ない [記事|きじ]や、[翻訳|ほんやく]が [古|ふる]い [記事|きじ]も わかります。
portal-stats-section = ページの [表示|ひょうじ][回数|かいすう]と [新|あたら]しい アカウントの [数|かず]です。だれの [行動|こうどう]も [追跡|ついせき]しないで [数|かぞ]えて います。
portal-admin-new = [新|あたら]しい [記事|きじ]
portal-admin-create = [下書|したが]きを [作|つく]る
portal-admin-summary = [翻訳|ほんやく]が ない もの { $missing }[件|けん]、[古|ふる]い もの { $outdated }[件|けん]。
portal-col-article = [記事|きじ]
portal-col-status = [状態|じょうたい]
portal-col-language = ことば
portal-col-state = [翻訳|ほんやく]
portal-col-actions = [操作|そうさ]
portal-col-version = バージョン
portal-col-day = [日付|ひづけ]
portal-col-views = ページの [表示|ひょうじ][回数|かいすう]
portal-col-registrations = [新|あたら]しい アカウント
portal-state-missing = ない
portal-state-outdated = [古|ふる]い
portal-state-up-to-date = [最新|さいしん]
portal-state-source = [原文|げんぶん]
portal-status-draft = [下書|したが]き
portal-status-review = [確認中|かくにんちゅう]
portal-status-published = [公開中|こうかいちゅう]
portal-status-unpublished = [非公開|ひこうかい]
portal-action-draft = [下書|したが]きに [戻|もど]す
portal-action-review = [確認|かくにん]に [出|だ]す
portal-action-published = [公開|こうかい]する
portal-action-unpublished = [公開|こうかい]を やめる
portal-action-edit = [編集|へんしゅう]する
portal-action-preview = プレビュー
portal-translations = [翻訳|ほんやく]
portal-revisions = [変更|へんこう]の [記録|きろく]
portal-settings = [設定|せってい]
portal-save = [保存|ほぞん]する
portal-edit-title = { $language }の [文章|ぶんしょう]を [編集|へんしゅう]する
portal-source-text = [原文|げんぶん]({ $language }、バージョン { $version })
portal-ruby-hint = Markdown で [書|か]きます。ふりがなは {"{"}漢字|かんじ{"}"} と [書|か]きます。リンク、リスト、[見出|みだ]しは [残|のこ]ります。HTML は すべて [消|け]されます。
portal-field-slug = アドレス(スラッグ)
portal-field-slug-hint = [小文字|こもじ]の アルファベット、[数字|すうじ]、ハイフンで [書|か]きます。[例|れい]: paid-leave。あとで [変|か]える ことは できません。
portal-field-kind = [種類|しゅるい]
portal-kind-article = [記事|きじ]
portal-kind-video = [動画|どうが]
portal-field-topic = テーマ
portal-field-countries = [送|おく]り[出|だ]し[国|こく]
portal-field-countries-hint = [書|か]かなくても いいです。[国|くに]の コードを コンマで [区切|くぎ]って [書|か]きます。[例|れい]: VN, MM
portal-field-author = [作成|さくせい]した [団体|だんたい]
portal-field-source-lang = [原文|げんぶん]の ことば
portal-field-video-url = [動画|どうが]の アドレス
portal-field-video-url-hint = [書|か]かなくても いいです。ほかの ウェブサイトに ある [動画|どうが]への リンクです(https://…)。ページの [中|なか]に [埋|う]め[込|こ]む ことは ありません。
portal-field-title = タイトル
portal-field-summary = [要約|ようやく]
portal-field-body = [本文|ほんぶん]
portal-field-note = [変更|へんこう]の [内容|ないよう]([変更|へんこう]の [記録|きろく]に [残|のこ]ります)

## [編集|へんしゅう]の エラー
portal-slug-invalid = アドレスは、[小文字|こもじ]の アルファベット、[数字|すうじ]、ハイフンで 3〜80[文字|もじ]に して ください。
portal-slug-taken = この アドレスは、ほかの [記事|きじ]が もう [使|つか]って います。
portal-topic-invalid = テーマと [種類|しゅるい]を リストから [選|えら]んで ください。
portal-country-invalid = この [国|くに]の コードは [使|つか]えません。VN, MM, ID, PH などの コードを [使|つか]って ください。
portal-language-invalid = ひろばでは この ことばを [使|つか]って いません。
portal-title-missing = タイトルを [書|か]いて ください。
portal-too-long = [長|なが]すぎる [文章|ぶんしょう]が あります。
portal-video-url-invalid = [動画|どうが]の アドレスは https:// か http:// で [始|はじ]めて ください。
portal-source-first = [先|さき]に [原文|げんぶん]を [書|か]いて ください。[翻訳|ほんやく]は [原文|げんぶん]から [作|つく]ります。

## [統計|とうけい]([事務局|じむきょく])
portal-stats-title = [読|よ]んだ [人|ひと]
portal-stats-privacy = クッキーを [使|つか]わず、IP アドレスも [保存|ほぞん]しないで [数|かぞ]えて います。[数|かぞ]えるのは、ことばごと・[日|ひ]ごとに、それぞれの ページが [何回|なんかい] [表示|ひょうじ]されたか だけです。
portal-stats-views = ページの [表示|ひょうじ][回数|かいすう]の [合計|ごうけい]([最近|さいきん]の 30[日|にち]で { $days30 }[回|かい])
portal-stats-registrations = アカウントの [合計|ごうけい]([最近|さいきん]の 30[日|にち]で [新|あたら]しく { $days30 }[件|けん])
portal-stats-by-language = ことばごとの ページの [表示|ひょうじ][回数|かいすう]([最近|さいきん]の 30[日|にち])
portal-stats-by-day = [日|ひ]ごとの [数|かず]([最近|さいきん]の 30[日|にち])

## [画像|がぞう]と [動画|どうが]([事務局|じむきょく])
portal-media = [画像|がぞう]と [動画|どうが]
portal-image-upload = [画像|がぞう]を [追加|ついか]する
portal-image-hint = JPEG、PNG、WebP で、15 MB までです。スマートフォンで [見|み]る ための [小|ちい]さい [画像|がぞう]は [自動|じどう]で [作|つく]られます。[表示|ひょうじ]された コードで [本文|ほんぶん]に [入|い]れて ください。
portal-video-upload = [動画|どうが]を アップロードする
portal-video-hint = MP4 か WebM で、500 MB までです。[読|よ]む [人|ひと]が [再生|さいせい]ボタンを [押|お]した ときだけ [読|よ]み[込|こ]まれます。
portal-upload = アップロード
portal-use-as-poster = [動画|どうが]の [画像|がぞう]に する
portal-subtitles = [字幕|じまく](WebVTT)
portal-subtitles-hint = .vtt ファイルの [文章|ぶんしょう]を [貼|は]り[付|つ]けて ください。WEBVTT で [始|はじ]まる [文章|ぶんしょう]です。
portal-video-data = [動画|どうが]は、[再生|さいせい]ボタンを [押|お]した ときだけ [始|はじ]まります。スマートフォンの データを [使|つか]います。
portal-media-not-image = この ファイルは、[読|よ]める [画像|がぞう](JPEG、PNG、WebP)では ありません。
portal-media-too-large = ファイルが [大|おお]きすぎます。
portal-media-not-video = この ファイルは、MP4 か WebM の [動画|どうが]では ありません。
portal-media-not-vtt = [字幕|じまく]は、WEBVTT で [始|はじ]まる WebVTT の [文章|ぶんしょう]に して ください。
