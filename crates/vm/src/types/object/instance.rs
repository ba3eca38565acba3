//! Instances of Python classes: attribute values stored inline with keys shared by the class
//! (CPython 3.13+'s inline values), `__slots__` values inline, the `__dict__` only on demand.
//!
//! An instance of a class whose layout is plain `object` is a variable-size object: the head
//! ([`PyInstance`]: the materialized `__dict__`, if any, and the insertion order) followed by
//! value cells: first one per `__slots__` name, then the inline attribute values. Instances of
//! Python subclasses of builtin containers and of `weakref.ref` carry the same state boxed
//! ([`InstanceState`]). Both are read through an [`InstanceAttrs`] view.
//!
//! Invariants:
//! - the class's `instance_keys` are the attribute names its instances have stored inline, in
//!   the order they were first seen (at most `SHARED_KEYS_MAX_SIZE`); inline value `i` of an
//!   instance belongs to key `i` of its class (the class of an instance never changes);
//! - an instance's number of value cells is fixed when it is created (the class's slot count
//!   plus its inline capacity then, CPython's rule: see `PyType::inline_capacity`); an
//!   attribute whose key index does not fit, a name the shared keys cannot take, or an insertion
//!   order that cannot be recorded materializes the `__dict__`, where CPython does;
//! - once `dict` is set (materialized), the inline values are all empty and stay so: the dict
//!   holds the attributes (the slots stay in their cells);
//! - the insertion order: `order == 0` means ascending key index; otherwise it lists the
//!   indices of the present values in insertion order (see [`Order`]);
//! - so an instance is one object for the cycle collector until its `__dict__` is used, and
//!   `gc.collect()` counts match CPython's.
//!
//! Values are `Cell<Option<Obj>>`: read by taking and putting back (no count change, no code
//! runs), written by `replace`, with the old value dropped by the caller after the cell is
//! consistent (dropping may run `__del__`, which may reach this instance).
//!
//! The finalizer runs the class's `__del__` once (PEP 442), through the thread's current VM.

use crate::objects::PyStr;
use crate::objects::PyType;
use ouro_memory::{Obj, Payload, Trace, VarPayload};
use std::cell::Cell;

/// One value cell.
pub type ValueCell = Cell<Option<Obj>>;

/// How many attribute names a class's shared keys hold (CPython's `SHARED_KEYS_MAX_SIZE`): an
/// instance keeps at most this many attributes inline before its `__dict__` is materialized.
pub const SHARED_KEYS_MAX_SIZE: usize = 30;

/// The head of an instance (its value cells follow it in the object's block).
#[derive(Default)]
pub struct PyInstance {
    /// The materialized `__dict__` (a dict object), if any.
    dict: ValueCell,
    /// The insertion order of the inline values ([`Order`]).
    order: Cell<u64>,
}

/// The instance storage carried by an instance of a Python subclass of a builtin type.
#[derive(Default)]
pub struct InstanceState {
    head: PyInstance,
    values: Box<[ValueCell]>,
}

/// An instance of a class whose instances have `__slots__` and no `__dict__`: nothing but its
/// slot values after the item count (CPython's layout: the GC prefix, the header, the slots).
#[derive(Debug, Default)]
pub struct PySlotted;

/// A borrowed instance storage: its head, its value cells and how many of them are slots.
#[derive(Clone, Copy)]
pub struct InstanceAttrs<'a> {
    /// `None` for a [`PySlotted`] instance (no `__dict__`, no inline attributes).
    head: Option<&'a PyInstance>,
    values: &'a [ValueCell],
    slots: usize,
}

/// A `__slots__` index the instance does not have (the descriptor belongs to another class).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoSuchSlot;

/// The result of deleting an inline attribute.
pub enum Inline {
    /// Done; the deleted value (drop it once nothing is borrowed).
    Done(Option<Obj>),
    /// Deleting an attribute that is not there.
    Missing,
    /// The inline values cannot do it: materialize the `__dict__` and use it.
    NeedDict,
}

/// The value of a cell (a new reference), leaving it in place.
pub fn cell_get(cell: &ValueCell) -> Option<Obj> {
    let value = cell.take();
    let copy = value.clone();
    cell.set(value);
    copy
}

