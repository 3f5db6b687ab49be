/*
 * Bad arguments from C (issue 6, item 6), run by `cargo xtask reliability`.
 *
 * Level 2 and 3, Fortran ABI: every routine the reference BLAS checks, in
 * every precision it defines, is called once for each argument the reference
 * validates (option letters, dimensions < 0, leading dimensions one short of
 * the least valid value and smaller, increments = 0, band widths < 0), with
 * that one argument bad and all others valid, for every combination of valid
 * options. Expected: our `xerbla_` is called exactly once, with the routine's
 * name and the reference's parameter number, and no array changes. The same
 * for OpenBLAS's complex-symmetric csyr2, cspr2, csbmv (c and z, Fortran
 * only), with OpenBLAS's parameter numbers.
 *
 * Level 2 and 3, CBLAS: the same in both layouts, plus invalid layout values.
 * Expected: our `cblas_xerbla` is called exactly once, with the CBLAS number
 * the reference CBLAS passes: the layout is parameter 1; a column-major call
 * reports the Fortran number + 1; a row-major call reports the number of the
 * transposed Fortran call it makes (+ 1) with RowMajorStrg set, which the
 * reference's handlers map back to the caller's argument (checked too, with
 * the reference's mapping). Option values are checked in C, at the caller's
 * position, in both layouts.
 *
 * Level 1: no reports in the reference; n <= 0 (and for scal, asum, i?amax,
 * i?amin also incx <= 0; axpy with alpha = 0; rotm with flag -2) must return
 * at once, writing and reading nothing, with a zero result (sdsdot: its
 * alpha). nrm2 is the exception: since LAPACK 3.10 it takes any increment
 * (incx = 0 gives sqrt(n) |x_1|), and so must ours.
 *
 * Every array lies in its own page between two PROT_NONE pages, and each
 * case runs three times: arrays flush against the page after them, flush
 * against the page before them, and (for calls that must not touch their
 * arrays at all) with the arrays in PROT_NONE pages themselves. A stray access
 * is a SIGSEGV, reported with the case. Whole pages are compared bit for bit,
 * so a write next to an array shows too. Valid calls (the baseline of every
 * case) run first, end- and start-flush, and must report nothing.
 *
 * Build: cc -O2 -std=c11 -Wall -Wextra -Werror -rdynamic bad_args.c -lferroblas
 * (-rdynamic: ferroblas finds our handlers with dlsym at the time of the error).
 *
 * With -DBAD_ARGS_REFERENCE it builds against the reference BLAS and CBLAS
 * instead (Debian's libblas.so.3 holds both), which is how the numbers here
 * were checked. Our xerbla_ then forwards CBLAS errors as the reference
 * CBLAS's xerbla_ does; ferroblas's extensions, the no-access pass and the
 * cases the reference CBLAS mishandles (see ref_quirk) are left out. What
 * still differs with Debian's 3.11 are bugs of the reference: fixed since
 * (Reference-LAPACK PR 1337: row-major gemm reports a bad TransB as 2;
 * row-major syrk, syr2k, herk and her2k report a bad Uplo as 3 and take
 * ConjTrans, resp. Trans, for complex types), or still there (a missing
 * return: cblas_sgemv column-major with a bad TransA and cblas_ctrmm
 * column-major with a bad Diag, issue 1188, report twice).
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

typedef float _Complex cfloat;
typedef double _Complex cdouble;

/* ------------------------------------------------------------------------ */
/* Precisions: P is s, d, c or z.                                           */

#define T_s float /* element type */
#define T_d double
#define T_c cfloat
#define T_z cdouble
#define R_s float /* its real type */
#define R_d double
#define R_c float
#define R_z double
#define RP_s s /* member of Scalar holding the real type */
#define RP_d d
#define RP_c s
#define RP_z d
#define CS_s float /* a CBLAS scalar parameter */
#define CS_d double
#define CS_c const void *
#define CS_z const void *
#define CA_s float /* a CBLAS array element */
#define CA_d double
#define CA_c void
#define CA_z void
#define CV_s(x) (x) /* passing a scalar to CBLAS */
#define CV_d(x) (x)
#define CV_c(x) ((const void *)&(x))
#define CV_z(x) ((const void *)&(x))

static const size_t ESIZE[4] = {sizeof(float), sizeof(double), sizeof(cfloat), sizeof(cdouble)};

/* alpha and beta in every precision. */
typedef struct {
    float s;
    double d;
    cfloat c;
    cdouble z;
} Scalar;

static Scalar scalar(double re, double im) {
    Scalar v;
    v.s = (float)re;
    v.d = re;
    float fc[2] = {(float)re, (float)im};
    double dc[2] = {re, im};
    memcpy(&v.c, fc, sizeof v.c);
    memcpy(&v.z, dc, sizeof v.z);
    return v;
}

/* ------------------------------------------------------------------------ */
/* Error handlers and what they saw.                                        */

extern int RowMajorStrg;
extern int CBLAS_CallFromC;

static struct {
    int f77, cblas;    /* calls of xerbla_ and cblas_xerbla */
    char name[40];     /* routine name, trailing blanks trimmed */
    size_t len;        /* xerbla_'s hidden length */
    int number;        /* parameter number */
    int strg, fromc;   /* RowMajorStrg and CBLAS_CallFromC inside cblas_xerbla */
} got;

static void trimmed(char *dst, size_t cap, const char *src, size_t len) {
    size_t n = 0;
    while (n < len && n + 1 < cap && src[n]) {
        dst[n] = src[n];
        n++;
    }
    while (n > 0 && dst[n - 1] == ' ') n--;
    dst[n] = '\0';
}

void cblas_xerbla(int p, const char *rout, const char *form, ...);

void xerbla_(const char *srname, const int *info, size_t len) {
#ifdef BAD_ARGS_REFERENCE
    if (CBLAS_CallFromC) { /* what the reference CBLAS's own xerbla_ does */
        char rout[16] = "cblas_";
        for (size_t i = 0; i < 6 && i < len && srname[i] != ' '; i++) rout[6 + i] = (char)tolower(srname[i]);
        cblas_xerbla(*info + 1, rout, "");
        return;
    }
#endif
    got.f77++;
    trimmed(got.name, sizeof got.name, srname, len);
    got.len = len;
    got.number = *info;
}

void cblas_xerbla(int p, const char *rout, const char *form, ...) {
    (void)form;
    got.cblas++;
    trimmed(got.name, sizeof got.name, rout, strlen(rout));
    got.number = p;
    got.strg = RowMajorStrg;
    got.fromc = CBLAS_CallFromC;
}

/* ------------------------------------------------------------------------ */
/* Guarded memory.                                                          */

enum { NSLOT = 3, NCELL = 8 };

static size_t page;
static unsigned char *slots;              /* G D0 G D1 G D2 G: one data page per array */
static unsigned char *sealed;             /* NSLOT pages, PROT_NONE for good */
static unsigned char *pattern[NSLOT];     /* what each data page holds before a call */
static unsigned char *saved[NSLOT];       /* ... or after a case's own preparation */
static int dirty = 1;                     /* a data page may differ from its pattern */
static char *cell[NCELL];                 /* Fortran option letters: last byte before a guard page */
static unsigned char *param_end;          /* rotm's 5 reals end here, at a guard page */

static unsigned char *slot(int i) { return slots + (size_t)(2 * i + 1) * page; }

/* `pages` pages no access is allowed to. */
static unsigned char *map_none(size_t pages) {
    unsigned char *p = mmap(NULL, pages * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(2);
    }
    return p;
}

/* `data_pages` read-write pages, each between two PROT_NONE pages. */
static unsigned char *map_guarded(int data_pages) {
    unsigned char *p = map_none((size_t)(2 * data_pages + 1));
    for (int i = 0; i < data_pages; i++)
        if (mprotect(p + (size_t)(2 * i + 1) * page, page, PROT_READ | PROT_WRITE)) {
            perror("mprotect");
            exit(2);
        }
    return p;
}

/* Every data page holding its pattern. */
static void fill_slots(void) {
    if (dirty)
        for (int i = 0; i < NSLOT; i++) memcpy(slot(i), pattern[i], page);
    dirty = 0;
}

static void setup_memory(void) {
    page = (size_t)sysconf(_SC_PAGESIZE);
    slots = map_guarded(NSLOT);
    sealed = map_none(NSLOT);
    unsigned char *cells = map_guarded(NCELL + 1);
    for (int i = 0; i < NCELL; i++) cell[i] = (char *)cells + (size_t)(2 * i + 2) * page - 1;
    param_end = cells + (size_t)(2 * NCELL + 2) * page;
    for (int i = 0; i < NSLOT; i++) {
        pattern[i] = malloc(page);
        saved[i] = malloc(page);
        if (!pattern[i] || !saved[i]) exit(2);
        /* Bytes 0x40..0x4c: every float and double read from them is finite. */
        for (size_t j = 0; j < page; j++) pattern[i][j] = (unsigned char)(0x40 + (j * 5 + (size_t)i * 3) % 13);
    }
}

/* The case running now, for the fault handler. */
static char desc[300];

static void on_fault(int sig) {
    static const char head[] = "bad_args: FAIL: stray memory access (signal) in ";
    ssize_t r = write(2, head, sizeof head - 1);
    r = write(2, desc, strlen(desc));
    r = write(2, "\n", 1);
    (void)r;
    _exit(sig == SIGSEGV ? 3 : 4);
}

/* ------------------------------------------------------------------------ */
/* Failures.                                                                */

static long failures, cases, calls;

#ifndef FAIL_SHOWN
#define FAIL_SHOWN 60 /* failures printed in full */
#endif

static void fail(const char *fmt, ...) {
    if (++failures <= FAIL_SHOWN) {
        va_list ap;
        va_start(ap, fmt);
        fprintf(stderr, "bad_args: FAIL: %s: ", desc);
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
        va_end(ap);
    } else if (failures == FAIL_SHOWN + 1) {
        fprintf(stderr, "bad_args: (further failures not shown)\n");
    }
}

/* Data pages as they were before the call (`before`: pattern or saved):
 * else a failure naming the first byte that differs. */
static void expect_unchanged(unsigned char *const *before, void *const *arrays, int narrays) {
    for (int i = 0; i < NSLOT; i++) {
        if (!memcmp(slot(i), before[i], page)) continue;
        dirty = 1;
        size_t off = 0;
        while (slot(i)[off] == before[i][off]) off++;
        long rel = i < narrays && arrays[i] ? (long)(slot(i) + off - (unsigned char *)arrays[i]) : (long)off;
        fail("array %d changed (first at byte %ld from its start)", i, rel);
        return;
    }
}

/* ------------------------------------------------------------------------ */
/* Level 2 and 3: one call's arguments.                                     */

enum { MAXARGS = 8, MAXARR = NSLOT };
enum { F77, CBLAS };
enum { ROW = 101, COL = 102 };

