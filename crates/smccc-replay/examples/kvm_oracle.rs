//! The real-KVM oracle's Rust side (`scripts/kvm-oracle` drives it):
//!
//! ```text
//! kvm_oracle gen SEED COUNT DIR     write COUNT seeded random traces DIR/rand-SEED-I.trace
//! kvm_oracle diff [--known FILE] DIR
//!     replay every DIR/NAME.trace with DIR/host.trace first (the trace's own valid `host`
//!     lines blanked: the machine decides) and compare with DIR/NAME.kvm from
//!     scripts/kvm-replay; print the divergences and one summary line; exit 1 on any
//!     divergence not listed in FILE, or on a listed one that did not occur
//! ```
//!
//! Values that are not deterministic on real hardware are compared by shape, not value: the
//! TRNG_RND bits (only the requested low bits may be set) and the KVM_PTP time/counter.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use arm64_uapi::kvm;
use smccc_replay::Replay;

// ---------------------------------------------------------------- random traces

/// splitmix64: a fixed, seedable generator, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    /// `v` with junk above bit 31 some of the time (tests SMC32/HVC32 narrowing).
    fn junk_hi(&mut self, v: u64) -> u64 {
        if self.chance(15) {
            v | (self.next() << 32)
        } else {
            v
        }
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// Function ids the generator leans on: every service KVM implements, their neighbours, and
/// ids KVM must refuse.
const IDS: &[u32] = &[
    // SMCCC arch: VERSION, FEATURES, SOC_ID, WORKAROUND_1..4, neighbours
    0x8000_0000,
    0x8000_0001,
    0x8000_0002,
    0x8000_8000,
    0x8000_7fff,
    0x8000_3fff,
    0x8000_0004,
    0x8000_0003,
    0x8000_ffff,
    0xc000_0000,
    0xc000_0001,
    // PSCI 0.2+ (both widths), 1.x additions, SYSTEM_OFF2, unknown PSCI numbers
    0x8400_0000,
    0x8400_0001,
    0xc400_0001,
    0x8400_0002,
    0x8400_0003,
    0xc400_0003,
    0x8400_0004,
    0xc400_0004,
    0x8400_0005,
    0xc400_0005,
    0x8400_0006,
    0x8400_0007,
    0xc400_0007,
    0x8400_0008,
    0x8400_0009,
    0x8400_000a,
    0x8400_000b,
    0xc400_000c,
    0x8400_000d,
    0x8400_000e,
    0xc400_000e,
    0x8400_000f,
    0xc400_0010,
    0x8400_0011,
    0x8400_0012,
    0xc400_0012,
    0x8400_0013,
    0xc400_0014,
    0x8400_0015,
    0xc400_0015,
    0x8400_0016,
    0x8400_001f,
    // PSCI 0.1 (KVM's own ids)
    0x95c1_ba5e,
    0x95c1_ba5f,
    0x95c1_ba60,
    0x95c1_ba61,
    // TRNG
    0x8400_0050,
    0x8400_0051,
    0x8400_0052,
    0x8400_0053,
    0xc400_0053,
    0x8400_0054,
    // PV time
    0xc500_0020,
    0xc500_0021,
    0xc500_0022,
    0x8500_0020,
    // KVM vendor hypervisor service: UID, FEATURES, PTP, DISCOVER_IMPL, pKVM, neighbours
    0x8600_ff01,
    0x8600_ff00,
    0x8600_ff03,
    0x8600_0000,
    0x8600_0001,
    0xc600_0001,
    0xc600_0040,
    0xc600_0041,
    0x8600_0040,
    0xc600_0002,
    0xc600_0003,
    0x8600_0005,
    0x8600_003f,
    0xc600_003d,
    0x8600_0042,
    // other owners (SiP, OEM, standard secure, trusted apps/OS), yielding calls
    0x8200_0000,
    0x8300_0000,
    0x8400_0100,
    0xb000_0000,
    0xbf00_ffff,
    0x0400_0000,
    0x0000_0000,
    0x8700_0000,
];

fn gen_id(r: &mut Rng) -> u64 {
    let base = if r.chance(88) {
        r.pick(IDS)
    } else {
        r.next() as u32
    };
    let mut id = u64::from(base);
    if r.chance(6) {
        id |= 1 << 16; // SMCCC 1.3 SVE hint
    }
    if r.chance(4) {
        id |= (r.below(0x7f) + 1) << 17; // reserved bits 23:17
    }
    if r.chance(10) {
        id |= r.next() << 32; // junk above the 32-bit function id
    }
    id
}

fn mpidr(r: &mut Rng, n: u64) -> u64 {
    let v = match r.below(10) {
        0..=5 => r.below(n),
        6 => r.below(n) | (r.below(4) << 8),              // Aff1
        7 => r.below(n) | (1 << 31) | (r.below(2) << 30), // bit 31 (RES1) / U bit
        8 => r.below(n) | (r.below(4) << 16) | (r.below(2) << 32), // Aff2, Aff3
        _ => n + r.below(3),
    };
    r.junk_hi(v)
}

/// A CPU_ON entry point: any value, away from the rig's vector and trap stubs.
fn entry(r: &mut Rng) -> u64 {
    let mut e = match r.below(4) {
        0 => r.next(),
        1 => r.next() & 0xffff_fffc,
        2 => r.next() & 0xffff_ffff,
        _ => 0x8000_0000 + (r.below(0x1000) << 2),
    };
    if e < 0x20_0000 {
        e |= 1 << 32;
    }
    e
}

fn hexs(v: u64) -> String {
    format!("{v:#x}")
}

fn args_for(r: &mut Rng, id: u64, n: u64) -> Vec<u64> {
    let w = id as u32;
    let fnum = w & 0xffff;
    match (w & 0xbfff_ffff, fnum) {
        // CPU_ON
        (0x8400_0003, _) | (0x95c1_ba60, _) => vec![mpidr(r, n), entry(r), r.next()],
        // AFFINITY_INFO
        (0x8400_0004, _) => vec![mpidr(r, n), {
            let v = r.below(6);
            r.junk_hi(v)
        }],
        // CPU_SUSPEND
        (0x8400_0001, _) | (0x95c1_ba5e, _) => vec![
            {
                let v = r.below(0x4_0000);
                r.junk_hi(v)
            },
            entry(r),
            r.next(),
        ],
        // PSCI_FEATURES / ARCH_FEATURES
        (0x8400_000a, _) | (0x8000_0001, _) => vec![{
            let v = gen_id(r) & 0xffff_ffff;
            r.junk_hi(v)
        }],
        // SYSTEM_OFF2
        (0x8400_0015, _) => vec![
            {
                let v = r.pick(&[0, 1, 2, 0x8000_0000]);
                r.junk_hi(v)
            },
            r.pick(&[0, 0, 1]),
        ],
        // SYSTEM_RESET2
        (0x8400_0012, _) => vec![
            {
                let v = r.pick(&[0, 1, 0x8000_0000, 0x8000_0001]);
                r.junk_hi(v)
            },
            r.next(),
        ],
        // TRNG_RND
        (0x8400_0053, _) => vec![{
            let v = r.pick(&[0, 1, 32, 63, 64, 96, 97, 128, 191, 192, 193]);
            r.junk_hi(v)
        }],
        // KVM_PTP
        (0x8600_0001, _) => vec![{
            let v = r.below(3);
            r.junk_hi(v)
        }],
        // vendor FEATURES / DISCOVER_IMPL
        (0x8600_0000, _) | (0x8600_0040, _) | (0x8600_0041, _) => vec![{
            let v = r.below(4);
            r.junk_hi(v)
        }],
        _ => {
            let k = r.below(5) as usize;
            (0..k)
                .map(|_| if r.chance(50) { r.below(4) } else { r.next() })
                .collect()
        }
    }
}

/// Every firmware pseudo-register KVM has (Linux 7.2 `kvm_arm_fw_reg_ids`).
const FW_REGS: &[u64] = &smccc_dispatch::fwreg::FW_REG_IDS;

fn fw_value(r: &mut Rng, id: u64) -> u64 {
    match id {
        kvm::KVM_REG_ARM_PSCI_VERSION => r.pick(&[
            0, 1, 2, 0x1_0000, 0x1_0001, 0x1_0002, 0x1_0003, 0x1_0004, 0x2_0000,
        ]),
        kvm::KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1
        | kvm::KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2
        | kvm::KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3 => {
            r.below(5) | if r.chance(5) { 0x10 } else { 0 }
        }
        _ => {
            if r.chance(60) {
                r.below(8)
            } else {
                r.next() & 0xf
            }
        }
    }
}

/// Whether vCPU `v` is stopped after the trace `t` so far: the lines from `fed` on run in
/// `sim` first.
fn is_off(sim: &mut Replay, t: &str, fed: &mut usize, v: u64) -> bool {
    let mut sink = String::new();
    for l in t.get(*fed..).unwrap_or("").lines() {
        let _ = sim.line(l, &mut sink);
    }
    *fed = t.len();
    let mut o = String::new();
    let _ = sim.line(&format!("show {v}"), &mut o);
    o.starts_with(&format!("vcpu {v} off"))
}

fn gen_trace(seed: u64) -> String {
    let mut r = Rng(seed);
    let mut t = String::new();
    let (mut sim, mut fed) = (Replay::new(), 0usize);
    let _ = writeln!(t, "# kvm_oracle gen: seed {seed:#x}");
    let most = if r.chance(80) { 4 } else { 8 };
    let n = 1 + r.below(most);
    if r.chance(5) {
        // The machine decides the release; the line still starts a fresh VM.
        let _ = writeln!(t, "kvm {}", r.pick(&["7.2", "6.12"]));
    }
    if r.chance(40) {
        let v = r.pick(&["0.1", "0.2", "1.0", "1.1", "1.2", "1.3"]);
        let _ = writeln!(t, "psci {v}");
    }
    if n > 1 || r.chance(50) {
        let _ = writeln!(t, "vcpus {n}");
    }
    if r.chance(50) {
        let _ = writeln!(t, "suspend on");
    } else if r.chance(10) {
        let _ = writeln!(t, "suspend off");
    }
    if r.chance(20) {
        let wa = r.pick(&["wa1", "wa2", "wa3"]);
        let st = r.pick(&["vulnerable", "mitigated", "unaffected"]);
        let _ = writeln!(t, "host {wa} {st}");
    }
    // Firmware registers and filters before the first run.
    for _ in 0..r.below(4) {
        let id = if r.chance(90) {
            r.pick(FW_REGS)
        } else {
            // Ids next to the firmware ones: a fifth register of each group, the last id of
            // the firmware group, a 32-bit access (KVM_REG_SIZE_U32) to PSCI_VERSION.
            let (psci, bmap) = (kvm::KVM_REG_ARM_PSCI_VERSION, kvm::KVM_REG_ARM_STD_BMAP);
            r.pick(&[
                psci + 4,
                bmap + 4,
                psci + 0xffff,
                psci & !(0xf << 52) | (2 << 52),
            ])
        };
        if r.chance(50) {
            let _ = writeln!(t, "getreg {}", hexs(id));
        } else {
            let v = fw_value(&mut r, id);
            let _ = writeln!(t, "setreg {} {}", hexs(id), hexs(v));
        }
    }
    for _ in 0..r.below(4) {
        let (base, count) = match r.below(8) {
            0 => (r.pick(IDS), 1 + r.below(4) as u32),
            1 => (
                r.pick(&[
                    0x8000_0000,
                    0xc000_0000,
                    0x8000_ffff,
                    0xc000_ffff,
                    0x7fff_ffff,
                    0xbfff_ffff,
                ]),
                1 + r.below(3) as u32,
            ),
            2 => (r.next() as u32, 0),
            3 => (0xffff_ffff - r.below(4) as u32, 1 + r.below(6) as u32),
            4 => (r.pick(IDS) & 0xffff_0000, 0x1_0000),
            5 => (
                r.pick(&[
                    0x8400_0000,
                    0xc400_0000,
                    0x8600_0000,
                    0xc600_0000,
                    0xc500_0000,
                ]),
                1 + r.below(0x20) as u32,
            ),
            6 => (0, r.pick(&[0, 1, 0x8000_0000])),
            _ => (r.next() as u32, r.next() as u32 >> r.below(32)),
        };
        let action = r.pick(&["handle", "deny", "fwd", "fwd"]);
        let _ = writeln!(
            t,
            "filter {} {} {action}",
            hexs(u64::from(base)),
            hexs(u64::from(count))
        );
    }
    // Calls, shows, late configuration and late register writes.
    let ncalls = 6 + r.below(24);
    for _ in 0..ncalls {
        let v = r.below(n);
        match r.below(100) {
            0..=69 => {
                let id = gen_id(&mut r);
                let conduit = match r.below(10) {
                    0..=5 => "hvc".to_string(),
                    6..=8 => "smc".to_string(),
                    _ => {
                        let any = r.below(0x10000);
                        format!("smc:{}", hexs(r.pick(&[0, 1, 2, 0x7fff, 0xffff, any])))
                    }
                };
                // A VMM makes a stopped vCPU runnable before entering it (secondaries start
                // off; CPU_OFF and system events stop vCPUs); without this the call is the
                // powered-off error (KVM_RUN blocks), kept for 1 stopped caller in 10. The
                // trace so far runs in `sim` to tell (the 7.2 model; a guide, not a truth).
                if is_off(&mut sim, &t, &mut fed, v) && r.chance(90) {
                    let _ = writeln!(t, "mpstate {v} runnable");
                }
                let mut line = format!("call {v} {conduit} {}", hexs(id));
                for a in args_for(&mut r, id, n) {
                    let _ = write!(line, " {}", hexs(a));
                }
                let _ = writeln!(t, "{line}");
            }
            70..=84 => {
                let _ = writeln!(t, "show {v}");
            }
            85..=92 => {
                let id = r.pick(FW_REGS);
                if r.chance(50) {
                    let _ = writeln!(t, "getreg {}", hexs(id));
                } else {
                    let val = fw_value(&mut r, id);
                    let _ = writeln!(t, "setreg {} {}", hexs(id), hexs(val));
                }
            }
            93..=94 => {
                let _ = writeln!(t, "filter {} 1 deny", hexs(u64::from(r.pick(IDS))));
            }
            95..=96 => {
                let st = r.pick(&["runnable", "stopped"]);
                let _ = writeln!(t, "mpstate {v} {st}");
            }
            _ => {
                let _ = writeln!(t, "vcpus {n}");
            }
        }
    }
    for v in 0..n {
        let _ = writeln!(t, "show {v}");
    }
    t
}

// ---------------------------------------------------------------- the diff

fn number(t: &str) -> Option<u64> {
    match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(h, 16).ok(),
        None => t.parse().ok(),
    }
}

