//! The SMCCC definitions format: the shipped file parses clean and round-trips through the
//! printer; each malformed input gives its diagnostic at the right line.

use abi_gen::smccc::{self, Form};
use abi_gen::{Kind, Severity};

fn shipped() -> String {
    let p =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/arm64-uapi/defs/smccc");
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn shipped_file_is_clean_and_round_trips() {
    let text = shipped();
    let p = smccc::parse("defs/smccc", &text);
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    let printed = smccc::print::print(&p.file);
    let again = smccc::parse("printed", &printed);
    assert!(again.diagnostics.is_empty(), "{:#?}", again.diagnostics);
    assert_eq!(
        smccc::emit_c::emit("x", &p.file),
        smccc::emit_c::emit("x", &again.file)
    );
    assert_eq!(printed, smccc::print::print(&again.file));
    // A few ids against Arm's published numbers (DEN0022 table 5-1, DEN0028 7).
    let ids = p.file.ids();
    let find = |svc: &str, name: &str, form: Form| {
        ids.iter()
            .find(|r| r.service.name == svc && r.function.name == name && r.form == form)
            .map(|r| r.id)
    };
    assert_eq!(find("PSCI", "CPU_ON", Form::Smc64), Some(0xC400_0003));
    assert_eq!(find("PSCI", "SYSTEM_OFF2", Form::Smc32), Some(0x8400_0015));
    assert_eq!(find("ARCH", "WORKAROUND_2", Form::Smc32), Some(0x8000_7FFF));
    assert_eq!(find("TRNG", "RND", Form::Smc64), Some(0xC400_0053));
    assert_eq!(find("PV_TIME", "ST", Form::Smc64), Some(0xC500_0021));
    assert_eq!(find("KVM", "CALL_UID", Form::Smc32), Some(0x8600_FF01));
    assert_eq!(find("KVM_PSCI_0_1", "CPU_ON", Form::Raw), Some(0x95C1_BA60));
}

fn with(extra_top: &str, service_body: &str) -> String {
    format!(
        "Value TYPE_SHIFT 31\nValue FAST_CALL 1\nValue STD_CALL 0\nValue CALL_CONV_SHIFT 30\nValue SMC_32 0\nValue SMC_64 1\nValue OWNER_SHIFT 24\nOwner ARCH 0\nReturns R\n\t0 OK\nEndReturns\n{extra_top}Service S owner=ARCH returns=R spec=X\n{service_body}EndService\n"
    )
}

#[test]
fn malformed_inputs_give_their_diagnostic() {
    // (text, line, kind, severity)
    let cases: Vec<(String, u32, Kind)> = vec![
        (
            with("", "\tFunction A 0x10000 32 1.0\n"),
            13,
            Kind::OutOfRange,
        ),
        (with("", "\tFunction A 1 33 1.0\n"), 13, Kind::BadAttribute),
        (with("", "\tFunction A 1 32\n"), 13, Kind::TokenCount),
        (
            with("", "\tFunction A 1 32 1.0\n\tFunction B 1 32 1.0\n"),
            14,
            Kind::Duplicate,
        ),
        (
            with("", "\tFunction A 1 32 1.0\n\tFunction A 2 32 1.0\n"),
            14,
            Kind::Duplicate,
        ),
        (
            with("", "\tMitigation W 1 32 1.0\n"),
            13,
            Kind::BadAttribute,
        ),
        (
            with("", "\tFunction A 1 32+64 1.0 linux=X\n"),
            13,
            Kind::BadAttribute,
        ),
        (
            with("", "\tFunction A 1 32 1.0 linux64=X\n"),
            13,
            Kind::BadAttribute,
        ),
        (
            with("", "\tFunction A 1 32 1.0 colour=blue\n"),
            13,
            Kind::BadAttribute,
        ),
        (with("", "\tFunction A 1 raw 1.0\n"), 13, Kind::BadAttribute),
        (with("", "\tFunction A zz 32 1.0\n"), 13, Kind::BadNumber),
        (with("", "\tFrob A\n"), 13, Kind::UnhandledStatement),
        (with("Owner X 64\n", ""), 12, Kind::OutOfRange),
        (
            with(
                "",
                "\tFunction A 1 32 1.0 linux=M\n\tFunction B 2 32 1.0 linux=M\n",
            ),
            14,
            Kind::Duplicate,
        ),
        (
            "Service S owner=NOPE returns=R spec=X\nEndService\n".to_string(),
            1,
            Kind::UnknownTarget,
        ),
        ("Returns R\n\t0 OK\n".to_string(), 3, Kind::BlockStructure),
        ("EndService\n".to_string(), 1, Kind::BlockStructure),
        (
            "Returns R\n\t0 OK\n\t0 ALSO\nEndReturns\n".to_string(),
            3,
            Kind::Duplicate,
        ),
    ];
    for (text, line, kind) in cases {
        let p = smccc::parse("t", &text);
        let hit = p
            .diagnostics
            .iter()
            .any(|d| d.line == line && d.kind == kind && d.severity == Severity::Error);
        assert!(
            hit,
            "expected {kind:?} at line {line} in\n{text}\ngot {:#?}",
            p.diagnostics
        );
        assert!(p.has_errors());
    }
}

#[test]
fn missing_id_layout_is_an_error() {
    let p = smccc::parse(
        "t",
        "Owner A 0\nReturns R\n\t0 OK\nEndReturns\nService S owner=A returns=R spec=X\n\tFunction F 1 32 1.0\nEndService\n",
    );
    assert!(
        p.diagnostics
            .iter()
            .any(|d| d.kind == Kind::UnknownTarget && d.message.contains("TYPE_SHIFT"))
    );
}

#[test]
fn garbage_never_panics() {
    for t in [
        "",
        "Service",
        "Service S base=0xffffffff returns=R spec=X\n\tFunction F 0xffffffff raw 1\nEndService",
        "Value X -",
        "Value X 0x",
        "Value X -9223372036854775808",
        "\tFunction",
        "Owner O 3 last=2",
    ] {
        let p = smccc::parse("t", t);
        if !p.has_errors() {
            let _ = smccc::emit_c::emit("t", &p.file);
            let _ = smccc::emit_rust::emit("t", &p.file);
        }
    }
}
