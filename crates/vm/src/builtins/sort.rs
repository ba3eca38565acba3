//! A stable merge sort driven by a fallible `<` (Python's sort only uses `<`).
//!
//! Rust's `sort_by` may panic when the comparison is not a total order (NaN, user `__lt__`),
//! and cannot propagate errors; this sort does neither.

use crate::errors::PyResult;

/// Sort `items` stably by `lt`, stopping at the first error.
pub fn merge_sort<T: Clone>(
    items: &mut Vec<T>,
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for small runs, then bottom-up merges.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && lt(&items[j], &items[j - 1])? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    // Take from the right only when strictly less: stability.
                    if lt(&items[j], &items[i])? {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&items[i..mid]);
                buf.extend_from_slice(&items[j..hi]);
                items[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(i32, i32)> = (0..100).map(|i| ((i * 37) % 10, i)).collect();
        merge_sort(&mut v, &mut |a, b| Ok(a.0 < b.0)).unwrap();
        for w in v.windows(2) {
            assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
        }
    }

    #[test]
    fn inconsistent_order_does_not_panic() {
        let mut v: Vec<f64> = vec![f64::NAN, 3.0, 1.0, f64::NAN, 2.0];
        merge_sort(&mut v, &mut |a, b| Ok(a < b)).unwrap();
    }
}
