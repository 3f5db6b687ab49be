//! The library's thread pool and its thread-count setting.
//!
//! ferroblas owns one rayon [`ThreadPool`]; it never touches rayon's global
//! pool, so a program's own rayon work and ours do not compete for the same
//! queue. The pool has `num_threads() - 1` workers: the calling thread always
//! takes part in the work it hands out.
//!
//! - Thread count: `FERROBLAS_NUM_THREADS`, else `OPENBLAS_NUM_THREADS`, else
//!   `OMP_NUM_THREADS`, else the number of cores; [`set_num_threads`] changes it
//!   at run time (the pool is rebuilt at the next parallel call).
//! - Nesting: a call made from a pool thread, or from a caller while it works on
//!   its own tasks, runs serially ([`in_pool_thread`]).
//! - Idle workers sleep: rayon parks a worker after a short spin (tens of
//!   microseconds) once the queue is empty, so nothing spins after a call returns.
//! - `fork()`: the pool records the process id it was built in. A child process
//!   sees a different id on its first parallel call, builds a fresh pool and
//!   leaks the old one (its threads do not exist in the child; dropping it would
//!   wait on them). A child forked while another thread held the pool's lock
//!   runs its calls serially instead of waiting on that lock forever.

use rayon::{ThreadPool, ThreadPoolBuilder};
use std::cell::Cell;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Stack of each worker thread. Small on purpose: nothing in the library puts
/// large arrays on the stack or recurses deeply, and every threaded test then
/// proves that (issue 6, part 10); a process with many pools stays light.
const WORKER_STACK: usize = 128 << 10;

/// The configured thread count; 0 until first read.
static NUM_THREADS: AtomicUsize = AtomicUsize::new(0);

struct PoolState {
    pid: u32,
    workers: usize,
    pool: Arc<ThreadPool>,
}

static POOL: Mutex<Option<PoolState>> = Mutex::new(None);
/// The process id the current pool was built in (0 before the first).
static POOL_PID: AtomicU32 = AtomicU32::new(0);

thread_local! {
    /// True on our pool's workers, and on a caller while it runs its share of tasks.
    static IN_POOL: Cell<bool> = const { Cell::new(false) };
}

/// Reads a positive integer from an environment variable.
fn env_threads(name: &str) -> Option<usize> {
    let v = std::env::var(name).ok()?;
    // OMP_NUM_THREADS may be a list ("4,2"); the first level is ours.
    let first = v.split(',').next()?.trim();
    first.parse::<usize>().ok().filter(|&n| n > 0)
}

/// The number of cores this process may run on.
pub fn num_procs() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

/// The thread count the environment asks for, or the number of cores.
fn default_threads() -> usize {
    env_threads("FERROBLAS_NUM_THREADS")
        .or_else(|| env_threads("OPENBLAS_NUM_THREADS"))
        .or_else(|| env_threads("OMP_NUM_THREADS"))
        .unwrap_or_else(num_procs)
}

/// The number of threads parallel routines use (at least 1).
pub fn num_threads() -> usize {
    match NUM_THREADS.load(Ordering::Relaxed) {
        0 => {
            let n = default_threads().max(1);
            // Another thread may have set it meanwhile; theirs wins.
            match NUM_THREADS.compare_exchange(0, n, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => n,
                Err(cur) => cur,
            }
        }
        n => n,
    }
}

/// Sets the number of threads parallel routines use; `n = 0` returns to the
/// default (environment, else the number of cores).
pub fn set_num_threads(n: usize) {
    let n = if n == 0 { default_threads().max(1) } else { n };
    NUM_THREADS.store(n, Ordering::Relaxed);
}

/// True when the current thread is one of ferroblas's pool workers, or a caller
/// currently running its share of a parallel call; work started here runs serially.
pub fn in_pool_thread() -> bool {
    IN_POOL.with(|f| f.get())
}

/// Marks the current thread as in-pool while alive, restoring the old mark on drop.
struct InPoolGuard(bool);

impl InPoolGuard {
    fn enter() -> Self {
        InPoolGuard(IN_POOL.with(|f| f.replace(true)))
    }
}

impl Drop for InPoolGuard {
    fn drop(&mut self) {
        let old = self.0;
        IN_POOL.with(|f| f.set(old));
    }
}

