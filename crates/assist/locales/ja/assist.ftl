## [相談|そうだん]する [人|ひと]の ページ
assist-title = [相談|そうだん]する
assist-intro = ひろばの [相談員|そうだんいん]に、あなたの ことばで [書|か]いて ください。[仕事|しごと]の こと、[在留資格|ざいりゅうしかく]の こと、[毎日|まいにち]の [生活|せいかつ]で [困|こま]った ことを、[無料|むりょう]で [手伝|てつだ]います。あなたの [会社|かいしゃ]には [知|し]らせません。
assist-hours = [相談員|そうだんいん]は [火曜日|かようび]から [土曜日|どようび]の 10:00から 18:00まで([日本|にほん]の [時間|じかん])に [返事|へんじ]を します。ほかの [時間|じかん]に [書|か]いた ときは、つぎの [営業日|えいぎょうび]に [返事|へんじ]を します。
assist-name = [名前|なまえ] または ニックネーム
assist-name-hint = [書|か]かなくても だいじょうぶです。ニックネームでも いいです。
assist-contact = どうやって [連絡|れんらく]したら いいですか。
assist-contact-hint = メールアドレス、[電話番号|でんわばんごう]、または LINEか Facebookの [名前|なまえ]
assist-message = あなたの メッセージ
assist-consent = わたしを [手伝|てつだ]う ために、わたしが [書|か]いた ことを、ひろばが [暗号化|あんごうか]して [保存|ほぞん]する ことに [同意|どうい]します。[消|け]して ほしい ときは、たのむ ことが できます。
assist-consent-needed = メッセージを [保存|ほぞん]する ために、[同意|どうい]の ボックスに チェックを [入|い]れて ください。
assist-send = [送|おく]る
assist-sent = ありがとうございます。あなたの メッセージは [相談員|そうだんいん]に [届|とど]きました。
assist-case-number = [相談|そうだん][番号|ばんごう]
assist-passphrase = [合言葉|あいことば]
assist-keep-these = この 2つを メモするか、スクリーンショットを [撮|と]って ください。これが あれば、アカウントが なくても、ここで [返事|へんじ]を [読|よ]めます。ほかの [人|ひと]は あなたの [相談|そうだん]を [開|ひら]けません。
assist-follow = わたしの [相談|そうだん]を [開|ひら]く
assist-have-case = もう [相談|そうだん][番号|ばんごう]が あります
assist-case-title = あなたの [相談|そうだん]
assist-open-case = [開|ひら]く
assist-case-not-found = [相談|そうだん][番号|ばんごう]か [合言葉|あいことば]が ちがいます。
assist-message-missing = メッセージを [書|か]いて ください。
assist-contact-missing = [連絡|れんらく]の [方法|ほうほう]を [教|おし]えて ください。
assist-too-long = [文章|ぶんしょう]が [長|なが]すぎます。
assist-from-worker = あなた
assist-from-counsellor = [相談員|そうだんいん]
assist-from-note = [内部|ないぶ]メモ

## [状態|じょうたい]と [受付|うけつけ][方法|ほうほう]
assist-status-new = [新|あたら]しい [相談|そうだん]
assist-status-open = [対応中|たいおうちゅう]
assist-status-waiting-worker = [相談者|そうだんしゃ]の [返事|へんじ]を [待|ま]って います
assist-status-waiting-referral = [紹介先|しょうかいさき]の [返事|へんじ]を [待|ま]って います
assist-status-resolved = [解決|かいけつ]しました
assist-status-closed = [終了|しゅうりょう]しました
assist-channel-web = ウェブフォーム
assist-channel-safety = [安全|あんぜん]チェック
assist-channel-email = メール
assist-channel-phone = [電話|でんわ]
assist-channel-visit = [来所|らいしょ]

## [相談員|そうだんいん]
assist-inbox-title = [相談|そうだん]の [受付箱|うけつけばこ]
assist-admin-section = [相談員|そうだんいん] [全員|ぜんいん]で [対応|たいおう]する [相談|そうだん]の [一覧|いちらん]です。[待|ま]ち[時間|じかん]が [長|なが]い [順|じゅん]に [並|なら]んで います。
assist-imported = [安全|あんぜん]チェックから [新|あたら]しい [相談|そうだん]の [依頼|いらい]を { $count }[件|けん] [追加|ついか]しました。
assist-filter-language = ことば
assist-filter-status = [状態|じょうたい]
assist-filter = [絞|しぼ]り[込|こ]む
assist-all = すべて
assist-col-language = ことば
assist-col-channel = [受付|うけつけ][方法|ほうほう]
assist-col-status = [状態|じょうたい]
assist-col-waiting = [待|ま]ち[始|はじ]めた [日時|にちじ]
assist-col-assignee = [担当|たんとう][相談員|そうだんいん]
assist-read-logged = この [相談|そうだん]を [開|ひら]いた ことは、[監査|かんさ]ログに [記録|きろく]されました。
assist-claim = この [相談|そうだん]を [担当|たんとう]する
assist-save = [保存|ほぞん]する
assist-reply = [相談者|そうだんしゃ]に [返事|へんじ]を する
assist-internal-note = [内部|ないぶ]メモ([相談者|そうだんしゃ]には [見|み]えません)

