//! Semantic diff of two versions of the ABI definitions (sysreg or SMCCC files).
//!
//! A change is *additive* when a consumer that recompiles keeps working (a new register, field,
//! enumerator, function, return code), and *breaking* when a value a consumer may rely on
//! changed or disappeared (an encoding, a field position or width, an enumerator value, a
//! function id, a removed name). New SMCCC mitigation and architecture calls also say what
//! every host must now decide.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use crate::smccc::{self, Form, SmcccFile};
use crate::sysreg::{self, Body, Encoding, ItemKind, Layout, Sign, SysregFile};

/// Whether consumers keep working after a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// A recompiling consumer is fine.
    Additive,
    /// A value a consumer may rely on changed or disappeared.
    Breaking,
}

impl Class {
    /// `additive` or `breaking`.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        }
    }
}

/// Declares [`ChangeKind`] from one list of variants and their stable tags.
macro_rules! change_kinds {
    ($($variant:ident => $tag:literal,)*) => {
        /// What kind of change a [`Change`] is; [`ChangeKind::as_str`] is its stable tag
        /// (`register-added`, …), used in reports, JSON and `CHANGELOG.md`. Ordered by tag.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ChangeKind {
            $(
                #[doc = concat!("`", $tag, "`.")]
                $variant,
            )*
        }

        impl ChangeKind {
            /// Every kind, in tag order.
            pub const ALL: &[ChangeKind] = &[$(ChangeKind::$variant,)*];

            /// The stable tag, e.g. `register-added`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ChangeKind::$variant => $tag,)*
                }
            }
        }
    };
}

change_kinds! {
    ArchCallAdded => "arch-call-added",
    BlockAdded => "block-added",
    BlockRemoved => "block-removed",
    BlockResized => "block-resized",
    CodeAdded => "code-added",
    CodeRemoved => "code-removed",
    CodeRenamed => "code-renamed",
    CodeRenumbered => "code-renumbered",
    CodeViewChanged => "code-view-changed",
    CodesRemoved => "codes-removed",
    ConstAdded => "const-added",
    ConstChanged => "const-changed",
    ConstRemoved => "const-removed",
    EncodingChanged => "encoding-changed",
    EnumeratorAdded => "enumerator-added",
    EnumeratorRemoved => "enumerator-removed",
    EnumeratorRenumbered => "enumerator-renumbered",
    EvidenceChanged => "evidence-changed",
    FieldAdded => "field-added",
    FieldEnumerated => "field-enumerated",
    FieldMoved => "field-moved",
    FieldRemoved => "field-removed",
    FieldResized => "field-resized",
    FieldUnenumerated => "field-unenumerated",
    FunctionAdded => "function-added",
    FunctionRemoved => "function-removed",
    FunctionRenumbered => "function-renumbered",
    InsnAdded => "insn-added",
    InsnReformatted => "insn-reformatted",
    InsnRemoved => "insn-removed",
    LayoutAdded => "layout-added",
    LayoutRemoved => "layout-removed",
    LinuxNameChanged => "linux-name-changed",
    MitigationAdded => "mitigation-added",
    OpcodeChanged => "opcode-changed",
    PlacementAdded => "placement-added",
    PlacementRemoved => "placement-removed",
    QaafIndexAdded => "qaaf-index-added",
    QaafIndexChanged => "qaaf-index-changed",
    QaafIndexRemoved => "qaaf-index-removed",
    RegisterAdded => "register-added",
    RegisterMoved => "register-moved",
    RegisterRemoved => "register-removed",
    ReservedChanged => "reserved-changed",
    ResetAdded => "reset-added",
    ResetChanged => "reset-changed",
    ResetRemoved => "reset-removed",
    ReturnCodeAdded => "return-code-added",
    ReturnCodeRemoved => "return-code-removed",
    ReturnCodeRenumbered => "return-code-renumbered",
    ServiceAdded => "service-added",
    ServiceRemoved => "service-removed",
    ServiceReturnsChanged => "service-returns-changed",
    SignednessChanged => "signedness-changed",
    SignednessDeclared => "signedness-declared",
    ValueAdded => "value-added",
    ValueChanged => "value-changed",
    ValueRemoved => "value-removed",
}

