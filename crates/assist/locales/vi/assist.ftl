## Phần dành cho người lao động
assist-title = Nhờ giúp đỡ
assist-intro = Hãy viết cho tư vấn viên của Hiroba bằng tiếng của bạn. Họ giúp đỡ miễn phí khi bạn gặp khó khăn trong công việc, về tư cách lưu trú và trong cuộc sống hằng ngày. Công ty của bạn sẽ không được báo.
assist-hours = Tư vấn viên trả lời từ thứ Ba đến thứ Bảy, 10:00 đến 18:00 (giờ Nhật Bản). Nếu bạn viết vào lúc khác, họ sẽ trả lời vào ngày làm việc tiếp theo.
assist-name = Tên hoặc biệt danh
assist-name-hint = Không bắt buộc. Dùng biệt danh cũng được.
assist-contact = Chúng tôi có thể liên lạc với bạn bằng cách nào?
assist-contact-hint = Địa chỉ email, số điện thoại, hoặc tên LINE hay Facebook của bạn.
assist-message = Tin nhắn của bạn
assist-consent = Tôi đồng ý để Hiroba lưu những gì tôi viết dưới dạng mã hóa, để giúp tôi. Tôi có thể yêu cầu xóa.
assist-consent-needed = Vui lòng đánh dấu vào ô đồng ý để chúng tôi có thể lưu tin nhắn của bạn.
assist-send = Gửi
assist-sent = Cảm ơn bạn. Tin nhắn của bạn đã đến tư vấn viên.
assist-case-number = Số hồ sơ
assist-passphrase = Cụm từ bí mật
assist-keep-these = Hãy ghi lại hai thông tin này hoặc chụp màn hình. Có chúng, bạn có thể đọc câu trả lời tại đây mà không cần tài khoản. Không ai khác mở được hồ sơ của bạn.
assist-follow = Mở hồ sơ của tôi
assist-have-case = Tôi đã có số hồ sơ
assist-case-title = Hồ sơ của bạn
assist-open-case = Mở
assist-case-not-found = Số hồ sơ hoặc cụm từ bí mật không đúng.
assist-message-missing = Vui lòng viết tin nhắn.
assist-contact-missing = Vui lòng cho chúng tôi biết cách liên lạc với bạn.
assist-too-long = Nội dung quá dài.
assist-from-worker = Bạn
assist-from-counsellor = Tư vấn viên
assist-from-note = Ghi chú nội bộ

## Trạng thái và kênh liên lạc
assist-status-new = Mới
assist-status-open = Đang xử lý
assist-status-waiting-worker = Đang chờ người lao động trả lời
assist-status-waiting-referral = Đang chờ chuyển tiếp
assist-status-resolved = Đã giải quyết
assist-status-closed = Đã đóng
assist-channel-web = Biểu mẫu trên web
assist-channel-safety = Tự kiểm tra an toàn
assist-channel-email = Email
assist-channel-phone = Điện thoại
assist-channel-visit = Đến trực tiếp

## Tư vấn viên
assist-inbox-title = Hộp thư tư vấn
assist-admin-section = Danh sách chung các yêu cầu tư vấn, yêu cầu chờ lâu nhất ở trên cùng.
assist-imported = Đã thêm { $count } yêu cầu giúp đỡ mới từ phần Tự kiểm tra an toàn.
assist-filter-language = Ngôn ngữ
assist-filter-status = Trạng thái
assist-filter = Lọc
assist-all = Tất cả
assist-col-language = Ngôn ngữ
assist-col-channel = Kênh
assist-col-status = Trạng thái
assist-col-waiting = Chờ từ lúc
assist-col-assignee = Tư vấn viên phụ trách
assist-read-logged = Việc mở hồ sơ này đã được ghi vào nhật ký kiểm tra.
assist-claim = Nhận xử lý hồ sơ này
assist-save = Lưu
assist-reply = Trả lời người lao động
assist-internal-note = Ghi chú nội bộ (người lao động không thấy)

