/*
 * fork() safety of ferroblas through the C ABI (issue 6, part 3), run by
 * `cargo xtask reliability`.
 *
 * What it proves, each phase checked against plain loops:
 *  1. The parent runs a dgemm big enough to start the pool's threads (checked:
 *     the process has more than one thread afterwards), and a dgetrf.
 *  2. It forks; the child (which inherits none of those threads) calls dgemm,
 *     dtrsm (left and right), dgemv and dgetrf, gets correct results, rebuilds
 *     a pool of its own (more than one thread again), and itself forks a
 *     grandchild that calls dgemm and dgetrf. The parent waits with a deadline: a child that hangs
 *     is killed and reported as a hang.
 *  3. The parent calls dgemm and dgemv again after the fork: its pool still works.
 *  4. A parent thread calls dgemm in a loop while the main thread forks
 *     children one after another: children forked at any moment, even while
 *     another thread is inside the library, complete correctly.
 *  5. Four children forked at once all compute correctly (dgemm, dtrsm,
 *     dgetrf) and exit.
 *  6. Inside a child, the thread count is changed and the pool used again.
 *
 * Exit status 0 when everything passed; messages name the phase that failed.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

void dgemm_(const char *ta, const char *tb, const int *m, const int *n, const int *k, const double *alpha,
            const double *a, const int *lda, const double *b, const int *ldb, const double *beta, double *c,
            const int *ldc, size_t, size_t);
void dtrsm_(const char *side, const char *uplo, const char *ta, const char *diag, const int *m, const int *n,
            const double *alpha, const double *a, const int *lda, double *b, const int *ldb, size_t, size_t, size_t,
            size_t);
void dgemv_(const char *t, const int *m, const int *n, const double *alpha, const double *a, const int *lda,
            const double *x, const int *incx, const double *beta, double *y, const int *incy, size_t);
void dgetrf_(const int *m, const int *n, double *a, const int *lda, int *ipiv, int *info);
void openblas_set_num_threads(int);
int openblas_get_num_threads(void);

/* How long any child may take before it counts as hung. */
#define CHILD_DEADLINE_S 120

static int threads_in_process(void) {
    DIR *d = opendir("/proc/self/task");
    if (!d) return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') n++;
    closedir(d);
    return n;
}

/* Deterministic values in [-1, 1). */
static double *random_matrix(size_t len, unsigned seed) {
    double *v = malloc(len * sizeof *v);
    if (!v) abort();
    unsigned long long s = 0x9E3779B97F4A7C15ull * (seed + 1);
    for (size_t i = 0; i < len; i++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        v[i] = (double)(s >> 11) / 9007199254740992.0 * 2.0 - 1.0;
    }
    return v;
}

/* dgemm 'N','N' n x n x n against a plain loop. Returns 0 when correct. */
static int check_gemm(int n, unsigned seed, const char *who) {
    double *a = random_matrix((size_t)n * n, seed), *b = random_matrix((size_t)n * n, seed + 1);
    double *c = random_matrix((size_t)n * n, seed + 2);
    double *want = malloc((size_t)n * n * sizeof *want);
    const double alpha = 0.75, beta = -0.5;
    for (int j = 0; j < n; j++)
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int p = 0; p < n; p++) s += a[i + (size_t)p * n] * b[p + (size_t)j * n];
            want[i + (size_t)j * n] = alpha * s + beta * c[i + (size_t)j * n];
        }
    dgemm_("N", "N", &n, &n, &n, &alpha, a, &n, b, &n, &beta, c, &n, 1, 1);
    double err = 0;
    for (size_t i = 0; i < (size_t)n * n; i++) err = fmax(err, fabs(c[i] - want[i]));
    free(a), free(b), free(c), free(want);
    if (!(err <= 1e-12 * n)) {
        fprintf(stderr, "fork_test: %s: dgemm %d: max error %g\n", who, n, err);
        return 1;
    }
    return 0;
}

/* dtrsm with a well-conditioned lower triangle, checked by the residual of
 * A X = alpha B (side 'L') or X A = alpha B (side 'R'). */
static int check_trsm(const char *side, int m, int n, unsigned seed, const char *who) {
    int ka = side[0] == 'L' ? m : n;
    double *a = random_matrix((size_t)ka * ka, seed), *b = random_matrix((size_t)m * n, seed + 1);
    double *x = malloc((size_t)m * n * sizeof *x);
    for (int j = 0; j < ka; j++)
        for (int i = 0; i < ka; i++) a[i + (size_t)j * ka] = i == j ? 2.0 : i > j ? a[i + (size_t)j * ka] / ka : 0.0;
    memcpy(x, b, (size_t)m * n * sizeof *x);
    const double alpha = 1.5;
    dtrsm_(side, "L", "N", "N", &m, &n, &alpha, a, &ka, x, &m, 1, 1, 1, 1);
    double err = 0;
    for (int j = 0; j < n; j++)
        for (int i = 0; i < m; i++) {
            double s = 0;
            if (side[0] == 'L')
                for (int p = 0; p < m; p++) s += a[i + (size_t)p * m] * x[p + (size_t)j * m];
            else
                for (int p = 0; p < n; p++) s += x[i + (size_t)p * m] * a[p + (size_t)j * n];
            err = fmax(err, fabs(s - alpha * b[i + (size_t)j * m]));
        }
    free(a), free(b), free(x);
    if (!(err <= 1e-12 * ka)) {
        fprintf(stderr, "fork_test: %s: dtrsm %s %dx%d: residual %g\n", who, side, m, n, err);
        return 1;
    }
    return 0;
}

