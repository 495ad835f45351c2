//! `KVM_{GET,SET}_ONE_REG` register ids: the id layout (`include/uapi/linux/kvm.h`), the arm64
//! groups, core, system, firmware and SVE registers (`arch/arm64/include/uapi/asm/kvm.h`,
//! Linux 7.2), and [`resolve_reg_id`], which names every id kind KVM lists.

use core::mem::offset_of;

use super::{Src, kvm_regs, user_fpsimd_state, user_pt_regs};
use crate::sysreg::Encoding;

uapi_consts! { REG_CONSTS, Src::Uapi;
    /// `KVM_REG_ARCH_MASK`: bits 63:56 of a register id name the architecture.
    KVM_REG_ARCH_MASK: u64 = 0xff00_0000_0000_0000;
    /// `KVM_REG_GENERIC`: architecture-independent register ids.
    KVM_REG_GENERIC: u64 = 0;
    /// `KVM_REG_PPC`: PowerPC ids (listed so every architecture id is known).
    KVM_REG_PPC: u64 = 0x1000_0000_0000_0000;
    /// `KVM_REG_X86`.
    KVM_REG_X86: u64 = 0x2000_0000_0000_0000;
    /// `KVM_REG_IA64`.
    KVM_REG_IA64: u64 = 0x3000_0000_0000_0000;
    /// `KVM_REG_ARM`: 32-bit Arm ids (removed architecture).
    KVM_REG_ARM: u64 = 0x4000_0000_0000_0000;
    /// `KVM_REG_S390`.
    KVM_REG_S390: u64 = 0x5000_0000_0000_0000;
    /// `KVM_REG_ARM64`: the arm64 architecture id.
    KVM_REG_ARM64: u64 = 0x6000_0000_0000_0000;
    /// `KVM_REG_MIPS`.
    KVM_REG_MIPS: u64 = 0x7000_0000_0000_0000;
    /// `KVM_REG_RISCV`.
    KVM_REG_RISCV: u64 = 0x8000_0000_0000_0000;
    /// `KVM_REG_LOONGARCH`.
    KVM_REG_LOONGARCH: u64 = 0x9000_0000_0000_0000;
    /// `KVM_REG_SIZE_SHIFT`: bits 55:52 hold log2 of the register size in bytes.
    KVM_REG_SIZE_SHIFT: u32 = 52;
    /// `KVM_REG_SIZE_MASK`.
    KVM_REG_SIZE_MASK: u64 = 0xf << KVM_REG_SIZE_SHIFT;
    /// `KVM_REG_SIZE_U8`.
    KVM_REG_SIZE_U8: u64 = kvm_reg_size(0);
    /// `KVM_REG_SIZE_U16`.
    KVM_REG_SIZE_U16: u64 = kvm_reg_size(1);
    /// `KVM_REG_SIZE_U32`.
    KVM_REG_SIZE_U32: u64 = kvm_reg_size(2);
    /// `KVM_REG_SIZE_U64`.
    KVM_REG_SIZE_U64: u64 = kvm_reg_size(3);
    /// `KVM_REG_SIZE_U128`.
    KVM_REG_SIZE_U128: u64 = kvm_reg_size(4);
    /// `KVM_REG_SIZE_U256`.
    KVM_REG_SIZE_U256: u64 = kvm_reg_size(5);
    /// `KVM_REG_SIZE_U512`.
    KVM_REG_SIZE_U512: u64 = kvm_reg_size(6);
    /// `KVM_REG_SIZE_U1024`.
    KVM_REG_SIZE_U1024: u64 = kvm_reg_size(7);
    /// `KVM_REG_SIZE_U2048`.
    KVM_REG_SIZE_U2048: u64 = kvm_reg_size(8);
    /// `KVM_REG_ARM_COPROC_SHIFT`: bits 27:16 name the arm64 register group.
    KVM_REG_ARM_COPROC_SHIFT: u32 = 16;
    /// `KVM_REG_ARM_COPROC_MASK`.
    KVM_REG_ARM_COPROC_MASK: u64 = 0xfff << KVM_REG_ARM_COPROC_SHIFT;
    /// `KVM_REG_ARM_CORE`: `struct kvm_regs`, indexed in 32-bit words.
    KVM_REG_ARM_CORE: u64 = group(0x10);
    /// `KVM_REG_ARM_DEMUX`: demultiplexed registers (CCSIDR by CSSELR value).
    KVM_REG_ARM_DEMUX: u64 = group(0x11);
    /// `KVM_REG_ARM_DEMUX_ID_MASK`.
    KVM_REG_ARM_DEMUX_ID_MASK: u64 = 0xff00;
    /// `KVM_REG_ARM_DEMUX_ID_SHIFT`.
    KVM_REG_ARM_DEMUX_ID_SHIFT: u32 = 8;
    /// `KVM_REG_ARM_DEMUX_ID_CCSIDR`: the demultiplexed register is CCSIDR_EL1.
    KVM_REG_ARM_DEMUX_ID_CCSIDR: u64 = 0 << KVM_REG_ARM_DEMUX_ID_SHIFT;
    /// `KVM_REG_ARM_DEMUX_VAL_MASK`: the selector (the CSSELR_EL1 value).
    KVM_REG_ARM_DEMUX_VAL_MASK: u64 = 0xff;
    /// `KVM_REG_ARM_DEMUX_VAL_SHIFT`.
    KVM_REG_ARM_DEMUX_VAL_SHIFT: u32 = 0;
    /// `KVM_REG_ARM64_SYSREG`: system registers by encoding.
    KVM_REG_ARM64_SYSREG: u64 = group(0x13);
    /// `KVM_REG_ARM64_SYSREG_OP0_SHIFT`: op0 at bits 15:14.
    KVM_REG_ARM64_SYSREG_OP0_SHIFT: u32 = 14;
    /// `KVM_REG_ARM64_SYSREG_OP0_MASK`.
    KVM_REG_ARM64_SYSREG_OP0_MASK: u64 = 0x3 << KVM_REG_ARM64_SYSREG_OP0_SHIFT;
    /// `KVM_REG_ARM64_SYSREG_OP1_SHIFT`: op1 at bits 13:11.
    KVM_REG_ARM64_SYSREG_OP1_SHIFT: u32 = 11;
    /// `KVM_REG_ARM64_SYSREG_OP1_MASK`.
    KVM_REG_ARM64_SYSREG_OP1_MASK: u64 = 0x7 << KVM_REG_ARM64_SYSREG_OP1_SHIFT;
    /// `KVM_REG_ARM64_SYSREG_CRN_SHIFT`: CRn at bits 10:7.
    KVM_REG_ARM64_SYSREG_CRN_SHIFT: u32 = 7;
    /// `KVM_REG_ARM64_SYSREG_CRN_MASK`.
    KVM_REG_ARM64_SYSREG_CRN_MASK: u64 = 0xf << KVM_REG_ARM64_SYSREG_CRN_SHIFT;
    /// `KVM_REG_ARM64_SYSREG_CRM_SHIFT`: CRm at bits 6:3.
    KVM_REG_ARM64_SYSREG_CRM_SHIFT: u32 = 3;
    /// `KVM_REG_ARM64_SYSREG_CRM_MASK`.
    KVM_REG_ARM64_SYSREG_CRM_MASK: u64 = 0xf << KVM_REG_ARM64_SYSREG_CRM_SHIFT;
    /// `KVM_REG_ARM64_SYSREG_OP2_SHIFT`: op2 at bits 2:0.
    KVM_REG_ARM64_SYSREG_OP2_SHIFT: u32 = 0;
    /// `KVM_REG_ARM64_SYSREG_OP2_MASK`.
    KVM_REG_ARM64_SYSREG_OP2_MASK: u64 = 0x7 << KVM_REG_ARM64_SYSREG_OP2_SHIFT;
    /// `KVM_REG_ARM_PTIMER_CTL` (`CNTP_CTL_EL0`, encoded normally).
    KVM_REG_ARM_PTIMER_CTL: u64 = ARM64_SYS_REG(3, 3, 14, 2, 1);
    /// `KVM_REG_ARM_PTIMER_CVAL` (`CNTP_CVAL_EL0`, encoded normally).
    KVM_REG_ARM_PTIMER_CVAL: u64 = ARM64_SYS_REG(3, 3, 14, 2, 2);
    /// `KVM_REG_ARM_PTIMER_CNT` (`CNTPCT_EL0`, encoded normally).
    KVM_REG_ARM_PTIMER_CNT: u64 = ARM64_SYS_REG(3, 3, 14, 0, 1);
    /// `KVM_REG_ARM_TIMER_CTL`: the virtual timer control (`CNTV_CTL_EL0`, encoded normally).
    KVM_REG_ARM_TIMER_CTL: u64 = ARM64_SYS_REG(3, 3, 14, 3, 1);
    /// `KVM_REG_ARM_TIMER_CVAL`: the virtual timer compare value `CNTV_CVAL_EL0`, which KVM's
    /// uapi gives the encoding of `CNTVCT_EL0` (3,3,14,0,2); the header says it must stay so.
    KVM_REG_ARM_TIMER_CVAL: u64 = ARM64_SYS_REG(3, 3, 14, 0, 2);
    /// `KVM_REG_ARM_TIMER_CNT`: the virtual counter `CNTVCT_EL0`, which KVM's uapi gives the
    /// encoding of `CNTV_CVAL_EL0` (3,3,14,3,2): swapped with `KVM_REG_ARM_TIMER_CVAL`.
    KVM_REG_ARM_TIMER_CNT: u64 = ARM64_SYS_REG(3, 3, 14, 3, 2);
    /// `KVM_NR_SPSR`: banked SPSRs in `struct kvm_regs` (EL1, abt, und, irq, fiq).
    KVM_NR_SPSR: usize = 5;
    /// `KVM_SPSR_EL1`: index of SPSR_EL1 in `kvm_regs.spsr`.
    KVM_SPSR_EL1: usize = 0;
    /// `KVM_SPSR_SVC`: the AArch32 name of `KVM_SPSR_EL1`.
    KVM_SPSR_SVC: usize = KVM_SPSR_EL1;
    /// `KVM_SPSR_ABT`: index of SPSR_abt.
    KVM_SPSR_ABT: usize = 1;
    /// `KVM_SPSR_UND`: index of SPSR_und.
    KVM_SPSR_UND: usize = 2;
    /// `KVM_SPSR_IRQ`: index of SPSR_irq.
    KVM_SPSR_IRQ: usize = 3;
    /// `KVM_SPSR_FIQ`: index of SPSR_fiq.
    KVM_SPSR_FIQ: usize = 4;
}

