//! The Python binding of the core (`article_analyser._core`), through PyO3.
//!
//! Every function takes and returns plain Python values (str, int, float, list, dict): the
//! reports are the core's serde structures turned into dicts by `pythonize`, with the same keys
//! as the CLI's JSON. Offsets are code points by default (`text[start:end]` in Python) or
//! UTF-16 code units with `offsets="utf16"` (the CLI's and JavaScript's). The core's errors are
//! raised as `ValueError` with its message; the work runs with the GIL released. The reuse
//! steps (`fingerprints`, `pair_seeds`, `align`, `repeats`, `document_summary`, `clusters`)
//! are `article_analyser::dedup::steps`, the functions the CLI's finder runs, so the Spark job
//! built on them gives the CLI's answer.

use article_analyser::dedup::reuse;
use article_analyser::dedup::steps::{self, DocRef};
use article_analyser::dedup::tokens::{self, tokenize, Token};
use article_analyser::dedup::{
    DuplicateFinder, Passage, ReuseCluster, CLUSTER_SHARE, MAX_PAIRED_COPIES, MAX_POSTINGS,
    MIN_MAX_DF,
};
use article_analyser::offsets::{ConvertOffsets, OffsetIndex};
use article_analyser::{Analyser, Error, Options, Span, Units};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyAny, PyString};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

fn analyser() -> &'static Analyser {
    static ANALYSER: OnceLock<Analyser> = OnceLock::new();
    ANALYSER.get_or_init(Analyser::new)
}

fn units(name: &str) -> PyResult<Units> {
    match name {
        "codepoints" => Ok(Units::CodePoints),
        "utf16" => Ok(Units::Utf16),
        other => Err(PyValueError::new_err(format!(
            "offsets must be \"codepoints\" or \"utf16\", not {other:?}"
        ))),
    }
}

/// The text of a Python string. A lone surrogate (which UTF-8 cannot hold) becomes U+FFFD, one
/// code point for one, so code-point offsets still index the caller's string.
fn text_of(s: &Bound<'_, PyString>) -> PyResult<String> {
    if let Ok(text) = s.to_cow() {
        return Ok(text.into_owned());
    }
    let bytes = s.call_method1("encode", ("utf-16-le", "surrogatepass"))?;
    let bytes: Vec<u8> = bytes.extract()?;
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    Ok(String::from_utf16_lossy(&units))
}

fn value_error(e: Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}

fn to_py<T: Serialize>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    Ok(pythonize::pythonize(py, value)?.unbind())
}

/// Statistics of one text: counts, reading time, readability, sentences, frequent terms,
/// style (the CLI's `stats` object).
#[pyfunction]
#[pyo3(signature = (text, *, language=None, reading_wpm=None, speaking_wpm=None, top_terms=None, names_as_terms=None, offsets="codepoints"))]
// Each argument is one of Python's keyword arguments, as the signature above lists them.
#[allow(clippy::too_many_arguments)]
fn stats(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    language: Option<String>,
    reading_wpm: Option<f64>,
    speaking_wpm: Option<f64>,
    top_terms: Option<usize>,
    names_as_terms: Option<bool>,
    offsets: &str,
) -> PyResult<Py<PyAny>> {
    let options = Options {
        language,
        reading_wpm,
        speaking_wpm,
        top_terms,
        names_as_terms,
    };
    let units = units(offsets)?;
    let text = text_of(text)?;
    let report = py
        .detach(|| analyser().stats_in(&text, &options, units))
        .map_err(value_error)?;
    to_py(py, &report)
}

/// Entities, their groups and the quotations with their speakers (the CLI's `entities`).
#[pyfunction]
#[pyo3(signature = (text, *, offsets="codepoints"))]
fn entities(py: Python<'_>, text: &Bound<'_, PyString>, offsets: &str) -> PyResult<Py<PyAny>> {
    let units = units(offsets)?;
    let text = text_of(text)?;
    let report = py
        .detach(|| analyser().entities_in(&text, units))
        .map_err(value_error)?;
    to_py(py, &report)
}

