//! Step 3 of the name finder: the label of each candidate, decided by an ordered list of small
//! named rules ([`RULES`]); the first rule that speaks decides.
//!
//! A rule reads one candidate ([`Cand`]: its words, their features, the word before it) and
//! says nothing, or gives a [`Decision`]: a label, sure (a list, a title or the context says
//! so) or a guess (the default rules at the end), or "not a name". The order is the design:
//! what disqualifies a candidate first (a job title's complement, a headline in capitals, a
//! common word), then the lists and the words around the name that are sure (demonyms, media,
//! places, the noun before the name, organisation and place heads and tails, clubs, events,
//! acronyms, people's titles and given names, brands), then the guesses from the name's shape
//! and the word before it, and last a person.
//!
//! To add a rule: write a function `fn(&Cand) -> Option<Decision>` with a one-line doc, put it
//! at its place in [`RULES`], and add a test below that a sentence's candidate is decided by it.
//! Each name in the report carries the name of the rule that labelled it (`rule` in the JSON),
//! so a reader can see why a name is a person or a place.

use super::super::gazetteer::Brand;
use super::super::Label;
use super::features::{is_camel_case, is_de, is_hyphenated_place, looks_like_place, Doc};
use super::lexicon::{
    CALENDAR_WORDS, CAPITALISED_NOUNS, CLUB_AFTER, CLUB_BEFORE, CLUB_BEFORE_PAIRS, CREDIT_WORDS,
    DETERMINERS, DIRECTIONAL, INSTITUTION_SEATS, MEDIA, MISC_NOUNS, MISC_WORDS, NEWS_AGENCIES,
    ORG_NOUNS, PLACE_PREPOSITIONS,
};
use crate::entities::tokens::lower_case;
use crate::entities::wordset::WordSet;
use std::cell::OnceCell;

/// What a rule says of a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// A name with this label; `sure` when a list or the context says so, not for a guess.
    Name(Label, bool),
    /// Only the token given is a name, a place (a headline in capitals: "BOURSE DE PARIS").
    PlaceAt(usize),
    /// Not a name.
    NotAName,
}

/// A named rule.
#[derive(Clone, Copy)]
pub struct Rule {
    /// Its name, as `--explain` prints it.
    pub name: &'static str,
    /// The rule.
    pub decide: fn(&Cand<'_, '_>) -> Option<Decision>,
}

macro_rules! rules {
    ($($rule:ident),* $(,)?) => {
        &[$(Rule { name: stringify!($rule), decide: $rule }),*]
    };
}

/// The label rules, in the order they are tried.
pub static RULES: &[Rule] = rules![
    job_title_complement,
    headline_in_capitals,
    common_word,
    people,
    people_or_creed,
    doctrine_or_taxon,
    dateline,
    media,
    people_of_place,
    institution_seat,
    club_in_sports_report,
    part_of_place,
    known_place,
    state,
    place_with_article,
    place_noun_before,
    organisation_noun_before,
    work_noun_before,
    place_and_direction,
    ampersand,
    place_and_compass,
    organisation_head_or_tail,
    club_of_place,
    team_of_city,
    club_head,
    team_of_place,
    place_head_or_tail,
    event,
    lone_acronym,
    acronym_of_place,
    stock_exchange,
    company_of_officer,
    person_evidence,
    brand,
    surname_last,
    after_place_preposition,
    particle_inside,
    hyphenated_place,
    compound_of_place,
    on_a_platform,
    after_elided_de,
    product_shape,
    the_band,
    multiword_after_determiner,
    lone_word_after_determiner,
    person_by_default,
];

/// One candidate as the rules read it: tokens `[start, end)` of the document.
pub struct Cand<'d, 'a> {
    /// The document.
    pub doc: &'d Doc<'a>,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The name as written.
    pub name: &'a str,
    /// The name in lower case.
    pub lower: String,
    /// Its first word.
    pub first: &'a str,
    /// Its last word.
    pub last: &'a str,
    /// One token.
    pub single: bool,
    /// The lower-cased word before it ("" at the start).
    pub before: String,
    title: OnceCell<bool>,
}

impl<'d, 'a> Cand<'d, 'a> {
    /// The candidate `[start, end)` of `doc`.
    #[must_use]
    pub fn new(doc: &'d Doc<'a>, start: usize, end: usize) -> Self {
        let name = doc.between(start, end);
        Self {
            doc,
            start,
            end,
            name,
            lower: name.to_lowercase(),
            first: doc.s(start),
            last: doc.s(end - 1),
            single: end - start == 1,
            before: doc.word_before(start).map(|(w, _)| w).unwrap_or_default(),
            title: OnceCell::new(),
        }
    }

    /// A title or role before it: "le ministre X", "President X".
    fn titled(&self) -> bool {
        *self.title.get_or_init(|| {
            let doc = self.doc;
            doc.titled(self.start)
                || (self.start > 0
                    && doc.at(self.start - 1).leading_title
                    && doc.is_capitalised(self.start - 1))
        })
    }

