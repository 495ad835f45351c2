//! Canonical printer of the SMCCC format: `parse(print(m))` equals `m` up to line numbers.

use std::fmt::Write as _;

use super::model::*;

fn opt(out: &mut String, key: &str, v: &Option<String>) {
    if let Some(v) = v {
        let _ = write!(out, "\t{key}={v}");
    }
}

fn value(out: &mut String, indent: &str, v: &Value) {
    let _ = write!(out, "{indent}Value\t{}\t{}", v.name, num(v.value));
    opt(out, "linux", &v.linux);
    out.push('\n');
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
    let mut out = String::new();
    for e in &f.entries {
        match e {
            Entry::Value(v) => value(&mut out, "", v),
            Entry::Owner(o) => {
                let _ = write!(out, "Owner\t{}\t{}", o.name, o.oen);
                if let Some(l) = o.last {
                    let _ = write!(out, "\tlast={l}");
                }
                opt(&mut out, "linux", &o.linux);
                out.push('\n');
            }
            Entry::Returns(r) => {
                let _ = writeln!(out, "Returns\t{}", r.name);
                for c in &r.codes {
                    let _ = write!(out, "\t{}\t{}", c.value, c.name);
                    opt(&mut out, "linux", &c.linux);
                    out.push('\n');
                }
                out.push_str("EndReturns\n");
            }
            Entry::Service(s) => {
                let _ = write!(out, "Service\t{}", s.name);
                match &s.base {
                    IdBase::Owner(o) => _ = write!(out, "\towner={o}"),
                    IdBase::Raw(b) => _ = write!(out, "\tbase={b:#x}"),
                }
                let _ = writeln!(out, "\treturns={}\tspec={}", s.returns, s.spec);
                for m in &s.members {
                    match m {
                        Member::Value(v) => value(&mut out, "\t", v),
                        Member::Function(func) => {
                            let kw = if func.is_mitigation() {
                                "Mitigation"
                            } else {
                                "Function"
                            };
                            let _ = write!(
                                out,
                                "\t{kw}\t{}\t{:#x}\t{}\t{}",
                                func.name,
                                func.number,
                                func.forms.as_str(),
                                func.since
                            );
                            if let Some(c) = &func.cves {
                                let _ = write!(out, "\tcve={}", c.join(","));
                            }
                            opt(&mut out, "linux", &func.linux);
                            opt(&mut out, "linux32", &func.linux32);
                            opt(&mut out, "linux64", &func.linux64);
                            opt(&mut out, "linuxnum", &func.linuxnum);
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
    out
}
