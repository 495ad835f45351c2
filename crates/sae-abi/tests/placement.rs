//! Register placement against System Register Handling v1 16/26 and kvms390 `sys_regs.c`: every
//! listed register resolves through the
//! generated `arm64-uapi` table, lives where those sources say, and its EASR/SASR id is
//! `sys_reg >> 5`.

mod common;

use arm64_uapi::sysreg;
use sae_abi::Evidence;
use sae_abi::block::BlockRegister;
use sae_abi::placement::{ArmRegister, Location, SYSREG_PLACEMENTS, placement, sysreg_placement};
use sae_abi::{SaeControlBlock, layout};

/// The save-area list of the system-register series (16/26), in its order.
const SAVE_AREA_LIST: &[&str] = &[
    "ACTLR_EL1",
    "AFSR0_EL1",
    "AFSR1_EL1",
    "CNTFRQ_EL0",
    "CNTP_CVAL_EL0",
    "CNTV_CVAL_EL0",
    "DISR_EL1",
    "MIDR_EL1",
    "OSLSR_EL1",
    "PAR_EL1",
    "OSLAR_EL1",
    "SCTLR_EL1",
    "CPACR_EL1",
    "VBAR_EL1",
    "SPSR_EL1",
    "ELR_EL1",
    "ESR_EL1",
    "TCR_EL1",
    "MAIR_EL1",
    "TTBR0_EL1",
    "TTBR1_EL1",
    "FAR_EL1",
    "TPIDR_EL0",
    "TPIDR_EL1",
    "TPIDRRO_EL0",
    "CNTKCTL_EL1",
    "ZCR_EL1",
    "SCXTNUM_EL0",
    "SCXTNUM_EL1",
    "APIAKEYLO_EL1",
    "APIAKEYHI_EL1",
    "APIBKEYLO_EL1",
    "APIBKEYHI_EL1",
    "APDAKEYLO_EL1",
    "APDAKEYHI_EL1",
    "APDBKEYLO_EL1",
    "APDBKEYHI_EL1",
    "APGAKEYLO_EL1",
    "APGAKEYHI_EL1",
    "MDSCR_EL1",
];

/// EL2 controls the host writes with SASR (24/26).
const SASR_EL2_LIST: &[&str] = &[
    "HCR_EL2",
    "HCRX_EL2",
    "VMPIDR_EL2",
    "CPTR_EL2",
    "CNTHCTL_EL2",
    "ICC_SRE_EL2",
    "MDCR_EL2",
    "HFGRTR_EL2",
    "HFGWTR_EL2",
    "HDFGRTR_EL2",
    "HDFGWTR_EL2",
    "HFGITR_EL2",
    "VSESR_EL2",
];

/// System registers in the control block (`struct kvm_sae_block`) with their C field and offset.
const CONTROL_BLOCK_LIST: &[(&str, &str, usize, usize)] = &[
    ("SP_EL0", "sp_el0", 0x298, 8),
    ("SP_EL1", "sp_el1", 0x2a0, 8),
    ("FPCR", "fpcr", 0x2b0, 8),
    ("FPSR", "fpsr", 0x2b8, 8),
    ("CONTEXTIDR_EL1", "contextidr_el1", 0x1f0, 8),
    ("CNTP_CTL_EL0", "cntp_ctl", 0x110, 4),
    ("CNTV_CTL_EL0", "cntv_ctl", 0x114, 4),
    ("ICH_HCR_EL2", "ic_regs.ich_hcr_el2", 0x120, 8),
    ("ICH_VMCR_EL2", "ic_regs.ich_vmcr_el2", 0x128, 8),
    ("ICH_AP0R0_EL2", "ic_regs.ich_ap0r0_el2", 0x130, 8),
    ("ICH_AP1R0_EL2", "ic_regs.ich_ap1r0_el2", 0x138, 8),
    ("ICH_LR0_EL2", "ic_regs.ich_lrn_el2", 0x150, 8),
    ("ICH_LR1_EL2", "ic_regs.ich_lrn_el2", 0x158, 8),
    ("ICH_LR2_EL2", "ic_regs.ich_lrn_el2", 0x160, 8),
    ("ICH_LR3_EL2", "ic_regs.ich_lrn_el2", 0x168, 8),
];

const HOST_MEMORY_LIST: &[&str] = &["MPIDR_EL1", "CLIDR_EL1", "CSSELR_EL1", "CCSIDR_EL1"];

/// The kvms390 tree (7195c3994ca4) keeps these two of the posted save-area list in host memory
/// and moves them with SASR before and EASR after each SAE.
const HOST_SASR_LIST: &[&str] = &["ELR_EL1", "SPSR_EL1"];

