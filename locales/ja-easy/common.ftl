# Easy Japanese, written to the ISA / Agency for Cultural Affairs "Guidelines on Easy Japanese
# for Supporting Foreign Residents" (2020, moj.go.jp/isa/support/portal/plainjapanese_guideline.html).
# Official terms kept as printed on the card and forms (J-LIS / city wording). Plain explanations
# follow Sakai City's easy-Japanese My Number page (city.sakai.lg.jp) and city pages such as Ebetsu's;
# ISA's easy-Japanese "Seikatsu Shigoto Guidebook" (moj.go.jp/isa/guidebook_all.html) was listed, not read.

# Dates and lists. $weekday is 1 for Monday. Day-of-month readings change with the number.
date = { $year }年《ねん》{ $month }月《がつ》{ $day ->
        [1] ｜1日《ついたち》
        [2] ｜2日《ふつか》
        [3] ｜3日《みっか》
        [4] ｜4日《よっか》
        [5] ｜5日《いつか》
        [6] ｜6日《むいか》
        [7] ｜7日《なのか》
        [8] ｜8日《ようか》
        [9] ｜9日《ここのか》
        [10] ｜10日《とおか》
        [14] ｜14日《じゅうよっか》
        [20] ｜20日《はつか》
        [24] ｜24日《にじゅうよっか》
       *[other] { $day }日《にち》
    }({ $weekday ->
        [1] 月《げつ》
        [2] 火《か》
        [3] 水《すい》
        [4] 木《もく》
        [5] 金《きん》
        [6] 土《ど》
       *[7] 日《にち》
    })
list-separator = 、
# 最後《さいご》の 二《ふた》つの 間《あいだ》
list-last-separator = 、
yes = はい
no = いいえ
# Time: $hour 0-23, $hour12 1-12, $minute two digits, $period am or pm.
time = { $hour }:{ $minute }
# Between groups of three digits
thousands-separator = {","}
# When kiosk.toml has no text in this language (kept as in ja)
city-text-fallback = { $text }({ $japanese })
