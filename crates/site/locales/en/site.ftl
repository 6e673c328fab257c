## Home page
home-title = Welcome to Hiroba
home-lead = Hiroba is a free place for people from abroad who live and work in Japan. Read useful information in your language, check your work situation in private, and ask for help.
home-portal-title = Information for life and work
home-portal-text = Articles and videos about work, residence status, health, money, disasters and daily life in Japan, in your language.
home-safety-title = Check your situation
home-safety-text = Answer simple questions about your work and life. You learn if something may be against the law. You do not need an account, and your employer never sees your answers.
home-assist-title = Ask for help
home-assist-text = Counsellors answer in your language by message, email or telephone, and help you with problems at work and in daily life.
home-recruitment-title = Fair recruitment
home-recruitment-text = Workers should pay nothing to get a job. See which organisations promise zero fees, and keep a record of what you paid.
home-events-title = Events
home-events-text = Seminars, workshops, study trips and gatherings: learn and meet people.
home-members-title = Members
home-members-text = Organisations and people who work together for migrant workers' rights. Join the network.
home-friends-title = Friends
home-friends-text = Meet other people from your country and Japanese supporters near you, and join events.
home-learning-title = Courses for companies
home-learning-text = Online courses for employers and staff about the human rights of migrant workers, with a certificate.
home-companies-title = For companies
home-companies-text = Companies learn about risks at their sites and suppliers from anonymous, combined answers only, and can act on them.
home-privacy-title = Your privacy
home-privacy-text = We collect as little as possible. Sensitive information is encrypted, every time a counsellor opens a case it is recorded, and companies only see numbers about groups of at least 10 people.

## Form fields
field-email = Email address
field-display-name = Name or nickname
field-display-name-hint = This can be a nickname. You do not have to use your real name.
field-password = Password
field-new-password = New password
field-password-hint = At least 8 characters. A sentence you can remember is good.
field-password-confirm = Type the password again
field-password-show = Show password

## Problems with what was typed
email-invalid = Please type a valid email address, for example name@example.com.
email-taken = This email address already has an account.
display-name-invalid = Please type a name of 1 to 100 characters.
password-too-short = The password is too short. Use at least 8 characters.
password-too-long = The password is too long. Use at most 128 characters.
password-too-common = This password is too common and easy to guess. Please choose another one.
password-contains-email = The password must not contain your email address.
password-mismatch = The two passwords are not the same.

## Registration
register-title = Create an account
register-intro = With an account you can follow your consultations, take courses and join events. You can use the self-check without an account.
register-kind = I want to use Hiroba as
register-submit = Create my account
register-have-account = I already have an account
register-sent-title = Check your email
register-sent-text = We sent an email to the address you gave. Open the link in it to confirm your address, then log in. If no email arrives within a few minutes, look in your spam folder.

## Email confirmation
confirm-title = Confirm your email address
confirm-text = Press the button to confirm your email address.
confirm-submit = Confirm my address
confirm-done = Thank you. Your email address is confirmed. You can now log in.
confirm-invalid = This link is not valid or has expired. Please register again or ask for a new link.

## Login
login-title = Log in
login-submit = Log in
login-forgot = I forgot my password
login-failed = The email address or password is not correct.
login-unconfirmed = Please confirm your email address first. Open the link in the email we sent you.
login-notice-password-changed = Your password was changed. Please log in with the new password.
login-notice-logged-out = You are logged out.

## Two-factor authentication
two-factor-title = Enter your code
two-factor-code = 6-digit code from your authenticator app
two-factor-submit = Continue
two-factor-wrong-code = This code is not correct. Check the time on your phone and try the newest code.
two-factor-setup-title = Set up two-step login
two-factor-setup-text = Your role protects other people's information, so you need a second step when you log in. Scan this QR code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), then type the code it shows.
two-factor-qr-label = QR code for your authenticator app
two-factor-setup-manual = If you cannot scan the code, type this key into the app:
two-factor-setup-submit = Turn on two-step login

## Password reset
forgot-title = Forgot your password?
forgot-text = Type your email address. We will send you a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If this address has an account, we have sent it a link. The link works for one hour.
reset-title = Choose a new password
reset-submit = Save the new password
reset-invalid = This link is not valid or has expired. Please ask for a new one.

## Account page
profile-title = Your account
profile-roles = Roles
profile-two-factor = Two-step login
profile-two-factor-on = On
profile-two-factor-off = Off
profile-two-factor-enable = Turn on
residence-title = Status of residence
residence-why = If you tell us your status of residence, counsellors can give you better advice. This is optional. It is stored encrypted and you can delete it at any time.
residence-field = Your status of residence
residence-none = Choose
residence-consent = I agree that Hiroba keeps my status of residence to help me with consultations.
residence-consent-needed = To save your status of residence, please tick the box to agree.
residence-choose = Please choose a status of residence.
residence-save = Save
residence-erase = Delete my status of residence
residence-technical-intern = Technical Intern Training
residence-specified-skilled-1 = Specified Skilled Worker (i)
residence-specified-skilled-2 = Specified Skilled Worker (ii)
residence-student = Student
residence-engineer-humanities = Engineer / Specialist in Humanities / International Services
residence-permanent-resident = Permanent Resident
residence-long-term-resident = Long-Term Resident
residence-spouse = Spouse or Child of Japanese National
residence-designated-activities = Designated Activities
residence-other = Other

## Mails (plain text)
mail-confirm-subject = Confirm your email address for Hiroba
mail-confirm-body =
    Hello { $name },

    Thank you for creating an account on Hiroba. Please open this link to confirm your email address:

    { $link }

    The link works for 48 hours. If you did not create an account, you can ignore this email.

    Hiroba
mail-already-registered-subject = Someone tried to create a Hiroba account with your address
mail-already-registered-body =
    Hello,

    Someone tried to create a new Hiroba account with this email address, but it already has an account.

    If this was you, log in here: { $login }
    If you forgot your password, choose a new one here: { $reset }

    If this was not you, you can ignore this email. Nothing was changed.

    Hiroba
mail-reset-subject = Choose a new password for Hiroba
mail-reset-body =
    Hello { $name },

    Open this link to choose a new password:

    { $link }

    The link works for one hour and only once. If you did not ask for this, you can ignore this email: your password stays the same.

    Hiroba

## Secretariat
admin-title = Secretariat dashboard
admin-users-title = Accounts by role
admin-col-role = Role
admin-col-count = Accounts
admin-jobs-title = Background jobs
admin-jobs-summary = { $queued } waiting, { $failed } failed
admin-translations-title = Translations
admin-translations-summary = { $missing } messages are missing in some language
admin-translations-text = Messages missing in a language are shown in English (then Japanese), outlined in red for the secretariat.
admin-translations-count = { $missing } of { $total } messages missing
admin-audit-title = Audit log
admin-audit-summary = Who read or changed what, and when. Entries can never be changed or deleted.
admin-audit-total = { $total } entries
admin-col-when = When
admin-col-who = User
admin-col-action = Action
admin-col-target = Record
admin-col-reason = Reason
admin-col-id = No.
admin-col-kind = Kind
admin-col-state = State
admin-col-attempts = Attempts
admin-col-run-at = Run at
admin-col-error = Last error
admin-col-actions = Actions
admin-retry = Retry
admin-pages = Pages
admin-newer = Newer entries
admin-older = Older entries
