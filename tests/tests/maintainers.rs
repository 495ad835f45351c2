//! `MAINTAINERS` covers every tracked file, and every area has an arm64 and an s390 reviewer.

use std::process::Command;

use sae_kvm_abi_tests as t;

struct Area {
    title: String,
    reviewers: Vec<String>,
    maintainers: usize,
    patterns: Vec<String>,
}

fn areas() -> Vec<Area> {
    let text = std::fs::read_to_string(t::root().join("MAINTAINERS")).expect("MAINTAINERS");
    let mut out: Vec<Area> = Vec::new();
    let mut title: Option<String> = None;
    for line in text.lines() {
        if let Some((tag, value)) = line.split_once(":\t") {
            if tag.len() == 1 {
                let Some(area) = out.last_mut() else {
                    panic!("entry before any area: {line}")
                };
                match tag {
                    "M" => area.maintainers += 1,
                    "R" => area.reviewers.push(value.to_string()),
                    "F" => area.patterns.push(value.to_string()),
                    "L" | "S" | "W" | "T" | "X" | "K" | "N" => {}
                    _ => panic!("unknown MAINTAINERS tag in {line:?}"),
                }
                continue;
            }
        }
        if line.is_empty() {
            title = None;
        } else if title.is_none()
            && line.chars().all(|c| !c.is_lowercase())
            && !line.starts_with('=')
        {
            title = Some(line.to_string());
            out.push(Area {
                title: line.to_string(),
                reviewers: vec![],
                maintainers: 0,
                patterns: vec![],
            });
        }
    }
    out
}

/// Kernel `F:` semantics: a trailing `/` matches the whole tree below; `*` and `?` match
/// within one path component; anything else matches exactly.
fn matches(pattern: &str, path: &str) -> bool {
    if let Some(dir) = pattern.strip_suffix('/') {
        return path.starts_with(&format!("{dir}/"));
    }
    glob(pattern.as_bytes(), path.as_bytes())
}

fn glob(p: &[u8], s: &[u8]) -> bool {
    match (p.first(), s.first()) {
        (None, None) => true,
        (Some(b'*'), _) => {
            glob(&p[1..], s) || (s.first().is_some_and(|&c| c != b'/') && glob(p, &s[1..]))
        }
        (Some(b'?'), Some(&c)) if c != b'/' => glob(&p[1..], &s[1..]),
        (Some(a), Some(b)) if a == b => glob(&p[1..], &s[1..]),
        _ => false,
    }
}

#[test]
fn pattern_matching_follows_the_kernel_rules() {
    assert!(matches("abi-gen/", "abi-gen/src/main.rs"));
    assert!(!matches("abi-gen/", "abi-gen-other/x"));
    assert!(matches("crates/*/Cargo.toml", "crates/sae-abi/Cargo.toml"));
    assert!(!matches("crates/*.toml", "crates/a/b.toml"));
    assert!(matches("README.md", "README.md"));
    assert!(!matches("README.md", "docs/README.md"));
}

#[test]
fn every_area_has_a_maintainer_and_both_reviewer_roles() {
    let areas = areas();
    assert!(
        areas.len() >= 6,
        "expected an area per crate, abi-gen, definitions, CI; got {}",
        areas.len()
    );
    for a in &areas {
        assert!(a.maintainers >= 1, "{}: no M: entry", a.title);
        assert!(!a.patterns.is_empty(), "{}: no F: entry", a.title);
        assert!(
            a.reviewers.iter().any(|r| r.starts_with("arm64 reviewer")),
            "{}: no arm64 reviewer",
            a.title
        );
        assert!(
            a.reviewers.iter().any(|r| r.starts_with("s390 reviewer")),
            "{}: no s390 reviewer",
            a.title
        );
    }
}

#[test]
fn every_tracked_file_is_covered() {
    let out = Command::new("git")
        .arg("-C")
        .arg(t::root())
        .args(["ls-files", "-z"])
        .output();
    let files = match out {
        Ok(o) if o.status.success() => String::from_utf8(o.stdout).unwrap(),
        _ => {
            assert!(!t::strict(), "git ls-files failed under CI");
            t::skip("not a git checkout");
            return;
        }
    };
    let areas = areas();
    let mut uncovered = Vec::new();
    let mut n = 0;
    for f in files.split('\0').filter(|f| !f.is_empty()) {
        n += 1;
        if !areas
            .iter()
            .any(|a| a.patterns.iter().any(|p| matches(p, f)))
        {
            uncovered.push(f.to_string());
        }
    }
    assert!(n > 10, "git lists only {n} files");
    assert_eq!(
        uncovered,
        Vec::<String>::new(),
        "files no F: pattern covers"
    );
}
