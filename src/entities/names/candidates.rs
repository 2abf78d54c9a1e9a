//! Step 2 of the name finder: candidate spans.
//!
//! A candidate is a run of capitalised words, joined across name particles (`Corée du Nord`,
//! `Jean de La Fontaine`, `Bank of England`), initials (`J. R. R. Tolkien`), `&` and acronyms
//! joined by a slash, up to [`MAX_NAME_TOKENS`] tokens; in an English title-case headline only
//! words known as names count. The run is then trimmed at its left end and extended at its
//! right, each change one named function below:
//! - [`extend`]: the run, with the joins that stop it ("de" before or after a full name, an
//!   organisation after a particle, an acronym and a place);
//! - [`split_nationality`], [`skip_leading_titles`], [`skip_opener`], [`skip_sentence_initial`]:
//!   what stays outside the name at its left;
//! - [`name_before_person`]: an acronym or a word in capitals before a full name is a name of its
//!   own;
//! - [`head_complements`], [`complete_place`]: lower-case words that belong to an organisation or
//!   a place (`Armée populaire coréenne`, `Arabie saoudite`, `Afrique centrale`);
//! - [`generic_head`]: a lower-case generic noun before the name (`océan Indien`).
//!
//! Some candidates come out with their label already decided (a nationality split off, a
//! generic noun's kind); the others go to the label rules ([`super::rules`]).

use super::super::Label;
use super::features::{is_de, looks_like_adjective, Doc};
use super::is_title_word;
use super::lexicon::{
    CREDIT_WORDS, DIRECTIONAL, DOTTED_ABBREVIATIONS, GENERIC_HEADS, INSTITUTION_SEATS, MEDIA,
    NUMBERED_COMPETITIONS, PARTIES, TITLES, TITLE_FIELDS,
};
use crate::entities::tokens::lower_case;

/// Most tokens in one name candidate.
pub const MAX_NAME_TOKENS: usize = 12;

/// A candidate name: tokens `[start, end)`, and its label when this step already knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The label and the name of the step that decided it, if one did.
    pub decided: Option<(Label, &'static str)>,
}

/// The candidates of the document, in text order.
#[must_use]
pub fn find(doc: &Doc<'_>) -> Vec<Candidate> {
    let n = doc.tokens();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !doc.is_capitalised(i) || title_with_stop(doc, i) || !known_here(doc, i) {
            i += 1;
            continue;
        }
        if let Some(next) = dotted_abbreviation(doc, i, &mut out) {
            i = next;
            continue;
        }
        let run = extend(doc, i);
        let title = title_around(doc, i, run);
        if let Some(k) = title.and_then(|last| known_before_title(doc, i, run, last)) {
            // The words left after it are the title's.
            shape(doc, i, k, &mut out);
            i = run;
            continue;
        }
        let end = title.map_or(run, |last| title_modifiers(doc, i, run, last));
        if end == i {
            i = run;
            continue;
        }
        i = shape(doc, i, end, &mut out).max(run.min(end + 1));
    }
    out
}

/// "U.S.", "U.K.", "U.N.": an abbreviation written with full stops is a name of its own, not a
/// person's initials; with an organisation's name after it, it is part of that name ("U.S.
/// Supreme Court", "U.N. Security Council"). Pushes the candidate and returns where the next
/// run starts.
fn dotted_abbreviation(doc: &Doc<'_>, i: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let (k, label) = abbreviation_at(doc, i)?;
    // An organisation named after it, on the same line.
    let n = doc.tokens();
    let next = doc.at(k);
    if k < n
        && next.capitalised
        && doc.adjacent(k)
        && !next.leading_title
        && !next.stopword
        && !next.sentence_start
    {
        let end = extend(doc, k);
        if (k..end).any(|t| doc.at(t).org_head || doc.at(t).org_tail) {
            out.push(Candidate {
                start: i,
                end,
                decided: Some((Label::Org, "abbreviation_and_organisation")),
            });
            return Some(end);
        }
    }
    out.push(Candidate {
        start: i,
        end: k,
        decided: Some((label, "dotted_abbreviation")),
    });
    Some(k)
}

