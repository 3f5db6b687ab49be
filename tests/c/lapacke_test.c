/* LAPACKE from C, through dist/include/lapacke.h (compiled with -Wall -Werror):
 * the norms of a matrix through LAPACKE_{d,z}lange in both layouts agree with
 * the Fortran dlange_/zlange_ on the column-major copy; the _work forms, the
 * ILP64 names, bad layouts, too-small row-major leading dimensions and the NaN
 * check report what LAPACKE specifies; LAPACKE_dlacpy/dlaset/dlascl round-trip
 * in row-major; LAPACKE_{d,z}gees sort with a C SELECT function. Prints one line per failure; exit status 1 if any. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lapacke.h"

static int failures;

static void expect(int ok, const char *what) {
    if (!ok) {
        printf("FAIL %s\n", what);
        failures++;
    }
}

static int same(double a, double b) { return a == b || (isnan(a) && isnan(b)); }

/* SELECT callbacks of ?gees: the eigenvalues in the left half plane. */
static lapack_logical left(const double *wr, const double *wi) { (void)wi; return *wr < 0.0; }
static int64_t left64(const double *wr, const double *wi) { (void)wi; return *wr < 0.0; }
static lapack_logical zleft(const lapack_complex_double *w) { return creal(*w) < 0.0; }

enum { M = 5, N = 3, LDC = 7, LDR = 4 };

