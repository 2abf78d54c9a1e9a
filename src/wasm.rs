//! The JavaScript binding: the only file that knows JavaScript exists.
//!
//! It decodes the arguments, calls the pure core, and encodes the result as plain JS objects
//! (serde-wasm-bindgen, JSON-compatible: maps become objects, `None` becomes `null`). Offsets in
//! every result are UTF-16 code units, so `text.slice(start, end)` is exact. Strings cross the
//! boundary as UTF-8: a lone surrogate becomes U+FFFD, which is also one UTF-16 unit, so offsets
//! after it still line up with the original JS string.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of every analysis; all optional. */
export interface AnalyseOptions {
  /** ISO 639-1 or 639-3 code ("fr", "en", "deu"), or "auto" (default) to detect it. */
  language?: string;
  /** Reading speed, words per minute (default 238 English, 195 French, 200 other). */
  readingWpm?: number;
  /** Speaking speed, words per minute (default 150). */
  speakingWpm?: number;
  /** How many frequent terms to return (default 30, at most 500). */
  topTerms?: number;
  /** Count each name of several words found (written in full twice or more) as one frequent term, "Michel Kafando" rather than "michel" and "kafando" (costs an entity analysis; default false). */
  namesAsTerms?: boolean;
}
/** A range of the text in UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number; }
export interface LanguageGuess {
  code: string; name: string; confidence: number; reliable: boolean;
  source: "detected" | "user" | "undetermined";
}
export type Band = "veryEasy" | "easy" | "fairlyEasy" | "standard" | "fairlyDifficult" | "difficult" | "veryDifficult";
export interface ReadabilityScore {
  formula: "flesch-reading-ease" | "flesch-kincaid-grade" | "gunning-fog" | "smog" | "coleman-liau"
    | "automated-readability-index" | "dale-chall" | "linsear-write" | "kandel-moles" | "lix" | "rix";
  /** The formula's usual name and where it was published. */
  name: string; source: string;
  /** "ease": higher is easier (Flesch's scale); "grade": a US school grade; "index": read on its own table. */
  scale: "ease" | "grade" | "index";
  score: number;
  /** The US school grade the score stands for, when the formula has one. */
  grade: number | null;
  band: Band; interpretation: string;
  /** Why the score is less reliable for this text (SMOG under 30 sentences, for example). */
  caveat: string | null;
}
/** What the formulas say together: the median band (and in English the median grade). */
export interface ReadabilitySummary { band: Band; grade: number | null; audience: string; text: string; }
export interface Timing {
  readingSeconds: number; readingWpm: number; speakingSeconds: number; speakingWpm: number; source: string;
}
export interface Bin { from: number; to: number | null; count: number; }
export interface BlockStats { span: Span; kind: "paragraph" | "heading"; words: number; sentences: number; }
export interface SentenceStats {
  span: Span; words: number; syllables: number; score: number | null;
  difficulty: "ok" | "hard" | "veryHard";
}
export interface Term { term: string; stem: string; count: number; forms: { form: string; count: number }[]; /** A name counted as one term (namesAsTerms). */ name?: true; }
export interface Vocabulary {
  tokens: number; types: number; typeTokenRatio: number; mtld: number | null; topTerms: Term[];
}
export interface Note { code: string; message: string; }
export type EntityLabel = "PER" | "LOC" | "ORG" | "MISC" | "DATE" | "TIME" | "NUM" | "MONEY" | "PERCENT" | "QUOTE" | "EMAIL" | "URL";
/** One mention: `text.slice(start, end)`. */
export interface Entity { start: number; end: number; label: EntityLabel; text: string; group: number | null; rule?: string; }
/** The mentions of one entity under its longest name. */
export interface EntityGroup { label: EntityLabel; name: string; count: number; mentions: number[]; }
/** A quotation (an index into `entities`), its speaker when the text names one, and whether it
 * is reported speech or a quoted phrase (a scare quote nothing attributes). */
export interface Quotation { entity: number; speaker: string | null; speakerGroup: number | null; kind: "speech" | "phrase"; }
/** Everything `Analyser.entities` returns. */
export interface EntityReport { entities: Entity[]; groups: EntityGroup[]; quotes: Quotation[]; }
/** A change between two aligned passages (either side may be empty). */
export interface Change { aStart: number; aEnd: number; bStart: number; bEnd: number; }
/** A passage of document `a` reused in document `b`. */
export interface Passage {
  a: string; aStart: number; aEnd: number; b: string; bStart: number; bEnd: number;
  similarity: number; commonWords: number; changes: Change[];
  /** Between two copies of one text: the document both were aligned with, through which this
   * passage was derived. Absent for a direct alignment. */
  via?: string;
}
/** One copy in a reuse cluster. */
export interface ReuseCopy { id: string; start: number; end: number; similarity: number; }
/** A reused passage said once: its representative (the earliest document holding it) and
 * every copy aligned with it. */