/// Visit the value of a cell, leaving it in place.
fn cell_visit(cell: &ValueCell, visit: &mut dyn FnMut(&Obj)) {
    let value = cell.take();
    if let Some(v) = &value {
        visit(v);
    }
    cell.set(value);
}

fn fresh_cells(n: usize) -> impl ExactSizeIterator<Item = ValueCell> {
    (0..n).map(|_| Cell::new(None))
}

impl std::fmt::Debug for PyInstance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PyInstance").finish_non_exhaustive()
    }
}

impl std::fmt::Debug for InstanceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstanceState")
            .field("values", &self.values.len())
            .finish_non_exhaustive()
    }
}

impl PyInstance {
    /// A new instance of `class` (a class whose layout is plain object), with room for its
    /// slots and the inline attributes it is expected to get.
    pub fn new_obj(class: Obj) -> Obj {
        let Some(t) = class.downcast_ref::<PyType>() else {
            return Obj::new_var(class, PySlotted, fresh_cells(0));
        };
        if !t.instance_dict {
            let cells = t.slot_count();
            return Obj::new_var(class, PySlotted, fresh_cells(cells));
        }
        let cells = t.slot_count() + t.inline_capacity();
        Obj::new_var(class, PyInstance::default(), fresh_cells(cells))
    }
}

impl InstanceState {
    /// The storage of an instance of `class` (a Python subclass of a builtin type).
    pub fn for_class(t: &PyType) -> InstanceState {
        InstanceState {
            head: PyInstance::default(),
            values: fresh_cells(t.slot_count() + t.inline_capacity()).collect(),
        }
    }

    /// A view of this storage, for an instance of `t`.
    pub fn attrs<'a>(&'a self, t: &PyType) -> InstanceAttrs<'a> {
        InstanceAttrs {
            head: Some(&self.head),
            values: &self.values,
            slots: t.slot_count(),
        }
    }
}

impl Trace for InstanceState {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        self.head.trace(visit);
        self.head.trace_items(&self.values, visit);
    }

    fn clear(&self) {
        self.head.clear();
        self.head.clear_items(&self.values);
    }
}

/// The storage view of a plain instance, if `obj` is one.
pub fn plain_instance_attrs(obj: &Obj) -> Option<InstanceAttrs<'_>> {
    let (head, values) = match obj.downcast_var::<PyInstance>() {
        Some((head, values)) => (Some(head), values),
        None => (None, obj.downcast_var::<PySlotted>()?.1),
    };
    let slots = obj
        .class()
        .downcast_ref::<PyType>()
        .map_or(0, PyType::slot_count);
    Some(InstanceAttrs {
        head,
        values,
        slots: slots.min(values.len()),
    })
}

/// Whether `obj` is a plain instance (of a class whose layout is plain object).
pub fn is_plain_instance(obj: &Obj) -> bool {
    obj.is_var::<PyInstance>() || obj.is_var::<PySlotted>()
}

/// Whether the str objects `a` and `b` are the same attribute name.
fn same_name(a: &Obj, b: &Obj) -> bool {
    a.ptr_eq(b)
        || matches!((PyStr::view(a), PyStr::view(b)), (Some(a), Some(b)) if a.value == b.value)
}

/// The index of `name` in `keys`, trying `hint` first.
pub fn key_index(keys: &[Obj], name: &Obj, hint: usize) -> Option<usize> {
    if keys.get(hint).is_some_and(|k| k.ptr_eq(name)) {
        return Some(hint);
    }
    keys.iter()
        .position(|k| k.ptr_eq(name))
        .or_else(|| keys.iter().position(|k| same_name(k, name)))
}

impl<'a> InstanceAttrs<'a> {
    /// The materialized `__dict__`, if any.
    pub fn dict(&self) -> Option<Obj> {
        cell_get(&self.head?.dict)
    }

    pub fn has_dict(&self) -> bool {
        self.dict().is_some()
    }

    /// Install the materialized `__dict__` (the inline values must be empty). An instance
    /// without a head (no `__dict__` in its class) keeps none: the dict is given back.
    pub fn set_dict(&self, dict: Obj) -> Option<Obj> {
        match self.head {
            Some(head) => head.dict.replace(Some(dict)),
            None => Some(dict),
        }
    }

