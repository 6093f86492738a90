# Official terms: "My Number Card" and "Toll-free Hotline ng My Number" as on Tagalog pages of Japanese
# cities (Hiroshima City Tagalog site; Ota City and Anjo City Tagalog living guides). No Tagalog source
# was found for the two certificates, the PINs, the expiry notice, the inquiry form or the Juki card: we use
# the official English names (certificate for digital signature / user authentication, PIN, password),
# "abiso ng pag-expire (有効期限通知書)" and "inquiry-and-answer form (照会書兼回答書)".

# Long date with weekday (CLDR fil). $weekday is 1 for Monday.
date = { $weekday ->
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
list-separator = {", "}
# Sa pagitan ng huling dalawa sa listahan
list-last-separator = {" at "}
yes = Oo
no = Hindi
# Short time (CLDR fil "h:mm a"). $hour12 is 1 to 12, $minute two digits, $period am or pm.
time = { $hour12 }:{ $minute } { $period ->
        [am] AM
       *[pm] PM
    }
# Between groups of three digits
thousands-separator = {","}
# When kiosk.toml has no Filipino text: the English, with the Japanese beside it
city-text-fallback = { $text } ({ $japanese })
