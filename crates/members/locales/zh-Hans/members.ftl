members-title = 会员
members-intro = 企业、行业协会、监理团体和注册支援机构、派遣机构和人才中介公司、地方政府、大使馆、法律专业人士、NPO 和 NGO、研究人员以及个人，在这个网络中共同保护外国劳动者的权利。会员们相互学习，分享各自的工作，并参加工作坊和研讨会。
members-apply = 申请入会
members-total = 共 { $count } 个团体和个人
members-category = 类别
members-count = 会员数
members-code-title = 行为准则
members-code-1 = 我们尊重外国劳动者及其家人的人权，绝不参与强迫劳动、人口贩运或歧视。
members-code-2 = 我们致力于实现“雇主付费原则”：劳动者不支付任何招聘费用或相关费用。
members-code-3 = 我们保护劳动者的个人信息，绝不利用本网络进行销售或广告宣传。
members-code-4 = 我们通过年度计划和半年报告如实分享我们的活动，并向其他会员学习。
members-code-5 = 我们倾听外国劳动者的声音，帮助他们获得咨询和救济。
members-practices-title = 良好实践
members-status-applied = 您的申请正在等待事务局审核。
members-status-more-info = 事务局需要您补充更多信息。
members-status-approved = 您已是会员。
members-status-refused = 您的申请未被接受。
members-home-title = 会员页面
members-choose = 请选择…
members-category-business = 企业
members-category-association = 行业协会
members-category-supervising = 监理团体和注册支援机构
members-category-sending = 派遣机构（送出机构）
members-category-recruiting = 人才中介公司
members-category-local-government = 地方政府
members-category-embassy = 大使馆
members-category-legal = 律师、行政书士、社会保险劳务士
members-category-npo = NPO 和 NGO
members-category-researcher = 研究人员
members-category-individual = 其他个人
members-name = 团体名称（或您的姓名）
members-name-hint = 将按此显示在会员列表中。
members-contact-name = 联系人
members-email = 联系邮箱
members-area = 所在地（都道府县、城市或国家）
members-website = 网站（可选）
members-about = 您的工作内容以及希望加入的原因
members-about-hint = 请用几句话说明：您与外国劳动者相关的工作，以及您希望在网络中做些什么。
members-agree = 我已阅读并同意行为准则。
members-send = 发送
members-application-title = 您的入会申请
members-messages = 记录
members-action-applied = 已提交申请
members-action-resubmitted = 已重新提交
members-action-approved = 已批准
members-action-more-info = 已要求补充信息
members-action-refused = 未被接受
members-answer = 回复并重新提交
members-answer-message = 您给事务局的回复
members-send-again = 重新提交
members-home-intro = 只有会员可以看到此页面：其他会员选择分享的内容，以及本网络的良好实践。
members-reports-title = 活动计划和报告
members-published-reports = 会员分享的内容
members-none-yet = 暂无内容。
members-practice-number = 良好实践第 { $number } 号：
members-kind-plan = 年度活动计划
members-kind-report = 半年活动报告
members-report-kind-label = 类型
members-report-period-label = 期间
members-report-file = 文件
members-report-visibility = 谁可以阅读
members-report-published = 所有会员
members-report-private = 您和事务局
members-report-new = 提交计划或报告
members-report-period-hint = 计划请填写年份，例如 2026。报告请填写半年，例如 2026-H1（1 月至 6 月）或 2026-H2。
members-report-body-label = 您做了什么或计划做什么
members-report-file-hint = 可选：PDF、Word（.docx）、Excel（.xlsx）或图片，最大 10 MB。同一期间再次提交会替换之前的内容。
members-report-publish = 在会员页面上与所有会员分享
members-admin-title = 会员
members-admin-section = 入会申请、按类别统计的会员表以及良好实践。
members-admin-total = 共 { $count } 名会员：{ $organisations } 个团体，{ $individuals } 名个人
members-applications = 申请
members-applied-on = 申请日期
members-practice-new = 发布良好实践
members-practice-title-label = 标题
members-practice-body-label = 正文（Markdown）
members-practice-publish = 以下一个编号发布
members-code-agreed = 已同意行为准则
members-decide = 决定
members-decision = 决定
members-decision-approve = 批准
members-decision-ask = 要求补充信息
members-decision-refuse = 拒绝
members-decision-message = 给申请人的留言
members-decision-message-hint = 要求补充信息或拒绝时必须填写：申请人会通过邮件和申请页面看到这条留言。
members-error-category = 请选择一个类别。
members-error-name = 请填写名称和联系人。
members-error-email = 请输入有效的电子邮箱地址。
members-error-website = 网站地址必须以 https:// 或 http:// 开头。
members-error-about = 请用几句话介绍您的工作（至少 20 个字符）。
members-error-code = 请阅读行为准则并勾选同意。
members-error-too-long = 有一段文字太长。
members-error-already-applied = 此账户已经提交过申请。
members-error-not-editable = 只有在事务局要求补充信息时才能修改申请。
members-error-message = 请填写留言：申请人需要知道原因。
members-error-decided = 此申请已经做出决定。
members-error-decision = 请选择一项决定。
members-report-kind = 请选择计划或报告。
members-report-period = 计划的期间是一年（2026），报告的期间是半年（2026-H1 或 2026-H2），且不能离今天太远。
members-report-body = 请至少写几句话（20 个字符）。
members-report-attachment = 文件必须是 PDF、Word（.docx）、Excel（.xlsx）、PNG 或 JPEG 格式。
members-report-too-large = 文件或文字太大（最大 10 MB）。
members-mail-approved-subject = 欢迎加入：您的入会申请已获批准
members-mail-approved-body =
    { $name }：

    您好！事务局已批准您的入会申请。{ $message }

    会员页面：{ $link }

    Hiroba
