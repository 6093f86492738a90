## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = काउन्टरमा अहिलेको भीड
now-intro = हरेक कार्यालयको काउन्टरमा अहिले कति जना पर्खिरहेका छन्, र लगभग कति समय पर्खनुपर्छ। यो पृष्ठ आफैँ अद्यावधिक हुन्छ।
now-open = अहिले खुला छ
now-closed = अहिले बन्द छ
now-closed-until = अहिले बन्द छ। अर्को सेवा { $date }, { $time } बजेदेखि सुरु हुन्छ।
now-window = काउन्टर
now-waiting = पर्खिरहेका
now-wait = अनुमानित पर्खाइ
now-last-called = अन्तिम पटक बोलाइएको नम्बर
now-not-calling = यो कार्यालयले नम्बरले बोलाउँदैन
now-updated = { $time } बजेसम्मको जानकारी
now-stale = यी अंकहरू { $time } बजेदेखि अद्यावधिक भएका छैनन्।
now-lost = जडान टुट्यो। फेरि जोडिँदै छ…
now-typical-title = सामान्य हप्ता (पछिल्ला { $weeks } हप्ता)
now-typical-note = हरेक अंक टिकट लिएदेखि नम्बर बोलाइएसम्मको पर्खाइको मध्यिका (मिनेटमा) हो। “–” भनेको त्यो घण्टामा कुनै भ्रमणको अभिलेख नभएको हो।
now-typical-none = अझै पर्याप्त अभिलेख छैन।
now-quietest = प्रायः खाली हुने समय: { $list }
now-quiet-slot = { $weekday } { $from }–{ $to } ({ $minutes ->
        [0] 1 मिनेटभन्दा कम
       *[other] करिब { $minutes } मिनेट
    })
now-after-holiday = बिदापछिको दिन
now-after-holiday-note = बिदापछिका दिनहरू कम्तीमा { $count } दिन अभिलेखमा भएपछि छुट्टै पङ्क्तिमा देखाइन्छन्।
now-languages = भाषा
weekday = { $weekday ->
        [1] सोमबार
        [2] मङ्गलबार
        [3] बुधबार
        [4] बिहीबार
        [5] शुक्रबार
        [6] शनिबार
       *[7] आइतबार
    }
now-elsewhere = अरू कार्यालयमा पनि यही प्रक्रिया गर्न सकिन्छ। त्यहाँ अहिलेको पर्खाइ:
now-elsewhere-line = { $count ->
        [0] { $office }: { $band }
       *[other] { $office }: { $count } जना पर्खिरहेका, { $band }
    }
now-elsewhere-distance = {" "}(करिब { $km } किमी)
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = .
