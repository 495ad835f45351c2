//! The generated Rust as a reviewer sees it, and the hash that ties it to its definitions.

use std::path::{Path, PathBuf};
use std::process::Command;

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
    for name in ["sysreg.rs", "smccc.rs"] {
        let path = root().join("crates/arm64-uapi/src/generated").join(name);
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

/// Every generated doc comment names the ABI item once: no bracketed bit ranges (rustdoc reads
/// `[15:0]` as a link) and at most two doc lines per item.
#[test]
fn generated_docs_are_short_and_link_free() {
    for name in ["sysreg.rs", "smccc.rs"] {
        let text =
            std::fs::read_to_string(root().join("crates/arm64-uapi/src/generated").join(name))
                .unwrap();
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
