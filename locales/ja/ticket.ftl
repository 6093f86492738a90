## 整理券
ticket-issued = { $date } { $time } 発券
ticket-your-number = 受付番号
ticket-counter = { $number }番窓口
ticket-bring = お持ちいただくもの
# この言語の名前(言語ボタン)と、職員用の欄に書く日本語での名前
language-name = 日本語
language-name-in-japanese = 日本語
language-name-in-english = Japanese
ticket-check-card = 職員の方へ: このカードの電子証明書は確認できませんでした。カードをご確認ください。
ticket-test-card = 職員の方へ: 試験用のカードです。
ticket-more-info = 詳しい案内はこちら
ticket-follow-on-phone = QRコードを読み取ると、お呼び出しの状況をスマートフォンで確認できます
ticket-please-wait = 番号をお呼びするまで、お待ちください。
slip-footer = ただいま番号をお出しできません。ご不便をおかけして申し訳ありません。
ticket-wait = { $count ->
    [0] 前にお待ちの方はいません
   *[other] 前に{ $count }人 (目安 { $band })
}
ticket-reprint = 再発行 { $time }
