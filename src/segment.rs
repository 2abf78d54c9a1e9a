//! Paragraphs, headings, sentences and words.
//!
//! * **Lines and paragraphs.** Lines end at LF, CR LF, CR, NEL, VT, FF, U+2028 and U+2029. A
//!   paragraph is a run of non-blank text between line breaks; blank lines (whitespace and
//!   zero-width characters only) separate nothing and count for nothing. A line that stops
//!   without end punctuation and is followed by a line starting in lower case is a hard-wrapped
//!   line and is joined to the next one.
//! * **Headings.** A paragraph of one line, at most [`MAX_HEADING_WORDS`] words and
//!   [`MAX_HEADING_CHARS`] characters, that does not end in punctuation (closing quotes and
//!   brackets aside) and is followed by another paragraph. A heading holds no sentences.
//! * **Sentences.** A rule-based scanner in the spirit of Kiss & Strunk's punkt heuristics and the
//!   UAX #29 sentence rules, written for news text: a run of end punctuation (`. ! ? …`, their
//!   CJK and Arabic forms, `?!`), with the closing quotes and brackets that follow it (French
//!   `! »` with its space included), ends a sentence when the next text starts like a sentence
//!   (a capital, a digit, an opening quote or bracket, a letter of a caseless script). A full
//!   stop does not end a sentence after a title or a common abbreviation (`M.`, `Mme`, `Dr`,
//!   `St.`, `p.`, `etc.` before lower case…), after a single-letter initial (`J. K. Rowling`),
//!   inside numbers (`3.5`) or URLs (no space follows), or in an elision mark `(…)` / `[...]`.
//!   A quotation inside a sentence (`« … », a déclaré …`) therefore never splits it. CJK full
//!   stops (`。！？`) end a sentence without a following space. A stretch without any word
//!   (`🤨 !`) is not a sentence.
//! * **Words.** Two notions. [`count_words`] is the user-facing count, as a word processor gives
//!   it: whitespace-separated tokens holding at least one letter or digit (`d'une`,
//!   `nord-coréenne` and `2025-10-27` are one word each, a lone `«` is none), except that each
//!   Han or kana character counts as a word, since those scripts do not separate words by
//!   spaces. [`word_tokens`] gives the UAX #29 word segments that hold a letter or digit (see
//!   [`crate::word_break`]): the units for syllables, vocabulary and readability.

use crate::span::{is_blank_char, Span};
use serde::Serialize;

/// Longest line, in words, that can be a heading.
pub const MAX_HEADING_WORDS: usize = 15;
/// Longest line, in characters, that can be a heading.
pub const MAX_HEADING_CHARS: usize = 150;

/// What kind of paragraph a block of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BlockKind {
    /// Running text, made of sentences.
    Paragraph,
    /// A short title line.
    Heading,
}

/// A paragraph or a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Where it is, without surrounding whitespace.
    pub span: Span,
    /// Paragraph or heading.
    pub kind: BlockKind,
}

/// One sentence of running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is, from its first to its last visible character.
    pub span: Span,
    /// Index of the block (in [`Segmentation::blocks`]) that holds it.
    pub block: usize,
}

/// The structure of a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraphs and headings, in text order.
    pub blocks: Vec<Block>,
    /// Sentences of the paragraphs (never of headings), in text order.
    pub sentences: Vec<Sentence>,
}

/// Splits `text` into paragraphs, headings and sentences.
#[must_use]
pub fn segment(text: &str) -> Segmentation {
    let lines: Vec<Span> = lines(text)
        .map(|line| line.trim(text))
        .filter(|line| !line.is_empty())
        .collect();
    let mut blocks: Vec<(Span, usize)> = Vec::new(); // (span, number of lines)
    for line in lines {
        match blocks.last_mut() {
            Some((last, count)) if is_wrapped(last.slice(text), line.slice(text)) => {
                last.end = line.end;
                *count += 1;
            }
            _ => blocks.push((line, 1)),
        }
    }
    let total = blocks.len();
    let mut segmentation = Segmentation::default();
    for (i, &(span, line_count)) in blocks.iter().enumerate() {
        let is_heading = line_count == 1 && i + 1 < total && looks_like_heading(span.slice(text));
        let kind = if is_heading {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        let block = segmentation.blocks.len();
        segmentation.blocks.push(Block { span, kind });
        if kind == BlockKind::Paragraph {
            segmentation
                .sentences
                .extend(sentences_in(text, span).map(|span| Sentence { span, block }));
        }
    }
    segmentation
}

/// Spans of the lines of `text`, without their line breaks. Scans bytes: every line break
/// starts with one of `\n \r \x0B \x0C` or the lead bytes of U+0085 (`C2`) and U+2028/9
/// (`E2`), and only those are decoded.
pub fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while at < bytes.len() {
            let b = bytes[at];
            let i = at;
            at += 1;
            if !matches!(b, b'\n' | b'\r' | 0x0B | 0x0C | 0xC2 | 0xE2) {
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                continue;
            };
            if is_line_break(c) {
                at = i + c.len_utf8();
                if c == '\r' && bytes.get(at) == Some(&b'\n') {
                    at += 1;
                }
                let line = Span::new(start, i);
                start = at;
                return Some(line);
            }
        }
        done = true;
        Some(Span::new(start, text.len()))
    })
}

