/* A program linked the way programs link a system BLAS: `-llapack -lblas`
 * (plus `-llapacke -lcblas` when built with -DUSE_LAPACKE -DUSE_CBLAS), by
 * cc, pkg-config, CMake or Meson. It checks a few results and that the
 * process holds one libferroblas and no BLAS or LAPACK from elsewhere.
 * Usage: link_test DIST_LIB (the realpath of dist/lib). */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef USE_CBLAS
#include <cblas.h>
#endif
#ifdef USE_LAPACKE
#include <lapacke.h>
#endif

void dgemm_(const char *, const char *, const int *, const int *, const int *, const double *, const double *,
            const int *, const double *, const int *, const double *, double *, const int *, size_t, size_t);
void dgesv_(const int *, const int *, double *, const int *, int *, double *, const int *, int *);

static int failures = 0;

static void expect(const char *what, double got, double want) {
    double d = got - want;
    if (d > 1e-12 || d < -1e-12) {
        printf("FAIL %s: %.17g, expected %.17g\n", what, got, want);
        failures++;
    }
}

/* Every mapped library whose name says BLAS or LAPACK must come from dist/lib,
 * and libferroblas must be mapped from one path only. */
static void check_maps(const char *dist) {
    FILE *f = fopen("/proc/self/maps", "r");
    char line[4096], core[4096] = "";
    if (!f) {
        printf("FAIL cannot read /proc/self/maps\n");
        failures++;
        return;
    }
    while (fgets(line, sizeof line, f)) {
        char *path = strchr(line, '/');
        if (!path) continue;
        path[strcspn(path, "\n")] = 0;
        const char *base = strrchr(path, '/') + 1;
        int blas_like = strstr(base, "blas") || strstr(base, "lapack") || strstr(base, "mkl");
        if (!blas_like) continue;
        if (strncmp(path, dist, strlen(dist)) != 0 || path[strlen(dist)] != '/') {
            printf("FAIL %s is mapped from outside %s\n", path, dist);
            failures++;
        }
        if (strstr(base, "libferroblas")) {
            if (!core[0]) {
                strcpy(core, path);
            } else if (strcmp(core, path) != 0) {
                printf("FAIL two copies of ferroblas: %s and %s\n", core, path);
                failures++;
            }
        }
    }
    fclose(f);
    if (!core[0]) {
        printf("FAIL libferroblas is not mapped\n");
        failures++;
    }
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s DIST_LIB\n", argv[0]);
        return 2;
    }
    /* C = A B with A = [1 2; 3 4], B = I (column-major). */
    int two = 2, one = 1, three = 3, info = -1, ipiv[3];
    double alpha = 1.0, beta = 0.0;
    double a[4] = {1, 3, 2, 4}, b[4] = {1, 0, 0, 1}, c[4] = {0};
    dgemm_("N", "N", &two, &two, &two, &alpha, a, &two, b, &two, &beta, c, &two, 1, 1);
    expect("dgemm c(2,1)", c[1], 3.0);
    /* diag(2, 4, 8) x = (2, 4, 8): x = (1, 1, 1). */
    double m[9] = {2, 0, 0, 0, 4, 0, 0, 0, 8}, x[3] = {2, 4, 8};
    dgesv_(&three, &one, m, &three, ipiv, x, &three, &info);
    expect("dgesv info", info, 0);
    expect("dgesv x(3)", x[2], 1.0);
#ifdef USE_CBLAS
    double u[3] = {1, 2, 3};
    expect("cblas_ddot", cblas_ddot(3, u, 1, u, 1), 14.0);
#endif
#ifdef USE_LAPACKE
    double r[4] = {4, 1, 2, 3}, rhs[2] = {5, 5}; /* row-major [4 1; 2 3] x = (5, 5): x = (1, 1) */
    lapack_int rp[2];
    expect("LAPACKE_dgesv info", LAPACKE_dgesv(LAPACK_ROW_MAJOR, 2, 1, r, 2, rp, rhs, 1), 0);
    expect("LAPACKE_dgesv x(2)", rhs[1], 1.0);
#endif
    check_maps(argv[1]);
    if (failures) return 1;
    printf("link_test: ok\n");
    return 0;
}
