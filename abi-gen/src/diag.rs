//! Diagnostics: every problem names `file:line`, the register and field, and what was expected.

use std::fmt;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The file is still usable; the generator emits output.
    Warning,
    /// The file is rejected; nothing is emitted.
    Error,
}

/// How strictly a definitions file is judged.
///
/// The parser gives every diagnostic a *kernel* severity: an error for what Linux's own
/// generator (`arch/arm64/tools/gen-sysreg.awk`, Linux 7.2) rejects, or for what abi-gen
/// cannot represent at all (see [`Kind`]), and a warning for every check the kernel does
/// not make. [`Strictness::Strict`] then turns every warning into an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Strictness {
    /// A file from elsewhere (an upstream kernel's `sysreg`): whatever the kernel's generator
    /// accepts is accepted, and the extra checks are warnings.
    #[default]
    Kernel,
    /// The project's own definitions: every diagnostic is an error.
    Strict,
}

impl Strictness {
    /// Apply the policy to diagnostics produced with kernel severities.
    pub fn apply(self, diags: &mut [Diagnostic]) {
        if self == Strictness::Strict {
            for d in diags {
                d.severity = Severity::Error;
            }
        }
    }
}

/// The class of a diagnostic. Tests and tools match on this, not on the message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A line no rule handles in the current block (the kernel's "unhandled statement").
    UnhandledStatement,
    /// A directive has the wrong number of whitespace-separated tokens.
    TokenCount,
    /// A line holds only blanks (the kernel generator rejects it).
    BlankLine,
    /// A number (encoding field, bit position, enumerator literal) does not parse.
    BadNumber,
    /// A bit range is malformed, out of 0..=63, or has msb < lsb.
    BadBitRange,
    /// An item does not start at the next free bit: listed out of order or overlapping.
    BitOverlap,
    /// An item leaves a hole above it: bits between the previous item and this one are undescribed.
    BitGap,
    /// A block ends with bits that no item describes (including the bit-0 hole).
    Coverage,
    /// A block is not terminated, or a terminator has no block.
    BlockStructure,
    /// `Fields`/`Mapping` is combined with other content, or a `Prefix` follows fields.
    LayoutConflict,
    /// An op0/op1/CRn/CRm/op2 value is outside its architectural width.
    EncodingRange,
    /// An enumerator value does not fit in its field.
    EnumeratorTooWide,
    /// An enumerator literal is written with a different number of digits than the field width.
    EnumeratorDigits,
    /// A register, layout, field, enumerator name or prefix is defined twice.
    Duplicate,
    /// Two enumerators of one field share a value (real files have these).
    DuplicateValue,
    /// Two registers share an encoding (architectural aliases exist).
    SharedEncoding,
    /// A `Fields`/`Mapping` target does not exist, or is the wrong kind of block.
    UnknownTarget,
    /// A name is not usable as a C identifier part.
    BadName,
    /// An attribute is unknown, missing, repeated or contradicts the directive.
    BadAttribute,
    /// A number is outside the range its field allows (function number, OEN, id).
    OutOfRange,
    /// The input could not be read.
    Io,
    /// A field is not naturally aligned (its offset is not a multiple of its element size).
    Misaligned,
}

impl Kind {
    /// A short stable name for the class, used in the rendered message.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::UnhandledStatement => "unhandled-statement",
            Kind::TokenCount => "token-count",
            Kind::BlankLine => "blank-line",
            Kind::BadNumber => "bad-number",
            Kind::BadBitRange => "bad-bit-range",
            Kind::BitOverlap => "bit-overlap",
            Kind::BitGap => "bit-gap",
            Kind::Coverage => "coverage",
            Kind::BlockStructure => "block-structure",
            Kind::LayoutConflict => "layout-conflict",
            Kind::EncodingRange => "encoding-range",
            Kind::EnumeratorTooWide => "enumerator-too-wide",
            Kind::EnumeratorDigits => "enumerator-digits",
            Kind::Duplicate => "duplicate",
            Kind::DuplicateValue => "duplicate-value",
            Kind::SharedEncoding => "shared-encoding",
            Kind::UnknownTarget => "unknown-target",
            Kind::BadName => "bad-name",
            Kind::BadAttribute => "bad-attribute",
            Kind::OutOfRange => "out-of-range",
            Kind::Io => "io",
            Kind::Misaligned => "misaligned",
        }
    }
}

/// One diagnostic about a definitions file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The class of problem.
    pub kind: Kind,
    /// The file as named by the caller.
    pub file: String,
    /// 1-based line number (0 when the problem is about the whole file).
    pub line: u32,
    /// The register or layout the line belongs to, if any.
    pub register: Option<String>,
    /// The field (or enumerator) the line belongs to, if any.
    pub field: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}: {}[{}]: ",
            self.file,
            self.line,
            sev,
            self.kind.as_str()
        )?;
        match (&self.register, &self.field) {
            (Some(r), Some(fl)) => write!(f, "{r}.{fl}: ")?,
            (Some(r), None) => write!(f, "{r}: ")?,
            (None, Some(fl)) => write!(f, "{fl}: ")?,
            (None, None) => {}
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

/// True when any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}
