/*
 * cblas.h: the C interface to the BLAS, as provided by ferroblas.
 *
 * Declares the standard CBLAS (Level 1, 2 and 3, all four precisions) and the
 * extensions ferroblas exports (?axpby, i?amin, complex dot products returned
 * by value). Integers are 32-bit (`int`); indices are CBLAS_INDEX (size_t).
 * Complex arguments are passed as pointers to interleaved (real, imaginary)
 * pairs, as in every CBLAS.
 *
 * Link with -lferroblas (see dist/lib/pkgconfig/cblas.pc).
 */
#ifndef FERROBLAS_CBLAS_H
#define FERROBLAS_CBLAS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The type of the indices the i?amax / i?amin functions return (0-based). */
#ifndef CBLAS_INDEX
#define CBLAS_INDEX size_t
#endif

/* Storage order of a matrix. CBLAS_ORDER is the older name of the same type. */
typedef enum CBLAS_LAYOUT { CblasRowMajor = 101, CblasColMajor = 102 } CBLAS_LAYOUT;
#define CBLAS_ORDER CBLAS_LAYOUT

typedef enum CBLAS_TRANSPOSE { CblasNoTrans = 111, CblasTrans = 112, CblasConjTrans = 113 } CBLAS_TRANSPOSE;
typedef enum CBLAS_UPLO { CblasUpper = 121, CblasLower = 122 } CBLAS_UPLO;
typedef enum CBLAS_DIAG { CblasNonUnit = 131, CblasUnit = 132 } CBLAS_DIAG;
typedef enum CBLAS_SIDE { CblasLeft = 141, CblasRight = 142 } CBLAS_SIDE;

/* Complex values returned by value (cblas_cdotu and friends). */
typedef struct { float real, imag; } ferroblas_complex_float;
typedef struct { double real, imag; } ferroblas_complex_double;

/* ------------------------------------------------------------------------ */
/* Level 1                                                                   */
/* ------------------------------------------------------------------------ */

/* Dot products. */
float cblas_sdsdot(int n, float alpha, const float *x, int incx, const float *y, int incy);
double cblas_dsdot(int n, const float *x, int incx, const float *y, int incy);
float cblas_sdot(int n, const float *x, int incx, const float *y, int incy);
double cblas_ddot(int n, const double *x, int incx, const double *y, int incy);
void cblas_cdotu_sub(int n, const void *x, int incx, const void *y, int incy, void *dotu);
void cblas_cdotc_sub(int n, const void *x, int incx, const void *y, int incy, void *dotc);
void cblas_zdotu_sub(int n, const void *x, int incx, const void *y, int incy, void *dotu);
void cblas_zdotc_sub(int n, const void *x, int incx, const void *y, int incy, void *dotc);
/* Extension: the complex dot products returned by value. */
ferroblas_complex_float cblas_cdotu(int n, const void *x, int incx, const void *y, int incy);
ferroblas_complex_float cblas_cdotc(int n, const void *x, int incx, const void *y, int incy);
ferroblas_complex_double cblas_zdotu(int n, const void *x, int incx, const void *y, int incy);
ferroblas_complex_double cblas_zdotc(int n, const void *x, int incx, const void *y, int incy);

/* Norms and sums of absolute values. */
float cblas_snrm2(int n, const float *x, int incx);
double cblas_dnrm2(int n, const double *x, int incx);
float cblas_scnrm2(int n, const void *x, int incx);
double cblas_dznrm2(int n, const void *x, int incx);
float cblas_sasum(int n, const float *x, int incx);
double cblas_dasum(int n, const double *x, int incx);
float cblas_scasum(int n, const void *x, int incx);
double cblas_dzasum(int n, const void *x, int incx);

