//! Numbers written out for speech as each language says them: telephone numbers, times, ticket numbers and (in Chinese) years.
//!
//! The engines read any run of digits as one cardinal: 「099-216-1221」 as "ninety-nine,
//! two hundred sixteen…", 「8:30」 as "eight thirty" with the hour word lost in Mandarin, and
//! 2027年 as 两千零二十七年 where Chinese reads a year digit by digit. Dates, fees and counts
//! are already words the engines read well, and stay as they are.

/// `text` with its numbers in the forms `lang`'s voice says them (`lang` is the language of
/// the words, as a voice's `reads`).
pub fn for_speech(lang: &str, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].is_ascii_alphanumeric();
        if starts_word && let Some((end, said)) = number_at(lang, &chars, i, &out) {
            out.push_str(&said);
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The number that starts at `i`, if one of the spoken forms fits: where it ends, and how it
/// is said. `before` is what was written so far (Indonesian says "pukul" once).
fn number_at(lang: &str, chars: &[char], i: usize, before: &str) -> Option<(usize, String)> {
    if chars[i].is_ascii_uppercase() {
        let (end, prefix, seq) = ticket(chars, i)?;
        let mut said = ticket_said(lang, &prefix, seq);
        // The text's own counter word (「A-012番」, "A-012号") is not said twice.
        if let Some(next) = chars.get(end)
            && said.ends_with(*next)
        {
            said.pop();
        }
        return Some((end, said));
    }
    if !chars[i].is_ascii_digit() {
        return None;
    }
    if let Some((end, groups)) = telephone(chars, i) {
        return Some((end, telephone_said(lang, &groups)));
    }
    if let Some((end, hour, minute)) = time(lang, chars, i) {
        return Some(time_said(lang, chars, end, hour, minute, before));
    }
    if lang.starts_with("zh") {
        let digits = digits_at(chars, i);
        if digits.len() == 4 && chars.get(i + 4) == Some(&'年') {
            let year: String = digits.chars().map(chinese_digit).collect();
            return Some((i + 4, year));
        }
    }
    None
}

/// The ASCII digits from `i` on.
fn digits_at(chars: &[char], i: usize) -> String {
    chars[i..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .collect()
}

/// A Japanese telephone number: 0 first, three groups of digits joined by hyphens, 10 or 11
/// digits in all (099-216-1221, 0120-123-456, 090-1234-5678).
fn telephone(chars: &[char], i: usize) -> Option<(usize, Vec<String>)> {
    let mut groups = Vec::new();
    let mut at = i;
    loop {
        let group = digits_at(chars, at);
        if group.is_empty() || group.len() > 4 {
            return None;
        }
        at += group.len();
        groups.push(group);
        if groups.len() == 3 || chars.get(at) != Some(&'-') {
            break;
        }
        at += 1;
    }
    let digits: usize = groups.iter().map(String::len).sum();
    let fits = groups.len() == 3
        && groups[0].starts_with('0')
        && (10..=11).contains(&digits)
        && !chars
            .get(at)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '-');
    fits.then_some((at, groups))
}

/// A time of day: 8:30, 08:30, and in Indonesian 08.30.
fn time(lang: &str, chars: &[char], i: usize) -> Option<(usize, u32, u32)> {
    let hour = digits_at(chars, i);
    let separator = chars.get(i + hour.len())?;
    let fits = *separator == ':' || (lang == "id" && *separator == '.' && hour.len() == 2);
    if !fits || hour.is_empty() || hour.len() > 2 {
        return None;
    }
    let hour_len = hour.len();
    let minute = digits_at(chars, i + hour_len + 1);
    let end = i + hour_len + 1 + minute.len();
    let (hour, minute): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    // Minutes are always two digits: an Indonesian amount, 10.000, is no time.
    let fits = minute < 60
        && hour <= 24
        && end == i + hour_len + 3
        && !chars.get(end).is_some_and(|c| c.is_ascii_digit());
    fits.then_some((end, hour, minute))
}

/// A ticket number as printed, A-012: one to three capitals, a hyphen, digits.
fn ticket(chars: &[char], i: usize) -> Option<(usize, String, u32)> {
    let prefix: String = chars[i..]
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .collect();
    let dash = i + prefix.len();
    if prefix.len() > 3 || chars.get(dash) != Some(&'-') {
        return None;
    }
    let seq = digits_at(chars, dash + 1);
    let end = dash + 1 + seq.len();
    if seq.is_empty() || seq.len() > 4 || chars.get(end).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    Some((end, prefix, seq.parse().ok()?))
}

/// A ticket number as a letter and a number: "A-12" (English reads "A 12" as the article),
/// 「Aの12番」, "A12号", "A 12번".
fn ticket_said(lang: &str, prefix: &str, seq: u32) -> String {
    match lang {
        "ja" | "ja-easy" => format!("{prefix}の{seq}番"),
        "en" => format!("{prefix}-{seq}"),
        "zh-Hant" => format!("{prefix}{seq}號"),
        l if l.starts_with("zh") => format!("{prefix}{seq}号"),
        "ko" => format!("{prefix} {seq}번"),
        _ => format!("{prefix} {seq}"),
    }
}

/// A telephone number digit by digit, a pause between its groups, as each language reads
/// one out: Japanese 「ゼロきゅうきゅうの…」, Chinese 一 as 幺, Korean 0 as 공.
fn telephone_said(lang: &str, groups: &[String]) -> String {
    let said = |digit: fn(char) -> String, join_digits: &str, join_groups: &str| {
        groups
            .iter()
            .map(|g| g.chars().map(digit).collect::<Vec<_>>().join(join_digits))
            .collect::<Vec<_>>()
            .join(join_groups)
    };
    match lang {
        "ja" | "ja-easy" => said(japanese_phone_digit, "", "の、"),
        l if l.starts_with("zh") => said(|c| chinese_phone_digit(c).to_string(), "", "，"),
        "ko" => said(|c| korean_phone_digit(c).to_string(), " ", ", "),
        // Brazilians say six as meia (half a dozen) in a number read out, not to mix it with três.
        "pt-BR" => said(
            |c| match c {
                '6' => "meia".to_owned(),
                c => c.to_string(),
            },
            " ",
            ", ",
        ),
        _ => said(|c| c.to_string(), " ", ", "),
    }
}

fn japanese_phone_digit(c: char) -> String {
    // Two and five are drawn out (にい, ごお) when a number is read out, so that each is heard.
    const KANA: [&str; 10] = [
        "ゼロ",
        "いち",
        "にい",
        "さん",
        "よん",
        "ごお",
        "ろく",
        "なな",
        "はち",
        "きゅう",
    ];
    c.to_digit(10)
        .map_or(c.to_string(), |d| KANA[d as usize].to_owned())
}

fn chinese_digit(c: char) -> char {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    c.to_digit(10).map_or(c, |d| DIGITS[d as usize])
}

/// 一 is said 幺 (yāo) in a telephone number, so that it is not heard as 七.
fn chinese_phone_digit(c: char) -> char {
    match c {
        '0' => '零',
        '1' => '幺',
        c => chinese_digit(c),
    }
}

fn korean_phone_digit(c: char) -> char {
    const DIGITS: [char; 10] = ['공', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
    c.to_digit(10).map_or(c, |d| DIGITS[d as usize])
}

/// A time with its hour word, and where the text goes on after it (Nepali's own बजे is
/// taken into the spoken form).
fn time_said(
    lang: &str,
    chars: &[char],
    end: usize,
    hour: u32,
    minute: u32,
    before: &str,
) -> (usize, String) {
    let said = match lang {
        "ja" | "ja-easy" if minute == 0 => format!("{hour}時"),
        "ja" | "ja-easy" => format!("{hour}時{minute}分"),
        "en" if minute == 0 => format!("{hour} o'clock"),
        "en" if minute < 10 => format!("{hour} oh {minute}"),
        "en" => format!("{hour} {minute}"),
        l if l.starts_with("zh") => {
            let traditional = l == "zh-Hant";
            let h = match (hour, traditional) {
                (2, false) => "两".to_owned(),
                (2, true) => "兩".to_owned(),
                _ => hour.to_string(),
            };
            let dot = if traditional { "點" } else { "点" };
            match minute {
                0 => format!("{h}{dot}"),
                // 8点零5分: a minute under ten is said with its zero.
                m if m < 10 => format!("{h}{dot}零{m}分"),
                m => format!("{h}{dot}{m}分"),
            }
        }
        "ko" => {
            let h = korean_hour(hour);
            if minute == 0 {
                format!("{h} 시")
            } else {
                format!("{h} 시 {minute}분")
            }
        }
        "vi" if minute == 0 => format!("{hour} giờ"),
        "vi" => format!("{hour} giờ {minute} phút"),
        "pt-BR" => {
            // Hora is feminine: uma hora, duas horas, as the engine's digits (um, dois) are not.
            let hours = match hour {
                0 => "zero hora".to_owned(),
                1 => "uma hora".to_owned(),
                2 => "duas horas".to_owned(),
                21 => "vinte e uma horas".to_owned(),
                22 => "vinte e duas horas".to_owned(),
                h => format!("{h} horas"),
            };
            match minute {
                0 => hours,
                1 => format!("{hours} e 1 minuto"),
                m => format!("{hours} e {m} minutos"),
            }
        }
        "id" => {
            let pukul = if before.trim_end().ends_with("pukul") {
                ""
            } else {
                "pukul "
            };
            if minute == 0 {
                format!("{pukul}{hour}")
            } else {
                format!("{pukul}{hour} lewat {minute} menit")
            }
        }
        "ne" => {
            // The texts write 「{time} बजेदेखि」: the hour word is theirs, the minutes follow it.
            let theirs: Vec<char> = " बजे".chars().collect();
            let end = if chars[end..].starts_with(&theirs) {
                end + theirs.len()
            } else {
                end
            };
            // Said on a 12-hour clock with the part of the day, as Nepali speaks: दिउँसो 2 बजे.
            let part = match hour {
                12..=16 => "दिउँसो ",
                17..=19 => "बेलुका ",
                20.. => "राति ",
                _ => "",
            };
            let h = if hour > 12 { hour - 12 } else { hour };
            let said = match minute {
                0 => format!("{part}{h} बजे"),
                m => format!("{part}{h} बजेर {m} मिनेट"),
            };
            return (end, said);
        }
        _ => format!("{hour}:{minute:02}"),
    };
    (end, said)
}

/// The hour in Korean's native numbers (여덟 시), which Korean uses for hours and espeak-ng's
/// Korean does not choose by itself.
fn korean_hour(hour: u32) -> String {
    const HOURS: [&str; 12] = [
        "열두", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "열한",
    ];
    HOURS[(hour % 12) as usize].to_owned()
}

#[cfg(test)]
mod tests {
    use super::for_speech;

    /// Every voiced language's words (tl is read by the English voice).
    const WORDS: [&str; 10] = [
        "ja", "ja-easy", "en", "zh-Hans", "zh-Hant", "ko", "vi", "pt-BR", "ne", "id",
    ];

    #[test]
    fn a_telephone_number_is_said_digit_by_digit_with_its_pauses() {
        let expected = [
            ("ja", "ゼロきゅうきゅうの、にいいちろくの、いちにいにいいち"),
            (
                "ja-easy",
                "ゼロきゅうきゅうの、にいいちろくの、いちにいにいいち",
            ),
            ("en", "0 9 9, 2 1 6, 1 2 2 1"),
            ("zh-Hans", "零九九，二幺六，幺二二幺"),
            ("zh-Hant", "零九九，二幺六，幺二二幺"),
            ("ko", "공 구 구, 이 일 육, 일 이 이 일"),
            ("vi", "0 9 9, 2 1 6, 1 2 2 1"),
            ("pt-BR", "0 9 9, 2 1 meia, 1 2 2 1"),
            ("ne", "0 9 9, 2 1 6, 1 2 2 1"),
            ("id", "0 9 9, 2 1 6, 1 2 2 1"),
        ];
        for (lang, said) in expected {
            assert_eq!(for_speech(lang, "099-216-1221"), said, "{lang}");
        }
        assert_eq!(
            for_speech("en", "Call 0120-123-456."),
            "Call 0 1 2 0, 1 2 3, 4 5 6."
        );
        // Not a telephone number: too few digits, or a date.
        assert_eq!(for_speech("en", "12-34-56"), "12-34-56");
        assert_eq!(for_speech("en", "2027-07-15"), "2027-07-15");
    }

    #[test]
    fn a_time_is_said_with_its_hour_word() {
        let expected = [
            ("ja", "8:30から", "8時30分から"),
            ("ja-easy", "9:00に", "9時に"),
            ("en", "at 8:30", "at 8 30"),
            ("en", "at 9:00", "at 9 o'clock"),
            ("en", "at 9:05", "at 9 oh 5"),
            ("zh-Hans", "08:30开始", "8点30分开始"),
            ("zh-Hant", "上午8:30", "上午8點30分"),
            ("zh-Hans", "2:00", "两点"),
            ("zh-Hant", "2:05", "兩點零5分"),
            ("zh-Hans", "8:05", "8点零5分"),
            ("ko", "오전 8:30", "오전 여덟 시 30분"),
            ("ko", "오후 1:00", "오후 한 시"),
            ("vi", "lúc 08:30", "lúc 8 giờ 30 phút"),
            ("pt-BR", "às 08:30", "às 8 horas e 30 minutos"),
            ("pt-BR", "à 1:00", "à uma hora"),
            ("pt-BR", "às 2:30", "às duas horas e 30 minutos"),
            ("pt-BR", "às 09:01", "às 9 horas e 1 minuto"),
            ("pt-BR", "às 00:15", "às zero hora e 15 minutos"),
            ("id", "pukul 08.30", "pukul 8 lewat 30 menit"),
            ("id", "Per 09.00", "Per pukul 9"),
            ("ne", "08:30 बजेदेखि", "8 बजेर 30 मिनेटदेखि"),
            ("ne", "09:00 बजेसम्म", "9 बजेसम्म"),
            ("ne", "14:30 बजेदेखि", "दिउँसो 2 बजेर 30 मिनेटदेखि"),
        ];
        for (lang, written, said) in expected {
            assert_eq!(for_speech(lang, written), said, "{lang}: {written}");
        }
        // A ratio or a score is no time; nor is a decimal outside Indonesian.
        assert_eq!(for_speech("en", "1:2345"), "1:2345");
        assert_eq!(for_speech("vi", "08.30"), "08.30");
        // An Indonesian amount is no time.
        assert_eq!(for_speech("id", "Rp10.000"), "Rp10.000");
        assert_eq!(for_speech("id", "biaya 10.000 yen"), "biaya 10.000 yen");
    }

    #[test]
    fn a_ticket_number_is_said_as_its_letter_and_number() {
        let expected = [
            ("ja", "Aの12番"),
            ("ja-easy", "Aの12番"),
            ("en", "A-12"),
            ("zh-Hans", "A12号"),
            ("zh-Hant", "A12號"),
            ("ko", "A 12번"),
            ("vi", "A 12"),
            ("pt-BR", "A 12"),
            ("ne", "A 12"),
            ("id", "A 12"),
        ];
        for (lang, said) in expected {
            assert_eq!(for_speech(lang, "A-012"), said, "{lang}");
        }
        assert_eq!(
            for_speech("zh-Hans", "您的号码是A-012号。"),
            "您的号码是A12号。"
        );
        assert_eq!(for_speech("ja", "A-012番です"), "Aの12番です");
        // A word with a hyphen and digits after many capitals is left alone.
        assert_eq!(for_speech("en", "COVID-19"), "COVID-19");
        assert_eq!(for_speech("en", "xA-12"), "xA-12");
    }

    #[test]
    fn a_chinese_year_is_said_digit_by_digit_and_other_numbers_stay() {
        assert_eq!(for_speech("zh-Hans", "2027年7月15日"), "二〇二七年7月15日");
        assert_eq!(for_speech("zh-Hant", "2030年"), "二〇三〇年");
        // Japanese and Korean read a year as a number: 二千二十七年, 이천이십칠 년.
        assert_eq!(for_speech("ja", "2027年7月15日"), "2027年7月15日");
        // Fees and counts are left to the engines, which read them as amounts.
        for lang in WORDS {
            assert_eq!(for_speech(lang, "1,000 15"), "1,000 15", "{lang}");
        }
    }
}
