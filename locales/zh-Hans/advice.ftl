# 官方用语：本机资料中未能找到入管厅《生活・就労ガイドブック》中文版及J-LIS、数字厅中文页正文；
# 仅见内阁府/总务省多语言资料（CLAIR多语言页、cas.go.jp中文页）用“个人编号”“个人编号卡”。
# 签名用/用户证明用电子证明书、密码、有效期限通知书、照会书兼回答书、住民基本台账卡、
# 个人编号综合免费电话为参照日本政府中文资料惯例自选的译法。

## 卡片状态
status-valid = 电子证明书的有效期限至{ $expiry }，还剩{ $days }天。
status-renewable = { $days ->
        [0] 电子证明书今天（{ $expiry }）到期。
       *[other] 电子证明书将于{ $expiry }到期，还剩{ $days }天。
    }
status-expired = 电子证明书已于{ $expiry }过期。
status-card_expired = 个人编号卡已于{ $expiry }过期。
status-card_expired-undated = 个人编号卡已过期。
status-no_certificate = 这张卡里没有用户证明用电子证明书。窗口可以为您发行。
status-juki_card = 这是住民基本台账卡（住基卡）。住基卡电子证明书的发行和更新，已于2015年12月停止受理。如需使用电子证明书，请申请个人编号卡（首次办卡免费）。
status-smartphone = 这是智能手机里的电子证明书。本机只说明个人编号卡的电子证明书。如果您带了卡，请把卡放在读卡器上。
status-other_card = 这好像不是个人编号卡。请把个人编号卡放在读卡器上。
status-unreadable = 无法读取卡片。请取出卡片，再放一次。
status-no_card = 以下是手上没有个人编号卡时的说明。
status-renewable-with-card = { $days ->
        [0] 电子证明书和卡片本身都在今天（{ $expiry }）到期。
       *[other] 电子证明书和卡片本身都将于{ $expiry }到期，还剩{ $days }天。
    }

## 意思和时间
renewal-opens = 从{ $date }起可以办理更新手续。
renewal-notice-by-post = 到期前1至3个月，您会收到邮寄的有效期限通知书。
renewal-open-now = 现在可以办理更新手续。没有收到有效期限通知书也可以办理。
expired-meaning = 由于已经过期，卡片现在不能当作健康保险证使用（マイナ保険証），也不能用于Mynaportal（マイナポータル）、在便利店打印住民票等证明，或e-Tax等网上申请。卡片仍可作为带照片的身份证明文件使用。窗口可以为您发行新的电子证明书。
card-expired-meaning = 卡上的电子证明书也不能使用。请申请新卡。
card-expiry = 卡片本身的有效期限至{ $date }。
card-expires-with-certificates = 卡片本身也在同一天到期，所以不能只更新电子证明书。请申请新卡。外国籍居民如已更新在留期间，则需办理延长卡片有效期限的手续。
signature-revoked = 由于住址、姓名、出生日期或性别有变更，签名用电子证明书已不能使用。用户证明用电子证明书仍可照常使用。
signature-not-for-minors = 原则上，不向未满15岁的人和有成年监护人的人（成年被监护人）发行签名用电子证明书。如有需要，请到窗口咨询。

## 密码
pin-auth-locked = 用户证明用密码（4位数字）因连续输错3次，已被锁定。可以在窗口重新设置。
pin-auth-last-try = 用户证明用密码（4位数字）再输错1次就会被锁定。如果没有把握，请不要输入，到窗口重新设置。
pin-sign-locked = 签名用密码（6至16位英文字母和数字）因连续输错5次，已被锁定。可以在窗口重新设置。
pin-sign-last-try = 签名用密码（6至16位英文字母和数字）再输错1次就会被锁定。如果没有把握，请不要输入，到窗口重新设置。

## 卡片丢失、放在家里
lost-hotline-name = 个人编号综合免费电话
lost-suspend = 请拨打{ $hotline_name }（{ $hotline }），停用您的卡，以免被他人使用。24小时都可以办理停用。
lost-police = 请到警察署或派出所（交番）报失（被盗时请报案）。请记下警察告知的受理编号，并在窗口告诉工作人员。
left-at-home = 如果卡在家里，就不需要重新办卡。请带上卡再来一次。

## 要办的事
nothing-to-do = 现在不需要办理手续。
go-to-window = 请到{ $number }号窗口“{ $window }”办理手续。
step = { $n }. { $procedure }
visits-same-day = 手续当天就能办完。
visits-new-card = 新卡从申请到做好大约需要1个月。收到通知后，请再来领取。
visits-proxy-first = 由代理人办理需要来两次，当天无法办完。本次受理后，我们会把照会书兼回答书（由本人填写密码的文件）邮寄到本人住民票上的地址（不会转寄）。请本人填写并装入信封封好后，由您带着它再来一次。
visits-proxy-second = 本次使用本人填写并封好的照会书兼回答书办理。如果所填的密码不对，就需要重新设置，并重新邮寄照会书兼回答书，所以当天无法办完。
fee-free = 不收手续费。
fee-reissue = 手续费为{ $total }日元（补发卡片{ $card }日元，电子证明书{ $cert }日元）。
also-at = 此手续也可以在{ $offices }办理。