/* Index of the largest (and, as an extension, smallest) |x_i|, 0-based. */
CBLAS_INDEX cblas_isamax(int n, const float *x, int incx);
CBLAS_INDEX cblas_idamax(int n, const double *x, int incx);
CBLAS_INDEX cblas_icamax(int n, const void *x, int incx);
CBLAS_INDEX cblas_izamax(int n, const void *x, int incx);
CBLAS_INDEX cblas_isamin(int n, const float *x, int incx);
CBLAS_INDEX cblas_idamin(int n, const double *x, int incx);
CBLAS_INDEX cblas_icamin(int n, const void *x, int incx);
CBLAS_INDEX cblas_izamin(int n, const void *x, int incx);

/* Vector updates. */
void cblas_sswap(int n, float *x, int incx, float *y, int incy);
void cblas_dswap(int n, double *x, int incx, double *y, int incy);
void cblas_cswap(int n, void *x, int incx, void *y, int incy);
void cblas_zswap(int n, void *x, int incx, void *y, int incy);
void cblas_scopy(int n, const float *x, int incx, float *y, int incy);
void cblas_dcopy(int n, const double *x, int incx, double *y, int incy);
void cblas_ccopy(int n, const void *x, int incx, void *y, int incy);
void cblas_zcopy(int n, const void *x, int incx, void *y, int incy);
void cblas_saxpy(int n, float alpha, const float *x, int incx, float *y, int incy);
void cblas_daxpy(int n, double alpha, const double *x, int incx, double *y, int incy);
void cblas_caxpy(int n, const void *alpha, const void *x, int incx, void *y, int incy);
void cblas_zaxpy(int n, const void *alpha, const void *x, int incx, void *y, int incy);
/* Extension: y := alpha x + beta y. */
void cblas_saxpby(int n, float alpha, const float *x, int incx, float beta, float *y, int incy);
void cblas_daxpby(int n, double alpha, const double *x, int incx, double beta, double *y, int incy);
void cblas_caxpby(int n, const void *alpha, const void *x, int incx, const void *beta, void *y, int incy);
void cblas_zaxpby(int n, const void *alpha, const void *x, int incx, const void *beta, void *y, int incy);
void cblas_sscal(int n, float alpha, float *x, int incx);
void cblas_dscal(int n, double alpha, double *x, int incx);
void cblas_cscal(int n, const void *alpha, void *x, int incx);
void cblas_zscal(int n, const void *alpha, void *x, int incx);
void cblas_csscal(int n, float alpha, void *x, int incx);
void cblas_zdscal(int n, double alpha, void *x, int incx);

/* Plane rotations. */
void cblas_srotg(float *a, float *b, float *c, float *s);
void cblas_drotg(double *a, double *b, double *c, double *s);
void cblas_crotg(void *a, void *b, float *c, void *s);
void cblas_zrotg(void *a, void *b, double *c, void *s);
void cblas_srotmg(float *d1, float *d2, float *b1, float b2, float *param);
void cblas_drotmg(double *d1, double *d2, double *b1, double b2, double *param);
void cblas_srot(int n, float *x, int incx, float *y, int incy, float c, float s);
void cblas_drot(int n, double *x, int incx, double *y, int incy, double c, double s);
void cblas_csrot(int n, void *x, int incx, void *y, int incy, float c, float s);
void cblas_zdrot(int n, void *x, int incx, void *y, int incy, double c, double s);
void cblas_srotm(int n, float *x, int incx, float *y, int incy, const float *param);
void cblas_drotm(int n, double *x, int incx, double *y, int incy, const double *param);

/* ------------------------------------------------------------------------ */
/* Level 2                                                                   */
/* ------------------------------------------------------------------------ */

/* General and banded matrix-vector products: y := alpha op(A) x + beta y. */
void cblas_sgemv(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE trans, int m, int n, float alpha, const float *a, int lda,
                 const float *x, int incx, float beta, float *y, int incy);
void cblas_dgemv(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE trans, int m, int n, double alpha, const double *a, int lda,
                 const double *x, int incx, double beta, double *y, int incy);
void cblas_cgemv(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE trans, int m, int n, const void *alpha, const void *a, int lda,
                 const void *x, int incx, const void *beta, void *y, int incy);
void cblas_zgemv(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE trans, int m, int n, const void *alpha, const void *a, int lda,
                 const void *x, int incx, const void *beta, void *y, int incy);
