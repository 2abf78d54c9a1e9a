//! Named entities: people, places, organisations and other names, dates, times, numbers, money,
//! percentages, quotations with their speakers, e-mail addresses and URLs, in French and English
//! (and any text written with capitals), with the mentions of one entity grouped.
//!
//! A rule-based recogniser with gazetteers, built for news: [`tokens`] reads the text once;
//! [`numeric`] finds dates, times, amounts and numbers; [`names`] finds and classifies
//! capitalised names with the gazetteers of [`gazetteer`] and document-level consistency;
//! [`quotes`] finds quotations, whose speakers are then read from the attribution around them
//! ("a déclaré Sergueï Lavrov", "selon la Corée du Sud", "said the minister", "a-t-il dit").
//! Mentions are grouped per label by a normalised key (case, accents and hyphens ignored), a
//! person's lone surname joining the full name (`M. Lavrov` / `Sergueï Lavrov` / `Lavrov`); the
//! group's name is its longest mention. Entities inside a quotation are reported as well (the
//! quotation is a layer above them).

pub mod gazetteer;
pub mod names;
pub mod numeric;
pub mod quotes;
pub mod tokens;
pub mod wordset;

use crate::segment;
use crate::span::Span;
use crate::utf16::{ToUtf16, Utf16Index};
use crate::vocabulary::Stopwords;
use gazetteer::Gazetteer;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::borrow::Cow;
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

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quotation {
    /// Index of the quotation in [`EntityReport::entities`].
    pub entity: usize,
    /// The speaker's name as the group names it, or the role the text gives ("the minister"),
    /// when the text says who spoke.
    pub speaker: Option<String>,
    /// The speaker's group.
    pub speaker_group: Option<usize>,
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

impl ToUtf16 for EntityReport {
    fn to_utf16(&mut self, index: &Utf16Index<'_>) {
        for e in &mut self.entities {
            e.start = index.utf16(e.start);
            e.end = index.utf16(e.end);
        }
    }
}

/// Verbs and words that introduce or follow a quotation's speaker (lower case).
#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "déclaré", "dit", "affirmé", "annoncé", "expliqué", "estimé", "souligné", "assuré", "ajouté", "indiqué",
    "précisé", "lancé", "martelé", "confié", "insisté", "rappelé", "prévenu", "reconnu", "regretté",
    "dénoncé", "jugé", "selon", "déclare", "dit", "affirme", "explique", "estime", "souligne", "assure",
    "ajoute", "indique", "précise", "lance", "confie", "insiste", "rappelle", "prévient", "reconnaît",
    "regrette", "dénonce", "juge", "écrit", "tweeté", "twitté", "said", "says", "told", "added", "stated",
    "warned", "explained", "insisted", "claimed", "asked", "wrote", "according", "declared", "announced",
    "argued", "noted",
];
const PRONOUNS: &[&str] = &["il", "elle", "he", "she"];
/// Tokens after a quotation searched for its attribution.
const ATTRIBUTION_TOKENS: usize = 14;

/// The entity recogniser: gazetteers and stopwords, built once.
#[derive(Debug, Clone, Default)]
pub struct Recogniser {
    gazetteer: Gazetteer,
    start_words: numeric::StartWords,
}

impl Recogniser {
    /// Loads the gazetteers.
    #[must_use]
    pub fn new() -> Self {
        Self {
            gazetteer: Gazetteer::new(),
            start_words: numeric::StartWords::new(),
        }
    }

    /// The entities of `text`, with byte offsets.
    #[must_use]
    pub fn recognise(&self, text: &str, stopwords: &Stopwords) -> EntityReport {
        let toks = tokens::tokenize(text);
        let (numeric, used) = numeric::recognise(text, &toks, &self.start_words);
        let (sentence_start, sentences) = sentence_starts(text, &toks);
        let cx = names::Context {
            text,
            tokens: &toks,
            used: &used,
            sentence_start: &sentence_start,
            gazetteer: &self.gazetteer,
            stopwords,
        };
        let quote_spans = quotes::quotations(text);
        let found_names = with_titles(text, names::recognise(&cx), &quote_spans);

        let mut entities: Vec<Entity> = Vec::new();
        let mut push = |span: Span, label: Label| {
            entities.push(Entity {
                start: span.start,
                end: span.end,
                label,
                text: text[span.range()].to_owned(),
                group: None,
            });
        };
        for &(span, label) in &numeric {
            push(span, label);
        }
        for &(span, label) in &found_names {
            push(span, label);
        }
        for &span in &quote_spans {
            push(span, Label::Quote);
        }
        entities.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end), e.label != Label::Quote));
        let groups = group(&mut entities);
        let quotes = speakers(text, &toks, &sentences, &entities, &groups);
        EntityReport {
            entities,
            groups,
            quotes,
        }
    }
}

/// The names, with the titles of works in quotation marks made one MISC name each (« Crime et
/// Châtiment », not the person "Châtiment"); a title that is exactly one name a rule or gazetteer
/// is sure of keeps its label (« Versailles »).
fn with_titles(text: &str, mut found: Vec<names::Name>, quotes: &[Span]) -> Vec<(Span, Label)> {
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
        .filter_map(|&q| quotes::title_inside(text, q))
        // One sure name is the title itself (« Versailles »); two are a quoted list of names.
        .filter(|&t| {
            let sure = within(t).filter(|n| n.sure).count();
            !(sure >= 2 || within(t).any(|n| n.span == t && n.sure))
        })
        .collect();
    if titles.is_empty() {
        return found.iter().map(|n| (n.span, n.label)).collect();
    }
    titles.sort_by_key(|t| t.start);
    // Is `s` inside a title? Titles hold no quotation marks, so they do not nest: the one that
    // starts last before `s` is the only candidate.
    let inside = |s: Span| {
        let i = titles.partition_point(|t| t.start <= s.start);
        i > 0 && s.end <= titles[i - 1].end
    };
    let mut out: Vec<(Span, Label)> = found
        .iter()
        .filter(|n| !inside(n.span))
        .map(|n| (n.span, n.label))
        .collect();
    out.extend(titles.iter().map(|&t| (t, Label::Misc)));
    out
}

