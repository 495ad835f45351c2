//! The Rust that `sae-abi` includes: zerocopy big-endian structs with compile-time offset and
//! size assertions, the layout tables, the constants, the code enums, the instruction opcodes,
//! the QAAF index table, the register placement table and the reset values.
//!
//! The output names types of `sae-abi` (`crate::layout`, `crate::Evidence`, `crate::insn`,
//! `crate::qaaf`, `crate::placement`) and the generated registers of `arm64-uapi`.

use std::fmt::{self, Write as _};

use super::model::*;

/// Doc text as one Rust doc line (no newlines).
fn doc(s: &str) -> String {
    s.replace('\n', " ")
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn ev_note(ev: Ev, meaning: Option<Ev>) -> String {
    let mut n = String::new();
    match ev {
        Ev::Posted => {}
        Ev::Tree => n.push_str(" Only in the kvms390 development tree."),
        Ev::Inferred => n.push_str(" Inferred."),
    }
    match meaning {
        Some(Ev::Inferred) if ev != Ev::Inferred => n.push_str(" The reading is inferred."),
        Some(Ev::Tree) if ev != Ev::Tree => n.push_str(" The reading is from the kvms390 tree."),
        _ => {}
    }
    n
}

fn rust_ty(f: &Field, raw: bool) -> String {
    if raw || f.opaque {
        return format!("[u8; {}]", f.size());
    }
    let t = match f.ty {
        Ty::U8 => "u8",
        Ty::U16 => "U16",
        Ty::U32 => "U32",
        Ty::U64 => "U64",
    };
    match f.count {
        None => t.to_string(),
        Some(n) => format!("[{t}; {n:#x}]"),
    }
}

fn prim(t: Ty) -> &'static str {
    t.as_str()
}

fn ctype(t: Ty) -> &'static str {
    match t {
        Ty::U8 => "CType::U8",
        Ty::U16 => "CType::U16",
        Ty::U32 => "CType::U32",
        Ty::U64 => "CType::U64",
    }
}

fn field_decl(out: &mut String, f: &Field, raw: bool) -> fmt::Result {
    if !f.doc.is_empty() {
        writeln!(
            out,
            "    /// `{}` ({:#05x}): {}",
            f.name,
            f.offset,
            doc(&f.doc)
        )?;
    }
    writeln!(out, "    pub(crate) {}: {},", f.name, rust_ty(f, raw))?;
    Ok(())
}

/// `const _: () = { assert!(...) };` lines for fields of `ty` whose offsets are relative to
/// `base`.
fn asserts(
    out: &mut String,
    ty: &str,
    fields: &[(&str, u64, u64)],
    base: u64,
    size: u64,
) -> fmt::Result {
    writeln!(out, "const _: () = {{")?;
    for (name, off, sz) in fields {
        let rel = off.saturating_sub(base);
        writeln!(
            out,
            "    assert!(core::mem::offset_of!({ty}, {name}) == {rel:#x});\n    assert!(crate::field_size(|s: &{ty}| &s.{name}) == {sz});"
        )?;
    }
    writeln!(
        out,
        "    assert!(core::mem::size_of::<{ty}>() == {size});\n}};"
    )?;
    Ok(())
}

fn table_field(f: &Field) -> String {
    format!(
        "Field {{ name: {}, offset: {:#x}, ty: {}, count: {}, doc: {}, evidence: Evidence::{}, meaning: Evidence::{} }}",
        lit(&f.name),
        f.offset,
        ctype(f.ty),
        f.count.unwrap_or(0),
        lit(&f.doc),
        f.ev.rust(),
        f.meaning.unwrap_or(f.ev).rust()
    )
}

fn table_group(g: &Group) -> String {
    let fields: Vec<String> = g.fields.iter().map(table_field).collect();
    format!(
        "Group {{ name: {}, offset: {:#x}, doc: {}, fields: &[{}] }}",
        lit(&g.name),
        g.offset,
        lit(&g.doc),
        fields.join(", ")
    )
}

fn const_name(c_name: &str) -> String {
    c_name.to_ascii_uppercase()
}