uapi_consts! { FW_CONSTS, Src::Uapi;
    /// `KVM_REG_ARM_FW`: firmware pseudo-registers.
    KVM_REG_ARM_FW: u64 = group(0x14);
    /// `KVM_REG_ARM_PSCI_VERSION`: the PSCI version the guest sees.
    KVM_REG_ARM_PSCI_VERSION: u64 = KVM_REG_ARM_FW_REG(0);
    /// `KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1` (Spectre-v2 / BHB, SMCCC_ARCH_WORKAROUND_1).
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1: u64 = KVM_REG_ARM_FW_REG(1);
    /// `..._WORKAROUND_1_NOT_AVAIL`: the host is vulnerable or cannot say.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_AVAIL: u64 = 0;
    /// `..._WORKAROUND_1_AVAIL`: the workaround call is available.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_AVAIL: u64 = 1;
    /// `..._WORKAROUND_1_NOT_REQUIRED`: the CPUs are not affected.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1_NOT_REQUIRED: u64 = 2;
    /// `KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2` (SSB, SMCCC_ARCH_WORKAROUND_2).
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2: u64 = KVM_REG_ARM_FW_REG(2);
    /// `..._WORKAROUND_2_NOT_AVAIL`.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL: u64 = 0;
    /// `..._WORKAROUND_2_UNKNOWN`.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_UNKNOWN: u64 = 1;
    /// `..._WORKAROUND_2_AVAIL`.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL: u64 = 2;
    /// `..._WORKAROUND_2_NOT_REQUIRED`.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED: u64 = 3;
    /// `..._WORKAROUND_2_ENABLED` (bit 4, only together with AVAIL).
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_ENABLED: u64 = 1 << 4;
    /// `KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3` (Spectre-BHB, SMCCC_ARCH_WORKAROUND_3).
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3: u64 = KVM_REG_ARM_FW_REG(3);
    /// `..._WORKAROUND_3_NOT_AVAIL`.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_AVAIL: u64 = 0;
    /// `..._WORKAROUND_3_AVAIL`.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_AVAIL: u64 = 1;
    /// `..._WORKAROUND_3_NOT_REQUIRED`.
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3_NOT_REQUIRED: u64 = 2;
    /// `KVM_REG_ARM_FW_FEAT_BMAP`: firmware feature bitmap registers.
    KVM_REG_ARM_FW_FEAT_BMAP: u64 = group(0x16);
    /// `KVM_REG_ARM_STD_BMAP`: standard secure services (bit 0 TRNG 1.0).
    KVM_REG_ARM_STD_BMAP: u64 = KVM_REG_ARM_FW_FEAT_BMAP_REG(0);
    /// `KVM_REG_ARM_STD_HYP_BMAP`: standard hypervisor services (bit 0 PV time).
    KVM_REG_ARM_STD_HYP_BMAP: u64 = KVM_REG_ARM_FW_FEAT_BMAP_REG(1);
    /// `KVM_REG_ARM_VENDOR_HYP_BMAP`: KVM vendor services 0–63 (bit 0 FEATURES/UID, bit 1 PTP).
    KVM_REG_ARM_VENDOR_HYP_BMAP: u64 = KVM_REG_ARM_FW_FEAT_BMAP_REG(2);
    /// `KVM_REG_ARM_VENDOR_HYP_BMAP_2`: KVM vendor services 64–127 (Linux 6.16+).
    KVM_REG_ARM_VENDOR_HYP_BMAP_2: u64 = KVM_REG_ARM_FW_FEAT_BMAP_REG(3) => "6.16";
    /// `KVM_REG_ARM_STD_BIT_TRNG_V1_0`: bit of `KVM_REG_ARM_STD_BMAP`.
    KVM_REG_ARM_STD_BIT_TRNG_V1_0: u32 = 0;
    /// `KVM_REG_ARM_STD_HYP_BIT_PV_TIME`: bit of `KVM_REG_ARM_STD_HYP_BMAP`.
    KVM_REG_ARM_STD_HYP_BIT_PV_TIME: u32 = 0;
    /// `KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT`: bit of `KVM_REG_ARM_VENDOR_HYP_BMAP`.
    KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT: u32 = 0;
    /// `KVM_REG_ARM_VENDOR_HYP_BIT_PTP`: bit of `KVM_REG_ARM_VENDOR_HYP_BMAP`.
    KVM_REG_ARM_VENDOR_HYP_BIT_PTP: u32 = 1;
    /// `KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_VER`: bit of `..._VENDOR_HYP_BMAP_2` (6.16+).
    KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_VER: u32 = 0 => "6.16";
    /// `KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_CPUS`: bit of `..._VENDOR_HYP_BMAP_2` (6.16+).
    KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_CPUS: u32 = 1 => "6.16";
}