## Tư vấn và thống kê
assist-messages = Tin nhắn
assist-consultations = Các lần tư vấn
assist-log-consultation = Ghi lại một cuộc gọi điện thoại, một lần đến trực tiếp hoặc một bước điều phối
assist-col-when = Thời gian
assist-col-kind = Loại
assist-col-minutes = Số phút
assist-col-issues = Vấn đề
assist-col-count = Số lượng
assist-kind-contact = Liên lạc
assist-kind-coordination = Điều phối
assist-consultation-invalid = Vui lòng kiểm tra loại, kênh, số phút và vấn đề.
assist-statistics-title = Thống kê
assist-period-from = Từ ngày
assist-period-to = Đến ngày
assist-period-invalid = Vui lòng nhập khoảng thời gian bằng hai ngày, ngày đầu không được sau ngày thứ hai.
assist-download-csv = Tải xuống dạng CSV
assist-stat-people = người đã tìm đến tư vấn
assist-stat-consultations = lần tư vấn
assist-stat-issues = vấn đề
assist-by-type = Vấn đề theo loại
assist-by-language = Số lần tư vấn theo ngôn ngữ
issue-residency = Lưu trú
issue-residency-entry-exit = Nhập cảnh và xuất cảnh Nhật Bản
issue-residency-change-status = Thay đổi tư cách lưu trú
issue-residency-other = Tư cách lưu trú và vấn đề khác
issue-residency-unspecified = Lưu trú (không ghi rõ)
issue-lifestyle = Đời sống
issue-lifestyle-domestic = Vấn đề gia đình
issue-lifestyle-consumer-housing-phone = Vấn đề tiêu dùng, nhà ở, hợp đồng điện thoại
issue-lifestyle-civil = Vụ việc dân sự
issue-labour = Lao động
issue-labour-termination = Chấm dứt hợp đồng lao động
issue-labour-wages = Tiền lương
issue-labour-harassment = Quấy rối và quan hệ nơi làm việc
issue-labour-other-conditions = Điều kiện lao động khác
issue-labour-unspecified = Lao động (không ghi rõ)
issue-medical-welfare = Y tế và phúc lợi
issue-education = Giáo dục
issue-tax-social-security = Thuế và an sinh xã hội
issue-other = Khác

## Nhập các bản ghi cũ
assist-import-title = Nhập các bản ghi cũ
assist-import-format = Tệp CSV, mỗi dòng là một lần tư vấn, có dòng tiêu đề này. Ngày ghi theo dạng YYYY-MM-DD; vấn đề là các mã, cách nhau bằng dấu chấm phẩy.
assist-import-problems = Chưa nhập dữ liệu nào. Vui lòng sửa các dòng sau:
assist-import-line = Dòng { $line }:
assist-import-clean = Tệp không có lỗi: có thể nhập { $count } dòng. Để nhập, vui lòng gửi lại mà không chọn chạy thử.
assist-import-done = Đã nhập { $count } lần tư vấn của { $people } người.
assist-import-file = Tệp CSV
assist-import-dry-run = Chạy thử (chỉ kiểm tra, không nhập gì)
assist-import-submit = Kiểm tra hoặc nhập

## Quyền riêng tư của bạn và các câu hỏi cuối
assist-reads-title = Những ai đã đọc hồ sơ của bạn
assist-reads-none = Chưa có ai mở hồ sơ của bạn.
assist-erase-text = Bạn có thể rút lại sự đồng ý. Khi đó, tên, thông tin liên lạc và tất cả tin nhắn của bạn sẽ bị xóa; trong thống kê chỉ còn lại các con số ẩn danh. Việc này không thể hoàn tác.
assist-erase = Xóa thông tin của tôi
assist-outcome-solved = Vấn đề của bạn có được giải quyết không?
assist-outcome-yes = Có
assist-outcome-partly = Một phần
assist-outcome-no = Không
assist-outcome-satisfaction = Bạn hài lòng với sự giúp đỡ đến mức nào? (1 = hoàn toàn không hài lòng, 5 = rất hài lòng)

