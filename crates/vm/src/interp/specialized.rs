//! Instruction fast paths for exact builtin operands, CPython's specialised instructions
//! without the rewriting (`BINARY_SUBSCR_LIST_INT`, `BINARY_SUBSCR_TUPLE_INT`,
//! `BINARY_SUBSCR_STR_INT`, `STORE_SUBSCR_LIST_INT`): the interpreter tries them first and
//! takes the generic protocol when they answer None.
//!
//! Invariants:
//! - a fast path applies only to operands of the exact builtin classes (`list`, `tuple`,
//!   `str`, `int`), whose slots no subclass or assignment can change, so its result is the
//!   generic protocol's;
//! - it answers None whenever the generic path could do anything else (an index out of
//!   range raises there, with CPython's message), and it never runs Python code.

use crate::objects::*;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;

/// `i` as a position in a sequence of `len` items (negative from the end), if in range.
#[inline]
fn position(i: i64, len: usize) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

impl Vm {
    /// `container[key]` for an exact list, tuple or ASCII str and an exact int in range.
    #[inline]
    pub(crate) fn subscript_fast(&self, container: &Obj, key: &Obj) -> Option<Obj> {
        let i = self.exact_small_int(key)?;
        let cls = container.class();
        if cls.ptr_eq(&self.types.list) {
            let items = container.downcast_ref::<PyList>()?.items.borrow();
            return items.get(position(i, items.len())?).cloned();
        }
        if cls.ptr_eq(&self.types.tuple) {
            let items = PyTuple::view(container)?.items();
            return items.get(position(i, items.len())?).cloned();
        }
        if cls.ptr_eq(&self.types.str) {
            // ASCII text: code point i is byte i, and its str is a shared singleton.
            let s = PyStr::view(container)?;
            if !s.ascii {
                return None;
            }
            let p = position(i, s.value.len())?;
            return Some(self.new_str(s.value.get(p..p + 1)?));
        }
        None
    }

    /// `container[key] = value` for an exact list and an exact int in range; gives the value
    /// back otherwise. The replaced item dies after the list is released (its `__del__` may
    /// run).
    #[inline]
    pub(crate) fn store_subscript_fast(
        &self,
        container: &Obj,
        key: &Obj,
        value: Obj,
    ) -> Result<(), Obj> {
        let Some(i) = self.exact_small_int(key) else {
            return Err(value);
        };
        if !container.class().ptr_eq(&self.types.list) {
            return Err(value);
        }
        let Some(list) = container.downcast_ref::<PyList>() else {
            return Err(value);
        };
        let old = {
            let mut items = list.items.borrow_mut();
            match position(i, items.len()) {
                Some(p) => std::mem::replace(&mut items[p], value),
                None => return Err(value),
            }
        };
        drop(old);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::position;

    #[test]
    fn positions_count_from_either_end() {
        assert_eq!(position(0, 3), Some(0));
        assert_eq!(position(2, 3), Some(2));
        assert_eq!(position(3, 3), None);
        assert_eq!(position(-1, 3), Some(2));
        assert_eq!(position(-3, 3), Some(0));
        assert_eq!(position(-4, 3), None);
        assert_eq!(position(0, 0), None);
        assert_eq!(position(i64::MIN, 3), None);
    }
}
