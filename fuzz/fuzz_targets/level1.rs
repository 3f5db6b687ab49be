//! Level 1: `?axpy_`, `?scal_`, `?copy_`, `?swap_`, `?dot_` / `?dotu_` /
//! `?dotc_`, `?nrm2_`, `?asum_`, `i?amax_`, `i?amin_`, `?rot_` (`csrot_`,
//! `zdrot_`), `?rotm_`, `csscal_` / `zdscal_`, `dsdot_`, `sdsdot_`.
//!
//! The oracle follows the reference loops element by element, so a zero
//! increment means what it means there (the same element, updated in turn).

#![no_main]

use ferroblas_capi::generated::fortran::*;
use ferroblas_fuzz::*;
use libfuzzer_sys::fuzz_target;

type Axpy<T> = unsafe extern "C" fn(*const BlasInt, *const T, *const T, *const BlasInt, *mut T, *const BlasInt);
type Scal<T, A> = unsafe extern "C" fn(*const BlasInt, *const A, *mut T, *const BlasInt);
type Copy<T> = unsafe extern "C" fn(*const BlasInt, *const T, *const BlasInt, *mut T, *const BlasInt);
type Swap<T> = unsafe extern "C" fn(*const BlasInt, *mut T, *const BlasInt, *mut T, *const BlasInt);
type Dot<T, R> = unsafe extern "C" fn(*const BlasInt, *const T, *const BlasInt, *const T, *const BlasInt) -> R;
type Reduce<T, R> = unsafe extern "C" fn(*const BlasInt, *const T, *const BlasInt) -> R;
type Rot<T, R> =
    unsafe extern "C" fn(*const BlasInt, *mut T, *const BlasInt, *mut T, *const BlasInt, *const R, *const R);
type Rotm<T> = unsafe extern "C" fn(*const BlasInt, *mut T, *const BlasInt, *mut T, *const BlasInt, *const T);
type Sdsdot<T> =
    unsafe extern "C" fn(*const BlasInt, *const T, *const T, *const BlasInt, *const T, *const BlasInt) -> T;

/// One precision's routines; `None` where the precision has no such routine.
struct L1<T: Elem> {
    axpy: Axpy<T>,
    scal: Scal<T, T>,
    rscal: Option<Scal<T, T::Real>>,
    copy: Copy<T>,
    swap: Swap<T>,
    dotu: Dot<T, T>,
    dotc: Option<Dot<T, T>>,
    nrm2: Reduce<T, T::Real>,
    asum: Reduce<T, T::Real>,
    iamax: Reduce<T, BlasInt>,
    iamin: Reduce<T, BlasInt>,
    rot: Rot<T, T::Real>,
    rotm: Option<Rotm<T>>,
    dsdot: Option<Dot<T, f64>>,
    sdsdot: Option<Sdsdot<T>>,
}

fuzz_target!(|data: &[u8]| {
    let mut inp = Input::new(data);
    match inp.precision() {
        0 => run::<f32>(
            &mut inp,
            &L1 {
                axpy: saxpy_,
                scal: sscal_,
                rscal: None,
                copy: scopy_,
                swap: sswap_,
                dotu: sdot_,
                dotc: None,
                nrm2: snrm2_,
                asum: sasum_,
                iamax: isamax_,
                iamin: isamin_,
                rot: srot_,
                rotm: Some(srotm_),
                dsdot: Some(dsdot_),
                sdsdot: Some(sdsdot_),
            },
        ),
        1 => run::<f64>(
            &mut inp,
            &L1 {
                axpy: daxpy_,
                scal: dscal_,
                rscal: None,
                copy: dcopy_,
                swap: dswap_,
                dotu: ddot_,
                dotc: None,
                nrm2: dnrm2_,
                asum: dasum_,
                iamax: idamax_,
                iamin: idamin_,
                rot: drot_,
                rotm: Some(drotm_),
                dsdot: None,
                sdsdot: None,
            },
        ),
        2 => run::<c32>(
            &mut inp,
            &L1 {
                axpy: caxpy_,
                scal: cscal_,
                rscal: Some(csscal_),
                copy: ccopy_,
                swap: cswap_,
                dotu: cdotu_,
                dotc: Some(cdotc_),
                nrm2: scnrm2_,
                asum: scasum_,
                iamax: icamax_,
                iamin: icamin_,
                rot: csrot_,
                rotm: None,
                dsdot: None,
                sdsdot: None,
            },
        ),
        _ => run::<c64>(
            &mut inp,
            &L1 {
                axpy: zaxpy_,
                scal: zscal_,
                rscal: Some(zdscal_),
                copy: zcopy_,
                swap: zswap_,
                dotu: zdotu_,
                dotc: Some(zdotc_),
                nrm2: dznrm2_,
                asum: dzasum_,
                iamax: izamax_,
                iamin: izamin_,
                rot: zdrot_,
                rotm: None,
                dsdot: None,
                sdsdot: None,
            },
        ),
    }
});

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Axpy,
    Scal,
    Rscal,
    Copy,
    Swap,
    Dotu,
    Dotc,
    Nrm2,
    Asum,
    Iamax,
    Iamin,
    Rot,
    Rotm,
    Dsdot,
    Sdsdot,
}

