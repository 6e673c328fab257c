## Trang chủ
home-title = Chào mừng bạn đến với Hiroba
home-lead = Hiroba là nơi miễn phí dành cho người nước ngoài đang sống và làm việc tại Nhật Bản. Bạn có thể đọc thông tin hữu ích bằng tiếng của mình, tự kiểm tra tình hình công việc một cách riêng tư, và nhờ giúp đỡ.
home-portal-title = Thông tin về cuộc sống và công việc
home-portal-text = Bài viết và video bằng tiếng của bạn về công việc, tư cách lưu trú, sức khỏe, tiền bạc, thiên tai và cuộc sống hằng ngày ở Nhật Bản.
home-safety-title = Kiểm tra tình hình của bạn
home-safety-text = Trả lời những câu hỏi đơn giản về công việc và cuộc sống của bạn. Bạn sẽ biết được điều gì có thể là vi phạm pháp luật. Bạn không cần tài khoản, và công ty không bao giờ xem được câu trả lời của bạn.
home-assist-title = Nhờ giúp đỡ
home-assist-text = Tư vấn viên trả lời bằng tiếng của bạn qua tin nhắn, email hoặc điện thoại, và giúp bạn giải quyết khó khăn trong công việc và cuộc sống hằng ngày.
home-recruitment-title = Tuyển dụng công bằng
home-recruitment-text = Người lao động không phải trả tiền để có việc làm. Xem các tổ chức cam kết không thu phí, và ghi lại những khoản bạn đã trả.
home-events-title = Sự kiện
home-events-text = Hội thảo, lớp học, chuyến tham quan học tập và buổi gặp gỡ: học hỏi và gặp gỡ mọi người.
home-members-title = Thành viên
home-members-text = Các tổ chức và cá nhân cùng hoạt động vì quyền của người lao động nhập cư. Tham gia mạng lưới.
home-friends-title = Bạn bè
home-friends-text = Làm quen với người cùng quê và những người Nhật hỗ trợ ở gần bạn, và cùng tham gia các sự kiện.
home-learning-title = Khóa học cho công ty
home-learning-text = Khóa học trực tuyến cho chủ sử dụng lao động và nhân viên về quyền con người của người lao động nước ngoài, có cấp chứng chỉ.
home-companies-title = Dành cho công ty
home-companies-text = Công ty chỉ biết được rủi ro tại nơi làm việc và tại các nhà cung cấp của mình qua các câu trả lời ẩn danh đã được tổng hợp, và có thể hành động để cải thiện.
home-privacy-title = Quyền riêng tư của bạn
home-privacy-text = Chúng tôi thu thập ít thông tin nhất có thể. Thông tin nhạy cảm được mã hóa. Mỗi lần tư vấn viên mở hồ sơ tư vấn đều được ghi lại. Công ty chỉ thấy số liệu về các nhóm có từ 10 người trở lên.

## Các ô trong biểu mẫu
field-email = Địa chỉ email
field-display-name = Tên hoặc biệt danh
field-display-name-hint = Bạn có thể dùng biệt danh. Không cần dùng tên thật.
field-password = Mật khẩu
field-new-password = Mật khẩu mới
field-password-hint = Ít nhất 8 ký tự. Một câu mà bạn dễ nhớ là tốt nhất.
field-password-confirm = Nhập lại mật khẩu
field-password-show = Hiện mật khẩu

## Lỗi khi nhập
email-invalid = Vui lòng nhập địa chỉ email hợp lệ, ví dụ: name@example.com.
email-taken = Địa chỉ email này đã có tài khoản.
display-name-invalid = Vui lòng nhập tên từ 1 đến 100 ký tự.
password-too-short = Mật khẩu quá ngắn. Hãy dùng ít nhất 8 ký tự.
password-too-long = Mật khẩu quá dài. Hãy dùng tối đa 128 ký tự.
password-too-common = Mật khẩu này quá phổ biến và dễ bị đoán ra. Vui lòng chọn mật khẩu khác.
password-contains-email = Mật khẩu không được chứa địa chỉ email của bạn.
password-mismatch = Hai mật khẩu không giống nhau.

