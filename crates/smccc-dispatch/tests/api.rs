//! KVM behaviours through the library API, including those the replay grammar cannot express
//! (filter pad and action values, AArch32 and T32 callers, endianness, host failures).
//! Expected values are written from Linux 7.2's `arch/arm64/kvm/{hypercalls,psci,trng}.c`.

mod common;

use arm64_uapi::kvm::*;
use arm64_uapi::smccc::{ARCH, KVM, KVM_PSCI_0_1, Mitigation, PSCI, PV_TIME, TRNG};
use common::{NS, TestHost, TestVm, default_vm, vm};
use smccc_dispatch::mitigation::{arch_features, hvc_fast_path};
use smccc_dispatch::{
    Action, Config, CpuOn, Errno, Filter, FilterAction, HypercallExit, MitigationState, Outcome,
    RegWrites, SmcccFilter, SystemEvent, SystemEventExit, Trap,
};

const INVALID: u64 = (-2i64) as u64;

fn call(vm: &mut TestVm, host: &mut TestHost, trap: Trap, x: [u64; 4]) -> Outcome {
    vm.dispatch(host, 0, trap, &x).unwrap()
}

fn hvc(vm: &mut TestVm, x: [u64; 4]) -> Outcome {
    call(vm, &mut TestHost::default(), Trap::HVC, x)
}

fn id(f: arm64_uapi::smccc::FunctionId) -> u64 {
    u64::from(f.0)
}

#[test]
fn filter_rules() {
    let mut f: Filter<8> = Filter::new();
    assert!(!f.is_configured());
    let mut pad = SmcccFilter::new(0x8600_0000, 1, FilterAction::Deny);
    pad.pad[14] = 1;
    assert_eq!(f.insert(&pad, false), Err(Errno::Inval));
    let mut bad_action = SmcccFilter::new(0x8600_0000, 1, FilterAction::Deny);
    bad_action.action = 3; // NR_SMCCC_FILTER_ACTIONS
    assert_eq!(f.insert(&bad_action, false), Err(Errno::Inval));
    // Wrapping range, and nr_functions == 0 with base != 0 (end = base - 1 < base).
    let wrap = SmcccFilter::new(0xffff_ffff, 2, FilterAction::Deny);
    assert_eq!(f.insert(&wrap, false), Err(Errno::Inval));
    let empty = SmcccFilter::new(0xc400_0003, 0, FilterAction::Deny);
    assert_eq!(f.insert(&empty, false), Err(Errno::Inval));
    assert!(
        !f.is_configured(),
        "EINVAL happens before anything is inserted"
    );
    // nr_functions == 0 with base 0 is EINVAL too (KVM 6.12 and 7.2 on the real-KVM rig).
    let all = SmcccFilter::new(0, 0, FilterAction::Deny);
    assert_eq!(f.insert(&all, false), Err(Errno::Inval));
    // A range that hits the reserved ranges: EEXIST, and the reserved ranges stay.
    let arch = SmcccFilter::new(0x8000_0000, 1, FilterAction::Deny);
    assert_eq!(f.insert(&arch, false), Err(Errno::Exist));
    assert!(
        f.is_configured(),
        "KVM keeps the reserved ranges after a failed insert"
    );
    // Reserved architecture ranges, both widths.
    for base in [ARCH::WORKAROUND_1.0, 0xc000_0000, 0x8000_ffff, 0xc000_ffff] {
        let r = SmcccFilter::new(base, 1, FilterAction::Deny);
        assert_eq!(f.insert(&r, false), Err(Errno::Exist), "{base:#x}");
    }
    let ok = SmcccFilter::new(0xc400_0003, 1, FilterAction::Deny);
    assert_eq!(f.insert(&ok, false), Ok(()));
    assert_eq!(f.insert(&ok, false), Err(Errno::Exist));
    let overlap = SmcccFilter::new(0xc400_0000, 4, FilterAction::FwdToUser);
    assert_eq!(f.insert(&overlap, false), Err(Errno::Exist));
    let after = SmcccFilter::new(0xc500_0000, 1, FilterAction::Deny);
    assert_eq!(f.insert(&after, true), Err(Errno::Busy));
    // Capacity: 2 reserved + 1 + 5 = 8, then ENOMEM.
    for i in 0..5 {
        let r = SmcccFilter::new(0x8300_0000 + 2 * i, 1, FilterAction::Deny);
        assert_eq!(f.insert(&r, false), Ok(()));
    }
    let full = SmcccFilter::new(0x8300_1000, 1, FilterAction::Deny);
    assert_eq!(f.insert(&full, false), Err(Errno::NoMem));
    assert_eq!(f.ranges().count(), 8);
    assert_eq!(f.action(0xc400_0003), FilterAction::Deny);
    assert_eq!(f.action(0xc400_0004), FilterAction::Handle);
    assert_eq!(f.action(0x8000_8000), FilterAction::Handle);
    let errnos: Vec<(i32, &str)> = [
        Errno::NoEnt,
        Errno::NoMem,
        Errno::Busy,
        Errno::Exist,
        Errno::Inval,
    ]
    .iter()
    .map(|e| (e.errno(), e.name()))
    .collect();
    assert_eq!(
        errnos,
        [
            (2, "ENOENT"),
            (12, "ENOMEM"),
            (16, "EBUSY"),
            (17, "EEXIST"),
            (22, "EINVAL")
        ]
    );
}

