//! Runtime dispatch: which ISA's kernels run, chosen once per process.
//!
//! The CPU is read at first use; `FERROBLAS_ARCH` (`generic`, `avx2`, `avx512`,
//! `neon`, and for tests `emu-avx512`, `emu-neon`) forces a choice. A forced
//! ISA the CPU cannot run is refused with a message on stderr, and the best
//! supported one is used instead. After that, every call is a load of a cached
//! table of function pointers.

use crate::arch::generic;
use crate::level1::kernels::Level1Kernels;
use crate::level2::kernels::Level2Kernels;
use crate::level3::GemmKernels;
use crate::scalar::{c32, c64, Scalar};
use std::sync::OnceLock;

/// A kernel table family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    /// Portable code (imitation registers of 256 bits), any CPU.
    Generic,
    /// x86-64 with AVX2 and FMA.
    Avx2,
    /// x86-64 with AVX-512 F, VL, DQ and BW.
    Avx512,
    /// aarch64 NEON.
    Neon,
    /// The AVX-512 register shapes (8 x f64, 16 x f32) imitated in scalar code.
    EmuAvx512,
    /// The NEON register shapes (2 x f64, 4 x f32) imitated in scalar code.
    EmuNeon,
}

impl Arch {
    /// Every table this crate knows, best first.
    pub const ALL: [Arch; 6] = [Arch::Avx512, Arch::Avx2, Arch::Neon, Arch::Generic, Arch::EmuAvx512, Arch::EmuNeon];

    /// The name `FERROBLAS_ARCH` accepts and the config string reports.
    pub fn name(self) -> &'static str {
        match self {
            Arch::Generic => "generic",
            Arch::Avx2 => "avx2",
            Arch::Avx512 => "avx512",
            Arch::Neon => "neon",
            Arch::EmuAvx512 => "emu-avx512",
            Arch::EmuNeon => "emu-neon",
        }
    }

    /// Parses a `FERROBLAS_ARCH` value (case-insensitive).
    pub fn from_name(s: &str) -> Option<Arch> {
        let s = s.trim().to_ascii_lowercase();
        Arch::ALL.into_iter().find(|a| a.name() == s)
    }

    /// Whether this CPU can run the table.
    pub fn is_supported(self) -> bool {
        match self {
            Arch::Generic | Arch::EmuAvx512 | Arch::EmuNeon => true,
            #[cfg(target_arch = "x86_64")]
            Arch::Avx2 => is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma"),
            #[cfg(target_arch = "x86_64")]
            Arch::Avx512 => {
                is_x86_feature_detected!("avx512f")
                    && is_x86_feature_detected!("avx512vl")
                    && is_x86_feature_detected!("avx512dq")
                    && is_x86_feature_detected!("avx512bw")
                    && is_x86_feature_detected!("avx2")
                    && is_x86_feature_detected!("fma")
            }
            #[cfg(target_arch = "aarch64")]
            Arch::Neon => std::arch::is_aarch64_feature_detected!("neon"),
            #[allow(unreachable_patterns)]
            _ => false,
        }
    }

    /// The best table this CPU runs (emulations are never chosen on their own).
    pub fn detect() -> Arch {
        [Arch::Avx512, Arch::Avx2, Arch::Neon].into_iter().find(|a| a.is_supported()).unwrap_or(Arch::Generic)
    }

    /// Every table this CPU can run, including the imitations; tests iterate it.
    pub fn runnable() -> Vec<Arch> {
        Arch::ALL.into_iter().filter(|a| a.is_supported()).collect()
    }
}

/// Resolves a `FERROBLAS_ARCH` request: the requested table if this CPU runs it,
/// else the detected one, with the reason for any refusal.
pub fn resolve(request: Option<&str>) -> (Arch, Option<String>) {
    let detected = Arch::detect();
    let Some(req) = request.filter(|r| !r.trim().is_empty()) else {
        return (detected, None);
    };
    match Arch::from_name(req) {
        Some(a) if a.is_supported() => (a, None),
        Some(a) => (
            detected,
            Some(format!(
                "ferroblas: FERROBLAS_ARCH={} refused: this CPU cannot run the {} kernels; using {}",
                req,
                a.name(),
                detected.name()
            )),
        ),
        None => (
            detected,
            Some(format!(
                "ferroblas: FERROBLAS_ARCH={} refused: not one of generic, avx2, avx512, neon, emu-avx512, emu-neon; using {}",
                req,
                detected.name()
            )),
        ),
    }
}

