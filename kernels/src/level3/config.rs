//! Blocksizes of the GEMM engine, derived from the register tile and the caches.
//!
//! BLIS's rules of thumb: a `KC x NR` micro-panel of B stays in L1 while the
//! `MR x KC` micro-panels of A stream through it; the `MC x KC` block of A
//! stays in L2; the `KC x NC` panel of B lives in (this core's share of) L3.
//! KC alone is fixed ([`KC`]): it decides how each element's sum is cut.
//! Cache sizes are read once, at table-build time, from Linux's sysfs; other
//! systems get conservative defaults.

use std::sync::OnceLock;

/// Data cache sizes in bytes: L1d, L2 (per core), and this core's share of L3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CacheSizes {
    /// Level-1 data cache of one core.
    pub l1: usize,
    /// Level-2 cache of one core.
    pub l2: usize,
    /// Level-3 cache divided by the cores that share it.
    pub l3_per_core: usize,
}

impl CacheSizes {
    /// A small desktop-class core: 32 KiB, 512 KiB, 2 MiB.
    pub const DEFAULT: CacheSizes = CacheSizes { l1: 32 << 10, l2: 512 << 10, l3_per_core: 2 << 20 };
}

/// Parses sysfs sizes such as `48K` or `2048K` or `32M`.
fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mul) = match s.as_bytes().last()? {
        b'K' => (&s[..s.len() - 1], 1 << 10),
        b'M' => (&s[..s.len() - 1], 1 << 20),
        b'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>().ok().map(|n| n * mul)
}

/// Counts the CPUs in a sysfs list such as `0-3,8-11`.
fn count_cpus(list: &str) -> usize {
    list.trim()
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('-') {
            Some((a, b)) => b.parse::<usize>().unwrap_or(0).saturating_sub(a.parse().unwrap_or(0)) + 1,
            None => 1,
        })
        .sum::<usize>()
        .max(1)
}

fn read_sysfs() -> Option<CacheSizes> {
    let mut c = CacheSizes { l1: 0, l2: 0, l3_per_core: 0 };
    for i in 0..8 {
        let dir = format!("/sys/devices/system/cpu/cpu0/cache/index{i}");
        let Ok(level) = std::fs::read_to_string(format!("{dir}/level")) else { break };
        let ty = std::fs::read_to_string(format!("{dir}/type")).unwrap_or_default();
        if ty.trim() == "Instruction" {
            continue;
        }
        let size = std::fs::read_to_string(format!("{dir}/size")).ok().and_then(|s| parse_size(&s)).unwrap_or(0);
        let sharing = std::fs::read_to_string(format!("{dir}/shared_cpu_list")).map(|s| count_cpus(&s)).unwrap_or(1);
        match level.trim() {
            "1" => c.l1 = size,
            "2" => c.l2 = size / sharing,
            "3" => c.l3_per_core = size / sharing,
            _ => {}
        }
    }
    (c.l1 > 0 && c.l2 > 0).then(|| {
        if c.l3_per_core == 0 {
            c.l3_per_core = c.l2 * 2;
        }
        c
    })
}

/// This machine's caches, read once (defaults where they cannot be read).
pub fn cache_sizes() -> CacheSizes {
    static C: OnceLock<CacheSizes> = OnceLock::new();
    *C.get_or_init(|| {
        let c = read_sysfs().unwrap_or(CacheSizes::DEFAULT);
        // Sanity bounds: virtual machines sometimes report odd sizes.
        CacheSizes {
            l1: c.l1.clamp(16 << 10, 128 << 10),
            l2: c.l2.clamp(128 << 10, 4 << 20),
            l3_per_core: c.l3_per_core.clamp(512 << 10, 16 << 20),
        }
    })
}

/// The depth of a packed block, the same for every element type, tile and
/// machine: an element of C is a sum over `k` cut into slices of `KC`, each an
/// FMA chain added to C in slice order, so `KC` is part of the answer and must
/// not follow the caches. 384 keeps a B micro-panel within half of a 32 KiB L1
/// for the AVX2 tiles (`384 x 6` f64, 18 KiB) and of a 48 KiB L1 for the
/// AVX-512 ones (`384 x 8` f64, 24 KiB; `384 x 4` c64, 24 KiB); the f32 and
/// c32 panels are half that, and NEON's L1 (64-128 KiB) takes any of them.
/// It is also what the cache rule gave on the 48 KiB-L1 machine the benchmark
/// tables come from, so their GEMM rows kept their speed.
pub const KC: usize = 384;

/// The cache blocksizes of one kernel, in elements: rows of A per block (`mc`,
/// a multiple of MR), depth (`kc`), columns of B per panel (`nc`, a multiple of NR).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blocking {
    /// Rows of op(A) packed at a time (L2 resident).
    pub mc: usize,
    /// Depth of a packed block (the micro-panels' length).
    pub kc: usize,
    /// Columns of op(B) packed at a time (L3 resident).
    pub nc: usize,
}

impl Blocking {
    /// Blocksizes for an `mr x nr` tile of `elem`-byte elements on `caches`:
    /// the fixed [`KC`]; MC and NC follow the caches (they decide only which
    /// elements are computed together, never an element's sum).
    pub fn for_tile(mr: usize, nr: usize, elem: usize, caches: CacheSizes) -> Blocking {
        let kc = KC;
        // MC: the A block takes about half of L2.
        let mc = ((caches.l2 / 2 / (kc * elem)) / mr).max(1) * mr;
        // NC: the B panel takes about half of this core's L3 share, at most 4096 wide.
        let nc = ((caches.l3_per_core / 2 / (kc * elem)).clamp(nr, 4096) / nr).max(1) * nr;
        Blocking { mc, kc, nc }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("48K\n"), Some(48 << 10));
        assert_eq!(parse_size("32M"), Some(32 << 20));
        assert_eq!(count_cpus("0-3,8-11\n"), 8);
        assert_eq!(count_cpus("0"), 1);
    }

    #[test]
    fn blocks_are_multiples_of_the_tile() {
        let b = Blocking::for_tile(24, 8, 8, CacheSizes { l1: 48 << 10, l2: 2 << 20, l3_per_core: 16 << 20 });
        assert_eq!(b.mc % 24, 0);
        assert_eq!(b.nc % 8, 0);
        assert_eq!(b.kc, KC);
    }
}
