//! `make bench`, memory: heap held by 1,000,000 loaded credit lines, and the extra peak
//! heap of one full calculation (frame built inside, and over a loaded frame). Counted
//! by a wrapping allocator, kept out of the timing benchmarks because it slows them.

use plansight_engine::{calculate, calculate_frame, LineFrame};
use plansight_plan::synthetic::team;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

mod common;

/// Counts heap bytes in use and their peak, to report the calculation's own memory.
struct Counting;
static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let now = IN_USE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    // `cargo bench -- <filter>` passes arguments; only run when "memory" is wanted.
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filter.is_empty() && !filter.iter().any(|f| "memory".contains(f.as_str())) {
        return;
    }
    let big = team(10_000, 1_000_000, 7);
    let inputs = common::inputs(&big);
    drop(big);
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let result = calculate(&inputs).unwrap();
    let peak = PEAK.load(Ordering::Relaxed);
    drop(result);
    let frame = LineFrame::new(&inputs);
    let loaded = IN_USE.load(Ordering::Relaxed);
    PEAK.store(loaded, Ordering::Relaxed);
    let result = calculate_frame(&inputs, &frame).unwrap();
    let peak_frame = PEAK.load(Ordering::Relaxed);
    drop(result);
    println!(
        "memory: 1M credit lines loaded hold {} MB of heap; the columnar frame {} MB more",
        before >> 20,
        (loaded - before) >> 20
    );
    println!(
        "memory: extra peak heap of a full calculation: {} MB with the frame built inside, {} MB over the loaded frame",
        (peak - before) >> 20,
        (peak_frame - loaded) >> 20
    );
}
