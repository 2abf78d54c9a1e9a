//! UTF-8 byte offsets to the offsets of the language that reads them.
//!
//! Inside the core every span is a UTF-8 byte range. JavaScript strings (and the CLI's JSON,
//! which matches them) are indexed in UTF-16 code units; Python strings in code points. The
//! position of byte `b` (on a char boundary) is the number of bytes before `b` that start a
//! character, plus, in UTF-16, one more for each four-byte character (those take a surrogate
//! pair). [`OffsetIndex`] stores that count at every `BLOCK`-byte (64) boundary, so a lookup is
//! one table read plus a scan of less than one block, and pure-ASCII text (the common case for
//! offsets in English) takes a fast path with no table at all. Memory is one `u32` per block:
//! 1.25 MB for 20 MB of text. (The same idea as oxc's `utf8_to_utf16` and ruff's `LineIndex`.)

/// The byte offset of offset `at` counted in `units` in `text` (clamped to its length; a
/// position inside a surrogate pair gives the character's start). A scan from the start: for
/// the few lookups that go the other way (an excerpt asked for by its report offsets).
#[must_use]
pub fn byte_at(text: &str, at: usize, units: Units) -> usize {
    let mut count = 0;
    for (byte, c) in text.char_indices() {
        let width = match units {
            Units::Utf16 => c.len_utf16(),
            Units::CodePoints => 1,
        };
        if count + width > at {
            return byte;
        }
        count += width;
    }
    text.len()
}

/// Bytes per checkpoint of the index.
const BLOCK: usize = 64;

/// What an output offset counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Units {
    /// UTF-16 code units: JavaScript's `text.slice(start, end)`, and the CLI's JSON.
    #[default]
    Utf16,
    /// Unicode code points: Python's `text[start:end]`.
    CodePoints,
}

/// Converts byte offsets of one text to offsets in [`Units`].
#[derive(Debug, Clone)]
pub struct OffsetIndex<'t> {
    bytes: &'t [u8],
    units: Units,
    /// `checkpoints[i]` is the length in units of `bytes[..i * BLOCK]`; empty for ASCII text.
    checkpoints: Vec<u32>,
}

impl<'t> OffsetIndex<'t> {
    /// Builds the index for `text` in one pass.
    #[must_use]
    pub fn new(text: &'t str, units: Units) -> Self {
        let bytes = text.as_bytes();
        if text.is_ascii() {
            return Self {
                bytes,
                units,
                checkpoints: Vec::new(),
            };
        }
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count: u32 = 0;
        for chunk in bytes.chunks(BLOCK) {
            checkpoints.push(count);
            count += units_in(chunk, units);
        }
        checkpoints.push(count);
        Self {
            bytes,
            units,
            checkpoints,
        }
    }

    /// The offset in units of byte offset `byte` (clamped to the text's length).
    #[must_use]
    pub fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.checkpoints.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        self.checkpoints[block] as usize
            + units_in(&self.bytes[block * BLOCK..byte], self.units) as usize
    }

    /// Length of the whole text in units.
    #[must_use]
    pub fn len_units(&self) -> usize {
        self.at(self.bytes.len())
    }
}

/// Units encoded by the bytes of `chunk` (counting each character where it starts).
fn units_in(chunk: &[u8], units: Units) -> u32 {
    let astral = u32::from(units == Units::Utf16);
    chunk
        .iter()
        .map(|&b| u32::from(b & 0xC0 != 0x80) + astral * u32::from(b >= 0xF0))
        .sum()
}

/// Anything holding byte spans that can be rewritten to output offsets.
pub trait ConvertOffsets {
    /// Rewrites every offset in `self` from UTF-8 bytes to the index's units.
    fn convert_offsets(&mut self, index: &OffsetIndex<'_>);
}

impl ConvertOffsets for crate::Span {
    fn convert_offsets(&mut self, index: &OffsetIndex<'_>) {
        self.start = index.at(self.start);
        self.end = index.at(self.end);
    }
}

impl<T: ConvertOffsets> ConvertOffsets for Vec<T> {
    fn convert_offsets(&mut self, index: &OffsetIndex<'_>) {
        for item in self {
            item.convert_offsets(index);
        }
    }
}

impl<T: ConvertOffsets> ConvertOffsets for Option<T> {
    fn convert_offsets(&mut self, index: &OffsetIndex<'_>) {
        if let Some(item) = self {
            item.convert_offsets(index);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_at_inverts_the_index() {
        let text = "é🤨a日";
        let index = OffsetIndex::new(text, Units::Utf16);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(byte_at(text, index.at(byte), Units::Utf16), byte);
        }
        assert_eq!(
            byte_at(text, 2, Units::Utf16),
            2,
            "inside the emoji's pair: its start"
        );
        assert_eq!(byte_at(text, 3, Units::CodePoints), 7);
        assert_eq!(byte_at(text, 99, Units::Utf16), text.len());
    }

    fn reference(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn matches_encode_utf16_at_every_boundary() {
        let text = "Été à Zürich: 日本 🤨 👩‍👩‍👧 e\u{301}\r\nfin ".repeat(9);
        let index = OffsetIndex::new(&text, Units::Utf16);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(index.at(byte), reference(&text, byte), "at byte {byte}");
        }
        assert_eq!(index.len_units(), text.encode_utf16().count());
    }

    #[test]
    fn code_points_match_chars_at_every_boundary() {
        let text = "Été à Zürich: 日本 🤨 👩‍👩‍👧 e\u{301}\r\nfin ".repeat(9);
        let index = OffsetIndex::new(&text, Units::CodePoints);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                index.at(byte),
                text[..byte].chars().count(),
                "at byte {byte}"
            );
        }
    }

    #[test]
    fn ascii_is_identity() {
        let index = OffsetIndex::new("plain ascii", Units::Utf16);
        assert_eq!(index.at(5), 5);
        assert_eq!(index.at(500), 11);
    }
}
