//! The Linux `arch/arm64/tools/sysreg` grammar: model, parser, checks and emitters.

pub mod check;
pub mod emit_c;
pub mod emit_rust;
pub mod model;
pub mod parse;
pub mod print;
pub mod random;

pub use model::*;
pub use parse::{Parsed, parse, parse_with};
