members-title = Thành viên
members-intro = Doanh nghiệp, hiệp hội, nghiệp đoàn và tổ chức hỗ trợ, công ty phái cử và công ty tuyển dụng, chính quyền địa phương, đại sứ quán, chuyên gia pháp lý, tổ chức NPO và NGO, nhà nghiên cứu và cá nhân cùng hợp tác trong mạng lưới này để bảo vệ quyền của người lao động nước ngoài. Các thành viên học hỏi lẫn nhau, chia sẻ những gì mình làm và tham gia các buổi hội thảo và seminar.
members-apply = Đăng ký làm thành viên
members-total = { $count } tổ chức và cá nhân
members-category = Loại
members-count = Thành viên
members-code-title = Bộ quy tắc ứng xử
members-code-1 = Chúng tôi tôn trọng quyền con người của người lao động nước ngoài và gia đình họ, và không bao giờ tham gia vào lao động cưỡng bức, mua bán người hay phân biệt đối xử.
members-code-2 = Chúng tôi hướng tới nguyên tắc người sử dụng lao động trả phí: người lao động không phải trả phí tuyển dụng hay các chi phí liên quan.
members-code-3 = Chúng tôi bảo vệ thông tin cá nhân của người lao động và không bao giờ dùng mạng lưới để bán hàng hay quảng cáo.
members-code-4 = Chúng tôi chia sẻ hoạt động của mình một cách trung thực, qua kế hoạch hằng năm và báo cáo nửa năm, và học hỏi từ các thành viên khác.
members-code-5 = Chúng tôi lắng nghe người lao động nước ngoài và giúp họ tiếp cận tư vấn và biện pháp khắc phục.
members-practices-title = Thực hành tốt
members-status-applied = Đơn đăng ký của bạn đang chờ ban thư ký xem xét.
members-status-more-info = Ban thư ký đã yêu cầu thêm thông tin.
members-status-approved = Bạn là thành viên.
members-status-refused = Đơn đăng ký không được chấp nhận.
members-home-title = Trang thành viên
members-choose = Chọn…
members-category-business = Doanh nghiệp
members-category-association = Hiệp hội ngành
members-category-supervising = Nghiệp đoàn (tổ chức quản lý giám sát) và tổ chức hỗ trợ đã đăng ký
members-category-sending = Công ty phái cử
members-category-recruiting = Công ty tuyển dụng
members-category-local-government = Chính quyền địa phương
members-category-embassy = Đại sứ quán
members-category-legal = Luật sư, chuyên viên thủ tục hành chính (gyōsei shoshi), chuyên viên tư vấn lao động và bảo hiểm xã hội (sharōshi)
members-category-npo = Tổ chức NPO và NGO
members-category-researcher = Nhà nghiên cứu
members-category-individual = Cá nhân khác
members-name = Tên tổ chức (hoặc tên của bạn)
members-name-hint = Đúng như tên cần hiện trong danh sách thành viên.
members-contact-name = Người liên hệ
members-email = Email liên hệ
members-area = Bạn ở đâu (tỉnh, thành phố hoặc quốc gia)
members-website = Trang web (không bắt buộc)
members-about = Bạn làm gì và vì sao bạn muốn tham gia
members-about-hint = Vài câu: công việc của bạn với người lao động nước ngoài và những gì bạn muốn làm trong mạng lưới.
members-agree = Tôi đã đọc bộ quy tắc ứng xử và đồng ý.
members-send = Gửi
members-application-title = Đơn đăng ký thành viên của bạn
members-messages = Lịch sử
members-action-applied = Đã gửi đơn
members-action-resubmitted = Đã gửi lại
members-action-approved = Đã chấp thuận
members-action-more-info = Đã yêu cầu thêm thông tin
members-action-refused = Không được chấp nhận
members-answer = Trả lời và gửi lại
members-answer-message = Câu trả lời của bạn gửi ban thư ký
members-send-again = Gửi lại
members-home-intro = Chỉ thành viên mới xem được trang này: những gì các thành viên khác chọn chia sẻ và những thực hành tốt của mạng lưới.
members-reports-title = Kế hoạch và báo cáo hoạt động
members-published-reports = Do thành viên chia sẻ
members-none-yet = Chưa có gì.
members-practice-number = Thực hành tốt số { $number }:
members-kind-plan = Kế hoạch hoạt động hằng năm
members-kind-report = Báo cáo hoạt động nửa năm
members-report-kind-label = Loại
members-report-period-label = Kỳ
members-report-file = Tệp
members-report-visibility = Ai có thể đọc
members-report-published = Tất cả thành viên
members-report-private = Bạn và ban thư ký
members-report-new = Gửi kế hoạch hoặc báo cáo
members-report-period-hint = Với kế hoạch, ghi năm, ví dụ 2026. Với báo cáo, ghi nửa năm, ví dụ 2026-H1 (tháng 1 đến tháng 6) hoặc 2026-H2.
members-report-body-label = Những gì bạn đã làm hoặc dự định làm
members-report-file-hint = Không bắt buộc: PDF, Word (.docx), Excel (.xlsx) hoặc hình ảnh, tối đa 10 MB. Gửi lại cho cùng một kỳ sẽ thay thế bản trước.
members-report-publish = Chia sẻ với tất cả thành viên trên trang thành viên
members-admin-title = Thành viên
members-admin-section = Đơn đăng ký thành viên, bảng thành viên theo loại và các thực hành tốt.
members-admin-total = { $count } thành viên: { $organisations } tổ chức và { $individuals } cá nhân
members-applications = Đơn đăng ký
members-applied-on = Ngày đăng ký
members-practice-new = Đăng một thực hành tốt
members-practice-title-label = Tiêu đề
members-practice-body-label = Nội dung (Markdown)
members-practice-publish = Đăng với số tiếp theo
members-code-agreed = Đã đồng ý với bộ quy tắc ứng xử
members-decide = Quyết định
members-decision = Quyết định
members-decision-approve = Chấp thuận
members-decision-ask = Yêu cầu thêm thông tin
members-decision-refuse = Từ chối
members-decision-message = Tin nhắn gửi người đăng ký
members-decision-message-hint = Bắt buộc khi yêu cầu thêm thông tin hoặc từ chối: người đăng ký sẽ đọc qua email và trên trang đơn đăng ký của họ.
members-error-category = Vui lòng chọn một loại.
members-error-name = Vui lòng nhập tên và người liên hệ.
members-error-email = Vui lòng nhập địa chỉ email hợp lệ.
members-error-website = Trang web phải bắt đầu bằng https:// hoặc http://.
members-error-about = Vui lòng cho chúng tôi biết bằng vài câu bạn làm gì (ít nhất 20 ký tự).
members-error-code = Vui lòng đọc bộ quy tắc ứng xử và đánh dấu vào ô để đồng ý.
members-error-too-long = Có một đoạn văn bản quá dài.
members-error-already-applied = Tài khoản này đã đăng ký rồi.
members-error-not-editable = Chỉ có thể sửa đơn đăng ký khi ban thư ký yêu cầu thêm thông tin.
members-error-message = Vui lòng viết tin nhắn: người đăng ký cần biết lý do.
members-error-decided = Đơn đăng ký này đã có quyết định.
members-error-decision = Vui lòng chọn một quyết định.
members-report-kind = Vui lòng chọn kế hoạch hoặc báo cáo.
members-report-period = Kỳ của kế hoạch là một năm (2026), của báo cáo là nửa năm (2026-H1 hoặc 2026-H2), không quá xa so với hôm nay.
members-report-body = Vui lòng viết ít nhất vài câu (20 ký tự).
members-report-attachment = Tệp phải là PDF, Word (.docx), Excel (.xlsx), PNG hoặc JPEG.
members-report-too-large = Tệp hoặc văn bản quá lớn (tối đa 10 MB).
members-mail-approved-subject = Chào mừng: tư cách thành viên của bạn đã được chấp thuận
members-mail-approved-body =
    Kính gửi { $name },

    Ban thư ký đã chấp thuận tư cách thành viên của bạn. { $message }

    Trang thành viên: { $link }

    Hiroba
