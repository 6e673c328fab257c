members-title = Members
members-intro = Businesses, associations, supervising and support organisations, sending and recruiting organisations, local governments, embassies, legal professionals, NPOs and NGOs, researchers and individuals work together in this network to protect the rights of migrant workers. Members learn from each other, share what they do and take part in workshops and seminars.
members-apply = Apply for membership
members-total = { $count } organisations and individuals
members-category = Category
members-count = Members
members-code-title = Code of conduct
members-code-1 = We respect the human rights of migrant workers and their families, and never take part in forced labour, human trafficking or discrimination.
members-code-2 = We work towards the employer-pays principle: workers pay no recruitment fees or related costs.
members-code-3 = We protect the personal information of workers and never use the network to sell or advertise.
members-code-4 = We share our activities honestly, in an annual plan and half-year reports, and learn from the other members.
members-code-5 = We listen to migrant workers and help them reach advice and remedy.
members-practices-title = Good practices
members-status-applied = Your application is waiting for the secretariat's review.
members-status-more-info = The secretariat asked for more information.
members-status-approved = You are a member.
members-status-refused = The application was not accepted.
members-home-title = Members' page
members-choose = Choose…
members-category-business = Businesses
members-category-association = Industrial associations
members-category-supervising = Supervising organisations and registered support organisations
members-category-sending = Sending organisations
members-category-recruiting = Recruiting companies
members-category-local-government = Local governments
members-category-embassy = Embassies
members-category-legal = Lawyers, administrative scriveners, labour and social security attorneys
members-category-npo = NPOs and NGOs
members-category-researcher = Researchers
members-category-individual = Other individuals
members-name = Name of the organisation (or your name)
members-name-hint = As it should appear in the member list.
members-contact-name = Contact person
members-email = Contact email
members-area = Where you are (prefecture, city or country)
members-website = Website (optional)
members-about = What you do and why you want to join
members-about-hint = A few sentences: your work with migrant workers and what you would like to do in the network.
members-agree = I have read the code of conduct and agree to it.
members-send = Send
members-application-title = Your membership application
members-messages = History
members-action-applied = Application sent
members-action-resubmitted = Sent again
members-action-approved = Approved
members-action-more-info = More information asked
members-action-refused = Not accepted
members-answer = Answer and send again
members-answer-message = Your answer to the secretariat
members-send-again = Send again
members-home-intro = Only members see this page: what other members chose to share, and the good practices of the network.
members-reports-title = Activity plans and reports
members-published-reports = Shared by members
members-none-yet = Nothing yet.
members-practice-number = Good practice No. { $number }:
members-kind-plan = Annual activity plan
members-kind-report = Half-year activity report
members-report-kind-label = Kind
members-report-period-label = Period
members-report-file = File
members-report-visibility = Who can read it
members-report-published = All members
members-report-private = You and the secretariat
members-report-new = Send a plan or report
members-report-period-hint = For a plan the year, e.g. 2026. For a report the half-year, e.g. 2026-H1 (January to June) or 2026-H2.
members-report-body-label = What you did or plan to do
members-report-file-hint = Optional: PDF, Word (.docx), Excel (.xlsx) or an image, up to 10 MB. Sending again for the same period replaces the earlier one.
members-report-publish = Share it with all members on the members' page
members-admin-title = Members
members-admin-section = Membership applications, the member table by category and good practices.
members-admin-total = { $count } members: { $organisations } organisations and { $individuals } individuals
members-applications = Applications
members-applied-on = Applied
members-practice-new = Publish a good practice
members-practice-title-label = Title
members-practice-body-label = Text (Markdown)
members-practice-publish = Publish with the next number
members-code-agreed = Agreed to the code of conduct
members-decide = Decision
members-decision = Decision
members-decision-approve = Approve
members-decision-ask = Ask for more information
members-decision-refuse = Refuse
members-decision-message = Message to the applicant
members-decision-message-hint = Needed when asking for more or refusing: the applicant reads it by email and on their application page.
members-error-category = Please choose a category.
members-error-name = Please give the name and a contact person.
members-error-email = Please give a valid email address.
members-error-website = The website must start with https:// or http://.
members-error-about = Please tell us in a few sentences what you do (at least 20 characters).
members-error-code = Please read the code of conduct and tick the box to agree.
members-error-too-long = A text is too long.
members-error-already-applied = This account has applied already.
members-error-not-editable = The application can be changed only when the secretariat asks for more.
members-error-message = Please write a message: the applicant needs to know why.
members-error-decided = This application has been decided already.
members-error-decision = Please choose a decision.
members-report-kind = Please choose a plan or a report.
members-report-period = The period is a year for a plan (2026) or a half-year for a report (2026-H1 or 2026-H2), not too far from today.
members-report-body = Please write at least a few sentences (20 characters).
members-report-attachment = The file must be a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file.
members-report-too-large = The file or the text is too large (10 MB at most).
members-mail-approved-subject = Welcome: your membership is approved
members-mail-approved-body =
    Dear { $name },

    the secretariat has approved your membership. { $message }

    Members' page: { $link }

    Hiroba
