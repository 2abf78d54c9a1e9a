//! Step 1 of the name finder: what is known of each token, computed once per document.
//!
//! A [`Features`] record per token holds its shape (capitalised, in capitals, an acronym, an
//! initial), its word classes (stopword, particle, titles) and, for capitalised words, what the
//! gazetteers and the word lists of [`super::lexicon`] say of it (a place, a given name, a
//! demonym, an organisation or place head or tail…). Document-level facts come next: the words
//! the document also writes capitalised mid-sentence, the sentence-initial words it also writes
//! in lower case, and the lines written in title case (English headlines). The later steps read
//! these records instead of consulting the lists again for the same word.
//!
//! [`Doc`] wraps the [`Context`] with the records and the small contextual questions the steps
//! ask (the word before a token, a title or a place noun before a name).

use super::super::tokens::{lower_case, Kind};
use super::super::wordset::WordSet;
use super::lexicon::{
    bits, capitalised_lists, lower_case_lists, HYPHEN_PARTICLES, MACRO_REGIONS, PLACE_ACRONYMS,
    PLACE_NOUNS, TITLES,
};
use super::Context;
use rustc_hash::FxHashSet;
use std::cell::OnceCell;

/// What the name finder knows of one token. Gazetteer and list hits are set for capitalised
/// words only (the lists hold capitalised names); word classes for every word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // a record of independent yes/no facts
pub struct Features {
    /// A word that no date, time, number or amount took.
    pub word: bool,
    /// A free word written with a capital, or with a brand's shape (`eBay`, `beIN`).
    pub capitalised: bool,
    /// Two letters or more, none in lower case (`SNCF`, `PARIS`); any word token.
    pub upper: bool,
    /// An acronym's shape (`CGT`, `G7`).
    pub acronym: bool,
    /// One capital letter: an initial (`J.`).
    pub initial: bool,
    /// A stopword (any word token, elided forms included).
    pub stopword: bool,
    /// A name particle (`de`, `du`, `of`, `van`, `La`); any word token.
    pub particle: bool,
    /// A job title after which a particle and a capitalised word belong to the title; any word
    /// token.
    pub job_title: bool,
    /// A word of sports reports (`match`, `season`); any word token.
    pub sport_word: bool,
    /// A capitalised title written before names (`President`, `Dr`, `Mme`).
    pub leading_title: bool,
    /// The place gazetteer holds the word alone.
    pub place: bool,
    /// A place or a region no list holds (`Maghreb`).
    pub region: bool,
    /// A given name.
    pub given_name: bool,
    /// A demonym (`Russes`, `French`).
    pub demonym: bool,
    /// First word of an organisation's name (`Parti`, `Bank`).
    pub org_head: bool,
    /// Last word of an organisation's name (`Records`, `University`).
    pub org_tail: bool,
    /// First word of a place name (`Mont`, `Lake`).
    pub loc_head: bool,
    /// Last word of a place name (`Park`, `Stadium`).
    pub loc_tail: bool,
    /// Head of a state's name (`Empire`, `Royaume`).
    pub state_head: bool,
    /// A word of events, wars, prizes and holidays (`Guerre`, `Cup`).
    pub misc_word: bool,
    /// First word of a club's name (`FC`, `Real`).
    pub club_head: bool,
    /// Last word of an English club's name (`United`).
    pub club_tail: bool,
    /// A point of the compass (`Nord`).
    pub compass: bool,
    /// An institution's seat (`Kremlin`).
    pub seat: bool,
    /// A region of the world no gazetteer holds (`Sahel`).
    pub macro_region: bool,
    /// A people, language, creed or political camp (`Christian`, `Republicans`).
    pub people_or_creed: bool,
    /// The first word of a sentence, line, heading or quotation.
    pub sentence_start: bool,
    /// On a line written in title case (an English headline).
    pub headline: bool,
    /// A capitalised word the document also writes capitalised mid-sentence (outside
    /// headlines).
    pub inside: bool,
    /// A gazetteer or a word list holds this capitalised word (a place, a given name, a
    /// demonym, a head or event word, a title, or an acronym's shape).
    pub listed: bool,
    /// Something says this capitalised word is (part of) a name: a gazetteer, a head or event
    /// word, a title, an acronym's shape, or the document writing it capitalised mid-sentence.
    pub known: bool,
}

