//! Vocabulary: frequent terms and lexical diversity.
//!
//! * **Tokens** are UAX #29 word segments holding a letter, in lower case, NFC-normalised, with
//!   `’` read as `'`. French elided articles and pronouns (`l'`, `d'`, `qu'`, `jusqu'`…) are cut
//!   off (`l'Ukraine` → `ukraine`), and so is an English possessive `'s`.
//! * **Frequent terms** leave out stopwords (the stopwords-iso lists for French and English,
//!   generated into `src/data/stopwords/` by `.ci/gen_stopwords.py`), numbers and one-letter
//!   tokens, and group the rest by their Snowball stem (Porter 2001, through rust-stemmers) so that
//!   `russe`/`russes` or `talk`/`talks`/`talked` count as one term, shown by its most frequent form.
//! * **Lexical diversity**: the type–token ratio, and MTLD (McCarthy & Jarvis 2010), which is
//!   not biased by text length: the mean length of the stretches of text over which the running
//!   type–token ratio stays above 0.72, averaged over a forward and a backward pass.

use crate::lang::Language;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
use whatlang::Lang;

/// The type–token ratio threshold of MTLD (McCarthy & Jarvis 2010).
pub const MTLD_THRESHOLD: f64 = 0.72;
/// Fewer tokens than this and MTLD is not reported (its authors advise at least 100).
pub const MTLD_MIN_TOKENS: usize = 50;

/// French elided words that prefix the next one with an apostrophe.
const ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

static STOPWORDS_FR: &str = include_str!("data/stopwords/fr.txt");
static STOPWORDS_EN: &str = include_str!("data/stopwords/en.txt");

/// Stopword lists, built once.
#[derive(Debug, Clone)]
pub struct Stopwords {
    french: FxHashSet<&'static str>,
    english: FxHashSet<&'static str>,
}

impl Default for Stopwords {
    fn default() -> Self {
        Self::new()
    }
}

impl Stopwords {
    /// Loads the embedded lists.
    #[must_use]
    pub fn new() -> Self {
        let parse = |list: &'static str| {
            list.lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect::<FxHashSet<_>>()
        };
        Self {
            french: parse(STOPWORDS_FR),
            english: parse(STOPWORDS_EN),
        }
    }

    /// Is `word` (lower case) a stopword of French or of English?
    #[must_use]
    pub fn contains_any(&self, word: &str) -> bool {
        self.french.contains(word) || self.english.contains(word)
    }

    /// Is `word` (lower case) a stopword of `language`? Languages without a list have none.
    #[must_use]
    pub fn contains(&self, language: Option<Language>, word: &str) -> bool {
        match language.map(|l| l.0) {
            Some(Lang::Fra) => self.french.contains(word),
            Some(Lang::Eng) => self.english.contains(word),
            _ => false,
        }
    }
}

/// The Snowball stemmer for a language, where there is one.
#[must_use]
pub fn stemmer_for(language: Option<Language>) -> Option<Stemmer> {
    let algorithm = match language?.0 {
        Lang::Fra => Algorithm::French,
        Lang::Eng => Algorithm::English,
        Lang::Deu => Algorithm::German,
        Lang::Spa => Algorithm::Spanish,
        Lang::Ita => Algorithm::Italian,
        Lang::Por => Algorithm::Portuguese,
        Lang::Nld => Algorithm::Dutch,
        Lang::Swe => Algorithm::Swedish,
        Lang::Dan => Algorithm::Danish,
        Lang::Nob => Algorithm::Norwegian,
        Lang::Fin => Algorithm::Finnish,
        Lang::Rus => Algorithm::Russian,
        Lang::Ron => Algorithm::Romanian,
        Lang::Hun => Algorithm::Hungarian,
        Lang::Tur => Algorithm::Turkish,
        Lang::Ell => Algorithm::Greek,
        Lang::Ara => Algorithm::Arabic,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// Lower-cased, NFC, `’` → `'`, elision and possessive removed. `None` for tokens without a
/// letter.
#[must_use]
pub fn normalise_token(token: &str) -> Option<String> {
    if !token.chars().any(char::is_alphabetic) {
        return None;
    }
    let fold = |chars: &mut dyn Iterator<Item = char>| {
        let mut out = String::with_capacity(token.len());
        for c in chars {
            match c {
                '’' | 'ʼ' | '`' => out.push('\''),
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                c => out.extend(c.to_lowercase()),
            }
        }
        out
    };
    let mut word = if token.is_ascii() || is_nfc_quick(token.chars()) == IsNormalized::Yes {
        fold(&mut token.chars())
    } else {
        fold(&mut token.nfc())
    };
    if let Some((head, tail)) = word.split_once('\'') {
        if ELIDED.contains(&head) && tail.chars().any(char::is_alphabetic) {
            word = tail.to_owned();
        }
    }
    for suffix in ["'s", "'"] {
        if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
            word.truncate(word.len() - suffix.len());
            break;
        }
    }
    Some(word)
}

/// One surface form of a term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Form {
    /// The form, lower-cased.
    pub form: String,
    /// How often it occurs.
    pub count: usize,
}

