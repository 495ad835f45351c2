//! The SAE memory layouts as data: C struct and field names, offsets, sizes, C types, and the
//! `SAE_*`/`QAAF_*` constants of the C header.
//!
//! This is the one place where these numbers are written down. The zerocopy structs of this
//! crate are statically asserted against it field by field, and `c_header.rs` renders
//! `include/sae-abi.h` from it. The file uses nothing but `core` so that other crates
//! (`abi-gen`) can include it with `#[path]`.
//!
//! Source: "KVM: s390: Introduce arm64 KVM" v2–v4, `arch/s390/include/asm/kvm_host_arm64_types.h`
//! (`struct kvm_sae_block`, `struct kvm_sae_save_area`); the QAAF block from the follow-up
//! series "KVM: arm64 on s390 System Register Handling" v1 14/26. Offsets are byte offsets from
//! the start of the 4 KiB block; all multi-byte fields are big-endian (s390 memory).

/// The C element type of a field (`linux/types.h` names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CType {
    /// `__u8`.
    U8,
    /// `__u16`.
    U16,
    /// `__u32`.
    U32,
    /// `__u64`.
    U64,
}

impl CType {
    /// Size in bytes.
    pub const fn size(self) -> usize {
        match self {
            CType::U8 => 1,
            CType::U16 => 2,
            CType::U32 => 4,
            CType::U64 => 8,
        }
    }

    /// The C spelling.
    pub const fn c_name(self) -> &'static str {
        match self {
            CType::U8 => "__u8",
            CType::U16 => "__u16",
            CType::U32 => "__u32",
            CType::U64 => "__u64",
        }
    }
}

/// One field: a scalar (`count == 0`) or an array of `count` elements. Names starting with
/// `_` are reserved ranges, named after their offset as in the posted header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// C field name as posted.
    pub name: &'static str,
    /// Byte offset from the start of the enclosing 4 KiB block.
    pub offset: usize,
    /// Element type.
    pub ty: CType,
    /// Array length; 0 for a scalar.
    pub count: usize,
    /// One-line description for the C header.
    pub doc: &'static str,
}

impl Field {
    /// Size in bytes.
    pub const fn size(&self) -> usize {
        if self.count == 0 {
            self.ty.size()
        } else {
            self.ty.size().saturating_mul(self.count)
        }
    }

    /// True for a reserved range (never interpreted, kept zero).
    pub const fn is_reserved(&self) -> bool {
        matches!(self.name.as_bytes(), [b'_', ..])
    }
}

/// A named struct nested in a block or a union (`ic_regs`, `hai`, `trap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// Member name.
    pub name: &'static str,
    /// Byte offset from the start of the block.
    pub offset: usize,
    /// Fields, in order, without gaps.
    pub fields: &'static [Field],
    /// One-line description.
    pub doc: &'static str,
}

impl Group {
    /// Size in bytes: the sum of the field sizes.
    pub const fn size(&self) -> usize {
        sum_fields(self.fields)
    }
}

/// A member of an anonymous union.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    /// A plain field.
    Field(Field),
    /// A nested struct.
    Group(Group),
}

impl Member {
    /// Size in bytes.
    pub const fn size(&self) -> usize {
        match self {
            Member::Field(f) => f.size(),
            Member::Group(g) => g.size(),
        }
    }

    /// Offset from the start of the block.
    pub const fn offset(&self) -> usize {
        match self {
            Member::Field(f) => f.offset,
            Member::Group(g) => g.offset,
        }
    }
}

/// An anonymous union of members that all start at `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Union {
    /// Byte offset from the start of the block.
    pub offset: usize,
    /// Size in bytes (the largest member's size).
    pub size: usize,
    /// Members; the first one spans the whole union.
    pub members: &'static [Member],
}

/// A top-level item of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A field.
    Field(Field),
    /// A named nested struct.
    Group(Group),
    /// An anonymous union.
    Union(Union),
}

impl Item {
    /// Offset from the start of the block.
    pub const fn offset(&self) -> usize {
        match self {
            Item::Field(f) => f.offset,
            Item::Group(g) => g.offset,
            Item::Union(u) => u.offset,
        }
    }

