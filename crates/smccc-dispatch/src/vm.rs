//! The VM: vCPU power table, filter, firmware state, and the dispatcher in KVM's order.

use arm64_uapi::regs::MPIDR_EL1;
use arm64_uapi::smccc::{FunctionId, ret::SMCCC as SRET};
use core::sync::atomic::{AtomicBool, Ordering};

use crate::arch;
use crate::decode::{Route, route};
use crate::errno::Errno;
use crate::filter::{Filter, FilterAction, SmcccFilter};
use crate::fwreg::{FwState, KvmRelease};
use crate::host::Host;
use crate::outcome::{Action, Conduit, HypercallExit, Outcome, RegWrites, Trap};

/// The affinity fields of MPIDR_EL1 (KVM `MPIDR_HWID_BITMASK`, 0xff00ffffff).
pub const MPIDR_HWID_MASK: u64 =
    MPIDR_EL1::Aff3::MASK | MPIDR_EL1::Aff2::MASK | MPIDR_EL1::Aff1::MASK | MPIDR_EL1::Aff0::MASK;

/// A signed return code as the 64-bit register value KVM writes (sign-extended).
pub(crate) const fn sx(code: i32) -> u64 {
    code as i64 as u64
}
pub(crate) const NOT_SUPPORTED: u64 = sx(SRET::NOT_SUPPORTED);
pub(crate) const NOT_SUPPORTED_OUTCOME: Outcome = Outcome::ret([NOT_SUPPORTED, 0, 0, 0]);

/// `test_bit(b, &reg)`.
#[inline]
pub(crate) const fn bit(reg: u64, b: u32) -> bool {
    reg & (1 << b) != 0
}

/// What [`Vm::dispatch`] returns.
type Dispatch = Result<Outcome, NoSuchVcpu>;

/// VM configuration fixed when the vCPUs are created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Config {
    /// vCPU feature `KVM_ARM_VCPU_PSCI_0_2` (else KVM's PSCI 0.1 ids).
    pub psci_0_2: bool,
    /// `KVM_CAP_ARM_SYSTEM_SUSPEND` enabled: SYSTEM_SUSPEND exits to the VMM.
    pub system_suspend: bool,
    /// The KVM release whose answers to give (default: Linux 7.2).
    pub kvm: KvmRelease,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            psci_0_2: true,
            system_suspend: false,
            kvm: KvmRelease::Linux7_2,
        }
    }
}

/// A caller passed a vCPU index the VM does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NoSuchVcpu(pub usize);

impl core::fmt::Display for NoSuchVcpu {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "no vCPU {}", self.0)
    }
}

impl core::error::Error for NoSuchVcpu {}

/// One vCPU as PSCI sees it: its affinity and whether it is stopped. `on` is the only state
/// another vCPU writes (CPU_ON, SYSTEM_OFF/RESET), as KVM's `mp_state` under `mp_state_lock`.
#[derive(Debug)]
pub(crate) struct Vcpu {
    pub(crate) mpidr: u64,
    pub(crate) on: AtomicBool,
}

impl Vcpu {
    /// An empty slot (only used to build the table: each use is a fresh value).
    const fn off() -> Vcpu {
        Vcpu {
            mpidr: 0,
            on: AtomicBool::new(false),
        }
    }

    pub(crate) fn is_on(&self) -> bool {
        self.on.load(Ordering::Acquire)
    }

    pub(crate) fn set_on(&self, on: bool) {
        self.on.store(on, Ordering::Release);
    }
}

impl Clone for Vcpu {
    fn clone(&self) -> Self {
        Vcpu {
            mpidr: self.mpidr,
            on: AtomicBool::new(self.is_on()),
        }
    }
}

/// One VM as KVM's SMCCC layer sees it: at most `VCPUS` vCPUs (a fixed table, no heap) and
/// a filter of at most `RANGES` ranges (including KVM's two reserved ones).
///
/// Shared by the vCPU threads of a VMM: [`Vm::dispatch`] takes `&self` (`Vm` is `Sync`).
/// Configuration (vCPUs, filter, firmware registers) takes `&mut self`, before the threads
/// start, as KVM refuses most of it once the VM ran. While running, the only writes are the
/// PSCI power states (atomics: CPU_ON is a compare-and-swap, CPU_OFF and the system events
/// stores) and the "has run" flag; SMCCC, ARCH, TRNG, PTP and PV-time calls read only.
#[derive(Debug)]
pub struct Vm<const VCPUS: usize, const RANGES: usize> {
    vcpus: [Vcpu; VCPUS],
    nr_vcpus: usize,
    filter: Filter<RANGES>,
    pub(crate) fw: FwState,
    pub(crate) system_suspend: bool,
    ran: AtomicBool,
}

