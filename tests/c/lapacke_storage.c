/* LAPACKE's packed and RFP storage, the `also` twins and the extra outputs,
 * against the reference's liblapacke.so.3 on the same inputs, in both layouts.
 *
 * Usage: lapacke_storage FERROBLAS_SO REFERENCE_LAPACKE_SO
 *
 * Both libraries are opened RTLD_LOCAL and every function is looked up in
 * each by name. Each case builds its inputs from a fixed seed, calls ours and
 * the reference's on separate copies, and compares every output array and
 * the return code: bitwise for the copies and layout conversions
 * (`?tpttr`, `?tf_trans`, ...), to a small multiple of eps otherwise (the
 * factorizations may round differently). Aasen's two-stage family: the
 * high-level forms (their workspace query) and the solutions. Prints one line per failure and a
 * summary; exit status 1 if any case failed.
 */
#include <complex.h>
#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ROW = 101, COL = 102 };

static void *ours, *ref;
static int failures, cases;

static void *sym(void *lib, const char *name) {
    void *p = dlsym(lib, name);
    if (!p) {
        printf("FAIL %s: not exported by %s\n", name, lib == ours ? "ferroblas" : "the reference");
        exit(1);
    }
    return p;
}

static uint64_t seed = 0x9e3779b97f4a7c15ull;
static double rnd(void) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return (double)(seed >> 11) / 9007199254740992.0 - 0.5;
}

/* Compares n doubles (tol 0: bitwise). */
static void cmp(const char *what, const double *a, const double *b, int n, double tol) {
    cases++;
    double scale = 1.0;
    for (int i = 0; i < n; i++) scale = fmax(scale, fabs(b[i]));
    for (int i = 0; i < n; i++) {
        int ok = tol == 0.0 ? (a[i] == b[i] || (isnan(a[i]) && isnan(b[i]))) : fabs(a[i] - b[i]) <= tol * scale;
        if (!ok) {
            printf("FAIL %s: element %d: ours %.17g, reference %.17g\n", what, i, a[i], b[i]);
            failures++;
            return;
        }
    }
}

static void cmpi(const char *what, long a, long b) {
    cases++;
    if (a != b) {
        printf("FAIL %s: ours %ld, reference %ld\n", what, a, b);
        failures++;
    }
}

#define TOL 1e-12

/* A Hermitian (symmetric when re) positive definite n x n matrix, dense column-major. */
static void spd(int n, int cplx, double *a) {
    int w = cplx ? 2 : 1;
    for (int j = 0; j < n; j++)
        for (int i = 0; i <= j; i++) {
            double re = rnd(), im = cplx && i != j ? rnd() : 0.0;
            if (i == j) re += n + 1.0;
            a[w * (i + j * n)] = re;
            a[w * (j + i * n)] = re;
            if (cplx) {
                a[w * (i + j * n) + 1] = im;
                a[w * (j + i * n) + 1] = -im;
            }
        }
}

/* Packs the triangle of dense A (n x n) in layout: column-major packs by
 * columns, row-major by rows. */
static void pack(int layout, int upper, int n, int cplx, const double *a, double *ap) {
    int w = cplx ? 2 : 1, k = 0;
    if (layout == COL) {
        for (int j = 0; j < n; j++)
            for (int i = upper ? 0 : j; i <= (upper ? j : n - 1); i++, k++) memcpy(ap + w * k, a + w * (i + j * n), w * sizeof(double));
    } else {
        for (int i = 0; i < n; i++)
            for (int j = upper ? i : 0; j <= (upper ? n - 1 : i); j++, k++) memcpy(ap + w * k, a + w * (i + j * n), w * sizeof(double));
    }
}

