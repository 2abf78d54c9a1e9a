//! Syllable counts checked against word lists written for this project.
//!
//! Convention for French: syllables as a dictionary divides the written word, except that a
//! final mute `e`, `es` or verbal `ent` is not a syllable (so `table` 1, `rapidement` 4,
//! `parlent` 1). English: dictionary syllables. The rules must get at least [`REQUIRED`] of each
//! list right; the test prints the misses.

use article_analyser::syllables::{count, SyllableRules};

const REQUIRED: f64 = 0.93;

const FRENCH: &[(&str, usize)] = &[
    ("chat", 1),
    ("table", 1),
    ("été", 2),
    ("idée", 2),
    ("armée", 2),
    ("maison", 2),
    ("président", 3),
    ("ministre", 2),
    ("russie", 2),
    ("corée", 2),
    ("moscou", 2),
    ("pays", 2),
    ("région", 2),
    ("militaires", 3),
    ("soldats", 2),
    ("relations", 3),
    ("rencontre", 2),
    ("ukrainiennes", 3),
    ("coréenne", 3),
    ("poésie", 3),
    ("créée", 2),
    ("naïf", 2),
    ("noël", 2),
    ("aéroport", 4),
    ("oiseau", 2),
    ("eau", 1),
    ("beaucoup", 2),
    ("question", 2),
    ("nation", 2),
    ("situation", 4),
    ("actuel", 3),
    ("tuer", 2),
    ("crier", 2),
    ("client", 2),
    ("triomphe", 2),
    ("parlent", 1),
    ("avaient", 2),
    ("étaient", 2),
    ("soient", 1),
    ("disent", 1),
    ("doivent", 1),
    ("viennent", 1),
    ("rencontrent", 2),
    ("fournissant", 3),
    ("accomplis", 3),
    ("moment", 2),
    ("parent", 2),
    ("argent", 2),
    ("souvent", 2),
    ("accident", 3),
    ("urgent", 2),
    ("excellent", 3),
    ("rapidement", 4),
    ("également", 4),
    ("gouvernement", 4),
    ("que", 1),
    ("quatre", 1),
    ("guerre", 1),
    ("langue", 1),
    ("guide", 1),
    ("quelque", 1),
    ("crayon", 2),
    ("payer", 2),
    ("yeux", 1),
    ("style", 1),
    ("lycée", 2),
    ("famille", 2),
    ("travail", 2),
    ("fille", 1),
    ("ville", 1),
    ("œuvre", 1),
    ("cœur", 1),
    ("sœur", 1),
    ("ciel", 1),
    ("fierté", 2),
    ("pied", 1),
    ("bien", 1),
    ("viande", 1),
    ("chien", 1),
    ("deux", 1),
    ("trois", 1),
    ("cinq", 1),
    ("année", 2),
    ("journée", 2),
    ("musée", 2),
    ("réunion", 3),
    ("diplomatie", 4),
    ("communion", 3),
    ("historique", 3),
    ("amitié", 3),
    ("exploits", 2),
    ("officiers", 3),
    ("populaire", 3),
    ("entretien", 3),
    ("le", 1),
    ("de", 1),
    ("les", 1),
    ("des", 1),
    ("europe", 2),
    ("économie", 4),
    ("voyage", 2),
    ("pouvoir", 2),
    ("juillet", 2),
    ("octobre", 2),
    ("septembre", 2),
    ("printemps", 2),
    ("lundi", 2),
    ("samedi", 3),
    ("défense", 2),
    ("technologies", 4),
    ("renseignement", 4),
    ("spirituelle", 4),
    ("proximité", 4),
    ("constante", 2),
    ("soutenir", 3),
    ("politiques", 3),
    ("puissante", 2),
    ("accords", 2),
    ("principes", 2),
    ("mutuel", 3),
];