/// True for characters that end a line.
#[must_use]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// A line that does not end a sentence followed by one that starts in lower case: one
/// paragraph, hard-wrapped.
fn is_wrapped(previous: &str, next: &str) -> bool {
    let ends_open = last_significant_char(previous).is_some_and(|c| !is_sentence_punct(c));
    let continues = next.chars().next().is_some_and(char::is_lowercase);
    ends_open && continues
}

/// The last character that is not a closing quote or bracket.
fn last_significant_char(line: &str) -> Option<char> {
    line.chars()
        .rev()
        .find(|&c| !is_closing(c) && !is_blank_char(c))
}

/// Punctuation that a heading does not end with.
fn is_sentence_punct(c: char) -> bool {
    is_terminator(c) || matches!(c, ',' | ';' | ':' | '，' | '；' | '：' | '、')
}

fn looks_like_heading(line: &str) -> bool {
    let has_letter = line.chars().any(char::is_alphabetic);
    has_letter
        && line.chars().count() <= MAX_HEADING_CHARS
        && count_words(line) <= MAX_HEADING_WORDS
        && last_significant_char(line).is_some_and(|c| !is_sentence_punct(c))
}

/// Characters that can end a sentence.
#[must_use]
pub fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '‽' | '⁇' | '⁈' | '⁉' | '؟' | '۔' | '।' | '॥' | '።'
    ) || is_fullwidth_terminator(c)
}

/// CJK end punctuation, which needs no space after it.
fn is_fullwidth_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Closing quotes and brackets.
#[must_use]
pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        '»' | '”'
            | '"'
            | '’'
            | '\''
            | ')'
            | ']'
            | '}'
            | '›'
            | '」'
            | '』'
            | '）'
            | '】'
            | '》'
            | '〉'
            | '〕'
    )
}

/// Opening quotes, brackets and dialogue dashes: a sentence may start with one.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '«' | '“'
            | '"'
            | '‘'
            | '\''
            | '('
            | '['
            | '{'
            | '‹'
            | '¿'
            | '¡'
            | '„'
            | '—'
            | '–'
            | '-'
            | '「'
            | '『'
            | '（'
            | '《'
            | '【'
    )
}

/// Can a sentence start with `c`? A capital, a digit, an opening mark, a letter of a caseless
/// script, or an emoji ("C'est fini. 🎉 On recommence.").
fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || is_opening(c)
        || (c.is_alphabetic() && !c.is_lowercase())
        || is_emoji(c)
}

/// Pictographs and emoji (the Misc Symbols, Dingbats and the pictographic planes).
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x2600..=0x27BF | 0x1F000..=0x1FAFF)
}

/// Titles and abbreviations after which a full stop never ends a sentence (compared as written).
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Drs", "Pr", "Prof", "St", "Ste", "Mr",
    "Mrs", "Ms", "Messrs", "Gen", "Gén", "Col", "Cdt", "Capt", "Lt", "Sgt", "Sen", "Rep", "Gov", "Rev", "Hon",
    "Fr",
];

/// Abbreviations after which a full stop never ends a sentence (compared in lower case).
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "n°", "vol", "p", "pp", "art", "ch", "chap", "fig", "cf", "env", "approx", "av", "apr", "bd",
    "éd", "ed", "dir", "coll", "trad", "vs", "ex", "e.g", "i.e", "janv", "févr", "avr", "juil", "sept", "oct",
    "nov", "déc", "jan", "feb", "mar", "jun", "jul", "aug", "sep", "dec", "tél", "resp", "hab", "mds", "mns",
    "min",
];

/// Abbreviations that end a sentence only when a capital follows (compared in lower case).
#[rustfmt::skip]
const MAY_END: &[&str] = &[
    "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "cie", "al",
];

