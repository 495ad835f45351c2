//! Every generated C header under `crates/arm64-uapi/include/` against the Rust items it comes
//! from. gcc compiles each header (`-Wall -Wextra -Werror`; gnu11, c17 and C++17) and lists every macro it defines
//! (`-dM`); a generated C program prints each macro's value; each must equal the value of its
//! Rust item, and the two name sets must be equal (a macro without an item, such as a name
//! glued to its value, fails, and so does an item without a macro).
//!
//! The expected names are derived from the crate's own tables, not from the C emitter:
//! - `arm64-uapi.h` sysreg macros from `arm64_uapi::sysreg::{all, shared_layouts}` with the
//!   naming of the kernel's `gen-sysreg.awk` (`REG_R`, `SYS_R`, `SYS_R_Op0`..`_Op2`,
//!   `L_F`/`_MASK`/`_SHIFT`/`_WIDTH`/`_SIGNED`, `L_F_VALUE`, `L_RES0`/`_RES1`/`_UNKN`,
//!   `P_R_F` for a `Prefix P` layout);
//! - the SMCCC macros from `arm64_uapi::smccc::C_MACROS`, whose values are the Rust items
//!   (`FunctionId` constants computed by `FunctionId::smccc`, return codes, values).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use arm64_uapi::sysreg::{FieldSign, Layout};
use sae_kvm_abi_tests as t;

/// An expected macro value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Val {
    /// An integer (compared as the 64-bit pattern).
    Int(u64),
    /// A token sequence (the `REG_*` assembler names).
    Text(String),
}

fn include_dir() -> PathBuf {
    t::root().join("crates/arm64-uapi/include")
}

