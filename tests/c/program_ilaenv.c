/* A program that defines its own ILAENV, as LAPACK's test programs do to
 * sweep block sizes: ferroblas's LAPACK must take its block sizes from it
 * (ferroblas's own ilaenv_ is interposed by this one, so the library cannot
 * tell the two apart by address), and its answers must stay right. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int calls;
static int nb = 64;

int ilaenv_(const int *ispec, const char *name, const char *opts, const int *n1, const int *n2, const int *n3,
            const int *n4, size_t lname, size_t lopts) {
    (void)name, (void)opts, (void)n1, (void)n2, (void)n3, (void)n4, (void)lname, (void)lopts;
    calls++;
    return *ispec == 1 ? nb : *ispec == 2 ? 2 : 1;
}

void dgeqrf_(const int *m, const int *n, double *a, const int *lda, double *tau, double *work, const int *lwork,
             int *info);
void dorgqr_(const int *m, const int *n, const int *k, double *a, const int *lda, const double *tau, double *work,
             const int *lwork, int *info);

/* max |A - Q R| / |A| with Q from dorgqr, for block size `b`. */
static double qr_residual(int b) {
    enum { M = 150, N = 120 };
    static double a[M * N], qr[M * N], tau[N], work[N * 64];
    int m = M, n = N, lwork = N * 64, info;
    nb = b;
    srand(7);
    for (int i = 0; i < M * N; i++) a[i] = qr[i] = rand() / (double)RAND_MAX - 0.5;
    dgeqrf_(&m, &n, qr, &m, tau, work, &lwork, &info);
    if (info != 0) return INFINITY;
    double r[N * N] = {0};
    for (int j = 0; j < N; j++)
        for (int i = 0; i <= j; i++) r[i + j * N] = qr[i + j * M];
    dorgqr_(&m, &n, &n, qr, &m, tau, work, &lwork, &info);
    if (info != 0) return INFINITY;
    double err = 0, amax = 0;
    for (int j = 0; j < N; j++)
        for (int i = 0; i < M; i++) {
            double s = 0;
            for (int k = 0; k <= j; k++) s += qr[i + k * M] * r[k + j * N];
            err = fmax(err, fabs(s - a[i + j * M]));
            amax = fmax(amax, fabs(a[i + j * M]));
        }
    return err / amax;
}

int main(void) {
    int bad = 0;
    const int sizes[] = {1, 3, 20, 64};
    for (int i = 0; i < 4; i++) {
        calls = 0;
        double res = qr_residual(sizes[i]);
        printf("NB = %2d: ilaenv_ called %d times, |A - QR| / |A| = %.2e\n", sizes[i], calls, res);
        if (calls == 0 || !(res < 1e-12)) bad = 1;
    }
    if (bad) fprintf(stderr, "ferroblas did not take its block sizes from the program's ilaenv_, or QR was wrong\n");
    return bad;
}
