members-title = {"["}会員|かいいん]
members-intro = この ネットワークでは、[企業|きぎょう]、[業界|ぎょうかい][団体|だんたい]、[監理団体|かんりだんたい]・[登録支援機関|とうろくしえんきかん]、[送出機関|おくりだしきかん]、[人材|じんざい][紹介|しょうかい][会社|がいしゃ]、[地方|ちほう][自治体|じちたい]、[大使館|たいしかん]、[法律|ほうりつ]の [専門家|せんもんか]、NPO・NGO、[研究者|けんきゅうしゃ]、[個人|こじん]が いっしょに、[外国人|がいこくじん] [労働者|ろうどうしゃ]の [権利|けんり]を [守|まも]る [活動|かつどう]を して います。[会員|かいいん]は おたがいに [学|まな]び、[自分|じぶん]たちの [活動|かつどう]を [共有|きょうゆう]し、ワークショップや セミナーに [参加|さんか]します。
members-apply = {"["}会員|かいいん]に [申|もう]し[込|こ]む
members-total = ぜんぶで { $count }の [団体|だんたい]と [個人|こじん]
members-category = {"["}種類|しゅるい]
members-count = {"["}会員|かいいん][数|すう]
members-code-title = {"["}行動|こうどう][規範|きはん]
members-code-1 = わたしたちは [外国人|がいこくじん] [労働者|ろうどうしゃ]と その [家族|かぞく]の [人権|じんけん]を [大切|たいせつ]に します。[強制|きょうせい][労働|ろうどう]、[人身|じんしん][取引|とりひき]、[差別|さべつ]には [決|けっ]して [関|かか]わりません。
members-code-2 = わたしたちは「[雇用主|こようぬし] [負担|ふたん]の [原則|げんそく]」を [目指|めざ]します。[労働者|ろうどうしゃ]は [採用|さいよう]の [手数料|てすうりょう]も、それに [関係|かんけい]する [費用|ひよう]も [払|はら]いません。
members-code-3 = わたしたちは [労働者|ろうどうしゃ]の [個人|こじん][情報|じょうほう]を [守|まも]ります。ネットワークを [販売|はんばい]や [宣伝|せんでん]に [使|つか]いません。
members-code-4 = わたしたちは [毎年|まいとし]の [計画|けいかく]と [半年|はんとし]ごとの [報告|ほうこく]で、[自分|じぶん]たちの [活動|かつどう]を [正直|しょうじき]に [共有|きょうゆう]し、ほかの [会員|かいいん]から [学|まな]びます。
members-code-5 = わたしたちは [外国人|がいこくじん] [労働者|ろうどうしゃ]の [声|こえ]を [聞|き]き、[相談|そうだん]や [救済|きゅうさい]に つながるように [手助|てだす]けします。
members-practices-title = よい [取|と]り[組|く]み
members-status-applied = あなたの [申|もう]し[込|こ]みは、[事務局|じむきょく]の [確認|かくにん]を [待|ま]って います。
members-status-more-info = あなたの [申|もう]し[込|こ]みに ついて、[事務局|じむきょく]が もっと [情報|じょうほう]を [求|もと]めて います。
members-status-approved = あなたは [会員|かいいん]です。
members-status-refused = あなたの [申|もう]し[込|こ]みは [受|う]け[入|い]れられませんでした。
members-home-title = {"["}会員|かいいん]ページ
members-choose = {"["}選|えら]んで ください…
members-category-business = {"["}企業|きぎょう]
members-category-association = {"["}業界|ぎょうかい][団体|だんたい]
members-category-supervising = {"["}監理団体|かんりだんたい]・[登録支援機関|とうろくしえんきかん]
members-category-sending = {"["}送出機関|おくりだしきかん]
members-category-recruiting = {"["}人材|じんざい][紹介|しょうかい][会社|がいしゃ]
members-category-local-government = {"["}地方|ちほう][自治体|じちたい]
members-category-embassy = {"["}大使館|たいしかん]
members-category-legal = {"["}弁護士|べんごし]・[行政書士|ぎょうせいしょし]・[社会保険労務士|しゃかいほけんろうむし]
members-category-npo = NPO・NGO
members-category-researcher = {"["}研究者|けんきゅうしゃ]
members-category-individual = その [他|ほか]の [個人|こじん]
members-name = {"["}団体|だんたい]の [名前|なまえ](または あなたの [名前|なまえ])
members-name-hint = ここに [書|か]いた [名前|なまえ]が [会員|かいいん]の [一覧|いちらん]に [出|で]ます。
members-contact-name = {"["}担当者|たんとうしゃ]の [名前|なまえ]
members-email = {"["}連絡先|れんらくさき]の メールアドレス
members-area = どこに いますか([都道府県|とどうふけん]、[市区町村|しくちょうそん]、または [国|くに])
members-website = ウェブサイト([任意|にんい])
members-about = どんな [活動|かつどう]を して いますか。なぜ [参加|さんか]したいですか。
members-about-hint = いくつかの [文|ぶん]で [書|か]いて ください: [外国人|がいこくじん] [労働者|ろうどうしゃ]に [関|かか]わる あなたの [仕事|しごと]と、ネットワークで したい こと。
members-agree = わたしは [行動|こうどう][規範|きはん]を [読|よ]んで、[同意|どうい]します。
members-send = {"["}送|おく]る
members-application-title = あなたの [入会|にゅうかい][申|もう]し[込|こ]み
members-messages = これまでの [記録|きろく]
members-action-applied = {"["}申|もう]し[込|こ]み
members-action-resubmitted = もう [一度|いちど] [送|おく]った
members-action-approved = {"["}承認|しょうにん]
members-action-more-info = もっと [情報|じょうほう]を たのんだ
members-action-refused = {"["}不承認|ふしょうにん]
members-answer = {"["}答|こた]えて、もう [一度|いちど] [送|おく]る
members-answer-message = あなたから [事務局|じむきょく]への [返事|へんじ]
members-send-again = もう [一度|いちど] [送|おく]る
members-home-intro = この ページは [会員|かいいん]だけが [見|み]られます。ほかの [会員|かいいん]が [共有|きょうゆう]した ものと、ネットワークの よい [取|と]り[組|く]みが あります。
members-reports-title = {"["}活動|かつどう][計画|けいかく]と [活動|かつどう][報告|ほうこく]
members-published-reports = {"["}会員|かいいん]が [共有|きょうゆう]した もの
members-none-yet = まだ ありません。
members-practice-number = よい [取|と]り[組|く]み { $number }[番|ばん]:
members-kind-plan = 1[年|ねん]の [活動|かつどう][計画|けいかく]
members-kind-report = {"["}半年|はんとし]ごとの [活動|かつどう][報告|ほうこく]
members-report-kind-label = {"["}種類|しゅるい]
members-report-period-label = {"["}期間|きかん]
members-report-file = ファイル
members-report-visibility = だれが [読|よ]めるか
members-report-published = すべての [会員|かいいん]
members-report-private = あなたと [事務局|じむきょく]だけ
members-report-new = {"["}計画|けいかく]か [報告|ほうこく]を [送|おく]る
members-report-period-hint = {"["}計画|けいかく]は [年|ねん]を [書|か]いて ください。[例|れい]: 2026。[報告|ほうこく]は [半年|はんとし]を [書|か]いて ください。[例|れい]: 2026-H1(1[月|がつ]〜6[月|がつ])、2026-H2(7[月|がつ]〜12[月|がつ])。
members-report-body-label = した こと、または する [予定|よてい]の こと
members-report-file-hint = なくても いいです。PDF、Word(.docx)、Excel(.xlsx)、または [画像|がぞう]で、10 MBまでです。おなじ [期間|きかん]で もう [一度|いちど] [送|おく]ると、[前|まえ]の ものと [入|い]れ[替|か]わります。
members-report-publish = {"["}会員|かいいん]ページで、すべての [会員|かいいん]に [共有|きょうゆう]する
members-admin-title = {"["}会員|かいいん]
members-admin-section = {"["}入会|にゅうかい][申|もう]し[込|こ]み、[種類|しゅるい]ごとの [会員|かいいん][表|ひょう]、よい [取|と]り[組|く]み。
members-admin-total = {"["}会員|かいいん] { $count }([団体|だんたい] { $organisations }、[個人|こじん] { $individuals })
members-applications = {"["}申|もう]し[込|こ]み
members-applied-on = {"["}申|もう]し[込|こ]み[日|び]
members-practice-new = よい [取|と]り[組|く]みを [公開|こうかい]する
members-practice-title-label = タイトル
members-practice-body-label = {"["}本文|ほんぶん](Markdown)
members-practice-publish = {"["}次|つぎ]の [番号|ばんごう]で [公開|こうかい]する
members-code-agreed = {"["}行動|こうどう][規範|きはん]に [同意|どうい]しました
members-decide = {"["}決定|けってい]
members-decision = {"["}決定|けってい]
members-decision-approve = {"["}承認|しょうにん]する
members-decision-ask = もっと [情報|じょうほう]を たのむ
members-decision-refuse = {"["}承認|しょうにん]しない
members-decision-message = {"["}申|もう]し[込|こ]んだ [人|ひと]への メッセージ
members-decision-message-hint = もっと [情報|じょうほう]を たのむ ときと、[承認|しょうにん]しない ときは [必要|ひつよう]です。[申|もう]し[込|こ]んだ [人|ひと]は、メールと [申|もう]し[込|こ]みの ページで [読|よ]みます。
members-error-category = {"["}種類|しゅるい]を [選|えら]んで ください。
members-error-name = {"["}名前|なまえ]と [担当者|たんとうしゃ]を [入|い]れて ください。
members-error-email = {"["}正|ただ]しい メールアドレスを [入|い]れて ください。
members-error-website = ウェブサイトは https:// か http:// で [始|はじ]めて ください。
members-error-about = どんな [活動|かつどう]を して いるか、いくつかの [文|ぶん]で [書|か]いて ください(20[文字|もじ] [以上|いじょう])。
members-error-code = {"["}行動|こうどう][規範|きはん]を [読|よ]んで、[同意|どうい]の チェックを [入|い]れて ください。
members-error-too-long = {"["}長|なが]すぎる [文|ぶん]が あります。
members-error-already-applied = この アカウントは もう [申|もう]し[込|こ]んで います。
members-error-not-editable = {"["}申|もう]し[込|こ]みを [変|か]えられるのは、[事務局|じむきょく]が もっと [情報|じょうほう]を たのんだ ときだけです。
members-error-message = メッセージを [書|か]いて ください。[申|もう]し[込|こ]んだ [人|ひと]は、[理由|りゆう]を [知|し]る [必要|ひつよう]が あります。
members-error-decided = この [申|もう]し[込|こ]みは もう [決|き]まって います。
members-error-decision = どう するか [選|えら]んで ください。
members-report-kind = {"["}計画|けいかく]か [報告|ほうこく]かを [選|えら]んで ください。
members-report-period = {"["}期間|きかん]は、[計画|けいかく]なら [年|ねん](2026)、[報告|ほうこく]なら [半年|はんとし](2026-H1 か 2026-H2)です。[今日|きょう]から [遠|とお]すぎない [期間|きかん]に して ください。
members-report-body = いくつかの [文|ぶん]を [書|か]いて ください(20[文字|もじ] [以上|いじょう])。
members-report-attachment = ファイルは PDF、Word(.docx)、Excel(.xlsx)、PNG、JPEGの どれかに して ください。
members-report-too-large = ファイルか [文|ぶん]が [大|おお]きすぎます(10 MBまで)。
members-mail-approved-subject = ようこそ: [入会|にゅうかい]が [承認|しょうにん]されました
members-mail-approved-body =
    { $name }さま

    ひろばの [事務局|じむきょく]は、あなたの [入会|にゅうかい]を [承認|しょうにん]しました。{ $message }

    {"["}会員|かいいん]ページ: { $link }

    ひろば
