//! The everyday words of other languages sellers mix into English questions, read as the
//! English words they stand for: French and Dutch ("combien j'ai fait en janvier"), Spanish
//! ("cuánto me toca de comi"), Nigerian Pidgin ("wetin i don make"), Taglish ("magkano na kinita ko"),
//! Brazilian Portuguese ("quanto eu ganhei em março"), Hinglish ("Q3 payout kitna hai"),
//! German ("wie viel Provision habe ich im zweiten Quartal verdient"), Scots ("how far am i
//! fae the trig point"), Kenyan Sheng ("kwani why is it taking doh off me") and Jamaican
//! Patois ("how much mi a go get pon Settle Day"), Vietnamese ("tạm ứng e còn nợ bn") and
//! Italian ("quanto manca to andare in passerella?").
//! Only function words and the words of pay are read; a word that is a name in the
//! workspace stays the name.

mod german;
mod hinglish;
mod italian;
mod patois;
mod pidgin;
mod portuguese;
mod romance;
mod scots;
mod sheng;
mod spanish;
mod tagalog;
mod vietnamese;

/// One language's words as English.
pub(super) struct Language {
    /// Two words that together stand for English ones ("plus loin": furthest).
    pairs: &'static [(&'static str, &'static str, &'static str)],
    /// One word and the English it stands for (accents folded; "" reads as nothing).
    words: &'static [(&'static str, &'static str)],
    /// Words no English question has: one of them makes the question read so.
    markers: &'static [&'static str],
    /// Whether numbers are written with a decimal comma ("1,5 milhão", "120.000,00").
    decimal_comma: bool,
    /// Words elided onto the next ("l'endcap": the endcap), and the English they stand for.
    elided: &'static [(&'static str, &'static str)],
    /// Prefixes a verb or a state takes before an English word, read as the word alone
    /// (Tagalog's "naka-rank": ranks, "na-slip": slipped).
    prefixes: &'static [&'static str],
    /// Whether the words, folded, are of this language without any of its markers (Pidgin's
    /// "we go pay").
    marked: Option<fn(&[String]) -> bool>,
    /// The English of the word at an index, folded, where its neighbours decide it (Pidgin's
    /// "pass": "past" before what is passed, "most" last).
    in_context: Option<InContext>,
}

/// The English of the word at an index of the folded words, where its neighbours decide it.
type InContext = fn(&[String], usize) -> Option<&'static str>;

/// The languages, each read alone: a question is read in the one most of its words mark,
/// so a word two languages share ("ano": Spanish year, Tagalog what) is read in the
/// question's own; of two marked alike, the first here (Pidgin's "wetin i don make dis
/// month" before Patois, which says "dis" too; Patois's "mi" before Spanish's).
const LANGUAGES: &[&Language] = &[
    &pidgin::LANGUAGE,
    &patois::LANGUAGE,
    &romance::LANGUAGE,
    &spanish::LANGUAGE,
    &tagalog::LANGUAGE,
    &portuguese::LANGUAGE,
    &hinglish::LANGUAGE,
    &german::LANGUAGE,
    &scots::LANGUAGE,
    &sheng::LANGUAGE,
    &vietnamese::LANGUAGE,
    &italian::LANGUAGE,
];

/// The language the sellers of a workspace paid in this currency mix into their English
/// ("BRL": Brazilian Portuguese, where "80 mil" is 80,000 and "1,2%" is 1.2%).
pub(super) fn of_currency(code: &str) -> Option<&'static Language> {
    match code.to_ascii_uppercase().as_str() {
        "BRL" => Some(&portuguese::LANGUAGE),
        _ => None,
    }
}