/// Repeats and reuse in a set of `(id, text)` documents (the CLI's `duplicates` report);
/// `max_df` drops as boilerplate the fingerprints found in more documents (the CLI's `--max-df`);
/// `across="direct"` lists the direct alignments only (the CLI's `--across direct`).
#[pyfunction]
#[pyo3(signature = (documents, *, max_df=None, offsets="codepoints", across="all"))]
fn duplicates(
    py: Python<'_>,
    documents: Vec<(Bound<'_, PyString>, Bound<'_, PyString>)>,
    max_df: Option<usize>,
    offsets: &str,
    across: &str,
) -> PyResult<Py<PyAny>> {
    let units = units(offsets)?;
    let listed = match across {
        "all" => true,
        "direct" => false,
        other => {
            return Err(PyValueError::new_err(format!(
                "across must be \"all\" or \"direct\", not {other:?}"
            )))
        }
    };
    let mut finder = DuplicateFinder::with_max_df(max_df)
        .map_err(value_error)?
        .list_derived(listed);
    let documents = texts_of(&documents)?;
    let report = py
        .detach(|| {
            for (id, text) in &documents {
                finder.add(id, text)?;
            }
            Ok::<_, Error>(finder.finish_in(units))
        })
        .map_err(value_error)?;
    to_py(py, &report)
}

/// The `top` terms that set each of `documents` `(id, text)` apart from the others (TF-IDF).
#[pyfunction]
#[pyo3(signature = (documents, *, top=10))]
fn terms(
    py: Python<'_>,
    documents: Vec<(Bound<'_, PyString>, Bound<'_, PyString>)>,
    top: usize,
) -> PyResult<Py<PyAny>> {
    let documents = texts_of(&documents)?;
    let report = py
        .detach(|| analyser().distinctive_terms(&pairs(&documents), top))
        .map_err(value_error)?;
    to_py(py, &report)
}

/// Owned `(id, text)` pairs as the core takes them.
fn pairs(documents: &[(String, String)]) -> Vec<(&str, &str)> {
    documents
        .iter()
        .map(|(i, t)| (i.as_str(), t.as_str()))
        .collect()
}

/// The quotations carried by several of `documents` `(id, text)`, each once, with its speaker,
/// the documents that carry it and each copy's word differences from the reference wording.
#[pyfunction]
#[pyo3(signature = (documents, *, offsets="codepoints"))]
fn quotations(
    py: Python<'_>,
    documents: Vec<(Bound<'_, PyString>, Bound<'_, PyString>)>,
    offsets: &str,
) -> PyResult<Py<PyAny>> {
    let documents = texts_of(&documents)?;
    let units = units(offsets)?;
    let report = py
        .detach(|| analyser().shared_quotations_in(&pairs(&documents), units))
        .map_err(value_error)?;
    to_py(py, &report)
}

/// The winnowed fingerprints of one document: `(hash, token position)` pairs, the hash as a
/// signed 64-bit integer (Spark's `LongType`), and the number of its words.
#[pyfunction]
fn fingerprints(py: Python<'_>, text: &str) -> (Vec<(i64, u32)>, usize) {
    py.detach(|| {
        let (tokens, prints) = steps::fingerprints(text);
        let prints = prints
            .iter()
            .map(|f| (i64::from_ne_bytes(f.hash.to_ne_bytes()), f.token))
            .collect();
        (prints, tokens.len())
    })
}

/// One fingerprint's postings `(document, position)`, sorted, as seeds
/// `(document a, document b, position in a, position in b)` with `a < b`, and whether the
/// fingerprint was starred (past `MAX_POSTINGS` places, each place is paired with the first).
#[pyfunction]
fn pair_seeds(postings: Vec<(u32, u32)>) -> (Vec<(u32, u32, u32, u32)>, bool) {
    let mut seeds = Vec::new();
    let star = steps::pair_seeds(&postings, |(a, b), (pa, pb)| seeds.push((a, b, pa, pb)));
    (seeds, star)
}

