//! Text statistics: counts, reading and speaking time, readability, sentence difficulty and
//! vocabulary, for one text.
//!
//! Counting conventions (the user-facing ones are those of `shared/eval/gold/seeds.stats.json`):
//! characters are extended grapheme clusters (UAX #29), so `é` in NFD, `👩‍👩‍👧` and CR LF
//! are one each; "without spaces" leaves out whitespace and zero-width characters. Words,
//! sentences, paragraphs and headings come from [`crate::segment`]. Readability uses the
//! formulas of [`crate::readability`] with syllables from [`crate::syllables`].
//!
//! Reading time uses 238 words per minute for English (Brysbaert 2019, silent reading of
//! non-fiction by adults) and 195 for French (Trauzettel-Klosinski & Dietz 2012, IReST
//! standardized texts); other languages take [`DEFAULT_READING_WPM`]. Speaking time uses
//! [`SPEAKING_WPM`], the usual pace of broadcast speech. Both can be overridden.
//!
//! A sentence is *hard* when it has at least [`HARD_MIN_WORDS`] words and its own readability
//! score (Flesch Reading Ease in English, Kandel–Moles in French, LIX elsewhere) falls in the
//! "difficult" band, or when it is longer than [`HARD_LENGTH`] words; *very hard* likewise with
//! the "very difficult" band or [`VERY_HARD_LENGTH`] words, as Hemingway marks sentences.

use crate::lang::{self, Language, LanguageGuess};
use crate::offsets::{ConvertOffsets, OffsetIndex};
use crate::readability::{self, Band, Formula, Score, Summary};
use crate::segment::{self, BlockKind, Segmentation};
use crate::span::{is_blank_char, Span};
use crate::style::{self, StyleReport};
use crate::syllables::{self, SyllableRules};
use crate::vocabulary::{self, Stopwords, Vocabulary};
use rustc_hash::FxHashMap;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;
use whatlang::Lang;

/// Reading speed, words per minute, for English (Brysbaert 2019).
pub const READING_WPM_ENGLISH: f64 = 238.0;
/// Reading speed, words per minute, for French (IReST, Trauzettel-Klosinski & Dietz 2012).
pub const READING_WPM_FRENCH: f64 = 195.0;
/// Reading speed assumed for other languages.
pub const DEFAULT_READING_WPM: f64 = 200.0;
/// Speaking speed, words per minute.
pub const SPEAKING_WPM: f64 = 150.0;
/// Sentences shorter than this are never marked hard for their words alone.
pub const HARD_MIN_WORDS: usize = 15;
/// Sentences longer than this are hard whatever their words.
pub const HARD_LENGTH: usize = 35;
/// Sentences longer than this are very hard whatever their words.
pub const VERY_HARD_LENGTH: usize = 50;
/// Upper bounds (inclusive) of the sentence-length histogram bins, in words; the last bin is open.
pub const HISTOGRAM_BOUNDS: &[usize] = &[5, 10, 15, 20, 25, 30, 40, 50];
/// How many frequent terms to report by default.
pub const DEFAULT_TOP_TERMS: usize = 30;
/// Share of control or undecodable characters above which the text is flagged as binary.
const BINARY_SHARE: f64 = 0.05;
/// Fewer control or undecodable characters than this are reported one kind at a time, never as
/// binary data.
const BINARY_MIN_CHARS: usize = 16;

/// What the caller may set.
#[derive(Debug, Clone, PartialEq)]
pub struct StatsOptions {
    /// The text's language; `None` to detect it.
    pub language: Option<Language>,
    /// Reading speed in words per minute; `None` for the language's default.
    pub reading_wpm: Option<f64>,
    /// Speaking speed in words per minute; `None` for [`SPEAKING_WPM`].
    pub speaking_wpm: Option<f64>,
    /// How many frequent terms to report.
    pub top_terms: usize,
}

impl Default for StatsOptions {
    fn default() -> Self {
        Self {
            language: None,
            reading_wpm: None,
            speaking_wpm: None,
            top_terms: DEFAULT_TOP_TERMS,
        }
    }
}

/// How hard a sentence reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Difficulty {
    /// Fine.
    Ok,
    /// Hard to read.
    Hard,
    /// Very hard to read.
    VeryHard,
}

