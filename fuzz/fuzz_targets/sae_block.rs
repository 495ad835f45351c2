//! Arbitrary 4096 bytes as an SAE control block (and as a save area and QAAF block): bytes ->
//! block -> bytes is the identity; exit decoding, ESR decoding, register placement and every
//! register read never panic; a register write changes exactly that field's bytes and reads
//! back.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use sae_abi::placement::{ArmRegister, Location, placement};
use sae_abi::{QaafQmcBlock, SaeControlBlock, SaveArea};
use zerocopy::{FromBytes, IntoBytes};

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(mut blk) = SaeControlBlock::arbitrary(&mut u) else {
        return;
    };
    let original = blk.as_bytes().to_vec();
    assert_eq!(
        SaeControlBlock::read_from_bytes(&original).map(|b| b == blk),
        Ok(true)
    );

    // Exits: whatever icptr and detail bytes hold, decoding is total.
    let icptr = blk.icptr();
    let i = blk.interception();
    let _ = (i.icptr(), i.esr(), i.far(), icptr);
    if let Some(esr) = i.esr() {
        use sae_abi::esr::EsrExt;
        let _ = (esr.class(), esr.syndrome());
    }
    let _ = sae_abi::exit::decode(original[0x000], blk.icptd());
    let _ = (
        blk.validity().vir(),
        blk.host_access().teid(),
        blk.host_access().fault_ipa(),
    );
    let _ = (
        blk.host_access().is_write_fault(),
        blk.timer().tir(),
        blk.trap().esr_elz(),
    );

    // Placement of an arbitrary register, and a read of it where it lives in the block.
    // Bounded: `Unstructured` keeps producing defaults once the data runs out.
    for _ in 0..64 {
        if u.is_empty() {
            break;
        }
        let Ok(r) = ArmRegister::arbitrary(&mut u) else {
            break;
        };
        let Some((loc, _)) = placement(r) else {
            continue;
        };
        let Location::ControlBlock(b) = loc else {
            continue;
        };
        let Ok(before) = blk.read(b) else { continue };
        let v = u64::arbitrary(&mut u).unwrap_or(!before);
        let snapshot = blk.as_bytes().to_vec();
        if blk.write(b, v).is_err() {
            assert_eq!(
                blk.as_bytes(),
                &snapshot[..],
                "a failed write changed the block"
            );
            continue;
        }
        let after = blk.read(b).expect("readable after write");
        let (off, len) = b.field().expect("a control-block register has a field");
        for (k, (x, y)) in snapshot.iter().zip(blk.as_bytes()).enumerate() {
            if x != y {
                assert!(
                    (off..off + len).contains(&k),
                    "{b:?} write changed byte {k:#x}"
                );
            }
        }
        // Fields narrower than 64 bits keep the low bits.
        let mask = if len >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * len)) - 1
        };
        assert_eq!(after & mask, v & mask, "{b:?} did not read back");
    }

    // The same bytes as the other two blocks.
    let sa = SaveArea::read_from_bytes(&original).expect("4096 bytes");
    assert_eq!(sa.as_bytes(), &original[..]);
    let q = QaafQmcBlock::read_from_bytes(&original).expect("4096 bytes");
    assert_eq!(q.as_bytes(), &original[..]);
    for idx in [0u16, 2, 0x22, 0x1fd, 0x1fe, u16::MAX] {
        let _ = q.reg(idx);
    }
    let _ = (q.ssdf(), q.ssaf(), q.maxncpu(), q.reserved_is_zero());
});
