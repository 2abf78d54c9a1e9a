//! From shared fingerprints to aligned passages, and word-level differences.
//!
//! * **Chaining.** The fingerprint matches of one pair of documents are seeds `(i, j)` (token
//!   positions in A and B). Sorted by `i`, each seed extends the chain it continues — both
//!   positions move forward, by at most [`MAX_GAP`] tokens, with the two gaps differing by at
//!   most [`MAX_SKEW`] — or starts a new one. A chain therefore follows one copy of a passage
//!   through light edits (changed, inserted or deleted words, a reordered clause nearby), and a
//!   passage repeated in B yields one chain per copy.
//! * **Extension.** A chain covers its seeds' shingles; it is then extended outwards while the
//!   tokens agree, stepping over an edit of up to [`EXTEND_SKIP`] tokens on either side when at
//!   least two agreeing tokens follow it (the seed-and-extend of BLAST, and of passim's
//!   alignment of reused passages, Smith 2014). Overlapping passages of the same pair are merged.
//! * **Differences.** Myers' O(ND) difference algorithm (Myers 1986) over the token hashes gives
//!   the equal, inserted and deleted words, and the passage's similarity `2·equal / (|A| + |B|)`.

use super::tokens::{Token, SHINGLE};

/// Largest forward step, in tokens, between two seeds of one chain.
pub const MAX_GAP: u32 = 30;
/// Largest difference between the steps in A and in B within a chain.
pub const MAX_SKEW: u32 = 12;
/// Longest edit that extension steps over.
pub const EXTEND_SKIP: usize = 3;
/// Edit distance past which the difference is not computed word by word.
pub const MAX_DIFF_EDITS: usize = 2_000;

/// A chain of seeds turned into token ranges `[a.0, a.1)` and `[b.0, b.1)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alignment {
    /// Token range in A.
    pub a: (usize, usize),
    /// Token range in B.
    pub b: (usize, usize),
}

/// Chains `seeds` (any order) into alignments.
#[must_use]
pub fn chain(seeds: &mut [(u32, u32)]) -> Vec<Alignment> {
    seeds.sort_unstable();
    let mut chains: Vec<(u32, u32, u32, u32)> = Vec::new(); // first i, first j, last i, last j
    for &(i, j) in seeds.iter() {
        let found = chains.iter_mut().rev().find(|c| {
            i > c.2
                && j > c.3
                && i - c.2 <= MAX_GAP
                && j - c.3 <= MAX_GAP
                && (i - c.2).abs_diff(j - c.3) <= MAX_SKEW
        });
        match found {
            Some(c) => {
                c.2 = i;
                c.3 = j;
            }
            None => {
                // A seed on the same diagonal inside an existing chain adds nothing.
                let inside = chains
                    .iter()
                    .any(|c| i >= c.0 && i <= c.2 && j >= c.1 && j <= c.3);
                if !inside {
                    chains.push((i, j, i, j));
                }
            }
        }
    }
    let k = SHINGLE;
    chains
        .into_iter()
        .map(|(i0, j0, i1, j1)| Alignment {
            a: (i0 as usize, i1 as usize + k),
            b: (j0 as usize, j1 as usize + k),
        })
        .collect()
}

/// Extends an alignment outwards over agreeing tokens and short edits.
#[must_use]
pub fn extend(mut al: Alignment, a: &[Token], b: &[Token]) -> Alignment {
    let eq = |i: usize, j: usize| a[i].hash == b[j].hash;
    // Rightwards.
    loop {
        let (i, j) = (al.a.1, al.b.1);
        if i < a.len() && j < b.len() && eq(i, j) {
            al.a.1 += 1;
            al.b.1 += 1;
            continue;
        }
        let mut step = None;
        'search: for total in 1..=2 * EXTEND_SKIP {
            for x in 0..=total.min(EXTEND_SKIP) {
                let y = total - x;
                let (p, q) = (i + x, j + y);
                if y <= EXTEND_SKIP
                    && p + 1 < a.len()
                    && q + 1 < b.len()
                    && eq(p, q)
                    && eq(p + 1, q + 1)
                {
                    step = Some((x, y));
                    break 'search;
                }
            }
        }
        match step {
            Some((x, y)) => {
                al.a.1 += x + 2;
                al.b.1 += y + 2;
            }
            None => break,
        }
    }
    // Leftwards.
    loop {
        let (i, j) = (al.a.0, al.b.0);
        if i > 0 && j > 0 && eq(i - 1, j - 1) {
            al.a.0 -= 1;
            al.b.0 -= 1;
            continue;
        }
        let mut best = None;
        'search: for total in 1..=2 * EXTEND_SKIP {
            for x in 0..=total.min(EXTEND_SKIP) {
                let y = total - x;
                if y > EXTEND_SKIP || i < x + 2 || j < y + 2 {
                    continue;
                }
                let (p, q) = (i - x - 1, j - y - 1);
                if eq(p, q) && eq(p - 1, q - 1) {
                    best = Some((x, y));
                    break 'search;
                }
            }
        }
        match best {
            Some((x, y)) => {
                al.a.0 -= x + 2;
                al.b.0 -= y + 2;
            }
            None => break,
        }
    }
    al
}

