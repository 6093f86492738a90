# Official terms: "Thẻ My Number (Thẻ mã số cá nhân)", "giấy chứng nhận điện tử", "phiếu cư trú": Higashihiroshima City, Vietnamese page (city.higashihiroshima.lg.jp/vi/3/39212.html).
# "Tổng đài miễn phí tổng hợp My Number": Hiroshima City, Vietnamese page (city.hiroshima.lg.jp/site/vietnamese/112430.html).
# No Vietnamese ISA/J-LIS/Digital Agency text found for the two certificates, PINs, 有効期限通知書, 照会書兼回答書, Juki card; chosen:
# "giấy chứng nhận điện tử xác thực người dùng / cho chữ ký số", "mã PIN (4 chữ số)", "mật khẩu chữ ký số",
# "giấy thông báo thời hạn hiệu lực", "phiếu hỏi kiêm trả lời", "Thẻ Đăng ký Cư dân Cơ bản (thẻ Juki)".
# Also chosen: "người thành niên được giám hộ" (成年被後見人), "chi nhánh" (支所), "phiếu số thứ tự" (整理券), "quầy" (窓口).

## The card's state
status-valid = Giấy chứng nhận điện tử có hiệu lực đến { $expiry }. Còn { $days } ngày nữa.
status-renewable = { $days ->
        [0] Giấy chứng nhận điện tử hết hạn hôm nay, { $expiry }.
       *[other] Giấy chứng nhận điện tử hết hạn vào { $expiry }. Còn { $days } ngày nữa.
    }
status-expired = Giấy chứng nhận điện tử đã hết hạn vào { $expiry }.
status-card_expired = Thẻ My Number đã hết hạn vào { $expiry }.
status-card_expired-undated = Thẻ My Number đã hết hạn.
status-no_certificate = Thẻ này không có giấy chứng nhận điện tử xác thực người dùng. Quý vị có thể xin cấp tại quầy.
status-juki_card = Đây là Thẻ Đăng ký Cư dân Cơ bản (thẻ Juki). Việc cấp và gia hạn giấy chứng nhận điện tử cho thẻ Juki đã kết thúc vào tháng 12 năm 2015. Để dùng giấy chứng nhận điện tử, vui lòng đăng ký làm thẻ My Number (thẻ đầu tiên được miễn phí).
status-smartphone = Đây là giấy chứng nhận điện tử trên điện thoại thông minh. Máy này hướng dẫn về giấy chứng nhận điện tử trên thẻ My Number. Nếu quý vị có mang theo thẻ, vui lòng đặt thẻ lên máy đọc.
status-other_card = Thẻ này có vẻ không phải là thẻ My Number. Vui lòng đặt thẻ My Number lên máy đọc.
status-unreadable = Không đọc được thẻ. Vui lòng lấy thẻ ra và đặt lại.
status-no_card = Hướng dẫn dành cho người không có thẻ My Number bên mình.
status-renewable-with-card = { $days ->
        [0] Cả giấy chứng nhận điện tử và thẻ đều hết hạn hôm nay, { $expiry }.
       *[other] Cả giấy chứng nhận điện tử và thẻ đều hết hạn vào { $expiry }. Còn { $days } ngày nữa.
    }

## What it means, and when
renewal-opens = Quý vị có thể làm thủ tục gia hạn từ { $date }.
renewal-notice-by-post = Giấy thông báo thời hạn hiệu lực sẽ được gửi qua bưu điện 1–3 tháng trước khi hết hạn.
renewal-open-now = Bây giờ quý vị có thể làm thủ tục gia hạn. Dù chưa nhận được giấy thông báo thời hạn hiệu lực, quý vị vẫn làm được.
expired-meaning = Vì đã hết hạn, thẻ không còn dùng được làm thẻ bảo hiểm y tế (マイナ保険証), để đăng nhập Mynaportal, để lấy phiếu cư trú v.v. tại cửa hàng tiện lợi, hay để nộp hồ sơ trực tuyến như e-Tax. Thẻ vẫn dùng được làm giấy tờ tùy thân có ảnh. Quầy có thể cấp giấy chứng nhận điện tử mới.
card-expired-meaning = Giấy chứng nhận điện tử trên thẻ cũng không dùng được. Vui lòng đăng ký làm thẻ mới.
card-expiry = Thẻ có hiệu lực đến { $date }.
card-expires-with-certificates = Vì thẻ cũng hết hạn cùng ngày nên không thể chỉ gia hạn giấy chứng nhận điện tử. Vui lòng đăng ký làm thẻ mới. Nếu quý vị là người nước ngoài và đã gia hạn thời hạn lưu trú, thủ tục sẽ là kéo dài thời hạn hiệu lực của thẻ.
signature-revoked = Vì địa chỉ, họ tên, ngày sinh hoặc giới tính đã thay đổi, giấy chứng nhận điện tử cho chữ ký số không còn dùng được. Giấy chứng nhận điện tử xác thực người dùng vẫn dùng được như cũ.
signature-not-for-minors = Về nguyên tắc, giấy chứng nhận điện tử cho chữ ký số không được cấp cho người dưới 15 tuổi và người thành niên được giám hộ (có người giám hộ do tòa án chỉ định). Nếu cần, vui lòng hỏi tại quầy.

