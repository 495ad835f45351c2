//! A KVM-exact dispatcher for the SMC Calling Convention calls of arm64 guests, for hosts
//! that are not arm64 (the s390 SAE host) and for userspace VMMs.
//!
//! An arm64 guest's HVC/SMC must be answered exactly as arm64 KVM answers it (Linux 7.2
//! `arch/arm64/kvm/hypercalls.c`, `psci.c`, `trng.c`, `pvtime.c`, `hyp-entry.S`; 6.12 through
//! [`KvmRelease`]), so that
//! unmodified guests and existing VMMs work. [`Vm::dispatch`] takes one trapped call and
//! returns a typed [`Outcome`]: registers to write, then resume, forward to the VMM
//! (`KVM_EXIT_HYPERCALL` with its flags), a system event, or a vCPU power change. It has no
//! other side effect than its own state (vCPU power table, filter, firmware registers).
//!
//! - [`decode`]: function-id routing and PSCI argument decoding (total, KVM's widths).
//! - [`filter`]: the userspace SMCCC filter with KVM's range rules.
//! - [`fwreg`]: firmware pseudo-registers (PSCI version, workaround levels, bitmaps).
//! - [`mitigation`]: the mitigation answers, one exhaustive `match` per question.
//! - [`host`]: what the host provides (mitigation state, entropy, time, stolen time).
//! - [`replay`]: the trace interpreter of `examples/replay.rs` and the conformance suite.
//!
//! Every number comes from `arm64_uapi` (generated from `defs/smccc`, or the hand-written
//! KVM uapi). `#![no_std]`, no allocator, no `unsafe`, and no panic on any input.
//!
//! The reference is real KVM: `scripts/kvm-oracle` replays the conformance traces and
//! thousands of seeded random ones on Debian's Linux 7.2 and 6.12 arm64 kernels (KVM under
//! QEMU, `tests/kvm-replay`) and compares every answer with [`replay`]'s.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
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

mod arch;
pub mod decode;
pub mod errno;
pub mod filter;
pub mod fwreg;
pub mod host;
mod kvm_vendor;
pub mod mitigation;
pub mod outcome;
mod psci;
mod pv_time;
#[cfg(feature = "replay")]
pub mod replay;
#[cfg(feature = "sae")]
pub mod sae;
mod trng;
mod vm;

pub use decode::{PsciArgs, PsciCall, Route, route};
pub use errno::Errno;
pub use filter::{Filter, FilterAction, FilterRange, SmcccFilter};
pub use fwreg::KvmRelease;
pub use host::{Host, PtpCounter, PtpSample};
pub use mitigation::MitigationState;
pub use outcome::{
    Action, Conduit, CpuOn, HypercallExit, Outcome, RegWrites, SystemEvent, SystemEventExit, Trap,
    VcpuReset,
};
pub use vm::{Config, MPIDR_HWID_MASK, NoSuchVcpu, Vm};
