//! A port of CPython 3.14's list sort (`Objects/listobject.c`: `list_sort_impl` and helpers,
//! described in `Objects/listsort.txt`): timsort with powersort merge ordering.
//!
//! Python programs observe comparisons (a `__lt__` that prints, counts or raises), so this is a
//! faithful port: for any input, and even for an inconsistent `<`, the sequence of `lt(a, b)`
//! calls (which items, in which order, with which argument order) is exactly CPython's, and so
//! is the permutation left behind when a comparison fails. Rust's `sort_by` may panic when the
//! comparison is not a total order and cannot propagate errors; this sort does neither.
//!
//! Positions are indices into the slice (no raw pointers); where CPython moves pointers, this moves
//! clones (items are refcounted handles). Slots CPython leaves as "holes" during a merge hold
//! stale clones here, which are always overwritten before the merge returns.

use crate::runtime::errors::PyResult;

/// When galloping, stay there until both runs win less often than this many times in a row.
const MIN_GALLOP: usize = 7;

/// The largest minrun (a power of 2); runs shorter than the minrun are extended by binary
/// insertion.
const MAX_MINRUN: usize = 64;

/// Sort `items` stably by `lt`, exactly like CPython's `list.sort()` (without `key`/`reverse`,
/// which are the caller's business). Stops at the first error; `items` is then some
/// permutation of its input (the same one CPython leaves).
pub fn merge_sort<T: Clone>(
    items: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    list_sort(items, lt)
}

/// The sort itself, generic over the error type (see [`merge_sort`]).
pub fn list_sort<T: Clone, E>(
    items: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState::new(n, lt);
    let minrun = merge_compute_minrun(n);
    let mut lo = 0;
    let mut nremaining = n;
    // March over the array once, left to right, finding natural runs, and extending short
    // natural runs to minrun elements.
    loop {
        // Identify the next run.
        let mut run = count_run(ms.lt, items, lo, nremaining)?;
        // If short, extend to min(minrun, nremaining).
        if run < minrun {
            let force = nremaining.min(minrun);
            binarysort(ms.lt, &mut items[lo..lo + force], run)?;
            run = force;
        }
        // Maybe merge pending runs, then push the new one.
        ms.found_new_run(items, run)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        nremaining -= run;
        if nremaining == 0 {
            break;
        }
    }
    ms.merge_force_collapse(items)
}

/// A pending run: `items[base..base + len]`, with its powersort "power" (depth in the
/// conceptual merge tree).
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, T, E> {
    lt: &'a mut dyn FnMut(&T, &T) -> Result<bool, E>,
    /// Controls when we get *into* galloping mode; adapted by `merge_lo` and `merge_hi`.
    min_gallop: usize,
    /// Length of the whole list.
    listlen: usize,
    /// Temp storage for merges.
    tmp: Vec<T>,
    /// The stack of pending runs; `pending[i].base + pending[i].len == pending[i + 1].base`.
    pending: Vec<Run>,
}

impl<'a, T: Clone, E> MergeState<'a, T, E> {
    fn new(listlen: usize, lt: &'a mut dyn FnMut(&T, &T) -> Result<bool, E>) -> Self {
        MergeState {
            lt,
            min_gallop: MIN_GALLOP,
            listlen,
            tmp: Vec::new(),
            pending: Vec::new(),
        }
    }