/// Capitalised words that usually start a sentence rather than continue a name.
#[rustfmt::skip]
const STARTER_WORDS: &[&str] = &[
    "The", "A", "An", "In", "It", "He", "She", "We", "They", "This", "That", "But", "And", "As", "On", "At",
    "For", "If", "I", "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Un", "Une", "Ce", "Cette", "Ces",
    "Mais", "Et", "En", "Nous", "Vous", "Selon", "Pour", "Dans", "Depuis", "Après", "Avant", "Puis",
];

/// How a full stop after `token` behaves.
#[derive(Debug, PartialEq, Eq)]
enum Stop {
    /// Never ends a sentence.
    Never,
    /// Ends a sentence only before a capital letter.
    BeforeCapital,
    /// Ends a sentence only before a word that typically starts one ("The", "Il", "Mais"…).
    BeforeStarterWord,
    /// Ends a sentence before anything that can start one.
    Normal,
}

fn full_stop_after(token: &str) -> Stop {
    let token = token.trim_start_matches(is_opening);
    let Some(last) = token.chars().last() else {
        return Stop::Normal;
    };
    if !last.is_alphanumeric() {
        return Stop::Normal;
    }
    let lower = token.to_lowercase();
    if TITLES.contains(&token) || ABBREVIATIONS.contains(&lower.as_str()) {
        return Stop::Never;
    }
    let mut letters = token.chars();
    if letters.next().is_some_and(char::is_uppercase) && letters.next().is_none() {
        return Stop::Never; // an initial: "J. K. Rowling"
    }
    if MAY_END.contains(&lower.as_str()) {
        return Stop::BeforeCapital; // "etc. Puis"
    }
    if token.contains('.') {
        return Stop::BeforeStarterWord; // "U.S. Navy" but "the U.S. The"
    }
    Stop::Normal
}

/// The sentences of one paragraph, trimmed. Scans for end punctuation and looks at the
/// characters around each run; nothing is decoded twice or stored per character.
fn sentences_in(text: &str, paragraph: Span) -> impl Iterator<Item = Span> + '_ {
    let body = paragraph.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(run_start) = next_terminator(body, i) {
        let first = char_at(body, run_start).unwrap_or('.');
        // The run of end punctuation, and the closing quotes and brackets after it.
        let mut j = run_start;
        let mut single_full_stop = first == '.';
        loop {
            while let Some(d) = char_at(body, j).filter(|&d| is_terminator(d)) {
                if j > run_start {
                    single_full_stop = false;
                }
                j += d.len_utf8();
            }
            let mut k = j;
            while let Some(d) = char_at(body, k).filter(|&d| is_blank_char(d) && !is_line_break(d))
            {
                k += d.len_utf8();
            }
            match char_at(body, k) {
                Some(d) if is_closing(d) && !is_opening_use(body, k) => {
                    j = k + d.len_utf8();
                    while let Some(d) = char_at(body, j).filter(|&d| is_closing(d)) {
                        j += d.len_utf8();
                    }
                }
                _ => break,
            }
        }
        let token = last_word(body, run_start);
        if is_boundary(body, token, run_start, j, single_full_stop) {
            out.push(Span::new(paragraph.start + start, paragraph.start + j).trim(text));
            start = j;
        }
        i = j.max(run_start + first.len_utf8());
    }
    if start < body.len() {
        out.push(Span::new(paragraph.start + start, paragraph.end).trim(text));
    }
    // A "sentence" of punctuation or emoji alone ("…", "🤨 !") is not one.
    out.into_iter().filter(move |s| has_word(s.slice(text)))
}

/// The byte offset of the first end punctuation mark at or after byte `from` of `text`. Looks
/// at bytes: only a byte that can start a terminator (`.`, `!`, `?` or the lead byte of a
/// non-ASCII one) is decoded.
fn next_terminator(text: &str, from: usize) -> Option<usize> {
    const fn lead_bytes() -> [bool; 256] {
        let mut table = [false; 256];
        table[b'.' as usize] = true;
        table[b'!' as usize] = true;
        table[b'?' as usize] = true;
        // Lead bytes of the non-ASCII terminators (U+061F, U+06D4, U+0964, U+1362, U+2026…,
        // U+3002, U+FF01…), a superset checked by decoding.
        let mut b = 0xD8;
        while b <= 0xEF {
            table[b] = true;
            b += 1;
        }
        table
    }
    const LEAD: [bool; 256] = lead_bytes();
    let bytes = text.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        if LEAD[usize::from(bytes[at])] && char_at(text, at).is_some_and(is_terminator) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// The character starting at byte `at` of `text`, if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// The character ending at byte `at` of `text`, if any.
fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|head| head.chars().next_back())
}

