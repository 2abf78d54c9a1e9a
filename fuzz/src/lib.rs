//! The output invariants every fuzz target checks, beyond the absence of a panic: every span lies
//! inside the text on character boundaries (UTF-8 inside Rust, UTF-16 in the JSON form), spans
//! are sorted as documented, and counts agree with the spans they count.

use article_analyser::dedup::DuplicatesReport;
use article_analyser::entities::{EntityReport, Label};
use article_analyser::quotations::QuotationsReport;
use article_analyser::stats::{Difficulty, TextStats};

/// Statistics of `text` (byte offsets): blocks sorted and disjoint, sentences sorted, disjoint and
/// inside a block, counts consistent.
pub fn check_stats(text: &str, stats: &TextStats) {
    let mut last = 0;
    for b in &stats.blocks {
        assert!(b.span.start >= last && b.span.start < b.span.end && b.span.end <= text.len());
        assert!(text.is_char_boundary(b.span.start) && text.is_char_boundary(b.span.end));
        last = b.span.end;
    }
    let mut last = 0;
    for s in &stats.sentence_details {
        assert!(s.span.start >= last && s.span.start < s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert!(stats
            .blocks
            .iter()
            .any(|b| b.span.start <= s.span.start && s.span.end <= b.span.end));
        last = s.span.end;
    }
    assert_eq!(stats.sentences, stats.sentence_details.len());
    let hard = stats
        .sentence_details
        .iter()
        .filter(|s| s.difficulty == Difficulty::Hard)
        .count();
    assert_eq!(stats.hard_sentences, hard);
    assert_eq!(
        stats.histogram.iter().map(|b| b.count).sum::<usize>(),
        stats.sentences
    );
    if let Some(i) = stats.longest_sentence {
        assert!(i < stats.sentence_details.len());
    }
    for r in &stats.readability {
        assert!(
            r.score.is_finite() && r.grade.is_none_or(f64::is_finite),
            "{r:?}"
        );
    }
    check_style(text, &stats.style);
}

/// Style highlights: sorted, disjoint, on character boundaries, counted by kind.
pub fn check_style(text: &str, style: &article_analyser::style::StyleReport) {
    use article_analyser::style::StyleKind;
    let mut last = 0;
    for h in &style.highlights {
        assert!(h.span.start >= last && h.span.start < h.span.end && h.span.end <= text.len());
        assert!(text.is_char_boundary(h.span.start) && text.is_char_boundary(h.span.end));
        assert_eq!(h.suggestion.is_some(), h.kind == StyleKind::Simpler);
        last = h.span.end;
    }
    let count = |k: StyleKind| style.highlights.iter().filter(|h| h.kind == k).count();
    assert_eq!(style.passives, count(StyleKind::Passive));
    assert_eq!(style.simpler, count(StyleKind::Simpler));
    assert_eq!(style.qualifiers, count(StyleKind::Qualifier));
    assert_eq!(style.adverbs, count(StyleKind::Adverb));
}

/// Entities of `text` (byte offsets): sorted by start, each its own text, groups and quotations
/// pointing at real mentions of the right kind, group counts equal to their mentions.
pub fn check_entities(text: &str, report: &EntityReport) {
    let mut last = 0;
    for e in &report.entities {
        assert!(e.start >= last, "entities sorted by start");
        assert!(e.start < e.end && e.end <= text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        assert_eq!(&text[e.start..e.end], e.text);
        if let Some(g) = e.group {
            assert!(g < report.groups.len());
        }
        last = e.start;
    }
    for (i, g) in report.groups.iter().enumerate() {
        assert_eq!(g.count, g.mentions.len());
        assert!(g
            .mentions
            .iter()
            .all(|&m| report.entities[m].group == Some(i)));
    }
    for q in &report.quotes {
        assert_eq!(report.entities[q.entity].label, Label::Quote);
        if let Some(g) = q.speaker_group {
            assert!(g < report.groups.len());
        }
    }
}

/// The UTF-16 form of a report on `text`: every span slices, in UTF-16 units, the mention the
/// byte form slices.
pub fn check_entities_utf16(text: &str, bytes: &EntityReport, units: &EntityReport) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(bytes.entities.len(), units.entities.len());
    for (b, u) in bytes.entities.iter().zip(&units.entities) {
        assert!(u.start <= u.end && u.end <= utf16.len());
        assert_eq!(
            String::from_utf16(&utf16[u.start..u.end]).unwrap(),
            text[b.start..b.end]
        );
    }
}

/// A duplicates report over `texts` (byte offsets): passages inside both documents on character
/// boundaries, shares between 0 and 1, one summary per document.
pub fn check_duplicates(ids: &[String], texts: &[String], report: &DuplicatesReport) {
    let text_of = |id: &str| {
        ids.iter()
            .position(|x| x == id)
            .map(|i| texts[i].as_str())
            .expect("a known id")
    };
    for p in &report.across {
        let (a, b) = (text_of(&p.a), text_of(&p.b));
        assert!(
            p.a_start < p.a_end && p.a_end <= a.len() && p.b_start < p.b_end && p.b_end <= b.len()
        );
        assert!(a.is_char_boundary(p.a_start) && a.is_char_boundary(p.a_end));
        assert!(b.is_char_boundary(p.b_start) && b.is_char_boundary(p.b_end));
        assert!((0.0..=1.0).contains(&p.similarity));
        for c in &p.changes {
            assert!(p.a_start <= c.a_start && c.a_start <= c.a_end && c.a_end <= p.a_end);
            assert!(p.b_start <= c.b_start && c.b_start <= c.b_end && c.b_end <= p.b_end);
        }
        // A derived passage names the representative both copies were aligned with.
        if let Some(via) = &p.via {
            text_of(via);
            assert!(via != &p.a && via != &p.b);
        }
    }
    for c in &report.reuse {
        let t = text_of(&c.id);
        assert!(
            c.start < c.end
                && c.end <= t.len()
                && t.is_char_boundary(c.start)
                && t.is_char_boundary(c.end)
        );
        assert!(!c.copies.is_empty());
        for copy in &c.copies {
            let t = text_of(&copy.id);
            assert!(copy.start < copy.end && copy.end <= t.len());
            assert!(t.is_char_boundary(copy.start) && t.is_char_boundary(copy.end));
        }
    }
    assert_eq!(
        report.stats.passages,
        report.across.len(),
        "the fuzz targets list derived passages"
    );
    for d in &report.documents {
        assert!((0.0..=1.0).contains(&d.reused_share) && (0.0..=1.0).contains(&d.repeated_share));
    }
    for w in &report.within {
        let t = text_of(&w.id);
        for g in &w.groups {
            assert!(g.spans.len() >= 2);
            for s in &g.spans {
                assert!(
                    s.start < s.end
                        && s.end <= t.len()
                        && t.is_char_boundary(s.start)
                        && t.is_char_boundary(s.end)
                );
            }
        }
    }
}

/// Splits fuzz input into documents at each `\u{1}` (so that the fuzzer controls how many).
pub fn documents(text: &str) -> (Vec<String>, Vec<String>) {
    let texts: Vec<String> = text.split('\u{1}').take(64).map(str::to_owned).collect();
    let ids = (0..texts.len()).map(|i| format!("d{i}")).collect();
    (ids, texts)
}

/// Quotations shared across `texts` (ids `d0`, `d1`…; byte offsets): every copy inside its own
/// document on character boundaries, its changes inside the reference's document (`a`) and its
/// own (`b`), a copy with changes exactly when it cut or added words, two documents at least
/// per quotation, copies in the order of the documents.
pub fn check_quotations(ids: &[String], texts: &[String], report: &QuotationsReport) {
    let text = |id: &str| &texts[ids.iter().position(|i| i == id).expect("a known id")];
    let inside = |t: &str, s: usize, e: usize| {
        s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e)
    };
    assert_eq!(report.stats.shared, report.quotations.len());
    for q in &report.quotations {
        assert!(q.documents >= 2 && q.reference < q.copies.len(), "{q:?}");
        let reference = text(&q.copies[q.reference].id);
        let order: Vec<usize> = q
            .copies
            .iter()
            .map(|c| ids.iter().position(|i| *i == c.id).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
        for c in &q.copies {
            let own = text(&c.id);
            assert!(c.start < c.end && inside(own, c.start, c.end), "{c:?}");
            assert_eq!(c.changes.is_empty(), c.cut + c.added == 0, "{c:?}");
            for ch in &c.changes {
                assert!(inside(reference, ch.a_start, ch.a_end), "{ch:?}");
                assert!(
                    inside(own, ch.b_start, ch.b_end) && ch.b_start >= c.start && ch.b_end <= c.end,
                    "{ch:?}"
                );
            }
        }
    }
}