    /// Size in bytes.
    pub const fn size(&self) -> usize {
        match self {
            Item::Field(f) => f.size(),
            Item::Group(g) => g.size(),
            Item::Union(u) => u.size,
        }
    }
}

/// A 4 KiB block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Struct {
    /// C struct name (`struct <c_name>`).
    pub c_name: &'static str,
    /// The Rust type that mirrors it.
    pub rust_name: &'static str,
    /// Total size in bytes.
    pub size: usize,
    /// Required alignment in bytes.
    pub align: usize,
    /// True if the C struct is declared `__packed`.
    pub packed: bool,
    /// Items in offset order.
    pub items: &'static [Item],
    /// Description for the C header.
    pub doc: &'static str,
}

/// A named constant of the C header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Const {
    /// C macro name.
    pub name: &'static str,
    /// Value.
    pub value: u64,
    /// One-line description.
    pub doc: &'static str,
}

/// A group of related constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConstGroup {
    /// Heading for the C header.
    pub doc: &'static str,
    /// The constants.
    pub consts: &'static [Const],
}

const fn sum_fields(fields: &[Field]) -> usize {
    let mut n: usize = 0;
    let mut rest = fields;
    while let [f, tail @ ..] = rest {
        n = n.saturating_add(f.size());
        rest = tail;
    }
    n
}

const fn fields_contiguous(fields: &[Field], start: usize, end: usize) -> bool {
    let mut at = start;
    let mut rest = fields;
    while let [f, tail @ ..] = rest {
        if f.offset != at {
            return false;
        }
        at = at.saturating_add(f.size());
        rest = tail;
    }
    at == end
}

const fn group_contiguous(g: &Group) -> bool {
    fields_contiguous(g.fields, g.offset, g.offset.saturating_add(g.size()))
}

const fn union_consistent(u: &Union) -> bool {
    let mut widest = 0;
    let mut rest = u.members;
    while let [m, tail @ ..] = rest {
        if m.offset() != u.offset || m.size() > u.size {
            return false;
        }
        if let Member::Group(g) = m {
            if !group_contiguous(g) {
                return false;
            }
        }
        if m.size() > widest {
            widest = m.size();
        }
        rest = tail;
    }
    widest == u.size
}

/// True if the items of `s` follow each other without gap or overlap and add up to
/// `s.size`; nested structs and union members are checked the same way, and every union member
/// fits the union.
pub const fn is_contiguous(s: &Struct) -> bool {
    let mut at = 0;
    let mut rest = s.items;
    while let [item, tail @ ..] = rest {
        if item.offset() != at {
            return false;
        }
        let ok = match item {
            Item::Field(_) => true,
            Item::Group(g) => group_contiguous(g),
            Item::Union(u) => union_consistent(u),
        };
        if !ok {
            return false;
        }
        at = at.saturating_add(item.size());
        rest = tail;
    }
    at == s.size
}

/// The sum of the sizes of the top-level items (fields, reserved ranges, nested structs and
/// unions) of `s`.
pub const fn sum_of_items(s: &Struct) -> usize {
    let mut n: usize = 0;
    let mut rest = s.items;
    while let [item, tail @ ..] = rest {
        n = n.saturating_add(item.size());
        rest = tail;
    }
    n
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a, b) {
            ([], []) => return true,
            ([x, ra @ ..], [y, rb @ ..]) if *x == *y => {
                a = ra;
                b = rb;
            }
            _ => return false,
        }
    }
}

const fn find_field(fields: &[Field], name: &str) -> Option<(usize, usize)> {
    let mut rest = fields;
    while let [f, tail @ ..] = rest {
        if str_eq(f.name, name) {
            return Some((f.offset, f.size()));
        }
        rest = tail;
    }
    None
}

