% Octave's own linear algebra on whatever BLAS and LAPACK it loaded.
%   octave-cli octave_check.m OUT       computes and saves the results
%   octave-cli octave_check.m A B       compares two saved sets of results
% Vectors are compared with their signs normalized (largest entry positive),
% eigenvalues of a general matrix sorted.
args = argv();
if numel(args) == 2
  a = load(args{1});
  b = load(args{2});
  bad = {};
  for k = fieldnames(a)'
    x = a.(k{1});
    y = b.(k{1});
    d = max(abs(x(:) - y(:))) / max(1, max(abs(y(:))));
    printf("  %-16s relative difference %.1e\n", k{1}, d);
    if !isfinite(d) || d > 1e-8
      bad{end + 1} = k{1};
    end
  end
  if !isempty(bad)
    printf("results differ: %s\n", strjoin(bad, " "));
    exit(1);
  end
  exit(0);
end
maps = fileread("/proc/self/maps");
lines = strsplit(maps, "\n");
libs = unique(regexprep(lines(!cellfun(@isempty, regexp(lines, "(blas|lapack)"))), "^.* ", ""));
printf("mapped: %s\n", libs{:});
randn("state", 42);
n = 200;
A = randn(n);
S = A' * A + eye(n);
B = randn(n, 3);
flip = @(V) V .* sign(V(sub2ind(size(V), nthargout(2, @max, abs(V)), 1:columns(V))));
[V, D] = eig(S);
g = eig(A);
[~, order] = sortrows([round(real(g) * 1e8), imag(g)]);
g = g(order);
[U, Sg, W] = svd(A);
sg = sign(U(sub2ind(size(U), nthargout(2, @max, abs(U)), 1:columns(U))));
[Q, R] = qr(A);
res.solve = A \ B;
res.inverse = inv(S);
res.det = log(abs(det(A)));
res.chol = chol(S);
res.qr_r = abs(diag(R));
res.lstsq = A(:, 1:50) \ B;
res.product = A * S;
res.eig_sym = diag(D);
res.eig_sym_vec = flip(V);
res.eig_general = [real(g), imag(g)];
res.svd = diag(Sg);
res.svd_u = U .* sg;
res.svd_v = W .* sg;
res.rcond = rcond(A);
res.norm2 = norm(A);
res.pinv = pinv(A(:, 1:50));
res.expm = expm(S / norm(S));
save("-binary", args{1}, "-struct", "res");
printf("octave_check: ok\n");