int main(void) {
    /* A (M x N) in column-major with ld LDC and row-major with ld LDR. */
    double col[LDC * N], row[M * LDR];
    lapack_complex_double zcol[LDC * N], zrow[M * LDR];
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) {
            double v = (i + 1) * 0.75 - (j + 2) * 1.25 + (i == j ? 3.0 : 0.0);
            col[i + j * LDC] = v;
            row[i * LDR + j] = v;
            zcol[i + j * LDC] = lapack_make_complex_double(v, 0.5 * v - i);
            zrow[i * LDR + j] = zcol[i + j * LDC];
        }
    const char norms[] = {'M', 'O', '1', 'I', 'F', 'E'};
    double work[M];
    lapack_int m = M, n = N, ldc = LDC;
    for (size_t k = 0; k < sizeof norms; k++) {
        char c = norms[k];
        char what[96];
        double f = dlange_(&c, &m, &n, col, &ldc, work, 1);
        double zf = zlange_(&c, &m, &n, zcol, &ldc, work, 1);
        snprintf(what, sizeof what, "LAPACKE_dlange col-major norm %c", c);
        expect(same(LAPACKE_dlange(LAPACK_COL_MAJOR, c, M, N, col, LDC), f), what);
        snprintf(what, sizeof what, "LAPACKE_dlange row-major norm %c", c);
        expect(same(LAPACKE_dlange(LAPACK_ROW_MAJOR, c, M, N, row, LDR), f), what);
        snprintf(what, sizeof what, "LAPACKE_dlange_work row-major norm %c", c);
        expect(same(LAPACKE_dlange_work(LAPACK_ROW_MAJOR, c, M, N, row, LDR, work), f), what);
        snprintf(what, sizeof what, "LAPACKE_dlange64_ row-major norm %c", c);
        expect(same(LAPACKE_dlange64_(LAPACK_ROW_MAJOR, c, (int64_t)M, (int64_t)N, row, (int64_t)LDR), f), what);
        snprintf(what, sizeof what, "LAPACKE_zlange col-major norm %c", c);
        expect(same(LAPACKE_zlange(LAPACK_COL_MAJOR, c, M, N, zcol, LDC), zf), what);
        snprintf(what, sizeof what, "LAPACKE_zlange row-major norm %c", c);
        expect(same(LAPACKE_zlange(LAPACK_ROW_MAJOR, c, M, N, zrow, LDR), zf), what);
        snprintf(what, sizeof what, "LAPACKE_zlange_work col-major norm %c", c);
        expect(same(LAPACKE_zlange_work(LAPACK_COL_MAJOR, c, M, N, zcol, LDC, work), zf), what);
    }
    /* Errors: a bad layout is argument 1; a row-major ld below N is argument 6. */
    expect(LAPACKE_dlange(42, 'M', M, N, row, LDR) == -1.0, "bad layout gives -1");
    expect(LAPACKE_dlange_work(LAPACK_ROW_MAJOR, 'M', M, N, row, N - 1, work) == -6.0, "row-major lda < n gives -6");
    /* The NaN check: on by default, off on request. */
    double nan_row[M * LDR];
    memcpy(nan_row, row, sizeof row);
    nan_row[LDR + 1] = NAN;
    expect(LAPACKE_get_nancheck() == 1, "NaN check on by default");
    expect(LAPACKE_dlange(LAPACK_ROW_MAJOR, 'M', M, N, nan_row, LDR) == -5.0, "NaN in A gives -5");
    LAPACKE_set_nancheck(0);
    expect(isnan(LAPACKE_dlange(LAPACK_ROW_MAJOR, 'M', M, N, nan_row, LDR)), "unchecked NaN gives a NaN norm");
    LAPACKE_set_nancheck(1);

    /* Row-major copy, set and scale: B := A; B := 2 B / 1; the upper triangle of C set. */
    double b[M * LDR], c3[M * LDR];
    for (int i = 0; i < M * LDR; i++) b[i] = c3[i] = -7.0;
    expect(LAPACKE_dlacpy(LAPACK_ROW_MAJOR, 'A', M, N, row, LDR, b, LDR) == 0, "dlacpy returns 0");
    expect(LAPACKE_dlascl(LAPACK_ROW_MAJOR, 'G', 0, 0, 1.0, 2.0, M, N, b, LDR) == 0, "dlascl returns 0");
    expect(LAPACKE_dlaset(LAPACK_ROW_MAJOR, 'U', M, N, 5.0, 9.0, c3, LDR) == 0, "dlaset returns 0");
    int ok_copy = 1, ok_set = 1;
    for (int i = 0; i < M; i++) {
        for (int j = 0; j < N; j++) {
            ok_copy &= b[i * LDR + j] == 2.0 * row[i * LDR + j];
            double want = i == j ? 9.0 : (i < j ? 5.0 : -7.0);
            ok_set &= c3[i * LDR + j] == want;
        }
        ok_copy &= b[i * LDR + N] == -7.0; /* padding untouched */
    }
    expect(ok_copy, "row-major dlacpy + dlascl");
    expect(ok_set, "row-major dlaset touches only the upper trapezoid");
    expect(LAPACKE_dlascl(LAPACK_ROW_MAJOR, 'G', 0, 0, 0.0, 2.0, M, N, b, LDR) == -5, "dlascl cfrom = 0 is argument 5");

    /* ?gees with sorting: the two negative eigenvalues lead, in either layout and
     * with 64-bit integers; the row-major Schur form is the column-major one's transpose. */
    double g[9] = {2.0, 1.0, 0.5, 0.0, -1.0, 0.25, 0.0, 0.0, -3.0}; /* row-major upper triangle */
    double gc[9], gr[9], g64[9], vc[9], vr[9], v64[9], wr[3], wi[3], wr2[3], wi2[3], wr3[3], wi3[3];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) gc[i + 3 * j] = gr[3 * i + j] = g64[i + 3 * j] = g[3 * i + j];
    lapack_int sc = -1, sr = -1;
    int64_t s64 = -1;
    expect(LAPACKE_dgees(LAPACK_COL_MAJOR, 'V', 'S', left, 3, gc, 3, &sc, wr, wi, vc, 3) == 0, "dgees col-major info");
    expect(LAPACKE_dgees(LAPACK_ROW_MAJOR, 'V', 'S', left, 3, gr, 3, &sr, wr2, wi2, vr, 3) == 0, "dgees row-major info");
    expect(LAPACKE_dgees64_(LAPACK_COL_MAJOR, 'V', 'S', left64, 3, g64, 3, &s64, wr3, wi3, v64, 3) == 0,
           "dgees64_ info");
    expect(sc == 2 && sr == 2 && s64 == 2, "dgees sdim 2");
    expect(wr[0] < 0 && wr[1] < 0 && wr[2] == 2.0 && wi[0] == 0 && wi[1] == 0, "dgees sorted eigenvalues");
    int ok_layout = 1;
    for (int i = 0; i < 3; i++) {
        ok_layout &= wr2[i] == wr[i] && wr3[i] == wr[i];
        for (int j = 0; j < 3; j++) ok_layout &= gr[3 * i + j] == gc[i + 3 * j] && vr[3 * i + j] == vc[i + 3 * j];
    }
    expect(ok_layout, "dgees row-major and ILP64 agree with col-major");
    expect(LAPACKE_dgees(LAPACK_COL_MAJOR, 'V', 'X', left, 3, gc, 3, &sc, wr, wi, vc, 3) == -3, "dgees bad SORT");
    lapack_complex_double zg[4] = {lapack_make_complex_double(1, 1), 0, lapack_make_complex_double(0.5, 0),
                                   lapack_make_complex_double(-2, 1)}, zw[2], zv[4];
    lapack_int zs = -1;
    expect(LAPACKE_zgees(LAPACK_COL_MAJOR, 'V', 'S', zleft, 2, zg, 2, &zs, zw, zv, 2) == 0, "zgees info");
    expect(zs == 1 && creal(zw[0]) == -2.0 && creal(zw[1]) == 1.0, "zgees sorted eigenvalues");

    printf("lapacke_test: %d failure(s)\n", failures);
    return failures != 0;
}