/// A `call` line's vCPU and function id (w0).
fn call_of(line: &str) -> Option<(usize, u32)> {
    let mut t = line.split('#').next()?.split_whitespace();
    if t.next()? != "call" {
        return None;
    }
    let v = number(t.next()?)? as usize;
    t.next()?;
    Some((v, number(t.next()?)? as u32))
}

fn ret_regs(line: &str) -> Option<[u64; 4]> {
    let mut t = line.strip_prefix("ret ")?.split_whitespace().map(number);
    Some([t.next()??, t.next()??, t.next()??, t.next()??])
}

/// The answer to TRNG_RND (`bits` requested): only the low `bits` of x1:x2:x3 may be set.
fn trng_shape_ok(x: [u64; 4], bits: u64, wide: bool) -> bool {
    let per: u64 = if wide { 64 } else { 32 };
    // x3 holds the lowest bits, then x2, then x1; 32-bit words leave bits 63:32 clear.
    [x[3], x[2], x[1]].iter().enumerate().all(|(i, &w)| {
        let keep = bits.saturating_sub(i as u64 * per).min(per);
        keep >= 64 || w >> keep == 0
    })
}

#[derive(Default)]
struct Stats {
    kinds: std::collections::BTreeMap<String, usize>,
    traces: usize,
    lines: usize,
    divergences: Vec<String>,
}

