//! Test vectors restated by hand from the posted `arch/s390/include/asm/kvm_host_arm64_types.h`
//! (v2–v4), the QAAF block of the system-register series v1 14/26 and the newest kvms390 tree,
//! independent of `defs/sae` and the code generated from it, plus a small PRNG.
#![allow(dead_code)]

/// One field: C path, byte offset, total size, element size (arrays are `size / elem` long).
#[derive(Debug, Clone, Copy)]
pub struct V {
    pub path: &'static str,
    pub offset: usize,
    pub size: usize,
    pub elem: usize,
}

const fn v(path: &'static str, offset: usize, size: usize, elem: usize) -> V {
    V {
        path,
        offset,
        size,
        elem,
    }
}

/// `struct kvm_sae_block` (reserved ranges included, named `_xxxx` after their offset).
pub const SAE_BLOCK: &[V] = &[
    v("_0000", 0x000, 128, 8),
    v("icptr", 0x080, 1, 1),
    v("_0081", 0x081, 7, 1),
    v("scad", 0x088, 8, 8),
    v("_0090", 0x090, 128, 8),
    v("cntp_ctl", 0x110, 4, 4),
    v("cntv_ctl", 0x114, 4, 4),
    v("irq_ctl", 0x118, 1, 1),
    v("_0119", 0x119, 7, 1),
    v("ic_regs.ich_hcr_el2", 0x120, 8, 8),
    v("ic_regs.ich_vmcr_el2", 0x128, 8, 8),
    v("ic_regs.ich_ap0r0_el2", 0x130, 8, 8),
    v("ic_regs.ich_ap1r0_el2", 0x138, 8, 8),
    v("ic_regs._0140", 0x140, 16, 8),
    v("ic_regs.ich_lrn_el2", 0x150, 32, 8),
    v("ic_regs._0170", 0x170, 32, 8),
    v("_0190", 0x190, 96, 8),
    v("contextidr_el1", 0x1f0, 8, 8),
    v("wip", 0x1f8, 4, 4),
    v("_01fc", 0x1fc, 4, 4),
    v("sdf", 0x200, 1, 1),
    v("_0201", 0x201, 7, 1),
    v("mso", 0x208, 8, 8),
    v("msl", 0x210, 8, 8),
    v("hbasce", 0x218, 8, 8),
    v("_0220", 0x220, 8, 8),
    v("gpto", 0x228, 8, 8),
    v("ic", 0x230, 8, 8),
    v("ec", 0x238, 8, 8),
    v("save_area", 0x240, 8, 8),
    v("_0248", 0x248, 56, 8),
    v("_0280", 0x280, 6, 1),
    v("lrcpua", 0x286, 2, 2),
    v("pstate", 0x288, 8, 8),
    v("pc", 0x290, 8, 8),
    v("sp_el0", 0x298, 8, 8),
    v("sp_el1", 0x2a0, 8, 8),
    v("_02a8", 0x2a8, 8, 8),
    v("fpcr", 0x2b0, 8, 8),
    v("fpsr", 0x2b8, 8, 8),
    v("sve_pregs", 0x2c0, 32, 2),
    v("sve_ffr", 0x2e0, 2, 2),
    v("_02e2", 0x2e2, 6, 1),
    v("_02e8", 0x2e8, 24, 8),
    v("gpr", 0x300, 248, 8),
    v("_03f8", 0x3f8, 8, 8),
    v("icptd", 0x400, 64, 8),
    v("_0440", 0x440, 3008, 8),
];

/// The members of the detail union at 0x400 of `struct kvm_sae_block`.
pub const ICPTD: &[V] = &[
    v("vir", 0x400, 2, 2),
    v("hai.esr_elz", 0x400, 8, 8),
    v("hai._0408", 0x408, 6, 1),
    v("hai.pic", 0x40e, 2, 2),
    v("hai.teid", 0x410, 8, 8),
    v("hai.far_elz", 0x418, 8, 8),
    v("hai.vaddr", 0x420, 8, 8),
    v("hai.suppl", 0x428, 8, 8),
    v("hai.gltl", 0x430, 1, 1),
    v("hai._0431", 0x431, 7, 1),
    v("hai._0438", 0x438, 8, 8),
    v("trap.esr_elz", 0x400, 8, 8),
    v("trap._0408", 0x408, 16, 8),
    v("trap.far_elz", 0x418, 8, 8),
    v("tir", 0x400, 1, 1),
];

/// `struct kvm_sae_save_area`.
pub const SAVE_AREA: &[V] = &[
    v("saf", 0x00, 1, 1),
    v("_0001", 0x01, 5, 1),
    v("sas", 0x06, 2, 2),
    v("sdo", 0x08, 8, 8),
    v("_0010", 0x10, 16, 8),
    v("regs", 0x20, 4064, 8),
];

/// `struct qaaf_qmc_block` (System Register Handling v1 14/26).
pub const QAAF_QMC_BLOCK: &[V] = &[
    v("_0000", 0x00, 8, 8),
    v("ssdf", 0x08, 1, 1),
    v("_0009", 0x09, 1, 1),
    v("ssaf", 0x0a, 1, 1),
    v("_000b", 0x0b, 3, 1),
    v("maxncpu", 0x0e, 2, 2),
    v("regs", 0x10, 4080, 8),
];

