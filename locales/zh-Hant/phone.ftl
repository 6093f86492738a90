# 官方用語：本機資料中找不到入管廳《生活・就労ガイドブック》中文版及J-LIS、數位廳中文網頁內文；
# 僅見內閣府/總務省多語言資料（CLAIR多語言頁、cas.go.jp繁體中文頁）使用「個人編號」「個人編號卡」。
# 簽名用/使用者證明用電子證明書、密碼、有效期限通知書、照會書兼回答書、住民基本台帳卡、
# 個人編號綜合免付費專線，為參考日本政府中文資料慣例並依臺灣用語自選的譯法。

## 居民手機頁面
phone-title = 號碼牌
phone-updates = 頁面會自動更新。
phone-lost = 連線中斷，正在重新連線。請稍候。
phone-ended = 這張號碼牌的叫號已結束。
phone-your-turn = 讓您久等了。請到{ $counter }。
phone-serving = 您正在櫃檯辦理手續。
phone-missed = 已叫過您的號碼，但您沒有到櫃檯。
phone-missed-what = 請向櫃檯人員出示號碼牌。
phone-ahead = { $count ->
    [0] 下一位就是您。請在櫃檯附近等候。
   *[other] 您前面有{ $count }人在等候。
}
phone-wait = 預估等候時間：{ $band }