fn mask_equal(trace_line: &str, want: &str, got: &str, ptp_shown: &mut [bool; 64]) -> bool {
    if want == got {
        // A call that ran loaded x0 (the time is gone); one refused with an `error` line
        // (a powered-off vCPU) loaded nothing.
        if let Some((v, _)) = call_of(trace_line).filter(|_| !want.starts_with("error")) {
            if let Some(s) = ptp_shown.get_mut(v) {
                *s = false;
            }
        }
        return true;
    }
    if let Some((v, w0)) = call_of(trace_line) {
        let w0 = w0 & !(1 << 16);
        let (Some(a), Some(b)) = (ret_regs(want), ret_regs(got)) else {
            return false;
        };
        match w0 {
            0x8400_0053 | 0xc400_0053 if a[0] == 0 && b[0] == 0 => {
                let wide = w0 == 0xc400_0053;
                let mut t = trace_line.split_whitespace().skip(4);
                let x1 = t.next().and_then(number).unwrap_or(0);
                let bits = if wide { x1 } else { x1 & 0xffff_ffff };
                return trng_shape_ok(a, bits, wide) && trng_shape_ok(b, bits, wide);
            }
            0x8600_0001 if a[0] != u64::MAX && b[0] != u64::MAX => {
                // KVM_PTP: x0:x1 real time, x2:x3 counter, 32 bits each.
                if let Some(s) = ptp_shown.get_mut(v) {
                    *s = true;
                }
                return a.iter().chain(b.iter()).all(|x| x >> 32 == 0);
            }
            _ => {}
        }
        return false;
    }
    // `show` after a PTP answer: x0 is the time.
    if let (Some(w), Some(g)) = (want.strip_prefix("vcpu "), got.strip_prefix("vcpu ")) {
        let v: usize = w
            .split_whitespace()
            .next()
            .and_then(|x| x.parse().ok())
            .unwrap_or(64);
        if ptp_shown.get(v).copied().unwrap_or(false) {
            let cut = |s: &str| s.rsplit_once(" x0=").map(|(a, _)| a.to_string());
            return cut(w) == cut(g);
        }
    }
    false
}

