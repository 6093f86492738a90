## 整理券
ticket-issued = { $date } { $time } 発券
ticket-your-number = 受付番号
ticket-counter = { $number }番窓口
ticket-bring = お持ちいただくもの
# 職員向けの欄: キオスクが読み取り、聞き取ったこと(氏名・番号などは載せません)
ticket-staff-title = 職員用
ticket-staff-procedures = 手続き: { $procedures }
ticket-staff-consultation = 相談(手続き未定)
ticket-staff-cert = 利用者証明用電子証明書: { $date }まで
ticket-staff-no-cert = 電子証明書: なし
ticket-staff-card = カード: { $date }まで
ticket-staff-status = 状態: { $status }
ticket-staff-auth-locked = 利用者証明用暗証番号: ロック
ticket-staff-sign-locked = 署名用暗証番号: ロック
ticket-staff-visitor = 来庁者: { $visitor ->
        [holder] 本人
        [legal_representative] 法定代理人
       *[proxy] 任意代理人
    }
ticket-staff-inquiry-form = 照会書兼回答書: { $has ->
        [yes] 持参
       *[no] 未持参
    }
ticket-staff-no-card = カード: { $reason ->
        [never_had] 未取得
        [lost] 紛失・盗難
        [damaged] 破損・汚損
       *[left_at_home] 自宅に置いてきた
    }
ticket-staff-language = 案内した言語: { $language }
ticket-staff-reason = 相談を押した画面: { $screen ->
        [waiting] 最初の画面
        [status] カードの状態
        [question] 質問
        [checklist] 持ち物の一覧
        [conclusion] 手続き不要の案内
        [could_not_read] 読み取りエラー
        [lost] 紛失時の案内
       *[other] そのほか
    }
ticket-staff-unreadable = キオスクではカードを読み取れませんでした
# この言語の名前(言語ボタン)と、職員用の欄に書く日本語での名前
language-name = 日本語
language-name-in-japanese = 日本語
ticket-check-card = 職員の方へ: このカードの電子証明書は確認できませんでした。カードをご確認ください。
ticket-test-card = 職員の方へ: 試験用のカードです。
ticket-more-info = 詳しい案内はこちら
ticket-follow-on-phone = QRコードを読み取ると、お呼び出しの状況をスマートフォンで確認できます
ticket-please-wait = 番号をお呼びするまで、お待ちください。
ticket-wait = { $count ->
    [0] 前にお待ちの方はいません
   *[other] 前に{ $count }人 (目安 { $band })
}
ticket-reprint = 再発行 { $time }
test-page-title = テスト印刷
test-page-sample = あいうえお アイウエオ 漢字 ０１２３ ABC abc 1234567890
test-page-footer = この紙は整理券ではありません。
# 職員用の欄のカードの状態
staff-status-valid = 有効
staff-status-renewable = 更新期間中
staff-status-expired = 電子証明書の期限切れ
staff-status-no_certificate = 電子証明書なし
staff-status-card_expired = カードの期限切れ
staff-status-juki_card = 住基カード
staff-status-smartphone = スマートフォン
staff-status-other_card = マイナンバーカード以外
staff-status-unreadable = 読み取れない
staff-status-no_card = カードなし
