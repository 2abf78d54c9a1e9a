//! The `article-analyser` binary as a user runs it: files, standard input, JSON Lines, help, bad
//! input, and (when `../shared/eval` is beside the repository) the gold counts of the seeds.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-analyser"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn stats_of_fixture_files() {
    let out = run(
        &[
            "stats",
            "tests/fixtures/fr-article.txt",
            "tests/fixtures/en-article.txt",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    let fr = &docs[0];
    assert_eq!(fr["id"], "tests/fixtures/fr-article.txt");
    assert_eq!(
        (fr["words"].as_u64(), fr["sentences"].as_u64()),
        (Some(141), Some(6))
    );
    assert_eq!(
        (fr["paragraphs"].as_u64(), fr["headings"].as_u64()),
        (Some(5), Some(2))
    );
    assert_eq!(fr["language"]["code"], "fr");
    assert_eq!(fr["readability"][0]["formula"], "kandel-moles");
    assert_eq!(fr["veryHardSentences"], 1);
    let en = &docs[1];
    assert_eq!(
        (
            en["words"].as_u64(),
            en["sentences"].as_u64(),
            en["headings"].as_u64()
        ),
        (Some(48), Some(4), Some(1))
    );
    assert_eq!(en["readability"][0]["formula"], "flesch-reading-ease");
}

#[test]
fn jsonl_offsets_are_utf16() {
    let text = "🤨 Émoji d’abord. Puis e\u{301}te\u{301} 日本. Fin.";
    let line = serde_json::json!({"id": 7, "text": text, "lang": "fr"}).to_string();
    let out = run(&["stats", "--jsonl"], format!("{line}\n\n").as_bytes());
    assert!(out.status.success());
    let doc = &lines(&out)[0];
    assert_eq!(doc["id"], "7");
    let units: Vec<u16> = text.encode_utf16().collect();
    let slices: Vec<String> = doc["sentenceDetails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (a, b) = (
                s["span"]["start"].as_u64().unwrap() as usize,
                s["span"]["end"].as_u64().unwrap() as usize,
            );
            String::from_utf16(&units[a..b]).unwrap()
        })
        .collect();
    assert_eq!(
        slices,
        ["🤨 Émoji d’abord.", "Puis e\u{301}te\u{301} 日本.", "Fin."]
    );
}

