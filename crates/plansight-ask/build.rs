//! Collects the parser's own words: every word inside a string literal of `src/query/` (and its folders) and
//! `src/phrases.rs`. A question's word among them is one some rule reads, so it is never
//! taken for a word the assistant does not know (see `src/query/unrecognised.rs`).

use std::collections::BTreeSet;
use std::path::Path;

fn main() {
    let mut words = BTreeSet::new();
    let mut files = vec![Path::new("src/phrases.rs").to_path_buf()];
    let mut dirs = vec![Path::new("src/query").to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir).expect("src/query is readable");
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("the parser's sources are readable");
        // A unit test's questions are no rule's words.
        let rules = text.split("#[cfg(test)]").next().unwrap_or_default();
        for literal in literals(rules) {
            words.extend(
                literal
                    .to_lowercase()
                    .split(|c: char| !(c.is_alphanumeric() || c == '&' || c == '\''))
                    .map(|w| w.trim_matches('\''))
                    .filter(|w| w.chars().count() >= 2 && !w.chars().any(|c| c.is_ascii_digit()))
                    .map(str::to_string),
            );
        }
    }
    println!("cargo:rerun-if-changed=src/query");
    println!("cargo:rerun-if-changed=src/phrases.rs");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("parser-words.txt");
    let list: Vec<String> = words.into_iter().collect();
    std::fs::write(out, list.join("\n")).expect("OUT_DIR is writable");
}

/// The contents of the string literals of Rust source, comments skipped.
fn literals(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            // A char literal ('x', '\'', '"'); a lifetime's quote is passed over.
            '\'' => {
                if chars.get(i + 1) == Some(&'\\') {
                    i += 3;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                    continue;
                }
                if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                    continue;
                }
                i += 1;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        s.push(' ');
                    } else {
                        s.push(chars[i]);
                    }
                    i += 1;
                }
                found.push(s);
                i += 1;
            }
            _ => i += 1,
        }
    }
    found
}
