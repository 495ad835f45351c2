// SPDX-License-Identifier: MIT OR Apache-2.0
// kvm-reglist: booted as /init by scripts/kvm-reglist (same rig as kvm-replay). Prints the
// KVM_GET_REG_LIST of one vCPU per configuration (Documentation/virt/kvm/api.rst 4.84):
//   default  KVM_ARM_VCPU_PSCI_0_2
//   sve      + KVM_ARM_VCPU_SVE, KVM_ARM_VCPU_FINALIZE(KVM_ARM_VCPU_SVE)
//   pmu      + KVM_ARM_VCPU_PMU_V3, listed right after KVM_ARM_VCPU_INIT
//   pmu-init the same vCPU after an in-kernel vGICv3, the PMU overflow IRQ and
//            KVM_ARM_VCPU_PMU_V3_INIT (shows whether the list depends on that setup)
// Output: "@@list NAME", one id per line (0x%016llx), "@@end NAME RC" (RC 0 or an errno).
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linux/kvm.h>

static int kvm;

static int print_list(const char *name, int vcpu)
{
	struct kvm_reg_list probe = { .n = 0 };
	printf("@@list %s\n", name);
	if (ioctl(vcpu, KVM_GET_REG_LIST, &probe) == 0 || errno != E2BIG) {
		printf("@@end %s %d\n", name, errno ? errno : -1);
		return -1;
	}
	struct kvm_reg_list *l = calloc(1, sizeof(*l) + probe.n * sizeof(uint64_t));
	l->n = probe.n;
	if (ioctl(vcpu, KVM_GET_REG_LIST, l) < 0) {
		printf("@@end %s %d\n", name, errno);
		return -1;
	}
	for (uint64_t i = 0; i < l->n; i++)
		printf("0x%016llx\n", (unsigned long long)l->reg[i]);
	printf("@@end %s 0\n", name);
	free(l);
	return 0;
}

static int step(const char *what, int rc)
{
	if (rc < 0)
		printf("@@fail %s %d\n", what, errno);
	return rc;
}

static void config(const char *name, uint32_t features, int finalize, int pmu_init)
{
	int vm = ioctl(kvm, KVM_CREATE_VM, 0);
	if (step("KVM_CREATE_VM", vm) < 0)
		return;
	struct kvm_vcpu_init init;
	memset(&init, 0, sizeof init);
	if (step("KVM_ARM_PREFERRED_TARGET", ioctl(vm, KVM_ARM_PREFERRED_TARGET, &init)) < 0)
		goto out;
	int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	if (step("KVM_CREATE_VCPU", vcpu) < 0)
		goto out;
	init.features[0] = features;
	if (step("KVM_ARM_VCPU_INIT", ioctl(vcpu, KVM_ARM_VCPU_INIT, &init)) < 0)
		goto out;
	if (finalize) {
		int what = KVM_ARM_VCPU_SVE;
		if (step("KVM_ARM_VCPU_FINALIZE", ioctl(vcpu, KVM_ARM_VCPU_FINALIZE, &what)) < 0)
			goto out;
	}
	print_list(name, vcpu);
	if (pmu_init) {
		/* vGICv3 at QEMU virt's addresses, initialised; then PPI 23 as the PMU IRQ. */
		struct kvm_create_device gic = { .type = KVM_DEV_TYPE_ARM_VGIC_V3 };
		if (step("KVM_CREATE_DEVICE", ioctl(vm, KVM_CREATE_DEVICE, &gic)) < 0)
			goto out;
		uint64_t dist = 0x08000000, redist = 0x080a0000;
		struct kvm_device_attr a = { .group = KVM_DEV_ARM_VGIC_GRP_ADDR,
					     .attr = KVM_VGIC_V3_ADDR_TYPE_DIST,
					     .addr = (uint64_t)(uintptr_t)&dist };
		if (step("VGIC dist", ioctl(gic.fd, KVM_SET_DEVICE_ATTR, &a)) < 0)
			goto out;
		a.attr = KVM_VGIC_V3_ADDR_TYPE_REDIST;
		a.addr = (uint64_t)(uintptr_t)&redist;
		if (step("VGIC redist", ioctl(gic.fd, KVM_SET_DEVICE_ATTR, &a)) < 0)
			goto out;
		struct kvm_device_attr c = { .group = KVM_DEV_ARM_VGIC_GRP_CTRL,
					     .attr = KVM_DEV_ARM_VGIC_CTRL_INIT };
		if (step("VGIC init", ioctl(gic.fd, KVM_SET_DEVICE_ATTR, &c)) < 0)
			goto out;
		int irq = 23;
		struct kvm_device_attr p = { .group = KVM_ARM_VCPU_PMU_V3_CTRL,
					     .attr = KVM_ARM_VCPU_PMU_V3_IRQ,
					     .addr = (uint64_t)(uintptr_t)&irq };
		if (step("PMU IRQ", ioctl(vcpu, KVM_SET_DEVICE_ATTR, &p)) < 0)
			goto out;
		p.attr = KVM_ARM_VCPU_PMU_V3_INIT;
		p.addr = 0;
		if (step("PMU INIT", ioctl(vcpu, KVM_SET_DEVICE_ATTR, &p)) < 0)
			goto out;
		print_list("pmu-init", vcpu);
	}
out:
	close(vm);
}

int main(void)
{
	mkdir("/dev", 0755);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mkdir("/proc", 0755);
	mount("proc", "/proc", "proc", 0, NULL);
	int con = open("/dev/console", O_RDWR);
	if (con >= 0) {
		dup2(con, 1);
		dup2(con, 2);
	}
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	char rel[128] = "?";
	FILE *u = fopen("/proc/sys/kernel/osrelease", "r");
	if (u && fgets(rel, sizeof rel, u))
		rel[strcspn(rel, "\n")] = 0;
	printf("@@kvm-reglist kernel %s\n", rel);
	kvm = open("/dev/kvm", O_RDWR);
	if (kvm < 0) {
		printf("@@fail /dev/kvm %d\n", errno);
	} else {
		uint32_t psci = 1u << KVM_ARM_VCPU_PSCI_0_2;
		config("default", psci, 0, 0);
		config("sve", psci | 1u << KVM_ARM_VCPU_SVE, 1, 0);
		config("pmu", psci | 1u << KVM_ARM_VCPU_PMU_V3, 0, 1);
	}
	printf("@@done\n");
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}
