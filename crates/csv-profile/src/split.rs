//! Splitting decoded text into records and fields.
//!
//! The same reading as `csv-core` (RFC 4180 with `""` for a quote inside quotes, `\r`,
//! `\n` or `\r\n` ending a record, blank lines skipped by the caller), but on text that
//! is already UTF-8 and without copying: an unquoted field (nearly all of them) is a
//! slice of the text, found from a bit mask of the delimiters and line ends of its
//! 64-byte block (eight bytes at a time, portable, the same code on wasm32). Only a
//! quoted field with `""` inside, or text after its closing quote, is copied into a
//! scratch buffer. A test compares the result with `csv-core` on generated input.

/// Where one field's text is: in the input text, or in the scratch buffer.
///
/// Two words and no padding (the buffer is marked in the top bit of `start`, which no
/// offset uses: an allocation is at most `isize::MAX` bytes), so that a span copies
/// as two plain stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    start: usize,
    end: usize,
}

/// The mark, in `Span::start`, of a field in the scratch buffer.
const COPIED: usize = 1 << (usize::BITS - 1);

/// The end of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct End {
    /// Where the record's terminator (`\r` or `\n`) is, or the end of the text.
    pub at: usize,
    /// Whether the record had a quoted field (so line breaks may be inside it).
    pub quoted: bool,
    /// Whether the text ended inside a quoted field.
    pub unterminated: bool,
}

/// How fields are delimited and quoted. The delimiter and quote are ASCII bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Splitter {
    pub delimiter: u8,
    pub quote: Option<u8>,
    /// Spaces after a delimiter belong to it (`a, b`): a field starts after them.
    pub skip_space: bool,
    /// Inside quotes, this character makes the next one literal (`\"`), besides `""`.
    pub escape: Option<u8>,
    /// With `'` as the quote, one between a letter or digit and a letter inside a
    /// quoted field (`'it won't'`) is an apostrophe, not the closing quote (what
    /// csv-core does not do; off for its tests).
    pub apostrophes: bool,
}

/// Whether the `'` at `at`, inside a field quoted with `'` from `open`, is an
/// apostrophe: between a letter or digit and a letter (`won't`), or after an `s` and
/// before a space and a letter (`kids' shoes`).
#[cold]
#[inline(never)]
pub(crate) fn apostrophe(b: &[u8], open: usize, at: usize) -> bool {
    if at <= open + 1 {
        return false;
    }
    let before = b[at - 1];
    match b.get(at + 1) {
        Some(c) if c.is_ascii_alphabetic() => before.is_ascii_alphanumeric(),
        Some(b' ') => before == b's' && b.get(at + 2).is_some_and(u8::is_ascii_alphanumeric),
        _ => false,
    }
}

/// One record's fields, borrowed from the text and the scratch buffer.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Record<'a> {
    pub text: &'a str,
    pub scratch: &'a str,
    pub spans: &'a [Span],
}

/// Something with fields: a record being read, or a row kept back as owned strings.
pub(crate) trait Fields {
    /// The number of fields.
    fn count(&self) -> usize;
    /// Field `i` (empty when out of range).
    fn field(&self, i: usize) -> &str;
}

impl Span {
    /// An empty field.
    pub const EMPTY: Span = Span { start: 0, end: 0 };

    /// A field at `start..end` in the text.
    fn text(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// A field at `start..end` in the scratch buffer.
    fn copied(start: usize, end: usize) -> Span {
        Span {
            start: start | COPIED,
            end,
        }
    }

    /// Whether the field is in the scratch buffer.
    fn is_copied(&self) -> bool {
        self.start & COPIED != 0
    }

    /// The field's text: in `text`, or in `copies` when it was copied.
    pub fn resolve<'a>(&self, text: &'a str, copies: &'a str) -> &'a str {
        let from = if self.is_copied() { copies } else { text };
        from.get(self.start & !COPIED..self.end).unwrap_or("")
    }

    /// The same field kept in another buffer: `copies`, which gets its text appended
    /// unless it is a slice of the input text.
    pub fn keep(&self, scratch: &str, copies: &mut String) -> Span {
        if !self.is_copied() {
            return *self;
        }
        let start = copies.len();
        copies.push_str(self.resolve("", scratch));
        Span::copied(start, copies.len())
    }
}

impl Fields for Record<'_> {
    fn count(&self) -> usize {
        self.spans.len()
    }
    fn field(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .map_or("", |s| s.resolve(self.text, self.scratch))
    }
}

impl Fields for [String] {
    fn count(&self) -> usize {
        self.len()
    }
    fn field(&self, i: usize) -> &str {
        self.get(i).map_or("", String::as_str)
    }
}

