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
checklist-pins = カードに設定した暗証番号(数字4桁のものと、署名用の英数字6〜16文字)
checklist-expiry_notice = 有効期限通知書(届いていれば。なくても手続きできます)
checklist-official_id = 官公署が発行した本人確認書類1点(運転免許証、パスポート、在留カード、健康保険証など。有効期限内のもの)
checklist-legal_rep_id = 法定代理人の本人確認書類1点(マイナンバーカード、運転免許証、パスポートなど)
checklist-agency_proof = 代理権を証明する書類(戸籍謄本、成年後見登記事項証明書など。発行から3か月以内のもの)
checklist-proxy_id = 代理人の顔写真付き本人確認書類1点(マイナンバーカード、運転免許証、パスポートなど。官公署が発行したもの)
checklist-inquiry_form = 照会書兼回答書(本人が記入し、封をしたもの)

## 質問と答え
question-no_card_reason = カードをお持ちでない理由を選んでください。
answer-no_card_reason-never_had = 作ったことがない
answer-no_card_reason-lost = なくした
answer-no_card_reason-damaged = 壊れた・汚れた
question-card_expiry_matches_cert = カードの表に印字された有効期限は{ $expiry }ですか。
question-card_expiry_matches_cert-hint = 有効期限はカードの表、生年月日のとなりに印字されています。有効期限通知書に「マイナンバーカード」と書かれているときも「はい」を選んでください。
question-knows_pins-hint = 今の暗証番号が分かっていて、変えたいだけのときは、ご自宅のパソコンやスマートフォンで変更できます。
question-visitor = どなたのカードですか。
answer-visitor-holder = 自分のカード
answer-visitor-legal_representative = 子ども、または被後見人のカード(法定代理人)
answer-visitor-proxy = ほかの人のカード(頼まれて来た)
question-has_inquiry_form = 本人が記入して封をした照会書兼回答書をお持ちですか。
question-knows_pins = カードの暗証番号を覚えていますか。
question-basic_info_changed = 電子証明書を発行した後に、住所・氏名・生年月日・性別のどれかが変わりましたか。
question-holder_under_15_or_ward = カードの持ち主は、15歳未満の方、または成年被後見人の方ですか。
