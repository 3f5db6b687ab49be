! A Fortran program linked with `gfortran ... -llapack -lblas` against dist/lib:
! solves a symmetric positive definite system three ways and checks residuals.
program link_test
  implicit none
  double precision :: a(3,3), f(3,3), b(3), x(3), r(3), w(3), work(64)
  integer :: ipiv(3), info
  a = reshape([4d0, 1d0, 0d0, 1d0, 3d0, 1d0, 0d0, 1d0, 2d0], [3, 3])
  b = [1d0, 2d0, 3d0]
  f = a
  x = b
  call dgesv(3, 1, f, 3, ipiv, x, 3, info)
  call check('dgesv', info)
  f = a
  r = b
  call dposv('L', 3, 1, f, 3, r, 3, info)
  call check('dposv', info)
  if (maxval(abs(r - x)) > 1d-14) stop 'dposv and dgesv disagree'
  r = b
  call dgemv('N', 3, 3, -1d0, a, 3, x, 1, 1d0, r, 1)
  if (maxval(abs(r)) > 1d-14) stop 'residual too large'
  f = a
  call dsyev('N', 'U', 3, f, 3, w, work, 64, info)
  call check('dsyev', info)
  if (abs(sum(w) - 9d0) > 1d-13) stop 'eigenvalues do not sum to the trace'
  print '(a)', 'gfortran link_test: ok'
contains
  subroutine check(name, info)
    character(*), intent(in) :: name
    integer, intent(in) :: info
    if (info /= 0) then
      print '(a, a, i0)', name, ': info = ', info
      stop 1
    end if
  end subroutine
end program
