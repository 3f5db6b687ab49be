"""threadpoolctl sees and limits ferroblas's pool through the controller
ferroblas ships (python/ferroblas_threadpoolctl.py), with NumPy loaded on
dist/lib. Usage: python threadpoolctl_check.py DIST_LIB CONTROLLER_DIR"""

import ctypes
import os
import sys

dist_lib, controller_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, controller_dir)

import numpy  # noqa: E402  (loads libblas.so.3 from dist/lib)
import threadpoolctl  # noqa: E402

before = threadpoolctl.threadpool_info()
assert not [i for i in before if i["internal_api"] == "ferroblas"], before

import ferroblas_threadpoolctl  # noqa: E402,F401  (registers the controller)

info = threadpoolctl.threadpool_info()
ours = [i for i in info if i["internal_api"] == "ferroblas"]
assert len(ours) == 1, info
lib_info = ours[0]
assert lib_info["user_api"] == "blas", lib_info
want = os.path.realpath(os.path.join(dist_lib, "libferroblas.so.0"))
assert os.path.realpath(lib_info["filepath"]) == want, (lib_info, want)
assert lib_info["version"], lib_info
others = [i for i in info if i["user_api"] == "blas" and i["internal_api"] != "ferroblas"]
assert not others, f"another BLAS is loaded: {others}"

lib = ctypes.CDLL(want)
lib.ferroblas_set_num_threads(2)
assert threadpoolctl.threadpool_info()[info.index(lib_info)]["num_threads"] == 2

a = numpy.arange(1.0, 401.0 * 400 + 1).reshape(400, 401)[:, :400] % 7
expected = a @ a
with threadpoolctl.threadpool_limits(limits=1, user_api="blas"):
    assert lib.ferroblas_get_num_threads() == 1
    # Same bits at any thread count.
    assert numpy.array_equal(a @ a, expected)
assert lib.ferroblas_get_num_threads() == 2, "threadpool_limits did not restore the count"

controller = threadpoolctl.ThreadpoolController().select(internal_api="ferroblas")
with controller.limit(limits=1):
    assert lib.ferroblas_get_num_threads() == 1
assert lib.ferroblas_get_num_threads() == 2
print(f"threadpoolctl {threadpoolctl.__version__}: {lib_info}")
print("threadpoolctl: ok")
