"""The NumPy half of `cargo xtask demo`: the calls NumPy users make most,
timed and checked, on whichever libblas.so.3 / liblapack.so.3 the dynamic
loader gave this process (the demo runs it once with LD_LIBRARY_PATH=dist/lib
and once with OpenBLAS's directory). Prints one tab-separated row per call to
the file named by DEMO_ROWS: name, n, best seconds, relative error."""

import os
import sys
import time

import numpy as np


def loaded(stem):
    """Path of the mapped library whose file name starts with `stem`."""
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if os.path.basename(path).startswith(stem):
                return os.path.realpath(path)
    return "(not mapped)"


def best_of(f, reps):
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        out = f()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main():
    rng = np.random.default_rng(7)
    rows = []
    eps = np.finfo(np.float64).eps

    n = 2000
    a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    t, c = best_of(lambda: a @ b, 3)
    # A sample of entries against sums in extended precision, each error over
    # eps * sum |a_ik b_kj| (the worst-case bound is n of those).
    rows_i, cols = np.arange(0, n, 97), [0, n // 2, n - 1]
    al, bl = a[rows_i].astype(np.longdouble), b[:, cols].astype(np.longdouble)
    ref, mag = al @ bl, np.abs(al) @ np.abs(bl)
    err = float(np.max(np.abs(c[rows_i][:, cols] - ref) / (mag * eps)))
    rows.append(("a @ b", n, t, err, float(n)))

    n = 1000
    a = rng.standard_normal((n, n))
    x0 = rng.standard_normal(n)
    rhs = a @ x0
    t, x = best_of(lambda: np.linalg.solve(a, rhs), 5)
    err = float(np.linalg.norm(a @ x - rhs) / (np.linalg.norm(a, 1) * np.linalg.norm(x) * n * eps))
    rows.append(("solve", n, t, err, 10.0))

    n = 800
    s = rng.standard_normal((n, n))
    s = s + s.T
    t, (w, v) = best_of(lambda: np.linalg.eigh(s), 3)
    err = float(np.linalg.norm(s @ v - v * w) / (np.linalg.norm(s, 1) * n * eps))
    rows.append(("eigh", n, t, err, 10.0))

    n = 600
    a = rng.standard_normal((n, n))
    t, (u, sv, vt) = best_of(lambda: np.linalg.svd(a), 3)
    err = float(np.linalg.norm(a - (u * sv) @ vt) / (np.linalg.norm(a, 1) * n * eps))
    rows.append(("svd", n, t, err, 10.0))

    print(f"numpy {np.__version__}, libblas: {loaded('libblas.so')}, liblapack: {loaded('liblapack.so')}")
    ok = True
    for name, n, t, err, tol in rows:
        good = err <= tol
        ok &= good
        print(f"  {name:<6} n = {n:<5} {t * 1e3:9.2f} ms   error {err:.2e} ({'ok' if good else 'WRONG'})")
    out = os.environ.get("DEMO_ROWS")
    if out:
        with open(out, "w") as f:
            for name, n, t, err, _ in rows:
                f.write(f"{name}\t{n}\t{t}\t{err}\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
