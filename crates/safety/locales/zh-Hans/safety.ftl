## 介绍
safety-title = 检查您的状况
safety-intro = 请回答一些关于您在日本工作和生活的简单问题，大约需要 5 到 10 分钟。最后您会知道是否有可能违法、或可能是强迫劳动迹象的情况，以及可以去哪里求助。
safety-promise-private = 您的回答绝不会给雇主看。企业只能看到 10 人以上群体的统计数字。
safety-promise-anonymous = 不需要账户，我们也不会问您的名字。
safety-promise-free = 完全免费。
safety-site-code = 您工作单位的代码（如果有）
safety-site-code-hint = 公司可能给过您一个代码或二维码。这里也可以不填。
safety-site-unknown = 我们找不到这个代码。请检查一下，或者不填。
safety-site-found = 工作单位：{ $company }，{ $site }
safety-not-listed = 列表里没有我的雇主
safety-start = 开始

## 回答
safety-progress = 第 { $step } 步，共 { $total } 步
safety-yes = 是
safety-no = 否
safety-unsure = 不确定
safety-optional = （可以跳过）
safety-choose = 请选择
safety-prefecture = 都道府县
safety-number = 数字
safety-unit-hours = 小时
safety-unit-yen = 日元
safety-unit-yen-per-hour = 日元/小时
safety-unit-days = 天
safety-back = 上一步
safety-next = 下一步
safety-finish = 查看我的结果
safety-saved = 每完成一步，您的回答都会保存。如果网络断了，请重新打开同一个链接继续回答。
safety-offline-kept = 没有网络连接。您的回答会保存在这部手机上，网络恢复后会自动发送。
safety-fix-errors = 请检查下面标出的回答。
safety-answer-missing = 请选择一个答案。
safety-answer-invalid = 这个答案不在选项里。
safety-answer-not-number = 请填写数字，例如 20。
safety-answer-out-of-range = 这个数字太大或太小了。
safety-already-complete = 您已经完成了，现在不能再修改回答。

## 结果
safety-result-title = 您的结果
safety-result-none = 您的回答中没有显示严重问题的迹象。如果您还有担心的事，可以寻求帮助。
safety-result-some = { $count ->
   *[other] 您有 { $count } 个回答可能显示存在问题。请阅读原因。
}
safety-severity-violation = 可能违法
safety-severity-forced-labour = 可能是强迫劳动的迹象
safety-severity-advice = 值得了解
safety-read-more = 了解更多
safety-ilo = 国际劳工组织（ILO）的强迫劳动指标：
safety-assist-title = 您可以寻求帮助
safety-assist-text = Hiroba 的咨询员用您的语言免费为您提供帮助，时间为星期二至星期六 10:00 到 18:00。不会告诉您的雇主。
safety-assist-phone = 电话：
safety-ask-help = 请咨询员联系我
safety-result-private = 只有拿到本页链接的人才能看到这个页面。请不要把链接告诉别人。链接 30 天内有效。

## 寻求帮助
safety-help-title = 寻求帮助
safety-help-intro = 请告诉我们咨询员怎样联系您。这些信息只用于回复您。
safety-help-how = 我们怎样联系您？
safety-contact-email = 电子邮箱
safety-contact-phone = 电话
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = 您的邮箱地址、电话号码或账户名
safety-help-language = 回复使用的语言
safety-help-time = 什么时候方便联系您？
safety-help-time-hint = 例如：工作日 19:00 以后。
safety-help-share = 咨询员可以查看我的回答。
safety-help-send = 发送
safety-help-privacy = 您的联系方式经过加密保存，并且和您的回答分开存放。
safety-help-contact-missing = 请填写我们怎样联系您。
safety-help-contact-invalid = 这个联系方式好像不正确，请检查一下。
safety-help-done = 谢谢。咨询员会联系您，一般在 2 个工作日内（星期二至星期六）。
safety-back-to-result = 返回我的结果

## 国际劳工组织的强迫劳动指标
indicator-abuse-of-vulnerability = 利用弱势处境
indicator-deception = 欺骗
indicator-restriction-of-movement = 限制行动自由
indicator-isolation = 隔离
indicator-physical-sexual-violence = 身体暴力和性暴力
indicator-intimidation-threats = 恐吓和威胁
indicator-retention-of-documents = 扣留身份证件
indicator-withholding-of-wages = 扣发工资
indicator-debt-bondage = 债务劳役
indicator-abusive-conditions = 恶劣的工作和生活条件
indicator-excessive-overtime = 过度加班

## 事务局
safety-admin-title = 安全自我检查题库
safety-admin-section = 查看问题、各语言缺少哪些文字，并发布新版本。
safety-admin-versions = 版本
safety-admin-translations = 各语言缺少的文字（打开可预览）
safety-admin-questions = 当前版本的问题
safety-admin-col-id = 问题
safety-admin-col-section = 部分
safety-admin-col-severity = 严重程度
safety-admin-col-indicators = ILO 指标
safety-admin-col-rule = 日本的规定
safety-admin-new-version = 发布新版本
safety-admin-download = 把当前版本下载为一个文件进行编辑
safety-admin-upload = 编辑后的题库文件（TOML）
safety-admin-check-publish = 检查并发布
safety-admin-invalid = 没有做任何更改。请先解决以下问题：
safety-admin-published = 版本 { $version } 已发布。新的回答将使用这个版本；之前的回答保留原来的版本。
safety-admin-preview = 预览：{ $language }
safety-admin-missing-text = 这段文字还没有这种语言的版本，目前显示英文。
safety-admin-counts = 每天的使用情况
safety-admin-audio = 问题录音
safety-admin-audio-file = 录音文件（MP3、M4A、Ogg 或 WebM，最大 3 MB）
safety-admin-help-requests = 共 { $count } 个求助请求
safety-admin-visits = 访问
safety-admin-starts = 已开始
safety-admin-completions = 已完成
safety-admin-help = 已求助
safety-name-recruiters = 是谁招募了你？告诉我们（匿名）
safety-fee-ledger = 记下你支付的费用
