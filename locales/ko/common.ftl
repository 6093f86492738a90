# Official terms: no Korean text by J-LIS, the Digital Agency or the ISA guidebook was found in the search corpus
# (only the ISA 生活・就労ガイドブック index page, moj.go.jp/isa/guidebook_all.html, and the Korean pages of Nagasaki and Inagi cities).
# Chosen as a Japanese government Korean page would most plausibly write them: 마이넘버카드, 이용자 증명용 전자증명서,
# 서명용 전자증명서, 비밀번호, 유효기간 통지서, 조회서 겸 회답서, 주민기본대장카드(주기카드), 마이넘버 종합 프리다이얼.

# 날짜·목록 표기. $weekday는 월요일이 1.
# CLDR 전체 날짜 (y년 M월 d일 EEEE): 2027년 7월 15일 목요일
date = { $year }년 { $month }월 { $day }일 { $weekday ->
        [1] 월요일
        [2] 화요일
        [3] 수요일
        [4] 목요일
        [5] 금요일
        [6] 토요일
       *[7] 일요일
    }
list-separator = {", "}
# 목록의 마지막 두 항목 사이 (조사 와/과는 앞말에 따라 달라 쉼표로 둠)
list-last-separator = {", "}
yes = 예
no = 아니요
# 시각 표기 (CLDR 짧은 시각: 오전/오후 h:mm). $hour12는 1~12, $minute는 두 자리.
time = { $period ->
        [am] 오전
       *[pm] 오후
    } { $hour12 }:{ $minute }
# 세 자리마다 넣는 구분 기호
thousands-separator = {","}
# kiosk.toml에 한국어 문장이 없을 때: 영어 문장 옆에 창구 안내의 일본어를 붙임
city-text-fallback = { $text } ({ $japanese })
