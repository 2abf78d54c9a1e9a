//! Named entities: people, places, organisations and other names, dates, times, numbers, money,
//! percentages, quotations with their speakers, e-mail addresses and URLs, in French and English
//! (and any text written with capitals), with the mentions of one entity grouped.
//!
//! A rule-based recogniser with gazetteers, built for news: [`tokens`] reads the text once;
//! [`numeric`] finds dates, times, amounts and numbers; [`names`] finds and classifies
//! capitalised names with the gazetteers of [`gazetteer`] and document-level consistency;
//! acronyms defined in parentheses join the organisation they spell; [`quotes`] finds
//! quotations, and [`speakers`] reads each one's speaker from the attribution around it
//! ("a déclaré Sergueï Lavrov", "selon la Corée du Sud", "a-t-il dit", "the judge said"), or
//! none when the evidence is weak, and tells speech from quoted phrases.
//! Mentions are grouped per label by a normalised key (case, accents and hyphens ignored), a
//! person's lone surname joining the full name (`M. Lavrov` / `Sergueï Lavrov` / `Lavrov`); the
//! group's name is its longest mention. Entities inside a quotation are reported as well (the
//! quotation is a layer above them).

pub mod gazetteer;
pub mod names;
pub mod numeric;
pub mod quotes;
pub mod speakers;
pub mod tokens;
pub mod wordset;

use crate::offsets::{ConvertOffsets, OffsetIndex};
use crate::segment;
use crate::span::Span;
use crate::vocabulary::Stopwords;
use gazetteer::Gazetteer;
use rustc_hash::FxHashMap;
use serde::Serialize;
use tokens::Kind;

/// Entity labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// A person.
    Per,
    /// A place.
    Loc,
    /// An organisation.
    Org,
    /// Another name: nationality, event, work…
    Misc,
    /// A calendar expression.
    Date,
    /// A time of day.
    Time,
    /// A number in digits.
    Num,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A quotation.
    Quote,
    /// An e-mail address.
    Email,
    /// A web address.
    Url,
}

impl Label {
    /// Every label, in display order.
    pub const ALL: [Self; 12] = [
        Self::Per,
        Self::Loc,
        Self::Org,
        Self::Misc,
        Self::Date,
        Self::Time,
        Self::Num,
        Self::Money,
        Self::Percent,
        Self::Quote,
        Self::Email,
        Self::Url,
    ];
}

/// One mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    /// Start (bytes inside Rust, UTF-16 units in JSON).
    pub start: usize,
    /// End.
    pub end: usize,
    /// Label.
    pub label: Label,
    /// The text of the mention.
    pub text: String,
    /// Index of its group in [`EntityReport::groups`] (names only).
    pub group: Option<usize>,
    /// For a name: the rule that gave its label (see [`names::rules::RULES`], and the steps
    /// `generic_head`, `nationality_before_name`, `name_before_person`, `title_of_work`,
    /// `acronym_definition`, and the document's agreements `list_of_one_kind`,
    /// `a_persons_word`, `one_name_one_label`), so that a reader can see why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

/// The mentions of one entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityGroup {
    /// Label.
    pub label: Label,
    /// The canonical name: the longest mention.
    pub name: String,
    /// Number of mentions.
    pub count: usize,
    /// Indices of the mentions in [`EntityReport::entities`].
    pub mentions: Vec<usize>,
}

/// What a quotation is: reported speech, or a quoted phrase (a scare quote, a slogan, a
/// word the writer holds at a distance: « proximité spirituelle »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum QuoteKind {
    /// Words someone said or wrote.
    Speech,
    /// A short quoted phrase that nothing attributes.
    Phrase,
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quotation {
    /// Index of the quotation in [`EntityReport::entities`].
    pub entity: usize,
    /// The speaker's name as the group names it, or the description the text gives of an
    /// institution ("préfecture de l'Orne"), when the text says who spoke; `None` when it does
    /// not, or names nobody ("a source", "the judge" never named).
    pub speaker: Option<String>,
    /// The speaker's group.
    pub speaker_group: Option<usize>,
    /// Speech or a quoted phrase.
    pub kind: QuoteKind,
}