members-mail-more-info-subject = あなたの [入会|にゅうかい][申|もう]し[込|こ]み: もっと [情報|じょうほう]が [必要|ひつよう]です
members-mail-more-info-body =
    { $name }さま

    ひろばの [事務局|じむきょく]は、あなたの [申|もう]し[込|こ]みに ついて、もっと [情報|じょうほう]が [必要|ひつよう]です:

    { $message }

    ここで [答|こた]えて、もう [一度|いちど] [送|おく]って ください: { $link }

    ひろば
members-mail-refused-subject = あなたの [入会|にゅうかい][申|もう]し[込|こ]みに ついて
members-mail-refused-body =
    { $name }さま

    ひろばの [事務局|じむきょく]は、あなたの [申|もう]し[込|こ]みを [受|う]け[入|い]れる ことが できませんでした:

    { $message }

    { $link }

    ひろば

## Newsletter
newsletter-title = ニュースレター
newsletter-unsubscribe-title = ニュースレターを [止|と]める
newsletter-unsubscribe-text = {"["}会員|かいいん]の ニュースレターは もう メールで [届|とど]きません。アーカイブ([過去|かこ]の ニュースレター)では これからも [読|よ]めます。
newsletter-unsubscribe-button = ニュースレターを [送|おく]らないで ください
newsletter-unsubscribed = {"["}止|と]めました。ニュースレターは もう [届|とど]きません。
newsletter-subject = {"["}件名|けんめい]
newsletter-body = {"["}本文|ほんぶん](Markdown)
newsletter-audience = だれに [送|おく]るか
newsletter-audience-all = すべての [会員|かいいん]
newsletter-archive = アーカイブで だれが [読|よ]めるか
newsletter-archive-members = {"["}会員|かいいん]だけ
newsletter-archive-public = だれでも
newsletter-admin-title = ニュースレター
newsletter-admin-section = {"["}毎月|まいつき]の ニュースレターを [書|か]いて、プレビューで [確|たし]かめて、[会員|かいいん]に [送|おく]ります。[届|とど]いたかどうかも [見|み]られます。
members-status-label = {"["}状態|じょうたい]
newsletter-status-draft = {"["}下書|したが]き
newsletter-status-sending = {"["}送|おく]って います
newsletter-status-sent = {"["}送|おく]りました
newsletter-new = {"["}新|あたら]しい ニュースレター
newsletter-save-draft = {"["}下書|したが]きを [保存|ほぞん]する
newsletter-delivery-queued = {"["}待|ま]って います
newsletter-delivery-sending = {"["}送|おく]って います
newsletter-delivery-sent = {"["}送|おく]りました
newsletter-delivery-failed = {"["}送|おく]れませんでした
newsletter-delivery-unknown = わかりません
newsletter-unknown-hint = 「わかりません」: この メールを [送|おく]って いる [途中|とちゅう]で、[送|おく]る [作業|さぎょう]が [止|と]まりました。[同|おな]じ メールが 2[回|かい] [届|とど]かないように、もう [一度|いちど]は [送|おく]りません。[必要|ひつよう]なら、その [会員|かいいん]に [聞|き]いて ください。
newsletter-preview = プレビュー
newsletter-send = {"["}今|いま]すぐ [送|おく]る
newsletter-edit = {"["}下書|したが]きを [直|なお]す
newsletter-mail-footer = あなたは ひろばの ネットワークの [会員|かいいん]なので、この ニュースレターが [届|とど]いて います。[止|と]めたい ときは ここから: { $link }
newsletter-error-subject = {"["}件名|けんめい]と [本文|ほんぶん]を [書|か]いて ください。
newsletter-error-audience = だれに [送|おく]るかと、アーカイブで だれが [読|よ]めるかを [選|えら]んで ください。
newsletter-error-sent = この ニュースレターは もう [送|おく]りました。
newsletter-error-nobody = この ニュースレターを [受|う]け[取|と]る [会員|かいいん]が いません。