impl std::fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// One ABI change.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Additive or breaking.
    pub class: Class,
    /// What kind of change (its tag: `register-added`, `field-moved`, `mitigation-added`, …).
    pub kind: ChangeKind,
    /// What changed: `REG`, `REG.FIELD`, `REG.FIELD.ENUMERATOR`, `SERVICE.FUNCTION`, …
    pub subject: String,
    /// Old and new values, in words.
    pub detail: String,
    /// What every host must now decide, for new calls a host must answer.
    pub action: Option<String>,
}

/// How many changes of one kind a diff has, per class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindCount {
    /// Additive changes of the kind.
    pub additive: usize,
    /// Breaking changes of the kind.
    pub breaking: usize,
}

impl KindCount {
    /// All changes of the kind.
    pub fn total(self) -> usize {
        self.additive.saturating_add(self.breaking)
    }

    /// `additive`, `breaking`, or `mixed` when the kind has both.
    pub fn class_str(self) -> &'static str {
        match (self.additive, self.breaking) {
            (_, 0) => "additive",
            (0, _) => "breaking",
            _ => "mixed",
        }
    }
}

/// The result of a diff.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    /// Changes, breaking first, then by kind and subject.
    pub changes: Vec<Change>,
}

impl Diff {
    fn push(
        &mut self,
        class: Class,
        kind: ChangeKind,
        subject: impl Into<String>,
        detail: impl Into<String>,
    ) {
        self.changes.push(Change {
            class,
            kind,
            subject: subject.into(),
            detail: detail.into(),
            action: None,
        });
    }

    /// The changes of one kind.
    pub fn of_kind(&self, kind: &str) -> impl Iterator<Item = &Change> {
        let kind = kind.to_string();
        self.changes.iter().filter(move |c| c.kind.as_str() == kind)
    }

    /// Count of changes per kind, sorted by kind, split by class: one kind (`reserved-changed`)
    /// has additive and breaking changes.
    pub fn by_kind(&self) -> BTreeMap<&'static str, KindCount> {
        let mut m: BTreeMap<&'static str, KindCount> = BTreeMap::new();
        for c in &self.changes {
            let e = m.entry(c.kind.as_str()).or_default();
            match c.class {
                Class::Additive => e.additive = e.additive.saturating_add(1),
                Class::Breaking => e.breaking = e.breaking.saturating_add(1),
            }
        }
        m
    }

    /// The process exit status for the diff: 0 no change, 1 additive only, 2 any breaking.
    pub fn exit_status(&self) -> u8 {
        if self.changes.iter().any(|c| c.class == Class::Breaking) {
            2
        } else if self.changes.is_empty() {
            0
        } else {
            1
        }
    }

    pub(crate) fn finish(mut self) -> Self {
        self.changes
            .sort_by(|a, b| (b.class, a.kind, &a.subject).cmp(&(a.class, b.kind, &b.subject)));
        self
    }

    /// Human-readable report.
    pub fn render(&self, old: &str, new: &str, format: &str) -> String {
        crate::text(|out| self.render_to(out, old, new, format))
    }

    fn render_to(&self, out: &mut String, old: &str, new: &str, format: &str) -> fmt::Result {
        let breaking = self
            .changes
            .iter()
            .filter(|c| c.class == Class::Breaking)
            .count();
        writeln!(
            out,
            "ABI diff ({format}) {old} -> {new}: {} changes, {} additive, {breaking} breaking",
            self.changes.len(),
            self.changes.len().saturating_sub(breaking)
        )?;
        for class in [Class::Breaking, Class::Additive] {
            let list: Vec<&Change> = self.changes.iter().filter(|c| c.class == class).collect();
            if list.is_empty() {
                continue;
            }
            writeln!(out, "{}:", class.as_str())?;
            for c in list {
                writeln!(out, "  {:<22} {}: {}", c.kind, c.subject, c.detail)?;
                if let Some(a) = &c.action {
                    writeln!(out, "  {:<22} -> {a}", "")?;
                }
            }
        }
        if !self.changes.is_empty() {
            writeln!(out, "by kind:")?;
            for (k, n) in self.by_kind() {
                let class = match n.class_str() {
                    "mixed" => format!("{} additive, {} breaking", n.additive, n.breaking),
                    c => c.to_string(),
                };
                writeln!(out, "  {k:<22} {:>5}  ({class})", n.total())?;
            }
        }
        Ok(())
    }

    /// JSON report (one object; stable keys).
    pub fn to_json(&self, old: &str, new: &str, format: &str) -> String {
        crate::text(|out| self.json_to(out, old, new, format))
    }

    fn json_to(&self, out: &mut String, old: &str, new: &str, format: &str) -> fmt::Result {
        out.push('{');
        write!(
            out,
            "\"format\":{},\"old\":{},\"new\":{},",
            json_str(format),
            json_str(old),
            json_str(new)
        )?;
        write!(out, "\"exit_status\":{},\"changes\":[", self.exit_status())?;
        for (i, c) in self.changes.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write!(
                out,
                "{{\"class\":\"{}\",\"kind\":\"{}\",\"subject\":{},\"detail\":{}",
                c.class.as_str(),
                c.kind,
                json_str(&c.subject),
                json_str(&c.detail)
            )?;
            if let Some(a) = &c.action {
                write!(out, ",\"action\":{}", json_str(a))?;
            }
            out.push('}');
        }
        out.push_str("],\"summary\":{");
        for (i, (k, n)) in self.by_kind().iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write!(
                out,
                "\"{k}\":{{\"class\":\"{}\",\"count\":{},\"additive\":{},\"breaking\":{}}}",
                n.class_str(),
                n.total(),
                n.additive,
                n.breaking
            )?;
        }
        out.push_str("}}\n");
        Ok(())
    }
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    crate::text(|o| json_str_to(o, s))
}