/// A sentence with its measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceStats {
    /// Where it is.
    pub span: Span,
    /// Words (user-facing count).
    pub words: usize,
    /// Syllables.
    pub syllables: usize,
    /// Its own readability score with the language's main formula, when it has words.
    pub score: Option<f64>,
    /// Ok, hard or very hard.
    pub difficulty: Difficulty,
}

/// A paragraph or heading with its measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockStats {
    /// Where it is.
    pub span: Span,
    /// Paragraph or heading.
    pub kind: BlockKind,
    /// Words.
    pub words: usize,
    /// Sentences (0 for a heading).
    pub sentences: usize,
}

/// One bin of the sentence-length histogram.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bin {
    /// Shortest length in the bin, in words.
    pub from: usize,
    /// Longest length in the bin; `None` for the open last bin.
    pub to: Option<usize>,
    /// Sentences in the bin.
    pub count: usize,
}

/// Reading and speaking time.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timing {
    /// Seconds to read silently.
    pub reading_seconds: f64,
    /// The reading speed used, words per minute.
    pub reading_wpm: f64,
    /// Seconds to read aloud.
    pub speaking_seconds: f64,
    /// The speaking speed used, words per minute.
    pub speaking_wpm: f64,
    /// Where the reading speed comes from.
    pub source: &'static str,
}

/// Something the user should know about the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// A stable code: `empty`, `binary`, `replacement`, `control`, `language`, `noSentences`.
    pub code: &'static str,
    /// The message for the user.
    pub message: String,
}

/// All statistics of one text. Spans are UTF-8 byte offsets until [`ConvertOffsets`] is applied.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextStats {
    /// The language used for the language-specific measures.
    pub language: LanguageGuess,
    /// Characters (grapheme clusters), spaces included.
    pub characters: usize,
    /// Characters other than whitespace.
    pub characters_no_spaces: usize,
    /// Words.
    pub words: usize,
    /// Distinct words (lower case, NFC).
    pub unique_words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs (headings included, as in the gold counts).
    pub paragraphs: usize,
    /// Headings.
    pub headings: usize,
    /// Syllables of the sentences' words.
    pub syllables: usize,
    /// Mean sentence length, in words.
    pub mean_sentence_words: f64,
    /// Median sentence length, in words.
    pub median_sentence_words: f64,
    /// Index (in `sentence_details`) of the longest sentence.
    pub longest_sentence: Option<usize>,
    /// Hard sentences.
    pub hard_sentences: usize,
    /// Very hard sentences.
    pub very_hard_sentences: usize,
    /// Reading and speaking time.
    pub timing: Timing,
    /// Readability scores for the language.
    pub readability: Vec<Score>,
    /// What the scores say together, when there are any.
    pub readability_summary: Option<Summary>,
    /// Sentence lengths.
    pub histogram: Vec<Bin>,
    /// Paragraphs and headings.
    pub blocks: Vec<BlockStats>,
    /// Sentences.
    pub sentence_details: Vec<SentenceStats>,
    /// Frequent terms and lexical diversity.
    pub vocabulary: Vocabulary,
    /// Style highlights: adverbs, passive voice, qualifiers, simpler alternatives.
    pub style: StyleReport,
    /// What the user should know about the input.
    pub notes: Vec<Note>,
}

impl ConvertOffsets for TextStats {
    fn convert_offsets(&mut self, index: &OffsetIndex<'_>) {
        self.style.convert_offsets(index);
        for block in &mut self.blocks {
            block.span.convert_offsets(index);
        }
        for sentence in &mut self.sentence_details {
            sentence.span.convert_offsets(index);
        }
    }
}