void cblas_sgbmv(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE trans, int m, int n, int kl, int ku, float alpha, const float *a,
                 int lda, const float *x, int incx, float beta, float *y, int incy);
void cblas_dgbmv(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE trans, int m, int n, int kl, int ku, double alpha,
                 const double *a, int lda, const double *x, int incx, double beta, double *y, int incy);
void cblas_cgbmv(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE trans, int m, int n, int kl, int ku, const void *alpha,
                 const void *a, int lda, const void *x, int incx, const void *beta, void *y, int incy);
void cblas_zgbmv(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE trans, int m, int n, int kl, int ku, const void *alpha,
                 const void *a, int lda, const void *x, int incx, const void *beta, void *y, int incy);

/* Triangular products x := op(A) x, full, banded and packed storage. */
void cblas_strmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const float *a,
                 int lda, float *x, int incx);
void cblas_dtrmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const double *a,
                 int lda, double *x, int incx);
void cblas_ctrmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const void *a,
                 int lda, void *x, int incx);
void cblas_ztrmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const void *a,
                 int lda, void *x, int incx);
void cblas_stbmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, int k,
                 const float *a, int lda, float *x, int incx);
void cblas_dtbmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, int k,
                 const double *a, int lda, double *x, int incx);
void cblas_ctbmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, int k,
                 const void *a, int lda, void *x, int incx);
void cblas_ztbmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, int k,
                 const void *a, int lda, void *x, int incx);
void cblas_stpmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const float *ap,
                 float *x, int incx);
void cblas_dtpmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n,
                 const double *ap, double *x, int incx);
void cblas_ctpmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const void *ap,
                 void *x, int incx);
void cblas_ztpmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const void *ap,
                 void *x, int incx);

/* Triangular solves x := op(A)^-1 x, full, banded and packed storage. */
void cblas_strsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const float *a,
                 int lda, float *x, int incx);
void cblas_dtrsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const double *a,
                 int lda, double *x, int incx);
void cblas_ctrsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const void *a,
                 int lda, void *x, int incx);
void cblas_ztrsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const void *a,
                 int lda, void *x, int incx);
void cblas_stbsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, int k,
                 const float *a, int lda, float *x, int incx);
void cblas_dtbsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, int k,
                 const double *a, int lda, double *x, int incx);
void cblas_ctbsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, int k,
                 const void *a, int lda, void *x, int incx);
void cblas_ztbsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, int k,
                 const void *a, int lda, void *x, int incx);
void cblas_stpsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const float *ap,
                 float *x, int incx);
void cblas_dtpsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n,
                 const double *ap, double *x, int incx);
void cblas_ctpsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const void *ap,
                 void *x, int incx);
void cblas_ztpsv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, CBLAS_DIAG diag, int n, const void *ap,
                 void *x, int incx);

/* Symmetric (real) products y := alpha A x + beta y. */
void cblas_ssymv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, float alpha, const float *a, int lda, const float *x,
                 int incx, float beta, float *y, int incy);
void cblas_dsymv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, double alpha, const double *a, int lda, const double *x,
                 int incx, double beta, double *y, int incy);
void cblas_ssbmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, int k, float alpha, const float *a, int lda,
                 const float *x, int incx, float beta, float *y, int incy);
void cblas_dsbmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, int k, double alpha, const double *a, int lda,
                 const double *x, int incx, double beta, double *y, int incy);
void cblas_sspmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, float alpha, const float *ap, const float *x, int incx,
                 float beta, float *y, int incy);
void cblas_dspmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, double alpha, const double *ap, const double *x,
                 int incx, double beta, double *y, int incy);

/* Hermitian (complex) products y := alpha A x + beta y. */
void cblas_chemv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, const void *alpha, const void *a, int lda,
                 const void *x, int incx, const void *beta, void *y, int incy);
void cblas_zhemv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, const void *alpha, const void *a, int lda,
                 const void *x, int incx, const void *beta, void *y, int incy);
void cblas_chbmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, int k, const void *alpha, const void *a, int lda,
                 const void *x, int incx, const void *beta, void *y, int incy);