    /// A given name first, and more after it.
    fn given_first(&self) -> bool {
        self.doc.at(self.start).given_name && !self.single
    }

    /// Does any token of the name satisfy `f`?
    fn any(&self, f: impl Fn(usize) -> bool) -> bool {
        (self.start..self.end).any(f)
    }
}

/// The first rule's decision on `[start, end)`, with the rule's name.
#[must_use]
pub fn classify(doc: &Doc<'_>, start: usize, end: usize) -> (Decision, &'static str) {
    let cand = Cand::new(doc, start, end);
    RULES
        .iter()
        .find_map(|r| (r.decide)(&cand).map(|d| (d, r.name)))
        .unwrap_or((Decision::Name(Label::Per, false), "person_by_default"))
}

fn sure(label: Label) -> Option<Decision> {
    Some(Decision::Name(label, true))
}

fn guess(label: Label) -> Option<Decision> {
    Some(Decision::Name(label, false))
}

/// Part of a job title, not a name: "ministre des Affaires étrangères", "la ministre
/// nord-coréenne des Affaires étrangères"; an institution stays one ("président de la Chambre").
fn job_title_complement(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    if doc.is_place(c.name) || doc.at(c.start).org_head {
        return None;
    }
    let mut k = c.start;
    let mut particles = 0;
    while k > 0 && particles < 2 && doc.at(k - 1).particle {
        k -= 1;
        particles += 1;
    }
    // Over up to two adjectives.
    let mut adjectives = 0;
    while particles > 0 && k > 0 && adjectives < 2 && {
        let w = doc.s(k - 1);
        w.chars().next().is_some_and(char::is_lowercase)
            && !doc.at(k - 1).stopword
            && !doc.at(k - 1).job_title
    } {
        k -= 1;
        adjectives += 1;
    }
    (particles > 0 && k > 0 && doc.at(k - 1).job_title).then_some(Decision::NotAName)
}

/// Words of a headline in capitals ("BOURSE DE PARIS", "LES COTONS, LAINES"): only agencies and
/// places are names there ("NEW YORK (AP) —").
fn headline_in_capitals(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    if !(c.start..c.end).all(|t| doc.at(t).upper || !doc.is_capitalised(t))
        || !doc.in_upper_run(c.start, c.end)
    {
        return None;
    }
    if c.single && (NEWS_AGENCIES.contains(c.name) || MEDIA.contains(c.lower.as_str())) {
        return sure(Label::Org);
    }
    if doc.is_place(c.name) {
        return sure(Label::Loc);
    }
    let place = (c.start..c.end).rev().find(|&t| doc.is_place(doc.s(t)));
    Some(place.map_or(Decision::NotAName, Decision::PlaceAt))
}

/// Titles that are also frequent surnames, kept as names when alone.
static SURNAME_TITLES: WordSet = WordSet::new(&[
    "bishop",
    "baron",
    "cardinal",
    "judge",
    "justice",
    "sheriff",
    "marshal",
    "earl",
    "duke",
    "lord",
    "dame",
    "sir",
    "king",
    "count",
    "major",
    "general",
    "rabbi",
    "constable",
    "speaker",
    "mayor",
    "chancellor",
    "dean",
    "prince",
    "captain",
    "commander",
    "admiral",
    "archbishop",
    "deputy",
]);

/// A lone stopword, capitalised common noun ("État", "Internet"), credit word ("Photo") or
/// month is no name; nor is a title capitalised after a determiner ("le Préfet", "des Maires",
/// "the Speaker"): a title is not an entity.
fn common_word(c: &Cand<'_, '_>) -> Option<Decision> {
    let title = || {
        let singular = c.lower.strip_suffix(['s', 'x']).unwrap_or(&c.lower);
        DETERMINERS.contains(c.before.as_str())
            && (c.doc.at(c.start).leading_title
                || super::is_title_word(&c.lower)
                || super::is_title_word(singular))
    };
    // "Chairman and CEO of Synutra": an office's title with no name after it (not one that is
    // also a surname: "Bishop", "King", "Marshal").
    let office = || {
        let doc = c.doc;
        doc.at(c.start).leading_title
            && !doc.is_capitalised(c.end)
            && !doc.at(c.start).given_name
            && !SURNAME_TITLES.contains(c.lower.as_str())
    };
    (c.single
        && (c.doc.at(c.start).stopword
            || CAPITALISED_NOUNS.contains(c.name)
            || CREDIT_WORDS.contains(c.name)
            || CALENDAR_WORDS.contains(c.lower.as_str())
            || title()
            || office()))
    .then_some(Decision::NotAName)
}

/// A demonym names people ("les Russes"); "Suisse" after "la" or "en" is the country.
fn people(c: &Cand<'_, '_>) -> Option<Decision> {
    let f = c.doc.at(c.start);
    let people = matches!(
        c.before.as_str(),
        "les" | "des" | "un" | "une" | "ces" | "the" | "many" | "some" | ""
    ) || !f.place;
    (c.single && f.demonym && people).then(|| sure(Label::Misc))?
}

