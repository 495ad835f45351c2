//! Arbitrary text into the SMCCC definitions parser. When it parses: both emitters run, and
//! the model survives print -> parse unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sae_kvm_abi_fuzz::smccc_text;

fuzz_target!(|data: &[u8]| {
    let text = smccc_text(data);
    let parsed = abi_gen::smccc::parse("fuzz", &text);
    for d in &parsed.diagnostics {
        let _ = d.to_string();
    }
    if parsed.has_errors() {
        return;
    }
    let c = abi_gen::smccc::emit_c::emit("fuzz", &parsed.file);
    let _ = abi_gen::smccc::emit_rust::emit("fuzz", &parsed.file);
    let printed = abi_gen::smccc::print::print(&parsed.file);
    let again = abi_gen::smccc::parse("fuzz", &printed);
    assert!(
        !again.has_errors(),
        "printed model does not parse: {:?}\n{printed}",
        again.diagnostics
    );
    assert_eq!(
        c,
        abi_gen::smccc::emit_c::emit("fuzz", &again.file),
        "print -> parse changed the model"
    );
    assert_eq!(
        printed,
        abi_gen::smccc::print::print(&again.file),
        "printer not idempotent"
    );
});
