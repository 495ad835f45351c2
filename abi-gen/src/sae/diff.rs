//! Semantic diff of two SAE definitions files. A moved, resized, retyped or removed field, a
//! renumbered or removed code, constant, QAAF index or opcode, a moved register and a changed
//! block size are breaking; new fields (carved from reserved bytes), codes, views, constants,
//! indices, instructions and placements are additive, and so is a change of evidence (the fact
//! is the same, only better or worse established) and a rename that keeps the old name as an
//! alias.

use std::collections::BTreeMap;

use super::model::*;
use crate::diff::{ChangeKind as K, Class, Diff};

fn push(d: &mut Diff, class: Class, kind: K, subject: String, detail: String) {
    d.changes.push(crate::diff::Change {
        class,
        kind,
        subject,
        detail,
        action: None,
    });
}

fn field_desc(f: &Field) -> String {
    match f.count {
        None => format!("{} at {:#x}", f.ty.as_str(), f.offset),
        Some(n) => format!("{}[{n}] at {:#x}", f.ty.as_str(), f.offset),
    }
}

fn ev_change(d: &mut Diff, subject: &str, old: Ev, new: Ev) {
    if old != new {
        push(
            d,
            Class::Additive,
            K::EvidenceChanged,
            subject.to_string(),
            format!("{} -> {}", old.as_str(), new.as_str()),
        );
    }
}

fn blocks(d: &mut Diff, old: &SaeFile, new: &SaeFile) {
    for nb in &new.blocks {
        let Some(ob) = old.blocks.iter().find(|b| b.c_name == nb.c_name) else {
            push(
                d,
                Class::Additive,
                K::BlockAdded,
                nb.c_name.clone(),
                format!("{} bytes", nb.size),
            );
            continue;
        };
        if ob.size != nb.size || ob.align != nb.align || ob.packed != nb.packed {
            push(
                d,
                Class::Breaking,
                K::BlockResized,
                nb.c_name.clone(),
                format!(
                    "size {:#x} align {:#x} -> size {:#x} align {:#x}",
                    ob.size, ob.align, nb.size, nb.align
                ),
            );
        }
        let named = |b: &Block| -> BTreeMap<String, Field> {
            b.fields()
                .into_iter()
                .filter(|(_, f)| !f.reserved)
                .map(|(p, f)| (p, f.clone()))
                .collect()
        };
        let (o, n) = (named(ob), named(nb));
        for (path, nf) in &n {
            let s = format!("{}.{path}", nb.c_name);
            match o.get(path) {
                None => push(d, Class::Additive, K::FieldAdded, s, field_desc(nf)),
                Some(of) => {
                    if of.ty != nf.ty || of.count != nf.count {
                        push(
                            d,
                            Class::Breaking,
                            K::FieldResized,
                            s.clone(),
                            format!("{} -> {}", field_desc(of), field_desc(nf)),
                        );
                    } else if of.offset != nf.offset {
                        push(
                            d,
                            Class::Breaking,
                            K::FieldMoved,
                            s.clone(),
                            format!("{:#x} -> {:#x}", of.offset, nf.offset),
                        );
                    }
                    ev_change(d, &s, of.ev, nf.ev);
                    if of.meaning != nf.meaning && of.ev == nf.ev {
                        ev_change(
                            d,
                            &format!("{s} (reading)"),
                            of.meaning.unwrap_or(of.ev),
                            nf.meaning.unwrap_or(nf.ev),
                        );
                    }
                }
            }
        }
        for (path, of) in &o {
            if !n.contains_key(path) {
                push(
                    d,
                    Class::Breaking,
                    K::FieldRemoved,
                    format!("{}.{path}", nb.c_name),
                    format!("was {}", field_desc(of)),
                );
            }
        }
    }
    for ob in &old.blocks {
        if !new.blocks.iter().any(|b| b.c_name == ob.c_name) {
            push(
                d,
                Class::Breaking,
                K::BlockRemoved,
                ob.c_name.clone(),
                format!("was {} bytes", ob.size),
            );
        }
    }
}

