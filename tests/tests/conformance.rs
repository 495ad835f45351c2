//! The conformance suite: every `tests/conformance/*.trace` replayed through
//! `smccc_replay` must print exactly its `*.expected`. The traces encode the
//! behaviours of the kernel selftests `smccc_filter.c`, `psci_test.c` and `hypercalls.c`
//! and the checklist of the KVM facts (section 1.13), written from KVM's rules.
//!
//! The checklist items the trace grammar cannot express (a non-zero filter pad, a filter
//! action ≥ 3, an AArch32 or T32 caller) are checked here through the library API.

use std::path::PathBuf;

use sae_kvm_abi_tests as t;
use smccc_dispatch::{
    Action, Config, Errno, FilterAction, Host, HypercallExit, MitigationState, Outcome, PtpCounter,
    PtpSample, SmcccFilter, Trap, Vm,
};
use smccc_replay::Replay;

fn dir() -> PathBuf {
    t::root().join("tests/conformance")
}

#[test]
fn traces_match_expected_output() {
    let mut traces: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("tests/conformance")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "trace"))
        .collect();
    traces.sort();
    assert!(traces.len() >= 8, "{traces:?}");
    let mut failures = vec![];
    for trace in &traces {
        let text = std::fs::read_to_string(trace).unwrap();
        let expected = std::fs::read_to_string(trace.with_extension("expected"))
            .unwrap_or_else(|e| panic!("{}: no .expected: {e}", trace.display()));
        let mut got = String::new();
        Replay::run(&text, &mut got).unwrap();
        if got != expected {
            let diff: Vec<String> = got
                .lines()
                .zip(expected.lines())
                .enumerate()
                .filter(|(_, (g, e))| g != e)
                .take(5)
                .map(|(i, (g, e))| format!("  answer {}: got `{g}`, expected `{e}`", i + 1))
                .collect();
            failures.push(format!(
                "{}: {} answers, {} expected\n{}",
                trace.file_name().unwrap().to_string_lossy(),
                got.lines().count(),
                expected.lines().count(),
                diff.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

struct H;
impl Host for H {
    fn mitigation(&self, m: arm64_uapi::smccc::Mitigation) -> MitigationState {
        use arm64_uapi::smccc::Mitigation as M;
        match m {
            M::WORKAROUND_1 | M::WORKAROUND_2 | M::WORKAROUND_3 | M::WORKAROUND_4 => {
                MitigationState::Unaffected
            }
        }
    }
    fn guest_has_ssbs(&self) -> bool {
        false
    }
    fn entropy(&mut self, words: &mut [u64]) -> bool {
        words.fill(0);
        true
    }
    fn ptp(&mut self, _: PtpCounter) -> Option<PtpSample> {
        None
    }
    fn stolen_time_base(&self, _: usize) -> Option<u64> {
        None
    }
    fn stolen_time_init(&mut self, _: usize) -> Option<u64> {
        None
    }
}

fn vm() -> Vm<2, 8> {
    let mut vm = Vm::new(Config::default());
    vm.add_vcpu(0, true).unwrap();
    vm.add_vcpu(1, false).unwrap();
    vm
}

/// Checklist: non-zero pad → EINVAL; an action ≥ NR_SMCCC_FILTER_ACTIONS → EINVAL.
#[test]
fn filter_pad_and_action() {
    let mut vm = vm();
    for i in 0..15 {
        let mut f = SmcccFilter::new(0xc400_0003, 1, FilterAction::Deny);
        f.pad[i] = 0x80;
        assert_eq!(vm.set_filter(&f), Err(Errno::Inval), "pad[{i}]");
    }
    for action in [3u8, 0x80, 0xff] {
        let mut f = SmcccFilter::new(0xc400_0003, 1, FilterAction::Deny);
        f.action = action;
        assert_eq!(vm.set_filter(&f), Err(Errno::Inval), "action {action}");
    }
    assert_eq!(
        vm.set_filter(&SmcccFilter::new(0xc400_0003, 1, FilterAction::Deny)),
        Ok(())
    );
}

/// Checklist: an AArch32 caller gets NOT_SUPPORTED for an SMC64 PSCI id; T32 HVC/SMC set
/// `KVM_HYPERCALL_EXIT_16BIT` when forwarded.
#[test]
fn aarch32_and_t32_callers() {
    let vm = vm();
    let t = Trap::HVC.aarch32();
    let o = vm.dispatch(&mut H, 0, t, &[0xc400_0003, 1, 0, 0]).unwrap();
    assert_eq!(o, Outcome::ret([u64::MAX, 0, 0, 0]));
    assert_eq!(vm.is_on(1), Some(false));
    let o = vm.dispatch(&mut H, 0, t, &[0x8400_0003, 1, 0, 0]).unwrap();
    assert!(matches!(o.action, Action::PowerOn(c) if c.target == 1));
    let mut vm = self::vm();
    vm.set_filter(&SmcccFilter::new(0x8600_0000, 1, FilterAction::FwdToUser))
        .unwrap();
    let t16 = Trap {
        thumb16: true,
        ..Trap::smc(0).aarch32()
    };
    let o = vm
        .dispatch(&mut H, 0, t16, &[0x8600_0000, 0, 0, 0])
        .unwrap();
    assert_eq!(
        o.action,
        Action::Forward(HypercallExit {
            nr: 0x8600_0000,
            flags: 0b11
        })
    );
}
