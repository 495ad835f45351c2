//! Rust emitter for `arm64-uapi`.
//!
//! The output is meant to be `include!`d into a module of a crate that provides the descriptor
//! types `crate::sysreg::{Encoding, SysReg, Layout, Field, FieldSign, Enumerator, Prefixed}`
//! and `crate::kvm::one_reg_id`. It is formatted as `rustfmt` would format it, so the checked-in
//! copy reads like hand-written code and diffs cleanly.
//!
//! For every register `R` it emits `pub mod R` holding the encoding and every number derived
//! from it, and the layout: a module per field (`SHIFT`, `WIDTH`, `MASK`, `SIGNED`, one `u64`
//! constant per enumerator, unshifted as in the kernel), the `RES0`/`RES1`/`UNKN`/`RAZ` masks,
//! and the descriptors `FIELD`, `LAYOUT` and `DESC`. Registers that use `Fields L` or
//! `Mapping M` re-export that layout. Behind `#[cfg(feature = "typed")]` (it needs the
//! `bitfield-struct` and `num_enum` proc macros) it also emits a `num_enum` `Enum` per field
//! whose enumerator values are unique, a `bitfield-struct` value type `Value`, and for each
//! field with an `Enum` a typed accessor `Value::<field>_enum()`.
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

use std::collections::HashSet;
use std::fmt::{self, Write as _};

use super::model::*;

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
];

/// `rustfmt`'s default `max_width`.
const MAX_WIDTH: usize = 100;

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

/// A 64-bit mask as `0x` and four groups of four hex digits (`0xf000_0000_0000_0000`).
fn hex(v: u64) -> String {
    let d = format!("{v:016x}");
    let mut s = String::from("0x");
    for (i, c) in d.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            s.push('_');
        }
        s.push(c);
    }
    s
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

/// Doc comment lines, word-wrapped to the 100-column line width.
fn doc(out: &mut String, ind: &str, text: &str) -> fmt::Result {
    let room = MAX_WIDTH.saturating_sub(ind.len().saturating_add(4));
    for l in text.lines() {
        if l.is_empty() {
            writeln!(out, "{ind}///")?;
            continue;
        }
        let mut line = String::new();
        for w in l.split(' ') {
            if !line.is_empty() && line.len().saturating_add(w.len()) >= room {
                writeln!(out, "{ind}/// {line}")?;
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        writeln!(out, "{ind}/// {line}")?;
    }
    Ok(())
}

/// Bit range as the Arm ARM writes it, without brackets (rustdoc reads `[15:0]` as a link).
fn bits_str(b: Bits) -> String {
    if b.msb == b.lsb {
        format!("bit {}", b.msb)
    } else {
        format!("bits {}:{}", b.msb, b.lsb)
    }
}

/// `{ind}{head}[items],` on one line if rustfmt would keep it there (the bracketed list within
/// its 60-column `array_width` and the line within 100), else one item per line.
pub(crate) fn list(
    out: &mut String,
    ind: &str,
    head: &str,
    items: &[String],
    tail: &str,
) -> fmt::Result {
    let joined = items.join(", ");
    let one = format!("{ind}{head}[{joined}]{tail}");
    if items.is_empty() || (joined.len() <= 58 && one.len() <= MAX_WIDTH) {
        writeln!(out, "{one}")?;
        return Ok(());
    }
    // A sole call that does not fit: rustfmt overflows it, one argument per line.
    let call = match items {
        [only] => only
            .strip_suffix(')')
            .and_then(|c| c.split_once('('))
            .filter(|(_, args)| !args.contains(['(', '[', '{'])),
        _ => None,
    };
    if let Some((callee, args)) = call {
        writeln!(out, "{ind}{head}[{callee}(")?;
        for a in args.split(", ") {
            writeln!(out, "{ind}    {a},")?;
        }
        writeln!(out, "{ind})]{tail}")?;
        return Ok(());
    }
    writeln!(out, "{ind}{head}[")?;
    for i in items {
        writeln!(out, "{ind}    {i},")?;
    }
    writeln!(out, "{ind}]{tail}")?;
    Ok(())
}

/// A `pub const NAME: TYPE = EXPR;` line, broken after `=` when it is too long (as rustfmt).
pub(crate) fn konst(out: &mut String, ind: &str, name: &str, ty: &str, expr: &str) -> fmt::Result {
    let one = format!("{ind}pub const {name}: {ty} = {expr};");
    if one.len() <= MAX_WIDTH {
        writeln!(out, "{one}")?;
    } else {
        writeln!(out, "{ind}pub const {name}: {ty} =\n{ind}    {expr};")?;
    }
    Ok(())
}

struct FieldMod<'a> {
    item: &'a Item,
    name: &'a str,
    /// The module's Rust name.
    m: String,
    /// Whether the module has an `Enum` (typed feature).
    has_enum: bool,
}

struct Emitter<'a> {
    out: String,
    label: &'a str,
    /// The file, to resolve `Fields`/`Mapping` targets ([`SysregFile::resolve_body`]).
    file: &'a SysregFile,
}