/// The end and label of the dotted abbreviation ("U.S.") that starts at token `i`, if one does.
fn abbreviation_at(doc: &Doc<'_>, i: usize) -> Option<(usize, Label)> {
    if !doc.at(i).initial || doc.s(i + 1) != "." {
        return None;
    }
    let toks = doc.cx.tokens;
    let joined = |t: usize| toks.get(t).is_some_and(|t| !t.space_before);
    let mut k = i;
    while doc.at(k).initial && doc.s(k + 1) == "." && joined(k + 1) && (k == i || joined(k)) {
        k += 2;
    }
    DOTTED_ABBREVIATIONS
        .iter()
        .find(|(a, _)| k > i + 2 && *a == doc.between(i, k))
        .map(|&(_, label)| (k, label))
}

/// Titles in English: does the run `[i, end)` stand before a title, or end with one? (`Some`
/// with whether the title is the run's last word.)
fn title_around(doc: &Doc<'_>, i: usize, end: usize) -> Option<bool> {
    if !doc.cx.english {
        return None;
    }
    let title_next = doc.at(end).leading_title
        && (doc.is_capitalised(end + 1) || (doc.s(end + 1) == "." && doc.is_capitalised(end + 2)));
    let title_last = end - i >= 2 && is_title(doc, end - 1);
    (title_next || title_last).then_some(!title_next)
}

fn is_title(doc: &Doc<'_>, t: usize) -> bool {
    let f = doc.at(t);
    f.leading_title || (f.capitalised && is_title_word(&lower_case(doc.s(t))))
}

/// "White House Press Secretary X", "Goldman Sachs Chief Executive X": an institution or a
/// company a list knows whole, at the start of a run `[i, end)` of title words (`title_last`
/// when the title is its last word, see [`title_around`]), keeps its words (not the town
/// "White"); the end of that name. (Not a place: "Suffolk District Attorney" is Suffolk's
/// attorney, whatever the gazetteer holds.)
fn known_before_title(doc: &Doc<'_>, i: usize, end: usize, title_last: bool) -> Option<usize> {
    let last = if title_last { end - 1 } else { end };
    (i + 1..=last).rev().find(|&k| {
        let name = doc.between(i, k);
        INSTITUTION_SEATS.contains(name) || doc.cx.gazetteer.brand(name).is_some()
    })
}

/// "District Judge Kimba Wood", "Foreign Minister Lavrov", "Vice President X", "a District
/// Judge,", "the Samagi Jana Balawegaya Leader claimed": in English, unknown capitalised words
/// before a title, or ending with one, are part of the title, not a name; a known name before a
/// closing title keeps its place ("SJB Leader" -> "SJB"). `title_last` as [`title_around`]
/// says. The run's new end: `i` when nothing of it is a name.
fn title_modifiers(doc: &Doc<'_>, i: usize, end: usize, title_last: bool) -> usize {
    let is_title = |t: usize| is_title(doc, t);
    // A place's own tail stays with it ("Hamilton County Prosecutor X", "Fulton County District
    // Attorney X"); "District" does not (the title is District Attorney).
    let place_tail = |t: usize| matches!(doc.s(t), "County" | "Parish" | "Borough" | "Township");
    if !title_last {
        if let Some(tail) = (i + 1..end).rev().find(|&t| place_tail(t)) {
            return tail + 1;
        }
    }
    let unknown = (i..end).all(|t| {
        let f = doc.at(t);
        f.capitalised && (!f.listed || is_title(t))
    });
    if unknown {
        i
    } else if title_last {
        if (i..end - 1).all(|t| !is_title(t)) {
            end - 1
        } else {
            end
        }
    } else {
        // "Suffolk District Attorney X": the unknown words right before the title are the
        // title's; what a list knows before them stays a name ("Suffolk").
        let mut e = end;
        while e > i && !doc.at(e - 1).listed && doc.is_capitalised(e - 1) {
            e -= 1;
        }
        if e > i {
            e
        } else {
            end
        }
    }
}

/// "M. Lavrov", "Dr. Evans": a title with its full stop, which stays outside the name. (Checked
/// before the name is extended: extending first, then restarting after the title, re-read a
/// chain of titles once per title.)
fn title_with_stop(doc: &Doc<'_>, i: usize) -> bool {
    doc.s(i + 1) == "." && TITLES.contains(&format!("{}.", doc.s(i).to_lowercase()).as_str())
}

