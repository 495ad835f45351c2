//! Generates the register tables from the definitions file.
//!
//! By default it reads `defs/sysreg` (this crate's own definitions). Set
//! `ARM64_UAPI_SYSREG=/path/to/linux/arch/arm64/tools/sysreg` to build from an upstream kernel
//! file instead. A definitions error fails the build with its diagnostics.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=ARM64_UAPI_SYSREG");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let (path, label) = match std::env::var_os("ARM64_UAPI_SYSREG") {
        Some(p) => {
            let p = PathBuf::from(p);
            let label = p.display().to_string();
            (p, label)
        }
        None => (manifest.join("defs/sysreg"), "defs/sysreg".to_string()),
    };
    println!("cargo::rerun-if-changed={}", path.display());
    let text = match std::fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("{label}:0: error[io]: cannot read sysreg definitions: {e}");
            std::process::exit(1);
        }
    };
    let src = match abi_gen::sysreg_to_rust(&label, &text) {
        Ok(s) => s,
        Err(diags) => {
            for d in &diags {
                eprintln!("{d}");
            }
            eprintln!("arm64-uapi: the sysreg definitions have errors; nothing generated");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("sysreg.rs");
    if let Err(e) = std::fs::write(&out, src) {
        eprintln!("arm64-uapi: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