/// A people, language, creed, political camp or era, alone ("a lifelong Republican", "Roman
/// legions", "in Sanskrit"), is another name, not a person or a place.
fn people_or_creed(c: &Cand<'_, '_>) -> Option<Decision> {
    (c.single && c.doc.at(c.start).people_or_creed).then(|| sure(Label::Misc))?
}

/// A doctrine or movement ("Zoroastrianism", "Impressionnisme") or a family or order of living
/// things in the Latin of the naming codes ("Pieridae", "Cryptocephalinae", "Rosaceae") is another
/// name: the suffixes are those the zoological and botanical codes prescribe for ranks above the
/// genus, and "-ism", "-isme" make an abstract noun of a name.
fn doctrine_or_taxon(c: &Cand<'_, '_>) -> Option<Decision> {
    const SUFFIXES: [&str; 11] = [
        "ism", "isme", "idae", "inae", "aceae", "oidea", "iformes", "phobia", "phobic", "phobie",
        "phobe",
    ];
    (c.single && c.lower.chars().count() > 6 && SUFFIXES.iter().any(|s| c.lower.ends_with(s)))
        .then(|| sure(Label::Misc))?
}

/// A dateline: the first words of a line, before "(" (the agency or region), or before ", " and a
/// date, then a dash or a colon, are the place the story comes from ("PARIS (AFP) -", "LONDRES,
/// 3 mars —", "Margao (Goa) [India]:").
fn dateline(c: &Cand<'_, '_>) -> Option<Decision> {
    (!c.given_first() && c.doc.is_dateline(c.start, c.end)).then(|| sure(Label::Loc))?
}

/// News agencies and media are organisations ("AFP", "Le Monde", "Match of the Day").
fn media(c: &Cand<'_, '_>) -> Option<Decision> {
    (NEWS_AGENCIES.contains(c.name) || MEDIA.contains(c.lower.replace('’', "'").as_str()))
        .then(|| sure(Label::Org))?
}

/// "New Yorkers", "Californians", "Americans": the people of a place.
fn people_of_place(c: &Cand<'_, '_>) -> Option<Decision> {
    let of = |stem: &str, add: &str| {
        c.name
            .strip_suffix(stem)
            .is_some_and(|base| base.len() > 2 && c.doc.is_place(&format!("{base}{add}")))
    };
    (of("ers", "") || of("ians", "ia") || of("ans", "a") || of("ians", "y"))
        .then(|| sure(Label::Misc))?
}

/// A seat of power is an organisation when it acts ("le Kremlin a annoncé"), a place after "au",
/// "à la", "at", "in" ("au Kremlin").
fn institution_seat(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    if !INSTITUTION_SEATS.contains(c.name) {
        return None;
    }
    let place = matches!(
        c.before.as_str(),
        "au" | "à" | "dans" | "devant" | "at" | "in" | "outside" | "inside"
    ) || (c.before == "la"
        && doc.word_before(c.start - 1).is_some_and(|(w, _)| w == "à"));
    sure(if place { Label::Loc } else { Label::Org })
}

/// In a sports report, a town after "against", "signed for", "draw with", "contre", or before
/// "side", "boss", "fans", is its club ("scored against Liverpool", "his Tottenham side"); so is
/// a lone unknown word after those words ("against Brentford") and a club's last word alone
/// ("United").
fn club_in_sports_report(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    let gz = doc.cx.gazetteer;
    // The cheap tests first: the words around the name, then the lists, then the whole text.
    let club_word = c.single && doc.at(c.start).club_tail;
    let before2 = doc
        .word_before(c.start)
        .and_then(|(_, p)| doc.word_before(p))
        .map(|(w, _)| w)
        .unwrap_or_default();
    let (w1, w2) = (c.before.as_str(), before2.as_str());
    let after_club_word = CLUB_BEFORE.contains(&w1)
        || CLUB_BEFORE_PAIRS
            .iter()
            .any(|(second, last)| last.contains(&w1) && second.contains(&w2));
    let before_club_word = CLUB_AFTER.contains(&lower_case(doc.s(c.end)).as_ref());
    if !(club_word || after_club_word || before_club_word) || c.titled() {
        return None;
    }
    let town = doc.is_region(c.name) && !gz.is_country(c.name);
    let unknown = c.single && !doc.at(c.start).listed && !gz.is_surname(c.name);
    let club = club_word
        || (town && (after_club_word || before_club_word))
        || (unknown && after_club_word);
    (club && doc.is_sport()).then(|| sure(Label::Org))?
}