    /// The next run (of length `n2`) has been identified: merge runs on the stack whose power
    /// is greater than that of the topmost run. The caller pushes the new run afterwards.
    fn found_new_run(&mut self, items: &mut [T], n2: usize) -> Result<(), E> {
        let Some(top) = self.pending.last() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(items, self.pending.len() - 2)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// Merge all runs on the stack until only one remains.
    fn merge_force_collapse(&mut self, items: &mut [T]) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(items, n)?;
        }
        Ok(())
    }

    /// Merge the two runs at stack indices `i` and `i + 1`.
    fn merge_at(&mut self, items: &mut [T], i: usize) -> Result<(), E> {
        let Run {
            base: mut base_a,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: base_b,
            len: nb,
            ..
        } = self.pending[i + 1];
        // Record the length of the combined runs; the run i + 1 goes away (sliding over the
        // last run if i is the third-last).
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);

        // Where does b start in a? Elements in a before that are already in place.
        let k = gallop_right(self.lt, &items[base_b], &items[base_a..base_a + na], 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Elements in b after that are already in place.
        let nb = gallop_left(
            self.lt,
            &items[base_a + na - 1],
            &items[base_b..base_b + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        // Merge what remains, using temp storage of min(na, nb) elements.
        if na <= nb {
            self.merge_lo(items, base_a, na, nb)
        } else {
            self.merge_hi(items, base_a, na, nb)
        }
    }

    /// Merge the `na` items at `pa` with the `nb` items following them, in place and stably.
    /// Requires `na > 0`, `nb > 0`, that the last item of a belongs at the end of the merge
    /// and the first of b at the start, and should have `na <= nb`.
    fn merge_lo(
        &mut self,
        items: &mut [T],
        pa: usize,
        mut na: usize,
        mut nb: usize,
    ) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&items[pa..pa + na]);
        let tmp = &self.tmp;
        let lt = &mut *self.lt;
        // Invariant: `dest + na == ssb`; `items[dest..ssb]` are holes, a's remaining items are
        // `tmp[ssa..ssa + na]` and b's are `items[ssb..ssb + nb]`.
        let mut dest = pa;
        let mut ssa = 0;
        let mut ssb = pa + na;

        items[dest] = items[ssb].clone();
        dest += 1;
        ssb += 1;
        nb -= 1;

        // `Ok(true)`: copy the last item of a after the rest of b ("CopyB"); `Ok(false)`: done,
        // with a's leftovers (if any) still to be copied into the hole; `Err`: likewise.
        let outcome: Result<bool, E> = 'merge: {
            if nb == 0 {
                break 'merge Ok(false);
            }
            if na == 1 {
                break 'merge Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0; // # of times a won in a row
                let mut bcount = 0; // # of times b won in a row
                                    // Do the straightforward thing until (if ever) one run appears to win
                                    // consistently.
                loop {
                    match lt(&items[ssb], &tmp[ssa]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            items[dest] = items[ssb].clone();
                            dest += 1;
                            ssb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(false);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            items[dest] = tmp[ssa].clone();
                            dest += 1;
                            ssa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Ok(true);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // One run is winning so consistently that galloping may be a huge win. Continue
                // galloping until (if ever) neither run appears to be winning consistently.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, &items[ssb], &tmp[ssa..ssa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        items[dest..dest + k].clone_from_slice(&tmp[ssa..ssa + k]);
                        dest += k;
                        ssa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(true);
                        }
                        // na == 0 is impossible for a consistent `<`, but can't be assumed.
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    items[dest] = items[ssb].clone();
                    dest += 1;
                    ssb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(false);
                    }

                    let k = match gallop_left(lt, &tmp[ssa], &items[ssb..ssb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        move_within(items, ssb, dest, k);
                        dest += k;
                        ssb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    items[dest] = tmp[ssa].clone();
                    dest += 1;
                    ssa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1; // penalize it for leaving galloping mode
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(true) => {
                // na == 1: the last item of a belongs at the end of the merge.
                move_within(items, ssb, dest, nb);
                items[dest + nb] = tmp[ssa].clone();
                Ok(())
            }
            Ok(false) => {
                items[dest..dest + na].clone_from_slice(&tmp[ssa..ssa + na]);
                Ok(())
            }
            Err(e) => {
                items[dest..dest + na].clone_from_slice(&tmp[ssa..ssa + na]);
                Err(e)
            }
        }
    }

    /// Merge the `na` items at `pa` with the `nb` items following them, in place and stably,
    /// from the right. Same requirements as [`Self::merge_lo`], but should have `na >= nb`.
    fn merge_hi(
        &mut self,
        items: &mut [T],
        pa: usize,
        mut na: usize,
        mut nb: usize,
    ) -> Result<(), E> {
        let pb = pa + na;
        self.tmp.clear();
        self.tmp.extend_from_slice(&items[pb..pb + nb]);
        let tmp = &self.tmp;
        let lt = &mut *self.lt;
        // Positions are derived from the counts (so nothing goes below `pa`):
        // a's remaining items are `items[pa..pa + na]`, b's are `tmp[..nb]`, and the next slot
        // to fill (from the right) is `pa + na + nb - 1`; `items[pa + na..pa + na + nb]` are holes.

        items[pa + na + nb - 1] = items[pa + na - 1].clone();
        na -= 1;

        // `Ok(true)`: copy the first item of b before the rest of a ("CopyA"); `Ok(false)`:
        // done, with b's leftovers (if any) still to be copied into the hole; `Err`: likewise.
        let outcome: Result<bool, E> = 'merge: {
            if na == 0 {
                break 'merge Ok(false);
            }
            if nb == 1 {
                break 'merge Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0; // # of times a won in a row
                let mut bcount = 0; // # of times b won in a row
                loop {
                    match lt(&tmp[nb - 1], &items[pa + na - 1]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            items[pa + na + nb - 1] = items[pa + na - 1].clone();
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(false);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            items[pa + na + nb - 1] = tmp[nb - 1].clone();
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Ok(true);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(lt, &tmp[nb - 1], &items[pa..pa + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        // Slide a's last k items right, over the hole, by nb.
                        let src = pa + na - k;
                        move_within(items, src, src + nb, k);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    items[pa + na + nb - 1] = tmp[nb - 1].clone();
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(true);
                    }

                    let k = match gallop_left(lt, &items[pa + na - 1], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        let dst = pa + na + nb - k;
                        items[dst..dst + k].clone_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(true);
                        }
                        // nb == 0 is impossible for a consistent `<`, but can't be assumed.
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    items[pa + na + nb - 1] = items[pa + na - 1].clone();
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1; // penalize it for leaving galloping mode
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(true) => {
                // nb == 1: the first item of b belongs at the front of the merge.
                move_within(items, pa, pa + 1, na);
                items[pa] = tmp[0].clone();
                Ok(())
            }
            Ok(false) => {
                items[pa + na..pa + na + nb].clone_from_slice(&tmp[..nb]);
                Ok(())
            }
            Err(e) => {
                items[pa + na..pa + na + nb].clone_from_slice(&tmp[..nb]);
                Err(e)
            }
        }
    }
}

/// The minimum run length for a list of `n` items: natural runs shorter than this are extended
/// by binary insertion. If `n < MAX_MINRUN`, `n`; if `n` is a power of 2, `MAX_MINRUN / 2`;
/// else a `k` in `MAX_MINRUN / 2..=MAX_MINRUN` such that `n / k` is close to, but strictly less
/// than, a power of 2. (This is 3.14's `merge_compute_minrun`, computed once per sort; the
/// balanced `minrun_next` scheme of later CPython is not in 3.14.2, which splits 300 items
/// into runs of 38.)
fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0; // becomes 1 if any 1 bits are shifted off
    while n >= MAX_MINRUN {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `memmove` of `n` items from `items[src..]` to `items[dst..]` (by cloning).
fn move_within<T: Clone>(items: &mut [T], src: usize, dst: usize, n: usize) {
    if dst < src {
        for j in 0..n {
            items[dst + j] = items[src + j].clone();
        }
    } else if dst > src {
        for j in (0..n).rev() {
            items[dst + j] = items[src + j].clone();
        }
    }
}

/// The power of the run `[s1, s1 + n1)` followed by a run of length `n2`, in a list of length
/// `n`: the first bit where the binary expansions of the two runs' midpoints (divided by `n`)
/// differ. See `listsort.txt`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    // 2 * midpoint of each run; at most 2 * n, which cannot overflow.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    // Emulate a/n and b/n one bit at a time, until the bits differ. (Bounded: for valid
    // runs a < b <= 2n, so this ends within about log2(n) + 1 rounds.)
    while result < usize::BITS + 2 {
        result += 1;
        if a >= n {
            // Both quotient bits are 1.
            a -= n;
            b = b.saturating_sub(n);
        } else if b >= n {
            // a/n bit is 0, b/n bit is 1.
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Sort `a` by stable binary insertion, given that `a[..ok]` is already sorted.
/// On error, `a` is still a permutation of its input.
fn binarysort<T, E>(
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    a: &mut [T],
    ok: usize,
) -> Result<(), E> {
    let n = a.len();
    for ok in ok.max(1)..n {
        // Find where a[ok] belongs: all a[..l] <= pivot, all a[r..ok] > pivot.
        let mut l = 0;
        let mut r = ok;
        loop {
            let m = (l + r) >> 1;
            if lt(&a[ok], &a[m])? {
                r = m;
            } else {
                l = m + 1;
            }
            if l >= r {
                break;
            }
        }
        // Slide a[l..ok] right one slot and put the pivot at l.
        a[l..=ok].rotate_right(1);
    }
    Ok(())
}

/// The length of the run starting at `items[lo]`, spanning at most `nremaining` (> 0) items.
/// A descending run is reversed in place (all-equal stretches keep their order), and then
/// possibly extended by a following ascending stretch; the run is ascending on return.
fn count_run<T, E>(
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    items: &mut [T],
    lo: usize,
    nremaining: usize,
) -> Result<usize, E> {
    let a = &mut items[lo..lo + nremaining];
    // Try an ascending run first.
    let mut n = 1;
    while n < nremaining {
        if lt(&a[n], &a[n - 1])? {
            break;
        }
        n += 1;
    }
    if n == nremaining {
        return Ok(n);
    }
    // a[n] is strictly less than a[n - 1]. If n > 1 and a[0] < a[n - 1], the run increased
    // somewhere, so it's ascending and done. Otherwise the ascending prefix is all equal: it
    // starts a descending run, and is reversed in place.
    if n > 1 {
        if lt(&a[0], &a[n - 1])? {
            return Ok(n);
        }
        a[..n].reverse();
    }
    n += 1;
    // Finish the descending run, reversing all-equal stretches on the fly (the final reversal
    // of the whole run restores their order).
    let mut neq = 0;
    while n < nremaining {
        if lt(&a[n], &a[n - 1])? {
            // Ends the most recent stretch of equal items; still descending.
            if neq > 0 {
                a[n - neq - 1..n].reverse();
                neq = 0;
            }
        } else if lt(&a[n - 1], &a[n])? {
            // The descending run is over.
            break;
        } else {
            // Neither is less: equal.
            neq += 1;
        }
        n += 1;
    }
    if neq > 0 {
        a[n - neq - 1..n].reverse();
    }
    a[..n].reverse();
    // It may be extended by a naturally increasing suffix: [3, 2, 3, 4, 1] makes an ascending
    // run of the first 4 items.
    while n < nremaining {
        if lt(&a[n], &a[n - 1])? {
            break;
        }
        n += 1;
    }
    Ok(n)
}

/// Where `key` belongs in the sorted `a` (non-empty), searching from `hint < a.len()`: the `k`
/// with `a[k - 1] < key <= a[k]` (left of any equal items).
fn gallop_left<T, E>(
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    key: &T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let mut lastofs = 0;
    let mut ofs = 1;
    // Find lo < hi with a[lo - 1] < key <= a[hi] (pretending a[-1] is -inf, a[n] is +inf).
    let (mut lo, mut hi);
    if lt(&a[hint], key)? {
        // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    }
    // Binary search, with invariant a[lo - 1] < key <= a[hi].
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Like [`gallop_left`], but right of any equal items: the `k` with `a[k - 1] <= key < a[k]`.
fn gallop_right<T, E>(
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    key: &T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let mut lastofs = 0;
    let mut ofs = 1;
    let (mut lo, mut hi);
    if lt(key, &a[hint])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    } else {
        // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    }
    // Binary search, with invariant a[lo - 1] <= key < a[hi].
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

#[cfg(test)]
mod tests;
