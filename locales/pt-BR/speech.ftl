## Voz, teclado numérico, tamanho do texto e cores
listen = Ouvir
larger-text = Letras maiores
high-contrast = Alto contraste
speech-key = Para “{ $label }”, aperte { $key }.
speech-enter = A tecla Enter também escolhe “{ $label }”.
speech-back = Para voltar, aperte a tecla de apagar.
speech-repeat = Aperte 0 para ouvir de novo. As teclas mais e menos mudam o volume.
speech-ticket = Seu número é { $prefix } { $seq }.
voice-in-english = Não há voz neste idioma aqui, por isso o terminal fala em inglês.
# Dates as the voice says them: as they are written.
date-spoken = { $weekday ->
        [1] segunda-feira
        [2] terça-feira
        [3] quarta-feira
        [4] quinta-feira
        [5] sexta-feira
        [6] sábado
       *[7] domingo
    }, { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }
speech-timed-out = O tempo acabou e o terminal voltou à tela inicial. Coloque o cartão no leitor para começar de novo.