/// "North Florida", "Northern France", "Upper Egypt": a point of the compass or a part before a
/// known place is a place.
fn part_of_place(c: &Cand<'_, '_>) -> Option<Decision> {
    const PARTS: &[&str] = &[
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Upper",
        "Lower",
        "Greater",
        "Inner",
        "Outer",
        "Northeast",
        "Northwest",
        "Southeast",
        "Southwest",
        "Northeastern",
        "Northwestern",
        "Southeastern",
        "Southwestern",
    ];
    (!c.single && PARTS.contains(&c.first) && c.doc.is_region(c.doc.between(c.start + 1, c.end)))
        .then(|| sure(Label::Loc))?
}

/// A place the gazetteer or the list of regions knows, unless a title makes a lone place name a
/// person ("M. Paris").
fn known_place(c: &Cand<'_, '_>) -> Option<Decision> {
    (c.doc.is_region(c.name) && !(c.single && c.titled())).then(|| sure(Label::Loc))?
}

/// A state's head and more ("Empire russe", "Royaume de Hongrie") is a place.
fn state(c: &Cand<'_, '_>) -> Option<Decision> {
    (c.doc.at(c.start).state_head && !c.single).then(|| sure(Label::Loc))?
}

/// "La Nouvelle-Orléans", "Le Havre", "La Ferté-sous-Jouarre": French place names that take a
/// capitalised article.
fn place_with_article(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    // "du Havre", "au Mans", "aux Sables-d'Olonne": the article contracted with the preposition.
    let article = match c.before.as_str() {
        "du" | "au" => Some("Le"),
        "des" | "aux" => Some("Les"),
        _ => None,
    };
    if let Some(article) = article {
        let whole = format!("{article} {}", c.name);
        if doc.is_region(&whole) && c.name.chars().count() > 3 {
            return sure(Label::Loc);
        }
    }
    if c.single || !matches!(c.first, "La" | "Le" | "Les") || doc.at(c.start).sentence_start {
        return None;
    }
    // Not a short word ("Le Pen" is a person).
    let rest = doc.between(c.start + 1, c.end);
    ((doc.is_region(rest) && rest.chars().count() > 3)
        || (c.end - c.start == 2 && is_hyphenated_place(rest)))
    .then(|| sure(Label::Loc))?
}

/// The complement of a place noun is a place: "la ville de X", "au large de X", "le maire de X",
/// "the city of X", "le cours de l'X", "le long du X".
fn place_noun_before(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    (!c.given_first()
        && !c.titled()
        && !doc.at(c.start).org_head
        && !super::features::is_acronym(c.name)
        && doc.place_noun_before(c.start))
    .then(|| sure(Label::Loc))?
}

/// A noun before the name says it is an organisation: "le groupe Velvet Harbour", "la compagnie
/// Air Inter", "le groupe de hard rock américain X".
fn organisation_noun_before(c: &Cand<'_, '_>) -> Option<Decision> {
    (!c.titled() && !c.given_first() && c.doc.described_by(c.start, &ORG_NOUNS, 5, true))
        .then(|| sure(Label::Org))?
}

/// A noun before the name says it is a work or a product: "le film Evita", "la console Game Boy".
fn work_noun_before(c: &Cand<'_, '_>) -> Option<Decision> {
    (!c.titled() && !c.given_first() && c.doc.described_by(c.start, &MISC_NOUNS, 3, false))
        .then(|| sure(Label::Misc))?
}

/// "Argentine septentrionale", "Pays-Bas méridionaux": a place and a directional adjective.
fn place_and_direction(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    (!c.single
        && DIRECTIONAL.contains(c.last)
        && (doc.is_region(doc.between(c.start, c.end - 1)) || doc.at(c.start).loc_head))
        .then(|| sure(Label::Loc))?
}

/// "Procter & Gamble": an ampersand joins the names of a company.
fn ampersand(c: &Cand<'_, '_>) -> Option<Decision> {
    c.any(|t| c.doc.s(t) == "&").then(|| sure(Label::Org))?
}

/// "Europe du Nord", "Afrique de l'Est": a place and a point of the compass.
fn place_and_compass(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    (!c.single && doc.at(c.end - 1).compass && doc.is_region(c.first)).then(|| sure(Label::Loc))?
}

/// An organisation's head or tail word: "Parti socialiste", "Columbia Records".
fn organisation_head_or_tail(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    // "Marine Le Pen", "Union Jack"-like: a head that is also a given name, before more
    // capitalised words, is the given name.
    let person = c.given_first()
        && c.any(|t| t > c.start && doc.is_capitalised(t))
        && !c.any(|t| doc.is_word(t) && !doc.is_capitalised(t));
    ((doc.at(c.start).org_head && !person) || doc.at(c.end - 1).org_tail)
        .then(|| sure(Label::Org))?
}

/// "Manchester United", "Bolton Wanderers": a place and a club word.
fn club_of_place(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    (!c.single && doc.at(c.end - 1).club_tail && doc.at(c.start).place).then(|| sure(Label::Org))?
}

