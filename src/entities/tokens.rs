//! The token stream the recognisers read: words (letters and marks, joined across internal
//! hyphens and non-elision apostrophes: `Jong-Un`, `O'Brien`, `aujourd'hui`), French elided
//! articles as their own tokens (`l'`, `d'`, `qu'`), numbers (digits with internal `.`/`,` and
//! space-grouped thousands: `3,5`, `4.2`, `1 200 000`), and single punctuation marks. Each
//! token knows whether a line break or a space precedes it.

use crate::span::Span;
use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and digits after a letter: `G7`).
    Word,
    /// Digits.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: Kind,
    /// A space (of any kind) comes right before it.
    pub space_before: bool,
    /// A line break comes before it (since the previous token).
    pub line_before: bool,
}

const ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Hyphens, and the `¬` that OCR leaves where a word was broken across lines ("Poin¬caré").
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '¬')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Latin-1 and Latin Extended-A/B, where French and most European text lives, without the
    // Unicode table lookup: the letters, `ª`, `µ` and `º` (all alphabetic), not `×` or `÷`.
    if c < '\u{250}' {
        return matches!(c, 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='\u{24F}');
    }
    c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c)
}

/// `word` in lower case, borrowed when it already is (most words: no allocation).
pub fn lower_case(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        // Most words: a byte test, and ASCII lower-casing when needed.
        return if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
    }
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Tokenises `text`.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    // The character at byte `i`, if any (ASCII read straight from the bytes).
    let bytes = text.as_bytes();
    let at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    };
    let mut out = Vec::with_capacity(text.len() / 5);
    let (mut space, mut line) = (false, false);
    let mut i = 0;
    while let Some(c) = at(i) {
        if c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}') {
            space = true;
            line |= crate::segment::is_line_break(c);
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        i += c.len_utf8();
        if is_word_char(c) {
            kind = Kind::Word;
            while let Some(d) = at(i) {
                let next = || at(i + d.len_utf8());
                if is_word_char(d)
                    || d.is_ascii_digit()
                    || (is_hyphen(d) && next().is_some_and(is_word_char))
                {
                    i += d.len_utf8();
                } else if is_apostrophe(d) && next().is_some_and(is_word_char) {
                    // An English possessive ("Armenia's", "Macron’s", "Idaho's Snake River") is
                    // not part of the word; the names that hold one ("McDonald's", "People's
                    // Liberation Army") are joined again by the name finder.
                    let after = i + d.len_utf8();
                    let possessive = matches!(at(after), Some('s' | 'S'))
                        && !at(after + 1).is_some_and(|c| is_word_char(c) || c.is_ascii_digit());
                    if possessive {
                        break;
                    }
                    let head = &text[start..i];
                    i += d.len_utf8();
                    if head.len() <= 7 && ELIDED.iter().any(|e| e.eq_ignore_ascii_case(head)) {
                        break; // the apostrophe ends the elided word
                    }
                } else {
                    break;
                }
            }
        } else if c.is_ascii_digit() {
            kind = Kind::Number;
            // Thousands may be grouped by a (narrow, no-break) space when the first group has at
            // most three digits and every later group exactly three: "1 200 000", not "2024 600".
            let digit = |p: usize| text.as_bytes().get(p).is_some_and(u8::is_ascii_digit);
            let mut grouped = false;
            let mut plain = true; // only digits so far
            while let Some(d) = at(i) {
                if d.is_ascii_digit() && !grouped {
                    i += 1;
                } else if matches!(d, '.' | ',') && digit(i + 1) {
                    i += 1;
                    plain = false;
                    if grouped {
                        while digit(i) {
                            i += 1;
                        }
                        break;
                    }
                } else if matches!(d, ' ' | '\u{A0}' | '\u{202F}')
                    && (grouped || (plain && i - start <= 3))
                    && {
                        let after = i + d.len_utf8();
                        digit(after) && digit(after + 1) && digit(after + 2) && !digit(after + 3)
                    }
                {
                    i += d.len_utf8() + 3;
                    grouped = true;
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Punct;
        }
        out.push(Token {
            span: Span::new(start, i),
            kind,
            space_before: space,
            line_before: line,
        });
        space = false;
        line = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    #[test]
    fn words_numbers_and_elisions() {
        assert_eq!(
            words("l'Armée de Kim Jong-Un, aujourd'hui"),
            ["l'", "Armée", "de", "Kim", "Jong-Un", ",", "aujourd'hui"]
        );
        assert_eq!(
            words("3,5 millions d’euros et 1 200 000 $"),
            ["3,5", "millions", "d’", "euros", "et", "1 200 000", "$"]
        );
        assert_eq!(
            words("$4.2bn 2025-10-27"),
            ["$", "4.2", "bn", "2025", "-", "10", "-", "27"]
        );
        // The Latin fast path agrees with the Unicode tables.
        for c in '\u{80}'..'\u{250}' {
            assert_eq!(is_word_char(c), c.is_alphabetic(), "{c:?}");
        }
        assert_eq!(
            words("en 2024 600 militaires"),
            ["en", "2024", "600", "militaires"]
        );
    }
}
