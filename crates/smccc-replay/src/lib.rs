//! `smccc-replay`: the hypercall-trace interpreter of the conformance suite and the real-KVM
//! oracle (`examples/replay.rs`, `examples/kvm_oracle.rs`), around `smccc-dispatch`. A test
//! tool, kept out of the dispatcher's API; not published.
//!
//! One directive a line; `#` starts a comment; numbers are hex (`0x…`) or decimal:
//!
//! ```text
//! kvm <7.2|6.12>                      KVM release whose answers to give (default 7.2)
//! psci <0.1|0.2|1.0|1.1|1.2|1.3>     VM's PSCI version (default 1.3)
//! vcpus <N>                           N vCPUs, MPIDR Aff0 = index; vCPU 0 on, the rest off (default 1)
//! suspend <on|off>                    SYSTEM_SUSPEND enabled (default off)
//! host <wa1|wa2|wa3> <vulnerable|mitigated|unaffected>   host mitigation state (default unaffected)
//! filter <base> <count> <handle|deny|fwd>   -> ok | error <EINVAL|EEXIST|EBUSY>
//! setreg <one_reg_id> <value>         firmware pseudo-register -> ok | error <EINVAL|EBUSY|ENOENT>
//! getreg <one_reg_id>                 -> value <v> | error ENOENT
//! call <vcpu> <hvc|smc|smc:IMM> <x0> [<x1> ... <x17>]
//!    -> ret <x0> <x1> <x2> <x3>            registers after an in-kernel-handled call
//!     | user <function_id> <flags>         forwarded to the VMM (KVM_EXIT_HYPERCALL; flags bit 0 = SMC)
//!     | event <shutdown|reset|suspend> <flags>   system-event exit, flags as KVM sets them
//! mpstate <vcpu> <runnable|stopped>   KVM_SET_MP_STATE -> ok
//! show <vcpu>                         -> vcpu <i> <on|off> pc=<pc> x0=<x0>
//! ```
//!
//! Output is one line per answering directive, numbers as `0x` hex (the vCPU index of `show`
//! in decimal, as given). A bad line answers `error line <n>: <what>` and the replay goes on.
//!
//! The model around the dispatcher:
//! - Each vCPU has X0–X17 and a PC, all 0 at start. `call` loads X0.. from the line (the
//!   rest 0), dispatches, applies the register writes and advances the PC by 4 (an HVC
//!   returns past itself; KVM steps over a trapped SMC). A `call` on a stopped vCPU answers
//!   `error line <n>: vCPU is powered off: KVM_RUN blocks` (real `KVM_RUN` sleeps until a
//!   signal) and marks the VM as run; a VMM makes the vCPU runnable first with `mpstate`, as
//!   the kernel's `psci_test` does after SYSTEM_OFF2.
//! - CPU_ON resets the target: registers 0, PC = entry, X0 = context id.
//! - The first `call` marks the VM as having run; `kvm`, `psci`, `vcpus` and `suspend` are
//!   then refused. `kvm`, `psci` and `vcpus` start a fresh VM (no filter, reset registers).
//! - The host ([`ReplayHost`]): mitigation states from `host` (WORKAROUND_4: no answer, as
//!   mainline KVM); guest SSBS absent; entropy from a fixed-seed splitmix64; PTP real time
//!   [`REPLAY_REAL_NS`] and counters [`REPLAY_VIRT_COUNTER`]/[`REPLAY_PHYS_COUNTER`];
//!   stolen-time record of vCPU i at IPA `0x4000_0000 + 64·i` (the selftest's `ST_GPA_BASE`).

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

use core::fmt::{self, Write};

use arm64_uapi::kvm::KVM_REG_ARM_PSCI_VERSION;
use arm64_uapi::smccc::{Mitigation, PSCI};

use smccc_dispatch::filter::{FilterAction, SmcccFilter};
use smccc_dispatch::fwreg::KvmRelease;
use smccc_dispatch::host::{Host, PtpCounter, PtpSample};
use smccc_dispatch::mitigation::MitigationState;
use smccc_dispatch::outcome::{Action, SystemEvent, Trap};
use smccc_dispatch::{Config, Vm};

