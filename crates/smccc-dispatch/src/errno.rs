//! Typed errors of the VMM-facing operations, named after the errno KVM returns.

use arm64_uapi::kvm::{EBUSY, EEXIST, EINVAL, ENOENT, ENOMEM};

/// A failed filter, firmware-register or vCPU-table operation, as the errno KVM returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Errno {
    /// `EINVAL`: malformed argument (filter range, action or pad; register value).
    Inval,
    /// `EEXIST`: filter range overlaps an existing or reserved range.
    Exist,
    /// `EBUSY`: change after the VM first ran.
    Busy,
    /// `ENOENT`: no such firmware register (or not a 64-bit access).
    NoEnt,
    /// `ENOMEM`: the fixed-capacity filter is full (KVM: allocation failure).
    NoMem,
}

impl Errno {
    /// The positive errno value (`include/uapi/asm-generic/errno-base.h`).
    pub const fn errno(self) -> i32 {
        match self {
            Errno::Inval => EINVAL,
            Errno::Exist => EEXIST,
            Errno::Busy => EBUSY,
            Errno::NoEnt => ENOENT,
            Errno::NoMem => ENOMEM,
        }
    }

    /// The errno name, e.g. `"EINVAL"`.
    pub const fn name(self) -> &'static str {
        match self {
            Errno::Inval => "EINVAL",
            Errno::Exist => "EEXIST",
            Errno::Busy => "EBUSY",
            Errno::NoEnt => "ENOENT",
            Errno::NoMem => "ENOMEM",
        }
    }
}

impl core::fmt::Display for Errno {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

impl core::error::Error for Errno {}
