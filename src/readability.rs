//! Readability formulas and their interpretation bands.
//!
//! * Flesch Reading Ease (Flesch 1948): `206.835 − 1.015·W/S − 84.6·Syl/W`, for English.
//! * Flesch–Kincaid grade level (Kincaid et al. 1975): `0.39·W/S + 11.8·Syl/W − 15.59`,
//!   a US school grade, for English.
//! * Kandel–Moles (Kandel & Moles 1958), Flesch's formula refitted to French:
//!   `207 − 1.015·W/S − 73.6·Syl/W`, read on Flesch's scale.
//! * LIX (Björnsson 1968): `W/S + 100·L/W` where `L` counts words of more than six letters;
//!   language-independent, used for French alongside Kandel–Moles and for every other language.
//!
//! Bands: Flesch's own table for the Flesch-scale scores (90–100 very easy … 0–30 very
//! difficult); Björnsson's for LIX (< 30 very easy, 30–40 easy, 40–50 medium, 50–60 difficult,
//! ≥ 60 very difficult).

use serde::Serialize;

/// What the formulas need.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Words.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Syllables.
    pub syllables: usize,
    /// Words of more than six letters.
    pub long_words: usize,
}

/// A formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Formula {
    /// Flesch Reading Ease (English).
    FleschReadingEase,
    /// Flesch–Kincaid grade level (English).
    FleschKincaidGrade,
    /// Kandel–Moles (French).
    KandelMoles,
    /// LIX (any language).
    Lix,
}

impl Formula {
    /// The formula's usual name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::FleschReadingEase => "Flesch Reading Ease",
            Self::FleschKincaidGrade => "Flesch–Kincaid grade",
            Self::KandelMoles => "Kandel–Moles",
            Self::Lix => "LIX",
        }
    }

    /// Computes the score, or `None` when there are no words or sentences.
    #[must_use]
    pub fn score(self, c: Counts) -> Option<f64> {
        if c.words == 0 || c.sentences == 0 {
            return None;
        }
        let wps = c.words as f64 / c.sentences as f64;
        let spw = c.syllables as f64 / c.words as f64;
        Some(match self {
            Self::FleschReadingEase => 206.835 - 1.015 * wps - 84.6 * spw,
            Self::FleschKincaidGrade => 0.39 * wps + 11.8 * spw - 15.59,
            Self::KandelMoles => 207.0 - 1.015 * wps - 73.6 * spw,
            Self::Lix => wps + 100.0 * c.long_words as f64 / c.words as f64,
        })
    }

    /// The difficulty band of a score of this formula.
    #[must_use]
    pub fn band(self, score: f64) -> Band {
        match self {
            Self::FleschReadingEase | Self::KandelMoles => match score {
                s if s >= 90.0 => Band::VeryEasy,
                s if s >= 80.0 => Band::Easy,
                s if s >= 70.0 => Band::FairlyEasy,
                s if s >= 60.0 => Band::Standard,
                s if s >= 50.0 => Band::FairlyDifficult,
                s if s >= 30.0 => Band::Difficult,
                _ => Band::VeryDifficult,
            },
            Self::FleschKincaidGrade => match score {
                s if s < 6.0 => Band::VeryEasy,
                s if s < 8.0 => Band::Easy,
                s if s < 9.0 => Band::FairlyEasy,
                s if s < 11.0 => Band::Standard,
                s if s < 13.0 => Band::FairlyDifficult,
                s if s < 16.0 => Band::Difficult,
                _ => Band::VeryDifficult,
            },
            Self::Lix => match score {
                s if s < 30.0 => Band::VeryEasy,
                s if s < 40.0 => Band::Easy,
                s if s < 50.0 => Band::Standard,
                s if s < 60.0 => Band::Difficult,
                _ => Band::VeryDifficult,
            },
        }
    }
}

/// How hard a text reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Band {
    /// Very easy.
    VeryEasy,
    /// Easy.
    Easy,
    /// Fairly easy.
    FairlyEasy,
    /// Standard / plain.
    Standard,
    /// Fairly difficult.
    FairlyDifficult,
    /// Difficult.
    Difficult,
    /// Very difficult.
    VeryDifficult,
}

impl Band {
    /// A plain-words description of the band.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::VeryEasy => "very easy",
            Self::Easy => "easy",
            Self::FairlyEasy => "fairly easy",
            Self::Standard => "standard",
            Self::FairlyDifficult => "fairly difficult",
            Self::Difficult => "difficult",
            Self::VeryDifficult => "very difficult",
        }
    }
}

/// One formula's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Score {
    /// Which formula.
    pub formula: Formula,
    /// Its usual name.
    pub name: &'static str,
    /// The score, rounded to one decimal.
    pub score: f64,
    /// The band it falls in.
    pub band: Band,
    /// The band in plain words.
    pub interpretation: &'static str,
}

impl Score {
    /// Scores `counts` with `formula`, when there is anything to score.
    #[must_use]
    pub fn compute(formula: Formula, counts: Counts) -> Option<Self> {
        let score = formula.score(counts)?;
        let band = formula.band(score);
        Some(Self {
            formula,
            name: formula.name(),
            score: (score * 10.0).round() / 10.0,
            band,
            interpretation: band.describe(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flesch_reference_values() {
        // 100 words, 5 sentences, 150 syllables: 206.835 - 20.3 - 126.9.
        let c = Counts {
            words: 100,
            sentences: 5,
            syllables: 150,
            long_words: 30,
        };
        let fre = Formula::FleschReadingEase.score(c).unwrap();
        assert!((fre - 59.635).abs() < 1e-9);
        assert_eq!(Formula::FleschReadingEase.band(fre), Band::FairlyDifficult);
        let lix = Formula::Lix.score(c).unwrap();
        assert!((lix - 50.0).abs() < 1e-9);
        assert_eq!(Formula::Lix.band(lix), Band::Difficult);
        assert!(Formula::KandelMoles.score(Counts::default()).is_none());
    }
}
