//! Reuse clusters: the passages of the copies of one text found through their representative,
//! without aligning every copy with every other.
//!
//! When a fingerprint is at more than [`MAX_POSTINGS`](super::MAX_POSTINGS) places, each place
//! is paired with the first document's only (a star), so each copy of a wire story is aligned
//! once, with the earliest document that holds it: its **representative**. Every direct
//! alignment keeps its word map (for each word of the representative inside the passage, the
//! copy's word it equals, if any). Two copies of one representative whose passages overlap in
//! it share, at least, the words that both map to the same representative word: composing the
//! two maps gives their common words in order, a valid common subsequence, from which the
//! passage between the two copies is built as a direct one is (trimmed to its first and last
//! run of [`MIN_RUN`] words, held to [`MIN_PASSAGE_WORDS`] and [`MIN_SIMILARITY`]). Its
//! similarity is therefore a lower bound of what a direct alignment would find, and the work is
//! linear in the words of the passages found, not in the pairs of copies aligned.
//!
//! This is passim's reuse cluster (Smith, Cordell & Mullen 2015: one passage and its copies,
//! each aligned once) with its pairs recovered by composition. A derived passage that repeats
//! one already found for the same pair (directly, or through an earlier representative) is
//! dropped ([`settle`]). The summaries read the derived passages' token ranges; a passage is
//! written out with its changes ([`materialise`]) only when the report lists it.

use super::align::Edit;
use super::steps::DocRef;
use super::{Passage, MIN_PASSAGE_WORDS, MIN_RUN, MIN_SIMILARITY};
use serde::Serialize;

/// Most copies in a reuse cluster whose copies are paired with each other. A passage found in
/// more documents (a standing line, a wire story in hundreds of outlets) is one cluster: each
/// copy is paired with the representative, but the pairs between copies, which grow with the
/// square of the copies, are not derived ([`FinderStats::unpaired_clusters`] counts such
/// clusters). passim's clusters, likewise, do not list their pairs.
///
/// [`FinderStats::unpaired_clusters`]: super::FinderStats::unpaired_clusters
pub const MAX_PAIRED_COPIES: usize = 100;

/// Marks a representative's word with no equal word in the copy.
pub const UNMATCHED: u32 = u32::MAX;

/// A passage's words, as the core keeps them (not serialised).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PassageWords {
    /// Token range in `a`.
    pub a: (u32, u32),
    /// Token range in `b`.
    pub b: (u32, u32),
    /// For each token of `a` in the passage, the token of `b` it equals, or [`UNMATCHED`]
    /// (direct passages only, until the clusters are built).
    pub to_b: Vec<u32>,
}

/// One copy in a [`ReuseCluster`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReuseCopy {
    /// The copy's document.
    pub id: String,
    /// Start in it.
    pub start: usize,
    /// End in it.
    pub end: usize,
    /// Similarity with the representative's passage.
    pub similarity: f64,
}

/// A passage and every copy of it aligned with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReuseCluster {
    /// The representative: the earliest document of the set that holds the passage.
    pub id: String,
    /// Start of the passage in the representative (the union of its copies' ranges in it).
    pub start: usize,
    /// End in the representative.
    pub end: usize,
    /// The copies, in the order their documents were added.
    pub copies: Vec<ReuseCopy>,
    #[serde(skip)]
    pub(crate) docs: Vec<usize>,
}

/// The word map of a direct alignment over `a_len` tokens of `a`, from its `edits` (relative
/// to the passage's ranges) and the first token of its range in `b`, `b0`.
#[must_use]
pub fn word_map(edits: &[Edit], a_len: usize, b0: usize) -> Vec<u32> {
    let mut to_b = vec![UNMATCHED; a_len];
    for e in edits {
        if let Edit::Equal { a, b, n } = *e {
            for k in 0..n {
                to_b[a + k] = (b0 + b + k) as u32;
            }
        }
    }
    to_b
}

