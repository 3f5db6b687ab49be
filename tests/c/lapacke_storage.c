/* LAPACKE's packed and RFP storage, the `also` twins and the extra outputs,
 * the routines whose LAPACKE forms have their own rules (laswp, geqr/gemqr,
 * trsyl3, the CS decomposition's TRANS for row-major) and the utilities,
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
 * high-level forms (their workspace query) and the solutions. Also the
 * Fortran ?lasd2 / ?lasd3 and zgejsv's workspace query against Debian's
 * netlib liblapack.so.3, and LAPACKE ?gesvj with JOBU = 'C'. Prints one
 * line per failure and a summary; exit status 1 if any case failed.
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

/* ---- LAPACKE additions: laswp, geqr/gelq with gemqr/gemlq, geqpf, trsyl3,
 * lacn2, the tz utilities, and the CS decomposition (orcsd/uncsd, 2by1,
 * bbcsd, orbdb), each in both layouts on the same inputs. */
typedef int (*laswp_t)(int, int, void *, int, int, int, const int *, int);
typedef int (*geqr_t)(int, int, int, void *, int, void *, int);
typedef int (*gemqr_t)(int, char, char, int, int, int, const void *, int, const void *, int, void *, int);
typedef int (*geqpf_t)(int, int, int, void *, int, int *, void *);
typedef int (*trsyl3_t)(int, char, char, int, int, int, const void *, int, const void *, int, void *, int, double *);
typedef int (*trsyl3w_t)(int, char, char, int, int, int, const void *, int, const void *, int, void *, int, double *, int *, int, double *, int);
typedef int (*lacn2_t)(int, void *, void *, double *, int *, int *);
typedef void (*tztrans_t)(int, char, char, char, int, int, const void *, int, void *, int);
typedef int (*tznan_t)(int, char, char, char, int, int, const void *, int);
typedef int (*geqrf_t)(int, int, int, void *, int, void *);
typedef int (*orgqr_t)(int, int, int, int, void *, int, const void *);
typedef int (*csd2_t)(int, char, char, char, int, int, int, void *, int, void *, int, double *, void *, int, void *, int, void *, int);
typedef int (*csd_t)(int, char, char, char, char, char, char, int, int, int, void *, int, void *, int, void *, int, void *, int, double *, void *, int, void *, int, void *, int, void *, int);
typedef int (*bbcsd_t)(int, char, char, char, char, char, int, int, int, double *, double *, void *, int, void *, int, void *, int, void *, int, double *, double *, double *, double *, double *, double *, double *, double *);
typedef int (*orbdb_t)(int, char, char, int, int, int, void *, int, void *, int, void *, int, void *, int, double *, double *, void *, void *, void *, void *);

#define CALL2(T, NAME, ...) \
    (snprintf(name, sizeof name, "LAPACKE_%c%s", p, NAME), r1 = ((T)sym(ours, name))(__VA_ARGS__))
#define CALLR(T, ...) (r2 = ((T)sym(ref, name))(__VA_ARGS__))

/* A random m x n matrix with orthonormal columns (m >= n), column-major, by the reference's QR. */
static void orthonormal(char p, int cplx, int m, int n, double *q) {
    int w = cplx ? 2 : 1;
    double tau[2 * MAXN * 2];
    char name[64];
    for (int i = 0; i < w * m * n; i++) q[i] = rnd();
    snprintf(name, sizeof name, "LAPACKE_%cgeqrf", p);
    ((geqrf_t)sym(ref, name))(COL, m, n, q, m, tau);
    snprintf(name, sizeof name, "LAPACKE_%c%sgqr", p, cplx ? "un" : "or");
    ((orgqr_t)sym(ref, name))(COL, m, n, n, q, m, tau);
}

/* Copies block (r0.., c0..) of a column-major m-row matrix into layout with leading dimension ld. */
static void block(int layout, int cplx, const double *x, int m, int r0, int c0, int rows, int cols, double *out, int ld) {
    int w = cplx ? 2 : 1;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            memcpy(out + w * (layout == COL ? i + j * ld : i * ld + j), x + w * (r0 + i + (c0 + j) * m), w * sizeof(double));
}

