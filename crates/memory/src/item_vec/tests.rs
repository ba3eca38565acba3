//! Tests of `ItemVec`: CPython 3.14's capacities (a trace recorded from native CPython 3.14.10),
//! the pools, panics and drop order.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use super::*;
use crate::heap_stats;
use crate::test_payloads::{baseline, scaled};

/// Compiles only if `T` is not `Send` (both impls apply, so the call is ambiguous).
trait AmbiguousIfSend<A> {
    fn check() {}
}
impl<T: ?Sized> AmbiguousIfSend<()> for T {}
impl<T: ?Sized + Send> AmbiguousIfSend<u8> for T {}

#[test]
fn sixteen_bytes_and_bound_to_its_thread() {
    assert_eq!(size_of::<ItemVec<crate::Obj>>(), 16);
    assert_eq!(size_of::<ItemVec<u64>>(), 16);
    assert_eq!(size_of::<Option<ItemVec<u8>>>(), 16);
    <ItemVec<u64> as AmbiguousIfSend<_>>::check();
}

/// `len(l)` → `allocated` after each of 100 `l.append(x)` from `[]` (native CPython 3.14.10).
const APPEND_CAPACITIES: [usize; 101] = [
    0, 4, 4, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24, 24, 24, 24, 24, 32,
    32, 32, 32, 32, 32, 32, 32, 40, 40, 40, 40, 40, 40, 40, 40, 52, 52, 52, 52, 52, 52, 52, 52, 52,
    52, 52, 52, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 76, 76, 76, 76, 76, 76, 76, 76, 76,
    76, 76, 76, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 92, 108, 108, 108, 108,
    108, 108, 108, 108,
];

#[test]
fn append_grows_as_cpython_3_14() {
    let mut v: ItemVec<u64> = ItemVec::new();
    for (len, &expected) in APPEND_CAPACITIES.iter().enumerate() {
        assert_eq!(
            (v.len(), v.capacity()),
            (len, expected),
            "after {len} appends"
        );
        v.push(len as u64);
    }
    // sys.getsizeof: 56 + 8 * allocated for a list of pointers.
    let getsizeof = |n: usize| 56 + 8 * APPEND_CAPACITIES[n];
    assert_eq!(getsizeof(0), 56);
    assert!((1..=4).all(|n| getsizeof(n) == 88));
    assert!((5..=8).all(|n| getsizeof(n) == 120));
    assert!((9..=16).all(|n| getsizeof(n) == 184));
    assert!((17..=24).all(|n| getsizeof(n) == 248));
    assert!(v.iter().copied().eq(0..101));
}

/// `allocated` after each `l.pop()` of `l = list(range(100))` (native CPython 3.14.10).
const POP_CAPACITIES: [usize; 100] = [
    100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
    100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
    100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 60, 60, 60, 60, 60, 60, 60, 60, 60,
    60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 24,
    24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 0,
];

/// `list(range(n))`: preallocated from `len()`, then extended from the iterator.
fn list_of_range(n: usize) -> ItemVec<u32> {
    let mut v = ItemVec::new();
    v.try_preallocate(n).expect("memory for a test list");
    v.try_extend_with_hint(0..n as u32, n)
        .expect("memory for a test list");
    v
}

#[test]
fn pop_shrinks_as_cpython_3_14() {
    let mut v = list_of_range(100);
    assert_eq!(v.capacity(), 100);
    for (i, &expected) in POP_CAPACITIES.iter().enumerate() {
        assert_eq!(v.pop(), Some(99 - i as u32));
        assert_eq!(v.capacity(), expected, "after {} pops", i + 1);
    }
    assert_eq!(v.pop(), None);
}

#[test]
fn the_resize_rule() {
    // Growth: (n + n/8 + 6) & !3, or (n + 3) & !3 when growing by more than that margin.
    assert_eq!(list_resize_capacity(0, 0, 1), 4);
    assert_eq!(list_resize_capacity(8, 8, 9), 16);
    assert_eq!(list_resize_capacity(0, 0, 10), 12);
    assert_eq!(list_resize_capacity(4, 1, 11), 12);
    // Shrinking below half, except for allocations of at most 32 items.
    assert_eq!(list_resize_capacity(100, 50, 49), 60);
    assert_eq!(list_resize_capacity(100, 50, 50), 100);
    assert_eq!(list_resize_capacity(32, 3, 2), 32);
    assert_eq!(list_resize_capacity(33, 3, 2), 8);
    assert_eq!(list_resize_capacity(24, 1, 0), 24);
    assert_eq!(list_resize_capacity(40, 1, 0), 0);
    assert_eq!(list_resize_capacity(0, 0, 0), 0);
    assert_eq!(list_resize_capacity(usize::MAX, 0, usize::MAX), usize::MAX);
}

