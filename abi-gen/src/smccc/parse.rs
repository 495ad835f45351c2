//! Parser and checks for the SMCCC definitions format. Errors do not stop the parse; every
//! diagnostic names `file:line`, the service or namespace, and what was expected. No input
//! panics.

use super::model::*;
use crate::diag::{Diagnostic, Kind, Severity};
use crate::sysreg::check::is_c_ident;

/// Result of parsing one file.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The model.
    pub file: SmcccFile,
    /// Errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// True when the file has errors and must not be used to emit anything.
    pub fn has_errors(&self) -> bool {
        crate::diag::has_errors(&self.diagnostics)
    }
}

enum Open {
    None,
    Returns(Returns),
    Service(Service),
}

struct P<'a> {
    label: &'a str,
    diags: Vec<Diagnostic>,
    file: SmcccFile,
    open: Open,
}

/// Parse a number: decimal (optionally negative) or `0x` hexadecimal.
pub fn parse_number(s: &str) -> Option<i64> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let v = match digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        Some(h) if !h.is_empty() && h.len() <= 16 => u64::from_str_radix(h, 16).ok()?,
        Some(_) => return None,
        None if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.parse::<u64>().ok()?
        }
        None => return None,
    };
    let v = i64::try_from(v).ok()?;
    if neg { v.checked_neg() } else { Some(v) }
}

/// Attributes after the positional tokens.
struct Attrs<'t> {
    pairs: Vec<(&'t str, &'t str)>,
    bad: Vec<&'t str>,
}

fn attrs<'t>(toks: &[&'t str]) -> Attrs<'t> {
    let mut a = Attrs {
        pairs: Vec::new(),
        bad: Vec::new(),
    };
    for t in toks {
        match t.split_once('=') {
            Some((k, v)) if !k.is_empty() && !v.is_empty() => a.pairs.push((k, v)),
            _ => a.bad.push(t),
        }
    }
    a
}

impl<'a> P<'a> {
    fn ctx(&self) -> Option<String> {
        match &self.open {
            Open::None => None,
            Open::Returns(r) => Some(r.name.clone()),
            Open::Service(s) => Some(s.name.clone()),
        }
    }

    fn diag(&mut self, sev: Severity, kind: Kind, line: u32, item: Option<&str>, msg: String) {
        let register = self.ctx();
        self.diags.push(Diagnostic {
            severity: sev,
            kind,
            file: self.label.to_string(),
            line,
            register,
            field: item.map(str::to_string),
            message: msg,
        });
    }

    fn err(&mut self, kind: Kind, line: u32, item: Option<&str>, msg: String) {
        self.diag(Severity::Error, kind, line, item, msg);
    }