## [相談|そうだん][記録|きろく]と [統計|とうけい]
assist-messages = メッセージ
assist-consultations = [相談|そうだん][記録|きろく]
assist-log-consultation = [電話|でんわ]、[来所|らいしょ]、[関係|かんけい][機関|きかん]との [調整|ちょうせい]を [記録|きろく]する
assist-col-when = [日時|にちじ]
assist-col-kind = [種類|しゅるい]
assist-col-minutes = [時間|じかん]([分|ふん])
assist-col-issues = [相談|そうだん][内容|ないよう]
assist-col-count = [件数|けんすう]
assist-kind-contact = [相談者|そうだんしゃ]との [対応|たいおう]
assist-kind-coordination = [関係|かんけい][機関|きかん]との [調整|ちょうせい]
assist-consultation-invalid = [種類|しゅるい]、[受付|うけつけ][方法|ほうほう]、[時間|じかん]([分|ふん])、[相談|そうだん][内容|ないよう]を [確認|かくにん]して ください。
assist-statistics-title = [統計|とうけい]
assist-period-from = [開始日|かいしび]
assist-period-to = [終了日|しゅうりょうび]
assist-period-invalid = [期間|きかん]は 2つの [日付|ひづけ]で [入力|にゅうりょく]して ください。[開始日|かいしび]は [終了日|しゅうりょうび]より [後|あと]に できません。
assist-download-csv = CSVで ダウンロードする
assist-stat-people = [相談者|そうだんしゃ]の [人数|にんずう]
assist-stat-consultations = [相談|そうだん]の [件数|けんすう]
assist-stat-issues = [相談|そうだん][内容|ないよう]の [件数|けんすう]
assist-by-type = [種類|しゅるい][別|べつ]の [相談|そうだん][内容|ないよう]
assist-by-language = ことば[別|べつ]の [相談|そうだん][件数|けんすう]
issue-residency = [在留|ざいりゅう][関係|かんけい]
issue-residency-entry-exit = [入出国|にゅうしゅっこく]
issue-residency-change-status = [在留資格|ざいりゅうしかく][変更|へんこう]
issue-residency-other = [在留資格|ざいりゅうしかく]・その[他|た]
issue-residency-unspecified = [在留|ざいりゅう][関係|かんけい]([区分|くぶん]の [指定|してい]なし)
issue-lifestyle = [生活|せいかつ][関係|かんけい]
issue-lifestyle-domestic = [家庭|かてい][問題|もんだい]
issue-lifestyle-consumer-housing-phone = [消費者|しょうひしゃ][問題|もんだい]・[住宅|じゅうたく]・[携帯電話|けいたいでんわ][契約|けいやく]
issue-lifestyle-civil = [民事|みんじ][事件|じけん]
issue-labour = [労働|ろうどう][関係|かんけい]
issue-labour-termination = [雇用|こよう][契約|けいやく]の [終了|しゅうりょう]
issue-labour-wages = [賃金|ちんぎん]
issue-labour-harassment = ハラスメント・[人間|にんげん][関係|かんけい]
issue-labour-other-conditions = その[他|た]の [労働|ろうどう][条件|じょうけん]
issue-labour-unspecified = [労働|ろうどう][関係|かんけい]([区分|くぶん]の [指定|してい]なし)
issue-medical-welfare = [医療|いりょう]・[福祉|ふくし]
issue-education = [教育|きょういく]
issue-tax-social-security = [税金|ぜいきん]・[社会|しゃかい][保障|ほしょう]
issue-other = その[他|た]

