//! Exit decoding: codes against posted `kvm_host_arm64_types.h`/`handle_exit.c`, totality on
//! arbitrary bytes, unknown codes
//! kept, the TEID's derived LSB-0 positions, and the ESR classes the exit handler uses.

mod common;

use arm64_uapi::regs;
use common::Rng;
use sae_abi::esr::{Esr, EsrExt, ExceptionClass, Syndrome};
use sae_abi::exit::{
    self, FetchStore, PgmCode, ProgramInterruptionCode, Teid, TimerReason, decode,
};
use sae_abi::{Icptr, Interception, SaeControlBlock, Vir};
use zerocopy::IntoBytes;

#[test]
fn icptr_codes_are_the_posted_values() {
    let posted = [
        (0x00, Icptr::Spurious),
        (0x01, Icptr::Validity),
        (0x02, Icptr::HostAccessException),
        (0x03, Icptr::SynchronousException),
        (0x04, Icptr::Timer),
        (0x05, Icptr::PeIntercomm),
        (0x06, Icptr::GuestAddressSize),
        (0x07, Icptr::Stop),
        // 0x08: SAE_ICPTR_MIO_ADDRESS in the kvms390 tree, SYSTEM_REGISTER when posted.
        (0x08, Icptr::MioAddress),
        (0x09, Icptr::Pmu),
        (0x0a, Icptr::Maintenance),
    ];
    for (v, c) in posted {
        assert_eq!(Icptr::from(v), c);
        assert_eq!(u8::from(c), v);
    }
    assert_eq!(Icptr::SYSTEM_REGISTER, Icptr::MioAddress);
    assert_eq!(Icptr::from(0x08).c_name(), Some("SAE_ICPTR_MIO_ADDRESS"));
    for v in 0x0b..=0xff {
        assert_eq!(Icptr::from(v), Icptr::Other(v));
    }
}

#[test]
fn vir_codes_are_the_posted_values() {
    let posted = [
        (0x00, Vir::Unknown),
        (0x01, Vir::UnsuppFormat),
        (0x02, Vir::MsoBounds),
        (0x03, Vir::Msla),
        (0x04, Vir::Mgpas),
        (0x05, Vir::InvalSysreg),
        (0x06, Vir::HostControl),
        (0x07, Vir::Sca),
        (0x08, Vir::MsoAlign),
        (0x09, Vir::Hlc),
        (0x0a, Vir::Irptc),
    ];
    for (v, c) in posted {
        assert_eq!(Vir::from(v), c);
    }
}

#[test]
fn every_code_survives_a_round_trip() {
    for v in 0..=u8::MAX {
        let mut b = SaeControlBlock::new();
        b.set_icptr(Icptr::from(v));
        assert_eq!(b.as_bytes()[0x80], v);
        assert_eq!(u8::from(b.icptr()), v);
        assert_eq!(u8::from(b.interception().icptr()), v);
    }
    for v in 0..=u16::MAX {
        assert_eq!(u16::from(Vir::from(v)), v);
    }
    for v in 0..=u8::MAX {
        let ec = v & 0x3f;
        match Esr::new().with_ec(ec).class() {
            Ok(c) => assert_eq!(u8::from(c), ec),
            Err(raw) => assert_eq!(raw.0, ec),
        }
        assert_eq!(u8::from(PgmCode::from(v)), v);
    }
}

#[test]
fn decoding_any_icptr_and_detail_bytes_is_total() {
    let mut rng = Rng::new(3);
    let mut details = [0u8; 64];
    for round in 0..64 {
        if round > 0 {
            rng.fill(&mut details);
        }
        for code in 0..=u8::MAX {
            let i = decode(code, &details);
            assert_eq!(u8::from(i.icptr()), code);
            // Everything a handler would touch: no panic, values taken from the bytes.
            match i {
                Interception::Validity(v) => {
                    assert_eq!(u16::from(v), u16::from_be_bytes([details[0], details[1]]))
                }
                Interception::HostAccessException(h) => {
                    let esr = h.esr_elz();
                    let _ = (esr.class(), esr.syndrome(), esr.iss(), esr.il(), esr.iss2());
                    let _ = (h.pic().code(), h.pic().per(), h.teid().fetch_store());
                    let _ = (
                        h.fault_ipa(),
                        h.mmio_address(),
                        h.is_write_fault(),
                        h.gltl(),
                    );
                    assert_eq!(i.esr(), Some(esr));
                }
                Interception::SynchronousException(t) => {
                    let _ = t.esr_elz().syndrome();
                    assert_eq!(
                        i.far(),
                        Some(u64::from_be_bytes(details[0x18..0x20].try_into().unwrap()))
                    );
                }
                Interception::Timer(t) => assert_eq!(t.0, details[0]),
                // kvms390 tree: the size-fault exit reads the host-access view.
                Interception::GuestAddressSize(h) => {
                    assert_eq!(code, 0x06);
                    assert_eq!(
                        i.far(),
                        Some(u64::from_be_bytes(details[0x18..0x20].try_into().unwrap()))
                    );
                    assert_eq!(
                        h.esr_elz().into_bits(),
                        u64::from_be_bytes(details[0..8].try_into().unwrap())
                    );
                    assert_eq!(
                        h.teid().into_bits(),
                        u64::from_be_bytes(details[0x10..0x18].try_into().unwrap())
                    );
                }
                Interception::Spurious | Interception::NoDetail(_) => {
                    assert_eq!(i.esr(), None)
                }
                _ => unreachable!("new variant"),
            }
        }
    }
}

