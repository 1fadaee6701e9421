//! Bounded-memory statistics: mean and variance (shifted sums), distinct counts
//! (exact up to a cap, then HyperLogLog), the most frequent values (with a memo per
//! value) and a reservoir sample for quantiles and histograms. All deterministic: the
//! same rows in the same order give the same result, whatever the chunking.
//!
//! Laid out for few cache lines per cell (a profile has one set of tables per column,
//! too many to all stay in cache): the top-values index (the first 1,024 distinct
//! values) and the exact set (up to 4,096) are open-addressing tables, linear probing,
//! at most half full, a value's count beside its hash and a byte tag per slot, so a
//! value not tracked is found missing from 2 KiB of tags. Slots are placed by
//! multiply-shift with a random odd multiplier per table (no file can crowd them; the
//! top values keep their first-seen order in a list of their own). ISO dates past the
//! top-values table are counted for the distinct count by their day, in a bitmap of at
//! most 16 blocks of 512 days. The reservoir is Algorithm L (the generator is consulted
//! only when a value is kept); the moments are sums of differences to the first value
//! (no division per number). The top-values table is also capped by the bytes of text
//! it keeps (`TOP_BYTES`).

use std::hash::Hasher;

/// Distinct values counted exactly up to this many, then estimated.
pub const EXACT_DISTINCT_CAP: usize = 4096;
/// Distinct values tracked for the top-values list: the first this many values seen
/// are counted exactly; values first seen after that are not tracked.
pub const TOP_CAPACITY: usize = 1024;
/// Text kept by the top-values list of one column, at most (bytes): a value that would
/// go over it is not tracked, like a value first seen after [`TOP_CAPACITY`]. Short
/// values (up to 256 bytes on average) never reach it; a column of long distinct texts
/// does not keep megabytes of them.
pub const TOP_BYTES: usize = 256 * 1024;
/// Numbers kept for quantiles and histograms.
pub const RESERVOIR_SIZE: usize = 2048;

/// A fast, deterministic string hash: FxHash's word step over the bytes read as
/// little-endian words, with a MurmurHash3 finaliser, so that every bit is mixed, as
/// HyperLogLog needs. A short tail is read as two overlapping words (the first and last
/// four bytes, or the first, middle and last byte) rather than byte by byte: no loop
/// whose length changes from one value to the next. With the length mixed in first,
/// every byte of the text counts.
#[inline]
pub fn hash64(s: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let b = s.as_bytes();
    let step = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let word = |c: &[u8]| {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        u64::from_le_bytes(w)
    };
    let half = |c: &[u8]| {
        let mut w = [0u8; 4];
        w.copy_from_slice(c);
        u64::from(u32::from_le_bytes(w))
    };
    let n = b.len();
    let mut h = step(0, n as u64);
    if n >= 8 {
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            h = step(h, word(c));
        }
        if !chunks.remainder().is_empty() {
            // The last eight bytes, overlapping the words before.
            h = step(h, b.get(n - 8..).map_or(0, word));
        }
    } else if n >= 4 {
        let lo = b.get(..4).map_or(0, half);
        let hi = b.get(n - 4..).map_or(0, half);
        h = step(h, lo | (hi << 32));
    } else if n > 0 {
        let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
        h = step(h, at(0) | (at(n / 2) << 8) | (at(n - 1) << 16));
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// A hasher for keys that are already well-mixed `u64` hashes.
#[derive(Default, Clone, Copy)]
pub struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8)) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Mean and variance, one value at a time: sums of each value's difference from the
/// first value ("shifted data"), so that the sums stay small and the variance keeps its
/// precision, with no division per value (a division in a loop-carried chain is what
/// Welford's update costs).
#[derive(Debug, Clone, Default)]
pub struct Moments {
    n: u64,
    shift: f64,
    sum: f64,
    sum_sq: f64,
}

impl Moments {
    /// Adds a value.
    #[inline]
    pub fn push(&mut self, x: f64) {
        self.push_many(x, 1);
    }

    /// Adds `x` `r` times.
    #[inline]
    pub fn push_many(&mut self, x: f64, r: u64) {
        if r == 0 {
            return;
        }
        if self.n == 0 {
            self.shift = x;
        }
        self.n += r;
        let d = x - self.shift;
        let w = r as f64;
        self.sum += w * d;
        self.sum_sq += w * d * d;
    }

    /// The mean, if any value was added.
    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then(|| self.shift + self.sum / self.n as f64)
    }

    /// The sample standard deviation, with at least two values.
    pub fn std_dev(&self) -> Option<f64> {
        let n = self.n as f64;
        let m2 = (self.sum_sq - self.sum * self.sum / n).max(0.0);
        (self.n > 1).then(|| (m2 / (n - 1.0)).sqrt())
    }
}