typedef struct {
    int api;
    int layout;           /* CBLAS: the value passed */
    int row;              /* sizes are for row-major storage */
    char opt[MAXARGS];    /* option letters of the valid call (N, T, C, U, L, R, ...) */
    int v[MAXARGS];       /* the checked arguments, as passed: letter or enum, or integer */
    size_t nel[MAXARR];   /* elements of each array */
    void *a[MAXARR];
    Scalar alpha, beta;
} Call;

#define CH(i) ((const char *)cell[i])
#define IP(i) (&q->v[i])
#define IV(i) (q->v[i])
#define A(i) (q->a[i])
#define AL(P) (&q->alpha.P)
#define BE(P) (&q->beta.P)
#define RAL(P) (&q->alpha.RP_##P)
#define RBE(P) (&q->beta.RP_##P)
#define CAL(P) CV_##P(q->alpha.P)
#define CBE(P) CV_##P(q->beta.P)
#define CRAL(P) (q->alpha.RP_##P)
#define CRBE(P) (q->beta.RP_##P)

/*
 * One family of routines: its Fortran and CBLAS prototypes and two callers
 * taking a Call (f_NAME and cb_NAME), instantiated below per precision.
 * The comment names the checked arguments, i.e. Call.v, in order.
 */

/* trans m n lda incx incy; arrays A x y */
#define FAM_GEMV(P, nm)                                                                                     \
    void nm##_(const char *, const int *, const int *, const T_##P *, const T_##P *, const int *,           \
               const T_##P *, const int *, const T_##P *, T_##P *, const int *, size_t);                    \
    void cblas_##nm(int, int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CS_##P, CA_##P *, \
                    int);                                                                                   \
    static void f_##nm(Call *q) {                                                                           \
        nm##_(CH(0), IP(1), IP(2), AL(P), A(0), IP(3), A(1), IP(4), BE(P), A(2), IP(5), 1);                 \
    }                                                                                                       \
    static void cb_##nm(Call *q) {                                                                          \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), CAL(P), A(0), IV(3), A(1), IV(4), CBE(P), A(2), IV(5));  \
    }

/* trans m n kl ku lda incx incy; A x y */
#define FAM_GBMV(P, nm)                                                                                     \
    void nm##_(const char *, const int *, const int *, const int *, const int *, const T_##P *,             \
               const T_##P *, const int *, const T_##P *, const int *, const T_##P *, T_##P *, const int *, \
               size_t);                                                                                     \
    void cblas_##nm(int, int, int, int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CS_##P, \
                    CA_##P *, int);                                                                         \
    static void f_##nm(Call *q) {                                                                           \
        nm##_(CH(0), IP(1), IP(2), IP(3), IP(4), AL(P), A(0), IP(5), A(1), IP(6), BE(P), A(2), IP(7), 1);   \
    }                                                                                                       \
    static void cb_##nm(Call *q) {                                                                          \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), IV(4), CAL(P), A(0), IV(5), A(1), IV(6), CBE(P),  \
                   A(2), IV(7));                                                                            \
    }

/* uplo n lda incx incy; A x y (symv, hemv) */
#define FAM_HEMV(P, nm)                                                                                      \
    void nm##_(const char *, const int *, const T_##P *, const T_##P *, const int *, const T_##P *,          \
               const int *, const T_##P *, T_##P *, const int *, size_t);                                    \
    void cblas_##nm(int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CS_##P, CA_##P *, int); \
    static void f_##nm(Call *q) {                                                                            \
        nm##_(CH(0), IP(1), AL(P), A(0), IP(2), A(1), IP(3), BE(P), A(2), IP(4), 1);                         \
    }                                                                                                        \
    static void cb_##nm(Call *q) {                                                                           \
        cblas_##nm(q->layout, IV(0), IV(1), CAL(P), A(0), IV(2), A(1), IV(3), CBE(P), A(2), IV(4));          \
    }

/* uplo n k lda incx incy; A x y (sbmv, hbmv) */
#define FAM_HBMV(P, nm)                                                                                     \
    void nm##_(const char *, const int *, const int *, const T_##P *, const T_##P *, const int *,           \
               const T_##P *, const int *, const T_##P *, T_##P *, const int *, size_t);                    \
    void cblas_##nm(int, int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CS_##P, CA_##P *, \
                    int);                                                                                   \
    static void f_##nm(Call *q) {                                                                           \
        nm##_(CH(0), IP(1), IP(2), AL(P), A(0), IP(3), A(1), IP(4), BE(P), A(2), IP(5), 1);                 \
    }                                                                                                       \
    static void cb_##nm(Call *q) {                                                                          \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), CAL(P), A(0), IV(3), A(1), IV(4), CBE(P), A(2), IV(5));  \
    }

/* uplo n incx incy; AP x y (spmv, hpmv) */
#define FAM_HPMV(P, nm)                                                                                   \
    void nm##_(const char *, const int *, const T_##P *, const T_##P *, const T_##P *, const int *,       \
               const T_##P *, T_##P *, const int *, size_t);                                              \
    void cblas_##nm(int, int, int, CS_##P, const CA_##P *, const CA_##P *, int, CS_##P, CA_##P *, int);   \
    static void f_##nm(Call *q) { nm##_(CH(0), IP(1), AL(P), A(0), A(1), IP(2), BE(P), A(2), IP(3), 1); } \
    static void cb_##nm(Call *q) {                                                                        \
        cblas_##nm(q->layout, IV(0), IV(1), CAL(P), A(0), A(1), IV(2), CBE(P), A(2), IV(3));              \
    }

/* uplo trans diag n lda incx; A x (trmv, trsv) */
#define FAM_TRMV(P, nm)                                                                                    \
    void nm##_(const char *, const char *, const char *, const int *, const T_##P *, const int *, T_##P *, \
               const int *, size_t, size_t, size_t);                                                       \
    void cblas_##nm(int, int, int, int, int, const CA_##P *, int, CA_##P *, int);                          \
    static void f_##nm(Call *q) { nm##_(CH(0), CH(1), CH(2), IP(3), A(0), IP(4), A(1), IP(5), 1, 1, 1); }  \
    static void cb_##nm(Call *q) {                                                                         \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), A(0), IV(4), A(1), IV(5));                       \
    }

/* uplo trans diag n k lda incx; A x (tbmv, tbsv) */
#define FAM_TBMV(P, nm)                                                                           \
    void nm##_(const char *, const char *, const char *, const int *, const int *, const T_##P *, \
               const int *, T_##P *, const int *, size_t, size_t, size_t);                        \
    void cblas_##nm(int, int, int, int, int, int, const CA_##P *, int, CA_##P *, int);            \
    static void f_##nm(Call *q) {                                                                 \
        nm##_(CH(0), CH(1), CH(2), IP(3), IP(4), A(0), IP(5), A(1), IP(6), 1, 1, 1);              \
    }                                                                                             \
    static void cb_##nm(Call *q) {                                                                \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), IV(4), A(0), IV(5), A(1), IV(6));       \
    }

/* uplo trans diag n incx; AP x (tpmv, tpsv) */
#define FAM_TPMV(P, nm)                                                                                    \
    void nm##_(const char *, const char *, const char *, const int *, const T_##P *, T_##P *, const int *, \
               size_t, size_t, size_t);                                                                    \
    void cblas_##nm(int, int, int, int, int, const CA_##P *, CA_##P *, int);                               \
    static void f_##nm(Call *q) { nm##_(CH(0), CH(1), CH(2), IP(3), A(0), A(1), IP(4), 1, 1, 1); }         \
    static void cb_##nm(Call *q) { cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), A(0), A(1), IV(4)); }

/* m n incx incy lda; x y A (ger, geru, gerc) */
#define FAM_GER(P, nm)                                                                                 \
    void nm##_(const int *, const int *, const T_##P *, const T_##P *, const int *, const T_##P *,     \
               const int *, T_##P *, const int *);                                                     \
    void cblas_##nm(int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CA_##P *, int);   \
    static void f_##nm(Call *q) { nm##_(IP(0), IP(1), AL(P), A(0), IP(2), A(1), IP(3), A(2), IP(4)); } \
    static void cb_##nm(Call *q) {                                                                     \
        cblas_##nm(q->layout, IV(0), IV(1), CAL(P), A(0), IV(2), A(1), IV(3), A(2), IV(4));            \
    }

/* uplo n incx lda; x A (syr, her: real alpha) */
#define FAM_HER(P, nm)                                                                                     \
    void nm##_(const char *, const int *, const R_##P *, const T_##P *, const int *, T_##P *, const int *, \
               size_t);                                                                                    \
    void cblas_##nm(int, int, int, R_##P, const CA_##P *, int, CA_##P *, int);                             \
    static void f_##nm(Call *q) { nm##_(CH(0), IP(1), RAL(P), A(0), IP(2), A(1), IP(3), 1); }              \
    static void cb_##nm(Call *q) { cblas_##nm(q->layout, IV(0), IV(1), CRAL(P), A(0), IV(2), A(1), IV(3)); }

/* uplo n incx; x AP (spr, hpr: real alpha) */
#define FAM_HPR(P, nm)                                                                                 \
    void nm##_(const char *, const int *, const R_##P *, const T_##P *, const int *, T_##P *, size_t); \
    void cblas_##nm(int, int, int, R_##P, const CA_##P *, int, CA_##P *);                              \
    static void f_##nm(Call *q) { nm##_(CH(0), IP(1), RAL(P), A(0), IP(2), A(1), 1); }                 \
    static void cb_##nm(Call *q) { cblas_##nm(q->layout, IV(0), IV(1), CRAL(P), A(0), IV(2), A(1)); }

/* uplo n incx incy lda; x y A (syr2, her2) */
#define FAM_HER2(P, nm)                                                                                   \
    void nm##_(const char *, const int *, const T_##P *, const T_##P *, const int *, const T_##P *,       \
               const int *, T_##P *, const int *, size_t);                                                \
    void cblas_##nm(int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CA_##P *, int);      \
    static void f_##nm(Call *q) { nm##_(CH(0), IP(1), AL(P), A(0), IP(2), A(1), IP(3), A(2), IP(4), 1); } \
    static void cb_##nm(Call *q) {                                                                        \
        cblas_##nm(q->layout, IV(0), IV(1), CAL(P), A(0), IV(2), A(1), IV(3), A(2), IV(4));               \
    }

/* uplo n incx incy; x y AP (spr2, hpr2) */
#define FAM_HPR2(P, nm)                                                                             \
    void nm##_(const char *, const int *, const T_##P *, const T_##P *, const int *, const T_##P *, \
               const int *, T_##P *, size_t);                                                       \
    void cblas_##nm(int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CA_##P *);     \
    static void f_##nm(Call *q) { nm##_(CH(0), IP(1), AL(P), A(0), IP(2), A(1), IP(3), A(2), 1); }  \
    static void cb_##nm(Call *q) {                                                                  \
        cblas_##nm(q->layout, IV(0), IV(1), CAL(P), A(0), IV(2), A(1), IV(3), A(2));                \
    }

