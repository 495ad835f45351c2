//! The s390 *Start Arm Execution* (SAE) ABI: the memory blocks an s390 host shares with the
//! machine to run an arm64 guest, the exits it reads back, and the instructions it issues.
//!
//! Modelled on the posted "KVM: s390: Introduce arm64 KVM" series v2–v4
//! (`arch/s390/include/asm/kvm_host_arm64_types.h`) and the follow-up "KVM: arm64 on s390 System
//! Register Handling" v1 (EASR/SASR, QAAF). The architecture document is not public and the
//! series is unmerged: expect changes, and see [`Evidence`] for what is only inferred.
//!
//! - [`SaeControlBlock`], [`SaveArea`], [`QaafQmcBlock`]: the 4 KiB blocks, byte-exact and
//!   big-endian on every host (zerocopy `big_endian` types). [`layout`] holds the offsets
//!   they are checked against and that `include/sae-abi.h` is rendered from.
//! - [`exit`]: `icptr` codes, validity reasons and the typed views of the detail area;
//!   [`esr`]: the Arm syndrome the exit handler dispatches on.
//! - [`placement`]: where each arm64 register lives (control block, save area, host memory).
//! - [`qaaf`]: register indices of the QAAF block and format checks; [`insn`]: instruction
//!   encoders and decoder.
//!
//! Every decoder is total: any bytes decode to a value (unknown codes are kept as raw numbers),
//! and no function panics.
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

// `derive(Arbitrary)` expands to code that names `std`; only the fuzzing feature links it.
#[cfg(feature = "arbitrary")]
extern crate std;

/// The size of a struct field, for the layout assertions (`size_of` of the field's type).
#[doc(hidden)]
pub(crate) const fn field_size<T, F>(_: fn(&T) -> &F) -> usize {
    core::mem::size_of::<F>()
}

/// Statically asserts a zerocopy struct against a [`layout`] table, field by field: each
/// named Rust field sits at the table's offset (`base` + `offset_of!`) with the table's size,
/// and the Rust struct names as many fields as the table level it mirrors.
macro_rules! assert_fields {
    ($table:ident, $ty:ty, base = $base:expr, items: $($field:ident),+ $(,)?) => {
        $(static_assertions::const_assert!($crate::layout::matches(
            &$crate::layout::$table,
            stringify!($field),
            usize::saturating_add($base, core::mem::offset_of!($ty, $field)),
            $crate::field_size::<$ty, _>(|s: &$ty| &s.$field),
        ));)+
        static_assertions::const_assert_eq!(
            [$(stringify!($field)),+].len(),
            $crate::layout::$table.items.len()
        );
    };
    ($table:ident, $ty:ty, base = $base:expr, group = $group:literal: $($field:ident),+ $(,)?) => {
        $(static_assertions::const_assert!($crate::layout::matches(
            &$crate::layout::$table,
            concat!($group, ".", stringify!($field)),
            usize::saturating_add($base, core::mem::offset_of!($ty, $field)),
            $crate::field_size::<$ty, _>(|s: &$ty| &s.$field),
        ));)+
        static_assertions::const_assert!(matches!(
            $crate::layout::group_len(&$crate::layout::$table, $group),
            Some(n) if n == [$(stringify!($field)),+].len()
        ));
    };
    ($table:ident, $ty:ty, base = $base:expr, member = $field:ident) => {
        static_assertions::const_assert!($crate::layout::matches(
            &$crate::layout::$table,
            stringify!($field),
            usize::saturating_add($base, core::mem::offset_of!($ty, $field)),
            $crate::field_size::<$ty, _>(|s: &$ty| &s.$field),
        ));
    };
}

pub mod block;
pub mod esr;
pub mod exit;
pub mod inferred;
pub mod insn;
pub mod layout;
pub mod placement;
pub mod qaaf;
pub mod save_area;

pub use block::{IcRegs, SaeControlBlock};
pub use exit::{Icptr, Interception, Vir};
pub use qaaf::QaafQmcBlock;
pub use save_area::SaveArea;

/// How well a fact is established, for table rows and documented values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Evidence {
    /// Stated in posted patch text (v1–v4 or the system-register series).
    Posted,
    /// Only in the public kvms390 development tree, not (yet) in a posted patch.
    Unposted,
    /// Inferred from naming, arithmetic or usage; not confirmed by posted patch text.
    Inferred,
}

/// An error from an accessor, a conversion or an encoder. Nothing in this crate panics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// An array index beyond the array (`gpr`, `sve_pregs`, ICH list registers, QAAF `regs`).
    IndexOutOfRange {
        /// The index asked for.
        index: usize,
        /// The array length.
        len: usize,
    },
    /// A value does not fit the field it is written to.
    ValueTooWide {
        /// The field width in bits.
        bits: u32,
    },
    /// The register does not live where it was asked for (or is unknown to the table).
    NotPlaced,
    /// A general register number above 15.
    InvalidGpr(u8),
    /// Bytes that are not one of the SAE instructions (or have reserved bits set).
    UnknownInstruction,
    /// Fewer bytes than the instruction needs.
    Truncated,
    /// The machine does not report support for a format (see [`qaaf::QaafQmcBlock`]).
    UnsupportedFormat {
        /// The format asked for.
        format: u8,
    },
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::IndexOutOfRange { index, len } => {
                write!(f, "index {index} out of range (length {len})")
            }
            Error::ValueTooWide { bits } => write!(f, "value does not fit {bits} bits"),
            Error::NotPlaced => f.write_str("register not placed there"),
            Error::InvalidGpr(r) => write!(f, "general register {r} > 15"),
            Error::UnknownInstruction => f.write_str("not an SAE instruction"),
            Error::Truncated => f.write_str("instruction truncated"),
            Error::UnsupportedFormat { format } => write!(f, "format {format} not supported"),
        }
    }
}

impl core::error::Error for Error {}

/// `Arbitrary` for fuzzing: a block is any 4096 bytes (zerocopy's big-endian field types have
/// no `Arbitrary` of their own, so the blocks are built from raw bytes).
#[cfg(feature = "arbitrary")]
mod arbitrary_impls {
    use arbitrary::{Arbitrary, Result, Unstructured};
    use zerocopy::FromBytes;

    macro_rules! from_bytes {
        ($($t:ty),*) => {$(
            impl<'a> Arbitrary<'a> for $t {
                fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
                    let bytes = u.bytes(core::mem::size_of::<$t>())?;
                    <$t>::read_from_bytes(bytes).map_err(|_| arbitrary::Error::IncorrectFormat)
                }
            }
        )*};
    }
    from_bytes!(crate::SaeControlBlock, crate::SaveArea, crate::QaafQmcBlock);
}
