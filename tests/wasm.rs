//! The exported JavaScript API, run in headless Chromium by wasm-bindgen-test: results are plain
//! JS objects, offsets are UTF-16 code units (checked with `String.prototype.slice` on strings
//! holding emoji, NFD accents, CJK and a lone surrogate), and bad input gives a message.
#![cfg(target_arch = "wasm32")]

use article_analyser::wasm_api::{Analyser, DuplicateFinder};
use js_sys::{JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property")
}

fn num(value: &JsValue, key: &str) -> f64 {
    get(value, key).as_f64().expect("number")
}

/// Builds a JS string from UTF-16 code units (so it can hold a lone surrogate).
fn js_string(units: &[u16]) -> JsString {
    JsString::from_char_code(units)
}

/// The sentences' texts, cut out of `text` with JavaScript's `slice` and the returned offsets.
fn sentences(text: &JsString, stats: &JsValue) -> Vec<String> {
    let list: js_sys::Array = get(stats, "sentenceDetails").dyn_into().unwrap();
    list.iter()
        .map(|s| {
            let span = get(&s, "span");
            let piece = text.slice(num(&span, "start") as u32, num(&span, "end") as u32);
            String::from(piece)
        })
        .collect()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_with_emoji_nfd_and_cjk() {
    let analyser = Analyser::new();
    let text = "Voilà 🤨 une phrase. Puis e\u{301}te\u{301} 👩‍👩‍👧 arrive. 日本語の文。Fin.";
    let units: Vec<u16> = text.encode_utf16().collect();
    let js = js_string(&units);
    let stats = analyser
        .stats(js.clone().into(), JsValue::UNDEFINED)
        .unwrap();
    assert_eq!(
        sentences(&js, &stats),
        [
            "Voilà 🤨 une phrase.",
            "Puis e\u{301}te\u{301} 👩‍👩‍👧 arrive.",
            "日本語の文。",
            "Fin."
        ]
    );
}

#[wasm_bindgen_test]
fn a_lone_surrogate_keeps_offsets_aligned() {
    let analyser = Analyser::new();
    let mut units: Vec<u16> = "Avant ".encode_utf16().collect();
    units.push(0xD800); // a lone high surrogate, as JavaScript strings may hold
    units.extend("après. Une autre phrase 🤨 ici.".encode_utf16());
    let js = js_string(&units);
    // wasm-bindgen passes the string as UTF-8: the surrogate arrives as U+FFFD, one unit too.
    let stats = analyser
        .stats(js.clone().into(), JsValue::UNDEFINED)
        .unwrap();
    let got = sentences(&js, &stats);
    assert_eq!(got[1], "Une autre phrase 🤨 ici.");
    let notes: js_sys::Array = get(&stats, "notes").dyn_into().unwrap();
    assert!(notes
        .iter()
        .any(|n| get(&n, "code").as_string().as_deref() == Some("replacement")));
}

#[wasm_bindgen_test]
fn results_are_plain_objects_with_counts() {
    let analyser = Analyser::new();
    let stats = analyser
        .stats(
            JsValue::from_str("Le chat dort.\n\nLe chien aboie ! Il pleut."),
            JsValue::UNDEFINED,
        )
        .unwrap();
    assert_eq!(num(&stats, "words"), 8.0);
    assert_eq!(num(&stats, "sentences"), 3.0);
    assert_eq!(num(&stats, "paragraphs"), 2.0);
    assert!(stats.is_object() && !stats.is_instance_of::<js_sys::Map>());
    assert!(get(&stats, "vocabulary").is_object());
}

#[wasm_bindgen_test]
fn options_and_bad_options() {
    let analyser = Analyser::new();
    let options = js_sys::JSON::parse(r#"{"language": "en", "readingWpm": 100}"#).unwrap();
    let stats = analyser
        .stats(JsValue::from_str("Bonjour tout le monde."), options)
        .unwrap();
    assert_eq!(
        get(&get(&stats, "language"), "code").as_string().unwrap(),
        "en"
    );
    assert_eq!(num(&get(&stats, "timing"), "readingWpm"), 100.0);
    let bad = js_sys::JSON::parse(r#"{"language": "klingon"}"#).unwrap();
    let error = analyser.stats(JsValue::from_str("x"), bad).unwrap_err();
    let message = Reflect::get(&error, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(message.contains("unknown language code"), "{message}");
    let bad = js_sys::JSON::parse(r#"{"readingWpm": -3}"#).unwrap();
    assert!(analyser.stats(JsValue::from_str("x"), bad).is_err());
    let typo = js_sys::JSON::parse(r#"{"langage": "fr"}"#).unwrap();
    let error = analyser.stats(JsValue::from_str("x"), typo).unwrap_err();
    let message = Reflect::get(&error, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(message.contains("langage"), "{message}");
    assert!(analyser
        .stats(JsValue::from_str("x"), JsValue::from_str("fr"))
        .is_err());
}

#[wasm_bindgen_test]
fn empty_and_junk_inputs() {
    let analyser = Analyser::new();
    let empty = analyser
        .stats(JsValue::from_str(""), JsValue::UNDEFINED)
        .unwrap();
    assert_eq!(num(&empty, "words"), 0.0);
    let junk: String = (0u32..2000)
        .map(|i| char::from_u32(i % 0x30).unwrap())
        .collect();
    let stats = analyser
        .stats(JsValue::from_str(&junk), JsValue::UNDEFINED)
        .unwrap();
    let notes: js_sys::Array = get(&stats, "notes").dyn_into().unwrap();
    assert!(notes
        .iter()
        .any(|n| get(&n, "code").as_string().as_deref() == Some("binary")));
}

#[wasm_bindgen_test]
fn duplicate_finder_offsets_are_utf16() {
    let wire = "Le conseil municipal a voté mardi soir un budget de trois millions d’euros pour rénover les écoles.";
    let a = format!("🤨👩‍👩‍👧 Intro. {wire}");
    let b = format!(
        "Autre début, e\u{301}te\u{301} 日本. {}",
        wire.replace('’', "'").replace("mardi soir", "mardi")
    );
    let mut finder = DuplicateFinder::new();
    finder.add("a".into(), JsValue::from_str(&a)).unwrap();
    finder.add("b".into(), JsValue::from_str(&b)).unwrap();
    assert_eq!(finder.length(), 2);
    let report = finder.finish().unwrap();
    let across: js_sys::Array = get(&report, "across").dyn_into().unwrap();
    assert_eq!(across.length(), 1);
    let p = across.get(0);
    let ja = JsString::from(a.as_str());
    let jb = JsString::from(b.as_str());
    let sa = String::from(ja.slice(num(&p, "aStart") as u32, num(&p, "aEnd") as u32));
    let sb = String::from(jb.slice(num(&p, "bStart") as u32, num(&p, "bEnd") as u32));
    assert!(
        sa.starts_with("Le conseil") && sa.ends_with("écoles"),
        "{sa}"
    );
    assert!(
        sb.starts_with("Le conseil") && sb.ends_with("écoles"),
        "{sb}"
    );
    // The one change: "soir" deleted, as a range of A and an empty range of B.
    let changes: js_sys::Array = get(&p, "changes").dyn_into().unwrap();
    assert_eq!(changes.length(), 1);
    let c = changes.get(0);
    assert_eq!(
        String::from(ja.slice(num(&c, "aStart") as u32, num(&c, "aEnd") as u32)),
        "soir"
    );
    assert_eq!(num(&c, "bStart"), num(&c, "bEnd"));
}

#[wasm_bindgen_test]
fn entities_offsets_are_utf16() {
    let analyser = Analyser::new();
    let text = "🤨 e\u{301}te\u{301} : « Nous irons », a déclaré Sergueï Lavrov lundi 27 octobre 2025 à Moscou.";
    let js = JsString::from(text);
    let report = analyser.entities(JsValue::from_str(text)).unwrap();
    let entities: js_sys::Array = get(&report, "entities").dyn_into().unwrap();
    let found: Vec<(String, String)> = entities
        .iter()
        .map(|e| {
            let piece = String::from(js.slice(num(&e, "start") as u32, num(&e, "end") as u32));
            (get(&e, "label").as_string().unwrap(), piece)
        })
        .collect();
    for want in [
        ("QUOTE", "« Nous irons »"),
        ("PER", "Sergueï Lavrov"),
        ("DATE", "lundi 27 octobre 2025"),
        ("LOC", "Moscou"),
    ] {
        assert!(
            found.contains(&(want.0.to_owned(), want.1.to_owned())),
            "{want:?} not in {found:?}"
        );
    }
    let quotes: js_sys::Array = get(&report, "quotes").dyn_into().unwrap();
    assert_eq!(
        get(&quotes.get(0), "speaker").as_string().as_deref(),
        Some("Sergueï Lavrov")
    );
}

#[wasm_bindgen_test]
fn non_strings_are_type_errors() {
    let analyser = Analyser::new();
    let is_type_error = |e: JsValue| e.is_instance_of::<js_sys::TypeError>();
    let error = analyser
        .stats(JsValue::from_f64(123.0), JsValue::UNDEFINED)
        .unwrap_err();
    let message = Reflect::get(&error, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        message.contains("text must be a string, not number"),
        "{message}"
    );
    assert!(is_type_error(error));
    assert!(is_type_error(
        analyser.entities(js_sys::Object::new().into()).unwrap_err()
    ));
    let mut finder = DuplicateFinder::new();
    assert!(is_type_error(
        finder.add(JsValue::from_f64(5.0), "x".into()).unwrap_err()
    ));
    assert!(is_type_error(
        finder.add("a".into(), JsValue::NULL).unwrap_err()
    ));
}

#[wasm_bindgen_test]
fn distinctive_terms_of_each_document_and_a_type_error_for_bad_input() {
    let analyser = Analyser::new();
    let docs = js_sys::JSON::parse(
        r#"[{"id":"a","text":"Le tramway de Brest roule. Le tramway transporte les Brestois."},
            {"id":"b","text":"Le budget de Brest est voté. Le budget augmente."}]"#,
    )
    .unwrap();
    let out: js_sys::Array = analyser
        .distinctive_terms(docs, JsValue::from_f64(3.0))
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(out.length(), 2);
    let first: js_sys::Array = get(&out.get(0), "terms").dyn_into().unwrap();
    assert_eq!(get(&first.get(0), "term").as_string().unwrap(), "tramway");
    assert_eq!(num(&first.get(0), "documents"), 1.0);
    let bad = analyser.distinctive_terms(JsValue::from_f64(5.0), JsValue::UNDEFINED);
    assert!(bad.unwrap_err().is_instance_of::<js_sys::TypeError>());
}

#[wasm_bindgen_test]
fn names_as_terms_through_javascript() {
    let analyser = Analyser::new();
    let text = "Claire Vautrin a parlé. La préfète Claire Vautrin a conclu. Vautrin est partie.";
    let options = js_sys::JSON::parse(r#"{"namesAsTerms": true}"#).unwrap();
    let stats = analyser
        .stats(JsValue::from_str(text), options)
        .expect("analysed");
    let first = js_sys::Array::from(&get(&get(&stats, "vocabulary"), "topTerms")).get(0);
    assert_eq!(
        get(&first, "term").as_string().as_deref(),
        Some("Claire Vautrin")
    );
    assert_eq!(num(&first, "count"), 2.0);
    assert_eq!(get(&first, "name").as_bool(), Some(true));
}

#[wasm_bindgen_test]
fn shared_quotations_mark_a_changed_word_in_utf16() {
    let analyser = Analyser::new();
    let wire = "🌧️ « Nous rouvrirons le pont de la Sorne dès lundi matin », a déclaré la préfète Hélène Marchal.";
    let outlet = "« Nous rouvrirons le pont de la Sorne mardi matin », a annoncé Hélène Marchal.";
    let docs = js_sys::Array::new();
    for (id, text) in [("wire", wire), ("outlet", outlet)] {
        let doc = js_sys::Object::new();
        Reflect::set(&doc, &"id".into(), &id.into()).unwrap();
        Reflect::set(&doc, &"text".into(), &text.into()).unwrap();
        docs.push(&doc);
    }
    let report = analyser.shared_quotations(docs.into()).unwrap();
    let quotations: js_sys::Array = get(&report, "quotations").dyn_into().unwrap();
    assert_eq!(quotations.length(), 1);
    let q = quotations.get(0);
    assert_eq!(
        get(&q, "speaker").as_string().as_deref(),
        Some("Hélène Marchal")
    );
    let copies: js_sys::Array = get(&q, "copies").dyn_into().unwrap();
    let change = js_sys::Array::from(&get(&copies.get(1), "changes")).get(0);
    let slice = |text: &str, a: &str, b: &str| {
        String::from(JsString::from(text).slice(num(&change, a) as u32, num(&change, b) as u32))
    };
    assert_eq!(slice(wire, "aStart", "aEnd"), "dès lundi");
    assert_eq!(slice(outlet, "bStart", "bEnd"), "mardi");
    let error = analyser
        .shared_quotations(JsValue::from_str("not an array"))
        .unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
}
