//! The userspace SMCCC filter (`KVM_ARM_VM_SMCCC_FILTER`, Linux 6.4+): sorted, disjoint
//! function-id ranges with an action each, in a fixed-capacity table with O(log n) lookup.

use arm64_uapi::kvm::{
    KVM_SMCCC_FILTER_DENY, KVM_SMCCC_FILTER_FWD_TO_USER, KVM_SMCCC_FILTER_HANDLE, kvm_smccc_filter,
};
use arm64_uapi::smccc::{FAST_CALL, FUNC_MASK, FunctionId, SMC_32, SMC_64, owner};

use crate::errno::Errno;

/// `enum kvm_smccc_filter_action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[repr(u8)]
pub enum FilterAction {
    /// `KVM_SMCCC_FILTER_HANDLE`: KVM's own handling (also the answer outside every range).
    Handle = KVM_SMCCC_FILTER_HANDLE,
    /// `KVM_SMCCC_FILTER_DENY`: NOT_SUPPORTED in X0, X1–X3 = 0.
    Deny = KVM_SMCCC_FILTER_DENY,
    /// `KVM_SMCCC_FILTER_FWD_TO_USER`: exit to the VMM with `KVM_EXIT_HYPERCALL`.
    FwdToUser = KVM_SMCCC_FILTER_FWD_TO_USER,
}

impl FilterAction {
    /// The action with uapi value `v` (values ≥ `NR_SMCCC_FILTER_ACTIONS` are `None`).
    pub const fn from_u8(v: u8) -> Option<FilterAction> {
        match v {
            KVM_SMCCC_FILTER_HANDLE => Some(FilterAction::Handle),
            KVM_SMCCC_FILTER_DENY => Some(FilterAction::Deny),
            KVM_SMCCC_FILTER_FWD_TO_USER => Some(FilterAction::FwdToUser),
            _ => None,
        }
    }
}

impl From<FilterAction> for u8 {
    fn from(a: FilterAction) -> u8 {
        a as u8
    }
}

/// The wire form of a `KVM_ARM_VM_SMCCC_FILTER` request: `struct kvm_smccc_filter` from
/// [`arm64_uapi::kvm`] (24 bytes, host byte order). [`FilterRange::try_from`] validates it.
pub type SmcccFilter = kvm_smccc_filter;

/// A validated filter request: the inclusive range and its action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FilterRange {
    /// First function id.
    pub first: u32,
    /// Last function id (inclusive, `>= first`).
    pub last: u32,
    /// The action.
    pub action: FilterAction,
}

impl TryFrom<&kvm_smccc_filter> for FilterRange {
    type Error = Errno;

    /// KVM's argument checks, in KVM's order: non-zero pad, then an empty or wrapping range
    /// or an unknown action, each `EINVAL`.
    fn try_from(f: &kvm_smccc_filter) -> Result<Self, Errno> {
        if f.pad.iter().any(|&b| b != 0) {
            return Err(Errno::Inval);
        }
        let first = f.base;
        // KVM computes the end in u32 and refuses an empty range before it can wrap
        // (`!filter.nr_functions`, Linux 7.2 and 6.12 `hypercalls.c`).
        let last = first.wrapping_add(f.nr_functions).wrapping_sub(1);
        let action = FilterAction::from_u8(f.action);
        match action.filter(|_| f.nr_functions != 0 && last >= first) {
            Some(action) => Ok(FilterRange {
                first,
                last,
                action,
            }),
            None => Err(Errno::Inval),
        }
    }
}

