//! Quotations across several documents (the input split at U+0001), with the report's invariants
//! checked in bytes, and the UTF-16 report slicing the same text.
#![no_main]
use article_analyser::{Analyser, Units};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|text: &str| {
    static ANALYSER: OnceLock<Analyser> = OnceLock::new();
    let analyser = ANALYSER.get_or_init(Analyser::new);
    let (ids, texts) = article_analyser_fuzz::documents(text);
    let docs: Vec<(&str, &str)> = ids
        .iter()
        .map(String::as_str)
        .zip(texts.iter().map(String::as_str))
        .collect();
    let bytes = analyser
        .shared_quotations(&docs)
        .expect("texts under the limit");
    article_analyser_fuzz::check_quotations(&ids, &texts, &bytes);
    let units = analyser
        .shared_quotations_in(&docs, Units::Utf16)
        .expect("texts under the limit");
    assert_eq!(units.quotations.len(), bytes.quotations.len());
    for (b, u) in bytes.quotations.iter().zip(&units.quotations) {
        for (cb, cu) in b.copies.iter().zip(&u.copies) {
            let t = &texts[ids.iter().position(|i| *i == cb.id).unwrap()];
            let utf16: Vec<u16> = t.encode_utf16().collect();
            assert_eq!(
                String::from_utf16_lossy(&utf16[cu.start..cu.end]),
                t[cb.start..cb.end]
            );
        }
    }
});
