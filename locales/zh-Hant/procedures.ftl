# 官方用語：本機資料中找不到入管廳《生活・就労ガイドブック》中文版及J-LIS、數位廳中文網頁內文；
# 僅見內閣府/總務省多語言資料（CLAIR多語言頁、cas.go.jp繁體中文頁）使用「個人編號」「個人編號卡」。
# 簽名用/使用者證明用電子證明書、密碼、有效期限通知書、照會書兼回答書、住民基本台帳卡、
# 個人編號綜合免付費專線，為參考日本政府中文資料慣例並依臺灣用語自選的譯法。

## 手續
procedure-pin_reset = 重新設定密碼
procedure-cert_renewal = 更新電子證明書
procedure-cert_issuance = 核發新的電子證明書
procedure-sign_cert_issuance = 核發新的簽名用電子證明書
procedure-card_renewal = 重新申請個人編號卡（有效期限到期）
procedure-card_application = 申請個人編號卡
procedure-card_reissue = 補發個人編號卡

## 應攜帶物品
checklist-card = 個人編號卡（持卡人本人的卡片，正本）
checklist-card-own = 您本人的個人編號卡（正本）
checklist-pins = 卡片設定的密碼（4碼數字的密碼，以及6至16碼英數字的簽名用密碼）
checklist-other_pins = 未被鎖定的密碼（已鎖定的密碼會在櫃檯重新設定）
checklist-expiry_notice = 有效期限通知書（如已收到；沒有也可以辦理）
checklist-official_id = 國家、都道府縣、市區町村等機關核發的身分證明文件1件（駕照、護照、在留卡、身心障礙者手冊、年金手冊等，須在有效期限內）
checklist-legal_rep_id = 法定代理人的身分證明文件1件（個人編號卡、駕照、護照等）
checklist-agency_proof = 證明代理權的文件（戶籍謄本、成年監護登記事項證明書等，須為核發後3個月以內的）
checklist-proxy_id = 代理人有照片的身分證明文件1件（個人編號卡、駕照、護照等，須由國家、都道府縣、市區町村等機關核發）
checklist-inquiry_form = 照會書兼回答書（郵寄給本人的文件；須由本人填寫、蓋章，裝入信封並封好）
checklist-police_receipt = 向警方報案遺失（或遭竊）時的受理編號（如果知道）

## 問題與回答
question-no_card_reason = 請選擇您手邊沒有卡片的原因。
answer-no_card_reason-never_had = 從來沒辦過
answer-no_card_reason-left_at_home = 放在家裡
answer-no_card_reason-lost = 遺失或遭竊
answer-no_card_reason-damaged = 損壞或髒污
question-card_expiry_matches_cert = 卡片正面印的有效期限是{ $expiry }嗎？
question-card_expiry_matches_cert-hint = 請把卡片留在讀卡機上，看卡片正面：出生日期旁邊印有「○年○月○日まで有効」的日期（不是手寫的電子證明書欄）。如果有效期限通知書上寫的是「マイナンバーカード」（個人編號卡），也請選擇「是」。
question-knows_pins-hint = 是指4碼數字的密碼，以及6至16碼英數字的簽名用密碼。如果您知道目前的密碼，只是想變更，可以在家用電腦或智慧型手機變更。
question-knows_pins-for-holder = 持卡人本人記得卡片的密碼嗎？
question-knows_pins-for-holder-hint = 是指4碼數字的密碼，以及6至16碼英數字的簽名用密碼。代理人不需要知道密碼，請不要向本人詢問。
question-knows_pins-legal_representative = 本人或您記得卡片的密碼嗎？
question-knows_pins-legal_representative-hint = 是指4碼數字的密碼，以及6至16碼英數字的簽名用密碼。
question-visitor = 這是誰的卡片？
question-visitor-no-card = 您要為誰辦理手續？
answer-visitor-holder = 我自己的卡片
answer-visitor-legal_representative = 未滿15歲孩子的卡片，或受我成年監護的人的卡片
answer-visitor-proxy = 別人的卡片（受本人委託前來）
question-has_inquiry_form = 您有帶照會書兼回答書嗎？
question-has_inquiry_form-hint = 這是郵寄給本人、用來填寫密碼的文件（也會隨有效期限通知書一起寄來）。必須是本人已填寫、裝入信封並封好的。
question-knows_pins = 您記得卡片的密碼嗎？
question-basic_info_changed = 電子證明書核發後，您的地址、姓名、出生日期或性別有沒有變更？
question-holder_under_15_or_ward = 持卡人是未滿15歲的人，或是受成年監護的人嗎？
question-holder_under_15_or_ward-hint = 成年監護制度：對於因失智症等原因判斷能力不足的人，由家庭法院選任的成年監護人代為辦理手續。