/// Computes the statistics of `text`.
#[must_use]
pub fn analyse(text: &str, options: &StatsOptions, stopwords: &Stopwords) -> TextStats {
    let mut notes = input_notes(text);
    let language = options
        .language
        .map_or_else(|| lang::detect(text), LanguageGuess::chosen);
    if language.source == lang::LanguageSource::Detected && !language.reliable {
        notes.push(Note {
            code: "language",
            message: format!(
                "The language looks like {} but detection is unsure (confidence {:.2}); choose the language if it is wrong.",
                language.name, language.confidence
            ),
        });
    }
    let lang = language.language;
    let rules = match lang.map(|l| l.0) {
        Some(Lang::Fra) => SyllableRules::French,
        Some(Lang::Eng) => SyllableRules::English,
        _ => SyllableRules::Generic,
    };
    let formulas = formulas_for(lang);
    let Segmentation { blocks, sentences } = segment::segment(text);

    let mut totals = readability::Counts::default();
    let mut token_cache = TokenCache::new(rules);
    let sentence_details: Vec<SentenceStats> = sentences
        .iter()
        .map(|s| {
            let body = s.span.slice(text);
            let counts = readability_counts(body, &mut token_cache);
            totals += counts;
            let score = formulas.first().and_then(|f| f.score(counts));
            let band = formulas.first().zip(score).map(|(f, s)| f.band(s));
            SentenceStats {
                span: s.span,
                words: counts.words,
                syllables: counts.syllables,
                score: score.map(|s| (s * 10.0).round() / 10.0),
                difficulty: difficulty(counts.words, band),
            }
        })
        .collect();

    let mut block_stats: Vec<BlockStats> = blocks
        .iter()
        .map(|b| BlockStats {
            span: b.span,
            kind: b.kind,
            words: segment::count_words(b.span.slice(text)),
            sentences: 0,
        })
        .collect();
    for s in &sentences {
        block_stats[s.block].sentences += 1;
    }

    let readability: Vec<Score> = formulas
        .iter()
        .filter_map(|&f| Score::compute(f, totals))
        .collect();
    let readability_summary = Summary::of(&readability, rules == SyllableRules::English);

    let words: usize = block_stats.iter().map(|b| b.words).sum();
    let word_tokens: Vec<(usize, &str)> = segment::word_tokens(text).collect();
    let tokens = vocabulary::TokenSequence::from_words(word_tokens.iter().map(|&(_, w)| w));
    let vocabulary = vocabulary::vocabulary(&tokens, lang, stopwords, options.top_terms);
    let unique_words = vocabulary.types;

    let (characters, characters_no_spaces) = count_characters(text);
    let mut lengths: Vec<usize> = sentence_details.iter().map(|s| s.words).collect();
    lengths.sort_unstable();
    let median_sentence_words = median(&lengths);
    let mean_sentence_words = if lengths.is_empty() {
        0.0
    } else {
        round1(lengths.iter().sum::<usize>() as f64 / lengths.len() as f64)
    };
    let longest_sentence = sentence_details
        .iter()
        .enumerate()
        .max_by(|(ia, a), (ib, b)| a.words.cmp(&b.words).then(ib.cmp(ia)))
        .map(|(i, _)| i);

    if sentence_details.is_empty() && words > 0 {
        notes.push(Note {
            code: "noSentences",
            message: "No sentence of running text was found (only headings or single words), so readability is not scored.".into(),
        });
    }

    TextStats {
        timing: timing(words, lang, options),
        characters,
        characters_no_spaces,
        words,
        unique_words,
        sentences: sentence_details.len(),
        paragraphs: block_stats.len(),
        headings: block_stats
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .count(),
        syllables: totals.syllables,
        mean_sentence_words,
        median_sentence_words,
        longest_sentence,
        hard_sentences: sentence_details
            .iter()
            .filter(|s| s.difficulty == Difficulty::Hard)
            .count(),
        very_hard_sentences: sentence_details
            .iter()
            .filter(|s| s.difficulty == Difficulty::VeryHard)
            .count(),
        readability,
        readability_summary,
        histogram: histogram(&lengths),
        blocks: block_stats,
        sentence_details,
        vocabulary,
        style: style::analyse_tokens(text, &word_tokens, lang),
        notes,
        language,
    }
}

/// Formulas for a language, the main one (used per sentence) first.
fn formulas_for(language: Option<Language>) -> &'static [Formula] {
    match language.map(|l| l.0) {
        Some(Lang::Eng) => readability::ENGLISH,
        Some(Lang::Fra) => readability::FRENCH,
        Some(Lang::Cmn | Lang::Jpn | Lang::Tha | Lang::Khm | Lang::Mya) => &[],
        _ => readability::OTHER,
    }
}

/// What the readability formulas count of one blank-separated token.
#[derive(Debug, Clone, Copy, Default)]
struct TokenCounts {
    words: u32,
    syllables: u32,
    letters: u32,
    /// Letters and digits.
    characters: u32,
    /// Gunning's complex word (English).
    complex: bool,
    /// Off the Dale–Chall list (English).
    unfamiliar: bool,
}