/// The filter's O(log n) lookup against a linear model, on random disjoint ranges.
#[test]
fn filter_lookup_matches_linear_model() {
    let mut s = 0x1234_5678u64;
    let mut next = || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    let mut f: Filter<300> = Filter::new();
    let mut model: Vec<(u32, u32, FilterAction)> = vec![];
    for _ in 0..2000 {
        let base = next() as u32;
        let n = (next() % 64) as u32 + 1;
        let action = [
            FilterAction::Handle,
            FilterAction::Deny,
            FilterAction::FwdToUser,
        ][(next() % 3) as usize];
        let r = f.insert(&SmcccFilter::new(base, n, action), false);
        let last = base.wrapping_add(n - 1);
        let reserved = [(0x8000_0000u32, 0x8000_ffffu32), (0xc000_0000, 0xc000_ffff)];
        let overlaps = |a: u32, b: u32| {
            model.iter().any(|&(x, y, _)| a <= y && x <= b)
                || reserved.iter().any(|&(x, y)| a <= y && x <= b)
        };
        let expect = if last < base {
            Err(Errno::Inval)
        } else if overlaps(base, last) {
            Err(Errno::Exist)
        } else if model.len() + 2 >= 300 {
            Err(Errno::NoMem)
        } else {
            model.push((base, last, action));
            Ok(())
        };
        assert_eq!(r, expect, "{base:#x}+{n}");
    }
    for _ in 0..100_000 {
        let probe = if next() % 2 == 0 {
            next() as u32
        } else {
            let (a, b, _) = model[(next() % model.len() as u64) as usize];
            [a, b, a.wrapping_sub(1), b.wrapping_add(1)][(next() % 4) as usize]
        };
        let want = model
            .iter()
            .find(|&&(a, b, _)| a <= probe && probe <= b)
            .map_or(FilterAction::Handle, |r| r.2);
        assert_eq!(f.action(probe), want, "{probe:#x}");
    }
}

#[test]
fn filter_actions_in_dispatch() {
    let mut vm = default_vm();
    let mut host = TestHost::default();
    vm.set_filter(&SmcccFilter::new(0xc400_0003, 1, FilterAction::FwdToUser))
        .unwrap();
    vm.set_filter(&SmcccFilter::new(0x8400_0000, 1, FilterAction::Deny))
        .unwrap();
    // Filter takes precedence over the bitmaps: a disabled TRNG id is still forwarded.
    vm.set_reg(&host, KVM_REG_ARM_STD_BMAP, 0).unwrap();
    vm.set_filter(&SmcccFilter::new(
        TRNG::VERSION.0,
        1,
        FilterAction::FwdToUser,
    ))
    .unwrap();
    let fwd = |flags| Outcome {
        regs: RegWrites::NONE,
        action: Action::Forward(HypercallExit {
            nr: 0xc400_0003,
            flags,
        }),
    };
    let x = [0xffff_ffff_c400_0003, 1, 2, 3];
    assert_eq!(call(&mut vm, &mut host, Trap::HVC, x), fwd(0));
    assert_eq!(
        call(&mut vm, &mut host, Trap::SMC, x),
        fwd(KVM_HYPERCALL_EXIT_SMC)
    );
    let t32 = Trap {
        thumb16: true,
        ..Trap::SMC.aarch32()
    };
    assert_eq!(
        call(&mut vm, &mut host, t32, x),
        fwd(KVM_HYPERCALL_EXIT_SMC | KVM_HYPERCALL_EXIT_16BIT)
    );
    assert_eq!(
        call(&mut vm, &mut host, Trap::HVC, [0x8400_0000, 7, 8, 9]),
        Outcome::ret([NS, 0, 0, 0])
    );
    let o = call(&mut vm, &mut host, Trap::HVC, [id(TRNG::VERSION), 0, 0, 0]);
    assert!(matches!(o.action, Action::Forward(h) if h.nr == id(TRNG::VERSION)));
    // After the run the filter is immutable.
    assert_eq!(
        vm.set_filter(&SmcccFilter::new(0x8600_0000, 1, FilterAction::Deny)),
        Err(Errno::Busy)
    );
}

