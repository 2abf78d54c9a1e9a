//! Throughput of entity recognition on 1.2 MB of generated French news text (see
//! `benches/corpus.rs`), with UTF-16 output as the CLI and the page get it.

use article_analyser::Analyser;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

#[path = "corpus.rs"]
mod corpus;

fn entities(c: &mut Criterion) {
    let text = corpus::french(1_200_000);
    let analyser = Analyser::new();
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("french_1_2_mb", |b| {
        b.iter(|| analyser.entities_json(black_box(&text)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, entities);
criterion_main!(benches);
