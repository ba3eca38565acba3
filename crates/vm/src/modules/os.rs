//! The `os` module (the part scripts commonly use) and `os.path`.

use crate::modules::io::os_error;
use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use ouro_memory::Obj;
use std::path::Path;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("remove", remove),
    ("unlink", remove),
    ("getcwd", getcwd),
    ("listdir", listdir),
    ("mkdir", mkdir),
    ("makedirs", makedirs),
    ("rmdir", rmdir),
    ("rename", rename),
    ("getpid", getpid),
    ("getenv", getenv),
];

const PATH_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exists", exists),
    ("isfile", isfile),
    ("isdir", isdir),
    ("join", join),
    ("basename", basename),
    ("dirname", dirname),
    ("abspath", abspath),
    ("splitext", splitext),
    ("split", split),
    ("getsize", getsize),
];

pub(crate) fn create(vm: &Vm) -> Obj {
    let os = super::module_with_functions(vm, "os", FUNCTIONS);
    let path = super::module_with_functions(vm, "posixpath", PATH_FUNCTIONS);
    if let Some(p) = path.downcast_ref::<PyModule>() {
        vm.dict_set_str(&p.dict, "sep", vm.new_str("/"));
    }
    if let Some(m) = os.downcast_ref::<PyModule>() {
        vm.dict_set_str(&m.dict, "path", path.clone());
        vm.dict_set_str(&m.dict, "sep", vm.new_str("/"));
        vm.dict_set_str(&m.dict, "linesep", vm.new_str("\n"));
        vm.dict_set_str(&m.dict, "name", vm.new_str("posix"));
        let environ = vm.new_dict();
        for (k, v) in std::env::vars() {
            let _ = vm.dict_set_item(&environ, vm.new_str(k), vm.new_str(v));
        }
        vm.dict_set_str(&m.dict, "environ", environ);
    }
    vm.dict_set_str(&vm.modules, "os.path", path);
    os
}

fn path_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<String> {
    let a = args.exact(vm, name, 1, 1)?;
    vm.str_value(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "{name}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(&a[0])
        ))
    })
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "remove")?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

fn getcwd(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.exact(vm, "getcwd", 0, 0)?;
    let cwd = std::env::current_dir()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    Ok(vm.new_str(cwd))
}

fn listdir(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "listdir", 0, 1)?;
    let p = a
        .first()
        .and_then(|x| vm.str_value(x))
        .unwrap_or_else(|| ".".into());
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&p)
        .map_err(|e| os_error(vm, &e, &p))?
        .flatten()
    {
        names.push(vm.new_str(entry.file_name().to_string_lossy()));
    }
    Ok(vm.new_list(names))
}

fn mkdir(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "mkdir", 1, 2)?;
    let p = vm.str_value(&a[0]).unwrap_or_default();
    std::fs::create_dir(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

fn makedirs(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.count(vm, "makedirs", 1, 2)?;
    let p = vm.str_value(&a[0]).unwrap_or_default();
    let exist_ok = match args.kw(vm, "exist_ok") {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    if exist_ok && Path::new(&p).is_dir() {
        return Ok(vm.none.clone());
    }
    std::fs::create_dir_all(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

fn rmdir(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

fn rename(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "rename", 2, 2)?;
    let (src, dst) = (
        vm.str_value(&a[0]).unwrap_or_default(),
        vm.str_value(&a[1]).unwrap_or_default(),
    );
    std::fs::rename(&src, &dst).map_err(|e| os_error(vm, &e, &src))?;
    Ok(vm.none.clone())
}

fn getpid(vm: &Vm, _args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.new_int(std::process::id() as i64))
}

fn getenv(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "getenv", 1, 2)?;
    let k = vm.str_value(&a[0]).unwrap_or_default();
    Ok(match std::env::var(&k) {
        Ok(v) => vm.new_str(v),
        Err(_) => a.get(1).cloned().unwrap_or_else(|| vm.none.clone()),
    })
}

fn exists(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "exists")?;
    Ok(vm.new_bool(Path::new(&p).exists()))
}

fn isfile(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "isfile")?;
    Ok(vm.new_bool(Path::new(&p).is_file()))
}

fn isdir(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "isdir")?;
    Ok(vm.new_bool(Path::new(&p).is_dir()))
}

fn getsize(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "getsize")?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.new_int(m.len() as i64))
}

fn join(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let mut out = String::new();
    for a in args.pos() {
        let part = vm.str_value(a).ok_or_else(|| {
            vm.type_error(format!(
                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                vm.type_name(a)
            ))
        })?;
        if part.starts_with('/') {
            out = part;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&part);
        } else {
            out.push('/');
            out.push_str(&part);
        }
    }
    Ok(vm.new_str(out))
}

fn split_path(p: &str) -> (String, String) {
    match p.rfind('/') {
        Some(i) => {
            let head = &p[..=i];
            let trimmed = head.trim_end_matches('/');
            let head = if trimmed.is_empty() { head } else { trimmed };
            (head.to_string(), p[i + 1..].to_string())
        }
        None => (String::new(), p.to_string()),
    }
}

fn basename(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "basename")?;
    Ok(vm.new_str(split_path(&p).1))
}

fn dirname(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "dirname")?;
    Ok(vm.new_str(split_path(&p).0))
}

fn split(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "split")?;
    let (h, t) = split_path(&p);
    Ok(vm.new_tuple(vec![vm.new_str(h), vm.new_str(t)]))
}

fn abspath(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "abspath")?;
    let base = std::env::current_dir().unwrap_or_default();
    let mut parts: Vec<String> = Vec::new();
    let full = if p.starts_with('/') {
        p.clone()
    } else {
        format!("{}/{p}", base.to_string_lossy())
    };
    for part in full.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            x => parts.push(x.to_string()),
        }
    }
    Ok(vm.new_str(format!("/{}", parts.join("/"))))
}

fn splitext(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let p = path_arg(vm, &args, "splitext")?;
    let name_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let name = &p[name_start..];
    let stripped = name.trim_start_matches('.');
    let lead = name.len() - stripped.len();
    let (root, ext) = match stripped.rfind('.') {
        Some(i) => {
            let at = name_start + lead + i;
            (p[..at].to_string(), p[at..].to_string())
        }
        None => (p.clone(), String::new()),
    };
    Ok(vm.new_tuple(vec![vm.new_str(root), vm.new_str(ext)]))
}
