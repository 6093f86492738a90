## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = Espera nos guichês agora
now-intro = Quantas pessoas esperam nos guichês de cada unidade e o tempo de espera aproximado. Esta página se atualiza sozinha.
now-open = Aberto agora
now-closed = Fechado agora
now-closed-until = Fechado agora. Abre { $date } às { $time }.
now-window = Guichê
now-waiting = Esperando
now-wait = Espera prevista
now-last-called = Último número chamado
now-not-calling = Esta unidade não chama por número
now-updated = Atualizado às { $time }
now-stale = Estes números não são atualizados desde { $time }.
now-lost = Conexão perdida. Reconectando…
now-typical-title = Uma semana típica (últimas { $weeks } semanas)
now-typical-note = Cada número é a mediana da espera em minutos, de pegar a senha até ser chamado. Em branco: nenhuma visita registrada nesse horário.
now-typical-none = Ainda não há histórico suficiente.
now-quietest = Geralmente tranquilo: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } (cerca de { $minutes } min)
now-after-holiday = Dia seguinte a feriado
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
now-elsewhere = Outras unidades fazem o mesmo procedimento. A espera nelas agora:
now-elsewhere-line = { $office }: { $count } esperando, { $band }
now-elsewhere-distance = {" "}(a cerca de { $km } km)
