## The voice and the keypad, text size and colours
listen = Listen
larger-text = Larger text
high-contrast = High contrast
# Said only, never shown
speech-key = For “{ $label }”, press { $key }.
speech-enter = Enter also chooses “{ $label }”.
speech-back = To go back, press Backspace.
speech-repeat = Press 0 to hear this again. Plus and minus change the volume.
speech-ticket = Your number is { $prefix } { $seq }.
# Shown on a Filipino screen (in Filipino); said in English by the English voice.
voice-in-english = There is no Filipino voice here, so the kiosk speaks English.