/// The passages two documents share, and the pair's summary (`None` when there is no passage).
/// `seeds` are `(position in a, position in b)` from `pair_seeds`; without them every shared
/// fingerprint of the two is used, as a set of these two documents would. `a_index` and
/// `b_index` are the documents' positions in their set (`a` added first).
#[pyfunction]
#[pyo3(signature = (a_id, a_text, b_id, b_text, seeds=None, *, offsets="codepoints"))]
fn align(
    py: Python<'_>,
    a_id: &str,
    a_text: &str,
    b_id: &str,
    b_text: &str,
    seeds: Option<Vec<(u32, u32)>>,
    offsets: &str,
) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
    let units = units(offsets)?;
    let (passages, summary) = py.detach(|| {
        let (ta, tb) = (tokenize(a_text), tokenize(b_text));
        // Fingerprints only when the engine gave no seeds (the Spark job always gives them).
        let mut seeds = seeds.unwrap_or_else(|| {
            steps::seeds_of_two(&tokens::fingerprints(&ta), &tokens::fingerprints(&tb))
        });
        let a = doc_ref(0, a_id, a_text, &ta);
        let b = doc_ref(1, b_id, b_text, &tb);
        let mut passages = steps::align_pair(a, b, &mut seeds);
        let summary = (!passages.is_empty()).then(|| {
            let mut sa: Vec<Span> = passages
                .iter()
                .map(|p| Span::new(p.a_start, p.a_end))
                .collect();
            let mut sb: Vec<Span> = passages
                .iter()
                .map(|p| Span::new(p.b_start, p.b_end))
                .collect();
            steps::pair_summary(a, &mut sa, b, &mut sb, passages.len())
        });
        let (ia, ib) = (
            OffsetIndex::new(a_text, units),
            OffsetIndex::new(b_text, units),
        );
        for p in &mut passages {
            p.convert_offsets(&ia, &ib);
        }
        (passages, summary)
    });
    Ok((to_py(py, &passages)?, to_py(py, &summary)?))
}

/// One representative's share of the job, as the finder does it: the document at `index` is
/// aligned with each of `copies` `(position, id, text, seeds)` (the documents paired with it,
/// added after it), and the passages between two copies are derived through it.
///
/// Returns `(direct, derived, reuse, words)`: `direct` as `(copy, passage, (a0, a1, b0, b1))`
/// (token ranges) in the finder's order; `derived` as `(x, y, passage, (via, seq, a0, a1,
/// b0, b1))`, every one before [`kept_of_pair`] settles them in `(via, seq)` order; its reuse
/// clusters; and the word count of each document of the group by position.
///
/// With `written=False` the derived passages are not written out (`None` in their place):
/// their token ranges are all a pair's summary needs (the CLI's `--across direct`).
#[pyfunction]
#[pyo3(signature = (index, id, text, copies, *, offsets="codepoints", written=true))]
fn align_group(
    py: Python<'_>,
    index: usize,
    id: &str,
    text: &str,
    mut copies: Vec<Paired>,
    offsets: &str,
    written: bool,
) -> PyResult<Py<PyAny>> {
    let units = units(offsets)?;
    copies.sort_by_key(|c| c.0);
    let group = py.detach(|| group_passages(index, id, text, &mut copies, units, written));
    let (direct, derived, reuse, words) = group;
    Ok((
        direct
            .into_iter()
            .map(|(b, p, r)| Ok((b, to_py(py, &p)?, r)))
            .collect::<PyResult<Vec<_>>>()?,
        derived
            .into_iter()
            .map(|(x, y, p, r)| Ok((x, y, to_py(py, &p)?, r)))
            .collect::<PyResult<Vec<_>>>()?,
        to_py(py, &reuse)?,
        words,
    )
        .into_pyobject(py)?
        .into_any()
        .unbind())
}

/// A document paired with a representative: its position, id, text and seeds.
type Paired = (usize, String, String, Vec<(u32, u32)>);
type Ranges = (u32, u32, u32, u32);
type Group = (
    Vec<(usize, Passage, Ranges)>,
    Vec<(
        usize,
        usize,
        Option<Passage>,
        (usize, u32, u32, u32, u32, u32),
    )>,
    Vec<ReuseCluster>,
    Vec<(usize, usize)>,
);

