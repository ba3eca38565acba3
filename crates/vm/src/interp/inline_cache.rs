//! Inline caches: what an instruction found last time, kept beside it (one entry per
//! instruction of a code object), as CPython 3.11's specializing interpreter does. Attribute
//! instructions (`LoadAttr`, `StoreAttr`, `LoadMethod`), `LoadGlobal`, and `LoadName` and
//! `StoreName` in module code (whose namespace is a plain dict) use them.
//!
//! What an attribute entry proves: for one class, at one *type epoch*, the generic attribute
//! protocol reaches the instance's inline attributes for this name: the class has the plain
//! `object.__getattribute__` (or `__setattr__`), no data descriptor of that name anywhere on its
//! MRO, and the name is not one of the special attributes (`__class__`, `__dict__`, ...).
//! A slot entry proves, for one class at one type epoch, that the generic protocol reaches
//! the `__slots__` member descriptor of that name (plain `__getattribute__`/`__setattr__`, the
//! descriptor found first on the MRO), so the load or store is the slot's; an empty slot
//! takes the generic path, which raises or calls `__getattr__`.
//! A global entry only remembers where the name was found (globals or builtins, and at which
//! position) and, for a builtin, the tag of the globals' key set it was absent from; every use
//! re-checks the key at that position, and the name's absence from the globals unless their
//! key set still has that tag (no key added since).
//!
//! Invariants:
//! - the type epoch changes whenever any type's namespace changes or any type dies (it is bumped
//!   with the type cache, `invalidate_type_cache`), so an entry with the current epoch describes
//!   its class's MRO lookups exactly, and a stale class address can never match a new class;
//! - an entry holds no references (only a class address and a position hint), so caches are
//!   invisible to refcounts, to `__del__` timing and to the cycle collector;
//! - the fast paths re-check what can change without the epoch changing: the object's class,
//!   that its attributes are still inline (no `__dict__` materialized), and the key itself at
//!   the remembered position; a key is absent only when the probe finds neither it nor any
//!   other key of equal hash, so the answer is the generic protocol's, whatever strings the
//!   table holds.
//!
//! Anything else (a miss, a `__dict__`, a shadowing candidate that needs `__eq__`) takes the
//! generic path, which refills the entry when the conditions hold.
//!
//! Attribute entries have a second level, the *attribute facts* ([`AttrFacts`]): every entry
//! an attribute instruction fills is also stored in one table shared by all code, keyed by
//! (class, name, kind). A site whose own entry is for another class (a method of a base class
//! running on instances of several subclasses) takes the facts' entry for this class when it
//! has one, instead of the generic path and a refill. A fact proves what a site's entry
//! proves, under the same checks; besides, it is stored only for immortal (interned) names,
//! so a name's address is never reused by another str.

use crate::objects::*;
use crate::protocol::attr::instance_part;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::dict::Probe;
use crate::types::object::instance::plain_instance_attrs;
use ouro_memory::Obj;
use std::cell::Cell;

/// What an entry's class-level facts allow.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum CacheKind {
    /// Nothing cached.
    #[default]
    Empty,
    /// `LoadAttr`: look in the inline attributes; if absent there, the class attribute (a
    /// non-data descriptor or plain value), bound as `descr_get` binds it.
    Load { class_attr: bool },
    /// `StoreAttr`: store into the inline attributes.
    Store,
    /// `LoadMethod`: the class attribute is a plain function, unless the instance shadows it.
    Method,
    /// `LoadAttr`: the name is a `__slots__` member of the class; `hint` is its slot.
    LoadSlot,
    /// `StoreAttr`: the name is a `__slots__` member of the class; `hint` is its slot.
    StoreSlot,
    /// `LoadGlobal`: the name was in the globals, at `hint`.
    Global,
    /// `LoadGlobal`: the name was absent from the globals and in the builtins, at `hint`;
    /// `epoch` holds the tag of the globals' key set then (`DictTable::keys_tag`).
    Builtin,
}

/// One cache entry (per instruction).
#[derive(Clone, Copy, Default, Debug)]
pub struct InlineCache {
    class: usize,
    epoch: u64,
    /// Where the key was last found in the inline table (a hint, re-checked).
    hint: u32,
    /// Attribute entries: 1 + the number of the class's instance keys when the name was not
    /// among them at fill time (it still is not while their number is unchanged: keys are
    /// only appended); 0 when unknown.
    absent_below: u32,
    /// Attribute entries: where the class attribute was found, [`ClassAttrAt`] packed; 0 when
    /// unknown.
    class_attr_at: u32,
    kind: CacheKind,
}

