## Đọc
portal-title = Thông tin về cuộc sống và công việc
portal-topics = Chủ đề
portal-latest = Bài mới và bài vừa cập nhật
portal-countries = Trước khi sang Nhật Bản
portal-countries-text = Các trang dành cho người đang chuẩn bị sang Nhật từ những nước này.
portal-country-intro = Những bài viết đặc biệt hữu ích cho người đến từ nước này, trước và sau khi sang Nhật.
portal-feed = Theo dõi bài viết mới (nguồn cấp Atom)
portal-feed-title = Hiroba: thông tin về cuộc sống và công việc tại Nhật Bản
portal-nothing-yet = Ở đây chưa có bài viết nào.
portal-related = Bài viết liên quan
portal-need-help = Bạn cần giúp đỡ về hoàn cảnh của mình? Bạn có thể hỏi tư vấn viên của Hiroba bằng tiếng của bạn, miễn phí. Công ty của bạn sẽ không được báo.
portal-byline = Tác giả: { $author } · đăng ngày { $published } · kiểm tra ngày { $reviewed }
portal-not-translated = Bài viết này chưa có bằng tiếng của bạn. Bài đang được hiển thị bằng { $language }.
portal-not-translated-short = Chưa có bằng tiếng của bạn.
portal-watch-video = Xem video
portal-video-external = Sẽ mở một trang web khác. Xem video tốn nhiều dữ liệu di động.
portal-preview-notice = Xem trước. Người đọc không thấy trang này khi trạng thái của bài là “{ $status }”.

## Tìm kiếm
portal-search-title = Tìm kiếm
portal-search-label = Tìm trong các bài viết
portal-search-submit = Tìm
portal-search-count = { $count ->
   *[other] Tìm thấy { $count } bài viết
}

## Chủ đề
topic-work = Công việc và tiền lương
topic-residence = Tư cách lưu trú
topic-health-welfare = Sức khỏe và phúc lợi
topic-daily-life = Cuộc sống hằng ngày
topic-disasters = Thiên tai và tình huống khẩn cấp
topic-money = Tiền bạc và ngân hàng
topic-family = Gia đình và con cái
topic-learning-japanese = Học tiếng Nhật

## Nước phái cử
country-VN = Việt Nam
country-MM = Myanmar
country-ID = Indonesia
country-PH = Philippines
country-CN = Trung Quốc
country-NP = Nepal
country-KH = Campuchia
country-TH = Thái Lan
country-LK = Sri Lanka
country-BD = Bangladesh
country-BR = Brazil
country-PE = Peru