/* OpenBLAS's complex-symmetric extensions, Fortran only (OpenBLAS has no
 * CBLAS form): uplo n incx incy lda; x y A (csyr2), uplo n incx incy; x y AP
 * (cspr2), uplo n k lda incx incy; A x y (csbmv). */
#define FAM_CSYR2(P, nm)                                                                                  \
    void nm##_(const char *, const int *, const T_##P *, const T_##P *, const int *, const T_##P *,       \
               const int *, T_##P *, const int *, size_t);                                                \
    static void f_##nm(Call *q) { nm##_(CH(0), IP(1), AL(P), A(0), IP(2), A(1), IP(3), A(2), IP(4), 1); }
#define FAM_CSPR2(P, nm)                                                                            \
    void nm##_(const char *, const int *, const T_##P *, const T_##P *, const int *, const T_##P *, \
               const int *, T_##P *, size_t);                                                       \
    static void f_##nm(Call *q) { nm##_(CH(0), IP(1), AL(P), A(0), IP(2), A(1), IP(3), A(2), 1); }
#define FAM_CSBMV(P, nm)                                                                                    \
    void nm##_(const char *, const int *, const int *, const T_##P *, const T_##P *, const int *,           \
               const T_##P *, const int *, const T_##P *, T_##P *, const int *, size_t);                    \
    static void f_##nm(Call *q) {                                                                           \
        nm##_(CH(0), IP(1), IP(2), AL(P), A(0), IP(3), A(1), IP(4), BE(P), A(2), IP(5), 1);                 \
    }

/* transa transb m n k lda ldb ldc; A B C */
#define FAM_GEMM(P, nm)                                                                                      \
    void nm##_(const char *, const char *, const int *, const int *, const int *, const T_##P *,             \
               const T_##P *, const int *, const T_##P *, const int *, const T_##P *, T_##P *, const int *,  \
               size_t, size_t);                                                                              \
    void cblas_##nm(int, int, int, int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CS_##P,  \
                    CA_##P *, int);                                                                          \
    static void f_##nm(Call *q) {                                                                            \
        nm##_(CH(0), CH(1), IP(2), IP(3), IP(4), AL(P), A(0), IP(5), A(1), IP(6), BE(P), A(2), IP(7), 1, 1); \
    }                                                                                                        \
    static void cb_##nm(Call *q) {                                                                           \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), IV(4), CAL(P), A(0), IV(5), A(1), IV(6), CBE(P),   \
                   A(2), IV(7));                                                                             \
    }

/* uplo transa transb n k lda ldb ldc; A B C */
#define FAM_GEMMT(P, nm)                                                                                    \
    void nm##_(const char *, const char *, const char *, const int *, const int *, const T_##P *,           \
               const T_##P *, const int *, const T_##P *, const int *, const T_##P *, T_##P *, const int *, \
               size_t, size_t, size_t);                                                                     \
    void cblas_##nm(int, int, int, int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CS_##P, \
                    CA_##P *, int);                                                                         \
    static void f_##nm(Call *q) {                                                                           \
        nm##_(CH(0), CH(1), CH(2), IP(3), IP(4), AL(P), A(0), IP(5), A(1), IP(6), BE(P), A(2), IP(7), 1, 1, \
              1);                                                                                           \
    }                                                                                                       \
    static void cb_##nm(Call *q) {                                                                          \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), IV(4), CAL(P), A(0), IV(5), A(1), IV(6), CBE(P),  \
                   A(2), IV(7));                                                                            \
    }

/* side uplo m n lda ldb ldc; A B C (symm, hemm) */
#define FAM_SYMM(P, nm)                                                                                       \
    void nm##_(const char *, const char *, const int *, const int *, const T_##P *, const T_##P *,            \
               const int *, const T_##P *, const int *, const T_##P *, T_##P *, const int *, size_t, size_t); \
    void cblas_##nm(int, int, int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CS_##P,        \
                    CA_##P *, int);                                                                           \
    static void f_##nm(Call *q) {                                                                             \
        nm##_(CH(0), CH(1), IP(2), IP(3), AL(P), A(0), IP(4), A(1), IP(5), BE(P), A(2), IP(6), 1, 1);         \
    }                                                                                                         \
    static void cb_##nm(Call *q) {                                                                            \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), CAL(P), A(0), IV(4), A(1), IV(5), CBE(P), A(2),     \
                   IV(6));                                                                                    \
    }

/* uplo trans n k lda ldc; A C (syrk) */
#define FAM_SYRK(P, nm)                                                                              \
    void nm##_(const char *, const char *, const int *, const int *, const T_##P *, const T_##P *,   \
               const int *, const T_##P *, T_##P *, const int *, size_t, size_t);                    \
    void cblas_##nm(int, int, int, int, int, CS_##P, const CA_##P *, int, CS_##P, CA_##P *, int);    \
    static void f_##nm(Call *q) {                                                                    \
        nm##_(CH(0), CH(1), IP(2), IP(3), AL(P), A(0), IP(4), BE(P), A(1), IP(5), 1, 1);             \
    }                                                                                                \
    static void cb_##nm(Call *q) {                                                                   \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), CAL(P), A(0), IV(4), CBE(P), A(1), IV(5)); \
    }

/* uplo trans n k lda ldc; A C (herk: real alpha and beta) */
#define FAM_HERK(P, nm)                                                                                \
    void nm##_(const char *, const char *, const int *, const int *, const R_##P *, const T_##P *,     \
               const int *, const R_##P *, T_##P *, const int *, size_t, size_t);                      \
    void cblas_##nm(int, int, int, int, int, R_##P, const CA_##P *, int, R_##P, CA_##P *, int);        \
    static void f_##nm(Call *q) {                                                                      \
        nm##_(CH(0), CH(1), IP(2), IP(3), RAL(P), A(0), IP(4), RBE(P), A(1), IP(5), 1, 1);             \
    }                                                                                                  \
    static void cb_##nm(Call *q) {                                                                     \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), CRAL(P), A(0), IV(4), CRBE(P), A(1), IV(5)); \
    }

/* uplo trans n k lda ldb ldc; A B C (syr2k) */
#define FAM_SYR2K(P, nm)                                                                                      \
    void nm##_(const char *, const char *, const int *, const int *, const T_##P *, const T_##P *,            \
               const int *, const T_##P *, const int *, const T_##P *, T_##P *, const int *, size_t, size_t); \
    void cblas_##nm(int, int, int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, CS_##P,        \
                    CA_##P *, int);                                                                           \
    static void f_##nm(Call *q) {                                                                             \
        nm##_(CH(0), CH(1), IP(2), IP(3), AL(P), A(0), IP(4), A(1), IP(5), BE(P), A(2), IP(6), 1, 1);         \
    }                                                                                                         \
    static void cb_##nm(Call *q) {                                                                            \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), CAL(P), A(0), IV(4), A(1), IV(5), CBE(P), A(2),     \
                   IV(6));                                                                                    \
    }

/* uplo trans n k lda ldb ldc; A B C (her2k: real beta) */
#define FAM_HER2K(P, nm)                                                                                      \
    void nm##_(const char *, const char *, const int *, const int *, const T_##P *, const T_##P *,            \
               const int *, const T_##P *, const int *, const R_##P *, T_##P *, const int *, size_t, size_t); \
    void cblas_##nm(int, int, int, int, int, CS_##P, const CA_##P *, int, const CA_##P *, int, R_##P,         \
                    CA_##P *, int);                                                                           \
    static void f_##nm(Call *q) {                                                                             \
        nm##_(CH(0), CH(1), IP(2), IP(3), AL(P), A(0), IP(4), A(1), IP(5), RBE(P), A(2), IP(6), 1, 1);        \
    }                                                                                                         \
    static void cb_##nm(Call *q) {                                                                            \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), CAL(P), A(0), IV(4), A(1), IV(5), CRBE(P), A(2),    \
                   IV(6));                                                                                    \
    }

/* side uplo transa diag m n lda ldb; A B (trmm, trsm) */
#define FAM_TRMM(P, nm)                                                                                    \
    void nm##_(const char *, const char *, const char *, const char *, const int *, const int *,           \
               const T_##P *, const T_##P *, const int *, T_##P *, const int *, size_t, size_t, size_t,    \
               size_t);                                                                                    \
    void cblas_##nm(int, int, int, int, int, int, int, CS_##P, const CA_##P *, int, CA_##P *, int);        \
    static void f_##nm(Call *q) {                                                                          \
        nm##_(CH(0), CH(1), CH(2), CH(3), IP(4), IP(5), AL(P), A(0), IP(6), A(1), IP(7), 1, 1, 1, 1);      \
    }                                                                                                      \
    static void cb_##nm(Call *q) {                                                                         \
        cblas_##nm(q->layout, IV(0), IV(1), IV(2), IV(3), IV(4), IV(5), CAL(P), A(0), IV(6), A(1), IV(7)); \
    }

#define SDCZ(FAM, stem) FAM(s, s##stem) FAM(d, d##stem) FAM(c, c##stem) FAM(z, z##stem)
#define SD(FAM, stem) FAM(s, s##stem) FAM(d, d##stem)
#define CZ(FAM, stem) FAM(c, c##stem) FAM(z, z##stem)

SDCZ(FAM_GEMV, gemv)
SDCZ(FAM_GBMV, gbmv)
SD(FAM_HEMV, symv)
CZ(FAM_HEMV, hemv)
SD(FAM_HBMV, sbmv)
CZ(FAM_HBMV, hbmv)
SD(FAM_HPMV, spmv)
CZ(FAM_HPMV, hpmv)
SDCZ(FAM_TRMV, trmv)
SDCZ(FAM_TRMV, trsv)
SDCZ(FAM_TBMV, tbmv)
SDCZ(FAM_TBMV, tbsv)
SDCZ(FAM_TPMV, tpmv)
SDCZ(FAM_TPMV, tpsv)
SD(FAM_GER, ger)
CZ(FAM_GER, geru)
CZ(FAM_GER, gerc)
SD(FAM_HER, syr)
CZ(FAM_HER, her)
SD(FAM_HPR, spr)
CZ(FAM_HPR, hpr)
SD(FAM_HER2, syr2)
CZ(FAM_HER2, her2)
SD(FAM_HPR2, spr2)
CZ(FAM_HPR2, hpr2)
SDCZ(FAM_GEMM, gemm)
#ifndef BAD_ARGS_REFERENCE
SDCZ(FAM_GEMMT, gemmt)
CZ(FAM_CSYR2, syr2)
CZ(FAM_CSPR2, spr2)
CZ(FAM_CSBMV, sbmv)
#endif
SDCZ(FAM_SYMM, symm)
CZ(FAM_SYMM, hemm)
SDCZ(FAM_SYRK, syrk)
CZ(FAM_HERK, herk)
SDCZ(FAM_SYR2K, syr2k)
CZ(FAM_HER2K, her2k)
SDCZ(FAM_TRMM, trmm)
SDCZ(FAM_TRMM, trsm)

