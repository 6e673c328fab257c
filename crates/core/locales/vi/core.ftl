# Tên ngôn ngữ tự gọi (dùng trong phần chọn ngôn ngữ).
language-name = Tiếng Việt
language-dir = ltr

site-name = Hiroba
skip-to-content = Chuyển đến nội dung chính
nav-account = Tài khoản của bạn
nav-admin = Ban thư ký
nav-logout = Đăng xuất
nav-login = Đăng nhập
nav-register = Tạo tài khoản
language-switcher = Chọn ngôn ngữ
furigana-turn-off = Ẩn phiên âm furigana
furigana-turn-on = Hiện phiên âm furigana
footer-privacy = Câu trả lời và tin nhắn của bạn không bao giờ được cho công ty (chủ sử dụng lao động) xem.
footer-open-source = Hiroba là phần mềm mã nguồn mở dành cho người lao động nước ngoài tại Nhật Bản và những người hỗ trợ họ.

error-title = Đã có lỗi xảy ra
error-back-home = Về trang chủ
error-not-found = Không tìm thấy trang này. Có thể đường link đã cũ hoặc bị gõ sai.
error-forbidden = Bạn không có quyền mở trang này.
error-sign-in-required = Vui lòng đăng nhập để xem trang này.
error-bad-form = Không đọc được một số thông tin bạn đã gửi. Vui lòng kiểm tra lại biểu mẫu và thử lại.
error-bad-request = Không hiểu được yêu cầu này. Vui lòng quay lại và thử lại.
error-csrf = Để bảo vệ bạn, biểu mẫu này đã hết hạn. Vui lòng quay lại, tải lại trang rồi gửi lại.
error-too-many-requests = Bạn đã thử quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại.
error-internal = Xin lỗi, phía chúng tôi đã gặp sự cố. Những gì bạn gửi không bị mất. Vui lòng thử lại sau ít phút.
error-method = Không thể dùng trang này theo cách đó.
error-timeout = Máy chủ phản hồi quá lâu. Vui lòng thử lại.
error-too-large = Nội dung bạn gửi quá lớn.

role-worker = Người lao động
role-counsellor = Tư vấn viên
role-counsellor-supervisor = Trưởng nhóm tư vấn
role-company-admin = Quản trị viên công ty
role-company-viewer = Người xem của công ty
role-member = Thành viên
role-learner = Học viên
role-supporter = Người hỗ trợ
role-secretariat = Ban thư ký

app-name = Hiroba: cuộc sống và công việc ở Nhật Bản
app-description = Thông tin, tự kiểm tra riêng tư và tư vấn cho người nước ngoài sống và làm việc tại Nhật Bản.
offline-title = Bạn đang ngoại tuyến
offline-text = Hiện không có kết nối internet. Bạn vẫn có thể mở các bài viết đã đọc trước đây. Vui lòng thử lại khi có kết nối.
