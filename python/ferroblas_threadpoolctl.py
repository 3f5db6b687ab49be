"""threadpoolctl support for ferroblas.

threadpoolctl (3.4 and later) finds the thread pools of the native
libraries a process has loaded by their file names; it knows OpenBLAS, MKL,
BLIS and FlexiBLAS, not ferroblas. Importing this module registers a
controller for ``libferroblas.so.0``, after which ``threadpool_info()``
lists it (``internal_api`` ``"ferroblas"``, ``user_api`` ``"blas"``) and
``threadpool_limits(n, user_api="blas")`` limits its pool:

    import numpy                  # loaded on ferroblas's libblas.so.3
    import ferroblas_threadpoolctl
    from threadpoolctl import threadpool_limits
    with threadpool_limits(limits=1, user_api="blas"):
        ...

The pool's thread count is process-wide, as OpenBLAS's is.
"""

import ctypes

from threadpoolctl import LibController, register

__all__ = ["FerroblasController"]


class FerroblasController(LibController):
    """threadpoolctl controller for ferroblas's thread pool."""

    user_api = "blas"
    internal_api = "ferroblas"
    filename_prefixes = ("libferroblas",)
    check_symbols = ("ferroblas_get_num_threads", "ferroblas_set_num_threads")

    def get_num_threads(self):
        return self.dynlib.ferroblas_get_num_threads()

    def set_num_threads(self, num_threads):
        self.dynlib.ferroblas_set_num_threads(int(num_threads))

    def _string(self, name):
        func = getattr(self.dynlib, name)
        func.restype = ctypes.c_char_p
        return func().decode("utf-8")

    def get_version(self):
        # "ferroblas 0.1.0 arch=avx512 detected=avx512"
        words = self._string("ferroblas_get_config").split()
        return words[1] if len(words) > 1 and words[0] == "ferroblas" else None

    def set_additional_attributes(self):
        self.threading_layer = "pthreads"
        self.architecture = self._string("ferroblas_get_corename")


register(FerroblasController)