fn codes(d: &mut Diff, old: &SaeFile, new: &SaeFile) {
    for nc in &new.codes {
        let oc = old.codes.iter().find(|c| c.rust == nc.rust);
        let by_name = |c: Option<&Codes>| -> BTreeMap<String, Code> {
            c.map(|c| {
                c.codes
                    .iter()
                    .map(|x| (x.name.clone(), x.clone()))
                    .collect()
            })
            .unwrap_or_default()
        };
        let (o, n) = (by_name(oc), by_name(Some(nc)));
        for (name, code) in &n {
            let s = format!("{}{name}", nc.prefix);
            match o.get(name) {
                None => {
                    let renamed = code
                        .alias
                        .as_ref()
                        .and_then(|a| o.get(a))
                        .filter(|x| x.value == code.value);
                    match renamed {
                        Some(x) => push(
                            d,
                            Class::Additive,
                            K::CodeRenamed,
                            s.clone(),
                            format!("{}{} -> {s}, old name kept as an alias", nc.prefix, x.name),
                        ),
                        None => push(
                            d,
                            Class::Additive,
                            K::CodeAdded,
                            s,
                            format!("{:#x}", code.value),
                        ),
                    }
                }
                Some(oc) => {
                    if oc.value != code.value {
                        push(
                            d,
                            Class::Breaking,
                            K::CodeRenumbered,
                            s.clone(),
                            format!("{:#x} -> {:#x}", oc.value, code.value),
                        );
                    }
                    if oc.view != code.view {
                        let class = if oc.view.is_none() {
                            Class::Additive
                        } else {
                            Class::Breaking
                        };
                        push(
                            d,
                            class,
                            K::CodeViewChanged,
                            s.clone(),
                            format!(
                                "{} -> {}",
                                oc.view.as_deref().unwrap_or("none"),
                                code.view.as_deref().unwrap_or("none")
                            ),
                        );
                    }
                    ev_change(d, &s, oc.ev, code.ev);
                }
            }
        }
        for (name, code) in &o {
            let kept = n.contains_key(name) || n.values().any(|x| x.alias.as_deref() == Some(name));
            if !kept {
                push(
                    d,
                    Class::Breaking,
                    K::CodeRemoved,
                    format!("{}{name}", nc.prefix),
                    format!("was {:#x}", code.value),
                );
            }
        }
    }
    for oc in &old.codes {
        if !new.codes.iter().any(|c| c.rust == oc.rust) {
            push(
                d,
                Class::Breaking,
                K::CodesRemoved,
                oc.rust.clone(),
                format!("{} codes", oc.codes.len()),
            );
        }
    }
}

/// Name → (value, evidence) for everything with a C name and a number.
fn numbers(f: &SaeFile) -> BTreeMap<String, (&'static str, u64, Ev)> {
    let mut m = BTreeMap::new();
    for g in &f.consts {
        for c in &g.consts {
            m.insert(c.name.clone(), ("const", c.value, c.ev));
        }
    }
    for q in &f.qaaf {
        m.insert(q.c_name(), ("qaaf-index", q.index, q.ev));
    }
    for i in &f.insns {
        m.insert(
            format!("SAE_OPCODE_{}", i.mnemonic),
            ("opcode", i.opcode, i.ev),
        );
    }
    m
}

fn added_kind(what: &str) -> K {
    match what {
        "qaaf-index" => K::QaafIndexAdded,
        "opcode" => K::InsnAdded,
        _ => K::ConstAdded,
    }
}

fn changed_kind(what: &str) -> K {
    match what {
        "qaaf-index" => K::QaafIndexChanged,
        "opcode" => K::OpcodeChanged,
        _ => K::ConstChanged,
    }
}

fn removed_kind(what: &str) -> K {
    match what {
        "qaaf-index" => K::QaafIndexRemoved,
        "opcode" => K::InsnRemoved,
        _ => K::ConstRemoved,
    }
}

