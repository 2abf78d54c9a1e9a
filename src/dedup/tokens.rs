//! Normalised word tokens and winnowed shingle fingerprints.
//!
//! * **Tokens** are maximal runs of letters, digits and combining marks. Each is hashed as it is
//!   read, after Unicode lower-casing and with diacritics removed (canonical decomposition, marks
//!   dropped), so NFC and NFD spellings, `États`/`Etats`, and case changes hash alike. Quotes,
//!   apostrophes and dashes are separators, so `« … »` versus `"…"`, `’` versus `'` and spacing
//!   changes disappear. No string is allocated per token.
//! * **Shingles** are runs of [`SHINGLE`] consecutive tokens, hashed.
//! * **Winnowing** (Schleimer, Wilkerson & Aiken 2003): in every window of [`WINDOW`] consecutive
//!   shingles the smallest hash is kept (the rightmost on ties), so any passage of at least
//!   `WINDOW + SHINGLE − 1` tokens shared by two documents shares at least one fingerprint,
//!   while only about `2 / (WINDOW + 1)` of the shingles are stored.

use crate::span::Span;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Tokens per shingle.
pub const SHINGLE: usize = 5;
/// Shingles per winnowing window.
pub const WINDOW: usize = 4;

/// A normalised word of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Hash of the normalised form.
    pub hash: u64,
    /// Where the word is in the document (bytes).
    pub span: Span,
}

/// A selected shingle: its hash and the index of its first token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    /// Hash of the shingle.
    pub hash: u64,
    /// Index of the shingle's first token.
    pub token: u32,
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

fn mix(hash: u64, c: char) -> u64 {
    (hash ^ u64::from(c)).wrapping_mul(PRIME)
}

/// Final avalanche (splitmix64), so that nearby inputs give unrelated hashes.
fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_combining_mark(c))
}

/// The tokens of `text`.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut start = None;
    let mut hash = SEED;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
                hash = SEED;
            }
            if c.is_ascii() {
                hash = mix(hash, c.to_ascii_lowercase());
            } else {
                for lower in c.to_lowercase() {
                    decompose_canonical(lower, |d| {
                        if !is_combining_mark(d) {
                            hash = mix(hash, d);
                        }
                    });
                }
            }
        } else if let Some(s) = start.take() {
            tokens.push(Token {
                hash: finish(hash),
                span: Span::new(s, i),
            });
        }
    }
    if let Some(s) = start {
        tokens.push(Token {
            hash: finish(hash),
            span: Span::new(s, text.len()),
        });
    }
    tokens
}

/// The hash of the shingle starting at each token (none when there are fewer tokens).
#[must_use]
pub fn shingles(tokens: &[Token], k: usize) -> Vec<u64> {
    tokens
        .windows(k)
        .map(|w| finish(w.iter().fold(SEED, |h, t| (h ^ t.hash).wrapping_mul(PRIME))))
        .collect()
}

/// Winnowed fingerprints of a document's tokens.
#[must_use]
pub fn fingerprints(tokens: &[Token]) -> Vec<Fingerprint> {
    let hashes = shingles(tokens, SHINGLE);
    let mut out: Vec<Fingerprint> = Vec::new();
    if hashes.is_empty() {
        return out;
    }
    if hashes.len() < WINDOW {
        // A short document: keep its smallest shingle.
        let (i, &h) = hashes
            .iter()
            .enumerate()
            .min_by_key(|&(i, h)| (*h, std::cmp::Reverse(i)))
            .unwrap_or((0, &0));
        out.push(Fingerprint {
            hash: h,
            token: i as u32,
        });
        return out;
    }
    let mut last: Option<usize> = None;
    for start in 0..=hashes.len() - WINDOW {
        let window = &hashes[start..start + WINDOW];
        let mut best = 0;
        for (j, &h) in window.iter().enumerate() {
            if h <= window[best] {
                best = j;
            }
        }
        let at = start + best;
        if last != Some(at) {
            out.push(Fingerprint {
                hash: hashes[at],
                token: at as u32,
            });
            last = Some(at);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(text: &str) -> Vec<u64> {
        tokenize(text).iter().map(|t| t.hash).collect()
    }

    #[test]
    fn normalisation_ignores_case_accents_quotes_and_form() {
        assert_eq!(hashes("« Les États »"), hashes("\"les etats\""));
        assert_eq!(hashes("E\u{301}té d’abord"), hashes("été d'abord"));
        assert_ne!(hashes("pays"), hashes("pays de"));
        let t = tokenize("l’État, 2025-10-27!");
        let words: Vec<&str> = t
            .iter()
            .map(|t| &"l’État, 2025-10-27!"[t.span.range()])
            .collect();
        assert_eq!(words, ["l", "État", "2025", "10", "27"]);
    }

    #[test]
    fn winnowing_guarantee() {
        // Any shared run of WINDOW + SHINGLE - 1 tokens shares a fingerprint.
        let base: Vec<String> = (0..200)
            .map(|i| format!("w{}", (i * 7919) % 1000))
            .collect();
        let a = base.join(" ");
        let fa: std::collections::HashSet<u64> =
            fingerprints(&tokenize(&a)).iter().map(|f| f.hash).collect();
        for start in 0..150 {
            let b = format!(
                "autre texte {} fin",
                base[start..start + WINDOW + SHINGLE - 1].join(" ")
            );
            let fb = fingerprints(&tokenize(&b));
            assert!(
                fb.iter().any(|f| fa.contains(&f.hash)),
                "run at {start} missed"
            );
        }
    }
}
