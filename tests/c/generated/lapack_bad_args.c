/* Generated from capi/lapack.spec by `cargo xtask codegen`; do not edit.
 *
* usage: lapack_bad_args FERROBLAS_SO REFERENCE_LAPACK_SO
* Each case makes one illegal call through the Fortran ABI on both libraries
* and checks that xerbla_ (ours, below) hears the parameter number the spec
* gives, and that ferroblas wrote nothing. Link with -rdynamic -ldl.
 */
#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef int32_t I;
#define BUF 8192
#define NBUF 8
static double bufs[NBUF][BUF];
static I ibufs[NBUF][BUF];
static char heard_name[64];
static int heard_info, heard_calls;

void xerbla_(const char *name, const I *info, size_t len) {
    size_t n = len < 63 ? len : 63;
    memcpy(heard_name, name, n);
    while (n > 0 && (heard_name[n - 1] == ' ' || heard_name[n - 1] == 0)) n--;
    heard_name[n] = 0;
    heard_info = *info;
    heard_calls++;
}

static void fill(void) {
    for (int b = 0; b < NBUF; b++)
        for (int i = 0; i < BUF; i++) {
            bufs[b][i] = 1.0 + b + i * 0.001;
            ibufs[b][i] = 1;
        }
}

static int unchanged(void) {
    for (int b = 0; b < NBUF; b++)
        for (int i = 0; i < BUF; i++)
            if (bufs[b][i] != 1.0 + b + i * 0.001 || ibufs[b][i] != 1) return 0;
    return 1;
}

typedef void (*caller)(void *fn);
struct bad_case { const char *symbol; const char *srname; int param; caller call; };

