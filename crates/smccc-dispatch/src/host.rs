//! The host side: what the dispatcher asks of the kernel module or VMM that embeds it.

use arm64_uapi::smccc::{KVM, Mitigation};

use crate::mitigation::MitigationState;

/// Which counter a KVM PTP call samples (its w1 argument).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum PtpCounter {
    /// `KVM_PTP_VIRT_COUNTER`: the guest's virtual counter (host counter − CNTVOFF).
    Virtual,
    /// `KVM_PTP_PHYS_COUNTER`: the guest's physical counter (host counter − CNTPOFF).
    Physical,
}

impl PtpCounter {
    /// Decode the w1 argument of `KVM_PTP` (KVM reads it as a 32-bit value).
    pub const fn from_arg(w1: u32) -> Option<PtpCounter> {
        match w1 {
            KVM::PTP_VIRT_COUNTER => Some(PtpCounter::Virtual),
            KVM::PTP_PHYS_COUNTER => Some(PtpCounter::Physical),
            _ => None,
        }
    }
}

/// One consistent snapshot of host real time and a guest counter (`ktime_get_snapshot`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PtpSample {
    /// Host real time (CLOCK_REALTIME) in nanoseconds.
    pub real_ns: u64,
    /// The selected guest counter at the same instant.
    pub counter: u64,
}

/// Everything the dispatcher needs from the host. Implement it once per host.
///
/// [`Host::mitigation`] is the host's mitigation policy: implement it with an exhaustive
/// `match m` and no wildcard arm, so that a mitigation added to `defs/smccc` is a compile
/// error until the host decides its state (as the dispatcher's own answers are).
pub trait Host {
    /// The host's state for the vulnerability that `m` mitigates
    /// (`arm64_get_spectre_{v2,v4,bhb}_state()`, `arm64_get_cve_2024_7881_state()`).
    fn mitigation(&self, m: Mitigation) -> MitigationState;

    /// The guest sees `ID_AA64PFR1_EL1.SSBS` ≥ IMP: a mitigated WORKAROUND_2 is then left to
    /// SSBS and reported as not available.
    fn guest_has_ssbs(&self) -> bool;

    /// Fill `words` with entropy for TRNG RND (KVM: `get_random_long`). Return false when
    /// none is available (the guest gets TRNG NO_ENTROPY; KVM itself never fails).
    fn entropy(&mut self, words: &mut [u64]) -> bool;

    /// A PTP snapshot of real time and `counter`, or `None` when the host clocksource is not
    /// the architected counter (the guest gets NOT_SUPPORTED).
    fn ptp(&mut self, counter: PtpCounter) -> Option<PtpSample>;

    /// The stolen-time record IPA the VMM set for `vcpu` (`KVM_ARM_VCPU_PVTIME_IPA`).
    fn stolen_time_base(&self, vcpu: usize) -> Option<u64>;

    /// PV_TIME_ST: zero `vcpu`'s stolen-time record, start accounting from now, and return
    /// its IPA (`kvm_init_stolen_time`); `None` when no IPA is set.
    fn stolen_time_init(&mut self, vcpu: usize) -> Option<u64>;
}
