//! Parser and checks for the SAE definitions format. Errors do not stop the parse; every
//! diagnostic names `file:line`, the block (or code set) and field, and what was expected.
//! No input panics.

use std::collections::{BTreeMap, BTreeSet};

use super::model::*;
use crate::diag::{Diagnostic, Kind, Severity};
use crate::sysreg::check::is_c_ident;

/// Result of parsing one file.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The model.
    pub file: SaeFile,
    /// Errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// True when the file has errors and must not be used to emit anything.
    pub fn has_errors(&self) -> bool {
        crate::diag::has_errors(&self.diagnostics)
    }
}

/// The largest offset, size or count the format accepts (keeps all arithmetic small).
const LIMIT: u64 = 1 << 32;

/// Parse a number: decimal or `0x` hexadecimal.
pub fn parse_number(s: &str) -> Option<u64> {
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(h) if !h.is_empty() && h.len() <= 16 => u64::from_str_radix(h, 16).ok(),
        Some(_) => None,
        None if !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse().ok()
        }
        None => None,
    }
}

/// One tokenised line.
struct Line<'t> {
    pos: Vec<&'t str>,
    attrs: Vec<(&'t str, &'t str)>,
    flags: Vec<&'t str>,
    doc: String,
}

enum Open {
    Top,
    Block(Block),
    Group(Block, Group),
    Union(Block, Union),
    View(Block, Union, Group),
    Codes(Codes),
    Consts(ConstGroup),
}

struct P<'a> {
    label: &'a str,
    diags: Vec<Diagnostic>,
    file: SaeFile,
    lineno: u32,
    ctx: Option<String>,
    /// Blocks with a line that did not parse: their layout checks would only report the
    /// missing line again (as a gap), so they are skipped.
    broken: BTreeSet<String>,
}

const FLAGS: &[&str] = &["packed", "opaque", "item"];

/// Names the generated Rust cannot use for a field or accessor.
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else", "enum",
    "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
    "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "unsafe", "use", "where", "while", "yield",
];

