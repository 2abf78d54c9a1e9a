//! Inputs the fuzz targets found to crash the core (`fuzz/`), kept as tests once fixed. Each
//! file in `tests/data/fuzz/` is the minimal input libFuzzer wrote, read as UTF-8 (lossily, as
//! the page reads a file).

use article_analyser::{Analyser, Options};

fn input(name: &str) -> String {
    let path = format!("{}/tests/data/fuzz/{name}", env!("CARGO_MANIFEST_DIR"));
    String::from_utf8_lossy(&std::fs::read(path).expect("the regression input")).into_owned()
}

/// The Dale–Chall lookup cut a "doubled consonant" inside a four-byte character
/// (`…a𲒒ed`): it now cuts only a doubled ASCII letter.
#[test]
fn stats_english_inflection_of_a_non_ascii_stem() {
    let text = input("stats-dale-chall-boundary.txt");
    let analyser = Analyser::new();
    for language in ["en", "fr", "auto"] {
        let options = Options {
            language: Some(language.into()),
            ..Options::default()
        };
        let stats = analyser.stats(&text, &options).expect("analysed");
        assert!(stats.words > 0);
    }
    assert!(!article_analyser::readability::is_familiar(
        "rmmancisa\u{32492}\u{32492}ed"
    ));
}

/// "le CSKA de" as the last tokens: the acronym-before-a-place rule looked at the token after
/// "de", which did not exist.
#[test]
fn entities_acronym_and_particle_at_the_end() {
    let text = input("entities-acronym-de-at-end.txt");
    let analyser = Analyser::new();
    let report = analyser.entities(&text).expect("analysed");
    assert!(report.entities.iter().all(|e| e.end <= text.len()));
    let report = analyser
        .entities("Il a rejoint le CSKA de")
        .expect("analysed");
    assert!(report
        .entities
        .iter()
        .any(|e| &"Il a rejoint le CSKA de"[e.start..e.end] == "CSKA"));
}