/// In a headline in title case ("Orange County Has State High 21 Cases"), only words the article
/// also writes capitalised elsewhere, or that a list knows, are names.
fn known_here(doc: &Doc<'_>, t: usize) -> bool {
    let f = doc.at(t);
    !f.headline || f.inside || (doc.s(t).chars().count() > 3 && f.known)
}

/// The end of the run of name words that starts at `i`: capitalised words, particles followed
/// by a capitalised word, initials, `&` and `RFE/RL`, up to [`MAX_NAME_TOKENS`] tokens (a longer
/// run of capitals is a headline or a list, read as several names).
fn extend(doc: &Doc<'_>, i: usize) -> usize {
    let n = doc.tokens();
    // A title inside a run starts a new name: "Virginia Gov. Bob McDonnell", "U.S. District
    // Judge Kimba Wood".
    let title_at = |t: usize| {
        doc.at(t).leading_title
            && (doc.is_capitalised(t + 1) || (doc.s(t + 1) == "." && doc.is_capitalised(t + 2)))
    };
    let initial = |t: usize| doc.at(t).initial;
    let mut end = i + 1;
    while end - i < MAX_NAME_TOKENS {
        // A dotted abbreviation ("U.S.") is a name of its own.
        if abbreviation_at(doc, end).is_some() {
            break;
        }
        if end < n
            && doc.is_capitalised(end)
            && doc.adjacent(end)
            && doc.cx.tokens[end].space_before
            && known_here(doc, end)
            && !title_at(end)
        {
            end += 1;
            continue;
        }
        // "Ligue 1", "Formule 1": a competition's number is part of its name.
        if NUMBERED_COMPETITIONS.contains(doc.s(end - 1))
            && matches!(doc.s(end), "1" | "2")
            && doc.cx.tokens.get(end).is_some_and(|t| t.space_before)
        {
            end += 1;
            continue;
        }
        // "RFE/RL": acronyms joined by a slash.
        if doc.s(end) == "/"
            && !doc.cx.tokens[end].space_before
            && doc.at(end - 1).acronym
            && doc.at(end + 1).acronym
            && doc.cx.tokens.get(end + 1).is_some_and(|t| !t.space_before)
        {
            end += 2;
            continue;
        }
        // "Procter & Gamble", "Marks & Spencer".
        if doc.s(end) == "&" && doc.is_capitalised(end + 1) && doc.adjacent(end + 1) {
            end += 2;
            continue;
        }
        // An initial inside a name ("George W. Bush"), or leading initials ("J. R. R. Tolkien")
        // when what follows is a name, not a sentence ("plan B. Le lendemain").
        if initial(end - 1)
            && doc.s(end) == "."
            && doc.is_capitalised(end + 1)
            && doc.adjacent(end + 1)
            && (end - 1 > i || initial(end + 1) || !doc.at(end + 1).stopword)
        {
            end += 2;
            continue;
        }
        if let Some(next) = across_possessive(doc, i, end) {
            end = next;
            continue;
        }
        // "Trinidad and Tobago", "Bosnia and Herzegovina": a place named with "and".
        if let Some(next) = across_and(doc, i, end) {
            end = next;
            continue;
        }
        match across_particles(doc, i, end) {
            Some(next) => end = next,
            None => break,
        }
    }
    end
}

/// A possessive inside a known name ("McDonald's", "People's Liberation Army", "Martha's
/// Vineyard"; the tokeniser cuts every `'s` off its word): the new end of the run `[i, end)` when
/// the run, the `'s` and up to four capitalised words after it are a brand or a place.
fn across_possessive(doc: &Doc<'_>, i: usize, end: usize) -> Option<usize> {
    let toks = doc.cx.tokens;
    let joined = |t: usize| toks.get(t).is_some_and(|t| !t.space_before);
    if !matches!(doc.s(end), "'" | "’") || !matches!(doc.s(end + 1), "s" | "S") {
        return None;
    }
    if !joined(end) || !joined(end + 1) {
        return None;
    }
    let words = (end + 2..doc.tokens().min(end + 6))
        .take_while(|&t| doc.is_capitalised(t) && doc.adjacent(t))
        .count();
    // From any word of the run: the words before the brand are trimmed later ("The People's
    // Liberation Army").
    (end + 2..=end + 2 + words).rev().find(|&k| {
        (i..end).any(|t| {
            let name = doc.between(t, k);
            doc.cx.gazetteer.brand(name).is_some() || doc.is_place(name)
        })
    })
}

