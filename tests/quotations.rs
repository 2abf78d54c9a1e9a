//! Quotations across articles: on three articles written for this project (a wire story, an
//! outlet that shortens a quotation, one that alters it), the shared quotations, their speakers,
//! and each copy's differences from the reference wording.

use article_analyser::entities::QuoteKind;
use article_analyser::quotations::{SharedQuotation, MIN_WORDS};
use article_analyser::{Analyser, Units};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn articles() -> Vec<(&'static str, String)> {
    [
        "quotes-wire.txt",
        "quotes-outlet-a.txt",
        "quotes-outlet-b.txt",
    ]
    .into_iter()
    .map(|f| (f, fixture(f)))
    .collect()
}

/// The text of `[start, end)` counted in UTF-16 code units, as JavaScript slices it.
fn slice16(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

fn by_speaker<'a>(quotes: &'a [SharedQuotation], speaker: &str) -> &'a SharedQuotation {
    quotes
        .iter()
        .find(|q| q.speaker.as_deref() == Some(speaker))
        .unwrap_or_else(|| panic!("no quotation of {speaker}"))
}

#[test]
fn a_shortened_and_an_altered_quotation_show_their_differences() {
    let docs = articles();
    let pairs: Vec<(&str, &str)> = docs.iter().map(|(i, t)| (*i, t.as_str())).collect();
    let report = Analyser::new()
        .shared_quotations_in(&pairs, Units::Utf16)
        .unwrap();
    assert_eq!(report.stats.documents, 3);
    assert_eq!(report.stats.shared, 3, "{report:#?}");
    assert_eq!(report.stats.altered, 1);

    let fund = by_speaker(&report.quotations, "Hélène Marchal");
    assert_eq!((fund.documents, fund.altered), (3, true));
    let reference = &fund.copies[fund.reference];
    assert_eq!(
        reference.id, "quotes-wire.txt",
        "the earliest article's wording"
    );
    let text = |id: &str| &docs.iter().find(|(i, _)| *i == id).unwrap().1;
    assert!(slice16(text(&reference.id), reference.start, reference.end)
        .starts_with("« Nous débloquerons dès lundi"));
    // Outlet A cut two words at the end; outlet B changed "dès lundi".
    let a = fund
        .copies
        .iter()
        .find(|c| c.id == "quotes-outlet-a.txt")
        .unwrap();
    assert_eq!((a.cut, a.added, a.changes.len()), (2, 0, 1));
    let cut = &a.changes[0];
    assert_eq!(
        slice16(text(&reference.id), cut.a_start, cut.a_end),
        "sans exception"
    );
    assert_eq!(cut.b_start, cut.b_end, "nothing in its place");
    let b = fund
        .copies
        .iter()
        .find(|c| c.id == "quotes-outlet-b.txt")
        .unwrap();
    assert_eq!((b.cut, b.added), (2, 3));
    let change = &b.changes[0];
    assert_eq!(
        (
            slice16(text(&reference.id), change.a_start, change.a_end),
            slice16(text(&b.id), change.b_start, change.b_end)
        ),
        ("dès lundi".to_owned(), "la semaine prochaine".to_owned())
    );
    assert!(fund.copies.iter().all(|c| c.kind == QuoteKind::Speech));

    // Word for word in two articles: shared, not altered; the speaker most copies name.
    let firemen = by_speaker(&report.quotations, "Paul Girardot");
    assert_eq!((firemen.documents, firemen.altered), (2, false));
    assert!(firemen.copies.iter().all(|c| c.changes.is_empty()));
    let resident = by_speaker(&report.quotations, "Lucie Ferrand");
    assert_eq!(resident.documents, 2);
}

#[test]
fn different_quotations_and_short_ones_are_not_joined() {
    let texts = [
        ("a", "« Nous ne fermerons aucune école cette année », a déclaré le maire. « Oui », dit-il."),
        ("b", "« Nous fermerons trois écoles de la ville dès la rentrée prochaine », a répondu l'opposition. « Oui », dit-elle."),
        ("c", "« Le budget sera voté en juin sans aucune hausse d'impôt », a assuré l'adjoint."),
    ];
    let report = Analyser::new().shared_quotations(&texts).unwrap();
    // "Oui" is under MIN_WORDS words (not counted); the school quotations share too few words.
    assert!(report.quotations.is_empty(), "{report:#?}");
    assert_eq!(report.stats.quotations, 3, "{MIN_WORDS} words or more");
}

#[test]
fn one_article_twice_is_not_a_shared_quotation_but_two_ids_are() {
    let text = "« Nous débloquerons dès lundi un fonds d'urgence », a déclaré la préfète.";
    let repeated = format!("{text}\n\n{text}");
    let analyser = Analyser::new();
    let alone = analyser
        .shared_quotations(&[("x", repeated.as_str())])
        .unwrap();
    assert!(alone.quotations.is_empty(), "one article repeating itself");
    // The same id twice still means two articles (ids are not trusted to be unique).
    let twice = analyser
        .shared_quotations(&[("x", text), ("x", text)])
        .unwrap();
    assert_eq!(twice.quotations.len(), 1);
    assert_eq!(twice.quotations[0].documents, 2);
}
