## 음성 안내, 숫자 키패드, 글자 크기와 색
listen = 음성 안내
larger-text = 글자 크게
high-contrast = 고대비
speech-key = “{ $label }” 버튼은 { $key }번을 누르십시오.
speech-enter = 엔터 키로도 “{ $label }” 버튼을 선택할 수 있습니다.
speech-back = 이전 화면으로 돌아가려면 백스페이스 키를 누르십시오.
speech-repeat = 다시 들으려면 0을 누르십시오. 플러스와 마이너스 키로 음량을 바꿀 수 있습니다.
speech-ticket = 고객님의 번호는 { $prefix } { $seq }번입니다.
voice-in-english = 이 언어의 음성이 없어 영어로 안내합니다.
# Dates as the voice says them: as they are written.
date-spoken = { $year }년 { $month }월 { $day }일 { $weekday ->
        [1] 월요일
        [2] 화요일
        [3] 수요일
        [4] 목요일
        [5] 금요일
        [6] 토요일
       *[7] 일요일
    }
speech-timed-out = 시간이 초과되어 처음 화면으로 돌아왔습니다. 카드를 판독기에 다시 올려놓으시면 수속을 시작할 수 있습니다.
