//! KVM arm64 uapi that is not Arm's: the `KVM_{GET,SET}_ONE_REG` register-id layout, the
//! `struct kvm_regs` core ids, firmware pseudo-registers and vCPU features.
//!
//! Source: Linux `include/uapi/linux/kvm.h` and `arch/arm64/include/uapi/asm/kvm.h`
//! (`GPL-2.0 WITH Linux-syscall-note`; the numbers are restated here, not copied). Each value is
//! defined once; the tests compare them with Debian's `linux-libc-dev-arm64-cross` headers.

use core::mem::{offset_of, size_of};

use crate::sysreg::Encoding;

// ---- Register-id layout (`include/uapi/linux/kvm.h`) ----

/// `KVM_REG_ARCH_MASK`: bits 63:56 name the architecture.
pub const KVM_REG_ARCH_MASK: u64 = 0xff00_0000_0000_0000;
/// `KVM_REG_ARM64`: the arm64 architecture id.
pub const KVM_REG_ARM64: u64 = 0x6000_0000_0000_0000;
/// `KVM_REG_SIZE_SHIFT`: bits 55:52 hold log2 of the register size in bytes.
pub const KVM_REG_SIZE_SHIFT: u32 = 52;
/// `KVM_REG_SIZE_MASK`.
pub const KVM_REG_SIZE_MASK: u64 = 0x00f0_0000_0000_0000;

/// The size field for a register of `1 << log2_bytes` bytes.
pub const fn kvm_reg_size(log2_bytes: u8) -> u64 {
    ((log2_bytes & 0xf) as u64) << KVM_REG_SIZE_SHIFT
}

/// `KVM_REG_SIZE_U8`.
pub const KVM_REG_SIZE_U8: u64 = kvm_reg_size(0);
/// `KVM_REG_SIZE_U16`.
pub const KVM_REG_SIZE_U16: u64 = kvm_reg_size(1);
/// `KVM_REG_SIZE_U32`.
pub const KVM_REG_SIZE_U32: u64 = kvm_reg_size(2);
/// `KVM_REG_SIZE_U64`.
pub const KVM_REG_SIZE_U64: u64 = kvm_reg_size(3);
/// `KVM_REG_SIZE_U128`.
pub const KVM_REG_SIZE_U128: u64 = kvm_reg_size(4);
/// `KVM_REG_SIZE_U256`.
pub const KVM_REG_SIZE_U256: u64 = kvm_reg_size(5);
/// `KVM_REG_SIZE_U512`.
pub const KVM_REG_SIZE_U512: u64 = kvm_reg_size(6);
/// `KVM_REG_SIZE_U1024`.
pub const KVM_REG_SIZE_U1024: u64 = kvm_reg_size(7);
/// `KVM_REG_SIZE_U2048`.
pub const KVM_REG_SIZE_U2048: u64 = kvm_reg_size(8);

/// The size in bytes a register id declares (`1 << size field`).
pub const fn kvm_reg_size_bytes(id: u64) -> u64 {
    1u64 << ((id & KVM_REG_SIZE_MASK) >> KVM_REG_SIZE_SHIFT)
}

// ---- arm64 register groups (`arch/arm64/include/uapi/asm/kvm.h`) ----

/// `KVM_REG_ARM_COPROC_SHIFT`: bits 27:16 name the register group.
pub const KVM_REG_ARM_COPROC_SHIFT: u32 = 16;
/// `KVM_REG_ARM_COPROC_MASK`.
pub const KVM_REG_ARM_COPROC_MASK: u64 = 0x0fff_0000;

const fn group(g: u64) -> u64 {
    g << KVM_REG_ARM_COPROC_SHIFT
}