typedef int (*pptrf_t)(int, char, int, void *);
typedef int (*pptrs_t)(int, char, int, int, const void *, void *, int);
typedef int (*spev_t)(int, char, char, int, void *, double *, void *, int);
typedef int (*sptrd_t)(int, char, int, void *, double *, double *, void *);
typedef int (*tptri_t)(int, char, char, int, void *);
typedef int (*tpttr_t)(int, char, int, const void *, void *, int);
typedef int (*trttf_t)(int, char, char, int, const void *, int, void *);
typedef int (*tpttf_t)(int, char, char, int, const void *, void *);
typedef int (*pftrf_t)(int, char, char, int, void *);
typedef int (*pftrs_t)(int, char, char, int, int, const void *, void *, int);
typedef int (*getrf_t)(int, int, int, void *, int, int *);
typedef int (*potrf_t)(int, char, int, void *, int);
typedef int (*gesvd_t)(int, char, char, int, int, void *, int, double *, void *, int, void *, int, double *);
typedef int (*ppnan_t)(int, const void *);
typedef void (*pptrans_t)(int, char, int, const void *, void *);
typedef void (*tftrans_t)(int, char, char, char, int, const void *, void *);
typedef int (*hsnan_t)(int, int, const void *, int);
typedef int (*pbnan_t)(int, char, int, int, const void *, int);

#define MAXN 9
#define BIG (2 * MAXN * MAXN + 64)