/// Marks the tokens that start a sentence, a heading, a line or a quotation; also returns the
/// sentences.
fn sentence_starts(text: &str, toks: &[tokens::Token]) -> (Vec<bool>, Vec<Span>) {
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
        // After an opening quotation mark, a dash or a colon, a capitalised word.
        if t.kind == Kind::Punct
            && matches!(
                &text[t.span.range()],
                "«" | "“" | "\"" | "„" | "‹" | "—" | "–" | ":"
            )
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
    (starts, seg.sentences.iter().map(|s| s.span).collect())
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
fn group(entities: &mut [Entity]) -> Vec<EntityGroup> {
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

/// Reads each quotation's speaker from its attribution.
fn speakers(
    text: &str,
    toks: &[tokens::Token],
    sentences: &[Span],
    entities: &[Entity],
    groups: &[EntityGroup],
) -> Vec<Quotation> {
    let sentence_of = |byte: usize| {
        let i = sentences.partition_point(|s| s.end <= byte);
        sentences.get(i).filter(|s| s.start <= byte).copied()
    };
    let names: Vec<usize> = (0..entities.len())
        .filter(|&i| entities[i].group.is_some())
        .collect();
    let speaker_label =
        |e: usize| matches!(entities[e].label, Label::Per | Label::Org | Label::Loc);
    let mut out = Vec::new();
    // Entities are sorted by start, outer quotations first: a quotation is nested when an
    // earlier one reaches past its end.
    let mut outer_end = 0;
    // The first token after the current quotation: outer quotations come in text order, so one
    // cursor walks the tokens (a binary search per quotation misses the cache on long texts).
    let mut cursor = 0;
    for (q, qe) in entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == Label::Quote)
    {
        let nested = qe.end <= outer_end;
        outer_end = outer_end.max(qe.end);
        let mut speaker = None;
        let mut role_speaker: Option<String> = None;
        if !nested {
            let sentence =
                sentence_of(qe.end.saturating_sub(1)).unwrap_or(Span::new(qe.start, qe.end));
            // After the quotation: "», a déclaré X", "», selon X", "\" said X", "a-t-il dit".
            while cursor < toks.len() && toks[cursor].span.start < qe.end {
                cursor += 1;
            }
            let first = cursor;
            let after: Vec<usize> = (first..toks.len())
                .take_while(|&t| {
                    toks[t].span.start < sentence.end.max(qe.end) && !toks[t].line_before
                })
                .take(ATTRIBUTION_TOKENS)
                .collect();
            let words: Vec<Cow<'_, str>> = after
                .iter()
                .map(|&t| tokens::lower_case(&text[toks[t].span.range()]))
                .collect();
            let is_speech = |w: &Cow<'_, str>| {
                SPEECH.contains(&w.as_ref())
                    || w.starts_with("a-t-")
                    || w.ends_with("-t-il")
                    || w.ends_with("-t-elle")
            };
            if let Some(p) = words.iter().position(is_speech) {
                let from = toks[after[p]].span.start;
                let to = after.last().map_or(from, |&t| toks[t].span.end);
                let lo = names.partition_point(|&e| entities[e].start < from);
                speaker = names[lo..]
                    .iter()
                    .copied()
                    .take_while(|&e| entities[e].start < to)
                    .find(|&e| entities[e].end <= to && speaker_label(e));
                // "said the minister", "a déclaré le porte-parole": a role, not a name.
                if speaker.is_none() {
                    let role = words[p + 1..]
                        .iter()
                        .take(3)
                        .position(|w| names::is_title_word(w));
                    if let Some(r) = role {
                        let (a, b) = (after[p + 1], after[p + 1 + r]);
                        role_speaker = Some(text[toks[a].span.start..toks[b].span.end].to_owned());
                    }
                }
                let pronoun = words[p..].iter().any(|w| {
                    PRONOUNS.contains(&w.as_ref()) || w.ends_with("-il") || w.ends_with("-elle")
                });
                if speaker.is_none() && pronoun {
                    let hi = names.partition_point(|&e| entities[e].end <= qe.start);
                    speaker = names[..hi]
                        .iter()
                        .copied()
                        .rev()
                        .find(|&e| entities[e].label == Label::Per);
                }
            }
            // Before it: "X a déclaré : « … »".
            if speaker.is_none() {
                let from = sentence.start.min(qe.start);
                if text[from..qe.start]
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| SPEECH.contains(&tokens::lower_case(w).as_ref()))
                {
                    let lo = names.partition_point(|&e| entities[e].start < from);
                    let hi = names.partition_point(|&e| entities[e].start < qe.start);
                    speaker = names[lo..hi]
                        .iter()
                        .copied()
                        .rev()
                        .find(|&e| entities[e].end <= qe.start && speaker_label(e));
                }
            }
        }
        let speaker_group = speaker.and_then(|e| entities[e].group);
        let speaker = speaker_group
            .map(|g| groups[g].name.clone())
            .or(role_speaker);
        out.push(Quotation {
            entity: q,
            speaker,
            speaker_group,
        });
    }
    out
}