## [過去|かこ]の [記録|きろく]の [取|と]り[込|こ]み
assist-import-title = [過去|かこ]の [記録|きろく]を [取|と]り[込|こ]む
assist-import-format = [相談|そうだん] 1[件|けん]を 1[行|ぎょう]に した CSVファイルで、[最初|さいしょ]の [行|ぎょう]は この [見出|みだ]しに して ください。[日付|ひづけ]は YYYY-MM-DD の [形|かたち]で、[相談|そうだん][内容|ないよう]は コードを セミコロン(;)で [区切|くぎ]って [書|か]きます。
assist-import-problems = [何|なに]も [取|と]り[込|こ]んで いません。[次|つぎ]の [行|ぎょう]を [修正|しゅうせい]して ください:
assist-import-line = { $line }[行目|ぎょうめ]:
assist-import-clean = ファイルに [問題|もんだい]は ありません。{ $count }[行|ぎょう]を [取|と]り[込|こ]めます。[取|と]り[込|こ]む ときは、テスト[実行|じっこう]の チェックを [外|はず]して、もう [一度|いちど] [送信|そうしん]して ください。
assist-import-done = { $people }[人|にん]の [相談|そうだん] { $count }[件|けん]を [取|と]り[込|こ]みました。
assist-import-file = CSVファイル
assist-import-dry-run = テスト[実行|じっこう]([確認|かくにん]だけ。[何|なに]も [取|と]り[込|こ]みません)
assist-import-submit = [確認|かくにん]する または [取|と]り[込|こ]む

## あなたの プライバシーと [最後|さいご]の [質問|しつもん]
assist-reads-title = あなたの [相談|そうだん]を [読|よ]んだ [人|ひと]
assist-reads-none = まだ だれも あなたの [相談|そうだん]を [開|ひら]いて いません。
assist-erase-text = [同意|どうい]を やめる ことも できます。そう すると、あなたの [名前|なまえ]、[連絡先|れんらくさき]、すべての メッセージを [消|け]します。[統計|とうけい]には、だれの ものか わからない [数字|すうじ]だけが [残|のこ]ります。[一度|いちど] [消|け]すと、もとに もどせません。
assist-erase = わたしの [情報|じょうほう]を [消|け]す
assist-outcome-solved = [問題|もんだい]は [解決|かいけつ]しましたか。
assist-outcome-yes = はい
assist-outcome-partly = [少|すこ]しだけ
assist-outcome-no = いいえ
assist-outcome-satisfaction = [手伝|てつだ]いに どのくらい [満足|まんぞく]して いますか。(1 = ぜんぜん [満足|まんぞく]して いない、5 = とても [満足|まんぞく]して いる)

## [返事|へんじ]の [目安|めやす]と お[知|し]らせ
assist-next-step-new = [相談員|そうだんいん]は ふつう 2[日|か] [以内|いない]([火曜日|かようび]から [土曜日|どようび]の [営業日|えいぎょうび])に [返事|へんじ]を します。[返事|へんじ]は この ページで [見|み]られます。
assist-next-step-open = [相談員|そうだんいん]が あなたの [相談|そうだん]に [対応|たいおう]して います。つぎの [返事|へんじ]は ふつう 5[日|か] [以内|いない]([営業日|えいぎょうび])に [届|とど]きます。
assist-next-step-waiting-worker = [相談員|そうだんいん]は あなたの [返事|へんじ]を [待|ま]って います。[下|した]に [書|か]いて ください。
assist-next-step-waiting-referral = あなたの [相談|そうだん]を [専門|せんもん]の [機関|きかん]に [紹介|しょうかい]しました。[返事|へんじ]は ふつう 10[日|か] [以内|いない]([営業日|えいぎょうび])に [届|とど]きます。
assist-next-step-resolved = あなたの [相談|そうだん]は [解決|かいけつ]しました。[問題|もんだい]が [本当|ほんとう]に [解決|かいけつ]したか どうか、[下|した]で [教|おし]えて ください。
assist-next-step-closed = あなたの [相談|そうだん]は [終了|しゅうりょう]しました。[新|あたら]しい ことが あった ときは、また [書|か]く ことが できます。
assist-overdue = [目安|めやす]の [期限|きげん]を [過|す]ぎて います
assist-mail-reply-subject = ひろば:あなたの [相談|そうだん] { $number }に [返事|へんじ]が あります
assist-mail-reply-body =
    こんにちは。

    {"["}相談員|そうだんいん]が あなたの [相談|そうだん] { $number }に [返事|へんじ]を しました。[読|よ]む ときは、この ページを [開|ひら]いて、[相談|そうだん][番号|ばんごう]と [合言葉|あいことば]を [入|い]れて ください:

    { $link }

    あなたの プライバシーを [守|まも]る ために、この メールには [返事|へんじ]を [書|か]いて いません。

    ひろば

