/*
 * lapacke.h: the C interface to LAPACK, as provided by ferroblas.
* Generated from capi/lapack.spec by `cargo xtask codegen`; do not edit.
 *
* Each routine comes as LAPACKE_x (NaN checks, workspace allocated for you)
* and LAPACKE_x_work (workspace passed in), in row-major or column-major
* layout; the `64_` names take 64-bit integers (ILP64).
 *
* Link with -lferroblas (see dist/lib/pkgconfig/lapacke.pc).
 */
#ifndef FERROBLAS_LAPACKE_H
#define FERROBLAS_LAPACKE_H

#include <stdlib.h>
#include "lapack.h"

/* Matrix layouts (the same values as CBLAS's CblasRowMajor / CblasColMajor). */
#define LAPACK_ROW_MAJOR 101
#define LAPACK_COL_MAJOR 102

/* Returned instead of `info` when LAPACKE cannot allocate its workspace,
* or a row-major argument's column-major copy. */
#define LAPACK_WORK_MEMORY_ERROR -1010
#define LAPACK_TRANSPOSE_MEMORY_ERROR -1011

#ifdef __cplusplus
extern "C" {
#endif

/* NaN checks of the high-level interface: on by default, off with
* LAPACKE_NANCHECK=0 in the environment or LAPACKE_set_nancheck(0). */
void LAPACKE_set_nancheck(int flag);
int LAPACKE_get_nancheck(void);
void LAPACKE_xerbla(const char *name, lapack_int info);
lapack_logical LAPACKE_lsame(char ca, char cb);
lapack_complex_float lapack_make_complex_float(float re, float im);
lapack_complex_double lapack_make_complex_double(double re, double im);

/* Storage-kind helpers (as in the reference's lapacke_utils.h). */
lapack_int LAPACKE_s_nancheck(lapack_int n, const float *x, lapack_int incx);
lapack_int LAPACKE_sge_nancheck(int matrix_layout, lapack_int m, lapack_int n, const float *a, lapack_int lda);
void LAPACKE_sge_trans(int matrix_layout, lapack_int m, lapack_int n, const float *in, lapack_int ldin, float *out, lapack_int ldout);
lapack_int LAPACKE_sgb_nancheck(int matrix_layout, lapack_int m, lapack_int n, lapack_int kl, lapack_int ku, const float *a, lapack_int lda);
void LAPACKE_sgb_trans(int matrix_layout, lapack_int m, lapack_int n, lapack_int kl, lapack_int ku, const float *in, lapack_int ldin, float *out, lapack_int ldout);
lapack_int LAPACKE_str_nancheck(int matrix_layout, char uplo, char diag, lapack_int n, const float *a, lapack_int lda);
void LAPACKE_str_trans(int matrix_layout, char uplo, char diag, lapack_int n, const float *in, lapack_int ldin, float *out, lapack_int ldout);
lapack_int LAPACKE_ssy_nancheck(int matrix_layout, char uplo, lapack_int n, const float *a, lapack_int lda);
void LAPACKE_ssy_trans(int matrix_layout, char uplo, lapack_int n, const float *in, lapack_int ldin, float *out, lapack_int ldout);
lapack_int LAPACKE_spo_nancheck(int matrix_layout, char uplo, lapack_int n, const float *a, lapack_int lda);
void LAPACKE_spo_trans(int matrix_layout, char uplo, lapack_int n, const float *in, lapack_int ldin, float *out, lapack_int ldout);
lapack_int LAPACKE_d_nancheck(lapack_int n, const double *x, lapack_int incx);
lapack_int LAPACKE_dge_nancheck(int matrix_layout, lapack_int m, lapack_int n, const double *a, lapack_int lda);
void LAPACKE_dge_trans(int matrix_layout, lapack_int m, lapack_int n, const double *in, lapack_int ldin, double *out, lapack_int ldout);
lapack_int LAPACKE_dgb_nancheck(int matrix_layout, lapack_int m, lapack_int n, lapack_int kl, lapack_int ku, const double *a, lapack_int lda);
void LAPACKE_dgb_trans(int matrix_layout, lapack_int m, lapack_int n, lapack_int kl, lapack_int ku, const double *in, lapack_int ldin, double *out, lapack_int ldout);
lapack_int LAPACKE_dtr_nancheck(int matrix_layout, char uplo, char diag, lapack_int n, const double *a, lapack_int lda);
void LAPACKE_dtr_trans(int matrix_layout, char uplo, char diag, lapack_int n, const double *in, lapack_int ldin, double *out, lapack_int ldout);
lapack_int LAPACKE_dsy_nancheck(int matrix_layout, char uplo, lapack_int n, const double *a, lapack_int lda);
void LAPACKE_dsy_trans(int matrix_layout, char uplo, lapack_int n, const double *in, lapack_int ldin, double *out, lapack_int ldout);
lapack_int LAPACKE_dpo_nancheck(int matrix_layout, char uplo, lapack_int n, const double *a, lapack_int lda);
void LAPACKE_dpo_trans(int matrix_layout, char uplo, lapack_int n, const double *in, lapack_int ldin, double *out, lapack_int ldout);
lapack_int LAPACKE_c_nancheck(lapack_int n, const lapack_complex_float *x, lapack_int incx);
lapack_int LAPACKE_cge_nancheck(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda);
void LAPACKE_cge_trans(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_float *in, lapack_int ldin, lapack_complex_float *out, lapack_int ldout);
lapack_int LAPACKE_cgb_nancheck(int matrix_layout, lapack_int m, lapack_int n, lapack_int kl, lapack_int ku, const lapack_complex_float *a, lapack_int lda);
void LAPACKE_cgb_trans(int matrix_layout, lapack_int m, lapack_int n, lapack_int kl, lapack_int ku, const lapack_complex_float *in, lapack_int ldin, lapack_complex_float *out, lapack_int ldout);
lapack_int LAPACKE_ctr_nancheck(int matrix_layout, char uplo, char diag, lapack_int n, const lapack_complex_float *a, lapack_int lda);
void LAPACKE_ctr_trans(int matrix_layout, char uplo, char diag, lapack_int n, const lapack_complex_float *in, lapack_int ldin, lapack_complex_float *out, lapack_int ldout);
lapack_int LAPACKE_csy_nancheck(int matrix_layout, char uplo, lapack_int n, const lapack_complex_float *a, lapack_int lda);
void LAPACKE_csy_trans(int matrix_layout, char uplo, lapack_int n, const lapack_complex_float *in, lapack_int ldin, lapack_complex_float *out, lapack_int ldout);
lapack_int LAPACKE_che_nancheck(int matrix_layout, char uplo, lapack_int n, const lapack_complex_float *a, lapack_int lda);
void LAPACKE_che_trans(int matrix_layout, char uplo, lapack_int n, const lapack_complex_float *in, lapack_int ldin, lapack_complex_float *out, lapack_int ldout);
lapack_int LAPACKE_cpo_nancheck(int matrix_layout, char uplo, lapack_int n, const lapack_complex_float *a, lapack_int lda);
void LAPACKE_cpo_trans(int matrix_layout, char uplo, lapack_int n, const lapack_complex_float *in, lapack_int ldin, lapack_complex_float *out, lapack_int ldout);
lapack_int LAPACKE_z_nancheck(lapack_int n, const lapack_complex_double *x, lapack_int incx);
lapack_int LAPACKE_zge_nancheck(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda);
void LAPACKE_zge_trans(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_double *in, lapack_int ldin, lapack_complex_double *out, lapack_int ldout);
lapack_int LAPACKE_zgb_nancheck(int matrix_layout, lapack_int m, lapack_int n, lapack_int kl, lapack_int ku, const lapack_complex_double *a, lapack_int lda);
void LAPACKE_zgb_trans(int matrix_layout, lapack_int m, lapack_int n, lapack_int kl, lapack_int ku, const lapack_complex_double *in, lapack_int ldin, lapack_complex_double *out, lapack_int ldout);
lapack_int LAPACKE_ztr_nancheck(int matrix_layout, char uplo, char diag, lapack_int n, const lapack_complex_double *a, lapack_int lda);
void LAPACKE_ztr_trans(int matrix_layout, char uplo, char diag, lapack_int n, const lapack_complex_double *in, lapack_int ldin, lapack_complex_double *out, lapack_int ldout);
lapack_int LAPACKE_zsy_nancheck(int matrix_layout, char uplo, lapack_int n, const lapack_complex_double *a, lapack_int lda);
void LAPACKE_zsy_trans(int matrix_layout, char uplo, lapack_int n, const lapack_complex_double *in, lapack_int ldin, lapack_complex_double *out, lapack_int ldout);
lapack_int LAPACKE_zhe_nancheck(int matrix_layout, char uplo, lapack_int n, const lapack_complex_double *a, lapack_int lda);
void LAPACKE_zhe_trans(int matrix_layout, char uplo, lapack_int n, const lapack_complex_double *in, lapack_int ldin, lapack_complex_double *out, lapack_int ldout);
lapack_int LAPACKE_zpo_nancheck(int matrix_layout, char uplo, lapack_int n, const lapack_complex_double *a, lapack_int lda);
void LAPACKE_zpo_trans(int matrix_layout, char uplo, lapack_int n, const lapack_complex_double *in, lapack_int ldin, lapack_complex_double *out, lapack_int ldout);
int64_t LAPACKE_s_nancheck64_(int64_t n, const float *x, int64_t incx);
int64_t LAPACKE_sge_nancheck64_(int matrix_layout, int64_t m, int64_t n, const float *a, int64_t lda);
void LAPACKE_sge_trans64_(int matrix_layout, int64_t m, int64_t n, const float *in, int64_t ldin, float *out, int64_t ldout);
int64_t LAPACKE_sgb_nancheck64_(int matrix_layout, int64_t m, int64_t n, int64_t kl, int64_t ku, const float *a, int64_t lda);
void LAPACKE_sgb_trans64_(int matrix_layout, int64_t m, int64_t n, int64_t kl, int64_t ku, const float *in, int64_t ldin, float *out, int64_t ldout);
int64_t LAPACKE_str_nancheck64_(int matrix_layout, char uplo, char diag, int64_t n, const float *a, int64_t lda);
void LAPACKE_str_trans64_(int matrix_layout, char uplo, char diag, int64_t n, const float *in, int64_t ldin, float *out, int64_t ldout);
int64_t LAPACKE_ssy_nancheck64_(int matrix_layout, char uplo, int64_t n, const float *a, int64_t lda);
void LAPACKE_ssy_trans64_(int matrix_layout, char uplo, int64_t n, const float *in, int64_t ldin, float *out, int64_t ldout);
int64_t LAPACKE_spo_nancheck64_(int matrix_layout, char uplo, int64_t n, const float *a, int64_t lda);
void LAPACKE_spo_trans64_(int matrix_layout, char uplo, int64_t n, const float *in, int64_t ldin, float *out, int64_t ldout);
int64_t LAPACKE_d_nancheck64_(int64_t n, const double *x, int64_t incx);
int64_t LAPACKE_dge_nancheck64_(int matrix_layout, int64_t m, int64_t n, const double *a, int64_t lda);
void LAPACKE_dge_trans64_(int matrix_layout, int64_t m, int64_t n, const double *in, int64_t ldin, double *out, int64_t ldout);
int64_t LAPACKE_dgb_nancheck64_(int matrix_layout, int64_t m, int64_t n, int64_t kl, int64_t ku, const double *a, int64_t lda);
void LAPACKE_dgb_trans64_(int matrix_layout, int64_t m, int64_t n, int64_t kl, int64_t ku, const double *in, int64_t ldin, double *out, int64_t ldout);
int64_t LAPACKE_dtr_nancheck64_(int matrix_layout, char uplo, char diag, int64_t n, const double *a, int64_t lda);
void LAPACKE_dtr_trans64_(int matrix_layout, char uplo, char diag, int64_t n, const double *in, int64_t ldin, double *out, int64_t ldout);
int64_t LAPACKE_dsy_nancheck64_(int matrix_layout, char uplo, int64_t n, const double *a, int64_t lda);
void LAPACKE_dsy_trans64_(int matrix_layout, char uplo, int64_t n, const double *in, int64_t ldin, double *out, int64_t ldout);
int64_t LAPACKE_dpo_nancheck64_(int matrix_layout, char uplo, int64_t n, const double *a, int64_t lda);
void LAPACKE_dpo_trans64_(int matrix_layout, char uplo, int64_t n, const double *in, int64_t ldin, double *out, int64_t ldout);
int64_t LAPACKE_c_nancheck64_(int64_t n, const lapack_complex_float *x, int64_t incx);
int64_t LAPACKE_cge_nancheck64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda);
void LAPACKE_cge_trans64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_float *in, int64_t ldin, lapack_complex_float *out, int64_t ldout);
int64_t LAPACKE_cgb_nancheck64_(int matrix_layout, int64_t m, int64_t n, int64_t kl, int64_t ku, const lapack_complex_float *a, int64_t lda);
void LAPACKE_cgb_trans64_(int matrix_layout, int64_t m, int64_t n, int64_t kl, int64_t ku, const lapack_complex_float *in, int64_t ldin, lapack_complex_float *out, int64_t ldout);
int64_t LAPACKE_ctr_nancheck64_(int matrix_layout, char uplo, char diag, int64_t n, const lapack_complex_float *a, int64_t lda);
void LAPACKE_ctr_trans64_(int matrix_layout, char uplo, char diag, int64_t n, const lapack_complex_float *in, int64_t ldin, lapack_complex_float *out, int64_t ldout);
int64_t LAPACKE_csy_nancheck64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_float *a, int64_t lda);
void LAPACKE_csy_trans64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_float *in, int64_t ldin, lapack_complex_float *out, int64_t ldout);
int64_t LAPACKE_che_nancheck64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_float *a, int64_t lda);
void LAPACKE_che_trans64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_float *in, int64_t ldin, lapack_complex_float *out, int64_t ldout);
int64_t LAPACKE_cpo_nancheck64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_float *a, int64_t lda);
void LAPACKE_cpo_trans64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_float *in, int64_t ldin, lapack_complex_float *out, int64_t ldout);
int64_t LAPACKE_z_nancheck64_(int64_t n, const lapack_complex_double *x, int64_t incx);
int64_t LAPACKE_zge_nancheck64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda);
void LAPACKE_zge_trans64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_double *in, int64_t ldin, lapack_complex_double *out, int64_t ldout);
int64_t LAPACKE_zgb_nancheck64_(int matrix_layout, int64_t m, int64_t n, int64_t kl, int64_t ku, const lapack_complex_double *a, int64_t lda);
void LAPACKE_zgb_trans64_(int matrix_layout, int64_t m, int64_t n, int64_t kl, int64_t ku, const lapack_complex_double *in, int64_t ldin, lapack_complex_double *out, int64_t ldout);
int64_t LAPACKE_ztr_nancheck64_(int matrix_layout, char uplo, char diag, int64_t n, const lapack_complex_double *a, int64_t lda);
void LAPACKE_ztr_trans64_(int matrix_layout, char uplo, char diag, int64_t n, const lapack_complex_double *in, int64_t ldin, lapack_complex_double *out, int64_t ldout);
int64_t LAPACKE_zsy_nancheck64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_double *a, int64_t lda);
void LAPACKE_zsy_trans64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_double *in, int64_t ldin, lapack_complex_double *out, int64_t ldout);
int64_t LAPACKE_zhe_nancheck64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_double *a, int64_t lda);
void LAPACKE_zhe_trans64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_double *in, int64_t ldin, lapack_complex_double *out, int64_t ldout);
int64_t LAPACKE_zpo_nancheck64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_double *a, int64_t lda);
void LAPACKE_zpo_trans64_(int matrix_layout, char uplo, int64_t n, const lapack_complex_double *in, int64_t ldin, lapack_complex_double *out, int64_t ldout);

