# Official terms: no Korean text by J-LIS, the Digital Agency or the ISA guidebook was found in the search corpus
# (only the ISA 生活・就労ガイドブック index page, moj.go.jp/isa/guidebook_all.html, and the Korean pages of Nagasaki and Inagi cities).
# Chosen as a Japanese government Korean page would most plausibly write them: 마이넘버카드, 이용자 증명용 전자증명서,
# 서명용 전자증명서, 비밀번호, 유효기간 통지서, 조회서 겸 회답서, 주민기본대장카드(주기카드), 마이넘버 종합 프리다이얼.

## 번호표
ticket-issued = { $date } { $time } 발급
ticket-your-number = 접수 번호
ticket-counter = { $number }번 창구
ticket-bring = 준비물
# 이 언어의 이름(언어 버튼)과 직원용 칸에 쓰는 일본어 이름
language-name = 한국어
language-name-in-japanese = 韓国語
language-name-in-english = Korean
ticket-check-card = 직원분께: 이 카드의 전자증명서를 확인하지 못했습니다. 카드를 확인해 주십시오.
ticket-test-card = 직원분께: 시험용 카드입니다.
ticket-more-info = 자세한 안내
ticket-follow-on-phone = QR 코드를 스캔하면 호출 상황을 스마트폰으로 확인할 수 있습니다
ticket-please-wait = 번호를 부를 때까지 기다려 주십시오.
slip-footer = 지금은 번호를 드릴 수 없습니다. 불편을 드려 죄송합니다.
ticket-wait = { $count ->
    [0] 앞에 기다리는 분이 없습니다
   *[other] 앞에 { $count }명 (예상 { $band })
}
ticket-reprint = 재발행 { $time }