/// "and", "et" or "&" inside a known place ("Trinidad and Tobago", "Saint Kitts and Nevis"): the
/// new end of the run `[i, end)`.
fn across_and(doc: &Doc<'_>, i: usize, end: usize) -> Option<usize> {
    if !matches!(doc.s(end), "and" | "et" | "&") || !doc.is_capitalised(end + 1) {
        return None;
    }
    let words = (end + 1..doc.tokens().min(end + 4))
        .take_while(|&t| doc.is_capitalised(t) && doc.adjacent(t))
        .count();
    (end + 2..=end + 1 + words)
        .rev()
        .find(|&k| doc.is_place(doc.between(i, k)))
}

/// Particles and the capitalised word after them ("du Nord", "de La Fontaine", "d'Orsay"): the
/// new end of the run `[i, end)`, or `None` when the run stops at `end`.
fn across_particles(doc: &Doc<'_>, i: usize, end: usize) -> Option<usize> {
    let n = doc.tokens();
    let mut k = end;
    while k < n && doc.is_word(k) && doc.at(k).particle && doc.adjacent(k) && k - end < 2 {
        k += 1;
    }
    if !(k > end && k < n && doc.is_capitalised(k) && doc.adjacent(k)) {
        return None;
    }
    // A full name ("Michel Therrien", given name first) does not take "de X" after it: "Michel
    // Therrien des Canadiens", "Jean-Michel Chalancon du Sdis", "Arnon Milchan de Regency
    // Enterprises". But a nobiliary particle and one name belong to it ("Pierre Savorgnan de
    // Brazza"), and "Golden Knights de Vegas" is a team of a place.
    let run_after = (k..n)
        .take_while(|&t| doc.is_capitalised(t) && doc.adjacent(t))
        .count();
    let full_name = end - i >= 2
        && doc.at(i).given_name
        && (i..end).all(|t| doc.is_capitalised(t))
        && is_de(doc.s(end))
        && (matches!(doc.s(end), "des" | "du")
            || run_after >= 2
            || (doc.at(k).place && !doc.s(end - 1).ends_with('s')));
    // Nor does anything take a full name after "de": "le Parti québécois de Jacques Parizeau",
    // "la Norvège de Pål Trulsen" are two names ("Jean de La Fontaine" is one).
    let full_name_after = k == end + 1
        && is_de(doc.s(end))
        && doc.at(k).given_name
        && doc.is_capitalised(k + 1)
        && doc.adjacent(k + 1);
    // An organisation after the particle is a name of its own: "les Knights de London de la
    // Ligue de hockey" (but "Comité central du Parti" is one).
    let organisation_after = doc.at(k).org_head
        && !doc.at(i).org_head
        && !doc.at(i).state_head
        && (i..end).any(|t| !doc.is_capitalised(t));
    // An acronym before "de" and a place: "le CSKA de Moscou", "l'OSCE d'Astana" are two names.
    // (A people is not split: "les Canadiens de Montréal" is a team.)
    let place_of = end - i == 1
        && is_de(doc.s(end))
        && doc.at(i).acronym
        && doc.is_place(doc.between(k, k + run_after.max(1)));
    (!full_name && !full_name_after && !organisation_after && !place_of).then_some(k + 1)
}

/// Trims and extends the run `[i, end)` into candidates pushed to `out`; returns where the next
/// run may start.
fn shape(doc: &Doc<'_>, i: usize, mut end: usize, out: &mut Vec<Candidate>) -> usize {
    // A party's article belongs to it, even at the start of a sentence ("La France insoumise"),
    // or is a word of the sentence ("Le Parti socialiste").
    let starts = if doc.at(i).stopword {
        i..i + 2
    } else {
        i..i + 1
    };
    for s in starts.filter(|&s| s < end) {
        if let Some(party) = party(doc, s, end) {
            out.push(Candidate {
                start: s,
                end: party,
                decided: Some((Label::Org, "party_or_medium")),
            });
            return party;
        }
    }
    let mut start = i;
    split_nationality(doc, out, &mut start, end);
    skip_leading_titles(doc, &mut start, end);
    skip_opener(doc, &mut start, end);
    skip_sentence_initial(doc, &mut start, end);
    if start >= end {
        return end;
    }
    // Again after a dropped sentence-initial word: "Le Norvégien Bjørn Dæhlie".
    split_nationality(doc, out, &mut start, end);
    skip_title_complement(doc, &mut start, end);
    name_before_person(doc, out, &mut start, end);
    end = head_complements(doc, start, end);
    end = complete_place(doc, start, end);
    if let Some((g, label)) = generic_head(doc, start) {
        out.push(Candidate {
            start: g,
            end,
            decided: Some((label, "generic_head")),
        });
        return end;
    }
    out.push(Candidate {
        start,
        end,
        decided: None,
    });
    end
}

