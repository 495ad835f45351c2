//! Safe conversion of the uapi structures to and from their bytes, without `unsafe` and
//! without a proc-macro dependency: [`Bytes`] is implemented for the integers, for arrays and
//! (by the structure macro) for every structure, field by field at its asserted offset. The
//! KVM ioctls copy these structures as bytes in the host's byte order (`_ne`); guest-memory
//! records use the explicit little-endian [`Le32`]/[`Le64`].
//!
//! With the `zerocopy` feature the structures also derive `zerocopy`'s traits; both agree
//! byte for byte (the crate's tests compare them).

/// A uapi type that is a fixed number of bytes with no padding: every structure of
/// [`kvm`](crate::kvm), the integers and arrays of them.
pub trait Bytes: Copy {
    /// `size_of::<Self>()`: the number of bytes read and written.
    const SIZE: usize;
    /// The all-zero value (what the kernel's `memset(0)` gives).
    const ZERO: Self;
    /// The value whose host-order bytes start `bytes`; `None` if `bytes` is shorter than
    /// [`SIZE`](Self::SIZE).
    fn read_ne(bytes: &[u8]) -> Option<Self>;
    /// Write the host-order bytes of `self` to the start of `bytes`; `None` (and `bytes`
    /// unchanged) if `bytes` is shorter than [`SIZE`](Self::SIZE).
    fn write_ne(&self, bytes: &mut [u8]) -> Option<()>;
}

macro_rules! int_bytes {
    ($($t:ty),*) => {$(
        // The uapi structures are the host's: native byte order is the ABI here.
        #[allow(clippy::host_endian_bytes)]
        impl Bytes for $t {
            const SIZE: usize = core::mem::size_of::<$t>();
            const ZERO: Self = 0;
            #[inline]
            fn read_ne(bytes: &[u8]) -> Option<Self> {
                Some(<$t>::from_ne_bytes(bytes.get(..Self::SIZE)?.try_into().ok()?))
            }
            #[inline]
            fn write_ne(&self, bytes: &mut [u8]) -> Option<()> {
                bytes.get_mut(..Self::SIZE)?.copy_from_slice(&self.to_ne_bytes());
                Some(())
            }
        }
    )*};
}

int_bytes!(u8, u16, u32, u64, u128, i8, i16, i32, i64);

impl<T: Bytes, const N: usize> Bytes for [T; N] {
    const SIZE: usize = core::mem::size_of::<Self>();
    const ZERO: Self = [T::ZERO; N];
    fn read_ne(bytes: &[u8]) -> Option<Self> {
        let bytes = bytes.get(..Self::SIZE)?;
        let mut out = Self::ZERO;
        let mut at = 0usize;
        for o in &mut out {
            *o = T::read_ne(bytes.get(at..)?)?;
            at = at.checked_add(T::SIZE)?;
        }
        Some(out)
    }
    fn write_ne(&self, bytes: &mut [u8]) -> Option<()> {
        let bytes = bytes.get_mut(..Self::SIZE)?;
        let mut at = 0usize;
        for v in self {
            v.write_ne(bytes.get_mut(at..)?)?;
            at = at.checked_add(T::SIZE)?;
        }
        Some(())
    }
}

macro_rules! le {
    ($name:ident, $t:ty, $n:literal, $c:literal) => {
        #[doc = concat!("A `", $c, "`: a little-endian `", stringify!($t), "` in guest memory, ")]
        #[doc = "stored as its bytes (alignment 1) so that it reads the same on every host."]
        #[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
        #[cfg_attr(
            feature = "zerocopy",
            derive(
                zerocopy::FromBytes,
                zerocopy::IntoBytes,
                zerocopy::Immutable,
                zerocopy::KnownLayout,
                zerocopy::Unaligned
            )
        )]
        #[repr(transparent)]
        pub struct $name([u8; $n]);

        impl $name {
            /// The little-endian representation of `v`.
            pub const fn new(v: $t) -> Self {
                Self(v.to_le_bytes())
            }
            /// The value.
            pub const fn get(self) -> $t {
                <$t>::from_le_bytes(self.0)
            }
            /// Store `v`.
            pub fn set(&mut self, v: $t) {
                *self = Self::new(v);
            }
        }

        impl From<$t> for $name {
            fn from(v: $t) -> Self {
                Self::new(v)
            }
        }

        impl From<$name> for $t {
            fn from(v: $name) -> Self {
                v.get()
            }
        }

        impl core::fmt::Debug for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                core::fmt::Debug::fmt(&self.get(), f)
            }
        }

        impl Bytes for $name {
            const SIZE: usize = $n;
            const ZERO: Self = Self([0; $n]);
            #[inline]
            fn read_ne(bytes: &[u8]) -> Option<Self> {
                <[u8; $n]>::read_ne(bytes).map(Self)
            }
            #[inline]
            fn write_ne(&self, bytes: &mut [u8]) -> Option<()> {
                self.0.write_ne(bytes)
            }
        }

        const _: () = assert!(core::mem::size_of::<$name>() == $n);
    };
}

le!(Le32, u32, 4, "__le32");
le!(Le64, u64, 8, "__le64");

/// The largest C union the views below serve (`kvm_run`'s 256-byte exit union).
pub(crate) const UNION_BYTES: usize = 256;

/// A C union member read as `T` from the start of the union's storage `u` (zeroes if the
/// storage were ever too small, which the layout assertions rule out).
pub(crate) fn view<U: Bytes, T: Bytes>(u: &U) -> T {
    let mut buf = [0u8; UNION_BYTES];
    u.write_ne(&mut buf)
        .and_then(|()| T::read_ne(&buf))
        .unwrap_or(T::ZERO)
}

/// Store `v` at the start of a C union's storage `u` and zero the rest.
pub(crate) fn store<U: Bytes, T: Bytes>(u: &mut U, v: &T) {
    let mut buf = [0u8; UNION_BYTES];
    *u = v
        .write_ne(&mut buf)
        .and_then(|()| U::read_ne(&buf))
        .unwrap_or(U::ZERO);
}