## PINs
pin-auth-locked = Mã PIN xác thực người dùng (4 chữ số) đã bị khóa vì nhập sai 3 lần liên tiếp. Quý vị có thể đặt lại mã tại quầy.
pin-auth-last-try = Mã PIN xác thực người dùng (4 chữ số) sẽ bị khóa nếu nhập sai thêm 1 lần. Nếu không chắc chắn, xin đừng nhập thử; vui lòng đặt lại mã tại quầy.
pin-sign-locked = Mật khẩu chữ ký số (6–16 ký tự chữ và số) đã bị khóa vì nhập sai 5 lần liên tiếp. Quý vị có thể đặt lại mật khẩu tại quầy.
pin-sign-last-try = Mật khẩu chữ ký số (6–16 ký tự chữ và số) sẽ bị khóa nếu nhập sai thêm 1 lần. Nếu không chắc chắn, xin đừng nhập thử; vui lòng đặt lại mật khẩu tại quầy.

## A card lost, or left at home
lost-hotline-name = Tổng đài miễn phí tổng hợp My Number
lost-suspend = Vui lòng gọi đến { $hotline_name } ({ $hotline }) để tạm ngừng sử dụng thẻ, tránh bị người khác dùng. Quý vị có thể gọi để tạm ngừng thẻ bất cứ lúc nào, 24 giờ mỗi ngày.
lost-police = Vui lòng trình báo mất đồ (nếu bị trộm thì trình báo mất trộm) tại đồn cảnh sát hoặc trạm cảnh sát (koban). Xin ghi lại số tiếp nhận được cho biết khi đó và báo cho nhân viên tại quầy.
left-at-home = Nếu thẻ đang ở nhà thì không cần làm lại thẻ. Vui lòng mang thẻ theo và quay lại.

## What to do
nothing-to-do = Hiện tại quý vị không cần làm thủ tục nào.
go-to-window = Vui lòng làm thủ tục tại quầy số { $number } “{ $window }”.
step = { $n }. { $procedure }
visits-same-day = Thủ tục sẽ xong ngay trong ngày.
visits-new-card = Thẻ mới sẽ làm xong khoảng 1 tháng sau khi đăng ký. Khi nhận được giấy báo, vui lòng quay lại để nhận thẻ.
visits-proxy-first = Người được ủy quyền phải đến 2 lần; thủ tục không xong trong ngày. Sau lần này, phiếu hỏi kiêm trả lời (giấy để chủ thẻ ghi mã PIN) sẽ được gửi qua bưu điện đến địa chỉ trên phiếu cư trú của chủ thẻ (không được chuyển tiếp đến địa chỉ khác). Sau khi chủ thẻ điền phiếu, cho vào phong bì và dán kín, vui lòng mang phiếu đó đến lần thứ hai.
visits-proxy-second = Lần này, thủ tục được làm bằng phiếu hỏi kiêm trả lời mà chủ thẻ đã điền và dán kín. Nếu mã PIN ghi trên phiếu không đúng thì phải đặt lại mã, và phiếu sẽ được gửi lại qua bưu điện, nên thủ tục không xong trong ngày.
fee-free = Không mất lệ phí.
fee-reissue = Lệ phí là { $total } yên (cấp lại thẻ { $card } yên, giấy chứng nhận điện tử { $cert } yên).
also-at = Quý vị cũng có thể làm thủ tục này tại { $offices }.
