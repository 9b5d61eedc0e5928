//! How people say a person's name: its first letters ("jon"), a nickname ("gazza",
//! "basti"), initials ("DJ", "jf" of Jean-François), and the slips of dictation and haste
//! ("kerry hendrixon").

use crate::fuzzy::distance;
use crate::phrases::fold;

/// Whether two words are a person's first and last names (folded) each a slip or two
/// off, as a speech engine or a hurry writes them ("kerry hendrixon" of Kary Hendrixson);
/// one of them is no common word, so "the team" is no Tom Tear.
pub(super) fn slipped_full_name(first: &str, last: &str, name: &str) -> bool {
    let [f, l] = name.split_whitespace().collect::<Vec<_>>()[..] else {
        return false;
    };
    let (d1, d2) = (distance(first, f, 2), distance(last, l, 2));
    first.len() >= 3
        && last.len() >= 4
        && d1 <= 2
        && d2 <= 2
        && d1 + d2 <= 3
        && (!super::unrecognised::common(first) || !super::unrecognised::common(last))
}

/// Family names said before the given name, as Korean and Chinese names are ("Kim So-yeon",
/// "Jung Hyun-woo").
const FAMILY_FIRST: &[&str] = &[
    "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang", "lim", "im", "han",
    "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae",
    "baek", "heo", "nam", "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "woo", "min", "ryu", "jin", "chae", "won",
    "chun", "bang", "hyun", "byun", "wang", "zhang", "li", "liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "sun",
    "gao", "lin", "guo", "luo",
];

/// The given name of a name (lower case): its first word, or, after a family name said
/// first, the hyphened given name ("so-yeon" of "kim so-yeon"), or a Vietnamese name's last
/// word ("lan" of "nguyen thi lan").
pub(super) fn given_name(name: &str) -> &str {
    let mut parts = name.split_whitespace();
    let first = parts.next().unwrap_or_default();
    match parts.next() {
        Some(second) if second.contains('-') && FAMILY_FIRST.contains(&first) => second,
        _ if vietnamese(name) => name.split_whitespace().last().unwrap_or(first),
        _ => first,
    }
}

/// Whether a name (folded) is Vietnamese, family name first, of three words or more (a
/// roster writing "Vu Nguyen" given name first stays as written): its family and middle
/// names call no one alone ("đang" is no Đặng Thị Thảo), its given name and the two last
/// words do.
pub(super) fn vietnamese(name: &str) -> bool {
    name.split_whitespace().count() >= 3
        && name
            .split_whitespace()
            .next()
            .is_some_and(|f| VIETNAMESE_FAMILY.contains(&f))
}

/// Vietnamese family names, said first, folded; the given name is the name's last word.
const VIETNAMESE_FAMILY: &[&str] = &[
    "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "chau", "truong",
    "dinh", "doan", "trinh", "luong", "quach", "le", "ly", "ho", "ta", "do", "cao",
];

/// Whether a word is a way of saying a person's name: as [`calls`] does, or by the
/// initials of a hyphenated first name ("J-F").
pub(super) fn says(word: &str, name: &str) -> bool {
    let name = fold(name);
    calls(word, &name) || hyphen_initials(word, name.split_whitespace().next().unwrap_or_default())
}

/// Whether a word calls a person (their name folded) as people shorten it: the first
/// letters of the first name, a nickname ("gazza"), a nickname people just know ("basti"),
/// the initials of a first and a last name ("DJ" of Darnell Jefferson).
pub(super) fn calls(word: &str, name: &str) -> bool {
    calls_by(word, name, true)
}

