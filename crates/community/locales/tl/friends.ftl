friends-title = Mga kaibigan
friends-intro = Nagkakakilala ang mga dayuhang residente at mga Japanese na tagasuporta ayon sa lugar at wika: para mag-practice ng Japanese, sabay na pumunta sa event, o magpatulong sa araw-araw na buhay.
friends-safety = Kaligtasan mo ang una: palayaw ang gamit mo, hindi kailanman ipinapakita ng profile mo ang address, numero ng telepono o email, at puwede lang kayong magsulatan kapag pumayag na kayong dalawa. Puwede mong i-block ang kahit sino at i-report ang anumang ikinababahala mo.
friends-edit-profile = Baguhin ang profile ko
friends-not-visible = hindi nakikita ng iba
friends-contacts = Mga contact ko
friends-events = Mga pagtitipon ng mga kaibigan
friends-prefecture = Prefecture
friends-anywhere = Kahit saan sa Japan
friends-language = Wika
friends-any-language = Kahit anong wika
friends-search = Hanapin
friends-none-found = Walang nahanap. Subukan ang ibang lugar o wika.
friends-create-profile = Gumawa ng profile ko
friends-kind-resident = Dayuhang residente
friends-kind-supporter = Japanese na tagasuporta
friends-profile-title = Ang profile ko sa Mga kaibigan
friends-profile-hint = Huwag isulat dito ang totoong pangalan mo, address, numero ng telepono o email. Kung gusto mo, puwede mo itong ibigay sa mensahe mamaya, kapag pumayag na kayong dalawa na makipag-ugnayan.
friends-nickname = Palayaw
friends-nickname-hint = Hindi ang totoong pangalan mo.
friends-i-am = Ako ay
friends-choose = Pumili…
friends-city = Lungsod o bayan (hindi sapilitan)
friends-languages = Mga wikang alam ko
friends-offers = Ang maiaalok ko (halimbawa: pag-practice ng Japanese, tulong sa mga form, sabay na pagpunta sa mga event)
friends-needs = Ang hinahanap ko
friends-visible = Puwedeng mahanap ng iba ang profile ko
friends-save = I-save
friends-ask = Humiling na makipag-ugnayan
friends-ask-hint = Makikita nila ang palayaw at profile mo, at sila ang magpapasya. Kapag pumayag lang sila, puwede kayong magsulatan.
friends-asked = Naipadala na ang hiling mo. Puwede kayong magsulatan kapag pumayag sila.
friends-contact-requested = Naghihintay ng sagot.
friends-contact-accepted = Pumayag kayong makipag-ugnayan.
friends-contact-declined = Hindi muna ngayon.
friends-open-conversation = Buksan ang mga mensahe
friends-report-or-block = I-report o i-block
friends-report-reason = Ano ang nangyari?
friends-report = I-report sa sekretariat
friends-reported = Salamat. Titingnan ito ng sekretariat.
friends-block-hint = Hindi ka na nila mahahanap o masusulatan, at hindi mo na sila makikita.
friends-block = I-block
friends-no-contacts = Wala pang contact.
friends-accept = Pumayag
friends-decline = Hindi muna
friends-conversation-hint = Nananatili sa Hiroba ang mga mensahe. Huwag kailanman magpadala ng pera, at sa unang pagkikita, magkita sa pampublikong lugar o sa pagtitipon ng mga kaibigan.
friends-message = Mensahe
friends-send = Ipadala
friends-admin-title = Mga kaibigan: moderation
friends-admin-section = Mga report tungkol sa mga profile at mensahe sa Mga kaibigan, para itago ang profile o i-dismiss ang report.
friends-queue-empty = Walang bukas na report.
friends-reported-message = Ang ini-report na mensahe
friends-hide = Itago ang profile
friends-dismiss = I-dismiss ang report
friends-error-nickname = Pumili ng palayaw (hindi email address o numero ng telepono), at huwag maglagay ng contact details sa profile mo.
friends-error-area = Piliin ang prefecture mo at kung sino ka.
friends-error-languages = Pumili ng kahit isang wika.
friends-error-too-long = May tekstong masyadong mahaba.
friends-error-no-profile = Gumawa muna ng profile mo.
friends-error-asked = Magkaugnay na kayo, o may hiling na naghihintay pa.
friends-error-message = Sumulat ng mensahe.
friends-error-reason = Sabihin sa amin kung ano ang nangyari.
friends-mail-asked-subject = May gustong makipag-ugnayan sa iyo sa Mga kaibigan ng Hiroba
friends-mail-asked-body =
    Kumusta,

    Gustong makipag-ugnayan sa iyo ni { $nickname } sa Mga kaibigan ng Hiroba. Tingnan ang profile niya at magpasya: { $link }

    Walang nakakakita ng email address mo. Kung may ikinababahala ka, puwede mong i-block o i-report ang kahit sino.

    Hiroba
friends-mail-accepted-subject = Pumayag si { $nickname } na makipag-ugnayan
friends-mail-accepted-body =
    Kumusta,

    Pumayag si { $nickname } na makipag-ugnayan sa iyo sa Mga kaibigan ng Hiroba. Puwede kayong magsulatan dito: { $link }

    Hiroba
friends-mail-message-subject = Bagong mensahe mula kay { $nickname }
friends-mail-message-body =
    Kumusta,

    Sumulat sa iyo si { $nickname } sa Mga kaibigan ng Hiroba. Basahin ito rito: { $link }

    Hiroba