impl Emitter<'_> {
    /// Whether `body` leads to a layout through `Fields` (a `SysregFields`) and `Mapping`
    /// (a `Sysreg`) references, without a cycle: else the register is encoding only.
    fn resolves(&self, body: &Body) -> bool {
        self.file.resolve_body(body).is_some()
    }

    /// Emit a layout's items into the current module: field modules, masks, `LAYOUT` and the
    /// typed `Value`. `what` names the layout; `c_prefix` is the kernel macro prefix.
    fn layout(&mut self, ind: &str, what: &str, c_prefix: &str, layout: &Layout) -> fmt::Result {
        // Field modules get unique names; prefix modules and generated items are taken.
        let mut taken: Vec<String> = MODULE_ITEMS.iter().map(|s| s.to_string()).collect();
        let mut field_mods = Vec::new();
        for item in layout.fields() {
            let name = item.name().unwrap_or_default();
            let refs: Vec<&str> = taken.iter().map(String::as_str).collect();
            let m = rust_name(name, &refs);
            taken.push(m.clone());
            field_mods.push(FieldMod {
                item,
                name,
                m,
                has_enum: false,
            });
        }
        for fm in &mut field_mods {
            fm.has_enum = self.field_mod(ind, c_prefix, fm)?;
        }
        let out = &mut self.out;
        for (name, mask, c) in [
            ("RES0", layout.res0(), true),
            ("RES1", layout.res1(), true),
            ("UNKN", layout.unkn(), true),
            ("RAZ", layout.raz(), false),
        ] {
            if c {
                doc(out, ind, &format!("Kernel `{c_prefix}_{name}`."))?;
            } else {
                doc(out, ind, "Bits that read as zero (`Raz`; no kernel macro).")?;
            }
            konst(out, ind, name, "u64", &hex(mask))?;
        }
        doc(out, ind, &format!("The layout of `{what}`."))?;
        writeln!(
            out,
            "{ind}pub const LAYOUT: crate::sysreg::Layout = crate::sysreg::Layout {{"
        )?;
        writeln!(out, "{ind}    name: {what:?},")?;
        for f in ["res0", "res1", "unkn", "raz"] {
            writeln!(out, "{ind}    {f}: {},", f.to_ascii_uppercase())?;
        }
        let fields: Vec<String> = field_mods
            .iter()
            .map(|f| format!("{}::FIELD", f.m))
            .collect();
        list(out, &format!("{ind}    "), "fields: &", &fields, ",")?;
        writeln!(out, "{ind}}};")?;
        self.value_type(ind, what, layout, &field_mods)?;
        Ok(())
    }

    /// One field module; returns whether it has an `Enum`.
    fn field_mod(
        &mut self,
        ind: &str,
        c_prefix: &str,
        fm: &FieldMod<'_>,
    ) -> Result<bool, fmt::Error> {
        let out = &mut self.out;
        let (name, b) = (fm.name, fm.item.bits);
        let (sign, values): (&str, &[Enumerator]) = match &fm.item.kind {
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
        doc(out, ind, &format!("`{name}`, {}.", bits_str(b)))?;
        writeln!(out, "{ind}pub mod {} {{", fm.m)?;
        let i2 = format!("{ind}    ");
        let mut names = Vec::new();
        let mut enum_taken: Vec<String> = FIELD_ITEMS.iter().map(|s| s.to_string()).collect();
        for e in values {
            let refs: Vec<&str> = enum_taken.iter().map(String::as_str).collect();
            let n = rust_name(&e.name, &refs);
            enum_taken.push(n.clone());
            doc(out, &i2, &format!("Kernel `{c_prefix}_{name}_{}`.", e.name))?;
            konst(out, &i2, &n, "u64", &format!("0b{}", e.digits_string()))?;
            names.push((e, n));
        }
        doc(out, &i2, &format!("Kernel `{c_prefix}_{name}_SHIFT`."))?;
        konst(out, &i2, "SHIFT", "u32", &b.lsb.to_string())?;
        doc(out, &i2, &format!("Kernel `{c_prefix}_{name}_WIDTH`."))?;
        konst(out, &i2, "WIDTH", "u32", &b.width().to_string())?;
        doc(out, &i2, &format!("Kernel `{c_prefix}_{name}_MASK`."))?;
        konst(out, &i2, "MASK", "u64", &hex(b.mask()))?;
        if sign != "Unspecified" {
            doc(out, &i2, &format!("Kernel `{c_prefix}_{name}_SIGNED`."))?;
            konst(out, &i2, "SIGNED", "bool", &(sign == "Signed").to_string())?;
        }
        doc(out, &i2, "The field descriptor.")?;
        writeln!(
            out,
            "{i2}pub const FIELD: crate::sysreg::Field = crate::sysreg::Field {{"
        )?;
        writeln!(out, "{i2}    name: {name:?},")?;
        writeln!(out, "{i2}    shift: SHIFT as u8,")?;
        writeln!(out, "{i2}    width: WIDTH as u8,")?;
        writeln!(out, "{i2}    sign: crate::sysreg::FieldSign::{sign},")?;
        let enums: Vec<String> = names
            .iter()
            .map(|(e, n)| format!("crate::sysreg::Enumerator::new({:?}, {n})", e.name))
            .collect();
        list(out, &format!("{i2}    "), "enumerators: &", &enums, ",")?;
        writeln!(out, "{i2}}};")?;
        let mut uniq = HashSet::new();
        let fits = |v: u64| b.width() >= 64 || v >> b.width() == 0;
        let unique = !names.is_empty()
            && names
                .iter()
                .all(|(e, _)| fits(e.value) && uniq.insert(e.value));
        if unique {
            let repr = repr_type(b.width());
            writeln!(out, "{i2}#[cfg(feature = \"typed\")]")?;
            writeln!(
                out,
                "{i2}use ::num_enum::{{IntoPrimitive, TryFromPrimitive}};"
            )?;
            writeln!(out, "{i2}/// The enumerators as a type.")?;
            writeln!(out, "{i2}#[cfg(feature = \"typed\")]")?;
            writeln!(
                out,
                "{i2}#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, TryFromPrimitive, IntoPrimitive)]"
            )?;
            writeln!(out, "{i2}#[repr({repr})]")?;
            writeln!(out, "{i2}pub enum Enum {{")?;
            for (e, n) in &names {
                doc(out, &format!("{i2}    "), &format!("`{}`.", e.name))?;
                writeln!(out, "{i2}    {n} = {n} as {repr},")?;
            }
            writeln!(out, "{i2}}}")?;
        }
        writeln!(out, "{ind}}}")?;
        Ok(unique)
    }

    fn value_type(
        &mut self,
        ind: &str,
        what: &str,
        layout: &Layout,
        field_mods: &[FieldMod<'_>],
    ) -> fmt::Result {
        let out = &mut self.out;
        // Accessor names: lower-cased, unique.
        let mut used: HashSet<String> = VALUE_METHODS.iter().map(|s| s.to_string()).collect();
        // (accessor, field module, accessor type) of the fields that get a typed accessor.
        let mut typed = Vec::new();
        let text =
            format!("A `{what}` value with field accessors; `Value::new()` has the RES1 bits set.");
        // Within rustfmt's 100 columns: a long layout name moves the second clause down.
        let text = if ind.len().saturating_add(4).saturating_add(text.len()) > 100 {
            text.replacen("; ", ";\n", 1)
        } else {
            text
        };
        doc(out, ind, &text)?;
        writeln!(out, "{ind}#[cfg(feature = \"typed\")]")?;
        writeln!(out, "{ind}#[::bitfield_struct::bitfield(u64)]")?;
        writeln!(out, "{ind}#[derive(PartialEq, Eq)]")?;
        writeln!(out, "{ind}pub struct Value {{")?;
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
                    let fm = field_mods.iter().find(|f| std::ptr::eq(f.item, item));
                    let modname = fm.map_or(name.as_str(), |f| f.m.as_str());
                    doc(
                        out,
                        &format!("{ind}    "),
                        &format!("`{name}`, {} ([`{modname}`]).", bits_str(b)),
                    )?;
                    writeln!(out, "{ind}    #[bits({w})]")?;
                    let ty = int_type(w, signed);
                    writeln!(out, "{ind}    pub {m}: {ty},")?;
                    if let Some(fm) = fm.filter(|f| f.has_enum && !signed) {
                        typed.push((m, fm.m.clone(), ty));
                    }
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
                    writeln!(out, "{ind}    /// {what}, {}.", bits_str(b))?;
                    writeln!(out, "{ind}    #[bits({w}{default})]")?;
                    writeln!(out, "{ind}    __{pad}: {ty},")?;
                    pad = pad.saturating_add(1);
                }
            }
        }
        writeln!(out, "{ind}}}")?;
        if typed.is_empty() {
            return Ok(());
        }
        writeln!(out, "\n{ind}#[cfg(feature = \"typed\")]")?;
        writeln!(out, "{ind}impl Value {{")?;
        for (n, (acc, m, ty)) in typed.iter().enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            doc(
                out,
                &format!("{ind}    "),
                &format!("The field as a [`{m}::Enum`]; `Err` for a value no enumerator names."),
            )?;
            let ret = format!("crate::sysreg::EnumResult<{m}::Enum>");
            let sig = format!("{ind}    pub fn {acc}_enum(self) -> {ret} {{");
            if sig.len() <= MAX_WIDTH {
                writeln!(out, "{sig}")?;
            } else {
                let close = format!("{ind}    ) -> {ret} {{");
                let close = if close.len() < MAX_WIDTH {
                    close
                } else {
                    format!("{ind}    ) -> {ret}\n{ind}    {{")
                };
                writeln!(
                    out,
                    "{ind}    pub fn {acc}_enum(\n{ind}        self,\n{close}"
                )?;
            }
            let v = if *ty == "bool" {
                format!("u8::from(self.{acc}())")
            } else {
                format!("self.{acc}()")
            };
            writeln!(out, "{ind}        {m}::Enum::try_from({v})")?;
            writeln!(out, "{ind}    }}")?;
        }
        writeln!(out, "{ind}}}")?;
        Ok(())
    }

    fn body(&mut self, ind: &str, what: &str, body: &Body) -> fmt::Result {
        match body {
            Body::Layout { prefixed, layout } => {
                for p in prefixed {
                    let m = rust_name(&p.prefix, MODULE_ITEMS);
                    doc(
                        &mut self.out,
                        ind,
                        &format!("The `{}` layout of `{what}`.", p.prefix),
                    )?;
                    writeln!(self.out, "{ind}pub mod {m} {{")?;
                    let i2 = format!("{ind}    ");
                    let name = format!("{}_{what}", p.prefix);
                    self.layout(&i2, &name, &name, &p.layout)?;
                    writeln!(self.out, "{ind}}}")?;
                }
                self.layout(ind, what, what, layout)?;
                doc(
                    &mut self.out,
                    ind,
                    "The prefixed (feature-dependent) layouts.",
                )?;
                // One line per layout, each under a comment naming its feature (a comment
                // keeps rustfmt's layout vertical whatever the lengths).
                let open = if prefixed.is_empty() { "];" } else { "" };
                writeln!(
                    self.out,
                    "{ind}pub const PREFIXED: &[crate::sysreg::Prefixed] = &[{open}"
                )?;
                for p in prefixed {
                    let m = rust_name(&p.prefix, MODULE_ITEMS);
                    writeln!(self.out, "{ind}    // With {}.", p.prefix)?;
                    writeln!(
                        self.out,
                        "{ind}    crate::sysreg::Prefixed::new({:?}, &{m}::LAYOUT),",
                        p.prefix
                    )?;
                }
                if !prefixed.is_empty() {
                    writeln!(self.out, "{ind}];")?;
                }
            }
            Body::Fields { target, .. } | Body::Mapping { target, .. } if !self.resolves(body) => {
                let kw = if matches!(body, Body::Fields { .. }) {
                    "Fields"
                } else {
                    "Mapping"
                };
                let label = self.label;
                let o = &mut self.out;
                doc(
                    o,
                    ind,
                    &format!(
                        "No layout: `{kw} {target}` names no layout in {label}. Empty (no \
                         fields, every mask 0): the register is generated from its encoding only."
                    ),
                )?;
                writeln!(
                    o,
                    "{ind}pub const LAYOUT: crate::sysreg::Layout = crate::sysreg::Layout {{"
                )?;
                writeln!(o, "{ind}    name: {what:?},")?;
                for m in ["res0", "res1", "unkn", "raz"] {
                    writeln!(o, "{ind}    {m}: 0,")?;
                }
                writeln!(o, "{ind}    fields: &[],")?;
                writeln!(o, "{ind}}};")?;
                doc(o, ind, "No prefixed layouts (encoding only).")?;
                writeln!(
                    o,
                    "{ind}pub const PREFIXED: &[crate::sysreg::Prefixed] = &[];"
                )?;
            }
            Body::Fields { target, .. } | Body::Mapping { target, .. } => {
                let t = rust_name(target, &[]);
                doc(
                    &mut self.out,
                    ind,
                    &format!("The layout is that of [`{t}`](super::{t})."),
                )?;
                writeln!(self.out, "{ind}pub use super::{t}::*;")?;
            }
        }
        Ok(())
    }

    fn register(&mut self, r: &Sysreg) -> fmt::Result {
        let m = rust_name(&r.name, &[]);
        let e = r.encoding;
        let encoding_only = match &r.body {
            Body::Fields { .. } | Body::Mapping { .. } => !self.resolves(&r.body),
            Body::Layout { .. } => false,
        };
        let o = &mut self.out;
        doc(
            o,
            "",
            &format!(
                "`{}`, `S{}_{}_C{}_C{}_{}`{}.",
                r.name,
                e.op0,
                e.op1,
                e.crn,
                e.crm,
                e.op2,
                if encoding_only {
                    "; encoding only: the definitions name no layout for it"
                } else {
                    ""
                }
            ),
        )?;
        writeln!(o, "pub mod {m} {{")?;
        doc(
            o,
            "    ",
            "op0, op1, CRn, CRm, op2: the source of the numbers below.",
        )?;
        konst(
            o,
            "    ",
            "ENCODING",
            "crate::sysreg::Encoding",
            &format!(
                "crate::sysreg::Encoding::new({}, {}, {}, {}, {})",
                e.op0, e.op1, e.crn, e.crm, e.op2
            ),
        )?;
        doc(o, "    ", &format!("Kernel `SYS_{}`.", r.name))?;
        konst(o, "    ", "SYS_REG", "u32", "ENCODING.sys_reg()")?;
        doc(
            o,
            "    ",
            &format!("`MRS X0, {}`; OR Rt into bits 4:0.", r.name),
        )?;
        konst(o, "    ", "MRS", "u32", "ENCODING.mrs(0)")?;
        doc(
            o,
            "    ",
            &format!("`MSR {}, X0`; OR Rt into bits 4:0.", r.name),
        )?;
        konst(o, "    ", "MSR", "u32", "ENCODING.msr(0)")?;
        doc(
            o,
            "    ",
            "KVM `ONE_REG` id, `ARM64_SYS_REG()` (timer-id quirk applied).",
        )?;
        konst(
            o,
            "    ",
            "KVM_ONE_REG_ID",
            "u64",
            "crate::kvm::one_reg_id(ENCODING)",
        )?;
        doc(o, "    ", "s390 EASR/SASR register id.")?;
        konst(o, "    ", "SAE_ID", "u16", "ENCODING.sae_id()")?;
        doc(o, "    ", "The register's table entry.")?;
        writeln!(
            o,
            "    pub const DESC: crate::sysreg::SysReg = crate::sysreg::SysReg {{"
        )?;
        writeln!(o, "        name: {:?},", r.name)?;
        writeln!(o, "        encoding: ENCODING,")?;
        writeln!(o, "        layout: &LAYOUT,")?;
        writeln!(o, "        prefixed: PREFIXED,")?;
        writeln!(o, "    }};")?;
        self.body("    ", &r.name, &r.body)?;
        writeln!(self.out, "}}")?;
        Ok(())
    }

    fn emit(&mut self, label: &str, sha256: &str, file: &SysregFile) -> fmt::Result {
        writeln!(
            self.out,
            "// @generated by abi-gen {} from {label}: do not edit.\n",
            env!("CARGO_PKG_VERSION")
        )?;
        doc(
            &mut self.out,
            "",
            "The definitions file the registers were generated from.",
        )?;
        writeln!(self.out, "pub const SOURCE: &str = {label:?};")?;
        doc(&mut self.out, "", "SHA-256 of [`SOURCE`]'s text.")?;
        writeln!(self.out, "pub const SOURCE_SHA256: &str = {sha256:?};")?;
        for block in &file.blocks {
            writeln!(self.out)?;
            match block {
                Block::Fields(f) => {
                    let m = rust_name(&f.name, &[]);
                    doc(
                        &mut self.out,
                        "",
                        &format!("`{}`, a layout shared by several registers.", f.name),
                    )?;
                    writeln!(self.out, "pub mod {m} {{")?;
                    self.body("    ", &f.name, &f.body)?;
                    writeln!(self.out, "}}")?;
                }
                Block::Sysreg(r) => self.register(r)?,
            }
        }
        // The table, sorted by encoding then name, and a name index.
        let mut regs: Vec<&Sysreg> = file.sysregs().collect();
        regs.sort_by(|a, b| (a.encoding.sys_reg(), &a.name).cmp(&(b.encoding.sys_reg(), &b.name)));
        let n = regs.len();
        writeln!(self.out)?;
        doc(
            &mut self.out,
            "",
            "Every register, sorted by encoding (then name).",
        )?;
        let descs: Vec<String> = regs
            .iter()
            .map(|r| format!("{}::DESC", rust_name(&r.name, &[])))
            .collect();
        list(
            &mut self.out,
            "",
            &format!("pub static REGISTERS: [crate::sysreg::SysReg; {n}] = "),
            &descs,
            ";",
        )?;
        let mut by_name: Vec<(usize, &Sysreg)> = regs.iter().copied().enumerate().collect();
        by_name.sort_by(|a, b| a.1.name.cmp(&b.1.name));
        writeln!(self.out)?;
        doc(
            &mut self.out,
            "",
            "Indices into [`REGISTERS`] sorted by register name.",
        )?;
        writeln!(self.out, "pub static BY_NAME: [u16; {n}] = [")?;
        // rustfmt packs short list items ("mixed" layout) up to the line width.
        let mut line = String::new();
        for (i, _) in &by_name {
            let item = format!("{i},");
            if !line.is_empty() && line.len().saturating_add(item.len()) >= MAX_WIDTH - 5 {
                writeln!(self.out, "    {line}")?;
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&item);
        }
        if !line.is_empty() {
            writeln!(self.out, "    {line}")?;
        }
        writeln!(self.out, "];\n")?;
        let shared: Vec<String> = file
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Fields(f) => Some(rust_name(&f.name, &[])),
                Block::Sysreg(_) => None,
            })
            .collect();
        doc(
            &mut self.out,
            "",
            "Every shared layout (`SysregFields`), in definition order.",
        )?;
        writeln!(
            self.out,
            "pub static SHARED_LAYOUTS: [&crate::sysreg::Layout; {}] = [",
            shared.len()
        )?;
        for m in &shared {
            writeln!(self.out, "    &{m}::LAYOUT,")?;
        }
        writeln!(self.out, "];")?;
        Ok(())
    }
}

/// The Rust source for a parsed file, recording `label` and the SHA-256 of the definitions
/// text (`sha256`, lower-case hex) as `SOURCE` and `SOURCE_SHA256`. The caller must not pass a
/// file with errors.
pub fn emit_with_source(label: &str, sha256: &str, file: &SysregFile) -> String {
    let mut e = Emitter {
        label,
        file,
        out: String::with_capacity(file.blocks.len().saturating_mul(4096)),
    };
    // Writing to a `String` cannot fail.
    match e.emit(label, sha256, file) {
        Ok(()) => e.out,
        Err(fmt::Error) => String::new(),
    }
}

/// [`emit_with_source`] without a recorded hash (for tests and fuzzing).
pub fn emit(label: &str, file: &SysregFile) -> String {
    emit_with_source(label, "", file)
}
