## 劳动者页面
assist-title = 寻求帮助
assist-intro = 请用您的语言给 Hiroba 的咨询员写信。对于工作、在留资格和日常生活中的问题，他们免费为您提供帮助。不会告诉您的雇主。
assist-hours = 咨询员在星期二至星期六 10:00 到 18:00（日本时间）回复。如果您在其他时间写信，他们会在下一个工作日回复。
assist-name = 姓名或昵称
assist-name-hint = 选填。可以用昵称。
assist-contact = 我们怎样联系您？
assist-contact-hint = 电子邮箱地址、电话号码，或者您的 LINE 或 Facebook 名字。
assist-message = 您的留言
assist-consent = 我同意 Hiroba 加密保存我写的内容，用于帮助我。我可以要求删除这些内容。
assist-consent-needed = 请勾选同意框，这样我们才能保存您的留言。
assist-send = 发送
assist-sent = 谢谢。您的留言已经送到咨询员那里。
assist-case-number = 咨询编号
assist-passphrase = 口令
assist-keep-these = 请把这两项记下来，或者截屏保存。有了它们，不用账户也可以在这里查看回复。其他人无法打开您的咨询。
assist-follow = 打开我的咨询
assist-have-case = 我已经有咨询编号
assist-case-title = 您的咨询
assist-open-case = 打开
assist-case-not-found = 咨询编号或口令不正确。
assist-message-missing = 请填写留言。
assist-contact-missing = 请告诉我们怎样联系您。
assist-too-long = 文字太长了。
assist-from-worker = 您
assist-from-counsellor = 咨询员
assist-from-note = 内部备注

## 状态和渠道
assist-status-new = 新咨询
assist-status-open = 处理中
assist-status-waiting-worker = 等待劳动者回复
assist-status-waiting-referral = 等待转介
assist-status-resolved = 已解决
assist-status-closed = 已关闭
assist-channel-web = 网页表单
assist-channel-safety = 安全自查
assist-channel-email = 电子邮件
assist-channel-phone = 电话
assist-channel-visit = 来访

## 咨询员
assist-inbox-title = 咨询收件箱
assist-admin-section = 共享的咨询队列，等待时间最长的排在最前面。
assist-imported = 已从安全自查新增 { $count } 个求助请求。
assist-filter-language = 语言
assist-filter-status = 状态
assist-filter = 筛选
assist-all = 全部
assist-col-language = 语言
assist-col-channel = 渠道
assist-col-status = 状态
assist-col-waiting = 等待开始时间
assist-col-assignee = 负责咨询员
assist-read-logged = 打开此咨询的操作已记入审计日志。
assist-claim = 负责此咨询
assist-save = 保存
assist-reply = 回复劳动者
assist-internal-note = 内部备注（劳动者看不到）

## 咨询记录和统计
assist-messages = 留言
assist-consultations = 咨询记录
assist-log-consultation = 记录一次电话、来访或协调工作
assist-col-when = 时间
assist-col-kind = 类型
assist-col-minutes = 时长（分钟）
assist-col-issues = 咨询事项
assist-col-count = 件数
assist-kind-contact = 与劳动者联系
assist-kind-coordination = 与相关机构协调
assist-consultation-invalid = 请检查类型、渠道、时长（分钟）和咨询事项。
assist-statistics-title = 统计
assist-period-from = 开始日期
assist-period-to = 结束日期
assist-period-invalid = 请用两个日期指定期间，开始日期不能晚于结束日期。
assist-download-csv = 下载 CSV 文件
assist-stat-people = 咨询人数
assist-stat-consultations = 咨询次数
assist-stat-issues = 咨询事项数
assist-by-type = 按类型分列的咨询事项
assist-by-language = 按语言分列的咨询
issue-residency = 在留相关
issue-residency-entry-exit = 出入境
issue-residency-change-status = 变更在留资格
issue-residency-other = 在留资格及其他事项
issue-residency-unspecified = 在留相关（未指定）
issue-lifestyle = 生活相关
issue-lifestyle-domestic = 家庭问题
issue-lifestyle-consumer-housing-phone = 消费者问题、住房、手机合同
issue-lifestyle-civil = 民事案件
issue-labour = 劳动相关
issue-labour-termination = 劳动合同终止
issue-labour-wages = 工资
issue-labour-harassment = 骚扰和人际关系
issue-labour-other-conditions = 其他劳动条件
issue-labour-unspecified = 劳动相关（未指定）
issue-medical-welfare = 医疗和福利
issue-education = 教育
issue-tax-social-security = 税务和社会保障
issue-other = 其他

