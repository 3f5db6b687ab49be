/*
 * blas_demo: an ordinary C program linked with -lblas (the system's
 * libblas.so.3), used by `cargo xtask demo` to show that the BLAS under it can
 * be swapped with LD_LIBRARY_PATH. It reports which library actually serves
 * the calls, times a few routines on large vectors and checks their results
 * against plain loops in extended precision.
 *
 * To add a routine: write a `bench_<name>` function that fills a `struct row`
 * and add it to `cases[]` at the bottom.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The Fortran BLAS interface: every argument by reference. */
extern double ddot_(const int *n, const double *x, const int *incx, const double *y, const int *incy);
extern void daxpy_(const int *n, const double *alpha, const double *x, const int *incx, double *y, const int *incy);
extern double dnrm2_(const int *n, const double *x, const int *incx);

enum { N = 10000000, REPS = 10 };
static const int one = 1;

struct row {
    const char *name;
    long n;
    double seconds; /* best of REPS */
    double bytes;   /* memory traffic of one call */
    double flops;   /* floating-point operations of one call */
    double error;   /* relative error against the extended-precision loop */
    double tolerance;
};

struct vectors {
    double *x, *y, *y0;
};

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void identify(void) {
    Dl_info info;
    void *ddot = dlsym(RTLD_DEFAULT, "ddot_");
    const char *file = (ddot && dladdr(ddot, &info) && info.dli_fname) ? info.dli_fname : "?";
    /* ferroblas answers to both names; OpenBLAS to the second. */
    const char *(*config)(void) = (const char *(*)(void))dlsym(RTLD_DEFAULT, "ferroblas_get_config");
    if (!config) config = (const char *(*)(void))dlsym(RTLD_DEFAULT, "openblas_get_config");
    printf("  ddot_ comes from: %s\n", file);
    printf("  library says:     %s\n", config ? config() : "(no ferroblas_get_config or openblas_get_config)");
}

static void bench_ddot(const struct vectors *v, struct row *r) {
    int n = N;
    double best = 1e30, d = 0;
    for (int rep = 0; rep < REPS; rep++) {
        double t = now();
        d = ddot_(&n, v->x, &one, v->y, &one);
        t = now() - t;
        best = t < best ? t : best;
    }
    long double ref = 0, scale = 0;
    for (long i = 0; i < n; i++) {
        ref += (long double)v->x[i] * v->y[i];
        scale += fabsl((long double)v->x[i] * v->y[i]);
    }
    *r = (struct row){"ddot", n, best, 16.0 * n, 2.0 * n, (double)(fabsl(d - ref) / scale), 1e-13};
}

static void bench_daxpy(const struct vectors *v, struct row *r) {
    int n = N;
    double alpha = 0.5, best = 1e30, worst_err = 0;
    /* The check first, on a fresh copy: y := y0 + alpha x. */
    memcpy(v->y, v->y0, sizeof(double) * n);
    daxpy_(&n, &alpha, v->x, &one, v->y, &one);
    for (long i = 0; i < n; i++) {
        long double ref = (long double)v->y0[i] + (long double)alpha * v->x[i];
        long double scale = fabsl((long double)v->y0[i]) + fabsl((long double)alpha * v->x[i]);
        double e = scale > 0 ? (double)(fabsl(v->y[i] - ref) / scale) : 0.0;
        worst_err = e > worst_err ? e : worst_err;
    }
    double tiny = 1e-9; /* keeps y bounded over the timed repetitions */
    for (int rep = 0; rep < REPS; rep++) {
        double t = now();
        daxpy_(&n, &tiny, v->x, &one, v->y, &one);
        t = now() - t;
        best = t < best ? t : best;
    }
    *r = (struct row){"daxpy", n, best, 24.0 * n, 2.0 * n, worst_err, 4e-16};
}

static void bench_dnrm2(const struct vectors *v, struct row *r) {
    int n = N;
    double best = 1e30, d = 0;
    for (int rep = 0; rep < REPS; rep++) {
        double t = now();
        d = dnrm2_(&n, v->x, &one);
        t = now() - t;
        best = t < best ? t : best;
    }
    long double ss = 0;
    for (long i = 0; i < n; i++) ss += (long double)v->x[i] * v->x[i];
    long double ref = sqrtl(ss);
    *r = (struct row){"dnrm2", n, best, 8.0 * n, 2.0 * n, (double)(fabsl(d - ref) / ref), 1e-13};
}

static void (*const cases[])(const struct vectors *, struct row *) = {
    bench_ddot,
    bench_daxpy,
    bench_dnrm2,
};

int main(void) {
    struct vectors v = {malloc(sizeof(double) * N), malloc(sizeof(double) * N), malloc(sizeof(double) * N)};
    if (!v.x || !v.y || !v.y0) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    for (long i = 0; i < N; i++) {
        v.x[i] = sin(0.001 * (double)i) + 0.25;
        v.y0[i] = v.y[i] = cos(0.0007 * (double)i) - 0.5;
    }
    identify();
    printf("  %-6s %10s %10s %9s %9s %10s  %s\n", "call", "n", "best ms", "GB/s", "GFLOP/s", "rel. error", "check");
    int failures = 0;
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        struct row r;
        cases[c](&v, &r);
        int ok = r.error <= r.tolerance;
        failures += !ok;
        printf("  %-6s %10ld %10.3f %9.2f %9.2f %10.1e  %s\n", r.name, r.n, 1e3 * r.seconds, r.bytes / r.seconds / 1e9,
               r.flops / r.seconds / 1e9, r.error, ok ? "ok" : "WRONG");
    }
    free(v.x);
    free(v.y);
    free(v.y0);
    return failures ? 1 : 0;
}