/// The object-like and function-like macros `gcc -dM` reports for `src`, minus gcc's own.
fn macros_of(tag: &str, src: &str) -> (BTreeMap<String, String>, BTreeSet<String>) {
    let dir = t::root().join("target/c-oracle");
    std::fs::create_dir_all(&dir).unwrap();
    let dump = |name: &str, text: &str| -> BTreeMap<String, String> {
        let path = dir.join(format!("{name}.c"));
        std::fs::write(&path, text).unwrap();
        let out = Command::new("gcc")
            .args(["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-E", "-dM"])
            .arg(&path)
            .output()
            .expect("run gcc");
        assert!(
            out.status.success(),
            "gcc rejects {}:\n{}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| l.strip_prefix("#define "))
            .map(|d| match d.split_once(' ') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => (d.to_string(), String::new()),
            })
            .collect()
    };
    // gcc's predefined macros and what <stdbool.h> adds (the sysreg header includes it).
    let base = dump(&format!("{tag}-base"), "#include <stdbool.h>\n");
    let all = dump(tag, src);
    // The header compiles cleanly, as C11 and as ISO C17 with GNU extensions off for the
    // value checks (binary literals are a GNU extension before C23, so not -pedantic).
    for (cc, std, lang) in [
        ("gcc", "-std=gnu11", "c"),
        ("gcc", "-std=c17", "c"),
        ("g++", "-std=c++17", "c++"),
    ] {
        let path = dir.join(format!("{tag}.c"));
        let out = Command::new(cc)
            .args([
                "-x",
                lang,
                std,
                "-Wall",
                "-Wextra",
                "-Werror",
                "-fsyntax-only",
            ])
            .arg(&path)
            .output()
            .expect("run gcc");
        assert!(
            out.status.success(),
            "gcc {std} rejects {}:\n{}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut objects = BTreeMap::new();
    let mut functions = BTreeSet::new();
    for (n, v) in all {
        if base.contains_key(&n) {
            continue;
        }
        match n.split_once('(') {
            Some((f, _)) => {
                functions.insert(f.to_string());
            }
            None => {
                objects.insert(n, v);
            }
        }
    }
    (objects, functions)
}

/// Compile and run a program printing every name of `expected` (with `header` included after
/// `prelude`), and return the names whose printed value differs, with both values.
fn evaluate(tag: &str, header: &Path, expected: &BTreeMap<String, Val>) -> Vec<String> {
    let mut prog = format!(
        "#include <stdio.h>\n#include \"{}\"\n#define SAE_STR_(x) #x\n#define SAE_STR(x) SAE_STR_(x)\n",
        header.display()
    );
    prog.push_str("static const struct { const char *n; unsigned long long v; } ints[] = {\n");
    for (n, v) in expected {
        if let Val::Int(_) = v {
            prog.push_str(&format!("  {{\"{n}\", (unsigned long long)({n})}},\n"));
        }
    }
    prog.push_str("};\nstatic const struct { const char *n; const char *v; } texts[] = {\n");
    for (n, v) in expected {
        if let Val::Text(_) = v {
            prog.push_str(&format!("  {{\"{n}\", SAE_STR({n})}},\n"));
        }
    }
    prog.push_str(
        "  {0, 0}\n};\nint main(void) {\n  for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; i++)\n    printf(\"%s %#llx\\n\", ints[i].n, ints[i].v);\n  for (unsigned i = 0; texts[i].n; i++)\n    printf(\"%s %s\\n\", texts[i].n, texts[i].v);\n  return 0;\n}\n",
    );
    let out = t::run_c(tag, &prog, &[]);
    // Every macro expands without a warning (run_c itself compiles with -w).
    let src = t::root().join(format!("target/c-oracle/{tag}.c"));
    let strict = Command::new("gcc")
        .args(["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only"])
        .arg(&src)
        .output()
        .expect("run gcc");
    assert!(
        strict.status.success(),
        "{}:\n{}",
        src.display(),
        String::from_utf8_lossy(&strict.stderr)
    );
    let got: BTreeMap<&str, &str> = out.lines().filter_map(|l| l.split_once(' ')).collect();
    let mut bad = Vec::new();
    for (n, want) in expected {
        let have = got.get(n.as_str()).copied();
        let ok = match want {
            Val::Int(w) => {
                have.and_then(|h| u64::from_str_radix(h.trim_start_matches("0x"), 16).ok())
                    == Some(*w)
            }
            Val::Text(w) => have == Some(w.as_str()),
        };
        if !ok {
            bad.push(format!("{n}: C {have:?}, Rust {want:?}"));
        }
    }
    bad
}

/// The gen-sysreg.awk macros of one layout under the name `base`.
fn layout_macros(out: &mut BTreeMap<String, Val>, base: &str, l: &Layout) {
    out.insert(format!("{base}_RES0"), Val::Int(l.res0));
    out.insert(format!("{base}_RES1"), Val::Int(l.res1));
    out.insert(format!("{base}_UNKN"), Val::Int(l.unkn));
    for f in l.fields {
        let p = format!("{base}_{}", f.name);
        out.insert(p.clone(), Val::Int(f.mask()));
        out.insert(format!("{p}_MASK"), Val::Int(f.mask()));
        out.insert(format!("{p}_SHIFT"), Val::Int(f.shift().into()));
        out.insert(format!("{p}_WIDTH"), Val::Int(f.width().into()));
        match f.sign {
            FieldSign::Signed => drop(out.insert(format!("{p}_SIGNED"), Val::Int(1))),
            FieldSign::Unsigned => drop(out.insert(format!("{p}_SIGNED"), Val::Int(0))),
            FieldSign::Unspecified => {}
        }
        for e in f.enumerators {
            out.insert(format!("{p}_{}", e.name), Val::Int(e.value));
        }
    }
}

/// Every sysreg macro, from the crate's register and layout tables.
fn sysreg_expected() -> BTreeMap<String, Val> {
    let mut out = BTreeMap::new();
    for r in arm64_uapi::sysreg::all() {
        let e = r.encoding;
        let n = r.name;
        out.insert(
            format!("REG_{n}"),
            Val::Text(format!(
                "S{}_{}_C{}_C{}_{}",
                e.op0, e.op1, e.crn, e.crm, e.op2
            )),
        );
        out.insert(format!("SYS_{n}"), Val::Int(e.sys_reg().into()));
        for (s, v) in [
            ("Op0", e.op0),
            ("Op1", e.op1),
            ("CRn", e.crn),
            ("CRm", e.crm),
            ("Op2", e.op2),
        ] {
            out.insert(format!("SYS_{n}_{s}"), Val::Int(v.into()));
        }
        // Its own layout; one named after another block is a `Fields`/`Mapping` reference.
        if r.layout.name == n {
            layout_macros(&mut out, n, r.layout);
        }
        for p in r.prefixed {
            layout_macros(&mut out, &format!("{}_{n}", p.prefix), p.layout);
        }
    }
    for l in arm64_uapi::sysreg::shared_layouts() {
        layout_macros(&mut out, l.name, l);
    }
    out
}

fn smccc_expected() -> BTreeMap<String, Val> {
    let mut out = BTreeMap::new();
    for (n, v) in arm64_uapi::smccc::C_MACROS.iter() {
        assert!(
            out.insert(n.to_string(), Val::Int(*v as u64)).is_none(),
            "{n} twice in C_MACROS"
        );
    }
    out
}

/// Check one header: its macro set, helpers, and every value. Returns the number of macros.
fn round_trip(
    file: &str,
    expected: &BTreeMap<String, Val>,
    helpers: &[&str],
    helper_functions: &[&str],
) -> usize {
    let header = include_dir().join(file);
    let tag = format!("roundtrip-{}", file.trim_end_matches(".h"));
    let (objects, functions) = macros_of(&tag, &format!("#include \"{}\"\n", header.display()));
    let want_fns: BTreeSet<String> = helper_functions.iter().map(|s| s.to_string()).collect();
    assert_eq!(functions, want_fns, "{file}: function-like macros");
    let names: BTreeSet<&String> = objects
        .keys()
        .filter(|n| !helpers.contains(&n.as_str()))
        .collect();
    for h in helpers {
        assert!(objects.contains_key(*h), "{file}: helper {h} not defined");
    }
    let expected_names: BTreeSet<&String> = expected.keys().collect();
    let only_c: Vec<_> = names.difference(&expected_names).collect();
    let only_rust: Vec<_> = expected_names.difference(&names).collect();
    assert!(
        only_c.is_empty() && only_rust.is_empty(),
        "{file}: macros without a Rust item: {only_c:?}\nRust items without a macro: {only_rust:?}"
    );
    let bad = evaluate(&tag, &header, expected);
    assert_eq!(bad, Vec::<String>::new(), "{file}: values differ");
    eprintln!(
        "{file}: {} macros, every one equal to its Rust item",
        names.len()
    );
    names.len()
}

#[test]
fn every_generated_header_has_a_round_trip() {
    let mut files: Vec<String> = std::fs::read_dir(include_dir())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".h"))
        .collect();
    files.sort();
    assert_eq!(
        files,
        ["arm64-smccc.h", "arm64-sysreg-defs.h"],
        "a header without a test"
    );
}

