## 音声案内とキーパッド、文字の大きさと色
listen = 音声案内
larger-text = 文字を大きく
high-contrast = 白黒反転
# 音声だけの文（画面には出ない）
speech-key = 「{ $label }」は、{ $key }を押してください。
speech-enter = 「{ $label }」は、エンターキーでも選べます。
speech-back = 前の画面に戻るには、バックスペースキーを押してください。
speech-repeat = もう一度聞くには、0を押してください。音量は、プラスとマイナスのキーで変えられます。
speech-ticket = お客様の番号は、{ $prefix }の{ $seq }番です。
# 音声のない言語（フィリピン語）の画面に出す文。英語の音声が話す。
voice-in-english = この言語の音声はありません。英語で案内します。
# 日付の読み上げ：曜日を括弧でなく「、木曜日」と読む
date-spoken = { $year }年{ $month }月{ $day }日、{ $weekday ->
        [1] 月
        [2] 火
        [3] 水
        [4] 木
        [5] 金
        [6] 土
       *[7] 日
    }曜日
