# shellcheck shell=bash
# The real-KVM rig: Debian's arm64 kernels under qemu-system-aarch64 (TCG, EL2 emulated), the
# kvm-replay VMM and the kernel's KVM selftests as the guest's /init. Source this file, then:
#
#   rig_kernel newest|6.12     fetch the kernel (newest: the newest arm64 kernel in Debian sid,
#                              resolved now); sets RIG_IMAGE and RIG_KVERSION (package version)
#   rig_qemu                   fetch/locate qemu-system-aarch64; sets RIG_QEMU and RIG_QEMU_VERSION
#   rig_linux_src              extract the parts of the newest linux-source the rig builds against;
#                              sets RIG_SRC and RIG_SRC_VERSION
#   rig_boot IMAGE INITRD OUT TIMEOUT KEY=VALUE...   boot once; the console goes to OUT
#
# Everything lands under target/kvm-rig (never committed). Debian packages come through
# scripts/lib/debian.sh's private apt state, so the machine's apt and dpkg stay as they are.

rig_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RIG_DIR=${RIG_DIR:-$rig_root/target/kvm-rig}
# shellcheck source=scripts/lib/debian.sh
source "$rig_root/scripts/lib/debian.sh"

rig_log() { echo "kvm-rig: $*" >&2; }

rig_kernel() { # newest|6.12
  local series=$1 pkg deb dir
  case $series in
    newest)
      deb_init sid arm64 || return 1
      # sid moves (7.2 when this was written): the image of its newest series is in
      # linux-binary-X.Y.Z+debN-arm64.
      pkg=$(deb_search '^linux-binary-[0-9]+\.[0-9]+\.[0-9]+\+deb[0-9]+-arm64$' | sort -V | tail -1)
      ;;
    6.12)
      deb_init "bookworm bookworm-security" arm64 || return 1
      pkg=$(apt-cache "${DEB_OPTS[@]}" depends linux-image-6.12-arm64 2>/dev/null |
        awk '/Depends: linux-image-6\.12/ {print $2; exit}')
      ;;
    *)
      rig_log "unknown kernel series $series (newest or 6.12)"
      return 1
      ;;
  esac
  [ -n "$pkg" ] || { rig_log "no arm64 kernel package for $series"; return 1; }
  RIG_KVERSION=$(deb_version "$pkg:arm64")
  dir=$RIG_DIR/kernel-$pkg
  if [ ! -f "$dir/.complete" ]; then
    local pkgs=("$pkg:arm64") p
    # The newest series' kernel configuration is in linux-base-<version>-arm64.
    [ "$series" = newest ] && pkgs+=("${pkg/linux-binary-/linux-base-}:arm64")
    deb_download "$RIG_DIR/debs" "${pkgs[@]}" || return 1
    rm -rf "$dir" && mkdir -p "$dir"
    for p in "${pkgs[@]}"; do
      p=${p%:arm64}
      deb=$(ls "$RIG_DIR/debs/${p}_$(deb_version "$p:arm64" | sed 's/:/%3a/')_arm64.deb")
      dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$dir" --wildcards '*vmlinuz*' '*/config*' 2>/dev/null || true
    done
    touch "$dir/.complete"
  fi
  RIG_IMAGE=$(find "$dir" -name 'vmlinuz*' -type f | head -1)
  RIG_CONFIG=$(find "$dir" -name 'config*' -type f | head -1)
  if [ ! -f "$RIG_CONFIG" ] || ! grep -q '^CONFIG_KVM=y' "$RIG_CONFIG"; then
    rig_log "$pkg: no kernel configuration with CONFIG_KVM=y"
    return 1
  fi
  RIG_KPKG=$pkg
  [ -f "$RIG_IMAGE" ] || { rig_log "no vmlinuz in $pkg"; return 1; }
}

rig_qemu() {
  if [ -z "${RIG_FORCE_LOCAL_QEMU:-}" ] && command -v qemu-system-aarch64 >/dev/null; then
    RIG_QEMU=(qemu-system-aarch64)
  else
    local dir=$RIG_DIR/qemu
    if [ ! -f "$dir/.complete" ]; then
      # qemu-system-arm 7.2 conflicts with a newer qemu-utils where one is installed, so it is
      # unpacked into a folder with the libraries bookworm's default install does not carry.
      deb_init bookworm amd64 || return 1
      local p pkgs=(qemu-system-arm qemu-system-data)
      for p in libaio1 libbpf1 libcapstone4 libfdt1 libfuse3-3 libibverbs1 libnuma1 libpmem1 \
        librdmacm1 libslirp0 liburing2 libvdeplug2 libndctl6 libdaxctl1 libnl-3-200 libnl-route-3-200 \
        libpixman-1-0 libjpeg62-turbo libpng16-16 libsasl2-2 libglib2.0-0 libelf1; do
        pkgs+=("$p")
      done
      deb_download "$RIG_DIR/debs" "${pkgs[@]}" || return 1
      rm -rf "$dir" && mkdir -p "$dir"
      for p in "${pkgs[@]}"; do
        dpkg-deb -x "$(ls "$RIG_DIR/debs/${p}_"*.deb | sort -V | tail -1)" "$dir"
      done
      touch "$dir/.complete"
    fi
    RIG_QEMU=(env "LD_LIBRARY_PATH=$dir/usr/lib/x86_64-linux-gnu:$dir/lib/x86_64-linux-gnu"
      "$dir/usr/bin/qemu-system-aarch64" -L "$dir/usr/share/qemu")
  fi
  RIG_QEMU_VERSION=$("${RIG_QEMU[@]}" --version | head -1)
}

