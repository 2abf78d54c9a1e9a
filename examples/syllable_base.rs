//! Prints, for each word read from standard input (one a line), its English syllable count by the
//! rules alone, without the learned corrections, 1 when the word is one of the exceptions whose
//! count is final (else 0), and the full count the statistics use: what
//! `.ci/gen_syllable_patterns.py` learns from (the first two) and measures (the last).
use article_analyser::syllables::{self, SyllableRules};
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let word = line.expect("UTF-8 words, one a line");
        let (n, exception) = syllables::english_by_rules(&word);
        let full = syllables::count(&word, SyllableRules::English);
        writeln!(out, "{word}\t{n}\t{}\t{full}", u8::from(exception)).expect("standard output");
    }
}
