/*
 * lapack.h: the Fortran LAPACK symbols ferroblas exports, generated from
* capi/lapack.spec by `cargo xtask codegen`; do not edit.
 *
* Every argument is passed by reference; each CHARACTER argument adds a
* hidden length (size_t) at the end, which ferroblas never reads (pass 1).
* The `_64_` names take 64-bit integers (ILP64).
 */
#ifndef FERROBLAS_LAPACK_H
#define FERROBLAS_LAPACK_H

#include <stddef.h>
#include <stdint.h>

/* Integers are 32-bit in the standard (LP64) interface; the `64_` symbols
* take int64_t wherever these headers say so. */
#ifndef lapack_int
#define lapack_int int32_t
#endif

#ifndef lapack_logical
#define lapack_logical lapack_int
#endif

/* Complex numbers: C99 `float _Complex` / `double _Complex` in C and
* std::complex in C++, both laid out as (real, imaginary). A program may
* define lapack_complex_float / lapack_complex_double itself, before
* including this header, to any type with that layout. */
#ifndef lapack_complex_float
#ifdef __cplusplus
#include <complex>
#define lapack_complex_float std::complex<float>
#else
#include <complex.h>
#define lapack_complex_float float _Complex
#endif
#endif

#ifndef lapack_complex_double
#ifdef __cplusplus
#include <complex>
#define lapack_complex_double std::complex<double>
#else
#include <complex.h>
#define lapack_complex_double double _Complex
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

