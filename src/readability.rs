//! Readability formulas, their interpretation bands, and a summary line per text.
//!
//! Every formula is computed from [`Counts`] over the whole text (W words, S sentences, Syl
//! syllables). English (the set textstat offers):
//! * Flesch Reading Ease (Flesch 1948): `206.835 − 1.015·W/S − 84.6·Syl/W`.
//! * Flesch–Kincaid grade (Kincaid et al. 1975): `0.39·W/S + 11.8·Syl/W − 15.59`.
//! * Gunning Fog (Gunning 1952): `0.4·(W/S + 100·C/W)`, `C` the complex words: three syllables
//!   or more, not a name (capitalised inside the sentence), not hyphenated, and not three
//!   syllables only through `-es`, `-ed` or `-ing`.
//! * SMOG (McLaughlin 1969): `1.0430·√(P·30/S) + 3.1291`, `P` the words of three syllables or
//!   more; defined on 30 sentences, so a shorter text gets a caveat.
//! * Coleman–Liau (Coleman & Liau 1975): `0.0588·L − 0.296·S′ − 15.8`, `L` letters and `S′`
//!   sentences per 100 words.
//! * Automated Readability Index (Senter & Smith 1967): `4.71·Ch/W + 0.5·W/S − 21.43`, `Ch` the
//!   letters and digits.
//! * New Dale–Chall (Chall & Dale 1995, with the 1948 coefficients): `0.1579·D + 0.0496·W/S`,
//!   plus `3.6365` when `D > 5`, `D` the percentage of words not on the Dale–Chall list of
//!   familiar words (`src/data/readability/dale_chall_en.txt`); regular inflections of a listed
//!   word (`-s -es -ies -ed -d -ied -ing -er -est -ly`), names and numbers count as familiar.
//!   Its score maps to grade bands (4.9 or less: grade 4 and below … 10 and more: college
//!   graduate).
//! * Linsear Write (O'Hayre 1966): `r = (E + 3·H)/S` over the whole text (the 100-word sample
//!   scaled, which leaves the ratio unchanged), `E` words of at most two syllables and `H` the
//!   others; the grade is `r/2` when `r > 20`, else `(r − 2)/2`.
//!
//! French (and other languages):
//! * Kandel–Moles (Kandel & Moles 1958), Flesch's formula refitted to French:
//!   `207 − 1.015·W/S − 73.6·Syl/W`, read on Flesch's scale.
//! * LIX (Björnsson 1968): `W/S + 100·Lw/W`, `Lw` the words of more than six letters.
//! * RIX (Anderson 1983): `Lw/S`, read on Anderson's grade table.
//!
//! Scolarius, which Quebec readers know, is a commercial tool whose formula is not published, so
//! it is not computed here.
//!
//! Bands: Flesch's own table for the Flesch-scale scores (90–100 very easy … 0–30 very
//! difficult); Björnsson's for LIX (< 30 very easy, 30–40 easy, 40–50 medium, 50–60 difficult,
//! ≥ 60 very difficult); the grade formulas by US grade on Flesch's table read the other way (5
//! and below very easy, 6 easy, 7 fairly easy, 8–9 standard, 10–12 fairly difficult, college
//! difficult, 16 and more very difficult).
//!
//! The [`Summary`] takes the median of the formulas' bands (and in English the median grade of
//! the grade formulas), so one formula's quirk does not decide the audience alone.

use serde::Serialize;

/// What the formulas need, summed over the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Syllables.
    pub syllables: usize,
    /// Words of more than six letters.
    pub long_words: usize,
    /// Letters.
    pub letters: usize,
    /// Letters and digits.
    pub characters: usize,
    /// Words of three syllables or more.
    pub polysyllables: usize,
    /// Gunning's complex words (polysyllables that are not names, compounds or inflections).
    pub complex_words: usize,
    /// Words off the Dale–Chall list (counted for English only).
    pub unfamiliar_words: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Self) {
        self.words += o.words;
        self.sentences += o.sentences;
        self.syllables += o.syllables;
        self.long_words += o.long_words;
        self.letters += o.letters;
        self.characters += o.characters;
        self.polysyllables += o.polysyllables;
        self.complex_words += o.complex_words;
        self.unfamiliar_words += o.unfamiliar_words;
    }
}