uapi_consts! { SVE_CONSTS, Src::Uapi;
    /// `KVM_REG_ARM64_SVE`: SVE Z/P/FFR slices and the vector-length pseudo-register.
    KVM_REG_ARM64_SVE: u64 = group(0x15);
    /// `KVM_REG_ARM64_SVE_ZREG_BASE`.
    KVM_REG_ARM64_SVE_ZREG_BASE: u64 = 0;
    /// `KVM_REG_ARM64_SVE_PREG_BASE`.
    KVM_REG_ARM64_SVE_PREG_BASE: u64 = 0x400;
    /// `KVM_REG_ARM64_SVE_FFR_BASE`.
    KVM_REG_ARM64_SVE_FFR_BASE: u64 = 0x600;
    /// `KVM_ARM64_SVE_NUM_ZREGS` (`__SVE_NUM_ZREGS`, `asm/sve_context.h`).
    KVM_ARM64_SVE_NUM_ZREGS: u64 = 32;
    /// `KVM_ARM64_SVE_NUM_PREGS` (`__SVE_NUM_PREGS`).
    KVM_ARM64_SVE_NUM_PREGS: u64 = 16;
    /// `KVM_ARM64_SVE_MAX_SLICES`.
    KVM_ARM64_SVE_MAX_SLICES: u64 = 32;
    /// `KVM_ARM64_SVE_VQ_MIN` (`__SVE_VQ_MIN`): smallest vector length in quadwords.
    KVM_ARM64_SVE_VQ_MIN: u64 = 1;
    /// `KVM_ARM64_SVE_VQ_MAX` (`__SVE_VQ_MAX`): largest architecturally possible quadwords.
    KVM_ARM64_SVE_VQ_MAX: u64 = 512;
    /// `KVM_REG_ARM64_SVE_VLS`: the supported-vector-lengths pseudo-register.
    KVM_REG_ARM64_SVE_VLS: u64 = KVM_REG_ARM64 | KVM_REG_ARM64_SVE | KVM_REG_SIZE_U512 | 0xffff;
    /// `KVM_ARM64_SVE_VLS_WORDS`: 64-bit words of `KVM_REG_ARM64_SVE_VLS`.
    KVM_ARM64_SVE_VLS_WORDS: u64 = (KVM_ARM64_SVE_VQ_MAX - KVM_ARM64_SVE_VQ_MIN) / 64 + 1;
}

