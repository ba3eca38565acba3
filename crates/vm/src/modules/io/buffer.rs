//! The write buffers between a file object and its OS file, shaped as CPython's io stacks
//! them: a text file's `TextIOWrapper` keeps encoded text pending until a chunk of
//! [`TEXT_CHUNK_SIZE`] bytes has gathered (or a line ends, when line buffered), then hands
//! it to the `BufferedWriter`, whose buffer holds up to `capacity` bytes before one `write`
//! system call passes them to the OS.
//!
//! Invariants:
//! - No byte written is ever lost: [`FileBuffer::flush`] runs on `flush()`, `close()`, before
//!   every read, seek, `tell()` of a text file and `fileno()`, when the buffer is dropped
//!   (its file object died, by refcount or collection: CPython's `iobase_finalize` closes
//!   it), and for every buffer still alive at interpreter exit ([`flush_open_files`], called
//!   by `Vm::shutdown`, after the program's objects had their chance to die in order).
//! - The OS file position is the file's logical position minus the bytes in `text_pending`
//!   and `wbuf` (read-ahead is kept by the file object, which gives it back on a write).
//! - `capacity` 0 (binary `buffering=0`, CPython's unbuffered `FileIO`) keeps both buffers
//!   empty: each write is one system call.

use std::cell::RefCell;
use std::fs::File;
use std::io::Write;
use std::rc::{Rc, Weak};

/// `io.DEFAULT_BUFFER_SIZE` in CPython 3.14 (128 KiB, raised from 8 KiB in 3.14).
pub const DEFAULT_BUFFER_SIZE: usize = 128 * 1024;

/// CPython's `TextIOWrapper._CHUNK_SIZE`: encoded text gathers up to this many bytes before
/// it reaches the binary buffer.
pub const TEXT_CHUNK_SIZE: usize = 8192;

/// The largest buffer a file's block size can ask for (`_pyio.open`: `min(blksize, 8 MiB)`).
const MAX_BLKSIZE_BUFFER: usize = 8192 * 1024;

// `default_capacity`'s clamp needs its bounds in order.
const _: () = assert!(DEFAULT_BUFFER_SIZE <= MAX_BLKSIZE_BUFFER);

/// The buffer size `open()` picks when `buffering` is negative (or 1 for text): the file
/// system's block size if larger than the default, as CPython 3.14's
/// `max(min(blksize, 8 MiB), DEFAULT_BUFFER_SIZE)`.
pub fn default_capacity(file: &File) -> usize {
    #[cfg(unix)]
    let blksize = {
        use std::os::unix::fs::MetadataExt;
        file.metadata().map(|m| m.blksize() as usize).unwrap_or(0)
    };
    #[cfg(not(unix))]
    let blksize = {
        let _ = file;
        0
    };
    blksize.clamp(DEFAULT_BUFFER_SIZE, MAX_BLKSIZE_BUFFER)
}

/// An open file and the bytes written to it that the OS has not seen yet.
#[derive(Debug)]
pub struct FileBuffer {
    file: File,
    /// Size of `wbuf` before it is written out; 0: unbuffered.
    capacity: usize,
    /// Text files: `write(s)` gathers here (TextIOWrapper's `pending_bytes`).
    text: bool,
    /// Text files: flush after each write containing `\n` or `\r`.
    line_buffering: bool,
    text_pending: Vec<u8>,
    /// Bytes passed to the binary buffer, not yet to the OS.
    wbuf: Vec<u8>,
}

impl FileBuffer {
    /// A buffer for `file`, remembered by the exit-time registry.
    pub fn open(
        file: File,
        capacity: usize,
        text: bool,
        line_buffering: bool,
    ) -> Rc<RefCell<FileBuffer>> {
        let buffer = Rc::new(RefCell::new(FileBuffer {
            file,
            capacity,
            text,
            line_buffering,
            text_pending: Vec::new(),
            wbuf: Vec::new(),
        }));
        register(&buffer);
        buffer
    }

    /// Write `data` as the file object's `write` does (CPython's
    /// `_io_TextIOWrapper_write_impl` over `_bufferedwriter_write`).
    pub fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        if !self.text {
            return self.buffered_write(data);
        }
        // gh-87426: text that is not small does not wait behind smaller pending text.
        if data.len() >= TEXT_CHUNK_SIZE {
            self.flush_text()?;
        }
        self.text_pending.extend_from_slice(data);
        let line_end = self.line_buffering && data.iter().any(|&b| b == b'\n' || b == b'\r');
        if self.text_pending.len() >= TEXT_CHUNK_SIZE || line_end {
            self.flush_text()?;
        }
        if line_end {
            self.flush_wbuf()?;
        }
        Ok(())
    }

    /// `_bufferedwriter_write`: data that fits joins the buffer; otherwise the buffer is
    /// written out first, and data larger than the whole buffer goes straight to the OS.
    fn buffered_write(&mut self, data: &[u8]) -> std::io::Result<()> {
        if self.wbuf.len() + data.len() <= self.capacity {
            self.wbuf.extend_from_slice(data);
            return Ok(());
        }
        self.flush_wbuf()?;
        if data.len() > self.capacity {
            self.file.write_all(data)
        } else {
            self.wbuf.extend_from_slice(data);
            Ok(())
        }
    }

    fn flush_text(&mut self) -> std::io::Result<()> {
        if self.text_pending.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.text_pending);
        self.buffered_write(&pending)
    }

    fn flush_wbuf(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            self.file.write_all(&self.wbuf)?;
            self.wbuf.clear();
        }
        Ok(())
    }

    /// Pass every pending byte to the OS.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.flush_text()?;
        self.flush_wbuf()
    }

    /// Bytes written and not yet passed to the OS.
    pub fn unflushed(&self) -> u64 {
        (self.text_pending.len() + self.wbuf.len()) as u64
    }

    /// The OS file, after flushing: for reads, seeks and `tell`.
    pub fn file(&mut self) -> std::io::Result<&mut File> {
        self.flush()?;
        Ok(&mut self.file)
    }

    /// The OS file as it is (pending bytes stay pending): for `fileno`, `isatty`, `tell`.
    pub fn raw(&mut self) -> &mut File {
        &mut self.file
    }
}