static void packed_cases(char p, int cplx) {
    int w = cplx ? 2 : 1;
    char name[64];
    const char *h = cplx ? "hp" : "sp";
    for (int layout = ROW; layout <= COL; layout++)
        for (int upper = 0; upper < 2; upper++)
            for (int n = 0; n <= MAXN; n += (n < 3 ? 1 : 3)) {
                char ul = upper ? 'U' : 'L';
                double a[BIG], ap1[BIG], ap2[BIG], b1[BIG], b2[BIG], w1[BIG], w2[BIG], z1[BIG], z2[BIG], e1[BIG], e2[BIG];
                int np = n * (n + 1) / 2, nrhs = 2, ldb = layout == ROW ? nrhs : (n > 0 ? n : 1);
                char what[128];
                spd(n, cplx, a);
                pack(layout, upper, n, cplx, a, ap1);
                memcpy(ap2, ap1, sizeof ap1);
                for (int i = 0; i < w * n * nrhs; i++) b1[i] = b2[i] = rnd();
#define BOTH(T, NAME, ...)                                                   \
    do {                                                                     \
        snprintf(name, sizeof name, "LAPACKE_%c%s", p, NAME);                \
        int r1 = ((T)sym(ours, name))(layout, __VA_ARGS__);                  \
        int r2 = ((T)sym(ref, name))(layout, __VA_ARGS__);                   \
        snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n); \
        cmpi(what, r1, r2);                                                  \
    } while (0)
                /* pptrf then pptrs: the factor and the solution. */
                snprintf(name, sizeof name, "LAPACKE_%cpptrf", p);
                int r1 = ((pptrf_t)sym(ours, name))(layout, ul, n, ap1);
                int r2 = ((pptrf_t)sym(ref, name))(layout, ul, n, ap2);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                cmp(what, ap1, ap2, w * np, TOL);
                snprintf(name, sizeof name, "LAPACKE_%cpptrs", p);
                r1 = ((pptrs_t)sym(ours, name))(layout, ul, n, nrhs, ap1, b1, ldb);
                r2 = ((pptrs_t)sym(ref, name))(layout, ul, n, nrhs, ap2, b2, ldb);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                cmp(what, b1, b2, w * n * nrhs, 1e-10);
                /* pptri on the factor. */
                snprintf(name, sizeof name, "LAPACKE_%cpptri", p);
                r1 = ((pptrf_t)sym(ours, name))(layout, ul, n, ap1);
                r2 = ((pptrf_t)sym(ref, name))(layout, ul, n, ap2);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                cmp(what, ap1, ap2, w * np, 1e-10);
                /* spev/hpev with vectors: eigenvalues, and |Z| entries (signs may differ). */
                pack(layout, upper, n, cplx, a, ap1);
                memcpy(ap2, ap1, sizeof ap1);
                snprintf(name, sizeof name, "LAPACKE_%c%sev", p, h);
                int ldz = n > 0 ? n : 1;
                r1 = ((spev_t)sym(ours, name))(layout, 'V', ul, n, ap1, w1, z1, ldz);
                r2 = ((spev_t)sym(ref, name))(layout, 'V', ul, n, ap2, w2, z2, ldz);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                cmp(what, w1, w2, n, 1e-12);
                for (int i = 0; i < n * n; i++) {
                    z1[i] = cplx ? cabs(z1[2 * i] + I * z1[2 * i + 1]) : fabs(z1[i]);
                    z2[i] = cplx ? cabs(z2[2 * i] + I * z2[2 * i + 1]) : fabs(z2[i]);
                }
                cmp(what, z1, z2, n * n, 1e-8);
                /* sptrd/hptrd: d and e (the reflectors may differ in rounding). */
                pack(layout, upper, n, cplx, a, ap1);
                memcpy(ap2, ap1, sizeof ap1);
                snprintf(name, sizeof name, "LAPACKE_%c%strd", p, h);
                r1 = ((sptrd_t)sym(ours, name))(layout, ul, n, ap1, w1, e1, z1);
                r2 = ((sptrd_t)sym(ref, name))(layout, ul, n, ap2, w2, e2, z2);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                cmp(what, w1, w2, n, 1e-10);
                for (int i = 0; i + 1 < n; i++) e1[i] = fabs(e1[i]), e2[i] = fabs(e2[i]);
                cmp(what, e1, e2, n > 0 ? n - 1 : 0, 1e-10);
                /* tptri, unit and non-unit, and tpttr (bitwise copy). */
                for (int unit = 0; unit < 2; unit++) {
                    pack(layout, upper, n, cplx, a, ap1);
                    memcpy(ap2, ap1, sizeof ap1);
                    char dg = unit ? 'U' : 'N';
                    snprintf(name, sizeof name, "LAPACKE_%ctptri", p);
                    r1 = ((tptri_t)sym(ours, name))(layout, ul, dg, n, ap1);
                    r2 = ((tptri_t)sym(ref, name))(layout, ul, dg, n, ap2);
                    snprintf(what, sizeof what, "%s layout=%d uplo=%c diag=%c n=%d", name, layout, ul, dg, n);
                    cmpi(what, r1, r2);
                    cmp(what, ap1, ap2, w * np, 1e-10);
                }
                pack(layout, upper, n, cplx, a, ap1);
                for (int i = 0; i < w * n * n; i++) b1[i] = b2[i] = -7.0;
                snprintf(name, sizeof name, "LAPACKE_%ctpttr", p);
                r1 = ((tpttr_t)sym(ours, name))(layout, ul, n, ap1, b1, ldz);
                r2 = ((tpttr_t)sym(ref, name))(layout, ul, n, ap1, b2, ldz);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                /* Only the triangle: the reference's row-major form writes its
                 * uninitialised workspace over the other one (ours leaves it). */
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                        if (upper ? i > j : i < j)
                            for (int c = 0; c < w; c++) b1[w * (i * n + j) + c] = b2[w * (i * n + j) + c] = 0.0;
                cmp(what, b1, b2, w * n * n, 0.0);
                /* RFP: trttf, tpttf (bitwise), pftrf, pftrs, for each TRANSR. */
                for (int t = 0; t < 2; t++) {
                    char tr = t == 0 ? 'N' : (cplx ? 'C' : 'T');
                    for (int i = 0; i < BIG; i++) e1[i] = e2[i] = -3.0;
                    snprintf(name, sizeof name, "LAPACKE_%ctrttf", p);
                    r1 = ((trttf_t)sym(ours, name))(layout, tr, ul, n, a, ldz, e1);
                    r2 = ((trttf_t)sym(ref, name))(layout, tr, ul, n, a, ldz, e2);
                    snprintf(what, sizeof what, "%s layout=%d transr=%c uplo=%c n=%d", name, layout, tr, ul, n);
                    cmpi(what, r1, r2);
                    cmp(what, e1, e2, w * np, 0.0);
                    for (int i = 0; i < BIG; i++) w1[i] = w2[i] = -3.0;
                    snprintf(name, sizeof name, "LAPACKE_%ctpttf", p);
                    r1 = ((tpttf_t)sym(ours, name))(layout, tr, ul, n, ap1, w1);
                    r2 = ((tpttf_t)sym(ref, name))(layout, tr, ul, n, ap1, w2);
                    snprintf(what, sizeof what, "%s layout=%d transr=%c uplo=%c n=%d", name, layout, tr, ul, n);
                    cmpi(what, r1, r2);
                    cmp(what, w1, w2, w * np, 0.0);
                    snprintf(name, sizeof name, "LAPACKE_%cpftrf", p);
                    r1 = ((pftrf_t)sym(ours, name))(layout, tr, ul, n, e1);
                    r2 = ((pftrf_t)sym(ref, name))(layout, tr, ul, n, e2);
                    snprintf(what, sizeof what, "%s layout=%d transr=%c uplo=%c n=%d", name, layout, tr, ul, n);
                    cmpi(what, r1, r2);
                    cmp(what, e1, e2, w * np, TOL);
                    for (int i = 0; i < w * n * nrhs; i++) b1[i] = b2[i] = rnd();
                    snprintf(name, sizeof name, "LAPACKE_%cpftrs", p);
                    r1 = ((pftrs_t)sym(ours, name))(layout, tr, ul, n, nrhs, e1, b1, ldb);
                    r2 = ((pftrs_t)sym(ref, name))(layout, tr, ul, n, nrhs, e2, b2, ldb);
                    snprintf(what, sizeof what, "%s layout=%d transr=%c uplo=%c n=%d", name, layout, tr, ul, n);
                    cmpi(what, r1, r2);
                    cmp(what, b1, b2, w * n * nrhs, 1e-10);
                    /* The utilities: tf_trans and pp_trans bitwise, NaN checks. */
                    for (int i = 0; i < BIG; i++) w1[i] = w2[i] = -5.0;
                    snprintf(name, sizeof name, "LAPACKE_%ctf_trans", p);
                    ((tftrans_t)sym(ours, name))(layout, tr, ul, 'N', n, e1, w1);
                    ((tftrans_t)sym(ref, name))(layout, tr, ul, 'N', n, e1, w2);
                    snprintf(what, sizeof what, "%s layout=%d transr=%c uplo=%c n=%d", name, layout, tr, ul, n);
                    cmp(what, w1, w2, BIG, 0.0);
                }
                for (int i = 0; i < BIG; i++) w1[i] = w2[i] = -5.0;
                snprintf(name, sizeof name, "LAPACKE_%cpp_trans", p);
                ((pptrans_t)sym(ours, name))(layout, ul, n, ap1, w1);
                ((pptrans_t)sym(ref, name))(layout, ul, n, ap1, w2);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmp(what, w1, w2, BIG, 0.0);
                if (n > 0) {
                    ap1[w * (np - 1)] = NAN;
                    snprintf(name, sizeof name, "LAPACKE_%cpp_nancheck", p);
                    cmpi(name, ((ppnan_t)sym(ours, name))(n, ap1), ((ppnan_t)sym(ref, name))(n, ap1));
                    /* High level: a NaN input is reported as its argument. */
                    snprintf(name, sizeof name, "LAPACKE_%cpptrf", p);
                    memcpy(ap2, ap1, sizeof ap1);
                    r1 = ((pptrf_t)sym(ours, name))(layout, ul, n, ap1);
                    r2 = ((pptrf_t)sym(ref, name))(layout, ul, n, ap2);
                    snprintf(what, sizeof what, "%s NaN layout=%d uplo=%c n=%d", name, layout, ul, n);
                    cmpi(what, r1, r2);
                }
            }
}