/* The routines. */
float LAPACKE_slamch(char cmach);
float LAPACKE_slamch_work(char cmach);
double LAPACKE_dlamch(char cmach);
double LAPACKE_dlamch_work(char cmach);
float LAPACKE_slamch64_(char cmach);
float LAPACKE_slamch_work64_(char cmach);
double LAPACKE_dlamch64_(char cmach);
double LAPACKE_dlamch_work64_(char cmach);
float LAPACKE_slapy2(float x, float y);
float LAPACKE_slapy2_work(float x, float y);
double LAPACKE_dlapy2(double x, double y);
double LAPACKE_dlapy2_work(double x, double y);
float LAPACKE_slapy264_(float x, float y);
float LAPACKE_slapy2_work64_(float x, float y);
double LAPACKE_dlapy264_(double x, double y);
double LAPACKE_dlapy2_work64_(double x, double y);
float LAPACKE_slapy3(float x, float y, float z);
float LAPACKE_slapy3_work(float x, float y, float z);
double LAPACKE_dlapy3(double x, double y, double z);
double LAPACKE_dlapy3_work(double x, double y, double z);
float LAPACKE_slapy364_(float x, float y, float z);
float LAPACKE_slapy3_work64_(float x, float y, float z);
double LAPACKE_dlapy364_(double x, double y, double z);
double LAPACKE_dlapy3_work64_(double x, double y, double z);
lapack_int LAPACKE_slartgp(float f, float g, float *cs, float *sn, float *r);
lapack_int LAPACKE_slartgp_work(float f, float g, float *cs, float *sn, float *r);
lapack_int LAPACKE_dlartgp(double f, double g, double *cs, double *sn, double *r);
lapack_int LAPACKE_dlartgp_work(double f, double g, double *cs, double *sn, double *r);
int64_t LAPACKE_slartgp64_(float f, float g, float *cs, float *sn, float *r);
int64_t LAPACKE_slartgp_work64_(float f, float g, float *cs, float *sn, float *r);
int64_t LAPACKE_dlartgp64_(double f, double g, double *cs, double *sn, double *r);
int64_t LAPACKE_dlartgp_work64_(double f, double g, double *cs, double *sn, double *r);
lapack_int LAPACKE_slartgs(float x, float y, float sigma, float *cs, float *sn);
lapack_int LAPACKE_slartgs_work(float x, float y, float sigma, float *cs, float *sn);
lapack_int LAPACKE_dlartgs(double x, double y, double sigma, double *cs, double *sn);
lapack_int LAPACKE_dlartgs_work(double x, double y, double sigma, double *cs, double *sn);
int64_t LAPACKE_slartgs64_(float x, float y, float sigma, float *cs, float *sn);
int64_t LAPACKE_slartgs_work64_(float x, float y, float sigma, float *cs, float *sn);
int64_t LAPACKE_dlartgs64_(double x, double y, double sigma, double *cs, double *sn);
int64_t LAPACKE_dlartgs_work64_(double x, double y, double sigma, double *cs, double *sn);
lapack_int LAPACKE_slassq(lapack_int n, const float *x, lapack_int incx, float *scale, float *sumsq);
lapack_int LAPACKE_slassq_work(lapack_int n, const float *x, lapack_int incx, float *scale, float *sumsq);
lapack_int LAPACKE_dlassq(lapack_int n, const double *x, lapack_int incx, double *scale, double *sumsq);
lapack_int LAPACKE_dlassq_work(lapack_int n, const double *x, lapack_int incx, double *scale, double *sumsq);
lapack_int LAPACKE_classq(lapack_int n, const lapack_complex_float *x, lapack_int incx, float *scale, float *sumsq);
lapack_int LAPACKE_classq_work(lapack_int n, const lapack_complex_float *x, lapack_int incx, float *scale, float *sumsq);
lapack_int LAPACKE_zlassq(lapack_int n, const lapack_complex_double *x, lapack_int incx, double *scale, double *sumsq);
lapack_int LAPACKE_zlassq_work(lapack_int n, const lapack_complex_double *x, lapack_int incx, double *scale, double *sumsq);
int64_t LAPACKE_slassq64_(int64_t n, const float *x, int64_t incx, float *scale, float *sumsq);
int64_t LAPACKE_slassq_work64_(int64_t n, const float *x, int64_t incx, float *scale, float *sumsq);
int64_t LAPACKE_dlassq64_(int64_t n, const double *x, int64_t incx, double *scale, double *sumsq);
int64_t LAPACKE_dlassq_work64_(int64_t n, const double *x, int64_t incx, double *scale, double *sumsq);
int64_t LAPACKE_classq64_(int64_t n, const lapack_complex_float *x, int64_t incx, float *scale, float *sumsq);
int64_t LAPACKE_classq_work64_(int64_t n, const lapack_complex_float *x, int64_t incx, float *scale, float *sumsq);
int64_t LAPACKE_zlassq64_(int64_t n, const lapack_complex_double *x, int64_t incx, double *scale, double *sumsq);
int64_t LAPACKE_zlassq_work64_(int64_t n, const lapack_complex_double *x, int64_t incx, double *scale, double *sumsq);
lapack_int LAPACKE_clacgv(lapack_int n, lapack_complex_float *x, lapack_int incx);
lapack_int LAPACKE_clacgv_work(lapack_int n, lapack_complex_float *x, lapack_int incx);
lapack_int LAPACKE_zlacgv(lapack_int n, lapack_complex_double *x, lapack_int incx);
lapack_int LAPACKE_zlacgv_work(lapack_int n, lapack_complex_double *x, lapack_int incx);
int64_t LAPACKE_clacgv64_(int64_t n, lapack_complex_float *x, int64_t incx);
int64_t LAPACKE_clacgv_work64_(int64_t n, lapack_complex_float *x, int64_t incx);
int64_t LAPACKE_zlacgv64_(int64_t n, lapack_complex_double *x, int64_t incx);
int64_t LAPACKE_zlacgv_work64_(int64_t n, lapack_complex_double *x, int64_t incx);
lapack_int LAPACKE_slasrt(char id, lapack_int n, float *d);
lapack_int LAPACKE_slasrt_work(char id, lapack_int n, float *d);
lapack_int LAPACKE_dlasrt(char id, lapack_int n, double *d);
lapack_int LAPACKE_dlasrt_work(char id, lapack_int n, double *d);
int64_t LAPACKE_slasrt64_(char id, int64_t n, float *d);
int64_t LAPACKE_slasrt_work64_(char id, int64_t n, float *d);
int64_t LAPACKE_dlasrt64_(char id, int64_t n, double *d);
int64_t LAPACKE_dlasrt_work64_(char id, int64_t n, double *d);
lapack_int LAPACKE_slarnv(lapack_int idist, lapack_int *iseed, lapack_int n, float *x);
lapack_int LAPACKE_slarnv_work(lapack_int idist, lapack_int *iseed, lapack_int n, float *x);
lapack_int LAPACKE_dlarnv(lapack_int idist, lapack_int *iseed, lapack_int n, double *x);
lapack_int LAPACKE_dlarnv_work(lapack_int idist, lapack_int *iseed, lapack_int n, double *x);
lapack_int LAPACKE_clarnv(lapack_int idist, lapack_int *iseed, lapack_int n, lapack_complex_float *x);
lapack_int LAPACKE_clarnv_work(lapack_int idist, lapack_int *iseed, lapack_int n, lapack_complex_float *x);
lapack_int LAPACKE_zlarnv(lapack_int idist, lapack_int *iseed, lapack_int n, lapack_complex_double *x);
lapack_int LAPACKE_zlarnv_work(lapack_int idist, lapack_int *iseed, lapack_int n, lapack_complex_double *x);
int64_t LAPACKE_slarnv64_(int64_t idist, int64_t *iseed, int64_t n, float *x);
int64_t LAPACKE_slarnv_work64_(int64_t idist, int64_t *iseed, int64_t n, float *x);
int64_t LAPACKE_dlarnv64_(int64_t idist, int64_t *iseed, int64_t n, double *x);
int64_t LAPACKE_dlarnv_work64_(int64_t idist, int64_t *iseed, int64_t n, double *x);
int64_t LAPACKE_clarnv64_(int64_t idist, int64_t *iseed, int64_t n, lapack_complex_float *x);
int64_t LAPACKE_clarnv_work64_(int64_t idist, int64_t *iseed, int64_t n, lapack_complex_float *x);
int64_t LAPACKE_zlarnv64_(int64_t idist, int64_t *iseed, int64_t n, lapack_complex_double *x);
int64_t LAPACKE_zlarnv_work64_(int64_t idist, int64_t *iseed, int64_t n, lapack_complex_double *x);
lapack_int LAPACKE_slacpy(int matrix_layout, char uplo, lapack_int m, lapack_int n, const float *a, lapack_int lda, float *b, lapack_int ldb);
lapack_int LAPACKE_slacpy_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, const float *a, lapack_int lda, float *b, lapack_int ldb);
lapack_int LAPACKE_dlacpy(int matrix_layout, char uplo, lapack_int m, lapack_int n, const double *a, lapack_int lda, double *b, lapack_int ldb);
lapack_int LAPACKE_dlacpy_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, const double *a, lapack_int lda, double *b, lapack_int ldb);
lapack_int LAPACKE_clacpy(int matrix_layout, char uplo, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda, lapack_complex_float *b, lapack_int ldb);
lapack_int LAPACKE_clacpy_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda, lapack_complex_float *b, lapack_int ldb);
lapack_int LAPACKE_zlacpy(int matrix_layout, char uplo, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda, lapack_complex_double *b, lapack_int ldb);
lapack_int LAPACKE_zlacpy_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda, lapack_complex_double *b, lapack_int ldb);
int64_t LAPACKE_slacpy64_(int matrix_layout, char uplo, int64_t m, int64_t n, const float *a, int64_t lda, float *b, int64_t ldb);
int64_t LAPACKE_slacpy_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, const float *a, int64_t lda, float *b, int64_t ldb);
int64_t LAPACKE_dlacpy64_(int matrix_layout, char uplo, int64_t m, int64_t n, const double *a, int64_t lda, double *b, int64_t ldb);
int64_t LAPACKE_dlacpy_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, const double *a, int64_t lda, double *b, int64_t ldb);
int64_t LAPACKE_clacpy64_(int matrix_layout, char uplo, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda, lapack_complex_float *b, int64_t ldb);
int64_t LAPACKE_clacpy_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda, lapack_complex_float *b, int64_t ldb);
int64_t LAPACKE_zlacpy64_(int matrix_layout, char uplo, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda, lapack_complex_double *b, int64_t ldb);
int64_t LAPACKE_zlacpy_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda, lapack_complex_double *b, int64_t ldb);
lapack_int LAPACKE_clacp2(int matrix_layout, char uplo, lapack_int m, lapack_int n, const float *a, lapack_int lda, lapack_complex_float *b, lapack_int ldb);
lapack_int LAPACKE_clacp2_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, const float *a, lapack_int lda, lapack_complex_float *b, lapack_int ldb);
lapack_int LAPACKE_zlacp2(int matrix_layout, char uplo, lapack_int m, lapack_int n, const double *a, lapack_int lda, lapack_complex_double *b, lapack_int ldb);
lapack_int LAPACKE_zlacp2_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, const double *a, lapack_int lda, lapack_complex_double *b, lapack_int ldb);
int64_t LAPACKE_clacp264_(int matrix_layout, char uplo, int64_t m, int64_t n, const float *a, int64_t lda, lapack_complex_float *b, int64_t ldb);
int64_t LAPACKE_clacp2_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, const float *a, int64_t lda, lapack_complex_float *b, int64_t ldb);
int64_t LAPACKE_zlacp264_(int matrix_layout, char uplo, int64_t m, int64_t n, const double *a, int64_t lda, lapack_complex_double *b, int64_t ldb);
int64_t LAPACKE_zlacp2_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, const double *a, int64_t lda, lapack_complex_double *b, int64_t ldb);
lapack_int LAPACKE_slaset(int matrix_layout, char uplo, lapack_int m, lapack_int n, float alpha, float beta, float *a, lapack_int lda);
lapack_int LAPACKE_slaset_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, float alpha, float beta, float *a, lapack_int lda);
lapack_int LAPACKE_dlaset(int matrix_layout, char uplo, lapack_int m, lapack_int n, double alpha, double beta, double *a, lapack_int lda);
lapack_int LAPACKE_dlaset_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, double alpha, double beta, double *a, lapack_int lda);
lapack_int LAPACKE_claset(int matrix_layout, char uplo, lapack_int m, lapack_int n, lapack_complex_float alpha, lapack_complex_float beta, lapack_complex_float *a, lapack_int lda);
lapack_int LAPACKE_claset_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, lapack_complex_float alpha, lapack_complex_float beta, lapack_complex_float *a, lapack_int lda);
lapack_int LAPACKE_zlaset(int matrix_layout, char uplo, lapack_int m, lapack_int n, lapack_complex_double alpha, lapack_complex_double beta, lapack_complex_double *a, lapack_int lda);
lapack_int LAPACKE_zlaset_work(int matrix_layout, char uplo, lapack_int m, lapack_int n, lapack_complex_double alpha, lapack_complex_double beta, lapack_complex_double *a, lapack_int lda);
int64_t LAPACKE_slaset64_(int matrix_layout, char uplo, int64_t m, int64_t n, float alpha, float beta, float *a, int64_t lda);
int64_t LAPACKE_slaset_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, float alpha, float beta, float *a, int64_t lda);
int64_t LAPACKE_dlaset64_(int matrix_layout, char uplo, int64_t m, int64_t n, double alpha, double beta, double *a, int64_t lda);
int64_t LAPACKE_dlaset_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, double alpha, double beta, double *a, int64_t lda);
int64_t LAPACKE_claset64_(int matrix_layout, char uplo, int64_t m, int64_t n, lapack_complex_float alpha, lapack_complex_float beta, lapack_complex_float *a, int64_t lda);
int64_t LAPACKE_claset_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, lapack_complex_float alpha, lapack_complex_float beta, lapack_complex_float *a, int64_t lda);
int64_t LAPACKE_zlaset64_(int matrix_layout, char uplo, int64_t m, int64_t n, lapack_complex_double alpha, lapack_complex_double beta, lapack_complex_double *a, int64_t lda);
int64_t LAPACKE_zlaset_work64_(int matrix_layout, char uplo, int64_t m, int64_t n, lapack_complex_double alpha, lapack_complex_double beta, lapack_complex_double *a, int64_t lda);
lapack_int LAPACKE_slascl(int matrix_layout, char kind, lapack_int kl, lapack_int ku, float cfrom, float cto, lapack_int m, lapack_int n, float *a, lapack_int lda);
lapack_int LAPACKE_slascl_work(int matrix_layout, char kind, lapack_int kl, lapack_int ku, float cfrom, float cto, lapack_int m, lapack_int n, float *a, lapack_int lda);
lapack_int LAPACKE_dlascl(int matrix_layout, char kind, lapack_int kl, lapack_int ku, double cfrom, double cto, lapack_int m, lapack_int n, double *a, lapack_int lda);
lapack_int LAPACKE_dlascl_work(int matrix_layout, char kind, lapack_int kl, lapack_int ku, double cfrom, double cto, lapack_int m, lapack_int n, double *a, lapack_int lda);
lapack_int LAPACKE_clascl(int matrix_layout, char kind, lapack_int kl, lapack_int ku, float cfrom, float cto, lapack_int m, lapack_int n, lapack_complex_float *a, lapack_int lda);
lapack_int LAPACKE_clascl_work(int matrix_layout, char kind, lapack_int kl, lapack_int ku, float cfrom, float cto, lapack_int m, lapack_int n, lapack_complex_float *a, lapack_int lda);
lapack_int LAPACKE_zlascl(int matrix_layout, char kind, lapack_int kl, lapack_int ku, double cfrom, double cto, lapack_int m, lapack_int n, lapack_complex_double *a, lapack_int lda);
lapack_int LAPACKE_zlascl_work(int matrix_layout, char kind, lapack_int kl, lapack_int ku, double cfrom, double cto, lapack_int m, lapack_int n, lapack_complex_double *a, lapack_int lda);
int64_t LAPACKE_slascl64_(int matrix_layout, char kind, int64_t kl, int64_t ku, float cfrom, float cto, int64_t m, int64_t n, float *a, int64_t lda);
int64_t LAPACKE_slascl_work64_(int matrix_layout, char kind, int64_t kl, int64_t ku, float cfrom, float cto, int64_t m, int64_t n, float *a, int64_t lda);
int64_t LAPACKE_dlascl64_(int matrix_layout, char kind, int64_t kl, int64_t ku, double cfrom, double cto, int64_t m, int64_t n, double *a, int64_t lda);
int64_t LAPACKE_dlascl_work64_(int matrix_layout, char kind, int64_t kl, int64_t ku, double cfrom, double cto, int64_t m, int64_t n, double *a, int64_t lda);
int64_t LAPACKE_clascl64_(int matrix_layout, char kind, int64_t kl, int64_t ku, float cfrom, float cto, int64_t m, int64_t n, lapack_complex_float *a, int64_t lda);
int64_t LAPACKE_clascl_work64_(int matrix_layout, char kind, int64_t kl, int64_t ku, float cfrom, float cto, int64_t m, int64_t n, lapack_complex_float *a, int64_t lda);
int64_t LAPACKE_zlascl64_(int matrix_layout, char kind, int64_t kl, int64_t ku, double cfrom, double cto, int64_t m, int64_t n, lapack_complex_double *a, int64_t lda);
int64_t LAPACKE_zlascl_work64_(int matrix_layout, char kind, int64_t kl, int64_t ku, double cfrom, double cto, int64_t m, int64_t n, lapack_complex_double *a, int64_t lda);
lapack_int LAPACKE_slapmt(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, float *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_slapmt_work(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, float *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_dlapmt(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, double *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_dlapmt_work(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, double *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_clapmt(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, lapack_complex_float *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_clapmt_work(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, lapack_complex_float *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_zlapmt(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, lapack_complex_double *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_zlapmt_work(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, lapack_complex_double *x, lapack_int ldx, lapack_int *k);
int64_t LAPACKE_slapmt64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, float *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_slapmt_work64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, float *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_dlapmt64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, double *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_dlapmt_work64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, double *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_clapmt64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, lapack_complex_float *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_clapmt_work64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, lapack_complex_float *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_zlapmt64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, lapack_complex_double *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_zlapmt_work64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, lapack_complex_double *x, int64_t ldx, int64_t *k);
lapack_int LAPACKE_slapmr(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, float *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_slapmr_work(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, float *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_dlapmr(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, double *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_dlapmr_work(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, double *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_clapmr(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, lapack_complex_float *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_clapmr_work(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, lapack_complex_float *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_zlapmr(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, lapack_complex_double *x, lapack_int ldx, lapack_int *k);
lapack_int LAPACKE_zlapmr_work(int matrix_layout, lapack_int forwrd, lapack_int m, lapack_int n, lapack_complex_double *x, lapack_int ldx, lapack_int *k);
int64_t LAPACKE_slapmr64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, float *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_slapmr_work64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, float *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_dlapmr64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, double *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_dlapmr_work64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, double *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_clapmr64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, lapack_complex_float *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_clapmr_work64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, lapack_complex_float *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_zlapmr64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, lapack_complex_double *x, int64_t ldx, int64_t *k);
int64_t LAPACKE_zlapmr_work64_(int matrix_layout, int64_t forwrd, int64_t m, int64_t n, lapack_complex_double *x, int64_t ldx, int64_t *k);
lapack_int LAPACKE_clacrm(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda, const float *b, lapack_int ldb, lapack_complex_float *c, lapack_int ldc);
lapack_int LAPACKE_clacrm_work(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda, const float *b, lapack_int ldb, lapack_complex_float *c, lapack_int ldc, float *rwork);
lapack_int LAPACKE_zlacrm(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda, const double *b, lapack_int ldb, lapack_complex_double *c, lapack_int ldc);
lapack_int LAPACKE_zlacrm_work(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda, const double *b, lapack_int ldb, lapack_complex_double *c, lapack_int ldc, double *rwork);
int64_t LAPACKE_clacrm64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda, const float *b, int64_t ldb, lapack_complex_float *c, int64_t ldc);
int64_t LAPACKE_clacrm_work64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda, const float *b, int64_t ldb, lapack_complex_float *c, int64_t ldc, float *rwork);
int64_t LAPACKE_zlacrm64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda, const double *b, int64_t ldb, lapack_complex_double *c, int64_t ldc);
int64_t LAPACKE_zlacrm_work64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda, const double *b, int64_t ldb, lapack_complex_double *c, int64_t ldc, double *rwork);
lapack_int LAPACKE_slag2d(int matrix_layout, lapack_int m, lapack_int n, const float *a, lapack_int lda, double *b, lapack_int ldb);
lapack_int LAPACKE_slag2d_work(int matrix_layout, lapack_int m, lapack_int n, const float *a, lapack_int lda, double *b, lapack_int ldb);
lapack_int LAPACKE_dlag2s(int matrix_layout, lapack_int m, lapack_int n, const double *a, lapack_int lda, float *b, lapack_int ldb);
lapack_int LAPACKE_dlag2s_work(int matrix_layout, lapack_int m, lapack_int n, const double *a, lapack_int lda, float *b, lapack_int ldb);
lapack_int LAPACKE_clag2z(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda, lapack_complex_double *b, lapack_int ldb);
lapack_int LAPACKE_clag2z_work(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda, lapack_complex_double *b, lapack_int ldb);
lapack_int LAPACKE_zlag2c(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda, lapack_complex_float *b, lapack_int ldb);
lapack_int LAPACKE_zlag2c_work(int matrix_layout, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda, lapack_complex_float *b, lapack_int ldb);
int64_t LAPACKE_slag2d64_(int matrix_layout, int64_t m, int64_t n, const float *a, int64_t lda, double *b, int64_t ldb);
int64_t LAPACKE_slag2d_work64_(int matrix_layout, int64_t m, int64_t n, const float *a, int64_t lda, double *b, int64_t ldb);
int64_t LAPACKE_dlag2s64_(int matrix_layout, int64_t m, int64_t n, const double *a, int64_t lda, float *b, int64_t ldb);
int64_t LAPACKE_dlag2s_work64_(int matrix_layout, int64_t m, int64_t n, const double *a, int64_t lda, float *b, int64_t ldb);
int64_t LAPACKE_clag2z64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda, lapack_complex_double *b, int64_t ldb);
int64_t LAPACKE_clag2z_work64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda, lapack_complex_double *b, int64_t ldb);
int64_t LAPACKE_zlag2c64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda, lapack_complex_float *b, int64_t ldb);
int64_t LAPACKE_zlag2c_work64_(int matrix_layout, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda, lapack_complex_float *b, int64_t ldb);
float LAPACKE_slange(int matrix_layout, char norm, lapack_int m, lapack_int n, const float *a, lapack_int lda);
float LAPACKE_slange_work(int matrix_layout, char norm, lapack_int m, lapack_int n, const float *a, lapack_int lda, float *work);
double LAPACKE_dlange(int matrix_layout, char norm, lapack_int m, lapack_int n, const double *a, lapack_int lda);
double LAPACKE_dlange_work(int matrix_layout, char norm, lapack_int m, lapack_int n, const double *a, lapack_int lda, double *work);
float LAPACKE_clange(int matrix_layout, char norm, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda);
float LAPACKE_clange_work(int matrix_layout, char norm, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda, float *work);
double LAPACKE_zlange(int matrix_layout, char norm, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda);
double LAPACKE_zlange_work(int matrix_layout, char norm, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda, double *work);
float LAPACKE_slange64_(int matrix_layout, char norm, int64_t m, int64_t n, const float *a, int64_t lda);
float LAPACKE_slange_work64_(int matrix_layout, char norm, int64_t m, int64_t n, const float *a, int64_t lda, float *work);
double LAPACKE_dlange64_(int matrix_layout, char norm, int64_t m, int64_t n, const double *a, int64_t lda);
double LAPACKE_dlange_work64_(int matrix_layout, char norm, int64_t m, int64_t n, const double *a, int64_t lda, double *work);
float LAPACKE_clange64_(int matrix_layout, char norm, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda);
float LAPACKE_clange_work64_(int matrix_layout, char norm, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda, float *work);
double LAPACKE_zlange64_(int matrix_layout, char norm, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda);
double LAPACKE_zlange_work64_(int matrix_layout, char norm, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda, double *work);
float LAPACKE_slansy(int matrix_layout, char norm, char uplo, lapack_int n, const float *a, lapack_int lda);
float LAPACKE_slansy_work(int matrix_layout, char norm, char uplo, lapack_int n, const float *a, lapack_int lda, float *work);
double LAPACKE_dlansy(int matrix_layout, char norm, char uplo, lapack_int n, const double *a, lapack_int lda);
double LAPACKE_dlansy_work(int matrix_layout, char norm, char uplo, lapack_int n, const double *a, lapack_int lda, double *work);
float LAPACKE_clansy(int matrix_layout, char norm, char uplo, lapack_int n, const lapack_complex_float *a, lapack_int lda);
float LAPACKE_clansy_work(int matrix_layout, char norm, char uplo, lapack_int n, const lapack_complex_float *a, lapack_int lda, float *work);
double LAPACKE_zlansy(int matrix_layout, char norm, char uplo, lapack_int n, const lapack_complex_double *a, lapack_int lda);
double LAPACKE_zlansy_work(int matrix_layout, char norm, char uplo, lapack_int n, const lapack_complex_double *a, lapack_int lda, double *work);
float LAPACKE_slansy64_(int matrix_layout, char norm, char uplo, int64_t n, const float *a, int64_t lda);
float LAPACKE_slansy_work64_(int matrix_layout, char norm, char uplo, int64_t n, const float *a, int64_t lda, float *work);
double LAPACKE_dlansy64_(int matrix_layout, char norm, char uplo, int64_t n, const double *a, int64_t lda);
double LAPACKE_dlansy_work64_(int matrix_layout, char norm, char uplo, int64_t n, const double *a, int64_t lda, double *work);
float LAPACKE_clansy64_(int matrix_layout, char norm, char uplo, int64_t n, const lapack_complex_float *a, int64_t lda);
float LAPACKE_clansy_work64_(int matrix_layout, char norm, char uplo, int64_t n, const lapack_complex_float *a, int64_t lda, float *work);
double LAPACKE_zlansy64_(int matrix_layout, char norm, char uplo, int64_t n, const lapack_complex_double *a, int64_t lda);
double LAPACKE_zlansy_work64_(int matrix_layout, char norm, char uplo, int64_t n, const lapack_complex_double *a, int64_t lda, double *work);
float LAPACKE_clanhe(int matrix_layout, char norm, char uplo, lapack_int n, const lapack_complex_float *a, lapack_int lda);
float LAPACKE_clanhe_work(int matrix_layout, char norm, char uplo, lapack_int n, const lapack_complex_float *a, lapack_int lda, float *work);
double LAPACKE_zlanhe(int matrix_layout, char norm, char uplo, lapack_int n, const lapack_complex_double *a, lapack_int lda);
double LAPACKE_zlanhe_work(int matrix_layout, char norm, char uplo, lapack_int n, const lapack_complex_double *a, lapack_int lda, double *work);
float LAPACKE_clanhe64_(int matrix_layout, char norm, char uplo, int64_t n, const lapack_complex_float *a, int64_t lda);
float LAPACKE_clanhe_work64_(int matrix_layout, char norm, char uplo, int64_t n, const lapack_complex_float *a, int64_t lda, float *work);
double LAPACKE_zlanhe64_(int matrix_layout, char norm, char uplo, int64_t n, const lapack_complex_double *a, int64_t lda);
double LAPACKE_zlanhe_work64_(int matrix_layout, char norm, char uplo, int64_t n, const lapack_complex_double *a, int64_t lda, double *work);
float LAPACKE_slantr(int matrix_layout, char norm, char uplo, char diag, lapack_int m, lapack_int n, const float *a, lapack_int lda);
float LAPACKE_slantr_work(int matrix_layout, char norm, char uplo, char diag, lapack_int m, lapack_int n, const float *a, lapack_int lda, float *work);
double LAPACKE_dlantr(int matrix_layout, char norm, char uplo, char diag, lapack_int m, lapack_int n, const double *a, lapack_int lda);
double LAPACKE_dlantr_work(int matrix_layout, char norm, char uplo, char diag, lapack_int m, lapack_int n, const double *a, lapack_int lda, double *work);
float LAPACKE_clantr(int matrix_layout, char norm, char uplo, char diag, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda);
float LAPACKE_clantr_work(int matrix_layout, char norm, char uplo, char diag, lapack_int m, lapack_int n, const lapack_complex_float *a, lapack_int lda, float *work);
double LAPACKE_zlantr(int matrix_layout, char norm, char uplo, char diag, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda);
double LAPACKE_zlantr_work(int matrix_layout, char norm, char uplo, char diag, lapack_int m, lapack_int n, const lapack_complex_double *a, lapack_int lda, double *work);
float LAPACKE_slantr64_(int matrix_layout, char norm, char uplo, char diag, int64_t m, int64_t n, const float *a, int64_t lda);
float LAPACKE_slantr_work64_(int matrix_layout, char norm, char uplo, char diag, int64_t m, int64_t n, const float *a, int64_t lda, float *work);
double LAPACKE_dlantr64_(int matrix_layout, char norm, char uplo, char diag, int64_t m, int64_t n, const double *a, int64_t lda);
double LAPACKE_dlantr_work64_(int matrix_layout, char norm, char uplo, char diag, int64_t m, int64_t n, const double *a, int64_t lda, double *work);
float LAPACKE_clantr64_(int matrix_layout, char norm, char uplo, char diag, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda);
float LAPACKE_clantr_work64_(int matrix_layout, char norm, char uplo, char diag, int64_t m, int64_t n, const lapack_complex_float *a, int64_t lda, float *work);
double LAPACKE_zlantr64_(int matrix_layout, char norm, char uplo, char diag, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda);
double LAPACKE_zlantr_work64_(int matrix_layout, char norm, char uplo, char diag, int64_t m, int64_t n, const lapack_complex_double *a, int64_t lda, double *work);
float LAPACKE_slangb(int matrix_layout, char norm, lapack_int n, lapack_int kl, lapack_int ku, const float *ab, lapack_int ldab);
float LAPACKE_slangb_work(int matrix_layout, char norm, lapack_int n, lapack_int kl, lapack_int ku, const float *ab, lapack_int ldab, float *work);
double LAPACKE_dlangb(int matrix_layout, char norm, lapack_int n, lapack_int kl, lapack_int ku, const double *ab, lapack_int ldab);
double LAPACKE_dlangb_work(int matrix_layout, char norm, lapack_int n, lapack_int kl, lapack_int ku, const double *ab, lapack_int ldab, double *work);
float LAPACKE_clangb(int matrix_layout, char norm, lapack_int n, lapack_int kl, lapack_int ku, const lapack_complex_float *ab, lapack_int ldab);
float LAPACKE_clangb_work(int matrix_layout, char norm, lapack_int n, lapack_int kl, lapack_int ku, const lapack_complex_float *ab, lapack_int ldab, float *work);
double LAPACKE_zlangb(int matrix_layout, char norm, lapack_int n, lapack_int kl, lapack_int ku, const lapack_complex_double *ab, lapack_int ldab);
double LAPACKE_zlangb_work(int matrix_layout, char norm, lapack_int n, lapack_int kl, lapack_int ku, const lapack_complex_double *ab, lapack_int ldab, double *work);
float LAPACKE_slangb64_(int matrix_layout, char norm, int64_t n, int64_t kl, int64_t ku, const float *ab, int64_t ldab);
float LAPACKE_slangb_work64_(int matrix_layout, char norm, int64_t n, int64_t kl, int64_t ku, const float *ab, int64_t ldab, float *work);
double LAPACKE_dlangb64_(int matrix_layout, char norm, int64_t n, int64_t kl, int64_t ku, const double *ab, int64_t ldab);
double LAPACKE_dlangb_work64_(int matrix_layout, char norm, int64_t n, int64_t kl, int64_t ku, const double *ab, int64_t ldab, double *work);
float LAPACKE_clangb64_(int matrix_layout, char norm, int64_t n, int64_t kl, int64_t ku, const lapack_complex_float *ab, int64_t ldab);
float LAPACKE_clangb_work64_(int matrix_layout, char norm, int64_t n, int64_t kl, int64_t ku, const lapack_complex_float *ab, int64_t ldab, float *work);
double LAPACKE_zlangb64_(int matrix_layout, char norm, int64_t n, int64_t kl, int64_t ku, const lapack_complex_double *ab, int64_t ldab);
double LAPACKE_zlangb_work64_(int matrix_layout, char norm, int64_t n, int64_t kl, int64_t ku, const lapack_complex_double *ab, int64_t ldab, double *work);

#ifdef __cplusplus
}
#endif

#endif /* FERROBLAS_LAPACKE_H */
