//! Arbitrary filter insertions and lookups against a plain reference model (a list checked
//! naively with KVM's rules); every result and every lookup must match.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use smccc_dispatch::filter::{Filter, RESERVED};
use smccc_dispatch::{Errno, FilterAction, SmcccFilter};

const N: usize = 12;

#[derive(Arbitrary, Debug)]
enum Op {
    Insert {
        base: u32,
        nr: u32,
        action: u8,
        pad: [u8; 15],
        ran: bool,
    },
    /// Insert near an existing boundary, to hit overlaps and adjacency.
    Near {
        which: u8,
        delta: i8,
        nr: u16,
        action: u8,
    },
    Lookup(u32),
}

#[derive(Default)]
struct Model {
    ranges: Vec<(u32, u32, FilterAction)>,
}

impl Model {
    fn overlaps(&self, a: u32, b: u32) -> bool {
        self.ranges.iter().any(|&(x, y, _)| a <= y && x <= b)
    }
    fn insert(&mut self, f: &SmcccFilter, ran: bool) -> Result<(), Errno> {
        if f.pad.iter().any(|&b| b != 0) {
            return Err(Errno::Inval);
        }
        let last = f.base.wrapping_add(f.nr_functions).wrapping_sub(1);
        let Some(action) = FilterAction::from_u8(f.action) else {
            return Err(Errno::Inval);
        };
        // KVM refuses an empty range before it can wrap (Linux 7.2 `kvm_smccc_set_filter`).
        if f.nr_functions == 0 || last < f.base {
            return Err(Errno::Inval);
        }
        if ran {
            return Err(Errno::Busy);
        }
        if self.ranges.is_empty() {
            for (a, b) in RESERVED {
                self.ranges.push((a, b, FilterAction::Handle));
            }
        }
        if self.overlaps(f.base, last) {
            return Err(Errno::Exist);
        }
        if self.ranges.len() >= N {
            return Err(Errno::NoMem);
        }
        self.ranges.push((f.base, last, action));
        Ok(())
    }
    fn action(&self, id: u32) -> FilterAction {
        self.ranges
            .iter()
            .find(|&&(a, b, _)| a <= id && id <= b)
            .map_or(FilterAction::Handle, |r| r.2)
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(ops) = Vec::<Op>::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let mut filter: Filter<N> = Filter::new();
    let mut model = Model::default();
    for op in ops.iter().take(256) {
        match *op {
            Op::Insert {
                base,
                nr,
                action,
                pad,
                ran,
            } => {
                let f = SmcccFilter {
                    base,
                    nr_functions: nr,
                    action,
                    pad,
                };
                assert_eq!(
                    filter.insert(&f, ran),
                    model.insert(&f, ran),
                    "{f:?} ran={ran}"
                );
            }
            Op::Near {
                which,
                delta,
                nr,
                action,
            } => {
                let Some(&(a, b, _)) = model
                    .ranges
                    .get(usize::from(which) % model.ranges.len().max(1))
                else {
                    continue;
                };
                let base = if delta >= 0 {
                    b.wrapping_add(delta as u32)
                } else {
                    a.wrapping_sub(delta.unsigned_abs().into())
                };
                let f = SmcccFilter::new(
                    base,
                    u32::from(nr),
                    FilterAction::from_u8(action % 3).unwrap_or(FilterAction::Deny),
                );
                assert_eq!(filter.insert(&f, false), model.insert(&f, false), "{f:?}");
            }
            Op::Lookup(id) => assert_eq!(filter.action(id), model.action(id), "lookup {id:#x}"),
        }
        // The table itself is sorted, disjoint and equal to the model.
        let mut want = model.ranges.clone();
        want.sort_by_key(|r| r.0);
        let got: Vec<_> = filter.ranges().collect();
        assert_eq!(got, want);
    }
    for &(a, b, act) in &model.ranges {
        for id in [a, b, a.wrapping_sub(1), b.wrapping_add(1)] {
            assert_eq!(filter.action(id), model.action(id), "boundary {id:#x}");
        }
        let _ = act;
    }
});