void cblas_zhbmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, int k, const void *alpha, const void *a, int lda,
                 const void *x, int incx, const void *beta, void *y, int incy);
void cblas_chpmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, const void *alpha, const void *ap, const void *x,
                 int incx, const void *beta, void *y, int incy);
void cblas_zhpmv(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, const void *alpha, const void *ap, const void *x,
                 int incx, const void *beta, void *y, int incy);

/* Rank-1 and rank-2 updates. */
void cblas_sger(CBLAS_LAYOUT layout, int m, int n, float alpha, const float *x, int incx, const float *y, int incy,
                float *a, int lda);
void cblas_dger(CBLAS_LAYOUT layout, int m, int n, double alpha, const double *x, int incx, const double *y, int incy,
                double *a, int lda);
void cblas_cgeru(CBLAS_LAYOUT layout, int m, int n, const void *alpha, const void *x, int incx, const void *y,
                 int incy, void *a, int lda);
void cblas_cgerc(CBLAS_LAYOUT layout, int m, int n, const void *alpha, const void *x, int incx, const void *y,
                 int incy, void *a, int lda);
void cblas_zgeru(CBLAS_LAYOUT layout, int m, int n, const void *alpha, const void *x, int incx, const void *y,
                 int incy, void *a, int lda);
void cblas_zgerc(CBLAS_LAYOUT layout, int m, int n, const void *alpha, const void *x, int incx, const void *y,
                 int incy, void *a, int lda);
void cblas_ssyr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, float alpha, const float *x, int incx, float *a, int lda);
void cblas_dsyr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, double alpha, const double *x, int incx, double *a,
                int lda);
void cblas_sspr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, float alpha, const float *x, int incx, float *ap);
void cblas_dspr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, double alpha, const double *x, int incx, double *ap);
void cblas_ssyr2(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, float alpha, const float *x, int incx, const float *y,
                 int incy, float *a, int lda);
void cblas_dsyr2(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, double alpha, const double *x, int incx,
                 const double *y, int incy, double *a, int lda);
void cblas_sspr2(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, float alpha, const float *x, int incx, const float *y,
                 int incy, float *ap);
void cblas_dspr2(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, double alpha, const double *x, int incx,
                 const double *y, int incy, double *ap);
void cblas_cher(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, float alpha, const void *x, int incx, void *a, int lda);
void cblas_zher(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, double alpha, const void *x, int incx, void *a, int lda);
void cblas_chpr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, float alpha, const void *x, int incx, void *ap);
void cblas_zhpr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, double alpha, const void *x, int incx, void *ap);
void cblas_cher2(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, const void *alpha, const void *x, int incx,
                 const void *y, int incy, void *a, int lda);
void cblas_zher2(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, const void *alpha, const void *x, int incx,
                 const void *y, int incy, void *a, int lda);
void cblas_chpr2(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, const void *alpha, const void *x, int incx,
                 const void *y, int incy, void *ap);
void cblas_zhpr2(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, int n, const void *alpha, const void *x, int incx,
                 const void *y, int incy, void *ap);

/* ------------------------------------------------------------------------ */
/* Level 3                                                                   */
/* ------------------------------------------------------------------------ */

/* C := alpha op(A) op(B) + beta C. */
void cblas_sgemm(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                 float alpha, const float *a, int lda, const float *b, int ldb, float beta, float *c, int ldc);
void cblas_dgemm(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                 double alpha, const double *a, int lda, const double *b, int ldb, double beta, double *c, int ldc);
void cblas_cgemm(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                 const void *alpha, const void *a, int lda, const void *b, int ldb, const void *beta, void *c,
                 int ldc);
void cblas_zgemm(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                 const void *alpha, const void *a, int lda, const void *b, int ldb, const void *beta, void *c,
                 int ldc);

/* C := alpha A B + beta C (side = left) or alpha B A + beta C, A symmetric. */
void cblas_ssymm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, int m, int n, float alpha, const float *a,
                 int lda, const float *b, int ldb, float beta, float *c, int ldc);