/// "La France insoumise", "Balai citoyen", "Les Républicains", "L'Indépendant", "Le Bien public":
/// a party or movement of [`PARTIES`] or a medium of [`MEDIA`] named with its article or
/// lower-case words. The end, if the run or the run and up to three words after it name one.
fn party(doc: &Doc<'_>, start: usize, end: usize) -> Option<usize> {
    let n = doc.tokens();
    let more = (end..n.min(end + 3))
        .take_while(|&t| doc.is_word(t) && doc.adjacent(t))
        .count();
    (end..=end + more).rev().find(|&e| {
        let name = lower_case(doc.between(start, e));
        let name = name.replace('’', "'");
        PARTIES.contains(name.as_str()) || (e - start > 1 && MEDIA.contains(name.as_str()))
    })
}

/// "l'Autrichien Karl Schranz", "the Briton Andy Murray": a nationality at `start`, before more
/// name, is a name of its own (pushed to `out`); `start` moves past it. "American Film
/// Institute", "British Museum" stay one name.
fn split_nationality(doc: &Doc<'_>, out: &mut Vec<Candidate>, start: &mut usize, end: usize) {
    let s = *start;
    let (first, last) = (doc.at(s), doc.at(end - 1));
    // A party's or a creed's member before a full name too ("Democrat Joe Biden"), not a given
    // name of that shape ("Christian Dior").
    let member = first.people_or_creed
        && !first.given_name
        && doc.at(s + 1).given_name
        && !doc.is_place(doc.between(s, end));
    if end - s >= 2
        && (first.demonym || member)
        && !first.place
        && doc.is_capitalised(s + 1)
        && !last.org_tail
        && !last.loc_tail
        && !doc.at(s + 1).org_head
    {
        out.push(Candidate {
            start: s,
            end: s + 1,
            decided: Some((Label::Misc, "nationality_before_name")),
        });
        *start += 1;
    }
}

/// An English title before a name ("President Mary Collins") stays outside it, but not one that
/// names the field of an organisation ("Justice Department", "Defense Ministry" is no title).
fn skip_leading_titles(doc: &Doc<'_>, start: &mut usize, end: usize) {
    while end - *start > 1
        && doc.at(*start).leading_title
        && doc.is_capitalised(*start + 1)
        && !doc.at(*start + 1).org_tail
    {
        *start += 1;
    }
}

/// A title's complement written with capitals before the person who holds it is the title's:
/// "le Préfet de Police Laurent Nuñez", "Minister of Foreign Affairs Sergei Lavrov", "président
/// de la République Emmanuel Macron". The name starts at the given name when a title and its
/// particles stand before the run and a surname follows the given name.
fn skip_title_complement(doc: &Doc<'_>, start: &mut usize, end: usize) {
    // A capitalised title that opens the run, before its particle: "Préfet de Région X Y".
    if end - *start > 2 && is_title(doc, *start) && doc.at(*start + 1).particle {
        let mut k = *start + 1;
        while k < end && doc.at(k).particle && !doc.is_capitalised(k) {
            k += 1;
        }
        if k < end && k > *start + 1 {
            // The person after the complement, or else the complement alone (the title is
            // no name: "le Préfet de Région Paca" keeps "Région Paca").
            let title_end = k;
            *start = title_end;
            skip_title_complement(doc, start, end);
        }
        return;
    }
    let mut k = *start;
    let mut particles = 0;
    while k > 0 && particles < 2 && (doc.at(k - 1).particle || doc.s(k - 1) == "the") {
        k -= 1;
        particles += 1;
    }
    let title = particles > 0
        && k > 0
        && (doc.at(k - 1).job_title || doc.at(k - 1).leading_title || is_title(doc, k - 1));
    if !title {
        return;
    }
    let Some(g) = (*start + 1..end.saturating_sub(1))
        .find(|&t| doc.at(t).given_name && doc.is_capitalised(t + 1) && !doc.at(t + 1).particle)
    else {
        return;
    };
    // An acronym or a place there is a name of its own ("la déléguée du SNTR Paulette
    // Garnier"), which `name_before_person` keeps apart.
    // (A field a title governs is no place: "Police" is a Polish town.)
    let own_name = |t: usize| {
        let f = doc.at(t);
        (f.acronym || f.upper || f.place) && !TITLE_FIELDS.contains(doc.s(t))
    };
    if !(*start..g).any(own_name) {
        *start = g;
    }
}