impl P<'_> {
    fn diag(&mut self, kind: Kind, field: Option<&str>, msg: impl Into<String>) {
        self.diag_at(self.lineno, kind, field, msg);
    }

    fn diag_at(&mut self, line: u32, kind: Kind, field: Option<&str>, msg: impl Into<String>) {
        self.diags.push(Diagnostic {
            severity: Severity::Error,
            kind,
            file: self.label.to_string(),
            line,
            register: self.ctx.clone(),
            field: field.map(str::to_string),
            message: msg.into(),
        });
    }

    fn tokenize<'t>(&mut self, text: &'t str) -> Option<Line<'t>> {
        let (head, doc) = match text.find('"') {
            None => (text, String::new()),
            Some(i) => {
                let head = text.get(..i).unwrap_or("");
                let rest = text.get(i.saturating_add(1)..).unwrap_or("");
                match rest.strip_suffix('"') {
                    Some(d) if !d.contains('"') => (head, d.to_string()),
                    _ => {
                        self.diag(
                            Kind::BadAttribute,
                            None,
                            "a doc string is one \"...\" at the end of the line",
                        );
                        return None;
                    }
                }
            }
        };
        let mut l = Line {
            pos: Vec::new(),
            attrs: Vec::new(),
            flags: Vec::new(),
            doc,
        };
        for t in head.split_whitespace() {
            if let Some((k, v)) = t.split_once('=') {
                if k.is_empty() || v.is_empty() {
                    self.diag(
                        Kind::BadAttribute,
                        None,
                        format!("malformed attribute `{t}`"),
                    );
                    return None;
                }
                if l.attrs.iter().any(|(k2, _)| *k2 == k) {
                    self.diag(
                        Kind::BadAttribute,
                        None,
                        format!("attribute `{k}` repeated"),
                    );
                    return None;
                }
                l.attrs.push((k, v));
            } else if FLAGS.contains(&t) {
                l.flags.push(t);
            } else {
                l.pos.push(t);
            }
        }
        Some(l)
    }

    /// Checks the attribute and flag names of a line; `false` (with a diagnostic) if one is
    /// not allowed for the directive.
    fn allowed(&mut self, l: &Line, attrs: &[&str], flags: &[&str]) -> bool {
        for (k, _) in &l.attrs {
            if !attrs.contains(k) {
                self.diag(
                    Kind::BadAttribute,
                    None,
                    format!("unknown attribute `{k}` (allowed: {})", attrs.join(", ")),
                );
                return false;
            }
        }
        for f in &l.flags {
            if !flags.contains(f) {
                self.diag(
                    Kind::BadAttribute,
                    None,
                    format!("flag `{f}` not allowed here"),
                );
                return false;
            }
        }
        true
    }

    fn attr<'t>(l: &Line<'t>, k: &str) -> Option<&'t str> {
        l.attrs.iter().find(|(a, _)| *a == k).map(|(_, v)| *v)
    }

    fn ev(&mut self, l: &Line, key: &str, required: bool) -> Option<Option<Ev>> {
        match Self::attr(l, key) {
            None if required => {
                self.diag(
                    Kind::BadAttribute,
                    None,
                    format!(
                        "missing `{key}=`: every fact carries its evidence (posted, tree, inferred)"
                    ),
                );
                None
            }
            None => Some(None),
            Some(v) => match Ev::from_token(v) {
                Some(e) => Some(Some(e)),
                None => {
                    self.diag(
                        Kind::BadAttribute,
                        None,
                        format!("`{key}={v}`: expected posted, tree or inferred"),
                    );
                    None
                }
            },
        }
    }

    fn req_ev(&mut self, l: &Line) -> Option<Ev> {
        self.ev(l, "ev", true).flatten()
    }

    fn count(&mut self, l: &Line, want: usize, what: &str) -> bool {
        if l.pos.len() != want {
            self.diag(
                Kind::TokenCount,
                None,
                format!(
                    "`{what}` takes {} positional tokens, found {}",
                    want.saturating_sub(1),
                    l.pos.len().saturating_sub(1)
                ),
            );
            return false;
        }
        true
    }

    fn number(&mut self, tok: &str, what: &str, max: u64) -> Option<u64> {
        match parse_number(tok) {
            Some(v) if v <= max => Some(v),
            Some(v) => {
                self.diag(
                    Kind::OutOfRange,
                    None,
                    format!("{what} {v:#x} is above {max:#x}"),
                );
                None
            }
            None => {
                self.diag(
                    Kind::BadNumber,
                    None,
                    format!("{what} `{tok}` is not a number"),
                );
                None
            }
        }
    }

    fn name(&mut self, tok: &str, field: bool) -> Option<String> {
        if field && RUST_KEYWORDS.contains(&tok) {
            self.diag(
                Kind::BadName,
                Some(tok),
                format!("`{tok}` is a Rust keyword"),
            );
            None
        } else if is_c_ident(tok) {
            Some(tok.to_string())
        } else {
            let f = field.then_some(tok);
            self.diag(Kind::BadName, f, format!("`{tok}` is not a C identifier"));
            None
        }
    }

    fn rust_name(&mut self, tok: &str) -> Option<String> {
        let ok = is_c_ident(tok)
            && tok.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && !matches!(
                tok,
                "Self" | "self" | "crate" | "super" | "type" | "fn" | "mod"
            );
        if ok {
            Some(tok.to_string())
        } else {
            self.diag(
                Kind::BadName,
                None,
                format!("`{tok}` is not a usable Rust name"),
            );
            None
        }
    }

    /// `u64`, `u8[7]`, `u64[0x1fe]`.
    fn ty(&mut self, tok: &str) -> Option<(Ty, Option<u64>)> {
        let (base, count) = match tok.split_once('[') {
            None => (tok, None),
            Some((b, rest)) => match rest.strip_suffix(']') {
                Some(n) => (b, Some(n)),
                None => {
                    self.diag(
                        Kind::BadNumber,
                        None,
                        format!("type `{tok}`: expected <type>[<count>]"),
                    );
                    return None;
                }
            },
        };
        let Some(ty) = Ty::from_token(base) else {
            self.diag(
                Kind::BadAttribute,
                None,
                format!("type `{base}`: expected u8, u16, u32 or u64"),
            );
            return None;
        };
        let count = match count {
            None => None,
            Some(n) => match self.number(n, "array length", LIMIT)? {
                0 => {
                    self.diag(Kind::OutOfRange, None, "array length 0");
                    return None;
                }
                n => Some(n),
            },
        };
        Some((ty, count))
    }

    /// `Field <offset> <type> <name> …` or `Reserved <offset> <type> …`.
    fn field(&mut self, l: &Line, reserved: bool, in_union: bool) -> Option<Field> {
        let (want, what) = if reserved {
            (3, "Reserved")
        } else {
            (4, "Field")
        };
        let attrs: &[&str] = match (reserved, in_union) {
            (true, _) => &["ev"],
            (false, true) => &["ev", "meaning", "view", "accessor"],
            (false, false) => &["ev", "meaning"],
        };
        let flags: &[&str] = if reserved { &[] } else { &["opaque"] };
        if !self.count(l, want, what) || !self.allowed(l, attrs, flags) {
            return None;
        }
        let offset = self.number(l.pos.get(1)?, "offset", LIMIT)?;
        let (ty, count) = self.ty(l.pos.get(2)?)?;
        let name = if reserved {
            format!("_{offset:04x}")
        } else {
            self.name(l.pos.get(3)?, true)?
        };
        let ev = self.req_ev(l)?;
        let meaning = self.ev(l, "meaning", false)?;
        let view = match (Self::attr(l, "view"), Self::attr(l, "accessor")) {
            (None, None) => None,
            (Some(v), Some(a)) => Some(ViewName {
                rust: self.rust_name(v)?,
                accessor: self.name(a, true)?,
            }),
            _ => {
                self.diag(
                    Kind::BadAttribute,
                    Some(&name),
                    "`view=` and `accessor=` go together",
                );
                return None;
            }
        };
        Some(Field {
            name,
            offset,
            ty,
            count,
            reserved,
            opaque: l.flags.contains(&"opaque"),
            ev,
            meaning,
            view,
            doc: l.doc.clone(),
            line: self.lineno,
        })
    }

    fn group(&mut self, l: &Line, view: bool) -> Option<Group> {
        let what = if view { "View" } else { "Group" };
        let attrs: &[&str] = if view { &["ev", "accessor"] } else { &["ev"] };
        if !self.count(l, 4, what) || !self.allowed(l, attrs, &[]) {
            return None;
        }
        let name = self.name(l.pos.get(1)?, true)?;
        let offset = self.number(l.pos.get(2)?, "offset", LIMIT)?;
        let rust = self.rust_name(l.pos.get(3)?)?;
        let accessor = match Self::attr(l, "accessor") {
            Some(a) => Some(self.name(a, true)?),
            None if view => {
                self.diag(Kind::BadAttribute, Some(&name), "a View needs `accessor=`");
                return None;
            }
            None => None,
        };
        Some(Group {
            name,
            offset,
            rust,
            accessor,
            ev: self.req_ev(l)?,
            doc: l.doc.clone(),
            fields: Vec::new(),
            line: self.lineno,
        })
    }

    fn place(&mut self, l: &Line) -> Option<Place> {
        if !self.count(l, 3, "Place") || !self.allowed(l, &["ev"], &[]) {
            return None;
        }
        let reg = self.name(l.pos.get(1)?, false)?;
        let w = *l.pos.get(2)?;
        let at = match w {
            "save-area" => Where::SaveArea,
            "host" => Where::Host,
            "host-sasr" => Where::HostSasr,
            "emulated" => Where::Emulated,
            "gpto" => Where::Gpto,
            _ => match w.strip_prefix("block:") {
                Some(p) => {
                    let (path, index) = match p.split_once('[') {
                        None => (p, None),
                        Some((path, rest)) => {
                            let Some(n) = rest.strip_suffix(']') else {
                                self.diag(
                                    Kind::BadNumber,
                                    None,
                                    format!("`{w}`: expected block:<path>[<i>]"),
                                );
                                return None;
                            };
                            (path, Some(self.number(n, "element", LIMIT)?))
                        }
                    };
                    if path.is_empty() || !path.split('.').all(is_c_ident) {
                        self.diag(Kind::BadName, None, format!("`{path}` is not a field path"));
                        return None;
                    }
                    Where::Block {
                        path: path.to_string(),
                        index,
                    }
                }
                None => {
                    self.diag(
                        Kind::BadAttribute,
                        None,
                        format!("`{w}`: expected block:<path>, save-area, host, host-sasr, emulated or gpto"),
                    );
                    return None;
                }
            },
        };
        Some(Place {
            reg,
            at,
            ev: self.req_ev(l)?,
            doc: l.doc.clone(),
            line: self.lineno,
        })
    }

    fn top(&mut self, l: &Line) -> Open {
        let kw = l.pos.first().copied().unwrap_or("");
        self.ctx = None;
        match kw {
            "Version" => {
                if self.count(l, 1, "Version") && self.allowed(l, &[], &[]) {
                    if !self.file.version.is_empty() {
                        self.diag(Kind::Duplicate, None, "a second `Version`");
                    } else if l.doc.is_empty() {
                        self.diag(Kind::TokenCount, None, "`Version` takes a \"text\"");
                    } else {
                        self.file.version = l.doc.clone();
                    }
                }
                Open::Top
            }
            "Block" => self.block(l).map_or(Open::Top, Open::Block),
            "Codes" => self.codes(l).map_or(Open::Top, Open::Codes),
            "Consts" => {
                let g = (|| {
                    if !self.count(l, 3, "Consts") || !self.allowed(l, &[], &[]) {
                        return None;
                    }
                    Some(ConstGroup {
                        name: self.name(l.pos.get(1)?, false)?,
                        ty: self.ty_scalar(l.pos.get(2)?)?,
                        doc: l.doc.clone(),
                        consts: Vec::new(),
                        line: self.lineno,
                    })
                })();
                if let Some(g) = &g {
                    self.ctx = Some(g.name.clone());
                }
                g.map_or(Open::Top, Open::Consts)
            }
            "Qaaf" => {
                let q = (|| {
                    if !self.count(l, 3, "Qaaf") || !self.allowed(l, &["ev"], &["item"]) {
                        return None;
                    }
                    Some(Qaaf {
                        index: self.number(l.pos.get(1)?, "index", 0xffff)?,
                        name: self.name(l.pos.get(2)?, false)?,
                        item: l.flags.contains(&"item"),
                        ev: self.req_ev(l)?,
                        doc: l.doc.clone(),
                        line: self.lineno,
                    })
                })();
                self.file.qaaf.extend(q);
                Open::Top
            }
            "Insn" => {
                let i = (|| {
                    if !self.count(l, 4, "Insn") || !self.allowed(l, &["ev"], &[]) {
                        return None;
                    }
                    let mnemonic = self.name(l.pos.get(1)?, false)?;
                    let opcode = self.number(l.pos.get(2)?, "opcode", 0xffff)?;
                    let format = match *l.pos.get(3)? {
                        "rre" => Format::Rre,
                        "rie-h" => Format::RieH,
                        f => {
                            self.diag(
                                Kind::BadAttribute,
                                None,
                                format!("format `{f}`: expected rre or rie-h"),
                            );
                            return None;
                        }
                    };
                    Some(Insn {
                        mnemonic,
                        opcode,
                        format,
                        ev: self.req_ev(l)?,
                        doc: l.doc.clone(),
                        line: self.lineno,
                    })
                })();
                self.file.insns.extend(i);
                Open::Top
            }
            "Place" => {
                let p = self.place(l);
                self.file.places.extend(p);
                Open::Top
            }
            "Reset" => {
                let r = (|| {
                    if l.pos.len() < 4 {
                        self.diag(
                            Kind::TokenCount,
                            None,
                            "`Reset` takes <NAME> <SYSREG> <FIELD>...",
                        );
                        return None;
                    }
                    if !self.allowed(l, &["ev"], &[]) {
                        return None;
                    }
                    let mut fields = Vec::new();
                    for f in l.pos.get(3..).unwrap_or_default() {
                        fields.push(self.name(f, true)?);
                    }
                    Some(Reset {
                        name: self.name(l.pos.get(1)?, false)?,
                        reg: self.name(l.pos.get(2)?, false)?,
                        fields,
                        ev: self.req_ev(l)?,
                        doc: l.doc.clone(),
                        line: self.lineno,
                    })
                })();
                self.file.resets.extend(r);
                Open::Top
            }
            _ => {
                self.diag(
                    Kind::UnhandledStatement,
                    None,
                    format!("`{kw}` is not a top-level directive"),
                );
                Open::Top
            }
        }
    }

    fn ty_scalar(&mut self, tok: &str) -> Option<Ty> {
        match Ty::from_token(tok) {
            Some(t) => Some(t),
            None => {
                self.diag(
                    Kind::BadAttribute,
                    None,
                    format!("type `{tok}`: expected u8, u16, u32 or u64"),
                );
                None
            }
        }
    }

    fn block(&mut self, l: &Line) -> Option<Block> {
        if !self.count(l, 4, "Block") || !self.allowed(l, &["ev", "align"], &["packed"]) {
            return None;
        }
        let c_name = self.name(l.pos.get(1)?, false)?;
        self.ctx = Some(c_name.clone());
        let rust = self.rust_name(l.pos.get(2)?)?;
        let size = self.number(l.pos.get(3)?, "size", LIMIT)?;
        let align = match Self::attr(l, "align") {
            Some(a) => self.number(a, "align", LIMIT)?,
            None => {
                self.diag(Kind::BadAttribute, None, "missing `align=`");
                return None;
            }
        };
        Some(Block {
            c_name,
            rust,
            size,
            align,
            packed: l.flags.contains(&"packed"),
            ev: self.req_ev(l)?,
            doc: l.doc.clone(),
            items: Vec::new(),
            line: self.lineno,
        })
    }

    fn codes(&mut self, l: &Line) -> Option<Codes> {
        if !self.count(l, 3, "Codes") || !self.allowed(l, &["ev", "prefix", "field"], &[]) {
            return None;
        }
        let rust = self.rust_name(l.pos.get(1)?)?;
        self.ctx = Some(rust.clone());
        let ty = self.ty_scalar(l.pos.get(2)?)?;
        let (Some(prefix), Some(field)) = (Self::attr(l, "prefix"), Self::attr(l, "field")) else {
            self.diag(
                Kind::BadAttribute,
                None,
                "`Codes` needs `prefix=` and `field=`",
            );
            return None;
        };
        let prefix = self.name(prefix, false)?;
        Some(Codes {
            rust,
            ty,
            prefix,
            field: field.to_string(),
            ev: self.req_ev(l)?,
            doc: l.doc.clone(),
            codes: Vec::new(),
            line: self.lineno,
        })
    }

    fn code(&mut self, l: &Line, ty: Ty) -> Option<Code> {
        if !self.count(l, 3, "Code") || !self.allowed(l, &["ev", "meaning", "view", "alias"], &[]) {
            return None;
        }
        let value = self.number(l.pos.get(1)?, "code", ty.max())?;
        let name = self.name(l.pos.get(2)?, true)?;
        let alias = match Self::attr(l, "alias") {
            Some(a) => Some(self.name(a, true)?),
            None => None,
        };
        Some(Code {
            value,
            name,
            ev: self.req_ev(l)?,
            meaning: self.ev(l, "meaning", false)?,
            view: Self::attr(l, "view").map(str::to_string),
            alias,
            doc: l.doc.clone(),
            line: self.lineno,
        })
    }

    fn konst(&mut self, l: &Line, ty: Ty) -> Option<Const> {
        if !self.count(l, 3, "Const") || !self.allowed(l, &["ev"], &[]) {
            return None;
        }
        Some(Const {
            name: self.name(l.pos.get(1)?, false)?,
            value: self.number(l.pos.get(2)?, "value", ty.max())?,
            ev: self.req_ev(l)?,
            doc: l.doc.clone(),
            line: self.lineno,
        })
    }

    fn step(&mut self, open: Open, l: &Line) -> Open {
        let kw = l.pos.first().copied().unwrap_or("");
        match open {
            Open::Top => self.top(l),
            Open::Block(mut b) => match kw {
                "Field" | "Reserved" => {
                    b.items
                        .extend(self.field(l, kw == "Reserved", false).map(Item::Field));
                    Open::Block(b)
                }
                "Group" => match self.group(l, false) {
                    Some(g) => Open::Group(b, g),
                    None => Open::Block(b),
                },
                "Union" => {
                    let u = (|| {
                        if !self.count(l, 3, "Union") || !self.allowed(l, &["ev"], &[]) {
                            return None;
                        }
                        Some(Union {
                            offset: self.number(l.pos.get(1)?, "offset", LIMIT)?,
                            size: self.number(l.pos.get(2)?, "size", LIMIT)?,
                            ev: self.req_ev(l)?,
                            members: Vec::new(),
                            line: self.lineno,
                        })
                    })();
                    match u {
                        Some(u) => Open::Union(b, u),
                        None => Open::Block(b),
                    }
                }
                "EndBlock" => {
                    self.file.blocks.push(b);
                    self.ctx = None;
                    Open::Top
                }
                _ => {
                    self.diag(
                        Kind::UnhandledStatement,
                        None,
                        format!("`{kw}` inside a Block"),
                    );
                    Open::Block(b)
                }
            },
            Open::Group(mut b, mut g) => match kw {
                "Field" | "Reserved" => {
                    g.fields.extend(self.field(l, kw == "Reserved", false));
                    Open::Group(b, g)
                }
                "EndGroup" => {
                    b.items.push(Item::Group(g));
                    Open::Block(b)
                }
                _ => {
                    self.diag(
                        Kind::UnhandledStatement,
                        Some(&g.name),
                        format!("`{kw}` inside a Group"),
                    );
                    Open::Group(b, g)
                }
            },
            Open::Union(mut b, mut u) => match kw {
                "Field" => {
                    u.members
                        .extend(self.field(l, false, true).map(Member::Field));
                    Open::Union(b, u)
                }
                "View" => match self.group(l, true) {
                    Some(g) => Open::View(b, u, g),
                    None => Open::Union(b, u),
                },
                "EndUnion" => {
                    b.items.push(Item::Union(u));
                    Open::Block(b)
                }
                _ => {
                    self.diag(
                        Kind::UnhandledStatement,
                        None,
                        format!("`{kw}` inside a Union"),
                    );
                    Open::Union(b, u)
                }
            },
            Open::View(b, mut u, mut g) => match kw {
                "Field" | "Reserved" => {
                    g.fields.extend(self.field(l, kw == "Reserved", false));
                    Open::View(b, u, g)
                }
                "EndView" => {
                    u.members.push(Member::View(g));
                    Open::Union(b, u)
                }
                _ => {
                    self.diag(
                        Kind::UnhandledStatement,
                        Some(&g.name),
                        format!("`{kw}` inside a View"),
                    );
                    Open::View(b, u, g)
                }
            },
            Open::Codes(mut c) => match kw {
                "Code" => {
                    c.codes.extend(self.code(l, c.ty));
                    Open::Codes(c)
                }
                "EndCodes" => {
                    self.file.codes.push(c);
                    self.ctx = None;
                    Open::Top
                }
                _ => {
                    self.diag(
                        Kind::UnhandledStatement,
                        None,
                        format!("`{kw}` inside Codes"),
                    );
                    Open::Codes(c)
                }
            },
            Open::Consts(mut g) => match kw {
                "Const" => {
                    g.consts.extend(self.konst(l, g.ty));
                    Open::Consts(g)
                }
                "EndConsts" => {
                    self.file.consts.push(g);
                    self.ctx = None;
                    Open::Top
                }
                _ => {
                    self.diag(
                        Kind::UnhandledStatement,
                        None,
                        format!("`{kw}` inside Consts"),
                    );
                    Open::Consts(g)
                }
            },
        }
    }
}