/// A random odd multiplier for [`slot_of`], new for each table: where a value sits in
/// a table then can't be foreseen, so no file can make its values crowd one place of
/// it (and every lookup slow). Where it sits changes nothing a profile reports.
fn random_multiplier() -> u64 {
    use std::hash::BuildHasher;
    std::collections::hash_map::RandomState::new().hash_one(0x5eed_u64) | 1
}

/// The byte kept for hash `h` in [`Top`]'s tags: never 0 (a free slot).
#[inline]
fn tag(h: u64) -> u8 {
    (h as u8) | 0x80
}

/// The slot of hash `h` in a table of `2^(64 - shift)` slots: multiply-shift.
#[inline]
fn slot_of(h: u64, mul: u64, shift: u32) -> usize {
    (h.wrapping_mul(mul) >> shift) as usize
}

/// A set of hashes: open addressing with linear probing in one array of hashes, at
/// most half full, so that a lookup or an insert reads one cache line (most often) —
/// a profile keeps one such table per column, too many to all stay in the cache.
#[derive(Debug, Clone, Default)]
struct HashSet64 {
    /// A power of two long (or empty); 0 marks a free slot.
    slots: Vec<u64>,
    /// Whether the hash 0 (which can't be stored in a slot) is in the set.
    zero: bool,
    len: usize,
    /// See [`slot_of`].
    mul: u64,
    shift: u32,
}

impl HashSet64 {
    /// Adds `h`; whether it was new.
    #[inline]
    fn insert(&mut self, h: u64) -> bool {
        if h == 0 {
            let new = !self.zero;
            self.zero = true;
            self.len += usize::from(new);
            return new;
        }
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = slot_of(h, self.mul, self.shift);
        loop {
            match self.slots.get_mut(i) {
                Some(k) if *k == h => return false,
                Some(k) if *k == 0 => {
                    *k = h;
                    self.len += 1;
                    return true;
                }
                Some(_) => i = (i + 1) & mask,
                None => return false, // unreachable: `i` is masked
            }
        }
    }

    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(16);
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        if self.mul == 0 {
            self.mul = random_multiplier();
        }
        self.shift = 64 - size.trailing_zeros();
        let mask = self.slots.len() - 1;
        for h in old.into_iter().filter(|&h| h != 0) {
            let mut i = slot_of(h, self.mul, self.shift);
            while self.slots.get(i).is_some_and(|&k| k != 0) {
                i = (i + 1) & mask;
            }
            if let Some(k) = self.slots.get_mut(i) {
                *k = h;
            }
        }
    }

    /// Every hash in the set (in no particular order).
    fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        self.zero
            .then_some(0)
            .into_iter()
            .chain(self.slots.iter().copied().filter(|&h| h != 0))
    }
}

/// ISO dates (`yyyy-mm-dd`, one text per day and one day per text) counted exactly
/// by their day: a bit each, in blocks of 512 days (at most [`DAY_BLOCKS`] of them,
/// a few hundred bytes), where a set of their hashes takes 64 KiB per column.
#[derive(Debug, Clone, Default)]
struct Days {
    blocks: Vec<(i32, [u64; 8])>,
    len: usize,
}

/// Blocks of days [`Days`] keeps at most (22 years); a date outside them is counted
/// by its hash instead.
const DAY_BLOCKS: usize = 16;

impl Days {
    /// Adds `day`: whether it was new, or `None` when it has no block and there is no
    /// room for one (then it never gets one: the blocks only grow while there is room,
    /// so a day is always counted in the same place).
    #[inline]
    fn insert(&mut self, day: i32) -> Option<bool> {
        let key = day >> 9;
        let at = match self.blocks.iter().position(|b| b.0 == key) {
            Some(at) => at,
            None if self.blocks.len() < DAY_BLOCKS => {
                self.blocks.push((key, [0; 8]));
                self.blocks.len() - 1
            }
            None => return None,
        };
        let bit = (day & 511) as usize;
        let word = self.blocks.get_mut(at)?.1.get_mut(bit / 64)?;
        let mask = 1u64 << (bit % 64);
        let new = *word & mask == 0;
        *word |= mask;
        self.len += usize::from(new);
        Some(new)
    }

    /// The [`hash64`] of each day's text.
    fn hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.blocks.iter().flat_map(|(key, words)| {
            (0..512).filter_map(move |bit: i32| {
                let w = words.get((bit / 64) as usize)?;
                (w >> (bit % 64) & 1 == 1).then(|| hash64(&crate::cell::iso_date(key * 512 + bit)))
            })
        })
    }
}