/// `(outer, inner)` of `"outer.inner"`; `inner` is empty without a dot.
const fn split_path(path: &str) -> (&str, &str) {
    let mut at: usize = 0;
    let mut rest = path.as_bytes();
    while let [c, tail @ ..] = rest {
        if *c == b'.' {
            break;
        }
        at = at.saturating_add(1);
        rest = tail;
    }
    let Some((outer, inner)) = path.as_bytes().split_at_checked(at) else {
        return (path, "");
    };
    let inner = match inner {
        [_, rest @ ..] => rest,
        [] => inner,
    };
    match (core::str::from_utf8(outer), core::str::from_utf8(inner)) {
        (Ok(o), Ok(i)) => (o, i),
        _ => (path, ""),
    }
}

/// `(offset, size)` of `inner` in group `g`, or of the group itself if `inner` is empty.
const fn locate_in_group(g: &Group, inner: &str) -> Option<(usize, usize)> {
    if inner.is_empty() {
        Some((g.offset, g.size()))
    } else {
        find_field(g.fields, inner)
    }
}

/// `(offset, size)` of the item, nested-struct field or union member named `path` in `s`:
/// `"pc"`, `"ic_regs"`, `"ic_regs.ich_hcr_el2"`, `"icptd"`, `"hai"`, `"hai.pic"`.
pub const fn locate(s: &Struct, path: &str) -> Option<(usize, usize)> {
    let (outer, inner) = split_path(path);
    let mut rest = s.items;
    while let [item, tail @ ..] = rest {
        match item {
            Item::Field(f) => {
                if inner.is_empty() && str_eq(f.name, outer) {
                    return Some((f.offset, f.size()));
                }
            }
            Item::Group(g) => {
                if str_eq(g.name, outer) {
                    return locate_in_group(g, inner);
                }
            }
            Item::Union(u) => {
                let mut members = u.members;
                while let [m, more @ ..] = members {
                    match m {
                        Member::Field(f) => {
                            if inner.is_empty() && str_eq(f.name, outer) {
                                return Some((f.offset, f.size()));
                            }
                        }
                        Member::Group(g) => {
                            if str_eq(g.name, outer) {
                                return locate_in_group(g, inner);
                            }
                        }
                    }
                    members = more;
                }
            }
        }
        rest = tail;
    }
    None
}

/// True if `path` names something in `s` at exactly `offset` with exactly `size` bytes.
pub const fn matches(s: &Struct, path: &str, offset: usize, size: usize) -> bool {
    match locate(s, path) {
        Some((o, n)) => o == offset && n == size,
        None => false,
    }
}

/// The number of fields of the nested struct (or union-member struct) named `name` in `s`.
pub const fn group_len(s: &Struct, name: &str) -> Option<usize> {
    let mut rest = s.items;
    while let [item, tail @ ..] = rest {
        match item {
            Item::Group(g) if str_eq(g.name, name) => return Some(g.fields.len()),
            Item::Union(u) => {
                let mut members = u.members;
                while let [m, more @ ..] = members {
                    if let Member::Group(g) = m {
                        if str_eq(g.name, name) {
                            return Some(g.fields.len());
                        }
                    }
                    members = more;
                }
            }
            _ => {}
        }
        rest = tail;
    }
    None
}

const fn f(name: &'static str, offset: usize, ty: CType, doc: &'static str) -> Field {
    Field {
        name,
        offset,
        ty,
        count: 0,
        doc,
    }
}

const fn a(name: &'static str, offset: usize, ty: CType, count: usize, doc: &'static str) -> Field {
    Field {
        name,
        offset,
        ty,
        count,
        doc,
    }
}

use CType::{U8, U16, U32, U64};

/// Size and alignment of every block: one 4 KiB page.
pub const BLOCK_SIZE: usize = 4096;

