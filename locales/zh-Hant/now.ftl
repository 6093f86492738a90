## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = 櫃檯目前排隊情況
now-intro = 各辦事處櫃檯目前的等候人數和預估等候時間。本頁會自動更新。
now-open = 受理中
now-closed = 非受理時間
now-closed-until = 目前非受理時間。下次受理時間為{ $date } { $time }起。
now-window = 櫃檯
now-waiting = 等候人數
now-wait = 預估等候時間
now-last-called = 最近叫到的號碼
now-not-calling = 本辦事處不以號碼叫號
now-updated = 截至{ $time }
now-stale = 這些數字自{ $time }起未更新。
now-lost = 連線已中斷，正在重新連線…
now-typical-title = 平時的擁擠情況（過去{ $weeks }週）
now-typical-note = 數字為從取號到被叫號的等候時間（分鐘）的中位數。「–」表示該時段沒有紀錄。
now-typical-none = 紀錄還不夠。
now-quietest = 通常人少的時間：{ $list }
now-quiet-slot = { $weekday } { $from }至{ $to }（{ $minutes ->
        [0] 不到1分鐘
       *[other] 約{ $minutes }分鐘
    }）
now-after-holiday = 假日後第一天
now-after-holiday-note = 假日後第一天的紀錄達到{ $count }天以上時，單獨列為一行。
now-languages = 語言
weekday = { $weekday ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
now-elsewhere = 其他辦事處也可以辦理這項手續。目前的排隊情況：
now-elsewhere-line = { $count ->
        [0] { $office }：{ $band }
       *[other] { $office }：{ $count }人等候，預估{ $band }
    }
now-elsewhere-distance = （約{ $km }公里）
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = .
