## 画面
waiting-title = マイナンバーカードを読み取り機に置いてください
waiting-how = カードの表を上にして、読み取り機の上に平らに置いてください。差し込む読み取り機では、ICチップの側から差し込んでください。
waiting-hours = 本日の受付時間: { $open }〜{ $close }
waiting-no-reception = 本日は窓口の受付はありません。
counters-open = ただいま受付中です。
counters-closed = ただいま受付時間外です。次の受付は{ $date } { $time }からです。
no-card = カードを持っていない
reading-title = 読み取っています
reading-keep = カードを動かさないでください。
# 状態の見出し: いちばん大事なこと1つ。
headline-card_expired = カードの有効期限が切れています
headline-juki_card = 住基カードの電子証明書は使えません
headline-cert_expired = 電子証明書の有効期限が切れています
headline-no_certificate = 電子証明書が入っていません
headline-new_card_due = 新しいカードの申請が必要です
headline-pin_locked = 暗証番号がロックされています
headline-renewable = 電子証明書の更新の時期です
headline-signature_revoked = 署名用電子証明書が使えなくなっています
headline-valid = 電子証明書は有効です
headline-smartphone = スマートフォンの電子証明書です
headline-other_card = マイナンバーカードではありません
headline-unreadable = カードを読み取れませんでした
headline-no_card = カードをお持ちでない方
headline-lost = まず、カードの利用を止めてください
headline-left_at_home = カードを持って、もう一度お越しください
# 見出しの印に添える言葉(色だけで伝えない)
sign-fine = 問題なし
sign-act = 手続きが必要
sign-stopped = 使えません
sign-info = ご案内
next = 次へ
finish = 終わる
back = 戻る
start-over = 最初からやり直す
get-ticket = 整理券を発行する
counter-closed-no-ticket = 受付時間外のため、整理券は発行できません。
checklist-title = 窓口でのお手続き
checklist-if-missing = そろわないものがあっても、そのまま窓口でご相談ください。
conclusion-title = 今日の手続きは必要ありません
conclusion-fine = カードと電子証明書は、問題なく使えます。
conclusion-title-unverified = 念のため、窓口でカードをお見せください
conclusion-unverified = このキオスクでは、カードの電子証明書を確かめられませんでした。窓口で職員が確かめます。
ask-counter = 窓口で相談する
put-back-title = カードを読み取り機に戻してください
put-back-body = 置き直すと、続きから再開します。置き直さないときは、{ $seconds }秒後に最初の画面に戻ります。
issuing = 整理券を発行しています…
ticket-screen-title = 整理券をお取りください
ticket-not-printed = 整理券を印刷できませんでした。この番号を控えて、窓口へお越しください。
take-your-ticket-and-card = 整理券とカードをお取りください
take-card-title = カードをお取りください
take-card-body = カードが読み取り機に残っています。
no-ticket-cap = この窓口の本日の整理券は終了しました。窓口の職員にお声がけください。
no-ticket-failed = ただいま整理券を発行できません。お手数ですが、受付窓口へお越しください。
no-ticket-full = この窓口は、お待ちの方で本日の受付時間がいっぱいになりました。整理券は発行できません。
slip-title = 番号なしの用紙をお取りください
slip-title-not-printed = ただいま整理券を発行できません
slip-show-staff = 番号なし：この紙を受付窓口の職員にお見せください
slip-not-printed = 用紙も印刷できませんでした。受付窓口の職員に、この画面の窓口の名前をお伝えください。
could-not-read-again = カードを取り出して、もう一度置いてください。
could-not-read-how = カードは1枚だけ、ケースから出して、表を上にして平らに置いてください。
help-offer = 何度か読み取れませんでした。窓口でお手伝いしますので、相談の整理券をお取りください。
out-of-service-title = ただいま準備中です
out-of-service-body = 恐れ入りますが、受付窓口へお越しください。
countdown-title = まだお手続きを続けますか?
countdown = { $seconds }秒後に最初の画面に戻ります。
more-time = 続ける
counter-closed-today = この手続きの窓口は、本日お休みです。恐れ入りますが、後日お越しください。
counter-closed-today-go-elsewhere = この手続きの窓口は、本日お休みです。上に記した支所などをご利用ください。
# The line at the counter, when the office calls numbers through madoguchi.
wait-nobody = 今、この窓口でお待ちの方はいません。
wait-line = 今、{ $count }人がお待ちです。待ち時間の目安は{ $band }です。
wait-band-none = 待ち時間なし
wait-band-10 = 約10分
wait-band-10-20 = 10〜20分
wait-band-20-30 = 20〜30分
wait-band-30 = 30分以上
full-today = この窓口は、お待ちの方で本日の受付時間がいっぱいになりました。申し訳ありませんが、今日は整理券を発行できません。
full-go-elsewhere = 上に記した支所などでも、この手続きができます。
full-come-back = 次の受付は{ $date } { $time }からです。
broken-config-title = 設定ファイルに誤りがあります
broken-config-body = 職員の方へ: この端末は設定ファイル(下に表示)を読み込めないため、停止しています。担当部署(情報システム)へ連絡してください。直ると自動で再開します。

# The lobby display (madoguchi server).
display-title = 呼び出し中の番号
display-recent = これまでの呼び出し
display-waiting = お待ちの方
display-lost = サーバーとの接続が切れました。再接続しています…
display-database-down = データベースにつながりません。この表示は { $time } から更新されていません。
display-nobody-called = まだ呼び出しはありません
call-phrase = 受付番号 { $prefix } の { $seq } 番の方、{ $desk } 番窓口へお越しください。

## 発券の一時停止中(住民向け)
preparing-title = ただいま準備中です
preparing-body = しばらくお待ちください。お急ぎの方は受付窓口へお越しください。

## 言語を選ぶ
# 最初の画面の「Language / 言語 / …」ボタンに、提供する言語ごとのこの語を並べます
language-word = 言語
languages-title = 言語を選んでください
