//! Checks over the whole model: the ones the kernel generator makes (duplicates, since 2025)
//! and the ones it misses (targets, enumerator widths, names, shared encodings).

use std::collections::{HashMap, HashSet};

use super::model::*;
use crate::diag::{Diagnostic, Kind, Severity};

struct Sink<'a> {
    label: &'a str,
    out: &'a mut Vec<Diagnostic>,
}

impl Sink<'_> {
    fn push(
        &mut self,
        sev: Severity,
        kind: Kind,
        line: u32,
        reg: &str,
        field: Option<&str>,
        msg: String,
    ) {
        self.out.push(Diagnostic {
            severity: sev,
            kind,
            file: self.label.to_string(),
            line,
            register: Some(reg.to_string()),
            field: field.map(str::to_string),
            message: msg,
        });
    }
}

/// True for a C identifier: `[A-Za-z_][A-Za-z0-9_]*`.
pub fn is_c_ident(s: &str) -> bool {
    let mut b = s.bytes();
    matches!(b.next(), Some(c) if c.is_ascii_alphabetic() || c == b'_')
        && b.all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// True for an enumerator name: `[A-Za-z0-9_]+` (it is pasted after `REG_FIELD_`).
pub fn is_enumerator_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// Run every whole-file check, appending to `diags`.
pub fn check(label: &str, file: &SysregFile, diags: &mut Vec<Diagnostic>) {
    let mut sink = Sink { label, out: diags };
    let mut regs: HashMap<&str, u32> = HashMap::new();
    let mut layouts: HashMap<&str, u32> = HashMap::new();
    let mut encodings: HashMap<Encoding, (&str, u32)> = HashMap::new();

    for block in &file.blocks {
        match block {
            Block::Sysreg(r) => {
                check_name(&mut sink, r.line, &r.name, "register");
                if let Some(first) = regs.insert(&r.name, r.line) {
                    sink.push(
                        Severity::Error,
                        Kind::Duplicate,
                        r.line,
                        &r.name,
                        None,
                        format!("register defined again; first defined at line {first}"),
                    );
                    regs.insert(&r.name, first);
                }
                if let Some((other, line)) = encodings.get(&r.encoding) {
                    sink.push(
                        Severity::Warning,
                        Kind::SharedEncoding,
                        r.line,
                        &r.name,
                        None,
                        format!("shares its encoding with {other} (line {line}); fine only for architectural aliases"),
                    );
                } else {
                    encodings.insert(r.encoding, (&r.name, r.line));
                }
                check_body(&mut sink, &r.name, &r.body);
            }
            Block::Fields(f) => {
                check_name(&mut sink, f.line, &f.name, "layout");
                if let Some(first) = layouts.insert(&f.name, f.line) {
                    sink.push(
                        Severity::Error,
                        Kind::Duplicate,
                        f.line,
                        &f.name,
                        None,
                        format!("SysregFields defined again; first defined at line {first}"),
                    );
                    layouts.insert(&f.name, first);
                }
                check_body(&mut sink, &f.name, &f.body);
            }
        }
    }

    // References need the whole file.
    for r in file.sysregs() {
        match &r.body {
            Body::Fields { line, target } if !layouts.contains_key(target.as_str()) => {
                let hint = if regs.contains_key(target.as_str()) {
                    " (that is a Sysreg; `Mapping` names registers)"
                } else {
                    ""
                };
                sink.push(
                    Severity::Error,
                    Kind::UnknownTarget,
                    *line,
                    &r.name,
                    None,
                    format!("`Fields {target}`: no `SysregFields {target}` in this file{hint}"),
                );
            }
            Body::Mapping { line, target } => {
                let ok = file.sysreg(target).is_some();
                if !ok {
                    sink.push(
                        Severity::Error,
                        Kind::UnknownTarget,
                        *line,
                        &r.name,
                        None,
                        format!("`Mapping {target}`: no `Sysreg {target}` in this file"),
                    );
                } else if target == &r.name {
                    sink.push(
                        Severity::Error,
                        Kind::UnknownTarget,
                        *line,
                        &r.name,
                        None,
                        "`Mapping` names the register itself; expected another register".into(),
                    );
                }
            }
            _ => {}
        }
    }
}

fn check_name(sink: &mut Sink<'_>, line: u32, name: &str, what: &str) {
    if !is_c_ident(name) {
        sink.push(
            Severity::Error,
            Kind::BadName,
            line,
            name,
            None,
            format!("{what} name `{name}` is not an identifier; expected [A-Za-z_][A-Za-z0-9_]*"),
        );
    }
}

fn check_body(sink: &mut Sink<'_>, reg: &str, body: &Body) {
    let Body::Layout { prefixed, layout } = body else {
        return;
    };
    let mut seen = HashSet::new();
    for p in prefixed {
        if !is_c_ident(&p.prefix) {
            sink.push(
                Severity::Error,
                Kind::BadName,
                p.line,
                reg,
                None,
                format!("prefix `{}` is not an identifier", p.prefix),
            );
        }
        if !seen.insert(p.prefix.as_str()) {
            sink.push(
                Severity::Error,
                Kind::Duplicate,
                p.line,
                reg,
                None,
                format!("prefix {} used twice in one register", p.prefix),
            );
        }
        check_layout(sink, reg, &p.layout);
    }
    check_layout(sink, reg, layout);
}

fn check_layout(sink: &mut Sink<'_>, reg: &str, layout: &Layout) {
    let mut names: HashMap<&str, u32> = HashMap::new();
    let mut folded: HashMap<String, (&str, u32)> = HashMap::new();
    for item in &layout.items {
        let Some(name) = item.name() else { continue };
        if !is_c_ident(name) {
            sink.push(
                Severity::Error,
                Kind::BadName,
                item.line,
                reg,
                Some(name),
                format!(
                    "field name `{name}` is not an identifier; expected [A-Za-z_][A-Za-z0-9_]*"
                ),
            );
        }
        if let Some(first) = names.get(name) {
            sink.push(
                Severity::Error,
                Kind::Duplicate,
                item.line,
                reg,
                Some(name),
                format!("field defined again in this layout; first defined at line {first}"),
            );
        } else {
            names.insert(name, item.line);
            let key = name.to_ascii_lowercase();
            if let Some((other, line)) = folded.get(&key) {
                sink.push(
                    Severity::Warning,
                    Kind::Duplicate,
                    item.line,
                    reg,
                    Some(name),
                    format!("differs from field {other} (line {line}) only in case; Rust accessors get a suffix"),
                );
            } else {
                folded.insert(key, (name, item.line));
            }
        }
        if let ItemKind::Enum { values, .. } = &item.kind {
            check_enum(sink, reg, name, item.bits, values);
        }
    }
}

fn check_enum(sink: &mut Sink<'_>, reg: &str, field: &str, bits: Bits, values: &[Enumerator]) {
    let width = bits.width();
    let mut names: HashMap<&str, u32> = HashMap::new();
    let mut vals: HashMap<u64, (&str, u32)> = HashMap::new();
    for e in values {
        let fits = width >= 64 || e.value >> width == 0;
        if !fits {
            sink.push(
                Severity::Error,
                Kind::EnumeratorTooWide,
                e.line,
                reg,
                Some(field),
                format!(
                    "enumerator {} = 0b{} does not fit the {width}-bit field [{}:{}]",
                    e.name, e.digits, bits.msb, bits.lsb
                ),
            );
        } else if usize::try_from(width).ok() != Some(e.digits.len()) {
            sink.push(
                Severity::Warning,
                Kind::EnumeratorDigits,
                e.line,
                reg,
                Some(field),
                format!(
                    "enumerator {} is written with {} digits; expected {width} for field [{}:{}]",
                    e.name,
                    e.digits.len(),
                    bits.msb,
                    bits.lsb
                ),
            );
        }
        if !is_enumerator_name(&e.name) {
            sink.push(
                Severity::Error,
                Kind::BadName,
                e.line,
                reg,
                Some(field),
                format!("enumerator name `{}` is not [A-Za-z0-9_]+", e.name),
            );
        }
        if let Some(first) = names.get(e.name.as_str()) {
            sink.push(
                Severity::Error,
                Kind::Duplicate,
                e.line,
                reg,
                Some(field),
                format!(
                    "enumerator {} defined again; first defined at line {first}",
                    e.name
                ),
            );
        } else {
            names.insert(&e.name, e.line);
        }
        if let Some((other, line)) = vals.get(&e.value) {
            sink.push(
                Severity::Warning,
                Kind::DuplicateValue,
                e.line,
                reg,
                Some(field),
                format!(
                    "enumerator {} has the value 0b{} of {other} (line {line}); no Rust enum is generated for this field",
                    e.name, e.digits
                ),
            );
        } else {
            vals.insert(e.value, (&e.name, e.line));
        }
    }
}