const ENGLISH: &[(&str, usize)] = &[
    ("the", 1),
    ("cat", 1),
    ("table", 2),
    ("people", 2),
    ("jumped", 1),
    ("wanted", 2),
    ("makes", 1),
    ("boxes", 2),
    ("minister", 3),
    ("government", 3),
    ("president", 3),
    ("council", 2),
    ("approved", 2),
    ("purchase", 2),
    ("committee", 3),
    ("quieter", 3),
    ("cleaner", 2),
    ("ships", 1),
    ("trials", 2),
    ("planned", 1),
    ("spring", 1),
    ("military", 4),
    ("soldiers", 2),
    ("relations", 3),
    ("meeting", 2),
    ("beautiful", 3),
    ("area", 3),
    ("idea", 3),
    ("create", 2),
    ("created", 3),
    ("science", 2),
    ("poem", 2),
    ("radio", 3),
    ("video", 3),
    ("ratio", 3),
    ("nation", 2),
    ("walked", 1),
    ("loved", 1),
    ("needed", 2),
    ("started", 2),
    ("smiled", 1),
    ("hoped", 1),
    ("fire", 1),
    ("hour", 1),
    ("business", 2),
    ("being", 2),
    ("going", 2),
    ("water", 2),
    ("paper", 2),
    ("happy", 2),
    ("yellow", 2),
    ("money", 2),
    ("monday", 2),
    ("thursday", 2),
    ("according", 3),
    ("transport", 2),
    ("regional", 3),
    ("deal", 1),
    ("worth", 1),
    ("chairs", 1),
    ("harbour", 2),
    ("town", 1),
    ("votes", 1),
    ("ferries", 2),
    ("decision", 3),
    ("special", 2),
    ("official", 3),
    ("usual", 3),
    ("actual", 3),
    ("ocean", 2),
    ("country", 2),
    ("security", 4),
    ("economy", 4),
    ("european", 4),
    ("union", 2),
    ("because", 2),
    ("little", 2),
    ("simple", 2),
    ("problem", 2),
    ("system", 2),
    ("several", 3),
    ("interest", 3),
    ("police", 2),
    ("office", 2),
    ("service", 2),
    ("announced", 2),
    ("agreement", 3),
    ("statement", 2),
    ("likely", 2),
    ("lives", 1),
    ("times", 1),
    ("houses", 2),
    ("places", 2),
    ("changes", 2),
    ("talked", 1),
    ("added", 2),
    ("reported", 3),
    ("cities", 2),
];

fn check(list: &[(&str, usize)], rules: SyllableRules) {
    let misses: Vec<String> = list
        .iter()
        .filter_map(|&(w, n)| {
            let got = count(w, rules);
            (got != n).then(|| format!("{w}: {got} (want {n})"))
        })
        .collect();
    let share = 1.0 - misses.len() as f64 / list.len() as f64;
    println!(
        "{rules:?}: {}/{} right ({:.1}%); misses: {misses:?}",
        list.len() - misses.len(),
        list.len(),
        share * 100.0
    );
    assert!(
        share >= REQUIRED,
        "{rules:?}: only {:.1}% right; misses: {misses:?}",
        share * 100.0
    );
}

#[test]
fn french_word_list() {
    check(FRENCH, SyllableRules::French);
}

#[test]
fn english_word_list() {
    check(ENGLISH, SyllableRules::English);
}

/// Agreement with the CMU Pronouncing Dictionary on a fixed random sample of its words
/// (`tests/data/cmudict_sample.tsv`, built by `.ci/gen_wordlists.py`). The sample holds rare
/// words and foreign names as the dictionary does, so it is harder than news text.
const CMUDICT_REQUIRED: f64 = 0.95;

#[test]
fn english_against_cmudict_sample() {
    let data = include_str!("data/cmudict_sample.tsv");
    let mut total = 0usize;
    let mut misses = Vec::new();
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let (word, n) = line.split_once('\t').expect("word<TAB>count");
        let n: usize = n.parse().expect("a count");
        total += 1;
        let got = count(word, SyllableRules::English);
        if got != n {
            misses.push(format!("{word}: {got} (want {n})"));
        }
    }
    let share = 1.0 - misses.len() as f64 / total as f64;
    println!(
        "cmudict sample: {}/{total} right ({:.2}%); first misses: {:?}",
        total - misses.len(),
        share * 100.0,
        &misses[..misses.len().min(40)]
    );
    assert!(
        share >= CMUDICT_REQUIRED,
        "only {:.2}% of the cmudict sample right",
        share * 100.0
    );
}
