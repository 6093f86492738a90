## 語音、數字鍵盤、字級和顏色
listen = 語音導覽
larger-text = 放大文字
high-contrast = 高對比
speech-key = 「{ $label }」請按{ $key }。
speech-enter = 按Enter鍵也可以選擇「{ $label }」。
speech-back = 回到上一頁請按退格鍵。
speech-repeat = 按0可以再聽一次，按加號和減號可以調整音量。
speech-ticket = 您的號碼是{ $prefix }{ $seq }號。
voice-in-english = 本機沒有中文語音，將以英語為您說明。
# Dates as the voice says them: as they are written.
date-spoken = { $year }年{ $month }月{ $day }日 { $weekday ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
speech-timed-out = 由於逾時，已返回初始畫面。如要辦理手續，請再次將卡片放在讀卡機上。
