//! C header emitter: exactly the macros `gen-sysreg.awk` emits, in the same order and spelling,
//! so the output can stand in for the kernel's generated `asm/sysreg-defs.h`.

use super::model::*;

/// Which version of `gen-sysreg.awk` the output reproduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// Linux 6.2 and later: `_UNKN` masks, values padded to column 56.
    #[default]
    Current,
    /// Linux 6.1: no `_UNKN` masks (the grammar had no `Unkn`), values padded to column 48.
    Linux61,
}

impl Dialect {
    /// Parse a dialect name as given on the command line (`6.1`, `current`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "6.1" => Some(Dialect::Linux61),
            "current" | "6.12" => Some(Dialect::Current),
            _ => None,
        }
    }
}

struct Out {
    text: String,
    dialect: Dialect,
    /// Scratch buffers for macro-name heads and values, reused for the whole file.
    head: String,
    val: String,
}

const SPACES: &str = "                                                                ";

/// `#define <head><s1><s2> <val>`: `head` starts with `"#define "`. The value is padded to
/// the dialect's column as awk's `printf "%-56s%s\n"` does. A name that reaches the column
/// is followed by one space: awk would glue the value to the name (no kernel table has such
/// a name yet, so the outputs agree).
fn define(out: &mut Out, head: &str, s1: &str, s2: &str, val: &str) {
    let col = match out.dialect {
        Dialect::Current => 56,
        Dialect::Linux61 => 48,
    };
    let t = &mut out.text;
    t.push_str(head);
    t.push_str(s1);
    t.push_str(s2);
    let used = head.len().saturating_add(s1.len()).saturating_add(s2.len());
    if used < col {
        t.push_str(SPACES.get(..col.saturating_sub(used)).unwrap_or(""));
    } else {
        t.push(' ');
    }
    t.push_str(val);
    t.push('\n');
}

/// Reset `buf` to the concatenation of `parts` and return it.
fn cat<'b>(buf: &'b mut String, parts: &[&str]) -> &'b str {
    buf.clear();
    for p in parts {
        buf.push_str(p);
    }
    buf
}

/// Decimal text of a small number without formatting machinery.
fn dec(v: u32) -> &'static str {
    const D: [&str; 65] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
        "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
        "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46",
        "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61",
        "62", "63", "64",
    ];
    usize::try_from(v)
        .ok()
        .and_then(|i| D.get(i))
        .copied()
        .unwrap_or("?")
}

/// `(UL(0) | GENMASK_ULL(h, l) | …)` over the items `want` selects, written into `buf`.
fn res_text<'b>(buf: &'b mut String, layout: &Layout, want: fn(&ItemKind) -> bool) -> &'b str {
    buf.clear();
    buf.push_str("(UL(0)");
    for i in layout.items.iter().filter(|i| want(&i.kind)) {
        for part in [
            " | GENMASK_ULL(",
            dec(i.bits.msb.into()),
            ", ",
            dec(i.bits.lsb.into()),
            ")",
        ] {
            buf.push_str(part);
        }
    }
    buf.push(')');
    buf
}

fn emit_items(out: &mut Out, prefix: &str, reg: &str, layout: &Layout) {
    // `#define <prefix><reg>_<field>` starts every macro of a field: build it once.
    let (mut head, mut val) = (std::mem::take(&mut out.head), std::mem::take(&mut out.val));
    for item in &layout.items {
        let (name, sign, values) = match &item.kind {
            ItemKind::Field { name } => (name, None, None),
            ItemKind::Enum {
                name, sign, values, ..
            } => (name, Some(sign), Some(values)),
            ItemKind::Res0 | ItemKind::Res1 | ItemKind::Unkn | ItemKind::Raz => continue,
        };
        let head = cat(&mut head, &["#define ", prefix, reg, "_", name]);
        let b = item.bits;
        let mask = cat(
            &mut val,
            &["GENMASK(", dec(b.msb.into()), ", ", dec(b.lsb.into()), ")"],
        );
        define(out, head, "", "", mask);
        define(out, head, "_MASK", "", mask);
        define(out, head, "_SHIFT", "", dec(u32::from(b.lsb)));
        define(out, head, "_WIDTH", "", dec(b.width()));
        match sign {
            Some(Sign::Signed) => define(out, head, "_SIGNED", "", "true"),
            Some(Sign::Unsigned) => define(out, head, "_SIGNED", "", "false"),
            Some(Sign::Unspecified) | None => {}
        }
        for e in values.into_iter().flatten() {
            let mut buf = [0u8; 64];
            let lit = cat(&mut val, &["UL(0b", e.digits_str(&mut buf), ")"]);
            define(out, head, "_", &e.name, lit);
        }
        out.text.push('\n');
    }
    (out.head, out.val) = (head, val);
}