fn emit_view(out: &mut String, block: &Block, u: &Union, m: &Member) -> fmt::Result {
    let Some((rust, accessor)) = m.view() else {
        return Ok(());
    };
    let (fields, vdoc): (Vec<&Field>, String) = match m {
        Member::Field(f) => (vec![f], f.doc.clone()),
        Member::View(g) => (g.fields.iter().collect(), g.doc.clone()),
    };
    let end = fields.last().map_or(u.offset, |f| f.end());
    writeln!(
        out,
        "/// The `{}` view of the {}-byte detail union at {:#x} of `struct {}`: {}.",
        m.name(),
        u.size,
        u.offset,
        block.c_name,
        doc(&vdoc)
    )?;
    writeln!(
        out,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]\n#[repr(C)]\n#[allow(dead_code)]\npub struct {rust} {{"
    )?;
    let mut list = Vec::new();
    for f in &fields {
        field_decl(out, f, false)?;
        list.push((f.name.as_str(), f.offset, f.size()));
    }
    let tail = u.offset.saturating_add(u.size).saturating_sub(end);
    let tail_name = format!("_{end:04x}");
    if tail > 0 {
        writeln!(out, "    pub(crate) {tail_name}: [u8; {tail}],")?;
        list.push((tail_name.as_str(), end, tail));
    }
    out.push_str("}\n");
    asserts(out, rust, &list, u.offset, u.size)?;
    let raw = u.members.first().map_or("icptd", Member::name);
    writeln!(
        out,
        "\n/// The detail bytes seen as `{m}`.\npub fn {accessor}(bytes: &[u8; {n}]) -> &{rust} {{\n    zerocopy::transmute_ref!(bytes)\n}}\n\n/// The detail bytes seen as `{m}`, mutably.\npub fn {accessor}_mut(bytes: &mut [u8; {n}]) -> &mut {rust} {{\n    zerocopy::transmute_mut!(bytes)\n}}\n",
        m = m.name(),
        n = u.size,
    )?;
    writeln!(
        out,
        "impl super::blocks::{b} {{\n    /// `{m}` view of `{raw}`, whatever the exit code says.\n    pub fn {accessor}(&self) -> &{rust} {{\n        {accessor}(&self.{raw})\n    }}\n\n    /// `{m}` view of `{raw}`, mutably.\n    pub fn {accessor}_mut(&mut self) -> &mut {rust} {{\n        {accessor}_mut(&mut self.{raw})\n    }}\n}}\n",
        b = block.rust,
        m = m.name(),
    )?;
    Ok(())
}

fn emit_block(out: &mut String, b: &Block) -> fmt::Result {
    for item in &b.items {
        if let Item::Group(g) = item {
            writeln!(
                out,
                "/// `{}` ({:#05x}..{:#05x}) of `struct {}`: {}.\n#[derive(Debug, Clone, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]\n#[repr(C)]\n#[allow(dead_code)]\npub struct {} {{",
                g.name,
                g.offset,
                g.offset.saturating_add(g.size()),
                b.c_name,
                doc(&g.doc),
                g.rust
            )?;
            for f in &g.fields {
                field_decl(out, f, false)?;
            }
            out.push_str("}\n");
            let list: Vec<_> = g
                .fields
                .iter()
                .map(|f| (f.name.as_str(), f.offset, f.size()))
                .collect();
            asserts(out, &g.rust, &list, g.offset, g.size())?;
            out.push('\n');
        }
    }
    writeln!(
        out,
        "/// `struct {}`: {}. {} bytes, {}-byte aligned, big-endian.{}\n#[derive(Clone, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]\n#[repr(C, align({}))]\n#[allow(dead_code)]\npub struct {} {{",
        b.c_name,
        doc(&b.doc),
        b.size,
        b.align,
        ev_note(b.ev, None),
        b.align,
        b.rust
    )?;
    let mut list = Vec::new();
    for item in &b.items {
        match item {
            Item::Field(f) => {
                field_decl(out, f, false)?;
                list.push((f.name.as_str(), f.offset, f.size()));
            }
            Item::Group(g) => {
                writeln!(
                    out,
                    "    /// `{}` ({:#05x}): {}\n    pub(crate) {}: {},",
                    g.name,
                    g.offset,
                    doc(&g.doc),
                    g.name,
                    g.rust
                )?;
                list.push((g.name.as_str(), g.offset, g.size()));
            }
            Item::Union(u) => {
                if let Some(Member::Field(f)) = u.members.first() {
                    field_decl(out, f, true)?;
                    list.push((f.name.as_str(), f.offset, f.size()));
                }
            }
        }
    }
    out.push_str("}\n");
    asserts(out, &b.rust, &list, 0, b.size)?;
    writeln!(
        out,
        "const _: () = assert!(core::mem::align_of::<{}>() == {});\n",
        b.rust, b.align
    )?;
    Ok(())
}

