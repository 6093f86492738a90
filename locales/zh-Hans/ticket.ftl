# 官方用语：本机资料中未能找到入管厅《生活・就労ガイドブック》中文版及J-LIS、数字厅中文页正文；
# 仅见内阁府/总务省多语言资料（CLAIR多语言页、cas.go.jp中文页）用“个人编号”“个人编号卡”。
# 签名用/用户证明用电子证明书、密码、有效期限通知书、照会书兼回答书、住民基本台账卡、
# 个人编号综合免费电话为参照日本政府中文资料惯例自选的译法。

## 号码票
ticket-issued = 取号时间：{ $date } { $time }
ticket-your-number = 您的号码
ticket-counter = { $number }号窗口
ticket-bring = 请准备好以下物品
# 本语言的名称（语言按钮）和职员栏中的日文名称
language-name = 中文（简体）
language-name-in-japanese = 中国語(簡体字)
language-name-in-english = Chinese (Simplified)
ticket-check-card = 致工作人员：无法确认此卡的电子证明书。请核对卡片。
ticket-test-card = 致工作人员：这是测试用卡。
ticket-more-info = 详细说明请看这里
ticket-follow-on-phone = 扫描二维码，可以用手机查看叫号情况
ticket-please-wait = 叫到您的号码前，请稍候。
slip-footer = 现在无法发放号码。给您带来不便，非常抱歉。
ticket-wait = { $count ->
    [0] 您前面没有人等候
   *[other] 您前面有{ $count }人（预计{ $band }）
}
ticket-reprint = 补打 { $time }
