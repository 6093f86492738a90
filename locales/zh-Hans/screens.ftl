# 官方用语：本机资料中未能找到入管厅《生活・就労ガイドブック》中文版及J-LIS、数字厅中文页正文；
# 仅见内阁府/总务省多语言资料（CLAIR多语言页、cas.go.jp中文页）用“个人编号”“个人编号卡”。
# 签名用/用户证明用电子证明书、密码、有效期限通知书、照会书兼回答书、住民基本台账卡、
# 个人编号综合免费电话为参照日本政府中文资料惯例自选的译法。

## 画面
waiting-title = 请将个人编号卡放在读卡器上
waiting-how = 请将卡片正面朝上，平放在读卡器上。如果是插卡式读卡器，请从IC芯片一端插入。
waiting-hours = 今日受理时间：{ $open }至{ $close }
waiting-no-reception = 今天窗口不办理业务。
counters-open = 窗口现在正在受理。
counters-closed = 现在不在受理时间内。下次受理从{ $date } { $time }开始。
no-card = 手上没有卡
reading-title = 正在读取卡片
reading-keep = 请不要移动卡片。
# 状态标题：最重要的一件事。
headline-card_expired = 卡片已过期
headline-juki_card = 住基卡的电子证明书不能使用
headline-cert_expired = 电子证明书已过期
headline-no_certificate = 卡里没有电子证明书
headline-new_card_due = 需要申请新卡
headline-pin_locked = 密码已被锁定
headline-renewable = 该更新电子证明书了
headline-signature_revoked = 签名用电子证明书已不能使用
headline-valid = 电子证明书有效
headline-smartphone = 这是智能手机的电子证明书
headline-other_card = 这不是个人编号卡
headline-unreadable = 无法读取卡片
headline-no_card = 手上没有卡时
headline-lost = 请先停用您的卡
headline-left_at_home = 请带上卡再来
# 标题图标旁的文字（不只靠颜色）
sign-fine = 没有问题
sign-act = 需要办理
sign-stopped = 不能使用
sign-info = 说明
next = 下一步
finish = 结束
back = 返回
start-over = 重新开始
get-ticket = 取号
counter-closed-no-ticket = 现在不在受理时间内，无法取号。
checklist-title = 在窗口办理的手续
checklist-if-missing = 即使有东西没带齐，也请直接到窗口咨询。
conclusion-title = 今天不需要办理手续
conclusion-fine = 您的卡和电子证明书都能正常使用。
conclusion-title-unverified = 为保险起见，请到窗口出示卡片
conclusion-unverified = 本机无法确认卡上的电子证明书。窗口工作人员会为您确认。
ask-counter = 到窗口咨询
put-back-title = 请把卡放回读卡器上
put-back-body = 放回后，会从刚才的步骤继续。如果不放回，{ $seconds }秒后返回首页。
issuing = 正在打印号码票…
ticket-screen-title = 请取走号码票
ticket-not-printed = 号码票未能打印。请记下这个号码，到窗口办理。
take-your-ticket-and-card = 请取走号码票和卡片
take-card-title = 请取走卡片
take-card-body = 卡片还在读卡器上。
no-ticket-cap = 此窗口今天的号码票已发完。请向窗口工作人员咨询。
no-ticket-failed = 现在无法取号。麻烦您到服务台咨询。
no-ticket-full = 此窗口今天的受理时间已排满，无法再取号。
slip-title = 请取走这张没有号码的单子
slip-title-not-printed = 现在无法取号
slip-show-staff = 无号码：请将这张纸出示给服务台的工作人员。
slip-not-printed = 单子也未能打印。请告诉服务台的工作人员此画面上的窗口名称。
could-not-read-again = 请取出卡片，再放一次。
could-not-read-how = 请只放一张卡，从卡套中取出，正面朝上平放。
help-offer = 多次读取都没有成功。窗口工作人员可以帮助您，请领取咨询用的号码票。
out-of-service-title = 正在准备中
out-of-service-body = 非常抱歉，请到服务台咨询。
countdown-title = 还要继续办理吗？
countdown = { $seconds }秒后返回首页。
more-time = 继续
counter-closed-today = 办理此手续的窗口今天休息。非常抱歉，请改日再来。
counter-closed-today-go-elsewhere = 办理此手续的窗口今天休息。请到上面列出的支所等处办理。
# 由 madoguchi 叫号时的窗口排队情况。
wait-nobody = 现在此窗口没有人等候。
wait-line = 现在有{ $count }人在等候。预计等候时间：{ $band }。
wait-band-none = 无需等候
wait-band-10 = 约10分钟
wait-band-10-20 = 10至20分钟
wait-band-20-30 = 20至30分钟
wait-band-30 = 30分钟以上
full-today = 此窗口今天的受理时间已排满。非常抱歉，今天无法再取号。
full-go-elsewhere = 上面列出的支所等处也可以办理此手续。
full-come-back = 下次受理从{ $date } { $time }开始。
broken-config-title = 设置文件有错误
broken-config-body = 致工作人员：本机无法读取设置文件（见下方），已停止运行。请联系负责部门（信息系统）。修复后会自动恢复。

# 大厅叫号屏（madoguchi 服务器）。
display-title = 正在叫号
display-recent = 已叫号码
display-waiting = 等候人数
display-lost = 与服务器的连接已断开。正在重新连接…
display-database-down = 无法连接数据库。此画面自 { $time } 起未更新。
display-nobody-called = 还没有叫号
call-phrase = 请{ $prefix }{ $seq }号到{ $desk }号窗口办理。

## 暂停取号（面向居民）
preparing-title = 正在准备中
preparing-body = 请稍候。如果您赶时间，请到服务台。

## 选择语言
# 首页“Language / 言語 / …”按钮上并列各语言的这个词
language-word = 语言
languages-title = 请选择语言
