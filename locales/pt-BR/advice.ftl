# Terms: J-LIS site in Portuguese (kojinbango-card.go.jp/pt): "cartão my number", "notificação do prazo de validade", "senha de 4 dígitos".
# Inagi City pages in Portuguese (city.inagi.tokyo.jp/pt): "certificado eletrônico para assinatura", "certificado eletrônico
# para autenticação do usuário", "Cartão de Registro Básico de Residentes". ISA guidebook (pt): "cartão de residente (zairyu card)".
# Not found, our choice: "formulário de consulta e resposta" (照会書兼回答書), "Linha Gratuita My Number" (hotline).

## O estado do cartão
status-valid = Seus certificados eletrônicos valem até { $expiry }. { $days ->
        [one] Falta { $days } dia.
       *[other] Faltam { $days } dias.
    }
status-renewable = { $days ->
        [0] Seus certificados eletrônicos vencem hoje, { $expiry }.
        [one] Seus certificados eletrônicos valem até { $expiry }. Falta { $days } dia.
       *[other] Seus certificados eletrônicos valem até { $expiry }. Faltam { $days } dias.
    }
status-expired = Seus certificados eletrônicos estão vencidos. Eles valiam até { $expiry }.
status-card_expired = Seu Cartão My Number está vencido. Ele valia até { $expiry }.
status-card_expired-undated = Seu Cartão My Number está vencido.
status-no_certificate = Este cartão não tem o certificado eletrônico para autenticação do usuário. Ele pode ser emitido no guichê.
status-juki_card = Este é o Cartão de Registro Básico de Residentes (cartão Juki). Desde dezembro de 2015, não é mais possível emitir nem renovar certificados eletrônicos no cartão Juki. Para usar certificados eletrônicos, solicite o Cartão My Number (o primeiro cartão é gratuito).
status-smartphone = Este é o certificado eletrônico de um smartphone. Este terminal dá orientações sobre os certificados eletrônicos do Cartão My Number. Se estiver com o cartão, coloque-o no leitor.
status-other_card = Este cartão não parece ser um Cartão My Number. Coloque o seu Cartão My Number no leitor.
status-unreadable = Não foi possível ler o cartão. Retire o cartão e coloque-o de novo no leitor.
status-no_card = Orientações para quem está sem o Cartão My Number.
status-renewable-with-card = { $days ->
        [0] Seus certificados eletrônicos e o próprio cartão vencem hoje, { $expiry }.
        [one] Seus certificados eletrônicos e o próprio cartão valem até a mesma data: { $expiry }. Falta { $days } dia.
       *[other] Seus certificados eletrônicos e o próprio cartão valem até a mesma data: { $expiry }. Faltam { $days } dias.
    }

## O que isso significa, e quando
renewal-opens = A renovação pode ser feita a partir de { $date }.
renewal-notice-by-post = A notificação do prazo de validade chega pelo correio de 1 a 3 meses antes do vencimento.
renewal-open-now = Você já pode fazer a renovação, mesmo sem ter recebido a notificação do prazo de validade.
expired-meaning = Como estão vencidos, os certificados eletrônicos não servem mais para usar o cartão no seguro de saúde (マイナ保険証), entrar no Mynaportal, tirar documentos como o atestado de residência em lojas de conveniência, nem fazer pedidos online como o e-Tax. O cartão continua valendo como documento de identidade com foto. Novos certificados eletrônicos podem ser emitidos no guichê.
card-expired-meaning = Os certificados eletrônicos do cartão também não funcionam mais. Solicite um novo cartão.
card-expiry = O próprio cartão vale até { $date }.
card-expires-with-certificates = O cartão vence no mesmo dia que os certificados eletrônicos, por isso não é possível renovar só os certificados. Solicite um novo cartão. Se você é estrangeiro e renovou o período de permanência, o procedimento é a prorrogação da validade do cartão.
signature-revoked = Como houve mudança no seu endereço, nome, data de nascimento ou sexo, o certificado eletrônico para assinatura não funciona mais. O certificado eletrônico para autenticação do usuário continua funcionando.
signature-not-for-minors = Em princípio, o certificado eletrônico para assinatura não é emitido para menores de 15 anos nem para adultos sob curatela (成年後見). Se precisar dele, pergunte no guichê.

## Senhas
pin-auth-locked = A senha para autenticação do usuário (4 dígitos) foi digitada errada 3 vezes seguidas e está bloqueada. Ela pode ser redefinida no guichê.
pin-auth-last-try = A senha para autenticação do usuário (4 dígitos) será bloqueada se for digitada errada mais uma vez. Se não tiver certeza, não digite: redefina a senha no guichê.
pin-sign-locked = A senha para assinatura (6 a 16 letras e números) foi digitada errada 5 vezes seguidas e está bloqueada. Ela pode ser redefinida no guichê.
pin-sign-last-try = A senha para assinatura (6 a 16 letras e números) será bloqueada se for digitada errada mais uma vez. Se não tiver certeza, não digite: redefina a senha no guichê.

## Cartão perdido ou esquecido em casa
lost-hotline-name = a Linha Gratuita My Number
lost-suspend = Ligue para { $hotline_name } ({ $hotline }) e peça a suspensão do cartão, para que ninguém mais possa usá-lo. A suspensão pode ser pedida 24 horas por dia.
lost-police = Registre a perda (ou o roubo) do cartão numa delegacia ou num posto policial (koban). Anote o número de protocolo que você receber e informe esse número no guichê.
left-at-home = Se o cartão está em casa, não é preciso fazer um novo. Volte aqui com o cartão.

## O que fazer
nothing-to-do = No momento, não é preciso fazer nenhum procedimento.
go-to-window = Faça o procedimento no guichê { $number }, “{ $window }”.
step = { $n }. { $procedure }
visits-same-day = O procedimento termina no mesmo dia.
visits-new-card = O novo cartão fica pronto cerca de 1 mês após a solicitação. Quando o aviso chegar, volte para retirá-lo.
visits-proxy-first = Quando o procedimento é feito por procurador, são necessárias 2 visitas, e ele não termina no mesmo dia. Depois desta visita, o formulário de consulta e resposta (documento em que o titular escreve as senhas) será enviado pelo correio ao endereço do titular no atestado de residência. Ele não é reencaminhado para outro endereço. O titular deve preenchê-lo, colocá-lo no envelope e lacrar o envelope. Depois, volte com esse envelope.
visits-proxy-second = Nesta visita, o procedimento é feito com o formulário de consulta e resposta, preenchido pelo titular e lacrado no envelope. Se a senha escrita no formulário não conferir, será preciso redefini-la: nesse caso, um novo formulário será enviado pelo correio, e o procedimento não termina no mesmo dia.
fee-free = Não há taxa.
fee-reissue = A taxa é de { $total } ienes ({ $card } ienes pela reemissão do cartão e { $cert } ienes pelos certificados eletrônicos).
also-at = Este procedimento também pode ser feito em: { $offices }.
