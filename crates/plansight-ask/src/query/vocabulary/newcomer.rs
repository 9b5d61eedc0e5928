//! A newcomer's descriptions of the plan's parts, read as the plan's own words: someone who
//! does not know "threshold" or "draw" says "the minimum before anything pays" or "the money
//! they front you", and means the same part of the plan.

use super::Vocabulary;

/// Each description as a pattern of words, and the plan's word it is read as. A pattern's
/// word is a list of alternatives separated by `|`; a trailing `?` makes it optional. The
/// payout cap's reading is settled per plan (see [`Vocabulary::newcomer_words`]).
const DESCRIPTIONS: &[(&[&str], &str)] = &[
    // "the minimum before anything pays", "the minimum before I get paid"
    (
        &[
            "minimum",
            "before|till|until",
            "anything|it|i|you|commission|we|they",
            "start|starts|even?",
            "get|gets?",
            "pays|pay|paid|paying|earn|earns|earning|counts",
        ],
        "threshold",
    ),
    // "the bit where my % goes up", "the point where the rate jumps"
    (
        &[
            "bit|point|part|spot|place|stage",
            "where|when",
            "my|the|your",
            "%|rate|percentage|percent|commission",
            "rate?",
            "goes|go|jumps|jump|bumps|bump|kicks|steps",
            "up",
        ],
        "accelerator",
    ),
    // "the money they front you", "the cash the company advanced me"
    (
        &[
            "money|cash",
            "they|you|the",
            "company?",
            "front|fronts|fronted|advance|advances|advanced",
            "you|me|us|him|her?",
        ],
        "draw",
    ),
    // "have they taken any money back off me": a clawback
    (
        &[
            "take|takes|took|taken|taking",
            "any|some|the",
            "money|commission|cash",
            "back",
        ],
        "clawed back",
    ),
    // "the number I'm meant to hit", "the number they want me to hit"
    (
        &[
            "the",
            "number|figure",
            "i'm|im|i|they|you're",
            "am|are|want?",
            "me?",
            "meant|supposed|expected|need|have|want|got?",
            "to",
            "hit|reach",
        ],
        "my quota",
    ),
    // "the most they'll ever pay me in a year": the payout cap
    (
        &[
            "the",
            "most",
            "they'll|they|you'll|you|it'll|it|the|company|plan",
            "company|plan|will|can|would|could?",
            "ever?",
            "pay|pays",
            "me|you|us|anyone|him|her?",
        ],
        PAYOUT_CAP,
    ),
];

/// The reading of the payout cap's description, settled by whether the plan has one.
const PAYOUT_CAP: &str = "the (payout cap)";

/// The length of the words at `i` that `pattern` matches, trying each optional word both
/// said and left out.
fn matched(pattern: &[&str], ws: &[String], i: usize) -> Option<usize> {
    let Some((first, rest)) = pattern.split_first() else {
        return Some(0);
    };
    let (alternatives, optional) = match first.strip_suffix('?') {
        Some(a) => (a, true),
        None => (*first, false),
    };
    let here = ws
        .get(i)
        .filter(|w| alternatives.split('|').any(|a| a == w.as_str()))
        .and_then(|_| matched(rest, ws, i + 1).map(|n| n + 1));
    here.or_else(|| optional.then(|| matched(rest, ws, i)).flatten())
}

impl Vocabulary<'_> {
    /// The words with a newcomer's description of a part of the plan read as the plan's
    /// word for it ("how far am I from the bit where my % goes up": the accelerator).
    pub fn newcomer_words(&self, ws: &[String]) -> Vec<String> {
        let mut out = Vec::with_capacity(ws.len());
        let mut i = 0;
        while i < ws.len() {
            let found = DESCRIPTIONS
                .iter()
                .find_map(|(pattern, word)| matched(pattern, ws, i).map(|n| (n, *word)));
            match found {
                Some((n, word)) => {
                    let word = if word == PAYOUT_CAP {
                        // (a plan with no payout cap may still cap its commission)
                        if self.inputs.plan.payout_cap.is_some() {
                            "the payout cap"
                        } else {
                            "the cap"
                        }
                    } else {
                        word
                    };
                    out.extend(word.split_whitespace().map(str::to_string));
                    i += n;
                }
                None => {
                    out.push(ws[i].clone());
                    i += 1;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::matched;

    fn ws(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn optional_words_may_be_said_or_left_out() {
        let threshold = super::DESCRIPTIONS[0].0;
        assert_eq!(matched(threshold, &ws("the minimum before anything pays"), 1), Some(4));
        assert_eq!(matched(threshold, &ws("minimum before i get paid"), 0), Some(5));
        assert_eq!(matched(threshold, &ws("minimum before lunch"), 0), None);
        let draw = super::DESCRIPTIONS[2].0;
        assert_eq!(matched(draw, &ws("the money they front you do i owe"), 1), Some(4));
        assert_eq!(matched(draw, &ws("money they owe"), 0), None);
    }
}
