//! File objects: `open()`, the standard streams and the `io` module.
//!
//! Invariants:
//! - Output written to `sys.stdout` goes through the VM's stdout buffer, so `print` and
//!   `sys.stdout.write` interleave correctly; stderr writes flush stdout first.
//! - Files opened with `open()` buffer writes as CPython's io does ([`buffer`] says how and
//!   when the bytes reach the OS); `pending` holds bytes read ahead of the caller, so the
//!   OS position is the logical one plus `pending.len()` minus the unflushed bytes. A read
//!   flushes the writes first; a write gives the read-ahead back (seeks the OS file back),
//!   as CPython's BufferedRandom does.

mod buffer;

pub(crate) use buffer::flush_open_files;
use buffer::{FileBuffer, DEFAULT_BUFFER_SIZE};

use crate::objects::*;
use crate::runtime::errors::PyResult;
use crate::runtime::vm::Vm;
use crate::types::descriptor::GetSet;
use ouro_memory::{Obj, Payload, Trace};
use std::cell::{Cell, RefCell};
use std::io::{IsTerminal, Read, Seek, SeekFrom};
use std::rc::Rc;

#[derive(Debug)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    /// A file from `open()`, with its write buffers (shared with the exit-time registry).
    File(Rc<RefCell<FileBuffer>>),
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
    ("fileno", fileno),
    ("isatty", isatty),
    ("seek", seek),
    ("tell", tell),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
];

pub(crate) fn init(vm: &Vm) {
    for tn in [
        "TextIOWrapper",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
        "FileIO",
    ] {
        let t = vm.types.iterator(tn);
        for (name, f) in METHODS {
            vm.add_method(&t, name, *f);
        }
        vm.set_native_slots(
            &t,
            crate::protocol::slots::NativeSlots {
                iter: Some(file_iter),
                next: Some(file_next),
                ..Default::default()
            },
        );
        vm.add_getsets(
            &t,
            &[
                GetSet("closed", file_closed, None),
                GetSet("name", file_name, None),
                GetSet("mode", file_mode, None),
            ],
        );
    }
}

fn file_closed(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let f = crate::protocol::slots::slot_payload::<PyFile>(vm, obj)?;
    Ok(vm.new_bool(f.closed.get()))
}

fn file_name(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    Ok(crate::protocol::slots::slot_payload::<PyFile>(vm, obj)?
        .name
        .clone())
}