/// All entities of a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityReport {
    /// Mentions, by start (a quotation before the entities inside it).
    pub entities: Vec<Entity>,
    /// Groups of name mentions, most mentioned first.
    pub groups: Vec<EntityGroup>,
    /// Quotations with their speakers.
    pub quotes: Vec<Quotation>,
}

impl EntityReport {
    /// Moves every span to `text`'s offsets (`start` and `end` map a span's ends) and takes each
    /// mention's text from there: for a report made on another form of `text`, such as its NFC.
    pub fn map_offsets(
        &mut self,
        text: &str,
        start: impl Fn(usize) -> usize,
        end: impl Fn(usize) -> usize,
    ) {
        for e in &mut self.entities {
            e.start = start(e.start);
            e.end = end(e.end);
            text[e.start..e.end].clone_into(&mut e.text);
        }
    }
}

impl ConvertOffsets for EntityReport {
    fn convert_offsets(&mut self, index: &OffsetIndex<'_>) {
        for e in &mut self.entities {
            e.start = index.at(e.start);
            e.end = index.at(e.end);
        }
    }
}

/// The entity recogniser: gazetteers and stopwords, built once.
#[derive(Debug, Clone)]
#[cfg_attr(not(feature = "external-gazetteers"), derive(Default))]
pub struct Recogniser {
    gazetteer: Gazetteer,
    start_words: numeric::StartWords,
}

impl Recogniser {
    /// Loads the embedded gazetteers.
    #[cfg(not(feature = "external-gazetteers"))]
    #[must_use]
    pub fn new() -> Self {
        Self::with_gazetteer(Gazetteer::new())
    }

    /// A recogniser with the gazetteer given (the page's build reads it from a fetched bundle).
    #[must_use]
    pub fn with_gazetteer(gazetteer: Gazetteer) -> Self {
        Self {
            gazetteer,
            start_words: numeric::StartWords::new(),
        }
    }

    /// What every step reads of `text`: its tokens, the dates and amounts found (and the tokens
    /// they took), the sentence starts and the segmentation.
    fn prepare(&self, text: &str) -> Prepared {
        let tokens = tokens::tokenize(text);
        let (numeric, used) = numeric::recognise(text, &tokens, &self.start_words);
        let (sentence_start, seg) = sentence_starts(text, &tokens);
        Prepared {
            tokens,
            numeric,
            used,
            sentence_start,
            seg,
        }
    }

    /// The name finder's view of a prepared text.
    fn context<'a>(
        &'a self,
        text: &'a str,
        p: &'a Prepared,
        stopwords: &'a Stopwords,
    ) -> names::Context<'a> {
        names::Context {
            text,
            tokens: &p.tokens,
            used: &p.used,
            sentence_start: &p.sentence_start,
            gazetteer: &self.gazetteer,
            stopwords,
            english: is_english(text),
        }
    }

    /// The entities of `text`, with byte offsets.
    #[must_use]
    pub fn recognise(&self, text: &str, stopwords: &Stopwords) -> EntityReport {
        let prepared = self.prepare(text);
        let Prepared {
            tokens: toks,
            numeric,
            seg,
            ..
        } = &prepared;
        let cx = self.context(text, &prepared, stopwords);
        let quote_spans = quotes::quotations(text);
        let mut found_names = with_titles(text, names::recognise(&cx), &quote_spans);
        let aliases = acronym_definitions(text, toks, &mut found_names);

        let mut entities: Vec<Entity> = Vec::new();
        let mut push = |span: Span, label: Label, rule: Option<&'static str>| {
            entities.push(Entity {
                start: span.start,
                end: span.end,
                label,
                text: text[span.range()].to_owned(),
                group: None,
                rule,
            });
        };
        for &(span, label) in numeric {
            push(span, label, None);
        }
        for &(span, label, rule) in &found_names {
            push(span, label, Some(rule));
        }
        for &span in &quote_spans {
            push(span, Label::Quote, None);
        }
        entities.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end), e.label != Label::Quote));
        let groups = group(&mut entities, &aliases);
        let sentences: Vec<Span> = seg.sentences.iter().map(|s| s.span).collect();
        let quotes = speakers::speakers(&speakers::Input {
            text,
            toks,
            entities: &entities,
            groups: &groups,
            blocks: &seg.blocks,
            sentences: &sentences,
            gazetteer: &self.gazetteer,
        });
        EntityReport {
            entities,
            groups,
            quotes,
        }
    }
}

