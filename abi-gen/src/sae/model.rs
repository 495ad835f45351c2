//! The typed model of an SAE definitions file: the 4 KiB blocks, exit codes, constants, QAAF
//! indices, instructions, register placement and reset values, each with its evidence.

/// How well a fact is established (`ev=` / `meaning=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ev {
    /// Stated in posted patch text.
    Posted,
    /// Only in the public kvms390 development tree.
    Tree,
    /// Inferred; not confirmed anywhere.
    Inferred,
}

impl Ev {
    /// The token in the definitions file.
    pub fn as_str(self) -> &'static str {
        match self {
            Ev::Posted => "posted",
            Ev::Tree => "tree",
            Ev::Inferred => "inferred",
        }
    }

    /// The `sae_abi::Evidence` variant.
    pub fn rust(self) -> &'static str {
        match self {
            Ev::Posted => "Posted",
            Ev::Tree => "Unposted",
            Ev::Inferred => "Inferred",
        }
    }

    /// Parse a token.
    pub fn from_token(s: &str) -> Option<Ev> {
        match s {
            "posted" => Some(Ev::Posted),
            "tree" => Some(Ev::Tree),
            "inferred" => Some(Ev::Inferred),
            _ => None,
        }
    }
}

/// An element type (big-endian in memory).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ty {
    /// 8 bits.
    U8,
    /// 16 bits.
    U16,
    /// 32 bits.
    U32,
    /// 64 bits.
    U64,
}

impl Ty {
    /// Size in bytes.
    pub fn size(self) -> u64 {
        match self {
            Ty::U8 => 1,
            Ty::U16 => 2,
            Ty::U32 => 4,
            Ty::U64 => 8,
        }
    }

    /// The token (`u8` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Ty::U8 => "u8",
            Ty::U16 => "u16",
            Ty::U32 => "u32",
            Ty::U64 => "u64",
        }
    }

    /// Parse a token.
    pub fn from_token(s: &str) -> Option<Ty> {
        match s {
            "u8" => Some(Ty::U8),
            "u16" => Some(Ty::U16),
            "u32" => Some(Ty::U32),
            "u64" => Some(Ty::U64),
            _ => None,
        }
    }

    /// The largest value.
    pub fn max(self) -> u64 {
        match self {
            Ty::U8 => 0xff,
            Ty::U16 => 0xffff,
            Ty::U32 => 0xffff_ffff,
            Ty::U64 => u64::MAX,
        }
    }
}

/// A typed view of a scalar union member (`view=` `accessor=`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewName {
    /// Rust type of the view.
    pub rust: String,
    /// Accessor method on the block.
    pub accessor: String,
}

/// A field or reserved range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// C name (`_<offset>` for a reserved range).
    pub name: String,
    /// Byte offset from the start of the block.
    pub offset: u64,
    /// Element type.
    pub ty: Ty,
    /// Array length, `None` for a scalar.
    pub count: Option<u64>,
    /// True for a `Reserved` line.
    pub reserved: bool,
    /// Bytes in Rust, never interpreted.
    pub opaque: bool,
    /// Evidence for the layout.
    pub ev: Ev,
    /// Evidence for the reading, if weaker or stronger than the layout's.
    pub meaning: Option<Ev>,
    /// A scalar union member with a typed view.
    pub view: Option<ViewName>,
    /// One-line description.
    pub doc: String,
    /// Line in the file.
    pub line: u32,
}

impl Field {
    /// Size in bytes.
    pub fn size(&self) -> u64 {
        self.ty.size().saturating_mul(self.count.unwrap_or(1))
    }

    /// Offset of the first byte after the field.
    pub fn end(&self) -> u64 {
        self.offset.saturating_add(self.size())
    }
}

/// A named nested struct (`Group`) or a union view (`View`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// C member name.
    pub name: String,
    /// Byte offset from the start of the block.
    pub offset: u64,
    /// Rust type name.
    pub rust: String,
    /// Accessor method on the block (views only).
    pub accessor: Option<String>,
    /// Evidence.
    pub ev: Ev,
    /// One-line description.
    pub doc: String,
    /// Fields in offset order.
    pub fields: Vec<Field>,
    /// Line in the file.
    pub line: u32,
}

impl Group {
    /// Size in bytes: the sum of the field sizes.
    pub fn size(&self) -> u64 {
        self.fields
            .iter()
            .fold(0u64, |a, f| a.saturating_add(f.size()))
    }
}

