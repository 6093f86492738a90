# Terms as in advice.ftl (J-LIS and Inagi City pages in Portuguese). Dates and times follow CLDR pt (Brazil):
# "quinta-feira, 15 de julho de 2027"; time HH:mm; "." groups thousands.

# Como se escrevem datas e listas. $weekday é 1 para segunda-feira.
date = { $weekday ->
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
list-separator = {", "}
# Entre os dois últimos itens de uma lista
list-last-separator = {" e "}
yes = Sim
no = Não
# Hora (CLDR pt, HH:mm: a hora com dois dígitos)
time = { $hour ->
        [0] 00
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $hour }
    }:{ $minute }
# Separador de milhares
thousands-separator = {"."}
# Quando o kiosk.toml não tem texto em português: o texto em inglês, com o japonês ao lado
city-text-fallback = { $text } ({ $japanese })