/// `KVM_REG_ARM_CORE`: `struct kvm_regs` words.
pub const KVM_REG_ARM_CORE: u64 = group(0x10);
/// `KVM_REG_ARM_DEMUX`: demultiplexed registers (CCSIDR by CSSELR value).
pub const KVM_REG_ARM_DEMUX: u64 = group(0x11);
/// `KVM_REG_ARM64_SYSREG`: system registers by encoding.
pub const KVM_REG_ARM64_SYSREG: u64 = group(0x13);
/// `KVM_REG_ARM_FW`: firmware pseudo-registers.
pub const KVM_REG_ARM_FW: u64 = group(0x14);
/// `KVM_REG_ARM64_SVE`: SVE Z/P/FFR slices and the vector-length pseudo-register.
pub const KVM_REG_ARM64_SVE: u64 = group(0x15);
/// `KVM_REG_ARM_FW_FEAT_BMAP`: firmware feature bitmaps.
pub const KVM_REG_ARM_FW_FEAT_BMAP: u64 = group(0x16);

/// `KVM_REG_ARM_DEMUX_ID_MASK`.
pub const KVM_REG_ARM_DEMUX_ID_MASK: u64 = 0xff00;
/// `KVM_REG_ARM_DEMUX_ID_SHIFT`.
pub const KVM_REG_ARM_DEMUX_ID_SHIFT: u32 = 8;
/// `KVM_REG_ARM_DEMUX_ID_CCSIDR`.
pub const KVM_REG_ARM_DEMUX_ID_CCSIDR: u64 = 0 << KVM_REG_ARM_DEMUX_ID_SHIFT;
/// `KVM_REG_ARM_DEMUX_VAL_MASK`.
pub const KVM_REG_ARM_DEMUX_VAL_MASK: u64 = 0xff;
/// `KVM_REG_ARM_DEMUX_VAL_SHIFT`.
pub const KVM_REG_ARM_DEMUX_VAL_SHIFT: u32 = 0;

/// `KVM_REG_ARM64_SYSREG_OP0_SHIFT`: the SYSREG group packs op0 at bits 15:14.
pub const KVM_REG_ARM64_SYSREG_OP0_SHIFT: u32 = 14;
/// `KVM_REG_ARM64_SYSREG_OP0_MASK`.
pub const KVM_REG_ARM64_SYSREG_OP0_MASK: u64 = 0x3 << KVM_REG_ARM64_SYSREG_OP0_SHIFT;
/// `KVM_REG_ARM64_SYSREG_OP1_SHIFT`: op1 at bits 13:11.
pub const KVM_REG_ARM64_SYSREG_OP1_SHIFT: u32 = 11;
/// `KVM_REG_ARM64_SYSREG_OP1_MASK`.
pub const KVM_REG_ARM64_SYSREG_OP1_MASK: u64 = 0x7 << KVM_REG_ARM64_SYSREG_OP1_SHIFT;
/// `KVM_REG_ARM64_SYSREG_CRN_SHIFT`: CRn at bits 10:7.
pub const KVM_REG_ARM64_SYSREG_CRN_SHIFT: u32 = 7;
/// `KVM_REG_ARM64_SYSREG_CRN_MASK`.
pub const KVM_REG_ARM64_SYSREG_CRN_MASK: u64 = 0xf << KVM_REG_ARM64_SYSREG_CRN_SHIFT;
/// `KVM_REG_ARM64_SYSREG_CRM_SHIFT`: CRm at bits 6:3.
pub const KVM_REG_ARM64_SYSREG_CRM_SHIFT: u32 = 3;
/// `KVM_REG_ARM64_SYSREG_CRM_MASK`.
pub const KVM_REG_ARM64_SYSREG_CRM_MASK: u64 = 0xf << KVM_REG_ARM64_SYSREG_CRM_SHIFT;
/// `KVM_REG_ARM64_SYSREG_OP2_SHIFT`: op2 at bits 2:0.
pub const KVM_REG_ARM64_SYSREG_OP2_SHIFT: u32 = 0;
/// `KVM_REG_ARM64_SYSREG_OP2_MASK`.
pub const KVM_REG_ARM64_SYSREG_OP2_MASK: u64 = 0x7 << KVM_REG_ARM64_SYSREG_OP2_SHIFT;

