//! The generated register API against facts from the Arm ARM (encodings as `llvm-mc` assembles
//! them; KVM ids per `ARM64_SYS_REG()` in Linux 6.12 `arch/arm64/include/uapi/asm/kvm.h`) and
//! its own invariants.

use arm64_uapi::regs;
use arm64_uapi::sysreg::{self, Encoding};

#[test]
fn one_register_several_encodings() {
    // (register, KVM low 16, sys_reg, MRS X0 word, ESR ISS for EC 0x18)
    let rows = [
        (
            regs::MPIDR_EL1::ENCODING,
            0xc005,
            0x1800a0,
            0xd53800a0,
            0x3a0000,
        ),
        (
            regs::SCTLR_EL1::ENCODING,
            0xc080,
            0x181000,
            0xd5381000,
            0x300400,
        ),
        (
            regs::CNTVCT_EL0::ENCODING,
            0xdf02,
            0x1be040,
            0xd53be040,
            0x34f800,
        ),
        (
            regs::MDSCR_EL1::ENCODING,
            0x8012,
            0x100240,
            0xd5300240,
            0x240004,
        ),
    ];
    for (e, low16, sys, mrs, iss) in rows {
        assert_eq!(arm64_uapi::kvm::arm64_sys_reg(e) & 0xffff, low16, "{e:?}");
        assert_eq!(e.sys_reg(), sys, "{e:?}");
        assert_eq!(e.mrs(0), mrs, "{e:?}");
        assert_eq!(e.esr_iss(), iss, "{e:?}");
        assert_eq!(Encoding::from_esr_iss(iss), e);
        assert_eq!(Encoding::from_sys_reg(sys), e);
        assert_eq!(Encoding::from_sae_id(e.sae_id()), e);
        assert_eq!(u32::from(e.sae_id()), sys >> 5);
    }
    assert_eq!(regs::MPIDR_EL1::MRS, 0xd53800a0);
    assert_eq!(
        regs::MPIDR_EL1::MSR | 3,
        0xd51800a3,
        "MSR MPIDR_EL1, X3 encodes L=0"
    );
    assert_eq!(
        regs::MPIDR_EL1::SAE_ID,
        0xc005,
        "EASR/SASR id = sys_reg >> 5"
    );
}

#[test]
fn timer_quirk_is_applied_to_the_generated_ids() {
    use arm64_uapi::kvm::*;
    assert_eq!(regs::CNTVCT_EL0::KVM_ONE_REG_ID, KVM_REG_ARM_TIMER_CNT);
    assert_eq!(regs::CNTV_CVAL_EL0::KVM_ONE_REG_ID, KVM_REG_ARM_TIMER_CVAL);
    assert_eq!(regs::CNTV_CTL_EL0::KVM_ONE_REG_ID, KVM_REG_ARM_TIMER_CTL);
    assert_ne!(
        regs::CNTVCT_EL0::KVM_ONE_REG_ID,
        arm64_sys_reg(regs::CNTVCT_EL0::ENCODING)
    );
    assert_eq!(regs::CNTPCT_EL0::KVM_ONE_REG_ID, KVM_REG_ARM_PTIMER_CNT);
}

#[test]
fn table_lookups() {
    let all = sysreg::all();
    assert!(all.len() > 100, "{} registers", all.len());
    assert!(
        all.windows(2)
            .all(|w| (w[0].encoding.sys_reg(), w[0].name) <= (w[1].encoding.sys_reg(), w[1].name))
    );
    for r in all {
        assert_eq!(sysreg::by_name(r.name).map(|x| x.name), Some(r.name));
        assert!(
            sysreg::by_encoding(r.encoding)
                .iter()
                .any(|x| x.name == r.name)
        );
        let l = r.layout;
        let covered = l
            .fields
            .iter()
            .fold(l.res0 | l.res1 | l.unkn | l.raz, |m, f| {
                assert_eq!(m & f.mask(), 0, "{}.{} overlaps", r.name, f.name);
                m | f.mask()
            });
        assert_eq!(covered, u64::MAX, "{}: every bit described", r.name);
    }
    assert_eq!(
        sysreg::by_name("MPIDR_EL1").map(|r| r.encoding),
        Some(regs::MPIDR_EL1::ENCODING)
    );
    assert!(sysreg::by_name("NO_SUCH_REG").is_none());
    assert!(sysreg::by_encoding(Encoding::new(0, 7, 15, 15, 7)).is_empty());
}

