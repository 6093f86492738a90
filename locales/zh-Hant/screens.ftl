# 官方用語：本機資料中找不到入管廳《生活・就労ガイドブック》中文版及J-LIS、數位廳中文網頁內文；
# 僅見內閣府/總務省多語言資料（CLAIR多語言頁、cas.go.jp繁體中文頁）使用「個人編號」「個人編號卡」。
# 簽名用/使用者證明用電子證明書、密碼、有效期限通知書、照會書兼回答書、住民基本台帳卡、
# 個人編號綜合免付費專線，為參考日本政府中文資料慣例並依臺灣用語自選的譯法。

## 畫面
waiting-title = 請將個人編號卡放在讀卡機上
waiting-how = 請將卡片正面朝上，平放在讀卡機上。如果是插卡式讀卡機，請從IC晶片那一端插入。
waiting-hours = 今日受理時間：{ $open }至{ $close }
waiting-no-reception = 今天櫃檯不受理申辦。
counters-open = 櫃檯目前受理中。
counters-closed = 目前非受理時間。下次受理時間為{ $date } { $time }起。
no-card = 手邊沒有卡片
reading-title = 正在讀取卡片
reading-keep = 請不要移動卡片。
# 狀態標題：最重要的一件事。
headline-card_expired = 卡片已過期
headline-juki_card = 住基卡的電子證明書無法使用
headline-cert_expired = 電子證明書已過期
headline-no_certificate = 卡片沒有電子證明書
headline-new_card_due = 需要申請新卡
headline-pin_locked = 密碼已被鎖定
headline-renewable = 該更新電子證明書了
headline-signature_revoked = 簽名用電子證明書已無法使用
headline-valid = 電子證明書有效
headline-smartphone = 這是智慧型手機的電子證明書
headline-other_card = 這不是個人編號卡
headline-unreadable = 無法讀取卡片
headline-no_card = 手邊沒有卡片時
headline-lost = 請先暫停使用卡片
headline-left_at_home = 請帶卡片再來一次
# 標題圖示旁的文字（不只靠顏色）
sign-fine = 沒有問題
sign-act = 需要辦理
sign-stopped = 無法使用
sign-info = 說明
next = 下一步
finish = 結束
back = 返回
start-over = 重新開始
get-ticket = 取號
counter-closed-no-ticket = 目前非受理時間，無法取號。
checklist-title = 在櫃檯辦理的手續
checklist-if-missing = 即使有東西沒帶齊，也請直接到櫃檯洽詢。
conclusion-title = 今天不需要辦理手續
conclusion-fine = 您的卡片和電子證明書都能正常使用。
conclusion-title-unverified = 為保險起見，請到櫃檯出示卡片
conclusion-unverified = 本機無法確認卡片上的電子證明書。櫃檯人員會為您確認。
ask-counter = 到櫃檯洽詢
put-back-title = 請把卡片放回讀卡機上
put-back-body = 放回後，會從剛才的步驟繼續。如果不放回，{ $seconds }秒後回到首頁。
issuing = 正在列印號碼牌…
ticket-screen-title = 請取走號碼牌
ticket-not-printed = 號碼牌無法列印。請記下這個號碼，再到櫃檯辦理。
take-your-ticket-and-card = 請取走號碼牌和卡片
take-card-title = 請取走卡片
take-card-body = 卡片還在讀卡機上。
no-ticket-cap = 這個櫃檯今天的號碼牌已發完。請洽櫃檯人員。
no-ticket-failed = 目前無法取號。不好意思，請到服務台洽詢。
no-ticket-full = 這個櫃檯今天的受理時間已排滿，無法再取號。
slip-title = 請取走這張沒有號碼的單子
slip-title-not-printed = 目前無法取號
slip-show-staff = 無號碼：請將這張紙出示給服務台的工作人員。
slip-not-printed = 單子也無法列印。請告訴服務台的工作人員此畫面上的櫃檯名稱。
could-not-read-again = 請取出卡片，再放一次。
could-not-read-how = 請只放一張卡片，從卡套取出，正面朝上平放。
help-offer = 讀取多次都沒有成功。櫃檯人員可以協助您，請領取諮詢用的號碼牌。
out-of-service-title = 準備中
out-of-service-body = 很抱歉，請到服務台洽詢。
countdown-title = 還要繼續辦理嗎？
countdown = { $seconds }秒後回到首頁。
more-time = 繼續
counter-closed-today = 辦理這項手續的櫃檯今天休息。很抱歉，請改天再來。
counter-closed-today-go-elsewhere = 辦理這項手續的櫃檯今天休息。請到上面列出的支所等處辦理。
# madoguchi 叫號時的櫃檯排隊情況。
wait-nobody = 目前這個櫃檯沒有人等候。
wait-line = 目前有{ $count }人在等候。預估等候時間：{ $band }。
wait-band-none = 不需等候
wait-band-10 = 約10分鐘
wait-band-10-20 = 10至20分鐘
wait-band-20-30 = 20至30分鐘
wait-band-30 = 30分鐘以上
full-today = 這個櫃檯今天的受理時間已排滿。很抱歉，今天無法再取號。
full-go-elsewhere = 上面列出的支所等處也可以辦理這項手續。
full-come-back = 下次受理時間為{ $date } { $time }起。
broken-config-title = 設定檔有錯誤
broken-config-body = 致工作人員：本機無法讀取設定檔（如下所示），已停止運作。請聯絡負責單位（資訊系統）。修復後會自動恢復運作。

# 大廳叫號螢幕（madoguchi 伺服器）。
display-title = 目前叫號
display-recent = 已叫號碼
display-waiting = 等候人數
display-lost = 與伺服器的連線已中斷。正在重新連線…
display-database-down = 無法連線資料庫。此畫面自 { $time } 起未更新。
display-nobody-called = 尚未叫號
call-phrase = 請{ $prefix }{ $seq }號來賓到{ $desk }號櫃檯。

## 暫停取號（居民用）
preparing-title = 準備中
preparing-body = 請稍候。如果您趕時間，請到服務台。

## 選擇語言
# 首頁「Language / 言語 / …」按鈕會並列各語言的這個詞
language-word = 語言
languages-title = 請選擇語言
