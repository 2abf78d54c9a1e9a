//! Word tokens: the UAX #29 word segments (Unicode Standard Annex #29, "Word Boundaries") that
//! hold a letter or a digit, with segments joined by a hyphen and no space (`Saint-Malo`,
//! `nord-coréens`) kept as one token.
//!
//! Most news text is Latin letters, digits, ASCII punctuation and a few typographic marks, for
//! which the annex's rules reduce to a handful: letters, digits and `_` join one another (WB5,
//! WB8–WB10, WB13a–b); a letter, `:` `·` `.` `'` `’` `‘`, and a letter join (WB6–WB7); a digit,
//! `,` `;` `.` `'` `’` `‘`, and a digit join (WB11–WB12); everything else stands alone. The text
//! is read in stretches between ASCII whitespace (where the annex always breaks, and where no
//! token can join across); a stretch made only of those characters is segmented here, byte by
//! byte, and any other stretch by unicode-segmentation's full implementation, started at the
//! whitespace before it so that the rules see the same context. The two give the same tokens
//! (a property test compares them on random text of every kind of character).

use unicode_segmentation::UnicodeSegmentation;

/// The word-break classes of the characters the fast path reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Numeric,
    ExtendNumLet,
    MidLetter,
    MidNum,
    /// MidNumLet and Single_Quote: both join letters and digits alike (WB6, WB7, WB11, WB12).
    MidNumLetQ,
    Other,
}

/// The class of `c`, or `None` for a character the fast path leaves to the full rules.
fn class(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Numeric,
        '_' => Class::ExtendNumLet,
        ':' | '\u{B7}' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Class::MidNumLetQ,
        '!'..='~' => Class::Other, // the rest of ASCII's punctuation and symbols
        '\u{A0}' | '\u{AB}' | '\u{BB}' | '\u{2013}' | '\u{2014}' | '\u{201C}' | '\u{201D}' => {
            Class::Other
        }
        '\u{D7}' | '\u{F7}' => return None,
        '\u{C0}'..='\u{17F}' => Class::Letter, // Latin-1 letters and Latin Extended-A
        _ => return None,
    })
}

const fn is_word(class: Class) -> bool {
    matches!(class, Class::Letter | Class::Numeric | Class::ExtendNumLet)
}

/// Whether `mid` between `before` and `after` keeps them in one segment (WB6/7, WB11/12).
const fn joins(before: Class, mid: Class, after: Class) -> bool {
    matches!(
        (before, mid, after),
        (
            Class::Letter,
            Class::MidLetter | Class::MidNumLetQ,
            Class::Letter
        ) | (
            Class::Numeric,
            Class::MidNum | Class::MidNumLetQ,
            Class::Numeric
        )
    )
}

/// The word tokens of `stretch` (no ASCII whitespace in it) as byte ranges from `base`, pushed
/// to `out`; `false`, with `out` as it was, when a character is not one the fast path reads.
/// `chars` is scratch space.
fn fast_stretch(
    stretch: &str,
    base: usize,
    chars: &mut Vec<(usize, Class)>,
    out: &mut Vec<(usize, usize)>,
) -> bool {
    chars.clear();
    for (i, c) in stretch.char_indices() {
        let Some(k) = class(c) else {
            return false;
        };
        chars.push((i, k));
    }
    let kept = out.len();
    let end_of = |j: usize| chars.get(j).map_or(stretch.len(), |&(i, _)| i);
    let mut j = 0;
    while j < chars.len() {
        let (start, first) = chars[j];
        if !is_word(first) {
            j += 1;
            continue;
        }
        // One segment: letters, digits and `_` with the joining marks between them.
        let mut last = first;
        let mut alphanumeric = first != Class::ExtendNumLet;
        j += 1;
        while j < chars.len() {
            let k = chars[j].1;
            if is_word(k) {
                last = k;
                j += 1;
            } else if j + 1 < chars.len() && joins(last, k, chars[j + 1].1) {
                last = chars[j + 1].1;
                j += 2;
            } else {
                break;
            }
            alphanumeric |= last != Class::ExtendNumLet;
        }
        if !alphanumeric {
            continue;
        }
        let end = end_of(j);
        // A hyphen between the token before and this segment, which starts with a letter or a digit.
        let joined = first != Class::ExtendNumLet
            && out.len() > kept
            && out.last().is_some_and(|&(_, prev_end)| {
                prev_end + 1 == base + start && stretch.as_bytes()[start - 1] == b'-'
            });
        if joined {
            if let Some(prev) = out.last_mut() {
                prev.1 = base + end;
            }
        } else {
            out.push((base + start, base + end));
        }
    }
    true
}

