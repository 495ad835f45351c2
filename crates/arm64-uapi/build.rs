//! Turns the definitions files into the register tables and the SMCCC function ids.
//!
//! The generated code is checked in (`src/generated/sysreg.rs`, `src/generated/smccc.rs`,
//! written by `abi-gen regen` with exactly the code this script runs under the `regen`
//! feature), and each copy records the SHA-256 of the definitions text it came from. For each
//! file this script reads the definitions — `defs/sysreg` and `defs/smccc`, or the files named
//! by `ARM64_UAPI_SYSREG` (e.g. an upstream kernel's `arch/arm64/tools/sysreg`) and
//! `ARM64_UAPI_SMCCC` — and hashes them:
//! - with the `regen` feature it generates the code from them with `abi-gen` (a definitions
//!   error fails the build with its `file:line` diagnostics);
//! - without it, it uses the checked-in copy if the hashes agree, and otherwise fails the build
//!   and says how to generate the code. A changed definitions file is never silently ignored.
//!
//! Without `regen` the script has no dependencies, so a consumer does not compile `abi-gen`.
//!
//! Under `regen` the crate's own `defs/sysreg` is judged with `abi_gen::Strictness::Strict`
//! (any diagnostic, warning or error, fails the build), while a file named by
//! `ARM64_UAPI_SYSREG` is judged as the kernel's generator judges it (`Strictness::Kernel`):
//! what the kernel accepts builds, and the extra checks are printed as cargo warnings.

use std::path::{Path, PathBuf};

struct Defs {
    /// Environment variable that overrides the default file.
    env: &'static str,
    /// The default definitions file, relative to the manifest.
    default: &'static str,
    /// The checked-in generated file, relative to the manifest; also the name in `OUT_DIR`.
    generated: &'static str,
}

const DEFS: [Defs; 2] = [
    Defs {
        env: "ARM64_UAPI_SYSREG",
        default: "defs/sysreg",
        generated: "src/generated/sysreg.rs",
    },
    Defs {
        env: "ARM64_UAPI_SMCCC",
        default: "defs/smccc",
        generated: "src/generated/smccc.rs",
    },
];

fn fail(msg: &str) -> ! {
    eprintln!("{msg}");
    std::process::exit(1);
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    println!("cargo::rustc-check-cfg=cfg(arm64_uapi_esr)");
    for d in &DEFS {
        let src = generate(&manifest, d);
        // `esr` extends the generated ESR_ELx, SPSR_EL2 and SCTLR_EL1: a definitions file
        // without them (an upstream kernel's, before these registers were described there)
        // builds without that module.
        if d.env == "ARM64_UAPI_SYSREG"
            && ["ESR_ELx", "SPSR_EL2", "SCTLR_EL1"]
                .iter()
                .all(|r| src.contains(&format!("pub mod {r} {{")))
        {
            println!("cargo::rustc-cfg=arm64_uapi_esr");
        }
        let name = Path::new(d.generated).file_name().unwrap_or_default();
        let out = out_dir.join(name);
        if let Err(e) = std::fs::write(&out, src) {
            fail(&format!("arm64-uapi: cannot write {}: {e}", out.display()));
        }
    }
}

/// The Rust source for one definitions file.
fn generate(manifest: &Path, d: &Defs) -> String {
    println!("cargo::rerun-if-env-changed={}", d.env);
    let (path, label, own) = match std::env::var_os(d.env) {
        Some(p) => {
            let p = PathBuf::from(p);
            let label = p.display().to_string();
            (p, label, false)
        }
        None => (manifest.join(d.default), d.default.to_string(), true),
    };
    println!("cargo::rerun-if-changed={}", path.display());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        fail(&format!(
            "{label}:0: error[io]: cannot read definitions: {e}"
        ))
    });
    if let Some(code) = regen(d, &label, &bytes, own) {
        return code;
    }
    let sha = sha256_hex(&bytes);
    let checked_in = manifest.join(d.generated);
    println!("cargo::rerun-if-changed={}", checked_in.display());
    let code = std::fs::read_to_string(&checked_in).unwrap_or_default();
    let recorded = code
        .lines()
        .find_map(|l| l.strip_prefix("pub const SOURCE_SHA256: &str = \""))
        .and_then(|l| l.strip_suffix("\";"))
        .unwrap_or("(none)");
    if recorded != sha {
        fail(&format!(
            "arm64-uapi: {label} (sha256 {sha}) is not the text {} was generated from \
             (sha256 {recorded}).\n\
             Build with `--features arm64-uapi/regen` to generate the code from {label}, or run \
             `cargo run -p abi-gen -- regen` in the sae-kvm-abi repository to update the \
             checked-in copy.",
            d.generated
        ));
    }
    code
}

/// With the `regen` feature: the code generated from `bytes` by `abi-gen`.
#[cfg(feature = "regen")]
fn regen(d: &Defs, label: &str, bytes: &[u8], own: bool) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let generated = if d.env == "ARM64_UAPI_SMCCC" {
        abi_gen::smccc_to_rust(label, &text).map(|s| (s, Vec::new()))
    } else {
        let strictness = if own {
            abi_gen::Strictness::Strict
        } else {
            abi_gen::Strictness::Kernel
        };
        abi_gen::sysreg_to_rust_with(label, &text, strictness)
    };
    match generated {
        Ok((s, warnings)) => {
            for w in &warnings {
                println!("cargo::warning={w}");
            }
            Some(s)
        }
        Err(diags) => {
            for d in &diags {
                eprintln!("{d}");
            }
            fail(&format!(
                "arm64-uapi: {label} has errors; nothing generated"
            ));
        }
    }
}

/// Without the `regen` feature: nothing (the checked-in copy is verified instead).
#[cfg(not(feature = "regen"))]
fn regen(_: &Defs, _: &str, _: &[u8], _: bool) -> Option<String> {
    None
}

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// The SHA-256 (FIPS 180-4) of `data` as 64 lower-case hex digits; the same function as
/// `abi_gen::sha256::hex`, which stamps the generated files.
fn sha256_hex(data: &[u8]) -> String {
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let bit_len = (data.len() as u64).wrapping_mul(8);
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (slot, word) in w.iter_mut().zip(block.chunks_exact(4)) {
            *slot = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for (k, wi) in K.iter().zip(w.iter()) {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(*k)
                .wrapping_add(*wi);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}