## 导入历史记录
assist-import-title = 导入历史记录
assist-import-format = CSV 文件，每行一次咨询，并使用以下表头。日期格式为 YYYY-MM-DD；咨询事项为代码，用分号分隔。
assist-import-problems = 未导入任何内容。请更正以下各行：
assist-import-line = 第 { $line } 行：
assist-import-clean = 文件无误：可以导入 { $count } 行。如需导入，请取消试运行后再次提交。
assist-import-done = 已导入 { $people } 人的 { $count } 次咨询。
assist-import-file = CSV 文件
assist-import-dry-run = 试运行（仅检查，不导入任何内容）
assist-import-submit = 检查或导入

## 您的隐私和最后的问题
assist-reads-title = 谁看过您的咨询
assist-reads-none = 还没有人打开过您的咨询。
assist-erase-text = 您可以撤回同意。撤回后，您的姓名、联系方式和所有留言都会被删除，统计中只保留匿名的数字。删除后无法恢复。
assist-erase = 删除我的信息
assist-outcome-solved = 您的问题解决了吗？
assist-outcome-yes = 解决了
assist-outcome-partly = 解决了一部分
assist-outcome-no = 没有解决
assist-outcome-satisfaction = 您对我们的帮助有多满意？（1 = 完全不满意，5 = 非常满意）

## 回复时间和通知
assist-next-step-new = 咨询员一般会在 2 个工作日（星期二至星期六）内回复。您可以在这个页面上看到回复。
assist-next-step-open = 咨询员正在处理您的咨询。下一次回复一般会在 5 个工作日内送到。
assist-next-step-waiting-worker = 咨询员正在等待您的回复。请在下面填写。
assist-next-step-waiting-referral = 您的咨询已经转给专业机构。一般会在 10 个工作日内得到回复。
assist-next-step-resolved = 您的咨询已解决。请在下面告诉我们，您的问题是否真的解决了。
assist-next-step-closed = 您的咨询已关闭。如果有新的情况，您仍然可以写信给我们。
assist-overdue = 已超过目标时间
assist-mail-reply-subject = Hiroba：您的咨询 { $number } 有新的回复
assist-mail-reply-body =
    您好！

    咨询员已经回复了您的咨询 { $number }。要查看回复，请打开下面的页面，输入您的咨询编号和口令：

    { $link }

    为了保护您的隐私，这封邮件不包含回复内容。

    Hiroba

## 转介、ADR、常用回复
assist-directory-title = 机构名录和常用回复
assist-directory-invalid = 请填写名称并选择类型；文字不能过长。
assist-org-name = 机构
assist-org-kind = 类型
assist-org-languages = 语言
assist-org-area = 地区
assist-org-contact = 联系方式
assist-org-add = 添加机构
assist-org-kind-lawyer = 律师
assist-org-kind-scrivener = 行政书士
assist-org-kind-interpreter = 口译员
assist-org-kind-support-group = 支援团体
assist-org-kind-local-government = 地方政府
assist-referrals = 转介和支援
assist-attendant = 陪同支援（在复杂案件中，咨询员陪同劳动者）
assist-refer-to = 转介给
assist-refer = 转介
assist-referral-outcome = 转介结果
assist-referral-pending = 待定
assist-referral-accepted = 已接受
assist-referral-declined = 已拒绝
assist-referral-completed = 已完成
assist-adr-title = ADR（律师协会纠纷解决）
assist-adr-worker-mediator = 劳动者方调解人
assist-adr-employer-mediator = 雇主方调解人
assist-adr-interpreter = 口译员
assist-adr-hearings = 调解日期
assist-adr-documents = 文件（两种语言）
assist-adr-outcome = 结果
assist-canned-title = 常用回复
assist-canned-name = 名称
assist-canned-text = 正文
assist-canned-send = 发送此回复
assist-closed-now = 咨询员现在不在工作时间。他们将从 { $time }（日本时间）开始阅读您的留言。
assist-mail-opened-subject = [{ $number }] Hiroba 已收到您的留言
assist-mail-opened-body =
    您好！

    您的留言已送达 Hiroba 的咨询员。您的咨询编号是 { $number }，口令是 { $passphrase }。

    如需再次留言，请直接回复本邮件（请保留主题中的 { $number }），或在这里查看回复：

    { $link }

    Hiroba
