//! The checked-in C header `include/sae-abi.h`: it is what `abi-gen` renders from `defs/sae`
//! (regenerate with `cargo run -p abi-gen -- regen`), its own `_Static_assert`s hold, and gcc
//! agrees with the `common` vectors on every `offsetof` and `sizeof`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use abi_gen::report::{ARTIFACTS, Drift, drift};
use sae_abi::layout::{self, Item, Member};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The header `abi-gen` renders from the shipped definitions.
fn render_c_header() -> String {
    let a = ARTIFACTS
        .iter()
        .find(|a| a.path == abi_gen::sae::emit_c::HEADER_PATH)
        .expect("sae-abi.h is an abi-gen artifact");
    (a.produce)(&workspace_root()).expect("defs/sae has no errors")
}

#[test]
fn checked_in_header_is_up_to_date() {
    let a = ARTIFACTS
        .iter()
        .find(|a| a.path == abi_gen::sae::emit_c::HEADER_PATH)
        .unwrap();
    assert_eq!(
        drift(&workspace_root(), a),
        Drift::UpToDate,
        "{} is stale; regenerate with `cargo run -p abi-gen -- regen`",
        a.path
    );
}

/// `_Static_assert`s on every offset and size of the `common` vectors, the C type of every
/// table field, and the constants.
fn assertions() -> String {
    let mut c = String::from(
        "#include <stddef.h>\n#include \"sae-abi.h\"\n\n#define FIELD(s, f) (((struct s *)0)->f)\n",
    );
    let tables: [(&str, &[&[common::V]]); 3] = [
        ("kvm_sae_block", &[common::SAE_BLOCK, common::ICPTD]),
        ("kvm_sae_save_area", &[common::SAVE_AREA]),
        ("qaaf_qmc_block", &[common::QAAF_QMC_BLOCK]),
    ];
    for (s, vectors) in tables {
        c += &format!(
            "_Static_assert(sizeof(struct {s}) == 4096, \"{s} size\");\n\
             _Static_assert(_Alignof(struct {s}) == 4096, \"{s} alignment\");\n"
        );
        for v in vectors.iter().flat_map(|t| t.iter()) {
            let (p, o, n) = (v.path, v.offset, v.size);
            c += &format!(
                "_Static_assert(offsetof(struct {s}, {p}) == {o:#x}, \"{s}.{p} offset\");\n\
                 _Static_assert(sizeof(FIELD({s}, {p})) == {n}, \"{s}.{p} size\");\n"
            );
        }
    }
    for s in layout::STRUCTS {
        let mut fields = Vec::new();
        for item in s.items {
            match item {
                Item::Field(f) => fields.push((f.name.to_string(), *f)),
                Item::Group(g) => fields.extend(
                    g.fields
                        .iter()
                        .map(|f| (format!("{}.{}", g.name, f.name), *f)),
                ),
                Item::Union(u) => {
                    for m in u.members {
                        match m {
                            Member::Field(f) => fields.push((f.name.to_string(), *f)),
                            Member::Group(g) => fields.extend(
                                g.fields
                                    .iter()
                                    .map(|f| (format!("{}.{}", g.name, f.name), *f)),
                            ),
                        }
                    }
                }
            }
        }
        for (path, f) in fields {
            let elem = if f.count == 0 {
                String::new()
            } else {
                "[0]".into()
            };
            c += &format!(
                "_Static_assert(__builtin_types_compatible_p(__typeof__(FIELD({s}, {path}){elem}), {t}), \"{s}.{path} type\");\n",
                s = s.c_name,
                t = f.ty.c_name(),
            );
        }
    }
    for (name, value) in common::CONSTANTS {
        c += &format!("_Static_assert({name} == {value:#x}, \"{name}\");\n");
    }
    c
}

#[test]
fn gcc_agrees_with_the_posted_layout_on_every_offset_and_size() {
    // Render into a scratch directory so the check does not depend on the checked-in copy
    // (the test above covers that one).
    let dir = std::env::temp_dir().join(format!("sae-abi-c-header-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("sae-abi.h"), render_c_header()).unwrap();
    let check = dir.join("check.c");
    std::fs::write(&check, assertions()).unwrap();
    let out = Command::new("gcc")
        .args([
            "-std=gnu11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-fsyntax-only",
            "-I",
        ])
        .arg(&dir)
        .arg(&check)
        .output()
        .unwrap_or_else(|e| panic!("cannot run gcc (install it; .ci/run does): {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "gcc rejected the header or an assertion:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_wrong_offset_makes_gcc_fail() {
    // The assertion harness can fail: a deliberately wrong vector is rejected.
    let dir = std::env::temp_dir().join(format!("sae-abi-c-header-neg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("sae-abi.h"), render_c_header()).unwrap();
    let check = dir.join("check.c");
    std::fs::write(
        &check,
        "#include <stddef.h>\n#include \"sae-abi.h\"\n\
         _Static_assert(offsetof(struct kvm_sae_block, pc) == 0x298, \"pc\");\n",
    )
    .unwrap();
    let out = Command::new("gcc")
        .args(["-std=gnu11", "-fsyntax-only", "-I"])
        .arg(&dir)
        .arg(&check)
        .output()
        .expect("gcc");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!out.status.success());
}