impl TokenCounts {
    fn add_to(self, counts: &mut readability::Counts) {
        counts.words += self.words as usize;
        counts.syllables += self.syllables as usize;
        counts.letters += self.letters as usize;
        counts.characters += self.characters as usize;
        counts.long_words += usize::from(self.letters > 6);
        counts.polysyllables += usize::from(self.syllables >= 3);
        counts.complex_words += usize::from(self.complex);
        counts.unfamiliar_words += usize::from(self.unfamiliar);
    }
}

/// The counts of the tokens of one text, each distinct token (and place: a sentence's first
/// word is not taken for a name) counted once. A text repeats its words, and syllables are the
/// costly part of the statistics: counting every occurrence was half their work.
struct TokenCache<'t> {
    rules: SyllableRules,
    counted: FxHashMap<(&'t str, bool), TokenCounts>,
    lower: String,
}

impl<'t> TokenCache<'t> {
    fn new(rules: SyllableRules) -> Self {
        Self {
            rules,
            counted: FxHashMap::default(),
            lower: String::new(),
        }
    }

    /// The counts of `token`, the first of its sentence or not.
    fn counts(&mut self, token: &'t str, first: bool) -> TokenCounts {
        // Only English tells a sentence's first word apart.
        let first = first && self.rules == SyllableRules::English;
        if let Some(&c) = self.counted.get(&(token, first)) {
            return c;
        }
        let c = token_counts(token, first, self.rules, &mut self.lower);
        self.counted.insert((token, first), c);
        c
    }
}

/// What the readability formulas need from one sentence.
fn readability_counts<'t>(sentence: &'t str, cache: &mut TokenCache<'t>) -> readability::Counts {
    let mut counts = readability::Counts {
        sentences: 1,
        ..Default::default()
    };
    let mut first = true;
    for token in sentence.split(is_blank_char) {
        let c = cache.counts(token, first);
        if c.words == 0 {
            continue;
        }
        c.add_to(&mut counts);
        first = false;
    }
    counts
}

/// The counts of one blank-separated token; `first` when it opens its sentence.
fn token_counts(token: &str, first: bool, rules: SyllableRules, lower: &mut String) -> TokenCounts {
    let words = segment::count_words(token);
    if words == 0 {
        return TokenCounts::default();
    }
    let mut syllables = 0;
    let mut parts = 0;
    for part in token
        .split(|c: char| !c.is_alphabetic())
        .filter(|p| !p.is_empty())
    {
        parts += 1;
        let n = syllables::count(part, rules);
        // A part without a vowel ("d" of "d'une", "M") adds nothing.
        if part.chars().count() > 1 || n > 1 || has_vowel(part) {
            syllables += n;
        }
    }
    let syllables = if parts > 0 {
        syllables.max(words)
    } else {
        words
    };
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let (complex, unfamiliar) = if rules == SyllableRules::English {
        english_word_counts(token, syllables, first, lower)
    } else {
        (false, false)
    };
    let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    TokenCounts {
        words: small(words),
        syllables: small(syllables),
        letters: small(letters),
        characters: small(letters + digits),
        complex,
        unfamiliar,
    }
}

/// Gunning's complex words and Dale–Chall's unfamiliar words, for one English token.
fn english_word_counts(
    token: &str,
    syllables: usize,
    first: bool,
    lower: &mut String,
) -> (bool, bool) {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    let Some(initial) = word.chars().next() else {
        return (false, false);
    };
    let name = initial.is_uppercase() && !first;
    lower.clear();
    lower.extend(word.chars().flat_map(char::to_lowercase).map(|c| {
        if c == '\u{2019}' {
            '\''
        } else {
            c
        }
    }));
    let lower = lower.as_str();
    let complex = syllables >= 3
        && !name
        && !word.contains('-')
        && !["es", "ed", "ing"].iter().any(|suffix| {
            lower
                .strip_suffix(suffix)
                .is_some_and(|stem| syllables::count(stem, SyllableRules::English) < 3)
        });
    let number = initial.is_ascii_digit();
    (
        complex,
        !name && !number && !readability::is_familiar(lower),
    )
}

fn has_vowel(part: &str) -> bool {
    part.chars()
        .any(|c| "aeiouyàâäéèêëîïôöùûüÿœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸŒÆ".contains(c))
}

