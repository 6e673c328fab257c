friends-title = 朋友
friends-intro = 外国居民和日本支援者可以按地区和语言互相认识：一起练习日语、一起参加活动，或在日常生活中得到帮助。
friends-safety = 安全第一：您使用昵称，个人资料绝不显示地址、电话号码或邮箱；双方都同意后才能互相发消息。您可以屏蔽任何人，遇到让您担心的事可以举报。
friends-edit-profile = 修改我的资料
friends-not-visible = 别人看不到
friends-contacts = 我的联系人
friends-events = 朋友聚会
friends-prefecture = 都道府县
friends-anywhere = 日本全国
friends-language = 语言
friends-any-language = 任何语言
friends-search = 搜索
friends-none-found = 没有找到。请换个地区或语言试试。
friends-create-profile = 创建我的资料
friends-kind-resident = 外国居民
friends-kind-supporter = 日本支援者
friends-profile-title = 我的朋友资料
friends-profile-hint = 请不要在这里写真实姓名、地址、电话号码或邮箱。双方都同意联系后，如果您愿意，可以在消息里告诉对方。
friends-nickname = 昵称
friends-nickname-hint = 不要用真实姓名。
friends-i-am = 我是
friends-choose = 请选择…
friends-city = 市町村（选填）
friends-languages = 我会说的语言
friends-offers = 我能提供的帮助（例如：练习日语、帮忙填表、一起参加活动）
friends-needs = 我在寻找的
friends-visible = 别人可以找到我的资料
friends-save = 保存
friends-ask = 请求联系
friends-ask-hint = 对方会看到您的昵称和资料，然后决定。只有对方同意，你们才能互相发消息。
friends-asked = 请求已发送。如果对方同意，你们就可以互相发消息。
friends-contact-requested = 等待回复。
friends-contact-accepted = 你们已同意联系。
friends-contact-declined = 暂时不联系。
friends-open-conversation = 打开消息
friends-report-or-block = 举报或屏蔽
friends-report-reason = 发生了什么？
friends-report = 向事务局举报
friends-reported = 谢谢。事务局会查看。
friends-block-hint = 对方将无法再找到您或给您发消息，您也不会再看到对方。
friends-block = 屏蔽
friends-no-contacts = 还没有联系人。
friends-accept = 同意
friends-decline = 暂时不
friends-conversation-hint = 消息保存在 Hiroba 上。绝对不要给别人汇款。第一次见面请约在公共场所或朋友聚会。
friends-message = 消息
friends-send = 发送
friends-admin-title = 朋友：审核
friends-admin-section = 关于朋友资料和消息的举报：隐藏资料或驳回举报。
friends-queue-empty = 没有待处理的举报。
friends-reported-message = 被举报的消息
friends-hide = 隐藏资料
friends-dismiss = 驳回举报
friends-error-nickname = 请选择一个昵称（不能是邮箱地址或电话号码），资料里也不要写联系方式。
friends-error-area = 请选择您所在的都道府县和您的身份。
friends-error-languages = 请至少选择一种语言。
friends-error-too-long = 有一段文字太长。
friends-error-no-profile = 请先创建您的资料。
friends-error-asked = 你们已经在联系，或者有一个请求正在等待回复。
friends-error-message = 请写一条消息。
friends-error-reason = 请告诉我们发生了什么。
friends-mail-asked-subject = 有人想在 Hiroba 朋友上和您联系
friends-mail-asked-body =
    您好！

    { $nickname } 想在 Hiroba 朋友上和您联系。请看看对方的资料，然后决定：{ $link }

    谁都看不到您的邮箱地址。如果有让您担心的事，您可以屏蔽或举报任何人。

    Hiroba
friends-mail-accepted-subject = { $nickname } 同意和您联系
friends-mail-accepted-body =
    您好！

    { $nickname } 同意在 Hiroba 朋友上和您联系。你们可以在这里互相发消息：{ $link }

    Hiroba
friends-mail-message-subject = { $nickname } 给您发了一条新消息
friends-mail-message-body =
    您好！

    { $nickname } 在 Hiroba 朋友上给您发了消息。请在这里阅读：{ $link }

    Hiroba
