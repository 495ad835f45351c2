//! Benchmarks (never assertions):
//!
//! - `cargo bench -p smccc-dispatch --bench dispatch`: PSCI decode throughput against the
//!   `arm-psci` parser on one random stream, and wall-clock time per dispatch path.
//! - `... -- --callgrind`: instructions per dispatch under `valgrind --tool=callgrind` for
//!   WORKAROUND_1, PSCI_VERSION, an unknown id and an id denied by a 1,000-range filter. The
//!   binary re-runs itself under valgrind (`--run-path NAME`), collecting only inside
//!   `measured` (`--toggle-collect`), and divides by the number of calls.

use std::hint::black_box;
use std::process::Command;
use std::time::Instant;

use arm64_uapi::smccc::{ARCH, Mitigation, PSCI};
use smccc_dispatch::{
    Host, MitigationState, NoSuchVcpu, Outcome, PsciCall, PtpCounter, PtpSample, SmcccFilter, Trap,
    Vm, filter::FilterAction,
};

const RANGES: usize = 1024;
type BenchVm = Vm<4, RANGES>;

struct BenchHost;

impl Host for BenchHost {
    fn mitigation(&self, m: Mitigation) -> MitigationState {
        match m {
            Mitigation::WORKAROUND_1 => MitigationState::Mitigated,
            Mitigation::WORKAROUND_2 => MitigationState::Mitigated,
            Mitigation::WORKAROUND_3 => MitigationState::Mitigated,
            Mitigation::WORKAROUND_4 => MitigationState::Unaffected,
        }
    }
    fn guest_has_ssbs(&self) -> bool {
        false
    }
    fn entropy(&mut self, words: &mut [u64]) -> bool {
        words.fill(0x5a5a);
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

/// An unknown id: a SiP-owned fast call KVM does not implement.
const UNKNOWN: u32 = 0x8200_0001;
/// The id denied in the filtered path: inside the 500th of 1,000 two-id ranges.
const FILTERED: u32 = 0xc300_0000 + 2 * 4 * 500;
const CALLS: u64 = 10_000;

fn vm(ranges: usize) -> BenchVm {
    let mut vm = BenchVm::default();
    let _ = vm.add_vcpu(0, true);
    for i in 0..ranges as u32 {
        let f = SmcccFilter::new(0xc300_0000 + 4 * 2 * i, 2, FilterAction::Deny);
        vm.set_filter(&f).expect("filter range");
    }
    vm
}

fn path(name: &str) -> Option<(BenchVm, [u64; 4])> {
    Some(match name {
        "wa1" => (vm(0), [u64::from(ARCH::WORKAROUND_1.0), 0, 0, 0]),
        "psci_version" => (vm(0), [u64::from(PSCI::PSCI_VERSION.0), 0, 0, 0]),
        "unknown" => (vm(0), [u64::from(UNKNOWN), 0, 0, 0]),
        "filtered" => (vm(1000), [u64::from(FILTERED), 0, 0, 0]),
        _ => return None,
    })
}

const PATHS: [&str; 4] = ["wa1", "psci_version", "unknown", "filtered"];

#[inline(never)]
fn measured(vm: &mut BenchVm, host: &mut BenchHost, x: &[u64; 4]) -> Result<Outcome, NoSuchVcpu> {
    vm.dispatch(host, 0, Trap::HVC, x)
}

fn run_path(name: &str) {
    let Some((mut vm, x)) = path(name) else {
        eprintln!("unknown path {name}");
        std::process::exit(2);
    };
    let mut host = BenchHost;
    for _ in 0..CALLS {
        let r = measured(black_box(&mut vm), &mut host, black_box(&x));
        black_box(r).expect("vcpu 0");
    }
}

fn callgrind() {
    let exe = std::env::current_exe().expect("own path");
    let dir = std::env::temp_dir();
    println!("instructions per dispatch (valgrind --tool=callgrind, {CALLS} calls each):");
    for name in PATHS {
        let out = dir.join(format!("smccc-dispatch-{name}.callgrind"));
        let status = Command::new("valgrind")
            .args([
                "--tool=callgrind",
                "--toggle-collect=*measured*",
                &format!("--callgrind-out-file={}", out.display()),
            ])
            .arg(&exe)
            .args(["--run-path", name])
            .output();
        let ok = matches!(&status, Ok(s) if s.status.success());
        if !ok {
            println!(
                "  {name:14} valgrind failed: {:?}",
                status.map(|s| s.status)
            );
            continue;
        }
        let text = std::fs::read_to_string(&out).unwrap_or_default();
        let total: u64 = text
            .lines()
            .find_map(|l| {
                l.strip_prefix("totals:")
                    .or_else(|| l.strip_prefix("summary:"))
            })
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        println!("  {name:14} {:6.1} Ir", total as f64 / CALLS as f64);
        let _ = std::fs::remove_file(out);
    }
}

/// xorshift64*, fixed seed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// One random stream of PSCI calls: a uniformly drawn PSCI id of arm-psci's 35, and
/// arguments that are half the time small (valid MPIDRs, types, levels), half random.
fn stream(n: usize) -> Vec<[u64; 4]> {
    let ids: Vec<u32> = arm64_uapi::smccc::FUNCTIONS
        .iter()
        .filter(|d| d.service == "PSCI")
        .map(|d| d.id.0)
        .collect();
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|_| {
            let id = ids[(r.next() % ids.len() as u64) as usize];
            let mut arg = || {
                let v = r.next();
                if v & 1 == 0 { (v >> 1) & 0x3 } else { v }
            };
            [u64::from(id), arg(), arg(), arg()]
        })
        .collect()
}

fn time(label: &str, items: usize, mut f: impl FnMut() -> u64) -> f64 {
    let mut best = f64::MAX;
    let mut sink = 0u64;
    for _ in 0..15 {
        let t = Instant::now();
        sink = sink.wrapping_add(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    black_box(sink);
    let ns = best * 1e9 / items as f64;
    println!("  {label:36} {ns:7.2} ns/call  {:8.1} M/s", 1e3 / ns);
    ns
}

fn throughput() {
    let s = stream(1 << 20);
    println!(
        "PSCI decode throughput, one random stream of {} calls:",
        s.len()
    );
    let ours = time("smccc-dispatch PsciCall::decode+args", s.len(), || {
        let mut n = 0u64;
        for x in &s {
            if let Some(c) = PsciCall::decode(black_box(x)) {
                black_box(c.args());
                n += 1;
            }
        }
        n
    });
    let raw = time("smccc-dispatch PsciCall::decode", s.len(), || {
        let mut n = 0u64;
        for x in &s {
            if black_box(PsciCall::decode(black_box(x))).is_some() {
                n += 1;
            }
        }
        n
    });
    let theirs = time("arm-psci Function::try_from", s.len(), || {
        let mut n = 0u64;
        for x in &s {
            if black_box(arm_psci::Function::try_from(black_box(x))).is_ok() {
                n += 1;
            }
        }
        n
    });
    println!(
        "  ratio: {:.1}x (typed args), {:.1}x (decode only) faster than arm-psci",
        theirs / ours,
        theirs / raw
    );
}

fn wall_clock() {
    println!("wall-clock time per dispatch:");
    for name in PATHS {
        let (mut vm, x) = path(name).expect("path");
        let mut host = BenchHost;
        time(name, 1 << 20, || {
            let mut n = 0;
            for _ in 0..1 << 20 {
                if measured(black_box(&mut vm), &mut host, black_box(&x)).is_ok() {
                    n += 1;
                }
            }
            n
        });
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--run-path") {
        run_path(args.get(i + 1).map_or("", String::as_str));
        return;
    }
    if args.iter().any(|a| a == "--callgrind") {
        callgrind();
        return;
    }
    throughput();
    wall_clock();
}