/// The words with another language's read as English; `named` says which words (by their
/// index and folded form) are the
/// workspace's own names (kept as they are); `home`, the language the workspace's sellers
/// mix in, read lightly in an English question (`lightly`).
pub(super) fn english(ws: &[String], named: &dyn Fn(usize, &str) -> bool, home: Option<&Language>) -> Vec<String> {
    let folded: Vec<String> = ws.iter().map(|w| crate::phrases::fold(w)).collect();
    // Only a question that has a word no English one has is read so: "la" and "que" alone
    // are not enough.
    let marks = |l: &Language| {
        let marked_without_markers = l.marked.is_some_and(|m| m(&folded));
        folded
            .iter()
            .enumerate()
            .filter(|(i, w)| l.markers.contains(&w.as_str()) && !named(*i, w))
            .count()
            + usize::from(marked_without_markers)
    };
    let Some((most, language)) = LANGUAGES
        .iter()
        .map(|l| (marks(l), *l))
        .filter(|(n, _)| *n > 0)
        // (the first of two as marked)
        .rev()
        .max_by_key(|(n, _)| *n)
    else {
        return match home {
            Some(home) => lightly(ws, &folded, named, home),
            None => ws.to_vec(),
        };
    };
    // (of two as marked, the workspace's own: "qual foi meu lugar esta semana?" in reais is
    // Portuguese, though Spanish says "lugar" and "esta" too)
    let language = match home {
        Some(h) if !std::ptr::eq(h, language) && marks(h) == most => h,
        _ => language,
    };
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let w = &folded[i];
        if named(i, w) {
            out.push(ws[i].clone());
            i += 1;
            continue;
        }
        if let Some(e) = language.in_context.and_then(|f| f(&folded, i)) {
            out.extend(e.split_whitespace().map(str::to_string));
            i += 1;
            continue;
        }
        let next = folded.get(i + 1).map(String::as_str).unwrap_or("");
        let after = folded.get(i + 2).map(String::as_str).unwrap_or("");
        // ("le plus loin": "plus loin" is a pair of its own, the furthest, before "le plus")
        let pair_after = language.pairs.iter().any(|(a, b, _)| *a == next && *b == after);
        if let Some((_, _, e)) = language
            .pairs
            .iter()
            .find(|(a, b, _)| a == w && (next == *b || b.ends_with('\'') && next.starts_with(b)) && !pair_after)
        {
            out.extend(e.split_whitespace().map(str::to_string));
            // ("combien d'argent": the word after the elision stays)
            if let Some(rest) = next.strip_prefix("d'").filter(|r| !r.is_empty()) {
                out.push(rest.to_string());
            }
            i += 2;
            continue;
        }
        if let Some(n) = Some(w)
            .filter(|_| language.decimal_comma)
            .and_then(|w| point_decimal(w))
        {
            out.push(n);
            i += 1;
            continue;
        }
        // ("a 6%", "e a 18%": Portuguese "a" before a number is "at")
        if language.decimal_comma && w == "a" && next.starts_with(|c: char| c.is_ascii_digit()) {
            out.push("at".into());
            i += 1;
            continue;
        }
        // ("c'est loin, l'endcap": the endcap, the name kept as it is)
        let elided = language.elided.iter().find_map(|(e, english)| {
            Some((english, ws[i].get(e.len()..)?)).filter(|(_, rest)| w.starts_with(e) && !rest.is_empty())
        });
        let prefixed = language
            .prefixes
            .iter()
            .find_map(|p| Some((p, w.strip_prefix(p)?)))
            // ("pakichange": a prefix written on, only before an English word; not "pakistan")
            .filter(|(p, root)| root.len() >= 2 && (p.ends_with('-') || crate::english::as_written(root)))
            .map(|(_, root)| root);
        match (language.words.iter().find(|(f, _)| f == w), elided, prefixed) {
            (Some((_, e)), _, _) => out.extend(e.split_whitespace().map(str::to_string)),
            (None, Some((english, rest)), _) => {
                out.extend(english.split_whitespace().map(str::to_string));
                out.push(rest.to_string());
            }
            (None, None, Some(root)) => out.push(root.to_string()),
            (None, None, None) => out.push(ws[i].clone()),
        }
        i += 1;
    }
    out
}