#[test]
fn conduits_and_fast_path() {
    let mut vm = default_vm();
    let mut host = TestHost::default();
    for wa in [ARCH::WORKAROUND_1, ARCH::WORKAROUND_2, ARCH::WORKAROUND_3] {
        let x = [0xffff_0000_0000_0000 | id(wa), 5, 6, 7];
        let o = call(&mut vm, &mut host, Trap::HVC, x);
        assert_eq!(
            o.after([x[0], 5, 6, 7]),
            [0, 0, 6, 7],
            "{wa:?}: X0 = 0, X1 clobbered"
        );
        // From AArch32 too (HVC32 is in the vectors' check).
        let o = call(&mut vm, &mut host, Trap::HVC.aarch32(), x);
        assert_eq!(o.regs.x[0], 0);
        // By SMC the call reaches the C handler: neither gated nor default-allowed.
        let o = call(&mut vm, &mut host, Trap::SMC, x);
        assert_eq!(o, Outcome::ret([NS, 0, 0, 0]));
    }
    // WORKAROUND_4 is not in the vectors.
    let o = call(
        &mut vm,
        &mut host,
        Trap::HVC,
        [id(ARCH::WORKAROUND_4), 0, 0, 0],
    );
    assert_eq!(o, Outcome::ret([NS, 0, 0, 0]));
    // SMC with an immediate: only X0 = ~0; HVC immediates are ignored.
    let o = call(
        &mut vm,
        &mut host,
        Trap::smc(0x1234),
        [id(PSCI::PSCI_VERSION), 1, 2, 3],
    );
    assert_eq!(o.after([0x8400_0000, 1, 2, 3]), [u64::MAX, 1, 2, 3]);
    let hvc_imm = Trap {
        imm: 1,
        ..Trap::HVC
    };
    let o = call(
        &mut vm,
        &mut host,
        hvc_imm,
        [id(PSCI::PSCI_VERSION), 0, 0, 0],
    );
    assert_eq!(o.regs.x[0], 0x10003);
    assert!(vm.dispatch(&mut host, 4, Trap::HVC, &[0; 4]).is_err());
}

#[test]
fn aarch32_callers() {
    let mut vm = default_vm();
    let mut host = TestHost::default();
    let t = Trap::HVC.aarch32();
    // SMC64 PSCI ids answer NOT_SUPPORTED; their SMC32 forms work.
    let o = call(&mut vm, &mut host, t, [id(PSCI::AFFINITY_INFO_64), 0, 0, 0]);
    assert_eq!(o, Outcome::ret([NS, 0, 0, 0]));
    let o = call(&mut vm, &mut host, t, [id(PSCI::AFFINITY_INFO_32), 0, 0, 0]);
    assert_eq!(o, Outcome::ret([0, 0, 0, 0]));
    // PSCI_FEATURES of an SMC64 id from AArch32: NOT_SUPPORTED.
    let o = call(
        &mut vm,
        &mut host,
        t,
        [id(PSCI::PSCI_FEATURES), id(PSCI::CPU_ON_64), 0, 0],
    );
    assert_eq!(o.regs.x[0], NS);
    let o = call(
        &mut vm,
        &mut host,
        t,
        [id(PSCI::PSCI_FEATURES), id(PSCI::CPU_ON_32), 0, 0],
    );
    assert_eq!(o.regs.x[0], 0);
    // Non-PSCI SMC64 ids are not width-checked (TRNG RND64 answers).
    let o = call(&mut vm, &mut host, t, [id(TRNG::RND_64), 8, 0, 0]);
    assert_eq!(o.regs.x, [0, 0, 0, 0xff]);
}

#[test]
fn cpu_on_and_affinity() {
    let mut vm = vm(Config::default(), 3);
    let mut host = TestHost::default();
    // Narrowing: the SMC32 id sees W1..W3, so a target with junk above bit 31 is vCPU 1.
    let be = Trap {
        big_endian: true,
        ..Trap::HVC
    };
    let x = [
        id(PSCI::CPU_ON_32),
        0xffff_ffff_0000_0001,
        0x1_8000_0000,
        0x2_0000_0007,
    ];
    let o = call(&mut vm, &mut host, be, x);
    assert_eq!(
        o,
        Outcome {
            regs: RegWrites::all([0; 4]),
            action: Action::PowerOn(CpuOn {
                target: 1,
                entry: 0x8000_0000,
                context_id: 7,
                big_endian: true,
            }),
        }
    );
    assert_eq!(vm.is_on(1), Some(true));
    // The same target by SMC64 with junk: INVALID_PARAMETERS (not an affinity value).
    let x = [id(PSCI::CPU_ON_64), 0xffff_ffff_0000_0002, 0, 0];
    assert_eq!(call(&mut vm, &mut host, Trap::HVC, x).regs.x[0], INVALID);
    // No such MPIDR; already on.
    assert_eq!(
        hvc(&mut vm, [id(PSCI::CPU_ON_64), 0x100, 0, 0]).regs.x[0],
        INVALID
    );
    assert_eq!(
        hvc(&mut vm, [id(PSCI::CPU_ON_64), 1, 0, 0]).regs.x[0],
        (-4i64) as u64
    );
    // AFFINITY_INFO: levels 0..=3, ON if any matching vCPU is on.
    let ai = |vm: &mut TestVm, t, l| hvc(vm, [id(PSCI::AFFINITY_INFO_64), t, l, 0]).regs.x[0];
    assert_eq!(ai(&mut vm, 2, 0), 1, "vCPU 2 is off");
    assert_eq!(ai(&mut vm, 2, 1), 0, "Aff1 = 0 cluster has vCPUs on");
    assert_eq!(
        ai(&mut vm, 0x1_0000_0000, 3),
        INVALID,
        "no vCPU has Aff3 = 1"
    );
    assert_eq!(ai(&mut vm, 0, 3), 0);
    assert_eq!(ai(&mut vm, 0, 4), INVALID);
    assert_eq!(
        ai(&mut vm, 0x0100_0000, 0),
        INVALID,
        "bits 31:24 are not affinity"
    );
    assert_eq!(ai(&mut vm, 0x1_0000_0000, 0x1_0000_0000), INVALID);
    // CPU_OFF stops the caller.
    let o = vm
        .dispatch(&mut host, 1, Trap::HVC, &[id(PSCI::CPU_OFF), 0, 0, 0])
        .unwrap();
    assert_eq!(o.action, Action::PowerOff);
    assert_eq!(vm.is_on(1), Some(false));
}

