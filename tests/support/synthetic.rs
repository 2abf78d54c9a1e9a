//! A generator of news-like articles written for this project, for the duplicate-detection
//! benchmark and tests: sentences from templates of the project's own (French and English),
//! with slots filled from word lists and from names made of random syllables, so that two
//! generated articles share only short formulaic phrases ("selon le", "a déclaré"), as unrelated
//! news does. Copies of passages are injected with a chosen share of word edits. Everything is
//! driven by a seeded xorshift generator: the same seed gives the same corpus.
#![allow(dead_code)]

/// A seeded xorshift64* generator.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    pub fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ba", "ber", "co", "dan", "el", "fa", "gar", "ho", "il", "ka", "lo", "mar", "ne", "or", "pi",
    "ra", "sa", "to", "ul", "va", "wen", "ya", "zo", "tin", "mel", "dor", "vi", "can", "sel", "ru",
];

fn name(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..2 + rng.below(2) {
        s.push_str(rng.pick(SYLLABLES));
    }
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

const FR: &[(&str, &[&str])] = &[
    (
        "N",
        &[
            "budget",
            "projet",
            "chantier",
            "rapport",
            "plan",
            "accord",
            "réseau",
            "marché",
            "service",
            "programme",
            "contrat",
            "dossier",
            "calendrier",
            "schéma",
            "tracé",
            "permis",
            "règlement",
            "audit",
            "appel d'offres",
            "partenariat",
            "fonds",
            "parking",
            "tramway",
            "musée",
            "gymnase",
            "lycée",
            "barrage",
            "parc éolien",
        ],
    ),
    (
        "A",
        &[
            "nouveau",
            "régional",
            "municipal",
            "ambitieux",
            "contesté",
            "attendu",
            "coûteux",
            "discret",
            "historique",
            "fragile",
            "provisoire",
            "national",
            "rural",
            "modeste",
            "inédit",
            "urgent",
            "révisé",
            "allégé",
            "tardif",
            "prudent",
            "massif",
            "local",
            "symbolique",
            "technique",
            "complet",
            "risqué",
        ],
    ),
    (
        "V",
        &[
            "a présenté",
            "a défendu",
            "a critiqué",
            "a validé",
            "a suspendu",
            "a relancé",
            "a annoncé",
            "a retardé",
            "a financé",
            "a inauguré",
            "a rejeté",
            "a modifié",
            "a dévoilé",
            "a signé",
            "a attaqué",
            "a soutenu",
            "a examiné",
            "a amendé",
            "a gelé",
            "a approuvé",
            "a contesté",
            "a repoussé",
        ],
    ),
    (
        "V2",
        &[
            "abandonné",
            "voté",
            "repoussé",
            "présenté",
            "lancé",
            "annulé",
            "révisé",
            "contesté",
            "chiffré",
        ],
    ),
    (
        "D",
        &[
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
    ),
    (
        "M",
        &[
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "septembre",
            "octobre",
            "novembre",
        ],
    ),
    (
        "G",
        &[
            "habitants",
            "commerçants",
            "élus",
            "parents",
            "agriculteurs",
            "riverains",
            "enseignants",
            "soignants",
            "pêcheurs",
            "étudiants",
            "retraités",
            "artisans",
            "cheminots",
            "chauffeurs",
            "locataires",
            "bénévoles",
        ],
    ),
    (
        "R",
        &[
            "adjoint",
            "président",
            "directrice",
            "porte-parole",
            "maire",
            "conseillère",
            "délégué",
            "rapporteur",
            "secrétaire générale",
            "trésorier",
        ],
    ),
    (
        "I",
        &[
            "préfecture",
            "mairie",
            "région",
            "métropole",
            "chambre",
            "fédération",
            "direction",
            "commission",
        ],
    ),
    (
        "S",
        &[
            "déclaré",
            "assuré",
            "affirmé",
            "lancé",
            "prévenu",
            "estimé",
            "regretté",
            "martelé",
        ],
    ),
    (
        "E",
        &[
            "doit rencontrer",
            "recevra",
            "verra",
            "a reçu",
            "rencontrera",
            "a convoqué",
        ],
    ),
];
const FR_TEMPLATES: &[&str] = &[
    "{X} {V} {D} le {N} {A} de {P}.",
    "Le {N} {A} coûtera {K} millions d'euros, selon {X}.",
    "« Nous {V} ce {N} », a {S} {X}.",
    "À {P}, les {G} attendent ce {N} depuis {K} ans.",
    "{X}, {R} de {P}, {V} une version {A} du {N}.",
    "La {I} de {P} estime que {K} % des {G} sont concernés.",
    "{D} soir, le conseil de {P} {V} le {N} de {X}.",
    "Le {N} {A} divise toujours les {G} de {P}.",
    "Près de {K} {G} seraient touchés à {P}, d'après un {N} {A}.",
    "{X} {V} le {N} devant les {G} de {P}.",
    "Les travaux du {N} reprendront en {M} {Y}, selon {X}.",
    "Pour {X}, ce {N} reste « {A} ».",
    "Un premier {N} avait été {V2} en {Y} à {P}.",
    "{X} {E} les {G} de {P} {D} prochain.",
    "Depuis {M}, la {I} {V} un {N} {A}.",
    "Les {G} de {P} réclament un {N} {A} avant {M}.",
];
const EN: &[(&str, &[&str])] = &[
    (
        "N",
        &[
            "budget",
            "project",
            "scheme",
            "report",
            "plan",
            "deal",
            "network",
            "market",
            "service",
            "programme",
            "contract",
            "timetable",
            "route",
            "permit",
            "bylaw",
            "audit",
            "tender",
            "partnership",
            "fund",
            "car park",
            "tram line",
            "museum",
            "sports hall",
            "college",
            "dam",
            "wind farm",
        ],
    ),
    (
        "A",
        &[
            "new",
            "regional",
            "local",
            "ambitious",
            "disputed",
            "delayed",
            "costly",
            "quiet",
            "historic",
            "fragile",
            "temporary",
            "national",
            "rural",
            "modest",
            "unusual",
            "urgent",
            "revised",
            "slimmed-down",
            "late",
            "cautious",
            "massive",
            "symbolic",
            "technical",
            "complete",
            "risky",
        ],
    ),
    (
        "V",
        &[
            "presented",
            "defended",
            "criticised",
            "approved",
            "suspended",
            "revived",
            "announced",
            "delayed",
            "funded",
            "opened",
            "rejected",
            "amended",
            "unveiled",
            "signed",
            "attacked",
            "backed",
            "examined",
            "froze",
            "challenged",
            "postponed",
        ],
    ),
    (
        "V2",
        &[
            "dropped",
            "voted",
            "postponed",
            "presented",
            "launched",
            "cancelled",
            "revised",
            "costed",
        ],
    ),
    (
        "D",
        &[
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ],
    ),
    (
        "M",
        &[
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "September",
            "October",
            "November",
        ],
    ),
    (
        "G",
        &[
            "residents",
            "shopkeepers",
            "councillors",
            "parents",
            "farmers",
            "neighbours",
            "teachers",
            "nurses",
            "fishermen",
            "students",
            "pensioners",
            "builders",
            "rail workers",
            "drivers",
            "tenants",
            "volunteers",
        ],
    ),
    (
        "R",
        &[
            "deputy",
            "chair",
            "director",
            "spokeswoman",
            "mayor",
            "councillor",
            "delegate",
            "treasurer",
        ],
    ),
    (
        "I",
        &[
            "county",
            "city",
            "region",
            "authority",
            "chamber",
            "federation",
            "board",
            "committee",
        ],
    ),
    (
        "S",
        &["said", "insisted", "warned", "argued", "added", "claimed"],
    ),
    (
        "E",
        &["will meet", "is to see", "met", "will host", "summoned"],
    ),
];
const EN_TEMPLATES: &[&str] = &[
    "{X} {V} the {A} {N} for {P} on {D}.",
    "The {A} {N} will cost {K} million pounds, {X} {S}.",
    "\"We {V} this {N},\" {X} {S}.",
    "In {P}, {G} have waited {K} years for the {N}.",
    "{X}, {R} of {P}, {V} a {A} version of the {N}.",
    "The {I} of {P} thinks {K}% of {G} are affected.",
    "On {D} evening {P} council {V} the {N} of {X}.",
    "The {A} {N} still divides {G} in {P}.",
    "Some {K} {G} in {P} could be affected, a {A} {N} found.",
    "{X} {V} the {N} in front of {G} from {P}.",
    "Work on the {N} will resume in {M} {Y}, {X} {S}.",
    "For {X}, the {N} remains \"{A}\".",
    "A first {N} was {V2} in {Y} in {P}.",
    "{X} {E} {G} from {P} next {D}.",
    "Since {M}, the {I} has {V} a {A} {N}.",
    "{G} in {P} want a {A} {N} before {M}.",
];

fn slot<'a>(table: &'a [(&str, &'a [&str])], key: &str) -> &'a [&'a str] {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(&[""], |(_, v)| v)
}

/// Fills one template.
fn sentence(rng: &mut Rng, french: bool) -> String {
    let (templates, table) = if french {
        (FR_TEMPLATES, FR)
    } else {
        (EN_TEMPLATES, EN)
    };
    let template = rng.pick(templates);
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').unwrap_or(2);
        let key = &rest[open + 1..close];
        let filler = match key {
            "P" => name(rng),
            "X" => format!("{} {}", name(rng), name(rng)),
            "K" => (2 + rng.below(900)).to_string(),
            "Y" => (2000 + rng.below(30)).to_string(),
            // Half the nouns are named ("le plan Varenne"), as news names its projects.
            "N" if rng.chance(0.5) => format!("{} {}", rng.pick(slot(table, key)), name(rng)),
            _ => rng.pick(slot(table, key)).to_owned(),
        };
        out.push_str(&filler);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    let mut chars = out.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// One article: 4 to 8 paragraphs of 2 to 5 sentences.
pub fn article(rng: &mut Rng, french: bool) -> String {
    let paragraphs: Vec<String> = (0..4 + rng.below(5))
        .map(|_| {
            (0..2 + rng.below(4))
                .map(|_| sentence(rng, french))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    paragraphs.join("\n\n")
}

/// `passage` with about `level` of its words changed (substituted, deleted or followed by an
/// inserted word), plus the surface changes of wire copy: « » and ’ turned into " and '.
pub fn edit(rng: &mut Rng, passage: &str, level: f64, french: bool) -> String {
    let filler = slot(if french { FR } else { EN }, "N");
    let mut words: Vec<String> = Vec::new();
    for w in passage.split(' ') {
        if rng.chance(level) {
            match rng.below(3) {
                0 => words.push(rng.pick(filler).to_owned()),
                1 => {}
                _ => {
                    words.push(w.to_owned());
                    words.push(rng.pick(filler).to_owned());
                }
            }
        } else {
            words.push(w.to_owned());
        }
    }
    words
        .join(" ")
        .replace(['«', '»'], "\"")
        .replace("\" ", "\"")
        .replace(" \"", "\"")
        .replace('’', "'")
}

/// A copy planted in the corpus: where it comes from and where it went, as byte ranges.
pub struct Planted {
    pub source: usize,
    pub source_span: (usize, usize),
    pub target: usize,
    pub target_span: (usize, usize),
}

/// `n` unrelated articles, then `copies` passages copied from one article into another with
/// the given edit level. Returns the articles and the planted copies.
pub fn corpus(seed: u64, n: usize, copies: usize, level: f64) -> (Vec<String>, Vec<Planted>) {
    let mut rng = Rng::new(seed);
    let mut docs: Vec<String> = (0..n).map(|i| article(&mut rng, i % 3 != 2)).collect();
    let mut planted = Vec::new();
    for c in 0..copies.min(n / 2) {
        let (source, target) = (2 * c, 2 * c + 1);
        let french = source % 3 != 2;
        // The source passage: a whole paragraph.
        let paragraphs: Vec<(usize, usize)> = paragraph_spans(&docs[source]);
        let (s0, s1) = paragraphs[rng.below(paragraphs.len())];
        let copy = edit(&mut rng, &docs[source][s0..s1], level, french);
        // Put it between two paragraphs of the target.
        let spots = paragraph_spans(&docs[target]);
        let (_, at) = spots[rng.below(spots.len())];
        let mut t = docs[target][..at].to_owned();
        t.push_str("\n\n");
        let start = t.len();
        t.push_str(&copy);
        let end = t.len();
        t.push_str(&docs[target][at..]);
        docs[target] = t;
        planted.push(Planted {
            source,
            source_span: (s0, s1),
            target,
            target_span: (start, end),
        });
    }
    (docs, planted)
}

fn paragraph_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in text.split("\n\n") {
        out.push((start, start + part.len()));
        start += part.len() + 2;
    }
    out
}