fn json_str_to(o: &mut String, s: &str) -> fmt::Result {
    o.reserve(s.len().saturating_add(2));
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c if (c as u32) < 0x20 => write!(o, "\\u{:04x}", c as u32)?,
            c => o.push(c),
        }
    }
    o.push('"');
    Ok(())
}

// ---- sysreg ----------------------------------------------------------------------------

fn enc(e: Encoding) -> String {
    format!("({}, {}, {}, {}, {})", e.op0, e.op1, e.crn, e.crm, e.op2)
}

fn bits(b: sysreg::Bits) -> String {
    if b.msb == b.lsb {
        format!("[{}]", b.msb)
    } else {
        format!("[{}:{}]", b.msb, b.lsb)
    }
}

fn sign(k: &ItemKind) -> Option<Sign> {
    match k {
        ItemKind::Enum { sign, .. } => Some(*sign),
        _ => None,
    }
}

fn sign_str(s: Option<Sign>) -> &'static str {
    match s {
        None => "Field",
        Some(Sign::Unspecified) => "Enum",
        Some(Sign::Unsigned) => "UnsignedEnum",
        Some(Sign::Signed) => "SignedEnum",
    }
}

/// Compare two layouts under `subject` (a register, `SysregFields` or prefixed layout name).
fn diff_layout(d: &mut Diff, subject: &str, old: &Layout, new: &Layout) {
    use Class::{Additive, Breaking};
    let named = |l: &Layout| -> BTreeMap<String, sysreg::Item> {
        l.items
            .iter()
            .filter_map(|i| Some((i.name()?.to_string(), i.clone())))
            .collect()
    };
    let (o, n) = (named(old), named(new));
    let mut new_field_bits = 0u64;
    for (name, ni) in &n {
        let s = format!("{subject}.{name}");
        let Some(oi) = o.get(name) else {
            d.push(
                Additive,
                ChangeKind::FieldAdded,
                s,
                format!("{} {}", sign_str(sign(&ni.kind)), bits(ni.bits)),
            );
            new_field_bits |= ni.bits.mask();
            continue;
        };
        if oi.bits.width() != ni.bits.width() {
            d.push(
                Breaking,
                ChangeKind::FieldResized,
                &s,
                format!("{} -> {}", bits(oi.bits), bits(ni.bits)),
            );
        } else if oi.bits.lsb != ni.bits.lsb {
            d.push(
                Breaking,
                ChangeKind::FieldMoved,
                &s,
                format!("{} -> {}", bits(oi.bits), bits(ni.bits)),
            );
        }
        let (os, ns) = (sign(&oi.kind), sign(&ni.kind));
        match (os, ns) {
            (None, Some(_)) => d.push(
                Additive,
                ChangeKind::FieldEnumerated,
                &s,
                format!("Field -> {}", sign_str(ns)),
            ),
            (Some(_), None) => d.push(
                Breaking,
                ChangeKind::FieldUnenumerated,
                &s,
                format!("{} -> Field", sign_str(os)),
            ),
            // Declaring signedness adds a `_SIGNED` macro; changing or dropping it changes
            // how consumers compare the field.
            (Some(Sign::Unspecified), Some(b)) if b != Sign::Unspecified => d.push(
                Additive,
                ChangeKind::SignednessDeclared,
                &s,
                format!("Enum -> {}", sign_str(ns)),
            ),
            (Some(a), Some(b)) if a != b => d.push(
                Breaking,
                ChangeKind::SignednessChanged,
                &s,
                format!("{} -> {}", sign_str(os), sign_str(ns)),
            ),
            _ => {}
        }
        let vals = |k: &ItemKind| -> BTreeMap<String, u64> {
            match k {
                ItemKind::Enum { values, .. } => {
                    values.iter().map(|v| (v.name.clone(), v.value)).collect()
                }
                _ => BTreeMap::new(),
            }
        };
        let (ov, nv) = (vals(&oi.kind), vals(&ni.kind));
        for (en, v) in &nv {
            match ov.get(en) {
                None => d.push(
                    Additive,
                    ChangeKind::EnumeratorAdded,
                    format!("{s}.{en}"),
                    format!("{v:#b}"),
                ),
                Some(ovv) if ovv != v => d.push(
                    Breaking,
                    ChangeKind::EnumeratorRenumbered,
                    format!("{s}.{en}"),
                    format!("{ovv:#b} -> {v:#b}"),
                ),
                _ => {}
            }
        }
        for (en, v) in &ov {
            if !nv.contains_key(en) {
                d.push(
                    Breaking,
                    ChangeKind::EnumeratorRemoved,
                    format!("{s}.{en}"),
                    format!("was {v:#b}"),
                );
            }
        }
    }
    for (name, oi) in &o {
        if !n.contains_key(name) {
            d.push(
                Breaking,
                ChangeKind::FieldRemoved,
                format!("{subject}.{name}"),
                format!("was {}", bits(oi.bits)),
            );
        }
    }
    // Reserved masks. A mask that only narrowed, its bits taken by new fields, is the expected
    // additive evolution for RES0, RAZ and UNKN (nothing may rely on those bits). Breaking: a
    // mask that gained bits (a field or another kind of bit became reserved), bits that left a
    // mask without becoming a new field, and RES1 bits becoming a field (code that sets RES1,
    // as `Value::new()` does, now writes 0 into the new field).
    let masks = [
        ("RES0", old.res0(), new.res0()),
        ("RES1", old.res1(), new.res1()),
        ("UNKN", old.unkn(), new.unkn()),
        ("RAZ", old.raz(), new.raz()),
    ];
    for (what, a, b) in masks {
        if a == b {
            continue;
        }
        let gained = b & !a;
        let lost = a & !b;
        let class = if gained == 0 && what != "RES1" && lost & !new_field_bits == 0 {
            Additive
        } else {
            Breaking
        };
        d.push(
            class,
            ChangeKind::ReservedChanged,
            format!("{subject}.{what}"),
            format!("{a:#018x} -> {b:#018x}"),
        );
    }
}