const fn kvm_reg_size(log2_bytes: u8) -> u64 {
    ((log2_bytes & 0xf) as u64) << KVM_REG_SIZE_SHIFT
}

const fn group(g: u64) -> u64 {
    g << KVM_REG_ARM_COPROC_SHIFT
}

const fn field(v: u64, shift: u32, mask: u64) -> u64 {
    (v << shift) & mask
}

uapi_fns! { REG_FNS;
    /// `KVM_REG_SIZE(id)`: the size in bytes a register id declares (in `linux/kvm.h` since
    /// Linux 6.13, before in the architecture headers).
    fn KVM_REG_SIZE(id: u64) -> u64 {
        1u64 << ((id & KVM_REG_SIZE_MASK) >> KVM_REG_SIZE_SHIFT)
    } [(0x603000000013c005) (0x6080000000150000) (KVM_REG_SIZE_U8)]
    /// `__ARM64_SYS_REG(op0, op1, crn, crm, op2)`: a SYSREG id without its size field.
    fn __ARM64_SYS_REG(op0: u64, op1: u64, crn: u64, crm: u64, op2: u64) -> u64 {
        KVM_REG_ARM64
            | KVM_REG_ARM64_SYSREG
            | field(op0, KVM_REG_ARM64_SYSREG_OP0_SHIFT, KVM_REG_ARM64_SYSREG_OP0_MASK)
            | field(op1, KVM_REG_ARM64_SYSREG_OP1_SHIFT, KVM_REG_ARM64_SYSREG_OP1_MASK)
            | field(crn, KVM_REG_ARM64_SYSREG_CRN_SHIFT, KVM_REG_ARM64_SYSREG_CRN_MASK)
            | field(crm, KVM_REG_ARM64_SYSREG_CRM_SHIFT, KVM_REG_ARM64_SYSREG_CRM_MASK)
            | field(op2, KVM_REG_ARM64_SYSREG_OP2_SHIFT, KVM_REG_ARM64_SYSREG_OP2_MASK)
    } [(3, 0, 0, 0, 5) (2, 7, 15, 15, 7)]
    /// `ARM64_SYS_REG(op0, op1, crn, crm, op2)`: the plain 64-bit ONE_REG id of a system
    /// register. [`one_reg_id`] gives the id KVM accepts (it applies the timer swap).
    fn ARM64_SYS_REG(op0: u64, op1: u64, crn: u64, crm: u64, op2: u64) -> u64 {
        __ARM64_SYS_REG(op0, op1, crn, crm, op2) | KVM_REG_SIZE_U64
    } [(3, 0, 0, 0, 5) (3, 3, 14, 0, 2) (3, 4, 1, 1, 0)]
    /// `KVM_REG_ARM_FW_REG(r)`: firmware pseudo-register `r`.
    fn KVM_REG_ARM_FW_REG(r: u64) -> u64 {
        KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_FW | (r & 0xffff)
    } [(0) (3) (0x1ffff)]
    /// `KVM_REG_ARM_FW_FEAT_BMAP_REG(r)`: firmware feature bitmap register `r`.
    fn KVM_REG_ARM_FW_FEAT_BMAP_REG(r: u64) -> u64 {
        KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_FW_FEAT_BMAP | (r & 0xffff)
    } [(0) (3) (0x1ffff)]
    /// `KVM_REG_ARM64_SVE_ZREG(n, i)`: slice `i` of Z`n` (2048 bits).
    fn KVM_REG_ARM64_SVE_ZREG(n: u64, i: u64) -> u64 {
        KVM_REG_ARM64
            | KVM_REG_ARM64_SVE
            | KVM_REG_ARM64_SVE_ZREG_BASE
            | KVM_REG_SIZE_U2048
            | ((n & (KVM_ARM64_SVE_NUM_ZREGS - 1)) << 5)
            | (i & (KVM_ARM64_SVE_MAX_SLICES - 1))
    } [(0, 0) (31, 0) (5, 31) (17, 3) (40, 40)]
    /// `KVM_REG_ARM64_SVE_PREG(n, i)`: slice `i` of P`n` (256 bits).
    fn KVM_REG_ARM64_SVE_PREG(n: u64, i: u64) -> u64 {
        KVM_REG_ARM64
            | KVM_REG_ARM64_SVE
            | KVM_REG_ARM64_SVE_PREG_BASE
            | KVM_REG_SIZE_U256
            | ((n & (KVM_ARM64_SVE_NUM_PREGS - 1)) << 5)
            | (i & (KVM_ARM64_SVE_MAX_SLICES - 1))
    } [(0, 0) (15, 0) (5, 31) (17, 3)]
    /// `KVM_REG_ARM64_SVE_FFR(i)`: slice `i` of FFR (256 bits).
    fn KVM_REG_ARM64_SVE_FFR(i: u64) -> u64 {
        KVM_REG_ARM64
            | KVM_REG_ARM64_SVE
            | KVM_REG_ARM64_SVE_FFR_BASE
            | KVM_REG_SIZE_U256
            | (i & (KVM_ARM64_SVE_MAX_SLICES - 1))
    } [(0) (31) (33)]
}