/// The pool, built (or rebuilt after `fork` or a thread-count change) with
/// `workers` workers. `None` if the OS refuses to start threads.
fn pool(workers: usize) -> Option<Arc<ThreadPool>> {
    let pid = std::process::id();
    let mut guard = match POOL.try_lock() {
        Ok(g) => g,
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
        // Held: by another caller (wait for it), or, in a child forked while
        // a parent thread held it, by a thread that no longer exists: that
        // child runs serially rather than wait forever.
        Err(std::sync::TryLockError::WouldBlock) => {
            let owner = POOL_PID.load(Ordering::Relaxed);
            if owner != 0 && owner != pid {
                return None;
            }
            POOL.lock().unwrap_or_else(|e| e.into_inner())
        }
    };
    match guard.as_ref() {
        Some(st) if st.pid == pid && st.workers == workers => return Some(st.pool.clone()),
        Some(st) if st.pid != pid => {
            // A forked child: the old pool's threads are gone. Leak it.
            if let Some(old) = guard.take() {
                std::mem::forget(old);
            }
        }
        _ => {}
    }
    let built = ThreadPoolBuilder::new()
        .num_threads(workers)
        .thread_name(|i| format!("ferroblas-{i}"))
        .stack_size(WORKER_STACK)
        .start_handler(|_| IN_POOL.with(|f| f.set(true)))
        .build()
        .ok()?;
    let pool = Arc::new(built);
    // A pool replaced because the thread count changed is dropped when its
    // last user finishes; its workers then exit.
    *guard = Some(PoolState { pid, workers, pool: pool.clone() });
    POOL_PID.store(pid, Ordering::Relaxed);
    Some(pool)
}

/// Runs `f(0)`, ..., `f(ntasks - 1)`, each exactly once, on up to `nthreads`
/// threads: the caller and pool workers. Serial when `nthreads <= 1`, when
/// there is at most one task, or when called from a pool thread. Tasks are
/// handed out dynamically, so `f` must not depend on which thread runs it.
/// Returns when every task has finished; a panic in `f` reaches the caller.
///
/// The caller never waits for a worker that has not started: it works through
/// the tasks itself, then closes the call, and a worker that wakes up late (a
/// parked thread, a machine busy with other processes) finds it closed and
/// leaves without touching `f`. The caller waits only for workers still
/// running a task they took, so a split call is never much slower than the
/// same tasks run serially.
pub fn for_each_task(ntasks: usize, nthreads: usize, f: impl Fn(usize) + Sync) {
    // Read once: another thread may change the count meanwhile, and a second
    // read could ask for a pool of zero workers.
    let total = num_threads();
    let nt = nthreads.min(ntasks).min(total);
    if nt <= 1 || in_pool_thread() {
        (0..ntasks).for_each(f);
        return;
    }
    let Some(pool) = pool(total - 1) else {
        (0..ntasks).for_each(f);
        return;
    };
    let f: &(dyn Fn(usize) + Sync) = &f;
    // SAFETY: only the lifetime is erased. The pointer is dereferenced by
    // workers only while registered in an open call (see `Call::enter`), and
    // the caller does not return, or unwind past `f`, before the call is closed
    // and every registered worker has left.
    let task: *const (dyn Fn(usize) + Sync + 'static) =
        unsafe { std::mem::transmute(f as *const (dyn Fn(usize) + Sync)) };
    let call = Arc::new(Call {
        state: AtomicUsize::new(0),
        next: AtomicUsize::new(0),
        ntasks,
        task,
        caller: std::thread::current(),
        panic: Mutex::new(None),
    });
    for _ in 1..nt {
        let call = call.clone();
        pool.spawn(move || call.work_as_worker());
    }
    let mine = {
        let _mark = InPoolGuard::enter();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| call.run_tasks()))
    };
    call.close_and_wait();
    if let Err(payload) = mine {
        std::panic::resume_unwind(payload);
    }
    let theirs = call.panic.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(payload) = theirs {
        std::panic::resume_unwind(payload);
    }
}

/// Set in [`Call::state`] once the caller has finished taking tasks.
const CLOSED: usize = 1 << (usize::BITS - 1);

/// One parallel call, shared by its caller and the workers it woke.
struct Call {
    /// [`CLOSED`], plus the number of workers inside the call.
    state: AtomicUsize,
    /// The next task to hand out.
    next: AtomicUsize,
    ntasks: usize,
    /// The caller's `f`, valid while the call is open or a worker is inside.
    task: *const (dyn Fn(usize) + Sync),
    caller: std::thread::Thread,
    /// The first panic a worker caught in `f`.
    panic: Mutex<Option<Box<dyn std::any::Any + Send>>>,
}