#[test]
fn creation_forms_allocate_as_cpython() {
    let items = [7u64; 5];
    // [a, a, a]: BUILD_LIST, exactly 3 (getsizeof 80).
    let mut display = ItemVec::with_capacity(3);
    display.extend(items[..3].iter().copied());
    assert_eq!(display.capacity(), 3);
    // [1, 2, 3], constants: extending an empty list by a tuple: 4 (88); five: 6 (104).
    let mut constants = ItemVec::new();
    constants
        .try_extend_from_slice(&items[..3])
        .expect("memory");
    assert_eq!(constants.capacity(), 4);
    let mut five = ItemVec::new();
    five.try_extend(items.iter().copied()).expect("memory");
    assert_eq!(five.capacity(), 6);
    // list(range(3)) and list(range(5)): preallocated from len, even: 4 and 6.
    assert_eq!(list_of_range(3).capacity(), 4);
    assert_eq!(list_of_range(5).capacity(), 6);
    assert_eq!(list_of_range(0).capacity(), 0);
    // list(generator): the default length hint of 8, then append, then the trim.
    let from_gen = |n: u32| {
        let mut v = ItemVec::new();
        v.try_extend_with_hint(0..n, 8).expect("memory");
        v.capacity()
    };
    assert_eq!((from_gen(0), from_gen(3), from_gen(20)), (8, 8, 24));
    // [a] * 3, l[2:5], l.copy(), [a] + [a, a]: exact.
    let one = ItemVec::try_from_slice(&items[..1]).expect("memory");
    assert_eq!(one.try_repeat(3).expect("memory").capacity(), 3);
    assert_eq!(one.try_repeat(0).expect("memory").capacity(), 0);
    let ten = list_of_range(10);
    assert_eq!(
        ItemVec::try_from_slice(&ten[2..5])
            .expect("memory")
            .capacity(),
        3
    );
    assert_eq!(list_of_range(5).clone().capacity(), 5);
    // l = [1, 2]; l *= 3 → 12; l.extend(l) (l *= 2) → 8.
    let mut pair = ItemVec::try_from_slice(&items[..2]).expect("memory");
    pair.try_repeat_in_place(3).expect("memory");
    assert_eq!((pair.len(), pair.capacity()), (6, 12));
    let mut pair = ItemVec::try_from_slice(&items[..2]).expect("memory");
    pair.try_repeat_in_place(2).expect("memory");
    assert_eq!((pair.len(), pair.capacity()), (4, 8));
    pair.try_repeat_in_place(0).expect("memory");
    assert_eq!((pair.len(), pair.capacity()), (0, 0));
    // l = [1] * 33; l.append(1) → 44.
    let mut exact = one.try_repeat(33).expect("memory");
    exact.push(1);
    assert_eq!(exact.capacity(), 44);
    // del l[0] keeps the storage of an emptied list, l.pop() and l.remove(x) free it.
    let mut v = ItemVec::try_from_slice(&items[..1]).expect("memory");
    v.delete(0);
    assert_eq!((v.len(), v.capacity()), (0, 1));
    let mut v = ItemVec::try_from_slice(&items[..1]).expect("memory");
    v.remove(0);
    assert_eq!(v.capacity(), 0);
}

/// One list operation of the recorded trace.
#[derive(Clone, Copy, Debug)]
enum Op {
    /// `l.append(1)`
    Append,
    /// `l.insert(i, 1)`
    Insert(usize),
    /// `l.pop()`
    Pop,
    /// `l.pop(i)`
    PopAt(usize),
    /// `del l[i]`
    DelItem(usize),
    /// `del l[i:j]`
    DelSlice(usize, usize),
    /// `l.extend([1] * n)`
    ExtendList(usize),
    /// `l.extend(generator of n items)`
    ExtendGen(usize),
    /// `l.clear()`
    Clear,
    /// `l *= n`
    InPlaceRepeat(usize),
    /// `l[i:j] = [1] * n`
    SetSlice(usize, usize, usize),
    /// `l = [1] * n`
    Repeat(usize),
    /// `l = list(range(n))`
    ListRange(usize),
}

fn apply(v: &mut ItemVec<u32>, op: Op) {
    match op {
        Op::Append => v.push(1),
        Op::Insert(i) => v.insert(i, 1),
        Op::Pop => drop(v.pop()),
        Op::PopAt(i) => drop(v.remove(i)),
        Op::DelItem(i) => drop(v.delete(i)),
        Op::DelSlice(i, j) => drop(v.remove_range(i..j)),
        Op::ExtendList(n) => v.try_extend_from_slice(&vec![1; n]).expect("memory"),
        Op::ExtendGen(n) => v
            .try_extend_with_hint(core::iter::repeat_n(1, n), 8)
            .expect("memory"),
        Op::Clear => v.clear(),
        Op::InPlaceRepeat(n) => v.try_repeat_in_place(n).expect("memory"),
        Op::SetSlice(i, j, n) => drop(
            v.try_splice(i..j, core::iter::repeat_n(1, n))
                .expect("memory"),
        ),
        Op::Repeat(n) => {
            *v = ItemVec::try_from_slice(&[1])
                .and_then(|one| one.try_repeat(n))
                .expect("memory")
        }
        Op::ListRange(n) => *v = list_of_range(n),
    }
}

#[test]
fn a_recorded_trace_of_list_operations_matches_native_cpython() {
    let before = baseline();
    let mut v = ItemVec::new();
    for (step, &(op, len, cap)) in TRACE.iter().enumerate() {
        apply(&mut v, op);
        assert_eq!(
            (v.len(), v.capacity()),
            (len, cap),
            "step {step}: {op:?} leaves (len, allocated)"
        );
    }
    drop(v);
    assert_eq!(heap_stats(), before);
}

use Op::*;