/// A frequent term: the forms sharing one stem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    /// The most frequent form.
    pub term: String,
    /// The stem the forms share.
    pub stem: String,
    /// Occurrences of all forms.
    pub count: usize,
    /// The forms, most frequent first.
    pub forms: Vec<Form>,
    /// A name of several words counted as one term (see [`crate::name_terms`]); only said when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub name: bool,
}

/// Frequent terms and lexical diversity of a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Vocabulary {
    /// Word tokens (UAX #29 words with a letter).
    pub tokens: usize,
    /// Distinct tokens (lower case, NFC).
    pub types: usize,
    /// `types / tokens` (0 for an empty text).
    pub type_token_ratio: f64,
    /// MTLD, when the text has at least [`MTLD_MIN_TOKENS`] tokens.
    pub mtld: Option<f64>,
    /// The most frequent terms, stopwords left out, grouped by stem.
    pub top_terms: Vec<Term>,
}

/// Longest frequent term, in characters.
pub const MAX_TERM_CHARS: usize = 60;

/// A text's word tokens, normalised ([`normalise_token`]) and interned: each distinct surface
/// form is normalised once (a text repeats its words: 1 MB of French has about 170,000 tokens
/// and 20,000 forms), and the sequence is kept as type ids, which MTLD compares without hashing.
#[derive(Debug, Clone, Default)]
pub struct TokenSequence {
    /// The type id of each token, in text order.
    pub ids: Vec<u32>,
    /// Each type: its normalised form, its count, and the token index of its first occurrence.
    pub types: Vec<(String, usize, usize)>,
}

impl TokenSequence {
    /// The tokens among `words` (UAX #29 word segments) that hold a letter.
    #[must_use]
    pub fn from_words<'t>(words: impl IntoIterator<Item = &'t str>) -> Self {
        let mut surfaces: FxHashMap<&'t str, Option<u32>> = FxHashMap::default();
        let mut forms: FxHashMap<String, u32> = FxHashMap::default();
        let mut seq = Self::default();
        for word in words {
            let id = *surfaces.entry(word).or_insert_with(|| {
                let form = normalise_token(word)?;
                let next = seq.types.len() as u32;
                Some(*forms.entry(form).or_insert_with_key(|form| {
                    seq.types.push((form.clone(), 0, seq.ids.len()));
                    next
                }))
            });
            if let Some(id) = id {
                seq.types[id as usize].1 += 1;
                seq.ids.push(id);
            }
        }
        seq
    }
}

/// The forms of one stem: their total count, the first occurrence of any, and each form with
/// its count.
struct StemGroup<'a> {
    count: usize,
    first: usize,
    forms: Vec<(&'a str, usize)>,
}

