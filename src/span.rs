//! Byte spans.
//!
//! Inside the core every range of text is a [`Span`] of UTF-8 byte offsets that always fall on
//! `char` boundaries, so `&text[span.range()]` never panics. Offsets leave the core only through
//! [`crate::offsets`], which turns them into UTF-16 code units for JavaScript and the CLI's JSON
//! (or code points for Python).

use serde::Serialize;
use std::ops::Range;

/// A half-open range `start..end` of UTF-8 byte offsets into one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (`start <= end`).
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The span as a `Range`, ready for slicing.
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// The text this span covers in `text`.
    #[must_use]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// The same span with surrounding whitespace (and zero-width format characters) removed.
    #[must_use]
    pub fn trim(self, text: &str) -> Self {
        let inner = self.slice(text);
        let lead = inner.len() - inner.trim_start_matches(is_blank_char).len();
        let trimmed = inner.trim_matches(is_blank_char);
        Self::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

/// Whitespace, or an invisible format character that behaves like nothing at all on screen
/// (zero-width space, joiners, word joiner, byte-order mark, soft hyphen, and the direction
/// marks, embeddings and isolates of bidirectional text).
#[must_use]
#[inline]
pub fn is_blank_char(c: char) -> bool {
    // ASCII first: nearly every character of Latin-script text, tested here one by one.
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | ' ');
    }
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{2060}'
                | '\u{FEFF}'
                | '\u{00AD}'
                | '\u{061C}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::is_blank_char;

    /// The ASCII fast path agrees with the definition on every character.
    #[test]
    fn blank_chars_are_whitespace_and_invisible_formats() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let defined = c.is_whitespace()
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
                    | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            assert_eq!(is_blank_char(c), defined, "{c:?}");
        }
    }
}
