events-title = Events
events-intro = Workshops, seminars, gatherings, forums and study trips of the network: to learn together, meet migrant workers and the people who support them, and share what works.
events-none = No events planned at the moment.
events-kind = Kind
events-kind-workshop = Workshop
events-kind-seminar = Seminar
events-kind-gathering = Gathering
events-kind-forum = Forum
events-kind-study-trip = Study trip (Field Academy)
events-kind-friends = Friends gathering
events-kind-supporters-meeting = Supporters' meeting
events-format = Where
events-format-in-person = In person
events-format-online = Online
events-format-hybrid = In person and online
events-members-only = Members only
events-feed = Calendar feed of the public events (iCalendar)
events-cancelled = This event is cancelled.
events-when = When
events-place = Place
events-places = Places
events-places-left = { $left } of { $capacity } places left
events-part-pre-workshop = Pre-tour workshop
events-part-tour = Tour
events-part-post-workshop = Post-tour workshop
events-part-debriefing = Debriefing
events-registration = Registration
events-status-registered = You are registered.
events-status-waiting = You are on the waiting list. If a place becomes free, you get it and we tell you by email.
events-status-cancelled = You cancelled your registration.
events-online-link = Online link:
events-cancel = Cancel my registration
events-ended = This event has ended.
events-full = The event is full.
events-join-waiting = Join the waiting list
events-register = Register
events-sign-in = Sign in to register
events-add-calendar = Add to my calendar (.ics)
events-admin-title = Events
events-admin-section = Workshops, seminars and study trips: registrations, attendance and yearly totals.
events-totals = People who took part, per year
events-year = Year
events-held = Events
events-registered-people = Registered
events-attended-people = Came
events-all = All events
events-waiting-people = Waiting
events-new = New event
events-create = Create the event
events-field-title = Title
events-field-summary = Description (Markdown)
events-field-lang = Language of the event
events-field-starts = Starts
events-field-ends = Ends
events-field-time-hint = Japan time (JST).
events-field-online = Online link (for registered people only)
events-field-audience = Who can register
events-audience-public = Everyone
events-audience-members = Members only
events-field-capacity = Places (empty: no limit)
events-field-series = Field Academy
events-field-series-which = Part of a series of sessions
events-field-series-title = Name of a new series
events-field-part = Session
events-series-none = No, an event on its own
events-series-new = Start a new series
events-public-page = Event page
events-registrations = Registrations
events-nobody = Nobody has registered yet.
events-person = Person
events-status = Status
events-came = Came
events-save-attendance = Save attendance
events-edit = Change the event
events-save = Save
events-error-kind = Please choose the kind, the place, who can register and the session from the lists.
events-error-title = Please give a title (and a name for a new series).
events-error-time = Please give a start and an end time; the end must be after the start.
events-error-place = Please give the place of an event held in person.
events-error-url = An online event needs a link starting with https://.
events-error-capacity = Places must be a number from 1, or empty for no limit.
events-error-too-long = A text is too long.
events-error-past = This event has ended.
events-error-cancelled = This event is cancelled.
events-error-already = You are registered already.
events-error-not-registered = You are not registered for this event.
events-mail-registered-subject = Registered: { $title }
events-mail-registered-body =
    Hello { $name },

    you are registered for { $title }.

    When: { $when }
    Where: { $place }

    Details and cancellation: { $link }
    Add it to your calendar: { $ics }

    Hiroba
events-mail-waiting-subject = Waiting list: { $title }
events-mail-waiting-body =
    Hello { $name },

    { $title } is full, so you are on the waiting list. If a place becomes free, it is yours and we write to you.

    When: { $when }
    Details: { $link }

    Hiroba
events-mail-promoted-subject = A place is free for you: { $title }
events-mail-promoted-body =
    Hello { $name },

    a place became free and you are now registered for { $title }.

    When: { $when }
    Where: { $place }

    If you cannot come, please cancel here so someone else can: { $link }
    Add it to your calendar: { $ics }

    Hiroba
events-mail-reminder-subject = Tomorrow: { $title }
events-mail-reminder-body =
    Hello { $name },

    a reminder: { $title } is tomorrow.

    When: { $when }
    Where: { $place }

    If you cannot come, please cancel so someone on the waiting list can: { $link }

    Hiroba
events-mail-cancelled-subject = Cancelled: your registration for { $title }
events-mail-cancelled-body =
    Hello { $name },

    your registration for { $title } is cancelled. You can register again while places are free: { $link }

    Hiroba
events-cancel-event = Cancel the event
events-cancel-event-hint = Everyone registered or waiting is told by email. This cannot be undone.
events-mail-event-cancelled-subject = Cancelled: { $title }
events-mail-event-cancelled-body =
    Hello { $name },

    we are sorry: { $title } ({ $when }) is cancelled. You do not need to do anything.

    Other events: { $link }

    Hiroba