## Thời gian dự kiến và thông báo
assist-next-step-new = Tư vấn viên thường trả lời trong vòng 2 ngày làm việc (từ thứ Ba đến thứ Bảy). Bạn sẽ thấy câu trả lời trên trang này.
assist-next-step-open = Tư vấn viên đang xử lý hồ sơ của bạn. Câu trả lời tiếp theo thường đến trong vòng 5 ngày làm việc.
assist-next-step-waiting-worker = Tư vấn viên đang chờ bạn trả lời. Vui lòng viết ở bên dưới.
assist-next-step-waiting-referral = Hồ sơ của bạn đã được chuyển đến một tổ chức chuyên môn. Câu trả lời thường đến trong vòng 10 ngày làm việc.
assist-next-step-resolved = Hồ sơ của bạn đã được giải quyết. Vui lòng cho chúng tôi biết ở bên dưới vấn đề của bạn đã thật sự được giải quyết hay chưa.
assist-next-step-closed = Hồ sơ của bạn đã đóng. Bạn vẫn có thể viết cho chúng tôi nếu có chuyện gì mới.
assist-overdue = đã quá thời hạn dự kiến
assist-mail-reply-subject = Hiroba: hồ sơ { $number } của bạn có câu trả lời
assist-mail-reply-body =
    Xin chào,

    Tư vấn viên đã trả lời trong hồ sơ { $number } của bạn. Để đọc, hãy mở trang này và nhập số hồ sơ và cụm từ bí mật của bạn:

    { $link }

    Để bảo vệ quyền riêng tư của bạn, email này không có nội dung câu trả lời.

    Hiroba

## Chuyển tiếp, ADR, câu trả lời mẫu
assist-directory-title = Danh bạ và câu trả lời mẫu
assist-directory-invalid = Vui lòng điền tên và chọn loại; nội dung không được quá dài.
assist-org-name = Tổ chức
assist-org-kind = Loại
assist-org-languages = Ngôn ngữ
assist-org-area = Khu vực
assist-org-contact = Liên lạc
assist-org-add = Thêm tổ chức
assist-org-kind-lawyer = Luật sư
assist-org-kind-scrivener = Chuyên viên thủ tục hành chính (gyōsei shoshi)
assist-org-kind-interpreter = Phiên dịch viên
assist-org-kind-support-group = Nhóm hỗ trợ
assist-org-kind-local-government = Chính quyền địa phương
assist-referrals = Chuyển tiếp và hỗ trợ
assist-attendant = Hỗ trợ đi cùng (tư vấn viên đi cùng người lao động trong trường hợp phức tạp)
assist-refer-to = Chuyển tiếp đến
assist-refer = Chuyển tiếp
assist-referral-outcome = Kết quả chuyển tiếp
assist-referral-pending = Đang chờ
assist-referral-accepted = Đã chấp nhận
assist-referral-declined = Đã từ chối
assist-referral-completed = Đã hoàn tất
assist-adr-title = ADR (giải quyết tranh chấp của hội luật sư)
assist-adr-worker-mediator = Hòa giải viên phía người lao động
assist-adr-employer-mediator = Hòa giải viên phía người sử dụng lao động
assist-adr-interpreter = Phiên dịch viên
assist-adr-hearings = Ngày phiên hòa giải
assist-adr-documents = Tài liệu (bằng cả hai ngôn ngữ)
assist-adr-outcome = Kết quả
assist-canned-title = Câu trả lời mẫu
assist-canned-name = Tên
assist-canned-text = Nội dung
assist-canned-send = Gửi câu trả lời này
assist-closed-now = Hiện tư vấn viên chưa làm việc. Họ sẽ đọc tin nhắn của bạn từ { $time } (giờ Nhật Bản).
assist-mail-opened-subject = [{ $number }] Hiroba đã nhận được tin nhắn của bạn
assist-mail-opened-body =
    Xin chào,

    Tin nhắn của bạn đã đến tư vấn viên của Hiroba. Số hồ sơ của bạn là { $number }, cụm từ bí mật là { $passphrase }.

    Để viết tiếp, hãy trả lời email này (giữ { $number } trong tiêu đề), hoặc đọc câu trả lời tại đây:

    { $link }

    Hiroba
