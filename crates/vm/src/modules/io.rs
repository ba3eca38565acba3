//! File objects: `open()` and the standard streams.
//!
//! Invariant: output written to `sys.stdout` goes through the VM's stdout buffer, so `print`
//! and `sys.stdout.write` interleave correctly; stderr writes flush stdout first.

use crate::errors::PyResult;
use crate::objects::*;
use crate::vm::Vm;
use ouro_memory::{Obj, Payload, Trace};
use std::cell::{Cell, RefCell};
use std::io::{Read, Write};

#[derive(Debug)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    File(std::fs::File),
}

#[derive(Debug)]
pub struct PyFile {
    pub stream: RefCell<Option<Stream>>,
    pub name: Obj,
    pub mode: Box<str>,
    pub binary: bool,
    /// Bytes read ahead of the caller (for readline).
    pub pending: RefCell<Vec<u8>>,
    pub closed: Cell<bool>,
}

impl Trace for PyFile {
    fn trace(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.name);
    }
}

impl Payload for PyFile {
    const NAME: &'static str = "TextIOWrapper";
}

const METHODS: &[(&str, NativeFn)] = &[
    ("write", write),
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("writelines", writelines),
    ("close", close),
    ("flush", flush),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter),
    ("__next__", next),
    ("fileno", fileno),
    ("isatty", isatty),
    ("seek", seek),
    ("tell", tell),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
];

pub(crate) fn init(vm: &Vm) {
    for tn in ["TextIOWrapper", "BufferedReader", "BufferedWriter"] {
        let t = vm.types.iterator(tn);
        for (name, f) in METHODS {
            vm.add_method(&t, name, *f);
        }
    }
}

pub(crate) fn std_stream(vm: &Vm, fd: i32) -> Obj {
    let (stream, name, mode) = match fd {
        0 => (Stream::Stdin, "<stdin>", "r"),
        1 => (Stream::Stdout, "<stdout>", "w"),
        _ => (Stream::Stderr, "<stderr>", "w"),
    };
    Obj::new(
        vm.types.iterator("TextIOWrapper"),
        PyFile {
            stream: RefCell::new(Some(stream)),
            name: vm.new_str(name),
            mode: mode.into(),
            binary: false,
            pending: RefCell::new(Vec::new()),
            closed: Cell::new(false),
        },
    )
}

pub(crate) fn open(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    args.only_kw(
        vm,
        "open",
        &["file", "mode", "buffering", "encoding", "errors", "newline"],
    )?;
    let a = args.count(vm, "open", 1, 4)?;
    let path = vm.str_value(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    let mode = match a.get(1).cloned().or_else(|| args.kw(vm, "mode")) {
        Some(m) => vm.arg_str(&m, "open", "'mode'")?,
        None => "r".into(),
    };
    let binary = mode.contains('b');
    let mut opts = std::fs::OpenOptions::new();
    let base = mode.replace(['b', 't'], "");
    match base.as_str() {
        "r" => opts.read(true),
        "w" => opts.write(true).create(true).truncate(true),
        "a" => opts.append(true).create(true),
        "x" => opts.write(true).create_new(true),
        "r+" => opts.read(true).write(true),
        "w+" => opts.read(true).write(true).create(true).truncate(true),
        "a+" => opts.read(true).append(true).create(true),
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let file = opts.open(&path).map_err(|e| os_error(vm, &e, &path))?;
    if std::path::Path::new(&path).is_dir() {
        return Err(os_error_kind(
            vm,
            "IsADirectoryError",
            21,
            "Is a directory",
            &path,
        ));
    }
    let tn = if !binary {
        "TextIOWrapper"
    } else if base.starts_with('r') {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    Ok(Obj::new(
        vm.types.iterator(tn),
        PyFile {
            stream: RefCell::new(Some(Stream::File(file))),
            name: a[0].clone(),
            mode: mode.as_str().into(),
            binary,
            pending: RefCell::new(Vec::new()),
            closed: Cell::new(false),
        },
    ))
}

fn os_error_kind(vm: &Vm, cls: &str, errno: i64, msg: &str, path: &str) -> crate::errors::PyErr {
    let c = vm.exc_type(cls);
    let exc = vm.new_exception(
        &c,
        vec![vm.new_int(errno), vm.new_str(msg), vm.new_str(path)],
    );
    vm.raise(exc)
}

pub(crate) fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> crate::errors::PyErr {
    use std::io::ErrorKind::*;
    let (cls, errno, msg) = match e.kind() {
        NotFound => ("FileNotFoundError", 2, "No such file or directory"),
        PermissionDenied => ("PermissionError", 13, "Permission denied"),
        AlreadyExists => ("FileExistsError", 17, "File exists"),
        _ => (
            "OSError",
            e.raw_os_error().unwrap_or(5) as i64,
            "Input/output error",
        ),
    };
    os_error_kind(vm, cls, errno, msg, path)
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyFile> {
    args.values
        .first()
        .and_then(|o| o.downcast_ref::<PyFile>())
        .ok_or_else(|| vm.type_error("file method called on a non-file"))
}

fn check_open(vm: &Vm, f: &PyFile) -> PyResult<()> {
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn write(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "write", 2, 2)?;
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let (bytes, count): (Vec<u8>, usize) = if f.binary {
        match a[1].downcast_ref::<PyBytes>() {
            Some(b) => (b.value.to_vec(), b.value.len()),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&a[1])
                )))
            }
        }
    } else {
        match a[1].downcast_ref::<PyStr>() {
            Some(s) => (s.value.as_bytes().to_vec(), s.char_len()),
            None => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(&a[1])
                )))
            }
        }
    };
    match &mut *f.stream.borrow_mut() {
        Some(Stream::Stdout) => vm.write_stdout(&String::from_utf8_lossy(&bytes)),
        Some(Stream::Stderr) => vm.write_stderr(&String::from_utf8_lossy(&bytes)),
        Some(Stream::File(file)) => {
            file.write_all(&bytes)
                .map_err(|e| vm.new_error("OSError", e.to_string()))?;
        }
        _ => return Err(vm.new_error("OSError", "not writable".into())),
    }
    Ok(vm.new_int(count as i64))
}

