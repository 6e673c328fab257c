events-title = Mga event
events-intro = Mga workshop, seminar, pagtitipon, forum at study trip ng network: para sama-samang matuto, makilala ang mga migrant worker at ang mga taong sumusuporta sa kanila, at ibahagi ang mga paraang epektibo.
events-none = Walang nakaplanong event sa ngayon.
events-kind = Uri
events-kind-workshop = Workshop
events-kind-seminar = Seminar
events-kind-gathering = Pagtitipon
events-kind-forum = Forum
events-kind-study-trip = Study trip (Field Academy)
events-kind-friends = Pagtitipon ng Mga kaibigan
events-kind-supporters-meeting = Pulong ng mga tagasuporta
events-format = Saan
events-format-in-person = Harapan
events-format-online = Online
events-format-hybrid = Harapan at online
events-members-only = Para sa mga miyembro lamang
events-feed = Calendar feed ng mga pampublikong event (iCalendar)
events-cancelled = Kinansela ang event na ito.
events-when = Kailan
events-place = Lugar
events-places = Mga slot
events-places-left = May natitirang { $left } sa { $capacity } na slot
events-part-pre-workshop = Workshop bago ang tour
events-part-tour = Tour
events-part-post-workshop = Workshop pagkatapos ng tour
events-part-debriefing = Debriefing
events-registration = Pagpaparehistro
events-status-registered = Nakarehistro ka na.
events-status-waiting = Nasa waiting list ka. Kapag may nabakanteng slot, sa iyo ito mapupunta at sasabihan ka namin sa email.
events-status-cancelled = Kinansela mo ang pagpaparehistro mo.
events-online-link = Online link:
events-cancel = Kanselahin ang pagpaparehistro ko
events-ended = Tapos na ang event na ito.
events-full = Puno na ang event.
events-join-waiting = Sumali sa waiting list
events-register = Magparehistro
events-sign-in = Mag-log in para magparehistro
events-add-calendar = Idagdag sa calendar ko (.ics)
events-admin-title = Mga event
events-admin-section = Mga workshop, seminar at study trip: mga pagpaparehistro, pagdalo at kabuuan bawat taon.
events-totals = Mga taong lumahok, bawat taon
events-year = Taon
events-held = Mga event
events-registered-people = Nakarehistro
events-attended-people = Dumalo
events-all = Lahat ng event
events-waiting-people = Naghihintay
events-new = Bagong event
events-create = Gawin ang event
events-field-title = Pamagat
events-field-summary = Paglalarawan (Markdown)
events-field-lang = Wika ng event
events-field-starts = Simula
events-field-ends = Katapusan
events-field-time-hint = Oras sa Japan (JST).
events-field-online = Online link (para lang sa mga nakarehistro)
events-field-audience = Sino ang puwedeng magparehistro
events-audience-public = Lahat
events-audience-members = Para sa mga miyembro lamang
events-field-capacity = Mga slot (iwanang walang laman kung walang limitasyon)
events-field-series = Field Academy
events-field-series-which = Bahagi ng isang serye ng mga session
events-field-series-title = Pangalan ng bagong serye
events-field-part = Session
events-series-none = Hindi, hiwalay na event
events-series-new = Magsimula ng bagong serye
events-public-page = Pahina ng event
events-registrations = Mga pagpaparehistro
events-nobody = Wala pang nagparehistro.
events-person = Tao
events-status = Status
events-came = Dumalo
events-save-attendance = I-save ang pagdalo
events-edit = Baguhin ang event
events-save = I-save
events-error-kind = Pumili mula sa mga listahan ng uri, lugar, kung sino ang puwedeng magparehistro at ng session.
events-error-title = Maglagay ng pamagat (at ng pangalan para sa bagong serye).
events-error-time = Maglagay ng oras ng simula at ng katapusan; dapat mas huli ang katapusan kaysa sa simula.
events-error-place = Ilagay ang lugar ng event na harapan.
events-error-url = Kailangan ng online na event ng link na nagsisimula sa https://.
events-error-capacity = Dapat numero mula 1 ang mga slot, o iwanang walang laman kung walang limitasyon.
events-error-too-long = May tekstong masyadong mahaba.
events-error-past = Tapos na ang event na ito.
events-error-cancelled = Kinansela ang event na ito.
events-error-already = Nakarehistro ka na.
events-error-not-registered = Hindi ka nakarehistro sa event na ito.
events-mail-registered-subject = Nakarehistro: { $title }
events-mail-registered-body =
    Kumusta { $name },

    Nakarehistro ka na sa { $title }.

    Kailan: { $when }
    Saan: { $place }

    Mga detalye at pagkansela: { $link }
    Idagdag sa calendar mo: { $ics }

    Hiroba
events-mail-waiting-subject = Waiting list: { $title }
events-mail-waiting-body =
    Kumusta { $name },

    Puno na ang { $title }, kaya nasa waiting list ka. Kapag may nabakanteng slot, sa iyo ito mapupunta at susulatan ka namin.

    Kailan: { $when }
    Mga detalye: { $link }

    Hiroba
events-mail-promoted-subject = May bakanteng slot para sa iyo: { $title }
events-mail-promoted-body =
    Kumusta { $name },

    May nabakanteng slot at nakarehistro ka na ngayon sa { $title }.

    Kailan: { $when }
    Saan: { $place }

    Kung hindi ka makakapunta, pakikansela rito para makasali ang iba: { $link }
    Idagdag sa calendar mo: { $ics }

    Hiroba
events-mail-reminder-subject = Bukas: { $title }
events-mail-reminder-body =
    Kumusta { $name },

    Paalala: bukas na ang { $title }.

    Kailan: { $when }
    Saan: { $place }

    Kung hindi ka makakapunta, pakikansela para makasali ang isang nasa waiting list: { $link }

    Hiroba
events-mail-cancelled-subject = Kinansela: ang pagpaparehistro mo sa { $title }
events-mail-cancelled-body =
    Kumusta { $name },

    Kinansela na ang pagpaparehistro mo sa { $title }. Puwede kang magparehistro ulit habang may bakanteng slot: { $link }

    Hiroba
events-cancel-event = Kanselahin ang event
events-cancel-event-hint = Sasabihan sa email ang lahat ng nakarehistro o nasa waiting list. Hindi na ito maibabalik.
events-mail-event-cancelled-subject = Kinansela: { $title }
events-mail-event-cancelled-body =
    Kumusta { $name },

    Pasensya na: kinansela ang { $title } ({ $when }). Wala kang kailangang gawin.

    Iba pang event: { $link }

    Hiroba
