# Official terms: no Korean text by J-LIS, the Digital Agency or the ISA guidebook was found in the search corpus
# (only the ISA 生活・就労ガイドブック index page, moj.go.jp/isa/guidebook_all.html, and the Korean pages of Nagasaki and Inagi cities).
# Chosen as a Japanese government Korean page would most plausibly write them: 마이넘버카드, 이용자 증명용 전자증명서,
# 서명용 전자증명서, 비밀번호, 유효기간 통지서, 조회서 겸 회답서, 주민기본대장카드(주기카드), 마이넘버 종합 프리다이얼.

## 절차
procedure-pin_reset = 비밀번호 재설정
procedure-cert_renewal = 전자증명서 갱신
procedure-cert_issuance = 전자증명서 신규 발급
procedure-sign_cert_issuance = 서명용 전자증명서 신규 발급
procedure-card_renewal = 마이넘버카드 재신청(유효기간 만료)
procedure-card_application = 마이넘버카드 신청
procedure-card_reissue = 마이넘버카드 재발급

## 준비물
checklist-card = 카드 명의인의 마이넘버카드(원본)
checklist-card-own = 본인의 마이넘버카드(원본)
checklist-pins = 카드에 설정한 비밀번호(숫자 4자리 비밀번호와 영문·숫자 6~16자의 서명용 비밀번호)
checklist-other_pins = 잠기지 않은 비밀번호(잠긴 비밀번호는 창구에서 재설정합니다)
checklist-expiry_notice = 유효기간 통지서(받으신 경우. 없어도 절차를 할 수 있습니다)
checklist-official_id = 관공서가 발행한 본인 확인 서류 1가지(운전면허증, 여권, 재류카드, 장애인수첩, 연금수첩 등. 유효기간이 지나지 않은 것)
checklist-legal_rep_id = 법정대리인의 본인 확인 서류 1가지(마이넘버카드, 운전면허증, 여권 등)
checklist-agency_proof = 대리권을 증명하는 서류(호적등본, 성년후견 등기사항증명서 등. 발행 후 3개월 이내의 것)
checklist-proxy_id = 대리인의 얼굴 사진이 있는 본인 확인 서류 1가지(마이넘버카드, 운전면허증, 여권 등. 관공서가 발행한 것)
checklist-inquiry_form = 조회서 겸 회답서(카드 명의인 앞으로 우편으로 온 서류. 명의인이 기입·날인하고 봉투에 넣어 봉한 것)
checklist-police_receipt = 경찰에 분실 신고(도난 신고)를 했을 때 받은 신고 접수 번호(알고 계신 경우)

## 질문과 답
question-no_card_reason = 카드를 가지고 계시지 않은 이유를 선택하십시오.
answer-no_card_reason-never_had = 만든 적이 없음
answer-no_card_reason-left_at_home = 집에 두고 옴
answer-no_card_reason-lost = 분실 또는 도난
answer-no_card_reason-damaged = 파손되거나 더러워짐
question-card_expiry_matches_cert = 카드 앞면에 인쇄된 유효기간이 { $expiry }입니까?
question-card_expiry_matches_cert-hint = 카드를 판독기에 올려 둔 채로 앞면을 보십시오. 생년월일 옆에 인쇄된 「○年○月○日まで有効」(○년 ○월 ○일까지 유효)의 날짜입니다(손으로 적은 전자증명서 칸이 아닙니다). 유효기간 통지서에 「マイナンバーカード」(마이넘버카드)라고 적혀 있을 때도 ‘예’를 선택하십시오.
question-knows_pins-hint = 숫자 4자리 비밀번호와 영문·숫자 6~16자의 서명용 비밀번호입니다. 지금 비밀번호를 알고 계시고 바꾸기만 하려면 댁에서 컴퓨터나 스마트폰으로 변경할 수 있습니다.
question-knows_pins-for-holder = 카드 명의인은 카드 비밀번호를 기억하고 계십니까?
question-knows_pins-for-holder-hint = 숫자 4자리 비밀번호와 영문·숫자 6~16자의 서명용 비밀번호입니다. 대리인은 비밀번호를 알 필요가 없습니다. 명의인에게 묻지 마십시오.
question-knows_pins-legal_representative = 명의인 본인이나 귀하께서 카드 비밀번호를 기억하고 계십니까?
question-knows_pins-legal_representative-hint = 숫자 4자리 비밀번호와 영문·숫자 6~16자의 서명용 비밀번호입니다.
question-visitor = 어느 분의 카드입니까?
question-visitor-no-card = 어느 분을 위한 절차입니까?
answer-visitor-holder = 본인 카드
answer-visitor-legal_representative = 15세 미만 자녀의 카드, 또는 제가 성년후견인을 맡고 있는 분의 카드
answer-visitor-proxy = 다른 사람의 카드(부탁을 받아 대신 방문)
question-has_inquiry_form = 조회서 겸 회답서를 가지고 계십니까?
question-has_inquiry_form-hint = 카드 명의인 앞으로 우편으로 오는, 비밀번호를 적는 서류입니다(유효기간 통지서에도 동봉되어 있습니다). 명의인이 기입하고 봉투에 넣어 봉한 것이 필요합니다.
question-knows_pins = 카드 비밀번호를 기억하고 계십니까?
question-basic_info_changed = 전자증명서를 발급받은 뒤 주소·성명·생년월일·성별 중 바뀐 것이 있습니까?
question-holder_under_15_or_ward = 카드 명의인이 15세 미만이거나 성년후견을 받고 있는 분입니까?
question-holder_under_15_or_ward-hint = 성년후견이란 치매 등으로 판단 능력이 충분하지 않은 분을 대신하여 가정법원이 선임한 성년후견인이 절차를 밟는 제도입니다.
