# Terms: J-LIS site (kojinbango-card.go.jp/pt) and Inagi City pages in Portuguese ("Cartão My Number", "certificado eletrônico
# para assinatura"). "Ficha" is the queue ticket; "senha" is kept for PINs only, so the two are never confused.

## Telas
waiting-title = Coloque seu Cartão My Number no leitor
waiting-how = Coloque o cartão sobre o leitor, deitado e com a frente para cima. Se o leitor tiver uma abertura, insira o cartão pelo lado do chip.
waiting-hours = Atendimento hoje: das { $open } às { $close }
waiting-no-reception = Hoje não há atendimento nos guichês.
counters-open = Os guichês estão atendendo agora.
counters-closed = Os guichês estão fechados agora. Próximo atendimento: { $date }, a partir das { $time }.
no-card = Estou sem o cartão
reading-title = Lendo o cartão
reading-keep = Não mexa no cartão.
# Título do estado: a coisa mais importante.
headline-card_expired = O cartão está vencido
headline-juki_card = Os certificados eletrônicos do cartão Juki não funcionam
headline-cert_expired = Os certificados eletrônicos estão vencidos
headline-no_certificate = Não há certificado eletrônico no cartão
headline-new_card_due = É preciso solicitar um novo cartão
headline-pin_locked = Uma senha do cartão está bloqueada
headline-renewable = É hora de renovar os certificados eletrônicos
headline-signature_revoked = O certificado eletrônico para assinatura não funciona mais
headline-valid = Os certificados eletrônicos estão válidos
headline-smartphone = Este é o certificado eletrônico de um smartphone
headline-other_card = Este não é um Cartão My Number
headline-unreadable = Não foi possível ler o cartão
headline-no_card = Para quem está sem o cartão
headline-lost = Primeiro, suspenda o uso do cartão
headline-left_at_home = Volte com o cartão
# A palavra ao lado do símbolo do título (nunca só a cor)
sign-fine = Tudo certo
sign-act = Procedimento necessário
sign-stopped = Não funciona
sign-info = Informação
next = Avançar
finish = Concluir
back = Voltar
start-over = Recomeçar
get-ticket = Retirar ficha
counter-closed-no-ticket = Estamos fora do horário de atendimento. Não é possível emitir fichas agora.
checklist-title = No guichê
checklist-if-missing = Se faltar algum item, vá ao guichê mesmo assim e explique a situação.
conclusion-title = Hoje não é preciso fazer nenhum procedimento
conclusion-fine = O cartão e os certificados eletrônicos podem ser usados normalmente.
conclusion-title-unverified = Por precaução, mostre o cartão no guichê
conclusion-unverified = Este terminal não conseguiu verificar os certificados eletrônicos do cartão. Um funcionário do guichê vai verificar.
ask-counter = Perguntar no guichê
put-back-title = Coloque o cartão de volta no leitor
put-back-body = Ao colocá-lo de volta, você continua de onde parou. Se não colocar, o terminal volta à tela inicial em { $seconds ->
        [0] { $seconds } segundos.
        [one] { $seconds } segundo.
       *[other] { $seconds } segundos.
    }
issuing = Emitindo a ficha…
ticket-screen-title = Retire sua ficha
ticket-not-printed = Não foi possível imprimir a ficha. Anote este número e vá ao guichê.
take-your-ticket-and-card = Retire a ficha e o cartão
take-card-title = Retire o cartão
take-card-body = O cartão ainda está no leitor.
no-ticket-cap = As fichas de hoje para este guichê acabaram. Fale com um funcionário do guichê.
no-ticket-failed = Não é possível emitir fichas agora. Por favor, vá à recepção.
no-ticket-full = A fila deste guichê já ocupa todo o horário de atendimento de hoje. Não é possível emitir mais fichas.
slip-title = Retire o papel impresso. Ele não tem número.
slip-title-not-printed = Não é possível emitir fichas agora
slip-show-staff = Sem número: mostre este papel a um funcionário da recepção.
slip-not-printed = Também não foi possível imprimir o papel. Diga a um funcionário da recepção o nome do guichê que aparece nesta tela.
could-not-read-again = Retire o cartão e coloque-o de novo no leitor.
could-not-read-how = Coloque só um cartão, fora da capa, deitado e com a frente para cima.
help-offer = Não foi possível ler o cartão depois de várias tentativas. No guichê, podemos ajudar: retire uma ficha de atendimento.
out-of-service-title = Terminal em preparação
out-of-service-body = Desculpe o incômodo. Por favor, vá à recepção.
countdown-title = Quer continuar o procedimento?
countdown = Voltando à tela inicial em { $seconds ->
        [0] { $seconds } segundos.
        [one] { $seconds } segundo.
       *[other] { $seconds } segundos.
    }
more-time = Continuar
counter-closed-today = O guichê deste procedimento está fechado hoje. Desculpe, volte outro dia.
counter-closed-today-go-elsewhere = O guichê deste procedimento está fechado hoje. Use um dos postos de atendimento indicados acima.
# A fila no guichê, quando as senhas são chamadas pelo madoguchi.
wait-nobody = Ninguém está esperando neste guichê agora.
wait-line = { $count ->
        [one] { $count } pessoa está esperando agora. Tempo de espera previsto: { $band }.
       *[other] { $count } pessoas estão esperando agora. Tempo de espera previsto: { $band }.
    }
wait-band-none = sem espera
wait-band-10 = cerca de 10 minutos
wait-band-10-20 = 10 a 20 minutos
wait-band-20-30 = 20 a 30 minutos
wait-band-30 = 30 minutos ou mais
full-today = A fila deste guichê já ocupa todo o horário de atendimento de hoje. Desculpe, mas hoje não é possível emitir mais fichas.
full-go-elsewhere = Este procedimento também pode ser feito nos postos de atendimento indicados acima.
full-come-back = Próximo atendimento: { $date }, a partir das { $time }.
broken-config-title = O arquivo de configuração tem um erro
broken-config-body = Para os funcionários: este terminal parou porque não consegue ler o arquivo de configuração (mostrado abaixo). Avise o setor responsável (sistemas de informação). Ele volta a funcionar sozinho quando o arquivo for corrigido.

# O painel do saguão (servidor madoguchi).
display-title = Chamando agora
display-recent = Chamadas anteriores
display-waiting = Aguardando
display-lost = A conexão com o servidor caiu. Reconectando…
display-database-down = Não há conexão com o banco de dados. Esta tela não foi atualizada desde as { $time }.
display-nobody-called = Nenhum número foi chamado ainda
call-phrase = Número { $prefix } { $seq }, por favor, dirija-se ao guichê { $desk }.

## Emissão de fichas pausada (para os moradores)
preparing-title = Em preparação
preparing-body = Aguarde um momento. Se estiver com pressa, vá à recepção.

## Escolher o idioma
# O botão "Language / 言語 / …" da primeira tela junta esta palavra de cada idioma
language-word = Idioma
languages-title = Escolha o idioma