/// Where a class attribute lies: the index of the class in the MRO that holds it and its
/// position in that class's dict. Valid while the type epoch is (no type dict or MRO
/// changed), re-checked by the key at that position.
#[derive(Clone, Copy)]
struct ClassAttrAt {
    mro_index: u32,
    position: u32,
}

impl ClassAttrAt {
    const MRO_BITS: u32 = 8;

    fn pack(self) -> u32 {
        if self.mro_index >= (1 << Self::MRO_BITS) || self.position >= (1 << 23) {
            return 0;
        }
        1 | (self.mro_index << 1) | (self.position << (Self::MRO_BITS + 1))
    }

    fn unpack(packed: u32) -> Option<ClassAttrAt> {
        (packed & 1 != 0).then_some(ClassAttrAt {
            mro_index: (packed >> 1) & ((1 << Self::MRO_BITS) - 1),
            position: packed >> (Self::MRO_BITS + 1),
        })
    }
}

/// Number of attribute facts (a power of two).
pub const ATTR_FACTS_SIZE: usize = 1024;

/// One attribute fact: a filled attribute entry and the address of its (immortal) name.
#[derive(Clone, Copy, Default)]
pub struct AttrFact {
    name: usize,
    entry: InlineCache,
}

/// The attribute facts of the module doc: the last entry filled for each (class, name, kind)
/// slot.
pub type AttrFacts = Box<[Cell<AttrFact>]>;

pub fn new_attr_facts() -> AttrFacts {
    (0..ATTR_FACTS_SIZE)
        .map(|_| Cell::new(AttrFact::default()))
        .collect()
}

/// The attribute instruction an entry serves (what the facts are keyed by, with the class and
/// the name).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Site {
    Other,
    Load,
    Store,
    Method,
}

impl CacheKind {
    /// Which attribute instruction fills entries of this kind.
    fn site(self) -> Site {
        match self {
            CacheKind::Load { .. } | CacheKind::LoadSlot => Site::Load,
            CacheKind::Store | CacheKind::StoreSlot => Site::Store,
            CacheKind::Method => Site::Method,
            _ => Site::Other,
        }
    }
}

fn fact_slot(class: usize, name: usize, site: Site) -> usize {
    let mixed = (class >> 4) ^ (name >> 4).wrapping_mul(0x9e37_79b9) ^ site as usize;
    mixed & (ATTR_FACTS_SIZE - 1)
}

/// The caches of one code object, one per instruction.
pub type InlineCaches = Box<[Cell<InlineCache>]>;

pub fn new_inline_caches(instructions: usize) -> InlineCaches {
    (0..instructions)
        .map(|_| Cell::new(InlineCache::default()))
        .collect()
}

/// The class attribute `name` of `t` at `at` (re-checked by its key), without a lookup.
fn class_attr_at(t: &PyType, name: &Obj, packed: u32) -> Option<Obj> {
    let at = ClassAttrAt::unpack(packed)?;
    let mro = t.mro.borrow();
    let owner = mro.get(at.mro_index as usize)?.downcast_ref::<PyType>()?;
    let dict = owner.dict.borrow();
    let e = dict.entry(at.position as usize)?;
    e.key.ptr_eq(name).then(|| e.value.clone())
}

/// Where `name` is found along `t`'s MRO (the key itself, not an equal string), packed.
fn find_class_attr(t: &PyType, name: &Obj) -> u32 {
    let Some(s) = PyStr::view(name) else {
        return 0;
    };
    for (mro_index, c) in t.mro.borrow().iter().enumerate() {
        let Some(ct) = c.downcast_ref::<PyType>() else {
            return 0;
        };
        let dict = ct.dict.borrow();
        if let Some(i) = dict.find_str_hashed(s.value, s.hash_value()) {
            let same_key = dict.entry(i).is_some_and(|e| e.key.ptr_eq(name));
            return if same_key {
                ClassAttrAt {
                    mro_index: mro_index as u32,
                    position: i as u32,
                }
                .pack()
            } else {
                0
            };
        }
    }
    0
}

impl Vm {
    fn attr_cache_valid(&self, e: &InlineCache, obj: &Obj) -> bool {
        e.epoch == self.type_epoch.get() && obj.class().addr() == e.class
    }