/// kvms390 tree (7195c3994ca4): ID registers are per-VM host memory, trapped (HCR_EL2.TID1–5)
/// and emulated; only MIDR_EL1 stays in the save-area group. A sample across the ID space and
/// CTR_EL0.
const EMULATED_LIST: &[&str] = &[
    "REVIDR_EL1",
    "ID_PFR0_EL1",
    "ID_MMFR4_EL1",
    "ID_AA64PFR0_EL1",
    "ID_AA64ISAR2_EL1",
    "ID_AA64MMFR4_EL1",
    "CTR_EL0",
];

fn reg(name: &str) -> &'static sysreg::SysReg {
    sysreg::by_name(name).unwrap_or_else(|| panic!("{name} not in the generated table"))
}

#[test]
fn save_area_registers_resolve_with_sae_id_sys_reg_shr_5() {
    for name in SAVE_AREA_LIST.iter().chain(SASR_EL2_LIST) {
        let r = reg(name);
        if HOST_SASR_LIST.contains(name) {
            continue;
        }
        let p = sysreg_placement(r.encoding).unwrap_or_else(|| panic!("{name} not placed"));
        assert_eq!(p.location, Location::SaveArea, "{name}");
        assert_eq!(p.evidence, Evidence::Posted, "{name}");
        assert_eq!(p.reg.name, *name);
        let id = p.sae_id().unwrap();
        assert_eq!(u32::from(id), r.encoding.sys_reg() >> 5, "{name}");
        assert_eq!(sysreg::Encoding::from_sae_id(id), r.encoding, "{name}");
    }
    // A few ids by hand (op0:op1:CRn:CRm:op2): SCTLR_EL1 = 3:0:1:0:0, HCR_EL2 = 3:4:1:1:0.
    let id = |n| sysreg_placement(reg(n).encoding).unwrap().sae_id().unwrap();
    assert_eq!(id("SCTLR_EL1"), 0xc080);
    assert_eq!(id("HCR_EL2"), 0xe088);
    assert_eq!(id("MDSCR_EL1"), 0x8012);
}

#[test]
fn control_block_registers_resolve_to_their_fields() {
    let mut b = SaeControlBlock::new();
    for (i, &(name, field, offset, size)) in CONTROL_BLOCK_LIST.iter().enumerate() {
        let r = reg(name);
        let p = sysreg_placement(r.encoding).unwrap_or_else(|| panic!("{name} not placed"));
        let Location::ControlBlock(br) = p.location else {
            panic!("{name} not in the control block")
        };
        assert_eq!(p.sae_id(), None);
        assert_eq!(br.field(), Some((offset, size)), "{name}");
        assert_eq!(br.c_field(), field, "{name}");
        let (o, n) = layout::locate(&layout::SAE_BLOCK, field).unwrap();
        assert!(
            o <= offset && offset + size <= o + n,
            "{name} inside {field}"
        );
        // read/write go to that offset, big-endian.
        let v = (0x0102_0304_0506_0708u64 >> (64 - 8 * size)) ^ i as u64;
        b.write(br, v).unwrap();
        assert_eq!(b.read(br).unwrap(), v);
        let bytes = &zerocopy::IntoBytes::as_bytes(&b)[offset..offset + size];
        assert_eq!(bytes, &v.to_be_bytes()[8 - size..], "{name}");
    }
}

#[test]
fn core_registers_live_in_the_control_block() {
    let expect = |r: ArmRegister, off: usize, size: usize| {
        let (Location::ControlBlock(b), Evidence::Posted) = placement(r).unwrap() else {
            panic!("{r:?}")
        };
        assert_eq!(b.field(), Some((off, size)), "{r:?}");
    };
    for n in 0..31u8 {
        expect(ArmRegister::X(n), 0x300 + 8 * usize::from(n), 8);
    }
    expect(ArmRegister::Pc, 0x290, 8);
    expect(ArmRegister::Pstate, 0x288, 8);
    for n in 0..16u8 {
        expect(ArmRegister::SveP(n), 0x2c0 + 2 * usize::from(n), 2);
    }
    expect(ArmRegister::SveFfr, 0x2e0, 2);
    assert_eq!(placement(ArmRegister::X(31)), None);
    assert_eq!(placement(ArmRegister::SveP(16)), None);
    assert_eq!(
        placement(ArmRegister::V(31)),
        Some((Location::HostVectorRegister(31), Evidence::Inferred))
    );
    assert_eq!(placement(ArmRegister::V(32)), None);
    assert_eq!(BlockRegister::IchLr(4).field(), None);
    let mut b = SaeControlBlock::new();
    assert!(b.write(BlockRegister::X(31), 1).is_err());
    assert!(b.write(BlockRegister::SveFfr, 0x1_0000).is_err());
    assert!(b.write(BlockRegister::CntpCtlEl0, 1 << 32).is_err());
}