assist-filter-mine = Chỉ hồ sơ của tôi
assist-new-case = Hồ sơ mới (điện thoại hoặc đến trực tiếp)
assist-new-case-done = Hồ sơ đã được mở. Hãy đọc số hồ sơ và cụm từ bí mật cho người đó để họ có thể theo dõi hồ sơ trên mạng.
assist-summary = Tóm tắt buổi tư vấn
assist-stat-outcomes = Câu trả lời khi đóng hồ sơ
assist-stat-satisfaction = Mức hài lòng trung bình: { $average } trên 5
assist-download-xlsx = Tải về cho Excel (XLSX)
assist-site = Mã nơi làm việc (nếu có)
assist-site-hint = Không bắt buộc. Mã do công ty đưa cho bạn. Công ty sẽ không bao giờ biết về tin nhắn của bạn.
assist-site-unknown = Chúng tôi không tìm thấy mã này. Hãy kiểm tra lại hoặc để trống.

## Trang ban thư ký chỉnh sửa các loại vấn đề
taxonomy-title = Các loại vấn đề
taxonomy-admin-section = Mở rộng các loại vấn đề dùng để phân loại và thống kê các lần tư vấn.
taxonomy-intro = Các lần tư vấn được phân loại theo những loại này. Bạn có thể thêm một loại hoặc một loại chi tiết bên trong, kèm tên bằng từng ngôn ngữ. Loại đã được dùng chỉ có thể ngừng dùng: số liệu thống kê cũ vẫn giữ lại.
taxonomy-col-type = Loại
taxonomy-col-code = Mã
taxonomy-col-used = Số lần tư vấn
taxonomy-col-actions = Thao tác
taxonomy-retired = đã ngừng dùng
taxonomy-custom = do ban thư ký thêm
taxonomy-retire = Ngừng dùng
taxonomy-restore = Dùng lại
taxonomy-delete = Xóa
taxonomy-edit-labels = Sửa tên
taxonomy-add = Thêm loại
taxonomy-parent = Thuộc loại
taxonomy-top-level = Một loại chính mới
taxonomy-code-help = Từ 3 đến 48 chữ thường, chữ số và dấu gạch ngang, ví dụ labour-overtime. Không thể đổi sau này.
taxonomy-labels = Tên
taxonomy-labels-help = Bắt buộc có tiếng Anh và tiếng Nhật. Ngôn ngữ để trống sẽ hiển thị tên tiếng Anh.
taxonomy-code-invalid = Mã phải gồm 3 đến 48 chữ thường, chữ số và dấu gạch ngang đơn.
taxonomy-code-taken = Mã này đã được dùng. Hãy chọn mã khác.
taxonomy-parent-invalid = Hãy chọn một loại chính vẫn đang được dùng.
taxonomy-label-missing = Hãy viết tên ít nhất bằng tiếng Anh và tiếng Nhật.
taxonomy-label-too-long = Tên dài tối đa 120 ký tự.
taxonomy-builtin = Tên các loại có sẵn được dịch trong danh mục bản dịch và không thể sửa ở đây.
taxonomy-not-found = Không có loại này.
taxonomy-in-use = Có lần tư vấn hoặc loại chi tiết đang dùng loại này nên không thể xóa. Hãy ngừng dùng nó.
taxonomy-invalid = Không hiểu yêu cầu. Không có gì bị thay đổi.

## Thông báo đẩy trên trang hồ sơ của người lao động
assist-push-text = Nhận thông báo trên điện thoại này khi tư vấn viên trả lời. Thông báo chỉ cho biết có câu trả lời, không bao giờ hiện nội dung.
assist-push-on = Thông báo cho tôi trên điện thoại này
assist-push-off = Tắt thông báo trên điện thoại này
assist-push-done = Đã bật thông báo trên điện thoại này.
assist-push-stopped = Đã tắt thông báo trên điện thoại này.
assist-push-failed = Không thể bật thông báo. Hãy kiểm tra xem trình duyệt này có được phép hiện thông báo không.
assist-push-invalid = Thông tin thông báo của trình duyệt này không được chấp nhận. Không có gì bị thay đổi.
assist-push-title = Hiroba
assist-push-reply = Tư vấn viên đã trả lời bạn. Hãy mở hồ sơ của bạn để đọc.