/* ------------------------------------------------------------------------ */
/* Valid calls: sizes of the problem, least valid leading dimensions.       */

enum { M = 4, N = 3, K = 2, KL = 2, KU = 1, KB = 2, INCX = 2, INCY = -1 };

/* An r x c matrix stored in the call's layout: its least leading dimension
 * (argument v[ld]) and the elements it spans (array a[arr]). */
static void mat(Call *q, int ld, int arr, int r, int c) {
    int l = q->row ? c : r;
    q->v[ld] = l < 1 ? 1 : l;
    q->nel[arr] = (size_t)q->v[ld] * (size_t)(q->row ? r : c);
}

/* Band storage: `used` rows (columns, in row-major) of `lines` columns (rows). */
static void band(Call *q, int ld, int arr, int used, int lines) {
    q->v[ld] = used;
    q->nel[arr] = (size_t)used * (size_t)lines;
}

static void vec(Call *q, int inc, int arr, int n, int step) {
    q->v[inc] = step;
    q->nel[arr] = 1 + (size_t)(n - 1) * (size_t)abs(step);
}

static void packed(Call *q, int arr, int n) { q->nel[arr] = (size_t)(n * (n + 1) / 2); }

static void setup_gemv(Call *q) {
    int t = q->opt[0] != 'N';
    q->v[1] = M, q->v[2] = N;
    mat(q, 3, 0, M, N);
    vec(q, 4, 1, t ? M : N, INCX);
    vec(q, 5, 2, t ? N : M, INCY);
}

static void setup_gbmv(Call *q) {
    int t = q->opt[0] != 'N';
    q->v[1] = M, q->v[2] = N, q->v[3] = KL, q->v[4] = KU;
    band(q, 5, 0, KL + KU + 1, q->row ? M : N);
    vec(q, 6, 1, t ? M : N, INCX);
    vec(q, 7, 2, t ? N : M, INCY);
}

static void setup_hemv(Call *q) {
    q->v[1] = N;
    mat(q, 2, 0, N, N);
    vec(q, 3, 1, N, INCX);
    vec(q, 4, 2, N, INCY);
}

static void setup_hbmv(Call *q) {
    q->v[1] = N, q->v[2] = KB;
    band(q, 3, 0, KB + 1, N);
    vec(q, 4, 1, N, INCX);
    vec(q, 5, 2, N, INCY);
}

static void setup_hpmv(Call *q) {
    q->v[1] = N;
    packed(q, 0, N);
    vec(q, 2, 1, N, INCX);
    vec(q, 3, 2, N, INCY);
}

static void setup_trmv(Call *q) {
    q->v[3] = N;
    mat(q, 4, 0, N, N);
    vec(q, 5, 1, N, INCX);
}

static void setup_tbmv(Call *q) {
    q->v[3] = N, q->v[4] = KB;
    band(q, 5, 0, KB + 1, N);
    vec(q, 6, 1, N, INCX);
}

static void setup_tpmv(Call *q) {
    q->v[3] = N;
    packed(q, 0, N);
    vec(q, 4, 1, N, INCX);
}

static void setup_ger(Call *q) {
    q->v[0] = M, q->v[1] = N;
    vec(q, 2, 0, M, INCX);
    vec(q, 3, 1, N, INCY);
    mat(q, 4, 2, M, N);
}

static void setup_her(Call *q) {
    q->v[1] = N;
    vec(q, 2, 0, N, INCX);
    mat(q, 3, 1, N, N);
}

static void setup_hpr(Call *q) {
    q->v[1] = N;
    vec(q, 2, 0, N, INCX);
    packed(q, 1, N);
}

static void setup_her2(Call *q) {
    q->v[1] = N;
    vec(q, 2, 0, N, INCX);
    vec(q, 3, 1, N, INCY);
    mat(q, 4, 2, N, N);
}

static void setup_hpr2(Call *q) {
    q->v[1] = N;
    vec(q, 2, 0, N, INCX);
    vec(q, 3, 1, N, INCY);
    packed(q, 2, N);
}

static void setup_gemm(Call *q) {
    int ta = q->opt[0] != 'N', tb = q->opt[1] != 'N';
    q->v[2] = M, q->v[3] = N, q->v[4] = K;
    mat(q, 5, 0, ta ? K : M, ta ? M : K);
    mat(q, 6, 1, tb ? N : K, tb ? K : N);
    mat(q, 7, 2, M, N);
}

#ifndef BAD_ARGS_REFERENCE
static void setup_gemmt(Call *q) {
    int ta = q->opt[1] != 'N', tb = q->opt[2] != 'N';
    q->v[3] = N, q->v[4] = K;
    mat(q, 5, 0, ta ? K : N, ta ? N : K);
    mat(q, 6, 1, tb ? N : K, tb ? K : N);
    mat(q, 7, 2, N, N);
}
#endif

static void setup_symm(Call *q) {
    int ka = q->opt[0] == 'L' ? M : N;
    q->v[2] = M, q->v[3] = N;
    mat(q, 4, 0, ka, ka);
    mat(q, 5, 1, M, N);
    mat(q, 6, 2, M, N);
}

static void setup_syrk(Call *q) {
    int t = q->opt[1] != 'N';
    q->v[2] = N, q->v[3] = K;
    mat(q, 4, 0, t ? K : N, t ? N : K);
    mat(q, 5, 1, N, N);
}

static void setup_syr2k(Call *q) {
    int t = q->opt[1] != 'N';
    q->v[2] = N, q->v[3] = K;
    mat(q, 4, 0, t ? K : N, t ? N : K);
    mat(q, 5, 1, t ? K : N, t ? N : K);
    mat(q, 6, 2, N, N);
}

static void setup_trmm(Call *q) {
    int ka = q->opt[0] == 'L' ? M : N;
    q->v[4] = M, q->v[5] = N;
    mat(q, 6, 0, ka, ka);
    mat(q, 7, 1, M, N);
}

/* ------------------------------------------------------------------------ */
/* The table: per family, each checked argument with the reference's        */
/* numbers.                                                                 */

/* Kinds of argument. */
enum { TRANS = 'T', UPLO = 'U', SIDE = 'S', DIAG = 'D', DIM = 'm', BAND = 'k', LD = 'l', INC = 'i' };

typedef struct {
    char kind;
    const char *name;
    int f77;   /* the reference BLAS's parameter number */
    int row;   /* CBLAS, row-major: the transposed Fortran call's number + 1 (options: checked in C) */
} Arg;

typedef struct {
    const char *names[4];          /* per precision; NULL where the reference has none */
    void (*f77[4])(Call *);
    void (*cblas[4])(Call *);
    void (*setup)(Call *);
    const char *trans_ok[4];       /* valid TRANS letters, when not N, T, C */
    int nargs;
    Arg args[MAXARGS];
} Family;

#define NAMES4(stem) {"s" #stem, "d" #stem, "c" #stem, "z" #stem}
#define NAMES_SD(stem) {"s" #stem, "d" #stem, NULL, NULL}
#define NAMES_CZ(stem) {NULL, NULL, "c" #stem, "z" #stem}
#define FNS4(pre, stem) {pre##s##stem, pre##d##stem, pre##c##stem, pre##z##stem}
#define FNS_SD(pre, stem) {pre##s##stem, pre##d##stem, NULL, NULL}
#define FNS_CZ(pre, stem) {NULL, NULL, pre##c##stem, pre##z##stem}
#define ALL4(stem) .names = NAMES4(stem), .f77 = FNS4(f_, stem), .cblas = FNS4(cb_, stem)
#define ONLY_SD(stem) .names = NAMES_SD(stem), .f77 = FNS_SD(f_, stem), .cblas = FNS_SD(cb_, stem)
#define ONLY_CZ(stem) .names = NAMES_CZ(stem), .f77 = FNS_CZ(f_, stem), .cblas = FNS_CZ(cb_, stem)
#define F77_CZ(stem) .names = NAMES_CZ(stem), .f77 = FNS_CZ(f_, stem), .cblas = {NULL, NULL, NULL, NULL}

/* Argument lists shared by several families. Row-major numbers that differ
 * from column-major (Fortran + 1) are where the reference CBLAS swaps
 * arguments in the transposed call: m/n, kl/ku, x/y, A/B. */
#define ARGS_GEMV {{TRANS, "trans", 1, 2}, {DIM, "m", 2, 4}, {DIM, "n", 3, 3}, {LD, "lda", 6, 7}, \
                   {INC, "incx", 8, 9}, {INC, "incy", 11, 12}}
#define ARGS_GBMV {{TRANS, "trans", 1, 2}, {DIM, "m", 2, 4}, {DIM, "n", 3, 3}, {BAND, "kl", 4, 6}, \
                   {BAND, "ku", 5, 5}, {LD, "lda", 8, 9}, {INC, "incx", 10, 11}, {INC, "incy", 13, 14}}
#define ARGS_HEMV {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {LD, "lda", 5, 6}, {INC, "incx", 7, 8}, \
                   {INC, "incy", 10, 11}}
#define ARGS_HBMV {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {BAND, "k", 3, 4}, {LD, "lda", 6, 7}, \
                   {INC, "incx", 8, 9}, {INC, "incy", 11, 12}}
#define ARGS_HPMV {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {INC, "incx", 6, 7}, {INC, "incy", 9, 10}}
#define ARGS_TRMV {{UPLO, "uplo", 1, 2}, {TRANS, "trans", 2, 3}, {DIAG, "diag", 3, 4}, {DIM, "n", 4, 5}, \
                   {LD, "lda", 6, 7}, {INC, "incx", 8, 9}}
#define ARGS_TBMV {{UPLO, "uplo", 1, 2}, {TRANS, "trans", 2, 3}, {DIAG, "diag", 3, 4}, {DIM, "n", 4, 5}, \
                   {BAND, "k", 5, 6}, {LD, "lda", 7, 8}, {INC, "incx", 9, 10}}
#define ARGS_TPMV {{UPLO, "uplo", 1, 2}, {TRANS, "trans", 2, 3}, {DIAG, "diag", 3, 4}, {DIM, "n", 4, 5}, \
                   {INC, "incx", 7, 8}}
#define ARGS_GER {{DIM, "m", 1, 3}, {DIM, "n", 2, 2}, {INC, "incx", 5, 8}, {INC, "incy", 7, 6}, \
                  {LD, "lda", 9, 10}}
#define ARGS_HER {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {INC, "incx", 5, 6}, {LD, "lda", 7, 8}}
#define ARGS_HPR {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {INC, "incx", 5, 6}}
#define ARGS_SYR2 {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {INC, "incx", 5, 6}, {INC, "incy", 7, 8}, \
                   {LD, "lda", 9, 10}}
