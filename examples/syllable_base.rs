//! Prints the English syllable count of each word read from standard input (one a line) by the
//! rules alone, without the learned corrections, and 1 for the exceptions whose count is final:
//! what `.ci/gen_syllable_patterns.py` learns from.
use article_analyser::syllables;
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let word = line.expect("UTF-8 words, one a line");
        let (n, exception) = syllables::english_by_rules(&word);
        writeln!(out, "{word}\t{n}\t{}", u8::from(exception)).expect("standard output");
    }
}
