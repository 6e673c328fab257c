## 阅读
portal-title = 生活和工作信息
portal-topics = 主题
portal-latest = 新文章和更新
portal-countries = 来日本之前
portal-countries-text = 这些页面是为准备从以下国家来日本的人准备的。
portal-country-intro = 对从这个国家来的人特别有用的文章，来日本之前和之后都可以看。
portal-feed = 关注新文章（Atom 订阅）
portal-feed-title = Hiroba：在日本生活和工作的信息
portal-nothing-yet = 这里还没有文章。
portal-related = 相关文章
portal-need-help = 您的情况需要帮助吗？您可以用自己的语言免费咨询 Hiroba 的咨询员。我们不会告诉您的雇主。
portal-byline = 作者：{ $author } · 发布：{ $published } · 审核：{ $reviewed }
portal-not-translated = 这篇文章还没有您的语言版本，现在用{ $language }显示。
portal-not-translated-short = 还没有您的语言版本。
portal-watch-video = 观看视频
portal-video-external = 将打开其他网站。看视频会用很多流量。
portal-preview-notice = 预览。文章状态为“{ $status }”时，读者看不到这个页面。

## 搜索
portal-search-title = 搜索
portal-search-label = 搜索文章
portal-search-submit = 搜索
portal-search-count = { $count ->
   *[other] 找到 { $count } 篇文章
}

## 主题
topic-work = 工作和工资
topic-residence = 在留资格
topic-health-welfare = 健康和福利
topic-daily-life = 日常生活
topic-disasters = 灾害和紧急情况
topic-money = 钱和银行
topic-family = 家庭和孩子
topic-learning-japanese = 学习日语

## 派遣国
country-VN = 越南
country-MM = 缅甸
country-ID = 印度尼西亚
country-PH = 菲律宾
country-CN = 中国
country-NP = 尼泊尔
country-KH = 柬埔寨
country-TH = 泰国
country-LK = 斯里兰卡
country-BD = 孟加拉国
country-BR = 巴西
country-PE = 秘鲁

## 编辑（事务局）
portal-admin-title = 门户文章
portal-admin-section = 撰写、翻译和发布文章；查看哪些翻译缺少或已过时。
portal-stats-section = 页面浏览量和新账户数，统计时不追踪任何人。
portal-admin-new = 新建文章
portal-admin-create = 创建草稿
portal-admin-summary = 缺少 { $missing } 个翻译，{ $outdated } 个翻译已过时。
portal-col-article = 文章
portal-col-status = 状态
portal-col-language = 语言
portal-col-state = 翻译
portal-col-actions = 操作
portal-col-version = 版本
portal-col-day = 日期
portal-col-views = 页面浏览量
portal-col-registrations = 新账户
portal-state-missing = 缺少
portal-state-outdated = 已过时
portal-state-up-to-date = 最新
portal-state-source = 原文
portal-status-draft = 草稿
portal-status-review = 审核中
portal-status-published = 已发布
portal-status-unpublished = 已取消发布
portal-action-draft = 退回草稿
portal-action-review = 提交审核
portal-action-published = 发布
portal-action-unpublished = 取消发布
portal-action-edit = 编辑
portal-action-preview = 预览
portal-translations = 翻译
portal-revisions = 修订历史
portal-settings = 设置
portal-save = 保存
portal-edit-title = 编辑{ $language }文本
portal-source-text = 原文（{ $language }，版本 { $version }）
portal-ruby-hint = Markdown 格式。振假名写作 {"{"}漢字|かんじ{"}"}。链接、列表和标题会保留；所有 HTML 都会被删除。
portal-field-slug = 地址（slug）
portal-field-slug-hint = 小写字母、数字和连字符，例如 paid-leave。创建后不能更改。
portal-field-kind = 类型
portal-kind-article = 文章
portal-kind-video = 视频
portal-field-topic = 主题
portal-field-countries = 派遣国
portal-field-countries-hint = 选填。用逗号分隔的国家代码，例如 VN, MM。
portal-field-author = 作者机构
portal-field-source-lang = 原文语言
portal-field-video-url = 视频地址
portal-field-video-url-hint = 选填。指向其他网站上视频的链接（https://…）。视频不会嵌入页面。
portal-field-title = 标题
portal-field-summary = 摘要
portal-field-body = 正文
portal-field-note = 修改内容（记入历史）

## 编辑错误
portal-slug-invalid = 地址必须由 3 到 80 个小写字母、数字或连字符组成。
portal-slug-taken = 已有其他文章使用这个地址。
portal-topic-invalid = 请从列表中选择主题和类型。
portal-country-invalid = 未知的国家代码。请使用 VN、MM、ID、PH 等代码。
portal-language-invalid = 本平台不提供这种语言。
portal-title-missing = 请填写标题。
portal-too-long = 部分文本过长。
portal-video-url-invalid = 视频地址必须以 https:// 或 http:// 开头。
portal-source-first = 请先填写原文；翻译要根据原文来做。

## 统计（事务局）
portal-stats-title = 读者
portal-stats-privacy = 统计时不使用 Cookie，也不保存 IP 地址：只按语言和日期记录每个页面的显示次数。
portal-stats-views = 页面浏览总量（最近 30 天 { $days30 } 次）
portal-stats-registrations = 账户总数（最近 30 天新增 { $days30 } 个）
portal-stats-by-language = 各语言的页面浏览量（最近 30 天）
portal-stats-by-day = 每日统计（最近 30 天）

## 图片和视频（事务局）
portal-media = 图片和视频
portal-image-upload = 添加图片
portal-image-hint = JPEG、PNG 或 WebP，最大 15 MB。适合手机的小尺寸版本会自动生成。请用显示的代码把图片插入正文。
portal-video-upload = 上传视频
portal-video-hint = MP4 或 WebM，最大 500 MB。读者点击播放后才会加载。
portal-upload = 上传
portal-use-as-poster = 用作视频封面
portal-subtitles = 字幕（WebVTT）
portal-subtitles-hint = 粘贴 .vtt 文件的文本，开头是 WEBVTT。
portal-video-data = 点击播放后视频才会开始。播放会使用手机流量。
portal-media-not-image = 此文件不是我们能读取的图片（JPEG、PNG 或 WebP）。
portal-media-too-large = 文件太大。
portal-media-not-video = 此文件不是 MP4 或 WebM 视频。
portal-media-not-vtt = 字幕必须是以 WEBVTT 开头的 WebVTT 文本。
