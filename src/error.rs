//! The one error type of the crate.

use std::fmt;

/// Bytes in a mebibyte: sizes are said in MiB, as the limits are set (64 MiB = 67.1 MB).
const MIB: f64 = 1024.0 * 1024.0;

/// Everything that can go wrong, each with a message that says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The text is longer than the analyser accepts.
    TooLarge {
        /// Size of the text in bytes.
        bytes: usize,
        /// The largest accepted size in bytes.
        limit: usize,
    },
    /// More text in all than a duplicate search accepts.
    SetTooLarge {
        /// The largest accepted size of a set in bytes.
        limit: usize,
    },
    /// More documents than a duplicate search accepts.
    TooManyDocuments {
        /// The largest accepted number of documents.
        limit: usize,
    },
    /// A language code that the analyser does not know.
    UnknownLanguage(String),
    /// Options that could not be read (bad type or value).
    BadOptions(String),
    /// The entity lists are not loaded (a build that fetches them: see
    /// [`crate::Analyser::load_gazetteers`]), or could not be read.
    EntityData(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes, limit } => write!(
                f,
                "the text is {:.1} MiB, more than the {:.0} MiB this analyser accepts; split it into several documents",
                *bytes as f64 / MIB,
                *limit as f64 / MIB
            ),
            Self::SetTooLarge { limit } => write!(
                f,
                "more than {:.0} MiB of text in one set; compare the rest in another set",
                *limit as f64 / MIB
            ),
            Self::TooManyDocuments { limit } => write!(
                f,
                "more than {limit} documents in one set; compare them in several batches"
            ),
            Self::UnknownLanguage(code) => write!(
                f,
                "unknown language code {code:?}; use an ISO 639-1 or 639-3 code such as \"fr\", \"en\" or \"deu\", or \"auto\""
            ),
            Self::BadOptions(why) => write!(f, "bad options: {why}"),
            Self::EntityData(why) => write!(f, "the entity lists are not available: {why}"),
        }
    }
}

impl std::error::Error for Error {}