/* dgemv 'N' or 'T' on an m x n matrix against a plain loop. */
static int check_gemv(const char *t, int m, int n, unsigned seed, const char *who) {
    int lx = t[0] == 'N' ? n : m, ly = t[0] == 'N' ? m : n, one = 1;
    double *a = random_matrix((size_t)m * n, seed), *x = random_matrix(lx, seed + 1), *y = random_matrix(ly, seed + 2);
    double *want = malloc(ly * sizeof *want);
    const double alpha = -1.25, beta = 0.5;
    for (int i = 0; i < ly; i++) {
        double s = 0;
        for (int p = 0; p < lx; p++) s += (t[0] == 'N' ? a[i + (size_t)p * m] : a[p + (size_t)i * m]) * x[p];
        want[i] = alpha * s + beta * y[i];
    }
    dgemv_(t, &m, &n, &alpha, a, &m, x, &one, &beta, y, &one, 1);
    double err = 0;
    for (int i = 0; i < ly; i++) err = fmax(err, fabs(y[i] - want[i]));
    free(a), free(x), free(y), free(want);
    if (!(err <= 1e-12 * lx)) {
        fprintf(stderr, "fork_test: %s: dgemv %s %dx%d: max error %g\n", who, t, m, n, err);
        return 1;
    }
    return 0;
}

/* dgetrf on an n x n random matrix (recursive, its updates threaded),
 * checked in O(n^2): pivots in range, and P A x = L (U x) for a random x
 * within 4 n eps of |L| (|U| |x|). */
static int check_getrf(int n, unsigned seed, const char *who) {
    double *a0 = random_matrix((size_t)n * n, seed), *a = malloc((size_t)n * n * sizeof *a);
    double *x = random_matrix(n, seed + 1), *y = malloc(n * sizeof *y), *u = malloc(n * sizeof *u);
    double *um = malloc(n * sizeof *um);
    int *ipiv = malloc(n * sizeof *ipiv), info = -7, bad = 0;
    memcpy(a, a0, (size_t)n * n * sizeof *a);
    dgetrf_(&n, &n, a, &n, ipiv, &info);
    if (info != 0) {
        fprintf(stderr, "fork_test: %s: dgetrf %d: INFO = %d\n", who, n, info);
        bad = 1;
    }
    for (int i = 0; i < n && !bad; i++)
        if (ipiv[i] <= i || ipiv[i] > n) {
            fprintf(stderr, "fork_test: %s: dgetrf %d: ipiv[%d] = %d out of range\n", who, n, i, ipiv[i]);
            bad = 1;
        }
    if (!bad) {
        /* y = P A x: A x, then the interchanges in order. */
        for (int i = 0; i < n; i++) y[i] = 0;
        for (int j = 0; j < n; j++)
            for (int i = 0; i < n; i++) y[i] += a0[i + (size_t)j * n] * x[j];
        for (int i = 0; i < n; i++) {
            double t = y[i];
            y[i] = y[ipiv[i] - 1];
            y[ipiv[i] - 1] = t;
        }
        /* u = U x, um = |U| |x|; then y -= L u, compared with |L| um. */
        for (int i = 0; i < n; i++) {
            double s = 0, m = 0;
            for (int j = i; j < n; j++) {
                s += a[i + (size_t)j * n] * x[j];
                m += fabs(a[i + (size_t)j * n] * x[j]);
            }
            u[i] = s, um[i] = m;
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double s = u[i], m = um[i];
            for (int j = 0; j < i; j++) {
                s += a[i + (size_t)j * n] * u[j];
                m += fabs(a[i + (size_t)j * n]) * um[j];
            }
            worst = fmax(worst, fabs(y[i] - s) / (4.0 * n * 2.220446049250313e-16 * m + 1e-300));
        }
        if (!(worst <= 1.0)) {
            fprintf(stderr, "fork_test: %s: dgetrf %d: P A x - L U x is %g times the bound\n", who, n, worst);
            bad = 1;
        }
    }
    free(a0), free(a), free(x), free(y), free(u), free(um), free(ipiv);
    return bad;
}

/* Waits for `pid` for at most CHILD_DEADLINE_S seconds; kills it when late.
 * Returns 0 when it exited with status 0. */