#[test]
fn fields_and_values() {
    use regs::ID_AA64PFR0_EL1 as R;
    assert_eq!(R::CSV3::SHIFT, 60);
    assert_eq!(R::CSV3::WIDTH, 4);
    assert_eq!(R::CSV3::MASK, 0xf000_0000_0000_0000);
    assert_eq!(R::CSV3::IMP, 1);
    const { assert!(!R::CSV3::SIGNED) };
    const { assert!(R::FP::SIGNED, "FP is a signed ID field") };
    assert_eq!(R::FP::NI, 0b1111);
    // Signed read of FP = NI is -1.
    let v = R::FP::FIELD.prep(R::FP::NI);
    assert_eq!(R::FP::FIELD.get_signed(v), -1);
    assert_eq!(regs::CTR_EL0::RES1, 1 << 31);
}

#[cfg(feature = "typed")]
#[test]
fn typed_values_and_enums() {
    use regs::ID_AA64PFR0_EL1 as R;
    let v = R::FP::FIELD.prep(R::FP::NI);
    assert_eq!(R::Value::from_bits(v).fp(), -1);
    // num_enum round trip; an unknown value is an error, not a panic.
    assert_eq!(R::CSV3::Enum::try_from(1u8).map(u8::from), Ok(1));
    assert!(R::CSV3::Enum::try_from(7u8).is_err());
    // The bitfield value agrees with the field constants.
    let v = R::Value::new().with_csv3(R::CSV3::IMP as u8);
    assert_eq!(v.into_bits(), R::CSV3::FIELD.prep(R::CSV3::IMP));
    // The typed accessor reads the same bits as the enum.
    assert_eq!(v.csv3_enum(), Ok(R::CSV3::Enum::IMP));
    assert!(R::Value::new().with_csv3(7).csv3_enum().is_err());
    // CTR_EL0 bit 31 is RES1 (Arm ARM D24.2.36); Value::new() carries it.
    assert_eq!(regs::CTR_EL0::Value::new().into_bits(), 1 << 31);
    assert_eq!(regs::CTR_EL0::Value::from_bits(0).into_bits(), 0);
}

/// The recorded hash is that of the shipped definitions, as coreutils `sha256sum` computes it
/// (skipped where `sha256sum` is missing). The build script refused any other text.
#[test]
fn generated_code_records_the_definitions_hash() {
    if option_env!("ARM64_UAPI_SYSREG").is_some() || option_env!("ARM64_UAPI_SMCCC").is_some() {
        return; // built from other definitions
    }
    let dir = env!("CARGO_MANIFEST_DIR");
    for (file, recorded) in [
        ("defs/sysreg", regs::SOURCE_SHA256),
        ("defs/smccc", arm64_uapi::smccc::SOURCE_SHA256),
    ] {
        let Ok(out) = std::process::Command::new("sha256sum")
            .arg(format!("{dir}/{file}"))
            .output()
        else {
            eprintln!("sha256sum not found: skipped");
            return;
        };
        let text = String::from_utf8_lossy(&out.stdout);
        let theirs = text.split_whitespace().next().unwrap_or_default();
        assert_eq!(recorded, theirs, "{file}");
    }
    assert_eq!(regs::SOURCE, "defs/sysreg");
}

