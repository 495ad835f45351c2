//! Instruction encodings against posted `sae.h` (v1–v4): opcodes, RRE and RIE-h bit layouts, and
//! the
//! decoder as their inverse.

use arm64_uapi::regs;
use sae_abi::insn::{Format, Gpr, Instruction, M4, Opcode};
use sae_abi::{Error, layout};

fn r(n: u8) -> Gpr {
    Gpr::new(n).unwrap()
}

#[test]
fn opcodes() {
    let want = [
        (Opcode::Sae, 0xb9a5, Format::Rre, "sae"),
        (Opcode::Lasrm, 0xb9a6, Format::Rre, "lasrm"),
        (Opcode::Stiasrm, 0xb9a7, Format::Rre, "stiasrm"),
        (Opcode::Qaaf, 0xb9ad, Format::Rre, "qaaf"),
        (Opcode::Sasr, 0xed99, Format::RieH, "sasr"),
        (Opcode::Easr, 0xed9b, Format::RieH, "easr"),
    ];
    for (op, v, f, m) in want {
        assert_eq!((op.value(), op.format(), op.mnemonic()), (v, f, m));
        assert_eq!(Opcode::try_from(v), Ok(op));
    }
}

#[test]
fn rre_bytes() {
    assert_eq!(
        Instruction::Sae { r1: r(2) }.encode().as_bytes(),
        &[0xb9, 0xa5, 0x00, 0x20]
    );
    assert_eq!(
        Instruction::Lasrm { r1: r(1) }.encode().as_bytes(),
        &[0xb9, 0xa6, 0x00, 0x10]
    );
    assert_eq!(
        Instruction::Stiasrm { r1: r(15) }.encode().as_bytes(),
        &[0xb9, 0xa7, 0x00, 0xf0]
    );
    assert_eq!(
        Instruction::Qaaf { r1: r(3) }.encode().as_bytes(),
        &[0xb9, 0xad, 0x00, 0x30]
    );
}

#[test]
fn rie_h_bytes() {
    // EASR %r1,%r3,SCTLR_EL1 (I2 = 0xc080),8: ED 1|0 3|C 08 0|8 9B.
    let easr = Instruction::Easr {
        r1: r(1),
        r3: r(3),
        reg: regs::SCTLR_EL1::SAE_ID,
        m4: M4::EASR_SAVE_AREA,
    };
    assert_eq!(
        easr.encode().as_bytes(),
        &[0xed, 0x10, 0x3c, 0x08, 0x08, 0x9b]
    );
    // SASR with every field distinct: R1 = 10, R3 = 5, I2 = 0xabcd, M4 = 7.
    let sasr = Instruction::Sasr {
        r1: r(10),
        r3: r(5),
        reg: 0xabcd,
        m4: M4::new(7).unwrap(),
    };
    assert_eq!(
        sasr.encode().as_bytes(),
        &[0xed, 0xa0, 0x5a, 0xbc, 0xd7, 0x99]
    );
    assert_eq!(M4::LOADED.bits(), 0);
    assert_eq!(M4::SASR_SAVE_AREA.bits(), layout::SASR_FLAG_INITIALIZED);
    assert_eq!(M4::SASR_SAVE_AREA.bits(), 0x8);
}

#[test]
fn decode_inverts_encode_for_every_operand() {
    for n in 0..16 {
        for insn in [
            Instruction::Sae { r1: r(n) },
            Instruction::Lasrm { r1: r(n) },
            Instruction::Stiasrm { r1: r(n) },
            Instruction::Qaaf { r1: r(n) },
        ] {
            let e = insn.encode();
            assert_eq!(Instruction::decode(e.as_bytes()), Ok((insn, 4)));
        }
    }
    let mut reg = 1u16;
    for n in 0..16u8 {
        for m in 0..16u8 {
            reg = reg.wrapping_mul(31).wrapping_add(0x1235);
            for insn in [
                Instruction::Sasr {
                    r1: r(n),
                    r3: r(15 - n),
                    reg,
                    m4: M4::new(m).unwrap(),
                },
                Instruction::Easr {
                    r1: r(15 - n),
                    r3: r(n),
                    reg,
                    m4: M4::new(m).unwrap(),
                },
            ] {
                let mut bytes = insn.encode().as_bytes().to_vec();
                bytes.extend_from_slice(&[0xff, 0xff]);
                assert_eq!(Instruction::decode(&bytes), Ok((insn, 6)));
            }
        }
    }
}

#[test]
fn decode_rejects_other_bytes_without_panicking() {
    assert_eq!(Instruction::decode(&[]), Err(Error::Truncated));
    assert_eq!(
        Instruction::decode(&[0xb9, 0xa5, 0x00]),
        Err(Error::Truncated)
    );
    assert_eq!(
        Instruction::decode(&[0xed, 0x10, 0x3c, 0x08, 0x08]),
        Err(Error::Truncated)
    );
    // Nonzero R2 / reserved bits / other opcodes.
    assert_eq!(
        Instruction::decode(&[0xb9, 0xa5, 0x00, 0x21]),
        Err(Error::UnknownInstruction)
    );
    assert_eq!(
        Instruction::decode(&[0xb9, 0xa5, 0x01, 0x20]),
        Err(Error::UnknownInstruction)
    );
    assert_eq!(
        Instruction::decode(&[0xed, 0x11, 0x3c, 0x08, 0x08, 0x9b]),
        Err(Error::UnknownInstruction)
    );
    assert_eq!(
        Instruction::decode(&[0xb9, 0xa4, 0x00, 0x20]),
        Err(Error::UnknownInstruction)
    );
    assert_eq!(
        Instruction::decode(&[0x07, 0x07]),
        Err(Error::UnknownInstruction)
    );
    // Every first two bytes with arbitrary tails: total.
    for a in 0..=255u8 {
        for b in 0..=255u8 {
            let _ = Instruction::decode(&[a, b, b, a, a ^ b, b]);
            let _ = Instruction::decode(&[a, b]);
        }
    }
    assert_eq!(Gpr::new(16), Err(Error::InvalidGpr(16)));
    assert!(M4::new(16).is_err());
}

#[test]
fn assembler_text() {
    let sae = Instruction::Sae { r1: r(2) };
    assert_eq!(sae.to_string(), "sae %r2");
    assert_eq!(sae.directive().to_string(), ".insn rre,0xb9a50000,%r2,0");
    assert_eq!(
        Instruction::Stiasrm { r1: r(1) }.directive().to_string(),
        ".insn rre,0xb9a70000,%r1,0"
    );
    let easr = Instruction::Easr {
        r1: r(1),
        r3: r(3),
        reg: 0xc080,
        m4: M4::EASR_SAVE_AREA,
    };
    assert_eq!(easr.to_string(), "easr %r1,%r3,0xc080,8");
    assert_eq!(
        easr.directive().to_string(),
        ".byte 0xed,0x10,0x3c,0x08,0x08,0x9b"
    );
}
