# Official terms: no Korean text by J-LIS, the Digital Agency or the ISA guidebook was found in the search corpus
# (only the ISA 生活・就労ガイドブック index page, moj.go.jp/isa/guidebook_all.html, and the Korean pages of Nagasaki and Inagi cities).
# Chosen as a Japanese government Korean page would most plausibly write them: 마이넘버카드, 이용자 증명용 전자증명서,
# 서명용 전자증명서, 비밀번호, 유효기간 통지서, 조회서 겸 회답서, 주민기본대장카드(주기카드), 마이넘버 종합 프리다이얼.

## 카드 상태
status-valid = 전자증명서의 유효기간은 { $expiry }까지입니다. 앞으로 { $days }일 남았습니다.
status-renewable = { $days ->
        [0] 전자증명서의 유효기간은 오늘({ $expiry })까지입니다.
       *[other] 전자증명서의 유효기간은 { $expiry }까지입니다. 앞으로 { $days }일 남았습니다.
    }
status-expired = 전자증명서의 유효기간은 { $expiry }까지였습니다.
status-card_expired = 마이넘버카드의 유효기간은 { $expiry }까지였습니다.
status-card_expired-undated = 마이넘버카드의 유효기간이 지났습니다.
status-no_certificate = 이 카드에는 이용자 증명용 전자증명서가 들어 있지 않습니다. 창구에서 발급받을 수 있습니다.
status-juki_card = 이 카드는 주민기본대장카드(주기카드)입니다. 주기카드 전자증명서의 발급·갱신 접수는 2015년 12월에 끝났습니다. 전자증명서를 이용하려면 마이넘버카드를 신청하십시오(첫 카드는 무료입니다).
status-smartphone = 이것은 스마트폰용 전자증명서입니다. 이 키오스크는 마이넘버카드의 전자증명서를 안내합니다. 카드를 가지고 계시면 카드를 판독기에 올려놓으십시오.
status-other_card = 마이넘버카드가 아닌 것 같습니다. 마이넘버카드를 올려놓으십시오.
status-unreadable = 카드를 읽지 못했습니다. 카드를 꺼냈다가 다시 올려놓으십시오.
status-no_card = 마이넘버카드를 가지고 계시지 않은 분을 위한 안내입니다.
status-renewable-with-card = { $days ->
        [0] 전자증명서와 카드 본체의 유효기간은 모두 오늘({ $expiry })까지입니다.
       *[other] 전자증명서와 카드 본체의 유효기간은 모두 { $expiry }까지입니다. 앞으로 { $days }일 남았습니다.
    }

## 의미와 시기
renewal-opens = 갱신은 { $date }부터 할 수 있습니다.
renewal-notice-by-post = 유효기간이 끝나기 1~3개월 전에 유효기간 통지서가 우편으로 옵니다.
renewal-open-now = 지금 갱신할 수 있습니다. 유효기간 통지서를 받지 않으셨어도 갱신할 수 있습니다.
expired-meaning = 유효기간이 지나서 마이나 보험증(건강보험증으로 이용), 마이나포털, 편의점에서의 주민표 등 발급, e-Tax 등의 온라인 신청에 사용할 수 없습니다. 카드는 얼굴 사진이 있는 본인 확인 서류로 계속 사용할 수 있습니다. 창구에서 새 전자증명서를 발급받을 수 있습니다.
card-expired-meaning = 카드의 전자증명서도 사용할 수 없습니다. 새 카드를 신청하십시오.
card-expiry = 카드 본체의 유효기간은 { $date }까지입니다.
card-expires-with-certificates = 카드 본체도 같은 날 유효기간이 끝나므로 전자증명서만 갱신할 수는 없습니다. 새 카드를 신청하십시오. 재류 기간을 갱신한 외국 국적이신 분은 카드 유효기간 연장 절차를 하시면 됩니다.
signature-revoked = 주소·성명·생년월일·성별 중 하나가 바뀌어 서명용 전자증명서를 사용할 수 없게 되었습니다. 이용자 증명용 전자증명서는 그대로 사용할 수 있습니다.
signature-not-for-minors = 15세 미만인 분과 성년후견인이 있는 분(피성년후견인)에게는 원칙적으로 서명용 전자증명서를 발급하지 않습니다. 필요하시면 창구에 문의하십시오.

## 비밀번호
pin-auth-locked = 이용자 증명용 비밀번호(숫자 4자리)는 3회 연속 잘못 입력되어 잠겼습니다. 창구에서 재설정할 수 있습니다.
pin-auth-last-try = 이용자 증명용 비밀번호(숫자 4자리)는 한 번 더 틀리면 잠깁니다. 확실하지 않으시면 입력하지 말고 창구에서 재설정하십시오.
pin-sign-locked = 서명용 비밀번호(영문·숫자 6~16자)는 5회 연속 잘못 입력되어 잠겼습니다. 창구에서 재설정할 수 있습니다.
pin-sign-last-try = 서명용 비밀번호(영문·숫자 6~16자)는 한 번 더 틀리면 잠깁니다. 확실하지 않으시면 입력하지 말고 창구에서 재설정하십시오.

## 카드를 잃어버렸거나 집에 두고 온 경우
lost-hotline-name = 마이넘버 종합 프리다이얼
lost-suspend = { $hotline_name }({ $hotline })에 전화하여 다른 사람이 사용하지 못하도록 카드 이용을 정지하십시오. 24시간 언제든지 정지할 수 있습니다.
lost-police = 경찰서나 파출소(交番)에 분실 신고(도난당한 경우에는 도난 신고)를 하십시오. 그때 받는 신고 접수 번호를 적어 두었다가 창구에 알려 주십시오.
left-at-home = 카드가 댁에 있다면 새로 만들 필요가 없습니다. 카드를 가지고 다시 방문해 주십시오.

## 하실 일
nothing-to-do = 지금은 절차가 필요하지 않습니다.
go-to-window = { $number }번 창구 ‘{ $window }’에서 절차를 진행해 주십시오.
step = { $n }. { $procedure }
visits-same-day = 절차는 당일에 모두 끝납니다.
visits-new-card = 새 카드는 신청 후 약 1개월이면 만들어집니다. 안내문이 오면 카드를 받으러 다시 방문해 주십시오.
visits-proxy-first = 대리인의 절차는 두 번 방문해야 하며, 당일에는 끝나지 않습니다. 이번 접수 후 조회서 겸 회답서(카드 명의인이 비밀번호를 적는 서류)를 명의인의 주민표상 주소로 우편으로 보냅니다(다른 주소로 전송되지 않습니다). 명의인이 적어서 봉투에 넣고 봉한 서류를 가지고 다시 방문해 주십시오.
visits-proxy-second = 카드 명의인이 적고 봉한 조회서 겸 회답서로 절차를 진행합니다. 적힌 비밀번호가 맞지 않으면 재설정해야 합니다. 이때는 조회서 겸 회답서를 다시 우편으로 보내므로 당일에는 끝나지 않습니다.
fee-free = 수수료는 없습니다.
fee-reissue = 수수료는 { $total }엔입니다(카드 재발급 { $card }엔, 전자증명서 { $cert }엔).
also-at = 이 절차는 { $offices }에서도 할 수 있습니다.
