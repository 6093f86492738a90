# Official terms: "Thẻ My Number (Thẻ mã số cá nhân)", "giấy chứng nhận điện tử", "phiếu cư trú": Higashihiroshima City, Vietnamese page (city.higashihiroshima.lg.jp/vi/3/39212.html).
# "Tổng đài miễn phí tổng hợp My Number": Hiroshima City, Vietnamese page (city.hiroshima.lg.jp/site/vietnamese/112430.html).
# No Vietnamese ISA/J-LIS/Digital Agency text found for the two certificates, PINs, 有効期限通知書, 照会書兼回答書, Juki card; chosen:
# "giấy chứng nhận điện tử xác thực người dùng / cho chữ ký số", "mã PIN (4 chữ số)", "mật khẩu chữ ký số",
# "giấy thông báo thời hạn hiệu lực", "phiếu hỏi kiêm trả lời", "Thẻ Đăng ký Cư dân Cơ bản (thẻ Juki)".
# Also chosen: "người thành niên được giám hộ" (成年被後見人), "chi nhánh" (支所), "phiếu số thứ tự" (整理券), "quầy" (窓口).

## The resident's phone page
phone-title = Phiếu số thứ tự
phone-updates = Trang này tự động cập nhật.
phone-lost = Mất kết nối. Đang kết nối lại, vui lòng chờ trong giây lát.
phone-ended = Việc gọi số cho phiếu số thứ tự này đã kết thúc.
phone-your-turn = Cảm ơn quý vị đã chờ. Vui lòng đến { $counter }.
phone-serving = Quý vị đang làm thủ tục tại quầy.
phone-missed = Chúng tôi đã gọi số của quý vị nhưng không thấy quý vị đến.
phone-missed-what = Vui lòng đưa phiếu số thứ tự cho nhân viên tại quầy.
phone-ahead = { $count ->
    [0] Quý vị là người tiếp theo. Vui lòng chờ gần quầy.
   *[other] Có { $count } người đang chờ trước quý vị.
}
phone-wait = Thời gian chờ dự kiến: { $band }