/// Compare two SAE models.
pub fn diff(old: &SaeFile, new: &SaeFile) -> Diff {
    let mut d = Diff::default();
    blocks(&mut d, old, new);
    codes(&mut d, old, new);
    let (o, n) = (numbers(old), numbers(new));
    for (name, (what, v, ev)) in &n {
        match o.get(name) {
            None => push(
                &mut d,
                Class::Additive,
                added_kind(what),
                name.clone(),
                format!("{v:#x}"),
            ),
            Some((_, ov, oev)) => {
                if ov != v {
                    push(
                        &mut d,
                        Class::Breaking,
                        changed_kind(what),
                        name.clone(),
                        format!("{ov:#x} -> {v:#x}"),
                    );
                }
                ev_change(&mut d, name, *oev, *ev);
            }
        }
    }
    for (name, (what, v, _)) in &o {
        if !n.contains_key(name) {
            push(
                &mut d,
                Class::Breaking,
                removed_kind(what),
                name.clone(),
                format!("was {v:#x}"),
            );
        }
    }
    for i in &new.insns {
        if let Some(oi) = old.insns.iter().find(|x| x.mnemonic == i.mnemonic) {
            if oi.format != i.format {
                push(
                    &mut d,
                    Class::Breaking,
                    K::InsnReformatted,
                    i.mnemonic.clone(),
                    format!("{} -> {}", oi.format.as_str(), i.format.as_str()),
                );
            }
        }
    }
    for p in &new.places {
        match old.places.iter().find(|x| x.reg == p.reg) {
            None => push(
                &mut d,
                Class::Additive,
                K::PlacementAdded,
                p.reg.clone(),
                p.at.token(),
            ),
            Some(op) => {
                if op.at != p.at {
                    push(
                        &mut d,
                        Class::Breaking,
                        K::RegisterMoved,
                        p.reg.clone(),
                        format!("{} -> {}", op.at.token(), p.at.token()),
                    );
                }
                ev_change(&mut d, &p.reg, op.ev, p.ev);
            }
        }
    }
    for op in &old.places {
        if !new.places.iter().any(|x| x.reg == op.reg) {
            push(
                &mut d,
                Class::Breaking,
                K::PlacementRemoved,
                op.reg.clone(),
                format!("was {}", op.at.token()),
            );
        }
    }
    for r in &new.resets {
        match old.resets.iter().find(|x| x.name == r.name) {
            None => push(
                &mut d,
                Class::Additive,
                K::ResetAdded,
                r.name.clone(),
                r.fields.join(" | "),
            ),
            Some(or) if or.reg != r.reg || or.fields != r.fields => push(
                &mut d,
                Class::Breaking,
                K::ResetChanged,
                r.name.clone(),
                format!("{} -> {}", or.fields.join(" | "), r.fields.join(" | ")),
            ),
            Some(_) => {}
        }
    }
    for or in &old.resets {
        if !new.resets.iter().any(|x| x.name == or.name) {
            push(
                &mut d,
                Class::Breaking,
                K::ResetRemoved,
                or.name.clone(),
                or.fields.join(" | "),
            );
        }
    }
    d.finish()
}

/// Diff two SAE definitions texts (for `abi-gen diff`); both must be SAE files.
pub fn files(
    old_label: &str,
    old: &str,
    new_label: &str,
    new: &str,
) -> Result<(Diff, &'static str), Vec<crate::Diagnostic>> {
    if !(crate::is_sae(old) && crate::is_sae(new)) {
        return Err(vec![crate::Diagnostic {
            severity: crate::Severity::Error,
            kind: crate::Kind::UnhandledStatement,
            file: new_label.to_string(),
            line: 0,
            register: None,
            field: None,
            message: format!("{old_label} and {new_label} are not both SAE definitions files"),
        }]);
    }
    let (a, b) = (super::parse(old_label, old), super::parse(new_label, new));
    if a.has_errors() || b.has_errors() {
        return Err(a.diagnostics.into_iter().chain(b.diagnostics).collect());
    }
    Ok((diff(&a.file, &b.file), "sae"))
}