#[test]
fn sysreg_header_macros_equal_the_crate() {
    let n = round_trip(
        "arm64-sysreg-defs.h",
        &sysreg_expected(),
        &["__ASM_SYSREG_DEFS_H"],
        &["GENMASK", "GENMASK_ULL", "UL", "sys_reg"],
    );
    assert!(n > 5000, "{n}");
}

#[test]
fn smccc_header_macros_equal_the_crate() {
    let n = round_trip(
        "arm64-smccc.h",
        &smccc_expected(),
        &["SAE_KVM_ABI_ARM64_SMCCC_H"],
        &["SAE_SMCCC_SAME"],
    );
    assert!(n > 150, "{n}");
}

/// The value checks of the SMCCC header fire: a Linux-named macro defined beforehand with a
/// different value stops the build, one with the same value (another spelling) does not.
#[test]
fn smccc_header_rejects_a_different_earlier_definition() {
    let header = include_dir().join("arm64-smccc.h");
    let compile = |tag: &str, pre: &str| {
        let dir = t::root().join("target/c-oracle");
        std::fs::create_dir_all(&dir).unwrap();
        let src = dir.join(format!("{tag}.c"));
        std::fs::write(&src, format!("{pre}\n#include \"{}\"\n", header.display())).unwrap();
        Command::new("gcc")
            .args(["-std=gnu11", "-Wall", "-Werror", "-fsyntax-only"])
            .arg(&src)
            .output()
            .unwrap()
    };
    let same = compile(
        "smccc-same",
        "#define ARM_SMCCC_OWNER_MASK 0x3F\n#define PSCI_1_0_OS_INITIATED BIT(0)",
    );
    assert!(
        same.status.success(),
        "{}",
        String::from_utf8_lossy(&same.stderr)
    );
    // Linux 6.1's uapi value of MEM_PROTECT_CHECK_RANGE (function 19, DEN0022 says 20).
    let differs = compile(
        "smccc-differs",
        "#define PSCI_1_1_FN_MEM_PROTECT_CHECK_RANGE 0x84000013",
    );
    assert!(!differs.status.success());
    let err = String::from_utf8_lossy(&differs.stderr);
    assert!(
        err.contains("PSCI_1_1_FN_MEM_PROTECT_CHECK_RANGE differs from sae-kvm-abi"),
        "{err}"
    );
}
