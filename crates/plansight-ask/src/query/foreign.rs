//! The everyday French, Dutch and Spanish words sellers mix into English questions
//! ("combien j'ai fait en janvier", "hoeveel did Q3 pay me", "cuánto gané este mes"), and
//! Nigerian Pidgin ("wetin i don make", "how much i go get"), read as the English words
//! they stand for.
//! Only function words and the words of pay are read; a word that is a name in the
//! workspace stays the name.

/// Two words that together stand for English ones ("plus loin": furthest).
const PAIRS: &[(&str, &str, &str)] = &[
    ("combien", "de", "how many"),
    ("combien", "d'", "how many"),
    ("plus", "loin", "furthest"),
    ("plus", "proche", "closest"),
    ("por", "que", "why"),
    ("este", "mes", "this month"),
    ("el", "mes", "the month"),
    ("cada", "mes", "each month"),
    ("c'est", "quoi", "what is"),
    ("qu'est-ce", "que", "what"),
    ("est-ce", "que", ""),
    ("nous", "autres", "us"),
    // Nigerian Pidgin: "go" before a verb is "will", "wetin be" is "what is"
    ("i", "go", "i will"),
    ("e", "go", "it will"),
    ("we", "go", "we will"),
    ("dem", "go", "they will"),
    ("you", "go", "you will"),
    ("wetin", "be", "what is"),
    ("i", "wan", "i want"),
];

/// One word and the English it stands for (accents folded).
const WORDS: &[(&str, &str)] = &[
    // French
    ("combien", "how much"),
    ("pourquoi", "why"),
    ("quoi", "what"),
    ("qui", "who"),
    ("quand", "when"),
    ("c'est", "is"),
    ("j'ai", "i have"),
    ("je", "i"),
    ("suis", "am"),
    ("fait", "made"),
    ("eu", "got"),
    ("gagne", "earned"),
    ("touche", "got"),
    ("mon", "my"),
    ("ma", "my"),
    ("mes", "my"),
    ("notre", "our"),
    ("nos", "our"),
    ("equipe", "team"),
    ("et", "and"),
    ("en", "in"),
    ("du", "of the"),
    ("des", "of the"),
    ("dans", "in"),
    ("pour", "for"),
    ("sur", "on"),
    ("avec", "with"),
    ("sans", "without"),
    ("mois", "month"),
    ("trimestre", "quarter"),
    ("annee", "year"),
    ("ventes", "sales"),
    ("paie", "pay"),
    ("paye", "paid"),
    ("coute", "cost"),
    ("coutent", "cost"),
    ("est", "is"),
    ("est-tu", "is"),
    ("est-ce", "is"),
    ("meme", "same"),
    ("que", "as"),
    ("le", "the"),
    ("la", "the"),
    ("les", "the"),
    ("une", "a"),
    ("zero", "zero"),
    ("rien", "nothing"),
    ("loin", "far"),
    ("plus", "more"),
    ("proche", "close"),
    ("encore", "still"),
    ("quel", "which"),
    ("quelle", "which"),
    // Dutch
    ("hoeveel", "how much"),
    ("waarom", "why"),
    ("wie", "who"),
    ("wat", "what"),
    ("ik", "i"),
    ("heb", "have"),
    ("mijn", "my"),
    ("deze", "this"),
    ("dit", "this"),
    ("vorige", "last"),
    ("maand", "month"),
    ("kwartaal", "quarter"),
    ("jaar", "year"),
    ("verdiend", "earned"),
    // (Afrikaans: "hoeveel het ek verdien")
    ("ek", "i"),
    ("het", "have"),
    ("verdien", "earn"),
    ("betaald", "paid"),
    ("omzet", "sales"),
    ("marge", "margin"),
    ("offerte", "quote"),
    ("offertes", "quotes"),
    // Spanish
    ("cuanto", "how much"),
    ("cuanta", "how much"),
    ("cuantos", "how many"),
    ("cuantas", "how many"),
    ("porque", "why"),
    ("quien", "who"),
    ("cuando", "when"),
    ("mi", "my"),
    ("mis", "my"),
    ("equipo", "team"),
    ("comision", "commission"),
    ("comisiones", "commission"),
    ("gane", "earned"),
    ("ganado", "earned"),
    ("ganar", "earn"),
    ("este", "this"),
    ("esta", "this"),
    ("trimestre", "quarter"),
    ("ano", "year"),
    ("cuota", "quota"),
    ("ventas", "sales"),
    ("para", "for"),
    ("con", "with"),
    ("los", "the"),
    ("las", "the"),
    ("el", "the"),
    ("pagaron", "paid"),
    ("pagado", "paid"),
    ("pago", "payout"),
    ("en", "in"),
    ("primer", "first"),
    ("primero", "first"),
    ("segundo", "second"),
    ("tercer", "third"),
    ("cuarto", "fourth"),
    ("renovaciones", "renewals"),
    ("renovacion", "renewal"),
    ("cero", "zero"),
    ("bono", "bonus"),
    ("venta", "sale"),
    ("cliente", "customer"),
    ("falta", "left"),
    ("faltan", "left"),
    // Nigerian Pidgin (its fillers read as nothing)
    ("wetin", "what"),
    ("abeg", "please"),
    ("sef", ""),
    ("sha", ""),
    ("abi", ""),
    ("oga", ""),
    ("wey", "that"),
    ("dem", "they"),
    ("don", ""),
    ("dey", "is"),
    ("wan", "want"),
    ("una", "you"),
    ("pass", "most"),
];