/// Moves `start` past the words that are not capitalised.
fn skip_to_capital(doc: &Doc<'_>, start: &mut usize, end: usize) {
    while *start < end && !doc.is_capitalised(*start) {
        *start += 1;
    }
}

/// A credit's word ("Photo Getty Images") or a capitalised stopword followed by a particle starts
/// no name ("Entre la Russie"); nor does an unknown sentence-initial word ("Originaire d'Al Hoceïma", "Natif de Rotterdam"), unless the
/// whole is a known place ("Rio de Janeiro").
fn skip_opener(doc: &Doc<'_>, start: &mut usize, end: usize) {
    let s = *start;
    // "Photo Getty Images", "Crédit AFP": a credit's word before the name.
    if end - s > 1 && CREDIT_WORDS.contains(doc.s(s)) && !doc.at(s + 1).stopword {
        *start += 1;
        return;
    }
    let initial_first = doc.s(s).chars().count() == 1 && doc.s(s + 1) == ".";
    let unknown_opener =
        doc.at(s).sentence_start && !doc.at(s).known && !doc.is_place(doc.between(s, end));
    if end - s > 1
        && (doc.at(s).stopword || (unknown_opener && doc.at(s + 1).particle))
        && !doc.is_capitalised(s + 1)
        && !initial_first
    {
        *start += 1;
        skip_to_capital(doc, start, end);
    }
}

/// A sentence-initial capital on a common word (a stopword, a word the document also writes in
/// lower case, a lone unknown word, an unknown word before a given name: "Seuls Rafael Nadal") is
/// dropped, unless a known place starts there ("New York", "La Paz").
fn skip_sentence_initial(doc: &Doc<'_>, start: &mut usize, end: usize) {
    let s = *start;
    if !doc.at(s).sentence_start {
        return;
    }
    let first = doc.s(s);
    let unknown = !doc.at(s).known;
    let common = doc.at(s).stopword || doc.written_lower(&lower_case(first));
    // "Bijotat : « Il nous a manqué … »": a name before a colon and a quotation is its speaker's,
    // as news headlines and round-ups write them.
    let speaker_label = doc.s(end) == ":" && matches!(doc.s(end + 1), "«" | "“" | "\"");
    let single_unknown = end - s == 1 && unknown && !speaker_label;
    // "Police said …", "Reading the report, …": in English, a lone sentence-initial word that a
    // fourth-grader knows (the Dale–Chall list) is that word, not the Polish town, unless it
    // names a country ("Turkey", "China").
    let familiar = doc.cx.english
        && end - s == 1
        && crate::readability::is_familiar(&lower_case(first))
        && !doc.cx.gazetteer.is_country(first);
    let before_given = end - s >= 3 && doc.at(s + 1).given_name && unknown;
    let place = end - s >= 2 && (s + 2..=end).any(|e| doc.is_place(doc.between(s, e)));
    if (common || single_unknown || before_given || familiar) && !place && !doc.is_dateline(s, end)
    {
        *start += 1;
        skip_to_capital(doc, start, end);
    }
}

