//! Dates, times, numbers, money and percentages in French and English, and e-mail addresses and
//! URLs: hand-written patterns over the token stream, in one pass. No regular-expression engine:
//! measured on 2026-12-07 by building the page's module with the seven patterns (times, amounts,
//! percentages, dates, URLs, e-mail addresses) compiled once, the `regex` crate's `RegexSet`
//! (features std, unicode-perl, unicode-case) added 308 KB raw / 125 KB gzip and `regex-lite`
//! 48 KB raw / 19 KB gzip to a 444 KB gzip module, for patterns that read tokens the recogniser
//! has anyway (a month or day name, a currency word after a number, a time's `h`).
//!
//! * DATE: `2025-10-27`, `27/10/2025`, `lundi`, `lundi 27 octobre 2025`, `1er janvier`,
//!   `27 October 2025`, `October 27, 2025`, `juin 2024`, `juillet`, `mi-juillet`, `début
//!   septembre`, `fin 2024`, `printemps 2025`, `early 2024`, `années 1990`, `1990s`, a year
//!   (1800–2099) standing alone, `hier`/`yesterday`.
//! * TIME: `14h30`, `14H30`, `14 h 30`, `10:30`, `10:30 pm`, `2:30 p.m.`, `3 p.m.`.
//! * PERCENT: `12 %`, `12%`, `12 pour cent`, `5 percent`.
//! * MONEY: `$4.2bn`, `€12`, `3,5 millions d'euros`, `84,5 millions d’euros`, `10 dollars`, `USD 5`.
//! * NUM: any other number written in digits (`600`), not an ordinal (`3e`, `1st`).
//! * EMAIL and URL: `name@host.tld`; `http://…`, `https://…`, `www.…` up to the next space, without
//!   trailing punctuation.

use super::tokens::{Kind, Token};
use super::Label;
use crate::span::Span;
use rustc_hash::FxHashSet;

#[rustfmt::skip]
const FR_MONTHS: &[&str] = &[
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
    "octobre", "novembre", "décembre", "decembre",
];
#[rustfmt::skip]
const EN_MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec",
];
#[rustfmt::skip]
const FR_DAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
#[rustfmt::skip]
const EN_DAYS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];
#[rustfmt::skip]
const SEASONS: &[&str] = &[
    "printemps", "été", "automne", "hiver", "spring", "summer", "autumn", "fall", "winter",
];
const MODIFIERS: &[&str] = &["fin", "début", "mi", "courant", "early", "late", "mid"];
#[rustfmt::skip]
const RELATIVE: &[&str] = &[
    "hier", "aujourd'hui", "aujourd’hui", "demain", "avant-hier", "après-demain", "yesterday", "today",
    "tomorrow",
];
#[rustfmt::skip]
const SCALES: &[&str] = &[
    "million", "millions", "milliard", "milliards", "billion", "billions", "trillion", "trillions", "mds",
    "md", "bn", "m", "k", "M", "Md", "Mds", "mn",
];
#[rustfmt::skip]
const CURRENCY_WORDS: &[&str] = &[
    "euro", "euros", "dollar", "dollars", "livre", "livres", "franc", "francs", "yen", "yens", "yuan",
    "yuans", "rouble", "roubles", "centime", "centimes", "cent", "cents", "pound", "pounds", "EUR", "USD",
    "GBP", "CHF", "JPY", "CNY", "sterling", "dinars", "dirhams", "roupies", "rupees", "hryvnias",
];
const CURRENCY_SIGNS: &[&str] = &["$", "€", "£", "¥", "₽", "₹", "₩"];
#[rustfmt::skip]
const ORDINALS: &[&str] = &[
    "e", "er", "ère", "ème", "eme", "re", "nd", "nde", "st", "rd", "th",
];

/// A recognised span with its label.
pub type Found = (Span, Label);

struct View<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl View<'_> {
    fn s(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.span.range()])
    }
    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }
    fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Number)
    }
    fn digits(&self, i: usize) -> Option<u32> {
        let s = self.s(i);
        if self.is_number(i) && s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 4 {
            s.parse().ok()
        } else {
            None
        }
    }
    fn tight(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }
    fn lower(&self, i: usize) -> String {
        self.s(i).to_lowercase()
    }
    fn is_month(&self, i: usize) -> bool {
        FR_MONTHS.contains(&self.lower(i).as_str()) || EN_MONTHS.contains(&self.s(i))
    }
    fn is_day(&self, i: usize) -> bool {
        FR_DAYS.contains(&self.lower(i).as_str()) || EN_DAYS.contains(&self.s(i))
    }
    fn is_year(&self, i: usize) -> bool {
        self.digits(i).is_some_and(|y| (1800..=2099).contains(&y)) && self.s(i).len() == 4
    }
    fn is_day_number(&self, i: usize) -> bool {
        self.digits(i).is_some_and(|d| (1..=31).contains(&d)) && self.s(i).len() <= 2
            || (self.lower(i) == "1er")
    }
    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }
}

