# 保守モード(市役所職員向け)
staff-title = 保守モード
staff-language-name = 日本語を最初に表示
staff-exit = 保守モードを終了する
staff-tab-status = 状態
staff-tab-today = 本日の発券
staff-tab-counters = 窓口
staff-tab-tickets = 整理券
staff-tab-printer = プリンター
staff-tab-card-test = カード確認
staff-tab-configuration = 設定

staff-pin-title = 職員用暗証番号を入力してください
staff-pin-empty = (6〜12桁)
staff-pin-wrong = 暗証番号が違います。あと{ $tries }回まちがえると5分間入れなくなります。
staff-pin-locked = 暗証番号を5回まちがえたため、{ $until }まで入れません。
staff-pin-not-set = 職員用暗証番号が設定されていません。担当部署(情報システム)に連絡し、kiosk.toml の maintenance.pin_hash を設定してもらってください。
staff-pin-store-failed = 暗証番号の記録を読み書きできないため、入れません。担当部署(情報システム)に連絡してください。
staff-pin-delete = 1字消す
staff-pin-enter = 決定
staff-pin-cancel = やめる


staff-health-fine = 正常
staff-health-attention = 要確認
staff-health-broken = 使えません
staff-device-reader = カード読み取り機
staff-device-printer = プリンター
staff-device-storage = 保存先(データベース)

staff-finding-reader-fine = 使えます。
staff-finding-reader-missing = 読み取り機が見つかりません。ケーブルを差し直してください。直らなければ担当部署(情報システム)へ。
staff-finding-reader-service-down = カード読み取りのサービス(pcscd)が止まっています。端末を再起動してください。直らなければ担当部署(情報システム)へ。
staff-finding-reader-last-failed = 直前のカードが読み取れませんでした。続くようなら読み取り機の汚れや置き方を確認してください。
staff-finding-printer-fine = 印刷できます。
staff-finding-printer-none = プリンターを使わない設定です。整理券の番号は画面にだけ表示されます。
staff-finding-printer-file = 印刷の代わりにファイルへ保存する設定です(デモ・試験用)。
staff-finding-printer-file-unwritable = 整理券を保存するフォルダーに書き込めません。担当部署(情報システム)へ連絡してください。
staff-finding-printer-usb-ready = つながっています。USBプリンターは用紙の状態を知らせないため、用紙は目で確認してください。
staff-finding-printer-unplugged = プリンターが見つかりません。電源とUSBケーブルを確認してください。
staff-finding-printer-no-permission = プリンターを使う権限がありません。担当部署(情報システム)へ連絡してください。
staff-finding-printer-unreachable = プリンターに接続できません。電源とLANケーブルを確認してください。
staff-finding-printer-no-answer = プリンターが応答しません。電源を入れ直してください。
staff-finding-printer-cover-open = カバーが開いています。カバーを閉じてください。
staff-finding-printer-paper-end = 用紙がありません。ロール紙を補充してください。
staff-finding-printer-paper-near-end = 用紙が残り少なくなっています。早めに補充してください。
staff-finding-printer-offline = プリンターがオフラインです。エラーランプを確認し、電源を入れ直してください。
staff-finding-printer-error = プリンターがエラーを知らせています。電源を入れ直してください。直らなければ販売店へ。
staff-finding-storage-fine = 使えます。空き容量 { $megabytes } MB。
staff-finding-storage-low = 空き容量が少なくなっています({ $megabytes } MB)。担当部署(情報システム)へ連絡してください。
staff-finding-storage-full = 空き容量がほとんどありません({ $megabytes } MB)。整理券を発行できなくなります。すぐに担当部署(情報システム)へ。
staff-finding-storage-unknown-space = 空き容量が分かりません。
staff-finding-storage-unopened = データベースを開けません。整理券を発行できません。担当部署(情報システム)へ連絡してください。
staff-finding-storage-unreachable = データベースにつながりません。住民の方には番号なしの用紙をお渡ししています。つながると自動で番号の発行に戻ります。直らなければ担当部署(情報システム)へ連絡してください。
staff-finding-storage-reading = データベースを読み込んでいます…
staff-finding-storage-unreadable = データベースを読み出せません({ $why })。この画面の一覧は不完全です。キオスクを再起動し、直らなければ担当部署(情報システム)へ連絡してください。

