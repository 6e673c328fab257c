## The worker's side
assist-title = Ask for help
assist-intro = Write to Hiroba's counsellors in your language. They help for free with problems at work, with your status of residence and in daily life. Your employer is not told.
assist-hours = Counsellors answer Tuesday to Saturday, 10:00 to 18:00 (Japan time). If you write at another time, they answer on the next working day.
assist-closed-now = The counsellors are not at work now. They will read your message from { $time } (Japan time).
assist-name = Name or nickname
assist-name-hint = Optional. A nickname is fine.
assist-contact = How can we reach you?
assist-contact-hint = An email address, a telephone number, or your LINE or Facebook name.
assist-message = Your message
assist-consent = I agree that Hiroba keeps what I write, encrypted, to help me. I can ask for it to be deleted.
assist-consent-needed = Please tick the box to agree, so that we can keep your message.
assist-send = Send
assist-sent = Thank you. Your message has reached the counsellors.
assist-case-number = Case number
assist-passphrase = Passphrase
assist-keep-these = Write these down or take a screenshot. With them you can read the answer here without an account. Nobody else can open your case.
assist-follow = Open my case
assist-have-case = I already have a case number
assist-case-title = Your case
assist-open-case = Open
assist-case-not-found = The case number or the passphrase is not correct.
assist-message-missing = Please write a message.
assist-contact-missing = Please tell us how we can reach you.
assist-too-long = The text is too long.
assist-from-worker = You
assist-from-counsellor = Counsellor
assist-from-note = Internal note

## Statuses and channels
assist-status-new = New
assist-status-open = Open
assist-status-waiting-worker = Waiting for the worker
assist-status-waiting-referral = Waiting for a referral
assist-status-resolved = Resolved
assist-status-closed = Closed
assist-channel-web = Web form
assist-channel-safety = Safety
assist-channel-email = Email
assist-channel-phone = Telephone
assist-channel-visit = Visit

## Counsellors
assist-inbox-title = Consultation inbox
assist-admin-section = The shared queue of consultations, longest waiting first.
assist-imported = { $count } new help requests from Safety were added.
assist-filter-language = Language
assist-filter-status = Status
assist-filter = Filter
assist-all = All
assist-col-language = Language
assist-col-channel = Channel
assist-col-status = Status
assist-col-waiting = Waiting since
assist-col-assignee = Counsellor
assist-read-logged = Opening this case was recorded in the audit log.
assist-claim = Take this case
assist-save = Save
assist-reply = Reply to the worker
assist-internal-note = Internal note (the worker does not see it)

## Consultations and statistics
assist-messages = Messages
assist-consultations = Consultations
assist-log-consultation = Log a telephone call, a visit or a coordination step
assist-col-when = When
assist-col-kind = Kind
assist-col-minutes = Minutes
assist-col-issues = Issues
assist-col-count = Number
assist-kind-contact = Contact
assist-kind-coordination = Coordination
assist-consultation-invalid = Please check the kind, channel, minutes and issues.
assist-statistics-title = Statistics
assist-period-from = From
assist-period-to = To
assist-period-invalid = Please give a period as two dates, the first not after the second.
assist-download-csv = Download as CSV
assist-stat-people = people sought consultation
assist-stat-consultations = consultations
assist-stat-issues = issues
assist-by-type = Issues by type
assist-by-language = Consultations by language
issue-residency = Residency
issue-residency-entry-exit = Entering and exiting Japan
issue-residency-change-status = Changing status of residence
issue-residency-other = Status of residence and other issues
issue-residency-unspecified = Residency (not specified)
issue-lifestyle = Lifestyle
issue-lifestyle-domestic = Domestic problems
issue-lifestyle-consumer-housing-phone = Consumer problems, housing, phone contracts
issue-lifestyle-civil = Civil cases
issue-labour = Labour
issue-labour-termination = Termination of employment contract
issue-labour-wages = Wages
issue-labour-harassment = Harassment and human relations
issue-labour-other-conditions = Other working conditions
issue-labour-unspecified = Labour (not specified)
issue-medical-welfare = Medical care and welfare
issue-education = Education
issue-tax-social-security = Tax and social security
issue-other = Other

## Import of historical records
assist-import-title = Import historical records
assist-import-format = A CSV file with one row per consultation and this header. Dates are YYYY-MM-DD; issues are codes separated by semicolons.
assist-import-problems = Nothing was imported. Please correct these rows:
assist-import-line = Line { $line }:
assist-import-clean = The file is clean: { $count } rows can be imported. Send it again without the dry run to import.
assist-import-done = Imported { $count } consultations of { $people } people.
assist-import-file = CSV file
assist-import-dry-run = Dry run (check only, import nothing)
assist-import-submit = Check or import

## The worker's privacy and the closing questions
assist-reads-title = Who has read your case
assist-reads-none = Nobody has opened your case yet.
assist-erase-text = You can withdraw your consent. Your name, your contact and all messages are then deleted; only anonymous numbers stay in the statistics. This cannot be undone.
assist-erase = Delete my information
assist-outcome-solved = Was your problem solved?
assist-outcome-yes = Yes
assist-outcome-partly = Partly
assist-outcome-no = No
assist-outcome-satisfaction = How satisfied are you with the help? (1 = not at all, 5 = very)

