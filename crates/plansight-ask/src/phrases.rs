//! Numbers, periods and dates as people type them: "200k", "$1.2M", "1,200,000",
//! "Q3", "next month", "March", "2026-09-30". Amounts become exact cents: the text is
//! read digit by digit, never through a float.

use chrono::{Datelike, Months, NaiveDate};
use plansight_plan::Cents;

/// Lower case, with punctuation other than `. , $ % -` turned into spaces.
pub fn normalize(text: &str) -> String {
    // "# of deals", "# berthed deals QTD": the number of them; ("True North +50 bps": a rise
    // by that much)
    // ("are my 401(k) deferrals taken out": the plan's name, no amount of 401 thousand)
    let text = crate::east_asian::read(
        &text
            .replace("# of", "number of")
            .replace("401(k)", "401k")
            .replace("401(K)", "401k"),
    );
    // (not a number after it: "deal # 4512")
    let text = match text.split_once("# ") {
        Some((before, after)) if after.starts_with(char::is_alphabetic) => format!("{before}number of {after}"),
        _ => text,
    };
    let text = (0..10).fold(text, |t, d| t.replace(&format!(" +{d}"), &format!(" up by {d}")));
    // ("what'd i make": what did; "hw far from accel": how, typed fast)
    let text = text.replace("what'd ", "what did ").replace("What'd ", "what did ");
    // ("what have I on tender at the moment", "what tenders have I open": Irish and British
    // English's "have I" for "do I have", before where the deals stand)
    let text = ["have I ", "have i "].iter().fold(text, |t, said| {
        // (whole words: not "have i opened", "have i gone")
        [
            "on ",
            "open ",
            "open?",
            "in the pipe",
            "pending",
            "outstanding",
            "going on",
            "live ",
            "still open",
        ]
        .iter()
        .fold(t, |t, next| {
            t.replace(&format!("{said}{next}"), &format!("do i have {next}"))
        })
    });
    // ("how much of the sub have i paid back all up": Australian "in total", after what was
    // paid or made; not "why are my commissions all up this month")
    let text = [
        "back all up",
        "made all up",
        "earned all up",
        "paid all up",
        "sold all up",
    ]
    .iter()
    .fold(text, |t, said| t.replace(said, &said.replace(" all up", " in total")));
    // ("Is that me capped out at the Top Shelf now?": Irish English's "am I … now")
    let text = match ["is that me ", "Is that me "].iter().find_map(|p| text.strip_prefix(p)) {
        Some(rest)
            if rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.ends_with("ed") || w.ends_with("ing")) =>
        {
            format!("am i {rest}")
        }
        _ => text,
    };
    // ("why've i had nothing off the dry side all year": why have, as "why" reads it)
    let text = ["why've ", "Why've ", "why\u{2019}ve ", "Why\u{2019}ve "]
        .iter()
        .fold(text, |t, said| t.replace(said, "why have "));
    let text = ["hw far", "hw much", "hw many", "hw close"]
        .iter()
        .fold(text, |t, typo| t.replace(typo, &typo.replace("hw ", "how ")));
    // ("how dose the first chair spiff work": "does" mistyped, where "dose" may be a plan's
    // own word elsewhere, "the Max Dose")
    let text = ["how dose ", "How dose ", "what dose ", "What dose "]
        .iter()
        .fold(text, |t, typo| t.replace(typo, &typo.replace("dose", "does")));
    // ("how far's he off broadband": how far is)
    let text = ["how far's ", "How far's ", "how far\u{2019}s ", "How far\u{2019}s "]
        .iter()
        .fold(text, |t, said| t.replace(said, "how far is "));
    let text = superlative_meant(&text);
    let text = day_dot_month(&text);
    let text = shorthand(&text);
    // ("Ksh 600,000/=": a whole amount as East Africa writes it)
    let text = text.replace("/=", " ");
    let chars: Vec<char> = text.chars().collect();
    let out: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            // ("E&R attainment": an ampersand inside a word is the word's)
            let inside = c == '&'
                && i > 0
                && chars[i - 1].is_alphanumeric()
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            if c.is_alphanumeric() || inside || matches!(c, '.' | ',' | '$' | '%' | '-' | '/' | '\'') {
                c.to_ascii_lowercase()
            } else if matches!(c, '£' | '€' | '₹' | '₱' | '₦') {
                // Money in the plan's currency, whatever its sign.
                '$'
            } else if c == '\u{2019}' {
                '\''
            } else {
                ' '
            }
        })
        .collect();
    without_top_ups(spaced_thousands(european_thousands(possible_asked(everyday_typos(
        against_the_last(plainly_meant(out)),
    )))))
}

/// "is my office costing more or less than last qtr": the period under way against the one
/// before, when no other period is said.
fn against_the_last(text: String) -> String {
    const UNITS: [&str; 4] = ["qtr", "quarter", "month", "year"];
    // (read once: whether the text says another period of its own)
    let other_period = ["this ", "next ", "current "]
        .iter()
        .any(|r| UNITS.iter().any(|u| text.contains(&format!("{r}{u}"))))
        || text.matches(" last ").count() + usize::from(text.starts_with("last ")) > 1
        || ["ytd", "qtd", "mtd"].iter().any(|p| text.split(' ').any(|w| w == *p))
        || text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| quarter_code(w).is_some() || month(w).is_some());
    if other_period {
        return text;
    }
    for unit in UNITS {
        for joint in ["than", "compared to", "vs", "versus"] {
            let said = format!("{joint} last {unit}");
            if let Some(at) = text.find(&said) {
                let bounded = text[at + said.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
                    && text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                if bounded {
                    return format!("{}this {unit} {}", &text[..at], &text[at..]);
                }
            }
        }
    }
    text
}

