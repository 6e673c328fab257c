## Giới thiệu
safety-title = Kiểm tra tình hình của bạn
safety-intro = Hãy trả lời những câu hỏi đơn giản về công việc và cuộc sống của bạn ở Nhật. Chỉ mất 5 đến 10 phút. Cuối cùng, bạn sẽ biết có điều gì có thể vi phạm pháp luật hoặc là dấu hiệu của lao động cưỡng bức hay không, và có thể nhờ giúp đỡ ở đâu.
safety-promise-private = Công ty của bạn không bao giờ xem được câu trả lời của bạn. Công ty chỉ thấy số liệu về các nhóm có từ 10 người trở lên.
safety-promise-anonymous = Bạn không cần tài khoản. Chúng tôi không hỏi tên bạn.
safety-promise-free = Hoàn toàn miễn phí.
safety-site-code = Mã nơi làm việc của bạn (nếu có)
safety-site-code-hint = Công ty có thể đã đưa cho bạn một mã hoặc mã QR. Bạn có thể để trống ô này.
safety-site-unknown = Chúng tôi không tìm thấy mã này. Vui lòng kiểm tra lại, hoặc để trống.
safety-site-found = Nơi làm việc: { $company }, { $site }
safety-not-listed = Công ty của tôi không có trong danh sách
safety-start = Bắt đầu

## Trả lời
safety-progress = Bước { $step } trên { $total }
safety-yes = Có
safety-no = Không
safety-unsure = Không chắc
safety-optional = (bạn có thể bỏ qua)
safety-choose = Chọn
safety-prefecture = Tỉnh
safety-number = Số
safety-unit-hours = giờ
safety-unit-yen = yên
safety-unit-yen-per-hour = yên mỗi giờ
safety-unit-days = ngày
safety-back = Quay lại
safety-next = Tiếp theo
safety-finish = Xem kết quả
safety-saved = Câu trả lời của bạn được lưu sau mỗi bước. Nếu bị mất kết nối, hãy mở lại đường link cũ để làm tiếp.
safety-offline-kept = Không có kết nối mạng. Câu trả lời của bạn được giữ lại trên điện thoại này và sẽ được gửi đi khi có kết nối trở lại.
safety-fix-errors = Vui lòng kiểm tra các câu trả lời được đánh dấu bên dưới.
safety-answer-missing = Vui lòng chọn một câu trả lời.
safety-answer-invalid = Câu trả lời này không có trong các lựa chọn.
safety-answer-not-number = Vui lòng viết một con số, ví dụ 20.
safety-answer-out-of-range = Con số này quá lớn hoặc quá nhỏ.
safety-already-complete = Bạn đã làm xong. Bây giờ không thể thay đổi câu trả lời nữa.

## Kết quả
safety-result-title = Kết quả của bạn
safety-result-none = Không có câu trả lời nào của bạn cho thấy dấu hiệu của vấn đề nghiêm trọng. Nếu vẫn còn lo lắng điều gì, bạn có thể nhờ giúp đỡ.
safety-result-some = { $count ->
   *[other] Có { $count } câu trả lời của bạn có thể cho thấy vấn đề. Vui lòng đọc lý do.
}
safety-severity-violation = Có thể vi phạm pháp luật
safety-severity-forced-labour = Có thể là dấu hiệu của lao động cưỡng bức
safety-severity-advice = Nên biết
safety-read-more = Đọc thêm về vấn đề này
safety-ilo = Dấu hiệu lao động cưỡng bức theo ILO:
safety-assist-title = Bạn có thể nhờ giúp đỡ
safety-assist-text = Tư vấn viên của Hiroba giúp đỡ miễn phí, bằng tiếng của bạn, từ thứ Ba đến thứ Bảy, 10:00 đến 18:00. Công ty của bạn sẽ không được báo.
safety-assist-phone = Điện thoại:
safety-ask-help = Tôi muốn tư vấn viên liên lạc với tôi
safety-result-private = Chỉ người có đường link của trang này mới xem được. Hãy giữ bí mật đường link. Đường link có hiệu lực trong 30 ngày.