/// The word tokens of `text[from..to]` by unicode-segmentation, `from` at a whitespace byte or
/// the start (so that the rules see what precedes the stretch), as byte ranges of `text`.
fn full_stretch(text: &str, from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
    let part = &text[from..to];
    let mut segments = part.split_word_bound_indices().peekable();
    while let Some((start, first)) = segments.next() {
        if !first.chars().any(char::is_alphanumeric) {
            continue;
        }
        let mut end = start + first.len();
        // Absorb "-word" pairs that follow directly.
        while let Some(&(at, sep)) = segments.peek() {
            let is_hyphen = at == end && matches!(sep, "-" | "\u{2010}" | "\u{2011}");
            let next_is_word = part[at + sep.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            if !(is_hyphen && next_is_word) {
                break;
            }
            segments.next();
            if let Some((_, word)) = segments.next() {
                end = at + sep.len() + word.len();
            }
        }
        out.push((from + start, from + end));
    }
}

const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C')
}

/// The word tokens of `text` with their byte offsets (see the module documentation).
pub fn word_tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut ready: Vec<(usize, usize)> = Vec::new();
    let mut scratch: Vec<(usize, Class)> = Vec::new();
    let mut next = 0;
    std::iter::from_fn(move || loop {
        if next < ready.len() {
            let (s, e) = ready[next];
            next += 1;
            return Some((s, &text[s..e]));
        }
        ready.clear();
        next = 0;
        while at < bytes.len() && is_ascii_space(bytes[at]) {
            at += 1;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() && !is_ascii_space(bytes[at]) {
            at += 1;
        }
        if !fast_stretch(&text[start..at], start, &mut scratch, &mut ready) {
            full_stretch(text, start.saturating_sub(1), at, &mut ready);
        }
    })
}

/// The same tokens by unicode-segmentation alone over the whole text (for the tests).
#[cfg(test)]
pub(crate) fn word_tokens_full(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    full_stretch(text, 0, text.len(), &mut out);
    out.into_iter().map(|(s, e)| (s, &text[s..e])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(text: &str) -> Vec<(usize, &str)> {
        let fast: Vec<_> = word_tokens(text).collect();
        assert_eq!(fast, word_tokens_full(text), "{text:?}");
        fast
    }

    /// Pieces of text of every kind the two paths must agree on: the fast path's characters,
    /// characters next to them that it leaves to the full rules, and whitespace.
    #[cfg(not(target_arch = "wasm32"))]
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "é",
        "ß",
        "ſ",
        "Œ",
        "3",
        "0",
        "_",
        ":",
        "·",
        ",",
        ";",
        ".",
        "'",
        "’",
        "‘",
        "-",
        "\u{2010}",
        "\u{2011}",
        " ",
        "\n",
        "\t",
        "\r\n",
        "\u{b}",
        "\u{a0}",
        "\u{202f}",
        "«",
        "»",
        "–",
        "—",
        "“",
        "”",
        "…",
        "\u{301}",
        "\u{200d}",
        "\u{200e}",
        "\u{ad}",
        "🎉",
        "🇫🇷",
        "東",
        "ア",
        "م",
        "ª",
        "µ",
        "×",
        "%",
        "@",
        "\"",
        "ǅ",
        "ω",
        "٣",
        "U.S.",
        "l'",
        "aujourd'hui",
        "3,5",
    ];

    // (proptest is a native dev-dependency only.)
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn fast_and_full_paths_agree(
            parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
        ) {
            let text = parts.concat();
            let fast: Vec<_> = word_tokens(&text).collect();
            proptest::prop_assert_eq!(fast, word_tokens_full(&text), "{:?}", text);
        }
    }

    #[test]
    fn the_fast_path_agrees_with_the_annex() {
        let words = |t| both(t).into_iter().map(|(_, w)| w).collect::<Vec<_>>();
        assert_eq!(
            words("L'histoire d’une ville : Saint-Malo, 3,5 % en 2025-10-27 ; U.S. e.g. _x_ a-b-"),
            [
                "L'histoire",
                "d’une",
                "ville",
                "Saint-Malo",
                "3,5",
                "en",
                "2025-10-27",
                "U.S",
                "e.g",
                "_x_",
                "a-b"
            ]
        );
        words("« Non », a-t-il dit. — Très bien… 14h30 ! l’État n°3 ×2 µs ½ NBSP\u{a0}: x");
        words("Le\u{202F}%, 100\u{202F}000 €, naïve café\u{301} 東京 🎉‍ مرحبا a\u{ad}b");
        words(" \u{301}a \u{200d}b \u{200e}c\u{200e} -x -\u{2011}y");
    }
}
