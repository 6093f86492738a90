# 官方用语：本机资料中未能找到入管厅《生活・就労ガイドブック》中文版及J-LIS、数字厅中文页正文；
# 仅见内阁府/总务省多语言资料（CLAIR多语言页、cas.go.jp中文页）用“个人编号”“个人编号卡”。
# 签名用/用户证明用电子证明书、密码、有效期限通知书、照会书兼回答书、住民基本台账卡、
# 个人编号综合免费电话为参照日本政府中文资料惯例自选的译法。

## 居民手机页面
phone-title = 号码票
phone-updates = 页面会自动更新。
phone-lost = 连接中断，正在重新连接。请稍候。
phone-ended = 此号码票的叫号已结束。
phone-your-turn = 让您久等了。请到{ $counter }。
phone-serving = 您正在窗口办理手续。
phone-missed = 已叫过您的号码，但您没有到场。
phone-missed-what = 请向窗口工作人员出示号码票。
phone-ahead = { $count ->
    [0] 下一位就是您。请在窗口附近等候。
   *[other] 您前面有{ $count }人在等候。
}
phone-wait = 预计等候时间：{ $band }