impl<const VCPUS: usize, const RANGES: usize> Clone for Vm<VCPUS, RANGES> {
    fn clone(&self) -> Self {
        Vm {
            vcpus: self.vcpus.clone(),
            nr_vcpus: self.nr_vcpus,
            filter: self.filter.clone(),
            fw: self.fw,
            system_suspend: self.system_suspend,
            ran: AtomicBool::new(self.has_run()),
        }
    }
}

impl<const VCPUS: usize, const RANGES: usize> Default for Vm<VCPUS, RANGES> {
    fn default() -> Self {
        Self::new(Config::default())
    }
}

impl<const VCPUS: usize, const RANGES: usize> Vm<VCPUS, RANGES> {
    /// A VM with no vCPUs, an unconfigured filter and KVM's reset firmware state.
    pub const fn new(config: Config) -> Self {
        Vm {
            vcpus: [const { Vcpu::off() }; VCPUS],
            nr_vcpus: 0,
            filter: Filter::new(),
            fw: FwState::new(config.psci_0_2, config.kvm),
            system_suspend: config.system_suspend,
            ran: AtomicBool::new(false),
        }
    }

    /// Add a vCPU with MPIDR_EL1 `mpidr` (only the affinity fields count), powered on or
    /// off (`KVM_ARM_VCPU_POWER_OFF`). Returns its index; `EINVAL` when the table is full.
    pub fn add_vcpu(&mut self, mpidr: u64, on: bool) -> Result<usize, Errno> {
        let i = self.nr_vcpus;
        let slot = self.vcpus.get_mut(i).ok_or(Errno::Inval)?;
        *slot = Vcpu {
            mpidr: mpidr & MPIDR_HWID_MASK,
            on: AtomicBool::new(on),
        };
        self.nr_vcpus = i.checked_add(1).ok_or(Errno::Inval)?;
        Ok(i)
    }

    /// Number of vCPUs.
    pub const fn nr_vcpus(&self) -> usize {
        self.nr_vcpus
    }

    pub(crate) fn vcpus(&self) -> &[Vcpu] {
        self.vcpus.get(..self.nr_vcpus).unwrap_or(&[])
    }

    /// True if vCPU `i` is not stopped (`!kvm_arm_vcpu_stopped`); `None` if no such vCPU.
    pub fn is_on(&self, i: usize) -> Option<bool> {
        self.vcpus().get(i).map(Vcpu::is_on)
    }

    /// `KVM_SET_MP_STATE`: mark vCPU `i` runnable (`on`) or stopped.
    pub fn set_power(&self, i: usize, on: bool) -> Result<(), NoSuchVcpu> {
        match self.vcpus().get(i) {
            Some(v) => {
                v.set_on(on);
                Ok(())
            }
            None => Err(NoSuchVcpu(i)),
        }
    }

    /// Mark the VM as having run (`kvm_vm_has_ran_once`): the filter and bitmap registers
    /// become immutable. [`Vm::dispatch`] does it too.
    pub fn mark_ran(&self) {
        self.ran.store(true, Ordering::Release);
    }

    /// True once a vCPU ran.
    pub fn has_run(&self) -> bool {
        self.ran.load(Ordering::Acquire)
    }

    /// The vCPU feature `KVM_ARM_VCPU_PSCI_0_2` (changes the PSCI version the guest sees).
    pub fn set_psci_0_2(&mut self, on: bool) {
        self.fw.set_psci_0_2(on);
    }

    /// `KVM_CAP_ARM_SYSTEM_SUSPEND`.
    pub fn set_system_suspend(&mut self, on: bool) {
        self.system_suspend = on;
    }

    /// The PSCI version the guest sees.
    pub const fn psci_version(&self) -> u32 {
        self.fw.psci_version()
    }

    /// The firmware state (bitmaps, PSCI version).
    pub const fn firmware(&self) -> &FwState {
        &self.fw
    }

    /// The SMCCC filter.
    pub const fn filter(&self) -> &Filter<RANGES> {
        &self.filter
    }

    /// `KVM_SET_DEVICE_ATTR(KVM_ARM_VM_SMCCC_CTRL, KVM_ARM_VM_SMCCC_FILTER)`.
    pub fn set_filter(&mut self, f: &SmcccFilter) -> Result<(), Errno> {
        self.filter.insert(f, self.has_run())
    }

    /// `KVM_GET_ONE_REG` of a firmware pseudo-register.
    pub fn get_reg<H: Host + ?Sized>(&self, host: &H, id: u64) -> Result<u64, Errno> {
        self.fw.get(host, id)
    }

    /// `KVM_SET_ONE_REG` of a firmware pseudo-register.
    pub fn set_reg<H: Host + ?Sized>(&mut self, host: &H, id: u64, val: u64) -> Result<(), Errno> {
        let ran = self.has_run();
        self.fw.set(host, id, val, ran)
    }