static void dense_cases(char p, int cplx) {
    int w = cplx ? 2 : 1;
    char name[64], what[160];
    for (int layout = ROW; layout <= COL; layout++)
        for (int m = 0; m <= 7; m += (m < 3 ? 1 : 4))
            for (int n = 0; n <= 7; n += (n < 3 ? 1 : 4)) {
                double a[BIG], a1[BIG], a2[BIG], s1[BIG], s2[BIG], u1[BIG], u2[BIG], v1[BIG], v2[BIG], sb1[BIG], sb2[BIG];
                int ip1[MAXN], ip2[MAXN];
                int lda = layout == ROW ? n : m;
                if (lda < 1) lda = 1;
                for (int i = 0; i < w * m * n; i++) a[i] = rnd();
                const char *tw[] = {"getrf2", "getf2"};
                for (int k = 0; k < 2; k++) {
                    memcpy(a1, a, sizeof a);
                    memcpy(a2, a, sizeof a);
                    snprintf(name, sizeof name, "LAPACKE_%c%s", p, tw[k]);
                    int r1 = ((getrf_t)sym(ours, name))(layout, m, n, a1, lda, ip1);
                    int r2 = ((getrf_t)sym(ref, name))(layout, m, n, a2, lda, ip2);
                    snprintf(what, sizeof what, "%s layout=%d m=%d n=%d", name, layout, m, n);
                    cmpi(what, r1, r2);
                    cmp(what, a1, a2, w * m * n, 1e-10);
                    for (int i = 0; i < (m < n ? m : n); i++) cmpi(what, ip1[i], ip2[i]);
                }
                /* gesvd with U and VT: singular values, and superb written. */
                memcpy(a1, a, sizeof a);
                memcpy(a2, a, sizeof a);
                int mn = m < n ? m : n;
                for (int i = 0; i < BIG; i++) sb1[i] = sb2[i] = -9.0;
                snprintf(name, sizeof name, "LAPACKE_%cgesvd", p);
                int ldu = layout == ROW ? (mn > 0 ? mn : 1) : (m > 0 ? m : 1);
                int ldvt = layout == ROW ? (n > 0 ? n : 1) : (mn > 0 ? mn : 1);
                int r1 = ((gesvd_t)sym(ours, name))(layout, 'S', 'S', m, n, a1, lda, s1, u1, ldu, v1, ldvt, sb1);
                int r2 = ((gesvd_t)sym(ref, name))(layout, 'S', 'S', m, n, a2, lda, s2, u2, ldu, v2, ldvt, sb2);
                snprintf(what, sizeof what, "%s layout=%d m=%d n=%d", name, layout, m, n);
                cmpi(what, r1, r2);
                cmp(what, s1, s2, mn, 1e-12);
                /* On success superb holds whatever the last sweep left (unspecified): only that it is written. */
                for (int i = 0; i < mn - 1; i++) sb1[i] = sb1[i] != -9.0, sb2[i] = sb2[i] != -9.0;
                cmp(what, sb1, sb2, mn > 0 ? mn - 1 : 0, 0.0);
                if (m == n) {
                    spd(n, cplx, a1);
                    memcpy(a2, a1, sizeof a1);
                    snprintf(name, sizeof name, "LAPACKE_%cpotrf2", p);
                    r1 = ((potrf_t)sym(ours, name))(layout, 'U', n, a1, lda);
                    r2 = ((potrf_t)sym(ref, name))(layout, 'U', n, a2, lda);
                    snprintf(what, sizeof what, "%s layout=%d n=%d", name, layout, n);
                    cmpi(what, r1, r2);
                    cmp(what, a1, a2, w * n * n, 1e-12);
                    /* Hessenberg and band NaN checks: a NaN below the subdiagonal does not count. */
                    if (n >= 3) {
                        a1[layout == COL ? w * 2 : w * 2 * n] = NAN;
                        snprintf(name, sizeof name, "LAPACKE_%chs_nancheck", p);
                        cmpi(name, ((hsnan_t)sym(ours, name))(layout, n, a1, n), ((hsnan_t)sym(ref, name))(layout, n, a1, n));
                        snprintf(name, sizeof name, "LAPACKE_%cpb_nancheck", p);
                        for (int kd = 0; kd < 3; kd++)
                            for (int up = 0; up < 2; up++) {
                                int ld = layout == COL ? kd + 1 : n;
                                int l1 = ((pbnan_t)sym(ours, name))(layout, up ? 'U' : 'L', n, kd, a1, ld);
                                int l2 = ((pbnan_t)sym(ref, name))(layout, up ? 'U' : 'L', n, kd, a1, ld);
                                snprintf(what, sizeof what, "%s layout=%d kd=%d", name, layout, kd);
                                cmpi(what, l1, l2);
                            }
                    }
                }
            }
}