/// Distinct values: exact while few, HyperLogLog (p = 12, about 1.6 % error) after.
#[derive(Debug, Clone, Default)]
pub struct Distinct {
    exact: Option<HashSet64>,
    /// ISO dates among the exact values, by day (see [`Distinct::push_iso_date`]).
    days: Days,
    registers: Vec<u8>,
}

const HLL_P: u32 = 12;

impl Distinct {
    /// Adds a value, given its [`hash64`].
    #[inline]
    pub fn push_hash(&mut self, h: u64) {
        if self.registers.is_empty() {
            self.exact.get_or_insert_with(HashSet64::default).insert(h);
            self.check_cap();
        } else {
            self.hll(h);
        }
    }

    /// Adds an ISO date (`yyyy-mm-dd`, exactly as [`crate::cell::iso_date`] writes
    /// it), given its day and [`hash64`]: counted as [`Distinct::push_hash`] would, in
    /// far less memory while exact. A date must always be added this way (or always
    /// by its hash), never both.
    #[inline]
    pub(crate) fn push_iso_date(&mut self, day: i32, h: u64) {
        if self.registers.is_empty() {
            if self.days.insert(day).is_none() {
                self.exact.get_or_insert_with(HashSet64::default).insert(h);
            }
            self.check_cap();
        } else {
            self.hll(h);
        }
    }

    /// The values counted exactly so far.
    fn exact_len(&self) -> usize {
        self.exact.as_ref().map_or(0, |s| s.len) + self.days.len
    }

    /// Over [`EXACT_DISTINCT_CAP`] values: on to HyperLogLog, every value so far in it.
    fn check_cap(&mut self) {
        if self.exact_len() > EXACT_DISTINCT_CAP {
            let old = self.exact.take().unwrap_or_default();
            let days = std::mem::take(&mut self.days);
            self.registers = vec![0; 1 << HLL_P];
            for x in old.iter().chain(days.hashes()) {
                self.hll(x);
            }
        }
    }

    fn hll(&mut self, h: u64) {
        let idx = (h >> (64 - HLL_P)) as usize;
        let rest = (h << HLL_P) | (1 << (HLL_P - 1));
        let rank = rest.leading_zeros() as u8 + 1;
        if rank > self.registers[idx] {
            self.registers[idx] = rank;
        }
    }

    /// The number of distinct values (exact when `is_exact`).
    pub fn count(&self) -> u64 {
        if self.registers.is_empty() {
            return self.exact_len() as u64;
        }
        let m = self.registers.len() as f64;
        let sum: f64 = self
            .registers
            .iter()
            .map(|r| 2f64.powi(-i32::from(*r)))
            .sum();
        let alpha = 0.7213 / (1.0 + 1.079 / m);
        let estimate = alpha * m * m / sum;
        let zeros = self.registers.iter().filter(|r| **r == 0).count();
        if estimate <= 2.5 * m && zeros > 0 {
            (m * (m / zeros as f64).ln()).round() as u64
        } else {
            estimate.round() as u64
        }
    }

    /// Whether the count is exact.
    pub fn is_exact(&self) -> bool {
        self.registers.is_empty()
    }
}

/// The most frequent values: exact counts for the first [`TOP_CAPACITY`] distinct
/// values seen (one hash lookup per cell). A value that first appears after that many
/// others is not listed; in the files Datalots sees, frequent values show up early.
///
/// Values are told apart by their 64-bit [`hash64`]: two different values with the
/// same hash would be counted as one (with at most 1,024 values tracked, about one
/// chance in 10^13 per million cells).
///
/// Each value can carry a memo `M`: what the caller worked out about it the first
/// time, kept with it (see [`Top::entries`]).
#[derive(Debug, Clone)]
pub struct Top<M = ()> {
    /// Hash and count of each value tracked: open addressing with linear probing, at
    /// most half full, a power of two long (or empty). The count sits beside the hash,
    /// so that counting a repeat reads and writes one cache line: a profile has one
    /// table per column, too many to all stay in the cache.
    slots: Vec<(u64, u64)>,
    /// One byte per slot: 0 for a free one, else [`tag`] of its hash. A value that is
    /// not tracked (most cells of a column of distinct numbers) is found missing from
    /// these alone, a table 1/16 the size of the slots.
    tags: Vec<u8>,
    /// The slot of each value, in the order first seen.
    order: Vec<u32>,
    entries: Vec<(M, Box<str>)>,
    /// The bytes of text in `entries` (at most [`TOP_BYTES`]).
    bytes: usize,
    /// See [`slot_of`].
    mul: u64,
    shift: u32,
}

impl<M> Default for Top<M> {
    fn default() -> Self {
        Top {
            slots: Vec::new(),
            tags: Vec::new(),
            order: Vec::new(),
            entries: Vec::new(),
            bytes: 0,
            mul: 0,
            shift: 0,
        }
    }
}