    /// Handle one trapped HVC/SMC from vCPU `vcpu` whose X0–X3 are `x`, in KVM's order:
    ///
    /// 1. HVC whose W0 is a fast-path workaround (EL2 vectors): X0 = 0.
    /// 2. SMC with a non-zero immediate: X0 = ~0 (`handle_smc`).
    /// 3. The filter: DENY → NOT_SUPPORTED; FWD_TO_USER → hypercall exit.
    /// 4. HANDLE needs a set bitmap bit or KVM's default-allow rule, else NOT_SUPPORTED.
    /// 5. Architecture calls, PV time, KVM vendor calls, TRNG; everything else goes to PSCI,
    ///    which answers NOT_SUPPORTED for what it does not know.
    ///
    /// A call KVM lets through but does not implement gets exactly what a denied one gets
    /// (NOT_SUPPORTED, X1–X3 = 0), so unknown ids are answered as soon as they are known.
    #[inline]
    pub fn dispatch<H: Host + ?Sized>(
        &self,
        host: &mut H,
        vcpu: usize,
        trap: Trap,
        x: &[u64; 4],
    ) -> Dispatch {
        if vcpu >= self.nr_vcpus {
            return Err(NoSuchVcpu(vcpu));
        }
        if !self.has_run() {
            self.mark_ran();
        }
        let id = FunctionId::from_x0(x[0]);
        match trap.conduit {
            Conduit::Hvc if arch::is_fast_path(id) => return Ok(arch::FAST_PATH),
            Conduit::Hvc => {}
            // `handle_smc`: reserved immediates answer ~0 without dispatch.
            Conduit::Smc if trap.imm != 0 => {
                return Ok(Outcome {
                    regs: RegWrites::x0(u64::MAX),
                    action: Action::Resume,
                });
            }
            Conduit::Smc => {}
        }
        if self.filter.is_configured() {
            match self.filter.action(id.0) {
                FilterAction::Handle => {}
                FilterAction::Deny => return Ok(NOT_SUPPORTED_OUTCOME),
                FilterAction::FwdToUser => {
                    return Ok(Outcome {
                        regs: RegWrites::NONE,
                        action: Action::Forward(HypercallExit {
                            nr: u64::from(id.0),
                            flags: HypercallExit::flags_for(trap),
                        }),
                    });
                }
            }
        }
        // `kvm_smccc_call_handler`'s switch, in its order; the default is PSCI. KVM's
        // default-deny rule (`kvm_smccc_get_action`) answers what no service implements,
        // and PSCI answers NOT_SUPPORTED for what it does not know: both come out as
        // NOT_SUPPORTED with X1–X3 = 0. Each arm answers in place.
        match route(id) {
            Route::Arch(f) => Ok(self.arch_call(host, f, x)),
            Route::PvTime(f) => Ok(self.pv_time_call(host, vcpu, f, x)),
            Route::Kvm(f) => Ok(self.kvm_vendor_call(host, f, x)),
            Route::Trng(f) => Ok(self.trng_call(host, f, x)),
            Route::Psci(f) => Ok(self.psci_call(vcpu, trap, f, x)),
            Route::KvmPsci01(f) => Ok(self.psci_0_1_call(vcpu, trap, f, x)),
            Route::Cpu(_) | Route::Unknown => Ok(NOT_SUPPORTED_OUTCOME),
        }
    }
}

/// One vCPU's handle on a shared VM: what its VMM thread holds (the index checked once).
#[derive(Debug, Clone, Copy)]
pub struct VcpuHandle<'vm, const VCPUS: usize, const RANGES: usize> {
    vm: &'vm Vm<VCPUS, RANGES>,
    index: usize,
}

impl<const VCPUS: usize, const RANGES: usize> Vm<VCPUS, RANGES> {
    /// The handle of vCPU `index` for its thread; `NoSuchVcpu` if the VM has no such vCPU.
    pub fn vcpu(&self, index: usize) -> Result<VcpuHandle<'_, VCPUS, RANGES>, NoSuchVcpu> {
        if index < self.nr_vcpus {
            Ok(VcpuHandle { vm: self, index })
        } else {
            Err(NoSuchVcpu(index))
        }
    }
}

impl<const VCPUS: usize, const RANGES: usize> VcpuHandle<'_, VCPUS, RANGES> {
    /// The vCPU's index.
    pub const fn index(&self) -> usize {
        self.index
    }

    /// [`Vm::dispatch`] for this vCPU (infallible: the index was checked).
    #[inline]
    pub fn dispatch<H: Host + ?Sized>(&self, host: &mut H, trap: Trap, x: &[u64; 4]) -> Outcome {
        self.vm
            .dispatch(host, self.index, trap, x)
            .unwrap_or(NOT_SUPPORTED_OUTCOME)
    }

    /// True if this vCPU is not stopped.
    pub fn is_on(&self) -> bool {
        self.vm.is_on(self.index).unwrap_or(false)
    }
}