export interface ReuseCluster { id: string; start: number; end: number; copies: ReuseCopy[]; }
export interface RepeatGroup { kind: "paragraph" | "sentence"; exact: boolean; similarity: number; spans: Span[]; }
/** `boundedUnits`: paragraphs and sentences whose near-repeat search was bounded (a word
 * sequence shared by too many different ones); exact repeats are all found. */
export interface WithinDocument { id: string; groups: RepeatGroup[]; cleanText: string; boundedUnits: number; }
export interface DocumentSummary { id: string; words: number; reusedShare: number; repeatedShare: number; }
export interface PairSummary { a: string; b: string; aShare: number; bShare: number; similarity: number; passages: number; }
export interface FinderStats { documents: number; words: number; fingerprints: number; candidatePairs: number; passages: number; derived: number; unpairedClusters: number; starred: number; boilerplate: number; boundedUnits: number; }
/** Everything `DuplicateFinder.finish` returns. */
export interface DuplicatesReport {
  documents: DocumentSummary[]; within: WithinDocument[]; across: Passage[];
  reuse: ReuseCluster[]; pairs: PairSummary[]; clusters: string[][]; stats: FinderStats;
}
/** A style highlight: `text.slice(span.start, span.end)`; `suggestion` for "simpler". */
export interface StyleHighlight { span: Span; kind: "passive" | "simpler" | "qualifier" | "adverb"; suggestion: string | null; }
/** Hemingway-style highlights with their counts (French and English; empty otherwise). */
export interface StyleReport { passives: number; simpler: number; qualifiers: number; adverbs: number; highlights: StyleHighlight[]; }
/** A term that tells a document apart: `score` = count × ln(documents in the set / `documents`). */
export interface DistinctiveTerm { term: string; stem: string; count: number; documents: number; score: number; }
/** The distinctive terms of one document, best first (`Analyser.distinctiveTerms`). */
export interface DocumentTerms { id: string; language: string; terms: DistinctiveTerm[]; }
/** One article's copy of a quotation found in several articles; `changes` against the
 * reference copy (`aStart`/`aEnd` in the reference's article, `bStart`/`bEnd` in this one). */
export interface QuoteCopy {
  id: string; start: number; end: number; speaker: string | null; kind: "speech" | "phrase";
  words: number; cut: number; added: number; changes: Change[];
}
/** A quotation carried by several articles: the speaker most copies name, the reference copy
 * (the wording most articles carry), and every copy. */
export interface SharedQuotation { speaker: string | null; reference: number; documents: number; altered: boolean; copies: QuoteCopy[]; }
export interface QuotationStats { documents: number; quotations: number; variants: number; shared: number; altered: number; boundedRuns: number; }
/** Everything `Analyser.sharedQuotations` returns. */
export interface QuotationsReport { quotations: SharedQuotation[]; stats: QuotationStats; }
/** Everything `Analyser.stats` returns. */
export interface TextStats {
  language: LanguageGuess;
  characters: number; charactersNoSpaces: number; words: number; uniqueWords: number;
  sentences: number; paragraphs: number; headings: number; syllables: number;
  meanSentenceWords: number; medianSentenceWords: number; longestSentence: number | null;
  hardSentences: number; veryHardSentences: number;
  timing: Timing; readability: ReadabilityScore[]; readabilitySummary: ReadabilitySummary | null; histogram: Bin[];
  blocks: BlockStats[]; sentenceDetails: SentenceStats[]; vocabulary: Vocabulary; style: StyleReport; notes: Note[];
}
"#;

/// The analyser, built once (stopword tables and the like) and reused for every text.
#[wasm_bindgen]
pub struct Analyser {
    inner: crate::Analyser,
}

#[wasm_bindgen]
impl Analyser {
    /// Builds the analyser and installs a panic hook that reports to the console.
    #[wasm_bindgen(constructor)]
    #[must_use]
    pub fn new() -> Self {
        console_error_panic_hook::set_once();
        // The worker builds its analyser once at start-up: decode the gazetteers there, as
        // before the recogniser became lazy, so that no request waits for them. (The page's
        // build has none embedded: its worker gives them with `loadGazetteers`.)
        let inner = crate::Analyser::new();
        #[cfg(not(feature = "external-gazetteers"))]
        inner.prepare_entities();
        Self { inner }
    }

