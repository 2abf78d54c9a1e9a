//! The `article-analyser` command line: the same analyses and the same JSON as the JavaScript
//! API (UTF-16 offsets), for files, standard input or JSON Lines.

use article_analyser::dedup::{DuplicateFinder, MIN_MAX_DF};
use article_analyser::quotations::QuotationFinder;
use article_analyser::{Analyser, Options, Units};
use serde::Serialize;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
article-analyser: statistics of news articles (French, English, any Unicode text)

USAGE:
    article-analyser stats [OPTIONS] [FILE...]
    article-analyser entities [OPTIONS] [FILE...]
    article-analyser duplicates [OPTIONS] [FILE...]
    article-analyser terms [OPTIONS] [FILE...]
    article-analyser quotes [OPTIONS] [FILE...]

Reads each FILE (or standard input when there is none, or for \"-\") as one document. Offsets
in the output are UTF-16 code units, as JavaScript's String.slice uses: the same schema as the
page's JavaScript API.

SUBCOMMANDS:
    stats        one JSON object per document, on its own line: counts (words, sentences,
                 paragraphs, headings, characters), reading and speaking time, readability
                 (eight formulas in English, three in French, each with its band and grade, and
                 a summary line), sentence lengths and hard sentences, frequent terms, lexical
                 diversity
    entities     one JSON object per document, on its own line: \"entities\" (start, end, label
                 among PER LOC ORG MISC DATE TIME NUM MONEY PERCENT QUOTE EMAIL URL, text,
                 group), \"groups\" (the mentions of one entity under its longest name, with
                 counts) and \"quotes\" (each quotation with its speaker when the text names one)
    duplicates   one JSON object for the whole set: passages repeated inside each document
                 (\"within\", with a clean copy), passages reused between documents (\"across\":
                 a, aStart, aEnd, b, bStart, bEnd, similarity, word-level changes, and \"via\"
                 for a passage between two copies found through the document both copy),
                 \"reuse\" (each reused passage once, with its copies), the share of each
                 document found elsewhere, pair similarities and clusters
    terms        one JSON array for the whole set: for each document (\"id\", \"language\"), the
                 terms that set it apart from the others (\"terms\": term, stem, count, documents,
                 score = count x ln(documents in the set / documents holding the term))
    quotes       one JSON object for the whole set: \"quotations\" found in two documents or
                 more, each once: its \"speaker\", how many \"documents\" carry it, whether
                 the wording was \"altered\", and every copy (\"id\", \"start\", \"end\",
                 its own \"speaker\" and \"kind\", words \"cut\" and \"added\" against the
                 \"reference\" copy, the wording most documents carry, and word-level
                 \"changes\": aStart, aEnd in the reference's document, bStart, bEnd in the
                 copy's); \"stats\" counts them

OPTIONS:
    --jsonl             read JSON Lines on standard input, one document a line:
                        {\"id\": \"...\", \"text\": \"...\"} (other fields are ignored);
                        stats output lines then start with the document's \"id\"
    --lang CODE         the language (ISO 639-1 or 639-3: fr, en, deu...) instead of detecting it
    --reading-wpm N     reading speed, words per minute (default: 238 English, 195 French, 200 other)
    --speaking-wpm N    speaking speed, words per minute (default: 150)
    --top N             how many frequent terms to list (default: 30; for terms, 10)
    --names             stats: count each name of several words written in full at least twice
                        (\"Michel Kafando\") as one frequent term; costs an entity analysis
    --max-df N          duplicates: drop as boilerplate the fingerprints found in more than N
                        documents (a standing line, a stock formula; counted in stats.boilerplate);
                        default: keep all
    --across WHICH      duplicates: \"all\" (default) lists in \"across\" every pair's passages,
                        also those between two copies of one text found through the copy both
                        were aligned with (\"via\"); \"direct\" lists the alignments only, so
                        each reused passage is said once (\"reuse\" groups them either way)
    --pretty            indent the JSON
    -h, --help          print this help
    -V, --version       print the version

EXAMPLES:
    article-analyser stats article.txt
    article-analyser stats --jsonl < articles.jsonl > stats.jsonl
    echo 'The minister spoke on Monday.' | article-analyser stats --pretty
    article-analyser entities --jsonl < articles.jsonl > entities.jsonl
    article-analyser duplicates --jsonl < articles.jsonl > reuse.json
    article-analyser duplicates morning.txt evening.txt --pretty
    article-analyser quotes wire.txt outlet.txt --pretty

Invalid UTF-8 is decoded with U+FFFD replacements and reported in \"notes\". Exit status: 0 on
success, 1 if a document could not be analysed (the others are still printed), 2 on bad usage.
";

#[derive(Debug, Default)]
struct Args {
    command: String,
    jsonl: bool,
    pretty: bool,
    files: Vec<String>,
    options: Options,
    max_df: Option<usize>,
    direct_only: bool,
}

fn parse_args(mut raw: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut args = Args::default();
    let value = |raw: &mut dyn Iterator<Item = String>, flag: &str| {
        raw.next().ok_or_else(|| format!("{flag} needs a value"))
    };
    let number = |text: String, flag: &str| {
        text.parse::<f64>()
            .map_err(|_| format!("{flag} needs a number, not {text:?}"))
    };
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "-V" | "--version" => {
                println!("article-analyser {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "--jsonl" => args.jsonl = true,
            "--pretty" => args.pretty = true,
            "--lang" => args.options.language = Some(value(&mut raw, "--lang")?),
            "--reading-wpm" => {
                args.options.reading_wpm =
                    Some(number(value(&mut raw, "--reading-wpm")?, "--reading-wpm")?);
            }
            "--speaking-wpm" => {
                args.options.speaking_wpm = Some(number(
                    value(&mut raw, "--speaking-wpm")?,
                    "--speaking-wpm",
                )?);
            }
            "--names" => args.options.names_as_terms = Some(true),
            "--top" => {
                let v = value(&mut raw, "--top")?;
                args.options.top_terms = Some(
                    v.parse()
                        .map_err(|_| format!("--top needs a whole number, not {v:?}"))?,
                );
            }
            "--max-df" => {
                let v = value(&mut raw, "--max-df")?;
                args.max_df =
                    Some(v.parse::<usize>().ok().filter(|&n| n >= MIN_MAX_DF).ok_or_else(|| {
                        format!("--max-df needs a whole number of documents, {MIN_MAX_DF} or more, not {v:?}")
                    })?);
            }
            "--across" => match value(&mut raw, "--across")?.as_str() {
                "all" => args.direct_only = false,
                "direct" => args.direct_only = true,
                v => return Err(format!("--across needs \"all\" or \"direct\", not {v:?}")),
            },
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if args.command.is_empty() => args.command = arg,
            _ => args.files.push(arg),
        }
    }
    match args.command.as_str() {
        "stats" | "duplicates" | "entities" | "terms" | "quotes" => Ok(Some(args)),
        "" => Err("a subcommand is needed".into()),
        other => Err(format!("unknown subcommand {other:?}")),
    }
}

#[derive(Serialize)]
struct Line<'a, T: Serialize> {
    id: &'a str,
    #[serde(flatten)]
    result: T,
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(why) => {
            eprintln!("article-analyser: {why}\n\nRun `article-analyser --help` for usage.");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = args.options.to_stats_options() {
        eprintln!("article-analyser: {e}");
        return ExitCode::from(2);
    }
    if args.command == "duplicates" {
        return duplicates(&args);
    }
    if args.command == "terms" {
        return terms(&args);
    }
    if args.command == "quotes" {
        return quotes(&args);
    }
    let analyser = Analyser::new();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut errors = Errors::default();
    // Analyses one document and prints its line; Ok(false) when it could not be analysed.
    let mut emit = |id: &str, text: &str, out: &mut dyn Write| -> io::Result<bool> {
        let result = if args.command == "entities" {
            analyser
                .entities_json(text)
                .and_then(|r| to_json(id, &r, args.pretty))
        } else {
            analyser
                .stats_json(text, &args.options)
                .and_then(|r| to_json(id, &r, args.pretty))
        };
        match result {
            Ok(json) => {
                writeln!(out, "{json}")?;
                Ok(true)
            }
            Err(e) => {
                errors.report(id, &e.to_string());
                Ok(false)
            }
        }
    };
    let result = if args.jsonl {
        run_jsonl(&mut emit, &mut out)
    } else {
        run_files(&args.files, &mut emit, &mut out)
    };
    errors.summary();
    match result.and_then(|all_ok| out.flush().map(|()| all_ok)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("article-analyser: {e}");
            ExitCode::from(1)
        }
    }
}

/// The duplicates subcommand: every document is collected, then one report is printed.
fn duplicates(args: &Args) -> ExitCode {
    // The cut was checked against MIN_MAX_DF when the arguments were read.
    let Ok(finder) = DuplicateFinder::with_max_df(args.max_df) else {
        return ExitCode::from(2);
    };
    let mut finder = finder.list_derived(!args.direct_only);
    let mut errors = Errors::default();
    let read = read_all(args, &mut |id, text| match finder.add(id, text) {
        Ok(()) => true,
        Err(e) => {
            errors.report(id, &e.to_string());
            false
        }
    });
    errors.summary();
    match read {
        Ok(all_ok) => print_report(&finder.finish_json(), args.pretty, all_ok),
        Err(code) => code,
    }
}

/// The terms subcommand: every document is collected, then the distinctive terms of each
/// against the others are printed as one JSON array.
fn terms(args: &Args) -> ExitCode {
    let mut documents: Vec<(String, String)> = Vec::new();
    let all_ok = match read_all(args, &mut |id, text| {
        documents.push((id.to_owned(), text.to_owned()));
        true
    }) {
        Ok(all_ok) => all_ok,
        Err(code) => return code,
    };
    let pairs: Vec<(&str, &str)> = documents
        .iter()
        .map(|(i, t)| (i.as_str(), t.as_str()))
        .collect();
    let top = args.options.top_terms.unwrap_or(10).min(500);
    match Analyser::new().distinctive_terms(&pairs, top) {
        Ok(report) => print_report(&report, args.pretty, all_ok),
        Err(e) => {
            eprintln!("article-analyser: {e}");
            ExitCode::from(1)
        }
    }
}

/// The quotes subcommand: the quotations of each document are kept as it is read (not its
/// text), then those found in several documents are printed as one report.
fn quotes(args: &Args) -> ExitCode {
    let analyser = Analyser::new();
    let mut finder = QuotationFinder::new(Some(Units::Utf16));
    let mut errors = Errors::default();
    let read = read_all(args, &mut |id, text| match analyser.entities(text) {
        Ok(report) => {
            finder.add(id, text, &report);
            true
        }
        Err(e) => {
            errors.report(id, &e.to_string());
            false
        }
    });
    errors.summary();
    match read {
        Ok(all_ok) => print_report(&finder.finish(), args.pretty, all_ok),
        Err(code) => code,
    }
}

/// Hands every document of the input (files or JSON Lines) to `take`, which says whether it
/// was taken; `Ok(false)` when some document was not, an exit code when the input failed.
fn read_all(args: &Args, take: &mut dyn FnMut(&str, &str) -> bool) -> Result<bool, ExitCode> {
    let mut collect =
        |id: &str, text: &str, _: &mut dyn Write| -> io::Result<bool> { Ok(take(id, text)) };
    let mut sink = io::sink();
    let read = if args.jsonl {
        run_jsonl(&mut collect, &mut sink)
    } else {
        run_files(&args.files, &mut collect, &mut sink)
    };
    read.map_err(|e| {
        eprintln!("article-analyser: {e}");
        ExitCode::from(1)
    })
}

/// Prints one report for the whole set; exit status 1 when it could not be written or when
/// some document was not read (`all_ok` false).
fn print_report<T: Serialize>(report: &T, pretty: bool, all_ok: bool) -> ExitCode {
    // Streamed: a large report is never held as one string.
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let json = if pretty {
        serde_json::to_writer_pretty(&mut out, report)
    } else {
        serde_json::to_writer(&mut out, report)
    };
    let printed = json
        .map_err(io::Error::other)
        .and_then(|()| writeln!(out).and_then(|()| out.flush()));
    match printed {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("article-analyser: {e}");
            ExitCode::from(1)
        }
        _ if !all_ok => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    }
}

/// One output line: the document's id, then the result's fields.
fn to_json<T: Serialize>(
    id: &str,
    result: &T,
    pretty: bool,
) -> Result<String, article_analyser::Error> {
    let line = Line { id, result };
    let json = if pretty {
        serde_json::to_string_pretty(&line)
    } else {
        serde_json::to_string(&line)
    };
    json.map_err(|e| {
        article_analyser::Error::BadOptions(format!("could not encode the result: {e}"))
    })
}

type Emit<'a> = dyn FnMut(&str, &str, &mut dyn Write) -> io::Result<bool> + 'a;

/// Longest JSON line read, in bytes: a text at the size limit with room for its escapes and id.
const MAX_LINE_BYTES: usize = 2 * article_analyser::MAX_TEXT_BYTES;
/// Identical error messages printed before the rest are only counted.
const REPEATED_ERRORS_SHOWN: usize = 3;

/// Error messages on standard error, each distinct message printed a few times and then
/// counted, so that 100,000 documents over a limit give a few lines and a total, not 100,000.
#[derive(Default)]
struct Errors {
    seen: std::collections::HashMap<String, usize>,
}

impl Errors {
    fn report(&mut self, context: &str, message: &str) {
        let n = self.seen.entry(message.to_owned()).or_default();
        *n += 1;
        if *n <= REPEATED_ERRORS_SHOWN {
            eprintln!("article-analyser: {context}: {message}");
        }
    }

    fn summary(&self) {
        for (message, &n) in &self.seen {
            if n > REPEATED_ERRORS_SHOWN {
                eprintln!("article-analyser: {n} documents in all: {message}");
            }
        }
    }
}

/// Reads one line of at most `limit` bytes into `buffer` (without its line break). Returns
/// None at the end of input, Some(false) when the line was longer (the rest of it is skipped
/// without being kept).
fn read_line_bounded(
    reader: &mut impl BufRead,
    buffer: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<bool>> {
    buffer.clear();
    let mut fits = true;
    let mut any = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(any.then_some(fits));
        }
        any = true;
        let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(at) => (&chunk[..at], Some(at + 1)),
            None => (chunk, None),
        };
        if fits && buffer.len() + part.len() <= limit {
            buffer.extend_from_slice(part);
        } else {
            fits = false;
            buffer.clear();
        }
        let used = done.unwrap_or(chunk.len());
        reader.consume(used);
        if done.is_some() {
            return Ok(Some(fits));
        }
    }
}

/// Documents from JSON Lines on standard input. Ok(false) if any line failed.
fn run_jsonl(emit: &mut Emit<'_>, out: &mut dyn Write) -> io::Result<bool> {
    let stdin = io::stdin();
    let mut reader = stdin.lock();
    let mut buffer = Vec::new();
    let mut number = 0;
    let mut all_ok = true;
    let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    while let Some(fits) = read_line_bounded(&mut reader, &mut buffer, MAX_LINE_BYTES)? {
        number += 1;
        if !fits {
            eprintln!(
                "article-analyser: line {number}: longer than {} MiB; skipped (split the document)",
                MAX_LINE_BYTES >> 20
            );
            all_ok = false;
            continue;
        }
        let line = String::from_utf8_lossy(&buffer);
        if line.trim().is_empty() {
            continue;
        }
        match article_analyser::jsonl::parse_line(&line, number) {
            Ok(doc) => {
                if !ids.insert(doc.id.clone()) {
                    eprintln!("article-analyser: line {number}: the id {:?} was already used; the results name both the same", doc.id);
                }
                all_ok &= emit(&doc.id, &doc.text, out)?;
            }
            Err(e) => {
                eprintln!("article-analyser: line {number}: {e}");
                all_ok = false;
            }
        }
    }
    Ok(all_ok)
}

/// The bytes of `file` (or standard input for "-"), at most the size limit: a larger input is
/// refused before it is read in full.
fn read_bounded(file: &str) -> io::Result<Vec<u8>> {
    let limit = article_analyser::MAX_TEXT_BYTES as u64;
    let too_large = |size: Option<u64>| {
        let size = size.map_or_else(String::new, |s| {
            format!(" ({:.1} MiB)", s as f64 / 1048576.0)
        });
        io::Error::other(format!(
            "the input{size} is over the {} MiB this analyser accepts; split it into several documents",
            limit >> 20
        ))
    };
    let mut bytes = Vec::new();
    if file == "-" {
        io::stdin().lock().take(limit + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > limit {
            return Err(too_large(None));
        }
        return Ok(bytes);
    }
    let f = std::fs::File::open(file)?;
    let size = f.metadata()?.len();
    if size > limit {
        return Err(too_large(Some(size)));
    }
    f.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(None));
    }
    Ok(bytes)
}

/// Each file (or standard input) as one document. Ok(false) if any failed.
fn run_files(files: &[String], emit: &mut Emit<'_>, out: &mut dyn Write) -> io::Result<bool> {
    let stdin_only = ["-".to_owned()];
    let files = if files.is_empty() {
        &stdin_only[..]
    } else {
        files
    };
    let mut all_ok = true;
    for file in files {
        let read = read_bounded(file);
        match read {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                all_ok &= emit(if file == "-" { "stdin" } else { file }, &text, out)?;
            }
            Err(e) => {
                eprintln!("article-analyser: cannot read {file}: {e}");
                all_ok = false;
            }
        }
    }
    Ok(all_ok)
}
