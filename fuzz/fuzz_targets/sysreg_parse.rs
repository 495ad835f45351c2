//! Arbitrary text into the sysreg parser. When it parses: both emitters run, and the model
//! survives print -> parse unchanged (same C output, printer idempotent).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sae_kvm_abi_fuzz::sysreg_text;

fuzz_target!(|data: &[u8]| {
    let text = sysreg_text(data);
    let parsed = abi_gen::sysreg::parse("fuzz", &text);
    for d in &parsed.diagnostics {
        let _ = d.to_string();
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
