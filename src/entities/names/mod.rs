//! Names: people (PER), places (LOC), organisations (ORG) and other names (MISC), found by a
//! pipeline of four steps, each a module a newcomer can read on its own:
//!
//! 1. [`features`]: one record per token, computed once — its shape (capitalised, in capitals,
//!    acronym, initial), word classes (stopword, particle, title), and for capitalised words what
//!    the gazetteers and the word lists of [`lexicon`] say of it; then the document's facts (words
//!    it also writes capitalised mid-sentence or in lower case, title-case headlines).
//! 2. [`candidates`]: runs of capitalised words joined across particles, initials and `&`,
//!    trimmed of titles, nationalities and sentence-initial common words, extended over the
//!    lower-case words that belong to organisations and places (`Armée populaire coréenne`,
//!    `Afrique centrale`, `océan Indien`).
//! 3. [`rules`]: the label of each candidate, from an ordered list of small named rules; the
//!    first that speaks decides, sure or as a guess; a person by default.
//! 4. [`consistency`]: lists are of one kind, a person's words alone are that person, and a name
//!    labelled surely anywhere keeps that label where only a guess applied.
//!
//! Quotations and speakers come after, in [`super::quotes`] and [`super::speakers`]. The word
//! lists are written here, for the news domain; the gazetteers are generated (see
//! [`super::gazetteer`]).

pub mod candidates;
pub mod consistency;
pub mod features;
pub mod lexicon;
pub mod rules;

use super::gazetteer::Gazetteer;
use super::tokens::{lower_case, Token};
use super::Label;
use crate::span::Span;
use crate::vocabulary::Stopwords;
pub use candidates::MAX_NAME_TOKENS;
pub use features::is_acronym;
pub use lexicon::MEDIA;
use lexicon::{ABBREVIATED_TAILS, TITLES};
use rules::Decision;

/// A name found, with how sure the label is and which rule gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name {
    /// Where it is.
    pub span: Span,
    /// Its label.
    pub label: Label,
    /// Token range `[first, last)`.
    pub tokens: (usize, usize),
    /// True when a rule or a gazetteer gave the label, false for a default guess.
    pub sure: bool,
    /// The rule or step that gave the label (see [`rules::RULES`]).
    pub rule: &'static str,
}

/// What the name finder reads.
pub struct Context<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Tokens already used by numeric entities.
    pub used: &'a [bool],
    /// Tokens that start a sentence (or a heading, or a quotation).
    pub sentence_start: &'a [bool],
    /// Gazetteers.
    pub gazetteer: &'a Gazetteer,
    /// Stopwords, for sentence-initial words and organisation names.
    pub stopwords: &'a Stopwords,
    /// The text is in English: names take no lower-case words after them there ("the Central
    /// Bank of Armenia increased"), as French names do ("Armée populaire coréenne").
    pub english: bool,
}

impl Context<'_> {
    /// The text of token `i`, or "" past the end.
    fn s(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.span.range()])
    }

    /// Is `word` (any case, its apostrophes straight or curled, an elision's apostrophe at its
    /// end or not) a stopword?
    fn is_stopword(&self, word: &str) -> bool {
        self.is_stopword_lower(&lower_case(word))
    }

    /// [`Self::is_stopword`] for a word already in lower case.
    pub(crate) fn is_stopword_lower(&self, lower: &str) -> bool {
        let straight;
        let mut word = lower;
        if word.contains('’') {
            // The lists write the apostrophe straight ("i'll"); the press curls it ("I’ll").
            straight = word.replace('’', "'");
            word = &straight;
        }
        self.stopwords.contains_any(word.trim_end_matches('\''))
    }
}

/// Is `word` (lower case) a title or role ("ministre", "minister", "porte-parole")?
#[must_use]
pub fn is_title_word(word: &str) -> bool {
    TITLES.contains(&word) && !matches!(word, "premier" | "première" | "prime" | "saint" | "sainte")
}

/// Finds the names of a text: features, candidates, rules, consistency.
#[must_use]
pub fn recognise(cx: &Context<'_>) -> Vec<Name> {
    let doc = features::Doc::new(cx);
    let mut names = Vec::new();
    for c in candidates::find(&doc) {
        let name = |start: usize, end: usize, label, sure, rule| Name {
            span: Span::new(cx.tokens[start].span.start, cx.tokens[end - 1].span.end),
            label,
            tokens: (start, end),
            sure,
            rule,
        };
        if let Some((label, rule)) = c.decided {
            names.push(name(c.start, c.end, label, true, rule));
            continue;
        }
        let mut found = match rules::classify(&doc, c.start, c.end) {
            (Decision::Name(label, sure), rule) => name(c.start, c.end, label, sure, rule),
            (Decision::PlaceAt(t), rule) => name(t, t + 1, Label::Loc, true, rule),
            (Decision::NotAName, _) => continue,
        };
        // "Lon Chaney Jr.", "Warner Bros.", "Atari Inc.": the abbreviation keeps its stop.
        if ABBREVIATED_TAILS.contains(&doc.s(c.end - 1))
            && doc.s(c.end) == "."
            && !cx.tokens[c.end].space_before
        {
            found.span = Span::new(found.span.start, cx.tokens[c.end].span.end);
            found.tokens.1 = c.end + 1;
        }
        names.push(found);
    }
    consistency::apply(&doc, &mut names);
    names
}

/// Every candidate of the document with the decision on it and the name of the step or rule
/// that took it, before the document's agreements (for the rules' tests).
#[cfg(test)]
pub(crate) fn explain(cx: &Context<'_>) -> Vec<(String, Decision, &'static str)> {
    let doc = features::Doc::new(cx);
    candidates::find(&doc)
        .into_iter()
        .map(|c| {
            let text = doc.between(c.start, c.end).to_owned();
            match c.decided {
                Some((label, rule)) => (text, Decision::Name(label, true), rule),
                None => {
                    let (decision, rule) = rules::classify(&doc, c.start, c.end);
                    (text, decision, rule)
                }
            }
        })
        .collect()
}
