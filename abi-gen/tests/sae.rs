//! The SAE definitions format: the malformed corpus (one file per check, each giving exactly
//! its diagnostic at its `file:line`), the shipped file, hostile inputs, and the semantic diff
//! (a moved field is breaking, a new exit code additive).

use sae_kvm_abi_tests as t;
use std::path::{Path, PathBuf};

use abi_gen::Severity;
use abi_gen::diff::Class;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn shipped() -> String {
    std::fs::read_to_string(root().join("crates/sae-abi/defs/sae")).unwrap()
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/sae");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "sae"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_malformed_file_gives_exactly_its_diagnostic() {
    let files = corpus();
    assert!(files.len() >= 30, "corpus has {} files", files.len());
    let mut kinds = std::collections::BTreeSet::new();
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
        assert_eq!(sev, "error", "{label}");
        let line: u32 = line.parse().unwrap();
        assert!(abi_gen::is_sae(&text), "{label}: not detected as SAE");
        let parsed = abi_gen::sae::parse(&label, &text);
        let errors: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert_eq!(
            errors.len(),
            1,
            "{label}: expected exactly one error, got {errors:#?}"
        );
        let d = errors[0];
        assert_eq!((d.kind.as_str(), d.line), (kind, line), "{label}: {d}");
        assert!(
            d.to_string()
                .starts_with(&format!("{label}:{line}: error[{kind}]: "))
        );
        // Nothing is emitted from a file with errors.
        assert!(abi_gen::sae_to_rust(&label, &text).is_err());
        assert!(abi_gen::sae_to_c(&label, &text, None).is_err());
        kinds.insert(kind.to_string());
    }
    for k in [
        "bit-overlap",
        "bit-gap",
        "coverage",
        "misaligned",
        "duplicate",
        "duplicate-value",
        "out-of-range",
        "bad-attribute",
        "bad-name",
        "bad-number",
        "unknown-target",
        "block-structure",
        "token-count",
        "unhandled-statement",
    ] {
        assert!(kinds.contains(k), "no corpus file for {k}");
    }
}

#[test]
fn the_corpus_base_is_valid_so_each_file_tests_one_change() {
    // gap.sae with its one change undone is the base every corpus file derives from.
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/sae/gap.sae"),
    )
    .unwrap()
    .replace("Reserved 0x00a u8[6]", "Reserved 0x009 u8[7]");
    let p = abi_gen::sae::parse("base", &text);
    assert!(!p.has_errors(), "{:#?}", p.diagnostics);
}

#[test]
fn shipped_definitions_parse_and_describe_three_pages() {
    let p = abi_gen::sae::parse("defs/sae", &shipped());
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    let f = &p.file;
    assert_eq!(f.blocks.len(), 3);
    for b in &f.blocks {
        assert_eq!((b.size, b.align), (4096, 4096));
    }
    // Every fact line carries evidence; the newest tree's facts are marked as such.
    let icptr = f.codes.iter().find(|c| c.rust == "Icptr").unwrap();
    let mio = icptr.codes.iter().find(|c| c.value == 8).unwrap();
    assert_eq!(mio.name, "MIO_ADDRESS");
    assert_eq!(mio.alias.as_deref(), Some("SYSTEM_REGISTER"));
    let size = icptr.codes.iter().find(|c| c.value == 6).unwrap();
    assert_eq!(size.view.as_deref(), Some("hai"));
    let elr = f.places.iter().find(|p| p.reg == "ELR_EL1").unwrap();
    assert_eq!(
        (elr.at.clone(), elr.ev),
        (abi_gen::sae::Where::HostSasr, abi_gen::sae::Ev::Tree)
    );
}

#[test]
fn cli_lint_and_emitters() {
    let bin = env!("CARGO_BIN_EXE_abi-gen");
    let defs = root().join("crates/sae-abi/defs/sae");
    let ok = t::target_command(bin)
        .arg("lint")
        .arg(&defs)
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0));
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/sae/gap.sae");
    let out = t::target_command(bin)
        .arg("lint")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("gap.sae:6: error[bit-gap]: blk: "));
    let c = t::target_command(bin)
        .arg("sae-c")
        .arg(&defs)
        .output()
        .unwrap();
    assert_eq!(c.status.code(), Some(0));
    let c = String::from_utf8(c.stdout).unwrap();
    assert!(c.contains("_Static_assert(__builtin_offsetof(struct kvm_sae_block, pc) == 0x290"));
    let r = t::target_command(bin)
        .arg("sae-rust")
        .arg(&defs)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0));
    let r = t::target_command(bin)
        .arg("sae-rust")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1));
    assert!(r.stdout.is_empty());
}

