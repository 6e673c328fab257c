## 首页
home-title = 欢迎来到 Hiroba
home-lead = Hiroba 是一个免费的平台，为在日本生活和工作的外国人提供帮助。您可以用自己的语言阅读实用信息，私下了解自己的工作状况，还可以寻求帮助。
home-portal-title = 生活和工作信息
home-portal-text = 关于在日本工作、在留资格、健康、金钱、灾害和日常生活的文章和视频，都有您的语言版本。
home-safety-title = 检查您的状况
home-safety-text = 回答一些关于工作和生活的简单问题，就能知道是否可能有违法的情况。不需要账户，雇主也绝不会看到您的回答。
home-assist-title = 寻求帮助
home-assist-text = 咨询员会用您的语言，通过消息、邮件或电话回答您，帮助您解决工作和日常生活中的问题。
home-recruitment-title = 公平招聘
home-recruitment-text = 找工作不应付任何费用。查看承诺零收费的机构，并记录你支付过的费用。
home-events-title = 活动
home-events-text = 研讨会、工作坊、考察和交流会：一起学习，认识朋友。
home-members-title = 会员
home-members-text = 为外籍劳动者权益共同努力的机构和个人。加入我们的网络。
home-friends-title = 朋友
home-friends-text = 认识附近的同乡和日本支援者，一起参加活动。
home-learning-title = 企业课程
home-learning-text = 面向雇主和员工的在线课程，内容是外国劳动者的人权。完成后可获得证书。
home-companies-title = 企业专区
home-companies-text = 企业只能看到匿名汇总后的回答，由此了解本公司工作场所和供应商的风险，并采取改进措施。
home-privacy-title = 您的隐私
home-privacy-text = 我们只收集尽可能少的信息。敏感信息都经过加密。咨询员每次打开咨询记录都会被记录下来。企业只能看到 10 人以上群体的统计数字。

## 表单项目
field-email = 电子邮箱
field-display-name = 姓名或昵称
field-display-name-hint = 可以用昵称，不必使用真实姓名。
field-password = 密码
field-new-password = 新密码
field-password-hint = 至少 8 个字符。用一句自己记得住的话就很好。
field-password-confirm = 再次输入密码
field-password-show = 显示密码

## 输入内容有问题
email-invalid = 请输入有效的电子邮箱地址，例如 name@example.com。
email-taken = 这个邮箱地址已经注册过账户了。
display-name-invalid = 请输入 1 到 100 个字符的名字。
password-too-short = 密码太短了。请至少使用 8 个字符。
password-too-long = 密码太长了。最多只能使用 128 个字符。
password-too-common = 这个密码太常见，容易被猜到。请换一个。
password-contains-email = 密码里不能包含您的邮箱地址。
password-mismatch = 两次输入的密码不一样。

## 注册
register-title = 注册账户
register-intro = 有了账户，您可以查看自己的咨询进展、学习课程、参加活动。不注册也可以使用自我检查。
register-kind = 您以什么身份使用 Hiroba？
register-submit = 注册我的账户
register-have-account = 我已经有账户了
register-sent-title = 请查看您的邮箱
register-sent-text = 我们已经向您填写的地址发送了一封邮件。请打开邮件里的链接确认您的地址，然后登录。如果几分钟内没有收到邮件，请查看垃圾邮件文件夹。

## 确认邮箱
confirm-title = 确认您的邮箱地址
confirm-text = 请按下按钮，确认您的邮箱地址。
confirm-submit = 确认我的地址
confirm-done = 谢谢。您的邮箱地址已经确认。现在可以登录了。
confirm-invalid = 这个链接无效或已经过期。请重新注册，或者申请一个新的链接。

## 登录
login-title = 登录
login-submit = 登录
login-forgot = 我忘记了密码
login-failed = 邮箱地址或密码不正确。
login-unconfirmed = 请先确认您的邮箱地址。请打开我们发给您的邮件里的链接。
login-notice-password-changed = 您的密码已经更改。请用新密码登录。
login-notice-logged-out = 您已退出登录。

