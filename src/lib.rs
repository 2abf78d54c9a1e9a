//! # Article Analyser
//!
//! Reads news articles: text statistics (counts, reading time, readability per language,
//! sentence difficulty, frequent terms), in French, English and any Unicode text. The same
//! core runs natively (the `article-analyser` CLI) and in the browser (WebAssembly, through
//! the thin binding in `wasm.rs`, the only file that knows JavaScript exists).
//!
//! Inside the core every span is a UTF-8 byte range ([`Span`]); results meant for JSON are
//! rewritten to UTF-16 code units by [`Analyser::stats_json`] so that JavaScript's
//! `text.slice(start, end)` is exact.
//!
//! ```
//! use article_analyser::{Analyser, Options};
//!
//! let analyser = Analyser::new();
//! let text = "Le président a parlé lundi. « Nous tiendrons », a-t-il dit.";
//! let stats = analyser.stats(text, &Options::default()).unwrap();
//! assert_eq!(stats.words, 9); // "«" and "»," hold no letter or digit
//! assert_eq!(stats.sentences, 2);
//! assert_eq!(stats.language.code, "fr");
//! let first = stats.sentence_details[0].span;
//! assert_eq!(&text[first.range()], "Le président a parlé lundi.");
//! ```

pub mod corpus;
pub mod dedup;
pub mod entities;
pub mod error;
pub mod jsonl;
pub mod lang;
pub mod name_terms;
pub mod nfc;
pub mod offsets;
pub mod quotations;
pub mod readability;
pub mod segment;
pub mod span;
pub mod stats;
pub mod style;
pub mod syllables;
pub mod vocabulary;
pub mod word_break;

/// The JavaScript API (WebAssembly builds only).
#[cfg(target_arch = "wasm32")]
pub mod wasm_api {
    pub use crate::wasm::{Analyser, DuplicateFinder};
}
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use lang::Language;
pub use span::Span;
pub use stats::{StatsOptions, TextStats};

pub use offsets::Units;
use offsets::{ConvertOffsets, OffsetIndex};
use serde::Deserialize;

/// The largest text accepted, in bytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Options as the CLI and JavaScript give them (all optional, camelCase in JSON).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// ISO 639-1/639-3 code, or `"auto"` (the default) to detect it.
    pub language: Option<String>,
    /// Reading speed in words per minute.
    pub reading_wpm: Option<f64>,
    /// Speaking speed in words per minute.
    pub speaking_wpm: Option<f64>,
    /// How many frequent terms to return.
    pub top_terms: Option<usize>,
    /// Count each name of several words the entity layer finds (written in full at least
    /// twice) as one frequent term (see [`name_terms`]); costs an entity analysis.
    pub names_as_terms: Option<bool>,
}

impl Options {
    /// Checks the options and turns them into [`StatsOptions`].
    ///
    /// # Errors
    /// [`Error::UnknownLanguage`] for a language code nobody knows, [`Error::BadOptions`] for a
    /// speed that is not a positive number.
    pub fn to_stats_options(&self) -> Result<StatsOptions, Error> {
        let language = match self.language.as_deref().map(str::trim) {
            None | Some("" | "auto") => None,
            Some(code) => Some(Language::from_code(code)?),
        };
        for (name, value) in [
            ("readingWpm", self.reading_wpm),
            ("speakingWpm", self.speaking_wpm),
        ] {
            if let Some(v) = value {
                if !(v.is_finite() && v > 0.0 && v < 10_000.0) {
                    return Err(Error::BadOptions(format!(
                        "{name} must be a number of words per minute between 0 and 10000, not {v}"
                    )));
                }
            }
        }
        Ok(StatsOptions {
            language,
            reading_wpm: self.reading_wpm,
            speaking_wpm: self.speaking_wpm,
            top_terms: self.top_terms.unwrap_or(stats::DEFAULT_TOP_TERMS).min(500),
        })
    }
}

/// The analyser: stopword lists and other tables, built once and reused for every text.
#[derive(Debug, Clone, Default)]
pub struct Analyser {
    stopwords: vocabulary::Stopwords,
    /// Built on the first call that needs it: decoding the gazetteers costs about a sixth of
    /// the statistics of 300 KB (93 M of 568 M instructions, callgrind), which a caller that
    /// wants statistics only, or wants them first (the page), should not wait for.
    recogniser: std::sync::OnceLock<entities::Recogniser>,
}

impl Analyser {
    /// Builds the analyser.
    #[must_use]
    pub fn new() -> Self {
        Self {
            stopwords: vocabulary::Stopwords::new(),
            recogniser: std::sync::OnceLock::new(),
        }
    }

    /// Builds the entity recogniser now instead of on the first entities call.
    #[cfg(not(feature = "external-gazetteers"))]
    pub fn prepare_entities(&self) {
        self.recogniser.get_or_init(entities::Recogniser::new);
    }

    /// Gives the analyser its entity lists, read from `bundle` (see
    /// [`entities::gazetteer::Gazetteer::from_bundle`]): the page's build (feature
    /// `external-gazetteers`) has none embedded and fetches them after its first statistics.
    /// Lists already there are kept.
    ///
    /// # Errors
    /// [`Error::EntityData`] for a bundle that cannot be read.
    pub fn load_gazetteers(&self, bundle: &str) -> Result<(), Error> {
        if self.recogniser.get().is_some() {
            return Ok(());
        }
        let gazetteer =
            entities::gazetteer::Gazetteer::from_bundle(bundle).map_err(Error::EntityData)?;
        let _ = self
            .recogniser
            .set(entities::Recogniser::with_gazetteer(gazetteer));
        Ok(())
    }