    /// The valid entry for `site` and `obj`'s class: the site's own, else the attribute fact
    /// for the class (copied into the site).
    #[inline]
    fn attr_entry(
        &self,
        cache: &Cell<InlineCache>,
        obj: &Obj,
        name: &Obj,
        site: Site,
    ) -> Option<InlineCache> {
        let e = cache.get();
        if e.kind.site() == site && self.attr_cache_valid(&e, obj) {
            return Some(e);
        }
        let class = obj.class().addr();
        let fact = self.attr_facts[fact_slot(class, name.addr(), site)].get();
        let f = fact.entry;
        if fact.name == name.addr() && f.kind.site() == site && self.attr_cache_valid(&f, obj) {
            cache.set(f);
            return Some(f);
        }
        None
    }

    /// The class attribute `name` of `cls` for a valid entry: from where the entry says it
    /// lies, else by a lookup.
    fn entry_class_attr(&self, e: &InlineCache, cls: &Obj, name: &Obj) -> Option<Obj> {
        if let Some(v) = cls
            .downcast_ref::<PyType>()
            .and_then(|t| class_attr_at(t, name, e.class_attr_at))
        {
            return Some(v);
        }
        self.lookup_type_name(cls, name)
    }

    /// Whether the instance certainly has no inline attribute `name`, for a valid entry.
    fn entry_lacks_inline(
        e: &InlineCache,
        inst: &crate::types::object::instance::InstanceAttrs<'_>,
        t: &PyType,
        name: &Obj,
    ) -> bool {
        if e.absent_below != 0 && t.instance_keys.borrow().len() + 1 == e.absent_below as usize {
            return true;
        }
        inst.lacks_inline(t, name, e.hint as usize)
    }

    /// `obj.name` from the cache, or None to take the generic path.
    pub(crate) fn cached_load_attr(
        &self,
        cache: &Cell<InlineCache>,
        obj: &Obj,
        name: &Obj,
    ) -> Option<PyResult<Obj>> {
        let e = self.attr_entry(cache, obj, name, Site::Load)?;
        if e.kind == CacheKind::LoadSlot {
            // An empty slot takes the generic path (AttributeError, or `__getattr__`).
            return instance_part(obj)?.slot(e.hint as usize).ok()?.map(Ok);
        }
        let CacheKind::Load { class_attr } = e.kind else {
            return None;
        };
        let inst = plain_instance_attrs(obj)?;
        if inst.has_dict() {
            return None;
        }
        let t = obj.class().downcast_ref::<PyType>()?;
        if let Some((v, i)) = inst.get_inline(t, name, e.hint as usize) {
            if i as u32 != e.hint {
                cache.set(InlineCache {
                    hint: i as u32,
                    ..e
                });
            }
            return Some(Ok(v));
        }
        if !class_attr {
            return None;
        }
        let cls = obj.class();
        let descr = self.entry_class_attr(&e, cls, name)?;
        Some(self.descr_get(descr, Some(obj), cls))
    }

    /// `obj.name = value` through the cache; gives the value back to take the generic path.
    pub(crate) fn cached_store_attr(
        &self,
        cache: &Cell<InlineCache>,
        obj: &Obj,
        name: &Obj,
        value: Obj,
    ) -> Result<(), Obj> {
        let Some(e) = self.attr_entry(cache, obj, name, Site::Store) else {
            return Err(value);
        };
        if e.kind == CacheKind::StoreSlot {
            let Some(inst) = instance_part(obj) else {
                return Err(value);
            };
            if inst.slot(e.hint as usize).is_err() {
                return Err(value);
            }
            // The replaced value dies after the store (its __del__ may run).
            drop(inst.set_slot(e.hint as usize, Some(value)));
            return Ok(());
        }
        let Some(inst) = plain_instance_attrs(obj) else {
            return Err(value);
        };
        let Some(t) = obj.class().downcast_ref::<PyType>() else {
            return Err(value);
        };
        if inst.has_dict() {
            return Err(value);
        }
        // The replaced value dies once the instance is consistent (its __del__ may run).
        inst.set_inline(t, name, value).map(drop)
    }