/// `(operation, len, allocated)`: list operations in a row from `l = []`, and what native
/// CPython 3.14.10 showed after each (`sys.getsizeof(l)` = 56 + 8 × allocated).
#[rustfmt::skip]
const TRACE: &[(Op, usize, usize)] = &[
    (Insert(0), 1, 4),
    (Append, 2, 4),
    (Append, 3, 4),
    (Append, 4, 4),
    (Pop, 3, 4),
    (DelSlice(0, 2), 1, 4),
    (InPlaceRepeat(3), 3, 4),
    (Append, 4, 4),
    (Append, 5, 8),
    (Append, 6, 8),
    (Pop, 5, 8),
    (Append, 6, 8),
    (Pop, 5, 8),
    (SetSlice(2, 2, 1), 6, 8),
    (Append, 7, 8),
    (DelItem(2), 6, 8),
    (DelItem(4), 5, 8),
    (SetSlice(1, 5, 2), 3, 8),
    (ExtendGen(0), 3, 12),
    (ExtendList(10), 13, 16),
    (InPlaceRepeat(1), 13, 16),
    (DelItem(8), 12, 16),
    (Append, 13, 16),
    (Append, 14, 16),
    (ExtendGen(30), 44, 52),
    (SetSlice(30, 38, 0), 36, 52),
    (Append, 37, 52),
    (Append, 38, 52),
    (PopAt(30), 37, 52),
    (ExtendList(10), 47, 52),
    (SetSlice(25, 31, 2), 43, 52),
    (Append, 44, 52),
    (Append, 45, 52),
    (Pop, 44, 52),
    (Insert(0), 45, 52),
    (PopAt(12), 44, 52),
    (DelItem(0), 43, 52),
    (ExtendList(1), 44, 52),
    (DelItem(21), 43, 52),
    (Append, 44, 52),
    (DelSlice(38, 40), 42, 52),
    (Pop, 41, 52),
    (Append, 42, 52),
    (DelItem(38), 41, 52),
    (ExtendList(10), 51, 52),
    (PopAt(7), 50, 52),
    (Append, 51, 52),
    (DelItem(25), 50, 52),
    (Append, 51, 52),
    (Append, 52, 52),
    (ExtendList(30), 82, 84),
    (DelSlice(31, 54), 59, 84),
    (Append, 60, 84),
    (Append, 61, 84),
    (Pop, 60, 84),
    (DelItem(45), 59, 84),
    (Insert(15), 60, 84),
    (ExtendGen(1), 61, 84),
    (Pop, 60, 84),
    (Clear, 0, 0),
    (ExtendGen(10), 10, 16),
    (Append, 11, 16),
    (DelItem(10), 10, 16),
    (Clear, 0, 0),
    (Append, 1, 4),
    (Insert(1), 2, 4),
    (InPlaceRepeat(2), 4, 4),
    (Pop, 3, 4),
    (Append, 4, 4),
    (Append, 5, 8),
    (Append, 6, 8),
    (DelItem(3), 5, 8),
    (SetSlice(0, 3, 2), 4, 8),
    (InPlaceRepeat(2), 8, 8),
    (Append, 9, 16),
    (ExtendGen(70), 79, 80),
    (Pop, 78, 80),
    (Pop, 77, 80),
    (ExtendGen(3), 80, 100),
    (ExtendList(10), 90, 100),
    (Append, 91, 100),
    (ExtendGen(10), 101, 116),
    (DelItem(45), 100, 116),
    (PopAt(25), 99, 116),
    (Append, 100, 116),
    (DelSlice(96, 99), 97, 116),
    (Append, 98, 116),
    (Repeat(71), 71, 71),
    (DelItem(27), 70, 71),
    (DelItem(22), 69, 71),
    (ExtendList(10), 79, 92),
    (DelItem(11), 78, 92),
    (Pop, 77, 92),
    (DelSlice(74, 75), 76, 92),
    (Insert(3), 77, 92),
    (Append, 78, 92),
    (Pop, 77, 92),
    (ExtendList(3), 80, 92),
    (ExtendGen(70), 150, 172),
    (Append, 151, 172),
    (Append, 152, 172),
    (Append, 153, 172),
    (PopAt(39), 152, 172),
    (DelSlice(42, 132), 62, 72),
    (Append, 63, 72),
    (Pop, 62, 72),
    (Append, 63, 72),
    (Pop, 62, 72),
    (Append, 63, 72),
    (ExtendList(70), 133, 136),
    (Append, 134, 136),
    (PopAt(129), 133, 136),
    (Append, 134, 136),
    (ExtendList(70), 204, 204),
    (Append, 205, 236),
    (Append, 206, 236),
    (Append, 207, 236),
    (Append, 208, 236),
    (Pop, 207, 236),
    (Insert(17), 208, 236),
    (Pop, 207, 236),
    (Pop, 206, 236),
    (Append, 207, 236),
    (Append, 208, 236),
    (ExtendList(30), 238, 272),
    (Append, 239, 272),
    (ExtendList(10), 249, 272),
    (Insert(37), 250, 272),
    (DelItem(104), 249, 272),
    (ExtendList(0), 249, 272),
    (ExtendGen(0), 249, 272),
    (Insert(171), 250, 272),
    (Append, 251, 272),
    (Pop, 250, 272),
    (Pop, 249, 272),
    (Append, 250, 272),
    (Append, 251, 272),
    (ExtendGen(1), 252, 272),
    (Append, 253, 272),
    (DelItem(151), 252, 272),
    (Append, 253, 272),
    (DelSlice(7, 82), 178, 272),
    (PopAt(44), 177, 272),
    (Pop, 176, 272),
    (Pop, 175, 272),
    (Append, 176, 272),
    (Append, 177, 272),
    (Append, 178, 272),
    (Append, 179, 272),
    (Append, 180, 272),
    (DelSlice(96, 176), 100, 116),
    (DelSlice(31, 69), 62, 116),
    (Append, 63, 116),
    (Repeat(20), 20, 20),
    (Append, 21, 28),
    (InPlaceRepeat(2), 42, 44),
    (Append, 43, 44),
    (Append, 44, 44),
    (ExtendList(5), 49, 60),
    (DelItem(6), 48, 60),
    (Append, 49, 60),
    (Append, 50, 60),
    (Append, 51, 60),
    (PopAt(23), 50, 60),
    (Append, 51, 60),
    (SetSlice(48, 49, 5), 55, 60),
    (SetSlice(15, 23, 5), 52, 60),
    (Append, 53, 60),
    (Append, 54, 60),
    (DelItem(26), 53, 60),
    (DelItem(6), 52, 60),
    (Append, 53, 60),
    (Append, 54, 60),
    (DelSlice(43, 44), 53, 60),
    (PopAt(38), 52, 60),
    (Append, 53, 60),
    (ExtendList(30), 83, 84),
    (Append, 84, 84),
    (DelItem(27), 83, 84),
    (ListRange(2), 2, 2),
    (DelSlice(0, 2), 0, 0),
    (InPlaceRepeat(0), 0, 0),
    (ExtendList(1), 1, 2),
    (PopAt(0), 0, 0),
    (Append, 1, 4),
    (Append, 2, 4),
    (PopAt(0), 1, 4),
    (Append, 2, 4),
    (Append, 3, 4),
    (ExtendList(10), 13, 16),
    (SetSlice(5, 12, 5), 11, 16),
    (SetSlice(2, 6, 20), 27, 28),
    (Pop, 26, 28),
    (Insert(13), 27, 28),
    (Pop, 26, 28),
    (Append, 27, 28),
    (Append, 28, 28),
    (Append, 29, 36),
    (Append, 30, 36),
    (ExtendList(30), 60, 60),
    (DelItem(39), 59, 60),
    (ExtendGen(0), 59, 80),
    (PopAt(50), 58, 80),
    (ExtendList(3), 61, 80),
    (Pop, 60, 80),
    (Append, 61, 80),
    (PopAt(56), 60, 80),
    (ExtendList(1), 61, 80),
    (ExtendGen(30), 91, 96),
    (Pop, 90, 96),
    (Pop, 89, 96),
    (Pop, 88, 96),
    (Append, 89, 96),
    (Append, 90, 96),
    (PopAt(13), 89, 96),
    (Append, 90, 96),
    (Pop, 89, 96),
    (Append, 90, 96),
    (Append, 91, 96),
    (DelItem(43), 90, 96),
    (Pop, 89, 96),
    (ExtendGen(10), 99, 112),
    (Append, 100, 112),
    (Append, 101, 112),
    (DelItem(19), 100, 112),
    (DelSlice(86, 95), 91, 112),
    (DelSlice(81, 83), 89, 112),
    (ExtendList(5), 94, 112),
    (DelSlice(83, 91), 86, 112),
    (Append, 87, 112),
    (ExtendGen(0), 87, 112),
    (PopAt(8), 86, 112),
    (PopAt(11), 85, 112),
    (Append, 86, 112),
    (ExtendGen(0), 86, 112),
    (Append, 87, 112),
    (Insert(74), 88, 112),
    (Insert(6), 89, 112),
    (Pop, 88, 112),
    (PopAt(10), 87, 112),
    (Insert(0), 88, 112),
    (DelItem(28), 87, 112),
    (Append, 88, 112),
    (Append, 89, 112),
    (Append, 90, 112),
    (Append, 91, 112),
    (Append, 92, 112),
    (Pop, 91, 112),
    (Append, 92, 112),
    (Insert(51), 93, 112),
    (SetSlice(3, 38, 2), 60, 112),
    (Clear, 0, 0),
    (Append, 1, 4),
    (InPlaceRepeat(3), 3, 4),
    (ExtendGen(0), 3, 12),
    (Append, 4, 12),
    (Append, 5, 12),
    (Append, 6, 12),
    (Append, 7, 12),
    (Append, 8, 12),
    (Append, 9, 12),
    (ExtendList(0), 9, 12),
    (PopAt(6), 8, 12),
    (SetSlice(4, 6, 5), 11, 12),
    (DelItem(6), 10, 12),
    (Append, 11, 12),
    (Append, 12, 12),
    (Append, 13, 20),
    (Append, 14, 20),
    (DelSlice(3, 5), 12, 20),
    (DelItem(7), 11, 20),
    (ExtendGen(3), 14, 20),
    (Pop, 13, 20),
    (ExtendList(0), 13, 20),
    (DelItem(10), 12, 20),
    (ExtendList(10), 22, 24),
    (Pop, 21, 24),
    (Append, 22, 24),
    (Append, 23, 24),
    (Append, 24, 24),
    (Append, 25, 32),
    (Append, 26, 32),
    (Append, 27, 32),
    (ExtendList(0), 27, 32),
    (Pop, 26, 32),
    (DelSlice(7, 11), 22, 32),
    (Append, 23, 32),
    (Insert(12), 24, 32),
    (DelSlice(15, 17), 22, 32),
    (Insert(22), 23, 32),
    (Append, 24, 32),
    (DelItem(19), 23, 32),
    (Append, 24, 32),
    (ExtendList(2), 26, 32),
    (Pop, 25, 32),
    (Insert(15), 26, 32),
    (ExtendGen(30), 56, 56),
    (DelSlice(14, 45), 25, 32),
    (InPlaceRepeat(1), 25, 32),
    (InPlaceRepeat(1), 25, 32),
    (ListRange(31), 31, 32),
    (Append, 32, 32),
    (Append, 33, 40),
    (Append, 34, 40),
    (Append, 35, 40),
    (SetSlice(16, 29, 1), 23, 40),
    (PopAt(10), 22, 40),
    (Pop, 21, 40),
    (Append, 22, 40),
    (Append, 23, 40),
    (SetSlice(20, 22, 0), 21, 40),
    (Append, 22, 40),
    (DelItem(3), 21, 40),
    (Append, 22, 40),
    (ListRange(26), 26, 26),
    (ListRange(25), 25, 26),
    (InPlaceRepeat(1), 25, 26),
    (ExtendList(5), 30, 36),
    (SetSlice(21, 27, 5), 29, 36),
    (Append, 30, 36),
    (DelItem(5), 29, 36),
    (PopAt(1), 28, 36),
    (InPlaceRepeat(0), 0, 0),
    (Append, 1, 4),
    (ExtendGen(30), 31, 36),
    (Pop, 30, 36),
    (InPlaceRepeat(0), 0, 0),
    (ExtendList(5), 5, 6),
    (Append, 6, 6),
    (DelSlice(2, 4), 4, 6),
    (ExtendList(3), 7, 12),
    (DelItem(6), 6, 12),
    (DelItem(0), 5, 12),
    (PopAt(2), 4, 12),
    (Pop, 3, 12),
    (Append, 4, 12),
    (Append, 5, 12),
    (ExtendList(1), 6, 12),
    (DelSlice(0, 3), 3, 12),
    (Append, 4, 12),
    (Append, 5, 12),
    (DelItem(2), 4, 12),
    (Append, 5, 12),
    (Pop, 4, 12),
    (PopAt(1), 3, 12),
    (Pop, 2, 12),
    (Append, 3, 12),
    (Append, 4, 12),
    (DelItem(2), 3, 12),
    (ExtendList(5), 8, 12),
    (PopAt(1), 7, 12),
    (Append, 8, 12),
    (ExtendList(2), 10, 12),
    (Pop, 9, 12),
    (Pop, 8, 12),
    (ExtendList(0), 8, 12),
    (ListRange(0), 0, 0),
    (Append, 1, 4),
    (InPlaceRepeat(3), 3, 4),
    (InPlaceRepeat(2), 6, 12),
    (Insert(3), 7, 12),
    (SetSlice(2, 6, 0), 3, 12),
    (SetSlice(1, 3, 20), 21, 24),
    (DelItem(7), 20, 24),
    (Append, 21, 24),
    (InPlaceRepeat(2), 42, 44),
    (SetSlice(9, 29, 5), 27, 44),
    (DelItem(24), 26, 44),
    (Pop, 25, 44),
    (DelItem(9), 24, 44),
    (ExtendList(2), 26, 44),
    (Append, 27, 44),
    (Insert(23), 28, 44),
    (ExtendList(10), 38, 44),
    (Append, 39, 44),
    (Pop, 38, 44),
    (Append, 39, 44),
    (Append, 40, 44),
    (Append, 41, 44),
    (ExtendList(5), 46, 56),
    (DelItem(36), 45, 56),
    (Append, 46, 56),
    (ExtendGen(2), 48, 56),
    (ExtendList(1), 49, 56),
    (ExtendList(2), 51, 56),
    (Append, 52, 56),
    (DelSlice(5, 19), 38, 56),
    (Append, 39, 56),
    (SetSlice(28, 28, 2), 41, 56),
    (DelSlice(39, 41), 39, 56),
    (Pop, 38, 56),
    (Pop, 37, 56),
    (Pop, 36, 56),
    (PopAt(4), 35, 56),
    (ExtendList(0), 35, 56),
    (DelSlice(18, 23), 30, 56),
    (DelItem(4), 29, 56),
    (ExtendList(30), 59, 60),
    (Append, 60, 60),
    (Append, 61, 72),
    (DelItem(8), 60, 72),
    (Append, 61, 72),
    (Insert(10), 62, 72),
    (ExtendGen(10), 72, 72),
    (ExtendList(5), 77, 92),
    (Append, 78, 92),
    (Pop, 77, 92),
];

