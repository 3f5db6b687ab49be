/* ScaLAPACK (Debian's libscalapack-openmpi, linked to libblas.so.3 and
 * liblapack.so.3) on ferroblas: each MPI rank of a 1 x P process grid holds
 * block-cyclic columns of an n x n matrix, and the program checks pdgesv
 * (residual of the solve), pdpotrf/pdpotrs (residual), pdgeqrf (the
 * Frobenius norm of R is A's) and pdsyevd (the eigenvalues sum to the trace,
 * their squares to the squared Frobenius norm). Every rank also checks that
 * the BLAS and LAPACK it mapped come from DIST_LIB.
 * Usage: mpirun -np 2 scalapack_test DIST_LIB */
#include <math.h>
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void Cblacs_pinfo(int *, int *);
void Cblacs_get(int, int, int *);
void Cblacs_gridinit(int *, const char *, int, int);
void Cblacs_gridinfo(int, int *, int *, int *, int *);
void Cblacs_gridexit(int);
void Cblacs_exit(int);
int numroc_(const int *, const int *, const int *, const int *, const int *);
int indxl2g_(const int *, const int *, const int *, const int *, const int *);
void descinit_(int *, const int *, const int *, const int *, const int *, const int *, const int *, const int *,
               const int *, int *);
void pdgesv_(const int *, const int *, double *, const int *, const int *, const int *, int *, double *, const int *,
             const int *, const int *, int *);
void pdpotrf_(const char *, const int *, double *, const int *, const int *, const int *, int *);
void pdpotrs_(const char *, const int *, const int *, const double *, const int *, const int *, const int *, double *,
              const int *, const int *, const int *, int *);
void pdgeqrf_(const int *, const int *, double *, const int *, const int *, const int *, double *, double *,
              const int *, int *);
void pdsyevd_(const char *, const char *, const int *, double *, const int *, const int *, const int *, double *,
              double *, const int *, const int *, const int *, double *, const int *, int *, const int *, int *);
double pdlange_(const char *, const int *, const int *, const double *, const int *, const int *, const int *,
                double *);
void pdgemv_(const char *, const int *, const int *, const double *, const double *, const int *, const int *,
             const int *, const double *, const int *, const int *, const int *, const int *, const double *,
             double *, const int *, const int *, const int *, const int *);

static int failures = 0;
static int rank = 0;

static void expect(int ok, const char *what, double value) {
    if (!ok) {
        printf("rank %d: FAIL %s (%.3e)\n", rank, what, value);
        failures++;
    }
}

/* Every BLAS/LAPACK library this process mapped comes from `dist`. */
static void check_maps(const char *dist) {
    FILE *f = fopen("/proc/self/maps", "r");
    char line[4096];
    int ferroblas = 0;
    while (f && fgets(line, sizeof line, f)) {
        char *path = strchr(line, '/');
        if (!path) continue;
        path[strcspn(path, "\n")] = 0;
        const char *base = strrchr(path, '/') + 1;
        int blas_like = strncmp(base, "libblas", 7) == 0 || strncmp(base, "liblapack", 9) == 0 ||
                        strncmp(base, "libopenblas", 11) == 0 || strncmp(base, "libblis", 7) == 0;
        if (strncmp(base, "libferroblas", 12) == 0) ferroblas = 1;
        if ((blas_like || strncmp(base, "libferroblas", 12) == 0) && strncmp(path, dist, strlen(dist)) != 0) {
            printf("rank %d: FAIL %s is mapped from outside %s\n", rank, path, dist);
            failures++;
        }
    }
    if (f) fclose(f);
    expect(ferroblas, "libferroblas is mapped", 0);
}

/* A(i, j) of the global test matrices (0-based): general, or symmetric
 * positive definite (diagonally dominant). */
static double entry(int i, int j, int spd) {
    if (spd) {
        int lo = i < j ? i : j, hi = i < j ? j : i;
        return lo == hi ? 400.0 : sin(0.37 * lo + 0.11 * hi);
    }
    return cos(0.13 * i + 0.7 * j) + (i == j ? 3.0 : 0.0);
}

