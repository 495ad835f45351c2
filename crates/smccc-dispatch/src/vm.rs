//! The VM: vCPU power table, filter, firmware state, and the dispatcher in KVM's order.

use arm64_uapi::kvm::{
    KVM_REG_ARM_STD_BIT_TRNG_V1_0 as TRNG_BIT, KVM_REG_ARM_STD_HYP_BIT_PV_TIME as PV_BIT,
    KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT as FEAT_BIT, KVM_REG_ARM_VENDOR_HYP_BIT_PTP as PTP_BIT,
};
use arm64_uapi::kvm::{
    KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2, KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2,
};
use arm64_uapi::regs::MPIDR_EL1;
use core::sync::atomic::{AtomicBool, Ordering};
use arm64_uapi::smccc::{
    ARCH, FunctionId, KVM, KVM_PSCI_0_1, Mitigation, PSCI, PV_TIME, TRNG, VERSION_1_1,
    ret::{KVM_PSCI as KRET, PSCI as PRET, SMCCC as SRET, TRNG as TRET},
};

use crate::decode::PsciCall;
use crate::errno::Errno;
use crate::filter::{Filter, FilterAction, SmcccFilter};
use crate::fwreg::{FwState, KvmRelease};
use crate::host::{Host, PtpCounter};
use crate::mitigation::{arch_features, hvc_fast_path};
use crate::outcome::{
    Action, Conduit, CpuOn, HypercallExit, Outcome, RegWrites, SystemEvent, SystemEventExit, Trap,
};

/// The affinity fields of MPIDR_EL1 (KVM `MPIDR_HWID_BITMASK`, 0xff00ffffff).
pub const MPIDR_HWID_MASK: u64 =
    MPIDR_EL1::Aff3::MASK | MPIDR_EL1::Aff2::MASK | MPIDR_EL1::Aff1::MASK | MPIDR_EL1::Aff0::MASK;

/// AFFINITY_INFO's mask for lowest affinity level 0..=3 (KVM `psci_affinity_mask`).
const AFFINITY_MASKS: [u64; 4] = [
    MPIDR_HWID_MASK,
    MPIDR_EL1::Aff3::MASK | MPIDR_EL1::Aff2::MASK | MPIDR_EL1::Aff1::MASK,
    MPIDR_EL1::Aff3::MASK | MPIDR_EL1::Aff2::MASK,
    MPIDR_EL1::Aff3::MASK,
];

/// A signed return code as the 64-bit register value KVM writes (sign-extended).
const fn sx(code: i32) -> u64 {
    code as i64 as u64
}
const NOT_SUPPORTED: u64 = sx(SRET::NOT_SUPPORTED);
const NOT_SUPPORTED_OUTCOME: Outcome = Outcome::ret([NOT_SUPPORTED, 0, 0, 0]);

/// Every id KVM implements outside the PSCI 0.2+ window (what `Vm::other` answers).
const IMPLEMENTED: [FunctionId; 16] = [
    ARCH::VERSION,
    ARCH::FEATURES,
    TRNG::VERSION,
    TRNG::FEATURES,
    TRNG::GET_UUID,
    TRNG::RND_32,
    TRNG::RND_64,
    PV_TIME::FEATURES,
    PV_TIME::ST,
    KVM::FEATURES,
    KVM::PTP,
    KVM::CALL_UID,
    KVM_PSCI_0_1::CPU_SUSPEND,
    KVM_PSCI_0_1::CPU_OFF,
    KVM_PSCI_0_1::CPU_ON,
    KVM_PSCI_0_1::MIGRATE,
];

#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "const evaluation: an index out of range or an overflow is a compile error"
)]
const fn implemented_top() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < IMPLEMENTED.len() {
        t[(IMPLEMENTED[i].0 >> 24) as usize] = true;
        i += 1;
    }
    t
}

/// Bits 31:24 (call type, width, owner) under which some implemented id lives.
static IMPLEMENTED_TOP: [bool; 256] = implemented_top();

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
struct Vcpu {
    mpidr: u64,
    on: AtomicBool,
}

impl Vcpu {
    const OFF: Vcpu = Vcpu {
        mpidr: 0,
        on: AtomicBool::new(false),
    };

    fn is_on(&self) -> bool {
        self.on.load(Ordering::Acquire)
    }