fn difficulty(words: usize, band: Option<Band>) -> Difficulty {
    let long_enough = words >= HARD_MIN_WORDS;
    if words > VERY_HARD_LENGTH || (long_enough && band == Some(Band::VeryDifficult)) {
        Difficulty::VeryHard
    } else if words > HARD_LENGTH || (long_enough && band >= Some(Band::Difficult)) {
        Difficulty::Hard
    } else {
        Difficulty::Ok
    }
}

fn timing(words: usize, language: Option<Language>, options: &StatsOptions) -> Timing {
    let (default_wpm, source) = match language.map(|l| l.0) {
        Some(Lang::Eng) => (
            READING_WPM_ENGLISH,
            "238 wpm: Brysbaert (2019), silent reading of non-fiction in English",
        ),
        Some(Lang::Fra) => (
            READING_WPM_FRENCH,
            "195 wpm: Trauzettel-Klosinski & Dietz (2012), IReST texts in French",
        ),
        _ => (
            DEFAULT_READING_WPM,
            "200 wpm: a default for languages without a published figure here",
        ),
    };
    let positive = |v: Option<f64>| v.filter(|w| w.is_finite() && *w > 0.0);
    let reading_wpm = positive(options.reading_wpm).unwrap_or(default_wpm);
    let speaking_wpm = positive(options.speaking_wpm).unwrap_or(SPEAKING_WPM);
    Timing {
        reading_seconds: round1(words as f64 / reading_wpm * 60.0),
        reading_wpm,
        speaking_seconds: round1(words as f64 / speaking_wpm * 60.0),
        speaking_wpm,
        source: if positive(options.reading_wpm).is_some() {
            "set by the user"
        } else {
            source
        },
    }
}

fn histogram(sorted_lengths: &[usize]) -> Vec<Bin> {
    let mut bins: Vec<Bin> = Vec::with_capacity(HISTOGRAM_BOUNDS.len() + 1);
    let mut from = 1;
    for &to in HISTOGRAM_BOUNDS {
        bins.push(Bin {
            from,
            to: Some(to),
            count: 0,
        });
        from = to + 1;
    }
    bins.push(Bin {
        from,
        to: None,
        count: 0,
    });
    for &len in sorted_lengths {
        let i = HISTOGRAM_BOUNDS
            .iter()
            .position(|&b| len <= b)
            .unwrap_or(HISTOGRAM_BOUNDS.len());
        bins[i].count += 1;
    }
    bins
}

fn median(sorted: &[usize]) -> f64 {
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2] as f64,
        n => (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0,
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Grapheme clusters, with and without whitespace.
///
/// UAX #29 never joins two "simple" code points ([`is_simple`]: below U+0300, the General
/// Punctuation block and the currency symbols, all Other, Control, CR or LF for its rules)
/// except CR LF, so a boundary between two simple code points is certain. The text is cut at
/// those boundaries; a piece of one simple code point (or CR LF) is one cluster, and only the
/// pieces around a combining mark, an emoji or a Hangul syllable go through the full
/// segmentation (French and English news have almost none: `’`, `«`, `—`, narrow no-break
/// spaces and `€` are all simple).
fn count_characters(text: &str) -> (usize, usize) {
    if text.is_ascii() {
        let spaces = text.bytes().filter(u8::is_ascii_whitespace).count();
        // CR LF is one character, as it is one grapheme cluster.
        let crlf = text.as_bytes().windows(2).filter(|w| w == b"\r\n").count();
        return (text.len() - crlf, text.len() - spaces);
    }
    let (mut all, mut blank) = (0, 0);
    let mut count_piece = |piece: &str| {
        let mut chars = piece.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => {
                all += 1;
                blank += usize::from(is_blank_char(c));
            }
            (Some('\r'), Some('\n')) if chars.next().is_none() => {
                all += 1;
                blank += 1;
            }
            _ => {
                for g in piece.graphemes(true) {
                    all += 1;
                    blank += usize::from(g.chars().all(is_blank_char));
                }
            }
        }
    };
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if let Some(p) = prev {
            if is_simple(p) && is_simple(c) && !(p == '\r' && c == '\n') {
                count_piece(&text[start..i]);
                start = i;
            }
        }
        prev = Some(c);
    }
    if start < text.len() {
        count_piece(&text[start..]);
    }
    (all, all - blank)
}