/// A formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Formula {
    /// Flesch Reading Ease (English).
    FleschReadingEase,
    /// Flesch–Kincaid grade level (English).
    FleschKincaidGrade,
    /// Gunning Fog index (English).
    GunningFog,
    /// SMOG grade (English).
    Smog,
    /// Coleman–Liau index (English).
    ColemanLiau,
    /// Automated Readability Index (English).
    AutomatedReadabilityIndex,
    /// New Dale–Chall score (English).
    DaleChall,
    /// Linsear Write (English).
    LinsearWrite,
    /// Kandel–Moles (French).
    KandelMoles,
    /// LIX (any language).
    Lix,
    /// RIX (any language).
    Rix,
}

/// What a formula's number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Scale {
    /// Higher is easier (Flesch's 0–100 scale).
    Ease,
    /// A US school grade.
    Grade,
    /// An index read on its own table (LIX, RIX, Dale–Chall).
    Index,
}

/// The English formulas, the one scored per sentence first.
pub const ENGLISH: &[Formula] = &[
    Formula::FleschReadingEase,
    Formula::FleschKincaidGrade,
    Formula::GunningFog,
    Formula::Smog,
    Formula::ColemanLiau,
    Formula::AutomatedReadabilityIndex,
    Formula::DaleChall,
    Formula::LinsearWrite,
];
/// The French formulas, the one scored per sentence first.
pub const FRENCH: &[Formula] = &[Formula::KandelMoles, Formula::Lix, Formula::Rix];
/// The formulas for other alphabetic languages.
pub const OTHER: &[Formula] = &[Formula::Lix, Formula::Rix];

impl Formula {
    /// The formula's usual name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::FleschReadingEase => "Flesch Reading Ease",
            Self::FleschKincaidGrade => "Flesch–Kincaid grade",
            Self::GunningFog => "Gunning Fog",
            Self::Smog => "SMOG",
            Self::ColemanLiau => "Coleman–Liau",
            Self::AutomatedReadabilityIndex => "Automated Readability Index",
            Self::DaleChall => "Dale–Chall",
            Self::LinsearWrite => "Linsear Write",
            Self::KandelMoles => "Kandel–Moles",
            Self::Lix => "LIX",
            Self::Rix => "RIX",
        }
    }

    /// Where the formula comes from.
    #[must_use]
    pub const fn source(self) -> &'static str {
        match self {
            Self::FleschReadingEase => "Flesch (1948)",
            Self::FleschKincaidGrade => "Kincaid, Fishburne, Rogers & Chissom (1975)",
            Self::GunningFog => "Gunning (1952)",
            Self::Smog => "McLaughlin (1969)",
            Self::ColemanLiau => "Coleman & Liau (1975)",
            Self::AutomatedReadabilityIndex => "Senter & Smith (1967)",
            Self::DaleChall => "Chall & Dale (1995)",
            Self::LinsearWrite => "O'Hayre (1966)",
            Self::KandelMoles => "Kandel & Moles (1958)",
            Self::Lix => "Björnsson (1968)",
            Self::Rix => "Anderson (1983)",
        }
    }

    /// What the number is.
    #[must_use]
    pub const fn scale(self) -> Scale {
        match self {
            Self::FleschReadingEase | Self::KandelMoles => Scale::Ease,
            Self::Lix | Self::Rix | Self::DaleChall => Scale::Index,
            _ => Scale::Grade,
        }
    }

    /// Computes the score, or `None` when there are no words or sentences.
    #[must_use]
    pub fn score(self, c: Counts) -> Option<f64> {
        if c.words == 0 || c.sentences == 0 {
            return None;
        }
        let w = c.words as f64;
        let s = c.sentences as f64;
        let wps = w / s;
        let spw = c.syllables as f64 / w;
        Some(match self {
            Self::FleschReadingEase => 206.835 - 1.015 * wps - 84.6 * spw,
            Self::FleschKincaidGrade => 0.39 * wps + 11.8 * spw - 15.59,
            Self::GunningFog => 0.4 * (wps + 100.0 * c.complex_words as f64 / w),
            Self::Smog => 1.0430 * (c.polysyllables as f64 * 30.0 / s).sqrt() + 3.1291,
            Self::ColemanLiau => {
                0.0588 * (100.0 * c.letters as f64 / w) - 0.296 * (100.0 * s / w) - 15.8
            }
            Self::AutomatedReadabilityIndex => 4.71 * c.characters as f64 / w + 0.5 * wps - 21.43,
            Self::DaleChall => {
                let difficult = 100.0 * c.unfamiliar_words as f64 / w;
                let raw = 0.1579 * difficult + 0.0496 * wps;
                if difficult > 5.0 {
                    raw + 3.6365
                } else {
                    raw
                }
            }
            Self::LinsearWrite => {
                let hard = c.polysyllables as f64;
                let r = (w - hard + 3.0 * hard) / s;
                if r > 20.0 {
                    r / 2.0
                } else {
                    (r - 2.0) / 2.0
                }
            }
            Self::KandelMoles => 207.0 - 1.015 * wps - 73.6 * spw,
            Self::Lix => wps + 100.0 * c.long_words as f64 / w,
            Self::Rix => c.long_words as f64 / s,
        })
    }

    /// The US school grade a score stands for, for the formulas that have one.
    #[must_use]
    pub fn grade(self, score: f64) -> Option<f64> {
        match self {
            Self::FleschKincaidGrade
            | Self::GunningFog
            | Self::Smog
            | Self::ColemanLiau
            | Self::AutomatedReadabilityIndex
            | Self::LinsearWrite => Some(score),
            // Flesch's table: 90-100 grade 5, 80-90 6, 70-80 7, 60-70 8-9, 50-60 10-12,
            // 30-50 college, 0-30 college graduate.
            Self::FleschReadingEase => Some(step(
                -score,
                &[
                    (-90.0, 5.0),
                    (-80.0, 6.0),
                    (-70.0, 7.0),
                    (-60.0, 8.5),
                    (-50.0, 11.0),
                    (-30.0, 14.5),
                ],
                17.0,
            )),
            // Chall & Dale's table: 4.9 or less grade 4 and below, 5.0-5.9 grades 5-6, 6.0-6.9
            // 7-8, 7.0-7.9 9-10, 8.0-8.9 11-12, 9.0-9.9 college, 10 and more college graduate.
            Self::DaleChall => Some(step(
                score,
                &[
                    (5.0, 4.0),
                    (6.0, 5.5),
                    (7.0, 7.5),
                    (8.0, 9.5),
                    (9.0, 11.5),
                    (10.0, 14.5),
                ],
                17.0,
            )),
            // Anderson's table for RIX (lower bounds of grades 1-12, then college).
            Self::Rix => Some(step(
                score,
                &[
                    (0.2, 1.0),
                    (0.5, 2.0),
                    (0.8, 3.0),
                    (1.3, 4.0),
                    (1.8, 5.0),
                    (2.4, 6.0),
                    (3.0, 7.0),
                    (3.7, 8.0),
                    (4.5, 9.0),
                    (5.3, 10.0),
                    (6.2, 11.0),
                    (7.2, 12.0),
                ],
                13.0,
            )),
            Self::KandelMoles | Self::Lix => None,
        }
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
            Self::Lix => match score {
                s if s < 30.0 => Band::VeryEasy,
                s if s < 40.0 => Band::Easy,
                s if s < 50.0 => Band::Standard,
                s if s < 60.0 => Band::Difficult,
                _ => Band::VeryDifficult,
            },
            _ => Band::of_grade(self.grade(score).unwrap_or(score)),
        }
    }

    /// A caveat on this score for these counts, when the formula's conditions are not met.
    #[must_use]
    pub fn caveat(self, c: Counts) -> Option<String> {
        match self {
            Self::Smog if c.sentences < 30 => Some(format!(
                "SMOG is defined on 30 sentences; this text has {}, so the grade is extrapolated.",
                c.sentences
            )),
            Self::LinsearWrite if c.words < 100 => Some(format!(
                "Linsear Write is defined on a 100-word sample; this text has {} words.",
                c.words
            )),
            _ => None,
        }
    }
}

