/* The test-matrix generators (?lagge, ?lagsy, ?laghe, ?latms) on ferroblas and on
 * Debian's reference, through the Fortran ABI (libtmglib.so.3 over the netlib
 * liblapack.so.3) and through LAPACKE (liblapacke.so.3) in both layouts, on the
 * same seeds: the matrices and D must agree to rounding, the seeds and INFO exactly.
 *
 * usage: tmglib_vs_reference FERROBLAS_SO REFERENCE_LAPACK_SO REFERENCE_TMGLIB_SO REFERENCE_LAPACKE_SO
 */
#include <dlfcn.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int32_t I;
static void *ours, *ref_tmg, *ref_lapacke;
static int failures, checks;

/* Bad arguments are expected in some cases: both libraries report to this one. */
static int heard;
void xerbla_(const char *name, const I *info, size_t len) {
    (void)name;
    (void)len;
    heard = *info;
}

struct prec {
    char p;      /* s d c z */
    int cplx;    /* 2 reals per element for c, z */
    int single;  /* float reals */
    double eps;
};
static const struct prec PRECS[4] = {{'s', 1, 1, FLT_EPSILON}, {'d', 1, 0, DBL_EPSILON}, {'c', 2, 1, FLT_EPSILON}, {'z', 2, 0, DBL_EPSILON}};

static void *sym(void *lib, const struct prec *pr, const char *stem, int lapacke) {
    char name[64];
    if (lapacke)
        snprintf(name, sizeof name, "LAPACKE_%c%s", pr->p, stem);
    else
        snprintf(name, sizeof name, "%c%s_", pr->p, stem);
    void *f = dlsym(lib, name);
    if (!f) {
        printf("FAIL: %s missing\n", name);
        exit(1);
    }
    return f;
}

/* Reals as doubles, whatever the precision. */
static double rd(const struct prec *pr, const void *buf, size_t i) {
    return pr->single ? ((const float *)buf)[i] : ((const double *)buf)[i];
}
static void wr(const struct prec *pr, void *buf, size_t i, double v) {
    if (pr->single)
        ((float *)buf)[i] = (float)v;
    else
        ((double *)buf)[i] = v;
}
static size_t rsz(const struct prec *pr) { return pr->single ? sizeof(float) : sizeof(double); }

/* Compares `reals` reals of two buffers to `tol * scale`. */
static void compare(const char *what, const struct prec *pr, const void *x, const void *y, size_t reals, double scale,
                    double tol) {
    checks++;
    double worst = 0;
    size_t at = 0;
    for (size_t i = 0; i < reals; i++) {
        double a = rd(pr, x, i), b = rd(pr, y, i), e = fabs(a - b);
        if (isnan(a) != isnan(b)) e = INFINITY;
        if (e > worst) {
            worst = e;
            at = i;
        }
    }
    if (!(worst <= tol * scale)) {
        failures++;
        printf("FAIL %s: element %zu differs by %g (ours %g, reference %g; allowed %g)\n", what, at, worst,
               rd(pr, x, at), rd(pr, y, at), tol * scale);
    }
}

static void same_ints(const char *what, const I *x, const I *y, int n) {
    checks++;
    if (memcmp(x, y, n * sizeof(I)) != 0) {
        failures++;
        printf("FAIL %s: ours", what);
        for (int i = 0; i < n; i++) printf(" %d", x[i]);
        printf(", reference");
        for (int i = 0; i < n; i++) printf(" %d", y[i]);
        printf("\n");
    }
}

static double maxabs(const struct prec *pr, const void *d, int n) {
    double m = 0;
    for (int i = 0; i < n; i++) m = fmax(m, fabs(rd(pr, d, i)));
    return m;
}

/* ---------------------------------------------------------------- Fortran ABI */

typedef void (*lagge_f)(const I *, const I *, const I *, const I *, const void *, void *, const I *, I *, void *, I *);
typedef void (*lagsy_f)(const I *, const I *, const void *, void *, const I *, I *, void *, I *);
typedef void (*latms_f)(const I *, const I *, const char *, I *, const char *, void *, const I *, const void *,
                        const void *, const I *, const I *, const char *, void *, const I *, void *, I *, size_t,
                        size_t, size_t);

static void fill_d(const struct prec *pr, void *d, int n, int seed) {
    for (int i = 0; i < n; i++) wr(pr, d, i, (i % 3 == 1 ? -1.0 : 1.0) * (1.0 + ((i * 7 + seed) % 11)) / 4.0);
}

