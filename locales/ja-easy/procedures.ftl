# Easy Japanese, written to the ISA / Agency for Cultural Affairs "Guidelines on Easy Japanese
# for Supporting Foreign Residents" (2020, moj.go.jp/isa/support/portal/plainjapanese_guideline.html).
# Official terms kept as printed on the card and forms (J-LIS / city wording). Plain explanations
# follow Sakai City's easy-Japanese My Number page (city.sakai.lg.jp) and city pages such as Ebetsu's;
# ISA's easy-Japanese "Seikatsu Shigoto Guidebook" (moj.go.jp/isa/guidebook_all.html) was listed, not read.

## Procedures
procedure-pin_reset = 暗証番号《あんしょうばんごう》の 再設定《さいせってい》(決《き》め直《なお》す)
procedure-cert_renewal = 電子証明書《でんししょうめいしょ》の 更新《こうしん》
procedure-cert_issuance = 電子証明書《でんししょうめいしょ》の 新規発行《しんきはっこう》(新《あたら》しく 作《つく》る)
procedure-sign_cert_issuance = 署名用電子証明書《しょめいようでんししょうめいしょ》の 新規発行《しんきはっこう》(新《あたら》しく 作《つく》る)
procedure-card_renewal = 新《あたら》しい マイナンバーカードの 申《もう》し込《こ》み(カードの 期限《きげん》が 切《き》れる ため)
procedure-card_application = マイナンバーカードの 申《もう》し込《こ》み
procedure-card_reissue = マイナンバーカードの 再交付《さいこうふ》(もう 一度《いちど》 作《つく》る)

## What to bring
checklist-card = 本人《ほんにん》の マイナンバーカード(コピーでは なく、カードそのもの)
checklist-card-own = あなたの マイナンバーカード(コピーでは なく、カードそのもの)
checklist-pins = カードの 暗証番号《あんしょうばんごう》(数字《すうじ》 4けたの ものと、署名用《しょめいよう》の アルファベットと 数字《すうじ》 6〜16文字《もじ》の もの)
checklist-other_pins = ロックされて いない 暗証番号《あんしょうばんごう》(ロックされた 暗証番号《あんしょうばんごう》は、窓口《まどぐち》で 決《き》め直《なお》します)
checklist-expiry_notice = 有効期限通知書《ゆうこうきげんつうちしょ》(届《とど》いた 人《ひと》だけ。なくても 手続《てつづ》きが できます)
checklist-official_id = 国《くに》・都道府県《とどうふけん》・市区町村《しくちょうそん》などが 出《だ》した 本人確認書類《ほんにんかくにんしょるい》 1つ(運転免許証《うんてんめんきょしょう》、パスポート、在留《ざいりゅう》カード、障害者手帳《しょうがいしゃてちょう》、年金手帳《ねんきんてちょう》など。有効期限《ゆうこうきげん》が 切《き》れて いない もの)
checklist-legal_rep_id = 親《おや》や 成年後見人《せいねんこうけんにん》など(法定代理人《ほうていだいりにん》)の 本人確認書類《ほんにんかくにんしょるい》 1つ(マイナンバーカード、運転免許証《うんてんめんきょしょう》、パスポートなど)
checklist-agency_proof = 法定代理人《ほうていだいりにん》だと わかる 書類《しょるい》(戸籍謄本《こせきとうほん》、成年後見登記事項証明書《せいねんこうけんとうきじこうしょうめいしょ》など。出《だ》して もらってから 3か月《げつ》 以内《いない》の もの)
checklist-proxy_id = 代理人《だいりにん》の 顔写真《かおじゃしん》の ある 本人確認書類《ほんにんかくにんしょるい》 1つ(マイナンバーカード、運転免許証《うんてんめんきょしょう》、パスポートなど。国《くに》・都道府県《とどうふけん》・市区町村《しくちょうそん》などが 出《だ》した もの)
checklist-inquiry_form = 照会書兼回答書《しょうかいしょけんかいとうしょ》(本人《ほんにん》に 郵便《ゆうびん》で 届《とど》いた 書類《しょるい》。本人《ほんにん》が 書《か》いて はんこを 押《お》し、封筒《ふうとう》に 入《い》れて 封《ふう》を した もの)
checklist-police_receipt = 警察《けいさつ》に 遺失届《いしつとどけ》(盗難届《とうなんとどけ》)を 出《だ》した ときの 受理番号《じゅりばんごう》(わかる 人《ひと》だけ)

