//! Quotations: `« … »` (nested), `‹ … ›`, `“ … ”`, `„ … “`, and straight `"…"` paired in order.
//! A quotation may hold several sentences and line breaks, up to [`MAX_QUOTE_BYTES`]; an
//! opening mark that never closes is ignored. Spans include the marks.

use crate::span::Span;

/// Longest quotation considered, in bytes.
pub const MAX_QUOTE_BYTES: usize = 4000;

/// The quotations of `text`, outermost and nested, in text order.
#[must_use]
pub fn quotations(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new(); // (expected closing mark, start)
    let mut straight: Option<usize> = None;
    let mut prev: char = ' ';
    for (i, c) in text.char_indices() {
        // Forget openings that have gone on too long.
        stack.retain(|&(_, s)| i - s <= MAX_QUOTE_BYTES);
        if straight.is_some_and(|s| i - s > MAX_QUOTE_BYTES) {
            straight = None;
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
                    && text[i + 1..].starts_with(char::is_alphanumeric)) =>
                {
                    straight = Some(i)
                }
                Some(start) => {
                    out.push(Span::new(start, i + 1));
                    straight = None;
                }
                None => {}
            },
            _ => {}
        }
        prev = c;
    }
    out.sort_unstable_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    out
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
    }
}
