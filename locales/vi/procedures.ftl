# Official terms: "Thẻ My Number (Thẻ mã số cá nhân)", "giấy chứng nhận điện tử", "phiếu cư trú": Higashihiroshima City, Vietnamese page (city.higashihiroshima.lg.jp/vi/3/39212.html).
# "Tổng đài miễn phí tổng hợp My Number": Hiroshima City, Vietnamese page (city.hiroshima.lg.jp/site/vietnamese/112430.html).
# No Vietnamese ISA/J-LIS/Digital Agency text found for the two certificates, PINs, 有効期限通知書, 照会書兼回答書, Juki card; chosen:
# "giấy chứng nhận điện tử xác thực người dùng / cho chữ ký số", "mã PIN (4 chữ số)", "mật khẩu chữ ký số",
# "giấy thông báo thời hạn hiệu lực", "phiếu hỏi kiêm trả lời", "Thẻ Đăng ký Cư dân Cơ bản (thẻ Juki)".
# Also chosen: "người thành niên được giám hộ" (成年被後見人), "chi nhánh" (支所), "phiếu số thứ tự" (整理券), "quầy" (窓口).

## Procedures
procedure-pin_reset = Đặt lại mã PIN
procedure-cert_renewal = Gia hạn giấy chứng nhận điện tử
procedure-cert_issuance = Cấp mới giấy chứng nhận điện tử
procedure-sign_cert_issuance = Cấp mới giấy chứng nhận điện tử cho chữ ký số
procedure-card_renewal = Đăng ký lại thẻ My Number (khi thẻ hết hạn)
procedure-card_application = Đăng ký làm thẻ My Number
procedure-card_reissue = Cấp lại thẻ My Number

## What to bring
checklist-card = Thẻ My Number (của chủ thẻ, bản gốc)
checklist-card-own = Thẻ My Number của quý vị (bản gốc)
checklist-pins = Các mã PIN đã đặt cho thẻ (các mã PIN 4 chữ số và mật khẩu chữ ký số gồm 6–16 ký tự chữ và số)
checklist-other_pins = Các mã PIN chưa bị khóa (mã bị khóa sẽ được đặt lại tại quầy)
checklist-expiry_notice = Giấy thông báo thời hạn hiệu lực (有効期限通知書), nếu đã nhận được (không có vẫn làm thủ tục được)
checklist-official_id = 1 giấy tờ tùy thân do cơ quan nhà nước hoặc chính quyền địa phương cấp (bằng lái xe, hộ chiếu, thẻ lưu trú, sổ tay người khuyết tật, sổ lương hưu v.v.; còn hạn)
checklist-legal_rep_id = 1 giấy tờ tùy thân của người đại diện theo pháp luật (thẻ My Number, bằng lái xe, hộ chiếu v.v.)
checklist-agency_proof = Giấy tờ chứng minh quyền đại diện (bản sao hộ tịch koseki, giấy chứng nhận đăng ký giám hộ thành niên v.v.; cấp trong vòng 3 tháng gần đây)
checklist-proxy_id = 1 giấy tờ tùy thân có ảnh của người được ủy quyền, do cơ quan nhà nước hoặc chính quyền địa phương cấp (thẻ My Number, bằng lái xe, hộ chiếu v.v.)
checklist-inquiry_form = Phiếu hỏi kiêm trả lời (照会書兼回答書) gửi qua bưu điện cho chủ thẻ, đã được chủ thẻ điền, đóng dấu, cho vào phong bì và dán kín
checklist-police_receipt = Số tiếp nhận khi trình báo mất đồ (hoặc mất trộm) với cảnh sát (nếu biết)

## Questions and answers
question-no_card_reason = Vui lòng chọn lý do quý vị không có thẻ.
answer-no_card_reason-never_had = Chưa từng làm thẻ
answer-no_card_reason-left_at_home = Để quên ở nhà
answer-no_card_reason-lost = Bị mất hoặc bị trộm
answer-no_card_reason-damaged = Bị hỏng hoặc bị bẩn
question-card_expiry_matches_cert = Ngày hết hạn in ở mặt trước thẻ có phải là { $expiry } không?
question-card_expiry_matches_cert-hint = Vui lòng để nguyên thẻ trên máy đọc và xem mặt trước. Đó là ngày in bên cạnh ngày sinh, dạng “○年○月○日まで有効” (có hiệu lực đến ngày…), không phải ô ghi tay về giấy chứng nhận điện tử. Nếu giấy thông báo thời hạn hiệu lực ghi “マイナンバーカード” (thẻ My Number), cũng vui lòng chọn “Có”.
question-knows_pins-hint = Đó là mã PIN 4 chữ số và mật khẩu chữ ký số gồm 6–16 ký tự chữ và số. Nếu quý vị biết mã hiện tại và chỉ muốn đổi mã, quý vị có thể tự đổi tại nhà bằng máy tính hoặc điện thoại thông minh.
question-knows_pins-for-holder = Chủ thẻ có nhớ mã PIN của thẻ không?
question-knows_pins-for-holder-hint = Đó là mã PIN 4 chữ số và mật khẩu chữ ký số gồm 6–16 ký tự chữ và số. Quý vị không cần biết các mã này. Vui lòng không hỏi chủ thẻ về các mã này.
question-knows_pins-legal_representative = Chủ thẻ hoặc quý vị có nhớ mã PIN của thẻ không?
question-knows_pins-legal_representative-hint = Đó là mã PIN 4 chữ số và mật khẩu chữ ký số gồm 6–16 ký tự chữ và số.
question-visitor = Đây là thẻ của ai?
question-visitor-no-card = Quý vị làm thủ tục cho ai?
answer-visitor-holder = Thẻ của tôi
answer-visitor-legal_representative = Thẻ của con tôi (dưới 15 tuổi), hoặc thẻ của người thành niên mà tôi là người giám hộ
answer-visitor-proxy = Thẻ của người khác (tôi được chủ thẻ nhờ đến)
question-has_inquiry_form = Quý vị có mang theo phiếu hỏi kiêm trả lời (照会書兼回答書) không?
question-has_inquiry_form-hint = Đó là giấy gửi qua bưu điện cho chủ thẻ để ghi mã PIN (cũng được gửi kèm giấy thông báo thời hạn hiệu lực). Phiếu phải được chủ thẻ điền, cho vào phong bì và dán kín.
question-knows_pins = Quý vị có nhớ mã PIN của thẻ không?
question-basic_info_changed = Sau khi được cấp giấy chứng nhận điện tử, địa chỉ, họ tên, ngày sinh hoặc giới tính có thay đổi không?
question-holder_under_15_or_ward = Chủ thẻ có phải là người dưới 15 tuổi, hoặc người thành niên được giám hộ không?
question-holder_under_15_or_ward-hint = Giám hộ thành niên (成年後見) là chế độ mà người giám hộ do tòa án gia đình chọn sẽ làm thủ tục thay cho người không đủ khả năng tự phán đoán, chẳng hạn do sa sút trí tuệ.
