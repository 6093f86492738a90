# Terms: J-LIS site (kojinbango-card.go.jp/pt) and Inagi City pages in Portuguese.
# "Ficha" is the queue ticket; "senha" is kept for PINs only.

## A página no smartphone do morador
phone-title = Ficha de atendimento
phone-updates = Esta página se atualiza sozinha.
phone-lost = A conexão caiu. Reconectando. Aguarde um momento.
phone-ended = Esta ficha não está mais ativa.
phone-your-turn = Obrigado por aguardar. Dirija-se ao { $counter }.
phone-serving = Seu atendimento está em andamento no guichê.
phone-missed = Seu número foi chamado, mas você não estava no guichê.
phone-missed-what = Mostre a ficha a um funcionário do guichê.
phone-ahead = { $count ->
    [0] Seu número é o próximo. Aguarde perto do guichê.
    [one] Há { $count } pessoa esperando à sua frente.
   *[other] Há { $count } pessoas esperando à sua frente.
}
phone-wait = Tempo de espera previsto: { $band }