/// A code point that no rule of UAX #29 but CR LF joins to its neighbour (see
/// [`count_characters`]): below U+0300 (the combining marks start there), or U+2000–U+20CF
/// but the zero-width non-joiner and joiner.
fn is_simple(c: char) -> bool {
    let c = u32::from(c);
    c < 0x300 || ((0x2000..=0x20CF).contains(&c) && c != 0x200C && c != 0x200D)
}

/// Notes on what the input holds: emptiness, control characters, undecodable characters.
fn input_notes(text: &str) -> Vec<Note> {
    let mut notes = Vec::new();
    if text.chars().all(is_blank_char) {
        let message = if text.is_empty() {
            "The text is empty: paste, type or drop an article."
        } else {
            "The text holds only spaces and line breaks."
        };
        notes.push(Note {
            code: "empty",
            message: message.into(),
        });
        return notes;
    }
    let mut control = 0usize;
    let mut replacement = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\u{FFFD}' {
            replacement += 1;
        } else if c.is_control() && !c.is_whitespace() {
            control += 1;
        }
    }
    let odd = control + replacement;
    if odd >= BINARY_MIN_CHARS && odd as f64 > BINARY_SHARE * total as f64 {
        notes.push(Note {
            code: "binary",
            message: format!(
                "This looks like binary data rather than text ({control} control and {replacement} undecodable characters out of {total}); the figures below are unlikely to mean much."
            ),
        });
    } else {
        if control > 0 {
            notes.push(Note {
                code: "control",
                message: format!("The text holds {control} invisible control characters (such as NUL); they are not counted as words."),
            });
        }
        if replacement > 0 {
            notes.push(Note {
                code: "replacement",
                message: format!("{replacement} characters could not be decoded (invalid UTF-8 or lone surrogates) and show as \u{FFFD}."),
            });
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(text: &str) -> TextStats {
        analyse(text, &StatsOptions::default(), &Stopwords::new())
    }

    #[test]
    fn counts_a_small_french_text() {
        let s = stats("Le chat dort.\n\nMme Durand arrive. Elle sourit !");
        assert_eq!(
            (s.words, s.sentences, s.paragraphs, s.headings),
            (8, 3, 2, 0)
        );
        assert_eq!(s.histogram[0].count, 3);
    }

    #[test]
    fn empty_and_binary_inputs_get_notes() {
        assert_eq!(stats("").notes[0].code, "empty");
        assert_eq!(stats(" \n\t ").notes[0].code, "empty");
        let junk: String = (0u8..=255).map(char::from).cycle().take(4000).collect();
        let s = stats(&junk);
        assert!(s.notes.iter().any(|n| n.code == "binary"), "{:?}", s.notes);
        assert!(stats("Une phrase normale avec un\0 NUL dedans.")
            .notes
            .iter()
            .any(|n| n.code == "control"));
    }

    #[test]
    fn characters_are_graphemes() {
        assert_eq!(count_characters("e\u{301}t\u{e9} 👩‍👩‍👧\r\n"), (6, 4));
        assert_eq!(count_characters("ab c\r\n"), (5, 3));
    }

    /// The cut at certain boundaries counts exactly what the full segmentation counts, on
    /// texts that mix simple code points with marks, emoji, ZWJ sequences, flags, Hangul,
    /// prepended marks, CR LF and controls at every position.
    #[test]
    fn character_count_matches_the_full_segmentation() {
        let full = |text: &str| {
            let all = text.graphemes(true).count();
            let blank = text
                .graphemes(true)
                .filter(|g| g.chars().all(is_blank_char))
                .count();
            (all, all - blank)
        };
        let pieces = [
            "e",
            "\u{301}",
            "é",
            "’",
            "«\u{202f}",
            "—",
            "€",
            "©",
            "\u{200d}",
            "👩",
            "🇫",
            "🇷",
            "\r",
            "\n",
            " ",
            "\u{0600}",
            "1",
            "\u{1100}",
            "\u{1161}",
            "각",
            "\u{0915}",
            "\u{094d}",
            "\u{200c}",
            "\u{00ad}",
            "\t",
            "\u{2028}",
            "‼",
            "\u{fe0f}",
            "a",
        ];
        let mut state = 12345u64;
        for _ in 0..3000 {
            let mut text = String::from("é");
            for _ in 0..12 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            assert_eq!(count_characters(&text), full(&text), "{text:?}");
        }
    }
}