/// Is `word` written as an acronym (2 to 6 capitals, digits or hyphens: `CGT`, `G7`)?
#[must_use]
pub fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// Two letters or more and none in lower case (`SNCF`, `PARIS`).
pub fn is_upper_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Is `word` the particle "de" in one of its forms ("de", "du", "des", "d'")?
pub fn is_de(word: &str) -> bool {
    matches!(word, "de" | "du" | "des" | "d'" | "d’")
}

/// Endings typical of the French names of countries, regions and rivers ("Prusse", "Arabie",
/// "Transvaal" aside).
pub fn looks_like_place(word: &str) -> bool {
    [
        "ie", "ique", "ande", "anie", "istan", "ée", "ane", "ine", "esse", "onie", "gne", "che",
        "sse",
    ]
    .iter()
    .any(|e| word.ends_with(e))
        && !word.chars().skip(1).any(char::is_uppercase)
}

/// Endings of French and English adjectives and past participles ("populaire", "coréenne",
/// "mondiale", "unies", "armées", "socialiste"), which name heads take after them; verbs
/// ("réclame", "renouvela", "entraîne") and present participles do not end so.
pub fn looks_like_adjective(word: &str) -> bool {
    #[rustfmt::skip]
    const ENDINGS: &[&str] = &[
        "al", "ale", "ales", "aux", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes", "ais",
        "aise", "aises", "ain", "aine", "ains", "aines", "ique", "iques", "aire", "aires", "if", "ive", "ifs",
        "ives", "é", "ée", "és", "ées", "ois", "oise", "oises", "an", "ane", "ans", "anes", "in", "ine", "ins",
        "ines", "iste", "istes", "ie", "ies", "ome", "ble", "bles", "bre", "bres", "ge", "ges", "ire", "ires",
        "i", "is", "u", "ue", "us", "ues", "eur", "eurs", "euse",
        "euses", "ième", "ièmes", "ier", "iers", "ière", "ières", "on", "onne", "ons", "onnes",
        "en", "enne", "ens", "ennes", "ic", "ical", "ese", "ish", "ern", "ian", "ed", "ary", "ory",
    ];
    // Present participles and verb endings that the list above would catch.
    let verbish = ["ant", "ait", "aient", "èrent", "ent"]
        .iter()
        .any(|e| word.ends_with(e))
        && !matches!(word, "permanent" | "permanente");
    ENDINGS.iter().any(|e| word.ends_with(e)) && !verbish
}

/// Is `word` a French place name made with hyphens around a particle ("Nœux-les-Mines",
/// "Saint-Jean-de-Luz", "Châlons-en-Champagne"), capitalised at both ends?
pub fn is_hyphenated_place(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    let capital = |p: &&str| p.chars().next().is_some_and(char::is_uppercase);
    parts.len() >= 3
        && parts.first().is_some_and(capital)
        && parts.last().is_some_and(capital)
        && parts[1..parts.len() - 1]
            .iter()
            .any(|p| HYPHEN_PARTICLES.contains(p))
}

/// A word with a capital after a lower-case letter, other than a surname prefix ("Mc", "Mac",
/// "Di", "De", "La", "Le", "Van", "Von", "Fitz", "O'").
pub fn is_camel_case(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let inner = chars
        .windows(2)
        .position(|w| w[0].is_lowercase() && w[1].is_uppercase());
    let Some(at) = inner else {
        return false;
    };
    let prefix: String = chars[..=at].iter().collect();
    !matches!(
        prefix.as_str(),
        "Mc" | "Mac" | "Di" | "De" | "Da" | "La" | "Le" | "Van" | "Von" | "Fitz" | "Du" | "Des"
    ) && !word.contains('-')
}

