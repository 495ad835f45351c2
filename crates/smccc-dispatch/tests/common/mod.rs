//! Shared test host and VM.
#![allow(dead_code)]

use arm64_uapi::smccc::Mitigation;
use smccc_dispatch::{Config, Host, MitigationState, PtpCounter, PtpSample, Vm};

/// A configurable host; counts the entropy words it hands out.
#[derive(Debug, Clone)]
pub struct TestHost {
    pub wa: [MitigationState; 4],
    pub ssbs: bool,
    pub entropy_ok: bool,
    pub ptp: Option<PtpSample>,
    pub stolen: Option<u64>,
    pub entropy_words: usize,
}

impl Default for TestHost {
    fn default() -> Self {
        TestHost {
            wa: [MitigationState::Unaffected; 4],
            ssbs: false,
            entropy_ok: true,
            ptp: Some(PtpSample {
                real_ns: 0x0000_0001_2345_6789,
                counter: 0x0000_00ab_cdef_0123,
            }),
            stolen: Some(0x4000_0000),
            entropy_words: 0,
        }
    }
}

impl Host for TestHost {
    fn mitigation(&self, m: Mitigation) -> MitigationState {
        match m {
            Mitigation::WORKAROUND_1 => self.wa[0],
            Mitigation::WORKAROUND_2 => self.wa[1],
            Mitigation::WORKAROUND_3 => self.wa[2],
            Mitigation::WORKAROUND_4 => self.wa[3],
        }
    }
    fn guest_has_ssbs(&self) -> bool {
        self.ssbs
    }
    fn entropy(&mut self, words: &mut [u64]) -> bool {
        self.entropy_words += words.len();
        words.fill(u64::MAX);
        self.entropy_ok
    }
    fn ptp(&mut self, counter: PtpCounter) -> Option<PtpSample> {
        self.ptp.map(|s| PtpSample {
            counter: match counter {
                PtpCounter::Virtual => s.counter,
                PtpCounter::Physical => s.counter + 0x1000,
            },
            ..s
        })
    }
    fn stolen_time_base(&self, vcpu: usize) -> Option<u64> {
        self.stolen.map(|b| b + 64 * vcpu as u64)
    }
    fn stolen_time_init(&mut self, vcpu: usize) -> Option<u64> {
        self.stolen_time_base(vcpu)
    }
}

pub type TestVm = Vm<4, 16>;

/// `n` vCPUs with MPIDR Aff0 = index, vCPU 0 on.
pub fn vm(config: Config, n: usize) -> TestVm {
    let mut vm = TestVm::new(config);
    for i in 0..n {
        vm.add_vcpu(i as u64, i == 0).unwrap();
    }
    vm
}

/// PSCI 1.3 with SYSTEM_SUSPEND, two vCPUs.
pub fn default_vm() -> TestVm {
    vm(
        Config {
            psci_0_2: true,
            system_suspend: true,
            ..Config::default()
        },
        2,
    )
}

pub const NS: u64 = u64::MAX;
