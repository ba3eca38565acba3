//! The object protocol: the type slots every operation goes through ([`slots`]), attribute
//! lookup and descriptors ([`attr`]), calls, class creation, the method cache, and the
//! protocol-level helpers built on the slots (length, iteration and containment in
//! [`protocols`], dict and set operations, repr and format, numeric semantics).

pub mod attr;
pub mod call;
pub mod class;
pub mod dict_ops;
pub mod format;
pub mod numbers;
pub mod percent;
pub mod protocols;
pub mod repr;
pub mod set_ops;
pub mod slots;
pub mod type_cache;