/// "Ottawa Redblacks", "Los Angeles Lakers", "Chicago Bulls": a town and a plural word is a
/// team.
fn team_of_city(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    let last = doc.at(c.end - 1);
    // Not "Kim Clijsters" (a given name first) nor "La Nouvelle-Orléans" (an article).
    (!c.single
        && !c.given_first()
        && !DETERMINERS.contains(c.first.to_lowercase().as_str())
        && c.last.len() > 3
        && c.last.ends_with('s')
        && !c.last.ends_with("ss")
        && !last.listed
        && !doc.cx.gazetteer.is_surname(c.last)
        && doc.is_capitalised(c.end - 1)
        && doc.is_region(doc.between(c.start, c.end - 1))
        && !doc.cx.gazetteer.is_country(doc.between(c.start, c.end - 1)))
    .then(|| sure(Label::Org))?
}

/// "FC Nantes", "Dinamo Zagreb", "Real Madrid": a club ("Stade de France" is a stadium).
fn club_head(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    if c.single || !doc.at(c.start).club_head || !c.any(|t| t > c.start && doc.is_capitalised(t)) {
        return None;
    }
    let natural = c.first == "Stade" && !c.any(|t| t > c.start && doc.is_place(doc.s(t)));
    (!natural).then(|| sure(Label::Org))?
}

/// "Yankees de New York", "Canadiens de Montréal", "Sauber d'Adrian": a plural unknown word and a
/// place after a particle is a team or a company named after its home.
fn team_of_place(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    let p = (c.start + 1..c.end)
        .find(|&t| !doc.is_capitalised(t))
        .filter(|&p| p + 1 < c.end)?;
    let head = doc.at(c.start);
    (!doc.is_place(doc.between(c.start, p))
        && !head.loc_head
        && !head.state_head
        && !head.misc_word
        && is_de(doc.s(p))
        && doc.is_place(doc.between(p + 1, c.end))
        && !c.titled()
        && doc.s(p - 1).ends_with('s'))
    .then(|| sure(Label::Org))?
}

/// A place's head or tail word: "Mont Blanc", "Central Park".
fn place_head_or_tail(c: &Cand<'_, '_>) -> Option<Decision> {
    (!c.single && (c.doc.at(c.start).loc_head || c.doc.at(c.end - 1).loc_tail))
        .then(|| sure(Label::Loc))?
}

/// Events, holidays, prizes: "Coupe du monde", "Summer Olympics" ("Noël Coward" is a person: a
/// given name first).
fn event(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    ((c.any(|t| doc.at(t).misc_word) || MISC_WORDS.contains(c.name))
        && !(c.given_first() && doc.at(c.start).misc_word))
        .then(|| sure(Label::Misc))?
}

/// A lone acronym is an organisation ("CGT"), or a place the gazetteer knows ("RDC"); one with
/// a digit is a model or a code ("A380"), another kind of name.
fn lone_acronym(c: &Cand<'_, '_>) -> Option<Decision> {
    // With a digit inside it is a model or a code ("M16A", "F9Q"), not an organisation.
    let code = c.name.chars().any(|ch| ch.is_ascii_digit());
    if c.single && c.doc.at(c.start).acronym && code {
        return guess(Label::Misc);
    }
    (c.single && c.doc.at(c.start).acronym).then(|| {
        sure(if c.doc.at(c.start).place {
            Label::Loc
        } else {
            Label::Org
        })
    })?
}

/// "MTN Nigeria", "BBC Scotland", "KPMG France": an organisation's acronym and the country or
/// region it serves name a branch of that organisation.
fn acronym_of_place(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    let first = doc.at(c.start);
    (!c.single && first.acronym && !first.place && doc.is_place(doc.between(c.start + 1, c.end)))
        .then(|| sure(Label::Org))?
}

/// "CEO of Synutra", "fondateur de Vinted": what a company's officer is the officer of is a
/// company (a guess: a name the gazetteers know decides first).
fn company_of_officer(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    let of = c.start >= 2 && matches!(c.before.as_str(), "of" | "de" | "du" | "d'" | "d’");
    (of && !c.given_first() && COMPANY_OFFICERS.contains(&lower_case(doc.s(c.start - 2))))
        .then(|| guess(Label::Org))?
}

/// Officers of companies (see [`company_of_officer`]).
static COMPANY_OFFICERS: WordSet = WordSet::new(&[
    "ceo",
    "chairman",
    "chairwoman",
    "founder",
    "co-founder",
    "cofounder",
    "owner",
    "shareholder",
    "shareholders",
    "cfo",
    "coo",
    "pdg",
    "fondateur",
    "fondatrice",
    "cofondateur",
    "cofondatrice",
    "actionnaire",
    "actionnaires",
    "propriétaire",
]);

/// "(Nasdaq: SYUT)", "(NYSE: GM)": the exchange before a ticker is an organisation.
fn stock_exchange(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    (c.start > 0
        && doc.s(c.start - 1) == "("
        && doc.s(c.end) == ":"
        && doc.at(c.end + 1).acronym
        && doc.s(c.end + 2) == ")")
        .then(|| sure(Label::Org))?
}

