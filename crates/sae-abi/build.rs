//! Generates the blocks, views, constants, code enums, opcodes and tables from `defs/sae`.
//!
//! Set `SAE_ABI_DEFS=/path/to/sae` to build from another SAE definitions file. A definitions
//! error fails the build with its `file:line` diagnostics.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=SAE_ABI_DEFS");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let (path, label) = match std::env::var_os("SAE_ABI_DEFS") {
        Some(p) => {
            let p = PathBuf::from(p);
            let label = p.display().to_string();
            (p, label)
        }
        None => (manifest.join("defs/sae"), "defs/sae".to_string()),
    };
    println!("cargo::rerun-if-changed={}", path.display());
    let text = match std::fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("{label}:0: error[io]: cannot read definitions: {e}");
            std::process::exit(1);
        }
    };
    let src = match abi_gen::sae_to_rust(&label, &text) {
        Ok(s) => s,
        Err(diags) => {
            for d in &diags {
                eprintln!("{d}");
            }
            eprintln!("sae-abi: {label} has errors; nothing generated");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("sae.rs");
    if let Err(e) = std::fs::write(&out, src) {
        eprintln!("sae-abi: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
