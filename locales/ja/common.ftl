# 日付・一覧の書き方。$weekday は月曜日が 1。
date = { $year }年{ $month }月{ $day }日({ $weekday ->
        [1] 月
        [2] 火
        [3] 水
        [4] 木
        [5] 金
        [6] 土
       *[7] 日
    })
list-separator = 、
yes = はい
no = いいえ
