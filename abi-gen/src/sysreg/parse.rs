//! Parser for the kernel `arch/arm64/tools/sysreg` grammar (Linux 6.1 to today).
//!
//! Lines are split on blanks and tabs, as awk does. A line is either empty, a comment (first
//! non-blank character `#`), or a directive. Errors do not stop the parse: the parser recovers
//! at the next line so that one run reports as much as it can. Nothing here panics on any input.

use super::model::*;
use crate::diag::{Diagnostic, Kind, Severity, Strictness};

/// Result of parsing one file: the model (complete when there are no errors) and diagnostics.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The model built from the file.
    pub file: SysregFile,
    /// Errors and warnings, in line order of discovery.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// True when the file has errors and must not be used to emit anything.
    pub fn has_errors(&self) -> bool {
        crate::diag::has_errors(&self.diagnostics)
    }
}

/// Parse and check `text`, naming it `label` in diagnostics, with kernel severities
/// ([`Strictness::Kernel`]: what Linux's `gen-sysreg.awk` accepts has no errors).
pub fn parse(label: &str, text: &str) -> Parsed {
    parse_with(label, text, Strictness::Kernel)
}

/// Parse and check `text` under a [`Strictness`] policy.
pub fn parse_with(label: &str, text: &str, strictness: Strictness) -> Parsed {
    let mut p = Parser {
        label,
        diags: Vec::new(),
        file: SysregFile {
            blocks: Vec::with_capacity(256),
        },
        open: None,
    };
    let mut line = 0u32;
    let mut pos = 0;
    loop {
        line = line.saturating_add(1);
        let (tokens, empty, next) = Tokens::line(text, pos);
        p.line(line, &tokens, empty);
        match next {
            Some(n) => pos = n,
            None => break,
        }
    }
    p.finish(line);
    let Parser {
        mut diags, file, ..
    } = p;
    super::check::check(label, &file, &mut diags);
    strictness.apply(&mut diags);
    Parsed {
        file,
        diagnostics: diags,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Sysreg,
    Fields,
}

impl BlockKind {
    fn open_kw(self) -> &'static str {
        match self {
            BlockKind::Sysreg => "Sysreg",
            BlockKind::Fields => "SysregFields",
        }
    }
    fn end_kw(self) -> &'static str {
        match self {
            BlockKind::Sysreg => "EndSysreg",
            BlockKind::Fields => "EndSysregFields",
        }
    }
}

/// Items being collected for one layout, with the next bit expected.
#[derive(Debug)]
struct Collect {
    items: Vec<Item>,
    next_bit: i32,
    /// An item line was rejected: its bits are unknown, so coverage is not checked (the
    /// rejected line already has its diagnostic).
    poisoned: bool,
}

impl Collect {
    fn new() -> Self {
        Collect {
            items: Vec::with_capacity(16),
            next_bit: 63,
            poisoned: false,
        }
    }
}

#[derive(Debug)]
struct OpenEnum {
    line: u32,
    bits: Bits,
    name: String,
    sign: Sign,
    values: Vec<Enumerator>,
}

#[derive(Debug)]
struct OpenPrefix {
    line: u32,
    prefix: String,
    collect: Collect,
}

#[derive(Debug)]
struct Open {
    kind: BlockKind,
    line: u32,
    name: String,
    encoding: Encoding,
    prefixed: Vec<Prefixed>,
    collect: Collect,
    reference: Option<Body>,
    prefix: Option<OpenPrefix>,
    en: Option<OpenEnum>,
}

struct Parser<'a> {
    label: &'a str,
    diags: Vec<Diagnostic>,
    file: SysregFile,
    open: Option<Open>,
}

/// The first `N` blank-separated tokens of a line and the total count (awk's `$1..$N`, `NF`).
/// No directive has more than 7 tokens; longer lines only need their count.
struct Tokens<'a> {
    first: [&'a str; 8],
    count: usize,
}