/// Most vCPUs a trace may declare.
pub const REPLAY_VCPUS: usize = 64;
/// Filter capacity of a trace: 1024 ranges plus KVM's two reserved ones.
pub const REPLAY_RANGES: usize = 1026;
/// PTP real time the replay host reports (ns).
pub const REPLAY_REAL_NS: u64 = 0x1806_ab3c_4d5e_6f70;
/// PTP virtual counter the replay host reports.
pub const REPLAY_VIRT_COUNTER: u64 = 0x0000_0012_3456_7890;
/// PTP physical counter the replay host reports.
pub const REPLAY_PHYS_COUNTER: u64 = 0x0000_0012_3457_7890;
/// Stolen-time record of vCPU 0 (the kernel selftest's `ST_GPA_BASE`, 1 GiB).
pub const REPLAY_STOLEN_TIME_BASE: u64 = 0x4000_0000;
/// Size of one stolen-time record (`struct pvclock_vcpu_stolen_time`).
pub const STOLEN_TIME_RECORD: u64 = 64;

const NREGS: usize = 18;

/// The deterministic host of a replay.
#[derive(Debug, Clone)]
pub struct ReplayHost {
    /// States of WORKAROUND_1, _2, _3.
    pub wa: [MitigationState; 3],
    rng: u64,
}

impl Default for ReplayHost {
    fn default() -> Self {
        ReplayHost {
            wa: [MitigationState::Unaffected; 3],
            rng: 0x5eed,
        }
    }
}

impl Host for ReplayHost {
    fn mitigation(&self, m: Mitigation) -> MitigationState {
        match m {
            Mitigation::WORKAROUND_1 => self.wa[0],
            Mitigation::WORKAROUND_2 => self.wa[1],
            Mitigation::WORKAROUND_3 => self.wa[2],
            // Mainline KVM has no WORKAROUND_4 answer: NOT_SUPPORTED, as for this state.
            Mitigation::WORKAROUND_4 => MitigationState::Vulnerable,
        }
    }

    fn guest_has_ssbs(&self) -> bool {
        false
    }

    fn entropy(&mut self, words: &mut [u64]) -> bool {
        for w in words {
            // splitmix64
            self.rng = self.rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.rng;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            *w = z ^ (z >> 31);
        }
        true
    }

    fn ptp(&mut self, counter: PtpCounter) -> Option<PtpSample> {
        Some(PtpSample {
            real_ns: REPLAY_REAL_NS,
            counter: match counter {
                PtpCounter::Virtual => REPLAY_VIRT_COUNTER,
                PtpCounter::Physical => REPLAY_PHYS_COUNTER,
            },
        })
    }

    fn stolen_time_base(&self, vcpu: usize) -> Option<u64> {
        let i = u64::try_from(vcpu).ok()?;
        REPLAY_STOLEN_TIME_BASE.checked_add(i.checked_mul(STOLEN_TIME_RECORD)?)
    }

    fn stolen_time_init(&mut self, vcpu: usize) -> Option<u64> {
        self.stolen_time_base(vcpu)
    }
}

/// A replay in progress: the VM, its host and the vCPU registers.
#[derive(Debug, Clone)]
pub struct Replay {
    vm: Vm<REPLAY_VCPUS, REPLAY_RANGES>,
    host: ReplayHost,
    regs: [[u64; NREGS]; REPLAY_VCPUS],
    pc: [u64; REPLAY_VCPUS],
    psci: u32,
    suspend: bool,
    kvm: KvmRelease,
    line: usize,
}

impl Default for Replay {
    fn default() -> Self {
        Self::new()
    }
}

/// A malformed line.
struct Bad(&'static str);

type Step = Result<(), Bad>;

fn number(tok: Option<&str>, what: &'static str) -> Result<u64, Bad> {
    let t = tok.ok_or(Bad(what))?;
    let v = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(h, 16),
        None => t.parse::<u64>(),
    };
    v.map_err(|_| Bad(what))
}

fn number32(tok: Option<&str>, what: &'static str) -> Result<u32, Bad> {
    u32::try_from(number(tok, what)?).map_err(|_| Bad(what))
}

impl Replay {
    /// The defaults: PSCI 1.3, one vCPU (on), SYSTEM_SUSPEND off, host unaffected.
    pub fn new() -> Self {
        let mut r = Replay {
            vm: Vm::new(Config::default()),
            host: ReplayHost::default(),
            regs: [[0; NREGS]; REPLAY_VCPUS],
            pc: [0; REPLAY_VCPUS],
            psci: PSCI::VERSION_1_3,
            suspend: false,
            kvm: KvmRelease::Linux7_2,
            line: 0,
        };
        r.rebuild(1);
        r
    }

    /// Replay every line of `text`, writing the answers to `out`.
    pub fn run<W: Write>(text: &str, out: &mut W) -> fmt::Result {
        let mut r = Replay::new();
        for line in text.lines() {
            r.line(line, out)?;
        }
        Ok(())
    }