    /// Check the attributes against `allowed` and return a lookup.
    fn check_attrs<'t>(
        &mut self,
        line: u32,
        item: &str,
        a: &Attrs<'t>,
        allowed: &[&str],
    ) -> Vec<(&'t str, &'t str)> {
        for b in &a.bad {
            self.err(
                Kind::BadAttribute,
                line,
                Some(item),
                format!("`{b}` is not a key=value attribute"),
            );
        }
        let mut out: Vec<(&'t str, &'t str)> = Vec::new();
        for &(k, v) in &a.pairs {
            if !allowed.contains(&k) {
                self.err(
                    Kind::BadAttribute,
                    line,
                    Some(item),
                    format!(
                        "unknown attribute `{k}`; expected one of {}",
                        allowed.join(", ")
                    ),
                );
            } else if out.iter().any(|(x, _)| *x == k) {
                self.err(
                    Kind::BadAttribute,
                    line,
                    Some(item),
                    format!("attribute `{k}` given twice"),
                );
            } else {
                out.push((k, v));
            }
        }
        out
    }

    fn linux(&mut self, line: u32, item: &str, v: Option<&str>) -> Option<String> {
        let v = v?;
        if !is_c_ident(v) {
            self.err(
                Kind::BadName,
                line,
                Some(item),
                format!("Linux name `{v}` is not a C identifier"),
            );
        }
        Some(v.to_string())
    }

    fn name(&mut self, line: u32, what: &str, name: &str) -> String {
        if !is_c_ident(name) {
            self.err(
                Kind::BadName,
                line,
                Some(name),
                format!(
                    "{what} name `{name}` is not an identifier; expected [A-Za-z_][A-Za-z0-9_]*"
                ),
            );
        }
        name.to_string()
    }

    fn number(&mut self, line: u32, item: &str, what: &str, tok: &str) -> Option<i64> {
        let v = parse_number(tok);
        if v.is_none() {
            self.err(
                Kind::BadNumber,
                line,
                Some(item),
                format!("{what} `{tok}` is not a number; expected decimal or 0x hexadecimal"),
            );
        }
        v
    }

    fn line(&mut self, line: u32, raw: &str) {
        let toks: Vec<&str> = raw.split([' ', '\t']).filter(|t| !t.is_empty()).collect();
        let Some(&kw) = toks.first() else {
            if !raw.is_empty() {
                self.err(
                    Kind::BlankLine,
                    line,
                    None,
                    "line holds only blanks; expected an empty line".into(),
                );
            }
            return;
        };
        if kw.starts_with('#') {
            return;
        }
        let in_returns = matches!(self.open, Open::Returns(_));
        match kw {
            "EndReturns" | "EndService" => self.close(line, kw, &toks),
            _ if in_returns => self.ret_code(line, &toks),
            "Value" => self.value(line, &toks),
            "Owner" => self.owner(line, &toks),
            "Returns" => self.open_returns(line, &toks),
            "Service" => self.open_service(line, &toks),
            "Function" | "Mitigation" => self.function(line, &toks),
            _ => {
                let where_ = match &self.open {
                    Open::Service(s) => format!("`Service {}`", s.name),
                    _ => "the top level".into(),
                };
                self.err(
                    Kind::UnhandledStatement,
                    line,
                    None,
                    format!("unhandled statement `{kw}` in {where_}"),
                );
            }
        }
    }

    fn expect_min(&mut self, line: u32, toks: &[&str], n: usize, usage: &str) -> bool {
        if toks.len() >= n {
            return true;
        }
        self.err(
            Kind::TokenCount,
            line,
            None,
            format!("{} fields; expected `{usage}`", toks.len()),
        );
        false
    }

    fn value(&mut self, line: u32, toks: &[&str]) {
        if !self.expect_min(line, toks, 3, "Value <NAME> <value> [linux=M]") {
            return;
        }
        let name = self.name(line, "value", toks.get(1).copied().unwrap_or(""));
        let Some(value) = self.number(line, &name, "value", toks.get(2).copied().unwrap_or(""))
        else {
            return;
        };
        let a = attrs(toks.get(3..).unwrap_or_default());
        let kv = self.check_attrs(line, &name, &a, &["linux"]);
        let linux = self.linux(line, &name, get(&kv, "linux"));
        let v = Value {
            line,
            name,
            value,
            linux,
        };
        match &mut self.open {
            Open::Service(s) => s.members.push(Member::Value(v)),
            _ => self.file.entries.push(Entry::Value(v)),
        }
    }

    fn owner(&mut self, line: u32, toks: &[&str]) {
        if !matches!(self.open, Open::None) {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                "`Owner` inside a block; expected it at the top level".into(),
            );
            return;
        }
        if !self.expect_min(line, toks, 3, "Owner <NAME> <oen> [last=<oen>] [linux=M]") {
            return;
        }
        let name = self.name(line, "owner", toks.get(1).copied().unwrap_or(""));
        let Some(oen) = self.number(line, &name, "OEN", toks.get(2).copied().unwrap_or("")) else {
            return;
        };
        let a = attrs(toks.get(3..).unwrap_or_default());
        let kv = self.check_attrs(line, &name, &a, &["last", "linux"]);
        let in_range = |v: i64| u8::try_from(v).ok().filter(|v| *v <= 63);
        let Some(oen) = in_range(oen) else {
            self.err(
                Kind::OutOfRange,
                line,
                Some(&name),
                format!("OEN {oen} is outside 0..=63"),
            );
            return;
        };
        let last = match get(&kv, "last") {
            None => None,
            Some(t) => match parse_number(t).and_then(in_range) {
                Some(l) if l >= oen => Some(l),
                _ => {
                    self.err(
                        Kind::OutOfRange,
                        line,
                        Some(&name),
                        format!("last={t}; expected an OEN in {oen}..=63"),
                    );
                    return;
                }
            },
        };
        let linux = self.linux(line, &name, get(&kv, "linux"));
        self.file.entries.push(Entry::Owner(Owner {
            line,
            name,
            oen,
            last,
            linux,
        }));
    }

    fn open_returns(&mut self, line: u32, toks: &[&str]) {
        if !matches!(self.open, Open::None) {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                "`Returns` inside a block; expected it at the top level".into(),
            );
            return;
        }
        if toks.len() != 2 {
            self.err(
                Kind::TokenCount,
                line,
                None,
                format!("{} fields; expected `Returns <NS>`", toks.len()),
            );
        }
        let name = self.name(line, "namespace", toks.get(1).copied().unwrap_or(""));
        self.open = Open::Returns(Returns {
            line,
            name,
            codes: Vec::new(),
        });
    }

    fn ret_code(&mut self, line: u32, toks: &[&str]) {
        if !self.expect_min(line, toks, 2, "<value> <NAME> [linux=M]") {
            return;
        }
        let name = self.name(line, "return code", toks.get(1).copied().unwrap_or(""));
        let Some(value) = self.number(
            line,
            &name,
            "return code",
            toks.first().copied().unwrap_or(""),
        ) else {
            return;
        };
        let a = attrs(toks.get(2..).unwrap_or_default());
        let kv = self.check_attrs(line, &name, &a, &["linux"]);
        let linux = self.linux(line, &name, get(&kv, "linux"));
        if i32::try_from(value).is_err() {
            self.err(
                Kind::OutOfRange,
                line,
                Some(&name),
                format!("return code {value} does not fit 32 bits"),
            );
            return;
        }
        if let Open::Returns(r) = &mut self.open {
            r.codes.push(RetCode {
                line,
                value,
                name,
                linux,
            });
        }
    }

    fn open_service(&mut self, line: u32, toks: &[&str]) {
        if !matches!(self.open, Open::None) {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                "`Service` inside a block; expected `EndService` first".into(),
            );
            self.close_implicit(line);
        }
        if !self.expect_min(
            line,
            toks,
            2,
            "Service <NAME> owner=<OWNER>|base=<id> returns=<NS> spec=<doc>",
        ) {
            return;
        }
        let name = self.name(line, "service", toks.get(1).copied().unwrap_or(""));
        let a = attrs(toks.get(2..).unwrap_or_default());
        let kv = self.check_attrs(line, &name, &a, &["owner", "base", "returns", "spec"]);
        let base = match (get(&kv, "owner"), get(&kv, "base")) {
            (Some(o), None) => IdBase::Owner(o.to_string()),
            (None, Some(b)) => match parse_number(b).and_then(|v| u32::try_from(v).ok()) {
                Some(b) => IdBase::Raw(b),
                None => {
                    self.err(
                        Kind::BadNumber,
                        line,
                        Some(&name),
                        format!("base={b} is not a 32-bit number"),
                    );
                    IdBase::Raw(0)
                }
            },
            _ => {
                self.err(
                    Kind::BadAttribute,
                    line,
                    Some(&name),
                    "expected exactly one of owner=<OWNER> and base=<id>".into(),
                );
                IdBase::Raw(0)
            }
        };
        let mut need = |k: &str| -> String {
            match get(&kv, k) {
                Some(v) => v.to_string(),
                None => {
                    self.err(
                        Kind::BadAttribute,
                        line,
                        Some(&name),
                        format!("missing attribute `{k}=`"),
                    );
                    String::new()
                }
            }
        };
        let returns = need("returns");
        let spec = need("spec");
        self.open = Open::Service(Service {
            line,
            name,
            base,
            returns,
            spec,
            members: Vec::new(),
        });
    }

    fn function(&mut self, line: u32, toks: &[&str]) {
        let kw = toks.first().copied().unwrap_or("");
        let Open::Service(svc) = &self.open else {
            self.err(
                Kind::UnhandledStatement,
                line,
                None,
                format!("`{kw}` outside a `Service` block"),
            );
            return;
        };
        let raw_service = matches!(svc.base, IdBase::Raw(_));
        if !self.expect_min(
            line,
            toks,
            5,
            "Function <NAME> <number> <32|64|32+64|raw> <since> [attrs]",
        ) {
            return;
        }
        let name = self.name(line, "function", toks.get(1).copied().unwrap_or(""));
        let Some(number) = self.number(
            line,
            &name,
            "function number",
            toks.get(2).copied().unwrap_or(""),
        ) else {
            return;
        };
        let forms = match toks.get(3).copied().unwrap_or("") {
            "32" => Forms::Smc32,
            "64" => Forms::Smc64,
            "32+64" => Forms::Both,
            "raw" => Forms::Raw,
            other => {
                self.err(
                    Kind::BadAttribute,
                    line,
                    Some(&name),
                    format!("forms `{other}`; expected 32, 64, 32+64 or raw"),
                );
                return;
            }
        };
        if (forms == Forms::Raw) != raw_service {
            let msg = if raw_service {
                "a `base=` service has raw ids; expected forms `raw`"
            } else {
                "`raw` ids need a `base=` service; expected 32, 64 or 32+64"
            };
            self.err(Kind::BadAttribute, line, Some(&name), msg.into());
        }
        let max = if raw_service {
            i64::from(u32::MAX)
        } else {
            0xffff
        };
        let Some(number) = u32::try_from(number).ok().filter(|n| i64::from(*n) <= max) else {
            self.err(
                Kind::OutOfRange,
                line,
                Some(&name),
                format!("function number {number} is outside 0..={max:#x}"),
            );
            return;
        };
        let since = toks.get(4).copied().unwrap_or("").to_string();
        let a = attrs(toks.get(5..).unwrap_or_default());
        let allowed: &[&str] = if kw == "Mitigation" {
            &["cve", "linux", "linux32", "linux64", "linuxnum", "type"]
        } else {
            &["linux", "linux32", "linux64", "linuxnum", "type"]
        };
        let kv = self.check_attrs(line, &name, &a, allowed);
        let cves = if kw == "Mitigation" {
            match get(&kv, "cve") {
                Some(c) => Some(c.split(',').map(str::to_string).collect()),
                None => {
                    self.err(
                        Kind::BadAttribute,
                        line,
                        Some(&name),
                        "a Mitigation needs cve=<CVE-…>".into(),
                    );
                    Some(Vec::new())
                }
            }
        } else {
            None
        };
        let yielding = match get(&kv, "type") {
            None | Some("fast") => false,
            Some("yielding") => true,
            Some(t) => {
                self.err(
                    Kind::BadAttribute,
                    line,
                    Some(&name),
                    format!("type={t}; expected fast or yielding"),
                );
                false
            }
        };
        let linux = self.linux(line, &name, get(&kv, "linux"));
        let linux32 = self.linux(line, &name, get(&kv, "linux32"));
        let linux64 = self.linux(line, &name, get(&kv, "linux64"));
        let linuxnum = self.linux(line, &name, get(&kv, "linuxnum"));
        if forms == Forms::Both && linux.is_some() {
            self.err(
                Kind::BadAttribute,
                line,
                Some(&name),
                "`linux=` names one id; with 32+64 use linux32=/linux64=".into(),
            );
        }
        if (linux32.is_some() && !matches!(forms, Forms::Smc32 | Forms::Both))
            || (linux64.is_some() && !matches!(forms, Forms::Smc64 | Forms::Both))
        {
            self.err(
                Kind::BadAttribute,
                line,
                Some(&name),
                "linux32=/linux64= name a form the function does not have".into(),
            );
        }
        let f = Function {
            line,
            name,
            number,
            forms,
            since,
            cves,
            linux,
            linux32,
            linux64,
            linuxnum,
            yielding,
        };
        if let Open::Service(s) = &mut self.open {
            s.members.push(Member::Function(f));
        }
    }

    fn close(&mut self, line: u32, kw: &str, toks: &[&str]) {
        if toks.len() != 1 {
            self.err(
                Kind::TokenCount,
                line,
                None,
                format!("`{kw}` has {} fields; expected 1", toks.len()),
            );
        }
        let ok = matches!(
            (&self.open, kw),
            (Open::Returns(_), "EndReturns") | (Open::Service(_), "EndService")
        );
        if !ok {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                format!("`{kw}` does not close the open block"),
            );
            return;
        }
        self.close_implicit(line);
    }

    fn close_implicit(&mut self, _line: u32) {
        match std::mem::replace(&mut self.open, Open::None) {
            Open::None => {}
            Open::Returns(r) => self.file.entries.push(Entry::Returns(r)),
            Open::Service(s) => self.file.entries.push(Entry::Service(s)),
        }
    }
}