/// Where the delimiters and line ends are in one 64-byte block of a text: one bit per
/// byte. A block is worked out once and serves every record that crosses it; the marks
/// belong to one text (make new ones when the text changes).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Marks {
    /// The block's first byte, or `usize::MAX` before the first block.
    block: usize,
    delims: u64,
    ends: u64,
    /// The bytes of the block inside the text (all but at the end of the text).
    valid: u64,
}

impl Default for Marks {
    fn default() -> Self {
        Marks {
            block: usize::MAX,
            delims: 0,
            ends: 0,
            valid: 0,
        }
    }
}

/// The high bit of each byte of `m` (and no other bit set), gathered into eight bits.
fn gather(m: u64) -> u64 {
    (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

impl Splitter {
    /// The marks of the 64-byte block that starts at `at` (a multiple of 64).
    #[inline]
    fn block(&self, b: &[u8], at: usize, marks: &mut Marks) -> Marks {
        if marks.block != at {
            let (mut delims, mut ends) = (0u64, 0u64);
            let bytes = b.get(at..).unwrap_or_default();
            let mut block = [0u8; 64];
            match bytes.get(..64) {
                Some(full) => block.copy_from_slice(full),
                None => block[..bytes.len()].copy_from_slice(bytes),
            }
            for (k, chunk) in block.chunks_exact(8).enumerate() {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                let (d, e) = self.specials(u64::from_le_bytes(word));
                delims |= gather(d) << (8 * k);
                ends |= gather(e) << (8 * k);
            }
            let valid = if bytes.len() >= 64 {
                u64::MAX
            } else {
                (1u64 << bytes.len()) - 1
            };
            *marks = Marks {
                block: at,
                delims: delims & valid,
                ends: ends & valid,
                valid,
            };
        }
        *marks
    }

    /// Reads the record that starts at `pos` (a byte that is not `\r` or `\n`) into
    /// `spans` and `scratch`. `None` when the text ends before the record does and
    /// `eof` is false: more text is needed. `marks` caches where the delimiters and line
    /// ends of `text` are (new marks for a new text).
    ///
    /// Unquoted fields are found from the marks of 64-byte blocks: one bit per byte
    /// that is a delimiter or a line end, so a field costs a few bit operations.
    #[inline]
    pub fn record(
        &self,
        text: &str,
        pos: usize,
        eof: bool,
        spans: &mut Vec<Span>,
        scratch: &mut String,
        marks: &mut Marks,
    ) -> Option<End> {
        spans.clear();
        scratch.clear();
        let b = text.as_bytes();
        let d = self.delimiter;
        let mut quoted = false;
        // The start of the field being read.
        let mut start = pos;
        'field: loop {
            if let Some(q) = self.quote
                && b.get(start) == Some(&q)
            {
                quoted = true;
                // Two copies: the `'` files' apostrophes cost the others nothing.
                let field = if self.apostrophes {
                    self.quoted_field::<true>(text, start, eof, spans, scratch)
                } else {
                    self.quoted_field::<false>(text, start, eof, spans, scratch)
                };
                let next = match field? {
                    (next, false) => next,
                    (at, true) => {
                        return Some(End {
                            at,
                            quoted,
                            unterminated: true,
                        });
                    }
                };
                // `next` is at a delimiter, a terminator or the end of the text.
                match b.get(next) {
                    Some(&c) if c == d => {
                        start = self.after_spaces(b, next + 1);
                        continue 'field;
                    }
                    _ => {
                        return Some(End {
                            at: next,
                            quoted,
                            unterminated: false,
                        });
                    }
                }
            }
            // An unquoted field: the marks from its start on.
            let mut at_block = start & !63;
            loop {
                let m = self.block(b, at_block, marks);
                let from = start.saturating_sub(at_block);
                let mut bits = if from >= 64 {
                    0
                } else {
                    (m.delims | m.ends) & (u64::MAX << from)
                };
                while bits != 0 {
                    let low = bits & bits.wrapping_neg();
                    let at = at_block + low.trailing_zeros() as usize;
                    spans.push(Span::text(start, at));
                    if m.ends & low != 0 {
                        return Some(End {
                            at,
                            quoted,
                            unterminated: false,
                        });
                    }
                    start = at + 1;
                    if self.skip_space {
                        start = self.after_spaces(b, start);
                    }
                    if let Some(q) = self.quote
                        && b.get(start) == Some(&q)
                    {
                        continue 'field;
                    }
                    bits ^= low;
                }
                if m.valid != u64::MAX {
                    // The text ends inside this field.
                    if !eof {
                        return None;
                    }
                    spans.push(Span::text(start, b.len()));
                    return Some(End {
                        at: b.len(),
                        quoted,
                        unterminated: false,
                    });
                }
                at_block += 64;
            }
        }
    }

    /// `at`, or past the spaces there when they belong to the delimiter before.
    #[inline]
    fn after_spaces(&self, b: &[u8], mut at: usize) -> usize {
        if self.skip_space {
            while b.get(at) == Some(&b' ') {
                at += 1;
            }
        }
        at
    }

    /// The bytes of `word` that are the delimiter, and those that are `\r` or `\n`,
    /// each marked by its high bit. Exact for every byte (no borrow from one byte to
    /// the next), so all of a word's marks can be used.
    #[inline]
    fn specials(&self, word: u64) -> (u64, u64) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
        let zero = |v: u64| !(((v & LOWS) + LOWS) | v | LOWS);
        (
            zero(word ^ (ONES * u64::from(self.delimiter))),
            zero(word ^ (ONES * u64::from(b'\r'))) | zero(word ^ (ONES * u64::from(b'\n'))),
        )
    }

    /// The first delimiter, `\r` or `\n` at or after `pos`, eight bytes at a time.
    fn next_special(&self, b: &[u8], mut pos: usize) -> Option<usize> {
        while let Some(w) = b.get(pos..pos + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(w);
            let (delims, ends) = self.specials(u64::from_le_bytes(word));
            let m = delims | ends;
            if m != 0 {
                return Some(pos + (m.trailing_zeros() / 8) as usize);
            }
            pos += 8;
        }
        let tail = b.get(pos..)?;
        tail.iter()
            .position(|&c| c == self.delimiter || c == b'\r' || c == b'\n')
            .map(|k| pos + k)
    }

    /// A field starting with the quote at `pos`. Returns where the field ends (at a
    /// delimiter, terminator or the end) and whether the text ended inside the quotes.
    fn quoted_field<const APOSTROPHES: bool>(
        &self,
        text: &str,
        pos: usize,
        eof: bool,
        spans: &mut Vec<Span>,
        scratch: &mut String,
    ) -> Option<(usize, bool)> {
        let b = text.as_bytes();
        let q = self.quote.unwrap_or(b'"');
        let d = self.delimiter;
        let mut i = pos + 1;
        let mut seg = i;
        // Where this field's copy starts in `scratch`, once it needs one.
        let mut copy: Option<usize> = None;
        let slice = |a: usize, z: usize| text.get(a..z).unwrap_or("");
        loop {
            let rest = &b[i.min(b.len())..];
            let found = match self.escape {
                Some(e) => memchr::memchr2(q, e, rest),
                None => memchr::memchr(q, rest),
            };
            let Some(k) = found else {
                if !eof {
                    return None;
                }
                // Unterminated: the rest of the text is the field.
                let span = match copy {
                    Some(c) => {
                        scratch.push_str(slice(seg, b.len()));
                        Span::copied(c, scratch.len())
                    }
                    None => Span::text(seg, b.len()),
                };
                spans.push(span);
                return Some((b.len(), true));
            };
            let at = i + k;
            if b[at] != q {
                // The escape: the next character is the field's, as it is.
                if at + 1 >= b.len() && !eof {
                    return None;
                }
                copy.get_or_insert(scratch.len());
                scratch.push_str(slice(seg, at));
                seg = at + 1;
                i = at + 2;
                continue;
            }
            match b.get(at + 1) {
                Some(&c) if c == q => {
                    // `""`: one quote, and the field goes on.
                    copy.get_or_insert(scratch.len());
                    scratch.push_str(slice(seg, at + 1));
                    i = at + 2;
                    seg = i;
                    continue;
                }
                None if !eof => return None,
                _ => {}
            }
            if APOSTROPHES && apostrophe(b, pos, at) {
                // An apostrophe in a word: the field goes on.
                i = at + 1;
                continue;
            }
            // The closing quote. Anything up to the next delimiter or terminator
            // belongs to the field too, as written.
            let after = at + 1;
            let stop = match b.get(after) {
                None => after,
                Some(&c) if c == d || c == b'\r' || c == b'\n' => after,
                Some(_) => match self.next_special(b, after) {
                    Some(at) => at,
                    None if eof => b.len(),
                    None => return None,
                },
            };
            let span = if copy.is_none() && stop == after {
                Span::text(seg, at)
            } else {
                let c = *copy.get_or_insert(scratch.len());
                scratch.push_str(slice(seg, at));
                scratch.push_str(slice(after, stop));
                Span::copied(c, scratch.len())
            };
            spans.push(span);
            return Some((stop, false));
        }
    }

    /// Every record of a complete text, blank lines skipped, as owned strings (at most
    /// `max_rows`). For the dialect sniffer.
    #[cfg(test)]
    pub fn rows(&self, text: &str, max_rows: usize) -> Vec<Vec<String>> {
        let b = text.as_bytes();
        let mut rows = Vec::new();
        let mut spans = Vec::new();
        let mut marks = Marks::default();
        let mut scratch = String::new();
        let mut pos = 0;
        while rows.len() < max_rows {
            while matches!(b.get(pos), Some(b'\r' | b'\n')) {
                pos += 1;
            }
            if pos >= b.len() {
                break;
            }
            let Some(end) = self.record(text, pos, true, &mut spans, &mut scratch, &mut marks)
            else {
                break;
            };
            let rec = Record {
                text,
                scratch: &scratch,
                spans: &spans,
            };
            rows.push((0..rec.count()).map(|i| rec.field(i).to_owned()).collect());
            pos = end.at.max(pos + 1);
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// What csv-core reads, record by record.
    fn oracle(text: &str, d: u8, q: Option<u8>, escape: Option<u8>) -> Vec<Vec<String>> {
        let mut r = csv_core::ReaderBuilder::new()
            .delimiter(d)
            .quote(q.unwrap_or(b'"'))
            .quoting(q.is_some())
            .escape(escape)
            .build();
        let mut input = text.as_bytes();
        let mut out = vec![0u8; 1 << 16];
        let mut ends = vec![0usize; 1 << 12];
        let mut rows = Vec::new();
        let (mut outpos, mut endpos) = (0, 0);
        loop {
            let (res, nin, nout, nend) =
                r.read_record(input, &mut out[outpos..], &mut ends[endpos..]);
            input = &input[nin..];
            outpos += nout;
            endpos += nend;
            match res {
                csv_core::ReadRecordResult::Record => {
                    let mut start = 0;
                    let n = std::mem::take(&mut endpos);
                    outpos = 0;
                    rows.push(
                        ends[..n]
                            .iter()
                            .map(|&e| {
                                let f = String::from_utf8(out[start..e].to_vec()).unwrap();
                                start = e;
                                f
                            })
                            .collect(),
                    );
                }
                csv_core::ReadRecordResult::End => break,
                csv_core::ReadRecordResult::InputEmpty => {}
                other => panic!("{other:?}"),
            }
        }
        rows
    }

    struct Rng(u64);
    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    #[test]
    fn reads_like_csv_core_on_generated_text() {
        let alphabet = [
            "a", "b", ";", ",", "\"", "'", "\r", "\n", "\r\n", " ", "å", "1", "\\",
        ];
        let mut rng = Rng(0x0123_4567_89ab_cdef);
        for round in 0..6_000 {
            // Every other text is long, with fewer specials: records that cross the
            // splitter's 64-byte blocks.
            let long = round % 2 == 1;
            let (len, picks) = if long {
                (rng.below(400), 3 * alphabet.len())
            } else {
                (rng.below(40), alphabet.len())
            };
            let text: String = (0..len)
                .map(|_| alphabet.get(rng.below(picks)).copied().unwrap_or("x"))
                .collect();
            for (d, q, e) in [
                (b';', Some(b'"'), None),
                (b',', Some(b'\''), None),
                (b';', None, None),
                (b';', Some(b'"'), Some(b'\\')),
            ] {
                let s = Splitter {
                    delimiter: d,
                    quote: q,
                    skip_space: false,
                    escape: e,
                    apostrophes: false,
                };
                assert_eq!(
                    s.rows(&text, usize::MAX),
                    oracle(&text, d, q, e),
                    "round {round}: {text:?} with {:?} {:?}",
                    d as char,
                    q.map(char::from)
                );
            }
        }
    }

    /// One record from the start of `text`, with marks of its own.
    fn first_record(
        s: &Splitter,
        text: &str,
        eof: bool,
        spans: &mut Vec<Span>,
        scratch: &mut String,
    ) -> Option<End> {
        s.record(text, 0, eof, spans, scratch, &mut Marks::default())
    }

    #[test]
    fn a_record_cut_short_asks_for_more() {
        let s = Splitter {
            delimiter: b';',
            quote: Some(b'"'),
            skip_space: false,
            escape: None,
            apostrophes: false,
        };
        let (mut spans, mut scratch) = (Vec::new(), String::new());
        for cut in ["a;b", "a;\"b", "a;\"b\"", "a;\"b\"\"", "a;\"b\"c", "a;"] {
            assert_eq!(
                first_record(&s, cut, false, &mut spans, &mut scratch),
                None,
                "{cut}"
            );
        }
        let text = "a;\"b\"\"c\"d;e\n";
        let end = first_record(&s, text, false, &mut spans, &mut scratch);
        assert_eq!(
            end,
            Some(End {
                at: 11,
                quoted: true,
                unterminated: false
            })
        );
        let rec = Record {
            text,
            scratch: &scratch,
            spans: &spans,
        };
        let fields: Vec<&str> = (0..rec.count()).map(|i| rec.field(i)).collect();
        assert_eq!(fields, ["a", "b\"cd", "e"]);
        let end = first_record(&s, "x;\"open", true, &mut spans, &mut scratch);
        assert!(end.is_some_and(|e| e.unterminated));
    }
}
