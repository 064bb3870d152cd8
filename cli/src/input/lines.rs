//! Streaming line input for batch mode: memory stays flat whatever the
//! input size, and a hostile giant line is skipped, not buffered.

use std::io::{self, BufRead, Read};

/// One input line.
pub(crate) enum Line<'a> {
    /// The line without its line ending.
    Text(&'a str),
    /// Longer than the limit; its bytes (this many) were skipped.
    TooLong(usize),
    /// Not UTF-8: the raw bytes, without the line ending.
    NotUtf8(&'a [u8]),
}

/// Reads lines of at most `max` bytes, numbering them from 1.
pub(crate) struct Lines<R> {
    reader: R,
    /// For lines that straddle the reader's buffer.
    buf: Vec<u8>,
    /// Bytes of the reader's buffer lent out as the last line, consumed on
    /// the next call.
    lent: usize,
    number: usize,
    max: usize,
}

impl<R: BufRead> Lines<R> {
    pub(crate) fn new(reader: R, max: usize) -> Self {
        Lines {
            reader,
            buf: Vec::with_capacity(256),
            lent: 0,
            number: 0,
            max,
        }
    }

    /// The next line and its number, or `None` at the end of the input.
    pub(crate) fn next_line(&mut self) -> io::Result<Option<(usize, Line<'_>)>> {
        self.reader.consume(std::mem::take(&mut self.lent));
        // Most lines lie whole in the reader's buffer: lend them from there
        // rather than copy them.
        let newline = memchr::memchr(b'\n', self.reader.fill_buf()?);
        if let Some(end) = newline.filter(|&end| end <= self.max) {
            self.lent = end + 1;
            self.number += 1;
            // Unconsumed, the buffer is returned again as it was.
            let buffered = self.reader.fill_buf()?;
            return Ok(Some((self.number, line(&buffered[..end]))));
        }
        self.buf.clear();
        let limit = self.max as u64 + 1;
        let n = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(None);
        }
        self.number += 1;
        if self.buf.last() != Some(&b'\n') && n as u64 == limit {
            let skipped = self.skip_rest()?;
            return Ok(Some((self.number, Line::TooLong(n + skipped))));
        }
        let text = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
        Ok(Some((self.number, line(text))))
    }

    /// Discards input up to and including the next newline, chunk by
    /// chunk; returns the number of bytes before that newline.
    fn skip_rest(&mut self) -> io::Result<usize> {
        let mut skipped = 0;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(skipped);
            }
            match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok(skipped + i);
                }
                None => {
                    let len = chunk.len();
                    skipped += len;
                    self.reader.consume(len);
                }
            }
        }
    }
}

/// A line without its `\n`, and without the `\r` of a CRLF ending.
fn line(bytes: &[u8]) -> Line<'_> {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    // SIMD validation: std's took 4% of a batch run's time.
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => Line::Text(text),
        Err(_) => Line::NotUtf8(bytes),
    }
}

/// Opens `path` for batch reading; `-` is stdin.
pub(crate) fn open(path: &std::path::Path) -> io::Result<Box<dyn BufRead>> {
    const BUF: usize = 256 * 1024;
    if path == std::path::Path::new("-") {
        Ok(Box::new(io::BufReader::with_capacity(BUF, io::stdin())))
    } else {
        Ok(Box::new(io::BufReader::with_capacity(
            BUF,
            std::fs::File::open(path)?,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines as read from one buffer, checked against reading them
    /// through a 3-byte buffer, where most lines straddle refills.
    fn collect(input: &[u8], max: usize) -> Vec<String> {
        let whole = collect_from(input, max);
        let straddled = collect_from(io::BufReader::with_capacity(3, input), max);
        assert_eq!(whole, straddled);
        whole
    }

    fn collect_from(input: impl BufRead, max: usize) -> Vec<String> {
        let mut lines = Lines::new(input, max);
        let mut out = Vec::new();
        while let Some((n, line)) = lines.next_line().expect("in-memory read") {
            out.push(match line {
                Line::Text(t) => format!("{n}:{t}"),
                Line::TooLong(len) => format!("{n}:too long ({len})"),
                Line::NotUtf8(_) => format!("{n}:not utf-8"),
            });
        }
        out
    }

    #[test]
    fn numbers_lines_and_strips_endings() {
        assert_eq!(collect(b"a\r\nb\n\nc", 10), ["1:a", "2:b", "3:", "4:c"]);
        assert!(collect(b"", 10).is_empty());
    }

    #[test]
    fn skips_overlong_lines_and_goes_on() {
        let mut input = vec![b'x'; 100];
        input.extend_from_slice(b"\nok\n");
        input.extend(vec![b'y'; 11]);
        assert_eq!(
            collect(&input, 10),
            ["1:too long (100)", "2:ok", "3:too long (11)"]
        );
        // Exactly at the limit is fine, with or without a newline.
        assert_eq!(
            collect(b"0123456789\n0123456789", 10),
            ["1:0123456789", "2:0123456789"]
        );
    }

    #[test]
    fn flags_invalid_utf8() {
        assert_eq!(collect(b"\xff\xfe\nok", 10), ["1:not utf-8", "2:ok"]);
    }
}
