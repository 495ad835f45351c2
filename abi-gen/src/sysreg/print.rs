//! Canonical printer: the model back to the sysreg grammar. `parse(print(m)) == m` up to line
//! numbers, which makes the printer the fuzzers' round-trip oracle and a formatter.

use std::fmt::{self, Write as _};

use super::model::*;

fn bits(b: Bits) -> String {
    if b.msb == b.lsb {
        b.msb.to_string()
    } else {
        format!("{}:{}", b.msb, b.lsb)
    }
}

fn layout(out: &mut String, l: &Layout) -> fmt::Result {
    for item in &l.items {
        let r = bits(item.bits);
        match &item.kind {
            ItemKind::Res0 => writeln!(out, "Res0\t{r}")?,
            ItemKind::Res1 => writeln!(out, "Res1\t{r}")?,
            ItemKind::Unkn => writeln!(out, "Unkn\t{r}")?,
            ItemKind::Raz => writeln!(out, "Raz\t{r}")?,
            ItemKind::Field { name } => writeln!(out, "Field\t{r}\t{name}")?,
            ItemKind::Enum {
                name, sign, values, ..
            } => {
                let kw = match sign {
                    Sign::Unspecified => "Enum",
                    Sign::Unsigned => "UnsignedEnum",
                    Sign::Signed => "SignedEnum",
                };
                writeln!(out, "{kw}\t{r}\t{name}")?;
                for e in values {
                    writeln!(out, "\t0b{}\t{}", e.digits_string(), e.name)?;
                }
                out.push_str("EndEnum\n");
            }
        }
    }
    Ok(())
}

fn body(out: &mut String, b: &Body) -> fmt::Result {
    match b {
        Body::Layout {
            prefixed,
            layout: l,
        } => {
            for p in prefixed {
                writeln!(out, "Prefix\t{}", p.prefix)?;
                layout(out, &p.layout)?;
                out.push_str("EndPrefix\n");
            }
            layout(out, l)?;
        }
        Body::Fields { target, .. } => writeln!(out, "Fields\t{target}")?,
        Body::Mapping { target, .. } => writeln!(out, "Mapping\t{target}")?,
    }
    Ok(())
}

/// Print `file` in the canonical form of the grammar (tabs, one blank line between blocks).
pub fn print(file: &SysregFile) -> String {
    crate::text(|out| print_to(out, file))
}

fn print_to(out: &mut String, file: &SysregFile) -> fmt::Result {
    for (i, block) in file.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match block {
            Block::Sysreg(r) => {
                let e = r.encoding;
                writeln!(
                    out,
                    "Sysreg\t{}\t{}\t{}\t{}\t{}\t{}",
                    r.name, e.op0, e.op1, e.crn, e.crm, e.op2
                )?;
                body(out, &r.body)?;
                out.push_str("EndSysreg\n");
            }
            Block::Fields(f) => {
                writeln!(out, "SysregFields\t{}", f.name)?;
                body(out, &f.body)?;
                out.push_str("EndSysregFields\n");
            }
        }
    }
    Ok(())
}