/// `struct kvm_sae_block`, the SAE control block ("state description"). SAE (B9A5) takes its
/// physical address. Posted layout v2–v4; v1 has no `contextidr_el1` (its reserved range at
/// 0x190 is `u64[13]`, 104 bytes, up to 0x1f8).
pub const SAE_BLOCK: Struct = Struct {
    c_name: "kvm_sae_block",
    rust_name: "SaeControlBlock",
    size: BLOCK_SIZE,
    align: BLOCK_SIZE,
    packed: true,
    items: &[
        Item::Field(a("_0000", 0x000, U64, 16, "")),
        Item::Field(f("icptr", 0x080, U8, "interception reason (SAE_ICPTR_*)")),
        Item::Field(a("_0081", 0x081, U8, 7, "")),
        Item::Field(f("scad", 0x088, U64, "unused by KVM; meaning inferred")),
        Item::Field(a("_0090", 0x090, U64, 16, "")),
        Item::Field(f("cntp_ctl", 0x110, U32, "CNTP_CTL_EL0")),
        Item::Field(f("cntv_ctl", 0x114, U32, "CNTV_CTL_EL0")),
        Item::Field(f(
            "irq_ctl",
            0x118,
            U8,
            "interrupt control; meaning inferred",
        )),
        Item::Field(a("_0119", 0x119, U8, 7, "")),
        Item::Group(Group {
            name: "ic_regs",
            offset: 0x120,
            doc: "GICv3 virtual CPU interface",
            fields: &[
                f("ich_hcr_el2", 0x120, U64, "ICH_HCR_EL2"),
                f("ich_vmcr_el2", 0x128, U64, "ICH_VMCR_EL2"),
                f("ich_ap0r0_el2", 0x130, U64, "ICH_AP0R0_EL2"),
                f("ich_ap1r0_el2", 0x138, U64, "ICH_AP1R0_EL2"),
                a("_0140", 0x140, U64, 2, ""),
                a("ich_lrn_el2", 0x150, U64, 4, "ICH_LR0_EL2..ICH_LR3_EL2"),
                a("_0170", 0x170, U64, 4, ""),
            ],
        }),
        Item::Field(a("_0190", 0x190, U64, 12, "v1: u64[13]")),
        Item::Field(f("contextidr_el1", 0x1f0, U64, "CONTEXTIDR_EL1 (v2+)")),
        Item::Field(f("wip", 0x1f8, U32, "unused by KVM; meaning unknown")),
        Item::Field(f("_01fc", 0x1fc, U32, "")),
        Item::Field(f(
            "sdf",
            0x200,
            U8,
            "state-description format (SAE_SD_FORMAT_*)",
        )),
        Item::Field(a("_0201", 0x201, U8, 7, "")),
        Item::Field(f("mso", 0x208, U64, "main-storage origin")),
        Item::Field(f("msl", 0x210, U64, "main-storage limit")),
        Item::Field(f(
            "hbasce",
            0x218,
            U64,
            "host ASCE of the guest address space",
        )),
        Item::Field(f("_0220", 0x220, U64, "")),
        Item::Field(f(
            "gpto",
            0x228,
            U64,
            "guest timer offset (PTFF QAGTO/QAGPT)",
        )),
        Item::Field(f("ic", 0x230, U64, "unused by KVM; meaning inferred")),
        Item::Field(f("ec", 0x238, U64, "unused by KVM; meaning inferred")),
        Item::Field(f(
            "save_area",
            0x240,
            U64,
            "physical address of the save area",
        )),
        Item::Field(a("_0248", 0x248, U64, 7, "")),
        Item::Field(a("_0280", 0x280, U8, 6, "")),
        Item::Field(f("lrcpua", 0x286, U16, "unused by KVM; meaning unknown")),
        Item::Field(f("pstate", 0x288, U64, "PSTATE (SPSR layout)")),
        Item::Field(f("pc", 0x290, U64, "PC")),
        Item::Field(f("sp_el0", 0x298, U64, "SP_EL0")),
        Item::Field(f("sp_el1", 0x2a0, U64, "SP_EL1")),
        Item::Field(f("_02a8", 0x2a8, U64, "")),
        Item::Field(f("fpcr", 0x2b0, U64, "FPCR")),
        Item::Field(f("fpsr", 0x2b8, U64, "FPSR")),
        Item::Field(a("sve_pregs", 0x2c0, U16, 16, "SVE P0..P15")),
        Item::Field(f("sve_ffr", 0x2e0, U16, "SVE FFR")),
        Item::Field(a("_02e2", 0x2e2, U8, 6, "")),
        Item::Field(a("_02e8", 0x2e8, U64, 3, "")),
        Item::Field(a("gpr", 0x300, U64, 31, "X0..X30")),
        Item::Field(f("_03f8", 0x3f8, U64, "")),
        Item::Union(Union {
            offset: 0x400,
            size: 64,
            members: &[
                Member::Field(a("icptd", 0x400, U64, 8, "interception details")),
                Member::Field(f(
                    "vir",
                    0x400,
                    U16,
                    "validity reason (SAE_VIR_*); icptr 0x01",
                )),
                Member::Group(Group {
                    name: "hai",
                    offset: 0x400,
                    doc: "host-access exception; icptr 0x02",
                    fields: &[
                        f("esr_elz", 0x400, U64, "ESR-like syndrome"),
                        a("_0408", 0x408, U8, 6, ""),
                        f("pic", 0x40e, U16, "s390 program-interruption code"),
                        f("teid", 0x410, U64, "s390 union teid"),
                        f("far_elz", 0x418, U64, "faulting guest VA (gva_t)"),
                        f("vaddr", 0x420, U64, "gva_t; unused by KVM"),
                        f(
                            "suppl",
                            0x428,
                            U64,
                            "supplemental information; unused by KVM",
                        ),
                        f("gltl", 0x430, U8, "stage-1 translation-table level"),
                        a("_0431", 0x431, U8, 7, ""),
                        f("_0438", 0x438, U64, ""),
                    ],
                }),
                Member::Group(Group {
                    name: "trap",
                    offset: 0x400,
                    doc: "synchronous exception; icptr 0x03",
                    fields: &[
                        f("esr_elz", 0x400, U64, "ESR of the trapped exception"),
                        a("_0408", 0x408, U64, 2, ""),
                        f(
                            "far_elz",
                            0x418,
                            U64,
                            "FAR of the trapped exception (gva_t)",
                        ),
                    ],
                }),
                Member::Field(f(
                    "tir",
                    0x400,
                    U8,
                    "timer reason (SAE_IR_TIMER_ID_*); icptr 0x04",
                )),
            ],
        }),
        Item::Field(a("_0440", 0x440, U64, 376, "")),
    ],
    doc: "SAE control block (state description); SAE takes its physical address",
};

