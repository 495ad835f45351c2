//! Interpretations that no posted patch states: each item here is inferred (from naming,
//! arithmetic, s390 conventions or usage in the code) and may be wrong. Everything else in the
//! crate that rests on an inference says so in its doc comment or carries
//! [`Evidence::Inferred`](crate::Evidence::Inferred).
//!
//! Inferred facts and where the API shows them:
//! - `ssdf`/`ssaf` encoding (bit mask, MSB-0 s390 numbering): [`FormatSet`], [`check_formats`].
//! - The QAAF index of an ID register is `2 + CRm * 8 + Op2`: [`qaaf_id_index`] (the table
//!   in [`qaaf`](crate::qaaf) holds the posted values; a test checks the pattern against them).
//! - QAAF GR0 as the number `(saf << 8) | fc`: [`QaafGr0`](crate::qaaf::QaafGr0) docs.
//! - LSB-0 positions of the s390 `union teid` fields: [`Teid`](crate::exit::Teid) docs.
//! - Which ID registers live in the save area, and V0–V31 being the s390 vector registers
//!   during SAE: [`placement`](crate::placement) rows with `Evidence::Inferred`.
//! - Meanings of `scad`, `irq_ctl`, `wip`, `ic`, `ec`, `lrcpua`, the name expansions of `mso`,
//!   `gpto`, `sdo`, the readings of the `SAE_VIR_*` codes, `SAE_ICPTR_PE_INTERCOMM` and
//!   `SAE_ICPTR_MAINTENANCE`, and 16-bit SVE predicates implying a 128-bit vector length:
//!   doc comments of the accessors and enum variants.
//! - EASR/SASR I2 = `op0:op1:CRn:CRm:op2` in bits 15:0: arithmetic on the posted
//!   `sys_reg() >> 5` ([`Encoding::sae_id`]).

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