#[test]
fn garbage_never_panics() {
    let base = shipped();
    let mut inputs: Vec<String> = [
        "",
        "Block",
        "Block a A 4096 align=4096 ev=posted\nUnion 0 0 ev=posted\nEndUnion\nEndBlock",
        "Block a A 18446744073709551615 align=0 ev=posted\nEndBlock",
        "Block a A 4096 align=4096 ev=posted\nField 0xffffffff u64[0xffffffff] x ev=posted\nEndBlock",
        "Codes X u8 prefix=P field=f ev=posted\nCode 0xffffffffffffffffff A ev=posted",
        "Place X block:a[99999999999999999999] ev=posted",
        "Place X block:. ev=posted",
        "Version \"\"\"",
        "Reset A B ev=posted",
        "\u{feff}Block \u{0}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Every prefix of the shipped file (unclosed blocks everywhere) and every line dropped.
    let lines: Vec<&str> = base.lines().collect();
    for n in (0..lines.len()).step_by(7) {
        inputs.push(lines[..n].join("\n"));
        let mut v = lines.clone();
        v.remove(n);
        inputs.push(v.join("\n"));
    }
    for i in &inputs {
        let p = abi_gen::sae::parse("x", i);
        for d in &p.diagnostics {
            let _ = d.to_string();
        }
        if !p.has_errors() {
            let _ = abi_gen::sae::emit_rust::emit("x", &p.file);
            let _ = abi_gen::sae::emit_c::emit(&p.file, &|_, _| None);
        }
    }
}

fn diff(old: &str, new: &str) -> abi_gen::diff::Diff {
    let (d, format) = abi_gen::diff::files("old", old, "new", new).unwrap();
    assert_eq!(format, "sae");
    d
}

#[test]
fn diff_identical_is_empty() {
    let s = shipped();
    assert_eq!(diff(&s, &s).exit_status(), 0);
}

#[test]
fn diff_moved_field_is_breaking() {
    let old = shipped();
    // Swap the scalar fields sp_el0 and sp_el1: both move.
    let new = old
        .replace("Field 0x298 u64 sp_el0", "Field 0x298 u64 sp_elX")
        .replace("Field 0x2a0 u64 sp_el1", "Field 0x2a0 u64 sp_el0")
        .replace("Field 0x298 u64 sp_elX", "Field 0x298 u64 sp_el1");
    let d = diff(&old, &new);
    assert_eq!(d.exit_status(), 2);
    let moved: Vec<_> = d
        .of_kind("field-moved")
        .map(|c| c.subject.as_str())
        .collect();
    assert_eq!(moved, ["kvm_sae_block.sp_el0", "kvm_sae_block.sp_el1"]);
    assert!(d.of_kind("field-moved").all(|c| c.class == Class::Breaking));
    // A resized field is breaking too.
    let d = diff(
        &old,
        &old.replace("Field 0x1f8 u32 wip", "Field 0x1f8 u64 wip")
            .replace("Reserved 0x1fc u32 ev=posted\n", ""),
    );
    assert_eq!(
        d.of_kind("field-resized").count(),
        1,
        "{}",
        d.render("a", "b", "sae")
    );
}

#[test]
fn diff_new_exit_code_with_a_view_is_additive() {
    let old = shipped();
    // A new code 0x0b with its own detail view carved out of the union: a definitions-only
    // change.
    let new = old
        .replace(
            "Field 0x400 u8 tir ev=posted",
            "View stop 0x400 StopInfo accessor=stop_info ev=tree \"stop details\"\nField 0x400 u32 reason ev=tree \"why\"\nEndView\nField 0x400 u8 tir ev=posted",
        )
        .replace(
            "Code 0x0a MAINTENANCE ev=posted meaning=inferred \"GIC maintenance\"",
            "Code 0x0a MAINTENANCE ev=posted meaning=inferred \"GIC maintenance\"\nCode 0x0b NEW_EXIT ev=tree view=stop \"a new exit\"",
        );
    let p = abi_gen::sae::parse("new", &new);
    assert!(!p.has_errors(), "{:#?}", p.diagnostics);
    let d = diff(&old, &new);
    assert_eq!(d.exit_status(), 1, "{}", d.render("old", "new", "sae"));
    let added: Vec<_> = d
        .of_kind("code-added")
        .map(|c| c.subject.as_str())
        .collect();
    assert_eq!(added, ["SAE_ICPTR_NEW_EXIT"]);
    assert_eq!(
        d.of_kind("field-added")
            .map(|c| c.subject.as_str())
            .collect::<Vec<_>>(),
        ["kvm_sae_block.stop.reason"]
    );
    // The generated Rust has the view, its accessor and the enum variant.
    let rust = abi_gen::sae_to_rust("new", &new).unwrap();
    assert!(rust.contains("pub struct StopInfo"));
    assert!(rust.contains("pub fn stop_info(&self) -> &StopInfo"));
    assert!(rust.contains("NewExit = SAE_ICPTR_NEW_EXIT"));
}

#[test]
fn diff_other_changes() {
    let old = shipped();
    // The tree's rename with the old name kept as an alias is additive.
    let posted = old.replace(
        "Code 0x08 MIO_ADDRESS ev=tree alias=SYSTEM_REGISTER",
        "Code 0x08 SYSTEM_REGISTER ev=posted",
    );
    let d = diff(&posted, &old);
    assert_eq!(d.exit_status(), 1, "{}", d.render("posted", "tree", "sae"));
    assert_eq!(d.of_kind("code-renamed").count(), 1);
    // Dropping the alias as well is breaking.
    let no_alias = old.replace(" alias=SYSTEM_REGISTER", "");
    assert_eq!(diff(&posted, &no_alias).of_kind("code-removed").count(), 1);
    // A renumbered QAAF index, a changed opcode and a moved register are breaking.
    let d = diff(
        &old,
        &old.replace("Qaaf 0x02 MIDR_EL1", "Qaaf 0x03 MIDR_EL1")
            .replace("Insn SAE 0xb9a5", "Insn SAE 0xb9a4")
            .replace("Place ESR_EL1 save-area", "Place ESR_EL1 host"),
    );
    assert_eq!(d.exit_status(), 2);
    for k in ["qaaf-index-changed", "opcode-changed", "register-moved"] {
        assert_eq!(d.of_kind(k).count(), 1, "{k}");
    }
    // Evidence only: additive.
    let d = diff(
        &old,
        &old.replace(
            "Place FPCR block:fpcr ev=posted",
            "Place FPCR block:fpcr ev=tree",
        ),
    );
    assert_eq!(d.exit_status(), 1);
    assert_eq!(d.of_kind("evidence-changed").count(), 1);
    // The CLI says the same, and refuses to compare an SAE file with a sysreg file.
    let dir = std::env::temp_dir().join(format!("abi-gen-sae-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("old"), &posted).unwrap();
    std::fs::write(dir.join("new"), &no_alias).unwrap();
    let bin = env!("CARGO_BIN_EXE_abi-gen");
    let out = t::target_command(bin)
        .arg("diff")
        .arg(dir.join("old"))
        .arg(dir.join("new"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let mixed = t::target_command(bin)
        .arg("diff")
        .arg(dir.join("old"))
        .arg(root().join("crates/arm64-uapi/defs/smccc"))
        .output()
        .unwrap();
    assert_eq!(mixed.status.code(), Some(3));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_and_regen_follow_the_sae_definitions() {
    // One regeneration command: `abi-gen regen` rewrites sae-abi.h from defs/sae, and
    // `abi-gen check` fails while the header is stale.
    let tree = std::env::temp_dir().join(format!("abi-gen-sae-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tree);
    let rels = abi_gen::report::ARTIFACTS.iter().map(|a| a.path).chain([
        abi_gen::report::SYSREG_DEFS,
        abi_gen::report::SMCCC_DEFS,
        abi_gen::report::SAE_DEFS,
    ]);
    for rel in rels {
        let dst = tree.join(rel);
        std::fs::create_dir_all(dst.parent().unwrap()).unwrap();
        std::fs::copy(root().join(rel), dst).unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_abi-gen");
    let run = |cmd: &str| {
        t::target_command(bin)
            .arg("--root")
            .arg(&tree)
            .arg(cmd)
            .output()
            .unwrap()
    };
    assert_eq!(run("check").status.code(), Some(0));
    let defs = tree.join(abi_gen::report::SAE_DEFS);
    let text = std::fs::read_to_string(&defs)
        .unwrap()
        .replace("Const QAAF_FC_GISRSA 2", "Const QAAF_FC_GISRSA 3");
    std::fs::write(&defs, text).unwrap();
    let stale = run("check");
    assert_eq!(stale.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&stale.stdout)
            .contains("STALE       crates/sae-abi/include/sae-abi.h")
    );
    assert_eq!(run("regen").status.code(), Some(0));
    assert_eq!(run("check").status.code(), Some(0));
    let h = std::fs::read_to_string(tree.join(abi_gen::sae::emit_c::HEADER_PATH)).unwrap();
    assert!(h.contains("#define QAAF_FC_GISRSA 0x03"), "{h}");
    let _ = std::fs::remove_dir_all(&tree);
}