/// Written with a capital: an upper-case first letter, or a brand's lower-case first letter and
/// a capital right after (`beIN`, `eBay`, `iPhone`).
fn capital_shape(word: &str) -> bool {
    match word.as_bytes() {
        [b, ..] if b.is_ascii_uppercase() => true,
        [b, rest @ ..] if b.is_ascii_lowercase() => {
            rest.len() >= 3 && rest[..2].iter().any(u8::is_ascii_uppercase)
        }
        [b, ..] if b.is_ascii() => false,
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// A document with its token features: what the steps after this one read. A token's record is
/// computed the first time a step asks for it, then kept: the steps ask about the capitalised
/// words and the few words around them, not about every word of a long text.
pub struct Doc<'a> {
    /// The text, tokens, gazetteers and stopwords.
    pub cx: &'a Context<'a>,
    /// One record per token, once computed.
    f: Vec<OnceCell<Features>>,
    /// Per token, computed for all at once: bit 0 a free word, bit 1 also capitalised (what the
    /// candidates step asks of every token).
    shape: Vec<u8>,
    /// Tokens on title-case lines (English headlines).
    headline: Vec<bool>,
    /// Capitalised words the document writes mid-sentence (outside headlines).
    capitalised_inside: FxHashSet<&'a str>,
    /// Sentence-initial capitalised words the document also writes in lower case (lower case).
    written_lower: FxHashSet<String>,
    /// Is the text a sports report? Counted on first use.
    sport: OnceCell<bool>,
}

impl<'a> Doc<'a> {
    /// Reads the document-level facts of `cx`; token records come on demand.
    #[must_use]
    pub fn new(cx: &'a Context<'a>) -> Self {
        let n = cx.tokens.len();
        let shape: Vec<u8> = (0..n)
            .map(|i| {
                let free = cx.tokens[i].kind == Kind::Word && !cx.used[i];
                u8::from(free) | (u8::from(free && capital_shape(cx.s(i))) << 1)
            })
            .collect();
        let free = |i: usize| shape[i] & 1 != 0;
        let capitalised = |i: usize| shape[i] & 2 != 0;
        let headline = title_case_lines(cx, &capitalised);
        // Capitalised words the document writes mid-sentence, and the sentence-initial
        // capitalised words it also writes in lower case elsewhere (looked up in the small set
        // of the sentence-initial words, not by collecting every lower-case word).
        let mut capitalised_inside: FxHashSet<&str> = FxHashSet::default();
        let mut initial: FxHashSet<String> = FxHashSet::default();
        for i in (0..n).filter(|&i| capitalised(i) && !headline[i]) {
            if cx.sentence_start[i] {
                initial.insert(cx.s(i).to_lowercase());
            } else {
                capitalised_inside.insert(cx.s(i));
            }
        }
        let written_lower: FxHashSet<String> = (0..n)
            .filter(|&i| free(i) && cx.s(i).starts_with(char::is_lowercase))
            .filter_map(|i| initial.get(cx.s(i)).cloned())
            .collect();
        Self {
            cx,
            f: (0..n).map(|_| OnceCell::new()).collect(),
            shape,
            headline,
            capitalised_inside,
            written_lower,
            sport: OnceCell::new(),
        }
    }

    /// The number of tokens.
    pub fn tokens(&self) -> usize {
        self.f.len()
    }

    /// The features of token `i` (computed on first use), or none past the end.
    pub fn at(&self, i: usize) -> Features {
        self.f.get(i).map_or_else(Features::default, |cell| {
            *cell.get_or_init(|| {
                let mut f = lexical(self.cx, i);
                f.headline = self.headline[i];
                f.inside = f.capitalised && self.capitalised_inside.contains(self.cx.s(i));
                f.listed = f.capitalised && listed(&f);
                f.known = f.inside || f.listed;
                f
            })
        })
    }

    /// The text of token `i`, or "" past the end.
    pub fn s(&self, i: usize) -> &'a str {
        self.cx.s(i)
    }

    /// Is token `i` a free word?
    pub fn is_word(&self, i: usize) -> bool {
        self.shape.get(i).is_some_and(|s| s & 1 != 0)
    }

    /// Is token `i` a capitalised free word?
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.shape.get(i).is_some_and(|s| s & 2 != 0)
    }

    /// Is token `i` on the same line as the one before it?
    pub fn adjacent(&self, i: usize) -> bool {
        self.cx.tokens.get(i).is_some_and(|t| !t.line_before)
    }

    /// Is `word` (any case) a stopword?
    pub fn is_stopword(&self, word: &str) -> bool {
        self.cx.is_stopword(word)
    }

    /// The text of tokens `[from, to)`, `to > from`.
    pub fn between(&self, from: usize, to: usize) -> &'a str {
        &self.cx.text[self.cx.tokens[from].span.start..self.cx.tokens[to - 1].span.end]
    }

    /// Is `name` a place: in the place gazetteer, or a region no list holds ("Maghreb")?
    pub fn is_region(&self, name: &str) -> bool {
        self.is_place(name) || MACRO_REGIONS.contains(name)
    }

    /// Is `name` in the place gazetteer? A short acronym is a place if it is one of
    /// [`PLACE_ACRONYMS`] ("USA", "RDC"), and only then: the gazetteer is read without regard to
    /// case, and "CHU", "OMS" or "UN" are not the small towns of those names.
    pub fn is_place(&self, name: &str) -> bool {
        if is_acronym(name) && name.chars().count() <= 3 {
            return PLACE_ACRONYMS.contains(name);
        }
        self.cx.gazetteer.is_place(name)
    }

    /// Is `word` (lower case) written capitalised at a sentence start and in lower case
    /// elsewhere in the document: a common word?
    pub fn written_lower(&self, word: &str) -> bool {
        self.written_lower.contains(word)
    }

    /// Is the text a sports report: three words of sports reports or more, two of them
    /// different ("match", "season", "scored"…)?
    pub fn is_sport(&self) -> bool {
        *self.sport.get_or_init(|| {
            let mut seen: FxHashSet<&str> = FxHashSet::default();
            let mut count = 0;
            for (i, t) in self.cx.tokens.iter().enumerate() {
                // Sports words are 4 to 13 bytes long: most words are turned away unread.
                let s = self.s(i);
                if t.kind != Kind::Word || !(4..=13).contains(&s.len()) {
                    continue;
                }
                if lower_case_lists(&lower_case(s)) & bits::SPORT_WORD != 0 {
                    count += 1;
                    seen.insert(s);
                    if count >= 3 && seen.len() >= 2 {
                        return true;
                    }
                }
            }
            false
        })
    }

    /// Are tokens `[start, end)` a dateline's place: the first words of a line, before "(" or
    /// "[" (an agency, a region) or before ", " and a date, then a dash or a colon within a few
    /// tokens on the same line ("PARIS (AFP) -", "LONDRES, 3 mars —", "Margao (Goa) [India]:")?
    pub fn is_dateline(&self, start: usize, end: usize) -> bool {
        let toks = self.cx.tokens;
        let line_start = start == 0 || toks[start].line_before;
        if !line_start || !matches!(self.s(end), "(" | "," | "[") {
            return false;
        }
        let dash = (end + 1..toks.len().min(end + 12))
            .take_while(|&t| !toks[t].line_before)
            .any(|t| matches!(self.s(t), "-" | "–" | "—" | ":"));
        let dated = self.s(end) != "," || self.cx.used.get(end + 1).copied().unwrap_or(false);
        dash && dated
    }

    /// The lower-cased token before `i`, reading `M .` as `m.`.
    pub fn word_before(&self, i: usize) -> Option<(String, usize)> {
        if i == 0 {
            return None;
        }
        let prev = self.s(i - 1);
        if prev == "." && i >= 2 {
            return Some((format!("{}.", self.s(i - 2).to_lowercase()), i - 2));
        }
        (self.cx.tokens[i - 1].kind == Kind::Word).then(|| (prev.to_lowercase(), i - 1))
    }

    /// Is one of `nouns` before token `i`, over at most `reach - 1` lower-case words, and, with
    /// `complements`, over "de" and its noun too ("le groupe de hard rock américain", "la maison
    /// de production")?
    pub fn described_by(&self, i: usize, nouns: &WordSet, reach: usize, complements: bool) -> bool {
        let mut at = i;
        for _ in 0..reach {
            let Some((word, pos)) = self.word_before(at) else {
                return false;
            };
            // "son" is a kinship noun in English, a possessive in French ("son fil Twitter").
            if nouns.contains(&word.as_str()) && (word != "son" || self.cx.english) {
                return true;
            }
            // Skip a lower-case adjective ("son homologue russe Sergueï Lavrov").
            if word.chars().next().is_some_and(char::is_lowercase)
                && (!self.is_stopword(&word) || (complements && word == "de"))
                && !word.ends_with('.')
            {
                at = pos;
                continue;
            }
            return false;
        }
        false
    }

    /// Is there a title or role before token `i` (over at most two lower-case adjectives)?
    pub fn titled(&self, i: usize) -> bool {
        self.described_by(i, &TITLES, 3, false)
    }

    /// Is the name at `start` the complement of a place noun: "la ville de X", "le cours de
    /// l'X", "le long du X", "the city of X"?
    pub fn place_noun_before(&self, start: usize) -> bool {
        let Some((mut word, mut pos)) = self.word_before(start) else {
            return false;
        };
        // "de l'Arve", "de la Volga": the article, then "de".
        if matches!(word.as_str(), "l'" | "l’" | "la" | "le" | "les") {
            let Some((w, p)) = self.word_before(pos) else {
                return false;
            };
            if !matches!(w.as_str(), "de" | "d'" | "d’") {
                return false;
            }
            (word, pos) = (w, p);
        }
        // The noun, or the noun and one adjective: "la rive gauche de l'Arve".
        (is_de(&word) || word == "of")
            && self.word_before(pos).is_some_and(|(w, p)| {
                PLACE_NOUNS.contains(&w.as_str())
                    || (!self.is_stopword(&w)
                        && self
                            .word_before(p)
                            .is_some_and(|(n, _)| PLACE_NOUNS.contains(&n.as_str())))
            })
    }

    /// Is the name `[start, end)` part of a run of words in capitals (a headline), that is,
    /// more than one word in capitals (tokens joined without a space are one word), counting
    /// the neighbours?
    pub fn in_upper_run(&self, start: usize, end: usize) -> bool {
        let upper = |t: usize| self.at(t).upper;
        let punct = |t: usize| {
            self.cx
                .tokens
                .get(t)
                .is_some_and(|tok| tok.kind == Kind::Punct)
        };
        // Words, not tokens: "RFE/RL" is one.
        let spaced = |t: usize| t == start || self.cx.tokens[t].space_before;
        let inside = (start..end).filter(|&t| upper(t) && spaced(t)).count();
        let before =
            start > 0 && (upper(start - 1) || (start > 1 && punct(start - 1) && upper(start - 2)));
        let after = upper(end) || (punct(end) && upper(end + 1));
        inside + usize::from(before) + usize::from(after) >= 2
    }

    /// Is `word` the lower-case adjective of a people ("wallonne", "russe", "uranaises")? Its
    /// capitalised form is a demonym, or it has a demonym's ending.
    pub fn is_people_adjective(&self, word: &str) -> bool {
        let mut chars = word.chars();
        if self.is_stopword(word) {
            return false; // "mais", "jamais"
        }
        let Some(first) = chars.next().filter(|c| c.is_lowercase()) else {
            return false;
        };
        let capitalised: String = first.to_uppercase().chain(chars).collect();
        self.cx.gazetteer.is_demonym(&capitalised)
            || [
                "ais", "aise", "aises", "ois", "oise", "oises", "onne", "onnes", "ien", "ienne",
                "iennes",
            ]
            .iter()
            .any(|e| word.ends_with(e))
    }
}