const OPS: [Op; 15] = [
    Op::Axpy,
    Op::Scal,
    Op::Rscal,
    Op::Copy,
    Op::Swap,
    Op::Dotu,
    Op::Dotc,
    Op::Nrm2,
    Op::Asum,
    Op::Iamax,
    Op::Iamin,
    Op::Rot,
    Op::Rotm,
    Op::Dsdot,
    Op::Sdsdot,
];

#[derive(Debug)]
#[allow(dead_code)] // read through Debug
struct Args<T: Elem> {
    op: Op,
    n: BlasInt,
    incx: BlasInt,
    incy: BlasInt,
    alpha: T,
    c: T::Real,
    s: T::Real,
    param: [T; 5],
    lead: u8,
}

/// Values and magnitudes (sums of the absolute values of the terms) of a
/// vector argument, as the oracle updates them.
struct Track {
    v: Vec<Cx>,
    mag: Vec<f64>,
}

impl Track {
    fn new<T: Elem>(a: &[T]) -> Self {
        let v: Vec<Cx> = a.iter().map(|x| x.to_cx()).collect();
        let mag = v.iter().map(|&z| abs1(z)).collect();
        Track { v, mag }
    }

    /// What the routine must leave: values at the `n` elements it visits,
    /// the rest untouched.
    fn want(&self, n: usize, inc: BlasInt, terms: usize) -> Vec<Want> {
        let mut w = vec![Want::Same; self.v.len()];
        for i in 0..n {
            let k = vec_at(i, n, inc);
            w[k] = Want::Value { v: self.v[k], mag: self.mag[k], terms };
        }
        w
    }
}

