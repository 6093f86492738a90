## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = Tình hình chờ tại quầy hiện nay
now-intro = Số người đang chờ tại quầy của từng cơ quan và thời gian chờ dự kiến. Trang này tự động cập nhật.
now-open = Đang tiếp nhận
now-closed = Ngoài giờ tiếp nhận
now-closed-until = Hiện đang ngoài giờ tiếp nhận. Quầy sẽ mở lại lúc { $time }, { $date }.
now-window = Quầy
now-waiting = Số người chờ
now-wait = Thời gian chờ dự kiến
now-last-called = Số vừa gọi
now-not-calling = Cơ quan này không gọi theo số
now-updated = Tính đến { $time }
now-stale = Các số liệu này chưa được cập nhật từ { $time }.
now-lost = Mất kết nối. Đang kết nối lại…
now-typical-title = Mức đông đúc thường ngày ({ $weeks } tuần qua)
now-typical-note = Mỗi con số là trung vị thời gian chờ (phút), từ lúc lấy phiếu số thứ tự đến lúc được gọi. Dấu “–” nghĩa là không có ghi nhận nào vào giờ đó.
now-typical-none = Chưa đủ dữ liệu.
now-quietest = Giờ thường vắng: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } ({ $minutes ->
        [0] dưới 1 phút
       *[other] khoảng { $minutes } phút
    })
now-after-holiday = Ngày sau ngày nghỉ lễ
now-after-holiday-note = Ngày sau ngày nghỉ lễ được tách thành một hàng riêng khi có ghi nhận từ { $count } ngày trở lên.
now-languages = Ngôn ngữ
weekday = { $weekday ->
        [1] Thứ Hai
        [2] Thứ Ba
        [3] Thứ Tư
        [4] Thứ Năm
        [5] Thứ Sáu
        [6] Thứ Bảy
       *[7] Chủ Nhật
    }
now-elsewhere = Quý vị cũng có thể làm thủ tục này tại các nơi dưới đây. Tình hình chờ hiện nay:
now-elsewhere-line = { $count ->
        [0] { $office }: { $band }
       *[other] { $office }: { $count } người đang chờ, { $band }
    }
now-elsewhere-distance = {" "}(khoảng { $km } km)
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = ,
