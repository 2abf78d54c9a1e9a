//! The JSON path: the UTF-16 forms of statistics and entities, which the page and the CLI use,
//! slice what the byte forms slice, and serialise to JSON that reads back.
#![no_main]
use article_analyser::{Analyser, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ANALYSER: OnceLock<Analyser> = OnceLock::new();

fuzz_target!(|text: &str| {
    let analyser = ANALYSER.get_or_init(Analyser::new);
    let bytes = analyser.entities(text).expect("a text under the limit");
    let units = analyser
        .entities_json(text)
        .expect("a text under the limit");
    article_analyser_fuzz::check_entities_utf16(text, &bytes, &units);
    let stats = analyser
        .stats_json(text, &Options::default())
        .expect("a text under the limit");
    let utf16_len = text.encode_utf16().count();
    assert!(stats
        .sentence_details
        .iter()
        .all(|s| s.span.end <= utf16_len));
    let json = serde_json::to_string(&units).expect("serialisable");
    let back: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(
        back["entities"].as_array().map(Vec::len),
        Some(units.entities.len())
    );
});