# The parts of Debian's newest linux-source the rig builds against: the uapi headers for
# kvm-replay, the KVM selftests with their library and tools/ headers.
rig_linux_src() {
  deb_init sid amd64 || return 1
  local pkg ver deb dir
  pkg=$(deb_newest_source)
  ver=$(deb_version "$pkg")
  dir=$RIG_DIR/src-$pkg-$ver
  if [ ! -f "$dir/.complete" ]; then
    # The same download scripts/fetch-oracles keeps (one copy of the ~150 MB source).
    deb_download "$DEB_DIR/debs" "$pkg" || return 1
    deb=$(ls "$DEB_DIR/debs/${pkg}_${ver//:/%3a}_all.deb")
    rm -rf "$dir" && mkdir -p "$dir"
    dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards './usr/src/linux-source-*.tar.xz' |
      tar -xJ -C "$dir" --strip-components=1 --wildcards \
        '*/include/uapi' '*/arch/arm64/include/uapi' '*/tools' '*/arch/arm64/kvm' \
        '*/include/linux/arm-smccc.h' '*/include/kvm' '*/arch/arm64/tools' \
        '*/arch/arm64/include/asm/sysreg.h' '*/scripts' '*/Makefile'
    touch "$dir/.complete"
  fi
  RIG_SRC=$dir
  RIG_SRC_VERSION="$pkg $ver"
}

rig_boot() { # IMAGE INITRD OUT TIMEOUT ARGS...
  local image=$1 initrd=$2 out=$3 tmo=$4
  shift 4
  timeout "$tmo" "${RIG_QEMU[@]}" -M virt,virtualization=on,gic-version=3 -cpu max,pauth=off \
    -smp 1 -m 1024 -nographic -no-reboot -nic none -kernel "$image" -initrd "$initrd" \
    -append "console=ttyAMA0 panic=-1 quiet $*" </dev/null >"$out" 2>&1
}

# The uapi headers of the extracted source (`make headers`, no install step needed).
rig_headers() {
  [ -f "$RIG_SRC/usr/include/linux/kvm.h" ] ||
    make -s -C "$RIG_SRC" ARCH=arm64 headers >"$RIG_DIR/headers.log" 2>&1 || {
    rig_log "make headers failed:"
    tail -20 "$RIG_DIR/headers.log" >&2
    return 1
  }
}

# tests/kvm-replay, static aarch64, against the newest uapi headers; sets RIG_VMM.
rig_build_vmm() {
  rig_headers || return 1
  local src=$rig_root/tests/kvm-replay/kvm-replay.c
  RIG_VMM=$RIG_DIR/build/kvm-replay
  mkdir -p "$RIG_DIR/build"
  if [ ! -f "$RIG_VMM" ] || [ "$src" -nt "$RIG_VMM" ]; then
    aarch64-linux-gnu-gcc -static -O2 -Wall -Wextra -Werror -I "$RIG_SRC/usr/include" \
      -o "$RIG_VMM" "$src" || return 1
  fi
}

# The kernel's own KVM selftests smccc_filter, psci_test and hypercalls (arm64), static, from
# the extracted linux-source; sets RIG_SELFTESTS and RIG_SELFTEST_DIR.
rig_build_selftests() {
  rig_headers || return 1
  RIG_SELFTESTS=(smccc_filter psci_test hypercalls)
  local out=$RIG_DIR/selftests targets=() s
  for s in "${RIG_SELFTESTS[@]}"; do targets+=("$out/arm64/$s"); done
  make -s -C "$RIG_SRC/tools/testing/selftests/kvm" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- \
    OUTPUT="$out" LDFLAGS=-static "${targets[@]}" >"$RIG_DIR/selftests.log" 2>&1 || {
    rig_log "building the KVM selftests failed:"
    tail -20 "$RIG_DIR/selftests.log" >&2
    return 1
  }
  RIG_SELFTEST_DIR=$out/arm64
}
