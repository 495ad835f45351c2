//! Text into the sysreg parser: raw, arbitrary grammar lines, a random valid file steered by
//! the input (small inputs reach every directive), or such a file with one line mutated.
//! A valid file parses without errors under the kernel policy; strict mode (checked on one
//! input in 8) only turns warnings into errors. When it parses: both emitters run, and the model survives
//! print -> parse unchanged (same C output, printer idempotent).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sae_kvm_abi_fuzz::{SysregMode, sysreg_input};

fuzz_target!(|data: &[u8]| {
    let (text, mode) = sysreg_input(data);
    let parsed = abi_gen::sysreg::parse("fuzz", &text);
    for d in &parsed.diagnostics {
        let _ = d.to_string();
    }
    if mode == SysregMode::Valid {
        assert!(
            !parsed.has_errors(),
            "a generated valid file has errors: {:?}\n{text}",
            parsed.diagnostics
        );
    }
    // Strict mode on one input in 8 (it parses again): the same diagnostics, all errors.
    if data.len() % 8 == 0 {
        let strict = abi_gen::sysreg::parse_with("fuzz", &text, abi_gen::Strictness::Strict);
        assert_eq!(strict.diagnostics.len(), parsed.diagnostics.len());
        assert_eq!(strict.has_errors(), !parsed.diagnostics.is_empty());
    }
    if parsed.has_errors() {
        return;
    }
    let c = abi_gen::sysreg::emit_c::emit(&parsed.file);
    let _ = abi_gen::sysreg::emit_c::emit_dialect(
        &parsed.file,
        abi_gen::sysreg::emit_c::Dialect::Linux61,
    );
    let _ = abi_gen::sysreg::emit_rust::emit("fuzz", &parsed.file);
    let printed = abi_gen::sysreg::print::print(&parsed.file);
    let again = abi_gen::sysreg::parse("printed", &printed);
    assert!(
        !again.has_errors(),
        "printed model does not parse: {:?}\n{printed}",
        again.diagnostics
    );
    assert_eq!(
        c,
        abi_gen::sysreg::emit_c::emit(&again.file),
        "print -> parse changed the model"
    );
    assert_eq!(
        printed,
        abi_gen::sysreg::print::print(&again.file),
        "printer not idempotent"
    );
    assert_eq!(parsed.file.stats(), again.file.stats());
});
