/*
 * The valgrind memcheck workload (issue 6, part 11), run by
 * `cargo xtask reliability` under `valgrind --tool=memcheck`.
 *
 * A representative subset of every level in every precision, through the
 * Fortran ABI and CBLAS of dist/lib: Level 1 (axpy, scal, copy, swap, dot,
 * nrm2, iamax), Level 2 (gemv N/T, symv or hemv, ger or gerc, trsv) and
 * Level 3 (gemm at a small and a packed, threaded size, symm, syrk, trsm,
 * trmm), on 1 and then 2 pool threads. Every output element goes through a
 * branch (`check_defined`), so memcheck reports any result that depends on
 * memory the library never initialised; gemm is also checked against plain
 * loops. Valgrind itself reports invalid reads and writes and, at exit, leaks.
 *
 * Exit status 0 when every check passed.
 */
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef float complex c32;
typedef double complex c64;

void ferroblas_set_num_threads(int n);
const char *ferroblas_get_config(void);

#define FORTRAN_DECLS(T, RT, p, NRM2, SYMV, GER)                                                                      \
    void p##axpy_(const int *n, const T *alpha, const T *x, const int *incx, T *y, const int *incy);               \
    void p##scal_(const int *n, const T *alpha, T *x, const int *incx);                                            \
    void p##copy_(const int *n, const T *x, const int *incx, T *y, const int *incy);                               \
    void p##swap_(const int *n, T *x, const int *incx, T *y, const int *incy);                                     \
    RT NRM2(const int *n, const T *x, const int *incx);                                                            \
    int i##p##amax_(const int *n, const T *x, const int *incx);                                                    \
    void p##gemv_(const char *t, const int *m, const int *n, const T *alpha, const T *a, const int *lda,            \
                  const T *x, const int *incx, const T *beta, T *y, const int *incy, size_t);                      \
    void SYMV(const char *uplo, const int *n, const T *alpha, const T *a, const int *lda, const T *x,             \
              const int *incx, const T *beta, T *y, const int *incy, size_t);                                      \
    void GER(const int *m, const int *n, const T *alpha, const T *x, const int *incx, const T *y, const int *incy, \
             T *a, const int *lda);                                                                                \
    void p##trsv_(const char *uplo, const char *t, const char *diag, const int *n, const T *a, const int *lda,     \
                  T *x, const int *incx, size_t, size_t, size_t);                                                  \
    void p##gemm_(const char *ta, const char *tb, const int *m, const int *n, const int *k, const T *alpha,        \
                  const T *a, const int *lda, const T *b, const int *ldb, const T *beta, T *c, const int *ldc,     \
                  size_t, size_t);                                                                                 \
    void p##symm_(const char *side, const char *uplo, const int *m, const int *n, const T *alpha, const T *a,      \
                  const int *lda, const T *b, const int *ldb, const T *beta, T *c, const int *ldc, size_t, size_t); \
    void p##syrk_(const char *uplo, const char *t, const int *n, const int *k, const T *alpha, const T *a,         \
                  const int *lda, const T *beta, T *c, const int *ldc, size_t, size_t);                            \
    void p##trsm_(const char *side, const char *uplo, const char *ta, const char *diag, const int *m,              \
                  const int *n, const T *alpha, const T *a, const int *lda, T *b, const int *ldb, size_t, size_t,  \
                  size_t, size_t);                                                                                 \
    void p##trmm_(const char *side, const char *uplo, const char *ta, const char *diag, const int *m,              \
                  const int *n, const T *alpha, const T *a, const int *lda, T *b, const int *ldb, size_t, size_t,  \
                  size_t, size_t);

FORTRAN_DECLS(float, float, s, snrm2_, ssymv_, sger_)
FORTRAN_DECLS(double, double, d, dnrm2_, dsymv_, dger_)
FORTRAN_DECLS(c32, float, c, scnrm2_, chemv_, cgerc_)
FORTRAN_DECLS(c64, double, z, dznrm2_, zhemv_, zgerc_)

float cblas_sdot(int n, const float *x, int incx, const float *y, int incy);
double cblas_ddot(int n, const double *x, int incx, const double *y, int incy);
void cblas_cdotc_sub(int n, const void *x, int incx, const void *y, int incy, void *dot);
void cblas_zdotc_sub(int n, const void *x, int incx, const void *y, int incy, void *dot);
void cblas_dgemm(int layout, int ta, int tb, int m, int n, int k, double alpha, const double *a, int lda,
                 const double *b, int ldb, double beta, double *c, int ldc);

static int failures;

static void fail(const char *what, const char *routine) {
    fprintf(stderr, "memcheck workload: %s: %s\n", routine, what);
    failures++;
}

/* Deterministic values in [-0.5, 0.5). */
static double next_value(unsigned *state) {
    *state = *state * 1664525u + 1013904223u;
    return (double)(*state >> 8) / (double)(1u << 24) - 0.5;
}