/// `ARM64_SYS_REG(op0, op1, crn, crm, op2)`: the plain ONE_REG id of a system register.
/// Use [`one_reg_id`] for the id KVM actually accepts (it applies the timer quirk).
pub const fn arm64_sys_reg(e: Encoding) -> u64 {
    KVM_REG_ARM64
        | KVM_REG_SIZE_U64
        | KVM_REG_ARM64_SYSREG
        | (((e.op0 as u64) << KVM_REG_ARM64_SYSREG_OP0_SHIFT) & KVM_REG_ARM64_SYSREG_OP0_MASK)
        | (((e.op1 as u64) << KVM_REG_ARM64_SYSREG_OP1_SHIFT) & KVM_REG_ARM64_SYSREG_OP1_MASK)
        | (((e.crn as u64) << KVM_REG_ARM64_SYSREG_CRN_SHIFT) & KVM_REG_ARM64_SYSREG_CRN_MASK)
        | (((e.crm as u64) << KVM_REG_ARM64_SYSREG_CRM_SHIFT) & KVM_REG_ARM64_SYSREG_CRM_MASK)
        | (((e.op2 as u64) << KVM_REG_ARM64_SYSREG_OP2_SHIFT) & KVM_REG_ARM64_SYSREG_OP2_MASK)
}

/// The encoding in a SYSREG-group ONE_REG id (other bits ignored).
pub const fn sysreg_encoding(id: u64) -> Encoding {
    Encoding::new(
        ((id & KVM_REG_ARM64_SYSREG_OP0_MASK) >> KVM_REG_ARM64_SYSREG_OP0_SHIFT) as u8,
        ((id & KVM_REG_ARM64_SYSREG_OP1_MASK) >> KVM_REG_ARM64_SYSREG_OP1_SHIFT) as u8,
        ((id & KVM_REG_ARM64_SYSREG_CRN_MASK) >> KVM_REG_ARM64_SYSREG_CRN_SHIFT) as u8,
        ((id & KVM_REG_ARM64_SYSREG_CRM_MASK) >> KVM_REG_ARM64_SYSREG_CRM_SHIFT) as u8,
        ((id & KVM_REG_ARM64_SYSREG_OP2_MASK) >> KVM_REG_ARM64_SYSREG_OP2_SHIFT) as u8,
    )
}

/// `KVM_REG_ARM_TIMER_CTL`: the virtual timer control (`CNTV_CTL_EL0`, encoded normally).
pub const KVM_REG_ARM_TIMER_CTL: u64 = arm64_sys_reg(Encoding::new(3, 3, 14, 3, 1));
/// `KVM_REG_ARM_TIMER_CVAL`: the virtual timer compare value. KVM's uapi gives it the
/// encoding of `CNTVCT_EL0` (3,3,14,0,2); the header says it must stay so.
pub const KVM_REG_ARM_TIMER_CVAL: u64 = arm64_sys_reg(Encoding::new(3, 3, 14, 0, 2));
/// `KVM_REG_ARM_TIMER_CNT`: the virtual counter. KVM's uapi gives it the encoding of
/// `CNTV_CVAL_EL0` (3,3,14,3,2): swapped with `KVM_REG_ARM_TIMER_CVAL`.
pub const KVM_REG_ARM_TIMER_CNT: u64 = arm64_sys_reg(Encoding::new(3, 3, 14, 3, 2));
/// `KVM_REG_ARM_PTIMER_CTL` (`CNTP_CTL_EL0`, no quirk).
pub const KVM_REG_ARM_PTIMER_CTL: u64 = arm64_sys_reg(Encoding::new(3, 3, 14, 2, 1));
/// `KVM_REG_ARM_PTIMER_CVAL` (`CNTP_CVAL_EL0`, no quirk).
pub const KVM_REG_ARM_PTIMER_CVAL: u64 = arm64_sys_reg(Encoding::new(3, 3, 14, 2, 2));
/// `KVM_REG_ARM_PTIMER_CNT` (`CNTPCT_EL0`, no quirk).
pub const KVM_REG_ARM_PTIMER_CNT: u64 = arm64_sys_reg(Encoding::new(3, 3, 14, 0, 1));