/// The size in bytes a register id declares ([`KVM_REG_SIZE`]).
pub const fn kvm_reg_size_bytes(id: u64) -> u64 {
    KVM_REG_SIZE(id)
}

/// [`ARM64_SYS_REG`] of an [`Encoding`]: the plain id, without the timer swap.
pub const fn arm64_sys_reg(e: Encoding) -> u64 {
    ARM64_SYS_REG(
        e.op0 as u64,
        e.op1 as u64,
        e.crn as u64,
        e.crm as u64,
        e.op2 as u64,
    )
}

/// The encoding bits of a SYSREG-group id as they stand (other bits ignored; no timer swap).
pub const fn sysreg_id_fields(id: u64) -> Encoding {
    Encoding::new(
        ((id & KVM_REG_ARM64_SYSREG_OP0_MASK) >> KVM_REG_ARM64_SYSREG_OP0_SHIFT) as u8,
        ((id & KVM_REG_ARM64_SYSREG_OP1_MASK) >> KVM_REG_ARM64_SYSREG_OP1_SHIFT) as u8,
        ((id & KVM_REG_ARM64_SYSREG_CRN_MASK) >> KVM_REG_ARM64_SYSREG_CRN_SHIFT) as u8,
        ((id & KVM_REG_ARM64_SYSREG_CRM_MASK) >> KVM_REG_ARM64_SYSREG_CRM_SHIFT) as u8,
        ((id & KVM_REG_ARM64_SYSREG_OP2_MASK) >> KVM_REG_ARM64_SYSREG_OP2_SHIFT) as u8,
    )
}

/// The ONE_REG id KVM uses for the system register `e`: [`arm64_sys_reg`], except that the
/// ids of `CNTVCT_EL0` and `CNTV_CVAL_EL0` are swapped as in KVM's uapi (the timer swap), so
/// `one_reg_id(CNTVCT_EL0) == KVM_REG_ARM_TIMER_CNT`. Inverse: [`sysreg_encoding`].
pub const fn one_reg_id(e: Encoding) -> u64 {
    undo_timer_swap(arm64_sys_reg(e))
}

