## 语音、数字键盘、字号和颜色
listen = 语音导览
larger-text = 放大文字
high-contrast = 高对比度
speech-key = “{ $label }”请按{ $key }。
speech-enter = 按回车键也可以选择“{ $label }”。
speech-back = 返回上一页请按退格键。
speech-repeat = 按0可以再听一遍，按加号和减号可以调节音量。
speech-ticket = 您的号码是{ $prefix }{ $seq }号。
voice-in-english = 本机没有中文语音，将用英语为您说明。
# Dates as the voice says them: as they are written.
date-spoken = { $year }年{ $month }月{ $day }日{ $weekday ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
speech-timed-out = 由于操作超时，已返回初始界面。如需办理手续，请将卡片重新放在读卡器上。
