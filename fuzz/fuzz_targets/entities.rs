//! Entities of any UTF-8 text, with their invariants checked.
#![no_main]
use article_analyser::Analyser;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ANALYSER: OnceLock<Analyser> = OnceLock::new();

fuzz_target!(|text: &str| {
    let analyser = ANALYSER.get_or_init(Analyser::new);
    let report = analyser.entities(text).expect("a text under the limit");
    article_analyser_fuzz::check_entities(text, &report);
});