## 两步验证
two-factor-title = 请输入验证码
two-factor-code = 身份验证器应用里的 6 位数验证码
two-factor-submit = 继续
two-factor-wrong-code = 验证码不正确。请检查手机上的时间，然后输入最新的验证码。
two-factor-setup-title = 设置两步登录
two-factor-setup-text = 您的角色可以接触到其他人的信息，所以登录时需要多一个步骤。请用身份验证器应用（例如 FreeOTP、Aegis 或 Google Authenticator）扫描这个二维码，然后输入应用里显示的验证码。
two-factor-qr-label = 身份验证器应用的二维码
two-factor-setup-manual = 如果无法扫描二维码，请在应用里输入这个密钥：
two-factor-setup-submit = 开启两步登录

## 重设密码
forgot-title = 忘记密码了吗？
forgot-text = 请输入您的邮箱地址。我们会给您发送一个设置新密码的链接。
forgot-submit = 发送链接
forgot-sent = 如果这个地址有账户，我们已经向它发送了链接。链接在一小时内有效。
reset-title = 设置新密码
reset-submit = 保存新密码
reset-invalid = 这个链接无效或已经过期。请重新申请一个新的链接。

## 账户页面
profile-title = 我的账户
profile-roles = 角色
profile-two-factor = 两步登录
profile-two-factor-on = 已开启
profile-two-factor-off = 未开启
profile-two-factor-enable = 开启
residence-title = 在留资格
residence-why = 如果您告诉我们您的在留资格，咨询员可以给您更好的建议。这不是必填项。信息会加密保存，您可以随时删除。
residence-field = 您的在留资格
residence-none = 请选择
residence-consent = 我同意 Hiroba 保存我的在留资格，用于帮助我进行咨询。
residence-consent-needed = 要保存在留资格，请勾选同意框。
residence-choose = 请选择一个在留资格。
residence-save = 保存
residence-erase = 删除我的在留资格
residence-technical-intern = 技能实习
residence-specified-skilled-1 = 特定技能1号
residence-specified-skilled-2 = 特定技能2号
residence-student = 留学
residence-engineer-humanities = 技术·人文知识·国际业务
residence-permanent-resident = 永住者
residence-long-term-resident = 定住者
residence-spouse = 日本人的配偶者等
residence-designated-activities = 特定活动
residence-other = 其他

## 邮件（纯文本）
mail-confirm-subject = 请确认您在 Hiroba 的邮箱地址
mail-confirm-body =
    { $name }，您好！

    感谢您在 Hiroba 注册账户。请打开下面的链接，确认您的邮箱地址：

    { $link }

    这个链接在 48 小时内有效。如果您没有注册过账户，请忽略这封邮件。

    Hiroba
mail-already-registered-subject = 有人尝试用您的地址注册 Hiroba 账户
mail-already-registered-body =
    您好！

    有人尝试用这个邮箱地址注册新的 Hiroba 账户，但这个地址已经有账户了。

    如果是您本人，请在这里登录：
    { $login }

    如果您忘记了密码，请在这里设置新密码：
    { $reset }

    如果不是您本人，请忽略这封邮件。您的账户没有任何变化。

    Hiroba
mail-reset-subject = 为 Hiroba 设置新密码
mail-reset-body =
    { $name }，您好！

    请打开下面的链接，设置新密码：

    { $link }

    这个链接在一小时内有效，而且只能使用一次。如果您没有申请过，请忽略这封邮件，您的密码不会改变。

    Hiroba

## 事务局
admin-title = 事务局管理面板
admin-users-title = 各角色的账户
admin-col-role = 角色
admin-col-count = 账户数
admin-jobs-title = 后台任务
admin-jobs-summary = { $queued } 个等待中，{ $failed } 个失败
admin-translations-title = 翻译
admin-translations-summary = 有 { $missing } 条消息在某些语言中缺少翻译
admin-translations-text = 某种语言缺少的消息会用英语显示（没有英语时用日语），并为事务局用红框标出。
admin-translations-count = 共 { $total } 条消息，缺少 { $missing } 条
admin-audit-title = 审计日志
admin-audit-summary = 谁在什么时候查看或修改了什么。记录永远不能修改或删除。
admin-audit-total = 共 { $total } 条记录
admin-col-when = 时间
admin-col-who = 用户
admin-col-action = 操作
admin-col-target = 记录对象
admin-col-reason = 原因
admin-col-id = 编号
admin-col-kind = 类型
admin-col-state = 状态
admin-col-attempts = 尝试次数
admin-col-run-at = 执行时间
admin-col-error = 最近的错误
admin-col-actions = 操作
admin-retry = 重试
admin-pages = 页码
admin-newer = 较新的记录
admin-older = 较早的记录
