//! Rust emitter for `arm64-uapi`.
//!
//! The output is meant to be `include!`d into a module of a crate that provides the descriptor
//! types `crate::sysreg::{Encoding, SysReg, Layout, Field, FieldSign, Enumerator, Prefixed}`
//! and `crate::kvm::one_reg_id`, and depends on `bitfield-struct` and `num_enum`.
//!
//! For every register `R` it emits `pub mod R` holding the encoding and every number derived
//! from it, and the layout: a module per field (`SHIFT`, `WIDTH`, `MASK`, `SIGNED`, one `u64`
//! constant per enumerator, unshifted as in the kernel, and a `num_enum` `Enum` where the
//! enumerator values are unique), the `RES0`/`RES1`/`UNKN` masks and a `bitfield-struct` value
//! type `Value`. Registers that use `Fields L` or `Mapping M` re-export that layout.
//!
//! A register whose `Fields`/`Mapping` names no layout this file defines (the kernel's
//! generator accepts that and writes only a comment; Linux 7.2's `MPAM1_EL12` says
//! `Fields MPAM1_ELx` without any `SysregFields MPAM1_ELx`) gets its encoding only: every
//! encoding-derived item, an empty `LAYOUT` (no fields, every mask 0), no `PREFIXED` layouts
//! and no `Value` type. Its docs say so.
//!
//! Enumerators of one field with the same name get trailing `_`s; a field whose enumerator
//! values repeat or do not fit its width gets no `Enum` type (the constants are still there).
//!
//! Spelling of names that are not Rust identifiers:
//! - an enumerator or field name that starts with a digit gets a leading `_` (`52` → `_52`);
//! - a name that is a Rust keyword, or that collides with an item the emitter generates in the
//!   same module (`ENCODING`, `Value`, `SHIFT`, …), gets a trailing `_`;
//! - `Value` accessors are the lower-cased field name (`TGran4` → `tgran4()`); a lower-cased
//!   name that would collide gets `_<lsb>` appended. A 1-bit field's accessor is a `bool`, also
//!   for a 1-bit `SignedEnum`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::model::*;

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

/// Items the emitter generates inside a register or layout module.
const MODULE_ITEMS: &[&str] = &[
    "ENCODING",
    "SYS_REG",
    "MRS",
    "MSR",
    "KVM_ONE_REG_ID",
    "SAE_ID",
    "DESC",
    "LAYOUT",
    "RES0",
    "RES1",
    "UNKN",
    "RAZ",
    "FIELDS",
    "PREFIXED",
    "Value",
];

/// Items the emitter generates inside a field module.
const FIELD_ITEMS: &[&str] = &["FIELD", "SHIFT", "WIDTH", "MASK", "SIGNED", "Enum"];

/// Methods `bitfield-struct` generates on `Value` besides the field accessors.
const VALUE_METHODS: &[&str] = &["new", "from_bits", "into_bits", "default", "clone", "fmt"];

/// The Rust spelling of a definitions-file name (see the module docs).
pub fn rust_name(name: &str, taken: &[&str]) -> String {
    let mut s = String::new();
    if name.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        s.push('_');
    }
    s.push_str(name);
    while KEYWORDS.contains(&s.as_str()) || taken.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

fn hex(v: u64) -> String {
    format!("{v:#018x}")
}

/// The accessor type of a field. A 1-bit field is a `bool` even when declared signed (its
/// raw bit: `bitfield-struct` has no 1-bit signed integers).
fn int_type(width: u32, signed: bool) -> &'static str {
    match (width, signed) {
        (1, _) => "bool",
        (0..=8, false) => "u8",
        (0..=16, false) => "u16",
        (0..=32, false) => "u32",
        (_, false) => "u64",
        (0..=8, true) => "i8",
        (0..=16, true) => "i16",
        (0..=32, true) => "i32",
        (_, true) => "i64",
    }
}

fn repr_type(width: u32) -> &'static str {
    match width {
        0..=8 => "u8",
        9..=16 => "u16",
        17..=32 => "u32",
        _ => "u64",
    }
}

