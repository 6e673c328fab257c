# 语言的自称（用于语言切换）。
language-name = 简体中文
language-dir = ltr

site-name = Hiroba
skip-to-content = 跳到正文
nav-account = 我的账户
nav-admin = 事务局
nav-logout = 退出登录
nav-login = 登录
nav-register = 注册账户
language-switcher = 选择语言
furigana-turn-off = 隐藏假名注音
furigana-turn-on = 显示假名注音
footer-privacy = 您的回答和消息绝不会让雇主看到。
footer-open-source = Hiroba 是一款开源软件，服务于在日本工作的外国劳动者以及帮助他们的人。

error-title = 出错了
error-back-home = 返回首页
error-not-found = 找不到这个页面。链接可能已经过期，或者输入有误。
error-forbidden = 您没有权限打开这个页面。
error-sign-in-required = 请先登录，再查看这个页面。
error-bad-form = 您提交的部分信息无法读取。请检查表单后再试一次。
error-bad-request = 无法理解这个请求。请返回上一页，再试一次。
error-csrf = 为了您的安全，这个表单已经失效。请返回上一页，刷新页面后重新提交。
error-too-many-requests = 尝试次数太多。请等 15 分钟后再试。
error-internal = 抱歉，我们这边出了问题。您提交的内容没有丢失。请稍后再试。
error-method = 这个页面不能这样使用。
error-timeout = 服务器响应时间太长。请再试一次。
error-too-large = 您提交的内容太大了。

role-worker = 劳动者
role-counsellor = 咨询员
role-counsellor-supervisor = 咨询员主管
role-company-admin = 企业管理员
role-company-viewer = 企业查看者
role-member = 会员
role-learner = 学员
role-supporter = 支援者
role-secretariat = 事务局

app-name = Hiroba：在日本的生活与工作
app-description = 为在日本生活和工作的外国人提供信息、私密自查和咨询。
offline-title = 您目前处于离线状态
offline-text = 现在没有网络连接。您以前读过的文章仍然可以打开。连接网络后请再试一次。