#[test]
fn storage_comes_from_the_pools_and_goes_back() {
    let before = baseline();
    let mut v: ItemVec<u64> = ItemVec::new();
    assert_eq!(heap_stats(), before, "no storage yet");
    v.push(1);
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + 1);
    let n = scaled(5_000, 200) as u64;
    for i in 2..=n {
        v.push(i);
    }
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use);
    assert_eq!(heap_stats().large_in_use, before.large_in_use + 1);
    assert_eq!(v.iter().sum::<u64>(), n * (n + 1) / 2);
    while v.len() > 3 {
        v.pop();
    }
    assert_eq!(
        v.capacity(),
        24,
        "popping shrinks down to 24, then keeps it"
    );
    assert_eq!(heap_stats().large_in_use, before.large_in_use);
    assert_eq!(heap_stats().blocks_in_use, before.blocks_in_use + 1);
    v.clear();
    assert_eq!(heap_stats(), before, "an emptied list frees its storage");
    let list = list_of_range(scaled(1000, 100));
    let copy = list.clone();
    let removed = ItemVec::from(copy.into_vec());
    assert_eq!(removed, list);
    drop((list, removed));
    assert_eq!(heap_stats(), before);
}

#[test]
fn growth_within_a_size_class_keeps_the_block() {
    let mut v: ItemVec<u8> = ItemVec::new();
    v.push(0);
    let block = v.as_ptr();
    // Capacities 4, 8, 16 of bytes all fit one 16-byte block.
    for i in 1..16 {
        v.push(i);
        assert_eq!(v.as_ptr(), block, "capacity {}", v.capacity());
    }
    assert_eq!(v.capacity(), 16);
    v.push(16);
    assert_eq!(v.capacity(), 24);
    assert_ne!(v.as_ptr(), block, "24 bytes are the next size class");
    assert!(v.iter().copied().eq(0..17));
}