/// An English question of a workspace whose sellers mix in `home`: only its numbers ("R$
/// 3.500", "1,2%", "80 mil") and its words no English word is spelt like ("atingimento",
/// "trimestre", "faixa") are read, so the English ("do", "as", "time") keeps its meaning.
fn lightly(ws: &[String], folded: &[String], named: &dyn Fn(usize, &str) -> bool, home: &Language) -> Vec<String> {
    // ("15 mil", glued to its number as "15mil" when read: fifteen thousand)
    let thousand = home.words.contains(&("mil", "thousand"));
    ws.iter()
        .zip(folded)
        .enumerate()
        .map(|(i, (w, f))| {
            if named(i, f) {
                return w.clone();
            }
            if let Some(n) = f
                .strip_suffix("mil")
                .filter(|n| thousand && n.ends_with(|c: char| c.is_ascii_digit()))
            {
                let n = point_decimal(n).unwrap_or_else(|| n.to_string());
                return format!("{n}k");
            }
            if let Some(n) = Some(f).filter(|_| home.decimal_comma).and_then(|f| point_decimal(f)) {
                return n;
            }
            // ("mil" and "af" are short, but what they mean here is no English word's)
            let foreign = matches!(f.as_str(), "mil" | "af") || f.len() >= 5 && !crate::english::as_written(f);
            match home.words.iter().find(|(x, _)| x == f).filter(|_| foreign) {
                Some((_, e)) if !e.is_empty() && !e.contains(' ') => e.to_string(),
                _ => w.clone(),
            }
        })
        .collect()
}

/// A number written with a decimal comma and thousands points ("1,5", "r$120.000,00") as
/// English writes it ("1.5", "r$120000.00"), its sign and unit kept.
fn point_decimal(w: &str) -> Option<String> {
    let start = w.find(|c: char| c.is_ascii_digit())?;
    let end = w.rfind(|c: char| c.is_ascii_digit())? + 1;
    let (sign, number, unit) = (&w[..start], &w[start..end], &w[end..]);
    let (whole, cents) = match number.split_once(',') {
        Some((whole, cents)) if (1..=2).contains(&cents.len()) && cents.chars().all(|c| c.is_ascii_digit()) => {
            (whole, Some(cents))
        }
        Some(_) => return None,
        None => (number, None),
    };
    let groups: Vec<&str> = whole.split('.').collect();
    let points = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
    if cents.is_none() && !points {
        return None;
    }
    let whole = if points { groups.concat() } else { whole.to_string() };
    Some(match cents {
        Some(c) => format!("{sign}{whole}.{c}{unit}"),
        None => format!("{sign}{whole}{unit}"),
    })
}

#[cfg(test)]
mod tests {
    use super::english;

    fn read(q: &str) -> String {
        let ws = crate::phrases::words(&crate::phrases::normalize(q));
        english(&ws, &|_, w| w == "mi", None).join(" ")
    }

    #[test]
    fn a_workspace_paid_in_reais_reads_its_sellers_numbers_and_words() {
        let home = super::of_currency("BRL");
        let read = |q: &str| {
            let ws = crate::phrases::words(&crate::phrases::normalize(q));
            english(&ws, &|_, _| false, home).join(" ")
        };
        assert_eq!(read("a pivô of 80 mil today"), "a pivô of 80 thousand today");
        assert_eq!(read("a 15mil fieldlink"), "a 15k fieldlink");
        assert_eq!(read("plantio at 1,2% and R$ 3.500"), "plantio at 1.2% and r$ 3,500");
        assert_eq!(read("my atingimento this tri"), "my attainment this quarter");
        assert_eq!(
            read("how much do i make as of the 5th"),
            "how much do i make as of the 5th",
            "English stays"
        );
        let usd = super::of_currency("USD");
        let ws = crate::phrases::words(&crate::phrases::normalize("a 15 mil deal"));
        assert_eq!(english(&ws, &|_, _| false, usd).join(" "), "a 15 mil deal");
    }

