# shellcheck shell=bash
# Debian's own Rust toolchain (rustc-web / cargo-web from bookworm), unpacked under target/
# without installing anything system-wide; used for the s390x cross test and the MSRV build.
# Source this file (after scripts/lib/debian.sh), then:
#
#   drust_init                 resolve the version, fetch and unpack it once; sets
#                              DRUST_VERSION (Debian version), DRUST_ROOT (the unpacked tree),
#                              DRUST_CARGO and DRUST_RUSTC
#   drust_env                  prints the `env` arguments that run that cargo/rustc
#
# The version is the one Debian ships libstd-rust-web-dev for s390x at (bookworm-security has
# newer amd64 compilers but no s390x standard library for them), so the x86_64 compiler and
# the s390x standard library always match. The .debs are cached in
# target/debian/<suites>-<archs>/debs; the unpacked tree is target/debian-rust/<version>/ and
# carries a .complete stamp.

drust_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# amd64 packages unpacked into the tree besides the toolchain: the shared libraries that
# rustc-web and cargo-web link and that a base Debian system does not carry.
drust_libs=(libllvm19 libhttp-parser2.9 libpcre3)

drust_init() {
  deb_init "bookworm bookworm-security" "amd64 s390x" || return 1
  DRUST_VERSION=$(deb_version libstd-rust-web-dev:s390x)
  if [ -z "$DRUST_VERSION" ]; then
    echo "debian-rust.sh: Debian bookworm offers no libstd-rust-web-dev:s390x" >&2
    return 1
  fi
  local series
  series=$(echo "$DRUST_VERSION" | sed -E 's/^([0-9]+\.[0-9]+).*/\1/')
  DRUST_ROOT=$drust_root/target/debian-rust/$DRUST_VERSION
  DRUST_CARGO=$DRUST_ROOT/usr/bin/cargo
  DRUST_RUSTC=$DRUST_ROOT/usr/bin/rustc
  [ -f "$DRUST_ROOT/.complete" ] && return 0

  local debs=$DEB_DIR/debs p
  local pkgs=(rustc-web cargo-web "libstd-rust-web-$series" libstd-rust-web-dev
    libstd-rust-web-dev:s390x "libstd-rust-web-$series:s390x")
  for p in "${pkgs[@]}"; do
    deb_download "$debs" "$p=$DRUST_VERSION" || {
      echo "debian-rust.sh: $p $DRUST_VERSION cannot be had; no Rust $series toolchain" >&2
      return 1
    }
  done
  for p in "${drust_libs[@]}"; do
    deb_download "$debs" "$p:amd64" || return 1
  done
  rm -rf "$DRUST_ROOT"
  mkdir -p "$DRUST_ROOT"
  local names=() n v
  for p in "${pkgs[@]}"; do
    n=${p%%:*}
    names+=("$debs/${n}_${DRUST_VERSION//:/%3a}_$([ "$n" = "$p" ] && echo amd64 || echo "${p#*:}").deb")
  done
  for p in "${drust_libs[@]}"; do
    v=$(deb_version "$p:amd64")
    names+=("$debs/${p}_${v//:/%3a}_amd64.deb")
  done
  for n in "${names[@]}"; do dpkg-deb -x "$n" "$DRUST_ROOT" || return 1; done
  local missing
  missing=$(env "$(drust_ld_path)" ldd "$DRUST_RUSTC" "$DRUST_CARGO" "$DRUST_ROOT"/usr/lib/x86_64-linux-gnu/librustc_driver-*.so 2>&1 | grep 'not found' | sort -u || true)
  if [ -n "$missing" ]; then
    echo "debian-rust.sh: the unpacked toolchain lacks shared libraries (install their packages):" >&2
    echo "$missing" >&2
    return 1
  fi
  touch "$DRUST_ROOT/.complete"
}

drust_ld_path() {
  echo "LD_LIBRARY_PATH=$DRUST_ROOT/usr/lib/x86_64-linux-gnu:$DRUST_ROOT/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
}

# The environment for running the unpacked cargo: its rustc/rustdoc, its libraries, and no
# rustup toolchain override leaking in from a calling cargo.
drust_env() {
  echo "$(drust_ld_path)"
  echo "PATH=$DRUST_ROOT/usr/bin:$PATH"
  echo "RUSTC=$DRUST_RUSTC"
  echo "RUSTDOC=$DRUST_ROOT/usr/bin/rustdoc"
  echo "CARGO=$DRUST_CARGO"
}
