//! The KVM vendor hypervisor service (owner 6): CALL_UID, KVM_FEATURES and PTP (Linux 7.2
//! `arch/arm64/kvm/hypercalls.c`, `kvm_ptp_get_time`), gated by
//! `KVM_REG_ARM_VENDOR_HYP_BMAP`. The pKVM and DISCOVER_IMPL calls are not answered here.

use arm64_uapi::kvm::{
    KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT as FEAT_BIT, KVM_REG_ARM_VENDOR_HYP_BIT_PTP as PTP_BIT,
};
use arm64_uapi::smccc::KVM;

use crate::host::{Host, PtpCounter};
use crate::outcome::Outcome;
use crate::vm::{NOT_SUPPORTED_OUTCOME, Vm, bit};

impl<const VCPUS: usize, const RANGES: usize> Vm<VCPUS, RANGES> {
    /// A KVM vendor call.
    #[inline(never)]
    pub(crate) fn kvm_vendor_call<H: Host + ?Sized>(
        &self,
        host: &mut H,
        f: KVM::Function,
        x: &[u64; 4],
    ) -> Outcome {
        let bmap = self.fw.vendor_hyp_bmap();
        match f {
            KVM::Function::CALL_UID if bit(bmap, FEAT_BIT) => Outcome::ret([
                u64::from(KVM::UID_REG_0),
                u64::from(KVM::UID_REG_1),
                u64::from(KVM::UID_REG_2),
                u64::from(KVM::UID_REG_3),
            ]),
            KVM::Function::FEATURES if bit(bmap, FEAT_BIT) => {
                Outcome::ret([bmap, 0, self.fw.vendor_hyp_bmap_2(), 0])
            }
            KVM::Function::PTP if bit(bmap, PTP_BIT) => ptp(host, x[1] as u32),
            _ => NOT_SUPPORTED_OUTCOME,
        }
    }
}

/// KVM PTP (`kvm_ptp_get_time`): real time and counter, each as two 32-bit halves.
fn ptp<H: Host + ?Sized>(host: &mut H, w1: u32) -> Outcome {
    match PtpCounter::from_arg(w1).and_then(|c| host.ptp(c)) {
        Some(s) => Outcome::ret([
            s.real_ns >> 32,
            s.real_ns & u64::from(u32::MAX),
            s.counter >> 32,
            s.counter & u64::from(u32::MAX),
        ]),
        None => NOT_SUPPORTED_OUTCOME,
    }
}