    /// Gives the analyser its entity lists: the text of `pkg/gazetteers.txt`, which the page's
    /// build (without the lists embedded) fetches after its first statistics. A build with the
    /// lists embedded keeps its own. Throws an `Error` for a file that is not such a bundle.
    ///
    /// # Errors
    /// A bundle that cannot be read.
    #[wasm_bindgen(js_name = loadGazetteers)]
    pub fn load_gazetteers(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] bundle: JsValue,
    ) -> Result<(), JsValue> {
        let bundle = text_argument(&bundle, "loadGazetteers", "bundle")?;
        self.inner.load_gazetteers(&bundle).map_err(js_error)
    }

    /// Statistics of `text`. Throws an `Error` with a readable message for bad options or a
    /// text over the size limit.
    ///
    /// # Errors
    /// Bad options, or a text over the size limit.
    #[wasm_bindgen(unchecked_return_type = "TextStats")]
    pub fn stats(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "AnalyseOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = text_argument(&text, "stats", "text")?;
        let options = decode_options(options)?;
        let stats = self.inner.stats_json(&text, &options).map_err(js_error)?;
        Ok(encode(&stats)?)
    }

    /// Named entities, dates, numbers, amounts and quotations (with their speakers) of `text`,
    /// the mentions of one entity grouped. Offsets in UTF-16 code units.
    ///
    /// # Errors
    /// A text over the size limit.
    #[wasm_bindgen(unchecked_return_type = "EntityReport")]
    pub fn entities(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = text_argument(&text, "entities", "text")?;
        let report = self.inner.entities_json(&text).map_err(js_error)?;
        Ok(encode(&report)?)
    }

    /// The terms that tell each document apart from the others (TF-IDF over Snowball stems):
    /// `documents` is an array of `{ id, text }`, `top` how many terms per document (default 10,
    /// at most 100).
    ///
    /// # Errors
    /// Documents that are not `{ id: string, text: string }`, or a text over the size limit.
    #[wasm_bindgen(js_name = distinctiveTerms, unchecked_return_type = "DocumentTerms[]")]
    pub fn distinctive_terms(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ id: string; text: string }[]")] documents: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number | undefined")] top: JsValue,
    ) -> Result<JsValue, JsValue> {
        let owned = documents_argument(&documents, "distinctiveTerms")?;
        let top = top
            .as_f64()
            .filter(|t| t.is_finite() && *t >= 1.0)
            .map_or(10, |t| (t as usize).min(100));
        let pairs: Vec<(&str, &str)> = owned
            .iter()
            .map(|(i, t)| (i.as_str(), t.as_str()))
            .collect();
        let terms = self
            .inner
            .distinctive_terms(&pairs, top)
            .map_err(js_error)?;
        Ok(encode(&terms)?)
    }

    /// The quotations carried by several of `documents`, each once: its speaker, the articles
    /// that carry it and each copy's word differences from the reference wording (see
    /// `quotations.rs`). Offsets in UTF-16 code units, each in its own article's text.
    ///
    /// # Errors
    /// Documents that are not `{ id: string, text: string }`, a text over the size limit, or
    /// the entity lists not loaded yet (the page's build).
    #[wasm_bindgen(js_name = sharedQuotations, unchecked_return_type = "QuotationsReport")]
    pub fn shared_quotations(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ id: string; text: string }[]")] documents: JsValue,
    ) -> Result<JsValue, JsValue> {
        let owned = documents_argument(&documents, "sharedQuotations")?;
        let pairs: Vec<(&str, &str)> = owned
            .iter()
            .map(|(i, t)| (i.as_str(), t.as_str()))
            .collect();
        let report = self
            .inner
            .shared_quotations_in(&pairs, crate::Units::Utf16)
            .map_err(js_error)?;
        Ok(encode(&report)?)
    }

    /// The crate version.
    #[must_use]
    pub fn version() -> String {
        env!("CARGO_PKG_VERSION").to_owned()
    }
}

impl Default for Analyser {
    fn default() -> Self {
        Self::new()
    }
}

/// Option names `decode_options` accepts (serde-wasm-bindgen ignores unknown fields, so a typo
/// such as `langage` is caught here instead of being silently dropped).
const OPTION_NAMES: &[&str] = &[
    "language",
    "readingWpm",
    "speakingWpm",
    "topTerms",
    "namesAsTerms",
];

