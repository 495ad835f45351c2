//! The typed model of a sysreg definitions file, shared by every emitter.

/// The five encoding fields of an AArch64 system register (MRS/MSR `op0:op1:CRn:CRm:op2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Encoding {
    /// op0, 2 bits.
    pub op0: u8,
    /// op1, 3 bits.
    pub op1: u8,
    /// CRn, 4 bits.
    pub crn: u8,
    /// CRm, 4 bits.
    pub crm: u8,
    /// op2, 3 bits.
    pub op2: u8,
}

impl Encoding {
    /// The kernel's `sys_reg()` value: the fields at their MRS/MSR instruction positions
    /// (op0 at 20:19, op1 at 18:16, CRn at 15:12, CRm at 11:8, op2 at 7:5).
    pub fn sys_reg(self) -> u32 {
        (u32::from(self.op0) << 19)
            | (u32::from(self.op1) << 16)
            | (u32::from(self.crn) << 12)
            | (u32::from(self.crm) << 8)
            | (u32::from(self.op2) << 5)
    }
}

/// A bit range `msb:lsb` within a 64-bit register (`msb >= lsb`, both `<= 63`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bits {
    /// Most significant bit, inclusive.
    pub msb: u8,
    /// Least significant bit, inclusive.
    pub lsb: u8,
}

impl Bits {
    /// Number of bits in the range.
    pub fn width(self) -> u32 {
        u32::from(self.msb)
            .saturating_sub(u32::from(self.lsb))
            .saturating_add(1)
    }

    /// The in-place (shifted) mask, the kernel's `GENMASK(msb, lsb)`.
    pub fn mask(self) -> u64 {
        let w = self.width();
        let ones = u64::MAX.checked_shr(64u32.saturating_sub(w)).unwrap_or(0);
        ones.checked_shl(u32::from(self.lsb)).unwrap_or(0)
    }
}

/// Signedness declared by the enum keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sign {
    /// `Enum`: no `_SIGNED` macro.
    Unspecified,
    /// `UnsignedEnum`: `_SIGNED false`; higher values mean more.
    Unsigned,
    /// `SignedEnum`: `_SIGNED true`; `0b1111` reads as -1.
    Signed,
}

/// One named value of an enumerated field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Enumerator {
    /// Line of the definition.
    pub line: u32,
    /// How many binary digits the literal was written with (1..=64), kept to emit it exactly.
    pub digits: u8,
    /// The value (unshifted).
    pub value: u64,
    /// The name as written (may start with a digit, e.g. `52`).
    pub name: String,
}

impl Enumerator {
    /// The binary digits of the literal as written (without `0b`), e.g. `0010`.
    pub fn digits_str<'b>(&self, buf: &'b mut [u8; 64]) -> &'b str {
        let n = usize::from(self.digits.clamp(1, 64));
        let start = 64usize.saturating_sub(n);
        for (i, slot) in buf.iter_mut().enumerate().skip(start) {
            let bit = 63usize.saturating_sub(i);
            *slot = if self
                .value
                .checked_shr(u32::try_from(bit).unwrap_or(64))
                .unwrap_or(0)
                & 1
                == 1
            {
                b'1'
            } else {
                b'0'
            };
        }
        buf.get(start..)
            .and_then(|d| std::str::from_utf8(d).ok())
            .unwrap_or("0")
    }

    /// The literal's digits as an owned string (for messages and printers).
    pub fn digits_string(&self) -> String {
        self.digits_str(&mut [0; 64]).to_string()
    }
}

/// What an item of a layout is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// `Res0`: reserved, should be zero.
    Res0,
    /// `Res1`: reserved, should be one.
    Res1,
    /// `Unkn`: unknown value.
    Unkn,
    /// `Raz`: reads as zero; consumes bits, emits nothing.
    Raz,
    /// `Field`: a plain named field.
    Field {
        /// Field name.
        name: String,
    },
    /// `Enum`/`UnsignedEnum`/`SignedEnum` with its enumerators.
    Enum {
        /// Field name.
        name: String,
        /// Declared signedness.
        sign: Sign,
        /// Enumerators in file order.
        values: Vec<Enumerator>,
        /// Line of `EndEnum`.
        end_line: u32,
    },
}

/// One item of a layout: a bit range and what it holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Item {
    /// Line of the directive.
    pub line: u32,
    /// The bits covered.
    pub bits: Bits,
    /// The content.
    pub kind: ItemKind,
}

impl Item {
    /// The field name, for `Field` and the enum kinds.
    pub fn name(&self) -> Option<&str> {
        match &self.kind {
            ItemKind::Field { name } | ItemKind::Enum { name, .. } => Some(name),
            _ => None,
        }
    }
}

/// A full 64-bit layout: items from bit 63 down to bit 0.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Layout {
    /// Items in file order (descending bit positions).
    pub items: Vec<Item>,
}

impl Layout {
    /// The named fields (plain and enumerated), in file order.
    pub fn fields(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| i.name().is_some())
    }

    fn mask_of(&self, want: fn(&ItemKind) -> bool) -> u64 {
        self.items
            .iter()
            .filter(|i| want(&i.kind))
            .fold(0, |m, i| m | i.bits.mask())
    }

    /// The `RES0` mask.
    pub fn res0(&self) -> u64 {
        self.mask_of(|k| matches!(k, ItemKind::Res0))
    }

    /// The `RES1` mask.
    pub fn res1(&self) -> u64 {
        self.mask_of(|k| matches!(k, ItemKind::Res1))
    }

    /// The `UNKN` mask.
    pub fn unkn(&self) -> u64 {
        self.mask_of(|k| matches!(k, ItemKind::Unkn))
    }

    /// The `Raz` mask (emitted by no kernel macro).
    pub fn raz(&self) -> u64 {
        self.mask_of(|k| matches!(k, ItemKind::Raz))
    }
}