#[test]
fn host_access_and_trap_share_esr_and_far_offsets() {
    let mut b = SaeControlBlock::new();
    b.host_access_mut().set_esr_elz(Esr::from_bits(0x9200_0046));
    b.host_access_mut().set_far_elz(0xdead_beef);
    b.set_icptr(Icptr::SynchronousException);
    let i = b.interception();
    assert_eq!(i.esr(), Some(Esr::from_bits(0x9200_0046)));
    assert_eq!(i.far(), Some(0xdead_beef));
    b.set_icptr(Icptr::HostAccessException);
    assert_eq!(b.interception().esr(), Some(Esr::from_bits(0x9200_0046)));
}

#[test]
fn teid_lsb0_positions() {
    // addr = val >> 12, fsi = (val >> 10) & 3, b56 = bit 7, b60 = bit 3, b61 = bit 2,
    // as = bits 1..0 (derived from the MSB-first C bitfield declaration in
    // `kvm_host_arm64_types.h`).
    let t = Teid::from_bits(0x0123_4567_89ab_c000 | (1 << 10));
    assert_eq!(t.addr(), 0x0000_1234_5678_9abc);
    assert_eq!(t.address(), 0x0123_4567_89ab_c000);
    assert_eq!(t.fsi(), 1);
    assert_eq!(t.fetch_store(), FetchStore::Store);
    assert!(!t.b56() && !t.b60() && !t.b61());
    assert_eq!(t.asce_id(), 0);
    assert_eq!(Teid::from_bits(2 << 10).fetch_store(), FetchStore::Fetch);
    assert_eq!(Teid::from_bits(3 << 10).fetch_store(), FetchStore::Other(3));
    assert!(Teid::from_bits(1 << 7).b56());
    assert!(Teid::from_bits(1 << 3).b60());
    assert!(Teid::from_bits(1 << 2).b61());
    assert_eq!(Teid::from_bits(3).asce_id(), 3);
    // Bits 9:8 and 6:4 are unnamed: setting them changes no field.
    let t = Teid::from_bits(0x370);
    assert_eq!(
        (t.addr(), t.fsi(), t.b56(), t.b60(), t.b61(), t.asce_id()),
        (0, 0, false, false, false, 0)
    );
}

#[test]
fn host_access_fault_address_and_direction() {
    let mut b = SaeControlBlock::new();
    let h = b.host_access_mut();
    h.set_teid(Teid::from_bits(0x0000_0000_8765_4000 | (2 << 10) | 1));
    h.set_far_elz(0xffff_0000_1234_5abc);
    h.set_pic(ProgramInterruptionCode(0x0011));
    assert_eq!(h.fault_ipa(), 0x8765_4000);
    assert_eq!(h.mmio_address(), 0x8765_4abc);
    assert!(!h.is_write_fault(), "page translation on a fetch");
    assert!(h.pic().code().is_translation());
    h.set_pic(ProgramInterruptionCode(0x0084));
    assert_eq!(h.pic().code(), PgmCode::Protection);
    assert!(h.pic().per());
    assert!(h.is_write_fault(), "protection is a write");
    h.set_pic(ProgramInterruptionCode(0x0010));
    h.set_teid(Teid::from_bits(1 << 10));
    assert!(h.is_write_fault(), "fsi = store is a write");
    let codes = [
        (0x04, PgmCode::Protection),
        (0x10, PgmCode::SegmentTranslation),
        (0x11, PgmCode::PageTranslation),
        (0x38, PgmCode::AsceType),
        (0x39, PgmCode::RegionFirstTranslation),
        (0x3a, PgmCode::RegionSecondTranslation),
        (0x3b, PgmCode::RegionThirdTranslation),
    ];
    for (v, c) in codes {
        assert_eq!(ProgramInterruptionCode(v).code(), c);
    }
}

#[test]
fn timer_reason_bits() {
    assert!(TimerReason(0x40).virt() && !TimerReason(0x40).phys());
    assert!(TimerReason(0x80).phys() && !TimerReason(0x80).virt());
    assert_eq!(TimerReason(0xff).unknown_bits(), 0x3f);
    let mut b = SaeControlBlock::new();
    b.set_icptr(Icptr::Timer);
    b.timer_mut().set_tir(TimerReason(0x80));
    assert_eq!(b.interception(), Interception::Timer(TimerReason(0x80)));
    assert_eq!(b.icptd()[0], 0x80);
}

