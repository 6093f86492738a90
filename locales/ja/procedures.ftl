## 手続き
procedure-pin_reset = 暗証番号の再設定
procedure-cert_renewal = 電子証明書の更新
procedure-cert_issuance = 電子証明書の新規発行
procedure-sign_cert_issuance = 署名用電子証明書の新規発行
procedure-card_renewal = マイナンバーカードの再申請(有効期限)
procedure-card_application = マイナンバーカードの申請
procedure-card_reissue = マイナンバーカードの再交付

## 持ち物
checklist-card = マイナンバーカード(本人のもの・原本)
checklist-card-own = ご自分のマイナンバーカード(原本)
checklist-pins = カードに設定した暗証番号(数字4桁のものと、署名用の英数字6〜16文字)
checklist-other_pins = ロックされていない暗証番号(ロックされた暗証番号は、窓口で再設定します)
checklist-expiry_notice = 有効期限通知書(届いていれば。なくても手続きできます)
checklist-official_id = 国・都道府県・市区町村などが発行した本人確認書類1点(運転免許証、パスポート、在留カード、障害者手帳、年金手帳など。有効期限内のもの)
checklist-legal_rep_id = 法定代理人の本人確認書類1点(マイナンバーカード、運転免許証、パスポートなど)
checklist-agency_proof = 代理権を証明する書類(戸籍謄本、成年後見登記事項証明書など。発行から3か月以内のもの)
checklist-proxy_id = 代理人の顔写真付きの本人確認書類1点(マイナンバーカード、運転免許証、パスポートなど。国・都道府県・市区町村などが発行したもの)
checklist-inquiry_form = 照会書兼回答書(本人あてに郵送された書類。本人が記入・押印し、封筒に入れて封をしたもの)
checklist-police_receipt = 警察に遺失届(盗難届)を出したときの受理番号(分かれば)

## 質問と答え
question-no_card_reason = カードをお持ちでない理由を選んでください。
answer-no_card_reason-never_had = 作ったことがない
answer-no_card_reason-left_at_home = 家に置いてきた
answer-no_card_reason-lost = なくした・盗まれた
answer-no_card_reason-damaged = 壊れた・汚れた
question-card_expiry_matches_cert = カードの表に印字された有効期限は{ $expiry }ですか。
question-card_expiry_matches_cert-hint = カードは読み取り機に置いたまま、表を見てください。生年月日のとなりに印字された「○年○月○日まで有効」の日付です(手書きの電子証明書の欄ではありません)。有効期限通知書に「マイナンバーカード」と書かれているときも「はい」を選んでください。
question-knows_pins-hint = 数字4桁の暗証番号と、署名用の英数字6〜16文字の暗証番号です。今の暗証番号が分かっていて、変えたいだけのときは、ご自宅のパソコンやスマートフォンで変更できます。
question-knows_pins-for-holder = カードの持ち主は、カードの暗証番号を覚えていますか。
question-knows_pins-for-holder-hint = 数字4桁の暗証番号と、署名用の英数字6〜16文字の暗証番号です。代理の方が暗証番号を知っている必要はありません。本人から聞かないでください。
question-knows_pins-legal_representative = カードの暗証番号を、ご本人かあなたが覚えていますか。
question-knows_pins-legal_representative-hint = 数字4桁の暗証番号と、署名用の英数字6〜16文字の暗証番号です。
question-visitor = どなたのカードですか。
question-visitor-no-card = どなたの手続きですか。
answer-visitor-holder = 自分のカード
answer-visitor-legal_representative = 15歳未満の子どものカード、または自分が成年後見人になっている方のカード
answer-visitor-proxy = ほかの人のカード(本人に頼まれて来た)
question-has_inquiry_form = 照会書兼回答書をお持ちですか。
question-has_inquiry_form-hint = 本人あてに郵送される、暗証番号を書く書類です(有効期限通知書にも同封されています)。本人が記入し、封筒に入れて封をしたものが必要です。
question-knows_pins = カードの暗証番号を覚えていますか。
question-basic_info_changed = 電子証明書を発行した後に、住所・氏名・生年月日・性別のどれかが変わりましたか。
question-holder_under_15_or_ward = カードの持ち主は、15歳未満の方、または成年後見を受けている方ですか。
question-holder_under_15_or_ward-hint = 成年後見とは、認知症などで判断する力が十分でない方に代わって、家庭裁判所が選んだ成年後見人が手続きをする制度です。
