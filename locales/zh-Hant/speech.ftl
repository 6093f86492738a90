## 語音、數字鍵盤、字級和顏色
listen = 語音導覽
larger-text = 放大文字
high-contrast = 高對比
speech-key = 「{ $label }」請按{ $key }。
speech-enter = 按Enter鍵也可以選擇「{ $label }」。
speech-back = 回到上一頁請按退格鍵。
speech-repeat = 按0可以再聽一次，按加號和減號可以調整音量。
speech-ticket = 您的號碼是{ $prefix }{ $seq }號。
voice-in-english = 本機沒有菲律賓語語音，將以英語為您說明。
