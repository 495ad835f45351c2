//! An independent encoder as oracle: LLVM's assembler turns each register name (as the Arm ARM
//! spells it) into an MRS/MSR instruction word, which must equal the generated `MRS`/`MSR`.
//! Names the installed LLVM does not know are counted, not failed; llvm-mc is optional.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use arm64_uapi::sysreg;
use sae_kvm_abi_tests as t;

/// Assemble `lines` and return, per upper-case register name, the instruction word.
fn assemble(lines: &str) -> Option<BTreeMap<String, u32>> {
    let mut child = Command::new("llvm-mc")
        .args([
            "-triple=aarch64",
            "-mattr=+v8.7a,+sme,+sve,+mte,+ras,+pauth",
            "-show-encoding",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(lines.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let mut map = BTreeMap::new();
    for l in text.lines() {
        let Some((insn, enc)) = l.split_once("// encoding: [") else {
            continue;
        };
        let name = insn
            .split(|c: char| c.is_whitespace() || c == ',')
            .find(|t| !t.is_empty() && !matches!(*t, "mrs" | "msr" | "x0"))
            .map(str::to_ascii_uppercase);
        let bytes: Vec<u32> = enc
            .trim_end_matches(']')
            .split(',')
            .filter_map(|b| u32::from_str_radix(b.trim().trim_start_matches("0x"), 16).ok())
            .collect();
        if let (Some(name), &[b0, b1, b2, b3]) = (name, &bytes[..]) {
            map.insert(name, b0 | b1 << 8 | b2 << 16 | b3 << 24);
        }
    }
    Some(map)
}

#[test]
fn mrs_msr_words_match_llvm_mc() {
    if Command::new("llvm-mc").arg("--version").output().is_err() {
        assert!(
            !t::strict(),
            "llvm-mc missing under CI=true (.ci/run installs llvm)"
        );
        t::skip("llvm-mc not installed");
        return;
    }
    let regs = sysreg::all();
    let mrs: String = regs
        .iter()
        .map(|r| format!("mrs x0, {}\n", r.name.to_ascii_lowercase()))
        .collect();
    let msr: String = regs
        .iter()
        .map(|r| format!("msr {}, x0\n", r.name.to_ascii_lowercase()))
        .collect();
    let (Some(read), Some(write)) = (assemble(&mrs), assemble(&msr)) else {
        panic!("llvm-mc is installed but did not run");
    };
    let (mut checked, mut unknown, mut mismatches) = (0, Vec::new(), Vec::new());
    for r in regs {
        let (m, w) = (read.get(r.name), write.get(r.name));
        if m.is_none() && w.is_none() {
            unknown.push(r.name);
            continue;
        }
        checked += 1;
        if let Some(&m) = m {
            if m != r.encoding.mrs(0) {
                mismatches.push(format!(
                    "{}: llvm MRS {m:#010x}, ours {:#010x}",
                    r.name,
                    r.encoding.mrs(0)
                ));
            }
        }
        if let Some(&w) = w {
            if w != r.encoding.msr(0) {
                mismatches.push(format!(
                    "{}: llvm MSR {w:#010x}, ours {:#010x}",
                    r.name,
                    r.encoding.msr(0)
                ));
            }
        }
    }
    eprintln!(
        "llvm-mc oracle: {checked} registers assembled, {} mismatches, {} names unknown to this LLVM: {unknown:?}",
        mismatches.len(),
        unknown.len()
    );
    assert!(
        checked > regs.len() / 2,
        "llvm-mc knew only {checked} of {} names",
        regs.len()
    );
    assert_eq!(mismatches, Vec::<String>::new());
}
