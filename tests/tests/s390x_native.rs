//! Big-endian cross-check on a real s390x ABI: the checked-in `sae-abi.h` is compiled by
//! Debian's s390x cross gcc, a program fills every field of each block with native stores and
//! runs under qemu-s390x, and the bytes it dumps must equal the image this crate's layout
//! table predicts with explicit big-endian values. (On a little-endian host the same program
//! would dump every multi-byte field reversed, so this test cannot pass by accident.)
//! Needs `gcc-s390x-linux-gnu` and `qemu-user`; `.ci/run` installs them.

use std::fmt::Write as _;
use std::process::Command;

use sae_abi::layout::{Field, Item, Member, STRUCTS};
use sae_kvm_abi_tests as t;

/// One scalar store: a C lvalue, its block offset and width.
struct Store {
    lvalue: String,
    offset: usize,
    size: usize,
}

/// The byte the test puts at block offset `o` (distinct across neighbours).
fn pattern(o: usize) -> u8 {
    (o.wrapping_mul(13).wrapping_add(7) & 0xff) as u8
}

/// The value whose big-endian bytes are `pattern(offset..offset + size)`.
fn value(offset: usize, size: usize) -> u64 {
    (0..size).fold(0u64, |v, i| (v << 8) | u64::from(pattern(offset + i)))
}

fn stores(path: &str, f: &Field, out: &mut Vec<Store>) {
    if f.is_reserved() {
        return;
    }
    let n = f.ty.size();
    if f.count == 0 {
        out.push(Store {
            lvalue: format!("{path}{}", f.name),
            offset: f.offset,
            size: n,
        });
    } else {
        for i in 0..f.count {
            out.push(Store {
                lvalue: format!("{path}{}[{i}]", f.name),
                offset: f.offset + i * n,
                size: n,
            });
        }
    }
}

fn member_stores(m: &Member, out: &mut Vec<Store>) {
    match m {
        Member::Field(f) => stores("blk.", f, out),
        Member::Group(g) => g
            .fields
            .iter()
            .for_each(|f| stores(&format!("blk.{}.", g.name), f, out)),
    }
}

/// Images per block: every field plus the first member of each union, then one image per
/// other union member.
fn images(items: &[Item]) -> Vec<(String, Vec<Store>)> {
    let mut base = Vec::new();
    let mut extra = Vec::new();
    for item in items {
        match item {
            Item::Field(f) => stores("blk.", f, &mut base),
            Item::Group(g) => g
                .fields
                .iter()
                .for_each(|f| stores(&format!("blk.{}.", g.name), f, &mut base)),
            Item::Union(u) => {
                for (i, m) in u.members.iter().enumerate() {
                    if i == 0 {
                        member_stores(m, &mut base);
                    } else {
                        let mut v = Vec::new();
                        member_stores(m, &mut v);
                        let name = match m {
                            Member::Field(f) => f.name,
                            Member::Group(g) => g.name,
                        };
                        extra.push((format!("union-{name}"), v));
                    }
                }
            }
        }
    }
    let mut all = vec![("all-fields".to_string(), base)];
    all.extend(extra);
    all
}

fn tools() -> bool {
    let have = |c: &str| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if have("s390x-linux-gnu-gcc") && have("qemu-s390x") {
        return true;
    }
    assert!(
        !t::strict(),
        "gcc-s390x-linux-gnu and qemu-user are required under CI=true"
    );
    t::skip("s390x-linux-gnu-gcc or qemu-s390x not installed");
    false
}