static void run_lagge(const struct prec *pr, int m, int n, int kl, int ku, int lda) {
    size_t el = rsz(pr) * pr->cplx, len = (size_t)lda * n;
    void *d = calloc(m + n + 1, rsz(pr));
    void *a[2], *w = calloc(2 * (m + n) + 2, el);
    I seed[2][4], info[2];
    fill_d(pr, d, m < n ? m : n, m + 3 * n);
    void *lib[2] = {ours, ref_tmg};
    for (int k = 0; k < 2; k++) {
        a[k] = calloc(len + 1, el);
        memcpy(seed[k], (I[4]){1, 22, 333, 4001}, sizeof seed[k]);
        I M = m, N = n, KL = kl, KU = ku, LDA = lda;
        ((lagge_f)sym(lib[k], pr, "lagge", 0))(&M, &N, &KL, &KU, d, a[k], &LDA, seed[k], w, &info[k]);
    }
    char what[96];
    snprintf(what, sizeof what, "%clagge m=%d n=%d kl=%d ku=%d", pr->p, m, n, kl, ku);
    same_ints(what, seed[0], seed[1], 4);
    same_ints(what, &info[0], &info[1], 1);
    compare(what, pr, a[0], a[1], len * pr->cplx, maxabs(pr, d, m < n ? m : n) + 1, 50.0 * (m + n + 1) * pr->eps);
    free(a[0]), free(a[1]), free(w), free(d);
}

static void run_lagsy(const struct prec *pr, const char *stem, int n, int k, int lda) {
    size_t el = rsz(pr) * pr->cplx, len = (size_t)lda * n;
    void *d = calloc(n + 1, rsz(pr));
    void *a[2], *w = calloc(2 * n + 2, el);
    I seed[2][4], info[2];
    fill_d(pr, d, n, n + k);
    void *lib[2] = {ours, ref_tmg};
    for (int t = 0; t < 2; t++) {
        a[t] = calloc(len + 1, el);
        memcpy(seed[t], (I[4]){4095, 0, 17, 3}, sizeof seed[t]);
        I N = n, K = k, LDA = lda;
        ((lagsy_f)sym(lib[t], pr, stem, 0))(&N, &K, d, a[t], &LDA, seed[t], w, &info[t]);
    }
    char what[96];
    snprintf(what, sizeof what, "%c%s n=%d k=%d", pr->p, stem, n, k);
    same_ints(what, seed[0], seed[1], 4);
    compare(what, pr, a[0], a[1], len * pr->cplx, maxabs(pr, d, n) + 1, 50.0 * (n + 1) * pr->eps);
    free(a[0]), free(a[1]), free(w), free(d);
}

static void run_latms(const struct prec *pr, int m, int n, char dist, char symc, int mode, double cond, double dmax,
                      int kl, int ku, char pack, int lda) {
    size_t el = rsz(pr) * pr->cplx, len = (size_t)lda * n;
    int mn = m < n ? m : n;
    void *d[2], *a[2], *w = calloc(3 * (m > n ? m : n) + 2, el);
    I seed[2][4], info[2], heard_by[2];
    unsigned char condb[8], dmaxb[8];
    wr(pr, condb, 0, cond);
    wr(pr, dmaxb, 0, dmax);
    void *lib[2] = {ours, ref_tmg};
    for (int t = 0; t < 2; t++) {
        d[t] = calloc(mn + 1, rsz(pr));
        fill_d(pr, d[t], mn, mode);
        /* Zero padding after A: the reference's rotations in whole-band storage with the
         * least LDA read and write the element after the array (ferroblas must not). */
        a[t] = calloc(len + 4 * lda + 64, el);
        for (size_t i = 0; i < len * pr->cplx; i++) wr(pr, a[t], i, 7.0);
        memcpy(seed[t], (I[4]){5000, -3, 1234, 8}, sizeof seed[t]); /* reduced and made odd by ?latms */
        I M = m, N = n, MODE = mode, KL = kl, KU = ku, LDA = lda;
        heard = 0;
        ((latms_f)sym(lib[t], pr, "latms", 0))(&M, &N, &dist, seed[t], &symc, d[t], &MODE, condb, dmaxb, &KL, &KU, &pack,
                                               a[t], &LDA, w, &info[t], 1, 1, 1);
        heard_by[t] = heard;
    }
    char what[128];
    snprintf(what, sizeof what, "%clatms m=%d n=%d dist=%c sym=%c mode=%d kl=%d ku=%d pack=%c lda=%d", pr->p, m, n,
             dist, symc, mode, kl, ku, pack, lda);
    same_ints(what, &info[0], &info[1], 1);
    same_ints(what, &heard_by[0], &heard_by[1], 1);
    for (size_t i = len * pr->cplx; i < (len + 4 * lda + 64) * pr->cplx; i++)
        if (rd(pr, a[0], i) != 0) {
            failures++;
            printf("FAIL %s: ferroblas wrote past A\n", what);
            break;
        }
    if (info[0] == 0 && info[1] == 0) {
        same_ints(what, seed[0], seed[1], 4);
        compare(what, pr, d[0], d[1], mn, maxabs(pr, d[1], mn) + 1, 20.0 * pr->eps);
        compare(what, pr, a[0], a[1], len * pr->cplx, fabs(dmax) + maxabs(pr, d[1], mn) + 1,
                100.0 * (m + n + 1) * pr->eps);
    }
    free(a[0]), free(a[1]), free(d[0]), free(d[1]), free(w);
}