/// Parse and check an SAE definitions text.
pub fn parse(label: &str, text: &str) -> Parsed {
    let mut p = P {
        label,
        diags: Vec::new(),
        file: SaeFile::default(),
        lineno: 0,
        ctx: None,
        broken: BTreeSet::new(),
    };
    let mut open = Open::Top;
    for (i, raw) in text.lines().enumerate() {
        p.lineno = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(1);
        let t = raw.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let before = p.diags.len();
        let in_block = match &open {
            Open::Block(b) | Open::Group(b, _) | Open::Union(b, _) | Open::View(b, _, _) => {
                Some(b.c_name.clone())
            }
            _ => None,
        };
        if let Some(l) = p.tokenize(t) {
            if l.pos.is_empty() {
                p.diag(Kind::UnhandledStatement, None, "a line without a directive");
            } else {
                open = p.step(open, &l);
            }
        }
        if p.diags.len() > before {
            p.broken.extend(in_block);
        }
    }
    let unclosed = match &open {
        Open::Top => None,
        Open::Block(b) => Some(("Block", b.line)),
        Open::Group(_, g) => Some(("Group", g.line)),
        Open::Union(_, u) => Some(("Union", u.line)),
        Open::View(_, _, g) => Some(("View", g.line)),
        Open::Codes(c) => Some(("Codes", c.line)),
        Open::Consts(c) => Some(("Consts", c.line)),
    };
    if let Some((what, line)) = unclosed {
        p.diag_at(
            line,
            Kind::BlockStructure,
            None,
            format!("`{what}` is not closed before the end of the file"),
        );
    }
    if p.file.version.is_empty() && !p.file.blocks.is_empty() {
        p.ctx = None;
        p.diag_at(0, Kind::TokenCount, None, "no `Version` line");
    }
    check(&mut p);
    Parsed {
        file: p.file,
        diagnostics: p.diags,
    }
}

