events-title = Sự kiện
events-intro = Các buổi hội thảo, seminar, buổi gặp mặt, diễn đàn và chuyến đi thực tế của mạng lưới: để cùng học hỏi, gặp gỡ người lao động nước ngoài và những người hỗ trợ họ, và chia sẻ những cách làm hiệu quả.
events-none = Hiện chưa có sự kiện nào được lên kế hoạch.
events-kind = Loại
events-kind-workshop = Hội thảo
events-kind-seminar = Seminar
events-kind-gathering = Buổi gặp mặt
events-kind-forum = Diễn đàn
events-kind-study-trip = Chuyến đi thực tế (Field Academy)
events-kind-friends = Buổi gặp gỡ Bạn bè
events-kind-supporters-meeting = Buổi họp của người hỗ trợ
events-format = Ở đâu
events-format-in-person = Trực tiếp
events-format-online = Trực tuyến
events-format-hybrid = Trực tiếp và trực tuyến
events-members-only = Chỉ dành cho thành viên
events-feed = Lịch các sự kiện công khai (iCalendar)
events-cancelled = Sự kiện này đã bị hủy.
events-when = Thời gian
events-place = Địa điểm
events-places = Số chỗ
events-places-left = Còn { $left } trên { $capacity } chỗ
events-part-pre-workshop = Hội thảo trước chuyến đi
events-part-tour = Chuyến tham quan
events-part-post-workshop = Hội thảo sau chuyến đi
events-part-debriefing = Buổi tổng kết
events-registration = Đăng ký
events-status-registered = Bạn đã đăng ký.
events-status-waiting = Bạn đang ở trong danh sách chờ. Nếu có chỗ trống, chỗ đó sẽ là của bạn và chúng tôi sẽ báo cho bạn qua email.
events-status-cancelled = Bạn đã hủy đăng ký.
events-online-link = Link tham gia trực tuyến:
events-cancel = Hủy đăng ký của tôi
events-ended = Sự kiện này đã kết thúc.
events-full = Sự kiện đã hết chỗ.
events-join-waiting = Vào danh sách chờ
events-register = Đăng ký
events-sign-in = Đăng nhập để đăng ký
events-add-calendar = Thêm vào lịch của tôi (.ics)
events-admin-title = Sự kiện
events-admin-section = Hội thảo, seminar và chuyến đi thực tế: đăng ký, điểm danh và tổng số theo năm.
events-totals = Số người tham gia theo năm
events-year = Năm
events-held = Sự kiện
events-registered-people = Đã đăng ký
events-attended-people = Đã đến
events-all = Tất cả sự kiện
events-waiting-people = Đang chờ
events-new = Sự kiện mới
events-create = Tạo sự kiện
events-field-title = Tiêu đề
events-field-summary = Mô tả (Markdown)
events-field-lang = Ngôn ngữ của sự kiện
events-field-starts = Bắt đầu
events-field-ends = Kết thúc
events-field-time-hint = Giờ Nhật Bản (JST).
events-field-online = Link trực tuyến (chỉ dành cho người đã đăng ký)
events-field-audience = Ai có thể đăng ký
events-audience-public = Mọi người
events-audience-members = Chỉ dành cho thành viên
events-field-capacity = Số chỗ (để trống: không giới hạn)
events-field-series = Học viện thực địa (Field Academy)
events-field-series-which = Thuộc một chuỗi buổi
events-field-series-title = Tên của chuỗi mới
events-field-part = Buổi
events-series-none = Không, là sự kiện riêng lẻ
events-series-new = Bắt đầu chuỗi mới
events-public-page = Trang sự kiện
events-registrations = Danh sách đăng ký
events-nobody = Chưa có ai đăng ký.
events-person = Người
events-status = Trạng thái
events-came = Đã đến
events-save-attendance = Lưu điểm danh
events-edit = Thay đổi sự kiện
events-save = Lưu
events-error-kind = Vui lòng chọn loại, hình thức, ai có thể đăng ký và buổi từ danh sách.
events-error-title = Vui lòng nhập tiêu đề (và tên cho chuỗi mới).
events-error-time = Vui lòng nhập giờ bắt đầu và giờ kết thúc; giờ kết thúc phải sau giờ bắt đầu.
events-error-place = Vui lòng nhập địa điểm cho sự kiện tổ chức trực tiếp.
events-error-url = Sự kiện trực tuyến cần một đường link bắt đầu bằng https://.
events-error-capacity = Số chỗ phải là một số từ 1 trở lên, hoặc để trống nếu không giới hạn.
events-error-too-long = Có một đoạn văn bản quá dài.
events-error-past = Sự kiện này đã kết thúc.
events-error-cancelled = Sự kiện này đã bị hủy.
events-error-already = Bạn đã đăng ký rồi.
events-error-not-registered = Bạn chưa đăng ký sự kiện này.
events-mail-registered-subject = Đã đăng ký: { $title }
events-mail-registered-body =
    Xin chào { $name },

    Bạn đã đăng ký tham gia { $title }.

    Thời gian: { $when }
    Địa điểm: { $place }

    Chi tiết và hủy đăng ký: { $link }
    Thêm vào lịch của bạn: { $ics }

    Hiroba
events-mail-waiting-subject = Danh sách chờ: { $title }
events-mail-waiting-body =
    Xin chào { $name },

    { $title } đã hết chỗ nên bạn đang ở trong danh sách chờ. Nếu có chỗ trống, chỗ đó sẽ là của bạn và chúng tôi sẽ viết thư cho bạn.

    Thời gian: { $when }
    Chi tiết: { $link }

    Hiroba
events-mail-promoted-subject = Có chỗ trống cho bạn: { $title }
events-mail-promoted-body =
    Xin chào { $name },

    Đã có một chỗ trống và bây giờ bạn đã được đăng ký tham gia { $title }.

    Thời gian: { $when }
    Địa điểm: { $place }

    Nếu bạn không thể đến, vui lòng hủy tại đây để người khác có thể tham gia: { $link }
    Thêm vào lịch của bạn: { $ics }

    Hiroba
events-mail-reminder-subject = Ngày mai: { $title }
events-mail-reminder-body =
    Xin chào { $name },

    Xin nhắc bạn: { $title } sẽ diễn ra vào ngày mai.

    Thời gian: { $when }
    Địa điểm: { $place }

    Nếu bạn không thể đến, vui lòng hủy để người trong danh sách chờ có thể tham gia: { $link }

    Hiroba
events-mail-cancelled-subject = Đã hủy: đăng ký của bạn cho { $title }
events-mail-cancelled-body =
    Xin chào { $name },

    Đăng ký của bạn cho { $title } đã được hủy. Bạn có thể đăng ký lại khi vẫn còn chỗ: { $link }

    Hiroba
events-cancel-event = Hủy sự kiện
events-cancel-event-hint = Mọi người đã đăng ký hoặc đang ở trong danh sách chờ sẽ được báo qua email. Việc này không thể hoàn tác.
events-mail-event-cancelled-subject = Đã hủy: { $title }
events-mail-event-cancelled-body =
    Xin chào { $name },

    Rất tiếc: { $title } ({ $when }) đã bị hủy. Bạn không cần làm gì cả.

    Các sự kiện khác: { $link }

    Hiroba
