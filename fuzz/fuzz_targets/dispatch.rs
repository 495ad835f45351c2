//! An arbitrary VM configuration and sequence of calls into the dispatcher. On every call:
//! no panic; an SMC with a non-zero immediate answers X0 = ~0 alone; DENY gives X0 = -1 and
//! X1–X3 = 0; a forwarded call leaves every register untouched; an id the definitions do not
//! have answers NOT_SUPPORTED (sign-extended, X1–X3 = 0); -1 is never zero-extended; and the
//! vCPU power table stays consistent with the outcomes.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use arm64_uapi::smccc::{self, FunctionId};
use libfuzzer_sys::fuzz_target;
use sae_kvm_abi_fuzz::FuzzHost;
use smccc_dispatch::{Action, Conduit, Config, FilterAction, SmcccFilter, SystemEvent, Trap, Vm};

const VCPUS: usize = 8;
const RANGES: usize = 16;
const NOT_SUPPORTED: u64 = u64::MAX; // -1, sign-extended

#[derive(Arbitrary, Debug)]
enum X0 {
    /// An id from the definitions (index into FUNCTIONS), with random upper 32 bits.
    Known(u16, u32),
    /// Anything.
    Raw(u64),
}

#[derive(Arbitrary, Debug)]
struct Call {
    vcpu: u8,
    trap: Trap,
    x0: X0,
    args: [u64; 3],
}

#[derive(Arbitrary, Debug)]
struct Input {
    config: Config,
    vcpus: u8,
    on: u8,
    host: FuzzHost,
    filters: Vec<SmcccFilter>,
    calls: Vec<Call>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = Input::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let mut host = input.host;
    let mut vm: Vm<VCPUS, RANGES> = Vm::new(input.config);
    let n = usize::from(input.vcpus % VCPUS as u8) + 1;
    for i in 0..n {
        // MPIDR Aff0 = index, like the replay's `vcpus N`.
        vm.add_vcpu(i as u64, i == 0 || input.on & (1 << i) != 0)
            .expect("table has room");
    }
    // The filter before the first run, with a naive model of the resulting actions.
    let mut model: Vec<(u32, u32, FilterAction)> = Vec::new();
    for f in input.filters.iter().take(RANGES) {
        if vm.set_filter(f).is_ok() {
            let last = f.base.wrapping_add(f.nr_functions).wrapping_sub(1);
            model.push((
                f.base,
                last,
                FilterAction::from_u8(f.action).expect("accepted action"),
            ));
        }
    }
    let filtered = |id: u32| {
        model
            .iter()
            .find(|(a, b, _)| *a <= id && id <= *b)
            .map(|r| r.2)
    };

    for call in input.calls.iter().take(64) {
        let x0 = match call.x0 {
            X0::Known(i, hi) => {
                let d = smccc::FUNCTIONS[usize::from(i) % smccc::FUNCTIONS.len()];
                u64::from(hi) << 32 | u64::from(d.id.0)
            }
            X0::Raw(v) => v,
        };
        let x = [x0, call.args[0], call.args[1], call.args[2]];
        let vcpu = usize::from(call.vcpu) % (n + 1); // sometimes out of range
        let Ok(out) = vm.dispatch(&mut host, vcpu, call.trap, &x) else {
            assert!(vcpu >= n, "a valid vCPU was refused");
            continue;
        };
        let id = FunctionId::from_x0(x0);
        let after = out.after(x);
        // Error codes are sign-extended: X0 never holds a zero-extended -1 (X1-X3 may hold
        // narrowed 32-bit arguments; PTP's X0 is the upper half of a time and PV_TIME_ST's
        // is an IPA, both data).
        if id != smccc::KVM::PTP && id != smccc::PV_TIME::ST {
            assert_ne!(out.regs.get(0), Some(0xffff_ffff), "zero-extended -1 in x0 for {id:x?}");
        }
        let fast = call.trap.conduit == Conduit::Hvc
            && smccc::Mitigation::from_function_id(id)
                .is_some_and(smccc_dispatch::mitigation::hvc_fast_path);
        if fast {
            assert_eq!((after[0], after[1]), (0, 0), "fast path");
            continue;
        }
        if call.trap.conduit == Conduit::Smc && call.trap.imm != 0 {
            assert_eq!(after, [NOT_SUPPORTED, x[1], x[2], x[3]], "SMC #imm");
            assert_eq!(out.action, Action::Resume);
            continue;
        }
        match filtered(id.0) {
            Some(FilterAction::Deny) => {
                assert_eq!(after, [NOT_SUPPORTED, 0, 0, 0], "DENY");
                assert_eq!(out.action, Action::Resume);
                continue;
            }
            Some(FilterAction::FwdToUser) => {
                assert_eq!(after, x, "a forwarded call touched registers");
                assert!(
                    matches!(out.action, Action::Forward(f) if f.nr == u64::from(id.0)),
                    "{out:?}"
                );
                continue;
            }
            _ => {}
        }
        if smccc::lookup(id).is_none() {
            assert_eq!(after, [NOT_SUPPORTED, 0, 0, 0], "unknown id {:#x}", id.0);
            assert_eq!(out.action, Action::Resume);
        }
        // PSCI state stays consistent with the outcome.
        match out.action {
            Action::PowerOff => assert_eq!(vm.is_on(vcpu), Some(false)),
            Action::PowerOn(c) => assert_eq!(vm.is_on(c.target), Some(true)),
            Action::SystemEvent(e)
                if matches!(e.event, SystemEvent::Shutdown | SystemEvent::Reset) =>
            {
                assert!(
                    (0..n).all(|i| vm.is_on(i) == Some(false)),
                    "all vCPUs stop on {e:?}"
                );
            }
            _ => {}
        }
        assert!((0..n).all(|i| vm.is_on(i).is_some()) && vm.is_on(n).is_none());
    }
});