impl Drop for FileBuffer {
    /// The file object died (or was closed): its data reaches the file before the
    /// descriptor closes. An error here has no one to report to, as in CPython's finalizer
    /// when stderr is gone.
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// Buffers of the files opened on this thread (each interpreter runs on one thread).
struct Registry {
    files: Vec<Weak<RefCell<FileBuffer>>>,
    /// Dead entries are pruned when `files` reaches this length, which then doubles the
    /// live count, so registering stays amortised O(1).
    prune_at: usize,
}

thread_local! {
    static OPEN_FILES: RefCell<Registry> = const {
        RefCell::new(Registry {
            files: Vec::new(),
            prune_at: 64,
        })
    };
}

fn register(buffer: &Rc<RefCell<FileBuffer>>) {
    OPEN_FILES.with(|r| {
        let mut r = r.borrow_mut();
        if r.files.len() >= r.prune_at {
            r.files.retain(|w| w.strong_count() > 0);
            r.prune_at = (r.files.len() * 2).max(64);
        }
        r.files.push(Rc::downgrade(buffer));
    });
}

/// Flush every file still open: at interpreter exit, after an uncaught exception too, so
/// data written to a file that was never closed is on disk (CPython gets there by closing
/// each file object as module namespaces are cleared and cycles collected).
pub fn flush_open_files() {
    let alive: Vec<Rc<RefCell<FileBuffer>>> =
        OPEN_FILES.with(|r| r.borrow().files.iter().filter_map(Weak::upgrade).collect());
    for buffer in alive {
        if let Ok(mut b) = buffer.try_borrow_mut() {
            let _ = b.flush();
        }
    }
    OPEN_FILES.with(|r| r.borrow_mut().files.retain(|w| w.strong_count() > 0));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// A scratch file that removes itself.
    struct Scratch(std::path::PathBuf);

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    fn scratch(name: &str) -> Scratch {
        let file = format!("ouro-io-buffer-{}-{name}", std::process::id());
        Scratch(std::env::temp_dir().join(file))
    }

    fn on_disk(path: &std::path::Path) -> Vec<u8> {
        let mut out = Vec::new();
        File::open(path)
            .and_then(|mut f| f.read_to_end(&mut out))
            .expect("read back");
        out
    }

    #[test]
    fn binary_writes_wait_until_the_buffer_overflows() {
        let scratch_file = scratch("binary");
        let path = &scratch_file.0;
        let b = FileBuffer::open(File::create(path).expect("create"), 100, false, false);
        b.borrow_mut().write(&[b'a'; 50]).expect("write");
        assert!(on_disk(path).is_empty());
        // 50 + 60 > 100: the 50 go out, the 60 wait (CPython: 50 on disk).
        b.borrow_mut().write(&[b'b'; 60]).expect("write");
        assert_eq!(on_disk(path).len(), 50);
        // Larger than the buffer: the 60 and the 200 go out.
        b.borrow_mut().write(&[b'c'; 200]).expect("write");
        assert_eq!(on_disk(path).len(), 310);
        assert_eq!(b.borrow().unflushed(), 0);
    }

    #[test]
    fn text_gathers_chunks_and_line_buffering_flushes_lines() {
        let scratch_file = scratch("text");
        let path = &scratch_file.0;
        let b = FileBuffer::open(File::create(path).expect("create"), 100, true, false);
        b.borrow_mut().write(&[b'x'; 150]).expect("write");
        assert!(on_disk(path).is_empty(), "text waits for a whole chunk");
        drop(b);
        assert_eq!(on_disk(path).len(), 150, "dropping flushes");
        let lines_file = scratch("lines");
        let path = &lines_file.0;
        let b = FileBuffer::open(File::create(path).expect("create"), 1 << 16, true, true);
        b.borrow_mut().write(b"no end").expect("write");
        assert!(on_disk(path).is_empty());
        b.borrow_mut().write(b" a line\n").expect("write");
        assert_eq!(on_disk(path), b"no end a line\n");
    }

    #[test]
    fn open_files_are_flushed_at_exit() {
        let scratch_file = scratch("registry");
        let path = &scratch_file.0;
        let b = FileBuffer::open(File::create(path).expect("create"), 1 << 16, false, false);
        b.borrow_mut().write(b"kept").expect("write");
        flush_open_files();
        assert_eq!(on_disk(path), b"kept");
        drop(b);
    }
}
