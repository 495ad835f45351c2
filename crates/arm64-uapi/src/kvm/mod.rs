//! The KVM/arm64 userspace API of Linux 7.2, on any host: ioctl numbers, the structures the
//! arm64 ioctls pass, capabilities, exits, vCPU features, device attributes and the
//! `KVM_{GET,SET}_ONE_REG` register ids.
//!
//! Source: Linux 7.2 `include/uapi/linux/kvm.h` and `arch/arm64/include/uapi/asm/kvm.h`
//! (`GPL-2.0 WITH Linux-syscall-note`): the numbers and layouts are restated here, the text is
//! not copied. Names are the header's (the `kvm-bindings` convention), so code written against
//! `kvm-bindings`' arm64 module ports by changing the path. Items that appeared after Linux
//! 6.12 say so in their documentation and carry `since` in the item tables.
//!
//! Nothing here depends on the compilation target: an s390x or x86_64 VMM gets the arm64 API.
//! Ioctl structures are `#[repr(C)]` in the host's byte order (the kernel copies them as
//! bytes, so on s390x they are big-endian); records the guest reads from its own memory use
//! explicit little-endian types ([`pvclock_vcpu_stolen_time`]). Every structure derives the
//! `zerocopy` traits and has each size, alignment and offset asserted at compile time.
//! C unions are byte storage with typed, copying views (`kvm_run::mmio()`, …): no `unsafe`.
//!
//! Every constant, macro-function, ioctl and structure is defined through a macro that also
//! records it in the tables [`CONSTS`], [`FUNCTIONS`] and [`STRUCTS`], which the tests compile
//! against the kernel's headers with gcc for three ABIs.
#![allow(non_upper_case_globals, non_camel_case_types, non_snake_case)]

/// Where a constant is defined, for the C oracle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Src {
    /// `linux/kvm.h` or the `asm/kvm.h` (arm64) it includes.
    Uapi,
    /// `asm-generic/errno-base.h`.
    Errno,
    /// Kernel-internal (not in any uapi header): cannot be compared with a header.
    Internal,
}

/// One constant (`#define` or enumerator) of the uapi, as recorded by its definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UapiConst {
    /// The header's name.
    pub name: &'static str,
    /// The value as C's `(unsigned long long)NAME` (negative values sign-extended).
    pub value: u64,
    /// The header that defines it.
    pub src: Src,
    /// `Some` when Linux 6.12 lacks it: the release that added it if known, else `">6.12"`.
    pub since: Option<&'static str>,
}

/// One function-like macro of the uapi, with sample evaluations of its Rust form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UapiFunction {
    /// The header's macro name (the Rust `const fn` has the same name).
    pub name: &'static str,
    /// `(C argument list, Rust result)` pairs.
    pub cases: &'static [(&'static str, u64)],
}

/// One member of a [`UapiStruct`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UapiField {
    /// The Rust field name.
    pub name: &'static str,
    /// The C member designator relative to the structure (empty: Rust-only explicit padding
    /// that C leaves implicit).
    pub c_name: &'static str,
    /// Offset in bytes from the start of the Rust structure.
    pub offset: usize,
    /// Size in bytes.
    pub size: usize,
}

/// The layout of one structure, as recorded by its definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UapiStruct {
    /// The Rust type name.
    pub name: &'static str,
    /// The C type that holds it (`struct kvm_run` for a `kvm_run` union member).
    pub c_type: &'static str,
    /// The C member designator of this structure inside `c_type` (`mmio`), or empty when
    /// the structure is `c_type` itself.
    pub c_member: &'static str,
    /// Offset of this structure inside `c_type` (0 when it is `c_type`).
    pub base: usize,
    /// `size_of` (equal to C's `sizeof`).
    pub size: usize,
    /// `align_of` on the compiling host.
    pub align: usize,
    /// The members.
    pub fields: &'static [UapiField],
    /// `Some` when Linux 6.12 lacks it: the release that added it if known, else `">6.12"`.
    pub since: Option<&'static str>,
}

macro_rules! since_opt {
    () => {
        None
    };
    ($s:literal) => {
        Some($s)
    };
}

