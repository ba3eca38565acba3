//! ouro's memory: objects, their refcounting handle [`Obj`], and the allocator behind them.
//!
//! This crate holds all of the project's `unsafe` code; its public API is safe and sound, so the
//! interpreter above it can `forbid(unsafe_code)`.
//!
//! Invariants (each module states its own in detail):
//! - every Python value is an object allocated here: an optional GC prefix (containers), a
//!   two-word header (count and flags, class), and a payload of a Rust type implementing
//!   [`Payload`]; the payload's vtable is found through the class, as in CPython;
//! - an object lives while it has `Obj` handles (CPython's refcounting); at zero it is
//!   finalized once (PEP 442), then freed, through a trashcan that bounds native recursion;
//! - containers are tracked by a cycle collector ([`gc`], CPython 3.14's incremental one) that
//!   finds unreachable cycles by refcount arithmetic, finalizes them and breaks them with
//!   `Trace::clear`, leaving the freeing to refcounting;
//! - memory comes from a pymalloc-style small-object allocator (arenas, pools, blocks) or, over
//!   512 bytes, from `std::alloc`; so does the memory an object owns besides its block (a
//!   list's items: [`ItemVec`], [`StorageAlloc`]);
//! - all heap state is per thread and has no destructor (objects may die during thread
//!   teardown); objects never leave their thread (`Obj` is `!Send`).
//!
//! See `docs/memory.md` for the layout diagram and the allocator's states.

#![deny(
    unsafe_op_in_unsafe_fn,
    clippy::undocumented_unsafe_blocks,
    clippy::missing_safety_doc
)]

mod allocator;
mod arena;
mod class_core;
mod dealloc;
mod extension;
pub mod free_list;
pub use extension::Extension;
pub mod gc;
mod gc_links;
mod handle;
mod header;
pub mod heap_limit;
mod item_vec;
mod object_layout;
mod os_pages;
mod payload;
mod pool;
mod stats;
mod storage;
mod trashcan;
mod var_object;
pub use trashcan::set_dealloc_nesting_limit;
pub use var_object::AllocError;
mod tunables;
mod vtable;
pub mod weakref;

#[cfg(test)]
mod test_payloads;

pub use handle::Obj;
pub use heap_limit::CountingAllocator;
pub use item_vec::{list_resize_capacity, ItemVec, MAX_ITEMS, SMALL_LIST_ALLOCATION};
pub use payload::{Payload, Trace, VarPayload};
pub use stats::{heap_stats, malloc_stats_report, HeapStats};
pub use storage::{
    storage_vec, storage_vec_filled, storage_vec_with_capacity, try_reserve_storage, StorageAlloc,
    StorageBox, StorageVec,
};