/// The swap is its own inverse: exchange the two timer ids, keep every other id.
const fn undo_timer_swap(id: u64) -> u64 {
    if id == KVM_REG_ARM_TIMER_CNT {
        KVM_REG_ARM_TIMER_CVAL
    } else if id == KVM_REG_ARM_TIMER_CVAL {
        KVM_REG_ARM_TIMER_CNT
    } else {
        id
    }
}

/// The architectural encoding of the system register a SYSREG-group id names: the inverse of
/// [`one_reg_id`], so `sysreg_encoding(KVM_REG_ARM_TIMER_CNT)` is `CNTVCT_EL0` (3,3,14,0,2)
/// and `sysreg_encoding(KVM_REG_ARM_TIMER_CVAL)` is `CNTV_CVAL_EL0` (3,3,14,3,2). Bits
/// outside the encoding and the size field are ignored.
pub const fn sysreg_encoding(id: u64) -> Encoding {
    let plain = (id & 0xffff) | KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM64_SYSREG;
    sysreg_id_fields(undo_timer_swap(plain))
}

// ---- Core registers: `struct kvm_regs` ----

/// `KVM_REG_ARM64 | size | KVM_REG_ARM_CORE | offset / 4` for a field of `struct kvm_regs` at
/// byte `offset` (the header's `KVM_REG_ARM_CORE_REG(name)` takes a member designator).
pub const fn core_reg_id(offset: usize, size: u64) -> u64 {
    KVM_REG_ARM64 | size | KVM_REG_ARM_CORE | ((offset / 4) as u64 & 0xffff)
}

const PT: usize = offset_of!(kvm_regs, regs);
const FP: usize = offset_of!(kvm_regs, fp_regs);
const X0: usize = PT + offset_of!(user_pt_regs, regs);
const V0: usize = FP + offset_of!(user_fpsimd_state, vregs);
const SPSR0: usize = offset_of!(kvm_regs, spsr);

/// Core id of X`n` (`regs.regs[n]`; n clamped to 0..=30).
#[allow(
    clippy::arithmetic_side_effects,
    reason = "n <= 30: the offset stays below 0x110"
)]
pub const fn core_x(n: usize) -> u64 {
    let n = if n > 30 { 30 } else { n };
    core_reg_id(X0 + n * 8, KVM_REG_SIZE_U64)
}
/// Core id of SP_EL0 (`regs.sp`).
pub const CORE_SP: u64 = core_reg_id(PT + offset_of!(user_pt_regs, sp), KVM_REG_SIZE_U64);
/// Core id of PC (`regs.pc`).
pub const CORE_PC: u64 = core_reg_id(PT + offset_of!(user_pt_regs, pc), KVM_REG_SIZE_U64);
/// Core id of PSTATE (`regs.pstate`).
pub const CORE_PSTATE: u64 = core_reg_id(PT + offset_of!(user_pt_regs, pstate), KVM_REG_SIZE_U64);
/// Core id of SP_EL1.
pub const CORE_SP_EL1: u64 = core_reg_id(offset_of!(kvm_regs, sp_el1), KVM_REG_SIZE_U64);
/// Core id of ELR_EL1.
pub const CORE_ELR_EL1: u64 = core_reg_id(offset_of!(kvm_regs, elr_el1), KVM_REG_SIZE_U64);
/// Core id of banked SPSR `i` (`KVM_SPSR_EL1`..=`KVM_SPSR_FIQ`; clamped).
#[allow(
    clippy::arithmetic_side_effects,
    reason = "i <= 4: the offset stays below 0x150"
)]
pub const fn core_spsr(i: usize) -> u64 {
    let i = if i >= KVM_NR_SPSR { KVM_NR_SPSR - 1 } else { i };
    core_reg_id(SPSR0 + i * 8, KVM_REG_SIZE_U64)
}
/// Core id of V`n` (`fp_regs.vregs[n]`, 128 bits; n clamped to 0..=31).
#[allow(
    clippy::arithmetic_side_effects,
    reason = "n <= 31: the offset stays below 0x360"
)]
pub const fn core_vreg(n: usize) -> u64 {
    let n = if n > 31 { 31 } else { n };
    core_reg_id(V0 + n * 16, KVM_REG_SIZE_U128)
}
/// Core id of FPSR (32 bits).
pub const CORE_FPSR: u64 = core_reg_id(FP + offset_of!(user_fpsimd_state, fpsr), KVM_REG_SIZE_U32);
/// Core id of FPCR (32 bits).
pub const CORE_FPCR: u64 = core_reg_id(FP + offset_of!(user_fpsimd_state, fpcr), KVM_REG_SIZE_U32);

