//! Throughput of the statistics on a generated mixed French/English corpus (see
//! `benches/corpus.rs`): segmentation alone, and the whole `Analyser::stats_json`.

use article_analyser::{Analyser, Options};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

#[path = "corpus.rs"]
mod corpus;

fn stats(c: &mut Criterion) {
    let text = corpus::mixed(1_200_000);
    let analyser = Analyser::new();
    let options = Options::default();
    let mut group = c.benchmark_group("stats");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("segment", |b| {
        b.iter(|| article_analyser::segment::segment(black_box(&text)))
    });
    group.bench_function("stats_json", |b| {
        b.iter(|| analyser.stats_json(black_box(&text), &options).unwrap())
    });
    group.finish();
}

criterion_group!(benches, stats);
criterion_main!(benches);