#[test]
fn smccc_function_id_decode() {
    use arm64_uapi::smccc::{self, FunctionId, Mitigation, PSCI};
    let id = PSCI::CPU_ON_64;
    assert_eq!(id.0, 0xC400_0003, "DEN0022: CPU_ON SMC64");
    assert!(id.is_fast() && id.is_64());
    assert_eq!(id.owner(), smccc::owner::STANDARD);
    assert_eq!(id.number(), 3);
    assert_eq!(id.with_64(false), PSCI::CPU_ON_32);
    assert_eq!(
        FunctionId::from_x0(0xdead_beef_8400_0003),
        PSCI::CPU_ON_32,
        "upper half of x0 ignored"
    );
    let hinted = FunctionId(PSCI::CPU_ON_64.0 | smccc::SVE_HINT);
    assert!(hinted.sve_hint());
    assert_eq!(hinted.without_hints(), PSCI::CPU_ON_64);
    assert_eq!(FunctionId(0x8040_0000).reserved_bits(), 0x0040_0000);
    assert_eq!(
        PSCI::Function::try_from(0x8400_0003),
        Ok(PSCI::Function::CPU_ON_32)
    );
    assert!(PSCI::Function::try_from(0x8400_0016).is_err());
    assert_eq!(
        smccc::lookup(PSCI::SYSTEM_OFF2_64).map(|d| d.name),
        Some("SYSTEM_OFF2_64")
    );
    assert!(smccc::lookup(FunctionId(0x8400_0016)).is_none());
    assert!(
        smccc::FUNCTIONS.windows(2).all(|w| w[0].id < w[1].id),
        "sorted, unique"
    );
    assert_eq!(
        Mitigation::from_function_id(smccc::ARCH::WORKAROUND_2),
        Some(Mitigation::WORKAROUND_2)
    );
    assert_eq!(Mitigation::WORKAROUND_1.function_id().0, 0x8000_8000);
    assert_eq!(Mitigation::ALL.len(), 4);
    assert_eq!(
        smccc::ret::PSCI::Code::try_from(-4),
        Ok(smccc::ret::PSCI::Code::ALREADY_ON)
    );
    assert_eq!(smccc::KVM::UID_REG_0, 0xb66f_b428);
}

/// The README's "Use it from your VMM" code is this crate's front-page doctest, line for line,
/// so the code a reader copies is code that compiled and ran (skipped outside the repository).
#[test]
fn readme_example_is_the_front_page_doctest() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let Ok(readme) = std::fs::read_to_string(format!("{dir}/../../README.md")) else {
        return;
    };
    let lib = std::fs::read_to_string(format!("{dir}/src/lib.rs")).unwrap();
    let section = readme
        .split("## Use it from your VMM")
        .nth(1)
        .expect("README section");
    let code: Vec<&str> = section
        .split("```rust\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("rust block")
        .lines()
        .collect();
    let doc: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .skip_while(|l| *l != "```")
        .skip(1)
        .take_while(|l| *l != "```")
        .collect();
    assert_eq!(code, doc);
    assert!(code.len() <= 12, "the README promises about ten lines");
}

#[test]
fn sysreg_ids_resolve_back_to_their_encoding() {
    use arm64_uapi::kvm::*;
    // The inverse undoes KVM's timer swap.
    assert_eq!(
        sysreg_encoding(KVM_REG_ARM_TIMER_CNT),
        regs::CNTVCT_EL0::ENCODING
    );
    assert_eq!(
        sysreg_encoding(KVM_REG_ARM_TIMER_CVAL),
        regs::CNTV_CVAL_EL0::ENCODING
    );
    assert_eq!(
        sysreg_id_fields(KVM_REG_ARM_TIMER_CNT),
        regs::CNTV_CVAL_EL0::ENCODING
    );
    for r in sysreg::all() {
        let id = one_reg_id(r.encoding);
        assert_eq!(sysreg_encoding(id), r.encoding, "{}", r.name);
        assert_eq!(
            resolve_reg_id(id),
            Ok(RegId::SysReg(r.encoding)),
            "{}",
            r.name
        );
        assert!(
            sysreg::by_encoding(sysreg_encoding(id))
                .iter()
                .any(|x| x.name == r.name),
            "{}",
            r.name
        );
    }
}