/// As [`calls`], by the first given name only when `both` is false.
pub(super) fn calls_by(word: &str, name: &str, both: bool) -> bool {
    let first = name.split_whitespace().next().unwrap_or_default();
    // (and a Korean name's given name, after its family name; the first word still, as a
    // hyphened surname may follow a first name: "Kim Smith-Jones")
    let given_first = given_name(name);
    // (a Vietnamese family name calls no one: "Huy" is Châu Gia Huy, not Huỳnh Thị Mai)
    let family_first = vietnamese(name);
    let by_first = |f: &dyn Fn(&str) -> bool| !family_first && f(first) || given_first != first && f(given_first);
    let initials: String = name.split_whitespace().filter_map(|p| p.chars().next()).collect();
    // (a name of two given names and two surnames, "José Antonio Gutiérrez Chávez", is
    // called by either given name, or both: "Toño", "Marifer")
    let parts: Vec<&str> = name.split_whitespace().collect();
    // (of three, "María Fernanda Cantú", both given names together only: the second word
    // alone may be a surname)
    let given: Vec<String> = if both && parts.len() >= 4 {
        vec![
            parts[0].to_string(),
            parts[1].to_string(),
            format!("{} {}", parts[0], parts[1]),
        ]
    } else if both && parts.len() == 3 {
        vec![first.to_string(), format!("{} {}", parts[0], parts[1])]
    } else {
        vec![first.to_string(), given_first.to_string()]
    };
    by_first(&|f| shortens(word, f))
        || NICKNAMES
            .iter()
            .any(|(n, full)| *n == word && given.iter().any(|g| full.contains(&g.as_str())))
        || by_first(&|f| nickname(word, f))
        || word.len() == 2 && initials == word
        // ("what's jf's attainment" of Jean-François)
        || by_first(&|f| hyphen_initials(word, f))
}

/// The everyday way of making a nickname from a name's first letters and an ending
/// ("gazza" of Gary, "davo" of David, "shaz" of Sharon, "robbo" of Robert).
pub(super) fn nickname(word: &str, first_name: &str) -> bool {
    // ("tasha" of Natasha: a name's own ending)
    if word.len() >= 4 && first_name.len() > word.len() + 1 && first_name.ends_with(word) {
        return true;
    }
    ["zza", "za", "z", "o", "y", "ie", "sy", "ey", "i"]
        .iter()
        .any(|ending| {
            let Some(stem) = word.strip_suffix(ending) else {
                return false;
            };
            let b = stem.as_bytes();
            let stem = match b {
                [.., x, y] if x == y && b.len() > 3 => &stem[..stem.len() - 1],
                _ => stem,
            };
            (stem.len() >= 3 || stem.len() == 2 && ending.starts_with('z'))
                && first_name.len() > stem.len()
                && first_name != word
                && first_name.starts_with(stem)
        })
}

/// "j-f" or "jf" of "jean-francois": the initials of a hyphenated first name.
pub(super) fn hyphen_initials(word: &str, first_name: &str) -> bool {
    let parts: Vec<&str> = first_name.split('-').collect();
    let initials: String = parts.iter().filter_map(|p| p.chars().next()).collect();
    parts.len() > 1 && (word.replace('-', "") == initials)
}

/// Whether a word is a first name's first letters, two or more short of it ("jon" of
/// Jonathan, not "jo" of Joe).
pub(super) fn shortens(word: &str, first_name: &str) -> bool {
    first_name.len() >= word.len() + 2 && first_name.starts_with(word)
}