/// The layouts (prefixed ones first, then the unprefixed one) that `body` describes, through
/// `Fields`/`Mapping` references; none where they do not resolve (see
/// [`SysregFile::resolve_body`]: a reference cycle must not loop).
fn layouts_of<'a>(f: &'a SysregFile, body: &'a Body) -> Vec<(Option<&'a str>, &'a Layout)> {
    let Some(Body::Layout { prefixed, layout }) = f.resolve_body(body) else {
        return Vec::new();
    };
    let mut v: Vec<(Option<&str>, &Layout)> = prefixed
        .iter()
        .map(|p| (Some(p.prefix.as_str()), &p.layout))
        .collect();
    v.push((None, layout));
    v
}

fn body_ref(body: &Body) -> Option<&str> {
    match body {
        Body::Fields { target, .. } => Some(target),
        _ => None,
    }
}

fn diff_bodies(
    d: &mut Diff,
    subject: &str,
    of: &SysregFile,
    ob: &Body,
    nf: &SysregFile,
    nb: &Body,
) {
    // Two registers that share the same SysregFields layout are compared there, once.
    if let (Some(a), Some(b)) = (body_ref(ob), body_ref(nb)) {
        if a == b {
            return;
        }
    }
    let (ol, nl) = (layouts_of(of, ob), layouts_of(nf, nb));
    for (p, n) in &nl {
        let s = p.map_or_else(|| subject.to_string(), |p| format!("{p}_{subject}"));
        match ol.iter().find(|(q, _)| q == p) {
            Some((_, o)) => diff_layout(d, &s, o, n),
            None => d.push(
                Class::Additive,
                ChangeKind::LayoutAdded,
                s,
                "a new prefixed layout",
            ),
        }
    }
    for (p, _) in &ol {
        if !nl.iter().any(|(q, _)| q == p) {
            let s = p.map_or_else(|| subject.to_string(), |p| format!("{p}_{subject}"));
            d.push(
                Class::Breaking,
                ChangeKind::LayoutRemoved,
                s,
                "the prefixed layout is gone",
            );
        }
    }
}

