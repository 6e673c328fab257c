events-title = 活动
events-intro = 网络举办的工作坊、研讨会、交流会、论坛和考察之旅：大家一起学习，结识外国劳动者和支援他们的人，分享行之有效的做法。
events-none = 目前没有计划中的活动。
events-kind = 类型
events-kind-workshop = 工作坊
events-kind-seminar = 研讨会
events-kind-gathering = 交流会
events-kind-forum = 论坛
events-kind-study-trip = 考察之旅（Field Academy）
events-kind-friends = 朋友聚会
events-kind-supporters-meeting = 支援者会议
events-format = 举办形式
events-format-in-person = 线下
events-format-online = 线上
events-format-hybrid = 线下和线上
events-members-only = 仅限会员
events-feed = 公开活动的日历订阅（iCalendar）
events-cancelled = 本活动已取消。
events-when = 时间
events-place = 地点
events-places = 名额
events-places-left = 剩余 { $left } 个名额（共 { $capacity } 个）
events-part-pre-workshop = 考察前工作坊
events-part-tour = 实地考察
events-part-post-workshop = 考察后工作坊
events-part-debriefing = 总结交流
events-registration = 报名
events-status-registered = 您已报名。
events-status-waiting = 您在候补名单上。如果有名额空出，将由您补上，我们会发邮件通知您。
events-status-cancelled = 您已取消报名。
events-online-link = 线上链接：
events-cancel = 取消我的报名
events-ended = 本活动已结束。
events-full = 本活动名额已满。
events-join-waiting = 加入候补名单
events-register = 报名
events-sign-in = 登录后报名
events-add-calendar = 添加到我的日历（.ics）
events-admin-title = 活动
events-admin-section = 工作坊、研讨会和考察之旅：报名、出席情况和年度统计。
events-totals = 每年参加人数
events-year = 年份
events-held = 活动数
events-registered-people = 已报名
events-attended-people = 已出席
events-all = 全部活动
events-waiting-people = 候补
events-new = 新建活动
events-create = 创建活动
events-field-title = 标题
events-field-summary = 说明（Markdown）
events-field-lang = 活动语言
events-field-starts = 开始时间
events-field-ends = 结束时间
events-field-time-hint = 日本时间（JST）。
events-field-online = 线上链接（仅向已报名者显示）
events-field-audience = 谁可以报名
events-audience-public = 所有人
events-audience-members = 仅限会员
events-field-capacity = 名额（留空表示不限）
events-field-series = 实地学院（Field Academy）
events-field-series-which = 属于哪个系列活动
events-field-series-title = 新系列的名称
events-field-part = 环节
events-series-none = 否，单独的活动
events-series-new = 开始新系列
events-public-page = 活动页面
events-registrations = 报名情况
events-nobody = 还没有人报名。
events-person = 报名人
events-status = 状态
events-came = 出席
events-save-attendance = 保存出席情况
events-edit = 修改活动
events-save = 保存
events-error-kind = 请从列表中选择类型、举办形式、报名对象和环节。
events-error-title = 请填写标题（新系列还需填写系列名称）。
events-error-time = 请填写开始时间和结束时间；结束时间必须晚于开始时间。
events-error-place = 线下活动请填写地点。
events-error-url = 线上活动需要一个以 https:// 开头的链接。
events-error-capacity = 名额必须是 1 以上的数字；不限名额请留空。
events-error-too-long = 有一段文字太长。
events-error-past = 本活动已结束。
events-error-cancelled = 本活动已取消。
events-error-already = 您已经报名了。
events-error-not-registered = 您没有报名这个活动。
events-mail-registered-subject = 报名成功：{ $title }
events-mail-registered-body =
    { $name }，您好！

    您已成功报名参加 { $title }。

    时间：{ $when }
    地点：{ $place }

    详情和取消报名：{ $link }
    添加到日历：{ $ics }

    Hiroba
events-mail-waiting-subject = 候补名单：{ $title }
events-mail-waiting-body =
    { $name }，您好！

    { $title } 名额已满，您已进入候补名单。如果有名额空出，就由您补上，我们会写信通知您。

    时间：{ $when }
    详情：{ $link }

    Hiroba
events-mail-promoted-subject = 有名额了：{ $title }
events-mail-promoted-body =
    { $name }，您好！

    有一个名额空出，您现在已报名参加 { $title }。

    时间：{ $when }
    地点：{ $place }

    如果您不能参加，请在这里取消报名，让其他人可以参加：{ $link }
    添加到日历：{ $ics }

    Hiroba
events-mail-reminder-subject = 明天：{ $title }
events-mail-reminder-body =
    { $name }，您好！

    提醒您：{ $title } 将在明天举行。

    时间：{ $when }
    地点：{ $place }

    如果您不能参加，请取消报名，让候补名单上的人可以参加：{ $link }

    Hiroba
events-mail-cancelled-subject = 已取消：您的 { $title } 报名
events-mail-cancelled-body =
    { $name }，您好！

    您的 { $title } 报名已取消。在还有名额的时候，您可以再次报名：{ $link }

    Hiroba
events-cancel-event = 取消活动
events-cancel-event-hint = 所有已报名和在候补名单上的人都会收到邮件通知。取消后无法恢复。
events-mail-event-cancelled-subject = 活动已取消：{ $title }
events-mail-event-cancelled-body =
    { $name }，您好！

    很抱歉：{ $title }（{ $when }）已取消。您不需要做任何事情。

    其他活动：{ $link }

    Hiroba