#[test]
fn bad_input_gets_messages_not_panics() {
    // Invalid UTF-8 and NUL bytes on stdin: a result with notes.
    let out = run(&["stats"], b"Un texte \xff\xfe avec \0 des octets.\n");
    assert!(out.status.success());
    let notes = lines(&out)[0]["notes"].to_string();
    assert!(
        notes.contains("replacement") && notes.contains("control"),
        "{notes}"
    );
    // A broken JSON line: a message naming the line, the other documents still printed.
    let out = run(
        &["stats", "--jsonl"],
        b"{\"id\": \"a\", \"text\": \"Bon.\"}\nnot json\n{\"id\": \"b\", \"text\": \"\"}\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out).len(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
    // Usage errors.
    let out = run(&["stats", "--lang", "xx"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language code"));
    let out = run(&["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["stats", "no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read no/such/file.txt"));
    // JSON Lines as the page reads them: a byte-order mark, a lone surrogate escape (read as
    // U+FFFD, one UTF-16 unit, so offsets after it stay right), a repeated id (warned).
    let out = run(
        &["entities", "--jsonl"],
        b"\xef\xbb\xbf{\"id\":\"a\",\"text\":\"Vu \\ud800 \\u00e0 Lyon.\"}\n{\"id\":\"a\",\"text\":\"Oui.\"}\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["entities"][0]["start"], 7);
    assert!(String::from_utf8_lossy(&out.stderr).contains("already used"));
    // Every bad line is reported with its own number.
    let many: String = (0..30).map(|i| format!("{{\"id\": {i}}}\n")).collect();
    let out = run(&["stats", "--jsonl"], many.as_bytes());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 30, "{stderr}");
}

#[test]
fn help_explains_itself() {
    let out = run(&["--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "stats",
        "entities",
        "duplicates",
        "--jsonl",
        "UTF-16",
        "--lang",
        "EXAMPLES",
    ] {
        assert!(help.contains(needle), "help lacks {needle}");
    }
}

/// The gold counts of the three sample articles, when the evaluation folder is there (it is in
/// CI; the test says so and passes without it elsewhere).
#[test]
fn seeds_match_gold_counts() {
    let eval = Path::new("../shared/eval");
    if !eval.exists() {
        eprintln!("../shared/eval not found: seed gold counts not checked");
        return;
    }
    let seeds = std::fs::read(eval.join("seeds/seeds.jsonl")).unwrap();
    let gold: serde_json::Value =
        serde_json::from_slice(&std::fs::read(eval.join("gold/seeds.stats.json")).unwrap())
            .unwrap();
    let out = run(&["stats", "--jsonl"], &seeds);
    assert!(out.status.success());
    let docs = lines(&out);
    assert_eq!(docs.len(), 3);
    for doc in docs {
        let want = &gold["documents"][doc["id"].as_str().unwrap()];
        for key in ["words", "sentences", "headings", "paragraphs"] {
            assert_eq!(doc[key], want[key], "{} {key}", doc["id"]);
        }
    }
}

#[test]
fn entities_and_duplicates_from_jsonl() {
    let a = "Le conseil municipal de Rouen a voté mardi un budget de 3,5 millions d'euros pour rénover les écoles de la ville.";
    let b = format!("Rouen. {}", a.replace("mardi", "mardi soir"));
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a", "text": a}),
        serde_json::json!({"id": "b", "text": b})
    );
    let out = run(&["entities", "--jsonl"], input.as_bytes());
    assert!(out.status.success());
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    let labels: Vec<&str> = docs[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"LOC") && labels.contains(&"MONEY") && labels.contains(&"DATE"),
        "{labels:?}"
    );
    let out = run(&["duplicates", "--jsonl"], input.as_bytes());
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["across"].as_array().unwrap().len(), 1);
    assert_eq!(report["across"][0]["a"], "a");
    assert_eq!(report["across"][0]["b"], "b");
    assert_eq!(report["stats"]["boilerplate"], 0);
    // With a cut of 2 documents, a passage in both is not boilerplate: still found.
    let out = run(
        &["duplicates", "--jsonl", "--max-df", "2"],
        input.as_bytes(),
    );
    let cut: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cut["across"], report["across"]);
    for bad in ["1", "x", "-3"] {
        let out = run(&["duplicates", "--max-df", bad], b"");
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--max-df needs a whole number"));
    }
}

/// Twelve copies of one story (past MAX_POSTINGS): `--across all` lists a passage for every
/// pair, some derived `via` the first copy; `--across direct` lists the alignments only, each
/// copy with the first, and the same pairs; a wrong value is refused.
#[test]
fn across_lists_derived_passages_or_direct_ones() {
    let story = "La communauté de communes a voté lundi soir la construction d'une piscine \
                 couverte de vingt-cinq mètres, financée pour moitié par la région, dont les \
                 travaux commenceront au printemps et dureront dix-huit mois selon son président.";
    let input: String = (0..12)
        .map(|i| {
            let text = if i % 2 == 0 {
                story.to_owned()
            } else {
                story.replace("lundi soir", "lundi")
            };
            serde_json::json!({"id": format!("c{i:02}"), "text": format!("Édition {i}. {text}")})
                .to_string()
                + "\n"
        })
        .collect();
    let report = |flags: &[&str]| {
        let out = run(
            &[&["duplicates", "--jsonl"], flags].concat(),
            input.as_bytes(),
        );
        assert!(out.status.success());
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let all = report(&[]);
    assert_eq!(all, report(&["--across", "all"]));
    let direct = report(&["--across", "direct"]);
    let across = |r: &serde_json::Value| r["across"].as_array().unwrap().clone();
    assert_eq!(all["pairs"].as_array().unwrap().len(), 66);
    assert_eq!(direct["pairs"], all["pairs"]);
    assert!(across(&all).iter().any(|p| p["via"] == "c00"));
    assert!(across(&direct).iter().all(|p| p.get("via").is_none()));
    assert_eq!(
        across(&direct).len() as u64 + all["stats"]["derived"].as_u64().unwrap(),
        across(&all).len() as u64
    );
    assert_eq!(all["reuse"][0]["id"], "c00");
    assert_eq!(all["reuse"][0]["copies"].as_array().unwrap().len(), 11);
    let out = run(&["duplicates", "--across", "some"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--across needs"));
}

#[test]
fn terms_sets_each_document_apart() {
    let dir = std::env::temp_dir().join(format!("aa-terms-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(
        &a,
        "Le tramway de Brest roule. Le tramway transporte les Brestois.",
    )
    .unwrap();
    std::fs::write(&b, "Le budget de Brest est voté. Le budget augmente.").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_article-analyser"))
        .args(["terms", "--top", "2"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["terms"][0]["term"], "tramway");
    assert_eq!(v[0]["terms"][0]["documents"], 1);
    assert_eq!(v[1]["terms"][0]["term"], "budget");
    assert!(v[0]["terms"].as_array().unwrap().len() <= 2);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn names_of_several_words_count_as_one_term_with_names() {
    // Written for this test: two names of two words, each in full twice; "Kafando" alone once.
    let text = "Michel Kafando a parlé lundi. Le président Michel Kafando a promis des élections. \
                Kafando est prudent. Le Burkina Faso attend. Au Burkina Faso, le calme règne.";
    let terms = |args: &[&str]| -> Vec<(String, u64, bool)> {
        let out = run(args, text.as_bytes());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        lines(&out)[0]["vocabulary"]["topTerms"]
            .as_array()
            .expect("terms")
            .iter()
            .map(|t| {
                let name = t["name"].as_bool().unwrap_or(false);
                (
                    t["term"].as_str().expect("term").to_owned(),
                    t["count"].as_u64().expect("count"),
                    name,
                )
            })
            .collect()
    };
    let plain = terms(&["stats"]);
    assert!(plain.contains(&("kafando".into(), 3, false)), "{plain:?}");
    assert!(plain.iter().all(|t| !t.2));
    let named = terms(&["stats", "--names"]);
    assert_eq!(named[0], ("Michel Kafando".into(), 2, true), "{named:?}");
    assert!(
        named.contains(&("Burkina Faso".into(), 2, true)),
        "{named:?}"
    );
    // The words leave what the names took: "kafando" keeps its lone mention, "faso" none.
    assert!(named.contains(&("kafando".into(), 1, false)), "{named:?}");
    assert!(
        named.iter().all(|t| t.0 != "faso" && t.0 != "burkina"),
        "{named:?}"
    );
}

#[test]
fn quotes_finds_a_quotation_altered_between_articles() {
    // An emoji before the quotation in one article, so UTF-16 and code points differ.
    let wire = "🌧️ « Nous rouvrirons le pont de la Sorne dès lundi matin », a déclaré la préfète Hélène Marchal.";
    let outlet = "« Nous rouvrirons le pont de la Sorne mardi matin », a annoncé Hélène Marchal.";
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "wire", "text": wire}),
        serde_json::json!({"id": "outlet", "text": outlet})
    );
    let out = run(&["quotes", "--jsonl"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &report["quotations"][0];
    assert_eq!(q["speaker"], "Hélène Marchal");
    assert_eq!(
        (q["documents"].as_u64(), q["altered"].as_bool()),
        (Some(2), Some(true))
    );
    let slice = |text: &str, a: &serde_json::Value, b: &serde_json::Value| {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[a.as_u64().unwrap() as usize..b.as_u64().unwrap() as usize])
            .unwrap()
    };
    let copies = q["copies"].as_array().unwrap();
    assert_eq!(copies[0]["id"], "wire");
    assert!(slice(wire, &copies[0]["start"], &copies[0]["end"]).starts_with("« Nous rouvrirons"));
    let change = &copies[1]["changes"][0];
    assert_eq!(slice(wire, &change["aStart"], &change["aEnd"]), "dès lundi");
    assert_eq!(slice(outlet, &change["bStart"], &change["bEnd"]), "mardi");
    assert_eq!(report["stats"]["shared"], 1);
}
