# Official terms: Ministry of Internal Affairs and Communications, Nepali pages on the Basic Resident
# Register (soumu.go.jp …/zairyu/nepali/): "मेरो नम्बर कार्ड". Certificate and PIN terms: none found
# in Nepali; "विद्युतीय प्रमाणपत्र", "पिन" and "पासवर्ड" chosen (Nepal government usage).
# Language names: CLDR ne / ja (नेपाली, ネパール語).

## The ticket
ticket-issued = जारी: { $date }, { $time }
ticket-your-number = तपाईंको नम्बर
ticket-counter = काउन्टर नं. { $number }
ticket-bring = तयार राख्नुपर्ने कुरा
# This language's own name (its button), and its name in Japanese for the staff block
language-name = नेपाली
language-name-in-japanese = ネパール語
language-name-in-english = Nepali
ticket-check-card = कर्मचारीका लागि: यो कार्डको विद्युतीय प्रमाणपत्र जाँच्न सकिएन। कार्ड जाँच गर्नुहोस्।
ticket-test-card = कर्मचारीका लागि: यो परीक्षणको कार्ड हो।
ticket-more-info = थप जानकारी
ticket-follow-on-phone = QR कोड स्क्यान गरेर आफ्नो पालो स्मार्टफोनमा हेर्न सक्नुहुन्छ
ticket-please-wait = तपाईंको नम्बर नबोलाएसम्म कृपया पर्खनुहोस्।
slip-footer = अहिले नम्बर दिन सकिँदैन। असुविधाका लागि माफ गर्नुहोस्।
ticket-wait = { $count ->
    [0] तपाईंभन्दा अगाडि कोही छैन
   *[other] तपाईंभन्दा अगाडि { $count } जना (अनुमानित पर्खाइ: { $band })
}
ticket-reprint = पुनः प्रिन्ट { $time }