/// A passage between two copies found through their representative, before it is written out
/// (token ranges only: the summaries need no more).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Derived {
    /// The two copies (positions in the set), the first added first.
    pub docs: (usize, usize),
    /// The representative.
    pub via: usize,
    /// Its rank among the passages derived through the same representative: with `via`, the
    /// order in which [`settle`] weighs a pair's derived passages.
    pub seq: u32,
    /// The direct passages composed (positions in the list given to [`derive_pairs`]), for `a`, `b`.
    pub from: (usize, usize),
    /// The representative's tokens composed.
    pub rep: (u32, u32),
    /// Token range in the first copy.
    pub a: (u32, u32),
    /// Token range in the second copy.
    pub b: (u32, u32),
    /// `2·common / (words in a + words in b)`.
    pub similarity: f64,
}

/// The passages between copies of each representative, from the direct passages in pair order
/// (so each representative's are together). Work: the words of the overlapping passages.
#[must_use]
pub fn derive_pairs(direct: &[Passage]) -> Vec<Derived> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < direct.len() {
        let rep = direct[start].docs.0;
        let end = start + direct[start..].partition_point(|p| p.docs.0 == rep);
        let group_start = out.len();
        // By start in the representative, then in pair order (the key type of the seeds' sort,
        // so the wasm holds one sort for both).
        let mut keyed: Vec<(u32, u32)> = (start..end)
            .map(|i| (direct[i].words.a.0, i as u32))
            .collect();
        keyed.sort_unstable();
        let order: Vec<usize> = keyed.into_iter().map(|(_, i)| i as usize).collect();
        // The reuse clusters (runs of overlapping passages, as clusters_of cuts them), and
        // their sizes: the copies of one past MAX_PAIRED_COPIES are not paired.
        let mut cluster_of = Vec::with_capacity(order.len());
        let mut sizes: Vec<usize> = Vec::new();
        let mut reach = 0;
        for &i in &order {
            let w = direct[i].words.a;
            if sizes.is_empty() || w.0 >= reach {
                sizes.push(0);
                reach = w.1;
            }
            reach = reach.max(w.1);
            *sizes.last_mut().unwrap_or(&mut 0) += 1;
            cluster_of.push(sizes.len() - 1);
        }
        for (k, &i) in order.iter().enumerate() {
            if sizes[cluster_of[k]] > MAX_PAIRED_COPIES {
                continue;
            }
            let p = &direct[i];
            for &j in &order[k + 1..] {
                let q = &direct[j];
                if q.words.a.0 >= p.words.a.1 {
                    break;
                }
                if q.docs.1 == p.docs.1 {
                    continue;
                }
                let (lo, hi) = (q.words.a.0, p.words.a.1.min(q.words.a.1));
                if ((hi - lo) as usize) < MIN_PASSAGE_WORDS {
                    continue;
                }
                // The copy added first is the derived passage's `a`.
                let from = if p.docs.1 < q.docs.1 { (i, j) } else { (j, i) };
                if let Some(mut d) = compose(direct, from, (lo, hi)) {
                    d.seq = (out.len() - group_start) as u32;
                    out.push(d);
                }
            }
        }
        start = end;
    }
    out
}

/// The common words of the copies of `from` over the representative's tokens `rep`, in one
/// pass: trimmed to the first and last run of [`MIN_RUN`] agreeing words, and held to the
/// thresholds of a direct passage.
fn compose(direct: &[Passage], from: (usize, usize), rep: (u32, u32)) -> Option<Derived> {
    let (x, y) = (&direct[from.0], &direct[from.1]);
    let mut common = 0u32;
    let mut anchored = 0u32;
    let mut run: Option<(u32, u32, u32, u32)> = None; // start x, start y, length, common before
    let mut first: Option<(u32, u32, u32)> = None; // x, y, common before
    let mut last: Option<(u32, u32, u32)> = None; // x end, y end, common at the end
    let mut close = |run: Option<(u32, u32, u32, u32)>, anchored: &mut u32| {
        if let Some((rx, ry, n, before)) = run.filter(|r| r.2 as usize >= MIN_RUN) {
            first.get_or_insert((rx, ry, before));
            last = Some((rx + n, ry + n, before + n));
            *anchored += n;
        }
    };
    for t in rep.0..rep.1 {
        let mx = x.words.to_b[(t - x.words.a.0) as usize];
        let my = y.words.to_b[(t - y.words.a.0) as usize];
        if mx == UNMATCHED || my == UNMATCHED {
            continue;
        }
        run = match run {
            Some((rx, ry, n, before)) if rx + n == mx && ry + n == my => {
                Some((rx, ry, n + 1, before))
            }
            other => {
                close(other, &mut anchored);
                Some((mx, my, 1, common))
            }
        };
        common += 1;
    }
    close(run, &mut anchored);
    let ((x0, y0, before), (x1, y1, at)) = (first?, last?);
    let common = at - before;
    let similarity = 2.0 * f64::from(common) / f64::from((x1 - x0) + (y1 - y0));
    if (anchored as usize) < MIN_PASSAGE_WORDS || similarity < MIN_SIMILARITY {
        return None;
    }
    Some(Derived {
        docs: (x.docs.1, y.docs.1),
        via: x.docs.0,
        seq: 0,
        from,
        rep,
        a: (x0, x1),
        b: (y0, y1),
        similarity,
    })
}

