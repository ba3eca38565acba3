//! Where the GC prefix, the header and the payload sit inside an object's memory block.
//!
//! Invariants:
//! - a block starts at a multiple of `ALIGNMENT` (16);
//! - a container's block has its `GcLinks` prefix immediately before the header; a class
//!   object (always a container) has its `ClassCore` before that; any other object's block
//!   starts with the header;
//! - the payload follows the header at the first offset that respects its alignment, which must
//!   be at most `ALIGNMENT` (checked when the layout is computed, at compile time);
//! - everything is computed at compile time per payload type, so finding the payload from a
//!   header is an addition of a constant.
//!
//! ```text
//!   block start (16-aligned)
//!   | ClassCore (16, classes only) | GcLinks (16, containers only) | Header (16) | payload T |
//!                                                                  ^ Obj points here
//! ```

use core::mem::size_of;

use crate::class_core::ClassCore;
use crate::gc_links::GcLinks;
use crate::header::Header;
use crate::tunables::ALIGNMENT;

#[derive(Clone, Copy, Debug)]
pub(crate) struct ObjectLayout {
    /// Offset of the header from the block's start.
    pub(crate) header_offset: usize,
    /// Offset of the payload from the header.
    pub(crate) payload_offset: usize,
    /// Bytes to allocate for the whole block (for a variable-size object: with no items).
    pub(crate) block_size: usize,
    /// Variable-size objects only: offset of the first item from the header (0 otherwise).
    pub(crate) items_offset: usize,
    /// Variable-size objects only: bytes per item, and zeroed bytes after the last item.
    pub(crate) item_size: usize,
    pub(crate) trailing_bytes: usize,
}

/// Offset of a variable-size object's item count from its header: the word right after it
/// (CPython's `ob_size`).
pub(crate) const VAR_LEN_OFFSET: usize = size_of::<Header>();

impl ObjectLayout {
    /// The layout of an object whose payload has this size and alignment.
    pub(crate) const fn for_payload(
        size: usize,
        align: usize,
        is_container: bool,
        is_class: bool,
    ) -> Self {
        assert!(
            align <= ALIGNMENT,
            "ouro-memory: a payload's alignment must be at most 16 bytes"
        );
        assert!(
            is_container || !is_class,
            "ouro-memory: a class payload must be a container"
        );
        let mut header_offset = 0;
        if is_class {
            header_offset += size_of::<ClassCore>();
        }
        if is_container {
            header_offset += size_of::<GcLinks>();
        }
        let payload_start = round_up(header_offset + size_of::<Header>(), align);
        ObjectLayout {
            header_offset,
            payload_offset: payload_start - header_offset,
            block_size: payload_start + size,
            items_offset: 0,
            item_size: 0,
            trailing_bytes: 0,
        }
    }

    /// The layout of a variable-size object (CPython's `PyVarObject`): the header, the item
    /// count (one word), the payload, then the items, each part at the first offset its
    /// alignment allows, then `trailing_bytes`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) const fn for_var_payload(
        size: usize,
        align: usize,
        item_size: usize,
        item_align: usize,
        trailing_bytes: usize,
        is_container: bool,
        is_class: bool,
    ) -> Self {
        assert!(
            align <= ALIGNMENT && item_align <= ALIGNMENT,
            "ouro-memory: a payload's alignment must be at most 16 bytes"
        );
        assert!(!is_class, "ouro-memory: a class payload has a fixed size");
        assert!(item_size > 0, "ouro-memory: items must have a size");
        let fixed = Self::for_payload(0, 1, is_container, false);
        let header_offset = fixed.header_offset;
        let len_end = header_offset + size_of::<Header>() + size_of::<usize>();
        let payload_start = round_up(len_end, align);
        let items_start = round_up(payload_start + size, item_align);
        ObjectLayout {
            header_offset,
            payload_offset: payload_start - header_offset,
            block_size: items_start,
            items_offset: items_start - header_offset,
            item_size,
            trailing_bytes,
        }
    }

    /// Bytes of the block of an object of this layout with `len` items (0 for a fixed-size
    /// one), or `None` if that overflows.
    pub(crate) const fn block_size_for(&self, len: usize) -> Option<usize> {
        if self.item_size == 0 {
            return Some(self.block_size);
        }
        match len.checked_mul(self.item_size) {
            Some(items) => match self.block_size.checked_add(items) {
                Some(size) => size.checked_add(self.trailing_bytes),
                None => None,
            },
            None => None,
        }
    }

    pub(crate) const fn is_var(&self) -> bool {
        self.item_size != 0
    }
}

/// `n` rounded up to a multiple of `align` (a power of two).
pub(crate) const fn round_up(n: usize, align: usize) -> usize {
    (n + align - 1) & !(align - 1)
}

// The header right after the prefixes is still 8-aligned; the prefixes are whole alignment
// units, so a payload aligned to 16 needs no padding after a 16-byte header.
const _: () = assert!(size_of::<GcLinks>().is_multiple_of(ALIGNMENT));
const _: () = assert!(size_of::<ClassCore>().is_multiple_of(ALIGNMENT));
const _: () = assert!(size_of::<Header>().is_multiple_of(ALIGNMENT));
const _: () = assert!(ALIGNMENT.is_multiple_of(core::mem::align_of::<Header>()));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_object_layout() {
        // CPython's float: a 16-byte header and an 8-byte value, in a 32-byte block once the
        // allocator rounds it up.
        let layout = ObjectLayout::for_payload(8, 8, false, false);
        assert_eq!(layout.header_offset, 0);
        assert_eq!(layout.payload_offset, 16);
        assert_eq!(layout.block_size, 24);
    }

    #[test]
    fn container_layout_keeps_payload_aligned() {
        let layout = ObjectLayout::for_payload(16, 16, true, false);
        assert_eq!(layout.header_offset, 16);
        assert_eq!(layout.payload_offset, 16);
        assert_eq!((layout.header_offset + layout.payload_offset) % 16, 0);
        assert_eq!(layout.block_size, 48);
    }

    #[test]
    fn class_layout_has_its_core_first() {
        // The 48-byte core, the 16-byte GC prefix, the header, the payload.
        let layout = ObjectLayout::for_payload(8, 8, true, true);
        assert_eq!(layout.header_offset, 64);
        assert_eq!(layout.payload_offset, 16);
        assert_eq!(layout.block_size, 88);
    }

    #[test]
    fn var_layout_is_cpython_tuple_and_str() {
        // A tuple: GC prefix, header, count, cached hash, then 8-byte items: 48 + 8n.
        let tuple = ObjectLayout::for_var_payload(8, 8, 8, 8, 0, true, false);
        assert_eq!(tuple.header_offset, 16);
        assert_eq!(tuple.payload_offset, 24);
        assert_eq!(tuple.items_offset, 32);
        assert_eq!(tuple.block_size_for(0), Some(48));
        assert_eq!(tuple.block_size_for(2), Some(64));
        // A compact str: header, length, hash and state, bytes, a NUL: 40 + n + 1.
        let text = ObjectLayout::for_var_payload(16, 8, 1, 1, 1, false, false);
        assert_eq!(text.block_size_for(3), Some(44));
        assert_eq!(text.block_size_for(usize::MAX), None);
    }

    #[test]
    fn zero_sized_payload() {
        // CPython's `object()`: the header alone.
        let layout = ObjectLayout::for_payload(0, 1, false, false);
        assert_eq!(layout.block_size, 16);
    }
}
