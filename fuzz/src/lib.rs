//! Structured inputs shared by the fuzz targets: arbitrary lines of the two definition
//! grammars, so that the fuzzer reaches deep parser states as often as raw bytes do not.

use arbitrary::Arbitrary;
use std::fmt::Write as _;

/// A name from a small alphabet, so that duplicates and references collide often.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub struct Name(u8);

impl Name {
    fn text(self) -> String {
        const NAMES: [&str; 12] = [
            "FOO_EL1", "BAR_EL1", "ZCR_ELx", "A", "B", "IMP", "NI", "52", "Value", "type", "_x",
            "4GB",
        ];
        NAMES
            .get(usize::from(self.0) % NAMES.len())
            .copied()
            .unwrap_or("A")
            .to_string()
    }
}

/// A bit number, mostly in range.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub struct Bit(u8);

impl Bit {
    fn n(self) -> u8 {
        if self.0 > 200 { self.0 } else { self.0 % 64 }
    }
}

/// One line of the kernel sysreg grammar (or a deliberately odd one).
#[derive(Arbitrary, Debug, Clone)]
pub enum SysregLine {
    Sysreg(Name, [u8; 5]),
    EndSysreg,
    SysregFields(Name),
    EndSysregFields,
    Fields(Name),
    Mapping(Name),
    Res0(Bit, Bit),
    Res1(Bit, Bit),
    Unkn(Bit, Bit),
    Raz(Bit, Bit),
    Field(Bit, Bit, Name),
    Enum(u8, Bit, Bit, Name),
    Enumerator(u8, u64, Name),
    EndEnum,
    Prefix(Name),
    EndPrefix,
    Comment,
    Blank,
    Raw(String),
}

fn range(h: Bit, l: Bit) -> String {
    let (h, l) = (h.n(), l.n());
    if h == l {
        h.to_string()
    } else {
        format!("{h}:{l}")
    }
}

impl SysregLine {
    /// Render the line.
    pub fn render(&self, out: &mut String) {
        let _ = match self {
            SysregLine::Sysreg(n, e) => {
                writeln!(
                    out,
                    "Sysreg\t{}\t{}\t{}\t{}\t{}\t{}",
                    n.text(),
                    e[0] % 5,
                    e[1] % 9,
                    e[2] % 17,
                    e[3] % 17,
                    e[4] % 9
                )
            }
            SysregLine::EndSysreg => writeln!(out, "EndSysreg"),
            SysregLine::SysregFields(n) => writeln!(out, "SysregFields\t{}", n.text()),
            SysregLine::EndSysregFields => writeln!(out, "EndSysregFields"),
            SysregLine::Fields(n) => writeln!(out, "Fields\t{}", n.text()),
            SysregLine::Mapping(n) => writeln!(out, "Mapping\t{}", n.text()),
            SysregLine::Res0(h, l) => writeln!(out, "Res0\t{}", range(*h, *l)),
            SysregLine::Res1(h, l) => writeln!(out, "Res1\t{}", range(*h, *l)),
            SysregLine::Unkn(h, l) => writeln!(out, "Unkn\t{}", range(*h, *l)),
            SysregLine::Raz(h, l) => writeln!(out, "Raz\t{}", range(*h, *l)),
            SysregLine::Field(h, l, n) => writeln!(out, "Field\t{}\t{}", range(*h, *l), n.text()),
            SysregLine::Enum(k, h, l, n) => {
                let kw = ["Enum", "UnsignedEnum", "SignedEnum"][usize::from(*k % 3)];
                writeln!(out, "{kw}\t{}\t{}", range(*h, *l), n.text())
            }
            SysregLine::Enumerator(w, v, n) => {
                let w = usize::from(*w % 66);
                writeln!(
                    out,
                    "\t0b{:0w$b}\t{}",
                    v & if w >= 64 { u64::MAX } else { (1u64 << w) - 1 },
                    n.text()
                )
            }
            SysregLine::EndEnum => writeln!(out, "EndEnum"),
            SysregLine::Prefix(n) => writeln!(out, "Prefix\t{}", n.text()),
            SysregLine::EndPrefix => writeln!(out, "EndPrefix"),
            SysregLine::Comment => writeln!(out, "# comment"),
            SysregLine::Blank => writeln!(out),
            SysregLine::Raw(s) => writeln!(out, "{s}"),
        };
    }
}