/// The ONE_REG id KVM uses for the system register `e`: [`arm64_sys_reg`], except that the
/// ids of `CNTVCT_EL0` and `CNTV_CVAL_EL0` are swapped as in KVM's uapi (the timer quirk), so
/// `one_reg_id(CNTVCT_EL0) == KVM_REG_ARM_TIMER_CNT`.
pub const fn one_reg_id(e: Encoding) -> u64 {
    let id = arm64_sys_reg(e);
    if id == KVM_REG_ARM_TIMER_CNT {
        KVM_REG_ARM_TIMER_CVAL
    } else if id == KVM_REG_ARM_TIMER_CVAL {
        KVM_REG_ARM_TIMER_CNT
    } else {
        id
    }
}

// ---- Core registers: `struct kvm_regs` ----

/// `KVM_NR_SPSR`: banked SPSRs in `struct kvm_regs` (EL1, abt, und, irq, fiq).
pub const KVM_NR_SPSR: usize = 5;

/// `struct user_pt_regs`: X0–X30, SP, PC, PSTATE.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C)]
pub struct UserPtRegs {
    /// X0–X30.
    pub regs: [u64; 31],
    /// SP_EL0.
    pub sp: u64,
    /// PC.
    pub pc: u64,
    /// PSTATE (SPSR format).
    pub pstate: u64,
}

/// `struct user_fpsimd_state`: V0–V31 (each an arm64 `__uint128_t`, 16-byte aligned on the
/// guest ABI whatever the host), FPSR, FPCR.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C, align(16))]
pub struct UserFpsimdState {
    /// V0–V31 as two 64-bit halves (low half first on a little-endian guest).
    pub vregs: [[u64; 2]; 32],
    /// FPSR.
    pub fpsr: u32,
    /// FPCR.
    pub fpcr: u32,
    /// Reserved.
    pub reserved: [u32; 2],
}

/// `struct kvm_regs`: what the `KVM_REG_ARM_CORE` ids index, in 32-bit words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C)]
pub struct KvmRegs {
    /// General registers, SP, PC, PSTATE.
    pub regs: UserPtRegs,
    /// SP_EL1.
    pub sp_el1: u64,
    /// ELR_EL1.
    pub elr_el1: u64,
    /// SPSR_EL1, SPSR_abt, SPSR_und, SPSR_irq, SPSR_fiq.
    pub spsr: [u64; KVM_NR_SPSR],
    /// FP/SIMD state.
    pub fp_regs: UserFpsimdState,
}

static_assertions::const_assert_eq!(size_of::<UserPtRegs>(), 0x110);
static_assertions::const_assert_eq!(size_of::<UserFpsimdState>(), 0x210);
static_assertions::const_assert_eq!(offset_of!(KvmRegs, fp_regs), 0x150);
static_assertions::const_assert_eq!(size_of::<KvmRegs>(), 0x360);

/// `KVM_REG_ARM64 | size | KVM_REG_ARM_CORE | offset / 4` for a field of `struct kvm_regs` at
/// byte `offset` (`KVM_REG_ARM_CORE_REG`).
pub const fn core_reg_id(offset: usize, size: u64) -> u64 {
    KVM_REG_ARM64 | size | KVM_REG_ARM_CORE | ((offset / 4) as u64 & 0xffff)
}

const PT: usize = offset_of!(KvmRegs, regs);
const FP: usize = offset_of!(KvmRegs, fp_regs);