/* ---------------------------------------------------------------- LAPACKE */

typedef I (*lapacke_lagge_f)(int, I, I, I, I, const void *, void *, I, I *);
typedef I (*lapacke_lagsy_f)(int, I, I, const void *, void *, I, I *);
typedef I (*lapacke_latms_s)(int, I, I, char, I *, char, float *, I, float, float, I, I, char, void *, I);
typedef I (*lapacke_latms_d)(int, I, I, char, I *, char, double *, I, double, double, I, I, char, void *, I);

static void run_lapacke(const struct prec *pr, int layout, int m, int n, int kl) {
    int row = layout == 101;
    int lda = (row ? n : m) + 1, mn = m < n ? m : n;
    size_t el = rsz(pr) * pr->cplx, len = (size_t)lda * (row ? m : n);
    void *lib[2] = {ours, ref_lapacke};
    void *a[2], *d[2];
    I seed[2][4], info[2];
    char what[96];
    /* ?lagge */
    for (int t = 0; t < 2; t++) {
        d[t] = calloc(mn + 1, rsz(pr));
        fill_d(pr, d[t], mn, 5);
        a[t] = calloc(len + 1, el);
        memcpy(seed[t], (I[4]){9, 8, 7, 5}, sizeof seed[t]);
        info[t] = ((lapacke_lagge_f)sym(lib[t], pr, "lagge", 1))(layout, m, n, kl, kl, d[t], a[t], lda, seed[t]);
    }
    snprintf(what, sizeof what, "LAPACKE_%clagge layout=%d m=%d n=%d kl=ku=%d", pr->p, layout, m, n, kl);
    same_ints(what, &info[0], &info[1], 1);
    same_ints(what, seed[0], seed[1], 4);
    compare(what, pr, a[0], a[1], len * pr->cplx, 4, 50.0 * (m + n) * pr->eps);
    for (int t = 0; t < 2; t++) free(a[t]), free(d[t]);
    /* ?lagsy, ?laghe, ?latms on the square matrix of order n */
    int nn = n, ldn = n + 2;
    size_t lenn = (size_t)ldn * nn;
    for (int which = 0; which < 2 + (pr->cplx == 2); which++) {
        const char *stem = which == 0 ? "latms" : which == 1 ? "lagsy" : "laghe";
        for (int t = 0; t < 2; t++) {
            d[t] = calloc(nn + 1, rsz(pr));
            fill_d(pr, d[t], nn, 2);
            a[t] = calloc(lenn + 1, el);
            memcpy(seed[t], (I[4]){9, 8, 7, 5}, sizeof seed[t]);
            int k = kl < nn ? kl : nn - 1;
            if (which == 0) {
                char symc = "NSHP"[(m + n + kl) % 4];
                if (pr->single)
                    info[t] = ((lapacke_latms_s)sym(lib[t], pr, stem, 1))(layout, nn, nn, 'S', seed[t], symc, d[t], 3,
                                                                          10.0f, 2.0f, k, k, 'N', a[t], ldn);
                else
                    info[t] = ((lapacke_latms_d)sym(lib[t], pr, stem, 1))(layout, nn, nn, 'S', seed[t], symc, d[t], 3,
                                                                          10.0, 2.0, k, k, 'N', a[t], ldn);
            } else {
                info[t] = ((lapacke_lagsy_f)sym(lib[t], pr, stem, 1))(layout, nn, k, d[t], a[t], ldn, seed[t]);
            }
        }
        snprintf(what, sizeof what, "LAPACKE_%c%s layout=%d n=%d k=%d", pr->p, stem, layout, nn, kl);
        same_ints(what, &info[0], &info[1], 1);
        same_ints(what, seed[0], seed[1], 4);
        compare(what, pr, d[0], d[1], nn, 4, 20.0 * pr->eps);
        compare(what, pr, a[0], a[1], lenn * pr->cplx, 4, 50.0 * (2 * nn + 1) * pr->eps);
        for (int t = 0; t < 2; t++) free(a[t]), free(d[t]);
    }
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s FERROBLAS_SO REFERENCE_LAPACK_SO REFERENCE_TMGLIB_SO REFERENCE_LAPACKE_SO\n", argv[0]);
        return 2;
    }
    ours = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    /* The netlib BLAS and LAPACK first, so that tmglib's and LAPACKE's libblas.so.3 and
     * liblapack.so.3 are those (by soname) rather than what the alternatives select. */
    if (!dlopen("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3", RTLD_NOW | RTLD_LOCAL))
        fprintf(stderr, "note: the netlib libblas.so.3 is missing; the reference uses the system's\n");
    void *ref_lapack = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
    ref_tmg = dlopen(argv[3], RTLD_NOW | RTLD_LOCAL);
    ref_lapacke = dlopen(argv[4], RTLD_NOW | RTLD_LOCAL);
    if (!ours || !ref_lapack || !ref_tmg || !ref_lapacke) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 2;
    }
    static const int sizes[][2] = {{1, 1}, {2, 2}, {3, 2}, {2, 3}, {5, 5}, {7, 4}, {4, 7}, {9, 9}, {13, 10}};
    for (int p = 0; p < 4; p++) {
        const struct prec *pr = &PRECS[p];
        for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
            int m = sizes[s][0], n = sizes[s][1];
            for (int kl = 0; kl < m; kl += (m > 4 ? 2 : 1))
                for (int ku = 0; ku < n; ku += (n > 4 ? 3 : 1)) run_lagge(pr, m, n, kl, ku, m + 1);
            if (m == n)
                for (int k = 0; k < n; k++) {
                    if (k == 0 && n > 1) continue; /* the reference calls ?gemv with N = -1 */
                    run_lagsy(pr, "lagsy", n, k, n + 1);
                    if (pr->cplx == 2) run_lagsy(pr, "laghe", n, k, n);
                }
        }
        static const char syms[] = "NPSH", packs[] = "NULCRBQZ", dists[] = "USN";
        static const int bands[][2] = {{0, 0}, {1, 1}, {2, 2}, {1, 0}, {0, 2}, {2, 1}, {4, 4}, {8, 8}, {1, 3}};
        static const int shapes[][2] = {{1, 1}, {3, 3}, {6, 6}, {9, 9}, {7, 5}, {5, 8}, {0, 3}};
        for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
            int m = shapes[s][0], n = shapes[s][1];
            for (int y = 0; y < 4; y++)
                for (int q = 0; q < 8; q++)
                    for (size_t b = 0; b < sizeof bands / sizeof bands[0]; b++) {
                        int kl = bands[b][0], ku = bands[b][1];
                        if (syms[y] != 'N') ku = kl;
                        int llb = kl < m - 1 ? kl : m - 1, uub = ku < n - 1 ? ku : n - 1;
                        if (llb < 0) llb = 0;
                        if (uub < 0) uub = 0;
                        int minlda = packs[q] == 'B' || packs[q] == 'Q' ? uub + 1
                                     : packs[q] == 'Z'                  ? llb + uub + 1
                                                                        : m;
                        int mode = (int)((s * 5 + y * 3 + q + b) % 13) - 6;
                        char dist = dists[(s + y + q + b) % 3];
                        /* The least LDA (band storage below M takes the rotation path) and a larger one.
                         * Band storage in one row (LDA = 1 for a nonsymmetric lower bidiagonal in 'B')
                         * makes the reference's rotations fail their own LDA check (?LAROT, parameter 8):
                         * not compared. */
                        int lda_min = minlda > 1 ? minlda : 1;
                        int band = packs[q] == 'B' || packs[q] == 'Q' || packs[q] == 'Z';
                        if (!(band && lda_min == 1 && llb + uub > 0))
                            run_latms(pr, m, n, dist, syms[y], mode, 10.0, -3.0, kl, ku, packs[q], lda_min);
                        run_latms(pr, m, n, dist, syms[y], 6 - (int)(b % 13), 1e3, 2.0, kl, ku, packs[q], m + 2);
                    }
        }
        /* Errors: COND < 1, MODE out of range, INFO = 2 (D all zero cannot be scaled). */
        run_latms(pr, 4, 4, 'U', 'N', 3, 0.5, 1.0, 1, 1, 'N', 4);
        run_latms(pr, 4, 4, 'U', 'N', 7, 2.0, 1.0, 1, 1, 'N', 4);
        run_latms(pr, 1, 1, 'U', 'N', 2, INFINITY, 1.0, 0, 0, 'N', 1);
        for (int layout = 101; layout <= 102; layout++) {
            run_lapacke(pr, layout, 5, 3, 1);
            run_lapacke(pr, layout, 3, 6, 2);
            run_lapacke(pr, layout, 7, 7, 3);
        }
    }
    printf("tmglib_vs_reference: %d checks: %d failures\n", checks, failures);
    return failures != 0;
}