fn group_passages(
    index: usize,
    id: &str,
    text: &str,
    copies: &mut [Paired],
    units: Units,
    written: bool,
) -> Group {
    let rep_tokens = tokenize(text);
    let copy_tokens: Vec<Vec<Token>> = copies.iter().map(|c| tokenize(&c.2)).collect();
    let position: HashMap<usize, usize> =
        copies.iter().enumerate().map(|(i, c)| (c.0, i)).collect();
    let rep = doc_ref(index, id, text, &rep_tokens);
    let doc = |d: usize| match position.get(&d) {
        Some(&i) => doc_ref(d, &copies[i].1, &copies[i].2, &copy_tokens[i]),
        None => rep,
    };
    let mut direct = Vec::new();
    for (i, c) in copies.iter().enumerate() {
        let b = doc_ref(c.0, &c.1, &c.2, &copy_tokens[i]);
        let mut seeds = c.3.clone();
        direct.extend(steps::align_pair(rep, b, &mut seeds));
    }
    let offsets: Vec<OffsetIndex<'_>> = copies
        .iter()
        .map(|c| OffsetIndex::new(&c.2, units))
        .collect();
    let rep_offsets = OffsetIndex::new(text, units);
    let index_of = |d: usize| match position.get(&d) {
        Some(&i) => &offsets[i],
        None => &rep_offsets,
    };
    let derived = reuse::derive_pairs(&direct)
        .iter()
        .map(|d| {
            let p = written.then(|| {
                let mut p = reuse::materialise(d, &direct, doc);
                p.convert_offsets(index_of(d.docs.0), index_of(d.docs.1));
                p
            });
            (
                d.docs.0,
                d.docs.1,
                p,
                (d.via, d.seq, d.a.0, d.a.1, d.b.0, d.b.1),
            )
        })
        .collect();
    let refs: Vec<&Passage> = direct.iter().collect();
    let mut reuse = reuse::clusters_of(&refs, doc);
    for c in &mut reuse {
        c.convert_offsets(index_of);
    }
    let direct = direct
        .into_iter()
        .map(|mut p| {
            let ((a0, a1), (b0, b1)) = p.token_ranges();
            let (_, b) = p.positions();
            p.convert_offsets(&rep_offsets, index_of(b));
            (b, p, (a0, a1, b0, b1))
        })
        .collect();
    let words = std::iter::once((index, rep_tokens.len()))
        .chain(copies.iter().zip(&copy_tokens).map(|(c, t)| (c.0, t.len())))
        .collect();
    (direct, derived, reuse, words)
}

/// For one pair, which of its derived passages to keep (token ranges in `a`; the derived ones
/// in the order of their representatives), as the finder settles them.
#[pyfunction]
fn kept_of_pair(direct: Vec<(u32, u32)>, derived: Vec<(u32, u32)>) -> Vec<bool> {
    reuse::kept_of_pair(&direct, &derived)
}

/// A pair's summary (the CLI's `pairs` entry) from its documents' ids and word counts and the
/// token ranges `(a0, a1, b0, b1)` of its passages.
#[pyfunction]
fn pair_summary(
    py: Python<'_>,
    a: (String, usize),
    b: (String, usize),
    ranges: Vec<(u32, u32, u32, u32)>,
) -> PyResult<Py<PyAny>> {
    let mut ra: Vec<(u32, u32)> = ranges.iter().map(|r| (r.0, r.1)).collect();
    let mut rb: Vec<(u32, u32)> = ranges.iter().map(|r| (r.2, r.3)).collect();
    let summary =
        steps::pair_summary_counts((&a.0, a.1), &mut ra, (&b.0, b.1), &mut rb, ranges.len());
    to_py(py, &summary)
}

/// The repeats inside one document (the CLI's `within` entry, or `None`), the share of its
/// words they take, and how many of its units had a bounded search.
#[pyfunction]
#[pyo3(signature = (id, text, *, offsets="codepoints"))]
fn repeats(
    py: Python<'_>,
    id: &str,
    text: &str,
    offsets: &str,
) -> PyResult<(Py<PyAny>, f64, usize)> {
    let units = units(offsets)?;
    let found = py.detach(|| {
        let (tokens, prints) = steps::fingerprints(text);
        if !steps::may_repeat(text, &prints) {
            return None;
        }
        let (mut within, share) = steps::within_document(doc_ref(0, id, text, &tokens))?;
        within.convert_offsets(&OffsetIndex::new(text, units));
        Some((within, share))
    });
    match found {
        Some((within, share)) => {
            let bounded = within.bounded_units;
            Ok((to_py(py, &within)?, share, bounded))
        }
        None => Ok((py.None(), 0.0, 0)),
    }
}