/* Complex row-major her2/hpr2: the reference calls the Fortran with y first. */
#define ARGS_HER2 {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {INC, "incx", 5, 8}, {INC, "incy", 7, 6}, \
                   {LD, "lda", 9, 10}}
#define ARGS_SPR2 {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {INC, "incx", 5, 6}, {INC, "incy", 7, 8}}
#define ARGS_HPR2 {{UPLO, "uplo", 1, 2}, {DIM, "n", 2, 3}, {INC, "incx", 5, 8}, {INC, "incy", 7, 6}}
#define ARGS_GEMM {{TRANS, "transa", 1, 2}, {TRANS, "transb", 2, 3}, {DIM, "m", 3, 5}, {DIM, "n", 4, 4}, \
                   {DIM, "k", 5, 6}, {LD, "lda", 8, 11}, {LD, "ldb", 10, 9}, {LD, "ldc", 13, 14}}
#define ARGS_GEMMT {{UPLO, "uplo", 1, 2}, {TRANS, "transa", 2, 3}, {TRANS, "transb", 3, 4}, {DIM, "n", 4, 5}, \
                    {DIM, "k", 5, 6}, {LD, "lda", 8, 11}, {LD, "ldb", 10, 9}, {LD, "ldc", 13, 14}}
#define ARGS_SYMM {{SIDE, "side", 1, 2}, {UPLO, "uplo", 2, 3}, {DIM, "m", 3, 5}, {DIM, "n", 4, 4}, \
                   {LD, "lda", 7, 8}, {LD, "ldb", 9, 10}, {LD, "ldc", 12, 13}}
#define ARGS_SYRK {{UPLO, "uplo", 1, 2}, {TRANS, "trans", 2, 3}, {DIM, "n", 3, 4}, {DIM, "k", 4, 5}, \
                   {LD, "lda", 7, 8}, {LD, "ldc", 10, 11}}
#define ARGS_SYR2K {{UPLO, "uplo", 1, 2}, {TRANS, "trans", 2, 3}, {DIM, "n", 3, 4}, {DIM, "k", 4, 5}, \
                    {LD, "lda", 7, 8}, {LD, "ldb", 9, 10}, {LD, "ldc", 12, 13}}
#define ARGS_TRMM {{SIDE, "side", 1, 2}, {UPLO, "uplo", 2, 3}, {TRANS, "transa", 3, 4}, {DIAG, "diag", 4, 5}, \
                   {DIM, "m", 5, 7}, {DIM, "n", 6, 6}, {LD, "lda", 9, 10}, {LD, "ldb", 11, 12}}

static const Family families[] = {
    {ALL4(gemv), .setup = setup_gemv, .nargs = 6, .args = ARGS_GEMV},
    {ALL4(gbmv), .setup = setup_gbmv, .nargs = 8, .args = ARGS_GBMV},
    {ONLY_SD(symv), .setup = setup_hemv, .nargs = 5, .args = ARGS_HEMV},
    {ONLY_CZ(hemv), .setup = setup_hemv, .nargs = 5, .args = ARGS_HEMV},
    {ONLY_SD(sbmv), .setup = setup_hbmv, .nargs = 6, .args = ARGS_HBMV},
    {ONLY_CZ(hbmv), .setup = setup_hbmv, .nargs = 6, .args = ARGS_HBMV},
    {ONLY_SD(spmv), .setup = setup_hpmv, .nargs = 4, .args = ARGS_HPMV},
    {ONLY_CZ(hpmv), .setup = setup_hpmv, .nargs = 4, .args = ARGS_HPMV},
    {ALL4(trmv), .setup = setup_trmv, .nargs = 6, .args = ARGS_TRMV},
    {ALL4(trsv), .setup = setup_trmv, .nargs = 6, .args = ARGS_TRMV},
    {ALL4(tbmv), .setup = setup_tbmv, .nargs = 7, .args = ARGS_TBMV},
    {ALL4(tbsv), .setup = setup_tbmv, .nargs = 7, .args = ARGS_TBMV},
    {ALL4(tpmv), .setup = setup_tpmv, .nargs = 5, .args = ARGS_TPMV},
    {ALL4(tpsv), .setup = setup_tpmv, .nargs = 5, .args = ARGS_TPMV},
    {ONLY_SD(ger), .setup = setup_ger, .nargs = 5, .args = ARGS_GER},
    {ONLY_CZ(geru), .setup = setup_ger, .nargs = 5, .args = ARGS_GER},
    {ONLY_CZ(gerc), .setup = setup_ger, .nargs = 5, .args = ARGS_GER},
    {ONLY_SD(syr), .setup = setup_her, .nargs = 4, .args = ARGS_HER},
    {ONLY_CZ(her), .setup = setup_her, .nargs = 4, .args = ARGS_HER},
    {ONLY_SD(spr), .setup = setup_hpr, .nargs = 3, .args = ARGS_HPR},
    {ONLY_CZ(hpr), .setup = setup_hpr, .nargs = 3, .args = ARGS_HPR},
    {ONLY_SD(syr2), .setup = setup_her2, .nargs = 5, .args = ARGS_SYR2},
    {ONLY_CZ(her2), .setup = setup_her2, .nargs = 5, .args = ARGS_HER2},
    {ONLY_SD(spr2), .setup = setup_hpr2, .nargs = 4, .args = ARGS_SPR2},
    {ONLY_CZ(hpr2), .setup = setup_hpr2, .nargs = 4, .args = ARGS_HPR2},
    {ALL4(gemm), .setup = setup_gemm, .nargs = 8, .args = ARGS_GEMM},
#ifndef BAD_ARGS_REFERENCE
    /* An extension (the reference has it from LAPACK 3.12 on). */
    {ALL4(gemmt), .setup = setup_gemmt, .nargs = 8, .args = ARGS_GEMMT},
    /* OpenBLAS's complex-symmetric Level 2 (no CBLAS form); its checks, in its order. */
    {F77_CZ(syr2), .setup = setup_her2, .nargs = 5, .args = ARGS_SYR2},
    {F77_CZ(spr2), .setup = setup_hpr2, .nargs = 4, .args = ARGS_SPR2},
    {F77_CZ(sbmv), .setup = setup_hbmv, .nargs = 6, .args = ARGS_HBMV},
#endif
    {ALL4(symm), .setup = setup_symm, .nargs = 7, .args = ARGS_SYMM},
    {ONLY_CZ(hemm), .setup = setup_symm, .nargs = 7, .args = ARGS_SYMM},
    {ALL4(syrk), .setup = setup_syrk, .trans_ok = {"NTC", "NTC", "NT", "NT"}, .nargs = 6, .args = ARGS_SYRK},
    {ONLY_CZ(herk), .setup = setup_syrk, .trans_ok = {NULL, NULL, "NC", "NC"}, .nargs = 6, .args = ARGS_SYRK},
    {ALL4(syr2k), .setup = setup_syr2k, .trans_ok = {"NTC", "NTC", "NT", "NT"}, .nargs = 7, .args = ARGS_SYR2K},
    {ONLY_CZ(her2k), .setup = setup_syr2k, .trans_ok = {NULL, NULL, "NC", "NC"}, .nargs = 7, .args = ARGS_SYR2K},
    {ALL4(trmm), .setup = setup_trmm, .nargs = 8, .args = ARGS_TRMM},
    {ALL4(trsm), .setup = setup_trmm, .nargs = 8, .args = ARGS_TRMM},
};

/* ------------------------------------------------------------------------ */
/* Option letters and CBLAS enums.                                          */

static int is_option(char kind) { return kind == TRANS || kind == UPLO || kind == SIDE || kind == DIAG; }

static const char *valid_letters(const Family *f, int p, char kind) {
    switch (kind) {
    case TRANS: return f->trans_ok[p] ? f->trans_ok[p] : "NTC";
    case UPLO: return "UL";
    case SIDE: return "LR";
    default: return "NU";
    }
}

static int cblas_enum(char kind, char letter) {
    switch (kind) {
    case TRANS: return letter == 'N' ? 111 : letter == 'T' ? 112 : 113;
    case UPLO: return letter == 'U' ? 121 : 122;
    case SIDE: return letter == 'L' ? 141 : 142;
    default: return letter == 'N' ? 131 : 132;
    }
}

/* Bad values for an option: letters (Fortran) or enum values (CBLAS) that
 * are invalid anywhere, values of other enums, and the TRANS letters this
 * routine refuses (C for complex syrk, T for herk). */
static int bad_options(const Family *f, int p, int api, char kind, int *out) {
    int n = 0;
    if (api == F77) {
        const char *bad = kind == TRANS ? "XR" : kind == UPLO ? "XA" : kind == SIDE ? "XB" : "XA";
        for (; *bad; bad++) out[n++] = *bad;
    } else {
        out[n++] = 0;
        out[n++] = kind == TRANS ? 114 : kind == UPLO ? 123 : kind == SIDE ? 143 : 133;
        out[n++] = kind == TRANS ? 121 : kind == UPLO ? 111 : kind == SIDE ? 121 : 141;
    }
    if (kind == TRANS)
        for (const char *t = "NTC"; *t; t++)
            if (!strchr(valid_letters(f, p, kind), *t)) out[n++] = api == F77 ? *t : cblas_enum(kind, *t);
    return n;
}

static int bad_values(char kind, int valid, int *out) {
    int n = 0;
    switch (kind) {
    case DIM:
    case BAND:
        out[n++] = -1;
        out[n++] = INT_MIN;
        break;
    case LD:
        out[n++] = valid - 1;
        if (valid - 1 != 0) out[n++] = 0;
        out[n++] = -1;
        out[n++] = INT_MIN;
        break;
    default: /* INC */
        out[n++] = 0;
    }
    return n;
}

/* The reference CBLAS handler's mapping of a row-major number to the
 * caller's argument (cblas_xerbla.c and the CBLAS testers do the same). */