    fn set_on(&self, on: bool) {
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
    fw: FwState,
    system_suspend: bool,
    ran: AtomicBool,
}

impl<const VCPUS: usize, const RANGES: usize> Clone for Vm<VCPUS, RANGES> {
    fn clone(&self) -> Self {
        Vm {
            vcpus: self.vcpus.clone(),
            nr_vcpus: self.nr_vcpus,
            filter: self.filter.clone(),
            fw: self.fw.clone(),
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
            vcpus: [const { Vcpu::OFF }; VCPUS],
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

    fn vcpus(&self) -> &[Vcpu] {
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
            Conduit::Hvc => {
                // Every mitigation id is an SMC32 architecture call: one compare for the rest.
                if id.0 >> 16 == ARCH::VERSION.0 >> 16 {
                    if let Some(m) = Mitigation::from_function_id(id) {
                        if hvc_fast_path(m) {
                            // hyp-entry.S: `mov x0, xzr`; W1 held W0 XOR the id, now 0.
                            return Ok(Outcome {
                                regs: RegWrites {
                                    mask: 0b11,
                                    x: [0; 4],
                                },
                                action: Action::Resume,
                            });
                        }
                    }
                }
            }
            Conduit::Smc => {
                if trap.imm != 0 {
                    return Ok(Outcome {
                        regs: RegWrites::x0(u64::MAX),
                        action: Action::Resume,
                    });
                }
            }
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
        // PSCI 0.2+ ids: default-allowed (standard service, number <= 0x1f).
        if let Some(f) = PsciCall::function_of(id) {
            // `kvm_psci_call`: no SMC64 ids from AArch32; PSCI_VERSION answers the version
            // itself (0.2 → `KVM_ARM_PSCI_0_2`, 1.x → `PSCI_VERSION(1, x)`).
            if trap.aarch32 && id.is_64() {
                return Ok(NOT_SUPPORTED_OUTCOME);
            }
            let version = self.fw.psci_version();
            if version == PSCI::VERSION_0_1 {
                return Ok(Outcome::ret([sx(KRET::NI), 0, 0, 0]));
            }
            if f == PSCI::Function::PSCI_VERSION {
                return Ok(Outcome::ret([u64::from(version), 0, 0, 0]));
            }
            return self.psci_call(vcpu, trap, x);
        }
        // Most owners implement nothing: one table load answers them.
        if !IMPLEMENTED_TOP
            .get((id.0 >> 24) as usize)
            .copied()
            .unwrap_or(false)
        {
            return Ok(NOT_SUPPORTED_OUTCOME);
        }
        self.other(host, vcpu, trap, x)
    }

    /// Every implemented id but PSCI 0.2+, gated as `kvm_smccc_get_action` gates them.
    #[inline(never)]
    fn other<H: Host + ?Sized>(
        &self,
        host: &mut H,
        vcpu: usize,
        trap: Trap,
        x: &[u64; 4],
    ) -> Dispatch {
        let id = FunctionId::from_x0(x[0]);
        let fw = &self.fw;
        Ok(match id {
            ARCH::VERSION => Outcome::ret([u64::from(VERSION_1_1), 0, 0, 0]),
            ARCH::FEATURES => self.arch_features(host, x[1] as u32),
            TRNG::VERSION | TRNG::FEATURES | TRNG::GET_UUID | TRNG::RND_32 | TRNG::RND_64
                if bit(fw.std_bmap(), TRNG_BIT) =>
            {
                trng(host, id, x)
            }
            PV_TIME::FEATURES | PV_TIME::ST if bit(fw.std_hyp_bmap(), PV_BIT) => {
                pv_time(host, vcpu, id, x)
            }
            KVM::CALL_UID if bit(fw.vendor_hyp_bmap(), FEAT_BIT) => Outcome::ret([
                u64::from(KVM::UID_REG_0),
                u64::from(KVM::UID_REG_1),
                u64::from(KVM::UID_REG_2),
                u64::from(KVM::UID_REG_3),
            ]),
            KVM::FEATURES if bit(fw.vendor_hyp_bmap(), FEAT_BIT) => {
                Outcome::ret([fw.vendor_hyp_bmap(), 0, fw.vendor_hyp_bmap_2(), 0])
            }
            KVM::PTP if bit(fw.vendor_hyp_bmap(), PTP_BIT) => ptp(host, x[1] as u32),
            KVM_PSCI_0_1::CPU_SUSPEND
            | KVM_PSCI_0_1::CPU_OFF
            | KVM_PSCI_0_1::CPU_ON
            | KVM_PSCI_0_1::MIGRATE => self.psci_0_1(vcpu, trap, id, x),
            // Not gated and not default-allowed (SOC_ID, FEATURE_AVAILABILITY, WORKAROUND_n
            // by SMC, pKVM, DISCOVER_IMPL), a cleared bitmap bit, or unknown.
            _ => NOT_SUPPORTED_OUTCOME,
        })
    }

    /// SMCCC_ARCH_FEATURES(`q`) (KVM reads the queried id as 32 bits).
    #[inline(never)]
    fn arch_features<H: Host + ?Sized>(&self, host: &H, q: u32) -> Outcome {
        let q = FunctionId(q);
        let code = if let Some(m) = Mitigation::from_function_id(q) {
            arch_features(m, host.mitigation(m), host.guest_has_ssbs())
        } else if q == PV_TIME::FEATURES && bit(self.fw.std_hyp_bmap(), PV_BIT) {
            SRET::SUCCESS
        } else {
            // Also for VERSION, FEATURES and SOC_ID: a KVM quirk (TF-A answers SUCCESS).
            SRET::NOT_SUPPORTED
        };
        Outcome::ret([sx(code), 0, 0, 0])
    }

    /// KVM's PSCI 0.1 ids: implemented only without `KVM_ARM_VCPU_PSCI_0_2` (0.2+ answers
    /// NOT_SUPPORTED for them), and then only CPU_OFF and CPU_ON.
    #[inline(never)]
    fn psci_0_1(&self, vcpu: usize, trap: Trap, id: FunctionId, x: &[u64; 4]) -> Outcome {
        if self.fw.psci_version() != PSCI::VERSION_0_1 {
            return Outcome::ret([sx(PRET::NOT_SUPPORTED), 0, 0, 0]);
        }
        match id {
            KVM_PSCI_0_1::CPU_OFF => self.cpu_off(vcpu),
            KVM_PSCI_0_1::CPU_ON => self.cpu_on(trap, x[1], x[2], x[3], sx(KRET::INVAL)),
            _ => Outcome::ret([sx(KRET::NI), 0, 0, 0]),
        }
    }

    #[inline(never)]
    fn cpu_off(&self, vcpu: usize) -> Outcome {
        if let Some(v) = self.vcpus().get(vcpu) {
            v.set_on(false);
        }
        Outcome {
            regs: RegWrites::all([sx(PRET::SUCCESS), 0, 0, 0]),
            action: Action::PowerOff,
        }
    }

    /// `kvm_psci_vcpu_on`; `already_on` is ALREADY_ON (0.2+) or INVAL (0.1).
    #[inline(never)]
    fn cpu_on(
        &self,
        trap: Trap,
        target: u64,
        entry: u64,
        ctx: u64,
        already_on: u64,
    ) -> Outcome {
        let invalid = Outcome::ret([sx(PRET::INVALID_PARAMETERS), 0, 0, 0]);
        if target & !MPIDR_HWID_MASK != 0 {
            return invalid;
        }
        let Some((i, v)) = self
            .vcpus()
            .iter()
            .enumerate()
            .find(|(_, v)| v.mpidr == target)
        else {
            return invalid;
        };
        // `mp_state_lock`: of concurrent CPU_ONs of one target exactly one succeeds.
        if v
            .on
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return Outcome::ret([already_on, 0, 0, 0]);
        }
        Outcome {
            regs: RegWrites::all([sx(PRET::SUCCESS), 0, 0, 0]),
            action: Action::PowerOn(CpuOn {
                target: i,
                entry,
                context_id: ctx,
                big_endian: trap.big_endian,
            }),
        }
    }

    /// `kvm_psci_vcpu_affinity_info`.
    #[inline(never)]
    fn affinity_info(&self, target: u64, level: u64) -> i32 {
        if target & !MPIDR_HWID_MASK != 0 {
            return PRET::INVALID_PARAMETERS;
        }
        let Some(&mask) = usize::try_from(level)
            .ok()
            .and_then(|l| AFFINITY_MASKS.get(l))
        else {
            return PRET::INVALID_PARAMETERS;
        };
        let target = target & mask;
        let mut matching = false;
        for v in self.vcpus() {
            if v.mpidr & mask == target {
                matching = true;
                if v.is_on() {
                    return PSCI::AFFINITY_LEVEL_ON as i32;
                }
            }
        }
        if matching {
            PSCI::AFFINITY_LEVEL_OFF as i32
        } else {
            PRET::INVALID_PARAMETERS
        }
    }

    /// `kvm_prepare_system_event`: every vCPU stopped, then the exit.
    #[inline(never)]
    fn system_event(&self, event: SystemEvent, flags: u64, regs: RegWrites) -> Outcome {
        for v in self.vcpus() {
            v.set_on(false);
        }
        Outcome {
            regs,
            action: Action::SystemEvent(SystemEventExit { event, flags }),
        }
    }

    /// `kvm_psci_0_2_call` and `kvm_psci_1_x_call` (but PSCI_VERSION, answered inline).
    #[inline(never)]
    fn psci_call(&self, vcpu: usize, trap: Trap, x: &[u64; 4]) -> Dispatch {
        match PsciCall::decode(x) {
            Some(call) => Ok(self.psci_call_inner(vcpu, trap, call)),
            None => Ok(NOT_SUPPORTED_OUTCOME),
        }
    }

    #[inline(always)]
    fn psci_call_inner(&self, vcpu: usize, trap: Trap, call: PsciCall) -> Outcome {
        use crate::decode::psci_num::*;
        let version = self.fw.psci_version();
        let minor = if version == PSCI::VERSION_0_2 {
            None
        } else {
            Some(version & PSCI::VERSION_MINOR_MASK)
        };
        let [a1, a2, a3] = call.args;
        let id = FunctionId(call.function as u32);
        let v1 = minor.is_some();
        let m = minor.unwrap_or(0);
        // -6 in X0 so that a VMM resuming the vCPU makes the call fail.
        let failure = sx(PRET::INTERNAL_FAILURE);
        let code = match id.number() {
            VERSION => {
                let v = match minor {
                    Some(m) => PSCI::VERSION_1_0 | m,
                    None => PSCI::VERSION_0_2,
                };
                return Outcome::ret([u64::from(v), 0, 0, 0]);
            }
            CPU_SUSPEND => {
                return Outcome {
                    regs: RegWrites::all([sx(PRET::SUCCESS), 0, 0, 0]),
                    action: Action::WaitForInterrupt,
                };
            }
            CPU_OFF => return self.cpu_off(vcpu),
            CPU_ON => return self.cpu_on(trap, a1, a2, a3, sx(PRET::ALREADY_ON)),
            AFFINITY_INFO => self.affinity_info(a1, a2),
            MIGRATE_INFO_TYPE => PSCI::TOS_MP as i32,
            SYSTEM_OFF => {
                let regs = RegWrites::all([failure, 0, 0, 0]);
                return self.system_event(SystemEvent::Shutdown, 0, regs);
            }
            SYSTEM_RESET => {
                let regs = RegWrites::all([failure, 0, 0, 0]);
                return self.system_event(SystemEvent::Reset, 0, regs);
            }
            FEATURES if v1 => self.psci_features(trap, a1 as u32, m),
            SYSTEM_SUSPEND if v1 && self.system_suspend => {
                // Registers untouched but for the narrowing, which the VMM reads back.
                let regs = if id.is_64() {
                    RegWrites::NONE
                } else {
                    RegWrites {
                        mask: 0b1110,
                        x: [0, a1, a2, a3],
                    }
                };
                return Outcome {
                    regs,
                    action: Action::SystemEvent(SystemEventExit {
                        event: SystemEvent::Suspend,
                        flags: 0,
                    }),
                };
            }
            SYSTEM_RESET2 if v1 && m >= 1 => {
                let t = a1 as u32;
                // KVM: `arg <= WARM_RESET || arg >= VENDOR_START`, i.e. 0 or vendor-specific.
                if t == PSCI::RESET_TYPE_SYSTEM_WARM_RESET || t >= PSCI::RESET_TYPE_VENDOR_START {
                    // Only X0 is written (`vcpu_set_reg`); the narrowing stays visible.
                    let regs = if id.is_64() {
                        RegWrites::x0(failure)
                    } else {
                        RegWrites::all([failure, a1, a2, a3])
                    };
                    let flags = KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2;
                    return self.system_event(SystemEvent::Reset, flags, regs);
                }
                PRET::INVALID_PARAMETERS
            }
            SYSTEM_OFF2 if v1 && m >= 3 => {
                let t = a1 as u32;
                // Type 0 is DEN0022 F.b's alias of HIBERNATE_OFF; the cookie must be zero.
                if (t != 0 && t != PSCI::SYSTEM_OFF2_TYPE_HIBERNATE_OFF) || a2 != 0 {
                    PRET::INVALID_PARAMETERS
                } else {
                    let regs = RegWrites::all([failure, 0, 0, 0]);
                    let flags = KVM_SYSTEM_EVENT_SHUTDOWN_FLAG_PSCI_OFF2;
                    return self.system_event(SystemEvent::Shutdown, flags, regs);
                }
            }
            _ => PRET::NOT_SUPPORTED,
        };
        Outcome::ret([sx(code), 0, 0, 0])
    }

    /// PSCI_FEATURES (1.0+): what KVM implements at minor version `m`.
    #[inline(never)]
    fn psci_features(&self, trap: Trap, q: u32, m: u32) -> i32 {
        use PSCI::Function as F;
        let q = FunctionId(q);
        if q.is_64() && trap.aarch32 {
            return PRET::NOT_SUPPORTED;
        }
        if q == ARCH::VERSION {
            return PRET::SUCCESS;
        }
        let Ok(f) = F::try_from(q.0) else {
            return PRET::NOT_SUPPORTED;
        };
        match f {
            F::PSCI_VERSION
            | F::CPU_SUSPEND_32
            | F::CPU_SUSPEND_64
            | F::CPU_OFF
            | F::CPU_ON_32
            | F::CPU_ON_64
            | F::AFFINITY_INFO_32
            | F::AFFINITY_INFO_64
            | F::MIGRATE_INFO_TYPE
            | F::SYSTEM_OFF
            | F::SYSTEM_RESET
            | F::PSCI_FEATURES => PRET::SUCCESS,
            F::SYSTEM_SUSPEND_32 | F::SYSTEM_SUSPEND_64 if self.system_suspend => PRET::SUCCESS,
            F::SYSTEM_RESET2_32 | F::SYSTEM_RESET2_64 if m >= 1 => PRET::SUCCESS,
            // A bitmask of supported types: HIBERNATE_OFF.
            F::SYSTEM_OFF2_32 | F::SYSTEM_OFF2_64 if m >= 3 => {
                PSCI::SYSTEM_OFF2_TYPE_HIBERNATE_OFF as i32
            }
            _ => PRET::NOT_SUPPORTED,
        }
    }
}

/// `test_bit(b, &reg)`.
#[inline]
const fn bit(reg: u64, b: u32) -> bool {
    reg & (1 << b) != 0
}

/// PV time (DEN0057): `kvm_hypercall_pv_features`, `kvm_init_stolen_time`.
#[inline(never)]
fn pv_time<H: Host + ?Sized>(host: &mut H, vcpu: usize, id: FunctionId, x: &[u64; 4]) -> Outcome {
    let v = if id == PV_TIME::ST {
        host.stolen_time_init(vcpu).unwrap_or(NOT_SUPPORTED)
    } else {
        let q = FunctionId(x[1] as u32);
        if (q == PV_TIME::FEATURES || q == PV_TIME::ST) && host.stolen_time_base(vcpu).is_some() {
            sx(SRET::SUCCESS)
        } else {
            NOT_SUPPORTED
        }
    };
    Outcome::ret([v, 0, 0, 0])
}

/// KVM PTP (`kvm_ptp_get_time`): real time and counter, each as two 32-bit halves.
#[inline(never)]
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

/// TRNG (DEN0098): `kvm_trng_call`.
#[inline(never)]
fn trng<H: Host + ?Sized>(host: &mut H, id: FunctionId, x: &[u64; 4]) -> Outcome {
    let v = match id {
        TRNG::VERSION => u64::from(TRNG::VERSION_1_0),
        TRNG::FEATURES => {
            // The whole X1 is compared (KVM switches on the unsigned long).
            let known = [
                TRNG::VERSION,
                TRNG::FEATURES,
                TRNG::GET_UUID,
                TRNG::RND_32,
                TRNG::RND_64,
            ];
            if known.iter().any(|id| u64::from(id.0) == x[1]) {
                sx(TRET::SUCCESS)
            } else {
                sx(TRET::NOT_SUPPORTED)
            }
        }
        TRNG::GET_UUID => {
            return Outcome::ret([
                u64::from(TRNG::KVM_UUID_REG_0),
                u64::from(TRNG::KVM_UUID_REG_1),
                u64::from(TRNG::KVM_UUID_REG_2),
                u64::from(TRNG::KVM_UUID_REG_3),
            ]);
        }
        TRNG::RND_32 => return rnd(host, x[1] as u32, TRNG::RND32_MAX_BITS, false),
        TRNG::RND_64 => return rnd(host, x[1] as u32, TRNG::RND64_MAX_BITS, true),
        _ => sx(TRET::NOT_SUPPORTED),
    };
    Outcome::ret([v, 0, 0, 0])
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
