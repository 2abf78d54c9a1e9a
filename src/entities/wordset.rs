//! Word lists written as constants in the source and looked up as hash sets: the set is built
//! on first use (one `OnceLock` per list), so a lookup costs one hash instead of a scan of the
//! list, which the recogniser does for every candidate name.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A constant word list with a lazily built hash set.
pub struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    /// A set over `list`.
    #[must_use]
    pub const fn new(list: &'static [&'static str]) -> Self {
        Self {
            list,
            set: OnceLock::new(),
        }
    }

    /// The words of the list.
    #[must_use]
    pub fn words(&self) -> &'static [&'static str] {
        self.list
    }

    /// Is `word` (exactly as written) in the list?
    pub fn contains<S: AsRef<str> + ?Sized>(&self, word: &S) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    static DAYS: WordSet = WordSet::new(&["lundi", "mardi"]);

    #[test]
    fn looks_up_exactly() {
        let w = String::from("mardi");
        assert!(DAYS.contains(&w.as_str()));
        assert!(DAYS.contains("lundi"));
        assert!(!DAYS.contains("Lundi"));
        assert!(!DAYS.contains(""));
    }
}
