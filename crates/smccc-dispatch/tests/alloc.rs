//! No heap allocation on any dispatch path: a counting global allocator (`stats_alloc`) sees
//! zero allocations while every defined id, unknown ids, the filter actions, the fast paths
//! and the VMM-side operations run under several VM configurations.

mod common;

use std::alloc::System;

use arm64_uapi::kvm::{KVM_REG_ARM_STD_BMAP, KVM_REG_ARM_VENDOR_HYP_BMAP_2};
use arm64_uapi::smccc::FUNCTIONS;
use common::{TestHost, vm};
use smccc_dispatch::fwreg::FW_REG_IDS;
use smccc_dispatch::{Config, FilterAction, MitigationState, SmcccFilter, Trap};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Run every path once; returns a checksum so nothing is optimised away.
fn every_path() -> u64 {
    let mut sum = 0u64;
    let configs = [
        (true, true, 0u64),
        (true, false, 0x2),
        (false, false, 0),
        (true, true, 0x1_0000),
    ];
    let traps = [Trap::HVC, Trap::SMC, Trap::smc(1), Trap::HVC.aarch32()];
    for (psci_0_2, suspend, version) in configs {
        let mut host = TestHost {
            wa: [
                MitigationState::Vulnerable,
                MitigationState::Mitigated,
                MitigationState::Unaffected,
                MitigationState::Mitigated,
            ],
            ..TestHost::default()
        };
        let mut base = vm(
            Config {
                psci_0_2,
                system_suspend: suspend,
                ..Config::default()
            },
            3,
        );
        if version != 0 {
            base.set_reg(&host, arm64_uapi::kvm::KVM_REG_ARM_PSCI_VERSION, version)
                .unwrap();
        }
        // Firmware registers, every id, read and written back; a bad one.
        for id in FW_REG_IDS {
            let v = base.get_reg(&host, id).unwrap_or(0);
            sum = sum.wrapping_add(v);
            let _ = base.set_reg(&host, id, v);
            let _ = base.set_reg(&host, id, u64::MAX);
        }
        let _ = base.set_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP_2, 3);
        let _ = base.get_reg(&host, 0x6030_0000_0014_0009);
        for filtered in [false, true] {
            let mut v = base.clone();
            if filtered {
                v.set_filter(&SmcccFilter::new(0x8400_0000, 8, FilterAction::Deny))
                    .unwrap();
                v.set_filter(&SmcccFilter::new(0xc400_0003, 1, FilterAction::FwdToUser))
                    .unwrap();
                let _ = v.set_filter(&SmcccFilter::new(0x8000_0000, 1, FilterAction::Deny));
            }
            for d in &FUNCTIONS {
                for trap in traps {
                    for args in [[0, 0, 0], [1, 0x8000_0000, 1], [192, 0, 0], [u64::MAX; 3]] {
                        let one = v.clone();
                        let x = [u64::from(d.id.0), args[0], args[1], args[2]];
                        let o = one.dispatch(&mut host, 0, trap, &x).unwrap();
                        sum = sum.wrapping_add(o.regs.x[0]);
                    }
                }
            }
            for id in [0u32, 0x8200_0001, 0xc600_0040, 0x95c1_ba5f, 0xffff_ffff] {
                let o = v
                    .clone()
                    .dispatch(&mut host, 1, Trap::SMC, &[u64::from(id), 0, 0, 0])
                    .unwrap();
                sum = sum.wrapping_add(o.regs.x[0]);
            }
            // After a run: EBUSY paths.
            let _ = v.set_filter(&SmcccFilter::new(0x8600_0000, 1, FilterAction::Deny));
            let _ = v.set_reg(&host, KVM_REG_ARM_STD_BMAP, 0);
            let _ = v.dispatch(&mut host, 9, Trap::HVC, &[0; 4]);
        }
        host.entropy_ok = false;
        let o = base
            .dispatch(&mut host, 0, Trap::HVC, &[0xc400_0053, 64, 0, 0])
            .unwrap();
        sum = sum.wrapping_add(o.regs.x[0]);
    }
    sum
}

/// `harness = false`: this is the only thread, so everything counted is the dispatcher's.
fn main() {
    // Warm up once (lazy statics, thread-locals), then count.
    std::hint::black_box(every_path());
    let region = Region::new(GLOBAL);
    let sum = every_path();
    let stats = region.change();
    std::hint::black_box(sum);
    assert_eq!(stats.allocations, 0, "{stats:?}");
    assert_eq!(stats.reallocations, 0, "{stats:?}");
    eprintln!("allocations on every dispatch path: {}", stats.allocations);
    // The plain summary line the test runners read.
    println!("alloc: 1 passed, 0 failed");
}