## [紹介|しょうかい]、ADR、[定型|ていけい]の [返事|へんじ]
assist-directory-title = [関係|かんけい][機関|きかん]の [一覧|いちらん]と [定型|ていけい]の [返事|へんじ]
assist-directory-invalid = [名前|なまえ]を [入|い]れて、[種類|しゅるい]を [選|えら]んで ください。[文章|ぶんしょう]は [長|なが]すぎないように して ください。
assist-org-name = [機関|きかん]・[団体|だんたい]
assist-org-kind = [種類|しゅるい]
assist-org-languages = [対応|たいおう]できる ことば
assist-org-area = [地域|ちいき]
assist-org-contact = [連絡先|れんらくさき]
assist-org-add = [機関|きかん]・[団体|だんたい]を [追加|ついか]する
assist-org-kind-lawyer = [弁護士|べんごし]
assist-org-kind-scrivener = [行政書士|ぎょうせいしょし]
assist-org-kind-interpreter = [通訳|つうやく]
assist-org-kind-support-group = [支援|しえん][団体|だんたい]
assist-org-kind-local-government = [自治体|じちたい]
assist-referrals = [紹介|しょうかい]と [支援|しえん]
assist-attendant = [同行|どうこう][支援|しえん]([複雑|ふくざつ]な [相談|そうだん]で、[相談員|そうだんいん]が [相談者|そうだんしゃ]に [付|つ]き[添|そ]います)
assist-refer-to = [紹介先|しょうかいさき]
assist-refer = [紹介|しょうかい]する
assist-referral-outcome = [紹介|しょうかい]の [結果|けっか]
assist-referral-pending = [返事|へんじ][待|ま]ち
assist-referral-accepted = [受|う]け[入|い]れ
assist-referral-declined = [辞退|じたい]
assist-referral-completed = [完了|かんりょう]
assist-adr-title = [弁護士会|べんごしかい]ADR([弁護士会|べんごしかい]に よる [紛争|ふんそう][解決|かいけつ])
assist-adr-worker-mediator = [労働者|ろうどうしゃ][側|がわ]の [調停人|ちょうていにん]
assist-adr-employer-mediator = [雇用主|こようぬし][側|がわ]の [調停人|ちょうていにん]
assist-adr-interpreter = [通訳|つうやく]
assist-adr-hearings = [期日|きじつ]([話|はな]し[合|あ]いの [日|ひ])
assist-adr-documents = [書類|しょるい]([両方|りょうほう]の ことばで)
assist-adr-outcome = [結果|けっか]
assist-canned-title = [定型|ていけい]の [返事|へんじ]
assist-canned-name = [名前|なまえ]
assist-canned-text = [本文|ほんぶん]
assist-canned-send = この [返事|へんじ]を [送|おく]る
assist-closed-now = [相談員|そうだんいん]は いま [休|やす]みです。{ $time }（[日本|にほん]の [時間|じかん]）から メッセージを [読|よ]みます。
assist-mail-opened-subject = [{ $number }] ひろばが メッセージを [受|う]け[取|と]りました
assist-mail-opened-body =
    こんにちは。

    あなたの メッセージは ひろばの [相談員|そうだんいん]に [届|とど]きました。[相談|そうだん][番号|ばんごう]は { $number }、[合言葉|あいことば]は { $passphrase }です。

    もう [一度|いちど] [書|か]く ときは この メールに [返信|へんしん]して ください（[件名|けんめい]の { $number }は [消|け]さないで ください）。[返事|へんじ]は ここで [読|よ]めます:

    { $link }

    ひろば
assist-filter-mine = [自分|じぶん]の [相談|そうだん]だけ
assist-new-case = [新|あたら]しい [相談|そうだん]（[電話|でんわ]・[来所|らいしょ]）
assist-new-case-done = [相談|そうだん]を [作|つく]りました。[相談|そうだん][番号|ばんごう]と [合言葉|あいことば]を [相談者|そうだんしゃ]に [伝|つた]えて ください。ウェブで [相談|そうだん]の ようすを [見|み]ることが できます。
assist-summary = [相談|そうだん]の [内容|ないよう]
assist-stat-outcomes = [終|お]わった ときの [答|こた]え
assist-stat-satisfaction = [満足度|まんぞくど]の [平均|へいきん]: 5の うち { $average }
assist-download-xlsx = Excel（XLSX）で ダウンロード
assist-site = [職場|しょくば]の コード（ある [人|ひと]だけ）
assist-site-hint = なくても [大丈夫|だいじょうぶ]です。[会社|かいしゃ]から もらった コードです。[会社|かいしゃ]に あなたの メッセージは [伝|つた]わりません。
assist-site-unknown = この コードは ありません。たしかめるか、[空|から]に して ください。