/// A title before the name, a given name first, or initials ("J. R. R. Tolkien"): a person.
fn person_evidence(c: &Cand<'_, '_>) -> Option<Decision> {
    let initials = !c.single && c.first.chars().count() == 1 && c.doc.s(c.start + 1) == ".";
    (c.titled() || c.given_first() || initials).then(|| sure(Label::Per))?
}

/// A known brand: "Volkswagen", "Goldman Sachs" (organisations), "Google Drive" (a product);
/// "sur Facebook", "on PlayStation": a site or a platform is a product there.
fn brand(c: &Cand<'_, '_>) -> Option<Decision> {
    let platform = matches!(c.before.as_str(), "sur" | "on");
    match c.doc.cx.gazetteer.brand(c.name)? {
        Brand::Organisation if platform => sure(Label::Misc),
        Brand::Organisation => sure(Label::Org),
        Brand::Product => sure(Label::Misc),
    }
}

/// Capitalised words ending with a frequent surname ("Brennan Johnson", "Kimba M. Wood") are a
/// person.
fn surname_last(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    let words_only = c.any(|t| doc.is_word(t) && !doc.is_capitalised(t));
    // People's names take no article ("la Scuderia Ferrari" is a team).
    (!c.single
        && !words_only
        && !DETERMINERS.contains(c.before.as_str())
        && c.first != "The"
        && doc.cx.gazetteer.is_surname(c.last)
        && !doc.at(c.start).stopword)
        .then(|| sure(Label::Per))?
}

/// After a place preposition ("à", "en", "in", "from"), a guess of a place; but "à" also gives to
/// and compares with people ("face à X", "grâce à X", "succède à X"), and two capitalised words
/// after it are a person more often than an unknown place.
fn after_place_preposition(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    let dative = c.before == "à"
        && (!c.single
            || doc
                .word_before(c.start)
                .and_then(|(_, p)| doc.word_before(p))
                .is_some_and(|(w, _)| {
                    matches!(
                        w.as_str(),
                        "face" | "grâce" | "quant" | "succède" | "succédé"
                    )
                }));
    (PLACE_PREPOSITIONS.contains(c.before.as_str()) && !dative).then(|| guess(Label::Loc))?
}

/// "Spurs de San Antonio", "Pirates des Caraïbes": a name with a particle inside is an
/// organisation or a work more often than a person.
fn particle_inside(c: &Cand<'_, '_>) -> Option<Decision> {
    // Words only: the full stop of an initial ("Kimba M. Wood") is no particle.
    c.any(|t| c.doc.is_word(t) && !c.doc.is_capitalised(t))
        .then(|| guess(Label::Org))?
}

/// "Nœux-les-Mines", "Châlons-en-Champagne": hyphens around a particle make a French place name.
fn hyphenated_place(c: &Cand<'_, '_>) -> Option<Decision> {
    (c.single && is_hyphenated_place(c.name)).then(|| sure(Label::Loc))?
}

/// "Mongolie-Intérieure", "Autriche-Hongrie", "Nord-du-Québec": a compound of a place; "Goa-based"
/// an adjective on one (MISC).
fn compound_of_place(c: &Cand<'_, '_>) -> Option<Decision> {
    if !c.single || !c.name.contains('-') {
        return None;
    }
    let has_place = c
        .name
        .split('-')
        .any(|part| part.chars().count() > 2 && c.doc.is_region(part));
    // "Goa-based", "Paris-born": an adjective made on a place, another kind of name.
    let adjective = c
        .name
        .rsplit('-')
        .next()
        .is_some_and(|last| last.starts_with(char::is_lowercase) && last.chars().count() > 3);
    has_place.then(|| guess(if adjective { Label::Misc } else { Label::Loc }))?
}

/// "sur Wikipédia", "sur Amiga": a site, a channel or a machine.
fn on_a_platform(c: &Cand<'_, '_>) -> Option<Decision> {
    (c.single && c.before == "sur").then(|| guess(Label::Misc))?
}

/// "d'Igloulik": after an elided "de", a lone word is a place.
fn after_elided_de(c: &Cand<'_, '_>) -> Option<Decision> {
    (c.single && matches!(c.before.as_str(), "d'" | "d’")).then(|| guess(Label::Loc))?
}

/// "PlayStation", "GameCube": a capital inside a word makes a brand or a product, not a person
/// ("McMahon", "DiCaprio" aside); so does a model code after a name ("Atari ST", "Mario Kart DS").
fn product_shape(c: &Cand<'_, '_>) -> Option<Decision> {
    let doc = c.doc;
    ((c.single && is_camel_case(c.name))
        || (!c.single
            && super::features::is_acronym(c.last)
            && c.last.chars().count() <= 3
            && !doc.is_capitalised(c.end)))
    .then(|| guess(Label::Misc))?
}

/// "The Doors", "The Lonely Island" inside a sentence: a band, a company or a title.
fn the_band(c: &Cand<'_, '_>) -> Option<Decision> {
    (!c.single && c.first == "The" && !c.doc.at(c.start).sentence_start)
        .then(|| guess(Label::Org))?
}