/// Fields laid out one after another from `start`: out of order/overlap, gaps, alignment.
/// Returns the end offset.
fn tile(p: &mut P, fields: &[Field], start: u64) -> u64 {
    let mut at = start;
    for f in fields {
        check_field(p, f);
        if f.offset < at {
            p.diag_at(
                f.line,
                Kind::BitOverlap,
                Some(&f.name),
                format!(
                    "starts at {:#x}, inside the previous item (next free byte {at:#x})",
                    f.offset
                ),
            );
        } else if f.offset > at {
            p.diag_at(
                f.line,
                Kind::BitGap,
                Some(&f.name),
                format!(
                    "starts at {:#x}, leaving {at:#x}..{:#x} undescribed",
                    f.offset, f.offset
                ),
            );
        }
        at = at.max(f.end());
    }
    at
}

fn check_field(p: &mut P, f: &Field) {
    if f.offset.checked_rem(f.ty.size()) != Some(0) {
        p.diag_at(
            f.line,
            Kind::Misaligned,
            Some(&f.name),
            format!(
                "{} at {:#x} is not naturally aligned",
                f.ty.as_str(),
                f.offset
            ),
        );
    }
}

fn unique(p: &mut P, seen: &mut BTreeSet<String>, name: &str, line: u32, what: &str) {
    if !seen.insert(name.to_string()) {
        p.diag_at(
            line,
            Kind::Duplicate,
            Some(name),
            format!("{what} `{name}` is defined twice"),
        );
    }
}