/// Core id of X`n` (`regs.regs[n]`; n clamped to 0..=30).
#[allow(
    clippy::arithmetic_side_effects,
    reason = "n <= 30: the offset stays below 0x110"
)]
pub const fn core_x(n: usize) -> u64 {
    let n = if n > 30 { 30 } else { n };
    core_reg_id(PT + offset_of!(UserPtRegs, regs) + n * 8, KVM_REG_SIZE_U64)
}
/// Core id of SP_EL0 (`regs.sp`).
pub const CORE_SP: u64 = core_reg_id(PT + offset_of!(UserPtRegs, sp), KVM_REG_SIZE_U64);
/// Core id of PC (`regs.pc`).
pub const CORE_PC: u64 = core_reg_id(PT + offset_of!(UserPtRegs, pc), KVM_REG_SIZE_U64);
/// Core id of PSTATE (`regs.pstate`).
pub const CORE_PSTATE: u64 = core_reg_id(PT + offset_of!(UserPtRegs, pstate), KVM_REG_SIZE_U64);
/// Core id of SP_EL1.
pub const CORE_SP_EL1: u64 = core_reg_id(offset_of!(KvmRegs, sp_el1), KVM_REG_SIZE_U64);
/// Core id of ELR_EL1.
pub const CORE_ELR_EL1: u64 = core_reg_id(offset_of!(KvmRegs, elr_el1), KVM_REG_SIZE_U64);
/// Core id of banked SPSR `i` (0 = SPSR_EL1; clamped to 0..=4).
#[allow(
    clippy::arithmetic_side_effects,
    reason = "i <= 4: the offset stays below 0x150"
)]
pub const fn core_spsr(i: usize) -> u64 {
    let i = if i >= KVM_NR_SPSR { KVM_NR_SPSR - 1 } else { i };
    core_reg_id(offset_of!(KvmRegs, spsr) + i * 8, KVM_REG_SIZE_U64)
}
/// Core id of V`n` (`fp_regs.vregs[n]`, 128 bits; n clamped to 0..=31).
#[allow(
    clippy::arithmetic_side_effects,
    reason = "n <= 31: the offset stays below 0x360"
)]
pub const fn core_vreg(n: usize) -> u64 {
    let n = if n > 31 { 31 } else { n };
    core_reg_id(
        FP + offset_of!(UserFpsimdState, vregs) + n * 16,
        KVM_REG_SIZE_U128,
    )
}
/// Core id of FPSR (32 bits).
pub const CORE_FPSR: u64 = core_reg_id(FP + offset_of!(UserFpsimdState, fpsr), KVM_REG_SIZE_U32);
/// Core id of FPCR (32 bits).
pub const CORE_FPCR: u64 = core_reg_id(FP + offset_of!(UserFpsimdState, fpcr), KVM_REG_SIZE_U32);

// ---- Firmware pseudo-registers ----

/// `KVM_REG_ARM_FW_REG(r)`.
pub const fn fw_reg(r: u16) -> u64 {
    KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_FW | r as u64
}
/// `KVM_REG_ARM_PSCI_VERSION`: the PSCI version the guest sees.
pub const KVM_REG_ARM_PSCI_VERSION: u64 = fw_reg(0);
/// `KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1` (Spectre-v2 / BHB, SMCCC_ARCH_WORKAROUND_1).
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1: u64 = fw_reg(1);
/// `KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2` (SSB, SMCCC_ARCH_WORKAROUND_2).
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2: u64 = fw_reg(2);
/// `KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3` (Spectre-BHB, SMCCC_ARCH_WORKAROUND_3).
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3: u64 = fw_reg(3);

/// `..._WORKAROUND_1_NOT_AVAIL`: the host is vulnerable or cannot say.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_AVAIL: u64 = 0;
/// `..._WORKAROUND_1_AVAIL`: the workaround call is available.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_AVAIL: u64 = 1;
/// `..._WORKAROUND_1_NOT_REQUIRED`: the CPUs are not affected.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_REQUIRED: u64 = 2;
/// `..._WORKAROUND_2_NOT_AVAIL`.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL: u64 = 0;
/// `..._WORKAROUND_2_UNKNOWN`.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_UNKNOWN: u64 = 1;
/// `..._WORKAROUND_2_AVAIL`.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL: u64 = 2;
/// `..._WORKAROUND_2_NOT_REQUIRED`.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED: u64 = 3;
/// `..._WORKAROUND_2_ENABLED` (bit 4, only together with AVAIL).
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_ENABLED: u64 = 1 << 4;
/// `..._WORKAROUND_3_NOT_AVAIL`.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_AVAIL: u64 = 0;
/// `..._WORKAROUND_3_AVAIL`.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_AVAIL: u64 = 1;
/// `..._WORKAROUND_3_NOT_REQUIRED`.
pub const KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_REQUIRED: u64 = 2;

