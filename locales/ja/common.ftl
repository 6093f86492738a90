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
# 最後の二つの間（三つ以上でも読点で並べる）
list-last-separator = 、
yes = はい
no = いいえ
# 時刻の書き方。$hour は 0〜23、$hour12 は 1〜12、$minute は 2桁("05")、$period は am か pm。
# 使う変数は言語ごとに選べます。
time = { $hour }:{ $minute }
# 金額・人数などの桁区切り
thousands-separator = {","}
# kiosk.toml にこの言語の文がないとき: 英語の文に、窓口の案内に書かれた日本語を添える
city-text-fallback = { $text }({ $japanese })