fn diff_trace(name: &str, host: &str, text: &str, kvm: &str, st: &mut Stats) {
    // The machine decides the host and the KVM release: the trace's own valid `host` lines
    // are blanked and its valid `kvm` lines name the machine's release (they still start a
    // fresh VM, as in kvm-replay); invalid ones stay, since both replays must reject them
    // alike. Line numbers are kept.
    let machine_kvm = host
        .lines()
        .find(|l| l.starts_with("kvm "))
        .unwrap_or("")
        .to_string();
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            let body = l.split('#').next().unwrap_or("").trim_start();
            let (is_host, is_kvm) = (body.starts_with("host "), body.starts_with("kvm "));
            if is_host || is_kvm {
                let mut o = String::new();
                let _ = Replay::new().line(l, &mut o);
                if o.is_empty() {
                    return if is_kvm {
                        machine_kvm.clone()
                    } else {
                        String::new()
                    };
                }
            }
            l.to_string()
        })
        .collect();
    // Answers line by line, each with the trace line that produced it.
    let mut want: Vec<(usize, String)> = vec![];
    let mut pre = String::new();
    let Ok(mut r) = Replay::with_host(host, &mut pre) else {
        return;
    };
    for (i, l) in lines.iter().enumerate() {
        let mut o = String::new();
        let _ = r.line(l, &mut o);
        want.extend(o.lines().map(|a| (i, a.to_string())));
    }
    let got: Vec<&str> = kvm.lines().collect();
    for (_, w) in &want {
        let kind = w.split_whitespace().next().unwrap_or("");
        *st.kinds.entry(kind.to_string()).or_default() += 1;
    }
    st.traces += 1;
    st.lines += want.len();
    let mut ptp = [false; 64];
    for (j, (i, w)) in want.iter().enumerate() {
        let g = got.get(j).copied().unwrap_or("<missing>");
        let tl = lines.get(*i).map(String::as_str).unwrap_or("");
        if !mask_equal(tl, w, g, &mut ptp) {
            st.divergences.push(format!(
                "{name}:{}: `{}`: replay `{w}`, kvm `{g}`",
                i + 1,
                tl.trim()
            ));
        }
    }
    if got.len() > want.len() {
        st.divergences.push(format!(
            "{name}: kvm printed {} more lines, first `{}`",
            got.len() - want.len(),
            got[want.len()]
        ));
    }
}

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