/// A sysreg definitions text: raw, or built from lines.
#[derive(Arbitrary, Debug, Clone)]
pub enum SysregText {
    Raw(String),
    Lines(Vec<SysregLine>),
}

impl SysregText {
    /// The text.
    pub fn text(&self) -> String {
        match self {
            SysregText::Raw(s) => s.clone(),
            SysregText::Lines(ls) => {
                let mut out = String::new();
                for l in ls {
                    l.render(&mut out);
                }
                out
            }
        }
    }
}

/// One line of the SMCCC definitions format.
#[derive(Arbitrary, Debug, Clone)]
pub enum SmcccLine {
    Value(Name, i64),
    Owner(Name, u8, Option<u8>),
    Returns(Name),
    Code(i64, Name),
    EndReturns,
    Service(Name, Option<Name>, Option<u32>, Name),
    Function(bool, Name, u32, u8, Option<Name>),
    EndService,
    Layout,
    Raw(String),
}

impl SmcccLine {
    /// Render the line.
    pub fn render(&self, out: &mut String) {
        let _ = match self {
            SmcccLine::Value(n, v) => writeln!(out, "Value\t{}\t{v}", n.text()),
            SmcccLine::Owner(n, o, l) => match l {
                Some(l) => writeln!(out, "Owner\t{}\t{}\tlast={}", n.text(), o % 70, l % 70),
                None => writeln!(out, "Owner\t{}\t{}", n.text(), o % 70),
            },
            SmcccLine::Returns(n) => writeln!(out, "Returns\t{}", n.text()),
            SmcccLine::Code(v, n) => writeln!(out, "\t{}\t{}", v % 20, n.text()),
            SmcccLine::EndReturns => writeln!(out, "EndReturns"),
            SmcccLine::Service(n, owner, base, ret) => {
                let mut s = format!("Service\t{}", n.text());
                if let Some(o) = owner {
                    let _ = write!(s, "\towner={}", o.text());
                }
                if let Some(b) = base {
                    let _ = write!(s, "\tbase={b:#x}");
                }
                writeln!(out, "{s}\treturns={}\tspec=X", ret.text())
            }
            SmcccLine::Function(m, n, num, forms, linux) => {
                let kw = if *m { "Mitigation\t" } else { "Function\t" };
                let f = ["32", "64", "32+64", "raw", "33"][usize::from(forms % 5)];
                let mut s = format!("\t{kw}{}\t{:#x}\t{f}\t1.0", n.text(), num % 0x1_0010);
                if *m {
                    s.push_str("\tcve=CVE-0");
                }
                if let Some(l) = linux {
                    let _ = write!(s, "\tlinux={}", l.text());
                }
                writeln!(out, "{s}")
            }
            SmcccLine::EndService => writeln!(out, "EndService"),
            SmcccLine::Layout => writeln!(
                out,
                "Value TYPE_SHIFT 31\nValue FAST_CALL 1\nValue STD_CALL 0\nValue CALL_CONV_SHIFT 30\nValue SMC_32 0\nValue SMC_64 1\nValue OWNER_SHIFT 24"
            ),
            SmcccLine::Raw(s) => writeln!(out, "{s}"),
        };
    }
}

/// An SMCCC definitions text: raw, or built from lines.
#[derive(Arbitrary, Debug, Clone)]
pub enum SmcccText {
    Raw(String),
    Lines(Vec<SmcccLine>),
}