static int reference_row_major_map(const char *rout, int p) {
    static const struct {
        const char *sub;
        int a, b, c, d;
    } pairs[] = {
        {"gemm", 4, 5, 9, 11}, {"symm", 4, 5, 0, 0}, {"hemm", 4, 5, 0, 0}, {"trmm", 6, 7, 0, 0},
        {"trsm", 6, 7, 0, 0},  {"gemv", 3, 4, 0, 0}, {"gbmv", 3, 4, 5, 6}, {"ger", 2, 3, 6, 8},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (strstr(rout, pairs[i].sub)) {
            if (p == pairs[i].a) return pairs[i].b;
            if (p == pairs[i].b) return pairs[i].a;
            if (p == pairs[i].c) return pairs[i].d;
            if (p == pairs[i].d) return pairs[i].c;
            return p;
        }
    if ((strstr(rout, "her2") || strstr(rout, "hpr2")) && !strstr(rout, "her2k")) return p == 6 ? 8 : p == 8 ? 6 : p;
    return p;
}

#ifdef BAD_ARGS_REFERENCE
/* Row-major complex CBLAS calls where the reference conjugates x into a
 * copy, or y in place, before the checks (hemv, ..., and ConjTrans for gemv,
 * gbmv and the triangular ones): it writes y or x on a bad call, passes
 * increment 1 for a zero incx, calls zgeru for zgerc (reporting that name),
 * and for m < 0 in gemv and gbmv loops forever. Skipped. */
static int ref_quirk(const char *name, const Call *q) {
    if (q->api != CBLAS || q->layout != ROW || (name[0] != 'c' && name[0] != 'z')) return 0;
    static const char *const copying[] = {"hemv", "hbmv", "hpmv", "her", "hpr", "her2", "hpr2", "gerc"};
    for (size_t i = 0; i < sizeof copying / sizeof copying[0]; i++)
        if (!strcmp(name + 1, copying[i])) return 1;
    static const char *const conj_trans[] = {"gemv", "gbmv", "trmv", "tbmv", "tpmv", "trsv", "tbsv", "tpsv"};
    for (size_t i = 0; i < sizeof conj_trans / sizeof conj_trans[0]; i++)
        if (!strcmp(name + 1, conj_trans[i]))
            for (int j = 0; j < MAXARGS; j++)
                if (q->opt[j] == 'C') return 1;
    return 0;
}
#endif

/* ------------------------------------------------------------------------ */
/* Running one call.                                                        */

enum { PASS_END, PASS_START, PASS_NOACCESS };
static const char *const PASS_NAME[] = {"end-flush", "start-flush", "no-access"};

/* Where array i of `bytes` goes in a pass: flush against the end or the
 * start of its data page, or (no-access) in a page no access is allowed to. */
static void *place(int i, size_t bytes, int pass) {
    if (bytes > page) {
        fprintf(stderr, "bad_args: array too large for a page in %s\n", desc);
        exit(2);
    }
    if (bytes == 0) return NULL;
    if (pass == PASS_START) return slot(i);
    return (pass == PASS_NOACCESS ? sealed + (size_t)i * page : slot(i)) + page - bytes;
}

/* Lays the arrays out for the pass, fills their pages, calls, and leaves the
 * handlers' record in `got`. */
static void run_call(void (*fn)(Call *), const Family *f, int p, Call *q, int pass) {
    fill_slots();
    for (int i = 0; i < MAXARR; i++) q->a[i] = place(i, q->nel[i] * ESIZE[p], pass);
    if (q->api == F77)
        for (int i = 0; i < f->nargs; i++)
            if (is_option(f->args[i].kind)) *cell[i] = (char)q->v[i];
    memset(&got, 0, sizeof got);
    fn(q);
    calls++;
}

static void describe(const Family *f, int p, const Call *q, const char *what, int pass) {
    char opts[16] = "";
    size_t n = 0;
    for (int i = 0; i < f->nargs && n + 2 < sizeof opts; i++)
        if (is_option(f->args[i].kind)) opts[n++] = q->opt[i];
    opts[n] = '\0';
    if (q->api == F77)
        snprintf(desc, sizeof desc, "%s_ (valid call: %s) with %s [%s]", f->names[p], opts, what, PASS_NAME[pass]);
    else
        snprintf(desc, sizeof desc, "cblas_%s %s (valid call: %s) with %s [%s]", f->names[p],
                 q->row ? "row-major" : "col-major", opts, what, PASS_NAME[pass]);
}

static void expect_no_report(void) {
    if (got.f77 || got.cblas)
        fail("valid call reported parameter %d of %s (xerbla_ %d, cblas_xerbla %d calls)", got.number, got.name,
             got.f77, got.cblas);
}

/* The report of parameter `want` (for CBLAS, raw as the reference passes it,
 * with `row` the expected RowMajorStrg; `caller` is the argument the caller
 * wrote, which the reference's mapping must give back). */
static void expect_report(const Family *f, int p, const Call *q, int want, int row, int caller) {
    const char *name = f->names[p];
    if (q->api == F77) {
        char upper[16];
        size_t i = 0;
        for (; name[i] && i + 1 < sizeof upper; i++) upper[i] = (char)toupper((unsigned char)name[i]);
        upper[i] = '\0';
        if (got.f77 != 1 || got.cblas != 0)
            fail("xerbla_ called %d times, cblas_xerbla %d (want xerbla_ once)", got.f77, got.cblas);
        else if (strcmp(got.name, upper))
            fail("xerbla_ got routine \"%s\", want \"%s\"", got.name, upper);
        else if (got.number != want)
            fail("%s reported parameter %d, the reference %d", upper, got.number, want);
        else if (got.len != 6)
            fail("xerbla_ got a name of length %zu, the reference passes 6", got.len);
        return;
    }
    char full[32];
    snprintf(full, sizeof full, "cblas_%s", name);
    if (got.cblas != 1 || got.f77 != 0)
        fail("cblas_xerbla called %d times, xerbla_ %d (want cblas_xerbla once)", got.cblas, got.f77);
    else if (strcmp(got.name, full))
        fail("cblas_xerbla got routine \"%s\", want \"%s\"", got.name, full);
    else if (got.number != want)
        fail("%s reported parameter %d, the reference %d", full, got.number, want);
    else if (got.strg != row)
        fail("RowMajorStrg was %d in cblas_xerbla, the reference sets %d", got.strg, row);
    else if (got.fromc != 1)
        fail("CBLAS_CallFromC was %d in cblas_xerbla, the reference sets 1", got.fromc);
    else if (RowMajorStrg != 0 || CBLAS_CallFromC != 0)
        fail("RowMajorStrg %d, CBLAS_CallFromC %d after the call (the reference clears both)", RowMajorStrg,
             CBLAS_CallFromC);
    /* The reference's own mapping is wrong for gemmt (it takes it for gemm). */
    else if (row && !strstr(name, "gemmt") && reference_row_major_map(full, got.number) != caller)
        fail("row-major %s: parameter %d maps to %d, the caller's argument is %d", full, got.number,
             reference_row_major_map(full, got.number), caller);
}

/* One bad-argument case: every pass, each checked. */
static void bad_case(void (*fn)(Call *), const Family *f, int p, Call *q, const char *what, int want, int row,
                     int caller) {
    cases++;
#ifdef BAD_ARGS_REFERENCE
    int last = PASS_START; /* older reference CBLAS versions read arrays before some checks */
#else
    int last = PASS_NOACCESS;
#endif
    for (int pass = PASS_END; pass <= last; pass++) {
        describe(f, p, q, what, pass);
        run_call(fn, f, p, q, pass);
        expect_report(f, p, q, want, row, caller);
        expect_unchanged(pattern, q->a, MAXARR);
    }
}

/* Options as passed: letters (lower case when `lower`) or enum values. */
static void set_options(const Family *f, Call *q, int lower) {
    for (int i = 0; i < f->nargs; i++) {
        char kind = f->args[i].kind;
        if (!is_option(kind)) continue;
        q->v[i] = q->api == F77 ? (lower ? tolower(q->opt[i]) : q->opt[i]) : cblas_enum(kind, q->opt[i]);
    }
}

/* All cases of one routine in one API and layout (CBLAS), for one valid
 * combination of options. */
static void run_combo(const Family *f, int p, int api, int layout, const char *opts, int first) {
    void (*fn)(Call *) = api == F77 ? f->f77[p] : f->cblas[p];
    Call base;
    memset(&base, 0, sizeof base);
    base.api = api;
    base.layout = layout;
    base.row = api == CBLAS && layout == ROW;
    base.alpha = scalar(0.5, 0.25);
    base.beta = scalar(0.75, -0.5);
    for (int i = 0, j = 0; i < f->nargs; i++)
        if (is_option(f->args[i].kind)) base.opt[i] = opts[j++];
    f->setup(&base);
    set_options(f, &base, 0);
#ifdef BAD_ARGS_REFERENCE
    if (ref_quirk(f->names[p], &base)) return;
#endif
    char what[96];

    /* The valid call itself, and in Fortran with lower-case letters too. */
    for (int lower = 0; lower <= (api == F77); lower++) {
        Call q = base;
        set_options(f, &q, lower);
        for (int pass = PASS_END; pass <= PASS_START; pass++) {
            describe(f, p, &q, lower ? "nothing wrong (lower-case options)" : "nothing wrong", pass);
            run_call(fn, f, p, &q, pass);
            dirty = 1;
            expect_no_report();
        }
    }

    for (int i = 0; i < f->nargs; i++) {
        const Arg *arg = &f->args[i];
        int bad[8], nbad;
        if (is_option(arg->kind))
            nbad = bad_options(f, p, api, arg->kind, bad);
        else
            nbad = bad_values(arg->kind, base.v[i], bad);
        for (int b = 0; b < nbad; b++) {
            Call q = base;
            q.v[i] = bad[b];
            if (api == F77 && is_option(arg->kind))
                snprintf(what, sizeof what, "%s = '%c'", arg->name, bad[b]);
            else
                snprintf(what, sizeof what, "%s = %d", arg->name, bad[b]);
            if (api == F77)
                bad_case(fn, f, p, &q, what, arg->f77, 0, 0);
            else if (layout == COL)
                bad_case(fn, f, p, &q, what, arg->f77 + 1, 0, arg->f77 + 1);
            else
                bad_case(fn, f, p, &q, what, arg->row, 1, arg->f77 + 1);
        }
    }

    /* Invalid layouts: parameter 1, RowMajorStrg clear. */
    if (api == CBLAS && layout == COL && first) {
        static const int bad_layouts[] = {0, 100, 103, 111, -1};
        for (size_t b = 0; b < sizeof bad_layouts / sizeof bad_layouts[0]; b++) {
            Call q = base;
            q.layout = bad_layouts[b];
            snprintf(what, sizeof what, "layout = %d", bad_layouts[b]);
            bad_case(fn, f, p, &q, what, 1, 0, 1);
        }
    }
}

/* Every valid combination of the options, then run_combo on each. */
static void run_family(const Family *f, int p, int api, int layout) {
    const char *sets[MAXARGS];
    int nopt = 0;
    for (int i = 0; i < f->nargs; i++)
        if (is_option(f->args[i].kind)) sets[nopt++] = valid_letters(f, p, f->args[i].kind);
    int idx[MAXARGS] = {0};
    for (int first = 1;; first = 0) {
        char opts[MAXARGS + 1];
        for (int j = 0; j < nopt; j++) opts[j] = sets[j][idx[j]];
        opts[nopt] = '\0';
        run_combo(f, p, api, layout, opts, first);
        int j = nopt - 1;
        while (j >= 0 && !sets[j][++idx[j]]) idx[j--] = 0;
        if (j < 0) break;
    }
}

static void run_level23(void) {
    for (size_t i = 0; i < sizeof families / sizeof families[0]; i++)
        for (int p = 0; p < 4; p++) {
            const Family *f = &families[i];
            if (!f->names[p]) continue;
            run_family(f, p, F77, 0);
            if (!f->cblas[p]) continue;
            run_family(f, p, CBLAS, COL);
            run_family(f, p, CBLAS, ROW);
        }
}

/* ------------------------------------------------------------------------ */
/* Level 1: quick returns.                                                  */

typedef struct {
    int n, incx, incy;
    void *x, *y;
    const void *param;
    Scalar alpha, beta;
    double re, im; /* the result, when there is one */
} L1;

static void result_real(L1 *t, double v) { t->re = v, t->im = 0; }
static void result_cfloat(L1 *t, cfloat v) {
    float r[2];
    memcpy(r, &v, sizeof r);
    t->re = r[0], t->im = r[1];
}
static void result_cdouble(L1 *t, cdouble v) {
    double r[2];
    memcpy(r, &v, sizeof r);
    t->re = r[0], t->im = r[1];
}
#define RESULT_s result_real
#define RESULT_d result_real
#define RESULT_c result_cfloat
#define RESULT_z result_cdouble

/* The Fortran and CBLAS forms of what every precision has. */
#define L1_COMMON(P)                                                                                              \
    void P##axpy_(const int *, const T_##P *, const T_##P *, const int *, T_##P *, const int *);                  \
    void P##scal_(const int *, const T_##P *, T_##P *, const int *);                                              \
    void P##copy_(const int *, const T_##P *, const int *, T_##P *, const int *);                                 \
    void P##swap_(const int *, T_##P *, const int *, T_##P *, const int *);                                       \
    int i##P##amax_(const int *, const T_##P *, const int *);                                                     \
    void cblas_##P##axpy(int, CS_##P, const CA_##P *, int, CA_##P *, int);                                        \
    void cblas_##P##scal(int, CS_##P, CA_##P *, int);                                                             \
    void cblas_##P##copy(int, const CA_##P *, int, CA_##P *, int);                                                \
    void cblas_##P##swap(int, CA_##P *, int, CA_##P *, int);                                                      \
    size_t cblas_i##P##amax(int, const CA_##P *, int);                                                            \
    static void l1f_##P##axpy(L1 *t) { P##axpy_(&t->n, &t->alpha.P, t->x, &t->incx, t->y, &t->incy); }            \
    static void l1f_##P##scal(L1 *t) { P##scal_(&t->n, &t->alpha.P, t->x, &t->incx); }                            \
    static void l1f_##P##copy(L1 *t) { P##copy_(&t->n, t->x, &t->incx, t->y, &t->incy); }                         \
    static void l1f_##P##swap(L1 *t) { P##swap_(&t->n, t->x, &t->incx, t->y, &t->incy); }                         \
    static void l1f_i##P##amax(L1 *t) { result_real(t, i##P##amax_(&t->n, t->x, &t->incx)); }                     \
    static void l1c_##P##axpy(L1 *t) { cblas_##P##axpy(t->n, CV_##P(t->alpha.P), t->x, t->incx, t->y, t->incy); } \
    static void l1c_##P##scal(L1 *t) { cblas_##P##scal(t->n, CV_##P(t->alpha.P), t->x, t->incx); }                \
    static void l1c_##P##copy(L1 *t) { cblas_##P##copy(t->n, t->x, t->incx, t->y, t->incy); }                     \
    static void l1c_##P##swap(L1 *t) { cblas_##P##swap(t->n, t->x, t->incx, t->y, t->incy); }                     \
    static void l1c_i##P##amax(L1 *t) { result_real(t, (double)cblas_i##P##amax(t->n, t->x, t->incx)); }

/* ferroblas's extensions: axpby and i?amin. */
#define L1_EXT(P)                                                                                                \
    void P##axpby_(const int *, const T_##P *, const T_##P *, const int *, const T_##P *, T_##P *, const int *); \
    int i##P##amin_(const int *, const T_##P *, const int *);                                                    \
    void cblas_##P##axpby(int, CS_##P, const CA_##P *, int, CS_##P, CA_##P *, int);                              \
    size_t cblas_i##P##amin(int, const CA_##P *, int);                                                           \
    static void l1f_##P##axpby(L1 *t) {                                                                          \
        P##axpby_(&t->n, &t->alpha.P, t->x, &t->incx, &t->beta.P, t->y, &t->incy);                               \
    }                                                                                                            \
    static void l1f_i##P##amin(L1 *t) { result_real(t, i##P##amin_(&t->n, t->x, &t->incx)); }                    \
    static void l1c_##P##axpby(L1 *t) {                                                                          \
        cblas_##P##axpby(t->n, CV_##P(t->alpha.P), t->x, t->incx, CV_##P(t->beta.P), t->y, t->incy);             \
    }                                                                                                            \
    static void l1c_i##P##amin(L1 *t) { result_real(t, (double)cblas_i##P##amin(t->n, t->x, t->incx)); }