    /// A replay whose host is first set up by `host` (`host` directives, e.g. the
    /// `host.trace` that `scripts/kvm-replay` reads from a real machine). `host`'s answers, if
    /// any, go to `out`; the lines that follow are numbered from 1 again.
    pub fn with_host<W: Write>(host: &str, out: &mut W) -> Result<Replay, fmt::Error> {
        let mut r = Replay::new();
        for line in host.lines() {
            r.line(line, out)?;
        }
        r.line = 0;
        Ok(r)
    }

    /// [`Replay::run`] on a host first set up by `host` (see [`Replay::with_host`]).
    pub fn run_on_host<W: Write>(host: &str, text: &str, out: &mut W) -> fmt::Result {
        let mut r = Replay::with_host(host, out)?;
        for line in text.lines() {
            r.line(line, out)?;
        }
        Ok(())
    }

    /// The VM.
    pub fn vm(&self) -> &Vm<REPLAY_VCPUS, REPLAY_RANGES> {
        &self.vm
    }

    /// A fresh VM with `n` vCPUs and the current PSCI and suspend settings.
    fn rebuild(&mut self, n: usize) {
        let mut vm = Vm::new(Config {
            psci_0_2: self.psci != PSCI::VERSION_0_1,
            system_suspend: self.suspend,
            kvm: self.kvm,
        });
        for i in 0..n {
            // Aff0 = index; vCPU 0 on. `n` ≤ REPLAY_VCPUS, so this cannot fail.
            let _ = vm.add_vcpu(i as u64, i == 0);
        }
        if self.psci != PSCI::VERSION_0_1 {
            let _ = vm.set_reg(&self.host, KVM_REG_ARM_PSCI_VERSION, u64::from(self.psci));
        }
        self.vm = vm;
        self.regs = [[0; NREGS]; REPLAY_VCPUS];
        self.pc = [0; REPLAY_VCPUS];
    }

    /// Interpret one line, writing its answer (if any) to `out`.
    pub fn line<W: Write>(&mut self, line: &str, out: &mut W) -> fmt::Result {
        self.line = self.line.saturating_add(1);
        let text = line.split('#').next().unwrap_or("");
        let mut toks = text.split_whitespace();
        let Some(op) = toks.next() else {
            return Ok(());
        };
        match op {
            "filter" => return self.filter(&mut toks, out),
            "setreg" => return self.setreg(&mut toks, out),
            "getreg" => return self.getreg(&mut toks, out),
            "call" => return self.call(&mut toks, out),
            "show" => return self.show(&mut toks, out),
            "mpstate" => return self.mpstate(&mut toks, out),
            _ => {}
        }
        // The configuration directives: checked whole before anything changes.
        let (a, b) = (toks.next(), toks.next());
        let r = match op {
            "kvm" | "psci" | "vcpus" | "suspend" | "host" if toks.next().is_some() => {
                Err(Bad("trailing tokens"))
            }
            "kvm" | "psci" | "vcpus" | "suspend" if b.is_some() => Err(Bad("trailing tokens")),
            "kvm" | "psci" | "vcpus" | "suspend" if self.vm.has_run() => {
                Err(Bad("configuration after the first call"))
            }
            "kvm" => self.kvm_directive(a),
            "psci" => self.psci_directive(a),
            "vcpus" => self.vcpus_directive(a),
            "suspend" => self.suspend_directive(a),
            "host" => self.host_directive(a, b),
            _ => Err(Bad("unknown directive")),
        };
        self.report(r, out)
    }