/// Words that can start a date or an amount, in lower case, capitalised and in capitals: a word
/// token is looked at only if it is one of them (or looks like a URL or e-mail address), which
/// keeps the scan fast. Most words are turned away before any hashing by a bitmap of the first
/// two bytes (ASCII case folded) of those words.
#[derive(Debug, Clone)]
pub struct StartWords {
    words: FxHashSet<String>,
    /// Bit `(b0 << 8) | b1` is set when a start word (in some case) begins with bytes `b0 b1`.
    pairs: Box<[u64; 1024]>,
}

/// The bitmap index of a word's first two bytes, ASCII case folded.
fn pair(word: &[u8]) -> Option<usize> {
    match word {
        [a, b, ..] => {
            Some(usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase()))
        }
        _ => None,
    }
}

impl Default for StartWords {
    fn default() -> Self {
        Self::new()
    }
}

impl StartWords {
    /// Builds the set.
    #[must_use]
    pub fn new() -> Self {
        let lists: [&[&str]; 7] = [
            FR_MONTHS, EN_MONTHS, FR_DAYS, EN_DAYS, SEASONS, MODIFIERS, RELATIVE,
        ];
        let mut set: FxHashSet<String> = lists
            .iter()
            .flat_map(|l| l.iter().map(|w| w.to_lowercase()))
            .collect();
        set.extend(["années", "annees", "usd", "eur", "gbp", "chf", "us"].map(String::from));
        // Each start word and prefix in lower case, capitalised and in capitals.
        let forms = |word: &String| {
            let mut capitalised: String =
                word.chars().take(1).flat_map(char::to_uppercase).collect();
            capitalised.extend(word.chars().skip(1));
            [word.clone(), capitalised, word.to_uppercase()]
        };
        let words: FxHashSet<String> = set.iter().flat_map(forms).collect();
        let mut pairs = Box::new([0u64; 1024]);
        let prefixes = ["mi-", "mid-", "http", "www"].map(String::from);
        for form in words.iter().cloned().chain(prefixes.iter().flat_map(forms)) {
            if let Some(p) = pair(form.as_bytes()) {
                pairs[p / 64] |= 1 << (p % 64);
            }
        }
        Self { words, pairs }
    }

    fn may_start(&self, word: &str) -> bool {
        if word.len() > 24 {
            return false;
        }
        // Every start word has two bytes or more.
        match pair(word.as_bytes()) {
            Some(p) if self.pairs[p / 64] & (1 << (p % 64)) != 0 => {}
            _ => return false,
        }
        let prefix = |p: &str| {
            word.get(..p.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(p))
        };
        self.words.contains(word)
            || prefix("mi-")
            || prefix("mid-")
            || prefix("http")
            || prefix("www")
    }
}

/// Finds the numeric and technical entities; returns them and marks the tokens they use.
#[must_use]
pub fn recognise(text: &str, tokens: &[Token], starts: &StartWords) -> (Vec<Found>, Vec<bool>) {
    let v = View { text, tokens };
    let mut used = vec![false; tokens.len()];
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let worth = match tokens[i].kind {
            Kind::Number => true,
            Kind::Punct => CURRENCY_SIGNS.contains(&v.s(i)),
            Kind::Word => {
                starts.may_start(v.s(i))
                    || v.s(i + 1) == "@"
                    || v.s(i + 1) == "." && v.s(i + 3) == "@"
            }
        };
        if !worth {
            i += 1;
            continue;
        }
        let matched = url_or_email(&v, i)
            .or_else(|| date(&v, i).map(|e| (e, Label::Date)))
            .or_else(|| time(&v, i).map(|e| (e, Label::Time)))
            .or_else(|| money(&v, i).map(|e| (e, Label::Money)))
            .or_else(|| percent(&v, i).map(|e| (e, Label::Percent)))
            .or_else(|| number(&v, i).map(|e| (e, Label::Num)));
        match matched {
            Some((end, label)) => {
                let technical = label == Label::Url || label == Label::Email;
                let span = if technical {
                    Span::new(tokens[i].span.start, end)
                } else {
                    v.span(i, end)
                };
                let end_token = if technical {
                    tokens.partition_point(|t| t.span.start < end)
                } else {
                    end
                };
                for u in &mut used[i..end_token] {
                    *u = true;
                }
                out.push((span, label));
                i = end_token.max(i + 1);
            }
            None => i += 1,
        }
    }
    (out, used)
}

