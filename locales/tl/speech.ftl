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
