# Official terms: no Korean text by J-LIS, the Digital Agency or the ISA guidebook was found in the search corpus
# (only the ISA 生活・就労ガイドブック index page, moj.go.jp/isa/guidebook_all.html, and the Korean pages of Nagasaki and Inagi cities).
# Chosen as a Japanese government Korean page would most plausibly write them: 마이넘버카드, 이용자 증명용 전자증명서,
# 서명용 전자증명서, 비밀번호, 유효기간 통지서, 조회서 겸 회답서, 주민기본대장카드(주기카드), 마이넘버 종합 프리다이얼.

## 화면
waiting-title = 마이넘버카드를 판독기에 올려놓으십시오
waiting-how = 카드 앞면이 위로 오게 하여 판독기 위에 평평하게 올려놓으십시오. 카드를 꽂는 판독기라면 IC 칩 쪽부터 넣으십시오.
waiting-hours = 오늘 접수 시간: { $open }~{ $close }
waiting-no-reception = 오늘은 창구에서 접수하지 않습니다.
counters-open = 지금 접수 중입니다.
counters-closed = 지금은 접수 시간이 아닙니다. 다음 접수는 { $date } { $time }부터입니다.
no-card = 카드가 없는 경우
reading-title = 카드를 읽는 중입니다
reading-keep = 카드를 움직이지 마십시오.
# 상태 제목: 가장 중요한 한 가지.
headline-card_expired = 카드의 유효기간이 지났습니다
headline-juki_card = 주기카드의 전자증명서는 사용할 수 없습니다
headline-cert_expired = 전자증명서의 유효기간이 지났습니다
headline-no_certificate = 전자증명서가 들어 있지 않습니다
headline-new_card_due = 새 카드를 신청해야 합니다
headline-pin_locked = 비밀번호가 잠겨 있습니다
headline-renewable = 전자증명서를 갱신할 시기입니다
headline-signature_revoked = 서명용 전자증명서를 사용할 수 없게 되었습니다
headline-valid = 전자증명서는 유효합니다
headline-smartphone = 스마트폰용 전자증명서입니다
headline-other_card = 마이넘버카드가 아닙니다
headline-unreadable = 카드를 읽지 못했습니다
headline-no_card = 카드가 없는 분
headline-lost = 먼저 카드 이용을 정지하십시오
headline-left_at_home = 카드를 가지고 다시 방문해 주십시오
# 제목 표시 옆의 말(색만으로 전하지 않음)
sign-fine = 문제없음
sign-act = 절차 필요
sign-stopped = 사용 불가
sign-info = 안내
next = 다음
finish = 마치기
back = 이전
start-over = 처음부터 다시
get-ticket = 번호표 받기
counter-closed-no-ticket = 접수 시간이 아니므로 번호표를 발급할 수 없습니다.
checklist-title = 창구에서 하실 절차
checklist-if-missing = 빠진 것이 있어도 그대로 창구에서 상담하십시오.
conclusion-title = 오늘은 절차가 필요하지 않습니다
conclusion-fine = 카드와 전자증명서는 문제없이 사용할 수 있습니다.
conclusion-title-unverified = 만일을 위해 창구에서 카드를 보여 주십시오
conclusion-unverified = 이 키오스크에서는 카드의 전자증명서를 확인하지 못했습니다. 창구에서 직원이 확인합니다.
ask-counter = 창구에서 상담하기
put-back-title = 카드를 판독기에 다시 올려놓으십시오
put-back-body = 다시 올려놓으면 이어서 진행합니다. 올려놓지 않으면 { $seconds }초 후에 첫 화면으로 돌아갑니다.
issuing = 번호표를 발급하고 있습니다…
ticket-screen-title = 번호표를 받아 가십시오
ticket-not-printed = 번호표를 인쇄하지 못했습니다. 이 번호를 적어 두고 창구로 가십시오.
take-your-ticket-and-card = 번호표와 카드를 챙겨 가십시오
take-card-title = 카드를 챙겨 가십시오
take-card-body = 카드가 판독기에 남아 있습니다.
no-ticket-cap = 이 창구의 오늘 번호표는 마감되었습니다. 창구 직원에게 말씀해 주십시오.
no-ticket-failed = 지금은 번호표를 발급할 수 없습니다. 번거로우시겠지만 접수 창구로 가십시오.
no-ticket-full = 이 창구는 오늘 접수 시간 안에 도와드릴 수 있는 인원이 다 찼습니다. 번호표를 발급할 수 없습니다.
slip-title = 번호가 없는 안내지를 가져가십시오
slip-title-not-printed = 지금은 번호표를 발급할 수 없습니다
slip-show-staff = 번호 없음: 이 종이를 접수 창구 직원에게 보여 주십시오.
slip-not-printed = 안내지도 인쇄하지 못했습니다. 접수 창구 직원에게 이 화면에 나온 창구 이름을 알려 주십시오.
could-not-read-again = 카드를 꺼냈다가 다시 올려놓으십시오.
could-not-read-how = 카드는 한 장만, 케이스에서 꺼내어 앞면이 위로 오게 평평하게 올려놓으십시오.
help-offer = 여러 번 시도했지만 카드를 읽지 못했습니다. 창구에서 도와드리겠으니 상담용 번호표를 받으십시오.
out-of-service-title = 지금은 준비 중입니다
out-of-service-body = 죄송하지만 접수 창구로 가십시오.
countdown-title = 절차를 계속하시겠습니까?
countdown = { $seconds }초 후에 첫 화면으로 돌아갑니다.
more-time = 계속하기
counter-closed-today = 이 절차를 담당하는 창구는 오늘 쉽니다. 죄송하지만 다른 날 방문해 주십시오.
counter-closed-today-go-elsewhere = 이 절차를 담당하는 창구는 오늘 쉽니다. 위에 적힌 지소 등을 이용하십시오.
# The line at the counter, when the office calls numbers through madoguchi.
wait-nobody = 지금 이 창구에서 기다리는 분이 없습니다.
wait-line = 지금 { $count }명이 기다리고 있습니다. 예상 대기 시간은 { $band }입니다.
wait-band-none = 대기 없음
wait-band-10 = 약 10분
wait-band-10-20 = 10~20분
wait-band-20-30 = 20~30분
wait-band-30 = 30분 이상
full-today = 이 창구는 오늘 접수 시간 안에 도와드릴 수 있는 인원이 다 찼습니다. 죄송하지만 오늘은 번호표를 발급할 수 없습니다.
full-go-elsewhere = 위에 적힌 지소 등에서도 이 절차를 할 수 있습니다.
full-come-back = 다음 접수는 { $date } { $time }부터입니다.
broken-config-title = 설정 파일에 오류가 있습니다
broken-config-body = 직원분께: 이 단말기는 설정 파일(아래에 표시)을 읽을 수 없어 정지했습니다. 담당 부서(정보시스템)에 연락하십시오. 파일이 고쳐지면 자동으로 다시 시작합니다.

# The lobby display (madoguchi server).
display-title = 호출 중인 번호
display-recent = 지난 호출
display-waiting = 대기 중
display-lost = 서버와 연결이 끊겼습니다. 다시 연결하고 있습니다…
display-database-down = 데이터베이스에 연결할 수 없습니다. 이 화면은 { $time } 이후 업데이트되지 않았습니다.
display-nobody-called = 아직 호출된 번호가 없습니다
call-phrase = 접수 번호 { $prefix } { $seq }번 고객님, { $desk }번 창구로 와 주십시오.

## 발권 일시 중지 중(주민용)
preparing-title = 지금은 준비 중입니다
preparing-body = 잠시 기다려 주십시오. 급하신 분은 접수 창구로 가십시오.

## 언어 선택
# 첫 화면의 "Language / 言語 / …" 버튼에 제공하는 언어마다 이 낱말을 나란히 씁니다
language-word = 언어
languages-title = 언어를 선택하십시오
