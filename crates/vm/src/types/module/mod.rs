//! Module objects.

use ouro_memory::{Obj, Payload, Trace};

#[derive(Debug)]
pub struct PyModule {
    pub name: Box<str>,
    /// The module's namespace (a dict object), which is also its functions' globals.
    pub dict: Obj,
}

impl Trace for PyModule {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.dict);
    }
}

impl Payload for PyModule {
    const NAME: &'static str = "module";
    const IS_CONTAINER: bool = true;
}

mod methods;
pub(crate) use methods::*;