fn table(out: &mut String, b: &Block) -> fmt::Result {
    writeln!(
        out,
        "/// `struct {}` as data: every field, reserved range, nested struct and union member.\npub const {}: Struct = Struct {{\n    c_name: {},\n    rust_name: {},\n    size: {:#x},\n    align: {:#x},\n    packed: {},\n    doc: {},\n    items: &[",
        b.c_name,
        const_name(&b.c_name),
        lit(&b.c_name),
        lit(&b.rust),
        b.size,
        b.align,
        b.packed,
        lit(&b.doc)
    )?;
    for item in &b.items {
        match item {
            Item::Field(f) => writeln!(out, "        Item::Field({}),", table_field(f))?,
            Item::Group(g) => writeln!(out, "        Item::Group({}),", table_group(g))?,
            Item::Union(u) => {
                let members: Vec<String> = u
                    .members
                    .iter()
                    .map(|m| match m {
                        Member::Field(f) => format!("Member::Field({})", table_field(f)),
                        Member::View(g) => format!("Member::Group({})", table_group(g)),
                    })
                    .collect();
                writeln!(
                    out,
                    "        Item::Union(Union {{ offset: {:#x}, size: {}, members: &[{}] }}),",
                    u.offset,
                    u.size,
                    members.join(", ")
                )?;
            }
        }
    }
    out.push_str("    ],\n};\n\n");
    Ok(())
}

fn consts(out: &mut String, f: &SaeFile) -> fmt::Result {
    out.push_str(
        "/// The constants of the C header, each defined once, and the same as data.\npub mod consts {\n    use crate::Evidence;\n    use crate::layout::{CType, Const, ConstGroup, Field, Group, Item, Member, Struct, Union};\n\n",
    );
    writeln!(
        out,
        "    /// The patch versions the definitions model.\n    pub const MODELLED_VERSIONS: &str = {};\n",
        lit(&f.version)
    )?;
    let mut groups = Vec::new();
    let mut group = |out: &mut String,
                     name: String,
                     gdoc: &str,
                     ty: Ty,
                     items: Vec<(String, u64, String, String)>|
     -> fmt::Result {
        for (c, v, d, val) in &items {
            writeln!(
                out,
                "    /// `{c}` = {v:#x}: {}\n    pub const {c}: {} = {val};",
                doc(d),
                prim(ty)
            )?;
        }
        let list: Vec<String> = items
            .iter()
            .map(|(c, _, d, _)| {
                format!(
                    "Const {{ name: {}, value: {c} as u64, doc: {} }}",
                    lit(c),
                    lit(d)
                )
            })
            .collect();
        writeln!(
            out,
            "    /// {}\n    pub const {name}: ConstGroup = ConstGroup {{ doc: {}, consts: &[{}] }};\n",
            doc(gdoc),
            lit(gdoc),
            list.join(", ")
        )?;
        groups.push(name);
        Ok(())
    };
    for c in &f.codes {
        let mut items = Vec::new();
        for code in &c.codes {
            let name = format!("{}{}", c.prefix, code.name);
            items.push((
                name.clone(),
                code.value,
                format!("{}{}", code.doc, ev_note(code.ev, code.meaning)),
                format!("{:#04x}", code.value),
            ));
            if let Some(a) = &code.alias {
                items.push((
                    format!("{}{a}", c.prefix),
                    code.value,
                    format!("alias of {name}, its former name"),
                    name,
                ));
            }
        }
        group(
            out,
            format!("{}_CODES", c.rust.to_ascii_uppercase()),
            &c.doc,
            c.ty,
            items,
        )?;
    }
    for g in &f.consts {
        let items = g
            .consts
            .iter()
            .map(|c| {
                (
                    c.name.clone(),
                    c.value,
                    format!("{}{}", c.doc, ev_note(c.ev, None)),
                    format!("{:#04x}", c.value),
                )
            })
            .collect();
        group(out, g.name.clone(), &g.doc, g.ty, items)?;
    }
    if !f.qaaf.is_empty() {
        let items = f
            .qaaf
            .iter()
            .map(|q| {
                let d = if q.doc.is_empty() {
                    q.name.clone()
                } else {
                    q.doc.clone()
                };
                (
                    q.c_name(),
                    q.index,
                    format!("{d}{}", ev_note(q.ev, None)),
                    format!("{:#04x}", q.index),
                )
            })
            .collect();
        group(
            out,
            "QAAF_REGS".into(),
            "QAAF register indices into qaaf_qmc_block.regs[]",
            Ty::U16,
            items,
        )?;
    }
    writeln!(
        out,
        "    /// Every constant group, in header order.\n    pub const CONST_GROUPS: &[ConstGroup] = &[{}];\n",
        groups.join(", ")
    )?;
    for r in &f.resets {
        let masks: Vec<String> = r
            .fields
            .iter()
            .map(|x| format!("arm64_uapi::regs::{}::{x}::MASK", r.reg))
            .collect();
        writeln!(
            out,
            "    /// `{}`: {}, the {} fields {}.{}\n    pub const {}: u64 = {};\n",
            r.name,
            doc(&r.doc),
            r.reg,
            r.fields.join(", "),
            ev_note(r.ev, None),
            r.name,
            masks.join(" | ")
        )?;
    }
    for b in &f.blocks {
        table(out, b)?;
    }
    let names: Vec<String> = f.blocks.iter().map(|b| const_name(&b.c_name)).collect();
    writeln!(
        out,
        "    /// Every block, in header order.\n    pub const STRUCTS: &[Struct] = &[{}];",
        names.join(", ")
    )?;
    out.push_str("}\n\n");
    Ok(())
}