impl Top<()> {
    /// Adds a value, given its [`hash64`]. Returns `false` when the value is new and
    /// the table is full, so it was not counted.
    pub fn push(&mut self, s: &str, h: u64) -> bool {
        self.repeat(h) || self.insert(s, h, ())
    }
}

impl<M> Top<M> {
    /// Counts the value with hash `h` if it is tracked; `false` if it is not.
    #[inline]
    pub fn repeat(&mut self, h: u64) -> bool {
        if self.tags.is_empty() {
            return false;
        }
        let mask = self.tags.len() - 1;
        let t = tag(h);
        let mut i = slot_of(h, self.mul, self.shift);
        loop {
            match self.tags.get(i) {
                Some(0) | None => return false,
                Some(&x) if x == t => {
                    if let Some(slot) = self.slots.get_mut(i)
                        && slot.0 == h
                    {
                        slot.1 += 1;
                        return true;
                    }
                }
                Some(_) => {}
            }
            i = (i + 1) & mask;
        }
    }

    /// Starts counting a value that [`Top::repeat`] did not know. Returns `false` when
    /// the table is full, so it was not counted.
    pub fn insert(&mut self, s: &str, h: u64, memo: M) -> bool {
        self.insert_with(s, h, || memo)
    }

    /// [`Top::insert`], making the memo only if the value is taken.
    #[inline]
    pub fn insert_with(&mut self, s: &str, h: u64, memo: impl FnOnce() -> M) -> bool {
        if self.entries.len() < TOP_CAPACITY && self.bytes + s.len() <= TOP_BYTES {
            if 2 * (self.entries.len() + 1) > self.slots.len() {
                self.grow();
            }
            let at = self.free_slot(h);
            if let (Some(slot), Some(t)) = (self.slots.get_mut(at), self.tags.get_mut(at)) {
                *slot = (h, 1);
                *t = tag(h);
            }
            self.bytes += s.len();
            self.order.push(at as u32);
            self.entries.push((memo(), s.into()));
            true
        } else {
            false
        }
    }

    /// The first free slot for `h` (the table has one).
    fn free_slot(&self, h: u64) -> usize {
        let mask = self.tags.len().wrapping_sub(1);
        let mut i = slot_of(h, self.mul, self.shift);
        while self.tags.get(i).is_some_and(|&t| t != 0) {
            i = (i + 1) & mask;
        }
        i
    }

    /// Twice the slots, the values moved over (their order kept).
    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(16);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
        self.tags = vec![0; size];
        if self.mul == 0 {
            self.mul = random_multiplier();
        }
        self.shift = 64 - size.trailing_zeros();
        for i in 0..self.order.len() {
            let Some(&at) = self.order.get(i) else { break };
            if let Some(&(h, c)) = old.get(at as usize) {
                let to = self.free_slot(h);
                if let (Some(slot), Some(t)) = (self.slots.get_mut(to), self.tags.get_mut(to)) {
                    *slot = (h, c);
                    *t = tag(h);
                }
                if let Some(at) = self.order.get_mut(i) {
                    *at = to as u32;
                }
            }
        }
    }

    /// Every value tracked, in the order first seen: its count, memo and text.
    pub fn entries(&self) -> impl Iterator<Item = (u64, &M, &str)> + '_ {
        self.order
            .iter()
            .zip(&self.entries)
            .map(|(at, (m, s))| (self.slots.get(*at as usize).map_or(0, |x| x.1), m, &**s))
    }

    /// The number of values tracked.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The hashes of the values tracked (in no particular order).
    pub fn hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.order
            .iter()
            .filter_map(|&at| self.slots.get(at as usize).map(|s| s.0))
    }

    /// The `n` most frequent values with their counts, most frequent first.
    ///
    /// The values are distinct (one entry per hash, and equal texts hash alike), so
    /// the order (count down, then text) is total: the `n` first are found without
    /// sorting or copying the others.
    pub fn top(&self, n: usize) -> Vec<(String, u64)> {
        let order = |a: &(u64, &str), b: &(u64, &str)| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1));
        let mut v: Vec<(u64, &str)> = self.entries().map(|(c, _, k)| (c, k)).collect();
        if n == 0 {
            return Vec::new();
        }
        if v.len() > n {
            v.select_nth_unstable_by(n - 1, order);
            v.truncate(n);
        }
        v.sort_unstable_by(order);
        v.into_iter().map(|(c, k)| (k.to_owned(), c)).collect()
    }
}

/// Distinct values and top values together: while [`Top`] holds every distinct value
/// seen, it is the exact distinct count; from the first value it refuses, a
/// [`Distinct`] (seeded with what `Top` holds) takes over. One hash lookup per cell for
/// the low-cardinality columns most files have.
#[derive(Debug, Clone)]
pub struct Values<M = ()> {
    top: Top<M>,
    distinct: Option<Distinct>,
}

