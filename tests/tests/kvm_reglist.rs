//! `KVM_GET_REG_LIST` of real KVM/arm64 (read by `scripts/kvm-reglist` on Debian's Linux 7.2
//! under QEMU, never checked in) resolved id by id with `arm64_uapi::kvm::resolve_reg_id`;
//! every system register id must name a register of `arm64_uapi::sysreg` (by encoding) with
//! its fields. Runs when `KVM_REGLIST_DIR` points at the lists; skipped otherwise.

use arm64_uapi::kvm::{RegId, resolve_reg_id};
use arm64_uapi::sysreg;
use sae_kvm_abi_tests as t;
use std::collections::{BTreeMap, BTreeSet};

/// The configurations `scripts/kvm-reglist` reads, in report order.
const CONFIGS: [&str; 4] = ["default", "sve", "pmu", "pmu-init"];

/// Arm ARM (DDI0487) C5.3: op0=3, op1=0, CRn=0, CRm=1-7 is the ID register space; its
/// unallocated encodings are reserved and RAZ, and KVM lists them (`ID_UNALLOCATED` in
/// arch/arm64/kvm/sys_regs.c of v7.2) so that a VMM saves and restores them too.
fn reserved_id_space(e: sysreg::Encoding) -> bool {
    e.op0 == 3 && e.op1 == 0 && e.crn == 0 && (1..=7).contains(&e.crm)
}

fn kind(r: &RegId) -> &'static str {
    match r {
        RegId::SysReg(e) if sysreg::by_encoding(*e).is_empty() && reserved_id_space(*e) => {
            "id-reserved"
        }
        RegId::Core(_) => "core",
        RegId::Ccsidr(_) => "demux",
        RegId::SysReg(_) => "sysreg",
        RegId::Firmware(_) => "firmware",
        RegId::FwFeatBmap(_) => "bitmap",
        RegId::SveZ { .. } | RegId::SveP { .. } | RegId::SveFfr(_) | RegId::SveVls => "sve",
    }
}

/// Why `id` is not fully named, if it is not.
fn unresolved(id: u64) -> Result<RegId, String> {
    let r = resolve_reg_id(id).map_err(|e| format!("{e:?}"))?;
    if let RegId::SysReg(enc) = r {
        let regs = sysreg::by_encoding(enc);
        if regs.is_empty() && reserved_id_space(enc) {
            return Ok(r);
        }
        let Some(reg) = regs.first() else {
            return Err(format!(
                "no register S{}_{}_C{}_C{}_{} in arm64_uapi::sysreg",
                enc.op0, enc.op1, enc.crn, enc.crm, enc.op2
            ));
        };
        // Every bit is a field or reserved (a layout of only Res0 is an all-RES0 register).
        let covers = |l: &sysreg::Layout| {
            let f = l.fields.iter().fold(0u64, |m, f| m | f.mask());
            f | l.res0 | l.res1 | l.unkn | l.raz == u64::MAX
        };
        if !regs.iter().any(|r| covers(r.layout)) {
            return Err(format!(
                "{}: the layout does not cover all 64 bits",
                reg.name
            ));
        }
    }
    Ok(r)
}

#[test]
fn kvm_reglist_resolves() {
    let Ok(dir) = std::env::var("KVM_REGLIST_DIR") else {
        t::skip("KVM_REGLIST_DIR is not set (scripts/check-kvm-reglist runs this test with it)");
        return;
    };
    let rig = std::fs::read_to_string(format!("{dir}/rig.txt")).expect("rig.txt");
    let version = rig
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(2))
        .map_or("?", |v| v.split('-').next().unwrap_or(v));
    let mut all = BTreeSet::new();
    let mut counts = Vec::new();
    let mut kinds: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut bad = BTreeMap::new();
    for c in CONFIGS {
        let text = std::fs::read_to_string(format!("{dir}/reglist-{c}.txt"))
            .unwrap_or_else(|e| panic!("reglist-{c}.txt: {e}"));
        let mut n = 0;
        for l in text.lines() {
            let id = u64::from_str_radix(l.trim_start_matches("0x"), 16)
                .unwrap_or_else(|e| panic!("reglist-{c}.txt: {l:?}: {e}"));
            n += 1;
            all.insert(id);
            match unresolved(id) {
                Ok(r) => *kinds.entry((c, kind(&r))).or_default() += 1,
                Err(why) => {
                    bad.insert(id, why);
                }
            }
        }
        assert!(n > 0, "reglist-{c}.txt is empty");
        counts.push(n);
    }
    for c in CONFIGS {
        let line: Vec<String> = [
            "core",
            "sysreg",
            "id-reserved",
            "firmware",
            "bitmap",
            "demux",
            "sve",
        ]
        .iter()
        .map(|k| format!("{k} {}", kinds.get(&(c, *k)).copied().unwrap_or(0)))
        .collect();
        println!("reglist {c}: {}", line.join(", "));
    }
    for (id, why) in &bad {
        println!("unresolved {id:#018x}: {why}");
    }
    println!(
        "reglist {version}: {} ids (default {}, sve {}, pmu {}), {} unresolved",
        all.len(),
        counts[0],
        counts[1],
        counts[2],
        bad.len()
    );
    assert!(bad.is_empty(), "{} ids do not resolve", bad.len());
}
