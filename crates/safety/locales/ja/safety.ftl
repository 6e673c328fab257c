## はじめに
safety-title = あなたの [状況|じょうきょう]を チェックする
safety-intro = [日本|にほん]での [仕事|しごと]と [生活|せいかつ]に ついて、かんたんな [質問|しつもん]に [答|こた]えて ください。5[分|ふん]から 10[分|ぷん]ぐらい かかります。[最後|さいご]に、[法律|ほうりつ][違反|いはん]や [強制労働|きょうせいろうどう]の サインかも しれない ことと、[相談|そうだん]できる [所|ところ]が わかります。
safety-promise-private = あなたの [答|こた]えは、[会社|かいしゃ]には [絶対|ぜったい]に [見|み]せません。[会社|かいしゃ]が [見|み]られるのは、10[人|にん] [以上|いじょう]の グループの [数字|すうじ]だけです。
safety-promise-anonymous = アカウントは いりません。[名前|なまえ]も [聞|き]きません。
safety-promise-free = [無料|むりょう]です。
safety-site-code = [職場|しょくば]の コード(ある ときだけ)
safety-site-code-hint = [会社|かいしゃ]から コードや QRコードを もらって いるかも しれません。[書|か]かなくても だいじょうぶです。
safety-site-unknown = この コードは わかりません。たしかめて ください。[書|か]かなくても だいじょうぶです。
safety-site-found = [職場|しょくば]: { $company }、{ $site }
safety-not-listed = わたしの [会社|かいしゃ]が ありません
safety-start = はじめる

## [答|こた]える
safety-progress = ステップ { $step } / { $total }
safety-yes = はい
safety-no = いいえ
safety-unsure = わからない
safety-optional = ([答|こた]えなくても いいです)
safety-choose = えらんで ください
safety-prefecture = [都道府県|とどうふけん]
safety-number = [数字|すうじ]
safety-unit-hours = [時間|じかん]
safety-unit-yen = [円|えん]
safety-unit-yen-per-hour = [円|えん](1[時間|じかん]あたり)
safety-unit-days = [日|にち]
safety-back = もどる
safety-next = つぎへ
safety-finish = [結果|けっか]を [見|み]る
safety-saved = あなたの [答|こた]えは、1つ [進|すす]む たびに [保存|ほぞん]されます。インターネットが [切|き]れたら、[同|おな]じ リンクを もう [一度|いちど] [開|ひら]いて、つづけて ください。
safety-offline-kept = インターネットに つながって いません。あなたの [答|こた]えは この スマホに [保存|ほぞん]して います。つながったら [送|おく]ります。
safety-fix-errors = [下|した]の しるしが ある [答|こた]えを たしかめて ください。
safety-answer-missing = [答|こた]えを えらんで ください。
safety-answer-invalid = この [答|こた]えは えらべません。
safety-answer-not-number = [数字|すうじ]を [書|か]いて ください。たとえば 20。
safety-answer-out-of-range = この [数字|すうじ]は [大|おお]きすぎるか、[小|ちい]さすぎます。
safety-already-complete = もう [最後|さいご]まで [答|こた]えました。いまから [答|こた]えを [変|か]える ことは できません。

## [結果|けっか]
safety-result-title = あなたの [結果|けっか]
safety-result-none = あなたの [答|こた]えには、[大|おお]きな [問題|もんだい]の サインは ありませんでした。それでも [心配|しんぱい]な ことが あれば、[相談|そうだん]できます。
safety-result-some = { $count ->
   *[other] [問題|もんだい]が あるかも しれない [答|こた]えが { $count }[個|こ] あります。[理由|りゆう]を [読|よ]んで ください。
}
safety-severity-violation = [法律|ほうりつ][違反|いはん]かも しれません
safety-severity-forced-labour = [強制労働|きょうせいろうどう]の サインかも しれません
safety-severity-advice = [知|し]って おくと いい こと
safety-read-more = もっと [読|よ]む
safety-ilo = ILOの [強制労働|きょうせいろうどう]の [指標|しひょう]:
safety-assist-title = [相談|そうだん]できます
safety-assist-text = ひろばの [相談員|そうだんいん]が、あなたの ことばで、[無料|むりょう]で [相談|そうだん]に のります。[火曜日|かようび]から [土曜日|どようび]、10:00から 18:00までです。あなたの [会社|かいしゃ]には [知|し]らせません。
safety-assist-phone = [電話|でんわ]:
safety-ask-help = [相談員|そうだんいん]から [連絡|れんらく]して ほしい
safety-result-private = この ページは、リンクを [知|し]って いる [人|ひと]だけが [見|み]られます。ほかの [人|ひと]に [見|み]せないで ください。30[日|にち]の [間|あいだ] [見|み]られます。