fn get<'t>(kv: &[(&'t str, &'t str)], k: &str) -> Option<&'t str> {
    kv.iter().find(|(x, _)| *x == k).map(|(_, v)| *v)
}

/// Parse and check `text`, naming it `label` in diagnostics.
pub fn parse(label: &str, text: &str) -> Parsed {
    let mut p = P {
        label,
        diags: Vec::new(),
        file: SmcccFile::default(),
        open: Open::None,
    };
    let mut n = 0u32;
    for raw in text.split('\n') {
        n = n.saturating_add(1);
        p.line(n, raw);
    }
    if !matches!(p.open, Open::None) {
        let what = p.ctx().unwrap_or_default();
        p.err(
            Kind::BlockStructure,
            n,
            None,
            format!("block {what} is not terminated; expected its End line"),
        );
        p.close_implicit(n);
    }
    let P {
        mut diags, file, ..
    } = p;
    check(label, &file, &mut diags);
    Parsed {
        file,
        diagnostics: diags,
    }
}

#[allow(clippy::too_many_arguments)] // one diagnostic, every field explicit
fn push(
    d: &mut Vec<Diagnostic>,
    label: &str,
    sev: Severity,
    kind: Kind,
    line: u32,
    ctx: Option<&str>,
    item: &str,
    msg: String,
) {
    d.push(Diagnostic {
        severity: sev,
        kind,
        file: label.to_string(),
        line,
        register: ctx.map(str::to_string),
        field: Some(item.to_string()),
        message: msg,
    });
}