## 事務局が相談の種類を編集する画面
taxonomy-title = [相談|そうだん]の [種類|しゅるい]
taxonomy-admin-section = [相談|そうだん]を [分|わ]けて [数|かぞ]えるための [種類|しゅるい]を [増|ふ]やします。
taxonomy-intro = [相談|そうだん]は これらの [種類|しゅるい]で [分|わ]けます。[種類|しゅるい]や その [中|なか]の [細|こま]かい [種類|しゅるい]を、それぞれの [言葉|ことば]の [名前|なまえ]と [一緒|いっしょ]に [追加|ついか]できます。[使|つか]われた [種類|しゅるい]は [削除|さくじょ]できません。[使用|しよう][終了|しゅうりょう]にすると、[過去|かこ]の [統計|とうけい]には [残|のこ]ります。
taxonomy-col-type = [種類|しゅるい]
taxonomy-col-code = コード
taxonomy-col-used = [相談|そうだん]の [数|かず]
taxonomy-col-actions = [操作|そうさ]
taxonomy-retired = [使用|しよう][終了|しゅうりょう]
taxonomy-custom = [事務局|じむきょく]が [追加|ついか]
taxonomy-retire = [使用|しよう][終了|しゅうりょう]にする
taxonomy-restore = また [使|つか]う
taxonomy-delete = [削除|さくじょ]する
taxonomy-edit-labels = [名前|なまえ]を [直|なお]す
taxonomy-add = [種類|しゅるい]を [追加|ついか]する
taxonomy-parent = どの [種類|しゅるい]の [中|なか]か
taxonomy-top-level = [新|あたら]しい [大|おお]きな [種類|しゅるい]
taxonomy-code-help = [小文字|こもじ]の [英字|えいじ]・[数字|すうじ]・ハイフンで 3〜48[文字|もじ]。[例|れい]: labour-overtime。あとで [変|か]えられません。
taxonomy-labels = [名前|なまえ]
taxonomy-labels-help = [英語|えいご]と [日本語|にほんご]は [必要|ひつよう]です。[空|から]の [言葉|ことば]には [英語|えいご]の [名前|なまえ]が [出|で]ます。
taxonomy-code-invalid = コードは [小文字|こもじ]の [英字|えいじ]・[数字|すうじ]・ハイフンで 3〜48[文字|もじ]に してください。
taxonomy-code-taken = その コードは もう [使|つか]われています。[別|べつ]の コードに してください。
taxonomy-parent-invalid = [今|いま] [使|つか]っている [大|おお]きな [種類|しゅるい]を [選|えら]んでください。
taxonomy-label-missing = [少|すく]なくとも [英語|えいご]と [日本語|にほんご]の [名前|なまえ]を [書|か]いてください。
taxonomy-label-too-long = [名前|なまえ]は 120[文字|もじ]までです。
taxonomy-builtin = [最初|さいしょ]からある [種類|しゅるい]の [名前|なまえ]は [翻訳|ほんやく]ファイルで [管理|かんり]します。ここでは [変|か]えられません。
taxonomy-not-found = その [種類|しゅるい]は ありません。
taxonomy-in-use = この [種類|しゅるい]を [使|つか]った [相談|そうだん]か、[中|なか]の [種類|しゅるい]が あるので [削除|さくじょ]できません。[使用|しよう][終了|しゅうりょう]にしてください。
taxonomy-invalid = [内容|ないよう]が わかりませんでした。[何|なに]も [変|か]わっていません。

## 相談者の ページの プッシュ通知
assist-push-text = [相談員|そうだんいん]が [返事|へんじ]を したとき、この [電話|でんわ]に お[知|し]らせが [届|とど]きます。[返事|へんじ]の [内容|ないよう]は [出|で]ません。[返事|へんじ]が あることだけ [知|し]らせます。
assist-push-on = この [電話|でんわ]に [知|し]らせる
assist-push-off = この [電話|でんわ]への お[知|し]らせを やめる
assist-push-done = この [電話|でんわ]に お[知|し]らせが [届|とど]きます。
assist-push-stopped = この [電話|でんわ]への お[知|し]らせを やめました。
assist-push-failed = お[知|し]らせを [設定|せってい]できませんでした。ブラウザの [通知|つうち]が [許可|きょか]されているか [確|たし]かめてください。
assist-push-invalid = この ブラウザの [通知|つうち]の [情報|じょうほう]は [使|つか]えませんでした。[何|なに]も [変|か]わっていません。
assist-push-title = Hiroba
assist-push-reply = [相談員|そうだんいん]から [返事|へんじ]が あります。[相談|そうだん]の ページを [開|ひら]いて [読|よ]んでください。
