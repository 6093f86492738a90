## Voz, teclado numérico, tamanho do texto e cores
listen = Ouvir
larger-text = Letras maiores
high-contrast = Alto contraste
speech-key = Para “{ $label }”, aperte { $key }.
speech-enter = A tecla Enter também escolhe “{ $label }”.
speech-back = Para voltar, aperte a tecla de apagar (Backspace).
speech-repeat = Aperte 0 para ouvir de novo. As teclas mais e menos mudam o volume.
speech-ticket = Seu número é { $prefix } { $seq }.
voice-in-english = Não há voz em filipino aqui, por isso o terminal fala em inglês.
