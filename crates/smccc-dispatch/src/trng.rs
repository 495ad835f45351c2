//! TRNG (DEN0098): `kvm_trng_call` (Linux 7.2 `arch/arm64/kvm/trng.c`), gated by
//! `KVM_REG_ARM_STD_BIT_TRNG_V1_0`.

use arm64_uapi::kvm::KVM_REG_ARM_STD_BIT_TRNG_V1_0 as TRNG_BIT;
use arm64_uapi::smccc::{TRNG, ret::TRNG as TRET};

use crate::host::Host;
use crate::outcome::Outcome;
use crate::vm::{NOT_SUPPORTED_OUTCOME, Vm, bit, sx};

impl<const VCPUS: usize, const RANGES: usize> Vm<VCPUS, RANGES> {
    /// A TRNG call.
    #[inline(never)]
    pub(crate) fn trng_call<H: Host + ?Sized>(
        &self,
        host: &mut H,
        f: TRNG::Function,
        x: &[u64; 4],
    ) -> Outcome {
        if !bit(self.fw.std_bmap(), TRNG_BIT) {
            return NOT_SUPPORTED_OUTCOME;
        }
        let v = match f {
            TRNG::Function::VERSION => u64::from(TRNG::VERSION_1_0),
            TRNG::Function::FEATURES => {
                // The whole X1 is compared (KVM switches on the unsigned long).
                if u32::try_from(x[1]).is_ok_and(|q| TRNG::Function::try_from(q).is_ok()) {
                    sx(TRET::SUCCESS)
                } else {
                    sx(TRET::NOT_SUPPORTED)
                }
            }
            TRNG::Function::GET_UUID => {
                return Outcome::ret([
                    u64::from(TRNG::KVM_UUID_REG_0),
                    u64::from(TRNG::KVM_UUID_REG_1),
                    u64::from(TRNG::KVM_UUID_REG_2),
                    u64::from(TRNG::KVM_UUID_REG_3),
                ]);
            }
            TRNG::Function::RND_32 => return rnd(host, x[1] as u32, TRNG::RND32_MAX_BITS, false),
            TRNG::Function::RND_64 => return rnd(host, x[1] as u32, TRNG::RND64_MAX_BITS, true),
        };
        Outcome::ret([v, 0, 0, 0])
    }
}

/// `kvm_trng_do_rnd`: `bits` random bits, least significant in the last register.
fn rnd<H: Host + ?Sized>(host: &mut H, bits: u32, max: u32, is_64: bool) -> Outcome {
    if bits > max {
        return Outcome::ret([sx(TRET::INVALID_PARAMETERS), 0, 0, 0]);
    }
    let mut w = [0u64; 3];
    let words = bits.div_ceil(u64::BITS) as usize;
    if !host.entropy(w.get_mut(..words).unwrap_or(&mut [])) {
        return Outcome::ret([sx(TRET::NO_ENTROPY), 0, 0, 0]);
    }
    // Clear every bit at or above `bits` (w[0] holds bits 0..63).
    for (i, word) in (0u32..).zip(w.iter_mut()) {
        let low = i.saturating_mul(u64::BITS);
        *word &= match bits.saturating_sub(low) {
            0 => 0,
            n if n >= u64::BITS => u64::MAX,
            n => (1u64 << n).wrapping_sub(1),
        };
    }
    let [w0, w1, w2] = w;
    let lo = |v: u64| v & u64::from(u32::MAX);
    let r = if is_64 {
        [sx(TRET::SUCCESS), w2, w1, w0]
    } else {
        [sx(TRET::SUCCESS), lo(w1), w0 >> 32, lo(w0)]
    };
    Outcome::ret(r)
}