/// URL or e-mail starting at token `i`: returns (byte end, label).
fn url_or_email(v: &View<'_>, i: usize) -> Option<(usize, Label)> {
    let start = v.tokens[i].span.start;
    let rest = &v.text[start..];
    if i > 0 && v.tight(i) && v.kind(i - 1) != Some(Kind::Punct) {
        return None;
    }
    let word_end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '«' | '»'))
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    let trimmed = word.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’'
        )
    });
    let lower = trimmed.to_ascii_lowercase();
    if (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && trimmed.len() > 8
    {
        return Some((start + trimmed.len(), Label::Url));
    }
    if let Some(at) = trimmed.find('@') {
        let (local, domain) = (&trimmed[..at], &trimmed[at + 1..]);
        let ok_local = !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "._%+-".contains(c));
        let ok_domain = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || ".-".contains(c));
        if ok_local && ok_domain && (v.tokens[i].kind == Kind::Word || v.is_number(i)) {
            return Some((start + trimmed.len(), Label::Email));
        }
    }
    None
}

/// A date starting at token `i`; returns the end token.
fn date(v: &View<'_>, i: usize) -> Option<usize> {
    let s = v.s(i);
    let lower = s.to_lowercase();
    // ISO 2025-10-27 and 27/10/2025.
    if v.is_year(i)
        && v.s(i + 1) == "-"
        && v.tight(i + 1)
        && v.digits(i + 2).is_some()
        && v.tight(i + 2)
        && v.s(i + 3) == "-"
        && v.tight(i + 3)
        && v.digits(i + 4).is_some()
        && v.tight(i + 4)
    {
        return Some(i + 5);
    }
    if v.digits(i).is_some_and(|d| d <= 31)
        && matches!(v.s(i + 1), "/" | ".")
        && v.tight(i + 1)
        && v.digits(i + 2).is_some_and(|m| m <= 31)
        && v.tight(i + 2)
        && v.s(i + 3) == v.s(i + 1)
        && v.tight(i + 3)
        && v.digits(i + 4).is_some()
        && v.tight(i + 4)
        && matches!(v.s(i + 4).len(), 2 | 4)
    {
        return Some(i + 5);
    }
    // Relative days.
    if RELATIVE.contains(&lower.as_str()) {
        return Some(i + 1);
    }
    // Weekday, possibly followed by a day number, month and year.
    if v.is_day(i) {
        let mut end = i + 1;
        // "Monday, 27 October 2025"
        if v.s(end) == "," && v.is_day_number(end + 1) && v.is_month(end + 2) {
            end += 1;
        }
        if v.is_day_number(end) && v.is_month(end + 1) {
            end += 2;
            if v.is_year(end) {
                end += 1;
            }
        }
        return Some(end);
    }
    // "mi-juillet", "mid-July" as one word.
    if let Some((head, tail)) = s.split_once(['-', '\u{2010}', '\u{2011}']) {
        let head = head.to_lowercase();
        if MODIFIERS.contains(&head.as_str())
            && (FR_MONTHS.contains(&tail.to_lowercase().as_str()) || EN_MONTHS.contains(&tail))
        {
            let mut end = i + 1;
            if v.is_year(end) {
                end += 1;
            }
            return Some(end);
        }
    }
    // "mi-2024" (word, hyphen, year).
    if MODIFIERS.contains(&lower.as_str()) {
        if v.s(i + 1) == "-" && v.tight(i + 1) && v.is_year(i + 2) && v.tight(i + 2) {
            return Some(i + 3);
        }
        // "fin 2024", "début septembre", "early 2024".
        if v.is_year(i + 1) {
            return Some(i + 2);
        }
        if v.is_month(i + 1)
            && v.s(i + 1)
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || EN_MONTHS.contains(&v.s(i + 1)))
        {
            let mut end = i + 2;
            if v.is_year(end) {
                end += 1;
            }
            return Some(end);
        }
    }
    // Seasons with a year.
    if SEASONS.contains(&lower.as_str()) && v.is_year(i + 1) {
        return Some(i + 2);
    }
    // "années 1990", "1990s".
    if (lower == "années" || lower == "annees") && v.is_year(i + 1) {
        return Some(i + 2);
    }
    if v.is_year(i) && v.s(i + 1) == "s" && v.tight(i + 1) {
        return Some(i + 2);
    }
    // Day number + month (+ year): "27 octobre 2025", "1er janvier", "27 October 2025".
    if v.is_day_number(i)
        && v.is_month(i + 1)
        && (FR_MONTHS.contains(&v.lower(i + 1).as_str()) || EN_MONTHS.contains(&v.s(i + 1)))
    {
        let mut end = i + 2;
        if v.s(end) == "." && v.tight(end) {
            end += 1; // "27 oct. 2025"
        }
        if v.is_year(end) {
            end += 1;
        }
        return Some(end);
    }
    // English month first: "October 27, 2025", "October 2025", "October 27".
    if EN_MONTHS.contains(&s) && s.len() > 3 {
        let mut end = i + 1;
        if v.is_day_number(end) {
            end += 1;
            if v.s(end) == "," && v.is_year(end + 1) {
                end += 2;
            } else if v.is_year(end) {
                end += 1;
            }
            return Some(end);
        }
        if v.is_year(end) {
            return Some(end + 1);
        }
        // Other months stand alone; "May" and "March" (a name, a verb at a sentence's start)
        // need a word of time before them: "in March", "since May", "last March".
        let timed = i > 0
            && matches!(
                v.s(i - 1),
                "in" | "In"
                    | "since"
                    | "Since"
                    | "until"
                    | "by"
                    | "from"
                    | "to"
                    | "last"
                    | "next"
                    | "this"
                    | "early"
                    | "late"
                    | "of"
                    | "through"
                    | "before"
                    | "after"
                    | "during"
            );
        return (!matches!(s, "May" | "March") || timed).then_some(end);
    }
    // French month, alone or with a year: "juin 2024", "juillet".
    if FR_MONTHS.contains(&lower.as_str())
        && (s.chars().next().is_some_and(char::is_lowercase) || v.is_year(i + 1))
    {
        // "mars" and "mai" in lower case are months; "Mars" capitalised is the planet.
        let mut end = i + 1;
        if v.is_year(end) {
            end += 1;
        }
        return Some(end);
    }
    // A year standing alone: not a count ("2000 manifestants") nor an amount.
    if v.is_year(i) && !(v.tight(i + 1) && v.kind(i + 1) == Some(Kind::Word)) {
        let next = v.s(i + 1);
        let counted = v.kind(i + 1) == Some(Kind::Word)
            && next.chars().next().is_some_and(char::is_lowercase)
            && !YEAR_FOLLOWERS.contains(&next.to_lowercase().as_str());
        let amount = next == "%"
            || CURRENCY_SIGNS.contains(&next)
            || CURRENCY_WORDS.contains(&next)
            || SCALES.contains(&next);
        let previous_is_number = i > 0 && v.is_number(i - 1);
        if !counted && !amount && !previous_is_number {
            return Some(i + 1);
        }
    }
    None
}