/// The architecture-call ranges KVM reserves as HANDLE on the first insertion, so userspace
/// can never misrepresent the Spectre mitigation state.
pub const RESERVED: [(u32, u32); 2] = [
    (
        FunctionId::smccc(FAST_CALL, SMC_32, owner::ARCH, 0).0,
        FunctionId::smccc(FAST_CALL, SMC_32, owner::ARCH, FUNC_MASK).0,
    ),
    (
        FunctionId::smccc(FAST_CALL, SMC_64, owner::ARCH, 0).0,
        FunctionId::smccc(FAST_CALL, SMC_64, owner::ARCH, FUNC_MASK).0,
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Range {
    first: u32,
    last: u32,
    action: FilterAction,
}

const EMPTY: Range = Range {
    first: 0,
    last: 0,
    action: FilterAction::Handle,
};

/// KVM's filter maple tree as a sorted array of at most `N` disjoint ranges (the two
/// reserved ranges count). Never allocates; lookup is a binary search.
///
/// A capacity too small for the reserved ranges plus one is refused at compile time:
///
/// ```compile_fail
/// let f = smccc_dispatch::Filter::<2>::new();
/// ```
#[derive(Debug, Clone)]
pub struct Filter<const N: usize> {
    ranges: [Range; N],
    len: usize,
}

impl<const N: usize> Default for Filter<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Filter<N> {
    /// An unconfigured filter: everything is HANDLE. A capacity that cannot hold the
    /// reserved ranges and one more is a compile-time error.
    pub const fn new() -> Self {
        const {
            assert!(
                N > RESERVED.len(),
                "a filter holds the reserved ranges and at least one more"
            )
        };
        Filter {
            ranges: [EMPTY; N],
            len: 0,
        }
    }

    /// True once a range was inserted (or attempted: KVM keeps the reserved ranges).
    pub const fn is_configured(&self) -> bool {
        self.len != 0
    }

    fn slice(&self) -> &[Range] {
        self.ranges.get(..self.len).unwrap_or(&[])
    }

    /// The ranges, sorted: `(first, last, action)`, inclusive.
    pub fn ranges(&self) -> impl Iterator<Item = (u32, u32, FilterAction)> + '_ {
        self.slice().iter().map(|r| (r.first, r.last, r.action))
    }

    /// The action for function id `id` (KVM `kvm_smccc_filter_get_action`).
    #[inline]
    pub fn action(&self, id: u32) -> FilterAction {
        let rs = self.slice();
        let p = rs.partition_point(|r| r.first <= id);
        match p.checked_sub(1).and_then(|i| rs.get(i)) {
            Some(r) if id <= r.last => r.action,
            _ => FilterAction::Handle,
        }
    }

    /// Insert `[first, last]` unless it overlaps (`EEXIST`) or the table is full (`ENOMEM`).
    fn insert_range(&mut self, first: u32, last: u32, action: FilterAction) -> Result<(), Errno> {
        let len = self.len;
        let p = self.slice().partition_point(|r| r.first <= first);
        let prev = p.checked_sub(1).and_then(|i| self.slice().get(i));
        if prev.is_some_and(|r| r.last >= first) {
            return Err(Errno::Exist);
        }
        if self.slice().get(p).is_some_and(|r| r.first <= last) {
            return Err(Errno::Exist);
        }
        let end = len.checked_add(1).ok_or(Errno::NoMem)?;
        let tail = self.ranges.get_mut(p..end).ok_or(Errno::NoMem)?;
        tail.rotate_right(1);
        if let Some(slot) = tail.first_mut() {
            *slot = Range {
                first,
                last,
                action,
            };
        }
        self.len = end;
        Ok(())
    }

    /// `KVM_SET_DEVICE_ATTR(KVM_ARM_VM_SMCCC_FILTER)` with KVM's checks in KVM's order:
    /// non-zero pad, empty or wrapping range, or unknown action → `EINVAL`; the VM already
    /// ran → `EBUSY`; overlap with a range or the reserved architecture ranges → `EEXIST`.
    pub fn insert(&mut self, f: &SmcccFilter, vm_has_run: bool) -> Result<(), Errno> {
        let FilterRange {
            first,
            last,
            action,
        } = FilterRange::try_from(f)?;
        if vm_has_run {
            return Err(Errno::Busy);
        }
        if !self.is_configured() {
            // All or nothing (`kvm_smccc_filter_insert_reserved` destroys the tree on failure).
            for (a, b) in RESERVED {
                if let Err(e) = self.insert_range(a, b, FilterAction::Handle) {
                    *self = Self::new();
                    return Err(e);
                }
            }
        }
        self.insert_range(first, last, action)
    }
}