#[test]
fn system_events() {
    let failure = (-6i64) as u64;
    let mut v = default_vm();
    let x = [
        id(PSCI::SYSTEM_RESET2_32),
        0xffff_ffff_8000_0001,
        0x1_0000_0002,
        3,
    ];
    let o = hvc(&mut v, x);
    assert_eq!(
        o,
        Outcome {
            regs: RegWrites::all([failure, 0x8000_0001, 2, 3]),
            action: Action::SystemEvent(SystemEventExit {
                event: SystemEvent::Reset,
                flags: KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2,
            }),
        }
    );
    assert_eq!(v.is_on(0), Some(false), "every vCPU stopped");
    // SMC64: the reset type is read as 32 bits; only X0 is written.
    let mut v = default_vm();
    let o = hvc(&mut v, [id(PSCI::SYSTEM_RESET2_64), 0x1_0000_0000, 9, 9]);
    assert_eq!(o.regs, RegWrites::x0(failure));
    let mut v = default_vm();
    assert_eq!(
        hvc(&mut v, [id(PSCI::SYSTEM_RESET2_64), 1, 0, 0]).regs.x[0],
        INVALID
    );
    assert_eq!(v.is_on(0), Some(true));
    // SYSTEM_SUSPEND: registers untouched (but narrowing); no data.
    let o = hvc(
        &mut v,
        [id(PSCI::SYSTEM_SUSPEND_32), 0x1_0000_1000, 0x2_0000_0002, 0],
    );
    assert_eq!(
        o.regs,
        RegWrites {
            mask: 0b1110,
            x: [0, 0x1000, 2, 0]
        }
    );
    let Action::SystemEvent(e) = o.action else {
        panic!("{o:?}")
    };
    assert_eq!(
        (e.event.kvm_type(), e.ndata(), e.flags),
        (KVM_SYSTEM_EVENT_SUSPEND, 0, 0)
    );
    assert_eq!(v.is_on(0), Some(true), "SYSTEM_SUSPEND stops nothing");
    let o = hvc(&mut v, [id(PSCI::SYSTEM_OFF), 0, 0, 0]);
    let Action::SystemEvent(e) = o.action else {
        panic!("{o:?}")
    };
    assert_eq!(
        (e.event.kvm_type(), e.ndata(), e.flags),
        (KVM_SYSTEM_EVENT_SHUTDOWN, 1, 0)
    );
    assert_eq!(SystemEventExit::EXIT_REASON, 24);
    assert_eq!(HypercallExit::EXIT_REASON, 3);
    // Without the capability, SYSTEM_SUSPEND is NOT_SUPPORTED and PSCI_FEATURES says so.
    let mut plain = vm(Config::default(), 1);
    assert_eq!(
        hvc(&mut plain, [id(PSCI::SYSTEM_SUSPEND_64), 0, 0, 0])
            .regs
            .x[0],
        NS
    );
    let f = hvc(
        &mut plain,
        [id(PSCI::PSCI_FEATURES), id(PSCI::SYSTEM_SUSPEND_64), 0, 0],
    );
    assert_eq!(f.regs.x[0], NS);
}