staff-reader-detail = 読み取り機: { $name } / カード: { $card }
staff-last-read-ok = 最後の読み取り: { $time } 成功
staff-last-read-failed = 最後の読み取り: { $time } 失敗({ $why })
staff-last-read-none = まだカードを読み取っていません。
staff-printer-checking = プリンターの状態を確認しています…
staff-printer-driver = 接続方式: { $driver }
staff-storage-detail = ファイル: { $path } / 最後の書き込み: { $written }
staff-about = バージョン { $version } / 設定ファイル { $file }({ $loaded } 読み込み)/ 稼働 { $hours }時間{ $minutes }分
staff-audit-title = 保守の記録(新しい順)

staff-today-counts = 発券 { $issued }枚 / 最後の番号 { $last } / 未印刷 { $unprinted }枚 / 無効 { $void }枚
staff-today-by-hour = 時間帯別: { $hours }

staff-ticketing-running = 発券中
staff-ticketing-paused = 発券を一時停止しています(住民の方には「準備中」と表示)
staff-pause = 発券を一時停止する
staff-resume = 発券を再開する
staff-counter-open = 受付中
staff-counter-closed = 本日休止
staff-close-counter = 本日休止にする
staff-open-counter = 受付を再開する

staff-reprint-last = 最後の整理券を再印刷する
staff-reprint = 再印刷
staff-void = 無効にする
staff-no-tickets = 本日はまだ整理券を発行していません。
staff-outcome-printed = 印刷済み
staff-outcome-void = 無効
staff-outcome-unprinted = 未印刷({ $why })

staff-check-printer = 状態を確認する
staff-test-print = テスト印刷する

staff-card-test-insert = 確認するカードを読み取り機に置いてください。読み取った内容がここに表示されます(カードを外すと消えます)。
staff-card-kind = 種類: { $kind }
staff-card-kind-my_number_card = マイナンバーカード
staff-card-kind-juki_card = 住基カード
staff-card-kind-smartphone = スマートフォン
staff-card-kind-other_card = その他のカード
staff-card-kind-unreadable = 読み取れないカード
staff-card-cert = 利用者証明用電子証明書の有効期限: { $date }
staff-card-expiry = カードの有効期限: { $date }
staff-card-pins = 暗証番号の残り回数: 利用者証明用 { $auth } / 署名用 { $sign }
staff-card-verified = 証明書の確認: { $verdict }
staff-genuineness-genuine = 確認できました
staff-genuineness-test-card = 確認できました(試験用カード)
staff-genuineness-unverified = 確認できません
staff-genuineness-no-certificate = 証明書がありません
staff-card-read = 読み取り: コマンド { $apdus }回、{ $ms }ミリ秒
staff-card-never = 個人番号は読み取りません。暗証番号も使いません。

staff-config-file = 設定ファイル: { $file }({ $loaded } 読み込み)
staff-reload = 設定ファイルを読み込み直す
staff-default-language = 最初に表示する言語

staff-done = 完了
staff-failed = できませんでした
staff-action-close-counter = 窓口の休止
staff-action-open-counter = 窓口の再開
staff-action-pause = 発券の一時停止
staff-action-resume = 発券の再開
staff-action-reprint = 再印刷
staff-action-void = 整理券の無効化
staff-action-test-print = テスト印刷
staff-action-reload = 設定の読み込み直し
staff-action-default-language = 最初の言語
staff-action-enter = 保守モードに入る
staff-action-exit = 保守モードを終える
staff-done-ctl = 完了(ctl から)
staff-audit-wrong-pin = 暗証番号の誤り
staff-audit-locked = 5分間のロック
staff-confirm-void = 整理券 { $number } を無効にしますか? 元に戻せません。
staff-confirm-pause = 発券を一時停止しますか? 住民の方には「準備中」と表示されます。
staff-cancel = やめる
staff-consultation = 窓口での相談
staff-confirm-void-yes = { $number } を無効にする
staff-confirm-pause-yes = はい、一時停止する

## 整理券の職員用の欄(日本語で印刷)とテスト印刷
ticket-staff-title = 職員用
ticket-staff-slip = データベースにつながらず、番号なしで印刷した用紙です。番号は発行されていません。受付で案内してください。
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
test-page-title = テスト印刷
test-page-sample = あいうえお アイウエオ 漢字 ０１２３ ABC abc 1234567890
test-page-footer = この紙は整理券ではありません。
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