/// A report's shorthand written out: "top5 deals $ q2" (the top five), "LN2 @ 15%" (at),
/// "Δ cost" (the change in cost).
fn shorthand(text: &str) -> String {
    let text = text.replace(" @ ", " at ").replace('Δ', " delta ");
    text.split(' ')
        .map(|w| {
            let lower = w.to_ascii_lowercase();
            for rank in ["top", "bottom"] {
                if let Some(n) = lower.strip_prefix(rank) {
                    if !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()) {
                        return format!("{} {n}", &w[..rank.len()]);
                    }
                }
            }
            w.to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Everyday phrases read as the plainer ones they mean: "as of today", "as of now" are so
/// far, no day of their own ("For 15 November Firing Day, what will be paid to me, as of
/// today?" is no payday of today's); "how many dollars" is how much ("how many dollar I got
/// until now?": money, no count). Whole words only, in the lower-case text ("as of today's
/// numbers" stays).
fn plainly_meant(text: String) -> String {
    const MEANT: &[(&str, &str)] = &[
        ("as of today", "so far"),
        // ("show me my P and A deals" where "| P&A |": initials dictated with "and")
        ("p and a", "p&a"),
        ("m and a", "m&a"),
        ("o and m", "o&m"),
        ("r and d", "r&d"),
        // ("what've i got on the slate atm")
        ("what've", "what have"),
        ("whatve", "what have"),
        ("as of now", "so far"),
        ("as at today", "so far"),
        ("how many dollars", "how much"),
        // ("which qtr's been my best": has been)
        ("qtr's been", "qtr has been"),
        ("quarter's been", "quarter has been"),
        ("month's been", "month has been"),
        // (Australian: "whats my cut on the yarran st one": the share paid)
        ("my cut on", "my commission on"),
        ("my cut from", "my commission from"),
        // (Japanese English: "please teach me my incentive until now")
        ("teach me", "tell me"),
        // (a report's shorthand: "ytd earn by rep desc", the ranking's order)
        ("by rep desc", "by rep"),
        ("by seller desc", "by seller"),
        ("by rep descending", "by rep"),
        ("how many dollar", "how much"),
        // ("how am I getting on this month, commission-wise?": the commission)
        ("commission-wise", "on commission"),
        // (typed fast)
        ("commision-wise", "on commission"),
        ("commish-wise", "on commission"),
        ("earnings-wise", "on earnings"),
        ("pay-wise", "on pay"),
        ("comp-wise", "on comp"),
    ];
    MEANT.iter().fold(text, |t, (said, meant)| {
        let mut out = String::with_capacity(t.len());
        let mut rest = t.as_str();
        while let Some(at) = rest.find(said) {
            let after = &rest[at + said.len()..];
            let bounded = !rest[..at].ends_with(|c: char| c.is_alphanumeric())
                && !after.starts_with(|c: char| c.is_alphanumeric() || c == '\'');
            out.push_str(&rest[..at]);
            out.push_str(if bounded { meant } else { said });
            rest = after;
        }
        out.push_str(rest);
        out
    })
}

/// Everyday words typed with two letters swapped or one left out ("Waht is my storage
/// rate", "this yaer"), which no plan or workspace spells so: read as meant (not "teh",
/// which is tea in "Teh Tarik", a tier's name).
fn everyday_typos(text: String) -> String {
    const TYPOS: &[(&str, &str)] = &[
        ("waht", "what"),
        ("whta", "what"),
        ("hwo", "how"),
        ("yaer", "year"),
        ("yera", "year"),
        ("mnoth", "month"),
        ("qaurter", "quarter"),
        // ("show me my flat cancles")
        ("cancles", "cancels"),
        ("recieve", "receive"),
        ("recieved", "received"),
        ("recieving", "receiving"),
        ("cancled", "cancelled"),
        // ("Soft limit at 200% : who looses the most?")
        ("looses", "loses"),
        ("loosing", "losing"),
        // ("… he left end of sept, whys that?")
        ("whys", "why's"),
        // ("bottom 3 companywide on deps attainment")
        ("companywide", "company-wide"),
    ];
    if !TYPOS.iter().any(|(t, _)| text.contains(t)) {
        return text;
    }
    // (the word without what follows it: "this yaer.", "waht's")
    text.split(' ')
        .map(|w| {
            let core = w.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(w);
            match TYPOS.iter().find(|(t, _)| *t == core) {
                Some((_, meant)) => format!("{meant}{}", &w[core.len()..]),
                None => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "is possible to see my autogoles?", "is it possible to see …": asking to be able to, as
/// "can I" asks (Spanish "¿es posible ver …?"); not told after its subject ("it is
/// possible to get paid twice?", "how is it possible to …").
fn possible_asked(text: String) -> String {
    ["is it possible to ", "is possible to "].iter().fold(text, |t, p| {
        let told = |before: &str| {
            matches!(
                before.split_whitespace().last(),
                Some("it" | "that" | "this" | "how" | "why" | "what")
            )
        };
        match t
            .find(p)
            .filter(|&i| (i == 0 || t[..i].ends_with(' ')) && !told(&t[..i]))
        {
            Some(i) => format!("{}can i {}", &t[..i], &t[i + p.len()..]),
            None => t,
        }
    })
}

/// "Who of my team earned more this year?", "who is more close?": a comparative where
/// English says the superlative, as Spanish speakers put it ("quién ganó más"), in a
/// question of who or which with nothing compared ("than").
fn superlative_meant(text: &str) -> String {
    let lower = text.to_lowercase();
    // (after a word of address: "oye, who of my team …")
    let mut said = lower.split_whitespace();
    let first = said
        .next()
        .filter(|w| !w.ends_with(','))
        .or_else(|| said.next())
        .unwrap_or("");
    // (not two named: "who made more, me or Dana?")
    // ("Sandbar down to 100%, which 2 sellers lose more?": the question after a change said)
    let clause_asks = lower
        .rsplit_once(", ")
        .is_some_and(|(_, q)| q.starts_with("who ") || q.starts_with("which "));
    if !(matches!(first, "who" | "which" | "who's" | "whos") || clause_asks)
        || lower.contains(" than ")
        || lower.contains(" or ")
        // ("which deal paid me more this quarter vs last", "… after the rate change")
        || [" vs", " versus ", " after ", " before "].iter().any(|p| lower.contains(p))
        || !lower.contains(" more") && !lower.contains(" most ")
    {
        return text.to_string();
    }
    let ws: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| w.trim_end_matches(['?', ',', '.', '!']).to_lowercase();
    let mut out: Vec<String> = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let next = ws.get(i + 1).map(|n| bare(n));
        fn tail(n: &str) -> &str {
            &n[n.trim_end_matches(['?', ',', '.', '!']).len()..]
        }
        let said = if bare(ws[i]) == "more" {
            match next.as_deref() {
                Some("close") => Some("closest"),
                Some("near") => Some("nearest"),
                Some("far") => Some("furthest"),
                Some("behind") => Some("most behind"),
                Some("ahead") => Some("most ahead"),
                _ => None,
            }
        } else if bare(ws[i]) == "most"
            // ("who is the most close to castling", "… the most close?"; not "the most close
            // won deals")
            && !ws.get(i + 2).is_some_and(|n| {
                let n = bare(n);
                matches!(n.as_str(), "won" | "closed" | "dates" | "date") || crate::query::words::DEALS.contains(&n.as_str())
            })
        {
            match next.as_deref() {
                Some("close") => Some("closest"),
                Some("near") => Some("nearest"),
                Some("far") => Some("furthest"),
                _ => None,
            }
        } else {
            None
        };
        if let Some(s) = said {
            out.push(format!("{s}{}", tail(ws[i + 1])));
            i += 2;
            continue;
        }
        // ("earned more this year?": the most) ("which deal give me more money?", "which of
        // my sellers has more deals overboard?", "which 2 sellers lose more?")
        let verb = matches!(
            bare(ws[i]).as_str(),
            "earned"
                | "made"
                | "sold"
                | "won"
                | "closed"
                | "booked"
                | "signed"
                | "earns"
                | "makes"
                | "sells"
                | "give"
                | "gives"
                | "gave"
                // ("which deal paid me more this year")
                | "paid"
                | "pays"
                | "lose"
                | "loses"
                | "gain"
                | "gains"
                | "has"
                | "have"
        );
        let object = usize::from(ws.get(i + 1).is_some_and(|n| matches!(bare(n).as_str(), "me" | "us")));
        if verb && ws.get(i + 1 + object).is_some_and(|n| bare(n) == "more") {
            out.extend(ws[i..=i + object].iter().map(|w| w.to_string()));
            out.push(format!("the most{}", tail(ws[i + 1 + object])));
            i += 2 + object;
            continue;
        }
        out.push(ws[i].to_string());
        i += 1;
    }
    out.join(" ")
}

/// "on 25.01.", "31.03.": a day and a month as German writes them (the closing dot says it
/// is no decimal), written as "25 jan".
fn day_dot_month(text: &str) -> String {
    text.split(' ')
        .map(|t| {
            let bare = t.trim_end_matches(['?', ',', '!', ';', ':']);
            let rest = &t[bare.len()..];
            let parts: Vec<&str> = bare.split('.').collect();
            match parts[..] {
                // (two digits for the month, as German writes it: "7.5." is no date)
                [d, m, ""]
                    if (1..=2).contains(&d.len())
                        && m.len() == 2
                        && d.chars().chain(m.chars()).all(|c| c.is_ascii_digit()) =>
                {
                    let (day, month) = (d.parse::<usize>().unwrap_or(0), m.parse::<usize>().unwrap_or(0));
                    if (1..=31).contains(&day) && (1..=12).contains(&month) {
                        format!("{day} {}{rest}", &MONTHS[month - 1][..3])
                    } else {
                        t.to_string()
                    }
                }
                _ => t.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "10.000 euro", "€ 45.000", "1.250.000,50": thousands set apart by dots, as German and
/// Dutch write them, read with commas ("10,000"); a dot before three digits is never a
/// money amount's decimal point.
fn european_thousands(text: String) -> String {
    if !text.contains('.') {
        return text;
    }
    let dotted = |t: &str| {
        let (whole, decimals) = t.split_once(',').unwrap_or((t, ""));
        let groups: Vec<&str> = whole.split('.').collect();
        groups.len() >= 2
            && (1..=3).contains(&groups[0].len())
            && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
            && groups[1..].iter().all(|g| g.len() == 3)
            && (decimals.is_empty() || decimals.len() <= 2 && decimals.chars().all(|c| c.is_ascii_digit()))
    };
    text.split(' ')
        .map(|t| {
            // (the sentence's own stop or comma after it: "over 10.000.")
            let core = t.trim_end_matches(['.', ',']);
            let sign = core.len() - core.trim_start_matches('$').len();
            let number = &core[sign..];
            if dotted(number) {
                let (whole, decimals) = number.split_once(',').unwrap_or((number, ""));
                let mut out = format!("{}{}", &core[..sign], whole.replace('.', ","));
                if !decimals.is_empty() {
                    out.push('.');
                    out.push_str(decimals);
                }
                out.push_str(&t[core.len()..]);
                out
            } else {
                t.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "R70 000", "a 1 250 000 order": thousands set apart by spaces, as in South Africa and
/// France, written with commas (the groups after the first are of three digits exactly).
fn spaced_thousands(text: String) -> String {
    let ts: Vec<&str> = text.split(' ').collect();
    let group = |t: &str| t.len() == 3 && t.chars().all(|c| c.is_ascii_digit());
    let lead = |t: &str| {
        let n = t.strip_prefix(['$', 'r']).unwrap_or(t);
        (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit())
    };
    // ("my top 3 250 000 deals": a count, then an amount)
    let counted = |i: usize| {
        !ts[i].starts_with(['$', 'r'])
            && i > 0
            && matches!(
                ts[i - 1],
                "top" | "bottom" | "best" | "worst" | "first" | "last" | "close" | "sell" | "land" | "sign" | "my"
            )
    };
    let mut out: Vec<String> = Vec::with_capacity(ts.len());
    let mut i = 0;
    while i < ts.len() {
        let mut t = ts[i].to_string();
        if lead(ts[i]) && !counted(i) {
            while ts
                .get(i + 1)
                .is_some_and(|n| group(n.trim_end_matches(['.', ',', '?', '!'])))
            {
                let n = ts[i + 1];
                let core = n.trim_end_matches(['.', ',', '?', '!']);
                t = format!("{t},{core}{}", &n[core.len()..]);
                i += 1;
                if core.len() < n.len() {
                    break;
                }
            }
        }
        out.push(t);
        i += 1;
    }
    out.join(" ")
}

/// "draw top-ups", "top ups": one word, no ranking's "top".
fn without_top_ups(text: String) -> String {
    if !text.contains("top") {
        return text;
    }
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let up = |w: &str| matches!(w.trim_end_matches([',', '.', '?', '!']), "up" | "ups");
        if let Some(rest) = t.strip_prefix("top-").filter(|r| up(r)) {
            out.push(format!("topup{}", &rest[2..]));
        } else if t == "top" && tokens.get(i + 1).is_some_and(|n| up(n)) {
            out.push(format!("topup{}", &tokens[i + 1][2..]));
            i += 1;
        } else {
            out.push(t.to_string());
        }
        i += 1;
    }
    out.join(" ")
}

/// A name as people type it without accents: lower case, each accented Latin letter its
/// plain one ("Stéphanie" is "stephanie", "Łukasz" "lukasz", "Jörg" "jorg").
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ā' => "a",
            // (Vietnamese: "Nguyễn" as "nguyen", "bao nhiêu" as "bao nhieu")
            'ạ' | 'ả' | 'ă' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' => "a",
            'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => "e",
            'ỉ' | 'ĩ' | 'ị' => "i",
            'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => "o",
            'ụ' | 'ủ' | 'ũ' | 'ư' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' => "u",
            'ỳ' | 'ỷ' | 'ỹ' | 'ỵ' => "y",
            'đ' => "d",
            'ç' | 'ć' | 'č' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ē' | 'ě' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'ō' => "o",
            'ù' | 'ú' | 'û' | 'ü' | 'ű' | 'ū' | 'ů' => "u",
            'ý' | 'ÿ' => "y",
            'ł' => "l",
            'ś' | 'š' => "s",
            'ź' | 'ż' | 'ž' => "z",
            'ř' => "r",
            'ď' => "d",
            'ť' => "t",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(plain);
    }
    out
}

/// A name's German spelling without umlauts ("Jörg" as "joerg", "Müller" as "mueller"),
/// folded otherwise.
pub fn fold_umlauts(text: &str) -> String {
    fold(
        &text
            .to_lowercase()
            .replace('ä', "ae")
            .replace('ö', "oe")
            .replace('ü', "ue"),
    )
}

/// The words of a normalized text (trailing `.`/`,` dropped).
pub fn words(normalized: &str) -> Vec<String> {
    normalized
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', '?', '!']).trim_matches('\'').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A decimal text ("1,200.5") times `scale` exactly, or `None`.
pub(crate) fn scaled(text: &str, scale: i128) -> Option<i128> {
    let t = text.replace(',', "");
    let (int, frac) = t.split_once('.').unwrap_or((&t, ""));
    if int.is_empty() && frac.is_empty()
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let mut value: i128 = if int.is_empty() { 0 } else { int.parse().ok()? };
    value = value.checked_mul(scale)?;
    let mut unit = scale;
    for d in frac.chars() {
        unit /= 10;
        if unit == 0 {
            break;
        }
        value += (d as i128 - '0' as i128) * unit;
    }
    Some(value)
}

/// Money signs and currency codes, said before an amount ("usd 75,000", "R 250 000", "Rs 3
/// crore") or written on it ("$200k", "r500k"); a longer one before a shorter it begins.
pub(crate) const CURRENCY_WORDS: &[&str] = &[
    "usd", "eur", "gbp", "inr", "zar", "ngn", "php", "brl", "kshs", "ksh", "kes", "r$", "rs", "r", "n", "p", "$",
];

/// A word's digits after its money sign or currency code ("$200k", "r500k", "rs50l"), if
/// it has one.
pub(crate) fn unsigned(w: &str) -> Option<&str> {
    CURRENCY_WORDS.iter().find_map(|sign| {
        w.strip_prefix(sign)
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c == '.'))
            // (a letter's sign on a short number is a name, "P1" or "R2", not money)
            .filter(|rest| sign.len() > 1 || *sign == "$" || rest.len() >= 3 || rest.ends_with(['k', 'm']))
    })
}

/// The first money amount in the words, in cents: "200k", "$1.2m", "1,200,000",
/// "50 thousand", "usd 75,000", "2 million", "R 250 000", "5 lakh", "1.2 cr". Bare small
/// numbers ("3", "2026") and percentages are not amounts.
pub fn amount(words: &[String]) -> Option<Cents> {
    // Amounts said in words: "half a million", "a quarter million", "a million".
    for (said, dollars) in [
        (&["half", "a", "million"][..], 500_000),
        (&["half", "a", "mil"][..], 500_000),
        (&["quarter", "million"][..], 250_000),
        (&["quarter", "of", "a", "million"][..], 250_000),
        (&["a", "million"][..], 1_000_000),
    ] {
        // The longer sayings come first, so "a million" is never half of one.
        if words
            .windows(said.len())
            .any(|w| w.iter().zip(said).all(|(a, b)| a == b))
        {
            return Some(Cents(dollars * 100));
        }
    }
    for (i, w) in words.iter().enumerate() {
        if w.ends_with('%') || w.starts_with('q') && w.len() == 2 {
            continue;
        }
        let signed = unsigned(w);
        // ("20 000 $", as French Canada writes it: the sign after the spaced thousands)
        let groups = words[i + 1..]
            .iter()
            .take_while(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
            .count();
        let sign_after = groups > 0
            && words
                .get(i + 1 + groups)
                .is_some_and(|n| n == "$" || CURRENCY_WORDS.contains(&n.as_str()));
        let dollar = signed.is_some() || sign_after || i > 0 && CURRENCY_WORDS.contains(&words[i - 1].as_str());
        let t = signed.unwrap_or(w);
        let (number, suffix) = t.split_at(
            t.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .unwrap_or(t.len()),
        );
        if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            continue;
        }
        // "R 250 000": thousands set apart by spaces, after a currency.
        let mut number = number.to_string();
        let mut after = i + 1;
        while dollar
            && suffix.is_empty()
            && !number.contains(['.', ','])
            && words
                .get(after)
                .is_some_and(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
        {
            number.push_str(&words[after]);
            after += 1;
        }
        let next = words.get(after).map(String::as_str).unwrap_or("");
        let multiplier = match (suffix, next) {
            // (German: "30 Tsd.", "1,5 Mio.")
            ("k", _) | ("", "k" | "thousand" | "thou" | "grand" | "tsd" | "tsd.") => 1_000,
            ("", "mio" | "mio.") => 1_000_000,
            // (Spanish "700 mil" is 700 thousand; "2 mil" is two million, as English says it)
            ("", "mil") if number.parse::<u32>().is_ok_and(|n| n >= 100) => 1_000,
            ("m" | "mm" | "mil", _) | ("", "m" | "million" | "mil" | "millon" | "millón" | "millones") => 1_000_000,
            // (Nigerian English: "40 metres" is forty million)
            ("", "metres" | "metre" | "meters" | "meter") => 1_000_000,
            // The Indian units: a lakh is 100,000, a crore 10,000,000 ("50L", "1.2 cr").
            ("l" | "lakh" | "lakhs" | "lac" | "lacs", _) | ("", "lakh" | "lakhs" | "lac" | "lacs") => 100_000,
            ("cr" | "crore" | "crores", _) | ("", "cr" | "crore" | "crores") => 10_000_000,
            // ("800/mo": a monthly amount, however small)
            ("/mo" | "/month", _) => 1,
            ("", _) => 1,
            _ => continue,
        };
        let number = number.as_str();
        let cents = scaled(number, 100 * multiplier)?;
        // A plain number is an amount only when it looks like money: a currency sign, a
        // thousands separator, or at least four digits (1,000.00 is 100,000 cents) that are not
        // a year.
        // ("a 600 a month fibre", "a 400 mrr add-on": money by the month, however small)
        let monthly = matches!(suffix, "/mo" | "/month")
            || matches!(next, "mrr" | "monthly" | "/mo")
            || matches!(next, "a" | "per") && words.get(after + 1).is_some_and(|w| w == "month");
        // ("a 600 dollar desktop laser": the currency said after the number)
        // ("a 500 euro sundries order", "a 900 quid printer"; not "pounds", a weight as often)
        let dollar = dollar
            || matches!(
                next,
                "dollar"
                    | "dollars"
                    | "bucks"
                    | "usd"
                    | "cad"
                    | "aud"
                    | "nzd"
                    | "euro"
                    | "euros"
                    | "eur"
                    | "quid"
                    | "gbp"
                    | "rand"
                    | "zar"
                    | "sgd"
                    | "inr"
                    | "rupees"
            );
        // ("two GTX basics at 900 each": a price, however small)
        let each = matches!(next, "each" | "apiece") && i > 0 && matches!(words[i - 1].as_str(), "at" | "@" | "for");
        let plain = multiplier == 1 && !dollar && !monthly && !each;
        let year_like = number.len() == 4 && (1990..=2100).contains(&number.parse::<i32>().unwrap_or(0));
        if plain && (year_like || cents < 100_000 && !number.contains(',')) {
            continue;
        }
        return i64::try_from(cents).ok().map(Cents);
    }
    None
}

/// The months of the year, as questions name them.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The months' French and Spanish names, accents folded (not "mai", "mei" or
/// "maj": people are named so).
const FOREIGN_MONTHS: &[(&str, u32)] = &[
    // (Dutch and Afrikaans: "in augustus")
    ("januarie", 1),
    ("januari", 1),
    ("februari", 2),
    ("februarie", 2),
    ("maart", 3),
    ("augustus", 8),
    ("oktober", 10),
    ("desember", 12),
    ("janvier", 1),
    ("enero", 1),
    ("fevrier", 2),
    ("febrero", 2),
    ("mars", 3),
    ("marzo", 3),
    ("avril", 4),
    ("abril", 4),
    ("mayo", 5),
    ("juin", 6),
    ("junio", 6),
    ("juillet", 7),
    ("julio", 7),
    ("aout", 8),
    ("agosto", 8),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octobre", 10),
    ("octubre", 10),
    ("novembre", 11),
    ("noviembre", 11),
    ("decembre", 12),
    ("diciembre", 12),
    // (German: "Okt-Dez", "im Januar", "März")
    ("januar", 1),
    ("februar", 2),
    ("marz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("okt", 10),
    ("dez", 12),
    ("dezember", 12),
];

/// A month named by its name or a prefix of at least three letters ("sept").
fn month(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    // (a month cut short at three letters, "sept", or five and more: "marc" is Marc, no March)
    let cut = word.len() == 3 || word == "sept" || word.len() >= 5;
    MONTHS
        .iter()
        .position(|m| m.starts_with(word) && (cut || *m == word))
        // "decmber": a month's name with one letter off.
        .or_else(|| {
            (word.len() >= 6)
                .then(|| MONTHS.iter().position(|m| crate::fuzzy::same(word, m)))
                .flatten()
        })
        .map(|i| i as u32 + 1)
        .or_else(|| {
            let w = fold(word);
            FOREIGN_MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
        })
}

/// The calendar month a word names ("feb", "february"), 1..=12.
pub fn month_number(word: &str) -> Option<u32> {
    month(word)
}

/// The day of the week a word names ("friday", "fri"; the short names that are everyday
/// words left out).
fn weekday(word: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::*;
    Some(match word {
        // (not "mon", "sat", "sun": "commission on Sun Life policies")
        "monday" => Mon,
        "tuesday" | "tue" | "tues" => Tue,
        "wednesday" | "wed" => Wed,
        "thursday" | "thu" | "thurs" => Thu,
        "friday" | "fri" => Fri,
        "saturday" => Sat,
        "sunday" => Sun,
        _ => return None,
    })
}

/// The last day of the month of `d`.
fn month_end(d: NaiveDate) -> NaiveDate {
    (d.with_day(1).expect("day 1") + Months::new(1))
        .pred_opt()
        .expect("a day before")
}

/// A quarter's code as one word ("q3", "FQ3": the fiscal quarter), as 1..=4.
pub fn quarter_code(w: &str) -> Option<u32> {
    w.strip_prefix("fq")
        .or_else(|| w.strip_prefix('q'))
        .and_then(|n| n.parse::<u32>().ok())
        .filter(|n| (1..=4).contains(n))
}

/// The ordinal of one of the year's four quarters ("third", "3rd"), as 1..=4.
pub fn quarter_ordinal(w: &str) -> Option<u32> {
    match w {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    }
}

/// A quarter named in the words ("q3", "third quarter", "quarter 3"), as 1..=4.
pub fn quarter(words: &[String]) -> Option<u32> {
    for (i, w) in words.iter().enumerate() {
        if let Some(n) = quarter_code(w) {
            return Some(n);
        }
        if w == "quarter" || w == "qtr" {
            let before = i.checked_sub(1).map(|j| words[j].as_str());
            let after = words.get(i + 1).map(String::as_str);
            if let Some(n) = before.and_then(quarter_ordinal) {
                return Some(n);
            }
            if let Some(n) = after
                .and_then(|a| a.parse::<u32>().ok())
                .filter(|n| (1..=4).contains(n))
            {
                return Some(n);
            }
        }
    }
    None
}

/// A day of the month as written: "15", "15th", "1st" (1 to 31).
pub fn day_of_month(word: &str) -> Option<u32> {
    word.trim_end_matches(|c: char| c.is_alphabetic())
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=31).contains(d))
}

/// The day of the month said with the month word at `i`: after it ("Nov 20") or before it
/// ("20 march", "the 20th of march").
pub fn day_with_month(words: &[String], i: usize) -> Option<u32> {
    let day_of = |d: &String| day_of_month(d);
    words.get(i + 1).and_then(day_of).or_else(|| {
        let j = if i >= 2 && words[i - 1] == "of" {
            i - 2
        } else {
            i.checked_sub(1)?
        };
        words.get(j).and_then(day_of)
    })
}

/// A close date in the words: an ISO or US date, "today", "next month" (its last day),
/// "end of quarter", "in Q3" (the quarter's last day), or a month's name (its last day
/// within the plan year). `start` is the plan year's first day; `today` the as-of date.
pub fn date(words: &[String], start: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let quarter_end = |q: u32| month_end(start + Months::new(3 * q - 1));
    for (i, w) in words.iter().enumerate() {
        // (a day first where the month cannot come first: "31/12/2026", British "on 15/01")
        if let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(w, "%m/%d/%Y"))
            .or_else(|_| NaiveDate::parse_from_str(w, "%d/%m/%Y"))
        {
            return Some(d);
        }
        // "closing 1/20": month and day, in the plan year ("31/12": day and month).
        if let Some((a, b)) = w
            .split_once('/')
            .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
        {
            let within = |y: i32, m: u32, d: u32| {
                NaiveDate::from_ymd_opt(y, m, d).filter(|x| *x >= start && *x < start + Months::new(12))
            };
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            if let Some(x) = within(start.year(), m, d).or_else(|| within(start.year() + 1, m, d)) {
                return Some(x);
            }
        }
        let next = words.get(i + 1).map(String::as_str);
        match (w.as_str(), next) {
            ("today", _) => return Some(today),
            ("tomorrow", _) => return today.succ_opt(),
            // ("if I land a £12k P&P on Friday": the coming Friday, or today if it is one)
            ("on" | "by" | "this", Some(day)) if weekday(day).is_some() => {
                let want = weekday(day)?;
                let ahead = (7 + want.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
                return Some(today + chrono::Days::new(u64::from(ahead)));
            }
            ("next", Some("month")) => return Some(month_end(today + Months::new(1))),
            ("this", Some("month")) => return Some(month_end(today)),
            ("next", Some("week")) => return Some(today + chrono::Days::new(7)),
            ("next", Some("quarter")) => {
                let q = plansight_plan::calendar::period_index(start, plansight_plan::PeriodKind::Quarterly, today)
                    .map_or(1, |q| q as u32 + 1);
                return Some(quarter_end((q + 1).min(4)));
            }
            ("end", Some("of")) if matches!(words.get(i + 2).map(String::as_str), Some("quarter" | "the")) => {
                let q = plansight_plan::calendar::period_index(start, plansight_plan::PeriodKind::Quarterly, today)
                    .map_or(4, |q| q as u32 + 1);
                return Some(quarter_end(q));
            }
            ("end", Some("of")) if matches!(words.get(i + 2).map(String::as_str), Some("year")) => {
                return Some(month_end(start + Months::new(11)))
            }
            _ => {}
        }
    }
    // The month's end within the plan year, or the day named beside it ("Nov 20"); a month
    // with its day first ("would december pay me if I book it on dec 30").
    let mut months = Vec::new();
    for (i, w) in words.iter().enumerate() {
        // "may" is a month only after a preposition ("in may"), not in "may I".
        if w == "may"
            && may_is_modal(
                i.checked_sub(1).map(|j| words[j].as_str()),
                words.get(i + 1).map(String::as_str),
            )
        {
            continue;
        }
        if let Some(m) = month(w) {
            let offset = (m + 12 - start.month()) % 12;
            // ("had first closed in January 2026": the year said, even past the plan's)
            let year = words
                .get(i + 1)
                .and_then(|y| y.trim_end_matches([',', '.', '?']).parse::<i32>().ok())
                .filter(|y| (2000..=2100).contains(y));
            let end = year
                .and_then(|y| NaiveDate::from_ymd_opt(y, m, 1))
                .map_or_else(|| month_end(start + Months::new(offset)), month_end);
            months.push(day_with_month(words, i).and_then(|d| end.with_day(d)).ok_or(end));
        }
    }
    months
        .iter()
        .find_map(|d| d.ok())
        .or_else(|| months.first().map(|d| d.unwrap_or_else(|end| end)))
        .or_else(|| quarter(words).map(quarter_end))
}

/// The first percentage in the words ("50%", "12.5 %", "50 percent") as an exact fraction
/// in text ("0.5", "0.125").
pub fn percent(words: &[String]) -> Option<String> {
    percent_micros(words).map(|m| fraction_text(m, 1_000_000))
}

/// The first percentage in the words as a fraction in millionths ("12.5%" is 125,000).
pub fn percent_micros(words: &[String]) -> Option<i128> {
    percents(words).first().map(|p| p.1)
}

/// Every percentage in the words, with its word's position, as fractions in millionths.
pub fn percents(words: &[String]) -> Vec<(usize, i128)> {
    let mut found = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).map(String::as_str);
        // ("45 bps", "10bps", "20 basis points": a basis point is a hundredth of a percent)
        let bps = w.strip_suffix("bps").or_else(|| w.strip_suffix("bp"));
        let (number, scale) = match (w.strip_suffix('%'), bps) {
            (Some(n), _) => (n, 10_000),
            (None, Some(n)) if !n.is_empty() => (n, 100),
            _ if matches!(next, Some("%" | "percent" | "pct")) => (w.as_str(), 10_000),
            _ if matches!(next, Some("bps" | "bp" | "basis")) => (w.as_str(), 100),
            // ("how far off 100 am i": a distance to a bare 100 is to 100% of quota)
            _ if w == "100"
                && i > 0
                && matches!(words[i - 1].as_str(), "from" | "off")
                && words[..i].iter().any(|w| w == "far")
                && next
                    .is_none_or(|n| matches!(n, "am" | "are" | "is" | "yet" | "now" | "rn" | "still" | "i" | "we")) =>
            {
                (w.as_str(), 10_000)
            }
            _ => continue,
        };
        // ("Leerlauf at 2,5%": a decimal comma as Europe writes it, one or two digits after it;
        // "1,000%" keeps its thousands)
        let decimal_comma = number
            .split_once(',')
            .filter(|(_, after)| (1..=2).contains(&after.len()) && !number.contains('.') && !after.contains(','))
            .map(|(before, after)| format!("{before}.{after}"));
        if let Some(micros) = scaled(decimal_comma.as_deref().unwrap_or(number), scale) {
            found.push((i, micros));
        }
    }
    found
}

/// `value / scale` as a decimal text without trailing zeros ("0.5", "1", "0.125").
pub fn fraction_text(value: i128, scale: i128) -> String {
    let (int, frac) = (value / scale, value % scale);
    if frac == 0 {
        return int.to_string();
    }
    let digits = scale.to_string().len() - 1;
    let f = format!("{frac:0digits$}");
    format!("{int}.{}", f.trim_end_matches('0'))
}

/// The period `by` periods after `label` ("Q3", -1 is "Q2"), within the year.
pub fn shift_label(label: &str, by: i32) -> Option<String> {
    let (kind, n) = label.split_at(1);
    let n: i32 = n.parse().ok()?;
    let (count, width) = match kind {
        "Q" => (4, 1),
        "M" => (12, 2),
        _ => return None,
    };
    let m = n + by;
    (1..=count).contains(&m).then(|| format!("{kind}{m:0width$}"))
}

/// Whether the word before says a name comes next (Tagalog "kinita ni Jun": Jun's, no
/// June's), for the months and the people alike.
pub(crate) fn after_a_person_word(before: Option<&str>) -> bool {
    matches!(before, Some("ni" | "si" | "kay"))
}

/// Whether "may" is the verb ("may I", "deals that may slip"), not the month ("may vs
/// april", "in may", "may RNB %"): the verb follows its subject or comes before one.
fn may_is_modal(before: Option<&str>, after: Option<&str>) -> bool {
    // "and may": the last word is the month.
    if after.is_none() {
        return false;
    }
    if matches!(
        before,
        // ("june vs may, my team's cost")
        Some(
            "in" | "by"
                | "on"
                | "of"
                | "during"
                | "until"
                | "for"
                | "through"
                | "my"
                | "to"
                | "since"
                | "from"
                | "vs"
                | "versus"
                | "than"
                // ("why did may take money off me", "what did may pay": no verb follows "did")
                | "did"
                | "didn't"
                | "didnt"
        )
    ) {
        return false;
    }
    matches!(
        before,
        Some(
            "i" | "we"
                | "you"
                | "it"
                | "they"
                | "he"
                | "she"
                | "this"
                | "that"
                | "which"
                | "who"
                | "there"
                | "deal"
                | "deals"
                | "what"
                | "how"
                | "and"
                | "but"
                | "or"
        )
    ) && !matches!(
        after,
        Some("to" | "through" | "thru" | "till" | "until" | "vs" | "versus" | "or" | "and")
    )
        // ("and may so far?", "and may mtd": the month; "i may only close 2" is the verb)
        && !(matches!(before, Some("and" | "but" | "or" | "what" | "how")) && matches!(after, Some("so" | "mtd" | "alone" | "only")))
        || matches!(
            after,
            Some(
                "i" | "we"
                    | "you"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "be"
                    | "have"
                    | "not"
                    | "also"
                    | "still"
                    | "well"
                    | "need"
                    | "get"
                    | "want"
                    | "ask"
                    | "apply"
                    | "affect"
                    | "count"
                    | "change"
                    | "lose"
                    | "earn"
                    | "close"
                    | "take"
                    | "end"
                    | "slip"
                    | "fall"
                    | "happen"
                    | "the"
                    | "my"
            )
        )
}

/// The period labels of the plan year the words name, in the order named: quarters ("Q3",
/// "third quarter", "this quarter", "last quarter"), months ("March", "this month") as
/// `M01`..`M12` counted from `start`, and the full year ("FY", "full year", "annual").
/// `today` is the as-of date.
pub fn periods(words: &[String], start: NaiveDate, today: NaiveDate) -> Vec<String> {
    // "Nov-Jan" is two months, the second through the first.
    let mut spread = false;
    let expanded: Vec<String> = words
        .iter()
        .flat_map(|w| {
            // "nov/dec/jan", "aug-oct": the first month through the last.
            let parts: Vec<&str> = w.split(['-', '/']).collect();
            if parts.len() >= 2 && parts.iter().all(|p| month(p).is_some()) {
                spread = true;
                vec![
                    "in".to_string(),
                    parts[0].to_string(),
                    "through".to_string(),
                    parts[parts.len() - 1].to_string(),
                ]
            } else {
                vec![w.clone()]
            }
        })
        .collect();
    let mut found = labels(&expanded, start, today);
    // Three months from a quarter's first to its last ("Aug-Oct", "feb through april",
    // "between April and June"): that quarter.
    let ranged = spread
        || expanded
            .iter()
            .any(|w| matches!(w.as_str(), "through" | "thru" | "to" | "till" | "until" | "between"));
    let index = |l: &str| l.strip_prefix('M').and_then(|n| n.parse::<u32>().ok());
    // (each such pair: "oct-dec vs jul-sep" is two quarters)
    let quarter_at = |found: &[String]| {
        (0..found.len().saturating_sub(1)).find(|&k| {
            matches!((index(&found[k]), index(&found[k + 1])), (Some(x), Some(y)) if y == x + 2 && (x - 1) % 3 == 0)
        })
    };
    while let Some(k) = quarter_at(&found).filter(|_| ranged) {
        let x = index(&found[k]).unwrap_or(1);
        let q = format!("Q{}", (x - 1) / 3 + 1);
        found.drain(k..k + 2);
        // "first quarter (feb to apr)": said twice, asked once.
        if !found.contains(&q) {
            found.insert(k, q);
        }
    }
    // ("the quarter ending 30 June 2017": the quarter whose last month is said)
    let quarter_ending = (0..expanded.len().saturating_sub(1)).any(|i| {
        matches!(expanded[i].as_str(), "quarter" | "qtr")
            && matches!(expanded[i + 1].as_str(), "ending" | "ended" | "ends")
            && expanded[i + 2..].iter().take(3).any(|w| month(w).is_some())
    });
    if let [m] = found.as_slice() {
        if let Some(x) = index(m).filter(|x| quarter_ending && x % 3 == 0) {
            found = vec![format!("Q{}", x / 3)];
        }
    }
    found
}

/// The period labels the words name, one by one.
fn labels(words: &[String], start: NaiveDate, today: NaiveDate) -> Vec<String> {
    let month_of = |d: NaiveDate| plansight_plan::calendar::month_index(start, d).clamp(0, 11) as u32;
    let mut found = Vec::new();
    let push = |found: &mut Vec<String>, label: String| {
        if !found.contains(&label) {
            found.push(label);
        }
    };
    for (i, w) in words.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| words[j].as_str());
        let after = words.get(i + 1).map(String::as_str);
        // "this quarter vs last", "Q3 versus the one before": the period before the one named.
        if (matches!(w.as_str(), "last" | "previous" | "before")
            && matches!(
                before,
                Some("vs" | "versus" | "than" | "against" | "the" | "quarter" | "month")
            )
            // ("with the one before"; not "one last deal")
            || w == "before" && before == Some("one"))
            && !matches!(after, Some("quarter" | "month" | "year"))
            // "this month before the cap kicks in", "the quarter before he left": a time
            // within the period, not the period before it.
            && !(w == "before" && after.is_some_and(|a| !matches!(a, "that" | "it" | "?")))
        {
            if let Some(prev) = found.last().and_then(|p: &String| shift_label(p, -1)) {
                push(&mut found, prev);
            }
            continue;
        }
        // ("and q1's?": the quarter's)
        if let Some(n) = quarter_code(w.trim_end_matches("'s")) {
            push(&mut found, format!("Q{n}"));
            continue;
        }
        // "before the quarter's out", "until the month ends": the one in progress.
        let ending = before == Some("the") && matches!(after, Some("ends" | "closes" | "is" | "out" | "over" | "done"))
            // ("for the quarter to date"; not "last month to date")
            || after == Some("to")
                && words.get(i + 2).is_some_and(|d| d == "date")
                && !matches!(before, Some("last" | "previous" | "prior" | "next"))
                // (not "my top-earning quarter to date": the best of the year's so far)
                && !before.is_some_and(|b| {
                    b.starts_with("top-")
                        || b.starts_with("best-")
                        || matches!(
                            b,
                            "top" | "best" | "biggest" | "highest" | "largest" | "strongest" | "worst" | "lowest"
                                | "weakest" | "earning"
                        )
                });
        // "that was my last month" (before leaving): not the month before this one.
        // ("my last month variable pay", "my last quarter commission": the one before)
        let someones_last = before == Some("last")
            && i >= 2
            && matches!(words[i - 2].as_str(), "my" | "his" | "her" | "their")
            && !after.is_some_and(|a| {
                crate::query::words::PAY_NOUNS.contains(&a)
                    || matches!(
                        a,
                        "commissions" | "variable" | "earnings" | "incentive" | "attainment" | "numbers" | "number"
                    )
            });
        // ("the quarter before this one", "the month before this")
        let before_this = after == Some("before") && words.get(i + 2).is_some_and(|w| w == "this");
        // ("what's my programs payout look like for the quarter": the one in progress; not "for
        // the month of March", "for the quarter I joined")
        let for_the = before == Some("the")
            && i >= 2
            && words[i - 2] == "for"
            && after.is_none_or(|a| matches!(a, "if" | "so" | "then" | "and" | "now" | "please" | "pls"))
            // (not with a period named: "what was my march total for the month")
            && !words.iter().any(|x| month(x).is_some() || quarter_code(x).is_some());
        let relative = |shift: i32| {
            match before {
                _ if someones_last => None,
                _ if before_this => Some(-1),
                Some("this" | "current" | "the current") => Some(0),
                _ if ending || for_the => Some(0),
                Some("last" | "previous" | "prior") => Some(-1),
                Some("next") => Some(1),
                _ => None,
            }
            .map(|s: i32| s * shift)
        };
        match w.trim_end_matches("'s") {
            // "the first three months (of the plan)": the first quarter.
            "months"
                if matches!(before, Some("three" | "3"))
                    && i >= 2
                    && matches!(words[i - 2].as_str(), "first" | "opening") =>
            {
                push(&mut found, "Q1".to_string());
            }
            // ("this q": a quarter only with a word that makes it one)
            "quarter" | "qtr" | "quarters" | "quater" | "quarer" | "qtr." | "quartr" | "q" => {
                if let Some(k) = ["first", "second", "third", "fourth"]
                    .iter()
                    .zip(["1st", "2nd", "3rd", "4th"])
                    .position(|(n, o)| before == Some(*n) || before == Some(o))
                {
                    push(&mut found, format!("Q{}", k + 1));
                } else if let Some(n) = after
                    .and_then(|a| a.parse::<u32>().ok())
                    .filter(|n| (1..=4).contains(n))
                {
                    push(&mut found, format!("Q{n}"));
                } else if let Some(shift) = relative(1) {
                    let q = month_of(today) as i32 / 3 + shift;
                    if (0..4).contains(&q) {
                        push(&mut found, format!("Q{}", q + 1));
                    }
                }
            }
            // ("this months check", "last months pay": the apostrophe left out)
            "months" if !matches!(before, Some("this" | "last" | "next" | "previous" | "current")) => {}
            // ("controls incentive last mnth?")
            "month" | "months" | "mnth" | "mth" | "mnths" => {
                if let Some(shift) = relative(1) {
                    let m = month_of(today) as i32 + shift;
                    if (0..12).contains(&m) {
                        push(&mut found, format!("M{:02}", m + 1));
                    }
                }
            }
            // "annual quota" names a measure's quota, not the period.
            "annual" | "annually" if matches!(after, Some("quota" | "quotas" | "target" | "number")) => {}
            // (German: "this GJ", the Geschäftsjahr)
            "fy" | "gj" | "annual" | "annually" | "full-year" | "fullyear" => push(&mut found, "FY".into()),
            // ("who's the top earner this fiscal": the fiscal year, its noun left unsaid)
            "fiscal"
                if before == Some("this")
                    && !matches!(after, Some("year" | "yr" | "q1" | "q2" | "q3" | "q4" | "quarter")) =>
            {
                push(&mut found, "FY".into())
            }
            // Quarter and month to date: the period in progress on the as-of date.
            "qtd" | "quarter-to-date" => push(&mut found, format!("Q{}", month_of(today) / 3 + 1)),
            "mtd" | "month-to-date" => push(&mut found, format!("M{:02}", month_of(today) + 1)),
            // "since the start of the year" is to date, not the year.
            "year" | "yr"
                if matches!(
                    before,
                    Some(
                        "full"
                            | "fiscal"
                            | "financial"
                            // (Australian: "this fin year")
                            | "fin"
                            | "current"
                            | "whole"
                            | "entire"
                            | "plan"
                            | "this"
                            | "the"
                            | "my"
                            | "all"
                    )
                ) && !(i >= 3 && matches!(words[i - 3].as_str(), "start" | "beginning"))
                    // ("last fin year": the year before the plan's, not this one)
                    && !(i >= 2 && matches!(words[i - 2].as_str(), "last" | "previous" | "prior")) =>
            {
                push(&mut found, "FY".into())
            }
            w if w.len() == 4
                && w.parse::<i32>().is_ok_and(|y| y == start.year() || y == today.year())
                && matches!(before, Some("in" | "for" | "of" | "during")) =>
            {
                push(&mut found, "FY".into())
            }
            // "2017" for a calendar plan year of 2017.
            w if start.month() == 1
                && start.day() == 1
                && w.parse::<i32>().ok() == Some(start.year())
                && before.is_none_or(|b| month(b).is_none()) =>
            {
                push(&mut found, "FY".into())
            }
            // ("fy27", "fy26/27", "fy26-27", "fy2026-27")
            w if w.starts_with("fy")
                && w[2..]
                    .split(['/', '-'])
                    .all(|y| !y.is_empty() && y.parse::<u32>().is_ok()) =>
            {
                push(&mut found, "FY".into())
            }
            _ => {
                if w == "may" && may_is_modal(before, after) || after_a_person_word(before) {
                    continue;
                }
                if let Some(m) = month(w.trim_end_matches("'s")) {
                    let offset = (m + 12 - start.month()) % 12;
                    // "the december quarter": the quarter the month is in.
                    if matches!(after, Some("quarter" | "qtr")) && before == Some("the") {
                        push(&mut found, format!("Q{}", offset / 3 + 1));
                    } else {
                        push(&mut found, format!("M{:02}", offset + 1));
                    }
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words(&normalize(s))
    }

    #[test]
    fn amounts_as_people_type_them() {
        assert_eq!(amount(&w("what would a 200k deal pay")), Some(Cents(20_000_000)));
        assert_eq!(amount(&w("If I close $1.2M")), Some(Cents(120_000_000)));
        assert_eq!(amount(&w("a deal of 1,250,000.50?")), Some(Cents(125_000_050)));
        assert_eq!(amount(&w("50 thousand")), Some(Cents(5_000_000)));
        assert_eq!(amount(&w("USD 75,000")), Some(Cents(7_500_000)));
        assert_eq!(amount(&w("2 million dollars")), Some(Cents(200_000_000)));
        assert_eq!(amount(&w("a R 250 000 rental")), Some(Cents(25_000_000)));
        assert_eq!(amount(&w("if I land a R70 000 fixed head")), Some(Cents(7_000_000)));
        assert_eq!(amount(&w("a 1 250 000 order?")), Some(Cents(125_000_000)));
        assert_eq!(amount(&w("ein Auftrag von 30 Tsd.")), Some(Cents(3_000_000)));
        assert_eq!(normalize("on 25.01.?"), "on 25 jan ");
        // (a rate at a sentence's end is no date; a deal's number is no count)
        assert_eq!(normalize("a rate of 7.5. what"), "a rate of 7.5. what");
        assert_eq!(normalize("deal # 4512"), "deal   4512");
        assert_eq!(amount(&w("un new door de 20 000 $ en juillet")), Some(Cents(2_000_000)));
        assert_eq!(amount(&w("R2.5m of gp")), Some(Cents(250_000_000)));
        assert_eq!(amount(&w("if i close r500k")), Some(Cents(50_000_000)));
        assert_eq!(amount(&w("a 5 lakh deal")), Some(Cents(50_000_000)));
        assert_eq!(amount(&w("an order of 10.000 euro")), Some(Cents(1_000_000)));
        assert_eq!(amount(&w("for € 45.000.")), Some(Cents(4_500_000)));
        assert_eq!(amount(&w("1.250.000,50 eur")), Some(Cents(125_000_050)));
        assert_eq!(amount(&w("a 1.5m deal")), Some(Cents(150_000_000)));
        assert_eq!(amount(&w("rs 1.2 cr tcv")), Some(Cents(1_200_000_000)));
        assert_eq!(amount(&w("50L order")), Some(Cents(500_000_000)));
        assert_eq!(amount(&w("a 12,50,000 renewal")), Some(Cents(125_000_000)));
        assert_eq!(amount(&w("₹3 crore")), Some(Cents(3_000_000_000)));
        assert_eq!(amount(&w("el tope at 700 mil")), Some(Cents(70_000_000)));
        assert_eq!(amount(&w("2 mil deal")), Some(Cents(200_000_000)));
        assert_eq!(amount(&w("1.2 millones")), Some(Cents(120_000_000)));
        assert_eq!(amount(&w("drops to 1 millón")), Some(Cents(100_000_000)));
        assert_eq!(percent(&w("silk at 45 bps")).as_deref(), Some("0.0045"));
        assert_eq!(percent(&w("knee-high at 20bps")).as_deref(), Some("0.002"));
        assert_eq!(percent(&w("at 12.5 basis points")).as_deref(), Some("0.00125"));
        assert_eq!(amount(&w("top 3 reps in 2026")), None, "not money");
        assert_eq!(amount(&w("$900")), Some(Cents(90_000)));
        assert_eq!(
            amount(&w("in 2026 q3 at 3%")),
            None,
            "years, quarters and rates are not amounts"
        );
        assert_eq!(amount(&w("deal number 7")), None);
    }

    #[test]
    fn periods_and_dates() {
        let start = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 6, 10).unwrap();
        let d = |s: &str| date(&w(s), start, today);
        assert_eq!(quarter(&w("payout in Q3")), Some(3));
        assert_eq!(quarter(&w("the third quarter")), Some(3));
        assert_eq!(d("closing in Q3"), NaiveDate::from_ymd_opt(2026, 10, 31));
        assert_eq!(d("next month"), NaiveDate::from_ymd_opt(2026, 7, 31));
        assert_eq!(d("by end of quarter"), NaiveDate::from_ymd_opt(2026, 7, 31));
        assert_eq!(
            d("in january"),
            NaiveDate::from_ymd_opt(2027, 1, 31),
            "January is the plan year's last month"
        );
        assert_eq!(d("in sept"), NaiveDate::from_ymd_opt(2026, 9, 30));
        assert_eq!(d("on 2026-11-15"), NaiveDate::from_ymd_opt(2026, 11, 15));
        assert_eq!(d("on 3/20/2026"), NaiveDate::from_ymd_opt(2026, 3, 20));
        assert_eq!(d("how much have I earned"), None);
        assert_eq!(d("what may I earn"), None);
        assert_eq!(d("closing in may"), NaiveDate::from_ymd_opt(2026, 5, 31));
    }
}