fn file_mode(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    let f = crate::protocol::slots::slot_payload::<PyFile>(vm, obj)?;
    Ok(vm.new_str(&*f.mode))
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

/// The letters of an `open()` mode, validated as CPython's `_io.open` does.
struct Mode {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
    binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"xrwab+t".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let m = Mode {
        reading: has('r'),
        writing: has('w'),
        appending: has('a'),
        creating: has('x'),
        updating: has('+'),
        binary: has('b'),
    };
    if m.binary && has('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.reading, m.writing, m.appending, m.creating];
    if kinds.iter().filter(|&&k| k).count() > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

pub(crate) fn open(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    const PARAMS: [&str; 6] = ["file", "mode", "buffering", "encoding", "errors", "newline"];
    args.only_kw(vm, "open", &PARAMS)?;
    let a = args.count(vm, "open", 1, PARAMS.len())?;
    let arg = |i: usize| a.get(i).cloned().or_else(|| args.kw(vm, PARAMS[i]));
    let path = vm.str_value(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    let mode = match arg(1) {
        Some(m) => vm.arg_str(&m, "open", "'mode'")?,
        None => "r".into(),
    };
    let mut buffering = match arg(2) {
        Some(b) => vm.arg_i64(&b)?,
        None => -1,
    };
    let m = parse_mode(vm, &mode)?;
    if m.binary {
        for (i, what) in [(3, "an encoding"), (4, "an errors"), (5, "a newline")] {
            if arg(i).is_some_and(|o| !vm.is_none(&o)) {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let mut opts = std::fs::OpenOptions::new();
    if m.reading {
        opts.read(true).write(m.updating);
    } else if m.writing {
        opts.read(m.updating)
            .write(true)
            .create(true)
            .truncate(true);
    } else if m.appending {
        opts.read(m.updating).append(true).create(true);
    } else if m.creating {
        opts.read(m.updating).write(true).create_new(true);
    } else {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let mut file = opts.open(&path).map_err(|e| os_error(vm, &e, &path))?;
    if std::path::Path::new(&path).is_dir() {
        return Err(os_error_kind(
            vm,
            "IsADirectoryError",
            21,
            "Is a directory",
            &path,
        ));
    }
    if m.appending {
        // FileIO starts an appending file at its end, so tell() is right before a write.
        file.seek(SeekFrom::End(0))
            .map_err(|e| os_error(vm, &e, &path))?;
    }
    // _io.open: buffering=1, or the default on a terminal, means line buffering (text
    // only) with the default buffer size.
    let mut line_buffering = false;
    if buffering == 1 || (buffering < 0 && file.is_terminal()) {
        buffering = -1;
        line_buffering = !m.binary;
    }
    if buffering == 0 && !m.binary {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let capacity = if buffering < 0 {
        buffer::default_capacity(&file)
    } else {
        buffering as usize
    };
    let tn = if !m.binary {
        "TextIOWrapper"
    } else if buffering == 0 {
        "FileIO"
    } else if m.updating {
        "BufferedRandom"
    } else if m.reading {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    let buffer = FileBuffer::open(file, capacity, !m.binary, line_buffering);
    Ok(Obj::new(
        vm.types.iterator(tn),
        PyFile {
            stream: RefCell::new(Some(Stream::File(buffer))),
            name: a[0].clone(),
            mode: mode.as_str().into(),
            binary: m.binary,
            pending: RefCell::new(Vec::new()),
            closed: Cell::new(false),
        },
    ))
}

/// The `io` module: `open`, `DEFAULT_BUFFER_SIZE` and the `SEEK_*` constants.
pub(crate) const FUNCTIONS: &[(&str, NativeFn)] = &[("open", open)];

pub(crate) fn add_attributes(vm: &Vm, d: &Obj) {
    vm.dict_set_str(
        d,
        "DEFAULT_BUFFER_SIZE",
        vm.new_int(DEFAULT_BUFFER_SIZE as i64),
    );
    for (name, value) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        vm.dict_set_str(d, name, vm.new_int(value));
    }
}

fn io_error(vm: &Vm, e: &std::io::Error) -> crate::runtime::errors::PyErr {
    vm.new_error("OSError", e.to_string())
}

fn os_error_kind(
    vm: &Vm,
    cls: &str,
    errno: i64,
    msg: &str,
    path: &str,
) -> crate::runtime::errors::PyErr {
    vm.os_error_of(cls, errno, msg, Some(path))
}

pub(crate) fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> crate::runtime::errors::PyErr {
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
    let (bytes, count): (&[u8], usize) = if f.binary {
        match PyBytes::view(&a[1]) {
            Some(b) => (b.value, b.value.len()),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&a[1])
                )))
            }
        }
    } else {
        match PyStr::view(&a[1]) {
            Some(s) => (s.value.as_bytes(), s.char_len()),
            None => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(&a[1])
                )))
            }
        }
    };
    match &*f.stream.borrow() {
        Some(Stream::Stdout) => {
            vm.write_stdout(&String::from_utf8_lossy(bytes));
            vm.check_stdout()?;
        }
        Some(Stream::Stderr) => vm.write_stderr(&String::from_utf8_lossy(bytes)),
        Some(Stream::File(buffer)) => {
            if !mode_writable(&f.mode) {
                return Err(vm.new_error("OSError", "not writable".into()));
            }
            let mut buffer = buffer.borrow_mut();
            // Bytes read ahead were never the caller's: the write goes where reading stopped.
            let ahead = std::mem::take(&mut *f.pending.borrow_mut()).len();
            if ahead > 0 {
                buffer
                    .raw()
                    .seek(SeekFrom::Current(-(ahead as i64)))
                    .map_err(|e| io_error(vm, &e))?;
            }
            buffer.write(bytes).map_err(|e| io_error(vm, &e))?;
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
    match &*f.stream.borrow() {
        Some(Stream::File(buffer)) => {
            buffer
                .borrow_mut()
                .file()
                .and_then(|file| file.read_to_end(&mut out))
                .map_err(|e| io_error(vm, &e))?;
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
        let n = match &*f.stream.borrow() {
            Some(Stream::File(buffer)) => buffer
                .borrow_mut()
                .file()
                .and_then(|file| file.read(&mut chunk))
                .map_err(|e| io_error(vm, &e))?,
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
    if f.closed.get() {
        return Ok(vm.none.clone());
    }
    let stream = f.stream.borrow_mut().take();
    match stream {
        Some(Stream::File(buffer)) => {
            f.closed.set(true);
            f.pending.borrow_mut().clear();
            // The file closes when the last reference to its buffer goes (the registry
            // holds only a weak one); an error flushing is reported, as CPython's close().
            let flushed = buffer.borrow_mut().flush();
            drop(buffer);
            flushed.map_err(|e| io_error(vm, &e))?;
        }
        other => {
            *f.stream.borrow_mut() = other;
            f.closed.set(true);
        }
    }
    Ok(vm.none.clone())
}

fn flush(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    match &*f.stream.borrow() {
        Some(Stream::Stdout) => {
            vm.flush_stdout();
            vm.check_stdout()?;
        }
        Some(Stream::File(buffer)) => {
            buffer.borrow_mut().flush().map_err(|e| io_error(vm, &e))?;
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

/// `iter(file)`: the file itself, if it is open.
fn file_iter(vm: &Vm, obj: &Obj) -> PyResult<Obj> {
    check_open(vm, crate::protocol::slots::slot_payload::<PyFile>(vm, obj)?)?;
    Ok(obj.clone())
}

/// `next(file)`: the next line; exhausted at end of file.
fn file_next(vm: &Vm, obj: &Obj) -> PyResult<Option<Obj>> {
    let f = crate::protocol::slots::slot_payload::<PyFile>(vm, obj)?;
    check_open(vm, f)?;
    let line = read_line_bytes(vm, f)?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(to_obj(vm, f, line)))
}

fn fileno(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    if f.closed.get() {
        // FileIO's message (err_closed), without the period of the buffered layers'.
        return Err(vm.value_error("I/O operation on closed file"));
    }
    let n = match &*f.stream.borrow() {
        Some(Stream::Stdin) => 0,
        Some(Stream::Stdout) => 1,
        Some(Stream::Stderr) => 2,
        Some(Stream::File(buffer)) => raw_fd(buffer.borrow_mut().raw()),
        None => return Err(vm.value_error("I/O operation on closed file.")),
    };
    Ok(vm.new_int(n))
}

#[cfg(unix)]
fn raw_fd(file: &std::fs::File) -> i64 {
    use std::os::fd::AsRawFd;
    i64::from(file.as_raw_fd())
}

#[cfg(not(unix))]
fn raw_fd(_file: &std::fs::File) -> i64 {
    3
}

fn isatty(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let tty = match &*f.stream.borrow() {
        Some(Stream::Stdin) => std::io::stdin().is_terminal(),
        Some(Stream::Stdout) => std::io::stdout().is_terminal(),
        Some(Stream::Stderr) => std::io::stderr().is_terminal(),
        Some(Stream::File(buffer)) => buffer.borrow_mut().raw().is_terminal(),
        None => false,
    };
    Ok(vm.new_bool(tty))
}

fn seek(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
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
    match &*f.stream.borrow() {
        Some(Stream::File(buffer)) => {
            let mut buffer = buffer.borrow_mut();
            let file = buffer.file().map_err(|e| io_error(vm, &e))?;
            if let SeekFrom::Current(_) = pos {
                file.seek(SeekFrom::Current(-(pending.len() as i64)))
                    .map_err(|e| io_error(vm, &e))?;
            }
            let p = file.seek(pos).map_err(|e| io_error(vm, &e))?;
            Ok(vm.new_int(p as i64))
        }
        _ => Err(vm.new_error("OSError", "underlying stream is not seekable".into())),
    }
}

fn tell(vm: &Vm, args: Args<'_>) -> PyResult<Obj> {
    let f = this(vm, &args)?;
    check_open(vm, f)?;
    let pending = f.pending.borrow().len() as u64;
    match &*f.stream.borrow() {
        Some(Stream::File(buffer)) => {
            let mut buffer = buffer.borrow_mut();
            // TextIOWrapper.tell() flushes; a binary file's counts its buffered bytes.
            if !f.binary {
                buffer.flush().map_err(|e| io_error(vm, &e))?;
            }
            let unflushed = buffer.unflushed();
            let p = buffer
                .raw()
                .stream_position()
                .map_err(|e| io_error(vm, &e))?;
            Ok(vm.new_int((p + unflushed).saturating_sub(pending) as i64))
        }
        _ => Err(vm.new_error("OSError", "underlying stream is not seekable".into())),
    }
}

fn mode_writable(mode: &str) -> bool {
    mode.contains('w') || mode.contains('a') || mode.contains('x') || mode.contains('+')
}

fn mode_allows(vm: &Vm, args: &Args<'_>, what: char) -> PyResult<Obj> {
    let f = this(vm, args)?;
    check_open(vm, f)?;
    let m = &f.mode;
    let ok = match what {
        'r' => m.contains('r') || m.contains('+'),
        _ => mode_writable(m),
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
}