int main(int argc, char **argv) {
    MPI_Init(&argc, &argv);
    int nprocs, ctxt, nprow = 1, npcol, myrow, mycol;
    Cblacs_pinfo(&rank, &nprocs);
    npcol = nprocs;
    Cblacs_get(-1, 0, &ctxt);
    Cblacs_gridinit(&ctxt, "Row", nprow, npcol);
    Cblacs_gridinfo(ctxt, &nprow, &npcol, &myrow, &mycol);
    if (argc > 1) check_maps(argv[1]);

    const int n = 200, nb = 32, zero = 0, one = 1;
    int info;
    int lrows = numroc_(&n, &nb, &myrow, &zero, &nprow);
    int lcols = numroc_(&n, &nb, &mycol, &zero, &npcol);
    int lld = lrows > 1 ? lrows : 1;
    int desca[9], descb[9];
    descinit_(desca, &n, &n, &nb, &nb, &zero, &zero, &ctxt, &lld, &info);
    descinit_(descb, &n, &one, &nb, &nb, &zero, &zero, &ctxt, &lld, &info);
    int bcols = numroc_(&one, &nb, &mycol, &zero, &npcol);
    double *a = malloc(sizeof(double) * lld * (lcols ? lcols : 1));
    double *a0 = malloc(sizeof(double) * lld * (lcols ? lcols : 1));
    double *b = malloc(sizeof(double) * lld);
    double *b0 = malloc(sizeof(double) * lld);
    int *ipiv = malloc(sizeof(int) * (lrows + nb));

    for (int spd = 0; spd <= 1; spd++) {
        for (int lj = 0; lj < lcols; lj++) {
            int ljf = lj + 1, gj = indxl2g_(&ljf, &nb, &mycol, &zero, &npcol) - 1;
            for (int li = 0; li < lrows; li++) {
                int lif = li + 1, gi = indxl2g_(&lif, &nb, &myrow, &zero, &nprow) - 1;
                a[li + lj * lld] = a0[li + lj * lld] = entry(gi, gj, spd);
            }
        }
        for (int li = 0; li < lrows; li++) b[li] = b0[li] = bcols ? 1.0 + li % 5 : 0.0;
        if (!spd) {
            pdgesv_(&n, &one, a, &one, &one, desca, ipiv, b, &one, &one, descb, &info);
            expect(info == 0, "pdgesv info", info);
        } else {
            pdpotrf_("L", &n, a, &one, &one, desca, &info);
            expect(info == 0, "pdpotrf info", info);
            pdpotrs_("L", &n, &one, a, &one, &one, desca, b, &one, &one, descb, &info);
            expect(info == 0, "pdpotrs info", info);
        }
        /* b0 := A0 x - b0, then its norm relative to |A0| |x|. */
        double mone = -1.0, done = 1.0, dummy;
        double xnorm = pdlange_("M", &n, &one, b, &one, &one, descb, &dummy);
        double anorm = pdlange_("M", &n, &n, a0, &one, &one, desca, &dummy);
        pdgemv_("N", &n, &n, &done, a0, &one, &one, desca, b, &one, &one, descb, &one, &mone, b0, &one,
                &one, descb, &one);
        double rnorm = pdlange_("M", &n, &one, b0, &one, &one, descb, &dummy);
        double rel = rnorm / (anorm * xnorm * n * 1.1e-16);
        expect(rel < 100.0, spd ? "pdpotrf/pdpotrs residual" : "pdgesv residual", rel);
        if (rank == 0) printf("%s: scaled residual %.2f\n", spd ? "pdpotrf + pdpotrs" : "pdgesv", rel);
    }

    /* QR: |R|_F = |A|_F. With one process row, a local row is the global one. */
    for (int lj = 0; lj < lcols; lj++) {
        int ljf = lj + 1, gj = indxl2g_(&ljf, &nb, &mycol, &zero, &npcol) - 1;
        for (int li = 0; li < lrows; li++) a[li + lj * lld] = entry(li, gj, 0);
    }
    double dummy;
    double fa = pdlange_("F", &n, &n, a, &one, &one, desca, &dummy);
    double *tau = malloc(sizeof(double) * (lcols + nb));
    double wq;
    int lwork = -1;
    pdgeqrf_(&n, &n, a, &one, &one, desca, tau, &wq, &lwork, &info);
    lwork = (int)wq;
    double *work = malloc(sizeof(double) * lwork);
    pdgeqrf_(&n, &n, a, &one, &one, desca, tau, work, &lwork, &info);
    expect(info == 0, "pdgeqrf info", info);
    for (int lj = 0; lj < lcols; lj++) {
        int ljf = lj + 1, gj = indxl2g_(&ljf, &nb, &mycol, &zero, &npcol) - 1;
        for (int li = gj + 1; li < lrows; li++) a[li + lj * lld] = 0.0;
    }
    double fr = pdlange_("F", &n, &n, a, &one, &one, desca, &dummy);
    expect(fabs(fr - fa) <= 1e-12 * fa, "pdgeqrf: |R|_F = |A|_F", fabs(fr - fa) / fa);
    if (rank == 0) printf("pdgeqrf: |R|_F / |A|_F - 1 = %.1e\n", fr / fa - 1.0);

    /* Symmetric eigenvalues: sum = trace, sum of squares = |A|_F^2. */
    double trace = 0.0, f2;
    for (int lj = 0; lj < lcols; lj++) {
        int ljf = lj + 1, gj = indxl2g_(&ljf, &nb, &mycol, &zero, &npcol) - 1;
        for (int li = 0; li < lrows; li++) a[li + lj * lld] = entry(li, gj, 1) - (li == gj ? 399.0 : 0.0);
    }
    for (int i = 0; i < n; i++) trace += entry(i, i, 1) - 399.0;
    f2 = pdlange_("F", &n, &n, a, &one, &one, desca, &dummy);
    f2 *= f2;
    double *w = malloc(sizeof(double) * n), *z = malloc(sizeof(double) * lld * (lcols ? lcols : 1));
    int liwork = -1, iwq;
    lwork = -1;
    pdsyevd_("V", "L", &n, a, &one, &one, desca, w, z, &one, &one, desca, &wq, &lwork, &iwq, &liwork, &info);
    lwork = (int)wq;
    liwork = iwq;
    free(work);
    work = malloc(sizeof(double) * lwork);
    int *iwork = malloc(sizeof(int) * liwork);
    pdsyevd_("V", "L", &n, a, &one, &one, desca, w, z, &one, &one, desca, work, &lwork, iwork, &liwork, &info);
    expect(info == 0, "pdsyevd info", info);
    double s = 0.0, s2 = 0.0;
    for (int i = 0; i < n; i++) {
        s += w[i];
        s2 += w[i] * w[i];
        if (i > 0) expect(w[i] >= w[i - 1], "pdsyevd: ascending eigenvalues", w[i] - w[i - 1]);
    }
    expect(fabs(s - trace) <= 1e-10 * sqrt(f2) * n, "pdsyevd: sum of eigenvalues = trace", fabs(s - trace));
    expect(fabs(s2 - f2) <= 1e-10 * f2, "pdsyevd: sum of squares = |A|_F^2", fabs(s2 - f2) / f2);
    if (rank == 0) printf("pdsyevd: eigenvalues %.4f .. %.4f, sum - trace = %.1e\n", w[0], w[n - 1], s - trace);

    int all = 0;
    MPI_Allreduce(&failures, &all, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
    if (rank == 0) printf("scalapack_test on %d ranks: %s\n", nprocs, all ? "FAILED" : "ok");
    Cblacs_gridexit(ctxt);
    MPI_Finalize();
    return all ? 1 : 0;
}