fn codes(out: &mut String, f: &SaeFile) -> fmt::Result {
    out.push_str("/// The exit-code enums.\npub mod codes {\n    use num_enum::{FromPrimitive, IntoPrimitive};\n\n    use super::consts::*;\n    use crate::Evidence;\n\n");
    for c in &f.codes {
        writeln!(
            out,
            "    /// {} (`{}*`, read from `{}`). Codes not named here decode to `Other` with the raw value.\n    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, FromPrimitive, IntoPrimitive)]\n    #[repr({})]\n    #[non_exhaustive]\n    pub enum {} {{",
            doc(&c.doc),
            c.prefix,
            c.field,
            prim(c.ty),
            c.rust
        )?;
        for code in &c.codes {
            let view = code
                .view
                .as_ref()
                .map(|v| format!(" Details: `{v}`."))
                .unwrap_or_default();
            let alias = code
                .alias
                .as_ref()
                .map(|a| format!(" Formerly `{}{a}`.", c.prefix))
                .unwrap_or_default();
            writeln!(
                out,
                "        /// `{p}{n}` ({v:#04x}): {d}.{view}{alias}{e}\n        {var} = {p}{n},",
                p = c.prefix,
                n = code.name,
                v = code.value,
                d = doc(&code.doc),
                e = ev_note(code.ev, code.meaning),
                var = camel(&code.name)
            )?;
        }
        writeln!(
            out,
            "        /// Any other value, kept.\n        #[num_enum(catch_all)]\n        Other({}),\n    }}\n",
            prim(c.ty)
        )?;
        writeln!(out, "    impl {} {{", c.rust)?;
        for code in &c.codes {
            if let Some(a) = &code.alias {
                writeln!(
                    out,
                    "        /// `{p}{a}`, the former name of [`{r}::{var}`] (usable in patterns).\n        pub const {a}: {r} = {r}::{var};",
                    p = c.prefix,
                    r = c.rust,
                    var = camel(&code.name)
                )?;
            }
        }
        let arms = |f: &dyn Fn(&Code) -> String| -> String {
            c.codes
                .iter()
                .map(|code| {
                    format!(
                        "            {}::{} => {},\n",
                        c.rust,
                        camel(&code.name),
                        f(code)
                    )
                })
                .collect()
        };
        writeln!(
            out,
            "        /// The C macro name, `None` for `Other`.\n        pub const fn c_name(self) -> Option<&'static str> {{\n            Some(match self {{\n{}            {}::Other(_) => return None,\n            }})\n        }}\n",
            arms(&|code| lit(&format!("{}{}", c.prefix, code.name))),
            c.rust
        )?;
        writeln!(
            out,
            "        /// How the code is known, `None` for `Other`.\n        pub const fn evidence(self) -> Option<Evidence> {{\n            Some(match self {{\n{}            {}::Other(_) => return None,\n            }})\n        }}\n",
            arms(&|code| format!("Evidence::{}", code.ev.rust())),
            c.rust
        )?;
        writeln!(
            out,
            "        /// The detail-union member the code fills, if published.\n        pub const fn view(self) -> Option<&'static str> {{\n            match self {{\n{}            {}::Other(_) => None,\n            }}\n        }}\n    }}\n",
            arms(&|code| code
                .view
                .as_ref()
                .map_or("None".into(), |v| format!("Some({})", lit(v)))),
            c.rust
        )?;
    }
    out.push_str("}\n\n");
    Ok(())
}

