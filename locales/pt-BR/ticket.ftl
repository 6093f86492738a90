# Terms: J-LIS site (kojinbango-card.go.jp/pt) and Inagi City pages in Portuguese ("Cartão My Number", "certificado eletrônico").
# "Ficha" is the queue ticket; "senha" is kept for PINs only.

## A ficha
ticket-issued = Emissão: { $date }, { $time }
ticket-your-number = Seu número
ticket-counter = Guichê { $number }
ticket-bring = Tenha em mãos
# O nome deste idioma (botão) e o nome em japonês, para a parte dos funcionários
language-name = Português
language-name-in-japanese = ポルトガル語
language-name-in-english = Portuguese
ticket-check-card = Para os funcionários: não foi possível verificar os certificados eletrônicos deste cartão. Por favor, verifique o cartão.
ticket-test-card = Para os funcionários: este é um cartão de teste.
ticket-more-info = Mais informações
ticket-follow-on-phone = Leia o QR code com o smartphone para acompanhar as chamadas
ticket-please-wait = Aguarde até o seu número ser chamado.
slip-footer = Não é possível dar um número agora. Pedimos desculpas pelo transtorno.
ticket-wait = { $count ->
    [0] Ninguém à sua frente
    [one] { $count } pessoa à sua frente (espera: { $band })
   *[other] { $count } pessoas à sua frente (espera: { $band })
}
ticket-reprint = Reimpressão: { $time }
