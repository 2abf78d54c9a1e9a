//! Who said what: the speaker of each quotation, read from the attribution the article writes
//! around it, or none when the evidence is weak (a wrong speaker is worse than none).
//!
//! The method, for each outermost quotation, in order of trust:
//! 1. **An incise inside the marks**: `« …, a déclaré Me Dupont, … »`, `"…, said the mayor. …"`.
//! 2. **The attribution right after it**, before any other quotation: a verb of speech then its
//!    subject (`», a déclaré X`, `», se désole X`, `," said Dr. X`, `», a-t-elle ajouté`) or a
//!    subject then the verb (`," X told reporters`, `," he said`).
//! 3. **The attribution before it** in its sentence: the subject of the last verb of speech
//!    (`X a affirmé que « … »`, `X told reporters that "…"`), `selon X` / `d'après X` /
//!    `according to X`, or a colon after a sentence that opens with a name (`X, syndicaliste,
//!    est inquiet : « … »`).
//! 4. **The attribution after it across later quotations** of the same sentence (`« … », mais
//!    « … », soulignait X`).
//! 5. **Continuation**: with no attribution of its own, a quotation that follows a quotation of
//!    its paragraph, or opens the paragraph after one, with no other possible speaker named
//!    between them, has the same speaker (consecutive quotations, a quotation continued over
//!    paragraphs).
//!
//! A subject is a name (a person or an organisation; a place only as a subject, never after a
//! preposition: `à l'AFP`, `dans le JDD`, `pour beIN SPORTS`, `told BBC`), a pronoun, a role
//! (`le magistrat`, `the judge`) or an institution (`la préfecture`, `the bank`). News media are
//! never speakers. A pronoun is the most recent possible referent before the quotation, outside
//! quotations, in its paragraph or the two before: a person of the pronoun's sex (from the given
//! name), a role, or for French `il`/`elle` an institution noun of that gender. A role resolves
//! to the person the article introduced with that role (`U.S. District Judge Kimba Wood` …
//! `the judge`; `le cinéaste Luc Besson` … `le réalisateur`), and otherwise to nobody: then the
//! speaker is unnamed, and none is given. An institution resolves to the organisation named with
//! that head word (`the Central Bank of Armenia` … `the bank`), to its own named complement
//! (`la préfecture de l'Orne`), or to the same noun met earlier with one. Plural subjects (`les
//! autorités`, `officials`) are unnamed speakers.
//!
//! A short quotation (at most [`PHRASE_WORDS`] words, no sentence inside) with no attribution
//! is a quoted phrase or scare quote, not speech.

use super::gazetteer::{Gazetteer, Gender};
use super::names::MEDIA;
use super::tokens::{lower_case, Kind, Token};
use super::wordset::WordSet;
use super::{Entity, EntityGroup, Label, Quotation, QuoteKind};
use crate::segment::Block;
use crate::span::Span;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Longest quotation, in words, that is a quoted phrase when nothing attributes it.
pub const PHRASE_WORDS: usize = 4;
/// Tokens read after a quotation for its attribution (other quotations skipped).
const AFTER_TOKENS: usize = 30;
/// Tokens read before a quotation for its attribution.
const BEFORE_TOKENS: usize = 45;
/// Tokens looked at, quoted ones included, for the attribution after a quotation.
const MAX_SCANNED: usize = 1000;
/// Tokens of an incise inside a quotation.
const INCISE_TOKENS: usize = 10;
/// Possible referents looked at, at most, to resolve a pronoun.
const REFERENT_LOOKBACK: usize = 40;
/// Paragraphs before the quotation's own that a pronoun may reach back to.
const PARAGRAPH_LOOKBACK: usize = 2;

/// French verbs of speech of the first group, by stem: their participles, present, imperfect,
/// simple past and infinitive forms are recognised (`déclar` → `déclaré`, `déclare`,
/// `déclarait`, `déclara`, `déclarer`, `déclarent`…).
#[rustfmt::skip]
static FR_STEMS: WordSet = WordSet::new(&[
    "déclar", "affirm", "annonc", "expliqu", "estim", "soulign", "assur", "ajout", "indiqu", "précis", "lanc",
    "martel", "confi", "insist", "rappel", "regrett", "dénonc", "tweet", "twitt", "racont", "résum",
    "analys", "alert", "témoign", "comment", "observ", "relev", "déplor", "fustig", "ironis", "plaisant",
    "amus", "étonn", "indign", "protest", "détaill", "argument", "tempér", "concéd", "avou", "confess",
    "justifi", "plaid", "lâch", "gliss", "murmur", "cri", "hurl", "clam", "proclam", "scand",
    "exclam", "offusqu", "désol", "inquiét", "agac", "emport", "interrog", "demand", "répét", "enchaîn",
    "recommand", "avanc", "félicit", "salu", "rétorqu", "répliqu", "object", "assén",     "confirm", "souhait", "interpell", "questionn", "exhort", "implor", "réclam", "prophétis", "pronostiqu",
    "résum", "conclu", "signal", "mentionn", "rapport", "raill", "tacl", "cingl", "claironn",     "constat", "prôn", "décrypt", "qualifi", "point", "soulev", "tranch",
]);

/// French verbs of speech written out (irregular verbs, and stems that change: `martèle`).
#[rustfmt::skip]
static FR_FORMS: WordSet = WordSet::new(&[
    "dit", "disait", "dira", "disent", "disaient", "dire", "dixit", "écrit", "écrivait", "écrire", "répond",
    "répondu", "répondait", "répondent", "reconnaît", "reconnait", "reconnu", "reconnaissait", "prévient",
    "prévenu", "prévenait", "soutient", "soutenu", "soutenait", "maintient", "maintenu", "admet", "admis",
    "admettait", "promet", "promis", "poursuit", "poursuivi", "poursuivait", "conclut", "conclu", "concluait",
    "réagit", "réagi", "réagissait", "avertit", "averti", "avertissait", "renchérit", "renchéri", "sourit",
    "souri", "souriait", "martèle", "rappelle", "répète", "concède", "inquiète", "assène", "dément", "démenti",
    "démentait", "garantit", "garanti", "réjouit", "réjoui", "défend", "défendu", "défendait", "souvient",
    "selon", "décrit", "décrivait", "interroge", "s'interroge", "lancé", "lançait",
    "avançait", "annonçait", "prédit", "tonné", "tonnait", "tonna", "soufflé", "soufflait", "noté", "notait",
    "jugé", "jugeait", "nuancé", "nuançait", "jure", "juré", "continuait", "enchaîne",
]);

/// Forms of the verbs above that are more often nouns or adjectives (`une annonce`, `le juge`):
/// verbs only in an inversion (`lance-t-il`).
#[rustfmt::skip]
static NOT_VERBS: WordSet = WordSet::new(&[
    "annonce", "note", "demande", "juge", "nuance", "réclame", "avance", "lance", "estime", "cri", "alerte",
    "désolé", "désolée", "plaisante", "indigne", "salue", "souhait", "pointe", "pointes", "tranche",
    "tranches", "pointer",
]);

/// English verbs of speech.
#[rustfmt::skip]
static EN_FORMS: WordSet = WordSet::new(&[
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained", "explains",
    "insisted", "insists", "claimed", "claims", "asked", "asks", "wrote", "writes", "declared", "announced",
    "argued", "argues", "noted", "notes", "warned", "warns", "recalled", "recalls", "acknowledged", "admitted",
    "conceded", "continued", "continues", "replied", "replies", "responded", "answered", "remarked", "observed",
    "commented", "cautioned", "urged", "urges", "testified", "hailed", "hails", "praised", "predicted",
    "suggested", "suggests", "stressed", "stresses", "emphasised", "emphasized", "complained", "tweeted",
    "posted", "confirmed", "confirms", "denied", "boasted", "joked", "quipped", "shouted", "yelled",
    "whispered", "concluded", "exclaimed", "called", "described", "labelled", "labeled", "vowed", "promised",
    "pledged", "countered", "retorted", "maintained", "agreed", "recounted", "lamented", "texted", "emailed",
    "predicts", "believes", "believed", "thinks", "thought", "reckons", "reckoned", "explained",
]);

/// Words between an auxiliary and its participle, or before the verb: `a également prévenu`,
/// `has also said`.
#[rustfmt::skip]
static AUXILIARIES: WordSet = WordSet::new(&[
    "a", "avait", "ont", "avaient", "aura", "aurait", "auraient", "s'est", "se", "s'", "est", "sont", "has",
    "had", "have", "was", "is", "were", "also", "aussi", "également", "encore", "alors", "ensuite", "déjà",
    "then", "later", "again", "earlier", "previously", "already", "ainsi", "notamment", "pourtant",
]);

/// Prepositions: a name right after one is an object or a complement, never a subject.
#[rustfmt::skip]
/// Words of a role's complement before a person in apposition ("le ministre de l'Intérieur et
/// des Outre-mer, X").
const MAX_ROLE_COMPLEMENT: usize = 8;

static PREPOSITIONS: WordSet = WordSet::new(&[
    "à", "au", "aux", "pour", "dans", "sur", "chez", "avec", "par", "en", "de", "du", "des", "d'",
    "d’", "contre", "vers", "auprès", "to", "on", "in", "at", "for", "with", "from", "by", "of",
    "about", "into", "against", "via",
]);

/// Determiners before a role or an institution noun.
#[rustfmt::skip]
static DETERMINERS: WordSet = WordSet::new(&[
    "le", "la", "l'", "l’", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "notre", "ce", "cet",
    "cette", "ces", "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
]);

