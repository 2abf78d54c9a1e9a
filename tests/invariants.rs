//! Invariants over many generated texts mixing every kind of character the analyser must
//! survive: spans lie on char boundaries, in order, without overlap, inside the text; UTF-16
//! output matches `encode_utf16`; nothing panics. A fixed xorshift sequence makes it repeatable.

use article_analyser::offsets::{OffsetIndex, Units};
use article_analyser::{Analyser, Options};

const PIECES: &[&str] = &[
    "Le",
    "président",
    "M.",
    "Mme",
    "a dit",
    "« oui »",
    "\"non\"",
    ".",
    "!",
    "?",
    " ?",
    "…",
    "...",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\n\n",
    "\r",
    "\u{2029}",
    "\t",
    "e\u{301}",
    "🤨",
    "👩‍👩‍👧",
    "日本語",
    "。",
    "مرحبا",
    "שלום",
    "\u{200B}",
    "\u{FEFF}",
    "\0",
    "\u{7}",
    "\u{FFFD}",
    "3.5",
    "2025-10-27",
    "d'une",
    "l’État",
    "Saint-Malo",
    "-",
    "(",
    ")",
    "[…]",
    "U.S.",
    "etc.",
    "J.",
    "K.",
    "Dr.",
    "<b>",
    "&amp;",
    "A",
    "z",
    "\u{301}",
    "ﬁ",
    "İ",
    "ß",
];

fn texts() -> impl Iterator<Item = String> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..400).map(move |_| {
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let len = (next() % 60) as usize;
        (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect()
    })
}

#[test]
fn spans_are_well_formed_on_any_text() {
    let analyser = Analyser::new();
    for text in texts() {
        let stats = analyser.stats(&text, &Options::default()).unwrap();
        let mut last_end = 0;
        for s in stats.sentence_details.iter().map(|s| s.span) {
            assert!(s.start < s.end && s.end <= text.len(), "{text:?} {s:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{text:?} {s:?}"
            );
            assert!(s.start >= last_end, "overlap in {text:?}");
            last_end = s.end;
        }
        let mut last_end = 0;
        for b in stats.blocks.iter().map(|b| b.span) {
            assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
            assert!(b.start >= last_end && b.start < b.end);
            last_end = b.end;
        }
        // Every sentence lies inside a block.
        for s in &stats.sentence_details {
            assert!(stats
                .blocks
                .iter()
                .any(|b| b.span.start <= s.span.start && s.span.end <= b.span.end));
        }
        // Every sentence holds a word ("fin.Le" is one word but two sentences, so the totals
        // need not compare).
        assert!(
            stats.sentence_details.iter().all(|s| s.words > 0),
            "{text:?}"
        );
    }
}

#[test]
fn entity_spans_are_well_formed_on_any_text() {
    let analyser = Analyser::new();
    for text in texts() {
        let report = analyser.entities(&text).unwrap();
        for e in &report.entities {
            assert!(e.start < e.end && e.end <= text.len(), "{text:?} {e:?}");
            assert!(
                text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
                "{text:?} {e:?}"
            );
            assert_eq!(&text[e.start..e.end], e.text);
        }
        for g in &report.groups {
            assert!(g
                .mentions
                .iter()
                .all(|&m| report.entities[m].group.is_some()));
        }
    }
}

#[test]
fn utf16_output_matches_encode_utf16() {
    let analyser = Analyser::new();
    for text in texts() {
        let bytes = analyser.stats(&text, &Options::default()).unwrap();
        let utf16 = analyser.stats_json(&text, &Options::default()).unwrap();
        let index = OffsetIndex::new(&text, Units::Utf16);
        for (b, u) in bytes.sentence_details.iter().zip(&utf16.sentence_details) {
            assert_eq!(u.span.start, text[..b.span.start].encode_utf16().count());
            assert_eq!(u.span.end, text[..b.span.end].encode_utf16().count());
            assert_eq!(index.at(b.span.end), u.span.end);
        }
    }
}

#[test]
fn oversized_text_is_refused_with_a_message() {
    let text = "a".repeat(article_analyser::MAX_TEXT_BYTES + 1);
    let error = Analyser::new()
        .stats(&text, &Options::default())
        .unwrap_err();
    assert!(error
        .to_string()
        .contains("split it into several documents"));
}