static int wait_child(pid_t pid, const char *who) {
    struct timespec start, now, nap = {0, 2000000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        int status;
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) {
            if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return 0;
            if (WIFSIGNALED(status))
                fprintf(stderr, "fork_test: %s: child killed by signal %d%s\n", who, WTERMSIG(status),
                        WTERMSIG(status) == SIGALRM ? " (its own alarm: it hung)" : "");
            else
                fprintf(stderr, "fork_test: %s: child exited with %d\n", who, WEXITSTATUS(status));
            return 1;
        }
        if (r < 0 && errno != EINTR) {
            fprintf(stderr, "fork_test: %s: waitpid: %s\n", who, strerror(errno));
            return 1;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec > CHILD_DEADLINE_S) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            fprintf(stderr, "fork_test: %s: child HUNG (no exit after %d s); killed\n", who, CHILD_DEADLINE_S);
            return 1;
        }
        nanosleep(&nap, NULL);
    }
}

static pid_t fork_or_die(void) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork_test: fork");
        exit(2);
    }
    if (pid == 0) alarm(CHILD_DEADLINE_S + 10); /* a hung child ends itself too */
    return pid;
}

/* Phase 2: the first child. */
static int first_child(void) {
    int bad = 0;
    bad |= check_gemm(400, 11, "child");
    int threads = threads_in_process();
    if (threads < 2) {
        fprintf(stderr, "fork_test: child: %d thread(s) after a 400^3 dgemm: the pool was not rebuilt\n", threads);
        bad = 1;
    }
    bad |= check_trsm("L", 300, 300, 12, "child");
    bad |= check_trsm("R", 300, 300, 13, "child");
    bad |= check_gemv("N", 800, 600, 14, "child");
    bad |= check_gemv("T", 800, 600, 15, "child");
    bad |= check_getrf(600, 18, "child");
    pid_t pid = fork_or_die();
    if (pid == 0)
        _exit(check_gemm(300, 16, "grandchild") | check_gemv("N", 700, 700, 17, "grandchild") |
              check_getrf(400, 19, "grandchild"));
    bad |= wait_child(pid, "grandchild");
    printf("fork_test: child: %d threads after its dgemm; gemm, trsm L/R, gemv N/T, getrf, grandchild: %s\n",
           threads, bad ? "FAILED" : "ok");
    fflush(stdout); /* the caller leaves with _exit */
    return bad;
}

static volatile int stop_background;
static int background_failures, background_calls;

static void *background(void *arg) {
    (void)arg;
    while (!stop_background) {
        background_failures += check_gemm(300, 20 + background_calls % 3, "parent's background thread");
        background_calls++;
    }
    return NULL;
}

int main(void) {
    int failures = 0;
    /* More threads than most CI machines have cores: the pool surely starts. */
    openblas_set_num_threads(4);

    /* 1 */
    failures += check_gemm(500, 1, "parent before fork");
    failures += check_getrf(500, 5, "parent before fork");
    int threads = threads_in_process();
    printf("fork_test: parent: %d threads after a 500^3 dgemm (pool at %d)\n", threads, openblas_get_num_threads());
    if (threads < 2) {
        fprintf(stderr, "fork_test: the parent's pool did not start: this test would prove nothing\n");
        failures++;
    }

    /* 2 */
    pid_t pid = fork_or_die();
    if (pid == 0) _exit(first_child());
    failures += wait_child(pid, "first child");

    /* 3 */
    failures += check_gemm(500, 2, "parent after fork");
    failures += check_gemv("T", 900, 700, 3, "parent after fork");

    /* 4 */
    pthread_t th;
    stop_background = 0;
    if (pthread_create(&th, NULL, background, NULL) != 0) {
        fprintf(stderr, "fork_test: cannot start a thread\n");
        return 2;
    }
    int forks = 0;
    struct timespec nap = {0, 3000000};
    for (int i = 0; i < 12; i++) {
        nanosleep(&nap, NULL);
        pid = fork_or_die();
        if (pid == 0) _exit(check_gemm(300, 30 + i, "child forked during a call") | check_gemv("N", 600, 600, 40, "child"));
        failures += wait_child(pid, "child forked while another thread calls");
        forks++;
    }
    stop_background = 1;
    pthread_join(th, NULL);
    failures += background_failures;
    printf("fork_test: %d children forked while another thread made %d dgemm calls\n", forks, background_calls);

    /* 5 */
    pid_t kids[4];
    for (int i = 0; i < 4; i++) {
        kids[i] = fork_or_die();
        if (kids[i] == 0)
            _exit(check_gemm(400, 50 + i, "one of four children") | check_trsm("L", 300, 200, 60, "child") |
                  check_getrf(300, 64 + i, "one of four children"));
    }
    for (int i = 0; i < 4; i++) failures += wait_child(kids[i], "one of four children at once");

    /* 6 */
    pid = fork_or_die();
    if (pid == 0) {
        int bad = 0;
        int counts[] = {1, 3, 2, 8};
        for (int i = 0; i < 4; i++) {
            openblas_set_num_threads(counts[i]);
            bad |= check_gemm(300, 70 + i, "child changing the thread count");
        }
        _exit(bad);
    }
    failures += wait_child(pid, "child changing the thread count");

    failures += check_gemm(400, 4, "parent at the end");
    printf("fork_test: %s\n", failures ? "FAILED" : "all phases passed");
    return failures ? 1 : 0;
}