    #[test]
    fn french_and_spanish_words_are_read_as_english() {
        assert_eq!(
            read("combien j'ai fait en commission en janvier?"),
            "how much i have made in commission in janvier"
        );
        assert_eq!(
            read("qui est le plus loin du first tap dans mon équipe"),
            "who is the furthest of the first tap in my team"
        );
        assert_eq!(read("cuanto gané este mes"), "how much earned this month");
        assert_eq!(
            read("what is the quota for la region"),
            "what is the quota for la region",
            "English stays"
        );
        assert_eq!(
            read("combien et mi commission?"),
            "how much and mi commission",
            "a name stays"
        );
        assert_eq!(
            read("et mi commission?"),
            "et mi commission",
            "no word of French or Spanish alone"
        );
    }

    #[test]
    fn mexican_spanish_is_read_in_its_own_words() {
        let read = |q: &str| {
            let ws = crate::phrases::words(&crate::phrases::normalize(q));
            english(&ws, &|_, _| false, None).join(" ")
        };
        assert_eq!(
            read("cuanto me toca de comi este trimestre"),
            "how much do i get of commission this quarter"
        );
        assert_eq!(
            read("quien de mi equipo lleva mas lana"),
            "who of my team has made the most money"
        );
        assert_eq!(
            read("con un deal de 20k ya cruzo la garita"),
            "with a deal of 20k do i cross the garita"
        );
        assert_eq!(
            read("chiltepin al 15%, cuanto sale?"),
            "chiltepin at 15% how much does it cost",
            "\"al\" before a number is at"
        );
        assert_eq!(read("hey ya see my q3?"), "hey ya see my q3", "English stays");
        assert_eq!(
            read("top rep in DE, ES, SE?"),
            "top rep in de es se",
            "codes are no Spanish"
        );
        assert_eq!(
            read("how much did he make este trimestre"),
            "how much did he make this quarter",
            "\"he\" is English but before a participle"
        );
        assert_eq!(read("cuantos he vendido"), "how many have sold");
    }

    #[test]
    fn taglish_is_read_in_its_own_words() {
        assert_eq!(
            read("magkano na kinita ko this quarter?"),
            "how much earned my this quarter"
        );
        assert_eq!(
            read("sino pinakamalapit sa habagat sa team ko"),
            "who closest to habagat to my team"
        );
        assert_eq!(
            read("ano yung pinakamalaking deal ko"),
            "what the biggest deal my",
            "\"ano\" is Tagalog's what here, no Spanish year"
        );
        assert_eq!(read("ilang deals na na-close ko"), "how many deals closed my");
    }

    #[test]
    fn hinglish_is_read_in_its_own_words() {
        assert_eq!(
            read("Q4 commission kitna mila yaar"),
            "q4 commission how much did i get"
        );
        assert_eq!(
            read("buffer stop 150% kar de toh sabse zyada nuksaan kisko hoga"),
            "buffer stop 150% then lose most who will be"
        );
        assert_eq!(read("why is my Q2 payout itna kam?"), "why is my q2 payout so low");
        assert_eq!(read("Rahul ka pace kaisa hai"), "rahul pace how is");
        assert_eq!(read("is the payout ok"), "is the payout ok", "English stays");
    }

    #[test]
    fn vietnamese_is_read_in_its_own_words() {
        assert_eq!(read("tạm ứng e còn nợ bn vậy chị"), "tạm ứng i still owe how much");
        assert_eq!(
            read("total clawback team anh this year bao nhiêu"),
            "total clawback my team this year how much"
        );
        assert_eq!(
            read("october commission of em how much ạ?"),
            "october commission of me how much"
        );
        assert_eq!(read("is the team on pace"), "is the team on pace", "English stays");
    }
}