static void call_slasr_0(void *fn) {
    char side = 'X';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_slasr_1(void *fn) {
    char side = 'L';
    char pivot = 'X';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_slasr_2(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_slasr_3(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = -1;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_slasr_4(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = -1;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_slasr_5(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 2;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_dlasr_0(void *fn) {
    char side = 'X';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_dlasr_1(void *fn) {
    char side = 'L';
    char pivot = 'X';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_dlasr_2(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_dlasr_3(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = -1;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_dlasr_4(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = -1;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_dlasr_5(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 2;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_clasr_0(void *fn) {
    char side = 'X';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_clasr_1(void *fn) {
    char side = 'L';
    char pivot = 'X';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_clasr_2(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_clasr_3(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = -1;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_clasr_4(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = -1;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_clasr_5(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 2;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_zlasr_0(void *fn) {
    char side = 'X';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_zlasr_1(void *fn) {
    char side = 'L';
    char pivot = 'X';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_zlasr_2(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_zlasr_3(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = -1;
    I n = 3;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_zlasr_4(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = -1;
    I lda = 3;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_zlasr_5(void *fn) {
    char side = 'L';
    char pivot = 'V';
    char direct = 'F';
    I m = 3;
    I n = 3;
    I lda = 2;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&side, &pivot, &direct, &m, &n, bufs[0], bufs[1], bufs[2], &lda, 1, 1, 1);
}

static void call_slasrt_0(void *fn) {
    char id = 'X';
    I n = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, size_t))fn)(&id, &n, bufs[0], &info, 1);
}

static void call_slasrt_1(void *fn) {
    char id = 'I';
    I n = -1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, size_t))fn)(&id, &n, bufs[0], &info, 1);
}

static void call_dlasrt_0(void *fn) {
    char id = 'X';
    I n = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, size_t))fn)(&id, &n, bufs[0], &info, 1);
}

static void call_dlasrt_1(void *fn) {
    char id = 'I';
    I n = -1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, size_t))fn)(&id, &n, bufs[0], &info, 1);
}

static void call_slascl_0(void *fn) {
    char kind = 'X';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_1(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {0, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_2(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {NAN, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_3(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_4(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_5(void *fn) {
    char kind = 'B';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_6(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_7(void *fn) {
    char kind = 'B';
    I kl = -1;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_8(void *fn) {
    char kind = 'Z';
    I kl = 3;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_9(void *fn) {
    char kind = 'B';
    I kl = 0;
    I ku = 1;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_10(void *fn) {
    char kind = 'Z';
    I kl = 0;
    I ku = -1;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_slascl_11(void *fn) {
    char kind = 'Z';
    I kl = 1;
    I ku = 1;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_0(void *fn) {
    char kind = 'X';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_1(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {0, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_2(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {NAN, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_3(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_4(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_5(void *fn) {
    char kind = 'B';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_6(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_7(void *fn) {
    char kind = 'B';
    I kl = -1;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_8(void *fn) {
    char kind = 'Z';
    I kl = 3;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_9(void *fn) {
    char kind = 'B';
    I kl = 0;
    I ku = 1;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_10(void *fn) {
    char kind = 'Z';
    I kl = 0;
    I ku = -1;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_dlascl_11(void *fn) {
    char kind = 'Z';
    I kl = 1;
    I ku = 1;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_0(void *fn) {
    char kind = 'X';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_1(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {0, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_2(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {NAN, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_3(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_4(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_5(void *fn) {
    char kind = 'B';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_6(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_7(void *fn) {
    char kind = 'B';
    I kl = -1;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_8(void *fn) {
    char kind = 'Z';
    I kl = 3;
    I ku = 0;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_9(void *fn) {
    char kind = 'B';
    I kl = 0;
    I ku = 1;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_10(void *fn) {
    char kind = 'Z';
    I kl = 0;
    I ku = -1;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_clascl_11(void *fn) {
    char kind = 'Z';
    I kl = 1;
    I ku = 1;
    float cfrom[2] = {1, 0};
    float cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_0(void *fn) {
    char kind = 'X';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_1(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {0, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_2(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {NAN, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_3(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_4(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_5(void *fn) {
    char kind = 'B';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_6(void *fn) {
    char kind = 'G';
    I kl = 0;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_7(void *fn) {
    char kind = 'B';
    I kl = -1;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_8(void *fn) {
    char kind = 'Z';
    I kl = 3;
    I ku = 0;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_9(void *fn) {
    char kind = 'B';
    I kl = 0;
    I ku = 1;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_10(void *fn) {
    char kind = 'Z';
    I kl = 0;
    I ku = -1;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_zlascl_11(void *fn) {
    char kind = 'Z';
    I kl = 1;
    I ku = 1;
    double cfrom[2] = {1, 0};
    double cto[2] = {2, 0};
    I m = 3;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, I *, void *, I *, I *, size_t))fn)(&kind, &kl, &ku, cfrom, cto, &m, &n, bufs[0], &lda, &info, 1);
}

static void call_csymv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    float alpha[2] = {1, 0};
    I lda = 3;
    I incx = 1;
    float beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_csymv_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    float alpha[2] = {1, 0};
    I lda = 3;
    I incx = 1;
    float beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_csymv_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    float alpha[2] = {1, 0};
    I lda = 2;
    I incx = 1;
    float beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_csymv_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    float alpha[2] = {1, 0};
    I lda = 3;
    I incx = 0;
    float beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_csymv_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    float alpha[2] = {1, 0};
    I lda = 3;
    I incx = 1;
    float beta[2] = {1, 0};
    I incy = 0;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zsymv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    double alpha[2] = {1, 0};
    I lda = 3;
    I incx = 1;
    double beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zsymv_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    double alpha[2] = {1, 0};
    I lda = 3;
    I incx = 1;
    double beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zsymv_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    double alpha[2] = {1, 0};
    I lda = 2;
    I incx = 1;
    double beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zsymv_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    double alpha[2] = {1, 0};
    I lda = 3;
    I incx = 0;
    double beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zsymv_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    double alpha[2] = {1, 0};
    I lda = 3;
    I incx = 1;
    double beta[2] = {1, 0};
    I incy = 0;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &lda, bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_csyr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    float alpha[2] = {1, 0};
    I incx = 1;
    I lda = 3;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], &lda, 1);
}

static void call_csyr_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    float alpha[2] = {1, 0};
    I incx = 1;
    I lda = 3;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], &lda, 1);
}

static void call_csyr_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    float alpha[2] = {1, 0};
    I incx = 0;
    I lda = 3;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], &lda, 1);
}

static void call_csyr_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    float alpha[2] = {1, 0};
    I incx = 1;
    I lda = 2;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], &lda, 1);
}

static void call_zsyr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    double alpha[2] = {1, 0};
    I incx = 1;
    I lda = 3;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], &lda, 1);
}

static void call_zsyr_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    double alpha[2] = {1, 0};
    I incx = 1;
    I lda = 3;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], &lda, 1);
}

static void call_zsyr_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    double alpha[2] = {1, 0};
    I incx = 0;
    I lda = 3;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], &lda, 1);
}

static void call_zsyr_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    double alpha[2] = {1, 0};
    I incx = 1;
    I lda = 2;
    ((void (*)(const char *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], &lda, 1);
}

static void call_cspmv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    float alpha[2] = {1, 0};
    I incx = 1;
    float beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_cspmv_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    float alpha[2] = {1, 0};
    I incx = 1;
    float beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_cspmv_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    float alpha[2] = {1, 0};
    I incx = 0;
    float beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_cspmv_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    float alpha[2] = {1, 0};
    I incx = 1;
    float beta[2] = {1, 0};
    I incy = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zspmv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    double alpha[2] = {1, 0};
    I incx = 1;
    double beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zspmv_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    double alpha[2] = {1, 0};
    I incx = 1;
    double beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zspmv_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    double alpha[2] = {1, 0};
    I incx = 0;
    double beta[2] = {1, 0};
    I incy = 1;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_zspmv_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    double alpha[2] = {1, 0};
    I incx = 1;
    double beta[2] = {1, 0};
    I incy = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, alpha, bufs[0], bufs[1], &incx, beta, bufs[2], &incy, 1);
}

static void call_cspr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    float alpha[2] = {1, 0};
    I incx = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], 1);
}

static void call_cspr_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    float alpha[2] = {1, 0};
    I incx = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], 1);
}

static void call_cspr_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    float alpha[2] = {1, 0};
    I incx = 0;
    ((void (*)(const char *, I *, void *, void *, I *, void *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], 1);
}

static void call_zspr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    double alpha[2] = {1, 0};
    I incx = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], 1);
}

static void call_zspr_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    double alpha[2] = {1, 0};
    I incx = 1;
    ((void (*)(const char *, I *, void *, void *, I *, void *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], 1);
}

static void call_zspr_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    double alpha[2] = {1, 0};
    I incx = 0;
    ((void (*)(const char *, I *, void *, void *, I *, void *, size_t))fn)(&uplo, &n, alpha, bufs[0], &incx, bufs[1], 1);
}

static void call_sgetrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_sgetrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_sgetrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_dgetrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_dgetrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_dgetrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_cgetrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_cgetrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_cgetrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_zgetrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_zgetrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_zgetrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], &info);
}

static void call_sgetrs_0(void *fn) {
    char trans = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgetrs_1(void *fn) {
    char trans = 'N';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgetrs_2(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgetrs_3(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgetrs_4(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgetrs_0(void *fn) {
    char trans = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgetrs_1(void *fn) {
    char trans = 'N';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgetrs_2(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgetrs_3(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgetrs_4(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgetrs_0(void *fn) {
    char trans = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgetrs_1(void *fn) {
    char trans = 'N';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgetrs_2(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgetrs_3(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgetrs_4(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgetrs_0(void *fn) {
    char trans = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgetrs_1(void *fn) {
    char trans = 'N';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgetrs_2(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgetrs_3(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgetrs_4(void *fn) {
    char trans = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgesv_0(void *fn) {
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_sgesv_1(void *fn) {
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_sgesv_2(void *fn) {
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_sgesv_3(void *fn) {
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgesv_0(void *fn) {
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgesv_1(void *fn) {
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgesv_2(void *fn) {
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgesv_3(void *fn) {
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgesv_0(void *fn) {
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgesv_1(void *fn) {
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgesv_2(void *fn) {
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgesv_3(void *fn) {
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgesv_0(void *fn) {
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgesv_1(void *fn) {
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgesv_2(void *fn) {
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgesv_3(void *fn) {
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info);
}

static void call_spotrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_spotrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_spotrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dpotrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dpotrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dpotrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_cpotrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_cpotrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_cpotrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zpotrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zpotrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zpotrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_spotrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_spotrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_spotrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_spotrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_spotrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dpotrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dpotrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dpotrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dpotrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dpotrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cpotrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cpotrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cpotrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cpotrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cpotrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zpotrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zpotrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zpotrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zpotrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zpotrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_sposv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_sposv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_sposv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_sposv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_sposv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dposv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dposv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dposv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dposv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dposv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cposv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cposv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cposv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cposv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_cposv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zposv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zposv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zposv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zposv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zposv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_spotri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_spotri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_spotri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dpotri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dpotri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dpotri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_cpotri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_cpotri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_cpotri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zpotri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zpotri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zpotri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_slauum_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_slauum_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_slauum_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dlauum_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dlauum_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_dlauum_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_clauum_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_clauum_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_clauum_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zlauum_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zlauum_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_zlauum_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, &info, 1);
}

static void call_strtri_0(void *fn) {
    char uplo = 'X';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_strtri_1(void *fn) {
    char uplo = 'L';
    char diag = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_strtri_2(void *fn) {
    char uplo = 'L';
    char diag = 'N';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_strtri_3(void *fn) {
    char uplo = 'L';
    char diag = 'N';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_dtrtri_0(void *fn) {
    char uplo = 'X';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_dtrtri_1(void *fn) {
    char uplo = 'L';
    char diag = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_dtrtri_2(void *fn) {
    char uplo = 'L';
    char diag = 'N';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_dtrtri_3(void *fn) {
    char uplo = 'L';
    char diag = 'N';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_ctrtri_0(void *fn) {
    char uplo = 'X';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_ctrtri_1(void *fn) {
    char uplo = 'L';
    char diag = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_ctrtri_2(void *fn) {
    char uplo = 'L';
    char diag = 'N';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_ctrtri_3(void *fn) {
    char uplo = 'L';
    char diag = 'N';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_ztrtri_0(void *fn) {
    char uplo = 'X';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_ztrtri_1(void *fn) {
    char uplo = 'L';
    char diag = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_ztrtri_2(void *fn) {
    char uplo = 'L';
    char diag = 'N';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_ztrtri_3(void *fn) {
    char uplo = 'L';
    char diag = 'N';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, I *, size_t, size_t))fn)(&uplo, &diag, &n, bufs[0], &lda, &info, 1, 1);
}

static void call_strtrs_0(void *fn) {
    char uplo = 'X';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_strtrs_1(void *fn) {
    char uplo = 'L';
    char trans = 'X';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_strtrs_2(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_strtrs_3(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_strtrs_4(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_strtrs_5(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_strtrs_6(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_dtrtrs_0(void *fn) {
    char uplo = 'X';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_dtrtrs_1(void *fn) {
    char uplo = 'L';
    char trans = 'X';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_dtrtrs_2(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_dtrtrs_3(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_dtrtrs_4(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_dtrtrs_5(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_dtrtrs_6(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ctrtrs_0(void *fn) {
    char uplo = 'X';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ctrtrs_1(void *fn) {
    char uplo = 'L';
    char trans = 'X';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ctrtrs_2(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ctrtrs_3(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ctrtrs_4(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ctrtrs_5(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ctrtrs_6(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ztrtrs_0(void *fn) {
    char uplo = 'X';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ztrtrs_1(void *fn) {
    char uplo = 'L';
    char trans = 'X';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ztrtrs_2(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ztrtrs_3(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ztrtrs_4(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ztrtrs_5(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_ztrtrs_6(void *fn) {
    char uplo = 'L';
    char trans = 'N';
    char diag = 'N';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, &info, 1, 1, 1);
}

static void call_sgetri_0(void *fn) {
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_sgetri_1(void *fn) {
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_sgetri_2(void *fn) {
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_dgetri_0(void *fn) {
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_dgetri_1(void *fn) {
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_dgetri_2(void *fn) {
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_cgetri_0(void *fn) {
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_cgetri_1(void *fn) {
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_cgetri_2(void *fn) {
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_zgetri_0(void *fn) {
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_zgetri_1(void *fn) {
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_zgetri_2(void *fn) {
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, void *, I *, void *, void *, I *, I *))fn)(&n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info);
}

static void call_sgbtrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_sgbtrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_sgbtrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I kl = -1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_sgbtrf_3(void *fn) {
    I m = 3;
    I n = 3;
    I kl = 1;
    I ku = -1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_sgbtrf_4(void *fn) {
    I m = 3;
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_dgbtrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_dgbtrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_dgbtrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I kl = -1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_dgbtrf_3(void *fn) {
    I m = 3;
    I n = 3;
    I kl = 1;
    I ku = -1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_dgbtrf_4(void *fn) {
    I m = 3;
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_cgbtrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_cgbtrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_cgbtrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I kl = -1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_cgbtrf_3(void *fn) {
    I m = 3;
    I n = 3;
    I kl = 1;
    I ku = -1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_cgbtrf_4(void *fn) {
    I m = 3;
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_zgbtrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_zgbtrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_zgbtrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I kl = -1;
    I ku = 1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_zgbtrf_3(void *fn) {
    I m = 3;
    I n = 3;
    I kl = 1;
    I ku = -1;
    I ldab = 4;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_zgbtrf_4(void *fn) {
    I m = 3;
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, I *))fn)(&m, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], &info);
}

static void call_sgbtrs_0(void *fn) {
    char trans = 'X';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgbtrs_1(void *fn) {
    char trans = 'N';
    I n = -1;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgbtrs_2(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = -1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgbtrs_3(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = -1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgbtrs_4(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = -1;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgbtrs_5(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgbtrs_6(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgbtrs_0(void *fn) {
    char trans = 'X';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgbtrs_1(void *fn) {
    char trans = 'N';
    I n = -1;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgbtrs_2(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = -1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgbtrs_3(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = -1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgbtrs_4(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = -1;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgbtrs_5(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dgbtrs_6(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgbtrs_0(void *fn) {
    char trans = 'X';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgbtrs_1(void *fn) {
    char trans = 'N';
    I n = -1;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgbtrs_2(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = -1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgbtrs_3(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = -1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgbtrs_4(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = -1;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgbtrs_5(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_cgbtrs_6(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgbtrs_0(void *fn) {
    char trans = 'X';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgbtrs_1(void *fn) {
    char trans = 'N';
    I n = -1;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgbtrs_2(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = -1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgbtrs_3(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = -1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgbtrs_4(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = -1;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgbtrs_5(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zgbtrs_6(void *fn) {
    char trans = 'N';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&trans, &n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_sgbsv_0(void *fn) {
    I n = -1;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_sgbsv_1(void *fn) {
    I n = 3;
    I kl = -1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_sgbsv_2(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = -1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_sgbsv_3(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = -1;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_sgbsv_4(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_sgbsv_5(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgbsv_0(void *fn) {
    I n = -1;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgbsv_1(void *fn) {
    I n = 3;
    I kl = -1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgbsv_2(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = -1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgbsv_3(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = -1;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgbsv_4(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_dgbsv_5(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgbsv_0(void *fn) {
    I n = -1;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgbsv_1(void *fn) {
    I n = 3;
    I kl = -1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgbsv_2(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = -1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgbsv_3(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = -1;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgbsv_4(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_cgbsv_5(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgbsv_0(void *fn) {
    I n = -1;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgbsv_1(void *fn) {
    I n = 3;
    I kl = -1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgbsv_2(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = -1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgbsv_3(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = -1;
    I ldab = 4;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgbsv_4(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_zgbsv_5(void *fn) {
    I n = 3;
    I kl = 1;
    I ku = 1;
    I nrhs = 2;
    I ldab = 4;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&n, &kl, &ku, &nrhs, bufs[0], &ldab, ibufs[0], bufs[1], &ldb, &info);
}

static void call_spbtrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_spbtrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_spbtrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_spbtrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I ldab = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_dpbtrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_dpbtrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_dpbtrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_dpbtrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I ldab = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_cpbtrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_cpbtrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_cpbtrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_cpbtrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I ldab = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_zpbtrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_zpbtrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_zpbtrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I ldab = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_zpbtrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I ldab = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, &info, 1);
}

static void call_spbtrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbtrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbtrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbtrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = -1;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbtrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 1;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbtrs_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbtrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbtrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbtrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbtrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = -1;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbtrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 1;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbtrs_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbtrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbtrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbtrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbtrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = -1;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbtrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 1;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbtrs_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbtrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbtrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbtrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbtrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = -1;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbtrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 1;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbtrs_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbsv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbsv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbsv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbsv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = -1;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbsv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 1;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_spbsv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbsv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbsv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbsv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbsv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = -1;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbsv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 1;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_dpbsv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbsv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbsv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbsv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbsv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = -1;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbsv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 1;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_cpbsv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbsv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbsv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbsv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = -1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbsv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = -1;
    I ldab = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbsv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 1;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_zpbsv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I kd = 1;
    I nrhs = 2;
    I ldab = 2;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &kd, &nrhs, bufs[0], &ldab, bufs[1], &ldb, &info, 1);
}

static void call_ssygst_0(void *fn) {
    I itype = 0;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_ssygst_1(void *fn) {
    I itype = 4;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_ssygst_2(void *fn) {
    I itype = 1;
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_ssygst_3(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_ssygst_4(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_ssygst_5(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dsygst_0(void *fn) {
    I itype = 0;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dsygst_1(void *fn) {
    I itype = 4;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dsygst_2(void *fn) {
    I itype = 1;
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dsygst_3(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dsygst_4(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_dsygst_5(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_chegst_0(void *fn) {
    I itype = 0;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_chegst_1(void *fn) {
    I itype = 4;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_chegst_2(void *fn) {
    I itype = 1;
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_chegst_3(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_chegst_4(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_chegst_5(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zhegst_0(void *fn) {
    I itype = 0;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zhegst_1(void *fn) {
    I itype = 4;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zhegst_2(void *fn) {
    I itype = 1;
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zhegst_3(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zhegst_4(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_zhegst_5(void *fn) {
    I itype = 1;
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(I *, const char *, I *, void *, I *, void *, I *, I *, size_t))fn)(&itype, &uplo, &n, bufs[0], &lda, bufs[1], &ldb, &info, 1);
}

static void call_strsyl_0(void *fn) {
    char trana = 'X';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_strsyl_1(void *fn) {
    char trana = 'N';
    char tranb = 'X';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_strsyl_2(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_strsyl_3(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = -1;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_strsyl_4(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_strsyl_5(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_strsyl_6(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_strsyl_7(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_dtrsyl_0(void *fn) {
    char trana = 'X';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_dtrsyl_1(void *fn) {
    char trana = 'N';
    char tranb = 'X';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_dtrsyl_2(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_dtrsyl_3(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = -1;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_dtrsyl_4(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_dtrsyl_5(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_dtrsyl_6(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_dtrsyl_7(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ctrsyl_0(void *fn) {
    char trana = 'X';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ctrsyl_1(void *fn) {
    char trana = 'N';
    char tranb = 'X';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ctrsyl_2(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ctrsyl_3(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = -1;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ctrsyl_4(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ctrsyl_5(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ctrsyl_6(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ctrsyl_7(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ztrsyl_0(void *fn) {
    char trana = 'X';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ztrsyl_1(void *fn) {
    char trana = 'N';
    char tranb = 'X';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ztrsyl_2(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ztrsyl_3(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = -1;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ztrsyl_4(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ztrsyl_5(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ztrsyl_6(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ztrsyl_7(void *fn) {
    char trana = 'N';
    char tranb = 'N';
    I isgn = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&trana, &tranb, &isgn, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, scale, &info, 1, 1);
}

static void call_ssytrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetrf_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetrf_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetrf_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetrf_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytrf_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytrf_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytrf_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytrf_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytrf_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytrf_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytrf_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytrf_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytrf_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytrf_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytrf_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytrf_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytrf_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytrf_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytrf_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytrf_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytf2_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_ssytf2_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_ssytf2_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_dsytf2_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_dsytf2_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_dsytf2_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_csytf2_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_csytf2_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_csytf2_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zsytf2_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zsytf2_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zsytf2_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_ssytrs_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssytrs_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssytrs_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssytrs_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssytrs_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssysv_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_rook_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_rook_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_rook_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_rook_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chetrf_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetrf_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetrf_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetrf_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetrf_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetrf_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetrf_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetrf_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetf2_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_chetf2_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_chetf2_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zhetf2_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zhetf2_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zhetf2_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_chetrs_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chesv_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_rook_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_rook_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_rook_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_rook_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_rook_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_rook_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssytf2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_ssytf2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_ssytf2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_dsytf2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_dsytf2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_dsytf2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_csytf2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_csytf2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_csytf2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zsytf2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zsytf2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zsytf2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_chetf2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_chetf2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_chetf2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zhetf2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zhetf2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_zhetf2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], &info, 1);
}

static void call_ssytrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssytrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssytrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssytrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssytrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_dsytrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_csytrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zsytrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_chetrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_zhetrs_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, &info, 1);
}

static void call_ssysv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssysv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dsysv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_csysv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zsysv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_chesv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zhesv_5(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_ssyconv_0(void *fn) {
    char uplo = 'X';
    char way = 'C';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_ssyconv_1(void *fn) {
    char uplo = 'L';
    char way = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_ssyconv_2(void *fn) {
    char uplo = 'L';
    char way = 'C';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_ssyconv_3(void *fn) {
    char uplo = 'L';
    char way = 'C';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_dsyconv_0(void *fn) {
    char uplo = 'X';
    char way = 'C';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_dsyconv_1(void *fn) {
    char uplo = 'L';
    char way = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_dsyconv_2(void *fn) {
    char uplo = 'L';
    char way = 'C';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_dsyconv_3(void *fn) {
    char uplo = 'L';
    char way = 'C';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_csyconv_0(void *fn) {
    char uplo = 'X';
    char way = 'C';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_csyconv_1(void *fn) {
    char uplo = 'L';
    char way = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_csyconv_2(void *fn) {
    char uplo = 'L';
    char way = 'C';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_csyconv_3(void *fn) {
    char uplo = 'L';
    char way = 'C';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_zsyconv_0(void *fn) {
    char uplo = 'X';
    char way = 'C';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_zsyconv_1(void *fn) {
    char uplo = 'L';
    char way = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_zsyconv_2(void *fn) {
    char uplo = 'L';
    char way = 'C';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_zsyconv_3(void *fn) {
    char uplo = 'L';
    char way = 'C';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&uplo, &way, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1, 1);
}

static void call_ssytrs2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_ssytrs2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_ssytrs2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_ssytrs2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_ssytrs2_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_dsytrs2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_dsytrs2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_dsytrs2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_dsytrs2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_dsytrs2_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_csytrs2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_csytrs2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_csytrs2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_csytrs2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_csytrs2_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zsytrs2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zsytrs2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zsytrs2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zsytrs2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zsytrs2_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_ssytri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_ssytri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_ssytri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_dsytri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_dsytri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_dsytri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_csytri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_csytri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_csytri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_zsytri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_zsytri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_zsytri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_ssytri2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytri2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytri2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytri2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytri2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytri2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytri2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_dsytri2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytri2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytri2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytri2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_csytri2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytri2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytri2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytri2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zsytri2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_ssytri2x_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_ssytri2x_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_ssytri2x_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_dsytri2x_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_dsytri2x_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_dsytri2x_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_csytri2x_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_csytri2x_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_csytri2x_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_zsytri2x_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_zsytri2x_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_zsytri2x_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_chetrs2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_chetrs2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_chetrs2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_chetrs2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_chetrs2_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zhetrs2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zhetrs2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zhetrs2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zhetrs2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_zhetrs2_4(void *fn) {
    char uplo = 'L';
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &nrhs, bufs[0], &lda, ibufs[0], bufs[1], &ldb, bufs[2], &info, 1);
}

static void call_chetri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_chetri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_chetri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_zhetri_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_zhetri_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_zhetri_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &info, 1);
}

static void call_chetri2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetri2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetri2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetri2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetri2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetri2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetri2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 100;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_zhetri2_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &lwork, &info, 1);
}

static void call_chetri2x_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_chetri2x_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_chetri2x_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_zhetri2x_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_zhetri2x_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_zhetri2x_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I nb = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], bufs[1], &nb, &info, 1);
}

static void call_slatrs_0(void *fn) {
    char uplo = 'X';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_slatrs_1(void *fn) {
    char uplo = 'U';
    char trans = 'X';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_slatrs_2(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'X';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_slatrs_3(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'X';
    I n = 3;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_slatrs_4(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = -1;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_slatrs_5(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 2;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_dlatrs_0(void *fn) {
    char uplo = 'X';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_dlatrs_1(void *fn) {
    char uplo = 'U';
    char trans = 'X';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_dlatrs_2(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'X';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_dlatrs_3(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'X';
    I n = 3;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_dlatrs_4(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = -1;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_dlatrs_5(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 2;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_clatrs_0(void *fn) {
    char uplo = 'X';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_clatrs_1(void *fn) {
    char uplo = 'U';
    char trans = 'X';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_clatrs_2(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'X';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_clatrs_3(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'X';
    I n = 3;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_clatrs_4(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = -1;
    I lda = 3;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_clatrs_5(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 2;
    float scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_zlatrs_0(void *fn) {
    char uplo = 'X';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_zlatrs_1(void *fn) {
    char uplo = 'U';
    char trans = 'X';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_zlatrs_2(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'X';
    char normin = 'N';
    I n = 3;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_zlatrs_3(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'X';
    I n = 3;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_zlatrs_4(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = -1;
    I lda = 3;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_zlatrs_5(void *fn) {
    char uplo = 'U';
    char trans = 'N';
    char diag = 'N';
    char normin = 'N';
    I n = 3;
    I lda = 2;
    double scale[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t, size_t))fn)(&uplo, &trans, &diag, &normin, &n, bufs[0], &lda, bufs[1], scale, bufs[2], &info, 1, 1, 1, 1);
}

static void call_strcon_0(void *fn) {
    char norm = 'X';
    char uplo = 'U';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_strcon_1(void *fn) {
    char norm = '1';
    char uplo = 'X';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_strcon_2(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'X';
    I n = 3;
    I lda = 3;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_strcon_3(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'N';
    I n = -1;
    I lda = 3;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_strcon_4(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'N';
    I n = 3;
    I lda = 2;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_dtrcon_0(void *fn) {
    char norm = 'X';
    char uplo = 'U';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_dtrcon_1(void *fn) {
    char norm = '1';
    char uplo = 'X';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_dtrcon_2(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'X';
    I n = 3;
    I lda = 3;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_dtrcon_3(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'N';
    I n = -1;
    I lda = 3;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_dtrcon_4(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'N';
    I n = 3;
    I lda = 2;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ctrcon_0(void *fn) {
    char norm = 'X';
    char uplo = 'U';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ctrcon_1(void *fn) {
    char norm = '1';
    char uplo = 'X';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ctrcon_2(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'X';
    I n = 3;
    I lda = 3;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ctrcon_3(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'N';
    I n = -1;
    I lda = 3;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ctrcon_4(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'N';
    I n = 3;
    I lda = 2;
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ztrcon_0(void *fn) {
    char norm = 'X';
    char uplo = 'U';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ztrcon_1(void *fn) {
    char norm = '1';
    char uplo = 'X';
    char diag = 'N';
    I n = 3;
    I lda = 3;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ztrcon_2(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'X';
    I n = 3;
    I lda = 3;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ztrcon_3(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'N';
    I n = -1;
    I lda = 3;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_ztrcon_4(void *fn) {
    char norm = '1';
    char uplo = 'U';
    char diag = 'N';
    I n = 3;
    I lda = 2;
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, void *, I *, void *, void *, void *, I *, size_t, size_t, size_t))fn)(&norm, &uplo, &diag, &n, bufs[0], &lda, rcond, bufs[1], bufs[2], &info, 1, 1, 1);
}

static void call_sgecon_0(void *fn) {
    char norm = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_sgecon_1(void *fn) {
    char norm = '1';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_sgecon_2(void *fn) {
    char norm = '1';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_sgecon_3(void *fn) {
    char norm = '1';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgecon_0(void *fn) {
    char norm = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgecon_1(void *fn) {
    char norm = '1';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgecon_2(void *fn) {
    char norm = '1';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgecon_3(void *fn) {
    char norm = '1';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgecon_0(void *fn) {
    char norm = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgecon_1(void *fn) {
    char norm = '1';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgecon_2(void *fn) {
    char norm = '1';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgecon_3(void *fn) {
    char norm = '1';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgecon_0(void *fn) {
    char norm = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgecon_1(void *fn) {
    char norm = '1';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgecon_2(void *fn) {
    char norm = '1';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgecon_3(void *fn) {
    char norm = '1';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spocon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spocon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spocon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spocon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpocon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpocon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpocon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpocon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpocon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpocon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpocon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpocon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpocon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpocon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpocon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpocon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_ssycon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_ssycon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_ssycon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_ssycon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dsycon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dsycon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dsycon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dsycon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_csycon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_csycon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_csycon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_csycon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zsycon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zsycon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zsycon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zsycon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_checon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_checon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_checon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_checon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zhecon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zhecon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zhecon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zhecon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_ssycon_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_ssycon_rook_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_ssycon_rook_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_ssycon_rook_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dsycon_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dsycon_rook_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dsycon_rook_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dsycon_rook_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_csycon_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_csycon_rook_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_csycon_rook_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_csycon_rook_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zsycon_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zsycon_rook_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zsycon_rook_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zsycon_rook_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_checon_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_checon_rook_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_checon_rook_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_checon_rook_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zhecon_rook_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zhecon_rook_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I lda = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zhecon_rook_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_zhecon_rook_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I lda = 3;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, ibufs[0], anorm, rcond, bufs[1], &info, 1);
}

static void call_sgbcon_0(void *fn) {
    char norm = 'X';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_sgbcon_1(void *fn) {
    char norm = '1';
    I n = -1;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_sgbcon_2(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = -1;
    I ku = 1;
    I ldab = 4;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_sgbcon_3(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = -1;
    I ldab = 4;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_sgbcon_4(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_sgbcon_5(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgbcon_0(void *fn) {
    char norm = 'X';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgbcon_1(void *fn) {
    char norm = '1';
    I n = -1;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgbcon_2(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = -1;
    I ku = 1;
    I ldab = 4;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgbcon_3(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = -1;
    I ldab = 4;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgbcon_4(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dgbcon_5(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgbcon_0(void *fn) {
    char norm = 'X';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgbcon_1(void *fn) {
    char norm = '1';
    I n = -1;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgbcon_2(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = -1;
    I ku = 1;
    I ldab = 4;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgbcon_3(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = -1;
    I ldab = 4;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgbcon_4(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 3;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cgbcon_5(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgbcon_0(void *fn) {
    char norm = 'X';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgbcon_1(void *fn) {
    char norm = '1';
    I n = -1;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgbcon_2(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = -1;
    I ku = 1;
    I ldab = 4;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgbcon_3(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = -1;
    I ldab = 4;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgbcon_4(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 3;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zgbcon_5(void *fn) {
    char norm = '1';
    I n = 3;
    I kl = 1;
    I ku = 1;
    I ldab = 4;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, size_t))fn)(&norm, &n, &kl, &ku, bufs[0], &ldab, ibufs[0], anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spbcon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spbcon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I kd = 1;
    I ldab = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spbcon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = -1;
    I ldab = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spbcon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = 1;
    I ldab = 1;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_spbcon_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpbcon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpbcon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I kd = 1;
    I ldab = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpbcon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = -1;
    I ldab = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpbcon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = 1;
    I ldab = 1;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_dpbcon_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpbcon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpbcon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I kd = 1;
    I ldab = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpbcon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = -1;
    I ldab = 2;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpbcon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = 1;
    I ldab = 1;
    float anorm[2] = {1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_cpbcon_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    float anorm[2] = {-1, 0};
    float rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpbcon_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpbcon_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I kd = 1;
    I ldab = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpbcon_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = -1;
    I ldab = 2;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpbcon_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = 1;
    I ldab = 1;
    double anorm[2] = {1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_zpbcon_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    I kd = 1;
    I ldab = 2;
    double anorm[2] = {-1, 0};
    double rcond[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, &kd, bufs[0], &ldab, anorm, rcond, bufs[1], bufs[2], &info, 1);
}

static void call_stgsy2_0(void *fn) {
    char trans = 'X';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_1(void *fn) {
    char trans = 'C';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_2(void *fn) {
    char trans = 'N';
    I ijob = 3;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_3(void *fn) {
    char trans = 'N';
    I ijob = -1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_4(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 0;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_5(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 0;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_6(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_7(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_8(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_9(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 2;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_10(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 1;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_stgsy2_11(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 2;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_0(void *fn) {
    char trans = 'X';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_1(void *fn) {
    char trans = 'C';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_2(void *fn) {
    char trans = 'N';
    I ijob = 3;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_3(void *fn) {
    char trans = 'N';
    I ijob = -1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_4(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 0;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_5(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 0;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_6(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_7(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_8(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_9(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 2;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_10(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 1;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_dtgsy2_11(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 2;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I pq = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, bufs[6], &pq, &info, 1);
}

static void call_ctgsy2_0(void *fn) {
    char trans = 'X';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_1(void *fn) {
    char trans = 'T';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_2(void *fn) {
    char trans = 'N';
    I ijob = 3;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_3(void *fn) {
    char trans = 'N';
    I ijob = -1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_4(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 0;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_5(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 0;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_6(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_7(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_8(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_9(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 2;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_10(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 1;
    I ldf = 3;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ctgsy2_11(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 2;
    float scale[2] = {1, 0};
    float rdsum[2] = {1, 0};
    float rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_0(void *fn) {
    char trans = 'X';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_1(void *fn) {
    char trans = 'T';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_2(void *fn) {
    char trans = 'N';
    I ijob = 3;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_3(void *fn) {
    char trans = 'N';
    I ijob = -1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_4(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 0;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_5(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 0;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_6(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_7(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_8(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_9(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 2;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_10(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 1;
    I ldf = 3;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_ztgsy2_11(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 2;
    double scale[2] = {1, 0};
    double rdsum[2] = {1, 0};
    double rdscal[2] = {1, 0};
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, rdsum, rdscal, &info, 1);
}

static void call_stgsyl_0(void *fn) {
    char trans = 'X';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_1(void *fn) {
    char trans = 'Z';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_2(void *fn) {
    char trans = 'N';
    I ijob = 5;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_3(void *fn) {
    char trans = 'N';
    I ijob = -1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_4(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 0;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_5(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 0;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_6(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_7(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_8(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_9(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 2;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_10(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 1;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_11(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 2;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_12(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_stgsyl_13(void *fn) {
    char trans = 'N';
    I ijob = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 11;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_0(void *fn) {
    char trans = 'X';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_1(void *fn) {
    char trans = 'Z';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_2(void *fn) {
    char trans = 'N';
    I ijob = 5;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_3(void *fn) {
    char trans = 'N';
    I ijob = -1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_4(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 0;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_5(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 0;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_6(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_7(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_8(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_9(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 2;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_10(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 1;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_11(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 2;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_12(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_dtgsyl_13(void *fn) {
    char trans = 'N';
    I ijob = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 11;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_0(void *fn) {
    char trans = 'X';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_1(void *fn) {
    char trans = 'Z';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_2(void *fn) {
    char trans = 'N';
    I ijob = 5;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_3(void *fn) {
    char trans = 'N';
    I ijob = -1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_4(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 0;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_5(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 0;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_6(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_7(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_8(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_9(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 2;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_10(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 1;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_11(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 2;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_12(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ctgsyl_13(void *fn) {
    char trans = 'N';
    I ijob = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    float scale[2] = {1, 0};
    float dif[2] = {1, 0};
    I lwork = 11;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_0(void *fn) {
    char trans = 'X';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_1(void *fn) {
    char trans = 'Z';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_2(void *fn) {
    char trans = 'N';
    I ijob = 5;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_3(void *fn) {
    char trans = 'N';
    I ijob = -1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_4(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 0;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_5(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 0;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_6(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 2;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_7(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 1;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_8(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 2;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_9(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 2;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_10(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 1;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_11(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 2;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_12(void *fn) {
    char trans = 'N';
    I ijob = 0;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_ztgsyl_13(void *fn) {
    char trans = 'N';
    I ijob = 1;
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldb = 2;
    I ldc = 3;
    I ldd = 3;
    I lde = 2;
    I ldf = 3;
    double scale[2] = {1, 0};
    double dif[2] = {1, 0};
    I lwork = 11;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&trans, &ijob, &m, &n, bufs[0], &lda, bufs[1], &ldb, bufs[2], &ldc, bufs[3], &ldd, bufs[4], &lde, bufs[5], &ldf, scale, dif, bufs[6], &lwork, bufs[7], &info, 1);
}

static void call_sgeqr2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeqr2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeqr2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeqr2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeqr2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeqr2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeqr2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeqr2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeqr2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeqr2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeqr2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeqr2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeqr2p_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeqr2p_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeqr2p_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeqr2p_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeqr2p_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeqr2p_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeqr2p_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeqr2p_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeqr2p_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeqr2p_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeqr2p_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeqr2p_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeqrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqrf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqrf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqrf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqrf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqrf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqrf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqrf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqrfp_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqrfp_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqrfp_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqrfp_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqrfp_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqrfp_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqrfp_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqrfp_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqrfp_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqrfp_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqrfp_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqrfp_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqrfp_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqrfp_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqrfp_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqrfp_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqrt_0(void *fn) {
    I m = -1;
    I n = 3;
    I nb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgeqrt_1(void *fn) {
    I m = 3;
    I n = -1;
    I nb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgeqrt_2(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 0;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgeqrt_3(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 2;
    I lda = 2;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgeqrt_4(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 2;
    I lda = 3;
    I ldt = 1;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgeqrt_0(void *fn) {
    I m = -1;
    I n = 3;
    I nb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgeqrt_1(void *fn) {
    I m = 3;
    I n = -1;
    I nb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgeqrt_2(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 0;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgeqrt_3(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 2;
    I lda = 2;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgeqrt_4(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 2;
    I lda = 3;
    I ldt = 1;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgeqrt_0(void *fn) {
    I m = -1;
    I n = 3;
    I nb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgeqrt_1(void *fn) {
    I m = 3;
    I n = -1;
    I nb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgeqrt_2(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 0;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgeqrt_3(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 2;
    I lda = 2;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgeqrt_4(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 2;
    I lda = 3;
    I ldt = 1;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgeqrt_0(void *fn) {
    I m = -1;
    I n = 3;
    I nb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgeqrt_1(void *fn) {
    I m = 3;
    I n = -1;
    I nb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgeqrt_2(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 0;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgeqrt_3(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 2;
    I lda = 2;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgeqrt_4(void *fn) {
    I m = 3;
    I n = 3;
    I nb = 2;
    I lda = 3;
    I ldt = 1;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgeqrt2_0(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgeqrt2_1(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgeqrt2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgeqrt2_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgeqrt2_0(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgeqrt2_1(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgeqrt2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgeqrt2_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgeqrt2_0(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgeqrt2_1(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgeqrt2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgeqrt2_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgeqrt2_0(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgeqrt2_1(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgeqrt2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgeqrt2_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgeqrt3_0(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgeqrt3_1(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgeqrt3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgeqrt3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgeqrt3_0(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgeqrt3_1(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgeqrt3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgeqrt3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgeqrt3_0(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgeqrt3_1(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgeqrt3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgeqrt3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgeqrt3_0(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgeqrt3_1(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgeqrt3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgeqrt3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgemqrt_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemqrt_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemqrt_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemqrt_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemqrt_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemqrt_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 0;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemqrt_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemqrt_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemqrt_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 0;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemqrt_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 0;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemqrt_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 0;
    I ldv = 3;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemqrt_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I nb = 2;
    I ldv = 3;
    I ldt = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &nb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorg2r_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorg2r_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorg2r_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorg2r_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorg2r_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorg2r_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorg2r_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorg2r_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cung2r_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cung2r_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cung2r_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cung2r_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zung2r_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zung2r_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zung2r_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zung2r_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgqr_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgqr_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgqr_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgqr_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgqr_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgqr_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgqr_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgqr_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgqr_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgqr_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungqr_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungqr_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungqr_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungqr_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungqr_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungqr_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungqr_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungqr_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungqr_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungqr_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorm2r_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2r_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2r_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2r_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2r_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2r_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2r_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2r_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2r_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2r_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2r_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2r_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2r_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2r_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2r_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2r_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2r_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2r_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2r_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2r_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2r_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2r_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2r_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2r_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2r_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2r_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2r_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2r_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormqr_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormqr_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormqr_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormqr_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormqr_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormqr_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormqr_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormqr_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormqr_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormqr_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormqr_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormqr_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormqr_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormqr_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormqr_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormqr_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmqr_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmqr_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmqr_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmqr_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmqr_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmqr_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmqr_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmqr_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmqr_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmqr_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmqr_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmqr_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmqr_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmqr_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmqr_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmqr_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sdisna_0(void *fn) {
    char job = 'X';
    I m = 3;
    I n = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, size_t))fn)(&job, &m, &n, bufs[0], bufs[1], &info, 1);
}

static void call_sdisna_1(void *fn) {
    char job = 'E';
    I m = -1;
    I n = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, size_t))fn)(&job, &m, &n, bufs[0], bufs[1], &info, 1);
}

static void call_sdisna_2(void *fn) {
    char job = 'L';
    I m = 3;
    I n = -1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, size_t))fn)(&job, &m, &n, bufs[0], bufs[1], &info, 1);
}

static void call_ddisna_0(void *fn) {
    char job = 'X';
    I m = 3;
    I n = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, size_t))fn)(&job, &m, &n, bufs[0], bufs[1], &info, 1);
}

static void call_ddisna_1(void *fn) {
    char job = 'E';
    I m = -1;
    I n = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, size_t))fn)(&job, &m, &n, bufs[0], bufs[1], &info, 1);
}

static void call_ddisna_2(void *fn) {
    char job = 'L';
    I m = 3;
    I n = -1;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, void *, I *, size_t))fn)(&job, &m, &n, bufs[0], bufs[1], &info, 1);
}

static void call_ssterf_0(void *fn) {
    I n = -1;
    I info = 0;
    ((void (*)(I *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], &info);
}

static void call_dsterf_0(void *fn) {
    I n = -1;
    I info = 0;
    ((void (*)(I *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], &info);
}

static void call_ssteqr_0(void *fn) {
    char compz = 'X';
    I n = 3;
    I ldz = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_ssteqr_1(void *fn) {
    char compz = 'I';
    I n = -1;
    I ldz = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_ssteqr_2(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_ssteqr_3(void *fn) {
    char compz = 'N';
    I n = 3;
    I ldz = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_dsteqr_0(void *fn) {
    char compz = 'X';
    I n = 3;
    I ldz = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_dsteqr_1(void *fn) {
    char compz = 'I';
    I n = -1;
    I ldz = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_dsteqr_2(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_dsteqr_3(void *fn) {
    char compz = 'N';
    I n = 3;
    I ldz = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_csteqr_0(void *fn) {
    char compz = 'X';
    I n = 3;
    I ldz = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_csteqr_1(void *fn) {
    char compz = 'I';
    I n = -1;
    I ldz = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_csteqr_2(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_csteqr_3(void *fn) {
    char compz = 'N';
    I n = 3;
    I ldz = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_zsteqr_0(void *fn) {
    char compz = 'X';
    I n = 3;
    I ldz = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_zsteqr_1(void *fn) {
    char compz = 'I';
    I n = -1;
    I ldz = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_zsteqr_2(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_zsteqr_3(void *fn) {
    char compz = 'N';
    I n = 3;
    I ldz = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &info, 1);
}

static void call_sstedc_0(void *fn) {
    char compz = 'X';
    I n = 3;
    I ldz = 3;
    I lwork = 16;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_sstedc_1(void *fn) {
    char compz = 'I';
    I n = -1;
    I ldz = 3;
    I lwork = 16;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_sstedc_2(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 2;
    I lwork = 16;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_sstedc_3(void *fn) {
    char compz = 'N';
    I n = 3;
    I ldz = 0;
    I lwork = 16;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_sstedc_4(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 0;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_sstedc_5(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 16;
    I liwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_dstedc_0(void *fn) {
    char compz = 'X';
    I n = 3;
    I ldz = 3;
    I lwork = 16;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_dstedc_1(void *fn) {
    char compz = 'I';
    I n = -1;
    I ldz = 3;
    I lwork = 16;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_dstedc_2(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 2;
    I lwork = 16;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_dstedc_3(void *fn) {
    char compz = 'N';
    I n = 3;
    I ldz = 0;
    I lwork = 16;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_dstedc_4(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 0;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_dstedc_5(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 16;
    I liwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &liwork, &info, 1);
}

static void call_cstedc_0(void *fn) {
    char compz = 'X';
    I n = 3;
    I ldz = 3;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_cstedc_1(void *fn) {
    char compz = 'I';
    I n = -1;
    I ldz = 3;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_cstedc_2(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 2;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_cstedc_3(void *fn) {
    char compz = 'N';
    I n = 3;
    I ldz = 0;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_cstedc_4(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 0;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_cstedc_5(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 1;
    I lrwork = 0;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_cstedc_6(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_zstedc_0(void *fn) {
    char compz = 'X';
    I n = 3;
    I ldz = 3;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_zstedc_1(void *fn) {
    char compz = 'I';
    I n = -1;
    I ldz = 3;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_zstedc_2(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 2;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_zstedc_3(void *fn) {
    char compz = 'N';
    I n = 3;
    I ldz = 0;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_zstedc_4(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 0;
    I lrwork = 31;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_zstedc_5(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 1;
    I lrwork = 0;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_zstedc_6(void *fn) {
    char compz = 'I';
    I n = 3;
    I ldz = 3;
    I lwork = 1;
    I lrwork = 31;
    I liwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&compz, &n, bufs[0], bufs[1], bufs[2], &ldz, bufs[3], &lwork, bufs[4], &lrwork, bufs[5], &liwork, &info, 1);
}

static void call_slaed0_0(void *fn) {
    I icompq = 3;
    I qsiz = 3;
    I n = 3;
    I ldq = 3;
    I ldqs = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_slaed0_1(void *fn) {
    I icompq = 1;
    I qsiz = 2;
    I n = 3;
    I ldq = 3;
    I ldqs = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_slaed0_2(void *fn) {
    I icompq = 2;
    I qsiz = 3;
    I n = -1;
    I ldq = 3;
    I ldqs = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_slaed0_3(void *fn) {
    I icompq = 2;
    I qsiz = 3;
    I n = 3;
    I ldq = 2;
    I ldqs = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_slaed0_4(void *fn) {
    I icompq = 2;
    I qsiz = 3;
    I n = 3;
    I ldq = 3;
    I ldqs = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_dlaed0_0(void *fn) {
    I icompq = 3;
    I qsiz = 3;
    I n = 3;
    I ldq = 3;
    I ldqs = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_dlaed0_1(void *fn) {
    I icompq = 1;
    I qsiz = 2;
    I n = 3;
    I ldq = 3;
    I ldqs = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_dlaed0_2(void *fn) {
    I icompq = 2;
    I qsiz = 3;
    I n = -1;
    I ldq = 3;
    I ldqs = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_dlaed0_3(void *fn) {
    I icompq = 2;
    I qsiz = 3;
    I n = 3;
    I ldq = 2;
    I ldqs = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_dlaed0_4(void *fn) {
    I icompq = 2;
    I qsiz = 3;
    I n = 3;
    I ldq = 3;
    I ldqs = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, void *, I *))fn)(&icompq, &qsiz, &n, bufs[0], bufs[1], bufs[2], &ldq, bufs[3], &ldqs, bufs[4], bufs[5], &info);
}

static void call_slaed1_0(void *fn) {
    I n = -1;
    I ldq = 4;
    float rho[2] = {1, 0};
    I cutpnt = 2;
    I info = 0;
    ((void (*)(I *, void *, void *, I *, void *, void *, I *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], &ldq, ibufs[0], rho, &cutpnt, bufs[2], bufs[3], &info);
}

static void call_slaed1_1(void *fn) {
    I n = 4;
    I ldq = 3;
    float rho[2] = {1, 0};
    I cutpnt = 2;
    I info = 0;
    ((void (*)(I *, void *, void *, I *, void *, void *, I *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], &ldq, ibufs[0], rho, &cutpnt, bufs[2], bufs[3], &info);
}

static void call_slaed1_2(void *fn) {
    I n = 4;
    I ldq = 4;
    float rho[2] = {1, 0};
    I cutpnt = 3;
    I info = 0;
    ((void (*)(I *, void *, void *, I *, void *, void *, I *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], &ldq, ibufs[0], rho, &cutpnt, bufs[2], bufs[3], &info);
}

static void call_dlaed1_0(void *fn) {
    I n = -1;
    I ldq = 4;
    double rho[2] = {1, 0};
    I cutpnt = 2;
    I info = 0;
    ((void (*)(I *, void *, void *, I *, void *, void *, I *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], &ldq, ibufs[0], rho, &cutpnt, bufs[2], bufs[3], &info);
}

static void call_dlaed1_1(void *fn) {
    I n = 4;
    I ldq = 3;
    double rho[2] = {1, 0};
    I cutpnt = 2;
    I info = 0;
    ((void (*)(I *, void *, void *, I *, void *, void *, I *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], &ldq, ibufs[0], rho, &cutpnt, bufs[2], bufs[3], &info);
}

static void call_dlaed1_2(void *fn) {
    I n = 4;
    I ldq = 4;
    double rho[2] = {1, 0};
    I cutpnt = 3;
    I info = 0;
    ((void (*)(I *, void *, void *, I *, void *, void *, I *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], &ldq, ibufs[0], rho, &cutpnt, bufs[2], bufs[3], &info);
}

static void call_slasq1_0(void *fn) {
    I n = -1;
    I info = 0;
    ((void (*)(I *, void *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], bufs[2], &info);
}

static void call_dlasq1_0(void *fn) {
    I n = -1;
    I info = 0;
    ((void (*)(I *, void *, void *, void *, I *))fn)(&n, bufs[0], bufs[1], bufs[2], &info);
}

static void call_slasq2_0(void *fn) {
    I n = -1;
    I info = 0;
    ((void (*)(I *, void *, I *))fn)(&n, bufs[0], &info);
}

static void call_dlasq2_0(void *fn) {
    I n = -1;
    I info = 0;
    ((void (*)(I *, void *, I *))fn)(&n, bufs[0], &info);
}

static void call_sbdsqr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = -1;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = -1;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = -1;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_5(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 2;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_6(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 0;
    I nru = 2;
    I ncc = 2;
    I ldvt = 0;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_7(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_8(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sbdsqr_9(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 0;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = -1;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = -1;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = -1;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_5(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 2;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_6(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 0;
    I nru = 2;
    I ncc = 2;
    I ldvt = 0;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_7(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_8(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dbdsqr_9(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 0;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = -1;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = -1;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = -1;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_5(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 2;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_6(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 0;
    I nru = 2;
    I ncc = 2;
    I ldvt = 0;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_7(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_8(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_cbdsqr_9(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 0;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_1(void *fn) {
    char uplo = 'U';
    I n = -1;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_2(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = -1;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_3(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = -1;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_4(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = -1;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_5(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 2;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_6(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 0;
    I nru = 2;
    I ncc = 2;
    I ldvt = 0;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_7(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_8(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_zbdsqr_9(void *fn) {
    char uplo = 'U';
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 0;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 0;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sgeql2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeql2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeql2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeql2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeql2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgeql2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeql2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeql2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgeql2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeql2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeql2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgeql2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgeqlf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqlf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqlf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqlf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqlf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqlf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqlf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqlf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqlf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqlf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqlf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqlf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqlf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqlf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqlf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgeqlf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorg2l_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorg2l_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorg2l_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorg2l_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorg2l_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorg2l_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorg2l_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorg2l_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cung2l_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cung2l_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cung2l_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cung2l_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zung2l_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zung2l_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zung2l_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zung2l_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgql_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgql_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgql_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgql_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgql_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgql_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgql_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgql_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgql_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgql_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungql_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungql_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungql_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungql_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungql_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungql_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungql_1(void *fn) {
    I m = 3;
    I n = 4;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungql_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungql_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungql_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorm2l_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2l_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2l_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2l_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2l_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2l_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorm2l_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2l_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2l_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2l_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2l_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2l_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2l_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorm2l_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2l_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2l_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2l_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2l_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2l_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2l_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunm2l_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2l_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2l_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2l_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2l_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2l_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2l_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunm2l_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormql_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormql_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormql_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormql_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormql_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormql_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormql_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormql_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormql_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormql_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormql_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormql_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormql_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormql_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormql_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormql_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmql_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmql_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmql_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmql_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmql_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmql_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmql_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmql_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmql_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmql_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmql_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmql_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmql_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmql_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmql_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmql_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sgelq2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgelq2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgelq2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgelq2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgelq2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgelq2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgelq2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgelq2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgelq2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgelq2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgelq2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgelq2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgelqf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgelqf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgelqf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgelqf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgelqf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgelqf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgelqf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgelqf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgelqf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgelqf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgelqf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgelqf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgelqf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgelqf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgelqf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgelqf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgl2_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgl2_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgl2_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgl2_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorgl2_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorgl2_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorgl2_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorgl2_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cungl2_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cungl2_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cungl2_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cungl2_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zungl2_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zungl2_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zungl2_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zungl2_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorglq_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorglq_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorglq_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorglq_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorglq_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorglq_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorglq_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorglq_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorglq_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorglq_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cunglq_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cunglq_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cunglq_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cunglq_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cunglq_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zunglq_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zunglq_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zunglq_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zunglq_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zunglq_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorml2_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorml2_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorml2_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorml2_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorml2_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorml2_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sorml2_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorml2_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorml2_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorml2_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorml2_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorml2_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorml2_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dorml2_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunml2_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunml2_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunml2_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunml2_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunml2_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunml2_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunml2_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunml2_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunml2_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunml2_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunml2_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunml2_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunml2_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunml2_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormlq_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormlq_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormlq_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormlq_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormlq_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormlq_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormlq_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormlq_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormlq_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormlq_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormlq_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormlq_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormlq_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormlq_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormlq_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormlq_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmlq_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmlq_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmlq_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmlq_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmlq_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmlq_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmlq_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmlq_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmlq_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmlq_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmlq_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmlq_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmlq_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmlq_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmlq_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmlq_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sgerq2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgerq2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgerq2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgerq2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgerq2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dgerq2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgerq2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgerq2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cgerq2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgerq2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgerq2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zgerq2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sgerqf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgerqf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgerqf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sgerqf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgerqf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgerqf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgerqf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dgerqf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgerqf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgerqf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgerqf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cgerqf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgerqf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgerqf_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgerqf_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zgerqf_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgr2_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgr2_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgr2_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgr2_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorgr2_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorgr2_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorgr2_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_dorgr2_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cungr2_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cungr2_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cungr2_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_cungr2_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zungr2_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zungr2_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zungr2_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_zungr2_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &info);
}

static void call_sorgrq_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgrq_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgrq_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgrq_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sorgrq_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgrq_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgrq_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgrq_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgrq_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dorgrq_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungrq_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungrq_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungrq_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungrq_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_cungrq_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungrq_0(void *fn) {
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungrq_1(void *fn) {
    I m = 3;
    I n = 2;
    I k = 2;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungrq_2(void *fn) {
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungrq_3(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_zungrq_4(void *fn) {
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_sormr2_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr2_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr2_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr2_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr2_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr2_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr2_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr2_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr2_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr2_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr2_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr2_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr2_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr2_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr2_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr2_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr2_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr2_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr2_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr2_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr2_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr2_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr2_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr2_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr2_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr2_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr2_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr2_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormrq_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrq_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrq_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrq_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrq_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrq_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrq_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrq_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrq_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrq_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrq_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrq_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrq_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrq_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrq_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrq_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrq_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrq_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrq_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrq_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrq_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrq_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrq_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrq_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrq_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrq_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrq_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrq_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrq_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrq_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrq_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrq_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I lda = 2;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sgelqt_0(void *fn) {
    I m = -1;
    I n = 3;
    I mb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgelqt_1(void *fn) {
    I m = 3;
    I n = -1;
    I mb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgelqt_2(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 0;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgelqt_3(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 2;
    I lda = 2;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgelqt_4(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 2;
    I lda = 3;
    I ldt = 1;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgelqt_0(void *fn) {
    I m = -1;
    I n = 3;
    I mb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgelqt_1(void *fn) {
    I m = 3;
    I n = -1;
    I mb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgelqt_2(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 0;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgelqt_3(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 2;
    I lda = 2;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_dgelqt_4(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 2;
    I lda = 3;
    I ldt = 1;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgelqt_0(void *fn) {
    I m = -1;
    I n = 3;
    I mb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgelqt_1(void *fn) {
    I m = 3;
    I n = -1;
    I mb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgelqt_2(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 0;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgelqt_3(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 2;
    I lda = 2;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_cgelqt_4(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 2;
    I lda = 3;
    I ldt = 1;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgelqt_0(void *fn) {
    I m = -1;
    I n = 3;
    I mb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgelqt_1(void *fn) {
    I m = 3;
    I n = -1;
    I mb = 2;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgelqt_2(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 0;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgelqt_3(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 2;
    I lda = 2;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_zgelqt_4(void *fn) {
    I m = 3;
    I n = 3;
    I mb = 2;
    I lda = 3;
    I ldt = 1;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &mb, bufs[0], &lda, bufs[1], &ldt, bufs[2], &info);
}

static void call_sgelqt3_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgelqt3_1(void *fn) {
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgelqt3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgelqt3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgelqt3_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgelqt3_1(void *fn) {
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgelqt3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_dgelqt3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgelqt3_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgelqt3_1(void *fn) {
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgelqt3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_cgelqt3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgelqt3_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgelqt3_1(void *fn) {
    I m = 3;
    I n = 2;
    I lda = 3;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgelqt3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldt = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_zgelqt3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldt = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], &ldt, &info);
}

static void call_sgemlqt_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemlqt_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemlqt_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemlqt_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemlqt_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemlqt_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 0;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemlqt_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 1;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemlqt_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgemlqt_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 0;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 1;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dgemlqt_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 0;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 1;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cgemlqt_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 0;
    I ldv = 2;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 1;
    I ldt = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zgemlqt_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 2;
    I mb = 2;
    I ldv = 2;
    I ldt = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &mb, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sgels_0(void *fn) {
    char trans = 'X';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgels_1(void *fn) {
    char trans = 'N';
    I m = -1;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgels_2(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgels_3(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgels_4(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgels_5(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgels_6(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgels_0(void *fn) {
    char trans = 'X';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgels_1(void *fn) {
    char trans = 'N';
    I m = -1;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgels_2(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgels_3(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgels_4(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgels_5(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgels_6(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgels_0(void *fn) {
    char trans = 'X';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgels_1(void *fn) {
    char trans = 'N';
    I m = -1;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgels_2(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgels_3(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgels_4(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgels_5(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgels_6(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgels_0(void *fn) {
    char trans = 'X';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgels_1(void *fn) {
    char trans = 'N';
    I m = -1;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgels_2(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgels_3(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgels_4(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgels_5(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgels_6(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgelst_0(void *fn) {
    char trans = 'X';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgelst_1(void *fn) {
    char trans = 'N';
    I m = -1;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgelst_2(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgelst_3(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgelst_4(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgelst_5(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgelst_6(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgelst_0(void *fn) {
    char trans = 'X';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgelst_1(void *fn) {
    char trans = 'N';
    I m = -1;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgelst_2(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgelst_3(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgelst_4(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgelst_5(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_dgelst_6(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgelst_0(void *fn) {
    char trans = 'X';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgelst_1(void *fn) {
    char trans = 'N';
    I m = -1;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgelst_2(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgelst_3(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgelst_4(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgelst_5(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_cgelst_6(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgelst_0(void *fn) {
    char trans = 'X';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgelst_1(void *fn) {
    char trans = 'N';
    I m = -1;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgelst_2(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = -1;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgelst_3(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgelst_4(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 2;
    I ldb = 3;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgelst_5(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 2;
    I lwork = 6;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_zgelst_6(void *fn) {
    char trans = 'N';
    I m = 3;
    I n = 3;
    I nrhs = 2;
    I lda = 3;
    I ldb = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, I *, void *, I *, I *, size_t))fn)(&trans, &m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], &lwork, &info, 1);
}

static void call_sgeqp3_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 10;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqp3_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 10;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqp3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 10;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, &info);
}

static void call_sgeqp3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqp3_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 10;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqp3_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 10;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqp3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 10;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, &info);
}

static void call_dgeqp3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, &info);
}

static void call_cgeqp3_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 4;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, bufs[3], &info);
}

static void call_cgeqp3_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 4;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, bufs[3], &info);
}

static void call_cgeqp3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 4;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, bufs[3], &info);
}

static void call_cgeqp3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, bufs[3], &info);
}

static void call_zgeqp3_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 4;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, bufs[3], &info);
}

static void call_zgeqp3_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 4;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, bufs[3], &info);
}

static void call_zgeqp3_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 4;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, bufs[3], &info);
}

static void call_zgeqp3_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, I *, void *, I *))fn)(&m, &n, bufs[0], &lda, ibufs[0], bufs[1], bufs[2], &lwork, bufs[3], &info);
}

static void call_stzrzf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_stzrzf_1(void *fn) {
    I m = 2;
    I n = 1;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_stzrzf_2(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 1;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_stzrzf_3(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dtzrzf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dtzrzf_1(void *fn) {
    I m = 2;
    I n = 1;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dtzrzf_2(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 1;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_dtzrzf_3(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_ctzrzf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_ctzrzf_1(void *fn) {
    I m = 2;
    I n = 1;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_ctzrzf_2(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 1;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_ctzrzf_3(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_ztzrzf_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_ztzrzf_1(void *fn) {
    I m = 2;
    I n = 1;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_ztzrzf_2(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 1;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_ztzrzf_3(void *fn) {
    I m = 2;
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info);
}

static void call_slarzt_0(void *fn) {
    char direct = 'F';
    char storev = 'R';
    I n = 3;
    I k = 2;
    I ldv = 2;
    I ldt = 2;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&direct, &storev, &n, &k, bufs[0], &ldv, bufs[1], bufs[2], &ldt, 1, 1);
}

static void call_slarzt_1(void *fn) {
    char direct = 'B';
    char storev = 'C';
    I n = 3;
    I k = 2;
    I ldv = 2;
    I ldt = 2;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&direct, &storev, &n, &k, bufs[0], &ldv, bufs[1], bufs[2], &ldt, 1, 1);
}

static void call_dlarzt_0(void *fn) {
    char direct = 'F';
    char storev = 'R';
    I n = 3;
    I k = 2;
    I ldv = 2;
    I ldt = 2;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&direct, &storev, &n, &k, bufs[0], &ldv, bufs[1], bufs[2], &ldt, 1, 1);
}

static void call_dlarzt_1(void *fn) {
    char direct = 'B';
    char storev = 'C';
    I n = 3;
    I k = 2;
    I ldv = 2;
    I ldt = 2;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&direct, &storev, &n, &k, bufs[0], &ldv, bufs[1], bufs[2], &ldt, 1, 1);
}

static void call_clarzt_0(void *fn) {
    char direct = 'F';
    char storev = 'R';
    I n = 3;
    I k = 2;
    I ldv = 2;
    I ldt = 2;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&direct, &storev, &n, &k, bufs[0], &ldv, bufs[1], bufs[2], &ldt, 1, 1);
}

static void call_clarzt_1(void *fn) {
    char direct = 'B';
    char storev = 'C';
    I n = 3;
    I k = 2;
    I ldv = 2;
    I ldt = 2;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&direct, &storev, &n, &k, bufs[0], &ldv, bufs[1], bufs[2], &ldt, 1, 1);
}

static void call_zlarzt_0(void *fn) {
    char direct = 'F';
    char storev = 'R';
    I n = 3;
    I k = 2;
    I ldv = 2;
    I ldt = 2;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&direct, &storev, &n, &k, bufs[0], &ldv, bufs[1], bufs[2], &ldt, 1, 1);
}

static void call_zlarzt_1(void *fn) {
    char direct = 'B';
    char storev = 'C';
    I n = 3;
    I k = 2;
    I ldv = 2;
    I ldt = 2;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, size_t, size_t))fn)(&direct, &storev, &n, &k, bufs[0], &ldv, bufs[1], bufs[2], &ldt, 1, 1);
}

static void call_slarzb_0(void *fn) {
    char side = 'L';
    char trans = 'N';
    char direct = 'F';
    char storev = 'R';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I ldv = 1;
    I ldt = 1;
    I ldc = 3;
    I ldwork = 3;
    ((void (*)(const char *, const char *, const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t, size_t, size_t))fn)(&side, &trans, &direct, &storev, &m, &n, &k, &l, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &ldwork, 1, 1, 1, 1);
}

static void call_slarzb_1(void *fn) {
    char side = 'L';
    char trans = 'N';
    char direct = 'B';
    char storev = 'C';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I ldv = 1;
    I ldt = 1;
    I ldc = 3;
    I ldwork = 3;
    ((void (*)(const char *, const char *, const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t, size_t, size_t))fn)(&side, &trans, &direct, &storev, &m, &n, &k, &l, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &ldwork, 1, 1, 1, 1);
}

static void call_dlarzb_0(void *fn) {
    char side = 'L';
    char trans = 'N';
    char direct = 'F';
    char storev = 'R';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I ldv = 1;
    I ldt = 1;
    I ldc = 3;
    I ldwork = 3;
    ((void (*)(const char *, const char *, const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t, size_t, size_t))fn)(&side, &trans, &direct, &storev, &m, &n, &k, &l, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &ldwork, 1, 1, 1, 1);
}

static void call_dlarzb_1(void *fn) {
    char side = 'L';
    char trans = 'N';
    char direct = 'B';
    char storev = 'C';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I ldv = 1;
    I ldt = 1;
    I ldc = 3;
    I ldwork = 3;
    ((void (*)(const char *, const char *, const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t, size_t, size_t))fn)(&side, &trans, &direct, &storev, &m, &n, &k, &l, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &ldwork, 1, 1, 1, 1);
}

static void call_clarzb_0(void *fn) {
    char side = 'L';
    char trans = 'N';
    char direct = 'F';
    char storev = 'R';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I ldv = 1;
    I ldt = 1;
    I ldc = 3;
    I ldwork = 3;
    ((void (*)(const char *, const char *, const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t, size_t, size_t))fn)(&side, &trans, &direct, &storev, &m, &n, &k, &l, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &ldwork, 1, 1, 1, 1);
}

static void call_clarzb_1(void *fn) {
    char side = 'L';
    char trans = 'N';
    char direct = 'B';
    char storev = 'C';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I ldv = 1;
    I ldt = 1;
    I ldc = 3;
    I ldwork = 3;
    ((void (*)(const char *, const char *, const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t, size_t, size_t))fn)(&side, &trans, &direct, &storev, &m, &n, &k, &l, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &ldwork, 1, 1, 1, 1);
}

static void call_zlarzb_0(void *fn) {
    char side = 'L';
    char trans = 'N';
    char direct = 'F';
    char storev = 'R';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I ldv = 1;
    I ldt = 1;
    I ldc = 3;
    I ldwork = 3;
    ((void (*)(const char *, const char *, const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t, size_t, size_t))fn)(&side, &trans, &direct, &storev, &m, &n, &k, &l, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &ldwork, 1, 1, 1, 1);
}

static void call_zlarzb_1(void *fn) {
    char side = 'L';
    char trans = 'N';
    char direct = 'B';
    char storev = 'C';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I ldv = 1;
    I ldt = 1;
    I ldc = 3;
    I ldwork = 3;
    ((void (*)(const char *, const char *, const char *, const char *, I *, I *, I *, I *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t, size_t, size_t))fn)(&side, &trans, &direct, &storev, &m, &n, &k, &l, bufs[0], &ldv, bufs[1], &ldt, bufs[2], &ldc, bufs[3], &ldwork, 1, 1, 1, 1);
}

static void call_sormr3_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr3_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr3_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr3_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr3_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr3_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 4;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr3_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 0;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormr3_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr3_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr3_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr3_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr3_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr3_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr3_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 4;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr3_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 0;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_dormr3_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr3_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr3_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr3_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr3_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr3_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr3_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 4;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr3_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 0;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_cunmr3_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr3_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr3_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr3_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr3_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr3_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr3_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 4;
    I lda = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr3_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 0;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_zunmr3_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &info, 1, 1);
}

static void call_sormrz_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrz_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrz_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrz_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrz_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrz_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 4;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrz_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 0;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrz_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sormrz_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 4;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 0;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_dormrz_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 4;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 0;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_cunmrz_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_0(void *fn) {
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_1(void *fn) {
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_2(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_3(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_4(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 4;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_5(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 4;
    I lda = 1;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_6(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 0;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_7(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_zunmrz_8(void *fn) {
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 1;
    I l = 2;
    I lda = 1;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&side, &trans, &m, &n, &k, &l, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1);
}

static void call_sgelsy_0(void *fn) {
    I m = -1;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_sgelsy_1(void *fn) {
    I m = 3;
    I n = -1;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_sgelsy_2(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_sgelsy_3(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 2;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_sgelsy_4(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 2;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_sgelsy_5(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 8;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_dgelsy_0(void *fn) {
    I m = -1;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_dgelsy_1(void *fn) {
    I m = 3;
    I n = -1;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_dgelsy_2(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_dgelsy_3(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 2;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_dgelsy_4(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 2;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_dgelsy_5(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 8;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, &info);
}

static void call_cgelsy_0(void *fn) {
    I m = -1;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_cgelsy_1(void *fn) {
    I m = 3;
    I n = -1;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_cgelsy_2(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_cgelsy_3(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 2;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_cgelsy_4(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 2;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_cgelsy_5(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 8;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_zgelsy_0(void *fn) {
    I m = -1;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_zgelsy_1(void *fn) {
    I m = 3;
    I n = -1;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_zgelsy_2(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_zgelsy_3(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 2;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_zgelsy_4(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 2;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_zgelsy_5(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 8;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, ibufs[0], rcond, &rank, bufs[2], &lwork, bufs[3], &info);
}

static void call_ssytd2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_ssytd2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_ssytd2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_dsytd2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_dsytd2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_dsytd2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_chetd2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_chetd2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_chetd2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_zhetd2_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_zhetd2_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_zhetd2_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], &info, 1);
}

static void call_ssytrd_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_ssytrd_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_ssytrd_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_ssytrd_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_dsytrd_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_dsytrd_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_dsytrd_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_dsytrd_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_chetrd_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_chetrd_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_chetrd_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_chetrd_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_zhetrd_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_zhetrd_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_zhetrd_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_zhetrd_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 0;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], &lwork, &info, 1);
}

static void call_sorgtr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sorgtr_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sorgtr_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sorgtr_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgtr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgtr_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgtr_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgtr_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungtr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungtr_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungtr_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungtr_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungtr_0(void *fn) {
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungtr_1(void *fn) {
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungtr_2(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungtr_3(void *fn) {
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 1;
    I info = 0;
    ((void (*)(const char *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sormtr_0(void *fn) {
    char side = 'X';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormtr_1(void *fn) {
    char side = 'L';
    char uplo = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormtr_2(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormtr_3(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormtr_4(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormtr_5(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormtr_6(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormtr_7(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormtr_0(void *fn) {
    char side = 'X';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormtr_1(void *fn) {
    char side = 'L';
    char uplo = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormtr_2(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormtr_3(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormtr_4(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormtr_5(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormtr_6(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormtr_7(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmtr_0(void *fn) {
    char side = 'X';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmtr_1(void *fn) {
    char side = 'L';
    char uplo = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmtr_2(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmtr_3(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmtr_4(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmtr_5(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmtr_6(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmtr_7(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmtr_0(void *fn) {
    char side = 'X';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmtr_1(void *fn) {
    char side = 'L';
    char uplo = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmtr_2(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmtr_3(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmtr_4(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmtr_5(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmtr_6(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmtr_7(void *fn) {
    char side = 'L';
    char uplo = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&side, &uplo, &trans, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_ssyev_0(void *fn) {
    char jobz = 'X';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_ssyev_1(void *fn) {
    char jobz = 'V';
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_ssyev_2(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_ssyev_3(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_ssyev_4(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 7;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_dsyev_0(void *fn) {
    char jobz = 'X';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_dsyev_1(void *fn) {
    char jobz = 'V';
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_dsyev_2(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_dsyev_3(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_dsyev_4(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 7;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1, 1);
}

static void call_cheev_0(void *fn) {
    char jobz = 'X';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_cheev_1(void *fn) {
    char jobz = 'V';
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_cheev_2(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_cheev_3(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_cheev_4(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 4;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_zheev_0(void *fn) {
    char jobz = 'X';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_zheev_1(void *fn) {
    char jobz = 'V';
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_zheev_2(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_zheev_3(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 5;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_zheev_4(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 4;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &info, 1, 1);
}

static void call_ssyevd_0(void *fn) {
    char jobz = 'X';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 37;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_ssyevd_1(void *fn) {
    char jobz = 'V';
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 37;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_ssyevd_2(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 37;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_ssyevd_3(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 37;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_ssyevd_4(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 36;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_ssyevd_5(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 37;
    I liwork = 17;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_dsyevd_0(void *fn) {
    char jobz = 'X';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 37;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_dsyevd_1(void *fn) {
    char jobz = 'V';
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 37;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_dsyevd_2(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 37;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_dsyevd_3(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 37;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_dsyevd_4(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 36;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_dsyevd_5(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 37;
    I liwork = 17;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &liwork, &info, 1, 1);
}

static void call_cheevd_0(void *fn) {
    char jobz = 'X';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_cheevd_1(void *fn) {
    char jobz = 'V';
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_cheevd_2(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_cheevd_3(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_cheevd_4(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 14;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_cheevd_5(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 15;
    I lrwork = 33;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_cheevd_6(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 17;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_zheevd_0(void *fn) {
    char jobz = 'X';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_zheevd_1(void *fn) {
    char jobz = 'V';
    char uplo = 'X';
    I n = 3;
    I lda = 3;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_zheevd_2(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = -1;
    I lda = 3;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_zheevd_3(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 2;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_zheevd_4(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 14;
    I lrwork = 34;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_zheevd_5(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 15;
    I lrwork = 33;
    I liwork = 18;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_zheevd_6(void *fn) {
    char jobz = 'V';
    char uplo = 'L';
    I n = 3;
    I lda = 3;
    I lwork = 15;
    I lrwork = 34;
    I liwork = 17;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobz, &uplo, &n, bufs[0], &lda, bufs[1], bufs[2], &lwork, bufs[3], &lrwork, bufs[4], &liwork, &info, 1, 1);
}

static void call_sgebd2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_sgebd2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_sgebd2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_dgebd2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_dgebd2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_dgebd2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_cgebd2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_cgebd2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_cgebd2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_zgebd2_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_zgebd2_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_zgebd2_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &info);
}

static void call_sgebrd_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_sgebrd_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_sgebrd_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_sgebrd_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_dgebrd_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_dgebrd_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_dgebrd_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_dgebrd_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_cgebrd_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_cgebrd_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_cgebrd_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_cgebrd_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_zgebrd_0(void *fn) {
    I m = -1;
    I n = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_zgebrd_1(void *fn) {
    I m = 3;
    I n = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_zgebrd_2(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_zgebrd_3(void *fn) {
    I m = 3;
    I n = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(I *, I *, void *, I *, void *, void *, void *, void *, void *, I *, I *))fn)(&m, &n, bufs[0], &lda, bufs[1], bufs[2], bufs[3], bufs[4], bufs[5], &lwork, &info);
}

static void call_sorgbr_0(void *fn) {
    char vect = 'X';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sorgbr_1(void *fn) {
    char vect = 'Q';
    I m = -1;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sorgbr_2(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 4;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sorgbr_3(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sorgbr_4(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sorgbr_5(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgbr_0(void *fn) {
    char vect = 'X';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgbr_1(void *fn) {
    char vect = 'Q';
    I m = -1;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgbr_2(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 4;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgbr_3(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgbr_4(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_dorgbr_5(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungbr_0(void *fn) {
    char vect = 'X';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungbr_1(void *fn) {
    char vect = 'Q';
    I m = -1;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungbr_2(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 4;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungbr_3(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungbr_4(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_cungbr_5(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungbr_0(void *fn) {
    char vect = 'X';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungbr_1(void *fn) {
    char vect = 'Q';
    I m = -1;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungbr_2(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 4;
    I k = 3;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungbr_3(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = -1;
    I lda = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungbr_4(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_zungbr_5(void *fn) {
    char vect = 'Q';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, void *, I *, void *, void *, I *, I *, size_t))fn)(&vect, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &lwork, &info, 1);
}

static void call_sormbr_0(void *fn) {
    char vect = 'X';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormbr_1(void *fn) {
    char vect = 'Q';
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormbr_2(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormbr_3(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormbr_4(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormbr_5(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = -1;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormbr_6(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormbr_7(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sormbr_8(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_0(void *fn) {
    char vect = 'X';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_1(void *fn) {
    char vect = 'Q';
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_2(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_3(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_4(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_5(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = -1;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_6(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_7(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_dormbr_8(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_0(void *fn) {
    char vect = 'X';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_1(void *fn) {
    char vect = 'Q';
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_2(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_3(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_4(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_5(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = -1;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_6(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_7(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_cunmbr_8(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_0(void *fn) {
    char vect = 'X';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_1(void *fn) {
    char vect = 'Q';
    char side = 'X';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_2(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'X';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_3(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = -1;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_4(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = -1;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_5(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = -1;
    I lda = 3;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_6(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 2;
    I ldc = 3;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_7(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 2;
    I lwork = 3;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_zunmbr_8(void *fn) {
    char vect = 'Q';
    char side = 'L';
    char trans = 'N';
    I m = 3;
    I n = 3;
    I k = 3;
    I lda = 3;
    I ldc = 3;
    I lwork = 2;
    I info = 0;
    ((void (*)(const char *, const char *, const char *, I *, I *, I *, void *, I *, void *, void *, I *, void *, I *, I *, size_t, size_t, size_t))fn)(&vect, &side, &trans, &m, &n, &k, bufs[0], &lda, bufs[1], bufs[2], &ldc, bufs[3], &lwork, &info, 1, 1, 1);
}

static void call_sgesvd_0(void *fn) {
    char jobu = 'X';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_sgesvd_1(void *fn) {
    char jobu = 'A';
    char jobvt = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_sgesvd_2(void *fn) {
    char jobu = 'O';
    char jobvt = 'O';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_sgesvd_3(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_sgesvd_4(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_sgesvd_5(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_sgesvd_6(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 2;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_sgesvd_7(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 2;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_sgesvd_8(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 14;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_0(void *fn) {
    char jobu = 'X';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_1(void *fn) {
    char jobu = 'A';
    char jobvt = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_2(void *fn) {
    char jobu = 'O';
    char jobvt = 'O';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_3(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_4(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_5(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_6(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 2;
    I ldvt = 3;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_7(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 2;
    I lwork = 15;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_dgesvd_8(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 14;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, &info, 1, 1);
}

static void call_cgesvd_0(void *fn) {
    char jobu = 'X';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_cgesvd_1(void *fn) {
    char jobu = 'A';
    char jobvt = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_cgesvd_2(void *fn) {
    char jobu = 'O';
    char jobvt = 'O';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_cgesvd_3(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_cgesvd_4(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_cgesvd_5(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_cgesvd_6(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 2;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_cgesvd_7(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 2;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_cgesvd_8(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_0(void *fn) {
    char jobu = 'X';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_1(void *fn) {
    char jobu = 'A';
    char jobvt = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_2(void *fn) {
    char jobu = 'O';
    char jobvt = 'O';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_3(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_4(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_5(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_6(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 2;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_7(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 2;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_zgesvd_8(void *fn) {
    char jobu = 'A';
    char jobvt = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t, size_t))fn)(&jobu, &jobvt, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1, 1);
}

static void call_sgelss_0(void *fn) {
    I m = -1;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_sgelss_1(void *fn) {
    I m = 3;
    I n = -1;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_sgelss_2(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_sgelss_3(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 2;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_sgelss_4(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 2;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_sgelss_5(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 14;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_dgelss_0(void *fn) {
    I m = -1;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_dgelss_1(void *fn) {
    I m = 3;
    I n = -1;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_dgelss_2(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_dgelss_3(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 2;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_dgelss_4(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 2;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 15;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_dgelss_5(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 14;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, &info);
}

static void call_cgelss_0(void *fn) {
    I m = -1;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_cgelss_1(void *fn) {
    I m = 3;
    I n = -1;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_cgelss_2(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_cgelss_3(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 2;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_cgelss_4(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 2;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_cgelss_5(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    float rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 8;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_zgelss_0(void *fn) {
    I m = -1;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_zgelss_1(void *fn) {
    I m = 3;
    I n = -1;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_zgelss_2(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = -1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_zgelss_3(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 2;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_zgelss_4(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 2;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 9;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_zgelss_5(void *fn) {
    I m = 3;
    I n = 3;
    I nrhs = 1;
    I lda = 3;
    I ldb = 3;
    double rcond[2] = {1, 0};
    I rank = 1;
    I lwork = 8;
    I info = 0;
    ((void (*)(I *, I *, I *, void *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *))fn)(&m, &n, &nrhs, bufs[0], &lda, bufs[1], &ldb, bufs[2], rcond, &rank, bufs[3], &lwork, bufs[4], &info);
}

static void call_sbdsdc_0(void *fn) {
    char uplo = 'X';
    char compq = 'I';
    I n = 3;
    I ldu = 3;
    I ldvt = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_sbdsdc_1(void *fn) {
    char uplo = 'U';
    char compq = 'X';
    I n = 3;
    I ldu = 3;
    I ldvt = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_sbdsdc_2(void *fn) {
    char uplo = 'U';
    char compq = 'I';
    I n = -1;
    I ldu = 3;
    I ldvt = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_sbdsdc_3(void *fn) {
    char uplo = 'U';
    char compq = 'I';
    I n = 3;
    I ldu = 2;
    I ldvt = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_sbdsdc_4(void *fn) {
    char uplo = 'U';
    char compq = 'I';
    I n = 3;
    I ldu = 3;
    I ldvt = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_dbdsdc_0(void *fn) {
    char uplo = 'X';
    char compq = 'I';
    I n = 3;
    I ldu = 3;
    I ldvt = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_dbdsdc_1(void *fn) {
    char uplo = 'U';
    char compq = 'X';
    I n = 3;
    I ldu = 3;
    I ldvt = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_dbdsdc_2(void *fn) {
    char uplo = 'U';
    char compq = 'I';
    I n = -1;
    I ldu = 3;
    I ldvt = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_dbdsdc_3(void *fn) {
    char uplo = 'U';
    char compq = 'I';
    I n = 3;
    I ldu = 2;
    I ldvt = 3;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_dbdsdc_4(void *fn) {
    char uplo = 'U';
    char compq = 'I';
    I n = 3;
    I ldu = 3;
    I ldvt = 2;
    I info = 0;
    ((void (*)(const char *, const char *, I *, void *, void *, void *, I *, void *, I *, void *, void *, void *, void *, I *, size_t, size_t))fn)(&uplo, &compq, &n, bufs[0], bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], ibufs[0], bufs[5], bufs[6], &info, 1, 1);
}

static void call_slasdq_0(void *fn) {
    char uplo = 'X';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_slasdq_1(void *fn) {
    char uplo = 'U';
    I sqre = 2;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_slasdq_2(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = -1;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_slasdq_3(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = -1;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_slasdq_4(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = -1;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_slasdq_5(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = -1;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_slasdq_6(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 2;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_slasdq_7(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_slasdq_8(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_0(void *fn) {
    char uplo = 'X';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_1(void *fn) {
    char uplo = 'U';
    I sqre = 2;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_2(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = -1;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_3(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = -1;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_4(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = -1;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_5(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = -1;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_6(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 2;
    I ldu = 2;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_7(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 1;
    I ldc = 3;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_dlasdq_8(void *fn) {
    char uplo = 'U';
    I sqre = 0;
    I n = 3;
    I ncvt = 2;
    I nru = 2;
    I ncc = 2;
    I ldvt = 3;
    I ldu = 2;
    I ldc = 2;
    I info = 0;
    ((void (*)(const char *, I *, I *, I *, I *, I *, void *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&uplo, &sqre, &n, &ncvt, &nru, &ncc, bufs[0], bufs[1], bufs[2], &ldvt, bufs[3], &ldu, bufs[4], &ldc, bufs[5], &info, 1);
}

static void call_sgesdd_0(void *fn) {
    char jobz = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_sgesdd_1(void *fn) {
    char jobz = 'A';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_sgesdd_2(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_sgesdd_3(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_sgesdd_4(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 2;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_sgesdd_5(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 2;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_sgesdd_6(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 47;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_dgesdd_0(void *fn) {
    char jobz = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_dgesdd_1(void *fn) {
    char jobz = 'A';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_dgesdd_2(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_dgesdd_3(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_dgesdd_4(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 2;
    I ldvt = 3;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_dgesdd_5(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 2;
    I lwork = 48;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_dgesdd_6(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 47;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], &info, 1);
}

static void call_cgesdd_0(void *fn) {
    char jobz = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_cgesdd_1(void *fn) {
    char jobz = 'A';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_cgesdd_2(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_cgesdd_3(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_cgesdd_4(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 2;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_cgesdd_5(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 2;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_cgesdd_6(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_zgesdd_0(void *fn) {
    char jobz = 'X';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_zgesdd_1(void *fn) {
    char jobz = 'A';
    I m = -1;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_zgesdd_2(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = -1;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_zgesdd_3(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 2;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_zgesdd_4(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 2;
    I ldvt = 3;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_zgesdd_5(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 2;
    I lwork = 9;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static void call_zgesdd_6(void *fn) {
    char jobz = 'A';
    I m = 3;
    I n = 3;
    I lda = 3;
    I ldu = 3;
    I ldvt = 3;
    I lwork = 8;
    I info = 0;
    ((void (*)(const char *, I *, I *, void *, I *, void *, void *, I *, void *, I *, void *, I *, void *, void *, I *, size_t))fn)(&jobz, &m, &n, bufs[0], &lda, bufs[1], bufs[2], &ldu, bufs[3], &ldvt, bufs[4], &lwork, bufs[5], bufs[6], &info, 1);
}

static const struct bad_case cases[] = {
    {"slasr_", "SLASR", 1, call_slasr_0},
    {"slasr_", "SLASR", 2, call_slasr_1},
    {"slasr_", "SLASR", 3, call_slasr_2},
    {"slasr_", "SLASR", 4, call_slasr_3},
    {"slasr_", "SLASR", 5, call_slasr_4},
    {"slasr_", "SLASR", 9, call_slasr_5},
    {"dlasr_", "DLASR", 1, call_dlasr_0},
    {"dlasr_", "DLASR", 2, call_dlasr_1},
    {"dlasr_", "DLASR", 3, call_dlasr_2},
    {"dlasr_", "DLASR", 4, call_dlasr_3},
    {"dlasr_", "DLASR", 5, call_dlasr_4},
    {"dlasr_", "DLASR", 9, call_dlasr_5},
    {"clasr_", "CLASR", 1, call_clasr_0},
    {"clasr_", "CLASR", 2, call_clasr_1},
    {"clasr_", "CLASR", 3, call_clasr_2},
    {"clasr_", "CLASR", 4, call_clasr_3},
    {"clasr_", "CLASR", 5, call_clasr_4},
    {"clasr_", "CLASR", 9, call_clasr_5},
    {"zlasr_", "ZLASR", 1, call_zlasr_0},
    {"zlasr_", "ZLASR", 2, call_zlasr_1},
    {"zlasr_", "ZLASR", 3, call_zlasr_2},
    {"zlasr_", "ZLASR", 4, call_zlasr_3},
    {"zlasr_", "ZLASR", 5, call_zlasr_4},
    {"zlasr_", "ZLASR", 9, call_zlasr_5},
    {"slasrt_", "SLASRT", 1, call_slasrt_0},
    {"slasrt_", "SLASRT", 2, call_slasrt_1},
    {"dlasrt_", "DLASRT", 1, call_dlasrt_0},
    {"dlasrt_", "DLASRT", 2, call_dlasrt_1},
    {"slascl_", "SLASCL", 1, call_slascl_0},
    {"slascl_", "SLASCL", 4, call_slascl_1},
    {"slascl_", "SLASCL", 5, call_slascl_2},
    {"slascl_", "SLASCL", 6, call_slascl_3},
    {"slascl_", "SLASCL", 7, call_slascl_4},
    {"slascl_", "SLASCL", 7, call_slascl_5},
    {"slascl_", "SLASCL", 9, call_slascl_6},
    {"slascl_", "SLASCL", 2, call_slascl_7},
    {"slascl_", "SLASCL", 2, call_slascl_8},
    {"slascl_", "SLASCL", 3, call_slascl_9},
    {"slascl_", "SLASCL", 3, call_slascl_10},
    {"slascl_", "SLASCL", 9, call_slascl_11},
    {"dlascl_", "DLASCL", 1, call_dlascl_0},
    {"dlascl_", "DLASCL", 4, call_dlascl_1},
    {"dlascl_", "DLASCL", 5, call_dlascl_2},
    {"dlascl_", "DLASCL", 6, call_dlascl_3},
    {"dlascl_", "DLASCL", 7, call_dlascl_4},
    {"dlascl_", "DLASCL", 7, call_dlascl_5},
    {"dlascl_", "DLASCL", 9, call_dlascl_6},
    {"dlascl_", "DLASCL", 2, call_dlascl_7},
    {"dlascl_", "DLASCL", 2, call_dlascl_8},
    {"dlascl_", "DLASCL", 3, call_dlascl_9},
    {"dlascl_", "DLASCL", 3, call_dlascl_10},
    {"dlascl_", "DLASCL", 9, call_dlascl_11},
    {"clascl_", "CLASCL", 1, call_clascl_0},
    {"clascl_", "CLASCL", 4, call_clascl_1},
    {"clascl_", "CLASCL", 5, call_clascl_2},
    {"clascl_", "CLASCL", 6, call_clascl_3},
    {"clascl_", "CLASCL", 7, call_clascl_4},
    {"clascl_", "CLASCL", 7, call_clascl_5},
    {"clascl_", "CLASCL", 9, call_clascl_6},
    {"clascl_", "CLASCL", 2, call_clascl_7},
    {"clascl_", "CLASCL", 2, call_clascl_8},
    {"clascl_", "CLASCL", 3, call_clascl_9},
    {"clascl_", "CLASCL", 3, call_clascl_10},
    {"clascl_", "CLASCL", 9, call_clascl_11},
    {"zlascl_", "ZLASCL", 1, call_zlascl_0},
    {"zlascl_", "ZLASCL", 4, call_zlascl_1},
    {"zlascl_", "ZLASCL", 5, call_zlascl_2},
    {"zlascl_", "ZLASCL", 6, call_zlascl_3},
    {"zlascl_", "ZLASCL", 7, call_zlascl_4},
    {"zlascl_", "ZLASCL", 7, call_zlascl_5},
    {"zlascl_", "ZLASCL", 9, call_zlascl_6},
    {"zlascl_", "ZLASCL", 2, call_zlascl_7},
    {"zlascl_", "ZLASCL", 2, call_zlascl_8},
    {"zlascl_", "ZLASCL", 3, call_zlascl_9},
    {"zlascl_", "ZLASCL", 3, call_zlascl_10},
    {"zlascl_", "ZLASCL", 9, call_zlascl_11},
    {"csymv_", "CSYMV", 1, call_csymv_0},
    {"csymv_", "CSYMV", 2, call_csymv_1},
    {"csymv_", "CSYMV", 5, call_csymv_2},
    {"csymv_", "CSYMV", 7, call_csymv_3},
    {"csymv_", "CSYMV", 10, call_csymv_4},
    {"zsymv_", "ZSYMV", 1, call_zsymv_0},
    {"zsymv_", "ZSYMV", 2, call_zsymv_1},
    {"zsymv_", "ZSYMV", 5, call_zsymv_2},
    {"zsymv_", "ZSYMV", 7, call_zsymv_3},
    {"zsymv_", "ZSYMV", 10, call_zsymv_4},
    {"csyr_", "CSYR", 1, call_csyr_0},
    {"csyr_", "CSYR", 2, call_csyr_1},
    {"csyr_", "CSYR", 5, call_csyr_2},
    {"csyr_", "CSYR", 7, call_csyr_3},
    {"zsyr_", "ZSYR", 1, call_zsyr_0},
    {"zsyr_", "ZSYR", 2, call_zsyr_1},
    {"zsyr_", "ZSYR", 5, call_zsyr_2},
    {"zsyr_", "ZSYR", 7, call_zsyr_3},
    {"cspmv_", "CSPMV", 1, call_cspmv_0},
    {"cspmv_", "CSPMV", 2, call_cspmv_1},
    {"cspmv_", "CSPMV", 6, call_cspmv_2},
    {"cspmv_", "CSPMV", 9, call_cspmv_3},
    {"zspmv_", "ZSPMV", 1, call_zspmv_0},
    {"zspmv_", "ZSPMV", 2, call_zspmv_1},
    {"zspmv_", "ZSPMV", 6, call_zspmv_2},
    {"zspmv_", "ZSPMV", 9, call_zspmv_3},
    {"cspr_", "CSPR", 1, call_cspr_0},
    {"cspr_", "CSPR", 2, call_cspr_1},
    {"cspr_", "CSPR", 5, call_cspr_2},
    {"zspr_", "ZSPR", 1, call_zspr_0},
    {"zspr_", "ZSPR", 2, call_zspr_1},
    {"zspr_", "ZSPR", 5, call_zspr_2},
    {"sgetrf_", "SGETRF", 1, call_sgetrf_0},
    {"sgetrf_", "SGETRF", 2, call_sgetrf_1},
    {"sgetrf_", "SGETRF", 4, call_sgetrf_2},
    {"dgetrf_", "DGETRF", 1, call_dgetrf_0},
    {"dgetrf_", "DGETRF", 2, call_dgetrf_1},
    {"dgetrf_", "DGETRF", 4, call_dgetrf_2},
    {"cgetrf_", "CGETRF", 1, call_cgetrf_0},
    {"cgetrf_", "CGETRF", 2, call_cgetrf_1},
    {"cgetrf_", "CGETRF", 4, call_cgetrf_2},
    {"zgetrf_", "ZGETRF", 1, call_zgetrf_0},
    {"zgetrf_", "ZGETRF", 2, call_zgetrf_1},
    {"zgetrf_", "ZGETRF", 4, call_zgetrf_2},
    {"sgetrs_", "SGETRS", 1, call_sgetrs_0},
    {"sgetrs_", "SGETRS", 2, call_sgetrs_1},
    {"sgetrs_", "SGETRS", 3, call_sgetrs_2},
    {"sgetrs_", "SGETRS", 5, call_sgetrs_3},
    {"sgetrs_", "SGETRS", 8, call_sgetrs_4},
    {"dgetrs_", "DGETRS", 1, call_dgetrs_0},
    {"dgetrs_", "DGETRS", 2, call_dgetrs_1},
    {"dgetrs_", "DGETRS", 3, call_dgetrs_2},
    {"dgetrs_", "DGETRS", 5, call_dgetrs_3},
    {"dgetrs_", "DGETRS", 8, call_dgetrs_4},
    {"cgetrs_", "CGETRS", 1, call_cgetrs_0},
    {"cgetrs_", "CGETRS", 2, call_cgetrs_1},
    {"cgetrs_", "CGETRS", 3, call_cgetrs_2},
    {"cgetrs_", "CGETRS", 5, call_cgetrs_3},
    {"cgetrs_", "CGETRS", 8, call_cgetrs_4},
    {"zgetrs_", "ZGETRS", 1, call_zgetrs_0},
    {"zgetrs_", "ZGETRS", 2, call_zgetrs_1},
    {"zgetrs_", "ZGETRS", 3, call_zgetrs_2},
    {"zgetrs_", "ZGETRS", 5, call_zgetrs_3},
    {"zgetrs_", "ZGETRS", 8, call_zgetrs_4},
    {"sgesv_", "SGESV", 1, call_sgesv_0},
    {"sgesv_", "SGESV", 2, call_sgesv_1},
    {"sgesv_", "SGESV", 4, call_sgesv_2},
    {"sgesv_", "SGESV", 7, call_sgesv_3},
    {"dgesv_", "DGESV", 1, call_dgesv_0},
    {"dgesv_", "DGESV", 2, call_dgesv_1},
    {"dgesv_", "DGESV", 4, call_dgesv_2},
    {"dgesv_", "DGESV", 7, call_dgesv_3},
    {"cgesv_", "CGESV", 1, call_cgesv_0},
    {"cgesv_", "CGESV", 2, call_cgesv_1},
    {"cgesv_", "CGESV", 4, call_cgesv_2},
    {"cgesv_", "CGESV", 7, call_cgesv_3},
    {"zgesv_", "ZGESV", 1, call_zgesv_0},
    {"zgesv_", "ZGESV", 2, call_zgesv_1},
    {"zgesv_", "ZGESV", 4, call_zgesv_2},
    {"zgesv_", "ZGESV", 7, call_zgesv_3},
    {"spotrf_", "SPOTRF", 1, call_spotrf_0},
    {"spotrf_", "SPOTRF", 2, call_spotrf_1},
    {"spotrf_", "SPOTRF", 4, call_spotrf_2},
    {"dpotrf_", "DPOTRF", 1, call_dpotrf_0},
    {"dpotrf_", "DPOTRF", 2, call_dpotrf_1},
    {"dpotrf_", "DPOTRF", 4, call_dpotrf_2},
    {"cpotrf_", "CPOTRF", 1, call_cpotrf_0},
    {"cpotrf_", "CPOTRF", 2, call_cpotrf_1},
    {"cpotrf_", "CPOTRF", 4, call_cpotrf_2},
    {"zpotrf_", "ZPOTRF", 1, call_zpotrf_0},
    {"zpotrf_", "ZPOTRF", 2, call_zpotrf_1},
    {"zpotrf_", "ZPOTRF", 4, call_zpotrf_2},
    {"spotrs_", "SPOTRS", 1, call_spotrs_0},
    {"spotrs_", "SPOTRS", 2, call_spotrs_1},
    {"spotrs_", "SPOTRS", 3, call_spotrs_2},
    {"spotrs_", "SPOTRS", 5, call_spotrs_3},
    {"spotrs_", "SPOTRS", 7, call_spotrs_4},
    {"dpotrs_", "DPOTRS", 1, call_dpotrs_0},
    {"dpotrs_", "DPOTRS", 2, call_dpotrs_1},
    {"dpotrs_", "DPOTRS", 3, call_dpotrs_2},
    {"dpotrs_", "DPOTRS", 5, call_dpotrs_3},
    {"dpotrs_", "DPOTRS", 7, call_dpotrs_4},
    {"cpotrs_", "CPOTRS", 1, call_cpotrs_0},
    {"cpotrs_", "CPOTRS", 2, call_cpotrs_1},
    {"cpotrs_", "CPOTRS", 3, call_cpotrs_2},
    {"cpotrs_", "CPOTRS", 5, call_cpotrs_3},
    {"cpotrs_", "CPOTRS", 7, call_cpotrs_4},
    {"zpotrs_", "ZPOTRS", 1, call_zpotrs_0},
    {"zpotrs_", "ZPOTRS", 2, call_zpotrs_1},
    {"zpotrs_", "ZPOTRS", 3, call_zpotrs_2},
    {"zpotrs_", "ZPOTRS", 5, call_zpotrs_3},
    {"zpotrs_", "ZPOTRS", 7, call_zpotrs_4},
    {"sposv_", "SPOSV", 1, call_sposv_0},
    {"sposv_", "SPOSV", 2, call_sposv_1},
    {"sposv_", "SPOSV", 3, call_sposv_2},
    {"sposv_", "SPOSV", 5, call_sposv_3},
    {"sposv_", "SPOSV", 7, call_sposv_4},
    {"dposv_", "DPOSV", 1, call_dposv_0},
    {"dposv_", "DPOSV", 2, call_dposv_1},
    {"dposv_", "DPOSV", 3, call_dposv_2},
    {"dposv_", "DPOSV", 5, call_dposv_3},
    {"dposv_", "DPOSV", 7, call_dposv_4},
    {"cposv_", "CPOSV", 1, call_cposv_0},
    {"cposv_", "CPOSV", 2, call_cposv_1},
    {"cposv_", "CPOSV", 3, call_cposv_2},
    {"cposv_", "CPOSV", 5, call_cposv_3},
    {"cposv_", "CPOSV", 7, call_cposv_4},
    {"zposv_", "ZPOSV", 1, call_zposv_0},
    {"zposv_", "ZPOSV", 2, call_zposv_1},
    {"zposv_", "ZPOSV", 3, call_zposv_2},
    {"zposv_", "ZPOSV", 5, call_zposv_3},
    {"zposv_", "ZPOSV", 7, call_zposv_4},
    {"spotri_", "SPOTRI", 1, call_spotri_0},
    {"spotri_", "SPOTRI", 2, call_spotri_1},
    {"spotri_", "SPOTRI", 4, call_spotri_2},
    {"dpotri_", "DPOTRI", 1, call_dpotri_0},
    {"dpotri_", "DPOTRI", 2, call_dpotri_1},
    {"dpotri_", "DPOTRI", 4, call_dpotri_2},
    {"cpotri_", "CPOTRI", 1, call_cpotri_0},
    {"cpotri_", "CPOTRI", 2, call_cpotri_1},
    {"cpotri_", "CPOTRI", 4, call_cpotri_2},
    {"zpotri_", "ZPOTRI", 1, call_zpotri_0},
    {"zpotri_", "ZPOTRI", 2, call_zpotri_1},
    {"zpotri_", "ZPOTRI", 4, call_zpotri_2},
    {"slauum_", "SLAUUM", 1, call_slauum_0},
    {"slauum_", "SLAUUM", 2, call_slauum_1},
    {"slauum_", "SLAUUM", 4, call_slauum_2},
    {"dlauum_", "DLAUUM", 1, call_dlauum_0},
    {"dlauum_", "DLAUUM", 2, call_dlauum_1},
    {"dlauum_", "DLAUUM", 4, call_dlauum_2},
    {"clauum_", "CLAUUM", 1, call_clauum_0},
    {"clauum_", "CLAUUM", 2, call_clauum_1},
    {"clauum_", "CLAUUM", 4, call_clauum_2},
    {"zlauum_", "ZLAUUM", 1, call_zlauum_0},
    {"zlauum_", "ZLAUUM", 2, call_zlauum_1},
    {"zlauum_", "ZLAUUM", 4, call_zlauum_2},
    {"strtri_", "STRTRI", 1, call_strtri_0},
    {"strtri_", "STRTRI", 2, call_strtri_1},
    {"strtri_", "STRTRI", 3, call_strtri_2},
    {"strtri_", "STRTRI", 5, call_strtri_3},
    {"dtrtri_", "DTRTRI", 1, call_dtrtri_0},
    {"dtrtri_", "DTRTRI", 2, call_dtrtri_1},
    {"dtrtri_", "DTRTRI", 3, call_dtrtri_2},
    {"dtrtri_", "DTRTRI", 5, call_dtrtri_3},
    {"ctrtri_", "CTRTRI", 1, call_ctrtri_0},
    {"ctrtri_", "CTRTRI", 2, call_ctrtri_1},
    {"ctrtri_", "CTRTRI", 3, call_ctrtri_2},
    {"ctrtri_", "CTRTRI", 5, call_ctrtri_3},
    {"ztrtri_", "ZTRTRI", 1, call_ztrtri_0},
    {"ztrtri_", "ZTRTRI", 2, call_ztrtri_1},
    {"ztrtri_", "ZTRTRI", 3, call_ztrtri_2},
    {"ztrtri_", "ZTRTRI", 5, call_ztrtri_3},
    {"strtrs_", "STRTRS", 1, call_strtrs_0},
    {"strtrs_", "STRTRS", 2, call_strtrs_1},
    {"strtrs_", "STRTRS", 3, call_strtrs_2},
    {"strtrs_", "STRTRS", 4, call_strtrs_3},
    {"strtrs_", "STRTRS", 5, call_strtrs_4},
    {"strtrs_", "STRTRS", 7, call_strtrs_5},
    {"strtrs_", "STRTRS", 9, call_strtrs_6},
    {"dtrtrs_", "DTRTRS", 1, call_dtrtrs_0},
    {"dtrtrs_", "DTRTRS", 2, call_dtrtrs_1},
    {"dtrtrs_", "DTRTRS", 3, call_dtrtrs_2},
    {"dtrtrs_", "DTRTRS", 4, call_dtrtrs_3},
    {"dtrtrs_", "DTRTRS", 5, call_dtrtrs_4},
    {"dtrtrs_", "DTRTRS", 7, call_dtrtrs_5},
    {"dtrtrs_", "DTRTRS", 9, call_dtrtrs_6},
    {"ctrtrs_", "CTRTRS", 1, call_ctrtrs_0},
    {"ctrtrs_", "CTRTRS", 2, call_ctrtrs_1},
    {"ctrtrs_", "CTRTRS", 3, call_ctrtrs_2},
    {"ctrtrs_", "CTRTRS", 4, call_ctrtrs_3},
    {"ctrtrs_", "CTRTRS", 5, call_ctrtrs_4},
    {"ctrtrs_", "CTRTRS", 7, call_ctrtrs_5},
    {"ctrtrs_", "CTRTRS", 9, call_ctrtrs_6},
    {"ztrtrs_", "ZTRTRS", 1, call_ztrtrs_0},
    {"ztrtrs_", "ZTRTRS", 2, call_ztrtrs_1},
    {"ztrtrs_", "ZTRTRS", 3, call_ztrtrs_2},
    {"ztrtrs_", "ZTRTRS", 4, call_ztrtrs_3},
    {"ztrtrs_", "ZTRTRS", 5, call_ztrtrs_4},
    {"ztrtrs_", "ZTRTRS", 7, call_ztrtrs_5},
    {"ztrtrs_", "ZTRTRS", 9, call_ztrtrs_6},
    {"sgetri_", "SGETRI", 1, call_sgetri_0},
    {"sgetri_", "SGETRI", 3, call_sgetri_1},
    {"sgetri_", "SGETRI", 6, call_sgetri_2},
    {"dgetri_", "DGETRI", 1, call_dgetri_0},
    {"dgetri_", "DGETRI", 3, call_dgetri_1},
    {"dgetri_", "DGETRI", 6, call_dgetri_2},
    {"cgetri_", "CGETRI", 1, call_cgetri_0},
    {"cgetri_", "CGETRI", 3, call_cgetri_1},
    {"cgetri_", "CGETRI", 6, call_cgetri_2},
    {"zgetri_", "ZGETRI", 1, call_zgetri_0},
    {"zgetri_", "ZGETRI", 3, call_zgetri_1},
    {"zgetri_", "ZGETRI", 6, call_zgetri_2},
    {"sgbtrf_", "SGBTRF", 1, call_sgbtrf_0},
    {"sgbtrf_", "SGBTRF", 2, call_sgbtrf_1},
    {"sgbtrf_", "SGBTRF", 3, call_sgbtrf_2},
    {"sgbtrf_", "SGBTRF", 4, call_sgbtrf_3},
    {"sgbtrf_", "SGBTRF", 6, call_sgbtrf_4},
    {"dgbtrf_", "DGBTRF", 1, call_dgbtrf_0},
    {"dgbtrf_", "DGBTRF", 2, call_dgbtrf_1},
    {"dgbtrf_", "DGBTRF", 3, call_dgbtrf_2},
    {"dgbtrf_", "DGBTRF", 4, call_dgbtrf_3},
    {"dgbtrf_", "DGBTRF", 6, call_dgbtrf_4},
    {"cgbtrf_", "CGBTRF", 1, call_cgbtrf_0},
    {"cgbtrf_", "CGBTRF", 2, call_cgbtrf_1},
    {"cgbtrf_", "CGBTRF", 3, call_cgbtrf_2},
    {"cgbtrf_", "CGBTRF", 4, call_cgbtrf_3},
    {"cgbtrf_", "CGBTRF", 6, call_cgbtrf_4},
    {"zgbtrf_", "ZGBTRF", 1, call_zgbtrf_0},
    {"zgbtrf_", "ZGBTRF", 2, call_zgbtrf_1},
    {"zgbtrf_", "ZGBTRF", 3, call_zgbtrf_2},
    {"zgbtrf_", "ZGBTRF", 4, call_zgbtrf_3},
    {"zgbtrf_", "ZGBTRF", 6, call_zgbtrf_4},
    {"sgbtrs_", "SGBTRS", 1, call_sgbtrs_0},
    {"sgbtrs_", "SGBTRS", 2, call_sgbtrs_1},
    {"sgbtrs_", "SGBTRS", 3, call_sgbtrs_2},
    {"sgbtrs_", "SGBTRS", 4, call_sgbtrs_3},
    {"sgbtrs_", "SGBTRS", 5, call_sgbtrs_4},
    {"sgbtrs_", "SGBTRS", 7, call_sgbtrs_5},
    {"sgbtrs_", "SGBTRS", 10, call_sgbtrs_6},
    {"dgbtrs_", "DGBTRS", 1, call_dgbtrs_0},
    {"dgbtrs_", "DGBTRS", 2, call_dgbtrs_1},
    {"dgbtrs_", "DGBTRS", 3, call_dgbtrs_2},
    {"dgbtrs_", "DGBTRS", 4, call_dgbtrs_3},
    {"dgbtrs_", "DGBTRS", 5, call_dgbtrs_4},
    {"dgbtrs_", "DGBTRS", 7, call_dgbtrs_5},
    {"dgbtrs_", "DGBTRS", 10, call_dgbtrs_6},
    {"cgbtrs_", "CGBTRS", 1, call_cgbtrs_0},
    {"cgbtrs_", "CGBTRS", 2, call_cgbtrs_1},
    {"cgbtrs_", "CGBTRS", 3, call_cgbtrs_2},
    {"cgbtrs_", "CGBTRS", 4, call_cgbtrs_3},
    {"cgbtrs_", "CGBTRS", 5, call_cgbtrs_4},
    {"cgbtrs_", "CGBTRS", 7, call_cgbtrs_5},
    {"cgbtrs_", "CGBTRS", 10, call_cgbtrs_6},
    {"zgbtrs_", "ZGBTRS", 1, call_zgbtrs_0},
    {"zgbtrs_", "ZGBTRS", 2, call_zgbtrs_1},
    {"zgbtrs_", "ZGBTRS", 3, call_zgbtrs_2},
    {"zgbtrs_", "ZGBTRS", 4, call_zgbtrs_3},
    {"zgbtrs_", "ZGBTRS", 5, call_zgbtrs_4},
    {"zgbtrs_", "ZGBTRS", 7, call_zgbtrs_5},
    {"zgbtrs_", "ZGBTRS", 10, call_zgbtrs_6},
    {"sgbsv_", "SGBSV", 1, call_sgbsv_0},
    {"sgbsv_", "SGBSV", 2, call_sgbsv_1},
    {"sgbsv_", "SGBSV", 3, call_sgbsv_2},
    {"sgbsv_", "SGBSV", 4, call_sgbsv_3},
    {"sgbsv_", "SGBSV", 6, call_sgbsv_4},
    {"sgbsv_", "SGBSV", 9, call_sgbsv_5},
    {"dgbsv_", "DGBSV", 1, call_dgbsv_0},
    {"dgbsv_", "DGBSV", 2, call_dgbsv_1},
    {"dgbsv_", "DGBSV", 3, call_dgbsv_2},
    {"dgbsv_", "DGBSV", 4, call_dgbsv_3},
    {"dgbsv_", "DGBSV", 6, call_dgbsv_4},
    {"dgbsv_", "DGBSV", 9, call_dgbsv_5},
    {"cgbsv_", "CGBSV", 1, call_cgbsv_0},
    {"cgbsv_", "CGBSV", 2, call_cgbsv_1},
    {"cgbsv_", "CGBSV", 3, call_cgbsv_2},
    {"cgbsv_", "CGBSV", 4, call_cgbsv_3},
    {"cgbsv_", "CGBSV", 6, call_cgbsv_4},
    {"cgbsv_", "CGBSV", 9, call_cgbsv_5},
    {"zgbsv_", "ZGBSV", 1, call_zgbsv_0},
    {"zgbsv_", "ZGBSV", 2, call_zgbsv_1},
    {"zgbsv_", "ZGBSV", 3, call_zgbsv_2},
    {"zgbsv_", "ZGBSV", 4, call_zgbsv_3},
    {"zgbsv_", "ZGBSV", 6, call_zgbsv_4},
    {"zgbsv_", "ZGBSV", 9, call_zgbsv_5},
    {"spbtrf_", "SPBTRF", 1, call_spbtrf_0},
    {"spbtrf_", "SPBTRF", 2, call_spbtrf_1},
    {"spbtrf_", "SPBTRF", 3, call_spbtrf_2},
    {"spbtrf_", "SPBTRF", 5, call_spbtrf_3},
    {"dpbtrf_", "DPBTRF", 1, call_dpbtrf_0},
    {"dpbtrf_", "DPBTRF", 2, call_dpbtrf_1},
    {"dpbtrf_", "DPBTRF", 3, call_dpbtrf_2},
    {"dpbtrf_", "DPBTRF", 5, call_dpbtrf_3},
    {"cpbtrf_", "CPBTRF", 1, call_cpbtrf_0},
    {"cpbtrf_", "CPBTRF", 2, call_cpbtrf_1},
    {"cpbtrf_", "CPBTRF", 3, call_cpbtrf_2},
    {"cpbtrf_", "CPBTRF", 5, call_cpbtrf_3},
    {"zpbtrf_", "ZPBTRF", 1, call_zpbtrf_0},
    {"zpbtrf_", "ZPBTRF", 2, call_zpbtrf_1},
    {"zpbtrf_", "ZPBTRF", 3, call_zpbtrf_2},
    {"zpbtrf_", "ZPBTRF", 5, call_zpbtrf_3},
    {"spbtrs_", "SPBTRS", 1, call_spbtrs_0},
    {"spbtrs_", "SPBTRS", 2, call_spbtrs_1},
    {"spbtrs_", "SPBTRS", 3, call_spbtrs_2},
    {"spbtrs_", "SPBTRS", 4, call_spbtrs_3},
    {"spbtrs_", "SPBTRS", 6, call_spbtrs_4},
    {"spbtrs_", "SPBTRS", 8, call_spbtrs_5},
    {"dpbtrs_", "DPBTRS", 1, call_dpbtrs_0},
    {"dpbtrs_", "DPBTRS", 2, call_dpbtrs_1},
    {"dpbtrs_", "DPBTRS", 3, call_dpbtrs_2},
    {"dpbtrs_", "DPBTRS", 4, call_dpbtrs_3},
    {"dpbtrs_", "DPBTRS", 6, call_dpbtrs_4},
    {"dpbtrs_", "DPBTRS", 8, call_dpbtrs_5},
    {"cpbtrs_", "CPBTRS", 1, call_cpbtrs_0},
    {"cpbtrs_", "CPBTRS", 2, call_cpbtrs_1},
    {"cpbtrs_", "CPBTRS", 3, call_cpbtrs_2},
    {"cpbtrs_", "CPBTRS", 4, call_cpbtrs_3},
    {"cpbtrs_", "CPBTRS", 6, call_cpbtrs_4},
    {"cpbtrs_", "CPBTRS", 8, call_cpbtrs_5},
    {"zpbtrs_", "ZPBTRS", 1, call_zpbtrs_0},
    {"zpbtrs_", "ZPBTRS", 2, call_zpbtrs_1},
    {"zpbtrs_", "ZPBTRS", 3, call_zpbtrs_2},
    {"zpbtrs_", "ZPBTRS", 4, call_zpbtrs_3},
    {"zpbtrs_", "ZPBTRS", 6, call_zpbtrs_4},
    {"zpbtrs_", "ZPBTRS", 8, call_zpbtrs_5},
    {"spbsv_", "SPBSV", 1, call_spbsv_0},
    {"spbsv_", "SPBSV", 2, call_spbsv_1},
    {"spbsv_", "SPBSV", 3, call_spbsv_2},
    {"spbsv_", "SPBSV", 4, call_spbsv_3},
    {"spbsv_", "SPBSV", 6, call_spbsv_4},
    {"spbsv_", "SPBSV", 8, call_spbsv_5},
    {"dpbsv_", "DPBSV", 1, call_dpbsv_0},
    {"dpbsv_", "DPBSV", 2, call_dpbsv_1},
    {"dpbsv_", "DPBSV", 3, call_dpbsv_2},
    {"dpbsv_", "DPBSV", 4, call_dpbsv_3},
    {"dpbsv_", "DPBSV", 6, call_dpbsv_4},
    {"dpbsv_", "DPBSV", 8, call_dpbsv_5},
    {"cpbsv_", "CPBSV", 1, call_cpbsv_0},
    {"cpbsv_", "CPBSV", 2, call_cpbsv_1},
    {"cpbsv_", "CPBSV", 3, call_cpbsv_2},
    {"cpbsv_", "CPBSV", 4, call_cpbsv_3},
    {"cpbsv_", "CPBSV", 6, call_cpbsv_4},
    {"cpbsv_", "CPBSV", 8, call_cpbsv_5},
    {"zpbsv_", "ZPBSV", 1, call_zpbsv_0},
    {"zpbsv_", "ZPBSV", 2, call_zpbsv_1},
    {"zpbsv_", "ZPBSV", 3, call_zpbsv_2},
    {"zpbsv_", "ZPBSV", 4, call_zpbsv_3},
    {"zpbsv_", "ZPBSV", 6, call_zpbsv_4},
    {"zpbsv_", "ZPBSV", 8, call_zpbsv_5},
    {"ssygst_", "SSYGST", 1, call_ssygst_0},
    {"ssygst_", "SSYGST", 1, call_ssygst_1},
    {"ssygst_", "SSYGST", 2, call_ssygst_2},
    {"ssygst_", "SSYGST", 3, call_ssygst_3},
    {"ssygst_", "SSYGST", 5, call_ssygst_4},
    {"ssygst_", "SSYGST", 7, call_ssygst_5},
    {"dsygst_", "DSYGST", 1, call_dsygst_0},
    {"dsygst_", "DSYGST", 1, call_dsygst_1},
    {"dsygst_", "DSYGST", 2, call_dsygst_2},
    {"dsygst_", "DSYGST", 3, call_dsygst_3},
    {"dsygst_", "DSYGST", 5, call_dsygst_4},
    {"dsygst_", "DSYGST", 7, call_dsygst_5},
    {"chegst_", "CHEGST", 1, call_chegst_0},
    {"chegst_", "CHEGST", 1, call_chegst_1},
    {"chegst_", "CHEGST", 2, call_chegst_2},
    {"chegst_", "CHEGST", 3, call_chegst_3},
    {"chegst_", "CHEGST", 5, call_chegst_4},
    {"chegst_", "CHEGST", 7, call_chegst_5},
    {"zhegst_", "ZHEGST", 1, call_zhegst_0},
    {"zhegst_", "ZHEGST", 1, call_zhegst_1},
    {"zhegst_", "ZHEGST", 2, call_zhegst_2},
    {"zhegst_", "ZHEGST", 3, call_zhegst_3},
    {"zhegst_", "ZHEGST", 5, call_zhegst_4},
    {"zhegst_", "ZHEGST", 7, call_zhegst_5},
    {"strsyl_", "STRSYL", 1, call_strsyl_0},
    {"strsyl_", "STRSYL", 2, call_strsyl_1},
    {"strsyl_", "STRSYL", 3, call_strsyl_2},
    {"strsyl_", "STRSYL", 4, call_strsyl_3},
    {"strsyl_", "STRSYL", 5, call_strsyl_4},
    {"strsyl_", "STRSYL", 7, call_strsyl_5},
    {"strsyl_", "STRSYL", 9, call_strsyl_6},
    {"strsyl_", "STRSYL", 11, call_strsyl_7},
    {"dtrsyl_", "DTRSYL", 1, call_dtrsyl_0},
    {"dtrsyl_", "DTRSYL", 2, call_dtrsyl_1},
    {"dtrsyl_", "DTRSYL", 3, call_dtrsyl_2},
    {"dtrsyl_", "DTRSYL", 4, call_dtrsyl_3},
    {"dtrsyl_", "DTRSYL", 5, call_dtrsyl_4},
    {"dtrsyl_", "DTRSYL", 7, call_dtrsyl_5},
    {"dtrsyl_", "DTRSYL", 9, call_dtrsyl_6},
    {"dtrsyl_", "DTRSYL", 11, call_dtrsyl_7},
    {"ctrsyl_", "CTRSYL", 1, call_ctrsyl_0},
    {"ctrsyl_", "CTRSYL", 2, call_ctrsyl_1},
    {"ctrsyl_", "CTRSYL", 3, call_ctrsyl_2},
    {"ctrsyl_", "CTRSYL", 4, call_ctrsyl_3},
    {"ctrsyl_", "CTRSYL", 5, call_ctrsyl_4},
    {"ctrsyl_", "CTRSYL", 7, call_ctrsyl_5},
    {"ctrsyl_", "CTRSYL", 9, call_ctrsyl_6},
    {"ctrsyl_", "CTRSYL", 11, call_ctrsyl_7},
    {"ztrsyl_", "ZTRSYL", 1, call_ztrsyl_0},
    {"ztrsyl_", "ZTRSYL", 2, call_ztrsyl_1},
    {"ztrsyl_", "ZTRSYL", 3, call_ztrsyl_2},
    {"ztrsyl_", "ZTRSYL", 4, call_ztrsyl_3},
    {"ztrsyl_", "ZTRSYL", 5, call_ztrsyl_4},
    {"ztrsyl_", "ZTRSYL", 7, call_ztrsyl_5},
    {"ztrsyl_", "ZTRSYL", 9, call_ztrsyl_6},
    {"ztrsyl_", "ZTRSYL", 11, call_ztrsyl_7},
    {"ssytrf_", "SSYTRF", 1, call_ssytrf_0},
    {"ssytrf_", "SSYTRF", 2, call_ssytrf_1},
    {"ssytrf_", "SSYTRF", 4, call_ssytrf_2},
    {"ssytrf_", "SSYTRF", 7, call_ssytrf_3},
    {"dsytrf_", "DSYTRF", 1, call_dsytrf_0},
    {"dsytrf_", "DSYTRF", 2, call_dsytrf_1},
    {"dsytrf_", "DSYTRF", 4, call_dsytrf_2},
    {"dsytrf_", "DSYTRF", 7, call_dsytrf_3},
    {"csytrf_", "CSYTRF", 1, call_csytrf_0},
    {"csytrf_", "CSYTRF", 2, call_csytrf_1},
    {"csytrf_", "CSYTRF", 4, call_csytrf_2},
    {"csytrf_", "CSYTRF", 7, call_csytrf_3},
    {"zsytrf_", "ZSYTRF", 1, call_zsytrf_0},
    {"zsytrf_", "ZSYTRF", 2, call_zsytrf_1},
    {"zsytrf_", "ZSYTRF", 4, call_zsytrf_2},
    {"zsytrf_", "ZSYTRF", 7, call_zsytrf_3},
    {"chetrf_", "CHETRF", 1, call_chetrf_0},
    {"chetrf_", "CHETRF", 2, call_chetrf_1},
    {"chetrf_", "CHETRF", 4, call_chetrf_2},
    {"chetrf_", "CHETRF", 7, call_chetrf_3},
    {"zhetrf_", "ZHETRF", 1, call_zhetrf_0},
    {"zhetrf_", "ZHETRF", 2, call_zhetrf_1},
    {"zhetrf_", "ZHETRF", 4, call_zhetrf_2},
    {"zhetrf_", "ZHETRF", 7, call_zhetrf_3},
    {"ssytrf_rook_", "SSYTRF_ROOK", 1, call_ssytrf_rook_0},
    {"ssytrf_rook_", "SSYTRF_ROOK", 2, call_ssytrf_rook_1},
    {"ssytrf_rook_", "SSYTRF_ROOK", 4, call_ssytrf_rook_2},
    {"ssytrf_rook_", "SSYTRF_ROOK", 7, call_ssytrf_rook_3},
    {"dsytrf_rook_", "DSYTRF_ROOK", 1, call_dsytrf_rook_0},
    {"dsytrf_rook_", "DSYTRF_ROOK", 2, call_dsytrf_rook_1},
    {"dsytrf_rook_", "DSYTRF_ROOK", 4, call_dsytrf_rook_2},
    {"dsytrf_rook_", "DSYTRF_ROOK", 7, call_dsytrf_rook_3},
    {"csytrf_rook_", "CSYTRF_ROOK", 1, call_csytrf_rook_0},
    {"csytrf_rook_", "CSYTRF_ROOK", 2, call_csytrf_rook_1},
    {"csytrf_rook_", "CSYTRF_ROOK", 4, call_csytrf_rook_2},
    {"csytrf_rook_", "CSYTRF_ROOK", 7, call_csytrf_rook_3},
    {"zsytrf_rook_", "ZSYTRF_ROOK", 1, call_zsytrf_rook_0},
    {"zsytrf_rook_", "ZSYTRF_ROOK", 2, call_zsytrf_rook_1},
    {"zsytrf_rook_", "ZSYTRF_ROOK", 4, call_zsytrf_rook_2},
    {"zsytrf_rook_", "ZSYTRF_ROOK", 7, call_zsytrf_rook_3},
    {"ssytf2_rook_", "SSYTF2_ROOK", 1, call_ssytf2_rook_0},
    {"ssytf2_rook_", "SSYTF2_ROOK", 2, call_ssytf2_rook_1},
    {"ssytf2_rook_", "SSYTF2_ROOK", 4, call_ssytf2_rook_2},
    {"dsytf2_rook_", "DSYTF2_ROOK", 1, call_dsytf2_rook_0},
    {"dsytf2_rook_", "DSYTF2_ROOK", 2, call_dsytf2_rook_1},
    {"dsytf2_rook_", "DSYTF2_ROOK", 4, call_dsytf2_rook_2},
    {"csytf2_rook_", "CSYTF2_ROOK", 1, call_csytf2_rook_0},
    {"csytf2_rook_", "CSYTF2_ROOK", 2, call_csytf2_rook_1},
    {"csytf2_rook_", "CSYTF2_ROOK", 4, call_csytf2_rook_2},
    {"zsytf2_rook_", "ZSYTF2_ROOK", 1, call_zsytf2_rook_0},
    {"zsytf2_rook_", "ZSYTF2_ROOK", 2, call_zsytf2_rook_1},
    {"zsytf2_rook_", "ZSYTF2_ROOK", 4, call_zsytf2_rook_2},
    {"ssytrs_rook_", "SSYTRS_ROOK", 1, call_ssytrs_rook_0},
    {"ssytrs_rook_", "SSYTRS_ROOK", 2, call_ssytrs_rook_1},
    {"ssytrs_rook_", "SSYTRS_ROOK", 3, call_ssytrs_rook_2},
    {"ssytrs_rook_", "SSYTRS_ROOK", 5, call_ssytrs_rook_3},
    {"ssytrs_rook_", "SSYTRS_ROOK", 8, call_ssytrs_rook_4},
    {"dsytrs_rook_", "DSYTRS_ROOK", 1, call_dsytrs_rook_0},
    {"dsytrs_rook_", "DSYTRS_ROOK", 2, call_dsytrs_rook_1},
    {"dsytrs_rook_", "DSYTRS_ROOK", 3, call_dsytrs_rook_2},
    {"dsytrs_rook_", "DSYTRS_ROOK", 5, call_dsytrs_rook_3},
    {"dsytrs_rook_", "DSYTRS_ROOK", 8, call_dsytrs_rook_4},
    {"csytrs_rook_", "CSYTRS_ROOK", 1, call_csytrs_rook_0},
    {"csytrs_rook_", "CSYTRS_ROOK", 2, call_csytrs_rook_1},
    {"csytrs_rook_", "CSYTRS_ROOK", 3, call_csytrs_rook_2},
    {"csytrs_rook_", "CSYTRS_ROOK", 5, call_csytrs_rook_3},
    {"csytrs_rook_", "CSYTRS_ROOK", 8, call_csytrs_rook_4},
    {"zsytrs_rook_", "ZSYTRS_ROOK", 1, call_zsytrs_rook_0},
    {"zsytrs_rook_", "ZSYTRS_ROOK", 2, call_zsytrs_rook_1},
    {"zsytrs_rook_", "ZSYTRS_ROOK", 3, call_zsytrs_rook_2},
    {"zsytrs_rook_", "ZSYTRS_ROOK", 5, call_zsytrs_rook_3},
    {"zsytrs_rook_", "ZSYTRS_ROOK", 8, call_zsytrs_rook_4},
    {"ssysv_rook_", "SSYSV_ROOK", 1, call_ssysv_rook_0},
    {"ssysv_rook_", "SSYSV_ROOK", 2, call_ssysv_rook_1},
    {"ssysv_rook_", "SSYSV_ROOK", 3, call_ssysv_rook_2},
    {"ssysv_rook_", "SSYSV_ROOK", 5, call_ssysv_rook_3},
    {"ssysv_rook_", "SSYSV_ROOK", 8, call_ssysv_rook_4},
    {"ssysv_rook_", "SSYSV_ROOK", 10, call_ssysv_rook_5},
    {"dsysv_rook_", "DSYSV_ROOK", 1, call_dsysv_rook_0},
    {"dsysv_rook_", "DSYSV_ROOK", 2, call_dsysv_rook_1},
    {"dsysv_rook_", "DSYSV_ROOK", 3, call_dsysv_rook_2},
    {"dsysv_rook_", "DSYSV_ROOK", 5, call_dsysv_rook_3},
    {"dsysv_rook_", "DSYSV_ROOK", 8, call_dsysv_rook_4},
    {"dsysv_rook_", "DSYSV_ROOK", 10, call_dsysv_rook_5},
    {"csysv_rook_", "CSYSV_ROOK", 1, call_csysv_rook_0},
    {"csysv_rook_", "CSYSV_ROOK", 2, call_csysv_rook_1},
    {"csysv_rook_", "CSYSV_ROOK", 3, call_csysv_rook_2},
    {"csysv_rook_", "CSYSV_ROOK", 5, call_csysv_rook_3},
    {"csysv_rook_", "CSYSV_ROOK", 8, call_csysv_rook_4},
    {"csysv_rook_", "CSYSV_ROOK", 10, call_csysv_rook_5},
    {"zsysv_rook_", "ZSYSV_ROOK", 1, call_zsysv_rook_0},
    {"zsysv_rook_", "ZSYSV_ROOK", 2, call_zsysv_rook_1},
    {"zsysv_rook_", "ZSYSV_ROOK", 3, call_zsysv_rook_2},
    {"zsysv_rook_", "ZSYSV_ROOK", 5, call_zsysv_rook_3},
    {"zsysv_rook_", "ZSYSV_ROOK", 8, call_zsysv_rook_4},
    {"zsysv_rook_", "ZSYSV_ROOK", 10, call_zsysv_rook_5},
    {"chetrf_rook_", "CHETRF_ROOK", 1, call_chetrf_rook_0},
    {"chetrf_rook_", "CHETRF_ROOK", 2, call_chetrf_rook_1},
    {"chetrf_rook_", "CHETRF_ROOK", 4, call_chetrf_rook_2},
    {"chetrf_rook_", "CHETRF_ROOK", 7, call_chetrf_rook_3},
    {"zhetrf_rook_", "ZHETRF_ROOK", 1, call_zhetrf_rook_0},
    {"zhetrf_rook_", "ZHETRF_ROOK", 2, call_zhetrf_rook_1},
    {"zhetrf_rook_", "ZHETRF_ROOK", 4, call_zhetrf_rook_2},
    {"zhetrf_rook_", "ZHETRF_ROOK", 7, call_zhetrf_rook_3},
    {"chetf2_rook_", "CHETF2_ROOK", 1, call_chetf2_rook_0},
    {"chetf2_rook_", "CHETF2_ROOK", 2, call_chetf2_rook_1},
    {"chetf2_rook_", "CHETF2_ROOK", 4, call_chetf2_rook_2},
    {"zhetf2_rook_", "ZHETF2_ROOK", 1, call_zhetf2_rook_0},
    {"zhetf2_rook_", "ZHETF2_ROOK", 2, call_zhetf2_rook_1},
    {"zhetf2_rook_", "ZHETF2_ROOK", 4, call_zhetf2_rook_2},
    {"chetrs_rook_", "CHETRS_ROOK", 1, call_chetrs_rook_0},
    {"chetrs_rook_", "CHETRS_ROOK", 2, call_chetrs_rook_1},
    {"chetrs_rook_", "CHETRS_ROOK", 3, call_chetrs_rook_2},
    {"chetrs_rook_", "CHETRS_ROOK", 5, call_chetrs_rook_3},
    {"chetrs_rook_", "CHETRS_ROOK", 8, call_chetrs_rook_4},
    {"zhetrs_rook_", "ZHETRS_ROOK", 1, call_zhetrs_rook_0},
    {"zhetrs_rook_", "ZHETRS_ROOK", 2, call_zhetrs_rook_1},
    {"zhetrs_rook_", "ZHETRS_ROOK", 3, call_zhetrs_rook_2},
    {"zhetrs_rook_", "ZHETRS_ROOK", 5, call_zhetrs_rook_3},
    {"zhetrs_rook_", "ZHETRS_ROOK", 8, call_zhetrs_rook_4},
    {"chesv_rook_", "CHESV_ROOK", 1, call_chesv_rook_0},
    {"chesv_rook_", "CHESV_ROOK", 2, call_chesv_rook_1},
    {"chesv_rook_", "CHESV_ROOK", 3, call_chesv_rook_2},
    {"chesv_rook_", "CHESV_ROOK", 5, call_chesv_rook_3},
    {"chesv_rook_", "CHESV_ROOK", 8, call_chesv_rook_4},
    {"chesv_rook_", "CHESV_ROOK", 10, call_chesv_rook_5},
    {"zhesv_rook_", "ZHESV_ROOK", 1, call_zhesv_rook_0},
    {"zhesv_rook_", "ZHESV_ROOK", 2, call_zhesv_rook_1},
    {"zhesv_rook_", "ZHESV_ROOK", 3, call_zhesv_rook_2},
    {"zhesv_rook_", "ZHESV_ROOK", 5, call_zhesv_rook_3},
    {"zhesv_rook_", "ZHESV_ROOK", 8, call_zhesv_rook_4},
    {"zhesv_rook_", "ZHESV_ROOK", 10, call_zhesv_rook_5},
    {"ssytf2_", "SSYTF2", 1, call_ssytf2_0},
    {"ssytf2_", "SSYTF2", 2, call_ssytf2_1},
    {"ssytf2_", "SSYTF2", 4, call_ssytf2_2},
    {"dsytf2_", "DSYTF2", 1, call_dsytf2_0},
    {"dsytf2_", "DSYTF2", 2, call_dsytf2_1},
    {"dsytf2_", "DSYTF2", 4, call_dsytf2_2},
    {"csytf2_", "CSYTF2", 1, call_csytf2_0},
    {"csytf2_", "CSYTF2", 2, call_csytf2_1},
    {"csytf2_", "CSYTF2", 4, call_csytf2_2},
    {"zsytf2_", "ZSYTF2", 1, call_zsytf2_0},
    {"zsytf2_", "ZSYTF2", 2, call_zsytf2_1},
    {"zsytf2_", "ZSYTF2", 4, call_zsytf2_2},
    {"chetf2_", "CHETF2", 1, call_chetf2_0},
    {"chetf2_", "CHETF2", 2, call_chetf2_1},
    {"chetf2_", "CHETF2", 4, call_chetf2_2},
    {"zhetf2_", "ZHETF2", 1, call_zhetf2_0},
    {"zhetf2_", "ZHETF2", 2, call_zhetf2_1},
    {"zhetf2_", "ZHETF2", 4, call_zhetf2_2},
    {"ssytrs_", "SSYTRS", 1, call_ssytrs_0},
    {"ssytrs_", "SSYTRS", 2, call_ssytrs_1},
    {"ssytrs_", "SSYTRS", 3, call_ssytrs_2},
    {"ssytrs_", "SSYTRS", 5, call_ssytrs_3},
    {"ssytrs_", "SSYTRS", 8, call_ssytrs_4},
    {"dsytrs_", "DSYTRS", 1, call_dsytrs_0},
    {"dsytrs_", "DSYTRS", 2, call_dsytrs_1},
    {"dsytrs_", "DSYTRS", 3, call_dsytrs_2},
    {"dsytrs_", "DSYTRS", 5, call_dsytrs_3},
    {"dsytrs_", "DSYTRS", 8, call_dsytrs_4},
    {"csytrs_", "CSYTRS", 1, call_csytrs_0},
    {"csytrs_", "CSYTRS", 2, call_csytrs_1},
    {"csytrs_", "CSYTRS", 3, call_csytrs_2},
    {"csytrs_", "CSYTRS", 5, call_csytrs_3},
    {"csytrs_", "CSYTRS", 8, call_csytrs_4},
    {"zsytrs_", "ZSYTRS", 1, call_zsytrs_0},
    {"zsytrs_", "ZSYTRS", 2, call_zsytrs_1},
    {"zsytrs_", "ZSYTRS", 3, call_zsytrs_2},
    {"zsytrs_", "ZSYTRS", 5, call_zsytrs_3},
    {"zsytrs_", "ZSYTRS", 8, call_zsytrs_4},
    {"chetrs_", "CHETRS", 1, call_chetrs_0},
    {"chetrs_", "CHETRS", 2, call_chetrs_1},
    {"chetrs_", "CHETRS", 3, call_chetrs_2},
    {"chetrs_", "CHETRS", 5, call_chetrs_3},
    {"chetrs_", "CHETRS", 8, call_chetrs_4},
    {"zhetrs_", "ZHETRS", 1, call_zhetrs_0},
    {"zhetrs_", "ZHETRS", 2, call_zhetrs_1},
    {"zhetrs_", "ZHETRS", 3, call_zhetrs_2},
    {"zhetrs_", "ZHETRS", 5, call_zhetrs_3},
    {"zhetrs_", "ZHETRS", 8, call_zhetrs_4},
    {"ssysv_", "SSYSV", 1, call_ssysv_0},
    {"ssysv_", "SSYSV", 2, call_ssysv_1},
    {"ssysv_", "SSYSV", 3, call_ssysv_2},
    {"ssysv_", "SSYSV", 5, call_ssysv_3},
    {"ssysv_", "SSYSV", 8, call_ssysv_4},
    {"ssysv_", "SSYSV", 10, call_ssysv_5},
    {"dsysv_", "DSYSV", 1, call_dsysv_0},
    {"dsysv_", "DSYSV", 2, call_dsysv_1},
    {"dsysv_", "DSYSV", 3, call_dsysv_2},
    {"dsysv_", "DSYSV", 5, call_dsysv_3},
    {"dsysv_", "DSYSV", 8, call_dsysv_4},
    {"dsysv_", "DSYSV", 10, call_dsysv_5},
    {"csysv_", "CSYSV", 1, call_csysv_0},
    {"csysv_", "CSYSV", 2, call_csysv_1},
    {"csysv_", "CSYSV", 3, call_csysv_2},
    {"csysv_", "CSYSV", 5, call_csysv_3},
    {"csysv_", "CSYSV", 8, call_csysv_4},
    {"csysv_", "CSYSV", 10, call_csysv_5},
    {"zsysv_", "ZSYSV", 1, call_zsysv_0},
    {"zsysv_", "ZSYSV", 2, call_zsysv_1},
    {"zsysv_", "ZSYSV", 3, call_zsysv_2},
    {"zsysv_", "ZSYSV", 5, call_zsysv_3},
    {"zsysv_", "ZSYSV", 8, call_zsysv_4},
    {"zsysv_", "ZSYSV", 10, call_zsysv_5},
    {"chesv_", "CHESV", 1, call_chesv_0},
    {"chesv_", "CHESV", 2, call_chesv_1},
    {"chesv_", "CHESV", 3, call_chesv_2},
    {"chesv_", "CHESV", 5, call_chesv_3},
    {"chesv_", "CHESV", 8, call_chesv_4},
    {"chesv_", "CHESV", 10, call_chesv_5},
    {"zhesv_", "ZHESV", 1, call_zhesv_0},
    {"zhesv_", "ZHESV", 2, call_zhesv_1},
    {"zhesv_", "ZHESV", 3, call_zhesv_2},
    {"zhesv_", "ZHESV", 5, call_zhesv_3},
    {"zhesv_", "ZHESV", 8, call_zhesv_4},
    {"zhesv_", "ZHESV", 10, call_zhesv_5},
    {"ssyconv_", "SSYCONV", 1, call_ssyconv_0},
    {"ssyconv_", "SSYCONV", 2, call_ssyconv_1},
    {"ssyconv_", "SSYCONV", 3, call_ssyconv_2},
    {"ssyconv_", "SSYCONV", 5, call_ssyconv_3},
    {"dsyconv_", "DSYCONV", 1, call_dsyconv_0},
    {"dsyconv_", "DSYCONV", 2, call_dsyconv_1},
    {"dsyconv_", "DSYCONV", 3, call_dsyconv_2},
    {"dsyconv_", "DSYCONV", 5, call_dsyconv_3},
    {"csyconv_", "CSYCONV", 1, call_csyconv_0},
    {"csyconv_", "CSYCONV", 2, call_csyconv_1},
    {"csyconv_", "CSYCONV", 3, call_csyconv_2},
    {"csyconv_", "CSYCONV", 5, call_csyconv_3},
    {"zsyconv_", "ZSYCONV", 1, call_zsyconv_0},
    {"zsyconv_", "ZSYCONV", 2, call_zsyconv_1},
    {"zsyconv_", "ZSYCONV", 3, call_zsyconv_2},
    {"zsyconv_", "ZSYCONV", 5, call_zsyconv_3},
    {"ssytrs2_", "SSYTRS2", 1, call_ssytrs2_0},
    {"ssytrs2_", "SSYTRS2", 2, call_ssytrs2_1},
    {"ssytrs2_", "SSYTRS2", 3, call_ssytrs2_2},
    {"ssytrs2_", "SSYTRS2", 5, call_ssytrs2_3},
    {"ssytrs2_", "SSYTRS2", 8, call_ssytrs2_4},
    {"dsytrs2_", "DSYTRS2", 1, call_dsytrs2_0},
    {"dsytrs2_", "DSYTRS2", 2, call_dsytrs2_1},
    {"dsytrs2_", "DSYTRS2", 3, call_dsytrs2_2},
    {"dsytrs2_", "DSYTRS2", 5, call_dsytrs2_3},
    {"dsytrs2_", "DSYTRS2", 8, call_dsytrs2_4},
    {"csytrs2_", "CSYTRS2", 1, call_csytrs2_0},
    {"csytrs2_", "CSYTRS2", 2, call_csytrs2_1},
    {"csytrs2_", "CSYTRS2", 3, call_csytrs2_2},
    {"csytrs2_", "CSYTRS2", 5, call_csytrs2_3},
    {"csytrs2_", "CSYTRS2", 8, call_csytrs2_4},
    {"zsytrs2_", "ZSYTRS2", 1, call_zsytrs2_0},
    {"zsytrs2_", "ZSYTRS2", 2, call_zsytrs2_1},
    {"zsytrs2_", "ZSYTRS2", 3, call_zsytrs2_2},
    {"zsytrs2_", "ZSYTRS2", 5, call_zsytrs2_3},
    {"zsytrs2_", "ZSYTRS2", 8, call_zsytrs2_4},
    {"ssytri_", "SSYTRI", 1, call_ssytri_0},
    {"ssytri_", "SSYTRI", 2, call_ssytri_1},
    {"ssytri_", "SSYTRI", 4, call_ssytri_2},
    {"dsytri_", "DSYTRI", 1, call_dsytri_0},
    {"dsytri_", "DSYTRI", 2, call_dsytri_1},
    {"dsytri_", "DSYTRI", 4, call_dsytri_2},
    {"csytri_", "CSYTRI", 1, call_csytri_0},
    {"csytri_", "CSYTRI", 2, call_csytri_1},
    {"csytri_", "CSYTRI", 4, call_csytri_2},
    {"zsytri_", "ZSYTRI", 1, call_zsytri_0},
    {"zsytri_", "ZSYTRI", 2, call_zsytri_1},
    {"zsytri_", "ZSYTRI", 4, call_zsytri_2},
    {"ssytri2_", "SSYTRI2", 1, call_ssytri2_0},
    {"ssytri2_", "SSYTRI2", 2, call_ssytri2_1},
    {"ssytri2_", "SSYTRI2", 4, call_ssytri2_2},
    {"ssytri2_", "SSYTRI2", 7, call_ssytri2_3},
    {"dsytri2_", "DSYTRI2", 1, call_dsytri2_0},
    {"dsytri2_", "DSYTRI2", 2, call_dsytri2_1},
    {"dsytri2_", "DSYTRI2", 4, call_dsytri2_2},
    {"dsytri2_", "DSYTRI2", 7, call_dsytri2_3},
    {"csytri2_", "CSYTRI2", 1, call_csytri2_0},
    {"csytri2_", "CSYTRI2", 2, call_csytri2_1},
    {"csytri2_", "CSYTRI2", 4, call_csytri2_2},
    {"csytri2_", "CSYTRI2", 7, call_csytri2_3},
    {"zsytri2_", "ZSYTRI2", 1, call_zsytri2_0},
    {"zsytri2_", "ZSYTRI2", 2, call_zsytri2_1},
    {"zsytri2_", "ZSYTRI2", 4, call_zsytri2_2},
    {"zsytri2_", "ZSYTRI2", 7, call_zsytri2_3},
    {"ssytri2x_", "SSYTRI2X", 1, call_ssytri2x_0},
    {"ssytri2x_", "SSYTRI2X", 2, call_ssytri2x_1},
    {"ssytri2x_", "SSYTRI2X", 4, call_ssytri2x_2},
    {"dsytri2x_", "DSYTRI2X", 1, call_dsytri2x_0},
    {"dsytri2x_", "DSYTRI2X", 2, call_dsytri2x_1},
    {"dsytri2x_", "DSYTRI2X", 4, call_dsytri2x_2},
    {"csytri2x_", "CSYTRI2X", 1, call_csytri2x_0},
    {"csytri2x_", "CSYTRI2X", 2, call_csytri2x_1},
    {"csytri2x_", "CSYTRI2X", 4, call_csytri2x_2},
    {"zsytri2x_", "ZSYTRI2X", 1, call_zsytri2x_0},
    {"zsytri2x_", "ZSYTRI2X", 2, call_zsytri2x_1},
    {"zsytri2x_", "ZSYTRI2X", 4, call_zsytri2x_2},
    {"chetrs2_", "CHETRS2", 1, call_chetrs2_0},
    {"chetrs2_", "CHETRS2", 2, call_chetrs2_1},
    {"chetrs2_", "CHETRS2", 3, call_chetrs2_2},
    {"chetrs2_", "CHETRS2", 5, call_chetrs2_3},
    {"chetrs2_", "CHETRS2", 8, call_chetrs2_4},
    {"zhetrs2_", "ZHETRS2", 1, call_zhetrs2_0},
    {"zhetrs2_", "ZHETRS2", 2, call_zhetrs2_1},
    {"zhetrs2_", "ZHETRS2", 3, call_zhetrs2_2},
    {"zhetrs2_", "ZHETRS2", 5, call_zhetrs2_3},
    {"zhetrs2_", "ZHETRS2", 8, call_zhetrs2_4},
    {"chetri_", "CHETRI", 1, call_chetri_0},
    {"chetri_", "CHETRI", 2, call_chetri_1},
    {"chetri_", "CHETRI", 4, call_chetri_2},
    {"zhetri_", "ZHETRI", 1, call_zhetri_0},
    {"zhetri_", "ZHETRI", 2, call_zhetri_1},
    {"zhetri_", "ZHETRI", 4, call_zhetri_2},
    {"chetri2_", "CHETRI2", 1, call_chetri2_0},
    {"chetri2_", "CHETRI2", 2, call_chetri2_1},
    {"chetri2_", "CHETRI2", 4, call_chetri2_2},
    {"chetri2_", "CHETRI2", 7, call_chetri2_3},
    {"zhetri2_", "ZHETRI2", 1, call_zhetri2_0},
    {"zhetri2_", "ZHETRI2", 2, call_zhetri2_1},
    {"zhetri2_", "ZHETRI2", 4, call_zhetri2_2},
    {"zhetri2_", "ZHETRI2", 7, call_zhetri2_3},
    {"chetri2x_", "CHETRI2X", 1, call_chetri2x_0},
    {"chetri2x_", "CHETRI2X", 2, call_chetri2x_1},
    {"chetri2x_", "CHETRI2X", 4, call_chetri2x_2},
    {"zhetri2x_", "ZHETRI2X", 1, call_zhetri2x_0},
    {"zhetri2x_", "ZHETRI2X", 2, call_zhetri2x_1},
    {"zhetri2x_", "ZHETRI2X", 4, call_zhetri2x_2},
    {"slatrs_", "SLATRS", 1, call_slatrs_0},
    {"slatrs_", "SLATRS", 2, call_slatrs_1},
    {"slatrs_", "SLATRS", 3, call_slatrs_2},
    {"slatrs_", "SLATRS", 4, call_slatrs_3},
    {"slatrs_", "SLATRS", 5, call_slatrs_4},
    {"slatrs_", "SLATRS", 7, call_slatrs_5},
    {"dlatrs_", "DLATRS", 1, call_dlatrs_0},
    {"dlatrs_", "DLATRS", 2, call_dlatrs_1},
    {"dlatrs_", "DLATRS", 3, call_dlatrs_2},
    {"dlatrs_", "DLATRS", 4, call_dlatrs_3},
    {"dlatrs_", "DLATRS", 5, call_dlatrs_4},
    {"dlatrs_", "DLATRS", 7, call_dlatrs_5},
    {"clatrs_", "CLATRS", 1, call_clatrs_0},
    {"clatrs_", "CLATRS", 2, call_clatrs_1},
    {"clatrs_", "CLATRS", 3, call_clatrs_2},
    {"clatrs_", "CLATRS", 4, call_clatrs_3},
    {"clatrs_", "CLATRS", 5, call_clatrs_4},
    {"clatrs_", "CLATRS", 7, call_clatrs_5},
    {"zlatrs_", "ZLATRS", 1, call_zlatrs_0},
    {"zlatrs_", "ZLATRS", 2, call_zlatrs_1},
    {"zlatrs_", "ZLATRS", 3, call_zlatrs_2},
    {"zlatrs_", "ZLATRS", 4, call_zlatrs_3},
    {"zlatrs_", "ZLATRS", 5, call_zlatrs_4},
    {"zlatrs_", "ZLATRS", 7, call_zlatrs_5},
    {"strcon_", "STRCON", 1, call_strcon_0},
    {"strcon_", "STRCON", 2, call_strcon_1},
    {"strcon_", "STRCON", 3, call_strcon_2},
    {"strcon_", "STRCON", 4, call_strcon_3},
    {"strcon_", "STRCON", 6, call_strcon_4},
    {"dtrcon_", "DTRCON", 1, call_dtrcon_0},
    {"dtrcon_", "DTRCON", 2, call_dtrcon_1},
    {"dtrcon_", "DTRCON", 3, call_dtrcon_2},
    {"dtrcon_", "DTRCON", 4, call_dtrcon_3},
    {"dtrcon_", "DTRCON", 6, call_dtrcon_4},
    {"ctrcon_", "CTRCON", 1, call_ctrcon_0},
    {"ctrcon_", "CTRCON", 2, call_ctrcon_1},
    {"ctrcon_", "CTRCON", 3, call_ctrcon_2},
    {"ctrcon_", "CTRCON", 4, call_ctrcon_3},
    {"ctrcon_", "CTRCON", 6, call_ctrcon_4},
    {"ztrcon_", "ZTRCON", 1, call_ztrcon_0},
    {"ztrcon_", "ZTRCON", 2, call_ztrcon_1},
    {"ztrcon_", "ZTRCON", 3, call_ztrcon_2},
    {"ztrcon_", "ZTRCON", 4, call_ztrcon_3},
    {"ztrcon_", "ZTRCON", 6, call_ztrcon_4},
    {"sgecon_", "SGECON", 1, call_sgecon_0},
    {"sgecon_", "SGECON", 2, call_sgecon_1},
    {"sgecon_", "SGECON", 4, call_sgecon_2},
    {"sgecon_", "SGECON", 5, call_sgecon_3},
    {"dgecon_", "DGECON", 1, call_dgecon_0},
    {"dgecon_", "DGECON", 2, call_dgecon_1},
    {"dgecon_", "DGECON", 4, call_dgecon_2},
    {"dgecon_", "DGECON", 5, call_dgecon_3},
    {"cgecon_", "CGECON", 1, call_cgecon_0},
    {"cgecon_", "CGECON", 2, call_cgecon_1},
    {"cgecon_", "CGECON", 4, call_cgecon_2},
    {"cgecon_", "CGECON", 5, call_cgecon_3},
    {"zgecon_", "ZGECON", 1, call_zgecon_0},
    {"zgecon_", "ZGECON", 2, call_zgecon_1},
    {"zgecon_", "ZGECON", 4, call_zgecon_2},
    {"zgecon_", "ZGECON", 5, call_zgecon_3},
    {"spocon_", "SPOCON", 1, call_spocon_0},
    {"spocon_", "SPOCON", 2, call_spocon_1},
    {"spocon_", "SPOCON", 4, call_spocon_2},
    {"spocon_", "SPOCON", 5, call_spocon_3},
    {"dpocon_", "DPOCON", 1, call_dpocon_0},
    {"dpocon_", "DPOCON", 2, call_dpocon_1},
    {"dpocon_", "DPOCON", 4, call_dpocon_2},
    {"dpocon_", "DPOCON", 5, call_dpocon_3},
    {"cpocon_", "CPOCON", 1, call_cpocon_0},
    {"cpocon_", "CPOCON", 2, call_cpocon_1},
    {"cpocon_", "CPOCON", 4, call_cpocon_2},
    {"cpocon_", "CPOCON", 5, call_cpocon_3},
    {"zpocon_", "ZPOCON", 1, call_zpocon_0},
    {"zpocon_", "ZPOCON", 2, call_zpocon_1},
    {"zpocon_", "ZPOCON", 4, call_zpocon_2},
    {"zpocon_", "ZPOCON", 5, call_zpocon_3},
    {"ssycon_", "SSYCON", 1, call_ssycon_0},
    {"ssycon_", "SSYCON", 2, call_ssycon_1},
    {"ssycon_", "SSYCON", 4, call_ssycon_2},
    {"ssycon_", "SSYCON", 6, call_ssycon_3},
    {"dsycon_", "DSYCON", 1, call_dsycon_0},
    {"dsycon_", "DSYCON", 2, call_dsycon_1},
    {"dsycon_", "DSYCON", 4, call_dsycon_2},
    {"dsycon_", "DSYCON", 6, call_dsycon_3},
    {"csycon_", "CSYCON", 1, call_csycon_0},
    {"csycon_", "CSYCON", 2, call_csycon_1},
    {"csycon_", "CSYCON", 4, call_csycon_2},
    {"csycon_", "CSYCON", 6, call_csycon_3},
    {"zsycon_", "ZSYCON", 1, call_zsycon_0},
    {"zsycon_", "ZSYCON", 2, call_zsycon_1},
    {"zsycon_", "ZSYCON", 4, call_zsycon_2},
    {"zsycon_", "ZSYCON", 6, call_zsycon_3},
    {"checon_", "CHECON", 1, call_checon_0},
    {"checon_", "CHECON", 2, call_checon_1},
    {"checon_", "CHECON", 4, call_checon_2},
    {"checon_", "CHECON", 6, call_checon_3},
    {"zhecon_", "ZHECON", 1, call_zhecon_0},
    {"zhecon_", "ZHECON", 2, call_zhecon_1},
    {"zhecon_", "ZHECON", 4, call_zhecon_2},
    {"zhecon_", "ZHECON", 6, call_zhecon_3},
    {"ssycon_rook_", "SSYCON_ROOK", 1, call_ssycon_rook_0},
    {"ssycon_rook_", "SSYCON_ROOK", 2, call_ssycon_rook_1},
    {"ssycon_rook_", "SSYCON_ROOK", 4, call_ssycon_rook_2},
    {"ssycon_rook_", "SSYCON_ROOK", 6, call_ssycon_rook_3},
    {"dsycon_rook_", "DSYCON_ROOK", 1, call_dsycon_rook_0},
    {"dsycon_rook_", "DSYCON_ROOK", 2, call_dsycon_rook_1},
    {"dsycon_rook_", "DSYCON_ROOK", 4, call_dsycon_rook_2},
    {"dsycon_rook_", "DSYCON_ROOK", 6, call_dsycon_rook_3},
    {"csycon_rook_", "CSYCON_ROOK", 1, call_csycon_rook_0},
    {"csycon_rook_", "CSYCON_ROOK", 2, call_csycon_rook_1},
    {"csycon_rook_", "CSYCON_ROOK", 4, call_csycon_rook_2},
    {"csycon_rook_", "CSYCON_ROOK", 6, call_csycon_rook_3},
    {"zsycon_rook_", "ZSYCON_ROOK", 1, call_zsycon_rook_0},
    {"zsycon_rook_", "ZSYCON_ROOK", 2, call_zsycon_rook_1},
    {"zsycon_rook_", "ZSYCON_ROOK", 4, call_zsycon_rook_2},
    {"zsycon_rook_", "ZSYCON_ROOK", 6, call_zsycon_rook_3},
    {"checon_rook_", "CHECON_ROOK", 1, call_checon_rook_0},
    {"checon_rook_", "CHECON_ROOK", 2, call_checon_rook_1},
    {"checon_rook_", "CHECON_ROOK", 4, call_checon_rook_2},
    {"checon_rook_", "CHECON_ROOK", 6, call_checon_rook_3},
    {"zhecon_rook_", "ZHECON_ROOK", 1, call_zhecon_rook_0},
    {"zhecon_rook_", "ZHECON_ROOK", 2, call_zhecon_rook_1},
    {"zhecon_rook_", "ZHECON_ROOK", 4, call_zhecon_rook_2},
    {"zhecon_rook_", "ZHECON_ROOK", 6, call_zhecon_rook_3},
    {"sgbcon_", "SGBCON", 1, call_sgbcon_0},
    {"sgbcon_", "SGBCON", 2, call_sgbcon_1},
    {"sgbcon_", "SGBCON", 3, call_sgbcon_2},
    {"sgbcon_", "SGBCON", 4, call_sgbcon_3},
    {"sgbcon_", "SGBCON", 6, call_sgbcon_4},
    {"sgbcon_", "SGBCON", 8, call_sgbcon_5},
    {"dgbcon_", "DGBCON", 1, call_dgbcon_0},
    {"dgbcon_", "DGBCON", 2, call_dgbcon_1},
    {"dgbcon_", "DGBCON", 3, call_dgbcon_2},
    {"dgbcon_", "DGBCON", 4, call_dgbcon_3},
    {"dgbcon_", "DGBCON", 6, call_dgbcon_4},
    {"dgbcon_", "DGBCON", 8, call_dgbcon_5},
    {"cgbcon_", "CGBCON", 1, call_cgbcon_0},
    {"cgbcon_", "CGBCON", 2, call_cgbcon_1},
    {"cgbcon_", "CGBCON", 3, call_cgbcon_2},
    {"cgbcon_", "CGBCON", 4, call_cgbcon_3},
    {"cgbcon_", "CGBCON", 6, call_cgbcon_4},
    {"cgbcon_", "CGBCON", 8, call_cgbcon_5},
    {"zgbcon_", "ZGBCON", 1, call_zgbcon_0},
    {"zgbcon_", "ZGBCON", 2, call_zgbcon_1},
    {"zgbcon_", "ZGBCON", 3, call_zgbcon_2},
    {"zgbcon_", "ZGBCON", 4, call_zgbcon_3},
    {"zgbcon_", "ZGBCON", 6, call_zgbcon_4},
    {"zgbcon_", "ZGBCON", 8, call_zgbcon_5},
    {"spbcon_", "SPBCON", 1, call_spbcon_0},
    {"spbcon_", "SPBCON", 2, call_spbcon_1},
    {"spbcon_", "SPBCON", 3, call_spbcon_2},
    {"spbcon_", "SPBCON", 5, call_spbcon_3},
    {"spbcon_", "SPBCON", 6, call_spbcon_4},
    {"dpbcon_", "DPBCON", 1, call_dpbcon_0},
    {"dpbcon_", "DPBCON", 2, call_dpbcon_1},
    {"dpbcon_", "DPBCON", 3, call_dpbcon_2},
    {"dpbcon_", "DPBCON", 5, call_dpbcon_3},
    {"dpbcon_", "DPBCON", 6, call_dpbcon_4},
    {"cpbcon_", "CPBCON", 1, call_cpbcon_0},
    {"cpbcon_", "CPBCON", 2, call_cpbcon_1},
    {"cpbcon_", "CPBCON", 3, call_cpbcon_2},
    {"cpbcon_", "CPBCON", 5, call_cpbcon_3},
    {"cpbcon_", "CPBCON", 6, call_cpbcon_4},
    {"zpbcon_", "ZPBCON", 1, call_zpbcon_0},
    {"zpbcon_", "ZPBCON", 2, call_zpbcon_1},
    {"zpbcon_", "ZPBCON", 3, call_zpbcon_2},
    {"zpbcon_", "ZPBCON", 5, call_zpbcon_3},
    {"zpbcon_", "ZPBCON", 6, call_zpbcon_4},
    {"stgsy2_", "STGSY2", 1, call_stgsy2_0},
    {"stgsy2_", "STGSY2", 1, call_stgsy2_1},
    {"stgsy2_", "STGSY2", 2, call_stgsy2_2},
    {"stgsy2_", "STGSY2", 2, call_stgsy2_3},
    {"stgsy2_", "STGSY2", 3, call_stgsy2_4},
    {"stgsy2_", "STGSY2", 4, call_stgsy2_5},
    {"stgsy2_", "STGSY2", 6, call_stgsy2_6},
    {"stgsy2_", "STGSY2", 8, call_stgsy2_7},
    {"stgsy2_", "STGSY2", 10, call_stgsy2_8},
    {"stgsy2_", "STGSY2", 12, call_stgsy2_9},
    {"stgsy2_", "STGSY2", 14, call_stgsy2_10},
    {"stgsy2_", "STGSY2", 16, call_stgsy2_11},
    {"dtgsy2_", "DTGSY2", 1, call_dtgsy2_0},
    {"dtgsy2_", "DTGSY2", 1, call_dtgsy2_1},
    {"dtgsy2_", "DTGSY2", 2, call_dtgsy2_2},
    {"dtgsy2_", "DTGSY2", 2, call_dtgsy2_3},
    {"dtgsy2_", "DTGSY2", 3, call_dtgsy2_4},
    {"dtgsy2_", "DTGSY2", 4, call_dtgsy2_5},
    {"dtgsy2_", "DTGSY2", 6, call_dtgsy2_6},
    {"dtgsy2_", "DTGSY2", 8, call_dtgsy2_7},
    {"dtgsy2_", "DTGSY2", 10, call_dtgsy2_8},
    {"dtgsy2_", "DTGSY2", 12, call_dtgsy2_9},
    {"dtgsy2_", "DTGSY2", 14, call_dtgsy2_10},
    {"dtgsy2_", "DTGSY2", 16, call_dtgsy2_11},
    {"ctgsy2_", "CTGSY2", 1, call_ctgsy2_0},
    {"ctgsy2_", "CTGSY2", 1, call_ctgsy2_1},
    {"ctgsy2_", "CTGSY2", 2, call_ctgsy2_2},
    {"ctgsy2_", "CTGSY2", 2, call_ctgsy2_3},
    {"ctgsy2_", "CTGSY2", 3, call_ctgsy2_4},
    {"ctgsy2_", "CTGSY2", 4, call_ctgsy2_5},
    {"ctgsy2_", "CTGSY2", 6, call_ctgsy2_6},
    {"ctgsy2_", "CTGSY2", 8, call_ctgsy2_7},
    {"ctgsy2_", "CTGSY2", 10, call_ctgsy2_8},
    {"ctgsy2_", "CTGSY2", 12, call_ctgsy2_9},
    {"ctgsy2_", "CTGSY2", 14, call_ctgsy2_10},
    {"ctgsy2_", "CTGSY2", 16, call_ctgsy2_11},
    {"ztgsy2_", "ZTGSY2", 1, call_ztgsy2_0},
    {"ztgsy2_", "ZTGSY2", 1, call_ztgsy2_1},
    {"ztgsy2_", "ZTGSY2", 2, call_ztgsy2_2},
    {"ztgsy2_", "ZTGSY2", 2, call_ztgsy2_3},
    {"ztgsy2_", "ZTGSY2", 3, call_ztgsy2_4},
    {"ztgsy2_", "ZTGSY2", 4, call_ztgsy2_5},
    {"ztgsy2_", "ZTGSY2", 6, call_ztgsy2_6},
    {"ztgsy2_", "ZTGSY2", 8, call_ztgsy2_7},
    {"ztgsy2_", "ZTGSY2", 10, call_ztgsy2_8},
    {"ztgsy2_", "ZTGSY2", 12, call_ztgsy2_9},
    {"ztgsy2_", "ZTGSY2", 14, call_ztgsy2_10},
    {"ztgsy2_", "ZTGSY2", 16, call_ztgsy2_11},
    {"stgsyl_", "STGSYL", 1, call_stgsyl_0},
    {"stgsyl_", "STGSYL", 1, call_stgsyl_1},
    {"stgsyl_", "STGSYL", 2, call_stgsyl_2},
    {"stgsyl_", "STGSYL", 2, call_stgsyl_3},
    {"stgsyl_", "STGSYL", 3, call_stgsyl_4},
    {"stgsyl_", "STGSYL", 4, call_stgsyl_5},
    {"stgsyl_", "STGSYL", 6, call_stgsyl_6},
    {"stgsyl_", "STGSYL", 8, call_stgsyl_7},
    {"stgsyl_", "STGSYL", 10, call_stgsyl_8},
    {"stgsyl_", "STGSYL", 12, call_stgsyl_9},
    {"stgsyl_", "STGSYL", 14, call_stgsyl_10},
    {"stgsyl_", "STGSYL", 16, call_stgsyl_11},
    {"stgsyl_", "STGSYL", 20, call_stgsyl_12},
    {"stgsyl_", "STGSYL", 20, call_stgsyl_13},
    {"dtgsyl_", "DTGSYL", 1, call_dtgsyl_0},
    {"dtgsyl_", "DTGSYL", 1, call_dtgsyl_1},
    {"dtgsyl_", "DTGSYL", 2, call_dtgsyl_2},
    {"dtgsyl_", "DTGSYL", 2, call_dtgsyl_3},
    {"dtgsyl_", "DTGSYL", 3, call_dtgsyl_4},
    {"dtgsyl_", "DTGSYL", 4, call_dtgsyl_5},
    {"dtgsyl_", "DTGSYL", 6, call_dtgsyl_6},
    {"dtgsyl_", "DTGSYL", 8, call_dtgsyl_7},
    {"dtgsyl_", "DTGSYL", 10, call_dtgsyl_8},
    {"dtgsyl_", "DTGSYL", 12, call_dtgsyl_9},
    {"dtgsyl_", "DTGSYL", 14, call_dtgsyl_10},
    {"dtgsyl_", "DTGSYL", 16, call_dtgsyl_11},
    {"dtgsyl_", "DTGSYL", 20, call_dtgsyl_12},
    {"dtgsyl_", "DTGSYL", 20, call_dtgsyl_13},
    {"ctgsyl_", "CTGSYL", 1, call_ctgsyl_0},
    {"ctgsyl_", "CTGSYL", 1, call_ctgsyl_1},
    {"ctgsyl_", "CTGSYL", 2, call_ctgsyl_2},
    {"ctgsyl_", "CTGSYL", 2, call_ctgsyl_3},
    {"ctgsyl_", "CTGSYL", 3, call_ctgsyl_4},
    {"ctgsyl_", "CTGSYL", 4, call_ctgsyl_5},
    {"ctgsyl_", "CTGSYL", 6, call_ctgsyl_6},
    {"ctgsyl_", "CTGSYL", 8, call_ctgsyl_7},
    {"ctgsyl_", "CTGSYL", 10, call_ctgsyl_8},
    {"ctgsyl_", "CTGSYL", 12, call_ctgsyl_9},
    {"ctgsyl_", "CTGSYL", 14, call_ctgsyl_10},
    {"ctgsyl_", "CTGSYL", 16, call_ctgsyl_11},
    {"ctgsyl_", "CTGSYL", 20, call_ctgsyl_12},
    {"ctgsyl_", "CTGSYL", 20, call_ctgsyl_13},
    {"ztgsyl_", "ZTGSYL", 1, call_ztgsyl_0},
    {"ztgsyl_", "ZTGSYL", 1, call_ztgsyl_1},
    {"ztgsyl_", "ZTGSYL", 2, call_ztgsyl_2},
    {"ztgsyl_", "ZTGSYL", 2, call_ztgsyl_3},
    {"ztgsyl_", "ZTGSYL", 3, call_ztgsyl_4},
    {"ztgsyl_", "ZTGSYL", 4, call_ztgsyl_5},
    {"ztgsyl_", "ZTGSYL", 6, call_ztgsyl_6},
    {"ztgsyl_", "ZTGSYL", 8, call_ztgsyl_7},
    {"ztgsyl_", "ZTGSYL", 10, call_ztgsyl_8},
    {"ztgsyl_", "ZTGSYL", 12, call_ztgsyl_9},
    {"ztgsyl_", "ZTGSYL", 14, call_ztgsyl_10},
    {"ztgsyl_", "ZTGSYL", 16, call_ztgsyl_11},
    {"ztgsyl_", "ZTGSYL", 20, call_ztgsyl_12},
    {"ztgsyl_", "ZTGSYL", 20, call_ztgsyl_13},
    {"sgeqr2_", "SGEQR2", 1, call_sgeqr2_0},
    {"sgeqr2_", "SGEQR2", 2, call_sgeqr2_1},
    {"sgeqr2_", "SGEQR2", 4, call_sgeqr2_2},
    {"dgeqr2_", "DGEQR2", 1, call_dgeqr2_0},
    {"dgeqr2_", "DGEQR2", 2, call_dgeqr2_1},
    {"dgeqr2_", "DGEQR2", 4, call_dgeqr2_2},
    {"cgeqr2_", "CGEQR2", 1, call_cgeqr2_0},
    {"cgeqr2_", "CGEQR2", 2, call_cgeqr2_1},
    {"cgeqr2_", "CGEQR2", 4, call_cgeqr2_2},
    {"zgeqr2_", "ZGEQR2", 1, call_zgeqr2_0},
    {"zgeqr2_", "ZGEQR2", 2, call_zgeqr2_1},
    {"zgeqr2_", "ZGEQR2", 4, call_zgeqr2_2},
    {"sgeqr2p_", "SGEQR2P", 1, call_sgeqr2p_0},
    {"sgeqr2p_", "SGEQR2P", 2, call_sgeqr2p_1},
    {"sgeqr2p_", "SGEQR2P", 4, call_sgeqr2p_2},
    {"dgeqr2p_", "DGEQR2P", 1, call_dgeqr2p_0},
    {"dgeqr2p_", "DGEQR2P", 2, call_dgeqr2p_1},
    {"dgeqr2p_", "DGEQR2P", 4, call_dgeqr2p_2},
    {"cgeqr2p_", "CGEQR2P", 1, call_cgeqr2p_0},
    {"cgeqr2p_", "CGEQR2P", 2, call_cgeqr2p_1},
    {"cgeqr2p_", "CGEQR2P", 4, call_cgeqr2p_2},
    {"zgeqr2p_", "ZGEQR2P", 1, call_zgeqr2p_0},
    {"zgeqr2p_", "ZGEQR2P", 2, call_zgeqr2p_1},
    {"zgeqr2p_", "ZGEQR2P", 4, call_zgeqr2p_2},
    {"sgeqrf_", "SGEQRF", 1, call_sgeqrf_0},
    {"sgeqrf_", "SGEQRF", 2, call_sgeqrf_1},
    {"sgeqrf_", "SGEQRF", 4, call_sgeqrf_2},
    {"sgeqrf_", "SGEQRF", 7, call_sgeqrf_3},
    {"dgeqrf_", "DGEQRF", 1, call_dgeqrf_0},
    {"dgeqrf_", "DGEQRF", 2, call_dgeqrf_1},
    {"dgeqrf_", "DGEQRF", 4, call_dgeqrf_2},
    {"dgeqrf_", "DGEQRF", 7, call_dgeqrf_3},
    {"cgeqrf_", "CGEQRF", 1, call_cgeqrf_0},
    {"cgeqrf_", "CGEQRF", 2, call_cgeqrf_1},
    {"cgeqrf_", "CGEQRF", 4, call_cgeqrf_2},
    {"cgeqrf_", "CGEQRF", 7, call_cgeqrf_3},
    {"zgeqrf_", "ZGEQRF", 1, call_zgeqrf_0},
    {"zgeqrf_", "ZGEQRF", 2, call_zgeqrf_1},
    {"zgeqrf_", "ZGEQRF", 4, call_zgeqrf_2},
    {"zgeqrf_", "ZGEQRF", 7, call_zgeqrf_3},
    {"sgeqrfp_", "SGEQRFP", 1, call_sgeqrfp_0},
    {"sgeqrfp_", "SGEQRFP", 2, call_sgeqrfp_1},
    {"sgeqrfp_", "SGEQRFP", 4, call_sgeqrfp_2},
    {"sgeqrfp_", "SGEQRFP", 7, call_sgeqrfp_3},
    {"dgeqrfp_", "DGEQRFP", 1, call_dgeqrfp_0},
    {"dgeqrfp_", "DGEQRFP", 2, call_dgeqrfp_1},
    {"dgeqrfp_", "DGEQRFP", 4, call_dgeqrfp_2},
    {"dgeqrfp_", "DGEQRFP", 7, call_dgeqrfp_3},
    {"cgeqrfp_", "CGEQRFP", 1, call_cgeqrfp_0},
    {"cgeqrfp_", "CGEQRFP", 2, call_cgeqrfp_1},
    {"cgeqrfp_", "CGEQRFP", 4, call_cgeqrfp_2},
    {"cgeqrfp_", "CGEQRFP", 7, call_cgeqrfp_3},
    {"zgeqrfp_", "ZGEQRFP", 1, call_zgeqrfp_0},
    {"zgeqrfp_", "ZGEQRFP", 2, call_zgeqrfp_1},
    {"zgeqrfp_", "ZGEQRFP", 4, call_zgeqrfp_2},
    {"zgeqrfp_", "ZGEQRFP", 7, call_zgeqrfp_3},
    {"sgeqrt_", "SGEQRT", 1, call_sgeqrt_0},
    {"sgeqrt_", "SGEQRT", 2, call_sgeqrt_1},
    {"sgeqrt_", "SGEQRT", 3, call_sgeqrt_2},
    {"sgeqrt_", "SGEQRT", 5, call_sgeqrt_3},
    {"sgeqrt_", "SGEQRT", 7, call_sgeqrt_4},
    {"dgeqrt_", "DGEQRT", 1, call_dgeqrt_0},
    {"dgeqrt_", "DGEQRT", 2, call_dgeqrt_1},
    {"dgeqrt_", "DGEQRT", 3, call_dgeqrt_2},
    {"dgeqrt_", "DGEQRT", 5, call_dgeqrt_3},
    {"dgeqrt_", "DGEQRT", 7, call_dgeqrt_4},
    {"cgeqrt_", "CGEQRT", 1, call_cgeqrt_0},
    {"cgeqrt_", "CGEQRT", 2, call_cgeqrt_1},
    {"cgeqrt_", "CGEQRT", 3, call_cgeqrt_2},
    {"cgeqrt_", "CGEQRT", 5, call_cgeqrt_3},
    {"cgeqrt_", "CGEQRT", 7, call_cgeqrt_4},
    {"zgeqrt_", "ZGEQRT", 1, call_zgeqrt_0},
    {"zgeqrt_", "ZGEQRT", 2, call_zgeqrt_1},
    {"zgeqrt_", "ZGEQRT", 3, call_zgeqrt_2},
    {"zgeqrt_", "ZGEQRT", 5, call_zgeqrt_3},
    {"zgeqrt_", "ZGEQRT", 7, call_zgeqrt_4},
    {"sgeqrt2_", "SGEQRT2", 2, call_sgeqrt2_0},
    {"sgeqrt2_", "SGEQRT2", 1, call_sgeqrt2_1},
    {"sgeqrt2_", "SGEQRT2", 4, call_sgeqrt2_2},
    {"sgeqrt2_", "SGEQRT2", 6, call_sgeqrt2_3},
    {"dgeqrt2_", "DGEQRT2", 2, call_dgeqrt2_0},
    {"dgeqrt2_", "DGEQRT2", 1, call_dgeqrt2_1},
    {"dgeqrt2_", "DGEQRT2", 4, call_dgeqrt2_2},
    {"dgeqrt2_", "DGEQRT2", 6, call_dgeqrt2_3},
    {"cgeqrt2_", "CGEQRT2", 2, call_cgeqrt2_0},
    {"cgeqrt2_", "CGEQRT2", 1, call_cgeqrt2_1},
    {"cgeqrt2_", "CGEQRT2", 4, call_cgeqrt2_2},
    {"cgeqrt2_", "CGEQRT2", 6, call_cgeqrt2_3},
    {"zgeqrt2_", "ZGEQRT2", 2, call_zgeqrt2_0},
    {"zgeqrt2_", "ZGEQRT2", 1, call_zgeqrt2_1},
    {"zgeqrt2_", "ZGEQRT2", 4, call_zgeqrt2_2},
    {"zgeqrt2_", "ZGEQRT2", 6, call_zgeqrt2_3},
    {"sgeqrt3_", "SGEQRT3", 2, call_sgeqrt3_0},
    {"sgeqrt3_", "SGEQRT3", 1, call_sgeqrt3_1},
    {"sgeqrt3_", "SGEQRT3", 4, call_sgeqrt3_2},
    {"sgeqrt3_", "SGEQRT3", 6, call_sgeqrt3_3},
    {"dgeqrt3_", "DGEQRT3", 2, call_dgeqrt3_0},
    {"dgeqrt3_", "DGEQRT3", 1, call_dgeqrt3_1},
    {"dgeqrt3_", "DGEQRT3", 4, call_dgeqrt3_2},
    {"dgeqrt3_", "DGEQRT3", 6, call_dgeqrt3_3},
    {"cgeqrt3_", "CGEQRT3", 2, call_cgeqrt3_0},
    {"cgeqrt3_", "CGEQRT3", 1, call_cgeqrt3_1},
    {"cgeqrt3_", "CGEQRT3", 4, call_cgeqrt3_2},
    {"cgeqrt3_", "CGEQRT3", 6, call_cgeqrt3_3},
    {"zgeqrt3_", "ZGEQRT3", 2, call_zgeqrt3_0},
    {"zgeqrt3_", "ZGEQRT3", 1, call_zgeqrt3_1},
    {"zgeqrt3_", "ZGEQRT3", 4, call_zgeqrt3_2},
    {"zgeqrt3_", "ZGEQRT3", 6, call_zgeqrt3_3},
    {"sgemqrt_", "SGEMQRT", 1, call_sgemqrt_0},
    {"sgemqrt_", "SGEMQRT", 2, call_sgemqrt_1},
    {"sgemqrt_", "SGEMQRT", 3, call_sgemqrt_2},
    {"sgemqrt_", "SGEMQRT", 4, call_sgemqrt_3},
    {"sgemqrt_", "SGEMQRT", 5, call_sgemqrt_4},
    {"sgemqrt_", "SGEMQRT", 6, call_sgemqrt_5},
    {"sgemqrt_", "SGEMQRT", 8, call_sgemqrt_6},
    {"sgemqrt_", "SGEMQRT", 10, call_sgemqrt_7},
    {"sgemqrt_", "SGEMQRT", 12, call_sgemqrt_8},
    {"dgemqrt_", "DGEMQRT", 1, call_dgemqrt_0},
    {"dgemqrt_", "DGEMQRT", 2, call_dgemqrt_1},
    {"dgemqrt_", "DGEMQRT", 3, call_dgemqrt_2},
    {"dgemqrt_", "DGEMQRT", 4, call_dgemqrt_3},
    {"dgemqrt_", "DGEMQRT", 5, call_dgemqrt_4},
    {"dgemqrt_", "DGEMQRT", 6, call_dgemqrt_5},
    {"dgemqrt_", "DGEMQRT", 8, call_dgemqrt_6},
    {"dgemqrt_", "DGEMQRT", 10, call_dgemqrt_7},
    {"dgemqrt_", "DGEMQRT", 12, call_dgemqrt_8},
    {"cgemqrt_", "CGEMQRT", 1, call_cgemqrt_0},
    {"cgemqrt_", "CGEMQRT", 2, call_cgemqrt_1},
    {"cgemqrt_", "CGEMQRT", 3, call_cgemqrt_2},
    {"cgemqrt_", "CGEMQRT", 4, call_cgemqrt_3},
    {"cgemqrt_", "CGEMQRT", 5, call_cgemqrt_4},
    {"cgemqrt_", "CGEMQRT", 6, call_cgemqrt_5},
    {"cgemqrt_", "CGEMQRT", 8, call_cgemqrt_6},
    {"cgemqrt_", "CGEMQRT", 10, call_cgemqrt_7},
    {"cgemqrt_", "CGEMQRT", 12, call_cgemqrt_8},
    {"zgemqrt_", "ZGEMQRT", 1, call_zgemqrt_0},
    {"zgemqrt_", "ZGEMQRT", 2, call_zgemqrt_1},
    {"zgemqrt_", "ZGEMQRT", 3, call_zgemqrt_2},
    {"zgemqrt_", "ZGEMQRT", 4, call_zgemqrt_3},
    {"zgemqrt_", "ZGEMQRT", 5, call_zgemqrt_4},
    {"zgemqrt_", "ZGEMQRT", 6, call_zgemqrt_5},
    {"zgemqrt_", "ZGEMQRT", 8, call_zgemqrt_6},
    {"zgemqrt_", "ZGEMQRT", 10, call_zgemqrt_7},
    {"zgemqrt_", "ZGEMQRT", 12, call_zgemqrt_8},
    {"sorg2r_", "SORG2R", 1, call_sorg2r_0},
    {"sorg2r_", "SORG2R", 2, call_sorg2r_1},
    {"sorg2r_", "SORG2R", 3, call_sorg2r_2},
    {"sorg2r_", "SORG2R", 5, call_sorg2r_3},
    {"dorg2r_", "DORG2R", 1, call_dorg2r_0},
    {"dorg2r_", "DORG2R", 2, call_dorg2r_1},
    {"dorg2r_", "DORG2R", 3, call_dorg2r_2},
    {"dorg2r_", "DORG2R", 5, call_dorg2r_3},
    {"cung2r_", "CUNG2R", 1, call_cung2r_0},
    {"cung2r_", "CUNG2R", 2, call_cung2r_1},
    {"cung2r_", "CUNG2R", 3, call_cung2r_2},
    {"cung2r_", "CUNG2R", 5, call_cung2r_3},
    {"zung2r_", "ZUNG2R", 1, call_zung2r_0},
    {"zung2r_", "ZUNG2R", 2, call_zung2r_1},
    {"zung2r_", "ZUNG2R", 3, call_zung2r_2},
    {"zung2r_", "ZUNG2R", 5, call_zung2r_3},
    {"sorgqr_", "SORGQR", 1, call_sorgqr_0},
    {"sorgqr_", "SORGQR", 2, call_sorgqr_1},
    {"sorgqr_", "SORGQR", 3, call_sorgqr_2},
    {"sorgqr_", "SORGQR", 5, call_sorgqr_3},
    {"sorgqr_", "SORGQR", 8, call_sorgqr_4},
    {"dorgqr_", "DORGQR", 1, call_dorgqr_0},
    {"dorgqr_", "DORGQR", 2, call_dorgqr_1},
    {"dorgqr_", "DORGQR", 3, call_dorgqr_2},
    {"dorgqr_", "DORGQR", 5, call_dorgqr_3},
    {"dorgqr_", "DORGQR", 8, call_dorgqr_4},
    {"cungqr_", "CUNGQR", 1, call_cungqr_0},
    {"cungqr_", "CUNGQR", 2, call_cungqr_1},
    {"cungqr_", "CUNGQR", 3, call_cungqr_2},
    {"cungqr_", "CUNGQR", 5, call_cungqr_3},
    {"cungqr_", "CUNGQR", 8, call_cungqr_4},
    {"zungqr_", "ZUNGQR", 1, call_zungqr_0},
    {"zungqr_", "ZUNGQR", 2, call_zungqr_1},
    {"zungqr_", "ZUNGQR", 3, call_zungqr_2},
    {"zungqr_", "ZUNGQR", 5, call_zungqr_3},
    {"zungqr_", "ZUNGQR", 8, call_zungqr_4},
    {"sorm2r_", "SORM2R", 1, call_sorm2r_0},
    {"sorm2r_", "SORM2R", 2, call_sorm2r_1},
    {"sorm2r_", "SORM2R", 3, call_sorm2r_2},
    {"sorm2r_", "SORM2R", 4, call_sorm2r_3},
    {"sorm2r_", "SORM2R", 5, call_sorm2r_4},
    {"sorm2r_", "SORM2R", 7, call_sorm2r_5},
    {"sorm2r_", "SORM2R", 10, call_sorm2r_6},
    {"dorm2r_", "DORM2R", 1, call_dorm2r_0},
    {"dorm2r_", "DORM2R", 2, call_dorm2r_1},
    {"dorm2r_", "DORM2R", 3, call_dorm2r_2},
    {"dorm2r_", "DORM2R", 4, call_dorm2r_3},
    {"dorm2r_", "DORM2R", 5, call_dorm2r_4},
    {"dorm2r_", "DORM2R", 7, call_dorm2r_5},
    {"dorm2r_", "DORM2R", 10, call_dorm2r_6},
    {"cunm2r_", "CUNM2R", 1, call_cunm2r_0},
    {"cunm2r_", "CUNM2R", 2, call_cunm2r_1},
    {"cunm2r_", "CUNM2R", 3, call_cunm2r_2},
    {"cunm2r_", "CUNM2R", 4, call_cunm2r_3},
    {"cunm2r_", "CUNM2R", 5, call_cunm2r_4},
    {"cunm2r_", "CUNM2R", 7, call_cunm2r_5},
    {"cunm2r_", "CUNM2R", 10, call_cunm2r_6},
    {"zunm2r_", "ZUNM2R", 1, call_zunm2r_0},
    {"zunm2r_", "ZUNM2R", 2, call_zunm2r_1},
    {"zunm2r_", "ZUNM2R", 3, call_zunm2r_2},
    {"zunm2r_", "ZUNM2R", 4, call_zunm2r_3},
    {"zunm2r_", "ZUNM2R", 5, call_zunm2r_4},
    {"zunm2r_", "ZUNM2R", 7, call_zunm2r_5},
    {"zunm2r_", "ZUNM2R", 10, call_zunm2r_6},
    {"sormqr_", "SORMQR", 1, call_sormqr_0},
    {"sormqr_", "SORMQR", 2, call_sormqr_1},
    {"sormqr_", "SORMQR", 3, call_sormqr_2},
    {"sormqr_", "SORMQR", 4, call_sormqr_3},
    {"sormqr_", "SORMQR", 5, call_sormqr_4},
    {"sormqr_", "SORMQR", 7, call_sormqr_5},
    {"sormqr_", "SORMQR", 10, call_sormqr_6},
    {"sormqr_", "SORMQR", 12, call_sormqr_7},
    {"dormqr_", "DORMQR", 1, call_dormqr_0},
    {"dormqr_", "DORMQR", 2, call_dormqr_1},
    {"dormqr_", "DORMQR", 3, call_dormqr_2},
    {"dormqr_", "DORMQR", 4, call_dormqr_3},
    {"dormqr_", "DORMQR", 5, call_dormqr_4},
    {"dormqr_", "DORMQR", 7, call_dormqr_5},
    {"dormqr_", "DORMQR", 10, call_dormqr_6},
    {"dormqr_", "DORMQR", 12, call_dormqr_7},
    {"cunmqr_", "CUNMQR", 1, call_cunmqr_0},
    {"cunmqr_", "CUNMQR", 2, call_cunmqr_1},
    {"cunmqr_", "CUNMQR", 3, call_cunmqr_2},
    {"cunmqr_", "CUNMQR", 4, call_cunmqr_3},
    {"cunmqr_", "CUNMQR", 5, call_cunmqr_4},
    {"cunmqr_", "CUNMQR", 7, call_cunmqr_5},
    {"cunmqr_", "CUNMQR", 10, call_cunmqr_6},
    {"cunmqr_", "CUNMQR", 12, call_cunmqr_7},
    {"zunmqr_", "ZUNMQR", 1, call_zunmqr_0},
    {"zunmqr_", "ZUNMQR", 2, call_zunmqr_1},
    {"zunmqr_", "ZUNMQR", 3, call_zunmqr_2},
    {"zunmqr_", "ZUNMQR", 4, call_zunmqr_3},
    {"zunmqr_", "ZUNMQR", 5, call_zunmqr_4},
    {"zunmqr_", "ZUNMQR", 7, call_zunmqr_5},
    {"zunmqr_", "ZUNMQR", 10, call_zunmqr_6},
    {"zunmqr_", "ZUNMQR", 12, call_zunmqr_7},
    {"sdisna_", "SDISNA", 1, call_sdisna_0},
    {"sdisna_", "SDISNA", 2, call_sdisna_1},
    {"sdisna_", "SDISNA", 3, call_sdisna_2},
    {"ddisna_", "DDISNA", 1, call_ddisna_0},
    {"ddisna_", "DDISNA", 2, call_ddisna_1},
    {"ddisna_", "DDISNA", 3, call_ddisna_2},
    {"ssterf_", "SSTERF", 1, call_ssterf_0},
    {"dsterf_", "DSTERF", 1, call_dsterf_0},
    {"ssteqr_", "SSTEQR", 1, call_ssteqr_0},
    {"ssteqr_", "SSTEQR", 2, call_ssteqr_1},
    {"ssteqr_", "SSTEQR", 6, call_ssteqr_2},
    {"ssteqr_", "SSTEQR", 6, call_ssteqr_3},
    {"dsteqr_", "DSTEQR", 1, call_dsteqr_0},
    {"dsteqr_", "DSTEQR", 2, call_dsteqr_1},
    {"dsteqr_", "DSTEQR", 6, call_dsteqr_2},
    {"dsteqr_", "DSTEQR", 6, call_dsteqr_3},
    {"csteqr_", "CSTEQR", 1, call_csteqr_0},
    {"csteqr_", "CSTEQR", 2, call_csteqr_1},
    {"csteqr_", "CSTEQR", 6, call_csteqr_2},
    {"csteqr_", "CSTEQR", 6, call_csteqr_3},
    {"zsteqr_", "ZSTEQR", 1, call_zsteqr_0},
    {"zsteqr_", "ZSTEQR", 2, call_zsteqr_1},
    {"zsteqr_", "ZSTEQR", 6, call_zsteqr_2},
    {"zsteqr_", "ZSTEQR", 6, call_zsteqr_3},
    {"sstedc_", "SSTEDC", 1, call_sstedc_0},
    {"sstedc_", "SSTEDC", 2, call_sstedc_1},
    {"sstedc_", "SSTEDC", 6, call_sstedc_2},
    {"sstedc_", "SSTEDC", 6, call_sstedc_3},
    {"sstedc_", "SSTEDC", 8, call_sstedc_4},
    {"sstedc_", "SSTEDC", 10, call_sstedc_5},
    {"dstedc_", "DSTEDC", 1, call_dstedc_0},
    {"dstedc_", "DSTEDC", 2, call_dstedc_1},
    {"dstedc_", "DSTEDC", 6, call_dstedc_2},
    {"dstedc_", "DSTEDC", 6, call_dstedc_3},
    {"dstedc_", "DSTEDC", 8, call_dstedc_4},
    {"dstedc_", "DSTEDC", 10, call_dstedc_5},
    {"cstedc_", "CSTEDC", 1, call_cstedc_0},
    {"cstedc_", "CSTEDC", 2, call_cstedc_1},
    {"cstedc_", "CSTEDC", 6, call_cstedc_2},
    {"cstedc_", "CSTEDC", 6, call_cstedc_3},
    {"cstedc_", "CSTEDC", 8, call_cstedc_4},
    {"cstedc_", "CSTEDC", 10, call_cstedc_5},
    {"cstedc_", "CSTEDC", 12, call_cstedc_6},
    {"zstedc_", "ZSTEDC", 1, call_zstedc_0},
    {"zstedc_", "ZSTEDC", 2, call_zstedc_1},
    {"zstedc_", "ZSTEDC", 6, call_zstedc_2},
    {"zstedc_", "ZSTEDC", 6, call_zstedc_3},
    {"zstedc_", "ZSTEDC", 8, call_zstedc_4},
    {"zstedc_", "ZSTEDC", 10, call_zstedc_5},
    {"zstedc_", "ZSTEDC", 12, call_zstedc_6},
    {"slaed0_", "SLAED0", 1, call_slaed0_0},
    {"slaed0_", "SLAED0", 2, call_slaed0_1},
    {"slaed0_", "SLAED0", 3, call_slaed0_2},
    {"slaed0_", "SLAED0", 7, call_slaed0_3},
    {"slaed0_", "SLAED0", 9, call_slaed0_4},
    {"dlaed0_", "DLAED0", 1, call_dlaed0_0},
    {"dlaed0_", "DLAED0", 2, call_dlaed0_1},
    {"dlaed0_", "DLAED0", 3, call_dlaed0_2},
    {"dlaed0_", "DLAED0", 7, call_dlaed0_3},
    {"dlaed0_", "DLAED0", 9, call_dlaed0_4},
    {"slaed1_", "SLAED1", 1, call_slaed1_0},
    {"slaed1_", "SLAED1", 4, call_slaed1_1},
    {"slaed1_", "SLAED1", 7, call_slaed1_2},
    {"dlaed1_", "DLAED1", 1, call_dlaed1_0},
    {"dlaed1_", "DLAED1", 4, call_dlaed1_1},
    {"dlaed1_", "DLAED1", 7, call_dlaed1_2},
    {"slasq1_", "SLASQ1", 1, call_slasq1_0},
    {"dlasq1_", "DLASQ1", 1, call_dlasq1_0},
    {"slasq2_", "SLASQ2", 1, call_slasq2_0},
    {"dlasq2_", "DLASQ2", 1, call_dlasq2_0},
    {"sbdsqr_", "SBDSQR", 1, call_sbdsqr_0},
    {"sbdsqr_", "SBDSQR", 2, call_sbdsqr_1},
    {"sbdsqr_", "SBDSQR", 3, call_sbdsqr_2},
    {"sbdsqr_", "SBDSQR", 4, call_sbdsqr_3},
    {"sbdsqr_", "SBDSQR", 5, call_sbdsqr_4},
    {"sbdsqr_", "SBDSQR", 9, call_sbdsqr_5},
    {"sbdsqr_", "SBDSQR", 9, call_sbdsqr_6},
    {"sbdsqr_", "SBDSQR", 11, call_sbdsqr_7},
    {"sbdsqr_", "SBDSQR", 13, call_sbdsqr_8},
    {"sbdsqr_", "SBDSQR", 13, call_sbdsqr_9},
    {"dbdsqr_", "DBDSQR", 1, call_dbdsqr_0},
    {"dbdsqr_", "DBDSQR", 2, call_dbdsqr_1},
    {"dbdsqr_", "DBDSQR", 3, call_dbdsqr_2},
    {"dbdsqr_", "DBDSQR", 4, call_dbdsqr_3},
    {"dbdsqr_", "DBDSQR", 5, call_dbdsqr_4},
    {"dbdsqr_", "DBDSQR", 9, call_dbdsqr_5},
    {"dbdsqr_", "DBDSQR", 9, call_dbdsqr_6},
    {"dbdsqr_", "DBDSQR", 11, call_dbdsqr_7},
    {"dbdsqr_", "DBDSQR", 13, call_dbdsqr_8},
    {"dbdsqr_", "DBDSQR", 13, call_dbdsqr_9},
    {"cbdsqr_", "CBDSQR", 1, call_cbdsqr_0},
    {"cbdsqr_", "CBDSQR", 2, call_cbdsqr_1},
    {"cbdsqr_", "CBDSQR", 3, call_cbdsqr_2},
    {"cbdsqr_", "CBDSQR", 4, call_cbdsqr_3},
    {"cbdsqr_", "CBDSQR", 5, call_cbdsqr_4},
    {"cbdsqr_", "CBDSQR", 9, call_cbdsqr_5},
    {"cbdsqr_", "CBDSQR", 9, call_cbdsqr_6},
    {"cbdsqr_", "CBDSQR", 11, call_cbdsqr_7},
    {"cbdsqr_", "CBDSQR", 13, call_cbdsqr_8},
    {"cbdsqr_", "CBDSQR", 13, call_cbdsqr_9},
    {"zbdsqr_", "ZBDSQR", 1, call_zbdsqr_0},
    {"zbdsqr_", "ZBDSQR", 2, call_zbdsqr_1},
    {"zbdsqr_", "ZBDSQR", 3, call_zbdsqr_2},
    {"zbdsqr_", "ZBDSQR", 4, call_zbdsqr_3},
    {"zbdsqr_", "ZBDSQR", 5, call_zbdsqr_4},
    {"zbdsqr_", "ZBDSQR", 9, call_zbdsqr_5},
    {"zbdsqr_", "ZBDSQR", 9, call_zbdsqr_6},
    {"zbdsqr_", "ZBDSQR", 11, call_zbdsqr_7},
    {"zbdsqr_", "ZBDSQR", 13, call_zbdsqr_8},
    {"zbdsqr_", "ZBDSQR", 13, call_zbdsqr_9},
    {"sgeql2_", "SGEQL2", 1, call_sgeql2_0},
    {"sgeql2_", "SGEQL2", 2, call_sgeql2_1},
    {"sgeql2_", "SGEQL2", 4, call_sgeql2_2},
    {"dgeql2_", "DGEQL2", 1, call_dgeql2_0},
    {"dgeql2_", "DGEQL2", 2, call_dgeql2_1},
    {"dgeql2_", "DGEQL2", 4, call_dgeql2_2},
    {"cgeql2_", "CGEQL2", 1, call_cgeql2_0},
    {"cgeql2_", "CGEQL2", 2, call_cgeql2_1},
    {"cgeql2_", "CGEQL2", 4, call_cgeql2_2},
    {"zgeql2_", "ZGEQL2", 1, call_zgeql2_0},
    {"zgeql2_", "ZGEQL2", 2, call_zgeql2_1},
    {"zgeql2_", "ZGEQL2", 4, call_zgeql2_2},
    {"sgeqlf_", "SGEQLF", 1, call_sgeqlf_0},
    {"sgeqlf_", "SGEQLF", 2, call_sgeqlf_1},
    {"sgeqlf_", "SGEQLF", 4, call_sgeqlf_2},
    {"sgeqlf_", "SGEQLF", 7, call_sgeqlf_3},
    {"dgeqlf_", "DGEQLF", 1, call_dgeqlf_0},
    {"dgeqlf_", "DGEQLF", 2, call_dgeqlf_1},
    {"dgeqlf_", "DGEQLF", 4, call_dgeqlf_2},
    {"dgeqlf_", "DGEQLF", 7, call_dgeqlf_3},
    {"cgeqlf_", "CGEQLF", 1, call_cgeqlf_0},
    {"cgeqlf_", "CGEQLF", 2, call_cgeqlf_1},
    {"cgeqlf_", "CGEQLF", 4, call_cgeqlf_2},
    {"cgeqlf_", "CGEQLF", 7, call_cgeqlf_3},
    {"zgeqlf_", "ZGEQLF", 1, call_zgeqlf_0},
    {"zgeqlf_", "ZGEQLF", 2, call_zgeqlf_1},
    {"zgeqlf_", "ZGEQLF", 4, call_zgeqlf_2},
    {"zgeqlf_", "ZGEQLF", 7, call_zgeqlf_3},
    {"sorg2l_", "SORG2L", 1, call_sorg2l_0},
    {"sorg2l_", "SORG2L", 2, call_sorg2l_1},
    {"sorg2l_", "SORG2L", 3, call_sorg2l_2},
    {"sorg2l_", "SORG2L", 5, call_sorg2l_3},
    {"dorg2l_", "DORG2L", 1, call_dorg2l_0},
    {"dorg2l_", "DORG2L", 2, call_dorg2l_1},
    {"dorg2l_", "DORG2L", 3, call_dorg2l_2},
    {"dorg2l_", "DORG2L", 5, call_dorg2l_3},
    {"cung2l_", "CUNG2L", 1, call_cung2l_0},
    {"cung2l_", "CUNG2L", 2, call_cung2l_1},
    {"cung2l_", "CUNG2L", 3, call_cung2l_2},
    {"cung2l_", "CUNG2L", 5, call_cung2l_3},
    {"zung2l_", "ZUNG2L", 1, call_zung2l_0},
    {"zung2l_", "ZUNG2L", 2, call_zung2l_1},
    {"zung2l_", "ZUNG2L", 3, call_zung2l_2},
    {"zung2l_", "ZUNG2L", 5, call_zung2l_3},
    {"sorgql_", "SORGQL", 1, call_sorgql_0},
    {"sorgql_", "SORGQL", 2, call_sorgql_1},
    {"sorgql_", "SORGQL", 3, call_sorgql_2},
    {"sorgql_", "SORGQL", 5, call_sorgql_3},
    {"sorgql_", "SORGQL", 8, call_sorgql_4},
    {"dorgql_", "DORGQL", 1, call_dorgql_0},
    {"dorgql_", "DORGQL", 2, call_dorgql_1},
    {"dorgql_", "DORGQL", 3, call_dorgql_2},
    {"dorgql_", "DORGQL", 5, call_dorgql_3},
    {"dorgql_", "DORGQL", 8, call_dorgql_4},
    {"cungql_", "CUNGQL", 1, call_cungql_0},
    {"cungql_", "CUNGQL", 2, call_cungql_1},
    {"cungql_", "CUNGQL", 3, call_cungql_2},
    {"cungql_", "CUNGQL", 5, call_cungql_3},
    {"cungql_", "CUNGQL", 8, call_cungql_4},
    {"zungql_", "ZUNGQL", 1, call_zungql_0},
    {"zungql_", "ZUNGQL", 2, call_zungql_1},
    {"zungql_", "ZUNGQL", 3, call_zungql_2},
    {"zungql_", "ZUNGQL", 5, call_zungql_3},
    {"zungql_", "ZUNGQL", 8, call_zungql_4},
    {"sorm2l_", "SORM2L", 1, call_sorm2l_0},
    {"sorm2l_", "SORM2L", 2, call_sorm2l_1},
    {"sorm2l_", "SORM2L", 3, call_sorm2l_2},
    {"sorm2l_", "SORM2L", 4, call_sorm2l_3},
    {"sorm2l_", "SORM2L", 5, call_sorm2l_4},
    {"sorm2l_", "SORM2L", 7, call_sorm2l_5},
    {"sorm2l_", "SORM2L", 10, call_sorm2l_6},
    {"dorm2l_", "DORM2L", 1, call_dorm2l_0},
    {"dorm2l_", "DORM2L", 2, call_dorm2l_1},
    {"dorm2l_", "DORM2L", 3, call_dorm2l_2},
    {"dorm2l_", "DORM2L", 4, call_dorm2l_3},
    {"dorm2l_", "DORM2L", 5, call_dorm2l_4},
    {"dorm2l_", "DORM2L", 7, call_dorm2l_5},
    {"dorm2l_", "DORM2L", 10, call_dorm2l_6},
    {"cunm2l_", "CUNM2L", 1, call_cunm2l_0},
    {"cunm2l_", "CUNM2L", 2, call_cunm2l_1},
    {"cunm2l_", "CUNM2L", 3, call_cunm2l_2},
    {"cunm2l_", "CUNM2L", 4, call_cunm2l_3},
    {"cunm2l_", "CUNM2L", 5, call_cunm2l_4},
    {"cunm2l_", "CUNM2L", 7, call_cunm2l_5},
    {"cunm2l_", "CUNM2L", 10, call_cunm2l_6},
    {"zunm2l_", "ZUNM2L", 1, call_zunm2l_0},
    {"zunm2l_", "ZUNM2L", 2, call_zunm2l_1},
    {"zunm2l_", "ZUNM2L", 3, call_zunm2l_2},
    {"zunm2l_", "ZUNM2L", 4, call_zunm2l_3},
    {"zunm2l_", "ZUNM2L", 5, call_zunm2l_4},
    {"zunm2l_", "ZUNM2L", 7, call_zunm2l_5},
    {"zunm2l_", "ZUNM2L", 10, call_zunm2l_6},
    {"sormql_", "SORMQL", 1, call_sormql_0},
    {"sormql_", "SORMQL", 2, call_sormql_1},
    {"sormql_", "SORMQL", 3, call_sormql_2},
    {"sormql_", "SORMQL", 4, call_sormql_3},
    {"sormql_", "SORMQL", 5, call_sormql_4},
    {"sormql_", "SORMQL", 7, call_sormql_5},
    {"sormql_", "SORMQL", 10, call_sormql_6},
    {"sormql_", "SORMQL", 12, call_sormql_7},
    {"dormql_", "DORMQL", 1, call_dormql_0},
    {"dormql_", "DORMQL", 2, call_dormql_1},
    {"dormql_", "DORMQL", 3, call_dormql_2},
    {"dormql_", "DORMQL", 4, call_dormql_3},
    {"dormql_", "DORMQL", 5, call_dormql_4},
    {"dormql_", "DORMQL", 7, call_dormql_5},
    {"dormql_", "DORMQL", 10, call_dormql_6},
    {"dormql_", "DORMQL", 12, call_dormql_7},
    {"cunmql_", "CUNMQL", 1, call_cunmql_0},
    {"cunmql_", "CUNMQL", 2, call_cunmql_1},
    {"cunmql_", "CUNMQL", 3, call_cunmql_2},
    {"cunmql_", "CUNMQL", 4, call_cunmql_3},
    {"cunmql_", "CUNMQL", 5, call_cunmql_4},
    {"cunmql_", "CUNMQL", 7, call_cunmql_5},
    {"cunmql_", "CUNMQL", 10, call_cunmql_6},
    {"cunmql_", "CUNMQL", 12, call_cunmql_7},
    {"zunmql_", "ZUNMQL", 1, call_zunmql_0},
    {"zunmql_", "ZUNMQL", 2, call_zunmql_1},
    {"zunmql_", "ZUNMQL", 3, call_zunmql_2},
    {"zunmql_", "ZUNMQL", 4, call_zunmql_3},
    {"zunmql_", "ZUNMQL", 5, call_zunmql_4},
    {"zunmql_", "ZUNMQL", 7, call_zunmql_5},
    {"zunmql_", "ZUNMQL", 10, call_zunmql_6},
    {"zunmql_", "ZUNMQL", 12, call_zunmql_7},
    {"sgelq2_", "SGELQ2", 1, call_sgelq2_0},
    {"sgelq2_", "SGELQ2", 2, call_sgelq2_1},
    {"sgelq2_", "SGELQ2", 4, call_sgelq2_2},
    {"dgelq2_", "DGELQ2", 1, call_dgelq2_0},
    {"dgelq2_", "DGELQ2", 2, call_dgelq2_1},
    {"dgelq2_", "DGELQ2", 4, call_dgelq2_2},
    {"cgelq2_", "CGELQ2", 1, call_cgelq2_0},
    {"cgelq2_", "CGELQ2", 2, call_cgelq2_1},
    {"cgelq2_", "CGELQ2", 4, call_cgelq2_2},
    {"zgelq2_", "ZGELQ2", 1, call_zgelq2_0},
    {"zgelq2_", "ZGELQ2", 2, call_zgelq2_1},
    {"zgelq2_", "ZGELQ2", 4, call_zgelq2_2},
    {"sgelqf_", "SGELQF", 1, call_sgelqf_0},
    {"sgelqf_", "SGELQF", 2, call_sgelqf_1},
    {"sgelqf_", "SGELQF", 4, call_sgelqf_2},
    {"sgelqf_", "SGELQF", 7, call_sgelqf_3},
    {"dgelqf_", "DGELQF", 1, call_dgelqf_0},
    {"dgelqf_", "DGELQF", 2, call_dgelqf_1},
    {"dgelqf_", "DGELQF", 4, call_dgelqf_2},
    {"dgelqf_", "DGELQF", 7, call_dgelqf_3},
    {"cgelqf_", "CGELQF", 1, call_cgelqf_0},
    {"cgelqf_", "CGELQF", 2, call_cgelqf_1},
    {"cgelqf_", "CGELQF", 4, call_cgelqf_2},
    {"cgelqf_", "CGELQF", 7, call_cgelqf_3},
    {"zgelqf_", "ZGELQF", 1, call_zgelqf_0},
    {"zgelqf_", "ZGELQF", 2, call_zgelqf_1},
    {"zgelqf_", "ZGELQF", 4, call_zgelqf_2},
    {"zgelqf_", "ZGELQF", 7, call_zgelqf_3},
    {"sorgl2_", "SORGL2", 1, call_sorgl2_0},
    {"sorgl2_", "SORGL2", 2, call_sorgl2_1},
    {"sorgl2_", "SORGL2", 3, call_sorgl2_2},
    {"sorgl2_", "SORGL2", 5, call_sorgl2_3},
    {"dorgl2_", "DORGL2", 1, call_dorgl2_0},
    {"dorgl2_", "DORGL2", 2, call_dorgl2_1},
    {"dorgl2_", "DORGL2", 3, call_dorgl2_2},
    {"dorgl2_", "DORGL2", 5, call_dorgl2_3},
    {"cungl2_", "CUNGL2", 1, call_cungl2_0},
    {"cungl2_", "CUNGL2", 2, call_cungl2_1},
    {"cungl2_", "CUNGL2", 3, call_cungl2_2},
    {"cungl2_", "CUNGL2", 5, call_cungl2_3},
    {"zungl2_", "ZUNGL2", 1, call_zungl2_0},
    {"zungl2_", "ZUNGL2", 2, call_zungl2_1},
    {"zungl2_", "ZUNGL2", 3, call_zungl2_2},
    {"zungl2_", "ZUNGL2", 5, call_zungl2_3},
    {"sorglq_", "SORGLQ", 1, call_sorglq_0},
    {"sorglq_", "SORGLQ", 2, call_sorglq_1},
    {"sorglq_", "SORGLQ", 3, call_sorglq_2},
    {"sorglq_", "SORGLQ", 5, call_sorglq_3},
    {"sorglq_", "SORGLQ", 8, call_sorglq_4},
    {"dorglq_", "DORGLQ", 1, call_dorglq_0},
    {"dorglq_", "DORGLQ", 2, call_dorglq_1},
    {"dorglq_", "DORGLQ", 3, call_dorglq_2},
    {"dorglq_", "DORGLQ", 5, call_dorglq_3},
    {"dorglq_", "DORGLQ", 8, call_dorglq_4},
    {"cunglq_", "CUNGLQ", 1, call_cunglq_0},
    {"cunglq_", "CUNGLQ", 2, call_cunglq_1},
    {"cunglq_", "CUNGLQ", 3, call_cunglq_2},
    {"cunglq_", "CUNGLQ", 5, call_cunglq_3},
    {"cunglq_", "CUNGLQ", 8, call_cunglq_4},
    {"zunglq_", "ZUNGLQ", 1, call_zunglq_0},
    {"zunglq_", "ZUNGLQ", 2, call_zunglq_1},
    {"zunglq_", "ZUNGLQ", 3, call_zunglq_2},
    {"zunglq_", "ZUNGLQ", 5, call_zunglq_3},
    {"zunglq_", "ZUNGLQ", 8, call_zunglq_4},
    {"sorml2_", "SORML2", 1, call_sorml2_0},
    {"sorml2_", "SORML2", 2, call_sorml2_1},
    {"sorml2_", "SORML2", 3, call_sorml2_2},
    {"sorml2_", "SORML2", 4, call_sorml2_3},
    {"sorml2_", "SORML2", 5, call_sorml2_4},
    {"sorml2_", "SORML2", 7, call_sorml2_5},
    {"sorml2_", "SORML2", 10, call_sorml2_6},
    {"dorml2_", "DORML2", 1, call_dorml2_0},
    {"dorml2_", "DORML2", 2, call_dorml2_1},
    {"dorml2_", "DORML2", 3, call_dorml2_2},
    {"dorml2_", "DORML2", 4, call_dorml2_3},
    {"dorml2_", "DORML2", 5, call_dorml2_4},
    {"dorml2_", "DORML2", 7, call_dorml2_5},
    {"dorml2_", "DORML2", 10, call_dorml2_6},
    {"cunml2_", "CUNML2", 1, call_cunml2_0},
    {"cunml2_", "CUNML2", 2, call_cunml2_1},
    {"cunml2_", "CUNML2", 3, call_cunml2_2},
    {"cunml2_", "CUNML2", 4, call_cunml2_3},
    {"cunml2_", "CUNML2", 5, call_cunml2_4},
    {"cunml2_", "CUNML2", 7, call_cunml2_5},
    {"cunml2_", "CUNML2", 10, call_cunml2_6},
    {"zunml2_", "ZUNML2", 1, call_zunml2_0},
    {"zunml2_", "ZUNML2", 2, call_zunml2_1},
    {"zunml2_", "ZUNML2", 3, call_zunml2_2},
    {"zunml2_", "ZUNML2", 4, call_zunml2_3},
    {"zunml2_", "ZUNML2", 5, call_zunml2_4},
    {"zunml2_", "ZUNML2", 7, call_zunml2_5},
    {"zunml2_", "ZUNML2", 10, call_zunml2_6},
    {"sormlq_", "SORMLQ", 1, call_sormlq_0},
    {"sormlq_", "SORMLQ", 2, call_sormlq_1},
    {"sormlq_", "SORMLQ", 3, call_sormlq_2},
    {"sormlq_", "SORMLQ", 4, call_sormlq_3},
    {"sormlq_", "SORMLQ", 5, call_sormlq_4},
    {"sormlq_", "SORMLQ", 7, call_sormlq_5},
    {"sormlq_", "SORMLQ", 10, call_sormlq_6},
    {"sormlq_", "SORMLQ", 12, call_sormlq_7},
    {"dormlq_", "DORMLQ", 1, call_dormlq_0},
    {"dormlq_", "DORMLQ", 2, call_dormlq_1},
    {"dormlq_", "DORMLQ", 3, call_dormlq_2},
    {"dormlq_", "DORMLQ", 4, call_dormlq_3},
    {"dormlq_", "DORMLQ", 5, call_dormlq_4},
    {"dormlq_", "DORMLQ", 7, call_dormlq_5},
    {"dormlq_", "DORMLQ", 10, call_dormlq_6},
    {"dormlq_", "DORMLQ", 12, call_dormlq_7},
    {"cunmlq_", "CUNMLQ", 1, call_cunmlq_0},
    {"cunmlq_", "CUNMLQ", 2, call_cunmlq_1},
    {"cunmlq_", "CUNMLQ", 3, call_cunmlq_2},
    {"cunmlq_", "CUNMLQ", 4, call_cunmlq_3},
    {"cunmlq_", "CUNMLQ", 5, call_cunmlq_4},
    {"cunmlq_", "CUNMLQ", 7, call_cunmlq_5},
    {"cunmlq_", "CUNMLQ", 10, call_cunmlq_6},
    {"cunmlq_", "CUNMLQ", 12, call_cunmlq_7},
    {"zunmlq_", "ZUNMLQ", 1, call_zunmlq_0},
    {"zunmlq_", "ZUNMLQ", 2, call_zunmlq_1},
    {"zunmlq_", "ZUNMLQ", 3, call_zunmlq_2},
    {"zunmlq_", "ZUNMLQ", 4, call_zunmlq_3},
    {"zunmlq_", "ZUNMLQ", 5, call_zunmlq_4},
    {"zunmlq_", "ZUNMLQ", 7, call_zunmlq_5},
    {"zunmlq_", "ZUNMLQ", 10, call_zunmlq_6},
    {"zunmlq_", "ZUNMLQ", 12, call_zunmlq_7},
    {"sgerq2_", "SGERQ2", 1, call_sgerq2_0},
    {"sgerq2_", "SGERQ2", 2, call_sgerq2_1},
    {"sgerq2_", "SGERQ2", 4, call_sgerq2_2},
    {"dgerq2_", "DGERQ2", 1, call_dgerq2_0},
    {"dgerq2_", "DGERQ2", 2, call_dgerq2_1},
    {"dgerq2_", "DGERQ2", 4, call_dgerq2_2},
    {"cgerq2_", "CGERQ2", 1, call_cgerq2_0},
    {"cgerq2_", "CGERQ2", 2, call_cgerq2_1},
    {"cgerq2_", "CGERQ2", 4, call_cgerq2_2},
    {"zgerq2_", "ZGERQ2", 1, call_zgerq2_0},
    {"zgerq2_", "ZGERQ2", 2, call_zgerq2_1},
    {"zgerq2_", "ZGERQ2", 4, call_zgerq2_2},
    {"sgerqf_", "SGERQF", 1, call_sgerqf_0},
    {"sgerqf_", "SGERQF", 2, call_sgerqf_1},
    {"sgerqf_", "SGERQF", 4, call_sgerqf_2},
    {"sgerqf_", "SGERQF", 7, call_sgerqf_3},
    {"dgerqf_", "DGERQF", 1, call_dgerqf_0},
    {"dgerqf_", "DGERQF", 2, call_dgerqf_1},
    {"dgerqf_", "DGERQF", 4, call_dgerqf_2},
    {"dgerqf_", "DGERQF", 7, call_dgerqf_3},
    {"cgerqf_", "CGERQF", 1, call_cgerqf_0},
    {"cgerqf_", "CGERQF", 2, call_cgerqf_1},
    {"cgerqf_", "CGERQF", 4, call_cgerqf_2},
    {"cgerqf_", "CGERQF", 7, call_cgerqf_3},
    {"zgerqf_", "ZGERQF", 1, call_zgerqf_0},
    {"zgerqf_", "ZGERQF", 2, call_zgerqf_1},
    {"zgerqf_", "ZGERQF", 4, call_zgerqf_2},
    {"zgerqf_", "ZGERQF", 7, call_zgerqf_3},
    {"sorgr2_", "SORGR2", 1, call_sorgr2_0},
    {"sorgr2_", "SORGR2", 2, call_sorgr2_1},
    {"sorgr2_", "SORGR2", 3, call_sorgr2_2},
    {"sorgr2_", "SORGR2", 5, call_sorgr2_3},
    {"dorgr2_", "DORGR2", 1, call_dorgr2_0},
    {"dorgr2_", "DORGR2", 2, call_dorgr2_1},
    {"dorgr2_", "DORGR2", 3, call_dorgr2_2},
    {"dorgr2_", "DORGR2", 5, call_dorgr2_3},
    {"cungr2_", "CUNGR2", 1, call_cungr2_0},
    {"cungr2_", "CUNGR2", 2, call_cungr2_1},
    {"cungr2_", "CUNGR2", 3, call_cungr2_2},
    {"cungr2_", "CUNGR2", 5, call_cungr2_3},
    {"zungr2_", "ZUNGR2", 1, call_zungr2_0},
    {"zungr2_", "ZUNGR2", 2, call_zungr2_1},
    {"zungr2_", "ZUNGR2", 3, call_zungr2_2},
    {"zungr2_", "ZUNGR2", 5, call_zungr2_3},
    {"sorgrq_", "SORGRQ", 1, call_sorgrq_0},
    {"sorgrq_", "SORGRQ", 2, call_sorgrq_1},
    {"sorgrq_", "SORGRQ", 3, call_sorgrq_2},
    {"sorgrq_", "SORGRQ", 5, call_sorgrq_3},
    {"sorgrq_", "SORGRQ", 8, call_sorgrq_4},
    {"dorgrq_", "DORGRQ", 1, call_dorgrq_0},
    {"dorgrq_", "DORGRQ", 2, call_dorgrq_1},
    {"dorgrq_", "DORGRQ", 3, call_dorgrq_2},
    {"dorgrq_", "DORGRQ", 5, call_dorgrq_3},
    {"dorgrq_", "DORGRQ", 8, call_dorgrq_4},
    {"cungrq_", "CUNGRQ", 1, call_cungrq_0},
    {"cungrq_", "CUNGRQ", 2, call_cungrq_1},
    {"cungrq_", "CUNGRQ", 3, call_cungrq_2},
    {"cungrq_", "CUNGRQ", 5, call_cungrq_3},
    {"cungrq_", "CUNGRQ", 8, call_cungrq_4},
    {"zungrq_", "ZUNGRQ", 1, call_zungrq_0},
    {"zungrq_", "ZUNGRQ", 2, call_zungrq_1},
    {"zungrq_", "ZUNGRQ", 3, call_zungrq_2},
    {"zungrq_", "ZUNGRQ", 5, call_zungrq_3},
    {"zungrq_", "ZUNGRQ", 8, call_zungrq_4},
    {"sormr2_", "SORMR2", 1, call_sormr2_0},
    {"sormr2_", "SORMR2", 2, call_sormr2_1},
    {"sormr2_", "SORMR2", 3, call_sormr2_2},
    {"sormr2_", "SORMR2", 4, call_sormr2_3},
    {"sormr2_", "SORMR2", 5, call_sormr2_4},
    {"sormr2_", "SORMR2", 7, call_sormr2_5},
    {"sormr2_", "SORMR2", 10, call_sormr2_6},
    {"dormr2_", "DORMR2", 1, call_dormr2_0},
    {"dormr2_", "DORMR2", 2, call_dormr2_1},
    {"dormr2_", "DORMR2", 3, call_dormr2_2},
    {"dormr2_", "DORMR2", 4, call_dormr2_3},
    {"dormr2_", "DORMR2", 5, call_dormr2_4},
    {"dormr2_", "DORMR2", 7, call_dormr2_5},
    {"dormr2_", "DORMR2", 10, call_dormr2_6},
    {"cunmr2_", "CUNMR2", 1, call_cunmr2_0},
    {"cunmr2_", "CUNMR2", 2, call_cunmr2_1},
    {"cunmr2_", "CUNMR2", 3, call_cunmr2_2},
    {"cunmr2_", "CUNMR2", 4, call_cunmr2_3},
    {"cunmr2_", "CUNMR2", 5, call_cunmr2_4},
    {"cunmr2_", "CUNMR2", 7, call_cunmr2_5},
    {"cunmr2_", "CUNMR2", 10, call_cunmr2_6},
    {"zunmr2_", "ZUNMR2", 1, call_zunmr2_0},
    {"zunmr2_", "ZUNMR2", 2, call_zunmr2_1},
    {"zunmr2_", "ZUNMR2", 3, call_zunmr2_2},
    {"zunmr2_", "ZUNMR2", 4, call_zunmr2_3},
    {"zunmr2_", "ZUNMR2", 5, call_zunmr2_4},
    {"zunmr2_", "ZUNMR2", 7, call_zunmr2_5},
    {"zunmr2_", "ZUNMR2", 10, call_zunmr2_6},
    {"sormrq_", "SORMRQ", 1, call_sormrq_0},
    {"sormrq_", "SORMRQ", 2, call_sormrq_1},
    {"sormrq_", "SORMRQ", 3, call_sormrq_2},
    {"sormrq_", "SORMRQ", 4, call_sormrq_3},
    {"sormrq_", "SORMRQ", 5, call_sormrq_4},
    {"sormrq_", "SORMRQ", 7, call_sormrq_5},
    {"sormrq_", "SORMRQ", 10, call_sormrq_6},
    {"sormrq_", "SORMRQ", 12, call_sormrq_7},
    {"dormrq_", "DORMRQ", 1, call_dormrq_0},
    {"dormrq_", "DORMRQ", 2, call_dormrq_1},
    {"dormrq_", "DORMRQ", 3, call_dormrq_2},
    {"dormrq_", "DORMRQ", 4, call_dormrq_3},
    {"dormrq_", "DORMRQ", 5, call_dormrq_4},
    {"dormrq_", "DORMRQ", 7, call_dormrq_5},
    {"dormrq_", "DORMRQ", 10, call_dormrq_6},
    {"dormrq_", "DORMRQ", 12, call_dormrq_7},
    {"cunmrq_", "CUNMRQ", 1, call_cunmrq_0},
    {"cunmrq_", "CUNMRQ", 2, call_cunmrq_1},
    {"cunmrq_", "CUNMRQ", 3, call_cunmrq_2},
    {"cunmrq_", "CUNMRQ", 4, call_cunmrq_3},
    {"cunmrq_", "CUNMRQ", 5, call_cunmrq_4},
    {"cunmrq_", "CUNMRQ", 7, call_cunmrq_5},
    {"cunmrq_", "CUNMRQ", 10, call_cunmrq_6},
    {"cunmrq_", "CUNMRQ", 12, call_cunmrq_7},
    {"zunmrq_", "ZUNMRQ", 1, call_zunmrq_0},
    {"zunmrq_", "ZUNMRQ", 2, call_zunmrq_1},
    {"zunmrq_", "ZUNMRQ", 3, call_zunmrq_2},
    {"zunmrq_", "ZUNMRQ", 4, call_zunmrq_3},
    {"zunmrq_", "ZUNMRQ", 5, call_zunmrq_4},
    {"zunmrq_", "ZUNMRQ", 7, call_zunmrq_5},
    {"zunmrq_", "ZUNMRQ", 10, call_zunmrq_6},
    {"zunmrq_", "ZUNMRQ", 12, call_zunmrq_7},
    {"sgelqt_", "SGELQT", 1, call_sgelqt_0},
    {"sgelqt_", "SGELQT", 2, call_sgelqt_1},
    {"sgelqt_", "SGELQT", 3, call_sgelqt_2},
    {"sgelqt_", "SGELQT", 5, call_sgelqt_3},
    {"sgelqt_", "SGELQT", 7, call_sgelqt_4},
    {"dgelqt_", "DGELQT", 1, call_dgelqt_0},
    {"dgelqt_", "DGELQT", 2, call_dgelqt_1},
    {"dgelqt_", "DGELQT", 3, call_dgelqt_2},
    {"dgelqt_", "DGELQT", 5, call_dgelqt_3},
    {"dgelqt_", "DGELQT", 7, call_dgelqt_4},
    {"cgelqt_", "CGELQT", 1, call_cgelqt_0},
    {"cgelqt_", "CGELQT", 2, call_cgelqt_1},
    {"cgelqt_", "CGELQT", 3, call_cgelqt_2},
    {"cgelqt_", "CGELQT", 5, call_cgelqt_3},
    {"cgelqt_", "CGELQT", 7, call_cgelqt_4},
    {"zgelqt_", "ZGELQT", 1, call_zgelqt_0},
    {"zgelqt_", "ZGELQT", 2, call_zgelqt_1},
    {"zgelqt_", "ZGELQT", 3, call_zgelqt_2},
    {"zgelqt_", "ZGELQT", 5, call_zgelqt_3},
    {"zgelqt_", "ZGELQT", 7, call_zgelqt_4},
    {"sgelqt3_", "SGELQT3", 1, call_sgelqt3_0},
    {"sgelqt3_", "SGELQT3", 2, call_sgelqt3_1},
    {"sgelqt3_", "SGELQT3", 4, call_sgelqt3_2},
    {"sgelqt3_", "SGELQT3", 6, call_sgelqt3_3},
    {"dgelqt3_", "DGELQT3", 1, call_dgelqt3_0},
    {"dgelqt3_", "DGELQT3", 2, call_dgelqt3_1},
    {"dgelqt3_", "DGELQT3", 4, call_dgelqt3_2},
    {"dgelqt3_", "DGELQT3", 6, call_dgelqt3_3},
    {"cgelqt3_", "CGELQT3", 1, call_cgelqt3_0},
    {"cgelqt3_", "CGELQT3", 2, call_cgelqt3_1},
    {"cgelqt3_", "CGELQT3", 4, call_cgelqt3_2},
    {"cgelqt3_", "CGELQT3", 6, call_cgelqt3_3},
    {"zgelqt3_", "ZGELQT3", 1, call_zgelqt3_0},
    {"zgelqt3_", "ZGELQT3", 2, call_zgelqt3_1},
    {"zgelqt3_", "ZGELQT3", 4, call_zgelqt3_2},
    {"zgelqt3_", "ZGELQT3", 6, call_zgelqt3_3},
    {"sgemlqt_", "SGEMLQT", 1, call_sgemlqt_0},
    {"sgemlqt_", "SGEMLQT", 2, call_sgemlqt_1},
    {"sgemlqt_", "SGEMLQT", 3, call_sgemlqt_2},
    {"sgemlqt_", "SGEMLQT", 4, call_sgemlqt_3},
    {"sgemlqt_", "SGEMLQT", 5, call_sgemlqt_4},
    {"sgemlqt_", "SGEMLQT", 6, call_sgemlqt_5},
    {"sgemlqt_", "SGEMLQT", 8, call_sgemlqt_6},
    {"sgemlqt_", "SGEMLQT", 10, call_sgemlqt_7},
    {"sgemlqt_", "SGEMLQT", 12, call_sgemlqt_8},
    {"dgemlqt_", "DGEMLQT", 1, call_dgemlqt_0},
    {"dgemlqt_", "DGEMLQT", 2, call_dgemlqt_1},
    {"dgemlqt_", "DGEMLQT", 3, call_dgemlqt_2},
    {"dgemlqt_", "DGEMLQT", 4, call_dgemlqt_3},
    {"dgemlqt_", "DGEMLQT", 5, call_dgemlqt_4},
    {"dgemlqt_", "DGEMLQT", 6, call_dgemlqt_5},
    {"dgemlqt_", "DGEMLQT", 8, call_dgemlqt_6},
    {"dgemlqt_", "DGEMLQT", 10, call_dgemlqt_7},
    {"dgemlqt_", "DGEMLQT", 12, call_dgemlqt_8},
    {"cgemlqt_", "CGEMLQT", 1, call_cgemlqt_0},
    {"cgemlqt_", "CGEMLQT", 2, call_cgemlqt_1},
    {"cgemlqt_", "CGEMLQT", 3, call_cgemlqt_2},
    {"cgemlqt_", "CGEMLQT", 4, call_cgemlqt_3},
    {"cgemlqt_", "CGEMLQT", 5, call_cgemlqt_4},
    {"cgemlqt_", "CGEMLQT", 6, call_cgemlqt_5},
    {"cgemlqt_", "CGEMLQT", 8, call_cgemlqt_6},
    {"cgemlqt_", "CGEMLQT", 10, call_cgemlqt_7},
    {"cgemlqt_", "CGEMLQT", 12, call_cgemlqt_8},
    {"zgemlqt_", "ZGEMLQT", 1, call_zgemlqt_0},
    {"zgemlqt_", "ZGEMLQT", 2, call_zgemlqt_1},
    {"zgemlqt_", "ZGEMLQT", 3, call_zgemlqt_2},
    {"zgemlqt_", "ZGEMLQT", 4, call_zgemlqt_3},
    {"zgemlqt_", "ZGEMLQT", 5, call_zgemlqt_4},
    {"zgemlqt_", "ZGEMLQT", 6, call_zgemlqt_5},
    {"zgemlqt_", "ZGEMLQT", 8, call_zgemlqt_6},
    {"zgemlqt_", "ZGEMLQT", 10, call_zgemlqt_7},
    {"zgemlqt_", "ZGEMLQT", 12, call_zgemlqt_8},
    {"sgels_", "SGELS", 1, call_sgels_0},
    {"sgels_", "SGELS", 2, call_sgels_1},
    {"sgels_", "SGELS", 3, call_sgels_2},
    {"sgels_", "SGELS", 4, call_sgels_3},
    {"sgels_", "SGELS", 6, call_sgels_4},
    {"sgels_", "SGELS", 8, call_sgels_5},
    {"sgels_", "SGELS", 10, call_sgels_6},
    {"dgels_", "DGELS", 1, call_dgels_0},
    {"dgels_", "DGELS", 2, call_dgels_1},
    {"dgels_", "DGELS", 3, call_dgels_2},
    {"dgels_", "DGELS", 4, call_dgels_3},
    {"dgels_", "DGELS", 6, call_dgels_4},
    {"dgels_", "DGELS", 8, call_dgels_5},
    {"dgels_", "DGELS", 10, call_dgels_6},
    {"cgels_", "CGELS", 1, call_cgels_0},
    {"cgels_", "CGELS", 2, call_cgels_1},
    {"cgels_", "CGELS", 3, call_cgels_2},
    {"cgels_", "CGELS", 4, call_cgels_3},
    {"cgels_", "CGELS", 6, call_cgels_4},
    {"cgels_", "CGELS", 8, call_cgels_5},
    {"cgels_", "CGELS", 10, call_cgels_6},
    {"zgels_", "ZGELS", 1, call_zgels_0},
    {"zgels_", "ZGELS", 2, call_zgels_1},
    {"zgels_", "ZGELS", 3, call_zgels_2},
    {"zgels_", "ZGELS", 4, call_zgels_3},
    {"zgels_", "ZGELS", 6, call_zgels_4},
    {"zgels_", "ZGELS", 8, call_zgels_5},
    {"zgels_", "ZGELS", 10, call_zgels_6},
    {"sgelst_", "SGELST", 1, call_sgelst_0},
    {"sgelst_", "SGELST", 2, call_sgelst_1},
    {"sgelst_", "SGELST", 3, call_sgelst_2},
    {"sgelst_", "SGELST", 4, call_sgelst_3},
    {"sgelst_", "SGELST", 6, call_sgelst_4},
    {"sgelst_", "SGELST", 8, call_sgelst_5},
    {"sgelst_", "SGELST", 10, call_sgelst_6},
    {"dgelst_", "DGELST", 1, call_dgelst_0},
    {"dgelst_", "DGELST", 2, call_dgelst_1},
    {"dgelst_", "DGELST", 3, call_dgelst_2},
    {"dgelst_", "DGELST", 4, call_dgelst_3},
    {"dgelst_", "DGELST", 6, call_dgelst_4},
    {"dgelst_", "DGELST", 8, call_dgelst_5},
    {"dgelst_", "DGELST", 10, call_dgelst_6},
    {"cgelst_", "CGELST", 1, call_cgelst_0},
    {"cgelst_", "CGELST", 2, call_cgelst_1},
    {"cgelst_", "CGELST", 3, call_cgelst_2},
    {"cgelst_", "CGELST", 4, call_cgelst_3},
    {"cgelst_", "CGELST", 6, call_cgelst_4},
    {"cgelst_", "CGELST", 8, call_cgelst_5},
    {"cgelst_", "CGELST", 10, call_cgelst_6},
    {"zgelst_", "ZGELST", 1, call_zgelst_0},
    {"zgelst_", "ZGELST", 2, call_zgelst_1},
    {"zgelst_", "ZGELST", 3, call_zgelst_2},
    {"zgelst_", "ZGELST", 4, call_zgelst_3},
    {"zgelst_", "ZGELST", 6, call_zgelst_4},
    {"zgelst_", "ZGELST", 8, call_zgelst_5},
    {"zgelst_", "ZGELST", 10, call_zgelst_6},
    {"sgeqp3_", "SGEQP3", 1, call_sgeqp3_0},
    {"sgeqp3_", "SGEQP3", 2, call_sgeqp3_1},
    {"sgeqp3_", "SGEQP3", 4, call_sgeqp3_2},
    {"sgeqp3_", "SGEQP3", 8, call_sgeqp3_3},
    {"dgeqp3_", "DGEQP3", 1, call_dgeqp3_0},
    {"dgeqp3_", "DGEQP3", 2, call_dgeqp3_1},
    {"dgeqp3_", "DGEQP3", 4, call_dgeqp3_2},
    {"dgeqp3_", "DGEQP3", 8, call_dgeqp3_3},
    {"cgeqp3_", "CGEQP3", 1, call_cgeqp3_0},
    {"cgeqp3_", "CGEQP3", 2, call_cgeqp3_1},
    {"cgeqp3_", "CGEQP3", 4, call_cgeqp3_2},
    {"cgeqp3_", "CGEQP3", 8, call_cgeqp3_3},
    {"zgeqp3_", "ZGEQP3", 1, call_zgeqp3_0},
    {"zgeqp3_", "ZGEQP3", 2, call_zgeqp3_1},
    {"zgeqp3_", "ZGEQP3", 4, call_zgeqp3_2},
    {"zgeqp3_", "ZGEQP3", 8, call_zgeqp3_3},
    {"stzrzf_", "STZRZF", 1, call_stzrzf_0},
    {"stzrzf_", "STZRZF", 2, call_stzrzf_1},
    {"stzrzf_", "STZRZF", 4, call_stzrzf_2},
    {"stzrzf_", "STZRZF", 7, call_stzrzf_3},
    {"dtzrzf_", "DTZRZF", 1, call_dtzrzf_0},
    {"dtzrzf_", "DTZRZF", 2, call_dtzrzf_1},
    {"dtzrzf_", "DTZRZF", 4, call_dtzrzf_2},
    {"dtzrzf_", "DTZRZF", 7, call_dtzrzf_3},
    {"ctzrzf_", "CTZRZF", 1, call_ctzrzf_0},
    {"ctzrzf_", "CTZRZF", 2, call_ctzrzf_1},
    {"ctzrzf_", "CTZRZF", 4, call_ctzrzf_2},
    {"ctzrzf_", "CTZRZF", 7, call_ctzrzf_3},
    {"ztzrzf_", "ZTZRZF", 1, call_ztzrzf_0},
    {"ztzrzf_", "ZTZRZF", 2, call_ztzrzf_1},
    {"ztzrzf_", "ZTZRZF", 4, call_ztzrzf_2},
    {"ztzrzf_", "ZTZRZF", 7, call_ztzrzf_3},
    {"slarzt_", "SLARZT", 1, call_slarzt_0},
    {"slarzt_", "SLARZT", 2, call_slarzt_1},
    {"dlarzt_", "DLARZT", 1, call_dlarzt_0},
    {"dlarzt_", "DLARZT", 2, call_dlarzt_1},
    {"clarzt_", "CLARZT", 1, call_clarzt_0},
    {"clarzt_", "CLARZT", 2, call_clarzt_1},
    {"zlarzt_", "ZLARZT", 1, call_zlarzt_0},
    {"zlarzt_", "ZLARZT", 2, call_zlarzt_1},
    {"slarzb_", "SLARZB", 3, call_slarzb_0},
    {"slarzb_", "SLARZB", 4, call_slarzb_1},
    {"dlarzb_", "DLARZB", 3, call_dlarzb_0},
    {"dlarzb_", "DLARZB", 4, call_dlarzb_1},
    {"clarzb_", "CLARZB", 3, call_clarzb_0},
    {"clarzb_", "CLARZB", 4, call_clarzb_1},
    {"zlarzb_", "ZLARZB", 3, call_zlarzb_0},
    {"zlarzb_", "ZLARZB", 4, call_zlarzb_1},
    {"sormr3_", "SORMR3", 1, call_sormr3_0},
    {"sormr3_", "SORMR3", 2, call_sormr3_1},
    {"sormr3_", "SORMR3", 3, call_sormr3_2},
    {"sormr3_", "SORMR3", 4, call_sormr3_3},
    {"sormr3_", "SORMR3", 5, call_sormr3_4},
    {"sormr3_", "SORMR3", 6, call_sormr3_5},
    {"sormr3_", "SORMR3", 8, call_sormr3_6},
    {"sormr3_", "SORMR3", 11, call_sormr3_7},
    {"dormr3_", "DORMR3", 1, call_dormr3_0},
    {"dormr3_", "DORMR3", 2, call_dormr3_1},
    {"dormr3_", "DORMR3", 3, call_dormr3_2},
    {"dormr3_", "DORMR3", 4, call_dormr3_3},
    {"dormr3_", "DORMR3", 5, call_dormr3_4},
    {"dormr3_", "DORMR3", 6, call_dormr3_5},
    {"dormr3_", "DORMR3", 8, call_dormr3_6},
    {"dormr3_", "DORMR3", 11, call_dormr3_7},
    {"cunmr3_", "CUNMR3", 1, call_cunmr3_0},
    {"cunmr3_", "CUNMR3", 2, call_cunmr3_1},
    {"cunmr3_", "CUNMR3", 3, call_cunmr3_2},
    {"cunmr3_", "CUNMR3", 4, call_cunmr3_3},
    {"cunmr3_", "CUNMR3", 5, call_cunmr3_4},
    {"cunmr3_", "CUNMR3", 6, call_cunmr3_5},
    {"cunmr3_", "CUNMR3", 8, call_cunmr3_6},
    {"cunmr3_", "CUNMR3", 11, call_cunmr3_7},
    {"zunmr3_", "ZUNMR3", 1, call_zunmr3_0},
    {"zunmr3_", "ZUNMR3", 2, call_zunmr3_1},
    {"zunmr3_", "ZUNMR3", 3, call_zunmr3_2},
    {"zunmr3_", "ZUNMR3", 4, call_zunmr3_3},
    {"zunmr3_", "ZUNMR3", 5, call_zunmr3_4},
    {"zunmr3_", "ZUNMR3", 6, call_zunmr3_5},
    {"zunmr3_", "ZUNMR3", 8, call_zunmr3_6},
    {"zunmr3_", "ZUNMR3", 11, call_zunmr3_7},
    {"sormrz_", "SORMRZ", 1, call_sormrz_0},
    {"sormrz_", "SORMRZ", 2, call_sormrz_1},
    {"sormrz_", "SORMRZ", 3, call_sormrz_2},
    {"sormrz_", "SORMRZ", 4, call_sormrz_3},
    {"sormrz_", "SORMRZ", 5, call_sormrz_4},
    {"sormrz_", "SORMRZ", 6, call_sormrz_5},
    {"sormrz_", "SORMRZ", 8, call_sormrz_6},
    {"sormrz_", "SORMRZ", 11, call_sormrz_7},
    {"sormrz_", "SORMRZ", 13, call_sormrz_8},
    {"dormrz_", "DORMRZ", 1, call_dormrz_0},
    {"dormrz_", "DORMRZ", 2, call_dormrz_1},
    {"dormrz_", "DORMRZ", 3, call_dormrz_2},
    {"dormrz_", "DORMRZ", 4, call_dormrz_3},
    {"dormrz_", "DORMRZ", 5, call_dormrz_4},
    {"dormrz_", "DORMRZ", 6, call_dormrz_5},
    {"dormrz_", "DORMRZ", 8, call_dormrz_6},
    {"dormrz_", "DORMRZ", 11, call_dormrz_7},
    {"dormrz_", "DORMRZ", 13, call_dormrz_8},
    {"cunmrz_", "CUNMRZ", 1, call_cunmrz_0},
    {"cunmrz_", "CUNMRZ", 2, call_cunmrz_1},
    {"cunmrz_", "CUNMRZ", 3, call_cunmrz_2},
    {"cunmrz_", "CUNMRZ", 4, call_cunmrz_3},
    {"cunmrz_", "CUNMRZ", 5, call_cunmrz_4},
    {"cunmrz_", "CUNMRZ", 6, call_cunmrz_5},
    {"cunmrz_", "CUNMRZ", 8, call_cunmrz_6},
    {"cunmrz_", "CUNMRZ", 11, call_cunmrz_7},
    {"cunmrz_", "CUNMRZ", 13, call_cunmrz_8},
    {"zunmrz_", "ZUNMRZ", 1, call_zunmrz_0},
    {"zunmrz_", "ZUNMRZ", 2, call_zunmrz_1},
    {"zunmrz_", "ZUNMRZ", 3, call_zunmrz_2},
    {"zunmrz_", "ZUNMRZ", 4, call_zunmrz_3},
    {"zunmrz_", "ZUNMRZ", 5, call_zunmrz_4},
    {"zunmrz_", "ZUNMRZ", 6, call_zunmrz_5},
    {"zunmrz_", "ZUNMRZ", 8, call_zunmrz_6},
    {"zunmrz_", "ZUNMRZ", 11, call_zunmrz_7},
    {"zunmrz_", "ZUNMRZ", 13, call_zunmrz_8},
    {"sgelsy_", "SGELSY", 1, call_sgelsy_0},
    {"sgelsy_", "SGELSY", 2, call_sgelsy_1},
    {"sgelsy_", "SGELSY", 3, call_sgelsy_2},
    {"sgelsy_", "SGELSY", 5, call_sgelsy_3},
    {"sgelsy_", "SGELSY", 7, call_sgelsy_4},
    {"sgelsy_", "SGELSY", 12, call_sgelsy_5},
    {"dgelsy_", "DGELSY", 1, call_dgelsy_0},
    {"dgelsy_", "DGELSY", 2, call_dgelsy_1},
    {"dgelsy_", "DGELSY", 3, call_dgelsy_2},
    {"dgelsy_", "DGELSY", 5, call_dgelsy_3},
    {"dgelsy_", "DGELSY", 7, call_dgelsy_4},
    {"dgelsy_", "DGELSY", 12, call_dgelsy_5},
    {"cgelsy_", "CGELSY", 1, call_cgelsy_0},
    {"cgelsy_", "CGELSY", 2, call_cgelsy_1},
    {"cgelsy_", "CGELSY", 3, call_cgelsy_2},
    {"cgelsy_", "CGELSY", 5, call_cgelsy_3},
    {"cgelsy_", "CGELSY", 7, call_cgelsy_4},
    {"cgelsy_", "CGELSY", 12, call_cgelsy_5},
    {"zgelsy_", "ZGELSY", 1, call_zgelsy_0},
    {"zgelsy_", "ZGELSY", 2, call_zgelsy_1},
    {"zgelsy_", "ZGELSY", 3, call_zgelsy_2},
    {"zgelsy_", "ZGELSY", 5, call_zgelsy_3},
    {"zgelsy_", "ZGELSY", 7, call_zgelsy_4},
    {"zgelsy_", "ZGELSY", 12, call_zgelsy_5},
    {"ssytd2_", "SSYTD2", 1, call_ssytd2_0},
    {"ssytd2_", "SSYTD2", 2, call_ssytd2_1},
    {"ssytd2_", "SSYTD2", 4, call_ssytd2_2},
    {"dsytd2_", "DSYTD2", 1, call_dsytd2_0},
    {"dsytd2_", "DSYTD2", 2, call_dsytd2_1},
    {"dsytd2_", "DSYTD2", 4, call_dsytd2_2},
    {"chetd2_", "CHETD2", 1, call_chetd2_0},
    {"chetd2_", "CHETD2", 2, call_chetd2_1},
    {"chetd2_", "CHETD2", 4, call_chetd2_2},
    {"zhetd2_", "ZHETD2", 1, call_zhetd2_0},
    {"zhetd2_", "ZHETD2", 2, call_zhetd2_1},
    {"zhetd2_", "ZHETD2", 4, call_zhetd2_2},
    {"ssytrd_", "SSYTRD", 1, call_ssytrd_0},
    {"ssytrd_", "SSYTRD", 2, call_ssytrd_1},
    {"ssytrd_", "SSYTRD", 4, call_ssytrd_2},
    {"ssytrd_", "SSYTRD", 9, call_ssytrd_3},
    {"dsytrd_", "DSYTRD", 1, call_dsytrd_0},
    {"dsytrd_", "DSYTRD", 2, call_dsytrd_1},
    {"dsytrd_", "DSYTRD", 4, call_dsytrd_2},
    {"dsytrd_", "DSYTRD", 9, call_dsytrd_3},
    {"chetrd_", "CHETRD", 1, call_chetrd_0},
    {"chetrd_", "CHETRD", 2, call_chetrd_1},
    {"chetrd_", "CHETRD", 4, call_chetrd_2},
    {"chetrd_", "CHETRD", 9, call_chetrd_3},
    {"zhetrd_", "ZHETRD", 1, call_zhetrd_0},
    {"zhetrd_", "ZHETRD", 2, call_zhetrd_1},
    {"zhetrd_", "ZHETRD", 4, call_zhetrd_2},
    {"zhetrd_", "ZHETRD", 9, call_zhetrd_3},
    {"sorgtr_", "SORGTR", 1, call_sorgtr_0},
    {"sorgtr_", "SORGTR", 2, call_sorgtr_1},
    {"sorgtr_", "SORGTR", 4, call_sorgtr_2},
    {"sorgtr_", "SORGTR", 7, call_sorgtr_3},
    {"dorgtr_", "DORGTR", 1, call_dorgtr_0},
    {"dorgtr_", "DORGTR", 2, call_dorgtr_1},
    {"dorgtr_", "DORGTR", 4, call_dorgtr_2},
    {"dorgtr_", "DORGTR", 7, call_dorgtr_3},
    {"cungtr_", "CUNGTR", 1, call_cungtr_0},
    {"cungtr_", "CUNGTR", 2, call_cungtr_1},
    {"cungtr_", "CUNGTR", 4, call_cungtr_2},
    {"cungtr_", "CUNGTR", 7, call_cungtr_3},
    {"zungtr_", "ZUNGTR", 1, call_zungtr_0},
    {"zungtr_", "ZUNGTR", 2, call_zungtr_1},
    {"zungtr_", "ZUNGTR", 4, call_zungtr_2},
    {"zungtr_", "ZUNGTR", 7, call_zungtr_3},
    {"sormtr_", "SORMTR", 1, call_sormtr_0},
    {"sormtr_", "SORMTR", 2, call_sormtr_1},
    {"sormtr_", "SORMTR", 3, call_sormtr_2},
    {"sormtr_", "SORMTR", 4, call_sormtr_3},
    {"sormtr_", "SORMTR", 5, call_sormtr_4},
    {"sormtr_", "SORMTR", 7, call_sormtr_5},
    {"sormtr_", "SORMTR", 10, call_sormtr_6},
    {"sormtr_", "SORMTR", 12, call_sormtr_7},
    {"dormtr_", "DORMTR", 1, call_dormtr_0},
    {"dormtr_", "DORMTR", 2, call_dormtr_1},
    {"dormtr_", "DORMTR", 3, call_dormtr_2},
    {"dormtr_", "DORMTR", 4, call_dormtr_3},
    {"dormtr_", "DORMTR", 5, call_dormtr_4},
    {"dormtr_", "DORMTR", 7, call_dormtr_5},
    {"dormtr_", "DORMTR", 10, call_dormtr_6},
    {"dormtr_", "DORMTR", 12, call_dormtr_7},
    {"cunmtr_", "CUNMTR", 1, call_cunmtr_0},
    {"cunmtr_", "CUNMTR", 2, call_cunmtr_1},
    {"cunmtr_", "CUNMTR", 3, call_cunmtr_2},
    {"cunmtr_", "CUNMTR", 4, call_cunmtr_3},
    {"cunmtr_", "CUNMTR", 5, call_cunmtr_4},
    {"cunmtr_", "CUNMTR", 7, call_cunmtr_5},
    {"cunmtr_", "CUNMTR", 10, call_cunmtr_6},
    {"cunmtr_", "CUNMTR", 12, call_cunmtr_7},
    {"zunmtr_", "ZUNMTR", 1, call_zunmtr_0},
    {"zunmtr_", "ZUNMTR", 2, call_zunmtr_1},
    {"zunmtr_", "ZUNMTR", 3, call_zunmtr_2},
    {"zunmtr_", "ZUNMTR", 4, call_zunmtr_3},
    {"zunmtr_", "ZUNMTR", 5, call_zunmtr_4},
    {"zunmtr_", "ZUNMTR", 7, call_zunmtr_5},
    {"zunmtr_", "ZUNMTR", 10, call_zunmtr_6},
    {"zunmtr_", "ZUNMTR", 12, call_zunmtr_7},
    {"ssyev_", "SSYEV", 1, call_ssyev_0},
    {"ssyev_", "SSYEV", 2, call_ssyev_1},
    {"ssyev_", "SSYEV", 3, call_ssyev_2},
    {"ssyev_", "SSYEV", 5, call_ssyev_3},
    {"ssyev_", "SSYEV", 8, call_ssyev_4},
    {"dsyev_", "DSYEV", 1, call_dsyev_0},
    {"dsyev_", "DSYEV", 2, call_dsyev_1},
    {"dsyev_", "DSYEV", 3, call_dsyev_2},
    {"dsyev_", "DSYEV", 5, call_dsyev_3},
    {"dsyev_", "DSYEV", 8, call_dsyev_4},
    {"cheev_", "CHEEV", 1, call_cheev_0},
    {"cheev_", "CHEEV", 2, call_cheev_1},
    {"cheev_", "CHEEV", 3, call_cheev_2},
    {"cheev_", "CHEEV", 5, call_cheev_3},
    {"cheev_", "CHEEV", 8, call_cheev_4},
    {"zheev_", "ZHEEV", 1, call_zheev_0},
    {"zheev_", "ZHEEV", 2, call_zheev_1},
    {"zheev_", "ZHEEV", 3, call_zheev_2},
    {"zheev_", "ZHEEV", 5, call_zheev_3},
    {"zheev_", "ZHEEV", 8, call_zheev_4},
    {"ssyevd_", "SSYEVD", 1, call_ssyevd_0},
    {"ssyevd_", "SSYEVD", 2, call_ssyevd_1},
    {"ssyevd_", "SSYEVD", 3, call_ssyevd_2},
    {"ssyevd_", "SSYEVD", 5, call_ssyevd_3},
    {"ssyevd_", "SSYEVD", 8, call_ssyevd_4},
    {"ssyevd_", "SSYEVD", 10, call_ssyevd_5},
    {"dsyevd_", "DSYEVD", 1, call_dsyevd_0},
    {"dsyevd_", "DSYEVD", 2, call_dsyevd_1},
    {"dsyevd_", "DSYEVD", 3, call_dsyevd_2},
    {"dsyevd_", "DSYEVD", 5, call_dsyevd_3},
    {"dsyevd_", "DSYEVD", 8, call_dsyevd_4},
    {"dsyevd_", "DSYEVD", 10, call_dsyevd_5},
    {"cheevd_", "CHEEVD", 1, call_cheevd_0},
    {"cheevd_", "CHEEVD", 2, call_cheevd_1},
    {"cheevd_", "CHEEVD", 3, call_cheevd_2},
    {"cheevd_", "CHEEVD", 5, call_cheevd_3},
    {"cheevd_", "CHEEVD", 8, call_cheevd_4},
    {"cheevd_", "CHEEVD", 10, call_cheevd_5},
    {"cheevd_", "CHEEVD", 12, call_cheevd_6},
    {"zheevd_", "ZHEEVD", 1, call_zheevd_0},
    {"zheevd_", "ZHEEVD", 2, call_zheevd_1},
    {"zheevd_", "ZHEEVD", 3, call_zheevd_2},
    {"zheevd_", "ZHEEVD", 5, call_zheevd_3},
    {"zheevd_", "ZHEEVD", 8, call_zheevd_4},
    {"zheevd_", "ZHEEVD", 10, call_zheevd_5},
    {"zheevd_", "ZHEEVD", 12, call_zheevd_6},
    {"sgebd2_", "SGEBD2", 1, call_sgebd2_0},
    {"sgebd2_", "SGEBD2", 2, call_sgebd2_1},
    {"sgebd2_", "SGEBD2", 4, call_sgebd2_2},
    {"dgebd2_", "DGEBD2", 1, call_dgebd2_0},
    {"dgebd2_", "DGEBD2", 2, call_dgebd2_1},
    {"dgebd2_", "DGEBD2", 4, call_dgebd2_2},
    {"cgebd2_", "CGEBD2", 1, call_cgebd2_0},
    {"cgebd2_", "CGEBD2", 2, call_cgebd2_1},
    {"cgebd2_", "CGEBD2", 4, call_cgebd2_2},
    {"zgebd2_", "ZGEBD2", 1, call_zgebd2_0},
    {"zgebd2_", "ZGEBD2", 2, call_zgebd2_1},
    {"zgebd2_", "ZGEBD2", 4, call_zgebd2_2},
    {"sgebrd_", "SGEBRD", 1, call_sgebrd_0},
    {"sgebrd_", "SGEBRD", 2, call_sgebrd_1},
    {"sgebrd_", "SGEBRD", 4, call_sgebrd_2},
    {"sgebrd_", "SGEBRD", 10, call_sgebrd_3},
    {"dgebrd_", "DGEBRD", 1, call_dgebrd_0},
    {"dgebrd_", "DGEBRD", 2, call_dgebrd_1},
    {"dgebrd_", "DGEBRD", 4, call_dgebrd_2},
    {"dgebrd_", "DGEBRD", 10, call_dgebrd_3},
    {"cgebrd_", "CGEBRD", 1, call_cgebrd_0},
    {"cgebrd_", "CGEBRD", 2, call_cgebrd_1},
    {"cgebrd_", "CGEBRD", 4, call_cgebrd_2},
    {"cgebrd_", "CGEBRD", 10, call_cgebrd_3},
    {"zgebrd_", "ZGEBRD", 1, call_zgebrd_0},
    {"zgebrd_", "ZGEBRD", 2, call_zgebrd_1},
    {"zgebrd_", "ZGEBRD", 4, call_zgebrd_2},
    {"zgebrd_", "ZGEBRD", 10, call_zgebrd_3},
    {"sorgbr_", "SORGBR", 1, call_sorgbr_0},
    {"sorgbr_", "SORGBR", 2, call_sorgbr_1},
    {"sorgbr_", "SORGBR", 3, call_sorgbr_2},
    {"sorgbr_", "SORGBR", 4, call_sorgbr_3},
    {"sorgbr_", "SORGBR", 6, call_sorgbr_4},
    {"sorgbr_", "SORGBR", 9, call_sorgbr_5},
    {"dorgbr_", "DORGBR", 1, call_dorgbr_0},
    {"dorgbr_", "DORGBR", 2, call_dorgbr_1},
    {"dorgbr_", "DORGBR", 3, call_dorgbr_2},
    {"dorgbr_", "DORGBR", 4, call_dorgbr_3},
    {"dorgbr_", "DORGBR", 6, call_dorgbr_4},
    {"dorgbr_", "DORGBR", 9, call_dorgbr_5},
    {"cungbr_", "CUNGBR", 1, call_cungbr_0},
    {"cungbr_", "CUNGBR", 2, call_cungbr_1},
    {"cungbr_", "CUNGBR", 3, call_cungbr_2},
    {"cungbr_", "CUNGBR", 4, call_cungbr_3},
    {"cungbr_", "CUNGBR", 6, call_cungbr_4},
    {"cungbr_", "CUNGBR", 9, call_cungbr_5},
    {"zungbr_", "ZUNGBR", 1, call_zungbr_0},
    {"zungbr_", "ZUNGBR", 2, call_zungbr_1},
    {"zungbr_", "ZUNGBR", 3, call_zungbr_2},
    {"zungbr_", "ZUNGBR", 4, call_zungbr_3},
    {"zungbr_", "ZUNGBR", 6, call_zungbr_4},
    {"zungbr_", "ZUNGBR", 9, call_zungbr_5},
    {"sormbr_", "SORMBR", 1, call_sormbr_0},
    {"sormbr_", "SORMBR", 2, call_sormbr_1},
    {"sormbr_", "SORMBR", 3, call_sormbr_2},
    {"sormbr_", "SORMBR", 4, call_sormbr_3},
    {"sormbr_", "SORMBR", 5, call_sormbr_4},
    {"sormbr_", "SORMBR", 6, call_sormbr_5},
    {"sormbr_", "SORMBR", 8, call_sormbr_6},
    {"sormbr_", "SORMBR", 11, call_sormbr_7},
    {"sormbr_", "SORMBR", 13, call_sormbr_8},
    {"dormbr_", "DORMBR", 1, call_dormbr_0},
    {"dormbr_", "DORMBR", 2, call_dormbr_1},
    {"dormbr_", "DORMBR", 3, call_dormbr_2},
    {"dormbr_", "DORMBR", 4, call_dormbr_3},
    {"dormbr_", "DORMBR", 5, call_dormbr_4},
    {"dormbr_", "DORMBR", 6, call_dormbr_5},
    {"dormbr_", "DORMBR", 8, call_dormbr_6},
    {"dormbr_", "DORMBR", 11, call_dormbr_7},
    {"dormbr_", "DORMBR", 13, call_dormbr_8},
    {"cunmbr_", "CUNMBR", 1, call_cunmbr_0},
    {"cunmbr_", "CUNMBR", 2, call_cunmbr_1},
    {"cunmbr_", "CUNMBR", 3, call_cunmbr_2},
    {"cunmbr_", "CUNMBR", 4, call_cunmbr_3},
    {"cunmbr_", "CUNMBR", 5, call_cunmbr_4},
    {"cunmbr_", "CUNMBR", 6, call_cunmbr_5},
    {"cunmbr_", "CUNMBR", 8, call_cunmbr_6},
    {"cunmbr_", "CUNMBR", 11, call_cunmbr_7},
    {"cunmbr_", "CUNMBR", 13, call_cunmbr_8},
    {"zunmbr_", "ZUNMBR", 1, call_zunmbr_0},
    {"zunmbr_", "ZUNMBR", 2, call_zunmbr_1},
    {"zunmbr_", "ZUNMBR", 3, call_zunmbr_2},
    {"zunmbr_", "ZUNMBR", 4, call_zunmbr_3},
    {"zunmbr_", "ZUNMBR", 5, call_zunmbr_4},
    {"zunmbr_", "ZUNMBR", 6, call_zunmbr_5},
    {"zunmbr_", "ZUNMBR", 8, call_zunmbr_6},
    {"zunmbr_", "ZUNMBR", 11, call_zunmbr_7},
    {"zunmbr_", "ZUNMBR", 13, call_zunmbr_8},
    {"sgesvd_", "SGESVD", 1, call_sgesvd_0},
    {"sgesvd_", "SGESVD", 2, call_sgesvd_1},
    {"sgesvd_", "SGESVD", 2, call_sgesvd_2},
    {"sgesvd_", "SGESVD", 3, call_sgesvd_3},
    {"sgesvd_", "SGESVD", 4, call_sgesvd_4},
    {"sgesvd_", "SGESVD", 6, call_sgesvd_5},
    {"sgesvd_", "SGESVD", 9, call_sgesvd_6},
    {"sgesvd_", "SGESVD", 11, call_sgesvd_7},
    {"sgesvd_", "SGESVD", 13, call_sgesvd_8},
    {"dgesvd_", "DGESVD", 1, call_dgesvd_0},
    {"dgesvd_", "DGESVD", 2, call_dgesvd_1},
    {"dgesvd_", "DGESVD", 2, call_dgesvd_2},
    {"dgesvd_", "DGESVD", 3, call_dgesvd_3},
    {"dgesvd_", "DGESVD", 4, call_dgesvd_4},
    {"dgesvd_", "DGESVD", 6, call_dgesvd_5},
    {"dgesvd_", "DGESVD", 9, call_dgesvd_6},
    {"dgesvd_", "DGESVD", 11, call_dgesvd_7},
    {"dgesvd_", "DGESVD", 13, call_dgesvd_8},
    {"cgesvd_", "CGESVD", 1, call_cgesvd_0},
    {"cgesvd_", "CGESVD", 2, call_cgesvd_1},
    {"cgesvd_", "CGESVD", 2, call_cgesvd_2},
    {"cgesvd_", "CGESVD", 3, call_cgesvd_3},
    {"cgesvd_", "CGESVD", 4, call_cgesvd_4},
    {"cgesvd_", "CGESVD", 6, call_cgesvd_5},
    {"cgesvd_", "CGESVD", 9, call_cgesvd_6},
    {"cgesvd_", "CGESVD", 11, call_cgesvd_7},
    {"cgesvd_", "CGESVD", 13, call_cgesvd_8},
    {"zgesvd_", "ZGESVD", 1, call_zgesvd_0},
    {"zgesvd_", "ZGESVD", 2, call_zgesvd_1},
    {"zgesvd_", "ZGESVD", 2, call_zgesvd_2},
    {"zgesvd_", "ZGESVD", 3, call_zgesvd_3},
    {"zgesvd_", "ZGESVD", 4, call_zgesvd_4},
    {"zgesvd_", "ZGESVD", 6, call_zgesvd_5},
    {"zgesvd_", "ZGESVD", 9, call_zgesvd_6},
    {"zgesvd_", "ZGESVD", 11, call_zgesvd_7},
    {"zgesvd_", "ZGESVD", 13, call_zgesvd_8},
    {"sgelss_", "SGELSS", 1, call_sgelss_0},
    {"sgelss_", "SGELSS", 2, call_sgelss_1},
    {"sgelss_", "SGELSS", 3, call_sgelss_2},
    {"sgelss_", "SGELSS", 5, call_sgelss_3},
    {"sgelss_", "SGELSS", 7, call_sgelss_4},
    {"sgelss_", "SGELSS", 12, call_sgelss_5},
    {"dgelss_", "DGELSS", 1, call_dgelss_0},
    {"dgelss_", "DGELSS", 2, call_dgelss_1},
    {"dgelss_", "DGELSS", 3, call_dgelss_2},
    {"dgelss_", "DGELSS", 5, call_dgelss_3},
    {"dgelss_", "DGELSS", 7, call_dgelss_4},
    {"dgelss_", "DGELSS", 12, call_dgelss_5},
    {"cgelss_", "CGELSS", 1, call_cgelss_0},
    {"cgelss_", "CGELSS", 2, call_cgelss_1},
    {"cgelss_", "CGELSS", 3, call_cgelss_2},
    {"cgelss_", "CGELSS", 5, call_cgelss_3},
    {"cgelss_", "CGELSS", 7, call_cgelss_4},
    {"cgelss_", "CGELSS", 12, call_cgelss_5},
    {"zgelss_", "ZGELSS", 1, call_zgelss_0},
    {"zgelss_", "ZGELSS", 2, call_zgelss_1},
    {"zgelss_", "ZGELSS", 3, call_zgelss_2},
    {"zgelss_", "ZGELSS", 5, call_zgelss_3},
    {"zgelss_", "ZGELSS", 7, call_zgelss_4},
    {"zgelss_", "ZGELSS", 12, call_zgelss_5},
    {"sbdsdc_", "SBDSDC", 1, call_sbdsdc_0},
    {"sbdsdc_", "SBDSDC", 2, call_sbdsdc_1},
    {"sbdsdc_", "SBDSDC", 3, call_sbdsdc_2},
    {"sbdsdc_", "SBDSDC", 7, call_sbdsdc_3},
    {"sbdsdc_", "SBDSDC", 9, call_sbdsdc_4},
    {"dbdsdc_", "DBDSDC", 1, call_dbdsdc_0},
    {"dbdsdc_", "DBDSDC", 2, call_dbdsdc_1},
    {"dbdsdc_", "DBDSDC", 3, call_dbdsdc_2},
    {"dbdsdc_", "DBDSDC", 7, call_dbdsdc_3},
    {"dbdsdc_", "DBDSDC", 9, call_dbdsdc_4},
    {"slasdq_", "SLASDQ", 1, call_slasdq_0},
    {"slasdq_", "SLASDQ", 2, call_slasdq_1},
    {"slasdq_", "SLASDQ", 3, call_slasdq_2},
    {"slasdq_", "SLASDQ", 4, call_slasdq_3},
    {"slasdq_", "SLASDQ", 5, call_slasdq_4},
    {"slasdq_", "SLASDQ", 6, call_slasdq_5},
    {"slasdq_", "SLASDQ", 10, call_slasdq_6},
    {"slasdq_", "SLASDQ", 12, call_slasdq_7},
    {"slasdq_", "SLASDQ", 14, call_slasdq_8},
    {"dlasdq_", "DLASDQ", 1, call_dlasdq_0},
    {"dlasdq_", "DLASDQ", 2, call_dlasdq_1},
    {"dlasdq_", "DLASDQ", 3, call_dlasdq_2},
    {"dlasdq_", "DLASDQ", 4, call_dlasdq_3},
    {"dlasdq_", "DLASDQ", 5, call_dlasdq_4},
    {"dlasdq_", "DLASDQ", 6, call_dlasdq_5},
    {"dlasdq_", "DLASDQ", 10, call_dlasdq_6},
    {"dlasdq_", "DLASDQ", 12, call_dlasdq_7},
    {"dlasdq_", "DLASDQ", 14, call_dlasdq_8},
    {"sgesdd_", "SGESDD", 1, call_sgesdd_0},
    {"sgesdd_", "SGESDD", 2, call_sgesdd_1},
    {"sgesdd_", "SGESDD", 3, call_sgesdd_2},
    {"sgesdd_", "SGESDD", 5, call_sgesdd_3},
    {"sgesdd_", "SGESDD", 8, call_sgesdd_4},
    {"sgesdd_", "SGESDD", 10, call_sgesdd_5},
    {"sgesdd_", "SGESDD", 12, call_sgesdd_6},
    {"dgesdd_", "DGESDD", 1, call_dgesdd_0},
    {"dgesdd_", "DGESDD", 2, call_dgesdd_1},
    {"dgesdd_", "DGESDD", 3, call_dgesdd_2},
    {"dgesdd_", "DGESDD", 5, call_dgesdd_3},
    {"dgesdd_", "DGESDD", 8, call_dgesdd_4},
    {"dgesdd_", "DGESDD", 10, call_dgesdd_5},
    {"dgesdd_", "DGESDD", 12, call_dgesdd_6},
    {"cgesdd_", "CGESDD", 1, call_cgesdd_0},
    {"cgesdd_", "CGESDD", 2, call_cgesdd_1},
    {"cgesdd_", "CGESDD", 3, call_cgesdd_2},
    {"cgesdd_", "CGESDD", 5, call_cgesdd_3},
    {"cgesdd_", "CGESDD", 8, call_cgesdd_4},
    {"cgesdd_", "CGESDD", 10, call_cgesdd_5},
    {"cgesdd_", "CGESDD", 12, call_cgesdd_6},
    {"zgesdd_", "ZGESDD", 1, call_zgesdd_0},
    {"zgesdd_", "ZGESDD", 2, call_zgesdd_1},
    {"zgesdd_", "ZGESDD", 3, call_zgesdd_2},
    {"zgesdd_", "ZGESDD", 5, call_zgesdd_3},
    {"zgesdd_", "ZGESDD", 8, call_zgesdd_4},
    {"zgesdd_", "ZGESDD", 10, call_zgesdd_5},
    {"zgesdd_", "ZGESDD", 12, call_zgesdd_6},
};

static int run(void *lib, const char *which, const struct bad_case *c, int check_writes) {
    void *fn = dlsym(lib, c->symbol);
    if (!fn) { printf("FAIL %s: %s does not export %s\n", c->symbol, which, c->symbol); return 1; }
    fill();
    heard_calls = 0;
    heard_info = 0;
    heard_name[0] = 0;
    c->call(fn);
    int bad = heard_calls != 1 || heard_info != c->param || strcmp(heard_name, c->srname) != 0;
    if (bad)
        printf("FAIL %s on %s: expected %s parameter %d, heard %d call(s), last %s %d\n", c->symbol, which,
               c->srname, c->param, heard_calls, heard_name, heard_info);
    if (check_writes && !unchanged()) {
        printf("FAIL %s on %s: wrote to an array on a bad argument\n", c->symbol, which);
        bad = 1;
    }
    return bad;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s FERROBLAS_SO REFERENCE_LAPACK_SO\n", argv[0]); return 2; }
    void *ours = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    void *ref = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
    if (!ours || !ref) { fprintf(stderr, "dlopen: %s\n", dlerror()); return 2; }
    int n = sizeof cases / sizeof cases[0], failed = 0;
    for (int i = 0; i < n; i++) {
        failed += run(ours, "ferroblas", &cases[i], 1);
        failed += run(ref, "reference", &cases[i], 0);
    }
    printf("lapack_bad_args: %d cases, each on ferroblas and the reference: %d failures\n", n, failed);
    return failed != 0;
}
