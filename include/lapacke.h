/*
 * lapacke.h: the C interface to LAPACK, as provided by ferroblas.
 *
 * This header holds the LAPACKE basics: integer, logical and complex types,
 * the layout constants and the error codes. ferroblas's LAPACK is being
 * written; each LAPACKE_* routine is declared here as it lands in the
 * library.
 *
 * Link with -lferroblas (see dist/lib/pkgconfig/lapacke.pc).
 */
#ifndef FERROBLAS_LAPACKE_H
#define FERROBLAS_LAPACKE_H

#include <stdint.h>
#include <stdlib.h>

/* Integers are 32-bit, as in the LP64 library (the ILP64 one will say so). */
#ifndef lapack_int
#define lapack_int int32_t
#endif

#ifndef lapack_logical
#define lapack_logical lapack_int
#endif

/*
 * Complex numbers: C99 `float _Complex` / `double _Complex` in C, and
 * std::complex in C++; both lay out as (real, imaginary). A program may
 * define lapack_complex_float / lapack_complex_double itself before
 * including this header, to any type with that layout.
 */
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

/* Matrix layouts (the same values as CBLAS's CblasRowMajor / CblasColMajor). */
#define LAPACK_ROW_MAJOR 101
#define LAPACK_COL_MAJOR 102

/* Returned instead of `info` when LAPACKE cannot allocate its workspace. */
#define LAPACK_WORK_MEMORY_ERROR -1010
#define LAPACK_TRANSPOSE_MEMORY_ERROR -1011

/* How LAPACKE allocates the workspace of its high-level interface. */
#ifndef LAPACKE_malloc
#define LAPACKE_malloc(size) malloc(size)
#endif
#ifndef LAPACKE_free
#define LAPACKE_free(p) free(p)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* LAPACKE routines are declared here as ferroblas implements them. */

#ifdef __cplusplus
}
#endif

#endif /* FERROBLAS_LAPACKE_H */
