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
//! ```
//! use arm64_uapi::smccc::{Mitigation, PSCI};
//! use smccc_dispatch::{Action, Config, Host, MitigationState, PtpCounter, PtpSample, Trap, Vm};
//!
//! /// What the host knows: here, not affected by anything, no entropy, no clocks.
//! struct MyHost;
//! impl Host for MyHost {
//!     fn mitigation(&self, _: Mitigation) -> MitigationState { MitigationState::Unaffected }
//!     fn guest_has_ssbs(&self) -> bool { false }
//!     fn entropy(&mut self, _: &mut [u64]) -> bool { false }
//!     fn ptp(&mut self, _: PtpCounter) -> Option<PtpSample> { None }
//!     fn stolen_time_base(&self, _: usize) -> Option<u64> { None }
//!     fn stolen_time_init(&mut self, _: usize) -> Option<u64> { None }
//! }
//!
//! // Two vCPUs (MPIDR 0 running, MPIDR 1 off), a filter of up to 8 ranges.
//! let mut vm: Vm<2, 8> = Vm::new(Config::default());
//! vm.add_vcpu(0, true).unwrap();
//! vm.add_vcpu(1, false).unwrap();
//! // vCPU 0: HVC #0 with X0 = CPU_ON_64, X1 = target MPIDR, X2 = entry, X3 = context id.
//! let x = [u64::from(PSCI::CPU_ON_64.0), 1, 0x8020_0000, 42];
//! let out = vm.dispatch(&mut MyHost, 0, Trap::HVC, &x).unwrap();
//! assert_eq!(out.regs.get(0), Some(0)); // X0 = PSCI SUCCESS
//! let Action::PowerOn(on) = out.action else { panic!() };
//! assert_eq!((on.target, on.entry, on.context_id), (1, 0x8020_0000, 42));
//! assert_eq!(on.reset(false).x0, 42); // the target starts with X0 = context id
//! ```
//!
//! The s390 SAE exit path is [`sae`] ([`sae::handle`]: exit → dispatch → resume in one call).
//! A VMM thread per vCPU shares one `&Vm`: the calls that touch only the caller take no lock,
//! and PSCI power changes are the only cross-vCPU writes (atomics).
//!
//! - [`decode`]: function-id routing ([`route`], in KVM's order the dispatcher follows) and
//!   PSCI argument decoding (total, KVM's widths).
//! - One private module per service: `arch` (SMCCC_VERSION, ARCH_FEATURES, the HVC fast
//!   path), `psci`, `trng`, `pv_time`, `kvm_vendor`.
//! - [`filter`]: the userspace SMCCC filter with KVM's range rules.
//! - [`fwreg`]: firmware pseudo-registers (PSCI version, workaround levels, bitmaps).
//! - [`mitigation`]: the mitigation answers, one exhaustive `match` per question.
//! - [`host`]: what the host provides (mitigation state, entropy, time, stolen time).
//! - [`outcome`]: the trap in, the outcome out, `kvm_run` filling, the CPU_ON reset state.
//!
//! The trace interpreter of the conformance suite and the real-KVM oracle is a separate,
//! unpublished crate (`crates/smccc-replay`), built on this crate's public API only.
//!
//! Every number comes from `arm64_uapi` (generated from `defs/smccc`, or the hand-written
//! KVM uapi). `#![no_std]`, no allocator, no `unsafe`, and no panic on any input.
//!
//! The reference is real KVM: `scripts/kvm-oracle` replays the conformance traces and
//! thousands of seeded random ones on Debian's newest arm64 kernel (7.2 today) and 6.12 (KVM under
//! QEMU, `tests/kvm-replay`) and compares every answer with `smccc-replay`'s.
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
#[cfg(feature = "sae")]
pub mod sae;
mod trng;
mod vm;

pub use decode::{Route, route};
pub use errno::Errno;
pub use filter::{Filter, FilterAction, FilterRange, SmcccFilter};
pub use fwreg::KvmRelease;
pub use host::{Host, PtpCounter, PtpSample};
pub use mitigation::MitigationState;
pub use outcome::{
    Action, Conduit, CpuOn, HypercallExit, Outcome, RegWrites, SystemEvent, SystemEventExit, Trap,
    VcpuReset,
};
pub use psci::{PsciArgs, PsciCall};
pub use vm::{Config, MPIDR_HWID_MASK, NoSuchVcpu, VcpuHandle, Vm};