#[test]
fn host_memory_and_timer_registers() {
    for name in HOST_MEMORY_LIST {
        let p = sysreg_placement(reg(name).encoding).unwrap();
        assert_eq!(p.location, Location::HostMemory, "{name}");
    }
    for name in ["CNTVCT_EL0", "CNTPCT_EL0"] {
        let p = sysreg_placement(reg(name).encoding).unwrap();
        assert_eq!(p.location, Location::TimerOffset, "{name}");
    }
    // Only four list registers exist in the block.
    assert_eq!(sysreg_placement(reg("ICH_LR4_EL2").encoding), None);
}

#[test]
fn table_rows_are_unique_and_come_from_the_generated_table() {
    for (i, p) in SYSREG_PLACEMENTS.iter().enumerate() {
        assert_eq!(reg(p.reg.name).encoding, p.reg.encoding, "{}", p.reg.name);
        assert!(
            SYSREG_PLACEMENTS[i + 1..]
                .iter()
                .all(|q| q.reg.encoding != p.reg.encoding),
            "{} twice",
            p.reg.name
        );
        if let Some(id) = p.sae_id() {
            assert_eq!(u32::from(id), p.reg.encoding.sys_reg() >> 5);
        }
        assert_eq!(
            placement(ArmRegister::Sys(p.reg.encoding)).map(|x| x.0),
            Some(p.location)
        );
    }
    // The tree settled the formerly inferred ID-register rows: none is inferred any more.
    assert!(
        SYSREG_PLACEMENTS
            .iter()
            .all(|p| p.evidence != Evidence::Inferred)
    );
}

#[test]
fn newest_tree_elr_spsr_via_sasr_and_emulated_id_registers() {
    for name in HOST_SASR_LIST {
        let p = sysreg_placement(reg(name).encoding).unwrap();
        assert_eq!(
            (p.location, p.evidence),
            (Location::HostMemorySasr, Evidence::Unposted),
            "{name}"
        );
        assert_eq!(p.sae_id(), None, "{name}");
    }
    for name in EMULATED_LIST {
        let p = sysreg_placement(reg(name).encoding).unwrap();
        assert_eq!(
            (p.location, p.evidence),
            (Location::Emulated, Evidence::Unposted),
            "{name}"
        );
    }
    let midr = sysreg_placement(reg("MIDR_EL1").encoding).unwrap();
    assert_eq!(midr.location, Location::SaveArea);
    // Every ID register QAAF reports, other than MIDR and MPIDR, is emulated.
    for e in sae_abi::qaaf::QAAF_ENTRIES.iter() {
        if let sae_abi::qaaf::QaafItem::Register(r) = e.item {
            let p = sysreg_placement(r.encoding);
            let id_space = r.encoding.op0 == 3 && r.encoding.op1 == 0 && r.encoding.crn == 0;
            if id_space && !matches!(r.name, "MIDR_EL1" | "MPIDR_EL1") && r.name != "AIDR_EL1" {
                assert_eq!(
                    p.map(|p| p.location),
                    Some(Location::Emulated),
                    "{}",
                    r.name
                );
            }
        }
    }
}

#[test]
fn vcpu_reset_hcr_el2_is_the_tree_value() {
    assert_eq!(
        sae_abi::layout::SAE_VCPU_RESET_HCR_EL2,
        common::HCR_EL2_RESET
    );
    let v = arm64_uapi::regs::HCR_EL2::Value::from_bits(sae_abi::layout::SAE_VCPU_RESET_HCR_EL2);
    assert!(v.e2h() && v.rw() && v.tlor() && v.amo() && !v.vm());
}

#[test]
fn at_field_inverts_c_field() {
    let all = (0..31)
        .map(BlockRegister::X)
        .chain((0..16).map(BlockRegister::SveP))
        .chain((0..4).map(BlockRegister::IchLr))
        .chain([
            BlockRegister::Pc,
            BlockRegister::Pstate,
            BlockRegister::SpEl0,
            BlockRegister::SpEl1,
            BlockRegister::Fpcr,
            BlockRegister::Fpsr,
            BlockRegister::SveFfr,
            BlockRegister::ContextidrEl1,
            BlockRegister::CntpCtlEl0,
            BlockRegister::CntvCtlEl0,
            BlockRegister::IchHcrEl2,
            BlockRegister::IchVmcrEl2,
            BlockRegister::IchAp0r0El2,
            BlockRegister::IchAp1r0El2,
        ]);
    for r in all {
        let index = match r {
            BlockRegister::X(n) | BlockRegister::SveP(n) | BlockRegister::IchLr(n) => n,
            _ => 0,
        };
        assert_eq!(BlockRegister::at_field(r.c_field(), index), Some(r));
    }
    assert_eq!(BlockRegister::at_field("gpr", 31), None);
    assert_eq!(BlockRegister::at_field("pc", 1), None);
    assert_eq!(BlockRegister::at_field("mso", 0), None);
}
