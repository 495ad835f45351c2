//! Generates the register tables and the SMCCC function ids from the definitions files.
//!
//! By default it reads `defs/sysreg` and `defs/smccc` (this crate's own definitions). Set
//! `ARM64_UAPI_SYSREG=/path/to/linux/arch/arm64/tools/sysreg` to build the registers from an
//! upstream kernel file instead, and `ARM64_UAPI_SMCCC=/path/to/smccc` for another SMCCC
//! definitions file. A definitions error fails the build with its diagnostics.

use std::path::PathBuf;

type Generator = fn(&str, &str) -> Result<String, Vec<abi_gen::Diagnostic>>;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    generate(
        "ARM64_UAPI_SYSREG",
        "defs/sysreg",
        "sysreg.rs",
        abi_gen::sysreg_to_rust,
    );
    generate(
        "ARM64_UAPI_SMCCC",
        "defs/smccc",
        "smccc.rs",
        abi_gen::smccc_to_rust,
    );
}

fn generate(env: &str, default: &str, out_name: &str, generator: Generator) {
    println!("cargo::rerun-if-env-changed={env}");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let (path, label) = match std::env::var_os(env) {
        Some(p) => {
            let p = PathBuf::from(p);
            let label = p.display().to_string();
            (p, label)
        }
        None => (manifest.join(default), default.to_string()),
    };
    println!("cargo::rerun-if-changed={}", path.display());
    let text = match std::fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("{label}:0: error[io]: cannot read definitions: {e}");
            std::process::exit(1);
        }
    };
    let src = match generator(&label, &text) {
        Ok(s) => s,
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