fn insns(out: &mut String, f: &SaeFile) -> fmt::Result {
    out.push_str("/// The SAE-related opcodes.\npub mod insn {\n    use num_enum::{IntoPrimitive, TryFromPrimitive};\n\n    use crate::Evidence;\n    use crate::insn::Format;\n\n");
    out.push_str("    /// An SAE-related opcode (16 bits: RRE's first halfword; RIE-h's first and last byte).\n    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, TryFromPrimitive, IntoPrimitive)]\n    #[repr(u16)]\n    pub enum Opcode {\n");
    for i in &f.insns {
        writeln!(
            out,
            "        /// {} ({:04X}, {}): {}.{}\n        {} = {:#06x},",
            i.mnemonic,
            i.opcode,
            i.format.as_str(),
            doc(&i.doc),
            ev_note(i.ev, None),
            camel(&i.mnemonic),
            i.opcode
        )?;
    }
    out.push_str("    }\n\n    impl Opcode {\n");
    let arms = |g: &dyn Fn(&Insn) -> String| -> String {
        f.insns
            .iter()
            .map(|i| format!("            Opcode::{} => {},\n", camel(&i.mnemonic), g(i)))
            .collect()
    };
    writeln!(
        out,
        "        /// The instruction format.\n        pub const fn format(self) -> Format {{\n            match self {{\n{}            }}\n        }}\n",
        arms(&|i| format!("Format::{}", i.format.rust()))
    )?;
    writeln!(
        out,
        "        /// The mnemonic, lower case.\n        pub const fn mnemonic(self) -> &'static str {{\n            match self {{\n{}            }}\n        }}\n",
        arms(&|i| lit(&i.mnemonic.to_ascii_lowercase()))
    )?;
    writeln!(
        out,
        "        /// How the opcode is known.\n        pub const fn evidence(self) -> Evidence {{\n            match self {{\n{}            }}\n        }}\n",
        arms(&|i| format!("Evidence::{}", i.ev.rust()))
    )?;
    out.push_str("        /// The opcode as a 16-bit value.\n        pub const fn value(self) -> u16 {\n            self as u16\n        }\n    }\n}\n\n");
    Ok(())
}

