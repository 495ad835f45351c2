//! Differential test: random valid sysreg files (`abi_gen::sysreg::random`) through Linux
//! the newest kernel's own `gen-sysreg.awk` (Linux 7.2 when written) and through `abi-gen`; every macro must be the same, in the same
//! order, with the same text.
//!
//! `SYSREG_RANDOM_FILES` (default 1000) files from `SYSREG_RANDOM_SEED` (default fixed), file
//! `i` from seed `SEED + i`. A failing file is kept under `target/random-sysreg/` with its
//! seed in the name, to rerun alone with `SYSREG_RANDOM_SEED=<seed> SYSREG_RANDOM_FILES=1`.

use std::process::Command;
use std::time::Instant;

use abi_gen::sysreg::random::{self, SplitMix64};
use sae_kvm_abi_tests as t;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .map(|v| {
            let v = v.trim();
            match v.strip_prefix("0x") {
                Some(h) => u64::from_str_radix(h, 16),
                None => v.parse(),
            }
            .unwrap_or_else(|e| panic!("{name}={v}: {e}"))
        })
        .unwrap_or(default)
}

/// `(name, value)` of every `#define`, in order (values with blanks collapsed).
fn macros(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.strip_prefix("#define "))
        .map(|l| {
            let mut parts = l.splitn(2, [' ', '\t']);
            let name = parts.next().unwrap_or("").to_string();
            let value = parts
                .next()
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            (name, value)
        })
        .collect()
}

#[test]
fn random_valid_files_match_the_newest_gen_sysreg_awk() {
    let Some(awk) = t::kernel_file(t::NEWEST, "arch/arm64/tools/gen-sysreg.awk") else {
        return;
    };
    let seed = env_u64("SYSREG_RANDOM_SEED", 0x5ae_c0de);
    let files = env_u64("SYSREG_RANDOM_FILES", 1000);
    let dir = t::root().join("target/random-sysreg");
    std::fs::create_dir_all(&dir).unwrap();
    let start = Instant::now();
    let (mut macros_total, mut lines_total, mut warned, mut differing) = (0usize, 0usize, 0, 0);
    let mut directives = std::collections::BTreeMap::<String, usize>::new();
    let mut failures = Vec::new();
    let mut max_digits = 0;
    for i in 0..files {
        let s = seed.wrapping_add(i);
        let text = random::generate(&mut SplitMix64(s), &random::Options::default());
        lines_total += text.lines().count();
        for l in text.lines() {
            let toks: Vec<&str> = l.split_whitespace().collect();
            if toks.len() >= 2 && !toks[0].starts_with('#') {
                let digits = toks[0].strip_prefix("0b").map_or(0, str::len);
                max_digits = max_digits.max(digits);
                if toks[1] == "63:0" {
                    *directives.entry("(64-bit item)".into()).or_default() += 1;
                }
                if toks[1].parse::<u8>().is_ok() {
                    *directives.entry("(1-bit item)".into()).or_default() += 1;
                }
            }
            if let Some(kw) = l.split_whitespace().next() {
                if !kw.starts_with('#') {
                    let kw = if kw.starts_with("0b") { "0b…" } else { kw };
                    *directives.entry(kw.to_string()).or_default() += 1;
                }
            }
        }
        let path = dir.join(format!("seed-{s:#x}.sysreg"));
        std::fs::write(&path, &text).unwrap();
        let out = Command::new("awk")
            .arg("-f")
            .arg(&awk)
            .arg(&path)
            .output()
            .unwrap();
        let parsed = abi_gen::sysreg::parse(&path.display().to_string(), &text);
        if !out.status.success() || parsed.has_errors() {
            failures.push(format!(
                "{}: awk {} ({}), abi-gen errors {:?}",
                path.display(),
                out.status,
                String::from_utf8_lossy(&out.stderr).trim(),
                parsed
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == abi_gen::Severity::Error)
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
            ));
            continue;
        }
        warned += usize::from(!parsed.diagnostics.is_empty());
        let kernel = String::from_utf8(out.stdout).unwrap();
        let ours = abi_gen::sysreg::emit_c::emit(&parsed.file);
        let (km, om) = (macros(&kernel), macros(&ours));
        macros_total += km.len();
        let diff = km.len().abs_diff(om.len()) + km.iter().zip(&om).filter(|(a, b)| a != b).count();
        differing += diff;
        if diff > 0 || kernel != ours {
            let first = km
                .iter()
                .zip(&om)
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("kernel {a:?}, abi-gen {b:?}"));
            failures.push(format!(
                "{}: {diff} differing macros (kernel {}, abi-gen {}); first: {first:?}",
                path.display(),
                km.len(),
                om.len()
            ));
            continue;
        }
        std::fs::remove_file(&path).unwrap();
    }
    let elapsed = start.elapsed();
    eprintln!(
        "random sysreg vs gen-sysreg.awk of {}: seed {seed:#x}, {files} files, {lines_total} \
         lines, {macros_total} macros compared, {differing} differing, {} failing files, {warned} \
         files with kernel-mode warnings, {:.1} s",
        t::newest_version(),
        failures.len(),
        elapsed.as_secs_f64()
    );
    eprintln!("directives generated: {directives:?}");
    assert!(
        failures.is_empty(),
        "{}: {}",
        t::newest_version(),
        failures.join("\n")
    );
    assert_eq!(differing, 0);
    // The generator exercises the whole grammar.
    if files >= 100 {
        for kw in [
            "Sysreg",
            "EndSysreg",
            "SysregFields",
            "EndSysregFields",
            "Fields",
            "Mapping",
            "Prefix",
            "EndPrefix",
            "Res0",
            "Res1",
            "Unkn",
            "Raz",
            "Field",
            "Enum",
            "UnsignedEnum",
            "SignedEnum",
            "EndEnum",
            "0b…",
            "(64-bit item)",
            "(1-bit item)",
        ] {
            assert!(
                directives.get(kw).copied().unwrap_or(0) > 0,
                "never generated {kw}"
            );
        }
        assert_eq!(max_digits, 64, "a 64-bit enumerator literal");
    }
}

#[test]
fn generated_files_are_deterministic_per_seed_and_differ_across_seeds() {
    let opts = random::Options::default();
    let a = random::generate(&mut SplitMix64(7), &opts);
    assert_eq!(a, random::generate(&mut SplitMix64(7), &opts));
    assert_ne!(a, random::generate(&mut SplitMix64(8), &opts));
    // Any bytes give a valid file too (the fuzz target's structured mode).
    for bytes in [
        &[][..],
        &[0xff; 3][..],
        b"any bytes at all, steering the structure",
    ] {
        let text = random::generate(&mut random::ByteEntropy::new(bytes), &opts);
        let p = abi_gen::sysreg::parse("bytes", &text);
        assert!(!p.has_errors(), "{text}\n{:#?}", p.diagnostics);
    }
}