## [相談|そうだん]を たのむ
safety-help-title = [相談|そうだん]を たのむ
safety-help-intro = [相談員|そうだんいん]が あなたに [連絡|れんらく]する [方法|ほうほう]を [教|おし]えて ください。あなたに [返事|へんじ]を する ためだけに [使|つか]います。
safety-help-how = どうやって [連絡|れんらく]したら いいですか。
safety-contact-email = メール
safety-contact-phone = [電話|でんわ]
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = あなたの メールアドレス、[電話番号|でんわばんごう]、または アカウント[名|めい]
safety-help-language = [返事|へんじ]の ことば
safety-help-time = いつ [連絡|れんらく]したら いいですか。
safety-help-time-hint = たとえば: [平日|へいじつ]の 19:00より [後|あと]。
safety-help-share = [相談員|そうだんいん]が わたしの [答|こた]えを [読|よ]んでも いいです。
safety-help-send = [送|おく]る
safety-help-privacy = あなたの [連絡先|れんらくさき]は [暗号化|あんごうか]して、あなたの [答|こた]えとは [別|べつ]に [保存|ほぞん]します。
safety-help-contact-missing = [連絡|れんらく]の [方法|ほうほう]を [書|か]いて ください。
safety-help-contact-invalid = [連絡先|れんらくさき]が [正|ただ]しく ないようです。たしかめて ください。
safety-help-done = ありがとうございます。ふつう 2[日|か] [以内|いない]([火曜日|かようび]から [土曜日|どようび]の [営業日|えいぎょうび])に、[相談員|そうだんいん]から [連絡|れんらく]が あります。
safety-back-to-result = [結果|けっか]に もどる

## ILOの [強制労働|きょうせいろうどう]の [指標|しひょう]
indicator-abuse-of-vulnerability = [弱|よわ]い [立場|たちば]の [悪用|あくよう]
indicator-deception = だます こと
indicator-restriction-of-movement = [自由|じゆう]に [動|うご]く ことの [制限|せいげん]
indicator-isolation = [孤立|こりつ]させる こと
indicator-physical-sexual-violence = [身体的|しんたいてき]・[性的|せいてき]な [暴力|ぼうりょく]
indicator-intimidation-threats = おどし
indicator-retention-of-documents = [身分証明書|みぶんしょうめいしょ]を [取|と]り[上|あ]げる こと
indicator-withholding-of-wages = [給料|きゅうりょう]を [払|はら]わない こと
indicator-debt-bondage = [借金|しゃっきん]で しばる こと([債務労働|さいむろうどう])
indicator-abusive-conditions = ひどい [労働|ろうどう][条件|じょうけん]・[生活|せいかつ][条件|じょうけん]
indicator-excessive-overtime = [長|なが]すぎる [残業|ざんぎょう]

## [事務局|じむきょく]
safety-admin-title = [安全|あんぜん]チェックの [質問集|しつもんしゅう]
safety-admin-section = [質問|しつもん]を [見|み]る、どの ことばで どの [文|ぶん]が たりないか [見|み]る、[新|あたら]しい バージョンを [公開|こうかい]する。
safety-admin-versions = バージョン
safety-admin-translations = ことばごとの たりない [文|ぶん]([開|ひら]くと プレビュー)
safety-admin-questions = いまの バージョンの [質問|しつもん]
safety-admin-col-id = [質問|しつもん]
safety-admin-col-section = セクション
safety-admin-col-severity = [重|おも]さ
safety-admin-col-indicators = ILOの [指標|しひょう]
safety-admin-col-rule = [日本|にほん]の ルール
safety-admin-new-version = [新|あたら]しい バージョンを [公開|こうかい]する
safety-admin-download = いまの バージョンを 1つの ファイルで ダウンロードして [編集|へんしゅう]する
safety-admin-upload = [編集|へんしゅう]した [質問集|しつもんしゅう]の ファイル(TOML)
safety-admin-check-publish = たしかめて [公開|こうかい]する
safety-admin-invalid = [何|なに]も [変|か]わって いません。まず つぎの [問題|もんだい]を なおして ください:
safety-admin-published = バージョン { $version }を [公開|こうかい]しました。[新|あたら]しい [回答|かいとう]は これを [使|つか]います。[前|まえ]の [回答|かいとう]は [前|まえ]の バージョンの ままです。
safety-admin-preview = { $language }で プレビュー
safety-admin-missing-text = この ことばの [文|ぶん]が ありません。[英語|えいご]を [表示|ひょうじ]して います。
safety-admin-counts = 1[日|にち]ごとの [利用|りよう]
safety-admin-audio = [録音|ろくおん]した [質問|しつもん]
safety-admin-audio-file = [録音|ろくおん]の ファイル(MP3、M4A、Ogg、WebM。3 MBまで)
safety-admin-help-requests = [相談|そうだん]の [依頼|いらい]は [全部|ぜんぶ]で { $count }[件|けん]
safety-admin-visits = [訪問|ほうもん]
safety-admin-starts = [開始|かいし]
safety-admin-completions = [完了|かんりょう]
safety-admin-help = [相談|そうだん]を [依頼|いらい]
safety-name-recruiters = あなたを [採用|さいよう]した [会社|かいしゃ]・[団体|だんたい]を [教|おし]えて ください(なまえは でません)
safety-fee-ledger = はらった お[金|かね]を [記録|きろく]する