/// A union member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Member {
    /// A field (the first member is the raw bytes of the union).
    Field(Field),
    /// A struct view.
    View(Group),
}

impl Member {
    /// C member name.
    pub fn name(&self) -> &str {
        match self {
            Member::Field(f) => &f.name,
            Member::View(g) => &g.name,
        }
    }

    /// Size in bytes.
    pub fn size(&self) -> u64 {
        match self {
            Member::Field(f) => f.size(),
            Member::View(g) => g.size(),
        }
    }

    /// Offset.
    pub fn offset(&self) -> u64 {
        match self {
            Member::Field(f) => f.offset,
            Member::View(g) => g.offset,
        }
    }

    /// The Rust view type and accessor, if the member has one.
    pub fn view(&self) -> Option<(&str, &str)> {
        match self {
            Member::Field(f) => f
                .view
                .as_ref()
                .map(|v| (v.rust.as_str(), v.accessor.as_str())),
            Member::View(g) => g.accessor.as_deref().map(|a| (g.rust.as_str(), a)),
        }
    }
}

/// An anonymous union.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Union {
    /// Byte offset.
    pub offset: u64,
    /// Size in bytes.
    pub size: u64,
    /// Evidence.
    pub ev: Ev,
    /// Members.
    pub members: Vec<Member>,
    /// Line in the file.
    pub line: u32,
}

/// A top-level item of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A field or reserved range.
    Field(Field),
    /// A nested struct.
    Group(Group),
    /// An anonymous union.
    Union(Union),
}

impl Item {
    /// Offset.
    pub fn offset(&self) -> u64 {
        match self {
            Item::Field(f) => f.offset,
            Item::Group(g) => g.offset,
            Item::Union(u) => u.offset,
        }
    }

    /// Size in bytes.
    pub fn size(&self) -> u64 {
        match self {
            Item::Field(f) => f.size(),
            Item::Group(g) => g.size(),
            Item::Union(u) => u.size,
        }
    }

    /// Line in the file.
    pub fn line(&self) -> u32 {
        match self {
            Item::Field(f) => f.line,
            Item::Group(g) => g.line,
            Item::Union(u) => u.line,
        }
    }
}

/// A 4 KiB block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// C struct name.
    pub c_name: String,
    /// Rust type name.
    pub rust: String,
    /// Size in bytes.
    pub size: u64,
    /// Alignment in bytes.
    pub align: u64,
    /// Declared `__packed` in C.
    pub packed: bool,
    /// Evidence.
    pub ev: Ev,
    /// Description.
    pub doc: String,
    /// Items in offset order.
    pub items: Vec<Item>,
    /// Line in the file.
    pub line: u32,
}

/// A field found by path, with its absolute offset.
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    /// The field.
    pub field: &'a Field,
    /// `group.` prefix if inside a group or view.
    pub group: Option<&'a str>,
}

impl Block {
    /// Every field with its path (`name`, `group.name`, union members and view fields).
    pub fn fields(&self) -> Vec<(String, &Field)> {
        let mut v = Vec::new();
        for item in &self.items {
            match item {
                Item::Field(f) => v.push((f.name.clone(), f)),
                Item::Group(g) => v.extend(
                    g.fields
                        .iter()
                        .map(|f| (format!("{}.{}", g.name, f.name), f)),
                ),
                Item::Union(u) => {
                    for m in &u.members {
                        match m {
                            Member::Field(f) => v.push((f.name.clone(), f)),
                            Member::View(g) => v.extend(
                                g.fields
                                    .iter()
                                    .map(|f| (format!("{}.{}", g.name, f.name), f)),
                            ),
                        }
                    }
                }
            }
        }
        v
    }

    /// The field at `path`.
    pub fn field(&self, path: &str) -> Option<&Field> {
        self.fields()
            .into_iter()
            .find(|(p, _)| p == path)
            .map(|(_, f)| f)
    }
}

/// One exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// Value.
    pub value: u64,
    /// Name without the prefix.
    pub name: String,
    /// Evidence.
    pub ev: Ev,
    /// Evidence for the reading.
    pub meaning: Option<Ev>,
    /// The union member holding the details.
    pub view: Option<String>,
    /// A former name kept as an alias.
    pub alias: Option<String>,
    /// Description.
    pub doc: String,
    /// Line.
    pub line: u32,
}

