# Official terms: Ministry of Internal Affairs and Communications, Nepali pages on the Basic Resident
# Register (soumu.go.jp …/zairyu/nepali/). This page needs no card or certificate terms.

## The resident's phone page
phone-title = टिकट
phone-updates = यो पृष्ठ आफैँ अद्यावधिक हुन्छ।
phone-lost = जडान टुट्यो। फेरि जोडिँदै छ। कृपया केही बेर पर्खनुहोस्।
phone-ended = यो टिकटको पालो सकिएको छ।
phone-your-turn = तपाईंको पालो आयो। कृपया { $counter }मा जानुहोस्।
phone-serving = तपाईंको काम अहिले काउन्टरमा भइरहेको छ।
phone-missed = तपाईंको नम्बर बोलाइयो, तर तपाईं आउनुभएन।
phone-missed-what = काउन्टरका कर्मचारीलाई आफ्नो टिकट देखाउनुहोस्।
phone-ahead = { $count ->
    [0] अर्को पालो तपाईंको हो। काउन्टरको नजिकै पर्खनुहोस्।
   *[other] तपाईंभन्दा अगाडि { $count } जना पर्खिरहेका छन्।
}
phone-wait = अनुमानित पर्खाइ: { $band }
