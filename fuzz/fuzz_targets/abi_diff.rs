//! Two arbitrary definition files into `abi-gen diff`: never panics; a file diffed with itself
//! has no change; the exit status follows the classes; JSON output is well-formed enough to
//! carry every change.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sae_kvm_abi_fuzz::{sae_text, smccc_text, sysreg_text};

// Input: `[kind, split_hi, split_lo, data...]`; the data splits into the two files, each
// decoded like the single-file targets (kind bit 1: SAE; else bit 0: SMCCC instead of sysreg).
fuzz_target!(|data: &[u8]| {
    let [kind, hi, lo, rest @ ..] = data else {
        return;
    };
    let split = (usize::from(*hi) << 8 | usize::from(*lo)).min(rest.len());
    let (x, y) = rest.split_at(split);
    let decode = if kind & 2 == 2 {
        sae_text
    } else if kind & 1 == 1 {
        smccc_text
    } else {
        sysreg_text
    };
    let (a, b) = (decode(x), decode(y));
    let Ok((d, format)) = abi_gen::diff::files("a", &a, "b", &b) else {
        return;
    };
    let json = d.to_json("a", "b", format);
    // Each change object starts `{"class":"` after `[` or `,`; escaped text cannot match.
    let objects = json.matches("[{\"class\":\"").count() + json.matches(",{\"class\":\"").count();
    assert_eq!(objects, d.changes.len(), "{json}");
    let _ = d.render("a", "b", format);
    let breaking = d
        .changes
        .iter()
        .any(|c| c.class == abi_gen::diff::Class::Breaking);
    assert_eq!(
        d.exit_status(),
        if breaking {
            2
        } else if d.changes.is_empty() {
            0
        } else {
            1
        }
    );
    let (same, _) = abi_gen::diff::files("a", &a, "a", &a).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(
        same.changes.is_empty(),
        "a file differs from itself: {:?}",
        same.changes
    );
});