fn doc(out: &mut String, indent: &str, text: &str) {
    for l in text.lines() {
        if l.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {l}");
        }
    }
}

fn bits_str(b: Bits) -> String {
    if b.msb == b.lsb {
        format!("[{}]", b.msb)
    } else {
        format!("[{}:{}]", b.msb, b.lsb)
    }
}

struct Emitter<'a> {
    label: &'a str,
    out: String,
    /// Every block by name, to resolve `Fields`/`Mapping` targets.
    blocks: HashMap<&'a str, &'a Body>,
}

impl Emitter<'_> {
    /// Whether `Fields`/`Mapping` of register `from` naming `target` leads to a layout (through
    /// further `Mapping`s, without a cycle).
    fn resolves(&self, from: &str, target: &str) -> bool {
        let mut seen = vec![from];
        let mut t = target;
        loop {
            if seen.contains(&t) {
                return false;
            }
            match self.blocks.get(t) {
                None => return false,
                Some(Body::Layout { .. }) => return true,
                Some(Body::Fields { target, .. } | Body::Mapping { target, .. }) => {
                    seen.push(t);
                    t = target;
                }
            }
        }
    }

    /// Emit a layout's items into the current module: field modules, masks, `FIELDS`, `LAYOUT`
    /// and `Value`. `what` names the layout in docs; `c_prefix` is the kernel macro prefix.
    fn layout(&mut self, ind: &str, what: &str, c_prefix: &str, layout: &Layout) {
        let out = &mut self.out;
        // Field modules get unique names; prefix modules and generated items are taken.
        let mut taken: Vec<String> = MODULE_ITEMS.iter().map(|s| s.to_string()).collect();
        let mut field_mods = Vec::new();
        for item in layout.fields() {
            let name = item.name().unwrap_or_default();
            let refs: Vec<&str> = taken.iter().map(String::as_str).collect();
            let m = rust_name(name, &refs);
            taken.push(m.clone());
            field_mods.push((item, m));
        }
        for (item, m) in &field_mods {
            let name = item.name().unwrap_or_default();
            let b = item.bits;
            let (sign, values): (&str, &[Enumerator]) = match &item.kind {
                ItemKind::Enum {
                    sign: Sign::Signed,
                    values,
                    ..
                } => ("Signed", values),
                ItemKind::Enum {
                    sign: Sign::Unsigned,
                    values,
                    ..
                } => ("Unsigned", values),
                ItemKind::Enum { values, .. } => ("Unspecified", values),
                _ => ("Unspecified", &[]),
            };
            let kind = match &item.kind {
                ItemKind::Enum { .. } => "enumerated field",
                _ => "field",
            };
            doc(
                out,
                ind,
                &format!(
                    "`{what}.{name}`, {kind} at bits {} (kernel `{c_prefix}_{name}`).",
                    bits_str(b)
                ),
            );
            let _ = writeln!(out, "{ind}pub mod {m} {{");
            let i2 = format!("{ind}    ");
            let mut names = Vec::new();
            let mut enum_taken: Vec<String> = FIELD_ITEMS.iter().map(|s| s.to_string()).collect();
            for e in values {
                let refs: Vec<&str> = enum_taken.iter().map(String::as_str).collect();
                let n = rust_name(&e.name, &refs);
                enum_taken.push(n.clone());
                doc(
                    out,
                    &i2,
                    &format!(
                        "Enumerator `{}` (kernel `{c_prefix}_{name}_{}`), unshifted.",
                        e.name, e.name
                    ),
                );
                let _ = writeln!(out, "{i2}pub const {n}: u64 = 0b{};", e.digits_string());
                names.push((e, n));
            }
            doc(
                out,
                &i2,
                "The field descriptor; `SHIFT`, `WIDTH` and `MASK` derive from it.",
            );
            let _ = writeln!(
                out,
                "{i2}pub const FIELD: crate::sysreg::Field = crate::sysreg::Field {{"
            );
            let _ = writeln!(out, "{i2}    name: {name:?},");
            let _ = writeln!(out, "{i2}    shift: {},", b.lsb);
            let _ = writeln!(out, "{i2}    width: {},", b.width());
            let _ = writeln!(out, "{i2}    sign: crate::sysreg::FieldSign::{sign},");
            let _ = write!(out, "{i2}    enumerators: &[");
            for (e, n) in &names {
                let _ = write!(
                    out,
                    "crate::sysreg::Enumerator {{ name: {:?}, value: {n} }}, ",
                    e.name
                );
            }
            let _ = writeln!(out, "],");
            let _ = writeln!(out, "{i2}}};");
            doc(
                out,
                &i2,
                "Position of the field's least significant bit (kernel `_SHIFT`).",
            );
            let _ = writeln!(out, "{i2}pub const SHIFT: u32 = FIELD.shift();");
            doc(out, &i2, "Width in bits (kernel `_WIDTH`).");
            let _ = writeln!(out, "{i2}pub const WIDTH: u32 = FIELD.width();");
            doc(
                out,
                &i2,
                "In-place mask, `GENMASK(msb, lsb)` (kernel `_MASK`).",
            );
            let _ = writeln!(out, "{i2}pub const MASK: u64 = FIELD.mask();");
            if sign != "Unspecified" {
                doc(out, &i2, "True for a signed ID field (kernel `_SIGNED`).");
                let _ = writeln!(out, "{i2}pub const SIGNED: bool = FIELD.is_signed();");
            }
            let mut uniq = HashSet::new();
            let fits = |v: u64| b.width() >= 64 || v >> b.width() == 0;
            let unique = !names.is_empty()
                && names
                    .iter()
                    .all(|(e, _)| fits(e.value) && uniq.insert(e.value));
            if unique {
                let repr = repr_type(b.width());
                doc(
                    out,
                    &i2,
                    &format!("The enumerators of `{what}.{name}` as a type (values are unique)."),
                );
                let _ = writeln!(
                    out,
                    "{i2}#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::num_enum::TryFromPrimitive, ::num_enum::IntoPrimitive)]"
                );
                let _ = writeln!(out, "{i2}#[repr({repr})]");
                let _ = writeln!(out, "{i2}pub enum Enum {{");
                for (e, n) in &names {
                    doc(
                        out,
                        &format!("{i2}    "),
                        &format!("`{}` (0b{}).", e.name, e.digits_string()),
                    );
                    let _ = writeln!(out, "{i2}    {n} = {n} as {repr},");
                }
                let _ = writeln!(out, "{i2}}}");
            }
            let _ = writeln!(out, "{ind}}}");
        }

        doc(
            out,
            ind,
            &format!("`{c_prefix}_RES0`: bits reserved as zero."),
        );
        let _ = writeln!(out, "{ind}pub const RES0: u64 = LAYOUT.res0;");
        doc(
            out,
            ind,
            &format!("`{c_prefix}_RES1`: bits reserved as one."),
        );
        let _ = writeln!(out, "{ind}pub const RES1: u64 = LAYOUT.res1;");
        doc(
            out,
            ind,
            &format!("`{c_prefix}_UNKN`: bits with an unknown value."),
        );
        let _ = writeln!(out, "{ind}pub const UNKN: u64 = LAYOUT.unkn;");
        doc(out, ind, "Bits that read as zero (`Raz`; no kernel macro).");
        let _ = writeln!(out, "{ind}pub const RAZ: u64 = LAYOUT.raz;");
        doc(out, ind, &format!("The layout of `{what}`."));
        let _ = writeln!(
            out,
            "{ind}pub const LAYOUT: crate::sysreg::Layout = crate::sysreg::Layout {{"
        );
        let _ = writeln!(out, "{ind}    name: {what:?},");
        let _ = writeln!(out, "{ind}    res0: {},", hex(layout.res0()));
        let _ = writeln!(out, "{ind}    res1: {},", hex(layout.res1()));
        let _ = writeln!(out, "{ind}    unkn: {},", hex(layout.unkn()));
        let _ = writeln!(out, "{ind}    raz: {},", hex(layout.raz()));
        let _ = write!(out, "{ind}    fields: &[");
        for (_, m) in &field_mods {
            let _ = write!(out, "{m}::FIELD, ");
        }
        let _ = writeln!(out, "],");
        let _ = writeln!(out, "{ind}}};");
        self.value_type(ind, what, layout, &field_mods);
    }

    fn value_type(
        &mut self,
        ind: &str,
        what: &str,
        layout: &Layout,
        field_mods: &[(&Item, String)],
    ) {
        let out = &mut self.out;
        // Accessor names: lower-cased, unique.
        let mut used: HashSet<String> = VALUE_METHODS.iter().map(|s| s.to_string()).collect();
        doc(
            out,
            ind,
            &format!("A value of `{what}` with typed field accessors (bit 0 first)."),
        );
        doc(
            out,
            ind,
            "`Value::new()` has every RES1 bit set and everything else zero.",
        );
        let _ = writeln!(out, "{ind}#[::bitfield_struct::bitfield(u64)]");
        let _ = writeln!(out, "{ind}#[derive(PartialEq, Eq)]");
        let _ = writeln!(out, "{ind}pub struct Value {{");
        let mut items: Vec<&Item> = layout.items.iter().collect();
        items.sort_by_key(|i| i.bits.lsb);
        let mut pad = 0u32;
        for item in items {
            let b = item.bits;
            let w = b.width();
            match &item.kind {
                ItemKind::Field { name } | ItemKind::Enum { name, .. } => {
                    let signed = matches!(
                        &item.kind,
                        ItemKind::Enum {
                            sign: Sign::Signed,
                            ..
                        }
                    );
                    let mut m = name.to_ascii_lowercase();
                    if m.starts_with(|c: char| c.is_ascii_digit() || c == '_') {
                        m.insert(0, 'f');
                    }
                    if KEYWORDS.contains(&m.as_str()) || used.contains(&m) {
                        m = format!("{m}_{}", b.lsb);
                    }
                    used.insert(m.clone());
                    let modname = field_mods
                        .iter()
                        .find(|(i, _)| std::ptr::eq(*i, item))
                        .map_or(name.as_str(), |(_, n)| n.as_str());
                    doc(
                        out,
                        &format!("{ind}    "),
                        &format!("`{name}`, bits {} (see [`{modname}`]).", bits_str(b)),
                    );
                    let _ = writeln!(out, "{ind}    #[bits({w})]");
                    let _ = writeln!(out, "{ind}    pub {m}: {},", int_type(w, signed));
                }
                other => {
                    let what = match other {
                        ItemKind::Res1 => "RES1",
                        ItemKind::Res0 => "RES0",
                        ItemKind::Unkn => "UNKN",
                        _ => "RAZ",
                    };
                    let ty = int_type(w.max(2), false);
                    let default = if matches!(other, ItemKind::Res1) {
                        let ones = u64::MAX.checked_shr(64u32.saturating_sub(w)).unwrap_or(0);
                        format!(", default = {ones:#x}")
                    } else {
                        String::new()
                    };
                    let _ = writeln!(out, "{ind}    /// {what}, bits {}.", bits_str(b));
                    let _ = writeln!(out, "{ind}    #[bits({w}{default})]");
                    let _ = writeln!(out, "{ind}    __{pad}: {ty},");
                    pad = pad.saturating_add(1);
                }
            }
        }
        let _ = writeln!(out, "{ind}}}");
    }

    fn body(&mut self, ind: &str, what: &str, body: &Body) {
        match body {
            Body::Layout { prefixed, layout } => {
                for p in prefixed {
                    let m = rust_name(&p.prefix, MODULE_ITEMS);
                    doc(
                        &mut self.out,
                        ind,
                        &format!(
                            "The `{}` layout of `{what}` (kernel prefix `{}_`).",
                            p.prefix, p.prefix
                        ),
                    );
                    let _ = writeln!(self.out, "{ind}pub mod {m} {{");
                    let i2 = format!("{ind}    ");
                    self.layout(
                        &i2,
                        &format!("{}_{what}", p.prefix),
                        &format!("{}_{what}", p.prefix),
                        &p.layout,
                    );
                    let _ = writeln!(self.out, "{ind}}}");
                }
                self.layout(ind, what, what, layout);
                doc(
                    &mut self.out,
                    ind,
                    "The prefixed (feature-dependent) alternative layouts.",
                );
                let _ = write!(
                    self.out,
                    "{ind}pub const PREFIXED: &[crate::sysreg::Prefixed] = &["
                );
                for p in prefixed {
                    let m = rust_name(&p.prefix, MODULE_ITEMS);
                    let _ = write!(
                        self.out,
                        "crate::sysreg::Prefixed {{ prefix: {:?}, layout: &{m}::LAYOUT }}, ",
                        p.prefix
                    );
                }
                let _ = writeln!(self.out, "];");
            }
            Body::Fields { target, .. } | Body::Mapping { target, .. }
                if !self.resolves(what, target) =>
            {
                let kw = if matches!(body, Body::Fields { .. }) {
                    "Fields"
                } else {
                    "Mapping"
                };
                let o = &mut self.out;
                doc(
                    o,
                    ind,
                    &format!(
                        "No layout: `{kw} {target}` names no layout in {}. Empty (no fields, \
                         every mask 0): the register is generated from its encoding only.",
                        self.label
                    ),
                );
                let _ = writeln!(
                    o,
                    "{ind}pub const LAYOUT: crate::sysreg::Layout = crate::sysreg::Layout {{ name: {what:?}, res0: 0, res1: 0, unkn: 0, raz: 0, fields: &[] }};"
                );
                doc(o, ind, "No prefixed layouts (encoding only).");
                let _ = writeln!(
                    o,
                    "{ind}pub const PREFIXED: &[crate::sysreg::Prefixed] = &[];"
                );
            }
            Body::Fields { target, .. } | Body::Mapping { target, .. } => {
                let t = rust_name(target, &[]);
                doc(
                    &mut self.out,
                    ind,
                    &format!("The layout is that of [`{t}`](super::{t})."),
                );
                let _ = writeln!(self.out, "{ind}pub use super::{t}::*;");
            }
        }
    }

    fn emit(&mut self, file: &SysregFile) {
        let _ = writeln!(
            self.out,
            "// @generated by abi-gen from {}: do not edit.\n",
            self.label
        );
        for block in &file.blocks {
            match block {
                Block::Fields(f) => {
                    let m = rust_name(&f.name, &[]);
                    doc(
                        &mut self.out,
                        "",
                        &format!(
                            "`SysregFields {}`: a layout shared by several registers ({}:{}).",
                            f.name, self.label, f.line
                        ),
                    );
                    let _ = writeln!(self.out, "pub mod {m} {{");
                    self.body("    ", &f.name, &f.body);
                    let _ = writeln!(self.out, "}}\n");
                }
                Block::Sysreg(r) => {
                    let m = rust_name(&r.name, &[]);
                    let e = r.encoding;
                    let encoding_only = match &r.body {
                        Body::Fields { target, .. } | Body::Mapping { target, .. } => {
                            !self.resolves(&r.name, target)
                        }
                        Body::Layout { .. } => false,
                    };
                    doc(
                        &mut self.out,
                        "",
                        &format!(
                            "`{}`: `S{}_{}_C{}_C{}_{}` (op0={}, op1={}, CRn={}, CRm={}, op2={}; {}:{}){}.",
                            r.name,
                            e.op0,
                            e.op1,
                            e.crn,
                            e.crm,
                            e.op2,
                            e.op0,
                            e.op1,
                            e.crn,
                            e.crm,
                            e.op2,
                            self.label,
                            r.line,
                            if encoding_only {
                                "; encoding only: the definitions name no layout for it"
                            } else {
                                ""
                            }
                        ),
                    );
                    let _ = writeln!(self.out, "pub mod {m} {{");
                    let o = &mut self.out;
                    doc(
                        o,
                        "    ",
                        "The encoding, the one source of every number below.",
                    );
                    let _ = writeln!(
                        o,
                        "    pub const ENCODING: crate::sysreg::Encoding = crate::sysreg::Encoding::new({}, {}, {}, {}, {});",
                        e.op0, e.op1, e.crn, e.crm, e.op2
                    );
                    doc(
                        o,
                        "    ",
                        &format!(
                            "Kernel `SYS_{}`: the `sys_reg()` value (encoding at MRS/MSR bits 20:5).",
                            r.name
                        ),
                    );
                    let _ = writeln!(o, "    pub const SYS_REG: u32 = ENCODING.sys_reg();");
                    doc(
                        o,
                        "    ",
                        &format!(
                            "`MRS X0, {}` instruction word; OR Rt into bits 4:0.",
                            r.name
                        ),
                    );
                    let _ = writeln!(o, "    pub const MRS: u32 = ENCODING.mrs(0);");
                    doc(
                        o,
                        "    ",
                        &format!(
                            "`MSR {}, X0` instruction word; OR Rt into bits 4:0.",
                            r.name
                        ),
                    );
                    let _ = writeln!(o, "    pub const MSR: u32 = ENCODING.msr(0);");
                    doc(
                        o,
                        "    ",
                        "KVM `ONE_REG` id (`ARM64_SYS_REG()`, with KVM's timer-id quirk applied).",
                    );
                    let _ = writeln!(
                        o,
                        "    pub const KVM_ONE_REG_ID: u64 = crate::kvm::one_reg_id(ENCODING);"
                    );
                    doc(
                        o,
                        "    ",
                        "The 16-bit register id of the s390 EASR/SASR instructions (`sys_reg >> 5`).",
                    );
                    let _ = writeln!(o, "    pub const SAE_ID: u16 = ENCODING.sae_id();");
                    doc(o, "    ", "The register's table entry.");
                    let _ = writeln!(
                        o,
                        "    pub const DESC: crate::sysreg::SysReg = crate::sysreg::SysReg {{ name: {:?}, encoding: ENCODING, layout: &LAYOUT, prefixed: PREFIXED }};",
                        r.name
                    );
                    self.body("    ", &r.name, &r.body);
                    let _ = writeln!(self.out, "}}\n");
                }
            }
        }
        // The table, sorted by encoding then name, and a name index.
        let mut regs: Vec<&Sysreg> = file.sysregs().collect();
        regs.sort_by(|a, b| (a.encoding.sys_reg(), &a.name).cmp(&(b.encoding.sys_reg(), &b.name)));
        let n = regs.len();
        doc(
            &mut self.out,
            "",
            "Every register, sorted by encoding (then name).",
        );
        let _ = writeln!(
            self.out,
            "pub static REGISTERS: [crate::sysreg::SysReg; {n}] = ["
        );
        for r in &regs {
            let _ = writeln!(self.out, "    {}::DESC,", rust_name(&r.name, &[]));
        }
        let _ = writeln!(self.out, "];\n");
        let mut by_name: Vec<(usize, &Sysreg)> = regs.iter().copied().enumerate().collect();
        by_name.sort_by(|a, b| a.1.name.cmp(&b.1.name));
        doc(
            &mut self.out,
            "",
            "Indices into [`REGISTERS`] sorted by register name.",
        );
        let _ = writeln!(self.out, "pub static BY_NAME: [u16; {n}] = [");
        for (i, _) in &by_name {
            let _ = writeln!(self.out, "    {i},");
        }
        let _ = writeln!(self.out, "];");
    }
}

/// The Rust source for a parsed file. The caller must not pass a file with errors.
pub fn emit(label: &str, file: &SysregFile) -> String {
    let blocks = file
        .blocks
        .iter()
        .map(|b| match b {
            Block::Sysreg(r) => (r.name.as_str(), &r.body),
            Block::Fields(f) => (f.name.as_str(), &f.body),
        })
        .collect();
    let mut e = Emitter {
        label,
        out: String::with_capacity(file.blocks.len().saturating_mul(4096)),
        blocks,
    };
    e.emit(file);
    e.out
}
