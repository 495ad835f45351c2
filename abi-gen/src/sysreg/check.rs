//! Checks over the whole model: the ones the kernel generator makes (duplicates, since 2025)
//! and the ones it misses (targets, enumerator widths, names, shared encodings).
//!
//! Severities follow [`crate::diag::Strictness::Kernel`]: a check Linux 7.2's
//! `gen-sysreg.awk` does not make is a warning, except where the output could not be
//! generated at all (a name that is not an identifier; a register and a layout of the same
//! name, whose macros and Rust modules would clash).

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
    // Name and encoding clashes: sort once instead of hashing every name.
    let mut regs: Vec<(&str, u32)> = Vec::new();
    let mut layouts: Vec<(&str, u32)> = Vec::new();
    let mut encodings: Vec<(u32, u32, &str)> = Vec::new();
    for block in &file.blocks {
        match block {
            Block::Sysreg(r) => {
                check_name(&mut sink, r.line, &r.name, "register");
                regs.push((&r.name, r.line));
                encodings.push((r.encoding.sys_reg(), r.line, &r.name));
                check_body(&mut sink, &r.name, &r.body);
            }
            Block::Fields(f) => {
                check_name(&mut sink, f.line, &f.name, "layout");
                layouts.push((&f.name, f.line));
                check_body(&mut sink, &f.name, &f.body);
            }
        }
    }
    for (list, what) in [(&mut regs, "register"), (&mut layouts, "SysregFields")] {
        list.sort_unstable();
        for pair in list.windows(2) {
            if let [(a, first), (b, again)] = pair {
                if a == b {
                    let msg = format!("{what} defined again; first defined at line {first}");
                    sink.push(Severity::Error, Kind::Duplicate, *again, b, None, msg);
                }
            }
        }
        list.dedup_by(|x, y| x.0 == y.0);
    }
    encodings.sort_unstable();
    for pair in encodings.windows(2) {
        if let [(e1, line1, first), (e2, line2, other)] = pair {
            if e1 == e2 {
                let msg = format!(
                    "shares its encoding with {first} (line {line1}); fine only for architectural aliases"
                );
                sink.push(
                    Severity::Warning,
                    Kind::SharedEncoding,
                    *line2,
                    other,
                    None,
                    msg,
                );
            }
        }
    }
    let has =
        |list: &[(&str, u32)], name: &str| list.binary_search_by(|(n, _)| (*n).cmp(name)).is_ok();
    for (name, line) in &regs {
        if let Ok(i) = layouts.binary_search_by(|(n, _)| (*n).cmp(name)) {
            let first = layouts.get(i).map_or(0, |l| l.1);
            let msg = format!(
                "a `SysregFields {name}` (line {first}) has the same name; their macros and \
                 modules would clash: expected distinct names"
            );
            sink.push(Severity::Error, Kind::Duplicate, *line, name, None, msg);
        }
    }

    // References need the whole file.
    for r in file.sysregs() {
        match &r.body {
            Body::Fields { line, target } if !has(&layouts, target) => {
                let hint = if has(&regs, target) {
                    " (that is a Sysreg; `Mapping` names registers)"
                } else {
                    ""
                };
                sink.push(
                    Severity::Warning,
                    Kind::UnknownTarget,
                    *line,
                    &r.name,
                    None,
                    format!(
                        "`Fields {target}`: no `SysregFields {target}` in this file{hint}; \
                         only the encoding is generated"
                    ),
                );
            }
            Body::Mapping { line, target } => {
                let ok = has(&regs, target);
                if !ok {
                    sink.push(
                        Severity::Warning,
                        Kind::UnknownTarget,
                        *line,
                        &r.name,
                        None,
                        format!(
                            "`Mapping {target}`: no `Sysreg {target}` in this file{}",
                            if has(&layouts, target) {
                                ""
                            } else {
                                "; only the encoding is generated"
                            }
                        ),
                    );
                } else if target == &r.name {
                    sink.push(
                        Severity::Warning,
                        Kind::UnknownTarget,
                        *line,
                        &r.name,
                        None,
                        "`Mapping` names the register itself; expected another register; only the \
                         encoding is generated"
                            .into(),
                    );
                } else if mapping_cycle(file, r) {
                    sink.push(
                        Severity::Warning,
                        Kind::UnknownTarget,
                        *line,
                        &r.name,
                        None,
                        format!(
                            "`Mapping {target}` runs into a cycle of `Mapping`s; expected a \
                             chain ending in a layout; only the encoding is generated"
                        ),
                    );
                }
            }
            _ => {}
        }
    }
}