    /// `obj.name` for a call, from the cache: (function, receiver), or None.
    pub(crate) fn cached_load_method(
        &self,
        cache: &Cell<InlineCache>,
        obj: &Obj,
        name: &Obj,
    ) -> Option<(Obj, Obj)> {
        let e = self.attr_entry(cache, obj, name, Site::Method)?;
        let inst = plain_instance_attrs(obj)?;
        if inst.has_dict() {
            return None;
        }
        let t = obj.class().downcast_ref::<PyType>()?;
        if !Self::entry_lacks_inline(&e, &inst, t, name) {
            return None;
        }
        let func = self.entry_class_attr(&e, obj.class(), name)?;
        Some((func, obj.clone()))
    }

    /// After a generic `LoadAttr`, `StoreAttr` or `LoadMethod` (`kind` says which) succeeded:
    /// cache it when the class-level conditions of the module doc hold.
    pub(crate) fn fill_attr_cache(
        &self,
        cache: &Cell<InlineCache>,
        obj: &Obj,
        name: &Obj,
        kind: CacheKind,
    ) {
        // Only instances are cached (modules, classes and builtin objects are not): ruled out
        // before any lookup.
        if instance_part(obj).is_none() {
            return;
        }
        let cls = obj.class();
        let Some(n) = PyStr::view(name).map(|s| s.value) else {
            return;
        };
        let generic = match kind {
            CacheKind::Store => self.plain_setattro(cls),
            _ => self.plain_getattro(cls),
        };
        if !generic || n.starts_with("__") {
            return;
        }
        let descr = self.lookup_type(cls, n);
        let entry = match descr
            .as_ref()
            .and_then(|d| d.downcast_ref::<PySlotMember>())
        {
            Some(member) => self.slot_entry(obj, member.index, kind),
            None => self.inline_entry(obj, name, kind, descr.as_ref()),
        };
        if let Some(entry) = entry {
            self.keep_attr_entry(cache, name, entry);
        }
    }

    /// The entry for the instance's inline attribute `name` (`descr`: what the class's MRO
    /// holds under that name), when the module doc's conditions hold.
    fn inline_entry(
        &self,
        obj: &Obj,
        name: &Obj,
        kind: CacheKind,
        descr: Option<&Obj>,
    ) -> Option<InlineCache> {
        let inst = plain_instance_attrs(obj)?;
        let cls = obj.class();
        let t = cls.downcast_ref::<PyType>()?;
        if !t.instance_dict || inst.has_dict() || descr.is_some_and(|d| self.is_data_descriptor(d))
        {
            return None;
        }
        let kind = match kind {
            CacheKind::Load { .. } => CacheKind::Load {
                class_attr: descr.is_some(),
            },
            CacheKind::Method if !descr.is_some_and(|d| d.is::<PyFunction>()) => return None,
            other => other,
        };
        let (hint, absent_below) = {
            let keys = t.instance_keys.borrow();
            match crate::types::object::instance::key_index(&keys, name, 0) {
                Some(i) => (i as u32, 0),
                None => (0, keys.len() as u32 + 1),
            }
        };
        let class_attr_at = if descr.is_some() {
            find_class_attr(t, name)
        } else {
            0
        };
        Some(InlineCache {
            class: cls.addr(),
            epoch: self.type_epoch.get(),
            hint,
            absent_below,
            class_attr_at,
            kind,
        })
    }

    /// The entry for a load or store of `__slots__` member `index` of `obj`'s class, which the
    /// generic protocol reaches (CPython's LOAD_ATTR_SLOT / STORE_ATTR_SLOT), if the object
    /// has that slot.
    fn slot_entry(&self, obj: &Obj, index: usize, kind: CacheKind) -> Option<InlineCache> {
        let kind = match kind {
            CacheKind::Load { .. } => CacheKind::LoadSlot,
            CacheKind::Store => CacheKind::StoreSlot,
            _ => return None,
        };
        instance_part(obj)?.slot(index).ok()?;
        Some(InlineCache {
            class: obj.class().addr(),
            epoch: self.type_epoch.get(),
            hint: u32::try_from(index).ok()?,
            kind,
            ..InlineCache::default()
        })
    }

    /// A filled attribute entry: the site's, and the attribute fact for its class.
    fn keep_attr_entry(&self, cache: &Cell<InlineCache>, name: &Obj, entry: InlineCache) {
        cache.set(entry);
        if name.is_immortal() {
            let slot = fact_slot(entry.class, name.addr(), entry.kind.site());
            self.attr_facts[slot].set(AttrFact {
                name: name.addr(),
                entry,
            });
        }
    }
}