    /// The value of `__slots__` entry `index`, if set; `Err(NoSuchSlot)` if the instance has no
    /// such slot (a slot descriptor of another class).
    pub fn slot(&self, index: usize) -> Result<Option<Obj>, NoSuchSlot> {
        if index >= self.slots {
            return Err(NoSuchSlot);
        }
        Ok(cell_get(&self.values[index]))
    }

    /// Set or clear `__slots__` entry `index`; returns the old value.
    pub fn set_slot(&self, index: usize, value: Option<Obj>) -> Result<Option<Obj>, NoSuchSlot> {
        if index >= self.slots {
            return Err(NoSuchSlot);
        }
        Ok(self.values[index].replace(value))
    }

    fn inline(&self) -> &'a [ValueCell] {
        &self.values[self.slots..]
    }

    /// The inline value of attribute `name` (no `__dict__` materialized), and its key index.
    pub fn get_inline(&self, t: &PyType, name: &Obj, hint: usize) -> Option<(Obj, usize)> {
        let keys = t.instance_keys.borrow();
        let index = key_index(&keys, name, hint)?;
        let value = cell_get(self.inline().get(index)?)?;
        Some((value, index))
    }

    /// Whether the inline values certainly lack `name` (for the method cache).
    pub fn lacks_inline(&self, t: &PyType, name: &Obj, hint: usize) -> bool {
        self.get_inline(t, name, hint).is_none()
    }

    /// Store an inline attribute (no `__dict__` materialized): the replaced value, or the value
    /// back when the `__dict__` must be materialized to hold it.
    pub fn set_inline(&self, t: &PyType, name: &Obj, value: Obj) -> Result<Option<Obj>, Obj> {
        let inline = self.inline();
        let index = {
            let mut keys = t.instance_keys.borrow_mut();
            match key_index(&keys, name, 0) {
                Some(i) => i,
                None if t.keys_usable.get() > 0 && PyStr::is_str(name) => {
                    t.keys_usable.set(t.keys_usable.get() - 1);
                    keys.push(name.clone());
                    keys.len() - 1
                }
                None => return Err(value),
            }
        };
        let Some(cell) = inline.get(index) else {
            return Err(value);
        };
        let Some(head) = self.head else {
            return Err(value);
        };
        let present = cell_get(cell).is_some();
        if !present && !Order::record_insert(&head.order, inline, index) {
            return Err(value);
        }
        Ok(cell.replace(Some(value)))
    }

    /// Delete an inline attribute (no `__dict__` materialized).
    pub fn del_inline(&self, t: &PyType, name: &Obj) -> Inline {
        let inline = self.inline();
        let index = {
            let keys = t.instance_keys.borrow();
            key_index(&keys, name, 0)
        };
        let Some(cell) = index.and_then(|i| inline.get(i)) else {
            return Inline::Missing;
        };
        let Some(old) = cell.take() else {
            return Inline::Missing;
        };
        if let Some(head) = self.head {
            Order::record_delete(&head.order, index.unwrap_or(0));
        }
        Inline::Done(Some(old))
    }

    /// The inline attributes as (name, value), in insertion order.
    pub fn inline_items(&self, t: &PyType) -> Vec<(Obj, Obj)> {
        let keys = t.instance_keys.borrow();
        let inline = self.inline();
        let order = self.head.map_or(0, |head| head.order.get());
        Order::indices(order, inline)
            .into_iter()
            .filter_map(|i| Some((keys.get(i)?.clone(), cell_get(&inline[i])?)))
            .collect()
    }

    /// Move the inline attributes out (to materialize the `__dict__`), in insertion order.
    pub fn take_inline(&self, t: &PyType) -> Vec<(Obj, Obj)> {
        let items = self.inline_items(t);
        for cell in self.inline() {
            drop(cell.take());
        }
        if let Some(head) = self.head {
            head.order.set(0);
        }
        items
    }
}