/// Nouns of people by role: the noun, the role it names (synonyms share one), its grammatical
/// gender (`f`, `m` or `-` for both).
#[rustfmt::skip]
const ROLES: &[(&str, &str, char)] = &[
    ("ministre", "minister", '-'), ("minister", "minister", '-'), ("secrétaire", "secretary", '-'),
    ("secretary", "secretary", '-'), ("secretary-general", "secretary-general", '-'),
    ("director-general", "director-general", '-'),
    ("président", "president", 'm'), ("présidente", "president", 'f'),
    ("president", "president", '-'), ("chairman", "chair", 'm'), ("chairwoman", "chair", 'f'),
    ("chair", "chair", '-'), ("juge", "judge", '-'), ("judge", "judge", '-'), ("magistrat", "judge", 'm'),
    ("magistrate", "judge", '-'), ("procureur", "prosecutor", 'm'), ("procureure", "prosecutor", 'f'),
    ("prosecutor", "prosecutor", '-'), ("avocat", "lawyer", 'm'), ("avocate", "lawyer", 'f'),
    ("lawyer", "lawyer", '-'), ("attorney", "lawyer", '-'), ("me", "lawyer", '-'), ("maître", "lawyer", '-'),
    ("réalisateur", "filmmaker", 'm'), ("réalisatrice", "filmmaker", 'f'), ("cinéaste", "filmmaker", '-'),
    ("filmmaker", "filmmaker", '-'), ("sélectionneur", "coach", 'm'), ("sélectionneuse", "coach", 'f'),
    ("entraîneur", "coach", 'm'), ("entraîneuse", "coach", 'f'), ("coach", "coach", '-'),
    ("manager", "coach", '-'), ("technicien", "coach", 'm'), ("joueur", "player", 'm'),
    ("joueuse", "player", 'f'), ("player", "player", '-'), ("capitaine", "captain", '-'),
    ("captain", "captain", '-'), ("porte-parole", "spokesperson", '-'), ("spokesman", "spokesperson", 'm'),
    ("spokeswoman", "spokesperson", 'f'), ("spokesperson", "spokesperson", '-'), ("maire", "mayor", '-'),
    ("mayor", "mayor", '-'), ("édile", "mayor", '-'), ("député", "lawmaker", 'm'), ("députée", "lawmaker", 'f'),
    ("lawmaker", "lawmaker", '-'), ("congressman", "lawmaker", 'm'), ("congresswoman", "lawmaker", 'f'),
    ("sénateur", "senator", 'm'), ("sénatrice", "senator", 'f'), ("senator", "senator", '-'),
    ("gouverneur", "governor", 'm'), ("governor", "governor", '-'), ("chancelier", "chancellor", 'm'),
    ("chancelière", "chancellor", 'f'), ("chancellor", "chancellor", '-'), ("directeur", "director", 'm'),
    ("directrice", "director", 'f'), ("director", "director", '-'), ("patron", "director", 'm'),
    ("patronne", "director", 'f'), ("pdg", "director", '-'), ("ceo", "director", '-'),
    ("dirigeant", "leader", 'm'), ("dirigeante", "leader", 'f'), ("leader", "leader", '-'),
    ("chef", "leader", '-'), ("cheffe", "leader", 'f'), ("chief", "leader", '-'), ("professeur", "professor", '-'),
    ("professeure", "professor", 'f'), ("professor", "professor", '-'), ("docteur", "doctor", '-'),
    ("médecin", "doctor", '-'), ("doctor", "doctor", '-'), ("dr", "doctor", '-'), ("physician", "doctor", '-'),
    ("chercheur", "researcher", 'm'), ("chercheuse", "researcher", 'f'), ("researcher", "researcher", '-'),
    ("scientist", "researcher", '-'), ("épidémiologiste", "researcher", '-'), ("chanteur", "singer", 'm'),
    ("chanteuse", "singer", 'f'), ("singer", "singer", '-'), ("acteur", "actor", 'm'), ("actrice", "actor", 'f'),
    ("actor", "actor", 'm'), ("actress", "actor", 'f'), ("écrivain", "writer", 'm'), ("écrivaine", "writer", 'f'),
    ("auteur", "writer", 'm'), ("autrice", "writer", 'f'), ("writer", "writer", '-'), ("author", "writer", '-'),
    ("ambassadeur", "ambassador", 'm'), ("ambassadrice", "ambassador", 'f'), ("ambassador", "ambassador", '-'),
    ("diplomate", "diplomat", '-'), ("diplomat", "diplomat", '-'), ("roi", "monarch", 'm'),
    ("reine", "monarch", 'f'), ("king", "monarch", 'm'), ("queen", "monarch", 'f'), ("candidat", "candidate", 'm'),
    ("candidate", "candidate", '-'), ("accusé", "defendant", 'm'), ("accusée", "defendant", 'f'),
    ("defendant", "defendant", '-'), ("suspect", "suspect", 'm'), ("suspecte", "suspect", 'f'),
    ("victime", "victim", 'f'), ("victim", "victim", '-'), ("témoin", "witness", '-'), ("witness", "witness", '-'),
    ("plaignant", "plaintiff", 'm'), ("plaignante", "plaintiff", 'f'), ("policier", "officer", 'm'),
    ("policière", "officer", 'f'), ("officer", "officer", '-'), ("gendarme", "officer", '-'),
    ("enquêteur", "investigator", 'm'), ("enquêtrice", "investigator", 'f'), ("syndicaliste", "unionist", '-'),
    ("militant", "activist", 'm'), ("militante", "activist", 'f'), ("activist", "activist", '-'),
    ("habitant", "resident", 'm'), ("habitante", "resident", 'f'), ("resident", "resident", '-'),
    ("responsable", "official", '-'), ("official", "official", '-'), ("employé", "employee", 'm'),
    ("employée", "employee", 'f'), ("employee", "employee", '-'), ("salarié", "employee", 'm'),
    ("salariée", "employee", 'f'), ("homme", "man", 'm'), ("femme", "woman", 'f'), ("man", "man", 'm'),
    ("woman", "woman", 'f'), ("expert", "expert", 'm'), ("experte", "expert", 'f'), ("spécialiste", "expert", '-'),
    ("analyste", "analyst", '-'), ("analyst", "analyst", '-'), ("quadragénaire", "person", '-'),
    ("quinquagénaire", "person", '-'), ("sexagénaire", "person", '-'), ("trentenaire", "person", '-'),
    ("septuagénaire", "person", '-'), ("octogénaire", "person", '-'), ("adolescent", "person", 'm'),
    ("adolescente", "person", 'f'), ("mère", "mother", 'f'), ("père", "father", 'm'), ("mother", "mother", 'f'),
    ("father", "father", 'm'), ("fils", "son", 'm'), ("fille", "daughter", 'f'), ("son", "son", 'm'),
    ("daughter", "daughter", 'f'), ("épouse", "spouse", 'f'), ("mari", "spouse", 'm'), ("wife", "spouse", 'f'),
    ("husband", "spouse", 'm'), ("conseiller", "adviser", 'm'), ("conseillère", "adviser", 'f'),
    ("adviser", "adviser", '-'), ("advisor", "adviser", '-'), ("commissaire", "commissioner", '-'),
    ("commissioner", "commissioner", '-'), ("préfet", "prefect", 'm'), ("préfète", "prefect", 'f'),
    ("élu", "lawmaker", 'm'), ("élue", "lawmaker", 'f'), ("eurodéputé", "mep", 'm'),
    ("eurodéputée", "mep", 'f'), ("mep", "mep", '-'), ("parlementaire", "lawmaker", '-'), ("gardien", "keeper", 'm'), ("gardienne", "keeper", 'f'),
    ("goalkeeper", "keeper", '-'), ("attaquant", "player", 'm'), ("attaquante", "player", 'f'),
    ("défenseur", "player", 'm'), ("milieu", "player", 'm'), ("pivot", "player", '-'),
];

/// Nouns of institutions that speak (`la préfecture a annoncé`, `the ministry said`), with their
/// French gender (`-` for English) and the capitalised head an organisation's name has.
#[rustfmt::skip]
const INSTITUTIONS: &[(&str, char, &str)] = &[
    ("préfecture", 'f', "Préfecture"), ("mairie", 'f', "Mairie"), ("ministère", 'm', "Ministère"),
    ("gouvernement", 'm', "Gouvernement"), ("parquet", 'm', "Parquet"), ("police", 'f', "Police"),
    ("gendarmerie", 'f', "Gendarmerie"), ("tribunal", 'm', "Tribunal"), ("cour", 'f', "Cour"),
    ("commune", 'f', "Commune"), ("municipalité", 'f', "Municipalité"), ("département", 'm', "Département"),
    ("région", 'f', "Région"), ("conseil", 'm', "Conseil"), ("commission", 'f', "Commission"),
    ("agence", 'f', "Agence"), ("entreprise", 'f', "Entreprise"), ("société", 'f', "Société"),
    ("groupe", 'm', "Groupe"), ("direction", 'f', "Direction"), ("syndicat", 'm', "Syndicat"),
    ("parti", 'm', "Parti"), ("club", 'm', "Club"), ("fédération", 'f', "Fédération"),
    ("association", 'f', "Association"), ("hôpital", 'm', "Hôpital"), ("université", 'f', "Université"),
    ("ambassade", 'f', "Ambassade"), ("armée", 'f', "Armée"), ("présidence", 'f', "Présidence"),
    ("banque", 'f', "Banque"), ("compagnie", 'f', "Compagnie"), ("constructeur", 'm', "Constructeur"),
    ("office", 'm', "Office"), ("autorité", 'f', "Autorité"), ("organisation", 'f', "Organisation"),
    ("institut", 'm', "Institut"), ("ministry", '-', "Ministry"), ("government", '-', "Government"),
    ("department", '-', "Department"), ("agency", '-', "Agency"), ("company", '-', "Company"),
    ("firm", '-', "Firm"), ("bank", '-', "Bank"), ("court", '-', "Court"), ("council", '-', "Council"),
    ("commission", '-', "Commission"), ("committee", '-', "Committee"), ("office", '-', "Office"),
    ("board", '-', "Board"), ("union", '-', "Union"), ("party", '-', "Party"), ("club", '-', "Club"),
    ("league", '-', "League"), ("administration", '-', "Administration"), ("hospital", '-', "Hospital"),
    ("university", '-', "University"), ("embassy", '-', "Embassy"), ("army", '-', "Army"),
    ("military", '-', "Military"), ("federation", '-', "Federation"), ("authority", '-', "Authority"),
    ("organisation", '-', "Organisation"), ("organization", '-', "Organization"), ("institute", '-', "Institute"),
    ("regulator", '-', "Regulator"), ("prosecutor's", '-', "Prosecutor"), ("team", '-', "Team"),
];

