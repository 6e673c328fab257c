members-title = Mga miyembro
members-intro = Nagtutulungan sa network na ito ang mga negosyo, samahan, supervising at support organization, sending at recruiting organization, lokal na pamahalaan, embahada, mga propesyonal sa batas, NPO at NGO, mga mananaliksik at mga indibidwal para protektahan ang mga karapatan ng mga migrant worker. Natututo ang mga miyembro sa isa't isa, ibinabahagi nila ang kanilang ginagawa, at sumasali sila sa mga workshop at seminar.
members-apply = Mag-apply bilang miyembro
members-total = { $count } organisasyon at indibidwal
members-category = Kategorya
members-count = Mga miyembro
members-code-title = Kodigo ng pag-uugali
members-code-1 = Iginagalang namin ang karapatang pantao ng mga migrant worker at ng kanilang pamilya, at hindi kami kailanman sumasali sa sapilitang paggawa, human trafficking o diskriminasyon.
members-code-2 = Kumikilos kami tungo sa employer-pays principle: walang babayarang recruitment fee o kaugnay na gastos ang mga manggagawa.
members-code-3 = Pinoprotektahan namin ang personal na impormasyon ng mga manggagawa at hindi namin kailanman ginagamit ang network para magbenta o mag-advertise.
members-code-4 = Tapat naming ibinabahagi ang aming mga gawain, sa taunang plano at sa mga ulat bawat kalahating taon, at natututo kami sa ibang miyembro.
members-code-5 = Nakikinig kami sa mga migrant worker at tinutulungan namin silang makakuha ng payo at lunas.
members-practices-title = Mabubuting gawi
members-status-applied = Naghihintay ang application mo ng pagsusuri ng sekretariat.
members-status-more-info = Humingi ang sekretariat ng karagdagang impormasyon.
members-status-approved = Miyembro ka na.
members-status-refused = Hindi tinanggap ang application.
members-home-title = Pahina ng mga miyembro
members-choose = Pumili…
members-category-business = Mga negosyo
members-category-association = Mga samahan ng industriya
members-category-supervising = Mga supervising organization at registered support organization
members-category-sending = Mga sending organization
members-category-recruiting = Mga recruitment company
members-category-local-government = Mga lokal na pamahalaan
members-category-embassy = Mga embahada
members-category-legal = Mga abogado, administrative scrivener (gyōsei shoshi), at labor and social security attorney (sharōshi)
members-category-npo = Mga NPO at NGO
members-category-researcher = Mga mananaliksik
members-category-individual = Iba pang indibidwal
members-name = Pangalan ng organisasyon (o pangalan mo)
members-name-hint = Kung paano ito dapat lumabas sa listahan ng mga miyembro.
members-contact-name = Contact person
members-email = Email para makontak
members-area = Kung nasaan ka (prefecture, lungsod o bansa)
members-website = Website (opsiyonal)
members-about = Ano ang ginagawa mo at bakit gusto mong sumali
members-about-hint = Ilang pangungusap: ang trabaho mo kasama ang mga migrant worker at ang gusto mong gawin sa network.
members-agree = Nabasa ko ang kodigo ng pag-uugali at sumasang-ayon ako rito.
members-send = Ipadala
members-application-title = Ang application mo para maging miyembro
members-messages = Kasaysayan
members-action-applied = Naipadala ang application
members-action-resubmitted = Ipinadala ulit
members-action-approved = Inaprubahan
members-action-more-info = Humingi ng karagdagang impormasyon
members-action-refused = Hindi tinanggap
members-answer = Sumagot at ipadala ulit
members-answer-message = Ang sagot mo sa sekretariat
members-send-again = Ipadala ulit
members-home-intro = Mga miyembro lang ang nakakakita ng pahinang ito: ang piniling ibahagi ng ibang miyembro, at ang mabubuting gawi ng network.
members-reports-title = Mga plano at ulat ng gawain
members-published-reports = Ibinahagi ng mga miyembro
members-none-yet = Wala pa.
members-practice-number = Mabuting gawi Blg. { $number }:
members-kind-plan = Taunang plano ng gawain
members-kind-report = Ulat ng gawain bawat kalahating taon
members-report-kind-label = Uri
members-report-period-label = Panahon
members-report-file = File
members-report-visibility = Sino ang puwedeng magbasa
members-report-published = Lahat ng miyembro
members-report-private = Ikaw at ang sekretariat
members-report-new = Magpadala ng plano o ulat
members-report-period-hint = Para sa plano, ang taon, halimbawa 2026. Para sa ulat, ang kalahating taon, halimbawa 2026-H1 (Enero hanggang Hunyo) o 2026-H2.
members-report-body-label = Ang ginawa mo o balak mong gawin
members-report-file-hint = Opsiyonal: PDF, Word (.docx), Excel (.xlsx) o larawan, hanggang 10 MB. Kapag nagpadala ulit para sa parehong panahon, papalitan nito ang nauna.
members-report-publish = Ibahagi ito sa lahat ng miyembro sa pahina ng mga miyembro
members-admin-title = Mga miyembro
members-admin-section = Mga application para maging miyembro, ang talaan ng mga miyembro ayon sa kategorya, at mabubuting gawi.
members-admin-total = { $count } miyembro: { $organisations } organisasyon at { $individuals } indibidwal
members-applications = Mga application
members-applied-on = Petsa ng application
members-practice-new = Mag-publish ng mabuting gawi
members-practice-title-label = Pamagat
members-practice-body-label = Teksto (Markdown)
members-practice-publish = I-publish gamit ang susunod na numero
members-code-agreed = Sumang-ayon sa kodigo ng pag-uugali
members-decide = Desisyon
members-decision = Desisyon
members-decision-approve = Aprubahan
members-decision-ask = Humingi ng karagdagang impormasyon
members-decision-refuse = Tanggihan
members-decision-message = Mensahe sa aplikante
members-decision-message-hint = Kailangan kapag humihingi ng karagdagang impormasyon o tumatanggi: mababasa ito ng aplikante sa email at sa pahina ng kanyang application.
members-error-category = Pumili ng kategorya.
members-error-name = Ilagay ang pangalan at isang contact person.
members-error-email = Mag-type ng tamang email address.
members-error-website = Dapat magsimula ang website sa https:// o http://.
members-error-about = Ikuwento sa ilang pangungusap kung ano ang ginagawa mo (hindi bababa sa 20 character).
members-error-code = Basahin ang kodigo ng pag-uugali at i-tsek ang kahon para sumang-ayon.
members-error-too-long = May tekstong masyadong mahaba.
members-error-already-applied = Nakapag-apply na ang account na ito.
members-error-not-editable = Mababago lang ang application kapag humingi ng karagdagang impormasyon ang sekretariat.
members-error-message = Sumulat ng mensahe: kailangang malaman ng aplikante kung bakit.
members-error-decided = May desisyon na sa application na ito.
members-error-decision = Pumili ng desisyon.
members-report-kind = Pumili ng plano o ulat.
members-report-period = Isang taon ang panahon para sa plano (2026) o kalahating taon para sa ulat (2026-H1 o 2026-H2), hindi masyadong malayo sa araw na ito.
members-report-body = Sumulat ng kahit ilang pangungusap (20 character).
members-report-attachment = Dapat PDF, Word (.docx), Excel (.xlsx), PNG o JPEG ang file.
members-report-too-large = Masyadong malaki ang file o ang teksto (hanggang 10 MB lang).
members-mail-approved-subject = Maligayang pagdating: inaprubahan na ang pagiging miyembro mo
members-mail-approved-body =
    Mahal na { $name },

    Inaprubahan ng sekretariat ang pagiging miyembro mo. { $message }

    Pahina ng mga miyembro: { $link }

    Hiroba
