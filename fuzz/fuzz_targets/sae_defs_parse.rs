//! Arbitrary text into the SAE definitions parser. Never panics; when it parses: every block
//! tiles exactly one 4 KiB page with naturally aligned fields (checked here independently of
//! the parser's own checks), both emitters run and are deterministic, the C header has one
//! offset assertion per named field, and the model diffed with itself has no change.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sae_kvm_abi_fuzz::sae_text;

fuzz_target!(|data: &[u8]| {
    let text = sae_text(data);
    let parsed = abi_gen::sae::parse("fuzz", &text);
    for d in &parsed.diagnostics {
        let _ = d.to_string();
        assert!(d.line as usize <= text.lines().count(), "{d}");
    }
    if parsed.has_errors() {
        return;
    }
    let f = &parsed.file;
    let mut named = 0;
    for b in &f.blocks {
        assert_eq!((b.size, b.align), (4096, 4096), "{}", b.c_name);
        let mut at = 0;
        for item in &b.items {
            assert_eq!(item.offset(), at, "{}: item out of place", b.c_name);
            at += item.size();
        }
        assert_eq!(at, 4096, "{}", b.c_name);
        for (path, fl) in b.fields() {
            assert_eq!(fl.offset % fl.ty.size(), 0, "{}.{path} misaligned", b.c_name);
            named += usize::from(!fl.reserved);
        }
    }
    let rust = abi_gen::sae::emit_rust::emit("fuzz", f);
    assert_eq!(rust, abi_gen::sae::emit_rust::emit("fuzz", f));
    let c = abi_gen::sae::emit_c::emit(f, &|_, _| Some(1));
    assert_eq!(c.matches("__builtin_offsetof").count(), named);
    let d = abi_gen::sae::diff::diff(f, f);
    assert!(d.changes.is_empty(), "{:?}", d.changes);
});