members-mail-more-info-subject = 您的入会申请：需要补充信息
members-mail-more-info-body =
    { $name }：

    您好！事务局需要您就申请补充更多信息：

    { $message }

    请在这里回复并重新提交：{ $link }

    Hiroba
members-mail-refused-subject = 关于您的入会申请
members-mail-refused-body =
    { $name }：

    您好！很遗憾，事务局未能接受您的申请：

    { $message }

    { $link }

    Hiroba

## Newsletter
newsletter-title = 会员通讯
newsletter-unsubscribe-title = 退订会员通讯
newsletter-unsubscribe-text = 您将不再通过邮件收到会员通讯，但仍可以在存档中阅读。
newsletter-unsubscribe-button = 不再给我发送会员通讯
newsletter-unsubscribed = 已完成：您将不再收到会员通讯。
newsletter-subject = 主题
newsletter-body = 正文（Markdown）
newsletter-audience = 发送对象
newsletter-audience-all = 所有会员
newsletter-archive = 存档中谁可以阅读
newsletter-archive-members = 仅限会员
newsletter-archive-public = 所有人
newsletter-admin-title = 会员通讯
newsletter-admin-section = 撰写每月的会员通讯，预览后发送给会员，并跟踪发送情况。
members-status-label = 状态
newsletter-status-draft = 草稿
newsletter-status-sending = 发送中
newsletter-status-sent = 已发送
newsletter-new = 新一期
newsletter-save-draft = 保存草稿
newsletter-delivery-queued = 等待中
newsletter-delivery-sending = 正在发送
newsletter-delivery-sent = 已发送
newsletter-delivery-failed = 发送失败
newsletter-delivery-unknown = 未知
newsletter-unknown-hint = “未知”：这封邮件在发出过程中，发送中断了。它不会被再次发送，因此没有人会收到两次；如有需要，请与该会员确认。
newsletter-preview = 预览
newsletter-send = 立即发送
newsletter-edit = 修改草稿
newsletter-mail-footer = 您作为 Hiroba 网络的会员收到本通讯。如需退订：{ $link }
newsletter-error-subject = 请填写主题和正文。
newsletter-error-audience = 请选择发送对象，以及存档中谁可以阅读。
newsletter-error-sent = 这一期已经发送过了。
newsletter-error-nobody = 没有任何会员会收到这一期。

## Supporters
supporters-title = 您的支援者链接
supporters-intro = 请把这个链接分享给外国劳动者和他们身边的人：通过它可以看到用他们自己的语言提供的 Hiroba 信息。您可以看到有多少人通过这个链接访问——只有人数，绝不会显示是谁。
supporters-your-link = 您的专属链接
supporters-qr = 您的专属链接的 QR 二维码
supporters-reach = 传播情况
supporters-visits = 访问
supporters-registrations = 注册
supporters-counts-only = 只保存数量：不保存任何关于通过链接访问的人的信息。
supporters-awards = 良好实践奖
supporters-meetings = 支援者会议和其他活动
supporters-admin-title = 支援者
supporters-admin-section = 支援者的推荐链接（访问和注册，只有数量）、会议以及良好实践奖。
supporters-name = 支援者
supporters-award-new = 记录一项良好实践奖
supporters-award-title = 获奖事由
supporters-year = 年份
supporters-award-save = 记录奖项
supporters-error-award = 请选择一名支援者，并填写奖项名称和年份。
