//! Canonical printer of the SMCCC format: `parse(print(m))` equals `m` up to line numbers.

use std::fmt::{self, Write as _};

use super::model::*;

fn opt(out: &mut String, key: &str, v: &Option<String>) -> fmt::Result {
    if let Some(v) = v {
        write!(out, "\t{key}={v}")?;
    }
    Ok(())
}

fn value(out: &mut String, indent: &str, v: &Value) -> fmt::Result {
    write!(out, "{indent}Value\t{}\t{}", v.name, num(v.value))?;
    opt(out, "linux", &v.linux)?;
    out.push('\n');
    Ok(())
}

fn num(v: i64) -> String {
    if v < 0 {
        v.to_string()
    } else {
        format!("{v:#x}")
    }
}

/// Print `f` in canonical form.
pub fn print(f: &SmcccFile) -> String {
    crate::text(|out| print_to(out, f))
}

fn print_to(out: &mut String, f: &SmcccFile) -> fmt::Result {
    for e in &f.entries {
        match e {
            Entry::Value(v) => value(out, "", v)?,
            Entry::Owner(o) => {
                write!(out, "Owner\t{}\t{}", o.name, o.oen)?;
                if let Some(l) = o.last {
                    write!(out, "\tlast={l}")?;
                }
                opt(out, "linux", &o.linux)?;
                out.push('\n');
            }
            Entry::Returns(r) => {
                writeln!(out, "Returns\t{}", r.name)?;
                for c in &r.codes {
                    write!(out, "\t{}\t{}", c.value, c.name)?;
                    opt(out, "linux", &c.linux)?;
                    out.push('\n');
                }
                out.push_str("EndReturns\n");
            }
            Entry::Service(s) => {
                write!(out, "Service\t{}", s.name)?;
                match &s.base {
                    IdBase::Owner(o) => write!(out, "\towner={o}")?,
                    IdBase::Raw(b) => write!(out, "\tbase={b:#x}")?,
                }
                writeln!(out, "\treturns={}\tspec={}", s.returns, s.spec)?;
                for m in &s.members {
                    match m {
                        Member::Value(v) => value(out, "\t", v)?,
                        Member::Function(func) => {
                            let kw = if func.is_mitigation() {
                                "Mitigation"
                            } else {
                                "Function"
                            };
                            write!(
                                out,
                                "\t{kw}\t{}\t{:#x}\t{}\t{}",
                                func.name,
                                func.number,
                                func.forms.as_str(),
                                func.since
                            )?;
                            if let Some(c) = &func.cves {
                                write!(out, "\tcve={}", c.join(","))?;
                            }
                            opt(out, "linux", &func.linux)?;
                            opt(out, "linux32", &func.linux32)?;
                            opt(out, "linux64", &func.linux64)?;
                            opt(out, "linuxnum", &func.linuxnum)?;
                            if func.yielding {
                                out.push_str("\ttype=yielding");
                            }
                            out.push('\n');
                        }
                    }
                }
                out.push_str("EndService\n");
            }
        }
    }
    Ok(())
}
