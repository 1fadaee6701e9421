//! csv-profile behind four plain exported functions, with no JavaScript glue, so that
//! a small page can time the profiler in the browser (`tests/bench/chromium-run.mjs`):
//! `buffer(len)` gives a place in linear memory for the next chunk, `feed(len)`
//! pushes it, `finish()` returns the number of data rows (negative on an error), and
//! `reset()` starts again.
//!
//! Not part of the main workspace, and no `wasm-bindgen`: only `widget/` touches the
//! browser. The one unsafe thing is `#[unsafe(no_mangle)]` on the exports.

use std::cell::RefCell;

use csv_profile::Profiler;

thread_local! {
    static STATE: RefCell<(Profiler, Vec<u8>)> = RefCell::new((Profiler::new(), Vec::new()));
}

/// A buffer of `len` bytes in linear memory, for the next chunk.
#[unsafe(no_mangle)]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    STATE.with_borrow_mut(|(_, buf)| {
        buf.resize(len, 0);
        buf.as_mut_ptr()
    })
}

/// Pushes the first `len` bytes of the buffer; 0 when it went well.
#[unsafe(no_mangle)]
pub extern "C" fn feed(len: usize) -> i32 {
    STATE.with_borrow_mut(|(p, buf)| match p.feed(&buf[..len.min(buf.len())]) {
        Ok(()) => 0,
        Err(_) => 1,
    })
}

/// Ends the file: the number of data rows, or −1 on an error. Starts a new profile.
#[unsafe(no_mangle)]
pub extern "C" fn finish() -> f64 {
    STATE.with_borrow_mut(|(p, _)| match std::mem::take(p).finish() {
        Ok(profile) => profile.rows as f64,
        Err(_) => -1.0,
    })
}