/// [`KVM_REG_ARM_FW_REG`] with a 16-bit index.
pub const fn fw_reg(r: u16) -> u64 {
    KVM_REG_ARM_FW_REG(r as u64)
}
/// [`KVM_REG_ARM_FW_FEAT_BMAP_REG`] with a 16-bit index.
pub const fn fw_feat_bmap_reg(r: u16) -> u64 {
    KVM_REG_ARM_FW_FEAT_BMAP_REG(r as u64)
}
/// [`KVM_REG_ARM64_SVE_ZREG`].
pub const fn sve_zreg(n: u64, i: u64) -> u64 {
    KVM_REG_ARM64_SVE_ZREG(n, i)
}
/// [`KVM_REG_ARM64_SVE_PREG`].
pub const fn sve_preg(n: u64, i: u64) -> u64 {
    KVM_REG_ARM64_SVE_PREG(n, i)
}
/// [`KVM_REG_ARM64_SVE_FFR`].
pub const fn sve_ffr(i: u64) -> u64 {
    KVM_REG_ARM64_SVE_FFR(i)
}

// ---- Resolving an id (what `KVM_GET_REG_LIST` returns) ----

/// A `struct kvm_regs` register, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CoreReg {
    /// X0–X30 (`regs.regs[n]`).
    X(u8),
    /// SP_EL0 (`regs.sp`).
    Sp,
    /// PC (`regs.pc`).
    Pc,
    /// PSTATE (`regs.pstate`).
    Pstate,
    /// SP_EL1.
    SpEl1,
    /// ELR_EL1.
    ElrEl1,
    /// Banked SPSR (`KVM_SPSR_EL1`..=`KVM_SPSR_FIQ`).
    Spsr(u8),
    /// V0–V31 (`fp_regs.vregs[n]`, 128 bits).
    V(u8),
    /// FPSR (32 bits).
    Fpsr,
    /// FPCR (32 bits).
    Fpcr,
}

impl CoreReg {
    /// The ONE_REG id of this register (with its size).
    pub const fn id(self) -> u64 {
        match self {
            CoreReg::X(n) => core_x(n as usize),
            CoreReg::Sp => CORE_SP,
            CoreReg::Pc => CORE_PC,
            CoreReg::Pstate => CORE_PSTATE,
            CoreReg::SpEl1 => CORE_SP_EL1,
            CoreReg::ElrEl1 => CORE_ELR_EL1,
            CoreReg::Spsr(i) => core_spsr(i as usize),
            CoreReg::V(n) => core_vreg(n as usize),
            CoreReg::Fpsr => CORE_FPSR,
            CoreReg::Fpcr => CORE_FPCR,
        }
    }
}

/// What a ONE_REG id names, as [`resolve_reg_id`] finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegId {
    /// `KVM_REG_ARM_CORE`: a `struct kvm_regs` register.
    Core(CoreReg),
    /// `KVM_REG_ARM_DEMUX` / `KVM_REG_ARM_DEMUX_ID_CCSIDR`: CCSIDR_EL1 for this CSSELR_EL1.
    Ccsidr(u8),
    /// `KVM_REG_ARM64_SYSREG`: the architectural encoding (timer swap undone).
    SysReg(Encoding),
    /// `KVM_REG_ARM_FW`: firmware pseudo-register index.
    Firmware(u16),
    /// `KVM_REG_ARM_FW_FEAT_BMAP`: feature bitmap register index.
    FwFeatBmap(u16),
    /// `KVM_REG_ARM64_SVE_ZREG(n, slice)`.
    SveZ {
        /// Z register number.
        n: u8,
        /// 2048-bit slice.
        slice: u8,
    },
    /// `KVM_REG_ARM64_SVE_PREG(n, slice)`.
    SveP {
        /// P register number.
        n: u8,
        /// 256-bit slice.
        slice: u8,
    },
    /// `KVM_REG_ARM64_SVE_FFR(slice)`.
    SveFfr(u8),
    /// `KVM_REG_ARM64_SVE_VLS`.
    SveVls,
}

/// Why [`resolve_reg_id`] could not name an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegIdError {
    /// Bits 63:56 are not `KVM_REG_ARM64`.
    NotArm64,
    /// The group (bits 27:16) is not one KVM/arm64 defines.
    UnknownGroup(u16),
    /// The size field does not match what the register holds.
    BadSize,
    /// Bits that must be zero for this group are set.
    StrayBits,
    /// No core register starts at this word offset.
    NotACoreRegister,
}

impl core::fmt::Display for RegIdError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            RegIdError::NotArm64 => f.write_str("not a KVM_REG_ARM64 register id"),
            RegIdError::UnknownGroup(g) => write!(f, "unknown KVM/arm64 register group {g:#x}"),
            RegIdError::BadSize => f.write_str("register id size does not match the register"),
            RegIdError::StrayBits => f.write_str("register id has bits set that must be zero"),
            RegIdError::NotACoreRegister => f.write_str("no core register at this offset"),
        }
    }
}

impl core::error::Error for RegIdError {}

/// Index of an element `stride` bytes wide in an array of `n` at `base`, if `byte` starts one.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "stride is 8 or 16 and n at most 32: the products stay small"
)]
const fn element(byte: usize, base: usize, stride: usize, n: usize) -> Option<u8> {
    match byte.checked_sub(base) {
        Some(d) if d < n * stride && d % stride == 0 => Some((d / stride) as u8),
        _ => None,
    }
}

