//! Allocations whose size comes from the program (`"ab" * n`, `bytes(n)`, `[0] * n`,
//! `1 << n`, growing a list item by item): they raise `MemoryError`, as CPython does, instead
//! of letting Rust's infallible allocation abort the process.
//!
//! Invariants:
//! - every size computed from program values is checked for overflow before use;
//! - a request is refused when it would pass the `-X max_memory` cap or when the system
//!   allocator cannot provide it (`try_reserve`; for allocations made inside other crates,
//!   such as num-bigint's, a probe reservation of the same size that is released at once);
//! - a refusal is `MemoryError()` with no message, and leaves every object as it was.

use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::heap_limit;

impl Vm {
    /// Room for `additional` more items in `v`, or `MemoryError`.
    pub(crate) fn try_reserve<T>(&self, v: &mut Vec<T>, additional: usize) -> PyResult<()> {
        heap_limit::try_reserve(v, additional).map_err(|_| self.memory_error())
    }

    /// An empty vector with room for `count` items, or `MemoryError`.
    pub(crate) fn try_vec<T>(&self, count: usize) -> PyResult<Vec<T>> {
        heap_limit::try_with_capacity(count).map_err(|_| self.memory_error())
    }

    /// `count` copies of `items` one after another, or `MemoryError`.
    pub(crate) fn try_repeat<T: Clone>(&self, items: &[T], count: usize) -> PyResult<Vec<T>> {
        let total = items
            .len()
            .checked_mul(count)
            .ok_or_else(|| self.memory_error())?;
        let mut v = self.try_vec(total)?;
        for _ in 0..count {
            v.extend_from_slice(items);
        }
        Ok(v)
    }

    /// `count` zero bytes, or `MemoryError`.
    pub(crate) fn try_zeroed(&self, count: usize) -> PyResult<Vec<u8>> {
        let mut v = self.try_vec(count)?;
        v.resize(count, 0);
        Ok(v)
    }

    /// `s * count`, or `MemoryError`.
    pub(crate) fn try_repeat_str(&self, s: &str, count: usize) -> PyResult<String> {
        let bytes = self.try_repeat(s.as_bytes(), count)?;
        // Copies of a whole str are a valid str.
        Ok(String::from_utf8(bytes).unwrap_or_default())
    }

    /// Whether an allocation of `bytes` made by code that cannot fail gracefully (a big
    /// integer's digits, a formatted string's padding) can succeed: the cap is checked and the
    /// system allocator is asked for the block, which is given back at once.
    pub(crate) fn probe_allocation(&self, bytes: usize) -> PyResult<()> {
        // Small requests always fit; probing them would only cost time.
        if bytes < 1 << 20 {
            return Ok(());
        }
        heap_limit::check_reserve(bytes).map_err(|_| self.memory_error())?;
        let mut probe: Vec<u8> = Vec::new();
        probe
            .try_reserve_exact(bytes)
            .map_err(|_| self.memory_error())
    }
}
