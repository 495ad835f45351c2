//! Arm architecture calls (DEN0028 7): SMCCC_VERSION, SMCCC_ARCH_FEATURES and the HVC fast
//! path of the mitigation calls (Linux 7.2 `arch/arm64/kvm/hypercalls.c`,
//! `arch/arm64/kvm/hyp/hyp-entry.S`). The answers per mitigation are in [`crate::mitigation`].

use arm64_uapi::smccc::{ARCH, FunctionId, Mitigation, PV_TIME, VERSION_1_1, ret::SMCCC as SRET};

use crate::host::Host;
use crate::mitigation::{arch_features, hvc_fast_path};
use crate::outcome::{Action, Outcome, RegWrites};
use crate::vm::{NOT_SUPPORTED_OUTCOME, Vm, sx};

/// hyp-entry.S: an HVC whose W0 is a fast-path workaround never reaches the C handler.
#[inline]
pub(crate) fn is_fast_path(id: FunctionId) -> bool {
    // Every mitigation id is an SMC32 architecture call: one compare for the rest.
    id.0 >> 16 == ARCH::VERSION.0 >> 16
        && Mitigation::from_function_id(id).is_some_and(hvc_fast_path)
}

/// The fast path's answer: X0 = 0, and W1 (which held W0 XOR the id) is 0 too.
pub(crate) const FAST_PATH: Outcome = Outcome {
    regs: RegWrites {
        mask: 0b11,
        x: [0; 4],
    },
    action: Action::Resume,
};

impl<const VCPUS: usize, const RANGES: usize> Vm<VCPUS, RANGES> {
    /// `kvm_smccc_call_handler`'s architecture cases; the rest of the service (SOC_ID,
    /// FEATURE_AVAILABILITY, the mitigations by SMC) is not implemented.
    #[inline(never)]
    pub(crate) fn arch_call<H: Host + ?Sized>(
        &self,
        host: &H,
        f: ARCH::Function,
        x: &[u64; 4],
    ) -> Outcome {
        match f {
            ARCH::Function::VERSION => Outcome::ret([u64::from(VERSION_1_1), 0, 0, 0]),
            // KVM reads the queried id as 32 bits.
            ARCH::Function::FEATURES => self.arch_features(host, FunctionId(x[1] as u32)),
            _ => NOT_SUPPORTED_OUTCOME,
        }
    }

    /// SMCCC_ARCH_FEATURES(`q`).
    fn arch_features<H: Host + ?Sized>(&self, host: &H, q: FunctionId) -> Outcome {
        let code = if let Some(m) = Mitigation::from_function_id(q) {
            arch_features(m, host.mitigation(m), host.guest_has_ssbs())
        } else if q == PV_TIME::FEATURES && self.pv_time_enabled() {
            SRET::SUCCESS
        } else {
            // Also for VERSION, FEATURES and SOC_ID: a KVM quirk (TF-A answers SUCCESS).
            SRET::NOT_SUPPORTED
        };
        Outcome::ret([sx(code), 0, 0, 0])
    }
}