/// A set of codes (an enum).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codes {
    /// Rust enum name.
    pub rust: String,
    /// Value type.
    pub ty: Ty,
    /// C macro prefix.
    pub prefix: String,
    /// The field path the codes are read from.
    pub field: String,
    /// Evidence.
    pub ev: Ev,
    /// Description.
    pub doc: String,
    /// Codes.
    pub codes: Vec<Code>,
    /// Line.
    pub line: u32,
}

/// A constant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Const {
    /// C macro name.
    pub name: String,
    /// Value.
    pub value: u64,
    /// Evidence.
    pub ev: Ev,
    /// Description.
    pub doc: String,
    /// Line.
    pub line: u32,
}

/// A group of constants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConstGroup {
    /// Group name (a Rust constant).
    pub name: String,
    /// Value type.
    pub ty: Ty,
    /// Description.
    pub doc: String,
    /// Constants.
    pub consts: Vec<Const>,
    /// Line.
    pub line: u32,
}

/// A QAAF register index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qaaf {
    /// Index into `regs[]`.
    pub index: u64,
    /// Register (or item) name.
    pub name: String,
    /// A machine item, not an Arm register.
    pub item: bool,
    /// Evidence.
    pub ev: Ev,
    /// Description.
    pub doc: String,
    /// Line.
    pub line: u32,
}

impl Qaaf {
    /// The C macro name.
    pub fn c_name(&self) -> String {
        if self.item {
            format!("QAAF_{}", self.name)
        } else {
            format!("QAAF_REG_{}", self.name)
        }
    }
}

/// Instruction format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// RRE, 4 bytes.
    Rre,
    /// RIE-h, 6 bytes.
    RieH,
}

impl Format {
    /// The token.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Rre => "rre",
            Format::RieH => "rie-h",
        }
    }

    /// The Rust variant of `sae_abi::insn::Format`.
    pub fn rust(self) -> &'static str {
        match self {
            Format::Rre => "Rre",
            Format::RieH => "RieH",
        }
    }
}

/// An instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insn {
    /// Mnemonic, upper case.
    pub mnemonic: String,
    /// 16-bit opcode.
    pub opcode: u64,
    /// Format.
    pub format: Format,
    /// Evidence.
    pub ev: Ev,
    /// Description.
    pub doc: String,
    /// Line.
    pub line: u32,
}

/// Where a register lives.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Where {
    /// A field of the first block, optionally one array element.
    Block {
        /// Field path.
        path: String,
        /// Array element.
        index: Option<u64>,
    },
    /// The save area.
    SaveArea,
    /// Host memory only.
    Host,
    /// Host memory, loaded with SASR around each SAE.
    HostSasr,
    /// Host memory, trapped and emulated.
    Emulated,
    /// Derived from `gpto`.
    Gpto,
}

impl Where {
    /// The token.
    pub fn token(&self) -> String {
        match self {
            Where::Block { path, index: None } => format!("block:{path}"),
            Where::Block {
                path,
                index: Some(i),
            } => format!("block:{path}[{i}]"),
            Where::SaveArea => "save-area".into(),
            Where::Host => "host".into(),
            Where::HostSasr => "host-sasr".into(),
            Where::Emulated => "emulated".into(),
            Where::Gpto => "gpto".into(),
        }
    }
}

/// A register placement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Arm system register name.
    pub reg: String,
    /// Location.
    pub at: Where,
    /// Evidence.
    pub ev: Ev,
    /// Description.
    pub doc: String,
    /// Line.
    pub line: u32,
}

/// A reset value: the OR of single-bit fields of a system register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reset {
    /// Constant name.
    pub name: String,
    /// System register.
    pub reg: String,
    /// Field names.
    pub fields: Vec<String>,
    /// Evidence.
    pub ev: Ev,
    /// Description.
    pub doc: String,
    /// Line.
    pub line: u32,
}

/// A whole definitions file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaeFile {
    /// `Version` text.
    pub version: String,
    /// Blocks.
    pub blocks: Vec<Block>,
    /// Exit-code sets.
    pub codes: Vec<Codes>,
    /// Constant groups.
    pub consts: Vec<ConstGroup>,
    /// QAAF indices.
    pub qaaf: Vec<Qaaf>,
    /// Instructions.
    pub insns: Vec<Insn>,
    /// Register placement.
    pub places: Vec<Place>,
    /// Reset values.
    pub resets: Vec<Reset>,
}

/// `SOME_NAME` → `SomeName`.
pub fn camel(s: &str) -> String {
    s.split(['_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase(),
                None => String::new(),
            }
        })
        .collect()
}