#[test]
fn psci_0_1() {
    let mut vm = vm(
        Config {
            psci_0_2: false,
            system_suspend: false,
            ..Config::default()
        },
        2,
    );
    let host = TestHost::default();
    assert_eq!(vm.get_reg(&host, KVM_REG_ARM_PSCI_VERSION), Ok(1));
    // 0.2 ids: NOT_SUPPORTED; KVM's ids: CPU_ON, CPU_OFF only.
    assert_eq!(
        hvc(&mut vm, [id(PSCI::PSCI_VERSION), 0, 0, 0]).regs.x[0],
        NS
    );
    assert_eq!(
        hvc(&mut vm, [id(KVM_PSCI_0_1::CPU_SUSPEND), 0, 0, 0])
            .regs
            .x[0],
        NS
    );
    assert_eq!(
        hvc(&mut vm, [id(KVM_PSCI_0_1::MIGRATE), 0, 0, 0]).regs.x[0],
        NS
    );
    // CPU_ON of a running vCPU: INVALID_PARAMETERS (0.1), not ALREADY_ON.
    assert_eq!(
        hvc(&mut vm, [id(KVM_PSCI_0_1::CPU_ON), 0, 0, 0]).regs.x[0],
        INVALID
    );
    // No narrowing for KVM's ids.
    let o = hvc(&mut vm, [id(KVM_PSCI_0_1::CPU_ON), 1, 0x1_0000_0000, 5]);
    assert!(
        matches!(o.action, Action::PowerOn(c) if c.entry == 0x1_0000_0000 && c.context_id == 5)
    );
    // Register rules: 0.1 only without the feature, 0.2+ only with it.
    assert_eq!(
        vm.set_reg(&host, KVM_REG_ARM_PSCI_VERSION, 2),
        Err(Errno::Inval)
    );
    assert_eq!(vm.set_reg(&host, KVM_REG_ARM_PSCI_VERSION, 1), Ok(()));
    let mut v2 = default_vm();
    assert_eq!(
        v2.set_reg(&host, KVM_REG_ARM_PSCI_VERSION, 1),
        Err(Errno::Inval)
    );
    assert_eq!(
        v2.set_reg(&host, KVM_REG_ARM_PSCI_VERSION, 0x10004),
        Err(Errno::Inval)
    );
    assert_eq!(
        v2.set_reg(&host, KVM_REG_ARM_PSCI_VERSION, 0x1_0001_0000),
        Err(Errno::Inval)
    );
    // 0.1 ids on a 0.2+ VM: NOT_SUPPORTED.
    assert_eq!(
        hvc(&mut v2, [id(KVM_PSCI_0_1::CPU_OFF), 0, 0, 0]).regs.x[0],
        NS
    );
    assert_eq!(v2.is_on(0), Some(true));
}

#[test]
fn mitigation_answers() {
    use MitigationState::*;
    let (ns, nr, ok, unaff) = (-1, -2, 0, 1);
    // (mitigation, state, guest SSBS) -> ARCH_FEATURES answer, from the KVM table.
    let table = [
        (Mitigation::WORKAROUND_1, Vulnerable, false, ns),
        (Mitigation::WORKAROUND_1, Mitigated, false, ok),
        (Mitigation::WORKAROUND_1, Unaffected, false, unaff),
        (Mitigation::WORKAROUND_2, Vulnerable, false, ns),
        (Mitigation::WORKAROUND_2, Mitigated, true, ns),
        (Mitigation::WORKAROUND_2, Mitigated, false, nr),
        (Mitigation::WORKAROUND_2, Unaffected, true, nr),
        (Mitigation::WORKAROUND_3, Vulnerable, false, ns),
        (Mitigation::WORKAROUND_3, Mitigated, false, ok),
        (Mitigation::WORKAROUND_3, Unaffected, false, unaff),
        (Mitigation::WORKAROUND_4, Vulnerable, false, ns),
        (Mitigation::WORKAROUND_4, Mitigated, false, ns),
        (Mitigation::WORKAROUND_4, Unaffected, false, ok),
    ];
    for (m, s, ssbs, want) in table {
        assert_eq!(arch_features(m, s, ssbs), want, "{m:?} {s:?} ssbs={ssbs}");
        let mut host = TestHost {
            wa: [s; 4],
            ssbs,
            ..TestHost::default()
        };
        let mut vm = default_vm();
        let o = call(
            &mut vm,
            &mut host,
            Trap::HVC,
            [id(ARCH::FEATURES), id(m.function_id()), 0, 0],
        );
        assert_eq!(
            o,
            Outcome::ret([want as i64 as u64, 0, 0, 0]),
            "{m:?} {s:?}"
        );
    }
    assert!(
        Mitigation::ALL
            .iter()
            .all(|&m| hvc_fast_path(m) != (m == Mitigation::WORKAROUND_4))
    );
    // KVM quirks: FEATURES(VERSION), FEATURES(FEATURES), FEATURES(SOC_ID) = NOT_SUPPORTED;
    // FEATURES(PV_TIME_FEATURES) follows STD_HYP_BMAP; the query is read as 32 bits.
    let mut vm = default_vm();
    for q in [
        ARCH::VERSION,
        ARCH::FEATURES,
        ARCH::SOC_ID_32,
        ARCH::SOC_ID_64,
    ] {
        assert_eq!(
            hvc(&mut vm, [id(ARCH::FEATURES), id(q), 0, 0]).regs.x[0],
            NS
        );
    }
    let q = 0xffff_ffff_0000_0000 | id(PV_TIME::FEATURES);
    assert_eq!(hvc(&mut vm, [id(ARCH::FEATURES), q, 0, 0]).regs.x[0], 0);
    let mut vm = default_vm();
    vm.set_reg(&TestHost::default(), KVM_REG_ARM_STD_HYP_BMAP, 0)
        .unwrap();
    assert_eq!(hvc(&mut vm, [id(ARCH::FEATURES), q, 0, 0]).regs.x[0], NS);
}

