## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = Espera nos guichês agora
now-intro = Quantas pessoas esperam nos guichês de cada unidade e o tempo de espera aproximado. Esta página se atualiza sozinha.
now-open = Aberto agora
now-closed = Fechado agora
now-closed-until = Fechado agora. Próximo atendimento: { $date }, a partir das { $time }.
now-window = Guichê
now-waiting = Esperando
now-wait = Tempo de espera previsto
now-last-called = Último número chamado
now-not-calling = Esta unidade não chama por número
now-updated = Atualizado às { $time }
now-stale = Estes números não foram atualizados desde as { $time }.
now-lost = Conexão perdida. Reconectando…
now-typical-title = Uma semana típica ({ $weeks ->
        [one] última semana
       *[other] últimas { $weeks } semanas
    })
now-typical-note = Cada número é a mediana da espera em minutos, de retirar a ficha até ser chamado. Um traço indica que não há visitas registradas nesse horário.
now-typical-none = Ainda não há histórico suficiente.
now-quietest = Horários geralmente tranquilos: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } ({ $minutes ->
        [0] menos de 1 min
       *[other] cerca de { $minutes } min
    })
now-after-holiday = dia seguinte a feriado
now-after-holiday-note = Os dias seguintes a feriados ganham uma linha própria quando há pelo menos { $count } deles registrados.
now-languages = Idioma
weekday = { $weekday ->
        [1] segunda-feira
        [2] terça-feira
        [3] quarta-feira
        [4] quinta-feira
        [5] sexta-feira
        [6] sábado
       *[7] domingo
    }
now-elsewhere = Este procedimento também pode ser feito em outras unidades. A espera nelas agora:
now-elsewhere-line = { $count ->
        [0] { $office }: { $band }
       *[other] { $office }: { $count } esperando, { $band }
    }
now-elsewhere-distance = {" "}(a cerca de { $km } km)
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = ,