#[cfg(test)]
impl Recogniser {
    /// Every candidate name of `text` with the label rules' decision and the rule's name, before
    /// the document's agreements: what the rules' tests read.
    pub(crate) fn explain(
        &self,
        text: &str,
        stopwords: &Stopwords,
    ) -> Vec<(String, names::rules::Decision, &'static str)> {
        let prepared = self.prepare(text);
        names::explain(&self.context(text, &prepared, stopwords))
    }
}

/// A text as the recogniser's steps read it (see [`Recogniser::prepare`]).
struct Prepared {
    tokens: Vec<tokens::Token>,
    numeric: Vec<numeric::Found>,
    used: Vec<bool>,
    sentence_start: Vec<bool>,
    seg: segment::Segmentation,
}

/// The names, with the titles of works in quotation marks made one MISC name each (« Crime et
/// Châtiment », not the person "Châtiment"); a title that is exactly one name a rule or gazetteer
/// is sure of keeps its label (« Versailles »).
fn with_titles(
    text: &str,
    mut found: Vec<names::Name>,
    quotes: &[Span],
) -> Vec<(Span, Label, &'static str)> {
    found.sort_by_key(|n| n.span.start);
    // The names that start inside `t` (names do not overlap, so they end inside it too, or
    // run past its end).
    let within = |t: Span| {
        let from = found.partition_point(|n| n.span.start < t.start);
        let to = found.partition_point(|n| n.span.start < t.end);
        found[from..to].iter().filter(move |n| n.span.end <= t.end)
    };
    let mut titles: Vec<Span> = quotes
        .iter()
        .filter(|&&q| !followed_by_speech(text, q) && !speech_by_layout(text, q))
        .filter_map(|&q| quotes::title_inside(text, q))
        // One sure name is the title itself (« Versailles »); two are a quoted list of names.
        .filter(|&t| {
            let sure = within(t).filter(|n| n.sure).count();
            !(sure >= 2 || within(t).any(|n| n.span == t && n.sure))
        })
        .collect();
    if titles.is_empty() {
        return found.iter().map(|n| (n.span, n.label, n.rule)).collect();
    }
    titles.sort_by_key(|t| t.start);
    // Is `s` inside a title? Titles hold no quotation marks, so they do not nest: the one that
    // starts last before `s` is the only candidate.
    let inside = |s: Span| {
        let i = titles.partition_point(|t| t.start <= s.start);
        i > 0 && s.end <= titles[i - 1].end
    };
    let mut out: Vec<(Span, Label, &'static str)> = found
        .iter()
        .filter(|n| !inside(n.span))
        .map(|n| (n.span, n.label, n.rule))
        .collect();
    out.extend(titles.iter().map(|&t| (t, Label::Misc, "title_of_work")));
    out
}

/// Is `text` in English? whatlang on its first 4 KB.
fn is_english(text: &str) -> bool {
    let mut cut = text.len().min(4096);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    whatlang::detect_lang(&text[..cut]) == Some(whatlang::Lang::Eng)
}

/// Words an acronym skips when it spells a name ("Office français de la biodiversité": OFB).
const ACRONYM_SKIPS: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "of", "the", "and", "for", "en", "à",
    "on",
];