/// Plural subjects that name nobody: `les autorités`, `officials`.
#[rustfmt::skip]
static UNNAMED: WordSet = WordSet::new(&[
    "autorités", "responsables", "experts", "officials", "authorities", "residents", "habitants", "militants",
    "manifestants", "salariés", "employés", "sources", "analysts", "analystes", "observateurs", "spécialistes",
    "médecins", "chercheurs", "researchers", "scientists", "enquêteurs", "investigators", "prosecutors",
    "élus", "députés", "ministres", "dirigeants", "leaders", "syndicats", "organisateurs", "organizers",
    "organisers", "policiers", "police", "voisins", "neighbours", "neighbors", "proches", "parents", "familles",
    "families", "witnesses", "témoins", "supporters", "fans", "joueurs", "players", "avocats", "lawyers",
    "associations", "ong", "opposants", "critics", "critiques", "observers", "economists", "économistes",
    "commentateurs", "gens", "people", "users", "utilisateurs", "internautes", "élèves", "students",
    "étudiants", "patients", "victimes", "victims", "agriculteurs", "farmers", "workers", "ouvriers", "jurés",
    "jurors", "chasseurs", "officiels", "diplomates", "diplomats",
]);

/// Referents a pronoun can stand for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Referent {
    /// A person, by entity.
    Person(usize, Option<Gender>),
    /// A named organisation.
    Org(usize),
    /// A role noun (`le magistrat`), resolved to a person or to nobody.
    Role(Option<Speaker>, Option<Gender>),
    /// An institution noun (`la préfecture`), resolved or not.
    Institution(Option<Speaker>, Option<Gender>),
    /// An unnamed group (`les autorités`).
    Unnamed,
}

/// Who speaks: a named entity or a description the article writes (`préfecture de l'Orne`).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Speaker {
    Entity(usize),
    Phrase(Span),
}

/// What stands at a token: a possible subject, where it ends (exclusive token index).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Subject {
    /// A named entity that can speak.
    Name(usize),
    /// A role, institution or unnamed group.
    Noun(Referent),
    /// A pronoun: its gender, or `None` for a plural (`ils`, `they`).
    Pronoun(Option<Gender>, bool),
    /// A name that cannot speak here (a medium, an object of a preposition).
    Skip,
}

/// What the attribution of a quotation says.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Evidence {
    /// No attribution.
    None,
    /// An attribution that names a speaker, or says the speaker is unnamed (`None`).
    Said(Option<Speaker>),
}

/// The inputs of the speaker search.
pub(super) struct Input<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub entities: &'a [Entity],
    pub groups: &'a [EntityGroup],
    pub blocks: &'a [Block],
    pub sentences: &'a [Span],
    pub gazetteer: &'a Gazetteer,
}

/// One outermost quotation, by tokens.
struct Quote {
    entity: usize,
    /// First token (the opening mark) and one past the last.
    first: usize,
    end: usize,
    block: usize,
}

struct Reader<'a> {
    input: &'a Input<'a>,
    /// Entity starting at each token (names only), and the token after it.
    name_at: Vec<Option<(usize, usize)>>,
    /// The name ending right before each token that follows one (names do not overlap).
    name_ends: FxHashMap<usize, usize>,
    /// Is the token inside an outermost quotation?
    quoted: Vec<bool>,
    /// Possible referents outside quotations, by first token.
    referents: Vec<(usize, Referent)>,
    /// The mentions of the persons introduced with each role, in text order.
    roles: FxHashMap<&'static str, Vec<usize>>,
    /// The sex of the role word a person was introduced with ("le député X"), by group: what
    /// tells "la députée" from him when the given name does not.
    role_gender: FxHashMap<usize, Gender>,
    /// Block of each token.
    block_of: Vec<u32>,
    /// Each token in lower case with straight apostrophes, borrowed when it already is.
    lowered: Vec<Cow<'a, str>>,
    /// Whether each token may be a verb of speech: unknown, no, maybe (see [`Reader::verb_at`]).
    verb_cache: Vec<std::cell::Cell<u8>>,
}

/// The quotations of the report with their speakers and kinds.
pub(super) fn speakers(input: &Input<'_>) -> Vec<Quotation> {
    let quotes = outer_quotes(input);
    let reader = Reader::new(input, &quotes);
    let mut out: Vec<Quotation> = Vec::new();
    // The last quotation with an attribution or a continued one: (index in `quotes`, speaker,
    // the token where its attribution ends).
    let mut previous: Option<(usize, Option<Speaker>, usize)> = None;
    let mut outer_end = 0;
    for (q, qe) in input
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == Label::Quote)
    {
        let nested = qe.end <= outer_end;
        outer_end = outer_end.max(qe.end);
        let Some(k) = (!nested)
            .then(|| quotes.binary_search_by_key(&q, |x| x.entity).ok())
            .flatten()
        else {
            out.push(Quotation {
                entity: q,
                speaker: None,
                speaker_group: None,
                kind: QuoteKind::Phrase,
            });
            continue;
        };
        let quote = &quotes[k];
        let (evidence, attribution_end) = reader.attribution(quote, &quotes, k);
        let (speaker, kind) = match evidence {
            Evidence::Said(None) => {
                let s = previous.and_then(|p| reader.says_again(p, k, &quotes, attribution_end));
                previous = Some((k, s, attribution_end));
                (s, QuoteKind::Speech)
            }
            Evidence::Said(s) => {
                previous = Some((k, s, attribution_end));
                (s, QuoteKind::Speech)
            }
            Evidence::None => match previous.filter(|&p| reader.continues(p, quote, &quotes)) {
                Some((_, s, _)) => {
                    previous = Some((k, s, quote.end));
                    (s, QuoteKind::Speech)
                }
                None if reader.is_phrase(quote) => (None, QuoteKind::Phrase),
                None => {
                    previous = Some((k, None, quote.end));
                    (None, QuoteKind::Speech)
                }
            },
        };
        let speaker_group = match speaker {
            Some(Speaker::Entity(e)) => input.entities[e].group,
            _ => None,
        };
        let speaker = match speaker {
            Some(Speaker::Entity(e)) => speaker_group
                .map(|g| input.groups[g].name.clone())
                .or_else(|| Some(input.entities[e].text.clone())),
            Some(Speaker::Phrase(span)) => Some(input.text[span.range()].to_owned()),
            None => None,
        };
        out.push(Quotation {
            entity: q,
            speaker,
            speaker_group,
            kind,
        });
    }
    out
}

/// The outermost quotations, with their tokens and blocks, in text order.
fn outer_quotes(input: &Input<'_>) -> Vec<Quote> {
    let toks = input.toks;
    let mut out = Vec::new();
    let (mut cursor, mut block, mut outer_end) = (0, 0, 0);
    for (i, e) in input.entities.iter().enumerate() {
        if e.label != Label::Quote || e.end <= outer_end {
            continue;
        }
        outer_end = e.end;
        while cursor < toks.len() && toks[cursor].span.start < e.start {
            cursor += 1;
        }
        let first = cursor;
        let mut end = first;
        while end < toks.len() && toks[end].span.start < e.end {
            end += 1;
        }
        while block + 1 < input.blocks.len() && input.blocks[block].span.end <= e.start {
            block += 1;
        }
        out.push(Quote {
            entity: i,
            first,
            end,
            block,
        });
    }
    out
}

/// The most tokens of a line that names the speaker of the quotation below it.
const MAX_NAME_LINE: usize = 24;

/// Verbs of speech whose object is the person spoken to ("told the committee", "asked the
/// judge"): the name after them is never the speaker.
const OBJECT_VERBS: &[&str] = &[
    "told", "tells", "tell", "telling", "asked", "asks", "urged", "urges", "warned", "warns",
    "assured", "assures", "reminded", "reminds", "informed", "informs", "thanked", "thanks",
];

/// The role a noun names and its gender (one hash lookup: every word of a text is asked).
fn role_of(word: &str) -> Option<(&'static str, Option<Gender>)> {
    static MAP: OnceLock<FxHashMap<&'static str, (&'static str, char)>> = OnceLock::new();
    MAP.get_or_init(|| ROLES.iter().map(|&(w, r, g)| (w, (r, g))).collect())
        .get(word)
        .map(|&(role, g)| (role, gender_of(g)))
}

/// The gender and capitalised head of an institution noun.
fn institution_of(word: &str) -> Option<(Option<Gender>, &'static str)> {
    static MAP: OnceLock<FxHashMap<&'static str, (char, &'static str)>> = OnceLock::new();
    MAP.get_or_init(|| INSTITUTIONS.iter().map(|&(w, g, h)| (w, (g, h))).collect())
        .get(word)
        .map(|&(g, head)| (gender_of(g), head))
}

/// Can a word that is not a name open a referent (a determiner, a pronoun, a role, an unnamed
/// group)? Most words cannot, and are passed over with this one test.
fn may_refer(word: &str) -> bool {
    DETERMINERS.contains(word)
        || matches!(
            word,
            "il" | "elle"
                | "ils"
                | "elles"
                | "he"
                | "she"
                | "they"
                | "it"
                | "intéressé"
                | "intéressée"
        )
        || role_of(word).is_some()
        || UNNAMED.contains(word)
}

