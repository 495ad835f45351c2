//! Interpretations that no posted patch states. Each fact in `defs/sae` carries its evidence
//! (`posted`, `tree` for the kvms390 development tree only, `inferred`), and the generated
//! tables expose it ([`Evidence`](crate::Evidence), [`layout::Field::meaning`](crate::layout::Field),
//! [`Icptr::evidence`](crate::Icptr::evidence)); the items below are the ones the API has to
//! take a position on.
//!
//! Still inferred (not settled by the newest kvms390 tree, commit 7195c3994ca4):
//! - `ssdf`/`ssaf` encoding (bit mask, MSB-0 s390 numbering): [`FormatSet`], [`check_formats`].
//! - The QAAF index of an ID register is `2 + CRm * 8 + Op2`: [`qaaf_id_index`] (AIDR_EL1 at
//!   0x44 in the tree does not follow it; the table in [`qaaf`](crate::qaaf) holds the real
//!   values).
//! - QAAF GR0 as the number `(saf << 8) | fc`: [`QaafGr0`](crate::qaaf::QaafGr0) docs.
//! - LSB-0 positions of the s390 `union teid` fields: [`Teid`](crate::exit::Teid) docs.
//! - V0–V31 being the s390 vector registers during SAE:
//!   [`Location::HostVectorRegister`](crate::placement::Location::HostVectorRegister).
//! - Meanings of `scad`, `irq_ctl`, `wip`, `ic`, `ec`, `lrcpua`, `suppl`; the name expansions
//!   of `mso`, `gpto`, `sdo`; `SAE_ICPTR_PE_INTERCOMM` and `SAE_ICPTR_MAINTENANCE`
//!   (`meaning=inferred` in `defs/sae`).
//!
//! Settled by the newest kvms390 tree:
//! - Confirmed: EASR/SASR I2 = `sys_reg() >> 5` ([`Encoding::sae_id`]); 16-bit SVE predicates
//!   mean a 128-bit vector length; every offset, size and reserved range of the three blocks.
//! - Contradicted: the ID registers are not in the save area: they are per-VM host memory,
//!   trapped and emulated, and only MIDR_EL1 stays in the save-area group
//!   ([`Location::Emulated`](crate::placement::Location::Emulated)); ELR_EL1/SPSR_EL1 are host
//!   memory moved with SASR/EASR around each SAE
//!   ([`Location::HostMemorySasr`](crate::placement::Location::HostMemorySasr)); QAAF
//!   `maxncpu` is the maximum vCPU id, not the number of vCPUs
//!   ([`QaafQmcBlock::max_vcpus`](crate::QaafQmcBlock::max_vcpus)).
//! - Renamed or gone: icptr 0x08 is `SAE_ICPTR_MIO_ADDRESS` (the posted
//!   `SAE_ICPTR_SYSTEM_REGISTER` is an alias); the `SAE_VIR_*` constants are gone from the tree
//!   (the `vir` field stays), so their readings are historical.
//! - New: icptr 0x06 carries the `hai` view (an Arm size fault is injected);
//!   [`SAE_VCPU_RESET_HCR_EL2`](crate::layout::SAE_VCPU_RESET_HCR_EL2) adds AMO, IMO, FMO and
//!   TLOR to the posted reset value; vCPU reset writes the block's physical address into the
//!   save area's `sdo`; `gpto` comes from a VM-wide epoch.

use arm64_uapi::sysreg::Encoding;

use crate::qaaf::QaafQmcBlock;
use crate::{Error, SaeControlBlock, SaveArea};

/// The supported-formats byte `ssdf` or `ssaf` of the QAAF block, read as a bit mask in s390
/// MSB-0 numbering: format `n` is supported if bit `n` counted from the most significant bit
/// is set (format 0 ↔ 0x80). Inferred: the posted code only stores and prints the byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FormatSet(pub u8);

impl FormatSet {
    /// True if format `format` is in the set (false for formats above 7).
    pub const fn contains(self, format: u8) -> bool {
        match 0x80u8.checked_shr(format as u32) {
            Some(bit) if format < 8 => self.0 & bit != 0,
            _ => false,
        }
    }
}

/// Check the control block's `sdf` and the save area's `saf` against the machine's `ssdf` and
/// `ssaf`, reading those as a [`FormatSet`] (inferred encoding).
pub fn check_formats(
    qmc: &QaafQmcBlock,
    block: &SaeControlBlock,
    save_area: &SaveArea,
) -> Result<(), Error> {
    if !FormatSet(qmc.ssdf()).contains(block.sdf()) {
        return Err(Error::UnsupportedFormat {
            format: block.sdf(),
        });
    }
    if !FormatSet(qmc.ssaf()).contains(save_area.saf()) {
        return Err(Error::UnsupportedFormat {
            format: save_area.saf(),
        });
    }
    Ok(())
}

/// The QAAF index that the pattern of the posted table gives an ID register (Op0 = 3,
/// Op1 = 0, CRn = 0): `2 + CRm * 8 + Op2`. `None` outside that space. The pattern is inferred;
/// use [`qaaf_index`](crate::qaaf::qaaf_index) for the posted values.
pub const fn qaaf_id_index(enc: Encoding) -> Option<u16> {
    if enc.op0 == 3 && enc.op1 == 0 && enc.crn == 0 {
        // crm < 16 and op2 < 8 (Encoding truncates them), so this cannot saturate.
        let index = (enc.crm as u16)
            .saturating_mul(8)
            .saturating_add(enc.op2 as u16);
        Some(index.saturating_add(2))
    } else {
        None
    }
}