/// The features of token `i` that depend on the token alone.
fn lexical(cx: &Context<'_>, i: usize) -> Features {
    let tok = cx.tokens[i];
    let mut f = Features {
        sentence_start: cx.sentence_start[i],
        ..Features::default()
    };
    if tok.kind != Kind::Word {
        return f;
    }
    let s = cx.s(i);
    let lower = lower_case(s);
    let lower_lists = lower_case_lists(&lower);
    f.upper = is_upper_word(s);
    f.stopword = cx.is_stopword_lower(&lower);
    f.particle = lower_lists & bits::PARTICLE != 0;
    f.job_title = lower_lists & bits::JOB_TITLE != 0;
    f.sport_word = lower_lists & bits::SPORT_WORD != 0;
    if cx.used[i] {
        return f;
    }
    f.word = true;
    f.capitalised = capital_shape(s);
    if !f.capitalised {
        return f;
    }
    let gz = cx.gazetteer;
    let lists = capitalised_lists(s);
    let has = |bit: u16| lists & bit != 0;
    f.acronym = is_acronym(s);
    f.initial = s.chars().count() == 1;
    f.leading_title = lower_lists & bits::LEADING_TITLE != 0;
    f.place = if f.acronym && s.chars().count() <= 3 {
        PLACE_ACRONYMS.contains(s)
    } else {
        gz.is_place(s)
    };
    f.macro_region = has(bits::MACRO_REGION);
    f.region = f.place || f.macro_region;
    f.given_name = gz.is_given_name(s);
    f.demonym = gz.is_demonym(s);
    f.org_head = has(bits::ORG_HEAD);
    f.org_tail = has(bits::ORG_TAIL);
    f.loc_head = has(bits::LOC_HEAD);
    f.loc_tail = has(bits::LOC_TAIL);
    f.state_head = has(bits::STATE_HEAD);
    f.misc_word = has(bits::MISC_WORD);
    f.club_head = has(bits::CLUB_HEAD);
    f.club_tail = has(bits::CLUB_TAIL);
    f.compass = has(bits::COMPASS);
    f.seat = has(bits::SEAT);
    f.people_or_creed = has(bits::PEOPLE_OR_CREED);
    f
}

