//! Arbitrary get/set sequences on the firmware pseudo-registers: never a state the rules
//! forbid. Bitmaps only ever hold supported bits (at most their reset value), a successful set
//! reads back, nothing changes after the first run, workaround registers read the host level
//! whatever was written, and an unknown id is ENOENT.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use arm64_uapi::kvm::*;
use libfuzzer_sys::fuzz_target;
use sae_kvm_abi_fuzz::FuzzHost;
use smccc_dispatch::{Config, Errno, KvmRelease, Vm};

const IDS: [u64; 9] = [
    KVM_REG_ARM_PSCI_VERSION,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2,
    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3,
    KVM_REG_ARM_STD_BMAP,
    KVM_REG_ARM_STD_HYP_BMAP,
    KVM_REG_ARM_VENDOR_HYP_BMAP,
    KVM_REG_ARM_VENDOR_HYP_BMAP_2,
    0x6030_0000_0014_0005, // an unknown FW register
];
const BMAPS: [u64; 4] = [
    KVM_REG_ARM_STD_BMAP,
    KVM_REG_ARM_STD_HYP_BMAP,
    KVM_REG_ARM_VENDOR_HYP_BMAP,
    KVM_REG_ARM_VENDOR_HYP_BMAP_2,
];

#[derive(Arbitrary, Debug)]
enum Op {
    Get(u8),
    Set(u8, u64),
    SetSmall(u8, u8),
    Run,
    RawGet(u64),
}

#[derive(Arbitrary, Debug)]
struct Input {
    config: Config,
    host: FuzzHost,
    ops: Vec<Op>,
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = Input::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let host = input.host;
    // Linux 6.12 has no VENDOR_HYP_BMAP_2 (added in 6.16): ENOENT there.
    let has_bmap2 = input.config.kvm != KvmRelease::Linux6_12;
    let bmaps: Vec<u64> = BMAPS
        .iter()
        .copied()
        .filter(|&id| has_bmap2 || id != KVM_REG_ARM_VENDOR_HYP_BMAP_2)
        .collect();
    let mut vm: Vm<2, 4> = Vm::new(input.config);
    let _ = vm.add_vcpu(0, true);
    let reset: Vec<u64> = bmaps
        .iter()
        .map(|&id| vm.get_reg(&host, id).expect("bitmap"))
        .collect();
    let was: Vec<Result<u64, Errno>> = IDS.iter().map(|&id| vm.get_reg(&host, id)).collect();
    assert_eq!(
        vm.get_reg(&host, KVM_REG_ARM_VENDOR_HYP_BMAP_2),
        if has_bmap2 { Ok(0) } else { Err(Errno::NoEnt) },
        "BMAP_2 resets to 0 where it exists"
    );
    let mut ran = false;
    for op in input.ops.iter().take(128) {
        let pick = |i: u8| IDS[usize::from(i) % IDS.len()];
        match *op {
            Op::Get(i) => {
                let _ = vm.get_reg(&host, pick(i));
            }
            Op::RawGet(id) => {
                if !IDS.contains(&id) && id >> 16 != KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1 >> 16 {
                    assert_eq!(vm.get_reg(&host, id), Err(Errno::NoEnt), "{id:#x}");
                }
            }
            Op::Run => {
                vm.mark_ran();
                ran = true;
            }
            Op::Set(i, v) => set(&mut vm, &host, pick(i), v, ran),
            Op::SetSmall(i, v) => set(&mut vm, &host, pick(i), u64::from(v), ran),
        }
        // Invariants after every step.
        for (k, &id) in bmaps.iter().enumerate() {
            let v = vm.get_reg(&host, id).expect("bitmap");
            // Bitmaps reset to every supported bit (BMAP_2 to 0, opt-in): never more.
            if id != KVM_REG_ARM_VENDOR_HYP_BMAP_2 {
                assert_eq!(
                    v & !reset[k],
                    0,
                    "bitmap {id:#x} holds an unsupported bit: {v:#x}"
                );
            }
        }
        for (k, &id) in IDS.iter().enumerate().skip(1).take(3) {
            assert_eq!(
                vm.get_reg(&host, id),
                was[k],
                "workaround register {id:#x} changed"
            );
        }
        assert_eq!(vm.get_reg(&host, IDS[8]), Err(Errno::NoEnt));
    }
});

fn set(vm: &mut Vm<2, 4>, host: &FuzzHost, id: u64, v: u64, ran: bool) {
    let before = vm.get_reg(host, id);
    let r = vm.set_reg(host, id, v);
    match r {
        Ok(()) if BMAPS.contains(&id) => {
            assert_eq!(
                vm.get_reg(host, id),
                Ok(v),
                "bitmap {id:#x} set did not read back"
            );
            if ran {
                assert_eq!(before, Ok(v), "bitmap {id:#x} changed after the first run");
            }
        }
        Ok(()) if id == KVM_REG_ARM_PSCI_VERSION => {
            assert_eq!(
                vm.get_reg(host, id),
                Ok(v),
                "PSCI version did not read back"
            );
        }
        Ok(()) => {}
        Err(_) => assert_eq!(vm.get_reg(host, id), before, "a failed set changed {id:#x}"),
    }
}