/// Whole-file checks: duplicate names, ids and Linux names; references; the id layout.
fn check(label: &str, f: &SmcccFile, d: &mut Vec<Diagnostic>) {
    let e = Severity::Error;
    // Names unique per kind of entry (and per service / namespace for members).
    let dup = |d: &mut Vec<Diagnostic>,
               kind: &'static str,
               name: &str,
               line: u32,
               ctx: Option<&str>,
               seen: &mut Vec<(&'static str, String, u32)>| {
        let key = format!("{}/{name}", ctx.unwrap_or(""));
        if let Some((_, _, first)) = seen.iter().find(|(k, n, _)| *k == kind && *n == key) {
            push(
                d,
                label,
                e,
                Kind::Duplicate,
                line,
                ctx,
                name,
                format!("{kind} defined again; first defined at line {first}"),
            );
        } else {
            seen.push((kind, key, line));
        }
    };
    let mut seen_owned: Vec<(&'static str, String, u32)> = Vec::new();
    for v in f.values() {
        dup(d, "value", &v.name, v.line, None, &mut seen_owned);
    }
    for o in f.owners() {
        dup(d, "owner", &o.name, o.line, None, &mut seen_owned);
    }
    for r in f.returns() {
        dup(d, "namespace", &r.name, r.line, None, &mut seen_owned);
        for (i, c) in r.codes.iter().enumerate() {
            dup(
                d,
                "return code",
                &c.name,
                c.line,
                Some(&r.name),
                &mut seen_owned,
            );
            if let Some(o) = r
                .codes
                .get(..i)
                .unwrap_or_default()
                .iter()
                .find(|o| o.value == c.value)
            {
                push(
                    d,
                    label,
                    e,
                    Kind::Duplicate,
                    c.line,
                    Some(&r.name),
                    &c.name,
                    format!(
                        "value {} already named {} (line {})",
                        c.value, o.name, o.line
                    ),
                );
            }
        }
    }
    for s in f.services() {
        dup(d, "service", &s.name, s.line, None, &mut seen_owned);
        for m in &s.members {
            match m {
                Member::Function(x) => dup(
                    d,
                    "function",
                    &x.name,
                    x.line,
                    Some(&s.name),
                    &mut seen_owned,
                ),
                Member::Value(x) => {
                    dup(d, "value", &x.name, x.line, Some(&s.name), &mut seen_owned)
                }
            }
        }
        if let IdBase::Owner(o) = &s.base {
            if f.owner(o).is_none() {
                push(
                    d,
                    label,
                    e,
                    Kind::UnknownTarget,
                    s.line,
                    Some(&s.name),
                    o,
                    format!("owner={o}: no `Owner {o}` in this file"),
                );
            }
        }
        if !s.returns.is_empty() && !f.returns().any(|r| r.name == s.returns) {
            push(
                d,
                label,
                e,
                Kind::UnknownTarget,
                s.line,
                Some(&s.name),
                &s.returns,
                format!(
                    "returns={}: no `Returns {}` in this file",
                    s.returns, s.returns
                ),
            );
        }
    }
    let has_owner_service = f.services().any(|s| matches!(s.base, IdBase::Owner(_)));
    if has_owner_service && f.layout().is_none() {
        let missing: Vec<&str> = LAYOUT_VALUES
            .iter()
            .copied()
            .filter(|n| f.value(n).is_none())
            .collect();
        push(
            d,
            label,
            e,
            Kind::UnknownTarget,
            0,
            None,
            "layout",
            format!(
                "the function-id layout needs top-level values {} (missing or out of range: {})",
                LAYOUT_VALUES.join(", "),
                missing.join(", ")
            ),
        );
    }
    // Function ids unique across the file.
    let mut ids = f.ids();
    ids.sort_by_key(|r| (r.id, r.function.line));
    for w in ids.windows(2) {
        if let [a, b] = w {
            if a.id == b.id {
                push(
                    d,
                    label,
                    e,
                    Kind::Duplicate,
                    b.function.line,
                    Some(&b.service.name),
                    &b.function.name,
                    format!(
                        "id {:#010x} is also {}.{} (line {})",
                        b.id, a.service.name, a.function.name, a.function.line
                    ),
                );
            }
        }
    }
    // Linux names unique across the file.
    let mut linux: Vec<(&str, u32)> = Vec::new();
    fn add<'f>(linux: &mut Vec<(&'f str, u32)>, n: &'f Option<String>, line: u32) {
        if let Some(n) = n {
            linux.push((n.as_str(), line));
        }
    }
    for v in f.values() {
        add(&mut linux, &v.linux, v.line);
    }
    for o in f.owners() {
        add(&mut linux, &o.linux, o.line);
    }
    for r in f.returns() {
        for c in &r.codes {
            add(&mut linux, &c.linux, c.line);
        }
    }
    for s in f.services() {
        for m in &s.members {
            match m {
                Member::Value(v) => add(&mut linux, &v.linux, v.line),
                Member::Function(x) => {
                    add(&mut linux, &x.linux, x.line);
                    add(&mut linux, &x.linux32, x.line);
                    add(&mut linux, &x.linux64, x.line);
                    add(&mut linux, &x.linuxnum, x.line);
                }
            }
        }
    }
    linux.sort();
    for w in linux.windows(2) {
        if let [(a, l1), (b, l2)] = w {
            if a == b {
                push(
                    d,
                    label,
                    e,
                    Kind::Duplicate,
                    *l2,
                    None,
                    b,
                    format!("Linux name {b} already used at line {l1}"),
                );
            }
        }
    }
}