/// Lower-case words after which a four-digit number is still a year.
#[rustfmt::skip]
const YEAR_FOLLOWERS: &[&str] = &[
    "et", "à", "au", "aux", "par", "pour", "de", "des", "du", "en", "dans", "avec", "sur", "sous", "contre",
    "entre", "puis", "ou", "où", "quand", "lorsque", "mais", "alors", "date", "a", "ont", "avait", "était",
    "sera", "est", "and", "to", "in", "on", "at", "for", "with", "by", "when", "after", "before", "the",
    "was", "is", "will", "had", "has", "il", "elle", "ils", "elles", "le", "la", "les", "un", "une", "ce",
    "cette", "selon", "that", "which", "as", "of",
];

/// A time of day at token `i` (an hour of at most two digits): `14h30`, `14H30`, `14 h 30`,
/// `14h`, `10:30`, `10:30 pm`, `2:30 p.m.`, `3 pm`, `3 p.m.`. The end.
fn time(v: &View<'_>, i: usize) -> Option<usize> {
    v.digits(i).filter(|&h| h <= 24 && v.s(i).len() <= 2)?;
    let minutes = |t: usize| v.digits(t).is_some_and(|m| m < 60) && v.s(t).len() == 2;
    // 14h30, 14H30, 14h, 14 h 30: "h" and the minutes are one word token, or "h" stands alone.
    let next = v.s(i + 1);
    let h_word = next
        .strip_prefix(['h', 'H'])
        .filter(|rest| rest.len() <= 2 && rest.bytes().all(|b| b.is_ascii_digit()));
    if let Some(rest) = h_word.filter(|_| v.kind(i + 1) == Some(Kind::Word)) {
        return Some(if rest.is_empty() && minutes(i + 2) {
            i + 3
        } else {
            i + 2
        });
    }
    // 10:30, then perhaps am / pm / a.m. / p.m.
    let end = if next == ":" && v.tight(i + 1) && minutes(i + 2) && v.tight(i + 2) {
        i + 3
    } else {
        i + 1
    };
    let meridiem = meridiem(v, end);
    (end > i + 1 || meridiem > end).then_some(meridiem)
}

