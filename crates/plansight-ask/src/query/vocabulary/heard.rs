//! The plan's and the roster's words as dictation hears them: a word that sounds as a name
//! of the plan's does, written as another ("my root commission" for the GTX Route
//! Commission, "the heavy hall quota", "the way station", "toad deals" for towed ones,
//! "Darcell" for Darcel). Given back as the name, so every rule reads it.

use super::Vocabulary;
use crate::phrases::fold;

/// How a word sounds, roughly: its first letter and first vowel, then its consonants, with
/// the letters that are often silent or spelt two ways made one ("weigh" and "way", "haul"
/// and "hall", "route" and "root", "Marquita" and "Markita"; not "route" and "rate"). Empty
/// for a word not of plain letters.
pub(crate) fn sound(word: &str) -> String {
    let w = word.to_ascii_lowercase();
    if w.is_empty() || !w.chars().all(|c| c.is_ascii_lowercase()) {
        return String::new();
    }
    let w = w
        .replace("eigh", "ay")
        .replace("qu", "k")
        .replace("ph", "f")
        .replace("ck", "k");
    let (first, rest) = w.split_at(1);
    let rest = rest.replace("gh", "");
    let vowel = rest
        .chars()
        .find(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        .unwrap_or('-');
    let mut key = format!("{first}{vowel}");
    for c in rest.chars() {
        let c = match c {
            'c' | 'q' => 'k',
            'z' => 's',
            _ => c,
        };
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h') || key.len() > 2 && key.ends_with(c) {
            continue;
        }
        key.push(c);
    }
    key
}

