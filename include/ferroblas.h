/*
 * ferroblas.h: functions of ferroblas beyond BLAS and LAPACK.
 *
 * Link with -lferroblas (see dist/lib/pkgconfig/ferroblas.pc).
 */
#ifndef FERROBLAS_H
#define FERROBLAS_H

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A one-line description of the build and of the kernels chosen for this
 * CPU (or forced with FERROBLAS_ARCH). The string is static: do not free it.
 */
const char *ferroblas_get_config(void);

/* The kernel family in use: "avx512", "avx2", "neon", "generic", ... (static). */
const char *ferroblas_get_corename(void);

/*
 * The same two functions under OpenBLAS's names, for programs and tools
 * (numpy's show_config, threadpoolctl) that ask OpenBLAS what it runs.
 */
const char *openblas_get_config(void);
const char *openblas_get_corename(void);

#ifdef __cplusplus
}
#endif

#endif /* FERROBLAS_H */