members-mail-more-info-subject = Your membership application: more information needed
members-mail-more-info-body =
    Dear { $name },

    the secretariat needs more information about your application:

    { $message }

    Please answer and send it again here: { $link }

    Hiroba
members-mail-refused-subject = Your membership application
members-mail-refused-body =
    Dear { $name },

    the secretariat could not accept your application:

    { $message }

    { $link }

    Hiroba

## Newsletter
newsletter-title = Newsletter
newsletter-unsubscribe-title = Stop the newsletter
newsletter-unsubscribe-text = You will no longer receive the members' newsletter by email. You can still read it in the archive.
newsletter-unsubscribe-button = Stop sending me the newsletter
newsletter-unsubscribed = Done: you will not receive the newsletter any more.
newsletter-subject = Subject
newsletter-body = Text (Markdown)
newsletter-audience = Send to
newsletter-audience-all = All members
newsletter-archive = In the archive
newsletter-archive-members = Members only
newsletter-archive-public = Everyone
newsletter-admin-title = Newsletter
newsletter-admin-section = Write the monthly newsletter, preview it, send it to members and follow its delivery.
members-status-label = Status
newsletter-status-draft = Draft
newsletter-status-sending = Sending
newsletter-status-sent = Sent
newsletter-new = New issue
newsletter-save-draft = Save the draft
newsletter-delivery-queued = Waiting
newsletter-delivery-sending = Being sent
newsletter-delivery-sent = Sent
newsletter-delivery-failed = Failed
newsletter-delivery-unknown = Unknown
newsletter-unknown-hint = "Unknown": the sending stopped while this mail was going out. It is not sent again, so nobody gets it twice; check with the member if needed.
newsletter-preview = Preview
newsletter-send = Send now
newsletter-edit = Change the draft
newsletter-mail-footer = You receive this newsletter as a member of the Hiroba network. To stop it: { $link }
newsletter-error-subject = Please write a subject and a text.
newsletter-error-audience = Please choose who receives it and who can read it in the archive.
newsletter-error-sent = This issue has been sent already.
newsletter-error-nobody = No member would receive this issue.

## Supporters
supporters-title = Your supporter link
supporters-intro = Share this link with migrant workers and the people around them: it leads to Hiroba's information in their own language. You see how many people came through it — only the numbers, never who.
supporters-your-link = Your personal link
supporters-qr = QR code of your personal link
supporters-reach = How far it reached
supporters-visits = Visits
supporters-registrations = Registrations
supporters-counts-only = Only counts are kept: nothing about the people who followed a link.
supporters-awards = Good practice awards
supporters-meetings = Supporters' meetings and other events
supporters-admin-title = Supporters
supporters-admin-section = Supporters' referral links (visits and registrations, counts only), meetings and good practice awards.
supporters-name = Supporter
supporters-award-new = Record a good practice award
supporters-award-title = What the award is for
supporters-year = Year
supporters-award-save = Record the award
supporters-error-award = Please choose a supporter and give the award's title and year.