members-mail-more-info-subject = Đơn đăng ký thành viên của bạn: cần thêm thông tin
members-mail-more-info-body =
    Kính gửi { $name },

    Ban thư ký cần thêm thông tin về đơn đăng ký của bạn:

    { $message }

    Vui lòng trả lời và gửi lại tại đây: { $link }

    Hiroba
members-mail-refused-subject = Đơn đăng ký thành viên của bạn
members-mail-refused-body =
    Kính gửi { $name },

    Ban thư ký không thể chấp nhận đơn đăng ký của bạn:

    { $message }

    { $link }

    Hiroba

## Newsletter
newsletter-title = Bản tin
newsletter-unsubscribe-title = Ngừng nhận bản tin
newsletter-unsubscribe-text = Bạn sẽ không nhận bản tin thành viên qua email nữa. Bạn vẫn có thể đọc bản tin trong kho lưu trữ.
newsletter-unsubscribe-button = Ngừng gửi bản tin cho tôi
newsletter-unsubscribed = Xong: bạn sẽ không nhận bản tin nữa.
newsletter-subject = Tiêu đề
newsletter-body = Nội dung (Markdown)
newsletter-audience = Gửi đến
newsletter-audience-all = Tất cả thành viên
newsletter-archive = Ai có thể đọc trong kho lưu trữ
newsletter-archive-members = Chỉ thành viên
newsletter-archive-public = Mọi người
newsletter-admin-title = Bản tin
newsletter-admin-section = Viết bản tin hằng tháng, xem trước, gửi cho thành viên và theo dõi việc gửi.
members-status-label = Trạng thái
newsletter-status-draft = Bản nháp
newsletter-status-sending = Đang gửi
newsletter-status-sent = Đã gửi
newsletter-new = Số bản tin mới
newsletter-save-draft = Lưu bản nháp
newsletter-delivery-queued = Đang chờ
newsletter-delivery-sending = Đang gửi
newsletter-delivery-sent = Đã gửi
newsletter-delivery-failed = Không gửi được
newsletter-delivery-unknown = Không rõ
newsletter-unknown-hint = “Không rõ”: việc gửi bị dừng lại khi email này đang được gửi đi. Email sẽ không được gửi lại, để không ai nhận hai lần; nếu cần, hãy hỏi lại thành viên đó.
newsletter-preview = Xem trước
newsletter-send = Gửi ngay
newsletter-edit = Sửa bản nháp
newsletter-mail-footer = Bạn nhận bản tin này vì là thành viên của mạng lưới Hiroba. Để ngừng nhận: { $link }
newsletter-error-subject = Vui lòng nhập tiêu đề và nội dung.
newsletter-error-audience = Vui lòng chọn người nhận và ai có thể đọc trong kho lưu trữ.
newsletter-error-sent = Số bản tin này đã được gửi rồi.
newsletter-error-nobody = Không có thành viên nào sẽ nhận số bản tin này.

