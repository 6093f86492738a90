## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = 窓口《まどぐち》は 今《いま》 こんで いますか
now-intro = 窓口《まどぐち》で 待《ま》って いる 人《ひと》の 数《かず》です。どのくらい 待《ま》つか も 書《か》いて います。
now-open = 今《いま》 あいて います
now-closed = 今《いま》 しまって います
now-closed-until = 今《いま》 しまって います。次《つぎ》に あくのは { $date } { $time }です。
now-window = 窓口《まどぐち》
now-waiting = 待《ま》って いる 人《ひと》
now-wait = 待《ま》つ 時間《じかん》
now-last-called = 最後《さいご》に 呼《よ》んだ 番号《ばんごう》
now-not-calling = ここでは 番号《ばんごう》で 呼《よ》びません
now-updated = { $time }の 数《かず》です
now-stale = この 数《かず》は { $time }から 新《あたら》しく なって いません。
now-lost = つながりが 切《き》れました。もう 一度《いちど》 つないで います。
now-typical-title = いつもの こみかた（前《まえ》の { $weeks }週間《しゅうかん》）
now-typical-note = 数字《すうじ》は 待《ま》つ 時間《じかん》です。番号札《ばんごうふだ》を とってから 呼《よ》ばれるまでの 分《ふん》です。
now-typical-none = まだ 記録《きろく》が たりません。
now-quietest = すいて いる ことが 多《おお》い 時間《じかん》：{ $list }
now-quiet-slot = { $weekday } { $from }〜{ $to }（だいたい { $minutes }分《ふん》）
now-after-holiday = 休《やす》みの 次《つぎ》の 日《ひ》
now-after-holiday-note = 休《やす》みの 次《つぎ》の 日《ひ》の 記録《きろく》が { $count }日《にち》より 多《おお》い とき、別《べつ》の 行《ぎょう》に して います。
now-languages = ことば
weekday = { $weekday ->
        [1] 月曜日《げつようび》
        [2] 火曜日《かようび》
        [3] 水曜日《すいようび》
        [4] 木曜日《もくようび》
        [5] 金曜日《きんようび》
        [6] 土曜日《どようび》
       *[7] 日曜日《にちようび》
    }
now-elsewhere = ほかの 役所《やくしょ》でも 同《おな》じ 手続《てつづ》きが できます。今《いま》 待《ま》って いる 人《ひと》：
now-elsewhere-line = { $office }：{ $count }人《にん》、{ $band }
now-elsewhere-distance = （だいたい { $km }km）