impl<M> Default for Values<M> {
    fn default() -> Self {
        Values {
            top: Top::default(),
            distinct: None,
        }
    }
}

impl Values<()> {
    /// Adds a value, given its [`hash64`].
    pub fn push(&mut self, s: &str, h: u64) {
        if !self.repeat(h) {
            self.insert(s, h, ());
        }
    }
}

impl<M> Values<M> {
    /// Counts a value seen before (tracked by [`Top`]); `false` for a value to
    /// [`Values::insert`]. A repeated value is already in the distinct count, so only
    /// its count changes.
    #[inline]
    pub fn repeat(&mut self, h: u64) -> bool {
        self.top.repeat(h)
    }

    /// Adds a value that [`Values::repeat`] did not know, with its memo.
    pub fn insert(&mut self, s: &str, h: u64, memo: M) {
        self.insert_with(s, h, || memo);
    }

    /// [`Values::insert`], making the memo only if the top-values table takes the
    /// value (a memo is a few dozen bytes to copy, for nothing once the table is full).
    #[inline]
    pub fn insert_with(&mut self, s: &str, h: u64, memo: impl FnOnce() -> M) {
        self.insert_as(s, h, None, memo);
    }

    /// [`Values::insert_with`] for an ISO date (`yyyy-mm-dd`, exactly as
    /// [`crate::cell::iso_date`] writes it) of day `day`: the same counts, with less
    /// memory touched per date (see [`Distinct::push_iso_date`]).
    #[inline]
    pub(crate) fn insert_iso_date_with(
        &mut self,
        s: &str,
        h: u64,
        day: i32,
        memo: impl FnOnce() -> M,
    ) {
        self.insert_as(s, h, Some(day), memo);
    }

    #[inline]
    fn insert_as(&mut self, s: &str, h: u64, day: Option<i32>, memo: impl FnOnce() -> M) {
        let counted = self.top.insert_with(s, h, memo);
        let push = |d: &mut Distinct| match day {
            Some(day) => d.push_iso_date(day, h),
            None => d.push_hash(h),
        };
        match &mut self.distinct {
            Some(d) => push(d),
            None if !counted => {
                // The values the top table holds are counted by their hashes: none of
                // them comes here again.
                let mut d = Distinct::default();
                for x in self.top.hashes() {
                    d.push_hash(x);
                }
                push(&mut d);
                self.distinct = Some(d);
            }
            None => {}
        }
    }

    /// The number of distinct values (exact when [`Values::is_exact`]).
    pub fn distinct(&self) -> u64 {
        self.distinct
            .as_ref()
            .map_or(self.top.len() as u64, Distinct::count)
    }

    /// Whether the distinct count is exact.
    pub fn is_exact(&self) -> bool {
        self.distinct.as_ref().is_none_or(Distinct::is_exact)
    }

    /// The `n` most frequent values (see [`Top::top`]).
    pub fn top(&self, n: usize) -> Vec<(String, u64)> {
        self.top.top(n)
    }

    /// Every value tracked for the top values (see [`Top::entries`]).
    pub fn entries(&self) -> impl Iterator<Item = (u64, &M, &str)> + '_ {
        self.top.entries()
    }
}

/// A uniform sample of numbers: reservoir sampling with Li's "Algorithm L" (the
/// generator is only asked when a value is to be kept, about `k · ln(n/k)` times for
/// `n` values, not once per value) and a fixed seed, so the same rows give the same
/// sample.
#[derive(Debug, Clone)]
pub struct Reservoir {
    seen: u64,
    state: u64,
    values: Vec<f64>,
    /// Algorithm L's `W`.
    w: f64,
    /// The number of the next value to keep (1-based).
    next_kept: u64,
}

impl Default for Reservoir {
    fn default() -> Self {
        Reservoir {
            seen: 0,
            state: 0x9e37_79b9_7f4a_7c15,
            values: Vec::new(),
            w: 1.0,
            next_kept: 0,
        }
    }
}