## Supporters
supporters-title = あなたの サポーター リンク
supporters-intro = この リンクを [外国人|がいこくじん] [労働者|ろうどうしゃ]や その [周|まわ]りの [人|ひと]に [伝|つた]えて ください。リンクを [開|ひら]くと、その [人|ひと]の [言葉|ことば]で ひろばの [情報|じょうほう]を [読|よ]めます。あなたは、リンクから [何人|なんにん] [来|き]たかを [見|み]られます。わかるのは [数|かず]だけで、だれが [来|き]たかは わかりません。
supporters-your-link = あなただけの リンク
supporters-qr = あなただけの リンクの QRコード
supporters-reach = どれだけ [届|とど]いたか
supporters-visits = リンクを [開|ひら]いた [数|かず]
supporters-registrations = アカウントを つくった [数|かず]
supporters-counts-only = {"["}記録|きろく]するのは [数|かず]だけです。リンクを [開|ひら]いた [人|ひと]の ことは [何|なに]も [記録|きろく]しません。
supporters-awards = よい [取|と]り[組|く]みの [賞|しょう]
supporters-meetings = サポーターの [集|あつ]まりと その [他|ほか]の イベント
supporters-admin-title = サポーター
supporters-admin-section = サポーターの [紹介|しょうかい]リンク(リンクを [開|ひら]いた [数|かず]と アカウントを つくった [数|かず]だけ)、サポーターの [集|あつ]まり、よい [取|と]り[組|く]みの [賞|しょう]。
supporters-name = サポーター
supporters-award-new = よい [取|と]り[組|く]みの [賞|しょう]を [記録|きろく]する
supporters-award-title = なんの [賞|しょう]か
supporters-year = {"["}年|ねん]
supporters-award-save = {"["}賞|しょう]を [記録|きろく]する
supporters-error-award = サポーターを [選|えら]んで、なんの [賞|しょう]かと [年|ねん]を [書|か]いて ください。
