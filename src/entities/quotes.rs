//! Quotations: `« … »` (nested), `‹ … ›`, `“ … ”`, `„ … “`, and straight `"…"` (or `''…''`, as
//! South Asian wire services write it) paired in order.
//! A quotation may hold several sentences and line breaks, up to [`MAX_QUOTE_BYTES`]; an
//! opening mark that never closes is ignored. Spans include the marks.
//!
//! A quotation continued over several paragraphs follows the press convention: each new
//! paragraph opens with a quotation mark and only the last one closes. A line that starts with
//! an opening mark while a quotation from an earlier line is still open therefore ends that
//! quotation where the earlier line ends (one quotation per paragraph), and a quotation that
//! opens a paragraph and is still open when the text ends runs to the end of its paragraph.
//!
//! French and English put the titles of works in quotation marks (« Crime et Châtiment »,
//! "Sesame Street"); [`title_inside`] tells such a quotation from quoted speech by its shape: a
//! few words, a capital first, no sentence punctuation and no word of a speaker's voice (first
//! and second person, "c'est", auxiliaries).

use crate::segment;
use crate::span::Span;

/// Longest quotation considered, in bytes.
pub const MAX_QUOTE_BYTES: usize = 4000;
/// Most quotations open at once.
pub const MAX_NESTING: usize = 8;

/// The quotations of `text`, outermost and nested, in text order.
#[must_use]
pub fn quotations(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new(); // (expected closing mark, start)
    let mut straight: Option<usize> = None;
    // The non-blank lines, trimmed, and the one holding the current mark (marks come in order).
    let lines: Vec<Span> = segment::lines(text)
        .map(|l| l.trim(text))
        .filter(|l| !l.is_empty())
        .collect();
    let mut line = 0;
    // Only quotation marks matter: their UTF-8 encodings start with `"`, 0xC2 (« ») or 0xE2
    // (‹ › „ “ ”), so the scan jumps from one such byte to the next.
    let bytes = text.as_bytes();
    // Two apostrophes (`''…''`, the South Asian wire services' marks) are a straight double
    // quotation mark two bytes long.
    let doubled = |i: usize| {
        bytes[i] == b'\''
            && bytes.get(i + 1) == Some(&b'\'')
            && (i == 0 || bytes[i - 1] != b'\'')
            && bytes.get(i + 2) != Some(&b'\'')
    };
    let marks = bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
        .filter_map(|(i, &b)| {
            if b == b'\'' {
                return doubled(i).then_some((i, '"', 2));
            }
            text.get(i..)
                .and_then(|rest| rest.chars().next())
                .map(|c| (i, c, c.len_utf8()))
        });
    for (i, c, len) in marks {
        if !matches!(c, '«' | '»' | '‹' | '›' | '„' | '“' | '”' | '"') {
            continue;
        }
        while line + 1 < lines.len() && lines[line].end <= i {
            line += 1;
        }
        // A paragraph that opens with a quotation mark continues or starts a quotation: what an
        // earlier line left open ends with that line.
        if line > 0 && lines[line].start == i && matches!(c, '«' | '“' | '„' | '"' | '‹') {
            let (here, before) = (lines[line].start, lines[line - 1].end);
            if let Some(s) = straight.filter(|&s| s < here) {
                out.push(Span::new(s, before));
                straight = None;
            }
            while let Some(&(_, s)) = stack.last().filter(|&&(_, s)| s < here) {
                out.push(Span::new(s, before));
                stack.pop();
            }
        }
        // Forget openings that have gone on too long (the oldest are at the bottom).
        let expired = stack.partition_point(|&(_, s)| i - s > MAX_QUOTE_BYTES);
        stack.drain(..expired);
        if straight.is_some_and(|s| i - s > MAX_QUOTE_BYTES) {
            straight = None;
        }
        let prev = text[..i].chars().next_back().unwrap_or(' ');
        // Quotations nest a few levels deep at most; past MAX_NESTING open marks the oldest is
        // given up, so that a run of opening marks costs no more per mark.
        if matches!(c, '«' | '‹' | '„' | '“') && stack.len() == MAX_NESTING {
            stack.remove(0);
        }
        match c {
            '«' => stack.push(('»', i)),
            '‹' => stack.push(('›', i)),
            '„' => stack.push(('“', i)),
            '“' if !stack.iter().any(|&(close, _)| close == '“') => stack.push(('”', i)),
            '»' | '›' | '”' | '“' => {
                if let Some(pos) = stack.iter().rposition(|&(close, _)| close == c) {
                    let (_, start) = stack[pos];
                    stack.truncate(pos);
                    out.push(Span::new(start, i + c.len_utf8()));
                }
            }
            '"' => match straight {
                // A straight quote after a letter or digit with a letter right after is an
                // inch mark or typo, not an opening; otherwise alternate open / close.
                None if !(prev.is_alphanumeric()
                    && text[i + len..].starts_with(char::is_alphanumeric)) =>
                {
                    straight = Some(i)
                }
                Some(start) => {
                    out.push(Span::new(start, i + len));
                    straight = None;
                }
                None => {}
            },
            _ => {}
        }
    }
    // The last paragraph of a continued quotation, left without its closing mark when the text
    // ends.
    if let Some(&last) = lines.last() {
        for s in straight.into_iter().chain(stack.iter().map(|&(_, s)| s)) {
            if s == last.start && last.end - s <= MAX_QUOTE_BYTES {
                out.push(Span::new(s, last.end));
            }
        }
    }
    out.sort_unstable_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    out.dedup();
    out
}

