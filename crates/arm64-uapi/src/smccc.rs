//! SMC Calling Convention function ids (Arm DEN0028), PSCI (DEN0022), TRNG (DEN0098),
//! paravirtualised time (DEN0057) and the KVM vendor hypervisor service.
//!
//! Everything but [`FunctionId`] and [`FunctionDesc`] is generated from `defs/smccc` (or the
//! file named by `ARM64_UAPI_SMCCC`): the id-layout constants, `owner`, `ret`, one module per
//! service with its ids and a `Function` enum, the [`Mitigation`] list and [`FUNCTIONS`].
//! [`SOURCE`] and [`SOURCE_SHA256`] name the definitions they came from.

/// A 32-bit function id: the value of W0 when the guest executes HVC or SMC (DEN0028 2.5).
/// Only the low 32 bits of X0 count ([`FunctionId::from_x0`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct FunctionId(pub u32);

impl FunctionId {
    /// The id with call type `call_type` (`FAST_CALL`/`STD_CALL`), convention `conv`
    /// (`SMC_32`/`SMC_64`), owning entity `owner` and function number `number`.
    pub const fn smccc(call_type: u32, conv: u32, owner: u8, number: u32) -> Self {
        FunctionId(
            ((call_type & 1) << TYPE_SHIFT)
                | ((conv & 1) << CALL_CONV_SHIFT)
                | (((owner as u32) & OWNER_MASK) << OWNER_SHIFT)
                | (number & FUNC_MASK),
        )
    }

    /// An id that is not in SMCCC format (KVM's PSCI 0.1 ids).
    pub const fn raw(id: u32) -> Self {
        FunctionId(id)
    }

    /// The id a guest passes in X0: the upper 32 bits are ignored, as KVM does.
    pub const fn from_x0(x0: u64) -> Self {
        FunctionId(x0 as u32)
    }

    /// Bit 31: a fast call (1) or a yielding call (0).
    pub const fn is_fast(self) -> bool {
        (self.0 >> TYPE_SHIFT) & 1 == FAST_CALL
    }

    /// Bit 30: the SMC64/HVC64 convention.
    pub const fn is_64(self) -> bool {
        (self.0 >> CALL_CONV_SHIFT) & 1 == SMC_64
    }

    /// Bits 29:24: the owning entity number.
    pub const fn owner(self) -> u8 {
        ((self.0 >> OWNER_SHIFT) & OWNER_MASK) as u8
    }

    /// Bits 15:0: the function number.
    pub const fn number(self) -> u16 {
        (self.0 & FUNC_MASK) as u16
    }

    /// Bit 16 (SMCCC 1.3): the caller holds no live SVE state. Not part of the identity.
    pub const fn sve_hint(self) -> bool {
        self.0 & SVE_HINT != 0
    }

    /// Bits 23:17 of a fast call, which must be zero.
    pub const fn reserved_bits(self) -> u32 {
        self.0 & FAST_RESERVED_MASK
    }

    /// The id with the hint bits (bit 16) cleared.
    pub const fn without_hints(self) -> Self {
        FunctionId(self.0 & !CALL_HINTS)
    }

    /// The same function in the other convention (SMC32 ↔ SMC64).
    pub const fn with_64(self, is_64: bool) -> Self {
        let bit = 1 << CALL_CONV_SHIFT;
        FunctionId(if is_64 { self.0 | bit } else { self.0 & !bit })
    }
}

/// One function id of the definitions, for lookups and sweeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FunctionDesc {
    /// The id.
    pub id: FunctionId,
    /// The service it belongs to (`PSCI`, `ARCH`, …).
    pub service: &'static str,
    /// The function name, with `_32`/`_64` for functions that have both forms.
    pub name: &'static str,
    /// The specification.
    pub spec: &'static str,
    /// The specification version that introduced it.
    pub since: &'static str,
    /// True for a mitigation call.
    pub mitigation: bool,
    /// Linux macro name, where Linux has one.
    pub linux: Option<&'static str>,
}

/// The definition of `id`, if the definitions have one (exact 32-bit match).
pub fn lookup(id: FunctionId) -> Option<&'static FunctionDesc> {
    let i = FUNCTIONS.binary_search_by_key(&id, |d| d.id).ok()?;
    FUNCTIONS.get(i)
}

pub use crate::Unknown;

include!(concat!(env!("OUT_DIR"), "/smccc.rs"));