#[test]
fn zero_sized_items_follow_the_policy_without_storage() {
    let before = baseline();
    let mut v: ItemVec<()> = ItemVec::new();
    for &expected in &APPEND_CAPACITIES {
        assert_eq!(v.capacity(), expected);
        v.push(());
    }
    assert_eq!(v.storage_bytes(), 0);
    v.insert(50, ());
    v.remove(3);
    drop(v.remove_range(10..20));
    assert_eq!(v.len(), 91);
    assert_eq!(
        heap_stats(),
        before,
        "zero-sized items never touch the pools"
    );

    let drops = Rc::new(Cell::new(0));
    struct Counted(Rc<Cell<usize>>);
    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }
    let mut counted: ItemVec<Counted> = (0..10).map(|_| Counted(drops.clone())).collect();
    assert_eq!(size_of::<Counted>(), 8);
    counted.truncate(7);
    assert_eq!(drops.get(), 3);
    drop(counted);
    assert_eq!(drops.get(), 10);
}

#[test]
fn more_than_u32_max_items_fails_cleanly() {
    assert!(ItemVec::<u8>::try_with_capacity(MAX_ITEMS + 1).is_err());
    assert!(
        ItemVec::<[u8; 1 << 32]>::try_with_capacity(1 << 31).is_err(),
        "2^63 bytes"
    );
    let mut v: ItemVec<()> = ItemVec::try_with_capacity(MAX_ITEMS).expect("no memory needed");
    // SAFETY: `()` is zero-sized without drop glue, and the capacity is `MAX_ITEMS`.
    unsafe { v.set_len_of_zero_sized(MAX_ITEMS) };
    assert_eq!(v.try_push(()), Err(()));
    assert_eq!(v.try_insert(0, ()), Err(()));
    assert_eq!(v.try_reserve(1), Err(MemoryExhausted));
    assert_eq!(v.try_extend_from_slice(&[()]), Err(MemoryExhausted));
    assert_eq!(v.try_extend([()]), Err(MemoryExhausted));
    assert_eq!(v.try_repeat_in_place(2), Err(MemoryExhausted));
    assert!(v.try_repeat(2).is_err());
    assert!(v.try_splice(0..0, [()]).is_err());
    assert_eq!(v.len(), MAX_ITEMS, "failures change nothing");
    let panic = catch_unwind(AssertUnwindSafe(|| v.push(())));
    let message = panic.expect_err("push past u32::MAX panics");
    let message = message.downcast_ref::<&str>().copied().unwrap_or_default();
    assert!(message.contains("u32::MAX"), "{message}");
    assert!(catch_unwind(AssertUnwindSafe(|| v.extend([()]))).is_err());
    assert_eq!(v.pop(), Some(()));
    v.push(());
    assert_eq!(v.len(), MAX_ITEMS);
    assert_eq!(v.try_reserve(0), Ok(()));
    v.clear();
    assert_eq!((v.len(), v.capacity()), (0, 0));
    let mut empty: ItemVec<u64> = ItemVec::new();
    assert_eq!(empty.try_reserve(usize::MAX), Err(MemoryExhausted));
    assert_eq!(empty.try_preallocate(MAX_ITEMS + 1), Err(MemoryExhausted));
    assert_eq!(empty.capacity(), 0);
}

