# Terms: J-LIS site (kojinbango-card.go.jp/pt) and Inagi City pages in Portuguese; ISA guidebook (pt) for "cartão de residente".
# Not found, our choice: "formulário de consulta e resposta" for 照会書兼回答書; "curatela" (Brazilian law) for 成年後見.

## Procedimentos
procedure-pin_reset = Redefinição de senha
procedure-cert_renewal = Renovação dos certificados eletrônicos
procedure-cert_issuance = Emissão de novos certificados eletrônicos
procedure-sign_cert_issuance = Emissão de novo certificado eletrônico para assinatura
procedure-card_renewal = Nova solicitação do Cartão My Number (por vencimento)
procedure-card_application = Solicitação do Cartão My Number
procedure-card_reissue = Reemissão do Cartão My Number

## O que trazer
checklist-card = Cartão My Number do titular (o original)
checklist-card-own = Seu Cartão My Number (o original)
checklist-pins = Senhas do cartão (as de 4 dígitos e a senha para assinatura, de 6 a 16 letras e números)
checklist-other_pins = Senhas que não estão bloqueadas (a senha bloqueada é redefinida no guichê)
checklist-expiry_notice = Notificação do prazo de validade, se tiver chegado (não é obrigatória)
checklist-official_id = 1 documento de identidade emitido por órgão público (carteira de motorista, passaporte, cartão de residente, caderneta de pessoa com deficiência, caderneta de aposentadoria etc.; dentro da validade)
checklist-legal_rep_id = 1 documento de identidade do representante legal (Cartão My Number, carteira de motorista, passaporte etc.)
checklist-agency_proof = Documento que comprove a representação (koseki tohon, certidão de registro da curatela etc.; emitido há no máximo 3 meses)
checklist-proxy_id = 1 documento de identidade com foto do procurador, emitido por órgão público (Cartão My Number, carteira de motorista, passaporte etc.)
checklist-inquiry_form = Formulário de consulta e resposta (enviado pelo correio ao titular), preenchido e carimbado (inkan) pelo titular e lacrado no envelope
checklist-police_receipt = Número de protocolo do registro de perda (ou roubo) feito na polícia, se souber

## Perguntas e respostas
question-no_card_reason = Por que você está sem o cartão?
answer-no_card_reason-never_had = Nunca tive o cartão
answer-no_card_reason-left_at_home = Deixei em casa
answer-no_card_reason-lost = Perdi ou foi roubado
answer-no_card_reason-damaged = Está quebrado ou danificado
question-card_expiry_matches_cert = A data de validade impressa na frente do seu cartão é { $expiry }?
question-card_expiry_matches_cert-hint = Deixe o cartão no leitor e olhe a frente dele. É a data impressa ao lado da data de nascimento, “○年○月○日まで有効” (válido até…), e não o campo dos certificados eletrônicos escrito à mão. Se a notificação do prazo de validade indicar “マイナンバーカード” (Cartão My Number), escolha “Sim” também.
question-knows_pins-hint = São as senhas de 4 dígitos e a senha para assinatura (6 a 16 letras e números). Se você sabe as senhas atuais e só quer trocá-las, pode fazer isso em casa, no computador ou no smartphone.
question-knows_pins-for-holder = O titular se lembra das senhas do cartão?
question-knows_pins-for-holder-hint = São as senhas de 4 dígitos e a senha para assinatura (6 a 16 letras e números). O procurador não precisa saber as senhas. Não pergunte as senhas ao titular.
question-knows_pins-legal_representative = Você ou o titular se lembra das senhas do cartão?
question-knows_pins-legal_representative-hint = São as senhas de 4 dígitos e a senha para assinatura (6 a 16 letras e números).
question-visitor = De quem é o cartão?
question-visitor-no-card = De quem é o procedimento?
answer-visitor-holder = Meu próprio cartão
answer-visitor-legal_representative = Cartão de um filho menor de 15 anos, ou de um adulto de quem sou curador
answer-visitor-proxy = Cartão de outra pessoa (ela me pediu para vir)
question-has_inquiry_form = Você está com o formulário de consulta e resposta?
question-has_inquiry_form-hint = É o documento enviado pelo correio ao titular, em que ele escreve as senhas (também vem junto com a notificação do prazo de validade). Ele precisa estar preenchido pelo titular e lacrado no envelope.
question-knows_pins = Você se lembra das senhas do seu cartão?
question-basic_info_changed = Depois da emissão dos certificados eletrônicos, houve mudança no seu endereço, nome, data de nascimento ou sexo?
question-holder_under_15_or_ward = O titular do cartão é menor de 15 anos ou um adulto sob curatela?
question-holder_under_15_or_ward-hint = Na curatela (成年後見), um curador escolhido pelo tribunal de família faz os procedimentos no lugar de uma pessoa que não tem plena capacidade de decidir, por exemplo por demência.