assist-filter-mine = 只看我的咨询
assist-new-case = 新咨询（电话或来访）
assist-new-case-done = 咨询已创建。请把咨询编号和口令告诉对方，对方可以在网上查看咨询进展。
assist-summary = 咨询内容摘要
assist-stat-outcomes = 结案时的回答
assist-stat-satisfaction = 平均满意度：{ $average }（满分 5）
assist-download-xlsx = 下载 Excel 文件（XLSX）
assist-site = 工作场所代码（如有）
assist-site-hint = 可不填。是公司给您的代码。您的留言绝不会告诉雇主。
assist-site-unknown = 我们找不到这个工作场所代码。请检查，或留空。

## 秘书处的问题类型编辑器
taxonomy-title = 问题类型
taxonomy-admin-section = 扩展咨询分类和统计所用的问题类型。
taxonomy-intro = 咨询按这些类型分类。您可以添加一个类型或其下的细分类型，并为每种语言填写名称。已经使用过的类型只能停用：以往的统计会保留它。
taxonomy-col-type = 类型
taxonomy-col-code = 代码
taxonomy-col-used = 咨询数
taxonomy-col-actions = 操作
taxonomy-retired = 已停用
taxonomy-custom = 秘书处添加
taxonomy-retire = 停用
taxonomy-restore = 重新启用
taxonomy-delete = 删除
taxonomy-edit-labels = 修改名称
taxonomy-add = 添加类型
taxonomy-parent = 所属类型
taxonomy-top-level = 新的顶级类型
taxonomy-code-help = 3 到 48 个小写字母、数字和连字符，例如 labour-overtime。以后不能修改。
taxonomy-labels = 名称
taxonomy-labels-help = 英文和日文为必填。留空的语言会显示英文名称。
taxonomy-code-invalid = 代码必须是 3 到 48 个小写字母、数字和单个连字符。
taxonomy-code-taken = 该代码已被使用，请换一个。
taxonomy-parent-invalid = 请选择一个仍在使用的顶级类型。
taxonomy-label-missing = 请至少填写英文和日文名称。
taxonomy-label-too-long = 名称最多 120 个字符。
taxonomy-builtin = 内置类型的名称在翻译目录中维护，不能在这里修改。
taxonomy-not-found = 没有这个类型。
taxonomy-in-use = 有咨询或细分类型使用了这个类型，因此不能删除。请改为停用。
taxonomy-invalid = 无法理解该请求，未做任何更改。

## 工人案件页面的推送通知
assist-push-text = 咨询员回复时，这部手机会收到通知。通知只告诉您有回复，不会显示回复内容。
assist-push-on = 在这部手机上通知我
assist-push-off = 停止在这部手机上通知
assist-push-done = 这部手机已开启通知。
assist-push-stopped = 这部手机已关闭通知。
assist-push-failed = 无法设置通知。请检查此浏览器是否允许显示通知。
assist-push-invalid = 此浏览器的通知信息无法使用，未做任何更改。
assist-push-title = Hiroba
assist-push-reply = 咨询员回复了您。请打开您的案件查看。