members-mail-more-info-subject = Ang application mo para maging miyembro: kailangan ng karagdagang impormasyon
members-mail-more-info-body =
    Mahal na { $name },

    Kailangan ng sekretariat ng karagdagang impormasyon tungkol sa application mo:

    { $message }

    Sumagot at ipadala ulit dito: { $link }

    Hiroba
members-mail-refused-subject = Ang application mo para maging miyembro
members-mail-refused-body =
    Mahal na { $name },

    Hindi matanggap ng sekretariat ang application mo:

    { $message }

    { $link }

    Hiroba

## Newsletter
newsletter-title = Newsletter
newsletter-unsubscribe-title = Itigil ang newsletter
newsletter-unsubscribe-text = Hindi mo na matatanggap sa email ang newsletter ng mga miyembro. Mababasa mo pa rin ito sa archive.
newsletter-unsubscribe-button = Huwag na akong padalhan ng newsletter
newsletter-unsubscribed = Tapos na: hindi mo na matatanggap ang newsletter.
newsletter-subject = Subject
newsletter-body = Teksto (Markdown)
newsletter-audience = Ipadala sa
newsletter-audience-all = Lahat ng miyembro
newsletter-archive = Sino ang puwedeng magbasa sa archive
newsletter-archive-members = Mga miyembro lang
newsletter-archive-public = Lahat
newsletter-admin-title = Newsletter
newsletter-admin-section = Isulat ang buwanang newsletter, i-preview ito, ipadala sa mga miyembro at subaybayan ang pagpapadala nito.
members-status-label = Status
newsletter-status-draft = Draft
newsletter-status-sending = Ipinapadala
newsletter-status-sent = Naipadala
newsletter-new = Bagong isyu
newsletter-save-draft = I-save ang draft
newsletter-delivery-queued = Naghihintay
newsletter-delivery-sending = Ipinapadala
newsletter-delivery-sent = Naipadala
newsletter-delivery-failed = Hindi naipadala
newsletter-delivery-unknown = Hindi alam
newsletter-unknown-hint = “Hindi alam”: huminto ang pagpapadala habang ipinapadala ang email na ito. Hindi na ito ipapadala ulit para walang makatanggap nito nang dalawang beses; kumpirmahin sa miyembro kung kailangan.
newsletter-preview = Preview
newsletter-send = Ipadala ngayon
newsletter-edit = Baguhin ang draft
newsletter-mail-footer = Natatanggap mo ang newsletter na ito bilang miyembro ng Hiroba network. Para itigil ito: { $link }
newsletter-error-subject = Sumulat ng subject at teksto.
newsletter-error-audience = Piliin kung sino ang tatanggap at kung sino ang puwedeng magbasa nito sa archive.
newsletter-error-sent = Naipadala na ang isyung ito.
newsletter-error-nobody = Walang miyembrong makakatanggap ng isyung ito.

