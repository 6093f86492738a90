# Official terms: "My Number Card" and "Toll-free Hotline ng My Number" as on Tagalog pages of Japanese
# cities (Hiroshima City Tagalog site; Ota City and Anjo City Tagalog living guides). No Tagalog source
# was found for the two certificates, the PINs, the expiry notice, the inquiry form or the Juki card: we use
# the official English names (certificate for digital signature / user authentication, PIN, password),
# "abiso ng pag-expire (有効期限通知書)" and "inquiry-and-answer form (照会書兼回答書)".

## Kalagayan ng card
status-valid = May bisa ang inyong mga electronic certificate hanggang { $expiry }. May { $days } araw pa.
status-renewable = { $days ->
        [0] Mag-e-expire ngayong araw ({ $expiry }) ang inyong mga electronic certificate.
       *[other] Mag-e-expire ang inyong mga electronic certificate sa { $expiry }. { $days } araw na lang.
    }
status-expired = Nag-expire na ang inyong mga electronic certificate noong { $expiry }.
status-card_expired = Nag-expire na ang inyong My Number Card noong { $expiry }.
status-card_expired-undated = Nag-expire na ang inyong My Number Card.
status-no_certificate = Walang electronic certificate para sa user authentication ang card na ito. Maaari itong i-issue sa counter.
status-juki_card = Juki card (Basic Resident Register Card) ito. Itinigil na noong Disyembre 2015 ang pag-issue at pag-renew ng electronic certificate sa Juki card. Para makagamit ng electronic certificate, mag-apply po kayo ng My Number Card (libre ang unang card).
status-smartphone = Electronic certificate ito ng smartphone. Ang kiosk na ito ay para sa mga electronic certificate ng My Number Card. Kung dala ninyo ang inyong card, pakilagay po ito sa reader.
status-other_card = Mukhang hindi ito My Number Card. Pakilagay po ang inyong My Number Card sa reader.
status-unreadable = Hindi nabasa ang card. Alisin po ang card at ilagay ito ulit.
status-no_card = Gabay ito para sa mga walang dalang My Number Card.
status-renewable-with-card = { $days ->
        [0] Mag-e-expire ngayong araw ({ $expiry }) ang inyong mga electronic certificate at ang card mismo.
       *[other] Sabay na mag-e-expire ang inyong mga electronic certificate at ang card mismo sa { $expiry }. { $days } araw na lang.
    }

## Ang kahulugan, at kailan
renewal-opens = Maaari kayong mag-renew simula { $date }.
renewal-notice-by-post = Darating sa koreo ang abiso ng pag-expire (有効期限通知書) 1 hanggang 3 buwan bago ang petsa ng pag-expire.
renewal-open-now = Maaari na kayong mag-renew ngayon. Puwede ito kahit hindi pa dumarating ang abiso ng pag-expire.
expired-meaning = Dahil nag-expire na ang mga ito, hindi na magagamit ang card bilang health insurance card (マイナ保険証), sa Mynaportal, sa pagkuha ng residence certificate at iba pang dokumento sa convenience store, at sa e-Tax at iba pang online na aplikasyon. Magagamit pa rin ang card bilang ID na may litrato. Maaari kayong kumuha ng bagong electronic certificate sa counter.
card-expired-meaning = Hindi na rin magagamit ang mga electronic certificate nito. Mag-apply po kayo ng bagong card.
card-expiry = May bisa ang card mismo hanggang { $date }.
card-expires-with-certificates = Sa parehong araw din mag-e-expire ang card mismo, kaya hindi puwedeng i-renew ang electronic certificate lang. Mag-apply po kayo ng bagong card. Kung dayuhan kayo at na-renew na ang inyong period of stay (在留期間), ang gagawin ay ipa-extend ang bisa ng card.
signature-revoked = Dahil nagbago ang inyong address, pangalan, petsa ng kapanganakan o kasarian, hindi na magagamit ang electronic certificate para sa digital signature. Magagamit pa rin ang electronic certificate para sa user authentication.
signature-not-for-minors = Sa pangkalahatan, hindi nag-i-issue ng electronic certificate para sa digital signature sa mga wala pang 15 taong gulang at sa mga nasa ilalim ng adult guardianship (成年被後見人). Kung kailangan ninyo ito, magtanong po sa counter.

## Mga PIN
pin-auth-locked = Naka-lock ang inyong PIN para sa user authentication (4 na numero) dahil 3 beses nang sunod-sunod na mali ang inilagay. Maaari itong i-reset sa counter.
pin-auth-last-try = Kapag nagkamali pa kayo nang isang beses, mala-lock ang inyong PIN para sa user authentication (4 na numero). Kung hindi kayo sigurado, huwag na itong ilagay at ipa-reset na lang sa counter.
pin-sign-locked = Naka-lock ang inyong password para sa digital signature (6–16 na letra at numero) dahil 5 beses nang sunod-sunod na mali ang inilagay. Maaari itong i-reset sa counter.
pin-sign-last-try = Kapag nagkamali pa kayo nang isang beses, mala-lock ang inyong password para sa digital signature (6–16 na letra at numero). Kung hindi kayo sigurado, huwag na itong ilagay at ipa-reset na lang sa counter.

## Nawalang card, o naiwan sa bahay
lost-hotline-name = Toll-free Hotline ng My Number
lost-suspend = Para hindi magamit ng iba ang inyong card, tumawag po sa { $hotline_name } ({ $hotline }) at ipahinto ang paggamit nito. Puwede kayong tumawag anumang oras, 24 oras.
lost-police = Mag-report po ng pagkawala (o ng pagnanakaw, kung ninakaw) sa police station o police box (koban). Isulat ang receipt number na ibibigay nila, at sabihin ito sa counter.
left-at-home = Kung nasa bahay ang inyong card, hindi na kailangang magpagawa ng bago. Bumalik po kayo dala ang inyong card.

## Ang dapat gawin
nothing-to-do = Wala kayong kailangang gawin sa ngayon.
go-to-window = Pumunta po kayo sa Counter { $number }, “{ $window }”.
step = { $n }. { $procedure }
visits-same-day = Matatapos ang proseso sa araw ding iyon.
visits-new-card = Mga 1 buwan mula sa pag-apply bago magawa ang bagong card. Pagdating ng abiso, bumalik po kayo para kunin ito.
visits-proxy-first = Kailangang pumunta nang 2 beses ang kinatawan, at hindi ito matatapos sa araw ding iyon. Pagkatapos ng pagpunta ngayon, ipapadala sa koreo ang inquiry-and-answer form (照会書兼回答書; dito isusulat ng may-ari ang PIN) sa nakarehistrong address ng may-ari. Hindi ito ipapasa sa ibang address. Bumalik po kayo dala ang form na sinulatan ng may-ari at nakasara sa sobre.
visits-proxy-second = Gagamitin ngayon ang inquiry-and-answer form na sinulatan ng may-ari at nakasara sa sobre. Kapag hindi tugma ang PIN na nakasulat dito, kailangan itong i-reset. Sa ganoong kaso, magpapadala ulit ng form sa koreo, kaya hindi na ito matatapos sa araw ding iyon.
fee-free = Walang bayad.
fee-reissue = Ang bayad ay ¥{ $total } (¥{ $card } para sa muling pag-issue ng card at ¥{ $cert } para sa mga electronic certificate).
also-at = Maaari rin itong gawin sa { $offices }.
