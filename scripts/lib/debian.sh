# shellcheck shell=bash
# Read Debian's archive through a private apt state, leaving the machine's apt and dpkg as they
# are. Source this file, then:
#
#   deb_init SUITES ARCHS      e.g. deb_init "sid" "amd64 arm64"; "bookworm bookworm-security"
#   deb_cache                  prints the state directory (lists, cache, downloads)
#   deb_search REGEX           package names matching REGEX (apt-cache search --names-only)
#   deb_version PKG            the candidate version of PKG ("" when none)
#   deb_newest_source          the newest "linux-source-X.Y" the suites offer
#   deb_download DIR PKG...    PKG is name[:arch][=version] (default: the candidate); the .debs
#                              land in DIR (cached)
#
# Every suite is read from the Debian mirror the machine's apt uses; the state lives under
# target/debian/<suites>-<archs> and is refreshed when older than a day.

deb_root=${DEB_STATE_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target/debian}

deb_init() { # SUITES ARCHS
  local suites=$1 archs=$2 key
  key=$(echo "$suites-$archs" | tr ' ' '_')
  DEB_DIR=$deb_root/$key
  mkdir -p "$DEB_DIR/lists/partial" "$DEB_DIR/cache/archives/partial" "$DEB_DIR/debs"
  : >"$DEB_DIR/sources.list"
  local s url
  for s in $suites; do
    case $s in
      *-security) url=http://deb.debian.org/debian-security ;;
      *) url=http://deb.debian.org/debian ;;
    esac
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $url $s main" >>"$DEB_DIR/sources.list"
  done
  DEB_OPTS=(-o "Dir::Etc::SourceList=$DEB_DIR/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$DEB_DIR/lists" -o "Dir::Cache=$DEB_DIR/cache"
    -o Dir::State::status=/dev/null -o Debug::NoLocking=1
    -o APT::Architecture="${archs%% *}")
  DEB_ARCH=${archs%% *}
  local a
  for a in $archs; do DEB_OPTS+=(-o "APT::Architectures::=$a"); done
  if [ -z "$(find "$DEB_DIR/lists" -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
    apt-get "${DEB_OPTS[@]}" -qq update >/dev/null 2>"$DEB_DIR/update.err" || {
      echo "debian.sh: apt-get update of '$suites' failed:" >&2
      cat "$DEB_DIR/update.err" >&2
      return 1
    }
  fi
}

deb_cache() { echo "$DEB_DIR"; }

deb_search() { apt-cache "${DEB_OPTS[@]}" search --names-only "$1" 2>/dev/null | cut -d' ' -f1 | sort -u; }

deb_version() { apt-cache "${DEB_OPTS[@]}" policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}' | grep -v '(none)' || true; }

deb_newest_source() { deb_search '^linux-source-[0-9]+\.[0-9]+$' | sort -V | tail -1; }

deb_download() { # DIR PKG...
  local dir=$1
  shift
  mkdir -p "$dir"
  local p spec name arch ver file
  for p in "$@"; do
    spec=${p%%=*}
    name=${spec%%:*}
    arch=$DEB_ARCH
    [ "$spec" = "$name" ] || arch=${spec#*:}
    if [ "$spec" != "$p" ]; then
      ver=${p#*=}
      apt-cache "${DEB_OPTS[@]}" madison "$spec" 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}' |
        grep -qxF "$ver" || ver=
    else
      ver=$(deb_version "$p")
    fi
    if [ -z "$ver" ]; then
      echo "debian.sh: package $p is not in Debian $(awk '{printf "%s ", $(NF-1)}' "$DEB_DIR/sources.list")($arch)" >&2
      return 1
    fi
    file=$(ls "$dir/${name}_${ver//:/%3a}_$arch.deb" "$dir/${name}_${ver//:/%3a}_all.deb" 2>/dev/null | head -1)
    if [ -n "$file" ]; then continue; fi
    (cd "$dir" && apt-get "${DEB_OPTS[@]}" -qq download "$spec=$ver" >/dev/null 2>&1) || {
      echo "debian.sh: could not download $spec ($ver)" >&2
      return 1
    }
  done
}