/// `KVM_REG_ARM_FW_FEAT_BMAP_REG(r)`.
pub const fn fw_feat_bmap_reg(r: u16) -> u64 {
    KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_FW_FEAT_BMAP | r as u64
}
/// `KVM_REG_ARM_STD_BMAP`: standard secure services (bit 0 TRNG 1.0).
pub const KVM_REG_ARM_STD_BMAP: u64 = fw_feat_bmap_reg(0);
/// `KVM_REG_ARM_STD_HYP_BMAP`: standard hypervisor services (bit 0 PV time).
pub const KVM_REG_ARM_STD_HYP_BMAP: u64 = fw_feat_bmap_reg(1);
/// `KVM_REG_ARM_VENDOR_HYP_BMAP`: KVM vendor services 0–63 (bit 0 FEATURES/UID, bit 1 PTP).
pub const KVM_REG_ARM_VENDOR_HYP_BMAP: u64 = fw_feat_bmap_reg(2);
/// `KVM_REG_ARM_VENDOR_HYP_BMAP_2`: KVM vendor services 64–127 (Linux 6.16+).
pub const KVM_REG_ARM_VENDOR_HYP_BMAP_2: u64 = fw_feat_bmap_reg(3);
/// `KVM_REG_ARM_STD_BIT_TRNG_V1_0`.
pub const KVM_REG_ARM_STD_BIT_TRNG_V1_0: u32 = 0;
/// `KVM_REG_ARM_STD_HYP_BIT_PV_TIME`.
pub const KVM_REG_ARM_STD_HYP_BIT_PV_TIME: u32 = 0;
/// `KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT`.
pub const KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT: u32 = 0;
/// `KVM_REG_ARM_VENDOR_HYP_BIT_PTP`.
pub const KVM_REG_ARM_VENDOR_HYP_BIT_PTP: u32 = 1;

// ---- SVE ----

/// `KVM_REG_ARM64_SVE_ZREG_BASE`.
pub const KVM_REG_ARM64_SVE_ZREG_BASE: u64 = 0;
/// `KVM_REG_ARM64_SVE_PREG_BASE`.
pub const KVM_REG_ARM64_SVE_PREG_BASE: u64 = 0x400;
/// `KVM_REG_ARM64_SVE_FFR_BASE`.
pub const KVM_REG_ARM64_SVE_FFR_BASE: u64 = 0x600;
/// `KVM_ARM64_SVE_NUM_ZREGS`.
pub const KVM_ARM64_SVE_NUM_ZREGS: u64 = 32;
/// `KVM_ARM64_SVE_NUM_PREGS`.
pub const KVM_ARM64_SVE_NUM_PREGS: u64 = 16;
/// `KVM_ARM64_SVE_MAX_SLICES`.
pub const KVM_ARM64_SVE_MAX_SLICES: u64 = 32;

/// `KVM_REG_ARM64_SVE_ZREG(n, i)`: slice `i` of Z`n` (2048 bits).
pub const fn sve_zreg(n: u64, i: u64) -> u64 {
    KVM_REG_ARM64
        | KVM_REG_ARM64_SVE
        | KVM_REG_ARM64_SVE_ZREG_BASE
        | KVM_REG_SIZE_U2048
        | ((n & (KVM_ARM64_SVE_NUM_ZREGS - 1)) << 5)
        | (i & (KVM_ARM64_SVE_MAX_SLICES - 1))
}
/// `KVM_REG_ARM64_SVE_PREG(n, i)`: slice `i` of P`n` (256 bits).
pub const fn sve_preg(n: u64, i: u64) -> u64 {
    KVM_REG_ARM64
        | KVM_REG_ARM64_SVE
        | KVM_REG_ARM64_SVE_PREG_BASE
        | KVM_REG_SIZE_U256
        | ((n & (KVM_ARM64_SVE_NUM_PREGS - 1)) << 5)
        | (i & (KVM_ARM64_SVE_MAX_SLICES - 1))
}
/// `KVM_REG_ARM64_SVE_FFR(i)`: slice `i` of FFR (256 bits).
pub const fn sve_ffr(i: u64) -> u64 {
    KVM_REG_ARM64
        | KVM_REG_ARM64_SVE
        | KVM_REG_ARM64_SVE_FFR_BASE
        | KVM_REG_SIZE_U256
        | (i & (KVM_ARM64_SVE_MAX_SLICES - 1))
}
/// `KVM_REG_ARM64_SVE_VLS`: the supported-vector-lengths pseudo-register.
pub const KVM_REG_ARM64_SVE_VLS: u64 =
    KVM_REG_ARM64 | KVM_REG_ARM64_SVE | KVM_REG_SIZE_U512 | 0xffff;