/// Whether following `Mapping`s from `reg` through registers of this file comes back to a
/// register already passed, `reg` or one after it (the kernel's generator accepts this;
/// nothing resolves).
fn mapping_cycle(file: &SysregFile, reg: &Sysreg) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    let mut r = reg;
    while let Body::Mapping { target, .. } = &r.body {
        if seen.contains(&r.name.as_str()) {
            return true;
        }
        seen.push(&r.name);
        match file.sysreg(target) {
            Some(next) => r = next,
            None => return false,
        }
    }
    false
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
    let mut seen: Vec<&str> = Vec::new();
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
        if seen.contains(&p.prefix.as_str()) {
            sink.push(
                Severity::Error,
                Kind::Duplicate,
                p.line,
                reg,
                None,
                format!("prefix {} used twice in one register", p.prefix),
            );
        }
        seen.push(&p.prefix);
        check_layout(sink, reg, &p.layout);
    }
    check_layout(sink, reg, layout);
}

fn named_item(i: &Item) -> Option<(&Item, &str)> {
    i.name().map(|n| (i, n))
}

fn check_layout(sink: &mut Sink<'_>, reg: &str, layout: &Layout) {
    // Layouts hold at most 64 items. A key per field (length, lower-cased first byte) kept
    // on the stack rules out most pairs before any string comparison.
    let mut keys = [(0usize, 0u8); 64];
    let key = |n: &str| {
        (
            n.len(),
            n.as_bytes().first().map_or(0, u8::to_ascii_lowercase),
        )
    };
    for (i, item) in layout.items.iter().enumerate() {
        let Some(name) = item.name() else { continue };
        let k = key(name);
        let clash = keys.get(..i).unwrap_or(&keys).contains(&k);
        if let Some(slot) = keys.get_mut(i) {
            *slot = k;
        }
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
        let earlier = layout
            .items
            .get(..i)
            .unwrap_or_default()
            .iter()
            .filter_map(named_item);
        let same = |o: &(&Item, &str)| o.1.eq_ignore_ascii_case(name);
        let found = if clash {
            earlier.into_iter().find(same)
        } else {
            None
        };
        if let Some((other, other_name)) = found {
            if other_name == name {
                sink.push(
                    Severity::Warning,
                    Kind::Duplicate,
                    item.line,
                    reg,
                    Some(name),
                    format!(
                        "field defined again in this layout; first defined at line {} (its macros \
                         are defined twice)",
                        other.line
                    ),
                );
            } else {
                sink.push(
                    Severity::Warning,
                    Kind::Duplicate,
                    item.line,
                    reg,
                    Some(name),
                    format!(
                        "differs from field {other_name} (line {}) only in case; Rust accessors get a suffix",
                        other.line
                    ),
                );
            }
        }
        if let ItemKind::Enum { values, .. } = &item.kind {
            check_enum(sink, reg, name, item.bits, values);
        }
    }
}

fn check_enum(sink: &mut Sink<'_>, reg: &str, field: &str, bits: Bits, values: &[Enumerator]) {
    let width = bits.width();
    for (i, e) in values.iter().enumerate() {
        let earlier = values.get(..i).unwrap_or_default();
        let fits = width >= 64 || e.value >> width == 0;
        if !fits {
            sink.push(
                Severity::Warning,
                Kind::EnumeratorTooWide,
                e.line,
                reg,
                Some(field),
                format!(
                    "enumerator {} = 0b{} does not fit the {width}-bit field [{}:{}]",
                    e.name,
                    e.digits_string(),
                    bits.msb,
                    bits.lsb
                ),
            );
        } else if width != u32::from(e.digits) {
            sink.push(
                Severity::Warning,
                Kind::EnumeratorDigits,
                e.line,
                reg,
                Some(field),
                format!(
                    "enumerator {} is written with {} digits; expected {width} for field [{}:{}]",
                    e.name, e.digits, bits.msb, bits.lsb
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
        if let Some(first) = earlier.iter().find(|o| o.name == e.name) {
            sink.push(
                Severity::Warning,
                Kind::Duplicate,
                e.line,
                reg,
                Some(field),
                format!(
                    "enumerator {} defined again; first defined at line {}",
                    e.name, first.line
                ),
            );
        }
        if let Some(o) = earlier.iter().find(|o| o.value == e.value) {
            let (other, line) = (&o.name, o.line);
            sink.push(
                Severity::Warning,
                Kind::DuplicateValue,
                e.line,
                reg,
                Some(field),
                format!(
                    "enumerator {} has the value 0b{} of {other} (line {line}); no Rust enum is generated for this field",
                    e.name,
                    e.digits_string()
                ),
            );
        }
    }
}
