//! Vietnamese as Vietnamese sellers mix it into English on Zalo ("october commission of em
//! how much ạ?", "tạm ứng e còn nợ bn vậy chị", "top 3 team anh theo attainment cước quý
//! này"): its words of asking and of pay as English, its words of address as the person
//! they point at ("em" the junior speaking, "team anh" the manager's own), its particles
//! ("ạ", "nhé", "vậy", "ơi") as nothing. Words are compared with their marks folded, as
//! chat often drops them ("bao nhieu").

use super::Language;

/// Vietnamese.
pub(super) const LANGUAGE: Language = Language {
    pairs: &[
        ("bao", "nhieu", "how much"),
        ("hoa", "hong", "commission"),
        // ("em đang ở tàu nào": which of the ships, the tiers, am I on)
        ("tau", "nao", "which tier"),
        ("bao", "lau", "how long"),
        ("con", "thieu", "need"),
        ("con", "no", "still owe"),
        ("bi", "tru", "deducted"),
        ("bi", "am", "negative"),
        ("bi", "thiet", "loses"),
        ("number", "may", ""),
        ("dau", "nam", "the start of the year"),
        ("the", "nao", ""),
        ("thi", "sao", "then"),
        ("quy", "nay", "this quarter"),
        ("thang", "nay", "this month"),
        ("nam", "nay", "this year"),
        ("quy", "1", "q1"),
        ("quy", "2", "q2"),
        ("quy", "3", "q3"),
        ("quy", "4", "q4"),
        ("ve", "thuong", "by incentive"),
        ("co", "dang", "am"),
        ("ky", "duoc", "signed"),
        ("co", "vao", "reach"),
    ],
    words: &[
        ("bn", "how much"),
        ("hh", "commission"),
        ("cua", "of"),
        ("o", "am in"),
        ("e", "i"),
        ("oi", ""),
        ("nhe", ""),
        ("nha", ""),
        ("vay", ""),
        ("ha", ""),
        ("ma", ""),
        ("luon", ""),
        ("roi", ""),
        ("duoc", ""),
        ("co", ""),
        ("ko", ""),
        ("khong", ""),
        ("dang", ""),
        ("lo", ""),
        ("nao", "which"),
        ("neu", "if"),
        ("thi", "then"),
        ("het", "all"),
        ("nua", "more"),
        ("tre", "slipped"),
        ("theo", "by"),
        ("ban", "reps"),
        ("len", "reach"),
        ("qua", "pass"),
        ("vao", "reach"),
        ("tru", "deducted"),
        ("quy", "quarter"),
        ("thang", "month"),
        ("nam", "year"),
        ("ky", "sign"),
        ("gi", "what"),
        ("thuong", "incentive"),
    ],
    markers: &[
        "em", "anh", "cua", "bao", "nhieu", "oi", "nhe", "vay", "duoc", "quy", "thieu", "tru", "neu", "thi", "tre",
        "luon", "thiet", "nao", "ko", "khong", "nua",
    ],
    decimal_comma: false,
    elided: &[],
    prefixes: &[],
    marked: None,
    in_context: Some(in_context),
};

/// Words read by where they stand: "em" is the junior speaking ("em get", "of em": me,
/// "help em": me) unless said last to the listener; "team anh", "team chị" are the
/// manager's own (my team), "anh" and "chị" elsewhere the listener addressed; "ạ" last is a
/// particle; "chi" before an amount asked is spending ("total chi bao nhiêu"); "mấy" after
/// a rank is which one; "thêm" (folded "them") more only before what is added, "tốn"
/// (folded "ton") cost only before an amount asked, English's words else.
fn in_context(ws: &[String], i: usize) -> Option<&'static str> {
    let last = i + 1 == ws.len() || ws[i + 1..].iter().all(|w| w.chars().all(|c| !c.is_alphanumeric()));
    let before = i.checked_sub(1).map(|k| ws[k].as_str());
    let next = ws.get(i + 1).map(String::as_str);
    match ws[i].as_str() {
        // ("help anh change …", "help em book …": the speaker, asking)
        "em" | "anh" | "chi" if before == Some("help") => Some("me"),
        "em" if last && i > 0 => Some(""),
        "em" if matches!(before, Some("of" | "cua")) => Some("me"),
        "em" => Some("i"),
        // ("team anh": my team, said in English's order)
        "team" if matches!(next, Some("anh" | "chi")) => Some("my team"),
        "anh" | "chi" if before == Some("team") => Some(""),
        "chi" if matches!(next, Some("bao" | "bn")) => Some("cost"),
        "anh" | "chi" => Some(""),
        "a" if last => Some(""),
        "may" if matches!(before, Some("rank" | "number")) => Some(""),
        // ("ký thêm 1 tờ khai": more, before what is added; English's "them" else)
        "them" if next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())) => Some("more"),
        // ("tốn bao nhiêu": what it costs; English's "a ton of" else)
        "ton" if matches!(next, Some("bao" | "bn" | "how")) => Some("cost"),
        _ => None,
    }
}