/// The value of the first step whose bound `x` is below, else `last`.
fn step(x: f64, steps: &[(f64, f64)], last: f64) -> f64 {
    steps
        .iter()
        .find(|(bound, _)| x < *bound)
        .map_or(last, |(_, v)| *v)
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
    const ALL: [Self; 7] = [
        Self::VeryEasy,
        Self::Easy,
        Self::FairlyEasy,
        Self::Standard,
        Self::FairlyDifficult,
        Self::Difficult,
        Self::VeryDifficult,
    ];

    /// The band of a US school grade, on Flesch's table.
    #[must_use]
    pub fn of_grade(grade: f64) -> Self {
        match grade {
            g if g < 6.0 => Self::VeryEasy,
            g if g < 7.0 => Self::Easy,
            g if g < 8.0 => Self::FairlyEasy,
            g if g < 10.0 => Self::Standard,
            g if g < 13.0 => Self::FairlyDifficult,
            g if g < 16.0 => Self::Difficult,
            _ => Self::VeryDifficult,
        }
    }

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

    /// Who can read a text of this band with ease.
    #[must_use]
    pub const fn audience(self) -> &'static str {
        match self {
            Self::VeryEasy => "young readers, from the end of primary school",
            Self::Easy => "readers from about 11 years old",
            Self::FairlyEasy => "readers from about 12 years old",
            Self::Standard => "most adults: the level of the general press",
            Self::FairlyDifficult => "readers with a full secondary education",
            Self::Difficult => "readers with some higher education",
            Self::VeryDifficult => "university graduates and specialists",
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
    /// Where it comes from.
    pub source: &'static str,
    /// What the number is.
    pub scale: Scale,
    /// The score, rounded to one decimal.
    pub score: f64,
    /// The US school grade it stands for, when the formula has one.
    pub grade: Option<f64>,
    /// The band it falls in.
    pub band: Band,
    /// The band in plain words.
    pub interpretation: &'static str,
    /// Why the score is less reliable for this text, if it is.
    pub caveat: Option<String>,
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
            source: formula.source(),
            scale: formula.scale(),
            score: round1(score),
            grade: formula.grade(score).map(round1),
            band,
            interpretation: band.describe(),
            caveat: formula.caveat(counts),
        })
    }
}