/// The constants of the C header with their posted values (`kvm_host_arm64_types.h`, `sae.h`).
pub const CONSTANTS: &[(&str, u64)] = &[
    ("SAE_ICPTR_SPURIOUS", 0x00),
    ("SAE_ICPTR_VALIDITY", 0x01),
    ("SAE_ICPTR_HOST_ACCESS_EXCEPTION", 0x02),
    ("SAE_ICPTR_SYNCHRONOUS_EXCEPTION", 0x03),
    ("SAE_ICPTR_TIMER", 0x04),
    ("SAE_ICPTR_PE_INTERCOMM", 0x05),
    ("SAE_ICPTR_GUEST_ADDRESS_SIZE", 0x06),
    ("SAE_ICPTR_STOP", 0x07),
    // The kvms390 tree's name; the posted name stays an alias.
    ("SAE_ICPTR_MIO_ADDRESS", 0x08),
    ("SAE_ICPTR_SYSTEM_REGISTER", 0x08),
    ("SAE_ICPTR_PMU", 0x09),
    ("SAE_ICPTR_MAINTENANCE", 0x0a),
    ("SAE_VIR_UNKNOWN", 0x00),
    ("SAE_VIR_UNSUPP_FORMAT", 0x01),
    ("SAE_VIR_MSO_BOUNDS", 0x02),
    ("SAE_VIR_MSLA", 0x03),
    ("SAE_VIR_MGPAS", 0x04),
    ("SAE_VIR_INVAL_SYSREG", 0x05),
    ("SAE_VIR_HOST_CONTROL", 0x06),
    ("SAE_VIR_SCA", 0x07),
    ("SAE_VIR_MSO_ALIGN", 0x08),
    ("SAE_VIR_HLC", 0x09),
    ("SAE_VIR_IRPTC", 0x0a),
    ("SAE_IR_TIMER_ID_VIRT", 0x40),
    ("SAE_IR_TIMER_ID_PHYS", 0x80),
    ("SAE_SD_FORMAT_0", 0x00),
    ("SAE_SAVE_AREA_FORMAT_0", 0x00),
    ("SAE_SAS_VALID", 0x01),
    ("SASR_FLAG_INITIALIZED", 0x08),
    ("EASR_FLAG_SA", 0x08),
    ("QAAF_FC_QMC", 1),
    ("QAAF_FC_GISRSA", 2),
    ("QAAF_REG_MIDR_EL1", 0x02),
    ("QAAF_REG_ID_AA64PFR0_EL1", 0x22),
    ("QAAF_REG_ID_AA64MMFR4_EL1", 0x3e),
    ("QAAF_REG_CNTFRQ_EL0", 0x42),
    ("QAAF_IRPTC", 0x4a),
    ("QAAF_REG_ICH_VTR_EL2", 0x4c),
    ("QAAF_GIC_ATTR", 0x4d),
    ("QAAF_REG_PMCEID1_EL0", 0x55),
    ("SAE_OPCODE_SAE", 0xb9a5),
    ("SAE_OPCODE_EASR", 0xed9b),
    ("SAE_VCPU_RESET_HCR_EL2", HCR_EL2_RESET),
];

/// HCR_EL2 at vCPU reset in the kvms390 tree (7195c3994ca4): E2H, RW, PTW, TSC, TID1–5, TIDCP
/// (posted) plus AMO, IMO, FMO, TLOR. Bit positions from the Arm ARM (DDI 0487, HCR_EL2).
pub const HCR_EL2_RESET: u64 = 1 << 34 // E2H
    | 1 << 31 // RW
    | 1 << 2 // PTW
    | 1 << 19 // TSC
    | 1 << 16 // TID1
    | 1 << 17 // TID2
    | 1 << 18 // TID3
    | 1 << 49 // TID4
    | 1 << 58 // TID5
    | 1 << 20 // TIDCP
    | 1 << 5 // AMO
    | 1 << 4 // IMO
    | 1 << 3 // FMO
    | 1 << 35; // TLOR

/// The vector named `path` in `table`.
pub fn find(table: &[V], path: &str) -> V {
    *table
        .iter()
        .find(|v| v.path == path)
        .unwrap_or_else(|| panic!("no test vector {path}"))
}

/// Big-endian integer at `off`, `n` bytes.
pub fn be(bytes: &[u8], off: usize, n: usize) -> u64 {
    bytes[off..off + n]
        .iter()
        .fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
}

/// xorshift64*: deterministic pseudo-random bytes.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn fill(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let v = self.next_u64().to_be_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }
}

/// A stream of distinct non-zero bytes (1, 2, …, 255, 1, …): fill a field with the next
/// `n` of them to get a value whose bytes are all different.
pub struct Bytes(u8);

impl Bytes {
    pub fn new() -> Self {
        Bytes(0)
    }

    /// The next `n` bytes, as a big-endian number and as bytes.
    pub fn take(&mut self, n: usize) -> (u64, Vec<u8>) {
        let bytes: Vec<u8> = (0..n)
            .map(|_| {
                self.0 = if self.0 == 255 { 1 } else { self.0 + 1 };
                self.0
            })
            .collect();
        (be(&bytes, 0, n), bytes)
    }
}