// ---- vCPU features (`struct kvm_vcpu_init.features`) ----

/// `KVM_ARM_VCPU_POWER_OFF`: the vCPU starts powered off.
pub const KVM_ARM_VCPU_POWER_OFF: u32 = 0;
/// `KVM_ARM_VCPU_EL1_32BIT`: AArch32 EL1.
pub const KVM_ARM_VCPU_EL1_32BIT: u32 = 1;
/// `KVM_ARM_VCPU_PSCI_0_2`: PSCI 0.2 or later (else 0.1 with KVM's own ids).
pub const KVM_ARM_VCPU_PSCI_0_2: u32 = 2;
/// `KVM_ARM_VCPU_PMU_V3`.
pub const KVM_ARM_VCPU_PMU_V3: u32 = 3;
/// `KVM_ARM_VCPU_SVE`.
pub const KVM_ARM_VCPU_SVE: u32 = 4;
/// `KVM_ARM_VCPU_PTRAUTH_ADDRESS`.
pub const KVM_ARM_VCPU_PTRAUTH_ADDRESS: u32 = 5;
/// `KVM_ARM_VCPU_PTRAUTH_GENERIC`.
pub const KVM_ARM_VCPU_PTRAUTH_GENERIC: u32 = 6;
/// `KVM_ARM_VCPU_HAS_EL2` (Linux 6.9+).
pub const KVM_ARM_VCPU_HAS_EL2: u32 = 7;

// ---- ioctl numbers (`_IOW(KVMIO, nr, type)`, KVMIO = 0xAE) ----

const KVMIO: u32 = 0xae;
const IOC_WRITE: u32 = 1;
const IOC_READ: u32 = 2;

const fn ioc(dir: u32, nr: u32, size: usize) -> u32 {
    (dir << 30) | (((size as u32) & 0x3fff) << 16) | (KVMIO << 8) | nr
}

/// `struct kvm_one_reg` (`id`, `addr`): 16 bytes.
const KVM_ONE_REG_SIZE: usize = 16;
/// `struct kvm_reg_list` header (`n`; ids follow): 8 bytes.
const KVM_REG_LIST_SIZE: usize = 8;
/// `struct kvm_vcpu_init` (`target`, `features[7]`): 32 bytes.
const KVM_VCPU_INIT_SIZE: usize = 32;

/// `KVM_GET_ONE_REG`.
pub const KVM_GET_ONE_REG: u32 = ioc(IOC_WRITE, 0xab, KVM_ONE_REG_SIZE);
/// `KVM_SET_ONE_REG`.
pub const KVM_SET_ONE_REG: u32 = ioc(IOC_WRITE, 0xac, KVM_ONE_REG_SIZE);
/// `KVM_GET_REG_LIST`.
pub const KVM_GET_REG_LIST: u32 = ioc(IOC_READ | IOC_WRITE, 0xb0, KVM_REG_LIST_SIZE);
/// `KVM_ARM_VCPU_INIT`.
pub const KVM_ARM_VCPU_INIT: u32 = ioc(IOC_WRITE, 0xae, KVM_VCPU_INIT_SIZE);

// ---- Hypercall and system-event exits, the SMCCC filter, errno ----
// Appended for `smccc-dispatch`; sources as above plus `include/uapi/asm-generic/errno-base.h`.

