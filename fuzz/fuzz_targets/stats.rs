//! Statistics of any UTF-8 text, with their invariants checked. The text's length picks the
//! language (detected, French or English), so the French and English rules (syllables,
//! formulas, style highlights) see fuzzed input as often as detection does.
#![no_main]
use article_analyser::{Analyser, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ANALYSER: OnceLock<Analyser> = OnceLock::new();

fuzz_target!(|text: &str| {
    let analyser = ANALYSER.get_or_init(Analyser::new);
    let language = ["auto", "fr", "en"][text.len() % 3];
    let options = Options {
        language: Some(language.to_string()),
        ..Options::default()
    };
    let stats = analyser
        .stats(text, &options)
        .expect("a text under the limit");
    article_analyser_fuzz::check_stats(text, &stats);
});