/* Aasen's two-stage family (?sysv_aa_2stage, ?sytrf_aa_2stage then
 * ?sytrs_aa_2stage, and their he twins): the return codes and the solutions
 * (the factors are compared by the reference test programs; the band
 * factorization's pivots may differ). */
typedef int (*sysv2_t)(int, char, int, int, double *, int, double *, int, int *, int *, double *, int);
typedef int (*sytrf2_t)(int, char, int, double *, int, double *, int, int *, int *);
typedef int (*sytrs2_t)(int, char, int, int, const double *, int, const double *, int, const int *, const int *, double *, int);
#define LTB (4 * 200 * MAXN)

static void aa_2stage_cases(char p, int cplx, const char *s) {
    int w = cplx ? 2 : 1;
    char name[64], what[160];
    static double tb1[2 * LTB], tb2[2 * LTB];
    /* The reference's high-level ?sysv_aa_2stage NaN-checks TB as a 4N x 1
     * matrix with leading dimension LTB, which row-major reads far past TB:
     * its NaN checks are off here (ours checks A and B only). */
    typedef void (*setnan_t)(int);
    ((setnan_t)sym(ref, "LAPACKE_set_nancheck"))(0);
    for (int layout = ROW; layout <= COL; layout++)
        for (int upper = 0; upper < 2; upper++)
            for (int n = 0; n <= MAXN; n += (n < 3 ? 1 : 3)) {
                char ul = upper ? 'U' : 'L';
                double a[BIG], a1[BIG], a2[BIG], b[BIG], b1[BIG], b2[BIG], bs[BIG];
                int ip1[MAXN], ip2[MAXN], iq1[MAXN], iq2[MAXN];
                int nrhs = 2, lda = n > 0 ? n : 1, ldb = layout == ROW ? nrhs : lda;
                /* Indefinite: the positive definite matrix less a multiple of I. */
                spd(n, cplx, a);
                for (int i = 0; i < n; i++) a[w * (i + i * n)] -= n + 1.5;
                for (int i = 0; i < w * n * nrhs; i++) b[i] = rnd();
                memcpy(a1, a, sizeof a);
                memcpy(a2, a, sizeof a);
                memcpy(b1, b, sizeof b);
                memcpy(b2, b, sizeof b);
                snprintf(name, sizeof name, "LAPACKE_%c%ssv_aa_2stage", p, s);
                int r1 = ((sysv2_t)sym(ours, name))(layout, ul, n, nrhs, a1, lda, tb1, LTB, ip1, iq1, b1, ldb);
                int r2 = ((sysv2_t)sym(ref, name))(layout, ul, n, nrhs, a2, lda, tb2, LTB, ip2, iq2, b2, ldb);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                cmp(what, b1, b2, w * n * nrhs, 1e-9);
                memcpy(bs, b2, sizeof b2);
                memcpy(a1, a, sizeof a);
                memcpy(a2, a, sizeof a);
                memcpy(b1, b, sizeof b);
                memcpy(b2, b, sizeof b);
                snprintf(name, sizeof name, "LAPACKE_%c%strf_aa_2stage", p, s);
                r1 = ((sytrf2_t)sym(ours, name))(layout, ul, n, a1, lda, tb1, LTB, ip1, iq1);
                r2 = ((sytrf2_t)sym(ref, name))(layout, ul, n, a2, lda, tb2, LTB, ip2, iq2);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                snprintf(name, sizeof name, "LAPACKE_%c%strs_aa_2stage", p, s);
                r1 = ((sytrs2_t)sym(ours, name))(layout, ul, n, nrhs, a1, lda, tb1, LTB, ip1, iq1, b1, ldb);
                r2 = ((sytrs2_t)sym(ref, name))(layout, ul, n, nrhs, a2, lda, tb2, LTB, ip2, iq2, b2, ldb);
                snprintf(what, sizeof what, "%s layout=%d uplo=%c n=%d", name, layout, ul, n);
                cmpi(what, r1, r2);
                /* The reference's row-major ?sytrs_aa_2stage (3.11) returns NaN:
                 * there ours is held to the reference's ?sysv_aa_2stage solution. */
                cmp(what, b1, layout == ROW ? bs : b2, w * n * nrhs, 1e-9);
            }
    ((setnan_t)sym(ref, "LAPACKE_set_nancheck"))(1);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s FERROBLAS_SO REFERENCE_LAPACKE_SO\n", argv[0]);
        return 2;
    }
    ours = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    ref = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
    if (!ours || !ref) {
        printf("FAIL cannot open: %s\n", dlerror());
        return 1;
    }
    packed_cases('d', 0);
    packed_cases('z', 1);
    dense_cases('d', 0);
    dense_cases('z', 1);
    aa_2stage_cases('d', 0, "sy");
    aa_2stage_cases('z', 1, "sy");
    aa_2stage_cases('z', 1, "he");
    printf("lapacke_storage: %d comparisons, %d failures\n", cases, failures);
    return failures != 0;
}
