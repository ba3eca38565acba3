//! Code objects at run time: a compiled `CodeObject` with its constants and names turned into
//! objects once.

use crate::objects::*;
use crate::runtime::vm::Vm;
use ouro_compiler::bytecode::Constant;
use ouro_memory::Obj;

impl Vm {
    /// The objects of a code object's constants, built once per code object.
    pub(crate) fn const_to_obj(&self, c: &Constant) -> Obj {
        match c {
            Constant::None => self.none.clone(),
            Constant::True => self.true_.clone(),
            Constant::False => self.false_.clone(),
            Constant::Ellipsis => self.ellipsis.clone(),
            Constant::Int(i) => self.new_bigint(i.clone()),
            Constant::Float(f) => self.new_float(*f),
            Constant::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.new_str(&**s)
                }
            }
            Constant::Bytes(b) => self.new_bytes(b),
            Constant::Tuple(items) => {
                let items = items.iter().map(|c| self.const_to_obj(c)).collect();
                self.new_tuple(items)
            }
            Constant::Code(code) => self.new_code(code.clone()),
        }
    }

    pub(crate) fn new_code(&self, code: std::rc::Rc<ouro_compiler::CodeObject>) -> Obj {
        let consts = code.consts.iter().map(|c| self.const_to_obj(c)).collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern(n)).collect();
        let inline_caches = crate::interp::inline_cache::new_inline_caches(code.instructions.len());
        Obj::new(
            self.types.code.clone(),
            PyCode {
                code,
                consts,
                names,
                varnames,
                inline_caches,
            },
        )
    }
}