/// A known divergence: `KERNEL NAME:LINE` (a trace's answer line), one a line, `#` comments.
fn load_known(p: &Path, release: &str) -> Result<Vec<String>, String> {
    Ok(read(p)?
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_once(' '))
        .filter(|(k, _)| release.starts_with(k))
        .map(|(_, d)| d.trim().to_string())
        .collect())
}

fn diff(dir: &Path, known: Option<&Path>) -> Result<bool, String> {
    let host = read(&dir.join("host.trace"))?;
    let rig = read(&dir.join("rig.txt")).unwrap_or_default();
    let release = rig
        .split("uname -r ")
        .nth(1)
        .and_then(|s| s.split(['+', ')', '-']).next())
        .unwrap_or("?")
        .to_string();
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "trace")
                && p.file_stem().is_some_and(|s| s != "host")
        })
        .collect();
    names.sort();
    let mut st = Stats::default();
    for t in &names {
        let name = t
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let kvm = read(&t.with_extension("kvm"))?;
        diff_trace(&name, &host, &read(t)?, &kvm, &mut st);
    }
    let known = match known {
        Some(p) => load_known(p, &release)?,
        None => vec![],
    };
    let mut unexplained = 0usize;
    let mut seen = vec![false; known.len()];
    for d in &st.divergences {
        let key = d.split(": ").next().unwrap_or("");
        match known.iter().position(|k| k == key) {
            Some(i) => seen[i] = true,
            None => {
                unexplained += 1;
                if unexplained <= 40 {
                    println!("divergence {d}");
                }
            }
        }
    }
    let mut vanished = 0usize;
    for (k, s) in known.iter().zip(&seen) {
        if !s {
            vanished += 1;
            println!("listed divergence {k} did not occur: remove it from the list");
        }
    }
    let listed = st.divergences.len() - unexplained;
    let group = |n: usize| {
        let s = n.to_string();
        let mut o = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                o.push(',');
            }
            o.push(c);
        }
        o
    };
    let extra = if listed > 0 {
        format!(" ({listed} listed version differences)")
    } else {
        String::new()
    };
    println!(
        "kvm {release}: {} traces, {} lines, {} divergences{extra}",
        group(st.traces),
        group(st.lines),
        group(unexplained)
    );
    let kinds: Vec<String> = st.kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    println!("kvm {release} answers compared: {}", kinds.join(", "));
    Ok(unexplained == 0 && vanished == 0)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    match a.as_slice() {
        ["gen", seed, count, dir] => {
            let (Some(seed), Some(count)) = (number(seed), number(count)) else {
                eprintln!("kvm_oracle gen: SEED and COUNT are numbers");
                return ExitCode::from(2);
            };
            let dir = Path::new(dir);
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("kvm_oracle gen: {}: {e}", dir.display());
                return ExitCode::from(2);
            }
            let mut r = Rng(seed);
            for i in 0..count {
                let t = gen_trace(r.next());
                let p = dir.join(format!("rand-{seed:x}-{i:05}.trace"));
                if let Err(e) = std::fs::write(&p, t) {
                    eprintln!("kvm_oracle gen: {}: {e}", p.display());
                    return ExitCode::from(2);
                }
            }
            ExitCode::SUCCESS
        }
        ["diff", "--known", known, dir] => report(diff(Path::new(dir), Some(Path::new(known)))),
        ["diff", dir] => report(diff(Path::new(dir), None)),
        _ => {
            eprintln!("usage: kvm_oracle gen SEED COUNT DIR | kvm_oracle diff [--known FILE] DIR");
            ExitCode::from(2)
        }
    }
}

fn report(r: Result<bool, String>) -> ExitCode {
    match r {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("kvm_oracle: {e}");
            ExitCode::from(2)
        }
    }
}