fn writelines(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "writelines", 2, 2)?;
    for line in vm.collect_iterable(&a[1])? {
        write(vm, Args::positional(&[a[0].clone(), line]))?;
    }
    Ok(vm.none.clone())
}

fn read_all(vm: &Vm, f: &PyFile) -> PyResult<Vec<u8>> {
    let mut out = std::mem::take(&mut *f.pending.borrow_mut());
    match &mut *f.stream.borrow_mut() {
        Some(Stream::File(file)) => {
            file.read_to_end(&mut out)
                .map_err(|e| vm.new_error("OSError", e.to_string()))?;
        }
        Some(Stream::Stdin) => {
            std::io::stdin()
                .read_to_end(&mut out)
                .map_err(|e| vm.new_error("OSError", e.to_string()))?;
        }
        _ => return Err(vm.new_error("UnsupportedOperation", "not readable".into())),
    }
    Ok(out)
}

fn to_obj(vm: &Vm, f: &PyFile, bytes: Vec<u8>) -> Obj {
    if f.binary {
        vm.new_bytes(bytes)
    } else {
        let s = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
        vm.new_str(s)
    }
}

fn read(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let a = args.exact(vm, "read", 1, 2)?;
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let n = match a.get(1) {
        Some(n) if !vm.is_none(n) => vm.arg_i64(n)?,
        _ => -1,
    };
    let mut data = read_all(vm, f)?;
    if n >= 0 && (n as usize) < data.len() {
        let rest = data.split_off(n as usize);
        drop(f.pending.replace(rest));
    }
    Ok(to_obj(vm, f, data))
}

fn read_line_bytes(vm: &Vm, f: &PyFile) -> PyResult<Vec<u8>> {
    {
        let mut pending = f.pending.borrow_mut();
        if let Some(i) = pending.iter().position(|&b| b == b'\n') {
            let rest = pending.split_off(i + 1);
            return Ok(std::mem::replace(&mut *pending, rest));
        }
    }
    let mut chunk = [0u8; 8192];
    loop {
        let n = match &mut *f.stream.borrow_mut() {
            Some(Stream::File(file)) => file
                .read(&mut chunk)
                .map_err(|e| vm.new_error("OSError", e.to_string()))?,
            Some(Stream::Stdin) => std::io::stdin()
                .read(&mut chunk)
                .map_err(|e| vm.new_error("OSError", e.to_string()))?,
            _ => return Err(vm.new_error("OSError", "not readable".into())),
        };
        let mut pending = f.pending.borrow_mut();
        if n == 0 {
            return Ok(std::mem::take(&mut *pending));
        }
        pending.extend_from_slice(&chunk[..n]);
        if let Some(i) = pending.iter().position(|&b| b == b'\n') {
            let rest = pending.split_off(i + 1);
            return Ok(std::mem::replace(&mut *pending, rest));
        }
    }
}

fn readline(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let line = read_line_bytes(vm, f)?;
    Ok(to_obj(vm, f, line))
}

