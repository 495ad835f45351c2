//! The SMCCC definitions format: model, parser with checks, emitters and printer.
//!
//! The format is documented at the top of `crates/arm64-uapi/defs/smccc`.

pub mod emit_c;
pub mod emit_rust;
pub mod model;
pub mod parse;
pub mod print;

pub use model::*;
pub use parse::{Parsed, parse};
