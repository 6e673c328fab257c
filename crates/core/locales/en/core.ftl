# The language describes itself (used by the language switcher).
language-name = English
language-dir = ltr

site-name = Hiroba
skip-to-content = Skip to content
nav-account = Your account
nav-admin = Secretariat
nav-logout = Log out
nav-login = Log in
nav-register = Create an account
language-switcher = Choose a language
furigana-turn-off = Hide furigana
furigana-turn-on = Show furigana
footer-privacy = Your answers and messages are never shown to your employer.
footer-open-source = Hiroba is open-source software for migrant workers in Japan and the people who support them.

error-title = Something went wrong
error-back-home = Go to the home page
error-not-found = We could not find this page. The link may be old or mistyped.
error-forbidden = You do not have permission to open this page.
error-sign-in-required = Please log in to see this page.
error-bad-form = Some of the information sent could not be read. Please check the form and try again.
error-bad-request = This request could not be understood. Please go back and try again.
error-csrf = This form has expired for your safety. Please go back, reload the page and send it again.
error-too-many-requests = Too many attempts. Please wait 15 minutes and try again.
error-internal = Sorry, something went wrong on our side. Nothing you sent was lost. Please try again in a moment.
error-method = This page cannot be used that way.
error-timeout = The server took too long to answer. Please try again.
error-too-large = What you sent is too large.

role-worker = Worker
role-counsellor = Counsellor
role-counsellor-supervisor = Counsellor supervisor
role-company-admin = Company administrator
role-company-viewer = Company viewer
role-member = Member
role-learner = Learner
role-supporter = Supporter
role-secretariat = Secretariat

app-name = Hiroba: life and work in Japan
app-description = Information, a private self-check and counselling for people from abroad who live and work in Japan.
offline-title = You are offline
offline-text = There is no internet connection now. Articles you have read before can still be opened. Please try again when you are connected.