## Nhờ giúp đỡ
safety-help-title = Nhờ giúp đỡ
safety-help-intro = Hãy cho chúng tôi biết tư vấn viên có thể liên lạc với bạn bằng cách nào. Chúng tôi chỉ dùng thông tin này để trả lời bạn.
safety-help-how = Chúng tôi có thể liên lạc với bạn bằng cách nào?
safety-contact-email = Email
safety-contact-phone = Điện thoại
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = Địa chỉ email, số điện thoại hoặc tên tài khoản của bạn
safety-help-language = Ngôn ngữ để trả lời
safety-help-time = Khi nào chúng tôi có thể liên lạc với bạn?
safety-help-time-hint = Ví dụ: ngày thường sau 19:00.
safety-help-share = Tư vấn viên được phép đọc câu trả lời của tôi.
safety-help-send = Gửi
safety-help-privacy = Thông tin liên lạc của bạn được mã hóa và lưu riêng, tách khỏi câu trả lời của bạn.
safety-help-contact-missing = Vui lòng ghi cách chúng tôi có thể liên lạc với bạn.
safety-help-contact-invalid = Thông tin liên lạc này có vẻ không đúng. Vui lòng kiểm tra lại.
safety-help-done = Cảm ơn bạn. Tư vấn viên sẽ liên lạc với bạn, thường trong vòng 2 ngày làm việc (từ thứ Ba đến thứ Bảy).
safety-back-to-result = Quay lại kết quả của tôi

## Các dấu hiệu lao động cưỡng bức của ILO
indicator-abuse-of-vulnerability = Lợi dụng hoàn cảnh khó khăn
indicator-deception = Lừa gạt
indicator-restriction-of-movement = Hạn chế đi lại
indicator-isolation = Cô lập
indicator-physical-sexual-violence = Bạo lực thể chất và tình dục
indicator-intimidation-threats = Uy hiếp và đe dọa
indicator-retention-of-documents = Giữ giấy tờ tùy thân
indicator-withholding-of-wages = Giữ lương
indicator-debt-bondage = Lao động gán nợ
indicator-abusive-conditions = Điều kiện làm việc và sinh hoạt bị ngược đãi
indicator-excessive-overtime = Làm thêm giờ quá mức

## Ban thư ký
safety-admin-title = Bộ câu hỏi tự kiểm tra an toàn
safety-admin-section = Xem các câu hỏi, nội dung nào còn thiếu ở ngôn ngữ nào, và đăng phiên bản mới.
safety-admin-versions = Các phiên bản
safety-admin-translations = Nội dung còn thiếu theo từng ngôn ngữ (mở để xem trước)
safety-admin-questions = Các câu hỏi của phiên bản hiện tại
safety-admin-col-id = Câu hỏi
safety-admin-col-section = Phần
safety-admin-col-severity = Mức độ
safety-admin-col-indicators = Dấu hiệu của ILO
safety-admin-col-rule = Quy định của Nhật Bản
safety-admin-new-version = Đăng phiên bản mới
safety-admin-download = Tải phiên bản hiện tại về thành một tệp để chỉnh sửa
safety-admin-upload = Tệp bộ câu hỏi đã chỉnh sửa (TOML)
safety-admin-check-publish = Kiểm tra và đăng
safety-admin-invalid = Chưa có gì thay đổi. Vui lòng sửa các lỗi sau trước:
safety-admin-published = Phiên bản { $version } đã được đăng. Câu trả lời mới sẽ dùng phiên bản này; câu trả lời trước đó vẫn giữ phiên bản cũ.
safety-admin-preview = Xem trước bằng { $language }
safety-admin-missing-text = Nội dung này chưa có ở ngôn ngữ này; đang hiển thị bản tiếng Anh.
safety-admin-counts = Lượt sử dụng mỗi ngày
safety-admin-audio = Câu hỏi đã ghi âm
safety-admin-audio-file = Bản ghi âm (MP3, M4A, Ogg hoặc WebM, tối đa 3 MB)
safety-admin-help-requests = Tổng cộng { $count } yêu cầu giúp đỡ
safety-admin-visits = Lượt truy cập
safety-admin-starts = Đã bắt đầu
safety-admin-completions = Đã hoàn thành
safety-admin-help = Đã nhờ giúp đỡ
safety-name-recruiters = Ai đã tuyển dụng bạn? Cho chúng tôi biết (ẩn danh)
safety-fee-ledger = Ghi lại các khoản phí bạn đã trả