impl SmcccText {
    /// The text.
    pub fn text(&self) -> String {
        match self {
            SmcccText::Raw(s) => s.clone(),
            SmcccText::Lines(ls) => {
                let mut out = String::new();
                for l in ls {
                    l.render(&mut out);
                }
                out
            }
        }
    }
}

/// Decode a fuzz input: first byte even → the rest is raw text (so seed files can be real
/// definition files prefixed with a zero byte); odd → structured lines built with `arbitrary`.
pub fn sysreg_text(data: &[u8]) -> String {
    sysreg_input(data).0
}

/// How a `sysreg_parse` input was made (its first byte).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SysregMode {
    /// Bytes 0, 4, 8, …: the rest is the text.
    Raw,
    /// Odd bytes: arbitrary grammar lines.
    Lines,
    /// Bytes 2, 10, 18, …: a *valid* file from `abi_gen::sysreg::random`, its choices read
    /// from the rest; it must parse without errors.
    Valid,
    /// Bytes 6, 14, 22, …: such a valid file with one line deleted, duplicated or swapped
    /// with the next (choices after the file's own).
    Mutated,
}

/// The text of a `sysreg_parse` input, and how it was made. Small inputs (tens of bytes)
/// reach every directive through the structured modes.
pub fn sysreg_input(data: &[u8]) -> (String, SysregMode) {
    match data.split_first() {
        Some((b, rest)) if b & 3 == 2 => {
            let mode = if b & 4 == 0 {
                SysregMode::Valid
            } else {
                SysregMode::Mutated
            };
            let opts = abi_gen::sysreg::random::Options {
                max_blocks: 4,
                tag: String::new(),
            };
            let mut e = abi_gen::sysreg::random::ByteEntropy::new(rest);
            let text = abi_gen::sysreg::random::generate(&mut e, &opts);
            if mode == SysregMode::Valid {
                return (text, mode);
            }
            use abi_gen::sysreg::random::Entropy as _;
            let mut lines: Vec<&str> = text.lines().collect();
            let n = lines.len().max(1);
            let at = usize::try_from(e.next_u32()).unwrap_or(0) % n;
            match e.next_u32() % 3 {
                0 => {
                    if at < lines.len() {
                        lines.remove(at);
                    }
                }
                1 => {
                    if let Some(l) = lines.get(at).copied() {
                        lines.insert(at, l);
                    }
                }
                _ => {
                    if at + 1 < lines.len() {
                        lines.swap(at, at + 1);
                    }
                }
            }
            (lines.join("\n") + "\n", mode)
        }
        Some((b, rest)) if b & 1 == 1 => {
            let u = arbitrary::Unstructured::new(rest);
            let text = Vec::<SysregLine>::arbitrary_take_rest(u)
                .map_or_else(|_| String::new(), |ls| SysregText::Lines(ls).text());
            (text, SysregMode::Lines)
        }
        Some((_, rest)) => (String::from_utf8_lossy(rest).into_owned(), SysregMode::Raw),
        None => (String::new(), SysregMode::Raw),
    }
}

/// [`sysreg_text`] for the SMCCC format.
pub fn smccc_text(data: &[u8]) -> String {
    match data.split_first() {
        Some((b, rest)) if b & 1 == 1 => {
            let u = arbitrary::Unstructured::new(rest);
            Vec::<SmcccLine>::arbitrary_take_rest(u)
                .map_or_else(|_| String::new(), |ls| SmcccText::Lines(ls).text())
        }
        Some((_, rest)) => String::from_utf8_lossy(rest).into_owned(),
        None => String::new(),
    }
}

/// A host for the dispatcher whose every answer comes from the fuzz input.
#[derive(Arbitrary, Debug, Clone)]
pub struct FuzzHost {
    /// Mitigation state per position in `Mitigation::ALL` (cycled).
    pub states: Vec<smccc_dispatch::MitigationState>,
    /// The guest sees SSBS.
    pub ssbs: bool,
    /// Entropy is available.
    pub entropy: bool,
    /// A PTP sample, if the clocksource allows.
    pub ptp: Option<(u64, u64)>,
    /// Stolen-time bases, per vCPU (cycled).
    pub stolen: Vec<Option<u64>>,
}