#[test]
fn every_id_kind_resolves() {
    use arm64_uapi::kvm::*;
    let mut core = vec![];
    core.extend((0..31).map(CoreReg::X));
    core.extend([
        CoreReg::Sp,
        CoreReg::Pc,
        CoreReg::Pstate,
        CoreReg::SpEl1,
        CoreReg::ElrEl1,
    ]);
    core.extend((0..5).map(CoreReg::Spsr));
    core.extend((0..32).map(CoreReg::V));
    core.extend([CoreReg::Fpsr, CoreReg::Fpcr]);
    for r in core {
        assert_eq!(resolve_reg_id(r.id()), Ok(RegId::Core(r)), "{r:?}");
        // The same word offset with another size is not that register.
        let other = (r.id() & !KVM_REG_SIZE_MASK) | KVM_REG_SIZE_U8;
        assert_eq!(resolve_reg_id(other), Err(RegIdError::BadSize), "{r:?}");
    }
    // A word inside X0 is no register.
    assert_eq!(
        resolve_reg_id(core_x(0) + 1),
        Err(RegIdError::NotACoreRegister)
    );
    for (id, want) in [
        (KVM_REG_ARM_PSCI_VERSION, RegId::Firmware(0)),
        (KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3, RegId::Firmware(3)),
        (KVM_REG_ARM_VENDOR_HYP_BMAP_2, RegId::FwFeatBmap(3)),
        (
            KVM_REG_ARM64_SVE_ZREG(31, 0),
            RegId::SveZ { n: 31, slice: 0 },
        ),
        (
            KVM_REG_ARM64_SVE_PREG(15, 1),
            RegId::SveP { n: 15, slice: 1 },
        ),
        (KVM_REG_ARM64_SVE_FFR(0), RegId::SveFfr(0)),
        (KVM_REG_ARM64_SVE_VLS, RegId::SveVls),
        (
            KVM_REG_ARM64 | KVM_REG_SIZE_U32 | KVM_REG_ARM_DEMUX | KVM_REG_ARM_DEMUX_ID_CCSIDR | 3,
            RegId::Ccsidr(3),
        ),
    ] {
        assert_eq!(resolve_reg_id(id), Ok(want), "{id:#x}");
    }
    assert_eq!(resolve_reg_id(KVM_REG_X86 | 1), Err(RegIdError::NotArm64));
    assert_eq!(
        resolve_reg_id(KVM_REG_ARM64 | KVM_REG_SIZE_U64 | (0x12 << KVM_REG_ARM_COPROC_SHIFT)),
        Err(RegIdError::UnknownGroup(0x12))
    );
    assert_eq!(
        resolve_reg_id(KVM_REG_ARM_PSCI_VERSION & !KVM_REG_SIZE_MASK | KVM_REG_SIZE_U32),
        Err(RegIdError::BadSize)
    );
}