/// `KVM_EXIT_HYPERCALL` (`include/uapi/linux/kvm.h`): `run->exit_reason` when an SMCCC call
/// is forwarded to the VMM; on arm64 only `run->hypercall.nr` and `.flags` are filled.
pub const KVM_EXIT_HYPERCALL: u32 = 3;
/// `KVM_EXIT_SYSTEM_EVENT` (`include/uapi/linux/kvm.h`): `run->exit_reason` of a PSCI
/// SYSTEM_OFF/RESET/RESET2/OFF2/SUSPEND.
pub const KVM_EXIT_SYSTEM_EVENT: u32 = 24;
/// `KVM_SYSTEM_EVENT_SHUTDOWN` (`include/uapi/linux/kvm.h`): `run->system_event.type`.
pub const KVM_SYSTEM_EVENT_SHUTDOWN: u32 = 1;
/// `KVM_SYSTEM_EVENT_RESET` (`include/uapi/linux/kvm.h`).
pub const KVM_SYSTEM_EVENT_RESET: u32 = 2;
/// `KVM_SYSTEM_EVENT_SUSPEND` (`include/uapi/linux/kvm.h`, Linux 5.19+).
pub const KVM_SYSTEM_EVENT_SUSPEND: u32 = 5;
/// `KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2` (`arch/arm64/include/uapi/asm/kvm.h`): in
/// `run->system_event.data[0]` of a reset caused by PSCI SYSTEM_RESET2.
pub const KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2: u64 = 1 << 0;
/// `KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2` (`arch/arm64/include/uapi/asm/kvm.h`, Linux
/// 6.13+): in `run->system_event.data[0]` of a shutdown caused by PSCI SYSTEM_OFF2.
pub const KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2: u64 = 1 << 0;
/// `KVM_HYPERCALL_EXIT_SMC` (`arch/arm64/include/uapi/asm/kvm.h`): `run->hypercall.flags`
/// bit set when the guest used SMC (clear for HVC).
pub const KVM_HYPERCALL_EXIT_SMC: u64 = 1 << 0;
/// `KVM_HYPERCALL_EXIT_16BIT` (`arch/arm64/include/uapi/asm/kvm.h`): `run->hypercall.flags`
/// bit set when the trapped instruction was a 16-bit T32 one.
pub const KVM_HYPERCALL_EXIT_16BIT: u64 = 1 << 1;
/// `KVM_SMCCC_FILTER_HANDLE` (`enum kvm_smccc_filter_action`, `arch/arm64/include/uapi/asm/kvm.h`):
/// KVM handles the range itself.
pub const KVM_SMCCC_FILTER_HANDLE: u8 = 0;
/// `KVM_SMCCC_FILTER_DENY`: the guest gets NOT_SUPPORTED.
pub const KVM_SMCCC_FILTER_DENY: u8 = 1;
/// `KVM_SMCCC_FILTER_FWD_TO_USER`: the call exits to the VMM with `KVM_EXIT_HYPERCALL`.
pub const KVM_SMCCC_FILTER_FWD_TO_USER: u8 = 2;
/// `KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_VER` (`arch/arm64/include/uapi/asm/kvm.h`, Linux
/// 6.16+): bit of `KVM_REG_ARM_VENDOR_HYP_BMAP_2`.
pub const KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_VER: u32 = 0;
/// `KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_CPUS` (Linux 6.16+): bit of
/// `KVM_REG_ARM_VENDOR_HYP_BMAP_2`.
pub const KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_CPUS: u32 = 1;
/// `KVM_REG_FEATURE_LEVEL_MASK` (kernel-internal, `arch/arm64/kvm/hypercalls.c`): the level
/// bits of the `..._WORKAROUND_n` registers; a write with other bits set fails with `EINVAL`.
pub const KVM_REG_FEATURE_LEVEL_MASK: u64 = 0xf;
/// `ENOENT` (`include/uapi/asm-generic/errno-base.h`): no such firmware register.
pub const ENOENT: i32 = 2;
/// `ENOMEM` (`include/uapi/asm-generic/errno-base.h`): the filter could not grow.
pub const ENOMEM: i32 = 12;
/// `EBUSY` (`include/uapi/asm-generic/errno-base.h`): change after the VM first ran.
pub const EBUSY: i32 = 16;
/// `EEXIST` (`include/uapi/asm-generic/errno-base.h`): filter range overlaps.
pub const EEXIST: i32 = 17;
/// `EINVAL` (`include/uapi/asm-generic/errno-base.h`): invalid argument.
pub const EINVAL: i32 = 22;
