//! Arm's `arm-psci` crate (DEN0022 F.b, written by Arm) as an oracle for PSCI decoding.
//!
//! On one random stream over every PSCI id (and every id of the PSCI windows): the two agree
//! on which ids are PSCI and which function each is; wherever arm-psci accepts a call, the
//! arguments agree field by field; wherever it rejects one for a bad argument, the
//! dispatcher answers INVALID_PARAMETERS as KVM does. The places where KVM and the spec
//! parser deliberately differ are listed in `kvm_deviation` and each is checked to occur.

mod common;

use arm_psci::{Cookie, EntryPoint, Error, Function, MemProtectRange, Mpidr};
use arm64_uapi::smccc::{FUNCTIONS, FunctionId, PSCI};
use common::{TestHost, TestVm, vm};
use smccc_dispatch::{Action, Config, Outcome, PsciArgs, PsciCall, Trap};

const INVALID: u64 = (-2i64) as u64;

fn mpidr(m: Mpidr) -> u64 {
    u64::from(m)
}

fn entry(e: EntryPoint) -> (u64, u64) {
    (e.entry_point_address(), e.context_id())
}

fn cookie(c: Cookie) -> u64 {
    match c {
        Cookie::Cookie32(v) => v.into(),
        Cookie::Cookie64(v) => v,
    }
}

/// Field-by-field agreement of an accepted call.
fn same_args(f: &Function, a: PsciArgs) -> bool {
    use PsciArgs as A;
    match (*f, a) {
        (
            Function::Version
            | Function::CpuOff
            | Function::MigrateInfoType
            | Function::MigrateInfoUpCpu { .. }
            | Function::SystemOff
            | Function::SystemReset
            | Function::CpuFreeze,
            A::None,
        ) => true,
        (
            Function::CpuSuspend { state, entry: e },
            A::CpuSuspend {
                power_state,
                entry: pc,
                context_id,
            },
        ) => u32::from(state) == power_state && entry(e) == (pc, context_id),
        (
            Function::CpuOn {
                target_cpu,
                entry: e,
            },
            A::CpuOn {
                target,
                entry: pc,
                context_id,
            },
        ) => mpidr(target_cpu) == target && entry(e) == (pc, context_id),
        (
            Function::AffinityInfo {
                mpidr: m,
                lowest_affinity_level,
            },
            A::AffinityInfo {
                target,
                lowest_level,
            },
        ) => mpidr(m) == target && u64::from(lowest_affinity_level) == lowest_level,
        (Function::Migrate { target_affinity }, A::Migrate { target }) => {
            mpidr(target_affinity) == target
        }
        (
            Function::SystemOff2 {
                off_type,
                cookie: c,
            },
            A::SystemOff2 {
                off_type: t,
                cookie: k,
            },
        ) => u32::from(off_type) == t && cookie(c) == k,
        (
            Function::SystemReset2 {
                reset_type,
                cookie: c,
            },
            A::SystemReset2 {
                reset_type: t,
                cookie: k,
            },
        ) => u32::from(reset_type) == t && cookie(c) == k,
        (Function::MemProtect { enabled }, A::MemProtect { enable }) => enabled == (enable != 0),
        (Function::MemProtectCheckRange { range }, A::MemProtectCheckRange { base, length }) => {
            match range {
                MemProtectRange::Range32 { base: b, length: l } => {
                    (u64::from(b), u64::from(l)) == (base, length)
                }
                MemProtectRange::Range64 { base: b, length: l } => (b, l) == (base, length),
            }
        }
        (Function::Features { psci_func_id }, A::Features { function_id }) => {
            u32::from(psci_func_id) == function_id
        }
        (
            Function::CpuDefaultSuspend { entry: e } | Function::SystemSuspend { entry: e },
            A::Entry {
                entry: pc,
                context_id,
            },
        ) => entry(e) == (pc, context_id),
        (
            Function::NodeHwState {
                target_cpu,
                power_level,
            },
            A::NodeHwState { target, level },
        ) => mpidr(target_cpu) == target && power_level == level,
        (
            Function::StatResidency {
                target_cpu,
                power_state,
            }
            | Function::StatCount {
                target_cpu,
                power_state,
            },
            A::Stat {
                target,
                power_state: p,
            },
        ) => mpidr(target_cpu) == target && u32::from(power_state) == p,
        (Function::SetSuspendMode { mode }, A::SetSuspendMode { mode: m }) => u32::from(mode) == m,
        _ => false,
    }
}

