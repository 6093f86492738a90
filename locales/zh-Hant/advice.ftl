# 官方用語：本機資料中找不到入管廳《生活・就労ガイドブック》中文版及J-LIS、數位廳中文網頁內文；
# 僅見內閣府/總務省多語言資料（CLAIR多語言頁、cas.go.jp繁體中文頁）使用「個人編號」「個人編號卡」。
# 簽名用/使用者證明用電子證明書、密碼、有效期限通知書、照會書兼回答書、住民基本台帳卡、
# 個人編號綜合免付費專線，為參考日本政府中文資料慣例並依臺灣用語自選的譯法。

## 卡片狀態
status-valid = 電子證明書的有效期限至{ $expiry }，還有{ $days }天。
status-renewable = { $days ->
        [0] 電子證明書今天（{ $expiry }）到期。
       *[other] 電子證明書將於{ $expiry }到期，還有{ $days }天。
    }
status-expired = 電子證明書已於{ $expiry }過期。
status-card_expired = 個人編號卡已於{ $expiry }過期。
status-card_expired-undated = 個人編號卡已過期。
status-no_certificate = 這張卡片沒有使用者證明用電子證明書。櫃檯可以為您核發。
status-juki_card = 這是住民基本台帳卡（住基卡）。住基卡電子證明書的核發與更新，已於2015年12月停止受理。如需使用電子證明書，請申請個人編號卡（首次申請免費）。
status-smartphone = 這是智慧型手機裡的電子證明書。本機只說明個人編號卡的電子證明書。如果您有帶卡片，請把卡片放在讀卡機上。
status-other_card = 這似乎不是個人編號卡。請把個人編號卡放在讀卡機上。
status-unreadable = 無法讀取卡片。請取出卡片，再放一次。
status-no_card = 以下是手邊沒有個人編號卡時的說明。
status-renewable-with-card = { $days ->
        [0] 電子證明書和卡片本身都在今天（{ $expiry }）到期。
       *[other] 電子證明書和卡片本身都將於{ $expiry }到期，還有{ $days }天。
    }

## 意義與時間
renewal-opens = 從{ $date }起可以辦理更新。
renewal-notice-by-post = 到期前1至3個月，您會收到郵寄的有效期限通知書。
renewal-open-now = 現在可以辦理更新。即使還沒收到有效期限通知書，也可以辦理。
expired-meaning = 由於已經過期，卡片現在不能當作健康保險證使用（マイナ保険証），也不能用於Mynaportal（マイナポータル）、在超商列印住民票等證明，或e-Tax等線上申請。卡片仍可當作有照片的身分證明文件使用。櫃檯可以為您核發新的電子證明書。
card-expired-meaning = 卡片上的電子證明書也不能使用。請申請新卡。
card-expiry = 卡片本身的有效期限至{ $date }。
card-expires-with-certificates = 卡片本身也在同一天到期，所以不能只更新電子證明書。請申請新卡。外國籍居民如已更新在留期間，則需辦理延長卡片有效期限的手續。
signature-revoked = 由於地址、姓名、出生日期或性別有變更，簽名用電子證明書已無法使用。使用者證明用電子證明書仍可照常使用。
signature-not-for-minors = 原則上，不對未滿15歲的人及有成年監護人的人（受成年監護的人）核發簽名用電子證明書。如有需要，請到櫃檯洽詢。

## 密碼
pin-auth-locked = 使用者證明用密碼（4碼數字）因連續輸入錯誤3次，已被鎖定。可以在櫃檯重新設定。
pin-auth-last-try = 使用者證明用密碼（4碼數字）再輸入錯誤1次就會被鎖定。如果沒有把握，請不要輸入，到櫃檯重新設定。
pin-sign-locked = 簽名用密碼（6至16碼英數字）因連續輸入錯誤5次，已被鎖定。可以在櫃檯重新設定。
pin-sign-last-try = 簽名用密碼（6至16碼英數字）再輸入錯誤1次就會被鎖定。如果沒有把握，請不要輸入，到櫃檯重新設定。

## 卡片遺失、放在家裡
lost-hotline-name = 個人編號綜合免付費專線
lost-suspend = 請撥打{ $hotline_name }（{ $hotline }），暫停使用您的卡片，以免被他人冒用。24小時都可以辦理暫停。
lost-police = 請到警察署或派出所（交番）報案遺失（遭竊時請報竊盜案）。請記下警方告知的受理編號，並告知櫃檯人員。
left-at-home = 如果卡片在家裡，就不需要重新辦卡。請帶卡片再來一次。

## 要辦的事
nothing-to-do = 現在不需要辦理任何手續。
go-to-window = 請到{ $number }號櫃檯「{ $window }」辦理。
step = { $n }. { $procedure }
visits-same-day = 當天就能辦好。
visits-new-card = 新卡從申請到製作完成約需1個月。收到通知後，請再來領取。
visits-proxy-first = 由代理人辦理需要來兩次，當天無法辦好。這次受理後，我們會把照會書兼回答書（由本人填寫密碼的文件）郵寄到本人住民票上的地址（不會轉寄）。請本人填寫並裝入信封封好後，由您帶著它再來一次。
visits-proxy-second = 這次使用本人填寫並封好的照會書兼回答書辦理。如果填寫的密碼不正確，就需要重新設定，並重新郵寄照會書兼回答書，所以當天無法辦好。
fee-free = 不收手續費。
fee-reissue = 手續費為{ $total }日圓（補發卡片{ $card }日圓、電子證明書{ $cert }日圓）。
also-at = 這項手續也可以在{ $offices }辦理。