/// An acronym or a word in capitals before a person's full name is a name of its own: "la
/// secrétaire générale de la CGT Sophie Binet", "beIN SPORTS Tamara Horacek" (an organisation,
/// or a place if the gazetteer knows it); `start` moves to the person.
fn name_before_person(doc: &Doc<'_>, out: &mut Vec<Candidate>, start: &mut usize, end: usize) {
    let s = *start;
    let shouted = |t: usize| {
        let f = doc.at(t);
        f.acronym || f.upper || doc.s(t).starts_with(char::is_lowercase)
    };
    let person_at = (s + 1..end.saturating_sub(1)).find(|&p| {
        doc.at(p).given_name
            && doc.is_capitalised(p + 1)
            && (s..p).all(shouted)
            && !doc.in_upper_run(p, end)
    });
    if let Some(p) = person_at {
        let label = if doc.is_place(doc.between(s, p)) {
            Label::Loc
        } else {
            Label::Org
        };
        out.push(Candidate {
            start: s,
            end: p,
            decided: Some((label, "name_before_person")),
        });
        *start = p;
    }
}

/// French organisation, event and state heads take the lower-case words after them that are not
/// stopwords, with particles between them: "Armée populaire coréenne", "Ligue nationale de
/// hockey", "Seconde Guerre mondiale", "Conseil régional de Bretagne". The new end.
fn head_complements(doc: &Doc<'_>, start: usize, end: usize) -> usize {
    let n = doc.tokens();
    let headed = (start..end).any(|t| {
        let f = doc.at(t);
        f.org_head || f.misc_word || f.state_head
    });
    if doc.cx.english || !headed {
        return end;
    }
    let mut k = end;
    while k < n && k - end < 4 && doc.is_word(k) && doc.adjacent(k) {
        let w = doc.s(k);
        let lower_word = w.chars().next().is_some_and(char::is_lowercase)
            && !doc.at(k).stopword
            && (looks_like_adjective(w) || doc.is_people_adjective(w));
        // "de la", "de l'": the article after the particle.
        let article = usize::from(
            w == "de" && matches!(doc.s(k + 1), "la" | "l'" | "l’") && doc.adjacent(k + 2),
        );
        let after = k + 1 + article;
        let particle_then_word = matches!(w, "de" | "du" | "des")
            && doc.is_word(after)
            && doc.s(after).chars().next().is_some_and(char::is_lowercase)
            && !doc.at(after).stopword
            // not an infinitive: "prier la Chambre de choisir"
            && !(doc.s(after).ends_with("er") || doc.s(after).ends_with("ir"));
        // "Conseil régional de Bretagne", "Ligue de hockey de l'Ontario": a particle and a
        // capitalised word after the head; not a person ("Parti québécois de Jacques Parizeau").
        let particle_then_name = doc.at(k).particle
            && doc.is_capitalised(after)
            && doc.adjacent(after)
            && !(doc.at(after).given_name && doc.is_capitalised(after + 1));
        if lower_word {
            k += 1;
        } else if particle_then_word {
            k = after + 1;
        } else if particle_then_name {
            k = after + 1;
            while k < n && doc.is_capitalised(k) && doc.adjacent(k) {
                k += 1;
            }
        } else {
            break;
        }
    }
    k.min(n)
}

/// Lower-case words that complete a place: "Arabie saoudite", "Guinée équatoriale" (the longer
/// name is known), "Région wallonne", "Alpes uranaises" (a regional head and a people's
/// adjective), "Afrique centrale", "Pakistan oriental" (a place and a directional adjective).
/// The new end.
fn complete_place(doc: &Doc<'_>, start: usize, mut end: usize) -> usize {
    let n = doc.tokens();
    // English writes its place names' own words with capitals: "the Euphrates river", "New York
    // state" end before the lower-case noun.
    if doc.cx.english {
        return end;
    }
    for extra in [2, 1] {
        if end + extra <= n && (end..end + extra).all(|t| doc.is_word(t) && doc.adjacent(t)) {
            let longer = doc.between(start, end + extra);
            if doc.is_region(longer) {
                end += extra;
                break;
            }
        }
    }
    let head = doc.at(start);
    if end < n
        && doc.adjacent(end)
        && (head.loc_head || head.macro_region)
        && end - start == 1
        && doc.is_people_adjective(doc.s(end))
    {
        end += 1;
    }
    if end < n
        && doc.adjacent(end)
        && DIRECTIONAL.contains(&doc.s(end))
        && doc.is_region(doc.between(start, end))
    {
        end += 1;
    }
    end
}

