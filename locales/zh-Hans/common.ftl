# 官方用语：本机资料中未能找到入管厅《生活・就労ガイドブック》中文版及J-LIS、数字厅中文页正文；
# 仅见内阁府/总务省多语言资料（CLAIR多语言页、cas.go.jp中文页）用“个人编号”“个人编号卡”。
# 签名用/用户证明用电子证明书、密码、有效期限通知书、照会书兼回答书、住民基本台账卡、
# 个人编号综合免费电话为参照日本政府中文资料惯例自选的译法。

# 日期、列表的写法。$weekday：星期一为1。
date = { $year }年{ $month }月{ $day }日{ $weekday ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
list-separator = 、
yes = 是
no = 否
# 时间写法（CLDR 短时间格式 H:mm）。
time = { $hour }:{ $minute }
# 千位分隔符
thousands-separator = {","}
# kiosk.toml 没有中文时：英文后附窗口标牌上的日文
city-text-fallback = { $text }（{ $japanese }）
