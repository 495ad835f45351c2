//! C header emitter: exactly the macros `gen-sysreg.awk` emits, in the same order and spelling,
//! so the output can stand in for the kernel's generated `asm/sysreg-defs.h`.

use std::fmt::Write as _;

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
}

const SPACES: &str = "                                                                ";

/// `#define <name parts> <val>`, the value padded to the dialect's column as awk's
/// `printf "%-56s%s\n"` does (a longer name is followed directly by the value).
fn define(out: &mut Out, name: &[&str], val: &str) {
    let col = match out.dialect {
        Dialect::Current => 56,
        Dialect::Linux61 => 48,
    };
    let t = &mut out.text;
    let start = t.len();
    t.push_str("#define ");
    for p in name {
        t.push_str(p);
    }
    let used = t.len() - start;
    if used < col {
        t.push_str(SPACES.get(..col - used).unwrap_or(""));
    }
    t.push_str(val);
    t.push('\n');
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

fn bits_text(b: Bits) -> String {
    ["GENMASK(", dec(b.msb.into()), ", ", dec(b.lsb.into()), ")"].concat()
}

fn res_text(layout: &Layout, want: fn(&ItemKind) -> bool) -> String {
    let mut s = String::from("(UL(0)");
    for i in layout.items.iter().filter(|i| want(&i.kind)) {
        for part in [
            " | GENMASK_ULL(",
            dec(i.bits.msb.into()),
            ", ",
            dec(i.bits.lsb.into()),
            ")",
        ] {
            s.push_str(part);
        }
    }
    s.push(')');
    s
}

fn emit_items(out: &mut Out, prefix: &str, reg: &str, layout: &Layout) {
    for item in &layout.items {
        match &item.kind {
            ItemKind::Field { name } => {
                emit_field(out, prefix, reg, name, item.bits);
                out.text.push('\n');
            }
            ItemKind::Enum {
                name, sign, values, ..
            } => {
                emit_field(out, prefix, reg, name, item.bits);
                match sign {
                    Sign::Signed => define(out, &[prefix, reg, "_", name, "_SIGNED"], "true"),
                    Sign::Unsigned => define(out, &[prefix, reg, "_", name, "_SIGNED"], "false"),
                    Sign::Unspecified => {}
                }
                for e in values {
                    let val = ["UL(0b", &e.digits, ")"].concat();
                    define(out, &[prefix, reg, "_", name, "_", &e.name], &val);
                }
                out.text.push('\n');
            }
            ItemKind::Res0 | ItemKind::Res1 | ItemKind::Unkn | ItemKind::Raz => {}
        }
    }
}

fn emit_field(out: &mut Out, prefix: &str, reg: &str, name: &str, b: Bits) {
    let mask = bits_text(b);
    define(out, &[prefix, reg, "_", name], &mask);
    define(out, &[prefix, reg, "_", name, "_MASK"], &mask);
    define(
        out,
        &[prefix, reg, "_", name, "_SHIFT"],
        dec(u32::from(b.lsb)),
    );
    define(out, &[prefix, reg, "_", name, "_WIDTH"], dec(b.width()));
}

fn emit_res(out: &mut Out, prefix: &str, reg: &str, layout: &Layout) {
    define(
        out,
        &[prefix, reg, "_RES0"],
        &res_text(layout, |k| matches!(k, ItemKind::Res0)),
    );
    define(
        out,
        &[prefix, reg, "_RES1"],
        &res_text(layout, |k| matches!(k, ItemKind::Res1)),
    );
    if out.dialect == Dialect::Current {
        define(
            out,
            &[prefix, reg, "_UNKN"],
            &res_text(layout, |k| matches!(k, ItemKind::Unkn)),
        );
    }
    out.text.push('\n');
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
            let _ = writeln!(out.text, "/* For {reg} fields see {target} */");
            out.text.push('\n');
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
    let mut o = Out {
        text: String::with_capacity(file.blocks.len() * 1024),
        dialect,
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
                define(out, &["REG_", n], &format!("S{o0}_{o1}_C{cn}_C{cm}_{o2}"));
                define(
                    out,
                    &["SYS_", n],
                    &format!("sys_reg({o0}, {o1}, {cn}, {cm}, {o2})"),
                );
                define(out, &["SYS_", n, "_Op0"], o0);
                define(out, &["SYS_", n, "_Op1"], o1);
                define(out, &["SYS_", n, "_CRn"], cn);
                define(out, &["SYS_", n, "_CRm"], cm);
                define(out, &["SYS_", n, "_Op2"], o2);
                out.text.push('\n');
                emit_body(out, n, &r.body);
            }
        }
    }
    out.text.push_str("#endif /* __ASM_SYSREG_DEFS_H */\n");
    o.text
}