/// People's names take no article: "la Royal Navy", "le PSV Eindhoven", "l'Eintracht Francfort"
/// are organisations more often than anything else.
fn multiword_after_determiner(c: &Cand<'_, '_>) -> Option<Decision> {
    (!c.single && DETERMINERS.contains(c.before.as_str())).then(|| guess(Label::Org))?
}

/// A lone unknown word after a determiner is another kind of name: "la Prusse", "l'Arve" are
/// places (French gives countries, regions and rivers an article); "la Wii", "le Hamas" are
/// products, works, parties, institutions.
fn lone_word_after_determiner(c: &Cand<'_, '_>) -> Option<Decision> {
    (c.single && DETERMINERS.contains(c.before.as_str())).then(|| {
        guess(if looks_like_place(c.name) {
            Label::Loc
        } else {
            Label::Misc
        })
    })?
}

/// Otherwise, a person: the guess that is right most often for a capitalised name in news.
#[allow(clippy::unnecessary_wraps)] // every rule has one signature
fn person_by_default(_: &Cand<'_, '_>) -> Option<Decision> {
    guess(Label::Per)
}

#[cfg(test)]
mod tests {
    use super::Decision::{self, Name, NotAName};
    use crate::entities::{Label, Recogniser};
    use crate::vocabulary::Stopwords;
    use std::sync::OnceLock;

    /// The decision on the candidate `name` of `text`, and the rule that took it.
    fn decided(text: &str, name: &str) -> (Decision, &'static str) {
        static RECOGNISER: OnceLock<(Recogniser, Stopwords)> = OnceLock::new();
        let (r, stopwords) = RECOGNISER.get_or_init(|| (Recogniser::new(), Stopwords::new()));
        let all = r.explain(text, stopwords);
        all.iter()
            .find(|(t, _, _)| t == name)
            .map(|&(_, d, rule)| (d, rule))
            .unwrap_or_else(|| panic!("no candidate {name:?} in {all:?}"))
    }

    /// One test per rule: `rule_test!(rule, text, candidate, decision)` checks that the rule
    /// named is the one that decides the candidate, and what it decides.
    macro_rules! rule_test {
        ($rule:ident, $text:expr, $name:expr, $decision:expr) => {
            #[test]
            fn $rule() {
                assert_eq!(
                    decided($text, $name),
                    ($decision, stringify!($rule)),
                    "{:?} in {:?}",
                    $name,
                    $text
                );
            }
        };
    }

    const PER: Label = Label::Per;
    const LOC: Label = Label::Loc;
    const ORG: Label = Label::Org;
    const MISC: Label = Label::Misc;

