//! Prints the generated benchmark text of `benches/corpus.rs` (the criterion benchmarks' corpus)
//! so that the scripts of `benches/` measure every tool on the same text:
//! `cargo run --release --example bench_corpus -- fr|en|mixed BYTES > text.txt`.
#[path = "../benches/corpus.rs"]
mod corpus;

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(lang), Some(bytes)) = (args.first(), args.get(1).and_then(|b| b.parse().ok())) else {
        eprintln!("usage: bench_corpus fr|en|mixed BYTES");
        std::process::exit(2);
    };
    let text = match lang.as_str() {
        "fr" => corpus::french(bytes),
        "en" => corpus::english(bytes),
        "mixed" => corpus::mixed(bytes),
        _ => {
            eprintln!("bench_corpus: the language is fr, en or mixed");
            std::process::exit(2);
        }
    };
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .expect("standard output");
}
