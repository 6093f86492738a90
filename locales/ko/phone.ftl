# Official terms: no Korean text by J-LIS, the Digital Agency or the ISA guidebook was found in the search corpus
# (only the ISA 生活・就労ガイドブック index page, moj.go.jp/isa/guidebook_all.html, and the Korean pages of Nagasaki and Inagi cities).
# Chosen as a Japanese government Korean page would most plausibly write them: 마이넘버카드, 이용자 증명용 전자증명서,
# 서명용 전자증명서, 비밀번호, 유효기간 통지서, 조회서 겸 회답서, 주민기본대장카드(주기카드), 마이넘버 종합 프리다이얼.

## 주민의 스마트폰 페이지
phone-title = 번호표
phone-updates = 이 화면은 자동으로 업데이트됩니다.
phone-lost = 연결이 끊겼습니다. 다시 연결하고 있습니다. 잠시 기다려 주십시오.
phone-ended = 이 번호표의 호출은 끝났습니다.
phone-your-turn = 오래 기다리셨습니다. { $counter }로 와 주십시오.
phone-serving = 지금 창구에서 절차를 진행하고 있습니다.
phone-missed = 번호를 불러 드렸지만 오시지 않았습니다.
phone-missed-what = 창구 직원에게 번호표를 보여 주십시오.
phone-ahead = { $count ->
    [0] 다음 순서입니다. 창구 근처에서 기다려 주십시오.
   *[other] 앞에 { $count }명이 기다리고 있습니다.
}
phone-wait = 예상 대기 시간: { $band }
