//! A corpus of malformed definition files, one per check. Each file's first line says what
//! it must produce under `Strictness::Kernel`: `# expect: <error|warning> <kind> <line>`. The
//! diagnostic must carry that kind, severity and `file:line`, and no other error may be
//! reported. Under `Strictness::Strict` the same diagnostic is an error.
//!
//! The severities are checked against the kernel's own generator too: where the newest kernel's
//! `gen-sysreg.awk` accepts a corpus file, abi-gen has no error (outside the documented
//! exceptions) and emits the same macros.

use std::path::Path;

use abi_gen::Severity;
use sae_kvm_abi_tests as t;

fn corpus() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/malformed");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "sysreg"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_malformed_file_gives_exactly_its_diagnostic() {
    let files = corpus();
    assert!(files.len() >= 30, "corpus has {} files", files.len());
    for path in files {
        let label = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let header = text.lines().next().unwrap();
        let want: Vec<&str> = header
            .strip_prefix("# expect: ")
            .expect("expect header")
            .split(' ')
            .collect();
        let [sev, kind, line] = want[..] else {
            panic!("{label}: bad header")
        };
        let line: u32 = line.parse().unwrap();
        let sev = if sev == "error" {
            Severity::Error
        } else {
            Severity::Warning
        };

        let strict = abi_gen::sysreg::parse_with(&label, &text, abi_gen::Strictness::Strict);
        assert!(
            strict
                .diagnostics
                .iter()
                .any(|d| d.kind.as_str() == kind && d.line == line)
                && strict
                    .diagnostics
                    .iter()
                    .all(|d| d.severity == Severity::Error),
            "{label}: strict mode must make every diagnostic an error: {:#?}",
            strict.diagnostics
        );
        let parsed = abi_gen::sysreg::parse(&label, &text);
        let hit = parsed
            .diagnostics
            .iter()
            .find(|d| d.kind.as_str() == kind && d.line == line && d.severity == sev);
        let Some(hit) = hit else {
            panic!(
                "{label}: expected {sev:?} {kind} at line {line}, got {:#?}",
                parsed.diagnostics
            );
        };
        let rendered = hit.to_string();
        assert!(
            rendered.starts_with(&format!("{label}:{line}: ")),
            "{rendered}"
        );
        assert!(
            hit.register.is_some(),
            "{label}: diagnostic names no register: {rendered}"
        );
        let other_errors: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && !std::ptr::eq(*d, hit))
            .collect();
        assert!(
            other_errors.is_empty(),
            "{label}: unexpected extra errors {other_errors:#?}"
        );
        assert_eq!(parsed.has_errors(), sev == Severity::Error, "{label}");
    }
}

#[test]
fn lint_exit_status_follows_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/malformed");
    let bin = env!("CARGO_BIN_EXE_abi-gen");
    let err = t::target_command(bin)
        .arg("lint")
        .arg(dir.join("bit-gap.sysreg"))
        .output()
        .unwrap();
    assert_eq!(err.status.code(), Some(1));
    let text = String::from_utf8(err.stdout).unwrap();
    assert!(
        text.contains("bit-gap.sysreg:4: error[bit-gap]: FOO_EL1.A: starts at 6 not 7"),
        "{text}"
    );
    let warn = t::target_command(bin)
        .arg("lint")
        .arg(dir.join("enumerator-digits.sysreg"))
        .output()
        .unwrap();
    assert_eq!(warn.status.code(), Some(0), "warnings alone exit 0");
    let strict = t::target_command(bin)
        .args(["lint", "--strict"])
        .arg(dir.join("enumerator-digits.sysreg"))
        .output()
        .unwrap();
    assert_eq!(
        strict.status.code(),
        Some(1),
        "--strict: a warning is an error"
    );
    assert!(String::from_utf8_lossy(&strict.stdout).contains(": error[enumerator-digits]"));
    let c = t::target_command(bin)
        .arg("sysreg-c")
        .arg(dir.join("coverage-bit0.sysreg"))
        .output()
        .unwrap();
    assert_eq!(c.status.code(), Some(1));
    assert!(
        c.stdout.is_empty(),
        "nothing emitted for a file with errors"
    );
    assert!(String::from_utf8_lossy(&c.stderr).contains("bits 0:0 are not described"));
    let usage = t::target_command(bin).arg("frobnicate").output().unwrap();
    assert_eq!(usage.status.code(), Some(64), "EX_USAGE");
}

