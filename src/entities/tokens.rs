//! The token stream the recognisers read: words (letters and marks, joined across internal
//! hyphens and non-elision apostrophes: `Jong-Un`, `O'Brien`, `aujourd'hui`), French elided
//! articles as their own tokens (`l'`, `d'`, `qu'`), numbers (digits with internal `.`/`,` and
//! space-grouped thousands: `3,5`, `4.2`, `1 200 000`), and single punctuation marks. Each
//! token knows whether a line break or a space precedes it.

use crate::span::Span;

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

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c)
}

/// Tokenises `text`.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::with_capacity(text.len() / 5);
    let (mut space, mut line) = (false, false);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}') {
            space = true;
            line |= crate::segment::is_line_break(c);
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            kind = Kind::Word;
            i += 1;
            loop {
                match at(i) {
                    Some(c) if is_word_char(c) || c.is_ascii_digit() => i += 1,
                    Some(c) if is_hyphen(c) && at(i + 1).is_some_and(is_word_char) => i += 1,
                    Some(c) if is_apostrophe(c) && at(i + 1).is_some_and(is_word_char) => {
                        let head: String = chars[start..i]
                            .iter()
                            .map(|&(_, c)| c)
                            .collect::<String>()
                            .to_lowercase();
                        if ELIDED.contains(&head.as_str()) {
                            i += 1; // the apostrophe ends the elided word
                            break;
                        }
                        i += 1;
                    }
                    _ => break,
                }
            }
        } else if c.is_ascii_digit() {
            kind = Kind::Number;
            i += 1;
            // Thousands may be grouped by a (narrow, no-break) space when the first group has at
            // most three digits and every later group exactly three: "1 200 000", not "2024 600".
            let mut grouped = false;
            loop {
                match at(i) {
                    Some(d) if d.is_ascii_digit() && !grouped => i += 1,
                    Some('.' | ',')
                        if at(i + 1).is_some_and(|d| d.is_ascii_digit()) && !grouped =>
                    {
                        i += 1
                    }
                    Some(' ' | '\u{A0}' | '\u{202F}')
                        if (grouped
                            || (i - start <= 3
                                && chars[start..i].iter().all(|&(_, d)| d.is_ascii_digit())))
                            && (1..=3).all(|k| at(i + k).is_some_and(|d| d.is_ascii_digit()))
                            && !at(i + 4).is_some_and(|d| d.is_ascii_digit()) =>
                    {
                        i += 4;
                        grouped = true;
                    }
                    Some(',' | '.') if grouped && at(i + 1).is_some_and(|d| d.is_ascii_digit()) => {
                        i += 1;
                        while at(i).is_some_and(|d| d.is_ascii_digit()) {
                            i += 1;
                        }
                        break;
                    }
                    _ => break,
                }
            }
        } else {
            kind = Kind::Punct;
            i += 1;
        }
        out.push(Token {
            span: Span::new(byte(start), byte(i)),
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
        assert_eq!(
            words("en 2024 600 militaires"),
            ["en", "2024", "600", "militaires"]
        );
    }
}