static ARCH: OnceLock<Arch> = OnceLock::new();

/// The table family in use, chosen on first call.
pub fn arch() -> Arch {
    *ARCH.get_or_init(|| {
        let req = std::env::var("FERROBLAS_ARCH").ok();
        let (arch, refusal) = resolve(req.as_deref());
        if let Some(msg) = refusal {
            eprintln!("{msg}");
        }
        arch
    })
}

/// Every kernel of one scalar type on one ISA.
pub struct Kernels<T: Scalar> {
    /// The ISA these kernels were built for.
    pub arch: Arch,
    /// Level-1 kernels.
    pub l1: Level1Kernels<T>,
    /// Level-2 kernels.
    pub l2: Level2Kernels<T>,
    /// GEMM microkernels, packing and blocksizes.
    pub gemm: GemmKernels<T>,
}

/// Builds the table for a scalar type on a given ISA.
pub trait BuildKernels: Scalar {
    /// The kernels of `Self` for `arch`; `arch` must be supported by this CPU.
    fn build(arch: Arch) -> Kernels<Self>;
}

/// Whether the imitation tables may take their instances compiled with FMA
/// (same bits, the `mul_add`s one instruction each instead of a library call).
#[cfg(target_arch = "x86_64")]
fn fma() -> bool {
    is_x86_feature_detected!("fma")
}