## Predictability and notifications
assist-next-step-new = A counsellor usually answers within 2 working days (Tuesday to Saturday). You will see the answer on this page.
assist-next-step-open = A counsellor is working on your case. The next answer usually comes within 5 working days.
assist-next-step-waiting-worker = The counsellor is waiting for your answer. Please write below.
assist-next-step-waiting-referral = Your case has been passed to a specialist organisation. An answer usually comes within 10 working days.
assist-next-step-resolved = Your case is resolved. Please tell us below whether your problem was solved.
assist-next-step-closed = Your case is closed. You can still write if something new happens.
assist-overdue = past target time
assist-mail-reply-subject = Hiroba: there is an answer in your case { $number }
assist-mail-reply-body =
    Hello,

    A counsellor has answered in your case { $number }. To read it, open this page and enter your case number and passphrase:

    { $link }

    For your privacy, this email does not contain the answer.

    Hiroba

## Referrals, ADR, canned replies
assist-directory-title = Directory and canned replies
assist-directory-invalid = Please fill in the name and choose a kind; texts must not be too long.
assist-org-name = Organisation
assist-org-kind = Kind
assist-org-languages = Languages
assist-org-area = Area
assist-org-contact = Contact
assist-org-add = Add an organisation
assist-org-kind-lawyer = Lawyer
assist-org-kind-scrivener = Administrative scrivener
assist-org-kind-interpreter = Interpreter
assist-org-kind-support-group = Support group
assist-org-kind-local-government = Local government
assist-referrals = Referrals and support
assist-attendant = Attendant support (a counsellor accompanies the worker in a complex case)
assist-refer-to = Refer to
assist-refer = Refer
assist-referral-outcome = Outcome of the referral
assist-referral-pending = Pending
assist-referral-accepted = Accepted
assist-referral-declined = Declined
assist-referral-completed = Completed
assist-adr-title = ADR (bar association dispute resolution)
assist-adr-worker-mediator = Mediator on the worker's side
assist-adr-employer-mediator = Mediator on the employer's side
assist-adr-interpreter = Interpreter
assist-adr-hearings = Hearing dates
assist-adr-documents = Documents (in both languages)
assist-adr-outcome = Outcome
assist-canned-title = Canned replies
assist-canned-name = Name
assist-canned-text = Text
assist-canned-send = Send this reply

## Consultations by email
assist-mail-opened-subject = [{ $number }] Hiroba has received your message
assist-mail-opened-body =
    Hello,

    Your message has reached Hiroba's counsellors. Your case number is { $number } and your passphrase is { $passphrase }.

    Answer this email to write again (keep { $number } in the subject), or read the answers here:

    { $link }

    Hiroba

## Inbox filters and cases opened by counsellors
assist-filter-mine = Only my cases
assist-new-case = New case (telephone or visit)
assist-new-case-done = The case is open. Read the case number and the passphrase to the person, so they can follow the case online.
assist-summary = Summary of the consultation
assist-stat-outcomes = Answers at closing
assist-stat-satisfaction = Average satisfaction: { $average } out of 5
assist-download-xlsx = Download for Excel (XLSX)
assist-site = Workplace code (if you have one)
assist-site-hint = Optional. The code your company gave you. Your employer is never told about your message.
assist-site-unknown = We do not know this workplace code. Please check it, or leave it empty.

## The secretariat's taxonomy editor
taxonomy-title = Issue types
taxonomy-admin-section = Extend the issue taxonomy that consultations are classified and counted by.
taxonomy-intro = Consultations are classified by these types. You can add a type or a kind within one, with its label in each language. A type that was used can only be retired: past statistics keep it.
taxonomy-col-type = Type
taxonomy-col-code = Code
taxonomy-col-used = Consultations
taxonomy-col-actions = Actions
taxonomy-retired = retired
taxonomy-custom = added by the secretariat
taxonomy-retire = Retire
taxonomy-restore = Offer again
taxonomy-delete = Delete
taxonomy-edit-labels = Edit labels
taxonomy-add = Add a type
taxonomy-parent = Within
taxonomy-top-level = A new top-level type
taxonomy-code-help = 3 to 48 lowercase letters, digits and hyphens, e.g. labour-overtime. It cannot be changed later.
taxonomy-labels = Labels
taxonomy-labels-help = English and Japanese are required. A language left empty shows the English label.
taxonomy-code-invalid = The code must be 3 to 48 lowercase letters, digits and single hyphens.
taxonomy-code-taken = That code is already used. Choose another.
taxonomy-parent-invalid = Choose a top-level type that is still offered.
taxonomy-label-missing = Write the label in English and in Japanese at least.
taxonomy-label-too-long = A label may have at most 120 characters.
taxonomy-builtin = Built-in types are translated in the catalogue and cannot be changed here.
taxonomy-not-found = There is no such type.
taxonomy-in-use = Consultations or kinds use this type, so it cannot be deleted. Retire it instead.
taxonomy-invalid = The request was not understood. Nothing was changed.

## Web push on the worker's case page
assist-push-text = Get a notification on this phone when a counsellor answers. It only says that there is an answer, never what it says.
assist-push-on = Notify me on this phone
assist-push-off = Stop notifications on this phone
assist-push-done = Notifications are on for this phone.
assist-push-stopped = Notifications are off for this phone.
assist-push-failed = Notifications could not be set up. Check that this browser may show notifications.
assist-push-invalid = This browser's notification details were not accepted. Nothing was changed.
assist-push-title = Hiroba
assist-push-reply = A counsellor answered you. Open your case to read it.
