//! Random *valid* sysreg files, for differential tests against the kernel's `gen-sysreg.awk`
//! and for the `sysreg_parse` fuzz target.
//!
//! "Valid" means what Linux 7.2's generator accepts: every directive of the grammar
//! (`Sysreg`, `SysregFields`, `Fields`, `Mapping`, `Prefix`, `Res0`, `Res1`, `Unkn`, `Raz`,
//! `Field`, `Enum`, `UnsignedEnum`, `SignedEnum`, enumerators), layouts that cover bits 63..0
//! exactly (1-bit and 64-bit items included), enumerators up to 64 digits with unique values,
//! blanks and tabs mixed as separators, indented directives, comments and empty lines
//! anywhere. Some files also hold what the kernel accepts and abi-gen only warns about:
//! `Fields` naming no layout, `Mapping` naming the register itself, enumerator literals with
//! more digits than the field, repeated enumerator names.
//!
//! Not generated (the kernel accepts them but abi-gen deliberately rejects them, or prints
//! them differently): encodings outside their architectural width or not decimal, numbers
//! with leading zeros (the kernel copies `07` into C, abi-gen writes `7`), names that are
//! not C identifiers, `Fields` after `Prefix` blocks.
//!
//! Choices come from an [`Entropy`]: [`SplitMix64`] for seeded tests, [`ByteEntropy`] for a
//! fuzzer's bytes (which then steer the structure, so small inputs reach deep states).

/// A source of choices.
pub trait Entropy {
    /// The next 32 random bits.
    fn next_u32(&mut self) -> u32;
}

/// The SplitMix64 generator (Steele, Lea, Flood 2014): tiny, seedable, good enough here.
#[derive(Debug, Clone)]
pub struct SplitMix64(pub u64);

impl Entropy for SplitMix64 {
    fn next_u32(&mut self) -> u32 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z >> 32) as u32
    }
}

/// Choices read from bytes, 4 per choice; zeros once the bytes run out.
#[derive(Debug, Clone)]
pub struct ByteEntropy<'a> {
    data: &'a [u8],
}

impl<'a> ByteEntropy<'a> {
    /// Choices from `data`.
    pub fn new(data: &'a [u8]) -> Self {
        ByteEntropy { data }
    }
}

impl Entropy for ByteEntropy<'_> {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        let n = self.data.len().min(4);
        let (head, rest) = self.data.split_at(n);
        for (slot, v) in b.iter_mut().zip(head) {
            *slot = *v;
        }
        self.data = rest;
        u32::from_le_bytes(b)
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Most blocks (`Sysreg` and `SysregFields`) per file; at least one is generated.
    pub max_blocks: u32,
    /// Prepended to every register and layout name (keeps names of several files apart).
    pub tag: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_blocks: 12,
            tag: String::new(),
        }
    }
}

struct Gen<'e, E: Entropy> {
    e: &'e mut E,
    out: String,
}

const SEPARATORS: [&str; 6] = ["\t", " ", "\t\t", "  ", " \t", "\t "];
const SYLLABLES: [&str; 12] = [
    "Foo", "BAR", "x", "TGran", "nTLB", "Cn", "P", "EL", "Ver", "frac", "E0", "HA",
];
const COMMENTS: [&str; 5] = [
    "# a comment",
    "\t# indented comment",
    "#",
    "#Sysreg\tNOT_A_REG\t3\t0\t0\t0\t0",
    "  #\tEndSysreg",
];