    fn end<'a>(toks: &mut impl Iterator<Item = &'a str>) -> Step {
        match toks.next() {
            Some(_) => Err(Bad("trailing tokens")),
            None => Ok(()),
        }
    }

    fn report<W: Write>(&self, r: Step, out: &mut W) -> fmt::Result {
        match r {
            Ok(()) => Ok(()),
            Err(Bad(what)) => writeln!(out, "error line {}: {what}", self.line),
        }
    }

    fn psci_directive(&mut self, v: Option<&str>) -> Step {
        self.psci = match v {
            Some("0.1") => PSCI::VERSION_0_1,
            Some("0.2") => PSCI::VERSION_0_2,
            Some("1.0") => PSCI::VERSION_1_0,
            Some("1.1") => PSCI::VERSION_1_1,
            Some("1.2") => PSCI::VERSION_1_2,
            Some("1.3") => PSCI::VERSION_1_3,
            _ => return Err(Bad("psci wants 0.1, 0.2, 1.0, 1.1, 1.2 or 1.3")),
        };
        self.rebuild(self.vm.nr_vcpus());
        Ok(())
    }

    fn kvm_directive(&mut self, v: Option<&str>) -> Step {
        self.kvm = match v {
            Some("7.2") => KvmRelease::Linux7_2,
            Some("6.12") => KvmRelease::Linux6_12,
            _ => return Err(Bad("kvm wants 7.2 or 6.12")),
        };
        self.rebuild(self.vm.nr_vcpus());
        Ok(())
    }

    fn vcpus_directive(&mut self, v: Option<&str>) -> Step {
        let n = number(v, "vcpus wants a count")?;
        match usize::try_from(n) {
            Ok(n @ 1..=REPLAY_VCPUS) => {
                self.rebuild(n);
                Ok(())
            }
            _ => Err(Bad("vcpus wants 1 to 64")),
        }
    }

    fn suspend_directive(&mut self, v: Option<&str>) -> Step {
        self.suspend = match v {
            Some("on") => true,
            Some("off") => false,
            _ => return Err(Bad("suspend wants on or off")),
        };
        self.vm.set_system_suspend(self.suspend);
        Ok(())
    }

    fn host_directive(&mut self, wa: Option<&str>, state: Option<&str>) -> Step {
        let i = match wa {
            Some("wa1") => 0,
            Some("wa2") => 1,
            Some("wa3") => 2,
            _ => return Err(Bad("host wants wa1, wa2 or wa3")),
        };
        let s = match state {
            Some("vulnerable") => MitigationState::Vulnerable,
            Some("mitigated") => MitigationState::Mitigated,
            Some("unaffected") => MitigationState::Unaffected,
            _ => return Err(Bad("host wants vulnerable, mitigated or unaffected")),
        };
        if let Some(slot) = self.host.wa.get_mut(i) {
            *slot = s;
        }
        Ok(())
    }

    fn filter<'a, W: Write>(
        &mut self,
        toks: &mut impl Iterator<Item = &'a str>,
        out: &mut W,
    ) -> fmt::Result {
        let parsed = (|| {
            let base = number32(toks.next(), "filter wants a 32-bit base")?;
            let count = number32(toks.next(), "filter wants a 32-bit count")?;
            let action = match toks.next() {
                Some("handle") => FilterAction::Handle,
                Some("deny") => FilterAction::Deny,
                Some("fwd") => FilterAction::FwdToUser,
                _ => return Err(Bad("filter wants handle, deny or fwd")),
            };
            Self::end(toks)?;
            Ok(SmcccFilter::new(base, count, action))
        })();
        match parsed {
            Ok(f) => match self.vm.set_filter(&f) {
                Ok(()) => writeln!(out, "ok"),
                Err(e) => writeln!(out, "error {e}"),
            },
            Err(b) => self.report(Err(b), out),
        }
    }

    fn setreg<'a, W: Write>(
        &mut self,
        toks: &mut impl Iterator<Item = &'a str>,
        out: &mut W,
    ) -> fmt::Result {
        let parsed = (|| {
            let id = number(toks.next(), "setreg wants a register id")?;
            let v = number(toks.next(), "setreg wants a value")?;
            Self::end(toks)?;
            Ok((id, v))
        })();
        match parsed {
            Ok((id, v)) => match self.vm.set_reg(&self.host, id, v) {
                Ok(()) => writeln!(out, "ok"),
                Err(e) => writeln!(out, "error {e}"),
            },
            Err(b) => self.report(Err(b), out),
        }
    }

    fn getreg<'a, W: Write>(
        &mut self,
        toks: &mut impl Iterator<Item = &'a str>,
        out: &mut W,
    ) -> fmt::Result {
        let parsed = (|| {
            let id = number(toks.next(), "getreg wants a register id")?;
            Self::end(toks)?;
            Ok(id)
        })();
        match parsed {
            Ok(id) => match self.vm.get_reg(&self.host, id) {
                Ok(v) => writeln!(out, "value {v:#x}"),
                Err(e) => writeln!(out, "error {e}"),
            },
            Err(b) => self.report(Err(b), out),
        }
    }

    fn vcpu_index(&self, tok: Option<&str>) -> Result<usize, Bad> {
        let n = number(tok, "wants a vCPU index")?;
        usize::try_from(n)
            .ok()
            .filter(|&i| i < self.vm.nr_vcpus())
            .ok_or(Bad("no such vCPU"))
    }

    fn call<'a, W: Write>(
        &mut self,
        toks: &mut impl Iterator<Item = &'a str>,
        out: &mut W,
    ) -> fmt::Result {
        let parsed = (|| {
            let vcpu = self.vcpu_index(toks.next())?;
            let trap = match toks.next() {
                Some("hvc") => Trap::HVC,
                Some("smc") => Trap::SMC,
                Some(t) => match t.strip_prefix("smc:") {
                    Some(imm) => {
                        let v = number(Some(imm), "smc:IMM wants a 16-bit immediate")?;
                        Trap::smc(
                            u16::try_from(v)
                                .map_err(|_| Bad("smc:IMM wants a 16-bit immediate"))?,
                        )
                    }
                    None => return Err(Bad("call wants hvc, smc or smc:IMM")),
                },
                None => return Err(Bad("call wants hvc, smc or smc:IMM")),
            };
            let mut x = [0u64; NREGS];
            let mut n = 0usize;
            for tok in toks {
                let slot = x.get_mut(n).ok_or(Bad("call takes at most x0..x17"))?;
                *slot = number(Some(tok), "bad register value")?;
                n = n.saturating_add(1);
            }
            if n == 0 {
                return Err(Bad("call wants x0"));
            }
            Ok((vcpu, trap, x))
        })();
        let (vcpu, trap, x) = match parsed {
            Ok(p) => p,
            Err(b) => return self.report(Err(b), out),
        };
        if self.vm.is_on(vcpu) == Some(false) {
            // KVM_RUN of a stopped vCPU sleeps until a signal; it has still run the VM's
            // first-run setup (`kvm_arch_vcpu_run_pid_change`), so the VM counts as run.
            self.vm.mark_ran();
            return self.report(Err(Bad("vCPU is powered off: KVM_RUN blocks")), out);
        }
        let args = [x[0], x[1], x[2], x[3]];
        let outcome = match self.vm.dispatch(&mut self.host, vcpu, trap, &args) {
            Ok(o) => o,
            Err(_) => return self.report(Err(Bad("no such vCPU")), out),
        };
        let (Some(regs), Some(pc)) = (self.regs.get_mut(vcpu), self.pc.get_mut(vcpu)) else {
            return self.report(Err(Bad("no such vCPU")), out);
        };
        *regs = x;
        outcome.regs.apply(regs);
        *pc = pc.wrapping_add(4);
        let r = *regs;
        match outcome.action {
            Action::Resume | Action::WaitForInterrupt | Action::PowerOff => {
                writeln!(out, "ret {:#x} {:#x} {:#x} {:#x}", r[0], r[1], r[2], r[3])
            }
            Action::PowerOn(on) => {
                if let (Some(t), Some(tpc)) =
                    (self.regs.get_mut(on.target), self.pc.get_mut(on.target))
                {
                    *t = [0; NREGS];
                    t[0] = on.context_id;
                    *tpc = on.entry;
                }
                writeln!(out, "ret {:#x} {:#x} {:#x} {:#x}", r[0], r[1], r[2], r[3])
            }
            Action::Forward(h) => writeln!(out, "user {:#x} {:#x}", h.nr, h.flags),
            Action::SystemEvent(e) => {
                let kind = match e.event {
                    SystemEvent::Shutdown => "shutdown",
                    SystemEvent::Reset => "reset",
                    SystemEvent::Suspend => "suspend",
                };
                writeln!(out, "event {kind} {:#x}", e.flags)
            }
        }
    }

    fn mpstate<'a, W: Write>(
        &mut self,
        toks: &mut impl Iterator<Item = &'a str>,
        out: &mut W,
    ) -> fmt::Result {
        let parsed = (|| {
            let i = self.vcpu_index(toks.next())?;
            let on = match toks.next() {
                Some("runnable") => true,
                Some("stopped") => false,
                _ => return Err(Bad("mpstate wants runnable or stopped")),
            };
            Self::end(toks)?;
            Ok((i, on))
        })();
        match parsed {
            Ok((i, on)) => match self.vm.set_power(i, on) {
                Ok(()) => writeln!(out, "ok"),
                Err(_) => self.report(Err(Bad("no such vCPU")), out),
            },
            Err(b) => self.report(Err(b), out),
        }
    }

    fn show<'a, W: Write>(
        &mut self,
        toks: &mut impl Iterator<Item = &'a str>,
        out: &mut W,
    ) -> fmt::Result {
        let parsed = (|| {
            let i = self.vcpu_index(toks.next())?;
            Self::end(toks)?;
            Ok(i)
        })();
        let i = match parsed {
            Ok(i) => i,
            Err(b) => return self.report(Err(b), out),
        };
        let on = if self.vm.is_on(i) == Some(true) {
            "on"
        } else {
            "off"
        };
        let pc = self.pc.get(i).copied().unwrap_or(0);
        let x0 = self.regs.get(i).map_or(0, |r| r[0]);
        writeln!(out, "vcpu {i} {on} pc={pc:#x} x0={x0:#x}")
    }
}
