# 官方用語：本機資料中找不到入管廳《生活・就労ガイドブック》中文版及J-LIS、數位廳中文網頁內文；
# 僅見內閣府/總務省多語言資料（CLAIR多語言頁、cas.go.jp繁體中文頁）使用「個人編號」「個人編號卡」。
# 簽名用/使用者證明用電子證明書、密碼、有效期限通知書、照會書兼回答書、住民基本台帳卡、
# 個人編號綜合免付費專線，為參考日本政府中文資料慣例並依臺灣用語自選的譯法。

# 日期、列表的寫法。$weekday：星期一為1。
date = { $year }年{ $month }月{ $day }日 { $weekday ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
list-separator = 、
# 列舉時最後兩項之間
list-last-separator = 和
yes = 是
no = 否
# 時間寫法（CLDR 短時間格式 ah:mm，例：下午3:05）。
time = { $period ->
        [am] 上午
       *[pm] 下午
    }{ $hour12 }:{ $minute }
# 千位分隔符號
thousands-separator = {","}
# kiosk.toml 沒有中文時：英文後面附上櫃檯標示的日文
city-text-fallback = { $text }（{ $japanese }）
