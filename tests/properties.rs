//! Properties checked on generated texts (proptest): offsets survive the trip to UTF-16 and back;
//! the same article in NFC or NFD (accents precomposed or as combining marks) gives the same
//! sentences and entities at mapped offsets; CRLF and LF line ends give the same sentences and
//! entities. The texts are made of French and English news words written for this test, so that
//! names, quotations, numbers and sentence ends all occur. (Linear time on repeated input is
//! checked by counting instructions in `tests/linear.py`, which the test command runs.)
#![cfg(not(target_arch = "wasm32"))]

use article_analyser::offsets::{OffsetIndex, Units};
use article_analyser::{Analyser, Options};
use proptest::prelude::*;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

fn analyser() -> &'static Analyser {
    static ANALYSER: OnceLock<Analyser> = OnceLock::new();
    ANALYSER.get_or_init(Analyser::new)
}

const WORDS: &[&str] = &[
    "Le",
    "la",
    "président",
    "Émile",
    "Zoé",
    "Bérégovoy",
    "Hélène",
    "Côte-d'Ivoire",
    "Genève",
    "Québec",
    "ministère",
    "Société",
    "Générale",
    "a",
    "déclaré",
    "été",
    "élu",
    "à",
    "où",
    "François",
    "Ça",
    "Noël",
    "naïf",
    "l'État",
    "d'après",
    "selon",
    "said",
    "the",
    "mayor",
    "Paris",
    "New",
    "York",
    "Ångström",
    "12",
    "3,5",
    "%",
    "millions",
    "d'euros",
    "lundi",
    "3",
    "mars",
    "2026",
    "M.",
    "Mme",
    "«",
    "»",
    "\"",
    ",",
    ".",
    "?",
    "!",
    ":",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
];

/// Texts of up to 120 words from `WORDS`, joined by spaces.
fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..120).prop_map(|w| w.join(" "))
}

/// The NFD form of `text`, built character by character, and for each byte offset of `text` on a
/// character boundary the matching offset in the NFD form (None elsewhere).
fn nfd_with_map(text: &str) -> (String, Vec<Option<usize>>) {
    let mut out = String::with_capacity(text.len() * 2);
    let mut map = vec![None; text.len() + 1];
    for (at, c) in text.char_indices() {
        map[at] = Some(out.len());
        out.extend(c.to_string().nfd());
    }
    map[text.len()] = Some(out.len());
    (out, map)
}

/// The text with every LF made CRLF, and the offset map as for `nfd_with_map`.
fn crlf_with_map(text: &str) -> (String, Vec<Option<usize>>) {
    let mut out = String::with_capacity(text.len() * 2);
    let mut map = vec![None; text.len() + 1];
    for (at, c) in text.char_indices() {
        map[at] = Some(out.len());
        if c == '\n' {
            out.push('\r');
        }
        out.push(c);
    }
    map[text.len()] = Some(out.len());
    (out, map)
}

/// Sentence spans and entity spans with labels, each offset sent through `map`.
type Shape = (Vec<(usize, usize)>, Vec<(usize, usize, String)>);

fn shape(text: &str, map: &dyn Fn(usize) -> usize) -> Shape {
    let stats = analyser().stats(text, &Options::default()).unwrap();
    let report = analyser().entities(text).unwrap();
    let sentences = stats
        .sentence_details
        .iter()
        .map(|s| (map(s.span.start), map(s.span.end)))
        .collect();
    let entities = report
        .entities
        .iter()
        .map(|e| (map(e.start), map(e.end), format!("{:?}", e.label)))
        .collect();
    (sentences, entities)
}

fn mapped(text: &str, (other, map): &(String, Vec<Option<usize>>)) -> (Shape, Shape) {
    let direct = shape(text, &|b| {
        map[b].expect("a span of the NFC text ends inside a character")
    });
    (direct, shape(other, &|b| b))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn utf16_offsets_slice_what_utf8_offsets_slice(text in any::<String>()) {
        let index = OffsetIndex::new(&text, Units::Utf16);
        let units: Vec<u16> = text.encode_utf16().collect();
        prop_assert_eq!(index.len_units(), units.len());
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
        for pair in bounds.windows(2) {
            let (from, to) = (index.at(pair[0]), index.at(pair[1]));
            prop_assert_eq!(from, text[..pair[0]].encode_utf16().count());
            prop_assert_eq!(String::from_utf16(&units[from..to]).unwrap(), &text[pair[0]..pair[1]]);
        }
    }

    #[test]
    fn json_entity_offsets_slice_the_mention_in_utf16(text in article()) {
        let report = analyser().entities_json(&text).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        for e in &report.entities {
            prop_assert_eq!(String::from_utf16(&units[e.start..e.end]).unwrap(), e.text.clone());
        }
    }

    #[test]
    fn nfc_and_nfd_give_the_same_sentences_and_entities(text in article()) {
        let text: String = text.nfc().collect();
        let (nfc, nfd) = mapped(&text, &nfd_with_map(&text));
        prop_assert_eq!(nfc, nfd);
    }

    #[test]
    fn crlf_and_lf_give_the_same_sentences_and_entities(text in article()) {
        let (lf, crlf) = mapped(&text, &crlf_with_map(&text));
        prop_assert_eq!(lf, crlf);
    }
}
