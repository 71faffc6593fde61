//! Limits a report never comes near, so that a broken template or input
//! ends in one clear error instead of running for minutes or exhausting
//! the machine: a time budget for laying out one report, and a memory
//! budget for the whole process. A report takes well under a second and
//! 100 MB; the limits are far above that.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The most one report may take to lay out, in seconds: 120, or
/// `TRIALREPORT_TYPESET_SECONDS` (for a slow machine, or a test that wants
/// to see the limit reached).
pub fn typeset_seconds() -> u64 {
    std::env::var("TRIALREPORT_TYPESET_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&s| s > 0)
        .unwrap_or(120)
}

/// The most memory the process may hold.
pub const MEMORY_BYTES: usize = 3 << 30;

/// A running time budget: unless dropped (the work finished) before the
/// deadline, it prints `what` as an error, removes the temporary files
/// being written, and ends the process with exit code 1.
pub struct Deadline {
    done: Option<std::sync::mpsc::Sender<()>>,
}

impl Deadline {
    pub fn start(what: String, limit: Duration) -> Self {
        let (done, wait) = std::sync::mpsc::channel::<()>();
        std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(limit) {
                eprintln!(
                    "error: {what} took more than {} s, far more than a report needs: a loop in the template? nothing was written",
                    limit.as_secs()
                );
                crate::build::remove_temporaries();
                std::process::exit(1);
            }
        });
        Self { done: Some(done) }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(done) = self.done.take() {
            let _ = done.send(());
        }
    }
}

/// The system allocator, counting: an allocation that would take the
/// process past [`MEMORY_BYTES`] ends it with one error line and exit code
/// 1 (instead of the system's out-of-memory kill, or Rust's abort with
/// exit code 134). Installed by `main`.
pub struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);

impl Counting {
    fn take(size: usize) {
        let held = HELD.fetch_add(size, Ordering::Relaxed) + size;
        if held > MEMORY_BYTES {
            // No allocation from here on: write the line and leave.
            const LINE: &[u8] =
                b"error: the build needed more than 3 GiB of memory, far more than a report needs: a loop in the template? nothing was written\n";
            // SAFETY: writing a static buffer to stderr and ending the
            // process are async-signal-safe and allocate nothing.
            unsafe {
                libc::write(2, LINE.as_ptr().cast(), LINE.len());
                libc::_exit(1);
            }
        }
    }
}

// SAFETY: every call is passed on to `System`; the counter only observes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::take(layout.size());
        // SAFETY: as the caller promised for `layout`.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::take(layout.size());
        // SAFETY: as the caller promised for `layout`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as the caller promised for `ptr` and `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            Self::take(new_size - layout.size());
        } else {
            HELD.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: as the caller promised for `ptr`, `layout` and `new_size`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}
