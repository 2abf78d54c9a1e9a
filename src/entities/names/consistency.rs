//! Step 4 of the name finder: the document's names agree with each other.
//!
//! - **Lists** ([`lists`]): names joined by commas and a conjunction ("Quenast, Bierghes et
//!   Lessines") are of one kind; those labelled by a guess take the label most of the surely
//!   labelled names of the list have.
//! - **A person's words** : once a name is surely a person, each of its words before a particle,
//!   alone, is that person ("Sergueï Lavrov" … "Lavrov"), even where a gazetteer knows the word as
//!   a place ("Charles Darwin" … "Darwin"); "Grégoire de Tours" makes no person of "Tours"; a
//!   capitalised particle and what follows it are the surname ("Marine Le Pen" … "Le Pen"), and so
//!   are a lower-case particle that is no French or English preposition and what follows it
//!   ("Louis van Gaal" … "said van Gaal").
//! - **An organisation's word**: the word that opens a name surely an organisation's ("Synutra
//!   International"), alone and labelled by a guess, is that organisation ("Synutra").
//! - **One name, one label**: a name labelled surely anywhere keeps that label where only a guess
//!   applied.

use super::super::Label;
use super::features::Doc;
use super::Name;
use rustc_hash::{FxHashMap, FxHashSet};

/// Lower-case particles that open a surname and are no preposition of French or English.
const SURNAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "ter", "ten", "zu", "da", "di", "del", "della", "dos", "das",
    "bin", "ibn",
];

/// Applies the four agreements to `names` (in text order).
pub fn apply(doc: &Doc<'_>, names: &mut [Name]) {
    lists(doc, names);
    let mut sure: FxHashMap<&str, Label> = FxHashMap::default();
    let mut person_words: FxHashSet<&str> = FxHashSet::default();
    for n in names.iter().filter(|n| n.sure) {
        sure.entry(&doc.cx.text[n.span.range()]).or_insert(n.label);
        if n.label == Label::Per {
            for t in n.tokens.0..n.tokens.1 {
                if doc.at(t).particle {
                    // "Marine Le Pen" … "Le Pen", "Charles De Gaulle" … "De Gaulle": the
                    // surname with its particle; "Louis van Gaal" … "van Gaal" too (not "de":
                    // "Grégoire de Tours" … "la ville de Tours").
                    let surname_particle =
                        doc.is_capitalised(t) || SURNAME_PARTICLES.contains(&doc.s(t));
                    if t > n.tokens.0 && t + 1 < n.tokens.1 && surname_particle {
                        person_words.insert(doc.between(t, n.tokens.1));
                    }
                    break;
                }
                if doc.is_capitalised(t) {
                    person_words.insert(doc.s(t));
                }
            }
        }
    }
    for n in names.iter_mut() {
        // "… said van Gaal": a lower-case particle left before the surname of a person named
        // whole elsewhere belongs to the name.
        let particle = n.tokens.0.checked_sub(1).filter(|&p| {
            doc.at(p).particle
                && !doc.is_capitalised(p)
                && person_words.contains(doc.between(p, n.tokens.1))
        });
        if let Some(p) = particle {
            n.tokens.0 = p;
            n.span.start = doc.cx.tokens[p].span.start;
            n.label = Label::Per;
            n.sure = true;
            n.rule = "a_persons_word";
            continue;
        }
        let text = &doc.cx.text[n.span.range()];
        if n.label != Label::Per && person_words.contains(text) {
            n.label = Label::Per;
            n.sure = true;
            n.rule = "a_persons_word";
        }
    }
    // "Synutra International" … "Synutra", "Puritan Medical Products" … "Puritan": the word
    // that opens an organisation's name (not a word of any name: a place, a given name, a
    // generic head) is that organisation alone.
    let org_words: FxHashSet<&str> = names
        .iter()
        .filter(|n| n.sure && n.label == Label::Org && n.tokens.1 - n.tokens.0 >= 2)
        .map(|n| n.tokens.0)
        .filter(|&t| {
            let f = doc.at(t);
            f.capitalised
                && !(f.place || f.given_name || f.org_head || f.org_tail || f.stopword || f.acronym)
        })
        .map(|t| doc.s(t))
        .collect();
    for n in names.iter_mut().filter(|n| !n.sure) {
        let text = &doc.cx.text[n.span.range()];
        if n.tokens.1 - n.tokens.0 == 1 && org_words.contains(text) && !person_words.contains(text)
        {
            n.label = Label::Org;
            n.sure = true;
            n.rule = "an_organisations_word";
            continue;
        }
        if let Some(&label) = sure.get(text) {
            n.label = label;
            n.sure = true;
            n.rule = "one_name_one_label";
        } else if person_words.contains(text) {
            n.label = Label::Per;
            n.sure = true;
            n.rule = "a_persons_word";
        }
    }
}

/// Names in a list ("Quenast, Bierghes et Lessines", "Soubise and Échillais") are of one kind.
/// A list is a chain of names joined by commas and a conjunction, or of three names or more
/// ("à Moscou, Choe Son Hui" is an apposition, not a list).
fn lists(doc: &Doc<'_>, names: &mut [Name]) {
    let join = |a: &Name, b: &Name| -> Option<bool> {
        let between: Vec<&str> = (a.tokens.1..b.tokens.0).map(|t| doc.s(t)).collect();
        let conjunction = |w: &&str| matches!(*w, "et" | "and" | "ou" | "or");
        match between.as_slice() {
            [","] => Some(false),
            [w] | [",", w] if conjunction(w) => Some(true),
            _ => None,
        }
    };
    let mut i = 0;
    while i < names.len() {
        let mut end = i + 1;
        let mut conjunction = false;
        while end < names.len() {
            match join(&names[end - 1], &names[end]) {
                Some(c) => {
                    conjunction |= c;
                    end += 1;
                }
                None => break,
            }
        }
        if end - i >= 3 || (end - i == 2 && conjunction) {
            let mut votes: FxHashMap<Label, usize> = FxHashMap::default();
            for n in names[i..end].iter().filter(|n| n.sure) {
                *votes.entry(n.label).or_default() += 1;
            }
            if let Some((&label, _)) = votes.iter().max_by_key(|&(l, c)| (*c, *l == Label::Loc)) {
                for n in names[i..end].iter_mut().filter(|n| !n.sure) {
                    n.label = label;
                    n.sure = true;
                    n.rule = "list_of_one_kind";
                }
            }
        }
        i = end;
    }
}