/// An alternative layout selected by a feature (`Prefix P` … `EndPrefix`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Prefixed {
    /// Line of `Prefix`.
    pub line: u32,
    /// The prefix (without the trailing `_`).
    pub prefix: String,
    /// The layout.
    pub layout: Layout,
}

/// What a `Sysreg` or `SysregFields` block describes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Body {
    /// Its own items, possibly with prefixed alternatives (which come first in the file).
    Layout {
        /// `Prefix` blocks in file order.
        prefixed: Vec<Prefixed>,
        /// The unprefixed layout.
        layout: Layout,
    },
    /// `Fields LAYOUT`: uses the named `SysregFields` layout.
    Fields {
        /// Line of the directive.
        line: u32,
        /// The `SysregFields` name.
        target: String,
    },
    /// `Mapping REG`: a VHE alias that maps onto another register's layout.
    Mapping {
        /// Line of the directive.
        line: u32,
        /// The mapped register.
        target: String,
    },
}

/// A `Sysreg` block.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sysreg {
    /// Line of `Sysreg`.
    pub line: u32,
    /// Line of `EndSysreg`.
    pub end_line: u32,
    /// Register name as in the Arm ARM.
    pub name: String,
    /// Its encoding.
    pub encoding: Encoding,
    /// Its layout.
    pub body: Body,
}

/// A `SysregFields` block: a layout shared by several registers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SysregFields {
    /// Line of `SysregFields`.
    pub line: u32,
    /// Line of `EndSysregFields`.
    pub end_line: u32,
    /// Layout name (conventionally ending `_ELx`).
    pub name: String,
    /// Prefixed alternatives, then the layout.
    pub body: Body,
}

/// A top-level block, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Block {
    /// `Sysreg` … `EndSysreg`.
    Sysreg(Sysreg),
    /// `SysregFields` … `EndSysregFields`.
    Fields(SysregFields),
}

/// A whole definitions file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct SysregFile {
    /// Blocks in file order.
    pub blocks: Vec<Block>,
}

impl SysregFile {
    /// All `Sysreg` blocks in file order.
    pub fn sysregs(&self) -> impl Iterator<Item = &Sysreg> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Sysreg(s) => Some(s),
            Block::Fields(_) => None,
        })
    }

    /// All `SysregFields` blocks in file order.
    pub fn layouts(&self) -> impl Iterator<Item = &SysregFields> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Fields(f) => Some(f),
            Block::Sysreg(_) => None,
        })
    }

    /// The register named `name`.
    pub fn sysreg(&self, name: &str) -> Option<&Sysreg> {
        self.sysregs().find(|s| s.name == name)
    }

    /// The `SysregFields` layout named `name`.
    pub fn layout(&self, name: &str) -> Option<&SysregFields> {
        self.layouts().find(|f| f.name == name)
    }

    /// The unprefixed layout a register uses, following `Fields` and `Mapping` (at most a few
    /// hops; cycles and missing targets give `None`).
    pub fn resolve<'a>(&'a self, reg: &'a Sysreg) -> Option<&'a Layout> {
        match self.resolve_body(&reg.body)? {
            Body::Layout { layout, .. } => Some(layout),
            _ => None,
        }
    }

    /// The `Body::Layout` that `body` describes, following `Fields` and `Mapping` references
    /// (at most 8 hops: a `Mapping` cycle, which the kernel's generator accepts, or a missing
    /// target gives `None`).
    pub fn resolve_body<'a>(&'a self, mut body: &'a Body) -> Option<&'a Body> {
        for _ in 0..8 {
            match body {
                Body::Layout { .. } => return Some(body),
                Body::Fields { target, .. } => body = &self.layout(target)?.body,
                Body::Mapping { target, .. } => body = &self.sysreg(target)?.body,
            }
        }
        None
    }

    /// Counts of registers, layouts, fields and enumerators (each defined once: a `Fields`
    /// reference adds no fields).
    pub fn stats(&self) -> Stats {
        let mut s = Stats::default();
        let count_body = |s: &mut Stats, body: &Body| {
            if let Body::Layout { prefixed, layout } = body {
                for l in prefixed
                    .iter()
                    .map(|p| &p.layout)
                    .chain(std::iter::once(layout))
                {
                    for item in &l.items {
                        match &item.kind {
                            ItemKind::Field { .. } => s.fields = s.fields.saturating_add(1),
                            ItemKind::Enum { values, .. } => {
                                s.fields = s.fields.saturating_add(1);
                                s.enums = s.enums.saturating_add(1);
                                s.enumerators = s.enumerators.saturating_add(values.len());
                            }
                            _ => {}
                        }
                    }
                }
            }
        };
        for b in &self.blocks {
            match b {
                Block::Sysreg(r) => {
                    s.registers = s.registers.saturating_add(1);
                    count_body(&mut s, &r.body);
                }
                Block::Fields(f) => {
                    s.layouts = s.layouts.saturating_add(1);
                    count_body(&mut s, &f.body);
                }
            }
        }
        s
    }
}

/// Sizes of a definitions file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// `Sysreg` blocks.
    pub registers: usize,
    /// `SysregFields` blocks.
    pub layouts: usize,
    /// Named fields (plain and enumerated).
    pub fields: usize,
    /// Enumerated fields.
    pub enums: usize,
    /// Enumerators.
    pub enumerators: usize,
}