void cblas_dsymm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, int m, int n, double alpha, const double *a,
                 int lda, const double *b, int ldb, double beta, double *c, int ldc);
void cblas_csymm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, int m, int n, const void *alpha,
                 const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
void cblas_zsymm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, int m, int n, const void *alpha,
                 const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);

/* C := alpha A op(A) + beta C and C := alpha (A op(B) + B op(A)) + beta C, C symmetric. */
void cblas_ssyrk(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, float alpha,
                 const float *a, int lda, float beta, float *c, int ldc);
void cblas_dsyrk(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, double alpha,
                 const double *a, int lda, double beta, double *c, int ldc);
void cblas_csyrk(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, const void *alpha,
                 const void *a, int lda, const void *beta, void *c, int ldc);
void cblas_zsyrk(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, const void *alpha,
                 const void *a, int lda, const void *beta, void *c, int ldc);
void cblas_ssyr2k(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, float alpha,
                  const float *a, int lda, const float *b, int ldb, float beta, float *c, int ldc);
void cblas_dsyr2k(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, double alpha,
                  const double *a, int lda, const double *b, int ldb, double beta, double *c, int ldc);
void cblas_csyr2k(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, const void *alpha,
                  const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
void cblas_zsyr2k(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, const void *alpha,
                  const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);

/* B := alpha op(A) B or alpha B op(A) (trmm), and the solves with op(A) (trsm), A triangular. */
void cblas_strmm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_DIAG diag, int m,
                 int n, float alpha, const float *a, int lda, float *b, int ldb);
void cblas_dtrmm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_DIAG diag, int m,
                 int n, double alpha, const double *a, int lda, double *b, int ldb);
void cblas_ctrmm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_DIAG diag, int m,
                 int n, const void *alpha, const void *a, int lda, void *b, int ldb);
void cblas_ztrmm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_DIAG diag, int m,
                 int n, const void *alpha, const void *a, int lda, void *b, int ldb);
void cblas_strsm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_DIAG diag, int m,
                 int n, float alpha, const float *a, int lda, float *b, int ldb);
void cblas_dtrsm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_DIAG diag, int m,
                 int n, double alpha, const double *a, int lda, double *b, int ldb);
void cblas_ctrsm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_DIAG diag, int m,
                 int n, const void *alpha, const void *a, int lda, void *b, int ldb);
void cblas_ztrsm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_DIAG diag, int m,
                 int n, const void *alpha, const void *a, int lda, void *b, int ldb);

/* Hermitian counterparts: hemm, herk (real alpha, beta), her2k (real beta). */
void cblas_chemm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, int m, int n, const void *alpha,
                 const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
