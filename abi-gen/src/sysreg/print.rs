//! Canonical printer: the model back to the sysreg grammar. `parse(print(m)) == m` up to line
//! numbers, which makes the printer the fuzzers' round-trip oracle and a formatter.

use std::fmt::Write as _;

use super::model::*;

fn bits(b: Bits) -> String {
    if b.msb == b.lsb {
        b.msb.to_string()
    } else {
        format!("{}:{}", b.msb, b.lsb)
    }
}

fn layout(out: &mut String, l: &Layout) {
    for item in &l.items {
        let r = bits(item.bits);
        match &item.kind {
            ItemKind::Res0 => _ = writeln!(out, "Res0\t{r}"),
            ItemKind::Res1 => _ = writeln!(out, "Res1\t{r}"),
            ItemKind::Unkn => _ = writeln!(out, "Unkn\t{r}"),
            ItemKind::Raz => _ = writeln!(out, "Raz\t{r}"),
            ItemKind::Field { name } => _ = writeln!(out, "Field\t{r}\t{name}"),
            ItemKind::Enum {
                name, sign, values, ..
            } => {
                let kw = match sign {
                    Sign::Unspecified => "Enum",
                    Sign::Unsigned => "UnsignedEnum",
                    Sign::Signed => "SignedEnum",
                };
                let _ = writeln!(out, "{kw}\t{r}\t{name}");
                for e in values {
                    let _ = writeln!(out, "\t0b{}\t{}", e.digits_string(), e.name);
                }
                out.push_str("EndEnum\n");
            }
        }
    }
}

fn body(out: &mut String, b: &Body) {
    match b {
        Body::Layout {
            prefixed,
            layout: l,
        } => {
            for p in prefixed {
                let _ = writeln!(out, "Prefix\t{}", p.prefix);
                layout(out, &p.layout);
                out.push_str("EndPrefix\n");
            }
            layout(out, l);
        }
        Body::Fields { target, .. } => _ = writeln!(out, "Fields\t{target}"),
        Body::Mapping { target, .. } => _ = writeln!(out, "Mapping\t{target}"),
    }
}

/// Print `file` in the canonical form of the grammar (tabs, one blank line between blocks).
pub fn print(file: &SysregFile) -> String {
    let mut out = String::new();
    for (i, block) in file.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match block {
            Block::Sysreg(r) => {
                let e = r.encoding;
                let _ = writeln!(
                    out,
                    "Sysreg\t{}\t{}\t{}\t{}\t{}\t{}",
                    r.name, e.op0, e.op1, e.crn, e.crm, e.op2
                );
                body(&mut out, &r.body);
                out.push_str("EndSysreg\n");
            }
            Block::Fields(f) => {
                let _ = writeln!(out, "SysregFields\t{}", f.name);
                body(&mut out, &f.body);
                out.push_str("EndSysregFields\n");
            }
        }
    }
    out
}
