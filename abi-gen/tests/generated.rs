//! The generated Rust as a reviewer sees it, and the hash that ties it to its definitions.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The checked-in generated Rust, relative to the workspace root.
const GENERATED_RUST: &[&str] = &[
    "crates/arm64-uapi/src/generated/sysreg.rs",
    "crates/arm64-uapi/src/generated/smccc.rs",
    "crates/sae-abi/src/generated/sae.rs",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// `abi_gen::sha256::hex` against coreutils `sha256sum` (skipped where it is missing), on the
/// FIPS 180-4 padding edge cases and the shipped definitions.
#[test]
fn sha256_matches_sha256sum() {
    let dir = std::env::temp_dir().join(format!("abi-gen-sha256-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut inputs: Vec<Vec<u8>> = [0usize, 1, 3, 55, 56, 63, 64, 65, 119, 120, 1000]
        .iter()
        .map(|&n| (0..n).map(|i| (i * 7 + 3) as u8).collect())
        .collect();
    inputs.push(std::fs::read(root().join("crates/arm64-uapi/defs/sysreg")).unwrap());
    for (i, data) in inputs.iter().enumerate() {
        let f = dir.join(format!("in{i}"));
        std::fs::write(&f, data).unwrap();
        let Ok(out) = Command::new("sha256sum").arg(&f).output() else {
            eprintln!("sha256sum not found: skipped");
            return;
        };
        let text = String::from_utf8(out.stdout).unwrap();
        let theirs = text.split_whitespace().next().unwrap();
        assert_eq!(abi_gen::sha256::hex(data), theirs, "{} bytes", data.len());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The checked-in generated files are exactly what `rustfmt` makes of them (skipped where
/// `rustfmt` is missing), and carry no line longer than 100 columns.
#[test]
fn generated_rust_is_rustfmt_clean() {
    for name in GENERATED_RUST {
        let path = root().join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let long: Vec<&str> = text.lines().filter(|l| l.chars().count() > 100).collect();
        assert!(long.is_empty(), "{name}: lines past 100 columns: {long:#?}");
        match Command::new("rustfmt")
            .args(["--check", "--edition", "2024"])
            .arg(&path)
            .output()
        {
            Ok(out) => assert!(
                out.status.success(),
                "{name} is not rustfmt-clean:\n{}",
                String::from_utf8_lossy(&out.stdout)
            ),
            Err(_) => eprintln!("rustfmt not found: skipped"),
        }
    }
}

/// A string literal the emitters continue on the next line (`\` line continuation, which
/// drops the next line's leading whitespace) breaks after a space, so no two words of the value
/// are glued together; and the generated doc text has no sentence run into the next (a
/// note of the emitters that does not follow a full stop).
#[test]
fn generated_text_joins_words_and_sentences() {
    let notes = [
        " The reading is",
        " Only in the kvms390",
        " Inferred.",
        " Details: `",
        " Formerly `",
    ];
    for name in GENERATED_RUST {
        let text = std::fs::read_to_string(root().join(name)).unwrap();
        for (n, l) in text.lines().enumerate() {
            if let Some(body) = l.strip_suffix('\\') {
                assert!(
                    body.ends_with(' ') && !body.ends_with("  "),
                    "{name}:{}: a continued string must break after one space: `{l}`",
                    n + 1
                );
            }
            for note in notes {
                for (i, _) in l.match_indices(note) {
                    let before = &l[..i];
                    assert!(
                        before.trim().is_empty() || before.ends_with(['.', '/']),
                        "{name}:{}: `{note}` follows a sentence without a full stop: `{l}`",
                        n + 1
                    );
                }
            }
        }
    }
}

/// Every generated doc comment names the ABI item once: no bracketed bit ranges (rustdoc reads
/// `[15:0]` as a link) and at most two doc lines per item.
#[test]
fn generated_docs_are_short_and_link_free() {
    for name in GENERATED_RUST {
        let text = std::fs::read_to_string(root().join(name)).unwrap();
        let mut run = 0;
        for l in text.lines() {
            let l = l.trim_start();
            if let Some(d) = l.strip_prefix("///") {
                run += 1;
                assert!(
                    !d.contains("bits [") && !d.contains("bit ["),
                    "{name}: bracketed bits in `{l}`"
                );
            } else {
                run = 0;
            }
            assert!(run <= 3, "{name}: more than three doc lines before `{l}`");
        }
    }
}
