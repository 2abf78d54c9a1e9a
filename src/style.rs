//! Style highlights as Hemingway shows them, in French and English: adverbs, passive voice,
//! qualifiers and weakeners, and words with a simpler alternative.
//!
//! One pass over the word tokens of [`crate::segment::word_tokens`] (lower-cased, `’` read as
//! `'`), sentence by sentence (a token after `.`, `!`, `?`, `;` or `:` starts a new one). At each
//! token the longest phrase of the lists below that starts there wins, in this order: passive
//! voice, simpler alternative, qualifier, adverb; highlights never overlap.
//!
//! * **Passive voice**. English: a form of *be* (`is`, `was`, `been`, `being` …), up to two
//!   adverbs or `not`, then a past participle (a word in `-ed` that is not one of the common
//!   non-verbs `need`, `hundred` …, or one of the irregular participles listed). French: a form of
//!   *être* (and the *avoir* before `été`: `a été rédigé`), up to three adverbs or negation
//!   words, then a participle in `-é -i -u -is -it -ert -int` and their feminine and plural
//!   forms; not after a reflexive pronoun (`s'est rendu` is active), not `c'est`, and not the
//!   participles of the verbs conjugated with *être* in the active voice (`est venu`, `sont
//!   arrivés`, `est né`). Both are the usual rules of grammars, not a parser: a predicative
//!   adjective in `-ed`/`-é` (`was tired`, `est fatigué`) is marked too, as Hemingway marks it.
//! * **Adverbs**. English: words in `-ly` of five letters or more, less the common adjectives
//!   and nouns in `-ly` (`family`, `likely`, `friendly`, `July` …). French: words in `-ment`,
//!   which are adverbs unless a determiner or preposition comes just before (`le gouvernement`,
//!   `du financement`), the word is elided (`l'établissement`), or it is one of the common
//!   nouns in `-ment` listed (`moment`, `parlement` …).
//! * **Qualifiers and weakeners** (`very`, `quite`, `I think`; `très`, `assez`, `sans doute`)
//!   and **simpler alternatives** (`utilize` → `use`, `in order to` → `to`; `afin de` → `pour`,
//!   `effectuer` → `faire`): lists written for this project.
//!
//! Names (a capital inside a sentence) are never highlighted. Other languages get no
//! highlights.

use crate::lang::Language;
use crate::offsets::{ConvertOffsets, OffsetIndex};
use crate::segment;
use crate::span::Span;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
use whatlang::Lang;

/// What a highlight is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum StyleKind {
    /// A verb in the passive voice.
    Passive,
    /// A word or phrase with a simpler alternative.
    Simpler,
    /// A qualifier or weakener.
    Qualifier,
    /// An adverb.
    Adverb,
}

/// One highlight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Highlight {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: StyleKind,
    /// The simpler alternative, for [`StyleKind::Simpler`].
    pub suggestion: Option<&'static str>,
}

/// The style highlights of one text, in text order, with their counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StyleReport {
    /// Passive verbs.
    pub passives: usize,
    /// Words or phrases with a simpler alternative.
    pub simpler: usize,
    /// Qualifiers and weakeners.
    pub qualifiers: usize,
    /// Adverbs.
    pub adverbs: usize,
    /// Every highlight.
    pub highlights: Vec<Highlight>,
}

impl ConvertOffsets for StyleReport {
    fn convert_offsets(&mut self, index: &OffsetIndex<'_>) {
        for h in &mut self.highlights {
            h.span.convert_offsets(index);
        }
    }
}

/// A word token: where it is, its lower-case form, and whether it starts a sentence.
struct Token<'t> {
    span: Span,
    /// The word in lower case, NFC, with `’` as `'`: the text's own slice when it already is.
    lower: Cow<'t, str>,
    starts_sentence: bool,
    /// A capital inside a sentence, or at its start before another capital ("Kelly Smith").
    name: bool,
}

fn tokens<'t>(text: &str, words: &[(usize, &'t str)]) -> Vec<Token<'t>> {
    let mut out: Vec<Token> = Vec::with_capacity(words.len());
    let mut capital: Vec<bool> = Vec::with_capacity(words.len());
    let mut last_end = 0;
    for &(start, raw) in words {
        let gap = &text[last_end..start];
        let starts_sentence = out.is_empty() || gap.contains(['.', '!', '?', ';', ':', '\n']);
        let lower = lower_form(raw);
        capital.push(raw.chars().next().is_some_and(char::is_uppercase));
        out.push(Token {
            span: Span::new(start, start + raw.len()),
            lower,
            starts_sentence,
            name: false,
        });
        last_end = start + raw.len();
    }
    for i in 0..out.len() {
        let next_is_name =
            capital.get(i + 1) == Some(&true) && out.get(i + 1).is_some_and(|t| !t.starts_sentence);
        out[i].name = capital[i] && (!out[i].starts_sentence || next_is_name);
    }
    out
}

