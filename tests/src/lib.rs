//! Shared helpers for the workspace-level tests: where the oracles are, and how to ask gcc
//! for the values of C macros.
//!
//! The oracles (Linux sources and uapi headers from Debian) are fetched by
//! `scripts/fetch-oracles` into `$SAE_ORACLE_DIR` (default `target/oracles`). A test whose
//! oracle is missing is skipped with a message, except under `CI=true`, where it fails.
//!
//! A test that skips prints a line starting with `SKIP:` (with the reason) and returns;
//! `scripts/test-s390x` counts such tests as skipped, not passed.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// True when running under CI (`CI=true`), where a missing oracle is a failure.
pub fn strict() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Report a missing oracle: panics under CI, otherwise prints and returns `None`.
pub fn missing<T>(what: &str) -> Option<T> {
    assert!(
        !strict(),
        "oracle missing under CI=true: {what} (run scripts/fetch-oracles)"
    );
    skip(&format!(
        "oracle missing: {what} (run scripts/fetch-oracles)"
    ));
    None
}

/// Report a skipped test: prints the `SKIP:` line `scripts/test-s390x` counts. The caller
/// returns at once.
pub fn skip(why: &str) {
    eprintln!("SKIP: {why}");
}

/// A command running `program`, a binary Cargo built for the target under test (e.g.
/// `env!("CARGO_BIN_EXE_abi-gen")`). When cross-testing, the test binary itself runs through a
/// Cargo target runner (e.g. qemu-user for s390x) and so must the binaries it spawns: the
/// whitespace-separated command prefix in `SAE_TARGET_RUNNER` (set by `scripts/test-s390x`,
/// as the kernel may have no binfmt_misc handler for the target) runs them. Unset: run directly.
pub fn target_command(program: impl AsRef<OsStr>) -> Command {
    let runner = std::env::var("SAE_TARGET_RUNNER").unwrap_or_default();
    let mut words = runner.split_whitespace();
    match words.next() {
        Some(first) => {
            let mut c = Command::new(first);
            c.args(words).arg(program);
            c
        }
        None => Command::new(program),
    }
}

/// The directory holding the fetched oracles.
pub fn oracle_dir() -> PathBuf {
    std::env::var_os("SAE_ORACLE_DIR").map_or_else(|| root().join("target/oracles"), PathBuf::from)
}

/// A file of the Linux `series` tree (e.g. "6.12", "arch/arm64/tools/sysreg"), if fetched.
pub fn kernel_file(series: &str, rel: &str) -> Option<PathBuf> {
    let p = oracle_dir().join(format!("linux-{series}")).join(rel);
    if p.is_file() {
        Some(p)
    } else {
        missing(&p.display().to_string())
    }
}

/// The series name of the newest Linux source in Debian's unstable suite, as fetched when the
/// tests run (`linux-newest`, resolved by `scripts/fetch-oracles`): pass it to
/// [`kernel_file`].
pub const NEWEST: &str = "newest";

/// What [`NEWEST`] is today, e.g. `linux-source-7.2 7.2.13-1`, for messages: a newer kernel
/// that disagrees must fail naming itself.
pub fn newest_version() -> String {
    std::fs::read_to_string(oracle_dir().join("linux-newest.version"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "linux-newest (version unknown)".to_string())
}

/// The Debian arm64 cross uapi include directory, if installed.
pub fn arm64_uapi_include() -> Option<PathBuf> {
    let p = PathBuf::from("/usr/aarch64-linux-gnu/include");
    if p.join("asm/kvm.h").is_file() {
        Some(p)
    } else {
        missing("linux-libc-dev-arm64-cross (/usr/aarch64-linux-gnu/include)")
    }
}

/// Names of the object-like macros `#define`d in a header text, in order.
pub fn defined_names(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("#define "))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|n| !n.contains('(') && !n.starts_with("__ASM_SYSREG_DEFS_H"))
        .map(str::to_string)
        .collect()
}

/// Kernel helpers the generated sysreg headers expect, defined independently of the kernel.
pub const SYSREG_PRELUDE: &str = r#"
#include <stdio.h>
#include <stdbool.h>
#define UL(x) (x##UL)
#define GENMASK(h, l) ((~0UL >> (63 - (h))) & (~0UL << (l)))
#define GENMASK_ULL(h, l) GENMASK(h, l)
#define sys_reg(op0, op1, crn, crm, op2) \
  (((op0) << 19) | ((op1) << 16) | ((crn) << 12) | ((crm) << 8) | ((op2) << 5))
#define STR_(x) #x
#define STR(x) STR_(x)
"#;

/// Compile `program` (C source) with gcc and `extra_args`, run it, and return its stdout.
/// Panics with gcc's message on a compile error.
pub fn run_c(name: &str, program: &str, extra_args: &[&str]) -> String {
    let dir = root().join("target/c-oracle");
    std::fs::create_dir_all(&dir).expect("create target/c-oracle");
    let src = dir.join(format!("{name}.c"));
    let exe = dir.join(name);
    std::fs::write(&src, program).expect("write C source");
    let out = Command::new("gcc")
        .args(["-std=gnu11", "-O0", "-w", "-o"])
        .arg(&exe)
        .arg(&src)
        .args(extra_args)
        .output()
        .expect("run gcc");
    assert!(
        out.status.success(),
        "gcc failed on {}:\n{}",
        src.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new(&exe)
        .output()
        .expect("run compiled oracle program");
    assert!(run.status.success(), "{} failed", exe.display());
    String::from_utf8(run.stdout).expect("utf-8 output")
}

/// Evaluate every macro in `names` against `header` (a file path) with gcc: `REG_*` names
/// (assembler register tokens) as strings, everything else as unsigned 64-bit values.
pub fn eval_sysreg_macros(tag: &str, header: &Path, names: &[String]) -> BTreeMap<String, String> {
    let mut prog = String::from(SYSREG_PRELUDE);
    prog.push_str(&format!(
        "#include \"{}\"\nint main(void) {{\n",
        header.display()
    ));
    for n in names {
        if n.starts_with("REG_") {
            prog.push_str(&format!("  printf(\"{n} %s\\n\", STR({n}));\n"));
        } else {
            prog.push_str(&format!(
                "  printf(\"{n} %#llx\\n\", (unsigned long long)({n}));\n"
            ));
        }
    }
    prog.push_str("  return 0;\n}\n");
    let out = run_c(tag, &prog, &[]);
    out.lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
