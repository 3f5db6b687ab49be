/*
 * blas_demo: an ordinary C program linked with -llapack -lblas (the system's
 * liblapack.so.3 and libblas.so.3), used by `cargo xtask demo` to show that
 * the BLAS and LAPACK under it can be swapped with LD_LIBRARY_PATH. It
 * reports which library actually serves the calls, times the main job (a
 * large and a small GEMM, an LU solve, a Cholesky solve, a symmetric
 * eigendecomposition, an SVD) and a Level-1 stream, and checks every result:
 * against plain loops in extended precision, or against the identity that
 * defines it (residual, trace, Frobenius norm).
 *
 * To add a routine: write a `bench_<name>` function that fills a `struct row`
 * and add it to `cases[]` at the bottom. With DEMO_ROWS=<file> set, each row
 * is also written there as `name<TAB>n<TAB>seconds<TAB>ok`, for the
 * comparison `cargo xtask demo` prints.
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
extern void dgemm_(const char *ta, const char *tb, const int *m, const int *n, const int *k, const double *alpha,
                   const double *a, const int *lda, const double *b, const int *ldb, const double *beta, double *c,
                   const int *ldc, size_t, size_t);
/* The Fortran LAPACK interface. */
extern void dgesv_(const int *n, const int *nrhs, double *a, const int *lda, int *ipiv, double *b, const int *ldb,
                   int *info);
extern void dposv_(const char *uplo, const int *n, const int *nrhs, double *a, const int *lda, double *b,
                   const int *ldb, int *info, size_t);
extern void dsyevd_(const char *jobz, const char *uplo, const int *n, double *a, const int *lda, double *w,
                    double *work, const int *lwork, int *iwork, const int *liwork, int *info, size_t, size_t);
extern void dgesdd_(const char *jobz, const int *m, const int *n, double *a, const int *lda, double *s, double *u,
                    const int *ldu, double *vt, const int *ldvt, double *work, const int *lwork, int *iwork, int *info,
                    size_t);

enum { N = 10000000, REPS = 10 };
static const int one = 1;