impl<'a> Tokens<'a> {
    /// Tokenize the line of `text` that starts at byte `start`, in one pass: the tokens, whether
    /// the line is empty, and where the next line starts (`None` at the end of the text).
    fn line(text: &'a str, start: usize) -> (Self, bool, Option<usize>) {
        let mut t = Tokens {
            first: [""; 8],
            count: 0,
        };
        let bytes = text.as_bytes();
        let mut i = start;
        loop {
            while bytes.get(i).is_some_and(|&b| b == b' ' || b == b'\t') {
                i = i.saturating_add(1);
            }
            let tok = i;
            while bytes
                .get(i)
                .is_some_and(|&b| b != b' ' && b != b'\t' && b != b'\n')
            {
                i = i.saturating_add(1);
            }
            if i > tok {
                // Blanks, tabs and newlines are ASCII: these are character boundaries.
                if let (Some(slot), Some(s)) = (t.first.get_mut(t.count), text.get(tok..i)) {
                    *slot = s;
                }
                t.count = t.count.saturating_add(1);
                continue;
            }
            // Neither a blank nor a token character: a newline or the end of the text.
            let empty = i == start;
            return (t, empty, (i < bytes.len()).then_some(i.saturating_add(1)));
        }
    }

    fn as_slice(&self) -> &[&'a str] {
        self.first.get(..self.count).unwrap_or(&self.first)
    }
}