/// The derived passage written out as a [`Passage`], its changes from the composed maps.
#[must_use]
pub fn materialise<'d>(
    d: &Derived,
    direct: &[Passage],
    doc: impl Fn(usize) -> DocRef<'d>,
) -> Passage {
    let (x, y) = (&direct[d.from.0], &direct[d.from.1]);
    let matches: Vec<(u32, u32)> = (d.rep.0..d.rep.1)
        .filter_map(|t| {
            let mx = x.words.to_b[(t - x.words.a.0) as usize];
            let my = y.words.to_b[(t - y.words.a.0) as usize];
            (mx != UNMATCHED && my != UNMATCHED && mx >= d.a.0 && mx < d.a.1).then_some((mx, my))
        })
        .collect();
    let edits = edits_of(&matches, d.a.0, d.b.0);
    let (a, b) = (doc(d.docs.0), doc(d.docs.1));
    let mut passage = super::steps::passage_of(
        a,
        b,
        (d.a.0 as usize, d.a.1 as usize),
        (d.b.0 as usize, d.b.1 as usize),
        &edits,
        d.similarity,
    );
    passage.via = Some(doc(d.via).id.to_owned());
    passage
}

/// Edits relative to `(x0, y0)` from increasing matches that start there.
fn edits_of(matches: &[(u32, u32)], x0: u32, y0: u32) -> Vec<Edit> {
    let mut edits = Vec::new();
    let (mut i, mut j) = (0usize, 0usize); // next unconsumed token, relative
    for &(x, y) in matches {
        let (x, y) = ((x - x0) as usize, (y - y0) as usize);
        if x > i {
            edits.push(Edit::Delete { a: i, n: x - i });
        }
        if y > j {
            edits.push(Edit::Insert { b: j, n: y - j });
        }
        match edits.last_mut() {
            Some(Edit::Equal { a, n, .. }) if *a + *n == x => *n += 1,
            _ => edits.push(Edit::Equal { a: x, b: y, n: 1 }),
        }
        i = x + 1;
        j = y + 1;
    }
    edits
}

/// Sorts derived passages (as [`derive_pairs`] gives them: by representative, then `seq`) by
/// pair, keeping that order within each pair.
#[must_use]
pub fn by_pair(mut derived: Vec<Derived>) -> Vec<Derived> {
    // Ranks of the pairs, then (rank, position) pairs: the seeds' key type, so the wasm holds
    // one sort for all of these.
    let mut pairs: Vec<(u32, u32)> = derived
        .iter()
        .map(|d| (d.docs.0 as u32, d.docs.1 as u32))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut keyed: Vec<(u32, u32)> = derived
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let rank = pairs.partition_point(|&p| p < (d.docs.0 as u32, d.docs.1 as u32));
            (rank as u32, i as u32)
        })
        .collect();
    keyed.sort_unstable();
    // Moved in place, cycle by cycle: position k takes the passage at keyed[k].1 (no second
    // copy of what may be hundreds of thousands of passages).
    let mut done = vec![false; derived.len()];
    for start in 0..derived.len() {
        if done[start] {
            continue;
        }
        let first = derived[start];
        let mut k = start;
        loop {
            done[k] = true;
            let from = keyed[k].1 as usize;
            if from == start {
                derived[k] = first;
                break;
            }
            derived[k] = derived[from];
            k = from;
        }
    }
    derived
}

