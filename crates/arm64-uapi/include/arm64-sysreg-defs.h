#ifndef __ASM_SYSREG_DEFS_H
#define __ASM_SYSREG_DEFS_H

/* Generated file - do not edit */

#define MIDR_ELx_Implementer                            GENMASK(31, 24)
#define MIDR_ELx_Implementer_MASK                       GENMASK(31, 24)
#define MIDR_ELx_Implementer_SHIFT                      24
#define MIDR_ELx_Implementer_WIDTH                      8

#define MIDR_ELx_Variant                                GENMASK(23, 20)
#define MIDR_ELx_Variant_MASK                           GENMASK(23, 20)
#define MIDR_ELx_Variant_SHIFT                          20
#define MIDR_ELx_Variant_WIDTH                          4

#define MIDR_ELx_Architecture                           GENMASK(19, 16)
#define MIDR_ELx_Architecture_MASK                      GENMASK(19, 16)
#define MIDR_ELx_Architecture_SHIFT                     16
#define MIDR_ELx_Architecture_WIDTH                     4

#define MIDR_ELx_PartNum                                GENMASK(15, 4)
#define MIDR_ELx_PartNum_MASK                           GENMASK(15, 4)
#define MIDR_ELx_PartNum_SHIFT                          4
#define MIDR_ELx_PartNum_WIDTH                          12

#define MIDR_ELx_Revision                               GENMASK(3, 0)
#define MIDR_ELx_Revision_MASK                          GENMASK(3, 0)
#define MIDR_ELx_Revision_SHIFT                         0
#define MIDR_ELx_Revision_WIDTH                         4

#define MIDR_ELx_RES0                                   (UL(0) | GENMASK_ULL(63, 32))
#define MIDR_ELx_RES1                                   (UL(0))
#define MIDR_ELx_UNKN                                   (UL(0))

#define REG_MIDR_EL1                                    S3_0_C0_C0_0
#define SYS_MIDR_EL1                                    sys_reg(3, 0, 0, 0, 0)
#define SYS_MIDR_EL1_Op0                                3
#define SYS_MIDR_EL1_Op1                                0
#define SYS_MIDR_EL1_CRn                                0
#define SYS_MIDR_EL1_CRm                                0
#define SYS_MIDR_EL1_Op2                                0

/* For MIDR_EL1 fields see MIDR_ELx */

#define MPIDR_ELx_Aff3                                  GENMASK(39, 32)
#define MPIDR_ELx_Aff3_MASK                             GENMASK(39, 32)
#define MPIDR_ELx_Aff3_SHIFT                            32
#define MPIDR_ELx_Aff3_WIDTH                            8

#define MPIDR_ELx_U                                     GENMASK(30, 30)
#define MPIDR_ELx_U_MASK                                GENMASK(30, 30)
#define MPIDR_ELx_U_SHIFT                               30
#define MPIDR_ELx_U_WIDTH                               1

#define MPIDR_ELx_MT                                    GENMASK(24, 24)
#define MPIDR_ELx_MT_MASK                               GENMASK(24, 24)
#define MPIDR_ELx_MT_SHIFT                              24
#define MPIDR_ELx_MT_WIDTH                              1

#define MPIDR_ELx_Aff2                                  GENMASK(23, 16)
#define MPIDR_ELx_Aff2_MASK                             GENMASK(23, 16)
#define MPIDR_ELx_Aff2_SHIFT                            16
#define MPIDR_ELx_Aff2_WIDTH                            8

#define MPIDR_ELx_Aff1                                  GENMASK(15, 8)
#define MPIDR_ELx_Aff1_MASK                             GENMASK(15, 8)
#define MPIDR_ELx_Aff1_SHIFT                            8
#define MPIDR_ELx_Aff1_WIDTH                            8

#define MPIDR_ELx_Aff0                                  GENMASK(7, 0)
#define MPIDR_ELx_Aff0_MASK                             GENMASK(7, 0)
#define MPIDR_ELx_Aff0_SHIFT                            0
#define MPIDR_ELx_Aff0_WIDTH                            8

#define MPIDR_ELx_RES0                                  (UL(0) | GENMASK_ULL(63, 40) | GENMASK_ULL(29, 25))
#define MPIDR_ELx_RES1                                  (UL(0) | GENMASK_ULL(31, 31))
#define MPIDR_ELx_UNKN                                  (UL(0))

#define REG_MPIDR_EL1                                   S3_0_C0_C0_5
#define SYS_MPIDR_EL1                                   sys_reg(3, 0, 0, 0, 5)
#define SYS_MPIDR_EL1_Op0                               3
#define SYS_MPIDR_EL1_Op1                               0
#define SYS_MPIDR_EL1_CRn                               0
#define SYS_MPIDR_EL1_CRm                               0
#define SYS_MPIDR_EL1_Op2                               5

/* For MPIDR_EL1 fields see MPIDR_ELx */

#define REG_REVIDR_EL1                                  S3_0_C0_C0_6
#define SYS_REVIDR_EL1                                  sys_reg(3, 0, 0, 0, 6)
#define SYS_REVIDR_EL1_Op0                              3
#define SYS_REVIDR_EL1_Op1                              0
#define SYS_REVIDR_EL1_CRn                              0
#define SYS_REVIDR_EL1_CRm                              0
#define SYS_REVIDR_EL1_Op2                              6

#define REVIDR_EL1_IMPDEF                               GENMASK(63, 0)
#define REVIDR_EL1_IMPDEF_MASK                          GENMASK(63, 0)
#define REVIDR_EL1_IMPDEF_SHIFT                         0
#define REVIDR_EL1_IMPDEF_WIDTH                         64

#define REVIDR_EL1_RES0                                 (UL(0))
#define REVIDR_EL1_RES1                                 (UL(0))
#define REVIDR_EL1_UNKN                                 (UL(0))

#define REG_ID_PFR0_EL1                                 S3_0_C0_C1_0
#define SYS_ID_PFR0_EL1                                 sys_reg(3, 0, 0, 1, 0)
#define SYS_ID_PFR0_EL1_Op0                             3
#define SYS_ID_PFR0_EL1_Op1                             0
#define SYS_ID_PFR0_EL1_CRn                             0
#define SYS_ID_PFR0_EL1_CRm                             1
#define SYS_ID_PFR0_EL1_Op2                             0

#define ID_PFR0_EL1_RAS                                 GENMASK(31, 28)
#define ID_PFR0_EL1_RAS_MASK                            GENMASK(31, 28)
#define ID_PFR0_EL1_RAS_SHIFT                           28
#define ID_PFR0_EL1_RAS_WIDTH                           4
#define ID_PFR0_EL1_RAS_SIGNED                          false
#define ID_PFR0_EL1_RAS_NI                              UL(0b0000)
#define ID_PFR0_EL1_RAS_RAS                             UL(0b0001)
#define ID_PFR0_EL1_RAS_RASv1p1                         UL(0b0010)

#define ID_PFR0_EL1_DIT                                 GENMASK(27, 24)
#define ID_PFR0_EL1_DIT_MASK                            GENMASK(27, 24)
#define ID_PFR0_EL1_DIT_SHIFT                           24
#define ID_PFR0_EL1_DIT_WIDTH                           4
#define ID_PFR0_EL1_DIT_SIGNED                          false
#define ID_PFR0_EL1_DIT_NI                              UL(0b0000)
#define ID_PFR0_EL1_DIT_IMP                             UL(0b0001)

#define ID_PFR0_EL1_AMU                                 GENMASK(23, 20)
#define ID_PFR0_EL1_AMU_MASK                            GENMASK(23, 20)
#define ID_PFR0_EL1_AMU_SHIFT                           20
#define ID_PFR0_EL1_AMU_WIDTH                           4
#define ID_PFR0_EL1_AMU_SIGNED                          false
#define ID_PFR0_EL1_AMU_NI                              UL(0b0000)
#define ID_PFR0_EL1_AMU_AMUv1                           UL(0b0001)
#define ID_PFR0_EL1_AMU_AMUv1p1                         UL(0b0010)

#define ID_PFR0_EL1_CSV2                                GENMASK(19, 16)
#define ID_PFR0_EL1_CSV2_MASK                           GENMASK(19, 16)
#define ID_PFR0_EL1_CSV2_SHIFT                          16
#define ID_PFR0_EL1_CSV2_WIDTH                          4
#define ID_PFR0_EL1_CSV2_SIGNED                         false
#define ID_PFR0_EL1_CSV2_UNDISCLOSED                    UL(0b0000)
#define ID_PFR0_EL1_CSV2_IMP                            UL(0b0001)
#define ID_PFR0_EL1_CSV2_CSV2p1                         UL(0b0010)

#define ID_PFR0_EL1_State3                              GENMASK(15, 12)
#define ID_PFR0_EL1_State3_MASK                         GENMASK(15, 12)
#define ID_PFR0_EL1_State3_SHIFT                        12
#define ID_PFR0_EL1_State3_WIDTH                        4
#define ID_PFR0_EL1_State3_SIGNED                       false
#define ID_PFR0_EL1_State3_NI                           UL(0b0000)
#define ID_PFR0_EL1_State3_IMP                          UL(0b0001)

#define ID_PFR0_EL1_State2                              GENMASK(11, 8)
#define ID_PFR0_EL1_State2_MASK                         GENMASK(11, 8)
#define ID_PFR0_EL1_State2_SHIFT                        8
#define ID_PFR0_EL1_State2_WIDTH                        4
#define ID_PFR0_EL1_State2_NI                           UL(0b0000)
#define ID_PFR0_EL1_State2_NO_CV                        UL(0b0001)
#define ID_PFR0_EL1_State2_CV                           UL(0b0010)

#define ID_PFR0_EL1_State1                              GENMASK(7, 4)
#define ID_PFR0_EL1_State1_MASK                         GENMASK(7, 4)
#define ID_PFR0_EL1_State1_SHIFT                        4
#define ID_PFR0_EL1_State1_WIDTH                        4
#define ID_PFR0_EL1_State1_SIGNED                       false
#define ID_PFR0_EL1_State1_NI                           UL(0b0000)
#define ID_PFR0_EL1_State1_THUMB                        UL(0b0001)
#define ID_PFR0_EL1_State1_THUMB2                       UL(0b0010)

#define ID_PFR0_EL1_State0                              GENMASK(3, 0)
#define ID_PFR0_EL1_State0_MASK                         GENMASK(3, 0)
#define ID_PFR0_EL1_State0_SHIFT                        0
#define ID_PFR0_EL1_State0_WIDTH                        4
#define ID_PFR0_EL1_State0_SIGNED                       false
#define ID_PFR0_EL1_State0_NI                           UL(0b0000)
#define ID_PFR0_EL1_State0_IMP                          UL(0b0001)

#define ID_PFR0_EL1_RES0                                (UL(0) | GENMASK_ULL(63, 32))
#define ID_PFR0_EL1_RES1                                (UL(0))
#define ID_PFR0_EL1_UNKN                                (UL(0))

#define REG_ID_PFR1_EL1                                 S3_0_C0_C1_1
#define SYS_ID_PFR1_EL1                                 sys_reg(3, 0, 0, 1, 1)
#define SYS_ID_PFR1_EL1_Op0                             3
#define SYS_ID_PFR1_EL1_Op1                             0
#define SYS_ID_PFR1_EL1_CRn                             0
#define SYS_ID_PFR1_EL1_CRm                             1
#define SYS_ID_PFR1_EL1_Op2                             1

#define ID_PFR1_EL1_GIC                                 GENMASK(31, 28)
#define ID_PFR1_EL1_GIC_MASK                            GENMASK(31, 28)
#define ID_PFR1_EL1_GIC_SHIFT                           28
#define ID_PFR1_EL1_GIC_WIDTH                           4
#define ID_PFR1_EL1_GIC_SIGNED                          false
#define ID_PFR1_EL1_GIC_NI                              UL(0b0000)
#define ID_PFR1_EL1_GIC_GICv3                           UL(0b0001)
#define ID_PFR1_EL1_GIC_GICv4p1                         UL(0b0011)

#define ID_PFR1_EL1_Virt_frac                           GENMASK(27, 24)
#define ID_PFR1_EL1_Virt_frac_MASK                      GENMASK(27, 24)
#define ID_PFR1_EL1_Virt_frac_SHIFT                     24
#define ID_PFR1_EL1_Virt_frac_WIDTH                     4
#define ID_PFR1_EL1_Virt_frac_SIGNED                    false
#define ID_PFR1_EL1_Virt_frac_NI                        UL(0b0000)
#define ID_PFR1_EL1_Virt_frac_IMP                       UL(0b0001)

#define ID_PFR1_EL1_Sec_frac                            GENMASK(23, 20)
#define ID_PFR1_EL1_Sec_frac_MASK                       GENMASK(23, 20)
#define ID_PFR1_EL1_Sec_frac_SHIFT                      20
#define ID_PFR1_EL1_Sec_frac_WIDTH                      4
#define ID_PFR1_EL1_Sec_frac_NI                         UL(0b0000)
#define ID_PFR1_EL1_Sec_frac_WALK_DISABLE               UL(0b0001)
#define ID_PFR1_EL1_Sec_frac_SECURE_MEMORY              UL(0b0010)

#define ID_PFR1_EL1_GenTimer                            GENMASK(19, 16)
#define ID_PFR1_EL1_GenTimer_MASK                       GENMASK(19, 16)
#define ID_PFR1_EL1_GenTimer_SHIFT                      16
#define ID_PFR1_EL1_GenTimer_WIDTH                      4
#define ID_PFR1_EL1_GenTimer_SIGNED                     false
#define ID_PFR1_EL1_GenTimer_NI                         UL(0b0000)
#define ID_PFR1_EL1_GenTimer_IMP                        UL(0b0001)
#define ID_PFR1_EL1_GenTimer_ECV                        UL(0b0010)

#define ID_PFR1_EL1_Virtualization                      GENMASK(15, 12)
#define ID_PFR1_EL1_Virtualization_MASK                 GENMASK(15, 12)
#define ID_PFR1_EL1_Virtualization_SHIFT                12
#define ID_PFR1_EL1_Virtualization_WIDTH                4
#define ID_PFR1_EL1_Virtualization_SIGNED               false
#define ID_PFR1_EL1_Virtualization_NI                   UL(0b0000)
#define ID_PFR1_EL1_Virtualization_IMP                  UL(0b0001)

#define ID_PFR1_EL1_MProgMod                            GENMASK(11, 8)
#define ID_PFR1_EL1_MProgMod_MASK                       GENMASK(11, 8)
#define ID_PFR1_EL1_MProgMod_SHIFT                      8
#define ID_PFR1_EL1_MProgMod_WIDTH                      4
#define ID_PFR1_EL1_MProgMod_SIGNED                     false
#define ID_PFR1_EL1_MProgMod_NI                         UL(0b0000)
#define ID_PFR1_EL1_MProgMod_IMP                        UL(0b0001)

#define ID_PFR1_EL1_Security                            GENMASK(7, 4)
#define ID_PFR1_EL1_Security_MASK                       GENMASK(7, 4)
#define ID_PFR1_EL1_Security_SHIFT                      4
#define ID_PFR1_EL1_Security_WIDTH                      4
#define ID_PFR1_EL1_Security_NI                         UL(0b0000)
#define ID_PFR1_EL1_Security_EL3                        UL(0b0001)
#define ID_PFR1_EL1_Security_NSACR_RFR                  UL(0b0010)

#define ID_PFR1_EL1_ProgMod                             GENMASK(3, 0)
#define ID_PFR1_EL1_ProgMod_MASK                        GENMASK(3, 0)
#define ID_PFR1_EL1_ProgMod_SHIFT                       0
#define ID_PFR1_EL1_ProgMod_WIDTH                       4
#define ID_PFR1_EL1_ProgMod_SIGNED                      false
#define ID_PFR1_EL1_ProgMod_NI                          UL(0b0000)
#define ID_PFR1_EL1_ProgMod_IMP                         UL(0b0001)

#define ID_PFR1_EL1_RES0                                (UL(0) | GENMASK_ULL(63, 32))
#define ID_PFR1_EL1_RES1                                (UL(0))
#define ID_PFR1_EL1_UNKN                                (UL(0))

#define REG_ID_DFR0_EL1                                 S3_0_C0_C1_2
#define SYS_ID_DFR0_EL1                                 sys_reg(3, 0, 0, 1, 2)
#define SYS_ID_DFR0_EL1_Op0                             3
#define SYS_ID_DFR0_EL1_Op1                             0
#define SYS_ID_DFR0_EL1_CRn                             0
#define SYS_ID_DFR0_EL1_CRm                             1
#define SYS_ID_DFR0_EL1_Op2                             2

#define ID_DFR0_EL1_TraceFilt                           GENMASK(31, 28)
#define ID_DFR0_EL1_TraceFilt_MASK                      GENMASK(31, 28)
#define ID_DFR0_EL1_TraceFilt_SHIFT                     28
#define ID_DFR0_EL1_TraceFilt_WIDTH                     4
#define ID_DFR0_EL1_TraceFilt_SIGNED                    false
#define ID_DFR0_EL1_TraceFilt_NI                        UL(0b0000)
#define ID_DFR0_EL1_TraceFilt_IMP                       UL(0b0001)

#define ID_DFR0_EL1_PerfMon                             GENMASK(27, 24)
#define ID_DFR0_EL1_PerfMon_MASK                        GENMASK(27, 24)
#define ID_DFR0_EL1_PerfMon_SHIFT                       24
#define ID_DFR0_EL1_PerfMon_WIDTH                       4
#define ID_DFR0_EL1_PerfMon_SIGNED                      false
#define ID_DFR0_EL1_PerfMon_NI                          UL(0b0000)
#define ID_DFR0_EL1_PerfMon_PMUv1                       UL(0b0001)
#define ID_DFR0_EL1_PerfMon_PMUv2                       UL(0b0010)
#define ID_DFR0_EL1_PerfMon_PMUv3                       UL(0b0011)
#define ID_DFR0_EL1_PerfMon_PMUv3p1                     UL(0b0100)
#define ID_DFR0_EL1_PerfMon_PMUv3p4                     UL(0b0101)
#define ID_DFR0_EL1_PerfMon_PMUv3p5                     UL(0b0110)
#define ID_DFR0_EL1_PerfMon_PMUv3p7                     UL(0b0111)
#define ID_DFR0_EL1_PerfMon_PMUv3p8                     UL(0b1000)
#define ID_DFR0_EL1_PerfMon_PMUv3p9                     UL(0b1001)
#define ID_DFR0_EL1_PerfMon_IMPDEF                      UL(0b1111)

#define ID_DFR0_EL1_MProfDbg                            GENMASK(23, 20)
#define ID_DFR0_EL1_MProfDbg_MASK                       GENMASK(23, 20)
#define ID_DFR0_EL1_MProfDbg_SHIFT                      20
#define ID_DFR0_EL1_MProfDbg_WIDTH                      4
#define ID_DFR0_EL1_MProfDbg_NI                         UL(0b0000)
#define ID_DFR0_EL1_MProfDbg_IMP                        UL(0b0001)

#define ID_DFR0_EL1_MMapTrc                             GENMASK(19, 16)
#define ID_DFR0_EL1_MMapTrc_MASK                        GENMASK(19, 16)
#define ID_DFR0_EL1_MMapTrc_SHIFT                       16
#define ID_DFR0_EL1_MMapTrc_WIDTH                       4
#define ID_DFR0_EL1_MMapTrc_NI                          UL(0b0000)
#define ID_DFR0_EL1_MMapTrc_IMP                         UL(0b0001)

#define ID_DFR0_EL1_CopTrc                              GENMASK(15, 12)
#define ID_DFR0_EL1_CopTrc_MASK                         GENMASK(15, 12)
#define ID_DFR0_EL1_CopTrc_SHIFT                        12
#define ID_DFR0_EL1_CopTrc_WIDTH                        4
#define ID_DFR0_EL1_CopTrc_NI                           UL(0b0000)
#define ID_DFR0_EL1_CopTrc_IMP                          UL(0b0001)

#define ID_DFR0_EL1_MMapDbg                             GENMASK(11, 8)
#define ID_DFR0_EL1_MMapDbg_MASK                        GENMASK(11, 8)
#define ID_DFR0_EL1_MMapDbg_SHIFT                       8
#define ID_DFR0_EL1_MMapDbg_WIDTH                       4
#define ID_DFR0_EL1_MMapDbg_NI                          UL(0b0000)
#define ID_DFR0_EL1_MMapDbg_Armv7                       UL(0b0100)
#define ID_DFR0_EL1_MMapDbg_Armv7p1                     UL(0b0101)

#define ID_DFR0_EL1_CopSDbg                             GENMASK(7, 4)
#define ID_DFR0_EL1_CopSDbg_MASK                        GENMASK(7, 4)
#define ID_DFR0_EL1_CopSDbg_SHIFT                       4
#define ID_DFR0_EL1_CopSDbg_WIDTH                       4

#define ID_DFR0_EL1_CopDbg                              GENMASK(3, 0)
#define ID_DFR0_EL1_CopDbg_MASK                         GENMASK(3, 0)
#define ID_DFR0_EL1_CopDbg_SHIFT                        0
#define ID_DFR0_EL1_CopDbg_WIDTH                        4
#define ID_DFR0_EL1_CopDbg_NI                           UL(0b0000)
#define ID_DFR0_EL1_CopDbg_Armv6                        UL(0b0010)
#define ID_DFR0_EL1_CopDbg_Armv6p1                      UL(0b0011)
#define ID_DFR0_EL1_CopDbg_Armv7                        UL(0b0100)
#define ID_DFR0_EL1_CopDbg_Armv7p1                      UL(0b0101)
#define ID_DFR0_EL1_CopDbg_Armv8                        UL(0b0110)
#define ID_DFR0_EL1_CopDbg_VHE                          UL(0b0111)
#define ID_DFR0_EL1_CopDbg_Debugv8p2                    UL(0b1000)
#define ID_DFR0_EL1_CopDbg_Debugv8p4                    UL(0b1001)
#define ID_DFR0_EL1_CopDbg_Debugv8p8                    UL(0b1010)
#define ID_DFR0_EL1_CopDbg_Debugv8p9                    UL(0b1011)

#define ID_DFR0_EL1_RES0                                (UL(0) | GENMASK_ULL(63, 32))
#define ID_DFR0_EL1_RES1                                (UL(0))
#define ID_DFR0_EL1_UNKN                                (UL(0))

#define REG_ID_AFR0_EL1                                 S3_0_C0_C1_3
#define SYS_ID_AFR0_EL1                                 sys_reg(3, 0, 0, 1, 3)
#define SYS_ID_AFR0_EL1_Op0                             3
#define SYS_ID_AFR0_EL1_Op1                             0
#define SYS_ID_AFR0_EL1_CRn                             0
#define SYS_ID_AFR0_EL1_CRm                             1
#define SYS_ID_AFR0_EL1_Op2                             3

#define ID_AFR0_EL1_IMPDEF3                             GENMASK(15, 12)
#define ID_AFR0_EL1_IMPDEF3_MASK                        GENMASK(15, 12)
#define ID_AFR0_EL1_IMPDEF3_SHIFT                       12
#define ID_AFR0_EL1_IMPDEF3_WIDTH                       4

#define ID_AFR0_EL1_IMPDEF2                             GENMASK(11, 8)
#define ID_AFR0_EL1_IMPDEF2_MASK                        GENMASK(11, 8)
#define ID_AFR0_EL1_IMPDEF2_SHIFT                       8
#define ID_AFR0_EL1_IMPDEF2_WIDTH                       4

#define ID_AFR0_EL1_IMPDEF1                             GENMASK(7, 4)
#define ID_AFR0_EL1_IMPDEF1_MASK                        GENMASK(7, 4)
#define ID_AFR0_EL1_IMPDEF1_SHIFT                       4
#define ID_AFR0_EL1_IMPDEF1_WIDTH                       4

#define ID_AFR0_EL1_IMPDEF0                             GENMASK(3, 0)
#define ID_AFR0_EL1_IMPDEF0_MASK                        GENMASK(3, 0)
#define ID_AFR0_EL1_IMPDEF0_SHIFT                       0
#define ID_AFR0_EL1_IMPDEF0_WIDTH                       4

#define ID_AFR0_EL1_RES0                                (UL(0) | GENMASK_ULL(63, 16))
#define ID_AFR0_EL1_RES1                                (UL(0))
#define ID_AFR0_EL1_UNKN                                (UL(0))

#define REG_ID_MMFR0_EL1                                S3_0_C0_C1_4
#define SYS_ID_MMFR0_EL1                                sys_reg(3, 0, 0, 1, 4)
#define SYS_ID_MMFR0_EL1_Op0                            3
#define SYS_ID_MMFR0_EL1_Op1                            0
#define SYS_ID_MMFR0_EL1_CRn                            0
#define SYS_ID_MMFR0_EL1_CRm                            1
#define SYS_ID_MMFR0_EL1_Op2                            4

#define ID_MMFR0_EL1_InnerShr                           GENMASK(31, 28)
#define ID_MMFR0_EL1_InnerShr_MASK                      GENMASK(31, 28)
#define ID_MMFR0_EL1_InnerShr_SHIFT                     28
#define ID_MMFR0_EL1_InnerShr_WIDTH                     4
#define ID_MMFR0_EL1_InnerShr_NC                        UL(0b0000)
#define ID_MMFR0_EL1_InnerShr_HW                        UL(0b0001)
#define ID_MMFR0_EL1_InnerShr_IGNORED                   UL(0b1111)

#define ID_MMFR0_EL1_FCSE                               GENMASK(27, 24)
#define ID_MMFR0_EL1_FCSE_MASK                          GENMASK(27, 24)
#define ID_MMFR0_EL1_FCSE_SHIFT                         24
#define ID_MMFR0_EL1_FCSE_WIDTH                         4
#define ID_MMFR0_EL1_FCSE_SIGNED                        false
#define ID_MMFR0_EL1_FCSE_NI                            UL(0b0000)
#define ID_MMFR0_EL1_FCSE_IMP                           UL(0b0001)

#define ID_MMFR0_EL1_AuxReg                             GENMASK(23, 20)
#define ID_MMFR0_EL1_AuxReg_MASK                        GENMASK(23, 20)
#define ID_MMFR0_EL1_AuxReg_SHIFT                       20
#define ID_MMFR0_EL1_AuxReg_WIDTH                       4
#define ID_MMFR0_EL1_AuxReg_NI                          UL(0b0000)
#define ID_MMFR0_EL1_AuxReg_ACTLR                       UL(0b0001)
#define ID_MMFR0_EL1_AuxReg_AIFSR                       UL(0b0010)

#define ID_MMFR0_EL1_TCM                                GENMASK(19, 16)
#define ID_MMFR0_EL1_TCM_MASK                           GENMASK(19, 16)
#define ID_MMFR0_EL1_TCM_SHIFT                          16
#define ID_MMFR0_EL1_TCM_WIDTH                          4
#define ID_MMFR0_EL1_TCM_NI                             UL(0b0000)
#define ID_MMFR0_EL1_TCM_IMPDEF                         UL(0b0001)
#define ID_MMFR0_EL1_TCM_TCM                            UL(0b0010)
#define ID_MMFR0_EL1_TCM_TCM_DMA                        UL(0b0011)

#define ID_MMFR0_EL1_ShareLvl                           GENMASK(15, 12)
#define ID_MMFR0_EL1_ShareLvl_MASK                      GENMASK(15, 12)
#define ID_MMFR0_EL1_ShareLvl_SHIFT                     12
#define ID_MMFR0_EL1_ShareLvl_WIDTH                     4
#define ID_MMFR0_EL1_ShareLvl_ONE                       UL(0b0000)
#define ID_MMFR0_EL1_ShareLvl_TWO                       UL(0b0001)

#define ID_MMFR0_EL1_OuterShr                           GENMASK(11, 8)
#define ID_MMFR0_EL1_OuterShr_MASK                      GENMASK(11, 8)
#define ID_MMFR0_EL1_OuterShr_SHIFT                     8
#define ID_MMFR0_EL1_OuterShr_WIDTH                     4
#define ID_MMFR0_EL1_OuterShr_NC                        UL(0b0000)
#define ID_MMFR0_EL1_OuterShr_HW                        UL(0b0001)
#define ID_MMFR0_EL1_OuterShr_IGNORED                   UL(0b1111)

#define ID_MMFR0_EL1_PMSA                               GENMASK(7, 4)
#define ID_MMFR0_EL1_PMSA_MASK                          GENMASK(7, 4)
#define ID_MMFR0_EL1_PMSA_SHIFT                         4
#define ID_MMFR0_EL1_PMSA_WIDTH                         4
#define ID_MMFR0_EL1_PMSA_NI                            UL(0b0000)
#define ID_MMFR0_EL1_PMSA_IMPDEF                        UL(0b0001)
#define ID_MMFR0_EL1_PMSA_PMSAv6                        UL(0b0010)
#define ID_MMFR0_EL1_PMSA_PMSAv7                        UL(0b0011)

#define ID_MMFR0_EL1_VMSA                               GENMASK(3, 0)
#define ID_MMFR0_EL1_VMSA_MASK                          GENMASK(3, 0)
#define ID_MMFR0_EL1_VMSA_SHIFT                         0
#define ID_MMFR0_EL1_VMSA_WIDTH                         4
#define ID_MMFR0_EL1_VMSA_NI                            UL(0b0000)
#define ID_MMFR0_EL1_VMSA_IMPDEF                        UL(0b0001)
#define ID_MMFR0_EL1_VMSA_VMSAv6                        UL(0b0010)
#define ID_MMFR0_EL1_VMSA_VMSAv7                        UL(0b0011)
#define ID_MMFR0_EL1_VMSA_VMSAv7_PXN                    UL(0b0100)
#define ID_MMFR0_EL1_VMSA_VMSAv7_LONG                   UL(0b0101)

#define ID_MMFR0_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_MMFR0_EL1_RES1                               (UL(0))
#define ID_MMFR0_EL1_UNKN                               (UL(0))

#define REG_ID_MMFR1_EL1                                S3_0_C0_C1_5
#define SYS_ID_MMFR1_EL1                                sys_reg(3, 0, 0, 1, 5)
#define SYS_ID_MMFR1_EL1_Op0                            3
#define SYS_ID_MMFR1_EL1_Op1                            0
#define SYS_ID_MMFR1_EL1_CRn                            0
#define SYS_ID_MMFR1_EL1_CRm                            1
#define SYS_ID_MMFR1_EL1_Op2                            5

#define ID_MMFR1_EL1_BPred                              GENMASK(31, 28)
#define ID_MMFR1_EL1_BPred_MASK                         GENMASK(31, 28)
#define ID_MMFR1_EL1_BPred_SHIFT                        28
#define ID_MMFR1_EL1_BPred_WIDTH                        4
#define ID_MMFR1_EL1_BPred_NI                           UL(0b0000)
#define ID_MMFR1_EL1_BPred_BP_SW_MANGED                 UL(0b0001)
#define ID_MMFR1_EL1_BPred_BP_ASID_AWARE                UL(0b0010)
#define ID_MMFR1_EL1_BPred_BP_NOSNOOP                   UL(0b0011)
#define ID_MMFR1_EL1_BPred_BP_INVISIBLE                 UL(0b0100)

#define ID_MMFR1_EL1_L1TstCln                           GENMASK(27, 24)
#define ID_MMFR1_EL1_L1TstCln_MASK                      GENMASK(27, 24)
#define ID_MMFR1_EL1_L1TstCln_SHIFT                     24
#define ID_MMFR1_EL1_L1TstCln_WIDTH                     4
#define ID_MMFR1_EL1_L1TstCln_NI                        UL(0b0000)
#define ID_MMFR1_EL1_L1TstCln_NOINVALIDATE              UL(0b0001)
#define ID_MMFR1_EL1_L1TstCln_INVALIDATE                UL(0b0010)

#define ID_MMFR1_EL1_L1Uni                              GENMASK(23, 20)
#define ID_MMFR1_EL1_L1Uni_MASK                         GENMASK(23, 20)
#define ID_MMFR1_EL1_L1Uni_SHIFT                        20
#define ID_MMFR1_EL1_L1Uni_WIDTH                        4
#define ID_MMFR1_EL1_L1Uni_NI                           UL(0b0000)
#define ID_MMFR1_EL1_L1Uni_INVALIDATE                   UL(0b0001)
#define ID_MMFR1_EL1_L1Uni_CLEAN_AND_INVALIDATE         UL(0b0010)

#define ID_MMFR1_EL1_L1Hvd                              GENMASK(19, 16)
#define ID_MMFR1_EL1_L1Hvd_MASK                         GENMASK(19, 16)
#define ID_MMFR1_EL1_L1Hvd_SHIFT                        16
#define ID_MMFR1_EL1_L1Hvd_WIDTH                        4
#define ID_MMFR1_EL1_L1Hvd_NI                           UL(0b0000)
#define ID_MMFR1_EL1_L1Hvd_INVALIDATE_ISIDE_ONLY        UL(0b0001)
#define ID_MMFR1_EL1_L1Hvd_INVALIDATE                   UL(0b0010)
#define ID_MMFR1_EL1_L1Hvd_CLEAN_AND_INVALIDATE         UL(0b0011)

#define ID_MMFR1_EL1_L1UniSW                            GENMASK(15, 12)
#define ID_MMFR1_EL1_L1UniSW_MASK                       GENMASK(15, 12)
#define ID_MMFR1_EL1_L1UniSW_SHIFT                      12
#define ID_MMFR1_EL1_L1UniSW_WIDTH                      4
#define ID_MMFR1_EL1_L1UniSW_NI                         UL(0b0000)
#define ID_MMFR1_EL1_L1UniSW_CLEAN                      UL(0b0001)
#define ID_MMFR1_EL1_L1UniSW_CLEAN_AND_INVALIDATE       UL(0b0010)
#define ID_MMFR1_EL1_L1UniSW_INVALIDATE                 UL(0b0011)

#define ID_MMFR1_EL1_L1HvdSW                            GENMASK(11, 8)
#define ID_MMFR1_EL1_L1HvdSW_MASK                       GENMASK(11, 8)
#define ID_MMFR1_EL1_L1HvdSW_SHIFT                      8
#define ID_MMFR1_EL1_L1HvdSW_WIDTH                      4
#define ID_MMFR1_EL1_L1HvdSW_NI                         UL(0b0000)
#define ID_MMFR1_EL1_L1HvdSW_CLEAN_AND_INVALIDATE       UL(0b0001)
#define ID_MMFR1_EL1_L1HvdSW_INVALIDATE_DSIDE_ONLY      UL(0b0010)
#define ID_MMFR1_EL1_L1HvdSW_INVALIDATE                 UL(0b0011)

#define ID_MMFR1_EL1_L1UniVA                            GENMASK(7, 4)
#define ID_MMFR1_EL1_L1UniVA_MASK                       GENMASK(7, 4)
#define ID_MMFR1_EL1_L1UniVA_SHIFT                      4
#define ID_MMFR1_EL1_L1UniVA_WIDTH                      4
#define ID_MMFR1_EL1_L1UniVA_NI                         UL(0b0000)
#define ID_MMFR1_EL1_L1UniVA_CLEAN_AND_INVALIDATE       UL(0b0001)
#define ID_MMFR1_EL1_L1UniVA_INVALIDATE_BP              UL(0b0010)

#define ID_MMFR1_EL1_L1HvdVA                            GENMASK(3, 0)
#define ID_MMFR1_EL1_L1HvdVA_MASK                       GENMASK(3, 0)
#define ID_MMFR1_EL1_L1HvdVA_SHIFT                      0
#define ID_MMFR1_EL1_L1HvdVA_WIDTH                      4
#define ID_MMFR1_EL1_L1HvdVA_NI                         UL(0b0000)
#define ID_MMFR1_EL1_L1HvdVA_CLEAN_AND_INVALIDATE       UL(0b0001)
#define ID_MMFR1_EL1_L1HvdVA_INVALIDATE_BP              UL(0b0010)

#define ID_MMFR1_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_MMFR1_EL1_RES1                               (UL(0))
#define ID_MMFR1_EL1_UNKN                               (UL(0))

#define REG_ID_MMFR2_EL1                                S3_0_C0_C1_6
#define SYS_ID_MMFR2_EL1                                sys_reg(3, 0, 0, 1, 6)
#define SYS_ID_MMFR2_EL1_Op0                            3
#define SYS_ID_MMFR2_EL1_Op1                            0
#define SYS_ID_MMFR2_EL1_CRn                            0
#define SYS_ID_MMFR2_EL1_CRm                            1
#define SYS_ID_MMFR2_EL1_Op2                            6

#define ID_MMFR2_EL1_HWAccFlg                           GENMASK(31, 28)
#define ID_MMFR2_EL1_HWAccFlg_MASK                      GENMASK(31, 28)
#define ID_MMFR2_EL1_HWAccFlg_SHIFT                     28
#define ID_MMFR2_EL1_HWAccFlg_WIDTH                     4
#define ID_MMFR2_EL1_HWAccFlg_NI                        UL(0b0000)
#define ID_MMFR2_EL1_HWAccFlg_IMP                       UL(0b0001)

#define ID_MMFR2_EL1_WFIStall                           GENMASK(27, 24)
#define ID_MMFR2_EL1_WFIStall_MASK                      GENMASK(27, 24)
#define ID_MMFR2_EL1_WFIStall_SHIFT                     24
#define ID_MMFR2_EL1_WFIStall_WIDTH                     4
#define ID_MMFR2_EL1_WFIStall_NI                        UL(0b0000)
#define ID_MMFR2_EL1_WFIStall_IMP                       UL(0b0001)

#define ID_MMFR2_EL1_MemBarr                            GENMASK(23, 20)
#define ID_MMFR2_EL1_MemBarr_MASK                       GENMASK(23, 20)
#define ID_MMFR2_EL1_MemBarr_SHIFT                      20
#define ID_MMFR2_EL1_MemBarr_WIDTH                      4
#define ID_MMFR2_EL1_MemBarr_NI                         UL(0b0000)
#define ID_MMFR2_EL1_MemBarr_DSB_ONLY                   UL(0b0001)
#define ID_MMFR2_EL1_MemBarr_IMP                        UL(0b0010)

#define ID_MMFR2_EL1_UniTLB                             GENMASK(19, 16)
#define ID_MMFR2_EL1_UniTLB_MASK                        GENMASK(19, 16)
#define ID_MMFR2_EL1_UniTLB_SHIFT                       16
#define ID_MMFR2_EL1_UniTLB_WIDTH                       4
#define ID_MMFR2_EL1_UniTLB_NI                          UL(0b0000)
#define ID_MMFR2_EL1_UniTLB_BY_VA                       UL(0b0001)
#define ID_MMFR2_EL1_UniTLB_BY_MATCH_ASID               UL(0b0010)
#define ID_MMFR2_EL1_UniTLB_BY_ALL_ASID                 UL(0b0011)
#define ID_MMFR2_EL1_UniTLB_OTHER_TLBS                  UL(0b0100)
#define ID_MMFR2_EL1_UniTLB_BROADCAST                   UL(0b0101)
#define ID_MMFR2_EL1_UniTLB_BY_IPA                      UL(0b0110)

#define ID_MMFR2_EL1_HvdTLB                             GENMASK(15, 12)
#define ID_MMFR2_EL1_HvdTLB_MASK                        GENMASK(15, 12)
#define ID_MMFR2_EL1_HvdTLB_SHIFT                       12
#define ID_MMFR2_EL1_HvdTLB_WIDTH                       4
#define ID_MMFR2_EL1_HvdTLB_NI                          UL(0b0000)

#define ID_MMFR2_EL1_L1HvdRng                           GENMASK(11, 8)
#define ID_MMFR2_EL1_L1HvdRng_MASK                      GENMASK(11, 8)
#define ID_MMFR2_EL1_L1HvdRng_SHIFT                     8
#define ID_MMFR2_EL1_L1HvdRng_WIDTH                     4
#define ID_MMFR2_EL1_L1HvdRng_NI                        UL(0b0000)
#define ID_MMFR2_EL1_L1HvdRng_IMP                       UL(0b0001)

#define ID_MMFR2_EL1_L1HvdBG                            GENMASK(7, 4)
#define ID_MMFR2_EL1_L1HvdBG_MASK                       GENMASK(7, 4)
#define ID_MMFR2_EL1_L1HvdBG_SHIFT                      4
#define ID_MMFR2_EL1_L1HvdBG_WIDTH                      4
#define ID_MMFR2_EL1_L1HvdBG_NI                         UL(0b0000)
#define ID_MMFR2_EL1_L1HvdBG_IMP                        UL(0b0001)

#define ID_MMFR2_EL1_L1HvdFG                            GENMASK(3, 0)
#define ID_MMFR2_EL1_L1HvdFG_MASK                       GENMASK(3, 0)
#define ID_MMFR2_EL1_L1HvdFG_SHIFT                      0
#define ID_MMFR2_EL1_L1HvdFG_WIDTH                      4
#define ID_MMFR2_EL1_L1HvdFG_NI                         UL(0b0000)
#define ID_MMFR2_EL1_L1HvdFG_IMP                        UL(0b0001)

#define ID_MMFR2_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_MMFR2_EL1_RES1                               (UL(0))
#define ID_MMFR2_EL1_UNKN                               (UL(0))

#define REG_ID_MMFR3_EL1                                S3_0_C0_C1_7
#define SYS_ID_MMFR3_EL1                                sys_reg(3, 0, 0, 1, 7)
#define SYS_ID_MMFR3_EL1_Op0                            3
#define SYS_ID_MMFR3_EL1_Op1                            0
#define SYS_ID_MMFR3_EL1_CRn                            0
#define SYS_ID_MMFR3_EL1_CRm                            1
#define SYS_ID_MMFR3_EL1_Op2                            7

#define ID_MMFR3_EL1_Supersec                           GENMASK(31, 28)
#define ID_MMFR3_EL1_Supersec_MASK                      GENMASK(31, 28)
#define ID_MMFR3_EL1_Supersec_SHIFT                     28
#define ID_MMFR3_EL1_Supersec_WIDTH                     4
#define ID_MMFR3_EL1_Supersec_IMP                       UL(0b0000)
#define ID_MMFR3_EL1_Supersec_NI                        UL(0b1111)

#define ID_MMFR3_EL1_CMemSz                             GENMASK(27, 24)
#define ID_MMFR3_EL1_CMemSz_MASK                        GENMASK(27, 24)
#define ID_MMFR3_EL1_CMemSz_SHIFT                       24
#define ID_MMFR3_EL1_CMemSz_WIDTH                       4
#define ID_MMFR3_EL1_CMemSz_4GB                         UL(0b0000)
#define ID_MMFR3_EL1_CMemSz_64GB                        UL(0b0001)
#define ID_MMFR3_EL1_CMemSz_1TB                         UL(0b0010)

#define ID_MMFR3_EL1_CohWalk                            GENMASK(23, 20)
#define ID_MMFR3_EL1_CohWalk_MASK                       GENMASK(23, 20)
#define ID_MMFR3_EL1_CohWalk_SHIFT                      20
#define ID_MMFR3_EL1_CohWalk_WIDTH                      4
#define ID_MMFR3_EL1_CohWalk_NI                         UL(0b0000)
#define ID_MMFR3_EL1_CohWalk_IMP                        UL(0b0001)

#define ID_MMFR3_EL1_PAN                                GENMASK(19, 16)
#define ID_MMFR3_EL1_PAN_MASK                           GENMASK(19, 16)
#define ID_MMFR3_EL1_PAN_SHIFT                          16
#define ID_MMFR3_EL1_PAN_WIDTH                          4
#define ID_MMFR3_EL1_PAN_NI                             UL(0b0000)
#define ID_MMFR3_EL1_PAN_PAN                            UL(0b0001)
#define ID_MMFR3_EL1_PAN_PAN2                           UL(0b0010)

#define ID_MMFR3_EL1_MaintBcst                          GENMASK(15, 12)
#define ID_MMFR3_EL1_MaintBcst_MASK                     GENMASK(15, 12)
#define ID_MMFR3_EL1_MaintBcst_SHIFT                    12
#define ID_MMFR3_EL1_MaintBcst_WIDTH                    4
#define ID_MMFR3_EL1_MaintBcst_NI                       UL(0b0000)
#define ID_MMFR3_EL1_MaintBcst_NO_TLB                   UL(0b0001)
#define ID_MMFR3_EL1_MaintBcst_ALL                      UL(0b0010)

#define ID_MMFR3_EL1_BPMaint                            GENMASK(11, 8)
#define ID_MMFR3_EL1_BPMaint_MASK                       GENMASK(11, 8)
#define ID_MMFR3_EL1_BPMaint_SHIFT                      8
#define ID_MMFR3_EL1_BPMaint_WIDTH                      4
#define ID_MMFR3_EL1_BPMaint_NI                         UL(0b0000)
#define ID_MMFR3_EL1_BPMaint_ALL                        UL(0b0001)
#define ID_MMFR3_EL1_BPMaint_BY_VA                      UL(0b0010)

#define ID_MMFR3_EL1_CMaintSW                           GENMASK(7, 4)
#define ID_MMFR3_EL1_CMaintSW_MASK                      GENMASK(7, 4)
#define ID_MMFR3_EL1_CMaintSW_SHIFT                     4
#define ID_MMFR3_EL1_CMaintSW_WIDTH                     4
#define ID_MMFR3_EL1_CMaintSW_NI                        UL(0b0000)
#define ID_MMFR3_EL1_CMaintSW_IMP                       UL(0b0001)

#define ID_MMFR3_EL1_CMaintVA                           GENMASK(3, 0)
#define ID_MMFR3_EL1_CMaintVA_MASK                      GENMASK(3, 0)
#define ID_MMFR3_EL1_CMaintVA_SHIFT                     0
#define ID_MMFR3_EL1_CMaintVA_WIDTH                     4
#define ID_MMFR3_EL1_CMaintVA_NI                        UL(0b0000)
#define ID_MMFR3_EL1_CMaintVA_IMP                       UL(0b0001)

#define ID_MMFR3_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_MMFR3_EL1_RES1                               (UL(0))
#define ID_MMFR3_EL1_UNKN                               (UL(0))

#define REG_ID_ISAR0_EL1                                S3_0_C0_C2_0
#define SYS_ID_ISAR0_EL1                                sys_reg(3, 0, 0, 2, 0)
#define SYS_ID_ISAR0_EL1_Op0                            3
#define SYS_ID_ISAR0_EL1_Op1                            0
#define SYS_ID_ISAR0_EL1_CRn                            0
#define SYS_ID_ISAR0_EL1_CRm                            2
#define SYS_ID_ISAR0_EL1_Op2                            0

#define ID_ISAR0_EL1_Divide                             GENMASK(27, 24)
#define ID_ISAR0_EL1_Divide_MASK                        GENMASK(27, 24)
#define ID_ISAR0_EL1_Divide_SHIFT                       24
#define ID_ISAR0_EL1_Divide_WIDTH                       4
#define ID_ISAR0_EL1_Divide_NI                          UL(0b0000)
#define ID_ISAR0_EL1_Divide_xDIV_T32                    UL(0b0001)
#define ID_ISAR0_EL1_Divide_xDIV_A32                    UL(0b0010)

#define ID_ISAR0_EL1_Debug                              GENMASK(23, 20)
#define ID_ISAR0_EL1_Debug_MASK                         GENMASK(23, 20)
#define ID_ISAR0_EL1_Debug_SHIFT                        20
#define ID_ISAR0_EL1_Debug_WIDTH                        4
#define ID_ISAR0_EL1_Debug_SIGNED                       false
#define ID_ISAR0_EL1_Debug_NI                           UL(0b0000)
#define ID_ISAR0_EL1_Debug_IMP                          UL(0b0001)

#define ID_ISAR0_EL1_Coproc                             GENMASK(19, 16)
#define ID_ISAR0_EL1_Coproc_MASK                        GENMASK(19, 16)
#define ID_ISAR0_EL1_Coproc_SHIFT                       16
#define ID_ISAR0_EL1_Coproc_WIDTH                       4
#define ID_ISAR0_EL1_Coproc_NI                          UL(0b0000)
#define ID_ISAR0_EL1_Coproc_MRC                         UL(0b0001)
#define ID_ISAR0_EL1_Coproc_MRC2                        UL(0b0010)
#define ID_ISAR0_EL1_Coproc_MRRC                        UL(0b0011)
#define ID_ISAR0_EL1_Coproc_MRRC2                       UL(0b0100)

#define ID_ISAR0_EL1_CmpBranch                          GENMASK(15, 12)
#define ID_ISAR0_EL1_CmpBranch_MASK                     GENMASK(15, 12)
#define ID_ISAR0_EL1_CmpBranch_SHIFT                    12
#define ID_ISAR0_EL1_CmpBranch_WIDTH                    4
#define ID_ISAR0_EL1_CmpBranch_SIGNED                   false
#define ID_ISAR0_EL1_CmpBranch_NI                       UL(0b0000)
#define ID_ISAR0_EL1_CmpBranch_IMP                      UL(0b0001)

#define ID_ISAR0_EL1_BitField                           GENMASK(11, 8)
#define ID_ISAR0_EL1_BitField_MASK                      GENMASK(11, 8)
#define ID_ISAR0_EL1_BitField_SHIFT                     8
#define ID_ISAR0_EL1_BitField_WIDTH                     4
#define ID_ISAR0_EL1_BitField_SIGNED                    false
#define ID_ISAR0_EL1_BitField_NI                        UL(0b0000)
#define ID_ISAR0_EL1_BitField_IMP                       UL(0b0001)

#define ID_ISAR0_EL1_BitCount                           GENMASK(7, 4)
#define ID_ISAR0_EL1_BitCount_MASK                      GENMASK(7, 4)
#define ID_ISAR0_EL1_BitCount_SHIFT                     4
#define ID_ISAR0_EL1_BitCount_WIDTH                     4
#define ID_ISAR0_EL1_BitCount_SIGNED                    false
#define ID_ISAR0_EL1_BitCount_NI                        UL(0b0000)
#define ID_ISAR0_EL1_BitCount_IMP                       UL(0b0001)

#define ID_ISAR0_EL1_Swap                               GENMASK(3, 0)
#define ID_ISAR0_EL1_Swap_MASK                          GENMASK(3, 0)
#define ID_ISAR0_EL1_Swap_SHIFT                         0
#define ID_ISAR0_EL1_Swap_WIDTH                         4
#define ID_ISAR0_EL1_Swap_SIGNED                        false
#define ID_ISAR0_EL1_Swap_NI                            UL(0b0000)
#define ID_ISAR0_EL1_Swap_IMP                           UL(0b0001)

#define ID_ISAR0_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 28))
#define ID_ISAR0_EL1_RES1                               (UL(0))
#define ID_ISAR0_EL1_UNKN                               (UL(0))

#define REG_ID_ISAR1_EL1                                S3_0_C0_C2_1
#define SYS_ID_ISAR1_EL1                                sys_reg(3, 0, 0, 2, 1)
#define SYS_ID_ISAR1_EL1_Op0                            3
#define SYS_ID_ISAR1_EL1_Op1                            0
#define SYS_ID_ISAR1_EL1_CRn                            0
#define SYS_ID_ISAR1_EL1_CRm                            2
#define SYS_ID_ISAR1_EL1_Op2                            1

#define ID_ISAR1_EL1_Jazelle                            GENMASK(31, 28)
#define ID_ISAR1_EL1_Jazelle_MASK                       GENMASK(31, 28)
#define ID_ISAR1_EL1_Jazelle_SHIFT                      28
#define ID_ISAR1_EL1_Jazelle_WIDTH                      4
#define ID_ISAR1_EL1_Jazelle_NI                         UL(0b0000)
#define ID_ISAR1_EL1_Jazelle_IMP                        UL(0b0001)

#define ID_ISAR1_EL1_Interwork                          GENMASK(27, 24)
#define ID_ISAR1_EL1_Interwork_MASK                     GENMASK(27, 24)
#define ID_ISAR1_EL1_Interwork_SHIFT                    24
#define ID_ISAR1_EL1_Interwork_WIDTH                    4
#define ID_ISAR1_EL1_Interwork_NI                       UL(0b0000)
#define ID_ISAR1_EL1_Interwork_BX                       UL(0b0001)
#define ID_ISAR1_EL1_Interwork_BLX                      UL(0b0010)
#define ID_ISAR1_EL1_Interwork_A32_BX                   UL(0b0011)

#define ID_ISAR1_EL1_Immediate                          GENMASK(23, 20)
#define ID_ISAR1_EL1_Immediate_MASK                     GENMASK(23, 20)
#define ID_ISAR1_EL1_Immediate_SHIFT                    20
#define ID_ISAR1_EL1_Immediate_WIDTH                    4
#define ID_ISAR1_EL1_Immediate_NI                       UL(0b0000)
#define ID_ISAR1_EL1_Immediate_IMP                      UL(0b0001)

#define ID_ISAR1_EL1_IfThen                             GENMASK(19, 16)
#define ID_ISAR1_EL1_IfThen_MASK                        GENMASK(19, 16)
#define ID_ISAR1_EL1_IfThen_SHIFT                       16
#define ID_ISAR1_EL1_IfThen_WIDTH                       4
#define ID_ISAR1_EL1_IfThen_NI                          UL(0b0000)
#define ID_ISAR1_EL1_IfThen_IMP                         UL(0b0001)

#define ID_ISAR1_EL1_Extend                             GENMASK(15, 12)
#define ID_ISAR1_EL1_Extend_MASK                        GENMASK(15, 12)
#define ID_ISAR1_EL1_Extend_SHIFT                       12
#define ID_ISAR1_EL1_Extend_WIDTH                       4
#define ID_ISAR1_EL1_Extend_NI                          UL(0b0000)
#define ID_ISAR1_EL1_Extend_SXTB                        UL(0b0001)
#define ID_ISAR1_EL1_Extend_SXTB16                      UL(0b0010)

#define ID_ISAR1_EL1_Except_AR                          GENMASK(11, 8)
#define ID_ISAR1_EL1_Except_AR_MASK                     GENMASK(11, 8)
#define ID_ISAR1_EL1_Except_AR_SHIFT                    8
#define ID_ISAR1_EL1_Except_AR_WIDTH                    4
#define ID_ISAR1_EL1_Except_AR_NI                       UL(0b0000)
#define ID_ISAR1_EL1_Except_AR_IMP                      UL(0b0001)

#define ID_ISAR1_EL1_Except                             GENMASK(7, 4)
#define ID_ISAR1_EL1_Except_MASK                        GENMASK(7, 4)
#define ID_ISAR1_EL1_Except_SHIFT                       4
#define ID_ISAR1_EL1_Except_WIDTH                       4
#define ID_ISAR1_EL1_Except_NI                          UL(0b0000)
#define ID_ISAR1_EL1_Except_IMP                         UL(0b0001)

#define ID_ISAR1_EL1_Endian                             GENMASK(3, 0)
#define ID_ISAR1_EL1_Endian_MASK                        GENMASK(3, 0)
#define ID_ISAR1_EL1_Endian_SHIFT                       0
#define ID_ISAR1_EL1_Endian_WIDTH                       4
#define ID_ISAR1_EL1_Endian_NI                          UL(0b0000)
#define ID_ISAR1_EL1_Endian_IMP                         UL(0b0001)

#define ID_ISAR1_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_ISAR1_EL1_RES1                               (UL(0))
#define ID_ISAR1_EL1_UNKN                               (UL(0))

#define REG_ID_ISAR2_EL1                                S3_0_C0_C2_2
#define SYS_ID_ISAR2_EL1                                sys_reg(3, 0, 0, 2, 2)
#define SYS_ID_ISAR2_EL1_Op0                            3
#define SYS_ID_ISAR2_EL1_Op1                            0
#define SYS_ID_ISAR2_EL1_CRn                            0
#define SYS_ID_ISAR2_EL1_CRm                            2
#define SYS_ID_ISAR2_EL1_Op2                            2

#define ID_ISAR2_EL1_Reversal                           GENMASK(31, 28)
#define ID_ISAR2_EL1_Reversal_MASK                      GENMASK(31, 28)
#define ID_ISAR2_EL1_Reversal_SHIFT                     28
#define ID_ISAR2_EL1_Reversal_WIDTH                     4
#define ID_ISAR2_EL1_Reversal_NI                        UL(0b0000)
#define ID_ISAR2_EL1_Reversal_REV                       UL(0b0001)
#define ID_ISAR2_EL1_Reversal_RBIT                      UL(0b0010)

#define ID_ISAR2_EL1_PSR_AR                             GENMASK(27, 24)
#define ID_ISAR2_EL1_PSR_AR_MASK                        GENMASK(27, 24)
#define ID_ISAR2_EL1_PSR_AR_SHIFT                       24
#define ID_ISAR2_EL1_PSR_AR_WIDTH                       4
#define ID_ISAR2_EL1_PSR_AR_NI                          UL(0b0000)
#define ID_ISAR2_EL1_PSR_AR_IMP                         UL(0b0001)

#define ID_ISAR2_EL1_MultU                              GENMASK(23, 20)
#define ID_ISAR2_EL1_MultU_MASK                         GENMASK(23, 20)
#define ID_ISAR2_EL1_MultU_SHIFT                        20
#define ID_ISAR2_EL1_MultU_WIDTH                        4
#define ID_ISAR2_EL1_MultU_NI                           UL(0b0000)
#define ID_ISAR2_EL1_MultU_UMULL                        UL(0b0001)
#define ID_ISAR2_EL1_MultU_UMAAL                        UL(0b0010)

#define ID_ISAR2_EL1_MultS                              GENMASK(19, 16)
#define ID_ISAR2_EL1_MultS_MASK                         GENMASK(19, 16)
#define ID_ISAR2_EL1_MultS_SHIFT                        16
#define ID_ISAR2_EL1_MultS_WIDTH                        4
#define ID_ISAR2_EL1_MultS_NI                           UL(0b0000)
#define ID_ISAR2_EL1_MultS_SMULL                        UL(0b0001)
#define ID_ISAR2_EL1_MultS_SMLABB                       UL(0b0010)
#define ID_ISAR2_EL1_MultS_SMLAD                        UL(0b0011)

#define ID_ISAR2_EL1_Mult                               GENMASK(15, 12)
#define ID_ISAR2_EL1_Mult_MASK                          GENMASK(15, 12)
#define ID_ISAR2_EL1_Mult_SHIFT                         12
#define ID_ISAR2_EL1_Mult_WIDTH                         4
#define ID_ISAR2_EL1_Mult_NI                            UL(0b0000)
#define ID_ISAR2_EL1_Mult_MLA                           UL(0b0001)
#define ID_ISAR2_EL1_Mult_MLS                           UL(0b0010)

#define ID_ISAR2_EL1_MultiAccessInt                     GENMASK(11, 8)
#define ID_ISAR2_EL1_MultiAccessInt_MASK                GENMASK(11, 8)
#define ID_ISAR2_EL1_MultiAccessInt_SHIFT               8
#define ID_ISAR2_EL1_MultiAccessInt_WIDTH               4
#define ID_ISAR2_EL1_MultiAccessInt_NI                  UL(0b0000)
#define ID_ISAR2_EL1_MultiAccessInt_RESTARTABLE         UL(0b0001)
#define ID_ISAR2_EL1_MultiAccessInt_CONTINUABLE         UL(0b0010)

#define ID_ISAR2_EL1_MemHint                            GENMASK(7, 4)
#define ID_ISAR2_EL1_MemHint_MASK                       GENMASK(7, 4)
#define ID_ISAR2_EL1_MemHint_SHIFT                      4
#define ID_ISAR2_EL1_MemHint_WIDTH                      4
#define ID_ISAR2_EL1_MemHint_NI                         UL(0b0000)
#define ID_ISAR2_EL1_MemHint_PLD                        UL(0b0001)
#define ID_ISAR2_EL1_MemHint_PLD2                       UL(0b0010)
#define ID_ISAR2_EL1_MemHint_PLI                        UL(0b0011)
#define ID_ISAR2_EL1_MemHint_PLDW                       UL(0b0100)

#define ID_ISAR2_EL1_LoadStore                          GENMASK(3, 0)
#define ID_ISAR2_EL1_LoadStore_MASK                     GENMASK(3, 0)
#define ID_ISAR2_EL1_LoadStore_SHIFT                    0
#define ID_ISAR2_EL1_LoadStore_WIDTH                    4
#define ID_ISAR2_EL1_LoadStore_NI                       UL(0b0000)
#define ID_ISAR2_EL1_LoadStore_DOUBLE                   UL(0b0001)
#define ID_ISAR2_EL1_LoadStore_ACQUIRE                  UL(0b0010)

#define ID_ISAR2_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_ISAR2_EL1_RES1                               (UL(0))
#define ID_ISAR2_EL1_UNKN                               (UL(0))

#define REG_ID_ISAR3_EL1                                S3_0_C0_C2_3
#define SYS_ID_ISAR3_EL1                                sys_reg(3, 0, 0, 2, 3)
#define SYS_ID_ISAR3_EL1_Op0                            3
#define SYS_ID_ISAR3_EL1_Op1                            0
#define SYS_ID_ISAR3_EL1_CRn                            0
#define SYS_ID_ISAR3_EL1_CRm                            2
#define SYS_ID_ISAR3_EL1_Op2                            3

#define ID_ISAR3_EL1_T32EE                              GENMASK(31, 28)
#define ID_ISAR3_EL1_T32EE_MASK                         GENMASK(31, 28)
#define ID_ISAR3_EL1_T32EE_SHIFT                        28
#define ID_ISAR3_EL1_T32EE_WIDTH                        4
#define ID_ISAR3_EL1_T32EE_NI                           UL(0b0000)
#define ID_ISAR3_EL1_T32EE_IMP                          UL(0b0001)

#define ID_ISAR3_EL1_TrueNOP                            GENMASK(27, 24)
#define ID_ISAR3_EL1_TrueNOP_MASK                       GENMASK(27, 24)
#define ID_ISAR3_EL1_TrueNOP_SHIFT                      24
#define ID_ISAR3_EL1_TrueNOP_WIDTH                      4
#define ID_ISAR3_EL1_TrueNOP_NI                         UL(0b0000)
#define ID_ISAR3_EL1_TrueNOP_IMP                        UL(0b0001)

#define ID_ISAR3_EL1_T32Copy                            GENMASK(23, 20)
#define ID_ISAR3_EL1_T32Copy_MASK                       GENMASK(23, 20)
#define ID_ISAR3_EL1_T32Copy_SHIFT                      20
#define ID_ISAR3_EL1_T32Copy_WIDTH                      4
#define ID_ISAR3_EL1_T32Copy_NI                         UL(0b0000)
#define ID_ISAR3_EL1_T32Copy_IMP                        UL(0b0001)

#define ID_ISAR3_EL1_TabBranch                          GENMASK(19, 16)
#define ID_ISAR3_EL1_TabBranch_MASK                     GENMASK(19, 16)
#define ID_ISAR3_EL1_TabBranch_SHIFT                    16
#define ID_ISAR3_EL1_TabBranch_WIDTH                    4
#define ID_ISAR3_EL1_TabBranch_NI                       UL(0b0000)
#define ID_ISAR3_EL1_TabBranch_IMP                      UL(0b0001)

#define ID_ISAR3_EL1_SynchPrim                          GENMASK(15, 12)
#define ID_ISAR3_EL1_SynchPrim_MASK                     GENMASK(15, 12)
#define ID_ISAR3_EL1_SynchPrim_SHIFT                    12
#define ID_ISAR3_EL1_SynchPrim_WIDTH                    4
#define ID_ISAR3_EL1_SynchPrim_NI                       UL(0b0000)
#define ID_ISAR3_EL1_SynchPrim_EXCLUSIVE                UL(0b0001)
#define ID_ISAR3_EL1_SynchPrim_DOUBLE                   UL(0b0010)

#define ID_ISAR3_EL1_SVC                                GENMASK(11, 8)
#define ID_ISAR3_EL1_SVC_MASK                           GENMASK(11, 8)
#define ID_ISAR3_EL1_SVC_SHIFT                          8
#define ID_ISAR3_EL1_SVC_WIDTH                          4
#define ID_ISAR3_EL1_SVC_NI                             UL(0b0000)
#define ID_ISAR3_EL1_SVC_IMP                            UL(0b0001)

#define ID_ISAR3_EL1_SIMD                               GENMASK(7, 4)
#define ID_ISAR3_EL1_SIMD_MASK                          GENMASK(7, 4)
#define ID_ISAR3_EL1_SIMD_SHIFT                         4
#define ID_ISAR3_EL1_SIMD_WIDTH                         4
#define ID_ISAR3_EL1_SIMD_NI                            UL(0b0000)
#define ID_ISAR3_EL1_SIMD_SSAT                          UL(0b0001)
#define ID_ISAR3_EL1_SIMD_PKHBT                         UL(0b0011)

#define ID_ISAR3_EL1_Saturate                           GENMASK(3, 0)
#define ID_ISAR3_EL1_Saturate_MASK                      GENMASK(3, 0)
#define ID_ISAR3_EL1_Saturate_SHIFT                     0
#define ID_ISAR3_EL1_Saturate_WIDTH                     4
#define ID_ISAR3_EL1_Saturate_NI                        UL(0b0000)
#define ID_ISAR3_EL1_Saturate_IMP                       UL(0b0001)

#define ID_ISAR3_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_ISAR3_EL1_RES1                               (UL(0))
#define ID_ISAR3_EL1_UNKN                               (UL(0))

#define REG_ID_ISAR4_EL1                                S3_0_C0_C2_4
#define SYS_ID_ISAR4_EL1                                sys_reg(3, 0, 0, 2, 4)
#define SYS_ID_ISAR4_EL1_Op0                            3
#define SYS_ID_ISAR4_EL1_Op1                            0
#define SYS_ID_ISAR4_EL1_CRn                            0
#define SYS_ID_ISAR4_EL1_CRm                            2
#define SYS_ID_ISAR4_EL1_Op2                            4

#define ID_ISAR4_EL1_SWP_frac                           GENMASK(31, 28)
#define ID_ISAR4_EL1_SWP_frac_MASK                      GENMASK(31, 28)
#define ID_ISAR4_EL1_SWP_frac_SHIFT                     28
#define ID_ISAR4_EL1_SWP_frac_WIDTH                     4
#define ID_ISAR4_EL1_SWP_frac_NI                        UL(0b0000)
#define ID_ISAR4_EL1_SWP_frac_IMP                       UL(0b0001)

#define ID_ISAR4_EL1_PSR_M                              GENMASK(27, 24)
#define ID_ISAR4_EL1_PSR_M_MASK                         GENMASK(27, 24)
#define ID_ISAR4_EL1_PSR_M_SHIFT                        24
#define ID_ISAR4_EL1_PSR_M_WIDTH                        4
#define ID_ISAR4_EL1_PSR_M_NI                           UL(0b0000)
#define ID_ISAR4_EL1_PSR_M_IMP                          UL(0b0001)

#define ID_ISAR4_EL1_SynchPrim_frac                     GENMASK(23, 20)
#define ID_ISAR4_EL1_SynchPrim_frac_MASK                GENMASK(23, 20)
#define ID_ISAR4_EL1_SynchPrim_frac_SHIFT               20
#define ID_ISAR4_EL1_SynchPrim_frac_WIDTH               4
#define ID_ISAR4_EL1_SynchPrim_frac_NI                  UL(0b0000)
#define ID_ISAR4_EL1_SynchPrim_frac_IMP                 UL(0b0011)

#define ID_ISAR4_EL1_Barrier                            GENMASK(19, 16)
#define ID_ISAR4_EL1_Barrier_MASK                       GENMASK(19, 16)
#define ID_ISAR4_EL1_Barrier_SHIFT                      16
#define ID_ISAR4_EL1_Barrier_WIDTH                      4
#define ID_ISAR4_EL1_Barrier_NI                         UL(0b0000)
#define ID_ISAR4_EL1_Barrier_IMP                        UL(0b0001)

#define ID_ISAR4_EL1_SMC                                GENMASK(15, 12)
#define ID_ISAR4_EL1_SMC_MASK                           GENMASK(15, 12)
#define ID_ISAR4_EL1_SMC_SHIFT                          12
#define ID_ISAR4_EL1_SMC_WIDTH                          4
#define ID_ISAR4_EL1_SMC_NI                             UL(0b0000)
#define ID_ISAR4_EL1_SMC_IMP                            UL(0b0001)

#define ID_ISAR4_EL1_Writeback                          GENMASK(11, 8)
#define ID_ISAR4_EL1_Writeback_MASK                     GENMASK(11, 8)
#define ID_ISAR4_EL1_Writeback_SHIFT                    8
#define ID_ISAR4_EL1_Writeback_WIDTH                    4
#define ID_ISAR4_EL1_Writeback_NI                       UL(0b0000)
#define ID_ISAR4_EL1_Writeback_IMP                      UL(0b0001)

#define ID_ISAR4_EL1_WithShifts                         GENMASK(7, 4)
#define ID_ISAR4_EL1_WithShifts_MASK                    GENMASK(7, 4)
#define ID_ISAR4_EL1_WithShifts_SHIFT                   4
#define ID_ISAR4_EL1_WithShifts_WIDTH                   4
#define ID_ISAR4_EL1_WithShifts_NI                      UL(0b0000)
#define ID_ISAR4_EL1_WithShifts_LSL3                    UL(0b0001)
#define ID_ISAR4_EL1_WithShifts_LS                      UL(0b0011)
#define ID_ISAR4_EL1_WithShifts_REG                     UL(0b0100)

#define ID_ISAR4_EL1_Unpriv                             GENMASK(3, 0)
#define ID_ISAR4_EL1_Unpriv_MASK                        GENMASK(3, 0)
#define ID_ISAR4_EL1_Unpriv_SHIFT                       0
#define ID_ISAR4_EL1_Unpriv_WIDTH                       4
#define ID_ISAR4_EL1_Unpriv_NI                          UL(0b0000)
#define ID_ISAR4_EL1_Unpriv_REG_BYTE                    UL(0b0001)
#define ID_ISAR4_EL1_Unpriv_SIGNED_HALFWORD             UL(0b0010)

#define ID_ISAR4_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_ISAR4_EL1_RES1                               (UL(0))
#define ID_ISAR4_EL1_UNKN                               (UL(0))

#define REG_ID_ISAR5_EL1                                S3_0_C0_C2_5
#define SYS_ID_ISAR5_EL1                                sys_reg(3, 0, 0, 2, 5)
#define SYS_ID_ISAR5_EL1_Op0                            3
#define SYS_ID_ISAR5_EL1_Op1                            0
#define SYS_ID_ISAR5_EL1_CRn                            0
#define SYS_ID_ISAR5_EL1_CRm                            2
#define SYS_ID_ISAR5_EL1_Op2                            5

#define ID_ISAR5_EL1_VCMA                               GENMASK(31, 28)
#define ID_ISAR5_EL1_VCMA_MASK                          GENMASK(31, 28)
#define ID_ISAR5_EL1_VCMA_SHIFT                         28
#define ID_ISAR5_EL1_VCMA_WIDTH                         4
#define ID_ISAR5_EL1_VCMA_SIGNED                        false
#define ID_ISAR5_EL1_VCMA_NI                            UL(0b0000)
#define ID_ISAR5_EL1_VCMA_IMP                           UL(0b0001)

#define ID_ISAR5_EL1_RDM                                GENMASK(27, 24)
#define ID_ISAR5_EL1_RDM_MASK                           GENMASK(27, 24)
#define ID_ISAR5_EL1_RDM_SHIFT                          24
#define ID_ISAR5_EL1_RDM_WIDTH                          4
#define ID_ISAR5_EL1_RDM_SIGNED                         false
#define ID_ISAR5_EL1_RDM_NI                             UL(0b0000)
#define ID_ISAR5_EL1_RDM_IMP                            UL(0b0001)

#define ID_ISAR5_EL1_CRC32                              GENMASK(19, 16)
#define ID_ISAR5_EL1_CRC32_MASK                         GENMASK(19, 16)
#define ID_ISAR5_EL1_CRC32_SHIFT                        16
#define ID_ISAR5_EL1_CRC32_WIDTH                        4
#define ID_ISAR5_EL1_CRC32_SIGNED                       false
#define ID_ISAR5_EL1_CRC32_NI                           UL(0b0000)
#define ID_ISAR5_EL1_CRC32_IMP                          UL(0b0001)

#define ID_ISAR5_EL1_SHA2                               GENMASK(15, 12)
#define ID_ISAR5_EL1_SHA2_MASK                          GENMASK(15, 12)
#define ID_ISAR5_EL1_SHA2_SHIFT                         12
#define ID_ISAR5_EL1_SHA2_WIDTH                         4
#define ID_ISAR5_EL1_SHA2_SIGNED                        false
#define ID_ISAR5_EL1_SHA2_NI                            UL(0b0000)
#define ID_ISAR5_EL1_SHA2_IMP                           UL(0b0001)

#define ID_ISAR5_EL1_SHA1                               GENMASK(11, 8)
#define ID_ISAR5_EL1_SHA1_MASK                          GENMASK(11, 8)
#define ID_ISAR5_EL1_SHA1_SHIFT                         8
#define ID_ISAR5_EL1_SHA1_WIDTH                         4
#define ID_ISAR5_EL1_SHA1_SIGNED                        false
#define ID_ISAR5_EL1_SHA1_NI                            UL(0b0000)
#define ID_ISAR5_EL1_SHA1_IMP                           UL(0b0001)

#define ID_ISAR5_EL1_AES                                GENMASK(7, 4)
#define ID_ISAR5_EL1_AES_MASK                           GENMASK(7, 4)
#define ID_ISAR5_EL1_AES_SHIFT                          4
#define ID_ISAR5_EL1_AES_WIDTH                          4
#define ID_ISAR5_EL1_AES_SIGNED                         false
#define ID_ISAR5_EL1_AES_NI                             UL(0b0000)
#define ID_ISAR5_EL1_AES_IMP                            UL(0b0001)
#define ID_ISAR5_EL1_AES_VMULL                          UL(0b0010)

#define ID_ISAR5_EL1_SEVL                               GENMASK(3, 0)
#define ID_ISAR5_EL1_SEVL_MASK                          GENMASK(3, 0)
#define ID_ISAR5_EL1_SEVL_SHIFT                         0
#define ID_ISAR5_EL1_SEVL_WIDTH                         4
#define ID_ISAR5_EL1_SEVL_SIGNED                        false
#define ID_ISAR5_EL1_SEVL_NI                            UL(0b0000)
#define ID_ISAR5_EL1_SEVL_IMP                           UL(0b0001)

#define ID_ISAR5_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32) | GENMASK_ULL(23, 20))
#define ID_ISAR5_EL1_RES1                               (UL(0))
#define ID_ISAR5_EL1_UNKN                               (UL(0))

#define REG_ID_MMFR4_EL1                                S3_0_C0_C2_6
#define SYS_ID_MMFR4_EL1                                sys_reg(3, 0, 0, 2, 6)
#define SYS_ID_MMFR4_EL1_Op0                            3
#define SYS_ID_MMFR4_EL1_Op1                            0
#define SYS_ID_MMFR4_EL1_CRn                            0
#define SYS_ID_MMFR4_EL1_CRm                            2
#define SYS_ID_MMFR4_EL1_Op2                            6

#define ID_MMFR4_EL1_EVT                                GENMASK(31, 28)
#define ID_MMFR4_EL1_EVT_MASK                           GENMASK(31, 28)
#define ID_MMFR4_EL1_EVT_SHIFT                          28
#define ID_MMFR4_EL1_EVT_WIDTH                          4
#define ID_MMFR4_EL1_EVT_SIGNED                         false
#define ID_MMFR4_EL1_EVT_NI                             UL(0b0000)
#define ID_MMFR4_EL1_EVT_NO_TLBIS                       UL(0b0001)
#define ID_MMFR4_EL1_EVT_TLBIS                          UL(0b0010)

#define ID_MMFR4_EL1_CCIDX                              GENMASK(27, 24)
#define ID_MMFR4_EL1_CCIDX_MASK                         GENMASK(27, 24)
#define ID_MMFR4_EL1_CCIDX_SHIFT                        24
#define ID_MMFR4_EL1_CCIDX_WIDTH                        4
#define ID_MMFR4_EL1_CCIDX_SIGNED                       false
#define ID_MMFR4_EL1_CCIDX_NI                           UL(0b0000)
#define ID_MMFR4_EL1_CCIDX_IMP                          UL(0b0001)

#define ID_MMFR4_EL1_LSM                                GENMASK(23, 20)
#define ID_MMFR4_EL1_LSM_MASK                           GENMASK(23, 20)
#define ID_MMFR4_EL1_LSM_SHIFT                          20
#define ID_MMFR4_EL1_LSM_WIDTH                          4
#define ID_MMFR4_EL1_LSM_SIGNED                         false
#define ID_MMFR4_EL1_LSM_NI                             UL(0b0000)
#define ID_MMFR4_EL1_LSM_IMP                            UL(0b0001)

#define ID_MMFR4_EL1_HPDS                               GENMASK(19, 16)
#define ID_MMFR4_EL1_HPDS_MASK                          GENMASK(19, 16)
#define ID_MMFR4_EL1_HPDS_SHIFT                         16
#define ID_MMFR4_EL1_HPDS_WIDTH                         4
#define ID_MMFR4_EL1_HPDS_SIGNED                        false
#define ID_MMFR4_EL1_HPDS_NI                            UL(0b0000)
#define ID_MMFR4_EL1_HPDS_AA32HPD                       UL(0b0001)
#define ID_MMFR4_EL1_HPDS_HPDS2                         UL(0b0010)

#define ID_MMFR4_EL1_CnP                                GENMASK(15, 12)
#define ID_MMFR4_EL1_CnP_MASK                           GENMASK(15, 12)
#define ID_MMFR4_EL1_CnP_SHIFT                          12
#define ID_MMFR4_EL1_CnP_WIDTH                          4
#define ID_MMFR4_EL1_CnP_SIGNED                         false
#define ID_MMFR4_EL1_CnP_NI                             UL(0b0000)
#define ID_MMFR4_EL1_CnP_IMP                            UL(0b0001)

#define ID_MMFR4_EL1_XNX                                GENMASK(11, 8)
#define ID_MMFR4_EL1_XNX_MASK                           GENMASK(11, 8)
#define ID_MMFR4_EL1_XNX_SHIFT                          8
#define ID_MMFR4_EL1_XNX_WIDTH                          4
#define ID_MMFR4_EL1_XNX_SIGNED                         false
#define ID_MMFR4_EL1_XNX_NI                             UL(0b0000)
#define ID_MMFR4_EL1_XNX_IMP                            UL(0b0001)

#define ID_MMFR4_EL1_AC2                                GENMASK(7, 4)
#define ID_MMFR4_EL1_AC2_MASK                           GENMASK(7, 4)
#define ID_MMFR4_EL1_AC2_SHIFT                          4
#define ID_MMFR4_EL1_AC2_WIDTH                          4
#define ID_MMFR4_EL1_AC2_SIGNED                         false
#define ID_MMFR4_EL1_AC2_NI                             UL(0b0000)
#define ID_MMFR4_EL1_AC2_IMP                            UL(0b0001)

#define ID_MMFR4_EL1_SpecSEI                            GENMASK(3, 0)
#define ID_MMFR4_EL1_SpecSEI_MASK                       GENMASK(3, 0)
#define ID_MMFR4_EL1_SpecSEI_SHIFT                      0
#define ID_MMFR4_EL1_SpecSEI_WIDTH                      4
#define ID_MMFR4_EL1_SpecSEI_SIGNED                     false
#define ID_MMFR4_EL1_SpecSEI_NI                         UL(0b0000)
#define ID_MMFR4_EL1_SpecSEI_IMP                        UL(0b0001)

#define ID_MMFR4_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 32))
#define ID_MMFR4_EL1_RES1                               (UL(0))
#define ID_MMFR4_EL1_UNKN                               (UL(0))

#define REG_ID_ISAR6_EL1                                S3_0_C0_C2_7
#define SYS_ID_ISAR6_EL1                                sys_reg(3, 0, 0, 2, 7)
#define SYS_ID_ISAR6_EL1_Op0                            3
#define SYS_ID_ISAR6_EL1_Op1                            0
#define SYS_ID_ISAR6_EL1_CRn                            0
#define SYS_ID_ISAR6_EL1_CRm                            2
#define SYS_ID_ISAR6_EL1_Op2                            7

#define ID_ISAR6_EL1_I8MM                               GENMASK(27, 24)
#define ID_ISAR6_EL1_I8MM_MASK                          GENMASK(27, 24)
#define ID_ISAR6_EL1_I8MM_SHIFT                         24
#define ID_ISAR6_EL1_I8MM_WIDTH                         4
#define ID_ISAR6_EL1_I8MM_SIGNED                        false
#define ID_ISAR6_EL1_I8MM_NI                            UL(0b0000)
#define ID_ISAR6_EL1_I8MM_IMP                           UL(0b0001)

#define ID_ISAR6_EL1_BF16                               GENMASK(23, 20)
#define ID_ISAR6_EL1_BF16_MASK                          GENMASK(23, 20)
#define ID_ISAR6_EL1_BF16_SHIFT                         20
#define ID_ISAR6_EL1_BF16_WIDTH                         4
#define ID_ISAR6_EL1_BF16_SIGNED                        false
#define ID_ISAR6_EL1_BF16_NI                            UL(0b0000)
#define ID_ISAR6_EL1_BF16_IMP                           UL(0b0001)

#define ID_ISAR6_EL1_SPECRES                            GENMASK(19, 16)
#define ID_ISAR6_EL1_SPECRES_MASK                       GENMASK(19, 16)
#define ID_ISAR6_EL1_SPECRES_SHIFT                      16
#define ID_ISAR6_EL1_SPECRES_WIDTH                      4
#define ID_ISAR6_EL1_SPECRES_SIGNED                     false
#define ID_ISAR6_EL1_SPECRES_NI                         UL(0b0000)
#define ID_ISAR6_EL1_SPECRES_IMP                        UL(0b0001)

#define ID_ISAR6_EL1_SB                                 GENMASK(15, 12)
#define ID_ISAR6_EL1_SB_MASK                            GENMASK(15, 12)
#define ID_ISAR6_EL1_SB_SHIFT                           12
#define ID_ISAR6_EL1_SB_WIDTH                           4
#define ID_ISAR6_EL1_SB_SIGNED                          false
#define ID_ISAR6_EL1_SB_NI                              UL(0b0000)
#define ID_ISAR6_EL1_SB_IMP                             UL(0b0001)

#define ID_ISAR6_EL1_FHM                                GENMASK(11, 8)
#define ID_ISAR6_EL1_FHM_MASK                           GENMASK(11, 8)
#define ID_ISAR6_EL1_FHM_SHIFT                          8
#define ID_ISAR6_EL1_FHM_WIDTH                          4
#define ID_ISAR6_EL1_FHM_SIGNED                         false
#define ID_ISAR6_EL1_FHM_NI                             UL(0b0000)
#define ID_ISAR6_EL1_FHM_IMP                            UL(0b0001)

#define ID_ISAR6_EL1_DP                                 GENMASK(7, 4)
#define ID_ISAR6_EL1_DP_MASK                            GENMASK(7, 4)
#define ID_ISAR6_EL1_DP_SHIFT                           4
#define ID_ISAR6_EL1_DP_WIDTH                           4
#define ID_ISAR6_EL1_DP_SIGNED                          false
#define ID_ISAR6_EL1_DP_NI                              UL(0b0000)
#define ID_ISAR6_EL1_DP_IMP                             UL(0b0001)

#define ID_ISAR6_EL1_JSCVT                              GENMASK(3, 0)
#define ID_ISAR6_EL1_JSCVT_MASK                         GENMASK(3, 0)
#define ID_ISAR6_EL1_JSCVT_SHIFT                        0
#define ID_ISAR6_EL1_JSCVT_WIDTH                        4
#define ID_ISAR6_EL1_JSCVT_SIGNED                       false
#define ID_ISAR6_EL1_JSCVT_NI                           UL(0b0000)
#define ID_ISAR6_EL1_JSCVT_IMP                          UL(0b0001)

#define ID_ISAR6_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 28))
#define ID_ISAR6_EL1_RES1                               (UL(0))
#define ID_ISAR6_EL1_UNKN                               (UL(0))

#define REG_MVFR0_EL1                                   S3_0_C0_C3_0
#define SYS_MVFR0_EL1                                   sys_reg(3, 0, 0, 3, 0)
#define SYS_MVFR0_EL1_Op0                               3
#define SYS_MVFR0_EL1_Op1                               0
#define SYS_MVFR0_EL1_CRn                               0
#define SYS_MVFR0_EL1_CRm                               3
#define SYS_MVFR0_EL1_Op2                               0

#define MVFR0_EL1_FPRound                               GENMASK(31, 28)
#define MVFR0_EL1_FPRound_MASK                          GENMASK(31, 28)
#define MVFR0_EL1_FPRound_SHIFT                         28
#define MVFR0_EL1_FPRound_WIDTH                         4
#define MVFR0_EL1_FPRound_SIGNED                        false
#define MVFR0_EL1_FPRound_NI                            UL(0b0000)
#define MVFR0_EL1_FPRound_IMP                           UL(0b0001)

#define MVFR0_EL1_FPShVec                               GENMASK(27, 24)
#define MVFR0_EL1_FPShVec_MASK                          GENMASK(27, 24)
#define MVFR0_EL1_FPShVec_SHIFT                         24
#define MVFR0_EL1_FPShVec_WIDTH                         4
#define MVFR0_EL1_FPShVec_SIGNED                        false
#define MVFR0_EL1_FPShVec_NI                            UL(0b0000)
#define MVFR0_EL1_FPShVec_IMP                           UL(0b0001)

#define MVFR0_EL1_FPSqrt                                GENMASK(23, 20)
#define MVFR0_EL1_FPSqrt_MASK                           GENMASK(23, 20)
#define MVFR0_EL1_FPSqrt_SHIFT                          20
#define MVFR0_EL1_FPSqrt_WIDTH                          4
#define MVFR0_EL1_FPSqrt_SIGNED                         false
#define MVFR0_EL1_FPSqrt_NI                             UL(0b0000)
#define MVFR0_EL1_FPSqrt_IMP                            UL(0b0001)

#define MVFR0_EL1_FPDivide                              GENMASK(19, 16)
#define MVFR0_EL1_FPDivide_MASK                         GENMASK(19, 16)
#define MVFR0_EL1_FPDivide_SHIFT                        16
#define MVFR0_EL1_FPDivide_WIDTH                        4
#define MVFR0_EL1_FPDivide_SIGNED                       false
#define MVFR0_EL1_FPDivide_NI                           UL(0b0000)
#define MVFR0_EL1_FPDivide_IMP                          UL(0b0001)

#define MVFR0_EL1_FPTrap                                GENMASK(15, 12)
#define MVFR0_EL1_FPTrap_MASK                           GENMASK(15, 12)
#define MVFR0_EL1_FPTrap_SHIFT                          12
#define MVFR0_EL1_FPTrap_WIDTH                          4
#define MVFR0_EL1_FPTrap_SIGNED                         false
#define MVFR0_EL1_FPTrap_NI                             UL(0b0000)
#define MVFR0_EL1_FPTrap_IMP                            UL(0b0001)

#define MVFR0_EL1_FPDP                                  GENMASK(11, 8)
#define MVFR0_EL1_FPDP_MASK                             GENMASK(11, 8)
#define MVFR0_EL1_FPDP_SHIFT                            8
#define MVFR0_EL1_FPDP_WIDTH                            4
#define MVFR0_EL1_FPDP_SIGNED                           false
#define MVFR0_EL1_FPDP_NI                               UL(0b0000)
#define MVFR0_EL1_FPDP_VFPv2                            UL(0b0001)
#define MVFR0_EL1_FPDP_VFPv3                            UL(0b0010)

#define MVFR0_EL1_FPSP                                  GENMASK(7, 4)
#define MVFR0_EL1_FPSP_MASK                             GENMASK(7, 4)
#define MVFR0_EL1_FPSP_SHIFT                            4
#define MVFR0_EL1_FPSP_WIDTH                            4
#define MVFR0_EL1_FPSP_SIGNED                           false
#define MVFR0_EL1_FPSP_NI                               UL(0b0000)
#define MVFR0_EL1_FPSP_VFPv2                            UL(0b0001)
#define MVFR0_EL1_FPSP_VFPv3                            UL(0b0010)

#define MVFR0_EL1_SIMDReg                               GENMASK(3, 0)
#define MVFR0_EL1_SIMDReg_MASK                          GENMASK(3, 0)
#define MVFR0_EL1_SIMDReg_SHIFT                         0
#define MVFR0_EL1_SIMDReg_WIDTH                         4
#define MVFR0_EL1_SIMDReg_NI                            UL(0b0000)
#define MVFR0_EL1_SIMDReg_IMP_16x64                     UL(0b0001)
#define MVFR0_EL1_SIMDReg_IMP_32x64                     UL(0b0010)

#define MVFR0_EL1_RES0                                  (UL(0) | GENMASK_ULL(63, 32))
#define MVFR0_EL1_RES1                                  (UL(0))
#define MVFR0_EL1_UNKN                                  (UL(0))

#define REG_MVFR1_EL1                                   S3_0_C0_C3_1
#define SYS_MVFR1_EL1                                   sys_reg(3, 0, 0, 3, 1)
#define SYS_MVFR1_EL1_Op0                               3
#define SYS_MVFR1_EL1_Op1                               0
#define SYS_MVFR1_EL1_CRn                               0
#define SYS_MVFR1_EL1_CRm                               3
#define SYS_MVFR1_EL1_Op2                               1

#define MVFR1_EL1_SIMDFMAC                              GENMASK(31, 28)
#define MVFR1_EL1_SIMDFMAC_MASK                         GENMASK(31, 28)
#define MVFR1_EL1_SIMDFMAC_SHIFT                        28
#define MVFR1_EL1_SIMDFMAC_WIDTH                        4
#define MVFR1_EL1_SIMDFMAC_SIGNED                       false
#define MVFR1_EL1_SIMDFMAC_NI                           UL(0b0000)
#define MVFR1_EL1_SIMDFMAC_IMP                          UL(0b0001)

#define MVFR1_EL1_FPHP                                  GENMASK(27, 24)
#define MVFR1_EL1_FPHP_MASK                             GENMASK(27, 24)
#define MVFR1_EL1_FPHP_SHIFT                            24
#define MVFR1_EL1_FPHP_WIDTH                            4
#define MVFR1_EL1_FPHP_SIGNED                           false
#define MVFR1_EL1_FPHP_NI                               UL(0b0000)
#define MVFR1_EL1_FPHP_FPHP                             UL(0b0001)
#define MVFR1_EL1_FPHP_FPHP_CONV                        UL(0b0010)
#define MVFR1_EL1_FPHP_FP16                             UL(0b0011)

#define MVFR1_EL1_SIMDHP                                GENMASK(23, 20)
#define MVFR1_EL1_SIMDHP_MASK                           GENMASK(23, 20)
#define MVFR1_EL1_SIMDHP_SHIFT                          20
#define MVFR1_EL1_SIMDHP_WIDTH                          4
#define MVFR1_EL1_SIMDHP_SIGNED                         false
#define MVFR1_EL1_SIMDHP_NI                             UL(0b0000)
#define MVFR1_EL1_SIMDHP_SIMDHP                         UL(0b0001)
#define MVFR1_EL1_SIMDHP_SIMDHP_FLOAT                   UL(0b0010)

#define MVFR1_EL1_SIMDSP                                GENMASK(19, 16)
#define MVFR1_EL1_SIMDSP_MASK                           GENMASK(19, 16)
#define MVFR1_EL1_SIMDSP_SHIFT                          16
#define MVFR1_EL1_SIMDSP_WIDTH                          4
#define MVFR1_EL1_SIMDSP_SIGNED                         false
#define MVFR1_EL1_SIMDSP_NI                             UL(0b0000)
#define MVFR1_EL1_SIMDSP_IMP                            UL(0b0001)

#define MVFR1_EL1_SIMDInt                               GENMASK(15, 12)
#define MVFR1_EL1_SIMDInt_MASK                          GENMASK(15, 12)
#define MVFR1_EL1_SIMDInt_SHIFT                         12
#define MVFR1_EL1_SIMDInt_WIDTH                         4
#define MVFR1_EL1_SIMDInt_SIGNED                        false
#define MVFR1_EL1_SIMDInt_NI                            UL(0b0000)
#define MVFR1_EL1_SIMDInt_IMP                           UL(0b0001)

#define MVFR1_EL1_SIMDLS                                GENMASK(11, 8)
#define MVFR1_EL1_SIMDLS_MASK                           GENMASK(11, 8)
#define MVFR1_EL1_SIMDLS_SHIFT                          8
#define MVFR1_EL1_SIMDLS_WIDTH                          4
#define MVFR1_EL1_SIMDLS_SIGNED                         false
#define MVFR1_EL1_SIMDLS_NI                             UL(0b0000)
#define MVFR1_EL1_SIMDLS_IMP                            UL(0b0001)

#define MVFR1_EL1_FPDNaN                                GENMASK(7, 4)
#define MVFR1_EL1_FPDNaN_MASK                           GENMASK(7, 4)
#define MVFR1_EL1_FPDNaN_SHIFT                          4
#define MVFR1_EL1_FPDNaN_WIDTH                          4
#define MVFR1_EL1_FPDNaN_SIGNED                         false
#define MVFR1_EL1_FPDNaN_NI                             UL(0b0000)
#define MVFR1_EL1_FPDNaN_IMP                            UL(0b0001)

#define MVFR1_EL1_FPFtZ                                 GENMASK(3, 0)
#define MVFR1_EL1_FPFtZ_MASK                            GENMASK(3, 0)
#define MVFR1_EL1_FPFtZ_SHIFT                           0
#define MVFR1_EL1_FPFtZ_WIDTH                           4
#define MVFR1_EL1_FPFtZ_SIGNED                          false
#define MVFR1_EL1_FPFtZ_NI                              UL(0b0000)
#define MVFR1_EL1_FPFtZ_IMP                             UL(0b0001)

#define MVFR1_EL1_RES0                                  (UL(0) | GENMASK_ULL(63, 32))
#define MVFR1_EL1_RES1                                  (UL(0))
#define MVFR1_EL1_UNKN                                  (UL(0))

#define REG_MVFR2_EL1                                   S3_0_C0_C3_2
#define SYS_MVFR2_EL1                                   sys_reg(3, 0, 0, 3, 2)
#define SYS_MVFR2_EL1_Op0                               3
#define SYS_MVFR2_EL1_Op1                               0
#define SYS_MVFR2_EL1_CRn                               0
#define SYS_MVFR2_EL1_CRm                               3
#define SYS_MVFR2_EL1_Op2                               2

#define MVFR2_EL1_FPMisc                                GENMASK(7, 4)
#define MVFR2_EL1_FPMisc_MASK                           GENMASK(7, 4)
#define MVFR2_EL1_FPMisc_SHIFT                          4
#define MVFR2_EL1_FPMisc_WIDTH                          4
#define MVFR2_EL1_FPMisc_NI                             UL(0b0000)
#define MVFR2_EL1_FPMisc_FP                             UL(0b0001)
#define MVFR2_EL1_FPMisc_FP_DIRECTED_ROUNDING           UL(0b0010)
#define MVFR2_EL1_FPMisc_FP_ROUNDING                    UL(0b0011)
#define MVFR2_EL1_FPMisc_FP_MAX_MIN                     UL(0b0100)

#define MVFR2_EL1_SIMDMisc                              GENMASK(3, 0)
#define MVFR2_EL1_SIMDMisc_MASK                         GENMASK(3, 0)
#define MVFR2_EL1_SIMDMisc_SHIFT                        0
#define MVFR2_EL1_SIMDMisc_WIDTH                        4
#define MVFR2_EL1_SIMDMisc_NI                           UL(0b0000)
#define MVFR2_EL1_SIMDMisc_SIMD_DIRECTED_ROUNDING       UL(0b0001)
#define MVFR2_EL1_SIMDMisc_SIMD_ROUNDING                UL(0b0010)
#define MVFR2_EL1_SIMDMisc_SIMD_MAX_MIN                 UL(0b0011)

#define MVFR2_EL1_RES0                                  (UL(0) | GENMASK_ULL(63, 8))
#define MVFR2_EL1_RES1                                  (UL(0))
#define MVFR2_EL1_UNKN                                  (UL(0))

#define REG_ID_PFR2_EL1                                 S3_0_C0_C3_4
#define SYS_ID_PFR2_EL1                                 sys_reg(3, 0, 0, 3, 4)
#define SYS_ID_PFR2_EL1_Op0                             3
#define SYS_ID_PFR2_EL1_Op1                             0
#define SYS_ID_PFR2_EL1_CRn                             0
#define SYS_ID_PFR2_EL1_CRm                             3
#define SYS_ID_PFR2_EL1_Op2                             4

#define ID_PFR2_EL1_RAS_frac                            GENMASK(11, 8)
#define ID_PFR2_EL1_RAS_frac_MASK                       GENMASK(11, 8)
#define ID_PFR2_EL1_RAS_frac_SHIFT                      8
#define ID_PFR2_EL1_RAS_frac_WIDTH                      4
#define ID_PFR2_EL1_RAS_frac_SIGNED                     false
#define ID_PFR2_EL1_RAS_frac_NI                         UL(0b0000)
#define ID_PFR2_EL1_RAS_frac_RASv1p1                    UL(0b0001)

#define ID_PFR2_EL1_SSBS                                GENMASK(7, 4)
#define ID_PFR2_EL1_SSBS_MASK                           GENMASK(7, 4)
#define ID_PFR2_EL1_SSBS_SHIFT                          4
#define ID_PFR2_EL1_SSBS_WIDTH                          4
#define ID_PFR2_EL1_SSBS_SIGNED                         false
#define ID_PFR2_EL1_SSBS_NI                             UL(0b0000)
#define ID_PFR2_EL1_SSBS_IMP                            UL(0b0001)

#define ID_PFR2_EL1_CSV3                                GENMASK(3, 0)
#define ID_PFR2_EL1_CSV3_MASK                           GENMASK(3, 0)
#define ID_PFR2_EL1_CSV3_SHIFT                          0
#define ID_PFR2_EL1_CSV3_WIDTH                          4
#define ID_PFR2_EL1_CSV3_SIGNED                         false
#define ID_PFR2_EL1_CSV3_NI                             UL(0b0000)
#define ID_PFR2_EL1_CSV3_IMP                            UL(0b0001)

#define ID_PFR2_EL1_RES0                                (UL(0) | GENMASK_ULL(63, 12))
#define ID_PFR2_EL1_RES1                                (UL(0))
#define ID_PFR2_EL1_UNKN                                (UL(0))

#define REG_ID_DFR1_EL1                                 S3_0_C0_C3_5
#define SYS_ID_DFR1_EL1                                 sys_reg(3, 0, 0, 3, 5)
#define SYS_ID_DFR1_EL1_Op0                             3
#define SYS_ID_DFR1_EL1_Op1                             0
#define SYS_ID_DFR1_EL1_CRn                             0
#define SYS_ID_DFR1_EL1_CRm                             3
#define SYS_ID_DFR1_EL1_Op2                             5

#define ID_DFR1_EL1_HPMN0                               GENMASK(7, 4)
#define ID_DFR1_EL1_HPMN0_MASK                          GENMASK(7, 4)
#define ID_DFR1_EL1_HPMN0_SHIFT                         4
#define ID_DFR1_EL1_HPMN0_WIDTH                         4
#define ID_DFR1_EL1_HPMN0_SIGNED                        false
#define ID_DFR1_EL1_HPMN0_NI                            UL(0b0000)
#define ID_DFR1_EL1_HPMN0_IMP                           UL(0b0001)

#define ID_DFR1_EL1_MTPMU                               GENMASK(3, 0)
#define ID_DFR1_EL1_MTPMU_MASK                          GENMASK(3, 0)
#define ID_DFR1_EL1_MTPMU_SHIFT                         0
#define ID_DFR1_EL1_MTPMU_WIDTH                         4
#define ID_DFR1_EL1_MTPMU_IMPDEF                        UL(0b0000)
#define ID_DFR1_EL1_MTPMU_IMP                           UL(0b0001)
#define ID_DFR1_EL1_MTPMU_NI                            UL(0b1111)

#define ID_DFR1_EL1_RES0                                (UL(0) | GENMASK_ULL(63, 8))
#define ID_DFR1_EL1_RES1                                (UL(0))
#define ID_DFR1_EL1_UNKN                                (UL(0))

#define REG_ID_MMFR5_EL1                                S3_0_C0_C3_6
#define SYS_ID_MMFR5_EL1                                sys_reg(3, 0, 0, 3, 6)
#define SYS_ID_MMFR5_EL1_Op0                            3
#define SYS_ID_MMFR5_EL1_Op1                            0
#define SYS_ID_MMFR5_EL1_CRn                            0
#define SYS_ID_MMFR5_EL1_CRm                            3
#define SYS_ID_MMFR5_EL1_Op2                            6

#define ID_MMFR5_EL1_nTLBPA                             GENMASK(7, 4)
#define ID_MMFR5_EL1_nTLBPA_MASK                        GENMASK(7, 4)
#define ID_MMFR5_EL1_nTLBPA_SHIFT                       4
#define ID_MMFR5_EL1_nTLBPA_WIDTH                       4
#define ID_MMFR5_EL1_nTLBPA_SIGNED                      false
#define ID_MMFR5_EL1_nTLBPA_NI                          UL(0b0000)
#define ID_MMFR5_EL1_nTLBPA_IMP                         UL(0b0001)

#define ID_MMFR5_EL1_ETS                                GENMASK(3, 0)
#define ID_MMFR5_EL1_ETS_MASK                           GENMASK(3, 0)
#define ID_MMFR5_EL1_ETS_SHIFT                          0
#define ID_MMFR5_EL1_ETS_WIDTH                          4
#define ID_MMFR5_EL1_ETS_SIGNED                         false
#define ID_MMFR5_EL1_ETS_NI                             UL(0b0000)
#define ID_MMFR5_EL1_ETS_IMP                            UL(0b0001)

#define ID_MMFR5_EL1_RES0                               (UL(0) | GENMASK_ULL(63, 8))
#define ID_MMFR5_EL1_RES1                               (UL(0))
#define ID_MMFR5_EL1_UNKN                               (UL(0))

#define REG_ID_AA64PFR0_EL1                             S3_0_C0_C4_0
#define SYS_ID_AA64PFR0_EL1                             sys_reg(3, 0, 0, 4, 0)
#define SYS_ID_AA64PFR0_EL1_Op0                         3
#define SYS_ID_AA64PFR0_EL1_Op1                         0
#define SYS_ID_AA64PFR0_EL1_CRn                         0
#define SYS_ID_AA64PFR0_EL1_CRm                         4
#define SYS_ID_AA64PFR0_EL1_Op2                         0

#define ID_AA64PFR0_EL1_CSV3                            GENMASK(63, 60)
#define ID_AA64PFR0_EL1_CSV3_MASK                       GENMASK(63, 60)
#define ID_AA64PFR0_EL1_CSV3_SHIFT                      60
#define ID_AA64PFR0_EL1_CSV3_WIDTH                      4
#define ID_AA64PFR0_EL1_CSV3_SIGNED                     false
#define ID_AA64PFR0_EL1_CSV3_NI                         UL(0b0000)
#define ID_AA64PFR0_EL1_CSV3_IMP                        UL(0b0001)

#define ID_AA64PFR0_EL1_CSV2                            GENMASK(59, 56)
#define ID_AA64PFR0_EL1_CSV2_MASK                       GENMASK(59, 56)
#define ID_AA64PFR0_EL1_CSV2_SHIFT                      56
#define ID_AA64PFR0_EL1_CSV2_WIDTH                      4
#define ID_AA64PFR0_EL1_CSV2_SIGNED                     false
#define ID_AA64PFR0_EL1_CSV2_NI                         UL(0b0000)
#define ID_AA64PFR0_EL1_CSV2_IMP                        UL(0b0001)
#define ID_AA64PFR0_EL1_CSV2_CSV2_2                     UL(0b0010)
#define ID_AA64PFR0_EL1_CSV2_CSV2_3                     UL(0b0011)

#define ID_AA64PFR0_EL1_RME                             GENMASK(55, 52)
#define ID_AA64PFR0_EL1_RME_MASK                        GENMASK(55, 52)
#define ID_AA64PFR0_EL1_RME_SHIFT                       52
#define ID_AA64PFR0_EL1_RME_WIDTH                       4
#define ID_AA64PFR0_EL1_RME_SIGNED                      false
#define ID_AA64PFR0_EL1_RME_NI                          UL(0b0000)
#define ID_AA64PFR0_EL1_RME_IMP                         UL(0b0001)

#define ID_AA64PFR0_EL1_DIT                             GENMASK(51, 48)
#define ID_AA64PFR0_EL1_DIT_MASK                        GENMASK(51, 48)
#define ID_AA64PFR0_EL1_DIT_SHIFT                       48
#define ID_AA64PFR0_EL1_DIT_WIDTH                       4
#define ID_AA64PFR0_EL1_DIT_SIGNED                      false
#define ID_AA64PFR0_EL1_DIT_NI                          UL(0b0000)
#define ID_AA64PFR0_EL1_DIT_IMP                         UL(0b0001)

#define ID_AA64PFR0_EL1_AMU                             GENMASK(47, 44)
#define ID_AA64PFR0_EL1_AMU_MASK                        GENMASK(47, 44)
#define ID_AA64PFR0_EL1_AMU_SHIFT                       44
#define ID_AA64PFR0_EL1_AMU_WIDTH                       4
#define ID_AA64PFR0_EL1_AMU_SIGNED                      false
#define ID_AA64PFR0_EL1_AMU_NI                          UL(0b0000)
#define ID_AA64PFR0_EL1_AMU_IMP                         UL(0b0001)
#define ID_AA64PFR0_EL1_AMU_V1P1                        UL(0b0010)

#define ID_AA64PFR0_EL1_MPAM                            GENMASK(43, 40)
#define ID_AA64PFR0_EL1_MPAM_MASK                       GENMASK(43, 40)
#define ID_AA64PFR0_EL1_MPAM_SHIFT                      40
#define ID_AA64PFR0_EL1_MPAM_WIDTH                      4
#define ID_AA64PFR0_EL1_MPAM_SIGNED                     false
#define ID_AA64PFR0_EL1_MPAM_0                          UL(0b0000)
#define ID_AA64PFR0_EL1_MPAM_1                          UL(0b0001)

#define ID_AA64PFR0_EL1_SEL2                            GENMASK(39, 36)
#define ID_AA64PFR0_EL1_SEL2_MASK                       GENMASK(39, 36)
#define ID_AA64PFR0_EL1_SEL2_SHIFT                      36
#define ID_AA64PFR0_EL1_SEL2_WIDTH                      4
#define ID_AA64PFR0_EL1_SEL2_SIGNED                     false
#define ID_AA64PFR0_EL1_SEL2_NI                         UL(0b0000)
#define ID_AA64PFR0_EL1_SEL2_IMP                        UL(0b0001)

#define ID_AA64PFR0_EL1_SVE                             GENMASK(35, 32)
#define ID_AA64PFR0_EL1_SVE_MASK                        GENMASK(35, 32)
#define ID_AA64PFR0_EL1_SVE_SHIFT                       32
#define ID_AA64PFR0_EL1_SVE_WIDTH                       4
#define ID_AA64PFR0_EL1_SVE_SIGNED                      false
#define ID_AA64PFR0_EL1_SVE_NI                          UL(0b0000)
#define ID_AA64PFR0_EL1_SVE_IMP                         UL(0b0001)

#define ID_AA64PFR0_EL1_RAS                             GENMASK(31, 28)
#define ID_AA64PFR0_EL1_RAS_MASK                        GENMASK(31, 28)
#define ID_AA64PFR0_EL1_RAS_SHIFT                       28
#define ID_AA64PFR0_EL1_RAS_WIDTH                       4
#define ID_AA64PFR0_EL1_RAS_SIGNED                      false
#define ID_AA64PFR0_EL1_RAS_NI                          UL(0b0000)
#define ID_AA64PFR0_EL1_RAS_IMP                         UL(0b0001)
#define ID_AA64PFR0_EL1_RAS_V1P1                        UL(0b0010)

#define ID_AA64PFR0_EL1_GIC                             GENMASK(27, 24)
#define ID_AA64PFR0_EL1_GIC_MASK                        GENMASK(27, 24)
#define ID_AA64PFR0_EL1_GIC_SHIFT                       24
#define ID_AA64PFR0_EL1_GIC_WIDTH                       4
#define ID_AA64PFR0_EL1_GIC_SIGNED                      false
#define ID_AA64PFR0_EL1_GIC_NI                          UL(0b0000)
#define ID_AA64PFR0_EL1_GIC_IMP                         UL(0b0001)
#define ID_AA64PFR0_EL1_GIC_V4P1                        UL(0b0011)

#define ID_AA64PFR0_EL1_AdvSIMD                         GENMASK(23, 20)
#define ID_AA64PFR0_EL1_AdvSIMD_MASK                    GENMASK(23, 20)
#define ID_AA64PFR0_EL1_AdvSIMD_SHIFT                   20
#define ID_AA64PFR0_EL1_AdvSIMD_WIDTH                   4
#define ID_AA64PFR0_EL1_AdvSIMD_SIGNED                  true
#define ID_AA64PFR0_EL1_AdvSIMD_IMP                     UL(0b0000)
#define ID_AA64PFR0_EL1_AdvSIMD_FP16                    UL(0b0001)
#define ID_AA64PFR0_EL1_AdvSIMD_NI                      UL(0b1111)

#define ID_AA64PFR0_EL1_FP                              GENMASK(19, 16)
#define ID_AA64PFR0_EL1_FP_MASK                         GENMASK(19, 16)
#define ID_AA64PFR0_EL1_FP_SHIFT                        16
#define ID_AA64PFR0_EL1_FP_WIDTH                        4
#define ID_AA64PFR0_EL1_FP_SIGNED                       true
#define ID_AA64PFR0_EL1_FP_IMP                          UL(0b0000)
#define ID_AA64PFR0_EL1_FP_FP16                         UL(0b0001)
#define ID_AA64PFR0_EL1_FP_NI                           UL(0b1111)

#define ID_AA64PFR0_EL1_EL3                             GENMASK(15, 12)
#define ID_AA64PFR0_EL1_EL3_MASK                        GENMASK(15, 12)
#define ID_AA64PFR0_EL1_EL3_SHIFT                       12
#define ID_AA64PFR0_EL1_EL3_WIDTH                       4
#define ID_AA64PFR0_EL1_EL3_SIGNED                      false
#define ID_AA64PFR0_EL1_EL3_NI                          UL(0b0000)
#define ID_AA64PFR0_EL1_EL3_IMP                         UL(0b0001)
#define ID_AA64PFR0_EL1_EL3_AARCH32                     UL(0b0010)

#define ID_AA64PFR0_EL1_EL2                             GENMASK(11, 8)
#define ID_AA64PFR0_EL1_EL2_MASK                        GENMASK(11, 8)
#define ID_AA64PFR0_EL1_EL2_SHIFT                       8
#define ID_AA64PFR0_EL1_EL2_WIDTH                       4
#define ID_AA64PFR0_EL1_EL2_SIGNED                      false
#define ID_AA64PFR0_EL1_EL2_NI                          UL(0b0000)
#define ID_AA64PFR0_EL1_EL2_IMP                         UL(0b0001)
#define ID_AA64PFR0_EL1_EL2_AARCH32                     UL(0b0010)

#define ID_AA64PFR0_EL1_EL1                             GENMASK(7, 4)
#define ID_AA64PFR0_EL1_EL1_MASK                        GENMASK(7, 4)
#define ID_AA64PFR0_EL1_EL1_SHIFT                       4
#define ID_AA64PFR0_EL1_EL1_WIDTH                       4
#define ID_AA64PFR0_EL1_EL1_SIGNED                      false
#define ID_AA64PFR0_EL1_EL1_IMP                         UL(0b0001)
#define ID_AA64PFR0_EL1_EL1_AARCH32                     UL(0b0010)

#define ID_AA64PFR0_EL1_EL0                             GENMASK(3, 0)
#define ID_AA64PFR0_EL1_EL0_MASK                        GENMASK(3, 0)
#define ID_AA64PFR0_EL1_EL0_SHIFT                       0
#define ID_AA64PFR0_EL1_EL0_WIDTH                       4
#define ID_AA64PFR0_EL1_EL0_SIGNED                      false
#define ID_AA64PFR0_EL1_EL0_IMP                         UL(0b0001)
#define ID_AA64PFR0_EL1_EL0_AARCH32                     UL(0b0010)

#define ID_AA64PFR0_EL1_RES0                            (UL(0))
#define ID_AA64PFR0_EL1_RES1                            (UL(0))
#define ID_AA64PFR0_EL1_UNKN                            (UL(0))

#define REG_ID_AA64PFR1_EL1                             S3_0_C0_C4_1
#define SYS_ID_AA64PFR1_EL1                             sys_reg(3, 0, 0, 4, 1)
#define SYS_ID_AA64PFR1_EL1_Op0                         3
#define SYS_ID_AA64PFR1_EL1_Op1                         0
#define SYS_ID_AA64PFR1_EL1_CRn                         0
#define SYS_ID_AA64PFR1_EL1_CRm                         4
#define SYS_ID_AA64PFR1_EL1_Op2                         1

#define ID_AA64PFR1_EL1_PFAR                            GENMASK(63, 60)
#define ID_AA64PFR1_EL1_PFAR_MASK                       GENMASK(63, 60)
#define ID_AA64PFR1_EL1_PFAR_SHIFT                      60
#define ID_AA64PFR1_EL1_PFAR_WIDTH                      4
#define ID_AA64PFR1_EL1_PFAR_SIGNED                     false
#define ID_AA64PFR1_EL1_PFAR_NI                         UL(0b0000)
#define ID_AA64PFR1_EL1_PFAR_IMP                        UL(0b0001)

#define ID_AA64PFR1_EL1_DF2                             GENMASK(59, 56)
#define ID_AA64PFR1_EL1_DF2_MASK                        GENMASK(59, 56)
#define ID_AA64PFR1_EL1_DF2_SHIFT                       56
#define ID_AA64PFR1_EL1_DF2_WIDTH                       4
#define ID_AA64PFR1_EL1_DF2_SIGNED                      false
#define ID_AA64PFR1_EL1_DF2_NI                          UL(0b0000)
#define ID_AA64PFR1_EL1_DF2_IMP                         UL(0b0001)

#define ID_AA64PFR1_EL1_MTEX                            GENMASK(55, 52)
#define ID_AA64PFR1_EL1_MTEX_MASK                       GENMASK(55, 52)
#define ID_AA64PFR1_EL1_MTEX_SHIFT                      52
#define ID_AA64PFR1_EL1_MTEX_WIDTH                      4
#define ID_AA64PFR1_EL1_MTEX_SIGNED                     false
#define ID_AA64PFR1_EL1_MTEX_MTE                        UL(0b0000)
#define ID_AA64PFR1_EL1_MTEX_MTE4                       UL(0b0001)

#define ID_AA64PFR1_EL1_THE                             GENMASK(51, 48)
#define ID_AA64PFR1_EL1_THE_MASK                        GENMASK(51, 48)
#define ID_AA64PFR1_EL1_THE_SHIFT                       48
#define ID_AA64PFR1_EL1_THE_WIDTH                       4
#define ID_AA64PFR1_EL1_THE_SIGNED                      false
#define ID_AA64PFR1_EL1_THE_NI                          UL(0b0000)
#define ID_AA64PFR1_EL1_THE_IMP                         UL(0b0001)

#define ID_AA64PFR1_EL1_GCS                             GENMASK(47, 44)
#define ID_AA64PFR1_EL1_GCS_MASK                        GENMASK(47, 44)
#define ID_AA64PFR1_EL1_GCS_SHIFT                       44
#define ID_AA64PFR1_EL1_GCS_WIDTH                       4
#define ID_AA64PFR1_EL1_GCS_SIGNED                      false
#define ID_AA64PFR1_EL1_GCS_NI                          UL(0b0000)
#define ID_AA64PFR1_EL1_GCS_IMP                         UL(0b0001)

#define ID_AA64PFR1_EL1_MTE_frac                        GENMASK(43, 40)
#define ID_AA64PFR1_EL1_MTE_frac_MASK                   GENMASK(43, 40)
#define ID_AA64PFR1_EL1_MTE_frac_SHIFT                  40
#define ID_AA64PFR1_EL1_MTE_frac_WIDTH                  4
#define ID_AA64PFR1_EL1_MTE_frac_ASYNC                  UL(0b0000)
#define ID_AA64PFR1_EL1_MTE_frac_NI                     UL(0b1111)

#define ID_AA64PFR1_EL1_NMI                             GENMASK(39, 36)
#define ID_AA64PFR1_EL1_NMI_MASK                        GENMASK(39, 36)
#define ID_AA64PFR1_EL1_NMI_SHIFT                       36
#define ID_AA64PFR1_EL1_NMI_WIDTH                       4
#define ID_AA64PFR1_EL1_NMI_SIGNED                      false
#define ID_AA64PFR1_EL1_NMI_NI                          UL(0b0000)
#define ID_AA64PFR1_EL1_NMI_IMP                         UL(0b0001)

#define ID_AA64PFR1_EL1_CSV2_frac                       GENMASK(35, 32)
#define ID_AA64PFR1_EL1_CSV2_frac_MASK                  GENMASK(35, 32)
#define ID_AA64PFR1_EL1_CSV2_frac_SHIFT                 32
#define ID_AA64PFR1_EL1_CSV2_frac_WIDTH                 4
#define ID_AA64PFR1_EL1_CSV2_frac_SIGNED                false
#define ID_AA64PFR1_EL1_CSV2_frac_NI                    UL(0b0000)
#define ID_AA64PFR1_EL1_CSV2_frac_CSV2_1p1              UL(0b0001)
#define ID_AA64PFR1_EL1_CSV2_frac_CSV2_1p2              UL(0b0010)

#define ID_AA64PFR1_EL1_RNDR_trap                       GENMASK(31, 28)
#define ID_AA64PFR1_EL1_RNDR_trap_MASK                  GENMASK(31, 28)
#define ID_AA64PFR1_EL1_RNDR_trap_SHIFT                 28
#define ID_AA64PFR1_EL1_RNDR_trap_WIDTH                 4
#define ID_AA64PFR1_EL1_RNDR_trap_SIGNED                false
#define ID_AA64PFR1_EL1_RNDR_trap_NI                    UL(0b0000)
#define ID_AA64PFR1_EL1_RNDR_trap_IMP                   UL(0b0001)

#define ID_AA64PFR1_EL1_SME                             GENMASK(27, 24)
#define ID_AA64PFR1_EL1_SME_MASK                        GENMASK(27, 24)
#define ID_AA64PFR1_EL1_SME_SHIFT                       24
#define ID_AA64PFR1_EL1_SME_WIDTH                       4
#define ID_AA64PFR1_EL1_SME_SIGNED                      false
#define ID_AA64PFR1_EL1_SME_NI                          UL(0b0000)
#define ID_AA64PFR1_EL1_SME_IMP                         UL(0b0001)
#define ID_AA64PFR1_EL1_SME_SME2                        UL(0b0010)

#define ID_AA64PFR1_EL1_MPAM_frac                       GENMASK(19, 16)
#define ID_AA64PFR1_EL1_MPAM_frac_MASK                  GENMASK(19, 16)
#define ID_AA64PFR1_EL1_MPAM_frac_SHIFT                 16
#define ID_AA64PFR1_EL1_MPAM_frac_WIDTH                 4
#define ID_AA64PFR1_EL1_MPAM_frac_SIGNED                false
#define ID_AA64PFR1_EL1_MPAM_frac_MINOR_0               UL(0b0000)
#define ID_AA64PFR1_EL1_MPAM_frac_MINOR_1               UL(0b0001)

#define ID_AA64PFR1_EL1_RAS_frac                        GENMASK(15, 12)
#define ID_AA64PFR1_EL1_RAS_frac_MASK                   GENMASK(15, 12)
#define ID_AA64PFR1_EL1_RAS_frac_SHIFT                  12
#define ID_AA64PFR1_EL1_RAS_frac_WIDTH                  4
#define ID_AA64PFR1_EL1_RAS_frac_SIGNED                 false
#define ID_AA64PFR1_EL1_RAS_frac_NI                     UL(0b0000)
#define ID_AA64PFR1_EL1_RAS_frac_RASv1p1                UL(0b0001)

#define ID_AA64PFR1_EL1_MTE                             GENMASK(11, 8)
#define ID_AA64PFR1_EL1_MTE_MASK                        GENMASK(11, 8)
#define ID_AA64PFR1_EL1_MTE_SHIFT                       8
#define ID_AA64PFR1_EL1_MTE_WIDTH                       4
#define ID_AA64PFR1_EL1_MTE_SIGNED                      false
#define ID_AA64PFR1_EL1_MTE_NI                          UL(0b0000)
#define ID_AA64PFR1_EL1_MTE_IMP                         UL(0b0001)
#define ID_AA64PFR1_EL1_MTE_MTE2                        UL(0b0010)
#define ID_AA64PFR1_EL1_MTE_MTE3                        UL(0b0011)

#define ID_AA64PFR1_EL1_SSBS                            GENMASK(7, 4)
#define ID_AA64PFR1_EL1_SSBS_MASK                       GENMASK(7, 4)
#define ID_AA64PFR1_EL1_SSBS_SHIFT                      4
#define ID_AA64PFR1_EL1_SSBS_WIDTH                      4
#define ID_AA64PFR1_EL1_SSBS_SIGNED                     false
#define ID_AA64PFR1_EL1_SSBS_NI                         UL(0b0000)
#define ID_AA64PFR1_EL1_SSBS_IMP                        UL(0b0001)
#define ID_AA64PFR1_EL1_SSBS_SSBS2                      UL(0b0010)

#define ID_AA64PFR1_EL1_BT                              GENMASK(3, 0)
#define ID_AA64PFR1_EL1_BT_MASK                         GENMASK(3, 0)
#define ID_AA64PFR1_EL1_BT_SHIFT                        0
#define ID_AA64PFR1_EL1_BT_WIDTH                        4
#define ID_AA64PFR1_EL1_BT_SIGNED                       false
#define ID_AA64PFR1_EL1_BT_NI                           UL(0b0000)
#define ID_AA64PFR1_EL1_BT_IMP                          UL(0b0001)

#define ID_AA64PFR1_EL1_RES0                            (UL(0) | GENMASK_ULL(23, 20))
#define ID_AA64PFR1_EL1_RES1                            (UL(0))
#define ID_AA64PFR1_EL1_UNKN                            (UL(0))

#define REG_ID_AA64PFR2_EL1                             S3_0_C0_C4_2
#define SYS_ID_AA64PFR2_EL1                             sys_reg(3, 0, 0, 4, 2)
#define SYS_ID_AA64PFR2_EL1_Op0                         3
#define SYS_ID_AA64PFR2_EL1_Op1                         0
#define SYS_ID_AA64PFR2_EL1_CRn                         0
#define SYS_ID_AA64PFR2_EL1_CRm                         4
#define SYS_ID_AA64PFR2_EL1_Op2                         2

#define ID_AA64PFR2_EL1_FPMR                            GENMASK(35, 32)
#define ID_AA64PFR2_EL1_FPMR_MASK                       GENMASK(35, 32)
#define ID_AA64PFR2_EL1_FPMR_SHIFT                      32
#define ID_AA64PFR2_EL1_FPMR_WIDTH                      4
#define ID_AA64PFR2_EL1_FPMR_SIGNED                     false
#define ID_AA64PFR2_EL1_FPMR_NI                         UL(0b0000)
#define ID_AA64PFR2_EL1_FPMR_IMP                        UL(0b0001)

#define ID_AA64PFR2_EL1_MTEFAR                          GENMASK(11, 8)
#define ID_AA64PFR2_EL1_MTEFAR_MASK                     GENMASK(11, 8)
#define ID_AA64PFR2_EL1_MTEFAR_SHIFT                    8
#define ID_AA64PFR2_EL1_MTEFAR_WIDTH                    4
#define ID_AA64PFR2_EL1_MTEFAR_SIGNED                   false
#define ID_AA64PFR2_EL1_MTEFAR_NI                       UL(0b0000)
#define ID_AA64PFR2_EL1_MTEFAR_IMP                      UL(0b0001)

#define ID_AA64PFR2_EL1_MTESTOREONLY                    GENMASK(7, 4)
#define ID_AA64PFR2_EL1_MTESTOREONLY_MASK               GENMASK(7, 4)
#define ID_AA64PFR2_EL1_MTESTOREONLY_SHIFT              4
#define ID_AA64PFR2_EL1_MTESTOREONLY_WIDTH              4
#define ID_AA64PFR2_EL1_MTESTOREONLY_SIGNED             false
#define ID_AA64PFR2_EL1_MTESTOREONLY_NI                 UL(0b0000)
#define ID_AA64PFR2_EL1_MTESTOREONLY_IMP                UL(0b0001)

#define ID_AA64PFR2_EL1_MTEPERM                         GENMASK(3, 0)
#define ID_AA64PFR2_EL1_MTEPERM_MASK                    GENMASK(3, 0)
#define ID_AA64PFR2_EL1_MTEPERM_SHIFT                   0
#define ID_AA64PFR2_EL1_MTEPERM_WIDTH                   4
#define ID_AA64PFR2_EL1_MTEPERM_SIGNED                  false
#define ID_AA64PFR2_EL1_MTEPERM_NI                      UL(0b0000)
#define ID_AA64PFR2_EL1_MTEPERM_IMP                     UL(0b0001)

#define ID_AA64PFR2_EL1_RES0                            (UL(0) | GENMASK_ULL(63, 36) | GENMASK_ULL(31, 12))
#define ID_AA64PFR2_EL1_RES1                            (UL(0))
#define ID_AA64PFR2_EL1_UNKN                            (UL(0))

#define REG_ID_AA64ZFR0_EL1                             S3_0_C0_C4_4
#define SYS_ID_AA64ZFR0_EL1                             sys_reg(3, 0, 0, 4, 4)
#define SYS_ID_AA64ZFR0_EL1_Op0                         3
#define SYS_ID_AA64ZFR0_EL1_Op1                         0
#define SYS_ID_AA64ZFR0_EL1_CRn                         0
#define SYS_ID_AA64ZFR0_EL1_CRm                         4
#define SYS_ID_AA64ZFR0_EL1_Op2                         4

#define ID_AA64ZFR0_EL1_F64MM                           GENMASK(59, 56)
#define ID_AA64ZFR0_EL1_F64MM_MASK                      GENMASK(59, 56)
#define ID_AA64ZFR0_EL1_F64MM_SHIFT                     56
#define ID_AA64ZFR0_EL1_F64MM_WIDTH                     4
#define ID_AA64ZFR0_EL1_F64MM_SIGNED                    false
#define ID_AA64ZFR0_EL1_F64MM_NI                        UL(0b0000)
#define ID_AA64ZFR0_EL1_F64MM_IMP                       UL(0b0001)

#define ID_AA64ZFR0_EL1_F32MM                           GENMASK(55, 52)
#define ID_AA64ZFR0_EL1_F32MM_MASK                      GENMASK(55, 52)
#define ID_AA64ZFR0_EL1_F32MM_SHIFT                     52
#define ID_AA64ZFR0_EL1_F32MM_WIDTH                     4
#define ID_AA64ZFR0_EL1_F32MM_SIGNED                    false
#define ID_AA64ZFR0_EL1_F32MM_NI                        UL(0b0000)
#define ID_AA64ZFR0_EL1_F32MM_IMP                       UL(0b0001)

#define ID_AA64ZFR0_EL1_I8MM                            GENMASK(47, 44)
#define ID_AA64ZFR0_EL1_I8MM_MASK                       GENMASK(47, 44)
#define ID_AA64ZFR0_EL1_I8MM_SHIFT                      44
#define ID_AA64ZFR0_EL1_I8MM_WIDTH                      4
#define ID_AA64ZFR0_EL1_I8MM_SIGNED                     false
#define ID_AA64ZFR0_EL1_I8MM_NI                         UL(0b0000)
#define ID_AA64ZFR0_EL1_I8MM_IMP                        UL(0b0001)

#define ID_AA64ZFR0_EL1_SM4                             GENMASK(43, 40)
#define ID_AA64ZFR0_EL1_SM4_MASK                        GENMASK(43, 40)
#define ID_AA64ZFR0_EL1_SM4_SHIFT                       40
#define ID_AA64ZFR0_EL1_SM4_WIDTH                       4
#define ID_AA64ZFR0_EL1_SM4_SIGNED                      false
#define ID_AA64ZFR0_EL1_SM4_NI                          UL(0b0000)
#define ID_AA64ZFR0_EL1_SM4_IMP                         UL(0b0001)

#define ID_AA64ZFR0_EL1_SHA3                            GENMASK(35, 32)
#define ID_AA64ZFR0_EL1_SHA3_MASK                       GENMASK(35, 32)
#define ID_AA64ZFR0_EL1_SHA3_SHIFT                      32
#define ID_AA64ZFR0_EL1_SHA3_WIDTH                      4
#define ID_AA64ZFR0_EL1_SHA3_SIGNED                     false
#define ID_AA64ZFR0_EL1_SHA3_NI                         UL(0b0000)
#define ID_AA64ZFR0_EL1_SHA3_IMP                        UL(0b0001)

#define ID_AA64ZFR0_EL1_B16B16                          GENMASK(27, 24)
#define ID_AA64ZFR0_EL1_B16B16_MASK                     GENMASK(27, 24)
#define ID_AA64ZFR0_EL1_B16B16_SHIFT                    24
#define ID_AA64ZFR0_EL1_B16B16_WIDTH                    4
#define ID_AA64ZFR0_EL1_B16B16_SIGNED                   false
#define ID_AA64ZFR0_EL1_B16B16_NI                       UL(0b0000)
#define ID_AA64ZFR0_EL1_B16B16_IMP                      UL(0b0001)

#define ID_AA64ZFR0_EL1_BF16                            GENMASK(23, 20)
#define ID_AA64ZFR0_EL1_BF16_MASK                       GENMASK(23, 20)
#define ID_AA64ZFR0_EL1_BF16_SHIFT                      20
#define ID_AA64ZFR0_EL1_BF16_WIDTH                      4
#define ID_AA64ZFR0_EL1_BF16_SIGNED                     false
#define ID_AA64ZFR0_EL1_BF16_NI                         UL(0b0000)
#define ID_AA64ZFR0_EL1_BF16_IMP                        UL(0b0001)
#define ID_AA64ZFR0_EL1_BF16_EBF16                      UL(0b0010)

#define ID_AA64ZFR0_EL1_BitPerm                         GENMASK(19, 16)
#define ID_AA64ZFR0_EL1_BitPerm_MASK                    GENMASK(19, 16)
#define ID_AA64ZFR0_EL1_BitPerm_SHIFT                   16
#define ID_AA64ZFR0_EL1_BitPerm_WIDTH                   4
#define ID_AA64ZFR0_EL1_BitPerm_SIGNED                  false
#define ID_AA64ZFR0_EL1_BitPerm_NI                      UL(0b0000)
#define ID_AA64ZFR0_EL1_BitPerm_IMP                     UL(0b0001)

#define ID_AA64ZFR0_EL1_AES                             GENMASK(7, 4)
#define ID_AA64ZFR0_EL1_AES_MASK                        GENMASK(7, 4)
#define ID_AA64ZFR0_EL1_AES_SHIFT                       4
#define ID_AA64ZFR0_EL1_AES_WIDTH                       4
#define ID_AA64ZFR0_EL1_AES_SIGNED                      false
#define ID_AA64ZFR0_EL1_AES_NI                          UL(0b0000)
#define ID_AA64ZFR0_EL1_AES_IMP                         UL(0b0001)
#define ID_AA64ZFR0_EL1_AES_PMULL128                    UL(0b0010)

#define ID_AA64ZFR0_EL1_SVEver                          GENMASK(3, 0)
#define ID_AA64ZFR0_EL1_SVEver_MASK                     GENMASK(3, 0)
#define ID_AA64ZFR0_EL1_SVEver_SHIFT                    0
#define ID_AA64ZFR0_EL1_SVEver_WIDTH                    4
#define ID_AA64ZFR0_EL1_SVEver_SIGNED                   false
#define ID_AA64ZFR0_EL1_SVEver_IMP                      UL(0b0000)
#define ID_AA64ZFR0_EL1_SVEver_SVE2                     UL(0b0001)
#define ID_AA64ZFR0_EL1_SVEver_SVE2p1                   UL(0b0010)

#define ID_AA64ZFR0_EL1_RES0                            (UL(0) | GENMASK_ULL(63, 60) | GENMASK_ULL(51, 48) | GENMASK_ULL(39, 36) | GENMASK_ULL(31, 28) | GENMASK_ULL(15, 8))
#define ID_AA64ZFR0_EL1_RES1                            (UL(0))
#define ID_AA64ZFR0_EL1_UNKN                            (UL(0))

#define REG_ID_AA64SMFR0_EL1                            S3_0_C0_C4_5
#define SYS_ID_AA64SMFR0_EL1                            sys_reg(3, 0, 0, 4, 5)
#define SYS_ID_AA64SMFR0_EL1_Op0                        3
#define SYS_ID_AA64SMFR0_EL1_Op1                        0
#define SYS_ID_AA64SMFR0_EL1_CRn                        0
#define SYS_ID_AA64SMFR0_EL1_CRm                        4
#define SYS_ID_AA64SMFR0_EL1_Op2                        5

#define ID_AA64SMFR0_EL1_FA64                           GENMASK(63, 63)
#define ID_AA64SMFR0_EL1_FA64_MASK                      GENMASK(63, 63)
#define ID_AA64SMFR0_EL1_FA64_SHIFT                     63
#define ID_AA64SMFR0_EL1_FA64_WIDTH                     1
#define ID_AA64SMFR0_EL1_FA64_SIGNED                    false
#define ID_AA64SMFR0_EL1_FA64_NI                        UL(0b0)
#define ID_AA64SMFR0_EL1_FA64_IMP                       UL(0b1)

#define ID_AA64SMFR0_EL1_LUTv2                          GENMASK(60, 60)
#define ID_AA64SMFR0_EL1_LUTv2_MASK                     GENMASK(60, 60)
#define ID_AA64SMFR0_EL1_LUTv2_SHIFT                    60
#define ID_AA64SMFR0_EL1_LUTv2_WIDTH                    1
#define ID_AA64SMFR0_EL1_LUTv2_SIGNED                   false
#define ID_AA64SMFR0_EL1_LUTv2_NI                       UL(0b0)
#define ID_AA64SMFR0_EL1_LUTv2_IMP                      UL(0b1)

#define ID_AA64SMFR0_EL1_SMEver                         GENMASK(59, 56)
#define ID_AA64SMFR0_EL1_SMEver_MASK                    GENMASK(59, 56)
#define ID_AA64SMFR0_EL1_SMEver_SHIFT                   56
#define ID_AA64SMFR0_EL1_SMEver_WIDTH                   4
#define ID_AA64SMFR0_EL1_SMEver_SIGNED                  false
#define ID_AA64SMFR0_EL1_SMEver_SME                     UL(0b0000)
#define ID_AA64SMFR0_EL1_SMEver_SME2                    UL(0b0001)
#define ID_AA64SMFR0_EL1_SMEver_SME2p1                  UL(0b0010)

#define ID_AA64SMFR0_EL1_I16I64                         GENMASK(55, 52)
#define ID_AA64SMFR0_EL1_I16I64_MASK                    GENMASK(55, 52)
#define ID_AA64SMFR0_EL1_I16I64_SHIFT                   52
#define ID_AA64SMFR0_EL1_I16I64_WIDTH                   4
#define ID_AA64SMFR0_EL1_I16I64_SIGNED                  false
#define ID_AA64SMFR0_EL1_I16I64_NI                      UL(0b0000)
#define ID_AA64SMFR0_EL1_I16I64_IMP                     UL(0b1111)

#define ID_AA64SMFR0_EL1_F64F64                         GENMASK(48, 48)
#define ID_AA64SMFR0_EL1_F64F64_MASK                    GENMASK(48, 48)
#define ID_AA64SMFR0_EL1_F64F64_SHIFT                   48
#define ID_AA64SMFR0_EL1_F64F64_WIDTH                   1
#define ID_AA64SMFR0_EL1_F64F64_SIGNED                  false
#define ID_AA64SMFR0_EL1_F64F64_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_F64F64_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_I16I32                         GENMASK(47, 44)
#define ID_AA64SMFR0_EL1_I16I32_MASK                    GENMASK(47, 44)
#define ID_AA64SMFR0_EL1_I16I32_SHIFT                   44
#define ID_AA64SMFR0_EL1_I16I32_WIDTH                   4
#define ID_AA64SMFR0_EL1_I16I32_SIGNED                  false
#define ID_AA64SMFR0_EL1_I16I32_NI                      UL(0b0000)
#define ID_AA64SMFR0_EL1_I16I32_IMP                     UL(0b0101)

#define ID_AA64SMFR0_EL1_B16B16                         GENMASK(43, 43)
#define ID_AA64SMFR0_EL1_B16B16_MASK                    GENMASK(43, 43)
#define ID_AA64SMFR0_EL1_B16B16_SHIFT                   43
#define ID_AA64SMFR0_EL1_B16B16_WIDTH                   1
#define ID_AA64SMFR0_EL1_B16B16_SIGNED                  false
#define ID_AA64SMFR0_EL1_B16B16_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_B16B16_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_F16F16                         GENMASK(42, 42)
#define ID_AA64SMFR0_EL1_F16F16_MASK                    GENMASK(42, 42)
#define ID_AA64SMFR0_EL1_F16F16_SHIFT                   42
#define ID_AA64SMFR0_EL1_F16F16_WIDTH                   1
#define ID_AA64SMFR0_EL1_F16F16_SIGNED                  false
#define ID_AA64SMFR0_EL1_F16F16_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_F16F16_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_F8F16                          GENMASK(41, 41)
#define ID_AA64SMFR0_EL1_F8F16_MASK                     GENMASK(41, 41)
#define ID_AA64SMFR0_EL1_F8F16_SHIFT                    41
#define ID_AA64SMFR0_EL1_F8F16_WIDTH                    1
#define ID_AA64SMFR0_EL1_F8F16_SIGNED                   false
#define ID_AA64SMFR0_EL1_F8F16_NI                       UL(0b0)
#define ID_AA64SMFR0_EL1_F8F16_IMP                      UL(0b1)

#define ID_AA64SMFR0_EL1_F8F32                          GENMASK(40, 40)
#define ID_AA64SMFR0_EL1_F8F32_MASK                     GENMASK(40, 40)
#define ID_AA64SMFR0_EL1_F8F32_SHIFT                    40
#define ID_AA64SMFR0_EL1_F8F32_WIDTH                    1
#define ID_AA64SMFR0_EL1_F8F32_SIGNED                   false
#define ID_AA64SMFR0_EL1_F8F32_NI                       UL(0b0)
#define ID_AA64SMFR0_EL1_F8F32_IMP                      UL(0b1)

#define ID_AA64SMFR0_EL1_I8I32                          GENMASK(39, 36)
#define ID_AA64SMFR0_EL1_I8I32_MASK                     GENMASK(39, 36)
#define ID_AA64SMFR0_EL1_I8I32_SHIFT                    36
#define ID_AA64SMFR0_EL1_I8I32_WIDTH                    4
#define ID_AA64SMFR0_EL1_I8I32_SIGNED                   false
#define ID_AA64SMFR0_EL1_I8I32_NI                       UL(0b0000)
#define ID_AA64SMFR0_EL1_I8I32_IMP                      UL(0b1111)

#define ID_AA64SMFR0_EL1_F16F32                         GENMASK(35, 35)
#define ID_AA64SMFR0_EL1_F16F32_MASK                    GENMASK(35, 35)
#define ID_AA64SMFR0_EL1_F16F32_SHIFT                   35
#define ID_AA64SMFR0_EL1_F16F32_WIDTH                   1
#define ID_AA64SMFR0_EL1_F16F32_SIGNED                  false
#define ID_AA64SMFR0_EL1_F16F32_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_F16F32_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_B16F32                         GENMASK(34, 34)
#define ID_AA64SMFR0_EL1_B16F32_MASK                    GENMASK(34, 34)
#define ID_AA64SMFR0_EL1_B16F32_SHIFT                   34
#define ID_AA64SMFR0_EL1_B16F32_WIDTH                   1
#define ID_AA64SMFR0_EL1_B16F32_SIGNED                  false
#define ID_AA64SMFR0_EL1_B16F32_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_B16F32_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_BI32I32                        GENMASK(33, 33)
#define ID_AA64SMFR0_EL1_BI32I32_MASK                   GENMASK(33, 33)
#define ID_AA64SMFR0_EL1_BI32I32_SHIFT                  33
#define ID_AA64SMFR0_EL1_BI32I32_WIDTH                  1
#define ID_AA64SMFR0_EL1_BI32I32_SIGNED                 false
#define ID_AA64SMFR0_EL1_BI32I32_NI                     UL(0b0)
#define ID_AA64SMFR0_EL1_BI32I32_IMP                    UL(0b1)

#define ID_AA64SMFR0_EL1_F32F32                         GENMASK(32, 32)
#define ID_AA64SMFR0_EL1_F32F32_MASK                    GENMASK(32, 32)
#define ID_AA64SMFR0_EL1_F32F32_SHIFT                   32
#define ID_AA64SMFR0_EL1_F32F32_WIDTH                   1
#define ID_AA64SMFR0_EL1_F32F32_SIGNED                  false
#define ID_AA64SMFR0_EL1_F32F32_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_F32F32_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_SF8FMA                         GENMASK(30, 30)
#define ID_AA64SMFR0_EL1_SF8FMA_MASK                    GENMASK(30, 30)
#define ID_AA64SMFR0_EL1_SF8FMA_SHIFT                   30
#define ID_AA64SMFR0_EL1_SF8FMA_WIDTH                   1
#define ID_AA64SMFR0_EL1_SF8FMA_SIGNED                  false
#define ID_AA64SMFR0_EL1_SF8FMA_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_SF8FMA_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_SF8DP4                         GENMASK(29, 29)
#define ID_AA64SMFR0_EL1_SF8DP4_MASK                    GENMASK(29, 29)
#define ID_AA64SMFR0_EL1_SF8DP4_SHIFT                   29
#define ID_AA64SMFR0_EL1_SF8DP4_WIDTH                   1
#define ID_AA64SMFR0_EL1_SF8DP4_SIGNED                  false
#define ID_AA64SMFR0_EL1_SF8DP4_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_SF8DP4_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_SF8DP2                         GENMASK(28, 28)
#define ID_AA64SMFR0_EL1_SF8DP2_MASK                    GENMASK(28, 28)
#define ID_AA64SMFR0_EL1_SF8DP2_SHIFT                   28
#define ID_AA64SMFR0_EL1_SF8DP2_WIDTH                   1
#define ID_AA64SMFR0_EL1_SF8DP2_SIGNED                  false
#define ID_AA64SMFR0_EL1_SF8DP2_NI                      UL(0b0)
#define ID_AA64SMFR0_EL1_SF8DP2_IMP                     UL(0b1)

#define ID_AA64SMFR0_EL1_RES0                           (UL(0) | GENMASK_ULL(62, 61) | GENMASK_ULL(51, 49) | GENMASK_ULL(31, 31) | GENMASK_ULL(27, 0))
#define ID_AA64SMFR0_EL1_RES1                           (UL(0))
#define ID_AA64SMFR0_EL1_UNKN                           (UL(0))

#define REG_ID_AA64FPFR0_EL1                            S3_0_C0_C4_7
#define SYS_ID_AA64FPFR0_EL1                            sys_reg(3, 0, 0, 4, 7)
#define SYS_ID_AA64FPFR0_EL1_Op0                        3
#define SYS_ID_AA64FPFR0_EL1_Op1                        0
#define SYS_ID_AA64FPFR0_EL1_CRn                        0
#define SYS_ID_AA64FPFR0_EL1_CRm                        4
#define SYS_ID_AA64FPFR0_EL1_Op2                        7

#define ID_AA64FPFR0_EL1_F8CVT                          GENMASK(31, 31)
#define ID_AA64FPFR0_EL1_F8CVT_MASK                     GENMASK(31, 31)
#define ID_AA64FPFR0_EL1_F8CVT_SHIFT                    31
#define ID_AA64FPFR0_EL1_F8CVT_WIDTH                    1
#define ID_AA64FPFR0_EL1_F8CVT_SIGNED                   false
#define ID_AA64FPFR0_EL1_F8CVT_NI                       UL(0b0)
#define ID_AA64FPFR0_EL1_F8CVT_IMP                      UL(0b1)

#define ID_AA64FPFR0_EL1_F8FMA                          GENMASK(30, 30)
#define ID_AA64FPFR0_EL1_F8FMA_MASK                     GENMASK(30, 30)
#define ID_AA64FPFR0_EL1_F8FMA_SHIFT                    30
#define ID_AA64FPFR0_EL1_F8FMA_WIDTH                    1
#define ID_AA64FPFR0_EL1_F8FMA_SIGNED                   false
#define ID_AA64FPFR0_EL1_F8FMA_NI                       UL(0b0)
#define ID_AA64FPFR0_EL1_F8FMA_IMP                      UL(0b1)

#define ID_AA64FPFR0_EL1_F8DP4                          GENMASK(29, 29)
#define ID_AA64FPFR0_EL1_F8DP4_MASK                     GENMASK(29, 29)
#define ID_AA64FPFR0_EL1_F8DP4_SHIFT                    29
#define ID_AA64FPFR0_EL1_F8DP4_WIDTH                    1
#define ID_AA64FPFR0_EL1_F8DP4_SIGNED                   false
#define ID_AA64FPFR0_EL1_F8DP4_NI                       UL(0b0)
#define ID_AA64FPFR0_EL1_F8DP4_IMP                      UL(0b1)

#define ID_AA64FPFR0_EL1_F8DP2                          GENMASK(28, 28)
#define ID_AA64FPFR0_EL1_F8DP2_MASK                     GENMASK(28, 28)
#define ID_AA64FPFR0_EL1_F8DP2_SHIFT                    28
#define ID_AA64FPFR0_EL1_F8DP2_WIDTH                    1
#define ID_AA64FPFR0_EL1_F8DP2_SIGNED                   false
#define ID_AA64FPFR0_EL1_F8DP2_NI                       UL(0b0)
#define ID_AA64FPFR0_EL1_F8DP2_IMP                      UL(0b1)

#define ID_AA64FPFR0_EL1_F8E4M3                         GENMASK(1, 1)
#define ID_AA64FPFR0_EL1_F8E4M3_MASK                    GENMASK(1, 1)
#define ID_AA64FPFR0_EL1_F8E4M3_SHIFT                   1
#define ID_AA64FPFR0_EL1_F8E4M3_WIDTH                   1
#define ID_AA64FPFR0_EL1_F8E4M3_SIGNED                  false
#define ID_AA64FPFR0_EL1_F8E4M3_NI                      UL(0b0)
#define ID_AA64FPFR0_EL1_F8E4M3_IMP                     UL(0b1)

#define ID_AA64FPFR0_EL1_F8E5M2                         GENMASK(0, 0)
#define ID_AA64FPFR0_EL1_F8E5M2_MASK                    GENMASK(0, 0)
#define ID_AA64FPFR0_EL1_F8E5M2_SHIFT                   0
#define ID_AA64FPFR0_EL1_F8E5M2_WIDTH                   1
#define ID_AA64FPFR0_EL1_F8E5M2_SIGNED                  false
#define ID_AA64FPFR0_EL1_F8E5M2_NI                      UL(0b0)
#define ID_AA64FPFR0_EL1_F8E5M2_IMP                     UL(0b1)

#define ID_AA64FPFR0_EL1_RES0                           (UL(0) | GENMASK_ULL(63, 32) | GENMASK_ULL(27, 2))
#define ID_AA64FPFR0_EL1_RES1                           (UL(0))
#define ID_AA64FPFR0_EL1_UNKN                           (UL(0))

#define REG_ID_AA64DFR0_EL1                             S3_0_C0_C5_0
#define SYS_ID_AA64DFR0_EL1                             sys_reg(3, 0, 0, 5, 0)
#define SYS_ID_AA64DFR0_EL1_Op0                         3
#define SYS_ID_AA64DFR0_EL1_Op1                         0
#define SYS_ID_AA64DFR0_EL1_CRn                         0
#define SYS_ID_AA64DFR0_EL1_CRm                         5
#define SYS_ID_AA64DFR0_EL1_Op2                         0

#define ID_AA64DFR0_EL1_HPMN0                           GENMASK(63, 60)
#define ID_AA64DFR0_EL1_HPMN0_MASK                      GENMASK(63, 60)
#define ID_AA64DFR0_EL1_HPMN0_SHIFT                     60
#define ID_AA64DFR0_EL1_HPMN0_WIDTH                     4
#define ID_AA64DFR0_EL1_HPMN0_UNPREDICTABLE             UL(0b0000)
#define ID_AA64DFR0_EL1_HPMN0_DEF                       UL(0b0001)

#define ID_AA64DFR0_EL1_ExtTrcBuff                      GENMASK(59, 56)
#define ID_AA64DFR0_EL1_ExtTrcBuff_MASK                 GENMASK(59, 56)
#define ID_AA64DFR0_EL1_ExtTrcBuff_SHIFT                56
#define ID_AA64DFR0_EL1_ExtTrcBuff_WIDTH                4
#define ID_AA64DFR0_EL1_ExtTrcBuff_SIGNED               false
#define ID_AA64DFR0_EL1_ExtTrcBuff_NI                   UL(0b0000)
#define ID_AA64DFR0_EL1_ExtTrcBuff_IMP                  UL(0b0001)

#define ID_AA64DFR0_EL1_BRBE                            GENMASK(55, 52)
#define ID_AA64DFR0_EL1_BRBE_MASK                       GENMASK(55, 52)
#define ID_AA64DFR0_EL1_BRBE_SHIFT                      52
#define ID_AA64DFR0_EL1_BRBE_WIDTH                      4
#define ID_AA64DFR0_EL1_BRBE_SIGNED                     false
#define ID_AA64DFR0_EL1_BRBE_NI                         UL(0b0000)
#define ID_AA64DFR0_EL1_BRBE_IMP                        UL(0b0001)
#define ID_AA64DFR0_EL1_BRBE_BRBE_V1P1                  UL(0b0010)

#define ID_AA64DFR0_EL1_MTPMU                           GENMASK(51, 48)
#define ID_AA64DFR0_EL1_MTPMU_MASK                      GENMASK(51, 48)
#define ID_AA64DFR0_EL1_MTPMU_SHIFT                     48
#define ID_AA64DFR0_EL1_MTPMU_WIDTH                     4
#define ID_AA64DFR0_EL1_MTPMU_NI_IMPDEF                 UL(0b0000)
#define ID_AA64DFR0_EL1_MTPMU_IMP                       UL(0b0001)
#define ID_AA64DFR0_EL1_MTPMU_NI                        UL(0b1111)

#define ID_AA64DFR0_EL1_TraceBuffer                     GENMASK(47, 44)
#define ID_AA64DFR0_EL1_TraceBuffer_MASK                GENMASK(47, 44)
#define ID_AA64DFR0_EL1_TraceBuffer_SHIFT               44
#define ID_AA64DFR0_EL1_TraceBuffer_WIDTH               4
#define ID_AA64DFR0_EL1_TraceBuffer_SIGNED              false
#define ID_AA64DFR0_EL1_TraceBuffer_NI                  UL(0b0000)
#define ID_AA64DFR0_EL1_TraceBuffer_IMP                 UL(0b0001)

#define ID_AA64DFR0_EL1_TraceFilt                       GENMASK(43, 40)
#define ID_AA64DFR0_EL1_TraceFilt_MASK                  GENMASK(43, 40)
#define ID_AA64DFR0_EL1_TraceFilt_SHIFT                 40
#define ID_AA64DFR0_EL1_TraceFilt_WIDTH                 4
#define ID_AA64DFR0_EL1_TraceFilt_SIGNED                false
#define ID_AA64DFR0_EL1_TraceFilt_NI                    UL(0b0000)
#define ID_AA64DFR0_EL1_TraceFilt_IMP                   UL(0b0001)

#define ID_AA64DFR0_EL1_DoubleLock                      GENMASK(39, 36)
#define ID_AA64DFR0_EL1_DoubleLock_MASK                 GENMASK(39, 36)
#define ID_AA64DFR0_EL1_DoubleLock_SHIFT                36
#define ID_AA64DFR0_EL1_DoubleLock_WIDTH                4
#define ID_AA64DFR0_EL1_DoubleLock_SIGNED               true
#define ID_AA64DFR0_EL1_DoubleLock_IMP                  UL(0b0000)
#define ID_AA64DFR0_EL1_DoubleLock_NI                   UL(0b1111)

#define ID_AA64DFR0_EL1_PMSVer                          GENMASK(35, 32)
#define ID_AA64DFR0_EL1_PMSVer_MASK                     GENMASK(35, 32)
#define ID_AA64DFR0_EL1_PMSVer_SHIFT                    32
#define ID_AA64DFR0_EL1_PMSVer_WIDTH                    4
#define ID_AA64DFR0_EL1_PMSVer_SIGNED                   false
#define ID_AA64DFR0_EL1_PMSVer_NI                       UL(0b0000)
#define ID_AA64DFR0_EL1_PMSVer_IMP                      UL(0b0001)
#define ID_AA64DFR0_EL1_PMSVer_V1P1                     UL(0b0010)
#define ID_AA64DFR0_EL1_PMSVer_V1P2                     UL(0b0011)
#define ID_AA64DFR0_EL1_PMSVer_V1P3                     UL(0b0100)
#define ID_AA64DFR0_EL1_PMSVer_V1P4                     UL(0b0101)

#define ID_AA64DFR0_EL1_CTX_CMPs                        GENMASK(31, 28)
#define ID_AA64DFR0_EL1_CTX_CMPs_MASK                   GENMASK(31, 28)
#define ID_AA64DFR0_EL1_CTX_CMPs_SHIFT                  28
#define ID_AA64DFR0_EL1_CTX_CMPs_WIDTH                  4

#define ID_AA64DFR0_EL1_WRPs                            GENMASK(23, 20)
#define ID_AA64DFR0_EL1_WRPs_MASK                       GENMASK(23, 20)
#define ID_AA64DFR0_EL1_WRPs_SHIFT                      20
#define ID_AA64DFR0_EL1_WRPs_WIDTH                      4

#define ID_AA64DFR0_EL1_BRPs                            GENMASK(15, 12)
#define ID_AA64DFR0_EL1_BRPs_MASK                       GENMASK(15, 12)
#define ID_AA64DFR0_EL1_BRPs_SHIFT                      12
#define ID_AA64DFR0_EL1_BRPs_WIDTH                      4

#define ID_AA64DFR0_EL1_PMUVer                          GENMASK(11, 8)
#define ID_AA64DFR0_EL1_PMUVer_MASK                     GENMASK(11, 8)
#define ID_AA64DFR0_EL1_PMUVer_SHIFT                    8
#define ID_AA64DFR0_EL1_PMUVer_WIDTH                    4
#define ID_AA64DFR0_EL1_PMUVer_SIGNED                   false
#define ID_AA64DFR0_EL1_PMUVer_NI                       UL(0b0000)
#define ID_AA64DFR0_EL1_PMUVer_IMP                      UL(0b0001)
#define ID_AA64DFR0_EL1_PMUVer_V3P1                     UL(0b0100)
#define ID_AA64DFR0_EL1_PMUVer_V3P4                     UL(0b0101)
#define ID_AA64DFR0_EL1_PMUVer_V3P5                     UL(0b0110)
#define ID_AA64DFR0_EL1_PMUVer_V3P7                     UL(0b0111)
#define ID_AA64DFR0_EL1_PMUVer_V3P8                     UL(0b1000)
#define ID_AA64DFR0_EL1_PMUVer_V3P9                     UL(0b1001)
#define ID_AA64DFR0_EL1_PMUVer_IMP_DEF                  UL(0b1111)

#define ID_AA64DFR0_EL1_TraceVer                        GENMASK(7, 4)
#define ID_AA64DFR0_EL1_TraceVer_MASK                   GENMASK(7, 4)
#define ID_AA64DFR0_EL1_TraceVer_SHIFT                  4
#define ID_AA64DFR0_EL1_TraceVer_WIDTH                  4
#define ID_AA64DFR0_EL1_TraceVer_SIGNED                 false
#define ID_AA64DFR0_EL1_TraceVer_NI                     UL(0b0000)
#define ID_AA64DFR0_EL1_TraceVer_IMP                    UL(0b0001)

#define ID_AA64DFR0_EL1_DebugVer                        GENMASK(3, 0)
#define ID_AA64DFR0_EL1_DebugVer_MASK                   GENMASK(3, 0)
#define ID_AA64DFR0_EL1_DebugVer_SHIFT                  0
#define ID_AA64DFR0_EL1_DebugVer_WIDTH                  4
#define ID_AA64DFR0_EL1_DebugVer_SIGNED                 false
#define ID_AA64DFR0_EL1_DebugVer_IMP                    UL(0b0110)
#define ID_AA64DFR0_EL1_DebugVer_VHE                    UL(0b0111)
#define ID_AA64DFR0_EL1_DebugVer_V8P2                   UL(0b1000)
#define ID_AA64DFR0_EL1_DebugVer_V8P4                   UL(0b1001)
#define ID_AA64DFR0_EL1_DebugVer_V8P8                   UL(0b1010)
#define ID_AA64DFR0_EL1_DebugVer_V8P9                   UL(0b1011)

#define ID_AA64DFR0_EL1_RES0                            (UL(0) | GENMASK_ULL(27, 24) | GENMASK_ULL(19, 16))
#define ID_AA64DFR0_EL1_RES1                            (UL(0))
#define ID_AA64DFR0_EL1_UNKN                            (UL(0))

#define REG_ID_AA64DFR1_EL1                             S3_0_C0_C5_1
#define SYS_ID_AA64DFR1_EL1                             sys_reg(3, 0, 0, 5, 1)
#define SYS_ID_AA64DFR1_EL1_Op0                         3
#define SYS_ID_AA64DFR1_EL1_Op1                         0
#define SYS_ID_AA64DFR1_EL1_CRn                         0
#define SYS_ID_AA64DFR1_EL1_CRm                         5
#define SYS_ID_AA64DFR1_EL1_Op2                         1

#define ID_AA64DFR1_EL1_ABL_CMPs                        GENMASK(63, 56)
#define ID_AA64DFR1_EL1_ABL_CMPs_MASK                   GENMASK(63, 56)
#define ID_AA64DFR1_EL1_ABL_CMPs_SHIFT                  56
#define ID_AA64DFR1_EL1_ABL_CMPs_WIDTH                  8

#define ID_AA64DFR1_EL1_DPFZS                           GENMASK(55, 52)
#define ID_AA64DFR1_EL1_DPFZS_MASK                      GENMASK(55, 52)
#define ID_AA64DFR1_EL1_DPFZS_SHIFT                     52
#define ID_AA64DFR1_EL1_DPFZS_WIDTH                     4
#define ID_AA64DFR1_EL1_DPFZS_SIGNED                    false
#define ID_AA64DFR1_EL1_DPFZS_IGNR                      UL(0b0000)
#define ID_AA64DFR1_EL1_DPFZS_FRZN                      UL(0b0001)

#define ID_AA64DFR1_EL1_EBEP                            GENMASK(51, 48)
#define ID_AA64DFR1_EL1_EBEP_MASK                       GENMASK(51, 48)
#define ID_AA64DFR1_EL1_EBEP_SHIFT                      48
#define ID_AA64DFR1_EL1_EBEP_WIDTH                      4
#define ID_AA64DFR1_EL1_EBEP_SIGNED                     false
#define ID_AA64DFR1_EL1_EBEP_NI                         UL(0b0000)
#define ID_AA64DFR1_EL1_EBEP_IMP                        UL(0b0001)

#define ID_AA64DFR1_EL1_ITE                             GENMASK(47, 44)
#define ID_AA64DFR1_EL1_ITE_MASK                        GENMASK(47, 44)
#define ID_AA64DFR1_EL1_ITE_SHIFT                       44
#define ID_AA64DFR1_EL1_ITE_WIDTH                       4
#define ID_AA64DFR1_EL1_ITE_SIGNED                      false
#define ID_AA64DFR1_EL1_ITE_NI                          UL(0b0000)
#define ID_AA64DFR1_EL1_ITE_IMP                         UL(0b0001)

#define ID_AA64DFR1_EL1_ABLE                            GENMASK(43, 40)
#define ID_AA64DFR1_EL1_ABLE_MASK                       GENMASK(43, 40)
#define ID_AA64DFR1_EL1_ABLE_SHIFT                      40
#define ID_AA64DFR1_EL1_ABLE_WIDTH                      4
#define ID_AA64DFR1_EL1_ABLE_SIGNED                     false
#define ID_AA64DFR1_EL1_ABLE_NI                         UL(0b0000)
#define ID_AA64DFR1_EL1_ABLE_IMP                        UL(0b0001)

#define ID_AA64DFR1_EL1_PMICNTR                         GENMASK(39, 36)
#define ID_AA64DFR1_EL1_PMICNTR_MASK                    GENMASK(39, 36)
#define ID_AA64DFR1_EL1_PMICNTR_SHIFT                   36
#define ID_AA64DFR1_EL1_PMICNTR_WIDTH                   4
#define ID_AA64DFR1_EL1_PMICNTR_SIGNED                  false
#define ID_AA64DFR1_EL1_PMICNTR_NI                      UL(0b0000)
#define ID_AA64DFR1_EL1_PMICNTR_IMP                     UL(0b0001)

#define ID_AA64DFR1_EL1_SPMU                            GENMASK(35, 32)
#define ID_AA64DFR1_EL1_SPMU_MASK                       GENMASK(35, 32)
#define ID_AA64DFR1_EL1_SPMU_SHIFT                      32
#define ID_AA64DFR1_EL1_SPMU_WIDTH                      4
#define ID_AA64DFR1_EL1_SPMU_SIGNED                     false
#define ID_AA64DFR1_EL1_SPMU_NI                         UL(0b0000)
#define ID_AA64DFR1_EL1_SPMU_IMP                        UL(0b0001)
#define ID_AA64DFR1_EL1_SPMU_IMP_SPMZR                  UL(0b0010)

#define ID_AA64DFR1_EL1_CTX_CMPs                        GENMASK(31, 24)
#define ID_AA64DFR1_EL1_CTX_CMPs_MASK                   GENMASK(31, 24)
#define ID_AA64DFR1_EL1_CTX_CMPs_SHIFT                  24
#define ID_AA64DFR1_EL1_CTX_CMPs_WIDTH                  8

#define ID_AA64DFR1_EL1_WRPs                            GENMASK(23, 16)
#define ID_AA64DFR1_EL1_WRPs_MASK                       GENMASK(23, 16)
#define ID_AA64DFR1_EL1_WRPs_SHIFT                      16
#define ID_AA64DFR1_EL1_WRPs_WIDTH                      8

#define ID_AA64DFR1_EL1_BRPs                            GENMASK(15, 8)
#define ID_AA64DFR1_EL1_BRPs_MASK                       GENMASK(15, 8)
#define ID_AA64DFR1_EL1_BRPs_SHIFT                      8
#define ID_AA64DFR1_EL1_BRPs_WIDTH                      8

#define ID_AA64DFR1_EL1_SYSPMUID                        GENMASK(7, 0)
#define ID_AA64DFR1_EL1_SYSPMUID_MASK                   GENMASK(7, 0)
#define ID_AA64DFR1_EL1_SYSPMUID_SHIFT                  0
#define ID_AA64DFR1_EL1_SYSPMUID_WIDTH                  8

#define ID_AA64DFR1_EL1_RES0                            (UL(0))
#define ID_AA64DFR1_EL1_RES1                            (UL(0))
#define ID_AA64DFR1_EL1_UNKN                            (UL(0))

#define REG_ID_AA64DFR2_EL1                             S3_0_C0_C5_2
#define SYS_ID_AA64DFR2_EL1                             sys_reg(3, 0, 0, 5, 2)
#define SYS_ID_AA64DFR2_EL1_Op0                         3
#define SYS_ID_AA64DFR2_EL1_Op1                         0
#define SYS_ID_AA64DFR2_EL1_CRn                         0
#define SYS_ID_AA64DFR2_EL1_CRm                         5
#define SYS_ID_AA64DFR2_EL1_Op2                         2

#define ID_AA64DFR2_EL1_TRBE_EXC                        GENMASK(27, 24)
#define ID_AA64DFR2_EL1_TRBE_EXC_MASK                   GENMASK(27, 24)
#define ID_AA64DFR2_EL1_TRBE_EXC_SHIFT                  24
#define ID_AA64DFR2_EL1_TRBE_EXC_WIDTH                  4
#define ID_AA64DFR2_EL1_TRBE_EXC_SIGNED                 false
#define ID_AA64DFR2_EL1_TRBE_EXC_NI                     UL(0b0000)
#define ID_AA64DFR2_EL1_TRBE_EXC_IMP                    UL(0b0001)

#define ID_AA64DFR2_EL1_SPE_nVM                         GENMASK(23, 20)
#define ID_AA64DFR2_EL1_SPE_nVM_MASK                    GENMASK(23, 20)
#define ID_AA64DFR2_EL1_SPE_nVM_SHIFT                   20
#define ID_AA64DFR2_EL1_SPE_nVM_WIDTH                   4
#define ID_AA64DFR2_EL1_SPE_nVM_SIGNED                  false
#define ID_AA64DFR2_EL1_SPE_nVM_NI                      UL(0b0000)
#define ID_AA64DFR2_EL1_SPE_nVM_IMP                     UL(0b0001)

#define ID_AA64DFR2_EL1_SPE_EXC                         GENMASK(19, 16)
#define ID_AA64DFR2_EL1_SPE_EXC_MASK                    GENMASK(19, 16)
#define ID_AA64DFR2_EL1_SPE_EXC_SHIFT                   16
#define ID_AA64DFR2_EL1_SPE_EXC_WIDTH                   4
#define ID_AA64DFR2_EL1_SPE_EXC_SIGNED                  false
#define ID_AA64DFR2_EL1_SPE_EXC_NI                      UL(0b0000)
#define ID_AA64DFR2_EL1_SPE_EXC_IMP                     UL(0b0001)

#define ID_AA64DFR2_EL1_BWE                             GENMASK(7, 4)
#define ID_AA64DFR2_EL1_BWE_MASK                        GENMASK(7, 4)
#define ID_AA64DFR2_EL1_BWE_SHIFT                       4
#define ID_AA64DFR2_EL1_BWE_WIDTH                       4
#define ID_AA64DFR2_EL1_BWE_SIGNED                      false
#define ID_AA64DFR2_EL1_BWE_NI                          UL(0b0000)
#define ID_AA64DFR2_EL1_BWE_FEAT_BWE                    UL(0b0001)
#define ID_AA64DFR2_EL1_BWE_FEAT_BWE2                   UL(0b0010)

#define ID_AA64DFR2_EL1_STEP                            GENMASK(3, 0)
#define ID_AA64DFR2_EL1_STEP_MASK                       GENMASK(3, 0)
#define ID_AA64DFR2_EL1_STEP_SHIFT                      0
#define ID_AA64DFR2_EL1_STEP_WIDTH                      4
#define ID_AA64DFR2_EL1_STEP_SIGNED                     false
#define ID_AA64DFR2_EL1_STEP_NI                         UL(0b0000)
#define ID_AA64DFR2_EL1_STEP_IMP                        UL(0b0001)

#define ID_AA64DFR2_EL1_RES0                            (UL(0) | GENMASK_ULL(63, 28) | GENMASK_ULL(15, 8))
#define ID_AA64DFR2_EL1_RES1                            (UL(0))
#define ID_AA64DFR2_EL1_UNKN                            (UL(0))

#define REG_ID_AA64AFR0_EL1                             S3_0_C0_C5_4
#define SYS_ID_AA64AFR0_EL1                             sys_reg(3, 0, 0, 5, 4)
#define SYS_ID_AA64AFR0_EL1_Op0                         3
#define SYS_ID_AA64AFR0_EL1_Op1                         0
#define SYS_ID_AA64AFR0_EL1_CRn                         0
#define SYS_ID_AA64AFR0_EL1_CRm                         5
#define SYS_ID_AA64AFR0_EL1_Op2                         4

#define ID_AA64AFR0_EL1_IMPDEF7                         GENMASK(31, 28)
#define ID_AA64AFR0_EL1_IMPDEF7_MASK                    GENMASK(31, 28)
#define ID_AA64AFR0_EL1_IMPDEF7_SHIFT                   28
#define ID_AA64AFR0_EL1_IMPDEF7_WIDTH                   4

#define ID_AA64AFR0_EL1_IMPDEF6                         GENMASK(27, 24)
#define ID_AA64AFR0_EL1_IMPDEF6_MASK                    GENMASK(27, 24)
#define ID_AA64AFR0_EL1_IMPDEF6_SHIFT                   24
#define ID_AA64AFR0_EL1_IMPDEF6_WIDTH                   4

#define ID_AA64AFR0_EL1_IMPDEF5                         GENMASK(23, 20)
#define ID_AA64AFR0_EL1_IMPDEF5_MASK                    GENMASK(23, 20)
#define ID_AA64AFR0_EL1_IMPDEF5_SHIFT                   20
#define ID_AA64AFR0_EL1_IMPDEF5_WIDTH                   4

#define ID_AA64AFR0_EL1_IMPDEF4                         GENMASK(19, 16)
#define ID_AA64AFR0_EL1_IMPDEF4_MASK                    GENMASK(19, 16)
#define ID_AA64AFR0_EL1_IMPDEF4_SHIFT                   16
#define ID_AA64AFR0_EL1_IMPDEF4_WIDTH                   4

#define ID_AA64AFR0_EL1_IMPDEF3                         GENMASK(15, 12)
#define ID_AA64AFR0_EL1_IMPDEF3_MASK                    GENMASK(15, 12)
#define ID_AA64AFR0_EL1_IMPDEF3_SHIFT                   12
#define ID_AA64AFR0_EL1_IMPDEF3_WIDTH                   4

#define ID_AA64AFR0_EL1_IMPDEF2                         GENMASK(11, 8)
#define ID_AA64AFR0_EL1_IMPDEF2_MASK                    GENMASK(11, 8)
#define ID_AA64AFR0_EL1_IMPDEF2_SHIFT                   8
#define ID_AA64AFR0_EL1_IMPDEF2_WIDTH                   4

#define ID_AA64AFR0_EL1_IMPDEF1                         GENMASK(7, 4)
#define ID_AA64AFR0_EL1_IMPDEF1_MASK                    GENMASK(7, 4)
#define ID_AA64AFR0_EL1_IMPDEF1_SHIFT                   4
#define ID_AA64AFR0_EL1_IMPDEF1_WIDTH                   4

#define ID_AA64AFR0_EL1_IMPDEF0                         GENMASK(3, 0)
#define ID_AA64AFR0_EL1_IMPDEF0_MASK                    GENMASK(3, 0)
#define ID_AA64AFR0_EL1_IMPDEF0_SHIFT                   0
#define ID_AA64AFR0_EL1_IMPDEF0_WIDTH                   4

#define ID_AA64AFR0_EL1_RES0                            (UL(0) | GENMASK_ULL(63, 32))
#define ID_AA64AFR0_EL1_RES1                            (UL(0))
#define ID_AA64AFR0_EL1_UNKN                            (UL(0))

#define REG_ID_AA64AFR1_EL1                             S3_0_C0_C5_5
#define SYS_ID_AA64AFR1_EL1                             sys_reg(3, 0, 0, 5, 5)
#define SYS_ID_AA64AFR1_EL1_Op0                         3
#define SYS_ID_AA64AFR1_EL1_Op1                         0
#define SYS_ID_AA64AFR1_EL1_CRn                         0
#define SYS_ID_AA64AFR1_EL1_CRm                         5
#define SYS_ID_AA64AFR1_EL1_Op2                         5

#define ID_AA64AFR1_EL1_RES0                            (UL(0) | GENMASK_ULL(63, 0))
#define ID_AA64AFR1_EL1_RES1                            (UL(0))
#define ID_AA64AFR1_EL1_UNKN                            (UL(0))

#define REG_ID_AA64ISAR0_EL1                            S3_0_C0_C6_0
#define SYS_ID_AA64ISAR0_EL1                            sys_reg(3, 0, 0, 6, 0)
#define SYS_ID_AA64ISAR0_EL1_Op0                        3
#define SYS_ID_AA64ISAR0_EL1_Op1                        0
#define SYS_ID_AA64ISAR0_EL1_CRn                        0
#define SYS_ID_AA64ISAR0_EL1_CRm                        6
#define SYS_ID_AA64ISAR0_EL1_Op2                        0

#define ID_AA64ISAR0_EL1_RNDR                           GENMASK(63, 60)
#define ID_AA64ISAR0_EL1_RNDR_MASK                      GENMASK(63, 60)
#define ID_AA64ISAR0_EL1_RNDR_SHIFT                     60
#define ID_AA64ISAR0_EL1_RNDR_WIDTH                     4
#define ID_AA64ISAR0_EL1_RNDR_SIGNED                    false
#define ID_AA64ISAR0_EL1_RNDR_NI                        UL(0b0000)
#define ID_AA64ISAR0_EL1_RNDR_IMP                       UL(0b0001)

#define ID_AA64ISAR0_EL1_TLB                            GENMASK(59, 56)
#define ID_AA64ISAR0_EL1_TLB_MASK                       GENMASK(59, 56)
#define ID_AA64ISAR0_EL1_TLB_SHIFT                      56
#define ID_AA64ISAR0_EL1_TLB_WIDTH                      4
#define ID_AA64ISAR0_EL1_TLB_SIGNED                     false
#define ID_AA64ISAR0_EL1_TLB_NI                         UL(0b0000)
#define ID_AA64ISAR0_EL1_TLB_OS                         UL(0b0001)
#define ID_AA64ISAR0_EL1_TLB_RANGE                      UL(0b0010)

#define ID_AA64ISAR0_EL1_TS                             GENMASK(55, 52)
#define ID_AA64ISAR0_EL1_TS_MASK                        GENMASK(55, 52)
#define ID_AA64ISAR0_EL1_TS_SHIFT                       52
#define ID_AA64ISAR0_EL1_TS_WIDTH                       4
#define ID_AA64ISAR0_EL1_TS_SIGNED                      false
#define ID_AA64ISAR0_EL1_TS_NI                          UL(0b0000)
#define ID_AA64ISAR0_EL1_TS_FLAGM                       UL(0b0001)
#define ID_AA64ISAR0_EL1_TS_FLAGM2                      UL(0b0010)

#define ID_AA64ISAR0_EL1_FHM                            GENMASK(51, 48)
#define ID_AA64ISAR0_EL1_FHM_MASK                       GENMASK(51, 48)
#define ID_AA64ISAR0_EL1_FHM_SHIFT                      48
#define ID_AA64ISAR0_EL1_FHM_WIDTH                      4
#define ID_AA64ISAR0_EL1_FHM_SIGNED                     false
#define ID_AA64ISAR0_EL1_FHM_NI                         UL(0b0000)
#define ID_AA64ISAR0_EL1_FHM_IMP                        UL(0b0001)

#define ID_AA64ISAR0_EL1_DP                             GENMASK(47, 44)
#define ID_AA64ISAR0_EL1_DP_MASK                        GENMASK(47, 44)
#define ID_AA64ISAR0_EL1_DP_SHIFT                       44
#define ID_AA64ISAR0_EL1_DP_WIDTH                       4
#define ID_AA64ISAR0_EL1_DP_SIGNED                      false
#define ID_AA64ISAR0_EL1_DP_NI                          UL(0b0000)
#define ID_AA64ISAR0_EL1_DP_IMP                         UL(0b0001)

#define ID_AA64ISAR0_EL1_SM4                            GENMASK(43, 40)
#define ID_AA64ISAR0_EL1_SM4_MASK                       GENMASK(43, 40)
#define ID_AA64ISAR0_EL1_SM4_SHIFT                      40
#define ID_AA64ISAR0_EL1_SM4_WIDTH                      4
#define ID_AA64ISAR0_EL1_SM4_SIGNED                     false
#define ID_AA64ISAR0_EL1_SM4_NI                         UL(0b0000)
#define ID_AA64ISAR0_EL1_SM4_IMP                        UL(0b0001)

#define ID_AA64ISAR0_EL1_SM3                            GENMASK(39, 36)
#define ID_AA64ISAR0_EL1_SM3_MASK                       GENMASK(39, 36)
#define ID_AA64ISAR0_EL1_SM3_SHIFT                      36
#define ID_AA64ISAR0_EL1_SM3_WIDTH                      4
#define ID_AA64ISAR0_EL1_SM3_SIGNED                     false
#define ID_AA64ISAR0_EL1_SM3_NI                         UL(0b0000)
#define ID_AA64ISAR0_EL1_SM3_IMP                        UL(0b0001)

#define ID_AA64ISAR0_EL1_SHA3                           GENMASK(35, 32)
#define ID_AA64ISAR0_EL1_SHA3_MASK                      GENMASK(35, 32)
#define ID_AA64ISAR0_EL1_SHA3_SHIFT                     32
#define ID_AA64ISAR0_EL1_SHA3_WIDTH                     4
#define ID_AA64ISAR0_EL1_SHA3_SIGNED                    false
#define ID_AA64ISAR0_EL1_SHA3_NI                        UL(0b0000)
#define ID_AA64ISAR0_EL1_SHA3_IMP                       UL(0b0001)

#define ID_AA64ISAR0_EL1_RDM                            GENMASK(31, 28)
#define ID_AA64ISAR0_EL1_RDM_MASK                       GENMASK(31, 28)
#define ID_AA64ISAR0_EL1_RDM_SHIFT                      28
#define ID_AA64ISAR0_EL1_RDM_WIDTH                      4
#define ID_AA64ISAR0_EL1_RDM_SIGNED                     false
#define ID_AA64ISAR0_EL1_RDM_NI                         UL(0b0000)
#define ID_AA64ISAR0_EL1_RDM_IMP                        UL(0b0001)

#define ID_AA64ISAR0_EL1_TME                            GENMASK(27, 24)
#define ID_AA64ISAR0_EL1_TME_MASK                       GENMASK(27, 24)
#define ID_AA64ISAR0_EL1_TME_SHIFT                      24
#define ID_AA64ISAR0_EL1_TME_WIDTH                      4
#define ID_AA64ISAR0_EL1_TME_SIGNED                     false
#define ID_AA64ISAR0_EL1_TME_NI                         UL(0b0000)
#define ID_AA64ISAR0_EL1_TME_IMP                        UL(0b0001)

#define ID_AA64ISAR0_EL1_ATOMIC                         GENMASK(23, 20)
#define ID_AA64ISAR0_EL1_ATOMIC_MASK                    GENMASK(23, 20)
#define ID_AA64ISAR0_EL1_ATOMIC_SHIFT                   20
#define ID_AA64ISAR0_EL1_ATOMIC_WIDTH                   4
#define ID_AA64ISAR0_EL1_ATOMIC_SIGNED                  false
#define ID_AA64ISAR0_EL1_ATOMIC_NI                      UL(0b0000)
#define ID_AA64ISAR0_EL1_ATOMIC_IMP                     UL(0b0010)
#define ID_AA64ISAR0_EL1_ATOMIC_FEAT_LSE128             UL(0b0011)

#define ID_AA64ISAR0_EL1_CRC32                          GENMASK(19, 16)
#define ID_AA64ISAR0_EL1_CRC32_MASK                     GENMASK(19, 16)
#define ID_AA64ISAR0_EL1_CRC32_SHIFT                    16
#define ID_AA64ISAR0_EL1_CRC32_WIDTH                    4
#define ID_AA64ISAR0_EL1_CRC32_SIGNED                   false
#define ID_AA64ISAR0_EL1_CRC32_NI                       UL(0b0000)
#define ID_AA64ISAR0_EL1_CRC32_IMP                      UL(0b0001)

#define ID_AA64ISAR0_EL1_SHA2                           GENMASK(15, 12)
#define ID_AA64ISAR0_EL1_SHA2_MASK                      GENMASK(15, 12)
#define ID_AA64ISAR0_EL1_SHA2_SHIFT                     12
#define ID_AA64ISAR0_EL1_SHA2_WIDTH                     4
#define ID_AA64ISAR0_EL1_SHA2_SIGNED                    false
#define ID_AA64ISAR0_EL1_SHA2_NI                        UL(0b0000)
#define ID_AA64ISAR0_EL1_SHA2_SHA256                    UL(0b0001)
#define ID_AA64ISAR0_EL1_SHA2_SHA512                    UL(0b0010)

#define ID_AA64ISAR0_EL1_SHA1                           GENMASK(11, 8)
#define ID_AA64ISAR0_EL1_SHA1_MASK                      GENMASK(11, 8)
#define ID_AA64ISAR0_EL1_SHA1_SHIFT                     8
#define ID_AA64ISAR0_EL1_SHA1_WIDTH                     4
#define ID_AA64ISAR0_EL1_SHA1_SIGNED                    false
#define ID_AA64ISAR0_EL1_SHA1_NI                        UL(0b0000)
#define ID_AA64ISAR0_EL1_SHA1_IMP                       UL(0b0001)

#define ID_AA64ISAR0_EL1_AES                            GENMASK(7, 4)
#define ID_AA64ISAR0_EL1_AES_MASK                       GENMASK(7, 4)
#define ID_AA64ISAR0_EL1_AES_SHIFT                      4
#define ID_AA64ISAR0_EL1_AES_WIDTH                      4
#define ID_AA64ISAR0_EL1_AES_SIGNED                     false
#define ID_AA64ISAR0_EL1_AES_NI                         UL(0b0000)
#define ID_AA64ISAR0_EL1_AES_AES                        UL(0b0001)
#define ID_AA64ISAR0_EL1_AES_PMULL                      UL(0b0010)

#define ID_AA64ISAR0_EL1_RES0                           (UL(0) | GENMASK_ULL(3, 0))
#define ID_AA64ISAR0_EL1_RES1                           (UL(0))
#define ID_AA64ISAR0_EL1_UNKN                           (UL(0))

#define REG_ID_AA64ISAR1_EL1                            S3_0_C0_C6_1
#define SYS_ID_AA64ISAR1_EL1                            sys_reg(3, 0, 0, 6, 1)
#define SYS_ID_AA64ISAR1_EL1_Op0                        3
#define SYS_ID_AA64ISAR1_EL1_Op1                        0
#define SYS_ID_AA64ISAR1_EL1_CRn                        0
#define SYS_ID_AA64ISAR1_EL1_CRm                        6
#define SYS_ID_AA64ISAR1_EL1_Op2                        1

#define ID_AA64ISAR1_EL1_LS64                           GENMASK(63, 60)
#define ID_AA64ISAR1_EL1_LS64_MASK                      GENMASK(63, 60)
#define ID_AA64ISAR1_EL1_LS64_SHIFT                     60
#define ID_AA64ISAR1_EL1_LS64_WIDTH                     4
#define ID_AA64ISAR1_EL1_LS64_SIGNED                    false
#define ID_AA64ISAR1_EL1_LS64_NI                        UL(0b0000)
#define ID_AA64ISAR1_EL1_LS64_LS64                      UL(0b0001)
#define ID_AA64ISAR1_EL1_LS64_LS64_V                    UL(0b0010)
#define ID_AA64ISAR1_EL1_LS64_LS64_ACCDATA              UL(0b0011)

#define ID_AA64ISAR1_EL1_XS                             GENMASK(59, 56)
#define ID_AA64ISAR1_EL1_XS_MASK                        GENMASK(59, 56)
#define ID_AA64ISAR1_EL1_XS_SHIFT                       56
#define ID_AA64ISAR1_EL1_XS_WIDTH                       4
#define ID_AA64ISAR1_EL1_XS_SIGNED                      false
#define ID_AA64ISAR1_EL1_XS_NI                          UL(0b0000)
#define ID_AA64ISAR1_EL1_XS_IMP                         UL(0b0001)

#define ID_AA64ISAR1_EL1_I8MM                           GENMASK(55, 52)
#define ID_AA64ISAR1_EL1_I8MM_MASK                      GENMASK(55, 52)
#define ID_AA64ISAR1_EL1_I8MM_SHIFT                     52
#define ID_AA64ISAR1_EL1_I8MM_WIDTH                     4
#define ID_AA64ISAR1_EL1_I8MM_SIGNED                    false
#define ID_AA64ISAR1_EL1_I8MM_NI                        UL(0b0000)
#define ID_AA64ISAR1_EL1_I8MM_IMP                       UL(0b0001)

#define ID_AA64ISAR1_EL1_DGH                            GENMASK(51, 48)
#define ID_AA64ISAR1_EL1_DGH_MASK                       GENMASK(51, 48)
#define ID_AA64ISAR1_EL1_DGH_SHIFT                      48
#define ID_AA64ISAR1_EL1_DGH_WIDTH                      4
#define ID_AA64ISAR1_EL1_DGH_SIGNED                     false
#define ID_AA64ISAR1_EL1_DGH_NI                         UL(0b0000)
#define ID_AA64ISAR1_EL1_DGH_IMP                        UL(0b0001)

#define ID_AA64ISAR1_EL1_BF16                           GENMASK(47, 44)
#define ID_AA64ISAR1_EL1_BF16_MASK                      GENMASK(47, 44)
#define ID_AA64ISAR1_EL1_BF16_SHIFT                     44
#define ID_AA64ISAR1_EL1_BF16_WIDTH                     4
#define ID_AA64ISAR1_EL1_BF16_SIGNED                    false
#define ID_AA64ISAR1_EL1_BF16_NI                        UL(0b0000)
#define ID_AA64ISAR1_EL1_BF16_IMP                       UL(0b0001)
#define ID_AA64ISAR1_EL1_BF16_EBF16                     UL(0b0010)

#define ID_AA64ISAR1_EL1_SPECRES                        GENMASK(43, 40)
#define ID_AA64ISAR1_EL1_SPECRES_MASK                   GENMASK(43, 40)
#define ID_AA64ISAR1_EL1_SPECRES_SHIFT                  40
#define ID_AA64ISAR1_EL1_SPECRES_WIDTH                  4
#define ID_AA64ISAR1_EL1_SPECRES_SIGNED                 false
#define ID_AA64ISAR1_EL1_SPECRES_NI                     UL(0b0000)
#define ID_AA64ISAR1_EL1_SPECRES_IMP                    UL(0b0001)
#define ID_AA64ISAR1_EL1_SPECRES_COSP_RCTX              UL(0b0010)

#define ID_AA64ISAR1_EL1_SB                             GENMASK(39, 36)
#define ID_AA64ISAR1_EL1_SB_MASK                        GENMASK(39, 36)
#define ID_AA64ISAR1_EL1_SB_SHIFT                       36
#define ID_AA64ISAR1_EL1_SB_WIDTH                       4
#define ID_AA64ISAR1_EL1_SB_SIGNED                      false
#define ID_AA64ISAR1_EL1_SB_NI                          UL(0b0000)
#define ID_AA64ISAR1_EL1_SB_IMP                         UL(0b0001)

#define ID_AA64ISAR1_EL1_FRINTTS                        GENMASK(35, 32)
#define ID_AA64ISAR1_EL1_FRINTTS_MASK                   GENMASK(35, 32)
#define ID_AA64ISAR1_EL1_FRINTTS_SHIFT                  32
#define ID_AA64ISAR1_EL1_FRINTTS_WIDTH                  4
#define ID_AA64ISAR1_EL1_FRINTTS_SIGNED                 false
#define ID_AA64ISAR1_EL1_FRINTTS_NI                     UL(0b0000)
#define ID_AA64ISAR1_EL1_FRINTTS_IMP                    UL(0b0001)

#define ID_AA64ISAR1_EL1_GPI                            GENMASK(31, 28)
#define ID_AA64ISAR1_EL1_GPI_MASK                       GENMASK(31, 28)
#define ID_AA64ISAR1_EL1_GPI_SHIFT                      28
#define ID_AA64ISAR1_EL1_GPI_WIDTH                      4
#define ID_AA64ISAR1_EL1_GPI_SIGNED                     false
#define ID_AA64ISAR1_EL1_GPI_NI                         UL(0b0000)
#define ID_AA64ISAR1_EL1_GPI_IMP                        UL(0b0001)

#define ID_AA64ISAR1_EL1_GPA                            GENMASK(27, 24)
#define ID_AA64ISAR1_EL1_GPA_MASK                       GENMASK(27, 24)
#define ID_AA64ISAR1_EL1_GPA_SHIFT                      24
#define ID_AA64ISAR1_EL1_GPA_WIDTH                      4
#define ID_AA64ISAR1_EL1_GPA_SIGNED                     false
#define ID_AA64ISAR1_EL1_GPA_NI                         UL(0b0000)
#define ID_AA64ISAR1_EL1_GPA_IMP                        UL(0b0001)

#define ID_AA64ISAR1_EL1_LRCPC                          GENMASK(23, 20)
#define ID_AA64ISAR1_EL1_LRCPC_MASK                     GENMASK(23, 20)
#define ID_AA64ISAR1_EL1_LRCPC_SHIFT                    20
#define ID_AA64ISAR1_EL1_LRCPC_WIDTH                    4
#define ID_AA64ISAR1_EL1_LRCPC_SIGNED                   false
#define ID_AA64ISAR1_EL1_LRCPC_NI                       UL(0b0000)
#define ID_AA64ISAR1_EL1_LRCPC_IMP                      UL(0b0001)
#define ID_AA64ISAR1_EL1_LRCPC_LRCPC2                   UL(0b0010)
#define ID_AA64ISAR1_EL1_LRCPC_LRCPC3                   UL(0b0011)

#define ID_AA64ISAR1_EL1_FCMA                           GENMASK(19, 16)
#define ID_AA64ISAR1_EL1_FCMA_MASK                      GENMASK(19, 16)
#define ID_AA64ISAR1_EL1_FCMA_SHIFT                     16
#define ID_AA64ISAR1_EL1_FCMA_WIDTH                     4
#define ID_AA64ISAR1_EL1_FCMA_SIGNED                    false
#define ID_AA64ISAR1_EL1_FCMA_NI                        UL(0b0000)
#define ID_AA64ISAR1_EL1_FCMA_IMP                       UL(0b0001)

#define ID_AA64ISAR1_EL1_JSCVT                          GENMASK(15, 12)
#define ID_AA64ISAR1_EL1_JSCVT_MASK                     GENMASK(15, 12)
#define ID_AA64ISAR1_EL1_JSCVT_SHIFT                    12
#define ID_AA64ISAR1_EL1_JSCVT_WIDTH                    4
#define ID_AA64ISAR1_EL1_JSCVT_SIGNED                   false
#define ID_AA64ISAR1_EL1_JSCVT_NI                       UL(0b0000)
#define ID_AA64ISAR1_EL1_JSCVT_IMP                      UL(0b0001)

#define ID_AA64ISAR1_EL1_API                            GENMASK(11, 8)
#define ID_AA64ISAR1_EL1_API_MASK                       GENMASK(11, 8)
#define ID_AA64ISAR1_EL1_API_SHIFT                      8
#define ID_AA64ISAR1_EL1_API_WIDTH                      4
#define ID_AA64ISAR1_EL1_API_SIGNED                     false
#define ID_AA64ISAR1_EL1_API_NI                         UL(0b0000)
#define ID_AA64ISAR1_EL1_API_PAuth                      UL(0b0001)
#define ID_AA64ISAR1_EL1_API_EPAC                       UL(0b0010)
#define ID_AA64ISAR1_EL1_API_PAuth2                     UL(0b0011)
#define ID_AA64ISAR1_EL1_API_FPAC                       UL(0b0100)
#define ID_AA64ISAR1_EL1_API_FPACCOMBINE                UL(0b0101)
#define ID_AA64ISAR1_EL1_API_PAuth_LR                   UL(0b0110)

#define ID_AA64ISAR1_EL1_APA                            GENMASK(7, 4)
#define ID_AA64ISAR1_EL1_APA_MASK                       GENMASK(7, 4)
#define ID_AA64ISAR1_EL1_APA_SHIFT                      4
#define ID_AA64ISAR1_EL1_APA_WIDTH                      4
#define ID_AA64ISAR1_EL1_APA_SIGNED                     false
#define ID_AA64ISAR1_EL1_APA_NI                         UL(0b0000)
#define ID_AA64ISAR1_EL1_APA_PAuth                      UL(0b0001)
#define ID_AA64ISAR1_EL1_APA_EPAC                       UL(0b0010)
#define ID_AA64ISAR1_EL1_APA_PAuth2                     UL(0b0011)
#define ID_AA64ISAR1_EL1_APA_FPAC                       UL(0b0100)
#define ID_AA64ISAR1_EL1_APA_FPACCOMBINE                UL(0b0101)
#define ID_AA64ISAR1_EL1_APA_PAuth_LR                   UL(0b0110)

#define ID_AA64ISAR1_EL1_DPB                            GENMASK(3, 0)
#define ID_AA64ISAR1_EL1_DPB_MASK                       GENMASK(3, 0)
#define ID_AA64ISAR1_EL1_DPB_SHIFT                      0
#define ID_AA64ISAR1_EL1_DPB_WIDTH                      4
#define ID_AA64ISAR1_EL1_DPB_SIGNED                     false
#define ID_AA64ISAR1_EL1_DPB_NI                         UL(0b0000)
#define ID_AA64ISAR1_EL1_DPB_IMP                        UL(0b0001)
#define ID_AA64ISAR1_EL1_DPB_DPB2                       UL(0b0010)

#define ID_AA64ISAR1_EL1_RES0                           (UL(0))
#define ID_AA64ISAR1_EL1_RES1                           (UL(0))
#define ID_AA64ISAR1_EL1_UNKN                           (UL(0))

#define REG_ID_AA64ISAR2_EL1                            S3_0_C0_C6_2
#define SYS_ID_AA64ISAR2_EL1                            sys_reg(3, 0, 0, 6, 2)
#define SYS_ID_AA64ISAR2_EL1_Op0                        3
#define SYS_ID_AA64ISAR2_EL1_Op1                        0
#define SYS_ID_AA64ISAR2_EL1_CRn                        0
#define SYS_ID_AA64ISAR2_EL1_CRm                        6
#define SYS_ID_AA64ISAR2_EL1_Op2                        2

#define ID_AA64ISAR2_EL1_ATS1A                          GENMASK(63, 60)
#define ID_AA64ISAR2_EL1_ATS1A_MASK                     GENMASK(63, 60)
#define ID_AA64ISAR2_EL1_ATS1A_SHIFT                    60
#define ID_AA64ISAR2_EL1_ATS1A_WIDTH                    4
#define ID_AA64ISAR2_EL1_ATS1A_SIGNED                   false
#define ID_AA64ISAR2_EL1_ATS1A_NI                       UL(0b0000)
#define ID_AA64ISAR2_EL1_ATS1A_IMP                      UL(0b0001)

#define ID_AA64ISAR2_EL1_LUT                            GENMASK(59, 56)
#define ID_AA64ISAR2_EL1_LUT_MASK                       GENMASK(59, 56)
#define ID_AA64ISAR2_EL1_LUT_SHIFT                      56
#define ID_AA64ISAR2_EL1_LUT_WIDTH                      4
#define ID_AA64ISAR2_EL1_LUT_SIGNED                     false
#define ID_AA64ISAR2_EL1_LUT_NI                         UL(0b0000)
#define ID_AA64ISAR2_EL1_LUT_IMP                        UL(0b0001)

#define ID_AA64ISAR2_EL1_CSSC                           GENMASK(55, 52)
#define ID_AA64ISAR2_EL1_CSSC_MASK                      GENMASK(55, 52)
#define ID_AA64ISAR2_EL1_CSSC_SHIFT                     52
#define ID_AA64ISAR2_EL1_CSSC_WIDTH                     4
#define ID_AA64ISAR2_EL1_CSSC_SIGNED                    false
#define ID_AA64ISAR2_EL1_CSSC_NI                        UL(0b0000)
#define ID_AA64ISAR2_EL1_CSSC_IMP                       UL(0b0001)

#define ID_AA64ISAR2_EL1_RPRFM                          GENMASK(51, 48)
#define ID_AA64ISAR2_EL1_RPRFM_MASK                     GENMASK(51, 48)
#define ID_AA64ISAR2_EL1_RPRFM_SHIFT                    48
#define ID_AA64ISAR2_EL1_RPRFM_WIDTH                    4
#define ID_AA64ISAR2_EL1_RPRFM_SIGNED                   false
#define ID_AA64ISAR2_EL1_RPRFM_NI                       UL(0b0000)
#define ID_AA64ISAR2_EL1_RPRFM_IMP                      UL(0b0001)

#define ID_AA64ISAR2_EL1_PRFMSLC                        GENMASK(43, 40)
#define ID_AA64ISAR2_EL1_PRFMSLC_MASK                   GENMASK(43, 40)
#define ID_AA64ISAR2_EL1_PRFMSLC_SHIFT                  40
#define ID_AA64ISAR2_EL1_PRFMSLC_WIDTH                  4
#define ID_AA64ISAR2_EL1_PRFMSLC_SIGNED                 false
#define ID_AA64ISAR2_EL1_PRFMSLC_NI                     UL(0b0000)
#define ID_AA64ISAR2_EL1_PRFMSLC_IMP                    UL(0b0001)

#define ID_AA64ISAR2_EL1_SYSINSTR_128                   GENMASK(39, 36)
#define ID_AA64ISAR2_EL1_SYSINSTR_128_MASK              GENMASK(39, 36)
#define ID_AA64ISAR2_EL1_SYSINSTR_128_SHIFT             36
#define ID_AA64ISAR2_EL1_SYSINSTR_128_WIDTH             4
#define ID_AA64ISAR2_EL1_SYSINSTR_128_SIGNED            false
#define ID_AA64ISAR2_EL1_SYSINSTR_128_NI                UL(0b0000)
#define ID_AA64ISAR2_EL1_SYSINSTR_128_IMP               UL(0b0001)

#define ID_AA64ISAR2_EL1_SYSREG_128                     GENMASK(35, 32)
#define ID_AA64ISAR2_EL1_SYSREG_128_MASK                GENMASK(35, 32)
#define ID_AA64ISAR2_EL1_SYSREG_128_SHIFT               32
#define ID_AA64ISAR2_EL1_SYSREG_128_WIDTH               4
#define ID_AA64ISAR2_EL1_SYSREG_128_SIGNED              false
#define ID_AA64ISAR2_EL1_SYSREG_128_NI                  UL(0b0000)
#define ID_AA64ISAR2_EL1_SYSREG_128_IMP                 UL(0b0001)

#define ID_AA64ISAR2_EL1_CLRBHB                         GENMASK(31, 28)
#define ID_AA64ISAR2_EL1_CLRBHB_MASK                    GENMASK(31, 28)
#define ID_AA64ISAR2_EL1_CLRBHB_SHIFT                   28
#define ID_AA64ISAR2_EL1_CLRBHB_WIDTH                   4
#define ID_AA64ISAR2_EL1_CLRBHB_SIGNED                  false
#define ID_AA64ISAR2_EL1_CLRBHB_NI                      UL(0b0000)
#define ID_AA64ISAR2_EL1_CLRBHB_IMP                     UL(0b0001)

#define ID_AA64ISAR2_EL1_PAC_frac                       GENMASK(27, 24)
#define ID_AA64ISAR2_EL1_PAC_frac_MASK                  GENMASK(27, 24)
#define ID_AA64ISAR2_EL1_PAC_frac_SHIFT                 24
#define ID_AA64ISAR2_EL1_PAC_frac_WIDTH                 4
#define ID_AA64ISAR2_EL1_PAC_frac_SIGNED                false
#define ID_AA64ISAR2_EL1_PAC_frac_NI                    UL(0b0000)
#define ID_AA64ISAR2_EL1_PAC_frac_IMP                   UL(0b0001)

#define ID_AA64ISAR2_EL1_BC                             GENMASK(23, 20)
#define ID_AA64ISAR2_EL1_BC_MASK                        GENMASK(23, 20)
#define ID_AA64ISAR2_EL1_BC_SHIFT                       20
#define ID_AA64ISAR2_EL1_BC_WIDTH                       4
#define ID_AA64ISAR2_EL1_BC_SIGNED                      false
#define ID_AA64ISAR2_EL1_BC_NI                          UL(0b0000)
#define ID_AA64ISAR2_EL1_BC_IMP                         UL(0b0001)

#define ID_AA64ISAR2_EL1_MOPS                           GENMASK(19, 16)
#define ID_AA64ISAR2_EL1_MOPS_MASK                      GENMASK(19, 16)
#define ID_AA64ISAR2_EL1_MOPS_SHIFT                     16
#define ID_AA64ISAR2_EL1_MOPS_WIDTH                     4
#define ID_AA64ISAR2_EL1_MOPS_SIGNED                    false
#define ID_AA64ISAR2_EL1_MOPS_NI                        UL(0b0000)
#define ID_AA64ISAR2_EL1_MOPS_IMP                       UL(0b0001)

#define ID_AA64ISAR2_EL1_APA3                           GENMASK(15, 12)
#define ID_AA64ISAR2_EL1_APA3_MASK                      GENMASK(15, 12)
#define ID_AA64ISAR2_EL1_APA3_SHIFT                     12
#define ID_AA64ISAR2_EL1_APA3_WIDTH                     4
#define ID_AA64ISAR2_EL1_APA3_SIGNED                    false
#define ID_AA64ISAR2_EL1_APA3_NI                        UL(0b0000)
#define ID_AA64ISAR2_EL1_APA3_PAuth                     UL(0b0001)
#define ID_AA64ISAR2_EL1_APA3_EPAC                      UL(0b0010)
#define ID_AA64ISAR2_EL1_APA3_PAuth2                    UL(0b0011)
#define ID_AA64ISAR2_EL1_APA3_FPAC                      UL(0b0100)
#define ID_AA64ISAR2_EL1_APA3_FPACCOMBINE               UL(0b0101)
#define ID_AA64ISAR2_EL1_APA3_PAuth_LR                  UL(0b0110)

#define ID_AA64ISAR2_EL1_GPA3                           GENMASK(11, 8)
#define ID_AA64ISAR2_EL1_GPA3_MASK                      GENMASK(11, 8)
#define ID_AA64ISAR2_EL1_GPA3_SHIFT                     8
#define ID_AA64ISAR2_EL1_GPA3_WIDTH                     4
#define ID_AA64ISAR2_EL1_GPA3_SIGNED                    false
#define ID_AA64ISAR2_EL1_GPA3_NI                        UL(0b0000)
#define ID_AA64ISAR2_EL1_GPA3_IMP                       UL(0b0001)

#define ID_AA64ISAR2_EL1_RPRES                          GENMASK(7, 4)
#define ID_AA64ISAR2_EL1_RPRES_MASK                     GENMASK(7, 4)
#define ID_AA64ISAR2_EL1_RPRES_SHIFT                    4
#define ID_AA64ISAR2_EL1_RPRES_WIDTH                    4
#define ID_AA64ISAR2_EL1_RPRES_SIGNED                   false
#define ID_AA64ISAR2_EL1_RPRES_NI                       UL(0b0000)
#define ID_AA64ISAR2_EL1_RPRES_IMP                      UL(0b0001)

#define ID_AA64ISAR2_EL1_WFxT                           GENMASK(3, 0)
#define ID_AA64ISAR2_EL1_WFxT_MASK                      GENMASK(3, 0)
#define ID_AA64ISAR2_EL1_WFxT_SHIFT                     0
#define ID_AA64ISAR2_EL1_WFxT_WIDTH                     4
#define ID_AA64ISAR2_EL1_WFxT_SIGNED                    false
#define ID_AA64ISAR2_EL1_WFxT_NI                        UL(0b0000)
#define ID_AA64ISAR2_EL1_WFxT_IMP                       UL(0b0010)

#define ID_AA64ISAR2_EL1_RES0                           (UL(0) | GENMASK_ULL(47, 44))
#define ID_AA64ISAR2_EL1_RES1                           (UL(0))
#define ID_AA64ISAR2_EL1_UNKN                           (UL(0))

#define REG_ID_AA64ISAR3_EL1                            S3_0_C0_C6_3
#define SYS_ID_AA64ISAR3_EL1                            sys_reg(3, 0, 0, 6, 3)
#define SYS_ID_AA64ISAR3_EL1_Op0                        3
#define SYS_ID_AA64ISAR3_EL1_Op1                        0
#define SYS_ID_AA64ISAR3_EL1_CRn                        0
#define SYS_ID_AA64ISAR3_EL1_CRm                        6
#define SYS_ID_AA64ISAR3_EL1_Op2                        3

#define ID_AA64ISAR3_EL1_PACM                           GENMASK(15, 12)
#define ID_AA64ISAR3_EL1_PACM_MASK                      GENMASK(15, 12)
#define ID_AA64ISAR3_EL1_PACM_SHIFT                     12
#define ID_AA64ISAR3_EL1_PACM_WIDTH                     4
#define ID_AA64ISAR3_EL1_PACM_SIGNED                    false
#define ID_AA64ISAR3_EL1_PACM_NI                        UL(0b0000)
#define ID_AA64ISAR3_EL1_PACM_TRIVIAL_IMP               UL(0b0001)
#define ID_AA64ISAR3_EL1_PACM_FULL_IMP                  UL(0b0010)

#define ID_AA64ISAR3_EL1_TLBIW                          GENMASK(11, 8)
#define ID_AA64ISAR3_EL1_TLBIW_MASK                     GENMASK(11, 8)
#define ID_AA64ISAR3_EL1_TLBIW_SHIFT                    8
#define ID_AA64ISAR3_EL1_TLBIW_WIDTH                    4
#define ID_AA64ISAR3_EL1_TLBIW_SIGNED                   false
#define ID_AA64ISAR3_EL1_TLBIW_NI                       UL(0b0000)
#define ID_AA64ISAR3_EL1_TLBIW_IMP                      UL(0b0001)

#define ID_AA64ISAR3_EL1_FAMINMAX                       GENMASK(7, 4)
#define ID_AA64ISAR3_EL1_FAMINMAX_MASK                  GENMASK(7, 4)
#define ID_AA64ISAR3_EL1_FAMINMAX_SHIFT                 4
#define ID_AA64ISAR3_EL1_FAMINMAX_WIDTH                 4
#define ID_AA64ISAR3_EL1_FAMINMAX_SIGNED                false
#define ID_AA64ISAR3_EL1_FAMINMAX_NI                    UL(0b0000)
#define ID_AA64ISAR3_EL1_FAMINMAX_IMP                   UL(0b0001)

#define ID_AA64ISAR3_EL1_CPA                            GENMASK(3, 0)
#define ID_AA64ISAR3_EL1_CPA_MASK                       GENMASK(3, 0)
#define ID_AA64ISAR3_EL1_CPA_SHIFT                      0
#define ID_AA64ISAR3_EL1_CPA_WIDTH                      4
#define ID_AA64ISAR3_EL1_CPA_SIGNED                     false
#define ID_AA64ISAR3_EL1_CPA_NI                         UL(0b0000)
#define ID_AA64ISAR3_EL1_CPA_IMP                        UL(0b0001)
#define ID_AA64ISAR3_EL1_CPA_CPA2                       UL(0b0010)

#define ID_AA64ISAR3_EL1_RES0                           (UL(0) | GENMASK_ULL(63, 16))
#define ID_AA64ISAR3_EL1_RES1                           (UL(0))
#define ID_AA64ISAR3_EL1_UNKN                           (UL(0))

#define REG_ID_AA64MMFR0_EL1                            S3_0_C0_C7_0
#define SYS_ID_AA64MMFR0_EL1                            sys_reg(3, 0, 0, 7, 0)
#define SYS_ID_AA64MMFR0_EL1_Op0                        3
#define SYS_ID_AA64MMFR0_EL1_Op1                        0
#define SYS_ID_AA64MMFR0_EL1_CRn                        0
#define SYS_ID_AA64MMFR0_EL1_CRm                        7
#define SYS_ID_AA64MMFR0_EL1_Op2                        0

#define ID_AA64MMFR0_EL1_ECV                            GENMASK(63, 60)
#define ID_AA64MMFR0_EL1_ECV_MASK                       GENMASK(63, 60)
#define ID_AA64MMFR0_EL1_ECV_SHIFT                      60
#define ID_AA64MMFR0_EL1_ECV_WIDTH                      4
#define ID_AA64MMFR0_EL1_ECV_SIGNED                     false
#define ID_AA64MMFR0_EL1_ECV_NI                         UL(0b0000)
#define ID_AA64MMFR0_EL1_ECV_IMP                        UL(0b0001)
#define ID_AA64MMFR0_EL1_ECV_CNTPOFF                    UL(0b0010)

#define ID_AA64MMFR0_EL1_FGT                            GENMASK(59, 56)
#define ID_AA64MMFR0_EL1_FGT_MASK                       GENMASK(59, 56)
#define ID_AA64MMFR0_EL1_FGT_SHIFT                      56
#define ID_AA64MMFR0_EL1_FGT_WIDTH                      4
#define ID_AA64MMFR0_EL1_FGT_SIGNED                     false
#define ID_AA64MMFR0_EL1_FGT_NI                         UL(0b0000)
#define ID_AA64MMFR0_EL1_FGT_IMP                        UL(0b0001)
#define ID_AA64MMFR0_EL1_FGT_FGT2                       UL(0b0010)

#define ID_AA64MMFR0_EL1_EXS                            GENMASK(47, 44)
#define ID_AA64MMFR0_EL1_EXS_MASK                       GENMASK(47, 44)
#define ID_AA64MMFR0_EL1_EXS_SHIFT                      44
#define ID_AA64MMFR0_EL1_EXS_WIDTH                      4
#define ID_AA64MMFR0_EL1_EXS_SIGNED                     false
#define ID_AA64MMFR0_EL1_EXS_NI                         UL(0b0000)
#define ID_AA64MMFR0_EL1_EXS_IMP                        UL(0b0001)

#define ID_AA64MMFR0_EL1_TGRAN4_2                       GENMASK(43, 40)
#define ID_AA64MMFR0_EL1_TGRAN4_2_MASK                  GENMASK(43, 40)
#define ID_AA64MMFR0_EL1_TGRAN4_2_SHIFT                 40
#define ID_AA64MMFR0_EL1_TGRAN4_2_WIDTH                 4
#define ID_AA64MMFR0_EL1_TGRAN4_2_TGRAN4                UL(0b0000)
#define ID_AA64MMFR0_EL1_TGRAN4_2_NI                    UL(0b0001)
#define ID_AA64MMFR0_EL1_TGRAN4_2_IMP                   UL(0b0010)
#define ID_AA64MMFR0_EL1_TGRAN4_2_52_BIT                UL(0b0011)

#define ID_AA64MMFR0_EL1_TGRAN64_2                      GENMASK(39, 36)
#define ID_AA64MMFR0_EL1_TGRAN64_2_MASK                 GENMASK(39, 36)
#define ID_AA64MMFR0_EL1_TGRAN64_2_SHIFT                36
#define ID_AA64MMFR0_EL1_TGRAN64_2_WIDTH                4
#define ID_AA64MMFR0_EL1_TGRAN64_2_TGRAN64              UL(0b0000)
#define ID_AA64MMFR0_EL1_TGRAN64_2_NI                   UL(0b0001)
#define ID_AA64MMFR0_EL1_TGRAN64_2_IMP                  UL(0b0010)

#define ID_AA64MMFR0_EL1_TGRAN16_2                      GENMASK(35, 32)
#define ID_AA64MMFR0_EL1_TGRAN16_2_MASK                 GENMASK(35, 32)
#define ID_AA64MMFR0_EL1_TGRAN16_2_SHIFT                32
#define ID_AA64MMFR0_EL1_TGRAN16_2_WIDTH                4
#define ID_AA64MMFR0_EL1_TGRAN16_2_TGRAN16              UL(0b0000)
#define ID_AA64MMFR0_EL1_TGRAN16_2_NI                   UL(0b0001)
#define ID_AA64MMFR0_EL1_TGRAN16_2_IMP                  UL(0b0010)
#define ID_AA64MMFR0_EL1_TGRAN16_2_52_BIT               UL(0b0011)

#define ID_AA64MMFR0_EL1_TGRAN4                         GENMASK(31, 28)
#define ID_AA64MMFR0_EL1_TGRAN4_MASK                    GENMASK(31, 28)
#define ID_AA64MMFR0_EL1_TGRAN4_SHIFT                   28
#define ID_AA64MMFR0_EL1_TGRAN4_WIDTH                   4
#define ID_AA64MMFR0_EL1_TGRAN4_SIGNED                  true
#define ID_AA64MMFR0_EL1_TGRAN4_IMP                     UL(0b0000)
#define ID_AA64MMFR0_EL1_TGRAN4_52_BIT                  UL(0b0001)
#define ID_AA64MMFR0_EL1_TGRAN4_NI                      UL(0b1111)

#define ID_AA64MMFR0_EL1_TGRAN64                        GENMASK(27, 24)
#define ID_AA64MMFR0_EL1_TGRAN64_MASK                   GENMASK(27, 24)
#define ID_AA64MMFR0_EL1_TGRAN64_SHIFT                  24
#define ID_AA64MMFR0_EL1_TGRAN64_WIDTH                  4
#define ID_AA64MMFR0_EL1_TGRAN64_SIGNED                 true
#define ID_AA64MMFR0_EL1_TGRAN64_IMP                    UL(0b0000)
#define ID_AA64MMFR0_EL1_TGRAN64_NI                     UL(0b1111)

#define ID_AA64MMFR0_EL1_TGRAN16                        GENMASK(23, 20)
#define ID_AA64MMFR0_EL1_TGRAN16_MASK                   GENMASK(23, 20)
#define ID_AA64MMFR0_EL1_TGRAN16_SHIFT                  20
#define ID_AA64MMFR0_EL1_TGRAN16_WIDTH                  4
#define ID_AA64MMFR0_EL1_TGRAN16_SIGNED                 false
#define ID_AA64MMFR0_EL1_TGRAN16_NI                     UL(0b0000)
#define ID_AA64MMFR0_EL1_TGRAN16_IMP                    UL(0b0001)
#define ID_AA64MMFR0_EL1_TGRAN16_52_BIT                 UL(0b0010)

#define ID_AA64MMFR0_EL1_BIGENDEL0                      GENMASK(19, 16)
#define ID_AA64MMFR0_EL1_BIGENDEL0_MASK                 GENMASK(19, 16)
#define ID_AA64MMFR0_EL1_BIGENDEL0_SHIFT                16
#define ID_AA64MMFR0_EL1_BIGENDEL0_WIDTH                4
#define ID_AA64MMFR0_EL1_BIGENDEL0_SIGNED               false
#define ID_AA64MMFR0_EL1_BIGENDEL0_NI                   UL(0b0000)
#define ID_AA64MMFR0_EL1_BIGENDEL0_IMP                  UL(0b0001)

#define ID_AA64MMFR0_EL1_SNSMEM                         GENMASK(15, 12)
#define ID_AA64MMFR0_EL1_SNSMEM_MASK                    GENMASK(15, 12)
#define ID_AA64MMFR0_EL1_SNSMEM_SHIFT                   12
#define ID_AA64MMFR0_EL1_SNSMEM_WIDTH                   4
#define ID_AA64MMFR0_EL1_SNSMEM_SIGNED                  false
#define ID_AA64MMFR0_EL1_SNSMEM_NI                      UL(0b0000)
#define ID_AA64MMFR0_EL1_SNSMEM_IMP                     UL(0b0001)

#define ID_AA64MMFR0_EL1_BIGEND                         GENMASK(11, 8)
#define ID_AA64MMFR0_EL1_BIGEND_MASK                    GENMASK(11, 8)
#define ID_AA64MMFR0_EL1_BIGEND_SHIFT                   8
#define ID_AA64MMFR0_EL1_BIGEND_WIDTH                   4
#define ID_AA64MMFR0_EL1_BIGEND_SIGNED                  false
#define ID_AA64MMFR0_EL1_BIGEND_NI                      UL(0b0000)
#define ID_AA64MMFR0_EL1_BIGEND_IMP                     UL(0b0001)

#define ID_AA64MMFR0_EL1_ASIDBITS                       GENMASK(7, 4)
#define ID_AA64MMFR0_EL1_ASIDBITS_MASK                  GENMASK(7, 4)
#define ID_AA64MMFR0_EL1_ASIDBITS_SHIFT                 4
#define ID_AA64MMFR0_EL1_ASIDBITS_WIDTH                 4
#define ID_AA64MMFR0_EL1_ASIDBITS_8                     UL(0b0000)
#define ID_AA64MMFR0_EL1_ASIDBITS_16                    UL(0b0010)

#define ID_AA64MMFR0_EL1_PARANGE                        GENMASK(3, 0)
#define ID_AA64MMFR0_EL1_PARANGE_MASK                   GENMASK(3, 0)
#define ID_AA64MMFR0_EL1_PARANGE_SHIFT                  0
#define ID_AA64MMFR0_EL1_PARANGE_WIDTH                  4
#define ID_AA64MMFR0_EL1_PARANGE_32                     UL(0b0000)
#define ID_AA64MMFR0_EL1_PARANGE_36                     UL(0b0001)
#define ID_AA64MMFR0_EL1_PARANGE_40                     UL(0b0010)
#define ID_AA64MMFR0_EL1_PARANGE_42                     UL(0b0011)
#define ID_AA64MMFR0_EL1_PARANGE_44                     UL(0b0100)
#define ID_AA64MMFR0_EL1_PARANGE_48                     UL(0b0101)
#define ID_AA64MMFR0_EL1_PARANGE_52                     UL(0b0110)
#define ID_AA64MMFR0_EL1_PARANGE_56                     UL(0b0111)

#define ID_AA64MMFR0_EL1_RES0                           (UL(0) | GENMASK_ULL(55, 48))
#define ID_AA64MMFR0_EL1_RES1                           (UL(0))
#define ID_AA64MMFR0_EL1_UNKN                           (UL(0))

#define REG_ID_AA64MMFR1_EL1                            S3_0_C0_C7_1
#define SYS_ID_AA64MMFR1_EL1                            sys_reg(3, 0, 0, 7, 1)
#define SYS_ID_AA64MMFR1_EL1_Op0                        3
#define SYS_ID_AA64MMFR1_EL1_Op1                        0
#define SYS_ID_AA64MMFR1_EL1_CRn                        0
#define SYS_ID_AA64MMFR1_EL1_CRm                        7
#define SYS_ID_AA64MMFR1_EL1_Op2                        1

#define ID_AA64MMFR1_EL1_ECBHB                          GENMASK(63, 60)
#define ID_AA64MMFR1_EL1_ECBHB_MASK                     GENMASK(63, 60)
#define ID_AA64MMFR1_EL1_ECBHB_SHIFT                    60
#define ID_AA64MMFR1_EL1_ECBHB_WIDTH                    4
#define ID_AA64MMFR1_EL1_ECBHB_SIGNED                   false
#define ID_AA64MMFR1_EL1_ECBHB_NI                       UL(0b0000)
#define ID_AA64MMFR1_EL1_ECBHB_IMP                      UL(0b0001)

#define ID_AA64MMFR1_EL1_CMOW                           GENMASK(59, 56)
#define ID_AA64MMFR1_EL1_CMOW_MASK                      GENMASK(59, 56)
#define ID_AA64MMFR1_EL1_CMOW_SHIFT                     56
#define ID_AA64MMFR1_EL1_CMOW_WIDTH                     4
#define ID_AA64MMFR1_EL1_CMOW_SIGNED                    false
#define ID_AA64MMFR1_EL1_CMOW_NI                        UL(0b0000)
#define ID_AA64MMFR1_EL1_CMOW_IMP                       UL(0b0001)

#define ID_AA64MMFR1_EL1_TIDCP1                         GENMASK(55, 52)
#define ID_AA64MMFR1_EL1_TIDCP1_MASK                    GENMASK(55, 52)
#define ID_AA64MMFR1_EL1_TIDCP1_SHIFT                   52
#define ID_AA64MMFR1_EL1_TIDCP1_WIDTH                   4
#define ID_AA64MMFR1_EL1_TIDCP1_SIGNED                  false
#define ID_AA64MMFR1_EL1_TIDCP1_NI                      UL(0b0000)
#define ID_AA64MMFR1_EL1_TIDCP1_IMP                     UL(0b0001)

#define ID_AA64MMFR1_EL1_nTLBPA                         GENMASK(51, 48)
#define ID_AA64MMFR1_EL1_nTLBPA_MASK                    GENMASK(51, 48)
#define ID_AA64MMFR1_EL1_nTLBPA_SHIFT                   48
#define ID_AA64MMFR1_EL1_nTLBPA_WIDTH                   4
#define ID_AA64MMFR1_EL1_nTLBPA_SIGNED                  false
#define ID_AA64MMFR1_EL1_nTLBPA_NI                      UL(0b0000)
#define ID_AA64MMFR1_EL1_nTLBPA_IMP                     UL(0b0001)

#define ID_AA64MMFR1_EL1_AFP                            GENMASK(47, 44)
#define ID_AA64MMFR1_EL1_AFP_MASK                       GENMASK(47, 44)
#define ID_AA64MMFR1_EL1_AFP_SHIFT                      44
#define ID_AA64MMFR1_EL1_AFP_WIDTH                      4
#define ID_AA64MMFR1_EL1_AFP_SIGNED                     false
#define ID_AA64MMFR1_EL1_AFP_NI                         UL(0b0000)
#define ID_AA64MMFR1_EL1_AFP_IMP                        UL(0b0001)

#define ID_AA64MMFR1_EL1_HCX                            GENMASK(43, 40)
#define ID_AA64MMFR1_EL1_HCX_MASK                       GENMASK(43, 40)
#define ID_AA64MMFR1_EL1_HCX_SHIFT                      40
#define ID_AA64MMFR1_EL1_HCX_WIDTH                      4
#define ID_AA64MMFR1_EL1_HCX_SIGNED                     false
#define ID_AA64MMFR1_EL1_HCX_NI                         UL(0b0000)
#define ID_AA64MMFR1_EL1_HCX_IMP                        UL(0b0001)

#define ID_AA64MMFR1_EL1_ETS                            GENMASK(39, 36)
#define ID_AA64MMFR1_EL1_ETS_MASK                       GENMASK(39, 36)
#define ID_AA64MMFR1_EL1_ETS_SHIFT                      36
#define ID_AA64MMFR1_EL1_ETS_WIDTH                      4
#define ID_AA64MMFR1_EL1_ETS_SIGNED                     false
#define ID_AA64MMFR1_EL1_ETS_NI                         UL(0b0000)
#define ID_AA64MMFR1_EL1_ETS_IMP                        UL(0b0001)

#define ID_AA64MMFR1_EL1_TWED                           GENMASK(35, 32)
#define ID_AA64MMFR1_EL1_TWED_MASK                      GENMASK(35, 32)
#define ID_AA64MMFR1_EL1_TWED_SHIFT                     32
#define ID_AA64MMFR1_EL1_TWED_WIDTH                     4
#define ID_AA64MMFR1_EL1_TWED_SIGNED                    false
#define ID_AA64MMFR1_EL1_TWED_NI                        UL(0b0000)
#define ID_AA64MMFR1_EL1_TWED_IMP                       UL(0b0001)

#define ID_AA64MMFR1_EL1_XNX                            GENMASK(31, 28)
#define ID_AA64MMFR1_EL1_XNX_MASK                       GENMASK(31, 28)
#define ID_AA64MMFR1_EL1_XNX_SHIFT                      28
#define ID_AA64MMFR1_EL1_XNX_WIDTH                      4
#define ID_AA64MMFR1_EL1_XNX_SIGNED                     false
#define ID_AA64MMFR1_EL1_XNX_NI                         UL(0b0000)
#define ID_AA64MMFR1_EL1_XNX_IMP                        UL(0b0001)

#define ID_AA64MMFR1_EL1_SpecSEI                        GENMASK(27, 24)
#define ID_AA64MMFR1_EL1_SpecSEI_MASK                   GENMASK(27, 24)
#define ID_AA64MMFR1_EL1_SpecSEI_SHIFT                  24
#define ID_AA64MMFR1_EL1_SpecSEI_WIDTH                  4
#define ID_AA64MMFR1_EL1_SpecSEI_SIGNED                 false
#define ID_AA64MMFR1_EL1_SpecSEI_NI                     UL(0b0000)
#define ID_AA64MMFR1_EL1_SpecSEI_IMP                    UL(0b0001)

#define ID_AA64MMFR1_EL1_PAN                            GENMASK(23, 20)
#define ID_AA64MMFR1_EL1_PAN_MASK                       GENMASK(23, 20)
#define ID_AA64MMFR1_EL1_PAN_SHIFT                      20
#define ID_AA64MMFR1_EL1_PAN_WIDTH                      4
#define ID_AA64MMFR1_EL1_PAN_SIGNED                     false
#define ID_AA64MMFR1_EL1_PAN_NI                         UL(0b0000)
#define ID_AA64MMFR1_EL1_PAN_IMP                        UL(0b0001)
#define ID_AA64MMFR1_EL1_PAN_PAN2                       UL(0b0010)
#define ID_AA64MMFR1_EL1_PAN_PAN3                       UL(0b0011)

#define ID_AA64MMFR1_EL1_LO                             GENMASK(19, 16)
#define ID_AA64MMFR1_EL1_LO_MASK                        GENMASK(19, 16)
#define ID_AA64MMFR1_EL1_LO_SHIFT                       16
#define ID_AA64MMFR1_EL1_LO_WIDTH                       4
#define ID_AA64MMFR1_EL1_LO_SIGNED                      false
#define ID_AA64MMFR1_EL1_LO_NI                          UL(0b0000)
#define ID_AA64MMFR1_EL1_LO_IMP                         UL(0b0001)

#define ID_AA64MMFR1_EL1_HPDS                           GENMASK(15, 12)
#define ID_AA64MMFR1_EL1_HPDS_MASK                      GENMASK(15, 12)
#define ID_AA64MMFR1_EL1_HPDS_SHIFT                     12
#define ID_AA64MMFR1_EL1_HPDS_WIDTH                     4
#define ID_AA64MMFR1_EL1_HPDS_SIGNED                    false
#define ID_AA64MMFR1_EL1_HPDS_NI                        UL(0b0000)
#define ID_AA64MMFR1_EL1_HPDS_IMP                       UL(0b0001)
#define ID_AA64MMFR1_EL1_HPDS_HPDS2                     UL(0b0010)

#define ID_AA64MMFR1_EL1_VH                             GENMASK(11, 8)
#define ID_AA64MMFR1_EL1_VH_MASK                        GENMASK(11, 8)
#define ID_AA64MMFR1_EL1_VH_SHIFT                       8
#define ID_AA64MMFR1_EL1_VH_WIDTH                       4
#define ID_AA64MMFR1_EL1_VH_SIGNED                      false
#define ID_AA64MMFR1_EL1_VH_NI                          UL(0b0000)
#define ID_AA64MMFR1_EL1_VH_IMP                         UL(0b0001)

#define ID_AA64MMFR1_EL1_VMIDBits                       GENMASK(7, 4)
#define ID_AA64MMFR1_EL1_VMIDBits_MASK                  GENMASK(7, 4)
#define ID_AA64MMFR1_EL1_VMIDBits_SHIFT                 4
#define ID_AA64MMFR1_EL1_VMIDBits_WIDTH                 4
#define ID_AA64MMFR1_EL1_VMIDBits_8                     UL(0b0000)
#define ID_AA64MMFR1_EL1_VMIDBits_16                    UL(0b0010)

#define ID_AA64MMFR1_EL1_HAFDBS                         GENMASK(3, 0)
#define ID_AA64MMFR1_EL1_HAFDBS_MASK                    GENMASK(3, 0)
#define ID_AA64MMFR1_EL1_HAFDBS_SHIFT                   0
#define ID_AA64MMFR1_EL1_HAFDBS_WIDTH                   4
#define ID_AA64MMFR1_EL1_HAFDBS_SIGNED                  false
#define ID_AA64MMFR1_EL1_HAFDBS_NI                      UL(0b0000)
#define ID_AA64MMFR1_EL1_HAFDBS_AF                      UL(0b0001)
#define ID_AA64MMFR1_EL1_HAFDBS_DBM                     UL(0b0010)

#define ID_AA64MMFR1_EL1_RES0                           (UL(0))
#define ID_AA64MMFR1_EL1_RES1                           (UL(0))
#define ID_AA64MMFR1_EL1_UNKN                           (UL(0))

#define REG_ID_AA64MMFR2_EL1                            S3_0_C0_C7_2
#define SYS_ID_AA64MMFR2_EL1                            sys_reg(3, 0, 0, 7, 2)
#define SYS_ID_AA64MMFR2_EL1_Op0                        3
#define SYS_ID_AA64MMFR2_EL1_Op1                        0
#define SYS_ID_AA64MMFR2_EL1_CRn                        0
#define SYS_ID_AA64MMFR2_EL1_CRm                        7
#define SYS_ID_AA64MMFR2_EL1_Op2                        2

#define ID_AA64MMFR2_EL1_E0PD                           GENMASK(63, 60)
#define ID_AA64MMFR2_EL1_E0PD_MASK                      GENMASK(63, 60)
#define ID_AA64MMFR2_EL1_E0PD_SHIFT                     60
#define ID_AA64MMFR2_EL1_E0PD_WIDTH                     4
#define ID_AA64MMFR2_EL1_E0PD_SIGNED                    false
#define ID_AA64MMFR2_EL1_E0PD_NI                        UL(0b0000)
#define ID_AA64MMFR2_EL1_E0PD_IMP                       UL(0b0001)

#define ID_AA64MMFR2_EL1_EVT                            GENMASK(59, 56)
#define ID_AA64MMFR2_EL1_EVT_MASK                       GENMASK(59, 56)
#define ID_AA64MMFR2_EL1_EVT_SHIFT                      56
#define ID_AA64MMFR2_EL1_EVT_WIDTH                      4
#define ID_AA64MMFR2_EL1_EVT_SIGNED                     false
#define ID_AA64MMFR2_EL1_EVT_NI                         UL(0b0000)
#define ID_AA64MMFR2_EL1_EVT_IMP                        UL(0b0001)
#define ID_AA64MMFR2_EL1_EVT_TTLBxS                     UL(0b0010)

#define ID_AA64MMFR2_EL1_BBM                            GENMASK(55, 52)
#define ID_AA64MMFR2_EL1_BBM_MASK                       GENMASK(55, 52)
#define ID_AA64MMFR2_EL1_BBM_SHIFT                      52
#define ID_AA64MMFR2_EL1_BBM_WIDTH                      4
#define ID_AA64MMFR2_EL1_BBM_SIGNED                     false
#define ID_AA64MMFR2_EL1_BBM_0                          UL(0b0000)
#define ID_AA64MMFR2_EL1_BBM_1                          UL(0b0001)
#define ID_AA64MMFR2_EL1_BBM_2                          UL(0b0010)

#define ID_AA64MMFR2_EL1_TTL                            GENMASK(51, 48)
#define ID_AA64MMFR2_EL1_TTL_MASK                       GENMASK(51, 48)
#define ID_AA64MMFR2_EL1_TTL_SHIFT                      48
#define ID_AA64MMFR2_EL1_TTL_WIDTH                      4
#define ID_AA64MMFR2_EL1_TTL_SIGNED                     false
#define ID_AA64MMFR2_EL1_TTL_NI                         UL(0b0000)
#define ID_AA64MMFR2_EL1_TTL_IMP                        UL(0b0001)

#define ID_AA64MMFR2_EL1_FWB                            GENMASK(43, 40)
#define ID_AA64MMFR2_EL1_FWB_MASK                       GENMASK(43, 40)
#define ID_AA64MMFR2_EL1_FWB_SHIFT                      40
#define ID_AA64MMFR2_EL1_FWB_WIDTH                      4
#define ID_AA64MMFR2_EL1_FWB_SIGNED                     false
#define ID_AA64MMFR2_EL1_FWB_NI                         UL(0b0000)
#define ID_AA64MMFR2_EL1_FWB_IMP                        UL(0b0001)

#define ID_AA64MMFR2_EL1_IDS                            GENMASK(39, 36)
#define ID_AA64MMFR2_EL1_IDS_MASK                       GENMASK(39, 36)
#define ID_AA64MMFR2_EL1_IDS_SHIFT                      36
#define ID_AA64MMFR2_EL1_IDS_WIDTH                      4
#define ID_AA64MMFR2_EL1_IDS_0x0                        UL(0b0000)
#define ID_AA64MMFR2_EL1_IDS_0x18                       UL(0b0001)

#define ID_AA64MMFR2_EL1_AT                             GENMASK(35, 32)
#define ID_AA64MMFR2_EL1_AT_MASK                        GENMASK(35, 32)
#define ID_AA64MMFR2_EL1_AT_SHIFT                       32
#define ID_AA64MMFR2_EL1_AT_WIDTH                       4
#define ID_AA64MMFR2_EL1_AT_SIGNED                      false
#define ID_AA64MMFR2_EL1_AT_NI                          UL(0b0000)
#define ID_AA64MMFR2_EL1_AT_IMP                         UL(0b0001)

#define ID_AA64MMFR2_EL1_ST                             GENMASK(31, 28)
#define ID_AA64MMFR2_EL1_ST_MASK                        GENMASK(31, 28)
#define ID_AA64MMFR2_EL1_ST_SHIFT                       28
#define ID_AA64MMFR2_EL1_ST_WIDTH                       4
#define ID_AA64MMFR2_EL1_ST_39                          UL(0b0000)
#define ID_AA64MMFR2_EL1_ST_48_47                       UL(0b0001)

#define ID_AA64MMFR2_EL1_NV                             GENMASK(27, 24)
#define ID_AA64MMFR2_EL1_NV_MASK                        GENMASK(27, 24)
#define ID_AA64MMFR2_EL1_NV_SHIFT                       24
#define ID_AA64MMFR2_EL1_NV_WIDTH                       4
#define ID_AA64MMFR2_EL1_NV_SIGNED                      false
#define ID_AA64MMFR2_EL1_NV_NI                          UL(0b0000)
#define ID_AA64MMFR2_EL1_NV_IMP                         UL(0b0001)
#define ID_AA64MMFR2_EL1_NV_NV2                         UL(0b0010)

#define ID_AA64MMFR2_EL1_CCIDX                          GENMASK(23, 20)
#define ID_AA64MMFR2_EL1_CCIDX_MASK                     GENMASK(23, 20)
#define ID_AA64MMFR2_EL1_CCIDX_SHIFT                    20
#define ID_AA64MMFR2_EL1_CCIDX_WIDTH                    4
#define ID_AA64MMFR2_EL1_CCIDX_32                       UL(0b0000)
#define ID_AA64MMFR2_EL1_CCIDX_64                       UL(0b0001)

#define ID_AA64MMFR2_EL1_VARange                        GENMASK(19, 16)
#define ID_AA64MMFR2_EL1_VARange_MASK                   GENMASK(19, 16)
#define ID_AA64MMFR2_EL1_VARange_SHIFT                  16
#define ID_AA64MMFR2_EL1_VARange_WIDTH                  4
#define ID_AA64MMFR2_EL1_VARange_SIGNED                 false
#define ID_AA64MMFR2_EL1_VARange_48                     UL(0b0000)
#define ID_AA64MMFR2_EL1_VARange_52                     UL(0b0001)

#define ID_AA64MMFR2_EL1_IESB                           GENMASK(15, 12)
#define ID_AA64MMFR2_EL1_IESB_MASK                      GENMASK(15, 12)
#define ID_AA64MMFR2_EL1_IESB_SHIFT                     12
#define ID_AA64MMFR2_EL1_IESB_WIDTH                     4
#define ID_AA64MMFR2_EL1_IESB_SIGNED                    false
#define ID_AA64MMFR2_EL1_IESB_NI                        UL(0b0000)
#define ID_AA64MMFR2_EL1_IESB_IMP                       UL(0b0001)

#define ID_AA64MMFR2_EL1_LSM                            GENMASK(11, 8)
#define ID_AA64MMFR2_EL1_LSM_MASK                       GENMASK(11, 8)
#define ID_AA64MMFR2_EL1_LSM_SHIFT                      8
#define ID_AA64MMFR2_EL1_LSM_WIDTH                      4
#define ID_AA64MMFR2_EL1_LSM_SIGNED                     false
#define ID_AA64MMFR2_EL1_LSM_NI                         UL(0b0000)
#define ID_AA64MMFR2_EL1_LSM_IMP                        UL(0b0001)

#define ID_AA64MMFR2_EL1_UAO                            GENMASK(7, 4)
#define ID_AA64MMFR2_EL1_UAO_MASK                       GENMASK(7, 4)
#define ID_AA64MMFR2_EL1_UAO_SHIFT                      4
#define ID_AA64MMFR2_EL1_UAO_WIDTH                      4
#define ID_AA64MMFR2_EL1_UAO_SIGNED                     false
#define ID_AA64MMFR2_EL1_UAO_NI                         UL(0b0000)
#define ID_AA64MMFR2_EL1_UAO_IMP                        UL(0b0001)

#define ID_AA64MMFR2_EL1_CnP                            GENMASK(3, 0)
#define ID_AA64MMFR2_EL1_CnP_MASK                       GENMASK(3, 0)
#define ID_AA64MMFR2_EL1_CnP_SHIFT                      0
#define ID_AA64MMFR2_EL1_CnP_WIDTH                      4
#define ID_AA64MMFR2_EL1_CnP_SIGNED                     false
#define ID_AA64MMFR2_EL1_CnP_NI                         UL(0b0000)
#define ID_AA64MMFR2_EL1_CnP_IMP                        UL(0b0001)

#define ID_AA64MMFR2_EL1_RES0                           (UL(0) | GENMASK_ULL(47, 44))
#define ID_AA64MMFR2_EL1_RES1                           (UL(0))
#define ID_AA64MMFR2_EL1_UNKN                           (UL(0))

#define REG_ID_AA64MMFR3_EL1                            S3_0_C0_C7_3
#define SYS_ID_AA64MMFR3_EL1                            sys_reg(3, 0, 0, 7, 3)
#define SYS_ID_AA64MMFR3_EL1_Op0                        3
#define SYS_ID_AA64MMFR3_EL1_Op1                        0
#define SYS_ID_AA64MMFR3_EL1_CRn                        0
#define SYS_ID_AA64MMFR3_EL1_CRm                        7
#define SYS_ID_AA64MMFR3_EL1_Op2                        3

#define ID_AA64MMFR3_EL1_Spec_FPACC                     GENMASK(63, 60)
#define ID_AA64MMFR3_EL1_Spec_FPACC_MASK                GENMASK(63, 60)
#define ID_AA64MMFR3_EL1_Spec_FPACC_SHIFT               60
#define ID_AA64MMFR3_EL1_Spec_FPACC_WIDTH               4
#define ID_AA64MMFR3_EL1_Spec_FPACC_SIGNED              false
#define ID_AA64MMFR3_EL1_Spec_FPACC_NI                  UL(0b0000)
#define ID_AA64MMFR3_EL1_Spec_FPACC_IMP                 UL(0b0001)

#define ID_AA64MMFR3_EL1_ADERR                          GENMASK(59, 56)
#define ID_AA64MMFR3_EL1_ADERR_MASK                     GENMASK(59, 56)
#define ID_AA64MMFR3_EL1_ADERR_SHIFT                    56
#define ID_AA64MMFR3_EL1_ADERR_WIDTH                    4
#define ID_AA64MMFR3_EL1_ADERR_SIGNED                   false
#define ID_AA64MMFR3_EL1_ADERR_NI                       UL(0b0000)
#define ID_AA64MMFR3_EL1_ADERR_DEV_ASYNC                UL(0b0001)
#define ID_AA64MMFR3_EL1_ADERR_FEAT_ADERR               UL(0b0010)
#define ID_AA64MMFR3_EL1_ADERR_FEAT_ADERR_IND           UL(0b0011)

#define ID_AA64MMFR3_EL1_SDERR                          GENMASK(55, 52)
#define ID_AA64MMFR3_EL1_SDERR_MASK                     GENMASK(55, 52)
#define ID_AA64MMFR3_EL1_SDERR_SHIFT                    52
#define ID_AA64MMFR3_EL1_SDERR_WIDTH                    4
#define ID_AA64MMFR3_EL1_SDERR_SIGNED                   false
#define ID_AA64MMFR3_EL1_SDERR_NI                       UL(0b0000)
#define ID_AA64MMFR3_EL1_SDERR_DEV_SYNC                 UL(0b0001)
#define ID_AA64MMFR3_EL1_SDERR_FEAT_ADERR               UL(0b0010)
#define ID_AA64MMFR3_EL1_SDERR_FEAT_ADERR_IND           UL(0b0011)

#define ID_AA64MMFR3_EL1_ANERR                          GENMASK(47, 44)
#define ID_AA64MMFR3_EL1_ANERR_MASK                     GENMASK(47, 44)
#define ID_AA64MMFR3_EL1_ANERR_SHIFT                    44
#define ID_AA64MMFR3_EL1_ANERR_WIDTH                    4
#define ID_AA64MMFR3_EL1_ANERR_SIGNED                   false
#define ID_AA64MMFR3_EL1_ANERR_NI                       UL(0b0000)
#define ID_AA64MMFR3_EL1_ANERR_ASYNC                    UL(0b0001)
#define ID_AA64MMFR3_EL1_ANERR_FEAT_ANERR               UL(0b0010)
#define ID_AA64MMFR3_EL1_ANERR_FEAT_ANERR_IND           UL(0b0011)

#define ID_AA64MMFR3_EL1_SNERR                          GENMASK(43, 40)
#define ID_AA64MMFR3_EL1_SNERR_MASK                     GENMASK(43, 40)
#define ID_AA64MMFR3_EL1_SNERR_SHIFT                    40
#define ID_AA64MMFR3_EL1_SNERR_WIDTH                    4
#define ID_AA64MMFR3_EL1_SNERR_SIGNED                   false
#define ID_AA64MMFR3_EL1_SNERR_NI                       UL(0b0000)
#define ID_AA64MMFR3_EL1_SNERR_SYNC                     UL(0b0001)
#define ID_AA64MMFR3_EL1_SNERR_FEAT_ANERR               UL(0b0010)
#define ID_AA64MMFR3_EL1_SNERR_FEAT_ANERR_IND           UL(0b0011)

#define ID_AA64MMFR3_EL1_D128_2                         GENMASK(39, 36)
#define ID_AA64MMFR3_EL1_D128_2_MASK                    GENMASK(39, 36)
#define ID_AA64MMFR3_EL1_D128_2_SHIFT                   36
#define ID_AA64MMFR3_EL1_D128_2_WIDTH                   4
#define ID_AA64MMFR3_EL1_D128_2_SIGNED                  false
#define ID_AA64MMFR3_EL1_D128_2_NI                      UL(0b0000)
#define ID_AA64MMFR3_EL1_D128_2_IMP                     UL(0b0001)

#define ID_AA64MMFR3_EL1_D128                           GENMASK(35, 32)
#define ID_AA64MMFR3_EL1_D128_MASK                      GENMASK(35, 32)
#define ID_AA64MMFR3_EL1_D128_SHIFT                     32
#define ID_AA64MMFR3_EL1_D128_WIDTH                     4
#define ID_AA64MMFR3_EL1_D128_SIGNED                    false
#define ID_AA64MMFR3_EL1_D128_NI                        UL(0b0000)
#define ID_AA64MMFR3_EL1_D128_IMP                       UL(0b0001)

#define ID_AA64MMFR3_EL1_MEC                            GENMASK(31, 28)
#define ID_AA64MMFR3_EL1_MEC_MASK                       GENMASK(31, 28)
#define ID_AA64MMFR3_EL1_MEC_SHIFT                      28
#define ID_AA64MMFR3_EL1_MEC_WIDTH                      4
#define ID_AA64MMFR3_EL1_MEC_SIGNED                     false
#define ID_AA64MMFR3_EL1_MEC_NI                         UL(0b0000)
#define ID_AA64MMFR3_EL1_MEC_IMP                        UL(0b0001)

#define ID_AA64MMFR3_EL1_AIE                            GENMASK(27, 24)
#define ID_AA64MMFR3_EL1_AIE_MASK                       GENMASK(27, 24)
#define ID_AA64MMFR3_EL1_AIE_SHIFT                      24
#define ID_AA64MMFR3_EL1_AIE_WIDTH                      4
#define ID_AA64MMFR3_EL1_AIE_SIGNED                     false
#define ID_AA64MMFR3_EL1_AIE_NI                         UL(0b0000)
#define ID_AA64MMFR3_EL1_AIE_IMP                        UL(0b0001)

#define ID_AA64MMFR3_EL1_S2POE                          GENMASK(23, 20)
#define ID_AA64MMFR3_EL1_S2POE_MASK                     GENMASK(23, 20)
#define ID_AA64MMFR3_EL1_S2POE_SHIFT                    20
#define ID_AA64MMFR3_EL1_S2POE_WIDTH                    4
#define ID_AA64MMFR3_EL1_S2POE_SIGNED                   false
#define ID_AA64MMFR3_EL1_S2POE_NI                       UL(0b0000)
#define ID_AA64MMFR3_EL1_S2POE_IMP                      UL(0b0001)

#define ID_AA64MMFR3_EL1_S1POE                          GENMASK(19, 16)
#define ID_AA64MMFR3_EL1_S1POE_MASK                     GENMASK(19, 16)
#define ID_AA64MMFR3_EL1_S1POE_SHIFT                    16
#define ID_AA64MMFR3_EL1_S1POE_WIDTH                    4
#define ID_AA64MMFR3_EL1_S1POE_SIGNED                   false
#define ID_AA64MMFR3_EL1_S1POE_NI                       UL(0b0000)
#define ID_AA64MMFR3_EL1_S1POE_IMP                      UL(0b0001)

#define ID_AA64MMFR3_EL1_S2PIE                          GENMASK(15, 12)
#define ID_AA64MMFR3_EL1_S2PIE_MASK                     GENMASK(15, 12)
#define ID_AA64MMFR3_EL1_S2PIE_SHIFT                    12
#define ID_AA64MMFR3_EL1_S2PIE_WIDTH                    4
#define ID_AA64MMFR3_EL1_S2PIE_SIGNED                   false
#define ID_AA64MMFR3_EL1_S2PIE_NI                       UL(0b0000)
#define ID_AA64MMFR3_EL1_S2PIE_IMP                      UL(0b0001)

#define ID_AA64MMFR3_EL1_S1PIE                          GENMASK(11, 8)
#define ID_AA64MMFR3_EL1_S1PIE_MASK                     GENMASK(11, 8)
#define ID_AA64MMFR3_EL1_S1PIE_SHIFT                    8
#define ID_AA64MMFR3_EL1_S1PIE_WIDTH                    4
#define ID_AA64MMFR3_EL1_S1PIE_SIGNED                   false
#define ID_AA64MMFR3_EL1_S1PIE_NI                       UL(0b0000)
#define ID_AA64MMFR3_EL1_S1PIE_IMP                      UL(0b0001)

#define ID_AA64MMFR3_EL1_SCTLRX                         GENMASK(7, 4)
#define ID_AA64MMFR3_EL1_SCTLRX_MASK                    GENMASK(7, 4)
#define ID_AA64MMFR3_EL1_SCTLRX_SHIFT                   4
#define ID_AA64MMFR3_EL1_SCTLRX_WIDTH                   4
#define ID_AA64MMFR3_EL1_SCTLRX_SIGNED                  false
#define ID_AA64MMFR3_EL1_SCTLRX_NI                      UL(0b0000)
#define ID_AA64MMFR3_EL1_SCTLRX_IMP                     UL(0b0001)

#define ID_AA64MMFR3_EL1_TCRX                           GENMASK(3, 0)
#define ID_AA64MMFR3_EL1_TCRX_MASK                      GENMASK(3, 0)
#define ID_AA64MMFR3_EL1_TCRX_SHIFT                     0
#define ID_AA64MMFR3_EL1_TCRX_WIDTH                     4
#define ID_AA64MMFR3_EL1_TCRX_SIGNED                    false
#define ID_AA64MMFR3_EL1_TCRX_NI                        UL(0b0000)
#define ID_AA64MMFR3_EL1_TCRX_IMP                       UL(0b0001)

#define ID_AA64MMFR3_EL1_RES0                           (UL(0) | GENMASK_ULL(51, 48))
#define ID_AA64MMFR3_EL1_RES1                           (UL(0))
#define ID_AA64MMFR3_EL1_UNKN                           (UL(0))

#define REG_ID_AA64MMFR4_EL1                            S3_0_C0_C7_4
#define SYS_ID_AA64MMFR4_EL1                            sys_reg(3, 0, 0, 7, 4)
#define SYS_ID_AA64MMFR4_EL1_Op0                        3
#define SYS_ID_AA64MMFR4_EL1_Op1                        0
#define SYS_ID_AA64MMFR4_EL1_CRn                        0
#define SYS_ID_AA64MMFR4_EL1_CRm                        7
#define SYS_ID_AA64MMFR4_EL1_Op2                        4

#define ID_AA64MMFR4_EL1_E3DSE                          GENMASK(39, 36)
#define ID_AA64MMFR4_EL1_E3DSE_MASK                     GENMASK(39, 36)
#define ID_AA64MMFR4_EL1_E3DSE_SHIFT                    36
#define ID_AA64MMFR4_EL1_E3DSE_WIDTH                    4
#define ID_AA64MMFR4_EL1_E3DSE_SIGNED                   false
#define ID_AA64MMFR4_EL1_E3DSE_NI                       UL(0b0000)
#define ID_AA64MMFR4_EL1_E3DSE_IMP                      UL(0b0001)

#define ID_AA64MMFR4_EL1_E2H0                           GENMASK(27, 24)
#define ID_AA64MMFR4_EL1_E2H0_MASK                      GENMASK(27, 24)
#define ID_AA64MMFR4_EL1_E2H0_SHIFT                     24
#define ID_AA64MMFR4_EL1_E2H0_WIDTH                     4
#define ID_AA64MMFR4_EL1_E2H0_SIGNED                    true
#define ID_AA64MMFR4_EL1_E2H0_IMP                       UL(0b0000)
#define ID_AA64MMFR4_EL1_E2H0_NI_NV1                    UL(0b1110)
#define ID_AA64MMFR4_EL1_E2H0_NI                        UL(0b1111)

#define ID_AA64MMFR4_EL1_NV_frac                        GENMASK(23, 20)
#define ID_AA64MMFR4_EL1_NV_frac_MASK                   GENMASK(23, 20)
#define ID_AA64MMFR4_EL1_NV_frac_SHIFT                  20
#define ID_AA64MMFR4_EL1_NV_frac_WIDTH                  4
#define ID_AA64MMFR4_EL1_NV_frac_SIGNED                 false
#define ID_AA64MMFR4_EL1_NV_frac_NV_NV2                 UL(0b0000)
#define ID_AA64MMFR4_EL1_NV_frac_NV2_ONLY               UL(0b0001)

#define ID_AA64MMFR4_EL1_FGWTE3                         GENMASK(19, 16)
#define ID_AA64MMFR4_EL1_FGWTE3_MASK                    GENMASK(19, 16)
#define ID_AA64MMFR4_EL1_FGWTE3_SHIFT                   16
#define ID_AA64MMFR4_EL1_FGWTE3_WIDTH                   4
#define ID_AA64MMFR4_EL1_FGWTE3_SIGNED                  false
#define ID_AA64MMFR4_EL1_FGWTE3_NI                      UL(0b0000)
#define ID_AA64MMFR4_EL1_FGWTE3_IMP                     UL(0b0001)

#define ID_AA64MMFR4_EL1_HACDBS                         GENMASK(15, 12)
#define ID_AA64MMFR4_EL1_HACDBS_MASK                    GENMASK(15, 12)
#define ID_AA64MMFR4_EL1_HACDBS_SHIFT                   12
#define ID_AA64MMFR4_EL1_HACDBS_WIDTH                   4
#define ID_AA64MMFR4_EL1_HACDBS_SIGNED                  false
#define ID_AA64MMFR4_EL1_HACDBS_NI                      UL(0b0000)
#define ID_AA64MMFR4_EL1_HACDBS_IMP                     UL(0b0001)

#define ID_AA64MMFR4_EL1_ASID2                          GENMASK(11, 8)
#define ID_AA64MMFR4_EL1_ASID2_MASK                     GENMASK(11, 8)
#define ID_AA64MMFR4_EL1_ASID2_SHIFT                    8
#define ID_AA64MMFR4_EL1_ASID2_WIDTH                    4
#define ID_AA64MMFR4_EL1_ASID2_SIGNED                   false
#define ID_AA64MMFR4_EL1_ASID2_NI                       UL(0b0000)
#define ID_AA64MMFR4_EL1_ASID2_IMP                      UL(0b0001)

#define ID_AA64MMFR4_EL1_EIESB                          GENMASK(7, 4)
#define ID_AA64MMFR4_EL1_EIESB_MASK                     GENMASK(7, 4)
#define ID_AA64MMFR4_EL1_EIESB_SHIFT                    4
#define ID_AA64MMFR4_EL1_EIESB_WIDTH                    4
#define ID_AA64MMFR4_EL1_EIESB_SIGNED                   false
#define ID_AA64MMFR4_EL1_EIESB_NI                       UL(0b0000)
#define ID_AA64MMFR4_EL1_EIESB_ToEL3                    UL(0b0001)
#define ID_AA64MMFR4_EL1_EIESB_ToELx                    UL(0b0010)
#define ID_AA64MMFR4_EL1_EIESB_ANY                      UL(0b1111)

#define ID_AA64MMFR4_EL1_RES0                           (UL(0) | GENMASK_ULL(63, 40) | GENMASK_ULL(35, 28) | GENMASK_ULL(3, 0))
#define ID_AA64MMFR4_EL1_RES1                           (UL(0))
#define ID_AA64MMFR4_EL1_UNKN                           (UL(0))

#define REG_CNTFRQ_EL0                                  S3_3_C14_C0_0
#define SYS_CNTFRQ_EL0                                  sys_reg(3, 3, 14, 0, 0)
#define SYS_CNTFRQ_EL0_Op0                              3
#define SYS_CNTFRQ_EL0_Op1                              3
#define SYS_CNTFRQ_EL0_CRn                              14
#define SYS_CNTFRQ_EL0_CRm                              0
#define SYS_CNTFRQ_EL0_Op2                              0

#define CNTFRQ_EL0_ClockFreq                            GENMASK(31, 0)
#define CNTFRQ_EL0_ClockFreq_MASK                       GENMASK(31, 0)
#define CNTFRQ_EL0_ClockFreq_SHIFT                      0
#define CNTFRQ_EL0_ClockFreq_WIDTH                      32

#define CNTFRQ_EL0_RES0                                 (UL(0) | GENMASK_ULL(63, 32))
#define CNTFRQ_EL0_RES1                                 (UL(0))
#define CNTFRQ_EL0_UNKN                                 (UL(0))

#define REG_CTR_EL0                                     S3_3_C0_C0_1
#define SYS_CTR_EL0                                     sys_reg(3, 3, 0, 0, 1)
#define SYS_CTR_EL0_Op0                                 3
#define SYS_CTR_EL0_Op1                                 3
#define SYS_CTR_EL0_CRn                                 0
#define SYS_CTR_EL0_CRm                                 0
#define SYS_CTR_EL0_Op2                                 1

#define CTR_EL0_TminLine                                GENMASK(37, 32)
#define CTR_EL0_TminLine_MASK                           GENMASK(37, 32)
#define CTR_EL0_TminLine_SHIFT                          32
#define CTR_EL0_TminLine_WIDTH                          6

#define CTR_EL0_DIC                                     GENMASK(29, 29)
#define CTR_EL0_DIC_MASK                                GENMASK(29, 29)
#define CTR_EL0_DIC_SHIFT                               29
#define CTR_EL0_DIC_WIDTH                               1

#define CTR_EL0_IDC                                     GENMASK(28, 28)
#define CTR_EL0_IDC_MASK                                GENMASK(28, 28)
#define CTR_EL0_IDC_SHIFT                               28
#define CTR_EL0_IDC_WIDTH                               1

#define CTR_EL0_CWG                                     GENMASK(27, 24)
#define CTR_EL0_CWG_MASK                                GENMASK(27, 24)
#define CTR_EL0_CWG_SHIFT                               24
#define CTR_EL0_CWG_WIDTH                               4

#define CTR_EL0_ERG                                     GENMASK(23, 20)
#define CTR_EL0_ERG_MASK                                GENMASK(23, 20)
#define CTR_EL0_ERG_SHIFT                               20
#define CTR_EL0_ERG_WIDTH                               4

#define CTR_EL0_DminLine                                GENMASK(19, 16)
#define CTR_EL0_DminLine_MASK                           GENMASK(19, 16)
#define CTR_EL0_DminLine_SHIFT                          16
#define CTR_EL0_DminLine_WIDTH                          4

#define CTR_EL0_L1Ip                                    GENMASK(15, 14)
#define CTR_EL0_L1Ip_MASK                               GENMASK(15, 14)
#define CTR_EL0_L1Ip_SHIFT                              14
#define CTR_EL0_L1Ip_WIDTH                              2
#define CTR_EL0_L1Ip_RESERVED_VPIPT                     UL(0b00)
#define CTR_EL0_L1Ip_RESERVED_AIVIVT                    UL(0b01)
#define CTR_EL0_L1Ip_VIPT                               UL(0b10)
#define CTR_EL0_L1Ip_PIPT                               UL(0b11)

#define CTR_EL0_IminLine                                GENMASK(3, 0)
#define CTR_EL0_IminLine_MASK                           GENMASK(3, 0)
#define CTR_EL0_IminLine_SHIFT                          0
#define CTR_EL0_IminLine_WIDTH                          4

#define CTR_EL0_RES0                                    (UL(0) | GENMASK_ULL(63, 38) | GENMASK_ULL(30, 30) | GENMASK_ULL(13, 4))
#define CTR_EL0_RES1                                    (UL(0) | GENMASK_ULL(31, 31))
#define CTR_EL0_UNKN                                    (UL(0))

#define REG_AIDR_EL1                                    S3_1_C0_C0_7
#define SYS_AIDR_EL1                                    sys_reg(3, 1, 0, 0, 7)
#define SYS_AIDR_EL1_Op0                                3
#define SYS_AIDR_EL1_Op1                                1
#define SYS_AIDR_EL1_CRn                                0
#define SYS_AIDR_EL1_CRm                                0
#define SYS_AIDR_EL1_Op2                                7

#define AIDR_EL1_IMPDEF                                 GENMASK(63, 0)
#define AIDR_EL1_IMPDEF_MASK                            GENMASK(63, 0)
#define AIDR_EL1_IMPDEF_SHIFT                           0
#define AIDR_EL1_IMPDEF_WIDTH                           64

#define AIDR_EL1_RES0                                   (UL(0))
#define AIDR_EL1_RES1                                   (UL(0))
#define AIDR_EL1_UNKN                                   (UL(0))

#define REG_ICH_VTR_EL2                                 S3_4_C12_C11_1
#define SYS_ICH_VTR_EL2                                 sys_reg(3, 4, 12, 11, 1)
#define SYS_ICH_VTR_EL2_Op0                             3
#define SYS_ICH_VTR_EL2_Op1                             4
#define SYS_ICH_VTR_EL2_CRn                             12
#define SYS_ICH_VTR_EL2_CRm                             11
#define SYS_ICH_VTR_EL2_Op2                             1

#define ICH_VTR_EL2_PRIbits                             GENMASK(31, 29)
#define ICH_VTR_EL2_PRIbits_MASK                        GENMASK(31, 29)
#define ICH_VTR_EL2_PRIbits_SHIFT                       29
#define ICH_VTR_EL2_PRIbits_WIDTH                       3

#define ICH_VTR_EL2_PREbits                             GENMASK(28, 26)
#define ICH_VTR_EL2_PREbits_MASK                        GENMASK(28, 26)
#define ICH_VTR_EL2_PREbits_SHIFT                       26
#define ICH_VTR_EL2_PREbits_WIDTH                       3

#define ICH_VTR_EL2_IDbits                              GENMASK(25, 23)
#define ICH_VTR_EL2_IDbits_MASK                         GENMASK(25, 23)
#define ICH_VTR_EL2_IDbits_SHIFT                        23
#define ICH_VTR_EL2_IDbits_WIDTH                        3

#define ICH_VTR_EL2_SEIS                                GENMASK(22, 22)
#define ICH_VTR_EL2_SEIS_MASK                           GENMASK(22, 22)
#define ICH_VTR_EL2_SEIS_SHIFT                          22
#define ICH_VTR_EL2_SEIS_WIDTH                          1

#define ICH_VTR_EL2_A3V                                 GENMASK(21, 21)
#define ICH_VTR_EL2_A3V_MASK                            GENMASK(21, 21)
#define ICH_VTR_EL2_A3V_SHIFT                           21
#define ICH_VTR_EL2_A3V_WIDTH                           1

#define ICH_VTR_EL2_nV4                                 GENMASK(20, 20)
#define ICH_VTR_EL2_nV4_MASK                            GENMASK(20, 20)
#define ICH_VTR_EL2_nV4_SHIFT                           20
#define ICH_VTR_EL2_nV4_WIDTH                           1

#define ICH_VTR_EL2_TDS                                 GENMASK(19, 19)
#define ICH_VTR_EL2_TDS_MASK                            GENMASK(19, 19)
#define ICH_VTR_EL2_TDS_SHIFT                           19
#define ICH_VTR_EL2_TDS_WIDTH                           1

#define ICH_VTR_EL2_DVIM                                GENMASK(18, 18)
#define ICH_VTR_EL2_DVIM_MASK                           GENMASK(18, 18)
#define ICH_VTR_EL2_DVIM_SHIFT                          18
#define ICH_VTR_EL2_DVIM_WIDTH                          1

#define ICH_VTR_EL2_ListRegs                            GENMASK(4, 0)
#define ICH_VTR_EL2_ListRegs_MASK                       GENMASK(4, 0)
#define ICH_VTR_EL2_ListRegs_SHIFT                      0
#define ICH_VTR_EL2_ListRegs_WIDTH                      5

#define ICH_VTR_EL2_RES0                                (UL(0) | GENMASK_ULL(63, 32) | GENMASK_ULL(17, 5))
#define ICH_VTR_EL2_RES1                                (UL(0))
#define ICH_VTR_EL2_UNKN                                (UL(0))

#define REG_PMMIR_EL1                                   S3_0_C9_C14_6
#define SYS_PMMIR_EL1                                   sys_reg(3, 0, 9, 14, 6)
#define SYS_PMMIR_EL1_Op0                               3
#define SYS_PMMIR_EL1_Op1                               0
#define SYS_PMMIR_EL1_CRn                               9
#define SYS_PMMIR_EL1_CRm                               14
#define SYS_PMMIR_EL1_Op2                               6

#define PMMIR_EL1_SME                                   GENMASK(28, 28)
#define PMMIR_EL1_SME_MASK                              GENMASK(28, 28)
#define PMMIR_EL1_SME_SHIFT                             28
#define PMMIR_EL1_SME_WIDTH                             1

#define PMMIR_EL1_EDGE                                  GENMASK(27, 24)
#define PMMIR_EL1_EDGE_MASK                             GENMASK(27, 24)
#define PMMIR_EL1_EDGE_SHIFT                            24
#define PMMIR_EL1_EDGE_WIDTH                            4

#define PMMIR_EL1_THWIDTH                               GENMASK(23, 20)
#define PMMIR_EL1_THWIDTH_MASK                          GENMASK(23, 20)
#define PMMIR_EL1_THWIDTH_SHIFT                         20
#define PMMIR_EL1_THWIDTH_WIDTH                         4

#define PMMIR_EL1_BUS_WIDTH                             GENMASK(19, 16)
#define PMMIR_EL1_BUS_WIDTH_MASK                        GENMASK(19, 16)
#define PMMIR_EL1_BUS_WIDTH_SHIFT                       16
#define PMMIR_EL1_BUS_WIDTH_WIDTH                       4

#define PMMIR_EL1_BUS_SLOTS                             GENMASK(15, 8)
#define PMMIR_EL1_BUS_SLOTS_MASK                        GENMASK(15, 8)
#define PMMIR_EL1_BUS_SLOTS_SHIFT                       8
#define PMMIR_EL1_BUS_SLOTS_WIDTH                       8

#define PMMIR_EL1_SLOTS                                 GENMASK(7, 0)
#define PMMIR_EL1_SLOTS_MASK                            GENMASK(7, 0)
#define PMMIR_EL1_SLOTS_SHIFT                           0
#define PMMIR_EL1_SLOTS_WIDTH                           8

#define PMMIR_EL1_RES0                                  (UL(0) | GENMASK_ULL(63, 29))
#define PMMIR_EL1_RES1                                  (UL(0))
#define PMMIR_EL1_UNKN                                  (UL(0))

#define REG_PMCR_EL0                                    S3_3_C9_C12_0
#define SYS_PMCR_EL0                                    sys_reg(3, 3, 9, 12, 0)
#define SYS_PMCR_EL0_Op0                                3
#define SYS_PMCR_EL0_Op1                                3
#define SYS_PMCR_EL0_CRn                                9
#define SYS_PMCR_EL0_CRm                                12
#define SYS_PMCR_EL0_Op2                                0

#define PMCR_EL0_FZS                                    GENMASK(32, 32)
#define PMCR_EL0_FZS_MASK                               GENMASK(32, 32)
#define PMCR_EL0_FZS_SHIFT                              32
#define PMCR_EL0_FZS_WIDTH                              1

#define PMCR_EL0_IMP                                    GENMASK(31, 24)
#define PMCR_EL0_IMP_MASK                               GENMASK(31, 24)
#define PMCR_EL0_IMP_SHIFT                              24
#define PMCR_EL0_IMP_WIDTH                              8

#define PMCR_EL0_IDCODE                                 GENMASK(23, 16)
#define PMCR_EL0_IDCODE_MASK                            GENMASK(23, 16)
#define PMCR_EL0_IDCODE_SHIFT                           16
#define PMCR_EL0_IDCODE_WIDTH                           8

#define PMCR_EL0_N                                      GENMASK(15, 11)
#define PMCR_EL0_N_MASK                                 GENMASK(15, 11)
#define PMCR_EL0_N_SHIFT                                11
#define PMCR_EL0_N_WIDTH                                5

#define PMCR_EL0_FZO                                    GENMASK(9, 9)
#define PMCR_EL0_FZO_MASK                               GENMASK(9, 9)
#define PMCR_EL0_FZO_SHIFT                              9
#define PMCR_EL0_FZO_WIDTH                              1

#define PMCR_EL0_LP                                     GENMASK(7, 7)
#define PMCR_EL0_LP_MASK                                GENMASK(7, 7)
#define PMCR_EL0_LP_SHIFT                               7
#define PMCR_EL0_LP_WIDTH                               1

#define PMCR_EL0_LC                                     GENMASK(6, 6)
#define PMCR_EL0_LC_MASK                                GENMASK(6, 6)
#define PMCR_EL0_LC_SHIFT                               6
#define PMCR_EL0_LC_WIDTH                               1

#define PMCR_EL0_DP                                     GENMASK(5, 5)
#define PMCR_EL0_DP_MASK                                GENMASK(5, 5)
#define PMCR_EL0_DP_SHIFT                               5
#define PMCR_EL0_DP_WIDTH                               1

#define PMCR_EL0_X                                      GENMASK(4, 4)
#define PMCR_EL0_X_MASK                                 GENMASK(4, 4)
#define PMCR_EL0_X_SHIFT                                4
#define PMCR_EL0_X_WIDTH                                1

#define PMCR_EL0_D                                      GENMASK(3, 3)
#define PMCR_EL0_D_MASK                                 GENMASK(3, 3)
#define PMCR_EL0_D_SHIFT                                3
#define PMCR_EL0_D_WIDTH                                1

#define PMCR_EL0_C                                      GENMASK(2, 2)
#define PMCR_EL0_C_MASK                                 GENMASK(2, 2)
#define PMCR_EL0_C_SHIFT                                2
#define PMCR_EL0_C_WIDTH                                1

#define PMCR_EL0_P                                      GENMASK(1, 1)
#define PMCR_EL0_P_MASK                                 GENMASK(1, 1)
#define PMCR_EL0_P_SHIFT                                1
#define PMCR_EL0_P_WIDTH                                1

#define PMCR_EL0_E                                      GENMASK(0, 0)
#define PMCR_EL0_E_MASK                                 GENMASK(0, 0)
#define PMCR_EL0_E_SHIFT                                0
#define PMCR_EL0_E_WIDTH                                1

#define PMCR_EL0_RES0                                   (UL(0) | GENMASK_ULL(63, 33) | GENMASK_ULL(10, 10) | GENMASK_ULL(8, 8))
#define PMCR_EL0_RES1                                   (UL(0))
#define PMCR_EL0_UNKN                                   (UL(0))

#define PMCEIDx_EL0_IDhi                                GENMASK(63, 32)
#define PMCEIDx_EL0_IDhi_MASK                           GENMASK(63, 32)
#define PMCEIDx_EL0_IDhi_SHIFT                          32
#define PMCEIDx_EL0_IDhi_WIDTH                          32

#define PMCEIDx_EL0_ID                                  GENMASK(31, 0)
#define PMCEIDx_EL0_ID_MASK                             GENMASK(31, 0)
#define PMCEIDx_EL0_ID_SHIFT                            0
#define PMCEIDx_EL0_ID_WIDTH                            32

#define PMCEIDx_EL0_RES0                                (UL(0))
#define PMCEIDx_EL0_RES1                                (UL(0))
#define PMCEIDx_EL0_UNKN                                (UL(0))

#define REG_PMCEID0_EL0                                 S3_3_C9_C12_6
#define SYS_PMCEID0_EL0                                 sys_reg(3, 3, 9, 12, 6)
#define SYS_PMCEID0_EL0_Op0                             3
#define SYS_PMCEID0_EL0_Op1                             3
#define SYS_PMCEID0_EL0_CRn                             9
#define SYS_PMCEID0_EL0_CRm                             12
#define SYS_PMCEID0_EL0_Op2                             6

/* For PMCEID0_EL0 fields see PMCEIDx_EL0 */

#define REG_PMCEID1_EL0                                 S3_3_C9_C12_7
#define SYS_PMCEID1_EL0                                 sys_reg(3, 3, 9, 12, 7)
#define SYS_PMCEID1_EL0_Op0                             3
#define SYS_PMCEID1_EL0_Op1                             3
#define SYS_PMCEID1_EL0_CRn                             9
#define SYS_PMCEID1_EL0_CRm                             12
#define SYS_PMCEID1_EL0_Op2                             7

/* For PMCEID1_EL0 fields see PMCEIDx_EL0 */

#define REG_CLIDR_EL1                                   S3_1_C0_C0_1
#define SYS_CLIDR_EL1                                   sys_reg(3, 1, 0, 0, 1)
#define SYS_CLIDR_EL1_Op0                               3
#define SYS_CLIDR_EL1_Op1                               1
#define SYS_CLIDR_EL1_CRn                               0
#define SYS_CLIDR_EL1_CRm                               0
#define SYS_CLIDR_EL1_Op2                               1

#define CLIDR_EL1_Ttypen                                GENMASK(46, 33)
#define CLIDR_EL1_Ttypen_MASK                           GENMASK(46, 33)
#define CLIDR_EL1_Ttypen_SHIFT                          33
#define CLIDR_EL1_Ttypen_WIDTH                          14

#define CLIDR_EL1_ICB                                   GENMASK(32, 30)
#define CLIDR_EL1_ICB_MASK                              GENMASK(32, 30)
#define CLIDR_EL1_ICB_SHIFT                             30
#define CLIDR_EL1_ICB_WIDTH                             3

#define CLIDR_EL1_LoUU                                  GENMASK(29, 27)
#define CLIDR_EL1_LoUU_MASK                             GENMASK(29, 27)
#define CLIDR_EL1_LoUU_SHIFT                            27
#define CLIDR_EL1_LoUU_WIDTH                            3

#define CLIDR_EL1_LoC                                   GENMASK(26, 24)
#define CLIDR_EL1_LoC_MASK                              GENMASK(26, 24)
#define CLIDR_EL1_LoC_SHIFT                             24
#define CLIDR_EL1_LoC_WIDTH                             3

#define CLIDR_EL1_LoUIS                                 GENMASK(23, 21)
#define CLIDR_EL1_LoUIS_MASK                            GENMASK(23, 21)
#define CLIDR_EL1_LoUIS_SHIFT                           21
#define CLIDR_EL1_LoUIS_WIDTH                           3

#define CLIDR_EL1_Ctype7                                GENMASK(20, 18)
#define CLIDR_EL1_Ctype7_MASK                           GENMASK(20, 18)
#define CLIDR_EL1_Ctype7_SHIFT                          18
#define CLIDR_EL1_Ctype7_WIDTH                          3

#define CLIDR_EL1_Ctype6                                GENMASK(17, 15)
#define CLIDR_EL1_Ctype6_MASK                           GENMASK(17, 15)
#define CLIDR_EL1_Ctype6_SHIFT                          15
#define CLIDR_EL1_Ctype6_WIDTH                          3

#define CLIDR_EL1_Ctype5                                GENMASK(14, 12)
#define CLIDR_EL1_Ctype5_MASK                           GENMASK(14, 12)
#define CLIDR_EL1_Ctype5_SHIFT                          12
#define CLIDR_EL1_Ctype5_WIDTH                          3

#define CLIDR_EL1_Ctype4                                GENMASK(11, 9)
#define CLIDR_EL1_Ctype4_MASK                           GENMASK(11, 9)
#define CLIDR_EL1_Ctype4_SHIFT                          9
#define CLIDR_EL1_Ctype4_WIDTH                          3

#define CLIDR_EL1_Ctype3                                GENMASK(8, 6)
#define CLIDR_EL1_Ctype3_MASK                           GENMASK(8, 6)
#define CLIDR_EL1_Ctype3_SHIFT                          6
#define CLIDR_EL1_Ctype3_WIDTH                          3

#define CLIDR_EL1_Ctype2                                GENMASK(5, 3)
#define CLIDR_EL1_Ctype2_MASK                           GENMASK(5, 3)
#define CLIDR_EL1_Ctype2_SHIFT                          3
#define CLIDR_EL1_Ctype2_WIDTH                          3

#define CLIDR_EL1_Ctype1                                GENMASK(2, 0)
#define CLIDR_EL1_Ctype1_MASK                           GENMASK(2, 0)
#define CLIDR_EL1_Ctype1_SHIFT                          0
#define CLIDR_EL1_Ctype1_WIDTH                          3

#define CLIDR_EL1_RES0                                  (UL(0) | GENMASK_ULL(63, 47))
#define CLIDR_EL1_RES1                                  (UL(0))
#define CLIDR_EL1_UNKN                                  (UL(0))

#define REG_CSSELR_EL1                                  S3_2_C0_C0_0
#define SYS_CSSELR_EL1                                  sys_reg(3, 2, 0, 0, 0)
#define SYS_CSSELR_EL1_Op0                              3
#define SYS_CSSELR_EL1_Op1                              2
#define SYS_CSSELR_EL1_CRn                              0
#define SYS_CSSELR_EL1_CRm                              0
#define SYS_CSSELR_EL1_Op2                              0

#define CSSELR_EL1_TnD                                  GENMASK(4, 4)
#define CSSELR_EL1_TnD_MASK                             GENMASK(4, 4)
#define CSSELR_EL1_TnD_SHIFT                            4
#define CSSELR_EL1_TnD_WIDTH                            1

#define CSSELR_EL1_Level                                GENMASK(3, 1)
#define CSSELR_EL1_Level_MASK                           GENMASK(3, 1)
#define CSSELR_EL1_Level_SHIFT                          1
#define CSSELR_EL1_Level_WIDTH                          3

#define CSSELR_EL1_InD                                  GENMASK(0, 0)
#define CSSELR_EL1_InD_MASK                             GENMASK(0, 0)
#define CSSELR_EL1_InD_SHIFT                            0
#define CSSELR_EL1_InD_WIDTH                            1

#define CSSELR_EL1_RES0                                 (UL(0) | GENMASK_ULL(63, 5))
#define CSSELR_EL1_RES1                                 (UL(0))
#define CSSELR_EL1_UNKN                                 (UL(0))

#define REG_CCSIDR_EL1                                  S3_1_C0_C0_0
#define SYS_CCSIDR_EL1                                  sys_reg(3, 1, 0, 0, 0)
#define SYS_CCSIDR_EL1_Op0                              3
#define SYS_CCSIDR_EL1_Op1                              1
#define SYS_CCSIDR_EL1_CRn                              0
#define SYS_CCSIDR_EL1_CRm                              0
#define SYS_CCSIDR_EL1_Op2                              0

#define CCSIDR_EL1_NumSets                              GENMASK(27, 13)
#define CCSIDR_EL1_NumSets_MASK                         GENMASK(27, 13)
#define CCSIDR_EL1_NumSets_SHIFT                        13
#define CCSIDR_EL1_NumSets_WIDTH                        15

#define CCSIDR_EL1_Associativity                        GENMASK(12, 3)
#define CCSIDR_EL1_Associativity_MASK                   GENMASK(12, 3)
#define CCSIDR_EL1_Associativity_SHIFT                  3
#define CCSIDR_EL1_Associativity_WIDTH                  10

#define CCSIDR_EL1_LineSize                             GENMASK(2, 0)
#define CCSIDR_EL1_LineSize_MASK                        GENMASK(2, 0)
#define CCSIDR_EL1_LineSize_SHIFT                       0
#define CCSIDR_EL1_LineSize_WIDTH                       3

#define CCSIDR_EL1_RES0                                 (UL(0) | GENMASK_ULL(63, 32))
#define CCSIDR_EL1_RES1                                 (UL(0))
#define CCSIDR_EL1_UNKN                                 (UL(0) | GENMASK_ULL(31, 28))

#define REG_ACTLR_EL1                                   S3_0_C1_C0_1
#define SYS_ACTLR_EL1                                   sys_reg(3, 0, 1, 0, 1)
#define SYS_ACTLR_EL1_Op0                               3
#define SYS_ACTLR_EL1_Op1                               0
#define SYS_ACTLR_EL1_CRn                               1
#define SYS_ACTLR_EL1_CRm                               0
#define SYS_ACTLR_EL1_Op2                               1

#define ACTLR_EL1_IMPDEF                                GENMASK(63, 0)
#define ACTLR_EL1_IMPDEF_MASK                           GENMASK(63, 0)
#define ACTLR_EL1_IMPDEF_SHIFT                          0
#define ACTLR_EL1_IMPDEF_WIDTH                          64

#define ACTLR_EL1_RES0                                  (UL(0))
#define ACTLR_EL1_RES1                                  (UL(0))
#define ACTLR_EL1_UNKN                                  (UL(0))

#define REG_AFSR0_EL1                                   S3_0_C5_C1_0
#define SYS_AFSR0_EL1                                   sys_reg(3, 0, 5, 1, 0)
#define SYS_AFSR0_EL1_Op0                               3
#define SYS_AFSR0_EL1_Op1                               0
#define SYS_AFSR0_EL1_CRn                               5
#define SYS_AFSR0_EL1_CRm                               1
#define SYS_AFSR0_EL1_Op2                               0

#define AFSR0_EL1_IMPDEF                                GENMASK(63, 0)
#define AFSR0_EL1_IMPDEF_MASK                           GENMASK(63, 0)
#define AFSR0_EL1_IMPDEF_SHIFT                          0
#define AFSR0_EL1_IMPDEF_WIDTH                          64

#define AFSR0_EL1_RES0                                  (UL(0))
#define AFSR0_EL1_RES1                                  (UL(0))
#define AFSR0_EL1_UNKN                                  (UL(0))

#define REG_AFSR1_EL1                                   S3_0_C5_C1_1
#define SYS_AFSR1_EL1                                   sys_reg(3, 0, 5, 1, 1)
#define SYS_AFSR1_EL1_Op0                               3
#define SYS_AFSR1_EL1_Op1                               0
#define SYS_AFSR1_EL1_CRn                               5
#define SYS_AFSR1_EL1_CRm                               1
#define SYS_AFSR1_EL1_Op2                               1

#define AFSR1_EL1_IMPDEF                                GENMASK(63, 0)
#define AFSR1_EL1_IMPDEF_MASK                           GENMASK(63, 0)
#define AFSR1_EL1_IMPDEF_SHIFT                          0
#define AFSR1_EL1_IMPDEF_WIDTH                          64

#define AFSR1_EL1_RES0                                  (UL(0))
#define AFSR1_EL1_RES1                                  (UL(0))
#define AFSR1_EL1_UNKN                                  (UL(0))

#define REG_DISR_EL1                                    S3_0_C12_C1_1
#define SYS_DISR_EL1                                    sys_reg(3, 0, 12, 1, 1)
#define SYS_DISR_EL1_Op0                                3
#define SYS_DISR_EL1_Op1                                0
#define SYS_DISR_EL1_CRn                                12
#define SYS_DISR_EL1_CRm                                1
#define SYS_DISR_EL1_Op2                                1

#define DISR_EL1_A                                      GENMASK(31, 31)
#define DISR_EL1_A_MASK                                 GENMASK(31, 31)
#define DISR_EL1_A_SHIFT                                31
#define DISR_EL1_A_WIDTH                                1

#define DISR_EL1_IDS                                    GENMASK(24, 24)
#define DISR_EL1_IDS_MASK                               GENMASK(24, 24)
#define DISR_EL1_IDS_SHIFT                              24
#define DISR_EL1_IDS_WIDTH                              1

#define DISR_EL1_ISS                                    GENMASK(23, 0)
#define DISR_EL1_ISS_MASK                               GENMASK(23, 0)
#define DISR_EL1_ISS_SHIFT                              0
#define DISR_EL1_ISS_WIDTH                              24

#define DISR_EL1_RES0                                   (UL(0) | GENMASK_ULL(63, 32) | GENMASK_ULL(30, 25))
#define DISR_EL1_RES1                                   (UL(0))
#define DISR_EL1_UNKN                                   (UL(0))

#define REG_OSLSR_EL1                                   S2_0_C1_C1_4
#define SYS_OSLSR_EL1                                   sys_reg(2, 0, 1, 1, 4)
#define SYS_OSLSR_EL1_Op0                               2
#define SYS_OSLSR_EL1_Op1                               0
#define SYS_OSLSR_EL1_CRn                               1
#define SYS_OSLSR_EL1_CRm                               1
#define SYS_OSLSR_EL1_Op2                               4

#define OSLSR_EL1_OSLM_1                                GENMASK(3, 3)
#define OSLSR_EL1_OSLM_1_MASK                           GENMASK(3, 3)
#define OSLSR_EL1_OSLM_1_SHIFT                          3
#define OSLSR_EL1_OSLM_1_WIDTH                          1

#define OSLSR_EL1_nTT                                   GENMASK(2, 2)
#define OSLSR_EL1_nTT_MASK                              GENMASK(2, 2)
#define OSLSR_EL1_nTT_SHIFT                             2
#define OSLSR_EL1_nTT_WIDTH                             1

#define OSLSR_EL1_OSLK                                  GENMASK(1, 1)
#define OSLSR_EL1_OSLK_MASK                             GENMASK(1, 1)
#define OSLSR_EL1_OSLK_SHIFT                            1
#define OSLSR_EL1_OSLK_WIDTH                            1

#define OSLSR_EL1_OSLM_0                                GENMASK(0, 0)
#define OSLSR_EL1_OSLM_0_MASK                           GENMASK(0, 0)
#define OSLSR_EL1_OSLM_0_SHIFT                          0
#define OSLSR_EL1_OSLM_0_WIDTH                          1

#define OSLSR_EL1_RES0                                  (UL(0) | GENMASK_ULL(63, 4))
#define OSLSR_EL1_RES1                                  (UL(0))
#define OSLSR_EL1_UNKN                                  (UL(0))

#define REG_PAR_EL1                                     S3_0_C7_C4_0
#define SYS_PAR_EL1                                     sys_reg(3, 0, 7, 4, 0)
#define SYS_PAR_EL1_Op0                                 3
#define SYS_PAR_EL1_Op1                                 0
#define SYS_PAR_EL1_CRn                                 7
#define SYS_PAR_EL1_CRm                                 4
#define SYS_PAR_EL1_Op2                                 0

#define PAR_EL1_ATTR                                    GENMASK(63, 56)
#define PAR_EL1_ATTR_MASK                               GENMASK(63, 56)
#define PAR_EL1_ATTR_SHIFT                              56
#define PAR_EL1_ATTR_WIDTH                              8

#define PAR_EL1_PA                                      GENMASK(51, 12)
#define PAR_EL1_PA_MASK                                 GENMASK(51, 12)
#define PAR_EL1_PA_SHIFT                                12
#define PAR_EL1_PA_WIDTH                                40

#define PAR_EL1_NSE                                     GENMASK(11, 11)
#define PAR_EL1_NSE_MASK                                GENMASK(11, 11)
#define PAR_EL1_NSE_SHIFT                               11
#define PAR_EL1_NSE_WIDTH                               1

#define PAR_EL1_IMPDEF                                  GENMASK(10, 10)
#define PAR_EL1_IMPDEF_MASK                             GENMASK(10, 10)
#define PAR_EL1_IMPDEF_SHIFT                            10
#define PAR_EL1_IMPDEF_WIDTH                            1

#define PAR_EL1_NS                                      GENMASK(9, 9)
#define PAR_EL1_NS_MASK                                 GENMASK(9, 9)
#define PAR_EL1_NS_SHIFT                                9
#define PAR_EL1_NS_WIDTH                                1

#define PAR_EL1_SH                                      GENMASK(8, 7)
#define PAR_EL1_SH_MASK                                 GENMASK(8, 7)
#define PAR_EL1_SH_SHIFT                                7
#define PAR_EL1_SH_WIDTH                                2

#define PAR_EL1_F                                       GENMASK(0, 0)
#define PAR_EL1_F_MASK                                  GENMASK(0, 0)
#define PAR_EL1_F_SHIFT                                 0
#define PAR_EL1_F_WIDTH                                 1

#define PAR_EL1_RES0                                    (UL(0) | GENMASK_ULL(55, 52) | GENMASK_ULL(6, 1))
#define PAR_EL1_RES1                                    (UL(0))
#define PAR_EL1_UNKN                                    (UL(0))

#define PAR_EL1_F1_IMPDEF                               GENMASK(63, 48)
#define PAR_EL1_F1_IMPDEF_MASK                          GENMASK(63, 48)
#define PAR_EL1_F1_IMPDEF_SHIFT                         48
#define PAR_EL1_F1_IMPDEF_WIDTH                         16

#define PAR_EL1_F1_DirtyBit                             GENMASK(15, 15)
#define PAR_EL1_F1_DirtyBit_MASK                        GENMASK(15, 15)
#define PAR_EL1_F1_DirtyBit_SHIFT                       15
#define PAR_EL1_F1_DirtyBit_WIDTH                       1

#define PAR_EL1_F1_Overlay                              GENMASK(14, 14)
#define PAR_EL1_F1_Overlay_MASK                         GENMASK(14, 14)
#define PAR_EL1_F1_Overlay_SHIFT                        14
#define PAR_EL1_F1_Overlay_WIDTH                        1

#define PAR_EL1_F1_TopLevel                             GENMASK(13, 13)
#define PAR_EL1_F1_TopLevel_MASK                        GENMASK(13, 13)
#define PAR_EL1_F1_TopLevel_SHIFT                       13
#define PAR_EL1_F1_TopLevel_WIDTH                       1

#define PAR_EL1_F1_AssuredOnly                          GENMASK(12, 12)
#define PAR_EL1_F1_AssuredOnly_MASK                     GENMASK(12, 12)
#define PAR_EL1_F1_AssuredOnly_SHIFT                    12
#define PAR_EL1_F1_AssuredOnly_WIDTH                    1

#define PAR_EL1_F1_S                                    GENMASK(9, 9)
#define PAR_EL1_F1_S_MASK                               GENMASK(9, 9)
#define PAR_EL1_F1_S_SHIFT                              9
#define PAR_EL1_F1_S_WIDTH                              1

#define PAR_EL1_F1_PTW                                  GENMASK(8, 8)
#define PAR_EL1_F1_PTW_MASK                             GENMASK(8, 8)
#define PAR_EL1_F1_PTW_SHIFT                            8
#define PAR_EL1_F1_PTW_WIDTH                            1

#define PAR_EL1_F1_FST                                  GENMASK(6, 1)
#define PAR_EL1_F1_FST_MASK                             GENMASK(6, 1)
#define PAR_EL1_F1_FST_SHIFT                            1
#define PAR_EL1_F1_FST_WIDTH                            6

#define PAR_EL1_F1_F                                    GENMASK(0, 0)
#define PAR_EL1_F1_F_MASK                               GENMASK(0, 0)
#define PAR_EL1_F1_F_SHIFT                              0
#define PAR_EL1_F1_F_WIDTH                              1

#define PAR_EL1_F1_RES0                                 (UL(0) | GENMASK_ULL(47, 16) | GENMASK_ULL(10, 10) | GENMASK_ULL(7, 7))
#define PAR_EL1_F1_RES1                                 (UL(0) | GENMASK_ULL(11, 11))
#define PAR_EL1_F1_UNKN                                 (UL(0))

#define REG_OSLAR_EL1                                   S2_0_C1_C0_4
#define SYS_OSLAR_EL1                                   sys_reg(2, 0, 1, 0, 4)
#define SYS_OSLAR_EL1_Op0                               2
#define SYS_OSLAR_EL1_Op1                               0
#define SYS_OSLAR_EL1_CRn                               1
#define SYS_OSLAR_EL1_CRm                               0
#define SYS_OSLAR_EL1_Op2                               4

#define OSLAR_EL1_OSLK                                  GENMASK(0, 0)
#define OSLAR_EL1_OSLK_MASK                             GENMASK(0, 0)
#define OSLAR_EL1_OSLK_SHIFT                            0
#define OSLAR_EL1_OSLK_WIDTH                            1

#define OSLAR_EL1_RES0                                  (UL(0) | GENMASK_ULL(63, 1))
#define OSLAR_EL1_RES1                                  (UL(0))
#define OSLAR_EL1_UNKN                                  (UL(0))

#define REG_SCTLR_EL1                                   S3_0_C1_C0_0
#define SYS_SCTLR_EL1                                   sys_reg(3, 0, 1, 0, 0)
#define SYS_SCTLR_EL1_Op0                               3
#define SYS_SCTLR_EL1_Op1                               0
#define SYS_SCTLR_EL1_CRn                               1
#define SYS_SCTLR_EL1_CRm                               0
#define SYS_SCTLR_EL1_Op2                               0

#define SCTLR_EL1_TIDCP                                 GENMASK(63, 63)
#define SCTLR_EL1_TIDCP_MASK                            GENMASK(63, 63)
#define SCTLR_EL1_TIDCP_SHIFT                           63
#define SCTLR_EL1_TIDCP_WIDTH                           1

#define SCTLR_EL1_SPINTMASK                             GENMASK(62, 62)
#define SCTLR_EL1_SPINTMASK_MASK                        GENMASK(62, 62)
#define SCTLR_EL1_SPINTMASK_SHIFT                       62
#define SCTLR_EL1_SPINTMASK_WIDTH                       1

#define SCTLR_EL1_NMI                                   GENMASK(61, 61)
#define SCTLR_EL1_NMI_MASK                              GENMASK(61, 61)
#define SCTLR_EL1_NMI_SHIFT                             61
#define SCTLR_EL1_NMI_WIDTH                             1

#define SCTLR_EL1_EnTP2                                 GENMASK(60, 60)
#define SCTLR_EL1_EnTP2_MASK                            GENMASK(60, 60)
#define SCTLR_EL1_EnTP2_SHIFT                           60
#define SCTLR_EL1_EnTP2_WIDTH                           1

#define SCTLR_EL1_TCSO                                  GENMASK(59, 59)
#define SCTLR_EL1_TCSO_MASK                             GENMASK(59, 59)
#define SCTLR_EL1_TCSO_SHIFT                            59
#define SCTLR_EL1_TCSO_WIDTH                            1

#define SCTLR_EL1_TCSO0                                 GENMASK(58, 58)
#define SCTLR_EL1_TCSO0_MASK                            GENMASK(58, 58)
#define SCTLR_EL1_TCSO0_SHIFT                           58
#define SCTLR_EL1_TCSO0_WIDTH                           1

#define SCTLR_EL1_EPAN                                  GENMASK(57, 57)
#define SCTLR_EL1_EPAN_MASK                             GENMASK(57, 57)
#define SCTLR_EL1_EPAN_SHIFT                            57
#define SCTLR_EL1_EPAN_WIDTH                            1

#define SCTLR_EL1_EnALS                                 GENMASK(56, 56)
#define SCTLR_EL1_EnALS_MASK                            GENMASK(56, 56)
#define SCTLR_EL1_EnALS_SHIFT                           56
#define SCTLR_EL1_EnALS_WIDTH                           1

#define SCTLR_EL1_EnAS0                                 GENMASK(55, 55)
#define SCTLR_EL1_EnAS0_MASK                            GENMASK(55, 55)
#define SCTLR_EL1_EnAS0_SHIFT                           55
#define SCTLR_EL1_EnAS0_WIDTH                           1

#define SCTLR_EL1_EnASR                                 GENMASK(54, 54)
#define SCTLR_EL1_EnASR_MASK                            GENMASK(54, 54)
#define SCTLR_EL1_EnASR_SHIFT                           54
#define SCTLR_EL1_EnASR_WIDTH                           1

#define SCTLR_EL1_TME                                   GENMASK(53, 53)
#define SCTLR_EL1_TME_MASK                              GENMASK(53, 53)
#define SCTLR_EL1_TME_SHIFT                             53
#define SCTLR_EL1_TME_WIDTH                             1

#define SCTLR_EL1_TME0                                  GENMASK(52, 52)
#define SCTLR_EL1_TME0_MASK                             GENMASK(52, 52)
#define SCTLR_EL1_TME0_SHIFT                            52
#define SCTLR_EL1_TME0_WIDTH                            1

#define SCTLR_EL1_TMT                                   GENMASK(51, 51)
#define SCTLR_EL1_TMT_MASK                              GENMASK(51, 51)
#define SCTLR_EL1_TMT_SHIFT                             51
#define SCTLR_EL1_TMT_WIDTH                             1

#define SCTLR_EL1_TMT0                                  GENMASK(50, 50)
#define SCTLR_EL1_TMT0_MASK                             GENMASK(50, 50)
#define SCTLR_EL1_TMT0_SHIFT                            50
#define SCTLR_EL1_TMT0_WIDTH                            1

#define SCTLR_EL1_TWEDEL                                GENMASK(49, 46)
#define SCTLR_EL1_TWEDEL_MASK                           GENMASK(49, 46)
#define SCTLR_EL1_TWEDEL_SHIFT                          46
#define SCTLR_EL1_TWEDEL_WIDTH                          4

#define SCTLR_EL1_TWEDEn                                GENMASK(45, 45)
#define SCTLR_EL1_TWEDEn_MASK                           GENMASK(45, 45)
#define SCTLR_EL1_TWEDEn_SHIFT                          45
#define SCTLR_EL1_TWEDEn_WIDTH                          1

#define SCTLR_EL1_DSSBS                                 GENMASK(44, 44)
#define SCTLR_EL1_DSSBS_MASK                            GENMASK(44, 44)
#define SCTLR_EL1_DSSBS_SHIFT                           44
#define SCTLR_EL1_DSSBS_WIDTH                           1

#define SCTLR_EL1_ATA                                   GENMASK(43, 43)
#define SCTLR_EL1_ATA_MASK                              GENMASK(43, 43)
#define SCTLR_EL1_ATA_SHIFT                             43
#define SCTLR_EL1_ATA_WIDTH                             1

#define SCTLR_EL1_ATA0                                  GENMASK(42, 42)
#define SCTLR_EL1_ATA0_MASK                             GENMASK(42, 42)
#define SCTLR_EL1_ATA0_SHIFT                            42
#define SCTLR_EL1_ATA0_WIDTH                            1

#define SCTLR_EL1_TCF                                   GENMASK(41, 40)
#define SCTLR_EL1_TCF_MASK                              GENMASK(41, 40)
#define SCTLR_EL1_TCF_SHIFT                             40
#define SCTLR_EL1_TCF_WIDTH                             2
#define SCTLR_EL1_TCF_NONE                              UL(0b00)
#define SCTLR_EL1_TCF_SYNC                              UL(0b01)
#define SCTLR_EL1_TCF_ASYNC                             UL(0b10)
#define SCTLR_EL1_TCF_ASYMM                             UL(0b11)

#define SCTLR_EL1_TCF0                                  GENMASK(39, 38)
#define SCTLR_EL1_TCF0_MASK                             GENMASK(39, 38)
#define SCTLR_EL1_TCF0_SHIFT                            38
#define SCTLR_EL1_TCF0_WIDTH                            2
#define SCTLR_EL1_TCF0_NONE                             UL(0b00)
#define SCTLR_EL1_TCF0_SYNC                             UL(0b01)
#define SCTLR_EL1_TCF0_ASYNC                            UL(0b10)
#define SCTLR_EL1_TCF0_ASYMM                            UL(0b11)

#define SCTLR_EL1_ITFSB                                 GENMASK(37, 37)
#define SCTLR_EL1_ITFSB_MASK                            GENMASK(37, 37)
#define SCTLR_EL1_ITFSB_SHIFT                           37
#define SCTLR_EL1_ITFSB_WIDTH                           1

#define SCTLR_EL1_BT1                                   GENMASK(36, 36)
#define SCTLR_EL1_BT1_MASK                              GENMASK(36, 36)
#define SCTLR_EL1_BT1_SHIFT                             36
#define SCTLR_EL1_BT1_WIDTH                             1

#define SCTLR_EL1_BT0                                   GENMASK(35, 35)
#define SCTLR_EL1_BT0_MASK                              GENMASK(35, 35)
#define SCTLR_EL1_BT0_SHIFT                             35
#define SCTLR_EL1_BT0_WIDTH                             1

#define SCTLR_EL1_EnFPM                                 GENMASK(34, 34)
#define SCTLR_EL1_EnFPM_MASK                            GENMASK(34, 34)
#define SCTLR_EL1_EnFPM_SHIFT                           34
#define SCTLR_EL1_EnFPM_WIDTH                           1

#define SCTLR_EL1_MSCEn                                 GENMASK(33, 33)
#define SCTLR_EL1_MSCEn_MASK                            GENMASK(33, 33)
#define SCTLR_EL1_MSCEn_SHIFT                           33
#define SCTLR_EL1_MSCEn_WIDTH                           1

#define SCTLR_EL1_CMOW                                  GENMASK(32, 32)
#define SCTLR_EL1_CMOW_MASK                             GENMASK(32, 32)
#define SCTLR_EL1_CMOW_SHIFT                            32
#define SCTLR_EL1_CMOW_WIDTH                            1

#define SCTLR_EL1_EnIA                                  GENMASK(31, 31)
#define SCTLR_EL1_EnIA_MASK                             GENMASK(31, 31)
#define SCTLR_EL1_EnIA_SHIFT                            31
#define SCTLR_EL1_EnIA_WIDTH                            1

#define SCTLR_EL1_EnIB                                  GENMASK(30, 30)
#define SCTLR_EL1_EnIB_MASK                             GENMASK(30, 30)
#define SCTLR_EL1_EnIB_SHIFT                            30
#define SCTLR_EL1_EnIB_WIDTH                            1

#define SCTLR_EL1_LSMAOE                                GENMASK(29, 29)
#define SCTLR_EL1_LSMAOE_MASK                           GENMASK(29, 29)
#define SCTLR_EL1_LSMAOE_SHIFT                          29
#define SCTLR_EL1_LSMAOE_WIDTH                          1

#define SCTLR_EL1_nTLSMD                                GENMASK(28, 28)
#define SCTLR_EL1_nTLSMD_MASK                           GENMASK(28, 28)
#define SCTLR_EL1_nTLSMD_SHIFT                          28
#define SCTLR_EL1_nTLSMD_WIDTH                          1

#define SCTLR_EL1_EnDA                                  GENMASK(27, 27)
#define SCTLR_EL1_EnDA_MASK                             GENMASK(27, 27)
#define SCTLR_EL1_EnDA_SHIFT                            27
#define SCTLR_EL1_EnDA_WIDTH                            1

#define SCTLR_EL1_UCI                                   GENMASK(26, 26)
#define SCTLR_EL1_UCI_MASK                              GENMASK(26, 26)
#define SCTLR_EL1_UCI_SHIFT                             26
#define SCTLR_EL1_UCI_WIDTH                             1

#define SCTLR_EL1_EE                                    GENMASK(25, 25)
#define SCTLR_EL1_EE_MASK                               GENMASK(25, 25)
#define SCTLR_EL1_EE_SHIFT                              25
#define SCTLR_EL1_EE_WIDTH                              1

#define SCTLR_EL1_E0E                                   GENMASK(24, 24)
#define SCTLR_EL1_E0E_MASK                              GENMASK(24, 24)
#define SCTLR_EL1_E0E_SHIFT                             24
#define SCTLR_EL1_E0E_WIDTH                             1

#define SCTLR_EL1_SPAN                                  GENMASK(23, 23)
#define SCTLR_EL1_SPAN_MASK                             GENMASK(23, 23)
#define SCTLR_EL1_SPAN_SHIFT                            23
#define SCTLR_EL1_SPAN_WIDTH                            1

#define SCTLR_EL1_EIS                                   GENMASK(22, 22)
#define SCTLR_EL1_EIS_MASK                              GENMASK(22, 22)
#define SCTLR_EL1_EIS_SHIFT                             22
#define SCTLR_EL1_EIS_WIDTH                             1

#define SCTLR_EL1_IESB                                  GENMASK(21, 21)
#define SCTLR_EL1_IESB_MASK                             GENMASK(21, 21)
#define SCTLR_EL1_IESB_SHIFT                            21
#define SCTLR_EL1_IESB_WIDTH                            1

#define SCTLR_EL1_TSCXT                                 GENMASK(20, 20)
#define SCTLR_EL1_TSCXT_MASK                            GENMASK(20, 20)
#define SCTLR_EL1_TSCXT_SHIFT                           20
#define SCTLR_EL1_TSCXT_WIDTH                           1

#define SCTLR_EL1_WXN                                   GENMASK(19, 19)
#define SCTLR_EL1_WXN_MASK                              GENMASK(19, 19)
#define SCTLR_EL1_WXN_SHIFT                             19
#define SCTLR_EL1_WXN_WIDTH                             1

#define SCTLR_EL1_nTWE                                  GENMASK(18, 18)
#define SCTLR_EL1_nTWE_MASK                             GENMASK(18, 18)
#define SCTLR_EL1_nTWE_SHIFT                            18
#define SCTLR_EL1_nTWE_WIDTH                            1

#define SCTLR_EL1_nTWI                                  GENMASK(16, 16)
#define SCTLR_EL1_nTWI_MASK                             GENMASK(16, 16)
#define SCTLR_EL1_nTWI_SHIFT                            16
#define SCTLR_EL1_nTWI_WIDTH                            1

#define SCTLR_EL1_UCT                                   GENMASK(15, 15)
#define SCTLR_EL1_UCT_MASK                              GENMASK(15, 15)
#define SCTLR_EL1_UCT_SHIFT                             15
#define SCTLR_EL1_UCT_WIDTH                             1

#define SCTLR_EL1_DZE                                   GENMASK(14, 14)
#define SCTLR_EL1_DZE_MASK                              GENMASK(14, 14)
#define SCTLR_EL1_DZE_SHIFT                             14
#define SCTLR_EL1_DZE_WIDTH                             1

#define SCTLR_EL1_EnDB                                  GENMASK(13, 13)
#define SCTLR_EL1_EnDB_MASK                             GENMASK(13, 13)
#define SCTLR_EL1_EnDB_SHIFT                            13
#define SCTLR_EL1_EnDB_WIDTH                            1

#define SCTLR_EL1_I                                     GENMASK(12, 12)
#define SCTLR_EL1_I_MASK                                GENMASK(12, 12)
#define SCTLR_EL1_I_SHIFT                               12
#define SCTLR_EL1_I_WIDTH                               1

#define SCTLR_EL1_EOS                                   GENMASK(11, 11)
#define SCTLR_EL1_EOS_MASK                              GENMASK(11, 11)
#define SCTLR_EL1_EOS_SHIFT                             11
#define SCTLR_EL1_EOS_WIDTH                             1

#define SCTLR_EL1_EnRCTX                                GENMASK(10, 10)
#define SCTLR_EL1_EnRCTX_MASK                           GENMASK(10, 10)
#define SCTLR_EL1_EnRCTX_SHIFT                          10
#define SCTLR_EL1_EnRCTX_WIDTH                          1

#define SCTLR_EL1_UMA                                   GENMASK(9, 9)
#define SCTLR_EL1_UMA_MASK                              GENMASK(9, 9)
#define SCTLR_EL1_UMA_SHIFT                             9
#define SCTLR_EL1_UMA_WIDTH                             1

#define SCTLR_EL1_SED                                   GENMASK(8, 8)
#define SCTLR_EL1_SED_MASK                              GENMASK(8, 8)
#define SCTLR_EL1_SED_SHIFT                             8
#define SCTLR_EL1_SED_WIDTH                             1

#define SCTLR_EL1_ITD                                   GENMASK(7, 7)
#define SCTLR_EL1_ITD_MASK                              GENMASK(7, 7)
#define SCTLR_EL1_ITD_SHIFT                             7
#define SCTLR_EL1_ITD_WIDTH                             1

#define SCTLR_EL1_nAA                                   GENMASK(6, 6)
#define SCTLR_EL1_nAA_MASK                              GENMASK(6, 6)
#define SCTLR_EL1_nAA_SHIFT                             6
#define SCTLR_EL1_nAA_WIDTH                             1

#define SCTLR_EL1_CP15BEN                               GENMASK(5, 5)
#define SCTLR_EL1_CP15BEN_MASK                          GENMASK(5, 5)
#define SCTLR_EL1_CP15BEN_SHIFT                         5
#define SCTLR_EL1_CP15BEN_WIDTH                         1

#define SCTLR_EL1_SA0                                   GENMASK(4, 4)
#define SCTLR_EL1_SA0_MASK                              GENMASK(4, 4)
#define SCTLR_EL1_SA0_SHIFT                             4
#define SCTLR_EL1_SA0_WIDTH                             1

#define SCTLR_EL1_SA                                    GENMASK(3, 3)
#define SCTLR_EL1_SA_MASK                               GENMASK(3, 3)
#define SCTLR_EL1_SA_SHIFT                              3
#define SCTLR_EL1_SA_WIDTH                              1

#define SCTLR_EL1_C                                     GENMASK(2, 2)
#define SCTLR_EL1_C_MASK                                GENMASK(2, 2)
#define SCTLR_EL1_C_SHIFT                               2
#define SCTLR_EL1_C_WIDTH                               1

#define SCTLR_EL1_A                                     GENMASK(1, 1)
#define SCTLR_EL1_A_MASK                                GENMASK(1, 1)
#define SCTLR_EL1_A_SHIFT                               1
#define SCTLR_EL1_A_WIDTH                               1

#define SCTLR_EL1_M                                     GENMASK(0, 0)
#define SCTLR_EL1_M_MASK                                GENMASK(0, 0)
#define SCTLR_EL1_M_SHIFT                               0
#define SCTLR_EL1_M_WIDTH                               1

#define SCTLR_EL1_RES0                                  (UL(0) | GENMASK_ULL(17, 17))
#define SCTLR_EL1_RES1                                  (UL(0))
#define SCTLR_EL1_UNKN                                  (UL(0))

#define CPACR_ELx_E0POE                                 GENMASK(29, 29)
#define CPACR_ELx_E0POE_MASK                            GENMASK(29, 29)
#define CPACR_ELx_E0POE_SHIFT                           29
#define CPACR_ELx_E0POE_WIDTH                           1

#define CPACR_ELx_TTA                                   GENMASK(28, 28)
#define CPACR_ELx_TTA_MASK                              GENMASK(28, 28)
#define CPACR_ELx_TTA_SHIFT                             28
#define CPACR_ELx_TTA_WIDTH                             1

#define CPACR_ELx_SMEN                                  GENMASK(25, 24)
#define CPACR_ELx_SMEN_MASK                             GENMASK(25, 24)
#define CPACR_ELx_SMEN_SHIFT                            24
#define CPACR_ELx_SMEN_WIDTH                            2

#define CPACR_ELx_FPEN                                  GENMASK(21, 20)
#define CPACR_ELx_FPEN_MASK                             GENMASK(21, 20)
#define CPACR_ELx_FPEN_SHIFT                            20
#define CPACR_ELx_FPEN_WIDTH                            2

#define CPACR_ELx_ZEN                                   GENMASK(17, 16)
#define CPACR_ELx_ZEN_MASK                              GENMASK(17, 16)
#define CPACR_ELx_ZEN_SHIFT                             16
#define CPACR_ELx_ZEN_WIDTH                             2

#define CPACR_ELx_RES0                                  (UL(0) | GENMASK_ULL(63, 30) | GENMASK_ULL(27, 26) | GENMASK_ULL(23, 22) | GENMASK_ULL(19, 18) | GENMASK_ULL(15, 0))
#define CPACR_ELx_RES1                                  (UL(0))
#define CPACR_ELx_UNKN                                  (UL(0))

#define REG_CPACR_EL1                                   S3_0_C1_C0_2
#define SYS_CPACR_EL1                                   sys_reg(3, 0, 1, 0, 2)
#define SYS_CPACR_EL1_Op0                               3
#define SYS_CPACR_EL1_Op1                               0
#define SYS_CPACR_EL1_CRn                               1
#define SYS_CPACR_EL1_CRm                               0
#define SYS_CPACR_EL1_Op2                               2

/* For CPACR_EL1 fields see CPACR_ELx */

#define REG_VBAR_EL1                                    S3_0_C12_C0_0
#define SYS_VBAR_EL1                                    sys_reg(3, 0, 12, 0, 0)
#define SYS_VBAR_EL1_Op0                                3
#define SYS_VBAR_EL1_Op1                                0
#define SYS_VBAR_EL1_CRn                                12
#define SYS_VBAR_EL1_CRm                                0
#define SYS_VBAR_EL1_Op2                                0

#define VBAR_EL1_VBA                                    GENMASK(63, 11)
#define VBAR_EL1_VBA_MASK                               GENMASK(63, 11)
#define VBAR_EL1_VBA_SHIFT                              11
#define VBAR_EL1_VBA_WIDTH                              53

#define VBAR_EL1_RES0                                   (UL(0) | GENMASK_ULL(10, 0))
#define VBAR_EL1_RES1                                   (UL(0))
#define VBAR_EL1_UNKN                                   (UL(0))

#define REG_TCR_EL1                                     S3_0_C2_C0_2
#define SYS_TCR_EL1                                     sys_reg(3, 0, 2, 0, 2)
#define SYS_TCR_EL1_Op0                                 3
#define SYS_TCR_EL1_Op1                                 0
#define SYS_TCR_EL1_CRn                                 2
#define SYS_TCR_EL1_CRm                                 0
#define SYS_TCR_EL1_Op2                                 2

#define TCR_EL1_MTX1                                    GENMASK(61, 61)
#define TCR_EL1_MTX1_MASK                               GENMASK(61, 61)
#define TCR_EL1_MTX1_SHIFT                              61
#define TCR_EL1_MTX1_WIDTH                              1

#define TCR_EL1_MTX0                                    GENMASK(60, 60)
#define TCR_EL1_MTX0_MASK                               GENMASK(60, 60)
#define TCR_EL1_MTX0_SHIFT                              60
#define TCR_EL1_MTX0_WIDTH                              1

#define TCR_EL1_DS                                      GENMASK(59, 59)
#define TCR_EL1_DS_MASK                                 GENMASK(59, 59)
#define TCR_EL1_DS_SHIFT                                59
#define TCR_EL1_DS_WIDTH                                1

#define TCR_EL1_TCMA1                                   GENMASK(58, 58)
#define TCR_EL1_TCMA1_MASK                              GENMASK(58, 58)
#define TCR_EL1_TCMA1_SHIFT                             58
#define TCR_EL1_TCMA1_WIDTH                             1

#define TCR_EL1_TCMA0                                   GENMASK(57, 57)
#define TCR_EL1_TCMA0_MASK                              GENMASK(57, 57)
#define TCR_EL1_TCMA0_SHIFT                             57
#define TCR_EL1_TCMA0_WIDTH                             1

#define TCR_EL1_E0PD1                                   GENMASK(56, 56)
#define TCR_EL1_E0PD1_MASK                              GENMASK(56, 56)
#define TCR_EL1_E0PD1_SHIFT                             56
#define TCR_EL1_E0PD1_WIDTH                             1

#define TCR_EL1_E0PD0                                   GENMASK(55, 55)
#define TCR_EL1_E0PD0_MASK                              GENMASK(55, 55)
#define TCR_EL1_E0PD0_SHIFT                             55
#define TCR_EL1_E0PD0_WIDTH                             1

#define TCR_EL1_NFD1                                    GENMASK(54, 54)
#define TCR_EL1_NFD1_MASK                               GENMASK(54, 54)
#define TCR_EL1_NFD1_SHIFT                              54
#define TCR_EL1_NFD1_WIDTH                              1

#define TCR_EL1_NFD0                                    GENMASK(53, 53)
#define TCR_EL1_NFD0_MASK                               GENMASK(53, 53)
#define TCR_EL1_NFD0_SHIFT                              53
#define TCR_EL1_NFD0_WIDTH                              1

#define TCR_EL1_TBID1                                   GENMASK(52, 52)
#define TCR_EL1_TBID1_MASK                              GENMASK(52, 52)
#define TCR_EL1_TBID1_SHIFT                             52
#define TCR_EL1_TBID1_WIDTH                             1

#define TCR_EL1_TBID0                                   GENMASK(51, 51)
#define TCR_EL1_TBID0_MASK                              GENMASK(51, 51)
#define TCR_EL1_TBID0_SHIFT                             51
#define TCR_EL1_TBID0_WIDTH                             1

#define TCR_EL1_HWU162                                  GENMASK(50, 50)
#define TCR_EL1_HWU162_MASK                             GENMASK(50, 50)
#define TCR_EL1_HWU162_SHIFT                            50
#define TCR_EL1_HWU162_WIDTH                            1

#define TCR_EL1_HWU161                                  GENMASK(49, 49)
#define TCR_EL1_HWU161_MASK                             GENMASK(49, 49)
#define TCR_EL1_HWU161_SHIFT                            49
#define TCR_EL1_HWU161_WIDTH                            1

#define TCR_EL1_HWU160                                  GENMASK(48, 48)
#define TCR_EL1_HWU160_MASK                             GENMASK(48, 48)
#define TCR_EL1_HWU160_SHIFT                            48
#define TCR_EL1_HWU160_WIDTH                            1

#define TCR_EL1_HWU159                                  GENMASK(47, 47)
#define TCR_EL1_HWU159_MASK                             GENMASK(47, 47)
#define TCR_EL1_HWU159_SHIFT                            47
#define TCR_EL1_HWU159_WIDTH                            1

#define TCR_EL1_HWU062                                  GENMASK(46, 46)
#define TCR_EL1_HWU062_MASK                             GENMASK(46, 46)
#define TCR_EL1_HWU062_SHIFT                            46
#define TCR_EL1_HWU062_WIDTH                            1

#define TCR_EL1_HWU061                                  GENMASK(45, 45)
#define TCR_EL1_HWU061_MASK                             GENMASK(45, 45)
#define TCR_EL1_HWU061_SHIFT                            45
#define TCR_EL1_HWU061_WIDTH                            1

#define TCR_EL1_HWU060                                  GENMASK(44, 44)
#define TCR_EL1_HWU060_MASK                             GENMASK(44, 44)
#define TCR_EL1_HWU060_SHIFT                            44
#define TCR_EL1_HWU060_WIDTH                            1

#define TCR_EL1_HWU059                                  GENMASK(43, 43)
#define TCR_EL1_HWU059_MASK                             GENMASK(43, 43)
#define TCR_EL1_HWU059_SHIFT                            43
#define TCR_EL1_HWU059_WIDTH                            1

#define TCR_EL1_HPD1                                    GENMASK(42, 42)
#define TCR_EL1_HPD1_MASK                               GENMASK(42, 42)
#define TCR_EL1_HPD1_SHIFT                              42
#define TCR_EL1_HPD1_WIDTH                              1

#define TCR_EL1_HPD0                                    GENMASK(41, 41)
#define TCR_EL1_HPD0_MASK                               GENMASK(41, 41)
#define TCR_EL1_HPD0_SHIFT                              41
#define TCR_EL1_HPD0_WIDTH                              1

#define TCR_EL1_HD                                      GENMASK(40, 40)
#define TCR_EL1_HD_MASK                                 GENMASK(40, 40)
#define TCR_EL1_HD_SHIFT                                40
#define TCR_EL1_HD_WIDTH                                1

#define TCR_EL1_HA                                      GENMASK(39, 39)
#define TCR_EL1_HA_MASK                                 GENMASK(39, 39)
#define TCR_EL1_HA_SHIFT                                39
#define TCR_EL1_HA_WIDTH                                1

#define TCR_EL1_TBI1                                    GENMASK(38, 38)
#define TCR_EL1_TBI1_MASK                               GENMASK(38, 38)
#define TCR_EL1_TBI1_SHIFT                              38
#define TCR_EL1_TBI1_WIDTH                              1

#define TCR_EL1_TBI0                                    GENMASK(37, 37)
#define TCR_EL1_TBI0_MASK                               GENMASK(37, 37)
#define TCR_EL1_TBI0_SHIFT                              37
#define TCR_EL1_TBI0_WIDTH                              1

#define TCR_EL1_AS                                      GENMASK(36, 36)
#define TCR_EL1_AS_MASK                                 GENMASK(36, 36)
#define TCR_EL1_AS_SHIFT                                36
#define TCR_EL1_AS_WIDTH                                1

#define TCR_EL1_IPS                                     GENMASK(34, 32)
#define TCR_EL1_IPS_MASK                                GENMASK(34, 32)
#define TCR_EL1_IPS_SHIFT                               32
#define TCR_EL1_IPS_WIDTH                               3

#define TCR_EL1_TG1                                     GENMASK(31, 30)
#define TCR_EL1_TG1_MASK                                GENMASK(31, 30)
#define TCR_EL1_TG1_SHIFT                               30
#define TCR_EL1_TG1_WIDTH                               2

#define TCR_EL1_SH1                                     GENMASK(29, 28)
#define TCR_EL1_SH1_MASK                                GENMASK(29, 28)
#define TCR_EL1_SH1_SHIFT                               28
#define TCR_EL1_SH1_WIDTH                               2

#define TCR_EL1_ORGN1                                   GENMASK(27, 26)
#define TCR_EL1_ORGN1_MASK                              GENMASK(27, 26)
#define TCR_EL1_ORGN1_SHIFT                             26
#define TCR_EL1_ORGN1_WIDTH                             2

#define TCR_EL1_IRGN1                                   GENMASK(25, 24)
#define TCR_EL1_IRGN1_MASK                              GENMASK(25, 24)
#define TCR_EL1_IRGN1_SHIFT                             24
#define TCR_EL1_IRGN1_WIDTH                             2

#define TCR_EL1_EPD1                                    GENMASK(23, 23)
#define TCR_EL1_EPD1_MASK                               GENMASK(23, 23)
#define TCR_EL1_EPD1_SHIFT                              23
#define TCR_EL1_EPD1_WIDTH                              1

#define TCR_EL1_A1                                      GENMASK(22, 22)
#define TCR_EL1_A1_MASK                                 GENMASK(22, 22)
#define TCR_EL1_A1_SHIFT                                22
#define TCR_EL1_A1_WIDTH                                1

#define TCR_EL1_T1SZ                                    GENMASK(21, 16)
#define TCR_EL1_T1SZ_MASK                               GENMASK(21, 16)
#define TCR_EL1_T1SZ_SHIFT                              16
#define TCR_EL1_T1SZ_WIDTH                              6

#define TCR_EL1_TG0                                     GENMASK(15, 14)
#define TCR_EL1_TG0_MASK                                GENMASK(15, 14)
#define TCR_EL1_TG0_SHIFT                               14
#define TCR_EL1_TG0_WIDTH                               2

#define TCR_EL1_SH0                                     GENMASK(13, 12)
#define TCR_EL1_SH0_MASK                                GENMASK(13, 12)
#define TCR_EL1_SH0_SHIFT                               12
#define TCR_EL1_SH0_WIDTH                               2

#define TCR_EL1_ORGN0                                   GENMASK(11, 10)
#define TCR_EL1_ORGN0_MASK                              GENMASK(11, 10)
#define TCR_EL1_ORGN0_SHIFT                             10
#define TCR_EL1_ORGN0_WIDTH                             2

#define TCR_EL1_IRGN0                                   GENMASK(9, 8)
#define TCR_EL1_IRGN0_MASK                              GENMASK(9, 8)
#define TCR_EL1_IRGN0_SHIFT                             8
#define TCR_EL1_IRGN0_WIDTH                             2

#define TCR_EL1_EPD0                                    GENMASK(7, 7)
#define TCR_EL1_EPD0_MASK                               GENMASK(7, 7)
#define TCR_EL1_EPD0_SHIFT                              7
#define TCR_EL1_EPD0_WIDTH                              1

#define TCR_EL1_T0SZ                                    GENMASK(5, 0)
#define TCR_EL1_T0SZ_MASK                               GENMASK(5, 0)
#define TCR_EL1_T0SZ_SHIFT                              0
#define TCR_EL1_T0SZ_WIDTH                              6

#define TCR_EL1_RES0                                    (UL(0) | GENMASK_ULL(63, 62) | GENMASK_ULL(35, 35) | GENMASK_ULL(6, 6))
#define TCR_EL1_RES1                                    (UL(0))
#define TCR_EL1_UNKN                                    (UL(0))

#define REG_MAIR_EL1                                    S3_0_C10_C2_0
#define SYS_MAIR_EL1                                    sys_reg(3, 0, 10, 2, 0)
#define SYS_MAIR_EL1_Op0                                3
#define SYS_MAIR_EL1_Op1                                0
#define SYS_MAIR_EL1_CRn                                10
#define SYS_MAIR_EL1_CRm                                2
#define SYS_MAIR_EL1_Op2                                0

#define MAIR_EL1_Attr7                                  GENMASK(63, 56)
#define MAIR_EL1_Attr7_MASK                             GENMASK(63, 56)
#define MAIR_EL1_Attr7_SHIFT                            56
#define MAIR_EL1_Attr7_WIDTH                            8

#define MAIR_EL1_Attr6                                  GENMASK(55, 48)
#define MAIR_EL1_Attr6_MASK                             GENMASK(55, 48)
#define MAIR_EL1_Attr6_SHIFT                            48
#define MAIR_EL1_Attr6_WIDTH                            8

#define MAIR_EL1_Attr5                                  GENMASK(47, 40)
#define MAIR_EL1_Attr5_MASK                             GENMASK(47, 40)
#define MAIR_EL1_Attr5_SHIFT                            40
#define MAIR_EL1_Attr5_WIDTH                            8

#define MAIR_EL1_Attr4                                  GENMASK(39, 32)
#define MAIR_EL1_Attr4_MASK                             GENMASK(39, 32)
#define MAIR_EL1_Attr4_SHIFT                            32
#define MAIR_EL1_Attr4_WIDTH                            8

#define MAIR_EL1_Attr3                                  GENMASK(31, 24)
#define MAIR_EL1_Attr3_MASK                             GENMASK(31, 24)
#define MAIR_EL1_Attr3_SHIFT                            24
#define MAIR_EL1_Attr3_WIDTH                            8

#define MAIR_EL1_Attr2                                  GENMASK(23, 16)
#define MAIR_EL1_Attr2_MASK                             GENMASK(23, 16)
#define MAIR_EL1_Attr2_SHIFT                            16
#define MAIR_EL1_Attr2_WIDTH                            8

#define MAIR_EL1_Attr1                                  GENMASK(15, 8)
#define MAIR_EL1_Attr1_MASK                             GENMASK(15, 8)
#define MAIR_EL1_Attr1_SHIFT                            8
#define MAIR_EL1_Attr1_WIDTH                            8

#define MAIR_EL1_Attr0                                  GENMASK(7, 0)
#define MAIR_EL1_Attr0_MASK                             GENMASK(7, 0)
#define MAIR_EL1_Attr0_SHIFT                            0
#define MAIR_EL1_Attr0_WIDTH                            8

#define MAIR_EL1_RES0                                   (UL(0))
#define MAIR_EL1_RES1                                   (UL(0))
#define MAIR_EL1_UNKN                                   (UL(0))

#define TTBRx_EL1_ASID                                  GENMASK(63, 48)
#define TTBRx_EL1_ASID_MASK                             GENMASK(63, 48)
#define TTBRx_EL1_ASID_SHIFT                            48
#define TTBRx_EL1_ASID_WIDTH                            16

#define TTBRx_EL1_BADDR                                 GENMASK(47, 1)
#define TTBRx_EL1_BADDR_MASK                            GENMASK(47, 1)
#define TTBRx_EL1_BADDR_SHIFT                           1
#define TTBRx_EL1_BADDR_WIDTH                           47

#define TTBRx_EL1_CnP                                   GENMASK(0, 0)
#define TTBRx_EL1_CnP_MASK                              GENMASK(0, 0)
#define TTBRx_EL1_CnP_SHIFT                             0
#define TTBRx_EL1_CnP_WIDTH                             1

#define TTBRx_EL1_RES0                                  (UL(0))
#define TTBRx_EL1_RES1                                  (UL(0))
#define TTBRx_EL1_UNKN                                  (UL(0))

#define REG_TTBR0_EL1                                   S3_0_C2_C0_0
#define SYS_TTBR0_EL1                                   sys_reg(3, 0, 2, 0, 0)
#define SYS_TTBR0_EL1_Op0                               3
#define SYS_TTBR0_EL1_Op1                               0
#define SYS_TTBR0_EL1_CRn                               2
#define SYS_TTBR0_EL1_CRm                               0
#define SYS_TTBR0_EL1_Op2                               0

/* For TTBR0_EL1 fields see TTBRx_EL1 */

#define REG_TTBR1_EL1                                   S3_0_C2_C0_1
#define SYS_TTBR1_EL1                                   sys_reg(3, 0, 2, 0, 1)
#define SYS_TTBR1_EL1_Op0                               3
#define SYS_TTBR1_EL1_Op1                               0
#define SYS_TTBR1_EL1_CRn                               2
#define SYS_TTBR1_EL1_CRm                               0
#define SYS_TTBR1_EL1_Op2                               1

/* For TTBR1_EL1 fields see TTBRx_EL1 */

#define REG_TPIDR_EL0                                   S3_3_C13_C0_2
#define SYS_TPIDR_EL0                                   sys_reg(3, 3, 13, 0, 2)
#define SYS_TPIDR_EL0_Op0                               3
#define SYS_TPIDR_EL0_Op1                               3
#define SYS_TPIDR_EL0_CRn                               13
#define SYS_TPIDR_EL0_CRm                               0
#define SYS_TPIDR_EL0_Op2                               2

#define TPIDR_EL0_ThreadID                              GENMASK(63, 0)
#define TPIDR_EL0_ThreadID_MASK                         GENMASK(63, 0)
#define TPIDR_EL0_ThreadID_SHIFT                        0
#define TPIDR_EL0_ThreadID_WIDTH                        64

#define TPIDR_EL0_RES0                                  (UL(0))
#define TPIDR_EL0_RES1                                  (UL(0))
#define TPIDR_EL0_UNKN                                  (UL(0))

#define REG_TPIDR_EL1                                   S3_0_C13_C0_4
#define SYS_TPIDR_EL1                                   sys_reg(3, 0, 13, 0, 4)
#define SYS_TPIDR_EL1_Op0                               3
#define SYS_TPIDR_EL1_Op1                               0
#define SYS_TPIDR_EL1_CRn                               13
#define SYS_TPIDR_EL1_CRm                               0
#define SYS_TPIDR_EL1_Op2                               4

#define TPIDR_EL1_ThreadID                              GENMASK(63, 0)
#define TPIDR_EL1_ThreadID_MASK                         GENMASK(63, 0)
#define TPIDR_EL1_ThreadID_SHIFT                        0
#define TPIDR_EL1_ThreadID_WIDTH                        64

#define TPIDR_EL1_RES0                                  (UL(0))
#define TPIDR_EL1_RES1                                  (UL(0))
#define TPIDR_EL1_UNKN                                  (UL(0))

#define REG_TPIDRRO_EL0                                 S3_3_C13_C0_3
#define SYS_TPIDRRO_EL0                                 sys_reg(3, 3, 13, 0, 3)
#define SYS_TPIDRRO_EL0_Op0                             3
#define SYS_TPIDRRO_EL0_Op1                             3
#define SYS_TPIDRRO_EL0_CRn                             13
#define SYS_TPIDRRO_EL0_CRm                             0
#define SYS_TPIDRRO_EL0_Op2                             3

#define TPIDRRO_EL0_ThreadID                            GENMASK(63, 0)
#define TPIDRRO_EL0_ThreadID_MASK                       GENMASK(63, 0)
#define TPIDRRO_EL0_ThreadID_SHIFT                      0
#define TPIDRRO_EL0_ThreadID_WIDTH                      64

#define TPIDRRO_EL0_RES0                                (UL(0))
#define TPIDRRO_EL0_RES1                                (UL(0))
#define TPIDRRO_EL0_UNKN                                (UL(0))

#define ZCR_ELx_LEN                                     GENMASK(3, 0)
#define ZCR_ELx_LEN_MASK                                GENMASK(3, 0)
#define ZCR_ELx_LEN_SHIFT                               0
#define ZCR_ELx_LEN_WIDTH                               4

#define ZCR_ELx_RES0                                    (UL(0) | GENMASK_ULL(63, 9))
#define ZCR_ELx_RES1                                    (UL(0))
#define ZCR_ELx_UNKN                                    (UL(0))

#define REG_ZCR_EL1                                     S3_0_C1_C2_0
#define SYS_ZCR_EL1                                     sys_reg(3, 0, 1, 2, 0)
#define SYS_ZCR_EL1_Op0                                 3
#define SYS_ZCR_EL1_Op1                                 0
#define SYS_ZCR_EL1_CRn                                 1
#define SYS_ZCR_EL1_CRm                                 2
#define SYS_ZCR_EL1_Op2                                 0

/* For ZCR_EL1 fields see ZCR_ELx */

#define REG_SCXTNUM_EL0                                 S3_3_C13_C0_7
#define SYS_SCXTNUM_EL0                                 sys_reg(3, 3, 13, 0, 7)
#define SYS_SCXTNUM_EL0_Op0                             3
#define SYS_SCXTNUM_EL0_Op1                             3
#define SYS_SCXTNUM_EL0_CRn                             13
#define SYS_SCXTNUM_EL0_CRm                             0
#define SYS_SCXTNUM_EL0_Op2                             7

#define SCXTNUM_EL0_SoftwareContextNumber               GENMASK(63, 0)
#define SCXTNUM_EL0_SoftwareContextNumber_MASK          GENMASK(63, 0)
#define SCXTNUM_EL0_SoftwareContextNumber_SHIFT         0
#define SCXTNUM_EL0_SoftwareContextNumber_WIDTH         64

#define SCXTNUM_EL0_RES0                                (UL(0))
#define SCXTNUM_EL0_RES1                                (UL(0))
#define SCXTNUM_EL0_UNKN                                (UL(0))

#define REG_SCXTNUM_EL1                                 S3_0_C13_C0_7
#define SYS_SCXTNUM_EL1                                 sys_reg(3, 0, 13, 0, 7)
#define SYS_SCXTNUM_EL1_Op0                             3
#define SYS_SCXTNUM_EL1_Op1                             0
#define SYS_SCXTNUM_EL1_CRn                             13
#define SYS_SCXTNUM_EL1_CRm                             0
#define SYS_SCXTNUM_EL1_Op2                             7

#define SCXTNUM_EL1_SoftwareContextNumber               GENMASK(63, 0)
#define SCXTNUM_EL1_SoftwareContextNumber_MASK          GENMASK(63, 0)
#define SCXTNUM_EL1_SoftwareContextNumber_SHIFT         0
#define SCXTNUM_EL1_SoftwareContextNumber_WIDTH         64

#define SCXTNUM_EL1_RES0                                (UL(0))
#define SCXTNUM_EL1_RES1                                (UL(0))
#define SCXTNUM_EL1_UNKN                                (UL(0))

#define REG_APIAKEYLO_EL1                               S3_0_C2_C1_0
#define SYS_APIAKEYLO_EL1                               sys_reg(3, 0, 2, 1, 0)
#define SYS_APIAKEYLO_EL1_Op0                           3
#define SYS_APIAKEYLO_EL1_Op1                           0
#define SYS_APIAKEYLO_EL1_CRn                           2
#define SYS_APIAKEYLO_EL1_CRm                           1
#define SYS_APIAKEYLO_EL1_Op2                           0

#define APIAKEYLO_EL1_APIAKeyLo                         GENMASK(63, 0)
#define APIAKEYLO_EL1_APIAKeyLo_MASK                    GENMASK(63, 0)
#define APIAKEYLO_EL1_APIAKeyLo_SHIFT                   0
#define APIAKEYLO_EL1_APIAKeyLo_WIDTH                   64

#define APIAKEYLO_EL1_RES0                              (UL(0))
#define APIAKEYLO_EL1_RES1                              (UL(0))
#define APIAKEYLO_EL1_UNKN                              (UL(0))

#define REG_APIAKEYHI_EL1                               S3_0_C2_C1_1
#define SYS_APIAKEYHI_EL1                               sys_reg(3, 0, 2, 1, 1)
#define SYS_APIAKEYHI_EL1_Op0                           3
#define SYS_APIAKEYHI_EL1_Op1                           0
#define SYS_APIAKEYHI_EL1_CRn                           2
#define SYS_APIAKEYHI_EL1_CRm                           1
#define SYS_APIAKEYHI_EL1_Op2                           1

#define APIAKEYHI_EL1_APIAKeyHi                         GENMASK(63, 0)
#define APIAKEYHI_EL1_APIAKeyHi_MASK                    GENMASK(63, 0)
#define APIAKEYHI_EL1_APIAKeyHi_SHIFT                   0
#define APIAKEYHI_EL1_APIAKeyHi_WIDTH                   64

#define APIAKEYHI_EL1_RES0                              (UL(0))
#define APIAKEYHI_EL1_RES1                              (UL(0))
#define APIAKEYHI_EL1_UNKN                              (UL(0))

#define REG_APIBKEYLO_EL1                               S3_0_C2_C1_2
#define SYS_APIBKEYLO_EL1                               sys_reg(3, 0, 2, 1, 2)
#define SYS_APIBKEYLO_EL1_Op0                           3
#define SYS_APIBKEYLO_EL1_Op1                           0
#define SYS_APIBKEYLO_EL1_CRn                           2
#define SYS_APIBKEYLO_EL1_CRm                           1
#define SYS_APIBKEYLO_EL1_Op2                           2

#define APIBKEYLO_EL1_APIBKeyLo                         GENMASK(63, 0)
#define APIBKEYLO_EL1_APIBKeyLo_MASK                    GENMASK(63, 0)
#define APIBKEYLO_EL1_APIBKeyLo_SHIFT                   0
#define APIBKEYLO_EL1_APIBKeyLo_WIDTH                   64

#define APIBKEYLO_EL1_RES0                              (UL(0))
#define APIBKEYLO_EL1_RES1                              (UL(0))
#define APIBKEYLO_EL1_UNKN                              (UL(0))

#define REG_APIBKEYHI_EL1                               S3_0_C2_C1_3
#define SYS_APIBKEYHI_EL1                               sys_reg(3, 0, 2, 1, 3)
#define SYS_APIBKEYHI_EL1_Op0                           3
#define SYS_APIBKEYHI_EL1_Op1                           0
#define SYS_APIBKEYHI_EL1_CRn                           2
#define SYS_APIBKEYHI_EL1_CRm                           1
#define SYS_APIBKEYHI_EL1_Op2                           3

#define APIBKEYHI_EL1_APIBKeyHi                         GENMASK(63, 0)
#define APIBKEYHI_EL1_APIBKeyHi_MASK                    GENMASK(63, 0)
#define APIBKEYHI_EL1_APIBKeyHi_SHIFT                   0
#define APIBKEYHI_EL1_APIBKeyHi_WIDTH                   64

#define APIBKEYHI_EL1_RES0                              (UL(0))
#define APIBKEYHI_EL1_RES1                              (UL(0))
#define APIBKEYHI_EL1_UNKN                              (UL(0))

#define REG_APDAKEYLO_EL1                               S3_0_C2_C2_0
#define SYS_APDAKEYLO_EL1                               sys_reg(3, 0, 2, 2, 0)
#define SYS_APDAKEYLO_EL1_Op0                           3
#define SYS_APDAKEYLO_EL1_Op1                           0
#define SYS_APDAKEYLO_EL1_CRn                           2
#define SYS_APDAKEYLO_EL1_CRm                           2
#define SYS_APDAKEYLO_EL1_Op2                           0

#define APDAKEYLO_EL1_APDAKeyLo                         GENMASK(63, 0)
#define APDAKEYLO_EL1_APDAKeyLo_MASK                    GENMASK(63, 0)
#define APDAKEYLO_EL1_APDAKeyLo_SHIFT                   0
#define APDAKEYLO_EL1_APDAKeyLo_WIDTH                   64

#define APDAKEYLO_EL1_RES0                              (UL(0))
#define APDAKEYLO_EL1_RES1                              (UL(0))
#define APDAKEYLO_EL1_UNKN                              (UL(0))

#define REG_APDAKEYHI_EL1                               S3_0_C2_C2_1
#define SYS_APDAKEYHI_EL1                               sys_reg(3, 0, 2, 2, 1)
#define SYS_APDAKEYHI_EL1_Op0                           3
#define SYS_APDAKEYHI_EL1_Op1                           0
#define SYS_APDAKEYHI_EL1_CRn                           2
#define SYS_APDAKEYHI_EL1_CRm                           2
#define SYS_APDAKEYHI_EL1_Op2                           1

#define APDAKEYHI_EL1_APDAKeyHi                         GENMASK(63, 0)
#define APDAKEYHI_EL1_APDAKeyHi_MASK                    GENMASK(63, 0)
#define APDAKEYHI_EL1_APDAKeyHi_SHIFT                   0
#define APDAKEYHI_EL1_APDAKeyHi_WIDTH                   64

#define APDAKEYHI_EL1_RES0                              (UL(0))
#define APDAKEYHI_EL1_RES1                              (UL(0))
#define APDAKEYHI_EL1_UNKN                              (UL(0))

#define REG_APDBKEYLO_EL1                               S3_0_C2_C2_2
#define SYS_APDBKEYLO_EL1                               sys_reg(3, 0, 2, 2, 2)
#define SYS_APDBKEYLO_EL1_Op0                           3
#define SYS_APDBKEYLO_EL1_Op1                           0
#define SYS_APDBKEYLO_EL1_CRn                           2
#define SYS_APDBKEYLO_EL1_CRm                           2
#define SYS_APDBKEYLO_EL1_Op2                           2

#define APDBKEYLO_EL1_APDBKeyLo                         GENMASK(63, 0)
#define APDBKEYLO_EL1_APDBKeyLo_MASK                    GENMASK(63, 0)
#define APDBKEYLO_EL1_APDBKeyLo_SHIFT                   0
#define APDBKEYLO_EL1_APDBKeyLo_WIDTH                   64

#define APDBKEYLO_EL1_RES0                              (UL(0))
#define APDBKEYLO_EL1_RES1                              (UL(0))
#define APDBKEYLO_EL1_UNKN                              (UL(0))

#define REG_APDBKEYHI_EL1                               S3_0_C2_C2_3
#define SYS_APDBKEYHI_EL1                               sys_reg(3, 0, 2, 2, 3)
#define SYS_APDBKEYHI_EL1_Op0                           3
#define SYS_APDBKEYHI_EL1_Op1                           0
#define SYS_APDBKEYHI_EL1_CRn                           2
#define SYS_APDBKEYHI_EL1_CRm                           2
#define SYS_APDBKEYHI_EL1_Op2                           3

#define APDBKEYHI_EL1_APDBKeyHi                         GENMASK(63, 0)
#define APDBKEYHI_EL1_APDBKeyHi_MASK                    GENMASK(63, 0)
#define APDBKEYHI_EL1_APDBKeyHi_SHIFT                   0
#define APDBKEYHI_EL1_APDBKeyHi_WIDTH                   64

#define APDBKEYHI_EL1_RES0                              (UL(0))
#define APDBKEYHI_EL1_RES1                              (UL(0))
#define APDBKEYHI_EL1_UNKN                              (UL(0))

#define REG_APGAKEYLO_EL1                               S3_0_C2_C3_0
#define SYS_APGAKEYLO_EL1                               sys_reg(3, 0, 2, 3, 0)
#define SYS_APGAKEYLO_EL1_Op0                           3
#define SYS_APGAKEYLO_EL1_Op1                           0
#define SYS_APGAKEYLO_EL1_CRn                           2
#define SYS_APGAKEYLO_EL1_CRm                           3
#define SYS_APGAKEYLO_EL1_Op2                           0

#define APGAKEYLO_EL1_APGAKeyLo                         GENMASK(63, 0)
#define APGAKEYLO_EL1_APGAKeyLo_MASK                    GENMASK(63, 0)
#define APGAKEYLO_EL1_APGAKeyLo_SHIFT                   0
#define APGAKEYLO_EL1_APGAKeyLo_WIDTH                   64

#define APGAKEYLO_EL1_RES0                              (UL(0))
#define APGAKEYLO_EL1_RES1                              (UL(0))
#define APGAKEYLO_EL1_UNKN                              (UL(0))

#define REG_APGAKEYHI_EL1                               S3_0_C2_C3_1
#define SYS_APGAKEYHI_EL1                               sys_reg(3, 0, 2, 3, 1)
#define SYS_APGAKEYHI_EL1_Op0                           3
#define SYS_APGAKEYHI_EL1_Op1                           0
#define SYS_APGAKEYHI_EL1_CRn                           2
#define SYS_APGAKEYHI_EL1_CRm                           3
#define SYS_APGAKEYHI_EL1_Op2                           1

#define APGAKEYHI_EL1_APGAKeyHi                         GENMASK(63, 0)
#define APGAKEYHI_EL1_APGAKeyHi_MASK                    GENMASK(63, 0)
#define APGAKEYHI_EL1_APGAKeyHi_SHIFT                   0
#define APGAKEYHI_EL1_APGAKeyHi_WIDTH                   64

#define APGAKEYHI_EL1_RES0                              (UL(0))
#define APGAKEYHI_EL1_RES1                              (UL(0))
#define APGAKEYHI_EL1_UNKN                              (UL(0))

#define REG_MDSCR_EL1                                   S2_0_C0_C2_2
#define SYS_MDSCR_EL1                                   sys_reg(2, 0, 0, 2, 2)
#define SYS_MDSCR_EL1_Op0                               2
#define SYS_MDSCR_EL1_Op1                               0
#define SYS_MDSCR_EL1_CRn                               0
#define SYS_MDSCR_EL1_CRm                               2
#define SYS_MDSCR_EL1_Op2                               2

#define MDSCR_EL1_EHBWE                                 GENMASK(35, 35)
#define MDSCR_EL1_EHBWE_MASK                            GENMASK(35, 35)
#define MDSCR_EL1_EHBWE_SHIFT                           35
#define MDSCR_EL1_EHBWE_WIDTH                           1

#define MDSCR_EL1_EnSPM                                 GENMASK(34, 34)
#define MDSCR_EL1_EnSPM_MASK                            GENMASK(34, 34)
#define MDSCR_EL1_EnSPM_SHIFT                           34
#define MDSCR_EL1_EnSPM_WIDTH                           1

#define MDSCR_EL1_TTA                                   GENMASK(33, 33)
#define MDSCR_EL1_TTA_MASK                              GENMASK(33, 33)
#define MDSCR_EL1_TTA_SHIFT                             33
#define MDSCR_EL1_TTA_WIDTH                             1

#define MDSCR_EL1_EMBWE                                 GENMASK(32, 32)
#define MDSCR_EL1_EMBWE_MASK                            GENMASK(32, 32)
#define MDSCR_EL1_EMBWE_SHIFT                           32
#define MDSCR_EL1_EMBWE_WIDTH                           1

#define MDSCR_EL1_TFO                                   GENMASK(31, 31)
#define MDSCR_EL1_TFO_MASK                              GENMASK(31, 31)
#define MDSCR_EL1_TFO_SHIFT                             31
#define MDSCR_EL1_TFO_WIDTH                             1

#define MDSCR_EL1_RXfull                                GENMASK(30, 30)
#define MDSCR_EL1_RXfull_MASK                           GENMASK(30, 30)
#define MDSCR_EL1_RXfull_SHIFT                          30
#define MDSCR_EL1_RXfull_WIDTH                          1

#define MDSCR_EL1_TXfull                                GENMASK(29, 29)
#define MDSCR_EL1_TXfull_MASK                           GENMASK(29, 29)
#define MDSCR_EL1_TXfull_SHIFT                          29
#define MDSCR_EL1_TXfull_WIDTH                          1

#define MDSCR_EL1_RXO                                   GENMASK(27, 27)
#define MDSCR_EL1_RXO_MASK                              GENMASK(27, 27)
#define MDSCR_EL1_RXO_SHIFT                             27
#define MDSCR_EL1_RXO_WIDTH                             1

#define MDSCR_EL1_TXU                                   GENMASK(26, 26)
#define MDSCR_EL1_TXU_MASK                              GENMASK(26, 26)
#define MDSCR_EL1_TXU_SHIFT                             26
#define MDSCR_EL1_TXU_WIDTH                             1

#define MDSCR_EL1_INTdis                                GENMASK(23, 22)
#define MDSCR_EL1_INTdis_MASK                           GENMASK(23, 22)
#define MDSCR_EL1_INTdis_SHIFT                          22
#define MDSCR_EL1_INTdis_WIDTH                          2

#define MDSCR_EL1_TDA                                   GENMASK(21, 21)
#define MDSCR_EL1_TDA_MASK                              GENMASK(21, 21)
#define MDSCR_EL1_TDA_SHIFT                             21
#define MDSCR_EL1_TDA_WIDTH                             1

#define MDSCR_EL1_SC2                                   GENMASK(19, 19)
#define MDSCR_EL1_SC2_MASK                              GENMASK(19, 19)
#define MDSCR_EL1_SC2_SHIFT                             19
#define MDSCR_EL1_SC2_WIDTH                             1

#define MDSCR_EL1_MDE                                   GENMASK(15, 15)
#define MDSCR_EL1_MDE_MASK                              GENMASK(15, 15)
#define MDSCR_EL1_MDE_SHIFT                             15
#define MDSCR_EL1_MDE_WIDTH                             1

#define MDSCR_EL1_HDE                                   GENMASK(14, 14)
#define MDSCR_EL1_HDE_MASK                              GENMASK(14, 14)
#define MDSCR_EL1_HDE_SHIFT                             14
#define MDSCR_EL1_HDE_WIDTH                             1

#define MDSCR_EL1_KDE                                   GENMASK(13, 13)
#define MDSCR_EL1_KDE_MASK                              GENMASK(13, 13)
#define MDSCR_EL1_KDE_SHIFT                             13
#define MDSCR_EL1_KDE_WIDTH                             1

#define MDSCR_EL1_TDCC                                  GENMASK(12, 12)
#define MDSCR_EL1_TDCC_MASK                             GENMASK(12, 12)
#define MDSCR_EL1_TDCC_SHIFT                            12
#define MDSCR_EL1_TDCC_WIDTH                            1

#define MDSCR_EL1_ERR                                   GENMASK(6, 6)
#define MDSCR_EL1_ERR_MASK                              GENMASK(6, 6)
#define MDSCR_EL1_ERR_SHIFT                             6
#define MDSCR_EL1_ERR_WIDTH                             1

#define MDSCR_EL1_SS                                    GENMASK(0, 0)
#define MDSCR_EL1_SS_MASK                               GENMASK(0, 0)
#define MDSCR_EL1_SS_SHIFT                              0
#define MDSCR_EL1_SS_WIDTH                              1

#define MDSCR_EL1_RES0                                  (UL(0) | GENMASK_ULL(63, 36) | GENMASK_ULL(28, 28) | GENMASK_ULL(25, 24) | GENMASK_ULL(20, 20) | GENMASK_ULL(18, 16) | GENMASK_ULL(11, 7) | GENMASK_ULL(5, 1))
#define MDSCR_EL1_RES1                                  (UL(0))
#define MDSCR_EL1_UNKN                                  (UL(0))

#define REG_SP_EL0                                      S3_0_C4_C1_0
#define SYS_SP_EL0                                      sys_reg(3, 0, 4, 1, 0)
#define SYS_SP_EL0_Op0                                  3
#define SYS_SP_EL0_Op1                                  0
#define SYS_SP_EL0_CRn                                  4
#define SYS_SP_EL0_CRm                                  1
#define SYS_SP_EL0_Op2                                  0

#define SP_EL0_StackPointer                             GENMASK(63, 0)
#define SP_EL0_StackPointer_MASK                        GENMASK(63, 0)
#define SP_EL0_StackPointer_SHIFT                       0
#define SP_EL0_StackPointer_WIDTH                       64

#define SP_EL0_RES0                                     (UL(0))
#define SP_EL0_RES1                                     (UL(0))
#define SP_EL0_UNKN                                     (UL(0))

#define REG_SP_EL1                                      S3_4_C4_C1_0
#define SYS_SP_EL1                                      sys_reg(3, 4, 4, 1, 0)
#define SYS_SP_EL1_Op0                                  3
#define SYS_SP_EL1_Op1                                  4
#define SYS_SP_EL1_CRn                                  4
#define SYS_SP_EL1_CRm                                  1
#define SYS_SP_EL1_Op2                                  0

#define SP_EL1_StackPointer                             GENMASK(63, 0)
#define SP_EL1_StackPointer_MASK                        GENMASK(63, 0)
#define SP_EL1_StackPointer_SHIFT                       0
#define SP_EL1_StackPointer_WIDTH                       64

#define SP_EL1_RES0                                     (UL(0))
#define SP_EL1_RES1                                     (UL(0))
#define SP_EL1_UNKN                                     (UL(0))

#define REG_FPCR                                        S3_3_C4_C4_0
#define SYS_FPCR                                        sys_reg(3, 3, 4, 4, 0)
#define SYS_FPCR_Op0                                    3
#define SYS_FPCR_Op1                                    3
#define SYS_FPCR_CRn                                    4
#define SYS_FPCR_CRm                                    4
#define SYS_FPCR_Op2                                    0

#define FPCR_AHP                                        GENMASK(26, 26)
#define FPCR_AHP_MASK                                   GENMASK(26, 26)
#define FPCR_AHP_SHIFT                                  26
#define FPCR_AHP_WIDTH                                  1

#define FPCR_DN                                         GENMASK(25, 25)
#define FPCR_DN_MASK                                    GENMASK(25, 25)
#define FPCR_DN_SHIFT                                   25
#define FPCR_DN_WIDTH                                   1

#define FPCR_FZ                                         GENMASK(24, 24)
#define FPCR_FZ_MASK                                    GENMASK(24, 24)
#define FPCR_FZ_SHIFT                                   24
#define FPCR_FZ_WIDTH                                   1

#define FPCR_RMode                                      GENMASK(23, 22)
#define FPCR_RMode_MASK                                 GENMASK(23, 22)
#define FPCR_RMode_SHIFT                                22
#define FPCR_RMode_WIDTH                                2

#define FPCR_Stride                                     GENMASK(21, 20)
#define FPCR_Stride_MASK                                GENMASK(21, 20)
#define FPCR_Stride_SHIFT                               20
#define FPCR_Stride_WIDTH                               2

#define FPCR_FZ16                                       GENMASK(19, 19)
#define FPCR_FZ16_MASK                                  GENMASK(19, 19)
#define FPCR_FZ16_SHIFT                                 19
#define FPCR_FZ16_WIDTH                                 1

#define FPCR_Len                                        GENMASK(18, 16)
#define FPCR_Len_MASK                                   GENMASK(18, 16)
#define FPCR_Len_SHIFT                                  16
#define FPCR_Len_WIDTH                                  3

#define FPCR_IDE                                        GENMASK(15, 15)
#define FPCR_IDE_MASK                                   GENMASK(15, 15)
#define FPCR_IDE_SHIFT                                  15
#define FPCR_IDE_WIDTH                                  1

#define FPCR_EBF                                        GENMASK(13, 13)
#define FPCR_EBF_MASK                                   GENMASK(13, 13)
#define FPCR_EBF_SHIFT                                  13
#define FPCR_EBF_WIDTH                                  1

#define FPCR_IXE                                        GENMASK(12, 12)
#define FPCR_IXE_MASK                                   GENMASK(12, 12)
#define FPCR_IXE_SHIFT                                  12
#define FPCR_IXE_WIDTH                                  1

#define FPCR_UFE                                        GENMASK(11, 11)
#define FPCR_UFE_MASK                                   GENMASK(11, 11)
#define FPCR_UFE_SHIFT                                  11
#define FPCR_UFE_WIDTH                                  1

#define FPCR_OFE                                        GENMASK(10, 10)
#define FPCR_OFE_MASK                                   GENMASK(10, 10)
#define FPCR_OFE_SHIFT                                  10
#define FPCR_OFE_WIDTH                                  1

#define FPCR_DZE                                        GENMASK(9, 9)
#define FPCR_DZE_MASK                                   GENMASK(9, 9)
#define FPCR_DZE_SHIFT                                  9
#define FPCR_DZE_WIDTH                                  1

#define FPCR_IOE                                        GENMASK(8, 8)
#define FPCR_IOE_MASK                                   GENMASK(8, 8)
#define FPCR_IOE_SHIFT                                  8
#define FPCR_IOE_WIDTH                                  1

#define FPCR_NEP                                        GENMASK(2, 2)
#define FPCR_NEP_MASK                                   GENMASK(2, 2)
#define FPCR_NEP_SHIFT                                  2
#define FPCR_NEP_WIDTH                                  1

#define FPCR_AH                                         GENMASK(1, 1)
#define FPCR_AH_MASK                                    GENMASK(1, 1)
#define FPCR_AH_SHIFT                                   1
#define FPCR_AH_WIDTH                                   1

#define FPCR_FIZ                                        GENMASK(0, 0)
#define FPCR_FIZ_MASK                                   GENMASK(0, 0)
#define FPCR_FIZ_SHIFT                                  0
#define FPCR_FIZ_WIDTH                                  1

#define FPCR_RES0                                       (UL(0) | GENMASK_ULL(63, 27) | GENMASK_ULL(14, 14) | GENMASK_ULL(7, 3))
#define FPCR_RES1                                       (UL(0))
#define FPCR_UNKN                                       (UL(0))

#define REG_FPSR                                        S3_3_C4_C4_1
#define SYS_FPSR                                        sys_reg(3, 3, 4, 4, 1)
#define SYS_FPSR_Op0                                    3
#define SYS_FPSR_Op1                                    3
#define SYS_FPSR_CRn                                    4
#define SYS_FPSR_CRm                                    4
#define SYS_FPSR_Op2                                    1

#define FPSR_N                                          GENMASK(31, 31)
#define FPSR_N_MASK                                     GENMASK(31, 31)
#define FPSR_N_SHIFT                                    31
#define FPSR_N_WIDTH                                    1

#define FPSR_Z                                          GENMASK(30, 30)
#define FPSR_Z_MASK                                     GENMASK(30, 30)
#define FPSR_Z_SHIFT                                    30
#define FPSR_Z_WIDTH                                    1

#define FPSR_C                                          GENMASK(29, 29)
#define FPSR_C_MASK                                     GENMASK(29, 29)
#define FPSR_C_SHIFT                                    29
#define FPSR_C_WIDTH                                    1

#define FPSR_V                                          GENMASK(28, 28)
#define FPSR_V_MASK                                     GENMASK(28, 28)
#define FPSR_V_SHIFT                                    28
#define FPSR_V_WIDTH                                    1

#define FPSR_QC                                         GENMASK(27, 27)
#define FPSR_QC_MASK                                    GENMASK(27, 27)
#define FPSR_QC_SHIFT                                   27
#define FPSR_QC_WIDTH                                   1

#define FPSR_IDC                                        GENMASK(7, 7)
#define FPSR_IDC_MASK                                   GENMASK(7, 7)
#define FPSR_IDC_SHIFT                                  7
#define FPSR_IDC_WIDTH                                  1

#define FPSR_IXC                                        GENMASK(4, 4)
#define FPSR_IXC_MASK                                   GENMASK(4, 4)
#define FPSR_IXC_SHIFT                                  4
#define FPSR_IXC_WIDTH                                  1

#define FPSR_UFC                                        GENMASK(3, 3)
#define FPSR_UFC_MASK                                   GENMASK(3, 3)
#define FPSR_UFC_SHIFT                                  3
#define FPSR_UFC_WIDTH                                  1

#define FPSR_OFC                                        GENMASK(2, 2)
#define FPSR_OFC_MASK                                   GENMASK(2, 2)
#define FPSR_OFC_SHIFT                                  2
#define FPSR_OFC_WIDTH                                  1

#define FPSR_DZC                                        GENMASK(1, 1)
#define FPSR_DZC_MASK                                   GENMASK(1, 1)
#define FPSR_DZC_SHIFT                                  1
#define FPSR_DZC_WIDTH                                  1

#define FPSR_IOC                                        GENMASK(0, 0)
#define FPSR_IOC_MASK                                   GENMASK(0, 0)
#define FPSR_IOC_SHIFT                                  0
#define FPSR_IOC_WIDTH                                  1

#define FPSR_RES0                                       (UL(0) | GENMASK_ULL(63, 32) | GENMASK_ULL(26, 8) | GENMASK_ULL(6, 5))
#define FPSR_RES1                                       (UL(0))
#define FPSR_UNKN                                       (UL(0))

#define CONTEXTIDR_ELx_PROCID                           GENMASK(31, 0)
#define CONTEXTIDR_ELx_PROCID_MASK                      GENMASK(31, 0)
#define CONTEXTIDR_ELx_PROCID_SHIFT                     0
#define CONTEXTIDR_ELx_PROCID_WIDTH                     32

#define CONTEXTIDR_ELx_RES0                             (UL(0) | GENMASK_ULL(63, 32))
#define CONTEXTIDR_ELx_RES1                             (UL(0))
#define CONTEXTIDR_ELx_UNKN                             (UL(0))

#define REG_CONTEXTIDR_EL1                              S3_0_C13_C0_1
#define SYS_CONTEXTIDR_EL1                              sys_reg(3, 0, 13, 0, 1)
#define SYS_CONTEXTIDR_EL1_Op0                          3
#define SYS_CONTEXTIDR_EL1_Op1                          0
#define SYS_CONTEXTIDR_EL1_CRn                          13
#define SYS_CONTEXTIDR_EL1_CRm                          0
#define SYS_CONTEXTIDR_EL1_Op2                          1

/* For CONTEXTIDR_EL1 fields see CONTEXTIDR_ELx */

#define SPSR_ELx_UINJ                                   GENMASK(36, 36)
#define SPSR_ELx_UINJ_MASK                              GENMASK(36, 36)
#define SPSR_ELx_UINJ_SHIFT                             36
#define SPSR_ELx_UINJ_WIDTH                             1

#define SPSR_ELx_PACM                                   GENMASK(35, 35)
#define SPSR_ELx_PACM_MASK                              GENMASK(35, 35)
#define SPSR_ELx_PACM_SHIFT                             35
#define SPSR_ELx_PACM_WIDTH                             1

#define SPSR_ELx_EXLOCK                                 GENMASK(34, 34)
#define SPSR_ELx_EXLOCK_MASK                            GENMASK(34, 34)
#define SPSR_ELx_EXLOCK_SHIFT                           34
#define SPSR_ELx_EXLOCK_WIDTH                           1

#define SPSR_ELx_PPEND                                  GENMASK(33, 33)
#define SPSR_ELx_PPEND_MASK                             GENMASK(33, 33)
#define SPSR_ELx_PPEND_SHIFT                            33
#define SPSR_ELx_PPEND_WIDTH                            1

#define SPSR_ELx_PM                                     GENMASK(32, 32)
#define SPSR_ELx_PM_MASK                                GENMASK(32, 32)
#define SPSR_ELx_PM_SHIFT                               32
#define SPSR_ELx_PM_WIDTH                               1

#define SPSR_ELx_N                                      GENMASK(31, 31)
#define SPSR_ELx_N_MASK                                 GENMASK(31, 31)
#define SPSR_ELx_N_SHIFT                                31
#define SPSR_ELx_N_WIDTH                                1

#define SPSR_ELx_Z                                      GENMASK(30, 30)
#define SPSR_ELx_Z_MASK                                 GENMASK(30, 30)
#define SPSR_ELx_Z_SHIFT                                30
#define SPSR_ELx_Z_WIDTH                                1

#define SPSR_ELx_C                                      GENMASK(29, 29)
#define SPSR_ELx_C_MASK                                 GENMASK(29, 29)
#define SPSR_ELx_C_SHIFT                                29
#define SPSR_ELx_C_WIDTH                                1

#define SPSR_ELx_V                                      GENMASK(28, 28)
#define SPSR_ELx_V_MASK                                 GENMASK(28, 28)
#define SPSR_ELx_V_SHIFT                                28
#define SPSR_ELx_V_WIDTH                                1

#define SPSR_ELx_TCO                                    GENMASK(25, 25)
#define SPSR_ELx_TCO_MASK                               GENMASK(25, 25)
#define SPSR_ELx_TCO_SHIFT                              25
#define SPSR_ELx_TCO_WIDTH                              1

#define SPSR_ELx_DIT                                    GENMASK(24, 24)
#define SPSR_ELx_DIT_MASK                               GENMASK(24, 24)
#define SPSR_ELx_DIT_SHIFT                              24
#define SPSR_ELx_DIT_WIDTH                              1

#define SPSR_ELx_UAO                                    GENMASK(23, 23)
#define SPSR_ELx_UAO_MASK                               GENMASK(23, 23)
#define SPSR_ELx_UAO_SHIFT                              23
#define SPSR_ELx_UAO_WIDTH                              1

#define SPSR_ELx_PAN                                    GENMASK(22, 22)
#define SPSR_ELx_PAN_MASK                               GENMASK(22, 22)
#define SPSR_ELx_PAN_SHIFT                              22
#define SPSR_ELx_PAN_WIDTH                              1

#define SPSR_ELx_SS                                     GENMASK(21, 21)
#define SPSR_ELx_SS_MASK                                GENMASK(21, 21)
#define SPSR_ELx_SS_SHIFT                               21
#define SPSR_ELx_SS_WIDTH                               1

#define SPSR_ELx_IL                                     GENMASK(20, 20)
#define SPSR_ELx_IL_MASK                                GENMASK(20, 20)
#define SPSR_ELx_IL_SHIFT                               20
#define SPSR_ELx_IL_WIDTH                               1

#define SPSR_ELx_ALLINT                                 GENMASK(13, 13)
#define SPSR_ELx_ALLINT_MASK                            GENMASK(13, 13)
#define SPSR_ELx_ALLINT_SHIFT                           13
#define SPSR_ELx_ALLINT_WIDTH                           1

#define SPSR_ELx_SSBS                                   GENMASK(12, 12)
#define SPSR_ELx_SSBS_MASK                              GENMASK(12, 12)
#define SPSR_ELx_SSBS_SHIFT                             12
#define SPSR_ELx_SSBS_WIDTH                             1

#define SPSR_ELx_BTYPE                                  GENMASK(11, 10)
#define SPSR_ELx_BTYPE_MASK                             GENMASK(11, 10)
#define SPSR_ELx_BTYPE_SHIFT                            10
#define SPSR_ELx_BTYPE_WIDTH                            2

#define SPSR_ELx_D                                      GENMASK(9, 9)
#define SPSR_ELx_D_MASK                                 GENMASK(9, 9)
#define SPSR_ELx_D_SHIFT                                9
#define SPSR_ELx_D_WIDTH                                1

#define SPSR_ELx_A                                      GENMASK(8, 8)
#define SPSR_ELx_A_MASK                                 GENMASK(8, 8)
#define SPSR_ELx_A_SHIFT                                8
#define SPSR_ELx_A_WIDTH                                1

#define SPSR_ELx_I                                      GENMASK(7, 7)
#define SPSR_ELx_I_MASK                                 GENMASK(7, 7)
#define SPSR_ELx_I_SHIFT                                7
#define SPSR_ELx_I_WIDTH                                1

#define SPSR_ELx_F                                      GENMASK(6, 6)
#define SPSR_ELx_F_MASK                                 GENMASK(6, 6)
#define SPSR_ELx_F_SHIFT                                6
#define SPSR_ELx_F_WIDTH                                1

#define SPSR_ELx_nRW                                    GENMASK(4, 4)
#define SPSR_ELx_nRW_MASK                               GENMASK(4, 4)
#define SPSR_ELx_nRW_SHIFT                              4
#define SPSR_ELx_nRW_WIDTH                              1

#define SPSR_ELx_M                                      GENMASK(3, 0)
#define SPSR_ELx_M_MASK                                 GENMASK(3, 0)
#define SPSR_ELx_M_SHIFT                                0
#define SPSR_ELx_M_WIDTH                                4
#define SPSR_ELx_M_EL0t                                 UL(0b0000)
#define SPSR_ELx_M_EL1t                                 UL(0b0100)
#define SPSR_ELx_M_EL1h                                 UL(0b0101)
#define SPSR_ELx_M_EL2t                                 UL(0b1000)
#define SPSR_ELx_M_EL2h                                 UL(0b1001)

#define SPSR_ELx_RES0                                   (UL(0) | GENMASK_ULL(63, 37) | GENMASK_ULL(27, 26) | GENMASK_ULL(19, 14) | GENMASK_ULL(5, 5))
#define SPSR_ELx_RES1                                   (UL(0))
#define SPSR_ELx_UNKN                                   (UL(0))

#define REG_SPSR_EL1                                    S3_0_C4_C0_0
#define SYS_SPSR_EL1                                    sys_reg(3, 0, 4, 0, 0)
#define SYS_SPSR_EL1_Op0                                3
#define SYS_SPSR_EL1_Op1                                0
#define SYS_SPSR_EL1_CRn                                4
#define SYS_SPSR_EL1_CRm                                0
#define SYS_SPSR_EL1_Op2                                0

/* For SPSR_EL1 fields see SPSR_ELx */

#define REG_SPSR_EL2                                    S3_4_C4_C0_0
#define SYS_SPSR_EL2                                    sys_reg(3, 4, 4, 0, 0)
#define SYS_SPSR_EL2_Op0                                3
#define SYS_SPSR_EL2_Op1                                4
#define SYS_SPSR_EL2_CRn                                4
#define SYS_SPSR_EL2_CRm                                0
#define SYS_SPSR_EL2_Op2                                0

/* For SPSR_EL2 fields see SPSR_ELx */

#define REG_ELR_EL1                                     S3_0_C4_C0_1
#define SYS_ELR_EL1                                     sys_reg(3, 0, 4, 0, 1)
#define SYS_ELR_EL1_Op0                                 3
#define SYS_ELR_EL1_Op1                                 0
#define SYS_ELR_EL1_CRn                                 4
#define SYS_ELR_EL1_CRm                                 0
#define SYS_ELR_EL1_Op2                                 1

#define ELR_EL1_ADDR                                    GENMASK(63, 0)
#define ELR_EL1_ADDR_MASK                               GENMASK(63, 0)
#define ELR_EL1_ADDR_SHIFT                              0
#define ELR_EL1_ADDR_WIDTH                              64

#define ELR_EL1_RES0                                    (UL(0))
#define ELR_EL1_RES1                                    (UL(0))
#define ELR_EL1_UNKN                                    (UL(0))

#define REG_ELR_EL2                                     S3_4_C4_C0_1
#define SYS_ELR_EL2                                     sys_reg(3, 4, 4, 0, 1)
#define SYS_ELR_EL2_Op0                                 3
#define SYS_ELR_EL2_Op1                                 4
#define SYS_ELR_EL2_CRn                                 4
#define SYS_ELR_EL2_CRm                                 0
#define SYS_ELR_EL2_Op2                                 1

#define ELR_EL2_ADDR                                    GENMASK(63, 0)
#define ELR_EL2_ADDR_MASK                               GENMASK(63, 0)
#define ELR_EL2_ADDR_SHIFT                              0
#define ELR_EL2_ADDR_WIDTH                              64

#define ELR_EL2_RES0                                    (UL(0))
#define ELR_EL2_RES1                                    (UL(0))
#define ELR_EL2_UNKN                                    (UL(0))

#define ESR_ELx_ISS2                                    GENMASK(55, 32)
#define ESR_ELx_ISS2_MASK                               GENMASK(55, 32)
#define ESR_ELx_ISS2_SHIFT                              32
#define ESR_ELx_ISS2_WIDTH                              24

#define ESR_ELx_EC                                      GENMASK(31, 26)
#define ESR_ELx_EC_MASK                                 GENMASK(31, 26)
#define ESR_ELx_EC_SHIFT                                26
#define ESR_ELx_EC_WIDTH                                6
#define ESR_ELx_EC_UNKNOWN                              UL(0b000000)
#define ESR_ELx_EC_WFx                                  UL(0b000001)
#define ESR_ELx_EC_CP15_32                              UL(0b000011)
#define ESR_ELx_EC_CP15_64                              UL(0b000100)
#define ESR_ELx_EC_CP14_MR                              UL(0b000101)
#define ESR_ELx_EC_CP14_LS                              UL(0b000110)
#define ESR_ELx_EC_FP_ASIMD                             UL(0b000111)
#define ESR_ELx_EC_CP10_ID                              UL(0b001000)
#define ESR_ELx_EC_PAC                                  UL(0b001001)
#define ESR_ELx_EC_OTHER                                UL(0b001010)
#define ESR_ELx_EC_CP14_64                              UL(0b001100)
#define ESR_ELx_EC_BTI                                  UL(0b001101)
#define ESR_ELx_EC_ILL                                  UL(0b001110)
#define ESR_ELx_EC_SVC32                                UL(0b010001)
#define ESR_ELx_EC_HVC32                                UL(0b010010)
#define ESR_ELx_EC_SMC32                                UL(0b010011)
#define ESR_ELx_EC_SVC64                                UL(0b010101)
#define ESR_ELx_EC_HVC64                                UL(0b010110)
#define ESR_ELx_EC_SMC64                                UL(0b010111)
#define ESR_ELx_EC_SYS64                                UL(0b011000)
#define ESR_ELx_EC_SVE                                  UL(0b011001)
#define ESR_ELx_EC_ERET                                 UL(0b011010)
#define ESR_ELx_EC_FPAC                                 UL(0b011100)
#define ESR_ELx_EC_SME                                  UL(0b011101)
#define ESR_ELx_EC_IMP_DEF                              UL(0b011111)
#define ESR_ELx_EC_IABT_LOW                             UL(0b100000)
#define ESR_ELx_EC_IABT_CUR                             UL(0b100001)
#define ESR_ELx_EC_PC_ALIGN                             UL(0b100010)
#define ESR_ELx_EC_DABT_LOW                             UL(0b100100)
#define ESR_ELx_EC_DABT_CUR                             UL(0b100101)
#define ESR_ELx_EC_SP_ALIGN                             UL(0b100110)
#define ESR_ELx_EC_MOPS                                 UL(0b100111)
#define ESR_ELx_EC_FP_EXC32                             UL(0b101000)
#define ESR_ELx_EC_FP_EXC64                             UL(0b101100)
#define ESR_ELx_EC_GCS                                  UL(0b101101)
#define ESR_ELx_EC_SERROR                               UL(0b101111)
#define ESR_ELx_EC_BREAKPT_LOW                          UL(0b110000)
#define ESR_ELx_EC_BREAKPT_CUR                          UL(0b110001)
#define ESR_ELx_EC_SOFTSTP_LOW                          UL(0b110010)
#define ESR_ELx_EC_SOFTSTP_CUR                          UL(0b110011)
#define ESR_ELx_EC_WATCHPT_LOW                          UL(0b110100)
#define ESR_ELx_EC_WATCHPT_CUR                          UL(0b110101)
#define ESR_ELx_EC_BKPT32                               UL(0b111000)
#define ESR_ELx_EC_VECTOR32                             UL(0b111010)
#define ESR_ELx_EC_BRK64                                UL(0b111100)

#define ESR_ELx_IL                                      GENMASK(25, 25)
#define ESR_ELx_IL_MASK                                 GENMASK(25, 25)
#define ESR_ELx_IL_SHIFT                                25
#define ESR_ELx_IL_WIDTH                                1

#define ESR_ELx_ISS                                     GENMASK(24, 0)
#define ESR_ELx_ISS_MASK                                GENMASK(24, 0)
#define ESR_ELx_ISS_SHIFT                               0
#define ESR_ELx_ISS_WIDTH                               25

#define ESR_ELx_RES0                                    (UL(0) | GENMASK_ULL(63, 56))
#define ESR_ELx_RES1                                    (UL(0))
#define ESR_ELx_UNKN                                    (UL(0))

#define REG_ESR_EL1                                     S3_0_C5_C2_0
#define SYS_ESR_EL1                                     sys_reg(3, 0, 5, 2, 0)
#define SYS_ESR_EL1_Op0                                 3
#define SYS_ESR_EL1_Op1                                 0
#define SYS_ESR_EL1_CRn                                 5
#define SYS_ESR_EL1_CRm                                 2
#define SYS_ESR_EL1_Op2                                 0

/* For ESR_EL1 fields see ESR_ELx */

#define REG_ESR_EL2                                     S3_4_C5_C2_0
#define SYS_ESR_EL2                                     sys_reg(3, 4, 5, 2, 0)
#define SYS_ESR_EL2_Op0                                 3
#define SYS_ESR_EL2_Op1                                 4
#define SYS_ESR_EL2_CRn                                 5
#define SYS_ESR_EL2_CRm                                 2
#define SYS_ESR_EL2_Op2                                 0

/* For ESR_EL2 fields see ESR_ELx */

#define REG_FAR_EL1                                     S3_0_C6_C0_0
#define SYS_FAR_EL1                                     sys_reg(3, 0, 6, 0, 0)
#define SYS_FAR_EL1_Op0                                 3
#define SYS_FAR_EL1_Op1                                 0
#define SYS_FAR_EL1_CRn                                 6
#define SYS_FAR_EL1_CRm                                 0
#define SYS_FAR_EL1_Op2                                 0

#define FAR_EL1_ADDR                                    GENMASK(63, 0)
#define FAR_EL1_ADDR_MASK                               GENMASK(63, 0)
#define FAR_EL1_ADDR_SHIFT                              0
#define FAR_EL1_ADDR_WIDTH                              64

#define FAR_EL1_RES0                                    (UL(0))
#define FAR_EL1_RES1                                    (UL(0))
#define FAR_EL1_UNKN                                    (UL(0))

#define REG_FAR_EL2                                     S3_4_C6_C0_0
#define SYS_FAR_EL2                                     sys_reg(3, 4, 6, 0, 0)
#define SYS_FAR_EL2_Op0                                 3
#define SYS_FAR_EL2_Op1                                 4
#define SYS_FAR_EL2_CRn                                 6
#define SYS_FAR_EL2_CRm                                 0
#define SYS_FAR_EL2_Op2                                 0

#define FAR_EL2_ADDR                                    GENMASK(63, 0)
#define FAR_EL2_ADDR_MASK                               GENMASK(63, 0)
#define FAR_EL2_ADDR_SHIFT                              0
#define FAR_EL2_ADDR_WIDTH                              64

#define FAR_EL2_RES0                                    (UL(0))
#define FAR_EL2_RES1                                    (UL(0))
#define FAR_EL2_UNKN                                    (UL(0))

#define REG_HPFAR_EL2                                   S3_4_C6_C0_4
#define SYS_HPFAR_EL2                                   sys_reg(3, 4, 6, 0, 4)
#define SYS_HPFAR_EL2_Op0                               3
#define SYS_HPFAR_EL2_Op1                               4
#define SYS_HPFAR_EL2_CRn                               6
#define SYS_HPFAR_EL2_CRm                               0
#define SYS_HPFAR_EL2_Op2                               4

#define HPFAR_EL2_NS                                    GENMASK(63, 63)
#define HPFAR_EL2_NS_MASK                               GENMASK(63, 63)
#define HPFAR_EL2_NS_SHIFT                              63
#define HPFAR_EL2_NS_WIDTH                              1

#define HPFAR_EL2_FIPA                                  GENMASK(47, 4)
#define HPFAR_EL2_FIPA_MASK                             GENMASK(47, 4)
#define HPFAR_EL2_FIPA_SHIFT                            4
#define HPFAR_EL2_FIPA_WIDTH                            44

#define HPFAR_EL2_RES0                                  (UL(0) | GENMASK_ULL(62, 48) | GENMASK_ULL(3, 0))
#define HPFAR_EL2_RES1                                  (UL(0))
#define HPFAR_EL2_UNKN                                  (UL(0))

#define CNTx_CTL_EL0_ISTATUS                            GENMASK(2, 2)
#define CNTx_CTL_EL0_ISTATUS_MASK                       GENMASK(2, 2)
#define CNTx_CTL_EL0_ISTATUS_SHIFT                      2
#define CNTx_CTL_EL0_ISTATUS_WIDTH                      1

#define CNTx_CTL_EL0_IMASK                              GENMASK(1, 1)
#define CNTx_CTL_EL0_IMASK_MASK                         GENMASK(1, 1)
#define CNTx_CTL_EL0_IMASK_SHIFT                        1
#define CNTx_CTL_EL0_IMASK_WIDTH                        1

#define CNTx_CTL_EL0_ENABLE                             GENMASK(0, 0)
#define CNTx_CTL_EL0_ENABLE_MASK                        GENMASK(0, 0)
#define CNTx_CTL_EL0_ENABLE_SHIFT                       0
#define CNTx_CTL_EL0_ENABLE_WIDTH                       1

#define CNTx_CTL_EL0_RES0                               (UL(0) | GENMASK_ULL(63, 3))
#define CNTx_CTL_EL0_RES1                               (UL(0))
#define CNTx_CTL_EL0_UNKN                               (UL(0))

#define REG_CNTP_CTL_EL0                                S3_3_C14_C2_1
#define SYS_CNTP_CTL_EL0                                sys_reg(3, 3, 14, 2, 1)
#define SYS_CNTP_CTL_EL0_Op0                            3
#define SYS_CNTP_CTL_EL0_Op1                            3
#define SYS_CNTP_CTL_EL0_CRn                            14
#define SYS_CNTP_CTL_EL0_CRm                            2
#define SYS_CNTP_CTL_EL0_Op2                            1

/* For CNTP_CTL_EL0 fields see CNTx_CTL_EL0 */

#define REG_CNTV_CTL_EL0                                S3_3_C14_C3_1
#define SYS_CNTV_CTL_EL0                                sys_reg(3, 3, 14, 3, 1)
#define SYS_CNTV_CTL_EL0_Op0                            3
#define SYS_CNTV_CTL_EL0_Op1                            3
#define SYS_CNTV_CTL_EL0_CRn                            14
#define SYS_CNTV_CTL_EL0_CRm                            3
#define SYS_CNTV_CTL_EL0_Op2                            1

/* For CNTV_CTL_EL0 fields see CNTx_CTL_EL0 */

#define REG_CNTP_CVAL_EL0                               S3_3_C14_C2_2
#define SYS_CNTP_CVAL_EL0                               sys_reg(3, 3, 14, 2, 2)
#define SYS_CNTP_CVAL_EL0_Op0                           3
#define SYS_CNTP_CVAL_EL0_Op1                           3
#define SYS_CNTP_CVAL_EL0_CRn                           14
#define SYS_CNTP_CVAL_EL0_CRm                           2
#define SYS_CNTP_CVAL_EL0_Op2                           2

#define CNTP_CVAL_EL0_CompareValue                      GENMASK(63, 0)
#define CNTP_CVAL_EL0_CompareValue_MASK                 GENMASK(63, 0)
#define CNTP_CVAL_EL0_CompareValue_SHIFT                0
#define CNTP_CVAL_EL0_CompareValue_WIDTH                64

#define CNTP_CVAL_EL0_RES0                              (UL(0))
#define CNTP_CVAL_EL0_RES1                              (UL(0))
#define CNTP_CVAL_EL0_UNKN                              (UL(0))

#define REG_CNTV_CVAL_EL0                               S3_3_C14_C3_2
#define SYS_CNTV_CVAL_EL0                               sys_reg(3, 3, 14, 3, 2)
#define SYS_CNTV_CVAL_EL0_Op0                           3
#define SYS_CNTV_CVAL_EL0_Op1                           3
#define SYS_CNTV_CVAL_EL0_CRn                           14
#define SYS_CNTV_CVAL_EL0_CRm                           3
#define SYS_CNTV_CVAL_EL0_Op2                           2

#define CNTV_CVAL_EL0_CompareValue                      GENMASK(63, 0)
#define CNTV_CVAL_EL0_CompareValue_MASK                 GENMASK(63, 0)
#define CNTV_CVAL_EL0_CompareValue_SHIFT                0
#define CNTV_CVAL_EL0_CompareValue_WIDTH                64

#define CNTV_CVAL_EL0_RES0                              (UL(0))
#define CNTV_CVAL_EL0_RES1                              (UL(0))
#define CNTV_CVAL_EL0_UNKN                              (UL(0))

#define REG_CNTP_TVAL_EL0                               S3_3_C14_C2_0
#define SYS_CNTP_TVAL_EL0                               sys_reg(3, 3, 14, 2, 0)
#define SYS_CNTP_TVAL_EL0_Op0                           3
#define SYS_CNTP_TVAL_EL0_Op1                           3
#define SYS_CNTP_TVAL_EL0_CRn                           14
#define SYS_CNTP_TVAL_EL0_CRm                           2
#define SYS_CNTP_TVAL_EL0_Op2                           0

#define CNTP_TVAL_EL0_TimerValue                        GENMASK(31, 0)
#define CNTP_TVAL_EL0_TimerValue_MASK                   GENMASK(31, 0)
#define CNTP_TVAL_EL0_TimerValue_SHIFT                  0
#define CNTP_TVAL_EL0_TimerValue_WIDTH                  32

#define CNTP_TVAL_EL0_RES0                              (UL(0) | GENMASK_ULL(63, 32))
#define CNTP_TVAL_EL0_RES1                              (UL(0))
#define CNTP_TVAL_EL0_UNKN                              (UL(0))

#define REG_CNTV_TVAL_EL0                               S3_3_C14_C3_0
#define SYS_CNTV_TVAL_EL0                               sys_reg(3, 3, 14, 3, 0)
#define SYS_CNTV_TVAL_EL0_Op0                           3
#define SYS_CNTV_TVAL_EL0_Op1                           3
#define SYS_CNTV_TVAL_EL0_CRn                           14
#define SYS_CNTV_TVAL_EL0_CRm                           3
#define SYS_CNTV_TVAL_EL0_Op2                           0

#define CNTV_TVAL_EL0_TimerValue                        GENMASK(31, 0)
#define CNTV_TVAL_EL0_TimerValue_MASK                   GENMASK(31, 0)
#define CNTV_TVAL_EL0_TimerValue_SHIFT                  0
#define CNTV_TVAL_EL0_TimerValue_WIDTH                  32

#define CNTV_TVAL_EL0_RES0                              (UL(0) | GENMASK_ULL(63, 32))
#define CNTV_TVAL_EL0_RES1                              (UL(0))
#define CNTV_TVAL_EL0_UNKN                              (UL(0))

#define REG_CNTPCT_EL0                                  S3_3_C14_C0_1
#define SYS_CNTPCT_EL0                                  sys_reg(3, 3, 14, 0, 1)
#define SYS_CNTPCT_EL0_Op0                              3
#define SYS_CNTPCT_EL0_Op1                              3
#define SYS_CNTPCT_EL0_CRn                              14
#define SYS_CNTPCT_EL0_CRm                              0
#define SYS_CNTPCT_EL0_Op2                              1

#define CNTPCT_EL0_PhysicalCount                        GENMASK(63, 0)
#define CNTPCT_EL0_PhysicalCount_MASK                   GENMASK(63, 0)
#define CNTPCT_EL0_PhysicalCount_SHIFT                  0
#define CNTPCT_EL0_PhysicalCount_WIDTH                  64

#define CNTPCT_EL0_RES0                                 (UL(0))
#define CNTPCT_EL0_RES1                                 (UL(0))
#define CNTPCT_EL0_UNKN                                 (UL(0))

#define REG_CNTVCT_EL0                                  S3_3_C14_C0_2
#define SYS_CNTVCT_EL0                                  sys_reg(3, 3, 14, 0, 2)
#define SYS_CNTVCT_EL0_Op0                              3
#define SYS_CNTVCT_EL0_Op1                              3
#define SYS_CNTVCT_EL0_CRn                              14
#define SYS_CNTVCT_EL0_CRm                              0
#define SYS_CNTVCT_EL0_Op2                              2

#define CNTVCT_EL0_VirtualCount                         GENMASK(63, 0)
#define CNTVCT_EL0_VirtualCount_MASK                    GENMASK(63, 0)
#define CNTVCT_EL0_VirtualCount_SHIFT                   0
#define CNTVCT_EL0_VirtualCount_WIDTH                   64

#define CNTVCT_EL0_RES0                                 (UL(0))
#define CNTVCT_EL0_RES1                                 (UL(0))
#define CNTVCT_EL0_UNKN                                 (UL(0))

#define REG_CNTKCTL_EL1                                 S3_0_C14_C1_0
#define SYS_CNTKCTL_EL1                                 sys_reg(3, 0, 14, 1, 0)
#define SYS_CNTKCTL_EL1_Op0                             3
#define SYS_CNTKCTL_EL1_Op1                             0
#define SYS_CNTKCTL_EL1_CRn                             14
#define SYS_CNTKCTL_EL1_CRm                             1
#define SYS_CNTKCTL_EL1_Op2                             0

#define CNTKCTL_EL1_CNTPMASK                            GENMASK(19, 19)
#define CNTKCTL_EL1_CNTPMASK_MASK                       GENMASK(19, 19)
#define CNTKCTL_EL1_CNTPMASK_SHIFT                      19
#define CNTKCTL_EL1_CNTPMASK_WIDTH                      1

#define CNTKCTL_EL1_CNTVMASK                            GENMASK(18, 18)
#define CNTKCTL_EL1_CNTVMASK_MASK                       GENMASK(18, 18)
#define CNTKCTL_EL1_CNTVMASK_SHIFT                      18
#define CNTKCTL_EL1_CNTVMASK_WIDTH                      1

#define CNTKCTL_EL1_EVNTIS                              GENMASK(17, 17)
#define CNTKCTL_EL1_EVNTIS_MASK                         GENMASK(17, 17)
#define CNTKCTL_EL1_EVNTIS_SHIFT                        17
#define CNTKCTL_EL1_EVNTIS_WIDTH                        1

#define CNTKCTL_EL1_EL1NVVCT                            GENMASK(16, 16)
#define CNTKCTL_EL1_EL1NVVCT_MASK                       GENMASK(16, 16)
#define CNTKCTL_EL1_EL1NVVCT_SHIFT                      16
#define CNTKCTL_EL1_EL1NVVCT_WIDTH                      1

#define CNTKCTL_EL1_EL1NVPCT                            GENMASK(15, 15)
#define CNTKCTL_EL1_EL1NVPCT_MASK                       GENMASK(15, 15)
#define CNTKCTL_EL1_EL1NVPCT_SHIFT                      15
#define CNTKCTL_EL1_EL1NVPCT_WIDTH                      1

#define CNTKCTL_EL1_EL1TVCT                             GENMASK(14, 14)
#define CNTKCTL_EL1_EL1TVCT_MASK                        GENMASK(14, 14)
#define CNTKCTL_EL1_EL1TVCT_SHIFT                       14
#define CNTKCTL_EL1_EL1TVCT_WIDTH                       1

#define CNTKCTL_EL1_EL1TVT                              GENMASK(13, 13)
#define CNTKCTL_EL1_EL1TVT_MASK                         GENMASK(13, 13)
#define CNTKCTL_EL1_EL1TVT_SHIFT                        13
#define CNTKCTL_EL1_EL1TVT_WIDTH                        1

#define CNTKCTL_EL1_ECV                                 GENMASK(12, 12)
#define CNTKCTL_EL1_ECV_MASK                            GENMASK(12, 12)
#define CNTKCTL_EL1_ECV_SHIFT                           12
#define CNTKCTL_EL1_ECV_WIDTH                           1

#define CNTKCTL_EL1_EL1PTEN                             GENMASK(11, 11)
#define CNTKCTL_EL1_EL1PTEN_MASK                        GENMASK(11, 11)
#define CNTKCTL_EL1_EL1PTEN_SHIFT                       11
#define CNTKCTL_EL1_EL1PTEN_WIDTH                       1

#define CNTKCTL_EL1_EL1PCTEN                            GENMASK(10, 10)
#define CNTKCTL_EL1_EL1PCTEN_MASK                       GENMASK(10, 10)
#define CNTKCTL_EL1_EL1PCTEN_SHIFT                      10
#define CNTKCTL_EL1_EL1PCTEN_WIDTH                      1

#define CNTKCTL_EL1_EL0PTEN                             GENMASK(9, 9)
#define CNTKCTL_EL1_EL0PTEN_MASK                        GENMASK(9, 9)
#define CNTKCTL_EL1_EL0PTEN_SHIFT                       9
#define CNTKCTL_EL1_EL0PTEN_WIDTH                       1

#define CNTKCTL_EL1_EL0VTEN                             GENMASK(8, 8)
#define CNTKCTL_EL1_EL0VTEN_MASK                        GENMASK(8, 8)
#define CNTKCTL_EL1_EL0VTEN_SHIFT                       8
#define CNTKCTL_EL1_EL0VTEN_WIDTH                       1

#define CNTKCTL_EL1_EVNTI                               GENMASK(7, 4)
#define CNTKCTL_EL1_EVNTI_MASK                          GENMASK(7, 4)
#define CNTKCTL_EL1_EVNTI_SHIFT                         4
#define CNTKCTL_EL1_EVNTI_WIDTH                         4

#define CNTKCTL_EL1_EVNTDIR                             GENMASK(3, 3)
#define CNTKCTL_EL1_EVNTDIR_MASK                        GENMASK(3, 3)
#define CNTKCTL_EL1_EVNTDIR_SHIFT                       3
#define CNTKCTL_EL1_EVNTDIR_WIDTH                       1

#define CNTKCTL_EL1_EVNTEN                              GENMASK(2, 2)
#define CNTKCTL_EL1_EVNTEN_MASK                         GENMASK(2, 2)
#define CNTKCTL_EL1_EVNTEN_SHIFT                        2
#define CNTKCTL_EL1_EVNTEN_WIDTH                        1

#define CNTKCTL_EL1_EL0VCTEN                            GENMASK(1, 1)
#define CNTKCTL_EL1_EL0VCTEN_MASK                       GENMASK(1, 1)
#define CNTKCTL_EL1_EL0VCTEN_SHIFT                      1
#define CNTKCTL_EL1_EL0VCTEN_WIDTH                      1

#define CNTKCTL_EL1_EL0PCTEN                            GENMASK(0, 0)
#define CNTKCTL_EL1_EL0PCTEN_MASK                       GENMASK(0, 0)
#define CNTKCTL_EL1_EL0PCTEN_SHIFT                      0
#define CNTKCTL_EL1_EL0PCTEN_WIDTH                      1

#define CNTKCTL_EL1_RES0                                (UL(0) | GENMASK_ULL(63, 20))
#define CNTKCTL_EL1_RES1                                (UL(0))
#define CNTKCTL_EL1_UNKN                                (UL(0))

#define REG_CNTVOFF_EL2                                 S3_4_C14_C0_3
#define SYS_CNTVOFF_EL2                                 sys_reg(3, 4, 14, 0, 3)
#define SYS_CNTVOFF_EL2_Op0                             3
#define SYS_CNTVOFF_EL2_Op1                             4
#define SYS_CNTVOFF_EL2_CRn                             14
#define SYS_CNTVOFF_EL2_CRm                             0
#define SYS_CNTVOFF_EL2_Op2                             3

#define CNTVOFF_EL2_VOffset                             GENMASK(63, 0)
#define CNTVOFF_EL2_VOffset_MASK                        GENMASK(63, 0)
#define CNTVOFF_EL2_VOffset_SHIFT                       0
#define CNTVOFF_EL2_VOffset_WIDTH                       64

#define CNTVOFF_EL2_RES0                                (UL(0))
#define CNTVOFF_EL2_RES1                                (UL(0))
#define CNTVOFF_EL2_UNKN                                (UL(0))

#define REG_HCR_EL2                                     S3_4_C1_C1_0
#define SYS_HCR_EL2                                     sys_reg(3, 4, 1, 1, 0)
#define SYS_HCR_EL2_Op0                                 3
#define SYS_HCR_EL2_Op1                                 4
#define SYS_HCR_EL2_CRn                                 1
#define SYS_HCR_EL2_CRm                                 1
#define SYS_HCR_EL2_Op2                                 0

#define HCR_EL2_TWEDEL                                  GENMASK(63, 60)
#define HCR_EL2_TWEDEL_MASK                             GENMASK(63, 60)
#define HCR_EL2_TWEDEL_SHIFT                            60
#define HCR_EL2_TWEDEL_WIDTH                            4

#define HCR_EL2_TWEDEn                                  GENMASK(59, 59)
#define HCR_EL2_TWEDEn_MASK                             GENMASK(59, 59)
#define HCR_EL2_TWEDEn_SHIFT                            59
#define HCR_EL2_TWEDEn_WIDTH                            1

#define HCR_EL2_TID5                                    GENMASK(58, 58)
#define HCR_EL2_TID5_MASK                               GENMASK(58, 58)
#define HCR_EL2_TID5_SHIFT                              58
#define HCR_EL2_TID5_WIDTH                              1

#define HCR_EL2_DCT                                     GENMASK(57, 57)
#define HCR_EL2_DCT_MASK                                GENMASK(57, 57)
#define HCR_EL2_DCT_SHIFT                               57
#define HCR_EL2_DCT_WIDTH                               1

#define HCR_EL2_ATA                                     GENMASK(56, 56)
#define HCR_EL2_ATA_MASK                                GENMASK(56, 56)
#define HCR_EL2_ATA_SHIFT                               56
#define HCR_EL2_ATA_WIDTH                               1

#define HCR_EL2_TTLBOS                                  GENMASK(55, 55)
#define HCR_EL2_TTLBOS_MASK                             GENMASK(55, 55)
#define HCR_EL2_TTLBOS_SHIFT                            55
#define HCR_EL2_TTLBOS_WIDTH                            1

#define HCR_EL2_TTLBIS                                  GENMASK(54, 54)
#define HCR_EL2_TTLBIS_MASK                             GENMASK(54, 54)
#define HCR_EL2_TTLBIS_SHIFT                            54
#define HCR_EL2_TTLBIS_WIDTH                            1

#define HCR_EL2_EnSCXT                                  GENMASK(53, 53)
#define HCR_EL2_EnSCXT_MASK                             GENMASK(53, 53)
#define HCR_EL2_EnSCXT_SHIFT                            53
#define HCR_EL2_EnSCXT_WIDTH                            1

#define HCR_EL2_TOCU                                    GENMASK(52, 52)
#define HCR_EL2_TOCU_MASK                               GENMASK(52, 52)
#define HCR_EL2_TOCU_SHIFT                              52
#define HCR_EL2_TOCU_WIDTH                              1

#define HCR_EL2_AMVOFFEN                                GENMASK(51, 51)
#define HCR_EL2_AMVOFFEN_MASK                           GENMASK(51, 51)
#define HCR_EL2_AMVOFFEN_SHIFT                          51
#define HCR_EL2_AMVOFFEN_WIDTH                          1

#define HCR_EL2_TICAB                                   GENMASK(50, 50)
#define HCR_EL2_TICAB_MASK                              GENMASK(50, 50)
#define HCR_EL2_TICAB_SHIFT                             50
#define HCR_EL2_TICAB_WIDTH                             1

#define HCR_EL2_TID4                                    GENMASK(49, 49)
#define HCR_EL2_TID4_MASK                               GENMASK(49, 49)
#define HCR_EL2_TID4_SHIFT                              49
#define HCR_EL2_TID4_WIDTH                              1

#define HCR_EL2_GPF                                     GENMASK(48, 48)
#define HCR_EL2_GPF_MASK                                GENMASK(48, 48)
#define HCR_EL2_GPF_SHIFT                               48
#define HCR_EL2_GPF_WIDTH                               1

#define HCR_EL2_FIEN                                    GENMASK(47, 47)
#define HCR_EL2_FIEN_MASK                               GENMASK(47, 47)
#define HCR_EL2_FIEN_SHIFT                              47
#define HCR_EL2_FIEN_WIDTH                              1

#define HCR_EL2_FWB                                     GENMASK(46, 46)
#define HCR_EL2_FWB_MASK                                GENMASK(46, 46)
#define HCR_EL2_FWB_SHIFT                               46
#define HCR_EL2_FWB_WIDTH                               1

#define HCR_EL2_NV2                                     GENMASK(45, 45)
#define HCR_EL2_NV2_MASK                                GENMASK(45, 45)
#define HCR_EL2_NV2_SHIFT                               45
#define HCR_EL2_NV2_WIDTH                               1

#define HCR_EL2_AT                                      GENMASK(44, 44)
#define HCR_EL2_AT_MASK                                 GENMASK(44, 44)
#define HCR_EL2_AT_SHIFT                                44
#define HCR_EL2_AT_WIDTH                                1

#define HCR_EL2_NV1                                     GENMASK(43, 43)
#define HCR_EL2_NV1_MASK                                GENMASK(43, 43)
#define HCR_EL2_NV1_SHIFT                               43
#define HCR_EL2_NV1_WIDTH                               1

#define HCR_EL2_NV                                      GENMASK(42, 42)
#define HCR_EL2_NV_MASK                                 GENMASK(42, 42)
#define HCR_EL2_NV_SHIFT                                42
#define HCR_EL2_NV_WIDTH                                1

#define HCR_EL2_API                                     GENMASK(41, 41)
#define HCR_EL2_API_MASK                                GENMASK(41, 41)
#define HCR_EL2_API_SHIFT                               41
#define HCR_EL2_API_WIDTH                               1

#define HCR_EL2_APK                                     GENMASK(40, 40)
#define HCR_EL2_APK_MASK                                GENMASK(40, 40)
#define HCR_EL2_APK_SHIFT                               40
#define HCR_EL2_APK_WIDTH                               1

#define HCR_EL2_TME                                     GENMASK(39, 39)
#define HCR_EL2_TME_MASK                                GENMASK(39, 39)
#define HCR_EL2_TME_SHIFT                               39
#define HCR_EL2_TME_WIDTH                               1

#define HCR_EL2_MIOCNCE                                 GENMASK(38, 38)
#define HCR_EL2_MIOCNCE_MASK                            GENMASK(38, 38)
#define HCR_EL2_MIOCNCE_SHIFT                           38
#define HCR_EL2_MIOCNCE_WIDTH                           1

#define HCR_EL2_TEA                                     GENMASK(37, 37)
#define HCR_EL2_TEA_MASK                                GENMASK(37, 37)
#define HCR_EL2_TEA_SHIFT                               37
#define HCR_EL2_TEA_WIDTH                               1

#define HCR_EL2_TERR                                    GENMASK(36, 36)
#define HCR_EL2_TERR_MASK                               GENMASK(36, 36)
#define HCR_EL2_TERR_SHIFT                              36
#define HCR_EL2_TERR_WIDTH                              1

#define HCR_EL2_TLOR                                    GENMASK(35, 35)
#define HCR_EL2_TLOR_MASK                               GENMASK(35, 35)
#define HCR_EL2_TLOR_SHIFT                              35
#define HCR_EL2_TLOR_WIDTH                              1

#define HCR_EL2_E2H                                     GENMASK(34, 34)
#define HCR_EL2_E2H_MASK                                GENMASK(34, 34)
#define HCR_EL2_E2H_SHIFT                               34
#define HCR_EL2_E2H_WIDTH                               1

#define HCR_EL2_ID                                      GENMASK(33, 33)
#define HCR_EL2_ID_MASK                                 GENMASK(33, 33)
#define HCR_EL2_ID_SHIFT                                33
#define HCR_EL2_ID_WIDTH                                1

#define HCR_EL2_CD                                      GENMASK(32, 32)
#define HCR_EL2_CD_MASK                                 GENMASK(32, 32)
#define HCR_EL2_CD_SHIFT                                32
#define HCR_EL2_CD_WIDTH                                1

#define HCR_EL2_RW                                      GENMASK(31, 31)
#define HCR_EL2_RW_MASK                                 GENMASK(31, 31)
#define HCR_EL2_RW_SHIFT                                31
#define HCR_EL2_RW_WIDTH                                1

#define HCR_EL2_TRVM                                    GENMASK(30, 30)
#define HCR_EL2_TRVM_MASK                               GENMASK(30, 30)
#define HCR_EL2_TRVM_SHIFT                              30
#define HCR_EL2_TRVM_WIDTH                              1

#define HCR_EL2_HCD                                     GENMASK(29, 29)
#define HCR_EL2_HCD_MASK                                GENMASK(29, 29)
#define HCR_EL2_HCD_SHIFT                               29
#define HCR_EL2_HCD_WIDTH                               1

#define HCR_EL2_TDZ                                     GENMASK(28, 28)
#define HCR_EL2_TDZ_MASK                                GENMASK(28, 28)
#define HCR_EL2_TDZ_SHIFT                               28
#define HCR_EL2_TDZ_WIDTH                               1

#define HCR_EL2_TGE                                     GENMASK(27, 27)
#define HCR_EL2_TGE_MASK                                GENMASK(27, 27)
#define HCR_EL2_TGE_SHIFT                               27
#define HCR_EL2_TGE_WIDTH                               1

#define HCR_EL2_TVM                                     GENMASK(26, 26)
#define HCR_EL2_TVM_MASK                                GENMASK(26, 26)
#define HCR_EL2_TVM_SHIFT                               26
#define HCR_EL2_TVM_WIDTH                               1

#define HCR_EL2_TTLB                                    GENMASK(25, 25)
#define HCR_EL2_TTLB_MASK                               GENMASK(25, 25)
#define HCR_EL2_TTLB_SHIFT                              25
#define HCR_EL2_TTLB_WIDTH                              1

#define HCR_EL2_TPU                                     GENMASK(24, 24)
#define HCR_EL2_TPU_MASK                                GENMASK(24, 24)
#define HCR_EL2_TPU_SHIFT                               24
#define HCR_EL2_TPU_WIDTH                               1

#define HCR_EL2_TPCP                                    GENMASK(23, 23)
#define HCR_EL2_TPCP_MASK                               GENMASK(23, 23)
#define HCR_EL2_TPCP_SHIFT                              23
#define HCR_EL2_TPCP_WIDTH                              1

#define HCR_EL2_TSW                                     GENMASK(22, 22)
#define HCR_EL2_TSW_MASK                                GENMASK(22, 22)
#define HCR_EL2_TSW_SHIFT                               22
#define HCR_EL2_TSW_WIDTH                               1

#define HCR_EL2_TACR                                    GENMASK(21, 21)
#define HCR_EL2_TACR_MASK                               GENMASK(21, 21)
#define HCR_EL2_TACR_SHIFT                              21
#define HCR_EL2_TACR_WIDTH                              1

#define HCR_EL2_TIDCP                                   GENMASK(20, 20)
#define HCR_EL2_TIDCP_MASK                              GENMASK(20, 20)
#define HCR_EL2_TIDCP_SHIFT                             20
#define HCR_EL2_TIDCP_WIDTH                             1

#define HCR_EL2_TSC                                     GENMASK(19, 19)
#define HCR_EL2_TSC_MASK                                GENMASK(19, 19)
#define HCR_EL2_TSC_SHIFT                               19
#define HCR_EL2_TSC_WIDTH                               1

#define HCR_EL2_TID3                                    GENMASK(18, 18)
#define HCR_EL2_TID3_MASK                               GENMASK(18, 18)
#define HCR_EL2_TID3_SHIFT                              18
#define HCR_EL2_TID3_WIDTH                              1

#define HCR_EL2_TID2                                    GENMASK(17, 17)
#define HCR_EL2_TID2_MASK                               GENMASK(17, 17)
#define HCR_EL2_TID2_SHIFT                              17
#define HCR_EL2_TID2_WIDTH                              1

#define HCR_EL2_TID1                                    GENMASK(16, 16)
#define HCR_EL2_TID1_MASK                               GENMASK(16, 16)
#define HCR_EL2_TID1_SHIFT                              16
#define HCR_EL2_TID1_WIDTH                              1

#define HCR_EL2_TID0                                    GENMASK(15, 15)
#define HCR_EL2_TID0_MASK                               GENMASK(15, 15)
#define HCR_EL2_TID0_SHIFT                              15
#define HCR_EL2_TID0_WIDTH                              1

#define HCR_EL2_TWE                                     GENMASK(14, 14)
#define HCR_EL2_TWE_MASK                                GENMASK(14, 14)
#define HCR_EL2_TWE_SHIFT                               14
#define HCR_EL2_TWE_WIDTH                               1

#define HCR_EL2_TWI                                     GENMASK(13, 13)
#define HCR_EL2_TWI_MASK                                GENMASK(13, 13)
#define HCR_EL2_TWI_SHIFT                               13
#define HCR_EL2_TWI_WIDTH                               1

#define HCR_EL2_DC                                      GENMASK(12, 12)
#define HCR_EL2_DC_MASK                                 GENMASK(12, 12)
#define HCR_EL2_DC_SHIFT                                12
#define HCR_EL2_DC_WIDTH                                1

#define HCR_EL2_BSU                                     GENMASK(11, 10)
#define HCR_EL2_BSU_MASK                                GENMASK(11, 10)
#define HCR_EL2_BSU_SHIFT                               10
#define HCR_EL2_BSU_WIDTH                               2

#define HCR_EL2_FB                                      GENMASK(9, 9)
#define HCR_EL2_FB_MASK                                 GENMASK(9, 9)
#define HCR_EL2_FB_SHIFT                                9
#define HCR_EL2_FB_WIDTH                                1

#define HCR_EL2_VSE                                     GENMASK(8, 8)
#define HCR_EL2_VSE_MASK                                GENMASK(8, 8)
#define HCR_EL2_VSE_SHIFT                               8
#define HCR_EL2_VSE_WIDTH                               1

#define HCR_EL2_VI                                      GENMASK(7, 7)
#define HCR_EL2_VI_MASK                                 GENMASK(7, 7)
#define HCR_EL2_VI_SHIFT                                7
#define HCR_EL2_VI_WIDTH                                1

#define HCR_EL2_VF                                      GENMASK(6, 6)
#define HCR_EL2_VF_MASK                                 GENMASK(6, 6)
#define HCR_EL2_VF_SHIFT                                6
#define HCR_EL2_VF_WIDTH                                1

#define HCR_EL2_AMO                                     GENMASK(5, 5)
#define HCR_EL2_AMO_MASK                                GENMASK(5, 5)
#define HCR_EL2_AMO_SHIFT                               5
#define HCR_EL2_AMO_WIDTH                               1

#define HCR_EL2_IMO                                     GENMASK(4, 4)
#define HCR_EL2_IMO_MASK                                GENMASK(4, 4)
#define HCR_EL2_IMO_SHIFT                               4
#define HCR_EL2_IMO_WIDTH                               1

#define HCR_EL2_FMO                                     GENMASK(3, 3)
#define HCR_EL2_FMO_MASK                                GENMASK(3, 3)
#define HCR_EL2_FMO_SHIFT                               3
#define HCR_EL2_FMO_WIDTH                               1

#define HCR_EL2_PTW                                     GENMASK(2, 2)
#define HCR_EL2_PTW_MASK                                GENMASK(2, 2)
#define HCR_EL2_PTW_SHIFT                               2
#define HCR_EL2_PTW_WIDTH                               1

#define HCR_EL2_SWIO                                    GENMASK(1, 1)
#define HCR_EL2_SWIO_MASK                               GENMASK(1, 1)
#define HCR_EL2_SWIO_SHIFT                              1
#define HCR_EL2_SWIO_WIDTH                              1

#define HCR_EL2_VM                                      GENMASK(0, 0)
#define HCR_EL2_VM_MASK                                 GENMASK(0, 0)
#define HCR_EL2_VM_SHIFT                                0
#define HCR_EL2_VM_WIDTH                                1

#define HCR_EL2_RES0                                    (UL(0))
#define HCR_EL2_RES1                                    (UL(0))
#define HCR_EL2_UNKN                                    (UL(0))

#define REG_HCRX_EL2                                    S3_4_C1_C2_2
#define SYS_HCRX_EL2                                    sys_reg(3, 4, 1, 2, 2)
#define SYS_HCRX_EL2_Op0                                3
#define SYS_HCRX_EL2_Op1                                4
#define SYS_HCRX_EL2_CRn                                1
#define SYS_HCRX_EL2_CRm                                2
#define SYS_HCRX_EL2_Op2                                2

#define HCRX_EL2_PACMEn                                 GENMASK(24, 24)
#define HCRX_EL2_PACMEn_MASK                            GENMASK(24, 24)
#define HCRX_EL2_PACMEn_SHIFT                           24
#define HCRX_EL2_PACMEn_WIDTH                           1

#define HCRX_EL2_EnFPM                                  GENMASK(23, 23)
#define HCRX_EL2_EnFPM_MASK                             GENMASK(23, 23)
#define HCRX_EL2_EnFPM_SHIFT                            23
#define HCRX_EL2_EnFPM_WIDTH                            1

#define HCRX_EL2_GCSEn                                  GENMASK(22, 22)
#define HCRX_EL2_GCSEn_MASK                             GENMASK(22, 22)
#define HCRX_EL2_GCSEn_SHIFT                            22
#define HCRX_EL2_GCSEn_WIDTH                            1

#define HCRX_EL2_EnIDCP128                              GENMASK(21, 21)
#define HCRX_EL2_EnIDCP128_MASK                         GENMASK(21, 21)
#define HCRX_EL2_EnIDCP128_SHIFT                        21
#define HCRX_EL2_EnIDCP128_WIDTH                        1

#define HCRX_EL2_EnSDERR                                GENMASK(20, 20)
#define HCRX_EL2_EnSDERR_MASK                           GENMASK(20, 20)
#define HCRX_EL2_EnSDERR_SHIFT                          20
#define HCRX_EL2_EnSDERR_WIDTH                          1

#define HCRX_EL2_TMEA                                   GENMASK(19, 19)
#define HCRX_EL2_TMEA_MASK                              GENMASK(19, 19)
#define HCRX_EL2_TMEA_SHIFT                             19
#define HCRX_EL2_TMEA_WIDTH                             1

#define HCRX_EL2_EnSNERR                                GENMASK(18, 18)
#define HCRX_EL2_EnSNERR_MASK                           GENMASK(18, 18)
#define HCRX_EL2_EnSNERR_SHIFT                          18
#define HCRX_EL2_EnSNERR_WIDTH                          1

#define HCRX_EL2_D128En                                 GENMASK(17, 17)
#define HCRX_EL2_D128En_MASK                            GENMASK(17, 17)
#define HCRX_EL2_D128En_SHIFT                           17
#define HCRX_EL2_D128En_WIDTH                           1

#define HCRX_EL2_PTTWI                                  GENMASK(16, 16)
#define HCRX_EL2_PTTWI_MASK                             GENMASK(16, 16)
#define HCRX_EL2_PTTWI_SHIFT                            16
#define HCRX_EL2_PTTWI_WIDTH                            1

#define HCRX_EL2_SCTLR2En                               GENMASK(15, 15)
#define HCRX_EL2_SCTLR2En_MASK                          GENMASK(15, 15)
#define HCRX_EL2_SCTLR2En_SHIFT                         15
#define HCRX_EL2_SCTLR2En_WIDTH                         1

#define HCRX_EL2_TCR2En                                 GENMASK(14, 14)
#define HCRX_EL2_TCR2En_MASK                            GENMASK(14, 14)
#define HCRX_EL2_TCR2En_SHIFT                           14
#define HCRX_EL2_TCR2En_WIDTH                           1

#define HCRX_EL2_MSCEn                                  GENMASK(11, 11)
#define HCRX_EL2_MSCEn_MASK                             GENMASK(11, 11)
#define HCRX_EL2_MSCEn_SHIFT                            11
#define HCRX_EL2_MSCEn_WIDTH                            1

#define HCRX_EL2_MCE2                                   GENMASK(10, 10)
#define HCRX_EL2_MCE2_MASK                              GENMASK(10, 10)
#define HCRX_EL2_MCE2_SHIFT                             10
#define HCRX_EL2_MCE2_WIDTH                             1

#define HCRX_EL2_CMOW                                   GENMASK(9, 9)
#define HCRX_EL2_CMOW_MASK                              GENMASK(9, 9)
#define HCRX_EL2_CMOW_SHIFT                             9
#define HCRX_EL2_CMOW_WIDTH                             1

#define HCRX_EL2_VFNMI                                  GENMASK(8, 8)
#define HCRX_EL2_VFNMI_MASK                             GENMASK(8, 8)
#define HCRX_EL2_VFNMI_SHIFT                            8
#define HCRX_EL2_VFNMI_WIDTH                            1

#define HCRX_EL2_VINMI                                  GENMASK(7, 7)
#define HCRX_EL2_VINMI_MASK                             GENMASK(7, 7)
#define HCRX_EL2_VINMI_SHIFT                            7
#define HCRX_EL2_VINMI_WIDTH                            1

#define HCRX_EL2_TALLINT                                GENMASK(6, 6)
#define HCRX_EL2_TALLINT_MASK                           GENMASK(6, 6)
#define HCRX_EL2_TALLINT_SHIFT                          6
#define HCRX_EL2_TALLINT_WIDTH                          1

#define HCRX_EL2_SMPME                                  GENMASK(5, 5)
#define HCRX_EL2_SMPME_MASK                             GENMASK(5, 5)
#define HCRX_EL2_SMPME_SHIFT                            5
#define HCRX_EL2_SMPME_WIDTH                            1

#define HCRX_EL2_FGTnXS                                 GENMASK(4, 4)
#define HCRX_EL2_FGTnXS_MASK                            GENMASK(4, 4)
#define HCRX_EL2_FGTnXS_SHIFT                           4
#define HCRX_EL2_FGTnXS_WIDTH                           1

#define HCRX_EL2_FnXS                                   GENMASK(3, 3)
#define HCRX_EL2_FnXS_MASK                              GENMASK(3, 3)
#define HCRX_EL2_FnXS_SHIFT                             3
#define HCRX_EL2_FnXS_WIDTH                             1

#define HCRX_EL2_EnASR                                  GENMASK(2, 2)
#define HCRX_EL2_EnASR_MASK                             GENMASK(2, 2)
#define HCRX_EL2_EnASR_SHIFT                            2
#define HCRX_EL2_EnASR_WIDTH                            1

#define HCRX_EL2_EnALS                                  GENMASK(1, 1)
#define HCRX_EL2_EnALS_MASK                             GENMASK(1, 1)
#define HCRX_EL2_EnALS_SHIFT                            1
#define HCRX_EL2_EnALS_WIDTH                            1

#define HCRX_EL2_EnAS0                                  GENMASK(0, 0)
#define HCRX_EL2_EnAS0_MASK                             GENMASK(0, 0)
#define HCRX_EL2_EnAS0_SHIFT                            0
#define HCRX_EL2_EnAS0_WIDTH                            1

#define HCRX_EL2_RES0                                   (UL(0) | GENMASK_ULL(63, 25) | GENMASK_ULL(13, 12))
#define HCRX_EL2_RES1                                   (UL(0))
#define HCRX_EL2_UNKN                                   (UL(0))

#define REG_VPIDR_EL2                                   S3_4_C0_C0_0
#define SYS_VPIDR_EL2                                   sys_reg(3, 4, 0, 0, 0)
#define SYS_VPIDR_EL2_Op0                               3
#define SYS_VPIDR_EL2_Op1                               4
#define SYS_VPIDR_EL2_CRn                               0
#define SYS_VPIDR_EL2_CRm                               0
#define SYS_VPIDR_EL2_Op2                               0

/* For VPIDR_EL2 fields see MIDR_ELx */

#define REG_VMPIDR_EL2                                  S3_4_C0_C0_5
#define SYS_VMPIDR_EL2                                  sys_reg(3, 4, 0, 0, 5)
#define SYS_VMPIDR_EL2_Op0                              3
#define SYS_VMPIDR_EL2_Op1                              4
#define SYS_VMPIDR_EL2_CRn                              0
#define SYS_VMPIDR_EL2_CRm                              0
#define SYS_VMPIDR_EL2_Op2                              5

/* For VMPIDR_EL2 fields see MPIDR_ELx */

#define REG_CPTR_EL2                                    S3_4_C1_C1_2
#define SYS_CPTR_EL2                                    sys_reg(3, 4, 1, 1, 2)
#define SYS_CPTR_EL2_Op0                                3
#define SYS_CPTR_EL2_Op1                                4
#define SYS_CPTR_EL2_CRn                                1
#define SYS_CPTR_EL2_CRm                                1
#define SYS_CPTR_EL2_Op2                                2

#define CPTR_EL2_TCPAC                                  GENMASK(31, 31)
#define CPTR_EL2_TCPAC_MASK                             GENMASK(31, 31)
#define CPTR_EL2_TCPAC_SHIFT                            31
#define CPTR_EL2_TCPAC_WIDTH                            1

#define CPTR_EL2_TAM                                    GENMASK(30, 30)
#define CPTR_EL2_TAM_MASK                               GENMASK(30, 30)
#define CPTR_EL2_TAM_SHIFT                              30
#define CPTR_EL2_TAM_WIDTH                              1

#define CPTR_EL2_E0POE                                  GENMASK(29, 29)
#define CPTR_EL2_E0POE_MASK                             GENMASK(29, 29)
#define CPTR_EL2_E0POE_SHIFT                            29
#define CPTR_EL2_E0POE_WIDTH                            1

#define CPTR_EL2_TTA                                    GENMASK(28, 28)
#define CPTR_EL2_TTA_MASK                               GENMASK(28, 28)
#define CPTR_EL2_TTA_SHIFT                              28
#define CPTR_EL2_TTA_WIDTH                              1

#define CPTR_EL2_SMEN                                   GENMASK(25, 24)
#define CPTR_EL2_SMEN_MASK                              GENMASK(25, 24)
#define CPTR_EL2_SMEN_SHIFT                             24
#define CPTR_EL2_SMEN_WIDTH                             2

#define CPTR_EL2_FPEN                                   GENMASK(21, 20)
#define CPTR_EL2_FPEN_MASK                              GENMASK(21, 20)
#define CPTR_EL2_FPEN_SHIFT                             20
#define CPTR_EL2_FPEN_WIDTH                             2

#define CPTR_EL2_ZEN                                    GENMASK(17, 16)
#define CPTR_EL2_ZEN_MASK                               GENMASK(17, 16)
#define CPTR_EL2_ZEN_SHIFT                              16
#define CPTR_EL2_ZEN_WIDTH                              2

#define CPTR_EL2_RES0                                   (UL(0) | GENMASK_ULL(63, 32) | GENMASK_ULL(27, 26) | GENMASK_ULL(23, 22) | GENMASK_ULL(19, 18) | GENMASK_ULL(15, 0))
#define CPTR_EL2_RES1                                   (UL(0))
#define CPTR_EL2_UNKN                                   (UL(0))

#define REG_CNTHCTL_EL2                                 S3_4_C14_C1_0
#define SYS_CNTHCTL_EL2                                 sys_reg(3, 4, 14, 1, 0)
#define SYS_CNTHCTL_EL2_Op0                             3
#define SYS_CNTHCTL_EL2_Op1                             4
#define SYS_CNTHCTL_EL2_CRn                             14
#define SYS_CNTHCTL_EL2_CRm                             1
#define SYS_CNTHCTL_EL2_Op2                             0

#define CNTHCTL_EL2_CNTPMASK                            GENMASK(19, 19)
#define CNTHCTL_EL2_CNTPMASK_MASK                       GENMASK(19, 19)
#define CNTHCTL_EL2_CNTPMASK_SHIFT                      19
#define CNTHCTL_EL2_CNTPMASK_WIDTH                      1

#define CNTHCTL_EL2_CNTVMASK                            GENMASK(18, 18)
#define CNTHCTL_EL2_CNTVMASK_MASK                       GENMASK(18, 18)
#define CNTHCTL_EL2_CNTVMASK_SHIFT                      18
#define CNTHCTL_EL2_CNTVMASK_WIDTH                      1

#define CNTHCTL_EL2_EVNTIS                              GENMASK(17, 17)
#define CNTHCTL_EL2_EVNTIS_MASK                         GENMASK(17, 17)
#define CNTHCTL_EL2_EVNTIS_SHIFT                        17
#define CNTHCTL_EL2_EVNTIS_WIDTH                        1

#define CNTHCTL_EL2_EL1NVVCT                            GENMASK(16, 16)
#define CNTHCTL_EL2_EL1NVVCT_MASK                       GENMASK(16, 16)
#define CNTHCTL_EL2_EL1NVVCT_SHIFT                      16
#define CNTHCTL_EL2_EL1NVVCT_WIDTH                      1

#define CNTHCTL_EL2_EL1NVPCT                            GENMASK(15, 15)
#define CNTHCTL_EL2_EL1NVPCT_MASK                       GENMASK(15, 15)
#define CNTHCTL_EL2_EL1NVPCT_SHIFT                      15
#define CNTHCTL_EL2_EL1NVPCT_WIDTH                      1

#define CNTHCTL_EL2_EL1TVCT                             GENMASK(14, 14)
#define CNTHCTL_EL2_EL1TVCT_MASK                        GENMASK(14, 14)
#define CNTHCTL_EL2_EL1TVCT_SHIFT                       14
#define CNTHCTL_EL2_EL1TVCT_WIDTH                       1

#define CNTHCTL_EL2_EL1TVT                              GENMASK(13, 13)
#define CNTHCTL_EL2_EL1TVT_MASK                         GENMASK(13, 13)
#define CNTHCTL_EL2_EL1TVT_SHIFT                        13
#define CNTHCTL_EL2_EL1TVT_WIDTH                        1

#define CNTHCTL_EL2_ECV                                 GENMASK(12, 12)
#define CNTHCTL_EL2_ECV_MASK                            GENMASK(12, 12)
#define CNTHCTL_EL2_ECV_SHIFT                           12
#define CNTHCTL_EL2_ECV_WIDTH                           1

#define CNTHCTL_EL2_EL1PTEN                             GENMASK(11, 11)
#define CNTHCTL_EL2_EL1PTEN_MASK                        GENMASK(11, 11)
#define CNTHCTL_EL2_EL1PTEN_SHIFT                       11
#define CNTHCTL_EL2_EL1PTEN_WIDTH                       1

#define CNTHCTL_EL2_EL1PCTEN                            GENMASK(10, 10)
#define CNTHCTL_EL2_EL1PCTEN_MASK                       GENMASK(10, 10)
#define CNTHCTL_EL2_EL1PCTEN_SHIFT                      10
#define CNTHCTL_EL2_EL1PCTEN_WIDTH                      1

#define CNTHCTL_EL2_EL0PTEN                             GENMASK(9, 9)
#define CNTHCTL_EL2_EL0PTEN_MASK                        GENMASK(9, 9)
#define CNTHCTL_EL2_EL0PTEN_SHIFT                       9
#define CNTHCTL_EL2_EL0PTEN_WIDTH                       1

#define CNTHCTL_EL2_EL0VTEN                             GENMASK(8, 8)
#define CNTHCTL_EL2_EL0VTEN_MASK                        GENMASK(8, 8)
#define CNTHCTL_EL2_EL0VTEN_SHIFT                       8
#define CNTHCTL_EL2_EL0VTEN_WIDTH                       1

#define CNTHCTL_EL2_EVNTI                               GENMASK(7, 4)
#define CNTHCTL_EL2_EVNTI_MASK                          GENMASK(7, 4)
#define CNTHCTL_EL2_EVNTI_SHIFT                         4
#define CNTHCTL_EL2_EVNTI_WIDTH                         4

#define CNTHCTL_EL2_EVNTDIR                             GENMASK(3, 3)
#define CNTHCTL_EL2_EVNTDIR_MASK                        GENMASK(3, 3)
#define CNTHCTL_EL2_EVNTDIR_SHIFT                       3
#define CNTHCTL_EL2_EVNTDIR_WIDTH                       1

#define CNTHCTL_EL2_EVNTEN                              GENMASK(2, 2)
#define CNTHCTL_EL2_EVNTEN_MASK                         GENMASK(2, 2)
#define CNTHCTL_EL2_EVNTEN_SHIFT                        2
#define CNTHCTL_EL2_EVNTEN_WIDTH                        1

#define CNTHCTL_EL2_EL0VCTEN                            GENMASK(1, 1)
#define CNTHCTL_EL2_EL0VCTEN_MASK                       GENMASK(1, 1)
#define CNTHCTL_EL2_EL0VCTEN_SHIFT                      1
#define CNTHCTL_EL2_EL0VCTEN_WIDTH                      1

#define CNTHCTL_EL2_EL0PCTEN                            GENMASK(0, 0)
#define CNTHCTL_EL2_EL0PCTEN_MASK                       GENMASK(0, 0)
#define CNTHCTL_EL2_EL0PCTEN_SHIFT                      0
#define CNTHCTL_EL2_EL0PCTEN_WIDTH                      1

#define CNTHCTL_EL2_RES0                                (UL(0) | GENMASK_ULL(63, 20))
#define CNTHCTL_EL2_RES1                                (UL(0))
#define CNTHCTL_EL2_UNKN                                (UL(0))

#define REG_ICC_SRE_EL2                                 S3_4_C12_C9_5
#define SYS_ICC_SRE_EL2                                 sys_reg(3, 4, 12, 9, 5)
#define SYS_ICC_SRE_EL2_Op0                             3
#define SYS_ICC_SRE_EL2_Op1                             4
#define SYS_ICC_SRE_EL2_CRn                             12
#define SYS_ICC_SRE_EL2_CRm                             9
#define SYS_ICC_SRE_EL2_Op2                             5

#define ICC_SRE_EL2_Enable                              GENMASK(3, 3)
#define ICC_SRE_EL2_Enable_MASK                         GENMASK(3, 3)
#define ICC_SRE_EL2_Enable_SHIFT                        3
#define ICC_SRE_EL2_Enable_WIDTH                        1

#define ICC_SRE_EL2_DIB                                 GENMASK(2, 2)
#define ICC_SRE_EL2_DIB_MASK                            GENMASK(2, 2)
#define ICC_SRE_EL2_DIB_SHIFT                           2
#define ICC_SRE_EL2_DIB_WIDTH                           1

#define ICC_SRE_EL2_DFB                                 GENMASK(1, 1)
#define ICC_SRE_EL2_DFB_MASK                            GENMASK(1, 1)
#define ICC_SRE_EL2_DFB_SHIFT                           1
#define ICC_SRE_EL2_DFB_WIDTH                           1

#define ICC_SRE_EL2_SRE                                 GENMASK(0, 0)
#define ICC_SRE_EL2_SRE_MASK                            GENMASK(0, 0)
#define ICC_SRE_EL2_SRE_SHIFT                           0
#define ICC_SRE_EL2_SRE_WIDTH                           1

#define ICC_SRE_EL2_RES0                                (UL(0) | GENMASK_ULL(63, 4))
#define ICC_SRE_EL2_RES1                                (UL(0))
#define ICC_SRE_EL2_UNKN                                (UL(0))

#define REG_MDCR_EL2                                    S3_4_C1_C1_1
#define SYS_MDCR_EL2                                    sys_reg(3, 4, 1, 1, 1)
#define SYS_MDCR_EL2_Op0                                3
#define SYS_MDCR_EL2_Op1                                4
#define SYS_MDCR_EL2_CRn                                1
#define SYS_MDCR_EL2_CRm                                1
#define SYS_MDCR_EL2_Op2                                1

#define MDCR_EL2_EnSTEPOP                               GENMASK(50, 50)
#define MDCR_EL2_EnSTEPOP_MASK                          GENMASK(50, 50)
#define MDCR_EL2_EnSTEPOP_SHIFT                         50
#define MDCR_EL2_EnSTEPOP_WIDTH                         1

#define MDCR_EL2_EBWE                                   GENMASK(43, 43)
#define MDCR_EL2_EBWE_MASK                              GENMASK(43, 43)
#define MDCR_EL2_EBWE_SHIFT                             43
#define MDCR_EL2_EBWE_WIDTH                             1

#define MDCR_EL2_PMEE                                   GENMASK(41, 40)
#define MDCR_EL2_PMEE_MASK                              GENMASK(41, 40)
#define MDCR_EL2_PMEE_SHIFT                             40
#define MDCR_EL2_PMEE_WIDTH                             2

#define MDCR_EL2_HPMFZS                                 GENMASK(36, 36)
#define MDCR_EL2_HPMFZS_MASK                            GENMASK(36, 36)
#define MDCR_EL2_HPMFZS_SHIFT                           36
#define MDCR_EL2_HPMFZS_WIDTH                           1

#define MDCR_EL2_PMSSE                                  GENMASK(31, 30)
#define MDCR_EL2_PMSSE_MASK                             GENMASK(31, 30)
#define MDCR_EL2_PMSSE_SHIFT                            30
#define MDCR_EL2_PMSSE_WIDTH                            2

#define MDCR_EL2_HPMFZO                                 GENMASK(29, 29)
#define MDCR_EL2_HPMFZO_MASK                            GENMASK(29, 29)
#define MDCR_EL2_HPMFZO_SHIFT                           29
#define MDCR_EL2_HPMFZO_WIDTH                           1

#define MDCR_EL2_MTPME                                  GENMASK(28, 28)
#define MDCR_EL2_MTPME_MASK                             GENMASK(28, 28)
#define MDCR_EL2_MTPME_SHIFT                            28
#define MDCR_EL2_MTPME_WIDTH                            1

#define MDCR_EL2_TDCC                                   GENMASK(27, 27)
#define MDCR_EL2_TDCC_MASK                              GENMASK(27, 27)
#define MDCR_EL2_TDCC_SHIFT                             27
#define MDCR_EL2_TDCC_WIDTH                             1

#define MDCR_EL2_HLP                                    GENMASK(26, 26)
#define MDCR_EL2_HLP_MASK                               GENMASK(26, 26)
#define MDCR_EL2_HLP_SHIFT                              26
#define MDCR_EL2_HLP_WIDTH                              1

#define MDCR_EL2_E2TB                                   GENMASK(25, 24)
#define MDCR_EL2_E2TB_MASK                              GENMASK(25, 24)
#define MDCR_EL2_E2TB_SHIFT                             24
#define MDCR_EL2_E2TB_WIDTH                             2

#define MDCR_EL2_HCCD                                   GENMASK(23, 23)
#define MDCR_EL2_HCCD_MASK                              GENMASK(23, 23)
#define MDCR_EL2_HCCD_SHIFT                             23
#define MDCR_EL2_HCCD_WIDTH                             1

#define MDCR_EL2_TTRF                                   GENMASK(19, 19)
#define MDCR_EL2_TTRF_MASK                              GENMASK(19, 19)
#define MDCR_EL2_TTRF_SHIFT                             19
#define MDCR_EL2_TTRF_WIDTH                             1

#define MDCR_EL2_HPMD                                   GENMASK(17, 17)
#define MDCR_EL2_HPMD_MASK                              GENMASK(17, 17)
#define MDCR_EL2_HPMD_SHIFT                             17
#define MDCR_EL2_HPMD_WIDTH                             1

#define MDCR_EL2_EnSPM                                  GENMASK(15, 15)
#define MDCR_EL2_EnSPM_MASK                             GENMASK(15, 15)
#define MDCR_EL2_EnSPM_SHIFT                            15
#define MDCR_EL2_EnSPM_WIDTH                            1

#define MDCR_EL2_TPMS                                   GENMASK(14, 14)
#define MDCR_EL2_TPMS_MASK                              GENMASK(14, 14)
#define MDCR_EL2_TPMS_SHIFT                             14
#define MDCR_EL2_TPMS_WIDTH                             1

#define MDCR_EL2_E2PB                                   GENMASK(13, 12)
#define MDCR_EL2_E2PB_MASK                              GENMASK(13, 12)
#define MDCR_EL2_E2PB_SHIFT                             12
#define MDCR_EL2_E2PB_WIDTH                             2

#define MDCR_EL2_TDRA                                   GENMASK(11, 11)
#define MDCR_EL2_TDRA_MASK                              GENMASK(11, 11)
#define MDCR_EL2_TDRA_SHIFT                             11
#define MDCR_EL2_TDRA_WIDTH                             1

#define MDCR_EL2_TDOSA                                  GENMASK(10, 10)
#define MDCR_EL2_TDOSA_MASK                             GENMASK(10, 10)
#define MDCR_EL2_TDOSA_SHIFT                            10
#define MDCR_EL2_TDOSA_WIDTH                            1

#define MDCR_EL2_TDA                                    GENMASK(9, 9)
#define MDCR_EL2_TDA_MASK                               GENMASK(9, 9)
#define MDCR_EL2_TDA_SHIFT                              9
#define MDCR_EL2_TDA_WIDTH                              1

#define MDCR_EL2_TDE                                    GENMASK(8, 8)
#define MDCR_EL2_TDE_MASK                               GENMASK(8, 8)
#define MDCR_EL2_TDE_SHIFT                              8
#define MDCR_EL2_TDE_WIDTH                              1

#define MDCR_EL2_HPME                                   GENMASK(7, 7)
#define MDCR_EL2_HPME_MASK                              GENMASK(7, 7)
#define MDCR_EL2_HPME_SHIFT                             7
#define MDCR_EL2_HPME_WIDTH                             1

#define MDCR_EL2_TPM                                    GENMASK(6, 6)
#define MDCR_EL2_TPM_MASK                               GENMASK(6, 6)
#define MDCR_EL2_TPM_SHIFT                              6
#define MDCR_EL2_TPM_WIDTH                              1

#define MDCR_EL2_TPMCR                                  GENMASK(5, 5)
#define MDCR_EL2_TPMCR_MASK                             GENMASK(5, 5)
#define MDCR_EL2_TPMCR_SHIFT                            5
#define MDCR_EL2_TPMCR_WIDTH                            1

#define MDCR_EL2_HPMN                                   GENMASK(4, 0)
#define MDCR_EL2_HPMN_MASK                              GENMASK(4, 0)
#define MDCR_EL2_HPMN_SHIFT                             0
#define MDCR_EL2_HPMN_WIDTH                             5

#define MDCR_EL2_RES0                                   (UL(0) | GENMASK_ULL(63, 51) | GENMASK_ULL(49, 44) | GENMASK_ULL(42, 42) | GENMASK_ULL(39, 37) | GENMASK_ULL(35, 32) | GENMASK_ULL(22, 20) | GENMASK_ULL(18, 18) | GENMASK_ULL(16, 16))
#define MDCR_EL2_RES1                                   (UL(0))
#define MDCR_EL2_UNKN                                   (UL(0))

#define HFGxTR_EL2_nAMAIR2_EL1                          GENMASK(63, 63)
#define HFGxTR_EL2_nAMAIR2_EL1_MASK                     GENMASK(63, 63)
#define HFGxTR_EL2_nAMAIR2_EL1_SHIFT                    63
#define HFGxTR_EL2_nAMAIR2_EL1_WIDTH                    1

#define HFGxTR_EL2_nMAIR2_EL1                           GENMASK(62, 62)
#define HFGxTR_EL2_nMAIR2_EL1_MASK                      GENMASK(62, 62)
#define HFGxTR_EL2_nMAIR2_EL1_SHIFT                     62
#define HFGxTR_EL2_nMAIR2_EL1_WIDTH                     1

#define HFGxTR_EL2_nS2POR_EL1                           GENMASK(61, 61)
#define HFGxTR_EL2_nS2POR_EL1_MASK                      GENMASK(61, 61)
#define HFGxTR_EL2_nS2POR_EL1_SHIFT                     61
#define HFGxTR_EL2_nS2POR_EL1_WIDTH                     1

#define HFGxTR_EL2_nPOR_EL1                             GENMASK(60, 60)
#define HFGxTR_EL2_nPOR_EL1_MASK                        GENMASK(60, 60)
#define HFGxTR_EL2_nPOR_EL1_SHIFT                       60
#define HFGxTR_EL2_nPOR_EL1_WIDTH                       1

#define HFGxTR_EL2_nPOR_EL0                             GENMASK(59, 59)
#define HFGxTR_EL2_nPOR_EL0_MASK                        GENMASK(59, 59)
#define HFGxTR_EL2_nPOR_EL0_SHIFT                       59
#define HFGxTR_EL2_nPOR_EL0_WIDTH                       1

#define HFGxTR_EL2_nPIR_EL1                             GENMASK(58, 58)
#define HFGxTR_EL2_nPIR_EL1_MASK                        GENMASK(58, 58)
#define HFGxTR_EL2_nPIR_EL1_SHIFT                       58
#define HFGxTR_EL2_nPIR_EL1_WIDTH                       1

#define HFGxTR_EL2_nPIRE0_EL1                           GENMASK(57, 57)
#define HFGxTR_EL2_nPIRE0_EL1_MASK                      GENMASK(57, 57)
#define HFGxTR_EL2_nPIRE0_EL1_SHIFT                     57
#define HFGxTR_EL2_nPIRE0_EL1_WIDTH                     1

#define HFGxTR_EL2_nRCWMASK_EL1                         GENMASK(56, 56)
#define HFGxTR_EL2_nRCWMASK_EL1_MASK                    GENMASK(56, 56)
#define HFGxTR_EL2_nRCWMASK_EL1_SHIFT                   56
#define HFGxTR_EL2_nRCWMASK_EL1_WIDTH                   1

#define HFGxTR_EL2_nTPIDR2_EL0                          GENMASK(55, 55)
#define HFGxTR_EL2_nTPIDR2_EL0_MASK                     GENMASK(55, 55)
#define HFGxTR_EL2_nTPIDR2_EL0_SHIFT                    55
#define HFGxTR_EL2_nTPIDR2_EL0_WIDTH                    1

#define HFGxTR_EL2_nSMPRI_EL1                           GENMASK(54, 54)
#define HFGxTR_EL2_nSMPRI_EL1_MASK                      GENMASK(54, 54)
#define HFGxTR_EL2_nSMPRI_EL1_SHIFT                     54
#define HFGxTR_EL2_nSMPRI_EL1_WIDTH                     1

#define HFGxTR_EL2_nGCS_EL1                             GENMASK(53, 53)
#define HFGxTR_EL2_nGCS_EL1_MASK                        GENMASK(53, 53)
#define HFGxTR_EL2_nGCS_EL1_SHIFT                       53
#define HFGxTR_EL2_nGCS_EL1_WIDTH                       1

#define HFGxTR_EL2_nGCS_EL0                             GENMASK(52, 52)
#define HFGxTR_EL2_nGCS_EL0_MASK                        GENMASK(52, 52)
#define HFGxTR_EL2_nGCS_EL0_SHIFT                       52
#define HFGxTR_EL2_nGCS_EL0_WIDTH                       1

#define HFGxTR_EL2_nACCDATA_EL1                         GENMASK(50, 50)
#define HFGxTR_EL2_nACCDATA_EL1_MASK                    GENMASK(50, 50)
#define HFGxTR_EL2_nACCDATA_EL1_SHIFT                   50
#define HFGxTR_EL2_nACCDATA_EL1_WIDTH                   1

#define HFGxTR_EL2_ERXADDR_EL1                          GENMASK(49, 49)
#define HFGxTR_EL2_ERXADDR_EL1_MASK                     GENMASK(49, 49)
#define HFGxTR_EL2_ERXADDR_EL1_SHIFT                    49
#define HFGxTR_EL2_ERXADDR_EL1_WIDTH                    1

#define HFGxTR_EL2_ERXPFGCDN_EL1                        GENMASK(48, 48)
#define HFGxTR_EL2_ERXPFGCDN_EL1_MASK                   GENMASK(48, 48)
#define HFGxTR_EL2_ERXPFGCDN_EL1_SHIFT                  48
#define HFGxTR_EL2_ERXPFGCDN_EL1_WIDTH                  1

#define HFGxTR_EL2_ERXPFGCTL_EL1                        GENMASK(47, 47)
#define HFGxTR_EL2_ERXPFGCTL_EL1_MASK                   GENMASK(47, 47)
#define HFGxTR_EL2_ERXPFGCTL_EL1_SHIFT                  47
#define HFGxTR_EL2_ERXPFGCTL_EL1_WIDTH                  1

#define HFGxTR_EL2_ERXPFGF_EL1                          GENMASK(46, 46)
#define HFGxTR_EL2_ERXPFGF_EL1_MASK                     GENMASK(46, 46)
#define HFGxTR_EL2_ERXPFGF_EL1_SHIFT                    46
#define HFGxTR_EL2_ERXPFGF_EL1_WIDTH                    1

#define HFGxTR_EL2_ERXMISCn_EL1                         GENMASK(45, 45)
#define HFGxTR_EL2_ERXMISCn_EL1_MASK                    GENMASK(45, 45)
#define HFGxTR_EL2_ERXMISCn_EL1_SHIFT                   45
#define HFGxTR_EL2_ERXMISCn_EL1_WIDTH                   1

#define HFGxTR_EL2_ERXSTATUS_EL1                        GENMASK(44, 44)
#define HFGxTR_EL2_ERXSTATUS_EL1_MASK                   GENMASK(44, 44)
#define HFGxTR_EL2_ERXSTATUS_EL1_SHIFT                  44
#define HFGxTR_EL2_ERXSTATUS_EL1_WIDTH                  1

#define HFGxTR_EL2_ERXCTLR_EL1                          GENMASK(43, 43)
#define HFGxTR_EL2_ERXCTLR_EL1_MASK                     GENMASK(43, 43)
#define HFGxTR_EL2_ERXCTLR_EL1_SHIFT                    43
#define HFGxTR_EL2_ERXCTLR_EL1_WIDTH                    1

#define HFGxTR_EL2_ERXFR_EL1                            GENMASK(42, 42)
#define HFGxTR_EL2_ERXFR_EL1_MASK                       GENMASK(42, 42)
#define HFGxTR_EL2_ERXFR_EL1_SHIFT                      42
#define HFGxTR_EL2_ERXFR_EL1_WIDTH                      1

#define HFGxTR_EL2_ERRSELR_EL1                          GENMASK(41, 41)
#define HFGxTR_EL2_ERRSELR_EL1_MASK                     GENMASK(41, 41)
#define HFGxTR_EL2_ERRSELR_EL1_SHIFT                    41
#define HFGxTR_EL2_ERRSELR_EL1_WIDTH                    1

#define HFGxTR_EL2_ERRIDR_EL1                           GENMASK(40, 40)
#define HFGxTR_EL2_ERRIDR_EL1_MASK                      GENMASK(40, 40)
#define HFGxTR_EL2_ERRIDR_EL1_SHIFT                     40
#define HFGxTR_EL2_ERRIDR_EL1_WIDTH                     1

#define HFGxTR_EL2_ICC_IGRPENn_EL1                      GENMASK(39, 39)
#define HFGxTR_EL2_ICC_IGRPENn_EL1_MASK                 GENMASK(39, 39)
#define HFGxTR_EL2_ICC_IGRPENn_EL1_SHIFT                39
#define HFGxTR_EL2_ICC_IGRPENn_EL1_WIDTH                1

#define HFGxTR_EL2_VBAR_EL1                             GENMASK(38, 38)
#define HFGxTR_EL2_VBAR_EL1_MASK                        GENMASK(38, 38)
#define HFGxTR_EL2_VBAR_EL1_SHIFT                       38
#define HFGxTR_EL2_VBAR_EL1_WIDTH                       1

#define HFGxTR_EL2_TTBR1_EL1                            GENMASK(37, 37)
#define HFGxTR_EL2_TTBR1_EL1_MASK                       GENMASK(37, 37)
#define HFGxTR_EL2_TTBR1_EL1_SHIFT                      37
#define HFGxTR_EL2_TTBR1_EL1_WIDTH                      1

#define HFGxTR_EL2_TTBR0_EL1                            GENMASK(36, 36)
#define HFGxTR_EL2_TTBR0_EL1_MASK                       GENMASK(36, 36)
#define HFGxTR_EL2_TTBR0_EL1_SHIFT                      36
#define HFGxTR_EL2_TTBR0_EL1_WIDTH                      1

#define HFGxTR_EL2_TPIDR_EL0                            GENMASK(35, 35)
#define HFGxTR_EL2_TPIDR_EL0_MASK                       GENMASK(35, 35)
#define HFGxTR_EL2_TPIDR_EL0_SHIFT                      35
#define HFGxTR_EL2_TPIDR_EL0_WIDTH                      1

#define HFGxTR_EL2_TPIDRRO_EL0                          GENMASK(34, 34)
#define HFGxTR_EL2_TPIDRRO_EL0_MASK                     GENMASK(34, 34)
#define HFGxTR_EL2_TPIDRRO_EL0_SHIFT                    34
#define HFGxTR_EL2_TPIDRRO_EL0_WIDTH                    1

#define HFGxTR_EL2_TPIDR_EL1                            GENMASK(33, 33)
#define HFGxTR_EL2_TPIDR_EL1_MASK                       GENMASK(33, 33)
#define HFGxTR_EL2_TPIDR_EL1_SHIFT                      33
#define HFGxTR_EL2_TPIDR_EL1_WIDTH                      1

#define HFGxTR_EL2_TCR_EL1                              GENMASK(32, 32)
#define HFGxTR_EL2_TCR_EL1_MASK                         GENMASK(32, 32)
#define HFGxTR_EL2_TCR_EL1_SHIFT                        32
#define HFGxTR_EL2_TCR_EL1_WIDTH                        1

#define HFGxTR_EL2_SCXTNUM_EL0                          GENMASK(31, 31)
#define HFGxTR_EL2_SCXTNUM_EL0_MASK                     GENMASK(31, 31)
#define HFGxTR_EL2_SCXTNUM_EL0_SHIFT                    31
#define HFGxTR_EL2_SCXTNUM_EL0_WIDTH                    1

#define HFGxTR_EL2_SCXTNUM_EL1                          GENMASK(30, 30)
#define HFGxTR_EL2_SCXTNUM_EL1_MASK                     GENMASK(30, 30)
#define HFGxTR_EL2_SCXTNUM_EL1_SHIFT                    30
#define HFGxTR_EL2_SCXTNUM_EL1_WIDTH                    1

#define HFGxTR_EL2_SCTLR_EL1                            GENMASK(29, 29)
#define HFGxTR_EL2_SCTLR_EL1_MASK                       GENMASK(29, 29)
#define HFGxTR_EL2_SCTLR_EL1_SHIFT                      29
#define HFGxTR_EL2_SCTLR_EL1_WIDTH                      1

#define HFGxTR_EL2_REVIDR_EL1                           GENMASK(28, 28)
#define HFGxTR_EL2_REVIDR_EL1_MASK                      GENMASK(28, 28)
#define HFGxTR_EL2_REVIDR_EL1_SHIFT                     28
#define HFGxTR_EL2_REVIDR_EL1_WIDTH                     1

#define HFGxTR_EL2_PAR_EL1                              GENMASK(27, 27)
#define HFGxTR_EL2_PAR_EL1_MASK                         GENMASK(27, 27)
#define HFGxTR_EL2_PAR_EL1_SHIFT                        27
#define HFGxTR_EL2_PAR_EL1_WIDTH                        1

#define HFGxTR_EL2_MPIDR_EL1                            GENMASK(26, 26)
#define HFGxTR_EL2_MPIDR_EL1_MASK                       GENMASK(26, 26)
#define HFGxTR_EL2_MPIDR_EL1_SHIFT                      26
#define HFGxTR_EL2_MPIDR_EL1_WIDTH                      1

#define HFGxTR_EL2_MIDR_EL1                             GENMASK(25, 25)
#define HFGxTR_EL2_MIDR_EL1_MASK                        GENMASK(25, 25)
#define HFGxTR_EL2_MIDR_EL1_SHIFT                       25
#define HFGxTR_EL2_MIDR_EL1_WIDTH                       1

#define HFGxTR_EL2_MAIR_EL1                             GENMASK(24, 24)
#define HFGxTR_EL2_MAIR_EL1_MASK                        GENMASK(24, 24)
#define HFGxTR_EL2_MAIR_EL1_SHIFT                       24
#define HFGxTR_EL2_MAIR_EL1_WIDTH                       1

#define HFGxTR_EL2_LORSA_EL1                            GENMASK(23, 23)
#define HFGxTR_EL2_LORSA_EL1_MASK                       GENMASK(23, 23)
#define HFGxTR_EL2_LORSA_EL1_SHIFT                      23
#define HFGxTR_EL2_LORSA_EL1_WIDTH                      1

#define HFGxTR_EL2_LORN_EL1                             GENMASK(22, 22)
#define HFGxTR_EL2_LORN_EL1_MASK                        GENMASK(22, 22)
#define HFGxTR_EL2_LORN_EL1_SHIFT                       22
#define HFGxTR_EL2_LORN_EL1_WIDTH                       1

#define HFGxTR_EL2_LORID_EL1                            GENMASK(21, 21)
#define HFGxTR_EL2_LORID_EL1_MASK                       GENMASK(21, 21)
#define HFGxTR_EL2_LORID_EL1_SHIFT                      21
#define HFGxTR_EL2_LORID_EL1_WIDTH                      1

#define HFGxTR_EL2_LOREA_EL1                            GENMASK(20, 20)
#define HFGxTR_EL2_LOREA_EL1_MASK                       GENMASK(20, 20)
#define HFGxTR_EL2_LOREA_EL1_SHIFT                      20
#define HFGxTR_EL2_LOREA_EL1_WIDTH                      1

#define HFGxTR_EL2_LORC_EL1                             GENMASK(19, 19)
#define HFGxTR_EL2_LORC_EL1_MASK                        GENMASK(19, 19)
#define HFGxTR_EL2_LORC_EL1_SHIFT                       19
#define HFGxTR_EL2_LORC_EL1_WIDTH                       1

#define HFGxTR_EL2_ISR_EL1                              GENMASK(18, 18)
#define HFGxTR_EL2_ISR_EL1_MASK                         GENMASK(18, 18)
#define HFGxTR_EL2_ISR_EL1_SHIFT                        18
#define HFGxTR_EL2_ISR_EL1_WIDTH                        1

#define HFGxTR_EL2_FAR_EL1                              GENMASK(17, 17)
#define HFGxTR_EL2_FAR_EL1_MASK                         GENMASK(17, 17)
#define HFGxTR_EL2_FAR_EL1_SHIFT                        17
#define HFGxTR_EL2_FAR_EL1_WIDTH                        1

#define HFGxTR_EL2_ESR_EL1                              GENMASK(16, 16)
#define HFGxTR_EL2_ESR_EL1_MASK                         GENMASK(16, 16)
#define HFGxTR_EL2_ESR_EL1_SHIFT                        16
#define HFGxTR_EL2_ESR_EL1_WIDTH                        1

#define HFGxTR_EL2_DCZID_EL0                            GENMASK(15, 15)
#define HFGxTR_EL2_DCZID_EL0_MASK                       GENMASK(15, 15)
#define HFGxTR_EL2_DCZID_EL0_SHIFT                      15
#define HFGxTR_EL2_DCZID_EL0_WIDTH                      1

#define HFGxTR_EL2_CTR_EL0                              GENMASK(14, 14)
#define HFGxTR_EL2_CTR_EL0_MASK                         GENMASK(14, 14)
#define HFGxTR_EL2_CTR_EL0_SHIFT                        14
#define HFGxTR_EL2_CTR_EL0_WIDTH                        1

#define HFGxTR_EL2_CSSELR_EL1                           GENMASK(13, 13)
#define HFGxTR_EL2_CSSELR_EL1_MASK                      GENMASK(13, 13)
#define HFGxTR_EL2_CSSELR_EL1_SHIFT                     13
#define HFGxTR_EL2_CSSELR_EL1_WIDTH                     1

#define HFGxTR_EL2_CPACR_EL1                            GENMASK(12, 12)
#define HFGxTR_EL2_CPACR_EL1_MASK                       GENMASK(12, 12)
#define HFGxTR_EL2_CPACR_EL1_SHIFT                      12
#define HFGxTR_EL2_CPACR_EL1_WIDTH                      1

#define HFGxTR_EL2_CONTEXTIDR_EL1                       GENMASK(11, 11)
#define HFGxTR_EL2_CONTEXTIDR_EL1_MASK                  GENMASK(11, 11)
#define HFGxTR_EL2_CONTEXTIDR_EL1_SHIFT                 11
#define HFGxTR_EL2_CONTEXTIDR_EL1_WIDTH                 1

#define HFGxTR_EL2_CLIDR_EL1                            GENMASK(10, 10)
#define HFGxTR_EL2_CLIDR_EL1_MASK                       GENMASK(10, 10)
#define HFGxTR_EL2_CLIDR_EL1_SHIFT                      10
#define HFGxTR_EL2_CLIDR_EL1_WIDTH                      1

#define HFGxTR_EL2_CCSIDR_EL1                           GENMASK(9, 9)
#define HFGxTR_EL2_CCSIDR_EL1_MASK                      GENMASK(9, 9)
#define HFGxTR_EL2_CCSIDR_EL1_SHIFT                     9
#define HFGxTR_EL2_CCSIDR_EL1_WIDTH                     1

#define HFGxTR_EL2_APIBKey                              GENMASK(8, 8)
#define HFGxTR_EL2_APIBKey_MASK                         GENMASK(8, 8)
#define HFGxTR_EL2_APIBKey_SHIFT                        8
#define HFGxTR_EL2_APIBKey_WIDTH                        1

#define HFGxTR_EL2_APIAKey                              GENMASK(7, 7)
#define HFGxTR_EL2_APIAKey_MASK                         GENMASK(7, 7)
#define HFGxTR_EL2_APIAKey_SHIFT                        7
#define HFGxTR_EL2_APIAKey_WIDTH                        1

#define HFGxTR_EL2_APGAKey                              GENMASK(6, 6)
#define HFGxTR_EL2_APGAKey_MASK                         GENMASK(6, 6)
#define HFGxTR_EL2_APGAKey_SHIFT                        6
#define HFGxTR_EL2_APGAKey_WIDTH                        1

#define HFGxTR_EL2_APDBKey                              GENMASK(5, 5)
#define HFGxTR_EL2_APDBKey_MASK                         GENMASK(5, 5)
#define HFGxTR_EL2_APDBKey_SHIFT                        5
#define HFGxTR_EL2_APDBKey_WIDTH                        1

#define HFGxTR_EL2_APDAKey                              GENMASK(4, 4)
#define HFGxTR_EL2_APDAKey_MASK                         GENMASK(4, 4)
#define HFGxTR_EL2_APDAKey_SHIFT                        4
#define HFGxTR_EL2_APDAKey_WIDTH                        1

#define HFGxTR_EL2_AMAIR_EL1                            GENMASK(3, 3)
#define HFGxTR_EL2_AMAIR_EL1_MASK                       GENMASK(3, 3)
#define HFGxTR_EL2_AMAIR_EL1_SHIFT                      3
#define HFGxTR_EL2_AMAIR_EL1_WIDTH                      1

#define HFGxTR_EL2_AIDR_EL1                             GENMASK(2, 2)
#define HFGxTR_EL2_AIDR_EL1_MASK                        GENMASK(2, 2)
#define HFGxTR_EL2_AIDR_EL1_SHIFT                       2
#define HFGxTR_EL2_AIDR_EL1_WIDTH                       1

#define HFGxTR_EL2_AFSR1_EL1                            GENMASK(1, 1)
#define HFGxTR_EL2_AFSR1_EL1_MASK                       GENMASK(1, 1)
#define HFGxTR_EL2_AFSR1_EL1_SHIFT                      1
#define HFGxTR_EL2_AFSR1_EL1_WIDTH                      1

#define HFGxTR_EL2_AFSR0_EL1                            GENMASK(0, 0)
#define HFGxTR_EL2_AFSR0_EL1_MASK                       GENMASK(0, 0)
#define HFGxTR_EL2_AFSR0_EL1_SHIFT                      0
#define HFGxTR_EL2_AFSR0_EL1_WIDTH                      1

#define HFGxTR_EL2_RES0                                 (UL(0) | GENMASK_ULL(51, 51))
#define HFGxTR_EL2_RES1                                 (UL(0))
#define HFGxTR_EL2_UNKN                                 (UL(0))

#define REG_HFGRTR_EL2                                  S3_4_C1_C1_4
#define SYS_HFGRTR_EL2                                  sys_reg(3, 4, 1, 1, 4)
#define SYS_HFGRTR_EL2_Op0                              3
#define SYS_HFGRTR_EL2_Op1                              4
#define SYS_HFGRTR_EL2_CRn                              1
#define SYS_HFGRTR_EL2_CRm                              1
#define SYS_HFGRTR_EL2_Op2                              4

/* For HFGRTR_EL2 fields see HFGxTR_EL2 */

#define REG_HFGWTR_EL2                                  S3_4_C1_C1_5
#define SYS_HFGWTR_EL2                                  sys_reg(3, 4, 1, 1, 5)
#define SYS_HFGWTR_EL2_Op0                              3
#define SYS_HFGWTR_EL2_Op1                              4
#define SYS_HFGWTR_EL2_CRn                              1
#define SYS_HFGWTR_EL2_CRm                              1
#define SYS_HFGWTR_EL2_Op2                              5

/* For HFGWTR_EL2 fields see HFGxTR_EL2 */

#define REG_HFGITR_EL2                                  S3_4_C1_C1_6
#define SYS_HFGITR_EL2                                  sys_reg(3, 4, 1, 1, 6)
#define SYS_HFGITR_EL2_Op0                              3
#define SYS_HFGITR_EL2_Op1                              4
#define SYS_HFGITR_EL2_CRn                              1
#define SYS_HFGITR_EL2_CRm                              1
#define SYS_HFGITR_EL2_Op2                              6

#define HFGITR_EL2_ATS1E1A                              GENMASK(62, 62)
#define HFGITR_EL2_ATS1E1A_MASK                         GENMASK(62, 62)
#define HFGITR_EL2_ATS1E1A_SHIFT                        62
#define HFGITR_EL2_ATS1E1A_WIDTH                        1

#define HFGITR_EL2_COSPRCTX                             GENMASK(60, 60)
#define HFGITR_EL2_COSPRCTX_MASK                        GENMASK(60, 60)
#define HFGITR_EL2_COSPRCTX_SHIFT                       60
#define HFGITR_EL2_COSPRCTX_WIDTH                       1

#define HFGITR_EL2_nGCSEPP                              GENMASK(59, 59)
#define HFGITR_EL2_nGCSEPP_MASK                         GENMASK(59, 59)
#define HFGITR_EL2_nGCSEPP_SHIFT                        59
#define HFGITR_EL2_nGCSEPP_WIDTH                        1

#define HFGITR_EL2_nGCSSTR_EL1                          GENMASK(58, 58)
#define HFGITR_EL2_nGCSSTR_EL1_MASK                     GENMASK(58, 58)
#define HFGITR_EL2_nGCSSTR_EL1_SHIFT                    58
#define HFGITR_EL2_nGCSSTR_EL1_WIDTH                    1

#define HFGITR_EL2_nGCSPUSHM_EL1                        GENMASK(57, 57)
#define HFGITR_EL2_nGCSPUSHM_EL1_MASK                   GENMASK(57, 57)
#define HFGITR_EL2_nGCSPUSHM_EL1_SHIFT                  57
#define HFGITR_EL2_nGCSPUSHM_EL1_WIDTH                  1

#define HFGITR_EL2_nBRBIALL                             GENMASK(56, 56)
#define HFGITR_EL2_nBRBIALL_MASK                        GENMASK(56, 56)
#define HFGITR_EL2_nBRBIALL_SHIFT                       56
#define HFGITR_EL2_nBRBIALL_WIDTH                       1

#define HFGITR_EL2_nBRBINJ                              GENMASK(55, 55)
#define HFGITR_EL2_nBRBINJ_MASK                         GENMASK(55, 55)
#define HFGITR_EL2_nBRBINJ_SHIFT                        55
#define HFGITR_EL2_nBRBINJ_WIDTH                        1

#define HFGITR_EL2_DCCVAC                               GENMASK(54, 54)
#define HFGITR_EL2_DCCVAC_MASK                          GENMASK(54, 54)
#define HFGITR_EL2_DCCVAC_SHIFT                         54
#define HFGITR_EL2_DCCVAC_WIDTH                         1

#define HFGITR_EL2_SVC_EL1                              GENMASK(53, 53)
#define HFGITR_EL2_SVC_EL1_MASK                         GENMASK(53, 53)
#define HFGITR_EL2_SVC_EL1_SHIFT                        53
#define HFGITR_EL2_SVC_EL1_WIDTH                        1

#define HFGITR_EL2_SVC_EL0                              GENMASK(52, 52)
#define HFGITR_EL2_SVC_EL0_MASK                         GENMASK(52, 52)
#define HFGITR_EL2_SVC_EL0_SHIFT                        52
#define HFGITR_EL2_SVC_EL0_WIDTH                        1

#define HFGITR_EL2_ERET                                 GENMASK(51, 51)
#define HFGITR_EL2_ERET_MASK                            GENMASK(51, 51)
#define HFGITR_EL2_ERET_SHIFT                           51
#define HFGITR_EL2_ERET_WIDTH                           1

#define HFGITR_EL2_CPPRCTX                              GENMASK(50, 50)
#define HFGITR_EL2_CPPRCTX_MASK                         GENMASK(50, 50)
#define HFGITR_EL2_CPPRCTX_SHIFT                        50
#define HFGITR_EL2_CPPRCTX_WIDTH                        1

#define HFGITR_EL2_DVPRCTX                              GENMASK(49, 49)
#define HFGITR_EL2_DVPRCTX_MASK                         GENMASK(49, 49)
#define HFGITR_EL2_DVPRCTX_SHIFT                        49
#define HFGITR_EL2_DVPRCTX_WIDTH                        1

#define HFGITR_EL2_CFPRCTX                              GENMASK(48, 48)
#define HFGITR_EL2_CFPRCTX_MASK                         GENMASK(48, 48)
#define HFGITR_EL2_CFPRCTX_SHIFT                        48
#define HFGITR_EL2_CFPRCTX_WIDTH                        1

#define HFGITR_EL2_TLBIVAALE1                           GENMASK(47, 47)
#define HFGITR_EL2_TLBIVAALE1_MASK                      GENMASK(47, 47)
#define HFGITR_EL2_TLBIVAALE1_SHIFT                     47
#define HFGITR_EL2_TLBIVAALE1_WIDTH                     1

#define HFGITR_EL2_TLBIVALE1                            GENMASK(46, 46)
#define HFGITR_EL2_TLBIVALE1_MASK                       GENMASK(46, 46)
#define HFGITR_EL2_TLBIVALE1_SHIFT                      46
#define HFGITR_EL2_TLBIVALE1_WIDTH                      1

#define HFGITR_EL2_TLBIVAAE1                            GENMASK(45, 45)
#define HFGITR_EL2_TLBIVAAE1_MASK                       GENMASK(45, 45)
#define HFGITR_EL2_TLBIVAAE1_SHIFT                      45
#define HFGITR_EL2_TLBIVAAE1_WIDTH                      1

#define HFGITR_EL2_TLBIASIDE1                           GENMASK(44, 44)
#define HFGITR_EL2_TLBIASIDE1_MASK                      GENMASK(44, 44)
#define HFGITR_EL2_TLBIASIDE1_SHIFT                     44
#define HFGITR_EL2_TLBIASIDE1_WIDTH                     1

#define HFGITR_EL2_TLBIVAE1                             GENMASK(43, 43)
#define HFGITR_EL2_TLBIVAE1_MASK                        GENMASK(43, 43)
#define HFGITR_EL2_TLBIVAE1_SHIFT                       43
#define HFGITR_EL2_TLBIVAE1_WIDTH                       1

#define HFGITR_EL2_TLBIVMALLE1                          GENMASK(42, 42)
#define HFGITR_EL2_TLBIVMALLE1_MASK                     GENMASK(42, 42)
#define HFGITR_EL2_TLBIVMALLE1_SHIFT                    42
#define HFGITR_EL2_TLBIVMALLE1_WIDTH                    1

#define HFGITR_EL2_TLBIRVAALE1                          GENMASK(41, 41)
#define HFGITR_EL2_TLBIRVAALE1_MASK                     GENMASK(41, 41)
#define HFGITR_EL2_TLBIRVAALE1_SHIFT                    41
#define HFGITR_EL2_TLBIRVAALE1_WIDTH                    1

#define HFGITR_EL2_TLBIRVALE1                           GENMASK(40, 40)
#define HFGITR_EL2_TLBIRVALE1_MASK                      GENMASK(40, 40)
#define HFGITR_EL2_TLBIRVALE1_SHIFT                     40
#define HFGITR_EL2_TLBIRVALE1_WIDTH                     1

#define HFGITR_EL2_TLBIRVAAE1                           GENMASK(39, 39)
#define HFGITR_EL2_TLBIRVAAE1_MASK                      GENMASK(39, 39)
#define HFGITR_EL2_TLBIRVAAE1_SHIFT                     39
#define HFGITR_EL2_TLBIRVAAE1_WIDTH                     1

#define HFGITR_EL2_TLBIRVAE1                            GENMASK(38, 38)
#define HFGITR_EL2_TLBIRVAE1_MASK                       GENMASK(38, 38)
#define HFGITR_EL2_TLBIRVAE1_SHIFT                      38
#define HFGITR_EL2_TLBIRVAE1_WIDTH                      1

#define HFGITR_EL2_TLBIRVAALE1IS                        GENMASK(37, 37)
#define HFGITR_EL2_TLBIRVAALE1IS_MASK                   GENMASK(37, 37)
#define HFGITR_EL2_TLBIRVAALE1IS_SHIFT                  37
#define HFGITR_EL2_TLBIRVAALE1IS_WIDTH                  1

#define HFGITR_EL2_TLBIRVALE1IS                         GENMASK(36, 36)
#define HFGITR_EL2_TLBIRVALE1IS_MASK                    GENMASK(36, 36)
#define HFGITR_EL2_TLBIRVALE1IS_SHIFT                   36
#define HFGITR_EL2_TLBIRVALE1IS_WIDTH                   1

#define HFGITR_EL2_TLBIRVAAE1IS                         GENMASK(35, 35)
#define HFGITR_EL2_TLBIRVAAE1IS_MASK                    GENMASK(35, 35)
#define HFGITR_EL2_TLBIRVAAE1IS_SHIFT                   35
#define HFGITR_EL2_TLBIRVAAE1IS_WIDTH                   1

#define HFGITR_EL2_TLBIRVAE1IS                          GENMASK(34, 34)
#define HFGITR_EL2_TLBIRVAE1IS_MASK                     GENMASK(34, 34)
#define HFGITR_EL2_TLBIRVAE1IS_SHIFT                    34
#define HFGITR_EL2_TLBIRVAE1IS_WIDTH                    1

#define HFGITR_EL2_TLBIVAALE1IS                         GENMASK(33, 33)
#define HFGITR_EL2_TLBIVAALE1IS_MASK                    GENMASK(33, 33)
#define HFGITR_EL2_TLBIVAALE1IS_SHIFT                   33
#define HFGITR_EL2_TLBIVAALE1IS_WIDTH                   1

#define HFGITR_EL2_TLBIVALE1IS                          GENMASK(32, 32)
#define HFGITR_EL2_TLBIVALE1IS_MASK                     GENMASK(32, 32)
#define HFGITR_EL2_TLBIVALE1IS_SHIFT                    32
#define HFGITR_EL2_TLBIVALE1IS_WIDTH                    1

#define HFGITR_EL2_TLBIVAAE1IS                          GENMASK(31, 31)
#define HFGITR_EL2_TLBIVAAE1IS_MASK                     GENMASK(31, 31)
#define HFGITR_EL2_TLBIVAAE1IS_SHIFT                    31
#define HFGITR_EL2_TLBIVAAE1IS_WIDTH                    1

#define HFGITR_EL2_TLBIASIDE1IS                         GENMASK(30, 30)
#define HFGITR_EL2_TLBIASIDE1IS_MASK                    GENMASK(30, 30)
#define HFGITR_EL2_TLBIASIDE1IS_SHIFT                   30
#define HFGITR_EL2_TLBIASIDE1IS_WIDTH                   1

#define HFGITR_EL2_TLBIVAE1IS                           GENMASK(29, 29)
#define HFGITR_EL2_TLBIVAE1IS_MASK                      GENMASK(29, 29)
#define HFGITR_EL2_TLBIVAE1IS_SHIFT                     29
#define HFGITR_EL2_TLBIVAE1IS_WIDTH                     1

#define HFGITR_EL2_TLBIVMALLE1IS                        GENMASK(28, 28)
#define HFGITR_EL2_TLBIVMALLE1IS_MASK                   GENMASK(28, 28)
#define HFGITR_EL2_TLBIVMALLE1IS_SHIFT                  28
#define HFGITR_EL2_TLBIVMALLE1IS_WIDTH                  1

#define HFGITR_EL2_TLBIRVAALE1OS                        GENMASK(27, 27)
#define HFGITR_EL2_TLBIRVAALE1OS_MASK                   GENMASK(27, 27)
#define HFGITR_EL2_TLBIRVAALE1OS_SHIFT                  27
#define HFGITR_EL2_TLBIRVAALE1OS_WIDTH                  1

#define HFGITR_EL2_TLBIRVALE1OS                         GENMASK(26, 26)
#define HFGITR_EL2_TLBIRVALE1OS_MASK                    GENMASK(26, 26)
#define HFGITR_EL2_TLBIRVALE1OS_SHIFT                   26
#define HFGITR_EL2_TLBIRVALE1OS_WIDTH                   1

#define HFGITR_EL2_TLBIRVAAE1OS                         GENMASK(25, 25)
#define HFGITR_EL2_TLBIRVAAE1OS_MASK                    GENMASK(25, 25)
#define HFGITR_EL2_TLBIRVAAE1OS_SHIFT                   25
#define HFGITR_EL2_TLBIRVAAE1OS_WIDTH                   1

#define HFGITR_EL2_TLBIRVAE1OS                          GENMASK(24, 24)
#define HFGITR_EL2_TLBIRVAE1OS_MASK                     GENMASK(24, 24)
#define HFGITR_EL2_TLBIRVAE1OS_SHIFT                    24
#define HFGITR_EL2_TLBIRVAE1OS_WIDTH                    1

#define HFGITR_EL2_TLBIVAALE1OS                         GENMASK(23, 23)
#define HFGITR_EL2_TLBIVAALE1OS_MASK                    GENMASK(23, 23)
#define HFGITR_EL2_TLBIVAALE1OS_SHIFT                   23
#define HFGITR_EL2_TLBIVAALE1OS_WIDTH                   1

#define HFGITR_EL2_TLBIVALE1OS                          GENMASK(22, 22)
#define HFGITR_EL2_TLBIVALE1OS_MASK                     GENMASK(22, 22)
#define HFGITR_EL2_TLBIVALE1OS_SHIFT                    22
#define HFGITR_EL2_TLBIVALE1OS_WIDTH                    1

#define HFGITR_EL2_TLBIVAAE1OS                          GENMASK(21, 21)
#define HFGITR_EL2_TLBIVAAE1OS_MASK                     GENMASK(21, 21)
#define HFGITR_EL2_TLBIVAAE1OS_SHIFT                    21
#define HFGITR_EL2_TLBIVAAE1OS_WIDTH                    1

#define HFGITR_EL2_TLBIASIDE1OS                         GENMASK(20, 20)
#define HFGITR_EL2_TLBIASIDE1OS_MASK                    GENMASK(20, 20)
#define HFGITR_EL2_TLBIASIDE1OS_SHIFT                   20
#define HFGITR_EL2_TLBIASIDE1OS_WIDTH                   1

#define HFGITR_EL2_TLBIVAE1OS                           GENMASK(19, 19)
#define HFGITR_EL2_TLBIVAE1OS_MASK                      GENMASK(19, 19)
#define HFGITR_EL2_TLBIVAE1OS_SHIFT                     19
#define HFGITR_EL2_TLBIVAE1OS_WIDTH                     1

#define HFGITR_EL2_TLBIVMALLE1OS                        GENMASK(18, 18)
#define HFGITR_EL2_TLBIVMALLE1OS_MASK                   GENMASK(18, 18)
#define HFGITR_EL2_TLBIVMALLE1OS_SHIFT                  18
#define HFGITR_EL2_TLBIVMALLE1OS_WIDTH                  1

#define HFGITR_EL2_ATS1E1WP                             GENMASK(17, 17)
#define HFGITR_EL2_ATS1E1WP_MASK                        GENMASK(17, 17)
#define HFGITR_EL2_ATS1E1WP_SHIFT                       17
#define HFGITR_EL2_ATS1E1WP_WIDTH                       1

#define HFGITR_EL2_ATS1E1RP                             GENMASK(16, 16)
#define HFGITR_EL2_ATS1E1RP_MASK                        GENMASK(16, 16)
#define HFGITR_EL2_ATS1E1RP_SHIFT                       16
#define HFGITR_EL2_ATS1E1RP_WIDTH                       1

#define HFGITR_EL2_ATS1E0W                              GENMASK(15, 15)
#define HFGITR_EL2_ATS1E0W_MASK                         GENMASK(15, 15)
#define HFGITR_EL2_ATS1E0W_SHIFT                        15
#define HFGITR_EL2_ATS1E0W_WIDTH                        1

#define HFGITR_EL2_ATS1E0R                              GENMASK(14, 14)
#define HFGITR_EL2_ATS1E0R_MASK                         GENMASK(14, 14)
#define HFGITR_EL2_ATS1E0R_SHIFT                        14
#define HFGITR_EL2_ATS1E0R_WIDTH                        1

#define HFGITR_EL2_ATS1E1W                              GENMASK(13, 13)
#define HFGITR_EL2_ATS1E1W_MASK                         GENMASK(13, 13)
#define HFGITR_EL2_ATS1E1W_SHIFT                        13
#define HFGITR_EL2_ATS1E1W_WIDTH                        1

#define HFGITR_EL2_ATS1E1R                              GENMASK(12, 12)
#define HFGITR_EL2_ATS1E1R_MASK                         GENMASK(12, 12)
#define HFGITR_EL2_ATS1E1R_SHIFT                        12
#define HFGITR_EL2_ATS1E1R_WIDTH                        1

#define HFGITR_EL2_DCZVA                                GENMASK(11, 11)
#define HFGITR_EL2_DCZVA_MASK                           GENMASK(11, 11)
#define HFGITR_EL2_DCZVA_SHIFT                          11
#define HFGITR_EL2_DCZVA_WIDTH                          1

#define HFGITR_EL2_DCCIVAC                              GENMASK(10, 10)
#define HFGITR_EL2_DCCIVAC_MASK                         GENMASK(10, 10)
#define HFGITR_EL2_DCCIVAC_SHIFT                        10
#define HFGITR_EL2_DCCIVAC_WIDTH                        1

#define HFGITR_EL2_DCCVADP                              GENMASK(9, 9)
#define HFGITR_EL2_DCCVADP_MASK                         GENMASK(9, 9)
#define HFGITR_EL2_DCCVADP_SHIFT                        9
#define HFGITR_EL2_DCCVADP_WIDTH                        1

#define HFGITR_EL2_DCCVAP                               GENMASK(8, 8)
#define HFGITR_EL2_DCCVAP_MASK                          GENMASK(8, 8)
#define HFGITR_EL2_DCCVAP_SHIFT                         8
#define HFGITR_EL2_DCCVAP_WIDTH                         1

#define HFGITR_EL2_DCCVAU                               GENMASK(7, 7)
#define HFGITR_EL2_DCCVAU_MASK                          GENMASK(7, 7)
#define HFGITR_EL2_DCCVAU_SHIFT                         7
#define HFGITR_EL2_DCCVAU_WIDTH                         1

#define HFGITR_EL2_DCCISW                               GENMASK(6, 6)
#define HFGITR_EL2_DCCISW_MASK                          GENMASK(6, 6)
#define HFGITR_EL2_DCCISW_SHIFT                         6
#define HFGITR_EL2_DCCISW_WIDTH                         1

#define HFGITR_EL2_DCCSW                                GENMASK(5, 5)
#define HFGITR_EL2_DCCSW_MASK                           GENMASK(5, 5)
#define HFGITR_EL2_DCCSW_SHIFT                          5
#define HFGITR_EL2_DCCSW_WIDTH                          1

#define HFGITR_EL2_DCISW                                GENMASK(4, 4)
#define HFGITR_EL2_DCISW_MASK                           GENMASK(4, 4)
#define HFGITR_EL2_DCISW_SHIFT                          4
#define HFGITR_EL2_DCISW_WIDTH                          1

#define HFGITR_EL2_DCIVAC                               GENMASK(3, 3)
#define HFGITR_EL2_DCIVAC_MASK                          GENMASK(3, 3)
#define HFGITR_EL2_DCIVAC_SHIFT                         3
#define HFGITR_EL2_DCIVAC_WIDTH                         1

#define HFGITR_EL2_ICIVAU                               GENMASK(2, 2)
#define HFGITR_EL2_ICIVAU_MASK                          GENMASK(2, 2)
#define HFGITR_EL2_ICIVAU_SHIFT                         2
#define HFGITR_EL2_ICIVAU_WIDTH                         1

#define HFGITR_EL2_ICIALLU                              GENMASK(1, 1)
#define HFGITR_EL2_ICIALLU_MASK                         GENMASK(1, 1)
#define HFGITR_EL2_ICIALLU_SHIFT                        1
#define HFGITR_EL2_ICIALLU_WIDTH                        1

#define HFGITR_EL2_ICIALLUIS                            GENMASK(0, 0)
#define HFGITR_EL2_ICIALLUIS_MASK                       GENMASK(0, 0)
#define HFGITR_EL2_ICIALLUIS_SHIFT                      0
#define HFGITR_EL2_ICIALLUIS_WIDTH                      1

#define HFGITR_EL2_RES0                                 (UL(0) | GENMASK_ULL(63, 63) | GENMASK_ULL(61, 61))
#define HFGITR_EL2_RES1                                 (UL(0))
#define HFGITR_EL2_UNKN                                 (UL(0))

#define REG_HDFGRTR_EL2                                 S3_4_C3_C1_4
#define SYS_HDFGRTR_EL2                                 sys_reg(3, 4, 3, 1, 4)
#define SYS_HDFGRTR_EL2_Op0                             3
#define SYS_HDFGRTR_EL2_Op1                             4
#define SYS_HDFGRTR_EL2_CRn                             3
#define SYS_HDFGRTR_EL2_CRm                             1
#define SYS_HDFGRTR_EL2_Op2                             4

#define HDFGRTR_EL2_PMBIDR_EL1                          GENMASK(63, 63)
#define HDFGRTR_EL2_PMBIDR_EL1_MASK                     GENMASK(63, 63)
#define HDFGRTR_EL2_PMBIDR_EL1_SHIFT                    63
#define HDFGRTR_EL2_PMBIDR_EL1_WIDTH                    1

#define HDFGRTR_EL2_nPMSNEVFR_EL1                       GENMASK(62, 62)
#define HDFGRTR_EL2_nPMSNEVFR_EL1_MASK                  GENMASK(62, 62)
#define HDFGRTR_EL2_nPMSNEVFR_EL1_SHIFT                 62
#define HDFGRTR_EL2_nPMSNEVFR_EL1_WIDTH                 1

#define HDFGRTR_EL2_nBRBDATA                            GENMASK(61, 61)
#define HDFGRTR_EL2_nBRBDATA_MASK                       GENMASK(61, 61)
#define HDFGRTR_EL2_nBRBDATA_SHIFT                      61
#define HDFGRTR_EL2_nBRBDATA_WIDTH                      1

#define HDFGRTR_EL2_nBRBCTL                             GENMASK(60, 60)
#define HDFGRTR_EL2_nBRBCTL_MASK                        GENMASK(60, 60)
#define HDFGRTR_EL2_nBRBCTL_SHIFT                       60
#define HDFGRTR_EL2_nBRBCTL_WIDTH                       1

#define HDFGRTR_EL2_nBRBIDR                             GENMASK(59, 59)
#define HDFGRTR_EL2_nBRBIDR_MASK                        GENMASK(59, 59)
#define HDFGRTR_EL2_nBRBIDR_SHIFT                       59
#define HDFGRTR_EL2_nBRBIDR_WIDTH                       1

#define HDFGRTR_EL2_PMCEIDn_EL0                         GENMASK(58, 58)
#define HDFGRTR_EL2_PMCEIDn_EL0_MASK                    GENMASK(58, 58)
#define HDFGRTR_EL2_PMCEIDn_EL0_SHIFT                   58
#define HDFGRTR_EL2_PMCEIDn_EL0_WIDTH                   1

#define HDFGRTR_EL2_PMUSERENR_EL0                       GENMASK(57, 57)
#define HDFGRTR_EL2_PMUSERENR_EL0_MASK                  GENMASK(57, 57)
#define HDFGRTR_EL2_PMUSERENR_EL0_SHIFT                 57
#define HDFGRTR_EL2_PMUSERENR_EL0_WIDTH                 1

#define HDFGRTR_EL2_TRBTRG_EL1                          GENMASK(56, 56)
#define HDFGRTR_EL2_TRBTRG_EL1_MASK                     GENMASK(56, 56)
#define HDFGRTR_EL2_TRBTRG_EL1_SHIFT                    56
#define HDFGRTR_EL2_TRBTRG_EL1_WIDTH                    1

#define HDFGRTR_EL2_TRBSR_EL1                           GENMASK(55, 55)
#define HDFGRTR_EL2_TRBSR_EL1_MASK                      GENMASK(55, 55)
#define HDFGRTR_EL2_TRBSR_EL1_SHIFT                     55
#define HDFGRTR_EL2_TRBSR_EL1_WIDTH                     1

#define HDFGRTR_EL2_TRBPTR_EL1                          GENMASK(54, 54)
#define HDFGRTR_EL2_TRBPTR_EL1_MASK                     GENMASK(54, 54)
#define HDFGRTR_EL2_TRBPTR_EL1_SHIFT                    54
#define HDFGRTR_EL2_TRBPTR_EL1_WIDTH                    1

#define HDFGRTR_EL2_TRBMAR_EL1                          GENMASK(53, 53)
#define HDFGRTR_EL2_TRBMAR_EL1_MASK                     GENMASK(53, 53)
#define HDFGRTR_EL2_TRBMAR_EL1_SHIFT                    53
#define HDFGRTR_EL2_TRBMAR_EL1_WIDTH                    1

#define HDFGRTR_EL2_TRBLIMITR_EL1                       GENMASK(52, 52)
#define HDFGRTR_EL2_TRBLIMITR_EL1_MASK                  GENMASK(52, 52)
#define HDFGRTR_EL2_TRBLIMITR_EL1_SHIFT                 52
#define HDFGRTR_EL2_TRBLIMITR_EL1_WIDTH                 1

#define HDFGRTR_EL2_TRBIDR_EL1                          GENMASK(51, 51)
#define HDFGRTR_EL2_TRBIDR_EL1_MASK                     GENMASK(51, 51)
#define HDFGRTR_EL2_TRBIDR_EL1_SHIFT                    51
#define HDFGRTR_EL2_TRBIDR_EL1_WIDTH                    1

#define HDFGRTR_EL2_TRBBASER_EL1                        GENMASK(50, 50)
#define HDFGRTR_EL2_TRBBASER_EL1_MASK                   GENMASK(50, 50)
#define HDFGRTR_EL2_TRBBASER_EL1_SHIFT                  50
#define HDFGRTR_EL2_TRBBASER_EL1_WIDTH                  1

#define HDFGRTR_EL2_TRCVICTLR                           GENMASK(48, 48)
#define HDFGRTR_EL2_TRCVICTLR_MASK                      GENMASK(48, 48)
#define HDFGRTR_EL2_TRCVICTLR_SHIFT                     48
#define HDFGRTR_EL2_TRCVICTLR_WIDTH                     1

#define HDFGRTR_EL2_TRCSTATR                            GENMASK(47, 47)
#define HDFGRTR_EL2_TRCSTATR_MASK                       GENMASK(47, 47)
#define HDFGRTR_EL2_TRCSTATR_SHIFT                      47
#define HDFGRTR_EL2_TRCSTATR_WIDTH                      1

#define HDFGRTR_EL2_TRCSSCSRn                           GENMASK(46, 46)
#define HDFGRTR_EL2_TRCSSCSRn_MASK                      GENMASK(46, 46)
#define HDFGRTR_EL2_TRCSSCSRn_SHIFT                     46
#define HDFGRTR_EL2_TRCSSCSRn_WIDTH                     1

#define HDFGRTR_EL2_TRCSEQSTR                           GENMASK(45, 45)
#define HDFGRTR_EL2_TRCSEQSTR_MASK                      GENMASK(45, 45)
#define HDFGRTR_EL2_TRCSEQSTR_SHIFT                     45
#define HDFGRTR_EL2_TRCSEQSTR_WIDTH                     1

#define HDFGRTR_EL2_TRCPRGCTLR                          GENMASK(44, 44)
#define HDFGRTR_EL2_TRCPRGCTLR_MASK                     GENMASK(44, 44)
#define HDFGRTR_EL2_TRCPRGCTLR_SHIFT                    44
#define HDFGRTR_EL2_TRCPRGCTLR_WIDTH                    1

#define HDFGRTR_EL2_TRCOSLSR                            GENMASK(43, 43)
#define HDFGRTR_EL2_TRCOSLSR_MASK                       GENMASK(43, 43)
#define HDFGRTR_EL2_TRCOSLSR_SHIFT                      43
#define HDFGRTR_EL2_TRCOSLSR_WIDTH                      1

#define HDFGRTR_EL2_TRCIMSPECn                          GENMASK(41, 41)
#define HDFGRTR_EL2_TRCIMSPECn_MASK                     GENMASK(41, 41)
#define HDFGRTR_EL2_TRCIMSPECn_SHIFT                    41
#define HDFGRTR_EL2_TRCIMSPECn_WIDTH                    1

#define HDFGRTR_EL2_TRCID                               GENMASK(40, 40)
#define HDFGRTR_EL2_TRCID_MASK                          GENMASK(40, 40)
#define HDFGRTR_EL2_TRCID_SHIFT                         40
#define HDFGRTR_EL2_TRCID_WIDTH                         1

#define HDFGRTR_EL2_TRCCNTVRn                           GENMASK(37, 37)
#define HDFGRTR_EL2_TRCCNTVRn_MASK                      GENMASK(37, 37)
#define HDFGRTR_EL2_TRCCNTVRn_SHIFT                     37
#define HDFGRTR_EL2_TRCCNTVRn_WIDTH                     1

#define HDFGRTR_EL2_TRCCLAIM                            GENMASK(36, 36)
#define HDFGRTR_EL2_TRCCLAIM_MASK                       GENMASK(36, 36)
#define HDFGRTR_EL2_TRCCLAIM_SHIFT                      36
#define HDFGRTR_EL2_TRCCLAIM_WIDTH                      1

#define HDFGRTR_EL2_TRCAUXCTLR                          GENMASK(35, 35)
#define HDFGRTR_EL2_TRCAUXCTLR_MASK                     GENMASK(35, 35)
#define HDFGRTR_EL2_TRCAUXCTLR_SHIFT                    35
#define HDFGRTR_EL2_TRCAUXCTLR_WIDTH                    1

#define HDFGRTR_EL2_TRCAUTHSTATUS                       GENMASK(34, 34)
#define HDFGRTR_EL2_TRCAUTHSTATUS_MASK                  GENMASK(34, 34)
#define HDFGRTR_EL2_TRCAUTHSTATUS_SHIFT                 34
#define HDFGRTR_EL2_TRCAUTHSTATUS_WIDTH                 1

#define HDFGRTR_EL2_TRC                                 GENMASK(33, 33)
#define HDFGRTR_EL2_TRC_MASK                            GENMASK(33, 33)
#define HDFGRTR_EL2_TRC_SHIFT                           33
#define HDFGRTR_EL2_TRC_WIDTH                           1

#define HDFGRTR_EL2_PMSLATFR_EL1                        GENMASK(32, 32)
#define HDFGRTR_EL2_PMSLATFR_EL1_MASK                   GENMASK(32, 32)
#define HDFGRTR_EL2_PMSLATFR_EL1_SHIFT                  32
#define HDFGRTR_EL2_PMSLATFR_EL1_WIDTH                  1

#define HDFGRTR_EL2_PMSIRR_EL1                          GENMASK(31, 31)
#define HDFGRTR_EL2_PMSIRR_EL1_MASK                     GENMASK(31, 31)
#define HDFGRTR_EL2_PMSIRR_EL1_SHIFT                    31
#define HDFGRTR_EL2_PMSIRR_EL1_WIDTH                    1

#define HDFGRTR_EL2_PMSIDR_EL1                          GENMASK(30, 30)
#define HDFGRTR_EL2_PMSIDR_EL1_MASK                     GENMASK(30, 30)
#define HDFGRTR_EL2_PMSIDR_EL1_SHIFT                    30
#define HDFGRTR_EL2_PMSIDR_EL1_WIDTH                    1

#define HDFGRTR_EL2_PMSICR_EL1                          GENMASK(29, 29)
#define HDFGRTR_EL2_PMSICR_EL1_MASK                     GENMASK(29, 29)
#define HDFGRTR_EL2_PMSICR_EL1_SHIFT                    29
#define HDFGRTR_EL2_PMSICR_EL1_WIDTH                    1

#define HDFGRTR_EL2_PMSFCR_EL1                          GENMASK(28, 28)
#define HDFGRTR_EL2_PMSFCR_EL1_MASK                     GENMASK(28, 28)
#define HDFGRTR_EL2_PMSFCR_EL1_SHIFT                    28
#define HDFGRTR_EL2_PMSFCR_EL1_WIDTH                    1

#define HDFGRTR_EL2_PMSEVFR_EL1                         GENMASK(27, 27)
#define HDFGRTR_EL2_PMSEVFR_EL1_MASK                    GENMASK(27, 27)
#define HDFGRTR_EL2_PMSEVFR_EL1_SHIFT                   27
#define HDFGRTR_EL2_PMSEVFR_EL1_WIDTH                   1

#define HDFGRTR_EL2_PMSCR_EL1                           GENMASK(26, 26)
#define HDFGRTR_EL2_PMSCR_EL1_MASK                      GENMASK(26, 26)
#define HDFGRTR_EL2_PMSCR_EL1_SHIFT                     26
#define HDFGRTR_EL2_PMSCR_EL1_WIDTH                     1

#define HDFGRTR_EL2_PMBSR_EL1                           GENMASK(25, 25)
#define HDFGRTR_EL2_PMBSR_EL1_MASK                      GENMASK(25, 25)
#define HDFGRTR_EL2_PMBSR_EL1_SHIFT                     25
#define HDFGRTR_EL2_PMBSR_EL1_WIDTH                     1

#define HDFGRTR_EL2_PMBPTR_EL1                          GENMASK(24, 24)
#define HDFGRTR_EL2_PMBPTR_EL1_MASK                     GENMASK(24, 24)
#define HDFGRTR_EL2_PMBPTR_EL1_SHIFT                    24
#define HDFGRTR_EL2_PMBPTR_EL1_WIDTH                    1

#define HDFGRTR_EL2_PMBLIMITR_EL1                       GENMASK(23, 23)
#define HDFGRTR_EL2_PMBLIMITR_EL1_MASK                  GENMASK(23, 23)
#define HDFGRTR_EL2_PMBLIMITR_EL1_SHIFT                 23
#define HDFGRTR_EL2_PMBLIMITR_EL1_WIDTH                 1

#define HDFGRTR_EL2_PMMIR_EL1                           GENMASK(22, 22)
#define HDFGRTR_EL2_PMMIR_EL1_MASK                      GENMASK(22, 22)
#define HDFGRTR_EL2_PMMIR_EL1_SHIFT                     22
#define HDFGRTR_EL2_PMMIR_EL1_WIDTH                     1

#define HDFGRTR_EL2_PMSELR_EL0                          GENMASK(19, 19)
#define HDFGRTR_EL2_PMSELR_EL0_MASK                     GENMASK(19, 19)
#define HDFGRTR_EL2_PMSELR_EL0_SHIFT                    19
#define HDFGRTR_EL2_PMSELR_EL0_WIDTH                    1

#define HDFGRTR_EL2_PMOVS                               GENMASK(18, 18)
#define HDFGRTR_EL2_PMOVS_MASK                          GENMASK(18, 18)
#define HDFGRTR_EL2_PMOVS_SHIFT                         18
#define HDFGRTR_EL2_PMOVS_WIDTH                         1

#define HDFGRTR_EL2_PMINTEN                             GENMASK(17, 17)
#define HDFGRTR_EL2_PMINTEN_MASK                        GENMASK(17, 17)
#define HDFGRTR_EL2_PMINTEN_SHIFT                       17
#define HDFGRTR_EL2_PMINTEN_WIDTH                       1

#define HDFGRTR_EL2_PMCNTEN                             GENMASK(16, 16)
#define HDFGRTR_EL2_PMCNTEN_MASK                        GENMASK(16, 16)
#define HDFGRTR_EL2_PMCNTEN_SHIFT                       16
#define HDFGRTR_EL2_PMCNTEN_WIDTH                       1

#define HDFGRTR_EL2_PMCCNTR_EL0                         GENMASK(15, 15)
#define HDFGRTR_EL2_PMCCNTR_EL0_MASK                    GENMASK(15, 15)
#define HDFGRTR_EL2_PMCCNTR_EL0_SHIFT                   15
#define HDFGRTR_EL2_PMCCNTR_EL0_WIDTH                   1

#define HDFGRTR_EL2_PMCCFILTR_EL0                       GENMASK(14, 14)
#define HDFGRTR_EL2_PMCCFILTR_EL0_MASK                  GENMASK(14, 14)
#define HDFGRTR_EL2_PMCCFILTR_EL0_SHIFT                 14
#define HDFGRTR_EL2_PMCCFILTR_EL0_WIDTH                 1

#define HDFGRTR_EL2_PMEVTYPERn_EL0                      GENMASK(13, 13)
#define HDFGRTR_EL2_PMEVTYPERn_EL0_MASK                 GENMASK(13, 13)
#define HDFGRTR_EL2_PMEVTYPERn_EL0_SHIFT                13
#define HDFGRTR_EL2_PMEVTYPERn_EL0_WIDTH                1

#define HDFGRTR_EL2_PMEVCNTRn_EL0                       GENMASK(12, 12)
#define HDFGRTR_EL2_PMEVCNTRn_EL0_MASK                  GENMASK(12, 12)
#define HDFGRTR_EL2_PMEVCNTRn_EL0_SHIFT                 12
#define HDFGRTR_EL2_PMEVCNTRn_EL0_WIDTH                 1

#define HDFGRTR_EL2_OSDLR_EL1                           GENMASK(11, 11)
#define HDFGRTR_EL2_OSDLR_EL1_MASK                      GENMASK(11, 11)
#define HDFGRTR_EL2_OSDLR_EL1_SHIFT                     11
#define HDFGRTR_EL2_OSDLR_EL1_WIDTH                     1

#define HDFGRTR_EL2_OSECCR_EL1                          GENMASK(10, 10)
#define HDFGRTR_EL2_OSECCR_EL1_MASK                     GENMASK(10, 10)
#define HDFGRTR_EL2_OSECCR_EL1_SHIFT                    10
#define HDFGRTR_EL2_OSECCR_EL1_WIDTH                    1

#define HDFGRTR_EL2_OSLSR_EL1                           GENMASK(9, 9)
#define HDFGRTR_EL2_OSLSR_EL1_MASK                      GENMASK(9, 9)
#define HDFGRTR_EL2_OSLSR_EL1_SHIFT                     9
#define HDFGRTR_EL2_OSLSR_EL1_WIDTH                     1

#define HDFGRTR_EL2_DBGPRCR_EL1                         GENMASK(7, 7)
#define HDFGRTR_EL2_DBGPRCR_EL1_MASK                    GENMASK(7, 7)
#define HDFGRTR_EL2_DBGPRCR_EL1_SHIFT                   7
#define HDFGRTR_EL2_DBGPRCR_EL1_WIDTH                   1

#define HDFGRTR_EL2_DBGAUTHSTATUS_EL1                   GENMASK(6, 6)
#define HDFGRTR_EL2_DBGAUTHSTATUS_EL1_MASK              GENMASK(6, 6)
#define HDFGRTR_EL2_DBGAUTHSTATUS_EL1_SHIFT             6
#define HDFGRTR_EL2_DBGAUTHSTATUS_EL1_WIDTH             1

#define HDFGRTR_EL2_DBGCLAIM                            GENMASK(5, 5)
#define HDFGRTR_EL2_DBGCLAIM_MASK                       GENMASK(5, 5)
#define HDFGRTR_EL2_DBGCLAIM_SHIFT                      5
#define HDFGRTR_EL2_DBGCLAIM_WIDTH                      1

#define HDFGRTR_EL2_MDSCR_EL1                           GENMASK(4, 4)
#define HDFGRTR_EL2_MDSCR_EL1_MASK                      GENMASK(4, 4)
#define HDFGRTR_EL2_MDSCR_EL1_SHIFT                     4
#define HDFGRTR_EL2_MDSCR_EL1_WIDTH                     1

#define HDFGRTR_EL2_DBGWVRn_EL1                         GENMASK(3, 3)
#define HDFGRTR_EL2_DBGWVRn_EL1_MASK                    GENMASK(3, 3)
#define HDFGRTR_EL2_DBGWVRn_EL1_SHIFT                   3
#define HDFGRTR_EL2_DBGWVRn_EL1_WIDTH                   1

#define HDFGRTR_EL2_DBGWCRn_EL1                         GENMASK(2, 2)
#define HDFGRTR_EL2_DBGWCRn_EL1_MASK                    GENMASK(2, 2)
#define HDFGRTR_EL2_DBGWCRn_EL1_SHIFT                   2
#define HDFGRTR_EL2_DBGWCRn_EL1_WIDTH                   1

#define HDFGRTR_EL2_DBGBVRn_EL1                         GENMASK(1, 1)
#define HDFGRTR_EL2_DBGBVRn_EL1_MASK                    GENMASK(1, 1)
#define HDFGRTR_EL2_DBGBVRn_EL1_SHIFT                   1
#define HDFGRTR_EL2_DBGBVRn_EL1_WIDTH                   1

#define HDFGRTR_EL2_DBGBCRn_EL1                         GENMASK(0, 0)
#define HDFGRTR_EL2_DBGBCRn_EL1_MASK                    GENMASK(0, 0)
#define HDFGRTR_EL2_DBGBCRn_EL1_SHIFT                   0
#define HDFGRTR_EL2_DBGBCRn_EL1_WIDTH                   1

#define HDFGRTR_EL2_RES0                                (UL(0) | GENMASK_ULL(49, 49) | GENMASK_ULL(42, 42) | GENMASK_ULL(39, 38) | GENMASK_ULL(21, 20) | GENMASK_ULL(8, 8))
#define HDFGRTR_EL2_RES1                                (UL(0))
#define HDFGRTR_EL2_UNKN                                (UL(0))

#define REG_HDFGWTR_EL2                                 S3_4_C3_C1_5
#define SYS_HDFGWTR_EL2                                 sys_reg(3, 4, 3, 1, 5)
#define SYS_HDFGWTR_EL2_Op0                             3
#define SYS_HDFGWTR_EL2_Op1                             4
#define SYS_HDFGWTR_EL2_CRn                             3
#define SYS_HDFGWTR_EL2_CRm                             1
#define SYS_HDFGWTR_EL2_Op2                             5

#define HDFGWTR_EL2_nPMSNEVFR_EL1                       GENMASK(62, 62)
#define HDFGWTR_EL2_nPMSNEVFR_EL1_MASK                  GENMASK(62, 62)
#define HDFGWTR_EL2_nPMSNEVFR_EL1_SHIFT                 62
#define HDFGWTR_EL2_nPMSNEVFR_EL1_WIDTH                 1

#define HDFGWTR_EL2_nBRBDATA                            GENMASK(61, 61)
#define HDFGWTR_EL2_nBRBDATA_MASK                       GENMASK(61, 61)
#define HDFGWTR_EL2_nBRBDATA_SHIFT                      61
#define HDFGWTR_EL2_nBRBDATA_WIDTH                      1

#define HDFGWTR_EL2_nBRBCTL                             GENMASK(60, 60)
#define HDFGWTR_EL2_nBRBCTL_MASK                        GENMASK(60, 60)
#define HDFGWTR_EL2_nBRBCTL_SHIFT                       60
#define HDFGWTR_EL2_nBRBCTL_WIDTH                       1

#define HDFGWTR_EL2_PMUSERENR_EL0                       GENMASK(57, 57)
#define HDFGWTR_EL2_PMUSERENR_EL0_MASK                  GENMASK(57, 57)
#define HDFGWTR_EL2_PMUSERENR_EL0_SHIFT                 57
#define HDFGWTR_EL2_PMUSERENR_EL0_WIDTH                 1

#define HDFGWTR_EL2_TRBTRG_EL1                          GENMASK(56, 56)
#define HDFGWTR_EL2_TRBTRG_EL1_MASK                     GENMASK(56, 56)
#define HDFGWTR_EL2_TRBTRG_EL1_SHIFT                    56
#define HDFGWTR_EL2_TRBTRG_EL1_WIDTH                    1

#define HDFGWTR_EL2_TRBSR_EL1                           GENMASK(55, 55)
#define HDFGWTR_EL2_TRBSR_EL1_MASK                      GENMASK(55, 55)
#define HDFGWTR_EL2_TRBSR_EL1_SHIFT                     55
#define HDFGWTR_EL2_TRBSR_EL1_WIDTH                     1

#define HDFGWTR_EL2_TRBPTR_EL1                          GENMASK(54, 54)
#define HDFGWTR_EL2_TRBPTR_EL1_MASK                     GENMASK(54, 54)
#define HDFGWTR_EL2_TRBPTR_EL1_SHIFT                    54
#define HDFGWTR_EL2_TRBPTR_EL1_WIDTH                    1

#define HDFGWTR_EL2_TRBMAR_EL1                          GENMASK(53, 53)
#define HDFGWTR_EL2_TRBMAR_EL1_MASK                     GENMASK(53, 53)
#define HDFGWTR_EL2_TRBMAR_EL1_SHIFT                    53
#define HDFGWTR_EL2_TRBMAR_EL1_WIDTH                    1

#define HDFGWTR_EL2_TRBLIMITR_EL1                       GENMASK(52, 52)
#define HDFGWTR_EL2_TRBLIMITR_EL1_MASK                  GENMASK(52, 52)
#define HDFGWTR_EL2_TRBLIMITR_EL1_SHIFT                 52
#define HDFGWTR_EL2_TRBLIMITR_EL1_WIDTH                 1

#define HDFGWTR_EL2_TRBBASER_EL1                        GENMASK(50, 50)
#define HDFGWTR_EL2_TRBBASER_EL1_MASK                   GENMASK(50, 50)
#define HDFGWTR_EL2_TRBBASER_EL1_SHIFT                  50
#define HDFGWTR_EL2_TRBBASER_EL1_WIDTH                  1

#define HDFGWTR_EL2_TRFCR_EL1                           GENMASK(49, 49)
#define HDFGWTR_EL2_TRFCR_EL1_MASK                      GENMASK(49, 49)
#define HDFGWTR_EL2_TRFCR_EL1_SHIFT                     49
#define HDFGWTR_EL2_TRFCR_EL1_WIDTH                     1

#define HDFGWTR_EL2_TRCVICTLR                           GENMASK(48, 48)
#define HDFGWTR_EL2_TRCVICTLR_MASK                      GENMASK(48, 48)
#define HDFGWTR_EL2_TRCVICTLR_SHIFT                     48
#define HDFGWTR_EL2_TRCVICTLR_WIDTH                     1

#define HDFGWTR_EL2_TRCSSCSRn                           GENMASK(46, 46)
#define HDFGWTR_EL2_TRCSSCSRn_MASK                      GENMASK(46, 46)
#define HDFGWTR_EL2_TRCSSCSRn_SHIFT                     46
#define HDFGWTR_EL2_TRCSSCSRn_WIDTH                     1

#define HDFGWTR_EL2_TRCSEQSTR                           GENMASK(45, 45)
#define HDFGWTR_EL2_TRCSEQSTR_MASK                      GENMASK(45, 45)
#define HDFGWTR_EL2_TRCSEQSTR_SHIFT                     45
#define HDFGWTR_EL2_TRCSEQSTR_WIDTH                     1

#define HDFGWTR_EL2_TRCPRGCTLR                          GENMASK(44, 44)
#define HDFGWTR_EL2_TRCPRGCTLR_MASK                     GENMASK(44, 44)
#define HDFGWTR_EL2_TRCPRGCTLR_SHIFT                    44
#define HDFGWTR_EL2_TRCPRGCTLR_WIDTH                    1

#define HDFGWTR_EL2_TRCOSLAR                            GENMASK(42, 42)
#define HDFGWTR_EL2_TRCOSLAR_MASK                       GENMASK(42, 42)
#define HDFGWTR_EL2_TRCOSLAR_SHIFT                      42
#define HDFGWTR_EL2_TRCOSLAR_WIDTH                      1

#define HDFGWTR_EL2_TRCIMSPECn                          GENMASK(41, 41)
#define HDFGWTR_EL2_TRCIMSPECn_MASK                     GENMASK(41, 41)
#define HDFGWTR_EL2_TRCIMSPECn_SHIFT                    41
#define HDFGWTR_EL2_TRCIMSPECn_WIDTH                    1

#define HDFGWTR_EL2_TRCCNTVRn                           GENMASK(37, 37)
#define HDFGWTR_EL2_TRCCNTVRn_MASK                      GENMASK(37, 37)
#define HDFGWTR_EL2_TRCCNTVRn_SHIFT                     37
#define HDFGWTR_EL2_TRCCNTVRn_WIDTH                     1

#define HDFGWTR_EL2_TRCCLAIM                            GENMASK(36, 36)
#define HDFGWTR_EL2_TRCCLAIM_MASK                       GENMASK(36, 36)
#define HDFGWTR_EL2_TRCCLAIM_SHIFT                      36
#define HDFGWTR_EL2_TRCCLAIM_WIDTH                      1

#define HDFGWTR_EL2_TRCAUXCTLR                          GENMASK(35, 35)
#define HDFGWTR_EL2_TRCAUXCTLR_MASK                     GENMASK(35, 35)
#define HDFGWTR_EL2_TRCAUXCTLR_SHIFT                    35
#define HDFGWTR_EL2_TRCAUXCTLR_WIDTH                    1

#define HDFGWTR_EL2_TRC                                 GENMASK(33, 33)
#define HDFGWTR_EL2_TRC_MASK                            GENMASK(33, 33)
#define HDFGWTR_EL2_TRC_SHIFT                           33
#define HDFGWTR_EL2_TRC_WIDTH                           1

#define HDFGWTR_EL2_PMSLATFR_EL1                        GENMASK(32, 32)
#define HDFGWTR_EL2_PMSLATFR_EL1_MASK                   GENMASK(32, 32)
#define HDFGWTR_EL2_PMSLATFR_EL1_SHIFT                  32
#define HDFGWTR_EL2_PMSLATFR_EL1_WIDTH                  1

#define HDFGWTR_EL2_PMSIRR_EL1                          GENMASK(31, 31)
#define HDFGWTR_EL2_PMSIRR_EL1_MASK                     GENMASK(31, 31)
#define HDFGWTR_EL2_PMSIRR_EL1_SHIFT                    31
#define HDFGWTR_EL2_PMSIRR_EL1_WIDTH                    1

#define HDFGWTR_EL2_PMSICR_EL1                          GENMASK(29, 29)
#define HDFGWTR_EL2_PMSICR_EL1_MASK                     GENMASK(29, 29)
#define HDFGWTR_EL2_PMSICR_EL1_SHIFT                    29
#define HDFGWTR_EL2_PMSICR_EL1_WIDTH                    1

#define HDFGWTR_EL2_PMSFCR_EL1                          GENMASK(28, 28)
#define HDFGWTR_EL2_PMSFCR_EL1_MASK                     GENMASK(28, 28)
#define HDFGWTR_EL2_PMSFCR_EL1_SHIFT                    28
#define HDFGWTR_EL2_PMSFCR_EL1_WIDTH                    1

#define HDFGWTR_EL2_PMSEVFR_EL1                         GENMASK(27, 27)
#define HDFGWTR_EL2_PMSEVFR_EL1_MASK                    GENMASK(27, 27)
#define HDFGWTR_EL2_PMSEVFR_EL1_SHIFT                   27
#define HDFGWTR_EL2_PMSEVFR_EL1_WIDTH                   1

#define HDFGWTR_EL2_PMSCR_EL1                           GENMASK(26, 26)
#define HDFGWTR_EL2_PMSCR_EL1_MASK                      GENMASK(26, 26)
#define HDFGWTR_EL2_PMSCR_EL1_SHIFT                     26
#define HDFGWTR_EL2_PMSCR_EL1_WIDTH                     1

#define HDFGWTR_EL2_PMBSR_EL1                           GENMASK(25, 25)
#define HDFGWTR_EL2_PMBSR_EL1_MASK                      GENMASK(25, 25)
#define HDFGWTR_EL2_PMBSR_EL1_SHIFT                     25
#define HDFGWTR_EL2_PMBSR_EL1_WIDTH                     1

#define HDFGWTR_EL2_PMBPTR_EL1                          GENMASK(24, 24)
#define HDFGWTR_EL2_PMBPTR_EL1_MASK                     GENMASK(24, 24)
#define HDFGWTR_EL2_PMBPTR_EL1_SHIFT                    24
#define HDFGWTR_EL2_PMBPTR_EL1_WIDTH                    1

#define HDFGWTR_EL2_PMBLIMITR_EL1                       GENMASK(23, 23)
#define HDFGWTR_EL2_PMBLIMITR_EL1_MASK                  GENMASK(23, 23)
#define HDFGWTR_EL2_PMBLIMITR_EL1_SHIFT                 23
#define HDFGWTR_EL2_PMBLIMITR_EL1_WIDTH                 1

#define HDFGWTR_EL2_PMCR_EL0                            GENMASK(21, 21)
#define HDFGWTR_EL2_PMCR_EL0_MASK                       GENMASK(21, 21)
#define HDFGWTR_EL2_PMCR_EL0_SHIFT                      21
#define HDFGWTR_EL2_PMCR_EL0_WIDTH                      1

#define HDFGWTR_EL2_PMSWINC_EL0                         GENMASK(20, 20)
#define HDFGWTR_EL2_PMSWINC_EL0_MASK                    GENMASK(20, 20)
#define HDFGWTR_EL2_PMSWINC_EL0_SHIFT                   20
#define HDFGWTR_EL2_PMSWINC_EL0_WIDTH                   1

#define HDFGWTR_EL2_PMSELR_EL0                          GENMASK(19, 19)
#define HDFGWTR_EL2_PMSELR_EL0_MASK                     GENMASK(19, 19)
#define HDFGWTR_EL2_PMSELR_EL0_SHIFT                    19
#define HDFGWTR_EL2_PMSELR_EL0_WIDTH                    1

#define HDFGWTR_EL2_PMOVS                               GENMASK(18, 18)
#define HDFGWTR_EL2_PMOVS_MASK                          GENMASK(18, 18)
#define HDFGWTR_EL2_PMOVS_SHIFT                         18
#define HDFGWTR_EL2_PMOVS_WIDTH                         1

#define HDFGWTR_EL2_PMINTEN                             GENMASK(17, 17)
#define HDFGWTR_EL2_PMINTEN_MASK                        GENMASK(17, 17)
#define HDFGWTR_EL2_PMINTEN_SHIFT                       17
#define HDFGWTR_EL2_PMINTEN_WIDTH                       1

#define HDFGWTR_EL2_PMCNTEN                             GENMASK(16, 16)
#define HDFGWTR_EL2_PMCNTEN_MASK                        GENMASK(16, 16)
#define HDFGWTR_EL2_PMCNTEN_SHIFT                       16
#define HDFGWTR_EL2_PMCNTEN_WIDTH                       1

#define HDFGWTR_EL2_PMCCNTR_EL0                         GENMASK(15, 15)
#define HDFGWTR_EL2_PMCCNTR_EL0_MASK                    GENMASK(15, 15)
#define HDFGWTR_EL2_PMCCNTR_EL0_SHIFT                   15
#define HDFGWTR_EL2_PMCCNTR_EL0_WIDTH                   1

#define HDFGWTR_EL2_PMCCFILTR_EL0                       GENMASK(14, 14)
#define HDFGWTR_EL2_PMCCFILTR_EL0_MASK                  GENMASK(14, 14)
#define HDFGWTR_EL2_PMCCFILTR_EL0_SHIFT                 14
#define HDFGWTR_EL2_PMCCFILTR_EL0_WIDTH                 1

#define HDFGWTR_EL2_PMEVTYPERn_EL0                      GENMASK(13, 13)
#define HDFGWTR_EL2_PMEVTYPERn_EL0_MASK                 GENMASK(13, 13)
#define HDFGWTR_EL2_PMEVTYPERn_EL0_SHIFT                13
#define HDFGWTR_EL2_PMEVTYPERn_EL0_WIDTH                1

#define HDFGWTR_EL2_PMEVCNTRn_EL0                       GENMASK(12, 12)
#define HDFGWTR_EL2_PMEVCNTRn_EL0_MASK                  GENMASK(12, 12)
#define HDFGWTR_EL2_PMEVCNTRn_EL0_SHIFT                 12
#define HDFGWTR_EL2_PMEVCNTRn_EL0_WIDTH                 1

#define HDFGWTR_EL2_OSDLR_EL1                           GENMASK(11, 11)
#define HDFGWTR_EL2_OSDLR_EL1_MASK                      GENMASK(11, 11)
#define HDFGWTR_EL2_OSDLR_EL1_SHIFT                     11
#define HDFGWTR_EL2_OSDLR_EL1_WIDTH                     1

#define HDFGWTR_EL2_OSECCR_EL1                          GENMASK(10, 10)
#define HDFGWTR_EL2_OSECCR_EL1_MASK                     GENMASK(10, 10)
#define HDFGWTR_EL2_OSECCR_EL1_SHIFT                    10
#define HDFGWTR_EL2_OSECCR_EL1_WIDTH                    1

#define HDFGWTR_EL2_OSLAR_EL1                           GENMASK(8, 8)
#define HDFGWTR_EL2_OSLAR_EL1_MASK                      GENMASK(8, 8)
#define HDFGWTR_EL2_OSLAR_EL1_SHIFT                     8
#define HDFGWTR_EL2_OSLAR_EL1_WIDTH                     1

#define HDFGWTR_EL2_DBGPRCR_EL1                         GENMASK(7, 7)
#define HDFGWTR_EL2_DBGPRCR_EL1_MASK                    GENMASK(7, 7)
#define HDFGWTR_EL2_DBGPRCR_EL1_SHIFT                   7
#define HDFGWTR_EL2_DBGPRCR_EL1_WIDTH                   1

#define HDFGWTR_EL2_DBGCLAIM                            GENMASK(5, 5)
#define HDFGWTR_EL2_DBGCLAIM_MASK                       GENMASK(5, 5)
#define HDFGWTR_EL2_DBGCLAIM_SHIFT                      5
#define HDFGWTR_EL2_DBGCLAIM_WIDTH                      1

#define HDFGWTR_EL2_MDSCR_EL1                           GENMASK(4, 4)
#define HDFGWTR_EL2_MDSCR_EL1_MASK                      GENMASK(4, 4)
#define HDFGWTR_EL2_MDSCR_EL1_SHIFT                     4
#define HDFGWTR_EL2_MDSCR_EL1_WIDTH                     1

#define HDFGWTR_EL2_DBGWVRn_EL1                         GENMASK(3, 3)
#define HDFGWTR_EL2_DBGWVRn_EL1_MASK                    GENMASK(3, 3)
#define HDFGWTR_EL2_DBGWVRn_EL1_SHIFT                   3
#define HDFGWTR_EL2_DBGWVRn_EL1_WIDTH                   1

#define HDFGWTR_EL2_DBGWCRn_EL1                         GENMASK(2, 2)
#define HDFGWTR_EL2_DBGWCRn_EL1_MASK                    GENMASK(2, 2)
#define HDFGWTR_EL2_DBGWCRn_EL1_SHIFT                   2
#define HDFGWTR_EL2_DBGWCRn_EL1_WIDTH                   1

#define HDFGWTR_EL2_DBGBVRn_EL1                         GENMASK(1, 1)
#define HDFGWTR_EL2_DBGBVRn_EL1_MASK                    GENMASK(1, 1)
#define HDFGWTR_EL2_DBGBVRn_EL1_SHIFT                   1
#define HDFGWTR_EL2_DBGBVRn_EL1_WIDTH                   1

#define HDFGWTR_EL2_DBGBCRn_EL1                         GENMASK(0, 0)
#define HDFGWTR_EL2_DBGBCRn_EL1_MASK                    GENMASK(0, 0)
#define HDFGWTR_EL2_DBGBCRn_EL1_SHIFT                   0
#define HDFGWTR_EL2_DBGBCRn_EL1_WIDTH                   1

#define HDFGWTR_EL2_RES0                                (UL(0) | GENMASK_ULL(63, 63) | GENMASK_ULL(59, 58) | GENMASK_ULL(51, 51) | GENMASK_ULL(47, 47) | GENMASK_ULL(43, 43) | GENMASK_ULL(40, 38) | GENMASK_ULL(34, 34) | GENMASK_ULL(30, 30) | GENMASK_ULL(22, 22) | GENMASK_ULL(9, 9) | GENMASK_ULL(6, 6))
#define HDFGWTR_EL2_RES1                                (UL(0))
#define HDFGWTR_EL2_UNKN                                (UL(0))

#define REG_VSESR_EL2                                   S3_4_C5_C2_3
#define SYS_VSESR_EL2                                   sys_reg(3, 4, 5, 2, 3)
#define SYS_VSESR_EL2_Op0                               3
#define SYS_VSESR_EL2_Op1                               4
#define SYS_VSESR_EL2_CRn                               5
#define SYS_VSESR_EL2_CRm                               2
#define SYS_VSESR_EL2_Op2                               3

#define VSESR_EL2_IDS                                   GENMASK(24, 24)
#define VSESR_EL2_IDS_MASK                              GENMASK(24, 24)
#define VSESR_EL2_IDS_SHIFT                             24
#define VSESR_EL2_IDS_WIDTH                             1

#define VSESR_EL2_ISS                                   GENMASK(23, 0)
#define VSESR_EL2_ISS_MASK                              GENMASK(23, 0)
#define VSESR_EL2_ISS_SHIFT                             0
#define VSESR_EL2_ISS_WIDTH                             24

#define VSESR_EL2_RES0                                  (UL(0) | GENMASK_ULL(63, 25))
#define VSESR_EL2_RES1                                  (UL(0))
#define VSESR_EL2_UNKN                                  (UL(0))

#define REG_ICH_HCR_EL2                                 S3_4_C12_C11_0
#define SYS_ICH_HCR_EL2                                 sys_reg(3, 4, 12, 11, 0)
#define SYS_ICH_HCR_EL2_Op0                             3
#define SYS_ICH_HCR_EL2_Op1                             4
#define SYS_ICH_HCR_EL2_CRn                             12
#define SYS_ICH_HCR_EL2_CRm                             11
#define SYS_ICH_HCR_EL2_Op2                             0

#define ICH_HCR_EL2_EOIcount                            GENMASK(31, 27)
#define ICH_HCR_EL2_EOIcount_MASK                       GENMASK(31, 27)
#define ICH_HCR_EL2_EOIcount_SHIFT                      27
#define ICH_HCR_EL2_EOIcount_WIDTH                      5

#define ICH_HCR_EL2_DVIM                                GENMASK(15, 15)
#define ICH_HCR_EL2_DVIM_MASK                           GENMASK(15, 15)
#define ICH_HCR_EL2_DVIM_SHIFT                          15
#define ICH_HCR_EL2_DVIM_WIDTH                          1

#define ICH_HCR_EL2_TDIR                                GENMASK(14, 14)
#define ICH_HCR_EL2_TDIR_MASK                           GENMASK(14, 14)
#define ICH_HCR_EL2_TDIR_SHIFT                          14
#define ICH_HCR_EL2_TDIR_WIDTH                          1

#define ICH_HCR_EL2_TSEI                                GENMASK(13, 13)
#define ICH_HCR_EL2_TSEI_MASK                           GENMASK(13, 13)
#define ICH_HCR_EL2_TSEI_SHIFT                          13
#define ICH_HCR_EL2_TSEI_WIDTH                          1

#define ICH_HCR_EL2_TALL1                               GENMASK(12, 12)
#define ICH_HCR_EL2_TALL1_MASK                          GENMASK(12, 12)
#define ICH_HCR_EL2_TALL1_SHIFT                         12
#define ICH_HCR_EL2_TALL1_WIDTH                         1

#define ICH_HCR_EL2_TALL0                               GENMASK(11, 11)
#define ICH_HCR_EL2_TALL0_MASK                          GENMASK(11, 11)
#define ICH_HCR_EL2_TALL0_SHIFT                         11
#define ICH_HCR_EL2_TALL0_WIDTH                         1

#define ICH_HCR_EL2_TC                                  GENMASK(10, 10)
#define ICH_HCR_EL2_TC_MASK                             GENMASK(10, 10)
#define ICH_HCR_EL2_TC_SHIFT                            10
#define ICH_HCR_EL2_TC_WIDTH                            1

#define ICH_HCR_EL2_vSGIEOICount                        GENMASK(8, 8)
#define ICH_HCR_EL2_vSGIEOICount_MASK                   GENMASK(8, 8)
#define ICH_HCR_EL2_vSGIEOICount_SHIFT                  8
#define ICH_HCR_EL2_vSGIEOICount_WIDTH                  1

#define ICH_HCR_EL2_VGrp1DIE                            GENMASK(7, 7)
#define ICH_HCR_EL2_VGrp1DIE_MASK                       GENMASK(7, 7)
#define ICH_HCR_EL2_VGrp1DIE_SHIFT                      7
#define ICH_HCR_EL2_VGrp1DIE_WIDTH                      1

#define ICH_HCR_EL2_VGrp1EIE                            GENMASK(6, 6)
#define ICH_HCR_EL2_VGrp1EIE_MASK                       GENMASK(6, 6)
#define ICH_HCR_EL2_VGrp1EIE_SHIFT                      6
#define ICH_HCR_EL2_VGrp1EIE_WIDTH                      1

#define ICH_HCR_EL2_VGrp0DIE                            GENMASK(5, 5)
#define ICH_HCR_EL2_VGrp0DIE_MASK                       GENMASK(5, 5)
#define ICH_HCR_EL2_VGrp0DIE_SHIFT                      5
#define ICH_HCR_EL2_VGrp0DIE_WIDTH                      1

#define ICH_HCR_EL2_VGrp0EIE                            GENMASK(4, 4)
#define ICH_HCR_EL2_VGrp0EIE_MASK                       GENMASK(4, 4)
#define ICH_HCR_EL2_VGrp0EIE_SHIFT                      4
#define ICH_HCR_EL2_VGrp0EIE_WIDTH                      1

#define ICH_HCR_EL2_NPIE                                GENMASK(3, 3)
#define ICH_HCR_EL2_NPIE_MASK                           GENMASK(3, 3)
#define ICH_HCR_EL2_NPIE_SHIFT                          3
#define ICH_HCR_EL2_NPIE_WIDTH                          1

#define ICH_HCR_EL2_LRENPIE                             GENMASK(2, 2)
#define ICH_HCR_EL2_LRENPIE_MASK                        GENMASK(2, 2)
#define ICH_HCR_EL2_LRENPIE_SHIFT                       2
#define ICH_HCR_EL2_LRENPIE_WIDTH                       1

#define ICH_HCR_EL2_UIE                                 GENMASK(1, 1)
#define ICH_HCR_EL2_UIE_MASK                            GENMASK(1, 1)
#define ICH_HCR_EL2_UIE_SHIFT                           1
#define ICH_HCR_EL2_UIE_WIDTH                           1

#define ICH_HCR_EL2_En                                  GENMASK(0, 0)
#define ICH_HCR_EL2_En_MASK                             GENMASK(0, 0)
#define ICH_HCR_EL2_En_SHIFT                            0
#define ICH_HCR_EL2_En_WIDTH                            1

#define ICH_HCR_EL2_RES0                                (UL(0) | GENMASK_ULL(63, 32) | GENMASK_ULL(26, 16) | GENMASK_ULL(9, 9))
#define ICH_HCR_EL2_RES1                                (UL(0))
#define ICH_HCR_EL2_UNKN                                (UL(0))

#define REG_ICH_MISR_EL2                                S3_4_C12_C11_2
#define SYS_ICH_MISR_EL2                                sys_reg(3, 4, 12, 11, 2)
#define SYS_ICH_MISR_EL2_Op0                            3
#define SYS_ICH_MISR_EL2_Op1                            4
#define SYS_ICH_MISR_EL2_CRn                            12
#define SYS_ICH_MISR_EL2_CRm                            11
#define SYS_ICH_MISR_EL2_Op2                            2

#define ICH_MISR_EL2_VGrp1D                             GENMASK(7, 7)
#define ICH_MISR_EL2_VGrp1D_MASK                        GENMASK(7, 7)
#define ICH_MISR_EL2_VGrp1D_SHIFT                       7
#define ICH_MISR_EL2_VGrp1D_WIDTH                       1

#define ICH_MISR_EL2_VGrp1E                             GENMASK(6, 6)
#define ICH_MISR_EL2_VGrp1E_MASK                        GENMASK(6, 6)
#define ICH_MISR_EL2_VGrp1E_SHIFT                       6
#define ICH_MISR_EL2_VGrp1E_WIDTH                       1

#define ICH_MISR_EL2_VGrp0D                             GENMASK(5, 5)
#define ICH_MISR_EL2_VGrp0D_MASK                        GENMASK(5, 5)
#define ICH_MISR_EL2_VGrp0D_SHIFT                       5
#define ICH_MISR_EL2_VGrp0D_WIDTH                       1

#define ICH_MISR_EL2_VGrp0E                             GENMASK(4, 4)
#define ICH_MISR_EL2_VGrp0E_MASK                        GENMASK(4, 4)
#define ICH_MISR_EL2_VGrp0E_SHIFT                       4
#define ICH_MISR_EL2_VGrp0E_WIDTH                       1

#define ICH_MISR_EL2_NP                                 GENMASK(3, 3)
#define ICH_MISR_EL2_NP_MASK                            GENMASK(3, 3)
#define ICH_MISR_EL2_NP_SHIFT                           3
#define ICH_MISR_EL2_NP_WIDTH                           1

#define ICH_MISR_EL2_LRENP                              GENMASK(2, 2)
#define ICH_MISR_EL2_LRENP_MASK                         GENMASK(2, 2)
#define ICH_MISR_EL2_LRENP_SHIFT                        2
#define ICH_MISR_EL2_LRENP_WIDTH                        1

#define ICH_MISR_EL2_U                                  GENMASK(1, 1)
#define ICH_MISR_EL2_U_MASK                             GENMASK(1, 1)
#define ICH_MISR_EL2_U_SHIFT                            1
#define ICH_MISR_EL2_U_WIDTH                            1

#define ICH_MISR_EL2_EOI                                GENMASK(0, 0)
#define ICH_MISR_EL2_EOI_MASK                           GENMASK(0, 0)
#define ICH_MISR_EL2_EOI_SHIFT                          0
#define ICH_MISR_EL2_EOI_WIDTH                          1

#define ICH_MISR_EL2_RES0                               (UL(0) | GENMASK_ULL(63, 8))
#define ICH_MISR_EL2_RES1                               (UL(0))
#define ICH_MISR_EL2_UNKN                               (UL(0))

#define REG_ICH_EISR_EL2                                S3_4_C12_C11_3
#define SYS_ICH_EISR_EL2                                sys_reg(3, 4, 12, 11, 3)
#define SYS_ICH_EISR_EL2_Op0                            3
#define SYS_ICH_EISR_EL2_Op1                            4
#define SYS_ICH_EISR_EL2_CRn                            12
#define SYS_ICH_EISR_EL2_CRm                            11
#define SYS_ICH_EISR_EL2_Op2                            3

#define ICH_EISR_EL2_Status                             GENMASK(15, 0)
#define ICH_EISR_EL2_Status_MASK                        GENMASK(15, 0)
#define ICH_EISR_EL2_Status_SHIFT                       0
#define ICH_EISR_EL2_Status_WIDTH                       16

#define ICH_EISR_EL2_RES0                               (UL(0) | GENMASK_ULL(63, 16))
#define ICH_EISR_EL2_RES1                               (UL(0))
#define ICH_EISR_EL2_UNKN                               (UL(0))

#define REG_ICH_ELRSR_EL2                               S3_4_C12_C11_5
#define SYS_ICH_ELRSR_EL2                               sys_reg(3, 4, 12, 11, 5)
#define SYS_ICH_ELRSR_EL2_Op0                           3
#define SYS_ICH_ELRSR_EL2_Op1                           4
#define SYS_ICH_ELRSR_EL2_CRn                           12
#define SYS_ICH_ELRSR_EL2_CRm                           11
#define SYS_ICH_ELRSR_EL2_Op2                           5

#define ICH_ELRSR_EL2_Status                            GENMASK(15, 0)
#define ICH_ELRSR_EL2_Status_MASK                       GENMASK(15, 0)
#define ICH_ELRSR_EL2_Status_SHIFT                      0
#define ICH_ELRSR_EL2_Status_WIDTH                      16

#define ICH_ELRSR_EL2_RES0                              (UL(0) | GENMASK_ULL(63, 16))
#define ICH_ELRSR_EL2_RES1                              (UL(0))
#define ICH_ELRSR_EL2_UNKN                              (UL(0))

#define REG_ICH_VMCR_EL2                                S3_4_C12_C11_7
#define SYS_ICH_VMCR_EL2                                sys_reg(3, 4, 12, 11, 7)
#define SYS_ICH_VMCR_EL2_Op0                            3
#define SYS_ICH_VMCR_EL2_Op1                            4
#define SYS_ICH_VMCR_EL2_CRn                            12
#define SYS_ICH_VMCR_EL2_CRm                            11
#define SYS_ICH_VMCR_EL2_Op2                            7

#define ICH_VMCR_EL2_VPMR                               GENMASK(31, 24)
#define ICH_VMCR_EL2_VPMR_MASK                          GENMASK(31, 24)
#define ICH_VMCR_EL2_VPMR_SHIFT                         24
#define ICH_VMCR_EL2_VPMR_WIDTH                         8

#define ICH_VMCR_EL2_VBPR0                              GENMASK(23, 21)
#define ICH_VMCR_EL2_VBPR0_MASK                         GENMASK(23, 21)
#define ICH_VMCR_EL2_VBPR0_SHIFT                        21
#define ICH_VMCR_EL2_VBPR0_WIDTH                        3

#define ICH_VMCR_EL2_VBPR1                              GENMASK(20, 18)
#define ICH_VMCR_EL2_VBPR1_MASK                         GENMASK(20, 18)
#define ICH_VMCR_EL2_VBPR1_SHIFT                        18
#define ICH_VMCR_EL2_VBPR1_WIDTH                        3

#define ICH_VMCR_EL2_VEOIM                              GENMASK(9, 9)
#define ICH_VMCR_EL2_VEOIM_MASK                         GENMASK(9, 9)
#define ICH_VMCR_EL2_VEOIM_SHIFT                        9
#define ICH_VMCR_EL2_VEOIM_WIDTH                        1

#define ICH_VMCR_EL2_VCBPR                              GENMASK(4, 4)
#define ICH_VMCR_EL2_VCBPR_MASK                         GENMASK(4, 4)
#define ICH_VMCR_EL2_VCBPR_SHIFT                        4
#define ICH_VMCR_EL2_VCBPR_WIDTH                        1

#define ICH_VMCR_EL2_VFIQEn                             GENMASK(3, 3)
#define ICH_VMCR_EL2_VFIQEn_MASK                        GENMASK(3, 3)
#define ICH_VMCR_EL2_VFIQEn_SHIFT                       3
#define ICH_VMCR_EL2_VFIQEn_WIDTH                       1

#define ICH_VMCR_EL2_VAckCtl                            GENMASK(2, 2)
#define ICH_VMCR_EL2_VAckCtl_MASK                       GENMASK(2, 2)
#define ICH_VMCR_EL2_VAckCtl_SHIFT                      2
#define ICH_VMCR_EL2_VAckCtl_WIDTH                      1

#define ICH_VMCR_EL2_VENG1                              GENMASK(1, 1)
#define ICH_VMCR_EL2_VENG1_MASK                         GENMASK(1, 1)
#define ICH_VMCR_EL2_VENG1_SHIFT                        1
#define ICH_VMCR_EL2_VENG1_WIDTH                        1

#define ICH_VMCR_EL2_VENG0                              GENMASK(0, 0)
#define ICH_VMCR_EL2_VENG0_MASK                         GENMASK(0, 0)
#define ICH_VMCR_EL2_VENG0_SHIFT                        0
#define ICH_VMCR_EL2_VENG0_WIDTH                        1

#define ICH_VMCR_EL2_RES0                               (UL(0) | GENMASK_ULL(63, 32) | GENMASK_ULL(17, 10) | GENMASK_ULL(8, 5))
#define ICH_VMCR_EL2_RES1                               (UL(0))
#define ICH_VMCR_EL2_UNKN                               (UL(0))

#define ICH_APxRn_EL2_P                                 GENMASK(31, 0)
#define ICH_APxRn_EL2_P_MASK                            GENMASK(31, 0)
#define ICH_APxRn_EL2_P_SHIFT                           0
#define ICH_APxRn_EL2_P_WIDTH                           32

#define ICH_APxRn_EL2_RES0                              (UL(0) | GENMASK_ULL(63, 32))
#define ICH_APxRn_EL2_RES1                              (UL(0))
#define ICH_APxRn_EL2_UNKN                              (UL(0))

#define REG_ICH_AP0R0_EL2                               S3_4_C12_C8_0
#define SYS_ICH_AP0R0_EL2                               sys_reg(3, 4, 12, 8, 0)
#define SYS_ICH_AP0R0_EL2_Op0                           3
#define SYS_ICH_AP0R0_EL2_Op1                           4
#define SYS_ICH_AP0R0_EL2_CRn                           12
#define SYS_ICH_AP0R0_EL2_CRm                           8
#define SYS_ICH_AP0R0_EL2_Op2                           0

/* For ICH_AP0R0_EL2 fields see ICH_APxRn_EL2 */

#define REG_ICH_AP0R1_EL2                               S3_4_C12_C8_1
#define SYS_ICH_AP0R1_EL2                               sys_reg(3, 4, 12, 8, 1)
#define SYS_ICH_AP0R1_EL2_Op0                           3
#define SYS_ICH_AP0R1_EL2_Op1                           4
#define SYS_ICH_AP0R1_EL2_CRn                           12
#define SYS_ICH_AP0R1_EL2_CRm                           8
#define SYS_ICH_AP0R1_EL2_Op2                           1

/* For ICH_AP0R1_EL2 fields see ICH_APxRn_EL2 */

#define REG_ICH_AP0R2_EL2                               S3_4_C12_C8_2
#define SYS_ICH_AP0R2_EL2                               sys_reg(3, 4, 12, 8, 2)
#define SYS_ICH_AP0R2_EL2_Op0                           3
#define SYS_ICH_AP0R2_EL2_Op1                           4
#define SYS_ICH_AP0R2_EL2_CRn                           12
#define SYS_ICH_AP0R2_EL2_CRm                           8
#define SYS_ICH_AP0R2_EL2_Op2                           2

/* For ICH_AP0R2_EL2 fields see ICH_APxRn_EL2 */

#define REG_ICH_AP0R3_EL2                               S3_4_C12_C8_3
#define SYS_ICH_AP0R3_EL2                               sys_reg(3, 4, 12, 8, 3)
#define SYS_ICH_AP0R3_EL2_Op0                           3
#define SYS_ICH_AP0R3_EL2_Op1                           4
#define SYS_ICH_AP0R3_EL2_CRn                           12
#define SYS_ICH_AP0R3_EL2_CRm                           8
#define SYS_ICH_AP0R3_EL2_Op2                           3

/* For ICH_AP0R3_EL2 fields see ICH_APxRn_EL2 */

#define REG_ICH_AP1R0_EL2                               S3_4_C12_C9_0
#define SYS_ICH_AP1R0_EL2                               sys_reg(3, 4, 12, 9, 0)
#define SYS_ICH_AP1R0_EL2_Op0                           3
#define SYS_ICH_AP1R0_EL2_Op1                           4
#define SYS_ICH_AP1R0_EL2_CRn                           12
#define SYS_ICH_AP1R0_EL2_CRm                           9
#define SYS_ICH_AP1R0_EL2_Op2                           0

#define ICH_AP1R0_EL2_NMI                               GENMASK(63, 63)
#define ICH_AP1R0_EL2_NMI_MASK                          GENMASK(63, 63)
#define ICH_AP1R0_EL2_NMI_SHIFT                         63
#define ICH_AP1R0_EL2_NMI_WIDTH                         1

#define ICH_AP1R0_EL2_P                                 GENMASK(31, 0)
#define ICH_AP1R0_EL2_P_MASK                            GENMASK(31, 0)
#define ICH_AP1R0_EL2_P_SHIFT                           0
#define ICH_AP1R0_EL2_P_WIDTH                           32

#define ICH_AP1R0_EL2_RES0                              (UL(0) | GENMASK_ULL(62, 32))
#define ICH_AP1R0_EL2_RES1                              (UL(0))
#define ICH_AP1R0_EL2_UNKN                              (UL(0))

#define REG_ICH_AP1R1_EL2                               S3_4_C12_C9_1
#define SYS_ICH_AP1R1_EL2                               sys_reg(3, 4, 12, 9, 1)
#define SYS_ICH_AP1R1_EL2_Op0                           3
#define SYS_ICH_AP1R1_EL2_Op1                           4
#define SYS_ICH_AP1R1_EL2_CRn                           12
#define SYS_ICH_AP1R1_EL2_CRm                           9
#define SYS_ICH_AP1R1_EL2_Op2                           1

/* For ICH_AP1R1_EL2 fields see ICH_APxRn_EL2 */

#define REG_ICH_AP1R2_EL2                               S3_4_C12_C9_2
#define SYS_ICH_AP1R2_EL2                               sys_reg(3, 4, 12, 9, 2)
#define SYS_ICH_AP1R2_EL2_Op0                           3
#define SYS_ICH_AP1R2_EL2_Op1                           4
#define SYS_ICH_AP1R2_EL2_CRn                           12
#define SYS_ICH_AP1R2_EL2_CRm                           9
#define SYS_ICH_AP1R2_EL2_Op2                           2

/* For ICH_AP1R2_EL2 fields see ICH_APxRn_EL2 */

#define REG_ICH_AP1R3_EL2                               S3_4_C12_C9_3
#define SYS_ICH_AP1R3_EL2                               sys_reg(3, 4, 12, 9, 3)
#define SYS_ICH_AP1R3_EL2_Op0                           3
#define SYS_ICH_AP1R3_EL2_Op1                           4
#define SYS_ICH_AP1R3_EL2_CRn                           12
#define SYS_ICH_AP1R3_EL2_CRm                           9
#define SYS_ICH_AP1R3_EL2_Op2                           3

/* For ICH_AP1R3_EL2 fields see ICH_APxRn_EL2 */

#define ICH_LRx_EL2_State                               GENMASK(63, 62)
#define ICH_LRx_EL2_State_MASK                          GENMASK(63, 62)
#define ICH_LRx_EL2_State_SHIFT                         62
#define ICH_LRx_EL2_State_WIDTH                         2
#define ICH_LRx_EL2_State_INVALID                       UL(0b00)
#define ICH_LRx_EL2_State_PENDING                       UL(0b01)
#define ICH_LRx_EL2_State_ACTIVE                        UL(0b10)
#define ICH_LRx_EL2_State_PENDING_ACTIVE                UL(0b11)

#define ICH_LRx_EL2_HW                                  GENMASK(61, 61)
#define ICH_LRx_EL2_HW_MASK                             GENMASK(61, 61)
#define ICH_LRx_EL2_HW_SHIFT                            61
#define ICH_LRx_EL2_HW_WIDTH                            1

#define ICH_LRx_EL2_Group                               GENMASK(60, 60)
#define ICH_LRx_EL2_Group_MASK                          GENMASK(60, 60)
#define ICH_LRx_EL2_Group_SHIFT                         60
#define ICH_LRx_EL2_Group_WIDTH                         1

#define ICH_LRx_EL2_NMI                                 GENMASK(59, 59)
#define ICH_LRx_EL2_NMI_MASK                            GENMASK(59, 59)
#define ICH_LRx_EL2_NMI_SHIFT                           59
#define ICH_LRx_EL2_NMI_WIDTH                           1

#define ICH_LRx_EL2_Priority                            GENMASK(55, 48)
#define ICH_LRx_EL2_Priority_MASK                       GENMASK(55, 48)
#define ICH_LRx_EL2_Priority_SHIFT                      48
#define ICH_LRx_EL2_Priority_WIDTH                      8

#define ICH_LRx_EL2_pINTID                              GENMASK(44, 32)
#define ICH_LRx_EL2_pINTID_MASK                         GENMASK(44, 32)
#define ICH_LRx_EL2_pINTID_SHIFT                        32
#define ICH_LRx_EL2_pINTID_WIDTH                        13

#define ICH_LRx_EL2_vINTID                              GENMASK(31, 0)
#define ICH_LRx_EL2_vINTID_MASK                         GENMASK(31, 0)
#define ICH_LRx_EL2_vINTID_SHIFT                        0
#define ICH_LRx_EL2_vINTID_WIDTH                        32

#define ICH_LRx_EL2_RES0                                (UL(0) | GENMASK_ULL(58, 56) | GENMASK_ULL(47, 45))
#define ICH_LRx_EL2_RES1                                (UL(0))
#define ICH_LRx_EL2_UNKN                                (UL(0))

#define REG_ICH_LR0_EL2                                 S3_4_C12_C12_0
#define SYS_ICH_LR0_EL2                                 sys_reg(3, 4, 12, 12, 0)
#define SYS_ICH_LR0_EL2_Op0                             3
#define SYS_ICH_LR0_EL2_Op1                             4
#define SYS_ICH_LR0_EL2_CRn                             12
#define SYS_ICH_LR0_EL2_CRm                             12
#define SYS_ICH_LR0_EL2_Op2                             0

/* For ICH_LR0_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR1_EL2                                 S3_4_C12_C12_1
#define SYS_ICH_LR1_EL2                                 sys_reg(3, 4, 12, 12, 1)
#define SYS_ICH_LR1_EL2_Op0                             3
#define SYS_ICH_LR1_EL2_Op1                             4
#define SYS_ICH_LR1_EL2_CRn                             12
#define SYS_ICH_LR1_EL2_CRm                             12
#define SYS_ICH_LR1_EL2_Op2                             1

/* For ICH_LR1_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR2_EL2                                 S3_4_C12_C12_2
#define SYS_ICH_LR2_EL2                                 sys_reg(3, 4, 12, 12, 2)
#define SYS_ICH_LR2_EL2_Op0                             3
#define SYS_ICH_LR2_EL2_Op1                             4
#define SYS_ICH_LR2_EL2_CRn                             12
#define SYS_ICH_LR2_EL2_CRm                             12
#define SYS_ICH_LR2_EL2_Op2                             2

/* For ICH_LR2_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR3_EL2                                 S3_4_C12_C12_3
#define SYS_ICH_LR3_EL2                                 sys_reg(3, 4, 12, 12, 3)
#define SYS_ICH_LR3_EL2_Op0                             3
#define SYS_ICH_LR3_EL2_Op1                             4
#define SYS_ICH_LR3_EL2_CRn                             12
#define SYS_ICH_LR3_EL2_CRm                             12
#define SYS_ICH_LR3_EL2_Op2                             3

/* For ICH_LR3_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR4_EL2                                 S3_4_C12_C12_4
#define SYS_ICH_LR4_EL2                                 sys_reg(3, 4, 12, 12, 4)
#define SYS_ICH_LR4_EL2_Op0                             3
#define SYS_ICH_LR4_EL2_Op1                             4
#define SYS_ICH_LR4_EL2_CRn                             12
#define SYS_ICH_LR4_EL2_CRm                             12
#define SYS_ICH_LR4_EL2_Op2                             4

/* For ICH_LR4_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR5_EL2                                 S3_4_C12_C12_5
#define SYS_ICH_LR5_EL2                                 sys_reg(3, 4, 12, 12, 5)
#define SYS_ICH_LR5_EL2_Op0                             3
#define SYS_ICH_LR5_EL2_Op1                             4
#define SYS_ICH_LR5_EL2_CRn                             12
#define SYS_ICH_LR5_EL2_CRm                             12
#define SYS_ICH_LR5_EL2_Op2                             5

/* For ICH_LR5_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR6_EL2                                 S3_4_C12_C12_6
#define SYS_ICH_LR6_EL2                                 sys_reg(3, 4, 12, 12, 6)
#define SYS_ICH_LR6_EL2_Op0                             3
#define SYS_ICH_LR6_EL2_Op1                             4
#define SYS_ICH_LR6_EL2_CRn                             12
#define SYS_ICH_LR6_EL2_CRm                             12
#define SYS_ICH_LR6_EL2_Op2                             6

/* For ICH_LR6_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR7_EL2                                 S3_4_C12_C12_7
#define SYS_ICH_LR7_EL2                                 sys_reg(3, 4, 12, 12, 7)
#define SYS_ICH_LR7_EL2_Op0                             3
#define SYS_ICH_LR7_EL2_Op1                             4
#define SYS_ICH_LR7_EL2_CRn                             12
#define SYS_ICH_LR7_EL2_CRm                             12
#define SYS_ICH_LR7_EL2_Op2                             7

/* For ICH_LR7_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR8_EL2                                 S3_4_C12_C13_0
#define SYS_ICH_LR8_EL2                                 sys_reg(3, 4, 12, 13, 0)
#define SYS_ICH_LR8_EL2_Op0                             3
#define SYS_ICH_LR8_EL2_Op1                             4
#define SYS_ICH_LR8_EL2_CRn                             12
#define SYS_ICH_LR8_EL2_CRm                             13
#define SYS_ICH_LR8_EL2_Op2                             0

/* For ICH_LR8_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR9_EL2                                 S3_4_C12_C13_1
#define SYS_ICH_LR9_EL2                                 sys_reg(3, 4, 12, 13, 1)
#define SYS_ICH_LR9_EL2_Op0                             3
#define SYS_ICH_LR9_EL2_Op1                             4
#define SYS_ICH_LR9_EL2_CRn                             12
#define SYS_ICH_LR9_EL2_CRm                             13
#define SYS_ICH_LR9_EL2_Op2                             1

/* For ICH_LR9_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR10_EL2                                S3_4_C12_C13_2
#define SYS_ICH_LR10_EL2                                sys_reg(3, 4, 12, 13, 2)
#define SYS_ICH_LR10_EL2_Op0                            3
#define SYS_ICH_LR10_EL2_Op1                            4
#define SYS_ICH_LR10_EL2_CRn                            12
#define SYS_ICH_LR10_EL2_CRm                            13
#define SYS_ICH_LR10_EL2_Op2                            2

/* For ICH_LR10_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR11_EL2                                S3_4_C12_C13_3
#define SYS_ICH_LR11_EL2                                sys_reg(3, 4, 12, 13, 3)
#define SYS_ICH_LR11_EL2_Op0                            3
#define SYS_ICH_LR11_EL2_Op1                            4
#define SYS_ICH_LR11_EL2_CRn                            12
#define SYS_ICH_LR11_EL2_CRm                            13
#define SYS_ICH_LR11_EL2_Op2                            3

/* For ICH_LR11_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR12_EL2                                S3_4_C12_C13_4
#define SYS_ICH_LR12_EL2                                sys_reg(3, 4, 12, 13, 4)
#define SYS_ICH_LR12_EL2_Op0                            3
#define SYS_ICH_LR12_EL2_Op1                            4
#define SYS_ICH_LR12_EL2_CRn                            12
#define SYS_ICH_LR12_EL2_CRm                            13
#define SYS_ICH_LR12_EL2_Op2                            4

/* For ICH_LR12_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR13_EL2                                S3_4_C12_C13_5
#define SYS_ICH_LR13_EL2                                sys_reg(3, 4, 12, 13, 5)
#define SYS_ICH_LR13_EL2_Op0                            3
#define SYS_ICH_LR13_EL2_Op1                            4
#define SYS_ICH_LR13_EL2_CRn                            12
#define SYS_ICH_LR13_EL2_CRm                            13
#define SYS_ICH_LR13_EL2_Op2                            5

/* For ICH_LR13_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR14_EL2                                S3_4_C12_C13_6
#define SYS_ICH_LR14_EL2                                sys_reg(3, 4, 12, 13, 6)
#define SYS_ICH_LR14_EL2_Op0                            3
#define SYS_ICH_LR14_EL2_Op1                            4
#define SYS_ICH_LR14_EL2_CRn                            12
#define SYS_ICH_LR14_EL2_CRm                            13
#define SYS_ICH_LR14_EL2_Op2                            6

/* For ICH_LR14_EL2 fields see ICH_LRx_EL2 */

#define REG_ICH_LR15_EL2                                S3_4_C12_C13_7
#define SYS_ICH_LR15_EL2                                sys_reg(3, 4, 12, 13, 7)
#define SYS_ICH_LR15_EL2_Op0                            3
#define SYS_ICH_LR15_EL2_Op1                            4
#define SYS_ICH_LR15_EL2_CRn                            12
#define SYS_ICH_LR15_EL2_CRm                            13
#define SYS_ICH_LR15_EL2_Op2                            7

/* For ICH_LR15_EL2 fields see ICH_LRx_EL2 */

#endif /* __ASM_SYSREG_DEFS_H */