fn dispatch(x: [u64; 4]) -> Outcome {
    let vm: TestVm = vm(
        Config {
            psci_0_2: true,
            system_suspend: true,
            ..Config::default()
        },
        2,
    );
    vm.dispatch(&mut TestHost::default(), 0, Trap::HVC, &x)
        .unwrap()
}

/// Where KVM answers differently from what the spec parser accepts or rejects.
#[derive(Debug, Default)]
struct Deviations {
    /// SYSTEM_OFF2 type 0: arm-psci rejects it, KVM accepts it (DEN0022 F.b alias).
    off2_type0: u32,
    /// SYSTEM_OFF2 non-zero cookie: arm-psci accepts it, KVM answers INVALID_PARAMETERS.
    off2_cookie: u32,
    /// AFFINITY_INFO_32 level 3: arm-psci rejects it, KVM accepts levels 0..=3 for both.
    affinity32_level3: u32,
    /// AFFINITY_INFO_64 level ≥ 2^32: arm-psci truncates it, KVM compares the register.
    affinity64_wide_level: u32,
    /// CPU_SUSPEND power_state with MBZ bits: arm-psci rejects, KVM ignores power_state.
    suspend_state: u32,
    /// MEM_PROTECT (SMC32 only): arm-psci tests the whole X1 for "enable"; an SMC32
    /// argument is W1 (SMCCC: the upper halves of SMC32 arguments are ignored). KVM does
    /// not implement MEM_PROTECT either way.
    mem_protect_upper: u32,
}