fn gender_of(g: char) -> Option<Gender> {
    match g {
        'f' => Some(Gender::Feminine),
        'm' => Some(Gender::Masculine),
        _ => None,
    }
}

/// Is `word` (lower case) a verb of speech? Forms that are more often nouns count only in an
/// inversion or right after a quotation (`inverted`: `lance-t-il`, `», alerte X`).
pub fn is_speech_verb(word: &str, inverted: bool) -> bool {
    if FR_FORMS.contains(word) || EN_FORMS.contains(word) {
        return true;
    }
    if !inverted && NOT_VERBS.contains(word) {
        return false;
    }
    let word = word.trim_start_matches("s'").trim_start_matches("s’");
    const ENDINGS: &[&str] = &[
        "aient", "èrent", "ait", "ant", "ent", "ées", "ée", "és", "er", "é", "a", "e",
    ];
    if word.len() < 3 || !word.is_char_boundary(word.len()) {
        return false;
    }
    ENDINGS.iter().any(|e| {
        word.strip_suffix(e).is_some_and(|stem| {
            // "annonçait" → "annonc", "jugeait" → "jug".
            let stem: Cow<'_, str> = if stem.contains('ç') {
                Cow::Owned(stem.replace('ç', "c"))
            } else {
                Cow::Borrowed(stem)
            };
            let stem = stem
                .strip_suffix('e')
                .filter(|s| s.ends_with('g'))
                .unwrap_or(&stem);
            !stem.is_empty() && FR_STEMS.contains(stem)
        })
    })
}

/// Is `word` (lower case, straight apostrophes) a verb of speech on its own or in a singular
/// inversion (`indique`, `dit-elle`, `estime-t-il`)?
pub fn is_said(word: &str) -> bool {
    is_speech_verb(word, true)
        || inversion(word).is_some_and(|(verb, g)| g.is_some() && is_speech_verb(verb, true))
}

/// A French inversion (`a-t-il`, `dit-elle`, `estime-t-il`): the verb and the pronoun's gender
/// (`None` inside for a plural).
fn inversion(word: &str) -> Option<(&str, Option<Gender>)> {
    let (verb, pronoun) = word.rsplit_once('-')?;
    let gender = match pronoun {
        "il" => Some(Gender::Masculine),
        "elle" => Some(Gender::Feminine),
        "ils" | "elles" | "on" => None,
        _ => return None,
    };
    Some((verb.strip_suffix("-t").unwrap_or(verb), gender))
}

impl<'a> Reader<'a> {
    fn new(input: &'a Input<'a>, quotes: &[Quote]) -> Self {
        let toks = input.toks;
        let mut quoted = vec![false; toks.len()];
        for q in quotes {
            for flag in &mut quoted[q.first..q.end] {
                *flag = true;
            }
        }
        let mut name_at = vec![None; toks.len()];
        let mut cursor = 0;
        for (i, e) in input.entities.iter().enumerate() {
            if e.group.is_none() {
                continue;
            }
            while cursor < toks.len() && toks[cursor].span.start < e.start {
                cursor += 1;
            }
            if toks.get(cursor).is_some_and(|t| t.span.start == e.start) {
                let mut end = cursor;
                while end < toks.len() && toks[end].span.start < e.end {
                    end += 1;
                }
                name_at[cursor] = Some((i, end));
            }
        }
        let mut block_of = vec![0u32; toks.len()];
        let mut b = 0;
        for (i, t) in toks.iter().enumerate() {
            while b + 1 < input.blocks.len() && input.blocks[b].span.end <= t.span.start {
                b += 1;
            }
            block_of[i] = b as u32;
        }
        let name_ends = name_at.iter().flatten().map(|&(e, end)| (end, e)).collect();
        let mut reader = Self {
            input,
            name_at,
            name_ends,
            quoted,
            referents: Vec::new(),
            roles: FxHashMap::default(),
            role_gender: FxHashMap::default(),
            block_of,
            lowered: toks
                .iter()
                .map(|t| {
                    let lower = lower_case(&input.text[t.span.range()]);
                    if lower.contains('’') {
                        Cow::Owned(lower.replace('’', "'"))
                    } else {
                        lower
                    }
                })
                .collect(),
            verb_cache: vec![std::cell::Cell::new(0); toks.len()],
        };
        reader.collect_roles();
        reader.collect_referents();
        reader
    }

    /// The name entity starting at token `i`, and the token after it.
    fn name(&self, i: usize) -> Option<(usize, usize)> {
        self.name_at.get(i).copied().flatten()
    }