fn emit_res(out: &mut Out, prefix: &str, reg: &str, layout: &Layout) {
    let (mut hbuf, mut val) = (std::mem::take(&mut out.head), std::mem::take(&mut out.val));
    let head = cat(&mut hbuf, &["#define ", prefix, reg]);
    define(
        out,
        head,
        "_RES0",
        "",
        res_text(&mut val, layout, |k| matches!(k, ItemKind::Res0)),
    );
    define(
        out,
        head,
        "_RES1",
        "",
        res_text(&mut val, layout, |k| matches!(k, ItemKind::Res1)),
    );
    if out.dialect == Dialect::Current {
        define(
            out,
            head,
            "_UNKN",
            "",
            res_text(&mut val, layout, |k| matches!(k, ItemKind::Unkn)),
        );
    }
    out.text.push('\n');
    (out.head, out.val) = (hbuf, val);
}

fn emit_body(out: &mut Out, reg: &str, body: &Body) {
    match body {
        Body::Layout { prefixed, layout } => {
            for p in prefixed {
                let pre = format!("{}_", p.prefix);
                emit_items(out, &pre, reg, &p.layout);
                emit_res(out, &pre, reg, &p.layout);
            }
            emit_items(out, "", reg, layout);
            emit_res(out, "", reg, layout);
        }
        Body::Fields { target, .. } | Body::Mapping { target, .. } => {
            for s in ["/* For ", reg, " fields see ", target, " */\n\n"] {
                out.text.push_str(s);
            }
        }
    }
}

/// The C header for a parsed file, as the current kernel generator writes it. The caller must
/// not pass a file with errors.
pub fn emit(file: &SysregFile) -> String {
    emit_dialect(file, Dialect::Current)
}

/// The C header for a parsed file as the `dialect` generator writes it.
pub fn emit_dialect(file: &SysregFile, dialect: Dialect) -> String {
    // About 72 bytes a line: registers 9 lines, layouts 4, fields 6, enumerators 1.
    let st = file.stats();
    let lines = st
        .registers
        .saturating_mul(9)
        .saturating_add(st.layouts.saturating_mul(4))
        .saturating_add(st.fields.saturating_mul(6))
        .saturating_add(st.enumerators);
    let mut o = Out {
        text: String::with_capacity(lines.saturating_mul(72)),
        dialect,
        head: String::with_capacity(96),
        val: String::with_capacity(96),
    };
    let out = &mut o;
    out.text
        .push_str("#ifndef __ASM_SYSREG_DEFS_H\n#define __ASM_SYSREG_DEFS_H\n\n");
    out.text.push_str("/* Generated file - do not edit */\n\n");
    for block in &file.blocks {
        match block {
            Block::Fields(f) => emit_body(out, &f.name, &f.body),
            Block::Sysreg(r) => {
                let e = r.encoding;
                let n = &r.name;
                let (o0, o1, cn, cm, o2) = (
                    dec(e.op0.into()),
                    dec(e.op1.into()),
                    dec(e.crn.into()),
                    dec(e.crm.into()),
                    dec(e.op2.into()),
                );
                let (mut head, mut val) =
                    (std::mem::take(&mut out.head), std::mem::take(&mut out.val));
                let reg_val = ["S", o0, "_", o1, "_C", cn, "_C", cm, "_", o2];
                define(out, "#define REG_", n, "", cat(&mut val, &reg_val));
                let sys_val = ["sys_reg(", o0, ", ", o1, ", ", cn, ", ", cm, ", ", o2, ")"];
                define(out, "#define SYS_", n, "", cat(&mut val, &sys_val));
                let h = cat(&mut head, &["#define SYS_", n]);
                define(out, h, "_Op0", "", o0);
                define(out, h, "_Op1", "", o1);
                define(out, h, "_CRn", "", cn);
                define(out, h, "_CRm", "", cm);
                define(out, h, "_Op2", "", o2);
                (out.head, out.val) = (head, val);
                out.text.push('\n');
                emit_body(out, n, &r.body);
            }
        }
    }
    out.text.push_str("#endif /* __ASM_SYSREG_DEFS_H */\n");
    o.text
}