/// xorshift64*.
fn rng(s: &mut u64) -> u64 {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    s.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

fn arg(s: &mut u64) -> u64 {
    let r = rng(s);
    match r % 8 {
        0 => r >> 62,                     // 0..=3
        1 => (r >> 32) & 0x00ff_ffff,     // Aff0..2, 32-bit valid
        2 => (r >> 16) & 0xff_00ff_ffff,  // Aff0..3, 64-bit valid
        3 => 0x8000_0000 | (r >> 40),     // vendor reset types
        4 => 1 << (r % 64),               // one bit
        5 => (r & 0xffff_ffff) | 1 << 32, // a high bit over a 32-bit value
        _ => r,
    }
}

#[test]
fn psci_ids_agree() {
    // Every id of both PSCI windows (and their neighbours in number) plus the defined ones.
    let mut ids: Vec<u32> = (0..=0xffu32)
        .flat_map(|n| [0x8400_0000 | n, 0xc400_0000 | n])
        .collect();
    ids.extend(FUNCTIONS.iter().map(|d| d.id.0));
    for id in ids {
        let theirs = arm_psci::FunctionId::try_from(id).ok();
        let ours = PsciCall::function_of(FunctionId(id));
        assert_eq!(theirs.map(u32::from), ours.map(|f| f as u32), "{id:#x}");
    }
    // arm-psci knows every PSCI function of our definitions and no other.
    let defined = FUNCTIONS.iter().filter(|d| d.service == "PSCI").count();
    assert_eq!(defined, 35);
    // PSCI_VERSION is the first id of the window.
    assert_eq!(
        PSCI::PSCI_VERSION.0,
        u32::from(arm_psci::FunctionId::PsciVersion)
    );
}

#[test]
fn psci_arguments_agree() {
    let ids: Vec<u32> = FUNCTIONS
        .iter()
        .filter(|d| d.service == "PSCI")
        .map(|d| d.id.0)
        .collect();
    let mut s = 0x0123_4567_89ab_cdefu64;
    let mut dev = Deviations::default();
    let (mut accepted, mut rejected) = (0u32, 0u32);
    for i in 0..200_000u32 {
        let id = ids[i as usize % ids.len()];
        let x = [u64::from(id), arg(&mut s), arg(&mut s), arg(&mut s)];
        let ours = PsciCall::decode(&x).expect("a PSCI id");
        assert_eq!(ours.function as u32, id);
        let a = ours.args();
        match Function::try_from(&x) {
            Ok(f) => {
                accepted += 1;
                if same_args(&f, a) {
                    // Accepted by both with the same arguments; KVM's extra checks follow.
                    if let (Function::SystemOff2 { .. }, PsciArgs::SystemOff2 { cookie, .. }) =
                        (f, a)
                    {
                        if cookie != 0 {
                            dev.off2_cookie += 1;
                            assert_eq!(dispatch(x).regs.x[0], INVALID, "{x:x?}");
                        }
                    }
                    continue;
                }
                // The only disagreements allowed: a 64-bit AFFINITY_INFO level ≥ 2^32, and
                // MEM_PROTECT's enable bit set only in the upper half of X1.
                match (f, a) {
                    (
                        Function::MemProtect { enabled: true },
                        PsciArgs::MemProtect { enable: 0 },
                    ) if x[1] as u32 == 0 => {
                        dev.mem_protect_upper += 1;
                        assert_eq!(dispatch(x).regs.x[0], u64::MAX);
                    }
                    (
                        Function::AffinityInfo { .. },
                        PsciArgs::AffinityInfo { lowest_level, .. },
                    ) if lowest_level > u64::from(u32::MAX) => {
                        dev.affinity64_wide_level += 1;
                        assert_eq!(dispatch(x).regs.x[0], INVALID, "{x:x?}");
                    }
                    _ => panic!("{x:x?}: arm-psci {f:?}, ours {a:?}"),
                }
            }
            Err(e) => {
                rejected += 1;
                let o = dispatch(x);
                match (&e, a) {
                    (
                        &Error::UnrecognisedSystemOff2Type(0),
                        PsciArgs::SystemOff2 { cookie, .. },
                    ) => {
                        dev.off2_type0 += 1;
                        if cookie == 0 {
                            assert!(matches!(o.action, Action::SystemEvent(_)), "{x:x?}");
                        } else {
                            assert_eq!(o.regs.x[0], INVALID);
                        }
                    }
                    (
                        &Error::InvalidLowerAffinityLevel(3),
                        PsciArgs::AffinityInfo { target, .. },
                    ) if id == PSCI::AFFINITY_INFO_32.0 => {
                        dev.affinity32_level3 += 1;
                        // A valid target: KVM answers ON/OFF, not INVALID_PARAMETERS.
                        if target & !0xff_ffff == 0 {
                            assert_ne!(o.regs.x[0], INVALID, "{x:x?}");
                        }
                    }
                    (&Error::InvalidPowerState(_), PsciArgs::CpuSuspend { .. }) => {
                        dev.suspend_state += 1;
                        assert_eq!(o.action, Action::WaitForInterrupt);
                    }
                    // Every other rejection of an argument KVM reads is INVALID_PARAMETERS;
                    // for the calls KVM does not implement it is NOT_SUPPORTED either way.
                    (
                        &(Error::InvalidMpidr32(_)
                        | Error::InvalidMpidr64(_)
                        | Error::InvalidLowerAffinityLevel(_)
                        | Error::UnrecognisedSystemOff2Type(_)
                        | Error::UnrecognisedSystemReset2Type(_)),
                        PsciArgs::CpuOn { .. }
                        | PsciArgs::AffinityInfo { .. }
                        | PsciArgs::SystemOff2 { .. }
                        | PsciArgs::SystemReset2 { .. },
                    ) => assert_eq!(o.regs.x[0], INVALID, "{x:x?}: {e:?}"),
                    (_, _) => assert_eq!(o.regs.x[0], u64::MAX, "{x:x?}: {e:?}"),
                }
            }
        }
    }
    eprintln!("accepted {accepted}, rejected {rejected}, deviations {dev:?}");
    assert!(accepted > 50_000 && rejected > 50_000);
    assert!(
        dev.off2_type0 > 0
            && dev.off2_cookie > 0
            && dev.affinity32_level3 > 0
            && dev.affinity64_wide_level > 0
            && dev.suspend_state > 0
            && dev.mem_protect_upper > 0,
        "{dev:?}"
    );
}