/// What the formulas say together.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The median band of the formulas.
    pub band: Band,
    /// The median US grade of the formulas that give one (English only).
    pub grade: Option<f64>,
    /// Who can read the text with ease.
    pub audience: &'static str,
    /// One line for the user.
    pub text: String,
}

impl Summary {
    /// Sums up `scores`; `None` when there are none.
    #[must_use]
    pub fn of(scores: &[Score], grades: bool) -> Option<Self> {
        if scores.is_empty() {
            return None;
        }
        let mut bands: Vec<usize> = scores.iter().map(|s| s.band as usize).collect();
        bands.sort_unstable();
        let median_band = Band::ALL[bands[(bands.len() - 1) / 2]];
        let mut grade = None;
        let band = if grades {
            let mut g: Vec<f64> = scores
                .iter()
                .filter(|s| s.scale == Scale::Grade || s.formula == Formula::DaleChall)
                .filter_map(|s| s.grade)
                .collect();
            g.sort_by(f64::total_cmp);
            grade = median(&g).map(round1);
            grade.map_or(median_band, Band::of_grade)
        } else {
            median_band
        };
        let text = match grade {
            Some(g) => format!(
                "{} to read (about US grade {}): {}.",
                capitalise(band.describe()),
                g.round().max(1.0) as u32,
                band.audience()
            ),
            None => format!(
                "{} to read: {}.",
                capitalise(band.describe()),
                band.audience()
            ),
        };
        Some(Self {
            band,
            grade,
            audience: band.audience(),
            text,
        })
    }
}

fn median(sorted: &[f64]) -> Option<f64> {
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[n / 2]),
        n => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The Dale–Chall list of familiar words.
