//! Paravirtualised time (DEN0057): `kvm_hypercall_pv_features` and `kvm_init_stolen_time`
//! (Linux 7.2 `arch/arm64/kvm/pvtime.c`), gated by `KVM_REG_ARM_STD_HYP_BIT_PV_TIME`.

use arm64_uapi::kvm::KVM_REG_ARM_STD_HYP_BIT_PV_TIME as PV_BIT;
use arm64_uapi::smccc::{FunctionId, PV_TIME, ret::SMCCC as SRET};

use crate::host::Host;
use crate::outcome::Outcome;
use crate::vm::{NOT_SUPPORTED, NOT_SUPPORTED_OUTCOME, Vm, bit, sx};

impl<const VCPUS: usize, const RANGES: usize> Vm<VCPUS, RANGES> {
    /// The service's bitmap bit is set (`KVM_REG_ARM_STD_HYP_BMAP`).
    pub(crate) fn pv_time_enabled(&self) -> bool {
        bit(self.fw.std_hyp_bmap(), PV_BIT)
    }

    /// A PV-time call from vCPU `vcpu`.
    #[inline(never)]
    pub(crate) fn pv_time_call<H: Host + ?Sized>(
        &self,
        host: &mut H,
        vcpu: usize,
        f: PV_TIME::Function,
        x: &[u64; 4],
    ) -> Outcome {
        if !self.pv_time_enabled() {
            return NOT_SUPPORTED_OUTCOME;
        }
        let v = match f {
            PV_TIME::Function::ST => host.stolen_time_init(vcpu).unwrap_or(NOT_SUPPORTED),
            PV_TIME::Function::FEATURES => {
                let q = FunctionId(x[1] as u32);
                if (q == PV_TIME::FEATURES || q == PV_TIME::ST)
                    && host.stolen_time_base(vcpu).is_some()
                {
                    sx(SRET::SUCCESS)
                } else {
                    NOT_SUPPORTED
                }
            }
        };
        Outcome::ret([v, 0, 0, 0])
    }
}