/* Real precisions: dot, rot, rotm, nrm2, asum. */
#define L1_REAL(P)                                                                                                 \
    T_##P P##dot_(const int *, const T_##P *, const int *, const T_##P *, const int *);                            \
    void P##rot_(const int *, T_##P *, const int *, T_##P *, const int *, const T_##P *, const T_##P *);           \
    void P##rotm_(const int *, T_##P *, const int *, T_##P *, const int *, const T_##P *);                         \
    T_##P P##nrm2_(const int *, const T_##P *, const int *);                                                       \
    T_##P P##asum_(const int *, const T_##P *, const int *);                                                       \
    T_##P cblas_##P##dot(int, const T_##P *, int, const T_##P *, int);                                             \
    void cblas_##P##rot(int, T_##P *, int, T_##P *, int, T_##P, T_##P);                                            \
    void cblas_##P##rotm(int, T_##P *, int, T_##P *, int, const T_##P *);                                          \
    T_##P cblas_##P##nrm2(int, const T_##P *, int);                                                                \
    T_##P cblas_##P##asum(int, const T_##P *, int);                                                                \
    static void l1f_##P##dot(L1 *t) { result_real(t, P##dot_(&t->n, t->x, &t->incx, t->y, &t->incy)); }            \
    static void l1f_##P##rot(L1 *t) { P##rot_(&t->n, t->x, &t->incx, t->y, &t->incy, &t->alpha.P, &t->beta.P); }   \
    static void l1f_##P##rotm(L1 *t) { P##rotm_(&t->n, t->x, &t->incx, t->y, &t->incy, t->param); }                \
    static void l1f_##P##nrm2(L1 *t) { result_real(t, P##nrm2_(&t->n, t->x, &t->incx)); }                          \
    static void l1f_##P##asum(L1 *t) { result_real(t, P##asum_(&t->n, t->x, &t->incx)); }                          \
    static void l1c_##P##dot(L1 *t) { result_real(t, cblas_##P##dot(t->n, t->x, t->incx, t->y, t->incy)); }        \
    static void l1c_##P##rot(L1 *t) { cblas_##P##rot(t->n, t->x, t->incx, t->y, t->incy, t->alpha.P, t->beta.P); } \
    static void l1c_##P##rotm(L1 *t) { cblas_##P##rotm(t->n, t->x, t->incx, t->y, t->incy, t->param); }            \
    static void l1c_##P##nrm2(L1 *t) { result_real(t, cblas_##P##nrm2(t->n, t->x, t->incx)); }                     \
    static void l1c_##P##asum(L1 *t) { result_real(t, cblas_##P##asum(t->n, t->x, t->incx)); }

/* Complex precisions (R: the real one): dotu, dotc, the real scal and rot,
 * nrm2 and asum with real results. */
#define L1_COMPLEX(P, R)                                                                                    \
    T_##P P##dotu_(const int *, const T_##P *, const int *, const T_##P *, const int *);                    \
    T_##P P##dotc_(const int *, const T_##P *, const int *, const T_##P *, const int *);                    \
    void P##R##scal_(const int *, const R_##P *, T_##P *, const int *);                                     \
    void P##R##rot_(const int *, T_##P *, const int *, T_##P *, const int *, const R_##P *, const R_##P *); \
    R_##P R##P##nrm2_(const int *, const T_##P *, const int *);                                             \
    R_##P R##P##asum_(const int *, const T_##P *, const int *);                                             \
    void cblas_##P##dotu_sub(int, const void *, int, const void *, int, void *);                            \
    void cblas_##P##dotc_sub(int, const void *, int, const void *, int, void *);                            \
    void cblas_##P##R##scal(int, R_##P, void *, int);                                                       \
    void cblas_##P##R##rot(int, void *, int, void *, int, R_##P, R_##P);                                    \
    R_##P cblas_##R##P##nrm2(int, const void *, int);                                                       \
    R_##P cblas_##R##P##asum(int, const void *, int);                                                       \
    static void l1f_##P##dotu(L1 *t) { RESULT_##P(t, P##dotu_(&t->n, t->x, &t->incx, t->y, &t->incy)); }    \
    static void l1f_##P##dotc(L1 *t) { RESULT_##P(t, P##dotc_(&t->n, t->x, &t->incx, t->y, &t->incy)); }    \
    static void l1f_##P##R##scal(L1 *t) { P##R##scal_(&t->n, &t->alpha.R, t->x, &t->incx); }                \
    static void l1f_##P##R##rot(L1 *t) {                                                                    \
        P##R##rot_(&t->n, t->x, &t->incx, t->y, &t->incy, &t->alpha.R, &t->beta.R);                         \
    }                                                                                                       \
    static void l1f_##R##P##nrm2(L1 *t) { result_real(t, R##P##nrm2_(&t->n, t->x, &t->incx)); }             \
    static void l1f_##R##P##asum(L1 *t) { result_real(t, R##P##asum_(&t->n, t->x, &t->incx)); }             \
    static void l1c_##P##dotu_sub(L1 *t) {                                                                  \
        T_##P r = t->beta.P; /* overwritten with the (zero) result */                                       \
        cblas_##P##dotu_sub(t->n, t->x, t->incx, t->y, t->incy, &r);                                        \
        RESULT_##P(t, r);                                                                                   \
    }                                                                                                       \
    static void l1c_##P##dotc_sub(L1 *t) {                                                                  \
        T_##P r = t->beta.P;                                                                                \
        cblas_##P##dotc_sub(t->n, t->x, t->incx, t->y, t->incy, &r);                                        \
        RESULT_##P(t, r);                                                                                   \
    }                                                                                                       \
    static void l1c_##P##R##scal(L1 *t) { cblas_##P##R##scal(t->n, t->alpha.R, t->x, t->incx); }            \
    static void l1c_##P##R##rot(L1 *t) {                                                                    \
        cblas_##P##R##rot(t->n, t->x, t->incx, t->y, t->incy, t->alpha.R, t->beta.R);                       \
    }                                                                                                       \
    static void l1c_##R##P##nrm2(L1 *t) { result_real(t, cblas_##R##P##nrm2(t->n, t->x, t->incx)); }        \
    static void l1c_##R##P##asum(L1 *t) { result_real(t, cblas_##R##P##asum(t->n, t->x, t->incx)); }