/// An item that logs its drop, and checks that it is dropped once.
struct Logged {
    id: usize,
    log: Rc<RefCell<Vec<usize>>>,
}

impl Drop for Logged {
    fn drop(&mut self) {
        let mut log = self.log.borrow_mut();
        assert!(!log.contains(&self.id), "item {} dropped twice", self.id);
        log.push(self.id);
    }
}

fn logged(ids: core::ops::Range<usize>, log: &Rc<RefCell<Vec<usize>>>) -> ItemVec<Logged> {
    ids.map(|id| Logged {
        id,
        log: log.clone(),
    })
    .collect()
}

#[test]
fn items_are_released_last_to_first() {
    let log = Rc::new(RefCell::new(Vec::new()));
    drop(logged(0..5, &log));
    assert_eq!(*log.borrow(), [4, 3, 2, 1, 0], "drop, as list_dealloc");
    log.borrow_mut().clear();
    let mut v = logged(0..5, &log);
    v.clear();
    assert_eq!(*log.borrow(), [4, 3, 2, 1, 0], "clear, as list_clear");
    log.borrow_mut().clear();
    let mut v = logged(0..6, &log);
    v.truncate(3);
    assert_eq!(*log.borrow(), [5, 4, 3], "del l[3:]");
    log.borrow_mut().clear();
    let removed = v.remove_range(..2);
    assert!(
        log.borrow().is_empty(),
        "the removed items are the caller's"
    );
    assert_eq!(v.iter().map(|item| item.id).collect::<Vec<_>>(), [2]);
    drop(removed);
    assert_eq!(
        *log.borrow(),
        [1, 0],
        "the recycled items, as list_ass_slice"
    );
    log.borrow_mut().clear();
    v.retain(|_| false);
    assert_eq!(*log.borrow(), [2]);
    assert_eq!(v.capacity(), 0, "an emptied list frees its storage");
}

