//! The generated register API against facts from the Arm ARM (values verified with llvm-mc in
//! shared/facts/sysreg.md §1.8) and its own invariants.

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
    assert_eq!(R::Value::from_bits(v).fp(), -1);
    // num_enum round trip; an unknown value is an error, not a panic.
    assert_eq!(R::CSV3::Enum::try_from(1u8).map(u8::from), Ok(1));
    assert!(R::CSV3::Enum::try_from(7u8).is_err());
    // The bitfield value agrees with the field constants.
    let v = R::Value::new().with_csv3(R::CSV3::IMP as u8);
    assert_eq!(v.into_bits(), R::CSV3::FIELD.prep(R::CSV3::IMP));
}

#[test]
fn res1_bits_are_set_by_value_new() {
    // CTR_EL0 bit 31 is RES1 (Arm ARM D24.2.36); Value::new() carries it.
    assert_eq!(regs::CTR_EL0::RES1, 1 << 31);
    assert_eq!(regs::CTR_EL0::Value::new().into_bits(), 1 << 31);
    assert_eq!(regs::CTR_EL0::Value::from_bits(0).into_bits(), 0);
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
    use zerocopy::IntoBytes;
    assert_eq!(&run.as_bytes()[32..40], 0x0900_0000u64.as_bytes());
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
    use zerocopy::FromBytes;
    let head = u64::read_from_bytes([KVM_SYSTEM_EVENT_RESET, 1u32].as_bytes()).unwrap();
    assert_eq!(run.mmio().phys_addr, head);
}