/// `raw` in lower case, NFC, with `’` and `ʼ` as `'`; borrowed when it is so already (most
/// words of a text: no allocation for them).
fn lower_form(raw: &str) -> Cow<'_, str> {
    let nfc = raw.is_ascii() || is_nfc_quick(raw.chars()) == IsNormalized::Yes;
    let folded = |c: char| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        let mut lower = c.to_lowercase();
        c != '\u{2019}' && c != '\u{2bc}' && lower.next() == Some(c) && lower.next().is_none()
    };
    if nfc && raw.chars().all(folded) {
        return Cow::Borrowed(raw);
    }
    let fold = |c: char, out: &mut String| match c {
        '\u{2019}' | '\u{2bc}' => out.push('\''),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    };
    let mut lower = String::with_capacity(raw.len());
    if nfc {
        raw.chars().for_each(|c| fold(c, &mut lower));
    } else {
        raw.nfc().for_each(|c| fold(c, &mut lower));
    }
    Cow::Owned(lower)
}

/// A phrase's words and its suggestion.
type Phrase = (Vec<&'static str>, Option<&'static str>);

/// Phrases of a list, indexed by their first word.
struct Phrases {
    by_first: FxHashMap<&'static str, Vec<Phrase>>,
}

impl Phrases {
    fn new(list: &[(&'static str, &'static str)], with_suggestion: bool) -> Self {
        let mut by_first: FxHashMap<&'static str, Vec<_>> = FxHashMap::default();
        for &(phrase, suggestion) in list {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            by_first
                .entry(words[0])
                .or_default()
                .push((words, with_suggestion.then_some(suggestion)));
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Self { by_first }
    }

    /// The longest phrase starting at `tokens[i]` (within one sentence): its length in tokens
    /// and its suggestion.
    fn longest(&self, tokens: &[Token<'_>], i: usize) -> Option<(usize, Option<&'static str>)> {
        let candidates = self.by_first.get(&*tokens[i].lower)?;
        candidates.iter().find_map(|(words, suggestion)| {
            let fits = words.iter().enumerate().all(|(k, w)| {
                tokens
                    .get(i + k)
                    .is_some_and(|t| t.lower == *w && (k == 0 || !t.starts_sentence))
            });
            fits.then_some((words.len(), *suggestion))
        })
    }
}

/// The lists of one language.
struct Lists {
    english: bool,
    simpler: Phrases,
    qualifiers: Phrases,
}

fn lists(language: Lang) -> Option<&'static Lists> {
    static EN: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    static FR: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    match language {
        Lang::Eng => Some(EN.get_or_init(|| Lists {
            english: true,
            simpler: Phrases::new(EN_SIMPLER, true),
            qualifiers: Phrases::new(&pairs(EN_QUALIFIERS), false),
        })),
        Lang::Fra => Some(FR.get_or_init(|| Lists {
            english: false,
            simpler: Phrases::new(FR_SIMPLER, true),
            qualifiers: Phrases::new(&pairs(FR_QUALIFIERS), false),
        })),
        _ => None,
    }
}

fn pairs(list: &[&'static str]) -> Vec<(&'static str, &'static str)> {
    list.iter().map(|&w| (w, "")).collect()
}

/// The style highlights of `text` in `language` (none for languages other than French and
/// English).
#[must_use]
pub fn analyse(text: &str, language: Option<Language>) -> StyleReport {
    let words: Vec<(usize, &str)> = segment::word_tokens(text).collect();
    analyse_tokens(text, &words, language)
}

/// [`analyse`] over the word tokens of `text` already split by
/// [`segment::word_tokens`].
#[must_use]
pub fn analyse_tokens(
    text: &str,
    words: &[(usize, &str)],
    language: Option<Language>,
) -> StyleReport {
    let Some(lists) = language.and_then(|l| lists(l.0)) else {
        return StyleReport::default();
    };
    let tokens = tokens(text, words);
    let mut report = StyleReport::default();
    let mut i = 0;
    while i < tokens.len() {
        let found = if lists.english {
            english_passive(&tokens, i)
        } else {
            french_passive(&tokens, i)
        }
        .map(|(n, from)| (n, from, StyleKind::Passive, None))
        .or_else(|| {
            (!tokens[i].name)
                .then(|| lists.simpler.longest(&tokens, i))
                .flatten()
                .map(|(n, s)| (n, 0, StyleKind::Simpler, s))
        })
        .or_else(|| {
            (!tokens[i].name)
                .then(|| lists.qualifiers.longest(&tokens, i))
                .flatten()
                .map(|(n, _)| (n, 0, StyleKind::Qualifier, None))
        })
        .or_else(|| {
            let adverb = if lists.english {
                english_adverb(&tokens[i])
            } else {
                french_adverb(&tokens, i)
            };
            adverb.then_some((1, 0, StyleKind::Adverb, None))
        });
        let Some((n, back, kind, suggestion)) = found else {
            i += 1;
            continue;
        };
        // `back` tokens before `i` belong to the highlight (the "a" of "a été rédigé"),
        // unless an earlier highlight holds them.
        let first = i - back;
        let start = tokens[first].span.start;
        let start = match report.highlights.last() {
            Some(prev) if prev.span.end > start => tokens[i].span.start,
            _ => start,
        };
        report.highlights.push(Highlight {
            span: Span::new(start, tokens[i + n - 1].span.end),
            kind,
            suggestion,
        });
        match kind {
            StyleKind::Passive => report.passives += 1,
            StyleKind::Simpler => report.simpler += 1,
            StyleKind::Qualifier => report.qualifiers += 1,
            StyleKind::Adverb => report.adverbs += 1,
        }
        i += n;
    }
    report
}

// ---------------------------------------------------------------- English

fn english_adverb(t: &Token) -> bool {
    let w = &*t.lower;
    w.len() >= 5 && w.ends_with("ly") && w.is_ascii() && !t.name && !EN_LY_NOT_ADVERBS.contains(&w)
}

/// A passive at `tokens[i]`: its length in tokens and how many tokens before `i` it takes.
fn english_passive(tokens: &[Token], i: usize) -> Option<(usize, usize)> {
    if !EN_BE.contains(&&*tokens[i].lower) {
        return None;
    }
    let mut k = i + 1;
    while k < tokens.len() && k <= i + 2 && !tokens[k].starts_sentence {
        let w = &*tokens[k].lower;
        if EN_BETWEEN.contains(&w) || english_adverb(&tokens[k]) {
            k += 1;
        } else {
            break;
        }
    }
    let t = tokens.get(k).filter(|t| !t.starts_sentence && !t.name)?;
    let w = &*t.lower;
    let participle = (w.len() >= 4 && w.ends_with("ed") && !EN_ED_NOT_PARTICIPLES.contains(&w))
        || EN_IRREGULAR_PARTICIPLES.binary_search(&w).is_ok();
    participle.then_some((k - i + 1, 0))
}

// ---------------------------------------------------------------- French

fn french_adverb(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let w = &*t.lower;
    if w.chars().count() < 6 || !w.ends_with("ment") || t.name || w.contains(['\'', '-']) {
        return false;
    }
    let after_determiner = i > 0
        && !t.starts_sentence
        && (FR_BEFORE_NOUN.contains(&&*tokens[i - 1].lower) || tokens[i - 1].lower.ends_with('\''));
    // "comment" (how) is an adverb, but not one of manner a writer could cut.
    !after_determiner && w != "comment" && FR_MENT_NOUNS.binary_search(&w).is_err()
}

/// A passive at `tokens[i]`: its length in tokens and how many tokens before `i` it takes.
fn french_passive(tokens: &[Token], i: usize) -> Option<(usize, usize)> {
    let w = &*tokens[i].lower;
    // "n'est", "n'était": the negation is elided into the verb.
    let verb = w.strip_prefix("n'").unwrap_or(w);
    if !FR_ETRE.contains(&verb) {
        return None;
    }
    if i > 0 && !tokens[i].starts_sentence {
        let prev = &*tokens[i - 1].lower;
        if matches!(prev, "se" | "me" | "te" | "nous" | "vous") && verb != "été" {
            return None; // pronominal: "nous nous sommes rendus"
        }
    }
    let mut back = 0;
    if verb == "été" && i > 0 && !tokens[i].starts_sentence {
        let prev = &*tokens[i - 1].lower;
        if FR_AVOIR.contains(&prev.strip_prefix("n'").unwrap_or(prev)) {
            back = 1;
        }
    }
    let mut k = i + 1;
    while k < tokens.len() && k <= i + 3 && !tokens[k].starts_sentence {
        let t = &tokens[k];
        if FR_BETWEEN.contains(&&*t.lower) || (t.lower.ends_with("ment") && !t.name) {
            k += 1;
        } else {
            break;
        }
    }
    let t = tokens.get(k).filter(|t| !t.starts_sentence && !t.name)?;
    // "été" followed by "été" ("a été été") does not happen; "est été" is not French.
    french_participle(&t.lower).then_some((k - i + 1, back))
}

fn french_participle(w: &str) -> bool {
    if FR_NOT_PARTICIPLES.contains(&w) || w.contains('\'') {
        return false;
    }
    // The masculine singular: drop a plural s, then a feminine e.
    let base = w.strip_suffix('s').unwrap_or(w);
    let base = base
        .strip_suffix('e')
        .filter(|b| b.len() >= 2)
        .unwrap_or(base);
    if base.chars().count() < 2 || FR_ACTIVE_WITH_ETRE.contains(&base) {
        return false;
    }
    base.ends_with('é')
        || base.ends_with('u')
            && !base.ends_with("ou")
            && !base.ends_with("au")
            && !base.ends_with("eu")
        || base.ends_with("it")
        || base.ends_with("is")
        || base.ends_with("ert")
        || base.ends_with("int")
        || base.ends_with('i') && base.chars().count() >= 4
}

// ---------------------------------------------------------------- lists

const EN_BE: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
];

const EN_BETWEEN: &[&str] = &[
    "not",
    "never",
    "also",
    "already",
    "still",
    "often",
    "just",
    "now",
    "then",
    "always",
    "being",
    "all",
    "both",
    "once",
    "since",
    "later",
    "soon",
    "first",
    "widely",
    "reportedly",
    "allegedly",
];

/// Words in `-ed` that are not past participles.
const EN_ED_NOT_PARTICIPLES: &[&str] = &[
    "need", "speed", "seed", "feed", "weed", "breed", "creed", "greed", "steed", "deed", "heed",
    "bleed", "indeed", "hundred", "kindred", "sacred", "naked", "wicked", "wretched", "rugged",
    "ragged", "sled", "shed", "bred", "fled", "shred", "embed", "ahmed", "mohamed", "mohammed",
    "proceed", "succeed", "exceed",
];

/// Irregular past participles (sorted).
const EN_IRREGULAR_PARTICIPLES: &[&str] = &[
    "beaten",
    "begun",
    "bitten",
    "blown",
    "born",
    "borne",
    "bought",
    "bound",
    "broken",
    "brought",
    "built",
    "caught",
    "chosen",
    "done",
    "drawn",
    "driven",
    "eaten",
    "fallen",
    "felt",
    "forbidden",
    "forgiven",
    "forgotten",
    "fought",
    "found",
    "frozen",
    "given",
    "grown",
    "heard",
    "held",
    "hidden",
    "hit",
    "hung",
    "hurt",
    "kept",
    "known",
    "laid",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "mistaken",
    "overcome",
    "overtaken",
    "overthrown",
    "paid",
    "put",
    "read",
    "ridden",
    "run",
    "said",
    "seen",
    "sent",
    "set",
    "shaken",
    "shot",
    "shown",
    "shut",
    "sold",
    "sought",
    "spent",
    "spoken",
    "spread",
    "stolen",
    "struck",
    "stuck",
    "sung",
    "sunk",
    "sworn",
    "taken",
    "taught",
    "thought",
    "thrown",
    "told",
    "torn",
    "understood",
    "undertaken",
    "upheld",
    "withdrawn",
    "woken",
    "won",
    "worn",
    "written",
];

/// Common words in `-ly` that are not adverbs.
const EN_LY_NOT_ADVERBS: &[&str] = &[
    "family",
    "likely",
    "unlikely",
    "early",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "quarterly",
    "hourly",
    "nightly",
    "reply",
    "supply",
    "apply",
    "imply",
    "comply",
    "multiply",
    "rely",
    "ally",
    "italy",
    "july",
    "holy",
    "ugly",
    "silly",
    "jelly",
    "belly",
    "bully",
    "rally",
    "tally",
    "folly",
    "assembly",
    "anomaly",
    "monopoly",
    "butterfly",
    "friendly",
    "unfriendly",
    "lovely",
    "lonely",
    "lively",
    "costly",
    "elderly",
    "orderly",
    "deadly",
    "timely",
    "worldly",
    "scholarly",
    "curly",
    "burly",
    "hilly",
    "chilly",
    "oily",
    "jolly",
    "melancholy",
    "homily",
    "firefly",
    "only",
    "belly",
    "manly",
    "womanly",
    "cowardly",
    "kindly",
    "leisurely",
    "lowly",
    "measly",
    "sickly",
    "stately",
    "surly",
    "wily",
    "wobbly",
    "bubbly",
    "cuddly",
    "prickly",
    "ghostly",
    "heavenly",
    "motherly",
    "fatherly",
    "brotherly",
    "sisterly",
    "neighbourly",
    "neighborly",
    "unruly",
    "untimely",
    "beastly",
    "comely",
    "gangly",
    "grisly",
    "smelly",
    "woolly",
    "poly",
    "anomaly",
    "doily",
    "lily",
    "bodily",
    "wholly",
];

const EN_QUALIFIERS: &[&str] = &[
    "very",
    "quite",
    "rather",
    "really",
    "fairly",
    "pretty much",
    "somewhat",
    "slightly",
    "a bit",
    "a little",
    "kind of",
    "sort of",
    "perhaps",
    "maybe",
    "possibly",
    "probably",
    "arguably",
    "basically",
    "actually",
    "essentially",
    "virtually",
    "relatively",
    "more or less",
    "to some extent",
    "in a way",
    "i think",
    "i believe",
    "i feel",
    "i guess",
    "i suppose",
    "it seems",
    "seems to",
    "seem to",
    "appears to",
    "appear to",
    "tends to",
    "tend to",
    "apparently",
    "presumably",
    "supposedly",
    "seemingly",
    "just",
    "simply",
    "literally",
    "totally",
    "completely",
    "extremely",
    "incredibly",
    "truly",
    "definitely",
];

/// (wordy, simpler) pairs.
const EN_SIMPLER: &[(&str, &str)] = &[
    ("utilize", "use"),
    ("utilise", "use"),
    ("utilized", "used"),
    ("utilised", "used"),
    ("utilization", "use"),
    ("in order to", "to"),
    ("commence", "start"),
    ("commenced", "started"),
    ("approximately", "about"),
    ("assistance", "help"),
    ("demonstrate", "show"),
    ("demonstrated", "showed"),
    ("endeavour", "try"),
    ("endeavor", "try"),
    ("facilitate", "help"),
    ("numerous", "many"),
    ("prior to", "before"),
    ("subsequently", "later"),
    ("sufficient", "enough"),
    ("terminate", "end"),
    ("terminated", "ended"),
    ("ascertain", "find out"),
    ("in the event that", "if"),
    ("at this point in time", "now"),
    ("at the present time", "now"),
    ("a large number of", "many"),
    ("a number of", "some"),
    ("due to the fact that", "because"),
    ("owing to the fact that", "because"),
    ("in spite of the fact that", "although"),
    ("with regard to", "about"),
    ("with respect to", "about"),
    ("in relation to", "about"),
    ("purchase", "buy"),
    ("purchased", "bought"),
    ("obtain", "get"),
    ("obtained", "got"),
    ("additional", "more"),
    ("individuals", "people"),
    ("modify", "change"),
    ("modified", "changed"),
    ("initiate", "start"),
    ("initiated", "started"),
    ("regarding", "about"),
    ("whilst", "while"),
    ("consequently", "so"),
    ("participate", "take part"),
    ("accomplish", "do"),
    ("accomplished", "done"),
    ("in the near future", "soon"),
    ("at an early date", "soon"),
    ("on a daily basis", "daily"),
    ("on a regular basis", "regularly"),
    ("in close proximity", "near"),
    ("in excess of", "more than"),
    ("the majority of", "most"),
    ("a majority of", "most"),
    ("for the purpose of", "to"),
    ("in the absence of", "without"),
    ("is able to", "can"),
    ("are able to", "can"),
    ("has the ability to", "can"),
    ("have the ability to", "can"),
    ("inquire", "ask"),
    ("enquire", "ask"),
    ("transmit", "send"),
    ("remainder", "rest"),
    ("sustain", "keep"),
    ("objective", "aim"),
    ("optimum", "best"),
    ("proficiency", "skill"),
    ("expedite", "speed up"),
    ("cognizant", "aware"),
    ("erroneous", "wrong"),
    ("henceforth", "from now on"),
    ("notwithstanding", "despite"),
    ("pertaining to", "about"),
    ("until such time as", "until"),
];

const FR_ETRE: &[&str] = &[
    "suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étiez", "étaient",
    "serai", "seras", "sera", "serons", "serez", "seront", "serais", "serait", "serions", "seriez",
    "seraient", "sois", "soit", "soyons", "soyez", "soient", "fus", "fut", "fûmes", "fûtes",
    "furent", "fût", "être", "été", "étant",
];

const FR_AVOIR: &[&str] = &[
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avais", "avions", "aviez",
    "aura", "auront", "aurait", "auraient", "aurais", "aurai", "aurons", "aurez", "ait", "aient",
    "avoir", "ayant", "eut", "eût",
];

const FR_BETWEEN: &[&str] = &[
    "pas",
    "plus",
    "jamais",
    "déjà",
    "encore",
    "aussi",
    "toujours",
    "très",
    "bien",
    "souvent",
    "parfois",
    "ensuite",
    "d'abord",
    "vite",
    "tous",
    "toutes",
    "tout",
    "donc",
    "alors",
    "désormais",
    "enfin",
    "ainsi",
    "même",
    "peu",
    "guère",
    "point",
    "presque",
    "longtemps",
    "mal",
    "trop",
];

/// Participles of the verbs conjugated with être in the active voice (masculine singular).
const FR_ACTIVE_WITH_ETRE: &[&str] = &[
    "allé",
    "venu",
    "arrivé",
    "parti",
    "entré",
    "sorti",
    "monté",
    "descendu",
    "né",
    "mort",
    "resté",
    "tombé",
    "retourné",
    "devenu",
    "revenu",
    "parvenu",
    "intervenu",
    "survenu",
    "décédé",
    "apparu",
    "rentré",
    "reparti",
    "redevenu",
    "advenu",
    "ressorti",
    "remonté",
    "redescendu",
    "retombé",
    "passé",
    "repassé",
    "accouru",
    "convenu",
];

/// Words with a participle's ending that follow être as nouns or adverbs.
const FR_NOT_PARTICIPLES: &[&str] = &[
    "plus",
    "tous",
    "nous",
    "vous",
    "sous",
    "dessus",
    "jamais",
    "ici",
    "aussi",
    "parmi",
    "lui",
    "celui",
    "aujourd'hui",
    "depuis",
    "puis",
    "mais",
    "alors",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "midi",
    "minuit",
    "député",
    "députée",
    "délégué",
    "salarié",
    "salariée",
    "employé",
    "employée",
    "retraité",
    "retraitée",
    "comité",
    "côté",
    "société",
    "été",
    "marché",
    "élu",
    "élue",
    "avis",
    "pays",
    "prix",
    "paris",
    "permis",
    "ainsi",
    "voici",
    "voilà",
    "quasi",
    "merci",
    "fini",
    "inédit",
    "inédite",
    "petit",
    "petite",
    "petits",
    "petites",
    "droit",
    "droite",
    "droits",
    "gratuit",
    "gratuite",
    "huit",
    "nuit",
    "produit",
    "circuit",
    "conflit",
    "crédit",
    "début",
    "statut",
    "institut",
    "attribut",
    "substitut",
    "tribut",
    "salut",
    "but",
    "début",
    "impromptu",
    "menu",
    "contenu",
    "revenu",
    "individu",
    "vertu",
    "tissu",
    "vécu",
    "absolu",
    "âgé",
    "âgée",
    "âgés",
    "âgées",
    "aisé",
    "aisée",
    "aisés",
    "aisées",
    "désolé",
    "désolée",
    "ravi",
    "ravie",
    "ravis",
    "ravies",
];

/// Determiners, prepositions and adjectives after which a word in -ment is a noun.
const FR_BEFORE_NOUN: &[&str] = &[
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "au",
    "aux",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "mon",
    "ma",
    "mes",
    "ton",
    "ta",
    "tes",
    "notre",
    "nos",
    "votre",
    "vos",
    "chaque",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "tout",
    "nouveau",
    "nouvel",
    "grand",
    "premier",
    "dernier",
    "seul",
    "même",
    "autre",
    "par",
    "pour",
    "sans",
    "avec",
    "en",
    "sur",
    "dans",
    "vers",
    "contre",
    "entre",
    "après",
    "avant",
    "sous",
    "chez",
    "depuis",
    "pendant",
    "dont",
    "aucun",
    "certain",
    "plusieurs",
    "vrai",
    "faux",
    "bon",
    "mauvais",
    "véritable",
    "long",
    "court",
    "gros",
    "petit",
    "énorme",
    "simple",
    "double",
    "triple",
    "moindre",
    "meilleur",
    "pire",
];

/// Common nouns and adjectives in -ment (sorted), for when no determiner shows them.
const FR_MENT_NOUNS: &[&str] = &[
    "accompagnement",
    "accroissement",
    "achèvement",
    "agrandissement",
    "agrément",
    "aliment",
    "amendement",
    "aménagement",
    "appartement",
    "argument",
    "armement",
    "arrondissement",
    "assouplissement",
    "avertissement",
    "avènement",
    "bombardement",
    "bâtiment",
    "campement",
    "changement",
    "châtiment",
    "classement",
    "clément",
    "commandement",
    "commencement",
    "complément",
    "comportement",
    "divertissement",
    "document",
    "déclenchement",
    "dédommagement",
    "déguisement",
    "dément",
    "déménagement",
    "département",
    "déplacement",
    "déploiement",
    "détriment",
    "développement",
    "emplacement",
    "encadrement",
    "enlèvement",
    "enregistrement",
    "enseignement",
    "entraînement",
    "environnement",
    "excrément",
    "financement",
    "firmament",
    "fonctionnement",
    "fondement",
    "fragment",
    "gisement",
    "gouvernement",
    "harcèlement",
    "hébergement",
    "investissement",
    "isolement",
    "jugement",
    "lancement",
    "licenciement",
    "linéament",
    "logement",
    "moment",
    "monument",
    "mouvement",
    "médicament",
    "ménagement",
    "paiement",
    "parlement",
    "payement",
    "peuplement",
    "piment",
    "placement",
    "prolongement",
    "prélèvement",
    "raisonnement",
    "ralentissement",
    "rapatriement",
    "rapprochement",
    "rassemblement",
    "recensement",
    "reclassement",
    "recouvrement",
    "recrutement",
    "redressement",
    "relèvement",
    "remaniement",
    "remboursement",
    "remerciement",
    "renforcement",
    "renouvellement",
    "renseignement",
    "rudiment",
    "règlement",
    "régiment",
    "segment",
    "sentiment",
    "serment",
    "soulèvement",
    "supplément",
    "sédiment",
    "tempérament",
    "testament",
    "traitement",
    "tremblement",
    "véhément",
    "vêtement",
    "élargissement",
    "élément",
    "équipement",
    "établissement",
    "évènement",
    "événement",
];

const FR_QUALIFIERS: &[&str] = &[
    "très",
    "assez",
    "plutôt",
    "un peu",
    "quelque peu",
    "peut-être",
    "sans doute",
    "probablement",
    "vraisemblablement",
    "apparemment",
    "visiblement",
    "relativement",
    "plus ou moins",
    "en quelque sorte",
    "pour ainsi dire",
    "il semble",
    "il semble que",
    "semble-t-il",
    "je pense",
    "je crois",
    "à mon avis",
    "vraiment",
    "franchement",
    "carrément",
    "littéralement",
    "totalement",
    "complètement",
    "extrêmement",
    "absolument",
    "tout à fait",
    "légèrement",
    "quasiment",
    "pratiquement",
    "en fait",
    "en réalité",
    "finalement",
    "simplement",
    "juste",
];

/// (wordy, simpler) pairs.
const FR_SIMPLER: &[(&str, &str)] = &[
    ("afin de", "pour"),
    ("afin que", "pour que"),
    ("en raison de", "à cause de"),
    ("procéder à", "faire"),
    ("effectuer", "faire"),
    ("effectué", "fait"),
    ("effectuée", "faite"),
    ("solutionner", "résoudre"),
    ("s'avérer", "se révéler"),
    ("au niveau de", "pour, dans"),
    ("dans le cadre de", "dans, pour"),
    ("à l'heure actuelle", "aujourd'hui"),
    ("à l'heure où", "quand"),
    ("en ce qui concerne", "pour"),
    ("suite à", "après"),
    ("en vue de", "pour"),
    ("préalablement", "avant"),
    ("ultérieurement", "plus tard"),
    ("nonobstant", "malgré"),
    ("débuter", "commencer"),
    ("mettre en œuvre", "appliquer"),
    ("mettre en oeuvre", "appliquer"),
    ("octroyer", "accorder"),
    ("requérir", "demander"),
    ("dès lors que", "si, puisque"),
    ("à l'instar de", "comme"),
    ("eu égard à", "vu"),
    ("en dépit de", "malgré"),
    ("s'agissant de", "pour"),
    ("de manière à", "pour"),
    ("de façon à", "pour"),
    ("un certain nombre de", "plusieurs"),
    ("la totalité de", "tout"),
    ("la majorité de", "la plupart de"),
    ("en termes de", "pour, en"),
    ("aux alentours de", "vers"),
    ("à proximité de", "près de"),
    ("impacter", "toucher"),
    ("finaliser", "terminer"),
    ("prioriser", "donner la priorité à"),
    ("au sein de", "dans"),
    ("par le biais de", "par"),
    ("par l'intermédiaire de", "par"),
    ("faciliter", "aider"),
    ("actuellement", "aujourd'hui"),
    ("auparavant", "avant"),
    ("dorénavant", "désormais"),
    ("néanmoins", "mais"),
    ("toutefois", "mais"),
    ("cependant", "mais"),
    ("par conséquent", "donc"),
    ("en conséquence", "donc"),
    ("de ce fait", "donc"),
    ("à ce jour", "aujourd'hui"),
    ("à l'issue de", "après"),
    ("à compter de", "dès"),
    ("à partir du moment où", "dès que"),
    ("dans la mesure où", "si, puisque"),
    ("du fait de", "à cause de"),
    ("étant donné que", "comme"),
    ("compte tenu de", "vu"),
    ("il convient de", "il faut"),
    ("il est nécessaire de", "il faut"),
    ("être en mesure de", "pouvoir"),
    ("est en mesure de", "peut"),
    ("sont en mesure de", "peuvent"),
    ("acquérir", "acheter, obtenir"),
    ("procédure", "démarche"),
    ("problématique", "problème"),
    ("opportunité", "occasion"),
    ("initier", "lancer"),
    ("conséquent", "important"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, language: Language) -> Vec<(String, StyleKind)> {
        analyse(text, Some(language))
            .highlights
            .iter()
            .map(|h| (h.span.slice(text).to_string(), h.kind))
            .collect()
    }

    #[test]
    fn lists_are_sorted_where_searched() {
        for list in [EN_IRREGULAR_PARTICIPLES, FR_MENT_NOUNS] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    fn passives(text: &str, language: Language) -> Vec<String> {
        kinds(text, language)
            .into_iter()
            .filter(|(_, k)| *k == StyleKind::Passive)
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn french_passive_and_not() {
        let p = passives("Le texte a été rédigé par le ministre. Il est venu hier. Elle s'est rendue à Paris. Les décrets sont publiés.", Language::FRENCH);
        assert_eq!(p, ["a été rédigé", "sont publiés"]);
    }

    #[test]
    fn english_passive_and_not() {
        let p = passives("The report was written by the committee. She was there. It has been widely criticised. They are going home.", Language::ENGLISH);
        assert_eq!(p, ["was written", "been widely criticised"]);
    }

    #[test]
    fn lower_forms_borrow_words_already_folded() {
        assert!(matches!(lower_form("été"), Cow::Borrowed("été")));
        assert!(matches!(lower_form("rapidement"), Cow::Borrowed(_)));
        for (raw, lower) in [
            ("L’État", "l'état"),
            ("aujourdʼhui", "aujourd'hui"),
            ("e\u{301}te\u{301}", "été"),
            ("\u{1c5}", "\u{1c6}"), // a title-case digraph is not upper case, but folds
            ("ΣΟΦΊΑ", "σοφία"),
        ] {
            assert!(matches!(lower_form(raw), Cow::Owned(_)), "{raw}");
            assert_eq!(lower_form(raw), lower, "{raw}");
        }
    }

    #[test]
    fn adverbs_qualifiers_and_simpler_words() {
        let k = kinds("Le gouvernement a rapidement agi afin de rassurer. C'est très clair, et le financement suit.", Language::FRENCH);
        assert_eq!(
            k,
            [
                ("rapidement".to_string(), StyleKind::Adverb),
                ("afin de".to_string(), StyleKind::Simpler),
                ("très".to_string(), StyleKind::Qualifier),
            ]
        );
        let r = analyse(
            "We utilize it quickly, in order to help. The family left early. Kelly Smith spoke.",
            Some(Language::ENGLISH),
        );
        let got: Vec<(&str, StyleKind, Option<&str>)> = r.highlights.iter().map(|h| (&"We utilize it quickly, in order to help. The family left early. Kelly Smith spoke."[h.span.range()], h.kind, h.suggestion)).collect();
        assert_eq!(
            got,
            [
                ("utilize", StyleKind::Simpler, Some("use")),
                ("quickly", StyleKind::Adverb, None),
                ("in order to", StyleKind::Simpler, Some("to")),
            ]
        );
        assert_eq!(
            (r.simpler, r.adverbs, r.passives, r.qualifiers),
            (2, 1, 0, 0)
        );
    }

    #[test]
    fn french_words_that_look_like_adverbs_or_participles() {
        let k = kinds(
            "Comment faire ? Il est plus âgé, elle est ravie, ce ne sera pas aisé.",
            Language::FRENCH,
        );
        assert!(k.is_empty(), "{k:?}");
    }

    #[test]
    fn other_languages_and_empty_text() {
        assert_eq!(analyse("", Some(Language::FRENCH)), StyleReport::default());
        assert_eq!(
            analyse("Das wurde geschrieben.", Some(Language(Lang::Deu))),
            StyleReport::default()
        );
        assert_eq!(analyse("quickly", None), StyleReport::default());
    }
}
