# Easy Japanese, written to the ISA / Agency for Cultural Affairs "Guidelines on Easy Japanese
# for Supporting Foreign Residents" (2020, moj.go.jp/isa/support/portal/plainjapanese_guideline.html).
# Official terms kept as printed on the card and forms (J-LIS / city wording). Plain explanations
# follow Sakai City's easy-Japanese My Number page (city.sakai.lg.jp) and city pages such as Ebetsu's;
# ISA's easy-Japanese "Seikatsu Shigoto Guidebook" (moj.go.jp/isa/guidebook_all.html) was listed, not read.

## Screens
waiting-title = マイナンバーカードを 読《よ》み取《と》り機《き》に 置《お》いて ください
waiting-how = カードの 表《おもて》を 上《うえ》に して、読《よ》み取《と》り機《き》の 上《うえ》に 平《たい》らに 置《お》いて ください。カードを 入《い》れる 読《よ》み取《と》り機《き》では、ICチップの ほうから 入《い》れて ください。
waiting-hours = 今日《きょう》の 受付時間《うけつけじかん》: { $open }〜{ $close }
waiting-no-reception = 今日《きょう》は 窓口《まどぐち》の 受付《うけつけ》は ありません。
counters-open = 今《いま》、受付《うけつけ》を して います。
counters-closed = 今《いま》は 受付時間《うけつけじかん》では ありません。次《つぎ》の 受付《うけつけ》は { $date } { $time }からです。
no-card = カードを 持《も》って いない
reading-title = カードを 読《よ》んで います
reading-keep = カードを 動《うご》かさないで ください。
# Status headline: the one thing that matters most.
headline-card_expired = カードの 有効期限《ゆうこうきげん》が 切《き》れて います
headline-juki_card = 住基《じゅうき》カードの 電子証明書《でんししょうめいしょ》は 使《つか》えません
headline-cert_expired = 電子証明書《でんししょうめいしょ》の 有効期限《ゆうこうきげん》が 切《き》れて います
headline-no_certificate = 電子証明書《でんししょうめいしょ》が 入《はい》って いません
headline-new_card_due = 新《あたら》しい カードの 申《もう》し込《こ》みが 必要《ひつよう》です
headline-pin_locked = 暗証番号《あんしょうばんごう》が ロックされて います
headline-renewable = 電子証明書《でんししょうめいしょ》を 更新《こうしん》する 時期《じき》です
headline-signature_revoked = 署名用電子証明書《しょめいようでんししょうめいしょ》が 使《つか》えなく なって います
headline-valid = 電子証明書《でんししょうめいしょ》は 使《つか》えます
headline-smartphone = スマートフォンの 電子証明書《でんししょうめいしょ》です
headline-other_card = マイナンバーカードでは ありません
headline-unreadable = カードを 読《よ》む ことが できませんでした
headline-no_card = カードを 持《も》って いない 人《ひと》
headline-lost = はじめに、カードを 止《と》めて ください
headline-left_at_home = カードを 持《も》って、もう 一度《いちど》 来《き》て ください
# Word beside the headline's sign (never colour alone)
sign-fine = 問題《もんだい》なし
sign-act = 手続《てつづ》きが 必要《ひつよう》
sign-stopped = 使《つか》えません
sign-info = お知《し》らせ
next = 次《つぎ》へ
finish = 終《お》わる
back = 戻《もど》る
start-over = 最初《さいしょ》から やり直《なお》す
get-ticket = 整理券《せいりけん》を もらう
counter-closed-no-ticket = 今《いま》は 受付時間《うけつけじかん》では ありません。整理券《せいりけん》は 出《だ》せません。
checklist-title = 窓口《まどぐち》で する 手続《てつづ》き
checklist-if-missing = 足《た》りない ものが あっても、そのまま 窓口《まどぐち》で 相談《そうだん》して ください。
conclusion-title = 今日《きょう》の 手続《てつづ》きは 必要《ひつよう》 ありません
conclusion-fine = カードと 電子証明書《でんししょうめいしょ》は、問題《もんだい》なく 使《つか》えます。
conclusion-title-unverified = 確認《かくにん》の ため、窓口《まどぐち》で カードを 見《み》せて ください
conclusion-unverified = この 機械《きかい》では、カードの 電子証明書《でんししょうめいしょ》を 確《たし》かめる ことが できませんでした。窓口《まどぐち》で 職員《しょくいん》が 確《たし》かめます。
ask-counter = 窓口《まどぐち》で 相談《そうだん》する
put-back-title = カードを 読《よ》み取《と》り機《き》に 戻《もど》して ください
put-back-body = カードを 置《お》くと、続《つづ》きから 始《はじ》まります。置《お》かない ときは、{ $seconds }秒《びょう》 たつと 最初《さいしょ》の 画面《がめん》に 戻《もど》ります。
issuing = 整理券《せいりけん》を 出《だ》して います…
ticket-screen-title = 整理券《せいりけん》を 取《と》って ください
ticket-not-printed = 整理券《せいりけん》を 印刷《いんさつ》できませんでした。この 番号《ばんごう》を メモして、窓口《まどぐち》へ 行《い》って ください。
take-your-ticket-and-card = 整理券《せいりけん》と カードを 取《と》って ください
take-card-title = カードを 取《と》って ください
take-card-body = カードが 読《よ》み取《と》り機《き》に 残《のこ》って います。
no-ticket-cap = この 窓口《まどぐち》の 今日《きょう》の 整理券《せいりけん》は 終《お》わりました。窓口《まどぐち》の 職員《しょくいん》に 声《こえ》を かけて ください。
no-ticket-failed = 今《いま》、整理券《せいりけん》を 出《だ》す ことが できません。すみませんが、受付《うけつけ》の 窓口《まどぐち》へ 行《い》って ください。
no-ticket-full = この 窓口《まどぐち》は、今日《きょう》は もう いっぱいです。待《ま》って いる 人《ひと》が 多《おお》いからです。整理券《せいりけん》は 出《だ》せません。
slip-title = 番号《ばんごう》の ない 紙《かみ》を 取《と》って ください
slip-title-not-printed = 今《いま》、整理券《せいりけん》を 出《だ》せません
slip-show-staff = 番号《ばんごう》は ありません。この 紙《かみ》を 受付《うけつけ》の 職員《しょくいん》に 見《み》せて ください
slip-not-printed = 紙《かみ》も 印刷《いんさつ》できませんでした。受付《うけつけ》の 職員《しょくいん》に 話《はな》して ください。この 画面《がめん》に ある 窓口《まどぐち》の 名前《なまえ》を 言《い》って ください。
could-not-read-again = カードを 取《と》って、もう 一度《いちど》 置《お》いて ください。
could-not-read-how = カードは 1枚《まい》だけ 置《お》いて ください。ケースから 出《だ》して、表《おもて》を 上《うえ》に して、平《たい》らに 置《お》いて ください。
help-offer = 何回《なんかい》か、カードを 読《よ》む ことが できませんでした。窓口《まどぐち》で 職員《しょくいん》が 手伝《てつだ》います。相談《そうだん》の 整理券《せいりけん》を 取《と》って ください。
out-of-service-title = 今《いま》、準備中《じゅんびちゅう》です
out-of-service-body = すみませんが、受付《うけつけ》の 窓口《まどぐち》へ 行《い》って ください。
countdown-title = まだ 続《つづ》けますか?
countdown = { $seconds }秒《びょう》 たつと、最初《さいしょ》の 画面《がめん》に 戻《もど》ります。
more-time = 続《つづ》ける
counter-closed-today = この 手続《てつづ》きの 窓口《まどぐち》は、今日《きょう》は 休《やす》みです。すみませんが、別《べつ》の 日《ひ》に 来《き》て ください。
counter-closed-today-go-elsewhere = この 手続《てつづ》きの 窓口《まどぐち》は、今日《きょう》は 休《やす》みです。上《うえ》に 書《か》いた 支所《ししょ》などで 手続《てつづ》きを して ください。
# The line at the counter, when the office calls numbers through madoguchi.
wait-nobody = 今《いま》、この 窓口《まどぐち》で 待《ま》って いる 人《ひと》は いません。
wait-line = 今《いま》、{ $count ->
    [1] ｜1人《ひとり》
    [2] ｜2人《ふたり》
    [4] ｜4人《よにん》
   *[other] { $count }人《にん》
}が 待《ま》って います。待《ま》ち時間《じかん》の 目安《めやす》: { $band }
wait-band-none = なし
wait-band-10 = だいたい 10分《ぷん》
wait-band-10-20 = 10〜20分《ぷん》
wait-band-20-30 = 20〜30分《ぷん》
wait-band-30 = 30分《ぷん》 以上《いじょう》
full-today = この 窓口《まどぐち》は、今日《きょう》は もう いっぱいです。待《ま》って いる 人《ひと》が 多《おお》いからです。すみません。整理券《せいりけん》は もう 出《だ》せません。
full-go-elsewhere = 上《うえ》に 書《か》いた 支所《ししょ》などでも、この 手続《てつづ》きが できます。
full-come-back = 次《つぎ》の 受付《うけつけ》は { $date } { $time }からです。
broken-config-title = 設定《せってい》ファイルに 間違《まちが》いが あります
broken-config-body = 職員《しょくいん》へ: この 機械《きかい》は 設定《せってい》ファイル(下《した》に 出《で》て います)を 読《よ》む ことが できません。ですから、止《と》まって います。担当《たんとう》の 部署《ぶしょ》(情報《じょうほう》システム)に 連絡《れんらく》して ください。直《なお》ると、自動《じどう》で また 動《うご》きます。

# The lobby display (madoguchi server).
display-title = 呼《よ》んで いる 番号《ばんごう》
display-recent = 前《まえ》に 呼《よ》んだ 番号《ばんごう》
display-waiting = 待《ま》って いる 人《ひと》
display-lost = サーバーとの 接続《せつぞく》が 切《き》れました。もう 一度《いちど》 つないで います…
display-database-down = データベースに つながりません。この 画面《がめん》は { $time } から 新《あたら》しく なって いません。
display-nobody-called = まだ だれも 呼《よ》んで いません
# Read aloud by a speech engine: no kanji, no markup.
call-phrase = うけつけばんごう { $prefix } の { $seq } ばんの ひと、{ $desk } ばんの まどぐちへ きて ください。

## Ticketing paused (for residents)
preparing-title = 今《いま》、準備中《じゅんびちゅう》です
preparing-body = 少《すこ》し 待《ま》って ください。急《いそ》ぐ 人《ひと》は、受付《うけつけ》の 窓口《まどぐち》へ 行《い》って ください。

## Choosing a language
# Joined with the other languages' words on the first screen's language button
language-word = ことば
languages-title = ことばを 選《えら》んで ください
