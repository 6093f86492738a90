## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = 窗口当前排队情况
now-intro = 各办事处窗口现在的等候人数和预计等候时间。本页会自动更新。
now-open = 正在受理
now-closed = 非受理时间
now-closed-until = 现在不在受理时间内。下次受理从{ $date } { $time }开始。
now-window = 窗口
now-waiting = 等候人数
now-wait = 预计等候时间
now-last-called = 最近叫到的号码
now-not-calling = 本办事处不按号码叫号
now-updated = 截至{ $time }
now-stale = 这些数字自{ $time }起未更新。
now-lost = 连接已断开，正在重新连接…
now-typical-title = 平时的拥挤情况（过去{ $weeks }周）
now-typical-note = 数字为从取号到被叫号的等候时间（分钟）的中位数。“–”表示该时段没有记录。
now-typical-none = 记录还不够。
now-quietest = 通常人少的时间：{ $list }
now-quiet-slot = { $weekday } { $from }至{ $to }（{ $minutes ->
        [0] 不到1分钟
       *[other] 约{ $minutes }分钟
    }）
now-after-holiday = 节假日后第一天
now-after-holiday-note = 节假日后第一天的记录达到{ $count }天以上时，单独列为一行。
now-languages = 语言
weekday = { $weekday ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
now-elsewhere = 其他办事处也可以办理此手续。现在的排队情况：
now-elsewhere-line = { $count ->
        [0] { $office }：{ $band }
       *[other] { $office }：{ $count }人等候，预计{ $band }
    }
now-elsewhere-distance = （约{ $km }公里）
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = .
