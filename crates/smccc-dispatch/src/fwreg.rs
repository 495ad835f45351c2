//! Firmware pseudo-registers (`KVM_GET/SET_ONE_REG`, `Documentation/virt/kvm/arm/fw-pseudo-registers.rst`):
//! the PSCI version, the workaround levels and the feature bitmaps.

use arm64_uapi::kvm::{
    KVM_REG_ARM_PSCI_VERSION, KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_ENABLED, KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED, KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_UNKNOWN,
    KVM_REG_ARM_STD_BIT_TRNG_V1_0, KVM_REG_ARM_STD_BMAP, KVM_REG_ARM_STD_HYP_BIT_PV_TIME,
    KVM_REG_ARM_STD_HYP_BMAP, KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_CPUS,
    KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_VER, KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT,
    KVM_REG_ARM_VENDOR_HYP_BIT_PTP, KVM_REG_ARM_VENDOR_HYP_BMAP, KVM_REG_ARM_VENDOR_HYP_BMAP_2,
    KVM_REG_FEATURE_LEVEL_MASK,
};
use arm64_uapi::smccc::{Mitigation, PSCI};

use crate::errno::Errno;
use crate::host::Host;
use crate::mitigation::{FwRegister, WriteRule, firmware_register};

/// Bits `KVM_REG_ARM_STD_BMAP` supports (KVM `KVM_ARM_SMCCC_STD_FEATURES`).
pub const STD_FEATURES: u64 = 1 << KVM_REG_ARM_STD_BIT_TRNG_V1_0;
/// Bits `KVM_REG_ARM_STD_HYP_BMAP` supports.
pub const STD_HYP_FEATURES: u64 = 1 << KVM_REG_ARM_STD_HYP_BIT_PV_TIME;
/// Bits `KVM_REG_ARM_VENDOR_HYP_BMAP` supports.
pub const VENDOR_HYP_FEATURES: u64 =
    (1 << KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT) | (1 << KVM_REG_ARM_VENDOR_HYP_BIT_PTP);
/// Bits `KVM_REG_ARM_VENDOR_HYP_BMAP_2` supports (Linux 6.16+).
pub const VENDOR_HYP_FEATURES_2: u64 = (1 << KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_VER)
    | (1 << KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_CPUS);

/// The firmware ids KVM lists in `KVM_GET_REG_LIST` (`kvm_arm_fw_reg_ids`, Linux 7.2).
pub const FW_REG_IDS: [u64; 8] = [
    KVM_REG_ARM_PSCI_VERSION,
    arm64_uapi::kvm::KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1,
    arm64_uapi::kvm::KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2,
    arm64_uapi::kvm::KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3,
    KVM_REG_ARM_STD_BMAP,
    KVM_REG_ARM_STD_HYP_BMAP,
    KVM_REG_ARM_VENDOR_HYP_BMAP,
    KVM_REG_ARM_VENDOR_HYP_BMAP_2,
];

/// The PSCI version KVM gives a vCPU with `KVM_ARM_VCPU_PSCI_0_2` when userspace set none.
pub const PSCI_LATEST: u32 = PSCI::VERSION_1_3;

/// The Linux KVM release whose answers the dispatcher gives, where releases differ (measured
/// on Debian's 7.2.13 and 6.12.118 arm64 kernels by `scripts/kvm-oracle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum KvmRelease {
    /// Linux 6.12 (the long-term series): `KVM_ARM_PSCI_LATEST` is 1.1, so no PSCI 1.2/1.3
    /// and no SYSTEM_OFF2 (added by "KVM: arm64: Add PSCI v1.3 SYSTEM_OFF2 function for
    /// hibernation", Linux 6.13); no `KVM_REG_ARM_VENDOR_HYP_BMAP_2` nor the DISCOVER_IMPL
    /// calls it gates (Linux 6.16).
    Linux6_12,
    /// Linux 7.2 (`arch/arm64/kvm/{hypercalls,psci,trng,pvtime}.c`), the reference.
    #[default]
    Linux7_2,
}

impl KvmRelease {
    /// `KVM_ARM_PSCI_LATEST` of the release (`include/kvm/arm_psci.h`).
    pub const fn psci_latest(self) -> u32 {
        match self {
            KvmRelease::Linux6_12 => PSCI::VERSION_1_1,
            KvmRelease::Linux7_2 => PSCI_LATEST,
        }
    }

    /// Whether the release has the `KVM_REG_ARM_VENDOR_HYP_BMAP_2` firmware register.
    pub const fn has_vendor_hyp_bmap_2(self) -> bool {
        matches!(self, KvmRelease::Linux7_2)
    }
}

/// The VM-wide firmware state (`struct kvm_smccc_features` + `psci_version`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FwState {
    std_bmap: u64,
    std_hyp_bmap: u64,
    vendor_hyp_bmap: u64,
    vendor_hyp_bmap_2: u64,
    psci_0_2: bool,
    psci_version_set: u32,
    /// `kvm_psci_version()`, kept current by every change.
    psci: u32,
    release: KvmRelease,
}

impl Default for FwState {
    fn default() -> Self {
        Self::new(true, KvmRelease::Linux7_2)
    }
}

impl FwState {
    /// KVM's reset state (`kvm_arm_init_hypercalls`): every bitmap all-supported except
    /// `VENDOR_HYP_BMAP_2`, which is opt-in (0). `psci_0_2`: the vCPUs have
    /// `KVM_ARM_VCPU_PSCI_0_2` (else they speak KVM's PSCI 0.1).
    pub const fn new(psci_0_2: bool, release: KvmRelease) -> Self {
        FwState {
            std_bmap: STD_FEATURES,
            std_hyp_bmap: STD_HYP_FEATURES,
            vendor_hyp_bmap: VENDOR_HYP_FEATURES,
            vendor_hyp_bmap_2: 0,
            psci_0_2,
            psci_version_set: 0,
            psci: Self::effective(psci_0_2, 0, release),
            release,
        }
    }

    /// `kvm_psci_version`: 0.1 without the feature, else the set version or the latest.
    const fn effective(psci_0_2: bool, set: u32, release: KvmRelease) -> u32 {
        if !psci_0_2 {
            PSCI::VERSION_0_1
        } else if set != 0 {
            set
        } else {
            release.psci_latest()
        }
    }

    /// The PSCI version the guest sees (`kvm_psci_version`).
    #[inline]
    pub const fn psci_version(&self) -> u32 {
        self.psci
    }

    /// The vCPUs have `KVM_ARM_VCPU_PSCI_0_2`.
    pub const fn psci_0_2(&self) -> bool {
        self.psci_0_2
    }

    /// Give the vCPUs `KVM_ARM_VCPU_PSCI_0_2` or take it away.
    pub fn set_psci_0_2(&mut self, on: bool) {
        self.psci_0_2 = on;
        self.psci = Self::effective(on, self.psci_version_set, self.release);
    }

    /// `KVM_REG_ARM_STD_BMAP`.
    #[inline]
    pub const fn std_bmap(&self) -> u64 {
        self.std_bmap
    }

    /// `KVM_REG_ARM_STD_HYP_BMAP`.
    #[inline]
    pub const fn std_hyp_bmap(&self) -> u64 {
        self.std_hyp_bmap
    }

    /// `KVM_REG_ARM_VENDOR_HYP_BMAP`.
    #[inline]
    pub const fn vendor_hyp_bmap(&self) -> u64 {
        self.vendor_hyp_bmap
    }

    /// `KVM_REG_ARM_VENDOR_HYP_BMAP_2`.
    #[inline]
    pub const fn vendor_hyp_bmap_2(&self) -> u64 {
        self.vendor_hyp_bmap_2
    }

    fn workaround<H: Host + ?Sized>(host: &H, id: u64) -> Option<FwRegister> {
        let ssbs = host.guest_has_ssbs();
        Mitigation::ALL
            .iter()
            .find_map(|&m| firmware_register(m, host.mitigation(m), ssbs).filter(|r| r.id == id))
    }

    /// `KVM_GET_ONE_REG` of a firmware register (`kvm_arm_get_fw_reg`); unknown → `ENOENT`.
    pub fn get<H: Host + ?Sized>(&self, host: &H, id: u64) -> Result<u64, Errno> {
        Ok(match id {
            KVM_REG_ARM_PSCI_VERSION => u64::from(self.psci_version()),
            KVM_REG_ARM_STD_BMAP => self.std_bmap,
            KVM_REG_ARM_STD_HYP_BMAP => self.std_hyp_bmap,
            KVM_REG_ARM_VENDOR_HYP_BMAP => self.vendor_hyp_bmap,
            KVM_REG_ARM_VENDOR_HYP_BMAP_2 if self.release.has_vendor_hyp_bmap_2() => {
                self.vendor_hyp_bmap_2
            }
            _ => {
                let r = Self::workaround(host, id).ok_or(Errno::NoEnt)?;
                r.level & KVM_REG_FEATURE_LEVEL_MASK
            }
        })
    }

    /// `KVM_SET_ONE_REG` of a firmware register (`kvm_arm_set_fw_reg`), KVM's checks in
    /// KVM's order. Workaround writes store nothing: they only check that this host is at
    /// least as protected as the source. `vm_has_run` makes bitmap changes `EBUSY`.
    pub fn set<H: Host + ?Sized>(
        &mut self,
        host: &H,
        id: u64,
        val: u64,
        vm_has_run: bool,
    ) -> Result<(), Errno> {
        let bmap = match id {
            KVM_REG_ARM_PSCI_VERSION => return self.set_psci_version(val),
            KVM_REG_ARM_STD_BMAP => Some((&mut self.std_bmap, STD_FEATURES)),
            KVM_REG_ARM_STD_HYP_BMAP => Some((&mut self.std_hyp_bmap, STD_HYP_FEATURES)),
            KVM_REG_ARM_VENDOR_HYP_BMAP => Some((&mut self.vendor_hyp_bmap, VENDOR_HYP_FEATURES)),
            KVM_REG_ARM_VENDOR_HYP_BMAP_2 if self.release.has_vendor_hyp_bmap_2() => {
                Some((&mut self.vendor_hyp_bmap_2, VENDOR_HYP_FEATURES_2))
            }
            _ => None,
        };
        if let Some((reg, supported)) = bmap {
            if val & !supported != 0 {
                return Err(Errno::Inval);
            }
            if vm_has_run && val != *reg {
                return Err(Errno::Busy);
            }
            *reg = val;
            return Ok(());
        }
        let r = Self::workaround(host, id).ok_or(Errno::NoEnt)?;
        let host_level = r.level & KVM_REG_FEATURE_LEVEL_MASK;
        let wanted = match r.rule {
            WriteRule::AtMostHostLevel => {
                if val & !KVM_REG_FEATURE_LEVEL_MASK != 0 {
                    return Err(Errno::Inval);
                }
                val
            }
            WriteRule::Wa2 => {
                const ENABLED: u64 = KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_ENABLED;
                if val & !(KVM_REG_FEATURE_LEVEL_MASK | ENABLED) != 0 {
                    return Err(Errno::Inval);
                }
                let level = val & KVM_REG_FEATURE_LEVEL_MASK;
                if val & ENABLED != 0 && level != KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL {
                    return Err(Errno::Inval);
                }
                match level {
                    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL
                    | KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_UNKNOWN => {
                        KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL
                    }
                    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL
                    | KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED => {
                        KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED
                    }
                    _ => return Err(Errno::Inval),
                }
            }
        };
        if host_level < wanted {
            return Err(Errno::Inval);
        }
        Ok(())
    }

    fn set_psci_version(&mut self, val: u64) -> Result<(), Errno> {
        let v = u32::try_from(val).map_err(|_| Errno::Inval)?;
        let ok = match v {
            PSCI::VERSION_0_1 => !self.psci_0_2,
            PSCI::VERSION_0_2
            | PSCI::VERSION_1_0
            | PSCI::VERSION_1_1
            | PSCI::VERSION_1_2
            | PSCI::VERSION_1_3 => self.psci_0_2 && v <= self.release.psci_latest(),
            _ => false,
        };
        if !ok {
            return Err(Errno::Inval);
        }
        self.psci_version_set = v;
        self.psci = Self::effective(self.psci_0_2, v, self.release);
        Ok(())
    }
}