/// Does a list say that the capitalised word is (part of) a name?
fn listed(f: &Features) -> bool {
    f.place
        || f.given_name
        || f.demonym
        || f.acronym
        || f.org_head
        || f.loc_head
        || f.state_head
        || f.misc_word
        || f.club_head
        || f.macro_region
        || f.seat
        || f.leading_title
        || f.people_or_creed
}

/// Tokens on lines written in title case, as English headlines are ("Orange County Has State
/// High 21 Cases of Measles"): at least three words of four letters or more, three quarters of
/// them capitalised, and no full stop at the end.
fn title_case_lines(cx: &Context<'_>, capitalised: &dyn Fn(usize) -> bool) -> Vec<bool> {
    let n = cx.tokens.len();
    let mut out = vec![false; n];
    if !cx.english {
        return out;
    }
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && !cx.tokens[end].line_before {
            end += 1;
        }
        let long: Vec<usize> = (start..end)
            .filter(|&t| cx.tokens[t].kind == Kind::Word && cx.s(t).chars().count() >= 4)
            .collect();
        let capitalised = long.iter().filter(|&&t| capitalised(t)).count();
        let stops = cx.s(end - 1) == ".";
        if long.len() >= 3 && capitalised * 4 >= long.len() * 3 && !stops {
            out[start..end].iter_mut().for_each(|x| *x = true);
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes() {
        assert!(
            is_acronym("CGT") && is_acronym("G20S") && !is_acronym("Paris") && !is_acronym("A")
        );
        assert!(is_upper_word("PARIS") && !is_upper_word("Paris") && !is_upper_word("A"));
        assert!(is_hyphenated_place("Nœux-les-Mines") && !is_hyphenated_place("Jean-Pierre"));
        assert!(is_camel_case("PlayStation") && !is_camel_case("McMahon"));
        assert!(looks_like_adjective("coréenne") && !looks_like_adjective("réclamant"));
        assert!(looks_like_place("Prusse") && !looks_like_place("Dupont"));
        assert!(capital_shape("beIN") && capital_shape("Élysée") && !capital_shape("eau"));
    }
}