struct row {
    const char *name;
    long n;
    double seconds; /* best of REPS */
    double bytes;   /* memory traffic of one call (0: not a streaming call) */
    double flops;   /* floating-point operations of one call (0: no fixed count) */
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

/* A deterministic pseudo-random number in [-0.5, 0.5). */
static double rnd(unsigned long *state) {
    *state = *state * 6364136223846793005UL + 1442695040888963407UL;
    return (double)(*state >> 11) / 9007199254740992.0 - 0.5;
}

static double *random_matrix(int m, int n, unsigned long seed) {
    double *a = malloc(sizeof(double) * (size_t)m * n);
    if (!a) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    for (long i = 0; i < (long)m * n; i++) a[i] = rnd(&seed);
    return a;
}

/* A symmetric matrix (lower = upper); `shift` added to the diagonal. */
static double *symmetric_matrix(int n, double shift, unsigned long seed) {
    double *a = random_matrix(n, n, seed);
    for (int j = 0; j < n; j++) {
        for (int i = 0; i < j; i++) a[i + (long)j * n] = a[j + (long)i * n];
        a[j + (long)j * n] += shift;
    }
    return a;
}

/* `best` := the best time of `reps` calls of `call`, each after `reset` (not timed). */
#define BEST_OF(best, reps, reset, call)                                                                               \
    do {                                                                                                               \
        best = 1e30;                                                                                                   \
        for (int rep_ = 0; rep_ < (reps); rep_++) {                                                                    \
            reset;                                                                                                     \
            double t_ = now();                                                                                         \
            call;                                                                                                      \
            t_ = now() - t_;                                                                                           \
            best = t_ < best ? t_ : best;                                                                              \
        }                                                                                                              \
    } while (0)

/* C := A B for n x n matrices, `calls` back to back per timed sample; the
 * error is the largest over sampled entries of |C - A B| / (|A| |B|)_ij. */
static void gemm_case(int n, int calls, struct row *r, const char *name) {
    double *a = random_matrix(n, n, 1), *b = random_matrix(n, n, 2), *c = calloc((size_t)n * n, sizeof(double));
    double alpha = 1, beta = 0;
    double best;
    BEST_OF(best, 3, (void)0,
            for (int k = 0; k < calls; k++) dgemm_("N", "N", &n, &n, &n, &alpha, a, &n, b, &n, &beta, c, &n, 1, 1));
    double err = 0;
    unsigned long seed = 3;
    for (int s = 0; s < 256; s++) {
        int i = (int)((rnd(&seed) + 0.5) * n) % n, j = (int)((rnd(&seed) + 0.5) * n) % n;
        long double ref = 0, scale = 0;
        for (int k = 0; k < n; k++) {
            ref += (long double)a[i + (long)k * n] * b[k + (long)j * n];
            scale += fabsl((long double)a[i + (long)k * n] * b[k + (long)j * n]);
        }
        double e = (double)(fabsl(c[i + (long)j * n] - ref) / scale);
        err = e > err ? e : err;
    }
    *r = (struct row){name, n, best / calls, 0, 2.0 * n * n * (double)n, err, 1e-14};
    free(a), free(b), free(c);
}

static void bench_dgemm_large(const struct vectors *v, struct row *r) {
    (void)v;
    gemm_case(2000, 1, r, "dgemm");
}

static void bench_dgemm_small(const struct vectors *v, struct row *r) {
    (void)v;
    gemm_case(32, 2000, r, "dgemm");
}

/* |b - A x|_inf / (|A|_inf |x|_inf), A the original matrix. */
static double solve_residual(int n, const double *a, const double *b, const double *x) {
    double anorm = 0, xnorm = 0, res = 0;
    for (int i = 0; i < n; i++) {
        long double s = b[i], rowsum = 0;
        for (int k = 0; k < n; k++) {
            s -= (long double)a[i + (long)k * n] * x[k];
            rowsum += fabsl((long double)a[i + (long)k * n]);
        }
        res = fabs((double)s) > res ? fabs((double)s) : res;
        anorm = (double)rowsum > anorm ? (double)rowsum : anorm;
        xnorm = fabs(x[i]) > xnorm ? fabs(x[i]) : xnorm;
    }
    return res / (anorm * xnorm);
}

static void bench_dgesv(const struct vectors *v, struct row *r) {
    (void)v;
    int n = 2000, nrhs = 1, info = 0;
    double *a0 = random_matrix(n, n, 4), *b0 = random_matrix(n, 1, 5);
    double *a = malloc(sizeof(double) * (size_t)n * n), *b = malloc(sizeof(double) * n);
    int *ipiv = malloc(sizeof(int) * n);
    double best;
    BEST_OF(best, 3, (memcpy(a, a0, sizeof(double) * (size_t)n * n), memcpy(b, b0, sizeof(double) * n)),
            dgesv_(&n, &nrhs, a, &n, ipiv, b, &n, &info));
    double err = info ? INFINITY : solve_residual(n, a0, b0, b);
    *r = (struct row){"dgesv", n, best, 0, 2.0 / 3.0 * n * n * (double)n, err, 1e-13};
    free(a0), free(b0), free(a), free(b), free(ipiv);
}

static void bench_dposv(const struct vectors *v, struct row *r) {
    (void)v;
    int n = 2000, nrhs = 1, info = 0;
    /* Diagonally dominant, so positive definite. */
    double *a0 = symmetric_matrix(n, n, 6), *b0 = random_matrix(n, 1, 7);
    double *a = malloc(sizeof(double) * (size_t)n * n), *b = malloc(sizeof(double) * n);
    double best;
    BEST_OF(best, 3, (memcpy(a, a0, sizeof(double) * (size_t)n * n), memcpy(b, b0, sizeof(double) * n)),
            dposv_("L", &n, &nrhs, a, &n, b, &n, &info, 1));
    double err = info ? INFINITY : solve_residual(n, a0, b0, b);
    *r = (struct row){"dposv", n, best, 0, 1.0 / 3.0 * n * n * (double)n, err, 1e-13};
    free(a0), free(b0), free(a), free(b);
}

/* |A|_F of an n x n matrix, in extended precision. */
static long double frobenius(int n, const double *a) {
    long double s = 0;
    for (long i = 0; i < (long)n * n; i++) s += (long double)a[i] * a[i];
    return sqrtl(s);
}

static void bench_dsyevd(const struct vectors *v, struct row *r) {
    (void)v;
    int n = 1000, info = 0, lwork = 1 + 6 * n + 2 * n * n, liwork = 3 + 5 * n;
    double *a0 = symmetric_matrix(n, 0.0, 8), *a = malloc(sizeof(double) * (size_t)n * n);
    double *w = malloc(sizeof(double) * n), *work = malloc(sizeof(double) * lwork);
    int *iwork = malloc(sizeof(int) * liwork);
    double best;
    BEST_OF(best, 3, memcpy(a, a0, sizeof(double) * (size_t)n * n),
            dsyevd_("V", "L", &n, a, &n, w, work, &lwork, iwork, &liwork, &info, 1, 1));
    /* The eigenvalues: their sum is the trace, their squares sum to |A|_F^2;
     * the first and last eigenvectors: |A v - w v| / |A|_F. */
    long double fro = frobenius(n, a0), trace = 0, sum = 0, squares = 0;
    for (int i = 0; i < n; i++) {
        trace += a0[i + (long)i * n];
        sum += w[i];
        squares += (long double)w[i] * w[i];
    }
    double err = (double)(fabsl(sum - trace) / fro);
    double e2 = (double)(fabsl(sqrtl(squares) - fro) / fro);
    err = e2 > err ? e2 : err;
    for (int k = 0; k < n; k += n - 1) {
        long double res = 0;
        for (int i = 0; i < n; i++) {
            long double s = -(long double)w[k] * a[i + (long)k * n];
            for (int j = 0; j < n; j++) s += (long double)a0[i + (long)j * n] * a[j + (long)k * n];
            res += s * s;
        }
        double e = (double)(sqrtl(res) / fro);
        err = e > err ? e : err;
    }
    *r = (struct row){"dsyevd", n, info ? INFINITY : best, 0, 0, info ? INFINITY : err, 1e-12};
    free(a0), free(a), free(w), free(work), free(iwork);
}

static void bench_dgesdd(const struct vectors *v, struct row *r) {
    (void)v;
    int n = 1000, info = 0, lwork = -1, one_ld = 1;
    double *a0 = random_matrix(n, n, 9), *a = malloc(sizeof(double) * (size_t)n * n), *s = malloc(sizeof(double) * n);
    double query = 0, dummy = 0;
    int *iwork = malloc(sizeof(int) * 8 * n);
    dgesdd_("N", &n, &n, a, &n, s, &dummy, &one_ld, &dummy, &one_ld, &query, &lwork, iwork, &info, 1);
    lwork = (int)query;
    double *work = malloc(sizeof(double) * lwork);
    double best;
    BEST_OF(best, 3, memcpy(a, a0, sizeof(double) * (size_t)n * n),
            dgesdd_("N", &n, &n, a, &n, s, &dummy, &one_ld, &dummy, &one_ld, work, &lwork, iwork, &info, 1));
    /* The singular values' squares sum to |A|_F^2, and come in decreasing order. */
    long double squares = 0, fro = frobenius(n, a0);
    int sorted = 1;
    for (int i = 0; i < n; i++) {
        squares += (long double)s[i] * s[i];
        if (i > 0 && s[i] > s[i - 1]) sorted = 0;
    }
    double err = sorted && !info ? (double)(fabsl(sqrtl(squares) - fro) / fro) : INFINITY;
    *r = (struct row){"dgesdd", n, best, 0, 0, err, 1e-13};
    free(a0), free(a), free(s), free(work), free(iwork);
}

static void (*const cases[])(const struct vectors *, struct row *) = {
    bench_dgemm_large, bench_dgemm_small, bench_dgesv, bench_dposv, bench_dsyevd,
    bench_dgesdd,      bench_ddot,        bench_daxpy, bench_dnrm2,
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
    const char *rows_path = getenv("DEMO_ROWS");
    FILE *rows = rows_path ? fopen(rows_path, "w") : NULL;
    int failures = 0;
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        struct row r;
        cases[c](&v, &r);
        int ok = r.error <= r.tolerance;
        failures += !ok;
        char gbs[16] = "-", gflops[16] = "-";
        if (r.bytes > 0) snprintf(gbs, sizeof gbs, "%.2f", r.bytes / r.seconds / 1e9);
        if (r.flops > 0) snprintf(gflops, sizeof gflops, "%.2f", r.flops / r.seconds / 1e9);
        printf("  %-6s %10ld %10.4g %9s %9s %10.1e  %s\n", r.name, r.n, 1e3 * r.seconds, gbs, gflops, r.error,
               ok ? "ok" : "WRONG");
        fflush(stdout);
        if (rows) fprintf(rows, "%s\t%ld\t%.9g\t%s\n", r.name, r.n, r.seconds, ok ? "ok" : "WRONG");
    }
    if (rows) fclose(rows);
    free(v.x);
    free(v.y);
    free(v.y0);
    return failures ? 1 : 0;
}
