# 官方用語：本機資料中找不到入管廳《生活・就労ガイドブック》中文版及J-LIS、數位廳中文網頁內文；
# 僅見內閣府/總務省多語言資料（CLAIR多語言頁、cas.go.jp繁體中文頁）使用「個人編號」「個人編號卡」。
# 簽名用/使用者證明用電子證明書、密碼、有效期限通知書、照會書兼回答書、住民基本台帳卡、
# 個人編號綜合免付費專線，為參考日本政府中文資料慣例並依臺灣用語自選的譯法。

## 號碼牌
ticket-issued = 取號時間：{ $date } { $time }
ticket-your-number = 您的號碼
ticket-counter = { $number }號櫃檯
ticket-bring = 請準備好以下物品
# 本語言的名稱（語言按鈕）與職員欄的日文名稱
language-name = 中文（繁體）
language-name-in-japanese = 中国語(繁体字)
language-name-in-english = Chinese (Traditional)
ticket-check-card = 致工作人員：無法確認這張卡片的電子證明書。請核對卡片。
ticket-test-card = 致工作人員：這是測試用卡片。
ticket-more-info = 詳細說明請看這裡
ticket-follow-on-phone = 掃描QR Code，即可用手機查看叫號進度
ticket-please-wait = 叫到您的號碼前，請稍候。
slip-footer = 目前無法發放號碼。造成不便，非常抱歉。
ticket-wait = { $count ->
    [0] 您前面沒有人等候
   *[other] 您前面有{ $count }人（預估{ $band }）
}
ticket-reprint = 補印 { $time }