/// Drops the derived passages (sorted by pair, then representative) that repeat one found
/// before them for the same pair ([`kept_of_pair`]). `direct` is in pair order.
#[must_use]
pub fn settle(direct: &[Passage], mut derived: Vec<Derived>) -> Vec<Derived> {
    let mut kept = Vec::with_capacity(derived.len());
    let mut d0 = 0;
    // Buffers reused from pair to pair: hundreds of thousands of pairs in an archive.
    let (mut mine, mut theirs, mut keep) = (Vec::new(), Vec::new(), Vec::new());
    for run in derived.chunk_by(|x, y| x.docs == y.docs) {
        let docs = run[0].docs;
        d0 += direct[d0..].partition_point(|p| p.docs < docs);
        mine.clear();
        mine.extend(
            direct[d0..]
                .iter()
                .take_while(|p| p.docs == docs)
                .map(|p| p.words.a),
        );
        theirs.clear();
        theirs.extend(run.iter().map(|d| d.a));
        keep_of_pair(&mine, &theirs, &mut keep);
        kept.extend_from_slice(&keep);
    }
    // In place: no second list of the passages.
    let mut flags = kept.into_iter();
    derived.retain(|_| flags.next().unwrap_or(false));
    derived
}

/// For one pair, which derived passages (token ranges in `a`, in the order of their
/// representatives) to keep: those that do not repeat a direct one (`direct`, ranges in `a`)
/// or a derived one kept before them, a repeat covering half of its words.
#[must_use]
pub fn kept_of_pair(direct: &[(u32, u32)], derived: &[(u32, u32)]) -> Vec<bool> {
    let mut keep = Vec::new();
    keep_of_pair(direct, derived, &mut keep);
    keep
}

fn keep_of_pair(direct: &[(u32, u32)], derived: &[(u32, u32)], keep: &mut Vec<bool>) {
    keep.clear();
    for (k, &(s, e)) in derived.iter().enumerate() {
        let covers = |&(ks, ke): &(u32, u32)| 2 * e.min(ke).saturating_sub(s.max(ks)) >= e - s;
        let before = derived[..k]
            .iter()
            .zip(keep.iter())
            .filter(|(_, kept)| **kept);
        let repeats = direct.iter().any(covers) || before.map(|(r, _)| r).any(covers);
        keep.push(!repeats);
    }
}

/// The reuse clusters of one representative from its direct passages (any order): the
/// passages that overlap in it, with their copies.
pub fn clusters_of<'d>(
    direct: &[&Passage],
    doc: impl Fn(usize) -> DocRef<'d>,
) -> Vec<ReuseCluster> {
    let mut keyed: Vec<(u32, u32)> = direct
        .iter()
        .enumerate()
        .map(|(k, p)| (p.words.a.0, k as u32))
        .collect();
    keyed.sort_unstable();
    let mut out: Vec<(u32, ReuseCluster)> = Vec::new(); // end token in the representative
    for p in keyed.into_iter().map(|(_, k)| direct[k as usize]) {
        let copy = ReuseCopy {
            id: p.b.clone(),
            start: p.b_start,
            end: p.b_end,
            similarity: p.similarity,
        };
        match out.last_mut() {
            Some((end, c)) if p.words.a.0 < *end => {
                *end = (*end).max(p.words.a.1);
                c.start = c.start.min(p.a_start);
                c.end = c.end.max(p.a_end);
                c.copies.push(copy);
                c.docs.push(p.docs.1);
            }
            _ => out.push((
                p.words.a.1,
                ReuseCluster {
                    id: doc(p.docs.0).id.to_owned(),
                    start: p.a_start,
                    end: p.a_end,
                    copies: vec![copy],
                    docs: vec![p.docs.0, p.docs.1],
                },
            )),
        }
    }
    out.into_iter()
        .map(|(_, mut c)| {
            // The copies in the order their documents were added.
            let mut keyed: Vec<(u32, u32)> = c.docs[1..]
                .iter()
                .enumerate()
                .map(|(k, &d)| (d as u32, k as u32))
                .collect();
            keyed.sort_unstable();
            let copies = std::mem::take(&mut c.copies);
            c.copies = keyed
                .iter()
                .map(|&(_, k)| copies[k as usize].clone())
                .collect();
            c.docs.truncate(1);
            c.docs.extend(keyed.iter().map(|&(d, _)| d as usize));
            c
        })
        .collect()
}
