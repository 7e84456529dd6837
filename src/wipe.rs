//! Wiping memory: the one routine that overwrites bytes with zeros, an
//! output buffer that wipes the blocks it outgrows, and an allocator that
//! wipes every block before handing it back.
//!
//! The library's own buffers that hold the secret are wiped explicitly
//! (`Secret`, JSON output). Buffers inside serde_json (its scratch buffer
//! for strings with escapes, for instance) are out of its reach: only an
//! allocator that wipes every freed block covers those. The C library
//! installs [`WipingAllocator`] (cargo feature `wiping-allocator`); a Rust
//! program chooses for itself:
//!
//! ```ignore
//! #[global_allocator]
//! static GLOBAL: isc_pat::WipingAllocator = isc_pat::WipingAllocator(std::alloc::System);
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::io;

use zeroize::Zeroize;

/// Overwrites `bytes` with zeros in writes the compiler may not remove,
/// eight bytes at a time where aligned.
pub(crate) fn wipe(bytes: &mut [u8]) {
    // SAFETY: every bit pattern is a valid `u8` and a valid `u64`, so
    // viewing the aligned middle of the buffer as words is sound.
    let (head, words, tail) = unsafe { bytes.align_to_mut::<u64>() };
    head.zeroize();
    words.zeroize();
    tail.zeroize();
}

/// A global allocator that zeroes every block before the allocator `A`
/// below it gets the block back, so no freed memory keeps a copy of a
/// secret. A reallocation moves to a new block and wipes the old one
/// (`realloc` is `GlobalAlloc`'s default: allocate, copy, free).
pub struct WipingAllocator<A = System>(pub A);

// SAFETY: every call is forwarded to `A` with the same arguments; `dealloc`
// only writes to the block it is about to free, which the caller owns.
unsafe impl<A: GlobalAlloc> GlobalAlloc for WipingAllocator<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged, under the caller's contract.
        unsafe { self.0.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged, under the caller's contract.
        unsafe { self.0.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `GlobalAlloc::dealloc`'s contract: `ptr` is a live block
        // of `layout.size()` bytes from this allocator, no longer in use.
        wipe(unsafe { core::slice::from_raw_parts_mut(ptr, layout.size()) });
        // SAFETY: forwarded unchanged, under the caller's contract.
        unsafe { self.0.dealloc(ptr, layout) }
    }
}

/// An output buffer that never leaves a copy behind: when it must grow, it
/// moves to a larger block itself and wipes the old one, instead of letting
/// the allocator free it as it is.
pub(crate) struct WipingBuffer(Vec<u8>);

impl WipingBuffer {
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        WipingBuffer(Vec::with_capacity(capacity))
    }

    pub(crate) fn into_inner(self) -> Vec<u8> {
        self.0
    }

    /// Moves to a block with room for `more` bytes, wiping the old one.
    #[cold]
    #[inline(never)]
    fn grow(&mut self, more: usize) {
        let needed = self.0.len() + more;
        let mut bigger = Vec::with_capacity(needed.max(2 * self.0.capacity()));
        bigger.extend_from_slice(&self.0);
        let mut old = std::mem::replace(&mut self.0, bigger);
        old.zeroize();
    }
}

impl io::Write for WipingBuffer {
    #[inline]
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.write_all(data)?;
        Ok(data.len())
    }

    #[inline]
    fn write_all(&mut self, data: &[u8]) -> io::Result<()> {
        if data.len() > self.0.capacity() - self.0.len() {
            self.grow(data.len());
        }
        self.0.extend_from_slice(data);
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The C library's allocator (see the module documentation).
#[cfg(feature = "wiping-allocator")]
#[global_allocator]
static GLOBAL: WipingAllocator = WipingAllocator(System);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wipe_clears_every_byte_at_any_alignment_and_length() {
        let mut buf = [0xa5u8; 80];
        for start in 0..9 {
            for len in 0..(80 - start) {
                buf.fill(0xa5);
                wipe(&mut buf[start..start + len]);
                assert!(buf[start..start + len].iter().all(|&b| b == 0));
                assert!(buf[..start].iter().all(|&b| b == 0xa5));
                assert!(buf[start + len..].iter().all(|&b| b == 0xa5));
            }
        }
    }
}
