/* What libblastrampoline (Julia's BLAS demuxer) does when it is pointed at
 * a library, re-enacted without Julia: dlopen it, find the Fortran names'
 * suffix (`isamax_`, then `dpotrf_`, with the hinted suffix first and then
 * "", "_", "__", "64", "64_", ...), tell LP64 from ILP64 by calling
 * `isamax_` with N = 0xffffffff00000003 (3 to an LP64 library, negative to
 * an ILP64 one) or `dpotrf_` with LDA = 0 (INFO = -4, stored as 32 or 64
 * bits, and the process must go on), find how `zdotc_` returns its complex
 * result and whether `sdot_` returns a float (not f2c's double), and reach
 * the thread controls under the suffix (`openblas_set_num_threads64_`).
 * Usage: lbt_probe LIBRARY SUFFIX_HINT|- EXPECTED_SUFFIX 32|64 */
#include <complex.h>
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

static void check(int ok, const char *what) {
    if (!ok) {
        printf("FAIL %s\n", what);
        failures++;
    }
}

static void *lookup(void *handle, const char *stem, const char *suffix) {
    char name[128];
    snprintf(name, sizeof name, "%s%s", stem, suffix);
    return dlsym(handle, name);
}

static const char *find_suffix(void *handle, const char *hint) {
    const char *suffixes[] = {hint, "", "_", "__", "64", "64_", "_64__", "__64___"};
    const char *stems[] = {"isamax_", "dpotrf_"};
    for (int s = 0; s < 2; s++)
        for (int i = hint ? 0 : 1; i < 8; i++)
            if (lookup(handle, stems[s], suffixes[i])) return suffixes[i];
    return NULL;
}

/* 32 or 64 from isamax_ (a BLAS) or dpotrf_ (a LAPACK); 0 if neither says. */
static int interface_width(void *handle, const char *suffix) {
    int64_t (*isamax)(int64_t *, float *, int64_t *) = (int64_t(*)(int64_t *, float *, int64_t *))lookup(handle, "isamax_", suffix);
    if (isamax) {
        int64_t n = (int64_t)0xffffffff00000003ULL, inc = 1;
        float x[3] = {1.0f, 2.0f, 1.0f};
        int64_t i = isamax(&n, x, &inc) & 0xffffffff;
        return i == 0 ? 64 : i == 2 ? 32 : 0;
    }
    void (*dpotrf)(char *, int64_t *, double *, int64_t *, int64_t *) =
        (void (*)(char *, int64_t *, double *, int64_t *, int64_t *))lookup(handle, "dpotrf_", suffix);
    if (dpotrf) {
        double a[4] = {0};
        char uplo = 'U';
        int64_t n = 2, lda = 0, info = 0;
        dpotrf(&uplo, &n, a, &lda, &info);
        return (uint64_t)info == 0xfffffffffffffffcULL ? 64 : (uint64_t)info == 0xfffffffcULL ? 32 : 0;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s LIBRARY SUFFIX_HINT|- EXPECTED_SUFFIX 32|64\n", argv[0]);
        return 2;
    }
    const char *hint = strcmp(argv[2], "-") == 0 ? NULL : argv[2];
    const char *expected = strcmp(argv[3], "-") == 0 ? "" : argv[3];
    int width = atoi(argv[4]);
    void *handle = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!handle) {
        printf("FAIL dlopen %s: %s\n", argv[1], dlerror());
        return 1;
    }
    const char *suffix = find_suffix(handle, hint);
    check(suffix && strcmp(suffix, expected) == 0, "the symbol suffix");
    if (!suffix) return 1;
    int got = interface_width(handle, suffix);
    check(got == width, "the interface width (isamax_ with N = 0xffffffff00000003, or dpotrf_ with LDA = 0)");

    void *zdotc = lookup(handle, "zdotc_", suffix);
    if (zdotc) {
        /* As an f2c-style call (result through a first argument), ours must
         * not write there: N reads as 0 from the low half of 0 + 1i. */
        double complex ret = 0.0 + 1.0 * I, zc = 0.0;
        int64_t zero = 0;
        ((void (*)(double complex *, int64_t *, double complex *, int64_t *, double complex *, int64_t *))zdotc)(
            &ret, &zero, &zc, &zero, &zc, &zero);
        check(creal(ret) == 0.0 && cimag(ret) == 1.0, "zdotc_ is not result-argument style");
        ret = ((double complex(*)(int64_t *, double complex *, int64_t *, double complex *, int64_t *))zdotc)(
            &zero, &zc, &zero, &zc, &zero);
        check(creal(ret) == 0.0 && cimag(ret) == 0.0, "zdotc_ returns its result (gfortran style)");
        /* And a product: conj(1+2i) (3+4i) = (1-2i)(3+4i) = 11 - 2i. */
        double complex x = 1.0 + 2.0 * I, y = 3.0 + 4.0 * I;
        int64_t one = 1;
        ret = ((double complex(*)(int64_t *, double complex *, int64_t *, double complex *, int64_t *))zdotc)(
            &one, &x, &one, &y, &one);
        check(creal(ret) == 11.0 && cimag(ret) == -2.0, "zdotc_ of (1+2i, 3+4i) is 11-2i");
    }
    void *sdot = lookup(handle, "sdot_", suffix);
    if (sdot) {
        float a = 0.5f, b = 0.5f;
        int64_t n = 1, inc = 1;
        float plain = ((float (*)(int64_t *, float *, int64_t *, float *, int64_t *))sdot)(&n, &a, &inc, &b, &inc);
        check(plain == 0.25f, "sdot_ returns a float (not f2c's double)");
    }
    /* A BLAS library: its thread controls, under the suffix, and CBLAS. */
    int blas = lookup(handle, "isamax_", suffix) != NULL;
    void (*set)(int) = (void (*)(int))lookup(handle, "openblas_set_num_threads", suffix);
    int (*get)(void) = (int (*)(void))lookup(handle, "openblas_get_num_threads", suffix);
    check(!blas || (set && get), "openblas_set_num_threads / openblas_get_num_threads under the suffix");
    if (set && get) {
        set(1);
        check(get() == 1, "one thread after openblas_set_num_threads(1)");
        set(3);
        check(get() == 3, "three threads after openblas_set_num_threads(3)");
    }
    check(!blas || width == 64 || dlsym(handle, "cblas_zdotc_sub") != NULL, "cblas_zdotc_sub");
    printf("%s: suffix \"%s\", %d-bit integers, zdotc_ returns its value, sdot_ a float: %s\n", argv[1], suffix, got,
           failures ? "FAILED" : "ok");
    return failures ? 1 : 0;
}