/// An item that counts live instances, each with its own serial, and can panic on a chosen
/// clone.
struct Tracked {
    serial: usize,
    state: Rc<TrackState>,
}

#[derive(Default)]
struct TrackState {
    next_serial: Cell<usize>,
    live: RefCell<HashSet<usize>>,
    clones_before_panic: Cell<Option<usize>>,
}

impl TrackState {
    fn make(self: &Rc<Self>) -> Tracked {
        let serial = self.next_serial.get();
        self.next_serial.set(serial + 1);
        self.live.borrow_mut().insert(serial);
        Tracked {
            serial,
            state: self.clone(),
        }
    }
}

impl Clone for Tracked {
    fn clone(&self) -> Tracked {
        if let Some(n) = self.state.clones_before_panic.get() {
            if n == 0 {
                panic!("clone fails");
            }
            self.state.clones_before_panic.set(Some(n - 1));
        }
        self.state.make()
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        let dead = self.state.live.borrow_mut().remove(&self.serial);
        assert!(dead, "item {} dropped twice", self.serial);
    }
}

#[test]
fn a_panicking_clone_leaks_nothing_and_drops_nothing_twice() {
    let before = baseline();
    let state = Rc::new(TrackState::default());
    let source: Vec<Tracked> = (0..6).map(|_| state.make()).collect();
    type Attempt<'a> = &'a dyn Fn(&mut ItemVec<Tracked>);
    let attempts: [Attempt<'_>; 5] = [
        &|v| {
            let _ = v.try_extend_from_slice(&source);
        },
        &|v| {
            let _ = v.try_repeat_in_place(4);
        },
        &|v| {
            let _ = v.try_resize(40, source[0].clone());
        },
        &|v| drop(v.try_repeat(3)),
        &|v| drop(v.clone()),
    ];
    for (i, attempt) in attempts.iter().enumerate() {
        let mut v: ItemVec<Tracked> = ItemVec::new();
        v.extend((0..3).map(|_| state.make()));
        state.clones_before_panic.set(Some(2));
        let result = catch_unwind(AssertUnwindSafe(|| attempt(&mut v)));
        assert!(result.is_err(), "attempt {i} panics on its third clone");
        state.clones_before_panic.set(None);
        assert!(
            v.len() >= 3 && v.len() <= 3 + 2,
            "attempt {i}: {} items",
            v.len()
        );
        assert_eq!(
            state.live.borrow().len(),
            source.len() + v.len(),
            "attempt {i}"
        );
        drop(v);
        assert_eq!(state.live.borrow().len(), source.len(), "attempt {i}");
    }
    // A panicking iterator: the items it gave stay, and are dropped once.
    let mut v: ItemVec<Tracked> = ItemVec::new();
    let result = catch_unwind(AssertUnwindSafe(|| {
        v.extend((0..10).map(|i| {
            assert!(i < 5, "the iterator fails");
            state.make()
        }))
    }));
    assert!(result.is_err());
    assert_eq!(v.len(), 5);
    drop(v);
    drop(source);
    assert!(state.live.borrow().is_empty());
    assert_eq!(heap_stats(), before);
}

#[test]
fn a_panicking_drop_still_releases_the_others_and_the_block() {
    struct Bomb {
        explode: bool,
        drops: Rc<Cell<usize>>,
    }
    impl Drop for Bomb {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
            assert!(!self.explode, "this item's drop panics");
        }
    }
    let before = baseline();
    let drops = Rc::new(Cell::new(0));
    let v: ItemVec<Bomb> = (0..8)
        .map(|i| Bomb {
            explode: i == 5,
            drops: drops.clone(),
        })
        .collect();
    assert!(catch_unwind(AssertUnwindSafe(|| drop(v))).is_err());
    assert_eq!(drops.get(), 8);
    assert_eq!(heap_stats(), before);

    let drops = Rc::new(Cell::new(0));
    let mut v: ItemVec<Bomb> = (0..8)
        .map(|i| Bomb {
            explode: i == 2,
            drops: drops.clone(),
        })
        .collect();
    assert!(catch_unwind(AssertUnwindSafe(|| v.retain(|_| false))).is_err());
    assert_eq!(drops.get(), 3, "retain stops at the panic");
    assert_eq!(v.len(), 5, "the items not yet examined stay");
    drop(v);
    assert_eq!(drops.get(), 8);
    assert_eq!(heap_stats(), before);
}

#[test]
fn a_panicking_predicate_keeps_what_it_did_not_see() {
    let mut v: ItemVec<u32> = (0..10).collect();
    let result = catch_unwind(AssertUnwindSafe(|| {
        v.retain(|&x| {
            assert!(x != 6, "predicate fails");
            x.is_multiple_of(2)
        })
    }));
    assert!(result.is_err());
    assert_eq!(v.as_slice(), &[0, 2, 4, 6, 7, 8, 9]);
}