fn check_block(p: &mut P, b: &Block, rust_names: &mut BTreeSet<String>) {
    p.ctx = Some(b.c_name.clone());
    unique(p, rust_names, &b.rust, b.line, "Rust type");
    if p.broken.contains(&b.c_name) {
        return;
    }
    if b.size != 4096 || b.align != 4096 {
        p.diag_at(
            b.line,
            Kind::OutOfRange,
            None,
            format!(
                "a block is one 4 KiB page: size {:#x} align {:#x}, expected 0x1000",
                b.size, b.align
            ),
        );
    }
    let mut names = BTreeSet::new();
    let mut accessors = BTreeSet::new();
    let mut at = 0u64;
    for item in &b.items {
        let off = item.offset();
        if off < at {
            p.diag_at(
                item.line(),
                Kind::BitOverlap,
                None,
                format!(
                    "item at {off:#x} starts inside the previous item (next free byte {at:#x})"
                ),
            );
        } else if off > at {
            p.diag_at(
                item.line(),
                Kind::BitGap,
                None,
                format!("item at {off:#x} leaves {at:#x}..{off:#x} undescribed"),
            );
        }
        match item {
            Item::Field(f) => {
                check_field(p, f);
                unique(p, &mut names, &f.name, f.line, "member");
            }
            Item::Group(g) => {
                unique(p, &mut names, &g.name, g.line, "member");
                unique(p, rust_names, &g.rust, g.line, "Rust type");
                check_group(p, g);
            }
            Item::Union(u) => {
                let mut first = true;
                for m in &u.members {
                    unique(p, &mut names, m.name(), u.line, "member");
                    let line = match m {
                        Member::Field(f) => f.line,
                        Member::View(g) => g.line,
                    };
                    if m.offset() != u.offset {
                        p.diag_at(
                            line,
                            Kind::BitOverlap,
                            Some(m.name()),
                            format!(
                                "union member at {:#x}: members start at the union's offset {:#x}",
                                m.offset(),
                                u.offset
                            ),
                        );
                    }
                    if first && m.size() != u.size {
                        p.diag_at(
                            line,
                            Kind::Coverage,
                            Some(m.name()),
                            format!(
                                "the first member spans the union: {} bytes, union {}",
                                m.size(),
                                u.size
                            ),
                        );
                    }
                    if first && m.view().is_some() {
                        p.diag_at(
                            line,
                            Kind::BadAttribute,
                            Some(m.name()),
                            "the first member is the raw bytes, not a view",
                        );
                    }
                    if m.size() > u.size {
                        p.diag_at(
                            line,
                            Kind::BitOverlap,
                            Some(m.name()),
                            format!("{} bytes exceed the {}-byte union", m.size(), u.size),
                        );
                    }
                    if let Some((rust, acc)) = m.view() {
                        unique(p, rust_names, rust, line, "Rust type");
                        unique(p, &mut accessors, acc, line, "accessor");
                    }
                    match m {
                        Member::Field(f) => check_field(p, f),
                        Member::View(g) => check_group(p, g),
                    }
                    first = false;
                }
                if u.members.is_empty() {
                    p.diag_at(u.line, Kind::Coverage, None, "a union without members");
                }
            }
        }
        at = at.max(off.saturating_add(item.size()));
    }
    if at != b.size {
        p.diag_at(
            b.line,
            Kind::Coverage,
            None,
            format!("the items end at {at:#x}, the block is {:#x} bytes", b.size),
        );
    }
}