/// A document's summary (the CLI's `documents` entry) from the `(start, end)` spans, in
/// `offsets` units, of every passage it shares.
#[pyfunction]
#[pyo3(signature = (id, text, spans, repeated_share, *, offsets="codepoints"))]
fn document_summary(
    py: Python<'_>,
    id: &str,
    text: &str,
    spans: Vec<(usize, usize)>,
    repeated_share: f64,
    offsets: &str,
) -> PyResult<Py<PyAny>> {
    let units = units(offsets)?;
    let summary = py.detach(|| {
        // The spans are in output units: count the tokens in those units too.
        let index = OffsetIndex::new(text, units);
        let tokens: Vec<Token> = tokenize(text)
            .into_iter()
            .map(|t| Token {
                hash: t.hash,
                span: Span::new(index.at(t.span.start), index.at(t.span.end)),
            })
            .collect();
        let mut spans: Vec<Span> = spans.iter().map(|&(s, e)| Span::new(s, e)).collect();
        steps::document_summary(doc_ref(0, id, text, &tokens), &mut spans, repeated_share)
    });
    to_py(py, &summary)
}

/// Clusters (connected components) of the `links` between documents given by position, as ids
/// (`ids` maps each linked position to its id): largest first, then by ids.
#[pyfunction]
fn clusters(links: Vec<(usize, usize)>, ids: HashMap<usize, String>) -> PyResult<Vec<Vec<String>>> {
    if let Some(&(a, b)) = links
        .iter()
        .find(|(a, b)| !ids.contains_key(a) || !ids.contains_key(b))
    {
        return Err(PyValueError::new_err(format!(
            "no id given for document {}",
            if ids.contains_key(&a) { b } else { a }
        )));
    }
    Ok(steps::clusters(&links, |d| ids[&d].as_str()))
}

#[allow(clippy::type_complexity)]
fn texts_of(
    documents: &[(Bound<'_, PyString>, Bound<'_, PyString>)],
) -> PyResult<Vec<(String, String)>> {
    documents
        .iter()
        .map(|(id, text)| Ok((text_of(id)?, text_of(text)?)))
        .collect()
}

/// Does a pair with these shares (its summary's `aShare` and `bShare`) link its two documents
/// into one cluster (`CLUSTER_SHARE` of either)?
#[pyfunction]
fn links(a_share: f64, b_share: f64) -> bool {
    steps::links(a_share, b_share)
}

fn doc_ref<'d>(index: usize, id: &'d str, text: &'d str, tokens: &'d [Token]) -> DocRef<'d> {
    DocRef {
        index,
        id,
        text,
        tokens,
    }
}

/// Article Analyser's core: statistics, entities, duplicates, and the reuse steps.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(stats, m)?)?;
    m.add_function(wrap_pyfunction!(entities, m)?)?;
    m.add_function(wrap_pyfunction!(duplicates, m)?)?;
    m.add_function(wrap_pyfunction!(terms, m)?)?;
    m.add_function(wrap_pyfunction!(quotations, m)?)?;
    m.add_function(wrap_pyfunction!(fingerprints, m)?)?;
    m.add_function(wrap_pyfunction!(pair_seeds, m)?)?;
    m.add_function(wrap_pyfunction!(align, m)?)?;
    m.add_function(wrap_pyfunction!(align_group, m)?)?;
    m.add_function(wrap_pyfunction!(kept_of_pair, m)?)?;
    m.add_function(wrap_pyfunction!(pair_summary, m)?)?;
    m.add_function(wrap_pyfunction!(repeats, m)?)?;
    m.add_function(wrap_pyfunction!(document_summary, m)?)?;
    m.add_function(wrap_pyfunction!(clusters, m)?)?;
    m.add_function(wrap_pyfunction!(links, m)?)?;
    m.add("CLUSTER_SHARE", CLUSTER_SHARE)?;
    m.add("MAX_POSTINGS", MAX_POSTINGS)?;
    m.add("MAX_PAIRED_COPIES", MAX_PAIRED_COPIES)?;
    m.add("MIN_MAX_DF", MIN_MAX_DF)?;
    m.add("VERSION", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
