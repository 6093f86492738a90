# 官方用语：本机资料中未能找到入管厅《生活・就労ガイドブック》中文版及J-LIS、数字厅中文页正文；
# 仅见内阁府/总务省多语言资料（CLAIR多语言页、cas.go.jp中文页）用“个人编号”“个人编号卡”。
# 签名用/用户证明用电子证明书、密码、有效期限通知书、照会书兼回答书、住民基本台账卡、
# 个人编号综合免费电话为参照日本政府中文资料惯例自选的译法。

## 手续
procedure-pin_reset = 重新设置密码
procedure-cert_renewal = 更新电子证明书
procedure-cert_issuance = 发行新的电子证明书
procedure-sign_cert_issuance = 发行新的签名用电子证明书
procedure-card_renewal = 重新申请个人编号卡（有效期限到期）
procedure-card_application = 申请个人编号卡
procedure-card_reissue = 补发个人编号卡

## 需带物品
checklist-card = 个人编号卡（持卡人本人的卡，原件）
checklist-card-own = 您自己的个人编号卡（原件）
checklist-pins = 卡上设置的密码（4位数字的密码，以及6至16位英文字母和数字的签名用密码）
checklist-other_pins = 未被锁定的密码（已锁定的密码会在窗口重新设置）
checklist-expiry_notice = 有效期限通知书（如已收到；没有也可以办理）
checklist-official_id = 国家、都道府县、市区町村等发行的身份证明文件1份（驾照、护照、在留卡、残疾人手册、年金手册等，须在有效期内）
checklist-legal_rep_id = 法定代理人的身份证明文件1份（个人编号卡、驾照、护照等）
checklist-agency_proof = 证明代理权的文件（户籍誊本、成年监护登记事项证明书等，须为发行后3个月以内的）
checklist-proxy_id = 代理人带照片的身份证明文件1份（个人编号卡、驾照、护照等，须由国家、都道府县、市区町村等发行）
checklist-inquiry_form = 照会书兼回答书（寄给本人的文件；须由本人填写、盖章，装入信封并封好）
checklist-police_receipt = 向警察报失（或报案）时的受理编号（如果知道）

## 问题和回答
question-no_card_reason = 请选择您手上没有卡的原因。
answer-no_card_reason-never_had = 从没办过
answer-no_card_reason-left_at_home = 放在家里了
answer-no_card_reason-lost = 丢失或被盗
answer-no_card_reason-damaged = 损坏或脏污
question-card_expiry_matches_cert = 卡片正面印的有效期限是{ $expiry }吗？
question-card_expiry_matches_cert-hint = 请把卡留在读卡器上，看卡的正面：出生日期旁边印有“○年○月○日まで有効”的日期（不是手写的电子证明书栏）。如果有效期限通知书上写的是“マイナンバーカード”（个人编号卡），也请选择“是”。
question-knows_pins-hint = 指4位数字的密码和6至16位英文字母和数字的签名用密码。如果您知道现在的密码，只是想更改，可以在家用电脑或智能手机更改。
question-knows_pins-for-holder = 持卡人本人记得卡的密码吗？
question-knows_pins-for-holder-hint = 指4位数字的密码和6至16位英文字母和数字的签名用密码。代理人不需要知道密码，请不要向本人询问。
question-knows_pins-legal_representative = 本人或您记得卡的密码吗？
question-knows_pins-legal_representative-hint = 指4位数字的密码和6至16位英文字母和数字的签名用密码。
question-visitor = 这是谁的卡？
question-visitor-no-card = 您要为谁办理手续？
answer-visitor-holder = 我自己的卡
answer-visitor-legal_representative = 未满15岁孩子的卡，或我所监护的成年被监护人的卡
answer-visitor-proxy = 别人的卡（受本人委托前来）
question-has_inquiry_form = 您带了照会书兼回答书吗？
question-has_inquiry_form-hint = 这是寄给本人、用来填写密码的文件（也随有效期限通知书一起寄来）。必须是本人已填写、装入信封并封好的。
question-knows_pins = 您记得卡的密码吗？
question-basic_info_changed = 电子证明书发行后，您的住址、姓名、出生日期或性别有没有变更？
question-holder_under_15_or_ward = 持卡人是未满15岁的人，或是成年被监护人吗？
question-holder_under_15_or_ward-hint = 成年监护制度：对因认知症等原因判断能力不足的人，由家庭法院选任的成年监护人代为办理手续。