macro_rules! build_impl {
    ($t:ty, $table:ident, $emu:ty, $avx2:ty, $avx512:ty, $neon:ty, $gen:ty, $neon_emu:ty, $gemm:ident) => {
        impl BuildKernels for $t {
            fn build(arch: Arch) -> Kernels<Self> {
                assert!(arch.is_supported(), "the {} kernels need CPU features this machine lacks", arch.name());
                let l1 = match arch {
                    #[cfg(target_arch = "x86_64")]
                    Arch::Avx2 => crate::arch::x86_64::avx2::level1::$table::<$avx2>(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::Avx512 => crate::arch::x86_64::avx512::level1::$table::<$avx512>(),
                    #[cfg(target_arch = "aarch64")]
                    Arch::Neon => crate::arch::aarch64::neon::level1::$table::<$neon>(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::EmuAvx512 if fma() => generic::level1_fma::$table::<$emu>(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::EmuNeon if fma() => generic::level1_fma::$table::<$neon_emu>(),
                    #[cfg(target_arch = "x86_64")]
                    _ if fma() => generic::level1_fma::$table::<$gen>(),
                    Arch::EmuAvx512 => generic::level1::$table::<$emu>(),
                    Arch::EmuNeon => generic::level1::$table::<$neon_emu>(),
                    _ => generic::level1::$table::<$gen>(),
                };
                let l2 = match arch {
                    #[cfg(target_arch = "x86_64")]
                    Arch::Avx2 => crate::arch::x86_64::avx2::level2::$table::<$avx2>(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::Avx512 => crate::arch::x86_64::avx512::level2::$table::<$avx512>(),
                    #[cfg(target_arch = "aarch64")]
                    Arch::Neon => crate::arch::aarch64::neon::level2::$table::<$neon>(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::EmuAvx512 if fma() => generic::level2_fma::$table::<$emu>(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::EmuNeon if fma() => generic::level2_fma::$table::<$neon_emu>(),
                    #[cfg(target_arch = "x86_64")]
                    _ if fma() => generic::level2_fma::$table::<$gen>(),
                    Arch::EmuAvx512 => generic::level2::$table::<$emu>(),
                    Arch::EmuNeon => generic::level2::$table::<$neon_emu>(),
                    _ => generic::level2::$table::<$gen>(),
                };
                let gemm = match arch {
                    #[cfg(target_arch = "x86_64")]
                    Arch::Avx2 => crate::arch::x86_64::avx2::gemm::$gemm(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::Avx512 => crate::arch::x86_64::avx512::gemm::$gemm(),
                    #[cfg(target_arch = "aarch64")]
                    Arch::Neon => crate::arch::aarch64::neon::gemm::$gemm(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::EmuAvx512 if fma() => generic::gemm_emu_avx512_fma::$gemm(),
                    #[cfg(target_arch = "x86_64")]
                    Arch::EmuNeon if fma() => generic::gemm_emu_neon_fma::$gemm(),
                    #[cfg(target_arch = "x86_64")]
                    _ if fma() => generic::gemm_fma::$gemm(),
                    Arch::EmuAvx512 => generic::gemm_emu_avx512::$gemm(),
                    Arch::EmuNeon => generic::gemm_emu_neon::$gemm(),
                    _ => generic::gemm::$gemm(),
                };
                Kernels { arch, l1, l2, gemm }
            }
        }
    };
}

#[cfg(target_arch = "aarch64")]
use crate::arch::aarch64::neon::*;
#[cfg(target_arch = "x86_64")]
use crate::arch::x86_64::{avx2::*, avx512::*};
// Stand-ins so the table macro names a type for every ISA; the match arms that
// use them are compiled out on other targets.
#[cfg(not(target_arch = "x86_64"))]
#[allow(dead_code)]
type Avx2F64 = generic::GenericF64;
#[cfg(not(target_arch = "x86_64"))]
#[allow(dead_code)]
type Avx2F32 = generic::GenericF32;
#[cfg(not(target_arch = "x86_64"))]
#[allow(dead_code)]
type Avx512F64 = generic::GenericF64;
#[cfg(not(target_arch = "x86_64"))]
#[allow(dead_code)]
type Avx512F32 = generic::GenericF32;
#[cfg(not(target_arch = "aarch64"))]
#[allow(dead_code)]
type NeonF64 = generic::GenericF64;
#[cfg(not(target_arch = "aarch64"))]
#[allow(dead_code)]
type NeonF32 = generic::GenericF32;

use generic::{EmuAvx512F32, EmuAvx512F64, EmuNeonF32, EmuNeonF64, GenericF32, GenericF64};

build_impl!(f32, real_table, EmuAvx512F32, Avx2F32, Avx512F32, NeonF32, GenericF32, EmuNeonF32, f32_table);
build_impl!(f64, real_table, EmuAvx512F64, Avx2F64, Avx512F64, NeonF64, GenericF64, EmuNeonF64, f64_table);
build_impl!(c32, complex_table, EmuAvx512F32, Avx2F32, Avx512F32, NeonF32, GenericF32, EmuNeonF32, c32_table);
build_impl!(c64, complex_table, EmuAvx512F64, Avx2F64, Avx512F64, NeonF64, GenericF64, EmuNeonF64, c64_table);

macro_rules! cached {
    ($name:ident, $t:ty) => {
        /// The cached kernel table of this scalar type for the process's ISA.
        pub fn $name() -> &'static Kernels<$t> {
            static TABLE: OnceLock<Kernels<$t>> = OnceLock::new();
            TABLE.get_or_init(|| <$t as BuildKernels>::build(arch()))
        }
    };
}

cached!(kernels_f32, f32);
cached!(kernels_f64, f64);
cached!(kernels_c32, c32);
cached!(kernels_c64, c64);

/// A one-line description of the build and the chosen kernels, in the spirit
/// of `openblas_get_config`.
pub fn config_string() -> String {
    format!("ferroblas {} arch={} detected={}", env!("CARGO_PKG_VERSION"), arch().name(), Arch::detect().name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for a in Arch::ALL {
            assert_eq!(Arch::from_name(a.name()), Some(a));
        }
        assert_eq!(Arch::from_name(" AVX2 "), Some(Arch::Avx2));
        assert_eq!(Arch::from_name("sse9"), None);
    }

    #[test]
    fn unsupported_request_is_refused_clearly() {
        let (a, msg) = resolve(Some("bogus"));
        assert_eq!(a, Arch::detect());
        assert!(msg.unwrap().contains("refused"));
        let (a, msg) = resolve(Some("generic"));
        assert_eq!((a, msg), (Arch::Generic, None));
        if let Some(unsupported) = Arch::ALL.into_iter().find(|a| !a.is_supported()) {
            let (a, msg) = resolve(Some(unsupported.name()));
            assert_eq!(a, Arch::detect());
            assert!(msg.unwrap().contains("cannot run"));
        }
    }
}