    /// The recogniser: built from the embedded lists on first use, or the lists given to
    /// [`Analyser::load_gazetteers`] in the page's build.
    fn recogniser(&self) -> Result<&entities::Recogniser, Error> {
        #[cfg(not(feature = "external-gazetteers"))]
        return Ok(self.recogniser.get_or_init(entities::Recogniser::new));
        #[cfg(feature = "external-gazetteers")]
        return self.recogniser.get().ok_or_else(|| {
            Error::EntityData("they have not been loaded yet (load_gazetteers)".into())
        });
    }

    /// Statistics of `text`, with byte spans.
    ///
    /// # Errors
    /// [`Error::TooLarge`] past [`MAX_TEXT_BYTES`]; option errors from [`Options::to_stats_options`].
    pub fn stats(&self, text: &str, options: &Options) -> Result<TextStats, Error> {
        check_size(text)?;
        let stats_options = options.to_stats_options()?;
        let mut stats = stats::analyse(text, &stats_options, &self.stopwords);
        if options.names_as_terms == Some(true) {
            self.count_names_as_terms(text, &mut stats, stats_options.top_terms)?;
        }
        Ok(stats)
    }

    /// The frequent terms of `stats` with the names of `text` as terms (see [`name_terms`]).
    fn count_names_as_terms(
        &self,
        text: &str,
        stats: &mut TextStats,
        top: usize,
    ) -> Result<(), Error> {
        let report = self.entities(text)?;
        stats.vocabulary.top_terms =
            name_terms::with_names(&stats.vocabulary.top_terms, &report, text, top);
        Ok(())
    }

    /// Statistics of `text` with UTF-16 spans: what the CLI prints and JavaScript receives.
    ///
    /// # Errors
    /// As [`Analyser::stats`].
    pub fn stats_json(&self, text: &str, options: &Options) -> Result<TextStats, Error> {
        self.stats_in(text, options, Units::Utf16)
    }

    /// Statistics of `text` with spans in `units` (code points for Python).
    ///
    /// # Errors
    /// As [`Analyser::stats`].
    pub fn stats_in(
        &self,
        text: &str,
        options: &Options,
        units: Units,
    ) -> Result<TextStats, Error> {
        let mut stats = self.stats(text, options)?;
        stats.convert_offsets(&OffsetIndex::new(text, units));
        Ok(stats)
    }
}

impl Analyser {
    /// Named entities, dates, numbers, amounts and quotations of `text`, with byte offsets.
    ///
    /// # Errors
    /// [`Error::TooLarge`] past [`MAX_TEXT_BYTES`].
    pub fn entities(&self, text: &str) -> Result<entities::EntityReport, Error> {
        check_size(text)?;
        // Read in NFC, so that decomposed accents find the word lists; spans mapped back.
        let composed = nfc::Composed::new(text);
        let recogniser = self.recogniser()?;
        let mut report = recogniser.recognise(composed.text(), &self.stopwords);
        if composed.is_changed() {
            report.map_offsets(text, |at| composed.start(at), |at| composed.end(at));
        }
        Ok(report)
    }

    /// [`Analyser::entities`] with UTF-16 offsets: what the CLI prints and JavaScript receives.
    ///
    /// # Errors
    /// As [`Analyser::entities`].
    pub fn entities_json(&self, text: &str) -> Result<entities::EntityReport, Error> {
        self.entities_in(text, Units::Utf16)
    }

    /// [`Analyser::entities`] with offsets in `units` (code points for Python).
    ///
    /// # Errors
    /// As [`Analyser::entities`].
    pub fn entities_in(&self, text: &str, units: Units) -> Result<entities::EntityReport, Error> {
        let mut report = self.entities(text)?;
        report.convert_offsets(&OffsetIndex::new(text, units));
        Ok(report)
    }
}

impl Analyser {
    /// The `top` distinctive terms of each of `documents` (id, text) against the others
    /// (TF-IDF, see [`corpus`]).
    ///
    /// # Errors
    /// [`Error::TooLarge`] when a text is past [`MAX_TEXT_BYTES`].
    pub fn distinctive_terms(
        &self,
        documents: &[(&str, &str)],
        top: usize,
    ) -> Result<Vec<corpus::DocumentTerms>, Error> {
        for (_, text) in documents {
            check_size(text)?;
        }
        Ok(corpus::distinctive_terms(documents, &self.stopwords, top))
    }
}

impl Analyser {
    /// The quotations shared by several of `documents` (id, text): one item each, with its
    /// speaker, the articles that carry it and each copy's word differences from the wording most
    /// of them carry (see [`quotations`]). Byte offsets.
    ///
    /// # Errors
    /// [`Error::TooLarge`] when a text is past [`MAX_TEXT_BYTES`].
    pub fn shared_quotations(
        &self,
        documents: &[(&str, &str)],
    ) -> Result<quotations::QuotationsReport, Error> {
        self.shared_quotations_in_units(documents, None)
    }

    /// [`Analyser::shared_quotations`] with offsets in `units` (UTF-16 for JSON and JavaScript).
    ///
    /// # Errors
    /// As [`Analyser::shared_quotations`].
    pub fn shared_quotations_in(
        &self,
        documents: &[(&str, &str)],
        units: Units,
    ) -> Result<quotations::QuotationsReport, Error> {
        self.shared_quotations_in_units(documents, Some(units))
    }

    fn shared_quotations_in_units(
        &self,
        documents: &[(&str, &str)],
        units: Option<Units>,
    ) -> Result<quotations::QuotationsReport, Error> {
        let mut finder = quotations::QuotationFinder::new(units);
        for &(id, text) in documents {
            finder.add(id, text, &self.entities(text)?);
        }
        Ok(finder.finish())
    }
}

fn check_size(text: &str) -> Result<(), Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TooLarge {
            bytes: text.len(),
            limit: MAX_TEXT_BYTES,
        });
    }
    Ok(())
}