impl Vocabulary<'_> {
    /// The question with the words that sound as the plan's names (of two words or more,
    /// one of them said as written), its words for a deal's fate (before "deals"), or a
    /// seller's name (a word no English one is, said where a name stands) written as they
    /// are: "raise the heavy hall quota" is the Heavy Haul Incentive's. A word the parser's
    /// own rules read ("deal", "tier") is never taken for another.
    pub(in crate::query) fn as_heard(&self, question: &str) -> String {
        let tokens: Vec<&str> = question.split_whitespace().collect();
        let bare: Vec<String> = tokens
            .iter()
            .map(|t| fold(t.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')))
            .collect();
        let sounds: Vec<String> = bare.iter().map(|w| sound(w)).collect();
        // (a word that may be heard for another: of plain letters, no word of the rules)
        let open: Vec<bool> = bare
            .iter()
            .zip(&sounds)
            .map(|(w, s)| w.len() >= 3 && !s.is_empty() && !crate::query::unrecognised::rule_word(w))
            .collect();
        if !open.iter().any(|o| *o) {
            return question.to_string();
        }
        let mut heard: Vec<Option<String>> = vec![None; tokens.len()];
        // (a long name of the plan's: a measure, a tier, a cap, a bonus)
        let names: Vec<Vec<String>> = self
            .inputs
            .plan
            .measures
            .iter()
            .map(|m| m.name.clone())
            .chain(self.inputs.plan.bonuses.iter().map(|b| b.name.clone()))
            .chain(self.terms.iter().map(|(n, _)| n.clone()))
            .map(|n| {
                n.to_lowercase()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|n| n.len() >= 2)
            .collect();
        // (a word every plan's names share: said as written, it is not enough to hear another
        // word of the name in a word the rules read, "my deal commission")
        const SHARED: &[&str] = &[
            "commission",
            "bonus",
            "incentive",
            "rate",
            "tier",
            "quota",
            "award",
            "spiff",
            "plan",
            "the",
            "of",
            "and",
            "cap",
            "draw",
            "level",
            "band",
            "line",
            "limit",
        ];
        for name in &names {
            let name_sounds: Vec<String> = name.iter().map(|w| sound(w)).collect();
            for n in 2..=name.len() {
                for (start, parts) in name.windows(n).enumerate() {
                    for i in 0..bare.len().saturating_sub(n - 1) {
                        let said = &bare[i..i + n];
                        let same = (0..n).filter(|&k| said[k] == parts[k]).count();
                        let own = (0..n).any(|k| said[k] == parts[k] && !SHARED.contains(&parts[k].as_str()));
                        let alike = (0..n).all(|k| {
                            said[k] == parts[k]
                                || (open[i + k] || own && said[k].len() >= 3 && !sounds[i + k].is_empty())
                                    && parts[k].len() >= 3
                                    && sounds[i + k] == name_sounds[start + k]
                        });
                        if alike && same >= 1 && same < n {
                            for (k, p) in parts.iter().enumerate() {
                                if said[k] != *p {
                                    heard[i + k] = Some(p.clone());
                                }
                            }
                        }
                    }
                }
            }
        }
        let roster = self.inputs.roster.as_deref().unwrap_or(&[]);
        for (i, w) in bare.iter().enumerate() {
            if heard[i].is_some() || !open[i] {
                continue;
            }
            // ("how much have I lost to toad deals": a deal's fate of the document's, before
            // the deals)
            let before_deals = bare
                .get(i + 1)
                .is_some_and(|n| matches!(n.as_str(), "deals" | "deal" | "orders" | "order" | "ones"));
            if before_deals {
                if let Some((said, _)) = self
                    .idea_words
                    .iter()
                    .find(|(said, _)| !said.contains(' ') && said != w && sound(said) == sounds[i])
                {
                    if !self.plan_word(w) && !self.person_or_account_word(w) {
                        heard[i] = Some(said.clone());
                    }
                    continue;
                }
            }
            // ("How much did Darcell make", "Marquita's clawbacks": a name heard, spelt
            // another way, where a name stands; a word of no English and of no one's name)
            let stem = w.trim_end_matches("'s");
            let where_a_name_stands = stem.len() < w.len()
                || i > 0
                    && matches!(
                        bare[i - 1].as_str(),
                        "did" | "does" | "has" | "for" | "and" | "is" | "was" | "of"
                    )
                || bare.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "make" | "made" | "earn" | "earned" | "get" | "got" | "close" | "closed" | "sell" | "sold"
                    )
                });
            if !where_a_name_stands || stem.len() < 4 || crate::english::as_written(stem) {
                continue;
            }
            let key = sound(stem);
            if key.len() < 3 || self.person_or_account_word(stem) || self.plan_word(stem) {
                continue;
            }
            let alike: Vec<String> = roster
                .iter()
                .filter_map(|s| s.name.as_deref())
                .flat_map(|n| n.split_whitespace().map(fold).collect::<Vec<_>>())
                .filter(|part| part != stem && sound(part) == key && !another_ending(part, stem))
                .collect();
            if let [one] = alike.as_slice() {
                heard[i] = Some(format!("{one}{}", &w[stem.len()..]));
            }
        }
        if heard.iter().all(Option::is_none) {
            return question.to_string();
        }
        tokens
            .iter()
            .zip(&bare)
            .zip(&heard)
            .map(|((t, b), h)| match h {
                // (the token's marks kept: "toad," is "towed,")
                Some(h) => {
                    let lower = t.to_lowercase();
                    match lower.find(b.as_str()) {
                        Some(at)
                            if lower.len() == t.len() && t.is_char_boundary(at) && t.is_char_boundary(at + b.len()) =>
                        {
                            format!("{}{h}{}", &t[..at], &t[at + b.len()..])
                        }
                        _ => h.clone(),
                    }
                }
                None => t.to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Whether two names differ only in the vowel they end with: "Alejandra" is not "Alejandro",
/// nor "Daniela" "Daniel" (another person, not a spelling heard).
fn another_ending(name: &str, said: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let (a, b) = (name.trim_end_matches(vowel), said.trim_end_matches(vowel));
    a == b && name.len().max(said.len()) > a.len()
}

#[cfg(test)]
mod tests {
    use super::sound;

    #[test]
    fn words_that_sound_alike_share_a_key() {
        for (a, b) in [
            ("root", "route"),
            ("hall", "haul"),
            ("way", "weigh"),
            ("toad", "towed"),
            ("darcell", "darcel"),
            ("marquita", "markita"),
        ] {
            assert_eq!(sound(a), sound(b), "{a} {b}");
        }
        for (a, b) in [("route", "rate"), ("haul", "hill"), ("tier", "tear")] {
            assert_ne!(sound(a), sound(b), "{a} {b}");
        }
    }

    #[test]
    fn a_name_with_another_ending_vowel_is_another_persons() {
        use super::another_ending;
        assert!(another_ending("alejandro", "alejandra"));
        assert!(another_ending("daniel", "daniela"));
        assert!(!another_ending("darcel", "darcell"));
        assert!(!another_ending("markita", "marquita"));
    }
}