/// The semantic diff of two sysreg files.
pub fn sysreg(old: &SysregFile, new: &SysregFile) -> Diff {
    let mut d = Diff::default();
    for nr in new.sysregs() {
        match old.sysreg(&nr.name) {
            None => d.push(
                Class::Additive,
                ChangeKind::RegisterAdded,
                &nr.name,
                format!("encoding {}", enc(nr.encoding)),
            ),
            Some(or) => {
                if or.encoding != nr.encoding {
                    d.push(
                        Class::Breaking,
                        ChangeKind::EncodingChanged,
                        &nr.name,
                        format!("{} -> {}", enc(or.encoding), enc(nr.encoding)),
                    );
                }
                diff_bodies(&mut d, &nr.name, old, &or.body, new, &nr.body);
            }
        }
    }
    for or in old.sysregs() {
        if new.sysreg(&or.name).is_none() {
            d.push(
                Class::Breaking,
                ChangeKind::RegisterRemoved,
                &or.name,
                format!("was {}", enc(or.encoding)),
            );
        }
    }
    for nl in new.layouts() {
        match old.layout(&nl.name) {
            None => d.push(
                Class::Additive,
                ChangeKind::LayoutAdded,
                &nl.name,
                "a new SysregFields layout",
            ),
            Some(ol) => diff_bodies(&mut d, &nl.name, old, &ol.body, new, &nl.body),
        }
    }
    for ol in old.layouts() {
        if new.layout(&ol.name).is_none() {
            d.push(
                Class::Breaking,
                ChangeKind::LayoutRemoved,
                &ol.name,
                "the SysregFields layout is gone",
            );
        }
    }
    d.finish()
}

// ---- SMCCC -----------------------------------------------------------------------------

fn form_str(f: Form) -> &'static str {
    match f {
        Form::Smc32 => "SMC32",
        Form::Smc64 => "SMC64",
        Form::Raw => "raw",
    }
}