/// Does `text` hold a word (`count_words(text) > 0`)? Stops at the first letter or digit.
fn has_word(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_alphanumeric() || is_spaceless_script(c))
}

/// A straight quote `"` or `'` (at byte `k`) followed directly by a letter opens rather than
/// closes.
fn is_opening_use(body: &str, k: usize) -> bool {
    matches!(char_at(body, k), Some('"' | '\''))
        && char_at(body, k + 1).is_some_and(char::is_alphanumeric)
}

/// Longest word, in bytes, read before an end mark: titles, abbreviations and initials are far
/// shorter, and a longer run (a URL, minified code) is judged on its last bytes.
const MAX_WORD_BEFORE: usize = 64;

/// The non-blank run of `body` that ends at the end mark at `run_start`, at most its last
/// [`MAX_WORD_BEFORE`] bytes: the scan back is bounded, so runs without spaces (`a.a.a.…`,
/// minified JSON) cost constant work per mark.
fn last_word(body: &str, run_start: usize) -> &str {
    let mut from = run_start.saturating_sub(MAX_WORD_BEFORE);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let window = &body[from..run_start];
    let start = window
        .char_indices()
        .rev()
        .find(|&(_, c)| is_blank_char(c))
        .map_or(0, |(b, c)| b + c.len_utf8());
    &window[start..]
}

/// Does the punctuation run at bytes `run_start..run_end` of `body`, after the word `token`,
/// end a sentence?
fn is_boundary(
    body: &str,
    token: &str,
    run_start: usize,
    run_end: usize,
    single_full_stop: bool,
) -> bool {
    let (Some(first), Some(next)) = (char_at(body, run_start), char_at(body, run_end)) else {
        return true;
    };
    // An elision mark "(…)" or "[...]" inside a sentence.
    if matches!(char_before(body, run_start), Some('(' | '[')) {
        return false;
    }
    let spaced = is_blank_char(next);
    let Some(starter) = body[run_end..].chars().find(|&c| !is_blank_char(c)) else {
        return true;
    };
    if is_fullwidth_terminator(first)
        || char_before(body, run_end).is_some_and(is_fullwidth_terminator)
    {
        return true;
    }
    if !spaced {
        // "fin.Le début": a missing space after a lower-case word, as OCR and hasty typing leave.
        let lower_word = token.chars().count() >= 2 && token.chars().all(char::is_lowercase);
        return lower_word && first != '…' && starter.is_uppercase();
    }
    if !starts_sentence(starter) {
        return false;
    }
    if single_full_stop {
        return match full_stop_after(token) {
            Stop::Never => false,
            Stop::BeforeCapital => starter.is_uppercase(),
            Stop::BeforeStarterWord => {
                let word = body[run_end..]
                    .trim_start_matches(is_blank_char)
                    .split(|c: char| !c.is_alphabetic())
                    .next();
                word.is_some_and(|w| STARTER_WORDS.contains(&w))
            }
            Stop::Normal => true,
        };
    }
    true
}

/// The user-facing word count of `text` (see the module documentation).
#[must_use]
pub fn count_words(text: &str) -> usize {
    // One pass: each blank-separated token counts its Han and kana characters, plus one if it
    // holds any other letter or digit. ASCII is decided without a table.
    let mut words = 0;
    let mut other = false;
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                other = true;
            } else if matches!(c, '\t'..='\r' | ' ') {
                words += usize::from(other);
                other = false;
            }
        } else if is_blank_char(c) {
            words += usize::from(other);
            other = false;
        } else if is_spaceless_script(c) {
            words += 1;
        } else if c.is_alphanumeric() {
            other = true;
        }
    }
    words + usize::from(other)
}