fn check_group(p: &mut P, g: &Group) {
    let mut names = BTreeSet::new();
    for f in &g.fields {
        unique(p, &mut names, &f.name, f.line, "field");
    }
    if g.fields.is_empty() {
        p.diag_at(g.line, Kind::Coverage, Some(&g.name), "no fields");
    }
    tile(p, &g.fields, g.offset);
    let align = g.fields.iter().map(|f| f.ty.size()).max().unwrap_or(1);
    if g.offset.checked_rem(align) != Some(0) {
        p.diag_at(
            g.line,
            Kind::Misaligned,
            Some(&g.name),
            format!("at {:#x}, not aligned to its {align}-byte fields", g.offset),
        );
    }
}

fn check(p: &mut P) {
    let file = std::mem::take(&mut p.file);
    let mut rust_names = BTreeSet::new();
    let mut macros: BTreeMap<String, u32> = BTreeMap::new();
    let mut macro_name = |p: &mut P, name: String, line: u32| {
        if macros.insert(name.clone(), line).is_some() {
            p.diag_at(
                line,
                Kind::Duplicate,
                Some(&name),
                format!("C name `{name}` is defined twice"),
            );
        }
    };
    let mut block_names = BTreeSet::new();
    for b in &file.blocks {
        p.ctx = None;
        unique(p, &mut block_names, &b.c_name, b.line, "block");
        check_block(p, b, &mut rust_names);
    }
    // Union members with views, by name.
    let views: BTreeSet<String> = file
        .blocks
        .iter()
        .flat_map(|b| &b.items)
        .filter_map(|i| match i {
            Item::Union(u) => Some(u),
            _ => None,
        })
        .flat_map(|u| &u.members)
        .filter(|m| m.view().is_some())
        .map(|m| m.name().to_string())
        .collect();
    for c in &file.codes {
        p.ctx = Some(c.rust.clone());
        unique(p, &mut rust_names, &c.rust, c.line, "Rust type");
        match file.blocks.iter().find_map(|b| b.field(&c.field)) {
            None if !p.broken.is_empty() => {}
            None => p.diag_at(
                c.line,
                Kind::UnknownTarget,
                None,
                format!("field `{}` is in no block", c.field),
            ),
            Some(f) if f.ty != c.ty || f.count.is_some() => p.diag_at(
                c.line,
                Kind::BadAttribute,
                None,
                format!("field `{}` is not a scalar {}", c.field, c.ty.as_str()),
            ),
            Some(_) => {}
        }
        let mut values = BTreeMap::new();
        let mut names = BTreeSet::new();
        for code in &c.codes {
            unique(p, &mut names, &code.name, code.line, "code");
            macro_name(p, format!("{}{}", c.prefix, code.name), code.line);
            if let Some(a) = &code.alias {
                unique(p, &mut names, a, code.line, "code");
                macro_name(p, format!("{}{}", c.prefix, a), code.line);
            }
            if let Some(prev) = values.insert(code.value, code.name.clone()) {
                p.diag_at(
                    code.line,
                    Kind::DuplicateValue,
                    Some(&code.name),
                    format!("value {:#x} is also {prev}", code.value),
                );
            }
            if let Some(v) = &code.view {
                if !views.contains(v) && p.broken.is_empty() {
                    p.diag_at(
                        code.line,
                        Kind::UnknownTarget,
                        Some(&code.name),
                        format!("`view={v}`: no union member with a view has that name"),
                    );
                }
            }
        }
    }
    for g in &file.consts {
        p.ctx = Some(g.name.clone());
        unique(p, &mut rust_names, &g.name, g.line, "constant group");
        for c in &g.consts {
            macro_name(p, c.name.clone(), c.line);
        }
    }
    p.ctx = Some("QAAF".into());
    let qaaf_len = file
        .blocks
        .iter()
        .find(|b| b.c_name == "qaaf_qmc_block")
        .and_then(|b| b.field("regs"))
        .and_then(|f| f.count);
    let mut indices = BTreeMap::new();
    for q in &file.qaaf {
        macro_name(p, q.c_name(), q.line);
        if let Some(prev) = indices.insert(q.index, q.name.clone()) {
            p.diag_at(
                q.line,
                Kind::DuplicateValue,
                Some(&q.name),
                format!("index {:#x} is also {prev}", q.index),
            );
        }
        if let Some(n) = qaaf_len {
            if q.index >= n {
                p.diag_at(
                    q.line,
                    Kind::OutOfRange,
                    Some(&q.name),
                    format!("index {:#x} is outside regs[{n:#x}]", q.index),
                );
            }
        }
    }
    p.ctx = Some("Insn".into());
    let mut ops = BTreeMap::new();
    let mut mnems = BTreeSet::new();
    for i in &file.insns {
        unique(p, &mut mnems, &i.mnemonic, i.line, "instruction");
        if let Some(prev) = ops.insert(i.opcode, i.mnemonic.clone()) {
            p.diag_at(
                i.line,
                Kind::DuplicateValue,
                Some(&i.mnemonic),
                format!("opcode {:#06x} is also {prev}", i.opcode),
            );
        }
        // s390: the two high bits of the first opcode byte give the instruction length.
        let len = match i.opcode >> 14 {
            0 => 2,
            1 | 2 => 4,
            _ => 6,
        };
        let want = match i.format {
            Format::Rre => 4,
            Format::RieH => 6,
        };
        if len != want {
            p.diag_at(
                i.line,
                Kind::OutOfRange,
                Some(&i.mnemonic),
                format!(
                    "opcode {:#06x} is a {len}-byte instruction, {} is {want} bytes",
                    i.opcode,
                    i.format.as_str()
                ),
            );
        }
    }
    p.ctx = Some("Place".into());
    let mut regs = BTreeSet::new();
    let control = file
        .blocks
        .first()
        .filter(|b| !p.broken.contains(&b.c_name));
    let any_broken = !p.broken.is_empty();
    for pl in &file.places {
        unique(p, &mut regs, &pl.reg, pl.line, "placement of");
        if let Where::Block { path, index } = &pl.at {
            match control.and_then(|b| b.field(path)) {
                None if any_broken => {}
                None => p.diag_at(
                    pl.line,
                    Kind::UnknownTarget,
                    Some(&pl.reg),
                    format!("`{path}` is not a field of the first block"),
                ),
                Some(f) if f.reserved => p.diag_at(
                    pl.line,
                    Kind::UnknownTarget,
                    Some(&pl.reg),
                    format!("`{path}` is reserved"),
                ),
                Some(f) => match (f.count, index) {
                    (None, None) => {}
                    (Some(n), Some(i)) if i < &n => {}
                    (Some(n), Some(i)) => p.diag_at(
                        pl.line,
                        Kind::OutOfRange,
                        Some(&pl.reg),
                        format!("element {i} of `{path}`[{n}]"),
                    ),
                    (Some(_), None) => p.diag_at(
                        pl.line,
                        Kind::BadAttribute,
                        Some(&pl.reg),
                        format!("`{path}` is an array: name the element"),
                    ),
                    (None, Some(_)) => p.diag_at(
                        pl.line,
                        Kind::BadAttribute,
                        Some(&pl.reg),
                        format!("`{path}` is not an array"),
                    ),
                },
            }
        }
    }
    p.ctx = Some("Reset".into());
    for r in &file.resets {
        macro_name(p, r.name.clone(), r.line);
        let mut seen = BTreeSet::new();
        for f in &r.fields {
            unique(p, &mut seen, f, r.line, "field");
        }
    }
    p.file = file;
}