/// Words of speech, not of a title (lower case, apostrophes straight).
#[rustfmt::skip]
const VOICE: &[&str] = &[
    "je", "j'", "nous", "vous", "tu", "on", "c'est", "c'était", "il", "elle", "ils", "elles", "suis", "sommes",
    "êtes", "est", "sont", "ai", "avons", "avez", "ont", "pas", "ne", "n'", "i", "we", "you", "it's", "i'm",
    "we're", "you're", "is", "are", "am", "was", "were", "not", "don't", "will", "can", "must", "oui", "non",
    "yes", "no", "merci", "thank",
];

/// Longest title, in words.
const MAX_TITLE_WORDS: usize = 8;

/// If the quotation `span` of `text` reads as the title of a work, the span of the title inside
/// the marks.
#[must_use]
pub fn title_inside(text: &str, span: Span) -> Option<Span> {
    let quoted = &text[span.range()];
    let open = quoted.chars().next()?.len_utf8();
    let close = quoted.chars().next_back()?.len_utf8();
    if quoted.len() < open + close + 1 {
        return None;
    }
    let inner = &quoted[open..quoted.len() - close];
    let lead = inner.len() - inner.trim_start().len();
    let title = inner.trim();
    let words: Vec<&str> = title.split_whitespace().collect();
    let sentence_mark = |c: char| matches!(c, '.' | '!' | '?' | ';' | ':' | '…');
    let shaped = !words.is_empty()
        && words.len() <= MAX_TITLE_WORDS
        && title.chars().next().is_some_and(char::is_uppercase)
        && !title.chars().any(|c| matches!(c, '\n' | '«' | '“' | '"'))
        // "A.I." is an abbreviation; ". " and a final mark end a sentence.
        && !words.iter().any(|w| w.chars().all(sentence_mark))
        && !title.ends_with(sentence_mark)
        // "“Your honor, at some point,” he started": a comma before the closing mark is speech
        // broken off by its attribution, English style.
        && !title.ends_with(',')
        && !title.contains(". ");
    if !shaped {
        return None;
    }
    let voiced = words.iter().any(|w| {
        let w = w.to_lowercase().replace('’', "'");
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        VOICE.contains(&w) || VOICE.iter().any(|v| v.ends_with('\'') && w.starts_with(v))
    });
    if voiced {
        return None;
    }
    let start = span.start + open + lead;
    Some(Span::new(start, start + title.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        quotations(text).iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn marks_and_nesting() {
        assert_eq!(
            quotes("Il a dit « non » puis « oui »."),
            ["« non »", "« oui »"]
        );
        assert_eq!(
            quotes("« Il m'a dit : « jamais ». Puis il est parti »"),
            [
                "« Il m'a dit : « jamais ». Puis il est parti »",
                "« jamais »"
            ]
        );
        assert_eq!(
            quotes("\"We will\", she said. \"Now.\""),
            ["\"We will\"", "\"Now.\""]
        );
        assert_eq!(quotes("“Yes,” he said."), ["“Yes,”"]);
        assert_eq!(quotes("un écran de 6\" et « ouvert"), Vec::<&str>::new());
        // Two apostrophes, the South Asian wire services' marks; apostrophes alone are not.
        assert_eq!(
            quotes("''We are ready,'' the minister told reporters. It's Joshi's call."),
            ["''We are ready,''"]
        );
        assert_eq!(
            quotes("the '''bold''' and the dogs' bowls'"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn quotations_continued_over_paragraphs() {
        let text = "\"We held on,\" the mayor said. \"The river rose all night.\n\n\"By dawn the dyke was dry again.\n\n\"We will rebuild,\" she added.";
        assert_eq!(
            quotes(text),
            [
                "\"We held on,\"",
                "\"The river rose all night.",
                "\"By dawn the dyke was dry again.",
                "\"We will rebuild,\""
            ]
        );
        let french =
            "« Nous avons tenu toute la nuit.\n« Au matin, la digue était sèche. »\nLa suite.";
        assert_eq!(
            quotes(french),
            [
                "« Nous avons tenu toute la nuit.",
                "« Au matin, la digue était sèche. »"
            ]
        );
        // The last paragraph of a quotation left open at the end of the text.
        let open = "\"First part.\n\"Second part, never closed.";
        assert_eq!(
            quotes(open),
            ["\"First part.", "\"Second part, never closed."]
        );
    }

    fn title(text: &str) -> Option<&str> {
        let span = *quotations(text).first()?;
        title_inside(text, span).map(|s| &text[s.range()])
    }

    #[test]
    fn titles_and_speech() {
        assert_eq!(
            title("Il relit « Crime et Châtiment » cet été."),
            Some("Crime et Châtiment")
        );
        assert_eq!(
            title("the show \" Sesame Street \" began"),
            Some("Sesame Street")
        );
        assert_eq!(
            title("le film « Angélique, Marquise des anges »"),
            Some("Angélique, Marquise des anges")
        );
        assert_eq!(title("« Nous vaincrons », a-t-il dit."), None);
        assert_eq!(title("« C'est une honte », dit-elle."), None);
        assert_eq!(title("« Non. »"), None);
        assert_eq!(title("« proximité spirituelle »"), None);
        assert_eq!(title("\"We will win,\" she said."), None);
        assert_eq!(title("“Your honor, at some point,” he started."), None);
        assert_eq!(
            title("« Les Russes n'oublieront jamais les exploits accomplis par les soldats »"),
            None
        );
    }
}