impl Parser<'_> {
    fn diag(&mut self, sev: Severity, kind: Kind, line: u32, field: Option<&str>, msg: String) {
        let register = self.open.as_ref().map(|o| o.name.clone());
        self.diags.push(Diagnostic {
            severity: sev,
            kind,
            file: self.label.to_string(),
            line,
            register,
            field: field.map(str::to_string),
            message: msg,
        });
    }

    fn err(&mut self, kind: Kind, line: u32, field: Option<&str>, msg: String) {
        self.diag(Severity::Error, kind, line, field, msg);
    }

    fn line(&mut self, line: u32, tokens: &Tokens<'_>, empty: bool) {
        if empty {
            return;
        }
        let toks = tokens.as_slice();
        if toks.first().is_some_and(|t| t.starts_with('#')) {
            return;
        }
        if toks.is_empty() {
            self.err(
                Kind::BlankLine,
                line,
                None,
                "line holds only blanks; expected an empty line, a comment or a directive".into(),
            );
            return;
        }
        let Some(&kw) = toks.first() else { return };

        // An open enum takes enumerator lines and EndEnum; anything else closes it first.
        if self.open.as_ref().is_some_and(|o| o.en.is_some()) {
            if kw.starts_with("0b") {
                self.enumerator(line, toks);
                return;
            }
            if kw == "EndEnum" {
                self.expect_tokens(line, toks, 1);
                self.close_enum(line);
                return;
            }
            let name = self
                .open
                .as_ref()
                .and_then(|o| o.en.as_ref())
                .map(|e| e.name.clone());
            self.err(
                Kind::BlockStructure,
                line,
                name.as_deref(),
                format!("`{kw}` inside an enum; expected `0b…` enumerators or `EndEnum`"),
            );
            self.close_enum(line);
        }

        match kw {
            "Sysreg" => self.open_block(line, toks, BlockKind::Sysreg),
            "SysregFields" => self.open_block(line, toks, BlockKind::Fields),
            "EndSysreg" => self.close_block(line, toks, BlockKind::Sysreg),
            "EndSysregFields" => self.close_block(line, toks, BlockKind::Fields),
            "Fields" | "Mapping" => self.reference(line, toks),
            "Res0" | "Res1" | "Unkn" | "Raz" => self.reserved(line, toks),
            "Field" => self.field(line, toks),
            "Enum" | "UnsignedEnum" | "SignedEnum" => self.open_enum(line, toks),
            "Prefix" => self.open_prefix(line, toks),
            "EndPrefix" => self.close_prefix(line, toks),
            "EndEnum" => self.err(
                Kind::BlockStructure,
                line,
                None,
                "`EndEnum` without an open enum".into(),
            ),
            _ if kw.starts_with("0b") => self.err(
                Kind::BlockStructure,
                line,
                None,
                "enumerator outside an enum; expected it between `Enum` and `EndEnum`".into(),
            ),
            _ => {
                let ctx = self.context();
                self.err(
                    Kind::UnhandledStatement,
                    line,
                    None,
                    format!("unhandled statement `{kw}` in {ctx}"),
                );
                self.poison();
            }
        }
    }

    fn context(&self) -> String {
        match &self.open {
            None => "the top level (expected `Sysreg` or `SysregFields`)".into(),
            Some(o) if o.prefix.is_some() => format!("a `Prefix` block of {}", o.name),
            Some(o) => format!("`{} {}`", o.kind.open_kw(), o.name),
        }
    }

    fn expect_tokens(&mut self, line: u32, toks: &[&str], n: usize) -> bool {
        if toks.len() == n {
            return true;
        }
        let kw = toks.first().copied().unwrap_or("");
        let have = if toks.len() == 8 {
            "8 or more".to_string()
        } else {
            toks.len().to_string()
        };
        self.err(
            Kind::TokenCount,
            line,
            None,
            format!("`{kw}` has {have} fields; expected {n}"),
        );
        false
    }

    fn open_block(&mut self, line: u32, toks: &[&str], kind: BlockKind) {
        if let Some(o) = &self.open {
            let msg = format!(
                "`{}` opened while `{} {}` (line {}) is still open; expected `{}` first",
                kind.open_kw(),
                o.kind.open_kw(),
                o.name,
                o.line,
                o.kind.end_kw()
            );
            self.err(Kind::BlockStructure, line, None, msg);
            self.finish_block(line, false);
        }
        let want = if kind == BlockKind::Sysreg { 7 } else { 2 };
        if !self.expect_tokens(line, toks, want) {
            // Keep going with a placeholder so the block's end is matched.
        }
        let name = toks.get(1).copied().unwrap_or("").to_string();
        let mut encoding = Encoding {
            op0: 0,
            op1: 0,
            crn: 0,
            crm: 0,
            op2: 0,
        };
        if kind == BlockKind::Sysreg && toks.len() == 7 {
            let names = ["op0", "op1", "CRn", "CRm", "op2"];
            let limits = [3u32, 7, 15, 15, 7];
            let mut vals = [0u8; 5];
            for (i, ((tok, what), max)) in toks.iter().skip(2).zip(names).zip(limits).enumerate() {
                match parse_dec(tok) {
                    Some(v) if v <= max => {
                        if let (Some(slot), Ok(b)) = (vals.get_mut(i), u8::try_from(v)) {
                            *slot = b;
                        }
                    }
                    Some(v) => self.diags.push(Diagnostic {
                        severity: Severity::Error,
                        kind: Kind::EncodingRange,
                        file: self.label.to_string(),
                        line,
                        register: Some(name.clone()),
                        field: None,
                        message: format!("{what} = {v} is out of range; expected 0..={max}"),
                    }),
                    None => self.diags.push(Diagnostic {
                        severity: Severity::Error,
                        kind: Kind::BadNumber,
                        file: self.label.to_string(),
                        line,
                        register: Some(name.clone()),
                        field: None,
                        message: format!("{what} `{tok}` is not a decimal number"),
                    }),
                }
            }
            let [op0, op1, crn, crm, op2] = vals;
            encoding = Encoding {
                op0,
                op1,
                crn,
                crm,
                op2,
            };
        }
        self.open = Some(Open {
            kind,
            line,
            name,
            encoding,
            prefixed: Vec::new(),
            collect: Collect::new(),
            reference: None,
            prefix: None,
            en: None,
        });
    }

    fn close_block(&mut self, line: u32, toks: &[&str], kind: BlockKind) {
        let Some(o) = &self.open else {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                format!("`{}` without an open `{}`", kind.end_kw(), kind.open_kw()),
            );
            return;
        };
        if o.kind != kind {
            let msg = format!(
                "`{}` closes `{} {}`; expected `{}`",
                kind.end_kw(),
                o.kind.open_kw(),
                o.name,
                o.kind.end_kw()
            );
            self.err(Kind::BlockStructure, line, None, msg);
        }
        self.expect_tokens(line, toks, 1);
        self.finish_block(line, true);
    }

    /// Close the open block (a terminator at `line`, or an implicit close when `explicit` is
    /// false) and add it to the model.
    fn finish_block(&mut self, line: u32, explicit: bool) {
        if self.open.as_ref().is_some_and(|o| o.en.is_some()) {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                "enum not closed; expected `EndEnum`".into(),
            );
            self.close_enum(line);
        }
        if self.open.as_ref().is_some_and(|o| o.prefix.is_some()) {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                "`Prefix` block not closed; expected `EndPrefix`".into(),
            );
            self.close_prefix(line, &["EndPrefix"]);
        }
        let Some(o) = self.open.take() else { return };
        let body = match o.reference {
            Some(r) => r,
            None => {
                if o.collect.next_bit >= 0 && explicit && !o.collect.poisoned {
                    let nb = o.collect.next_bit;
                    self.diags.push(Diagnostic {
                        severity: Severity::Error,
                        kind: Kind::Coverage,
                        file: self.label.to_string(),
                        line,
                        register: Some(o.name.clone()),
                        field: None,
                        message: format!(
                            "bits {nb}:0 are not described; expected items covering every bit \
                             down to bit 0"
                        ),
                    });
                }
                Body::Layout {
                    prefixed: o.prefixed,
                    layout: Layout {
                        items: o.collect.items,
                    },
                }
            }
        };
        let block = match o.kind {
            BlockKind::Sysreg => Block::Sysreg(Sysreg {
                line: o.line,
                end_line: line,
                name: o.name,
                encoding: o.encoding,
                body,
            }),
            BlockKind::Fields => Block::Fields(SysregFields {
                line: o.line,
                end_line: line,
                name: o.name,
                body,
            }),
        };
        self.file.blocks.push(block);
    }

    fn finish(&mut self, eof: u32) {
        if let Some(o) = &self.open {
            let msg = format!(
                "`{} {}` (line {}) is not terminated; expected `{}` before the end of the file",
                o.kind.open_kw(),
                o.name,
                o.line,
                o.kind.end_kw()
            );
            self.err(Kind::BlockStructure, eof, None, msg);
            self.finish_block(eof, false);
        }
    }

    fn reference(&mut self, line: u32, toks: &[&str]) {
        let kw = toks.first().copied().unwrap_or("");
        let Some(o) = &self.open else {
            let ctx = self.context();
            self.err(
                Kind::UnhandledStatement,
                line,
                None,
                format!("`{kw}` in {ctx}"),
            );
            return;
        };
        if o.kind != BlockKind::Sysreg || o.prefix.is_some() {
            let ctx = self.context();
            self.err(
                Kind::UnhandledStatement,
                line,
                None,
                format!("`{kw}` in {ctx}; expected it only directly inside `Sysreg`"),
            );
            return;
        }
        let conflict =
            o.reference.is_some() || !o.collect.items.is_empty() || !o.prefixed.is_empty();
        if !self.expect_tokens(line, toks, 2) {
            return;
        }
        if conflict {
            self.err(
                Kind::LayoutConflict,
                line,
                None,
                format!("`{kw}` after other content; expected it as the register's only content"),
            );
            self.poison();
            return;
        }
        let target = toks.get(1).copied().unwrap_or("").to_string();
        let body = if kw == "Fields" {
            Body::Fields { line, target }
        } else {
            Body::Mapping { line, target }
        };
        if let Some(o) = &mut self.open {
            o.reference = Some(body);
        }
    }

    /// Check that the open block may take an item; returns false (with a diagnostic) if not.
    fn can_take_item(&mut self, line: u32, kw: &str) -> bool {
        match &self.open {
            None => {
                self.err(
                    Kind::UnhandledStatement,
                    line,
                    None,
                    format!(
                        "`{kw}` at the top level; expected it inside `Sysreg` or `SysregFields`"
                    ),
                );
                false
            }
            Some(o) if o.reference.is_some() => {
                self.err(
                    Kind::LayoutConflict,
                    line,
                    None,
                    format!(
                        "`{kw}` in a register that uses `Fields`/`Mapping`; expected no items of \
                         its own"
                    ),
                );
                false
            }
            Some(_) => true,
        }
    }

    fn parse_bits(&mut self, line: u32, what: &str, text: &str) -> Option<Bits> {
        let (msb, lsb) = match text.split_once(':') {
            None => (parse_dec(text), parse_dec(text)),
            Some((h, l)) => (parse_dec(h), parse_dec(l)),
        };
        let (Some(msb), Some(lsb)) = (msb, lsb) else {
            self.err(
                Kind::BadBitRange,
                line,
                Some(what),
                format!("invalid bit range `{text}`; expected `<msb>` or `<msb>:<lsb>` in decimal"),
            );
            return None;
        };
        if msb > 63 || lsb > 63 {
            self.err(
                Kind::BadBitRange,
                line,
                Some(what),
                format!("bit range `{text}` is outside the register; expected bits within 63..0"),
            );
            return None;
        }
        if msb < lsb {
            self.err(
                Kind::BadBitRange,
                line,
                Some(what),
                format!("bit range `{text}` has msb < lsb; expected `<msb>:<lsb>` with msb >= lsb"),
            );
            return None;
        }
        let (Ok(msb), Ok(lsb)) = (u8::try_from(msb), u8::try_from(lsb)) else {
            return None;
        };
        Some(Bits { msb, lsb })
    }

    fn current_collect(&mut self) -> Option<&mut Collect> {
        let o = self.open.as_mut()?;
        Some(match &mut o.prefix {
            Some(p) => &mut p.collect,
            None => &mut o.collect,
        })
    }

    /// Check that `bits` starts at the next free bit and advance.
    fn place(&mut self, line: u32, what: &str, bits: Bits) {
        let Some(c) = self.current_collect() else {
            return;
        };
        let next = c.next_bit;
        c.next_bit = i32::from(bits.lsb).saturating_sub(1);
        let msb = i32::from(bits.msb);
        if msb > next {
            let msg = if next < 0 {
                format!("starts at {msb}, but every bit is already described")
            } else {
                format!(
                    "starts at {msb} not {next}: out of order or overlapping an earlier item; \
                     expected items from bit 63 down"
                )
            };
            self.err(Kind::BitOverlap, line, Some(what), msg);
        } else if msb < next {
            self.err(
                Kind::BitGap,
                line,
                Some(what),
                format!(
                    "starts at {msb} not {next}: bits {next}:{} are not described",
                    msb.saturating_add(1)
                ),
            );
        }
    }

    fn poison(&mut self) {
        if let Some(c) = self.current_collect() {
            c.poisoned = true;
        }
    }

    fn push_item(&mut self, item: Item) {
        if let Some(c) = self.current_collect() {
            c.items.push(item);
        }
    }

    fn reserved(&mut self, line: u32, toks: &[&str]) {
        let kw = toks.first().copied().unwrap_or("");
        if !self.can_take_item(line, kw) {
            return;
        }
        if !self.expect_tokens(line, toks, 2) {
            self.poison();
            return;
        }
        let what = match kw {
            "Res0" => "RES0",
            "Res1" => "RES1",
            "Unkn" => "UNKN",
            _ => "RAZ",
        };
        let Some(bits) = self.parse_bits(line, what, toks.get(1).copied().unwrap_or("")) else {
            self.poison();
            return;
        };
        self.place(line, what, bits);
        let kind = match kw {
            "Res0" => ItemKind::Res0,
            "Res1" => ItemKind::Res1,
            "Unkn" => ItemKind::Unkn,
            _ => ItemKind::Raz,
        };
        self.push_item(Item { line, bits, kind });
    }

    fn field(&mut self, line: u32, toks: &[&str]) {
        if !self.can_take_item(line, "Field") {
            return;
        }
        if !self.expect_tokens(line, toks, 3) {
            self.poison();
            return;
        }
        let name = toks.get(2).copied().unwrap_or("").to_string();
        let Some(bits) = self.parse_bits(line, &name, toks.get(1).copied().unwrap_or("")) else {
            self.poison();
            return;
        };
        self.place(line, &name, bits);
        self.push_item(Item {
            line,
            bits,
            kind: ItemKind::Field { name },
        });
    }

    fn open_enum(&mut self, line: u32, toks: &[&str]) {
        let kw = toks.first().copied().unwrap_or("");
        if !self.can_take_item(line, kw) {
            return;
        }
        let ok = self.expect_tokens(line, toks, 3);
        let name = toks.get(2).copied().unwrap_or("").to_string();
        let bits = if ok {
            self.parse_bits(line, &name, toks.get(1).copied().unwrap_or(""))
        } else {
            None
        };
        match bits {
            Some(b) => self.place(line, &name, b),
            None => self.poison(),
        }
        let sign = match kw {
            "SignedEnum" => Sign::Signed,
            "UnsignedEnum" => Sign::Unsigned,
            _ => Sign::Unspecified,
        };
        // With a bad header the enum is still opened (so its body and EndEnum are consumed),
        // but it is dropped at EndEnum.
        let bits = bits.unwrap_or(Bits { msb: 64, lsb: 64 });
        if let Some(o) = &mut self.open {
            o.en = Some(OpenEnum {
                line,
                bits,
                name,
                sign,
                values: Vec::with_capacity(8),
            });
        }
    }

    fn enumerator(&mut self, line: u32, toks: &[&str]) {
        if !self.expect_tokens(line, toks, 2) {
            return;
        }
        let lit = toks.first().copied().unwrap_or("");
        let name = toks.get(1).copied().unwrap_or("");
        let digits = lit.strip_prefix("0b").unwrap_or("");
        let value = if digits.is_empty() || digits.len() > 64 {
            None
        } else {
            u64::from_str_radix(digits, 2).ok()
        };
        let Some(value) = value else {
            let field = self
                .open
                .as_ref()
                .and_then(|o| o.en.as_ref())
                .map(|e| e.name.clone());
            self.err(
                Kind::BadNumber,
                line,
                field.as_deref(),
                format!("enumerator `{name}` value `{lit}` is not a binary literal `0b[01]+` of at most 64 digits"),
            );
            return;
        };
        if let Some(e) = self.open.as_mut().and_then(|o| o.en.as_mut()) {
            let digits = u8::try_from(digits.len()).unwrap_or(64);
            e.values.push(Enumerator {
                line,
                digits,
                value,
                name: name.to_string(),
            });
        }
    }

    fn close_enum(&mut self, line: u32) {
        let Some(e) = self.open.as_mut().and_then(|o| o.en.take()) else {
            return;
        };
        if e.bits.msb > 63 {
            return;
        }
        self.push_item(Item {
            line: e.line,
            bits: e.bits,
            kind: ItemKind::Enum {
                name: e.name,
                sign: e.sign,
                values: e.values,
                end_line: line,
            },
        });
    }

    fn open_prefix(&mut self, line: u32, toks: &[&str]) {
        if !self.can_take_item(line, "Prefix") {
            return;
        }
        let Some(o) = &self.open else { return };
        if o.prefix.is_some() {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                "`Prefix` inside a `Prefix` block; expected `EndPrefix` first".into(),
            );
            return;
        }
        if !o.collect.items.is_empty() {
            self.err(
                Kind::LayoutConflict,
                line,
                None,
                "`Prefix` after unprefixed fields; expected prefixed layouts to come first".into(),
            );
            // Still open it, so that its items do not land in the unprefixed layout.
        }
        self.expect_tokens(line, toks, 2);
        let prefix = toks.get(1).copied().unwrap_or("").to_string();
        if let Some(o) = &mut self.open {
            o.prefix = Some(OpenPrefix {
                line,
                prefix,
                collect: Collect::new(),
            });
        }
    }

    fn close_prefix(&mut self, line: u32, toks: &[&str]) {
        let has = self.open.as_ref().is_some_and(|o| o.prefix.is_some());
        if !has {
            self.err(
                Kind::BlockStructure,
                line,
                None,
                "`EndPrefix` without an open `Prefix`".into(),
            );
            return;
        }
        self.expect_tokens(line, toks, 1);
        let Some(p) = self.open.as_mut().and_then(|o| o.prefix.take()) else {
            return;
        };
        if p.collect.next_bit >= 0 && !p.collect.poisoned {
            let nb = p.collect.next_bit;
            self.err(
                Kind::Coverage,
                line,
                Some(&p.prefix),
                format!(
                    "bits {nb}:0 of prefix {} are not described; expected items down to bit 0",
                    p.prefix
                ),
            );
        }
        if let Some(o) = &mut self.open {
            o.prefixed.push(Prefixed {
                line: p.line,
                prefix: p.prefix,
                layout: Layout {
                    items: p.collect.items,
                },
            });
        }
    }
}

/// A decimal number of at most a few digits (no sign, no prefix).
fn parse_dec(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    s.bytes().try_fold(0u32, |acc, b| {
        let d = b.checked_sub(b'0').filter(|d| *d <= 9)?;
        acc.checked_mul(10)?.checked_add(u32::from(d))
    })
}
