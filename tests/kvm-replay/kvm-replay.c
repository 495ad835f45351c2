// SPDX-License-Identifier: MIT OR Apache-2.0
//
// kvm-replay: the `replay` hypercall-trace format (crates/smccc-dispatch/src/replay.rs)
// executed on real KVM/arm64 through /dev/kvm. It prints exactly the lines `replay` prints,
// so the two can be diffed line by line. Built static for aarch64 against the kernel's own
// uapi headers; runs inside a QEMU guest as /init (see README.md).
//
// Guest memory: one read-only slot at IPA 0 (2 MiB, zero = UDF #0) holding
//   0x200             the EL1 synchronous vector: `movz x30, #0; str xzr, [x30]` (MMIO exit)
//   STUB_HVC          `hvc #0; str xzr, [x30]`
//   STUB_SMC + 8*imm  `smc #imm; str xzr, [x30]` for every 16-bit immediate
// and a writable slot at REPLAY_STOLEN_TIME_BASE for the PV-time records. A store into the
// read-only slot exits to the VMM as MMIO: that is how a call ends. x30 is 0 on every call.
//
// Directives map to the real API: vcpus -> KVM_CREATE_VCPU; psci -> KVM_ARM_VCPU_INIT
// feature PSCI_0_2 and the PSCI_VERSION firmware register; suspend on ->
// KVM_CAP_ARM_SYSTEM_SUSPEND; filter -> KVM_ARM_VM_SMCCC_CTRL/FILTER; setreg/getreg ->
// KVM_SET/GET_ONE_REG; call -> x0..x17 + KVM_RUN of the trap stub; show -> KVM_GET_MP_STATE,
// the PC (abstract, see below) and x0. `host` lines are accepted and ignored: the machine
// decides; `kvm-replay --host` prints its state as `host` lines.
//
// PCs: `replay` starts every vCPU at 0 and advances 4 per call. Here each call starts at its
// stub and the PC KVM leaves behind is measured; the abstract PC advances by that measured
// amount (4 when KVM steps over the HVC/SMC as it should). A CPU_ON target is run at once:
// its entry point faults (or is UDF) into the vector and ELR_EL1 gives the PC KVM set.

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/kvm.h>
#include <linux/psci.h>

#define MAXV 64
#define NREGS 18
#define SLOT0_SIZE 0x200000ul
#define VECTOR 0x200ul
#define STUB_HVC 0x0ff000ul
#define STUB_SMC 0x100000ul
#define ST_BASE 0x40000000ul /* REPLAY_STOLEN_TIME_BASE */
#define ST_SIZE 0x10000ul
#define ST_RECORD 64ul

#define CORE(name) (KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_CORE | \
		    (offsetof(struct kvm_regs, name) / sizeof(uint32_t)))
#define XREG(n) CORE(regs.regs[n])
#define PCREG CORE(regs.pc)
#define ELR_EL1 CORE(elr_el1)
#define MPIDR_EL1 ARM64_SYS_REG(3, 0, 0, 0, 5)

static int kvm_fd;
static uint8_t *slot0, *stmem;
static int kvm_mmap_size;

/* The trace's configuration, as `replay` keeps it. */
static struct {
	uint32_t psci;
	int nvcpus;
	int suspend;
} cfg;

/* The VM, created on first use. */
static struct {
	int fd;
	int n;
	int vcpu[MAXV];
	struct kvm_run *run[MAXV];
	uint64_t apc[MAXV];
	int has_run;
	int suspend_on;
} vm = { .fd = -1 };

static unsigned lineno;
static FILE *out;

/* Measured PC advance per (trap, answer): [hvc, smc #0, smc #imm][ret, user, event, stopped]. */
static const char *const trap_names[] = { "hvc", "smc", "smc#imm" };
static const char *const answer_names[] = { "ret", "user", "event", "ret-vcpu-stopped" };
static unsigned long adv4[3][4], adv_other[3][4];

static void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "kvm-replay: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, ": %s\n", strerror(errno));
	va_end(ap);
	fflush(NULL);
	exit(3);
}

