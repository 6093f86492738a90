## Boses, keypad, laki ng letra at kulay
listen = Makinig
larger-text = Mas malaking letra
high-contrast = Mataas na contrast
speech-key = Para sa “{ $label }”, pindutin ang { $key }.
speech-enter = Pinipili rin ng Enter ang “{ $label }”.
speech-back = Para bumalik, pindutin ang Backspace.
speech-repeat = Pindutin ang 0 para marinig ulit. Ang plus at minus ay para sa lakas ng tunog.
speech-ticket = Ang numero ninyo ay { $prefix } { $seq }.
# Ipinapakita sa screen; Ingles ang boses na nagsasalita.
voice-in-english = Walang boses sa Filipino ang kiosk na ito, kaya sa Ingles po ito magsasalita.
# Dates as the voice says them: as they are written.
date-spoken = { $weekday ->
        [1] Lunes
        [2] Martes
        [3] Miyerkules
        [4] Huwebes
        [5] Biyernes
        [6] Sabado
       *[7] Linggo
    }, { $month ->
        [1] Enero
        [2] Pebrero
        [3] Marso
        [4] Abril
        [5] Mayo
        [6] Hunyo
        [7] Hulyo
        [8] Agosto
        [9] Setyembre
        [10] Oktubre
        [11] Nobyembre
       *[12] Disyembre
    } { $day }, { $year }
speech-timed-out = Naubos na po ang oras, kaya bumalik ang kiosk sa unang screen. Para magsimula ulit, ilagay po ang card sa reader.