#[test]
fn workaround_registers() {
    use MitigationState::*;
    let reg = |s: MitigationState, ssbs: bool, r: u64| {
        let host = TestHost {
            wa: [s; 4],
            ssbs,
            ..TestHost::default()
        };
        default_vm().get_reg(&host, r)
    };
    let wa1 = KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1;
    let wa2 = KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2;
    let wa3 = KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3;
    assert_eq!(
        [Vulnerable, Mitigated, Unaffected].map(|s| reg(s, false, wa1)),
        [Ok(0), Ok(1), Ok(2)]
    );
    assert_eq!(
        [Vulnerable, Mitigated, Unaffected].map(|s| reg(s, false, wa3)),
        [Ok(0), Ok(1), Ok(2)]
    );
    assert_eq!(
        [Vulnerable, Mitigated, Unaffected].map(|s| reg(s, false, wa2)),
        [Ok(0), Ok(3), Ok(3)]
    );
    assert_eq!(
        reg(Mitigated, true, wa2),
        Ok(0),
        "SSBS: the mitigation is SSBS's"
    );
    assert_eq!(
        reg(Unaffected, false, 0x6030_0000_0014_0004),
        Err(Errno::NoEnt)
    );
    // A 32-bit access to a firmware register: ENOENT.
    assert_eq!(
        reg(
            Unaffected,
            false,
            (wa1 & !KVM_REG_SIZE_MASK) | KVM_REG_SIZE_U32
        ),
        Err(Errno::NoEnt)
    );
    // Writes only validate: the destination must be at least as protected as the source.
    let set = |s: MitigationState, r: u64, v: u64| {
        let host = TestHost {
            wa: [s; 4],
            ..TestHost::default()
        };
        default_vm().set_reg(&host, r, v)
    };
    for (s, v, want) in [
        (Mitigated, 0, Ok(())),
        (Mitigated, 1, Ok(())),
        (Mitigated, 2, Err(Errno::Inval)),
        (Unaffected, 2, Ok(())),
        (Unaffected, 3, Err(Errno::Inval)),
        (Unaffected, 0x10, Err(Errno::Inval)),
        (Vulnerable, 1, Err(Errno::Inval)),
    ] {
        assert_eq!(set(s, wa1, v), want, "WA1 {s:?} {v}");
        assert_eq!(set(s, wa3, v), want, "WA3 {s:?} {v}");
    }
    // WA2: {NOT_AVAIL, UNKNOWN} ~ NOT_AVAIL, {AVAIL, NOT_REQUIRED} ~ NOT_REQUIRED; ENABLED
    // only with AVAIL; no other bits.
    for (s, v, want) in [
        (Vulnerable, 0, Ok(())),
        (Vulnerable, 1, Ok(())),
        (Vulnerable, 2, Err(Errno::Inval)),
        (Vulnerable, 3, Err(Errno::Inval)),
        (Mitigated, 2, Ok(())),
        (Mitigated, 3, Ok(())),
        (Mitigated, 0x12, Ok(())),
        (Mitigated, 0x13, Err(Errno::Inval)),
        (Mitigated, 0x10, Err(Errno::Inval)),
        (Mitigated, 4, Err(Errno::Inval)),
        (Mitigated, 0x20, Err(Errno::Inval)),
    ] {
        assert_eq!(set(s, wa2, v), want, "WA2 {s:?} {v:#x}");
    }
}

#[test]
fn bitmaps() {
    let host = TestHost::default();
    let mut vm = default_vm();
    let get = |vm: &TestVm, r| vm.get_reg(&host, r);
    assert_eq!(get(&vm, KVM_REG_ARM_STD_BMAP), Ok(1));
    assert_eq!(get(&vm, KVM_REG_ARM_STD_HYP_BMAP), Ok(1));
    assert_eq!(get(&vm, KVM_REG_ARM_VENDOR_HYP_BMAP), Ok(3));
    assert_eq!(get(&vm, KVM_REG_ARM_VENDOR_HYP_BMAP_2), Ok(0), "opt-in");
    assert_eq!(
        vm.set_reg(&host, KVM_REG_ARM_STD_BMAP, 2),
        Err(Errno::Inval)
    );
    assert_eq!(
        vm.set_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP, 4),
        Err(Errno::Inval)
    );
    assert_eq!(
        vm.set_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP_2, 4),
        Err(Errno::Inval)
    );
    assert_eq!(vm.set_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP_2, 3), Ok(()));
    assert_eq!(vm.set_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP, 1), Ok(()));
    // Vendor FEATURES: r0 = VENDOR_HYP_BMAP, r2 = VENDOR_HYP_BMAP_2.
    assert_eq!(
        hvc(&mut vm, [id(KVM::FEATURES), 0, 0, 0]).regs.x,
        [1, 0, 3, 0]
    );
    // PTP bit cleared: PTP is NOT_SUPPORTED; FEATURES and UID stay.
    assert_eq!(hvc(&mut vm, [id(KVM::PTP), 0, 0, 0]).regs.x[0], NS);
    assert_eq!(
        hvc(&mut vm, [id(KVM::CALL_UID), 0, 0, 0]).regs.x[0],
        0xb66f_b428
    );
    // After the run: same value fine, another EBUSY; the vendor calls of the other width
    // are NOT_SUPPORTED (not aliased).
    assert_eq!(vm.set_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP, 1), Ok(()));
    assert_eq!(
        vm.set_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP, 3),
        Err(Errno::Busy)
    );
    assert_eq!(
        vm.set_reg(&host, KVM_REG_ARM_STD_BMAP, 2),
        Err(Errno::Inval),
        "EINVAL first"
    );
    assert_eq!(hvc(&mut vm, [0xc600_0000, 0, 0, 0]).regs.x[0], NS);
    assert_eq!(
        hvc(&mut vm, [id(KVM::DISCOVER_IMPL_VER), 0, 0, 0]).regs.x[0],
        NS
    );
    // Clearing FUNC_FEAT hides FEATURES and the UID.
    let mut vm = default_vm();
    vm.set_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP, 0).unwrap();
    assert_eq!(hvc(&mut vm, [id(KVM::FEATURES), 0, 0, 0]).regs.x[0], NS);
    assert_eq!(hvc(&mut vm, [id(KVM::CALL_UID), 0, 0, 0]).regs.x[0], NS);
}