/// Merges alignments that overlap in both documents.
#[must_use]
pub fn merge(mut alignments: Vec<Alignment>) -> Vec<Alignment> {
    alignments.sort_unstable_by_key(|al| (al.a.0, al.b.0));
    let mut out: Vec<Alignment> = Vec::with_capacity(alignments.len());
    for al in alignments {
        let overlapping = out
            .iter_mut()
            .rev()
            .take(8)
            .find(|o| al.a.0 < o.a.1 && o.a.0 < al.a.1 && al.b.0 < o.b.1 && o.b.0 < al.b.1);
        match overlapping {
            Some(o) => {
                o.a = (o.a.0.min(al.a.0), o.a.1.max(al.a.1));
                o.b = (o.b.0.min(al.b.0), o.b.1.max(al.b.1));
            }
            None => out.push(al),
        }
    }
    out
}

/// One step of a word-level difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Tokens `a..a+n` of A equal tokens `b..b+n` of B.
    Equal {
        /// First token in A.
        a: usize,
        /// First token in B.
        b: usize,
        /// Number of tokens.
        n: usize,
    },
    /// Tokens of A absent from B.
    Delete {
        /// First token in A.
        a: usize,
        /// Number of tokens.
        n: usize,
    },
    /// Tokens of B absent from A.
    Insert {
        /// First token in B.
        b: usize,
        /// Number of tokens.
        n: usize,
    },
}