/// Han, hiragana and katakana: scripts written without spaces between words.
#[must_use]
pub fn is_spaceless_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// UAX #29 word segments of `text` that hold a letter or a digit, with their byte offsets;
/// segments joined by a hyphen with no space (`Saint-Malo`, `nord-coréens`) stay one token
/// (see [`crate::word_break`], which has a fast path for Latin text).
pub fn word_tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    crate::word_break::word_tokens(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn emoji_and_direction_marks() {
        assert_eq!(
            sentences("C'est fini. 🎉 On recommence demain."),
            ["C'est fini.", "🎉 On recommence demain."]
        );
        // A direction mark at the end of each line makes no heading of them.
        let text = "Le conseil a voté le budget.\u{200F}\nLes travaux commencent en mai.\u{200F}\n";
        let seg = segment(text);
        assert!(seg.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
        assert_eq!(seg.sentences.len(), 2);
    }

    #[test]
    fn titles_initials_and_decimals_do_not_split() {
        let text =
            "M. Durand et Mme Petit ont vu le Dr Martin. Il mesure 1.85 m. J. K. Rowling écrit.";
        assert_eq!(
            sentences(text),
            [
                "M. Durand et Mme Petit ont vu le Dr Martin.",
                "Il mesure 1.85 m.",
                "J. K. Rowling écrit."
            ]
        );
    }

    #[test]
    fn french_quotes_and_spacing() {
        let text = "« C'est fini ! » a-t-il dit. Vraiment ? Oui : « nous partons ». Ensuite, rien.";
        assert_eq!(
            sentences(text),
            [
                "« C'est fini ! » a-t-il dit.",
                "Vraiment ?",
                "Oui : « nous partons ».",
                "Ensuite, rien."
            ]
        );
    }

    #[test]
    fn quote_inside_sentence_does_not_split() {
        let text = "« Nous ne céderons pas », a déclaré la ministre. Elle est partie.";
        assert_eq!(sentences(text).len(), 2);
        let text = "\"We will not yield.\" The minister left. She said \"no\" twice.";
        assert_eq!(
            sentences(text),
            [
                "\"We will not yield.\"",
                "The minister left.",
                "She said \"no\" twice."
            ]
        );
    }

    #[test]
    fn ellipses() {
        let text = "Il hésite... puis repart. Il attend… Rien. Le texte (…) continue.";
        assert_eq!(
            sentences(text),
            [
                "Il hésite... puis repart.",
                "Il attend…",
                "Rien.",
                "Le texte (…) continue."
            ]
        );
    }

    #[test]
    fn etc_and_acronyms() {
        let text = "Pommes, poires, etc. sont là. Du pain, du vin, etc. Puis la U.S. Navy arrive.";
        assert_eq!(
            sentences(text),
            [
                "Pommes, poires, etc. sont là.",
                "Du pain, du vin, etc.",
                "Puis la U.S. Navy arrive."
            ]
        );
        let text = "Sanctions hit the U.S. The talks went on in 300 B.C. Athens.";
        assert_eq!(
            sentences(text),
            [
                "Sanctions hit the U.S.",
                "The talks went on in 300 B.C. Athens."
            ]
        );
    }

    #[test]
    fn cjk_and_missing_space() {
        assert_eq!(
            sentences("今日は晴れ。明日は雨！"),
            ["今日は晴れ。", "明日は雨！"]
        );
        assert_eq!(sentences("une fin.Le début."), ["une fin.", "Le début."]);
        assert_eq!(
            sentences("Voir exemple.com pour plus."),
            ["Voir exemple.com pour plus."]
        );
    }

    #[test]
    fn paragraphs_headings_and_wrapping() {
        let text = "Un titre court\r\n\r\nPremier paragraphe qui se\ncontinue ici. Fin.\n\n\n  \nDernier.\n\n\n";
        let seg = segment(text);
        let kinds: Vec<_> = seg
            .blocks
            .iter()
            .map(|b| (b.kind, b.span.slice(text)))
            .collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Heading, "Un titre court"),
                (
                    BlockKind::Paragraph,
                    "Premier paragraphe qui se\ncontinue ici. Fin."
                ),
                (BlockKind::Paragraph, "Dernier."),
            ]
        );
        assert_eq!(seg.sentences.len(), 3);
    }

    #[test]
    fn a_lone_line_is_text_not_heading() {
        let seg = segment("just a few words");
        assert_eq!(seg.blocks[0].kind, BlockKind::Paragraph);
        assert_eq!(seg.sentences.len(), 1);
    }

    #[test]
    fn hyphenated_words_stay_whole() {
        let tokens: Vec<&str> = word_tokens("Saint-Malo, nord-coréens - et 3-4 « x »")
            .map(|(_, w)| w)
            .collect();
        assert_eq!(tokens, ["Saint-Malo", "nord-coréens", "et", "3-4", "x"]);
    }

    #[test]
    fn word_counts() {
        assert_eq!(count_words("d'une nord-coréenne 2025-10-27 « x »"), 4);
        assert_eq!(count_words("日本語の文章 ok"), 7);
        assert_eq!(count_words("a\u{200B}b  🤨 …"), 2);
        assert_eq!(count_words(""), 0);
        for t in ["", "« … »", "🤨 !", "a", "日", "x y", "\u{200B}"] {
            assert_eq!(has_word(t), count_words(t) > 0, "{t:?}");
        }
    }
}