/// `struct kvm_sae_save_area`, the save area ("satellite block") moved by LASRM/STIASRM and
/// accessed register by register with EASR/SASR. v1 declared `regs[507]` (ending at 0xff8;
/// the page alignment hid the missing 8 bytes); v2 fixed it to `regs[508]`.
pub const SAVE_AREA: Struct = Struct {
    c_name: "kvm_sae_save_area",
    rust_name: "SaveArea",
    size: BLOCK_SIZE,
    align: BLOCK_SIZE,
    packed: true,
    items: &[
        Item::Field(f(
            "saf",
            0x00,
            U8,
            "save-area format (SAE_SAVE_AREA_FORMAT_*)",
        )),
        Item::Field(a("_0001", 0x01, U8, 5, "")),
        Item::Field(f("sas", 0x06, U16, "save-area status (SAE_SAS_*)")),
        Item::Field(f(
            "sdo",
            0x08,
            U64,
            "physical address of the owning SAE block",
        )),
        Item::Field(a("_0010", 0x10, U64, 2, "")),
        Item::Field(a(
            "regs",
            0x20,
            U64,
            508,
            "machine-defined; layout not published (v1: 507)",
        )),
    ],
    doc: "SAE save area: the guest system registers (LASRM/STIASRM, EASR/SASR)",
};

/// `struct qaaf_qmc_block`, the output of QAAF function `QAAF_FC_QMC`. Not packed in C, but
/// every field is naturally aligned, so the layout is the same.
pub const QAAF_QMC_BLOCK: Struct = Struct {
    c_name: "qaaf_qmc_block",
    rust_name: "QaafQmcBlock",
    size: BLOCK_SIZE,
    align: BLOCK_SIZE,
    packed: false,
    items: &[
        Item::Field(f("_0000", 0x00, U64, "")),
        Item::Field(f("ssdf", 0x08, U8, "supported state-description formats")),
        Item::Field(f("_0009", 0x09, U8, "")),
        Item::Field(f("ssaf", 0x0a, U8, "supported save-area formats")),
        Item::Field(a("_000b", 0x0b, U8, 3, "")),
        Item::Field(f("maxncpu", 0x0e, U16, "maximum number of vCPUs")),
        Item::Field(a(
            "regs",
            0x10,
            U64,
            0x1fe,
            "register values, indexed by QAAF_REG_*",
        )),
    ],
    doc: "QAAF query-model-capabilities block (QAAF_FC_QMC)",
};