static const char *errname(int e)
{
	switch (e) {
	case EINVAL: return "EINVAL";
	case EEXIST: return "EEXIST";
	case EBUSY: return "EBUSY";
	case ENOENT: return "ENOENT";
	case ENOMEM: return "ENOMEM";
	case EPERM: return "EPERM";
	case ENXIO: return "ENXIO";
	case E2BIG: return "E2BIG";
	case EFAULT: return "EFAULT";
	case ENOEXEC: return "ENOEXEC";
	default: {
		static char buf[32];
		snprintf(buf, sizeof buf, "errno%d", e);
		return buf;
	}
	}
}

/* ---- guest memory ---- */

static void put32(uint8_t *m, uint64_t off, uint32_t insn)
{
	memcpy(m + off, &insn, 4);
}

static void build_guest_code(void)
{
	const uint32_t movz_x30_0 = 0xd280001e; /* movz x30, #0 */
	const uint32_t str_xzr_x30 = 0xf90003df; /* str xzr, [x30] */
	memset(slot0, 0, SLOT0_SIZE);
	put32(slot0, VECTOR, movz_x30_0);
	put32(slot0, VECTOR + 4, str_xzr_x30);
	put32(slot0, STUB_HVC, 0xd4000002); /* hvc #0 */
	put32(slot0, STUB_HVC + 4, str_xzr_x30);
	for (uint32_t imm = 0; imm <= 0xffff; imm++) {
		put32(slot0, STUB_SMC + 8ul * imm, 0xd4000003 | (imm << 5)); /* smc #imm */
		put32(slot0, STUB_SMC + 8ul * imm + 4, str_xzr_x30);
	}
	__builtin___clear_cache((char *)slot0, (char *)slot0 + SLOT0_SIZE);
}

/* ---- vCPU registers ---- */

static int get_reg(int fd, uint64_t id, uint64_t *v)
{
	uint8_t buf[4096] __attribute__((aligned(16))) = { 0 };
	struct kvm_one_reg r = { .id = id, .addr = (uintptr_t)buf };
	if (ioctl(fd, KVM_GET_ONE_REG, &r) < 0)
		return -errno;
	memcpy(v, buf, 8);
	return 0;
}

static int set_reg(int fd, uint64_t id, uint64_t v)
{
	uint8_t buf[4096] __attribute__((aligned(16))) = { 0 };
	memcpy(buf, &v, 8);
	struct kvm_one_reg r = { .id = id, .addr = (uintptr_t)buf };
	if (ioctl(fd, KVM_SET_ONE_REG, &r) < 0)
		return -errno;
	return 0;
}

static uint64_t reg(int i, uint64_t id)
{
	uint64_t v = 0;
	if (get_reg(vm.vcpu[i], id, &v) < 0)
		die("KVM_GET_ONE_REG %llx of vCPU %d", (unsigned long long)id, i);
	return v;
}

static void setr(int i, uint64_t id, uint64_t v)
{
	if (set_reg(vm.vcpu[i], id, v) < 0)
		die("KVM_SET_ONE_REG %llx of vCPU %d", (unsigned long long)id, i);
}

static uint32_t mp_state(int i)
{
	struct kvm_mp_state s;
	if (ioctl(vm.vcpu[i], KVM_GET_MP_STATE, &s) < 0)
		die("KVM_GET_MP_STATE");
	return s.mp_state;
}

/* ---- the VM ---- */

static void vm_destroy(void)
{
	if (vm.fd < 0)
		return;
	for (int i = 0; i < vm.n; i++) {
		munmap(vm.run[i], kvm_mmap_size);
		close(vm.vcpu[i]);
	}
	close(vm.fd);
	vm.fd = -1;
	vm.n = 0;
	vm.has_run = 0;
	vm.suspend_on = 0;
}

static void enable_suspend(void)
{
	struct kvm_enable_cap cap = { .cap = KVM_CAP_ARM_SYSTEM_SUSPEND };
	if (ioctl(vm.fd, KVM_ENABLE_CAP, &cap) < 0)
		die("KVM_ENABLE_CAP(KVM_CAP_ARM_SYSTEM_SUSPEND)");
	vm.suspend_on = 1;
}

