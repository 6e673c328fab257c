friends-title = Friends
friends-intro = Foreign residents and Japanese supporters find each other by area and language: to practise Japanese, go to an event together, or get help with daily life.
friends-safety = Your safety comes first: you use a nickname, your profile never shows an address, a phone number or an email, and you write to each other only after both of you agreed. You can block anyone and report anything that worries you.
friends-edit-profile = Change my profile
friends-not-visible = not visible to others
friends-contacts = My contacts
friends-events = Friends events
friends-prefecture = Prefecture
friends-anywhere = Anywhere in Japan
friends-language = Language
friends-any-language = Any language
friends-search = Search
friends-none-found = Nobody found. Try another area or language.
friends-create-profile = Make my profile
friends-kind-resident = Foreign resident
friends-kind-supporter = Japanese supporter
friends-profile-title = My Friends profile
friends-profile-hint = Never write your real name, address, phone number or email here. You can exchange them later in a message, if you want, after both of you agreed to get in touch.
friends-nickname = Nickname
friends-nickname-hint = Not your real name.
friends-i-am = I am
friends-choose = Choose…
friends-city = City or town (optional)
friends-languages = Languages I speak
friends-offers = What I can offer (for example: Japanese practice, help with forms, going to events together)
friends-needs = What I am looking for
friends-visible = Others can find my profile
friends-save = Save
friends-ask = Ask to get in touch
friends-ask-hint = They see your nickname and profile, and decide. Only if they agree can you write to each other.
friends-asked = Your request was sent. You can write to each other if they agree.
friends-contact-requested = Waiting for an answer.
friends-contact-accepted = You agreed to get in touch.
friends-contact-declined = Not now.
friends-open-conversation = Open the messages
friends-report-or-block = Report or block
friends-report-reason = What happened?
friends-report = Report to the secretariat
friends-reported = Thank you. The secretariat will look at it.
friends-block-hint = They will no longer find you or write to you, and you will not see them.
friends-block = Block
friends-no-contacts = No contacts yet.
friends-accept = Agree
friends-decline = Not now
friends-conversation-hint = Messages stay on Hiroba. Never send money, and meet first in a public place or at a Friends event.
friends-message = Message
friends-send = Send
friends-admin-title = Friends: moderation
friends-admin-section = Reports about Friends profiles and messages, to hide a profile or dismiss the report.
friends-queue-empty = No open reports.
friends-reported-message = The reported message
friends-hide = Hide the profile
friends-dismiss = Dismiss the report
friends-error-nickname = Please choose a nickname (not an email address or a phone number), and write no contact details in your profile.
friends-error-area = Please choose your prefecture and who you are.
friends-error-languages = Please choose at least one language.
friends-error-too-long = A text is too long.
friends-error-no-profile = Please make your profile first.
friends-error-asked = You are already in touch, or a request is waiting.
friends-error-message = Please write a message.
friends-error-reason = Please tell us what happened.
friends-mail-asked-subject = Someone would like to get in touch on Hiroba Friends
friends-mail-asked-body =
    Hello,

    { $nickname } would like to get in touch with you on Hiroba Friends. Look at their profile and decide: { $link }

    Nobody sees your email address. If something worries you, you can block or report anyone.

    Hiroba
friends-mail-accepted-subject = { $nickname } agreed to get in touch
friends-mail-accepted-body =
    Hello,

    { $nickname } agreed to get in touch with you on Hiroba Friends. You can write to each other here: { $link }

    Hiroba
friends-mail-message-subject = A new message from { $nickname }
friends-mail-message-body =
    Hello,

    { $nickname } wrote to you on Hiroba Friends. Read it here: { $link }

    Hiroba