#[test]
// `kvm_run` is in the host's byte order: the expected bytes are the host's.
#[allow(clippy::host_endian_bytes)]
fn kvm_run_views_round_trip() {
    use arm64_uapi::kvm::*;
    let mut run = kvm_run::default();
    let m = kvm_run_mmio {
        phys_addr: 0x0900_0000,
        data: [1, 2, 3, 4, 0, 0, 0, 0],
        len: 4,
        is_write: 1,
        __pad: [0; 3],
    };
    run.set_mmio(&m);
    assert_eq!(run.mmio(), m);
    // The union bytes are the C member's bytes at offset 32 of kvm_run.
    let mut bytes = vec![0xa5; kvm_run::SIZE];
    run.write_ne(&mut bytes).unwrap();
    assert_eq!(&bytes[32..40], &0x0900_0000u64.to_ne_bytes());
    assert_eq!(&bytes[40..44], &[1, 2, 3, 4]);
    assert_eq!(&bytes[48..52], &4u32.to_ne_bytes());
    assert_eq!(bytes[52], 1);
    assert!(bytes[53..288].iter().all(|&b| b == 0));
    assert_eq!(kvm_run::read_ne(&bytes), Some(run));
    assert_eq!(kvm_run::read_ne(&bytes[1..]), None);
    assert_eq!(run.write_ne(&mut bytes[1..]), None);
    let mut data = [0; 16];
    data[0] = KVM_SYSTEM_EVENT_RESET_FLAG_PSCI_RESET2;
    let ev = kvm_run_system_event {
        type_: KVM_SYSTEM_EVENT_RESET,
        ndata: 1,
        data,
    };
    run.set_system_event(&ev);
    assert_eq!(run.system_event(), ev);
    // Another view reads the same bytes: `type` and `ndata` are the first u64 of mmio.
    let mut head = [0u8; 8];
    head[..4].copy_from_slice(&KVM_SYSTEM_EVENT_RESET.to_ne_bytes());
    head[4..].copy_from_slice(&1u32.to_ne_bytes());
    assert_eq!(run.mmio().phys_addr, u64::from_ne_bytes(head));
}

#[test]
fn stolen_time_words_are_little_endian() {
    use arm64_uapi::kvm::{Bytes, pvclock_vcpu_stolen_time as St};
    let mut bytes = [0u8; 64];
    bytes[..4].copy_from_slice(&[1, 0, 0, 0]);
    bytes[8..16].copy_from_slice(&[0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11]);
    let st = St::read_ne(&bytes).unwrap();
    assert_eq!(st.revision.get(), 1);
    assert_eq!(st.stolen_time.get(), 0x1122_3344_5566_7788);
    let mut back = [0xffu8; 64];
    st.write_ne(&mut back).unwrap();
    assert_eq!(back, bytes);
}

/// `kvm::Bytes` against `zerocopy`'s derives: the same bytes both ways for structures with
/// every kind of field (nested structures, arrays, `u128`, `i16`, `Le64`, unions).
#[cfg(feature = "zerocopy")]
#[test]
fn bytes_agree_with_zerocopy() {
    use arm64_uapi::kvm::*;
    use zerocopy::{FromBytes, Immutable, IntoBytes};
    fn check<T: Bytes + FromBytes + IntoBytes + Immutable + PartialEq + core::fmt::Debug>() {
        assert_eq!(T::SIZE, core::mem::size_of::<T>());
        let pattern: Vec<u8> = (0..T::SIZE).map(|i| (i * 7 + 3) as u8).collect();
        let ours = T::read_ne(&pattern).unwrap();
        let theirs = T::read_from_bytes(&pattern).unwrap();
        assert_eq!(ours, theirs);
        let mut out = vec![0; T::SIZE];
        ours.write_ne(&mut out).unwrap();
        assert_eq!(out, theirs.as_bytes());
        assert_eq!(T::ZERO, T::new_zeroed());
    }
    check::<kvm_run>();
    check::<kvm_regs>();
    check::<kvm_vcpu_events>();
    check::<kvm_irq_routing_entry>();
    check::<kvm_stats_desc>();
    check::<kvm_smccc_filter>();
    check::<kvm_guest_debug>();
    check::<kvm_ioeventfd>();
    check::<kvm_userspace_memory_region2>();
    check::<pvclock_vcpu_stolen_time>();
    check::<kvm_sregs>();
}

/// A number the definitions do not name converts to `Unknown`, which is an error type a VMM
/// can box or print (`core::error::Error` + `Display`), for SMCCC codes as for ESR classes.
#[test]
fn unknown_numbers_are_errors() {
    use arm64_uapi::smccc::ret::SMCCC::Code;
    let e = Code::try_from(-77).unwrap_err();
    assert_eq!(e, arm64_uapi::Unknown(-77));
    let boxed: &dyn core::error::Error = &e;
    assert_eq!(boxed.to_string(), "-77 is not a value the definitions name");
    assert_eq!(Code::try_from(-1), Ok(Code::NOT_SUPPORTED));
}