#[test]
fn garbage_never_panics() {
    // A few hostile inputs; the fuzz target covers the rest.
    let inputs = [
        "",
        "\n\n",
        "Sysreg",
        "EndSysreg",
        "Enum 3:0 X\n\t0b1 A\nEndEnum",
        "Field 99999999999:0 X",
        "Sysreg A 3 0 0 0 0\nField 63:0 B\nEndSysreg\nSysreg A 3 0 0 0 0",
        "\u{feff}Sysreg \u{0}",
        "Sysreg X 3 0 0 0 0\nPrefix P\nPrefix Q\nEndSysreg",
        "Sysreg X 3 0 0 0 0\nMapping X\nEndSysreg",
        "Sysreg X 3 0 0 0 0\n0b0 A\nRes0 :\nRes0 1:\nRes0 :1\nEndSysreg",
    ];
    for i in inputs {
        let p = abi_gen::sysreg::parse("x", i);
        if !p.has_errors() {
            let _ = abi_gen::sysreg::emit_c::emit(&p.file);
            let _ = abi_gen::sysreg::emit_rust::emit("x", &p.file);
        }
    }
}

/// Kinds that stay errors under `Strictness::Kernel` although the kernel's generator copies
/// the text into C unchecked: no register encoding, C identifier or enumerator value exists
/// for them (the kernel would emit macros that do not mean what they say).
const KERNEL_ACCEPTS_WE_REJECT: &[&str] = &["bad-number", "encoding-range", "bad-name"];
/// Layouts the model cannot hold: `Fields` after `Prefix` blocks (awk resets its bit counter
/// at `EndPrefix`); a register and a layout of one name (their macros clash).
const KERNEL_ACCEPTS_WE_REJECT_FILES: &[&str] = &[
    "fields-after-prefix.sysreg",
    "register-named-like-layout.sysreg",
];
/// Kinds Linux 7.2's generator rejects but Linux 6.1–6.12's accepted, and their files use.
const KERNEL_REJECTS_WE_WARN: &[&str] = &["duplicate-value"];

#[test]
fn kernel_mode_accepts_what_gen_sysreg_awk_accepts() {
    let Some(awk) = sae_kvm_abi_tests::kernel_file(
        sae_kvm_abi_tests::NEWEST,
        "arch/arm64/tools/gen-sysreg.awk",
    ) else {
        return;
    };
    let k = sae_kvm_abi_tests::newest_version();
    let (mut agree, mut same_c) = (0, 0);
    for path in corpus() {
        let label = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let kind = text.lines().next().unwrap().split(' ').nth(3).unwrap();
        let out = std::process::Command::new("awk")
            .arg("-f")
            .arg(&awk)
            .arg(&path)
            .output()
            .unwrap();
        let awk_ok = out.status.success();
        let parsed = abi_gen::sysreg::parse(&label, &text);
        let ours_ok = !parsed.has_errors();
        if awk_ok && !ours_ok {
            assert!(
                KERNEL_ACCEPTS_WE_REJECT.contains(&kind)
                    || KERNEL_ACCEPTS_WE_REJECT_FILES.contains(&label.as_str()),
                "{label}: {k} accepts it, abi-gen errors: {:#?}",
                parsed.diagnostics
            );
        } else if !awk_ok && ours_ok {
            assert!(
                KERNEL_REJECTS_WE_WARN.contains(&kind),
                "{label}: {k} rejects it ({}), abi-gen accepts",
                String::from_utf8_lossy(&out.stderr)
            );
        } else {
            agree += 1;
        }
        if awk_ok && ours_ok {
            let ours = abi_gen::sysreg::emit_c::emit(&parsed.file);
            assert_eq!(
                String::from_utf8(out.stdout).unwrap(),
                ours,
                "{label}: {k} and abi-gen emit different C"
            );
            same_c += 1;
        }
    }
    eprintln!(
        "corpus vs gen-sysreg.awk of {k}: {agree} agree on accept/reject, {same_c} emit identical C"
    );
    assert!(same_c >= 8, "{same_c}");
}

/// A warning that says "only the encoding is generated" is what the Rust emitter does: one
/// `No layout` module per such register, and none elsewhere. (The emitter once resolved
/// `Fields FOO_EL1` to the register FOO_EL1's layout while `check` said encoding only.)
#[test]
fn encoding_only_warnings_match_the_emitted_rust() {
    let mut checked = 0;
    for path in corpus() {
        let label = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed = abi_gen::sysreg::parse(&label, &text);
        if parsed.has_errors() {
            continue;
        }
        let mut warned: Vec<&str> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("only the encoding is generated"))
            .filter_map(|d| d.register.as_deref())
            .collect();
        warned.sort_unstable();
        warned.dedup();
        let rust = abi_gen::sysreg::emit_rust::emit_with_source(&label, "0", &parsed.file);
        assert_eq!(
            rust.matches("No layout: ").count(),
            warned.len(),
            "{label}: encoding-only registers per check: {warned:?}\n{rust}"
        );
        checked += 1;
    }
    assert!(
        checked >= 5,
        "only {checked} corpus files parse with warnings only"
    );
}
