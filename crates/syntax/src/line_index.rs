//! Byte offset -> (line, column) mapping for one source text.
//!
//! Invariant: `line_starts[i]` is the byte offset where line `i + 1` begins; line 1 begins at 0.
//! A line ends at `\n`, `\r\n` or a lone `\r`, as in Python's universal-newline reading.

/// Maps byte offsets in one source text to 1-based line numbers and byte columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts }
    }

    /// The 1-based line containing `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The 1-based line and 0-based byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        (line, offset - self.line_starts[line as usize - 1])
    }

    /// Byte offset where 1-based `line` starts, if the line exists.
    pub fn line_start(&self, line: u32) -> Option<u32> {
        self.line_starts
            .get((line as usize).checked_sub(1)?)
            .copied()
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// The text of 1-based `line` in `source`, without its line terminator.
pub fn line_text(source: &str, line: u32) -> Option<&str> {
    let mut current = 1;
    let mut start = 0;
    let bytes = source.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        let is_break = !at_end && (bytes[i] == b'\n' || bytes[i] == b'\r');
        if at_end || is_break {
            if current == line {
                return source.get(start..i);
            }
            if at_end {
                return None;
            }
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            current += 1;
            start = i + 1;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_with_every_terminator() {
        for nl in ["\n", "\r\n", "\r"] {
            let src = format!("a = 1{nl}bb = 2{nl}{nl}c");
            let idx = LineIndex::new(&src);
            assert_eq!(idx.line_count(), 4);
            let c = src.find('c').unwrap() as u32;
            assert_eq!(idx.line_col(c), (4, 0));
            assert_eq!(line_text(&src, 2), Some("bb = 2"));
            assert_eq!(line_text(&src, 3), Some(""));
            assert_eq!(line_text(&src, 5), None);
        }
    }
}
