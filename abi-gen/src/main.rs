//! `abi-gen` command-line interface. A stable interface: tests and scripts call it.
//!
//! ```text
//! abi-gen                      the main job: pipeline on the shipped definitions + drift report
//! abi-gen sysreg-c [--dialect 6.1|current] FILE
//!                              C header (gen-sysreg.awk macros) for FILE on stdout
//! abi-gen sysreg-rust FILE     arm64-uapi Rust source for FILE on stdout
//! abi-gen smccc-c FILE         C header (Linux macro names) for an SMCCC definitions FILE
//! abi-gen smccc-rust FILE      arm64-uapi Rust source for an SMCCC definitions FILE
//! abi-gen sae-c FILE           sae-abi.h for an SAE definitions FILE (reset values resolved
//!                              against the shipped sysreg definitions)
//! abi-gen sae-rust FILE        sae-abi Rust source for an SAE definitions FILE
//! abi-gen lint [--strict] FILE...
//!                              diagnostics (sysreg, SMCCC or SAE, by content); exit 1 on
//!                              errors; --strict: every sysreg diagnostic is an error (own files)
//! abi-gen fmt FILE             the canonical text of FILE on stdout
//! abi-gen diff [--json] OLD NEW semantic ABI diff of two sysreg, SMCCC or SAE files;
//!                              exit 0 no change, 1 additive only, 2 breaking, 3 bad input
//! abi-gen sync --linux PATH     shipped sysreg definitions vs a kernel tree or its sysreg file;
//!                              exit 1 on any disagreement
//! abi-gen random-sysreg [SEED [BLOCKS]]
//!                              a random valid sysreg file (abi_gen::sysreg::random) on stdout
//! abi-gen check                exit 1 if a checked-in generated file is stale
//! abi-gen regen                rewrite the checked-in generated files
//! ```
//! Exit status, one scheme for every command:
//! - 0: success (`diff`: no change);
//! - 1: the command's negative answer: definitions with errors, drift, a stale file
//!   (`diff`: additive changes only);
//! - 2: `diff` only: a breaking change;
//! - 3: `diff` only: an input it cannot read or parse;
//! - 64: usage error (bad command line), as `EX_USAGE` in BSD `sysexits.h`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use abi_gen::report;

const USAGE: &str = "usage: abi-gen [--root DIR] [sysreg-c [--dialect 6.1|current] FILE | sysreg-rust FILE | smccc-c FILE | smccc-rust FILE | sae-c FILE | sae-rust FILE | lint [--strict] FILE... | fmt FILE | diff [--json] OLD NEW | sync --linux PATH | random-sysreg [SEED [BLOCKS]] | check | regen]";