## Đăng ký
register-title = Tạo tài khoản
register-intro = Khi có tài khoản, bạn có thể theo dõi các lần tư vấn, tham gia khóa học và sự kiện. Bạn vẫn có thể tự kiểm tra mà không cần tài khoản.
register-kind = Tôi muốn dùng Hiroba với tư cách là
register-submit = Tạo tài khoản của tôi
register-have-account = Tôi đã có tài khoản
register-sent-title = Hãy kiểm tra email của bạn
register-sent-text = Chúng tôi đã gửi email đến địa chỉ bạn cung cấp. Hãy mở đường link trong email để xác nhận địa chỉ, sau đó đăng nhập. Nếu sau vài phút vẫn chưa nhận được email, hãy xem trong thư mục thư rác (spam).

## Xác nhận email
confirm-title = Xác nhận địa chỉ email
confirm-text = Bấm nút bên dưới để xác nhận địa chỉ email của bạn.
confirm-submit = Xác nhận địa chỉ của tôi
confirm-done = Cảm ơn bạn. Địa chỉ email của bạn đã được xác nhận. Bây giờ bạn có thể đăng nhập.
confirm-invalid = Đường link này không hợp lệ hoặc đã hết hạn. Vui lòng đăng ký lại hoặc yêu cầu đường link mới.

## Đăng nhập
login-title = Đăng nhập
login-submit = Đăng nhập
login-forgot = Tôi quên mật khẩu
login-failed = Địa chỉ email hoặc mật khẩu không đúng.
login-unconfirmed = Vui lòng xác nhận địa chỉ email trước. Hãy mở đường link trong email chúng tôi đã gửi cho bạn.
login-notice-password-changed = Mật khẩu của bạn đã được thay đổi. Vui lòng đăng nhập bằng mật khẩu mới.
login-notice-logged-out = Bạn đã đăng xuất.

## Xác thực hai bước
two-factor-title = Nhập mã của bạn
two-factor-code = Mã 6 chữ số từ ứng dụng xác thực
two-factor-submit = Tiếp tục
two-factor-wrong-code = Mã này không đúng. Hãy kiểm tra giờ trên điện thoại và thử mã mới nhất.
two-factor-setup-title = Cài đặt đăng nhập hai bước
two-factor-setup-text = Vai trò của bạn có thể xem thông tin của người khác, nên khi đăng nhập bạn cần thêm một bước nữa để bảo vệ thông tin đó. Hãy quét mã QR này bằng ứng dụng xác thực (ví dụ FreeOTP, Aegis hoặc Google Authenticator), rồi nhập mã hiện trên ứng dụng.
two-factor-qr-label = Mã QR cho ứng dụng xác thực
two-factor-setup-manual = Nếu không quét được mã, hãy nhập khóa này vào ứng dụng:
two-factor-setup-submit = Bật đăng nhập hai bước

## Đặt lại mật khẩu
forgot-title = Bạn quên mật khẩu?
forgot-text = Hãy nhập địa chỉ email của bạn. Chúng tôi sẽ gửi cho bạn đường link để chọn mật khẩu mới.
forgot-submit = Gửi đường link
forgot-sent = Nếu địa chỉ này có tài khoản, chúng tôi đã gửi đường link đến đó. Đường link có hiệu lực trong một giờ.
reset-title = Chọn mật khẩu mới
reset-submit = Lưu mật khẩu mới
reset-invalid = Đường link này không hợp lệ hoặc đã hết hạn. Vui lòng yêu cầu đường link mới.