## Biên tập (Ban thư ký)
portal-admin-title = Bài viết trên cổng thông tin
portal-admin-section = Viết, dịch và đăng bài viết; xem bản dịch nào còn thiếu hoặc đã cũ.
portal-stats-section = Lượt xem trang và tài khoản mới, được đếm mà không theo dõi bất kỳ ai.
portal-admin-new = Bài viết mới
portal-admin-create = Tạo bản nháp
portal-admin-summary = Thiếu { $missing } bản dịch, { $outdated } bản dịch đã cũ.
portal-col-article = Bài viết
portal-col-status = Trạng thái
portal-col-language = Ngôn ngữ
portal-col-state = Bản dịch
portal-col-actions = Thao tác
portal-col-version = Phiên bản
portal-col-day = Ngày
portal-col-views = Lượt xem trang
portal-col-registrations = Tài khoản mới
portal-state-missing = Còn thiếu
portal-state-outdated = Đã cũ
portal-state-up-to-date = Mới nhất
portal-state-source = Bản gốc
portal-status-draft = Bản nháp
portal-status-review = Đang duyệt
portal-status-published = Đã đăng
portal-status-unpublished = Đã gỡ
portal-action-draft = Trả về bản nháp
portal-action-review = Gửi duyệt
portal-action-published = Đăng
portal-action-unpublished = Gỡ bài
portal-action-edit = Sửa
portal-action-preview = Xem trước
portal-translations = Bản dịch
portal-revisions = Lịch sử chỉnh sửa
portal-settings = Cài đặt
portal-save = Lưu
portal-edit-title = Sửa văn bản bằng { $language }
portal-source-text = Văn bản gốc ({ $language }, phiên bản { $version })
portal-ruby-hint = Markdown. Viết furigana theo dạng {"{"}漢字|かんじ{"}"}. Liên kết, danh sách và tiêu đề được giữ lại; mọi mã HTML đều bị xóa.
portal-field-slug = Địa chỉ (slug)
portal-field-slug-hint = Chữ thường, chữ số và dấu gạch ngang, ví dụ paid-leave. Không thể thay đổi về sau.
portal-field-kind = Loại
portal-kind-article = Bài viết
portal-kind-video = Video
portal-field-topic = Chủ đề
portal-field-countries = Nước phái cử
portal-field-countries-hint = Không bắt buộc. Mã quốc gia cách nhau bằng dấu phẩy, ví dụ VN, MM.
portal-field-author = Tổ chức biên soạn
portal-field-source-lang = Ngôn ngữ của văn bản gốc
portal-field-video-url = Địa chỉ video
portal-field-video-url-hint = Không bắt buộc. Liên kết đến video trên một trang web khác (https://…). Video không bao giờ được nhúng vào trang.
portal-field-title = Tiêu đề
portal-field-summary = Tóm tắt
portal-field-body = Nội dung
portal-field-note = Nội dung thay đổi (để ghi vào lịch sử)

## Lỗi khi biên tập
portal-slug-invalid = Địa chỉ phải gồm từ 3 đến 80 ký tự là chữ thường, chữ số hoặc dấu gạch ngang.
portal-slug-taken = Địa chỉ này đã được một bài viết khác sử dụng.
portal-topic-invalid = Vui lòng chọn chủ đề và loại trong danh sách.
portal-country-invalid = Mã quốc gia không xác định. Hãy dùng các mã như VN, MM, ID, PH.
portal-language-invalid = Nền tảng không hỗ trợ ngôn ngữ này.
portal-title-missing = Vui lòng nhập tiêu đề.
portal-too-long = Có phần văn bản quá dài.
portal-video-url-invalid = Địa chỉ video phải bắt đầu bằng https:// hoặc http://.
portal-source-first = Hãy viết văn bản gốc trước; các bản dịch được làm từ văn bản gốc.

## Thống kê (Ban thư ký)
portal-stats-title = Người đọc
portal-stats-privacy = Đếm mà không dùng cookie và không lưu địa chỉ IP: chỉ đếm số lần mỗi trang được hiển thị, theo ngôn ngữ và theo ngày.
portal-stats-views = tổng lượt xem trang ({ $days30 } lượt trong 30 ngày qua)
portal-stats-registrations = tổng số tài khoản ({ $days30 } tài khoản mới trong 30 ngày qua)
portal-stats-by-language = Lượt xem trang theo ngôn ngữ, 30 ngày qua
portal-stats-by-day = Theo ngày, 30 ngày qua

## Hình ảnh và video (Ban thư ký)
portal-media = Hình ảnh và video
portal-image-upload = Thêm hình ảnh
portal-image-hint = JPEG, PNG hoặc WebP, tối đa 15 MB. Các bản nhỏ cho điện thoại được tạo tự động. Chèn ảnh vào văn bản bằng mã được hiển thị.
portal-video-upload = Tải video lên
portal-video-hint = MP4 hoặc WebM, tối đa 500 MB. Người đọc chỉ tải video khi bấm phát.
portal-upload = Tải lên
portal-use-as-poster = Dùng làm ảnh bìa video
portal-subtitles = Phụ đề (WebVTT)
portal-subtitles-hint = Dán nội dung của tệp .vtt, bắt đầu bằng WEBVTT.
portal-video-data = Video chỉ bắt đầu khi bạn bấm phát. Xem video sẽ dùng dữ liệu di động.
portal-media-not-image = Tệp này không phải là hình ảnh mà chúng tôi đọc được (JPEG, PNG hoặc WebP).
portal-media-too-large = Tệp quá lớn.
portal-media-not-video = Tệp này không phải là video MP4 hoặc WebM.
portal-media-not-vtt = Phụ đề phải là văn bản WebVTT bắt đầu bằng WEBVTT.
