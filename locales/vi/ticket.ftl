# Official terms: "Thẻ My Number (Thẻ mã số cá nhân)", "giấy chứng nhận điện tử", "phiếu cư trú": Higashihiroshima City, Vietnamese page (city.higashihiroshima.lg.jp/vi/3/39212.html).
# "Tổng đài miễn phí tổng hợp My Number": Hiroshima City, Vietnamese page (city.hiroshima.lg.jp/site/vietnamese/112430.html).
# No Vietnamese ISA/J-LIS/Digital Agency text found for the two certificates, PINs, 有効期限通知書, 照会書兼回答書, Juki card; chosen:
# "giấy chứng nhận điện tử xác thực người dùng / cho chữ ký số", "mã PIN (4 chữ số)", "mật khẩu chữ ký số",
# "giấy thông báo thời hạn hiệu lực", "phiếu hỏi kiêm trả lời", "Thẻ Đăng ký Cư dân Cơ bản (thẻ Juki)".
# Also chosen: "người thành niên được giám hộ" (成年被後見人), "chi nhánh" (支所), "phiếu số thứ tự" (整理券), "quầy" (窓口).

## The ticket
ticket-issued = Phát lúc { $time }, { $date }
ticket-your-number = Số thứ tự
ticket-counter = Quầy số { $number }
ticket-bring = Cần mang theo
# This language's own name (its button), and its name in Japanese for the staff block
language-name = Tiếng Việt
language-name-in-japanese = ベトナム語
language-name-in-english = Vietnamese
ticket-check-card = Dành cho nhân viên: không kiểm tra được giấy chứng nhận điện tử của thẻ này. Vui lòng kiểm tra thẻ.
ticket-test-card = Dành cho nhân viên: đây là thẻ thử nghiệm.
ticket-more-info = Hướng dẫn chi tiết
ticket-follow-on-phone = Quét mã QR để xem tình trạng gọi số trên điện thoại thông minh
ticket-please-wait = Vui lòng chờ đến khi được gọi số.
slip-footer = Hiện không thể cấp số. Xin lỗi vì sự bất tiện.
ticket-wait = { $count ->
    [0] Không có ai chờ trước quý vị
   *[other] Có { $count } người chờ trước quý vị (dự kiến { $band })
}
ticket-reprint = In lại { $time }
