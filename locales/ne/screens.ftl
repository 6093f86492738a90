# Official terms: "मेरो नम्बर कार्ड" and "आधारभूत निवास रजिस्टर" from the Nepali pages of the Ministry of
# Internal Affairs and Communications (soumu.go.jp …/zairyu/nepali/); "जुकी कार्ड" kept as residents say it.
# Not found in Nepali, so chosen: विद्युतीय प्रमाणपत्र, हस्ताक्षरको विद्युतीय प्रमाणपत्र, पिन.

## Screens
waiting-title = मेरो नम्बर कार्ड रिडरमा राख्नुहोस्
waiting-how = कार्डको अगाडिपट्टि माथि पारेर रिडरमाथि समतल राख्नुहोस्। कार्ड छिराउने रिडर हो भने IC चिप भएको भागबाट छिराउनुहोस्।
waiting-hours = आजको सेवा समय: { $open } देखि { $close } सम्म
waiting-no-reception = आज काउन्टरमा सेवा हुँदैन।
counters-open = अहिले काउन्टर खुला छ।
counters-closed = अहिले सेवा समय बाहिर छ। अर्को सेवा { $date }, { $time } बजेदेखि सुरु हुन्छ।
no-card = मसँग कार्ड छैन
reading-title = कार्ड पढिँदै छ
reading-keep = कार्ड नचलाउनुहोस्।
# The status headline: the one thing that matters most.
headline-card_expired = कार्डको म्याद सकिएको छ
headline-juki_card = जुकी कार्डको विद्युतीय प्रमाणपत्र प्रयोग गर्न सकिँदैन
headline-cert_expired = विद्युतीय प्रमाणपत्रको म्याद सकिएको छ
headline-no_certificate = यो कार्डमा विद्युतीय प्रमाणपत्र छैन
headline-new_card_due = नयाँ कार्डका लागि आवेदन दिनुपर्छ
headline-pin_locked = पिन लक भएको छ
headline-renewable = विद्युतीय प्रमाणपत्र नवीकरण गर्ने बेला भयो
headline-signature_revoked = हस्ताक्षरको विद्युतीय प्रमाणपत्र प्रयोग गर्न सकिँदैन
headline-valid = विद्युतीय प्रमाणपत्र मान्य छ
headline-smartphone = यो स्मार्टफोनको विद्युतीय प्रमाणपत्र हो
headline-other_card = यो मेरो नम्बर कार्ड होइन
headline-unreadable = कार्ड पढ्न सकिएन
headline-no_card = कार्ड नभएमा
headline-lost = पहिले कार्डको प्रयोग रोक्नुहोस्
headline-left_at_home = कार्ड लिएर फेरि आउनुहोस्
# The word beside the headline's sign (never colour alone)
sign-fine = ठीक छ
sign-act = प्रक्रिया चाहिन्छ
sign-stopped = प्रयोग गर्न मिल्दैन
sign-info = जानकारी
next = अर्को
finish = समाप्त
back = पछाडि
start-over = सुरुबाट फेरि गर्ने
get-ticket = टिकट लिने
counter-closed-no-ticket = सेवा समय बाहिर भएकाले टिकट जारी गर्न सकिँदैन।
checklist-title = काउन्टरमा गर्ने प्रक्रिया
checklist-if-missing = केही कागजात नपुगे पनि काउन्टरमा गएर सोध्नुहोस्।
conclusion-title = आज कुनै प्रक्रिया गर्नु पर्दैन
conclusion-fine = कार्ड र विद्युतीय प्रमाणपत्र ठीकसँग प्रयोग गर्न सकिन्छ।
conclusion-title-unverified = पक्का गर्न काउन्टरमा कार्ड देखाउनुहोस्
conclusion-unverified = यो मेसिनले कार्डको विद्युतीय प्रमाणपत्र जाँच्न सकेन। काउन्टरका कर्मचारीले जाँच गर्नेछन्।
ask-counter = काउन्टरमा सोध्ने
put-back-title = कार्ड फेरि रिडरमा राख्नुहोस्
put-back-body = फेरि राख्नुभयो भने छोडेकै ठाउँबाट अगाडि बढ्छ। नराख्नुभए { $seconds } सेकेन्डपछि पहिलो स्क्रिनमा फर्किन्छ।
issuing = टिकट जारी हुँदै छ…
ticket-screen-title = टिकट लिनुहोस्
ticket-not-printed = टिकट प्रिन्ट गर्न सकिएन। यो नम्बर टिपेर काउन्टरमा जानुहोस्।
take-your-ticket-and-card = टिकट र कार्ड लिनुहोस्
take-card-title = कार्ड लिनुहोस्
take-card-body = कार्ड अझै रिडरमा छ।
no-ticket-cap = यो काउन्टरका आजका टिकट सकिए। काउन्टरका कर्मचारीलाई सोध्नुहोस्।
no-ticket-failed = अहिले टिकट जारी गर्न सकिँदैन। असुविधाका लागि माफ गर्नुहोस्। सोधपुछ काउन्टरमा जानुहोस्।
no-ticket-full = यो काउन्टरमा आज बन्द हुनुअघि सेवा दिन सकिने जति मानिस पहिल्यै पर्खिरहेका छन्। त्यसैले टिकट जारी गर्न सकिँदैन।
slip-title = नम्बर नभएको कागज लिनुहोस्
slip-title-not-printed = अहिले टिकट जारी गर्न सकिँदैन
slip-show-staff = नम्बर छैन: यो कागज सोधपुछ काउन्टरका कर्मचारीलाई देखाउनुहोस्।
slip-not-printed = कागज पनि प्रिन्ट गर्न सकिएन। सोधपुछ काउन्टरका कर्मचारीलाई यो स्क्रिनमा देखिएको काउन्टरको नाम भन्नुहोस्।
could-not-read-again = कार्ड निकालेर फेरि राख्नुहोस्।
could-not-read-how = एउटा मात्र कार्ड, खोलबाट निकालेर, अगाडिपट्टि माथि पारेर समतल राख्नुहोस्।
help-offer = धेरै पटक प्रयास गर्दा पनि कार्ड पढ्न सकिएन। काउन्टरमा सहयोग गरिन्छ। परामर्शको टिकट लिनुहोस्।
out-of-service-title = अहिले तयारी हुँदै छ
out-of-service-body = असुविधाका लागि माफ गर्नुहोस्। सोधपुछ काउन्टरमा जानुहोस्।
countdown-title = प्रक्रिया जारी राख्नुहुन्छ?
countdown = { $seconds } सेकेन्डपछि पहिलो स्क्रिनमा फर्किन्छ।
more-time = जारी राख्ने
counter-closed-today = यो प्रक्रियाको काउन्टर आज बन्द छ। माफ गर्नुहोस्, अर्को दिन आउनुहोस्।
counter-closed-today-go-elsewhere = यो प्रक्रियाको काउन्टर आज बन्द छ। माथि उल्लेख गरिएका शाखा कार्यालय आदिमा जानुहोस्।
# The line at the counter, when the office calls numbers through madoguchi.
wait-nobody = अहिले यो काउन्टरमा कोही पर्खिरहेको छैन।
wait-line = अहिले { $count } जना पर्खिरहेका छन्। अनुमानित पर्खाइ: { $band }।
wait-band-none = पर्खाइ छैन
wait-band-10 = करिब 10 मिनेट
wait-band-10-20 = 10–20 मिनेट
wait-band-20-30 = 20–30 मिनेट
wait-band-30 = 30 मिनेट वा बढी
full-today = यो काउन्टरमा आज बन्द हुनुअघि सेवा दिन सकिने जति मानिस पहिल्यै पर्खिरहेका छन्। माफ गर्नुहोस्, आज टिकट जारी गर्न सकिँदैन।
full-go-elsewhere = माथि उल्लेख गरिएका शाखा कार्यालय आदिमा पनि यो प्रक्रिया गर्न सकिन्छ।
full-come-back = अर्को सेवा { $date }, { $time } बजेदेखि सुरु हुन्छ।
broken-config-title = सेटिङ फाइलमा त्रुटि छ
broken-config-body = कर्मचारीका लागि: यो मेसिनले सेटिङ फाइल (तल देखाइएको) पढ्न नसकेकाले रोकिएको छ। सूचना प्रणाली हेर्ने शाखालाई सम्पर्क गर्नुहोस्। फाइल ठीक भएपछि आफैँ फेरि सुरु हुन्छ।

# The lobby display (madoguchi server).
display-title = बोलाइँदै गरेको नम्बर
display-recent = पहिले बोलाइएका
display-waiting = पर्खिरहेका व्यक्ति
display-lost = सर्भरसँगको जडान टुट्यो। फेरि जोडिँदै छ…
display-database-down = डाटाबेससँग जडान हुन सकेन। यो स्क्रिन { $time } बजेदेखि अद्यावधिक भएको छैन।
display-nobody-called = अहिलेसम्म कुनै नम्बर बोलाइएको छैन
call-phrase = नम्बर { $prefix } { $seq } भएको व्यक्ति, कृपया काउन्टर नम्बर { $desk }मा आउनुहोस्।

## Ticketing paused (for residents)
preparing-title = अहिले तयारी हुँदै छ
preparing-body = कृपया केही बेर पर्खनुहोस्। हतार छ भने सोधपुछ काउन्टरमा जानुहोस्।

## Choosing a language
# The first screen's "Language / 言語 / …" button joins this word of every offered language
language-word = भाषा
languages-title = भाषा छान्नुहोस्