/// Words no English question has: one of them makes the question read so.
const MARKERS: &[&str] = &[
    "wetin",
    "abeg",
    "sef",
    "wey",
    "dey",
    "oga",
    "abi",
    "una",
    "combien",
    "pourquoi",
    "quoi",
    "qui",
    "quand",
    "j'ai",
    "mon",
    "mes",
    "equipe",
    "cuanto",
    "cuanta",
    "cuantos",
    "cuantas",
    "porque",
    "quien",
    "cuando",
    "mi",
    "mis",
    "equipo",
    "comision",
    "gane",
    "ganado",
    "este",
    "c'est",
    "dans",
    "avec",
    "est-tu",
    "est-ce",
    "por",
    "hoeveel",
    "waarom",
    "mijn",
    "deze",
    "kwartaal",
    "maand",
    "verdiend",
    "offertes",
    "offerte",
    "marge",
    "omzet",
    "pagaron",
    "renovaciones",
    "cero",
    "trimestre",
];

/// The words with the French and Spanish ones read as English; `named` says which words
/// are the workspace's own names (kept as they are).
pub(super) fn english(ws: &[String], named: &dyn Fn(&str) -> bool) -> Vec<String> {
    let folded: Vec<String> = ws.iter().map(|w| crate::phrases::fold(w)).collect();
    // Only a question that has a word no English one has is read so: "la" and "que" alone
    // are not enough.
    let foreign = folded.iter().any(|w| MARKERS.contains(&w.as_str()) && !named(w));
    if !foreign {
        return ws.to_vec();
    }
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let w = &folded[i];
        if named(w) {
            out.push(ws[i].clone());
            i += 1;
            continue;
        }
        let next = folded.get(i + 1).map(String::as_str).unwrap_or("");
        if let Some((_, _, e)) = PAIRS
            .iter()
            .find(|(a, b, _)| a == w && (next == *b || b.ends_with('\'') && next.starts_with(b)))
        {
            out.extend(e.split_whitespace().map(str::to_string));
            // ("combien d'argent": the word after the elision stays)
            if let Some(rest) = next.strip_prefix("d'").filter(|r| !r.is_empty()) {
                out.push(rest.to_string());
            }
            i += 2;
            continue;
        }
        match WORDS.iter().find(|(f, _)| f == w) {
            Some((_, e)) => out.extend(e.split_whitespace().map(str::to_string)),
            None => out.push(ws[i].clone()),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::english;

    fn read(q: &str) -> String {
        let ws = crate::phrases::words(&crate::phrases::normalize(q));
        english(&ws, &|w| w == "mi").join(" ")
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
}