impl smccc_dispatch::Host for FuzzHost {
    fn mitigation(&self, m: arm64_uapi::smccc::Mitigation) -> smccc_dispatch::MitigationState {
        let i = arm64_uapi::smccc::Mitigation::ALL
            .iter()
            .position(|x| *x == m)
            .unwrap_or(0);
        if self.states.is_empty() {
            return smccc_dispatch::MitigationState::Unaffected;
        }
        self.states[i % self.states.len()]
    }
    fn guest_has_ssbs(&self) -> bool {
        self.ssbs
    }
    fn entropy(&mut self, words: &mut [u64]) -> bool {
        for (i, w) in words.iter_mut().enumerate() {
            *w = 0x9e37_79b9_7f4a_7c15u64.wrapping_mul(i as u64 + 1);
        }
        self.entropy
    }
    fn ptp(&mut self, _c: smccc_dispatch::PtpCounter) -> Option<smccc_dispatch::PtpSample> {
        self.ptp
            .map(|(real_ns, counter)| smccc_dispatch::PtpSample { real_ns, counter })
    }
    fn stolen_time_base(&self, vcpu: usize) -> Option<u64> {
        if self.stolen.is_empty() {
            None
        } else {
            self.stolen[vcpu % self.stolen.len()]
        }
    }
    fn stolen_time_init(&mut self, vcpu: usize) -> Option<u64> {
        self.stolen_time_base(vcpu)
    }
}

/// One line of the SAE definitions grammar (or a deliberately odd one), over small
/// alphabets so that names collide and offsets line up often.
#[derive(Arbitrary, Debug, Clone)]
pub enum SaeLine {
    Version,
    Block(Name, u8, bool),
    EndBlock,
    Field(u16, u8, Option<u16>, Name, u8),
    Reserved(u16, u8, Option<u16>),
    Group(Name, u16),
    EndGroup,
    Union(u16, u8),
    View(Name, u16),
    EndView,
    EndUnion,
    Codes(Name, u8, Name),
    Code(u16, Name, Option<Name>, Option<Name>),
    EndCodes,
    Const(Name, u64),
    Qaaf(u16, Name, bool),
    Insn(Name, u16, bool),
    Place(Name, u8, Name, Option<u8>),
    Reset(Name, Vec<Name>),
    Raw(String),
}

fn sae_ty(t: u8) -> &'static str {
    ["u8", "u16", "u32", "u64", "u63"]
        .get(usize::from(t % 5))
        .copied()
        .unwrap_or("u8")
}

fn sae_ev(e: u8) -> &'static str {
    ["ev=posted", "ev=tree", "ev=inferred", "", "ev=bogus"]
        .get(usize::from(e % 5))
        .copied()
        .unwrap_or("")
}