static void more_cases(char p, int cplx) {
    int w = cplx ? 2 : 1;
    char name[64], what[200];
    int r1, r2;
    double a[BIG], a1[BIG], a2[BIG], t1[BIG], t2[BIG], c1[BIG], c2[BIG], b[BIG];
    for (int layout = ROW; layout <= COL; layout++) {
        /* laswp: forward and backward, and the _work form. */
        for (int incx = -1; incx <= 1; incx += 2) {
            int m = 6, n = 4, ipiv[4] = {3, 6, 3, 5}, lda = layout == ROW ? n : m;
            for (int i = 0; i < w * m * n; i++) a1[i] = a2[i] = rnd();
            CALL2(laswp_t, "laswp", layout, n, a1, lda, 1, 4, ipiv, incx);
            CALLR(laswp_t, layout, n, a2, lda, 1, 4, ipiv, incx);
            snprintf(what, sizeof what, "%s layout=%d incx=%d", name, layout, incx);
            cmpi(what, r1, r2);
            cmp(what, a1, a2, w * m * n, 0.0);
            CALL2(laswp_t, "laswp_work", layout, n, a1, lda, 2, 3, ipiv, incx);
            CALLR(laswp_t, layout, n, a2, lda, 2, 3, ipiv, incx);
            snprintf(what, sizeof what, "%s layout=%d incx=%d", name, layout, incx);
            cmpi(what, r1, r2);
            cmp(what, a1, a2, w * m * n, 0.0);
        }
        /* geqr then gemqr (Q and Q^H from each side), gelq then gemlq (left). */
        for (int qr = 0; qr < 2; qr++)
            for (int sz = 0; sz < 3; sz++) {
                int m = qr ? (int[]){7, 3, 9}[sz] : (int[]){3, 3, 2}[sz];
                int n = qr ? (int[]){3, 3, 2}[sz] : (int[]){7, 3, 9}[sz];
                int lda = layout == ROW ? n : m, k = m < n ? m : n;
                for (int i = 0; i < w * m * n; i++) a[i] = a1[i] = a2[i] = rnd();
                const char *f = qr ? "geqr" : "gelq";
                /* TSIZE = -1: only T(1) (the size) and the block sizes. */
                CALL2(geqr_t, f, layout, m, n, a1, lda, t1, -1);
                CALLR(geqr_t, layout, m, n, a2, lda, t2, -1);
                snprintf(what, sizeof what, "%s query layout=%d m=%d n=%d", name, layout, m, n);
                cmpi(what, r1, r2);
                cmp(what, t1, t2, 1, 0.0);
                cmp(what, a1, a2, w * m * n, 0.0);
                int tsize = (int)t2[0];
                if (tsize > BIG / w) continue;
                CALL2(geqr_t, f, layout, m, n, a1, lda, t1, tsize);
                CALLR(geqr_t, layout, m, n, a2, lda, t2, tsize);
                snprintf(what, sizeof what, "%s layout=%d m=%d n=%d", name, layout, m, n);
                cmpi(what, r1, r2);
                cmp(what, a1, a2, w * m * n, TOL);
                /* Apply Q (and Q^H) to C, each library with its own factors. */
                for (int side = 0; side < (qr ? 2 : 1); side++)
                    for (int tr = 0; tr < 2; tr++) {
                        int cm = side == 0 ? (qr ? m : n) : 4, cn = side == 0 ? 3 : m;
                        int ldc = layout == ROW ? cn : cm;
                        char tc = tr ? (cplx ? 'C' : 'T') : 'N', sc = side ? 'R' : 'L';
                        for (int i = 0; i < w * cm * cn; i++) c1[i] = c2[i] = rnd();
                        CALL2(gemqr_t, qr ? "gemqr" : "gemlq", layout, sc, tc, cm, cn, k, a1, lda, t1, tsize, c1, ldc);
                        /* The reference's own high-level form allocates what its
                         * ?gemqr answers to a query, which is too little for the
                         * blocked path it then takes (OpenBLAS 0.3.21's LAPACK
                         * writes past it): the reference's _work with room to spare. */
                        typedef int (*gemqrw_t)(int, char, char, int, int, int, const void *, int, const void *, int, void *, int, void *, int);
                        double wk[2 * BIG];
                        snprintf(name, sizeof name, "LAPACKE_%c%s_work", p, qr ? "gemqr" : "gemlq");
                        r2 = ((gemqrw_t)sym(ref, name))(layout, sc, tc, cm, cn, k, a2, lda, t2, tsize, c2, ldc, wk, BIG);
                        snprintf(what, sizeof what, "%s layout=%d side=%c trans=%c m=%d n=%d k=%d", name, layout, sc, tc, cm, cn, k);
                        cmpi(what, r1, r2);
                        cmp(what, c1, c2, w * cm * cn, 1e-10);
                    }
            }
        /* geqpf: the factor, the pivots and tau. */
        {
            int m = 6, n = 4, lda = layout == ROW ? n : m, jp1[4] = {0, 0, 1, 0}, jp2[4] = {0, 0, 1, 0};
            for (int i = 0; i < w * m * n; i++) a1[i] = a2[i] = rnd();
            CALL2(geqpf_t, "geqpf", layout, m, n, a1, lda, jp1, t1);
            CALLR(geqpf_t, layout, m, n, a2, lda, jp2, t2);
            snprintf(what, sizeof what, "%s layout=%d", name, layout);
            cmpi(what, r1, r2);
            cmp(what, a1, a2, w * m * n, 1e-10);
            cmp(what, t1, t2, w * 4, 1e-10);
            for (int j = 0; j < n; j++) cmpi(what, jp1[j], jp2[j]);
        }
        /* trsyl3: high level, and the _work form for the real types. */
        for (int sz = 0; sz < 3; sz++) {
            int m = (int[]){0, 4, 9}[sz], n = (int[]){2, 3, 5}[sz];
            int lda = m > 0 ? m : 1, ldb = n, ldc = layout == ROW ? n : (m > 0 ? m : 1);
            double *A = a, *B = b;
            for (int i = 0; i < w * BIG / 2; i++) A[i] = B[i] = 0.0;
            for (int j = 0; j < m; j++)
                for (int i = 0; i <= j; i++)
                    for (int c = 0; c < w; c++) A[w * (layout == COL ? i + j * lda : i * lda + j) + c] = rnd() + (i == j && c == 0 ? 3.0 : 0.0);
            for (int j = 0; j < n; j++)
                for (int i = 0; i <= j; i++)
                    for (int c = 0; c < w; c++) B[w * (layout == COL ? i + j * ldb : i * ldb + j) + c] = rnd() + (i == j && c == 0 ? 2.0 : 0.0);
            for (int i = 0; i < w * m * n; i++) c1[i] = c2[i] = rnd();
            double s1 = 0, s2 = 0;
            if (cplx) {
                CALL2(trsyl3_t, "trsyl3", layout, 'N', 'C', 1, m, n, A, lda, B, ldb, c1, ldc, &s1);
                CALLR(trsyl3_t, layout, 'N', 'C', 1, m, n, A, lda, B, ldb, c2, ldc, &s2);
            } else {
                CALL2(trsyl3_t, "trsyl3", layout, 'T', 'N', -1, m, n, A, lda, B, ldb, c1, ldc, &s1);
                CALLR(trsyl3_t, layout, 'T', 'N', -1, m, n, A, lda, B, ldb, c2, ldc, &s2);
                snprintf(what, sizeof what, "%s layout=%d m=%d n=%d", name, layout, m, n);
                cmpi(what, r1, r2);
                cmp(what, &s1, &s2, 1, 0.0);
                cmp(what, c1, c2, w * m * n, 1e-10);
                int iw1[64], iw2[64];
                double sw1[BIG], sw2[BIG];
                CALL2(trsyl3w_t, "trsyl3_work", layout, 'N', 'T', 1, m, n, A, lda, B, ldb, c1, ldc, &s1, iw1, 64, sw1, 16);
                CALLR(trsyl3w_t, layout, 'N', 'T', 1, m, n, A, lda, B, ldb, c2, ldc, &s2, iw2, 64, sw2, 16);
            }
            snprintf(what, sizeof what, "%s layout=%d m=%d n=%d", name, layout, m, n);
            cmpi(what, r1, r2);
            cmp(what, &s1, &s2, 1, 0.0);
            cmp(what, c1, c2, w * m * n, 1e-10);
        }
        /* The tz utilities: every shape, bitwise; the NaN check with one NaN anywhere. */
        for (int m = 0; m <= 5; m++)
            for (int n = 0; n <= 5; n++)
                for (int d = 0; d < 8; d++) {
                    char dr = d & 1 ? 'B' : 'F', ul = d & 2 ? 'U' : 'L', dg = d & 4 ? 'U' : 'N';
                    int ldi = layout == ROW ? n + 1 : m + 1, ldo = layout == ROW ? m + 2 : n + 2;
                    for (int i = 0; i < w * 48; i++) a[i] = rnd(), c1[i] = c2[i] = -5.0;
                    snprintf(name, sizeof name, "LAPACKE_%ctz_trans", p);
                    ((tztrans_t)sym(ours, name))(layout, dr, ul, dg, m, n, a, ldi, c1, ldo);
                    ((tztrans_t)sym(ref, name))(layout, dr, ul, dg, m, n, a, ldi, c2, ldo);
                    snprintf(what, sizeof what, "%s layout=%d %c%c%c m=%d n=%d", name, layout, dr, ul, dg, m, n);
                    cmp(what, c1, c2, w * 48, 0.0);
                    snprintf(name, sizeof name, "LAPACKE_%ctz_nancheck", p);
                    for (int i = 0; i < m; i++)
                        for (int j = 0; j < n; j++) {
                            int off = w * (layout == COL ? i + j * ldi : i * ldi + j);
                            double keep = a[off];
                            a[off] = NAN;
                            int l1 = ((tznan_t)sym(ours, name))(layout, dr, ul, dg, m, n, a, ldi);
                            int l2 = ((tznan_t)sym(ref, name))(layout, dr, ul, dg, m, n, a, ldi);
                            a[off] = keep;
                            snprintf(what, sizeof what, "%s layout=%d %c%c%c m=%d n=%d (%d,%d)", name, layout, dr, ul, dg, m, n, i, j);
                            cmpi(what, l1, l2);
                        }
                }
        /* The CS decomposition of a random orthogonal (unitary) matrix. */
        for (int sz = 0; sz < 3; sz++) {
            int m = (int[]){4, 6, 8}[sz], pp = (int[]){2, 3, 5}[sz], q = (int[]){2, 2, 3}[sz];
            double X[BIG], th1[MAXN], th2[MAXN], u1a[BIG], u1b[BIG], u2a[BIG], u2b[BIG], v1a[BIG], v1b[BIG], v2a[BIG], v2b[BIG];
            orthonormal(p, cplx, m, m, X);
            int ld11 = layout == ROW ? q : pp, ld21 = layout == ROW ? q : m - pp;
            /* 2-by-1: the first q columns. */
            block(layout, cplx, X, m, 0, 0, pp, q, a1, ld11);
            block(layout, cplx, X, m, pp, 0, m - pp, q, c1, ld21);
            memcpy(a2, a1, sizeof a1);
            memcpy(c2, c1, sizeof c1);
            CALL2(csd2_t, cplx ? "uncsd2by1" : "orcsd2by1", layout, 'Y', 'Y', 'Y', m, pp, q, a1, ld11, c1, ld21, th1, u1a, pp, u2a, m - pp, v1a, q);
            CALLR(csd2_t, layout, 'Y', 'Y', 'Y', m, pp, q, a2, ld11, c2, ld21, th2, u1b, pp, u2b, m - pp, v1b, q);
            snprintf(what, sizeof what, "%s layout=%d m=%d p=%d q=%d", name, layout, m, pp, q);
            cmpi(what, r1, r2);
            int r = pp < q ? pp : q;
            if (m - pp < r) r = m - pp;
            if (m - q < r) r = m - q;
            cmp(what, th1, th2, r, 1e-10);
            /* The full CSD, both TRANS; row-major is TRANS = T whatever TRANS says. */
            for (int tr = 0; tr < 2; tr++) {
                char tc = tr ? 'T' : 'N';
                int rowwise = layout == ROW || tr;
                int l11 = rowwise ? q : pp, l12 = rowwise ? m - q : pp, l21 = rowwise ? q : m - pp, l22 = rowwise ? m - q : m - pp;
                double x11a[BIG], x12a[BIG], x21a[BIG], x22a[BIG], x11b[BIG], x12b[BIG], x21b[BIG], x22b[BIG];
                int lay = rowwise ? ROW : COL;
                block(lay, cplx, X, m, 0, 0, pp, q, x11a, l11);
                block(lay, cplx, X, m, 0, q, pp, m - q, x12a, l12);
                block(lay, cplx, X, m, pp, 0, m - pp, q, x21a, l21);
                block(lay, cplx, X, m, pp, q, m - pp, m - q, x22a, l22);
                memcpy(x11b, x11a, sizeof x11a);
                memcpy(x12b, x12a, sizeof x12a);
                memcpy(x21b, x21a, sizeof x21a);
                memcpy(x22b, x22a, sizeof x22a);
                CALL2(csd_t, cplx ? "uncsd" : "orcsd", layout, 'Y', 'Y', 'Y', 'Y', tc, 'D', m, pp, q, x11a, l11, x12a, l12, x21a, l21, x22a, l22, th1, u1a, pp, u2a, m - pp, v1a, q, v2a, m - q);
                CALLR(csd_t, layout, 'Y', 'Y', 'Y', 'Y', tc, 'D', m, pp, q, x11b, l11, x12b, l12, x21b, l21, x22b, l22, th2, u1b, pp, u2b, m - pp, v1b, q, v2b, m - q);
                snprintf(what, sizeof what, "%s layout=%d trans=%c m=%d p=%d q=%d", name, layout, tc, m, pp, q);
                cmpi(what, r1, r2);
                cmp(what, th1, th2, r, 1e-10);
                /* orbdb on the same blocks (Q <= min(P, M-P, M-Q) in these sizes). */
                block(lay, cplx, X, m, 0, 0, pp, q, x11a, l11);
                block(lay, cplx, X, m, 0, q, pp, m - q, x12a, l12);
                block(lay, cplx, X, m, pp, 0, m - pp, q, x21a, l21);
                block(lay, cplx, X, m, pp, q, m - pp, m - q, x22a, l22);
                memcpy(x11b, x11a, sizeof x11a);
                memcpy(x12b, x12a, sizeof x12a);
                memcpy(x21b, x21a, sizeof x21a);
                memcpy(x22b, x22a, sizeof x22a);
                double ph1[MAXN], ph2[MAXN];
                CALL2(orbdb_t, cplx ? "unbdb" : "orbdb", layout, tc, 'D', m, pp, q, x11a, l11, x12a, l12, x21a, l21, x22a, l22, th1, ph1, u1a, u2a, v1a, v2a);
                CALLR(orbdb_t, layout, tc, 'D', m, pp, q, x11b, l11, x12b, l12, x21b, l21, x22b, l22, th2, ph2, u1b, u2b, v1b, v2b);
                snprintf(what, sizeof what, "%s layout=%d trans=%c m=%d p=%d q=%d", name, layout, tc, m, pp, q);
                cmpi(what, r1, r2);
                cmp(what, th1, th2, q, 1e-10);
                cmp(what, ph1, ph2, q - 1, 1e-10);
                /* bbcsd from those angles, identity U's and V's accumulated. */
                double B[8][MAXN], Bb[8][MAXN];
                for (int i = 0; i < w * m * m; i++) u1a[i] = u1b[i] = u2a[i] = u2b[i] = v1a[i] = v1b[i] = v2a[i] = v2b[i] = 0.0;
                for (int i = 0; i < m; i++) u1a[w * i * (pp + 1)] = u1b[w * i * (pp + 1)] = u2a[w * i * (m - pp + 1)] = u2b[w * i * (m - pp + 1)] = 1.0;
                for (int i = 0; i < m; i++) v1a[w * i * (q + 1)] = v1b[w * i * (q + 1)] = v2a[w * i * (m - q + 1)] = v2b[w * i * (m - q + 1)] = 1.0;
                memcpy(th2, th1, sizeof th1);
                memcpy(ph2, ph1, sizeof ph1);
                CALL2(bbcsd_t, "bbcsd", layout, 'Y', 'Y', 'Y', 'Y', tc, m, pp, q, th1, ph1, u1a, pp, u2a, m - pp, v1a, q, v2a, m - q, B[0], B[1], B[2], B[3], B[4], B[5], B[6], B[7]);
                CALLR(bbcsd_t, layout, 'Y', 'Y', 'Y', 'Y', tc, m, pp, q, th2, ph2, u1b, pp, u2b, m - pp, v1b, q, v2b, m - q, Bb[0], Bb[1], Bb[2], Bb[3], Bb[4], Bb[5], Bb[6], Bb[7]);
                snprintf(what, sizeof what, "%s layout=%d trans=%c m=%d p=%d q=%d", name, layout, tc, m, pp, q);
                cmpi(what, r1, r2);
                cmp(what, th1, th2, q, 1e-10);
            }
        }
    }
    /* Unit-diagonal RFP: the NaN check leaves out what the reference's does
     * (tf_nancheck and tftri's high-level check), one NaN at each element. */
    for (int layout = ROW; layout <= COL; layout++)
        for (int n = 0; n <= 6; n++)
            for (int t = 0; t < 2; t++)
                for (int up = 0; up < 2; up++) {
                    char tr = t == 0 ? 'N' : (cplx ? 'C' : 'T'), ul = up ? 'U' : 'L';
                    int np = n * (n + 1) / 2;
                    for (int e = 0; e < np; e++) {
                        for (int i = 0; i < w * np; i++) a1[i] = a2[i] = rnd();
                        a1[w * e] = a2[w * e] = NAN;
                        snprintf(name, sizeof name, "LAPACKE_%ctf_nancheck", p);
                        int l1 = ((int (*)(int, char, char, char, int, const void *))sym(ours, name))(layout, tr, ul, 'U', n, a1);
                        int l2 = ((int (*)(int, char, char, char, int, const void *))sym(ref, name))(layout, tr, ul, 'U', n, a1);
                        snprintf(what, sizeof what, "%s layout=%d transr=%c uplo=%c n=%d element %d", name, layout, tr, ul, n, e);
                        cmpi(what, l1, l2);
                        if (l2) {
                            snprintf(name, sizeof name, "LAPACKE_%ctftri", p);
                            typedef int (*tftri_t)(int, char, char, char, int, void *);
                            r1 = ((tftri_t)sym(ours, name))(layout, tr, ul, 'U', n, a1);
                            r2 = ((tftri_t)sym(ref, name))(layout, tr, ul, 'U', n, a2);
                            snprintf(what, sizeof what, "%s NaN layout=%d transr=%c uplo=%c n=%d element %d", name, layout, tr, ul, n, e);
                            cmpi(what, r1, r2);
                        }
                    }
                }
    /* Packed expert drivers: AFP is checked for NaN only when FACT = F. */
    for (int layout = ROW; layout <= COL; layout++) {
        int n = 4, nrhs = 2, np = 10, ldb = layout == ROW ? nrhs : n, ip1[4], ip2[4];
        double ap[BIG], s1[8], s2[8], x1[BIG], x2[BIG], rc1, rc2, fe1[4], fe2[4], be1[4], be2[4];
        char eq1 = 'N', eq2 = 'N';
        spd(n, cplx, a);
        pack(layout, 1, n, cplx, a, ap);
        for (int i = 0; i < w * n * nrhs; i++) b[i] = rnd();
        for (int i = 0; i < w * np; i++) a1[i] = a2[i] = NAN;
        for (int i = 0; i < n; i++) s1[i] = s2[i] = NAN;
        memcpy(c1, b, sizeof b);
        memcpy(c2, b, sizeof b);
        snprintf(name, sizeof name, "LAPACKE_%cppsvx", p);
        typedef int (*ppsvx_t)(int, char, char, int, int, void *, void *, char *, double *, void *, int, void *, int, double *, double *, double *);
        memcpy(t1, ap, sizeof ap);
        memcpy(t2, ap, sizeof ap);
        r1 = ((ppsvx_t)sym(ours, name))(layout, 'N', 'U', n, nrhs, t1, a1, &eq1, s1, c1, ldb, x1, ldb, &rc1, fe1, be1);
        r2 = ((ppsvx_t)sym(ref, name))(layout, 'N', 'U', n, nrhs, t2, a2, &eq2, s2, c2, ldb, x2, ldb, &rc2, fe2, be2);
        snprintf(what, sizeof what, "%s NaN AFP, FACT=N layout=%d", name, layout);
        cmpi(what, r1, r2);
        cmp(what, x1, x2, w * n * nrhs, 1e-10);
        for (int i = 0; i < w * np; i++) a1[i] = a2[i] = NAN;
        snprintf(name, sizeof name, "LAPACKE_%c%ssvx", p, cplx ? "hp" : "sp");
        typedef int (*spsvx_t)(int, char, char, int, int, const void *, void *, int *, const void *, int, void *, int, double *, double *, double *);
        r1 = ((spsvx_t)sym(ours, name))(layout, 'N', 'U', n, nrhs, ap, a1, ip1, b, ldb, x1, ldb, &rc1, fe1, be1);
        r2 = ((spsvx_t)sym(ref, name))(layout, 'N', 'U', n, nrhs, ap, a2, ip2, b, ldb, x2, ldb, &rc2, fe2, be2);
        snprintf(what, sizeof what, "%s NaN AFP, FACT=N layout=%d", name, layout);
        cmpi(what, r1, r2);
        cmp(what, x1, x2, w * n * nrhs, 1e-10);
    }
    /* lacn2 (complex; the real one has been there): the estimate of |A|_1 for a fixed A. */
    if (cplx) {
        int n = 5, kase = 0, isave[3] = {0, 0, 0};
        double A[2 * 25], v[2][10], x[2][10], est[2] = {0, 0};
        for (int i = 0; i < 50; i++) A[i] = rnd();
        for (int lib = 0; lib < 2; lib++) {
            snprintf(name, sizeof name, "LAPACKE_%clacn2", p);
            lacn2_t f = (lacn2_t)sym(lib ? ref : ours, name);
            kase = 0;
            for (int it = 0; it < 20; it++) {
                f(n, v[lib], x[lib], &est[lib], &kase, isave);
                if (kase == 0) break;
                double complex y[5];
                const double complex *Ac = (const double complex *)A;
                double complex *xc = (double complex *)x[lib];
                for (int i = 0; i < n; i++) {
                    y[i] = 0;
                    for (int j = 0; j < n; j++) y[i] += kase == 1 ? Ac[i + j * n] * xc[j] : conj(Ac[j + i * n]) * xc[j];
                }
                memcpy(xc, y, sizeof y);
            }
        }
        cmp("LAPACKE_zlacn2 estimate", &est[0], &est[1], 1, 1e-12);
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

/* Debian's netlib LAPACK by its own path (lapack_abi.rs's REFERENCE_LAPACK):
 * the Fortran auxiliaries (?lasd2, ?lasd3) and queries (?gejsv) compared
 * below are not LAPACKE functions. */
static void *reflapack;

/* An orthogonal n x n block at q (ld ld): the identity turned by random plane rotations. */
static void orth_block(int n, double *q, int ld) {
    for (int j = 0; j < n; j++)
        for (int i = 0; i < n; i++) q[i + j * ld] = i == j;
    for (int r = 0; r < 3 * n && n > 1; r++) {
        int a = (int)((rnd() + 0.5) * n) % n, b = (a + 1 + (int)((rnd() + 0.5) * (n - 1)) % (n - 1)) % n;
        double t = 6.283185307179586 * rnd(), c = cos(t), s = sin(t);
        for (int i = 0; i < n; i++) {
            double x = q[i + a * ld], y = q[i + b * ld];
            q[i + a * ld] = c * x + s * y;
            q[i + b * ld] = c * y - s * x;
        }
    }
}

typedef void (*lasd2_t)(const int *, const int *, const int *, int *, double *, double *, const double *,
                        const double *, double *, const int *, double *, const int *, double *, double *,
                        const int *, double *, const int *, int *, int *, int *, int *, int *, int *);
typedef void (*lasd3_t)(const int *, const int *, const int *, const int *, double *, double *, const int *,
                        double *, double *, const int *, double *, const int *, double *, const int *, double *,
                        const int *, const int *, const int *, double *, int *);

/* dlasd2 then dlasd3 on the same merges, ours and the reference's: two halves
 * with repeated values across them (deflation by rotation, dense columns),
 * orthogonal or identity vectors (identity: tiny z), SQRE 0 and 1. Every
 * output compared; lasd3 runs on the reference's lasd2 output. */
static void lasd23_cases(void) {
    enum { SDN = 24 };
    static const int sizes[][2] = {{1, 1}, {1, 2}, {2, 1}, {3, 4}, {6, 5}, {10, 11}};
    for (unsigned c = 0; c < sizeof sizes / sizeof sizes[0]; c++)
        for (int sqre = 0; sqre <= 1; sqre++)
            for (int ident = 0; ident < 3; ident++) {
                int nl = sizes[c][0], nr = sizes[c][1], n = nl + nr + 1, m = n + sqre;
                int ldu = n + 1, ldvt = m + 1, ldu2 = n + 2, ldvt2 = m + 2;
                double d[SDN], u[SDN * SDN], vt[SDN * SDN];
                int idxq[SDN];
                memset(u, 0, sizeof u);
                memset(vt, 0, sizeof vt);
                double vals[] = {0.25, 1.0, 1.0, 2.0, 0.5};
                for (int i = 0; i < nl; i++) d[i] = vals[i % 5] + (i >= 5 ? 0.1 * i : 0.0);
                for (int i = 0; i < nr; i++) d[nl + 1 + i] = vals[(i + 1) % 5] + (i >= 5 ? 0.1 * i : 0.0);
                d[nl] = 0.0;
                for (int h = 0; h < 2; h++) {
                    int lo = h ? nl + 1 : 0, rows = h ? nr : nl, cols = h ? m - nl - 1 : nl + 1;
                    int id = ident == 1 + h; /* one half's vectors the identity */
                    orth_block(rows, u + lo + lo * ldu, ldu);
                    if (id)
                        for (int j = 0; j < cols; j++)
                            for (int i = 0; i < cols; i++) vt[lo + i + (lo + j) * ldvt] = i == j;
                    else
                        orth_block(cols, vt + lo + lo * ldvt, ldvt);
                    /* each half's ascending order, 1-based within the half */
                    for (int i = 0; i < rows; i++) idxq[lo + i] = i + 1;
                    for (int i = 0; i < rows; i++)
                        for (int j = i + 1; j < rows; j++)
                            if (d[lo + idxq[lo + j] - 1] < d[lo + idxq[lo + i] - 1]) {
                                int t = idxq[lo + i];
                                idxq[lo + i] = idxq[lo + j];
                                idxq[lo + j] = t;
                            }
                }
                idxq[nl] = 77;
                double alpha = 0.5 + rnd(), beta = ident == 0 ? rnd() : 0.75;
                /* [0] ours, [1] the reference's */
                double D[2][SDN], Z[2][SDN], U[2][SDN * SDN], VT[2][SDN * SDN], DS[2][SDN];
                double U2[2][SDN * SDN], VT2[2][SDN * SDN];
                int K[2], IDXP[2][SDN], IDX[2][SDN], IDXC[2][SDN], IQ[2][SDN], CT[2][SDN], info[2];
                for (int w = 0; w < 2; w++) {
                    memcpy(D[w], d, sizeof d);
                    memcpy(U[w], u, sizeof u);
                    memcpy(VT[w], vt, sizeof vt);
                    memcpy(IQ[w], idxq, sizeof idxq);
                    for (int i = 0; i < SDN; i++) {
                        Z[w][i] = DS[w][i] = 9.0;
                        IDXP[w][i] = IDX[w][i] = IDXC[w][i] = CT[w][i] = -5;
                    }
                    for (int i = 0; i < SDN * SDN; i++) U2[w][i] = VT2[w][i] = 9.0;
                    ((lasd2_t)sym(w ? reflapack : ours, "dlasd2_"))(&nl, &nr, &sqre, &K[w], D[w], Z[w], &alpha, &beta,
                                                                   U[w], &ldu, VT[w], &ldvt, DS[w], U2[w], &ldu2,
                                                                   VT2[w], &ldvt2, IDXP[w], IDX[w], IDXC[w], IQ[w],
                                                                   CT[w], &info[w]);
                }
                char what[96];
                snprintf(what, sizeof what, "dlasd2 nl=%d nr=%d sqre=%d ident=%d", nl, nr, sqre, ident);
                cmpi(what, info[0], info[1]);
                cmpi(what, K[0], K[1]);
                if (K[0] != K[1]) continue;
                for (int i = 0; i < n; i++) {
                    cmpi(what, IDXP[0][i], IDXP[1][i]);
                    cmpi(what, IDX[0][i], IDX[1][i]);
                    cmpi(what, IDXC[0][i], IDXC[1][i]);
                    cmpi(what, IQ[0][i], IQ[1][i]);
                    cmpi(what, CT[0][i], CT[1][i]);
                }
                cmp(what, D[0], D[1], n, TOL);
                cmp(what, Z[0], Z[1], m, TOL);
                cmp(what, DS[0], DS[1], n, TOL);
                cmp(what, U[0], U[1], ldu * n, TOL);
                cmp(what, VT[0], VT[1], ldvt * m, TOL);
                cmp(what, U2[0], U2[1], ldu2 * n, TOL);
                cmp(what, VT2[0], VT2[1], ldvt2 * m, TOL);

                /* lasd3 on the reference's lasd2 output */
                int k = K[1], ldq = k + 1, ctot[4] = {CT[1][0], CT[1][1], CT[1][2], CT[1][3]};
                double D3[2][SDN], Q[2][SDN * SDN], U3[2][SDN * SDN], VT3[2][SDN * SDN], V23[2][SDN * SDN];
                double Z3[2][SDN];
                for (int w = 0; w < 2; w++) {
                    memcpy(D3[w], D[1], sizeof D[1]);
                    memcpy(U3[w], U[1], sizeof U[1]);
                    memcpy(VT3[w], VT[1], sizeof VT[1]);
                    memcpy(V23[w], VT2[1], sizeof VT2[1]);
                    memcpy(Z3[w], Z[1], sizeof Z[1]);
                    for (int i = 0; i < SDN * SDN; i++) Q[w][i] = 0.0;
                    ((lasd3_t)sym(w ? reflapack : ours, "dlasd3_"))(&nl, &nr, &sqre, &k, D3[w], Q[w], &ldq, DS[1],
                                                                   U3[w], &ldu, U2[1], &ldu2, VT3[w], &ldvt, V23[w],
                                                                   &ldvt2, IDXC[1], ctot, Z3[w], &info[w]);
                }
                snprintf(what, sizeof what, "dlasd3 nl=%d nr=%d sqre=%d ident=%d k=%d", nl, nr, sqre, ident, k);
                cmpi(what, info[0], info[1]);
                cmp(what, D3[0], D3[1], n, TOL);
                cmp(what, U3[0], U3[1], ldu * n, TOL);
                cmp(what, VT3[0], VT3[1], ldvt * m, TOL);
                cmp(what, V23[0], V23[1], ldvt2 * m, TOL);
                cmp(what, Q[0], Q[1], ldq * k, TOL);
                cmp(what, Z3[0], Z3[1], k, TOL);
            }
}

typedef void (*zgejsv_t)(const char *, const char *, const char *, const char *, const char *, const char *,
                         const int *, const int *, double complex *, const int *, double *, double complex *,
                         const int *, double complex *, const int *, double complex *, const int *, double *,
                         const int *, int *, int *, size_t, size_t, size_t, size_t, size_t, size_t);

/* zgejsv's workspace query (LWORK = -1 or LRWORK = -1): CWORK(2) the minimal
 * LWORK, RWORK(1) the minimal LRWORK, IWORK(1) the IWORK length as the
 * reference's; CWORK(1) (the optimal LWORK, ours sized for our own
 * algorithm) at least the minimum. */
static void gejsv_query_cases(void) {
    static const char *jobs[] = {"CUVNNN", "ENNNNN", "FUNNNN", "GNVNNN", "CFJNNN", "ANVNTN", "RUVNTN"};
    for (unsigned j = 0; j < sizeof jobs / sizeof jobs[0]; j++)
        for (int q = 0; q < 3; q++) {
            const char *o = jobs[j];
            int m = 7, n = o[4] == 'T' ? 7 : 5, lda = m, ldu = m, ldv = n;
            int lwork = q == 1 ? 1000 : -1, lrwork = q == 0 ? 1000 : -1;
            double complex a[64], uu[64], vv[64], cw[2][4];
            double sva[8], rw[2][4];
            int iw[2][4], info[2];
            for (int w = 0; w < 2; w++) {
                for (int i = 0; i < 4; i++) cw[w][i] = rw[w][i] = iw[w][i] = -3;
                ((zgejsv_t)sym(w ? reflapack : ours, "zgejsv_"))(&o[0], &o[1], &o[2], &o[3], &o[4], &o[5], &m, &n, a,
                                                                &lda, sva, uu, &ldu, vv, &ldv, cw[w], &lwork, rw[w],
                                                                &lrwork, iw[w], &info[w], 1, 1, 1, 1, 1, 1);
            }
            char what[64];
            snprintf(what, sizeof what, "zgejsv query %s lwork=%d lrwork=%d", o, lwork, lrwork);
            cmpi(what, info[0], info[1]);
            cmpi(what, (long)creal(cw[0][1]), (long)creal(cw[1][1]));
            cmpi(what, (long)rw[0][0], (long)rw[1][0]);
            cmpi(what, iw[0][0], iw[1][0]);
            cmpi(what, creal(cw[0][0]) >= creal(cw[0][1]), 1);
        }
}

typedef int (*gesvj_t)(int, char, char, char, int, int, double *, int, double *, int, double *, int, double *);
typedef int (*zgesvj_t)(int, char, char, char, int, int, double complex *, int, double *, int, double complex *,
                        int, double *);

/* LAPACKE ?gesvj with JOBU = 'C': stat[0] is CTOL, which the high level
 * hands to the routine in WORK(1) (RWORK(1)); both layouts. */
static void gesvj_ctol_cases(void) {
    int m = 6, n = 4;
    for (int layout = ROW; layout <= COL; layout++)
        for (int cplx = 0; cplx <= 1; cplx++) {
            double a0[2 * 6 * 4], a[2][2 * 6 * 4], sva[2][4], v[2][2 * 16], stat[2][6];
            for (int i = 0; i < 2 * m * n; i++) a0[i] = rnd();
            int r[2];
            for (int w = 0; w < 2; w++) {
                memcpy(a[w], a0, sizeof a0);
                for (int i = 0; i < 6; i++) stat[w][i] = 0.0;
                stat[w][0] = 8.0; /* CTOL >= 1 */
                void *lib = w ? ref : ours;
                if (cplx)
                    r[w] = ((zgesvj_t)sym(lib, "LAPACKE_zgesvj"))(layout, 'G', 'C', 'N', m, n, (double complex *)a[w],
                                                                  layout == COL ? m : n, sva[w], 0,
                                                                  (double complex *)v[w], n, stat[w]);
                else
                    r[w] = ((gesvj_t)sym(lib, "LAPACKE_dgesvj"))(layout, 'G', 'C', 'N', m, n, a[w],
                                                                 layout == COL ? m : n, sva[w], 0, v[w], n, stat[w]);
            }
            char what[64];
            snprintf(what, sizeof what, "LAPACKE_%cgesvj jobu=C layout=%d", cplx ? 'z' : 'd', layout);
            cmpi(what, r[0], r[1]);
            cmp(what, sva[0], sva[1], n, TOL);
        }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s FERROBLAS_SO REFERENCE_LAPACKE_SO\n", argv[0]);
        return 2;
    }
    ours = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    ref = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
    reflapack = dlopen("/usr/lib/x86_64-linux-gnu/lapack/liblapack.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!ours || !ref || !reflapack) {
        printf("FAIL cannot open: %s\n", dlerror());
        return 1;
    }
    packed_cases('d', 0);
    packed_cases('z', 1);
    dense_cases('d', 0);
    dense_cases('z', 1);
    more_cases('d', 0);
    more_cases('z', 1);
    aa_2stage_cases('d', 0, "sy");
    aa_2stage_cases('z', 1, "sy");
    aa_2stage_cases('z', 1, "he");
    lasd23_cases();
    gejsv_query_cases();
    gesvj_ctol_cases();
    printf("lapacke_storage: %d comparisons, %d failures\n", cases, failures);
    return failures != 0;
}
