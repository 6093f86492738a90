## The public wait page (/now), and the branches the kiosk and the phone page point to
now-title = 지금 창구 혼잡 상황
now-intro = 각 청사 창구에서 지금 기다리는 사람 수와 예상 대기 시간입니다. 이 페이지는 자동으로 업데이트됩니다.
now-open = 접수 중
now-closed = 접수 시간 외
now-closed-until = 지금은 접수 시간이 아닙니다. 다음 접수는 { $date } { $time }부터입니다.
now-window = 창구
now-waiting = 대기 인원
now-wait = 예상 대기 시간
now-last-called = 마지막으로 부른 번호
now-not-calling = 이 청사는 번호로 호출하지 않습니다
now-updated = { $time } 기준
now-stale = 이 숫자는 { $time } 이후 업데이트되지 않았습니다.
now-lost = 연결이 끊겼습니다. 다시 연결하고 있습니다…
now-typical-title = 평소 혼잡도 (최근 { $weeks }주)
now-typical-note = 숫자는 번호표를 받은 뒤 호출될 때까지의 대기 시간(분)의 중앙값입니다. “–”는 기록이 없는 시간대입니다.
now-typical-none = 아직 기록이 부족합니다.
now-quietest = 대체로 한산한 시간대: { $list }
now-quiet-slot = { $weekday } { $from }~{ $to } ({ $minutes ->
        [0] 1분 미만
       *[other] 약 { $minutes }분
    })
now-after-holiday = 휴일 다음 날
now-after-holiday-note = 휴일 다음 날의 기록이 { $count }일 이상이면 따로 한 줄로 보여 줍니다.
now-languages = 언어
weekday = { $weekday ->
        [1] 월요일
        [2] 화요일
        [3] 수요일
        [4] 목요일
        [5] 금요일
        [6] 토요일
       *[7] 일요일
    }
now-elsewhere = 다른 청사에서도 같은 절차를 할 수 있습니다. 지금 대기 상황:
now-elsewhere-line = { $count ->
        [0] { $office }: { $band }
       *[other] { $office }: { $count }명 대기, 예상 { $band }
    }
now-elsewhere-distance = {" "}(약 { $km }km)
# How a decimal number is written here: 7.5 or 7,5 (the distance to a branch).
now-decimal-mark = .