## Supporters
supporters-title = Đường liên kết người hỗ trợ của bạn
supporters-intro = Hãy chia sẻ đường liên kết này với người lao động nước ngoài và những người xung quanh họ: đường liên kết dẫn đến thông tin của Hiroba bằng chính ngôn ngữ của họ. Bạn xem được có bao nhiêu người đến qua đường liên kết này — chỉ có con số, không bao giờ biết đó là ai.
supporters-your-link = Đường liên kết riêng của bạn
supporters-qr = Mã QR của đường liên kết riêng của bạn
supporters-reach = Mức độ lan tỏa
supporters-visits = Lượt truy cập
supporters-registrations = Lượt đăng ký
supporters-counts-only = Chỉ lưu con số: không lưu gì về những người đã mở đường liên kết.
supporters-awards = Giải thưởng thực hành tốt
supporters-meetings = Buổi họp của người hỗ trợ và các sự kiện khác
supporters-admin-title = Người hỗ trợ
supporters-admin-section = Đường liên kết giới thiệu của người hỗ trợ (lượt truy cập và lượt đăng ký, chỉ con số), các buổi họp và giải thưởng thực hành tốt.
supporters-name = Người hỗ trợ
supporters-award-new = Ghi nhận một giải thưởng thực hành tốt
supporters-award-title = Giải thưởng dành cho điều gì
supporters-year = Năm
supporters-award-save = Ghi nhận giải thưởng
supporters-error-award = Vui lòng chọn người hỗ trợ và nhập tên và năm của giải thưởng.