/// The repository root: `--root`, else the nearest ancestor of the working directory that
/// holds the shipped definitions, else the workspace this binary was built from.
fn find_root(explicit: Option<PathBuf>) -> PathBuf {
    if let Some(r) = explicit {
        return r;
    }
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join(report::SYSREG_DEFS).is_file() {
                return dir.to_path_buf();
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn print_diags(diags: &[abi_gen::Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diags {
        // A closed stderr: nowhere left to report to.
        if writeln!(err, "{d}").is_err() {
            break;
        }
    }
}

fn emit(file: &str, f: fn(&str, &str) -> Result<String, Vec<abi_gen::Diagnostic>>) -> ExitCode {
    let text = match std::fs::read(file) {
        Ok(b) => String::from_utf8(b)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            eprintln!("{file}:0: error[io]: cannot read: {e}");
            return ExitCode::from(1);
        }
    };
    match f(file, &text) {
        Ok(out) => {
            let _ = std::io::stdout().lock().write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(d) => {
            print_diags(&d);
            ExitCode::from(1)
        }
    }
}

fn read_text(file: &str) -> Result<String, ExitCode> {
    std::fs::read(file)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| {
            eprintln!("{file}:0: error[io]: cannot read: {e}");
            ExitCode::from(3)
        })
}

fn diff(old: &str, new: &str, json: bool) -> ExitCode {
    let (a, b) = match (read_text(old), read_text(new)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    match abi_gen::diff::files(old, &a, new, &b) {
        Err(d) => {
            print_diags(&d);
            ExitCode::from(3)
        }
        Ok((d, format)) => {
            let text = if json {
                d.to_json(old, new, format)
            } else {
                d.render(old, new, format)
            };
            print!("{text}");
            ExitCode::from(d.exit_status())
        }
    }
}

fn sync(root: &Path, linux: &Path) -> ExitCode {
    let upstream = if linux.is_dir() {
        linux.join("arch/arm64/tools/sysreg")
    } else {
        linux.to_path_buf()
    };
    let theirs = abi_gen::load_sysreg(&upstream);
    let ours = abi_gen::load_sysreg(&root.join(report::SYSREG_DEFS));
    if theirs.has_errors() || ours.has_errors() {
        print_diags(&theirs.diagnostics);
        print_diags(&ours.diagnostics);
        return ExitCode::from(3);
    }
    let s = abi_gen::diff::sync(&ours.file, &theirs.file);
    print!("{}", s.render(&upstream.display().to_string()));
    if s.disagreements.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Exit status of a command-line error (BSD `sysexits.h` `EX_USAGE`); distinct from every
/// command's own answers, `diff`'s 2 = breaking included.
const EXIT_USAGE: u8 = 64;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut root = None;
    if args.first().map(String::as_str) == Some("--root") {
        if args.len() < 2 {
            eprintln!("{USAGE}");
            return ExitCode::from(EXIT_USAGE);
        }
        root = Some(PathBuf::from(args.remove(1)));
        args.remove(0);
    }
    let cmd = args.first().map(String::as_str);
    let rest = args.get(1..).unwrap_or_default();
    match (cmd, rest) {
        (None, _) => {
            let (text, ok) = report::main_report(&find_root(root));
            print!("{text}");
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        (Some("sysreg-c"), [file]) => emit(file, abi_gen::sysreg_to_c),
        (Some("sysreg-c"), [flag, d, file]) if flag == "--dialect" => {
            match abi_gen::sysreg::emit_c::Dialect::from_name(d) {
                Some(abi_gen::sysreg::emit_c::Dialect::Linux61) => emit(file, |l, t| {
                    let p = abi_gen::sysreg::parse(l, t);
                    if p.has_errors() {
                        Err(p.diagnostics)
                    } else {
                        Ok(abi_gen::sysreg::emit_c::emit_dialect(
                            &p.file,
                            abi_gen::sysreg::emit_c::Dialect::Linux61,
                        ))
                    }
                }),
                Some(_) => emit(file, abi_gen::sysreg_to_c),
                None => {
                    eprintln!("unknown dialect `{d}`; expected 6.1 or current");
                    ExitCode::from(EXIT_USAGE)
                }
            }
        }
        (Some("sysreg-rust"), [file]) => emit(file, abi_gen::sysreg_to_rust),
        (Some("smccc-c"), [file]) => emit(file, abi_gen::smccc_to_c),
        (Some("smccc-rust"), [file]) => emit(file, abi_gen::smccc_to_rust),
        (Some("sae-rust"), [file]) => emit(file, abi_gen::sae_to_rust),
        (Some("sae-c"), [file]) => {
            let sysreg = std::fs::read_to_string(find_root(root).join(report::SYSREG_DEFS)).ok();
            match read_text(file) {
                Err(e) => e,
                Ok(text) => match abi_gen::sae_to_c(file, &text, sysreg.as_deref()) {
                    Ok(out) => {
                        let _ = std::io::stdout().lock().write_all(out.as_bytes());
                        ExitCode::SUCCESS
                    }
                    Err(d) => {
                        print_diags(&d);
                        ExitCode::from(1)
                    }
                },
            }
        }
        (Some("fmt"), [file]) => emit(file, |label, text| {
            let p = abi_gen::sysreg::parse(label, text);
            if p.has_errors() {
                Err(p.diagnostics)
            } else {
                Ok(abi_gen::sysreg::print::print(&p.file))
            }
        }),
        (Some("lint"), files) if !files.is_empty() => {
            let (strictness, files) = match files.split_first() {
                Some((flag, rest)) if flag == "--strict" && !rest.is_empty() => {
                    (abi_gen::Strictness::Strict, rest)
                }
                _ => (abi_gen::Strictness::Kernel, files),
            };
            let mut failed = false;
            let (mut nerr, mut nwarn) = (0, 0);
            for f in files {
                let diags = abi_gen::lint_file_with(Path::new(f), strictness);
                for d in &diags {
                    println!("{d}");
                    if d.severity == abi_gen::Severity::Error {
                        nerr += 1
                    } else {
                        nwarn += 1
                    }
                }
                failed |= abi_gen::diag::has_errors(&diags);
            }
            println!("{nerr} errors, {nwarn} warnings");
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        (Some("diff"), rest) if matches!(rest.len(), 2 | 3) => {
            let json = rest.len() == 3 && rest.first().map(String::as_str) == Some("--json");
            let files = if json { rest.get(1..) } else { rest.get(..) };
            match files {
                Some([old, new]) if rest.len() == 2 || json => diff(old, new, json),
                _ => {
                    eprintln!("{USAGE}");
                    ExitCode::from(EXIT_USAGE)
                }
            }
        }
        (Some("sync"), [flag, path]) if flag == "--linux" => {
            sync(&find_root(root), Path::new(path))
        }
        (Some("random-sysreg"), rest) if rest.len() <= 2 => {
            let num = |i: usize, default: u64| {
                rest.get(i)
                    .map_or(Some(default), |v| match v.strip_prefix("0x") {
                        Some(h) => u64::from_str_radix(h, 16).ok(),
                        None => v.parse().ok(),
                    })
            };
            let (Some(seed), Some(blocks)) = (num(0, 0), num(1, 12)) else {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            };
            let opts = abi_gen::sysreg::random::Options {
                max_blocks: u32::try_from(blocks).unwrap_or(u32::MAX),
                tag: String::new(),
            };
            let mut rng = abi_gen::sysreg::random::SplitMix64(seed);
            print!("{}", abi_gen::sysreg::random::generate(&mut rng, &opts));
            ExitCode::SUCCESS
        }
        (Some("check"), []) => {
            let (text, ok) = report::check_report(&find_root(root));
            print!("{text}");
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        (Some("regen"), []) => match report::regenerate(&find_root(root)) {
            Ok(paths) => {
                for p in paths {
                    println!("wrote {}", p.display());
                }
                ExitCode::SUCCESS
            }
            Err(d) => {
                print_diags(&d);
                ExitCode::from(1)
            }
        },
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
