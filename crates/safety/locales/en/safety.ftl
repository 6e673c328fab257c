## Introduction
safety-title = Check your situation
safety-intro = Answer simple questions about your work and your life in Japan. It takes 5 to 10 minutes. At the end you learn if something may be against the law or a sign of forced labour, and where to get help.
safety-promise-private = Your answers are never shown to your employer. Companies only see numbers about groups of at least 10 people.
safety-promise-anonymous = You do not need an account. We do not ask your name.
safety-promise-free = It is free.
safety-site-code = Code of your workplace (if you have one)
safety-site-code-hint = Your company may have given you a code or a QR code. You can leave this empty.
safety-site-unknown = We do not know this code. Please check it, or leave it empty.
safety-site-found = Workplace: { $company }, { $site }
safety-not-listed = My employer is not listed
safety-start = Start

## Answering
safety-progress = Step { $step } of { $total }
safety-yes = Yes
safety-no = No
safety-unsure = Not sure
safety-optional = (you can skip this)
safety-choose = Choose
safety-prefecture = Prefecture
safety-number = Number
safety-unit-hours = hours
safety-unit-yen = yen
safety-unit-yen-per-hour = yen per hour
safety-unit-days = days
safety-back = Back
safety-next = Next
safety-finish = See my result
safety-saved = Your answers are saved after each step. If your connection stops, open the same link again to continue.
safety-offline-kept = No connection. Your answers are kept on this phone and will be sent when the connection returns.
safety-fix-errors = Please check the answers marked below.
safety-answer-missing = Please choose an answer.
safety-answer-invalid = This answer is not one of the choices.
safety-answer-not-number = Please write a number, for example 20.
safety-answer-out-of-range = This number is too large or too small.
safety-already-complete = You have already finished. Your answers cannot be changed now.

## Result
safety-result-title = Your result
safety-result-none = None of your answers shows a sign of a serious problem. If something still worries you, you can ask for help.
safety-result-some = { $count ->
    [one] One of your answers may show a problem. Please read why.
   *[other] { $count } of your answers may show a problem. Please read why.
}
safety-severity-violation = May be against the law
safety-severity-forced-labour = May be a sign of forced labour
safety-severity-advice = Good to know
safety-read-more = Read more about this
safety-ilo = ILO indicator of forced labour:
safety-assist-title = You can ask for help
safety-assist-text = Hiroba's counsellors help for free, in your language, Tuesday to Saturday, 10:00 to 18:00. Your employer is not told.
safety-assist-phone = Telephone:
safety-ask-help = Ask a counsellor to contact me
safety-result-private = Only people with this page's link can see it. Keep it private. It works for 30 days.

## Asking for help
safety-help-title = Ask for help
safety-help-intro = Tell us how a counsellor can contact you. We use it only to answer you.
safety-help-how = How can we contact you?
safety-contact-email = Email
safety-contact-phone = Telephone
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = Your email address, telephone number or account name
safety-help-language = Language for the answer
safety-help-time = When can we contact you?
safety-help-time-hint = For example: weekdays after 19:00.
safety-help-share = The counsellor may read my answers.
safety-help-send = Send
safety-help-privacy = Your contact is stored encrypted and apart from your answers.
safety-help-contact-missing = Please write how we can contact you.
safety-help-contact-invalid = This does not look like a valid contact. Please check it.
safety-help-done = Thank you. A counsellor will contact you, usually within 2 working days (Tuesday to Saturday).
safety-back-to-result = Back to my result

## ILO indicators of forced labour
indicator-abuse-of-vulnerability = Abuse of vulnerability
indicator-deception = Deception
indicator-restriction-of-movement = Restriction of movement
indicator-isolation = Isolation
indicator-physical-sexual-violence = Physical and sexual violence
indicator-intimidation-threats = Intimidation and threats
indicator-retention-of-documents = Retention of identity documents
indicator-withholding-of-wages = Withholding of wages
indicator-debt-bondage = Debt bondage
indicator-abusive-conditions = Abusive working and living conditions
indicator-excessive-overtime = Excessive overtime

## Secretariat
safety-admin-title = Safety question bank
safety-admin-section = See the questions, which texts are missing in which language, and publish a new version.
safety-admin-versions = Versions
safety-admin-translations = Missing texts per language (open to preview)
safety-admin-questions = Questions of the current version
safety-admin-col-id = Question
safety-admin-col-section = Section
safety-admin-col-severity = Severity
safety-admin-col-indicators = ILO indicators
safety-admin-col-rule = Japanese rule
safety-admin-new-version = Publish a new version
safety-admin-download = Download the current version as one file to edit
safety-admin-upload = Edited bank file (TOML)
safety-admin-check-publish = Check and publish
safety-admin-invalid = Nothing was changed. Please fix these problems first:
safety-admin-published = Version { $version } is published. New answers use it; earlier answers keep their version.
safety-admin-preview = Preview in { $language }
safety-admin-missing-text = This text is missing in this language; the English is shown.
safety-admin-counts = Use per day
safety-admin-audio = Recorded questions
safety-admin-audio-file = Recording (MP3, M4A, Ogg or WebM, up to 3 MB)
safety-admin-help-requests = { $count } requests for help in total
safety-admin-visits = Visits
safety-admin-starts = Started
safety-admin-completions = Finished
safety-admin-help = Asked for help
safety-name-recruiters = Who recruited you? Tell us (anonymous)
safety-fee-ledger = Write down the fees you paid