impl SaeLine {
    fn render(&self, out: &mut String) {
        let n = |x: &Name| x.text().to_ascii_lowercase();
        let _ = match self {
            SaeLine::Version => writeln!(out, "Version \"fuzz\""),
            SaeLine::Block(name, s, packed) => writeln!(
                out,
                "Block {} B{} {} align=4096{} ev=posted \"b\"",
                n(name),
                s,
                if s % 4 == 0 { 2048 } else { 4096 },
                if *packed { " packed" } else { "" }
            ),
            SaeLine::EndBlock => writeln!(out, "EndBlock"),
            SaeLine::Field(off, t, count, name, e) => {
                let c = count.map(|c| format!("[{}]", c % 600)).unwrap_or_default();
                writeln!(out, "Field {:#x} {}{c} {} {} \"f\"", off % 0x1100, sae_ty(*t), n(name), sae_ev(*e))
            }
            SaeLine::Reserved(off, t, count) => {
                let c = count.map(|c| format!("[{}]", c % 600)).unwrap_or_default();
                writeln!(out, "Reserved {:#x} {}{c} ev=posted", off % 0x1100, sae_ty(*t))
            }
            SaeLine::Group(name, off) => writeln!(out, "Group {} {:#x} G{} ev=posted \"g\"", n(name), off % 0x1100, off),
            SaeLine::EndGroup => writeln!(out, "EndGroup"),
            SaeLine::Union(off, size) => writeln!(out, "Union {:#x} {} ev=posted", off % 0x1100, size % 128),
            SaeLine::View(name, off) => writeln!(
                out,
                "View {} {:#x} V{} accessor={}_v ev=posted \"v\"",
                n(name),
                off % 0x1100,
                off,
                n(name)
            ),
            SaeLine::EndView => writeln!(out, "EndView"),
            SaeLine::EndUnion => writeln!(out, "EndUnion"),
            SaeLine::Codes(name, t, field) => writeln!(
                out,
                "Codes C{} {} prefix=P_ field={} ev=posted \"c\"",
                name.text().replace(|c: char| !c.is_ascii_alphanumeric(), ""),
                sae_ty(*t),
                n(field)
            ),
            SaeLine::Code(v, name, view, alias) => writeln!(
                out,
                "Code {v:#x} {} ev=posted{}{} \"c\"",
                name.text().to_ascii_uppercase(),
                view.map(|x| format!(" view={}", n(&x))).unwrap_or_default(),
                alias.map(|x| format!(" alias={}", x.text().to_ascii_uppercase())).unwrap_or_default()
            ),
            SaeLine::EndCodes => writeln!(out, "EndCodes"),
            SaeLine::Const(name, v) => writeln!(out, "Consts K u64 \"k\"\nConst K_{} {v:#x} ev=posted \"k\"\nEndConsts", name.text().to_ascii_uppercase()),
            SaeLine::Qaaf(i, name, item) => writeln!(out, "Qaaf {i:#x} {} ev=posted{}", name.text().to_ascii_uppercase(), if *item { " item" } else { "" }),
            SaeLine::Insn(name, op, rre) => writeln!(out, "Insn {} {op:#06x} {} ev=posted \"i\"", name.text().to_ascii_uppercase(), if *rre { "rre" } else { "rie-h" }),
            SaeLine::Place(reg, kind, field, idx) => {
                let at = match kind % 7 {
                    0 => format!("block:{}{}", n(field), idx.map(|i| format!("[{i}]")).unwrap_or_default()),
                    1 => "save-area".into(),
                    2 => "host".into(),
                    3 => "host-sasr".into(),
                    4 => "emulated".into(),
                    5 => "gpto".into(),
                    _ => "nowhere".into(),
                };
                writeln!(out, "Place {} {at} ev=tree", reg.text().to_ascii_uppercase())
            }
            SaeLine::Reset(name, fields) => {
                let f: Vec<String> = fields.iter().map(|x| x.text().to_ascii_uppercase()).collect();
                writeln!(out, "Reset R_{} HCR_EL2 {} ev=tree \"r\"", name.text().to_ascii_uppercase(), f.join(" "))
            }
            SaeLine::Raw(s) => writeln!(out, "{s}"),
        };
    }
}

/// [`sysreg_text`] for the SAE format.
pub fn sae_text(data: &[u8]) -> String {
    match data.split_first() {
        Some((b, rest)) if b & 1 == 1 => {
            let u = arbitrary::Unstructured::new(rest);
            let mut out = String::new();
            if let Ok(ls) = Vec::<SaeLine>::arbitrary_take_rest(u) {
                for l in &ls {
                    l.render(&mut out);
                }
            }
            out
        }
        Some((_, rest)) => String::from_utf8_lossy(rest).into_owned(),
        None => String::new(),
    }
}