#[test]
fn trng_ptp_pvtime() {
    let mut vm = default_vm();
    let mut host = TestHost::default();
    let rnd64 = id(TRNG::RND_64);
    let rnd32 = id(TRNG::RND_32);
    // The host hands out all-ones words; KVM keeps the low `bits` bits, least significant
    // word in X3 (RND64) or W3 (RND32).
    let mut bits = |b: u64, f: u64| call(&mut vm, &mut host, Trap::HVC, [f, b, 0, 0]).regs.x;
    assert_eq!(bits(1, rnd64), [0, 0, 0, 1]);
    assert_eq!(bits(64, rnd64), [0, 0, 0, u64::MAX]);
    assert_eq!(bits(65, rnd64), [0, 0, 1, u64::MAX]);
    assert_eq!(bits(192, rnd64), [0, u64::MAX, u64::MAX, u64::MAX]);
    assert_eq!(bits(193, rnd64), [INVALID, 0, 0, 0]);
    assert_eq!(bits(33, rnd32), [0, 0, 1, 0xffff_ffff]);
    assert_eq!(bits(96, rnd32), [0, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff]);
    assert_eq!(bits(97, rnd32), [INVALID, 0, 0, 0]);
    // num_bits is W1: upper bits ignored.
    assert_eq!(bits(0x1_0000_0002, rnd64), [0, 0, 0, 3]);
    host.entropy_words = 0;
    call(&mut vm, &mut host, Trap::HVC, [rnd64, 129, 0, 0]);
    assert_eq!(host.entropy_words, 3, "ceil(129 / 64) words");
    host.entropy_ok = false;
    let o = call(&mut vm, &mut host, Trap::HVC, [rnd64, 8, 0, 0]);
    assert_eq!(o.regs.x[0], (-3i64) as u64, "NO_ENTROPY");
    // TRNG_FEATURES compares the whole X1.
    let f = |vm: &mut TestVm, q| hvc(vm, [id(TRNG::FEATURES), q, 0, 0]).regs.x[0];
    assert_eq!(f(&mut vm, rnd64), 0);
    assert_eq!(f(&mut vm, 0x1_0000_0000 | rnd64), NS);
    assert_eq!(f(&mut vm, id(PSCI::PSCI_VERSION)), NS);
    // PTP: the argument is W1; only 0 and 1; no arch counter → NOT_SUPPORTED.
    let ptp = id(KVM::PTP);
    assert_eq!(
        hvc(&mut vm, [ptp, 0x1_0000_0001, 0, 0]).regs.x,
        [1, 0x2345_6789, 0xab, 0xcdef_1123]
    );
    assert_eq!(hvc(&mut vm, [ptp, 2, 0, 0]).regs.x, [NS, 0, 0, 0]);
    let mut no_clock = TestHost {
        ptp: None,
        ..TestHost::default()
    };
    assert_eq!(
        call(&mut vm, &mut no_clock, Trap::HVC, [ptp, 0, 0, 0])
            .regs
            .x,
        [NS, 0, 0, 0]
    );
    // PV time: per-vCPU record; none set → NOT_SUPPORTED.
    let o = vm
        .dispatch(&mut host, 1, Trap::HVC, &[id(PV_TIME::ST), 0, 0, 0])
        .unwrap();
    assert_eq!(o.regs.x[0], 0x4000_0040);
    let pf = id(PV_TIME::FEATURES);
    assert_eq!(hvc(&mut vm, [pf, id(PV_TIME::ST), 0, 0]).regs.x[0], 0);
    assert_eq!(hvc(&mut vm, [pf, id(PV_TIME::FEATURES), 0, 0]).regs.x[0], 0);
    assert_eq!(hvc(&mut vm, [pf, id(ARCH::VERSION), 0, 0]).regs.x[0], NS);
    let mut none = TestHost {
        stolen: None,
        ..TestHost::default()
    };
    assert_eq!(
        call(&mut vm, &mut none, Trap::HVC, [pf, id(PV_TIME::ST), 0, 0])
            .regs
            .x[0],
        NS
    );
    assert_eq!(
        call(&mut vm, &mut none, Trap::HVC, [id(PV_TIME::ST), 0, 0, 0])
            .regs
            .x[0],
        NS
    );
    // The 32-bit form of the PV-time ids does not exist.
    assert_eq!(hvc(&mut vm, [0x8500_0021, 0, 0, 0]).regs.x[0], NS);
}

