//! Benchmark (not a test): parse + check + emit of a whole Linux `sysreg` file, in process,
//! side by side with the kernel's `awk -f gen-sysreg.awk` on the same file, interleaved.
//!
//! `cargo bench -p abi-gen --bench sysreg [-- RUNS]`; the file is Linux 6.12's from
//! `scripts/fetch-oracles` (or `SYSREG=/path/to/sysreg`, `GEN_SYSREG_AWK=/path/to/awk`).

use std::hint::black_box;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn min(v: &[Duration]) -> Duration {
    v.iter().min().copied().unwrap_or_default()
}

fn main() {
    let runs: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(200);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let oracle = std::env::var_os("SAE_ORACLE_DIR")
        .map_or_else(|| root.join("target/oracles"), PathBuf::from)
        .join("linux-6.12/arch/arm64/tools");
    let sysreg = std::env::var_os("SYSREG").map_or_else(|| oracle.join("sysreg"), PathBuf::from);
    let awk = std::env::var_os("GEN_SYSREG_AWK")
        .map_or_else(|| oracle.join("gen-sysreg.awk"), PathBuf::from);
    let Ok(text) = std::fs::read_to_string(&sysreg) else {
        eprintln!("no {} (run scripts/fetch-oracles)", sysreg.display());
        return;
    };

    let (mut parse, mut emit, mut total, mut awk_t) = (vec![], vec![], vec![], vec![]);
    for _ in 0..runs {
        // The phases one after the other, on one thread.
        let t0 = Instant::now();
        let p = abi_gen::sysreg::parse("sysreg", black_box(&text));
        let t1 = Instant::now();
        let c = abi_gen::sysreg::emit_c::emit(&p.file);
        let t2 = Instant::now();
        black_box(&c);
        parse.push(t1 - t0);
        emit.push(t2 - t1);
        drop((p, c));
        // The pipeline `abi-gen sysreg-c` runs (checks beside the emitter).
        let t3 = Instant::now();
        let c = abi_gen::sysreg_to_c("sysreg", black_box(&text));
        total.push(t3.elapsed());
        assert!(c.is_ok());
        drop(c);

        let t4 = Instant::now();
        let st = Command::new("awk")
            .arg("-f")
            .arg(&awk)
            .arg(&sysreg)
            .stdout(Stdio::null())
            .status();
        awk_t.push(t4.elapsed());
        assert!(st.is_ok_and(|s| s.success()), "awk failed");
    }
    let (t_min, a_min) = (min(&total), min(&awk_t));
    let (p, e, t, a) = (
        median(&mut parse),
        median(&mut emit),
        median(&mut total),
        median(&mut awk_t),
    );
    println!(
        "{} ({} lines), {runs} interleaved runs, medians:",
        sysreg.display(),
        text.lines().count()
    );
    println!(
        "  abi-gen parse+check      {:8.3} ms",
        p.as_secs_f64() * 1e3
    );
    println!(
        "  abi-gen emit C           {:8.3} ms",
        e.as_secs_f64() * 1e3
    );
    println!(
        "  abi-gen sysreg_to_c      {:8.3} ms (parse, then checks beside emit)",
        t.as_secs_f64() * 1e3
    );
    println!(
        "  awk -f gen-sysreg.awk    {:8.3} ms (whole process)",
        a.as_secs_f64() * 1e3
    );
    println!(
        "  ratio awk / abi-gen      {:8.1}x (medians)",
        a.as_secs_f64() / t.as_secs_f64()
    );
    println!(
        "  ratio awk / abi-gen      {:8.1}x (fastest runs: {:.3} ms / {:.3} ms)",
        a_min.as_secs_f64() / t_min.as_secs_f64(),
        a_min.as_secs_f64() * 1e3,
        t_min.as_secs_f64() * 1e3
    );
}
