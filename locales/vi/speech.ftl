## Hướng dẫn bằng giọng nói, bàn phím số, cỡ chữ và màu
listen = Nghe hướng dẫn
larger-text = Chữ to hơn
high-contrast = Tương phản cao
speech-key = Để chọn “{ $label }”, xin bấm phím { $key }.
speech-enter = Quý vị cũng có thể bấm phím Enter để chọn “{ $label }”.
speech-back = Để quay lại, xin bấm phím xóa lùi (Backspace).
speech-repeat = Xin bấm phím 0 để nghe lại. Bấm phím cộng hoặc trừ để chỉnh âm lượng.
speech-ticket = Số của quý vị là { $prefix } { $seq }.
voice-in-english = Máy không có giọng nói cho ngôn ngữ này nên sẽ hướng dẫn bằng tiếng Anh.
# Dates as the voice says them: as they are written.
date-spoken = { $weekday ->
        [1] Thứ Hai
        [2] Thứ Ba
        [3] Thứ Tư
        [4] Thứ Năm
        [5] Thứ Sáu
        [6] Thứ Bảy
       *[7] Chủ Nhật
    }, ngày { $day } tháng { $month } năm { $year }
speech-timed-out = Đã hết thời gian nên máy đã quay về màn hình ban đầu. Vui lòng đặt thẻ lên máy đọc để bắt đầu làm thủ tục lại.