/// Everyday English short forms of first names that are not their first letters.
pub(super) const NICKNAMES: &[(&str, &[&str])] = &[
    ("bec", &["rebecca"]),
    // (Polish diminutives, as colleagues say them)
    ("kasia", &["katarzyna"]),
    ("basia", &["barbara"]),
    ("gosia", &["malgorzata"]),
    ("aga", &["agnieszka"]),
    ("ania", &["anna"]),
    ("zosia", &["zofia"]),
    ("marysia", &["maria"]),
    ("kuba", &["jakub"]),
    ("tomek", &["tomasz"]),
    ("bartek", &["bartlomiej", "bartosz"]),
    ("grzesiek", &["grzegorz"]),
    ("przemek", &["przemyslaw"]),
    ("jarek", &["jaroslaw"]),
    ("maciek", &["maciej"]),
    ("darek", &["dariusz"]),
    ("zbyszek", &["zbigniew"]),
    ("madzia", &["magdalena"]),
    ("wojtek", &["wojciech"]),
    ("krzysiek", &["krzysztof"]),
    ("piotrek", &["piotr"]),
    ("jurek", &["jerzy"]),
    ("franek", &["franciszek"]),
    ("staszek", &["stanislaw"]),
    ("tommo", &["thomas"]),
    ("basti", &["sebastian"]),
    ("sepp", &["josef", "joseph"]),
    ("hansi", &["johann", "johannes", "hans"]),
    ("thommo", &["thomas"]),
    ("bex", &["rebecca"]),
    ("mats", &["mattias", "matthias"]),
    ("becca", &["rebecca"]),
    ("beto", &["roberto", "alberto"]),
    ("nacho", &["ignacio"]),
    ("gabi", &["gabriela", "gabriel"]),
    // (Brazil's "Duda" of Eduarda or Eduardo, "Zé" of José)
    ("duda", &["eduarda", "eduardo"]),
    ("tash", &["natasha"]),
    ("ze", &["jose"]),
    ("pepe", &["jose"]),
    ("paco", &["francisco"]),
    ("pancho", &["francisco"]),
    ("lupe", &["guadalupe"]),
    ("lupita", &["guadalupe"]),
    ("tono", &["antonio"]),
    ("toño", &["antonio"]),
    ("marifer", &["maria fernanda"]),
    ("xime", &["ximena"]),
    ("chuy", &["jesus"]),
    ("memo", &["guillermo"]),
    ("lalo", &["eduardo"]),
    ("rafa", &["rafael"]),
    ("quique", &["enrique"]),
    ("nick", &["nicholas", "nicolas", "nicola"]),
    ("mick", &["michael"]),
    ("mitch", &["mitchell"]),
    ("becky", &["rebecca"]),
    ("kate", &["katherine", "catherine", "kathryn"]),
    ("katie", &["katherine", "catherine", "kathryn"]),
    ("cathy", &["catherine"]),
    ("nate", &["nathan", "nathaniel"]),
    ("bill", &["william"]),
    ("will", &["william"]),
    ("bob", &["robert"]),
    ("rob", &["robert", "roberto"]),
    ("bobby", &["robert"]),
    ("rick", &["richard"]),
    ("dick", &["richard"]),
    ("jim", &["james"]),
    ("jimmy", &["james"]),
    ("jamie", &["james"]),
    ("mike", &["michael"]),
    ("liz", &["elizabeth"]),
    ("beth", &["elizabeth", "bethany"]),
    ("betty", &["elizabeth"]),
    ("tony", &["anthony", "antonio"]),
    ("chris", &["christopher", "christine", "christina"]),
    ("dave", &["david"]),
    ("ted", &["edward", "theodore"]),
    ("ned", &["edward"]),
    ("andy", &["andrew"]),
    ("drew", &["andrew"]),
    ("steve", &["steven", "stephen"]),
    ("meg", &["megan", "margaret"]),
    ("maggie", &["margaret"]),
    ("peggy", &["margaret"]),
    ("abby", &["abigail"]),
    ("vicky", &["victoria"]),
    ("zach", &["zachary"]),
    ("charlie", &["charles", "charlotte"]),
    ("chuck", &["charles"]),
    ("harry", &["henry", "harold"]),
    ("hank", &["henry"]),
    ("jack", &["john", "jackson"]),
    ("johnny", &["john", "jonathan"]),
    ("larry", &["lawrence"]),
    ("sue", &["susan", "suzanne"]),
    ("sandy", &["sandra"]),
    ("jess", &["jessica"]),
    ("jenny", &["jennifer"]),
    ("gabe", &["gabriel"]),
    ("manny", &["manuel"]),
    ("sasha", &["alexandra", "alexander"]),
    ("lexi", &["alexandra"]),
    ("patty", &["patricia"]),
    ("trish", &["patricia"]),
    ("tish", &["leticia", "letitia"]),
    ("nikki", &["nicole"]),
    ("mandy", &["amanda"]),
    ("penny", &["penelope"]),
    ("ollie", &["oliver", "olivia"]),
    ("liv", &["olivia"]),
    ("izzy", &["isabelle", "isabella", "isabel"]),
    ("bella", &["isabella", "isabelle"]),
    // ("tommo" of Thomas, where the name's first letters are not the nickname's)
    ("tommo", &["thomas"]),
];
