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
