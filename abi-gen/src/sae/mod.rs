//! The SAE definitions format (`crates/sae-abi/defs/sae`): model, parser with checks, the Rust
//! and C emitters and the semantic diff.
//!
//! The format is documented at the top of `crates/sae-abi/defs/sae`.

pub mod diff;
pub mod emit_c;
pub mod emit_rust;
pub mod model;
pub mod parse;

pub use model::*;
pub use parse::{Parsed, parse};