#define DEFINE_WORKLOAD(T, RT, p, NRM2, SYMV, GER, IMAG, DOT, ABS)                                                   \
    static T *p##_fill(size_t len, unsigned seed) {                                                                \
        T *v = malloc(len * sizeof(T));                                                                            \
        if (!v) {                                                                                                  \
            perror("malloc");                                                                                      \
            exit(2);                                                                                               \
        }                                                                                                          \
        for (size_t i = 0; i < len; i++) {                                                                         \
            double re = next_value(&seed);                                                                         \
            v[i] = (T)re + IMAG * (T)next_value(&seed);                                                            \
        }                                                                                                          \
        return v;                                                                                                  \
    }                                                                                                              \
    /* A branch on every element: memcheck flags any undefined result. */                                        \
    static void p##_check_defined(const T *v, size_t len, const char *routine) {                                   \
        for (size_t i = 0; i < len; i++) {                                                                         \
            if (!isfinite((double)ABS(v[i]))) {                                                                    \
                fail("non-finite result", routine);                                                                \
                return;                                                                                            \
            }                                                                                                      \
        }                                                                                                          \
    }                                                                                                              \
    static void p##_level1(int n) {                                                                                \
        const int one = 1, two = 2;                                                                                \
        const T alpha = (T)0.75;                                                                                   \
        T *x = p##_fill(2 * (size_t)n, 1), *y = p##_fill(2 * (size_t)n, 2);                                        \
        p##axpy_(&n, &alpha, x, &two, y, &one);                                                                    \
        p##scal_(&n, &alpha, y, &two);                                                                             \
        p##copy_(&n, x, &one, y, &two);                                                                            \
        p##swap_(&n, x, &two, y, &one);                                                                            \
        p##_check_defined(x, 2 * (size_t)n, #p "axpy/scal/copy/swap");                                             \
        p##_check_defined(y, 2 * (size_t)n, #p "axpy/scal/copy/swap");                                             \
        RT norm = NRM2(&n, x, &one);                                                                               \
        int imax = i##p##amax_(&n, y, &two);                                                                       \
        T dot = DOT(n, x, y);                                                                                      \
        if (!isfinite((double)norm) || imax < 1 || imax > n || !isfinite((double)ABS(dot)))                       \
            fail("bad reduction", #p "nrm2/iamax/dot");                                                            \
        free(x);                                                                                                   \
        free(y);                                                                                                   \
    }                                                                                                              \
    static void p##_level2(int m, int n) {                                                                         \
        const int one = 1, lda = m + 3;                                                                            \
        const T alpha = (T)0.5, beta = (T)-0.25;                                                                   \
        T *a = p##_fill((size_t)lda * n, 3), *x = p##_fill((size_t)(m > n ? m : n), 4);                            \
        T *y = p##_fill((size_t)(m > n ? m : n), 5);                                                               \
        p##gemv_("N", &m, &n, &alpha, a, &lda, x, &one, &beta, y, &one, 1);                                        \
        p##gemv_("T", &m, &n, &alpha, a, &lda, y, &one, &beta, x, &one, 1);                                        \
        p##_check_defined(x, (size_t)n, #p "gemv");                                                                \
        p##_check_defined(y, (size_t)m, #p "gemv");                                                                \
        int sq = m < n ? m : n;                                                                                    \
        SYMV("L", &sq, &alpha, a, &lda, x, &one, &beta, y, &one, 1);                                               \
        p##_check_defined(y, (size_t)sq, #SYMV);                                                                   \
        GER(&m, &n, &alpha, x, &one, y, &one, a, &lda);                                                            \
        p##_check_defined(a, (size_t)lda * n, #GER);                                                               \
        for (int i = 0; i < sq; i++) a[i + (size_t)i * lda] += (T)4;                                               \
        p##trsv_("U", "N", "N", &sq, a, &lda, x, &one, 1, 1, 1);                                                   \
        p##_check_defined(x, (size_t)sq, #p "trsv");                                                               \
        free(a);                                                                                                   \
        free(x);                                                                                                   \
        free(y);                                                                                                   \
    }                                                                                                              \
    static void p##_level3(int n) {                                                                                \
        const int m = n + 5, k = n - 3, lda = m + 1, ldb = n + 2, ldc = m + 3;                                     \
        const T alpha = (T)0.5, beta = (T)0.25;                                                                    \
        T *a = p##_fill((size_t)lda * m, 6), *b = p##_fill((size_t)ldb * m, 7);                                    \
        T *c = p##_fill((size_t)ldc * m, 8), *want = malloc((size_t)ldc * m * sizeof(T));                          \
        if (!want) exit(2);                                                                                        \
        for (size_t i = 0; i < (size_t)ldc * m; i++) want[i] = c[i];                                               \
        for (int j = 0; j < n; j++)                                                                                \
            for (int i = 0; i < m; i++) {                                                                          \
                T s = 0;                                                                                           \
                for (int l = 0; l < k; l++) s += a[i + (size_t)l * lda] * b[l + (size_t)j * ldb];                  \
                want[i + (size_t)j * ldc] = alpha * s + beta * want[i + (size_t)j * ldc];                          \
            }                                                                                                      \
        p##gemm_("N", "N", &m, &n, &k, &alpha, a, &lda, b, &ldb, &beta, c, &ldc, 1, 1);                            \
        for (int j = 0; j < n; j++)                                                                                \
            for (int i = 0; i < m; i++)                                                                            \
                if (ABS(c[i + (size_t)j * ldc] - want[i + (size_t)j * ldc]) > 1e-3 * (k + 1)) {                    \
                    fail("wrong result", #p "gemm");                                                               \
                    i = m, j = n;                                                                                  \
                }                                                                                                  \
        p##gemm_("C", "T", &m, &n, &k, &alpha, a, &lda, b, &ldb, &beta, c, &ldc, 1, 1);                            \
        p##_check_defined(c, (size_t)ldc * n, #p "gemm");                                                          \
        p##symm_("L", "U", &m, &n, &alpha, a, &lda, c, &ldc, &beta, want, &ldc, 1, 1);                             \
        p##_check_defined(want, (size_t)ldc * n, #p "symm");                                                       \
        p##syrk_("L", "N", &m, &k, &alpha, a, &lda, &beta, c, &ldc, 1, 1);                                         \
        p##_check_defined(c, (size_t)ldc * m, #p "syrk");                                                          \
        for (int i = 0; i < m; i++) a[i + (size_t)i * lda] += (T)(m / 4 + 2);                                      \
        p##trsm_("L", "L", "N", "N", &m, &n, &alpha, a, &lda, c, &ldc, 1, 1, 1, 1);                                \
        p##_check_defined(c, (size_t)ldc * n, #p "trsm");                                                          \
        p##trsm_("R", "U", "C", "U", &n, &m, &alpha, a, &lda, c, &ldc, 1, 1, 1, 1);                                \
        p##_check_defined(c, (size_t)ldc * m, #p "trsm");                                                          \
        p##trmm_("L", "U", "T", "N", &m, &n, &alpha, a, &lda, c, &ldc, 1, 1, 1, 1);                                \
        p##_check_defined(c, (size_t)ldc * n, #p "trmm");                                                          \
        free(a);                                                                                                   \
        free(b);                                                                                                   \
        free(c);                                                                                                   \
        free(want);                                                                                                \
    }

