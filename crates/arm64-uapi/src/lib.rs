//! Arm64 system registers and KVM uapi register ids, for hosts of arm64 guests.
//!
//! Everything in [`regs`] is generated at build time by `abi-gen` from the definitions file
//! `defs/sysreg` (the Linux `arch/arm64/tools/sysreg` grammar, written from the Arm ARM). Set
//! `ARM64_UAPI_SYSREG` to an upstream kernel `sysreg` file to build from Arm's newest
//! definitions instead. For each register `R`, `regs::R` holds:
//! - `ENCODING` and everything derived from it: `SYS_REG` (kernel `sys_reg()`), `MRS`/`MSR`
//!   instruction words, `KVM_ONE_REG_ID` and `SAE_ID` (the s390 EASR/SASR register id);
//! - one module per field (`SHIFT`, `WIDTH`, `MASK` in the kernel's shifted convention,
//!   `SIGNED`, unshifted enumerator constants, and a `num_enum` `Enum` where values are unique);
//! - `RES0`/`RES1`/`UNKN` masks and `Value`, a `bitfield-struct` type with field accessors.
//!
//! [`smccc`] holds the SMCCC/PSCI/TRNG/PV-time/KVM function ids, return codes and the
//! mitigation list, generated from `defs/smccc`.
//!
//! [`sysreg`] holds the descriptor types and the lookup table (by name, by encoding); [`kvm`]
//! holds the complete KVM/arm64 uapi of Linux 7.2 under the header's names (ioctls, the
//! structures they pass with `kvm_run`'s exit views, capabilities, exits, device attributes,
//! ONE_REG ids both ways), with item tables the tests compile against the kernel's headers.
//! Everything compiles on every host: no `target_arch` gate.
//!
//! [`esr`] extends the generated `ESR_ELx` with the exit-handler view: the decoded syndrome
//! and [`esr::Trap`], the one description of a trapped HVC/SMC the dispatcher takes.
//!
//! ```
//! use arm64_uapi::esr::{Esr, EsrExt, ExceptionClass, Trap};
//! use arm64_uapi::{regs, smccc};
//!
//! // `KVM_GET_ONE_REG` id and `MRS X0` word of SCTLR_EL1, from its encoding (3, 0, 1, 0, 0).
//! assert_eq!(regs::SCTLR_EL1::KVM_ONE_REG_ID, 0x6030_0000_0013_c080);
//! assert_eq!(regs::SCTLR_EL1::MRS, 0xd538_1000);
//! // SMCCC function ids, built from call type, width, owner and number.
//! assert_eq!(smccc::PSCI::CPU_ON_64.0, 0xc400_0003);
//! // A syndrome: EC 0x16 (HVC64), IL = 1.
//! let esr = Esr::from_bits(0x5a00_0000);
//! assert_eq!(esr.class(), Ok(ExceptionClass::HVC64));
//! assert_eq!(Trap::from_exit(esr, 0x3c5, 0), Ok(Trap::HVC));
//! ```
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

pub mod esr;
pub mod kvm;
#[allow(non_snake_case, non_upper_case_globals, non_camel_case_types)]
pub mod smccc;
pub mod sysreg;

/// Generated register definitions, one module per register or shared layout.
#[allow(non_snake_case, non_upper_case_globals, non_camel_case_types)]
// Accessors carry the Arm ARM field names; a field called `LEN` is not a container length.
#[allow(clippy::len_without_is_empty)]
pub mod regs {
    include!(concat!(env!("OUT_DIR"), "/sysreg.rs"));
}
