## 整理券
ticket-issued = { $date } { $time } 発券
ticket-your-number = 受付番号
ticket-counter = { $number }番窓口
ticket-bring = お持ちいただくもの
ticket-for-staff = 職員用: { $procedures }
ticket-check-card = 職員の方へ: このカードの電子証明書は確認できませんでした。カードをご確認ください。
ticket-test-card = 職員の方へ: 試験用のカードです。
ticket-more-info = 詳しい案内はこちら
ticket-please-wait = 番号をお呼びするまで、お待ちください。
ticket-test-page = 印刷テスト
ticket-reprint = 再発行 { $time }
test-page-title = テスト印刷
test-page-sample = あいうえお アイウエオ 漢字 ０１２３ ABC abc 1234567890
test-page-footer = この紙は整理券ではありません。