static float sdot(int n, const float *x, const float *y) { return cblas_sdot(n, x, 1, y, 1); }
static double ddot(int n, const double *x, const double *y) { return cblas_ddot(n, x, 1, y, 1); }
static c32 cdot(int n, const c32 *x, const c32 *y) {
    c32 r;
    cblas_cdotc_sub(n, x, 1, y, 1, &r);
    return r;
}
static c64 zdot(int n, const c64 *x, const c64 *y) {
    c64 r;
    cblas_zdotc_sub(n, x, 1, y, 1, &r);
    return r;
}

DEFINE_WORKLOAD(float, float, s, snrm2_, ssymv_, sger_, 0, sdot, fabsf)
DEFINE_WORKLOAD(double, double, d, dnrm2_, dsymv_, dger_, 0, ddot, fabs)
DEFINE_WORKLOAD(c32, float, c, scnrm2_, chemv_, cgerc_, I, cdot, cabsf)
DEFINE_WORKLOAD(c64, double, z, dznrm2_, zhemv_, zgerc_, I, zdot, cabs)

int main(void) {
    printf("memcheck workload on %s\n", ferroblas_get_config());
    for (int threads = 1; threads <= 2; threads++) {
        ferroblas_set_num_threads(threads);
        /* 16 takes the small path; 160 the packed, threaded engine. */
        const int l3[] = {16, 160};
        s_level1(1000), d_level1(1000), c_level1(1000), z_level1(1000);
        s_level2(90, 70), d_level2(90, 70), c_level2(90, 70), z_level2(90, 70);
        for (int i = 0; i < 2; i++) s_level3(l3[i]), d_level3(l3[i]), c_level3(l3[i]), z_level3(l3[i]);
        /* CBLAS row-major goes through its own argument mapping. */
        double *a = d_fill(40 * 40, 9), *b = d_fill(40 * 40, 10), *c = d_fill(40 * 40, 11);
        cblas_dgemm(101, 111, 112, 30, 40, 20, 1.0, a, 40, b, 40, 0.0, c, 40);
        d_check_defined(c, 30 * 40, "cblas_dgemm");
        free(a), free(b), free(c);
    }
    if (failures) {
        fprintf(stderr, "memcheck workload: %d failures\n", failures);
        return 1;
    }
    printf("memcheck workload: all checks passed\n");
    return 0;
}