/// Myers' difference of `a` and `b` (token hashes), as runs of edits with positions relative to
/// the slices. `None` when more than `max_edits` edits are needed.
#[must_use]
pub fn diff(a: &[u64], b: &[u64], max_edits: usize) -> Option<Vec<Edit>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (n + m).min(max_edits as isize);
    let offset = max + 1;
    let mut v = vec![0isize; (2 * max + 3) as usize];
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let mut reached = None;
    for d in 0..=max {
        trace.push(v.clone());
        let mut k = -d;
        while k <= d {
            let idx = (k + offset) as usize;
            let mut x = if k == -d || (k != d && v[idx - 1] < v[idx + 1]) {
                v[idx + 1]
            } else {
                v[idx - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[idx] = x;
            if x >= n && y >= m {
                reached = Some(d);
                break;
            }
            k += 2;
        }
        if reached.is_some() {
            break;
        }
    }
    let d_final = reached?;
    // Backtrack.
    let mut steps: Vec<(isize, isize, isize, isize)> = Vec::new(); // (prev x, prev y, x, y)
    let (mut x, mut y) = (n, m);
    for d in (1..=d_final).rev() {
        let v = &trace[d as usize];
        let k = x - y;
        let idx = (k + offset) as usize;
        let prev_k = if k == -d || (k != d && v[idx - 1] < v[idx + 1]) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = v[(prev_k + offset) as usize];
        let prev_y = prev_x - prev_k;
        steps.push((prev_x, prev_y, x, y));
        x = prev_x;
        y = prev_y;
    }
    let mut edits: Vec<Edit> = Vec::new();
    let push = |edits: &mut Vec<Edit>, e: Edit| match (edits.last_mut(), e) {
        (Some(Edit::Equal { n, .. }), Edit::Equal { n: more, .. }) => *n += more,
        (Some(Edit::Delete { n, .. }), Edit::Delete { n: more, .. }) => *n += more,
        (Some(Edit::Insert { n, .. }), Edit::Insert { n: more, .. }) => *n += more,
        _ => edits.push(e),
    };
    // The snake before the first edit.
    let first_equal = x.min(y);
    if first_equal > 0 {
        push(
            &mut edits,
            Edit::Equal {
                a: 0,
                b: 0,
                n: first_equal as usize,
            },
        );
    }
    for &(px, py, x, y) in steps.iter().rev() {
        // One edit from (px, py), then a diagonal snake to (x, y).
        let (ex, ey) = if x - px > y - py {
            (px + 1, py)
        } else {
            (px, py + 1)
        };
        if ex > px {
            push(
                &mut edits,
                Edit::Delete {
                    a: px as usize,
                    n: 1,
                },
            );
        } else {
            push(
                &mut edits,
                Edit::Insert {
                    b: py as usize,
                    n: 1,
                },
            );
        }
        if x > ex {
            push(
                &mut edits,
                Edit::Equal {
                    a: ex as usize,
                    b: ey as usize,
                    n: (x - ex) as usize,
                },
            );
        }
    }
    Some(edits)
}

/// Equal tokens in a difference.
#[must_use]
pub fn equal_tokens(edits: &[Edit]) -> usize {
    edits
        .iter()
        .map(|e| if let Edit::Equal { n, .. } = e { *n } else { 0 })
        .sum()
}

/// Equal tokens in runs of at least `min_run`.
#[must_use]
pub fn anchored_tokens(edits: &[Edit], min_run: usize) -> usize {
    edits
        .iter()
        .map(|e| match e {
            Edit::Equal { n, .. } if *n >= min_run => *n,
            _ => 0,
        })
        .sum()
}

/// Token positions `((a, b) start, (a, b) end)` of the first and last equal run of at least
/// `min_run` tokens, or `None` when there is no such run.
#[must_use]
pub fn anchored_bounds(edits: &[Edit], min_run: usize) -> Option<((usize, usize), (usize, usize))> {
    let runs = edits.iter().filter_map(|e| match *e {
        Edit::Equal { a, b, n } if n >= min_run => Some((a, b, n)),
        _ => None,
    });
    let mut first = None;
    let mut last = None;
    for (a, b, n) in runs {
        first.get_or_insert((a, b));
        last = Some((a + n, b + n));
    }
    Some((first?, last?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(a: &[u64], b: &[u64], edits: &[Edit]) -> (Vec<u64>, Vec<u64>) {
        let (mut ra, mut rb) = (Vec::new(), Vec::new());
        for e in edits {
            match *e {
                Edit::Equal { a: i, b: j, n } => {
                    ra.extend_from_slice(&a[i..i + n]);
                    rb.extend_from_slice(&b[j..j + n]);
                }
                Edit::Delete { a: i, n } => ra.extend_from_slice(&a[i..i + n]),
                Edit::Insert { b: j, n } => rb.extend_from_slice(&b[j..j + n]),
            }
        }
        (ra, rb)
    }

    #[test]
    fn diff_reconstructs_both_sides() {
        let cases: &[(&[u64], &[u64])] = &[
            (&[1, 2, 3, 4, 5], &[1, 2, 9, 4, 5, 6]),
            (&[], &[1, 2]),
            (&[1, 2], &[]),
            (&[1, 2, 3], &[1, 2, 3]),
            (&[7, 1, 2, 3], &[1, 2, 3, 8]),
        ];
        for &(a, b) in cases {
            let edits = diff(a, b, 100).unwrap();
            assert_eq!(
                apply(a, b, &edits),
                (a.to_vec(), b.to_vec()),
                "{a:?} {b:?} {edits:?}"
            );
        }
        let edits = diff(&[1, 2, 3, 4, 5], &[1, 2, 9, 4, 5, 6], 100).unwrap();
        assert_eq!(equal_tokens(&edits), 4);
        assert!(diff(&[1; 50], &[2; 50], 10).is_none());
    }

    #[test]
    fn chains_follow_each_copy() {
        // A passage at 10..40 in A, copied at 0..30 and again at 100..130 in B.
        let mut seeds: Vec<(u32, u32)> = (10..36)
            .step_by(3)
            .flat_map(|i| [(i, i - 10), (i, i + 90)])
            .collect();
        let chains = chain(&mut seeds);
        assert_eq!(chains.len(), 2);
    }
}
