//! QAAF against System Register Handling v1 14/26 and kvms390 `qaaf.c`: the index table, register
//! ↔ index conversions, the inferred
//! ID-register pattern, the GR0 word and the format checks.

mod common;

use arm64_uapi::sysreg;
use sae_abi::inferred::{self, FormatSet};
use sae_abi::qaaf::{QAAF_ENTRIES, QaafItem, qaaf_entry, qaaf_index};
use sae_abi::{Error, Evidence, QaafQmcBlock, SaeControlBlock, SaveArea, layout};

/// The QAAF index table, restated from those sources: (register, index).
const INDICES: &[(&str, u16)] = &[
    ("MIDR_EL1", 0x02),
    ("MPIDR_EL1", 0x07),
    ("REVIDR_EL1", 0x08),
    ("ID_PFR0_EL1", 0x0a),
    ("ID_PFR1_EL1", 0x0b),
    ("ID_DFR0_EL1", 0x0c),
    ("ID_AFR0_EL1", 0x0d),
    ("ID_MMFR0_EL1", 0x0e),
    ("ID_MMFR1_EL1", 0x0f),
    ("ID_MMFR2_EL1", 0x10),
    ("ID_MMFR3_EL1", 0x11),
    ("ID_ISAR0_EL1", 0x12),
    ("ID_ISAR1_EL1", 0x13),
    ("ID_ISAR2_EL1", 0x14),
    ("ID_ISAR3_EL1", 0x15),
    ("ID_ISAR4_EL1", 0x16),
    ("ID_ISAR5_EL1", 0x17),
    ("ID_MMFR4_EL1", 0x18),
    ("ID_ISAR6_EL1", 0x19),
    ("MVFR0_EL1", 0x1a),
    ("MVFR1_EL1", 0x1b),
    ("MVFR2_EL1", 0x1c),
    ("ID_PFR2_EL1", 0x1e),
    ("ID_DFR1_EL1", 0x1f),
    ("ID_MMFR5_EL1", 0x20),
    ("ID_AA64PFR0_EL1", 0x22),
    ("ID_AA64PFR1_EL1", 0x23),
    ("ID_AA64PFR2_EL1", 0x24),
    ("ID_AA64ZFR0_EL1", 0x26),
    ("ID_AA64SMFR0_EL1", 0x27),
    ("ID_AA64FPFR0_EL1", 0x29),
    ("ID_AA64DFR0_EL1", 0x2a),
    ("ID_AA64DFR1_EL1", 0x2b),
    ("ID_AA64DFR2_EL1", 0x2c),
    ("ID_AA64AFR0_EL1", 0x2e),
    ("ID_AA64AFR1_EL1", 0x2f),
    ("ID_AA64ISAR0_EL1", 0x32),
    ("ID_AA64ISAR1_EL1", 0x33),
    ("ID_AA64ISAR2_EL1", 0x34),
    ("ID_AA64ISAR3_EL1", 0x35),
    ("ID_AA64MMFR0_EL1", 0x3a),
    ("ID_AA64MMFR1_EL1", 0x3b),
    ("ID_AA64MMFR2_EL1", 0x3c),
    ("ID_AA64MMFR3_EL1", 0x3d),
    ("ID_AA64MMFR4_EL1", 0x3e),
    ("CNTFRQ_EL0", 0x42),
    ("CTR_EL0", 0x43),
    ("AIDR_EL1", 0x44),
    ("ICH_VTR_EL2", 0x4c),
    ("PMMIR_EL1", 0x52),
    ("PMCR_EL0", 0x53),
    ("PMCEID0_EL0", 0x54),
    ("PMCEID1_EL0", 0x55),
];