#[test]
fn vcpu_table() {
    let mut vm: smccc_dispatch::Vm<2, 4> = smccc_dispatch::Vm::default();
    assert_eq!(vm.add_vcpu(0xff_0000_0000 | 0x0102_0304, true), Ok(0));
    assert_eq!(vm.add_vcpu(1, false), Ok(1));
    assert_eq!(vm.add_vcpu(2, false), Err(Errno::Inval), "table full");
    assert!(vm.set_power(2, true).is_err());
    assert_eq!(vm.is_on(2), None);
    // MPIDR keeps only the affinity fields: Aff3 = 0xff, Aff2 = 2, Aff1 = 3, Aff0 = 4.
    let mut host = TestHost::default();
    let o = vm
        .dispatch(
            &mut host,
            1,
            Trap::HVC,
            &[id(PSCI::AFFINITY_INFO_64), 0xff_0002_0304, 0, 0],
        )
        .unwrap();
    assert_eq!(o.regs.x[0], 0);
}

/// A full filter refuses a range with ENOMEM and keeps what it had (KVM keeps the reserved
/// ranges after a failed user insertion; the reserved ones go in all or nothing).
#[test]
fn full_filter_leaves_its_state_untouched() {
    use smccc_dispatch::{Errno, Filter, SmcccFilter};
    let range = |base| SmcccFilter {
        base,
        nr_functions: 1,
        action: arm64_uapi::kvm::KVM_SMCCC_FILTER_DENY,
        ..Default::default()
    };
    let mut f: Filter<3> = Filter::new();
    f.insert(&range(0xc200_0000), false).unwrap();
    let before: Vec<_> = f.ranges().collect();
    assert_eq!(before.len(), 3);
    assert_eq!(f.insert(&range(0xc300_0000), false), Err(Errno::NoMem));
    assert_eq!(f.ranges().collect::<Vec<_>>(), before);
    // The refused id is still handled, the accepted one still denied.
    assert_eq!(f.action(0xc300_0000), smccc_dispatch::FilterAction::Handle);
    assert_eq!(f.action(0xc200_0000), smccc_dispatch::FilterAction::Deny);
}

/// One thread per vCPU on one shared `&Vm` (no lock): queries answer as on one thread, and
/// of the CPU_ONs every thread races at the same target exactly one succeeds.
#[test]
fn dispatch_from_several_threads() {
    use smccc_dispatch::{Action, Config, Trap, Vm};
    const N: usize = 4;
    let mut vm: Vm<N, 4> = Vm::new(Config::default());
    for i in 0..N {
        vm.add_vcpu(i as u64, i < N - 1).unwrap();
    }
    let vm = &vm;
    let wins = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for v in 0..N - 1 {
            let wins = &wins;
            let cpu = vm.vcpu(v).unwrap();
            s.spawn(move || {
                let mut host = TestHost::default();
                for round in 0..2000u64 {
                    let ver = vm
                        .dispatch(
                            &mut host,
                            v,
                            Trap::HVC,
                            &[u64::from(ARCH::VERSION.0), 0, 0, 0],
                        )
                        .unwrap();
                    assert_eq!(ver.regs.get(0), Some(0x1_0001));
                    let uid =
                        cpu.dispatch(&mut host, Trap::SMC, &[u64::from(KVM::CALL_UID.0), 0, 0, 0]);
                    assert_eq!(uid.regs.get(0), Some(u64::from(KVM::UID_REG_0)));
                    if round == 1000 {
                        let target = (N - 1) as u64;
                        let on = vm
                            .dispatch(
                                &mut host,
                                v,
                                Trap::HVC,
                                &[u64::from(PSCI::CPU_ON_64.0), target, 0x8000, v as u64],
                            )
                            .unwrap();
                        match on.action {
                            Action::PowerOn(p) => {
                                assert_eq!((p.target, p.context_id), (N - 1, v as u64));
                                wins.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            }
                            Action::Resume => {
                                assert_eq!(
                                    on.regs.get(0),
                                    Some(PSCI::ret::ALREADY_ON as i64 as u64)
                                )
                            }
                            other => panic!("CPU_ON: {other:?}"),
                        }
                    }
                }
            });
        }
    });
    assert_eq!(wins.into_inner(), 1);
    assert!(vm.vcpu(N - 1).unwrap().is_on());
    assert!(vm.vcpu(N).is_err());
}