float slamch_(const char *cmach, size_t cmach_len);
double dlamch_(const char *cmach, size_t cmach_len);
float slamch_64_(const char *cmach, size_t cmach_len);
double dlamch_64_(const char *cmach, size_t cmach_len);
float slamc3_(const float *a, const float *b);
double dlamc3_(const double *a, const double *b);
float slamc3_64_(const float *a, const float *b);
double dlamc3_64_(const double *a, const double *b);
float slapy2_(const float *x, const float *y);
double dlapy2_(const double *x, const double *y);
float slapy2_64_(const float *x, const float *y);
double dlapy2_64_(const double *x, const double *y);
float slapy3_(const float *x, const float *y, const float *z);
double dlapy3_(const double *x, const double *y, const double *z);
float slapy3_64_(const float *x, const float *y, const float *z);
double dlapy3_64_(const double *x, const double *y, const double *z);
void sladiv_(const float *a, const float *b, const float *c, const float *d, float *p, float *q);
void dladiv_(const double *a, const double *b, const double *c, const double *d, double *p, double *q);
void sladiv_64_(const float *a, const float *b, const float *c, const float *d, float *p, float *q);
void dladiv_64_(const double *a, const double *b, const double *c, const double *d, double *p, double *q);
lapack_complex_float cladiv_(const lapack_complex_float *x, const lapack_complex_float *y);
lapack_complex_double zladiv_(const lapack_complex_double *x, const lapack_complex_double *y);
lapack_complex_float cladiv_64_(const lapack_complex_float *x, const lapack_complex_float *y);
lapack_complex_double zladiv_64_(const lapack_complex_double *x, const lapack_complex_double *y);
lapack_int sisnan_(const float *sin);
lapack_int disnan_(const double *sin);
int64_t sisnan_64_(const float *sin);
int64_t disnan_64_(const double *sin);
lapack_int slaisnan_(const float *sin1, const float *sin2);
lapack_int dlaisnan_(const double *sin1, const double *sin2);
int64_t slaisnan_64_(const float *sin1, const float *sin2);
int64_t dlaisnan_64_(const double *sin1, const double *sin2);
void slartg_(const float *f, const float *g, float *c, float *s, float *r);
void dlartg_(const double *f, const double *g, double *c, double *s, double *r);
void clartg_(const lapack_complex_float *f, const lapack_complex_float *g, float *c, lapack_complex_float *s, lapack_complex_float *r);
void zlartg_(const lapack_complex_double *f, const lapack_complex_double *g, double *c, lapack_complex_double *s, lapack_complex_double *r);
void slartg_64_(const float *f, const float *g, float *c, float *s, float *r);
void dlartg_64_(const double *f, const double *g, double *c, double *s, double *r);
void clartg_64_(const lapack_complex_float *f, const lapack_complex_float *g, float *c, lapack_complex_float *s, lapack_complex_float *r);
void zlartg_64_(const lapack_complex_double *f, const lapack_complex_double *g, double *c, lapack_complex_double *s, lapack_complex_double *r);
void slartgp_(const float *f, const float *g, float *cs, float *sn, float *r);
void dlartgp_(const double *f, const double *g, double *cs, double *sn, double *r);
void slartgp_64_(const float *f, const float *g, float *cs, float *sn, float *r);
void dlartgp_64_(const double *f, const double *g, double *cs, double *sn, double *r);
void slartgs_(const float *x, const float *y, const float *sigma, float *cs, float *sn);
void dlartgs_(const double *x, const double *y, const double *sigma, double *cs, double *sn);
void slartgs_64_(const float *x, const float *y, const float *sigma, float *cs, float *sn);
void dlartgs_64_(const double *x, const double *y, const double *sigma, double *cs, double *sn);
void slasr_(const char *side, const char *pivot, const char *direct, const lapack_int *m, const lapack_int *n, const float *c, const float *s, float *a, const lapack_int *lda, size_t side_len, size_t pivot_len, size_t direct_len);
void dlasr_(const char *side, const char *pivot, const char *direct, const lapack_int *m, const lapack_int *n, const double *c, const double *s, double *a, const lapack_int *lda, size_t side_len, size_t pivot_len, size_t direct_len);
void clasr_(const char *side, const char *pivot, const char *direct, const lapack_int *m, const lapack_int *n, const float *c, const float *s, lapack_complex_float *a, const lapack_int *lda, size_t side_len, size_t pivot_len, size_t direct_len);
void zlasr_(const char *side, const char *pivot, const char *direct, const lapack_int *m, const lapack_int *n, const double *c, const double *s, lapack_complex_double *a, const lapack_int *lda, size_t side_len, size_t pivot_len, size_t direct_len);
void slasr_64_(const char *side, const char *pivot, const char *direct, const int64_t *m, const int64_t *n, const float *c, const float *s, float *a, const int64_t *lda, size_t side_len, size_t pivot_len, size_t direct_len);
void dlasr_64_(const char *side, const char *pivot, const char *direct, const int64_t *m, const int64_t *n, const double *c, const double *s, double *a, const int64_t *lda, size_t side_len, size_t pivot_len, size_t direct_len);
void clasr_64_(const char *side, const char *pivot, const char *direct, const int64_t *m, const int64_t *n, const float *c, const float *s, lapack_complex_float *a, const int64_t *lda, size_t side_len, size_t pivot_len, size_t direct_len);
void zlasr_64_(const char *side, const char *pivot, const char *direct, const int64_t *m, const int64_t *n, const double *c, const double *s, lapack_complex_double *a, const int64_t *lda, size_t side_len, size_t pivot_len, size_t direct_len);
void crot_(const lapack_int *n, lapack_complex_float *cx, const lapack_int *incx, lapack_complex_float *cy, const lapack_int *incy, const float *c, const lapack_complex_float *s);
void zrot_(const lapack_int *n, lapack_complex_double *cx, const lapack_int *incx, lapack_complex_double *cy, const lapack_int *incy, const double *c, const lapack_complex_double *s);
void crot_64_(const int64_t *n, lapack_complex_float *cx, const int64_t *incx, lapack_complex_float *cy, const int64_t *incy, const float *c, const lapack_complex_float *s);
void zrot_64_(const int64_t *n, lapack_complex_double *cx, const int64_t *incx, lapack_complex_double *cy, const int64_t *incy, const double *c, const lapack_complex_double *s);
void clacrt_(const lapack_int *n, lapack_complex_float *cx, const lapack_int *incx, lapack_complex_float *cy, const lapack_int *incy, const lapack_complex_float *c, const lapack_complex_float *s);
void zlacrt_(const lapack_int *n, lapack_complex_double *cx, const lapack_int *incx, lapack_complex_double *cy, const lapack_int *incy, const lapack_complex_double *c, const lapack_complex_double *s);
void clacrt_64_(const int64_t *n, lapack_complex_float *cx, const int64_t *incx, lapack_complex_float *cy, const int64_t *incy, const lapack_complex_float *c, const lapack_complex_float *s);
void zlacrt_64_(const int64_t *n, lapack_complex_double *cx, const int64_t *incx, lapack_complex_double *cy, const int64_t *incy, const lapack_complex_double *c, const lapack_complex_double *s);
void slassq_(const lapack_int *n, const float *x, const lapack_int *incx, float *scale, float *sumsq);
void dlassq_(const lapack_int *n, const double *x, const lapack_int *incx, double *scale, double *sumsq);
void classq_(const lapack_int *n, const lapack_complex_float *x, const lapack_int *incx, float *scale, float *sumsq);
void zlassq_(const lapack_int *n, const lapack_complex_double *x, const lapack_int *incx, double *scale, double *sumsq);
void slassq_64_(const int64_t *n, const float *x, const int64_t *incx, float *scale, float *sumsq);
void dlassq_64_(const int64_t *n, const double *x, const int64_t *incx, double *scale, double *sumsq);
void classq_64_(const int64_t *n, const lapack_complex_float *x, const int64_t *incx, float *scale, float *sumsq);
void zlassq_64_(const int64_t *n, const lapack_complex_double *x, const int64_t *incx, double *scale, double *sumsq);
void clacgv_(const lapack_int *n, lapack_complex_float *x, const lapack_int *incx);
void zlacgv_(const lapack_int *n, lapack_complex_double *x, const lapack_int *incx);
void clacgv_64_(const int64_t *n, lapack_complex_float *x, const int64_t *incx);
void zlacgv_64_(const int64_t *n, lapack_complex_double *x, const int64_t *incx);
void srscl_(const lapack_int *n, const float *sa, float *sx, const lapack_int *incx);
void drscl_(const lapack_int *n, const double *sa, double *sx, const lapack_int *incx);
void csrscl_(const lapack_int *n, const float *sa, lapack_complex_float *sx, const lapack_int *incx);
void zdrscl_(const lapack_int *n, const double *sa, lapack_complex_double *sx, const lapack_int *incx);
void srscl_64_(const int64_t *n, const float *sa, float *sx, const int64_t *incx);
void drscl_64_(const int64_t *n, const double *sa, double *sx, const int64_t *incx);
void csrscl_64_(const int64_t *n, const float *sa, lapack_complex_float *sx, const int64_t *incx);
void zdrscl_64_(const int64_t *n, const double *sa, lapack_complex_double *sx, const int64_t *incx);
lapack_int icmax1_(const lapack_int *n, const lapack_complex_float *cx, const lapack_int *incx);
lapack_int izmax1_(const lapack_int *n, const lapack_complex_double *cx, const lapack_int *incx);
int64_t icmax1_64_(const int64_t *n, const lapack_complex_float *cx, const int64_t *incx);
int64_t izmax1_64_(const int64_t *n, const lapack_complex_double *cx, const int64_t *incx);
float scsum1_(const lapack_int *n, const lapack_complex_float *cx, const lapack_int *incx);
double dzsum1_(const lapack_int *n, const lapack_complex_double *cx, const lapack_int *incx);
float scsum1_64_(const int64_t *n, const lapack_complex_float *cx, const int64_t *incx);
double dzsum1_64_(const int64_t *n, const lapack_complex_double *cx, const int64_t *incx);
void slasrt_(const char *id, const lapack_int *n, float *d, lapack_int *info, size_t id_len);
void dlasrt_(const char *id, const lapack_int *n, double *d, lapack_int *info, size_t id_len);
void slasrt_64_(const char *id, const int64_t *n, float *d, int64_t *info, size_t id_len);
void dlasrt_64_(const char *id, const int64_t *n, double *d, int64_t *info, size_t id_len);
void slarnv_(const lapack_int *idist, lapack_int *iseed, const lapack_int *n, float *x);
void dlarnv_(const lapack_int *idist, lapack_int *iseed, const lapack_int *n, double *x);
void clarnv_(const lapack_int *idist, lapack_int *iseed, const lapack_int *n, lapack_complex_float *x);
void zlarnv_(const lapack_int *idist, lapack_int *iseed, const lapack_int *n, lapack_complex_double *x);
void slarnv_64_(const int64_t *idist, int64_t *iseed, const int64_t *n, float *x);
void dlarnv_64_(const int64_t *idist, int64_t *iseed, const int64_t *n, double *x);
void clarnv_64_(const int64_t *idist, int64_t *iseed, const int64_t *n, lapack_complex_float *x);
void zlarnv_64_(const int64_t *idist, int64_t *iseed, const int64_t *n, lapack_complex_double *x);
void slaruv_(lapack_int *iseed, const lapack_int *n, float *x);
void dlaruv_(lapack_int *iseed, const lapack_int *n, double *x);
void slaruv_64_(int64_t *iseed, const int64_t *n, float *x);
void dlaruv_64_(int64_t *iseed, const int64_t *n, double *x);
void slacpy_(const char *uplo, const lapack_int *m, const lapack_int *n, const float *a, const lapack_int *lda, float *b, const lapack_int *ldb, size_t uplo_len);
void dlacpy_(const char *uplo, const lapack_int *m, const lapack_int *n, const double *a, const lapack_int *lda, double *b, const lapack_int *ldb, size_t uplo_len);
void clacpy_(const char *uplo, const lapack_int *m, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda, lapack_complex_float *b, const lapack_int *ldb, size_t uplo_len);
void zlacpy_(const char *uplo, const lapack_int *m, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, lapack_complex_double *b, const lapack_int *ldb, size_t uplo_len);
void slacpy_64_(const char *uplo, const int64_t *m, const int64_t *n, const float *a, const int64_t *lda, float *b, const int64_t *ldb, size_t uplo_len);
void dlacpy_64_(const char *uplo, const int64_t *m, const int64_t *n, const double *a, const int64_t *lda, double *b, const int64_t *ldb, size_t uplo_len);
void clacpy_64_(const char *uplo, const int64_t *m, const int64_t *n, const lapack_complex_float *a, const int64_t *lda, lapack_complex_float *b, const int64_t *ldb, size_t uplo_len);
void zlacpy_64_(const char *uplo, const int64_t *m, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, lapack_complex_double *b, const int64_t *ldb, size_t uplo_len);
void clacp2_(const char *uplo, const lapack_int *m, const lapack_int *n, const float *a, const lapack_int *lda, lapack_complex_float *b, const lapack_int *ldb, size_t uplo_len);
void zlacp2_(const char *uplo, const lapack_int *m, const lapack_int *n, const double *a, const lapack_int *lda, lapack_complex_double *b, const lapack_int *ldb, size_t uplo_len);
void clacp2_64_(const char *uplo, const int64_t *m, const int64_t *n, const float *a, const int64_t *lda, lapack_complex_float *b, const int64_t *ldb, size_t uplo_len);
void zlacp2_64_(const char *uplo, const int64_t *m, const int64_t *n, const double *a, const int64_t *lda, lapack_complex_double *b, const int64_t *ldb, size_t uplo_len);
void slaset_(const char *uplo, const lapack_int *m, const lapack_int *n, const float *alpha, const float *beta, float *a, const lapack_int *lda, size_t uplo_len);
void dlaset_(const char *uplo, const lapack_int *m, const lapack_int *n, const double *alpha, const double *beta, double *a, const lapack_int *lda, size_t uplo_len);
void claset_(const char *uplo, const lapack_int *m, const lapack_int *n, const lapack_complex_float *alpha, const lapack_complex_float *beta, lapack_complex_float *a, const lapack_int *lda, size_t uplo_len);
void zlaset_(const char *uplo, const lapack_int *m, const lapack_int *n, const lapack_complex_double *alpha, const lapack_complex_double *beta, lapack_complex_double *a, const lapack_int *lda, size_t uplo_len);
void slaset_64_(const char *uplo, const int64_t *m, const int64_t *n, const float *alpha, const float *beta, float *a, const int64_t *lda, size_t uplo_len);
void dlaset_64_(const char *uplo, const int64_t *m, const int64_t *n, const double *alpha, const double *beta, double *a, const int64_t *lda, size_t uplo_len);
void claset_64_(const char *uplo, const int64_t *m, const int64_t *n, const lapack_complex_float *alpha, const lapack_complex_float *beta, lapack_complex_float *a, const int64_t *lda, size_t uplo_len);
void zlaset_64_(const char *uplo, const int64_t *m, const int64_t *n, const lapack_complex_double *alpha, const lapack_complex_double *beta, lapack_complex_double *a, const int64_t *lda, size_t uplo_len);
void slascl_(const char *kind, const lapack_int *kl, const lapack_int *ku, const float *cfrom, const float *cto, const lapack_int *m, const lapack_int *n, float *a, const lapack_int *lda, lapack_int *info, size_t kind_len);
void dlascl_(const char *kind, const lapack_int *kl, const lapack_int *ku, const double *cfrom, const double *cto, const lapack_int *m, const lapack_int *n, double *a, const lapack_int *lda, lapack_int *info, size_t kind_len);
void clascl_(const char *kind, const lapack_int *kl, const lapack_int *ku, const float *cfrom, const float *cto, const lapack_int *m, const lapack_int *n, lapack_complex_float *a, const lapack_int *lda, lapack_int *info, size_t kind_len);
void zlascl_(const char *kind, const lapack_int *kl, const lapack_int *ku, const double *cfrom, const double *cto, const lapack_int *m, const lapack_int *n, lapack_complex_double *a, const lapack_int *lda, lapack_int *info, size_t kind_len);
void slascl_64_(const char *kind, const int64_t *kl, const int64_t *ku, const float *cfrom, const float *cto, const int64_t *m, const int64_t *n, float *a, const int64_t *lda, int64_t *info, size_t kind_len);
void dlascl_64_(const char *kind, const int64_t *kl, const int64_t *ku, const double *cfrom, const double *cto, const int64_t *m, const int64_t *n, double *a, const int64_t *lda, int64_t *info, size_t kind_len);
void clascl_64_(const char *kind, const int64_t *kl, const int64_t *ku, const float *cfrom, const float *cto, const int64_t *m, const int64_t *n, lapack_complex_float *a, const int64_t *lda, int64_t *info, size_t kind_len);
void zlascl_64_(const char *kind, const int64_t *kl, const int64_t *ku, const double *cfrom, const double *cto, const int64_t *m, const int64_t *n, lapack_complex_double *a, const int64_t *lda, int64_t *info, size_t kind_len);
void slaswp_(const lapack_int *n, float *a, const lapack_int *lda, const lapack_int *k1, const lapack_int *k2, const lapack_int *ipiv, const lapack_int *incx);
void dlaswp_(const lapack_int *n, double *a, const lapack_int *lda, const lapack_int *k1, const lapack_int *k2, const lapack_int *ipiv, const lapack_int *incx);
void claswp_(const lapack_int *n, lapack_complex_float *a, const lapack_int *lda, const lapack_int *k1, const lapack_int *k2, const lapack_int *ipiv, const lapack_int *incx);
void zlaswp_(const lapack_int *n, lapack_complex_double *a, const lapack_int *lda, const lapack_int *k1, const lapack_int *k2, const lapack_int *ipiv, const lapack_int *incx);
void slaswp_64_(const int64_t *n, float *a, const int64_t *lda, const int64_t *k1, const int64_t *k2, const int64_t *ipiv, const int64_t *incx);
void dlaswp_64_(const int64_t *n, double *a, const int64_t *lda, const int64_t *k1, const int64_t *k2, const int64_t *ipiv, const int64_t *incx);
void claswp_64_(const int64_t *n, lapack_complex_float *a, const int64_t *lda, const int64_t *k1, const int64_t *k2, const int64_t *ipiv, const int64_t *incx);
void zlaswp_64_(const int64_t *n, lapack_complex_double *a, const int64_t *lda, const int64_t *k1, const int64_t *k2, const int64_t *ipiv, const int64_t *incx);
void slapmt_(const lapack_int *forwrd, const lapack_int *m, const lapack_int *n, float *x, const lapack_int *ldx, lapack_int *k);
void dlapmt_(const lapack_int *forwrd, const lapack_int *m, const lapack_int *n, double *x, const lapack_int *ldx, lapack_int *k);
void clapmt_(const lapack_int *forwrd, const lapack_int *m, const lapack_int *n, lapack_complex_float *x, const lapack_int *ldx, lapack_int *k);
void zlapmt_(const lapack_int *forwrd, const lapack_int *m, const lapack_int *n, lapack_complex_double *x, const lapack_int *ldx, lapack_int *k);
void slapmt_64_(const int64_t *forwrd, const int64_t *m, const int64_t *n, float *x, const int64_t *ldx, int64_t *k);
void dlapmt_64_(const int64_t *forwrd, const int64_t *m, const int64_t *n, double *x, const int64_t *ldx, int64_t *k);
void clapmt_64_(const int64_t *forwrd, const int64_t *m, const int64_t *n, lapack_complex_float *x, const int64_t *ldx, int64_t *k);
void zlapmt_64_(const int64_t *forwrd, const int64_t *m, const int64_t *n, lapack_complex_double *x, const int64_t *ldx, int64_t *k);
void slapmr_(const lapack_int *forwrd, const lapack_int *m, const lapack_int *n, float *x, const lapack_int *ldx, lapack_int *k);
void dlapmr_(const lapack_int *forwrd, const lapack_int *m, const lapack_int *n, double *x, const lapack_int *ldx, lapack_int *k);
void clapmr_(const lapack_int *forwrd, const lapack_int *m, const lapack_int *n, lapack_complex_float *x, const lapack_int *ldx, lapack_int *k);
void zlapmr_(const lapack_int *forwrd, const lapack_int *m, const lapack_int *n, lapack_complex_double *x, const lapack_int *ldx, lapack_int *k);
void slapmr_64_(const int64_t *forwrd, const int64_t *m, const int64_t *n, float *x, const int64_t *ldx, int64_t *k);
void dlapmr_64_(const int64_t *forwrd, const int64_t *m, const int64_t *n, double *x, const int64_t *ldx, int64_t *k);
void clapmr_64_(const int64_t *forwrd, const int64_t *m, const int64_t *n, lapack_complex_float *x, const int64_t *ldx, int64_t *k);
void zlapmr_64_(const int64_t *forwrd, const int64_t *m, const int64_t *n, lapack_complex_double *x, const int64_t *ldx, int64_t *k);
lapack_int ilaslr_(const lapack_int *m, const lapack_int *n, const float *a, const lapack_int *lda);
lapack_int iladlr_(const lapack_int *m, const lapack_int *n, const double *a, const lapack_int *lda);
lapack_int ilaclr_(const lapack_int *m, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda);
lapack_int ilazlr_(const lapack_int *m, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda);
int64_t ilaslr_64_(const int64_t *m, const int64_t *n, const float *a, const int64_t *lda);
int64_t iladlr_64_(const int64_t *m, const int64_t *n, const double *a, const int64_t *lda);
int64_t ilaclr_64_(const int64_t *m, const int64_t *n, const lapack_complex_float *a, const int64_t *lda);
int64_t ilazlr_64_(const int64_t *m, const int64_t *n, const lapack_complex_double *a, const int64_t *lda);
lapack_int ilaslc_(const lapack_int *m, const lapack_int *n, const float *a, const lapack_int *lda);
lapack_int iladlc_(const lapack_int *m, const lapack_int *n, const double *a, const lapack_int *lda);
lapack_int ilaclc_(const lapack_int *m, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda);
lapack_int ilazlc_(const lapack_int *m, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda);
int64_t ilaslc_64_(const int64_t *m, const int64_t *n, const float *a, const int64_t *lda);
int64_t iladlc_64_(const int64_t *m, const int64_t *n, const double *a, const int64_t *lda);
int64_t ilaclc_64_(const int64_t *m, const int64_t *n, const lapack_complex_float *a, const int64_t *lda);
int64_t ilazlc_64_(const int64_t *m, const int64_t *n, const lapack_complex_double *a, const int64_t *lda);
void clacrm_(const lapack_int *m, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda, const float *b, const lapack_int *ldb, lapack_complex_float *c, const lapack_int *ldc, float *rwork);
void zlacrm_(const lapack_int *m, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, const double *b, const lapack_int *ldb, lapack_complex_double *c, const lapack_int *ldc, double *rwork);
void clacrm_64_(const int64_t *m, const int64_t *n, const lapack_complex_float *a, const int64_t *lda, const float *b, const int64_t *ldb, lapack_complex_float *c, const int64_t *ldc, float *rwork);
void zlacrm_64_(const int64_t *m, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, const double *b, const int64_t *ldb, lapack_complex_double *c, const int64_t *ldc, double *rwork);
void slag2d_(const lapack_int *m, const lapack_int *n, const float *a, const lapack_int *lda, double *b, const lapack_int *ldb, lapack_int *info);
void dlag2s_(const lapack_int *m, const lapack_int *n, const double *a, const lapack_int *lda, float *b, const lapack_int *ldb, lapack_int *info);
void clag2z_(const lapack_int *m, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda, lapack_complex_double *b, const lapack_int *ldb, lapack_int *info);
void zlag2c_(const lapack_int *m, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, lapack_complex_float *b, const lapack_int *ldb, lapack_int *info);
void slag2d_64_(const int64_t *m, const int64_t *n, const float *a, const int64_t *lda, double *b, const int64_t *ldb, int64_t *info);
void dlag2s_64_(const int64_t *m, const int64_t *n, const double *a, const int64_t *lda, float *b, const int64_t *ldb, int64_t *info);
void clag2z_64_(const int64_t *m, const int64_t *n, const lapack_complex_float *a, const int64_t *lda, lapack_complex_double *b, const int64_t *ldb, int64_t *info);
void zlag2c_64_(const int64_t *m, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, lapack_complex_float *b, const int64_t *ldb, int64_t *info);
void dlat2s_(const char *uplo, const lapack_int *n, const double *a, const lapack_int *lda, float *b, const lapack_int *ldb, lapack_int *info, size_t uplo_len);
void zlat2c_(const char *uplo, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, lapack_complex_float *b, const lapack_int *ldb, lapack_int *info, size_t uplo_len);
void dlat2s_64_(const char *uplo, const int64_t *n, const double *a, const int64_t *lda, float *b, const int64_t *ldb, int64_t *info, size_t uplo_len);
void zlat2c_64_(const char *uplo, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, lapack_complex_float *b, const int64_t *ldb, int64_t *info, size_t uplo_len);
float slange_(const char *norm, const lapack_int *m, const lapack_int *n, const float *a, const lapack_int *lda, float *work, size_t norm_len);
double dlange_(const char *norm, const lapack_int *m, const lapack_int *n, const double *a, const lapack_int *lda, double *work, size_t norm_len);
float clange_(const char *norm, const lapack_int *m, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda, float *work, size_t norm_len);
double zlange_(const char *norm, const lapack_int *m, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, double *work, size_t norm_len);
float slange_64_(const char *norm, const int64_t *m, const int64_t *n, const float *a, const int64_t *lda, float *work, size_t norm_len);
double dlange_64_(const char *norm, const int64_t *m, const int64_t *n, const double *a, const int64_t *lda, double *work, size_t norm_len);
float clange_64_(const char *norm, const int64_t *m, const int64_t *n, const lapack_complex_float *a, const int64_t *lda, float *work, size_t norm_len);
double zlange_64_(const char *norm, const int64_t *m, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, double *work, size_t norm_len);
float slanhs_(const char *norm, const lapack_int *n, const float *a, const lapack_int *lda, float *work, size_t norm_len);
double dlanhs_(const char *norm, const lapack_int *n, const double *a, const lapack_int *lda, double *work, size_t norm_len);
float clanhs_(const char *norm, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda, float *work, size_t norm_len);
double zlanhs_(const char *norm, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, double *work, size_t norm_len);
float slanhs_64_(const char *norm, const int64_t *n, const float *a, const int64_t *lda, float *work, size_t norm_len);
double dlanhs_64_(const char *norm, const int64_t *n, const double *a, const int64_t *lda, double *work, size_t norm_len);
float clanhs_64_(const char *norm, const int64_t *n, const lapack_complex_float *a, const int64_t *lda, float *work, size_t norm_len);
double zlanhs_64_(const char *norm, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, double *work, size_t norm_len);
float slansy_(const char *norm, const char *uplo, const lapack_int *n, const float *a, const lapack_int *lda, float *work, size_t norm_len, size_t uplo_len);
double dlansy_(const char *norm, const char *uplo, const lapack_int *n, const double *a, const lapack_int *lda, double *work, size_t norm_len, size_t uplo_len);
float clansy_(const char *norm, const char *uplo, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda, float *work, size_t norm_len, size_t uplo_len);
double zlansy_(const char *norm, const char *uplo, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, double *work, size_t norm_len, size_t uplo_len);
float slansy_64_(const char *norm, const char *uplo, const int64_t *n, const float *a, const int64_t *lda, float *work, size_t norm_len, size_t uplo_len);
double dlansy_64_(const char *norm, const char *uplo, const int64_t *n, const double *a, const int64_t *lda, double *work, size_t norm_len, size_t uplo_len);
float clansy_64_(const char *norm, const char *uplo, const int64_t *n, const lapack_complex_float *a, const int64_t *lda, float *work, size_t norm_len, size_t uplo_len);
double zlansy_64_(const char *norm, const char *uplo, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, double *work, size_t norm_len, size_t uplo_len);
float clanhe_(const char *norm, const char *uplo, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda, float *work, size_t norm_len, size_t uplo_len);
double zlanhe_(const char *norm, const char *uplo, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, double *work, size_t norm_len, size_t uplo_len);
float clanhe_64_(const char *norm, const char *uplo, const int64_t *n, const lapack_complex_float *a, const int64_t *lda, float *work, size_t norm_len, size_t uplo_len);
double zlanhe_64_(const char *norm, const char *uplo, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, double *work, size_t norm_len, size_t uplo_len);
float slantr_(const char *norm, const char *uplo, const char *diag, const lapack_int *m, const lapack_int *n, const float *a, const lapack_int *lda, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double dlantr_(const char *norm, const char *uplo, const char *diag, const lapack_int *m, const lapack_int *n, const double *a, const lapack_int *lda, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float clantr_(const char *norm, const char *uplo, const char *diag, const lapack_int *m, const lapack_int *n, const lapack_complex_float *a, const lapack_int *lda, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double zlantr_(const char *norm, const char *uplo, const char *diag, const lapack_int *m, const lapack_int *n, const lapack_complex_double *a, const lapack_int *lda, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float slantr_64_(const char *norm, const char *uplo, const char *diag, const int64_t *m, const int64_t *n, const float *a, const int64_t *lda, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double dlantr_64_(const char *norm, const char *uplo, const char *diag, const int64_t *m, const int64_t *n, const double *a, const int64_t *lda, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float clantr_64_(const char *norm, const char *uplo, const char *diag, const int64_t *m, const int64_t *n, const lapack_complex_float *a, const int64_t *lda, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double zlantr_64_(const char *norm, const char *uplo, const char *diag, const int64_t *m, const int64_t *n, const lapack_complex_double *a, const int64_t *lda, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float slangb_(const char *norm, const lapack_int *n, const lapack_int *kl, const lapack_int *ku, const float *ab, const lapack_int *ldab, float *work, size_t norm_len);
double dlangb_(const char *norm, const lapack_int *n, const lapack_int *kl, const lapack_int *ku, const double *ab, const lapack_int *ldab, double *work, size_t norm_len);
float clangb_(const char *norm, const lapack_int *n, const lapack_int *kl, const lapack_int *ku, const lapack_complex_float *ab, const lapack_int *ldab, float *work, size_t norm_len);
double zlangb_(const char *norm, const lapack_int *n, const lapack_int *kl, const lapack_int *ku, const lapack_complex_double *ab, const lapack_int *ldab, double *work, size_t norm_len);
float slangb_64_(const char *norm, const int64_t *n, const int64_t *kl, const int64_t *ku, const float *ab, const int64_t *ldab, float *work, size_t norm_len);
double dlangb_64_(const char *norm, const int64_t *n, const int64_t *kl, const int64_t *ku, const double *ab, const int64_t *ldab, double *work, size_t norm_len);
float clangb_64_(const char *norm, const int64_t *n, const int64_t *kl, const int64_t *ku, const lapack_complex_float *ab, const int64_t *ldab, float *work, size_t norm_len);
double zlangb_64_(const char *norm, const int64_t *n, const int64_t *kl, const int64_t *ku, const lapack_complex_double *ab, const int64_t *ldab, double *work, size_t norm_len);
float slansb_(const char *norm, const char *uplo, const lapack_int *n, const lapack_int *k, const float *ab, const lapack_int *ldab, float *work, size_t norm_len, size_t uplo_len);
double dlansb_(const char *norm, const char *uplo, const lapack_int *n, const lapack_int *k, const double *ab, const lapack_int *ldab, double *work, size_t norm_len, size_t uplo_len);
float clansb_(const char *norm, const char *uplo, const lapack_int *n, const lapack_int *k, const lapack_complex_float *ab, const lapack_int *ldab, float *work, size_t norm_len, size_t uplo_len);
double zlansb_(const char *norm, const char *uplo, const lapack_int *n, const lapack_int *k, const lapack_complex_double *ab, const lapack_int *ldab, double *work, size_t norm_len, size_t uplo_len);
float slansb_64_(const char *norm, const char *uplo, const int64_t *n, const int64_t *k, const float *ab, const int64_t *ldab, float *work, size_t norm_len, size_t uplo_len);
double dlansb_64_(const char *norm, const char *uplo, const int64_t *n, const int64_t *k, const double *ab, const int64_t *ldab, double *work, size_t norm_len, size_t uplo_len);
float clansb_64_(const char *norm, const char *uplo, const int64_t *n, const int64_t *k, const lapack_complex_float *ab, const int64_t *ldab, float *work, size_t norm_len, size_t uplo_len);
double zlansb_64_(const char *norm, const char *uplo, const int64_t *n, const int64_t *k, const lapack_complex_double *ab, const int64_t *ldab, double *work, size_t norm_len, size_t uplo_len);
float clanhb_(const char *norm, const char *uplo, const lapack_int *n, const lapack_int *k, const lapack_complex_float *ab, const lapack_int *ldab, float *work, size_t norm_len, size_t uplo_len);
double zlanhb_(const char *norm, const char *uplo, const lapack_int *n, const lapack_int *k, const lapack_complex_double *ab, const lapack_int *ldab, double *work, size_t norm_len, size_t uplo_len);
float clanhb_64_(const char *norm, const char *uplo, const int64_t *n, const int64_t *k, const lapack_complex_float *ab, const int64_t *ldab, float *work, size_t norm_len, size_t uplo_len);
double zlanhb_64_(const char *norm, const char *uplo, const int64_t *n, const int64_t *k, const lapack_complex_double *ab, const int64_t *ldab, double *work, size_t norm_len, size_t uplo_len);
float slantb_(const char *norm, const char *uplo, const char *diag, const lapack_int *n, const lapack_int *k, const float *ab, const lapack_int *ldab, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double dlantb_(const char *norm, const char *uplo, const char *diag, const lapack_int *n, const lapack_int *k, const double *ab, const lapack_int *ldab, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float clantb_(const char *norm, const char *uplo, const char *diag, const lapack_int *n, const lapack_int *k, const lapack_complex_float *ab, const lapack_int *ldab, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double zlantb_(const char *norm, const char *uplo, const char *diag, const lapack_int *n, const lapack_int *k, const lapack_complex_double *ab, const lapack_int *ldab, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float slantb_64_(const char *norm, const char *uplo, const char *diag, const int64_t *n, const int64_t *k, const float *ab, const int64_t *ldab, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double dlantb_64_(const char *norm, const char *uplo, const char *diag, const int64_t *n, const int64_t *k, const double *ab, const int64_t *ldab, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float clantb_64_(const char *norm, const char *uplo, const char *diag, const int64_t *n, const int64_t *k, const lapack_complex_float *ab, const int64_t *ldab, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double zlantb_64_(const char *norm, const char *uplo, const char *diag, const int64_t *n, const int64_t *k, const lapack_complex_double *ab, const int64_t *ldab, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float slansp_(const char *norm, const char *uplo, const lapack_int *n, const float *ap, float *work, size_t norm_len, size_t uplo_len);
double dlansp_(const char *norm, const char *uplo, const lapack_int *n, const double *ap, double *work, size_t norm_len, size_t uplo_len);
float clansp_(const char *norm, const char *uplo, const lapack_int *n, const lapack_complex_float *ap, float *work, size_t norm_len, size_t uplo_len);
double zlansp_(const char *norm, const char *uplo, const lapack_int *n, const lapack_complex_double *ap, double *work, size_t norm_len, size_t uplo_len);
float slansp_64_(const char *norm, const char *uplo, const int64_t *n, const float *ap, float *work, size_t norm_len, size_t uplo_len);
double dlansp_64_(const char *norm, const char *uplo, const int64_t *n, const double *ap, double *work, size_t norm_len, size_t uplo_len);
float clansp_64_(const char *norm, const char *uplo, const int64_t *n, const lapack_complex_float *ap, float *work, size_t norm_len, size_t uplo_len);
double zlansp_64_(const char *norm, const char *uplo, const int64_t *n, const lapack_complex_double *ap, double *work, size_t norm_len, size_t uplo_len);
float clanhp_(const char *norm, const char *uplo, const lapack_int *n, const lapack_complex_float *ap, float *work, size_t norm_len, size_t uplo_len);
double zlanhp_(const char *norm, const char *uplo, const lapack_int *n, const lapack_complex_double *ap, double *work, size_t norm_len, size_t uplo_len);
float clanhp_64_(const char *norm, const char *uplo, const int64_t *n, const lapack_complex_float *ap, float *work, size_t norm_len, size_t uplo_len);
double zlanhp_64_(const char *norm, const char *uplo, const int64_t *n, const lapack_complex_double *ap, double *work, size_t norm_len, size_t uplo_len);
float slantp_(const char *norm, const char *uplo, const char *diag, const lapack_int *n, const float *ap, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double dlantp_(const char *norm, const char *uplo, const char *diag, const lapack_int *n, const double *ap, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float clantp_(const char *norm, const char *uplo, const char *diag, const lapack_int *n, const lapack_complex_float *ap, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double zlantp_(const char *norm, const char *uplo, const char *diag, const lapack_int *n, const lapack_complex_double *ap, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float slantp_64_(const char *norm, const char *uplo, const char *diag, const int64_t *n, const float *ap, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double dlantp_64_(const char *norm, const char *uplo, const char *diag, const int64_t *n, const double *ap, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float clantp_64_(const char *norm, const char *uplo, const char *diag, const int64_t *n, const lapack_complex_float *ap, float *work, size_t norm_len, size_t uplo_len, size_t diag_len);
double zlantp_64_(const char *norm, const char *uplo, const char *diag, const int64_t *n, const lapack_complex_double *ap, double *work, size_t norm_len, size_t uplo_len, size_t diag_len);
float slangt_(const char *norm, const lapack_int *n, const float *dl, const float *d, const float *du, size_t norm_len);
double dlangt_(const char *norm, const lapack_int *n, const double *dl, const double *d, const double *du, size_t norm_len);
float clangt_(const char *norm, const lapack_int *n, const lapack_complex_float *dl, const lapack_complex_float *d, const lapack_complex_float *du, size_t norm_len);
double zlangt_(const char *norm, const lapack_int *n, const lapack_complex_double *dl, const lapack_complex_double *d, const lapack_complex_double *du, size_t norm_len);
float slangt_64_(const char *norm, const int64_t *n, const float *dl, const float *d, const float *du, size_t norm_len);
double dlangt_64_(const char *norm, const int64_t *n, const double *dl, const double *d, const double *du, size_t norm_len);
float clangt_64_(const char *norm, const int64_t *n, const lapack_complex_float *dl, const lapack_complex_float *d, const lapack_complex_float *du, size_t norm_len);
double zlangt_64_(const char *norm, const int64_t *n, const lapack_complex_double *dl, const lapack_complex_double *d, const lapack_complex_double *du, size_t norm_len);
float slanst_(const char *norm, const lapack_int *n, const float *d, const float *e, size_t norm_len);
double dlanst_(const char *norm, const lapack_int *n, const double *d, const double *e, size_t norm_len);
float slanst_64_(const char *norm, const int64_t *n, const float *d, const float *e, size_t norm_len);
double dlanst_64_(const char *norm, const int64_t *n, const double *d, const double *e, size_t norm_len);
float clanht_(const char *norm, const lapack_int *n, const float *d, const lapack_complex_float *e, size_t norm_len);
double zlanht_(const char *norm, const lapack_int *n, const double *d, const lapack_complex_double *e, size_t norm_len);
float clanht_64_(const char *norm, const int64_t *n, const float *d, const lapack_complex_float *e, size_t norm_len);
double zlanht_64_(const char *norm, const int64_t *n, const double *d, const lapack_complex_double *e, size_t norm_len);
void csymv_(const char *uplo, const lapack_int *n, const lapack_complex_float *alpha, const lapack_complex_float *a, const lapack_int *lda, const lapack_complex_float *x, const lapack_int *incx, const lapack_complex_float *beta, lapack_complex_float *y, const lapack_int *incy, size_t uplo_len);
void zsymv_(const char *uplo, const lapack_int *n, const lapack_complex_double *alpha, const lapack_complex_double *a, const lapack_int *lda, const lapack_complex_double *x, const lapack_int *incx, const lapack_complex_double *beta, lapack_complex_double *y, const lapack_int *incy, size_t uplo_len);
void csymv_64_(const char *uplo, const int64_t *n, const lapack_complex_float *alpha, const lapack_complex_float *a, const int64_t *lda, const lapack_complex_float *x, const int64_t *incx, const lapack_complex_float *beta, lapack_complex_float *y, const int64_t *incy, size_t uplo_len);
void zsymv_64_(const char *uplo, const int64_t *n, const lapack_complex_double *alpha, const lapack_complex_double *a, const int64_t *lda, const lapack_complex_double *x, const int64_t *incx, const lapack_complex_double *beta, lapack_complex_double *y, const int64_t *incy, size_t uplo_len);
void csyr_(const char *uplo, const lapack_int *n, const lapack_complex_float *alpha, const lapack_complex_float *x, const lapack_int *incx, lapack_complex_float *a, const lapack_int *lda, size_t uplo_len);
void zsyr_(const char *uplo, const lapack_int *n, const lapack_complex_double *alpha, const lapack_complex_double *x, const lapack_int *incx, lapack_complex_double *a, const lapack_int *lda, size_t uplo_len);
void csyr_64_(const char *uplo, const int64_t *n, const lapack_complex_float *alpha, const lapack_complex_float *x, const int64_t *incx, lapack_complex_float *a, const int64_t *lda, size_t uplo_len);
void zsyr_64_(const char *uplo, const int64_t *n, const lapack_complex_double *alpha, const lapack_complex_double *x, const int64_t *incx, lapack_complex_double *a, const int64_t *lda, size_t uplo_len);
void cspmv_(const char *uplo, const lapack_int *n, const lapack_complex_float *alpha, const lapack_complex_float *ap, const lapack_complex_float *x, const lapack_int *incx, const lapack_complex_float *beta, lapack_complex_float *y, const lapack_int *incy, size_t uplo_len);
void zspmv_(const char *uplo, const lapack_int *n, const lapack_complex_double *alpha, const lapack_complex_double *ap, const lapack_complex_double *x, const lapack_int *incx, const lapack_complex_double *beta, lapack_complex_double *y, const lapack_int *incy, size_t uplo_len);
void cspmv_64_(const char *uplo, const int64_t *n, const lapack_complex_float *alpha, const lapack_complex_float *ap, const lapack_complex_float *x, const int64_t *incx, const lapack_complex_float *beta, lapack_complex_float *y, const int64_t *incy, size_t uplo_len);
void zspmv_64_(const char *uplo, const int64_t *n, const lapack_complex_double *alpha, const lapack_complex_double *ap, const lapack_complex_double *x, const int64_t *incx, const lapack_complex_double *beta, lapack_complex_double *y, const int64_t *incy, size_t uplo_len);
void cspr_(const char *uplo, const lapack_int *n, const lapack_complex_float *alpha, const lapack_complex_float *x, const lapack_int *incx, lapack_complex_float *ap, size_t uplo_len);
void zspr_(const char *uplo, const lapack_int *n, const lapack_complex_double *alpha, const lapack_complex_double *x, const lapack_int *incx, lapack_complex_double *ap, size_t uplo_len);
void cspr_64_(const char *uplo, const int64_t *n, const lapack_complex_float *alpha, const lapack_complex_float *x, const int64_t *incx, lapack_complex_float *ap, size_t uplo_len);
void zspr_64_(const char *uplo, const int64_t *n, const lapack_complex_double *alpha, const lapack_complex_double *x, const int64_t *incx, lapack_complex_double *ap, size_t uplo_len);

#ifdef __cplusplus
}
#endif

#endif /* FERROBLAS_LAPACK_H */
