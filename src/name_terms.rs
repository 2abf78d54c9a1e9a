//! Names counted as one term: the frequent terms of a text with each name of several words that
//! the entity layer found (a person, place or organisation written in full at least twice) as a
//! term of its own, `Michel Kafando` rather than `michel` and `kafando`, as Voyant users ask. A
//! word's occurrences inside such a name leave its count; the name's count is its mentions written
//! in full (its shorter mentions, `Kafando`, stay with their words). The page does the same in
//! JavaScript for what it shows; this is the API's and the CLI's (`namesAsTerms`, `--names`).

use crate::entities::{EntityReport, Label};
use crate::segment;
use crate::vocabulary::{normalise_token, Form, Term};
use rustc_hash::FxHashMap;

/// Fewest mentions written in full for a name to be a term.
pub const MIN_NAME_MENTIONS: usize = 2;

/// A name as compared: lower case, `’` as `'`, runs of spaces as one.
fn folded(name: &str) -> String {
    name.split_whitespace()
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `terms` (the frequent terms of `text`, most frequent first) with the names of `report` (made
/// on the same `text`, byte offsets) counted as terms, at most `top` of them, most frequent first.
#[must_use]
pub fn with_names(terms: &[Term], report: &EntityReport, text: &str, top: usize) -> Vec<Term> {
    // The names and the byte ranges of their mentions written in full.
    let mut names: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    for group in &report.groups {
        let name = group.name.trim();
        let several_words = name.contains(char::is_whitespace) || name.contains('-');
        if !matches!(group.label, Label::Per | Label::Loc | Label::Org)
            || !several_words
            || group.count < MIN_NAME_MENTIONS
        {
            continue;
        }
        let want = folded(name);
        let full: Vec<(usize, usize)> = group
            .mentions
            .iter()
            .filter_map(|&m| report.entities.get(m))
            .filter(|e| folded(&e.text) == want)
            .map(|e| (e.start, e.end))
            .collect();
        if full.len() >= MIN_NAME_MENTIONS {
            names.push((name.to_owned(), full));
        }
    }
    if names.is_empty() {
        return terms.to_vec();
    }
    // The words of the terms found inside a name leave their term's count.
    let mut spans: Vec<(usize, usize)> =
        names.iter().flat_map(|(_, s)| s.iter().copied()).collect();
    spans.sort_unstable();
    let term_of: FxHashMap<&str, usize> = terms
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.forms.iter().map(move |f| (f.form.as_str(), i)))
        .collect();
    let mut counts: Vec<usize> = terms.iter().map(|t| t.count).collect();
    let mut next = 0;
    for (start, word) in segment::word_tokens(text) {
        let end = start + word.len();
        while next < spans.len() && spans[next].1 <= start {
            next += 1;
        }
        let inside = spans[next..]
            .iter()
            .take_while(|s| s.0 <= start)
            .any(|s| s.0 <= start && end <= s.1);
        if !inside {
            continue;
        }
        if let Some(&i) = normalise_token(word)
            .as_deref()
            .and_then(|w| term_of.get(w))
        {
            counts[i] = counts[i].saturating_sub(1);
        }
    }
    let mut out: Vec<Term> = terms
        .iter()
        .zip(&counts)
        .filter(|(_, &c)| c > 0)
        .map(|(t, &count)| Term { count, ..t.clone() })
        .collect();
    for (name, full) in names {
        if out.iter().any(|t| t.term == name) {
            continue;
        }
        out.push(Term {
            stem: name.to_lowercase(),
            count: full.len(),
            forms: vec![Form {
                form: name.clone(),
                count: full.len(),
            }],
            term: name,
            name: true,
        });
    }
    // Stable: terms of one count keep their order, the text's terms before the names.
    out.sort_by_key(|t| std::cmp::Reverse(t.count));
    out.truncate(top);
    out
}