/// The insertion order of an instance's inline values, packed in a `u64`: 0 for ascending key
/// index; otherwise `CUSTOM`, a length in the low 4 bits and up to `MAX` 5-bit key indices from
/// bit 4 on, in insertion order.
struct Order;

impl Order {
    const CUSTOM: u64 = 1 << 63;
    const MAX: usize = 11;

    fn unpack(order: u64) -> Vec<usize> {
        let len = (order & 0xF) as usize;
        (0..len)
            .map(|k| ((order >> (4 + 5 * k)) & 0x1F) as usize)
            .collect()
    }

    fn pack(indices: &[usize]) -> Option<u64> {
        if indices.len() > Self::MAX || indices.iter().any(|&i| i > 0x1F) {
            return None;
        }
        let mut order = Self::CUSTOM | indices.len() as u64;
        for (k, &i) in indices.iter().enumerate() {
            order |= (i as u64) << (4 + 5 * k);
        }
        Some(order)
    }

    /// The indices of the present values, in insertion order.
    fn indices(order: u64, inline: &[ValueCell]) -> Vec<usize> {
        if order == 0 {
            (0..inline.len())
                .filter(|&i| cell_get(&inline[i]).is_some())
                .collect()
        } else {
            Self::unpack(order)
        }
    }

    /// Record that the absent value `index` is being stored; false if the order cannot be
    /// recorded (then nothing changed).
    fn record_insert(order: &Cell<u64>, inline: &[ValueCell], index: usize) -> bool {
        let current = order.get();
        if current == 0 {
            let last = (0..inline.len())
                .rev()
                .find(|&i| cell_get(&inline[i]).is_some());
            if last.is_none_or(|last| index > last) {
                return true;
            }
        }
        let mut indices = Self::indices(current, inline);
        indices.push(index);
        match Self::pack(&indices) {
            Some(packed) => {
                order.set(packed);
                true
            }
            None => false,
        }
    }

    fn record_delete(order: &Cell<u64>, index: usize) {
        let current = order.get();
        if current != 0 {
            let mut indices = Self::unpack(current);
            indices.retain(|&i| i != index);
            order.set(Self::pack(&indices).unwrap_or(0));
        }
    }
}

impl Trace for PyInstance {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        cell_visit(&self.dict, visit);
    }

    fn clear(&self) {
        drop(self.dict.take());
    }
}

impl Payload for PyInstance {
    const NAME: &'static str = "object";
    const IS_CONTAINER: bool = true;
    const HAS_FINALIZER: bool = true;

    fn finalize(this: &Obj) {
        crate::runtime::finalize::run_del(this);
    }
}

impl VarPayload for PyInstance {
    type Item = ValueCell;
    /// CPython frees an instance's values in index order (`_PyObject_FreeInstanceAttributes`).
    const DROP_ITEMS_LAST_FIRST: bool = false;

    fn trace_items(&self, items: &[ValueCell], visit: &mut dyn FnMut(&Obj)) {
        for cell in items {
            cell_visit(cell, visit);
        }
    }

    fn clear_items(&self, items: &[ValueCell]) {
        // Take them all first, then drop: a dying value's `__del__` sees a consistent instance.
        let values: Vec<Option<Obj>> = items.iter().map(Cell::take).collect();
        self.order.set(0);
        drop(values);
    }
}

impl Trace for PySlotted {
    fn trace(&self, _visit: &mut dyn FnMut(&Obj)) {}
}

impl Payload for PySlotted {
    const NAME: &'static str = "object";
    const IS_CONTAINER: bool = true;
    const HAS_FINALIZER: bool = true;

    fn finalize(this: &Obj) {
        crate::runtime::finalize::run_del(this);
    }
}

impl VarPayload for PySlotted {
    type Item = ValueCell;
    /// In index order, as CPython's `clear_slots`.
    const DROP_ITEMS_LAST_FIRST: bool = false;

    fn trace_items(&self, items: &[ValueCell], visit: &mut dyn FnMut(&Obj)) {
        for cell in items {
            cell_visit(cell, visit);
        }
    }

    fn clear_items(&self, items: &[ValueCell]) {
        let values: Vec<Option<Obj>> = items.iter().map(Cell::take).collect();
        drop(values);
    }
}