/// Collects a set of documents, then finds the passages repeated inside each and reused between
/// them. `add` each document (the page reports progress between calls), then `finish`.
#[wasm_bindgen]
pub struct DuplicateFinder {
    inner: crate::dedup::DuplicateFinder,
}

#[wasm_bindgen]
impl DuplicateFinder {
    /// An empty set.
    #[wasm_bindgen(constructor)]
    #[must_use]
    pub fn new() -> Self {
        console_error_panic_hook::set_once();
        Self {
            inner: crate::dedup::DuplicateFinder::new(),
        }
    }

    /// Adds one document (tokenised and fingerprinted now).
    ///
    /// # Errors
    /// Too many documents or too much text in the set.
    pub fn add(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<(), JsValue> {
        let id = text_argument(&id, "add", "id")?;
        let text = text_argument(&text, "add", "text")?;
        self.inner.add(&id, &text).map_err(js_error)
    }

    /// Whether `across` lists the passages derived between copies of one text (the default)
    /// or the direct alignments only (each reused passage once; the summaries are the same).
    #[wasm_bindgen(js_name = listDerived)]
    pub fn list_derived(&mut self, yes: bool) {
        self.inner = std::mem::take(&mut self.inner).list_derived(yes);
    }

    /// The text of `[start, end)` (UTF-16 offsets, as the report gives them) of the document
    /// `id`, cut to `maxChars` characters at a word's end, or `undefined` for an unknown id.
    #[must_use]
    pub fn excerpt(
        &self,
        id: &str,
        start: usize,
        end: usize,
        #[wasm_bindgen(js_name = maxChars)] max_chars: usize,
    ) -> Option<String> {
        self.inner
            .excerpt(id, start, end, crate::Units::Utf16, max_chars)
    }

    /// Number of documents added.
    #[wasm_bindgen(getter)]
    #[must_use]
    pub fn length(&self) -> usize {
        self.inner.len()
    }

    /// The report, offsets in UTF-16 code units.
    ///
    /// # Errors
    /// Only if the result cannot be encoded.
    #[wasm_bindgen(unchecked_return_type = "DuplicatesReport")]
    pub fn finish(&self) -> Result<JsValue, JsError> {
        encode(&self.inner.finish_json())
    }
}

impl Default for DuplicateFinder {
    fn default() -> Self {
        Self::new()
    }
}

/// An array of `{ id, text }` (id and text strings) as owned pairs, or a `TypeError` naming
/// `method` and what it expected.
fn documents_argument(documents: &JsValue, method: &str) -> Result<Vec<(String, String)>, JsValue> {
    let bad = || -> JsValue {
        js_sys::TypeError::new(&format!(
            "{method}: expected an array of {{ id: string, text: string }}"
        ))
        .into()
    };
    let list: &js_sys::Array = documents.dyn_ref().ok_or_else(bad)?;
    let mut owned: Vec<(String, String)> = Vec::with_capacity(list.length() as usize);
    for d in list.iter() {
        let field = |k: &str| {
            js_sys::Reflect::get(&d, &JsValue::from_str(k))
                .ok()
                .and_then(|v| v.as_string())
        };
        owned.push((field("id").ok_or_else(bad)?, field("text").ok_or_else(bad)?));
    }
    Ok(owned)
}

/// The string argument `name` of `method`, or a `TypeError` that says what was expected (a
/// number or an object passed where text belongs would otherwise trap inside the module).
fn text_argument(value: &JsValue, method: &str, name: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        let got = if value.is_undefined() {
            "undefined".to_owned()
        } else if value.is_null() {
            "null".to_owned()
        } else {
            value.js_typeof().as_string().unwrap_or_default()
        };
        js_sys::TypeError::new(&format!("{method}: {name} must be a string, not {got}")).into()
    })
}

fn js_error(e: crate::Error) -> JsValue {
    JsError::from(e).into()
}

fn decode_options(options: JsValue) -> Result<crate::Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(crate::Options::default());
    }
    let Some(object) = options
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !options.is_function())
    else {
        return Err(JsError::new(
            &crate::Error::BadOptions(
                "options must be an object such as { language: \"fr\" }".into(),
            )
            .to_string(),
        ));
    };
    for key in js_sys::Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
    {
        if !OPTION_NAMES.contains(&key.as_str()) {
            let why = format!(
                "unknown option {key:?}; the options are {}",
                OPTION_NAMES.join(", ")
            );
            return Err(JsError::new(&crate::Error::BadOptions(why).to_string()));
        }
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::new(&crate::Error::BadOptions(e.to_string()).to_string()))
}

fn encode<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not encode the result: {e}")))
}
