//! Language identification.
//!
//! Detection is whatlang's trigram method (Cavnar & Trenkle 1994, with whatlang's own
//! per-script profiles for 70 languages), run on a bounded sample of the text ([`SAMPLE_BYTES`]
//! from the start, cut on a character boundary) so that a 50 MB paste costs no more than a page.
//! The user can override the guess with an ISO 639-1 or 639-3 code.

use crate::error::Error;
use serde::Serialize;
use whatlang::Lang;

/// How much of the text language detection reads.
pub const SAMPLE_BYTES: usize = 64 * 1024;

/// ISO 639-1 codes for the whatlang languages that have one.
const ISO_639_1: &[(Lang, &str)] = &[
    (Lang::Eng, "en"),
    (Lang::Fra, "fr"),
    (Lang::Deu, "de"),
    (Lang::Spa, "es"),
    (Lang::Ita, "it"),
    (Lang::Por, "pt"),
    (Lang::Nld, "nl"),
    (Lang::Rus, "ru"),
    (Lang::Ukr, "uk"),
    (Lang::Pol, "pl"),
    (Lang::Swe, "sv"),
    (Lang::Dan, "da"),
    (Lang::Nob, "nb"),
    (Lang::Fin, "fi"),
    (Lang::Tur, "tr"),
    (Lang::Ara, "ar"),
    (Lang::Heb, "he"),
    (Lang::Cmn, "zh"),
    (Lang::Jpn, "ja"),
    (Lang::Kor, "ko"),
    (Lang::Ell, "el"),
    (Lang::Ron, "ro"),
    (Lang::Hun, "hu"),
    (Lang::Ces, "cs"),
    (Lang::Slk, "sk"),
    (Lang::Cat, "ca"),
    (Lang::Hin, "hi"),
    (Lang::Vie, "vi"),
    (Lang::Tha, "th"),
    (Lang::Ind, "id"),
    (Lang::Bul, "bg"),
    (Lang::Hrv, "hr"),
    (Lang::Srp, "sr"),
    (Lang::Slv, "sl"),
    (Lang::Lit, "lt"),
    (Lang::Lav, "lv"),
    (Lang::Est, "et"),
    (Lang::Lat, "la"),
    (Lang::Epo, "eo"),
    (Lang::Pes, "fa"),
    (Lang::Afr, "af"),
    (Lang::Cym, "cy"),
    (Lang::Tam, "ta"),
    (Lang::Ben, "bn"),
    (Lang::Urd, "ur"),
];

/// A language, as the analyser uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language(pub Lang);

impl Language {
    /// French.
    pub const FRENCH: Self = Self(Lang::Fra);
    /// English.
    pub const ENGLISH: Self = Self(Lang::Eng);

    /// Parses an ISO 639-1 (`fr`) or 639-3 (`fra`) code, case-insensitively.
    ///
    /// # Errors
    /// [`Error::UnknownLanguage`] when no language has that code.
    pub fn from_code(code: &str) -> Result<Self, Error> {
        let lower = code.trim().to_ascii_lowercase();
        ISO_639_1
            .iter()
            .find(|(_, c)| *c == lower)
            .map(|&(l, _)| Self(l))
            .or_else(|| Lang::from_code(&lower).map(Self))
            .ok_or_else(|| Error::UnknownLanguage(code.to_owned()))
    }

    /// The shortest ISO code: 639-1 where there is one, else 639-3.
    #[must_use]
    pub fn code(self) -> &'static str {
        ISO_639_1
            .iter()
            .find(|(l, _)| *l == self.0)
            .map_or_else(|| self.0.code(), |&(_, c)| c)
    }

    /// The language's English name.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.0.eng_name()
    }
}

/// Where the language of an analysis came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum LanguageSource {
    /// Detected from the text.
    Detected,
    /// Chosen by the user.
    User,
    /// Too little text to tell; nothing language-specific is applied.
    Undetermined,
}

/// The language of a text, with how sure the analyser is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageGuess {
    /// ISO 639-1 code (639-3 where there is none), or `"und"` when undetermined.
    pub code: &'static str,
    /// English name of the language.
    pub name: &'static str,
    /// whatlang's confidence, 0 to 1 (1 when chosen by the user).
    pub confidence: f64,
    /// whatlang's own verdict on whether the guess can be trusted.
    pub reliable: bool,
    /// Detected, chosen by the user, or undetermined.
    pub source: LanguageSource,
    /// The language, when there is one.
    #[serde(skip)]
    pub language: Option<Language>,
}

impl LanguageGuess {
    /// The guess for a user's explicit choice.
    #[must_use]
    pub fn chosen(language: Language) -> Self {
        Self {
            code: language.code(),
            name: language.name(),
            confidence: 1.0,
            reliable: true,
            source: LanguageSource::User,
            language: Some(language),
        }
    }

    fn undetermined() -> Self {
        Self {
            code: "und",
            name: "Undetermined",
            confidence: 0.0,
            reliable: false,
            source: LanguageSource::Undetermined,
            language: None,
        }
    }
}

/// Detects the language of `text` from a sample of its start.
#[must_use]
pub fn detect(text: &str) -> LanguageGuess {
    let mut cut = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    match whatlang::detect(&text[..cut]) {
        Some(info) => {
            let language = Language(info.lang());
            LanguageGuess {
                code: language.code(),
                name: language.name(),
                confidence: info.confidence(),
                reliable: info.is_reliable(),
                source: LanguageSource::Detected,
                language: Some(language),
            }
        }
        None => LanguageGuess::undetermined(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        assert_eq!(Language::from_code("fr").unwrap(), Language::FRENCH);
        assert_eq!(Language::from_code("ENG").unwrap(), Language::ENGLISH);
        assert_eq!(Language::FRENCH.code(), "fr");
        assert!(Language::from_code("xx").is_err());
    }

    #[test]
    fn detects_french_and_english() {
        let fr = detect("Le gouvernement a annoncé lundi une nouvelle réforme des retraites, selon le ministre.");
        assert_eq!(fr.code, "fr");
        let en = detect(
            "The government announced a new pension reform on Monday, according to the minister.",
        );
        assert_eq!(en.code, "en");
        assert_eq!(detect("").source, LanguageSource::Undetermined);
    }
}