## Trang tài khoản
profile-title = Tài khoản của bạn
profile-roles = Vai trò
profile-two-factor = Đăng nhập hai bước
profile-two-factor-on = Đang bật
profile-two-factor-off = Đang tắt
profile-two-factor-enable = Bật
residence-title = Tư cách lưu trú
residence-why = Nếu bạn cho chúng tôi biết tư cách lưu trú, tư vấn viên có thể tư vấn cho bạn tốt hơn. Việc này không bắt buộc. Thông tin được lưu dưới dạng mã hóa và bạn có thể xóa bất cứ lúc nào.
residence-field = Tư cách lưu trú của bạn
residence-none = Chọn
residence-consent = Tôi đồng ý để Hiroba lưu tư cách lưu trú của tôi nhằm giúp tôi khi tư vấn.
residence-consent-needed = Để lưu tư cách lưu trú, vui lòng đánh dấu vào ô đồng ý.
residence-choose = Vui lòng chọn một tư cách lưu trú.
residence-save = Lưu
residence-erase = Xóa tư cách lưu trú của tôi
residence-technical-intern = Thực tập sinh kỹ năng (技能実習)
residence-specified-skilled-1 = Kỹ năng đặc định số 1 (特定技能1号)
residence-specified-skilled-2 = Kỹ năng đặc định số 2 (特定技能2号)
residence-student = Du học (留学)
residence-engineer-humanities = Kỹ thuật / Tri thức nhân văn / Nghiệp vụ quốc tế (技術・人文知識・国際業務)
residence-permanent-resident = Vĩnh trú (永住者)
residence-long-term-resident = Định trú (定住者)
residence-spouse = Vợ/chồng hoặc con của người Nhật (日本人の配偶者等)
residence-designated-activities = Hoạt động đặc định (特定活動)
residence-other = Khác

## Email (văn bản thuần)
mail-confirm-subject = Xác nhận địa chỉ email của bạn cho Hiroba
mail-confirm-body =
    Xin chào { $name },

    Cảm ơn bạn đã tạo tài khoản trên Hiroba. Vui lòng mở đường link này để xác nhận địa chỉ email của bạn:

    { $link }

    Đường link có hiệu lực trong 48 giờ. Nếu bạn không tạo tài khoản, bạn có thể bỏ qua email này.

    Hiroba
mail-already-registered-subject = Có người đã thử tạo tài khoản Hiroba bằng địa chỉ email của bạn
mail-already-registered-body =
    Xin chào,

    Có người đã thử tạo tài khoản Hiroba mới bằng địa chỉ email này, nhưng địa chỉ này đã có tài khoản rồi.

    Nếu đó là bạn, hãy đăng nhập tại đây:
    { $login }

    Nếu bạn quên mật khẩu, hãy chọn mật khẩu mới tại đây:
    { $reset }

    Nếu đó không phải là bạn, bạn có thể bỏ qua email này. Không có gì bị thay đổi.

    Hiroba
mail-reset-subject = Chọn mật khẩu mới cho Hiroba
mail-reset-body =
    Xin chào { $name },

    Hãy mở đường link này để chọn mật khẩu mới:

    { $link }

    Đường link có hiệu lực trong một giờ và chỉ dùng được một lần. Nếu bạn không yêu cầu việc này, bạn có thể bỏ qua email này: mật khẩu của bạn sẽ không thay đổi.

    Hiroba

## Ban thư ký
admin-title = Bảng điều khiển của Ban thư ký
admin-users-title = Tài khoản theo vai trò
admin-col-role = Vai trò
admin-col-count = Số tài khoản
admin-jobs-title = Tác vụ chạy nền
admin-jobs-summary = { $queued } đang chờ, { $failed } bị lỗi
admin-translations-title = Bản dịch
admin-translations-summary = { $missing } câu còn thiếu ở một số ngôn ngữ
admin-translations-text = Câu nào còn thiếu ở một ngôn ngữ sẽ được hiển thị bằng tiếng Anh (nếu không có thì bằng tiếng Nhật), và được viền đỏ để Ban thư ký thấy.
admin-translations-count = Thiếu { $missing } trên { $total } câu
admin-audit-title = Nhật ký kiểm tra
admin-audit-summary = Ai đã xem hoặc thay đổi gì, và vào lúc nào. Các mục ghi không bao giờ có thể sửa hoặc xóa.
admin-audit-total = { $total } mục
admin-col-when = Thời gian
admin-col-who = Người dùng
admin-col-action = Hành động
admin-col-target = Hồ sơ
admin-col-reason = Lý do
admin-col-id = Số
admin-col-kind = Loại
admin-col-state = Trạng thái
admin-col-attempts = Số lần thử
admin-col-run-at = Thời gian chạy
admin-col-error = Lỗi gần nhất
admin-col-actions = Thao tác
admin-retry = Thử lại
admin-pages = Trang
admin-newer = Mục mới hơn
admin-older = Mục cũ hơn