/// xorshift64: a fixed, dependency-free pseudo-random sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn operations_agree_with_a_std_vec() {
    let before = baseline();
    let mut rng = Rng(0x5eed_1e55_0bad_cafe);
    let mut v: ItemVec<u32> = ItemVec::new();
    let mut model: Vec<u32> = Vec::new();
    for step in 0..scaled(20_000, 600) {
        let x = rng.next() as u32;
        let len = model.len();
        match rng.below(16) {
            0..=3 => {
                v.push(x);
                model.push(x);
            }
            4 => {
                let i = rng.below(len + 1);
                v.insert(i, x);
                model.insert(i, x);
            }
            5 => assert_eq!(v.pop(), model.pop()),
            6 if len > 0 => {
                let i = rng.below(len);
                assert_eq!(v.remove(i), model.remove(i));
            }
            7 if len > 0 => {
                let i = rng.below(len);
                assert_eq!(v.delete(i), model.remove(i));
            }
            8 => {
                let n = rng.below(len + 1);
                v.truncate(n);
                model.truncate(n);
            }
            9 => {
                let i = rng.below(len + 1);
                let j = i + rng.below(len - i + 1);
                let removed = v.remove_range(i..j);
                let expected: Vec<u32> = model.drain(i..j).collect();
                assert_eq!(removed.as_slice(), expected.as_slice());
                if !model.is_empty() {
                    assert_eq!(removed.capacity(), expected.len());
                }
            }
            10 => {
                let i = rng.below(len + 1);
                let j = i + rng.below(len - i + 1);
                let new: Vec<u32> = (0..rng.below(9) as u32).map(|k| x ^ k).collect();
                let removed = v.try_splice(i..j, new.clone()).expect("memory");
                let expected: Vec<u32> = model.splice(i..j, new).collect();
                assert_eq!(removed.as_slice(), expected.as_slice());
            }
            11 => {
                let keep = rng.next() as u32;
                v.retain(|&y| !(y ^ keep).is_multiple_of(3));
                model.retain(|&y| !(y ^ keep).is_multiple_of(3));
            }
            12 => {
                let new: Vec<u32> = (0..rng.below(40) as u32).collect();
                if rng.below(2) == 0 {
                    v.try_extend_from_slice(&new).expect("memory");
                } else {
                    v.try_extend_with_hint(new.iter().copied(), rng.below(20))
                        .expect("memory");
                }
                model.extend(new);
            }
            13 => {
                let n = rng.below(len + 20);
                v.resize(n, x);
                model.resize(n, x);
            }
            14 if len < 200 => {
                let times = rng.below(4);
                v.try_repeat_in_place(times).expect("memory");
                model = model.repeat(times);
            }
            15 if rng.below(20) == 0 => {
                v.clear();
                model.clear();
            }
            _ => {
                v.reverse();
                model.reverse();
                if len > 1 {
                    v.swap(0, len - 1);
                    model.swap(0, len - 1);
                }
            }
        }
        assert_eq!(v.as_slice(), model.as_slice(), "step {step}");
        assert!(v.len() <= v.capacity());
        if v.is_empty() {
            continue;
        }
        // A non-empty list is never sparser than the resize rule allows.
        assert!(
            v.len() >= v.capacity() / 2 || v.capacity() <= SMALL_LIST_ALLOCATION,
            "step {step}: {} items in {}",
            v.len(),
            v.capacity()
        );
    }
    drop(v);
    assert_eq!(heap_stats(), before);
}

#[test]
fn conversions_and_traits() {
    let v: ItemVec<u32> = vec![3, 1, 2].into();
    assert_eq!(v.capacity(), 3);
    assert_eq!(format!("{v:?}"), "[3, 1, 2]");
    let mut sorted = v.clone();
    sorted.sort_unstable();
    assert_eq!(sorted.as_slice(), &[1, 2, 3]);
    assert_ne!(sorted, v);
    let back: Vec<u32> = sorted.into();
    assert_eq!(back, [1, 2, 3]);
    let mut doubled: ItemVec<u32> = v.iter().map(|x| x * 2).collect();
    for x in &mut doubled {
        *x += 1;
    }
    assert_eq!(
        (&doubled).into_iter().copied().collect::<Vec<_>>(),
        [7, 3, 5]
    );
    assert_eq!(ItemVec::try_from_vec(vec![1u8; 3]).map(|v| v.len()), Ok(3));
    assert_eq!(ItemVec::<u8>::default().capacity(), 0);
    assert_eq!(doubled[1], 3);
    assert!(doubled.contains(&5));
}

#[test]
fn out_of_range_indices_panic_without_changing_anything() {
    let mut v: ItemVec<u32> = (0..4).collect();
    assert!(catch_unwind(AssertUnwindSafe(|| v.insert(5, 9))).is_err());
    assert!(catch_unwind(AssertUnwindSafe(|| v.remove(4))).is_err());
    assert!(catch_unwind(AssertUnwindSafe(|| v.delete(4))).is_err());
    assert!(catch_unwind(AssertUnwindSafe(|| drop(v.remove_range(3..5)))).is_err());
    let (start, end) = (3, 2);
    assert!(catch_unwind(AssertUnwindSafe(|| drop(v.try_splice(start..end, [1])))).is_err());
    assert_eq!(v.as_slice(), &[0, 1, 2, 3]);
}
