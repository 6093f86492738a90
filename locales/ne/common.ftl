# Official terms: the Nepali pages of the Ministry of Internal Affairs and Communications (総務省,
# soumu.go.jp …/c-gyousei/zairyu/nepali/) give "मेरो नम्बर कार्ड" and "आधारभूत निवास रजिस्टर" (住民基本台帳).
# No Nepali J-LIS, ISA guidebook or Digital Agency text was found for the certificates, PINs, expiry
# notice, inquiry form or hotline: plain Nepali government wording was chosen (see advice.ftl).
# Date and time follow CLDR ne (y MMMM d, EEEE · HH:mm), with Western digits.

# How dates and lists are written. $weekday is 1 for Monday.
date = { $year } { $month ->
        [1] जनवरी
        [2] फेब्रुअरी
        [3] मार्च
        [4] अप्रिल
        [5] मे
        [6] जुन
        [7] जुलाई
        [8] अगस्ट
        [9] सेप्टेम्बर
        [10] अक्टोबर
        [11] नोभेम्बर
       *[12] डिसेम्बर
    } { $day }, { $weekday ->
        [1] सोमबार
        [2] मङ्गलबार
        [3] बुधबार
        [4] बिहिबार
        [5] शुक्रबार
        [6] शनिबार
       *[7] आइतबार
    }
list-separator = {", "}
# सूचीका अन्तिम दुई बीच
list-last-separator = {" र "}
yes = हो
no = होइन
# Time (CLDR ne short time HH:mm, two-digit hour; Latin digits, as on the ticket and the signs)
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
# Between groups of digits (the kiosk groups by three: 1,000; CLDR ne would write 1,00,000 from a lakh up,
# which no amount on the kiosk reaches)
thousands-separator = {","}
# When kiosk.toml has no Nepali text: the English, with the Japanese of the counter's sign
city-text-fallback = { $text } ({ $japanese })