macro_rules! c_name {
    ($f:ident) => {
        stringify!($f)
    };
    ($f:ident, $c:literal) => {
        $c
    };
}

/// Define constants and the table listing them: `NAME: type = value [=> "since"];`.
macro_rules! uapi_consts {
    ($table:ident, $src:expr; $( $(#[$m:meta])* $name:ident : $ty:ty = $val:expr $(=> $since:literal)? ; )*) => {
        $(
            $(#[$m])*
            $( #[doc = concat!("\n\nNot in Linux 6.12 (added: ", $since, ").")] )?
            pub const $name: $ty = $val;
        )*
        /// The constants of this group, for the C oracle.
        pub const $table: &[$crate::kvm::UapiConst] = &[
            $( $crate::kvm::UapiConst {
                name: stringify!($name),
                value: $name as u64,
                src: $src,
                since: since_opt!($($since)?),
            }, )*
        ];
    };
}

/// Define `const fn`s named like the header's function-like macros, and their table with
/// sample evaluations: `fn NAME(args) -> T { body } [(a, b) (c, d)]`.
macro_rules! uapi_fns {
    ($table:ident; $( $(#[$m:meta])* fn $name:ident ( $($arg:ident : $aty:ty),* ) -> $ret:ty $body:block [ $( ( $($v:expr),* ) )* ] )*) => {
        $( $(#[$m])* pub const fn $name($($arg: $aty),*) -> $ret $body )*
        /// The function-like macros of this group, for the C oracle.
        pub const $table: &[$crate::kvm::UapiFunction] = &[
            $( $crate::kvm::UapiFunction {
                name: stringify!($name),
                cases: &[ $( (stringify!(($($v),*)), $name($($v),*) as u64), )* ],
            }, )*
        ];
    };
}

/// Define `#[repr(C)]` zerocopy structures with asserted layouts and their table entries.
///
/// `struct NAME [size, align] [in "C type", "C member", base;] [since "x.y";] { field: T [offset(, "C name")], … }`
macro_rules! uapi_struct {
    (
        $(#[$m:meta])*
        struct $name:ident [$size:expr, $align:expr] in $ctype:expr, $cmember:literal, $base:expr;
        $(since $since:literal;)?
        { $( $(#[$fm:meta])* $f:ident : $ft:ty [$off:expr $(, $cf:literal)?] ),* $(,)? }
    ) => {
        $(#[$m])*
        $( #[doc = concat!("\n\nNot in Linux 6.12 (added: ", $since, ").")] )?
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[derive(zerocopy::FromBytes, zerocopy::IntoBytes, zerocopy::Immutable, zerocopy::KnownLayout)]
        #[repr(C)]
        pub struct $name { $( $(#[$fm])* pub $f: $ft, )* }

        impl Default for $name {
            fn default() -> Self {
                <Self as zerocopy::FromZeros>::new_zeroed()
            }
        }

        impl $name {
            /// The layout record of this structure (see [`STRUCTS`](crate::kvm::STRUCTS)).
            pub const LAYOUT: $crate::kvm::UapiStruct = $crate::kvm::UapiStruct {
                name: stringify!($name),
                c_type: $ctype,
                c_member: $cmember,
                base: $base,
                size: core::mem::size_of::<$name>(),
                align: core::mem::align_of::<$name>(),
                fields: &[ $( $crate::kvm::UapiField {
                    name: stringify!($f),
                    c_name: c_name!($f $(, $cf)?),
                    offset: core::mem::offset_of!($name, $f),
                    size: core::mem::size_of::<$ft>(),
                }, )* ],
                since: since_opt!($($since)?),
            };
        }

        const _: () = {
            assert!(core::mem::size_of::<$name>() == $size);
            assert!(core::mem::align_of::<$name>() == $align);
            $( assert!(core::mem::offset_of!($name, $f) == $off); )*
        };
    };
    (
        $(#[$m:meta])*
        struct $name:ident [$size:expr, $align:expr] $(since $since:literal;)?
        { $($body:tt)* }
    ) => {
        uapi_struct! {
            $(#[$m])*
            struct $name [$size, $align] in concat!("struct ", stringify!($name)), "", 0; $(since $since;)? { $($body)* }
        }
    };
}

mod consts;
mod ioctls;
mod regs;
mod run;
mod structs;

pub use consts::*;
pub use ioctls::*;
pub use regs::*;
pub use run::*;
pub use structs::*;

/// Every constant group, for the C oracle and the coverage check.
pub const CONSTS: &[&[UapiConst]] = &[
    regs::REG_CONSTS,
    regs::FW_CONSTS,
    regs::SVE_CONSTS,
    consts::GENERAL,
    consts::CAPS,
    consts::EXITS,
    consts::SYSTEM_EVENTS,
    consts::MP_STATES,
    consts::ARM64,
    consts::DEVICES,
    consts::VGIC,
    consts::VCPU_ATTRS,
    consts::IRQ,
    consts::ERRNO,
    consts::INTERNAL,
    ioctls::IOC_CONSTS,
    ioctls::IOCTLS,
];

/// Every function-like macro, for the C oracle.
pub const FUNCTIONS: &[&[UapiFunction]] = &[regs::REG_FNS, consts::FNS, ioctls::IOC_FNS];

/// Every structure layout, for the C oracle.
pub const STRUCTS: &[UapiStruct] = &[
    user_pt_regs::LAYOUT,
    user_fpsimd_state::LAYOUT,
    kvm_regs::LAYOUT,
    kvm_vcpu_init::LAYOUT,
    kvm_one_reg::LAYOUT,
    kvm_reg_list::LAYOUT,
    kvm_device_attr::LAYOUT,
    kvm_create_device::LAYOUT,
    kvm_arm_device_addr::LAYOUT,
    kvm_vcpu_events_exception::LAYOUT,
    kvm_vcpu_events::LAYOUT,
    kvm_smccc_filter::LAYOUT,
    kvm_arm_counter_offset::LAYOUT,
    reg_mask_range::LAYOUT,
    kvm_arm_copy_mte_tags::LAYOUT,
    kvm_guest_debug_arch::LAYOUT,
    kvm_guest_debug::LAYOUT,
    kvm_debug_exit_arch::LAYOUT,
    kvm_sync_regs::LAYOUT,
    kvm_pmu_event_filter::LAYOUT,
    kvm_mp_state::LAYOUT,
    kvm_sregs::LAYOUT,
    kvm_fpu::LAYOUT,
    kvm_userspace_memory_region::LAYOUT,
    kvm_userspace_memory_region2::LAYOUT,
    kvm_irq_level::LAYOUT,
    kvm_coalesced_mmio_zone::LAYOUT,
    kvm_coalesced_mmio::LAYOUT,
    kvm_coalesced_mmio_ring::LAYOUT,
    kvm_dirty_log::LAYOUT,
    kvm_clear_dirty_log::LAYOUT,
    kvm_signal_mask::LAYOUT,
    kvm_ioeventfd::LAYOUT,
    kvm_enable_cap::LAYOUT,
    kvm_irq_routing_irqchip::LAYOUT,
    kvm_irq_routing_msi::LAYOUT,
    kvm_irq_routing_entry::LAYOUT,
    kvm_irq_routing::LAYOUT,
    kvm_irqfd::LAYOUT,
    kvm_msi::LAYOUT,
    kvm_dirty_gfn::LAYOUT,
    kvm_stats_header::LAYOUT,
    kvm_stats_desc::LAYOUT,
    kvm_create_guest_memfd::LAYOUT,
    kvm_pre_fault_memory::LAYOUT,
    kvm_run::LAYOUT,
    kvm_run_hw::LAYOUT,
    kvm_run_fail_entry::LAYOUT,
    kvm_run_debug::LAYOUT,
    kvm_run_mmio::LAYOUT,
    kvm_run_hypercall::LAYOUT,
    kvm_run_system_event::LAYOUT,
    kvm_run_arm_nisv::LAYOUT,
    kvm_run_memory_fault::LAYOUT,
    kvm_run_arm_sea::LAYOUT,
    kvm_run_s::LAYOUT,
];