/// "Santé publique France (SPF)", "National Statistical Service (NSS)": a phrase before an
/// acronym in parentheses whose words' initials spell it (skipping articles and particles) is
/// one organisation with the acronym. The phrase becomes one ORG name (the names inside it are
/// dropped), the acronym an ORG, and the returned map sends the acronym's key to the phrase's,
/// so that both are one entity.
fn acronym_definitions(
    text: &str,
    toks: &[tokens::Token],
    names: &mut Vec<(Span, Label, &'static str)>,
) -> FxHashMap<String, String> {
    let mut aliases = FxHashMap::default();
    let word = |i: usize| toks.get(i).map_or("", |t| &text[t.span.range()]);
    let mut found: Vec<(Span, Span)> = Vec::new(); // (phrase, acronym)
    for i in 1..toks.len().saturating_sub(2) {
        let acronym = word(i + 1);
        if word(i) != "(" || word(i + 2) != ")" || !names::is_acronym(acronym) {
            continue;
        }
        let letters: Vec<char> = acronym
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        let mut left = letters.len();
        let mut j = i;
        while j > 0 && left > 0 && i - j < 3 * letters.len() {
            j -= 1;
            let w = word(j);
            if toks[j].kind != tokens::Kind::Word {
                break;
            }
            let lower = w.to_lowercase();
            let bare = lower.trim_end_matches(['\'', '’']);
            if ACRONYM_SKIPS.contains(&bare) {
                continue;
            }
            let initial = key(w).chars().next();
            if initial != Some(letters[left - 1]) {
                break;
            }
            left -= 1;
        }
        let first_capital = word(j).chars().next().is_some_and(char::is_uppercase);
        if left == 0 && first_capital && j + 1 < i {
            let phrase = Span::new(toks[j].span.start, toks[i - 1].span.end);
            found.push((phrase, toks[i + 1].span));
        }
    }
    if found.is_empty() {
        return aliases;
    }
    // One pass drops the names inside the phrases (found in text order) and the acronyms' own.
    let acronyms: rustc_hash::FxHashSet<Span> = found.iter().map(|&(_, a)| a).collect();
    names.retain(|&(s, _, _)| {
        let i = found.partition_point(|(p, _)| p.start <= s.start);
        let inside = i > 0 && s.end <= found[i - 1].0.end;
        !inside && !acronyms.contains(&s)
    });
    for (phrase, acronym) in found {
        names.push((phrase, Label::Org, "acronym_definition"));
        names.push((acronym, Label::Org, "acronym_definition"));
        aliases.insert(key(&text[acronym.range()]), key(&text[phrase.range()]));
    }
    aliases
}

/// Is the quotation `q` followed by a verb of speech (`« … », indique la préfecture`)? Then it is
/// speech, never the title of a work.
fn followed_by_speech(text: &str, q: Span) -> bool {
    text[q.end..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(2)
        .any(|w| speakers::is_said(&tokens::lower_case(w).replace('’', "'")))
}

/// A quotation after a colon ("Garcia : « Un vrai rappel à l'ordre »") or alone on its line
/// (a French intertitle quoting the article's speaker) is speech, not the title of a work.
fn speech_by_layout(text: &str, q: Span) -> bool {
    // Only the blanks next to the quotation are read (a search for the line's ends would read
    // the whole line for every quotation: quadratic on a long line of them).
    let blank = |c: char| c.is_whitespace() && c != '\n';
    let before = text[..q.start].trim_end_matches(blank);
    let after = text[q.end..].trim_start_matches(blank);
    before.ends_with(':')
        || ((before.is_empty() || before.ends_with('\n'))
            && (after.is_empty() || after.starts_with('\n')))
}

/// Marks the tokens that start a sentence, a heading, a line or a quotation; also returns the
/// segmentation.
fn sentence_starts(text: &str, toks: &[tokens::Token]) -> (Vec<bool>, segment::Segmentation) {
    let seg = segment::segment(text);
    let mut starts = vec![false; toks.len()];
    // Where sentences and blocks start, in text order: one pass over the tokens with a cursor
    // into them (a binary search per sentence misses the cache on a long text).
    let mut marks: Vec<usize> = seg
        .sentences
        .iter()
        .map(|s| s.span.start)
        .chain(seg.blocks.iter().map(|b| b.span.start))
        .collect();
    marks.sort_unstable();
    let mut next = 0;
    for (i, t) in toks.iter().enumerate() {
        // The first token of the text, of a line (headlines, list items, newspaper columns), or
        // the first at or after the start of a sentence or block.
        let mut first = i == 0 || t.line_before;
        while marks.get(next).is_some_and(|&m| m <= t.span.start) {
            next += 1;
            first = true;
        }
        if first {
            // The first word from here, over opening punctuation.
            let word =
                (i..toks.len().min(i + 4)).find(|&k| toks[k].kind != Kind::Punct || k - i == 3);
            if let Some(k) = word {
                starts[k] = true;
            }
        }
        // After an opening quotation mark, a dash or a colon, a capitalised word ("Publié le
        // 19 mai - Dernière mise à jour": a hyphen between spaces is a dash).
        let spaced_hyphen = &text[t.span.range()] == "-"
            && t.space_before
            && toks.get(i + 1).is_some_and(|n| n.space_before);
        if t.kind == Kind::Punct
            && (spaced_hyphen
                || matches!(
                    &text[t.span.range()],
                    "«" | "“" | "\"" | "„" | "‹" | "—" | "–" | ":"
                ))
        {
            if let Some(next) = toks.get(i + 1) {
                if next.kind == Kind::Word
                    && text[next.span.range()]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                {
                    starts[i + 1] = true;
                }
            }
        }
    }
    (starts, seg)
}

/// Normalised key of a name: lower case, no accents, hyphens and apostrophes as spaces, single
/// spaces.
fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let push = |c: char, out: &mut String| {
        if c.is_whitespace() || matches!(c, '-' | '‐' | '\'' | '’') {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            push(c, &mut out);
        } else {
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    push(d, &mut out);
                }
            });
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Groups the name mentions (PER, LOC, ORG, MISC) and sets each entity's group.
fn group(entities: &mut [Entity], aliases: &FxHashMap<String, String>) -> Vec<EntityGroup> {
    let mut groups: Vec<EntityGroup> = Vec::new();
    // One map a name label (PER, LOC, ORG, MISC), keyed by `key`.
    let mut by_key: [FxHashMap<String, usize>; 4] = Default::default();
    let slot = |l: Label| match l {
        Label::Per => 0,
        Label::Loc => 1,
        Label::Org => 2,
        _ => 3,
    };
    // Last word of each person group's key, and the key's ending words: "sergueï lavrov" is
    // found from "lavrov"; "kim jong un" from "jong un".
    let mut person_endings: FxHashMap<String, usize> = FxHashMap::default();
    let is_name = |l: Label| matches!(l, Label::Per | Label::Loc | Label::Org | Label::Misc);
    // Longest mentions first, so that surnames find their full name.
    let mut order: Vec<usize> = (0..entities.len())
        .filter(|&i| is_name(entities[i].label))
        .collect();
    order.sort_by_cached_key(|&i| {
        (
            std::cmp::Reverse(entities[i].text.split_whitespace().count()),
            i,
        )
    });
    for i in order {
        let label = entities[i].label;
        let k = key(&entities[i].text);
        let k = match aliases.get(&k) {
            Some(long) if label == Label::Org => long.clone(),
            _ => k,
        };
        let found = by_key[slot(label)].get(&k).copied().or_else(|| {
            (label == Label::Per)
                .then(|| person_endings.get(&k).copied())
                .flatten()
        });
        let g = found.unwrap_or_else(|| {
            groups.push(EntityGroup {
                label,
                name: entities[i].text.clone(),
                count: 0,
                mentions: Vec::new(),
            });
            groups.len() - 1
        });
        if label == Label::Per && found.is_none() {
            let words: Vec<&str> = k.split(' ').collect();
            for from in 1..words.len() {
                person_endings.entry(words[from..].join(" ")).or_insert(g);
            }
        }
        by_key[slot(label)].insert(k, g);
        groups[g].mentions.push(i);
        groups[g].count += 1;
        entities[i].group = Some(g);
    }
    // Most mentioned first; renumber.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by(|&a, &b| {
        groups[b]
            .count
            .cmp(&groups[a].count)
            .then(groups[a].mentions[0].cmp(&groups[b].mentions[0]))
    });
    let mut new_index = vec![0; groups.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    for e in entities.iter_mut() {
        if let Some(g) = e.group {
            e.group = Some(new_index[g]);
        }
    }
    let mut slots: Vec<Option<EntityGroup>> = groups.into_iter().map(Some).collect();
    let mut sorted: Vec<EntityGroup> = order.into_iter().filter_map(|g| slots[g].take()).collect();
    for g in &mut sorted {
        g.mentions.sort_unstable();
    }
    sorted
}