fn run<T: Elem>(inp: &mut Input, l1: &L1<T>) {
    let mut rng = inp.rng();
    let mut op = OPS[inp.u8() as usize % OPS.len()];
    // Routines this precision lacks stand in for others.
    op = match op {
        Op::Rscal if l1.rscal.is_none() => Op::Scal,
        Op::Dotc if l1.dotc.is_none() => Op::Dotu,
        Op::Rotm if l1.rotm.is_none() => Op::Rot,
        Op::Dsdot if l1.dsdot.is_none() => Op::Dotu,
        Op::Sdsdot if l1.sdsdot.is_none() => Op::Nrm2,
        op => op,
    };
    let big = inp.big();
    let n = inp.dim(big, 5000);
    let (incx, incy) = (inp.inc(), inp.inc());
    let alpha: T = inp.scalar(&mut rng);
    let c: T::Real = inp.scalar(&mut rng);
    let s: T::Real = inp.scalar(&mut rng);
    // ?rotm's flag: -2 (identity), -1, 0, 1, or anything (treated as 1).
    let flag = match inp.u8() % 5 {
        0 => -2.0,
        1 => -1.0,
        2 => 0.0,
        3 => 1.0,
        _ => 2.0 * rng.unit(),
    };
    let lead = inp.lead_mask();
    let mut x = Guarded::<T>::random(vec_len(n, incx), lead & 1 != 0, &mut rng);
    let mut y = Guarded::<T>::random(vec_len(n, incy), lead & 2 != 0, &mut rng);
    let mut param = Guarded::<T>::random(5, lead & 4 != 0, &mut rng);
    param.as_mut_slice()[0] = T::from_cx(Cx::new(flag, 0.0));
    inp.maybe_nan(&mut rng, &mut [&mut x, &mut y]);
    param.freeze();
    let writes_x = matches!(op, Op::Scal | Op::Rscal | Op::Swap | Op::Rot | Op::Rotm);
    let writes_y = matches!(op, Op::Axpy | Op::Copy | Op::Swap | Op::Rot | Op::Rotm);
    if !writes_x {
        x.freeze();
    }
    if !writes_y {
        y.freeze();
    }
    let (x0, y0) = (x.as_slice().to_vec(), y.as_slice().to_vec());
    let p: [T; 5] = param.as_slice().try_into().expect("five parameters");
    let args = Args { op, n, incx, incy, alpha, c, s, param: p, lead };

    clear_reported();
    let (xp, yp) = (x.mut_ptr(), y.mut_ptr());
    // What a function returns, as the oracle's type, or an index.
    let mut value: Option<Cx> = None;
    let mut index: Option<BlasInt> = None;
    // SAFETY: every array holds what the arguments declare.
    unsafe {
        match op {
            Op::Axpy => (l1.axpy)(&n, &alpha, xp, &incx, yp, &incy),
            Op::Scal => (l1.scal)(&n, &alpha, xp, &incx),
            Op::Rscal => (l1.rscal.expect("complex"))(&n, &c, xp, &incx),
            Op::Copy => (l1.copy)(&n, xp, &incx, yp, &incy),
            Op::Swap => (l1.swap)(&n, xp, &incx, yp, &incy),
            Op::Dotu => value = Some((l1.dotu)(&n, xp, &incx, yp, &incy).to_cx()),
            Op::Dotc => value = Some((l1.dotc.expect("complex"))(&n, xp, &incx, yp, &incy).to_cx()),
            Op::Nrm2 => value = Some((l1.nrm2)(&n, xp, &incx).to_cx()),
            Op::Asum => value = Some((l1.asum)(&n, xp, &incx).to_cx()),
            Op::Iamax => index = Some((l1.iamax)(&n, xp, &incx)),
            Op::Iamin => index = Some((l1.iamin)(&n, xp, &incx)),
            Op::Rot => (l1.rot)(&n, xp, &incx, yp, &incy, &c, &s),
            Op::Rotm => (l1.rotm.expect("real"))(&n, xp, &incx, yp, &incy, param.ptr()),
            Op::Dsdot => value = Some(Cx::new((l1.dsdot.expect("single"))(&n, xp, &incx, yp, &incy), 0.0)),
            Op::Sdsdot => value = Some((l1.sdsdot.expect("single"))(&n, &p[1], xp, &incx, yp, &incy).to_cx()),
        }
    }
    check_reported(T::PREFIX, "", 0, &args);

    let nn = n.max(0) as usize;
    let (ix, iy) = (|i: usize| vec_at(i, nn, incx), |i: usize| vec_at(i, nn, incy));
    let (mut tx, mut ty) = (Track::new(&x0), Track::new(&y0));
    let zero = Cx::new(0.0, 0.0);
    // A returned value against the oracle's, unless the oracle's is not finite.
    let check_value = |what: &str, got: Cx, want: Cx, mag: f64, terms: usize, double: bool| {
        let (ok, cmp) = if double {
            (close::<f64>(got.re, want, mag, terms), comparable::<f64>(want, mag))
        } else {
            (close::<T>(T::from_cx(got), want, mag, terms), comparable::<T>(want, mag))
        };
        if cmp && !ok {
            panic!("{what} = {got}, expected {want} (magnitude {mag:e}) for {args:?}");
        }
    };
    match op {
        Op::Axpy => {
            let a = alpha.to_cx();
            if a != zero {
                for i in 0..nn {
                    ty.v[iy(i)] += a * tx.v[ix(i)];
                    ty.mag[iy(i)] += abs1(a) * tx.mag[ix(i)];
                }
            }
            check_output("y", &y0, y.as_slice(), &ty.want(nn, incy, nn + 1), &args);
            check_unchanged("x", &x0, x.as_slice(), &args);
        }
        Op::Scal | Op::Rscal => {
            let a = if op == Op::Scal { alpha.to_cx() } else { c.to_cx() };
            let visits = if incx > 0 { nn } else { 0 };
            for i in 0..visits {
                tx.v[ix(i)] *= a;
                tx.mag[ix(i)] *= abs1(a);
            }
            check_output("x", &x0, x.as_slice(), &tx.want(visits, incx, 1), &args);
        }
        Op::Copy | Op::Swap => {
            let (mut wx, mut wy) = (x0.clone(), y0.clone());
            for i in 0..nn {
                let t = wx[ix(i)];
                if op == Op::Swap {
                    wx[ix(i)] = wy[iy(i)];
                }
                wy[iy(i)] = t;
            }
            check_bits("x", &wx, x.as_slice(), &args);
            check_bits("y", &wy, y.as_slice(), &args);
        }
        Op::Dotu | Op::Dotc | Op::Dsdot | Op::Sdsdot => {
            let (mut sum, mut mag) = (zero, 0.0);
            if op == Op::Sdsdot {
                sum = p[1].to_cx();
                mag = abs1(sum);
            }
            for i in 0..nn {
                let (u, v) = (conj_if(tx.v[ix(i)], op == Op::Dotc), ty.v[iy(i)]);
                sum += u * v;
                mag += abs1(u) * abs1(v);
            }
            check_value("dot", value.expect("a value"), sum, mag, nn, op == Op::Dsdot);
            check_unchanged("x", &x0, x.as_slice(), &args);
            check_unchanged("y", &y0, y.as_slice(), &args);
        }
        Op::Nrm2 => {
            let ss: f64 = (0..nn).map(|i| tx.v[ix(i)].norm_sqr()).sum();
            check_value("nrm2", value.expect("a value"), Cx::new(ss.sqrt(), 0.0), ss.sqrt(), nn, false);
        }
        Op::Asum => {
            let visits = if incx > 0 { nn } else { 0 };
            let sum: f64 = (0..visits).map(|i| abs1(tx.v[ix(i)])).sum();
            check_value("asum", value.expect("a value"), Cx::new(sum, 0.0), sum, nn, false);
        }
        Op::Iamax | Op::Iamin => {
            let got = index.expect("an index");
            let visits = if incx > 0 { nn } else { 0 };
            let vals: Vec<f64> = (0..visits).map(|i| x0[ix(i)].abs1_native()).collect();
            if vals.iter().all(|v| v.is_finite()) {
                let mut best = 0;
                for (i, &v) in vals.iter().enumerate() {
                    if (op == Op::Iamax && v > vals[best]) || (op == Op::Iamin && v < vals[best]) {
                        best = i;
                    }
                }
                let want = if visits == 0 { 0 } else { best as BlasInt + 1 };
                assert_eq!(got, want, "{op:?} returned {got}, expected {want} for {args:?}");
            }
        }
        Op::Rot | Op::Rotm => {
            // x := h11 x + h12 y, y := h21 x + h22 y, element by element.
            let one = Cx::new(1.0, 0.0);
            let pc: Vec<Cx> = p.iter().map(|v| v.to_cx()).collect();
            let h = if op == Op::Rot {
                let (c, s) = (c.to_cx(), s.to_cx());
                Some((c, s, -s, c))
            } else if flag == -2.0 {
                None
            } else if flag < 0.0 {
                Some((pc[1], pc[3], pc[2], pc[4]))
            } else if flag == 0.0 {
                Some((one, pc[3], pc[2], one))
            } else {
                Some((pc[1], one, -one, pc[4]))
            };
            // The largest magnitude on the way: x and y feed each other, so
            // an overflow in one (then 0 * inf) may reach the other.
            let mut peak: f64 = 0.0;
            if let Some((h11, h12, h21, h22)) = h {
                for i in 0..nn {
                    let (kx, ky) = (ix(i), iy(i));
                    let (w, z, mw, mz) = (tx.v[kx], ty.v[ky], tx.mag[kx], ty.mag[ky]);
                    tx.v[kx] = h11 * w + h12 * z;
                    tx.mag[kx] = abs1(h11) * mw + abs1(h12) * mz;
                    ty.v[ky] = h21 * w + h22 * z;
                    ty.mag[ky] = abs1(h21) * mw + abs1(h22) * mz;
                    peak = peak.max(tx.mag[kx]).max(ty.mag[ky]);
                }
            }
            if peak.is_nan() || peak >= T::HUGE {
                for v in tx.v.iter_mut().chain(ty.v.iter_mut()) {
                    *v = Cx::new(f64::NAN, 0.0);
                }
            }
            let visits = if h.is_some() { nn } else { 0 };
            check_output("x", &x0, x.as_slice(), &tx.want(visits, incx, 2 * nn), &args);
            check_output("y", &y0, y.as_slice(), &ty.want(visits, incy, 2 * nn), &args);
        }
    }
}