impl Reservoir {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1].
    fn unit(&mut self) -> f64 {
        ((self.next() >> 11) + 1) as f64 / (1u64 << 53) as f64
    }

    /// Draws the next `W` and the number of the next value to keep.
    fn plan(&mut self) {
        let k = RESERVOIR_SIZE as f64;
        self.w *= (self.unit().ln() / k).exp();
        let skip = (self.unit().ln() / (1.0 - self.w).ln()).floor();
        // A `W` so close to 1 that the skip is not finite: keep the very next value.
        let skip = if skip.is_finite() && skip >= 0.0 {
            skip.min(u64::MAX as f64 / 2.0) as u64
        } else {
            0
        };
        self.next_kept = self.seen.saturating_add(skip).saturating_add(1);
    }

    /// Adds a value.
    #[inline]
    pub fn push(&mut self, x: f64) {
        self.seen += 1;
        if self.values.len() < RESERVOIR_SIZE {
            self.values.push(x);
            if self.values.len() == RESERVOIR_SIZE {
                self.plan();
            }
        } else if self.seen == self.next_kept {
            let slot = (self.next() % RESERVOIR_SIZE as u64) as usize;
            if let Some(v) = self.values.get_mut(slot) {
                *v = x;
            }
            self.plan();
        }
    }

    /// Adds `x` `r` times: the same sample as `r` calls to [`Reservoir::push`], in
    /// time proportional to the values kept rather than to `r`.
    pub fn push_many(&mut self, x: f64, mut r: u64) {
        while r > 0 && self.values.len() < RESERVOIR_SIZE {
            self.push(x);
            r -= 1;
        }
        while r > 0 {
            // Values `seen + 1 ..= seen + r` are next; `next_kept` is kept.
            let until_kept = self.next_kept.saturating_sub(self.seen).max(1);
            if until_kept > r {
                self.seen += r;
                return;
            }
            self.seen += until_kept - 1;
            r -= until_kept;
            self.push(x);
        }
    }

    /// Sorted sample.
    pub fn sorted(&self) -> Vec<f64> {
        let mut v = self.values.clone();
        v.sort_by(f64::total_cmp);
        v
    }
}

/// The q-quantile (0..=1) of sorted values, by linear interpolation.
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let pos = q.clamp(0.0, 1.0) * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let frac = pos - lo as f64;
    Some(sorted[lo] + (sorted[hi] - sorted[lo]) * frac)
}