const fn core_by_offset(byte: usize) -> Option<CoreReg> {
    if let Some(n) = element(byte, X0, 8, 31) {
        return Some(CoreReg::X(n));
    }
    if let Some(i) = element(byte, SPSR0, 8, KVM_NR_SPSR) {
        return Some(CoreReg::Spsr(i));
    }
    if let Some(n) = element(byte, V0, 16, 32) {
        return Some(CoreReg::V(n));
    }
    let named = [
        CoreReg::Sp,
        CoreReg::Pc,
        CoreReg::Pstate,
        CoreReg::SpEl1,
        CoreReg::ElrEl1,
        CoreReg::Fpsr,
        CoreReg::Fpcr,
    ];
    let mut rest: &[CoreReg] = &named;
    while let [r, tail @ ..] = rest {
        if ((r.id() & 0xffff) as usize).wrapping_mul(4) == byte {
            return Some(*r);
        }
        rest = tail;
    }
    None
}

/// Name a `KVM_{GET,SET}_ONE_REG` id of any arm64 kind (core, demux, system register,
/// firmware, feature bitmap, SVE), checking its size field and the group's reserved bits as
/// KVM does. System registers come back as their architectural encoding with the timer swap
/// undone; look them up with [`crate::sysreg::by_encoding`].
pub const fn resolve_reg_id(id: u64) -> Result<RegId, RegIdError> {
    if id & KVM_REG_ARCH_MASK != KVM_REG_ARM64 {
        return Err(RegIdError::NotArm64);
    }
    let size = id & KVM_REG_SIZE_MASK;
    let grp = id & KVM_REG_ARM_COPROC_MASK;
    let low = id & 0xffff;
    let stray = id & !(KVM_REG_ARCH_MASK | KVM_REG_SIZE_MASK | KVM_REG_ARM_COPROC_MASK | 0xffff);
    if stray != 0 {
        return Err(RegIdError::StrayBits);
    }
    if grp == KVM_REG_ARM_CORE {
        let Some(r) = core_by_offset((low as usize).wrapping_mul(4)) else {
            return Err(RegIdError::NotACoreRegister);
        };
        return if r.id() == id {
            Ok(RegId::Core(r))
        } else {
            Err(RegIdError::BadSize)
        };
    }
    if grp == KVM_REG_ARM_DEMUX {
        if low & KVM_REG_ARM_DEMUX_ID_MASK != KVM_REG_ARM_DEMUX_ID_CCSIDR {
            return Err(RegIdError::StrayBits);
        }
        if size != KVM_REG_SIZE_U32 {
            return Err(RegIdError::BadSize);
        }
        return Ok(RegId::Ccsidr((low & KVM_REG_ARM_DEMUX_VAL_MASK) as u8));
    }
    if grp == KVM_REG_ARM64_SYSREG {
        if size != KVM_REG_SIZE_U64 {
            return Err(RegIdError::BadSize);
        }
        return Ok(RegId::SysReg(sysreg_encoding(id)));
    }
    if grp == KVM_REG_ARM_FW || grp == KVM_REG_ARM_FW_FEAT_BMAP {
        if size != KVM_REG_SIZE_U64 {
            return Err(RegIdError::BadSize);
        }
        return Ok(if grp == KVM_REG_ARM_FW {
            RegId::Firmware(low as u16)
        } else {
            RegId::FwFeatBmap(low as u16)
        });
    }
    if grp == KVM_REG_ARM64_SVE {
        if low == 0xffff {
            return if size == KVM_REG_SIZE_U512 {
                Ok(RegId::SveVls)
            } else {
                Err(RegIdError::BadSize)
            };
        }
        let slice = (low & 0x1f) as u8;
        let n = ((low >> 5) & 0x1f) as u8;
        return if low < KVM_REG_ARM64_SVE_PREG_BASE {
            if size == KVM_REG_SIZE_U2048 {
                Ok(RegId::SveZ { n, slice })
            } else {
                Err(RegIdError::BadSize)
            }
        } else if low < KVM_REG_ARM64_SVE_FFR_BASE {
            if n as u64 >= KVM_ARM64_SVE_NUM_PREGS {
                Err(RegIdError::StrayBits)
            } else if size == KVM_REG_SIZE_U256 {
                Ok(RegId::SveP { n, slice })
            } else {
                Err(RegIdError::BadSize)
            }
        } else if low < KVM_REG_ARM64_SVE_FFR_BASE + KVM_ARM64_SVE_MAX_SLICES {
            if size == KVM_REG_SIZE_U256 {
                Ok(RegId::SveFfr(slice))
            } else {
                Err(RegIdError::BadSize)
            }
        } else {
            Err(RegIdError::StrayBits)
        };
    }
    Err(RegIdError::UnknownGroup(
        (grp >> KVM_REG_ARM_COPROC_SHIFT) as u16,
    ))
}
