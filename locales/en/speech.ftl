## The voice and the keypad, text size and colours
listen = Listen
larger-text = Larger text
high-contrast = High contrast
# Said only, never shown
speech-key = For “{ $label }”, press { $key }.
speech-enter = Enter also chooses “{ $label }”.
speech-back = To go back, press Backspace.
speech-repeat = Press 0 to hear this again. Plus and minus change the volume.
speech-ticket = Your number is { $prefix }-{ $seq }.
# Shown on a Filipino screen (in Filipino); said in English by the English voice.
voice-in-english = There is no voice in your language here, so the kiosk speaks English.
# Dates as the voice says them: as they are written.
date-spoken = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
speech-timed-out = Time ran out, so the kiosk has returned to the first screen. To start again, please put your card on the reader.
