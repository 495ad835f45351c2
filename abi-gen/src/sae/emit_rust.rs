//! The Rust that `sae-abi` includes: zerocopy big-endian structs with compile-time offset and
//! size assertions, the layout tables, the constants, the code enums, the instruction opcodes,
//! the QAAF index table, the register placement table and the reset values.
//!
//! The output names types of `sae-abi` (`crate::layout`, `crate::Evidence`, `crate::insn`,
//! `crate::qaaf`, `crate::placement`) and the generated registers of `arm64-uapi`. It is laid
//! out as `rustfmt` lays it out, within 100 columns, like the `arm64-uapi` emitters: doc text
//! is word-wrapped, struct literals and long lists are one item per line, and a string literal
//! too long for its line continues on the next (a `\` line continuation, which leaves the
//! string's value unchanged).

use std::fmt::{self, Write as _};

use super::model::*;

/// `rustfmt`'s default `max_width`.
const MAX_WIDTH: usize = 100;

/// The sum of `parts` (text widths).
fn width(parts: &[usize]) -> usize {
    parts.iter().fold(0, |a, &b| a.saturating_add(b))
}

/// Doc text on one line: the definitions' line breaks become spaces.
fn flat(s: &str) -> String {
    s.replace('\n', " ")
}

/// `text` as a sentence: a full stop appended unless it ends with one.
fn sentence(text: &str) -> String {
    let t = text.trim_end();
    if t.is_empty() || t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

/// `text` followed by the evidence `note` ([`ev_note`]), which starts a new sentence.
fn with_note(text: &str, note: &str) -> String {
    if note.is_empty() {
        text.to_string()
    } else if text.trim().is_empty() {
        note.trim_start().to_string()
    } else {
        format!("{}{note}", sentence(text))
    }
}

/// Whether a word would start Markdown structure (a list item, heading, quote or rule) at the
/// start of a doc line, so the wrapping must not put it there.
fn starts_markdown(word: &str) -> bool {
    let digits = word.trim_start_matches(|c: char| c.is_ascii_digit());
    matches!(word, "-" | "+" | "*" | ">" | "=" | "|")
        || word.starts_with(['#', '>', '|'])
        || word.starts_with("---")
        || word.starts_with("```")
        || (digits.len() < word.len() && (digits == "." || digits == ")"))
}

/// Doc comment lines for `text` at indentation `ind`, word-wrapped to the line width.
fn doc(out: &mut String, ind: &str, text: &str) -> fmt::Result {
    let room = MAX_WIDTH.saturating_sub(ind.len().saturating_add(4));
    for l in text.lines() {
        if l.trim().is_empty() {
            writeln!(out, "{ind}///")?;
            continue;
        }
        let mut line = String::new();
        for w in l.split(' ') {
            if !line.is_empty() && line.len().saturating_add(w.len()) >= room && !starts_markdown(w)
            {
                writeln!(out, "{ind}/// {}", line.trim_end())?;
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        writeln!(out, "{ind}/// {}", line.trim_end())?;
    }
    Ok(())
}

/// A string literal of `s` that starts at column `col` and is followed by `tail`. When it
/// does not fit in the line width it is broken after spaces with `\` line continuations, the
/// following lines at `ind` plus 4 spaces (a continuation skips the next line's leading
/// whitespace, so the value is `s`).
fn string(out: &mut String, ind: &str, col: usize, s: &str, tail: &str) -> fmt::Result {
    let lit = format!("{s:?}");
    if col.saturating_add(lit.len()).saturating_add(tail.len()) <= MAX_WIDTH {
        return write!(out, "{lit}{tail}");
    }
    // Chunks of the literal (quotes included) that each end after a space followed by a
    // non-space, so no continuation eats part of the value.
    let mut chunks = Vec::new();
    let mut from = 0;
    let mut after_space = false;
    for (i, c) in lit.char_indices() {
        if after_space && c != ' ' && c != '"' {
            chunks.extend(lit.get(from..i));
            from = i;
        }
        after_space = c == ' ';
    }
    chunks.extend(lit.get(from..));
    let cont = format!("{ind}    ");
    let mut used = col;
    let mut first = true;
    let last = chunks.len().saturating_sub(1);
    for (n, c) in chunks.iter().enumerate() {
        // The continuation backslash, or the tail after the last chunk.
        let end = if n == last { tail.len() } else { 1 };
        if !first && used.saturating_add(c.len()).saturating_add(end) > MAX_WIDTH {
            write!(out, "\\\n{cont}")?;
            used = cont.len();
        }
        out.push_str(c);
        used = used.saturating_add(c.len());
        first = false;
    }
    out.push_str(tail);
    Ok(())
}

/// An expression of the generated tables, rendered as `rustfmt` would.
enum Expr {
    /// Code that stays on one line.
    Atom(String),
    /// A string literal of this text.
    Str(String),
    /// `path { field: value, ... }`, one field per line (every table literal is wider than
    /// `rustfmt`'s 18-column `struct_lit_width`).
    Struct(&'static str, Vec<(&'static str, Expr)>),
    /// `[items]` after `prefix` (`&` for a slice): on one line if the items are atoms within
    /// the 60-column `array_width` and the line, else one item per line.
    List(&'static str, Vec<Expr>),
    /// `path(arg)`: a call whose only argument is a struct literal, which `rustfmt` lets
    /// overflow (`path(Struct {` ... `})`).
    Call(&'static str, Box<Expr>),
}

fn atom(s: impl Into<String>) -> Expr {
    Expr::Atom(s.into())
}

/// Write `e`, which starts at column `col` of a line indented by `ind`, followed by `tail`.
fn render(out: &mut String, ind: &str, col: usize, e: &Expr, tail: &str) -> fmt::Result {
    match e {
        Expr::Atom(s) => write!(out, "{s}{tail}"),
        Expr::Str(s) => string(out, ind, col, s, tail),
        Expr::Struct(path, fields) => {
            writeln!(out, "{path} {{")?;
            let i2 = format!("{ind}    ");
            for (name, v) in fields {
                write!(out, "{i2}{name}: ")?;
                render(out, &i2, width(&[i2.len(), name.len(), 2]), v, ",")?;
                out.push('\n');
            }
            write!(out, "{ind}}}{tail}")
        }
        Expr::List(prefix, items) => {
            let atoms: Option<Vec<&str>> = items
                .iter()
                .map(|i| match i {
                    Expr::Atom(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect();
            if let Some(a) = atoms {
                let joined = a.join(", ");
                let one = col
                    .saturating_add(prefix.len().saturating_add(2))
                    .saturating_add(joined.len())
                    .saturating_add(tail.len());
                if items.is_empty() || (joined.len() <= 58 && one <= MAX_WIDTH) {
                    return write!(out, "{prefix}[{joined}]{tail}");
                }
            }
            writeln!(out, "{prefix}[")?;
            let i2 = format!("{ind}    ");
            for item in items {
                out.push_str(&i2);
                render(out, &i2, i2.len(), item, ",")?;
                out.push('\n');
            }
            write!(out, "{ind}]{tail}")
        }
        Expr::Call(path, arg) => {
            write!(out, "{path}(")?;
            let col = width(&[col, path.len(), 1]);
            render(out, ind, col, arg, &format!("){tail}"))
        }
    }
}

/// `{ind}{head}` followed by `e` and `tail`, and a line break.
fn item(out: &mut String, ind: &str, head: &str, e: &Expr, tail: &str) -> fmt::Result {
    write!(out, "{ind}{head}")?;
    render(out, ind, width(&[ind.len(), head.len()]), e, tail)?;
    out.push('\n');
    Ok(())
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

/// Indentation levels.
const I1: &str = "    ";
const I2: &str = "        ";
const I3: &str = "            ";
const I4: &str = "                ";

/// `{ind}pub const {name}: {ty} = {expr};`, broken after `=` when too long (as rustfmt).
fn konst(out: &mut String, ind: &str, name: &str, ty: &str, expr: &Expr) -> fmt::Result {
    let head = format!("pub const {name}: {ty} =");
    let one = match expr {
        Expr::Atom(s) => Some(s.clone()),
        Expr::Str(s) => Some(format!("{s:?}")),
        _ => None,
    };
    if let Some(one) = one {
        if width(&[ind.len(), head.len(), 1, one.len(), 1]) > MAX_WIDTH {
            writeln!(out, "{ind}{head}")?;
            return item(out, &format!("{ind}    "), "", expr, ";");
        }
    }
    item(out, ind, &format!("{head} "), expr, ";")
}

fn field_decl(out: &mut String, ind: &str, f: &Field, raw: bool) -> fmt::Result {
    if !f.doc.is_empty() {
        let text = format!("`{}` ({:#05x}): {}", f.name, f.offset, flat(&f.doc));
        doc(out, ind, &text)?;
    }
    writeln!(out, "{ind}pub(crate) {}: {},", f.name, rust_ty(f, raw))
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
    writeln!(out, "{I1}const _: () = {{")?;
    for (name, off, sz) in fields {
        let rel = off.saturating_sub(base);
        writeln!(
            out,
            "{I2}assert!(core::mem::offset_of!({ty}, {name}) == {rel:#x});"
        )?;
        writeln!(
            out,
            "{I2}assert!(crate::field_size(|s: &{ty}| &s.{name}) == {sz});"
        )?;
    }
    writeln!(out, "{I2}assert!(core::mem::size_of::<{ty}>() == {size});")?;
    writeln!(out, "{I1}}};")
}

fn evidence(ev: Ev) -> Expr {
    atom(format!("Evidence::{}", ev.rust()))
}

fn table_field(f: &Field) -> Expr {
    Expr::Struct(
        "Field",
        vec![
            ("name", Expr::Str(f.name.clone())),
            ("offset", atom(format!("{:#x}", f.offset))),
            ("ty", atom(ctype(f.ty))),
            ("count", atom(f.count.unwrap_or(0).to_string())),
            ("doc", Expr::Str(f.doc.clone())),
            ("evidence", evidence(f.ev)),
            ("meaning", evidence(f.meaning.unwrap_or(f.ev))),
        ],
    )
}

fn table_group(g: &Group) -> Expr {
    Expr::Struct(
        "Group",
        vec![
            ("name", Expr::Str(g.name.clone())),
            ("offset", atom(format!("{:#x}", g.offset))),
            ("doc", Expr::Str(g.doc.clone())),
            (
                "fields",
                Expr::List("&", g.fields.iter().map(table_field).collect()),
            ),
        ],
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
    out.push('\n');
    let text = format!(
        "The `{}` view of the {}-byte detail union at {:#x} of `struct {}`: {}",
        m.name(),
        u.size,
        u.offset,
        block.c_name,
        sentence(&flat(&vdoc))
    );
    doc(out, I1, &text)?;
    writeln!(
        out,
        "{I1}#[derive(Debug, Clone, Copy, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]"
    )?;
    writeln!(
        out,
        "{I1}#[repr(C)]\n{I1}#[allow(dead_code)]\n{I1}pub struct {rust} {{"
    )?;
    let mut list = Vec::new();
    for f in &fields {
        field_decl(out, I2, f, false)?;
        list.push((f.name.as_str(), f.offset, f.size()));
    }
    let tail = u.offset.saturating_add(u.size).saturating_sub(end);
    let tail_name = format!("_{end:04x}");
    if tail > 0 {
        writeln!(out, "{I2}pub(crate) {tail_name}: [u8; {tail}],")?;
        list.push((tail_name.as_str(), end, tail));
    }
    writeln!(out, "{I1}}}")?;
    asserts(out, rust, &list, u.offset, u.size)?;
    let raw = u.members.first().map_or("icptd", Member::name);
    let (m, n, b) = (m.name(), u.size, &block.rust);
    writeln!(out)?;
    writeln!(out, "{I1}/// The detail bytes seen as `{m}`.")?;
    writeln!(
        out,
        "{I1}pub fn {accessor}(bytes: &[u8; {n}]) -> &{rust} {{"
    )?;
    writeln!(out, "{I2}zerocopy::transmute_ref!(bytes)\n{I1}}}\n")?;
    writeln!(out, "{I1}/// The detail bytes seen as `{m}`, mutably.")?;
    writeln!(
        out,
        "{I1}pub fn {accessor}_mut(bytes: &mut [u8; {n}]) -> &mut {rust} {{"
    )?;
    writeln!(out, "{I2}zerocopy::transmute_mut!(bytes)\n{I1}}}\n")?;
    writeln!(out, "{I1}impl super::blocks::{b} {{")?;
    writeln!(
        out,
        "{I2}/// `{m}` view of `{raw}`, whatever the exit code says."
    )?;
    writeln!(out, "{I2}pub fn {accessor}(&self) -> &{rust} {{")?;
    writeln!(out, "{I3}{accessor}(&self.{raw})\n{I2}}}\n")?;
    writeln!(out, "{I2}/// `{m}` view of `{raw}`, mutably.")?;
    writeln!(
        out,
        "{I2}pub fn {accessor}_mut(&mut self) -> &mut {rust} {{"
    )?;
    writeln!(out, "{I3}{accessor}_mut(&mut self.{raw})\n{I2}}}\n{I1}}}")
}

fn emit_block(out: &mut String, b: &Block) -> fmt::Result {
    for item in &b.items {
        if let Item::Group(g) = item {
            out.push('\n');
            let text = format!(
                "`{}` ({:#05x}..{:#05x}) of `struct {}`: {}",
                g.name,
                g.offset,
                g.offset.saturating_add(g.size()),
                b.c_name,
                sentence(&flat(&g.doc))
            );
            doc(out, I1, &text)?;
            writeln!(
                out,
                "{I1}#[derive(Debug, Clone, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]"
            )?;
            writeln!(
                out,
                "{I1}#[repr(C)]\n{I1}#[allow(dead_code)]\n{I1}pub struct {} {{",
                g.rust
            )?;
            for f in &g.fields {
                field_decl(out, I2, f, false)?;
            }
            writeln!(out, "{I1}}}")?;
            let list: Vec<_> = g
                .fields
                .iter()
                .map(|f| (f.name.as_str(), f.offset, f.size()))
                .collect();
            asserts(out, &g.rust, &list, g.offset, g.size())?;
        }
    }
    out.push('\n');
    let text = format!(
        "`struct {}`: {} {} bytes, {}-byte aligned, big-endian.{}",
        b.c_name,
        sentence(&flat(&b.doc)),
        b.size,
        b.align,
        ev_note(b.ev, None),
    );
    doc(out, I1, &text)?;
    writeln!(
        out,
        "{I1}#[derive(Clone, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable)]"
    )?;
    writeln!(out, "{I1}#[repr(C, align({}))]", b.align)?;
    writeln!(out, "{I1}#[allow(dead_code)]\n{I1}pub struct {} {{", b.rust)?;
    let mut list = Vec::new();
    for item in &b.items {
        match item {
            Item::Field(f) => {
                field_decl(out, I2, f, false)?;
                list.push((f.name.as_str(), f.offset, f.size()));
            }
            Item::Group(g) => {
                let text = format!("`{}` ({:#05x}): {}", g.name, g.offset, flat(&g.doc));
                doc(out, I2, &text)?;
                writeln!(out, "{I2}pub(crate) {}: {},", g.name, g.rust)?;
                list.push((g.name.as_str(), g.offset, g.size()));
            }
            Item::Union(u) => {
                if let Some(Member::Field(f)) = u.members.first() {
                    field_decl(out, I2, f, true)?;
                    list.push((f.name.as_str(), f.offset, f.size()));
                }
            }
        }
    }
    writeln!(out, "{I1}}}")?;
    asserts(out, &b.rust, &list, 0, b.size)?;
    writeln!(
        out,
        "{I1}const _: () = assert!(core::mem::align_of::<{}>() == {});",
        b.rust, b.align
    )
}

fn table(out: &mut String, b: &Block) -> fmt::Result {
    let items = b
        .items
        .iter()
        .map(|item| match item {
            Item::Field(f) => Expr::Call("Item::Field", Box::new(table_field(f))),
            Item::Group(g) => Expr::Call("Item::Group", Box::new(table_group(g))),
            Item::Union(u) => {
                let members = u
                    .members
                    .iter()
                    .map(|m| match m {
                        Member::Field(f) => Expr::Call("Member::Field", Box::new(table_field(f))),
                        Member::View(g) => Expr::Call("Member::Group", Box::new(table_group(g))),
                    })
                    .collect();
                let union = Expr::Struct(
                    "Union",
                    vec![
                        ("offset", atom(format!("{:#x}", u.offset))),
                        ("size", atom(u.size.to_string())),
                        ("members", Expr::List("&", members)),
                    ],
                );
                Expr::Call("Item::Union", Box::new(union))
            }
        })
        .collect();
    let s = Expr::Struct(
        "Struct",
        vec![
            ("c_name", Expr::Str(b.c_name.clone())),
            ("rust_name", Expr::Str(b.rust.clone())),
            ("size", atom(format!("{:#x}", b.size))),
            ("align", atom(format!("{:#x}", b.align))),
            ("packed", atom(b.packed.to_string())),
            ("doc", Expr::Str(b.doc.clone())),
            ("items", Expr::List("&", items)),
        ],
    );
    let text = format!(
        "`struct {}` as data: every field, reserved range, nested struct and union member.",
        b.c_name
    );
    doc(out, I1, &text)?;
    konst(out, I1, &const_name(&b.c_name), "Struct", &s)?;
    writeln!(out)
}

/// One constant: its name, value, doc text and value expression.
type ConstRow = (String, u64, String, String);

/// The constants of one group and the group as data.
fn const_group(
    out: &mut String,
    name: &str,
    gdoc: &str,
    ty: Ty,
    items: &[ConstRow],
) -> fmt::Result {
    for (c, v, d, val) in items {
        doc(out, I1, &format!("`{c}` = {v:#x}: {}", flat(d)))?;
        konst(out, I1, c, prim(ty), &atom(val.as_str()))?;
    }
    let consts = items
        .iter()
        .map(|(c, _, d, _)| {
            Expr::Struct(
                "Const",
                vec![
                    ("name", Expr::Str(c.clone())),
                    ("value", atom(format!("{c} as u64"))),
                    ("doc", Expr::Str(d.clone())),
                ],
            )
        })
        .collect();
    let group = Expr::Struct(
        "ConstGroup",
        vec![
            ("doc", Expr::Str(gdoc.to_string())),
            ("consts", Expr::List("&", consts)),
        ],
    );
    doc(out, I1, &flat(gdoc))?;
    konst(out, I1, name, "ConstGroup", &group)?;
    writeln!(out)
}

/// `{I1}pub const {name}: u64 = a | b | …;`, laid out as rustfmt lays out the binary chain.
fn or_konst(out: &mut String, name: &str, masks: &[String]) -> fmt::Result {
    let head = format!("{I1}pub const {name}: u64 =");
    let joined = masks.join(" | ");
    let Some((first, rest)) = masks.split_first() else {
        return writeln!(out, "{head} 0;");
    };
    if width(&[head.len(), 1, joined.len(), 1]) <= MAX_WIDTH {
        return writeln!(out, "{head} {joined};");
    }
    if rest.is_empty() || width(&[I2.len(), joined.len(), 1]) <= MAX_WIDTH {
        return writeln!(out, "{head}\n{I2}{joined};");
    }
    write!(out, "{head} {first}")?;
    for m in rest {
        write!(out, "\n{I2}| {m}")?;
    }
    writeln!(out, ";")
}

fn consts(out: &mut String, f: &SaeFile) -> fmt::Result {
    out.push_str(
        "/// The constants of the C header, each defined once, and the same as data.\npub mod consts {\n    use crate::Evidence;\n    use crate::layout::{CType, Const, ConstGroup, Field, Group, Item, Member, Struct, Union};\n\n",
    );
    doc(out, I1, "The patch versions the definitions model.")?;
    konst(
        out,
        I1,
        "MODELLED_VERSIONS",
        "&str",
        &Expr::Str(f.version.clone()),
    )?;
    writeln!(out)?;
    let mut groups = Vec::new();
    for c in &f.codes {
        let mut items = Vec::new();
        for code in &c.codes {
            let name = format!("{}{}", c.prefix, code.name);
            items.push((
                name.clone(),
                code.value,
                with_note(&code.doc, &ev_note(code.ev, code.meaning)),
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
        let name = format!("{}_CODES", c.rust.to_ascii_uppercase());
        const_group(out, &name, &c.doc, c.ty, &items)?;
        groups.push(name);
    }
    for g in &f.consts {
        let items: Vec<ConstRow> = g
            .consts
            .iter()
            .map(|c| {
                (
                    c.name.clone(),
                    c.value,
                    with_note(&c.doc, &ev_note(c.ev, None)),
                    format!("{:#04x}", c.value),
                )
            })
            .collect();
        const_group(out, &g.name, &g.doc, g.ty, &items)?;
        groups.push(g.name.clone());
    }
    if !f.qaaf.is_empty() {
        let items: Vec<ConstRow> = f
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
                    with_note(&d, &ev_note(q.ev, None)),
                    format!("{:#04x}", q.index),
                )
            })
            .collect();
        let gdoc = "QAAF register indices into qaaf_qmc_block.regs[]";
        const_group(out, "QAAF_REGS", gdoc, Ty::U16, &items)?;
        groups.push("QAAF_REGS".into());
    }
    doc(out, I1, "Every constant group, in header order.")?;
    let list = Expr::List("&", groups.into_iter().map(Expr::Atom).collect());
    item(
        out,
        I1,
        "pub const CONST_GROUPS: &[ConstGroup] = ",
        &list,
        ";",
    )?;
    writeln!(out)?;
    for r in &f.resets {
        let text = format!(
            "`{}`: {}, the {} fields {}.{}",
            r.name,
            flat(&r.doc),
            r.reg,
            r.fields.join(", "),
            ev_note(r.ev, None),
        );
        doc(out, I1, &text)?;
        let masks: Vec<String> = r
            .fields
            .iter()
            .map(|x| format!("arm64_uapi::regs::{}::{x}::MASK", r.reg))
            .collect();
        or_konst(out, &r.name, &masks)?;
        writeln!(out)?;
    }
    for b in &f.blocks {
        table(out, b)?;
    }
    doc(out, I1, "Every block, in header order.")?;
    let names = f
        .blocks
        .iter()
        .map(|b| atom(const_name(&b.c_name)))
        .collect();
    item(
        out,
        I1,
        "pub const STRUCTS: &[Struct] = ",
        &Expr::List("&", names),
        ";",
    )?;
    out.push_str("}\n\n");
    Ok(())
}

/// `{I3}{head}match self {` with one arm per line, then `{I3}{close}`.
fn arms(out: &mut String, head: &str, arms: &[(String, String)], close: &str) -> fmt::Result {
    writeln!(out, "{I3}{head}match self {{")?;
    for (pat, val) in arms {
        writeln!(out, "{I4}{pat} => {val},")?;
    }
    writeln!(out, "{I3}{close}")
}

fn codes(out: &mut String, f: &SaeFile) -> fmt::Result {
    out.push_str("/// The exit-code enums.\npub mod codes {\n    use num_enum::{FromPrimitive, IntoPrimitive};\n\n    use super::consts::*;\n    use crate::Evidence;\n");
    for c in &f.codes {
        let r = &c.rust;
        let ty = prim(c.ty);
        out.push('\n');
        let text = format!(
            "{} (`{}*`, read from `{}`). Codes not named here decode to `Other` with the raw value.",
            flat(&c.doc),
            c.prefix,
            c.field,
        );
        doc(out, I1, &text)?;
        writeln!(
            out,
            "{I1}#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, FromPrimitive, IntoPrimitive)]"
        )?;
        writeln!(
            out,
            "{I1}#[repr({ty})]\n{I1}#[non_exhaustive]\n{I1}pub enum {r} {{"
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
            let text = format!(
                "`{p}{n}` ({v:#04x}): {d}{view}{alias}{e}",
                p = c.prefix,
                n = code.name,
                v = code.value,
                d = sentence(&flat(&code.doc)),
                e = ev_note(code.ev, code.meaning),
            );
            doc(out, I2, &text)?;
            writeln!(
                out,
                "{I2}{} = {}{},",
                camel(&code.name),
                c.prefix,
                code.name
            )?;
        }
        writeln!(
            out,
            "{I2}/// Any other value, kept.\n{I2}#[num_enum(catch_all)]"
        )?;
        writeln!(out, "{I2}Other({ty}),\n{I1}}}\n")?;
        writeln!(out, "{I1}impl {r} {{")?;
        for code in &c.codes {
            if let Some(a) = &code.alias {
                let var = camel(&code.name);
                let text = format!(
                    "`{}{a}`, the former name of [`{r}::{var}`] (usable in patterns).",
                    c.prefix
                );
                doc(out, I2, &text)?;
                writeln!(out, "{I2}pub const {a}: {r} = {r}::{var};")?;
            }
        }
        let with = |f: &dyn Fn(&Code) -> String, other: &str| -> Vec<(String, String)> {
            c.codes
                .iter()
                .map(|code| (format!("{r}::{}", camel(&code.name)), f(code)))
                .chain([(format!("{r}::Other(_)"), other.to_string())])
                .collect()
        };
        writeln!(out, "{I2}/// The C macro name, `None` for `Other`.")?;
        writeln!(
            out,
            "{I2}pub const fn c_name(self) -> Option<&'static str> {{"
        )?;
        let a = with(
            &|code| format!("{:?}", format!("{}{}", c.prefix, code.name)),
            "return None",
        );
        arms(out, "Some(", &a, "})")?;
        writeln!(out, "{I2}}}\n")?;
        writeln!(out, "{I2}/// How the code is known, `None` for `Other`.")?;
        writeln!(
            out,
            "{I2}pub const fn evidence(self) -> Option<Evidence> {{"
        )?;
        let a = with(
            &|code| format!("Evidence::{}", code.ev.rust()),
            "return None",
        );
        arms(out, "Some(", &a, "})")?;
        writeln!(out, "{I2}}}\n")?;
        writeln!(
            out,
            "{I2}/// The detail-union member the code fills, if published."
        )?;
        writeln!(
            out,
            "{I2}pub const fn view(self) -> Option<&'static str> {{"
        )?;
        let a = with(
            &|code| {
                code.view
                    .as_ref()
                    .map_or("None".into(), |v| format!("Some({v:?})"))
            },
            "None",
        );
        arms(out, "", &a, "}")?;
        writeln!(out, "{I2}}}\n{I1}}}")?;
    }
    out.push_str("}\n\n");
    Ok(())
}

fn insns(out: &mut String, f: &SaeFile) -> fmt::Result {
    out.push_str("/// The SAE-related opcodes.\npub mod insn {\n    use num_enum::{IntoPrimitive, TryFromPrimitive};\n\n    use crate::Evidence;\n    use crate::insn::Format;\n\n");
    out.push_str("    /// An SAE-related opcode (16 bits: RRE's first halfword; RIE-h's first and last byte).\n    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, TryFromPrimitive, IntoPrimitive)]\n    #[repr(u16)]\n    pub enum Opcode {\n");
    for i in &f.insns {
        let text = format!(
            "{} ({:04X}, {}): {}{}",
            i.mnemonic,
            i.opcode,
            i.format.as_str(),
            sentence(&flat(&i.doc)),
            ev_note(i.ev, None),
        );
        doc(out, I2, &text)?;
        writeln!(out, "{I2}{} = {:#06x},", camel(&i.mnemonic), i.opcode)?;
    }
    out.push_str("    }\n\n    impl Opcode {\n");
    let with = |g: &dyn Fn(&Insn) -> String| -> Vec<(String, String)> {
        f.insns
            .iter()
            .map(|i| (format!("Opcode::{}", camel(&i.mnemonic)), g(i)))
            .collect()
    };
    writeln!(out, "{I2}/// The instruction format.")?;
    writeln!(out, "{I2}pub const fn format(self) -> Format {{")?;
    arms(
        out,
        "",
        &with(&|i| format!("Format::{}", i.format.rust())),
        "}",
    )?;
    writeln!(out, "{I2}}}\n")?;
    writeln!(out, "{I2}/// The mnemonic, lower case.")?;
    writeln!(out, "{I2}pub const fn mnemonic(self) -> &'static str {{")?;
    arms(
        out,
        "",
        &with(&|i| format!("{:?}", i.mnemonic.to_ascii_lowercase())),
        "}",
    )?;
    writeln!(out, "{I2}}}\n")?;
    writeln!(out, "{I2}/// How the opcode is known.")?;
    writeln!(out, "{I2}pub const fn evidence(self) -> Evidence {{")?;
    arms(
        out,
        "",
        &with(&|i| format!("Evidence::{}", i.ev.rust())),
        "}",
    )?;
    writeln!(out, "{I2}}}\n")?;
    out.push_str("        /// The opcode as a 16-bit value.\n        pub const fn value(self) -> u16 {\n            self as u16\n        }\n    }\n}\n\n");
    Ok(())
}

fn tables(out: &mut String, f: &SaeFile) -> fmt::Result {
    out.push_str("/// The QAAF index table and the register placement table.\npub mod tables {\n    use arm64_uapi::regs;\n\n    use super::consts::*;\n    use crate::Evidence;\n    use crate::placement::{Location, SysRegPlacement};\n    use crate::qaaf::{QaafEntry, QaafItem};\n\n");
    let entries = f
        .qaaf
        .iter()
        .map(|q| {
            let item = if q.item {
                format!("QaafItem::{}", camel(&q.name))
            } else {
                format!("QaafItem::Register(regs::{}::DESC)", q.name)
            };
            Expr::Struct(
                "QaafEntry",
                vec![
                    ("index", atom(q.c_name())),
                    ("item", atom(item)),
                    ("evidence", evidence(q.ev)),
                ],
            )
        })
        .collect();
    doc(out, I1, "The QAAF index table, in definitions order.")?;
    let head = format!("pub static QAAF_ENTRIES: [QaafEntry; {}] = ", f.qaaf.len());
    item(out, I1, &head, &Expr::List("", entries), ";")?;
    writeln!(out)?;
    let mut block_places = Vec::new();
    let mut places = Vec::new();
    for p in &f.places {
        let loc = match &p.at {
            Where::Block { path, index } => {
                let i = index.unwrap_or(0);
                block_places.push(atom(format!("({path:?}, {i})")));
                format!("crate::placement::block_location({path:?}, {i})")
            }
            Where::SaveArea => "Location::SaveArea".into(),
            Where::Host => "Location::HostMemory".into(),
            Where::HostSasr => "Location::HostMemorySasr".into(),
            Where::Emulated => "Location::Emulated".into(),
            Where::Gpto => "Location::TimerOffset".into(),
        };
        places.push(Expr::Struct(
            "SysRegPlacement",
            vec![
                ("reg", atom(format!("regs::{}::DESC", p.reg))),
                ("location", atom(loc)),
                ("evidence", evidence(p.ev)),
            ],
        ));
    }
    doc(
        out,
        I1,
        "Where each system register lives, in definitions order.",
    )?;
    let head = format!(
        "pub static SYSREG_PLACEMENTS: [SysRegPlacement; {}] = ",
        f.places.len()
    );
    item(out, I1, &head, &Expr::List("", places), ";")?;
    writeln!(out)?;
    doc(
        out,
        I1,
        "The control-block fields named by the placement table (path, element).\n(Only a const assertion reads it; Rust 1.85 counts that as unused.)",
    )?;
    writeln!(out, "{I1}#[allow(dead_code)]")?;
    let head = "pub(crate) const BLOCK_PLACES: &[(&str, u8)] = ";
    item(out, I1, head, &Expr::List("&", block_places), ";")?;
    out.push_str("}\n");
    Ok(())
}

/// The Rust source for `sae-abi`, from a checked model, recording `label` and the SHA-256 of
/// the definitions text (`sha256`, lower-case hex) as `SOURCE` and `SOURCE_SHA256` (which
/// `sae-abi`'s build script compares with the definitions it is given).
pub fn emit_with_source(label: &str, sha256: &str, f: &SaeFile) -> String {
    crate::text(|out| emit_to(out, label, sha256, f))
}

fn emit_to(out: &mut String, label: &str, sha256: &str, f: &SaeFile) -> fmt::Result {
    writeln!(out, "// @generated by abi-gen from {label}: do not edit.")?;
    writeln!(out, "// Modelled: {}.\n", f.version)?;
    doc(out, "", "The definitions file the code was generated from.")?;
    konst(out, "", "SOURCE", "&str", &Expr::Str(label.to_string()))?;
    doc(out, "", "SHA-256 of [`SOURCE`]'s text.")?;
    konst(
        out,
        "",
        "SOURCE_SHA256",
        "&str",
        &Expr::Str(sha256.to_string()),
    )?;
    out.push_str("\n/// The 4 KiB blocks and their nested structs.\npub mod blocks {\n    use zerocopy::byteorder::big_endian::{U16, U32, U64};\n    use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};\n");
    for b in &f.blocks {
        emit_block(out, b)?;
    }
    out.push_str("}\n\n/// The typed views of the detail unions.\npub mod views {\n    #![allow(unused_imports)]\n    use zerocopy::byteorder::big_endian::{U16, U32, U64};\n    use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};\n");
    for b in &f.blocks {
        for item in &b.items {
            if let Item::Union(u) = item {
                for m in &u.members {
                    emit_view(out, b, u, m)?;
                }
            }
        }
    }
    out.push_str("}\n\n");
    consts(out, f)?;
    codes(out, f)?;
    insns(out, f)?;
    tables(out, f)
}

/// [`emit_with_source`] without a recorded hash (for tests and fuzzing).
pub fn emit(label: &str, f: &SaeFile) -> String {
    emit_with_source(label, "", f)
}