#[test]
fn register_index_table_matches_the_posted_table() {
    for &(name, index) in INDICES {
        let r = sysreg::by_name(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(qaaf_index(r.encoding), Some(index), "{name}");
        let e = qaaf_entry(index).unwrap();
        assert_eq!(e.item, QaafItem::Register(*r), "{name}");
        let want = if name == "AIDR_EL1" {
            Evidence::Unposted
        } else {
            Evidence::Posted
        };
        assert_eq!(e.evidence, want, "{name}");
    }
    assert_eq!(qaaf_entry(0x4a).unwrap().item, QaafItem::Irptc);
    assert_eq!(qaaf_entry(0x4d).unwrap().item, QaafItem::GicAttr);
    assert_eq!(QAAF_ENTRIES.len(), INDICES.len() + 2);
    for unassigned in [0, 1, 3, 9, 0x1d, 0x21, 0x45, 0x4b, 0x56, 0x1fd, 0x1ff] {
        assert_eq!(qaaf_entry(unassigned), None, "{unassigned:#x}");
    }
    assert_eq!(
        qaaf_index(sysreg::by_name("SCTLR_EL1").unwrap().encoding),
        None
    );
}

#[test]
fn header_constants_name_the_same_registers() {
    // Each QAAF_REG_<R> constant of the C header is the index of register <R>.
    for c in layout::QAAF_REGS.consts {
        if let Some(name) = c.name.strip_prefix("QAAF_REG_") {
            let r = sysreg::by_name(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(
                qaaf_index(r.encoding).map(u64::from),
                Some(c.value),
                "{}",
                c.name
            );
        }
    }
}

#[test]
fn inferred_id_pattern_holds_for_every_posted_id_register() {
    let mut checked = 0;
    for &(name, index) in INDICES {
        let r = sysreg::by_name(name).unwrap();
        if let Some(i) = inferred::qaaf_id_index(r.encoding) {
            assert_eq!(i, index, "{name}");
            checked += 1;
        }
    }
    assert_eq!(checked, 45, "MIDR_EL1 .. ID_AA64MMFR4_EL1");
}

#[test]
fn block_reads_registers_by_encoding() {
    let mut q = QaafQmcBlock::new();
    let pfr0 = sysreg::by_name("ID_AA64PFR0_EL1").unwrap().encoding;
    q.set_reg(0x22, 0x1100_0000_1011_1112).unwrap();
    assert_eq!(q.sysreg(pfr0), Ok(0x1100_0000_1011_1112));
    // regs[] starts at 0x10: index 0x22 is at 0x10 + 0x22 * 8 = 0x120.
    let bytes = zerocopy::IntoBytes::as_bytes(&q);
    assert_eq!(
        &bytes[0x120..0x128],
        &[0x11, 0, 0, 0, 0x10, 0x11, 0x11, 0x12]
    );
    let sctlr = sysreg::by_name("SCTLR_EL1").unwrap().encoding;
    assert_eq!(q.sysreg(sctlr), Err(Error::NotPlaced));
    assert_eq!(QaafQmcBlock::REGS, 0x1fe);
}

#[test]
fn format_checks() {
    assert!(FormatSet(0x80).contains(0));
    assert!(!FormatSet(0x80).contains(1));
    assert!(FormatSet(0x01).contains(7));
    assert!(!FormatSet(0xff).contains(8));
    assert!(!FormatSet(0xff).contains(u8::MAX));
    let mut q = QaafQmcBlock::new();
    let b = SaeControlBlock::new();
    let s = SaveArea::new();
    assert_eq!(
        inferred::check_formats(&q, &b, &s),
        Err(Error::UnsupportedFormat { format: 0 })
    );
    q.set_ssdf(0x80);
    assert!(inferred::check_formats(&q, &b, &s).is_err());
    q.set_ssaf(0x80);
    assert_eq!(inferred::check_formats(&q, &b, &s), Ok(()));
    let mut b2 = b.clone();
    b2.set_sdf(1);
    assert_eq!(
        inferred::check_formats(&q, &b2, &s),
        Err(Error::UnsupportedFormat { format: 1 })
    );
}

#[test]
fn maxncpu_is_the_maximum_vcpu_id_and_the_count_is_one_more() {
    // the kvms390 tree (7195c3994ca4) reads maxncpu as the maximum vCPU id.
    use zerocopy::IntoBytes;
    let mut q = QaafQmcBlock::new();
    assert_eq!((q.max_vcpu_id(), q.max_vcpus()), (0, 1));
    q.set_maxncpu(u16::MAX);
    assert_eq!(&q.as_bytes()[0x0e..0x10], &[0xff, 0xff]);
    assert_eq!((q.max_vcpu_id(), q.max_vcpus()), (u16::MAX, 0x1_0000));
}