void cblas_zhemm(CBLAS_LAYOUT layout, CBLAS_SIDE side, CBLAS_UPLO uplo, int m, int n, const void *alpha,
                 const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
void cblas_cherk(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, float alpha,
                 const void *a, int lda, float beta, void *c, int ldc);
void cblas_zherk(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, double alpha,
                 const void *a, int lda, double beta, void *c, int ldc);
void cblas_cher2k(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, const void *alpha,
                  const void *a, int lda, const void *b, int ldb, float beta, void *c, int ldc);
void cblas_zher2k(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE trans, int n, int k, const void *alpha,
                  const void *a, int lda, const void *b, int ldb, double beta, void *c, int ldc);

/* ------------------------------------------------------------------------ */
/* Extensions of OpenBLAS and MKL                                            */
/* ------------------------------------------------------------------------ */

/* CblasConjNoTrans (OpenBLAS): conjugate without transposing, taken by the
 * ?omatcopy / ?imatcopy functions (and as NoTrans by the real batched GEMMs). */
#define CblasConjNoTrans ((CBLAS_TRANSPOSE)114)

/* Level 1 (OpenBLAS): largest / smallest |re x_i| + |im x_i|, signed sums of
 * the parts, 0-based index of the first largest / smallest real x_i, and
 * y := y + alpha conj(x). */
float cblas_samax(int n, const float *x, int incx);
double cblas_damax(int n, const double *x, int incx);
float cblas_scamax(int n, const void *x, int incx);
double cblas_dzamax(int n, const void *x, int incx);
float cblas_samin(int n, const float *x, int incx);
double cblas_damin(int n, const double *x, int incx);
float cblas_scamin(int n, const void *x, int incx);
double cblas_dzamin(int n, const void *x, int incx);
float cblas_ssum(int n, const float *x, int incx);
double cblas_dsum(int n, const double *x, int incx);
float cblas_scsum(int n, const void *x, int incx);
double cblas_dzsum(int n, const void *x, int incx);
CBLAS_INDEX cblas_ismax(int n, const float *x, int incx);
CBLAS_INDEX cblas_idmax(int n, const double *x, int incx);
CBLAS_INDEX cblas_ismin(int n, const float *x, int incx);
CBLAS_INDEX cblas_idmin(int n, const double *x, int incx);
void cblas_caxpyc(int n, const void *alpha, const void *x, int incx, void *y, int incy);
void cblas_zaxpyc(int n, const void *alpha, const void *x, int incx, void *y, int incy);

/* C := alpha op(A) op(B) + beta C on the uplo triangle of the square C
 * (gemmt; gemmtr is its reference BLAS 3.12 name). */
void cblas_sgemmt(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int n, int k,
                  float alpha, const float *a, int lda, const float *b, int ldb, float beta, float *c, int ldc);
void cblas_dgemmt(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int n, int k,
                  double alpha, const double *a, int lda, const double *b, int ldb, double beta, double *c, int ldc);
void cblas_cgemmt(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int n, int k,
                  const void *alpha, const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
void cblas_zgemmt(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int n, int k,
                  const void *alpha, const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
void cblas_sgemmtr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int n, int k,
                   float alpha, const float *a, int lda, const float *b, int ldb, float beta, float *c, int ldc);
void cblas_dgemmtr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int n, int k,
                   double alpha, const double *a, int lda, const double *b, int ldb, double beta, double *c, int ldc);
void cblas_cgemmtr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int n, int k,
                   const void *alpha, const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
void cblas_zgemmtr(CBLAS_LAYOUT layout, CBLAS_UPLO uplo, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int n, int k,
                   const void *alpha, const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);

/* gemm under its 3M name: computed exactly as cblas_?gemm. */
void cblas_cgemm3m(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                   const void *alpha, const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);
void cblas_zgemm3m(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                   const void *alpha, const void *a, int lda, const void *b, int ldb, const void *beta, void *c, int ldc);

/* B := alpha op(A) (omatcopy) and A := alpha op(A) in place, stored back with
 * ldb (imatcopy); op may conjugate (CblasConjNoTrans, CblasConjTrans). */
void cblas_somatcopy(CBLAS_ORDER order, CBLAS_TRANSPOSE trans, int rows, int cols, float alpha, const float *a, int lda,
                     float *b, int ldb);
void cblas_domatcopy(CBLAS_ORDER order, CBLAS_TRANSPOSE trans, int rows, int cols, double alpha, const double *a,
                     int lda, double *b, int ldb);
void cblas_comatcopy(CBLAS_ORDER order, CBLAS_TRANSPOSE trans, int rows, int cols, const float *alpha, const float *a,
                     int lda, float *b, int ldb);
void cblas_zomatcopy(CBLAS_ORDER order, CBLAS_TRANSPOSE trans, int rows, int cols, const double *alpha,
                     const double *a, int lda, double *b, int ldb);
void cblas_simatcopy(CBLAS_ORDER order, CBLAS_TRANSPOSE trans, int rows, int cols, float alpha, float *a, int lda,
                     int ldb);
void cblas_dimatcopy(CBLAS_ORDER order, CBLAS_TRANSPOSE trans, int rows, int cols, double alpha, double *a, int lda,
                     int ldb);
void cblas_cimatcopy(CBLAS_ORDER order, CBLAS_TRANSPOSE trans, int rows, int cols, const float *alpha, float *a,
                     int lda, int ldb);
void cblas_zimatcopy(CBLAS_ORDER order, CBLAS_TRANSPOSE trans, int rows, int cols, const double *alpha, double *a,
                     int lda, int ldb);

/* C := alpha A + beta C. */
void cblas_sgeadd(CBLAS_ORDER order, int rows, int cols, float alpha, float *a, int lda, float beta, float *c,
                  int ldc);
void cblas_dgeadd(CBLAS_ORDER order, int rows, int cols, double alpha, double *a, int lda, double beta, double *c,
                  int ldc);
void cblas_cgeadd(CBLAS_ORDER order, int rows, int cols, const float *alpha, float *a, int lda, const float *beta,
                  float *c, int ldc);
void cblas_zgeadd(CBLAS_ORDER order, int rows, int cols, const double *alpha, double *a, int lda, const double *beta,
                  double *c, int ldc);

/* Batched GEMM: C_i := alpha op(A_i) op(B_i) + beta C_i, the matrices a fixed
 * stride apart (strided), or in groups sharing options and sizes, matrices by
 * pointer (MKL's grouped form). One call; the threads split the products. */
void cblas_sgemm_batch_strided(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                               float alpha, const float *a, int lda, int stridea, const float *b, int ldb, int strideb,
                               float beta, float *c, int ldc, int stridec, int batch_size);
void cblas_dgemm_batch_strided(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                               double alpha, const double *a, int lda, int stridea, const double *b, int ldb,
                               int strideb, double beta, double *c, int ldc, int stridec, int batch_size);
void cblas_cgemm_batch_strided(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                               const void *alpha, const void *a, int lda, int stridea, const void *b, int ldb,
                               int strideb, const void *beta, void *c, int ldc, int stridec, int batch_size);
void cblas_zgemm_batch_strided(CBLAS_LAYOUT layout, CBLAS_TRANSPOSE transa, CBLAS_TRANSPOSE transb, int m, int n, int k,
                               const void *alpha, const void *a, int lda, int stridea, const void *b, int ldb,
                               int strideb, const void *beta, void *c, int ldc, int stridec, int batch_size);
void cblas_sgemm_batch(CBLAS_LAYOUT layout, const CBLAS_TRANSPOSE *transa, const CBLAS_TRANSPOSE *transb, const int *m,
                       const int *n, const int *k, const float *alpha, const float **a, const int *lda,
                       const float **b, const int *ldb, const float *beta, float **c, const int *ldc,
                       int group_count, const int *group_size);
void cblas_dgemm_batch(CBLAS_LAYOUT layout, const CBLAS_TRANSPOSE *transa, const CBLAS_TRANSPOSE *transb, const int *m,
                       const int *n, const int *k, const double *alpha, const double **a, const int *lda,
                       const double **b, const int *ldb, const double *beta, double **c, const int *ldc,
                       int group_count, const int *group_size);
void cblas_cgemm_batch(CBLAS_LAYOUT layout, const CBLAS_TRANSPOSE *transa, const CBLAS_TRANSPOSE *transb, const int *m,
                       const int *n, const int *k, const void *alpha, const void **a, const int *lda, const void **b,
                       const int *ldb, const void *beta, void **c, const int *ldc, int group_count,
                       const int *group_size);
void cblas_zgemm_batch(CBLAS_LAYOUT layout, const CBLAS_TRANSPOSE *transa, const CBLAS_TRANSPOSE *transb, const int *m,
                       const int *n, const int *k, const void *alpha, const void **a, const int *lda, const void **b,
                       const int *ldb, const void *beta, void **c, const int *ldc, int group_count,
                       const int *group_size);

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */
/* ------------------------------------------------------------------------ */

/*
 * Reports an illegal argument: parameter number `p` of routine `rout`. The
 * library's version prints the message and returns; a program may define its
 * own cblas_xerbla, which then receives the library's reports.
 */
void cblas_xerbla(int p, const char *rout, const char *form, ...);

#ifdef __cplusplus
}
#endif

#endif /* FERROBLAS_CBLAS_H */