/// The semantic diff of two SMCCC definitions files.
pub fn smccc(old: &SmcccFile, new: &SmcccFile) -> Diff {
    use Class::{Additive, Breaking};
    let mut d = Diff::default();
    let key = |s: &str, f: &str, form: Form| format!("{s}.{f}/{}", form_str(form));
    let collect = |file: &SmcccFile| -> BTreeMap<String, (u32, bool, Option<String>)> {
        file.ids()
            .into_iter()
            .map(|r| {
                let linux = r.function.linux_name(r.form).map(str::to_string);
                (
                    key(&r.service.name, &r.function.name, r.form),
                    (r.id, r.function.is_mitigation(), linux),
                )
            })
            .collect()
    };
    let (o, n) = (collect(old), collect(new));
    for (k, (id, mitigation, linux)) in &n {
        match o.get(k) {
            None => {
                let svc = k.split('.').next().unwrap_or("");
                let (kind, action) = if *mitigation {
                    (
                        ChangeKind::MitigationAdded,
                        Some(format!(
                            "every host must decide its answer to SMCCC_ARCH_FEATURES({id:#010x}) \
                             (vulnerable: NOT_SUPPORTED, mitigated: 0, unaffected: 1), whether the call \
                             itself is handled, and whether to expose a firmware pseudo-register for \
                             migration; hosts that match on Mitigation fail to build until they do"
                        )),
                    )
                } else if svc == "ARCH" {
                    (
                        ChangeKind::ArchCallAdded,
                        Some("every host must decide whether to implement the call or keep answering NOT_SUPPORTED, and what SMCCC_ARCH_FEATURES reports for it".to_string()),
                    )
                } else {
                    (ChangeKind::FunctionAdded, None)
                };
                d.changes.push(Change {
                    class: Additive,
                    kind,
                    subject: k.clone(),
                    detail: format!("id {id:#010x}"),
                    action,
                });
            }
            Some((oid, _, olinux)) => {
                if oid != id {
                    d.push(
                        Breaking,
                        ChangeKind::FunctionRenumbered,
                        k,
                        format!("{oid:#010x} -> {id:#010x}"),
                    );
                }
                if olinux != linux {
                    let show = |l: &Option<String>| l.clone().unwrap_or_else(|| "none".into());
                    let class = if olinux.is_none() { Additive } else { Breaking };
                    d.push(
                        class,
                        ChangeKind::LinuxNameChanged,
                        k,
                        format!("{} -> {}", show(olinux), show(linux)),
                    );
                }
            }
        }
    }
    for (k, (id, ..)) in &o {
        if !n.contains_key(k) {
            d.push(
                Breaking,
                ChangeKind::FunctionRemoved,
                k,
                format!("was {id:#010x}"),
            );
        }
    }
    // Services' return namespaces.
    for ns in new.services() {
        match old.services().find(|s| s.name == ns.name) {
            None => d.push(
                Additive,
                ChangeKind::ServiceAdded,
                &ns.name,
                format!("{} returns {}", ns.spec, ns.returns),
            ),
            Some(os) if os.returns != ns.returns => d.push(
                Breaking,
                ChangeKind::ServiceReturnsChanged,
                &ns.name,
                format!("{} -> {}", os.returns, ns.returns),
            ),
            _ => {}
        }
    }
    for os in old.services() {
        if !new.services().any(|s| s.name == os.name) {
            d.push(
                Breaking,
                ChangeKind::ServiceRemoved,
                &os.name,
                "the service is gone",
            );
        }
    }
    // Return codes.
    let codes = |f: &SmcccFile| -> BTreeMap<String, i64> {
        f.returns()
            .flat_map(|r| {
                r.codes
                    .iter()
                    .map(move |c| (format!("{}.{}", r.name, c.name), c.value))
            })
            .collect()
    };
    diff_values(&mut d, &codes(old), &codes(new), "return-code");
    // Values (top level and per service) and owners.
    let values = |f: &SmcccFile| -> BTreeMap<String, i64> {
        let mut m: BTreeMap<String, i64> = f.values().map(|v| (v.name.clone(), v.value)).collect();
        for s in f.services() {
            for v in s.values() {
                m.insert(format!("{}.{}", s.name, v.name), v.value);
            }
        }
        for o in f.owners() {
            m.insert(format!("owner.{}", o.name), i64::from(o.oen));
        }
        m
    };
    diff_values(&mut d, &values(old), &values(new), "value");
    d.finish()
}

fn diff_values(
    d: &mut Diff,
    o: &BTreeMap<String, i64>,
    n: &BTreeMap<String, i64>,
    what: &'static str,
) {
    let (added, removed, changed) = match what {
        "return-code" => (
            ChangeKind::ReturnCodeAdded,
            ChangeKind::ReturnCodeRemoved,
            ChangeKind::ReturnCodeRenumbered,
        ),
        _ => (
            ChangeKind::ValueAdded,
            ChangeKind::ValueRemoved,
            ChangeKind::ValueChanged,
        ),
    };
    for (k, v) in n {
        match o.get(k) {
            None => d.push(Class::Additive, added, k, v.to_string()),
            Some(ov) if ov != v => d.push(Class::Breaking, changed, k, format!("{ov} -> {v}")),
            _ => {}
        }
    }
    for (k, v) in o {
        if !n.contains_key(k) {
            d.push(Class::Breaking, removed, k, format!("was {v}"));
        }
    }
}

// ---- sync ------------------------------------------------------------------------------

/// The comparison of the shipped definitions with an upstream kernel `sysreg` file.
#[derive(Debug, Clone, Default)]
pub struct SyncReport {
    /// Registers both carry: every disagreement (any change from upstream to ours).
    pub disagreements: Vec<Change>,
    /// How many registers both carry.
    pub common: usize,
    /// Upstream registers the project does not carry yet.
    pub upstream_only: Vec<String>,
    /// Registers only the project carries (written from the Arm ARM).
    pub ours_only: Vec<String>,
}