/// `bins` equal-width bins between `min` and `max`, counting the sample and scaling
/// to `total` values.
pub fn histogram(sorted: &[f64], min: f64, max: f64, total: u64, bins: usize) -> Vec<u64> {
    if sorted.is_empty() || bins == 0 {
        return Vec::new();
    }
    let mut counts = vec![0u64; bins];
    let width = (max - min) / bins as f64;
    for &x in sorted {
        let i = if width > 0.0 {
            (((x - min) / width) as usize).min(bins - 1)
        } else {
            0
        };
        counts[i] += 1;
    }
    let scale = total as f64 / sorted.len() as f64;
    counts
        .iter()
        .map(|c| (*c as f64 * scale).round() as u64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_top_values_keep_at_most_top_bytes_of_text() {
        let mut v: Values = Values::default();
        let long = "x".repeat(1000);
        for i in 0..1000 {
            let s = format!("{i:04}{long}");
            v.push(&s, hash64(&s));
        }
        // 1,004 bytes a value: 261 fit in TOP_BYTES; the rest are counted, not kept.
        assert_eq!(v.top.len(), TOP_BYTES / 1004);
        assert_eq!(v.distinct(), 1000);
        assert!(v.is_exact());
        // A value seen again that was kept still counts.
        let first = format!("0000{long}");
        assert!(v.repeat(hash64(&first)));
    }

    #[test]
    fn every_byte_counts_in_the_hash() {
        // Every string of up to 13 letters `a`/`b`: strings that differ in a single
        // byte the hash skipped would share a hash.
        let mut seen = HashSet::new();
        for len in 0..=13u32 {
            for bits in 0..(1u32 << len) {
                let s: String = (0..len)
                    .map(|i| if bits >> i & 1 == 1 { 'b' } else { 'a' })
                    .collect();
                assert!(seen.insert(hash64(&s)), "{s:?}");
            }
        }
        assert_ne!(hash64("Umeå"), hash64("Umea"));
        assert_ne!(hash64(""), hash64("\0"));
    }

    #[test]
    fn moments_match_the_textbook() {
        let mut w = Moments::default();
        for x in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0] {
            w.push(x);
        }
        assert_eq!(w.mean(), Some(5.0));
        assert!((w.std_dev().unwrap() - 2.138_089_935).abs() < 1e-6);
        // Large values with a small spread (the case naive sums of squares get wrong).
        let mut w = Moments::default();
        let small: Vec<f64> = (0..100_000).map(|i| f64::from(i % 7) * 0.1).collect();
        for &x in &small {
            w.push(1e9 + x);
        }
        // The reference, two passes over the small parts.
        let mean = small.iter().sum::<f64>() / small.len() as f64;
        let var = small.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (small.len() - 1) as f64;
        assert!((w.mean().unwrap() - (1e9 + mean)).abs() < 1e-6);
        assert!((w.std_dev().unwrap() - var.sqrt()).abs() < 1e-6 * var.sqrt());
        let one = Moments::default();
        assert_eq!((one.mean(), one.std_dev()), (None, None));
    }

    #[test]
    fn distinct_is_exact_then_close() {
        let mut d = Distinct::default();
        for i in 0..1000 {
            d.push_hash(hash64(&format!("v{}", i % 100)));
        }
        assert_eq!((d.count(), d.is_exact()), (100, true));
        let mut d = Distinct::default();
        for i in 0..100_000 {
            d.push_hash(hash64(&format!("v{i}")));
        }
        assert!(!d.is_exact());
        let err = (d.count() as f64 - 100_000.0).abs() / 100_000.0;
        assert!(err < 0.05, "{}", d.count());
    }

    #[test]
    fn the_hash_set_is_a_set() {
        // Hashes that share their low bits (long probe runs), 0, and repeats.
        // A multiplier that keeps few bits of these hashes: long probe runs.
        let mut ours = HashSet64 {
            mul: 1 << 40,
            ..HashSet64::default()
        };
        let mut std_set = HashSet::new();
        for i in 0..20_000u64 {
            let h = match i % 4 {
                0 => (i % 3000) << 20,
                1 => hash64(&format!("{}", i % 5000)),
                2 => 0,
                _ => i.wrapping_mul(0x9e37_79b9_7f4a_7c15),
            };
            assert_eq!(ours.insert(h), std_set.insert(h), "{h}");
            assert_eq!(ours.len, std_set.len());
        }
        let mut all: Vec<u64> = ours.iter().collect();
        all.sort_unstable();
        let mut expected: Vec<u64> = std_set.into_iter().collect();
        expected.sort_unstable();
        assert_eq!(all, expected);
        assert!(2 * ours.len <= ours.slots.len());
    }

    #[test]
    fn top_counts_in_a_crowded_table() {
        // With this multiplier, these hashes all land on one slot: counting still
        // tells them apart, through growth, in the order first seen.
        let mut t = Top {
            mul: 1 << 40,
            ..Top::default()
        };
        let mut expected: Vec<(u64, String)> = Vec::new();
        for round in 0..3u64 {
            for i in 0..1100u64 {
                let s = format!("v{i}");
                let h = (i << 32) | 5;
                if round == 0 {
                    let taken = t.push(&s, h);
                    assert_eq!(taken, i < TOP_CAPACITY as u64, "{i}");
                    if taken {
                        expected.push((1, s));
                    }
                } else if (i as usize) < TOP_CAPACITY && i % (round + 1) == 0 {
                    assert!(t.push(&s, h));
                    expected[i as usize].0 += 1;
                }
            }
        }
        let got: Vec<(u64, String)> = t.entries().map(|(c, _, k)| (c, k.to_owned())).collect();
        assert_eq!(got, expected);
        let mut hashes: Vec<u64> = t.hashes().collect();
        hashes.sort_unstable();
        assert_eq!(
            hashes,
            (0..TOP_CAPACITY as u64)
                .map(|i| (i << 32) | 5)
                .collect::<Vec<_>>()
        );
        assert!(!t.repeat((5000 << 32) | 5));
    }

    #[test]
    fn dates_counted_by_their_day_count_as_by_their_hash() {
        // Dates over 60 years (more than the day blocks hold), repeated, mixed with
        // other values: every count, exact and estimated, is the one hashes give.
        let mut state = 11u64;
        let mut by_day: Values = Values::default();
        let mut by_hash: Values = Values::default();
        let base = crate::cell::days_from_civil(1990, 1, 1);
        for i in 0..30_000u32 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let r = (state >> 33) as i32;
            let (text, day) = if i % 3 == 0 {
                (format!("v{}", r % 2000), None)
            } else {
                // Few distinct days at first, then more and more.
                let span = 1 + (i as i32) * 2;
                let day = base + r % span.min(60 * 365) - span.min(60 * 365) / 3;
                (crate::cell::iso_date(day), Some(day))
            };
            let h = hash64(&text);
            if !by_day.repeat(h) {
                match day {
                    Some(d) => by_day.insert_iso_date_with(&text, h, d, || ()),
                    None => by_day.insert(&text, h, ()),
                }
            }
            by_hash.push(&text, h);
            if i % 97 == 0 || i == 29_999 {
                assert_eq!(by_day.distinct(), by_hash.distinct(), "{i}");
                assert_eq!(by_day.is_exact(), by_hash.is_exact(), "{i}");
            }
        }
        assert!(!by_day.is_exact());
        // Only dates, within the blocks and past them, exactly.
        let (mut d1, mut d2) = (Distinct::default(), Distinct::default());
        for k in 0..4000 {
            let day = base + (k * 7919) % (40 * 365);
            d1.push_iso_date(day, hash64(&crate::cell::iso_date(day)));
            d2.push_hash(hash64(&crate::cell::iso_date(day)));
        }
        assert!(d1.is_exact());
        assert_eq!(d1.count(), d2.count());
        assert!(d1.days.blocks.len() == DAY_BLOCKS && d1.exact.is_some());
    }

    #[test]
    fn the_top_values_are_those_of_a_full_sort() {
        // Many ties in count (the order then goes by text), more values than the table.
        let mut t = Top::default();
        let mut state = 7u64;
        for _ in 0..20_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let s = format!("v{}", (state >> 33) % 1500);
            t.push(&s, hash64(&s));
        }
        let mut all: Vec<(String, u64)> = t.entries().map(|(c, _, k)| (k.to_owned(), c)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        for n in [0, 1, 5, 1023, 1024, 2000] {
            assert_eq!(t.top(n), all[..n.min(all.len())].to_vec(), "{n}");
        }
    }

    #[test]
    fn top_values_find_the_heavy_hitters() {
        let mut t = Top::default();
        for i in 0..10_000 {
            let other = format!("x{i}");
            let v = if i % 3 == 0 { "Umeå" } else { &other };
            t.push(v, hash64(v));
            if i % 5 == 0 {
                t.push("Skellefteå", hash64("Skellefteå"));
            }
        }
        let top = t.top(2);
        assert_eq!(top[0].0, "Umeå");
        assert_eq!(top[1].0, "Skellefteå");
    }

    #[test]
    fn values_count_distinct_exactly_then_hand_over() {
        let mut v = Values::default();
        for i in 0..10_000 {
            let s = format!("k{}", i % 300);
            v.push(&s, hash64(&s));
        }
        assert_eq!((v.distinct(), v.is_exact()), (300, true));
        assert_eq!(v.top(1)[0].1, 34);
        // Past the top table, still exact up to the distinct cap, then estimated.
        let mut v = Values::default();
        for i in 0..3000 {
            let s = format!("v{i}");
            v.push(&s, hash64(&s));
            v.push(&s, hash64(&s));
        }
        assert_eq!((v.distinct(), v.is_exact()), (3000, true));
        let mut v = Values::default();
        for i in 0..100_000 {
            let s = format!("v{i}");
            v.push(&s, hash64(&s));
        }
        assert!(!v.is_exact());
        let err = (v.distinct() as f64 - 100_000.0).abs() / 100_000.0;
        assert!(err < 0.05, "{}", v.distinct());
    }

    #[test]
    fn quantiles_and_histogram() {
        let mut r = Reservoir::default();
        for i in 0..=100 {
            r.push(f64::from(i));
        }
        let s = r.sorted();
        assert_eq!(quantile(&s, 0.5), Some(50.0));
        assert_eq!(quantile(&s, 0.25), Some(25.0));
        assert_eq!(histogram(&s, 0.0, 100.0, 101, 4), vec![25, 25, 25, 26]);
    }

    #[test]
    fn many_at_once_is_the_same_as_one_at_a_time() {
        let (mut one, mut many) = (Reservoir::default(), Reservoir::default());
        let (mut w1, mut wm) = (Moments::default(), Moments::default());
        for i in 0..20_000u64 {
            let (x, r) = (i as f64 * 0.5, i % 7);
            for _ in 0..r {
                one.push(x);
                w1.push(x);
            }
            many.push_many(x, r);
            wm.push_many(x, r);
        }
        assert_eq!(one.seen, many.seen);
        assert_eq!(one.sorted(), many.sorted());
        let close = |a: Option<f64>, b: Option<f64>| {
            let (a, b) = (a.unwrap(), b.unwrap());
            (a - b).abs() <= 1e-9 * a.abs().max(1.0)
        };
        assert!(
            close(w1.mean(), wm.mean()),
            "{:?} {:?}",
            w1.mean(),
            wm.mean()
        );
        assert!(close(w1.std_dev(), wm.std_dev()));
        assert_eq!(w1.n, wm.n);
    }

    #[test]
    fn the_reservoir_samples_a_long_stream_evenly() {
        // 0..n in order: a sample that favoured early or late values would show in
        // its quartiles.
        let n = 1_000_000;
        let mut r = Reservoir::default();
        for i in 0..n {
            r.push(f64::from(i));
        }
        let s = r.sorted();
        assert_eq!(s.len(), RESERVOIR_SIZE);
        for q in [0.1, 0.25, 0.5, 0.75, 0.9] {
            let got = quantile(&s, q).unwrap() / f64::from(n);
            assert!((got - q).abs() < 0.03, "quantile {q}: {got}");
        }
        // The same stream gives the same sample.
        let mut again = Reservoir::default();
        for i in 0..n {
            again.push(f64::from(i));
        }
        assert_eq!(again.sorted(), s);
    }
}