/// Every block, in header order.
pub const STRUCTS: &[Struct] = &[SAE_BLOCK, SAVE_AREA, QAAF_QMC_BLOCK];

/// Defines each constant once as a `pub const` and lists it in a [`ConstGroup`].
macro_rules! consts {
    ($(#[doc = $gdoc:literal])* $group:ident: $ty:ty { $($(#[doc = $doc:literal])* $name:ident = $value:expr;)* }) => {
        $($(#[doc = $doc])* pub const $name: $ty = $value;)*
        $(#[doc = $gdoc])*
        pub const $group: ConstGroup = ConstGroup {
            doc: concat!($($gdoc),*),
            consts: &[$(Const { name: stringify!($name), value: $name as u64, doc: concat!($($doc),*) }),*],
        };
    };
}

consts! {
    /// Interception codes in `icptr` (v1–v4).
    ICPTR_CODES: u8 {
        /// Nothing to do; re-enter.
        SAE_ICPTR_SPURIOUS = 0x00;
        /// Validity interception; reason in `vir`.
        SAE_ICPTR_VALIDITY = 0x01;
        /// Host-access exception; details in `hai`.
        SAE_ICPTR_HOST_ACCESS_EXCEPTION = 0x02;
        /// Synchronous guest exception; details in `trap`.
        SAE_ICPTR_SYNCHRONOUS_EXCEPTION = 0x03;
        /// Timer; reason in `tir`.
        SAE_ICPTR_TIMER = 0x04;
        /// Processing-element inter-communication.
        SAE_ICPTR_PE_INTERCOMM = 0x05;
        /// Guest address size.
        SAE_ICPTR_GUEST_ADDRESS_SIZE = 0x06;
        /// Stop.
        SAE_ICPTR_STOP = 0x07;
        /// System register (SAE_ICPTR_MIO_ADDRESS in the kvms390 tree).
        SAE_ICPTR_SYSTEM_REGISTER = 0x08;
        /// PMU.
        SAE_ICPTR_PMU = 0x09;
        /// Maintenance.
        SAE_ICPTR_MAINTENANCE = 0x0a;
    }
}

consts! {
    /// Validity-interception reasons in `vir` (v2–v4; absent from a later header variant).
    VIR_CODES: u16 {
        /// Unknown reason.
        SAE_VIR_UNKNOWN = 0x00;
        /// Unsupported format.
        SAE_VIR_UNSUPP_FORMAT = 0x01;
        /// MSO bounds.
        SAE_VIR_MSO_BOUNDS = 0x02;
        /// MSL address.
        SAE_VIR_MSLA = 0x03;
        /// Maximum guest physical address size.
        SAE_VIR_MGPAS = 0x04;
        /// Invalid system register.
        SAE_VIR_INVAL_SYSREG = 0x05;
        /// Host control.
        SAE_VIR_HOST_CONTROL = 0x06;
        /// System control area.
        SAE_VIR_SCA = 0x07;
        /// MSO alignment.
        SAE_VIR_MSO_ALIGN = 0x08;
        /// HLC.
        SAE_VIR_HLC = 0x09;
        /// Interrupt control (v1 spelled it SEA_VIR_IRPTC).
        SAE_VIR_IRPTC = 0x0a;
    }
}

consts! {
    /// Timer-interception reason bits in `tir` (Linux BIT() numbering, LSB 0).
    TIR_BITS: u8 {
        /// The virtual timer (CNTV) fired.
        SAE_IR_TIMER_ID_VIRT = 1 << 6;
        /// The physical timer (CNTP) fired.
        SAE_IR_TIMER_ID_PHYS = 1 << 7;
    }
}

consts! {
    /// Formats and status bits.
    FORMATS: u16 {
        /// `sdf`: state-description format 0.
        SAE_SD_FORMAT_0 = 0x00;
        /// `saf`: save-area format 0.
        SAE_SAVE_AREA_FORMAT_0 = 0x00;
        /// `sas`: the save area holds valid contents (BIT(0)).
        SAE_SAS_VALID = 1 << 0;
    }
}

consts! {
    /// EASR/SASR M4 flags (0 while the vCPU is loaded between LASRM and STIASRM).
    ASR_FLAGS: u8 {
        /// SASR M4: operate on the in-memory save area.
        SASR_FLAG_INITIALIZED = 0x8;
        /// EASR M4: operate on the in-memory save area.
        EASR_FLAG_SA = 0x8;
    }
}

consts! {
    /// QAAF function codes (GR0).
    QAAF_FUNCTIONS: u8 {
        /// Query model capabilities: store `struct qaaf_qmc_block`.
        QAAF_FC_QMC = 1;
        /// Get the initial save area (kvms390 tree only, not posted).
        QAAF_FC_GISRSA = 2;
    }
}

consts! {
    /// QAAF register indices into `qaaf_qmc_block.regs[]`.
    QAAF_REGS: u16 {
        /// MIDR_EL1.
        QAAF_REG_MIDR_EL1 = 0x02;
        /// MPIDR_EL1.
        QAAF_REG_MPIDR_EL1 = 0x07;
        /// REVIDR_EL1.
        QAAF_REG_REVIDR_EL1 = 0x08;
        /// ID_PFR0_EL1.
        QAAF_REG_ID_PFR0_EL1 = 0x0a;
        /// ID_PFR1_EL1.
        QAAF_REG_ID_PFR1_EL1 = 0x0b;
        /// ID_DFR0_EL1.
        QAAF_REG_ID_DFR0_EL1 = 0x0c;
        /// ID_AFR0_EL1.
        QAAF_REG_ID_AFR0_EL1 = 0x0d;
        /// ID_MMFR0_EL1.
        QAAF_REG_ID_MMFR0_EL1 = 0x0e;
        /// ID_MMFR1_EL1.
        QAAF_REG_ID_MMFR1_EL1 = 0x0f;
        /// ID_MMFR2_EL1.
        QAAF_REG_ID_MMFR2_EL1 = 0x10;
        /// ID_MMFR3_EL1.
        QAAF_REG_ID_MMFR3_EL1 = 0x11;
        /// ID_ISAR0_EL1.
        QAAF_REG_ID_ISAR0_EL1 = 0x12;
        /// ID_ISAR1_EL1.
        QAAF_REG_ID_ISAR1_EL1 = 0x13;
        /// ID_ISAR2_EL1.
        QAAF_REG_ID_ISAR2_EL1 = 0x14;
        /// ID_ISAR3_EL1.
        QAAF_REG_ID_ISAR3_EL1 = 0x15;
        /// ID_ISAR4_EL1.
        QAAF_REG_ID_ISAR4_EL1 = 0x16;
        /// ID_ISAR5_EL1.
        QAAF_REG_ID_ISAR5_EL1 = 0x17;
        /// ID_MMFR4_EL1.
        QAAF_REG_ID_MMFR4_EL1 = 0x18;
        /// ID_ISAR6_EL1.
        QAAF_REG_ID_ISAR6_EL1 = 0x19;
        /// MVFR0_EL1.
        QAAF_REG_MVFR0_EL1 = 0x1a;
        /// MVFR1_EL1.
        QAAF_REG_MVFR1_EL1 = 0x1b;
        /// MVFR2_EL1.
        QAAF_REG_MVFR2_EL1 = 0x1c;
        /// ID_PFR2_EL1.
        QAAF_REG_ID_PFR2_EL1 = 0x1e;
        /// ID_DFR1_EL1.
        QAAF_REG_ID_DFR1_EL1 = 0x1f;
        /// ID_MMFR5_EL1.
        QAAF_REG_ID_MMFR5_EL1 = 0x20;
        /// ID_AA64PFR0_EL1.
        QAAF_REG_ID_AA64PFR0_EL1 = 0x22;
        /// ID_AA64PFR1_EL1.
        QAAF_REG_ID_AA64PFR1_EL1 = 0x23;
        /// ID_AA64PFR2_EL1.
        QAAF_REG_ID_AA64PFR2_EL1 = 0x24;
        /// ID_AA64ZFR0_EL1.
        QAAF_REG_ID_AA64ZFR0_EL1 = 0x26;
        /// ID_AA64SMFR0_EL1.
        QAAF_REG_ID_AA64SMFR0_EL1 = 0x27;
        /// ID_AA64FPFR0_EL1.
        QAAF_REG_ID_AA64FPFR0_EL1 = 0x29;
        /// ID_AA64DFR0_EL1.
        QAAF_REG_ID_AA64DFR0_EL1 = 0x2a;
        /// ID_AA64DFR1_EL1.
        QAAF_REG_ID_AA64DFR1_EL1 = 0x2b;
        /// ID_AA64DFR2_EL1.
        QAAF_REG_ID_AA64DFR2_EL1 = 0x2c;
        /// ID_AA64AFR0_EL1.
        QAAF_REG_ID_AA64AFR0_EL1 = 0x2e;
        /// ID_AA64AFR1_EL1.
        QAAF_REG_ID_AA64AFR1_EL1 = 0x2f;
        /// ID_AA64ISAR0_EL1.
        QAAF_REG_ID_AA64ISAR0_EL1 = 0x32;
        /// ID_AA64ISAR1_EL1.
        QAAF_REG_ID_AA64ISAR1_EL1 = 0x33;
        /// ID_AA64ISAR2_EL1.
        QAAF_REG_ID_AA64ISAR2_EL1 = 0x34;
        /// ID_AA64ISAR3_EL1.
        QAAF_REG_ID_AA64ISAR3_EL1 = 0x35;
        /// ID_AA64MMFR0_EL1.
        QAAF_REG_ID_AA64MMFR0_EL1 = 0x3a;
        /// ID_AA64MMFR1_EL1.
        QAAF_REG_ID_AA64MMFR1_EL1 = 0x3b;
        /// ID_AA64MMFR2_EL1.
        QAAF_REG_ID_AA64MMFR2_EL1 = 0x3c;
        /// ID_AA64MMFR3_EL1.
        QAAF_REG_ID_AA64MMFR3_EL1 = 0x3d;
        /// ID_AA64MMFR4_EL1.
        QAAF_REG_ID_AA64MMFR4_EL1 = 0x3e;
        /// CNTFRQ_EL0.
        QAAF_REG_CNTFRQ_EL0 = 0x42;
        /// CTR_EL0.
        QAAF_REG_CTR_EL0 = 0x43;
        /// AIDR_EL1 (kvms390 tree only, not posted).
        QAAF_REG_AIDR_EL1 = 0x44;
        /// Interrupt-controller capabilities (not an Arm register).
        QAAF_IRPTC = 0x4a;
        /// ICH_VTR_EL2.
        QAAF_REG_ICH_VTR_EL2 = 0x4c;
        /// GIC attributes (not an Arm register).
        QAAF_GIC_ATTR = 0x4d;
        /// PMMIR_EL1.
        QAAF_REG_PMMIR_EL1 = 0x52;
        /// PMCR_EL0.
        QAAF_REG_PMCR_EL0 = 0x53;
        /// PMCEID0_EL0.
        QAAF_REG_PMCEID0_EL0 = 0x54;
        /// PMCEID1_EL0.
        QAAF_REG_PMCEID1_EL0 = 0x55;
    }
}

/// Every constant group, in header order.
pub const CONST_GROUPS: &[ConstGroup] = &[
    ICPTR_CODES,
    VIR_CODES,
    TIR_BITS,
    FORMATS,
    ASR_FLAGS,
    QAAF_FUNCTIONS,
    QAAF_REGS,
];

/// The patch-set versions this layout models.
pub const MODELLED_VERSIONS: &str = "v2-v4";