/// Compare `ours` with `upstream`, register by register.
pub fn sync(ours: &SysregFile, upstream: &SysregFile) -> SyncReport {
    let mut s = SyncReport::default();
    let mut d = Diff::default();
    for r in ours.sysregs() {
        let Some(u) = upstream.sysreg(&r.name) else {
            s.ours_only.push(r.name.clone());
            continue;
        };
        s.common = s.common.saturating_add(1);
        if u.encoding != r.encoding {
            d.push(
                Class::Breaking,
                ChangeKind::EncodingChanged,
                &r.name,
                format!("upstream {} -> ours {}", enc(u.encoding), enc(r.encoding)),
            );
        }
        // Compare resolved layouts directly (the two files may share layouts differently).
        let (ul, ol) = (layouts_of(upstream, &u.body), layouts_of(ours, &r.body));
        for (p, o) in &ol {
            let subject = p.map_or_else(|| r.name.clone(), |p| format!("{p}_{}", r.name));
            match ul.iter().find(|(q, _)| q == p) {
                Some((_, u)) => diff_layout(&mut d, &subject, u, o),
                None => d.push(
                    Class::Additive,
                    ChangeKind::LayoutAdded,
                    subject,
                    "not upstream",
                ),
            }
        }
        for (p, _) in &ul {
            if !ol.iter().any(|(q, _)| q == p) {
                let subject = p.map_or_else(|| r.name.clone(), |p| format!("{p}_{}", r.name));
                d.push(
                    Class::Breaking,
                    ChangeKind::LayoutRemoved,
                    subject,
                    "upstream has this prefixed layout",
                );
            }
        }
    }
    s.upstream_only = upstream
        .sysregs()
        .filter(|u| ours.sysreg(&u.name).is_none())
        .map(|u| u.name.clone())
        .collect();
    s.disagreements = d.finish().changes;
    s
}

impl SyncReport {
    /// Human-readable report.
    pub fn render(&self, upstream: &str) -> String {
        crate::text(|out| self.render_to(out, upstream))
    }

    fn render_to(&self, out: &mut String, upstream: &str) -> fmt::Result {
        writeln!(
            out,
            "sync with {upstream}: {} registers in both, {} disagreements, {} upstream registers not carried, {} carried only here",
            self.common,
            self.disagreements.len(),
            self.upstream_only.len(),
            self.ours_only.len()
        )?;
        if !self.disagreements.is_empty() {
            writeln!(out, "disagreements (upstream -> shipped):")?;
            for c in &self.disagreements {
                writeln!(out, "  {:<22} {}: {}", c.kind, c.subject, c.detail)?;
            }
        }
        if !self.upstream_only.is_empty() {
            writeln!(out, "upstream registers not carried yet:")?;
            for chunk in self.upstream_only.chunks(6) {
                writeln!(out, "  {}", chunk.join(" "))?;
            }
        }
        Ok(())
    }
}

/// Parse two files of the same format and diff them; `Err` holds the diagnostics.
pub fn files(
    old_label: &str,
    old: &str,
    new_label: &str,
    new: &str,
) -> Result<(Diff, &'static str), Vec<crate::Diagnostic>> {
    if crate::is_sae(old) || crate::is_sae(new) {
        return crate::sae::diff::files(old_label, old, new_label, new);
    }
    match (crate::is_smccc(old), crate::is_smccc(new)) {
        (true, true) => {
            let (a, b) = (smccc::parse(old_label, old), smccc::parse(new_label, new));
            if a.has_errors() || b.has_errors() {
                return Err(a.diagnostics.into_iter().chain(b.diagnostics).collect());
            }
            Ok((self::smccc(&a.file, &b.file), "smccc"))
        }
        (false, false) => {
            let (a, b) = (sysreg::parse(old_label, old), sysreg::parse(new_label, new));
            if a.has_errors() || b.has_errors() {
                return Err(a.diagnostics.into_iter().chain(b.diagnostics).collect());
            }
            Ok((self::sysreg(&a.file, &b.file), "sysreg"))
        }
        _ => Err(vec![crate::Diagnostic {
            severity: crate::Severity::Error,
            kind: crate::Kind::UnhandledStatement,
            file: new_label.to_string(),
            line: 0,
            register: None,
            field: None,
            message: format!(
                "{old_label} and {new_label} are not in the same format (sysreg vs SMCCC)"
            ),
        }]),
    }
}