#[test]
fn native_s390x_stores_match_the_big_endian_images() {
    if !tools() {
        return;
    }
    let mut prog =
        String::from("#include <stdio.h>\n#include <string.h>\n#include \"sae-abi.h\"\n");
    let mut expected: Vec<(String, Vec<u8>)> = Vec::new();
    let mut body = String::new();
    for s in STRUCTS {
        let _ = writeln!(prog, "static struct {} blk_{};", s.c_name, s.c_name);
        for (name, st) in images(s.items) {
            let tag = format!("{}/{name}", s.c_name);
            let _ = writeln!(
                body,
                "  {{\n    struct {} *p = &blk_{};\n    memset(p, 0, sizeof(*p));",
                s.c_name, s.c_name
            );
            let mut image = vec![0u8; s.size];
            for x in &st {
                let lv = x.lvalue.replacen("blk.", "p->", 1);
                let _ = writeln!(body, "    {lv} = {:#x}ULL;", value(x.offset, x.size));
                for i in 0..x.size {
                    image[x.offset + i] = pattern(x.offset + i);
                }
            }
            let _ = writeln!(body, "    dump(\"{tag}\", p, sizeof(*p));\n  }}");
            expected.push((tag, image));
        }
    }
    prog.push_str(
        "static void dump(const char *tag, const void *p, size_t n) {\n  const unsigned char *b = p;\n  printf(\"%s \", tag);\n  for (size_t i = 0; i < n; i++) printf(\"%02x\", b[i]);\n  printf(\"\\n\");\n}\nint main(void) {\n",
    );
    prog.push_str(&body);
    prog.push_str("  return 0;\n}\n");

    let dir = t::root().join("target/s390x-native");
    std::fs::create_dir_all(&dir).unwrap();
    let (src, exe) = (dir.join("fill.c"), dir.join("fill"));
    std::fs::write(&src, &prog).unwrap();
    let inc = t::root().join("crates/sae-abi/include");
    let cc = Command::new("s390x-linux-gnu-gcc")
        .args(["-std=gnu11", "-O1", "-static", "-Wall", "-Werror", "-I"])
        .arg(&inc)
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap();
    assert!(
        cc.status.success(),
        "s390x gcc failed:\n{}",
        String::from_utf8_lossy(&cc.stderr)
    );
    let run = Command::new("qemu-s390x").arg(&exe).output().unwrap();
    assert!(
        run.status.success(),
        "qemu-s390x failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = String::from_utf8(run.stdout).unwrap();
    let got: Vec<(&str, &str)> = out.lines().filter_map(|l| l.split_once(' ')).collect();
    assert_eq!(got.len(), expected.len());
    let mut stores = 0;
    for ((tag, hex), (etag, image)) in got.iter().zip(&expected) {
        assert_eq!(tag, etag);
        let bytes: Vec<u8> = (0..hex.len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let diff: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i] != image[i]).collect();
        assert!(
            diff.is_empty(),
            "{tag}: {} bytes differ, first at {:#x}",
            diff.len(),
            diff[0]
        );
        stores += image.iter().filter(|b| **b != 0).count();
    }
    eprintln!(
        "s390x native: {} images, {stores} non-zero bytes, all equal to the big-endian images",
        expected.len()
    );
}

#[test]
fn the_rust_blocks_read_the_native_s390x_image() {
    // The same program's first image read back through the zerocopy block: the big-endian
    // fields decode to the values a native s390x store wrote.
    use sae_abi::SaeControlBlock;
    use zerocopy::FromBytes;
    let s = STRUCTS
        .iter()
        .find(|s| s.c_name == "kvm_sae_block")
        .unwrap();
    let (_, st) = images(s.items).into_iter().next().unwrap();
    let mut image = vec![0u8; s.size];
    for x in &st {
        for i in 0..x.size {
            image[x.offset + i] = pattern(x.offset + i);
        }
    }
    let blk = SaeControlBlock::read_from_bytes(&image).unwrap();
    let pc = st.iter().find(|x| x.lvalue == "blk.pc").unwrap();
    assert_eq!(blk.pc(), value(pc.offset, pc.size));
    let x5 = st.iter().find(|x| x.lvalue == "blk.gpr[5]").unwrap();
    assert_eq!(blk.gpr(5).ok(), Some(value(x5.offset, x5.size)));
}