#[test]
fn validity_exit_carries_vir() {
    let mut b = SaeControlBlock::new();
    b.set_icptr(Icptr::Validity);
    b.icptd_mut()[..2].copy_from_slice(&[0x00, 0x0a]);
    assert_eq!(b.interception(), Interception::Validity(Vir::Irptc));
    b.icptd_mut()[..2].copy_from_slice(&[0x12, 0x34]);
    assert_eq!(b.interception(), Interception::Validity(Vir::Other(0x1234)));
}

#[test]
fn esr_fields_and_dispatch() {
    use sae_abi::esr::Conduit;
    // HVC #0 from AArch64: EC 0x16, IL 1.
    let hvc = Esr::from_bits(0x5a00_0000);
    assert_eq!(hvc.ec(), 0x16);
    assert!(hvc.il());
    let hc = |conduit, aarch32, imm| Syndrome::Hypercall {
        conduit,
        aarch32,
        imm,
    };
    assert_eq!(hvc.syndrome(), hc(Conduit::Hvc, false, 0));
    assert_eq!(
        Esr::from_bits(0x5e00_1234).syndrome(),
        hc(Conduit::Smc, false, 0x1234)
    );
    // HVC32 (0x12) and SMC32 (0x13), which the hand-written copy did not decode.
    assert_eq!(
        Esr::from_bits(0x4a00_0001).syndrome(),
        hc(Conduit::Hvc, true, 1)
    );
    assert_eq!(
        Esr::from_bits(0x4e00_0000).syndrome(),
        hc(Conduit::Smc, true, 0)
    );
    // MRS X3, SCTLR_EL1 trapped: EC 0x18, ISS from the arm64-uapi encoding, Rt 3, read.
    let iss = regs::SCTLR_EL1::ENCODING.esr_iss() | (3 << 5) | 1;
    let sys = Esr::new()
        .with_ec(ExceptionClass::SYS64.into())
        .with_il(true)
        .with_iss(iss);
    assert_eq!(sys.into_bits(), 0x6230_0461);
    let Syndrome::Sys64(s) = sys.syndrome() else {
        panic!("not SYS64")
    };
    assert_eq!(s.encoding(), regs::SCTLR_EL1::ENCODING);
    assert_eq!((s.rt(), s.is_read()), (3, true));
    // Data abort from a lower EL: ISV, SAS = 2 (word), SRT = 5, WnR, DFSC 0x07 (L3 translation).
    let dabt = Esr::from_bits(0x9380_0047);
    assert_eq!(dabt.class(), Ok(ExceptionClass::DABT_LOW));
    let Syndrome::DataAbortLowerEl(d) = dabt.syndrome() else {
        panic!("not DABT_LOW")
    };
    assert!(d.isv() && d.wnr() && !d.sf());
    assert_eq!((d.sas(), d.srt(), d.dfsc()), (2, 0, 7));
    let Syndrome::DataAbortLowerEl(d) = Esr::from_bits(0x9385_0047).syndrome() else {
        panic!()
    };
    assert_eq!(d.srt(), 5);
    // Instruction abort from a lower EL with S1PTW.
    let Syndrome::InstructionAbortLowerEl(i) = Esr::from_bits(0x8200_0086).syndrome() else {
        panic!("not IABT_LOW")
    };
    assert!(i.s1ptw());
    assert_eq!(i.ifsc(), 6);
    assert_eq!(
        Esr::from_bits(0x9600_0000).syndrome(),
        Syndrome::Other(0x25)
    );
    assert_eq!(
        Esr::from_bits(0xfc00_0000).class(),
        Err(arm64_uapi::Unknown(0x3f))
    );
    // EC 0x0a (OTHER) and 0x2d (GCS) are allocated in Linux's esr.h.
    assert_eq!(Esr::new().with_ec(0x0a).class(), Ok(ExceptionClass::OTHER));
    assert_eq!(Esr::new().with_ec(0x2d).class(), Ok(ExceptionClass::GCS));
}

#[test]
fn detail_views_over_arbitrary_bytes() {
    let mut rng = Rng::new(11);
    let mut d = [0u8; 64];
    rng.fill(&mut d);
    let h = exit::host_access(&d);
    assert_eq!(h.pic().0, u16::from_be_bytes([d[14], d[15]]));
    assert_eq!(h.gltl(), d[0x30]);
    let mut e = d;
    exit::trap_mut(&mut e).set_far_elz(0);
    assert_eq!(&e[0x18..0x20], &[0; 8]);
    assert_eq!(&e[..0x18], &d[..0x18]);
    assert_eq!(&e[0x20..], &d[0x20..]);
}