    rule_test!(
        job_title_complement,
        "Hier, la ministre des Affaires sociales a parlé.",
        "Affaires",
        NotAName
    );
    rule_test!(
        headline_in_capitals,
        "LA BOURSE DE LYON RECULE\nLe reste suit.",
        "BOURSE DE LYON RECULE",
        Decision::PlaceAt(3)
    );
    rule_test!(common_word, "Selon lui, l'État paiera.", "État", NotAName);
    rule_test!(
        acronym_of_place,
        "Le groupe a racheté TLM Sénégal en mai.",
        "TLM Sénégal",
        Name(ORG, true)
    );
    rule_test!(
        stock_exchange,
        "Velmora Foods (Nasdaq: VLMF) grew.",
        "Nasdaq",
        Name(ORG, true)
    );
    rule_test!(
        company_of_officer,
        "She is the founder of Quillet and lives abroad.",
        "Quillet",
        Name(ORG, false)
    );
    rule_test!(people, "Les Russes ont voté.", "Russes", Name(MISC, true));
    rule_test!(
        people_or_creed,
        "She was a lifelong Republican.",
        "Republican",
        Name(MISC, true)
    );
    rule_test!(
        doctrine_or_taxon,
        "The moth belongs to the Velorinidae.",
        "Velorinidae",
        Name(MISC, true)
    );
    rule_test!(
        dateline,
        "Valdorin (AFP) - Le maire a démissionné mardi.",
        "Valdorin",
        Name(LOC, true)
    );
    rule_test!(
        media,
        "Il l'a confié à Reuters jeudi.",
        "Reuters",
        Name(ORG, true)
    );
    rule_test!(
        people_of_place,
        "Many Californians moved away.",
        "Californians",
        Name(MISC, true)
    );
    rule_test!(
        institution_seat,
        "Le Kremlin a démenti.",
        "Kremlin",
        Name(ORG, true)
    );
    rule_test!(
        club_in_sports_report,
        "The striker scored twice against Liverpool as the season ended with a league match.",
        "Liverpool",
        Name(ORG, true)
    );
    rule_test!(
        part_of_place,
        "They moved to Northern France in May.",
        "Northern France",
        Name(LOC, true)
    );
    rule_test!(
        known_place,
        "Elle vit à Grenoble depuis dix ans.",
        "Grenoble",
        Name(LOC, true)
    );
    rule_test!(
        state,
        "Il a servi le Royaume de Valdorin.",
        "Royaume de Valdorin",
        Name(LOC, true)
    );
    rule_test!(
        place_with_article,
        "Elle habite à La Ferté-sur-Vionne.",
        "La Ferté-sur-Vionne",
        Name(LOC, true)
    );
    rule_test!(
        place_noun_before,
        "Il est né dans la ville de Trabuchet.",
        "Trabuchet",
        Name(LOC, true)
    );
    rule_test!(
        organisation_noun_before,
        "Il a rejoint la compagnie Air Lunaire.",
        "Air Lunaire",
        Name(ORG, true)
    );
    rule_test!(
        work_noun_before,
        "Elle a revu le film Mirage hier.",
        "Mirage",
        Name(MISC, true)
    );
    rule_test!(
        place_and_direction,
        "Il a voyagé en Argentine septentrionale.",
        "Argentine septentrionale",
        Name(LOC, true)
    );
    rule_test!(
        ampersand,
        "Il travaille chez Durand & Fils.",
        "Durand & Fils",
        Name(ORG, true)
    );
    rule_test!(
        place_and_compass,
        "Ils vivent en Europe du Nord.",
        "Europe du Nord",
        Name(LOC, true)
    );
    rule_test!(
        organisation_head_or_tail,
        "Il a quitté le Parti radical hier.",
        "Parti radical",
        Name(ORG, true)
    );
    rule_test!(
        club_of_place,
        "Il a signé à Manchester United.",
        "Manchester United",
        Name(ORG, true)
    );
    rule_test!(
        team_of_city,
        "He was drafted by the Ottawa Redblacks in the spring.",
        "Ottawa Redblacks",
        Name(ORG, true)
    );
    rule_test!(
        club_head,
        "Il joue au FC Nantes.",
        "FC Nantes",
        Name(ORG, true)
    );
    rule_test!(
        team_of_place,
        "Il joue pour les Canadiens de Montréal.",
        "Canadiens de Montréal",
        Name(ORG, true)
    );
    rule_test!(
        place_head_or_tail,
        "Ils ont gravi le Mont Vélard.",
        "Mont Vélard",
        Name(LOC, true)
    );
    rule_test!(
        event,
        "Elle a gagné la Coupe Dorval.",
        "Coupe Dorval",
        Name(MISC, true)
    );
    rule_test!(lone_acronym, "La SNTR a protesté.", "SNTR", Name(ORG, true));
    rule_test!(
        person_evidence,
        "Il a rencontré M. Dufresnoy hier.",
        "Dufresnoy",
        Name(PER, true)
    );
    rule_test!(
        brand,
        "Il a acheté une Volkswagen.",
        "Volkswagen",
        Name(ORG, true)
    );
    rule_test!(
        surname_last,
        "The goal came from Brennan Johnson late on.",
        "Brennan Johnson",
        Name(PER, true)
    );
    rule_test!(
        after_place_preposition,
        "Ils ont dormi à Quillanet.",
        "Quillanet",
        Name(LOC, false)
    );
    rule_test!(
        particle_inside,
        "Les Spurs de Valdor ont gagné.",
        "Spurs de Valdor",
        Name(ORG, false)
    );
    rule_test!(
        hyphenated_place,
        "Il connaît bien Quillan-sur-Orbe.",
        "Quillan-sur-Orbe",
        Name(LOC, true)
    );
    rule_test!(
        compound_of_place,
        "Il visite Bretagne-Sud.",
        "Bretagne-Sud",
        Name(LOC, false)
    );
    rule_test!(
        on_a_platform,
        "Il l'a publié sur Flickbook.",
        "Flickbook",
        Name(MISC, false)
    );
    rule_test!(
        after_elided_de,
        "Elle aime la cuisine d'Orvanne.",
        "Orvanne",
        Name(LOC, false)
    );
    rule_test!(
        product_shape,
        "Il joue sur sa GameStation.",
        "GameStation",
        Name(MISC, false)
    );
    rule_test!(
        the_band,
        "Il écoute The Lonely Drifters.",
        "The Lonely Drifters",
        Name(ORG, false)
    );
    rule_test!(
        multiword_after_determiner,
        "Il a vu le Bourbon Strand.",
        "Bourbon Strand",
        Name(ORG, false)
    );
    rule_test!(
        lone_word_after_determiner,
        "Il a traversé la Valdorie.",
        "Valdorie",
        Name(LOC, false)
    );
    rule_test!(
        person_by_default,
        "Hier, Vardak Omsel a parlé.",
        "Vardak Omsel",
        Name(PER, false)
    );

    #[test]
    fn every_rule_has_a_test() {
        let source: String = include_str!("rules.rs")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        for rule in super::RULES {
            assert!(
                source.contains(&format!("rule_test!({},", rule.name)),
                "the rule {} has no rule_test!",
                rule.name
            );
        }
    }
}