fn tables(out: &mut String, f: &SaeFile) -> fmt::Result {
    out.push_str("/// The QAAF index table and the register placement table.\npub mod tables {\n    use arm64_uapi::regs;\n\n    use super::consts::*;\n    use crate::Evidence;\n    use crate::placement::{Location, SysRegPlacement};\n    use crate::qaaf::{QaafEntry, QaafItem};\n\n");
    writeln!(
        out,
        "    /// The QAAF index table, in definitions order.\n    pub static QAAF_ENTRIES: [QaafEntry; {}] = [",
        f.qaaf.len()
    )?;
    for q in &f.qaaf {
        let item = if q.item {
            format!("QaafItem::{}", camel(&q.name))
        } else {
            format!("QaafItem::Register(regs::{}::DESC)", q.name)
        };
        writeln!(
            out,
            "        QaafEntry {{ index: {}, item: {item}, evidence: Evidence::{} }},",
            q.c_name(),
            q.ev.rust()
        )?;
    }
    out.push_str("    ];\n\n");
    writeln!(
        out,
        "    /// Where each system register lives, in definitions order.\n    pub static SYSREG_PLACEMENTS: [SysRegPlacement; {}] = [",
        f.places.len()
    )?;
    let mut block_places = Vec::new();
    for p in &f.places {
        let loc = match &p.at {
            Where::Block { path, index } => {
                let i = index.unwrap_or(0);
                block_places.push(format!("({}, {i})", lit(path)));
                format!("crate::placement::block_location({}, {i})", lit(path))
            }
            Where::SaveArea => "Location::SaveArea".into(),
            Where::Host => "Location::HostMemory".into(),
            Where::HostSasr => "Location::HostMemorySasr".into(),
            Where::Emulated => "Location::Emulated".into(),
            Where::Gpto => "Location::TimerOffset".into(),
        };
        writeln!(
            out,
            "        SysRegPlacement {{ reg: regs::{}::DESC, location: {loc}, evidence: Evidence::{} }},",
            p.reg,
            p.ev.rust()
        )?;
    }
    out.push_str("    ];\n\n");
    writeln!(
        out,
        "    /// The control-block fields named by the placement table (path, element).\n    /// (Only a const assertion reads it; Rust 1.85 counts that as unused.)\n    #[allow(dead_code)]\n    pub(crate) const BLOCK_PLACES: &[(&str, u8)] = &[{}];\n}}",
        block_places.join(", ")
    )?;
    Ok(())
}

/// The Rust source for `sae-abi`, from a checked model, recording `label` and the SHA-256 of
/// the definitions text (`sha256`, lower-case hex) as `SOURCE` and `SOURCE_SHA256` (which
/// `sae-abi`'s build script compares with the definitions it is given).
pub fn emit_with_source(label: &str, sha256: &str, f: &SaeFile) -> String {
    crate::text(|out| emit_to(out, label, sha256, f))
}

fn emit_to(out: &mut String, label: &str, sha256: &str, f: &SaeFile) -> fmt::Result {
    writeln!(
        out,
        "// @generated by abi-gen from {label}: do not edit.\n// Modelled: {}.\n",
        f.version
    )?;
    writeln!(
        out,
        "/// The definitions file the code was generated from.\npub const SOURCE: &str = {label:?};\n/// SHA-256 of [`SOURCE`]'s text.\npub const SOURCE_SHA256: &str = {sha256:?};\n"
    )?;
    out.push_str("/// The 4 KiB blocks and their nested structs.\npub mod blocks {\n    use zerocopy::byteorder::big_endian::{U16, U32, U64};\n    use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};\n\n");
    let mut body = String::new();
    for b in &f.blocks {
        emit_block(&mut body, b)?;
    }
    for l in body.lines() {
        if l.is_empty() {
            out.push('\n');
        } else {
            writeln!(out, "    {l}")?;
        }
    }
    out.push_str("}\n\n/// The typed views of the detail unions.\npub mod views {\n    #![allow(unused_imports)]\n    use zerocopy::byteorder::big_endian::{U16, U32, U64};\n    use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};\n\n");
    let mut body = String::new();
    for b in &f.blocks {
        for item in &b.items {
            if let Item::Union(u) = item {
                for m in &u.members {
                    emit_view(&mut body, b, u, m)?;
                }
            }
        }
    }
    for l in body.lines() {
        if l.is_empty() {
            out.push('\n');
        } else {
            writeln!(out, "    {l}")?;
        }
    }
    out.push_str("}\n\n");
    consts(out, f)?;
    codes(out, f)?;
    insns(out, f)?;
    tables(out, f)?;
    Ok(())
}

/// [`emit_with_source`] without a recorded hash (for tests and fuzzing).
pub fn emit(label: &str, f: &SaeFile) -> String {
    emit_with_source(label, "", f)
}
