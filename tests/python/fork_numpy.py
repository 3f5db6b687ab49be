"""fork() safety with Debian's numpy running on ferroblas (issue 6, part 3).

Run by `cargo xtask reliability` as
`LD_LIBRARY_PATH=dist/lib FERROBLAS_NUM_THREADS=4 /usr/bin/python3 tests/python/fork_numpy.py`.

What it proves:
  - numpy's BLAS in this process is ferroblas (libferroblas.so.0 is mapped,
    and no other BLAS is), so the rest tests ferroblas;
  - after a large matmul in the parent has started ferroblas's pool threads,
    multiprocessing with the "fork" start method works: a Pool of 4 forked
    workers runs 8 matmul tasks, and 4 plain forked Processes run one each;
    every child finishes within a deadline and computes the right product
    (checked against numpy's broadcasting, which does not call BLAS);
  - the parent's own matmuls still work after forking.
Exit status 0 when all of that holds.
"""

import multiprocessing as mp
import os
import sys

import numpy as np

DEADLINE_S = 120


def mapped_libraries():
    with open("/proc/self/maps") as f:
        paths = {line.split()[-1] for line in f if "/" in line}
    return sorted(p for p in paths if "blas" in p or "lapack" in p)


def threads_in_process():
    return len(os.listdir("/proc/self/task"))


def product_error(n, seed):
    """Max error of a @ b against a BLAS-free product of the same matrices."""
    rng = np.random.default_rng(seed)
    a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    c = a @ b
    want = np.array([(a[i][:, None] * b).sum(axis=0) for i in range(n)])
    return float(np.abs(c - want).max())


def pool_task(i):
    err = product_error(300 + 10 * i, 100 + i)
    return i, os.getpid(), threads_in_process(), err


def process_task(i):
    err = product_error(400, 200 + i)
    sys.exit(0 if err < 1e-10 else 1)


def main():
    failures = []
    libs = mapped_libraries()
    print("fork_numpy: BLAS/LAPACK libraries mapped after importing numpy:", *libs, sep="\n  ")
    if not any(p.endswith("libferroblas.so.0") for p in libs):
        print("fork_numpy: numpy is not running on ferroblas (is LD_LIBRARY_PATH=dist/lib set?)")
        return 1
    others = [p for p in libs if "openblas" in p or ("libblas.so" in p and "dist/lib" not in p)]
    if others:
        failures.append(f"another BLAS is loaded too: {others}")

    err = product_error(800, 1)
    threads = threads_in_process()
    print(f"fork_numpy: parent: 800x800 matmul error {err:.3g}; {threads} threads in the process")
    if err > 1e-10:
        failures.append(f"parent matmul error {err}")
    if threads < 2:
        failures.append("the parent's matmul did not start ferroblas's pool: the test would prove nothing")

    ctx = mp.get_context("fork")
    with ctx.Pool(4) as pool:
        try:
            results = pool.map_async(pool_task, range(8)).get(timeout=DEADLINE_S)
        except mp.TimeoutError:
            pool.terminate()
            failures.append(f"Pool of 4 forked workers: no result after {DEADLINE_S} s (children HUNG)")
            results = []
    for i, pid, child_threads, err in results:
        print(f"fork_numpy: pool task {i} in child {pid}: error {err:.3g}, {child_threads} threads")
        if err > 1e-10:
            failures.append(f"pool task {i}: error {err}")

    procs = [ctx.Process(target=process_task, args=(i,)) for i in range(4)]
    for p in procs:
        p.start()
    for i, p in enumerate(procs):
        p.join(DEADLINE_S)
        if p.is_alive():
            p.kill()
            p.join()
            failures.append(f"forked Process {i}: not finished after {DEADLINE_S} s (HUNG)")
        elif p.exitcode != 0:
            failures.append(f"forked Process {i}: exit code {p.exitcode}")
    print(f"fork_numpy: 4 forked Processes: exit codes {[p.exitcode for p in procs]}")

    err = product_error(600, 2)
    if err > 1e-10:
        failures.append(f"parent matmul after the forks: error {err}")

    for f in failures:
        print("fork_numpy: FAILED:", f)
    print("fork_numpy:", "FAILED" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
