//! Ordinary questions that words added for other questions must not capture: a period's
//! best month is not the plan's calendar, money earned is not a rule, counting deals won is
//! not a request to change them, a quota scaled by a percentage uses that percentage.

mod common;

use plansight_ask::ask;

#[test]
fn ordinary_questions_keep_their_reading() {
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    for (q, op, figure) in [
        ("which months did I earn the most?", "best_period", "earnings"),
        ("how much have I already earned this year?", "value", "earnings"),
        ("how many deals did I move to won in Q3?", "value", "deal_count"),
        ("what if my new ARR quota were 10% lower", "value", "earnings"),
    ] {
        let a = ask(&ctx, "s02", q);
        assert_eq!(
            (a.arguments["op"].as_str(), a.arguments["figure"].as_str()),
            (Some(op), Some(figure)),
            "{q}: {a:?}"
        );
        assert!(!a.figures.is_empty(), "{q}: {a:?}");
    }
}

/// Questions on workspaces whose plans name their parts in their own words, each read
/// wrong before the change that reads it: the plan's names win over near words elsewhere
/// (a tier called Summit beside a Summit Flag bonus, a bonus called Renewal Commission),
/// products and measures are named the way sellers shorten them, and what cannot be
/// decided is asked back.
#[test]
fn plans_in_their_own_words() {
    use plansight_ask::eval::{canonical_of, outcome};
    use plansight_ask::query::context::Conversation;
    use serde_json::{json, Value};
    let cases: &[(&str, &str, &str, &str, Value)] = &[
        (
            "seventh",
            "Anna Snelling",
            "how much more do I need to sell this quarter to hit summit",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "seventh",
            "Versie Hillebrand",
            "NL attainment to date?",
            "answer",
            json!({"figure": "attainment", "measure": "new_logo"}),
        ),
        (
            "seventh",
            "Dustin Brinkmann",
            "quota to 70k - who loses?",
            "ask_back",
            json!({}),
        ),
        (
            "ninth",
            "r02",
            "my top 3 deals by commission",
            "answer",
            json!({"figure": "earnings", "op": "top"}),
        ),
        (
            "ninth",
            "r01",
            "show me all my knee deals",
            "answer",
            json!({"op": "list", "product": "stratus knee"}),
        ),
        (
            "ninth",
            "r10",
            "my navpoint quota?",
            "answer",
            json!({"figure": "quota", "measure": "capital", "product": null}),
        ),
        (
            "ninth",
            "Keira Batchelor",
            "raise the MIE to 110k, whats total spend",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "payout_cap", "value": "110000.00"}}),
        ),
        (
            "eighth",
            "Elease Gluck",
            "hypothetically if my revenue quota was 90k what would q4 pay me",
            "answer",
            json!({"lever": {"kind": "quota", "measure": "revenue", "value": "90000.00"}}),
        ),
        (
            "eighth",
            "Markita Hansen",
            "what if SH0S5N6U had slipped into january",
            "answer",
            json!({"move_deal": {"deal": "sh0s5n6u", "close_date": "2018-01-31"}}),
        ),
        (
            "eighth",
            "Maureen Marcano",
            "is my growth incentive paying tier 1 or tier 2 at the moment?",
            "answer",
            json!({"figure": "rate", "measure": "growth"}),
        ),
        (
            "sixth",
            "Callum Reyes",
            "Jet Stream at 200% - total plan cost",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "strat", "tier": 2}}),
        ),
        (
            "sixth",
            "s10",
            "this month - how far off the next flight level am i",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "thirteenth",
            "Celia Rouche",
            "what's the total cost if level 2 started at 80%",
            "answer",
            json!({"lever": {"kind": "tier_start", "measure": "premium", "tier": 2, "value": "0.8"}}),
        ),
        (
            "thirteenth",
            "Celia Rouche",
            "if the lid was 40k instead of 50k how much would we save",
            "answer",
            json!({"op": "compare", "lever": {"kind": "payout_cap", "value": "40000"}}),
        ),
        (
            "thirteenth",
            "wfarren",
            "why did i get nothing on premium all year",
            "answer",
            // (nothing "all year" is the year so far, as four later sets label it; this set's
            // own label says the plan year)
            json!({"op": "explain", "measure": "premium", "period": null}),
        ),
        (
            "twelfth",
            "Dana Whitfield",
            "who loses most if we cut tier 2 from 8% to 6%",
            "answer",
            json!({"op": "bottom", "lever": {"kind": "rate", "measure": "gross_margin", "tier": 2, "value": "0.06"}}),
        ),
        (
            "twelfth",
            "Sharon Obi",
            "what did maria make in q2",
            "ask_back",
            json!({}),
        ),
        (
            "fifteenth",
            "Reed Clapper",
            "whats gonna hit my account on jan 15",
            "answer",
            json!({"figure": "payable", "period": "m12"}),
        ),
        (
            "fifteenth",
            "Celia Rouche",
            "start bullet at 175% instead of 150 - total cost?",
            "answer",
            json!({"lever": {"kind": "tier_start", "measure": "mainline", "tier": 3, "value": "1.75"}}),
        ),
        (
            "fifteenth",
            "Garret Kinder",
            "how far from the fast track",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "thirteenth",
            "zlevy",
            "if the zoomit deal had come in at 10k how much more would q3 have paid",
            "answer",
            json!({"account": null, "deal_amount_to": {"deal": "rjd0d0gd", "amount": "10000"}}),
        ),
        (
            "seventeenth",
            "Celia Rouche",
            "focus boost at 2x instead of 1.5x, cost?",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "focus", "tier": 2, "value": "2"}}),
        ),
        (
            "seventeenth",
            "Melvin Marxen",
            "push platinum to 11% in the plan file and save it",
            "decline",
            json!({}),
        ),
        (
            "twelfth",
            "r05",
            "show me my truframe deals",
            "answer",
            json!({"op": "list", "product": "trueframe windows"}),
        ),
        (
            "fifth",
            "s02",
            "take-home may vs april - which was bigger",
            "answer",
            json!({"op": "compare", "period": "m11", "versus": "m10"}),
        ),
        // An unbolded clause title and a glossary row name the threshold.
        (
            "nineteenth",
            "Hayden Neloms",
            "how far am i from the soundcheck",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        // "the bands are named for tempos"
        (
            "nineteenth",
            "Anna Snelling",
            "what tempo am i in rn",
            "answer",
            json!({"figure": "rate"}),
        ),
        // "which the branch floors call **time-and-a-half**", said without hyphens
        (
            "eighteenth",
            "Brooke Sinclair",
            "how much more do i need for time and a half in q4",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "q4"}),
        ),
        (
            "eighteenth",
            "Hannah Lindqvist",
            "what have the rs-90s made me",
            "answer",
            json!({"product": "polaris rs-90"}),
        ),
        (
            "eighteenth",
            "Grace Okafor",
            "how much did jo make jul-sep",
            "answer",
            json!({"who": "joanna petrovic", "period": "q3"}),
        ),
        // Several measures on quota and none nearest: not a deal of 320k.
        (
            "eighteenth",
            "Grace Okafor",
            "what if the quota went to 320k, who loses",
            "ask_back",
            json!({}),
        ),
        (
            "eighteenth",
            "Grace Okafor",
            "kestrel double rate at 2.5x instead of 2x, cost?",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 2, "value": "2.5"}}),
        ),
        (
            "eighteenth",
            "Tyler Friesen",
            "did i max out the governor",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "eighteenth",
            "Mathieu Pelletier",
            "how much more would december pay me if i book a 25k tamarack expansion on dec 30",
            "answer",
            json!({"new_deal": {"amount": "25000", "close_date": "2025-12-30", "product": "tamarack hx-4", "type": "expansion"}}),
        ),
        // a product by a word right after the deal's size
        (
            "twentieth",
            "Siobhan Murphy",
            "what would siobhan earn if she signed a 15k byd today",
            "answer",
            json!({"new_deal": {"amount": "15000", "product": "byd hvm 11kwh"}}),
        ),
        // a hyphenated tier name said short, with its hyphen a space
        (
            "twentyfirst",
            "Ashley Nguyen",
            "super accel at 20% - cost?",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 4}}),
        ),
        // a nickname before "lose"
        (
            "twentieth",
            "Grant Osei",
            "if the full charge came down to 150% what would bec lose",
            "answer",
            json!({"who": "rebecca nguyen"}),
        ),
        // two Joshuas: the short name asks back, the last initial tells them apart
        (
            "twentieth",
            "Grant Osei",
            "how's josh tracking on system sales",
            "ask_back",
            json!({}),
        ),
        (
            "twentieth",
            "Grant Osei",
            "josh h's battery attainment in q2",
            "answer",
            json!({"who": "joshua harris"}),
        ),
        // the trade's word for a deal
        (
            "twentieth",
            "Joshua Tupou",
            "show me my cancelled jobs",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "twentieth",
            "Tayla Brennan",
            "total paid to me this financial year",
            "answer",
            json!({"figure": "payable", "period": "fy"}),
        ),
        // the plan's own target incentive is named, not changed
        (
            "twentyfirst",
            "Daniel Park",
            "is the 80k target incentive on top of my base or is that my whole OTE",
            "plan_rule",
            json!({}),
        ),
        // a date someone left is not the period asked
        (
            "twentieth",
            "Nicholas Papadakis",
            "left end of feb - what did my jan-mar payout come to",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        (
            "twentyfirst",
            "Daniel Park",
            "set up a pipeline review w/ my team for friday",
            "decline",
            json!({}),
        ),
        // a glossary's other name for a tier ("the Bumper": the Sapphire band)
        (
            "twentysecond",
            "Helen Ashworth",
            "who on my desk is closest to the bumper in q3",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "op": "bottom"}),
        ),
        (
            "twentythird",
            "Diane Kowalski",
            "whitewater at 7% - who gains the most",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "capital", "tier": 3}}),
        ),
        // a deal type one measure alone credits names that measure
        (
            "twentysecond",
            "Robert Quigley",
            "perm commission for apr-jun?",
            "answer",
            json!({"figure": "earnings", "measure": "perm_fees", "deal_type": null}),
        ),
        (
            "twentysecond",
            "Siobhan Kerr",
            "how many perm placements in q2",
            "answer",
            json!({"figure": "deal_count", "deal_type": "perm"}),
        ),
        (
            "twentysecond",
            "Lauren Hargreaves",
            "how much temp commission have i earned ytd",
            "answer",
            json!({"measure": "contract_margin"}),
        ),
        (
            "twentysecond",
            "Rebecca Thwaite",
            "how much more do i need to bill in q3 to get to topaz",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        // the document's other name for a measure
        (
            "twentythird",
            "Joanna Pruitt",
            "where am i on disposables attainment",
            "answer",
            json!({"figure": "attainment", "measure": "consumables"}),
        ),
        // a plan value said as a what-if's size is asked back
        (
            "twentysecond",
            "Owain Griffiths",
            "what would i make at 40k",
            "ask_back",
            json!({}),
        ),
        (
            "twentythird",
            "Diane Kowalski",
            "what if quota was 320k, cost?",
            "ask_back",
            json!({}),
        ),
        (
            "twentysecond",
            "Owain Griffiths",
            "if the gemstone rates went up what would i get",
            "ask_back",
            json!({}),
        ),
        ("twentysecond", "Helen Ashworth", "whats my OTE", "plan_rule", json!({})),
        // a payday at a month's end pays the period that ended before it
        (
            "twentysecond",
            "Joanna Pilkington",
            "what lands in my account end of october",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        (
            "twentythird",
            "Katelyn Moore",
            "list my K7 wins in q2",
            "answer",
            json!({"product": "kestrel k7 ventilator"}),
        ),
        (
            "twentythird",
            "Chris Yamamoto",
            "what has st perpetua's paid me",
            "answer",
            json!({"account": "st. perpetua's hospital"}),
        ),
        (
            "twentysecond",
            "Robert Quigley",
            "biggest tech placement i've done this year",
            "answer",
            json!({"product": "technology"}),
        ),
        // a clause number inside a bold title; a rate written "4.0%"; a multiple "1.25x"
        (
            "twentyfourth",
            "Tom Reinholt",
            "perch down to 30% - how much more does that cost us",
            "answer",
            json!({"lever": {"kind": "threshold", "measure": "new_business"}}),
        ),
        // the trades' words for a lapsed policy and a returned order
        (
            "twentyfourth",
            "Kate Osei",
            "which of my policies lapsed for nonpay",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "twentyfifth",
            "Carmen Trujillo",
            "which of my orders got 86'd",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        // a territory one manager's team covers
        (
            "twentyfourth",
            "Tom Reinholt",
            "total comp cost for omaha so far",
            "answer",
            json!({"who": "team:tom reinholt"}),
        ),
        // Spanish nicknames
        (
            "twentyfifth",
            "Ray Castellanos",
            "beto's check for january",
            "answer",
            json!({"who": "roberto salcedo", "figure": "payable"}),
        ),
        (
            "twentyfifth",
            "Carmen Trujillo",
            "delete the lost quotes off my list",
            "decline",
            json!({}),
        ),
        // a glossary's other name for a tier in a table headed by the plan's own noun, and
        // a plan name that is no account's misspelling
        (
            "twentyseventh",
            "Jessica Tran",
            "how far am i from the elevator",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "twentyseventh",
            "Christina Okafor",
            "how close am i to the roofline",
            "answer",
            json!({"figure": "distance", "mark": "cap", "account": null}),
        ),
        (
            "twentyseventh",
            "Jessica Tran",
            "how many deals do i have at LOI or in escrow",
            "answer",
            json!({"figure": "deal_count", "stage": "open"}),
        ),
        (
            "twentysixth",
            "Lars Nyqvist",
            "my provision ytd?",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "twentysixth",
            "Joanna van Dijk",
            "can you book my hotel for the rotterdam trade fair",
            "decline",
            json!({}),
        ),
        // names as people say them: without accents, as nicknames, an everyday word where
        // only a person stands
        (
            "twentyeighth",
            "Isabelle Fortier",
            "what did steph earn in q3",
            "answer",
            json!({"who": "stéphanie roy", "figure": "earnings"}),
        ),
        (
            "twentyninth",
            "Angela Russo",
            "how much has gazza made this fy",
            "answer",
            json!({"who": "gary lindqvist"}),
        ),
        (
            "twentyninth",
            "Bronwyn Kelleher",
            "what did davo make in march",
            "answer",
            json!({"who": "david kowalski"}),
        ),
        (
            "twentyeighth",
            "Isabelle Fortier",
            "what would max earn on a 20k colour mfp",
            "answer",
            json!({"who": "maxime tremblay", "op": "value", "n": null}),
        ),
        // French and Spanish words in an English question
        (
            "twentyeighth",
            "Mathieu Bouchard",
            "combien j'ai fait en février",
            "answer",
            json!({"figure": "earnings", "period": "m11"}),
        ),
        (
            "twentyeighth",
            "Annie Lévesque",
            "pourquoi j'ai rien en janvier",
            "answer",
            json!({"op": "explain", "period": "m10"}),
        ),
        // a deal type hyphenated, shortened or named by the document; a product by its
        // initials; a deal's amount is no plan part's
        (
            "twentyninth",
            "Thomas Whitford",
            "how many port ins did i win in march",
            "answer",
            json!({"deal_type": "port-in", "figure": "deal_count"}),
        ),
        (
            "twentyeighth",
            "Daniel Wright",
            "how many lease rolls did i close this year",
            "answer",
            json!({"deal_type": "refresh", "figure": "deal_count"}),
        ),
        (
            "twentyninth",
            "Duc Nguyen",
            "list my nbn ee deals",
            "answer",
            json!({"product": "nbn enterprise ethernet", "op": "list"}),
        ),
        (
            "twentyninth",
            "Priya Raman",
            "would a 30k uc voice deal push me past the king tide",
            "answer",
            json!({"lever": null}),
        ),
        (
            "twentyninth",
            "Duc Nguyen",
            "worst tcv quarter?",
            "answer",
            json!({"figure": "credit", "op": "worst_period"}),
        ),
        // a territory is no account; destroying data is declined wherever the verb stands
        (
            "twentyninth",
            "Craig Whitton",
            "total payout for the brisbane & gold coast team in april",
            "answer",
            json!({"figure": "cost", "account": null}),
        ),
        (
            "twentyeighth",
            "Isabelle Fortier",
            "go into the crm and erase patrick's lost deals",
            "decline",
            json!({}),
        ),
        // the document's own words: a measure's initials in capitals, a product's other
        // names in a table, a deal type's name before it, the plan's ideas in another
        // language, a territory typed without its umlaut
        (
            "thirtieth",
            "Elif Aydin",
            "best quarter for AE credit",
            "answer",
            json!({"measure": "order_intake", "figure": "credit", "op": "best_period"}),
        ),
        (
            "thirtieth",
            "Elif Aydin",
            "how many SPS orders did i win this fy",
            "answer",
            json!({"product": "plc systems", "figure": "deal_count", "measure": null}),
        ),
        (
            "thirtieth",
            "Elif Aydin",
            "list my abrufe",
            "answer",
            json!({"deal_type": "call-off", "op": "list"}),
        ),
        (
            "thirtieth",
            "Elif Aydin",
            "meine zielerreichung q3?",
            "answer",
            json!({"figure": "attainment", "period": "q3"}),
        ),
        (
            "thirtieth",
            "Reto Kälin",
            "total comp for sued in q3",
            "answer",
            json!({"who": "team:markus aigner", "figure": "cost"}),
        ),
        (
            "thirtieth",
            "Elif Aydin",
            "show me my stornos",
            "answer",
            // (a list of deals is of their amounts, said or not: `eval::canonical`)
            json!({"op": "list", "stage": "cancelled", "figure": null}),
        ),
        // a trade's initialism with an ampersand, its words for open deals, its nicknames
        (
            "thirtyfirst",
            "Grace Kim",
            "my f&b credit this year",
            "answer",
            json!({"measure": "fnb", "figure": "credit"}),
        ),
        (
            "thirtyfirst",
            "Priyanka Shah",
            "if every tentative turns definite what's my q4 room attainment",
            "answer",
            json!({"pipeline": "all", "figure": "attainment"}),
        ),
        (
            "thirtyfirst",
            "Denise Okafor",
            "what did DJ earn in august",
            "answer",
            json!({"who": "darnell jefferson"}),
        ),
        // a product by its last word in the plural, or its words shortened
        (
            "thirtysecond",
            "Marcus Bell",
            "what have my towers earned me this fy",
            "answer",
            json!({"product": "aurora 4k tower", "figure": "earnings"}),
        ),
        (
            "thirtysecond",
            "Michael Chen",
            "how many pulsar gen orders did i close in q2",
            "answer",
            json!({"product": "pulsar generator", "figure": "deal_count"}),
        ),
        // a measure named as pay is its money; a hyphenated name's initials
        (
            "thirtysecond",
            "Jennifer Nguyen",
            "TRC for q2?",
            "answer",
            json!({"figure": "earnings", "measure": "revenue"}),
        ),
        (
            "thirtysecond",
            "Jennifer Walsh",
            "my PT attainment ytd",
            "answer",
            json!({"figure": "attainment", "measure": "pullthrough"}),
        ),
        // "the west" as a team, its manager's
        (
            "thirtysecond",
            "Kevin Duarte",
            "what's the west costing us this year",
            "answer",
            json!({"figure": "cost", "who": "team:lorena vasquez"}),
        ),
        // a tier named in the tier table, not by a glossary's "at and above 100%"
        (
            "thirtysecond",
            "Lorena Vasquez",
            "second growth at 1.75x, what's that cost",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 2}}),
        ),
        // the document's word for its tiers, from a table's "2.0%" rates
        (
            "thirtysecond",
            "Priyanka Raman",
            "how far to the next layer this quarter",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        // a recruiter places a deal; the rank is another "place"
        (
            "thirtythird",
            "Samir Haddad",
            "if i place a 9k perm next week what's my comm",
            "answer",
            json!({"op": "value", "figure": "earnings"}),
        ),
        // what a deal that fell off "cost me" is the clawback
        (
            "thirtythird",
            "Kwame Mensah",
            "what did the northern rail leasing fall-off cost me",
            "answer",
            json!({"figure": "clawback", "account": "northern rail leasing"}),
        ),
        (
            "thirtythird",
            "Priyanka Desai",
            "how much have rebates cost me in q3",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "thirtythird",
            "Kwame Mensah",
            "show my fall-offs",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "thirtythird",
            "Imran Chaudhry",
            "what did my lot cost in q2",
            "answer",
            json!({"figure": "cost", "who": "team:imran chaudhry"}),
        ),
        // another firm's pay
        (
            "thirtythird",
            "Rebecca Hollis",
            "what are reed paying their consultants",
            "decline",
            json!({}),
        ),
        // a plan that pays "a little more" says no new value
        (
            "thirtythird",
            "Samantha Cole",
            "if the bands paid a little more what would i make",
            "ask_back",
            json!({}),
        ),
        // a why of one period; the other said by the way
        (
            "thirtythird",
            "Devinder Sandhu",
            "why was my may commission zero, i smashed q1",
            "answer",
            json!({"op": "explain", "period": "m02", "versus": null}),
        ),
        // an account's words are no seller's ("Whitmore Cole" is not Samantha Cole)
        (
            "thirtythird",
            "Ffion Roberts",
            "what nfi have i done with whitmore cole this year",
            "answer",
            json!({"figure": "credit", "who": "ffion roberts"}),
        ),
        (
            "thirtythird",
            "Owen Pritchard",
            "OTC to 18k for everyone, cost?",
            "answer",
            json!({"lever": {"kind": "target_incentive"}}),
        ),
        // the threshold is named by the clause about it, not one that quotes a split's 50%
        (
            "thirtyfourth",
            "Hannah Lindqvist",
            "how far am i from the on-ramp this month",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        // "named for the broadcast dayparts": the document's word for a tier
        (
            "thirtyfifth",
            "Anh Tran",
            "which daypart am i in right now",
            "answer",
            json!({"figure": "rate"}),
        ),
        // "lose anything" is no lost deal
        (
            "thirtyfifth",
            "Raymond Chu",
            "sign-off at 180%, does kevin park lose anything",
            "answer",
            json!({"stage": null, "op": "compare"}),
        ),
        // a trade's words for a deal: a buy, an IO, a load; a product's name in the singular
        (
            "thirtyfifth",
            "Kevin Park",
            "list my agency buys",
            "answer",
            json!({"op": "list", "deal_type": "agency"}),
        ),
        (
            "thirtyfifth",
            "Christine Yoon",
            "what if i sold a 12k sponsorship today",
            "answer",
            json!({"new_deal": {"amount": "12000", "product": "sponsorships"}}),
        ),
        // another firm's plan, said by its initials
        (
            "thirtyfourth",
            "Hannah Lindqvist",
            "how does the comp plan at tql compare, heard it's better",
            "decline",
            json!({}),
        ),
        // a draw recovered is what "came out of" a month's pay
        (
            "thirtyfourth",
            "Brianna O'Neill",
            "how much of the fuel advance came out of my july pay",
            "answer",
            json!({"figure": "draw_recovered"}),
        ),
        // someone the workspace does not know is asked back, not read as the asker's team
        (
            "twentyeighth",
            "Isabelle Fortier",
            "how much did zoltan make in q3",
            "ask_back",
            json!({}),
        ),
        // A tier named inside a longer one ("Top Secret" has "Secret") and an accelerator
        // named on the line after the sentence that says which tier it is.
        (
            "thirtysixth",
            "DeShawn Carter",
            "how far is deshawn from the escalation this quarter",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "thirtysixth",
            "Marcus Bell",
            "how much more to get to top secret this qtr",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "thirtysixth",
            "Samantha Reyes",
            "can u submit my expenses from the rsa conference",
            "decline",
            json!({}),
        ),
        // The month of the pay asked, not the hypothetical deal's.
        (
            "thirtysixth",
            "DeShawn Carter",
            "how much more would my october check be if i'd booked a 40k mailshield expansion",
            "answer",
            json!({"figure": "payable", "period": "m10", "op": "compare"}),
        ),
        // The glossary's initials for deal types ("PMs", "T&M"), a product's plural other
        // name said of one ("RTU"), a name said as a verb ("lighting the pilot").
        (
            "thirtyseventh",
            "Anh Tran",
            "how far am i from lighting the pilot this quarter",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "thirtyseventh",
            "Anh Tran",
            "how many T&M jobs did i win in q3",
            "answer",
            json!({"figure": "deal_count", "deal_type": "repair"}),
        ),
        (
            "thirtyseventh",
            "Jennifer Nakamura",
            "show me my open PMs",
            "answer",
            json!({"op": "list", "deal_type": "agreement", "stage": "open"}),
        ),
        (
            "thirtyseventh",
            "Marcus Lee",
            "total $ of RTU work i closed last quarter",
            "answer",
            json!({"figure": "deal_amount", "product": "rooftop units"}),
        ),
        // One deal named by its account: that deal.
        (
            "thirtyseventh",
            "Tamika Johnson",
            "what did the tri-city water works job pay me",
            "answer",
            json!({"figure": "earnings", "deal": "ngm-0175", "account": null}),
        ),
        (
            "thirtyseventh",
            "Rafael Ortiz",
            "what did the ironworks lofts retrofit pay",
            "answer",
            json!({"figure": "earnings", "deal": "ngm-0165"}),
        ),
        // The trade's other name for a measure's money; a measure's name in quotes.
        (
            "thirtyseventh",
            "Jennifer Kowalski",
            "how much margin have i booked this quarter",
            "answer",
            json!({"figure": "credit", "measure": "gp"}),
        ),
        (
            "thirtyseventh",
            "Marcus Whitfield",
            "bottom 2 on my team for PM value this year",
            "answer",
            json!({"figure": "credit", "measure": "service", "deal_type": null}),
        ),
        (
            "thirtyseventh",
            "Jennifer Kowalski",
            "what would a 90k PM agreement pay me",
            "answer",
            json!({"figure": "earnings", "measure": null}),
        ),
        // An office's name inside an account's is no team; a bonus named without its word
        // for a bonus; a measure's names in quotes a few words after it; French for cost.
        (
            "thirtyeighth",
            "Olivier Thériault",
            "what if the halifax harbour pilots deal slipped to november, what do i lose",
            "answer",
            json!({"who": "olivier thériault", "figure": "earnings"}),
        ),
        (
            "thirtyeighth",
            "Mathieu Gagnon",
            "hat trick money so far?",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "thirtyeighth",
            "Aisha Siddiqui",
            "what has my book earned me this year eh",
            "answer",
            json!({"figure": "earnings", "measure": "renewal"}),
        ),
        (
            "thirtyeighth",
            "Geneviève Comeau",
            "combien mon équipe a coûté en août",
            "answer",
            json!({"figure": "cost", "period": "m08"}),
        ),
        (
            "thirtyeighth",
            "Daniel Cho",
            "cancel POL-24-0209 in the system for me pls",
            "decline",
            json!({}),
        ),
        // A tier's word is no deal type ("Heavy Pour", "pouring-rights"); "-wise".
        (
            "thirtyninth",
            "Aaliyah Haddad",
            "how far off heavy pour am i this quarter",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "deal_type": null}),
        ),
        (
            "thirtyninth",
            "Aaliyah Haddad",
            "how am i tracking pace-wise",
            "answer",
            json!({"figure": "pace"}),
        ),
        (
            "thirtyninth",
            "Hemi Walker",
            "show me my reorders from last month",
            "answer",
            json!({"op": "list", "deal_type": "reorder"}),
        ),
        (
            "thirtyninth",
            "Giulia Romano",
            "venue still hasnt paid after 70 days, am i gonna lose the comp on it",
            "plan_rule",
            json!({}),
        ),
        (
            "thirtyninth",
            "Jess Nguyen",
            "if it closes next week what do i get",
            "ask_back",
            json!({}),
        ),
        // A product by its first word cut short ("batts") or by the initials the document
        // writes in capitals ("pv"); a tier's name of two words names no product.
        (
            "fortieth",
            "Jamal Washington",
            "what did batts pay me so far",
            "answer",
            json!({"figure": "earnings", "product": "battery storage"}),
        ),
        (
            "fortieth",
            "Tyler Brooks",
            "if i close a 32k lease pv today what do i make on it",
            "answer",
            json!({"new_deal": {"amount": "32000", "product": "solar pv", "type": "lease"}}),
        ),
        (
            "fortieth",
            "Jamal Washington",
            "how far off the solar max am i for sept",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "product": null}),
        ),
        // Two accounts of one name: which one? A yes-or-no question about pay is the plan's.
        (
            "fortieth",
            "Marisol Gutierrez",
            "what did the mendoza deal pay me",
            "ask_back",
            json!({}),
        ),
        (
            "fortieth",
            "Jamal Washington",
            "is there a redline on my deals",
            "plan_rule",
            json!({}),
        ),
        (
            "fortieth",
            "Ramon Alvarez",
            "how many cancels did my team have",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled"}),
        ),
        // Dutch words, the document's "storno" and "afroep (call-off)", a tier moved.
        (
            "fortyfirst",
            "Pieter Bakker",
            "hoeveel did q3 pay me",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        (
            "fortyfirst",
            "Jeroen van der Berg",
            "list my stornos",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "fortyfirst",
            "Ruud Verhoeven",
            "would a 10k afroep get me into the ripening room this quarter",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "fortyfirst",
            "Femke van Dijk",
            "what does moving the ripening room up to 110% save us",
            "answer",
            json!({"lever": {"kind": "tier_start", "value": "1.1"}}),
        ),
        // A measure named as sold is its credit; a Dutch word alone is read; a month said
        // of the pay is the period asked, even when the new deal closes in it.
        (
            "fortyfirst",
            "Ruud Verhoeven",
            "how much margin have i sold this year",
            "answer",
            json!({"figure": "credit", "measure": "margin"}),
        ),
        (
            "fortieth",
            "Ramon Alvarez",
            "who on my team sold the most adders in q2",
            "answer",
            json!({"figure": "credit", "measure": "addon", "op": "top"}),
        ),
        (
            "fortyfirst",
            "Femke van Dijk",
            "marge earnings for q2?",
            "answer",
            json!({"figure": "earnings", "measure": "margin"}),
        ),
        (
            "fortieth",
            "Brandon Kealoha",
            "my october payout if i close a 30k pv in october",
            "answer",
            json!({"figure": "payable", "period": "m10"}),
        ),
        // Rand and rupee amounts as their sellers write them; the plan's currency names no
        // account; one deal of several at an account, by its product and type.
        (
            "fortysecond",
            "Johannes van der Merwe",
            "a R 350 000 excavator sale today - how much extra?",
            "answer",
            json!({"new_deal": {"amount": "350000"}, "op": "compare"}),
        ),
        (
            "fortysecond",
            "Sipho Mahlangu",
            "total rand value of my compaction deals",
            "answer",
            json!({"figure": "deal_amount", "product": "compaction", "account": null}),
        ),
        (
            "fortysecond",
            "Annelie du Plessis",
            "what did the saldanha tlb sale pay me",
            "answer",
            json!({"deal": "kph-13404", "figure": "earnings"}),
        ),
        (
            "fortysecond",
            "Craig Pillay",
            "who's top on gp in the kzn region",
            "answer",
            json!({"who": "team:craig pillay", "op": "top"}),
        ),
        (
            "fortysecond",
            "Thandiwe Nkosi",
            "eish, what's my payout for october",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "fortysecond",
            "Thandiwe Nkosi",
            "hoeveel het ek in oktober verdien",
            "answer",
            json!({"figure": "earnings", "period": "m08"}),
        ),
        (
            "fortysecond",
            "Johan Botha",
            "which reps are furthest behind on gp in q2",
            "answer",
            json!({"figure": "attainment", "op": "bottom", "period": "q2"}),
        ),
        (
            "fortythird",
            "Karthik Iyer",
            "if i close a 2.5 cr fixed price deal today how much extra",
            "answer",
            json!({"new_deal": {"amount": "25000000"}, "op": "compare"}),
        ),
        (
            "fortythird",
            "Rajiv Malhotra",
            "with the lakshman rekha at 18 lakh who gets hit hardest",
            "answer",
            json!({"lever": {"kind": "payout_cap", "value": "1800000"}}),
        ),
        (
            "fortythird",
            "Gurpreet Singh",
            "how much did staff aug pay me",
            "answer",
            json!({"figure": "earnings", "product": "staff aug", "period": null}),
        ),
        (
            "fortythird",
            "Karthik Iyer",
            "what got credited with my october salary",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "fortythird",
            "Divya Menon",
            "what if STS-0112 got preponed to november",
            "answer",
            json!({"move_deal": {"deal": "sts-0112"}}),
        ),
        (
            "fortythird",
            "Venkatesh Rao",
            "pf deductions included in tcv or not?",
            "plan_rule",
            json!({}),
        ),
        (
            "fortythird",
            "Aditya Kulkarni",
            "how much I will get for Q2",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "fortythird",
            "Rajiv Malhotra",
            "madhya at 1.5% - what will south cost",
            "answer",
            json!({"who": "team:lakshmi narayanan"}),
        ),
        // Spanish words and amounts, Mexican nicknames, names said without their article,
        // basis points, a bonus named by its id, initials of a plural product.
        (
            "fortyfourth",
            "Luis Fernando Cantú Elizondo",
            "cuánto me pagaron en el segundo trimestre?",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "fortyfourth",
            "Claudia Verónica Sánchez Olvera",
            "lupita's attainment in q3",
            "answer",
            json!({"figure": "attainment", "who": "guadalupe isabel martínez reyes"}),
        ),
        (
            "fortyfourth",
            "Jorge Eduardo Navarro Íñiguez",
            "list toño's won deals",
            "answer",
            json!({"op": "list", "who": "josé antonio gutiérrez chávez"}),
        ),
        (
            "fortyfourth",
            "Jorge Eduardo Navarro Íñiguez",
            "el tope at 900 mil, who loses most",
            "answer",
            json!({"lever": {"kind": "payout_cap", "value": "900000"}, "op": "bottom"}),
        ),
        (
            "fortyfourth",
            "Jorge Eduardo Navarro Íñiguez",
            "fumarola at 30% - what would q2 have cost us",
            "answer",
            json!({"lever": {"kind": "threshold", "value": "0.3"}, "period": "q2"}),
        ),
        (
            "fortyfifth",
            "Dale Petersen",
            "silk at 50 bps, whats the plan cost",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 3, "value": "0.005"}}),
        ),
        (
            "fortyfifth",
            "Dale Petersen",
            "cut tassel by 5 bps - savings?",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 2, "value": "0.002"}, "op": "compare"}),
        ),
        (
            "fortyfifth",
            "Kathleen Sorensen",
            "total funded vol this quarter",
            "answer",
            json!({"figure": "credit", "measure": "funded"}),
        ),
        (
            "fortyfifth",
            "Kathleen Sorensen",
            "how much blue ribbon money this year",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "fortyfifth",
            "Curtis Hoff",
            "list my open LOCs",
            "answer",
            json!({"op": "list", "product": "line of credit", "stage": "open"}),
        ),
        (
            "fortyfifth",
            "Curtis Hoff",
            "recode PHC-12591 as a renewal",
            "decline",
            json!({}),
        ),
        (
            "fortyfifth",
            "Curtis Hoff",
            "is the prime rate going up this fall",
            "decline",
            json!({}),
        ),
        (
            "fortyfifth",
            "Kathleen Sorensen",
            "best quarter for fee income",
            "answer",
            json!({"figure": "credit", "op": "best_period"}),
        ),
        // A measure by the glossary's short name, a product after a deal's type, a type
        // whose id has an underscore, numbers dictated in words.
        (
            "fortyseventh",
            "Kaitlyn Brooks",
            "dispos attainment in q3",
            "answer",
            json!({"figure": "attainment", "measure": "disposables", "period": "q3"}),
        ),
        (
            "fortyseventh",
            "Kaitlyn Brooks",
            "whats my commision ytd on cap eq",
            "answer",
            json!({"figure": "earnings", "measure": "capital"}),
        ),
        (
            "fortyseventh",
            "Joanna Kim",
            "what would a 250k replacement tower today add to my pay",
            "answer",
            json!({"new_deal": {"amount": "250000", "product": "endoscopy tower", "type": "replacement"}}),
        ),
        (
            "fortyseventh",
            "Cody Ramirez",
            "if i close a 1.4m new account robot today what do i make",
            "answer",
            json!({"new_deal": {"amount": "1400000", "product": "surgical robot", "type": "new_account"}}),
        ),
        (
            "fortysixth",
            "Siobhan Doyle",
            "darjeeling at twenty five percent whats the bill",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "perm", "tier": 4, "value": "0.25"}}),
        ),
        (
            "fortysixth",
            "Tom Kearney",
            "what have i earned in quarter for so far",
            "answer",
            json!({"figure": "earnings", "period": "q4"}),
        ),
        // Dictated possessives, sign-offs, the trade's word for a deal, a nickname before
        // "getting", the apostrophe of a tier's name left out, a share of quota.
        (
            "fortysixth",
            "Rhodri Evans",
            "whats ollies pace",
            "answer",
            json!({"figure": "pace", "who": "oliver tate"}),
        ),
        (
            "fortysixth",
            "Siobhan Doyle",
            "what did aisling make in q1 cheers",
            "answer",
            json!({"figure": "earnings", "period": "q1", "who": "aisling byrne", "account": null}),
        ),
        (
            "fortysixth",
            "Aisling Byrne",
            "how many placements have i made this year",
            "answer",
            json!({"figure": "deal_count", "product": null}),
        ),
        (
            "fortysixth",
            "Dev Mistry",
            "how many perm placements did i do in q2",
            "answer",
            json!({"figure": "deal_count", "product": "perm placement", "measure": null}),
        ),
        (
            "fortysixth",
            "Gareth Pryce",
            "hows jonno getting on with the kettle line this quarter",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "who": "jonathan marsh"}),
        ),
        (
            "fortysixth",
            "Gareth Pryce",
            "builders rate from six to seven percent, what does it cost",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 1, "value": "0.07"}}),
        ),
        (
            "fortysixth",
            "Callum Reid",
            "what percent of my margin quota am i at this quarter",
            "answer",
            json!({"figure": "attainment", "measure": "contract"}),
        ),
        (
            "fortysixth",
            "Rebecca Holloway",
            "whats the commission plan like at hays",
            "decline",
            json!({}),
        ),
        // A tier named in prose, a measure's name holding a mark's word, the account's deal
        // by its product's word, a mark's name after "get me", a payday said with "acct".
        (
            "fortyseventh",
            "Lorraine Tanaka",
            "case rate to 5% - what does the plan cost then",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "disposables", "tier": 1, "value": "0.05"}}),
        ),
        (
            "fortyseventh",
            "Denise Fontenot",
            "cap eq quota to 3.3m, total plan cost?",
            "answer",
            json!({"lever": {"kind": "quota", "measure": "capital", "value": "3300000"}}),
        ),
        (
            "fortyseventh",
            "Jessica Lindqvist",
            "did i get the grandmaster on the front range robot",
            "answer",
            json!({"figure": "bonus", "deal": "cs-0075"}),
        ),
        (
            "fortyseventh",
            "Tyler Guidry",
            "would a 400k tower get me castling",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "fortyseventh",
            "Brandon Okafor",
            "do i owe the gambit back if i quit",
            "plan_rule",
            json!({}),
        ),
        // Round 29: Taglish read as English, a nickname the roster quotes (and after
        // Tagalog's "ni", no month), a peso sign, the whole country said as everyone, a
        // measure ranked by its credit, a type of two words beside a measure's word, a day
        // said apart from its month, a deal "today" on the as-of date.
        (
            "fiftieth",
            "Katrina Reyes",
            "magkano na commission ko nung q3",
            "answer",
            json!({"figure": "earnings", "period": "q3", "who": "katrina reyes"}),
        ),
        (
            "fiftieth",
            "Lorna Villanueva",
            "magkano kinita ni bong nung q2",
            "answer",
            json!({"figure": "earnings", "period": "q2", "who": "roberto villareal"}),
        ),
        (
            "fiftieth",
            "Lorna Villanueva",
            "magkano na kinita ni jun ngayong taon",
            "answer",
            json!({"figure": "earnings", "period": "fy", "who": "rodolfo santos"}),
        ),
        (
            "fiftieth",
            "Maricel Fernandez",
            "P180k na cloud pbx, magkano makukuha ko",
            "answer",
            json!({"figure": "earnings", "new_deal": {"amount": "180000", "product": "cloud pbx"}}),
        ),
        (
            "fiftieth",
            "Rodolfo Santos",
            "my july check if i had signed a 40k fiber biz 100 on the 20th",
            "answer",
            json!({"new_deal": {"amount": "40000", "close_date": "2026-07-20"}}),
        ),
        (
            "fiftyfirst",
            "Greg Tomlinson",
            "biggest earner nationally last quarter",
            "answer",
            json!({"figure": "earnings", "op": "top", "who": "team"}),
        ),
        (
            "fiftyfirst",
            "Karen Whitfield",
            "bottom 2 on my team by gp last month",
            "answer",
            json!({"figure": "credit", "measure": "gp", "who": "team:karen whitfield"}),
        ),
        (
            "fiftyfirst",
            "Jason Brady",
            "how much gp did i do on range extensions in october",
            "answer",
            json!({"figure": "credit", "measure": "gp", "deal_type": "range_extension"}),
        ),
        (
            "fiftyfirst",
            "Karen Whitfield",
            "lift the TI to 28k for everyone - what's the damage",
            "answer",
            json!({"figure": "cost"}),
        ),
        (
            "fiftyfirst",
            "Rebecca Hughes",
            "how'd i go in october",
            "answer",
            json!({"figure": "earnings", "period": "m04"}),
        ),
        (
            "fiftyfirst",
            "Kylie Dunn",
            "a 6k reorder today, what does my pay look like",
            "answer",
            json!({"new_deal": {"amount": "6000", "close_date": null}}),
        ),
        // Round 30: Portuguese ("mil" a thousand, a decimal comma, its months), "this" no
        // Thiago's, a new value after "to", the old value said naming a tier's start, a
        // tier moved to a percentage, money by the month however small.
        (
            "fiftysecond",
            "Thiago Mendes",
            "e se eu fechar um deal de R$ 90 mil em outubro?",
            "answer",
            json!({"new_deal": {"amount": "90000", "close_date": "2026-10-31"}}),
        ),
        (
            "fiftysecond",
            "José Carlos Silva",
            "quanto eu ganhei em maio",
            "answer",
            json!({"figure": "earnings", "period": "m05", "who": "josé carlos silva"}),
        ),
        (
            "fiftysecond",
            "José Carlos Silva",
            "my acv quota this quarter",
            "answer",
            json!({"figure": "quota", "who": "josé carlos silva"}),
        ),
        (
            "fiftythird",
            "Karen Whitfield",
            "what would the bill be if the toonie went from 2x to 2.5x",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 4, "value": "2.5"}}),
        ),
        (
            "fiftythird",
            "Karen Whitfield",
            "the dime at 70% instead of 75% - total cost?",
            "answer",
            json!({"lever": {"kind": "tier_start", "tier": 2, "value": "0.7"}}),
        ),
        (
            "fiftythird",
            "Karen Whitfield",
            "what does moving the toonie to 160% save us",
            "answer",
            json!({"lever": {"kind": "tier_start", "tier": 4, "value": "1.6"}}),
        ),
        (
            "fiftythird",
            "Daniel Okafor",
            "if i close a 450 a month fleet mobility deal what do i make",
            "answer",
            json!({"new_deal": {"amount": "450"}}),
        ),
        // A team's best or worst period, no figure said: the one it cost the most or least.
        (
            "fiftyfirst",
            "Greg Tomlinson",
            "worst month for my team so far",
            "answer",
            json!({"figure": "cost", "op": "worst_period", "who": "team:greg tomlinson"}),
        ),
        // A message's question alone: greetings, thanks and the asker's story around it
        // are no part of it ("I'm new" is no new deal, a manager named is no team).
        (
            "fiftyfifth",
            "Ben Kowalski",
            "Morning! I'm new to the Christchurch branch and Grant told me to ask here. How much have I earned so far? Thanks heaps.",
            "answer",
            json!({"figure": "earnings", "who": "ben kowalski"}),
        ),
        (
            "fiftyfifth",
            "Ella Campbell",
            "How many open deals have I got? I'm a bit lost with the pipeline view.",
            "answer",
            json!({"figure": "deal_count", "stage": "open"}),
        ),
        (
            "fiftyfifth",
            "Hemi Walker",
            "Quick question from the Auckland office: what's Jono's Kedge balance?",
            "answer",
            json!({"figure": "draw_balance", "who": "jonathan harris"}),
        ),
        // The document's phrase for a deal's fate, and a measure's everyday name in its
        // glossary ("| iron | machinery: the Machinery Commission … |").
        (
            "fiftyfifth",
            "Priya Sharma",
            "which of my deals got short-shipped",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "fiftyfourth",
            "Niamh Ryan",
            "what have I on the iron this year",
            "answer",
            json!({"measure": "machinery"}),
        ),
        // Numbers as a phone hears them: "one point four percent", "two twenty percent".
        (
            "fiftyfourth",
            "Siobhan Kavanagh",
            "if the boundary was two twenty percent what would the branch cost",
            "answer",
            json!({"lever": {"kind": "cap", "value": "2.2"}}),
        ),
        (
            "fiftyfourth",
            "Maurice Hennessy",
            "say the hare was one point four percent what do I make",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 3, "value": "0.014"}}),
        ),
        // A glossary's "a swap" for a type, a multiple said aloud, a manager's branch.
        (
            "fiftyfourth",
            "Sean Murphy",
            "list my swaps in q3",
            "answer",
            json!({"op": "list", "deal_type": "trade-in"}),
        ),
        (
            "fiftyfourth",
            "Siobhan Kavanagh",
            "what would my branch's bill be with the full yard at three x",
            "answer",
            json!({"lever": {"kind": "rate", "tier": 2, "value": "3"}, "who": "team:siobhan kavanagh"}),
        ),
        // Asking for a deal named by an id of letters alone to be changed is declined.
        (
            "fiftyfifth",
            "Charlotte Bennett",
            "please update the close date on GQCRMEIL to February",
            "decline",
            json!({}),
        ),
        // A glossary's "a return" for a cancelled order; "getting on against" a quota.
        (
            "fiftysixth",
            "Fiona MacRae",
            "how many returns did my team have in q3",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled"}),
        ),
        (
            "fiftysixth",
            "Fiona MacRae",
            "how's Kirsty getting on against her quota this month",
            "answer",
            json!({"figure": "attainment", "who": "kirsty campbell"}),
        ),
        // A quoted nickname with an s and no apostrophe ("packies july payout").
        (
            "fiftyfourth",
            "Siobhan Kavanagh",
            "mossies pace",
            "answer",
            json!({"figure": "pace", "who": "maurice hennessy"}),
        ),
        // The document's words for a lost and an open deal, a phrase's plural; "closed" is no
        // "short-closed".
        (
            "fiftyeighth",
            "Kavita Nair",
            "how many regrets in q2",
            "answer",
            json!({"figure": "deal_count", "stage": "lost"}),
        ),
        (
            "fiftyeighth",
            "Kavita Nair",
            "how many orders have I closed in q3",
            "answer",
            json!({"figure": "deal_count", "stage": null}),
        ),
        (
            "fiftyninth",
            "Marco Bellini",
            "how many bounced POs did I have in q2",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled"}),
        ),
        // A product by a word of its own ("knee"), never by a word the rules read ("total").
        (
            "fiftyninth",
            "Hector Ruiz",
            "what did knees pay me in q2",
            "answer",
            json!({"figure": "earnings", "product": "total knee system"}),
        ),
        (
            "fiftyninth",
            "Hector Ruiz",
            "total earned in q2",
            "answer",
            json!({"figure": "earnings", "product": null}),
        ),
        // A first name's possessive without its apostrophe, before the plan's own word.
        (
            "fiftyninth",
            "Luis Ortega",
            "hectors implant number in sept",
            "answer",
            json!({"who": "hector ruiz"}),
        ),
        (
            "fiftyninth",
            "Greg Halvorsen",
            "kits drip owed",
            "answer",
            json!({"figure": "draw_balance", "who": "katherine morrow", "product": null}),
        ),
        // The whole company, from a manager; a bonus's name says no deal type; a tier named
        // Peak ranks no one.
        (
            "fiftyeighth",
            "Meenakshi Iyer",
            "best 2 in the turnover measure across the company",
            "answer",
            json!({"who": "team", "op": "top", "n": 2}),
        ),
        (
            "fiftyninth",
            "Tom Kowalski",
            "what has the takeaway spiff paid me in q3",
            "answer",
            json!({"figure": "bonus", "deal_type": null}),
        ),
        (
            "fiftyninth",
            "Tom Kowalski",
            "how many takeaways have I closed in q1",
            "answer",
            json!({"figure": "deal_count", "deal_type": "conversion"}),
        ),
        (
            "fiftyninth",
            "Dana Whitcomb",
            "what would the plan cost with peak at 19%",
            "answer",
            json!({"op": "value", "lever": {"kind": "rate", "tier": 4, "value": "0.19"}}),
        ),
        // A payday said beside a new deal's date; a deal "this month" closes today.
        (
            "fiftyninth",
            "Priya Raman",
            "what's my dec 15 check if I close a 20k putty deal on nov 20",
            "answer",
            json!({"period": "m11", "new_deal": {"close_date": "2026-11-20"}}),
        ),
        // Hinglish; "the next one"; "tier 2" of two measures; a bare "at 10 lakh".
        (
            "fiftyeighth",
            "Kavita Nair",
            "Q2 mein mera incentive kitna tha?",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        (
            "fiftyeighth",
            "Kavita Nair",
            "how far am I from the next one",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        ("fiftyninth", "Sam Delgado", "distance to tier 2?", "ask_back", json!({})),
        ("fiftyeighth", "Kavita Nair", "what do I earn at 25 lakh", "ask_back", json!({})),
        // A tier's name is no account's first word ("Umbrella" tier, Umbrella Corporation); a
        // product the plan credits is one though nothing has sold yet.
        (
            "sixtieth",
            "Megan Holroyd",
            "what's left to reach umbrella in q3",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "account": null}),
        ),
        (
            "sixtyfirst",
            "Tom Brennan",
            "how many insight analytics deals have I won",
            "answer",
            json!({"figure": "deal_count", "product": "insight analytics"}),
        ),
        // An abbreviation the glossary writes in capitals ("| NTU | not taken up: a bound policy
        // cancelled … |"); a manager by first name before their people; a plan change's "lose"
        // is pay, no lost deals; "get me through" a mark is its distance.
        (
            "sixtieth",
            "Callum McIntyre",
            "what did my NTUs cost me in clawbacks",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "sixtieth",
            "Callum McIntyre",
            "number of NTUs in q2",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled"}),
        ),
        (
            "sixtieth",
            "Gareth Pryce",
            "who on Fiona's team has earned the most",
            "answer",
            json!({"op": "top", "who": "team:fiona marchbank"}),
        ),
        (
            "sixtyfirst",
            "Priya Raman",
            "if the acv quota went to 60k what would jason lose",
            "answer",
            json!({"who": "jason park", "stage": null}),
        ),
        (
            "sixtieth",
            "Megan Holroyd",
            "would an 8k policy take me past the deductible",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "sixtieth",
            "Megan Holroyd",
            "is credit based on premium or on commission",
            "plan_rule",
            json!({}),
        ),
        (
            "sixtieth",
            "Megan Holroyd",
            "could you book me a hotel for the Leeds conference",
            "decline",
            json!({}),
        ),
        // What a measure counts and what its credit is measured before are the plan's rules;
        // a record named by its account, or an expense claim, is no change the app makes.
        (
            "fiftyeighth",
            "Kavita Nair",
            "what orders count toward turnover",
            "plan_rule",
            json!({}),
        ),
        (
            "fiftyeighth",
            "Kavita Nair",
            "is the credit after GST or before",
            "plan_rule",
            json!({}),
        ),
        (
            "fiftyeighth",
            "Kavita Nair",
            "remove the Chinchwad Tools regret",
            "decline",
            json!({}),
        ),
        (
            "fiftyeighth",
            "Meenakshi Iyer",
            "please approve Kavita's travel expenses",
            "decline",
            json!({}),
        ),
        // How far from quota is the distance to the accelerator when it begins at 100%; a
        // payday's date with "owed" asks what it pays; where a market's prices go, no plan
        // says.
        (
            "sixtyfirst",
            "Nathan Cole",
            "how much further until I hit my acv quota this quarter",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "sixtieth",
            "Hamish Dunlop",
            "how much am I owed from the 25 July salary run",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "sixtieth",
            "Hamish Dunlop",
            "are property premiums going to rise next year",
            "decline",
            json!({}),
        ),
        // A glossary's German words in the plural, a phrase with an umlaut, a deal type
        // said after a colon; thousands written with dots; a salary run "of" a date; a
        // plan change said with "please … in the system"; "which two account managers" are
        // the team ranked; a threshold's own name is no product's first letters.
        (
            "sixtythird",
            "Katrin Becker",
            "How many Absagen did I have this year?",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "fy"}),
        ),
        (
            "sixtythird",
            "Katrin Becker",
            "show me my orders in Klärung",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "sixtythird",
            "Katrin Becker",
            "how many Erweiterung orders in Q2?",
            "answer",
            json!({"deal_type": "upsell", "figure": "deal_count", "period": "q2"}),
        ),
        (
            "sixtythird",
            "Katrin Becker",
            "Would an order of 25.000 euro bring me over the Pegel?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "new_deal": {"amount": "25000"}}),
        ),
        (
            "sixtythird",
            "Katrin Becker",
            "What do I receive with the salary of 25 October?",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "sixtythird",
            "Joost van der Linden",
            "Please raise the service quota of Lotte to 50k in the system.",
            "decline",
            json!({}),
        ),
        (
            "sixtythird",
            "Joost van der Linden",
            "Threshold to 40%: which two account managers lose the most?",
            "answer",
            json!({"op": "bottom", "n": 2, "who": "team"}),
        ),
        (
            "sixtythird",
            "Joost van der Linden",
            "Make the Pegel more lucrative, what would that cost?",
            "ask_back",
            json!({}),
        ),
        (
            "sixtythird",
            "Katrin Becker",
            "By when do I have to sign an order so it counts this year?",
            "plan_rule",
            json!({}),
        ),
        (
            "sixtythird",
            "Katrin Becker",
            "how far am I from the Deich",
            "answer",
            json!({"figure": "distance", "mark": "cap", "product": null}),
        ),
        (
            "sixtysecond",
            "Olivia Chen",
            "how many re-ups did I do in q3?",
            "answer",
            json!({"deal_type": "renewal", "period": "q3"}),
        ),
        (
            "sixtysecond",
            "Olivia Chen",
            "where am I on the heat scale this month",
            "answer",
            json!({"figure": "rate"}),
        ),
        (
            "sixtysecond",
            "Olivia Chen",
            "if everything in tasting goes through what's my q4 attainment",
            "answer",
            json!({"figure": "attainment", "pipeline": "all", "stage": null}),
        ),
        // The trade's noun for a deal inside a measure's name, said alone, is a deal; a
        // type's own name of two words beats the measure its first word names; a product's
        // name with a type's word in it says no type; a tier named "… Rate" starting at a
        // percentage moves its start; "is credit X or Y" is the plan's rule.
        // Deals ranked "by size" are ranked by their amount, whatever the asker made.
        (
            "eightyfirst",
            "Priya Raman",
            "my 2 best placements this year by size",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "n": 2}),
        ),
        (
            "sixtyfifth",
            "Katherine Delgado",
            "what have my locum tenens placements paid me this year",
            "answer",
            json!({"product": "locum tenens", "measure": null}),
        ),
        (
            "sixtyfourth",
            "Victor Nguyen",
            "how many care renewals did I sign in q3",
            "answer",
            json!({"deal_type": "renewal", "measure": null, "figure": "deal_count"}),
        ),
        (
            "sixtyfourth",
            "Jasmine Patel",
            "what would a $60,000 Rooftop Unit Replacement in December pay me",
            "answer",
            json!({"new_deal": {"amount": "60000", "product": "rooftop unit replacement", "type": null}}),
        ),
        (
            "sixtyfourth",
            "Jasmine Patel",
            "what would a $60,000 VRF System change-out in December pay me",
            "answer",
            json!({"new_deal": {"amount": "60000", "type": "replacement"}}),
        ),
        (
            "sixtyfifth",
            "Denise Whitaker",
            "what if the crisis rate kicked in at 80% - who gains?",
            "answer",
            json!({"lever": {"kind": "tier_start", "tier": 2, "value": "0.8"}}),
        ),
        (
            "sixtyfifth",
            "Nathan Cho",
            "is credit the margin or the whole bill",
            "plan_rule",
            json!({}),
        ),
        (
            "sixtyfifth",
            "Tom Alvarez",
            "roll call up to 50%, what does that do to Nathan's pay",
            "answer",
            json!({"lever": {"kind": "threshold", "value": "0.5"}}),
        ),
        (
            "sixtyfifth",
            "Denise Whitaker",
            "total float pool balance across all the desks",
            "answer",
            json!({"figure": "draw_balance", "who": "team"}),
        ),
        (
            "sixtyfourth",
            "Maria Kowalski",
            "if everything out for bid gets signed what's my q4 payout",
            "answer",
            json!({"pipeline": "all"}),
        ),
        // English after Spanish and a glossary in Spanish: a trimester is a quarter, "with
        // less" the least, glossary phrases plural in each word, the bands' own name; the
        // plan's rules said another way; "so far this year" is the year to date.
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "What was my best trimester?",
            "answer",
            json!({"op": "best_period"}),
        ),
        (
            "sixtyseventh",
            "Patricia Villaseñor",
            "Show me the 2 sellers with less credit of ventas in my team",
            "answer",
            json!({"op": "bottom", "n": 2}),
        ),
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "How many pedidos caídos I had in Q2?",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled", "period": "q2"}),
        ),
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "What paid me my cuentas nuevas in Q1?",
            "answer",
            json!({"deal_type": "new", "period": "q1"}),
        ),
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "In which of los metales am I in Q2?",
            "answer",
            json!({"figure": "rate"}),
        ),
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "Titanio pays over all my sales or only the part above 130%?",
            "plan_rule",
            json!({}),
        ),
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "Until when can I dispute my estado de cuenta?",
            "plan_rule",
            json!({}),
        ),
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "With an order of 200 mil in Q4, do I arrive at Cromo?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "sixtyseventh",
            "Patricia Villaseñor",
            "Which seller of my team is more near to Cromo?",
            "answer",
            json!({"figure": "distance", "op": "bottom", "n": 1}),
        ),
        (
            "sixtyseventh",
            "Patricia Villaseñor",
            "who's closer to the accelerator, in my team?",
            "answer",
            json!({"figure": "distance", "op": "bottom"}),
        ),
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "How is my pace?",
            "answer",
            json!({"figure": "pace"}),
        ),
        (
            "sixtyseventh",
            "Francisco Ramírez",
            "How much did Óscar win in Q2?",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        // British English and a February year: "smash my target" reaches the quota; the
        // funnel is the open deals; money "lost to churn" is clawed back; a measure said by
        // its first and last words ("kit commission"); "over the line" and a product's own
        // words ("leased line") name no measure; day-first dates ("28/02"); "the inside
        // lads" are that territory's team; a product
        // name begun but not finished ("gtx plus") is asked back; "in-play" for the
        // glossary's "in play".
        (
            "sixtyninth",
            "Rhiannon Pryce",
            "did I smash my quarterly target in Q2",
            "answer",
            json!({"figure": "attainment", "period": "q2"}),
        ),
        (
            "sixtyninth",
            "Rhiannon Pryce",
            "whats in my funnel at the moment",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "sixtyninth",
            "Rhiannon Pryce",
            "how much commission have I lost to churn this quarter",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "sixtyninth",
            "Rhiannon Pryce",
            "what's my kit commission in Q2",
            "answer",
            json!({"figure": "earnings", "measure": "kit_margin"}),
        ),
        (
            "sixtyninth",
            "Rhiannon Pryce",
            "how many deals did I get over the line in Q1",
            "answer",
            json!({"figure": "deal_count", "measure": null}),
        ),
        (
            "sixtyninth",
            "Rhiannon Pryce",
            "what if I sign a 3k sim only upgrade on 28/02",
            "answer",
            json!({"new_deal": {"amount": "3000", "close_date": "2027-02-28", "product": "sim only", "type": "upgrade"}}),
        ),
        (
            "sixtyninth",
            "Priya Chauhan",
            "if my hosted voice at Plussunin from October had gone live in September",
            "answer",
            json!({"move_deal": {"close_date": "2026-09-30", "deal": "k8vbnow9"}, "period": null}),
        ),
        (
            "sixtyninth",
            "Gemma Rowntree",
            "what are the inside lads costing in november",
            "answer",
            json!({"figure": "cost", "who": "team:darren pike"}),
        ),
        (
            "sixtyeighth",
            "Hayden Neloms",
            "how many gtx plus deals did I win in Q2",
            "ask_back",
            json!({}),
        ),
        (
            "sixtyeighth",
            "Rocco Neubert",
            "what if the bonfire was hotter",
            "ask_back",
            json!({}),
        ),
        (
            "sixtyeighth",
            "Darcel Schlecht",
            "if every in-play deal came in, what would my Q3 pay be",
            "answer",
            json!({"pipeline": "all"}),
        ),
        // Australian English and a glossary of short words: "commo" is commission; the
        // glossary's open deals asked "what's on the boil"; "cracked my target"; a glossary
        // word of three letters ("duds"); "this fin year"; what a payday brings ("what'll I
        // get on"); superannuation is a payroll rule; the plan's own "Flags" are no data
        // findings; a glossary verb said in another form ("shelve" for "shelved"); a brand
        // of several products is asked back; where budgets go is declined.
        (
            "seventieth",
            "Liam McCarthy",
            "how much commo did I make in Q2",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        (
            "seventieth",
            "Liam McCarthy",
            "what's on the boil at the moment",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "seventieth",
            "Liam McCarthy",
            "have I cracked my target in Q2",
            "answer",
            json!({"figure": "attainment", "period": "q2"}),
        ),
        (
            "seventieth",
            "Liam McCarthy",
            "how many duds did I have last quarter",
            "answer",
            json!({"figure": "deal_count", "stage": "lost"}),
        ),
        (
            "seventieth",
            "Liam McCarthy",
            "my biggest inked deal this fin year",
            "answer",
            json!({"op": "top", "period": "fy"}),
        ),
        (
            "seventieth",
            "Liam McCarthy",
            "what'll I get on the 15th of May",
            "answer",
            json!({"figure": "payable", "period": "m10"}),
        ),
        (
            "seventieth",
            "Liam McCarthy",
            "do I get super on my commo",
            "plan_rule",
            json!({}),
        ),
        (
            "seventieth",
            "Liam McCarthy",
            "book us a table at the pub friday",
            "decline",
            json!({}),
        ),
        (
            "seventieth",
            "Liam McCarthy",
            "how far am I from the flags in Q2",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "seventyfirst",
            "Robert Caruso",
            "if everything in committee signs, what do I earn this year",
            "answer",
            json!({"pipeline": "all"}),
        ),
        (
            "seventyfirst",
            "Robert Caruso",
            "what have my cadence deals paid me this year",
            "ask_back",
            json!({}),
        ),
        (
            "seventyfirst",
            "Robert Caruso",
            "will hospital budgets loosen next year",
            "decline",
            json!({}),
        ),
        (
            "seventyfirst",
            "Marcus Whitaker",
            "how many deals did my team shelve in q2",
            "answer",
            json!({"figure": "deal_count", "stage": "lost"}),
        ),
        // The plan's own two-word names ("the frost line") name no measure by their words;
        // a product's last two words ("plus basic"); a starter's prorated quota is a rule;
        // "would we pay" is the cost; a glossary type defined after a colon ("| BOR |
        // broker-of-record win: a new deal, …|"); a mark moved "sooner" names no value;
        // where inflation goes is declined; "who is nearest?" names no mark; a season is
        // no period.
        (
            "seventysecond",
            "Violet McLelland",
            "how far below the frost line am I in Q2",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "measure": null}),
        ),
        (
            "seventysecond",
            "Violet McLelland",
            "what would a 4k plus basic deal pay me",
            "answer",
            json!({"new_deal": {"amount": "4000", "product": "gtx plus basic"}}),
        ),
        (
            "seventysecond",
            "Niesha Huffines",
            "does my target get prorated because I joined in may?",
            "plan_rule",
            json!({}),
        ),
        (
            "seventysecond",
            "Summer Sewald",
            "bloom at 6%, how much more would we pay",
            "answer",
            json!({"figure": "cost"}),
        ),
        (
            "seventythird",
            "Robert Kowalski",
            "how many BOR cases did I bind in Q2",
            "answer",
            json!({"deal_type": "new"}),
        ),
        (
            "seventythird",
            "Sam Patel",
            "what if the taproot came in sooner",
            "ask_back",
            json!({}),
        ),
        (
            "seventythird",
            "Sam Patel",
            "is inflation going to be over 5% next year",
            "decline",
            json!({}),
        ),
        (
            "seventythird",
            "Greg Mancuso",
            "who is nearest?",
            "ask_back",
            json!({}),
        ),
        (
            "seventythird",
            "Kevin Doyle",
            "what did I earn over the winter",
            "ask_back",
            json!({}),
        ),
        // Typed on phones between jobs: a roster's nickname is the seller, not an account
        // it begins ("bubba"); "where's my draw at"; a hyphenated product written whole
        // ("reroof"); a product by its first two words ("mod bit"); a "coating" is no
        // "costing"; a manager's "of my estimators"; an errand is declined.
        (
            "seventyfourth",
            "Rick Delgado",
            "what has bubba earned this year",
            "answer",
            json!({"who": "robert thibodeaux", "account": null}),
        ),
        (
            "seventyfourth",
            "Maria Esparza",
            "where's my draw at right now",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "seventyfourth",
            "Maria Esparza",
            "what would a 50k tpo reroof pay me",
            "answer",
            json!({"new_deal": {"amount": "50000", "product": "tpo re-roof"}}),
        ),
        (
            "seventyfourth",
            "Maria Esparza",
            "how many mod bit jobs did I win in q2",
            "answer",
            json!({"product": "mod bit re-roof"}),
        ),
        (
            "seventyfourth",
            "Maria Esparza",
            "would a 45k coating bump my payout",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "seventyfourth",
            "Tammy Sorensen",
            "roof quota to 600k - which 2 of my estimators lose the most",
            "answer",
            json!({"op": "bottom", "who": "team:tammy sorensen"}),
        ),
        (
            "seventyfourth",
            "Maria Esparza",
            "can you order 20 squares of tpo for me",
            "decline",
            json!({}),
        ),
        (
            "sixtysixth",
            "Tyler Brooks",
            "how much revenue did I win in q2",
            "answer",
            json!({"figure": "deal_amount", "period": "q2"}),
        ),
        (
            "sixtysixth",
            "Tyler Brooks",
            "how much have i earned so far this year",
            "answer",
            json!({"figure": "earnings", "period": null}),
        ),
        (
            "sixtysixth",
            "Tyler Brooks",
            "what is my tier 2 rate right now",
            "ask_back",
            json!({}),
        ),
        (
            "sixtysixth",
            "Dana Whitaker",
            "how much has the whole company paid out this quarter",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        // (a product by its last two words in the plural, over a shorter name they end)
        (
            "seventysixth",
            "Kary Hendrixson",
            "how many plus pros did I sell",
            "answer",
            json!({"figure": "deal_count", "product": "gtx plus pro"}),
        ),
        // (a glossary word in its "-es" plural)
        (
            "seventysixth",
            "Garret Kinder",
            "list my rematches",
            "answer",
            json!({"op": "list", "deal_type": "expansion"}),
        ),
        // (the new deal's customer is no filter, nor a deal of theirs to choose)
        (
            "seventysixth",
            "Rosie Papadopoulos",
            "if I close a 12k deal with Kan-code what does my December check look like",
            "answer",
            json!({"figure": "payable", "account": null, "new_deal": {"amount": "12000"}}),
        ),
        // (the first word of the document's payday, after the day)
        (
            "seventyseventh",
            "Tyler Brandt",
            "what did i take home on the sept 15 settlement",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "seventyseventh",
            "Tyler Brandt",
            "how much did i take home in june, fuel advance included",
            "answer",
            json!({"figure": "payable", "period": "m06"}),
        ),
        // (a deal's fate defined after the colon, in ten words)
        (
            "seventyseventh",
            "Hannah Sutter",
            "how many TONUs did I have in q2",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled", "period": "q2"}),
        ),
        (
            "seventyseventh",
            "Kristen Yoder",
            "what does august pay me in commission",
            "answer",
            json!({"figure": "earnings", "period": "m08"}),
        ),
        (
            "seventyseventh",
            "Brandon Mercer",
            "is my credit the shipper's bill or our margin",
            "plan_rule",
            json!({}),
        ),
        (
            "seventyseventh",
            "Hannah Sutter",
            "which lanes count toward the margin commission",
            "plan_rule",
            json!({}),
        ),
        (
            "seventyseventh",
            "Alicia Fontaine",
            "can you find me a driver for a flatbed load tomorrow",
            "decline",
            json!({}),
        ),
        (
            "seventyseventh",
            "Kristen Yoder",
            "what's the market rate for reefer loads right now",
            "decline",
            json!({}),
        ),
        (
            "seventyseventh",
            "Kristen Yoder",
            "is the handshake bonus taken back if the load goes tonu",
            "plan_rule",
            json!({}),
        ),
        // (a product the document lists beside the deals' own, though none is sold yet)
        (
            "seventyeighth",
            "Garret Kinder",
            "how many gtk 500 deals have i closed",
            "answer",
            json!({"figure": "deal_count", "product": "gtk 500"}),
        ),
        (
            "seventyeighth",
            "Versie Hillebrand",
            "how much of my q2 pay was pollen",
            "answer",
            json!({"figure": "earnings", "measure": "pollen", "period": "q2"}),
        ),
        (
            "seventyeighth",
            "James Ascencio",
            "what would i make with a 20k mg advanced",
            "answer",
            json!({"figure": "earnings", "new_deal": {"amount": "20000", "product": "mg advanced"}}),
        ),
        // (a product's "-y" said "-ies")
        (
            "seventyninth",
            "Kaylee Brooks",
            "list my home batteries",
            "answer",
            json!({"op": "list", "product": "home battery"}),
        ),
        // (tier 2 of two measures, changed: whose)
        (
            "seventyninth",
            "Renee Castillo",
            "what if tier 2 paid 7%",
            "ask_back",
            json!({}),
        ),
        // (a mark's first word alone)
        (
            "seventyninth",
            "Maria Delgado",
            "how close am i to clipping",
            "answer",
            json!({"figure": "distance", "mark": "cap"}),
        ),
        (
            "seventyninth",
            "Destiny Ramos",
            "will solar subsidies get cut next year",
            "decline",
            json!({}),
        ),
        // (a measure's name is no product begun: "direct hire" of the Direct Hire Fee
        // Commission beside a Direct Hire RN and a Direct Hire Leader)
        (
            "eightyfirst",
            "Priya Raman",
            "what's my direct hire attainment in q2",
            "answer",
            json!({"figure": "attainment", "measure": "direct_hire", "product": null}),
        ),
        (
            "eightyfirst",
            "Priya Raman",
            "whats coming to me this month",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "eightyfirst",
            "Marcus Bell",
            "what did my travel rn contracts earn me in q2, spiff included",
            "answer",
            json!({"figure": "earnings", "product": "travel rn contract"}),
        ),
        (
            "eightyfirst",
            "Priya Raman",
            "is GM worked out on the bill rate or on the margin?",
            "plan_rule",
            json!({}),
        ),
        (
            "eightyfirst",
            "Monica Reyes",
            "how much hard-to-fill spiff did we pay across all regions this year",
            "answer",
            json!({"figure": "bonus", "who": "team"}),
        ),
        // (a measure named "Closed …" is not every deal that closed)
        (
            "eightieth",
            "Jonathan Berthelot",
            "what if 8BY9YRL9 had closed in february",
            "answer",
            json!({"measure": null}),
        ),
        (
            "eightieth",
            "Hayden Neloms",
            "what if codehow signs up for a 12k mg special",
            "answer",
            json!({"account": null, "new_deal": {"amount": "12000", "product": "mg special"}}),
        ),
        (
            "eightieth",
            "Marty Freudenburg",
            "is everything paid at the updraft rate or only whats above quota",
            "plan_rule",
            json!({}),
        ),
        (
            "eightieth",
            "Celia Rouche",
            "what if we made the heavy weather incentive more generous",
            "ask_back",
            json!({}),
        ),
        (
            "eightieth",
            "Celia Rouche",
            "change cumulus to 8% in plan.toml",
            "decline",
            json!({}),
        ),
        (
            "eightieth",
            "Gladys Colclough",
            "hw much more till cumulus",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "measure": null}),
        ),
        // (a word that ends two products' names, before a word for a deal: which)
        (
            "seventythird",
            "Megan Sorensen",
            "how much would a 40k medical deal make me",
            "ask_back",
            json!({}),
        ),
    ];
    for (workspace, asker, q, expected, keys) in cases {
        let (inputs, doc) = common::generated(workspace);
        let calc = plansight_engine::calculate(&inputs).unwrap();
        let ctx = common::context(&inputs, &calc, &doc);
        let u = plansight_ask::understand(&ctx, asker, q, &Conversation::default());
        assert_eq!(outcome(&u), *expected, "{q}: {u:?}");
        let got = canonical_of(&u, None);
        for (k, v) in keys.as_object().unwrap() {
            // The operation as parsed: the judge counts a what-if's value and comparison
            // alike, and these cases pin which one the words say.
            let have = match (k.as_str(), &u) {
                ("op", plansight_ask::query::Understood::Answer(query)) => serde_json::to_value(query.op).unwrap(),
                _ => got.get(k).cloned().unwrap_or(Value::Null),
            };
            let want = match (k.as_str(), v) {
                ("lever" | "move_deal" | "deal_amount_to" | "new_deal", Value::Object(o)) => {
                    // Only the keys the case names, compared in canonical form.
                    let h = have.as_object().cloned().unwrap_or_default();
                    assert!(
                        o.iter().all(|(kk, vv)| {
                            let hv = h.get(kk).cloned().unwrap_or(Value::Null);
                            hv == *vv
                                || hv
                                    .as_str()
                                    .zip(vv.as_str())
                                    .is_some_and(|(a, b)| a.trim_end_matches(".00") == b.trim_end_matches(".00"))
                        }),
                        "{q}: {k} is {have}, wanted {v}"
                    );
                    continue;
                }
                _ => v.clone(),
            };
            assert_eq!(have, want, "{q}: {k} in {got:?}");
        }
    }
}

/// "How far is he from the slam" after a question about one seller is about that seller.
#[test]
fn he_or_she_is_the_seller_asked_about_before() {
    use plansight_ask::eval::canonical_of;
    use plansight_ask::query::context::Conversation;
    use serde_json::json;
    let (inputs, doc) = common::generated("sixtyfirst");
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let mut conversation = Conversation::default();
    plansight_ask::ask_in(&ctx, "Marcus Bell", "what has Libby earned in q3", &mut conversation);
    let u = plansight_ask::understand(&ctx, "Marcus Bell", "and how far is she from the slam", &conversation);
    let got = canonical_of(&u, None);
    assert_eq!(got.get("who"), Some(&json!("elizabeth carter")), "{u:?}");
    assert_eq!(got.get("mark"), Some(&json!("accelerator")), "{u:?}");
}

/// "Did I hit it?" after a quota is its attainment, "how do I qualify for it?" after a
/// bonus is the plan's rule for it, "break that down" after a month's pay explains it.
#[test]
fn it_points_back_at_the_previous_figure() {
    use plansight_ask::eval::{canonical_of, outcome};
    use plansight_ask::query::context::Conversation;
    use serde_json::json;
    let (inputs, doc) = common::generated("sixtyfirst");
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    for (before, q, expected, keys) in [
        (
            "what was my acv quota in q2",
            "so did i actually hit it",
            "answer",
            json!({"figure": "attainment", "period": "q2", "measure": "acv"}),
        ),
        (
            "what's my quota for q3",
            "how far short of it am I",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "q3"}),
        ),
        (
            "have I earned any clubhouse bonus",
            "what are the rules for it",
            "plan_rule",
            json!({}),
        ),
        (
            "what did I make in june",
            "walk me through it please",
            "answer",
            json!({"op": "explain", "period": "m05"}),
        ),
        (
            "how many deals did I lose in q2",
            "and how many did I win?",
            "answer",
            json!({"figure": "deal_count", "period": "q2", "stage": null}),
        ),
        (
            "what's my acv attainment this quarter",
            "and in the last one?",
            "answer",
            json!({"figure": "attainment", "period": "q3", "n": null}),
        ),
        (
            "how much draw do I still owe",
            "when does it get paid back?",
            "plan_rule",
            json!({}),
        ),
        (
            "what hits my account on the nov 15 payday",
            "and the dec 15 one?",
            "answer",
            json!({"figure": "payable", "period": "m10"}),
        ),
        (
            "if my whole pipeline closes what would my q4 attainment be",
            "and weighted?",
            "answer",
            json!({"pipeline": "weighted", "period": "q4"}),
        ),
        (
            "which was my best quarter",
            "what did I make in q2?",
            "answer",
            json!({"op": "value", "period": "q2"}),
        ),
    ] {
        let mut conversation = Conversation::default();
        plansight_ask::ask_in(&ctx, "Nathan Cole", before, &mut conversation);
        let u = plansight_ask::understand(&ctx, "Nathan Cole", q, &conversation);
        assert_eq!(outcome(&u), expected, "{q}: {u:?}");
        let got = canonical_of(&u, None);
        for (k, v) in keys.as_object().unwrap() {
            assert_eq!(got.get(k).unwrap_or(&serde_json::Value::Null), v, "{q}: {k} in {got:?}");
        }
    }
}

/// A new deal "this month" closes on the as-of date, not at the month's end
/// (docs/ask-queries.md), and a follow-up keeps that date.
#[test]
fn a_deal_this_month_closes_today() {
    use plansight_ask::query::context::Conversation;
    let (mut inputs, doc) = common::generated("fiftyeighth");
    inputs.as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 20);
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let mut conversation = Conversation::default();
    for q in ["what if a 40 lakh order comes in this month", "and 60 lakh?"] {
        plansight_ask::ask_in(&ctx, "Kavita Nair", q, &mut conversation);
        // (no date of its own and the as-of date are alike; the month's end is not)
        let deal = conversation.last.as_ref().and_then(|q| q.scenario.new_deal.clone());
        assert!(deal.is_some(), "{q}: {conversation:?}");
        let close = deal.and_then(|d| d.close_date);
        assert!(
            close.is_none() || close.as_deref() == Some("2026-01-20"),
            "{q}: closes {close:?}"
        );
    }
}

/// A tier moved past its neighbour cannot be modelled: the answer says where it may start,
/// in the plan's percentages (it had quoted the engine's raw fractions).
#[test]
fn a_tier_moved_past_its_neighbour_is_refused_in_percentages() {
    let (inputs, doc) = common::generated("eighth");
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let q = "if revenue tier 3 kicked in at 60% how would my teams cost change";
    let a = ask(&ctx, "Cara Losch", q);
    assert!(a.answer.contains("cannot start at 60%"), "{}", a.answer);
    assert!(a.answer.contains("above 75%"), "{}", a.answer);
    let bad = plansight_ask::ungrounded(&a, q);
    assert!(bad.is_empty(), "{bad:?} in {}", a.answer);
}

/// "Why is my April check so low": the period's pay explained from the engine's figures:
/// the payout, what earned it, and the measure below its threshold.
#[test]
fn a_period_s_pay_is_explained_from_the_engine() {
    let (inputs, doc) = common::generated("twelfth");
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let q = "why is my april check so low";
    let a = ask(&ctx, "r01", q);
    let april = calc
        .seller("r01")
        .unwrap()
        .payouts
        .iter()
        .find(|p| p.period == "M04")
        .unwrap();
    let payable = plansight_plan::fixed::group_thousands(&april.payable.money());
    assert!(a.answer.contains(&format!("USD {payable}")), "{}", a.answer);
    assert!(a.answer.contains("below the 50% threshold"), "{}", a.answer);
    assert!(a.answer.contains("2026-04-01 to 2026-04-30"), "{}", a.answer);
    assert!(
        a.understood.starts_with("Why the pay is what it is in M04"),
        "{}",
        a.understood
    );
    let bad = plansight_ask::ungrounded(&a, q);
    assert!(bad.is_empty(), "{bad:?} in {}", a.answer);
}

/// Conversations of follow-ups (written after round 39's set of mostly follow-ups): each a
/// question after others, read against what came before.
#[test]
fn follow_ups_read_against_the_conversation() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Luis Ortega",
            &["what did I earn in q1"],
            "and net of my draw?",
            "answer",
            json!({"figure": "payable", "period": "q1"}),
        ),
        (
            "Keisha Rowland",
            &["what's my payout for q2"],
            "how much of that is the supplies incentive",
            "answer",
            json!({"figure": "earnings", "measure": "supplies", "period": "q2"}),
        ),
        (
            "Tom Brennan",
            &["supplies attainment for q3"],
            "did I make it in q2?",
            "answer",
            json!({"figure": "attainment", "period": "q2"}),
        ),
        (
            "Meredith Shaw",
            &["capital commission in q2?"],
            "and the other measure?",
            "answer",
            json!({"measure": "supplies", "period": "q2"}),
        ),
        (
            "Robert Caruso",
            &["list my open deals"],
            "what are they all worth",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
        (
            "Robert Caruso",
            &["list my open deals"],
            "if they all close what would I earn in q4",
            "answer",
            json!({"pipeline": "all", "period": "q4"}),
        ),
        (
            "Alicia Park",
            &["what did I make in may"],
            "what was my worst month so far",
            "answer",
            json!({"op": "worst_period", "period": null}),
        ),
        (
            "Hannah Lindqvist",
            &["how much draw do I owe"],
            "what happens if I quit before it's repaid?",
            "plan_rule",
            json!({}),
        ),
        (
            "Nate Fischer",
            &["what was my q2 payout"],
            "and how does q3 compare",
            "answer",
            json!({"op": "compare", "period": "q3", "versus": "q2"}),
        ),
        (
            "Denise Albright",
            &["how much did dana make in q1"],
            "and her splint balance?",
            "answer",
            json!({"figure": "draw_balance", "period": null}),
        ),
        (
            "Denise Albright",
            &["list dana's pulled POs"],
            "how much was clawed back on them",
            "answer",
            json!({"figure": "clawback", "stage": null}),
        ),
        (
            "Marcus Whitaker",
            &["what does the plan cost this year"],
            "what if the tachy started at 95% instead",
            "answer",
            json!({"figure": "cost", "period": "fy"}),
        ),
        (
            "Tom Brennan",
            &["how many new doors did I open in q2"],
            "and in q3?",
            "answer",
            json!({"period": "q3", "stage": null}),
        ),
    ];
    read_after("seventyfirst", cases);
    // (after a distance, a deal "gets me there"; after one deal's pay, "if it had been worth")
    let cases: &[Turns] = &[
        (
            "Darnell Price",
            &["how far am I from redwood in q3"],
            "would a 10k vision case get me there?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "10000", "product": "vision"}}),
        ),
        (
            "Tanya Brooks",
            &["what did the cancity case pay me"],
            "and if it had been worth 30k?",
            "answer",
            json!({"deal_amount_to": {"amount": "30000", "deal": "igeloj42"}}),
        ),
    ];
    read_after("seventythird", cases);
    // (a pronoun is nobody's name; "it" after the biggest job is that job; "this months"
    // without its apostrophe)
    let cases: &[Turns] = &[
        (
            "Tyler Nguyen",
            &["how many jobs have I lost this year"],
            "and signed?",
            "answer",
            json!({"figure": "deal_count", "stage": null}),
        ),
        (
            "Tammy Sorensen",
            &["how many jobs did jake close in q2"],
            "and what did he make in q2",
            "answer",
            json!({"figure": "earnings", "who": "jake ortega", "period": "q2"}),
        ),
        (
            "Shawna McCready",
            &["whats the biggest job i closed this year"],
            "how much did i make on it",
            "answer",
            json!({"figure": "earnings", "deal": "ws9cxy7e"}),
        ),
        (
            "Jake Ortega",
            &[],
            "whats last months check",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Dana Whitlock",
            &[],
            "hw far from the accel this qtr",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "q3"}),
        ),
    ];
    read_after("seventyfourth", cases);
    // (a word of the product's name, "payroll", is no figure's)
    let cases: &[Turns] = &[(
        "Daniel Nguyen",
        &["how far am I from the chute"],
        "would a 25k payroll cloud get me there?",
        "answer",
        json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "25000", "product": "payroll cloud"}}),
    )];
    read_after("seventyfifth", cases);
    // (how far off quota, on a measure whose next tier starts there)
    let cases: &[Turns] = &[(
        "Anna Snelling",
        &["flagship attainment?"],
        "how far off it am i",
        "answer",
        json!({"figure": "distance", "mark": "next_tier", "measure": "flagship"}),
    )];
    read_after("seventysixth", cases);
    // (a distance after the quarter under way keeps it, after one gone by does not; a count
    // of sellers under a plan change is no new value for it)
    let cases: &[Turns] = &[
        (
            "Tyler Brandt",
            &["why was my q3 margin so low"],
            "how far am i from the scale house",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "period": "q3"}),
        ),
        (
            "Renee Castillo",
            &["what did deuce make in q1"],
            "how far is he from the axle limit",
            "answer",
            json!({"figure": "distance", "mark": "cap", "period": null, "who": "dwayne jackson"}),
        ),
        (
            "Dana Whitcomb",
            &["what if hotshot started at 95%"],
            "which 2 reps lose the most under that",
            "answer",
            json!({"op": "bottom", "n": 2, "lever": {"kind": "tier_start", "measure": "margin", "tier": 3, "value": "0.95"}}),
        ),
    ];
    read_after("seventyseventh", cases);
    // (a payday by the first word of its name; a day said alone; the worth of deals
    // counted; a best month compares nothing)
    let cases: &[Turns] = &[
        (
            "Destiny Ramos",
            &[],
            "what was my july 15 drop",
            "answer",
            json!({"figure": "payable", "period": "m06"}),
        ),
        (
            "Dwayne Holloway",
            &[],
            "if i sign a 40k bundle on the 28th what do i make",
            "answer",
            json!({"new_deal": {"amount": "40000", "close_date": "2026-08-28", "product": "reroof + pv bundle"}}),
        ),
        (
            "Luis Ortega",
            &["how many sits have i got"],
            "whats that all worth",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
        (
            "Renee Castillo",
            &["q3 vs q2 team cost"],
            "which month was the best",
            "answer",
            json!({"op": "best_period", "versus": null}),
        ),
    ];
    read_after("seventyninth", cases);
}

/// Round 45's lessons, phrased anew: a month's payday by the document's name for it; a name
/// the floor gives the accelerator, in its other forms; "volume" of a Sales Volume measure is
/// its credit; a nickname's possessive; what a plan change takes; the plan's rules for
/// credit, starters and a month's cut-off.
#[test]
fn round_45_october_year_in_its_own_words() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Versie Hillebrand",
            &[],
            "what did the march trail day pay me",
            "answer",
            json!({"figure": "payable", "period": "m05"}),
        ),
        (
            "Zane Levy",
            &[],
            "how much more do i need to top out",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Zane Levy",
            &[],
            "would an 8k gtx basic deal get me topped out",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "8000", "product": "gtx basic"}}),
        ),
        (
            "Garret Kinder",
            &[],
            "my volume in q2?",
            "answer",
            json!({"figure": "credit", "measure": "sales_volume", "period": "q2"}),
        ),
        (
            "Cara Losch",
            &[],
            "Wills clawbacks in q2",
            "answer",
            json!({"figure": "clawback", "who": "wilburn farren"}),
        ),
        (
            "Cara Losch",
            &[],
            "if the sales volume quota went to 100k which 2 reps would lose the most",
            "answer",
            json!({"figure": "earnings", "op": "bottom", "n": 2}),
        ),
        (
            "Violet Mclelland",
            &[],
            "is credit the list price or the close value",
            "plan_rule",
            json!({}),
        ),
        (
            "Kami Bicknell",
            &[],
            "i only started mid january - do i get a smaller quota?",
            "plan_rule",
            json!({}),
        ),
        (
            "Maureen Marcano",
            &[],
            "would a deal marked won at 10pm on 30 june count for june",
            "plan_rule",
            json!({}),
        ),
        (
            "Zane Levy",
            &[],
            "in the bag this quarter - how many deals?",
            "answer",
            json!({"figure": "deal_count", "stage": null, "period": "q3"}),
        ),
    ];
    read_after("eightysecond", cases);
}

/// Round 45's rental lessons, phrased anew: "rentals" and "contracts" are deals where a
/// measure's name has the word; a product the document lists over two lines; a contract
/// extended or shrunk "to" an amount; the payday of a "pay run"; "and on rent?" after lost
/// deals; a manager's "both branches"; a cost's other end; a mark moved with no new value.
#[test]
fn round_45_rentals_in_their_own_words() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Marcel Thibault",
            &[],
            "did my skid steer contracts pay anything this year",
            "answer",
            json!({"product": "skid steer", "measure": null}),
        ),
        (
            "Chantal Roy",
            &[],
            "largest rental i put on rent in q2",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "measure": null}),
        ),
        (
            "Melissa Tran",
            &[],
            "aspen ridge might shrink the crawler contract to 40k, what would i lose",
            "answer",
            json!({"deal_amount_to": {"amount": "40000", "deal": "3y6reura"}, "stage": null}),
        ),
        (
            "Chantal Roy",
            &[],
            "what lands on the nov 15 pay run",
            "answer",
            json!({"figure": "payable", "period": "m10"}),
        ),
        (
            "Owen Grandmaison",
            &[],
            "if i add a 9k scissor lift rental on sept 3 what does the oct 15 pay run pay",
            "answer",
            json!({"figure": "payable", "period": "m09"}),
        ),
        (
            "Kelsey Doucette",
            &["how many walk-aways in q2"],
            "and on rent?",
            "answer",
            json!({"figure": "deal_count", "stage": null, "period": "q2"}),
        ),
        (
            "Shauna Bérubé",
            &[],
            "top 3 earners across both branches",
            "answer",
            json!({"who": "team", "n": 3}),
        ),
        (
            "Gord Mackenzie",
            &["which month cost us the most"],
            "and the least?",
            "answer",
            json!({"figure": "cost", "op": "worst_period"}),
        ),
        (
            "Gord Mackenzie",
            &["what does the plan cost for 2026"],
            "what if the frost law kicked in later",
            "ask_back",
            json!({}),
        ),
        (
            "Chantal Roy",
            &[],
            "what would a 15k lift on rent this week pay me",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("eightythird", cases);
}

/// Round 46's plan-change lessons, phrased anew: the glossary's word for a quarter; a day's
/// payday by the document's name beside a deal's date; a threshold done away with; a
/// region's cost by "for the …"; a vague change to the payout cap; one seller after a
/// ranking under a change.
#[test]
fn round_46_plan_changes_in_their_own_words() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Boris Faz",
            &[],
            "how many podiums last stage",
            "answer",
            json!({"figure": "deal_count", "period": "q2"}),
        ),
        (
            "Donn Cantrell",
            &[],
            "what does my sept 15 rest day look like if i close an 8k mg special on aug 28",
            "answer",
            json!({"figure": "payable", "period": "m08", "new_deal": {"amount": "8000", "close_date": "2026-08-28", "product": "mg special"}}),
        ),
        (
            "Melvin Marxen",
            &[],
            "what if we scrapped the broom wagon - cost for the year?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "sell_through", "value": "0"}}),
        ),
        (
            "Rocco Neubert",
            &[],
            "cost for the east if the time cut were 180%",
            "answer",
            json!({"figure": "cost", "who": "team:rocco neubert"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "loosen the flamme rouge - what would it cost us",
            "ask_back",
            json!({}),
        ),
        (
            "Summer Sewald",
            &["time cut at 180% - who loses most"],
            "and what does it do to boris",
            "answer",
            json!({"who": "boris faz", "n": null}),
        ),
    ];
    read_after("eightyfourth", cases);
}

/// Round 46's Slack lessons, phrased anew: a small word an account's name has is no
/// product's word; a product's everyday word in the plural is no product; ARR said alone
/// where one measure is named for it; an add-on measure's word is no deal type; a won deal
/// had fallen through; metrics and prices no plan computes; a cut-off asked "right?"; a
/// manager's "my AEs" after a plan change.
#[test]
fn round_46_slack_in_their_own_words() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Olivia Brandt",
            &[],
            "how do i stack up on the team in q3",
            "answer",
            json!({"product": null, "op": "rank"}),
        ),
        (
            "Rachel Feld",
            &[],
            "top 3 AEs across both teams on ARR this qtr",
            "answer",
            json!({"product": null, "measure": "subs_arr", "figure": "credit", "who": "team"}),
        ),
        (
            "Olivia Brandt",
            &[],
            "how much add-on ARR did i close in q3",
            "answer",
            json!({"figure": "credit", "measure": "addon", "deal_type": null}),
        ),
        (
            "Olivia Brandt",
            &[],
            "what if the condax deal had fallen through, what would i have made this yr",
            "answer",
            json!({"deal_amount_to": {"amount": "0", "deal": "z29ax2kb"}}),
        ),
        ("Marcus Boateng", &[], "hows our NDR trending", "decline", json!({})),
        (
            "Olivia Brandt",
            &[],
            "wheel business pricing going up in 2027?",
            "decline",
            json!({}),
        ),
        (
            "Olivia Brandt",
            &[],
            "signed at 11:30pm on jul 31 - that still lands in july right?",
            "plan_rule",
            json!({}),
        ),
        (
            "Rachel Feld",
            &["what if stoneware started at 90%"],
            "which 2 of my AEs gain most from that",
            "answer",
            json!({"who": "team:rachel feld", "n": 2}),
        ),
    ];
    read_after("eightyfifth", cases);
}

#[test]
fn round_47_april_year_in_its_own_words() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Maureen Marcano",
            &[],
            "how far am i from going jacquard",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "measure": null}),
        ),
        (
            "Maureen Marcano",
            &["how far am i from going jacquard"],
            "would a 10k gtx pro get me over it?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Moses Frase",
            &["how many deals did i drop in q2"],
            "and inked?",
            "answer",
            json!({"figure": "deal_count", "period": "q2", "stage": null}),
        ),
        (
            "Cara Losch",
            &[],
            "how many deals did my team drop in august",
            "answer",
            json!({"figure": "deal_count", "period": "m05", "stage": "lost"}),
        ),
        (
            "Corliss Cosme",
            &[],
            "does my quota reset every quarter or is it annual",
            "plan_rule",
            json!({}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "how much have repeat orders earned me",
            "answer",
            json!({"figure": "earnings", "deal_type": "expansion"}),
        ),
    ];
    read_after("eightysixth", cases);
}

#[test]
fn round_47_british_english_in_its_own_words() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Gareth Pryce",
            &[],
            "What's coming to me on the 25th of January?",
            "answer",
            json!({"figure": "payable", "period": "m09"}),
        ),
        (
            "Olivia Bennett",
            &[],
            "What did November actually pay me once the Standing Order was sorted out?",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Liam Walsh",
            &[],
            "What have my one-offs earned me this year?",
            "answer",
            json!({"figure": "earnings", "measure": "specialist"}),
        ),
        (
            "Hannah Whitfield",
            &[],
            "What has Poole Hospital earned me?",
            "answer",
            json!({"account": "poole hospital", "product": null}),
        ),
        (
            "Bethan Hughes",
            &["How many handbacks have I had?"],
            "and how many have I signed?",
            "answer",
            json!({"figure": "deal_count", "stage": null}),
        ),
        (
            "Fiona McAllister",
            &[],
            "What did the whole company pay out in October?",
            "answer",
            json!({"figure": "cost", "who": "team", "period": "m07"}),
        ),
        (
            "Fiona McAllister",
            &["What has my team cost so far this year?"],
            "and across both regions?",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
    ];
    read_after("eightyseventh", cases);
}

#[test]
fn round_48_a_february_year_dictated() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Boris Faz",
            &[],
            "what did the november fifteen pour day pay me",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        (
            "Summer Sewald",
            &[],
            "what did the fifteenth of august pour day cost me for my reps",
            "answer",
            json!({"figure": "cost", "period": "q2"}),
        ),
        (
            "Anna Snelling",
            &[],
            "show me my rmas",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "who has the most rmas",
            "answer",
            json!({"figure": "deal_count", "op": "top", "stage": "cancelled"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "which of my reps has the most walkaways",
            "answer",
            json!({"figure": "deal_count", "op": "top", "stage": "lost"}),
        ),
        (
            "Boris Faz",
            &[],
            "how much system sales have i shipped so far",
            "answer",
            json!({"figure": "credit", "measure": "system_sales"}),
        ),
        (
            "Boris Faz",
            &[],
            "how much have i won so far",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "what if the bubba gump deal had been a walkaway",
            "answer",
            json!({"deal_amount_to": {"amount": "0", "deal": "8k1ogb0r"}}),
        ),
        (
            "Carl Lin",
            &[],
            "i only started in august is my quota lower",
            "plan_rule",
            json!({}),
        ),
        (
            "Carl Lin",
            &[],
            "i started in august what is my quota",
            "answer",
            json!({"figure": "quota"}),
        ),
    ];
    read_after("eightyeighth", cases);
}

#[test]
fn round_48_a_new_zealand_distributor() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Kiri Walsh",
            &[],
            "how much did corked orders cost me in feb",
            "answer",
            json!({"figure": "clawback", "period": "m08", "stage": null}),
        ),
        (
            "Priya Naidu",
            &[],
            "if i land a fifty case gin order what do i make on it",
            "ask_back",
            json!({}),
        ),
        (
            "Priya Naidu",
            &[],
            "if i land a 50k gin order what do i make on it",
            "answer",
            json!({"figure": "earnings", "new_deal": {"amount": "50000", "product": "craft gin"}}),
        ),
    ];
    read_after("eightyninth", cases);
}

#[test]
fn round_49_managers_reviews_in_a_july_year() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Gladys Colclough",
            &[],
            "whats my attainment on the annual hw quota",
            "answer",
            json!({"figure": "attainment", "period": null}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "should i push plus line or gtk 500s to make more money this quarter",
            "decline",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "For the mid-year territory review, what has my team cost us so far this plan year, all reps together?",
            "answer",
            json!({"figure": "cost", "who": "team:cara losch", "period": null}),
        ),
        (
            "Summer Sewald",
            &[],
            "Could you compare what James earned in the first quarter of the plan year with what he earned in the second?",
            "answer",
            json!({"op": "compare", "period": "q1", "versus": "q2"}),
        ),
        (
            "Cara Losch",
            &[],
            "garrets open pipeline - whats it worth",
            "answer",
            json!({"who": "garret kinder", "stage": "open"}),
        ),
        ("Celia Rouche", &[], "what's central costing us this quarter", "ask_back", json!({})),
        (
            "Dustin Brinkmann",
            &[],
            "what's central costing us this quarter",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("ninetieth", cases);
}

#[test]
fn round_49_field_reps_jargon() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Ben Kowalski",
            &[],
            "proc attn ytd?",
            "answer",
            json!({"figure": "attainment"}),
        ),
        (
            "Rashad Greene",
            &[],
            "did i get the surgeons knot",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "Rashad Greene",
            &[],
            "did i get the surgeon's knot",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "Ingrid Sorensen",
            &[],
            "what did the april Ashford tower pay me",
            "answer",
            json!({"deal": "4mc584u5", "period": null}),
        ),
        (
            "Hollis Tate",
            &[],
            "would a 6k spine cage get me golden",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Hollis Tate",
            &[],
            "what do i make if i go golden",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Marcus Whitlow",
            &[],
            "which of my TMs landed the most conversions",
            "answer",
            json!({"figure": "deal_count", "deal_type": "new"}),
        ),
        (
            "Marcus Whitlow",
            &[],
            "where does chris o rank on cap equipment",
            "answer",
            json!({"figure": "credit", "measure": "capital"}),
        ),
        (
            "Renee Castellano",
            &[],
            "what if we scrapped the time-out altogether",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "procedure", "value": "0"}}),
        ),
        (
            "Renee Castellano",
            &[],
            "cap equipment quota to 1.5M - what does megan lose",
            "answer",
            json!({"lever": {"kind": "quota", "measure": "capital", "value": "1500000"}}),
        ),
        (
            "Kelsey Vandermeer",
            &[],
            "I only started in June. Is my quota lower?",
            "plan_rule",
            json!({}),
        ),
        (
            "Kelsey Vandermeer",
            &[],
            "I joined in June. What is my quota?",
            "answer",
            json!({"figure": "quota"}),
        ),
        (
            "Ben Kowalski",
            &[],
            "can u book OR time at Rosedale for thursday",
            "decline",
            json!({}),
        ),
        (
            "Kelsey Vandermeer",
            &[],
            "which deals should i focus on",
            "forecast",
            json!({}),
        ),
    ];
    read_after("ninetyfirst", cases);
}

#[test]
fn round_50_chat_and_email_in_a_march_year() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Elease Gluck",
            &[],
            "If the Labdrill GTK 500 from June had been scrubbed, how much less would I have earned?",
            "answer",
            json!({"deal_amount_to": {"amount": "0", "deal": "731towdy"}}),
        ),
        (
            "Corliss Cosme",
            &[],
            "Hello, how much is everything I have in countdown worth? Planning my Q4. Corliss",
            "answer",
            json!({"figure": "deal_amount", "stage": "open", "period": null}),
        ),
        (
            "Kami Bicknell",
            &[],
            "Do I get credited on the close value or the list price?",
            "plan_rule",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "Please lower Violet's quota to 250k in Plansight, she's had a hard year.",
            "decline",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "lower violet's quota to 250k, what does she lose",
            "answer",
            json!({"lever": {"kind": "quota", "measure": "booked", "value": "250000"}}),
        ),
    ];
    read_after("ninetysecond", cases);
}

#[test]
fn round_50_hotel_group_sales() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Keisha Fairbanks",
            &[],
            "comission on rehersal dinners so far?",
            "answer",
            json!({"figure": "earnings", "product": "rehearsal dinner"}),
        ),
        (
            "Mateo Ruiz",
            &[],
            "how is my pace lookin",
            "answer",
            json!({"figure": "pace"}),
        ),
        (
            "Priya Venkataraman",
            &[],
            "rev mgmt question: what does it cost if the penthouse starts at 110%",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "tier_start", "measure": "group_rev", "tier": 3, "value": "1.1"}}),
        ),
        (
            "Jolene Pryor",
            &[],
            "do i get credit when the contract is signed or when the group actually arrives",
            "plan_rule",
            json!({}),
        ),
        (
            "Jolene Pryor",
            &[],
            "do i get more credit this quarter or last",
            "answer",
            json!({"figure": "credit"}),
        ),
    ];
    read_after("ninetythird", cases);
}

/// Round 51's misses (questions dictated by voice on the road), read in other words:
/// a word taken back ("may no wait june"), a year said in two halves, a name a letter off
/// or split in two, a named deal's loss, "my whole bench", a lone number word as a
/// follow-up's new value, a tier's rate "from" what it pays now.
#[test]
fn round_51_dictated_questions() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Markita Hansen",
            &[],
            "what did i make in may no wait june",
            "answer",
            json!({"period": "m06"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "if the acme deal fell through what would i lose",
            "answer",
            json!({"deal_amount_to": {"amount": "0", "deal": "tbzmxkh4"}}),
        ),
        (
            "Gladys Colclough",
            &[],
            "what if kmgxuadz slipped to february twenty twenty seven",
            "answer",
            json!({"move_deal": {"close_date": "2027-02-28", "deal": "kmgxuadz"}}),
        ),
        (
            "Lajuana Vencill",
            &[],
            "if my entire bench ships what do i earn",
            "answer",
            json!({"pipeline": "all"}),
        ),
        (
            "Carl Lin",
            &["whats my standby balance"],
            "ok so when does it get recovered",
            "plan_rule",
            json!({}),
        ),
        ("Moses Frase", &[], "what is my tier two rate", "ask_back", json!({})),
        (
            "Celia Rouche",
            &[],
            "whats hayden nelms premium attainment",
            "answer",
            json!({"who": "hayden neloms"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "how much did marty freuden berg earn",
            "answer",
            json!({"who": "marty freudenburg"}),
        ),
        (
            "Summer Sewald",
            &["mainframe at twelve percent whats that cost us"],
            "and at ten",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "hardware", "tier": 4, "value": "0.1"}}),
        ),
        (
            "Summer Sewald",
            &[],
            "what would kerry hendrixon make if carrier kicked in at forty percent",
            "answer",
            json!({"who": "kary hendrixson"}),
        ),
        (
            "Cara Losch",
            &[],
            "drop hyperlink from seven to five percent what does it cost",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "hardware", "tier": 3, "value": "0.05"}}),
        ),
    ];
    read_after("ninetyfourth", cases);
}

/// Round 51's misses (a staffing agency's recruiters), read in other words: the glossary's
/// word for a deal's amount ("fees") and for what the plan does not measure ("send-outs"),
/// an account's one placement and "how come?" after it, a month's payday beside a new
/// deal's date, more deals of no size, the market's course.
#[test]
fn round_51_staffing_agency() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Kevin Tran",
            &[],
            "total fees from new clients this fy",
            "answer",
            json!({"figure": "deal_amount"}),
        ),
        (
            "Hannah Lindqvist",
            &["what did the kinnamplus placement pay me"],
            "how come?",
            "answer",
            json!({"op": "explain", "deal": "peftxk4q"}),
        ),
        (
            "Omar Siddiqui",
            &[],
            "what will my may bell day be if i land a 10k deal on apr 29",
            "answer",
            json!({"figure": "payable", "period": "m10"}),
        ),
        (
            "Sofia Alvarez",
            &[],
            "if i close a few more placements this month what would i make",
            "ask_back",
            json!({}),
        ),
        (
            "Kevin Tran",
            &[],
            "how many send-outs have i had this quarter",
            "decline",
            json!({}),
        ),
        (
            "Tyler Brandt",
            &[],
            "is client demand gonna slow down next year?",
            "decline",
            json!({}),
        ),
    ];
    read_after("ninetyfifth", cases);
}

/// Round 52's misses (typed on a phone), read in other words: text-speak ("wats", "hw",
/// "k and"), autocorrect's real words for the plan's ("commotion", "tear", "quote") and for
/// a first name ("parcel", "violent"), the glossary's hyphened words written apart ("bounce
/// backs") and its phrase for a quarter ("refresh cycle"), "what's in burn-in", "and this
/// one" after last quarter, how the draw is paid back.
#[test]
fn round_52_typed_on_a_phone() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Gladys Colclough",
            &[],
            "wats my commotion last month",
            "answer",
            json!({"figure": "earnings", "period": "m08"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "hw far is the next tear for me",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "Markita Hansen",
            &[],
            "show me my bounce backs this yr",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Elease Gluck",
            &[],
            "how many blackouts did i have last refresh cycle",
            "answer",
            json!({"figure": "deal_count", "period": "q2", "stage": "lost"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "what's in burn-in rn",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Cara Losch",
            &[],
            "how much did parcel earn this yr",
            "answer",
            json!({"who": "darcel schlecht"}),
        ),
        (
            "Cara Losch",
            &[],
            "is violent close to the warm up",
            "answer",
            json!({"who": "violet mclelland", "mark": "threshold"}),
        ),
        (
            "Donn Cantrell",
            &["pro series attainment last quarter"],
            "and this one",
            "answer",
            json!({"figure": "attainment", "measure": "pro_series", "period": "q3"}),
        ),
        (
            "Violet Mclelland",
            &["wheres my backlight at"],
            "how do i pay it back",
            "plan_rule",
            json!({}),
        ),
        (
            "Wilburn Farren",
            &["what did i earn in november"],
            "k and net of the backlight",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Cara Losch",
            &[],
            "annual quote up to 380k, total plan cost?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "quota", "measure": "platform", "value": "380000"}}),
        ),
    ];
    read_after("ninetysixth", cases);
}

/// Round 52's misses (a Canadian food distributor, in English and Québécois French), read
/// in other words: "ce mois", "au deuxième trimestre", "20 000 $", "jf" of Jean-François,
/// an account by its own word after a common one ("nam-zim"), what the glossary says the
/// plan does not measure (not the First Drop SPIFF), what cancelled deals cost, a moved
/// deal lost instead, a change asked of the app, "list" no Listing.
#[test]
fn round_52_quebec_food_distributor() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Nathalie Roy",
            &[],
            "c'est combien ma commission ce mois",
            "answer",
            json!({"figure": "earnings", "period": "m08"}),
        ),
        (
            "Geneviève Morin",
            &[],
            "combien de backhaul j'ai reçu au deuxième trimestre",
            "answer",
            json!({"figure": "draw_advanced", "period": "q2"}),
        ),
        (
            "Nathalie Roy",
            &[],
            "si je signe un listing de 15 000 $ en août, combien je fais de plus?",
            "answer",
            json!({"who": "nathalie roy", "new_deal": {"amount": "15000", "close_date": "2026-08-31", "type": "listing"}}),
        ),
        (
            "Heather MacKinnon",
            &[],
            "what's jf's net sales attainment",
            "answer",
            json!({"who": "jean-françois bélanger"}),
        ),
        (
            "Ryan Campbell",
            &[],
            "what has nam-zim paid me",
            "answer",
            json!({"account": "restaurant nam-zim"}),
        ),
        ("Émilie Dubé", &[], "what's my gm this quarter", "decline", json!({})),
        (
            "Émilie Dubé",
            &[],
            "how does the first drop spiff work",
            "plan_rule",
            json!({}),
        ),
        (
            "Jean-François Bélanger",
            &["how many delisted deals do i have"],
            "what did those cost me",
            "answer",
            json!({"figure": "clawback", "stage": null}),
        ),
        (
            "Mathieu Lévesque",
            &["if 0YCAS0B9 slips to august what do i lose"],
            "and if it had spoiled instead?",
            "answer",
            json!({"deal_amount_to": {"amount": "0", "deal": "0ycas0b9"}, "move_deal": null}),
        ),
        (
            "Heather MacKinnon",
            &[],
            "lower kevin's quota to 180k in the app",
            "decline",
            json!({}),
        ),
        (
            "Chantal Bergeron",
            &[],
            "list my spoiled deals this trimestre",
            "answer",
            json!({"stage": "lost", "deal_type": null}),
        ),
    ];
    read_after("ninetyseventh", cases);
}

/// Round 53's misses (managers and finance in their shorthand), read in other words: "payout
/// per rep" ranks the team's pay, "QoQ" compares this quarter with the last, "run-rate"
/// is pace, "delta to" a distance, "# berthed deals" a count, "+25 bps" a rise by that
/// much, and "what would that do to moses" after a change's cost is what he would earn.
#[test]
fn round_53_finance_shorthand() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Dustin Brinkmann",
            &[],
            "Q2 payout per rep?",
            "answer",
            json!({"figure": "payable", "op": "top", "n": null}),
        ),
        (
            "Cara Losch",
            &[],
            "QoQ delta in comp cost for my team",
            "answer",
            json!({"figure": "cost", "op": "compare", "period": "q3", "versus": "q2"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "run-rate vs goal - top 3 on my team",
            "answer",
            json!({"figure": "pace", "op": "top"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "delta to the next tier?",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "Boris Faz",
            &[],
            "# berthed deals this leg",
            "answer",
            json!({"figure": "deal_count", "period": "q3"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "True North +25 bps, what does it cost",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "revenue", "tier": 3, "value": "0.0925"}}),
        ),
        (
            "Dustin Brinkmann",
            &["True North at 10%, what does it cost"],
            "and what would that do to moses",
            "answer",
            json!({"figure": "earnings", "who": "moses frase"}),
        ),
    ];
    read_after("ninetyeighth", cases);
}

/// Round 53's misses (a German components distributor), read in other words: German
/// questions ("wie viel Provision habe ich im dritten Quartal verdient?", "zeig mir meine
/// Absagen"), German amounts ("12.500 €", "7,5 %") and dates ("25.10."), "this GJ", and
/// German word order ("where ranks Franzi").
#[test]
fn round_53_german_distributor() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Jan Hoffmann",
            &[],
            "Wie viel Provision habe ich im dritten Quartal verdient?",
            "answer",
            json!({"figure": "earnings", "period": "q3"}),
        ),
        (
            "Sven Köhler",
            &[],
            "zeig mir meine Absagen",
            "answer",
            json!({"op": "list", "stage": "lost"}),
        ),
        (
            "Florian Gruber",
            &[],
            "wie viele Stornos hatte ich im zweiten Quartal?",
            "answer",
            json!({"figure": "deal_count", "period": "q2", "stage": "cancelled"}),
        ),
        (
            "Dirk Schulte",
            &[],
            "wie weit bin ich noch vom Preload weg?",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Sabine Krüger",
            &[],
            "how much more would Q3 pay me if I sign a 12.500 € Auftrag today?",
            "answer",
            json!({"figure": "payable", "new_deal": {"amount": "12500"}}),
        ),
        (
            "Markus Huber",
            &[],
            "wer in meinem Team hat dieses GJ am wenigsten verdient?",
            "answer",
            json!({"op": "bottom", "period": "fy", "who": "team:markus huber"}),
        ),
        (
            "Heike Petersen",
            &[],
            "where ranks Franzi on attainment?",
            "answer",
            json!({"op": "rank", "who": "franziska lorenz"}),
        ),
        (
            "Claudia Becker",
            &[],
            "Breakaway at 7,5 % - Kosten?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "umsatz", "tier": 4, "value": "0.075"}}),
        ),
        (
            "Dirk Schulte",
            &[],
            "what pays me the Schmiertag on 25.10.?",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
    ];
    read_after("ninetyninth", cases);
}

/// Round 54's misses (new hires in their own words, and a payroll administrator), read in
/// other words: the accelerator, the threshold and the clawback described, not named;
/// "selling fast enough"; "everything i'm working on"; a glossary's abbreviation defined
/// after a colon ("| DOA | dead on arrival: a lost opportunity |"); how commission is
/// figured; what a payout "consist of"; an errand for payroll.
#[test]
fn round_54_new_hires_and_payroll() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Niesha Huffines",
            &[],
            "how close am I to the extra money you get when you go over your number",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "how much did they take money back from me this year",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "am i selling fast enough this quarter",
            "answer",
            json!({"figure": "pace"}),
        ),
        (
            "Mei-Mei Johns",
            &[],
            "how far am i from the point before the commission even starts",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Lajuana Vencill",
            &[],
            "if everything i'm working on closes what would i earn",
            "answer",
            json!({"pipeline": "all"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "how many DOAs did i have in q2",
            "answer",
            json!({"figure": "deal_count", "stage": "lost"}),
        ),
        (
            "Carl Lin",
            &[],
            "is my commission figured on the list price or on what the customer paid",
            "plan_rule",
            json!({}),
        ),
        (
            "",
            &[],
            "what did Vicki Laflamme's Q2 payout consist of?",
            "answer",
            json!({"op": "explain", "who": "vicki laflamme"}),
        ),
        (
            "",
            &[],
            "can you upload the commission file to payroll for me",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredth", cases);
}

/// Round 54's misses (a car dealership), read in other words: units (the glossary's won
/// deals) counted by month, how gross is figured, and "ups", which the plan does not measure.
#[test]
fn round_54_car_dealership() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Shauna Pike",
            &[],
            "best month this year for units",
            "answer",
            json!({"figure": "deal_count", "op": "best_period"}),
        ),
        (
            "Kevin O'Rourke",
            &[],
            "is my gross figured before or after the pack",
            "plan_rule",
            json!({}),
        ),
        (
            "Tyler Brandt",
            &[],
            "how many ups have i had this month",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredfirst", cases);
    // (a SPIFF named for a deal type: "how many fresh fronts" counts the deals)
    let cases: &[Turns] = &[(
        "Corliss Cosme",
        &[],
        "how many fresh fronts did i land this year",
        "answer",
        json!({"figure": "deal_count", "deal_type": "new"}),
    )];
    read_after("eightieth", cases);
}

/// Round 55's misses (a normal week's questions; an insurance brokerage), read in other
/// words: the glossary's word for a month ("this sprint"), "hw much", the open
/// pipeline in the trade's words ("everything in my queue ships", "everything in market
/// binds"), why a measure named for its pay was low, and the market's course, declined.
#[test]
fn round_55_a_normal_week() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Kami Bicknell",
            &[],
            "what did i make this sprint",
            "answer",
            json!({"figure": "earnings", "period": "m10"}),
        ),
        (
            "Markita Hansen",
            &[],
            "hw much did i make last month",
            "answer",
            json!({"figure": "earnings", "period": "m09"}),
        ),
        (
            "James Ascencio",
            &[],
            "if everything in my queue ships what would i earn",
            "answer",
            json!({"pipeline": "all"}),
        ),
    ];
    read_after("hundredsecond", cases);
    let cases: &[Turns] = &[
        (
            "Kelsey Brandvold",
            &[],
            "if everything in market binds what would q4 pay me",
            "answer",
            json!({"figure": "payable", "pipeline": "all"}),
        ),
        (
            "Tobias Reinholt",
            &[],
            "why was my new business commission so low in q3",
            "answer",
            json!({"op": "explain", "measure": "nb"}),
        ),
        (
            "Trent Oduya",
            &[],
            "is the casualty market going to soften next year",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredthird", cases);
}

/// A conversation's turns: who asks, what they asked before, the question, the outcome
/// expected and the keys of its query.
/// Round 56's held-out misses, in other words: a Maven year of quarters and a solar
/// installer's consultants.
#[test]
fn round_56_keys_and_solar() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Boris Faz",
            &[],
            "what's q1 paying me",
            "answer",
            json!({"figure": "payable", "period": "q1"}),
        ),
        (
            "James Ascencio",
            &[],
            "top 3 plus pro deals by value",
            "answer",
            json!({"figure": "deal_amount", "product": "gtx plus pro", "measure": null}),
        ),
        (
            "Anna Snelling",
            &[],
            "what would q3 pay if i add a 9k first install",
            "answer",
            json!({"figure": "payable", "op": "value", "period": "q3", "versus": null}),
        ),
        (
            "Cecily Lampkin",
            &["plus line incentive in q2?"],
            "and revenue?",
            "answer",
            json!({"figure": "earnings", "measure": "revenue", "period": "q2"}),
        ),
        (
            "Maureen Marcano",
            &[],
            "my plus line deals in q2",
            "ask_back",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "what does cutting the full stop to 38k save us",
            "answer",
            json!({"lever": {"kind": "payout_cap", "value": "38000"}}),
        ),
        (
            "Melvin Marxen",
            &[],
            "single click at 1.25x, what would that cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "plus_line", "tier": 1, "value": "1.25"}}),
        ),
    ];
    read_after("hundredfourth", cases);
    let cases: &[Turns] = &[
        (
            "Luis Arriaga",
            &[],
            "who closed the most sun starters on my team",
            "answer",
            json!({"figure": "deal_count", "op": "top", "product": "sun starter"}),
        ),
        (
            "Tanner Hollis",
            &[],
            "if i sign a 45k powerpair max would that get me to noon",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Keisha Barnwell",
            &[],
            "powerpair for 28k today, what does that add to my pay",
            "answer",
            json!({"figure": "earnings", "new_deal": {"amount": "28000", "product": "powerpair"}}),
        ),
        (
            "Trevor Lindqvist",
            &["what did i earn in may"],
            "and after the sunrise advance?",
            "answer",
            json!({"figure": "payable", "period": "m05"}),
        ),
        (
            "Devon Clark",
            &[],
            "is credit counted at signing or at PTO",
            "plan_rule",
            json!({}),
        ),
        (
            "Shelby Nakamura",
            &[],
            "what are my sun deals worth",
            "ask_back",
            json!({}),
        ),
        (
            "Jake Delgado",
            &[],
            "if i close two more whole home backups what would i earn",
            "ask_back",
            json!({}),
        ),
        (
            "Luis Arriaga",
            &[],
            "how many kW did my team sell",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredfifth", cases);
}

/// Round 57's held-out misses, in other words: a Maven March year and a SaaS company's
/// account executives.
#[test]
fn round_57_chess_boards() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Anna Snelling",
            &[],
            "what if the july bioholding plus pro had been lost",
            "answer",
            json!({"deal_amount_to": {"deal": "scr1iklq", "amount": "0"}}),
        ),
        (
            "Anna Snelling",
            &[],
            "how much did the bioholding plus pro make me",
            "ask_back",
            json!({}),
        ),
        (
            "Maureen Marcano",
            &[],
            "does the 401k count as commission",
            "plan_rule",
            json!({}),
        ),
        (
            "Lajuana Vencill",
            &["how much did i make in the first session"],
            "and the second one?",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        (
            "Summer Sewald",
            &[],
            "which seller has the most scratched deals",
            "answer",
            json!({"op": "top", "n": 1, "stage": "lost"}),
        ),
    ];
    read_after("hundredsixth", cases);
    let cases: &[Turns] = &[
        (
            "Jasmine Teagarden",
            &[],
            "what did FQ2 pay me",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "Simone Achterberg",
            &[],
            "how much ACV have i closed this quarter",
            "answer",
            json!({"figure": "deal_amount"}),
        ),
        (
            "Simone Achterberg",
            &[],
            "if i close two more redwoods what happens to my payout",
            "ask_back",
            json!({}),
        ),
        (
            "",
            &[],
            "how does the comp plan look like at hubspot",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredseventh", cases);
}

/// Round 58's held-out misses, in other words: a Maven November year and a UK
/// office-furniture supplier.
#[test]
fn round_58_rails_and_timber() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Hayden Neloms",
            &[],
            "am i on pace to hit my number by october",
            "answer",
            json!({"figure": "pace", "period": null}),
        ),
        (
            "Elease Gluck",
            &[],
            "once i'm in pullman does the whole quarter pay at 150% or just the part over quota",
            "plan_rule",
            json!({}),
        ),
        (
            "Boris Faz",
            &["what did i make off zotware"],
            "explain that",
            "answer",
            json!({"op": "explain", "account": "zotware"}),
        ),
        (
            "Celia Rouche",
            &[],
            "which of my reps closed the most gtk 500s",
            "answer",
            json!({"figure": "deal_count", "op": "top", "n": 1, "product": "gtk 500"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "pullman at 1.75x, what would it cost",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "flagship", "tier": 2, "value": "1.75"}}),
        ),
    ];
    read_after("hundredeighth", cases);
    let cases: &[Turns] = &[
        (
            "Bethan Lewis",
            &[],
            "what do I need to land to reach Oak",
            "answer",
            json!({"figure": "distance", "account": null}),
        ),
        (
            "Niamh O'Connor",
            &[],
            "largest order I've landed",
            "answer",
            json!({"figure": "deal_amount", "measure": null}),
        ),
        (
            "Lucy Fenwick",
            &[],
            "what if I landed a 20k repeat order from Ridley College",
            "answer",
            json!({"new_deal": {"amount": "20000", "type": "repeat"}}),
        ),
        (
            "Niamh O'Connor",
            &[],
            "if the december brightwater pod had moved to february what do I lose",
            "answer",
            json!({"move_deal": {"deal": "64ctq6c5", "close_date": "2027-02-28"}}),
        ),
        (
            "Marcus Okoye",
            &[],
            "what if the blackwater pod slipped two weeks",
            "answer",
            json!({"move_deal": {"deal": "bicjy3fz", "close_date": "2027-01-03"}}),
        ),
        (
            "Dev Malhotra",
            &["what's my lot costing me this month"],
            "what about both areas?",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Helen Ashworth",
            &[],
            "which trading month was the dearest",
            "answer",
            json!({"figure": "cost", "op": "best_period"}),
        ),
    ];
    read_after("hundredninth", cases);
    // (a slip of no sensible length, or said to come earlier, moves nothing and breaks nothing)
    let cases: &[Turns] = &[
        (
            "Marcus Okoye",
            &[],
            "what if the blackwater pod had slipped 100000000000000000 days",
            "ask_back",
            json!({}),
        ),
        (
            "Marcus Okoye",
            &[],
            "what if the blackwater pod moved two weeks earlier",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredninth", cases);
    // ("nearest" is no "dearest")
    let cases: &[Turns] = &[(
        "Summer Sewald",
        &[],
        "which of my reps is nearest to castling",
        "answer",
        json!({"figure": "distance", "mark": "accelerator"}),
    )];
    read_after("hundredsixth", cases);
}

#[test]
fn round_59_watches_and_teeth() {
    use serde_json::json;
    // ("the spin" of "hitting the spin", the accelerator)
    let cases: &[Turns] = &[(
        "Melvin Marxen",
        &[],
        "which of my agents is nearest the spin",
        "answer",
        json!({"figure": "distance", "mark": "accelerator"}),
    )];
    read_after("hundredtenth", cases);
    let cases: &[Turns] = &[
        // (a payday's payment in a month: the quarter it pays)
        (
            "Danielle Moreau",
            &[],
            "how big is my polish day payment in october",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        // ("chair" of a product's name is no "chairside")
        (
            "Tyler Brandt",
            &[],
            "how many serenity chairs did i sell in q2",
            "answer",
            json!({"product": "serenity dx chair", "measure": null}),
        ),
        (
            "Tamika Greene",
            &[],
            "could you order more burs for the practice",
            "decline",
            json!({}),
        ),
        // (a distance after a worst quarter: his own, no ranking of periods)
        (
            "Denise Okafor",
            &["What was Kyle's worst quarter?"],
            "how far is he from veneer",
            "answer",
            json!({"op": "value", "figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Denise Okafor",
            &["What was Kyle's best quarter?"],
            "and what is his attainment?",
            "answer",
            json!({"figure": "attainment", "who": "kyle lindqvist"}),
        ),
        // (a bonus's own new amount is no deal)
        (
            "Miriam Holt",
            &[],
            "what if the first smile spiff were 750",
            "ask_back",
            json!({}),
        ),
        (
            "Tyler Brandt",
            &[],
            "if I land 50k more would I get the wisdom tooth award",
            "answer",
            json!({"new_deal": {"amount": "50000"}}),
        ),
        (
            "Miriam Holt",
            &[],
            "could the tariffs hurt equipment sales next year",
            "decline",
            json!({}),
        ),
        (
            "Shawna Pettit",
            &[],
            "why is there so little chairside this quarter",
            "answer",
            json!({"op": "explain", "measure": "equipment"}),
        ),
    ];
    read_after("hundredeleventh", cases);
}

#[test]
fn round_60_context_before_the_question() {
    use serde_json::json;
    // (a sentence of why one asks, whoever it is about, is no part of a question that says
    // all it asks; a question pointing back, or a sentence supposing, keeps it)
    let cases: &[Turns] = &[
        (
            "Devon Price",
            &[],
            "The Umbrella Corporation renewal keeps dragging and their buyer moved our meeting again. What is my press revenue attainment so far?",
            "answer",
            json!({"figure": "attainment", "account": null}),
        ),
        (
            "Nathan Cole",
            &[],
            "Our plant manager says the folder is finally fixed. What was my worst quarter so far?",
            "answer",
            json!({"op": "worst_period", "n": null}),
        ),
        (
            "Gil Sorensen",
            &[],
            "Nathan Cole has had a great spring with the agencies. What is his attainment this year?",
            "answer",
            json!({"figure": "attainment", "who": "nathan cole"}),
        ),
        (
            "Marcus Feldman",
            &[],
            "Say I land a 30k reprint job today. What would I earn then?",
            "answer",
            json!({"new_deal": {"amount": "30000", "type": "reprint"}}),
        ),
        // (a change asked of the data, after its story)
        (
            "Gil Sorensen",
            &[],
            "Nathan had a rough month, we talked it through on the 3rd. Please cut his quota to 800k in Plansight.",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredthirteenth", cases);
    // (a word of a glossary's phrase, "the flight bands", is the plan's, not a flight)
    let cases: &[Turns] = &[
        (
            "Anna Snelling",
            &[],
            "which of the flight bands am i in",
            "answer",
            json!({"figure": "rate"}),
        ),
        ("Anna Snelling", &[], "book me a flight to boston", "decline", json!({})),
    ];
    read_after("hundredtwelfth", cases);
    let cases: &[Turns] = &[
        (
            "Miriam Holt",
            &[],
            "what if the wisdom tooth award paid out 4k",
            "ask_back",
            json!({}),
        ),
        (
            "Tyler Brandt",
            &[],
            "can you order my deals from biggest to smallest",
            "answer",
            json!({"figure": "deal_amount"}),
        ),
    ];
    read_after("hundredeleventh", cases);
}

#[test]
fn round_61_restrictions_and_the_documents_names() {
    use serde_json::json;
    // (an audit week's questions: what is netted or left out, a restriction no query holds,
    // the document's names of two words, a rate moved by basis points, orders of the data)
    let cases: &[Turns] = &[
        (
            "Tariq Haddad",
            &[],
            "my commission this year after clawbacks",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Mei-Ling Chow",
            &[],
            "how much have I earned in Q3 not counting the service side",
            "answer",
            json!({"figure": "earnings", "measure": "equipment"}),
        ),
        (
            "Jean-Philippe Ouellet",
            &[],
            "total earned on PM agreements this year",
            "answer",
            json!({"product": "maintenance agreement", "measure": null}),
        ),
        (
            "Mei-Ling Chow",
            &[],
            "what would it take to reach the warm wind",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Kyle Vandermeer",
            &[],
            "total value of conquests booked in Q1",
            "answer",
            json!({"figure": "deal_amount", "deal_type": "new"}),
        ),
        (
            "Nadia Ferreira",
            &[],
            "a 20k PM agreement this week - would that get me into Overhaul",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "new_deal": {"amount": "20000", "product": "maintenance agreement"}}),
        ),
        (
            "Owen Tkachuk",
            &[],
            "is there a window to contest my July statement",
            "plan_rule",
            json!({}),
        ),
        (
            "Siobhan Doyle-Reyes",
            &[],
            "deal signed late on June 30 - June or July credit?",
            "plan_rule",
            json!({}),
        ),
        (
            "Amélie Desrosiers",
            &["how many dead quotes last quarter"],
            "and how many were booked?",
            "answer",
            json!({"figure": "deal_count", "stage": null}),
        ),
        (
            "Jean-Philippe Ouellet",
            &["how much is left on my Hearth Advance"],
            "and how is it paid back?",
            "plan_rule",
            json!({}),
        ),
        (
            "Colton Fehr",
            &["show my RGAs"],
            "how much did they take back from me?",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "Priyanka Grewal",
            &[],
            "how many deals above 40k did I book in Q2",
            "ask_back",
            json!({}),
        ),
        (
            "Tariq Haddad",
            &[],
            "my earnings over the last 30 days",
            "ask_back",
            json!({}),
        ),
        (
            "Owen Tkachuk",
            &[],
            "flag deal 27UN3UX8 as cancelled for me",
            "decline",
            json!({}),
        ),
        (
            "Rémi Gauthier",
            &[],
            "will the province scrap the furnace rebates next year",
            "decline",
            json!({}),
        ),
        (
            "Priyanka Grewal",
            &[],
            "air handlers or smart controls - which should I bet on?",
            "decline",
            json!({}),
        ),
        (
            "Gordon MacInnis",
            &[],
            "Q2 earnings for each of my reps",
            "answer",
            json!({"op": "top", "n": null, "who": "team:gordon macinnis"}),
        ),
        (
            "Darlene Kostiuk",
            &[],
            "which of my reps needs the most to reach Chinook",
            "answer",
            json!({"op": "top", "n": 1}),
        ),
        (
            "Gordon MacInnis",
            &[],
            "which rep has the most RGAs",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled"}),
        ),
        (
            "Sylvie Bérubé",
            &[],
            "J-P's attainment",
            "answer",
            json!({"who": "jean-philippe ouellet"}),
        ),
        (
            "Gordon MacInnis",
            &[],
            "walk me through Declan's July statement",
            "answer",
            json!({"op": "explain", "figure": null}),
        ),
        (
            "Sylvie Bérubé",
            &["what did my team cost in Q2"],
            "and company-wide?",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        ("Gordon MacInnis", &[], "Q2 pay for Bernadette?", "ask_back", json!({})),
        (
            "Gordon MacInnis",
            &[],
            "go in and set Declan's quota to 700k",
            "decline",
            json!({}),
        ),
        (
            "Darlene Kostiuk",
            &[],
            "add 50 bps to Thaw, what does it cost",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "equipment", "tier": 2, "value": "0.045"}}),
        ),
        (
            "Amélie Desrosiers",
            &[],
            "what did I earn on the Bow Valley order?",
            "ask_back",
            json!({}),
        ),
        (
            "Priyanka Grewal",
            &["what did August pay me"],
            "seems low - what's in it?",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        (
            "Priyanka Grewal",
            &["my equipment attainment"],
            "and the delta to 100%?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Jean-Philippe Ouellet",
            &[],
            "best month on the service side",
            "answer",
            json!({"figure": "earnings", "op": "best_period"}),
        ),
    ];
    read_after("hundredfifteenth", cases);
    // (follow-ups and a new deal reaching a mark, over the Maven export)
    let cases: &[Turns] = &[
        (
            "Marty Freudenburg",
            &[],
            "what's in my rack, total value",
            "answer",
            json!({"figure": "deal_amount", "op": "value", "stage": "open"}),
        ),
        (
            "Maureen Marcano",
            &[],
            "does a 40k gtk 500 this week get me to surround?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Moses Frase",
            &["what did i earn in q1", "why so low"],
            "how much of it was the plus side",
            "answer",
            json!({"figure": "earnings", "op": "value", "measure": "plus"}),
        ),
        (
            "Zane Levy",
            &["my 3 biggest deals"],
            "same for the plus basics",
            "answer",
            json!({"product": "gtx plus basic", "measure": null}),
        ),
        (
            "Niesha Huffines",
            &["what's my preamp balance"],
            "and how is it paid back?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredfourteenth", cases);
}

#[test]
fn round_62_payday_frustration_and_the_glossarys_products() {
    use serde_json::json;
    // (a glossary's product said with its kind, orders of the world declined, a plan's rule
    // asked one way or the other)
    let cases: &[Turns] = &[
        (
            "Markita Hansen",
            &[],
            "what did my rigs make me this cycle",
            "answer",
            json!({"product": "gtk 500"}),
        ),
        (
            "Elease Gluck",
            &[],
            "if i close a 20k rig this week what does it pay",
            "answer",
            json!({"new_deal": {"amount": "20000", "product": "gtk 500"}}),
        ),
        (
            "Elease Gluck",
            &[],
            "could you order a spare gtk 500 for the showroom",
            "decline",
            json!({}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "will the gtx plus pro get cheaper next year",
            "decline",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "does quota reset each month or not",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredsixteenth", cases);
    // (payday frustration: venting beside the question, pay to be fixed, a dispute to file)
    let cases: &[Turns] = &[
        (
            "Bram Hendriks",
            &[],
            "what did my Q2 earnings come to, at least roughly",
            "answer",
            json!({"op": "value", "n": null}),
        ),
        (
            "Femke Visser",
            &[],
            "how much of my draw got eaten this year?",
            "answer",
            json!({"figure": "draw_recovered"}),
        ),
        (
            "Ruben Mulder",
            &[],
            "deal signed 30 september at 23:30 - Q3 or Q4?",
            "plan_rule",
            json!({}),
        ),
        (
            "Ruben Mulder",
            &[],
            "do I get vakantiegeld on my commission",
            "plan_rule",
            json!({}),
        ),
        (
            "Ruben Mulder",
            &[],
            "what if the sluices were less stingy",
            "ask_back",
            json!({}),
        ),
        (
            "Sanne van Dijk",
            &[],
            "fix my Q1 commission, it is too low",
            "decline",
            json!({}),
        ),
        (
            "Femke Visser",
            &[],
            "file a complaint about my Q1 afrekening",
            "decline",
            json!({}),
        ),
        (
            "Femke Visser",
            &[],
            "the 25 april Spuidag was terrible. what did Q1 pay me?",
            "answer",
            json!({"figure": "payable", "period": "q1"}),
        ),
        (
            "Ruben Mulder",
            &[],
            "what's in de trechter, is it worth anything",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
    ];
    read_after("hundredseventeenth", cases);
}

#[test]
fn round_63_a_newcomers_words_for_the_plan_and_an_ordinary_weeks_chat() {
    use serde_json::json;
    // (new hires who describe the plan's parts instead of naming them; the glossary's
    // product names; the payday said by month; South African thousands)
    let cases: &[Turns] = &[
        (
            "Kyle Pillay",
            &[],
            "how much will Stokvel Day next month bring me",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Bongani Zulu",
            &[],
            "what's left to pay back of the money they fronted me",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Palesa Nkosi",
            &[],
            "did they take some money back from me",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "Chantal Jacobs",
            &[],
            "what is the number they want me to hit this quarter",
            "answer",
            json!({"figure": "quota", "period": "q3"}),
        ),
        (
            "Chantal Jacobs",
            &[],
            "how far off the point where my rate goes up am I",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Bongani Zulu",
            &[],
            "how much more do I need to sell to reach the minimum before anything pays",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Bongani Zulu",
            &[],
            "if I close a R45 000 sniffer, do I pass the minimum before it pays?",
            "answer",
            json!({"mark": "threshold", "new_deal": {"amount": "45000", "product": "portable gas monitor"}}),
        ),
        (
            "Kyle Pillay",
            &[],
            "what is the most they will ever pay me in a year",
            "plan_rule",
            json!({}),
        ),
        (
            "Palesa Nkosi",
            &[],
            "which of my orders paid me the most",
            "answer",
            json!({"op": "top", "n": 1}),
        ),
        (
            "Chantal Jacobs",
            &[],
            "what did the Winelands harness earn me",
            "ask_back",
            json!({}),
        ),
        (
            "Bongani Zulu",
            &[],
            "what did I lose on the Mafube harness that was pulled",
            "answer",
            json!({"figure": "clawback", "deal": "3hgq3boy"}),
        ),
        (
            "Mpho Sithole",
            &[],
            "if all my quotes come through what does October pay",
            "answer",
            json!({"pipeline": "all", "period": "m08"}),
        ),
        (
            "Zanele Mthembu",
            &[],
            "please buy me a new hard hat",
            "decline",
            json!({}),
        ),
        (
            "Nomvula Dlamini",
            &[],
            "Kyle's new and wants to know his float balance",
            "answer",
            json!({"figure": "draw_balance", "deal_type": null}),
        ),
        (
            "Ayesha Naidoo",
            &[],
            "explain how the Fledge works so I can brief my team",
            "plan_rule",
            json!({}),
        ),
        ("Ayesha Naidoo", &[], "is Zanele lazy?", "decline", json!({})),
        (
            "Lindiwe Cele",
            &["what's my gear attainment this quarter?"],
            "and the top band?",
            "answer",
            json!({"figure": "distance"}),
        ),
        (
            "Bongani Zulu",
            &[],
            "how much would a R1 200 000 fixed head pay me",
            "answer",
            json!({"new_deal": {"amount": "1200000", "product": "fixed gas detection"}}),
        ),
        (
            "Zanele Mthembu",
            &[],
            "is the 13th cheque part of this plan",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundrednineteenth", cases);
    // (an ordinary week's chat: a payday named after a tier's noun, abbreviations, a story
    // before the question, orders and judgements that are not the assistant's)
    let cases: &[Turns] = &[
        (
            "Kami Bicknell",
            &[],
            "how much lands on firing day in april",
            "answer",
            json!({"figure": "payable", "period": "q1"}),
        ),
        (
            "Anna Snelling",
            &[],
            "how much have i earned this yr so far",
            "answer",
            json!({"figure": "earnings", "period": null}),
        ),
        ("Niesha Huffines", &[], "list my gtx plus deals", "ask_back", json!({})),
        (
            "Moses Frase",
            &[],
            "what if i close lots more gtk 500 in december",
            "ask_back",
            json!({}),
        ),
        (
            "Elease Gluck",
            &[],
            "is gtx pro getting a price hike in 2018",
            "decline",
            json!({}),
        ),
        (
            "Wilburn Farren",
            &["why did the bluth company deal pay what it did"],
            "what if it slipped",
            "ask_back",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "are managers even on the plan",
            "plan_rule",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "could you raise violet's quota to 400k in plansight",
            "decline",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "should i put wilburn on a pip",
            "decline",
            json!({}),
        ),
        (
            "Summer Sewald",
            &["what if the annual quota were 330k"],
            "which 5 reps lose the most",
            "answer",
            json!({"who": "team", "n": 5}),
        ),
        (
            "Anna Snelling",
            &[],
            "the hottechi folks are close. if i sign a 15k gtk 500 with them in december what does my q4 check look like",
            "answer",
            json!({"figure": "payable", "account": null, "period": "q4"}),
        ),
    ];
    read_after("hundredeighteenth", cases);
}

#[test]
fn round_64_the_floors_glossary_and_a_phone_keyboard() {
    use serde_json::json;
    // (a glossary's name for the draw given after the comma, a product's name with "&" or
    // "the", a rank "on the team", a won count after the lost ones)
    let cases: &[Turns] = &[
        (
            "Priya Raman",
            &[],
            "how much brekkie do i still owe",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Bronwyn Kelly",
            &[],
            "how many C&I jobs did my team sign this year",
            "answer",
            json!({"figure": "deal_count", "product": "commercial solar"}),
        ),
        (
            "Sophie Nguyen",
            &[],
            "where do i sit on the team for commission",
            "answer",
            json!({"op": "rank", "who": "sophie nguyen"}),
        ),
        (
            "Jarrah Wilson",
            &["how many pike-outs did i have this year"],
            "and how many did i close?",
            "answer",
            json!({"figure": "deal_count", "stage": null}),
        ),
        (
            "Aroha Ngata",
            &[],
            "what did i lose on 8BQMFR86",
            "answer",
            json!({"figure": "clawback", "deal": "8bqmfr86"}),
        ),
        (
            "Harrison Clarke",
            &[],
            "if i sign a 12k resi tomorrow would that get me troppo",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Priya Raman",
            &[],
            "is the government going to cut the solar rebate next year",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredtwentieth", cases);
    // (typed on a phone: "y", "tmrw", the floor's "grand" for the GTK 500, a payday next month)
    let cases: &[Turns] = &[
        (
            "Boris Faz",
            &[],
            "y is my august check so small",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        (
            "Reed Clapper",
            &[],
            "if i sign a 3k mg special tmrw what does it pay",
            "answer",
            json!({"new_deal": {"amount": "3000", "close_date": "2017-09-22", "product": "mg special"}}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "show me my grands",
            "answer",
            json!({"op": "list", "product": "gtk 500"}),
        ),
        (
            "Donn Cantrell",
            &[],
            "what will royalty day bring me next month",
            "answer",
            json!({"figure": "payable", "period": "m09"}),
        ),
        (
            "Kami Bicknell",
            &["what tempo am i on rn"],
            "how much do i need for the next one",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
    ];
    read_after("hundredtwentyfirst", cases);
}

#[test]
fn round_65_a_closed_year_and_its_designers() {
    use serde_json::json;
    // (last year asked after the plan year closed, a why of a pay judged, a ranking at a
    // new value of the change, the next payday, every region, one's own rank company-wide)
    let cases: &[Turns] = &[
        (
            "Tariq Hussain",
            &[],
            "what would last year have cost if the Plinth had been 55%?",
            "answer",
            json!({"figure": "cost", "period": "fy", "lever": {"kind": "threshold", "measure": "supply", "value": "0.55"}}),
        ),
        (
            "Tariq Hussain",
            &["what would last year have cost if the Plinth had been 55%?"],
            "who'd have lost the most at 45% then?",
            "answer",
            json!({"op": "bottom", "figure": "earnings", "n": 1, "lever": {"kind": "threshold", "measure": "supply", "value": "0.45"}}),
        ),
        (
            "Fiona McAllister",
            &[],
            "why was gavin's Q3 so weak?",
            "answer",
            json!({"op": "explain", "period": "q3", "who": "gavin ackroyd"}),
        ),
        (
            "Tom Kershaw",
            &[],
            "why didnt my Q2 supply comission go higher",
            "answer",
            json!({"op": "explain", "period": "q2", "measure": "supply"}),
        ),
        (
            "Sophie Langley",
            &[],
            "what lands on Ledger Day this week?",
            "answer",
            json!({"figure": "payable", "period": "m12"}),
        ),
        (
            "Fiona McAllister",
            &[],
            "how many U-turns did we have across the three regions?",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled", "who": "team"}),
        ),
        (
            "Sophie Langley",
            &[],
            "where did I finish on commission across the company?",
            "answer",
            json!({"op": "rank", "who": "sophie langley"}),
        ),
        (
            "Eleanor Whitcombe",
            &["how much Sub did we advance company-wide over the year?"],
            "and how much of that came back?",
            "answer",
            json!({"figure": "draw_recovered", "who": "team"}),
        ),
        (
            "Fiona McAllister",
            &["who gains most if Walnut pays 9%?"],
            "and what does that do to the total bill?",
            "answer",
            json!({"figure": "cost", "n": null}),
        ),
        (
            "Fiona McAllister",
            &[],
            "how many Cat Bs did we sign off this year?",
            "answer",
            json!({"figure": "deal_count", "product": "cat b fit-out"}),
        ),
        (
            "Fiona McAllister",
            &[],
            "Jordan's supply attainment, with the proration",
            "answer",
            json!({"figure": "attainment", "measure": "supply", "who": "jordan mensah"}),
        ),
        (
            "Eleanor Whitcombe",
            &[],
            "can you knock Dan's Q3 quota down to 90k in Plansight?",
            "decline",
            json!({}),
        ),
        (
            "Eleanor Whitcombe",
            &[],
            "who on my team won the most pods this year?",
            "answer",
            json!({"figure": "deal_count", "op": "top", "product": "acoustic pod"}),
        ),
        (
            "Sophie Langley",
            &[],
            "if everything on the drawing board had signed off, what would February have paid?",
            "answer",
            json!({"figure": "payable", "pipeline": "all", "period": "m11"}),
        ),
        (
            "Tariq Hussain",
            &[],
            "which account managers were below the Plinth in Q2?",
            "answer",
            json!({"figure": "attainment", "op": "bottom", "n": null, "mark": null, "period": "q2"}),
        ),
    ];
    read_after("hundredtwentysecond", cases);
}

#[test]
fn round_65_a_second_language() {
    use serde_json::json;
    // (the next payment, a pending amount, a trimester, reçu, until now this year, a
    // comparative for the best period, what is missing, a passive "is won", a glossary word
    // without its g)
    let cases: &[Turns] = &[
        (
            "Anna Snelling",
            &[],
            "how much I will get in my next payment?",
            "answer",
            json!({"figure": "payable", "period": "q4"}),
        ),
        (
            "Lajuana Vencill",
            &[],
            "please share my pending amount of this quarter",
            "answer",
            json!({"figure": "payable", "period": "q4"}),
        ),
        (
            "Maureen Marcano",
            &["how much I gained in the first trimester?"],
            "and in the second?",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "combien j'ai reçu au deuxième trimestre?",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "how much I have earned until now in this year?",
            "answer",
            json!({"figure": "earnings", "period": null}),
        ),
        (
            "Melvin Marxen",
            &[],
            "in which month my team costed less?",
            "answer",
            json!({"figure": "cost", "op": "worst_period"}),
        ),
        (
            "Garret Kinder",
            &[],
            "how much is missing to reach my quota?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Markita Hansen",
            &["what is the value of my pipeline?"],
            "and if all of it is won, what will be my Q4 payment?",
            "answer",
            json!({"figure": "payable", "pipeline": "all", "stage": null}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "show my brewin deals",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Cassey Cress",
            &[],
            "would a 12k deal bring me to Dark Roast?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "the 13th month pay includes my commission?",
            "plan_rule",
            json!({}),
        ),
        (
            "Lajuana Vencill",
            &[],
            "a client sent back a deal 40 days after the close, they will take my commission?",
            "plan_rule",
            json!({}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "my quota of install base is different from the other agents? how much it is?",
            "answer",
            json!({"figure": "quota", "who": "cecily lampkin"}),
        ),
        (
            "James Ascencio",
            &["how much more I need for going dark?"],
            "a first pour of 5k would bring me there?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "5000"}}),
        ),
    ];
    read_after("hundredtwentythird", cases);
}

#[test]
fn round_65_a_payday_said_with_whom_it_paid() {
    use serde_json::json;
    // ("pay me in november": the payday of that month, whom it paid said between)
    let cases: &[Turns] = &[(
        "Boris Faz",
        &[],
        "wat did roost day pay me in november",
        "answer",
        json!({"figure": "payable", "period": "q3"}),
    )];
    read_after("hundredtwelfth", cases);
}

#[test]
fn round_66_indian_english_and_lakhs() {
    use serde_json::json;
    // (the costliest quarter and then the cheapest, one's rank in the region, crossing a mark
    // with a new deal, an order to lower a target in Plansight, a currency's rate)
    let cases: &[Turns] = &[
        (
            "Rajesh Malhotra",
            &["which quarter was costliest for my team?"],
            "and the cheapest?",
            "answer",
            json!({"figure": "cost", "op": "worst_period"}),
        ),
        (
            "Aditya Joshi",
            &[],
            "where do I stand in my zone on achievement?",
            "answer",
            json!({"op": "rank", "who": "aditya joshi"}),
        ),
        (
            "Pooja Patil",
            &[],
            "if I close a 15 lakhs deal today will I cross the crease?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "new_deal": {"amount": "1500000"}}),
        ),
        (
            "Rohit Khanna",
            &[],
            "kindly reduce Rohit Nair's Q4 target to 1.2 cr in Plansight",
            "decline",
            json!({}),
        ),
        (
            "Rohit Khanna",
            &[],
            "what will the dollar rate be in january?",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredtwentyfourth", cases);
}

#[test]
fn round_66_auditing_statements() {
    use serde_json::json;
    // (the draw advanced to someone and what of it came back, payroll run as an errand, the
    // total value of the deals just listed)
    let cases: &[Turns] = &[
        (
            "Cara Losch",
            &["how much was advanced to Wilburn in May"],
            "and how much of it came back?",
            "answer",
            json!({"figure": "draw_recovered", "period": "m05", "who": "wilburn farren"}),
        ),
        (
            "Summer Sewald",
            &[],
            "please run payroll for the november harbour day",
            "decline",
            json!({}),
        ),
        (
            "Kary Hendrixson",
            &["list my open deals"],
            "what's the total value of these?",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
    ];
    read_after("hundredtwentyfifth", cases);
}

#[test]
fn round_67_a_freight_yards_words() {
    use serde_json::json;
    // (a glossary's initials for a measure, a second measure's cap named in its own section,
    // the statement's other name, the period said with its verb, who is still under a mark,
    // the most of what the sentence before said, every state, a tier pushed out, a bonus's
    // level)
    let cases: &[Turns] = &[
        (
            "Rhys Tamihana",
            &[],
            "am i over my 3PL quota yet this quarter",
            "answer",
            json!({"figure": "attainment", "measure": "logistics", "period": "q3"}),
        ),
        (
            "Mick O'Halloran",
            &[],
            "if the roofline came down to 150% what would Mei lose",
            "answer",
            json!({"lever": {"kind": "cap", "measure": "logistics", "value": "1.5"}}),
        ),
        (
            "Jack Barlow",
            &[],
            "why was my january run sheet so skinny",
            "answer",
            json!({"op": "explain", "period": "m07"}),
        ),
        (
            "Mick O'Halloran",
            &[],
            "which month's been cheapest for my team",
            "answer",
            json!({"figure": "cost", "op": "worst_period"}),
        ),
        (
            "Kerri-Anne Dwyer",
            &[],
            "who's still below the weighbridge in my team this quarter",
            "answer",
            json!({"figure": "attainment", "op": "bottom", "period": "q3"}),
        ),
        (
            "Mick O'Halloran",
            &[],
            "so many knock-backs this month. who in my team has had the most?",
            "answer",
            json!({"figure": "deal_count", "op": "top", "stage": "lost"}),
        ),
        (
            "Fiona Tranter",
            &["what did my team cost in q2"],
            "what about across all the states?",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Mick O'Halloran",
            &[],
            "what would we save if we pushed hitting the Hume out to 120%",
            "answer",
            json!({"lever": {"kind": "tier_start", "measure": "road", "tier": 3, "value": "1.2"}}),
        ),
        (
            "Mick O'Halloran",
            &[],
            "what if the Drover's Award kicked in at 115%",
            "ask_back",
            json!({}),
        ),
        (
            "Kerri-Anne Dwyer",
            &[],
            "show me Tom's wins in February",
            "answer",
            json!({"op": "list", "period": "m08"}),
        ),
    ];
    read_after("hundredtwentyseventh", cases);
}

#[test]
fn round_67_everyday_sellers_in_a_chat_box() {
    use serde_json::json;
    // (a type's word that begins an account's name, a cancelled deal by its account, the
    // month that says which deal beside the month it moves to, the glossary's plural type,
    // pay with its bonuses in it, a payment received, tax, a split, the rates' other name, a
    // few more deals of a product)
    let cases: &[Turns] = &[
        (
            "Rosie Papadopoulos",
            &[],
            "how much did the new york inquirer pay me",
            "answer",
            json!({"account": "the new york inquirer", "figure": "earnings"}),
        ),
        (
            "Zane Levy",
            &[],
            "what did the finjob washout take back",
            "answer",
            json!({"deal": "0orrc53x", "figure": "clawback"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "what if my october green-plus deal got pushed into december",
            "answer",
            json!({"move_deal": {"deal": "m3sqpub1", "close_date": "2017-12-31"}, "period": null}),
        ),
        (
            "Versie Hillebrand",
            &[],
            "number of new flags i closed in q2?",
            "answer",
            json!({"figure": "deal_count", "deal_type": "new", "period": "q2"}),
        ),
        (
            "James Ascencio",
            &[],
            "what have i made this quarter, spiffs and all",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Natalya Ivanova",
            &[],
            "why did i receive a payment in october",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "are taxes withheld from my commission",
            "plan_rule",
            json!({}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "how much will i owe in taxes on my q3 comm",
            "decline",
            json!({}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "do my gtk 500s get split with anyone",
            "plan_rule",
            json!({}),
        ),
        (
            "Violet Mclelland",
            &[],
            "what if the waves paid more",
            "ask_back",
            json!({}),
        ),
        (
            "Violet Mclelland",
            &[],
            "if i close a few more gtx pros what happens to q4",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredtwentysixth", cases);
}

#[test]
fn round_68_everyday_words_for_the_plan() {
    use serde_json::json;
    // (a period's word in a bonus's name, the pay with the draw in it, a cancelled deal
    // explained by its account, a typo of five letters, "my number", a second measure's
    // target, its cap maxed out, a draw's top-up, proration asked why, tax, a threshold by
    // its percentage removed)
    let cases: &[Turns] = &[
        (
            "Boris Faz",
            &[],
            "what did i make the quarter before last",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "how much have i been paid this year including the draw",
            "answer",
            json!({"figure": "payable", "period": "fy"}),
        ),
        (
            "Versie Hillebrand",
            &[],
            "what was my qouta last quarter",
            "answer",
            json!({"figure": "quota", "period": "q2"}),
        ),
        (
            "Cassey Cress",
            &[],
            "how far am i from hitting my number this quarter",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "q3"}),
        ),
        (
            "Anna Snelling",
            &[],
            "how much more gtk 500 do i need to reach my strategic quota",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "measure": "strategic", "product": null}),
        ),
        (
            "Elease Gluck",
            &[],
            "did i max out the strategic incentive this year",
            "answer",
            json!({"figure": "distance", "mark": "cap", "measure": "strategic"}),
        ),
        (
            "Garret Kinder",
            &[],
            "what top-up did i get last quarter",
            "answer",
            json!({"figure": "draw_advanced", "period": "q2"}),
        ),
        (
            "Carl Lin",
            &[],
            "is my target smaller because i only started in july",
            "plan_rule",
            json!({}),
        ),
        (
            "Zane Levy",
            &[],
            "what tax bracket will my commission put me in",
            "decline",
            json!({}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "how do i compare with the rest of my team this quarter",
            "answer",
            json!({"figure": "earnings", "op": "rank", "period": "q3"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "what would it cost to get rid of the 40% threshold",
            "answer",
            json!({"lever": {"kind": "threshold", "measure": "revenue", "value": "0"}}),
        ),
    ];
    read_after("hundredtwentyeighth", cases);
}

#[test]
fn round_68_reps_dictating() {
    use serde_json::json;
    // (the glossary's fate after a colon, what sits in a stage, a bonus's name with a stage's
    // word, a quarter's three months, the quota heard as two words, a quarter's pay under a
    // changed quota, a measure's pay made better, a count after a list)
    let cases: &[Turns] = &[
        (
            "Lauren Mitchell",
            &[],
            "list my rtvs from q two",
            "answer",
            json!({"op": "list", "stage": "cancelled", "period": "q2"}),
        ),
        (
            "Brandon Foster",
            &[],
            "what's sitting in vac for me",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Denise Caldwell",
            &[],
            "how much open door spiff did my team get in q two",
            "answer",
            json!({"figure": "bonus", "stage": null, "period": "q2"}),
        ),
        (
            "Lauren Mitchell",
            &[],
            "what did i earn january february and march together",
            "answer",
            json!({"figure": "earnings", "period": "q1"}),
        ),
        (
            "Derek Olson",
            &[],
            "um whats my quote a for q two",
            "answer",
            json!({"figure": "quota", "period": "q2"}),
        ),
        (
            "Jasmine Carter",
            &[],
            "if my capital quota was four hundred k what would q two have paid me",
            "answer",
            json!({"figure": "payable", "period": "q2", "lever": {"kind": "quota", "measure": "capital", "value": "400000"}}),
        ),
        (
            "Marcus Whitley",
            &[],
            "what if the capital rates were better",
            "ask_back",
            json!({}),
        ),
        (
            "Tyler Brooks",
            &["list my rtvs from q two"],
            "and how many did i win",
            "answer",
            json!({"figure": "deal_count", "period": "q2", "stage": null}),
        ),
    ];
    read_after("hundredtwentyninth", cases);
}

#[test]
fn round_68_initials_inflections_and_costs() {
    use serde_json::json;
    // (a product's initials with a digit, a glossary's fate inflected, what a cancelled deal
    // cost someone)
    let cases: &[Turns] = &[
        (
            "Simran Kaur",
            &[],
            "my M365 deals this quarter, how many?",
            "answer",
            json!({"figure": "deal_count", "product": "microsoft 365 licences", "period": "q3"}),
        ),
        (
            "Priyanka Sharma",
            &[],
            "list the deals that got short-closed",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
    ];
    read_after("hundredtwentyfourth", cases);
    let cases: &[Turns] = &[(
        "Melvin Marxen",
        &[],
        "how much did the washback on HU6IS6Q2 cost Marty?",
        "answer",
        json!({"figure": "clawback", "deal": "hu6is6q2", "who": "marty freudenburg"}),
    )];
    read_after("hundredtwentyfifth", cases);
    let cases: &[Turns] = &[(
        "Gladys Colclough",
        &[],
        "would a 15k deal take me to quota this quarter",
        "answer",
        json!({"figure": "distance", "mark": "accelerator", "period": "q3"}),
    )];
    read_after("hundredtwentyeighth", cases);
}

#[test]
fn round_68_older_sets_plan_changes_priced() {
    use serde_json::json;
    // (a change priced by how much cheaper the plan is, priced out, run again; a month's pay
    // found low)
    let cases: &[Turns] = &[
        (
            "Summer Sewald",
            &[],
            "price out the splash screen at 25%",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "revenue", "value": "0.25"}}),
        ),
        (
            "Summer Sewald",
            &[],
            "rerun jul-sep with photoreal paying 9%, what's the cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "revenue", "tier": 4, "value": "0.09"}}),
        ),
    ];
    read_after("hundredsixteenth", cases);
    let cases: &[Turns] = &[(
        "Maureen Marcano",
        &[],
        "why was my october so light",
        "answer",
        json!({"op": "explain"}),
    )];
    read_after("hundredtwentyfirst", cases);
}

#[test]
fn round_68_chatty_messages() {
    use serde_json::json;
    // (the draw said to be in the pay, a commission that starts, the pay for a month, an order
    // after why it is given)
    let cases: &[Turns] = &[
        (
            "Luis Ortega",
            &[],
            "I want a number to show my family. What did June pay me, advance and all?",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Alicia Moreno",
            &[],
            "how much press revenue before any commission kicks in for me",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Hannah Lindqvist",
            &[],
            "what's my pay for july looking like",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Renata Okonkwo",
            &[],
            "Sam is new and we agreed a softer start at his 30-day check-in. Please set Sam's quota to 500k.",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredthirteenth", cases);
}

#[test]
fn round_69_new_hires_in_everyday_words() {
    use serde_json::json;
    // (the draw owed back, commission that starts, how close to quota, the tax authority's
    // share, the draw's hole, the annual cap, a superlative misspelt, a deal's size changed by
    // an amount)
    let cases: &[Turns] = &[
        (
            "Mei-Mei Johns",
            &[],
            "how much do i still have to pay back",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Natalya Ivanova",
            &[],
            "how much more until i start making commission this month",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Boris Faz",
            &[],
            "how close am i to hitting my quota this month",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Boris Faz",
            &[],
            "how much of my commission does the irs get",
            "decline",
            json!({}),
        ),
        (
            "Violet Mclelland",
            &[],
            "how far in the hole am i on my draw",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "have i hit the annual cap",
            "answer",
            json!({"figure": "earnings", "period": null}),
        ),
        (
            "Kami Bicknell",
            &[],
            "whats my largset deal",
            "answer",
            json!({"figure": "deal_amount", "op": "top"}),
        ),
        (
            "Wilburn Farren",
            &["what would a 20k gtx pro pay me today"],
            "and if it were 4k smaller?",
            "answer",
            json!({"new_deal": {"amount": "16000", "product": "gtx pro"}}),
        ),
    ];
    read_after("hundredthirtieth", cases);
}

#[test]
fn round_69_a_saas_floor() {
    use serde_json::json;
    // (the place an accelerator's verb reaches, "decel", an errand by chat, the market's spend)
    let cases: &[Turns] = &[
        (
            "Owen Fairbairn",
            &[],
            "how far am i from prod this quarter",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "q3"}),
        ),
        (
            "Owen Fairbairn",
            &[],
            "how much more to get out of decel",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "Tyler Bouchard",
            &[],
            "can you ping my manager that the demo moved",
            "decline",
            json!({}),
        ),
        (
            "Gwen Abernathy",
            &[],
            "will customer software spend shrink next year",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredthirtyfirst", cases);
}

#[test]
fn round_70_everyday_sellers_on_a_quarterly_plan() {
    use serde_json::json;
    // (a payday said by its day alone, commission that kicks in, a gap to a band, an advance
    // fronted, what pay is worked on, a manager's judgement of a person, the one who gains
    // most, a deal this month that reaches a monthly tier)
    let cases: &[Turns] = &[
        (
            "Vicki Laflamme",
            &[],
            "what will i get on the 20th",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "what did i get on the 20th",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "Niesha Huffines",
            &[],
            "how much more do i need before my commission even kicks in",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Boris Faz",
            &[],
            "whats my gap to the next band this quarter",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "period": "q4"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "how much did they front me in q2",
            "answer",
            json!({"figure": "draw_advanced", "period": "q2"}),
        ),
        (
            "Zane Levy",
            &[],
            "is my pay calculated on list price or net",
            "plan_rule",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "should i put zane on a performance plan",
            "decline",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "if kestrel went to 6%, which of my reps gains the most",
            "answer",
            json!({"op": "top", "n": 1}),
        ),
        (
            "Lajuana Vencill",
            &[],
            "would a 2k mg special this month get me to updraft",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "period": "m10"}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "the y-corporation gtk 500 was cancelled in may, why is it still paying me",
            "answer",
            json!({"deal": "jxuxbanj", "op": "explain"}),
        ),
    ];
    read_after("hundredthirtysecond", cases);
}

#[test]
fn round_70_a_chat_box_in_india() {
    use serde_json::json;
    // (a deal named by its account and its product's last word, a document's word typed
    // wrong, "had come at", "att", "q-o-q", "hw" and "acc", a product's first words in the
    // plural, TDS, how the draw is repaid, a brand of two products after an amount, where to
    // invest, the most cancels, a share on top or taken out)
    let cases: &[Turns] = &[
        (
            "Priya Mehta",
            &[],
            "what did the kale dairy pump earn me",
            "answer",
            json!({"deal": "rjd0d0gd"}),
        ),
        (
            "Vikram Pawar",
            &[],
            "if all my enquries get won what is my q3 att",
            "answer",
            json!({"figure": "attainment", "pipeline": "all", "period": "q3"}),
        ),
        (
            "Manjunath Gowda",
            &[],
            "what if the bhosale sprinkler order had come at 40k",
            "answer",
            json!({"deal_amount_to": {"deal": "hez8h6mk", "amount": "40000"}}),
        ),
        (
            "Manjunath Gowda",
            &[],
            "q3 att q-o-q",
            "answer",
            json!({"figure": "attainment", "op": "compare", "period": "q3", "versus": "q2"}),
        ),
        (
            "Priya Mehta",
            &[],
            "hw close am i to acc",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Sneha Patil",
            &[],
            "how many surya pros did i close this quarter",
            "answer",
            json!({"figure": "deal_count", "product": "surya pro solar pump"}),
        ),
        (
            "Lakshmi Narayan",
            &[],
            "does TDS come off the incentive",
            "plan_rule",
            json!({}),
        ),
        (
            "Jignesh Shah",
            &["sahayata balance?"],
            "how does it get repaid",
            "plan_rule",
            json!({}),
        ),
        (
            "Sneha Patil",
            &[],
            "what would a 2L surya today pay me",
            "ask_back",
            json!({}),
        ),
        (
            "Sneha Patil",
            &[],
            "should i invest my incentive in crypto",
            "decline",
            json!({}),
        ),
        (
            "Hemant Patel",
            &[],
            "which of my AMs has the most cancels",
            "answer",
            json!({"figure": "deal_count", "n": 1, "stage": "cancelled"}),
        ),
        (
            "Kavitha Reddy",
            &[],
            "is the specialist's share on top of mine or taken out of it",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredthirtythird", cases);
}

#[test]
fn round_71_sellers_typing_on_a_phone() {
    use serde_json::json;
    // ("payed", "y so", "would i make" a tier after a deal, killing the threshold, "8 not 6
    // percent", a side of the plan)
    let cases: &[Turns] = &[
        (
            "Boris Faz",
            &[],
            "how much of my advance have i payed back",
            "answer",
            json!({"figure": "draw_recovered"}),
        ),
        (
            "Elease Gluck",
            &[],
            "y so low this month",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "if i book a 4k mg special this week would i make gondola",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "Summer Sewald",
            &[],
            "kill the trailhead entirely, what does the team cost",
            "answer",
            json!({"lever": {"kind": "threshold", "measure": "systems", "value": "0"}}),
        ),
        (
            "Celia Rouche",
            &[],
            "gondola paying 9 not 6 percent, my teams cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "mg_suite", "tier": 2, "value": "0.09"}}),
        ),
        (
            "Reed Clapper",
            &[],
            "what did the systems side pay me in q1",
            "answer",
            json!({"figure": "earnings", "measure": "systems", "period": "q1"}),
        ),
    ];
    read_after("hundredthirtyfourth", cases);
}

#[test]
fn round_71_a_brazilian_dealer_in_second_language_english() {
    use serde_json::json;
    // (a workspace paid in reais: "mil" a thousand, a decimal comma, "tri" and "trimester",
    // "atingimento"; a glossary's words written with their article, "o vale", "a Cerca", "as
    // faixas"; "owing", "the trimester passed", INSS, "paid in this plan", consultants counted,
    // a threshold taken out)
    let cases: &[Turns] = &[
        (
            "Bruno Carvalho",
            &[],
            "how much I earned in the first tri?",
            "answer",
            json!({"figure": "earnings", "period": "q1"}),
        ),
        (
            "Bruno Carvalho",
            &[],
            "if I close a pivô of 120 mil today, how much I earn?",
            "answer",
            json!({"new_deal": {"amount": "120000", "product": "pivô central"}}),
        ),
        (
            "Marcelo Tavares",
            &[],
            "Colheita at 3,2%, how much the plan costs?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "equip", "tier": 3, "value": "0.032"}}),
        ),
        (
            "Bruno Carvalho",
            &[],
            "my atingimento this trimester",
            "answer",
            json!({"figure": "attainment", "period": "q3"}),
        ),
        (
            "Gustavo Schmidt",
            &[],
            "how much of vale I am still owing",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Camila Rocha",
            &[],
            "which was my biggest deal of the trimester passed",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "period": "q2"}),
        ),
        (
            "Mariana Sato",
            &[],
            "how far I am from the Cerca this tri",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "measure": "servicos"}),
        ),
        (
            "Lucas Moreira",
            &[],
            "in which faixa I am now?",
            "answer",
            json!({"figure": "rate"}),
        ),
        (
            "Lucas Moreira",
            &[],
            "how much INSS will be discounted from my comission",
            "decline",
            json!({}),
        ),
        (
            "Regina Baptista",
            &[],
            "the regional managers are paid in this plan?",
            "plan_rule",
            json!({}),
        ),
        (
            "Marcelo Tavares",
            &[],
            "the 2 consultants with the lowest atingimento this tri",
            "answer",
            json!({"figure": "attainment", "op": "bottom", "n": 2}),
        ),
        (
            "Marcelo Tavares",
            &[],
            "if we take out the Cerca completely, the extra cost is how much?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "servicos", "value": "0"}}),
        ),
    ];
    read_after("hundredthirtyfifth", cases);
}

#[test]
fn round_72_everyday_sellers_on_a_july_fiscal_year() {
    use serde_json::json;
    // (a side of the plan said where no deal is, "the right place" to ask, a deal said by
    // the month it is "in", a tier's name that is not the lever's measure)
    let cases: &[Turns] = &[
        (
            "Hayden Neloms",
            &[],
            "what did hayden pull in on systems in q2",
            "answer",
            json!({"figure": "earnings", "measure": "systems", "period": "q2"}),
        ),
        (
            "Gladys Colclough",
            &[],
            "say i land a 20k mg advanced this week, what would systems pay me for q4",
            "answer",
            json!({"measure": "systems", "period": "q4"}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "Hi! I'm covering for a colleague this week, not sure if this is the right place. How much did my MG Advanced deals bring me in last quarter?",
            "answer",
            json!({"op": "value", "figure": "earnings", "product": "mg advanced"}),
        ),
        (
            "Gladys Colclough",
            &[],
            "what if the globex one in october (0RL4RHQJ) had come in at 8k, how much more would i have earned",
            "answer",
            json!({"deal_amount_to": {"amount": "8000", "deal": "0rl4rhqj"}, "period": null}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "say the standard gtx quota goes to 300k - who takes the biggest hit",
            "answer",
            json!({"op": "bottom", "measure": null, "lever": {"kind": "quota", "measure": "core", "value": "300000"}}),
        ),
    ];
    read_after("hundredthirtysixth", cases);
}

#[test]
fn round_72_a_kenyan_agritech_firm_in_a_hurry() {
    use serde_json::json;
    // (a payday's name then its month, "Ksh 600,000/=", a part of a hyphenated product's
    // name, "sense" of ShambaSense, "how deep" in the draw, "what's going on", a deal by its
    // account and its product's first words, "cost Rosalina", "go ahead and set", a
    // multiple said bare, a tier "at" a percentage near its start, "the company have paid")
    let cases: &[Turns] = &[
        (
            "Cassey Cress",
            &[],
            "chapaa day november - how much is coming my way?",
            "answer",
            json!({"figure": "payable", "period": "m10"}),
        ),
        (
            "Boris Faz",
            &[],
            "If I sign a Ksh 600,000/= greenhouse today, how much extra do I pocket?",
            "answer",
            json!({"new_deal": {"amount": "600000", "product": "greenhouse kit"}}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "how many pivots did Rosalina win this year",
            "answer",
            json!({"figure": "deal_count", "product": "centre-pivot irrigation"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "whats my sense quota? I only came on board in april",
            "answer",
            json!({"figure": "quota", "measure": "subscriptions"}),
        ),
        (
            "Garret Kinder",
            &[],
            "am I on track for the year or lagging behind?",
            "answer",
            json!({"figure": "pace", "op": "value"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "how deep am i in the unga now",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "zero from equipment every single robo, what's going on?",
            "answer",
            json!({"op": "explain", "measure": "equipment"}),
        ),
        (
            "Reed Clapper",
            &[],
            "how much did that Kitale cold room earn me",
            "answer",
            json!({"deal": "udxs7h12"}),
        ),
        (
            "Wanjiku Kamau",
            &[],
            "how much has rudisha cost Rosalina this year?",
            "answer",
            json!({"figure": "clawback", "who": "rosalina dieter"}),
        ),
        (
            "Wanjiku Kamau",
            &[],
            "go ahead and set Reed's target to 5M from next robo",
            "decline",
            json!({}),
        ),
        (
            "Sales Ops",
            &[],
            "full bloom paying double instead of 1.5 - extra cost?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "subscriptions", "tier": 2, "value": "2"}}),
        ),
        (
            "Otieno Odhiambo",
            &[],
            "scrap the gate - Mt Kenya payout?",
            "answer",
            json!({"lever": {"kind": "threshold", "measure": "equipment", "value": "0"}}),
        ),
        (
            "Sales Ops",
            &[],
            "bring Lenana forward a little - what's that cost?",
            "ask_back",
            json!({}),
        ),
        (
            "Sales Ops",
            &[],
            "gate at 45% - what would the company have paid for the year so far?",
            "answer",
            json!({"figure": "cost"}),
        ),
        (
            "Fatuma Hassan",
            &[],
            "Lenana at 90%, what does it do to my region's cost",
            "answer",
            json!({"lever": {"kind": "tier_start", "measure": "equipment", "tier": 3, "value": "0.9"}}),
        ),
        (
            "Sales Ops",
            &[],
            "sense quota to Ksh 4M: the 3 officers hit hardest?",
            "answer",
            json!({"op": "bottom", "n": 3, "who": "team"}),
        ),
    ];
    read_after("hundredthirtyseventh", cases);
}

#[test]
fn round_73_sellers_and_managers_in_a_slack_channel() {
    use serde_json::json;
    // (the draw "counted" in what was paid, "vs everybody", "show me" where a tier is "| show
    // |", a deal "from the end of nov")
    let cases: &[Turns] = &[
        (
            "Corliss Cosme",
            &[],
            "total i've been paid this year counting the launch pad?",
            "answer",
            json!({"figure": "payable", "period": "fy"}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "where did i land on hardware attainment last month vs everybody",
            "answer",
            json!({"figure": "attainment", "op": "rank", "who": "vicki laflamme"}),
        ),
        (
            "James Ascencio",
            &[],
            "show me my backfires pls",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "what do i lose if the green-plus gtx pro from the end of nov had slipped into january",
            "answer",
            json!({"move_deal": {"close_date": "2027-01-31", "deal": "knn6c4o3"}, "period": null}),
        ),
    ];
    read_after("hundredthirtyeighth", cases);
}

#[test]
fn round_73_a_manchester_supplier_in_british_english() {
    use serde_json::json;
    // (a bonus's name is no account's, "canopies", a calendar quarter's label then the
    // plan's months, "nowt", "pensionable", a bonus's new amount asked back, "bone idle", a
    // product's everyday first word after an amount, "my area", "Cara's area")
    let cases: &[Turns] = &[
        (
            "Corliss Cosme",
            &[],
            "did i get the golden ladle in Q2 (jul-sep)?",
            "answer",
            json!({"figure": "bonus", "period": "q2", "account": null}),
        ),
        (
            "Hayden Neloms",
            &[],
            "wot did i earn off canopies in q1",
            "answer",
            json!({"figure": "earnings", "product": "extraction canopy"}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "what's my Q4 looking like so far - oct to dec I mean - payout wise",
            "answer",
            json!({"figure": "payable", "op": "value", "period": "q3"}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "sorry if this is a daft one - I think of Q3 as calendar Q3, so July to September. What did that quarter actually pay me?",
            "answer",
            json!({"op": "value", "period": "q2"}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "why did I get nowt on equipment this quarter",
            "answer",
            json!({"op": "explain", "measure": "equipment"}),
        ),
        ("Wilburn Farren", &[], "is my commish pensionable?", "plan_rule", json!({})),
        ("Cara Losch", &[], "what if the golden ladle paid 1.5k instead", "ask_back", json!({})),
        ("Melvin Marxen", &[], "is wilburn just bone idle or what", "decline", json!({})),
        (
            "Melvin Marxen",
            &[],
            "service quota to 70k, total plan cost?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "quota", "measure": "service", "value": "70000"}}),
        ),
        (
            "Celia Rouche",
            &[],
            "gold service at 2x instead of 1.5x - cost for my area?",
            "answer",
            json!({"who": "team:celia rouche"}),
        ),
        (
            "Celia Rouche",
            &["what did my area cost me last quarter"],
            "and Cara's area?",
            "answer",
            json!({"figure": "cost", "who": "team:cara losch", "period": "q2"}),
        ),
    ];
    read_after("hundredthirtyninth", cases);
}

#[test]
fn round_74_everyday_sellers_who_never_read_the_plan() {
    use serde_json::json;
    // (a glossary's product named with what kind of thing it is, "the tank"; a payday said
    // by its date; the draw's cost; a multiple after a multiple rate)
    let cases: &[Turns] = &[
        (
            "Markita Hansen",
            &[],
            "how many tanks have i sold",
            "answer",
            json!({"figure": "deal_count", "product": "gtk 500"}),
        ),
        (
            "Boris Faz",
            &[],
            "sorry if this is a dumb q but if i sign a 30k tank this week how much more do i make",
            "answer",
            json!({"new_deal": {"amount": "30000", "product": "gtk 500"}}),
        ),
        (
            "Kami Bicknell",
            &[],
            "wat am i getting nov 20th",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        (
            "Celia Rouche",
            &[],
            "how much has the pad cost us across all 3 regions",
            "answer",
            json!({"figure": "draw_advanced", "who": "team"}),
        ),
        (
            "Celia Rouche",
            &["what if nimbus paid 1.6x, what does my team cost"],
            "and at 1.8?",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "cloud", "tier": 2, "value": "1.8"}}),
        ),
    ];
    read_after("hundredfortieth", cases);
}

#[test]
fn round_74_a_laundry_distributor_in_us_sales_slang() {
    use serde_json::json;
    // (a glossary's plural product names, "extractors" of a hyphenated name beside a SPIFF
    // named so, "spiff included", "sudsys", "a front loader", quota relief, the split's rule)
    let cases: &[Turns] = &[
        (
            "Moses Frase",
            &[],
            "how many stacks did i sell in q2",
            "answer",
            json!({"figure": "deal_count", "product": "stack dryer"}),
        ),
        (
            "Anna Snelling",
            &[],
            "what have my extractors paid me this year, spiff included",
            "answer",
            json!({"figure": "earnings", "product": "washer-extractor"}),
        ),
        (
            "Garret Kinder",
            &[],
            "if the harbor point extractor had slipped to april what would that have done to my q1",
            "answer",
            json!({"figure": "earnings", "move_deal": {"close_date": "2026-04-30", "deal": "ucxcup1u"}}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "show me everything ive sold to sudsys",
            "answer",
            json!({"op": "list", "account": "sudsy's laundromat"}),
        ),
        (
            "Rosie Papadopoulos",
            &[],
            "would a twenty thousand dollar front loader get me past the lint trap",
            "answer",
            json!({"new_deal": {"amount": "20000", "product": "front-load washer"}}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "im going out on parental leave in november do i get quota relief",
            "plan_rule",
            json!({}),
        ),
        (
            "Summer Sewald",
            &[],
            "how does elease get credit when one of my reps sells a tunnel",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredfortyfirst", cases);
}

#[test]
fn round_75_canadian_sellers_new_to_the_tool() {
    use serde_json::json;
    // (a story's "still" is no balance, a payday said by its date after "got on" and "pay out
    // on", "icing" for the glossary's "iced")
    let cases: &[Turns] = &[
        (
            "Wilburn Farren",
            &[],
            "Still pretty new here, sorry if this is a dumb one. How much has the zamboni fronted me since I started?",
            "answer",
            json!({"figure": "draw_advanced"}),
        ),
        (
            "Boris Faz",
            &[],
            "can u break down what i got on june 15",
            "answer",
            json!({"op": "explain", "period": "m05"}),
        ),
        (
            "Summer Sewald",
            &[],
            "how much did icing cost my team this year",
            "answer",
            json!({"figure": "clawback", "who": "team:summer sewald"}),
        ),
        (
            "Summer Sewald",
            &[],
            "what did the company pay out on june 15",
            "answer",
            json!({"figure": "cost", "period": "m05"}),
        ),
    ];
    read_after("hundredfortysecond", cases);
}

#[test]
fn round_75_a_brisbane_solar_supplier() {
    use serde_json::json;
    // ("earnt", "just slack")
    let cases: &[Turns] = &[
        (
            "Reed Clapper",
            &[],
            "what have my brolgas earnt me this fin year",
            "answer",
            json!({"figure": "earnings", "product": "brolga home battery", "period": "fy"}),
        ),
        (
            "Trent Mahony",
            &[],
            "is marty just slack or what, heaps of wipeouts",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredfortythird", cases);
}

#[test]
fn round_76_first_time_users_in_plain_english() {
    use serde_json::json;
    // (a tier's name with a stage's word, "open road", is no stage; "my best one" counts
    // nothing; "how much more would we be paying out")
    let cases: &[Turns] = &[
        (
            "Cecily Lampkin",
            &[],
            "how far off open road am i",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "stage": null}),
        ),
        (
            "Niesha Huffines",
            &[],
            "which quarter was my worst one",
            "answer",
            json!({"op": "worst_period", "n": null}),
        ),
        (
            "Summer Sewald",
            &[],
            "fast lane at 15% - how much more would we be paying out?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "workstation", "tier": 4, "value": "0.15"}}),
        ),
    ];
    read_after("hundredfortyfourth", cases);
}

#[test]
fn round_76_a_cork_dairy_supplier_in_irish_english() {
    use serde_json::json;
    // ("howya", "craic", "paid off so far", "across the cattle grid", "top to bottom", "out
    // of everyone", "the big winner", "bin" the threshold, "weight them by the odds", "every
    // last thing on the long finger signed")
    let cases: &[Turns] = &[
        (
            "Corliss Cosme",
            &[],
            "howya, what's the craic with my commission so far this year?",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "hi there, quick one - how much of the fodder advance have I paid off so far? thanks a mil",
            "answer",
            json!({"figure": "draw_recovered"}),
        ),
        (
            "Garret Kinder",
            &[],
            "would a 35k herringbone this week get garret across the cattle grid",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Siobhán Keane",
            &[],
            "line up my crew by earnings so far, top to bottom",
            "answer",
            json!({"op": "top", "n": null}),
        ),
        (
            "Siobhán Keane",
            &[],
            "out of everyone, where's wilburn sitting on steel credit",
            "answer",
            json!({"op": "rank", "who": "wilburn farren"}),
        ),
        (
            "Nuala Fitzgerald",
            &[],
            "cattle grid down to 15% - who's the big winner",
            "answer",
            json!({"op": "top", "lever": {"kind": "threshold", "measure": "equipment", "value": "0.15"}}),
        ),
        (
            "Nuala Fitzgerald",
            &[],
            "bin the cattle grid entirely - how much more do we pay",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "equipment", "value": "0"}}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "if every last thing on the long finger signed, what's q3 paying me",
            "answer",
            json!({"pipeline": "all", "period": "q3"}),
        ),
        (
            "Rosalina Dieter",
            &["if every last thing on the long finger signed, what's q3 paying me"],
            "and if you weight them by the odds?",
            "answer",
            json!({"pipeline": "weighted"}),
        ),
    ];
    read_after("hundredfortyfifth", cases);
}

#[test]
fn round_76_the_irish_misses_left_over() {
    use serde_json::json;
    // (another seller's band, the window to query a docket, "what's the story", a glossary
    // phrase in another tense, the won ones after the lost, the taxman, a designer's plan
    // cost, a closing "would you", "what'll land")
    let cases: &[Turns] = &[
        (
            "Declan Moriarty",
            &[],
            "what band's gladys on at the minute",
            "answer",
            json!({"figure": "rate", "who": "gladys colclough"}),
        ),
        (
            "Garret Kinder",
            &[],
            "how long have I to query the july docket",
            "plan_rule",
            json!({}),
        ),
        (
            "Hayden Neloms",
            &[],
            "the cahir abbey rotary paid me zilch, what's the story",
            "answer",
            json!({"op": "explain", "deal": "4x3h9yd5"}),
        ),
        (
            "Siobhán Keane",
            &[],
            "munster - how many went west on them in june",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "m06"}),
        ),
        (
            "Marty Freudenburg",
            &["how many did I lose in q2"],
            "and how many did I actually get signed?",
            "answer",
            json!({"figure": "deal_count", "stage": null, "period": "q2"}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "how much of this is the taxman going to take, what bracket am I in now",
            "decline",
            json!({}),
        ),
        (
            "Nuala Fitzgerald",
            &[],
            "model the herdsense quota at 8k a month for me, what's the plan cost",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Nuala Fitzgerald",
            &[],
            "go into plansight there and set the headland to 75k for next year would you",
            "decline",
            json!({}),
        ),
        (
            "Markita Hansen",
            &[],
            "what'll land on the 20th for me",
            "answer",
            json!({"figure": "payable", "period": "m07"}),
        ),
        (
            "Aoife Gallagher",
            &[],
            "which of them is closest, would ya say",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredfortyfifth", cases);
}

#[test]
fn round_76_the_plain_english_misses_left_over() {
    use serde_json::json;
    // (what to sell to hit quota is a distance; a region two managers share, doing something,
    // is asked back; the last sentence names the periods compared)
    let cases: &[Turns] = &[
        (
            "Rosie Papadopoulos",
            &[],
            "what do i need to sell to hit my quota this quarter? gtx i mean",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "q3"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "how many deals did the west lose in april",
            "ask_back",
            json!({}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "ok so Q1 and Q2 were huge for me and I've been closing like crazy since April, but the numbers \
             for this quarter look way off. why is my q3 check so much smaller than q2?",
            "answer",
            json!({"op": "compare", "period": "q3", "versus": "q2"}),
        ),
    ];
    read_after("hundredfortyfourth", cases);
}

#[test]
fn round_77_sellers_typing_on_their_phones() {
    use serde_json::json;
    // (a payday on the month's last working day said by its date, hearsay is no team, the
    // glossary's second name for the draw, a tier by its multiple, the tiers by a noun of the
    // document's own, the floor's verb for the accelerator wrapped to a new line, a glossary
    // word in another tense, "total won", the team's top deals, a deal by its account and
    // month, a best period "on" a measure)
    let cases: &[Turns] = &[
        (
            "Kary Hendrixson",
            &[],
            "hows my check on the 29th looking",
            "answer",
            json!({"figure": "payable", "period": "m05"}),
        ),
        (
            "Cassey Cress",
            &[],
            "ok so ive been grinding on plus pros all quarter and everyone says its paying off. how much have my plus \
             pros actually earned me this qtr",
            "answer",
            json!({"figure": "earnings", "who": "cassey cress", "product": "gtx plus pro"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "how much slip money do i owe rn",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Summer Sewald",
            &[],
            "Spinnaker at 2.0x - what would my team cost?",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "flagship", "tier": 2, "value": "2"}}),
        ),
        (
            "Hayden Neloms",
            &[],
            "where am i on the telegraph",
            "answer",
            json!({"figure": "rate"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "if i land 20k more this month do i ring flank",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "20000"}}),
        ),
        (
            "Garret Kinder",
            &[],
            "how many deals did i sink in oct",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "m04"}),
        ),
        (
            "Cassey Cress",
            &[],
            "total won w/ the massive dynamic acc this yr?",
            "answer",
            json!({"figure": "deal_amount", "account": "massive dynamic"}),
        ),
        (
            "Celia Rouche",
            &[],
            "top 5 deals on my team this quarter",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "n": 5}),
        ),
        (
            "Kami Bicknell",
            &[],
            "the zoomit one in july paid me zero?? why",
            "answer",
            json!({"op": "explain", "deal": "b00od1if"}),
        ),
        (
            "James Ascencio",
            &[],
            "whats my worst qtr on flagship",
            "answer",
            json!({"figure": "earnings", "op": "worst_period"}),
        ),
    ];
    read_after("hundredfortysixth", cases);
}

#[test]
fn round_77_a_pune_distributor_in_indian_english() {
    use serde_json::json;
    // (products by the glossary's two capitals, a bonus by its short name, the document's
    // initials are no one's name nor Tagalog, being "primed", a month that says which deal,
    // "outgo", "rep wise", "maximum", a customer who "gives me PO", enquiries that "convert",
    // "total kitna hai" after a list, who the plan covers, "how much extra" of a change)
    let cases: &[Turns] = &[
        (
            "Kavita Rao",
            &[],
            "what all have my VT orders earned me till now",
            "answer",
            json!({"figure": "earnings", "product": "vertical turbine pump"}),
        ),
        (
            "Venkatesh Iyer",
            &[],
            "did i get the MoM in Q1? dont remember seeing it in slip",
            "answer",
            json!({"figure": "bonus", "period": "q1"}),
        ),
        (
            "Rahul Mehta",
            &[],
            "how much has been clawed back from me for PO cancels this year",
            "answer",
            json!({"figure": "clawback", "who": "rahul mehta"}),
        ),
        (
            "Snehal Gokhale",
            &[],
            "how much more order i need to get primed sir?",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Harpreet Sandhu",
            &[],
            "if the Godavari Vineyards pump order of 8th dec had come at 5L instead, how much more for me?",
            "answer",
            json!({"deal_amount_to": {"amount": "500000", "deal": "fbkk68g6"}, "period": null}),
        ),
        (
            "Priyanka Deshmukh",
            &["how many regrets did i have in q2"],
            "and PO in hand?",
            "answer",
            json!({"figure": "deal_count", "stage": null, "period": "q2"}),
        ),
        (
            "Meenal Apte",
            &[],
            "Q3 vs Q2 incentive outgo for my region",
            "answer",
            json!({"figure": "cost", "op": "compare", "period": "q3", "versus": "q2"}),
        ),
        (
            "Sanjay Kulkarni",
            &[],
            "Q3 payout rep wise pls",
            "answer",
            json!({"figure": "payable", "op": "top"}),
        ),
        (
            "Meenal Apte",
            &[],
            "which engineer in my team had maximum PO cancels",
            "answer",
            json!({"figure": "deal_count", "op": "top", "stage": "cancelled"}),
        ),
        (
            "Rahul Jadhav",
            &[],
            "Suppose Panchganga gives me PO for 25L VT this month, will i go full bore?",
            "answer",
            json!({"account": null, "mark": "accelerator", "new_deal": {"amount": "2500000", "product": "vertical turbine pump"}}),
        ),
        (
            "Farhan Shaikh",
            &[],
            "if all of farhan's enquiries convert what will Q3 pay him",
            "answer",
            json!({"pipeline": "all", "period": "q3"}),
        ),
        (
            "Pooja Kale",
            &["list my enquiries"],
            "total kitna hai?",
            "answer",
            json!({"figure": "deal_amount"}),
        ),
        (
            "Meenal Apte",
            &[],
            "are we regional managers also covered in this incentive plan?",
            "plan_rule",
            json!({}),
        ),
        (
            "Meenal Apte",
            &[],
            "Overflow at 6% - kitna extra payout hoga overall?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "equipment", "tier": 4, "value": "0.06"}}),
        ),
        (
            "Venkatesh Iyer",
            &[],
            "if venky's november Talegaon Paper Mills pump order had fallen through, what does he lose?",
            "answer",
            json!({"deal_amount_to": {"amount": "0", "deal": "m1zzystb"}, "period": null}),
        ),
    ];
    read_after("hundredfortyseventh", cases);
}

#[test]
fn round_78_plain_american_english() {
    use serde_json::json;
    // (whether a closed quarter reached a tier is its attainment, "make the cut" for the Cut
    // Line, "just the mulligan" asks why, attainment carried over is the plan's rule, "should
    // I be pushing", "by deals won", a deal by its account's first words and product, "he"
    // after the top one, a cap "for the year", splitting is the plan's rule, federal tax,
    // "canceled", a named tier's old value picks it)
    let cases: &[Turns] = &[
        (
            "Gladys Colclough",
            &[],
            "did I end up going eagle in Q3 or did I just miss? it felt really close",
            "answer",
            json!({"figure": "attainment", "mark": null, "period": "q3"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "How much do I still need to close before I make the cut this quarter?",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "why is my Q4 so far just the mulligan??",
            "answer",
            json!({"op": "explain", "period": "q4"}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "if I blow out Q3 does any of that carry into Q4 or does it all reset",
            "plan_rule",
            json!({}),
        ),
        (
            "Cassey Cress",
            &[],
            "should I be pushing MG Advanced or GTX Plus Pro for the rest of the year",
            "decline",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "top 3 on my team by deals won this year",
            "answer",
            json!({"figure": "deal_count", "op": "top", "n": 3}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "if rosalina's xx-holding gtk had come in at 40k how much more would she have made",
            "answer",
            json!({"deal_amount_to": {"amount": "40000", "deal": "1h2pvlz3"}}),
        ),
        (
            "Rocco Neubert",
            &["who's the top earner on my team this quarter"],
            "what did he make in Q2?",
            "answer",
            json!({"figure": "earnings", "who": "reed clapper", "period": "q2"}),
        ),
        (
            "Cara Losch",
            &[],
            "if we capped everyone's total earnings at 40k for the year, how much would we save",
            "answer",
            json!({"figure": "cost", "period": null, "lever": {"kind": "payout_cap", "value": "40000"}}),
        ),
    ];
    read_after("hundredfortyeighth", cases);
    let cases: &[Turns] = &[
        (
            "Stephanie Cole",
            &[],
            "if the Cherry Hills chiller had come in at 175k how much more would I have made",
            "answer",
            json!({"deal_amount_to": {"amount": "175000", "deal": "4v0s4ba3"}}),
        ),
        (
            "Stephanie Cole",
            &[],
            "do I have to split chillers with Lauren?",
            "plan_rule",
            json!({}),
        ),
        (
            "Stephanie Cole",
            &[],
            "how much federal tax is going to come out of my oct 15 check",
            "decline",
            json!({}),
        ),
        (
            "Greg Dunbar",
            &[],
            "which of my reps had the most canceled deals",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled"}),
        ),
        (
            "Greg Dunbar",
            &[],
            "Mile High kicking in at 130% instead of 150% - how much more would we pay?",
            "answer",
            json!({"lever": {"kind": "tier_start", "measure": "equipment", "tier": 4, "value": "1.3"}}),
        ),
    ];
    read_after("hundredfortyninth", cases);
}

#[test]
fn round_79_what_ifs_follow_ups_and_managers() {
    use serde_json::json;
    // (the accelerator by the tier number its sentence says, a story's start date is no
    // period, the new value after "to", a named seller's deal asked by a manager, the month a
    // deal closed in says which, a value the plan has beside a deal's money is no change, the
    // draw's amount is not a bonus's, more deals of no size are asked back, the won ones
    // after the lost, "add those up", "really low", "better off … or", "did we pay")
    let cases: &[Turns] = &[
        (
            "Maureen Marcano",
            &[],
            "How much more do I have to sell to hit my number this month?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Cara Losch",
            &[],
            "Suppose the accelerator started at 90% of quota. Who gains the most?",
            "answer",
            json!({"lever": {"kind": "tier_start", "measure": "field_sales", "tier": 3, "value": "0.9"}}),
        ),
        (
            "Elizabeth Anderson",
            &[],
            "I started on October 2nd and haven't closed anything yet. What have I actually been paid in total, \
             including the draw?",
            "answer",
            json!({"figure": "payable", "period": null}),
        ),
        (
            "Cara Losch",
            &[],
            "If the 40% minimum came down to 30%, how much more would we pay out?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "field_sales", "value": "0.3"}}),
        ),
        (
            "Cara Losch",
            &[],
            "Say we lowered the 200% limit to 150% - who are the three reps that would lose the most money?",
            "answer",
            json!({"lever": {"kind": "cap", "measure": "field_sales", "value": "1.5"}}),
        ),
        (
            "Cara Losch",
            &[],
            "What would Reed lose if the Konex GTX Plus Pro had fallen through?",
            "answer",
            json!({"who": "reed clapper", "deal_amount_to": {"amount": "0", "deal": "3ua6o3ng"}}),
        ),
        (
            "James Ascencio",
            &[],
            "The Kan-code MG Advanced I closed in November - if it had actually closed in January, how much would I lose?",
            "answer",
            json!({"period": null, "move_deal": {"close_date": "2018-01-31", "deal": "8h0uqyxw"}}),
        ),
        (
            "Anna Snelling",
            &[],
            "If I sign a $1,000 GTX Plus Basic today, does that get me over the 40% minimum?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "lever": null}),
        ),
        ("Cara Losch", &[], "Could you model the Blue Ribbon Award at $1,000?", "ask_back", json!({})),
        ("Kami Bicknell", &[], "What happens to my quarter if I sell a few more plus pros?", "ask_back", json!({})),
        (
            "Maureen Marcano",
            &["how many deals did i lose last month"],
            "and the ones I won last month, how many were there?",
            "answer",
            json!({"figure": "deal_count", "stage": null}),
        ),
        (
            "Markita Hansen",
            &["list my open deals"],
            "add those up for me - what do they come to?",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "Would I be better off spending my time on GTK 500s or plus pros next quarter?",
            "decline",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "what did we pay Violet for November?",
            "answer",
            json!({"figure": "payable", "who": "violet mclelland", "period": "m08"}),
        ),
        (
            "Cara Losch",
            &[],
            "Can you go into the system and set Violet's monthly quota to 20k for me?",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredfiftieth", cases);
    let cases: &[Turns] = &[
        (
            "Sam Patel",
            &[],
            "Hi, I'm Sam - joined the North & East team in May and I'm still figuring out how the steady cheque \
             works. How much of it have I paid back so far?",
            "answer",
            json!({"figure": "draw_recovered", "period": null}),
        ),
        (
            "Derek Sawatzky",
            &[],
            "if I close a 15k add-on today, do I take the elevator?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Aisha Mohamed",
            &[],
            "if aisha lands a 60k harbourline licence today how far off the penthouse is she then",
            "answer",
            json!({"new_deal": {"amount": "60000", "product": "harbourline erp licence"}}),
        ),
        (
            "Nadia Haddad",
            &[],
            "if my meadowvale add-on SOW had come in at 30k how much more would I have made",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Gwen Tremblay",
            &[],
            "where's owen on the floors right now",
            "answer",
            json!({"figure": "rate"}),
        ),
        (
            "Hannah Wong",
            &[],
            "whats the total in my funnel",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
    ];
    read_after("hundredfiftyfirst", cases);
}

#[test]
fn round_80_a_plan_changes_cost_and_the_everyday_rest() {
    use serde_json::json;
    // (a plan change's "how much extra" and "what would the company pay" are its cost, as is
    // a terse "cost for …" after the what-if's question mark; a question typed without its
    // mark after a story; "the Kinnamplus cancellation"; "wich")
    let cases: &[Turns] = &[
        (
            "Rocco Neubert",
            &[],
            "what if the target incentive went up to 20k - how much extra is that",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "net sales quota at a flat 80k every quarter - what would the company pay",
            "answer",
            json!({"figure": "cost", "measure": null}),
        ),
        (
            "Dustin Brinkmann",
            &["net sales quota at a flat 80k every quarter - what would the company pay"],
            "and what would that do to anna?",
            "answer",
            json!({"figure": "earnings", "who": "anna snelling"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "what if stretch started at 90%? cost for the whole company",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Donn Cantrell",
            &[],
            "Been chasing a couple of MG Advanced deals all week and trying to work out if it's worth pushing before \
             the quarter closes. how much more do i need to sell before my q4 commision even starts",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "product": null}),
        ),
        (
            "Daniell Hammack",
            &[],
            "what did the Kinnamplus cancellation cost me",
            "answer",
            json!({"figure": "clawback", "deal": "buff2ep5", "account": "kinnamplus"}),
        ),
        (
            "Markita Hansen",
            &[],
            "wich of my deals paid me the most this year",
            "answer",
            json!({"op": "top", "n": 1}),
        ),
    ];
    read_after("hundredfiftysecond", cases);
}

#[test]
fn round_80_paydays_pronouns_and_products_of_one_word() {
    use serde_json::json;
    // ("before I get paid anything", a day "on the 6th" in a story, a payday by "paying out
    // on", the payday's month not the deal's, a word two products share asked back, "how far
    // is he" after who is closest, a Dan on the roster, medicare cuts declined)
    let cases: &[Turns] = &[
        (
            "Megan Schultz",
            &[],
            "How much more equipment do I have to sell this quarter before I get paid anything on it? I'm way \
             behind after the holidays",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Dan Wozniak",
            &[],
            "I closed a chair at Bucktown Dental on the 6th but I think I'm still under. ok so how far am I from the \
             turnstile?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "deal": null, "account": null}),
        ),
        (
            "Rosa Delgado",
            &[],
            "whats the company paying out on feb 25th",
            "answer",
            json!({"figure": "cost", "period": "m07"}),
        ),
        (
            "Raj Patel",
            &[],
            "what would my march 25 check look like if I close a 60k Vireo pump order on the 27th",
            "answer",
            json!({"period": "m08", "new_deal": {"amount": "60000", "close_date": "2026-02-27", "product": "vireo infusion pump"}}),
        ),
        (
            "Brian Nowak",
            &[],
            "how many infusion deals did I close this quarter",
            "ask_back",
            json!({}),
        ),
        (
            "Denise Kowalczyk",
            &["who on my team is closest to Skydeck"],
            "how far is he from it?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "op": "value", "who": "luis ortega"}),
        ),
        (
            "Marcus Bell",
            &[],
            "where does dan rank on equipment credit",
            "answer",
            json!({"op": "rank", "figure": "credit", "who": "dan wozniak"}),
        ),
        (
            "Brian Nowak",
            &[],
            "do you think the medicare reimbursement cuts are going to slow down imaging orders this spring",
            "decline",
            json!({}),
        ),
        (
            "Rosa Delgado",
            &[],
            "which of my reps had the most cancelations",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled"}),
        ),
    ];
    read_after("hundredfiftythird", cases);
}

#[test]
fn round_81_a_marks_own_name_and_the_measures_one_product() {
    use serde_json::json;
    // (a clause that says "(threshold)" after its name names the threshold, not a clause on
    // splits before it; a new deal of a measure with one product is of that product; "sit
    // stands"; a plan change made "more worth it" asked back)
    let cases: &[Turns] = &[
        (
            "Luis Ortega",
            &[],
            "how close am i to the loading dock",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Luis Ortega",
            &[],
            "would a 4k ergo order get me over the loading dock",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Mike Tollefson",
            &[],
            "drop the loading dock to 15%, who gains the most",
            "answer",
            json!({"lever": {"kind": "threshold", "measure": "furniture", "value": "0.15"}}),
        ),
        (
            "Matt Schroeder",
            &["how much more install do i need to hit trim-out"],
            "would a 5k install job get me there",
            "answer",
            json!({"new_deal": {"amount": "5000", "product": "install services"}}),
        ),
        (
            "Chris Ostrowski",
            &[],
            "how many sit stands have i sold since january",
            "answer",
            json!({"figure": "deal_count", "product": "height-adjustable desk"}),
        ),
        (
            "Gretchen Sorensen",
            &[],
            "what if we made taking the elevator more worth it",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredfiftyfifth", cases);
}

#[test]
fn round_81_fillers_a_periods_breakdown_a_region_acting_and_the_paydays_name() {
    use serde_json::json;
    // ("ok so …" before a story, "break down my june", "did central win", "on league night")
    let cases: &[Turns] = &[
        (
            "Niesha Huffines",
            &[],
            "ok so i closed a bunch of stuff in july and august and my score sheet still says zero for core. why have \
             i got no core commission this quarter??",
            "answer",
            json!({"op": "explain", "period": "q4"}),
        ),
        (
            "Daniell Hammack",
            &[],
            "can you break down my june for me",
            "answer",
            json!({"op": "explain", "period": "m09"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "how many deals did central win in july",
            "answer",
            json!({"figure": "deal_count", "who": "team:melvin marxen"}),
        ),
        (
            "Summer Sewald",
            &[],
            "what's the whole company paying out on league night",
            "answer",
            json!({"figure": "cost", "period": "m10"}),
        ),
    ];
    read_after("hundredfiftyfourth", cases);
}

#[test]
fn round_82_a_teams_cost_under_a_change_and_the_floors_words() {
    use serde_json::json;
    // (a team's pay under a plan change is its cost; "break it down"; "tracking on
    // commission"; "was I headlining in Q2"; a clawback window "4 months since they signed";
    // a cut-off "like 11pm … does it still count"; "a few more vault deals … how does that
    // change my q3" asked back; a preamble "prepping for …:"; who hasn't cleared a mark; a
    // cancellation named by the account's first words; "smarter to sell X or Y" declined)
    let cases: &[Turns] = &[
        (
            "Dana Whitcomb",
            &[],
            "b-side at 2.5% instead of 2 - what does my team get out of that",
            "answer",
            json!({"figure": "cost"}),
        ),
        (
            "Renee Castillo",
            &[],
            "module quota up to 90k, what does my team lose",
            "answer",
            json!({"figure": "cost"}),
        ),
        (
            "Jordan Kealoha",
            &[],
            "my q1 payout was huge, can u break it down for me",
            "answer",
            json!({"op": "explain"}),
        ),
        (
            "Jordan Kealoha",
            &[],
            "q-o-q how am i tracking on commission",
            "answer",
            json!({"figure": "earnings", "op": "compare"}),
        ),
        (
            "Sam Whitaker",
            &[],
            "was I headlining in Q2? pretty sure I was right at the line",
            "answer",
            json!({"figure": "attainment", "period": "q2"}),
        ),
        (
            "Diego Ferraro",
            &[],
            "Renton Aerospace is threatening to terminate, but it's been like 4 months since they signed. would that \
             get clawed back?",
            "plan_rule",
            json!({}),
        ),
        (
            "Diego Ferraro",
            &[],
            "customer's legal team says they'll countersign late on april 30, like 11pm. if it lands then does it \
             still count in q3?",
            "plan_rule",
            json!({}),
        ),
        (
            "Rob Delgado",
            &[],
            "thinking i can squeeze a few more vault deals in before april ends, how does that change my q3?",
            "ask_back",
            json!({}),
        ),
        (
            "Dana Whitcomb",
            &[],
            "prepping for my pipeline review tomorrow: can you line up my reps from highest to lowest earnings so far",
            "answer",
            json!({"figure": "earnings", "stage": null}),
        ),
        (
            "Dana Whitcomb",
            &[],
            "who on my team still hasnt cleared the soundcheck this quarter",
            "answer",
            json!({"figure": "attainment", "op": "bottom", "n": null}),
        ),
        (
            "Gus Albrecht",
            &[],
            "what did the olympia schools bailout end up costing me",
            "answer",
            json!({"figure": "clawback", "deal": "lsj2a8zx"}),
        ),
        (
            "Diego Ferraro",
            &[],
            "honestly is it smarter for me to sell lens or studio right now?",
            "decline",
            json!({}),
        ),
        (
            "Marcus Oyelaran",
            &["who on my team is closest to headlining this quarter"],
            "ok how much does she still need to get there",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "op": "value"}),
        ),
        (
            "Renee Castillo",
            &["if all my team's green room deals closed what would q3 cost"],
            "and on a weighted basis?",
            "answer",
            json!({"pipeline": "weighted", "figure": "cost"}),
        ),
    ];
    read_after("hundredfiftyseventh", cases);
}

#[test]
fn round_82_a_small_deal_a_glossary_nouns_verb_and_a_judgement() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Niesha Huffines",
            &[],
            "would a 550 gtx basic get me thru the turnstile",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "new_deal": {"amount": "550", "product": "gtx basic"}}),
        ),
        (
            "Summer Sewald",
            &[],
            "if a deal derails does the golden spike get taken back",
            "plan_rule",
            json!({}),
        ),
        (
            "Summer Sewald",
            &[],
            "honestly is niesha cut out for this? thinking of putting her on a PIP",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredfiftysixth", cases);
}

#[test]
fn round_83_a_phrases_plural_a_products_other_name_and_nicknames() {
    use serde_json::json;
    // (a glossary phrase whose last word is a tier noun, said in the plural ("drain pours");
    // a product's other name taken out of the figure's words only where it is said ("a 6k tap
    // build … to double tap"); the deal named by its account and the product's other name;
    // "did i even clear the mash-in in october"; a month's quota asked by a starter; whether a
    // product pays at all; "loose on"; a Sam and a Samantha)
    let cases: &[Turns] = &[
        (
            "Samantha Ruiz",
            &[],
            "show me all my drain pours pls",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Samantha Ruiz",
            &[],
            "how much have drain pours cost me this yr",
            "answer",
            json!({"figure": "clawback", "period": "fy"}),
        ),
        (
            "Marcus Lindgren",
            &[],
            "which of my reps had the most drain pours",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled", "n": 1}),
        ),
        (
            "Noor Haddad",
            &[],
            "would a 6k tap build get me to double tap",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "new_deal": {"amount": "6000", "product": "draft system install"}}),
        ),
        (
            "Wren Castillo",
            &[],
            "what did the sellwood social tap build pay me",
            "answer",
            json!({"deal": "0xbmbvfp", "measure": null}),
        ),
        (
            "Noor Haddad",
            &[],
            "did i even clear the mash-in in october",
            "answer",
            json!({"figure": "attainment", "period": "m07"}),
        ),
        (
            "Eli Nakamura",
            &[],
            "what was my install quota for august, i started halfway thru",
            "answer",
            json!({"figure": "quota", "measure": "draft", "period": "m05"}),
        ),
        (
            "Noor Haddad",
            &[],
            "do line cleanings pay anything",
            "plan_rule",
            json!({}),
        ),
        (
            "Marcus Lindgren",
            &[],
            "how much did samantha loose on 4V0S4BA3",
            "answer",
            json!({"figure": "clawback", "deal": "4v0s4ba3"}),
        ),
        (
            "Dana Okafor",
            &[],
            "what did sam make in october",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredfiftyninth", cases);
}

#[test]
fn round_83_follow_ups_a_threshold_gone_and_sold_any() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Cassey Cress",
            &[],
            "have i sold any big iron this year",
            "answer",
            json!({"figure": "deal_count", "product": "gtk 500"}),
        ),
        (
            "Kami Bicknell",
            &["if everything in my backpack came in what would q4 pay me"],
            "ok what if you weight them by probability",
            "answer",
            json!({"figure": "payable", "period": "q4", "pipeline": "weighted"}),
        ),
        (
            "Maureen Marcano",
            &["how many whiteouts did i have last quarter"],
            "and how many did i actually win",
            "answer",
            json!({"figure": "deal_count", "stage": null}),
        ),
        (
            "Natalya Ivanova",
            &[],
            "started sept 11 so do i get a smaller quota for q3 or is it the full 90k?",
            "plan_rule",
            json!({}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "say i sell two or three more plus pros, what's q4 look like",
            "ask_back",
            json!({}),
        ),
        (
            "Melvin Marxen",
            &[],
            "what if there was no base camp at all, how much extra would we pay out",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "hardware", "value": "0"}}),
        ),
        (
            "Summer Sewald",
            &[],
            "foothills to 4% - which of my reps comes out ahead the most",
            "answer",
            json!({"figure": "earnings", "op": "top", "n": 1, "lever": {"kind": "rate", "measure": "hardware", "tier": 1, "value": "0.04"}}),
        ),
    ];
    read_after("hundredfiftyeighth", cases);
}

#[test]
fn round_84_new_starters_hearsay_and_the_floors_places() {
    use serde_json::json;
    // (a story started "started in march like everybody else", hearsay ("someone on my team
    // said", "the guy who sits next to me says") no team nor ranking, "brand new" no deal
    // type, a measure named for its commission said with the word, "landing on the 20th",
    // the open deals won ("on the burner comes in"), "come out ahead" under a move, "into the
    // tab", "fall off a cliff")
    let cases: &[Turns] = &[
        (
            "Jonathan Berthelot",
            &[],
            "hi! started in march like everybody else apparently. how much have i earned on this plan so far?",
            "answer",
            json!({"figure": "earnings", "who": "jonathan berthelot"}),
        ),
        (
            "Reed Clapper",
            &[],
            "whats landing on the 20th",
            "answer",
            json!({"figure": "payable", "period": "m10"}),
        ),
        (
            "Carol Thompson",
            &[],
            "im brand new (started aug 21), no deals yet. how much has the tab paid me up to now?",
            "answer",
            json!({"figure": "draw_advanced", "deal_type": null}),
        ),
        (
            "Donn Cantrell",
            &[],
            "bookings commision so far this quarter?",
            "answer",
            json!({"figure": "earnings", "measure": "bookings"}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "someone on my team said i've already maxed out the full pot. is that right??",
            "answer",
            json!({"who": "darcel schlecht"}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "the guy who sits next to me says im super close to the next cup. how much more do i need to sell to get \
             there",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "op": "value", "who": "marty freudenburg"}),
        ),
        (
            "Gladys Colclough",
            &[],
            "what happens to my pay if everything i have on the burner comes in",
            "answer",
            json!({"pipeline": "all"}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "what if 34YT99YN had closed in july instead of august, would i have come out ahead?",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "why did darcel's september fall off a cliff?",
            "answer",
            json!({"op": "explain", "period": "m11"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "how much is my team into the tab right now",
            "answer",
            json!({"figure": "draw_balance", "who": "team:melvin marxen"}),
        ),
    ];
    read_after("hundredsixtieth", cases);
}

#[test]
fn round_84_holds_a_desk_by_one_word_and_rising_rates() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Camille Duarte",
            &[],
            "if all my holds sign what does q3 pay me",
            "answer",
            json!({"figure": "payable", "pipeline": "all"}),
        ),
        (
            "Camille Duarte",
            &["if all my holds sign what does q3 pay me"],
            "and weighted?",
            "answer",
            json!({"pipeline": "weighted"}),
        ),
        (
            "Lourdes Batista",
            &[],
            "show me shanice's holds",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Shanice Dawkins",
            &[],
            "what rate am i at on events rigth now?",
            "answer",
            json!({"figure": "rate"}),
        ),
        (
            "Kevin Marsh",
            &[],
            "are hotel rates in miami gonna keep climbing next year?",
            "decline",
            json!({}),
        ),
        (
            "Lourdes Batista",
            &[],
            "how many deals did the gables desk get ghosted on in july",
            "answer",
            json!({"who": "team:douglas whitaker", "stage": "lost"}),
        ),
    ];
    read_after("hundredsixtyfirst", cases);
}

#[test]
fn round_85_vs_a_products_other_name_a_month_and_the_last_payday() {
    use serde_json::json;
    // ("vs" is no VS Pump's initials; the document's other name of several words ("heat
    // pump") before a word of another product's name ("pump"); "pool" of the Pool Cover is
    // no alias where "| the pool report |" has it too; a month is no seller's name; "heaters"
    // of two heaters asked back; the payday gone by; a raised price declined)
    let cases: &[Turns] = &[
        (
            "Kelsey Dunn",
            &[],
            "where do i stand vs everybody on earnings",
            "answer",
            json!({"op": "rank", "product": null}),
        ),
        (
            "Nadia Rahimi",
            &[],
            "my branch cost, q2 vs q1",
            "answer",
            json!({"op": "compare", "product": null}),
        ),
        (
            "Kelsey Dunn",
            &[],
            "if i close a 12k heat pump order today what does that do for my pay",
            "answer",
            json!({"new_deal": {"amount": "12000", "product": "thermasun heater"}}),
        ),
        (
            "Priscilla Moreno",
            &[],
            "what did the gilbert blue water heat pump pay me",
            "answer",
            json!({"deal": "1xwqz1f8"}),
        ),
        (
            "Ashley Tran",
            &[],
            "if the glendale pool pros shieldcare had come in at 8k how much more would i have",
            "answer",
            json!({"deal_amount_to": {"amount": "8000", "deal": "jp72ac6i"}, "lever": null}),
        ),
        (
            "Brandon Lutz",
            &[],
            "whats my total for march",
            "answer",
            json!({"who": "brandon lutz", "period": "m06"}),
        ),
        (
            "Kelsey Dunn",
            &[],
            "how much have i made on heaters this year",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredsixtythird", cases);
    let cases: &[Turns] = &[
        (
            "Niesha Huffines",
            &[],
            "last train day - what did i actually get",
            "answer",
            json!({"figure": "payable", "period": "m06"}),
        ),
        (
            "Niesha Huffines",
            &[],
            "do you think they'll raise the price of the gtx pro next year",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredsixtysecond", cases);
}

#[test]
fn round_86_what_rounds_84_and_85_left() {
    use serde_json::json;
    // (the period after "but" is the one asked; the draw "counted" in the pay; open deals
    // "$ wise"; money that "dried up", explained; "for the quarter" is the one under way; a
    // bare 100 of a distance is 100% of that measure's quota; "what even is"; a cut of one's
    // credit is the split rule; a rule someone claims, checked)
    let cases: &[Turns] = &[
        (
            "Melvin Marxen",
            &[],
            "gladys had a great q2 but q3 is way down, why",
            "answer",
            json!({"op": "compare", "period": "q3", "versus": "q2"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "whats sitting on my board right now, $ wise",
            "answer",
            json!({"op": "value", "figure": "deal_amount", "stage": "open"}),
        ),
    ];
    read_after("hundredsixtysecond", cases);
    let cases: &[Turns] = &[
        (
            "Brandon Lutz",
            &[],
            "whats my total for march with the float counted",
            "answer",
            json!({"figure": "payable", "period": "m06"}),
        ),
        (
            "Greg Swanson",
            &[],
            "why did tylers program money dry up this quarter",
            "answer",
            json!({"op": "explain", "who": "tyler haskins", "measure": "programs", "period": "q3"}),
        ),
        (
            "Tyler Haskins",
            &[],
            "say i land a 6k shieldcare contract today, what's my programs payout look like for the quarter",
            "answer",
            json!({"period": "q3", "measure": "programs"}),
        ),
        (
            "Tyler Haskins",
            &[],
            "whats my quota for the month of march",
            "answer",
            json!({"period": "m06"}),
        ),
        (
            "Marco Ibarra",
            &["whats my program attainment this quarter"],
            "how far off 100 am i",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "measure": "programs", "period": "q3"}),
        ),
        (
            "Marco Ibarra",
            &["whats my equipment attainment this quarter"],
            "how far off 100 am i",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "measure": null, "period": "q3"}),
        ),
    ];
    read_after("hundredsixtythird", cases);
    let cases: &[Turns] = &[
        ("Carol Thompson", &[], "what even is the tab?", "plan_rule", json!({})),
        (
            "Rosalina Dieter",
            &[],
            "when i sell a GTK 500 does vicki get part of my credit? somebody mentioned that at lunch",
            "plan_rule",
            json!({}),
        ),
        (
            "Cassey Cress",
            &[],
            "my buddy says once you go double every single deal in the quarter gets paid at 10%. true?",
            "plan_rule",
            json!({}),
        ),
        (
            "Melvin Marxen",
            &[],
            "one of my reps thinks the golden bean gets taken back if a deal spills. does it?",
            "plan_rule",
            json!({}),
        ),
        (
            "Cassey Cress",
            &[],
            "my manager says im at 80% this quarter, is that right?",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredsixtieth", cases);
}

#[test]
fn round_86_a_measures_glossary_name_a_verb_of_the_accelerator_and_a_managers_name() {
    use serde_json::json;
    // ("| iron | the Mechanical Project Commission: … |" names the measure outright; "mnth";
    // "retrofits" of two retrofits asked back; tonnage the glossary says is not measured;
    // "ana" is no word of the manager Dana's name; "castled" of "castling"; "and may so
    // far?"; "tdy")
    let cases: &[Turns] = &[
        (
            "Kevin Yazzie",
            &[],
            "iron comission oct-dec",
            "answer",
            json!({"measure": "mech", "period": "q1", "figure": "earnings"}),
        ),
        (
            "Nadia Petrov",
            &[],
            "where does nadia rank on iron credit",
            "answer",
            json!({"measure": "mech", "op": "rank", "figure": "credit"}),
        ),
        (
            "Heather Lindqvist",
            &[],
            "controls incentive last mnth?",
            "answer",
            json!({"measure": "controls", "period": "m07"}),
        ),
        (
            "Nadia Petrov",
            &[],
            "how many retrofits have i closed",
            "ask_back",
            json!({}),
        ),
        (
            "Kevin Yazzie",
            &[],
            "how much tonnage did i sell this qtr",
            "decline",
            json!({}),
        ),
        (
            "Dana Whitcomb",
            &[],
            "if the high limit came down to 150% what would ana lose",
            "answer",
            json!({"who": "ana maestas"}),
        ),
    ];
    read_after("hundredsixtyfifth", cases);
    let cases: &[Turns] = &[
        (
            "Reed Clapper",
            &[],
            "would a 15k deal today get me castled this month",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "m11"}),
        ),
        (
            "Boris Faz",
            &["core attn april?"],
            "and may so far?",
            "answer",
            json!({"figure": "attainment", "period": "m11"}),
        ),
        (
            "Summer Sewald",
            &[],
            "what would kary earn if she closed a 40k gtx pro tdy",
            "answer",
            json!({"who": "kary hendrixson", "new_deal": {"amount": "40000", "product": "gtx pro"}}),
        ),
    ];
    read_after("hundredsixtyfourth", cases);
}

#[test]
fn round_87_a_measures_tier_noun_a_deals_month_errands_and_a_co_seller() {
    use serde_json::json;
    // ("what shot am i on" where one measure's tiers end in Shot; "the plussunin deal back in
    // april" says which deal, no period; "loose" for lose; an errand with "order me"; the
    // customers' world; pay found big, explained; the seller who shares the asker's deal is
    // no one asked about)
    let cases: &[Turns] = &[
        (
            "Vicki Laflamme",
            &[],
            "what shot am i on rn",
            "answer",
            json!({"figure": "rate", "measure": "mg_suite"}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "what roast am i on",
            "answer",
            json!({"figure": "rate", "measure": null}),
        ),
        (
            "Wilburn Farren",
            &[],
            "what if the plussunin deal back in april had come in at 6k, how much more wouldve i made",
            "answer",
            json!({"deal_amount_to": {"amount": "6000", "deal": "n4hfhdmw"}, "period": null}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "how many deals did my team loose in december",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "m09"}),
        ),
    ];
    read_after("hundredsixtysixth", cases);
    let cases: &[Turns] = &[
        (
            "Casey Odom",
            &[],
            "can u order me 2 cases of nitrile gloves for my demo bag",
            "decline",
            json!({}),
        ),
        (
            "Tucker Boone",
            &[],
            "are medicaid cuts gonna squeeze clinic budgets next year",
            "decline",
            json!({}),
        ),
        (
            "Renee Castillo",
            &[],
            "why was jamal's april so big",
            "answer",
            json!({"op": "explain", "period": "m04", "who": "jamal ridley"}),
        ),
        (
            "Tucker Boone",
            &[],
            "why does 83JP1K4E only give me part of the credit?? lacey gets a chunk of my deal??",
            "answer",
            json!({"op": "explain", "deal": "83jp1k4e", "who": "tucker boone"}),
        ),
    ];
    read_after("hundredsixtyseventh", cases);
}

#[test]
fn round_88_the_trades_words_for_deals_and_the_firm_statement_quotes_and_errands() {
    use serde_json::json;
    // (deal types by the trade's word for a deal ("| fresh ink | a new-business placement
    // |"); "the whole brokerage"; an account's word is no off-topic one; a measure's word that
    // is a verb too ("book quota", "what did the book pay me"); "how much more we pay"; a
    // split asked as "do i get all the credit"; the market's course and a judgement of a
    // person declined)
    let cases: &[Turns] = &[
        (
            "Logan Wiebe",
            &[],
            "list my shop jobs this quarter",
            "answer",
            json!({"deal_type": "remarket", "op": "list"}),
        ),
        (
            "Marie-Ève Gagnon",
            &[],
            "what have my rollovers paid me this quarter",
            "answer",
            json!({"deal_type": "renewal", "figure": "earnings"}),
        ),
        (
            "Raj Dhaliwal",
            &[],
            "total comp for the whole brokerage this year",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Cody Friesen",
            &[],
            "if the nose hill dental fleet renewal had fallen through what would i lose",
            "answer",
            json!({"deal_amount_to": {"amount": "0", "deal": "gm68oldh"}}),
        ),
        ("Cody Friesen", &[], "whats a good dental plan", "decline", json!({})),
        (
            "Shauna Pelletier",
            &[],
            "book quota up to 300k, total plan cost?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "quota", "measure": "book", "value": "300000"}}),
        ),
        (
            "Dawson Redcrow",
            &[],
            "what did the book pay me last quarter",
            "answer",
            json!({"figure": "earnings", "measure": "book", "period": "q2"}),
        ),
        (
            "Gord Makowski",
            &[],
            "if target incentive goes to 12k, how much more we pay?",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Brent Kowalchuk",
            &[],
            "i sold a bennies plan with nadia, do i get all the credit?",
            "plan_rule",
            json!({}),
        ),
        (
            "Gord Makowski",
            &[],
            "is priya just not trying or what",
            "decline",
            json!({}),
        ),
        (
            "Gord Makowski",
            &[],
            "think the property market's gonna soften next yr?",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredsixtyninth", cases);
    let cases: &[Turns] = &[
        (
            "Daniell Hammack",
            &[],
            "Statement says Q4 earnings 8,386.67 already and quarter just started. why so big?",
            "answer",
            json!({"op": "explain", "period": "q4"}),
        ),
        (
            "Boris Faz",
            &[],
            "My chip count for Q3 say earned 5,086.32 but payable only 3,000.00. Where is the rest going??",
            "answer",
            json!({"op": "explain", "period": "q3"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "i see -1.18 taken back in june for QM6GJ78P, what is this",
            "answer",
            json!({"op": "explain", "deal": "qm6gj78p"}),
        ),
        (
            "Garret Kinder",
            &[],
            "what I have on the felt right now",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Elease Gluck",
            &[],
            "how many big blinds did i close this year",
            "answer",
            json!({"figure": "deal_count", "product": "gtk 500"}),
        ),
        (
            "Cara Losch",
            &["how many deals did my team lose in q3"],
            "and how many won?",
            "answer",
            json!({"figure": "deal_count", "stage": null, "period": "q3"}),
        ),
    ];
    read_after("hundredsixtyeighth", cases);
}

#[test]
fn round_88_what_the_review_kept_apart() {
    use serde_json::json;
    // (the guards the review asked for: "may only" is the verb; a statement's figure is no
    // claim about the plan; big deals are no big pay; "for the month" beside a month names
    // no second one; "what's this … deal worth" asks its worth)
    let cases: &[Turns] = &[
        (
            "Wilburn Farren",
            &[],
            "i may only close 2 deals this month, what would i make?",
            "answer",
            json!({"period": "m10"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "my statement says 4,210.50 for december, is that right?",
            "answer",
            json!({"figure": "payable", "period": "m09"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "why were my q3 deals so big",
            "answer",
            json!({"op": "value"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "what was my december total for the month",
            "answer",
            json!({"period": "m09", "versus": null}),
        ),
        (
            "Wilburn Farren",
            &[],
            "whats this N4HFHDMW deal worth to me",
            "answer",
            json!({"op": "value", "deal": "n4hfhdmw"}),
        ),
    ];
    read_after("hundredsixtysixth", cases);
}

#[test]
fn round_89_deal_types_with_underscores_a_measures_product_list_and_a_place_said_singly() {
    use serde_json::json;
    // ("| rewrite | a lease renewal deal |" of lease_renewal, "| conquest | a new-logo deal |"
    // of new_logo; "| annuity | the recurring services: <every product of it> |" names the
    // measure; "tide day", the payday, is no word of the Low and High Tide; "my lineup" for
    // "| in the lineup |")
    let cases: &[Turns] = &[
        (
            "Jess Huang",
            &[],
            "commision on my rewrites?",
            "answer",
            json!({"deal_type": "lease_renewal", "figure": "earnings"}),
        ),
        (
            "Jess Huang",
            &[],
            "# of conquests i won feb-apr",
            "answer",
            json!({"deal_type": "new_logo", "figure": "deal_count", "period": "q1"}),
        ),
        (
            "Megan Doyle",
            &[],
            "how much has the annuity side paid me this year",
            "answer",
            json!({"measure": "recurring", "figure": "earnings"}),
        ),
        (
            "Luis Ortega",
            &[],
            "what band am i on for annuity",
            "answer",
            json!({"measure": "recurring", "figure": "rate"}),
        ),
    ];
    read_after("hundredseventyfirst", cases);
    let cases: &[Turns] = &[
        (
            "Corliss Cosme",
            &[],
            "wat did the june tide day pay me",
            "answer",
            json!({"figure": "payable", "period": "m08", "measure": null}),
        ),
        (
            "Reed Clapper",
            &[],
            "whats my lineup worth",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
        (
            "Moses Frase",
            &[],
            "how far off the sand bar am i this month",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "period": "m09"}),
        ),
    ];
    read_after("hundredseventieth", cases);
    let cases: &[Turns] = &[(
        "Andre Sims",
        &[],
        "would a 600 dollar desktop laser get me to spot color",
        "answer",
        json!({"new_deal": {"amount": "600", "product": "dart desktop laser"}}),
    )];
    read_after("hundredseventyfirst", cases);
}

#[test]
fn round_89_what_the_full_run_kept_apart() {
    use serde_json::json;
    // (a tier-name scheme's noun names its measure only where one stands is asked ("what
    // shot"), not in a tier said whole, a type's name or an account's; "someone's funnel" in
    // a supposition keeps the pipeline's word)
    let cases: &[Turns] = &[
        (
            "Jess Marchetti",
            &[],
            "list my tap steals this quarter",
            "answer",
            json!({"measure": null, "deal_type": "conversion"}),
        ),
        (
            "Devon Ashby",
            &[],
            "if the tabor tap room cider had fallen through what would i be out",
            "answer",
            json!({"measure": null, "deal_amount_to": {"amount": "0", "deal": "xn63kzrz"}}),
        ),
    ];
    read_after("hundredfiftyninth", cases);
    let cases: &[Turns] = &[(
        "Gwen Tremblay",
        &[],
        "if all of ethan's funnel came in what would august pay him",
        "answer",
        json!({"pipeline": "all", "period": "m08"}),
    )];
    read_after("hundredfiftyfirst", cases);
}

#[test]
fn round_90_leftovers_a_tiers_two_word_noun_another_measures_accelerator_and_a_seller_moved() {
    use serde_json::json;
    // (the rate table's two-word header names no product by its first word; a tier the
    // document calls a second measure's accelerator is that measure's; "get Markita to the
    // final table" reads as "get me to"; "the quarterly quota" of two quarterly measures is
    // the nearer's, or asked back)
    let cases: &[Turns] = &[
        (
            "Andre Sims",
            &[],
            "what print mode am i in rn",
            "answer",
            json!({"figure": "rate", "product": null}),
        ),
        (
            "Olivia Grant",
            &[],
            "hw far from pallet",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "measure": "recurring"}),
        ),
        (
            "Andre Sims",
            &[],
            "how far from full bleed",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
    ];
    read_after("hundredseventyfirst", cases);
    let cases: &[Turns] = &[
        (
            "Celia Rouche",
            &[],
            "would a 30k big blind today get Markita to the final table?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "who": "markita hansen"}),
        ),
        (
            "Celia Rouche",
            &[],
            "would a 30k big blind today put Markita Hansen at the final table?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "who": "markita hansen"}),
        ),
    ];
    read_after("hundredsixtyeighth", cases);
    let cases: &[Turns] = &[
        (
            "Gord Makowski",
            &[],
            "what if the quarterly quota was 170k - what's the plan cost",
            "ask_back",
            json!({}),
        ),
        (
            "Gord Makowski",
            &[],
            "what if the quarterly quota was 240k - what's the plan cost",
            "answer",
            json!({"lever": {"kind": "quota", "measure": "book", "value": "240000"}}),
        ),
    ];
    read_after("hundredsixtyninth", cases);
    // (the payday said with the day it fell on; "today" of the deal that slips somewhere)
    let cases: &[Turns] = &[
        (
            "Rachel Stein",
            &[],
            "what did buckeye day pay me yesterday",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Rachel Stein",
            &["what did buckeye day pay me yesterday"],
            "and the sept 20 one?",
            "answer",
            json!({"figure": "payable", "period": "m07"}),
        ),
        (
            "Jess Huang",
            &[],
            "if the scioto mile copier i closed today slips to november what do i lose",
            "answer",
            json!({"move_deal": {"deal": "50jifewd", "close_date": "2026-11-30"}, "period": null}),
        ),
    ];
    read_after("hundredseventyfirst", cases);
    // (a name's possessive typed without its apostrophe before a glossary's place)
    let cases: &[Turns] = &[
        (
            "Cara Losch",
            &[],
            "show me garrets lineup",
            "answer",
            json!({"op": "list", "stage": "open", "who": "garret kinder"}),
        ),
        (
            "Cara Losch",
            &["show me garrets lineup"],
            "whats all that worth",
            "answer",
            json!({"figure": "deal_amount", "stage": "open", "who": "garret kinder"}),
        ),
    ];
    read_after("hundredseventieth", cases);
    // (losses ranked are counted)
    let cases: &[Turns] = &[(
        "Raj Dhaliwal",
        &[],
        "which of my producers got dinged the most last quarter",
        "answer",
        json!({"op": "top", "figure": "deal_count", "stage": "lost", "period": "q2"}),
    )];
    read_after("hundredsixtyninth", cases);
    // (the list price is a price, no listing; commission on it or on the price paid, the
    // plan's rule)
    let cases: &[Turns] = &[
        (
            "Donn Cantrell",
            &[],
            "my commission is on list price or on what customer actually pay?",
            "plan_rule",
            json!({}),
        ),
        (
            "Donn Cantrell",
            &[],
            "is commission on list price?",
            "answer",
            json!({"op": "value"}),
        ),
    ];
    read_after("hundredsixtyeighth", cases);
}

#[test]
fn round_90_dictated_and_terse_questions_and_a_solar_floors_glossary() {
    use serde_json::json;
    // (dictation: "cue three", letters said apart, the draw's name inside the pay; a
    // manager's "the team's"; a team's compare and a lever's bill, the cost; a glossary word
    // used as a verb on a part of the plan)
    let cases: &[Turns] = &[
        (
            "Lajuana Vencill",
            &[],
            "um what's my mg attainment for cue three",
            "answer",
            json!({"figure": "attainment", "measure": "mg", "period": "q3"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "how much m g credit has my team booked this quarter",
            "answer",
            json!({"figure": "credit", "measure": "mg", "who": "team:dustin brinkmann"}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "what did december pay me like with the bellows and everything",
            "answer",
            json!({"figure": "payable", "period": "m07"}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "so why am i on the bellows then",
            "ask_back",
            json!({}),
        ),
        (
            "Gladys Colclough",
            &[],
            "what's my m g line incentive come to for the year so far",
            "answer",
            json!({"figure": "earnings", "measure": "mg", "period": null}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "how much has the big iron spiff paid me",
            "answer",
            json!({"figure": "bonus", "product": null}),
        ),
        (
            "Summer Sewald",
            &[],
            "so what's been the team's most expensive month",
            "answer",
            json!({"op": "best_period", "figure": "cost", "who": "team:summer sewald"}),
        ),
        (
            "Cara Losch",
            &[],
            "compare my team's q two to q one",
            "answer",
            json!({"op": "compare", "figure": "cost", "period": "q2", "versus": "q1"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "what if the quench came down to one fifty percent",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "cap", "measure": "hardware", "value": "1.5"}}),
        ),
        (
            "Melvin Marxen",
            &[],
            "if we scrapped the flashpoint altogether what would that cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "hardware", "value": "0"}, "stage": null}),
        ),
    ];
    read_after("hundredseventysecond", cases);
    // (shorthand "qta", "thr"; a measure's name with a superlative in it ranks nothing; the
    // glossary's quarter, deal type, product and verb made of initials; a brand of two
    // products in the plural asked back; a start date told in an email)
    let cases: &[Turns] = &[
        ("Marco Villalobos", &[], "whats my arc qta", "answer", json!({"figure": "quota"})),
        (
            "Dana Whitehorse",
            &[],
            "how far is travis from the thr",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "who": "travis nez"}),
        ),
        (
            "Dana Whitehorse",
            &[],
            "storage qta to 400k every quarter, which 3 aes lose the most",
            "answer",
            json!({"op": "bottom", "n": 3, "lever": {"kind": "quota", "measure": "storage", "value": "400000"}}),
        ),
        (
            "Lupe Archuleta",
            &[],
            "how much peak shave have i earned this yr",
            "answer",
            json!({"op": "value", "figure": "earnings", "measure": "storage", "n": null}),
        ),
        (
            "Travis Nez",
            &[],
            "whats my peak shave qta for snowbird season",
            "answer",
            json!({"figure": "quota", "measure": "storage", "period": "q4"}),
        ),
        (
            "Tyler Haskins",
            &[],
            "list my greenfield carports",
            "answer",
            json!({"op": "list", "deal_type": "new", "product": "shade carport"}),
        ),
        (
            "Tyler Haskins",
            &[],
            "how much o&m did i sign ytd",
            "answer",
            json!({"figure": "credit", "measure": "service"}),
        ),
        (
            "Erin Castillo",
            &[],
            "how much more would nov pay if i close a 90k bess bolt-on on the 25th",
            "answer",
            json!({"new_deal": {"amount": "90000", "close_date": "2026-11-25", "product": "battery storage", "type": "add-on"}}),
        ),
        ("Kyle Ostrander", &[], "how many rooftops did i sell in q3", "ask_back", json!({})),
        ("Kyle Ostrander", &[], "can u pull the utility bill for tempe cold storage", "decline", json!({})),
        (
            "Kyle Brandt",
            &["how many tumbleweeds in q2"],
            "and ntp'd?",
            "answer",
            json!({"figure": "deal_count", "period": "q2", "stage": null}),
        ),
        (
            "Dana Whitehorse",
            &[],
            "Dana Whitehorse here. Jordan started with us in July and I'd like to see how he is tracking. What is his array attainment to date against his prorated quota?",
            "answer",
            json!({"figure": "attainment", "who": "jordan beck", "period": null}),
        ),
        (
            "Travis Nez",
            &[],
            "why'd i get zero arc all year",
            "answer",
            json!({"op": "explain", "measure": "array", "period": null}),
        ),
    ];
    read_after("hundredseventythird", cases);
}

#[test]
fn round_91_comparatives_for_superlatives_a_leaver_a_cut_and_a_place_weighted() {
    use serde_json::json;
    // (a Spanish speaker's "more" for "most" in a question of who; "oye"; leaving "from" the
    // firm; the pipeline by the glossary's place, weighted)
    let cases: &[Turns] = &[
        (
            "Cara Losch",
            &[],
            "oye, who of my team earned more this year?",
            "answer",
            json!({"op": "top", "n": 1, "figure": "earnings", "who": "team:cara losch"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "which of my reps is more behind of pace?",
            "answer",
            json!({"op": "bottom", "figure": "pace"}),
        ),
        ("Summer Sewald", &[], "who is more close?", "ask_back", json!({})),
        (
            "Wilburn Farren",
            &[],
            "if I go from MavenTech, I must return the cafecito?",
            "plan_rule",
            json!({}),
        ),
        (
            "Hayden Neloms",
            &[],
            "with the roaster weighted, how much I earn this year?",
            "answer",
            json!({"pipeline": "weighted", "figure": "earnings"}),
        ),
    ];
    read_after("hundredseventyfourth", cases);
    // (whether a seller "gets a cut of it", "is my credit the full price or …": the plan's
    // rules; a product's deals in the plural ranked are counted; a distance asked after a
    // comparison of two periods compares nothing)
    let cases: &[Turns] = &[
        (
            "Travis Ostrander",
            &[],
            "on a horse trade is my credit the full price or net of the trade allowance",
            "plan_rule",
            json!({}),
        ),
        (
            "Travis Ostrander",
            &[],
            "when i sell a combine does wade get a cut of it",
            "plan_rule",
            json!({}),
        ),
        (
            "Ruth Arriola",
            &[],
            "who on my team sold the most rtk subs",
            "answer",
            json!({"op": "top", "figure": "deal_count", "product": "precision ag subscription"}),
        ),
        (
            "Dwight Hatch",
            &["how much did @brandi make in feb-apr? was that better than nov-jan?"],
            "how far is she from field gear",
            "answer",
            json!({"op": "value", "figure": "distance", "versus": null, "who": "brandi nakagawa"}),
        ),
    ];
    read_after("hundredseventyfifth", cases);
}

#[test]
fn round_92_a_story_told_before_a_polite_question_and_shop_floor_typing() {
    use serde_json::json;
    // (the story before a question that says all it asks is left out: "this year" points
    // back at nothing, a model's number is no figure, "the overall picture" supposes nothing,
    // "Celia tells me …" is told; an "if" gives its own "it" its deal)
    let cases: &[Turns] = &[
        (
            "Hayden Neloms",
            &[],
            "Most of my business is MG software rather than hardware, so the Flat matters a great deal to me. How much has the Flat paid me this year?",
            "answer",
            json!({"op": "value", "figure": "earnings", "measure": "mg", "period": "fy"}),
        ),
        (
            "Elease Gluck",
            &[],
            "The GTK 500 is most of what I sell, and I'd like to understand how much of my pay depends on it. How much have the big boxes earned me this plan year?",
            "answer",
            json!({"op": "value", "figure": "earnings", "product": "gtk 500", "period": "fy"}),
        ),
        (
            "Celia Rouche",
            &[],
            "The Sales Director has asked each manager to nominate someone for the annual awards dinner, and I'd like to know the overall picture first. Who is the top earner in the whole company this year?",
            "answer",
            json!({"op": "top", "n": 1, "who": "team"}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "Celia tells me there's a GTK 500 order at Xx-holding that could be signed before the holidays. If I closed a £25,000 GTK 500 today, how much would it add to my pay?",
            "answer",
            json!({"new_deal": {"amount": "25000", "product": "gtk 500"}, "account": null}),
        ),
        (
            "Boris Faz",
            &[],
            "The Sumace GTX Pro I closed on 7 December was negotiated down quite hard at the last minute. If it had come in at £6,000, how much more would I have made?",
            "answer",
            json!({"deal_amount_to": {"amount": "6000", "deal": "cnaogh7n"}, "versus": null, "period": null}),
        ),
        (
            "Jonathan Berthelot",
            &[],
            "One of my customers cancelled a GTX order about four months after signing it. Will the commission be taken back from me?",
            "plan_rule",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "Marty came to see me this morning rather upset about his race card. Why has Marty's December gone negative?",
            "answer",
            json!({"op": "explain", "period": "m09", "who": "marty freudenburg"}),
        ),
        (
            "Cara Losch",
            &[],
            "I've been asked to sit on the budget committee for next year's plan, so I need the company-wide picture. What is the whole company costing us in commission this year?",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Cara Losch",
            &[],
            "What would it cost to pay Double Odds at 2.5 times the base instead of 2?",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "expand", "tier": 2, "value": "2.5"}}),
        ),
        (
            "Celia Rouche",
            &[],
            "Could you show me November's payout for each of my team?",
            "answer",
            json!({"op": "top", "n": null, "figure": "payable", "period": "m08"}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "What is the total value of the fresh ground deals I've won this year?",
            "answer",
            json!({"figure": "deal_amount", "deal_type": "new"}),
        ),
    ];
    read_after("hundredseventysixth", cases);
    // ("n'at"; a bonus's name without its word for a bonus names no measure; the glossary's
    // word for a lost deal though an account has it; a quarter asked beside the month that
    // says which deal; a new deal's pay by the measure's noun for pay)
    let cases: &[Turns] = &[
        (
            "Tony Caruso",
            &[],
            "whats my total so far this yr, commision bonuses n'at",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Rich Mikulski",
            &[],
            "did i get the golden hard hat last quarter",
            "answer",
            json!({"figure": "bonus", "measure": null, "period": "q2"}),
        ),
        (
            "Kathy Gorecki",
            &[],
            "how many slag deals did i have last qtr",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "q2"}),
        ),
        (
            "Gary Sokol",
            &[],
            "which 3 of my guys got the most slag this quarter",
            "answer",
            json!({"op": "top", "n": 3, "figure": "deal_count", "stage": "lost"}),
        ),
        (
            "Kathy Gorecki",
            &[],
            "what would q3 pay me if the neville island quad from march had come in at 20k",
            "answer",
            json!({"figure": "payable", "period": "q3", "deal_amount_to": {"amount": "20000", "deal": "iomvizr8"}}),
        ),
        (
            "Denise Hornick",
            &[],
            "how much fresh gate money i got so far",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "Joe Pellegrino",
            &[],
            "if id booked a 40k tailgate contract back in january how much more program incentive wud i have",
            "answer",
            json!({"figure": "earnings", "measure": "programs"}),
        ),
    ];
    read_after("hundredseventyseventh", cases);
}

#[test]
fn round_93_deals_counted_by_what_they_are_and_a_kiwi_floor() {
    use serde_json::json;
    // (deals ranked by a type or a stage in the plural are counted; whether a period went
    // past the cap is its attainment; "on top of" ranks nothing; a glossary's amount word
    // ending "a contract deal's amount"; a government's budgets foretold)
    let cases: &[Turns] = &[(
        "Dustin Brinkmann",
        &[],
        "new flags by rep this quarter",
        "answer",
        json!({"op": "top", "figure": "deal_count", "deal_type": "new", "period": "q3"}),
    )];
    read_after("hundredseventyeighth", cases);
    let cases: &[Turns] = &[
        (
            "Hemi Walker",
            &[],
            "who has the most gone burgers across the company",
            "answer",
            json!({"op": "top", "figure": "deal_count", "stage": "cancelled", "who": "team"}),
        ),
        // (whether a period went past the cap is the distance to it, as earlier sets label
        // it, though this set's label says its attainment)
        (
            "Ben Hollis",
            &[],
            "did I go past the top shelf in q1 eh?",
            "answer",
            json!({"figure": "distance", "period": "q1", "mark": "cap"}),
        ),
        (
            "Josh Mckenzie",
            &[],
            "is kiwisaver paid on top of my commission",
            "plan_rule",
            json!({}),
        ),
        (
            "Losa Fonoti",
            &[],
            "total ACV on my bolt-ons this year",
            "answer",
            json!({"figure": "deal_amount", "deal_type": "extension", "period": "fy"}),
        ),
        (
            "Losa Fonoti",
            &[],
            "will the ministry cut school cleaning budgets next year?",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredseventyninth", cases);
}

#[test]
fn round_94_oilfield_talk() {
    use serde_json::json;
    // ("fixin to", "what all's"; an account by a short first word and the next; the oil
    // patch's gauges foretold; an unmeasured word averaged; a manager's district under a
    // plan change)
    let cases: &[Turns] = &[
        (
            "Cody Whitaker",
            &[],
            "what am I fixin to get on the june 10 crew change",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Latoya Simmons",
            &[],
            "what all's on my whiteboard rn",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Wesley Carrington",
            &[],
            "what did the red fork deal pay me",
            "ask_back",
            json!({}),
        ),
        (
            "Wesley Carrington",
            &[],
            "what did red fork pay me",
            "answer",
            json!({"account": "red fork operating"}),
        ),
        (
            "Wade Dupree",
            &[],
            "y'all think the rig count's gonna come back up by fall?",
            "decline",
            json!({}),
        ),
        (
            "Shelby Rasmussen",
            &[],
            "what's my average day rate on frac tanks this year",
            "decline",
            json!({}),
        ),
        (
            "Wade Dupree",
            &[],
            "kickoff from 70% instead of 75% -- my district's cost?",
            "answer",
            json!({
                "figure": "cost",
                "who": "team:wade dupree",
                "lever": {"kind": "tier_start", "measure": "wellsite", "tier": 2, "value": "0.7"}
            }),
        ),
    ];
    read_after("hundredeightyfirst", cases);
}

#[test]
fn round_94_a_new_hires_words() {
    use serde_json::json;
    // ("this new plan", "new manager" name no deal type; "the MG bonus" of a measure no bonus
    // is named for; the stuff one is working on; backed out after signing; "percentage";
    // a measure's sales ranked; the minimum thing; the extra money level; a definition asked
    // first, or of a word told before; whether new people get a draw)
    let cases: &[Turns] = &[
        (
            "Maureen Marcano",
            &[],
            "hi! still figuring this new plan out - how much have i actually made so far this year?",
            "answer",
            json!({"figure": "earnings", "deal_type": null}),
        ),
        (
            "Hayden Neloms",
            &[],
            "how much did i get from the MG bonus last quarter",
            "answer",
            json!({"figure": "earnings", "measure": "mg_series", "period": "q3"}),
        ),
        (
            "Donn Cantrell",
            &[],
            "whats all the stuff i'm working on worth",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
        (
            "Jonathan Berthelot",
            &[],
            "show me the deals where the customer backed out after signing",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "whats my MG percentage this quarter",
            "answer",
            json!({"figure": "attainment", "measure": "mg_series", "period": "q4"}),
        ),
        (
            "Rosie Papadopoulos",
            &[],
            "best month for MG sales?",
            "answer",
            json!({"op": "best_period", "figure": "credit", "measure": "mg_series"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "would a 10k deal today get me past the minimum thing?",
            "answer",
            json!({"op": "value", "figure": "distance", "mark": "threshold", "n": null}),
        ),
        (
            "Violet Mclelland",
            &["why am i getting nothing on net sales? the MG stuff pays but the other one doesnt"],
            "ok so how much more do i need to get past it?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "measure": "net_sales"}),
        ),
        (
            "Carl Lin",
            &[],
            "someone told me i'm not past 'the opening' yet. what is that?",
            "plan_rule",
            json!({}),
        ),
        (
            "Mei-Mei Johns",
            &[],
            "do new people get a draw or some kind of guaranteed pay while we ramp up?",
            "plan_rule",
            json!({}),
        ),
        (
            "Mei-Mei Johns",
            &[],
            "what's a shadow deal? why do i only get half the credit on some of them",
            "plan_rule",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "who on my team is closest to the extra money level",
            "answer",
            json!({"op": "bottom", "figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "make the extra money level more generous, what's that cost us",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredeightieth", cases);
}

#[test]
fn round_94_what_the_full_run_kept_apart() {
    use serde_json::json;
    // (a span in a story is no figure that keeps it: "quiet for six weeks", "out two weeks in
    // June"; "four months after signing it" is one)
    let cases: &[Turns] = &[(
        "Tyrell Jackson",
        &[],
        "I had a rough winter, two of my agencies moved their catalogs to digital-only and a third went quiet for six weeks. How much did I make between January and March? Just the earnings please, not the advance.",
        "answer",
        json!({"figure": "earnings", "period": "q2", "product": null}),
    )];
    read_after("hundredthirteenth", cases);
    let cases: &[Turns] = &[(
        "Chris Patterson",
        &[],
        "I was out two weeks in June for my sister's wedding so I want to double check something. What did my Q2 payout come to?",
        "answer",
        json!({"op": "value", "figure": "payable", "period": "q2", "versus": null}),
    )];
    read_after("hundredfortyninth", cases);
}

#[test]
fn round_95_singlish() {
    use serde_json::json;
    // (Singlish's particles; "so little" names no account; "can go penthouse or not" and
    // "can bring him there or not" after a distance; a threshold dropped to, or no more; the
    // company's pay-out; "my Q2 quota lower is it" after joining; applying for leave)
    let cases: &[Turns] = &[
        (
            "Kenneth Wong",
            &[],
            "compare my Q2 and Q1 earnings leh",
            "answer",
            json!({"op": "compare", "period": "q2", "versus": "q1"}),
        ),
        (
            "Kavitha Subramaniam",
            &[],
            "walao why i got zero CVC in Q3 so far",
            "answer",
            json!({"op": "explain", "measure": "cvc", "period": "q3"}),
        ),
        (
            "Cheryl Yeo",
            &[],
            "why my may payout so little ah",
            "answer",
            json!({"op": "explain", "period": "m05", "account": null}),
        ),
        (
            "Ravi Chandran",
            &[],
            "if i chop a 30k lift-and-shift today can go penthouse or not",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Rachel Ng",
            &["how far is ravi from penthouse"],
            "a 30k lift-and-shift today can bring him there or not",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "who": "ravi chandran"}),
        ),
        (
            "Rachel Ng",
            &[],
            "lift lobby drop to 30%, we pay how much more",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "cvc", "value": "0.3"}}),
        ),
        (
            "Rachel Ng",
            &[],
            "no more lift lobby, my team get how much more",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "cvc", "value": "0"}}),
        ),
        (
            "Kenneth Wong",
            &[],
            "whole company so far pay out how much already",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Nur Aisyah Rahman",
            &[],
            "i only join in april, my Q2 quota lower is it",
            "plan_rule",
            json!({}),
        ),
        (
            "Kenneth Wong",
            &[],
            "can help me apply leave this friday",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredeightythird", cases);
}

#[test]
fn the_reviews_narrowings_keep_other_everyday_questions() {
    use serde_json::json;
    // (what a review of this round's rules found they would have misread: a stage before
    // "pipeline" is its size; "on top of the board" ranks; a measure's sales listed are
    // deals; "if not how short" asks the distance; a draw in a month is its figure)
    let cases: &[Turns] = &[
        (
            "Cara Losch",
            &[],
            "who on my team has the most open pipeline",
            "answer",
            json!({"op": "top", "figure": "deal_amount", "stage": "open"}),
        ),
        (
            "Cara Losch",
            &[],
            "which rep is on top of the board this quarter",
            "answer",
            json!({"op": "top", "n": 1}),
        ),
        (
            "Maureen Marcano",
            &[],
            "list my MG sales",
            "answer",
            json!({"op": "list", "figure": null}),
        ),
        (
            "Maureen Marcano",
            &[],
            "did i clear the opening this year? if not how short am i",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
    ];
    read_after("hundredeightieth", cases);
    let cases: &[Turns] = &[(
        "Marty Freudenburg",
        &[],
        "do i get a draw in march",
        "answer",
        json!({"figure": "draw_advanced", "period": "m10"}),
    )];
    read_after("hundredseventysecond", cases);
}

#[test]
fn round_95_territory_reviews() {
    use serde_json::json;
    // (a payday's first word after its month; "and what's in it"; a seller against the rest
    // of the team ranked; "this fiscal")
    let cases: &[Turns] = &[
        (
            "Violet Mclelland",
            &[],
            "what will the january splashdown pay me",
            "answer",
            json!({"figure": "payable", "period": "m11"}),
        ),
        (
            "Boris Faz",
            &[],
            "what did november pay me and what's in it?",
            "answer",
            json!({"op": "explain", "period": "m10"}),
        ),
        (
            "Celia Rouche",
            &[],
            "how did marty do against the rest of my team on earnings this year",
            "answer",
            json!({"op": "rank", "who": "marty freudenburg"}),
        ),
        (
            "Celia Rouche",
            &[],
            "across all three offices, who's the top earner this fiscal",
            "answer",
            json!({"op": "top", "period": "fy", "who": "team"}),
        ),
    ];
    read_after("hundredeightysecond", cases);
}

#[test]
fn round_96_a_managers_desk_and_a_state_reached_as_a_place() {
    use serde_json::json;
    // ("my desk" is the asking manager's, though a territory is the Agency Desk; "going full
    // bleed" reached "to full bleed")
    let cases: &[Turns] = &[
        (
            "Gord Kowalchuk",
            &[],
            "what did my desk cost me last quarter",
            "answer",
            json!({"figure": "cost", "who": "team:gord kowalchuk", "period": "q2"}),
        ),
        (
            "Gord Kowalchuk",
            &[],
            "what did the agency desk cost last quarter",
            "answer",
            json!({"who": "team:marc-andré gagnon"}),
        ),
        (
            "Colleen Fraser",
            &[],
            "would a 20k offset run today get me to full bleed",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
    ];
    read_after("hundredeightyfifth", cases);
}

#[test]
fn round_96_what_the_full_run_kept_apart() {
    use serde_json::json;
    // (a cheque named for its month is that month's, though the payday is "| cheque day |";
    // the most open deals are their size; a bonus's pay-out across the company is the bonus)
    let cases: &[Turns] = &[(
        "Chloé Gagnon",
        &[],
        "why was my august cheque so small",
        "answer",
        json!({"op": "explain", "period": "m07"}),
    )];
    read_after("seventyfifth", cases);
    let cases: &[Turns] = &[(
        "Summer Sewald",
        &[],
        "who on my team has the most on deck",
        "answer",
        json!({"op": "top", "figure": "deal_amount", "stage": "open"}),
    )];
    read_after("hundredfourth", cases);
    let cases: &[Turns] = &[(
        "Rocco Neubert",
        &[],
        "what did the cold start spiff pay out across the company in q1",
        "answer",
        json!({"figure": "bonus", "who": "team"}),
    )];
    read_after("ninetieth", cases);
}

#[test]
fn round_97_what_its_sets_taught() {
    use serde_json::json;
    // (a tier named as a product's first word is the tier; "| AR | Armed Response Monitoring |"
    // names no tier; a tier's idea word names no product; a product's other name with its
    // last word names no measure; "in winter" is a season; a what-if's "my pay" is its
    // earnings, without the quarter of the distance asked before; a story before a what-if;
    // "quick one"; how pay turns into rands is a rule)
    let cases: &[Turns] = &[
        (
            "Riaan Botha",
            &[],
            "how close am i to armed this quarter",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "product": null}),
        ),
        (
            "Riaan Botha",
            &[],
            "how many AR contracts have i signed",
            "answer",
            json!({"product": "armed response monitoring"}),
        ),
        (
            "Sipho Ndlovu",
            &[],
            "what response level am i at",
            "answer",
            json!({"figure": "rate", "product": null, "measure": "monitoring"}),
        ),
        (
            "Sipho Ndlovu",
            &[],
            "what would a 6k off-site monitoring contract pay me",
            "answer",
            json!({"figure": "earnings", "measure": null, "new_deal": {"amount": "6000", "product": "cctv remote monitoring"}}),
        ),
        ("Sipho Ndlovu", &[], "what did i earn in summer", "ask_back", json!({})),
        (
            "Riaan Botha",
            &[
                "how far am i from siren this quarter",
                "would a 5k beams job get me there?",
            ],
            "ok and what does that do to my pay?",
            "answer",
            json!({
                "figure": "earnings",
                "period": null,
                "mark": null,
                "new_deal": {"amount": "5000", "product": "perimeter beam system"}
            }),
        ),
        (
            "Sipho Ndlovu",
            &[],
            "eish, quiet week. if i sign a 2k off-site contract today what do i get",
            "answer",
            json!({"figure": "earnings", "period": null, "new_deal": {"amount": "2000", "product": "cctv remote monitoring"}}),
        ),
        (
            "Sipho Ndlovu",
            &[],
            "Stuck in traffic on the N1. Quick one, how far am I from the boom gate?",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Sipho Ndlovu",
            &[],
            "which exchange rate turns my dollars into rand",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredeightyseventh", cases);
    // (a greeting to the channel names no team; a possessive no one on the roster has is asked
    // back; where someone stands on a figure is their rank, against their own quota their
    // attainment; a month to get past a quarterly threshold by is no period of the distance)
    let cases: &[Turns] = &[
        (
            "Anna Snelling",
            &[],
            "Hello all, what is my SBC credit till date",
            "answer",
            json!({"who": "anna snelling"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "what is suresh's commission this quarter",
            "ask_back",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "where does reed stand on earnings this year",
            "answer",
            json!({"op": "rank", "figure": "earnings"}),
        ),
        (
            "Anna Snelling",
            &[],
            "where do i stand against my quota",
            "answer",
            json!({"op": "value", "figure": "attainment"}),
        ),
        (
            "Moses Frase",
            &[],
            "how far i am from the crease, have to cross it this month",
            "answer",
            json!({"figure": "distance", "period": null}),
        ),
    ];
    read_after("hundredeightysixth", cases);
}

#[test]
fn round_98_what_its_sets_taught() {
    use serde_json::json;
    // (a bonus's name with its accents; the pay with the draw in it; "it's a joke" is a
    // complaint; a word of assent before a follow-up; a product getting dearer is the market's)
    let cases: &[Turns] = &[
        (
            "Boris Faz",
            &[],
            "what did the céad míle fáilte spiff pay me in q2",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "Moses Frase",
            &[],
            "what was i paid this year all in, dig-out included",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "why is my q2 hardware so low, it's a joke",
            "answer",
            json!({"op": "explain"}),
        ),
        (
            "Jonathan Berthelot",
            &["how far am i from going senior this quarter"],
            "sound, and with a 20k gtk 500 today?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "20000", "product": "gtk 500"}}),
        ),
        (
            "Cara Losch",
            &[],
            "is the gtx pro going to get more expensive next year",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredeightyeighth", cases);
    // (Pidgin without a word only it has: "pass" after a verb is the most, before what is
    // passed "past"; "na … nko" is "and …?"; the document's word for a cancelled deal, though
    // English says it of clawbacks, counted or listed is the deals; the payday said by its
    // name is pay; "break down <seller> <period>"; stock ordered is an errand)
    let cases: &[Turns] = &[
        (
            "Amaka Nwosu",
            &[],
            "which quarter I earn pass",
            "answer",
            json!({"op": "best_period", "figure": "earnings"}),
        ),
        (
            "Kelechi Onyeka",
            &[],
            "which deal pay me pass this year",
            "answer",
            json!({"op": "top", "n": 1}),
        ),
        (
            "Ngozi Okafor",
            &[],
            "if I close 5k kit today e go carry me pass the blackout line?",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Amaka Nwosu",
            &[],
            "how many reversals I get this year",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled"}),
        ),
        (
            "Amaka Nwosu",
            &[],
            "list my reversals",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Amaka Nwosu",
            &[],
            "what did my reversals cost me",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "Musa Abdullahi",
            &[],
            "why was my october alert so small",
            "answer",
            json!({"op": "explain", "period": "m06"}),
        ),
        (
            "Hauwa Bello",
            &[],
            "break down ngozi Q2 for me",
            "answer",
            json!({"op": "explain", "period": "q2"}),
        ),
        (
            "Hauwa Bello",
            &[],
            "abeg order 5 inverters for Sunfix from warehouse",
            "decline",
            json!({}),
        ),
        (
            "Hauwa Bello",
            &[],
            "lantern at 5%, how much more we go pay?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "ib", "tier": 2, "value": "0.05"}}),
        ),
        (
            "Bisola Adebayo",
            &["my gen attainment for Q1 na how much"],
            "na Q3 own nko?",
            "answer",
            json!({"figure": "attainment", "measure": "gen", "period": "q3"}),
        ),
    ];
    read_after("hundredeightyninth", cases);
}

#[test]
fn round_99_what_its_sets_taught() {
    use serde_json::json;
    // (Scots read as the English it spells: "fae", "intae", "the day", "ye"; "how much am I
    // getting" in a period is what it pays; "why am I only getting 700" is explained)
    let cases: &[Turns] = &[
        (
            "Cara Losch",
            &[],
            "how far is anna fae the stile this month",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "who": "anna snelling"}),
        ),
        (
            "Anna Snelling",
            &[],
            "just joined in november so go easy. how much am i getting this month?",
            "answer",
            json!({"figure": "payable", "period": "m10"}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "why am i only getting 700 for november",
            "answer",
            json!({"op": "explain", "period": "m09"}),
        ),
        (
            "Niesha Huffines",
            &[],
            "would a 9k gtx pro the day get me intae munro",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "9000", "product": "gtx pro"}}),
        ),
        ("Moses Frase", &[], "can ye mark P858PP0L as lost", "decline", json!({})),
        // ("how much systems": the Systems measure's amount; "how many systems" are deals)
        (
            "Wilburn Farren",
            &[],
            "how much systems did i sell in november",
            "answer",
            json!({"figure": "credit", "measure": "systems"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "how many systems did i sell in november",
            "answer",
            json!({"figure": "deal_count"}),
        ),
    ];
    read_after("hundredninetieth", cases);
    // (Sheng's greetings and fillers are nothing, its money "money"; what I earn on the
    // payday's day is what it pays; a deal slipped is no pay slip, though the document calls
    // the statement "| slip |"; "projects" is no "projected" pipeline; the long and short
    // rains are seasons; a season is the document's quarter)
    let cases: &[Turns] = &[
        (
            "Faith Njeri",
            &[],
            "niaje, what is my inputs attainment this quarter?",
            "answer",
            json!({"figure": "attainment", "period": "q3"}),
        ),
        (
            "Faith Njeri",
            &[],
            "how much chapaa did I make in Q2 manze",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        (
            "Tabitha Muthoni",
            &[],
            "how much will I make on the 28th?",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Faith Njeri",
            &[],
            "if 64CTQ6C5 had slipped to may what would I lose",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Moses Wafula",
            &[],
            "if my whole nursery comes in what is my projects attainment",
            "answer",
            json!({"pipeline": "all"}),
        ),
        (
            "Mercy Wanjiku",
            &[],
            "what did I earn in the short rains",
            "ask_back",
            json!({}),
        ),
        (
            "Brian Otieno",
            &[],
            "what was my inputs attainment last season",
            "answer",
            json!({"period": "q2"}),
        ),
    ];
    read_after("hundredninetyfirst", cases);
}

#[test]
fn round_100_what_its_sets_taught() {
    use serde_json::json;
    // (young sellers' fillers are known words that ask nothing: "ngl", "deadass", "ong",
    // "tryna", "finna")
    let cases: &[Turns] = &[
        (
            "Anna Snelling",
            &[],
            "ngl how much have i made in q2 💀",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        (
            "Donn Cantrell",
            &[],
            "deadass how far am i from the lift line this month",
            "answer",
            json!({"mark": "threshold"}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "tryna see my attainment this month ong",
            "answer",
            json!({"figure": "attainment"}),
        ),
    ];
    read_after("hundredninetysecond", cases);
    // (Jamaican Patois: "mi" is I before what is done, me after a verb, my before a thing;
    // "dis", "di", "pon", "inna"; a Patois question read as Patois, though Spanish has "mi")
    let cases: &[Turns] = &[
        (
            "Kemar Williams",
            &[],
            "how many new face mi sign dis year",
            "answer",
            json!({"figure": "deal_count", "period": "fy"}),
        ),
        (
            "Kemar Williams",
            &[],
            "wah mi earn inna Q2",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        (
            "Kemoy Thompson",
            &[],
            "how much mi a go get pon Settle Day?",
            "answer",
            json!({"figure": "payable", "period": "m07"}),
        ),
        (
            "Kadian Walker",
            &[],
            "how much dem claw back from mi dis year",
            "answer",
            json!({"figure": "clawback", "period": "fy"}),
        ),
        (
            "Kadian Walker",
            &[],
            "a 300k cement order wud get mi to di slab?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
    ];
    read_after("hundredninetythird", cases);
}

#[test]
fn round_101_what_its_sets_taught() {
    use serde_json::json;
    // (a glossary type in the plural "ies"; whether the asker shares in another's deal is
    // the split rule; "why?" after a product's pay explains those deals; a measure's own
    // plural noun for its steps ("| the pour chart | …'s styles: … |") made more generous is
    // a change without its value)
    let cases: &[Turns] = &[
        (
            "Moses Frase",
            &[],
            "how many resupplies did i close in q3",
            "answer",
            json!({"deal_type": "renewal"}),
        ),
        (
            "Cassey Cress",
            &[],
            "do i get any credit when markita closes a gtk 500?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredninetyfourth", cases);
    let cases: &[Turns] = &[
        (
            "Dominic Castillo",
            &["what did my line jobs pay me this year"],
            "why?",
            "answer",
            json!({"op": "explain", "product": "draft system install"}),
        ),
        (
            "Dominic Castillo",
            &[],
            "what if the pour chart paid a bit more, what would i get",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("hundredninetyfifth", cases);
}

#[test]
fn round_102_what_its_sets_taught() {
    use serde_json::json;
    // (why one asks, before a question with no mark that says all it asks, is left out; a
    // deal's id in a sentence before an order is no figure)
    let cases: &[Turns] = &[
        (
            "Niesha Huffines",
            &[],
            "Rough few weeks, lost a couple to a competitor. why is my october ticket so low",
            "answer",
            json!({"op": "explain", "period": "m07"}),
        ),
        (
            "Donn Cantrell",
            &[],
            "ZH2TBHVZ was never lost, the buyer came back. mark it as won please",
            "decline",
            json!({}),
        ),
    ];
    read_after("hundredninetysixth", cases);
}

#[test]
fn a_sentence_told_before_the_question() {
    use serde_json::json;
    // (a period told before the question, which names its own, is no comparison; unless
    // the question compares)
    let cases: &[Turns] = &[
        (
            "Alicia Reyes",
            &[],
            "I went way past the high limit back in q1. how far am I from it this quarter",
            "answer",
            json!({"figure": "distance", "mark": "cap", "op": "value", "period": "q3", "versus": null}),
        ),
        (
            "Alicia Reyes",
            &[],
            "I made a lot in q1. did I make more in q2?",
            "answer",
            json!({"op": "compare", "period": "q1", "versus": "q2"}),
        ),
    ];
    read_after("hundredninetyseventh", cases);
    // ("how close was i" after whether a tier was reached: the distance to it)
    let cases: &[Turns] = &[(
        "Jonathan Berthelot",
        &["did i catch the express in october?"],
        "how close was i",
        "answer",
        json!({"figure": "distance", "mark": "accelerator", "period": "m07"}),
    )];
    read_after("hundredninetysixth", cases);
    // (the month told of a deal's signing says which deal, and the deal named its product)
    let cases: &[Turns] = &[(
        "Cassey Cress",
        &[],
        "umbrella corp signed the gtx pro this month. if it had come in at 9k what would i have made",
        "answer",
        json!({"deal_amount_to": {"deal": "tl0uilcv", "amount": "9000"}, "period": null}),
    )];
    read_after("hundredninetyfourth", cases);
}

#[test]
fn the_documents_names_beside_each_other() {
    use serde_json::json;
    // (the Die Line beside the Score Line is no German "die": "line" names neither; a type's
    // other name keeps its word that is the tiers' ("fresh ink" where the inks are tiers);
    // a glossary row for a rush job names the type; balances of the draw; vacation pay is
    // the plan's rule)
    let cases: &[Turns] = &[
        (
            "Gord Kowalchuk",
            &[],
            "if we moved the score line to 55%, who on my desk would lose the most",
            "answer",
            json!({"op": "bottom", "lever": {"kind": "threshold", "measure": "growth", "value": "0.55"}}),
        ),
        (
            "Gord Kowalchuk",
            &[],
            "which two reps carry the biggest make-ready balances",
            "answer",
            json!({"figure": "draw_balance", "op": "top", "n": 2}),
        ),
        (
            "Simone Baptiste",
            &[],
            "how many fresh ink deals have i signed this year",
            "answer",
            json!({"figure": "deal_count", "deal_type": "new"}),
        ),
        (
            "Tanvir Hossain",
            &[],
            "show me my hot jobs from june",
            "answer",
            json!({"op": "list", "deal_type": "rush"}),
        ),
        (
            "Danny Tran",
            &[],
            "does vacation pay get paid on commission?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredeightyfifth", cases);
    // ("what's in it" after a pay that looks light: explained; a manager's "which rep",
    // asked as it is, is among theirs)
    let cases: &[Turns] = &[
        (
            "Hayden Neloms",
            &[],
            "my core pay for last month seems low, whats in it",
            "answer",
            json!({"op": "explain", "measure": "core", "period": "m07"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "which rep has the most spills this year",
            "answer",
            json!({"op": "top", "stage": "lost", "who": "team:melvin marxen"}),
        ),
    ];
    read_after("hundredeightyfourth", cases);
    // (a deal resized after why it paid little: the deal, not its account's pay)
    let cases: &[Turns] = &[(
        "Daniell Hammack",
        &["why did the kinnamplus deal pay me so little"],
        "and if it had come in at 25k?",
        "answer",
        json!({"deal_amount_to": {"deal": "ldibotno", "amount": "25000"}, "account": null}),
    )];
    read_after("hundredninetysecond", cases);
}

#[test]
fn round_103_104_what_their_sets_taught() {
    use serde_json::json;
    // (a draw balance typed in a hurry; a starter "just" joined asks the plan's proration)
    let cases: &[Turns] = &[
        (
            "Carl Lin",
            &[],
            "how much is left on my launch pad balence",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Carl Lin",
            &[],
            "i just joined in september, is my quota lower",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredninetyeighth", cases);
    // (Marc is no March; "send me a list" shows; what the world brings the sales, foretold,
    // is declined; a glossary's open deals that "came in"; "which of my deals in q2 paid me
    // the most" is one; a story that names where the question's "there" is; who told the
    // asker is not whom it is about; a superlative told before "how much"; a measure named
    // "bookings" before its quota is no credit asked)
    let cases: &[Turns] = &[
        (
            "Denise Arsenault",
            &[],
            "how does Marc rank on my team for services attainment?",
            "answer",
            json!({"op": "rank", "who": "marc gagnon", "period": null}),
        ),
        (
            "Denise Arsenault",
            &[],
            "could you send me a list of Tyler's open deals please",
            "answer",
            json!({"op": "list", "stage": "open", "who": "tyler bouchard"}),
        ),
        (
            "Denise Arsenault",
            &[],
            "Will the new condo towers bring more furniture orders next year?",
            "decline",
            json!({}),
        ),
        (
            "Kevin O'Donnell",
            &[],
            "If everything I have on the board came in, what would I earn?",
            "answer",
            json!({"figure": "earnings", "pipeline": "all"}),
        ),
        (
            "Kevin O'Donnell",
            &[],
            "which of my deals in q2 paid me the most?",
            "answer",
            json!({"op": "top", "n": 1, "period": "q2"}),
        ),
        (
            "Kevin O'Donnell",
            &[],
            "Priya told me I am close to the next floor. How much more do I need to book to get there?",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "who": "kevin o'donnell"}),
        ),
        (
            "Kevin O'Donnell",
            &[],
            "Harbourfront Marketing has been my best account this year. How much have they paid me?",
            "answer",
            json!({"op": "value", "account": "harbourfront marketing", "n": null}),
        ),
        (
            "Raj Malhotra",
            &[],
            "if the bookings quota went up to $700,000, how much would Jennifer lose?",
            "answer",
            json!({"figure": "earnings", "who": "jennifer liu"}),
        ),
    ];
    read_after("hundredninetyninth", cases);
    // ("getting barrelled" said of a deal: "get me barrelled"; the document's figure wrapped
    // to a line's head is no clause's number)
    let cases: &[Turns] = &[(
        "Marty Freudenburg",
        &[],
        "would a 15k deal get me barrelled this quarter?",
        "answer",
        json!({"figure": "distance", "mark": "accelerator"}),
    )];
    read_after("twohundredth", cases);
}

#[test]
fn round_105_older_misses_read_again() {
    use serde_json::json;
    // (a period ranked for a measure named by its goods is what it earned; for its credit
    // when the credit is said)
    let cases: &[Turns] = &[
        (
            "Cassey Cress",
            &[],
            "which month was my best for platform?",
            "answer",
            json!({"figure": "earnings", "op": "best_period"}),
        ),
        (
            "Cassey Cress",
            &[],
            "best month for platform credit?",
            "answer",
            json!({"figure": "credit", "op": "best_period"}),
        ),
    ];
    read_after("hundredninetieth", cases);
    // (two periods told, one asked)
    let cases: &[Turns] = &[(
        "Priscila Nunes",
        &[],
        "march was slow after a huge january. how much commission did i earn in march?",
        "answer",
        json!({"op": "value", "versus": null}),
    )];
    read_after("hundredsixtyfirst", cases);
    // ("payouts" of a payout cap's lever is no figure asked)
    let cases: &[Turns] = &[(
        "Callum Reyes",
        &[],
        "what would darcel make if we put a 40k cap on payouts",
        "answer",
        json!({"figure": "earnings", "lever": {"kind": "payout_cap", "value": "40000"}}),
    )];
    read_after("hundredfortythird", cases);
    // (a starter who "came on board" asks the proration rule)
    let cases: &[Turns] = &[(
        "Wilburn Farren",
        &[],
        "came on board in May, do I carry a full Q2 target?",
        "plan_rule",
        json!({}),
    )];
    read_after("hundredthirtyseventh", cases);
}

#[test]
fn round_105_what_its_sets_taught() {
    use serde_json::json;
    // ("could you show me …" is a favour, no yes-or-no rule; a glossary's initials for a
    // product before what they spell out; a measure's word inside a changed deal's name; a
    // weekday is the coming one; a new deal's account scopes no pay; whether someone pulls
    // their weight is a judgement)
    let cases: &[Turns] = &[
        (
            "Hannah Price",
            &[],
            "A customer cancelled on me last month. Could you show me my U-turns?",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Chloe Fraser",
            &[],
            "what did my DCs pay me in q2",
            "answer",
            json!({"figure": "earnings", "product": "dedicated warehouse"}),
        ),
        (
            "Hannah Price",
            &[],
            "If the Humber Steel Fixings e-fulfilment deal had slipped to April, what would I lose?",
            "answer",
            json!({"move_deal": {"deal": "n0xwyrbu", "close_date": "2027-04-30"}, "measure": null}),
        ),
        (
            "Shauna McBride",
            &[],
            "If I sign a £9k P&P on Thursday, what would I earn?",
            "answer",
            json!({"new_deal": {"amount": "9000", "close_date": "2026-12-17", "product": "pick & pack"}}),
        ),
        (
            "Karen Whitlock",
            &[],
            "Tom is close with Trent Valley Dairies. What would he earn if a £90k DC closed today?",
            "answer",
            json!({"who": "tom ashworth", "account": null}),
        ),
        (
            "Karen Whitlock",
            &[],
            "honestly, is Tom pulling his weight?",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredthird", cases);
    // (the day a deal closed picks it among its twins; "the demo work on my last deal" asks
    // no focus)
    let cases: &[Turns] = &[
        (
            "Kary Hendrixson",
            &[],
            "Why did the Lexiqvolax GTX Plus Basic I closed on June 14 pay so much?",
            "answer",
            json!({"op": "explain", "deal": "thnegvh2"}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "A presales guy did half the work on my last deal. Does that change who gets the credit?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("twohundredsecond", cases);
}

#[test]
fn round_106_what_its_sets_taught() {
    use serde_json::json;
    // (a question in a statement's order, as English learned second writes it, read in a
    // question's; the payday "this november"; initials that name the pay; a month of the
    // asker's "so small"; converting to a currency; filing leave; a team that "open" doors;
    // a part set at a value before the question; a stranger in a statement's order; what a
    // measure that paid nothing was "short"; the deal "from april")
    let cases: &[Turns] = &[
        (
            "Paolo Reyes",
            &[],
            "How much I will get on Pulse Day this november?",
            "answer",
            json!({"figure": "payable", "period": "m07"}),
        ),
        (
            "Sneha Kulkarni",
            &[],
            "how much my CEC so far?",
            "answer",
            json!({"figure": "earnings", "measure": "equipment"}),
        ),
        (
            "Jerome Villanueva",
            &[],
            "why my november is so small?",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        (
            "Rhea Bautista",
            &[],
            "if I get a 150k LVP today, I will pass the Priming Line?",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Joel Castillo",
            &[],
            "I resigned already, I need to return the lifeline?",
            "plan_rule",
            json!({}),
        ),
        (
            "Diego Alvarado",
            &[],
            "which rate you use for converting my dollar deals to peso?",
            "plan_rule",
            json!({}),
        ),
        (
            "Diego Alvarado",
            &[],
            "can you file my leave for next week?",
            "decline",
            json!({}),
        ),
        (
            "Ramon Dela Cruz",
            &[],
            "how many new doors my team open in Q3?",
            "answer",
            json!({"figure": "deal_count", "deal_type": "new", "stage": null}),
        ),
        (
            "Vikram Nair",
            &[],
            "Bolus at 10%, what Jerome will get?",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "equipment", "tier": 4, "value": "0.1"}}),
        ),
        ("Vikram Nair", &[], "how much Maria made in Q3?", "ask_back", json!({})),
        (
            "Carlos Medina",
            &["why I got nothing for equipment in Q1? I sold almost 900k"],
            "how much I was short?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "period": "q1"}),
        ),
        (
            "Mark Anthony Ocampo",
            &[],
            "how much the Iligan Falls bedside from april paid me?",
            "answer",
            json!({"deal": "hduv7vjn", "account": null}),
        ),
    ];
    read_after("twohundredfifth", cases);
    // (an accelerator's name of four words; "that month" after a month's check)
    let cases: &[Turns] = &[
        (
            "Anna Snelling",
            &[],
            "how close am I to putting the hammer down?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Niesha Huffines",
            &["Why was my September check so small?"],
            "how far was I from the On-Ramp that month?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "period": "m09"}),
        ),
    ];
    read_after("twohundredfourth", cases);
}

#[test]
fn round_107_what_its_sets_taught() {
    use serde_json::json;
    // (a comparative where English says the superlative, after a verb and its object or a
    // change said first; a deal "was" a size; an amount "of" a product "another"; "how much
    // I get" in a statement's order)
    let cases: &[Turns] = &[
        (
            "James Ascencio",
            &[],
            "which deal give me more commission?",
            "answer",
            json!({"op": "top", "n": 1, "figure": "earnings"}),
        ),
        (
            "Markita Hansen",
            &[],
            "if the Finjob GTK 500 was 25000, how much more I earn?",
            "answer",
            json!({"deal_amount_to": {"deal": "tb27k4gc", "amount": "25000"}}),
        ),
        (
            "Gladys Colclough",
            &[],
            "with another 5000 of MG Advanced, I reach High Tide?",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "new_deal": {"amount": "5000", "product": "mg advanced"}}),
        ),
        (
            "Summer Sewald",
            &[],
            "Sandbar down to 120%, which 3 sellers lose more?",
            "answer",
            json!({"figure": "earnings", "op": "bottom", "n": 3}),
        ),
        (
            "Niesha Huffines",
            &[],
            "if all my deals at sea close, how much I get in december?",
            "answer",
            json!({"figure": "payable", "pipeline": "all"}),
        ),
    ];
    read_after("twohundredsixth", cases);
    // (a product whose name ends in the trade's noun for a deal, "Business Owners Policy", is
    // not every policy; "| comp | Workers' Compensation: a "comp policy" |" names the product
    // before a deal's noun, not "my comp"; a word the glossary says is not measured is no
    // idea of the plan's; a quote to fetch is an errand)
    let cases: &[Turns] = &[
        (
            "Greg Castellanos",
            &[],
            "what's the biggest policy I've bound this quarter?",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "product": null}),
        ),
        (
            "Erin Lockwood",
            &[],
            "show me my comp policies that are out to market",
            "answer",
            json!({"op": "list", "product": "workers' compensation", "stage": "open"}),
        ),
        (
            "Erin Lockwood",
            &[],
            "what's my comp this month",
            "answer",
            json!({"figure": "earnings", "product": null}),
        ),
        (
            "Shonda Reeves",
            &[],
            "how many x-dates have I got in november",
            "decline",
            json!({}),
        ),
        (
            "Kyle Brandt",
            &[],
            "can you get me a quote for lynnhaven fish house",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredseventh", cases);
}

#[test]
fn round_108_what_its_sets_taught() {
    use serde_json::json;
    // (Spanish and Portuguese speakers' English: "very" is no Versie, "mil" a thousand beside
    // deals of thousands, "| la meta |" the quota, the payday's first word with its month, a
    // period's word no measure's, the question's words last, "is possible to", "it" unsaid,
    // a plural of a type's other name, "the one before", "how much made X")
    let cases: &[Turns] = &[
        (
            "Violet McLelland",
            &[],
            "it was very slow for me. how much advance they gave me in november?",
            "answer",
            json!({"figure": "draw_advanced", "who": "violet mclelland", "period": "m07"}),
        ),
        (
            "Violet McLelland",
            &[],
            "if i sign a recompra of 15 mil of gtx basic, i pass el pitazo?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "new_deal": {"amount": "15000", "product": "gtx basic", "type": "expansion"}}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "how much is my meta of last quarter",
            "answer",
            json!({"figure": "quota", "period": "q2"}),
        ),
        (
            "Corliss Cosme",
            &[],
            "what i got in the taquilla of december",
            "answer",
            json!({"figure": "payable", "period": "m07"}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "if i close a deal of 8k this month, how much i receive in the taquilla of february?",
            "answer",
            json!({"figure": "payable", "period": "m09", "new_deal": {"amount": "8000"}}),
        ),
        (
            "Donn Cantrell",
            &[],
            "my commission of this quarter, how much is",
            "answer",
            json!({"figure": "earnings", "op": "value", "period": "q3", "measure": null}),
        ),
        (
            "Donn Cantrell",
            &[],
            "bottom 3 deals of the team this quarter",
            "answer",
            json!({"period": "q3", "measure": null}),
        ),
        (
            "Daniell Hammack",
            &[],
            "is possible to see my offside deals?",
            "answer",
            json!({"op": "list", "stage": "lost"}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "Is a slow month, the clients are on holidays. how many autogoles i have this quarter?",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled", "period": "q3"}),
        ),
        (
            "Niesha Huffines",
            &[],
            "what i have en juego with gtk 500",
            "answer",
            json!({"op": "list", "stage": "open", "product": "gtk 500"}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "how many recompras i won in q2",
            "answer",
            json!({"figure": "deal_count", "deal_type": "expansion", "measure": null, "period": "q2"}),
        ),
        (
            "James Ascencio",
            &[],
            "compare my earnings of last month with the one before",
            "answer",
            json!({"op": "compare", "period": "m08", "versus": "m07"}),
        ),
        (
            "Celia Rouche",
            &[],
            "how much made juanito this quarter",
            "ask_back",
            json!({}),
        ),
        (
            "Cassey Cress",
            &[],
            "which deal paid me more in q2",
            "answer",
            json!({"op": "top", "n": 1, "figure": "earnings", "period": "q2"}),
        ),
        (
            "Moses Frase",
            &[],
            "my attainment of this quarter how is",
            "answer",
            json!({"figure": "attainment", "period": "q3"}),
        ),
    ];
    read_after("twohundredninth", cases);
    // (Polish and German speakers' English: Polish diminutives, a Slavic plural of a type's
    // other name, "why earns Sabine", "waht", a product told from its twin by its number, the
    // account's cancelled order by its glossary word, "until now in this plan year")
    let cases: &[Turns] = &[
        (
            "Grażyna Wiśniewska",
            &["what did Marta earn in q2"],
            "and Kasia?",
            "answer",
            json!({"who": "katarzyna dąbrowska", "period": "q2"}),
        ),
        (
            "Grażyna Wiśniewska",
            &[],
            "Why makes Sabine so much in October?",
            "answer",
            json!({"op": "explain", "who": "sabine krüger"}),
        ),
        (
            "Agnieszka Nowak",
            &[],
            "how many serwisówki I have in November?",
            "answer",
            json!({"figure": "deal_count", "deal_type": "service"}),
        ),
        (
            "Stefan Becker",
            &[],
            "waht is my array rate now",
            "answer",
            json!({"figure": "rate", "measure": "array"}),
        ),
        (
            "Jan Nowicki",
            &[],
            "if I sign 30k Wega 30 today, how far I am from the cross?",
            "answer",
            json!({"figure": "distance", "new_deal": {"amount": "30000", "product": "wega 30 inverter"}}),
        ),
        (
            "Agnieszka Nowak",
            &[],
            "How much I have earned until now in this plan year?",
            "answer",
            json!({"figure": "earnings", "period": null}),
        ),
    ];
    read_after("twohundredeighth", cases);
}

#[test]
fn round_109_what_its_sets_taught() {
    use serde_json::json;
    // (Southeast Asian English: "already or not" asks where one stands; Thai and Indonesian
    // endings; "need how much more"; "X is what?"; "become" a change; "hit target"; the
    // question's own two periods after a story of them)
    let cases: &[Turns] = &[
        (
            "Rizky Pratama",
            &[],
            "I reach target already or not this month?",
            "answer",
            json!({"figure": "attainment"}),
        ),
        (
            "Kittipong Chaiyasit",
            &[],
            "need how much more to catch wok hei krub?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Linh Pham",
            &[],
            "Q1 very good, Q2 not so good. Why Q2 lower than Q1?",
            "answer",
            json!({"op": "compare", "period": "q2", "versus": "q1"}),
        ),
        (
            "Putri Handayani",
            &[],
            "my attainment this quarter is what?",
            "answer",
            json!({"figure": "attainment", "period": "q3"}),
        ),
        (
            "Hendra Wijaya",
            &[],
            "TI become 28k for everybody, total cost how much ya?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "target_incentive", "value": "28000"}}),
        ),
    ];
    read_after("twohundredtenth", cases);
    // (a long story told before the question, numbers and suppositions in it, is set aside
    // when the question says all it asks; a run-on's question after "so"; not a yes-or-no
    // question a rule answers from the story's facts)
    let cases: &[Turns] = &[
        (
            "Mike Brennan",
            &[],
            "spent the whole morning at the hospital on 5 west with the chiller guys and the facilities director wants 3 quotes by monday, my kid has a game at 6 so I gotta run but how much have I made this quarter",
            "answer",
            json!({"figure": "earnings", "period": "q3", "account": null, "product": null}),
        ),
        (
            "Jenna Vogel",
            &[],
            "two of my schools pushed their rooftop jobs to next year because of budget votes and the third one wants a 20k discount on the controls piece. show me my open deals",
            "answer",
            json!({"op": "list", "stage": "open", "product": null}),
        ),
        (
            "Gary Schroeder",
            &[],
            "the VP asked me at lunch whether the new hires are going to make it this year and I said yes but I want a number. whats kyle's pace",
            "answer",
            json!({"figure": "pace", "who": "kyle brandt"}),
        ),
        (
            "Keisha Greene",
            &[],
            "I might close a 45k boiler with mercy lakeshore next week if the board approves the money. how much would I make",
            "answer",
            json!({"new_deal": {"amount": "45000", "product": "boiler", "close_date": "2026-08-27"}}),
        ),
    ];
    read_after("twohundredeleventh", cases);
}

#[test]
fn round_110_what_its_sets_taught() {
    use serde_json::json;
    // (American Slack: a picture ends a sentence; the year to date the question says over a
    // quarter told; a superlative told is no ranking when the question asks none; "q/q";
    // "coasted" is no "costed")
    let cases: &[Turns] = &[
        (
            "Zane Levy",
            &[],
            "had a huge q2 and then honestly coasted. what have i made so far this year?",
            "answer",
            json!({"figure": "earnings", "period": null}),
        ),
        (
            "Hayden Neloms",
            &[],
            "may was fine then june tanked 😬 why was my june receipt so small",
            "answer",
            json!({"op": "explain", "period": "m06"}),
        ),
        (
            "Cassey Cress",
            &[],
            "kan-code is my biggest account this year. what has it paid me",
            "answer",
            json!({"figure": "earnings", "op": "value", "account": "kan-code"}),
        ),
        (
            "Summer Sewald",
            &[],
            "my team's earnings q/q?",
            "answer",
            json!({"op": "compare", "period": "q3", "versus": "q2"}),
        ),
    ];
    read_after("twohundredthirteenth", cases);
    // (Indian office English: rank "on incentive" is on pay)
    let cases: &[Turns] = &[(
        "Imran Shaikh",
        &[],
        "kindly tell where I stand in the company on incentive",
        "answer",
        json!({"figure": "earnings", "op": "rank"}),
    )];
    read_after("twohundredtwelfth", cases);
}

#[test]
fn round_111_what_its_sets_taught() {
    use serde_json::json;
    // (British Teams: a product's plural in the document's list is no product of its own; the
    // floor's verb for a bonus in the glossary ("making the ream"); "got towards" my target
    // is credit; a slip in the document's word for a tier)
    let cases: &[Turns] = &[
        (
            "Aisha Okonjo",
            &[],
            "how many presses have i sold",
            "answer",
            json!({"product": "production press"}),
        ),
        (
            "Sian Howells",
            &[],
            "have i made the ream this quarter",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "Ravi Chauhan",
            &[],
            "what have i got towards my new account target",
            "answer",
            json!({"figure": "credit", "measure": "new_accounts"}),
        ),
        (
            "Alison Marsh",
            &[],
            "how far is hannah off the next finsh",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
    ];
    read_after("twohundredfourteenth", cases);
    // (Maven as it is, French and Arabic speakers' English: "the rest for" a mark is the
    // distance; a threshold named "first move" is no move; a won deal that "was" lost is at
    // nothing; "the most close"; so many of a product with no size is asked back; a word of a
    // product's other name is no tier though the tiers are called so)
    let cases: &[Turns] = &[
        (
            "Maureen Marcano",
            &[],
            "what is the rest for the castling?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "how much more I need to make the first move",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Corliss Cosme",
            &[],
            "if 3RJPZ634 was lost, what would i lose?",
            "answer",
            json!({"figure": "earnings", "deal_amount_to": {"deal": "3rjpz634", "amount": "0"}}),
        ),
        (
            "Melvin Marxen",
            &[],
            "which of my people is the most close to the first move",
            "answer",
            json!({"figure": "distance", "op": "bottom", "mark": "threshold"}),
        ),
        (
            "Elease Gluck",
            &[],
            "if i close 3 GTX Pro this month, what do i make?",
            "ask_back",
            json!({}),
        ),
        (
            "Celia Rouche",
            &[],
            "who on my team sold the most heavy pieces",
            "answer",
            json!({"figure": "deal_count", "op": "top", "product": "gtk 500"}),
        ),
    ];
    read_after("twohundredfifteenth", cases);
}

#[test]
fn several_deals_of_an_amount_each_are_as_many_deals() {
    use serde_json::json;
    let cases: &[Turns] = &[
        (
            "Elease Gluck",
            &[],
            "if i sell 2 GTX Pro for 9k each, how much would i get?",
            "answer",
            json!({"new_deal": {"amount": "9000", "product": "gtx pro", "count": 2}}),
        ),
        (
            "Elease Gluck",
            &[],
            "what if I win three deals at 5k apiece this month?",
            "answer",
            json!({"new_deal": {"amount": "5000", "count": 3}}),
        ),
        (
            "Elease Gluck",
            &[],
            "if i close 2 x 10k deals, what do i make?",
            "answer",
            json!({"new_deal": {"amount": "10000", "count": 2}}),
        ),
        // (their total, said once, is one deal)
        (
            "Elease Gluck",
            &[],
            "if i close 2 deals worth 18k, what do i make?",
            "answer",
            json!({"new_deal": {"amount": "18000"}}),
        ),
    ];
    read_after("twohundredfifteenth", cases);
    // Each of the deals is run through the engine: where no tier is crossed, two deals of 9k
    // add twice what one adds.
    let (mut inputs, doc) = common::generated("twohundredfifteenth");
    let set = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/twohundredfifteenth/heldout.toml");
    inputs.as_of = plansight_ask::eval::set_as_of(&std::fs::read_to_string(set).unwrap());
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let change = |q: &str| {
        let a = plansight_ask::ask_in(&ctx, "Elease Gluck", q, &mut Default::default());
        let c = plansight_plan::fixed::parse_scaled(&a.figures["change"], 2).unwrap();
        (c, a.understood)
    };
    let (one, _) = change("if i sell a GTX Pro for 9k, how much would i get?");
    let (two, understood) = change("if i sell 2 GTX Pro for 9k each, how much would i get?");
    assert!(
        understood.contains("2 new gtx pro deals of USD 9,000.00 each"),
        "{understood}"
    );
    assert!(one > 0);
    assert_eq!(two, one * 2);
}

#[test]
fn round_112_what_its_sets_taught() {
    use serde_json::json;
    // (polite email English of Japanese, Korean and Chinese speakers: "Dear team" greets the
    // ones asked; "as of today" is so far; the amount of a commission named; "how many
    // dollar"; "…, how much is it?" asks a figure; "new in the team" is no team; "won most" a
    // type's other name; a remark after a question that asks on its own)
    let cases: &[Turns] = &[
        (
            "Jonathan Berthelot",
            &[],
            "Dear team, my Q2 commission, how much is it? Thank you for your kind support.",
            "answer",
            json!({"who": "jonathan berthelot", "figure": "earnings", "period": "q2"}),
        ),
        (
            "Gladys Colclough",
            &[],
            "For 15 November Firing Day, how much will I get, as of today?",
            "answer",
            json!({"period": "m09"}),
        ),
        (
            "Corliss Cosme",
            &[],
            "Hardware commission for Q2, please tell me the amount.",
            "answer",
            json!({"figure": "earnings", "measure": "hardware"}),
        ),
        (
            "Anna Snelling",
            &[],
            "First Tea SPIFF, how many dollars I got?",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "Elizabeth Anderson",
            &[],
            "I joined in August. My MG quota of this month, how much is it?",
            "answer",
            json!({"figure": "quota"}),
        ),
        (
            "Mei-Mei Johns",
            &[],
            "I am new in the team. My hardware credit so far, how much?",
            "answer",
            json!({"who": "mei-mei johns", "figure": "credit"}),
        ),
        (
            "Summer Sewald",
            &[],
            "Who of my team won most refill deals in this quarter?",
            "answer",
            json!({"figure": "deal_count", "op": "top", "deal_type": "repeat"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "My hardware quota of this quarter, what is the number? It is same as other agents?",
            "answer",
            json!({"who": "hayden neloms", "figure": "quota"}),
        ),
    ];
    read_after("twohundredseventeenth", cases);
    // (casual Australian texting: a remark after the comma; "where do i sit for earnings"
    // ranks; "go backwards", "into the red" ask why)
    let cases: &[Turns] = &[
        (
            "Josh Whitford",
            &[],
            "whats my hardscape commission this quarter, is that heaps or what?",
            "answer",
            json!({"figure": "earnings", "period": "q3"}),
        ),
        (
            "Hayley Brooks",
            &[],
            "where do i sit for credit, just curious",
            "answer",
            json!({"op": "rank", "figure": "credit"}),
        ),
        (
            "Emma Fraser",
            &[],
            "why did i go backwards in february",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        // (a second question of its own is kept: the send-backs are what is asked of)
        (
            "Josh Whitford",
            &[],
            "whats my commission this quarter, is it before the send-backs?",
            "answer",
            json!({"figure": "clawback"}),
        ),
    ];
    read_after("twohundredsixteenth", cases);
}

#[test]
fn round_113_what_its_sets_taught() {
    use serde_json::json;
    // (Japanese and Korean speakers' business English: a name's honorific; ten thousands in
    // 万 or "man"; "ne", "yo", "desu"; an ellipsis goes on; "Jul~Sep"; the payable "including"
    // the draw's recovery)
    let cases: &[Turns] = &[
        (
            "Kazuo Fujimura",
            &[],
            "Ryota-kun design-win credit this quarter, how much?",
            "answer",
            json!({"who": "ryota sakamoto", "figure": "credit"}),
        ),
        (
            "Dong-hyun Kim",
            &[],
            "Eun-ji-nim, what is her pace?",
            "answer",
            json!({"who": "eun-ji han", "figure": "pace"}),
        ),
        (
            "Yuki Hasegawa",
            &[],
            "If I get 2万 dollar sensor module PO today, how much I receive?",
            "answer",
            json!({"new_deal": {"amount": "20000", "product": "sensor module"}}),
        ),
        (
            "Hiroshi Nakagawa",
            &[],
            "If catalogue quota is 3 man dollar every month, whole company cost become how much?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "quota", "measure": "catalogue", "value": "30000"}}),
        ),
        (
            "Takeshi Morimoto",
            &[],
            "Morimoto desu. My payout this month, how much ne?",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Joon-young Oh",
            &[],
            "Tokkyu this month... how much catalogue more I need yo?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Yuna Shin",
            &[],
            "Q3 (Oct~Dec) total payout how much?",
            "answer",
            json!({"op": "value", "period": "q3"}),
        ),
        (
            "Hiroshi Nakagawa",
            &[],
            "Joon-young last month payable including Omamori recovery?",
            "answer",
            json!({"figure": "payable"}),
        ),
    ];
    read_after("twohundredeighteenth", cases);
    // (Québécois in Teams: "je suis où", "au lieu de", "à partir de", "se classe où", "du
    // meilleur au pire", "c'était combien", "m'a enlevé de l'argent"; a remark after "and")
    let cases: &[Turns] = &[
        (
            "Geneviève Tremblay",
            &[],
            "si Power Play payait 6% au lieu de 5.5%, combien ça coûterait à mon équipe?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "new_premium", "tier": 2, "value": "0.06"}}),
        ),
        (
            "Geneviève Tremblay",
            &[],
            "classe mon équipe par NPC ce trimestre, du meilleur au pire",
            "answer",
            json!({"op": "top", "period": "q3"}),
        ),
        (
            "Geneviève Tremblay",
            &[],
            "Mathieu se classe où dans mon équipe sur l'attainment NPC?",
            "answer",
            json!({"op": "rank", "who": "mathieu côté"}),
        ),
        (
            "Marie-Ève Bouchard",
            &[],
            "mon NPC au premier trimestre, c'était combien?",
            "answer",
            json!({"figure": "earnings", "period": "q1"}),
        ),
        (
            "Lorna MacLeod",
            &[],
            "what's my team's total Snowbank balance, and is that normal for the summer?",
            "answer",
            json!({"figure": "draw_balance", "period": null}),
        ),
    ];
    read_after("twohundrednineteenth", cases);
    // (the review's: a greeting that asks is no greeting; what a sentence after tells of the
    // deal stays; "per deal" of a total is one deal; what was sold is no what-if)
    let cases: &[Turns] = &[
        (
            "Elease Gluck",
            &[],
            "If I close 2 deals worth 20k, what is my commission per deal?",
            "answer",
            json!({"new_deal": {"amount": "20000"}}),
        ),
        (
            "Elease Gluck",
            &[],
            "I sold 3 MG Advanced in March, what did that pay me?",
            "answer",
            json!({"figure": "earnings", "product": "mg advanced"}),
        ),
    ];
    read_after("twohundredfifteenth", cases);
}

#[test]
fn round_112_and_113_second_reading() {
    use serde_json::json;
    // (a yes-or-no on pay taken back is the plan's rule; a passive's "how" last; "How it is
    // recovered?" after the draw; "that deal" at another amount after a deal explained)
    let cases: &[Turns] = &[
        (
            "Wilburn Farren",
            &[],
            "Order returned after 50 days. Commission of it, is it taken back?",
            "plan_rule",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "Dragon Kiln Award, if a cancellation comes later, award is taken back?",
            "plan_rule",
            json!({}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "my hardware commission is calculated how?",
            "plan_rule",
            json!({}),
        ),
        (
            "Vicki Laflamme",
            &["what is my ember balance?"],
            "Thank you. How it is recovered?",
            "plan_rule",
            json!({}),
        ),
        (
            "Rosalina Dieter",
            &["Deal 1H2PVLZ3 of Xx-holding, why it paid me so much?"],
            "If that deal was 15,000 only, it pays how much?",
            "answer",
            json!({"figure": "earnings", "deal_amount_to": {"deal": "1h2pvlz3", "amount": "15000"}}),
        ),
    ];
    read_after("twohundredseventeenth", cases);
    // ("can I catch the Tokkyu" after a new deal: whether it reaches the accelerator)
    let cases: &[Turns] = &[(
        "Ji-hoon Seo",
        &[],
        "If I book 7,000 USD MLCC order this month, can I catch the Tokkyu?",
        "answer",
        json!({"figure": "distance", "mark": "accelerator"}),
    )];
    read_after("twohundredeighteenth", cases);
    // (a rate table headed "Grade" names its measure's tiers; of two measures' words as long,
    // the one that heads its name: "renewal premium" is the Renewal Retention Incentive's)
    let cases: &[Turns] = &[
        (
            "Aisha Okonkwo",
            &[],
            "how much more renewal premium do I need for Dark?",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "measure": "renewal"}),
        ),
        (
            "Priya Sandhu",
            &[],
            "how much renewal premium have I written this quarter",
            "answer",
            json!({"figure": "credit", "measure": "renewal"}),
        ),
        // (a first name two sellers share, said with its "'s": whose, asked back; no rule)
        (
            "Derek Whitmore",
            &[],
            "how is Sarah's attainment looking?",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("twohundrednineteenth", cases);
}

#[test]
fn round_114_what_its_sets_taught() {
    use serde_json::json;
    // (South African and Nigerian WhatsApp English: a measure named "Systems Quarter
    // Incentive" is not named by "this quarter"; "2 beasts at 25k each" is two of the
    // product; "why was october so small"; "who go suffer pass"; "weighted pot"; a payday's
    // month beside a deal's day; a glossary's type with its first clause, "a partner deal, …")
    let cases: &[Turns] = &[
        (
            "Kami Bicknell",
            &[],
            "how many first bites did i win this quarter?",
            "answer",
            json!({"figure": "deal_count", "deal_type": "new", "measure": null}),
        ),
        (
            "Markita Hansen",
            &[],
            "if I land 3 beasts at 20k each today, what do i make?",
            "answer",
            json!({"new_deal": {"amount": "20000", "count": 3, "product": "gtk 500"}}),
        ),
        (
            "Markita Hansen",
            &[],
            "why was november so small for me",
            "answer",
            json!({"op": "explain"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "headframe at 40%, who go suffer pass?",
            "answer",
            json!({"op": "bottom", "figure": "earnings"}),
        ),
        (
            "Kami Bicknell",
            &[],
            "weighted pot - wetin february go pay me?",
            "answer",
            json!({"pipeline": "weighted", "figure": "payable"}),
        ),
        (
            "Niesha Huffines",
            &[],
            "if I sign a 10k GTX Pro on the 27th, what will the January Bonsela Day pay me?",
            "answer",
            json!({"new_deal": {"amount": "10000", "close_date": "2017-12-27", "product": "gtx pro"}}),
        ),
        (
            "Maureen Marcano",
            &[],
            "how many plug deals did i close this quarter",
            "answer",
            json!({"deal_type": "partner", "figure": "deal_count"}),
        ),
    ];
    read_after("twohundredtwentyfirst", cases);
    // (plain American Slack: the draw called "the spot": "w/ the spot" counted in the pay;
    // "where's the spot at" its balance)
    let cases: &[Turns] = &[
        (
            "Brandon Kim",
            &[],
            "total paid out to me this quarter w/ the spot",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Brittany Coleman",
            &[],
            "where is the spot at now",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
    ];
    read_after("twohundredtwentieth", cases);
    // (the whole set's two losses, mended: a product's plural in a list after another word,
    // "Won BAS Upgrades", is no product of its own; "chez" left to mark French, so another
    // firm's plan is still declined)
    let cases: &[Turns] = &[(
        "Chris Tafoya",
        &[],
        "how much more would my july setpoint day be if i close a 10k bas this month",
        "answer",
        json!({"new_deal": {"amount": "10000", "product": "bas upgrade"}}),
    )];
    read_after("hundredsixtyfifth", cases);
}

#[test]
fn round_115_what_its_sets_taught() {
    use serde_json::json;
    // (Filipino Taglish: Tagalog words read; "HW" (two capitals in the glossary) names the
    // measure; "why so small" in Tagalog; "the Treequote deal" at another amount)
    let cases: &[Turns] = &[
        (
            "Marty Freudenburg",
            &[],
            "HW commission ko nung Q1 magkano",
            "answer",
            json!({"figure": "earnings", "measure": "hardware", "period": "q1"}),
        ),
        (
            "Boris Faz",
            &[],
            "bakit ganun kaliit yung october ko?",
            "answer",
            json!({"op": "explain"}),
        ),
        (
            "Jonathan Berthelot",
            &[],
            "magkano na yung na-bawi sakin this year?",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "Garret Kinder",
            &[],
            "pang-ilan ako sa credit?",
            "answer",
            json!({"op": "rank", "figure": "credit"}),
        ),
    ];
    read_after("twohundredtwentythird", cases);
    // (Irish and Scottish English: a manager's first name without its accent; a territory's
    // "&" said "and"; "export the payroll file" an errand; "c'mere" a greeting)
    let cases: &[Turns] = &[
        (
            "Alasdair Munro",
            &[],
            "how much have ciaran's lot earned this month",
            "answer",
            json!({"who": "team:ciarán moynihan"}),
        ),
        (
            "Deirdre Kavanagh",
            &[],
            "what did the west and north lot earn in august",
            "answer",
            json!({"who": "team:alasdair munro"}),
        ),
        (
            "Deirdre Kavanagh",
            &[],
            "export the payroll file for august",
            "decline",
            json!({}),
        ),
        (
            "Ruairí Breslin",
            &[],
            "c'mere, what's my commission this month",
            "answer",
            json!({"figure": "earnings", "who": "ruairí breslin"}),
        ),
    ];
    read_after("twohundredtwentysecond", cases);
}

#[test]
fn the_second_reviews_findings() {
    use serde_json::json;
    // (a reviewer's: "did I get clawed back" is the asker's own, no rule; "15k each" after
    // three deals is still three; a story before an ellipsis is no topic; a place called
    // "San" keeps it; a shared first name said in a rule question's "what's" is no
    // possessive)
    let cases: &[Turns] = &[
        (
            "Wilburn Farren",
            &[],
            "did I get clawed back this year?",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "Maureen Marcano",
            &["if i close 3 deals at 10k each, what do i make?"],
            "what about 15k each?",
            "answer",
            json!({"new_deal": {"amount": "15000", "count": 3}}),
        ),
        (
            "Elease Gluck",
            &[],
            "ugh lost the Acme deal... how much will I get this month?",
            "answer",
            json!({"figure": "payable", "account": null}),
        ),
    ];
    read_after("twohundredseventeenth", cases);
    // (the last full run's one loss: "| Close | For a sale, the close of escrow; … |" says
    // when, and makes "close" no other name for a sale)
    let cases: &[Turns] = &[(
        "Christina Okafor",
        &[],
        "how close am i to the roofline",
        "answer",
        json!({"figure": "distance", "mark": "cap", "deal_type": null}),
    )];
    read_after("twentyseventh", cases);
}

#[test]
fn round_116_what_its_sets_taught() {
    use serde_json::json;
    // (a glossary phrase said of oneself or another: "your" in it is "my", "their"; the
    // place it names reached by a deal; "furthest from" a mark; a hyphened type said with a
    // space; a customer's decision; an order to go in and set a quota)
    let cases: &[Turns] = &[
        (
            "Megan Castillo",
            &[],
            "how far off am i from hitting my stride?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Karen Delgado",
            &[],
            "which of my reps is nearest to hitting their stride?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "op": "bottom"}),
        ),
        (
            "Megan Castillo",
            &[],
            "would an 8k bedside monitor get me to my stride",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Marcus Bell",
            &[],
            "who's furthest from the pulse check on my team",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "op": "top"}),
        ),
        (
            "Lauren Mitchell",
            &[],
            "how many swap outs did i close this quarter",
            "answer",
            json!({"figure": "deal_count", "deal_type": "upgrade"}),
        ),
        (
            "Megan Castillo",
            &[],
            "will the hospital sign the c-arm this month?",
            "decline",
            json!({}),
        ),
        // (a distance from a mark no part of the plan is called: the marks it has offered,
        // not the pay)
        (
            "Marcus Bell",
            &[],
            "who on my team is furthest from the zeppelin?",
            "ask_back",
            json!({}),
        ),
        (
            "Karen Delgado",
            &[],
            "could you go in and set Derek's quota to 150k",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredtwentyfourth", cases);
    // (a glossary row that names a part by another's name: "| off the mark | past the
    // Crease |"; deals dropped are lost; "break up" is break down; "commission-wise")
    let cases: &[Turns] = &[
        (
            "Niesha Huffines",
            &[],
            "how far am i from getting off the mark?",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Cara Losch",
            &[],
            "how many deals did we drop in september",
            "answer",
            json!({"figure": "deal_count", "stage": "lost"}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "could you break up my big ticket incentive for Q2",
            "answer",
            json!({"op": "explain", "measure": "big_ticket"}),
        ),
        (
            "Corliss Cosme",
            &[],
            "how am I doing commission-wise this quarter?",
            "answer",
            json!({"figure": "earnings"}),
        ),
    ];
    read_after("twohundredtwentyfifth", cases);
}

#[test]
fn round_117_what_its_sets_taught() {
    use serde_json::json;
    // ("tmrws" payday; a bonus said without its noun is no account; so many of a product
    // before its price "each"; a product by its acronym; an errand got done; a person's
    // hours judged)
    let cases: &[Turns] = &[
        (
            "Amber Lindgren",
            &[],
            "what's tomorrow's ticket day paying me",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Brandon Tate",
            &[],
            "did i get the blue flame in q1",
            "answer",
            json!({"figure": "bonus", "account": null}),
        ),
        (
            "Shawn McAllister",
            &[],
            "3 heat pumps at 6k each, what's that do to my comm",
            "answer",
            json!({"new_deal": {"amount": "6000", "count": 3, "product": "split system heat pump"}}),
        ),
        (
            "Amber Lindgren",
            &[],
            "how much vrf have i sold this year",
            "answer",
            json!({"figure": "deal_amount", "product": "vrf system"}),
        ),
        (
            "Travis Whitaker",
            &[],
            "can you get a tech booked for the rtu startup friday",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredtwentysixth", cases);
    // (a SPIFF's name without its noun, beside a product's words; one deal of the asker's
    // asked why, named by its account; "putting the hours in")
    let cases: &[Turns] = &[
        (
            "Hayden Neloms",
            &[],
            "how much plus pro push have I made since April?",
            "answer",
            json!({"figure": "bonus", "product": null}),
        ),
        (
            "Rosie Papadopoulos",
            &[],
            "why was the New York Inquirer deal split with me?",
            "answer",
            json!({"op": "explain", "account": "the new york inquirer"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "is Versie putting in the hours or not?",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredtwentyseventh", cases);
}

#[test]
fn round_118_what_its_sets_taught() {
    use serde_json::json;
    // (a tier noun ending in "s" of its own, "glass"; "weighted <the floor's word for open
    // deals>"; "this month" as what pays beside a new deal today; so many of a thing
    // before its price; a customer pulling out; a figure asked before a yes or no)
    let cases: &[Turns] = &[
        (
            "Amir Shah",
            &[],
            "how far off the next glass am i",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "Nadia Hussain",
            &[],
            "weighted slate, what would this year pay me",
            "answer",
            json!({"pipeline": "weighted"}),
        ),
        (
            "Liam Fagan",
            &[],
            "what would this month pay me if i land a 5k house wine deal",
            "answer",
            json!({"figure": "payable", "period": "m08"}),
        ),
        (
            "Ollie Bramwell",
            &[],
            "if i put in 3 bean-to-cups at 2k each what's my kit money this quarter",
            "answer",
            json!({"new_deal": {"amount": "2000", "count": 3, "product": "coffee machine"}}),
        ),
        (
            "Megan Lloyd",
            &[],
            "if a pub backs out after 2 months do i lose the commish",
            "plan_rule",
            json!({}),
        ),
        (
            "Siobhan Doyle",
            &[],
            "how much has craig earned this year, is he near the bar tab",
            "answer",
            json!({"figure": "earnings", "who": "craig whitworth"}),
        ),
    ];
    read_after("twohundredtwentyeighth", cases);
    // ("TI at 20k - …": a plan part's noun set at a value before the question)
    let cases: &[Turns] = &[(
        "Summer Sewald",
        &[],
        "TI at 30k, what does my team cost",
        "answer",
        json!({"figure": "cost", "lever": {"kind": "target_incentive", "value": "30000"}}),
    )];
    read_after("twohundredtwentyninth", cases);
}

#[test]
fn round_119_what_its_sets_taught() {
    use serde_json::json;
    // (the document's own initials are known words; "big" opens an account's name; a
    // customer who cancels, the commission lost; a season's course; a lever's total payout)
    let cases: &[Turns] = &[
        (
            "Jenna Sorensen",
            &[],
            "what has bright path academies paid me this year? im the NAL there",
            "answer",
            json!({"figure": "earnings", "account": "bright path academies"}),
        ),
        (
            "Wyatt Stamper",
            &[],
            "how much have the big skillet deals made me",
            "answer",
            json!({"account": "big skillet diners"}),
        ),
        (
            "Wyatt Stamper",
            &[],
            "if a school cancels after 2 months do i lose the comm",
            "plan_rule",
            json!({}),
        ),
        (
            "Wyatt Stamper",
            &[],
            "is rodent season gonna be busy this year",
            "decline",
            json!({}),
        ),
        (
            "Ray Huffman",
            &[],
            "what if the route quota was 100k - total payout?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "quota", "measure": "route", "value": "100000"}}),
        ),
    ];
    read_after("twohundredthirtieth", cases);
    // (a tier's floor phrase in its verb's forms; a table's rate said "0.6 ×"; an Australian
    // "mob"; currencies' course; a cap's value "per rep")
    let cases: &[Turns] = &[
        (
            "James Ascencio",
            &[],
            "what would it take for me to get barrelled?",
            "answer",
            json!({"figure": "distance", "measure": "flagship"}),
        ),
        (
            "Rocco Neubert",
            &["what's my team costing this quarter?"],
            "and Dustin's mob?",
            "answer",
            json!({"who": "team:dustin brinkmann"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "is the canadian dollar gonna go up next month",
            "decline",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "what if we capped pay at 20k a year per rep, what's the cost?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "payout_cap", "value": "20000"}}),
        ),
    ];
    read_after("twohundredthirtyfirst", cases);
}

#[test]
fn round_120_what_its_sets_taught() {
    use serde_json::json;
    // (a measure's name said whole asks its pay; the accelerator's phrase after "get me";
    // so many before an amount; "cancles")
    let cases: &[Turns] = &[
        (
            "Shawn McNulty",
            &[],
            "what's my renewal book incentive for Q1?",
            "answer",
            json!({"figure": "earnings", "measure": "renewal"}),
        ),
        (
            "Jamal Carter",
            &[],
            "would a 12k general liability deal get me called up",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Tasha Greenwood",
            &[],
            "if i land three 2k cyber policies this week what do i make",
            "answer",
            json!({"new_deal": {"amount": "2000", "count": 3, "product": "cyber liability"}}),
        ),
        (
            "Kelsey Brandt",
            &[],
            "list my cancled policies",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
    ];
    read_after("twohundredthirtysecond", cases);
    // (a glossary's plural noun with its steps listed; "tank"; a lever's losers by pay)
    let cases: &[Turns] = &[
        (
            "Darcel Schlecht",
            &[],
            "which pepper on the scoville am i at",
            "answer",
            json!({"figure": "rate"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "why did versie's q2 tank?",
            "answer",
            json!({"op": "explain", "period": "q2"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "booked quota at 120k - which reps lose most?",
            "answer",
            json!({"figure": "earnings", "op": "bottom"}),
        ),
    ];
    read_after("twohundredthirtythird", cases);
}

#[test]
fn the_sessions_review_findings() {
    use serde_json::json;
    // (a reviewer's: a comparison, a pay question of "you", a bonus that renews and a fall
    // in a count keep their readings; a distance is asked back only from a place named)
    let cases: &[Turns] = &[
        (
            "Megan Castillo",
            &[],
            "how close was my Q3 commission to my Q2?",
            "answer",
            json!({"op": "compare", "versus": "q2"}),
        ),
        (
            "Megan Castillo",
            &[],
            "do you get paid on deals booked or invoiced?",
            "plan_rule",
            json!({}),
        ),
        (
            "Megan Castillo",
            &[],
            "has my deal count dropped since Q2?",
            "answer",
            json!({"figure": "deal_count", "stage": null}),
        ),
    ];
    read_after("twohundredtwentyfourth", cases);
    // (a hyphened type said with a space only as a deal: "roll over" of credit is no
    // roll-over deal; the plan as it stands asked after "<part> at <value>")
    let cases: &[Turns] = &[
        (
            "Shelby Rasmussen",
            &[],
            "does my extra credit roll over into Q2?",
            "plan_rule",
            json!({}),
        ),
        (
            "Shelby Rasmussen",
            &[],
            "how many roll overs did i close",
            "answer",
            json!({"deal_type": "extension"}),
        ),
        (
            "Shelby Rasmussen",
            &[],
            "cap at 55k - is that per year or per quarter?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("hundredeightyfirst", cases);
}

#[test]
fn round_121_and_122_what_their_sets_taught() {
    use serde_json::json;
    // (the draw counted in the pay is what was paid; a verb of selling is no measure's word; a
    // thing of the trade going up is the market's; errands said as orders; the document's
    // word for a cancelled deal costs its clawback; a lead-in before the question; a tier's
    // word inside a product's name said whole)
    let roofing: &[Turns] = &[
        (
            "Jasmine Coleman",
            &[],
            "whats my total pay including the scaffold for may",
            "answer",
            json!({"figure": "payable", "period": "m05"}),
        ),
        (
            "Marisol Ortega",
            &[],
            "what was the smallest job we sold in q1",
            "answer",
            json!({"figure": "deal_amount", "op": "bottom", "measure": null}),
        ),
        (
            "Marisol Ortega",
            &[],
            "are shingles gonna go up next year",
            "decline",
            json!({}),
        ),
        (
            "Marisol Ortega",
            &[],
            "can you get a lift delivered to jefferson hills tomorrow",
            "decline",
            json!({}),
        ),
        (
            "Marisol Ortega",
            &[],
            "is my commission gonna go up next month",
            "answer",
            json!({"figure": "earnings"}),
        ),
    ];
    read_after("twohundredthirtysixth", roofing);
    let maven: &[Turns] = &[
        (
            "Summer Sewald",
            &[],
            "what did zane's rainouts cost him in q3?",
            "answer",
            json!({"figure": "clawback", "who": "zane levy", "period": "q3"}),
        ),
        (
            "Zane Levy",
            &[],
            "quick one - does the hard cap include spiffs, or just commission?",
            "plan_rule",
            json!({}),
        ),
        (
            "Zane Levy",
            &[],
            "quick one: how much did i make in october",
            "answer",
            json!({"figure": "earnings", "period": "m08"}),
        ),
    ];
    read_after("twohundredthirtyseventh", maven);
    let british: &[Turns] = &[
        (
            "Niesha Huffines",
            &[],
            "I'm paid in Dublin - which exchange rate is used for my commission?",
            "plan_rule",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "could you send me the total commission for my team for Q1?",
            "answer",
            json!({"figure": "earnings", "who": "team:rocco neubert", "period": "q1"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "can you send me the deck on friday?",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredthirtyfifth", british);
    let coffee: &[Turns] = &[
        (
            "Alicia Reyes",
            &[],
            "what if the february maple grove espresso station had come in at 12k, what would i have made",
            "answer",
            json!({"figure": "earnings", "mark": null}),
        ),
        (
            "Kevin Doyle",
            &[],
            "order 2 boxes of filters for the riverside dental office",
            "decline",
            json!({}),
        ),
        (
            "Alicia Reyes",
            &[],
            "how far am i from espresso",
            "answer",
            json!({"figure": "distance"}),
        ),
    ];
    read_after("twohundredthirtyfourth", coffee);
}

#[test]
fn this_rounds_review_findings() {
    use serde_json::json;
    // (a helper's review of the round's new rules: the draw left out is no pay with it in;
    // "how much have i booked" keeps its measure; the plan's own parts going up are no
    // market; deals to show are no errand; the plan's cost with cancelled deals left out;
    // a lead-in after a greeting; a product's name in the plural)
    let roofing: &[Turns] = &[
        (
            "Jasmine Coleman",
            &[],
            "what did I earn in Q2, not counting the scaffold?",
            "answer",
            json!({"figure": "earnings", "period": "q2"}),
        ),
        (
            "Jasmine Coleman",
            &[],
            "how much have i sold this quarter",
            "answer",
            json!({"figure": "credit", "measure": "sold_work"}),
        ),
        (
            "Jasmine Coleman",
            &[],
            "whats the biggest job ive sold this year",
            "answer",
            json!({"figure": "deal_amount", "measure": null}),
        ),
        (
            "Jasmine Coleman",
            &[],
            "are spiffs gonna go up next year",
            "answer",
            json!({"figure": "bonus"}),
        ),
        (
            "Jasmine Coleman",
            &[],
            "hey, quick one — how much did i make in may",
            "answer",
            json!({"figure": "earnings", "period": "m05"}),
        ),
    ];
    read_after("twohundredthirtysixth", roofing);
    read_after(
        "twohundredthirtythird",
        &[(
            "Kary Hendrixson",
            &[],
            "how much have i booked this quarter",
            "answer",
            json!({"figure": "credit", "measure": "booked"}),
        )],
    );
    read_after(
        "twohundredthirtyseventh",
        &[(
            "Summer Sewald",
            &[],
            "what did the plan cost us in Q3, rainouts excluded?",
            "answer",
            json!({"figure": "cost"}),
        )],
    );
    read_after(
        "twohundredthirtyfourth",
        &[(
            "Alicia Reyes",
            &[],
            "how much did i make on espresso stations this year",
            "answer",
            json!({"figure": "earnings", "product": "espresso station", "mark": null}),
        )],
    );
}

#[test]
fn round_123_what_its_sets_taught() {
    use serde_json::json;
    // (a glossary's other name for a measure after a few words and a colon; a tier's floor
    // said as a share of the "objective" is no rate; the glossary's name for the quota; a
    // manager's store; "my last payment"; "has … made it past"; "been given" of the draw;
    // "recieve"; a meeting to set up; "enough effort")
    let dealership: &[Turns] = &[
        (
            "Travis Keller",
            &[],
            "how much back end did i write in q1",
            "answer",
            json!({"figure": "credit", "measure": "protection", "period": "q1"}),
        ),
        (
            "Travis Keller",
            &[],
            "how close am i to kicking down",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Travis Keller",
            &[],
            "what was my objective last month",
            "answer",
            json!({"figure": "quota", "period": "m05"}),
        ),
        (
            "Gary Pruitt",
            &[],
            "what would my store cost if the objective went to 30k",
            "answer",
            json!({"figure": "cost", "who": "team:gary pruitt", "lever": {"kind": "quota", "measure": "vehicle_gross", "value": "30000"}}),
        ),
        (
            "Gary Pruitt",
            &[],
            "can you set up a call with the finance guys for my team tomorrow",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredthirtyeighth", dealership);
    let maven: &[Turns] = &[
        (
            "Cecily Lampkin",
            &[],
            "why was my last check so much smaller?",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        (
            "Cecily Lampkin",
            &[],
            "what will I recieve on Jan 15?",
            "answer",
            json!({"figure": "payable", "period": "m09"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "has Marty made it past the On-Ramp this quarter?",
            "answer",
            json!({"figure": "attainment", "who": "marty freudenburg"}),
        ),
        (
            "Mei-Mei Johns",
            &[],
            "how much steady pay have i been given this month?",
            "answer",
            json!({"figure": "draw_advanced"}),
        ),
        (
            "Melvin Marxen",
            &[],
            "do you think Niesha is putting in enough effort?",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredthirtyninth", maven);
}

#[test]
fn round_123_remaining_misses() {
    use serde_json::json;
    // (a lower rate asked why is no plan change; money taken back, asked why, is the month
    // explained; "that one" of the deal just answered; what open deals are all worth; so
    // many deals at an amount with its own word before "each", and a dealer's "deliver"; a
    // verb or the document's word after "and" is no stranger's name)
    let dealership: &[Turns] = &[
        (
            "DeShawn Carter",
            &[],
            "what would my march 10 check be if i deliver 3 more at 1500 gross each",
            "answer",
            json!({"figure": "payable", "period": "m06", "new_deal": {"amount": "1500", "count": 3}}),
        ),
        (
            "Tiffany Graves",
            &["how many walks did i have in april"],
            "and sold?",
            "answer",
            json!({"figure": "deal_count", "period": "m08", "stage": null}),
        ),
    ];
    read_after("twohundredthirtyeighth", dealership);
    let maven: &[Turns] = &[
        (
            "Moses Frase",
            &[],
            "i hit full throttle in october so why did it pay at the lower rate",
            "answer",
            json!({"op": "explain", "period": "m07"}),
        ),
        (
            "Markita Hansen",
            &[],
            "Why was money clawed back from me in September?",
            "answer",
            json!({"op": "explain", "period": "m06"}),
        ),
        (
            "Maureen Marcano",
            &["What was my biggest deal last quarter?"],
            "and how much did that one pay me",
            "answer",
            json!({"figure": "earnings", "op": "value"}),
        ),
        (
            "Niesha Huffines",
            &[],
            "What have I got in the works, and what's it worth?",
            "answer",
            json!({"figure": "deal_amount", "op": "value", "stage": "open"}),
        ),
        // (a measure's month after "my" is the period asked, not the deal's date)
        (
            "Kami Bicknell",
            &[],
            "if i close a 5k gtx plus pro what would my january flagship be",
            "answer",
            json!({"figure": "earnings", "measure": "flagship", "period": "m10", "new_deal": {"amount": "5000", "product": "gtx plus pro"}}),
        ),
        // (still a plan change: a lower rate supposed)
        (
            "Hayden Neloms",
            &[],
            "what if full throttle paid a lower rate",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("twohundredthirtyninth", maven);
}

#[test]
fn round_124_what_its_sets_taught() {
    use serde_json::json;
    // (a bonus word that is a word of the measure's or the product's name; a tier called
    // "<word> Rate" said by its word; a team's techs are no product; "who gets hurt"; a
    // bonus's own rate changed is asked back; "and at 10.5?"; the day of the pay said after
    // "my last check"; a start date said by the way; a physical quantity; a household by
    // its surname and the product; why of a deal named by account and product; why the
    // payout cap tripped)
    let hvac: &[Turns] = &[
        (
            "Tyler Boone",
            &[],
            "how much club money did i make last quarter",
            "answer",
            json!({"figure": "earnings", "measure": "club", "period": "q2"}),
        ),
        (
            "Tyler Boone",
            &[],
            "how far am i from priority this quarter",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "measure": "club"}),
        ),
        (
            "Ray Okafor",
            &[],
            "which of my techs made the most bird dog in july",
            "answer",
            json!({"figure": "bonus", "op": "top", "product": null}),
        ),
        (
            "Jolene Pratt",
            &[],
            "if the cut-in went to 45%, who gets hurt",
            "answer",
            json!({"op": "bottom"}),
        ),
        (
            "Ray Okafor",
            &[],
            "what if bird dog paid 6%, what's it cost",
            "ask_back",
            json!({}),
        ),
        (
            "Dale Whitcomb",
            &["what does it cost if full load pays 10%"],
            "and at 9.5?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "replacement", "tier": 3, "value": "0.095"}}),
        ),
        (
            "Derek Yoast",
            &[],
            "what was my last check, the jul 10 one",
            "answer",
            json!({"figure": "payable", "period": "m06"}),
        ),
        (
            "Destiny Ocampo",
            &[],
            "what was my q2 club quota, i didnt start until may 12",
            "answer",
            json!({"figure": "quota", "period": "q2", "versus": null}),
        ),
        (
            "Travis Pruitt",
            &[],
            "how many tons have i sold this year",
            "decline",
            json!({}),
        ),
        (
            "Travis Pruitt",
            &[],
            "what did the jolly changeout pay me",
            "answer",
            json!({"figure": "earnings", "deal": "est-36851"}),
        ),
    ];
    read_after("twohundredfortieth", hvac);
    let maven: &[Turns] = &[
        (
            "Rosalina Dieter",
            &[],
            "the groovestreet gtk 500 was cancelled, why wasnt it clawed back",
            "answer",
            json!({"op": "explain", "deal": "60uoboem"}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "why did i trip the circuit breaker",
            "answer",
            json!({"op": "explain", "period": null}),
        ),
    ];
    read_after("twohundredfortyfirst", maven);
}

#[test]
fn round_124_review_findings() {
    use serde_json::json;
    // (a tier's head word only after a verb of reaching it; a kind of customer in the
    // plural is no household; pounds are a currency; the plan's cap asked why it is where it
    // is explains no one's pay; "delivered" after the lost deals)
    let hvac: &[Turns] = &[
        (
            "Tyler Boone",
            &[],
            "how many priority calls did i run this month",
            "answer",
            json!({"mark": null, "measure": null}),
        ),
        (
            "Tyler Boone",
            &[],
            "how far from priority am i",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "measure": "club"}),
        ),
        (
            "Ray Okafor",
            &[],
            "would tyler get the red jacket if he hit 130%",
            "answer",
            json!({"op": "value"}),
        ),
    ];
    read_after("twohundredfortieth", hvac);
    let cleaning: &[Turns] = &[(
        "Anna Snelling",
        &[],
        "how much did i make on the hotel deals this quarter",
        "answer",
        json!({"figure": "earnings", "account": null}),
    )];
    read_after("hundredfortyfirst", cleaning);
    let pounds: &[Turns] = &[(
        "u01",
        &[],
        "how many pounds did i make last month",
        "answer",
        json!({"figure": "earnings"}),
    )];
    read_after("eleventh", pounds);
    let maven: &[Turns] = &[
        (
            "Darcel Schlecht",
            &[],
            "how come i maxed out the circuit breaker",
            "answer",
            json!({"op": "explain"}),
        ),
        // (the plan's cap asked why it is where it is explains no one's pay)
        (
            "Darcel Schlecht",
            &[],
            "why is the circuit breaker capped at 50k",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("twohundredfortyfirst", maven);
    let dealership: &[Turns] = &[(
        "Tiffany Graves",
        &["how many walks did i have last month"],
        "and delivered?",
        "answer",
        json!({"figure": "deal_count", "stage": null}),
    )];
    read_after("twohundredthirtyeighth", dealership);
}

#[test]
fn round_124_held_out_sets_read() {
    use serde_json::json;
    // (a glossary row naming a measure by what it measures, "the … Commission's credit"; a
    // product after a colon with its article; "which reps would get hurt by that")
    let dealer: &[Turns] = &[
        (
            "Raj Gill",
            &[],
            "whats my gp commission this quarter",
            "answer",
            json!({"figure": "earnings", "measure": "egp"}),
        ),
        (
            "Amira Haddad",
            &[],
            "how many mps deals did i sign in q1",
            "answer",
            json!({"figure": "deal_count", "product": "managed print agreement"}),
        ),
    ];
    read_after("twohundredfortysecond", dealer);
    let maven: &[Turns] = &[(
        "Lajuana Vencill",
        &[],
        "if the thermal limit went to 150%, which reps would get hurt",
        "answer",
        json!({"op": "bottom"}),
    )];
    read_after("twohundredfortyfourth", maven);
}

#[test]
fn round_124_last_held_out_misses() {
    use serde_json::json;
    // (the first letters of a measure's long first word before "credit" or "quota"; a
    // nickname before a verb of winning a deal; an errand done to a record in the CRM; a
    // rebate "going to run out"; "ranking of my …"; "getting rid of" the threshold; what
    // someone has "got in" the document's word for open deals; querying a statement; who is
    // "worse off" after a plan change)
    let solar: &[Turns] = &[
        (
            "Georgia Pappas",
            &[],
            "gen quota this quarter?",
            "answer",
            json!({"measure": "generation"}),
        ),
        (
            "Craig Dunstan",
            &[],
            "ranking of my consultants on gen credit",
            "answer",
            json!({"op": "top", "measure": "generation", "n": null}),
        ),
        (
            "Simone Barker",
            &[],
            "if lachie wins a 9k rooftop what does he make",
            "answer",
            json!({"who": "lachlan reid"}),
        ),
        (
            "Nick Ferraro",
            &[],
            "the kirkbride job fell over, could you bail it in the crm",
            "decline",
            json!({}),
        ),
        (
            "Lachlan Reid",
            &[],
            "do you reckon the feed-in rebate is going to run out next year",
            "decline",
            json!({}),
        ),
        (
            "Rajiv Menon",
            &[],
            "what does getting rid of the sandbar cost us",
            "answer",
            json!({"lever": {"kind": "threshold", "measure": "generation", "value": "0"}}),
        ),
        (
            "Rajiv Menon",
            &[],
            "what's kim got in the ute",
            "answer",
            json!({"op": "list", "stage": "open", "who": "kim tran"}),
        ),
        (
            "Kim Tran",
            &[],
            "how long have i got for querying a tally sheet",
            "plan_rule",
            json!({}),
        ),
        (
            "Rajiv Menon",
            &[],
            "who'd be worse off if the groundswell rate was 6%",
            "answer",
            json!({"op": "bottom"}),
        ),
    ];
    read_after("twohundredfortythird", solar);
}

#[test]
fn round_125_what_its_sets_taught() {
    use serde_json::json;
    // (a season that is the plan's own name is its year; "what's coming on <date>"; "vs may";
    // a product that earns a bonus, whoever sells it; the measure's word before its quota or
    // its tier is no product; things at a price, each; "mine" is no Jasmine; money sent and a
    // season's course declined)
    let doors: &[Turns] = &[
        (
            "Tyler Jensen",
            &[],
            "how many bundles have i sold this summer",
            "answer",
            json!({"period": null}),
        ),
        (
            "Tyler Jensen",
            &[],
            "whats coming my way on sept 10",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Brayden Holt",
            &[],
            "july vs may, my team's cost",
            "answer",
            json!({"op": "compare", "period": "m04", "versus": "m02"}),
        ),
        (
            "Tyler Jensen",
            &[],
            "do termite guards get the doorknocker",
            "plan_rule",
            json!({}),
        ),
        (
            "Brayden Holt",
            &[],
            "lawn quota to 9k - who loses most",
            "answer",
            json!({"lever": {"kind": "quota", "measure": "greenside", "value": "9000"}, "product": null}),
        ),
        (
            "Tyler Jensen",
            &[],
            "if i close 3 bundles at 1100 what do i make",
            "answer",
            json!({"new_deal": {"amount": "1100", "count": 3, "product": "home bundle"}}),
        ),
        ("Tyler Jensen", &[], "can u zelle me my float", "decline", json!({})),
        (
            "Tyler Jensen",
            &[],
            "is mosquito season gonna be worse in july",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredfortyseventh", doors);
    // (the customer's deposit is no pay; "why've"; "whys that"; a manager's showroom is their
    // team; managing someone out declined)
    let kitchens: &[Turns] = &[
        (
            "Priti Shah",
            &[],
            "if i take a deposit on a 30k fitted kitchen what do i make",
            "answer",
            json!({"figure": "earnings", "new_deal": {"amount": "30000", "product": "fitted kitchen"}}),
        ),
        (
            "Tariq Hussain",
            &[],
            "why've i had nothing off the wet side",
            "answer",
            json!({"op": "explain"}),
        ),
        (
            "Fiona Whitworth",
            &[],
            "priti's october payout looks tiny, whys that",
            "answer",
            json!({"op": "explain", "who": "priti shah"}),
        ),
        (
            "Fiona Whitworth",
            &[],
            "marble from 140% not 150% - my showroom's cost?",
            "answer",
            json!({"figure": "cost", "who": "team:fiona whitworth"}),
        ),
        (
            "Fiona Whitworth",
            &[],
            "should i be managing priti out",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredfortyfifth", kitchens);
    // (a mark is reached by all the asker's credit, the account said only the story; the
    // draw "came back out of" the pay)
    let maven: &[Turns] = &[
        (
            "Anna Snelling",
            &[],
            "won bioholding yesterday and still under the boot line, how far off am i",
            "answer",
            json!({"figure": "distance", "account": null}),
        ),
        (
            "Versie Hillebrand",
            &[],
            "how much standby came back out of my october pay",
            "answer",
            json!({"figure": "draw_recovered"}),
        ),
    ];
    read_after("twohundredfortysixth", maven);
}

#[test]
fn round_125_older_sets_remaining() {
    use serde_json::json;
    // (the quota a lever's new value is a share of is the lever's own words, no scope; a
    // measure's word right after a new deal's amount says what the amount is)
    let maven: &[Turns] = &[(
        "Melvin Marxen",
        &[],
        "if full throttle started at 85% of the flagship quota, who'd gain most",
        "answer",
        json!({"op": "top", "measure": null, "lever": {"kind": "tier_start", "measure": "flagship", "tier": 2, "value": "0.85"}}),
    )];
    read_after("twohundredthirtyninth", maven);
    let dealer: &[Turns] = &[(
        "Priyanka Sethi",
        &[],
        "what do i get if i sign a 4k gp colour box",
        "answer",
        json!({"measure": null, "new_deal": {"amount": "4000", "product": "colour mfp"}}),
    )];
    read_after("twohundredfortysecond", dealer);
}

#[test]
fn round_126_what_its_sets_taught() {
    use serde_json::json;
    // (a brand-new rep's plain words: the minimum, the top limit, the bigger payout, "before i
    // earn anything at all"; an amount on the asker's month told, then "what is that"; "why
    // is there … on my statement"; a deal denied is no deal supposed; "have we advanced";
    // "am i over" after a distance; a deal type named "team" is no manager's team)
    let novices: &[Turns] = &[
        (
            "Cara Losch",
            &[],
            "how far is corliss from the minimum this quarter",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "op": "value"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "how close am i to the top limit on the mg thing",
            "answer",
            json!({"figure": "distance", "mark": "cap", "measure": "mg_suite"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "how much more do i need to get the higher mg payout",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "Carl Lin",
            &[],
            "how much do i need to sell before i earn anything at all",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Carl Lin",
            &[],
            "theres 1,000 on my november sheet and i havent sold a thing, what is that",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        (
            "Carl Lin",
            &[],
            "why is there 1000 on my november statement when i havent closed anything",
            "answer",
            json!({"op": "explain", "new_deal": null}),
        ),
        (
            "Cara Losch",
            &[],
            "how much have we advanced garret so far",
            "answer",
            json!({"figure": "draw_advanced", "who": "garret kinder"}),
        ),
        (
            "Kami Bicknell",
            &["how close am i to the part where my % goes up"],
            "so if i book a 2k gtx plus basic today am i over?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Cara Losch",
            &[],
            "who on my team has earned the most this quarter",
            "answer",
            json!({"deal_type": null, "op": "top"}),
        ),
    ];
    read_after("twohundredfiftyfourth", novices);
    // (a glossary row whose fate comes first and its reason after; "whats coming in on the
    // 25th"; so many at a price in rand, each; an errand "on the system"; a price put up;
    // favouritism judged; "did anele place", a broker's verb; "and on credit?" after a rank)
    let brokers: &[Turns] = &[
        (
            "Sipho Dlamini",
            &[],
            "how many NTUs this year",
            "answer",
            json!({"stage": "cancelled"}),
        ),
        (
            "Sipho Dlamini",
            &[],
            "whats coming in on the 25th",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Marco Fourie",
            &[],
            "if i write 2 home policies at R9k each today whats that add",
            "answer",
            json!({"new_deal": {"amount": "9000", "count": 2}}),
        ),
        (
            "Marco Fourie",
            &[],
            "can you capture the Botha motor on the system for me",
            "decline",
            json!({}),
        ),
        (
            "Marco Fourie",
            &[],
            "is outsurance putting home rates up next month?",
            "decline",
            json!({}),
        ),
        (
            "Sipho Dlamini",
            &[],
            "does thandeka favour the senior brokers",
            "decline",
            json!({}),
        ),
        (
            "Thandeka Mokoena",
            &[],
            "how many fleets did anele place this year",
            "answer",
            json!({"op": "value", "figure": "deal_count"}),
        ),
        (
            "Thabo Ndlovu",
            &["where do i rank on earnings"],
            "and on credit?",
            "answer",
            json!({"op": "rank", "figure": "credit"}),
        ),
    ];
    read_after("twohundredfiftieth", brokers);
    // (dictated: "quota" heard for "quarter" where another figure is asked; a day said as an
    // ordinal word; "at nine hundred each"; "read me my blowouts"; a trip's miles; an errand
    // to text someone)
    let driving: &[Turns] = &[
        (
            "Boris Faz",
            &[],
            "what did i make last quota",
            "answer",
            json!({"figure": "earnings", "period": "q1"}),
        ),
        (
            "Reed Clapper",
            &[],
            "what am i getting on the twelfth",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Boris Faz",
            &[],
            "say i land three GTX basics at eight hundred each today",
            "answer",
            json!({"new_deal": {"amount": "800", "count": 3, "product": "gtx basic"}}),
        ),
        (
            "Hayden Neloms",
            &[],
            "could you read me my blowouts",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Boris Faz",
            &[],
            "how many miles did i drive this week",
            "decline",
            json!({}),
        ),
        ("Boris Faz", &[], "text reed and tell him im late", "decline", json!({})),
    ];
    read_after("twohundredfiftyfirst", driving);
    // (an associate's "w the float" is the pay with the draw in it; "still figuring out" owes
    // nothing; "and if i bill …" after a distance; "amt")
    let cases: &[Turns] = &[
        (
            "Kayla Dufresne",
            &[],
            "total paid to me this yr w the float",
            "answer",
            json!({"figure": "payable"}),
        ),
        (
            "Kayla Dufresne",
            &[],
            "still learning the float thing. how much did they front me in q2?",
            "answer",
            json!({"figure": "draw_advanced"}),
        ),
        (
            "Lauren Beaudry",
            &["how far from going ceramic"],
            "and if i bill a 7k fusion today?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Mike Hadley",
            &[],
            "q2 check amt?",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
    ];
    read_after("twohundredfiftysecond", cases);
}

#[test]
fn round_126_review_narrowing() {
    use serde_json::json;
    // (what the review of the round's rules showed they must not catch: a quota reached is no
    // quarter heard; "where did i place" still ranks; a plan that favours someone, managing
    // to stay out, a deposit of the asker's commission, "not close" to a tier, a span of
    // months before a price)
    let maven: &[Turns] = &[
        (
            "Violet Mclelland",
            &[],
            "am i going to make this quota?",
            "answer",
            json!({"period": null}),
        ),
        (
            "Violet Mclelland",
            &[],
            "where did i place this quarter",
            "answer",
            json!({"op": "rank"}),
        ),
        (
            "Cara Losch",
            &[],
            "does the new plan favour the hunters?",
            "ask_back",
            json!({}),
        ),
        (
            "Violet Mclelland",
            &[],
            "am i managing to stay out of the opening this quarter",
            "answer",
            json!({"figure": "distance"}),
        ),
        (
            "Violet Mclelland",
            &[],
            "im not close to the rook, would a 20k deal get me there?",
            "answer",
            json!({"new_deal": {"amount": "20000"}}),
        ),
        (
            "Violet Mclelland",
            &[],
            "if i close 3 deals over the next 2 months at 10k each what do i make",
            "answer",
            json!({"new_deal": {"amount": "10000", "count": 3}}),
        ),
    ];
    read_after("twohundredfiftyfourth", maven);
    // ("her" is no HerdSense)
    let dairy: &[Turns] = &[(
        "Siobhán Keane",
        &[],
        "what's her quota",
        "answer",
        json!({"measure": null}),
    )];
    read_after("hundredfortyfifth", dairy);
}

#[test]
fn round_126_held_out_sets_read() {
    use serde_json::json;
    // (a tier table whose rates carry a decimal comma, "5,5%", names its tiers; a percentage
    // said so, "2,5%"; "what is my actual Druckstufe"; greetings of German and Dutch; a
    // measure "also called the … or the …")
    let pumps: &[Turns] = &[
        (
            "Sabine Krämer",
            &[],
            "Hochdruck from 90% instead of 100%, what does it cost?",
            "answer",
            json!({"lever": {"kind": "tier_start", "measure": "aggregate", "tier": 3, "value": "0.9"}}),
        ),
        (
            "Sabine Krämer",
            &[],
            "Nenndruck at 4,5% - what would the plan cost?",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "aggregate", "tier": 2, "value": "0.045"}}),
        ),
        (
            "Daniela Roth",
            &[],
            "what is my actual Druckstufe?",
            "answer",
            json!({"figure": "rate"}),
        ),
        (
            "Jürgen Wolf",
            &[],
            "Moin, how much Wartungsprämie did I make in Q3?",
            "answer",
            json!({"figure": "earnings", "measure": "service", "period": "q3"}),
        ),
        (
            "Joost van den Berg",
            &[],
            "Goedemorgen, how far am I from the red zone?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
    ];
    read_after("twohundredfiftythird", pumps);
    // (the draw named by its section's heading, "The Jump Start (monthly retainer)"; "front
    // me" is no Front-End measure; a glossary row naming a measure without its kind, "the F&I
    // Add-On's products"; a product of three letters said in the plural)
    let cars: &[Turns] = &[
        (
            "Hannah Stewart",
            &[],
            "how much jump start do i still owe",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Toby Reihana",
            &[],
            "how much did they front me in oct",
            "answer",
            json!({"measure": null}),
        ),
        (
            "Anjali Sharma",
            &[],
            "how much back end did i do last month",
            "answer",
            json!({"measure": "fi"}),
        ),
        (
            "Josh Tapsell",
            &[],
            "how many vans did i deliver this year",
            "answer",
            json!({"product": "van"}),
        ),
    ];
    read_after("twohundredfortyeighth", cars);
    // (a plan year the document quotes a name for, "the season"; "who is losing most"; paid
    // "from this plan"; "suppose I resign")
    let matchbook: &[Turns] = &[
        (
            "Jonathan Berthelot",
            &[],
            "what did i earn this season?",
            "answer",
            json!({"period": "fy"}),
        ),
        (
            "Summer Sewald",
            &[],
            "Final whistle at 180%, who is losing the most?",
            "answer",
            json!({"op": "bottom"}),
        ),
        (
            "Summer Sewald",
            &[],
            "are managers also paid from this plan?",
            "plan_rule",
            json!({}),
        ),
        (
            "Wilburn Farren",
            &[],
            "suppose I resign in June, I have to give back my warm-up?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("twohundredfortyninth", matchbook);
}

#[test]
fn round_127_what_its_sets_taught() {
    use serde_json::json;
    // (Indian English: pay that "will come in my feb salary"; "what is there in my funnel?
    // total"; several deals of a product said by its short name; a "target" changed with two
    // measures on quota; a product's word before the quota naming the measure crediting it;
    // "for each of my AMs"; Hindi chat's words; a person judged)
    let indrayani: &[Turns] = &[
        (
            "Rahul Mehra",
            &[],
            "what incentive will come in my feb salary",
            "answer",
            json!({"figure": "payable", "op": "value"}),
        ),
        (
            "Simran Kaur",
            &[],
            "whats there in my funnel? total",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
        (
            "Pooja Shah",
            &[],
            "if I close 3 ERP deals of 10L each what will be my Q4 payout",
            "answer",
            json!({"new_deal": {"amount": "1000000", "count": 3, "product": "indraerp licence"}}),
        ),
        (
            "Simran Kaur",
            &[],
            "what if my target goes up to 2 cr",
            "ask_back",
            json!({}),
        ),
        (
            "Ramesh Iyer",
            &[],
            "if the AMC target becomes 2 cr, who loses most",
            "answer",
            json!({"lever": {"kind": "quota", "measure": "annuity", "value": "20000000"}, "op": "bottom"}),
        ),
        (
            "Ramesh Iyer",
            &[],
            "Q2 payout for each of my AMs",
            "answer",
            json!({"op": "top", "who": "team:ramesh iyer"}),
        ),
        (
            "Neha Arora",
            &[],
            "Q4 incentive kitna hoga?",
            "answer",
            json!({"figure": "earnings", "period": "q4"}),
        ),
        (
            "Ramesh Iyer",
            &[],
            "is Farhan serious about his work?",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredfiftyfifth", indrayani);
    // (recruiters: things started, counted in the year; a rule asked "when a candidate …
    // does …"; a figure "by recruiter")
    let staffing: &[Turns] = &[
        (
            "Nate Sorensen",
            &[],
            "how many contracts have i started this year",
            "answer",
            json!({"figure": "deal_count", "period": "fy"}),
        ),
        (
            "Alicia Dunn",
            &[],
            "when a candidate falls off after 60 days does the fee get clawed back?",
            "plan_rule",
            json!({}),
        ),
        (
            "Renee Castellanos",
            &[],
            "june payable by recruiter",
            "answer",
            json!({"op": "top", "period": "m06"}),
        ),
    ];
    read_after("twohundredfiftyseventh", staffing);
    // (Latin-American English: the document's "la Quincena" said "the quincena"; "why they
    // took me money"; "my more high deal", "the quarter more expensive"; "puts me in"; a
    // currency's course; "of the company"; "which would be the cost"; "the 3 with more")
    let picante: &[Turns] = &[
        (
            "Anna Snelling",
            &[],
            "how much I receive in the quincena of february?",
            "answer",
            json!({"figure": "payable", "period": "m11"}),
        ),
        (
            "Wilburn Farren",
            &[],
            "why they took me money in november?",
            "answer",
            json!({"op": "explain", "period": "m09"}),
        ),
        (
            "Daniell Hammack",
            &[],
            "which was my more high deal of this trimester?",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "n": 1}),
        ),
        (
            "Boris Faz",
            &[],
            "a deal of 10k puts me in el fuego?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Darcel Schlecht",
            &[],
            "the dollar will go down against the peso this year?",
            "decline",
            json!({}),
        ),
        (
            "Melvin Marxen",
            &[],
            "which was the quarter more expensive of my team?",
            "answer",
            json!({"figure": "cost", "op": "best_period"}),
        ),
        (
            "Celia Rouche",
            &[],
            "best 3 of the company in MG attainment",
            "answer",
            json!({"op": "top", "n": 3, "who": "team"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "la chispa at 30% instead of 40%, which would be the cost of my team?",
            "answer",
            json!({"figure": "cost", "op": "value"}),
        ),
        (
            "Dustin Brinkmann",
            &["the 3 sellers with less attainment of hardware this trimester"],
            "and the 3 with more?",
            "answer",
            json!({"op": "top", "n": 3}),
        ),
    ];
    read_after("twohundredfiftyninth", picante);
}

#[test]
fn round_127_phone_and_pub_sets_taught() {
    use serde_json::json;
    // (phone typing: a payday of a hyphened name said without its "day"; "hiw"; a phrase of
    // the glossary's said with "my" for its "the" ("on my table"); how a tier pays, all or
    // just a part; a customer's buying foretold; a bonus's new amount asked back)
    let cardroom: &[Turns] = &[
        (
            "Kary Hendrixson",
            &[],
            "wat did the sept cash out pay me",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "Boris Faz",
            &[],
            "hiw much have i made this yr",
            "answer",
            json!({"figure": "earnings", "period": "fy"}),
        ),
        (
            "Marty Freudenburg",
            &[],
            "if everything on my table closes whats my q4 payout",
            "answer",
            json!({"figure": "payable", "pipeline": "all", "period": "q4"}),
        ),
        (
            "Maureen Marcano",
            &[],
            "does the turn pay on all my gtx or just whats over 50",
            "plan_rule",
            json!({}),
        ),
        (
            "Anna Snelling",
            &[],
            "is hottechi gonna order more next year",
            "decline",
            json!({}),
        ),
        (
            "Cara Losch",
            &[],
            "new seat spiff to 300, whats that cost",
            "ask_back",
            json!({}),
        ),
        // (no superlative said the Spanish way: "more big iron" where Big Iron is a product)
        (
            "Daniell Hammack",
            &[],
            "how much more big iron do i need this quarter to hit the river",
            "answer",
            json!({"figure": "distance", "product": "gtk 500"}),
        ),
    ];
    read_after("twohundredfiftysixth", cardroom);
    // (a bonus's word in the plural, "Fresh Tracks", is not "on track")
    let tracks: &[Turns] = &[(
        "Reed Clapper",
        &[],
        "am i on track for the year",
        "answer",
        json!({"figure": "pace"}),
    )];
    read_after("hundredthirtyfourth", tracks);
    // (pub-trade reps: "how much am I on for Q1"; a bonus by its possessive's word; "new lad";
    // "the story with the cap adjustment"; a customer shut down; the draw "paid … back"; a
    // place's words of a deal's state said before the deals)
    let tollgate: &[Turns] = &[
        (
            "Gary Nolan",
            &[],
            "how much am I on for Q1",
            "answer",
            json!({"figure": "payable", "period": "q1"}),
        ),
        (
            "Colm Flaherty",
            &[],
            "any poacher money this quarter?",
            "answer",
            json!({"figure": "bonus", "period": "q3"}),
        ),
        (
            "Eoin Burke",
            &[],
            "new lad here, how much float have i got so far",
            "answer",
            json!({"figure": "draw_advanced", "op": "value", "who": "eoin burke"}),
        ),
        (
            "Ciarán Doyle",
            &[],
            "what's the story with the cap adjustment on my q2 docket",
            "answer",
            json!({"op": "explain", "period": "q2"}),
        ),
        (
            "Colm Flaherty",
            &[],
            "a hotel shut down 3 months after I signed them, do I lose the commish?",
            "plan_rule",
            json!({}),
        ),
        (
            "Tom Whelan",
            &["how much do i owe back on the float"],
            "have i paid any of it back",
            "answer",
            json!({"figure": "draw_recovered"}),
        ),
        (
            "Aoife Brennan",
            &[],
            "what are my long finger deals worth",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
    ];
    read_after("twohundredfiftyeighth", tollgate);
}

#[test]
fn round_129_what_its_sets_taught() {
    use serde_json::json;
    // (what-ifs: the month that names a changed deal beside the period asked; a tier's name
    // of two words hyphened; the check of a period with a new deal of a product; a person's
    // opinion of one; a deal state's noun of its verb; "4k not 6.5k"; "cost him"; a payout
    // cap named in four words; "who gets hurt", all of them)
    let railway: &[Turns] = &[
        (
            "Violet Mclelland",
            &[],
            "say my konex gtx pro in september had come in at 7k instead, what would q1 have paid me",
            "answer",
            json!({"op": "value", "period": "q1", "deal_amount_to": {"amount": "7000", "deal": "pegfpdvu"}}),
        ),
        (
            "Zane Levy",
            &[],
            "what happens to my q2 check if the december plusstrip deal slips to feb",
            "answer",
            json!({"op": "value", "period": "q2", "figure": "payable"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "would a 30k gtk 500 get me to double-header?",
            "answer",
            json!({"figure": "distance", "measure": "heavy_haul"}),
        ),
        (
            "Daniell Hammack",
            &[],
            "whats my q2 check if i win 2 plus basics at 1.5k each",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "Lajuana Vencill",
            &[],
            "does dustin actually rate me",
            "decline",
            json!({}),
        ),
        (
            "Kami Bicknell",
            &[],
            "show me my derailments",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "say donn's kan-code plus pro had come in at 4k not 6.5k, what's that cost him",
            "answer",
            json!({"figure": "earnings", "deal_amount_to": {"amount": "4000", "deal": "qvwpmj8r"}}),
        ),
        (
            "Summer Sewald",
            &[],
            "if james' november lexiqvolax plus pro had fallen through what would that have cost him",
            "answer",
            json!({"figure": "earnings", "who": "james ascencio"}),
        ),
        (
            "Cara Losch",
            &[],
            "would it be cheaper to cut the end of the line to 45k?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "payout_cap", "value": "45000"}}),
        ),
        (
            "Cara Losch",
            &[],
            "who gets hurt if the buffer stop drops to 150%",
            "answer",
            json!({"op": "bottom", "who": "team"}),
        ),
    ];
    read_after("twohundredsixtyfifth", railway);
    // (Nigerian Pidgin: what one will collect on a payday; "vex"; "comot … finish"; the
    // biggest deal "i book")
    let ojapoint: &[Turns] = &[
        (
            "Aisha Garba",
            &[],
            "wetin i go collect on 25th july",
            "answer",
            json!({"figure": "payable", "period": "m06"}),
        ),
        (
            "Ngozi Okafor",
            &[],
            "biggest working capital loan i book this year",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "n": 1}),
        ),
        (
            "Adebayo Ogunleye",
            &[],
            "if we comot the toll gate finish, how much e go cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "acquiring", "value": "0"}}),
        ),
    ];
    let ojapoint_levers: &[Turns] = &[
        (
            "Adebayo Ogunleye",
            &[],
            "keke from 3.5% to 4%, cost?",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "acquiring", "tier": 2, "value": "0.04"}}),
        ),
        (
            "Adebayo Ogunleye",
            &[],
            "if full plate drop to 150%, how much funmi go lose",
            "answer",
            json!({"who": "funmilayo adeyemi"}),
        ),
    ];
    read_after("twohundredsixtyfourth", ojapoint);
    read_after("twohundredsixtyfourth", ojapoint_levers);
    // (farm talk: three months that make a quarter; a glossary's verb phrase of four words;
    // a measure's percent; a deal "had gone for"; "3 and a half percent")
    let hartwell: &[Turns] = &[
        (
            "Wade Pohlman",
            &[],
            "uptime money for feb march and april",
            "answer",
            json!({"op": "value", "period": "q2", "measure": "uptime"}),
        ),
        (
            "Dave Kinsella",
            &[],
            "how many went down the road on me in q2",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "q2"}),
        ),
        (
            "Randy Schulte",
            &[],
            "iron percent this quarter?",
            "answer",
            json!({"figure": "attainment", "measure": "iron"}),
        ),
        (
            "Harold Ebersole",
            &[],
            "what if the bauer brothers sprayer had gone for 350,000, how much more do i make",
            "answer",
            json!({"deal_amount_to": {"amount": "350000", "deal": "hw-11228"}}),
        ),
        (
            "Roger Pflug",
            &["tassel at 3% - cost?"],
            "and at 4 and a half percent?",
            "answer",
            json!({"lever": {"kind": "rate", "measure": "iron", "tier": 3, "value": "0.045"}}),
        ),
    ];
    read_after("twohundredsixtysixth", hartwell);
    // (French-Canadian English: a product found only by the measure's own word ("MRO");
    // "svp"; "nouveaux comptes"; the glossary's "soumission perdue" kept)
    let boreal: &[Turns] = &[
        (
            "Isabelle Pelletier",
            &[],
            "my MRO credit this year",
            "answer",
            json!({"product": null, "figure": "credit", "measure": "mro", "period": "fy", "who": "isabelle pelletier", "op": "value"}),
        ),
        (
            "Mathieu Côté",
            &[],
            "my clawbacks this trimester svp",
            "answer",
            json!({"figure": "clawback", "period": "q4"}),
        ),
        (
            "Annie Bergeron",
            &[],
            "how many nouveaux comptes this year?",
            "answer",
            json!({"deal_type": "new", "figure": "deal_count"}),
        ),
        (
            "Mathieu Côté",
            &[],
            "how many soumissions perdues I had in Q3?",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "q3"}),
        ),
    ];
    read_after("twohundredsixtyseventh", boreal);
}

#[test]
fn round_128_what_its_sets_taught() {
    use serde_json::json;
    // (a word the document titles as the credit, "**GCI (credit).**"; a glossary's "100% of
    // the GCI Target" read in any case, so "going blue chip" is the accelerator, not the
    // other measure's tier; a measure named "… Share" is its money)
    let ironbark: &[Turns] = &[
        (
            "Brodie Lang",
            &[],
            "hows my gci looking this fin year",
            "answer",
            json!({"figure": "credit", "measure": "gci", "period": "fy"}),
        ),
        (
            "Sam Pappas",
            &[],
            "remind me what my gci target is",
            "answer",
            json!({"figure": "quota", "measure": "gci"}),
        ),
        (
            "Ben Ashworth",
            &[],
            "if i sell one with 20k gci today",
            "answer",
            json!({"new_deal": {"amount": "20000"}}),
        ),
        (
            "Nick Sorensen",
            &[],
            "how close am i to going blue chip",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "measure": null}),
        ),
        (
            "Grace Zhou",
            &[],
            "my gci share for jan-mar?",
            "answer",
            json!({"figure": "earnings", "measure": "gci", "period": "q3"}),
        ),
    ];
    read_after("twohundredsixtieth", ironbark);
    // (street addresses as accounts, "the yarran st one", "8/2 gwydir st"; "my cut on"; a deal
    // that "falls over" is at nothing; "more or less than last qtr"; "qtr's been"; "line up")
    let addresses: &[Turns] = &[
        (
            "Kate Hollis",
            &[],
            "what was my cut on the yarran st sale",
            "answer",
            json!({"figure": "earnings", "account": "17 yarran st, manly"}),
        ),
        (
            "Grace Zhou",
            &[],
            "what if 8/2 gwydir st had slipped to may",
            "answer",
            json!({"move_deal": {"close_date": "2026-05-31", "deal": "ib82559"}}),
        ),
        (
            "Sam Pappas",
            &[],
            "how much would i lose if olive st fell over",
            "answer",
            json!({"figure": "earnings", "deal_amount_to": {"amount": "0", "deal": "ib88224"}}),
        ),
        (
            "Fiona McLeod",
            &[],
            "is my office costing more than last month",
            "answer",
            json!({"figure": "cost", "op": "compare"}),
        ),
        (
            "Lachlan Byrne",
            &[],
            "which month's been my worst",
            "answer",
            json!({"op": "worst_period"}),
        ),
        (
            "Raj Malhotra",
            &[],
            "line up my agents by gci share this year",
            "answer",
            json!({"op": "top"}),
        ),
    ];
    read_after("twohundredsixtieth", addresses);
    // (formal email: a sign-off with the asker's name, "thank you in advance"; a request,
    // "could you explain", and a wish, "I would like to understand", suppose nothing; an
    // occasion before the asking; "the quarter to date", "the quarter ending 30 June";
    // "unwound" for "| unwind |")
    let clock: &[Turns] = &[
        (
            "Donn Cantrell",
            &[],
            "Hello, I would like to confirm my total earnings to date. Thank you in advance, Donn",
            "answer",
            json!({"figure": "earnings", "op": "value"}),
        ),
        (
            "Rosalina Dieter",
            &[],
            "I would like to understand why opportunity 60UOBOEM has reduced my commission this month.",
            "answer",
            json!({"op": "explain", "deal": "60uoboem"}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "The customer on R102IPTH cancelled the order in August. Could you explain why that affects my commission on it?",
            "answer",
            json!({"op": "explain", "deal": "r102ipth"}),
        ),
        (
            "Cara Losch",
            &[],
            "Ahead of our quarterly business review, could you please tell me who on my team has earned the most?",
            "answer",
            json!({"figure": "earnings", "op": "top", "n": 1}),
        ),
        (
            "Reed Clapper",
            &[],
            "my attainment for the quarter to date please",
            "answer",
            json!({"figure": "attainment", "period": "q4"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "the total payout for my team for the quarter ending 31 March 2017",
            "answer",
            json!({"figure": "cost", "period": "q2"}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "which of my orders have unwound this fiscal year?",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
    ];
    read_after("twohundredsixtyfirst", clock);
    // (a tier named "<hyphened word> Rate" said alone; "at plan" is at quota; a name no one
    // has, typed in lower case after "for"; rate hikes foretold)
    let hockey: &[Turns] = &[
        (
            "Darnell Okafor",
            &[],
            "all-star at 1.75x, what does it cost?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "logo", "tier": 2, "value": "1.75"}}),
        ),
        (
            "Aisha Mensah",
            &[],
            "am i at plan for the year",
            "answer",
            json!({"figure": "attainment"}),
        ),
        (
            "Heather MacLeod",
            &[],
            "q2 commission for bartholomew?",
            "ask_back",
            json!({}),
        ),
        (
            "Sean Fitzgerald",
            &[],
            "will rate hikes hurt hardware budgets next year",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredsixtysecond", hockey);
    // (Taglish: "komi", tiers named "4G", a follow-up's "eh si", "ko last quarter")
    let kidlat: &[Turns] = &[
        (
            "Liza Manalo",
            &[],
            "magkano komi ko for Q1 po",
            "answer",
            json!({"figure": "earnings", "period": "q1"}),
        ),
        (
            "Rhea Villareal",
            &[],
            "how far pa ako sa 4G ngayong buwan",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "m08"}),
        ),
        (
            "Liza Manalo",
            &[],
            "ilan yung ligwak ko last month",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "m07"}),
        ),
        (
            "Carmela Reyes",
            &["mgkno kinita ni Rhea nung Q2"],
            "eh si Patricia?",
            "answer",
            json!({"figure": "earnings", "period": "q2", "who": "patricia ocampo"}),
        ),
    ];
    read_after("twohundredsixtythird", kidlat);
}

#[test]
fn round_130_what_its_sets_taught() {
    use serde_json::json;
    // (voice dictation: names of the plan heard as other words, "root", "heavy hall", "way
    // station", "toad deals"; a seller's name spelt as heard; "period" said; "top for deals";
    // "quote a")
    let road: &[Turns] = &[
        (
            "Reed Clapper",
            &[],
            "how much root commission did I make in quarter two period",
            "answer",
            json!({"figure": "earnings", "measure": "route", "period": "q2"}),
        ),
        (
            "Jonathan Berthelot",
            &[],
            "how much did toad deals take back from me this year",
            "answer",
            json!({"figure": "clawback", "period": "fy"}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "top for deals by what they paid me this year",
            "answer",
            json!({"op": "top", "n": 4, "figure": "earnings"}),
        ),
        (
            "Elease Gluck",
            &[],
            "what is my heavy hall quote a for the year question mark",
            "answer",
            json!({"figure": "quota", "measure": "haul"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "what did Marquita make last month",
            "answer",
            json!({"figure": "earnings", "who": "markita hansen"}),
        ),
        (
            "Rocco Neubert",
            &[],
            "if the way station went up to two hundred and fifty percent what would it cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "cap", "measure": "haul", "value": "2.5"}}),
        ),
    ];
    read_after("twohundredsixtyninth", road);
    // (Scandinavian English: a glossary word's plural and verb, "hävningar", "hävde"; "Hej"
    // and "Tak"; a month with its year; "had been 90k"; a formal warning)
    let kronvik: &[Turns] = &[
        (
            "Karin Sjöberg",
            &[],
            "how many hävningar have I had this year?",
            "answer",
            json!({"figure": "deal_count", "stage": "cancelled", "period": "fy"}),
        ),
        (
            "Søren Mikkelsen",
            &[],
            "If KV-25805 had closed in February 2026, what had I lost?",
            "answer",
            json!({"move_deal": {"close_date": "2026-02-28", "deal": "kv-25805"}}),
        ),
        (
            "Eero Mäkinen",
            &[],
            "If the Bergen Aluminium MES in October had been 70k, how much more had I got?",
            "answer",
            json!({"deal_amount_to": {"amount": "70000", "deal": "kv-28268"}, "period": null}),
        ),
        (
            "Henrik Lauridsen",
            &[],
            "Hej, what has Jens earned this year? Tak",
            "answer",
            json!({"figure": "earnings", "who": "jens østergaard"}),
        ),
        (
            "Henrik Lauridsen",
            &[],
            "Sofie is under Tröskeln. Shall I give her a written warning?",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredseventyfirst", kronvik);
}

#[test]
fn round_131_what_its_sets_taught() {
    use serde_json::json;
    // (a report's shorthand: "top5", "@", "Δ"/"delta" of a plan change, "bal", "desc", a
    // tier named "LN2"; declines: a person let go by name, demand foretold, time logged in
    // the CRM, statements sent out)
    let clockspeed: &[Turns] = &[
        (
            "Maureen Marcano",
            &[],
            "top3 deals $ q3",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "n": 3, "period": "q3"}),
        ),
        (
            "Kary Hendrixson",
            &[],
            "my bootstrap bal",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Dustin Brinkmann",
            &[],
            "q3 earn by rep desc",
            "answer",
            json!({"figure": "earnings", "op": "top", "period": "q3"}),
        ),
        (
            "Celia Rouche",
            &[],
            "LN2 @ 14% - Δ cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "systems", "tier": 4, "value": "0.14"}}),
        ),
        (
            "Celia Rouche",
            &[],
            "delta if thresh 35%",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "systems", "value": "0.35"}}),
        ),
        (
            "Rocco Neubert",
            &[],
            "is it time to let niesha go",
            "decline",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "do you think GTK 500 demand picks up next quarter?",
            "decline",
            json!({}),
        ),
        (
            "Rocco Neubert",
            &[],
            "pls log 3 hrs of training on the codehow opp",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredseventyfifth", clockspeed);
    // (Japanese second-language English: "please teach me", "sumimasen", "we pay", "by
    // member", "weighted mitsumori", "how can I get the SPIFF", pay asked in yen)
    let tsubame: &[Turns] = &[
        (
            "Ayaka Inoue",
            &[],
            "Sumimasen, please teach me my incentive of Q3.",
            "answer",
            json!({"figure": "earnings", "period": "q3"}),
        ),
        (
            "Kenji Matsumoto",
            &[],
            "Please teach me how much we pay to my team for Q2.",
            "answer",
            json!({"figure": "cost", "period": "q2"}),
        ),
        (
            "Hiroshi Tanaka",
            &[],
            "Q3 payout by member please",
            "answer",
            json!({"figure": "payable", "op": "top", "period": "q3"}),
        ),
        (
            "Yuki Sato",
            &[],
            "With weighted mitsumori, my Q4 incentive become how much?",
            "answer",
            json!({"pipeline": "weighted"}),
        ),
        (
            "Ayaka Inoue",
            &[],
            "How can I get the Daruma Award?",
            "plan_rule",
            json!({}),
        ),
        (
            "Takumi Watanabe",
            &[],
            "How much is my Q3 incentive in yen?",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredseventyfourth", tsubame);
    // (older sets: the tier asked in French order, a CRM change asked for help, the year to
    // date "from january till now", a measure's "$")
    let boreal: &[Turns] = &[(
        "Marie-Ève Gagnon",
        &[],
        "in which band I am for the supplies, actually?",
        "answer",
        json!({"figure": "rate"}),
    )];
    read_after("twohundredsixtyseventh", boreal);
    let ojapoint: &[Turns] = &[
        (
            "Boma George",
            &[],
            "abeg help me mark OJP-40724 as dormant for CRM",
            "decline",
            json!({}),
        ),
        (
            "Bisola Lawal",
            &[],
            "total wey dem don pay me from january till now, mobi inclusive",
            "answer",
            json!({"figure": "payable", "period": null}),
        ),
    ];
    read_after("twohundredsixtyfourth", ojapoint);
    let maven_phone: &[Turns] = &[(
        "Cecily Lampkin",
        &[],
        "server line $ this quarter?",
        "answer",
        json!({"figure": "earnings", "measure": "server"}),
    )];
    read_after("twohundredfiftysixth", maven_phone);
}

#[test]
fn round_132_what_its_sets_taught() {
    use serde_json::json;
    // (a draw named with a word of cost, "the Feed Bill"; "what have I made on the whole
    // plan"; a manager's "bunch"; an insurer's loss ratio declined; "out to market worth" is
    // no account of "Fort Worth")
    let red_river: &[Turns] = &[
        (
            "Kyle Mabry",
            &[],
            "what do i still owe on the feed bill",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Hollis McCrary",
            &[],
            "what have i made this year on the whole plan?",
            "answer",
            json!({"figure": "earnings", "who": "hollis mccrary"}),
        ),
        (
            "Royce Tidwell",
            &["what is my agency costing this month"],
            "and carolyn's bunch?",
            "answer",
            json!({"who": "team:carolyn biggs"}),
        ),
        (
            "Curtis Blevins",
            &[],
            "hows the loss ratio on my book",
            "decline",
            json!({}),
        ),
        (
            "Teresa Ochoa",
            &[],
            "what's all my out to market worth",
            "answer",
            json!({"figure": "deal_amount", "stage": "open", "account": null}),
        ),
    ];
    read_after("twohundredseventyeighth", red_river);
    // (commission and SPIFFs together are all the pay)
    let clock: &[Turns] = &[(
        "Elease Gluck",
        &[],
        "how much have my GTK 500 orders earned me this year, commission and SPIFFs together?",
        "answer",
        json!({"figure": "earnings", "product": "gtk 500"}),
    )];
    read_after("twohundredsixtyfirst", clock);
}

/// Questions last session's own rules had turned from right to wrong, found by comparing
/// full runs: "explain me the clawback" is the rule, a name with another ending vowel is
/// another person, the best quarter "to date" is no quarter named, a word titled as the
/// credit said after a figure is no measure, "the illawarra rd one" of two such sales is
/// asked back.
#[test]
fn last_sessions_regressions() {
    use serde_json::json;
    let tienda: &[Turns] = &[
        (
            "Rogelio Saldaña",
            &[],
            "Can you explain me the clawback?",
            "plan_rule",
            json!({}),
        ),
        (
            "Rogelio Saldaña",
            &[],
            "explain me the calc for my bonus in july",
            "answer",
            json!({"figure": "bonus", "period": "m07"}),
        ),
        (
            "Patricia Villaseñor",
            &[],
            "How much did Alejandra earn?",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("sixtyseventh", tienda);
    let agency: &[Turns] = &[
        (
            "Kate Hollis",
            &[],
            "whats my biggest sale this fin yr gci wise",
            "answer",
            json!({"op": "top", "figure": "deal_amount", "measure": null, "period": "fy"}),
        ),
        (
            "Chloe Tran",
            &[],
            "whats my cut on the illawarra rd one",
            "ask_back",
            json!({}),
        ),
        (
            "Tahlia Morgan",
            &[],
            "my 3 best paying sales?",
            "answer",
            json!({"figure": "earnings", "n": 3, "op": "top"}),
        ),
        (
            "Grace Zhou",
            &["whats on my books"],
            "whats the total gci on those",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
    ];
    read_after("twohundredsixtieth", agency);
    // ("one of my better shippers" is no deal said)
    let shippers: &[Turns] = &[(
        "Jonathan Harris",
        &[],
        "Hey there, Jono here from Auckland - Codehow has been one of my better shippers this year. What have they earned me so far?",
        "answer",
        json!({"account": "codehow", "figure": "earnings"}),
    )];
    read_after("fiftyfifth", shippers);
    let (inputs, doc) = common::sample();
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    let a = ask(&ctx, "s10", "my top-earning quarter to date?");
    assert_eq!(a.arguments["op"].as_str(), Some("best_period"), "{a:?}");
}

/// Round 133's Spanish-English set read: Mexican Spanish read in its own words (the verbs of
/// pay as chat conjugates them, "la comi" said without its article, "marifer", "chuy", the
/// payday "de julio", "enchilarse" conjugated), a question mostly of Spanish's small words.
#[test]
fn round_133_what_its_sets_taught() {
    use serde_json::json;
    let frontera: &[Turns] = &[
        (
            "Jesús Salinas",
            &[],
            "oye cuanto llevo de comi hasta ahorita?",
            "answer",
            json!({"figure": "earnings", "measure": "hardware"}),
        ),
        (
            "Daniela Sepúlveda",
            &[],
            "cuanto me toca el dia de raya de julio",
            "answer",
            json!({"figure": "payable", "period": "q2"}),
        ),
        (
            "Luis Fernando Peña",
            &[],
            "cuanto me han reversado en total",
            "answer",
            json!({"figure": "clawback"}),
        ),
        (
            "Ana Sofía Rodríguez",
            &[],
            "con un GTX Pro de 2k ya cruzo la garita?",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Héctor Cavazos",
            &[],
            "en que lugar va chuy en credito de hardware",
            "answer",
            json!({"op": "rank", "who": "jesús salinas", "measure": "hardware"}),
        ),
        (
            "Héctor Cavazos",
            &[],
            "bottom 2 en credito de fierro el trimestre pasado",
            "answer",
            json!({"op": "bottom", "n": 2, "period": "q2"}),
        ),
        (
            "Rogelio Garza",
            &[],
            "si subimos la cuota de fierro a 35k, que 3 ejecutivos pierden mas",
            "answer",
            json!({"op": "bottom", "n": 3, "figure": "earnings"}),
        ),
        (
            "Patricia Elizondo",
            &[],
            "chiltepin al 15%, cuanto sale?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "hardware", "tier": 4, "value": "0.15"}}),
        ),
        (
            "Luis Ángel Tamez",
            &[],
            "si me salgo de la empresa tengo que regresar el adelanto?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("twohundredeightyfirst", frontera);
    // (Korean names, family first: "So-yeon-nim team", "Hyunwoo"; "Min-jun's" no minimum; an
    // unknown "Sung-min" asked back; a glossary's word for the credit, "jangbi maechul"; the
    // payday "Jeongsan Day" said "jeongsan")
    let hanul: &[Turns] = &[
        (
            "Park Ji-hoon",
            &[],
            "So-yeon-nim team cost in Q3 please check",
            "answer",
            json!({"figure": "cost", "who": "team:kim so-yeon", "period": "q3"}),
        ),
        (
            "Park Ji-hoon",
            &[],
            "Hyunwoo distance to Seoraksan this quarter please",
            "answer",
            json!({"who": "jung hyun-woo", "mark": "accelerator"}),
        ),
        (
            "Lee Min-jun",
            &[],
            "Could you tell me Min-jun's Q2 sobumpum attainment?",
            "answer",
            json!({"op": "value", "figure": "attainment", "measure": "consumables"}),
        ),
        (
            "Kim So-yeon",
            &[],
            "How much did Sung-min make in Q3?",
            "ask_back",
            json!({}),
        ),
        (
            "Daniel Cho",
            &[],
            "my jangbi maechul this year total?",
            "answer",
            json!({"figure": "credit", "measure": "capital", "period": "fy"}),
        ),
        (
            "Bae Eun-ji",
            &[],
            "q4 jeongsan now how much expected",
            "answer",
            json!({"figure": "payable", "period": "q4"}),
        ),
    ];
    read_after("twohundredseventyninth", hanul);
    // (which of two ways the plan works, asked in a statement's order; a comparison stays)
    let two_ways: &[Turns] = &[
        (
            "Gustavo Tavares",
            &[],
            "credit is on the TPV or the receita líquida?",
            "plan_rule",
            json!({}),
        ),
        (
            "João Pedro Sampaio",
            &[],
            "in série A it pays 8% in everything or only in what passes 100%?",
            "plan_rule",
            json!({}),
        ),
        (
            "Fábio Trindade",
            &[],
            "Gustavo is above quota or below?",
            "answer",
            json!({"who": "gustavo tavares"}),
        ),
        (
            "Fábio Trindade",
            &[],
            "team cost is higher in q2 or q3?",
            "answer",
            json!({"figure": "cost", "op": "compare"}),
        ),
    ];
    read_after("twohundredseventysixth", two_ways);
    // ("I must return the incentive?": an obligation the plan sets; "how much I must sell" a
    // distance)
    let must: &[Turns] = &[
        (
            "Haruto Kobayashi",
            &[],
            "My customer cancel the PO after 4 month. I must return the incentive?",
            "plan_rule",
            json!({}),
        ),
        (
            "Haruto Kobayashi",
            &[],
            "how much I must sell to reach the cap?",
            "answer",
            json!({"figure": "distance", "mark": "cap"}),
        ),
    ];
    read_after("twohundredseventyfourth", must);
    // (the market's course foretold, "or are we stuck with these rates"; "whos closest … out
    // of my people" one of them; "all four agencies" every team)
    let red_river: &[Turns] = &[
        (
            "Earl Haney",
            &[],
            "is the texas property market going to soften up next year or are we stuck with these rates",
            "decline",
            json!({}),
        ),
        (
            "Marlene Haskins",
            &[],
            "whos closest to striking oil this quarter out of my people",
            "answer",
            json!({"n": 1, "op": "bottom", "mark": "accelerator"}),
        ),
        (
            "Royce Tidwell",
            &[],
            "WHAT IS THE WHOLE ALLIANCE COSTING US THIS YEAR, ALL FOUR AGENCIES",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
    ];
    read_after("twohundredseventyeighth", red_river);
}

/// What the spent sets of rounds 133 and 134 taught (Hindi and Italian words, car dealers'
/// and Polish freight's), and the one question last session's rules lost.
#[test]
fn round_134_what_its_sets_taught() {
    use serde_json::json;
    let agency: &[Turns] = &[(
        "Kate Hollis",
        &[],
        "whats my cut on the yarran st one",
        "answer",
        json!({"figure": "earnings", "account": "17 yarran st, manly", "deal": null}),
    )];
    read_after("twohundredsixtieth", agency);
    let dealer: &[Turns] = &[
        (
            "Grant Fairbanks",
            &[],
            "back end commish q3",
            "answer",
            json!({"figure": "earnings", "measure": "backend", "period": "q3"}),
        ),
        (
            "Derek Huang",
            &[],
            "best month for units",
            "answer",
            json!({"figure": "deal_count", "op": "best_period"}),
        ),
        (
            "Dana Whitcomb",
            &[],
            "bottom 3 on my team by units this yr",
            "answer",
            json!({"figure": "deal_count", "op": "bottom", "n": 3}),
        ),
        (
            "Grant Fairbanks",
            &[],
            "if i sell a 1500 vsc today what does it add",
            "answer",
            json!({"new_deal": {"amount": "1500", "product": "service contract"}}),
        ),
        (
            "Chris Boudreaux",
            &[],
            "how much i made off navasota pipe this yr",
            "answer",
            json!({"account": "navasota pipe & supply", "stage": null}),
        ),
        (
            "Brianna Fowler",
            &[],
            "if i bumped the lewis deal to 6k what does that add",
            "answer",
            json!({"deal_amount_to": {"amount": "6000", "deal": "ct25-2967"}}),
        ),
        (
            "Tremaine Jackson",
            &[],
            "if i deliver a couple more units whats my check",
            "ask_back",
            json!({}),
        ),
        (
            "Dana Whitcomb",
            &[],
            "why did kaden need the draw in june",
            "answer",
            json!({"op": "explain", "period": "m06", "who": "kaden pruitt"}),
        ),
        (
            "Dana Whitcomb",
            &[],
            "what if we paid 300 on a mini whats that cost",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("twohundredeightythird", dealer);
    let freight: &[Turns] = &[
        (
            "Bartosz Krawczyk",
            &[],
            "if I close 15k krajowka today, how much I will get from it",
            "answer",
            json!({"new_deal": {"amount": "15000", "product": "ftl domestic"}}),
        ),
        ("Joanna Mazur", &[], "how much Budmat paid me", "ask_back", json!({})),
        (
            "Magdalena Nowak",
            &[],
            "what I will make at 40k?",
            "ask_back",
            json!({}),
        ),
        (
            "Tomasz Zieliński",
            &[],
            "which of my guys won most chłodnia deals this year?",
            "answer",
            json!({"figure": "deal_count", "op": "top", "n": 1, "product": "reefer"}),
        ),
        (
            "Tomasz Zieliński",
            &[],
            "show me Piotrek wypowiedzenia",
            "answer",
            json!({"op": "list", "stage": "cancelled", "who": "piotr wójcik"}),
        ),
    ];
    read_after("twohundredeightieth", freight);
    let telecom: &[Turns] = &[
        (
            "Aniket Patil",
            &[],
            "gulmohar apartments se ab tak kitna kamaya?",
            "answer",
            json!({"figure": "earnings", "account": "gulmohar apartments baner"}),
        ),
        (
            "Aniket Patil",
            &[],
            "is saal ka mera sabse bada deal kaunsa tha?",
            "answer",
            json!({"op": "top", "figure": "deal_amount", "n": 1, "period": "fy"}),
        ),
        (
            "Imran Qureshi",
            &[],
            "rajdhani pakadne ke liye kitna aur chahiye",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Rohit Chavhan",
            &[],
            "apr-jun mein kitne fresh connection live kiye maine?",
            "answer",
            json!({"figure": "deal_count", "deal_type": "new", "period": "q1"}),
        ),
        (
            "Farhan Shaikh",
            &[],
            "buffer stop 150% kar de toh sabse zyada nuksaan kisko hoga",
            "answer",
            json!({"op": "bottom", "n": 1, "figure": "earnings"}),
        ),
        (
            "Farhan Shaikh",
            &[],
            "Good morning. meri team mein is saal sabse zyada kisne kamaya?",
            "answer",
            json!({"op": "top", "n": 1, "figure": "earnings", "who": "team:farhan shaikh"}),
        ),
    ];
    read_after("twohundredeightysecond", telecom);
    let after_a_deal: &[Turns] = &[(
        "Priyanka More",
        &["kharadi software park wale SD-WAN se kitna mila?"],
        "kyun?",
        "answer",
        json!({"op": "explain", "deal": "tn009931"}),
    )];
    read_after("twohundredeightysecond", after_a_deal);
    let cricket: &[Turns] = &[(
        "Farhan Shaikh",
        &[],
        "powerplay open karne ke liye kitna aur book karna padega",
        "answer",
        json!({"figure": "distance", "mark": "accelerator", "stage": null}),
    )];
    read_after("hundredtwentyfourth", cricket);
}

/// Round 135's Vietnamese second-language English set, read: Vietnamese words of asking,
/// address and pay, names said by the given name last ("Lan" of Nguyễn Thị Lan; a family
/// or middle name calls no one: "đang" is no Đặng), the two last words of two alike.
#[test]
fn round_135_what_its_vietnamese_set_taught() {
    use serde_json::json;
    let freight: &[Turns] = &[
        (
            "Hồ Mỹ Linh",
            &[],
            "tạm ứng e còn nợ bn vậy chị",
            "answer",
            json!({"figure": "draw_balance", "who": "hồ mỹ linh"}),
        ),
        (
            "Tạ Quang Vinh",
            &[],
            "total value đang chào giá of em is bao nhiêu a",
            "answer",
            json!({"figure": "deal_amount", "stage": "open", "who": "tạ quang vinh"}),
        ),
        (
            "Lê Thị Thu Hà",
            &[],
            "Tâm hit max gross already hả em?",
            "answer",
            json!({"who": "võ thanh tâm"}),
        ),
        (
            "Phạm Minh Tuấn",
            &[],
            "which month Huy earn most",
            "answer",
            json!({"op": "best_period", "who": "châu gia huy"}),
        ),
        (
            "Trần Quốc Bảo",
            &[],
            "top 3 team anh theo attainment cước quý này",
            "answer",
            json!({"op": "top", "n": 3, "figure": "attainment", "who": "team:trần quốc bảo"}),
        ),
        (
            "Lê Minh Khoa",
            &[],
            "hh cước quý 3 của e bn vậy",
            "answer",
            json!({"figure": "earnings", "measure": "freight", "period": "q3"}),
        ),
        (
            "Lê Thị Thu Hà",
            &[],
            "help anh change Vinh cước quota down to 90k in system nhé",
            "decline",
            json!({}),
        ),
        (
            "Nguyễn Hoàng Long",
            &[],
            "if em reach 80k em get how much ạ",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("twohundredeightyninth", freight);
}

/// The spent Italian English set of round 134, read: Italian's words of asking and pay,
/// "mila" as thousands, "how much I take" as earned, Italian plurals of the glossary's
/// words ("storni" of "| storno |"), a draw "still open" its balance.
#[test]
fn round_134_what_its_italian_set_taught() {
    use serde_json::json;
    let milan: &[Turns] = &[
        (
            "Marco Rinaldi",
            &[],
            "if I close today a seta order of 20 mila, how much I take?",
            "answer",
            json!({"new_deal": {"amount": "20000", "product": "seta como"}}),
        ),
        (
            "Marco Rinaldi",
            &[],
            "how much I take from Concept Store Navigli?",
            "answer",
            json!({"figure": "earnings", "account": "concept store navigli"}),
        ),
        (
            "Giulia Ferrari",
            &[],
            "show me my storni",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Chiara Esposito",
            &[],
            "quanti ordini sfumati I have from july to september",
            "answer",
            json!({"figure": "deal_count", "stage": "lost", "period": "q3"}),
        ),
        (
            "Alfredo Capuano",
            &[],
            "quanto ha fatto Salvatore in Q2?",
            "answer",
            json!({"figure": "earnings", "period": "q2", "who": "salvatore russo"}),
        ),
        (
            "Alfredo Capuano",
            &[],
            "how much anticipo my team has still open",
            "answer",
            json!({"figure": "draw_balance", "stage": null}),
        ),
        (
            "Paola Mariani",
            &[],
            "TI to 20 mila for everybody, the bill?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "target_incentive", "value": "20000"}}),
        ),
    ];
    read_after("twohundredeightyfourth", milan);
}

/// Older read sets' wrong answers mended this session: an account manager asked "which AM"
/// is one, "which AMs" many; the partner of a split is not whom the question is about; the
/// name of the person asked about is no month ("Mai"); joining told in the present is a
/// story ("em just join from june").
#[test]
fn this_sessions_older_misreadings() {
    use serde_json::json;
    let print: &[Turns] = &[
        (
            "Gil Sorensen",
            &[],
            "which AM on my team has the most pulped jobs",
            "answer",
            json!({"op": "top", "n": 1, "figure": "deal_count"}),
        ),
        (
            "Theodora Blake",
            &[],
            "Impression at 9% instead of 8%, which AMs gain the most?",
            "answer",
            json!({"op": "top", "n": null}),
        ),
    ];
    read_after("hundredthirteenth", print);
    let insurance: &[Turns] = &[(
        "Aisha Okonkwo",
        &[],
        "how much have the package splits with Kevin made me this year",
        "answer",
        json!({"figure": "earnings", "who": "aisha okonkwo"}),
    )];
    read_after("twohundrednineteenth", insurance);
    let agency: &[Turns] = &[(
        "Earl Haney",
        &[],
        "what has work comp earned me this year, new and renewal both",
        "answer",
        json!({"figure": "earnings", "product": "workers comp"}),
    )];
    read_after("twohundredseventyeighth", agency);
    let freight: &[Turns] = &[
        (
            "Trần Quốc Bảo",
            &[],
            "how Mai pace now em?",
            "answer",
            json!({"figure": "pace", "period": null, "who": "huỳnh thị mai"}),
        ),
        (
            "Trương Minh Nhật",
            &[],
            "em just join from june, so thông quan quota of em how much ạ",
            "answer",
            json!({"figure": "quota", "period": null}),
        ),
    ];
    read_after("twohundredeightyninth", freight);
}

type Turns = (
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static str,
    serde_json::Value,
);

/// Each question read after the ones before it, in the workspace named.
fn read_after(workspace: &str, cases: &[Turns]) {
    use plansight_ask::eval::{canonical_of, outcome};
    use plansight_ask::query::context::Conversation;
    let (mut inputs, doc) = common::generated(workspace);
    // (as of the day the workspace's question set says: "the quarter under way" is its)
    let set = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("eval/{workspace}/heldout.toml"));
    if let Ok(text) = std::fs::read_to_string(set) {
        inputs.as_of = plansight_ask::eval::set_as_of(&text);
    }
    let calc = plansight_engine::calculate(&inputs).unwrap();
    let ctx = common::context(&inputs, &calc, &doc);
    for (asker, before, q, expected, keys) in cases {
        let mut conversation = Conversation::default();
        for b in before.iter() {
            plansight_ask::ask_in(&ctx, asker, b, &mut conversation);
        }
        let u = plansight_ask::understand(&ctx, asker, q, &conversation);
        assert_eq!(outcome(&u), *expected, "{q}: {u:?}");
        let got = canonical_of(&u, None);
        for (k, v) in keys.as_object().unwrap() {
            assert_eq!(got.get(k).unwrap_or(&serde_json::Value::Null), v, "{q}: {k} in {got:?}");
        }
    }
}

/// Round 135's spent sets, read: a glossary's fate said in parentheses ("| RTV | return to
/// vendor: … (a cancelled deal) |") and a clawback defined as "the clawback of …" ("| the
/// Give-Back |"); a payday of two ideas ("| comm run | the commission payroll … |"); "whats
/// my YTD"; a saint's account said without its marks ("st lukes"); a new deal the customer
/// signs, "the" product and "today" before its amount; pay lost, explained; a deal's amount
/// before a product's other name is no payout cap; Pidgin's "e remain … make i enter", "near
/// … pass", "behind … pass", "cry", "wetin dey my"; "my cluster"; "the whole bank"; a payday's
/// first word after a quarter ("my Q4 alert"); "help me draft"; "order me"; a type's other
/// name whose first word is a deal's noun ("job packs"); a measure's other name in a glossary
/// row is no tier's; "so far this fin yr"; "where do i sit for commo"; "where seun rank"; a
/// count the glossary says is not measured ("| case count |": "how many cases"); "how's june
/// looking", the month's pay explained.
#[test]
fn round_135_what_its_spent_sets_taught() {
    use serde_json::json;
    let ortho: &[Turns] = &[
        (
            "Chris Pruitt",
            &[],
            "show me all my RTVs this year",
            "answer",
            json!({"op": "list", "stage": "cancelled"}),
        ),
        (
            "Jenna Kowalczyk",
            &[],
            "how much have give-backs cost me in q2",
            "answer",
            json!({"figure": "clawback", "period": "q2"}),
        ),
        (
            "Luis Ortega",
            &[],
            "what's my ytd?",
            "answer",
            json!({"figure": "earnings", "period": null}),
        ),
        (
            "Dana Whitaker",
            &[],
            "what have i earned off st lukes",
            "answer",
            json!({"account": "st. luke's hospital", "figure": "earnings"}),
        ),
        (
            "Tyler Brandt",
            &[],
            "if st marys signs the robot today at 900k what would i make",
            "answer",
            json!({"figure": "earnings", "new_deal": {"amount": "900000", "product": "meridian robot"}}),
        ),
        (
            "Marcus Bell",
            &[],
            "why did i lose so much money in june",
            "answer",
            json!({"op": "explain", "period": "m06", "stage": null}),
        ),
        (
            "Jenna Kowalczyk",
            &[],
            "would a 25k power set get me past the top plate",
            "answer",
            json!({"new_deal": {"amount": "25000", "product": "volt power instruments"}, "lever": null}),
        ),
        (
            "Cody Jensen",
            &[],
            "how many cases have i covered this quarter",
            "decline",
            json!({}),
        ),
        (
            "Marcus Bell",
            &[],
            "how's june looking",
            "answer",
            json!({"op": "explain", "period": "m06"}),
        ),
        (
            "Marcus Bell",
            &[],
            "hows my q2 attainment looking",
            "answer",
            json!({"op": "value", "figure": "attainment"}),
        ),
        // (the review's narrowings: deals lost stay lost; passing a mark is no Pidgin; a
        // list sorted is no errand)
        (
            "Marcus Bell",
            &[],
            "total lost deal dollars this quarter",
            "answer",
            json!({"stage": "lost"}),
        ),
        (
            "Jenna Kowalczyk",
            &[],
            "how far behind am i on the tier i need to pass",
            "answer",
            json!({"op": "value", "figure": "distance"}),
        ),
        (
            "Jenna Kowalczyk",
            &[],
            "order 5 biggest deals largest first",
            "answer",
            json!({"op": "top"}),
        ),
    ];
    read_after("twohundredninetieth", ortho);
    let keystone: &[Turns] = &[(
        "Amber Fitzgerald",
        &[],
        "what will the july 15 comm run pay me",
        "answer",
        json!({"figure": "payable", "period": "m08"}),
    )];
    read_after("twohundredeightysixth", keystone);
    let lagos: &[Turns] = &[
        (
            "Babatunde Adeyemi",
            &[],
            "e remain how much make i enter danfo",
            "answer",
            json!({"figure": "distance"}),
        ),
        (
            "Ibrahim Garba",
            &[],
            "who for my team near to enter BRT pass",
            "answer",
            json!({"op": "bottom", "figure": "distance", "who": "team:ibrahim garba"}),
        ),
        (
            "Adaeze Okonkwo",
            &[],
            "which of my RMs dey behind pace pass",
            "answer",
            json!({"op": "bottom", "figure": "pace"}),
        ),
        (
            "Olumide Bankole",
            &[],
            "garage at 150%, who go cry pass",
            "answer",
            json!({"op": "bottom", "figure": "earnings"}),
        ),
        (
            "Ngozi Umeh",
            &[],
            "wetin dey my KIV",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Ibrahim Garba",
            &[],
            "BRT from 140% - my cluster cost?",
            "answer",
            json!({"figure": "cost", "who": "team:ibrahim garba"}),
        ),
        (
            "Adaeze Okonkwo",
            &[],
            "how much the whole bank pay out for Q2",
            "answer",
            json!({"figure": "cost", "who": "team", "period": "q2"}),
        ),
        (
            "Olumide Bankole",
            &[],
            "where seun rank for credit",
            "answer",
            json!({"op": "rank", "who": "oluwaseun adebayo"}),
        ),
        (
            "Halima Bello",
            &[],
            "wetin my Q3 alert go be",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        (
            "Emeka Chukwu",
            &[],
            "am i on pace for the year at all?",
            "answer",
            json!({"figure": "pace"}),
        ),
        (
            "Chinedu Okafor",
            &[],
            "help me draft email to my customer",
            "decline",
            json!({}),
        ),
        (
            "Oluwaseun Adebayo",
            &[],
            "which vehicle i dey on the lagos ride",
            "answer",
            json!({"figure": "rate"}),
        ),
    ];
    read_after("twohundredeightyseventh", lagos);
    let trade: &[Turns] = &[
        (
            "Bradley Moffat",
            &[],
            "order me 20 sheets of villaboard pls",
            "decline",
            json!({}),
        ),
        (
            "Lachlan Reid",
            &[],
            "how many job packs have i done this quarter",
            "answer",
            json!({"deal_type": "project", "figure": "deal_count"}),
        ),
        (
            "Matt Ellery",
            &[],
            "if i sign a 20k F&T order today what do i get from the yard",
            "answer",
            json!({"figure": "earnings", "measure": "timber", "mark": null}),
        ),
        (
            "Ricky Maguire",
            &[],
            "whats my commo so far this fin yr",
            "answer",
            json!({"figure": "earnings", "period": null}),
        ),
        (
            "Lachlan Reid",
            &[],
            "where do i sit for commo this quarter",
            "answer",
            json!({"op": "rank"}),
        ),
        (
            "Jess Whitford",
            &[],
            "fair dinkum how far off the load limit am i",
            "answer",
            json!({"who": "jess whitford"}),
        ),
    ];
    read_after("twohundredeightyeighth", trade);
}

/// The previous session's lost questions, mended: the question's own sentence says its
/// period after a joining told ("I only join in November. My Q2 quota how much?"); "how
/// much I take" asks back what is supposed ("with 30 mila", "if … were more generous"); a
/// festival's time asks back which quarter ("diwali ke time", "over christmas").
#[test]
fn the_previous_sessions_lost_questions() {
    use serde_json::json;
    let asia: &[Turns] = &[
        (
            "Khanh Bui",
            &[],
            "I only join in November. My Q3 quota how much?",
            "answer",
            json!({"figure": "quota", "period": "q3"}),
        ),
        (
            "Khanh Bui",
            &[],
            "Hi. I joined in November, what's my Q3 quota?",
            "answer",
            json!({"figure": "quota", "period": "q3"}),
        ),
    ];
    read_after("twohundredtenth", asia);
    let milan: &[Turns] = &[
        (
            "Giulia Ferrari",
            &[],
            "how much I take with 40 mila?",
            "ask_back",
            json!({}),
        ),
        (
            "Salvatore Russo",
            &[],
            "if the fasi were lower how much I take?",
            "ask_back",
            json!({}),
        ),
        (
            "Giulia Ferrari",
            &[],
            "how much I take so far?",
            "answer",
            json!({"figure": "earnings"}),
        ),
    ];
    read_after("twohundredeightyfourth", milan);
    let pune: &[Turns] = &[
        (
            "Imran Qureshi",
            &[],
            "diwali ke time pe kitna mila?",
            "ask_back",
            json!({}),
        ),
        (
            "Imran Qureshi",
            &[],
            "what did i make over christmas",
            "ask_back",
            json!({}),
        ),
    ];
    read_after("twohundredeightysecond", pune);
}

/// Round 136's spent sets, read: a tier named in a rate table's second column, a measure's
/// floor name given in a sentence or a glossary row of its products, the month's pay said
/// plainly, a rule asked of a case or after a story, Singlish's dropped words, and a few
/// words of money and of the plan's rules. Each case is a paraphrase, not the set's own.
#[test]
fn round_136_what_its_spent_sets_taught() {
    use serde_json::json;
    let seattle: &[Turns] = &[
        (
            "Theresa Lindgren",
            &[],
            "What's the plan cost if Cold Brew started at 50%?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "tier_start", "measure": "systems", "tier": 2, "value": "0.5"}}),
        ),
        (
            "Derek Mahoney",
            &[],
            "would a 15k deal today get me to espresso",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "15000"}}),
        ),
        (
            "Dana Whitcomb",
            &[],
            "who's closest to quota on my team",
            "answer",
            json!({"op": "bottom", "figure": "distance", "mark": "accelerator", "n": 1}),
        ),
        (
            "Theresa Lindgren",
            &[],
            "bump TI to 22k for everyone, what does it cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "target_incentive", "value": "22000"}}),
        ),
    ];
    read_after("twohundredninetyfirst", seattle);
    let manchester: &[Turns] = &[
        (
            "Ryan Mulholland",
            &[],
            "what's my kit quota for q3",
            "answer",
            json!({"figure": "quota", "measure": "hardware", "period": "q3"}),
        ),
        (
            "Ryan Mulholland",
            &[],
            "how much HPC did i earn last month",
            "answer",
            json!({"figure": "earnings", "measure": "hardware"}),
        ),
        (
            "Danny Okafor",
            &[],
            "how's my pay looking this month",
            "answer",
            json!({"figure": "payable", "period": "m11"}),
        ),
        (
            "Priya Chauhan",
            &[],
            "whereabouts am i on my kit number",
            "answer",
            json!({"figure": "attainment", "measure": "hardware"}),
        ),
        (
            "Amy Holt",
            &[],
            "on a lease am i credited on the box or on the rentals",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("twohundredninetysecond", manchester);
    let singapore: &[Turns] = &[
        (
            "Joanne Lim",
            &[],
            "how much i kena clawback this year",
            "answer",
            json!({"figure": "clawback", "period": "fy"}),
        ),
        (
            "Ng Hui Min",
            &[],
            "hui min best quarter so far",
            "answer",
            json!({"op": "best_period", "figure": "earnings", "who": "ng hui min"}),
        ),
        (
            "Priya Nair",
            &[],
            "the cloud sub i co-sell with joanne count full or not",
            "plan_rule",
            json!({}),
        ),
        (
            "Jason Goh",
            &[],
            "TI to 25k for all how much",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "target_incentive", "value": "25000"}}),
        ),
        (
            "Jason Goh",
            &[],
            "which of my guys highest attainment",
            "answer",
            json!({"op": "top", "figure": "attainment", "n": 1}),
        ),
        (
            "Priya Nair",
            &["how much i earn in q1"],
            "can break down or not",
            "answer",
            json!({"op": "explain", "period": "q1"}),
        ),
        (
            "Priya Nair",
            &[],
            "remind me the gantry how it works",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("twohundredninetythird", singapore);
    let dublin: &[Turns] = &[
        (
            "Cathal Fahy",
            &[],
            "would a 300 euro sundries order get me to errigal",
            "answer",
            json!({"figure": "distance", "new_deal": {"amount": "300", "product": "dispensary sundries"}}),
        ),
        (
            "Tadhg Kelleher",
            &[],
            "is tax taken off my commission",
            "plan_rule",
            json!({}),
        ),
        (
            "Gráinne Kenny",
            &[],
            "what's my case count for q3",
            "decline",
            json!({}),
        ),
    ];
    read_after("twohundredninetyfourth", dublin);
    let toronto: &[Turns] = &[
        (
            "Graham Lockhart",
            &[],
            "Do I get full credit on the policies I place with the Calgary desk, or only half?",
            "plan_rule",
            json!({}),
        ),
        (
            "Brett Kozak",
            &[],
            "My licence lapsed in June. Do policies I bound while it lapsed still count?",
            "plan_rule",
            json!({}),
        ),
        (
            "Jasleen Dhillon",
            &["how many deals walked on me in q2"],
            "and how many did I bind?",
            "answer",
            json!({"figure": "deal_count", "period": "q2", "stage": null}),
        ),
    ];
    read_after("twohundredninetyfifth", toronto);
}

/// Round 138's read sets (the Atlanta freight brokerage, the Minneapolis bank, the Phoenix
/// orthopedic reps) and round 137's furniture dealer: the document's own noun for a deal, a
/// product named in full or by a later cell of its table, an account never read from a word
/// the question asks with, and a cap's name with a word of pay in it. Each case is a
/// paraphrase, not the set's own.
#[test]
fn round_138_what_its_read_sets_taught() {
    use serde_json::json;
    let freight: &[Turns] = &[
        (
            "Kayla Brannon",
            &[],
            "what was my biggest award this quarter",
            "answer",
            json!({"op": "top", "figure": "deal_amount", "n": 1}),
        ),
        (
            "Jamal Okoye",
            &[],
            "top 5 awards by what they paid me",
            "answer",
            json!({"op": "top", "figure": "earnings", "n": 5}),
        ),
        (
            "Latoya Simmons",
            &[],
            "how many loads did i haul last month",
            "decline",
            json!({}),
        ),
        (
            "Wade Kitchens",
            &[],
            "why did may take money away from me",
            "answer",
            json!({"op": "explain", "period": "m08"}),
        ),
        (
            "Luis Ortega",
            &[],
            "what would i make on a 25k dedicated lane today",
            "answer",
            json!({"figure": "earnings", "new_deal": {"amount": "25000", "product": "dedicated lane"}}),
        ),
        (
            "Hunter Bledsoe",
            &[],
            "if my board comes in weighted what's my q3 commission",
            "answer",
            json!({"figure": "earnings", "pipeline": "weighted", "period": "q3"}),
        ),
        (
            "Jamal Okoye",
            &[],
            "which mile marker am i on",
            "answer",
            json!({"figure": "rate"}),
        ),
    ];
    read_after("threehundredsecond", freight);
    let bank: &[Turns] = &[
        (
            "Kristin Halvorsen",
            &[],
            "have i hit the stop payment yet",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Greg Nygaard",
            &[],
            "where do i stand against my deposit target",
            "answer",
            json!({"op": "value", "figure": "attainment", "measure": "core_deposits"}),
        ),
        (
            "Brian Thao",
            &[],
            "fee credit this quarter?",
            "answer",
            json!({"figure": "credit", "measure": "tm_fees", "account": null}),
        ),
        (
            "Dana Sorensen",
            &[],
            "bottom three on my team by fee attainment",
            "answer",
            json!({"op": "bottom", "n": 3, "measure": "tm_fees", "account": null}),
        ),
        (
            "Kristin Halvorsen",
            &[],
            "why did i stop earning in july",
            "answer",
            json!({"op": "explain", "period": "m07"}),
        ),
        (
            "Dana Sorensen",
            &[],
            "when two officers share a relationship how is the credit split",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("threehundredfifth", bank);
    let ortho: &[Turns] = &[
        (
            "Stacy Lindgren",
            &[],
            "what have my knees earned me this year",
            "answer",
            json!({"figure": "earnings", "product": "palo verde knee system"}),
        ),
        (
            "Omar Haddad",
            &[],
            "how many nav systems have i sold",
            "answer",
            json!({"figure": "deal_count", "product": "lodestar navigation system"}),
        ),
        (
            "Omar Haddad",
            &[],
            "where am i on capital attainment",
            "answer",
            json!({"figure": "attainment", "measure": "capital", "product": null}),
        ),
        (
            "Greg Haldane",
            &[],
            "across all three regions what did we cost last quarter",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Greg Haldane",
            &[],
            "will hospital budgets cut spine volumes next year",
            "decline",
            json!({}),
        ),
    ];
    read_after("threehundredfirst", ortho);
    let furniture: &[Turns] = &[
        (
            "Markita Hansen",
            &[],
            "how much has glass paid me this year",
            "answer",
            json!({"figure": "earnings", "product": "gtk 500"}),
        ),
        (
            "Hayden Neloms",
            &[],
            "would two 5k sit-stands get me to the mezzanine",
            "answer",
            json!({"figure": "distance", "new_deal": {"amount": "5000", "count": 2, "product": "gtx plus basic"}}),
        ),
    ];
    read_after("twohundredninetyeighth", furniture);
    let glasgow: &[Turns] = &[
        (
            "Ross Campbell",
            &[],
            "how much am i due for q3",
            "answer",
            json!({"figure": "payable", "period": "q3"}),
        ),
        (
            "Fiona MacLeod",
            &[],
            "what if the second tier paid 12%",
            "ask_back",
            json!({}),
        ),
        (
            "Fiona MacLeod",
            &[],
            "are team leaders on this scheme at all",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("twohundredninetyninth", glasgow);
    // (the review's narrowings: a count of deals sold together is no rule; a bonus's whole
    // name keeps its noun)
    let narrowed: &[Turns] = &[(
        "Priya Nair",
        &[],
        "how many deals did i co-sell with cheryl this quarter",
        "answer",
        json!({"figure": "deal_count"}),
    )];
    read_after("twohundredninetythird", narrowed);
    let bonus: &[Turns] = &[(
        "Kayla Brannon",
        &[],
        "did i win the road king award this quarter",
        "answer",
        json!({"figure": "bonus"}),
    )];
    read_after("threehundredsecond", bonus);
    // (a glossary row listing two products names neither: "| MG | the MG Special and MG
    // Advanced suites |")
    let suites: &[Turns] = &[(
        "Vicki Laflamme",
        &[],
        "whats my MG attainment this quarter",
        "answer",
        json!({"figure": "attainment", "measure": "mg_suite", "product": null}),
    )];
    read_after("twohundredfortysixth", suites);
}

/// Round 138's and 139's six sets kept unread (304th, 306th to 310th), read once round 140
/// was written and scored: each case a paraphrase of a miss, not the set's own question.
#[test]
fn rounds_138_and_139_what_their_unread_sets_taught() {
    use serde_json::json;
    let reseller: &[Turns] = &[
        (
            "Divya Nair",
            &[],
            "How much incentive will come in the 7th Nov salary?",
            "answer",
            json!({"figure": "payable", "period": "m07"}),
        ),
        (
            "Anitha Joseph",
            &[],
            "would a 3 lakh laptop order get me to century?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "300000", "product": "gtx plus basic"}}),
        ),
        (
            "Divya Nair",
            &[],
            "If the Bubba Gump PO of 14th Oct had come on 15th Sep, what would my incentive be?",
            "answer",
            json!({"figure": "earnings", "move_deal": {"close_date": "2026-09-15", "deal": "tr3txxhf"}}),
        ),
        (
            "Kavitha Rao",
            &[],
            "who in my team is nearest to getting ton?",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "op": "bottom"}),
        ),
    ];
    read_after("threehundredfourth", reseller);
    let roofer: &[Turns] = &[
        (
            "Wes McCallister",
            &[],
            "what did i make on the contract side in q3",
            "answer",
            json!({"figure": "earnings", "measure": "contract", "period": "q3"}),
        ),
        (
            "Ray Delgado",
            &[],
            "contract quota to 650k - what does wes lose",
            "answer",
            json!({"figure": "earnings", "lever": {"kind": "quota", "measure": "contract", "value": "650000"}, "stage": null}),
        ),
    ];
    read_after("threehundredsixth", roofer);
    let lab: &[Turns] = &[
        (
            "Tomás Alvarez",
            &[],
            "how much of the buffer was taken back in q2",
            "answer",
            json!({"figure": "draw_recovered", "period": "q2", "account": null}),
        ),
        (
            "Jamal Washington",
            &[],
            "What was charged back from me in February?",
            "answer",
            json!({"figure": "clawback", "period": "m08", "account": null}),
        ),
        (
            "Hannah Goldberg",
            &[],
            "how close am i to the LOD",
            "answer",
            json!({"figure": "distance", "mark": "threshold"}),
        ),
        (
            "Hannah Goldberg",
            &[],
            "Do you think the NIH funding cuts will hurt lab orders next year?",
            "decline",
            json!({}),
        ),
        (
            "Hannah Goldberg",
            &[],
            "the order came in by email late on March 31. does it count for march or april?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("threehundredseventh", lab);
    let vendor: &[Turns] = &[
        (
            "Vicki Laflamme",
            &[],
            "how far is vicki from LTS",
            "answer",
            json!({"figure": "distance", "mark": "next_tier", "measure": "license"}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "LN2 at 13% - whats the cost?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "rate", "measure": "systems", "tier": 4, "value": "0.13"}}),
        ),
        (
            "Vicki Laflamme",
            &[],
            "have i hit the power budget",
            "answer",
            json!({"figure": "earnings"}),
        ),
    ];
    read_after("threehundredeighth", vendor);
    let software: &[Turns] = &[
        (
            "Lucy Tranter",
            &[],
            "where do i sit in the league table on subs credit",
            "answer",
            json!({"op": "rank", "figure": "credit", "measure": "sub_acv"}),
        ),
        (
            "Bethany Lowe",
            &[],
            "what do i have to do to win the long innings spiff",
            "plan_rule",
            json!({}),
        ),
        (
            "Tom Barraclough",
            &[],
            "am i at stumps or is there room left",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Tom Barraclough",
            &[],
            "soften the crease - cost?",
            "ask_back",
            json!({}),
        ),
        (
            "Kieran O'Neill",
            &["if every deal i have in the nets signs what would this month pay me"],
            "and weighted?",
            "answer",
            json!({"figure": "payable", "pipeline": "weighted", "period": "m08"}),
        ),
    ];
    read_after("threehundredninth", software);
    let benefits: &[Turns] = &[
        (
            "Rachel Stein",
            &[],
            "what did the BOR bounties pay me in q2",
            "answer",
            json!({"figure": "bonus", "period": "q2", "deal_type": null}),
        ),
        (
            "Hye-jin Park",
            &[],
            "my q2 number is negative?? what happened",
            "answer",
            json!({"op": "explain", "period": "q2"}),
        ),
        (
            "Tyrone Banks",
            &[],
            "if i close a 20k LF today am i past the turnstile",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "new_deal": {"amount": "20000", "product": "level-funded medical"}}),
        ),
        (
            "Denise Kowalczyk",
            &[],
            "what would dropping the turnstile do to our cost",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "nbr", "value": "0"}}),
        ),
        (
            "Kevin Doyle",
            &[],
            "say all my in market cases place - what's my attainment then",
            "answer",
            json!({"figure": "attainment", "pipeline": "all", "op": "value"}),
        ),
    ];
    read_after("threehundredtenth", benefits);
}

/// Round 141's five sets, read after their first score (86.6%, 64 wrong): each case a
/// paraphrase of a miss, not the set's own question.
#[test]
fn round_141_what_its_read_sets_taught() {
    use serde_json::json;
    let audio: &[Turns] = &[
        // ("| HOW | house of worship |": initials that are a question's word name no type)
        (
            "Misty Ledbetter",
            &[],
            "how much did i make last month",
            "answer",
            json!({"figure": "earnings", "deal_type": null}),
        ),
        (
            "Cody Burkett",
            &[],
            "how far off the mother church am i",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "deal_type": null}),
        ),
    ];
    read_after("threehundredeighteenth", audio);
    let pos: &[Turns] = &[
        (
            "Niamh Gallagher",
            &[],
            "if I get a 4k kitchen display signed today what do i make",
            "answer",
            json!({"new_deal": {"amount": "4000", "product": "hatch kds"}}),
        ),
        (
            "Helen Ashworth",
            &[],
            "who earned the most in hatch last quarter, all teams",
            "answer",
            json!({"op": "top", "who": "team", "measure": null}),
        ),
        (
            "Priya Shah",
            &[],
            "would selling a kiosk kit move my commish much",
            "ask_back",
            json!({}),
        ),
        (
            "Eoin Fitzgerald",
            &[],
            "how much till i hit the boil",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "product": null}),
        ),
        (
            "Priya Shah",
            &[],
            "any word on whether the vat rate is going back up in the budget",
            "decline",
            json!({}),
        ),
        (
            "Helen Ashworth",
            &[],
            "what's been our priciest month company-wide",
            "answer",
            json!({"figure": "cost", "op": "best_period", "who": "team"}),
        ),
        (
            "Priya Shah",
            &[],
            "is pension paid on my commish",
            "plan_rule",
            json!({}),
        ),
        (
            "Declan Moriarty",
            &[],
            "when one of mine sells a multi-site deal does marcus take a share of the credit?",
            "plan_rule",
            json!({}),
        ),
        (
            "Eoin Fitzgerald",
            &[],
            "which bolt-ons did i close in q2",
            "answer",
            json!({"op": "list", "deal_type": "upsell", "period": "q2"}),
        ),
        (
            "Ollie Whitcombe",
            &[],
            "am i at 100% of my subs number for q2 yet",
            "answer",
            json!({"figure": "attainment", "period": "q2"}),
        ),
        (
            "Siobhán Kavanagh",
            &[],
            "capping hardware attainment at 120%, how much does conor lose",
            "answer",
            json!({"figure": "earnings", "lever": {"kind": "cap", "measure": "kits", "value": "1.2"}, "stage": null}),
        ),
        (
            "Niamh Gallagher",
            &[],
            "what did july come to commision-wise",
            "answer",
            json!({"figure": "earnings", "period": "m04"}),
        ),
    ];
    read_after("threehundrednineteenth", pos);
    let leasing: &[Turns] = &[
        (
            "Colleen O'Rourke",
            &[],
            "what's the whole firm paid out so far this year",
            "answer",
            json!({"figure": "cost", "who": "team", "stage": null}),
        ),
        (
            "Natalie Kowal",
            &[],
            "what was on my oct 15 SOA",
            "answer",
            json!({"figure": "payable", "period": "m06"}),
        ),
        (
            "Aisha Rahman",
            &[],
            "if i sign a 30k downtown office today what do i make",
            "answer",
            json!({"figure": "earnings", "who": "aisha rahman", "new_deal": {"amount": "30000", "product": "downtown office"}}),
        ),
        (
            "Aisha Rahman",
            &[],
            "are office rents downtown gonna drop next year?",
            "decline",
            json!({}),
        ),
    ];
    read_after("threehundredsixteenth", leasing);
    let office: &[Turns] = &[
        (
            "Chloe Bradshaw",
            &[],
            "what've i got on the slate",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Nadia Wisniewska",
            &[],
            "on a weighted basis what does my slate add to my commission",
            "answer",
            json!({"pipeline": "weighted"}),
        ),
        (
            "Gaynor Whitworth",
            &[],
            "league table for my desk on credit pls",
            "answer",
            json!({"op": "top", "figure": "credit", "who": "team:gaynor whitworth"}),
        ),
        (
            "Gaynor Whitworth",
            &[],
            "how much went out across the business on brass day in september",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Megan Lowe",
            &[],
            "if i get a 5k laptop bundle over the line today am i spinning the jenny",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "new_deal": {"amount": "5000", "product": "laptop bundle"}}),
        ),
    ];
    read_after("threehundredseventeenth", office);
    let marine: &[Turns] = &[
        (
            "Brianna Fox",
            &[],
            "how far am i from WOT",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "Annie Vu",
            &[],
            "what did the aquaholic install pay me",
            "answer",
            json!({"figure": "earnings", "account": "m/v aquaholic"}),
        ),
        (
            "Rick Halvorsen",
            &[],
            "anyone on my crew still way under the breakwater? who's worst",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "op": "top"}),
        ),
        (
            "Luis Carrasco",
            &[],
            "when hank helps on a plotter job how much of it do i get credit for",
            "plan_rule",
            json!({}),
        ),
        (
            "Hank Olsen",
            &[],
            "did i get over 100% on nav in q1",
            "answer",
            json!({"figure": "attainment", "period": "q1"}),
        ),
        (
            "Marcus Webb",
            &[],
            "since i only came on in feb, what nav quota am i carrying?",
            "answer",
            json!({"figure": "quota", "period": null}),
        ),
        (
            "Kenji Watanabe",
            &[],
            "how is my pace looking for the year",
            "answer",
            json!({"figure": "pace"}),
        ),
        // (the review's narrowings: what the rules above must not catch)
        (
            "Kenji Watanabe",
            &[],
            "how far am i from WOT?",
            "answer",
            json!({"figure": "distance"}),
        ),
        (
            "Kenji Watanabe",
            &[],
            "did i make over 8% on nav last quarter",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Kenji Watanabe",
            &[],
            "what if the aquaholic radar slipped to the end of april",
            "answer",
            json!({"move_deal": {"close_date": "2026-04-30", "deal": "gk0a4iqw"}}),
        ),
    ];
    read_after("threehundredtwentieth", marine);
}

/// Round 140's sets, read after round 142 was written: each lesson in other words.
#[test]
fn round_140_what_its_read_sets_taught() {
    use serde_json::json;
    let safety: &[Turns] = &[
        // (Top Rail Fence Co said without "co", though "top rail" is the cap's name)
        (
            "Mike Sandoval",
            &[],
            "how much has top rail fence paid me this quarter",
            "answer",
            json!({"figure": "earnings", "account": "top rail fence co"}),
        ),
        // ("| cal contract | a Calibration Contract |": the trade's deal word ends the name)
        (
            "Brandon Kittleson",
            &[],
            "how many cal contracts have i closed this year",
            "answer",
            json!({"figure": "deal_count", "product": "calibration contract"}),
        ),
        // ("| hot quote | an open deal |": the most of them, counted)
        (
            "Deb Wojciechowski",
            &[],
            "who on my team has the most hot quotes right now",
            "answer",
            json!({"figure": "deal_count", "op": "top", "stage": "open"}),
        ),
    ];
    read_after("threehundredeleventh", safety);
    let broker: &[Turns] = &[
        // ("| NB | New Business, a deal of type new |")
        (
            "Rhys Llewellyn",
            &[],
            "how many NB policies did i bind last quarter",
            "answer",
            json!({"figure": "deal_count", "deal_type": "new"}),
        ),
        // ("**Credit.** The deal's annual premium in pounds": premium is the deal's amount)
        (
            "Kasia Nowak",
            &[],
            "total premium on my renewals this year?",
            "answer",
            json!({"figure": "deal_amount", "deal_type": "renewal"}),
        ),
        (
            "Bethan Rees",
            &[],
            "how much more do i have to place before anything pays?",
            "answer",
            json!({"figure": "distance", "mark": "threshold", "op": "value"}),
        ),
        // ("Bore is the top band, named after the Severn Bore": one tier, no tier noun)
        (
            "Bethan Rees",
            &[],
            "what would it cost if the bore kicked in at 120%",
            "answer",
            json!({"lever": {"kind": "tier_start", "measure": "core", "tier": 4, "value": "1.2"}}),
        ),
    ];
    read_after("threehundredtwelfth", broker);
    let telecom: &[Turns] = &[
        (
            "Sam Whitaker",
            &[],
            "does the float still get paid if i hit the data cap?",
            "plan_rule",
            json!({}),
        ),
        ("Ben Okonkwo", &[], "what would tier 3 pay me", "plan_rule", json!({})),
        (
            "Marco Bellini",
            &["how much connectivity credit has mitch got this quarter"],
            "and how far's he from broadband",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
    ];
    read_after("threehundredthirteenth", telecom);
    let rentals: &[Turns] = &[
        (
            "Jolene Pettit",
            &[],
            "wheres my standby sitting at",
            "answer",
            json!({"figure": "draw_balance"}),
        ),
        (
            "Cody Benavides",
            &[],
            "what hits on july 20",
            "answer",
            json!({"figure": "payable", "period": "m09"}),
        ),
        // ("| 500s | Frac Tanks (500-barrel steel tanks) |")
        (
            "Travis Kimbrough",
            &[],
            "how many 500s have i got out this year",
            "answer",
            json!({"figure": "deal_count", "product": "frac tank"}),
        ),
        (
            "Jolene Pettit",
            &[],
            "weighted, what would i earn this quarter",
            "answer",
            json!({"pipeline": "weighted"}),
        ),
        (
            "LeAnn Guidry",
            &[],
            "does delivery count in my credit?",
            "plan_rule",
            json!({}),
        ),
        (
            "Travis Kimbrough",
            &[],
            "does a spread count in full for me or does marisol take a cut",
            "plan_rule",
            json!({}),
        ),
        (
            "LeAnn Guidry",
            &[],
            "ticket signed 10pm on 6/30, june or july?",
            "plan_rule",
            json!({}),
        ),
        (
            "LeAnn Guidry",
            &[],
            "is crude gonna stay over 80 next year",
            "decline",
            json!({}),
        ),
        (
            "Dwayne Pruitt",
            &["what did my crew cost in q1"],
            "and rosa's?",
            "answer",
            json!({"figure": "cost", "who": "team:rosa villarreal", "period": "q1"}),
        ),
    ];
    read_after("threehundredfourteenth", rentals);
    let payroll: &[Turns] = &[
        (
            "Yusuf Adeyemi",
            &[],
            "do you think the government will raise the EI max next year?",
            "decline",
            json!({}),
        ),
        (
            "Yusuf Adeyemi",
            &[],
            "how much did we pay bryce in total",
            "answer",
            json!({"figure": "payable", "who": "bryce lalonde"}),
        ),
    ];
    read_after("threehundredfifteenth", payroll);
}

/// Rounds 142 and 143's sets, read after round 144 was written: each lesson in other words.
#[test]
fn rounds_142_and_143_what_their_read_sets_taught() {
    use serde_json::json;
    let scheduling: &[Turns] = &[
        (
            "Tyler Ng",
            &[],
            "what have bolt ons paid me this quarter",
            "answer",
            json!({"figure": "earnings", "measure": "boltons"}),
        ),
        (
            "Sam Whitaker",
            &[],
            "just finished a long demo w a dental office. whats my oct payout",
            "answer",
            json!({"figure": "payable", "period": "m09"}),
        ),
        (
            "Deshawn Harris",
            &[],
            "why did i get $0 on arr in q2",
            "answer",
            json!({"op": "explain", "measure": "arr", "period": "q2"}),
        ),
    ];
    read_after("threehundredtwentyfirst", scheduling);
    let recruitment: &[Turns] = &[(
        "Ewan Campbell",
        &[],
        "have i hit my fee target this quarter",
        "answer",
        json!({"figure": "attainment"}),
    )];
    read_after("threehundredtwentythird", recruitment);
    let printing: &[Turns] = &[
        (
            "Gary Kowalczyk",
            &[],
            "What would removing the Makeready altogether cost us?",
            "answer",
            json!({"figure": "cost", "lever": {"kind": "threshold", "measure": "production", "value": "0"}}),
        ),
        (
            "Denise Washington",
            &[],
            "Who gets the credit when one of my AEs sells a fleet wrap?",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("threehundredtwentyfourth", printing);
    let hardware: &[Turns] = &[
        (
            "Tshepo Maseko",
            &[],
            "what does my september slip come to",
            "answer",
            json!({"figure": "payable", "period": "m07"}),
        ),
        (
            "Zanele Mthembu",
            &[],
            "yoh is load-shedding going to end this year",
            "decline",
            json!({}),
        ),
    ];
    read_after("threehundredtwentyfifth", hardware);
    // ("| WIP | work in progress: an open deal, … |", "| core | Payroll Core |")
    let payroll_saas: &[Turns] = &[
        (
            "Neha Kapoor",
            &[],
            "how much WIP do i have right now",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
        (
            "Gaurav Bansal",
            &[],
            "what will i make if i close a 4 lakh core deal today",
            "answer",
            json!({"figure": "earnings", "new_deal": {"amount": "400000", "product": "payroll core"}}),
        ),
    ];
    read_after("threehundredtwentysixth", payroll_saas);
    let crop: &[Turns] = &[(
        "Amber Schuiteman",
        &[],
        "explain pol 59563 to me",
        "answer",
        json!({"op": "explain", "deal": "pol-59563"}),
    )];
    read_after("threehundredtwentyseventh", crop);
    let freight: &[Turns] = &[
        // (two Melvins: asked back, never the Kelvin a letter off)
        (
            "Henry Goh",
            &[],
            "melvin make how much last month",
            "ask_back",
            json!({}),
        ),
        (
            "Siti Aminah",
            &[],
            "how much sampan i return back so far",
            "answer",
            json!({"figure": "draw_recovered"}),
        ),
        (
            "Terence Quek",
            &[],
            "can help me book a truck to tuas tomorrow",
            "decline",
            json!({}),
        ),
    ];
    read_after("threehundredtwentyeighth", freight);
}

/// Rounds 144 and 145, read as development sets: what they taught, said in other words than
/// theirs (the sets' own questions are scored by the understanding sets).
#[test]
fn rounds_144_and_145_what_their_read_sets_taught() {
    use serde_json::json;
    let beverages: &[Turns] = &[
        (
            "Savannah Lee",
            &[],
            "how much did i earn this year",
            "answer",
            json!({"figure": "earnings", "product": null, "period": "fy"}),
        ),
        (
            "Renee Vasquez",
            &["drop the cover charge to 15%, who gains the most"],
            "and at 40%, which 2 of my reps lose the most",
            "answer",
            json!({"op": "bottom", "n": 2, "who": "team:renee vasquez", "lever": {"kind": "threshold", "measure": "depletions", "value": "0.4"}}),
        ),
        (
            "Renee Vasquez",
            &[],
            "wheres sav on the pours now",
            "answer",
            json!({"figure": "rate", "who": "savannah lee"}),
        ),
        (
            "Marcus Bell",
            &[],
            "does the district leader plan pay me on my team's deps?",
            "plan_rule",
            json!({}),
        ),
        (
            "Brianna Soto",
            &[],
            "will hop water keep taking off next year or is it a fad",
            "decline",
            json!({}),
        ),
    ];
    read_after("threehundredthirtysecond", beverages);
    let devices: &[Turns] = &[
        (
            "Orla Nolan",
            &[],
            "Hi, sorry to bother you - am I at the Top Shelf yet?",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Gráinne Doyle",
            &[],
            "Is that me maxed out at the Top Shelf? would explain it",
            "answer",
            json!({"figure": "earnings"}),
        ),
        (
            "Priya Chandran",
            &[],
            "what have I open right now",
            "answer",
            json!({"op": "list", "stage": "open"}),
        ),
        (
            "Siobhán Crowley",
            &[],
            "how many deals did the UK team lose in May?",
            "answer",
            json!({"who": "team:fiona mcallister", "stage": "lost"}),
        ),
        (
            "Méabh Fahy",
            &[],
            "PO came in late on the night of 30 April - that's April, right?",
            "plan_rule",
            json!({}),
        ),
        (
            "Aoife Barry",
            &[],
            "do you think the HSE will lift the hiring freeze by the summer?",
            "decline",
            json!({}),
        ),
    ];
    read_after("threehundredthirtythird", devices);
    let hire: &[Turns] = &[
        (
            "Rangi Parata",
            &[],
            "how far am i off pay dirt",
            "answer",
            json!({"figure": "distance", "mark": "accelerator"}),
        ),
        (
            "Hamish Ogilvie",
            &[],
            "how much of the sub have i repaid all up",
            "answer",
            json!({"figure": "draw_recovered"}),
        ),
        (
            "Jayden Oakes",
            &[],
            "why does darcy take 30% of my haul trucks",
            "plan_rule",
            json!({}),
        ),
    ];
    read_after("threehundredthirtyfourth", hire);
    let broadband: &[Turns] = &[(
        "Adaeze Okonkwo",
        &[],
        "which of my AMs collected the most fuel money this year",
        "answer",
        json!({"figure": "draw_advanced", "n": 1, "op": "top"}),
    )];
    read_after("threehundredthirtyfirst", broadband);
    let seats: &[Turns] = &[
        (
            "Angelica Mendoza",
            &[],
            "gano pa kalayo bago ako mag skyway ngayong quarter",
            "answer",
            json!({"figure": "distance", "mark": "accelerator", "period": "q3"}),
        ),
        (
            "Teresa Villanueva",
            &[],
            "magkano nagastos ng buong company this year",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
        (
            "Ramon Dizon",
            &[],
            "ibaba natin sakay line to 20%, sino pinaka malulugi?",
            "answer",
            json!({"op": "bottom", "lever": {"kind": "threshold", "measure": "seat_lease", "value": "0.2"}}),
        ),
    ];
    read_after("threehundredthirtyseventh", seats);
    let linen: &[Turns] = &[
        (
            "Lee Butterworth",
            &[],
            "say i sign a 9k tender wiv a care home today, wots me q4 tally",
            "answer",
            json!({"figure": "payable", "period": "q4"}),
        ),
        (
            "Mohammed Rahman",
            &[],
            "wots on my slate worth rn",
            "answer",
            json!({"figure": "deal_amount", "stage": "open"}),
        ),
    ];
    read_after("threehundredthirtyeighth", linen);
    let oilfield: &[Turns] = &[(
        "Cody Bray",
        &[],
        "list my P and A deals this year",
        "answer",
        json!({"op": "list", "stage": "cancelled"}),
    )];
    read_after("threehundredthirtyninth", oilfield);
    let imaging: &[Turns] = &[
        (
            "Corliss Cosme",
            &[],
            "How much more capital do I need to get into Superior?",
            "answer",
            json!({"figure": "distance", "mark": "next_tier"}),
        ),
        (
            "Markita Hansen",
            &[],
            "what's my november check after the skyway",
            "answer",
            json!({"figure": "payable", "measure": null}),
        ),
    ];
    read_after("threehundredfortieth", imaging);
    let hvac: &[Turns] = &[
        (
            "Amir Rahimi",
            &[],
            "how far am i from handover",
            "answer",
            json!({"figure": "distance", "measure": "retrofit"}),
        ),
        (
            "Chantal Lévesque",
            &[],
            "c'est quoi mon plus gros deal",
            "answer",
            json!({"figure": "deal_amount", "op": "top", "n": 1}),
        ),
    ];
    read_after("threehundredthirtysixth", hvac);
}

/// Round 146, read as a development set: a word of a product's name is no team ("red team
/// exercises", "squad packs"); "the firm" a manager names is the whole company; "looses" and
/// "loosing" are lose's; a draw "given back" is what was recovered; "without" the threshold's
/// name removes it in a what-if. Said in other words than the set's.
#[test]
fn round_146_what_its_read_sets_taught() {
    use serde_json::json;
    let cyber: &[Turns] = &[
        (
            "Dev Malhotra",
            &[],
            "how many red team exercises have i closed this year",
            "answer",
            json!({"figure": "deal_count", "who": "dev malhotra", "product": "red team exercise"}),
        ),
        (
            "Priti Raval",
            &[],
            "how much did the firm pay out in q2",
            "answer",
            json!({"figure": "cost", "who": "team"}),
        ),
    ];
    read_after("threehundredfortythird", cyber);
    let creators: &[Turns] = &[(
        "Ryleigh Fontenot",
        &[],
        "what have my squad packs earned me so far",
        "answer",
        json!({"figure": "earnings", "who": "ryleigh fontenot", "product": "squad pack"}),
    )];
    read_after("threehundredfortyfourth", creators);
    let robotics: &[Turns] = &[
        (
            "Sabine Kröger",
            &[],
            "if the soft limit goes to 220%, which 2 sellers are loosing the most?",
            "answer",
            json!({"op": "bottom", "n": 2, "lever": {"kind": "cap", "measure": "equipment", "value": "2.2"}}),
        ),
        (
            "Alessandro Marini",
            &[],
            "how much of the Anticipo have I given back so far?",
            "answer",
            json!({"figure": "draw_recovered", "who": "alessandro marini"}),
        ),
        (
            "Rafael Montoya",
            &[],
            "without the home position, what would Q2 have cost the company?",
            "answer",
            json!({"figure": "cost", "period": "q2", "lever": {"kind": "threshold", "measure": "equipment", "value": "0"}}),
        ),
    ];
    read_after("threehundredfortyfifth", robotics);
}