## Questions and answers
question-no_card_reason = カードを 持《も》って いない 理由《りゆう》を 選《えら》んで ください。
answer-no_card_reason-never_had = 作《つく》った ことが ない
answer-no_card_reason-left_at_home = 家《いえ》に 置《お》いて きた
answer-no_card_reason-lost = なくした・盗《ぬす》まれた
answer-no_card_reason-damaged = 壊《こわ》れた・汚《よご》れた
question-card_expiry_matches_cert = カードの 表《おもて》に 印刷《いんさつ》されて いる 有効期限《ゆうこうきげん》は { $expiry }ですか。
question-card_expiry_matches_cert-hint = カードは 読《よ》み取《と》り機《き》に 置《お》いた まま、表《おもて》を 見《み》て ください。生年月日《せいねんがっぴ》の 横《よこ》に 印刷《いんさつ》された「○年《ねん》○月《がつ》○日《にち》まで有効《ゆうこう》」の 日付《ひづけ》です。手《て》で 書《か》いた 電子証明書《でんししょうめいしょ》の 欄《らん》では ありません。有効期限通知書《ゆうこうきげんつうちしょ》に「マイナンバーカード」と 書《か》いて ある ときも、「はい」を 選《えら》んで ください。
question-knows_pins-hint = 数字《すうじ》 4けたの 暗証番号《あんしょうばんごう》と、署名用《しょめいよう》の アルファベットと 数字《すうじ》 6〜16文字《もじ》の 暗証番号《あんしょうばんごう》です。今《いま》の 暗証番号《あんしょうばんごう》が わかって いて、変《か》えたい だけですか。その ときは、家《いえ》の パソコンや スマートフォンで 変《か》える ことが できます。
question-knows_pins-for-holder = カードの 持《も》ち主《ぬし》は、カードの 暗証番号《あんしょうばんごう》を 覚《おぼ》えて いますか。
question-knows_pins-for-holder-hint = 数字《すうじ》 4けたの 暗証番号《あんしょうばんごう》と、署名用《しょめいよう》の アルファベットと 数字《すうじ》 6〜16文字《もじ》の 暗証番号《あんしょうばんごう》です。代理人《だいりにん》は、暗証番号《あんしょうばんごう》を 知《し》らなくても 大丈夫《だいじょうぶ》です。本人《ほんにん》に 聞《き》かないで ください。
question-knows_pins-legal_representative = カードの 暗証番号《あんしょうばんごう》を、本人《ほんにん》か あなたが 覚《おぼ》えて いますか。
question-knows_pins-legal_representative-hint = 数字《すうじ》 4けたの 暗証番号《あんしょうばんごう》と、署名用《しょめいよう》の アルファベットと 数字《すうじ》 6〜16文字《もじ》の 暗証番号《あんしょうばんごう》です。
question-visitor = だれの カードですか。
question-visitor-no-card = だれの 手続《てつづ》きですか。
answer-visitor-holder = 自分《じぶん》の カード
answer-visitor-legal_representative = 15歳《さい》未満《みまん》(14歳《さい》まで)の 子《こ》どもの カード、または 自分《じぶん》が 成年後見人《せいねんこうけんにん》に なって いる 人《ひと》の カード
answer-visitor-proxy = ほかの 人《ひと》の カード(本人《ほんにん》に 頼《たの》まれて 来《き》た)
question-has_inquiry_form = 照会書兼回答書《しょうかいしょけんかいとうしょ》を 持《も》って いますか。
question-has_inquiry_form-hint = 本人《ほんにん》に 郵便《ゆうびん》で 届《とど》く、暗証番号《あんしょうばんごう》を 書《か》く 書類《しょるい》です。有効期限通知書《ゆうこうきげんつうちしょ》と 一緒《いっしょ》にも 届《とど》きます。本人《ほんにん》が 書《か》いて、封筒《ふうとう》に 入《い》れて 封《ふう》を した ものが 必要《ひつよう》です。
question-knows_pins = カードの 暗証番号《あんしょうばんごう》を 覚《おぼ》えて いますか。
question-basic_info_changed = 電子証明書《でんししょうめいしょ》を 作《つく》った あとで、住所《じゅうしょ》・名前《なまえ》・生年月日《せいねんがっぴ》・性別《せいべつ》の どれかが 変《か》わりましたか。
question-holder_under_15_or_ward = カードの 持《も》ち主《ぬし》は、15歳《さい》未満《みまん》(14歳《さい》まで)の 子《こ》ども、または 成年後見《せいねんこうけん》を 受《う》けて いる 人《ひと》ですか。
question-holder_under_15_or_ward-hint = 成年後見《せいねんこうけん》は、認知症《にんちしょう》などで 自分《じぶん》で 決《き》める ことが 難《むずか》しい 人《ひと》の ための 制度《せいど》です。家庭裁判所《かていさいばんしょ》が 選《えら》んだ 成年後見人《せいねんこうけんにん》が、本人《ほんにん》の 代《か》わりに 手続《てつづ》きを します。
