friends-title = Bạn bè
friends-intro = Người nước ngoài sống ở Nhật và người Nhật hỗ trợ tìm thấy nhau theo khu vực và ngôn ngữ: để luyện tiếng Nhật, cùng đi sự kiện, hoặc được giúp đỡ trong cuộc sống hằng ngày.
friends-safety = An toàn của bạn là trên hết: bạn dùng biệt danh, hồ sơ của bạn không bao giờ hiện địa chỉ, số điện thoại hay email, và hai người chỉ nhắn tin cho nhau sau khi cả hai đồng ý. Bạn có thể chặn bất kỳ ai và báo cáo bất cứ điều gì làm bạn lo lắng.
friends-edit-profile = Sửa hồ sơ của tôi
friends-not-visible = người khác không thấy
friends-contacts = Liên hệ của tôi
friends-events = Các buổi gặp gỡ Bạn bè
friends-prefecture = Tỉnh
friends-anywhere = Bất kỳ đâu ở Nhật
friends-language = Ngôn ngữ
friends-any-language = Ngôn ngữ bất kỳ
friends-search = Tìm
friends-none-found = Không tìm thấy ai. Hãy thử khu vực hoặc ngôn ngữ khác.
friends-create-profile = Tạo hồ sơ của tôi
friends-kind-resident = Người nước ngoài sống ở Nhật
friends-kind-supporter = Người Nhật hỗ trợ
friends-profile-title = Hồ sơ Bạn bè của tôi
friends-profile-hint = Đừng bao giờ viết tên thật, địa chỉ, số điện thoại hay email ở đây. Nếu muốn, bạn có thể cho nhau biết sau qua tin nhắn, khi cả hai đã đồng ý liên lạc.
friends-nickname = Biệt danh
friends-nickname-hint = Không dùng tên thật của bạn.
friends-i-am = Tôi là
friends-choose = Chọn…
friends-city = Thành phố hoặc thị trấn (không bắt buộc)
friends-languages = Ngôn ngữ tôi nói được
friends-offers = Điều tôi có thể giúp (ví dụ: luyện tiếng Nhật, giúp điền giấy tờ, cùng đi sự kiện)
friends-needs = Điều tôi đang tìm
friends-visible = Người khác có thể tìm thấy hồ sơ của tôi
friends-save = Lưu
friends-ask = Xin liên lạc
friends-ask-hint = Người đó sẽ xem biệt danh và hồ sơ của bạn rồi quyết định. Chỉ khi người đó đồng ý, hai người mới nhắn tin được cho nhau.
friends-asked = Đã gửi yêu cầu. Hai người có thể nhắn tin cho nhau nếu người đó đồng ý.
friends-contact-requested = Đang chờ trả lời.
friends-contact-accepted = Hai người đã đồng ý liên lạc.
friends-contact-declined = Để sau.
friends-open-conversation = Mở tin nhắn
friends-report-or-block = Báo cáo hoặc chặn
friends-report-reason = Chuyện gì đã xảy ra?
friends-report = Báo cáo cho ban thư ký
friends-reported = Cảm ơn bạn. Ban thư ký sẽ xem xét.
friends-block-hint = Người đó sẽ không tìm thấy bạn hay nhắn tin cho bạn nữa, và bạn cũng sẽ không thấy họ.
friends-block = Chặn
friends-no-contacts = Chưa có liên hệ nào.
friends-accept = Đồng ý
friends-decline = Để sau
friends-conversation-hint = Tin nhắn được giữ trên Hiroba. Đừng bao giờ gửi tiền, và lần đầu hãy gặp ở nơi công cộng hoặc tại buổi gặp gỡ Bạn bè.
friends-message = Tin nhắn
friends-send = Gửi
friends-admin-title = Bạn bè: kiểm duyệt
friends-admin-section = Các báo cáo về hồ sơ và tin nhắn trong Bạn bè, để ẩn hồ sơ hoặc bỏ qua báo cáo.
friends-queue-empty = Không có báo cáo nào đang chờ.
friends-reported-message = Tin nhắn bị báo cáo
friends-hide = Ẩn hồ sơ
friends-dismiss = Bỏ qua báo cáo
friends-error-nickname = Vui lòng chọn một biệt danh (không phải địa chỉ email hay số điện thoại), và không viết thông tin liên lạc trong hồ sơ.
friends-error-area = Vui lòng chọn tỉnh và cho biết bạn là ai.
friends-error-languages = Vui lòng chọn ít nhất một ngôn ngữ.
friends-error-too-long = Có một đoạn văn bản quá dài.
friends-error-no-profile = Vui lòng tạo hồ sơ trước.
friends-error-asked = Hai người đã liên lạc với nhau, hoặc đang có một yêu cầu chờ trả lời.
friends-error-message = Vui lòng viết tin nhắn.
friends-error-reason = Vui lòng cho chúng tôi biết chuyện gì đã xảy ra.
friends-mail-asked-subject = Có người muốn liên lạc với bạn qua mục Bạn bè của Hiroba
friends-mail-asked-body =
    Xin chào,

    { $nickname } muốn liên lạc với bạn qua mục Bạn bè của Hiroba. Hãy xem hồ sơ của người đó rồi quyết định: { $link }

    Không ai thấy địa chỉ email của bạn. Nếu có điều gì làm bạn lo lắng, bạn có thể chặn hoặc báo cáo bất kỳ ai.

    Hiroba
friends-mail-accepted-subject = { $nickname } đã đồng ý liên lạc
friends-mail-accepted-body =
    Xin chào,

    { $nickname } đã đồng ý liên lạc với bạn qua mục Bạn bè của Hiroba. Hai người có thể nhắn tin cho nhau tại đây: { $link }

    Hiroba
friends-mail-message-subject = Tin nhắn mới từ { $nickname }
friends-mail-message-body =
    Xin chào,

    { $nickname } đã nhắn tin cho bạn qua mục Bạn bè của Hiroba. Đọc tại đây: { $link }

    Hiroba
