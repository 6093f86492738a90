# Easy Japanese, written to the ISA / Agency for Cultural Affairs "Guidelines on Easy Japanese
# for Supporting Foreign Residents" (2020, moj.go.jp/isa/support/portal/plainjapanese_guideline.html).
# Official terms kept as printed on the card and forms (J-LIS / city wording). Plain explanations
# follow Sakai City's easy-Japanese My Number page (city.sakai.lg.jp) and city pages such as Ebetsu's;
# ISA's easy-Japanese "Seikatsu Shigoto Guidebook" (moj.go.jp/isa/guidebook_all.html) was listed, not read.

## The resident's phone page
phone-title = 整理券《せいりけん》
phone-updates = 画面《がめん》は 自動《じどう》で 新《あたら》しく なります。
phone-lost = 通信《つうしん》が 切《き》れました。もう 一度《いちど》 つないで います。少《すこ》し 待《ま》って ください。
phone-ended = この 整理券《せいりけん》の 呼《よ》び出《だ》しは 終《お》わりました。
phone-your-turn = あなたの 番《ばん》です。{ $counter }へ 行《い》って ください。
phone-serving = 今《いま》、窓口《まどぐち》で 手続《てつづ》きを して います。
phone-missed = 番号《ばんごう》を 呼《よ》びましたが、窓口《まどぐち》に 来《き》ませんでした。
phone-missed-what = 窓口《まどぐち》の 職員《しょくいん》に 整理券《せいりけん》を 見《み》せて ください。
phone-ahead = { $count ->
    [0] 次《つぎ》に 呼《よ》びます。窓口《まどぐち》の 近《ちか》くで 待《ま》って ください。
    [1] 前《まえ》に ｜1人《ひとり》 待《ま》って います。
    [2] 前《まえ》に ｜2人《ふたり》 待《ま》って います。
    [4] 前《まえ》に ｜4人《よにん》 待《ま》って います。
   *[other] 前《まえ》に { $count }人《にん》 待《ま》って います。
}
phone-wait = 待《ま》ち時間《じかん》の 目安《めやす》: { $band }