    fn word(&self, i: usize) -> &'a str {
        self.input
            .toks
            .get(i)
            .map_or("", |t| &self.input.text[t.span.range()])
    }

    /// The token at `i` in lower case with straight apostrophes (computed once per token).
    fn lower(&self, i: usize) -> &str {
        self.lowered.get(i).map_or("", AsRef::as_ref)
    }

    fn is_word(&self, i: usize) -> bool {
        self.input.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    fn entity(&self, e: usize) -> &'a Entity {
        &self.input.entities[e]
    }

    /// The gender of a person entity, from the given name that opens its group's name.
    fn person_gender(&self, e: usize) -> Option<Gender> {
        let name = self
            .entity(e)
            .group
            .map_or(self.entity(e).text.as_str(), |g| {
                self.input.groups[g].name.as_str()
            });
        let first = name.split([' ', '-']).next()?;
        self.input.gazetteer.gender(first).or_else(|| {
            self.entity(e)
                .group
                .and_then(|g| self.role_gender.get(&g).copied())
        })
    }

    /// May the person named by entity `e` be spoken of with a word of sex `g` ("la ministre")?
    /// Yes when either sex is unknown.
    fn fits_sex(&self, e: usize, g: Option<Gender>) -> bool {
        g.is_none() || self.person_gender(e).is_none_or(|pg| Some(pg) == g)
    }

    fn is_media(&self, e: usize) -> bool {
        let text = lower_case(&self.entity(e).text).replace('’', "'");
        let group = self
            .entity(e)
            .group
            .map(|g| lower_case(&self.input.groups[g].name).replace('’', "'"));
        MEDIA.contains(text.as_str())
            || group.is_some_and(|g| MEDIA.contains(g.as_str()))
            || text
                .split_once(' ')
                .is_some_and(|(head, _)| MEDIA.contains(head) && head.len() >= 3)
    }

    /// Roles a person was introduced with: a role noun right before one of its
    /// mentions (`le cinéaste Luc Besson`, `U.S. District Judge Kimba Wood`), or in an
    /// apposition after it (`X, le porte-parole du …`, `X, director of …`). Every mention of
    /// that person is then listed under the role.
    fn collect_roles(&mut self) {
        let mut by_group: FxHashMap<usize, Vec<&'static str>> = FxHashMap::default();
        let mut role_gender: FxHashMap<usize, Gender> = FxHashMap::default();
        for (t, &(e, end)) in self
            .name_at
            .iter()
            .enumerate()
            .filter_map(|(t, n)| n.as_ref().map(|n| (t, n)))
        {
            let entity = self.entity(e);
            let (Label::Per, Some(g)) = (entity.label, entity.group) else {
                continue;
            };
            let before = self.role_word_before(t).into_iter();
            let after = (self.word(end) == ",")
                .then(|| (end + 1..end + 3).map(|i| self.lower(i)))
                .into_iter()
                .flatten();
            for w in before.chain(after) {
                if let Some((role, sex)) = role_of(w.trim_end_matches('.')) {
                    if let Some(sex) = sex {
                        role_gender.entry(g).or_insert(sex);
                    }
                    let list = by_group.entry(g).or_default();
                    // Each role once a person: its mentions are listed once under it, not once
                    // for every mention the role came with (quadratic in a long text).
                    if !list.contains(&role) {
                        list.push(role);
                    }
                }
            }
        }
        // "le Préfet de Région Paca, Stéphane Bouillon": a role and its complement before a
        // person in apposition.
        for k in 1..self.input.toks.len() {
            let Some((role, sex)) = role_of(self.lower(k)) else {
                continue;
            };
            if !DETERMINERS.contains(self.lower(k - 1)) {
                continue;
            }
            let Some(Speaker::Entity(e)) = self.apposed_person(k, sex) else {
                continue;
            };
            let Some(g) = self.entity(e).group else {
                continue;
            };
            if let Some(sex) = sex {
                role_gender.entry(g).or_insert(sex);
            }
            let list = by_group.entry(g).or_default();
            if !list.contains(&role) {
                list.push(role);
            }
        }
        let mut roles: FxHashMap<&'static str, Vec<usize>> = FxHashMap::default();
        for (g, list) in by_group {
            for role in list {
                roles
                    .entry(role)
                    .or_default()
                    .extend(&self.input.groups[g].mentions);
            }
        }
        for mentions in roles.values_mut() {
            mentions.sort_unstable();
            mentions.dedup();
        }
        self.roles = roles;
        self.role_gender = role_gender;
    }

    /// The word that may name the role of the person whose name starts at token `t`: the word
    /// right before the name ("le cinéaste Luc Besson"), before its full stop ("Dr. Eric
    /// Handler") or a party's acronym ("l'eurodéputé LFI Marc Delorme"), or before the people
    /// adjectives that follow the role ("le président français François Hollande"); then also
    /// before a comma when the role opens its phrase after a determiner ("Le président
    /// français, François Hollande, a …").
    fn role_word_before(&self, t: usize) -> Option<&str> {
        let mut w = t.checked_sub(1)?;
        let comma = self.word(w) == ",";
        if comma {
            w = w.checked_sub(1)?;
        }
        if self.word(w) == "." || super::names::is_acronym(self.word(w)) {
            w = w.checked_sub(1)?;
        }
        let mut skipped = 0;
        while skipped < 2 && w > 0 && self.is_people_adjective(self.lower(w)) {
            w -= 1;
            skipped += 1;
        }
        // The determiner opens a clause ("Le président français, X", "Lundi, le président, X"),
        // not a complement ("après l'intervention de la députée LFI, X a demandé").
        let clause_start =
            |d: usize| d == 0 || matches!(self.word(d - 1), "." | "\n" | "," | ":" | ";");
        let opens = w == 0
            || (DETERMINERS.contains(self.lower(w - 1)) && clause_start(w - 1))
            || matches!(self.word(w - 1), "." | "\n");
        (!comma || opens).then(|| self.lower(w))
    }

    /// Is `word` (lower case) the adjective of a people ("français", "américaine", "russe")?
    fn is_people_adjective(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let Some(first) = chars.next().filter(|c| c.is_lowercase()) else {
            return false;
        };
        let capitalised: String = first.to_uppercase().chain(chars).collect();
        self.input.gazetteer.is_demonym(&capitalised)
    }

    /// The possible referents of pronouns outside quotations, in text order.
    fn collect_referents(&mut self) {
        let n = self.input.toks.len();
        let mut i = 0;
        while i < n {
            if self.quoted[i] {
                i += 1;
                continue;
            }
            // A name after a preposition is no subject, but a pronoun may still stand for it
            // ("le but de Léna Grandveau … souriait l'intéressée").
            let name = self.name(i).is_some();
            if !name && !may_refer(self.lower(i)) {
                i += 1;
                continue;
            }
            let object = !name && self.after_preposition(i);
            // "Mr Spencer’s comments …, he says": a possessive's name is no subject, but the
            // pronouns after it may stand for it.
            if let Some((e, end)) = self.name(i).filter(|&(_, end)| {
                matches!(self.word(end), "'" | "’") && self.lower(end + 1) == "s"
            }) {
                if self.entity(e).label == Label::Per {
                    self.referents
                        .push((i, Referent::Person(e, self.person_gender(e))));
                }
                i = end + 2;
                continue;
            }
            match self.subject_at_with(i, object) {
                Some((Subject::Name(e), end)) => {
                    let r = match self.entity(e).label {
                        Label::Per => Some(Referent::Person(e, self.person_gender(e))),
                        // "the killing of the NSCDC personnel": an organisation in a
                        // complement is not what "it" says next (a person may be).
                        Label::Org if !self.after_preposition(i) => Some(Referent::Org(e)),
                        _ => None,
                    };
                    self.referents.extend(r.map(|r| (i, r)));
                    i = end;
                }
                Some((Subject::Noun(r), end)) => {
                    self.referents.push((i, r));
                    i = end;
                }
                Some((_, end)) => i = end.max(i + 1),
                None => i += 1,
            }
        }
    }

    /// The person the article introduced with `role`, most recently before token `at`.
    /// A person of another sex than the role's word is not it ("la ministre" is not Pierre X).
    fn person_with_role(&self, role: &str, g: Option<Gender>, at: usize) -> Option<Speaker> {
        let start = self.input.toks.get(at).map_or(usize::MAX, |t| t.span.start);
        let mentions = self.roles.get(role)?;
        let before = mentions.partition_point(|&m| self.entity(m).start < start);
        mentions[..before]
            .iter()
            .rev()
            .find(|&&m| self.fits_sex(m, g))
            .map(|&m| Speaker::Entity(m))
    }

    /// "l'inoxydable Olivier Krumbholz … Apôtre du collectif, le sélectionneur": a role that no
    /// one was introduced with names the person named just before it, when that person is the
    /// most recent possible referent, the first of its sentence, in the same paragraph, of a
    /// fitting sex, and known by no other role.
    fn person_just_named(&self, role: &str, g: Option<Gender>, at: usize) -> Option<Speaker> {
        let mut recent = self.referents_before(at);
        let &(t, r) = recent.next()?;
        let Referent::Person(e, pg) = r else {
            return None;
        };
        // The person opens its sentence's referents (a subject, not an object: "President X met
        // Y … said the minister" names nobody).
        let start = self.input.toks[t].span.start;
        let i = self.input.sentences.partition_point(|s| s.end <= start);
        let sentence_start = self.input.sentences.get(i).map_or(0, |s| s.start);
        let first_in_sentence = recent
            .next()
            .is_none_or(|&(p, _)| self.input.toks[p].span.start < sentence_start);
        let same_block = first_in_sentence && self.block_of.get(at) == self.block_of.get(t);
        let fits = g.is_none() || pg.is_none() || g == pg;
        let other_role = self
            .roles
            .iter()
            .any(|(&r, mentions)| r != role && mentions.binary_search(&e).is_ok());
        (same_block && fits && !other_role).then_some(Speaker::Entity(e))
    }

    /// The referents before token `at`, most recent first, at most [`REFERENT_LOOKBACK`].
    fn referents_before(&self, at: usize) -> impl Iterator<Item = &(usize, Referent)> {
        let end = self.referents.partition_point(|&(t, _)| t < at);
        self.referents[..end].iter().rev().take(REFERENT_LOOKBACK)
    }

    /// The organisation named with the capitalised `head` most recently before token `at`.
    fn organisation_with(&self, head: &str, at: usize) -> Option<Speaker> {
        self.referents_before(at).find_map(|&(_, r)| match r {
            Referent::Org(e) if self.entity(e).text.split([' ', '-']).any(|w| w == head) => {
                Some(Speaker::Entity(e))
            }
            _ => None,
        })
    }

    /// Is the token at `i` the object of a preposition (`à l'AFP`, `dans le JDD`, `of the`)?
    fn after_preposition(&self, i: usize) -> bool {
        let mut p = i;
        if p > 0 && DETERMINERS.contains(self.lower(p - 1)) {
            p -= 1;
        }
        p > 0 && PREPOSITIONS.contains(self.lower(p - 1))
    }

    /// A possible subject starting at token `i`, and the token after it.
    fn subject_at(&self, i: usize) -> Option<(Subject, usize)> {
        self.subject_at_with(i, self.after_preposition(i))
    }

    /// [`Reader::subject_at`], saying whether `i` follows a preposition (`according to X` is
    /// read as a subject).
    fn subject_at_with(&self, i: usize, after_preposition: bool) -> Option<(Subject, usize)> {
        if let Some((e, end)) = self.name(i) {
            // "Labour’s shadow health secretary Jonathan Ashworth said": a possessive's name
            // qualifies what follows, which is the subject.
            if matches!(self.word(end), "'" | "’") && self.lower(end + 1) == "s" {
                return Some((Subject::Skip, end + 2));
            }
            let label = self.entity(e).label;
            let speaks = matches!(label, Label::Per | Label::Org | Label::Loc)
                && !self.is_media(e)
                && !after_preposition;
            return Some((
                if speaks {
                    Subject::Name(e)
                } else {
                    Subject::Skip
                },
                end,
            ));
        }
        if !self.is_word(i) {
            return None;
        }
        let w = self.lower(i);
        let pronoun = match w {
            "il" | "he" => Some((Some(Gender::Masculine), false)),
            "elle" | "she" => Some((Some(Gender::Feminine), false)),
            "ils" | "elles" | "they" => Some((None, false)),
            "it" => Some((None, true)),
            _ => None,
        };
        if let Some((g, it)) = pronoun {
            return Some((Subject::Pronoun(g, it), i + 1));
        }
        // "l'intéressée": the person just spoken of.
        if matches!(w, "intéressé" | "intéressée") {
            let g = if w.ends_with("ée") {
                Gender::Feminine
            } else {
                Gender::Masculine
            };
            return Some((Subject::Pronoun(Some(g), false), i + 1));
        }
        // A determiner, up to two adjectives, then a role, institution or unnamed group; a role
        // right before a person's name is that person's title ("le professeur Rémi Salomon",
        // "hospital employee Jennifer Quintero").
        let determiner = DETERMINERS.contains(w);
        if after_preposition {
            return None; // "du candidat", "of the committee": a complement
        }
        let first = i + usize::from(determiner);
        if let Some(found) = determiner.then(|| self.role_after_name(i, first)).flatten() {
            return Some(found);
        }
        for k in first..(first + 3).min(self.input.toks.len()) {
            if determiner && k == first && self.name(k).is_some() {
                return self.subject_at_with(k, false); // "la CGT", "le Kremlin"
            }
            if !self.is_word(k) || self.name(k).is_some() {
                break;
            }
            let noun = self.lower(k);
            if self.person_follows(k) {
                return None;
            }
            if role_of(noun).is_some() {
                if !determiner && k == i && !self.word(i).starts_with(char::is_uppercase) {
                    // A bare role ("official") is a subject only in the plural forms below.
                    return None;
                }
                return self.role_subject(i, k);
            }
            if let Some((g, head)) = institution_of(noun) {
                if !determiner {
                    return None;
                }
                // "a government minister", "the ministry spokesman": the institution qualifies
                // the role that follows it.
                if role_of(self.lower(k + 1)).is_some() {
                    return self.role_subject(i, k + 1);
                }
                let g = g.or_else(|| self.determiner_gender(i));
                let resolved = self
                    .organisation_with(head, i)
                    .or_else(|| self.named_complement(k))
                    .or_else(|| self.earlier_institution(noun, i))
                    .or_else(|| self.organisation_apposed_to(noun, i));
                return Some((Subject::Noun(Referent::Institution(resolved, g)), k + 1));
            }
            if UNNAMED.contains(noun) {
                return Some((Subject::Noun(Referent::Unnamed), k + 1));
            }
            // Skip an adjective ("le sélectionneur tricolore" reads the noun first, so only
            // words before the noun: "the elder", "la jeune").
            if !determiner || noun.len() < 3 || k > first {
                break;
            }
        }
        None
    }

    /// "the former Nurnberg coach", "the Labour leader", "the Obama adviser": after a determiner
    /// (its phrase from `i`) and up to two lower-case words from `first`, a name right before a
    /// role qualifies the role, which is the subject.
    fn role_after_name(&self, i: usize, first: usize) -> Option<(Subject, usize)> {
        for k in first..first + 3 {
            if let Some((_, end)) = self.name(k) {
                return (role_of(self.lower(end)).is_some() && !self.person_follows(end))
                    .then(|| self.role_subject(i, end))
                    .flatten();
            }
            let lower_word = self.is_word(k) && !self.word(k).starts_with(char::is_uppercase);
            if !lower_word || role_of(self.lower(k)).is_some() {
                return None;
            }
        }
        None
    }

    /// The person or organisation a relative pronoun at `t` ("qui", "who") stands for: the name
    /// that ends right before it, or before its comma.
    fn antecedent(&self, t: usize) -> Option<usize> {
        if !matches!(self.lower(t), "qui" | "who") {
            return None;
        }
        let end = if t > 0 && self.word(t - 1) == "," {
            t - 1
        } else {
            t
        };
        self.name_ends.get(&end).copied().filter(|&e| {
            matches!(self.entity(e).label, Label::Per | Label::Org) && !self.is_media(e)
        })
    }

    /// Is the word at `k` a title right before a person's name ("le professeur Rémi Salomon"),
    /// maybe with a party or place between ("l'eurodéputé LFI Marc Delorme")?
    fn person_follows(&self, k: usize) -> bool {
        let mut p = k + 1;
        if let Some((e, end)) = self.name(p) {
            if self.entity(e).label != Label::Per {
                p = end;
            }
        }
        (p..p + 2).any(|t| {
            self.name(t)
                .is_some_and(|(e, _)| self.entity(e).label == Label::Per)
                && (p..t).all(|x| !self.is_word(x) || self.word(x) == ".")
        })
    }

    /// The subject "the role at `k`", its phrase starting at `i`: the person introduced with
    /// that role, if any.
    fn role_subject(&self, i: usize, k: usize) -> Option<(Subject, usize)> {
        let (role, g) = role_of(self.lower(k))?;
        let role = if self.heads_the_state(k) {
            "president"
        } else {
            role
        };
        let g = g.or_else(|| self.determiner_gender(i));
        let resolved = self
            .apposed_person(k, g)
            .or_else(|| self.person_with_role(role, g, i))
            .or_else(|| self.person_just_named(role, g, i));
        Some((Subject::Noun(Referent::Role(resolved, g)), k + 1))
    }

    /// "le ministre de l'Intérieur, Gérald Darmanin", "the head of the agency, Jane Roe": the
    /// person named in apposition after the role at `k` and its complement (a preposition and up
    /// to [`MAX_ROLE_COMPLEMENT`] words, no verb, no clause), of the role's sex when it has one.
    fn apposed_person(&self, k: usize, g: Option<Gender>) -> Option<Speaker> {
        let toks = self.input.toks.len();
        let mut t = k + 1;
        if PREPOSITIONS.contains(self.lower(t)) {
            let limit = (t + MAX_ROLE_COMPLEMENT).min(toks);
            while t < limit {
                if self
                    .name(t)
                    .is_some_and(|(e, _)| self.entity(e).label == Label::Per)
                {
                    break; // "le préfet de police Laurent Nuñez"
                }
                let w = self.lower(t);
                let clause = matches!(w, "qui" | "que" | "qu'" | "who" | "which" | "that")
                    || is_speech_verb(w, false)
                    || AUXILIARIES.contains(w);
                if clause || !self.is_word(t) {
                    break;
                }
                t = self.name(t).map_or(t + 1, |(_, end)| end);
            }
        }
        if self.word(t) == "," {
            t += 1;
        }
        let closed =
            |end: usize| end >= toks || matches!(self.word(end), "," | "." | ";" | "(" | ")" | "»");
        let person = |t: usize| {
            self.name(t)
                .filter(|&(e, end)| self.entity(e).label == Label::Per && closed(end))
        };
        let (e, end) = person(t)?;
        // A one-word name in the complement may be its place, taken for a person ("le préfet
        // de région Paca, Stéphane Bouillon"): the person after the comma is the one.
        let e = match person(end + 1) {
            Some((p, _)) if self.word(end) == "," => p,
            _ => e,
        };
        (t > k + 1 && self.fits_sex(e, g)).then_some(Speaker::Entity(e))
    }

    /// "le chef de l'État" (France's president), "the head of state": the president.
    fn heads_the_state(&self, k: usize) -> bool {
        let Some(tok) = self.input.toks.get(k) else {
            return false;
        };
        let rest = self.input.text.get(tok.span.end..).unwrap_or("");
        let rest: String = rest
            .chars()
            .take(12)
            .map(|c| if c == '’' { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        matches!(self.lower(k), "chef" | "cheffe" | "head")
            && [
                " de l'état",
                " de l'etat",
                " d'état",
                " d'etat",
                " of state",
            ]
            .iter()
            .any(|p| rest.starts_with(p))
    }

    fn determiner_gender(&self, i: usize) -> Option<Gender> {
        match self.lower(i) {
            "le" | "un" | "son" | "ce" | "cet" => Some(Gender::Masculine),
            "la" | "une" | "sa" | "cette" => Some(Gender::Feminine),
            _ => None,
        }
    }

    /// "préfecture de l'Orne", "ministry of Health": the noun at `k` with a named complement.
    fn named_complement(&self, k: usize) -> Option<Speaker> {
        let mut t = k + 1;
        if !PREPOSITIONS.contains(self.lower(t)) {
            return None;
        }
        t += 1;
        if matches!(self.lower(t), "la" | "l'" | "le" | "les" | "the") {
            t += 1;
        }
        let (_, end) = self.name(t)?;
        let toks = self.input.toks;
        Some(Speaker::Phrase(Span::new(
            toks[k].span.start,
            toks[end - 1].span.end,
        )))
    }

    /// The resolution of the same institution noun met earlier ("la préfecture de l'Orne" …
    /// "la préfecture").
    fn earlier_institution(&self, noun: &str, at: usize) -> Option<Speaker> {
        self.referents_before(at).find_map(|&(t, r)| match r {
            Referent::Institution(Some(s), _) if (t..t + 3).any(|k| self.lower(k) == noun) => {
                Some(s)
            }
            _ => None,
        })
    }

    /// "Telecommunication company, MTN Nigeria, has …" … "the company said": the organisation
    /// named in apposition to the same noun, most recently before token `at`.
    fn organisation_apposed_to(&self, noun: &str, at: usize) -> Option<Speaker> {
        self.referents_before(at).find_map(|&(t, r)| match r {
            Referent::Org(e) if t >= 2 && self.word(t - 1) == "," && self.lower(t - 2) == noun => {
                Some(Speaker::Entity(e))
            }
            _ => None,
        })
    }

    /// The speech verb at token `i`, if any: the token after it, and the pronoun of an inversion.
    /// `lenient` also takes the forms that are more often nouns (`alerte`), for the word right
    /// after a quotation's closing mark.
    fn verb_at(&self, i: usize, lenient: bool) -> Option<(usize, Option<Subject>)> {
        // Most tokens are no verb: that is found out once per token, then remembered (a token
        // is read by the windows of the quotations before and after it).
        const UNKNOWN: u8 = 0;
        const NO: u8 = 1;
        const MAYBE: u8 = 2;
        let state = self.verb_cache.get(i)?;
        match state.get() {
            NO => return None,
            UNKNOWN => {
                let found = self.is_word(i) && self.verb_at_uncached(i, true).is_some();
                state.set(if found { MAYBE } else { NO });
                if !found {
                    return None;
                }
            }
            _ => {}
        }
        self.verb_at_uncached(i, lenient)
    }

    fn verb_at_uncached(&self, i: usize, lenient: bool) -> Option<(usize, Option<Subject>)> {
        let w = self.lower(i);
        if let Some((verb, gender)) = inversion(w) {
            if matches!(verb, "a" | "avait" | "aura") {
                // "a-t-il ajouté": the participle follows.
                let next = (i + 1..i + 3).find(|&k| self.is_word(k))?;
                return is_speech_verb(self.lower(next), false)
                    .then_some((next + 1, Some(Subject::Pronoun(gender, false))));
            }
            return is_speech_verb(verb, true)
                .then_some((i + 1, Some(Subject::Pronoun(gender, false))));
        }
        if w == "according" && self.lower(i + 1) == "to" {
            return Some((i + 2, None));
        }
        if w == "d'" && self.lower(i + 1) == "après" {
            return Some((i + 2, None));
        }
        (self.is_word(i) && is_speech_verb(w, lenient)).then_some((i + 1, None))
    }

    /// The tokens of an attribution window from `from`, quoted tokens skipped, up to
    /// `limit` tokens, stopping at a line break and at the end of `sentence_end`.
    fn window(&self, from: usize, sentence_end: usize, limit: usize) -> Vec<usize> {
        let toks = self.input.toks;
        let mut out = Vec::new();
        let mut i = from;
        // Quoted tokens are skipped but counted, so that a run of quotations costs a bounded
        // amount of reading per quotation.
        while i < toks.len() && out.len() < limit && i - from < MAX_SCANNED {
            let t = &toks[i];
            if t.span.start >= sentence_end || (i > from && t.line_before) {
                break;
            }
            if !self.quoted[i] {
                out.push(i);
            }
            i += 1;
        }
        out
    }

    /// What a run of tokens says about the speaker, reading it as an attribution: a verb and
    /// its subject after it (inverted) or before it, or `selon X`.
    fn read(&self, window: &[usize], verb_first: bool, before_quote: usize) -> Evidence {
        // The last speech verb for an attribution before the quotation, the first otherwise.
        let verbs: Vec<(usize, usize, Option<Subject>)> = window
            .iter()
            .enumerate()
            .filter_map(|(p, &t)| {
                let leading = verb_first && window[..p].iter().all(|&x| !self.is_word(x));
                self.verb_at(t, leading).map(|(next, s)| (p, next, s))
            })
            .collect();
        let verb = if verb_first {
            verbs.first()
        } else {
            verbs.last()
        };
        let Some(&(p, next, inverted)) = verb else {
            return Evidence::None;
        };
        // "X a demandé une sanction contre Y, qui l'a traitée de « … »": a relative clause
        // between the verb and the quotation holds the quotation; the verb before it does not
        // govern it.
        if !verb_first
            && window[p + 1..]
                .iter()
                .any(|&t| matches!(self.lower(t), "qui" | "who" | "which"))
        {
            return Evidence::None;
        }
        if let Some(Subject::Pronoun(g, it)) = inverted {
            return Evidence::Said(self.resolve_pronoun(g, it, before_quote));
        }
        // The subject after the verb ("a déclaré X", "said X", "selon X"), unless an attribution
        // before the quotation has its subject before the verb ("X a dit : « »").
        let after: Vec<usize> = window.iter().copied().filter(|&t| t >= next).collect();
        let subject_before = |until: usize| {
            let mut last = None;
            let mut k = 0;
            while k < until {
                let t = window[k];
                match self.subject_at(t) {
                    Some((s, end)) => {
                        if !matches!(s, Subject::Skip) && !self.apposition(t) {
                            last = Some(s);
                        }
                        k += 1;
                        while k < until && window[k] < end {
                            k += 1;
                        }
                    }
                    None => {
                        // "…, Jocelyn Dessigny, qui l'a traitée de": the relative pronoun
                        // stands for the name right before it.
                        if let Some(e) = self.antecedent(t) {
                            last = Some(Subject::Name(e));
                        }
                        k += 1;
                    }
                }
            }
            last
        };
        let source = matches!(self.lower(window[p]), "selon" | "according" | "d'");
        if source {
            // "selon X", "according to X", "d'après X": X is the source.
            // "selon lui", "according to her": the stressed pronoun stands for a person.
            let stressed = after.first().and_then(|&t| match self.lower(t) {
                "lui" | "him" => Some(Gender::Masculine),
                "elle" | "her" => Some(Gender::Feminine),
                _ => None,
            });
            if let Some(g) = stressed {
                return Evidence::Said(self.resolve_pronoun(Some(g), false, before_quote));
            }
            let found = after
                .first()
                .and_then(|&t| match self.subject_at_with(t, false) {
                    Some((Subject::Skip, _)) | None => None,
                    Some((s, _)) => Some(s),
                });
            return found.map_or(Evidence::None, |s| {
                Evidence::Said(self.resolve(s, before_quote))
            });
        }
        let verb_opens = p == 0 || window[..p].iter().all(|&t| self.is_filler(t));
        // "X told the committee, « … »": after a verb that takes its listener, the name is the
        // listener, never the speaker.
        let listener_follows = !verb_first && OBJECT_VERBS.contains(&self.lower(window[p]));
        let found = if listener_follows {
            subject_before(p)
        } else if verb_opens {
            self.first_subject(&after).or_else(|| subject_before(p))
        } else if verb_first {
            // After the quotation with words before the verb: a name or a role there is the
            // subject ("…," Spicer said, when asked how they …); a pronoun only when nothing
            // after the verb is one ("…," lui a répondu X).
            match subject_before(p) {
                named @ Some(Subject::Name(_) | Subject::Noun(_)) => named,
                other => self.first_subject(&after).or(other),
            }
        } else {
            subject_before(p).or_else(|| self.first_subject(&after))
        };
        match found {
            Some(s) => Evidence::Said(self.resolve(s, before_quote)),
            None => Evidence::Said(None),
        }
    }

    /// Punctuation, auxiliaries and adverbs that may stand before an inverted verb.
    fn is_filler(&self, t: usize) -> bool {
        !self.is_word(t) || AUXILIARIES.contains(self.lower(t))
    }

    /// Is the subject at `t` an apposition of a name before it ("X, le porte-parole"), or the
    /// party or place of a role in such an apposition ("Louis Boyard, député LFI, commente")?
    fn apposition(&self, t: usize) -> bool {
        let after_name =
            |comma: usize| self.word(comma) == "," && self.name_ends.contains_key(&comma);
        let role_complement = t >= 3
            && self
                .name(t)
                .is_some_and(|(e, _)| self.entity(e).label != Label::Per)
            && role_of(self.lower(t - 1)).is_some()
            && after_name(t - 2);
        // "Olivier Véran (LREM) a constaté": a name in brackets is said of the one before it.
        let bracketed = t >= 1 && self.word(t - 1) == "(";
        // "Liang Zhang, Chairman and CEO of Synutra, said": the second role of the apposition.
        let second_role = t >= 2
            && matches!(self.lower(t - 1), "and" | "et" | "&")
            && role_of(self.lower(t)).is_some()
            && role_of(self.lower(t - 2)).is_some()
            && self.apposition(t - 2);
        (t >= 2 && after_name(t - 1) && self.name(t).is_none())
            || role_complement
            || bracketed
            || second_role
    }

    /// The first subject in `tokens` (after an inverted verb), stopping at a relative pronoun or
    /// a sentence end.
    fn first_subject(&self, tokens: &[usize]) -> Option<Subject> {
        let mut k = 0;
        while k < tokens.len() {
            let t = tokens[k];
            let w = self.lower(t);
            // A full stop after an abbreviated title ("Dr.", "Gov.") does not end the clause.
            let abbreviation = w == "."
                && t > 0
                && self.word(t - 1).len() <= 3
                && self.word(t - 1).starts_with(char::is_uppercase);
            if matches!(
                w,
                "qui" | "que" | "qu'" | "who" | "which" | "that" | "." | ";" | "!" | "?"
            ) && !abbreviation
            {
                return None;
            }
            match self.subject_at(t) {
                Some((Subject::Skip, end)) => {
                    while k < tokens.len() && tokens[k] < end {
                        k += 1;
                    }
                }
                // "a estimé l'eurodéputée LFI Manon Aubry": a party or a place right before a
                // person is the person's, who speaks.
                Some((Subject::Name(e), end)) if self.entity(e).label != Label::Per => {
                    let person = self
                        .name(end)
                        .filter(|&(p, _)| self.entity(p).label == Label::Per);
                    return Some(Subject::Name(person.map_or(e, |(p, _)| p)));
                }
                Some((s, _)) => return Some(s),
                None => k += 1,
            }
        }
        None
    }

    fn resolve(&self, s: Subject, before_quote: usize) -> Option<Speaker> {
        match s {
            Subject::Name(e) => Some(Speaker::Entity(e)),
            Subject::Noun(Referent::Role(r, _) | Referent::Institution(r, _)) => r,
            Subject::Noun(_) | Subject::Skip => None,
            Subject::Pronoun(g, it) => self.resolve_pronoun(g, it, before_quote),
        }
    }

    /// The most recent referent of a pronoun of gender `g` (`None`: plural, nobody) before
    /// token `at`, within its paragraph and the [`PARAGRAPH_LOOKBACK`] before.
    fn resolve_pronoun(&self, g: Option<Gender>, it: bool, at: usize) -> Option<Speaker> {
        if g.is_none() && !it {
            return None;
        }
        let block = self.block_of.get(at).copied().unwrap_or(0) as usize;
        let lowest = block.saturating_sub(PARAGRAPH_LOOKBACK);
        let fits = |other: Option<Gender>| g.is_none() || other.is_none() || other == g;
        for &(t, r) in self.referents_before(at) {
            if (self.block_of[t] as usize) < lowest {
                return None;
            }
            match r {
                Referent::Person(e, pg) if !it && fits(pg) => return Some(Speaker::Entity(e)),
                Referent::Role(s, rg) if !it && fits(rg) => return s,
                Referent::Institution(s, ig) if it || (ig.is_some() && fits(ig)) => return s,
                Referent::Org(e) if it => return Some(Speaker::Entity(e)),
                _ => {}
            }
        }
        None
    }

    /// The attribution of `quotes[k]` and the token where it ends.
    fn attribution(&self, quote: &Quote, quotes: &[Quote], k: usize) -> (Evidence, usize) {
        let input = self.input;
        let toks = input.toks;
        let sentence_of = |byte: usize| {
            let i = input.sentences.partition_point(|s| s.end <= byte);
            input.sentences.get(i).filter(|s| s.start <= byte).copied()
        };
        let q = &input.entities[quote.entity];
        // 1. An incise inside the marks: ", a déclaré X," / ", said the mayor."
        if let Some(e) = self.incise(quote) {
            return (e, quote.end);
        }
        let sentence_end = sentence_of(q.end.saturating_sub(1)).map_or(q.end, |s| s.end.max(q.end));
        let next_quote = quotes.get(k + 1).map_or(usize::MAX, |n| n.first);
        // 2. Right after, before any other quotation.
        let after = self.window(quote.end, sentence_end, AFTER_TOKENS);
        let near: Vec<usize> = after.iter().copied().filter(|&t| t < next_quote).collect();
        // Words that open the next quotation attribute it, and nothing after them this one.
        let opens_next = self.introduces_next(&near, next_quote);
        if !opens_next {
            if let e @ Evidence::Said(_) = self.read(&near, true, quote.first) {
                return (e, near.last().map_or(quote.end, |&t| t + 1));
            }
        }
        // 3. Before it, in its sentence (not reaching back into an earlier quotation).
        // (A headline is no sentence: its line is, "Garcia : « Un vrai rappel à l'ordre »".)
        let sentence = sentence_of(q.start);
        let previous_end = k.checked_sub(1).map_or(0, |p| quotes[p].end);
        let mut from = quote.first;
        while from > previous_end
            && quote.first - from < BEFORE_TOKENS
            && toks[from - 1].span.start >= sentence.map_or(0, |s| s.start)
            && !toks[from].line_before
        {
            from -= 1;
        }
        let line_start = from == 0 || toks[from].line_before;
        let sentence_start = match sentence {
            Some(s) => s.start,
            None if line_start => toks[from].span.start,
            None => {
                from = quote.first;
                q.start
            }
        };
        let before: Vec<usize> = (from..quote.first).collect();
        if let e @ Evidence::Said(_) = self.read(&before, false, quote.first) {
            return (e, quote.end);
        }
        if let Some(e) = self.colon(&before, sentence_start) {
            return (e, quote.end);
        }
        // 4. After it, across later quotations of the sentence.
        if after.len() > near.len() && !opens_next {
            if let e @ Evidence::Said(_) = self.read(&after, true, quote.first) {
                return (e, quote.end);
            }
        }
        // 5. A line that names the speaker alone right above it.
        if let Some(e) = self.name_line(quote) {
            return (e, quote.end);
        }
        (Evidence::None, quote.end)
    }

    /// "« A » qui « B », son interlocuteur X a constaté « C »": the words between two quotations
    /// end with a verb of speech that opens the next one, so they attribute that one, not the
    /// one before.
    fn introduces_next(&self, near: &[usize], next_quote: usize) -> bool {
        // (`next_quote` is usize::MAX when no quotation follows.)
        if near.last().is_none_or(|&t| t + 1 != next_quote) {
            return false;
        }
        let Some(&last) = near.iter().rev().find(|&&t| self.is_word(t)) else {
            return false;
        };
        // Nothing or a colon between ("a constaté « … »", "a déclaré : « … »"); a full stop or a
        // comma ends the attribution of the one before ("\"A,\" X said. \"B\"").
        (last + 1..next_quote).all(|t| self.word(t) == ":") && self.verb_at(last, true).is_some()
    }

    /// "Le plus blasé : Christian Gourcuff (entraîneur de Rennes)" or "Jane Doe, mayor", alone on
    /// the line right above a quotation that opens its line: the heading of a round-up of
    /// reactions or of an interview. The line holds a person's name, maybe after a label ending
    /// with a colon, and after the name only a parenthesis or an apposition, no sentence.
    fn name_line(&self, quote: &Quote) -> Option<Evidence> {
        let toks = self.input.toks;
        let q = quote.first;
        if q == 0 || !toks[q].line_before {
            return None;
        }
        let mut s = q - 1;
        while s > 0 && !toks[s].line_before && q - s <= MAX_NAME_LINE {
            s -= 1;
        }
        if q - s > MAX_NAME_LINE || (s..q).any(|t| self.quoted[t]) {
            return None;
        }
        // "Philippe Marnat :" ends with the colon that introduces the quotation.
        let body = if self.word(q - 1) == ":" { q - 1 } else { q };
        let at = (s..body)
            .find(|&t| self.word(t) == ":")
            .map_or(s, |c| c + 1);
        let (e, end) = self.name(at)?;
        let ends_sentence = matches!(self.word(body - 1), "." | "!" | "?");
        let apposition = end == body || matches!(self.word(end), "(" | "," | "-" | "–" | "—");
        (self.entity(e).label == Label::Per && apposition && !ends_sentence)
            .then_some(Evidence::Said(Some(Speaker::Entity(e))))
    }

    /// "X, syndicaliste, est inquiet : « … »": a sentence that opens with a name (or a role and
    /// the name set off by commas) and ends with a colon right before the quotation.
    fn colon(&self, before: &[usize], sentence_start: usize) -> Option<Evidence> {
        let (&last, &first) = (before.last()?, before.first()?);
        if self.word(last) != ":" || self.input.toks[first].span.start != sentence_start {
            return None;
        }
        // The name opens the sentence, or follows a role set off by a comma ("Le maire,
        // Julien Arnaud, est inquiet :").
        let mut at = first;
        while at < first + 4
            && self.name(at).is_none()
            && (DETERMINERS.contains(self.lower(at))
                || role_of(self.lower(at)).is_some()
                || self.word(at) == ",")
        {
            at += 1;
        }
        let (mut e, end) = self.name(at)?;
        // "Labour’s shadow health secretary Jonathan Ashworth said …:": the possessive's name
        // qualifies the role of the person after it.
        if matches!(self.word(end), "'" | "’") && self.lower(end + 1) == "s" {
            let person = (end + 2..end + 7)
                .take_while(|&t| {
                    self.name(t).is_some() || self.word(t).starts_with(char::is_lowercase)
                })
                .find_map(|t| self.name(t))
                .filter(|&(p, _)| self.entity(p).label == Label::Per);
            e = person?.0;
        }
        (matches!(self.entity(e).label, Label::Per | Label::Org) && !self.is_media(e))
            .then_some(Evidence::Said(Some(Speaker::Entity(e))))
    }

    /// ", a déclaré X," inside a quotation: a comma, then a verb of speech.
    fn incise(&self, quote: &Quote) -> Option<Evidence> {
        let inner = quote.first + 1..quote.end.saturating_sub(1);
        for c in inner.clone() {
            if self.word(c) != "," {
                continue;
            }
            let mut v = c + 1;
            while v < inner.end && AUXILIARIES.contains(self.lower(v)) {
                v += 1;
            }
            if v >= inner.end || self.verb_at(v, true).is_none() || self.lower(v) == "selon" {
                continue;
            }
            let mut window = Vec::new();
            let mut t = v;
            while t < inner.end && window.len() < INCISE_TOKENS {
                window.push(t);
                if t > v && matches!(self.word(t), "," | "." | ";") {
                    break;
                }
                t += 1;
            }
            let ends = window
                .last()
                .is_some_and(|&t| matches!(self.word(t), "," | "." | ";"));
            if !ends {
                continue;
            }
            if let e @ Evidence::Said(_) = self.read(&window, true, quote.first) {
                return Some(e);
            }
        }
        None
    }

    /// Does `quote` continue the quotation `previous` (same paragraph, or the next paragraph
    /// opening with it), with no other possible speaker named in between?
    fn continues(
        &self,
        (p, speaker, attribution_end): (usize, Option<Speaker>, usize),
        quote: &Quote,
        quotes: &[Quote],
    ) -> bool {
        let prev = &quotes[p];
        let same = prev.block == quote.block;
        let opens_next = quote.block == prev.block + 1
            && self.block_of.get(quote.first).copied() == Some(quote.block as u32)
            && quote.first > 0
            && self.block_of[quote.first - 1] as usize == prev.block;
        if !(same || opens_next) {
            return false;
        }
        let blocks = self.input.blocks;
        if blocks
            .get(quote.block)
            .is_some_and(|b| b.kind == crate::segment::BlockKind::Heading)
            || blocks
                .get(prev.block)
                .is_some_and(|b| b.kind == crate::segment::BlockKind::Heading)
        {
            return false;
        }
        // Other possible speakers between the attribution and this quotation.
        let lo = self
            .referents
            .partition_point(|&(t, _)| t < attribution_end);
        let hi = self.referents.partition_point(|&(t, _)| t < quote.first);
        self.referents[lo..hi]
            .iter()
            .all(|&(_, r)| match (r, speaker) {
                (Referent::Person(e, _) | Referent::Org(e), Some(Speaker::Entity(s))) => {
                    self.entity(e).group == self.entity(s).group
                }
                _ => false,
            })
    }

    /// "« … », dit encore le ministre": a role no one was introduced with, said to speak again
    /// ("encore", "poursuit") right after the previous quotation (`quotes[k - 1]`, in the same or
    /// the previous paragraph), is that quotation's speaker when it is a person of a fitting sex
    /// and no other possible speaker is named in between.
    fn says_again(
        &self,
        previous: (usize, Option<Speaker>, usize),
        k: usize,
        quotes: &[Quote],
        attribution_end: usize,
    ) -> Option<Speaker> {
        let (p, Some(Speaker::Entity(e)), _) = previous else {
            return None;
        };
        let quote = &quotes[k];
        if p + 1 != k || quote.block > quotes[p].block + 1 || self.entity(e).label != Label::Per {
            return None;
        }
        let words = quote.end..attribution_end;
        let again = words
            .clone()
            .any(|t| matches!(self.lower(t), "encore" | "poursuit" | "poursuivi"));
        let role = words.clone().find_map(|t| {
            let (_, g) = role_of(self.lower(t))?;
            let determiner = t
                .checked_sub(1)
                .filter(|&d| DETERMINERS.contains(self.lower(d)))?;
            Some(g.or_else(|| self.determiner_gender(determiner)))
        });
        let (true, Some(g)) = (again, role) else {
            return None;
        };
        let fits = self.fits_sex(e, g);
        let alone = self.continues(previous, quote, quotes) || {
            let lo = self.referents.partition_point(|&(t, _)| t < quotes[p].end);
            let hi = self.referents.partition_point(|&(t, _)| t < quote.first);
            self.referents[lo..hi].iter().all(|&(_, r)| match r {
                Referent::Person(o, _) => self.entity(o).group == self.entity(e).group,
                _ => true,
            })
        };
        (fits && alone).then_some(Speaker::Entity(e))
    }

    /// A short quotation with no sentence inside: a quoted phrase.
    fn is_phrase(&self, quote: &Quote) -> bool {
        let inner = quote.first + 1..quote.end.saturating_sub(1);
        let words = inner.clone().filter(|&t| self.is_word(t)).count();
        words <= PHRASE_WORDS
            && !inner
                .clone()
                .any(|t| matches!(self.word(t), "." | "!" | "?" | "…"))
    }
}