/// After a time at `end`: past "am", "pm", "a.m." or "p.m." if one is there.
fn meridiem(v: &View<'_>, end: usize) -> usize {
    let word = v.lower(end);
    if matches!(word.as_str(), "am" | "pm") {
        return end + 1;
    }
    if matches!(word.as_str(), "a" | "p")
        && v.s(end + 1) == "."
        && v.lower(end + 2) == "m"
        && v.s(end + 3) == "."
    {
        return end + 4;
    }
    end
}

/// Extends over a scale word right after a number: "millions", "bn".
fn scale(v: &View<'_>, end: usize) -> usize {
    let w = v.s(end);
    if v.kind(end) == Some(Kind::Word)
        && SCALES.contains(&w)
        && (v.tight(end) || w.len() > 2 || w == "md" || w == "Md")
    {
        end + 1
    } else {
        end
    }
}

fn money(v: &View<'_>, i: usize) -> Option<usize> {
    // Sign or code first: "$4.2bn", "€ 12", "US$ 5", "USD 5".
    let sign_first = CURRENCY_SIGNS.contains(&v.s(i))
        || (matches!(v.s(i), "USD" | "EUR" | "GBP" | "CHF") && v.is_number(i + 1))
        || (v.s(i) == "US" && v.s(i + 1) == "$" && v.tight(i + 1));
    if sign_first {
        let n = if v.s(i) == "US" { i + 2 } else { i + 1 };
        if v.is_number(n) {
            let mut end = scale(v, n + 1);
            if v.lower(end) == "de" || v.lower(end) == "d'" || v.lower(end) == "d’" {
                // "$3 millions de" is rare; stop here.
                end += 0;
            }
            return Some(end);
        }
        return None;
    }
    if !v.is_number(i) {
        return None;
    }
    let mut end = scale(v, i + 1);
    if matches!(v.lower(end).as_str(), "de" | "d'" | "d’") && end > i + 1 {
        end += 1;
    }
    let unit = v.s(end);
    if CURRENCY_SIGNS.contains(&unit) || CURRENCY_WORDS.contains(&unit) {
        let mut stop = end + 1;
        if matches!(unit, "dollars" | "dollar") && v.s(stop) == "US" {
            stop += 1;
        }
        return Some(stop);
    }
    None
}

fn percent(v: &View<'_>, i: usize) -> Option<usize> {
    if !v.is_number(i) {
        return None;
    }
    let next = v.lower(i + 1);
    if next == "%" {
        return Some(i + 2);
    }
    if (next == "pour" && v.lower(i + 2) == "cent") || (next == "per" && v.lower(i + 2) == "cent") {
        return Some(i + 3);
    }
    if next == "percent" || next == "pourcent" {
        return Some(i + 2);
    }
    None
}

fn number(v: &View<'_>, i: usize) -> Option<usize> {
    if !v.is_number(i) {
        return None;
    }
    // Part of a word or code ("A380" is one word already; "3e", "1st" are ordinals).
    if v.tight(i + 1) && v.kind(i + 1) == Some(Kind::Word) {
        let next = v.s(i + 1);
        if ORDINALS.contains(&next.to_lowercase().as_str()) {
            return None;
        }
    }
    if i > 0 && v.tight(i) && matches!(v.kind(i - 1), Some(Kind::Word)) {
        return None;
    }
    Some(i + 1)
}
