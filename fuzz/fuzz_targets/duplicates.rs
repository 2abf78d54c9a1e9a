//! Duplicates over several documents (the input split at U+0001), with the report's invariants
//! checked in bytes and in UTF-16.
#![no_main]
use article_analyser::dedup::DuplicateFinder;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (ids, texts) = article_analyser_fuzz::documents(text);
    let mut finder = DuplicateFinder::new();
    for (id, t) in ids.iter().zip(&texts) {
        finder.add(id, t).expect("a text under the limit");
    }
    let report = finder.finish();
    article_analyser_fuzz::check_duplicates(&ids, &texts, &report);
    let json = finder.finish_json();
    assert_eq!(json.across.len(), report.across.len());
});
