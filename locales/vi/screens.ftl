# Official terms: "Thẻ My Number (Thẻ mã số cá nhân)", "giấy chứng nhận điện tử", "phiếu cư trú": Higashihiroshima City, Vietnamese page (city.higashihiroshima.lg.jp/vi/3/39212.html).
# "Tổng đài miễn phí tổng hợp My Number": Hiroshima City, Vietnamese page (city.hiroshima.lg.jp/site/vietnamese/112430.html).
# No Vietnamese ISA/J-LIS/Digital Agency text found for the two certificates, PINs, 有効期限通知書, 照会書兼回答書, Juki card; chosen:
# "giấy chứng nhận điện tử xác thực người dùng / cho chữ ký số", "mã PIN (4 chữ số)", "mật khẩu chữ ký số",
# "giấy thông báo thời hạn hiệu lực", "phiếu hỏi kiêm trả lời", "Thẻ Đăng ký Cư dân Cơ bản (thẻ Juki)".
# Also chosen: "người thành niên được giám hộ" (成年被後見人), "chi nhánh" (支所), "phiếu số thứ tự" (整理券), "quầy" (窓口).

## Screens
waiting-title = Vui lòng đặt thẻ My Number lên máy đọc
waiting-how = Vui lòng đặt thẻ nằm phẳng trên máy đọc, mặt trước hướng lên. Nếu máy đọc có khe cắm, vui lòng cắm đầu có chip IC vào trước.
waiting-hours = Giờ tiếp nhận hôm nay: { $open }–{ $close }
waiting-no-reception = Hôm nay các quầy không làm việc.
counters-open = Hiện đang trong giờ tiếp nhận.
counters-closed = Hiện đang ngoài giờ tiếp nhận. Quầy sẽ mở lại lúc { $time }, { $date }.
no-card = Tôi không có thẻ
reading-title = Đang đọc thẻ
reading-keep = Vui lòng không di chuyển thẻ.
# Status headline: the one thing that matters most.
headline-card_expired = Thẻ đã hết hạn
headline-juki_card = Không dùng được giấy chứng nhận điện tử của thẻ Juki
headline-cert_expired = Giấy chứng nhận điện tử đã hết hạn
headline-no_certificate = Thẻ không có giấy chứng nhận điện tử
headline-new_card_due = Cần đăng ký làm thẻ mới
headline-pin_locked = Mã PIN đã bị khóa
headline-renewable = Đã đến lúc gia hạn giấy chứng nhận điện tử
headline-signature_revoked = Giấy chứng nhận điện tử cho chữ ký số không còn dùng được
headline-valid = Giấy chứng nhận điện tử còn hiệu lực
headline-smartphone = Đây là giấy chứng nhận điện tử trên điện thoại thông minh
headline-other_card = Đây không phải là thẻ My Number
headline-unreadable = Không đọc được thẻ
headline-no_card = Dành cho người không có thẻ
headline-lost = Trước tiên, vui lòng tạm ngừng sử dụng thẻ
headline-left_at_home = Vui lòng mang thẻ theo và quay lại
# Word beside the headline's sign (never colour alone)
sign-fine = Không có vấn đề
sign-act = Cần làm thủ tục
sign-stopped = Không dùng được
sign-info = Thông tin
next = Tiếp theo
finish = Kết thúc
back = Quay lại
start-over = Làm lại từ đầu
get-ticket = Lấy phiếu số thứ tự
counter-closed-no-ticket = Đang ngoài giờ tiếp nhận nên không thể phát phiếu số thứ tự.
checklist-title = Thủ tục tại quầy
checklist-if-missing = Dù còn thiếu giấy tờ nào, vui lòng cứ đến quầy để được tư vấn.
conclusion-title = Hôm nay không cần làm thủ tục
conclusion-fine = Thẻ và giấy chứng nhận điện tử dùng được bình thường.
conclusion-title-unverified = Để chắc chắn, vui lòng cho nhân viên tại quầy xem thẻ
conclusion-unverified = Máy này không kiểm tra được giấy chứng nhận điện tử của thẻ. Nhân viên tại quầy sẽ kiểm tra.
ask-counter = Hỏi tại quầy
put-back-title = Vui lòng đặt thẻ trở lại máy đọc
put-back-body = Khi đặt lại thẻ, quý vị sẽ tiếp tục từ chỗ đang làm. Nếu không đặt lại, máy sẽ quay về màn hình đầu tiên sau { $seconds } giây.
issuing = Đang phát phiếu số thứ tự…
ticket-screen-title = Vui lòng lấy phiếu số thứ tự
ticket-not-printed = Không in được phiếu số thứ tự. Vui lòng ghi lại số này và đến quầy.
take-your-ticket-and-card = Vui lòng lấy phiếu số thứ tự và thẻ
take-card-title = Vui lòng lấy thẻ
take-card-body = Thẻ vẫn còn trên máy đọc.
no-ticket-cap = Quầy này đã phát hết phiếu số thứ tự của hôm nay. Vui lòng hỏi nhân viên tại quầy.
no-ticket-failed = Hiện không thể phát phiếu số thứ tự. Xin lỗi vì sự bất tiện. Vui lòng đến quầy tiếp nhận.
no-ticket-full = Số người đang chờ ở quầy này đã đủ cho đến hết giờ tiếp nhận hôm nay. Không thể phát thêm phiếu số thứ tự.
slip-title = Vui lòng lấy tờ giấy không có số
slip-title-not-printed = Hiện không thể phát phiếu số thứ tự
slip-show-staff = Không có số: vui lòng đưa tờ giấy này cho nhân viên ở quầy tiếp nhận.
slip-not-printed = Tờ giấy cũng không in được. Vui lòng cho nhân viên ở quầy tiếp nhận biết tên quầy trên màn hình này.
could-not-read-again = Vui lòng lấy thẻ ra và đặt lại.
could-not-read-how = Vui lòng chỉ đặt 1 thẻ, lấy thẻ ra khỏi vỏ bọc, đặt nằm phẳng, mặt trước hướng lên.
help-offer = Máy đã thử nhiều lần nhưng không đọc được thẻ. Nhân viên tại quầy sẽ giúp quý vị. Vui lòng lấy phiếu số thứ tự để được tư vấn.
out-of-service-title = Máy đang chuẩn bị
out-of-service-body = Xin lỗi vì sự bất tiện. Vui lòng đến quầy tiếp nhận.
countdown-title = Quý vị có muốn tiếp tục không?
countdown = Máy sẽ quay về màn hình đầu tiên sau { $seconds } giây.
more-time = Tiếp tục
counter-closed-today = Hôm nay quầy phụ trách thủ tục này nghỉ. Rất xin lỗi, vui lòng quay lại vào ngày khác.
counter-closed-today-go-elsewhere = Hôm nay quầy phụ trách thủ tục này nghỉ. Vui lòng đến chi nhánh hoặc nơi khác ghi ở trên.
# The line at the counter, when the office calls numbers through madoguchi.
wait-nobody = Hiện không có ai đang chờ ở quầy này.
wait-line = Hiện có { $count } người đang chờ. Thời gian chờ dự kiến: { $band }.
wait-band-none = không phải chờ
wait-band-10 = khoảng 10 phút
wait-band-10-20 = 10–20 phút
wait-band-20-30 = 20–30 phút
wait-band-30 = 30 phút trở lên
full-today = Số người đang chờ ở quầy này đã đủ cho đến hết giờ tiếp nhận hôm nay. Rất xin lỗi, hôm nay không thể phát thêm phiếu số thứ tự cho quầy này.
full-go-elsewhere = Quý vị cũng có thể làm thủ tục này tại chi nhánh hoặc nơi khác ghi ở trên.
full-come-back = Quầy sẽ mở lại lúc { $time }, { $date }.
broken-config-title = Tệp cài đặt bị lỗi
broken-config-body = Dành cho nhân viên: máy này đã dừng vì không đọc được tệp cài đặt (hiển thị bên dưới). Vui lòng liên hệ bộ phận phụ trách (hệ thống thông tin). Máy sẽ tự chạy lại khi lỗi được sửa.

# The lobby display (madoguchi server).
display-title = Số đang gọi
display-recent = Các số đã gọi
display-waiting = Người đang chờ
display-lost = Mất kết nối với máy chủ. Đang kết nối lại…
display-database-down = Không kết nối được cơ sở dữ liệu. Màn hình này chưa được cập nhật từ { $time }.
display-nobody-called = Chưa gọi số nào
call-phrase = Xin mời quý vị có số thứ tự { $prefix } { $seq } đến quầy số { $desk }.

## Ticketing paused (for residents)
preparing-title = Đang chuẩn bị
preparing-body = Vui lòng chờ trong giây lát. Nếu đang vội, vui lòng đến quầy tiếp nhận.

## Choosing a language
# The first screen's "Language / 言語 / …" button joins this word of every offered language
language-word = Ngôn ngữ
languages-title = Vui lòng chọn ngôn ngữ
