//! One stable sort for every list the product sorts. The standard library's
//! sort is generated anew for each element type and order (several KB of
//! wasm each, about 36 KB in the share-link bundle); here only a short
//! wrapper is, and the merge sort itself exists once. Still O(n log n), so a
//! hostile pack's long lists stay cheap.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their order (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v = &*v;
        sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]))
    };
    // Where each element goes, then each cycle of that permutation swapped into place.
    let mut dest = vec![0; order.len()];
    for (to, &from) in order.iter().enumerate() {
        dest[from] = to;
    }
    for i in 0..v.len() {
        while dest[i] != i {
            let j = dest[i];
            v.swap(i, j);
            dest.swap(i, j);
        }
    }
}

/// Sorts `v` by the key `key` gives (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order (as `slice::sort`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// `0..n` in the order `cmp` gives the indices: a bottom-up merge sort,
/// stable (on a tie the earlier index goes first).
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut b[start..end] {
                let left = i < mid && (j >= end || cmp(a[i], a[j]) != Ordering::Greater);
                if left {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn a_long_list_is_sorted_in_n_log_n_comparisons() {
        let n = 100_000usize;
        let mut v: Vec<usize> = (0..n).rev().collect();
        let count = std::cell::Cell::new(0u64);
        sort_by(&mut v, |a, b| {
            count.set(count.get() + 1);
            a.cmp(b)
        });
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
        // ⌈log2 n⌉ = 17 passes, each at most n comparisons.
        assert!(count.get() <= 17 * n as u64, "{} comparisons", count.get());
    }
}