impl<E: Entropy> Gen<'_, E> {
    fn below(&mut self, n: u32) -> u32 {
        self.e.next_u32().checked_rem(n).unwrap_or(0)
    }

    /// True with probability `pct`% (never for exhausted [`ByteEntropy`], which gives zeros).
    fn chance(&mut self, pct: u32) -> bool {
        self.below(100) >= 100u32.saturating_sub(pct)
    }

    fn pick<'s>(&mut self, list: &[&'s str]) -> &'s str {
        let n = u32::try_from(list.len()).unwrap_or(1);
        let i = usize::try_from(self.below(n)).unwrap_or(0);
        list.get(i).copied().unwrap_or("")
    }

    fn sep(&mut self) -> &'static str {
        if self.chance(70) {
            "\t"
        } else {
            self.pick(&SEPARATORS)
        }
    }

    /// Comments and empty lines between directives, sometimes.
    fn noise(&mut self) {
        for _ in 0..3 {
            if !self.chance(8) {
                break;
            }
            if self.chance(50) {
                self.out.push('\n');
            } else {
                let c = self.pick(&COMMENTS);
                self.out.push_str(c);
                self.out.push('\n');
            }
        }
    }

    /// One directive line from its tokens, with odd whitespace.
    fn line(&mut self, tokens: &[&str]) {
        self.noise();
        if self.chance(5) {
            let ind = self.pick(&["\t", "  ", " \t"]);
            self.out.push_str(ind);
        }
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 {
                let s = self.sep();
                self.out.push_str(s);
            }
            self.out.push_str(t);
        }
        if self.chance(4) {
            let t = self.pick(&[" ", "\t", " \t "]);
            self.out.push_str(t);
        }
        self.out.push('\n');
    }

    fn name(&mut self, head: &str, i: u32) -> String {
        let mut s = format!("{head}{i}");
        for _ in 0..self.below(3) {
            let syl = self.pick(&SYLLABLES);
            s.push_str(syl);
        }
        s
    }

    fn bits(&mut self, msb: u32, lsb: u32) -> String {
        if msb == lsb && self.chance(80) {
            msb.to_string()
        } else {
            format!("{msb}:{lsb}")
        }
    }

    /// Items covering bits 63..0, from the top.
    fn layout(&mut self) {
        let mut next: u32 = 63;
        let mut field = 0u32;
        loop {
            let room = next.saturating_add(1);
            let width = match self.below(10) {
                0 => room,
                1..=3 => 1,
                4 => room.min(32),
                _ => self.below(room.min(16)).saturating_add(1),
            };
            let lsb = next.saturating_add(1).saturating_sub(width);
            let range = self.bits(next, lsb);
            match self.below(20) {
                0..=3 => self.line(&["Res0", &range]),
                4 | 5 => self.line(&["Res1", &range]),
                6 => self.line(&["Unkn", &range]),
                7 => self.line(&["Raz", &range]),
                8..=12 => {
                    let n = self.name("F", field);
                    self.line(&["Field", &range, &n]);
                }
                _ => {
                    let kw = self.pick(&["Enum", "UnsignedEnum", "SignedEnum"]);
                    let n = self.name("F", field);
                    self.line(&[kw, &range, &n]);
                    self.enumerators(width);
                    self.line(&["EndEnum"]);
                }
            }
            field = field.saturating_add(1);
            if lsb == 0 {
                break;
            }
            next = lsb.saturating_sub(1);
        }
    }

    fn enumerators(&mut self, width: u32) {
        let count = self.below(9);
        let mut used: Vec<u64> = Vec::new();
        let mask = u64::MAX
            .checked_shr(64u32.saturating_sub(width))
            .unwrap_or(0);
        for k in 0..count {
            let r = u64::from(self.e.next_u32()) << 32 | u64::from(self.e.next_u32());
            let v = match self.below(3) {
                0 => u64::from(k),
                1 => mask.wrapping_sub(u64::from(k)),
                _ => r,
            } & mask;
            if used.contains(&v) {
                continue;
            }
            used.push(v);
            // Usually as many digits as the field is wide; sometimes more (leading zeros).
            let digits = if self.chance(10) {
                width.saturating_add(self.below(3)).min(64)
            } else {
                width
            };
            let lit = format!("0b{v:0w$b}", w = usize::try_from(digits).unwrap_or(1));
            let name = match self.below(8) {
                0 => "NI".to_string(),
                1 => "IMP".to_string(),
                2 => format!("{k}"),
                3 => format!("{k}KB"),
                4 => format!("FEAT_{}{k}", self.pick(&SYLLABLES)),
                _ => format!("V{k}"),
            };
            // A repeated name (NI, IMP) is accepted by the kernel (it checks values only).
            self.line(&[&lit, &name]);
        }
    }

    /// Prefixed layouts (each a full layout) before the unprefixed one.
    fn prefixes(&mut self) {
        let n = if self.chance(15) { self.below(3) } else { 0 };
        for i in 0..n {
            let p = format!("FEAT_P{i}{}", self.pick(&SYLLABLES));
            self.line(&["Prefix", &p]);
            self.layout();
            self.line(&["EndPrefix"]);
        }
    }

    fn file(&mut self, opts: &Options) {
        let tag = &opts.tag;
        let blocks = self.below(opts.max_blocks.max(1)).saturating_add(1);
        let mut layouts: Vec<String> = Vec::new();
        let mut regs: Vec<String> = Vec::new();
        for b in 0..blocks {
            if self.chance(20) {
                let name = format!("{tag}{}_ELx", self.name("L", b));
                self.line(&["SysregFields", &name]);
                self.prefixes();
                self.layout();
                self.line(&["EndSysregFields"]);
                layouts.push(name);
                continue;
            }
            let name = format!("{tag}{}_EL{}", self.name("R", b), self.below(4));
            let enc = [
                self.below(4),
                self.below(8),
                self.below(16),
                self.below(16),
                self.below(8),
            ]
            .map(|v| v.to_string());
            let [o0, o1, n, m, o2] = &enc;
            self.line(&["Sysreg", &name, o0, o1, n, m, o2]);
            let choice = self.below(20);
            if choice < 2 && !layouts.is_empty() {
                let i = self.below(u32::try_from(layouts.len()).unwrap_or(1));
                let t = layouts.get(usize::try_from(i).unwrap_or(0)).cloned();
                self.line(&["Fields", &t.unwrap_or_default()]);
            } else if choice < 4 && !regs.is_empty() {
                let i = self.below(u32::try_from(regs.len()).unwrap_or(1));
                let t = regs.get(usize::try_from(i).unwrap_or(0)).cloned();
                self.line(&["Mapping", &t.unwrap_or_default()]);
            } else if choice == 4 {
                // The kernel accepts a layout name it does not know (Linux 7.2's MPAM1_EL12).
                let t = format!("{tag}MISSING{b}_ELx");
                self.line(&["Fields", &t]);
            } else if choice == 5 {
                self.line(&["Mapping", &name]);
            } else {
                self.prefixes();
                self.layout();
            }
            self.line(&["EndSysreg"]);
            regs.push(name);
        }
        self.noise();
        if self.chance(5) && self.out.ends_with('\n') {
            // No newline at the end of the file.
            self.out.pop();
            if self.out.ends_with('\n') || self.out.is_empty() {
                self.out.push('\n');
            }
        }
    }
}

/// A random valid sysreg file (see the module docs).
pub fn generate(e: &mut impl Entropy, opts: &Options) -> String {
    let mut g = Gen {
        e,
        out: String::with_capacity(4096),
    };
    g.file(opts);
    g.out
}
