//! Inputs the walk and the reader must name and get past: limits on size, text that is not UTF-8,
//! byte-order marks, directories that cannot be read, and links inside directories.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use crate::cli::{newsgraph, stderr, with_stdin};
use crate::support::scratch_dir;

const ARTICLE: &str = "date 2024-06-03 Harbour reopens\n\nThe harbour of Kestrel Bay reopened on Monday, port director Ingrid Solberg said.\n";

#[test]
fn a_document_over_the_limit_is_rejected_alone_and_the_batch_goes_on() {
    let dir = scratch_dir("inputs-document-limit");
    fs::write(dir.join("short.txt"), ARTICLE).unwrap();
    let long = format!("{ARTICLE}{}", "More words follow here. ".repeat(20));
    fs::write(dir.join("long.txt"), &long).unwrap();
    let line = serde_json::json!({"id": "long-line", "text": "x".repeat(400)}).to_string();
    fs::write(dir.join("lines.jsonl"), format!("{line}\n{}\n", serde_json::json!({"text": ARTICLE}))).unwrap();
    let output = newsgraph(&["extract", dir.to_str().unwrap(), "--max-document-bytes", "300"]);
    let messages = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{messages}");
    let expected = format!("long.txt: the document has {} bytes, more than 300 (--max-document-bytes)", long.len());
    assert!(messages.contains(&expected), "{messages}");
    assert!(messages.contains("lines.jsonl:1: the document has 400 bytes"), "{messages}");
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 2, "the short documents are extracted");
}

#[test]
fn standard_input_beyond_its_cap_is_refused_instead_of_filling_the_memory() {
    let output = with_stdin(&["extract", "-", "--max-input-bytes", "1000"], "word ".repeat(1000).as_bytes());
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("-: longer than 1000 bytes (--max-input-bytes)"), "{}", stderr(&output));
}

#[test]
fn utf16_is_named_with_its_remedy() {
    let dir = scratch_dir("inputs-utf16");
    let utf16 = |text: &str, big_endian: bool| -> Vec<u8> {
        let units = text.encode_utf16();
        units.flat_map(|unit| if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() }).collect()
    };
    fs::write(dir.join("marked.txt"), [&[0xFF, 0xFE][..], &utf16(ARTICLE, false)].concat()).unwrap();
    fs::write(dir.join("unmarked.txt"), utf16(ARTICLE, true)).unwrap();
    let output = newsgraph(&["extract", dir.to_str().unwrap()]);
    let messages = stderr(&output);
    assert!(messages.contains("marked.txt: UTF-16 text (little-endian), convert it to UTF-8"), "{messages}");
    assert!(messages.contains("unmarked.txt: UTF-16 text (big-endian), convert it to UTF-8"), "{messages}");
}

#[test]
fn a_byte_order_mark_is_accepted_in_json_as_in_text() {
    let dir = scratch_dir("inputs-bom");
    let document = serde_json::json!({"id": "marked", "text": ARTICLE}).to_string();
    for name in ["a.json", "b.jsonl"] {
        fs::write(dir.join(name), format!("\u{feff}{document}\n")).unwrap();
    }
    fs::write(dir.join("c.txt"), format!("\u{feff}{ARTICLE}")).unwrap();
    let output = newsgraph(&["extract", dir.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 3);
}

#[test]
fn the_walk_reports_links_and_unreadable_folders_and_goes_on() {
    let dir = scratch_dir("inputs-walk");
    let batch = dir.join("batch");
    fs::create_dir_all(batch.join("locked")).unwrap();
    fs::create_dir_all(batch.join("open")).unwrap();
    fs::write(batch.join("open/a.txt"), ARTICLE).unwrap();
    fs::write(batch.join("locked/b.txt"), ARTICLE).unwrap();
    fs::write(dir.join("outside.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink("../outside.txt", batch.join("linked.txt")).unwrap();
    std::os::unix::fs::symlink("../batch", batch.join("loop")).unwrap();
    fs::set_permissions(batch.join("locked"), fs::Permissions::from_mode(0o000)).unwrap();
    let unreadable = fs::read_dir(batch.join("locked")).is_err();
    let output = newsgraph(&["extract", batch.to_str().unwrap()]);
    fs::set_permissions(batch.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
    let messages = stderr(&output);
    assert!(messages.contains("linked.txt: skipped: a symbolic link inside a directory"), "{messages}");
    assert!(messages.contains("loop: skipped: a symbolic link inside a directory"), "{messages}");
    let lines = String::from_utf8(output.stdout).unwrap().lines().count();
    if unreadable {
        assert!(messages.contains("locked: Permission denied"), "{messages}");
        assert_eq!((output.status.code(), lines), (Some(1), 1), "{messages}");
    } else {
        eprintln!("note: running as root, every folder is readable");
        assert_eq!((output.status.code(), lines), (Some(0), 2), "{messages}");
    }
}