fn readlines(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line_bytes(vm, f)?;
        if line.is_empty() {
            break;
        }
        lines.push(to_obj(vm, f, line));
    }
    Ok(vm.new_list(lines))
}

fn close(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    if let Some(Stream::File(file)) = &mut *f.stream.borrow_mut() {
        let _ = file.flush();
    }
    if matches!(&*f.stream.borrow(), Some(Stream::File(_))) {
        f.stream.borrow_mut().take();
    }
    f.closed.set(true);
    Ok(vm.none.clone())
}

fn flush(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    match &mut *f.stream.borrow_mut() {
        Some(Stream::Stdout) => vm.flush_stdout(),
        Some(Stream::File(file)) => {
            let _ = file.flush();
        }
        _ => {}
    }
    Ok(vm.none.clone())
}

fn enter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    Ok(args.values[0].clone())
}

fn exit(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    close(vm, Args::positional(&args.values[..1]))?;
    Ok(vm.false_.clone())
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    Ok(args.values[0].clone())
}

fn next(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let line = read_line_bytes(vm, f)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(to_obj(vm, f, line))
}

fn fileno(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    let n = match &*f.stream.borrow() {
        Some(Stream::Stdin) => 0,
        Some(Stream::Stdout) => 1,
        Some(Stream::Stderr) => 2,
        _ => 3,
    };
    Ok(vm.new_int(n))
}

fn isatty(vm: &Vm, _args: Args<'_>) -> PyResult<Obj> {
    Ok(vm.false_.clone())
}

fn seek(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    use std::io::{Seek, SeekFrom};
    let a = args.exact(vm, "seek", 2, 3)?;
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let offset = vm.arg_i64(&a[1])?;
    let whence = match a.get(2) {
        Some(w) => vm.arg_i64(w)?,
        None => 0,
    };
    let pos = match whence {
        0 if offset >= 0 => SeekFrom::Start(offset as u64),
        0 => return Err(vm.value_error(format!("negative seek position {offset}"))),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let pending = std::mem::take(&mut *f.pending.borrow_mut());
    match &mut *f.stream.borrow_mut() {
        Some(Stream::File(file)) => {
            if let SeekFrom::Current(_) = pos {
                file.seek(SeekFrom::Current(-(pending.len() as i64)))
                    .map_err(|e| vm.new_error("OSError", e.to_string()))?;
            }
            let p = file
                .seek(pos)
                .map_err(|e| vm.new_error("OSError", e.to_string()))?;
            Ok(vm.new_int(p as i64))
        }
        _ => Err(vm.new_error("OSError", "underlying stream is not seekable".into())),
    }
}

fn tell(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    use std::io::Seek;
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let pending = f.pending.borrow().len() as u64;
    match &mut *f.stream.borrow_mut() {
        Some(Stream::File(file)) => {
            let p = file
                .stream_position()
                .map_err(|e| vm.new_error("OSError", e.to_string()))?;
            Ok(vm.new_int(p.saturating_sub(pending) as i64))
        }
        _ => Err(vm.new_error("OSError", "underlying stream is not seekable".into())),
    }
}

fn mode_allows(vm: &Vm, args: &Args<'_>, what: char) -> PyResult<Obj> {
    let f = this(vm, args)?;
    check_open(vm, f)?;
    let m = &f.mode;
    let ok = match what {
        'r' => m.contains('r') || m.contains('+'),
        _ => m.contains('w') || m.contains('a') || m.contains('x') || m.contains('+'),
    };
    Ok(vm.new_bool(ok))
}

fn readable(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    mode_allows(vm, &args, 'r')
}

fn writable(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    mode_allows(vm, &args, 'w')
}

fn seekable(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    Ok(vm.new_bool(matches!(&*f.stream.borrow(), Some(Stream::File(_)))))
}

impl Vm {
    /// Whether `o` is a file object writing to the process's standard output.
    pub(crate) fn is_real_stdout(&self, o: &Obj) -> bool {
        o.downcast_ref::<PyFile>()
            .is_some_and(|f| matches!(&*f.stream.borrow(), Some(Stream::Stdout)))
    }

    /// Special attributes of file objects (`closed`, `name`, `mode`).
    pub(crate) fn file_attr(&self, obj: &Obj, name: &str) -> Option<Obj> {
        let f = obj.downcast_ref::<PyFile>()?;
        match name {
            "closed" => Some(self.new_bool(f.closed.get())),
            "name" => Some(f.name.clone()),
            "mode" => Some(self.new_str(&*f.mode)),
            _ => None,
        }
    }
}