## Supporters
supporters-title = Ang link mo bilang tagasuporta
supporters-intro = Ibahagi ang link na ito sa mga migrant worker at sa mga tao sa paligid nila: dadalhin sila nito sa impormasyon ng Hiroba sa sarili nilang wika. Makikita mo kung ilang tao ang dumating sa pamamagitan nito — mga bilang lang, hindi kailanman kung sino.
supporters-your-link = Ang personal na link mo
supporters-qr = QR code ng personal na link mo
supporters-reach = Gaano kalayo ito nakarating
supporters-visits = Mga pagbisita
supporters-registrations = Mga nagparehistro
supporters-counts-only = Bilang lang ang itinatago: walang anumang impormasyon tungkol sa mga taong sumunod sa link.
supporters-awards = Mga parangal sa mabuting gawi
supporters-meetings = Mga pulong ng mga tagasuporta at iba pang event
supporters-admin-title = Mga tagasuporta
supporters-admin-section = Mga referral link ng mga tagasuporta (mga pagbisita at pagpaparehistro, bilang lang), mga pulong at mga parangal sa mabuting gawi.
supporters-name = Tagasuporta
supporters-award-new = Magtala ng parangal sa mabuting gawi
supporters-award-title = Para saan ang parangal
supporters-year = Taon
supporters-award-save = Itala ang parangal
supporters-error-award = Pumili ng tagasuporta at ilagay ang pamagat at taon ng parangal.
