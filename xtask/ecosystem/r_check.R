# R's own linear algebra on whatever BLAS and LAPACK R loaded.
#   Rscript r_check.R OUT.rds        computes and saves the results
#   Rscript r_check.R A.rds B.rds    compares two saved sets of results
# Vectors are compared with their signs normalized (largest entry positive),
# eigenvalues of a general matrix sorted.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 2) {
  a <- readRDS(args[1])
  b <- readRDS(args[2])
  bad <- character()
  for (k in names(a)) {
    if (is.character(a[[k]])) next
    d <- max(abs(a[[k]] - b[[k]])) / max(1, max(abs(b[[k]])))
    cat(sprintf("  %-16s relative difference %.1e\n", k, d))
    if (!is.finite(d) || d > 1e-8) bad <- c(bad, k)
  }
  if (length(bad)) {
    cat("results differ:", bad, "\n")
    quit(status = 1)
  }
  quit(status = 0)
}
cat("La_library():", La_library(), "\n")
cat("extSoftVersion() BLAS:", extSoftVersion()[["BLAS"]], "\n")
set.seed(42)
n <- 200
a <- matrix(rnorm(n * n), n)
s <- crossprod(a) + diag(n)
b <- matrix(rnorm(n * 3), n)
flip <- function(v) sign(v[cbind(apply(abs(v), 2, which.max), seq_len(ncol(v)))])
e <- eigen(s, symmetric = TRUE)
g <- eigen(a, only.values = TRUE)$values
g <- g[order(round(Re(g), 8), Im(g))]
sv <- svd(a)
sg <- flip(sv$u)
res <- list(
  library = La_library(),
  solve = solve(a, b),
  inverse = solve(s),
  det = determinant(a)$modulus,
  chol = chol(s),
  chol2inv = chol2inv(chol(s)),
  qr_lapack = qr.coef(qr(a, LAPACK = TRUE), b),
  qr_linpack = qr.coef(qr(a), b),
  crossprod = crossprod(a, b),
  product = a %*% s,
  eigen_sym = e$values,
  eigen_sym_vec = sweep(e$vectors, 2, flip(e$vectors), `*`),
  eigen_general = cbind(Re(g), Im(g)),
  svd_d = sv$d,
  svd_u = sweep(sv$u, 2, sg, `*`),
  svd_v = sweep(sv$v, 2, sg, `*`),
  rcond = rcond(a),
  norm2 = norm(a, "2"),
  backsolve = backsolve(chol(s), b)
)
saveRDS(res, args[1])
cat("r_check: ok\n")