/// Computes the vocabulary of a token sequence.
#[must_use]
pub fn vocabulary(
    tokens: &TokenSequence,
    language: Option<Language>,
    stopwords: &Stopwords,
    top: usize,
) -> Vocabulary {
    // Each type is counted, with where it first occurs; each is stemmed once.
    let types: FxHashMap<&str, (usize, usize)> = tokens
        .types
        .iter()
        .map(|(form, count, first)| (form.as_str(), (*count, *first)))
        .collect();
    // French inverted subjects ("a-t-il", "dit-elle", "peut-on") count as their verb: the
    // pronoun is not a word of the text's subject matter, and "a-t-il" would otherwise be a
    // frequent term of every article that reports speech.
    // (Other languages' types are the terms' types as they are.)
    let mut french_types: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    let term_types = if language.is_some_and(|l| l.0 == Lang::Fra) {
        for (&token, &(count, first)) in &types {
            let entry = french_types
                .entry(without_inverted_subject(token))
                .or_insert((0, first));
            entry.0 += count;
            entry.1 = entry.1.min(first);
        }
        &french_types
    } else {
        &types
    };
    let stemmer = stemmer_for(language);
    let mut by_stem: FxHashMap<String, StemGroup<'_>> = FxHashMap::default();
    for (&token, &(count, first)) in term_types {
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        // A "word" longer than MAX_TERM_CHARS is a URL, code or junk, never a frequent term
        // (a 10 MB run of letters would otherwise be printed three times: term, stem, form).
        if letters < 2 || token.len() > MAX_TERM_CHARS * 4 || token.chars().count() > MAX_TERM_CHARS
        {
            continue;
        }
        if stopwords.contains(language, token) {
            continue;
        }
        let stem = stemmer
            .as_ref()
            .map_or_else(|| token.to_owned(), |s| s.stem(token).into_owned());
        let group = by_stem.entry(stem).or_insert(StemGroup {
            count: 0,
            first,
            forms: Vec::new(),
        });
        group.count += count;
        group.first = group.first.min(first);
        group.forms.push((token, count));
    }
    // The `top` terms, most frequent first, the earlier first among equals (no two stems share
    // a first occurrence, so the order is total, and an unstable sort gives it): only they get
    // their forms sorted and written out. (A selection before the sort saves little time and
    // costs the page 4 KB of wasm.)
    let mut stems: Vec<(String, StemGroup<'_>)> = by_stem.into_iter().collect();
    stems.sort_unstable_by(|(_, x), (_, y)| y.count.cmp(&x.count).then(x.first.cmp(&y.first)));
    stems.truncate(top);
    let top_terms: Vec<Term> = stems
        .into_iter()
        .map(|(stem, mut group)| {
            group
                .forms
                .sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            let forms: Vec<Form> = group
                .forms
                .into_iter()
                .map(|(form, count)| Form {
                    form: form.to_owned(),
                    count,
                })
                .collect();
            Term {
                term: forms[0].form.clone(),
                stem,
                count: group.count,
                forms,
                name: false,
            }
        })
        .collect();
    let n = tokens.ids.len();
    Vocabulary {
        tokens: n,
        types: types.len(),
        type_token_ratio: if n == 0 {
            0.0
        } else {
            types.len() as f64 / n as f64
        },
        mtld: mtld(&tokens.ids, tokens.types.len()),
        top_terms,
    }
}

/// Subject pronouns French writes after a verb with a hyphen (`-t-` before a vowel), longest first.
const INVERTED_SUBJECTS: &[&str] = &[
    "-t-elles", "-t-elle", "-t-ils", "-t-il", "-t-on", "-elles", "-elle", "-ils", "-il", "-on",
    "-je", "-tu",
];

/// `token` (lower case) without an inverted subject pronoun: "a-t-il" → "a", "dit-elle" → "dit".
#[must_use]
pub fn without_inverted_subject(token: &str) -> &str {
    for suffix in INVERTED_SUBJECTS {
        if let Some(verb) = token.strip_suffix(suffix) {
            if verb.chars().any(char::is_alphabetic) && !verb.ends_with('-') {
                return verb;
            }
        }
    }
    token
}

/// MTLD (McCarthy & Jarvis 2010) of a sequence of type ids below `types`, or `None` for short
/// texts.
#[must_use]
pub fn mtld(ids: &[u32], types: usize) -> Option<f64> {
    if ids.len() < MTLD_MIN_TOKENS {
        return None;
    }
    // One "factor last seen in" mark per type serves both passes: a type is new to the current
    // factor when its mark is older than the factor.
    let mut seen = vec![0u32; types];
    let mut factor = 0u32;
    let forward = mtld_pass(ids.iter(), &mut seen, &mut factor);
    let backward = mtld_pass(ids.iter().rev(), &mut seen, &mut factor);
    match (forward, backward) {
        (Some(f), Some(b)) => Some(((f + b) / 2.0 * 10.0).round() / 10.0),
        _ => None,
    }
}

fn mtld_pass<'a>(
    ids: impl Iterator<Item = &'a u32>,
    seen: &mut [u32],
    factor: &mut u32,
) -> Option<f64> {
    let mut factors = 0.0;
    *factor += 1;
    let (mut distinct, mut count, mut total) = (0usize, 0usize, 0usize);
    for &id in ids {
        total += 1;
        count += 1;
        let mark = &mut seen[id as usize];
        if *mark != *factor {
            *mark = *factor;
            distinct += 1;
        }
        if (distinct as f64 / count as f64) <= MTLD_THRESHOLD {
            factors += 1.0;
            *factor += 1;
            distinct = 0;
            count = 0;
        }
    }
    if count > 0 {
        let ttr = distinct as f64 / count as f64;
        factors += (1.0 - ttr) / (1.0 - MTLD_THRESHOLD);
    }
    (factors > 0.0).then(|| total as f64 / factors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation() {
        assert_eq!(normalise_token("L’Ukraine").as_deref(), Some("ukraine"));
        assert_eq!(normalise_token("jusqu'au").as_deref(), Some("au"));
        assert_eq!(
            normalise_token("aujourd'hui").as_deref(),
            Some("aujourd'hui")
        );
        assert_eq!(normalise_token("Russia's").as_deref(), Some("russia"));
        assert_eq!(normalise_token("e\u{301}te\u{301}").as_deref(), Some("été"));
        assert_eq!(normalise_token("2025"), None);
        assert_eq!(without_inverted_subject("a-t-il"), "a");
        assert_eq!(without_inverted_subject("dit-elle"), "dit");
        assert_eq!(without_inverted_subject("peut-on"), "peut");
        assert_eq!(without_inverted_subject("rendez-vous"), "rendez-vous");
        assert_eq!(without_inverted_subject("saint-simon"), "saint-simon");
    }

    #[test]
    fn stems_group_forms() {
        let tokens = TokenSequence::from_words("russe russes russe pays le la".split(' '));
        let v = vocabulary(&tokens, Some(Language::FRENCH), &Stopwords::new(), 5);
        assert_eq!(v.top_terms[0].term, "russe");
        assert_eq!(v.top_terms[0].count, 3);
        assert!(v.top_terms.iter().all(|t| t.term != "le"));
    }

    #[test]
    fn inverted_subjects_count_as_their_verb_in_french() {
        let tokens = TokenSequence::from_words(
            "a-t-il explique-t-elle explique-t-il explique crue add-on".split(' '),
        );
        let v = vocabulary(&tokens, Some(Language::FRENCH), &Stopwords::new(), 10);
        let terms: Vec<(&str, usize)> = v
            .top_terms
            .iter()
            .map(|t| (t.term.as_str(), t.count))
            .collect();
        assert_eq!(terms[0], ("explique", 3), "{terms:?}");
        assert!(
            terms.iter().all(|(t, _)| !t.contains("-t-") && *t != "a"),
            "{terms:?}"
        );
        // The word count and the types are the text's own.
        assert_eq!((v.tokens, v.types), (6, 6));
        let english = vocabulary(&tokens, Some(Language::ENGLISH), &Stopwords::new(), 10);
        assert!(english.top_terms.iter().any(|t| t.term == "add-on"));
    }

    #[test]
    fn mtld_is_length_robust_enough() {
        let words: Vec<u32> = (0..400).map(|i| i % 40).collect();
        let m = mtld(&words, 40).unwrap();
        assert!(m > 10.0 && m < 60.0, "{m}");
        assert!(mtld(&words[..10], 40).is_none());
    }

    /// MTLD as its authors state it, with a set of the factor's types.
    fn mtld_by_sets(ids: &[u32]) -> Option<f64> {
        let pass = |ids: &mut dyn Iterator<Item = &u32>| {
            let (mut factors, mut total) = (0.0, 0usize);
            let mut types = FxHashSet::default();
            let mut count = 0usize;
            for id in ids {
                total += 1;
                count += 1;
                types.insert(*id);
                if types.len() as f64 / count as f64 <= MTLD_THRESHOLD {
                    factors += 1.0;
                    types.clear();
                    count = 0;
                }
            }
            if count > 0 {
                factors += (1.0 - types.len() as f64 / count as f64) / (1.0 - MTLD_THRESHOLD);
            }
            (factors > 0.0).then(|| total as f64 / factors)
        };
        let (f, b) = (pass(&mut ids.iter())?, pass(&mut ids.iter().rev())?);
        Some(((f + b) / 2.0 * 10.0).round() / 10.0)
    }

    #[test]
    fn mtld_with_marks_equals_mtld_with_sets() {
        // A skewed pseudo-random sequence (frequent types and a long tail, as words are).
        let mut x = 12_345u64;
        let ids: Vec<u32> = (0..3_000)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let r = (x >> 33) % 1_000;
                (r * r / 1_000) as u32
            })
            .collect();
        for len in [50, 120, 999, 3_000] {
            assert_eq!(mtld(&ids[..len], 1_000), mtld_by_sets(&ids[..len]), "{len}");
        }
    }

    #[test]
    fn a_token_sequence_interns_forms_and_counts_them() {
        let seq = TokenSequence::from_words(["L’Ukraine", "l'Ukraine", "2025", "ukraine", "Kiev"]);
        assert_eq!(seq.ids, [0, 0, 0, 1]);
        assert_eq!(
            seq.types,
            [("ukraine".to_owned(), 3, 0), ("kiev".to_owned(), 1, 3)]
        );
    }
}