/* ferroblas's complex dot products returned by value from CBLAS. */
#define L1_COMPLEX_EXT(P)                                                                                    \
    T_##P cblas_##P##dotu(int, const void *, int, const void *, int);                                        \
    T_##P cblas_##P##dotc(int, const void *, int, const void *, int);                                        \
    static void l1c_##P##dotu(L1 *t) { RESULT_##P(t, cblas_##P##dotu(t->n, t->x, t->incx, t->y, t->incy)); } \
    static void l1c_##P##dotc(L1 *t) { RESULT_##P(t, cblas_##P##dotc(t->n, t->x, t->incx, t->y, t->incy)); }

L1_COMMON(s)
L1_COMMON(d)
L1_COMMON(c)
L1_COMMON(z)
L1_REAL(s)
L1_REAL(d)
L1_COMPLEX(c, s)
L1_COMPLEX(z, d)
#ifndef BAD_ARGS_REFERENCE
L1_EXT(s)
L1_EXT(d)
L1_EXT(c)
L1_EXT(z)
L1_COMPLEX_EXT(c)
L1_COMPLEX_EXT(z)
#endif

float sdsdot_(const int *, const float *, const float *, const int *, const float *, const int *);
double dsdot_(const int *, const float *, const int *, const float *, const int *);
float cblas_sdsdot(int, float, const float *, int, const float *, int);
double cblas_dsdot(int, const float *, int, const float *, int);
static void l1f_sdsdot(L1 *t) { result_real(t, sdsdot_(&t->n, &t->alpha.s, t->x, &t->incx, t->y, &t->incy)); }
static void l1f_dsdot(L1 *t) { result_real(t, dsdot_(&t->n, t->x, &t->incx, t->y, &t->incy)); }
static void l1c_sdsdot(L1 *t) { result_real(t, cblas_sdsdot(t->n, t->alpha.s, t->x, t->incx, t->y, t->incy)); }
static void l1c_dsdot(L1 *t) { result_real(t, cblas_dsdot(t->n, t->x, t->incx, t->y, t->incy)); }

/* What a Level-1 routine is checked for. */
enum {
    Q_N = 1,      /* n = 0, -1, INT_MIN: no access, result 0 */
    Q_INC = 2,    /* n = 4, incx = 0, -1: no access, result 0 (scal, asum, i?amax, i?amin) */
    Q_ALPHA0 = 4, /* n = 4, alpha = 0: no access (axpy) */
    Q_FLAG = 8,   /* n = 4, param flag -2: no access to x, y (rotm) */
    NRM2 = 16,    /* n = 4, incx = 0, -1: the norm (x read, nothing written) */
    RET_ALPHA = 32, /* n <= 0 returns alpha, not 0 (sdsdot) */
};

typedef struct {
    const char *name;
    void (*fn)(L1 *);
    int prec; /* of x and y */
    int what;
} L1Routine;

#define L1F(P, stem, what) {#stem "_", l1f_##stem, P, what}, {"cblas_" #stem, l1c_##stem, P, what}
#define L1_ROUTINES_COMMON(p, P)                                                         \
    L1F(p, P##axpy, Q_N | Q_ALPHA0), L1F(p, P##scal, Q_N | Q_INC), L1F(p, P##copy, Q_N), \
        L1F(p, P##swap, Q_N), L1F(p, i##P##amax, Q_N | Q_INC)
#define L1_ROUTINES_REAL(p, P)                                               \
    L1F(p, P##dot, Q_N), L1F(p, P##rot, Q_N), L1F(p, P##rotm, Q_N | Q_FLAG), \
        L1F(p, P##nrm2, Q_N | NRM2), L1F(p, P##asum, Q_N | Q_INC)
#define L1_ROUTINES_COMPLEX(p, P, R)                                                          \
    {#P "dotu_", l1f_##P##dotu, p, Q_N}, {#P "dotc_", l1f_##P##dotc, p, Q_N},                 \
        {"cblas_" #P "dotu_sub", l1c_##P##dotu_sub, p, Q_N},                                  \
        {"cblas_" #P "dotc_sub", l1c_##P##dotc_sub, p, Q_N}, L1F(p, P##R##scal, Q_N | Q_INC), \
        L1F(p, P##R##rot, Q_N), L1F(p, R##P##nrm2, Q_N | NRM2), L1F(p, R##P##asum, Q_N | Q_INC)
#define L1_ROUTINES_EXT(p, P) L1F(p, P##axpby, Q_N), L1F(p, i##P##amin, Q_N | Q_INC)

static const L1Routine level1[] = {
    L1_ROUTINES_COMMON(0, s), L1_ROUTINES_COMMON(1, d), L1_ROUTINES_COMMON(2, c), L1_ROUTINES_COMMON(3, z),
    L1_ROUTINES_REAL(0, s), L1_ROUTINES_REAL(1, d), L1_ROUTINES_COMPLEX(2, c, s), L1_ROUTINES_COMPLEX(3, z, d),
    L1F(0, sdsdot, Q_N | RET_ALPHA), L1F(0, dsdot, Q_N),
#ifndef BAD_ARGS_REFERENCE
    L1_ROUTINES_EXT(0, s), L1_ROUTINES_EXT(1, d), L1_ROUTINES_EXT(2, c), L1_ROUTINES_EXT(3, z),
    {"cblas_cdotu", l1c_cdotu, 2, Q_N}, {"cblas_cdotc", l1c_cdotc, 2, Q_N},
    {"cblas_zdotu", l1c_zdotu, 3, Q_N}, {"cblas_zdotc", l1c_zdotc, 3, Q_N},
#endif
};

enum { L1_LEN = 4 }; /* elements of x and y: n <= 4, |inc| <= 1 */

/* One Level-1 call: arrays laid out for the pass; nothing written, no
 * report, and the result (0 for routines without one) is `want`. */
static void l1_case(const L1Routine *r, L1 t, int pass, int norm_input, double want, const char *what) {
    snprintf(desc, sizeof desc, "%s with %s [%s]", r->name, what, PASS_NAME[pass]);
    size_t bytes = L1_LEN * ESIZE[r->prec];
    fill_slots();
    t.x = place(0, bytes, pass);
    t.y = place(1, bytes, pass);
    if (norm_input) /* every element 3 (3 + 4i): nrm2 of n of them is 3 sqrt(n) (5 sqrt(n)) */
        for (int i = 0; i < L1_LEN; i++) {
            if (r->prec == 0) ((float *)t.x)[i] = 3.0f;
            if (r->prec == 1) ((double *)t.x)[i] = 3.0;
            if (r->prec == 2) ((float *)t.x)[2 * i] = 3.0f, ((float *)t.x)[2 * i + 1] = 4.0f;
            if (r->prec == 3) ((double *)t.x)[2 * i] = 3.0, ((double *)t.x)[2 * i + 1] = 4.0;
        }
    if (norm_input) {
        for (int i = 0; i < NSLOT; i++) memcpy(saved[i], slot(i), page);
        dirty = 1;
    }
    t.re = t.im = 0.0;
    memset(&got, 0, sizeof got);
    r->fn(&t);
    calls++;
    void *arrays[2] = {t.x, t.y};
    expect_unchanged(norm_input ? saved : pattern, arrays, 2);
    if (got.f77 || got.cblas) fail("reported parameter %d of %s; Level 1 reports nothing", got.number, got.name);
    if (t.re != want || t.im != 0)
        fail("returned %g%+gi, want %g", t.re, t.im, want);
}

static void l1_run(const L1Routine *r, L1 t, int last_pass, int norm_input, double want, const char *what) {
    cases++;
    for (int pass = PASS_END; pass <= last_pass; pass++) l1_case(r, t, pass, norm_input, want, what);
}

/* rotm's parameters (flag, h11, h21, h12, h22) in x's precision, ending
 * at a guard page. */
static const void *rotm_param(int prec, double flag) {
    if (prec == 0) {
        float *h = (float *)(param_end - 5 * sizeof(float));
        for (int i = 0; i < 5; i++) h[i] = i ? (float)i : (float)flag;
        return h;
    }
    double *h = (double *)(param_end - 5 * sizeof(double));
    for (int i = 0; i < 5; i++) h[i] = i ? (double)i : flag;
    return h;
}

static void run_level1(void) {
    char what[64];
    for (size_t i = 0; i < sizeof level1 / sizeof level1[0]; i++) {
        const L1Routine *r = &level1[i];
        L1 base;
        memset(&base, 0, sizeof base);
        base.n = L1_LEN, base.incx = 1, base.incy = 1;
        base.alpha = scalar(0.5, 0.25);
        base.beta = scalar(0.75, -0.5);
        base.param = rotm_param(r->prec, 1.0); /* not -2: n alone makes rotm return */

        static const int bad_n[] = {0, -1, INT_MIN};
        for (size_t b = 0; b < sizeof bad_n / sizeof bad_n[0]; b++) {
            L1 t = base;
            t.n = bad_n[b];
            snprintf(what, sizeof what, "n = %d", bad_n[b]);
            l1_run(r, t, PASS_NOACCESS, 0, (r->what & RET_ALPHA) ? (double)base.alpha.s : 0.0, what);
        }
        static const int bad_inc[] = {0, -1};
        for (size_t b = 0; b < sizeof bad_inc / sizeof bad_inc[0]; b++) {
            L1 t = base;
            t.incx = bad_inc[b];
            snprintf(what, sizeof what, "n = %d, incx = %d", L1_LEN, bad_inc[b]);
            if (r->what & Q_INC) l1_run(r, t, PASS_NOACCESS, 0, 0.0, what);
            /* nrm2 (LAPACK 3.10): incx = 0 reads x_1 n times, incx < 0 runs backwards. */
            if (r->what & NRM2) l1_run(r, t, PASS_START, 1, (r->prec < 2 ? 3.0 : 5.0) * 2.0, what);
        }
        if (r->what & Q_ALPHA0) {
            L1 t = base;
            t.alpha = scalar(0.0, 0.0);
            l1_run(r, t, PASS_NOACCESS, 0, 0.0, "n = 4, alpha = 0");
        }
        if (r->what & Q_FLAG) {
            L1 t = base;
            t.param = rotm_param(r->prec, -2.0);
            l1_run(r, t, PASS_NOACCESS, 0, 0.0, "n = 4, param flag = -2");
        }
    }
}

/* ------------------------------------------------------------------------ */

int main(void) {
    setup_memory();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fault;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    run_level23();
    long cases23 = cases;
    run_level1();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;

    printf("bad_args: %ld cases (%ld Level 2/3, %ld Level 1), %ld calls, %ld failures, %.0f ms\n", cases, cases23,
           cases - cases23, calls, failures, ms);
    return failures ? 1 : 0;
}
