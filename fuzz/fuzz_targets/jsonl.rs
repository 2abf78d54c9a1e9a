//! The JSON Lines reader (the CLI's, which reads as the page does) on any bytes: a line is a
//! document or an error message, never a panic, and a document read back from its own JSON is the
//! same document.
#![no_main]
use article_analyser::jsonl::parse_line;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for (n, line) in text.lines().enumerate() {
        if let Ok(doc) = parse_line(line, n + 1) {
            let again = serde_json::json!({ "id": doc.id, "text": doc.text }).to_string();
            assert_eq!(
                parse_line(&again, n + 1).expect("its own JSON reads back"),
                doc
            );
        }
    }
});
