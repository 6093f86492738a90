# Official terms: "Thẻ My Number (Thẻ mã số cá nhân)", "giấy chứng nhận điện tử", "phiếu cư trú": Higashihiroshima City, Vietnamese page (city.higashihiroshima.lg.jp/vi/3/39212.html).
# "Tổng đài miễn phí tổng hợp My Number": Hiroshima City, Vietnamese page (city.hiroshima.lg.jp/site/vietnamese/112430.html).
# No Vietnamese ISA/J-LIS/Digital Agency text found for the two certificates, PINs, 有効期限通知書, 照会書兼回答書, Juki card; chosen:
# "giấy chứng nhận điện tử xác thực người dùng / cho chữ ký số", "mã PIN (4 chữ số)", "mật khẩu chữ ký số",
# "giấy thông báo thời hạn hiệu lực", "phiếu hỏi kiêm trả lời", "Thẻ Đăng ký Cư dân Cơ bản (thẻ Juki)".
# Also chosen: "người thành niên được giám hộ" (成年被後見人), "chi nhánh" (支所), "phiếu số thứ tự" (整理券), "quầy" (窓口).

# Date: CLDR vi full date. $weekday is 1 for Monday.
date = { $weekday ->
        [1] Thứ Hai
        [2] Thứ Ba
        [3] Thứ Tư
        [4] Thứ Năm
        [5] Thứ Sáu
        [6] Thứ Bảy
       *[7] Chủ Nhật
    }, { $day } tháng { $month }, { $year }
list-separator = {", "}
# Giữa hai mục cuối của danh sách
list-last-separator = {" và "}
yes = Có
no = Không
# Time: CLDR vi short time HH:mm (hour with a leading zero).
time = { $hour ->
        [0] 00
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $hour }
    }:{ $minute }
# Between groups of three digits
thousands-separator = {"."}
# No text in this language in kiosk.toml: the English, with the Japanese beside it
city-text-fallback = { $text } ({ $japanese })