/// "océan Indien", "baie d'Hudson", "parc national de Timanfaya", "guerre de Sept Ans": a generic
/// noun before the name (over particles, and one adjective) belongs to it and gives its label;
/// "guerre de la Russie" is Russia's war, not an event. The noun's token and label.
fn generic_head(doc: &Doc<'_>, start: usize) -> Option<(usize, Label)> {
    if start == 0 {
        return None;
    }
    let (mut g, mut particles) = (start, 0);
    while g > 0 && particles < 2 && doc.at(g - 1).particle {
        g -= 1;
        particles += 1;
    }
    let generic_at = |h: usize| GENERIC_HEADS.iter().find(|(w, _)| *w == doc.s(h));
    if particles > 0
        && g > 1
        && generic_at(g - 1).is_none()
        && generic_at(g - 2).is_some()
        && looks_like_adjective(doc.s(g - 1))
        && doc.is_word(g - 1)
    {
        g -= 1;
    }
    if g == 0 || !doc.is_word(g - 1) || !(g..=start).all(|t| doc.adjacent(t)) {
        return None;
    }
    let &(_, label) = generic_at(g - 1)?;
    let article = (g..start).any(|t| matches!(doc.s(t), "la" | "le" | "les" | "l'" | "l’"));
    (!(label == Label::Misc && article)).then_some((g - 1, label))
}

#[cfg(test)]
mod tests {
    use super::super::rules::Decision;
    use crate::entities::{Label, Recogniser};
    use crate::vocabulary::Stopwords;

    /// The candidates of `text`, with what decided them.
    fn candidates(text: &str) -> Vec<(String, Decision, &'static str)> {
        Recogniser::new().explain(text, &Stopwords::new())
    }

    fn has(text: &str, name: &str, step: &str) {
        let all = candidates(text);
        assert!(
            all.iter().any(|(t, _, s)| t == name && *s == step),
            "{name:?} by {step} in {all:?}"
        );
    }

    #[test]
    fn a_nationality_is_split_off() {
        has(
            "Il a battu l'Autrichien Karl Schranz.",
            "Autrichien",
            "nationality_before_name",
        );
        has(
            "Il a battu l'Autrichien Karl Schranz.",
            "Karl Schranz",
            "person_evidence",
        );
    }

    #[test]
    fn an_acronym_before_a_person_is_its_own_name() {
        let text = "La déléguée du SNTR Paulette Garnier a parlé.";
        has(text, "SNTR", "name_before_person");
        has(text, "Paulette Garnier", "person_evidence");
    }

    #[test]
    fn a_generic_noun_belongs_to_the_name() {
        has(
            "Ils ont traversé l'océan Indien.",
            "océan Indien",
            "generic_head",
        );
    }

    #[test]
    fn titles_and_sentence_initial_words_stay_outside() {
        has(
            "Il a rencontré M. Dufresnoy hier.",
            "Dufresnoy",
            "person_evidence",
        );
        has(
            "Seuls Julien Marceau et lui restent.",
            "Julien Marceau",
            "person_evidence",
        );
        has(
            "President Mary Collins spoke.",
            "Mary Collins",
            "person_evidence",
        );
    }

    #[test]
    fn heads_and_places_take_lower_case_words() {
        has(
            "L'Armée populaire valdorienne avance.",
            "Armée populaire valdorienne",
            "organisation_head_or_tail",
        );
        has(
            "Il a voyagé en Afrique centrale.",
            "Afrique centrale",
            "place_and_direction",
        );
    }

    #[test]
    fn runs_stop_where_names_part() {
        // "de" before a full name, and an acronym and a place, part two names.
        let text = "Le Parti radical de Jacques Parizeau et le CSKA de Moscou.";
        has(text, "Parti radical", "organisation_head_or_tail");
        has(text, "Jacques Parizeau", "person_evidence");
        has(text, "CSKA", "lone_acronym");
        has(text, "Moscou", "known_place");
        assert!(candidates("Le livre de J. R. R. Tolkien est long.")
            .iter()
            .any(|(t, _, _)| t == "J. R. R. Tolkien"));
        let labels: Vec<Label> = candidates("Procter & Gamble vend.")
            .iter()
            .filter_map(|(_, d, _)| match d {
                Decision::Name(l, _) => Some(*l),
                _ => None,
            })
            .collect();
        assert_eq!(labels, [Label::Org]);
    }
}
