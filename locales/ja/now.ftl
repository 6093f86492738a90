## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = 窓口の混雑状況
now-intro = 各庁舎の窓口の、今お待ちの人数と待ち時間の目安です。このページは自動で更新されます。
now-open = 受付中
now-closed = 受付時間外
now-closed-until = 受付時間外です。次の受付開始は{ $date } { $time }です。
now-window = 窓口
now-waiting = お待ちの人数
now-wait = 待ち時間の目安
now-last-called = 最後にお呼びした番号
now-not-calling = この庁舎は番号でお呼びしていません
now-updated = { $time }現在
now-stale = この数字は{ $time }から更新されていません。
now-lost = 接続が切れました。再接続しています…
now-typical-title = いつもの混み具合（過去{ $weeks }週間）
now-typical-note = 数字は、整理券の発行からお呼びするまでの時間（分）の中央値です。「–」は記録のない時間帯です。
now-typical-none = まだ記録が足りません。
now-quietest = すいていることが多い時間帯：{ $list }
now-quiet-slot = { $weekday } { $from }〜{ $to }（{ $minutes ->
        [0] 1分未満
       *[other] 約{ $minutes }分
    }）
now-after-holiday = 休日明け
now-after-holiday-note = 休日明けの日は、記録が{ $count }日分以上あるとき、別の行に分けています。
now-languages = 言語
weekday = { $weekday ->
        [1] 月曜日
        [2] 火曜日
        [3] 水曜日
        [4] 木曜日
        [5] 金曜日
        [6] 土曜日
       *[7] 日曜日
    }
now-elsewhere = 同じ手続きは、ほかの庁舎でもできます。今の待ち状況：
now-elsewhere-line = { $count ->
        [0] { $office }：{ $band }
       *[other] { $office }：{ $count }人待ち、目安{ $band }
    }
now-elsewhere-distance = （約{ $km }km）
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = .
