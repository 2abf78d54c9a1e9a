//! An NFC view of a text, and the way back to the text's own offsets.
//!
//! Word lists (given names, places, titles) are stored precomposed, so a text typed or pasted in
//! NFD (`E` + U+0301 for `É`, as macOS file names and some editors give it) would miss them.
//! The recogniser therefore reads the text's canonical composition (UAX #15 NFC, by
//! unicode-normalization) and its spans are mapped back. A text that passes NFC's quick check
//! (almost every text) is read as it is, with no copy. Otherwise the text is cut into runs, each a
//! starter and the non-starters after it; a run is composed on its own, which is exact for the
//! Latin, Greek and Cyrillic accents of news text (composition across two starters, as in some
//! Indic scripts, is left undone: the text stays valid and is only less normalised). Only the
//! runs that change are remembered, so the map costs nothing for text that is NFC already.

use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A run of the original text whose composed form differs from it.
#[derive(Debug, Clone, Copy)]
struct Changed {
    composed: (usize, usize),
    original: (usize, usize),
}

/// A text's NFC form with the runs that composition changed.
#[derive(Debug, Clone)]
pub struct Composed<'t> {
    text: Cow<'t, str>,
    changed: Vec<Changed>,
}

impl<'t> Composed<'t> {
    /// The composed view of `text`: borrowed as it is when it is NFC already.
    #[must_use]
    pub fn new(text: &'t str) -> Self {
        if is_nfc_quick(text.chars()) == IsNormalized::Yes {
            return Self {
                text: Cow::Borrowed(text),
                changed: Vec::new(),
            };
        }
        let mut out = String::with_capacity(text.len());
        let mut changed = Vec::new();
        let mut run_start = 0;
        let mut flush = |out: &mut String, from: usize, to: usize| {
            let run = &text[from..to];
            let at = out.len();
            out.extend(run.nfc());
            if &out[at..] != run {
                changed.push(Changed {
                    composed: (at, out.len()),
                    original: (from, to),
                });
            }
        };
        for (i, c) in text.char_indices() {
            if i > run_start && canonical_combining_class(c) == 0 {
                flush(&mut out, run_start, i);
                run_start = i;
            }
        }
        flush(&mut out, run_start, text.len());
        Self {
            text: Cow::Owned(out),
            changed,
        }
    }

    /// The composed text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether composition changed anything (offsets then need mapping back).
    #[must_use]
    pub fn is_changed(&self) -> bool {
        !self.changed.is_empty()
    }

    /// The original offset of composed offset `at` taken as the start of a span (a position
    /// inside a composed run goes to the run's start).
    #[must_use]
    pub fn start(&self, at: usize) -> usize {
        self.map(at, false)
    }

    /// The original offset of composed offset `at` taken as the end of a span (inside a run: the
    /// run's end).
    #[must_use]
    pub fn end(&self, at: usize) -> usize {
        self.map(at, true)
    }

    fn map(&self, at: usize, end: bool) -> usize {
        let i = self.changed.partition_point(|c| c.composed.0 < at);
        // Runs before `i` start before `at`; the last of them may hold it.
        let Some(run) = i.checked_sub(1).map(|j| self.changed[j]) else {
            return at;
        };
        if at >= run.composed.1 {
            run.original.1 + (at - run.composed.1)
        } else if end {
            run.original.1
        } else {
            run.original.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_text_is_borrowed_and_offsets_are_its_own() {
        let c = Composed::new("Émile à Genève");
        assert!(matches!(c.text, Cow::Borrowed(_)));
        assert!(!c.is_changed());
        assert_eq!(c.start(3), 3);
    }

    #[test]
    fn nfd_runs_are_composed_and_mapped_back() {
        let nfd = "Le E\u{301}mile a\u{300} Gene\u{300}ve.";
        let c = Composed::new(nfd);
        assert_eq!(c.text(), "Le Émile à Genève.");
        let e = c.text().find("Émile").unwrap();
        let (s, t) = (c.start(e), c.end(e + "Émile".len()));
        assert_eq!(&nfd[s..t], "E\u{301}mile");
        let g = c.text().find("Genève").unwrap();
        assert_eq!(&nfd[c.start(g)..c.end(g + "Genève".len())], "Gene\u{300}ve");
        assert_eq!(c.end(c.text().len()), nfd.len());
        assert_eq!(c.start(0), 0);
    }

    #[test]
    fn a_lone_combining_mark_and_empty_text() {
        for text in ["\u{301}", "\u{301}a\u{301}\u{327}", ""] {
            let c = Composed::new(text);
            assert_eq!(c.end(c.text().len()), text.len());
        }
    }
}
