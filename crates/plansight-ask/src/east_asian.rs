//! Names and numbers as Japanese and Korean speakers write them in English: a name with its
//! honorific ("Haruka-san", "Eun-ji-nim", "Tae-yang-ssi") is the name; ten thousands
//! written "3万" or "30 man dollar" are 30,000 and 300,000.

/// Honorifics said after a name, hyphenated to it.
const HONORIFICS: &[&str] = &["-san", "-ssi", "-nim", "-kun", "-chan", "-sama", "-sensei"];

/// The text with names' honorifics taken off, ten thousands written out and a range written
/// with a wave dash ("Jul~Sep") with a hyphen.
pub(crate) fn read(text: &str) -> String {
    let text = &ranges(text);
    if !text.contains('-') && !text.contains('万') && !text.contains(" man ") {
        return text.to_string();
    }
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        // (the word without what follows it, a possessive too: "Haruka-san,",
        // "Morimoto-san's"; and without what opens it: "@Haruka-san", "(Haruka-san)")
        let bare = t.trim_end_matches(|c: char| !c.is_alphanumeric());
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        let lead_len = bare.len() - bare.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let (lead, core) = bare.split_at(lead_len);
        let tail = &t[lead_len + core.len()..];
        // (the honorific as written, in lower case after a capitalised name: not
        // "Dallas-San Antonio")
        if let Some(h) = HONORIFICS
            .iter()
            .find(|h| core.len() > h.len() + 1 && core.ends_with(*h) && core.starts_with(char::is_uppercase))
        {
            out.push(format!("{lead}{}{tail}", &core[..core.len() - h.len()]));
        } else if let Some(n) = core.strip_suffix('万').and_then(ten_thousands) {
            out.push(format!("{n}{tail}"));
        } else if let Some(n) = tokens
            .get(i + 1)
            .filter(|m| **m == "万" || **m == "man" && tokens.get(i + 2).is_some_and(|c| currency(c)))
            .and_then(|_| ten_thousands(t))
        {
            // ("30 man dollar", "3 万 USD")
            out.push(n);
            i += 1;
        } else {
            out.push(t.to_string());
        }
        i += 1;
    }
    out.join(" ")
}

/// "Q2 (Jul~Sep)": a wave dash between two words is a range (not "~5k", about 5k).
fn ranges(text: &str) -> String {
    if !text.contains('~') {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between =
                i > 0 && chars[i - 1].is_alphanumeric() && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            if c == '~' && between {
                '-'
            } else {
                c
            }
        })
        .collect()
}

/// "3" or "4.5" as ten thousands: "30000", "45000".
fn ten_thousands(n: &str) -> Option<String> {
    let (whole, part) = n.split_once('.').unwrap_or((n, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(part) || part.len() > 4 || whole.len() > 6 {
        return None;
    }
    let scaled = format!("{whole}{part:0<4}");
    Some(scaled.trim_start_matches('0').to_string()).filter(|s| !s.is_empty())
}

/// Whether a word names money ("dollar", "USD", "$").
fn currency(w: &str) -> bool {
    matches!(
        w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '$')
            .to_lowercase()
            .as_str(),
        "dollar" | "dollars" | "usd" | "$" | "won" | "yen" | "sgd"
    )
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn honorifics_come_off_names() {
        assert_eq!(
            read("Haruka-san design-win incentive, Q3"),
            "Haruka design-win incentive, Q3"
        );
        assert_eq!(
            read("Tae-yang-ssi left end of October."),
            "Tae-yang left end of October."
        );
        assert_eq!(read("Eun-ji-nim, how far"), "Eun-ji, how far");
        assert_eq!(read("Morimoto-san's meisai"), "Morimoto's meisai");
        assert_eq!(read("(Haruka-san) and @Yuna-nim"), "(Haruka) and @Yuna");
        // (a word that only ends so, or in lower case, stays; a place named with "San")
        assert_eq!(read("the non-san part"), "the non-san part");
        assert_eq!(read("the Dallas-San Antonio team"), "the Dallas-San Antonio team");
    }

    #[test]
    fn ten_thousands_are_written_out() {
        assert_eq!(
            read("If I get 3万 dollar PMIC PO today"),
            "If I get 30000 dollar PMIC PO today"
        );
        assert_eq!(
            read("quota is 30 man dollar every quarter"),
            "quota is 300000 dollar every quarter"
        );
        assert_eq!(read("Target incentive 4.5万 USD"), "Target incentive 45000 USD");
        assert_eq!(read("a 3 万 USD order"), "a 30000 USD order");
        // ("man" of no money stays)
        assert_eq!(read("a 5 man team"), "a 5 man team");
        assert_eq!(read("Q2 (Jul~Sep) total"), "Q2 (Jul-Sep) total");
        assert_eq!(read("a ~5k deal"), "a ~5k deal");
    }
}
