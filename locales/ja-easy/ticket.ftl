# Easy Japanese, written to the ISA / Agency for Cultural Affairs "Guidelines on Easy Japanese
# for Supporting Foreign Residents" (2020, moj.go.jp/isa/support/portal/plainjapanese_guideline.html).
# Official terms kept as printed on the card and forms (J-LIS / city wording). Plain explanations
# follow Sakai City's easy-Japanese My Number page (city.sakai.lg.jp) and city pages such as Ebetsu's;
# ISA's easy-Japanese "Seikatsu Shigoto Guidebook" (moj.go.jp/isa/guidebook_all.html) was listed, not read.

## The ticket
ticket-issued = { $date } { $time } 発行《はっこう》
ticket-your-number = 受付番号《うけつけばんごう》
ticket-counter = { $number }番《ばん》窓口《まどぐち》
ticket-bring = 必要《ひつよう》な もの
# This language's own name (its button), and its name in Japanese for the staff block
language-name = やさしい にほんご
language-name-in-japanese = やさしい日本語
language-name-in-english = Easy Japanese
ticket-check-card = 職員《しょくいん》へ: この カードの 電子証明書《でんししょうめいしょ》は 確認《かくにん》できませんでした。カードを 確認《かくにん》して ください。
ticket-test-card = 職員《しょくいん》へ: テスト用《よう》の カードです。
ticket-more-info = くわしい 説明《せつめい》は ここ
ticket-follow-on-phone = QRコードを 読《よ》むと、呼《よ》び出《だ》しの 様子《ようす》を スマートフォンで 見《み》る ことが できます
ticket-please-wait = 番号《ばんごう》を 呼《よ》ぶまで、待《ま》って ください。
slip-footer = 今《いま》は 番号《ばんごう》を 出《だ》せません。すみません。
ticket-wait = { $count ->
    [0] 前《まえ》に 待《ま》って いる 人《ひと》は いません
    [1] 前《まえ》に ｜1人《ひとり》 (目安《めやす》 { $band })
    [2] 前《まえ》に ｜2人《ふたり》 (目安《めやす》 { $band })
    [4] 前《まえ》に ｜4人《よにん》 (目安《めやす》 { $band })
   *[other] 前《まえ》に { $count }人《にん》 (目安《めやす》 { $band })
}
ticket-reprint = 再発行《さいはっこう》 { $time }
