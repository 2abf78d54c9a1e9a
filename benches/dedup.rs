//! Duplicate detection on generated article sets (`tests/support/synthetic.rs`): 1,000 articles
//! with 40 planted copies, split into the phases a caller sees (adding documents: tokenising and
//! fingerprinting; finishing: candidate pairs, alignment, repeats inside each article).

use article_analyser::dedup::DuplicateFinder;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

#[path = "../tests/support/synthetic.rs"]
mod synthetic;

fn dedup(c: &mut Criterion) {
    let (docs, _) = synthetic::corpus(3, 1000, 40, 0.1);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("dedup_1000_articles");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("add", |b| {
        b.iter(|| {
            let mut finder = DuplicateFinder::new();
            for (i, d) in docs.iter().enumerate() {
                finder.add(&i.to_string(), d).unwrap();
            }
            finder
        });
    });
    let mut finder = DuplicateFinder::new();
    for (i, d) in docs.iter().enumerate() {
        finder.add(&i.to_string(), d).unwrap();
    }
    group.bench_function("finish_json", |b| {
        b.iter(|| black_box(&finder).finish_json())
    });
    group.finish();
}

criterion_group!(benches, dedup);
criterion_main!(benches);
