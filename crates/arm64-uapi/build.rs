//! Generates the register tables and the SMCCC function ids from the definitions files.
//!
//! By default it reads `defs/sysreg` and `defs/smccc` (this crate's own definitions), under
//! `abi_gen::Strictness::Strict`: any diagnostic, warning or error, fails the build. Set
//! `ARM64_UAPI_SYSREG=/path/to/linux/arch/arm64/tools/sysreg` to build the registers from an
//! upstream kernel file instead: that file is judged as the kernel's generator judges it
//! (`Strictness::Kernel`), so what it accepts builds and the extra checks are printed as cargo
//! warnings. `ARM64_UAPI_SMCCC=/path/to/smccc` names another SMCCC definitions file. A
//! definitions error fails the build with its diagnostics.

use std::path::PathBuf;

/// Generator: label, text, whether the file is the crate's own; Rust source and warnings.
type Generator =
    fn(&str, &str, bool) -> Result<(String, Vec<abi_gen::Diagnostic>), Vec<abi_gen::Diagnostic>>;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    generate(
        "ARM64_UAPI_SYSREG",
        "defs/sysreg",
        "sysreg.rs",
        |label, text, own| {
            let strictness = if own {
                abi_gen::Strictness::Strict
            } else {
                abi_gen::Strictness::Kernel
            };
            abi_gen::sysreg_to_rust_with(label, text, strictness)
        },
    );
    generate(
        "ARM64_UAPI_SMCCC",
        "defs/smccc",
        "smccc.rs",
        |label, text, _| abi_gen::smccc_to_rust(label, text).map(|s| (s, Vec::new())),
    );
}

fn generate(env: &str, default: &str, out_name: &str, generator: Generator) {
    println!("cargo::rerun-if-env-changed={env}");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let (path, label, own) = match std::env::var_os(env) {
        Some(p) => {
            let p = PathBuf::from(p);
            let label = p.display().to_string();
            (p, label, false)
        }
        None => (manifest.join(default), default.to_string(), true),
    };
    println!("cargo::rerun-if-changed={}", path.display());
    let text = match std::fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("{label}:0: error[io]: cannot read definitions: {e}");
            std::process::exit(1);
        }
    };
    let src = match generator(&label, &text, own) {
        Ok((s, warnings)) => {
            for w in &warnings {
                println!("cargo::warning={w}");
            }
            s
        }
        Err(diags) => {
            for d in &diags {
                eprintln!("{d}");
            }
            eprintln!("arm64-uapi: {label} has errors; nothing generated");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join(out_name);
    if let Err(e) = std::fs::write(&out, src) {
        eprintln!("arm64-uapi: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