/// The value of `name` at position `hint` of a dict's table, if that entry has that very key.
fn dict_entry_at(dict: &Obj, name: &Obj, hint: u32) -> Option<Obj> {
    let table = dict.downcast_ref::<PyDict>()?.table.borrow();
    let e = table.entry(hint as usize)?;
    e.key.ptr_eq(name).then(|| e.value.clone())
}

/// Whether `dict`'s key set still has the tag `tag` (no key added since the tag was taken).
fn keys_tagged(dict: &Obj, tag: u32) -> bool {
    dict.downcast_ref::<PyDict>()
        .is_some_and(|d| d.table.borrow().keys_tagged(tag))
}

/// Where `name` is in a dict: Some(Ok(index)), Some(Err(())) certainly absent, None when only
/// `==` could tell (a same-hash key that is not `name` itself).
fn dict_find(dict: &Obj, name: &Obj) -> Option<Result<usize, ()>> {
    let table = dict.downcast_ref::<PyDict>()?.table.borrow();
    let hash = PyStr::view(name)?.hash_value();
    match table.probe(hash, name) {
        Probe::Found(i) => Some(Ok(i)),
        Probe::Candidates(c) if c.is_empty() => Some(Err(())),
        Probe::Candidates(_) => None,
    }
}

impl Vm {
    /// A global (or builtin) from the cache, or None to take the generic path.
    pub(crate) fn cached_load_global(
        &self,
        cache: &Cell<InlineCache>,
        globals: &Obj,
        builtins: &Obj,
        name: &Obj,
    ) -> Option<Obj> {
        let e = cache.get();
        match e.kind {
            CacheKind::Global => dict_entry_at(globals, name, e.hint),
            CacheKind::Builtin => {
                // The globals' key set is the one the entry proved `name` absent from, or the
                // name is looked for again.
                if !keys_tagged(globals, e.epoch as u32) && dict_find(globals, name)? != Err(()) {
                    return None;
                }
                dict_entry_at(builtins, name, e.hint)
            }
            _ => None,
        }
    }

    /// `name = value` in a plain-dict namespace through the cache; gives the value back to take
    /// the generic path (which then calls [`Vm::fill_store_name_cache`]).
    pub(crate) fn cached_store_name(
        &self,
        cache: &Cell<InlineCache>,
        namespace: &Obj,
        name: &Obj,
        value: Obj,
    ) -> Result<(), Obj> {
        let e = cache.get();
        if e.kind != CacheKind::Global || !namespace.class().ptr_eq(&self.types.dict) {
            return Err(value);
        }
        let Some(d) = namespace.downcast_ref::<PyDict>() else {
            return Err(value);
        };
        let old = {
            let mut table = d.table.borrow_mut();
            match table.entry(e.hint as usize) {
                Some(entry) if entry.key.ptr_eq(name) => table.set_value(e.hint as usize, value),
                _ => return Err(value),
            }
        };
        // The replaced value dies after the table is released (its __del__ may run).
        drop(old);
        Ok(())
    }

    /// After a generic store into a plain-dict namespace: remember where the name is.
    pub(crate) fn fill_store_name_cache(
        &self,
        cache: &Cell<InlineCache>,
        namespace: &Obj,
        name: &Obj,
    ) {
        if !namespace.class().ptr_eq(&self.types.dict) {
            return;
        }
        if let Some(Ok(i)) = dict_find(namespace, name) {
            cache.set(InlineCache {
                hint: i as u32,
                kind: CacheKind::Global,
                ..InlineCache::default()
            });
        }
    }

    /// After a generic global lookup succeeded: remember where the name was.
    pub(crate) fn fill_global_cache(
        &self,
        cache: &Cell<InlineCache>,
        globals: &Obj,
        builtins: &Obj,
        name: &Obj,
    ) {
        let (kind, hint) = match dict_find(globals, name) {
            Some(Ok(i)) => (CacheKind::Global, i),
            Some(Err(())) => match dict_find(builtins, name) {
                Some(Ok(i)) => (CacheKind::Builtin, i),
                _ => return,
            },
            None => return,
        };
        // A builtin entry keeps the tag of the globals' key set it was absent from.
        let keys_tag = match (kind, globals.downcast_ref::<PyDict>()) {
            (CacheKind::Builtin, Some(d)) => {
                u64::from(d.table.borrow_mut().keys_tag(&self.next_keys_tag))
            }
            _ => 0,
        };
        cache.set(InlineCache {
            hint: hint as u32,
            kind,
            epoch: keys_tag,
            ..InlineCache::default()
        });
    }
}