// SAFETY: `task` points to a `Sync` closure and is only called under the
// protocol of `for_each_task`; everything else is `Send + Sync`.
unsafe impl Send for Call {}
// SAFETY: as for `Send`.
unsafe impl Sync for Call {}

impl Call {
    /// Takes and runs tasks until none is left.
    fn run_tasks(&self) {
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            if i >= self.ntasks {
                break;
            }
            // SAFETY: the caller is inside `for_each_task`, or this worker is
            // registered in the open call (`work_as_worker`): `f` is alive.
            unsafe { (*self.task)(i) };
        }
    }

    /// A worker's share: register unless the call is already closed, run
    /// tasks, leave, and wake the caller if it is waiting for this worker.
    fn work_as_worker(&self) {
        if self.state.fetch_add(1, Ordering::Acquire) & CLOSED != 0 {
            // Too late. Leaving can still be the last departure the caller
            // waits for: a worker that finished its tasks while this one was
            // counted saw another worker inside and woke no one.
            if self.state.fetch_sub(1, Ordering::AcqRel) == CLOSED | 1 {
                self.caller.unpark();
            }
            return;
        }
        if let Err(payload) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run_tasks())) {
            // Stop handing out tasks; the caller re-raises the panic.
            self.next.store(self.ntasks, Ordering::Relaxed);
            self.panic.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(payload);
        }
        if self.state.fetch_sub(1, Ordering::AcqRel) == CLOSED | 1 {
            self.caller.unpark();
        }
    }

    /// Closes the call to late workers and waits until no worker is inside.
    fn close_and_wait(&self) {
        self.next.store(self.ntasks, Ordering::Relaxed);
        let mut spins = 0u32;
        let mut inside = self.state.fetch_or(CLOSED, Ordering::AcqRel) & !CLOSED;
        while inside != 0 {
            // Workers inside are running a task of similar length to the
            // caller's: spin a little before sleeping.
            if spins < 1 << 12 {
                spins += 1;
                std::hint::spin_loop();
            } else {
                std::thread::park();
            }
            inside = self.state.load(Ordering::Acquire) & !CLOSED;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU64;

    #[test]
    fn every_task_runs_once() {
        let hits: Vec<AtomicU64> = (0..100).map(|_| AtomicU64::new(0)).collect();
        for_each_task(100, 4, |i| {
            hits[i].fetch_add(1, Ordering::Relaxed);
        });
        assert!(hits.iter().all(|h| h.load(Ordering::Relaxed) == 1));
    }

    /// A panic in any task, whichever thread runs it, reaches the caller after
    /// every other task has stopped, and the pool keeps working.
    #[test]
    fn panics_reach_the_caller() {
        for bad in [0, 1, 37, 99] {
            let r = std::panic::catch_unwind(|| {
                for_each_task(100, 2, |i| {
                    assert_ne!(i, bad, "task {bad} fails");
                })
            });
            assert!(r.is_err(), "the panic of task {bad} was lost");
        }
        let hits = AtomicU64::new(0);
        for_each_task(64, 2, |_| {
            hits.fetch_add(1, Ordering::Relaxed);
        });
        assert_eq!(hits.load(Ordering::Relaxed), 64);
    }

    /// Many short calls on more workers than cores, so that workers often
    /// arrive after the caller has closed the call: every call returns. (A
    /// late worker's brief registration once hid the last departure from the
    /// caller, which then slept forever: seen under qemu.)
    #[test]
    fn late_workers_never_strand_the_caller() {
        let before = num_threads();
        set_num_threads(8);
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let hits = AtomicU64::new(0);
            for _ in 0..20_000 {
                for_each_task(3, 8, |_| {
                    hits.fetch_add(1, Ordering::Relaxed);
                });
            }
            let _ = done.send(hits.load(Ordering::Relaxed));
        });
        let got = finished.recv_timeout(std::time::Duration::from_secs(120));
        set_num_threads(before);
        assert_eq!(got.expect("a parallel call never returned"), 60_000);
    }

    #[test]
    fn nested_calls_run_serially() {
        for_each_task(4, 2, |_| {
            assert!(in_pool_thread() || num_threads() == 1);
            let me = std::thread::current().id();
            for_each_task(4, 2, |_| assert_eq!(std::thread::current().id(), me));
        });
        assert!(!in_pool_thread());
    }
}