pub(crate) fn dale_chall_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static LIST: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("data/readability/dale_chall_en.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Is `word` (lower case) on the Dale–Chall list, itself or as a regular inflection of a listed
/// word? Allocates nothing: a stem and its restored letter are joined on the stack.
#[must_use]
pub fn is_familiar(word: &str) -> bool {
    let list = dale_chall_words();
    let on = |stem: &str, tail: &str| {
        let mut buf = [0u8; 32];
        let n = stem.len() + tail.len();
        if stem.is_empty() || n > buf.len() {
            return false;
        }
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..n].copy_from_slice(tail.as_bytes());
        std::str::from_utf8(&buf[..n]).is_ok_and(|w| list.contains(w))
    };
    if on(word, "") {
        return true;
    }
    let strip = |suffix: &str| word.strip_suffix(suffix).filter(|s| s.len() >= 2);
    // -s -es -ed -d -er -est -ing -ly as written, then a dropped e (making -> make), then a
    // doubled consonant (stopped -> stop), then -ies/-ied/-ier/-iest/-ily to -y.
    for suffix in ["s", "es", "ed", "d", "er", "est", "ing", "ly", "'s"] {
        if let Some(stem) = strip(suffix) {
            if on(stem, "") {
                return true;
            }
            if matches!(suffix, "ed" | "er" | "est" | "ing") {
                if on(stem, "e") {
                    return true;
                }
                let b = stem.as_bytes();
                // A doubled ASCII consonant: cutting one off keeps a character boundary.
                if b.len() >= 3
                    && b[b.len() - 1].is_ascii()
                    && b[b.len() - 1] == b[b.len() - 2]
                    && on(&stem[..stem.len() - 1], "")
                {
                    return true;
                }
            }
        }
    }
    ["ies", "ied", "ier", "iest", "ily"]
        .iter()
        .filter_map(|suffix| strip(suffix))
        .any(|stem| on(stem, "y"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts() -> Counts {
        Counts {
            words: 100,
            sentences: 5,
            syllables: 150,
            long_words: 30,
            letters: 450,
            characters: 460,
            polysyllables: 12,
            complex_words: 10,
            unfamiliar_words: 8,
        }
    }

    fn score(f: Formula) -> f64 {
        f.score(counts()).unwrap()
    }

    // Each value worked by hand from the published formula, with W/S = 20, Syl/W = 1.5.
    #[test]
    fn reference_values() {
        assert!((score(Formula::FleschReadingEase) - 59.635).abs() < 1e-9); // 206.835-20.3-126.9
        assert!((score(Formula::FleschKincaidGrade) - 9.91).abs() < 1e-9); // 7.8+17.7-15.59
        assert!((score(Formula::GunningFog) - 12.0).abs() < 1e-9); // 0.4*(20+10)
                                                                   // 1.0430*sqrt(12*30/5) + 3.1291 = 1.0430*8.485281 + 3.1291
        assert!((score(Formula::Smog) - 11.979248).abs() < 1e-5);
        assert!((score(Formula::ColemanLiau) - 9.18).abs() < 1e-9); // 26.46-1.48-15.8
        assert!((score(Formula::AutomatedReadabilityIndex) - 10.236).abs() < 1e-9); // 21.666+10-21.43
                                                                                    // 8 % unfamiliar: 0.1579*8 + 0.0496*20 + 3.6365
        assert!((score(Formula::DaleChall) - 5.8917).abs() < 1e-9);
        // (88 + 36)/5 = 24.8 > 20: 12.4
        assert!((score(Formula::LinsearWrite) - 12.4).abs() < 1e-9);
        assert!((score(Formula::KandelMoles) - 76.3).abs() < 1e-9); // 207-20.3-110.4
        assert!((score(Formula::Lix) - 50.0).abs() < 1e-9);
        assert!((score(Formula::Rix) - 6.0).abs() < 1e-9);
        assert!(Formula::KandelMoles.score(Counts::default()).is_none());
    }

    #[test]
    fn bands_and_grades() {
        assert_eq!(Formula::FleschReadingEase.band(59.6), Band::FairlyDifficult);
        assert_eq!(Formula::FleschReadingEase.grade(59.6), Some(11.0));
        assert_eq!(Formula::Lix.band(50.0), Band::Difficult);
        assert_eq!(Formula::DaleChall.grade(5.89), Some(5.5));
        assert_eq!(Formula::DaleChall.band(5.89), Band::VeryEasy);
        assert_eq!(Formula::Rix.grade(6.0), Some(11.0));
        assert_eq!(Formula::GunningFog.band(12.0), Band::FairlyDifficult);
        assert_eq!(
            Formula::LinsearWrite
                .score(Counts {
                    words: 100,
                    sentences: 10,
                    ..counts()
                })
                .map(round1),
            Some(5.2)
        ); // r = 12.4: (12.4-2)/2
    }

    #[test]
    fn caveats_for_short_texts() {
        assert!(Score::compute(Formula::Smog, counts())
            .unwrap()
            .caveat
            .is_some());
        assert!(Score::compute(Formula::GunningFog, counts())
            .unwrap()
            .caveat
            .is_none());
    }

    #[test]
    fn summary_takes_the_median() {
        let scores: Vec<Score> = ENGLISH
            .iter()
            .filter_map(|&f| Score::compute(f, counts()))
            .collect();
        let s = Summary::of(&scores, true).unwrap();
        // Grades: FK 9.9, Fog 12, SMOG 12.0, CL 9.2, ARI 10.2, DC 5.5, LW 12.4: median 10.2.
        assert_eq!(s.grade, Some(10.2));
        assert_eq!(s.band, Band::FairlyDifficult);
        assert!(
            s.text
                .starts_with("Fairly difficult to read (about US grade 10)"),
            "{}",
            s.text
        );
        let fr: Vec<Score> = FRENCH
            .iter()
            .filter_map(|&f| Score::compute(f, counts()))
            .collect();
        // Kandel-Moles 76.3 fairly easy, LIX 50 difficult, RIX 6 (grade 11) fairly difficult.
        assert_eq!(Summary::of(&fr, false).unwrap().band, Band::FairlyDifficult);
        assert!(Summary::of(&[], false).is_none());
    }

    #[test]
    fn familiar_words_and_their_inflections() {
        for w in [
            "house", "houses", "running", "stopped", "making", "babies", "happily", "don't",
        ] {
            assert!(is_familiar(w), "{w}");
        }
        for w in ["legislation", "sanctions", "parliamentary", ""] {
            assert!(!is_familiar(w), "{w}");
        }
    }
}