static void vm_create(void)
{
	if (vm.fd >= 0)
		return;
	vm.fd = ioctl(kvm_fd, KVM_CREATE_VM, 0);
	if (vm.fd < 0)
		die("KVM_CREATE_VM");
	struct kvm_userspace_memory_region m0 = {
		.slot = 0, .flags = KVM_MEM_READONLY, .guest_phys_addr = 0,
		.memory_size = SLOT0_SIZE, .userspace_addr = (uintptr_t)slot0,
	};
	struct kvm_userspace_memory_region m1 = {
		.slot = 1, .guest_phys_addr = ST_BASE,
		.memory_size = ST_SIZE, .userspace_addr = (uintptr_t)stmem,
	};
	if (ioctl(vm.fd, KVM_SET_USER_MEMORY_REGION, &m0) < 0 ||
	    ioctl(vm.fd, KVM_SET_USER_MEMORY_REGION, &m1) < 0)
		die("KVM_SET_USER_MEMORY_REGION");
	memset(stmem, 0, ST_SIZE);
	struct kvm_vcpu_init init;
	if (ioctl(vm.fd, KVM_ARM_PREFERRED_TARGET, &init) < 0)
		die("KVM_ARM_PREFERRED_TARGET");
	for (int i = 0; i < cfg.nvcpus; i++) {
		int fd = ioctl(vm.fd, KVM_CREATE_VCPU, i);
		if (fd < 0)
			die("KVM_CREATE_VCPU %d", i);
		vm.vcpu[i] = fd;
		vm.run[i] = mmap(NULL, kvm_mmap_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		if (vm.run[i] == MAP_FAILED)
			die("mmap kvm_run");
		vm.n = i + 1;
		struct kvm_vcpu_init vi = init;
		memset(vi.features, 0, sizeof vi.features);
		if (cfg.psci != 0x0000ffff) /* PSCI 0.1 has no feature bit */
			vi.features[0] |= 1u << KVM_ARM_VCPU_PSCI_0_2;
		if (i > 0)
			vi.features[0] |= 1u << KVM_ARM_VCPU_POWER_OFF;
		if (ioctl(fd, KVM_ARM_VCPU_INIT, &vi) < 0)
			die("KVM_ARM_VCPU_INIT %d", i);
		/* replay's MPIDR: Aff0 = index (KVM's reset value agrees below 16). */
		if (i >= 16)
			setr(i, MPIDR_EL1, 0x80000000ul | (uint64_t)i);
		uint64_t ipa = ST_BASE + ST_RECORD * (uint64_t)i;
		struct kvm_device_attr a = {
			.group = KVM_ARM_VCPU_PVTIME_CTRL, .attr = KVM_ARM_VCPU_PVTIME_IPA,
			.addr = (uintptr_t)&ipa,
		};
		if (ioctl(fd, KVM_SET_DEVICE_ATTR, &a) < 0)
			die("KVM_ARM_VCPU_PVTIME_IPA %d", i);
		vm.apc[i] = 0;
	}
	if (cfg.psci != 0x0000ffff)
		(void)set_reg(vm.vcpu[0], KVM_REG_ARM_PSCI_VERSION, cfg.psci);
	if (cfg.suspend)
		enable_suspend();
}

/* ---- KVM_RUN with a guard: WFI and a powered-off vCPU block until a signal ---- */

static void on_alarm(int sig) { (void)sig; }

static void guard(int on)
{
	struct itimerval t = { 0 };
	if (on) {
		t.it_value.tv_usec = 5000;
		t.it_interval.tv_usec = 5000;
	}
	setitimer(ITIMER_REAL, &t, NULL);
}

/* Runs vCPU i until it leaves the guest for the VMM. Returns the exit reason, or
 * KVM_EXIT_INTR when the vCPU stopped (CPU_OFF) and KVM_RUN can only be interrupted. */
static uint32_t run_vcpu(int i)
{
	for (int tries = 0;; tries++) {
		vm.run[i]->exit_reason = KVM_EXIT_UNKNOWN; /* no MMIO completion: the VMM set the PC */
		vm.run[i]->immediate_exit = 0;
		guard(1);
		int r = ioctl(vm.vcpu[i], KVM_RUN, 0);
		int e = errno;
		guard(0);
		vm.has_run = 1;
		if (r == 0)
			return vm.run[i]->exit_reason;
		if (e != EINTR && e != EAGAIN)
			die("KVM_RUN of vCPU %d", i);
		if (mp_state(i) == KVM_MP_STATE_STOPPED)
			return KVM_EXIT_INTR;
		if (tries > 100000) {
			errno = e;
			die("KVM_RUN of vCPU %d never returns", i);
		}
	}
}

/* A vCPU that CPU_ON just powered on: KVM applies the reset when it next runs; run it into
 * the vector and read the PC KVM gave it from ELR_EL1. */
static void settle(int t)
{
	uint32_t ex = run_vcpu(t);
	uint64_t pc = reg(t, PCREG);
	if (ex == KVM_EXIT_MMIO && pc == VECTOR + 4)
		vm.apc[t] = reg(t, ELR_EL1);
	else
		fprintf(stderr, "kvm-replay: line %u: vCPU %d after CPU_ON: exit %u pc %#llx\n",
			lineno, t, ex, (unsigned long long)pc);
}

/* ---- the trace grammar (the same checks, in the same order, as replay.rs) ---- */

#define MAXTOK 64
struct toks {
	char *t[MAXTOK];
	int n, pos;
};

static const char *next(struct toks *k)
{
	return k->pos < k->n ? k->t[k->pos++] : NULL;
}

static int bad(const char *what)
{
	fprintf(out, "error line %u: %s\n", lineno, what);
	return -1;
}

/* Rust's u64 parse: optional '+', digits (hex after 0x/0X), no overflow. */
static int number(const char *t, uint64_t *v)
{
	if (!t)
		return -1;
	int base = 10;
	if (t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
		base = 16;
		t += 2;
	}
	if (*t == '+')
		t++;
	if (!*t)
		return -1;
	uint64_t x = 0;
	for (; *t; t++) {
		int d;
		if (*t >= '0' && *t <= '9')
			d = *t - '0';
		else if (base == 16 && *t >= 'a' && *t <= 'f')
			d = *t - 'a' + 10;
		else if (base == 16 && *t >= 'A' && *t <= 'F')
			d = *t - 'A' + 10;
		else
			return -1;
		if (x > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			return -1;
		x = x * (uint64_t)base + (uint64_t)d;
	}
	*v = x;
	return 0;
}

static int number32(const char *t, uint32_t *v)
{
	uint64_t x;
	if (number(t, &x) < 0 || x > 0xffffffffull)
		return -1;
	*v = (uint32_t)x;
	return 0;
}

static int vcpu_index(struct toks *k, int *i)
{
	uint64_t n;
	if (number(next(k), &n) < 0)
		return bad("wants a vCPU index");
	if (n >= (uint64_t)cfg.nvcpus)
		return bad("no such vCPU");
	*i = (int)n;
	return 0;
}

static void hex(uint64_t v, const char *sep)
{
	/* Rust's {:#x}: 0x0 for zero. */
	fprintf(out, "0x%llx%s", (unsigned long long)v, sep);
}

static void d_filter(struct toks *k)
{
	uint32_t base, count;
	uint8_t action;
	if (number32(next(k), &base) < 0) {
		bad("filter wants a 32-bit base");
		return;
	}
	if (number32(next(k), &count) < 0) {
		bad("filter wants a 32-bit count");
		return;
	}
	const char *a = next(k);
	if (a && !strcmp(a, "handle"))
		action = KVM_SMCCC_FILTER_HANDLE;
	else if (a && !strcmp(a, "deny"))
		action = KVM_SMCCC_FILTER_DENY;
	else if (a && !strcmp(a, "fwd"))
		action = KVM_SMCCC_FILTER_FWD_TO_USER;
	else {
		bad("filter wants handle, deny or fwd");
		return;
	}
	if (next(k)) {
		bad("trailing tokens");
		return;
	}
	vm_create();
	struct kvm_smccc_filter f = { .base = base, .nr_functions = count, .action = action };
	struct kvm_device_attr attr = {
		.group = KVM_ARM_VM_SMCCC_CTRL, .attr = KVM_ARM_VM_SMCCC_FILTER,
		.addr = (uintptr_t)&f,
	};
	if (ioctl(vm.fd, KVM_SET_DEVICE_ATTR, &attr) < 0)
		fprintf(out, "error %s\n", errname(errno));
	else
		fprintf(out, "ok\n");
}

static void d_setreg(struct toks *k)
{
	uint64_t id, v;
	if (number(next(k), &id) < 0) {
		bad("setreg wants a register id");
		return;
	}
	if (number(next(k), &v) < 0) {
		bad("setreg wants a value");
		return;
	}
	if (next(k)) {
		bad("trailing tokens");
		return;
	}
	vm_create();
	int r = set_reg(vm.vcpu[0], id, v);
	if (r < 0)
		fprintf(out, "error %s\n", errname(-r));
	else
		fprintf(out, "ok\n");
}

static void d_getreg(struct toks *k)
{
	uint64_t id, v;
	if (number(next(k), &id) < 0) {
		bad("getreg wants a register id");
		return;
	}
	if (next(k)) {
		bad("trailing tokens");
		return;
	}
	vm_create();
	int r = get_reg(vm.vcpu[0], id, &v);
	if (r < 0)
		fprintf(out, "error %s\n", errname(-r));
	else {
		fprintf(out, "value ");
		hex(v, "\n");
	}
}

static void d_call(struct toks *k)
{
	int i;
	if (vcpu_index(k, &i) < 0)
		return;
	const char *t = next(k);
	uint64_t stub;
	if (t && !strcmp(t, "hvc"))
		stub = STUB_HVC;
	else if (t && !strcmp(t, "smc"))
		stub = STUB_SMC;
	else if (t && !strncmp(t, "smc:", 4)) {
		uint64_t imm;
		if (number(t + 4, &imm) < 0 || imm > 0xffff) {
			bad("smc:IMM wants a 16-bit immediate");
			return;
		}
		stub = STUB_SMC + 8 * imm;
	} else {
		bad("call wants hvc, smc or smc:IMM");
		return;
	}
	uint64_t x[NREGS] = { 0 };
	int n = 0;
	const char *tok;
	while ((tok = next(k))) {
		if (n >= NREGS) {
			bad("call takes at most x0..x17");
			return;
		}
		if (number(tok, &x[n]) < 0) {
			bad("bad register value");
			return;
		}
		n++;
	}
	if (n == 0) {
		bad("call wants x0");
		return;
	}
	vm_create();
	if (mp_state(i) == KVM_MP_STATE_STOPPED) {
		/* Show that KVM_RUN of a stopped vCPU blocks: it must end only by the timer's
		 * signal (EINTR) with the vCPU still stopped. */
		vm.run[i]->immediate_exit = 0;
		guard(1);
		int r = ioctl(vm.vcpu[i], KVM_RUN, 0);
		int e = errno;
		guard(0);
		vm.has_run = 1;
		if (r == 0 || e != EINTR || mp_state(i) != KVM_MP_STATE_STOPPED) {
			fprintf(out, "exit %u stopped-vcpu r=%d errno=%s\n",
				r == 0 ? vm.run[i]->exit_reason : 0u, r, r ? errname(e) : "0");
			return;
		}
		bad("vCPU is powered off: KVM_RUN blocks");
		return;
	}
	uint32_t before[MAXV];
	for (int j = 0; j < vm.n; j++)
		before[j] = mp_state(j);
	for (int r = 0; r < NREGS; r++)
		setr(i, XREG(r), x[r]);
	setr(i, XREG(30), 0);
	setr(i, PCREG, stub);
	uint32_t ex = run_vcpu(i);
	uint64_t pc = reg(i, PCREG);
	struct kvm_run *run = vm.run[i];
	if ((ex == KVM_EXIT_MMIO && pc == VECTOR + 4) ||
	    (ex != KVM_EXIT_MMIO && ex != KVM_EXIT_HYPERCALL && ex != KVM_EXIT_SYSTEM_EVENT &&
	     ex != KVM_EXIT_INTR)) {
		/* Nothing replay can print: the trap raised an exception or KVM failed. */
		fprintf(out, "exit %u pc=%#llx esr=%#llx\n", ex, (unsigned long long)pc,
			(unsigned long long)reg(i, ARM64_SYS_REG(3, 0, 5, 2, 0)));
		return;
	}
	vm.apc[i] += pc - stub;
	{
		int tk = stub == STUB_HVC ? 0 : stub == STUB_SMC ? 1 : 2;
		int ak = ex == KVM_EXIT_MMIO ? 0 : ex == KVM_EXIT_HYPERCALL ? 1 :
			 ex == KVM_EXIT_SYSTEM_EVENT ? 2 : 3;
		if (pc - stub == 4)
			adv4[tk][ak]++;
		else
			adv_other[tk][ak]++;
	}
	switch (ex) {
	case KVM_EXIT_MMIO:
	case KVM_EXIT_INTR:
		fprintf(out, "ret ");
		hex(reg(i, XREG(0)), " ");
		hex(reg(i, XREG(1)), " ");
		hex(reg(i, XREG(2)), " ");
		hex(reg(i, XREG(3)), "\n");
		break;
	case KVM_EXIT_HYPERCALL:
		fprintf(out, "user ");
		hex(run->hypercall.nr, " ");
		hex(run->hypercall.flags, "\n");
		break;
	case KVM_EXIT_SYSTEM_EVENT: {
		const char *kind;
		switch (run->system_event.type) {
		case KVM_SYSTEM_EVENT_SHUTDOWN: kind = "shutdown"; break;
		case KVM_SYSTEM_EVENT_RESET: kind = "reset"; break;
		case KVM_SYSTEM_EVENT_SUSPEND: kind = "suspend"; break;
		default: kind = "unknown"; break;
		}
		fprintf(out, "event %s ", kind);
		hex(run->system_event.ndata ? run->system_event.data[0] : 0, "\n");
		break;
	}
	}
	/* Any vCPU this call powered on (PSCI CPU_ON) gets its reset now. */
	for (int j = 0; j < vm.n; j++)
		if (j != i && before[j] == KVM_MP_STATE_STOPPED && mp_state(j) != KVM_MP_STATE_STOPPED)
			settle(j);
}

static void d_mpstate(struct toks *k)
{
	int i;
	if (vcpu_index(k, &i) < 0)
		return;
	const char *t = next(k);
	struct kvm_mp_state s;
	if (t && !strcmp(t, "runnable"))
		s.mp_state = KVM_MP_STATE_RUNNABLE;
	else if (t && !strcmp(t, "stopped"))
		s.mp_state = KVM_MP_STATE_STOPPED;
	else {
		bad("mpstate wants runnable or stopped");
		return;
	}
	if (next(k)) {
		bad("trailing tokens");
		return;
	}
	vm_create();
	if (ioctl(vm.vcpu[i], KVM_SET_MP_STATE, &s) < 0)
		fprintf(out, "error %s\n", errname(errno));
	else
		fprintf(out, "ok\n");
}

static void d_show(struct toks *k)
{
	int i;
	if (vcpu_index(k, &i) < 0)
		return;
	if (next(k)) {
		bad("trailing tokens");
		return;
	}
	vm_create();
	const char *on = mp_state(i) == KVM_MP_STATE_STOPPED ? "off" : "on";
	fprintf(out, "vcpu %d %s pc=", i, on);
	hex(vm.apc[i], " x0=");
	hex(reg(i, XREG(0)), "\n");
}

static int config_directive(const char *op, struct toks *k)
{
	const char *a = next(k), *b = next(k);
	int is_host = !strcmp(op, "host");
	if (!is_host && strcmp(op, "psci") && strcmp(op, "vcpus") && strcmp(op, "suspend") &&
	    strcmp(op, "kvm"))
		return bad("unknown directive");
	if (next(k))
		return bad("trailing tokens");
	if (is_host) {
		if (!a || (strcmp(a, "wa1") && strcmp(a, "wa2") && strcmp(a, "wa3")))
			return bad("host wants wa1, wa2 or wa3");
		if (!b || (strcmp(b, "vulnerable") && strcmp(b, "mitigated") && strcmp(b, "unaffected")))
			return bad("host wants vulnerable, mitigated or unaffected");
		return 0; /* the machine decides */
	}
	if (b)
		return bad("trailing tokens");
	if (vm.has_run)
		return bad("configuration after the first call");
	if (!strcmp(op, "kvm")) {
		/* The release is the machine's: checked, not applied (replay starts a fresh VM). */
		if (!a || (strcmp(a, "7.2") && strcmp(a, "6.12")))
			return bad("kvm wants 7.2 or 6.12");
		vm_destroy();
		return 0;
	}
	if (!strcmp(op, "psci")) {
		static const struct { const char *s; uint32_t v; } vs[] = {
			{ "0.1", 0x0000ffff }, /* marker: no PSCI_0_2 feature */
			{ "0.2", 0x2 }, { "1.0", 0x10000 }, { "1.1", 0x10001 },
			{ "1.2", 0x10002 }, { "1.3", 0x10003 },
		};
		for (unsigned j = 0; j < sizeof vs / sizeof vs[0]; j++)
			if (a && !strcmp(a, vs[j].s)) {
				cfg.psci = vs[j].v;
				vm_destroy(); /* replay rebuilds a fresh VM */
				return 0;
			}
		return bad("psci wants 0.1, 0.2, 1.0, 1.1, 1.2 or 1.3");
	}
	if (!strcmp(op, "vcpus")) {
		uint64_t n;
		if (number(a, &n) < 0)
			return bad("vcpus wants a count");
		if (n < 1 || n > MAXV)
			return bad("vcpus wants 1 to 64");
		cfg.nvcpus = (int)n;
		vm_destroy();
		return 0;
	}
	/* suspend */
	if (a && !strcmp(a, "on"))
		cfg.suspend = 1;
	else if (a && !strcmp(a, "off"))
		cfg.suspend = 0;
	else
		return bad("suspend wants on or off");
	if (vm.fd >= 0 && cfg.suspend && !vm.suspend_on)
		enable_suspend();
	else if (vm.fd >= 0 && !cfg.suspend && vm.suspend_on)
		fprintf(stderr, "kvm-replay: line %u: KVM cannot disable SYSTEM_SUSPEND\n", lineno);
	return 0;
}

static void line(char *s)
{
	lineno++;
	char *hash = strchr(s, '#');
	if (hash)
		*hash = 0;
	struct toks k = { .n = 0, .pos = 0 };
	for (char *p = strtok(s, " \t\r\n\v\f"); p && k.n < MAXTOK; p = strtok(NULL, " \t\r\n\v\f"))
		k.t[k.n++] = p;
	const char *op = next(&k);
	if (!op)
		return;
	if (!strcmp(op, "filter"))
		d_filter(&k);
	else if (!strcmp(op, "setreg"))
		d_setreg(&k);
	else if (!strcmp(op, "getreg"))
		d_getreg(&k);
	else if (!strcmp(op, "call"))
		d_call(&k);
	else if (!strcmp(op, "show"))
		d_show(&k);
	else if (!strcmp(op, "mpstate"))
		d_mpstate(&k);
	else
		config_directive(op, &k);
}

static void reset_trace(void)
{
	vm_destroy();
	cfg.psci = 0x10003;
	cfg.nvcpus = 1;
	cfg.suspend = 0;
	lineno = 0;
}

/* ---- the host's mitigation state, read from KVM ---- */

static void print_host(void)
{
	char rel[128] = "";
	FILE *u = fopen("/proc/sys/kernel/osrelease", "r");
	if (u) {
		if (fgets(rel, sizeof rel, u))
			rel[strcspn(rel, "\n")] = 0;
		fclose(u);
	}
	if (!strncmp(rel, "7.2.", 4))
		fprintf(out, "kvm 7.2\n");
	else if (!strncmp(rel, "6.12.", 5))
		fprintf(out, "kvm 6.12\n");
	else
		fprintf(out, "# kvm %s: no model of this release\n", rel);
	reset_trace();
	vm_create();
	static const char *const wa1[] = { "vulnerable", "mitigated", "unaffected" };
	static const char *const wa2[] = { "vulnerable", "unknown", "mitigated", "unaffected" };
	for (int w = 1; w <= 3; w++) {
		uint64_t v = ~0ull;
		int r = get_reg(vm.vcpu[0], KVM_REG_ARM_FW_REG(w), &v);
		const char *s = NULL;
		if (r == 0 && w == 2 && v < 4)
			s = wa2[v];
		else if (r == 0 && w != 2 && v < 3)
			s = wa1[v];
		if (s)
			fprintf(out, "host wa%d %s\n", w, s);
		else
			fprintf(out, "# host wa%d: firmware register %d -> %d %#llx\n", w, w, r,
				(unsigned long long)v);
	}
	/* What the guest sees, for the record: ARCH_FEATURES of each workaround. */
	static const uint32_t ids[] = { 0x80008000, 0x80007fff, 0x80003fff };
	for (int w = 0; w < 3; w++) {
		for (int r = 0; r < NREGS; r++)
			setr(0, XREG(r), 0);
		setr(0, XREG(0), 0x80000001);
		setr(0, XREG(1), ids[w]);
		setr(0, XREG(30), 0);
		setr(0, PCREG, STUB_HVC);
		run_vcpu(0);
		fprintf(out, "# ARCH_FEATURES(%#x) = %lld\n", ids[w], (long long)reg(0, XREG(0)));
	}
	reset_trace();
}

/* ---- driver ---- */

static void run_text(FILE *in)
{
	char buf[8192];
	while (fgets(buf, sizeof buf, in)) {
		if (!strncmp(buf, "@@trace ", 8)) {
			buf[strcspn(buf, "\r\n")] = 0;
			reset_trace();
			fprintf(out, "@@out %s\n", buf + 8);
			continue;
		}
		line(buf);
	}
	reset_trace();
}

static void setup(void)
{
	kvm_fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kvm_fd < 0)
		die("/dev/kvm");
	kvm_mmap_size = ioctl(kvm_fd, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (kvm_mmap_size <= 0)
		die("KVM_GET_VCPU_MMAP_SIZE");
	slot0 = mmap(NULL, SLOT0_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	stmem = mmap(NULL, ST_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (slot0 == MAP_FAILED || stmem == MAP_FAILED)
		die("mmap guest memory");
	build_guest_code();
	struct sigaction sa = { .sa_handler = on_alarm }; /* no SA_RESTART: KVM_RUN returns EINTR */
	sigaction(SIGALRM, &sa, NULL);
}

/* As /init: mount /dev, run /rig/traces (every trace, "@@trace NAME" separated), then every
 * executable in /rig/bin (the kernel selftests), print their results, power off. */
static int init_main(void)
{
	mkdir("/dev", 0755);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mkdir("/proc", 0755);
	mount("proc", "/proc", "proc", 0, NULL);
	mkdir("/sys", 0755);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	mkdir("/tmp", 01777);
	mount("tmpfs", "/tmp", "tmpfs", 0, NULL);
	int con = open("/dev/console", O_RDWR);
	if (con >= 0) {
		dup2(con, 1);
		dup2(con, 2);
	}
	out = stdout;
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	FILE *u = fopen("/proc/sys/kernel/osrelease", "r");
	char rel[128] = "?";
	if (u && fgets(rel, sizeof rel, u))
		rel[strcspn(rel, "\n")] = 0;
	printf("@@kvm-replay kernel %s\n", rel);
	setup();
	printf("@@host\n");
	print_host();
	FILE *in = fopen("/rig/traces", "r");
	if (in) {
		run_text(in);
		fclose(in);
	}
	printf("@@pc-advance\n");
	for (int t = 0; t < 3; t++)
		for (int a = 0; a < 4; a++)
			printf("%s %s: %lu calls advanced the PC by 4, %lu by something else\n",
			       trap_names[t], answer_names[a], adv4[t][a], adv_other[t][a]);
	printf("@@traces-done\n");
	fflush(stdout);
	/* The selftests, each in its own process. */
	FILE *l = fopen("/rig/selftests", "r");
	char name[256];
	while (l && fgets(name, sizeof name, l)) {
		name[strcspn(name, "\n")] = 0;
		if (!*name)
			continue;
		printf("@@selftest %s\n", name);
		fflush(stdout);
		pid_t p = fork();
		if (p == 0) {
			char path[300];
			snprintf(path, sizeof path, "/rig/bin/%s", name);
			execl(path, path, (char *)NULL); /* selftests reopen argv[0] */
			_exit(127);
		}
		int st = 0;
		waitpid(p, &st, 0);
		printf("@@selftest-status %s %d\n", name,
		       WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
		fflush(stdout);
	}
	printf("@@done\n");
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}

int main(int argc, char **argv)
{
	if (getpid() == 1)
		return init_main();
	out = stdout;
	if (argc > 1 && !strcmp(argv[1], "--host")) {
		setup();
		print_host();
		return 0;
	}
	setup();
	if (argc == 1) {
		run_text(stdin);
		return 0;
	}
	for (int a = 1; a < argc; a++) {
		FILE *in = fopen(argv[a], "r");
		if (!in)
			die("%s", argv[a]);
		reset_trace();
		run_text(in);
		fclose(in);
	}
	return 0;
}
