//! Replay a hypercall trace through the dispatcher:
//! `cargo run -p smccc-replay --example replay -- FILE...` (`-` reads standard input).
//! The grammar is in the `smccc_replay` module documentation.

use std::io::{Read, Write};
use std::process::ExitCode;

use smccc_replay::Replay;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: replay FILE...   (one directive a line; see smccc_replay)");
        return ExitCode::from(2);
    }
    let mut stdout = std::io::stdout().lock();
    for f in &files {
        let text = if f == "-" {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map(|_| s)
        } else {
            std::fs::read_to_string(f)
        };
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                eprintln!("replay: {f}: {e}");
                return ExitCode::from(2);
            }
        };
        let mut out = String::new();
        if Replay::run(&text, &mut out).is_err() || stdout.write_all(out.as_bytes()).is_err() {
            eprintln!("replay: cannot write the output");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
