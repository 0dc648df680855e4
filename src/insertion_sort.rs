//! A stable sort for the short lists the core orders: findings, a day's
//! blockers, holiday tables that arrive already sorted.
//!
//! `slice::sort_by_key` is the better algorithm for long lists, but every
//! element type brings its own copy of it (driftsort and its small-sort
//! networks: 20 KB of wasm for the five lists here). These lists hold tens
//! of items, where insertion sort is as fast, and its code is a few dozen
//! bytes per type.

/// Sorts `items` by `key`, keeping equal items in their order (stable).
/// Linear on sorted input, quadratic at worst: meant for short lists.
///
/// # Example
/// ```
/// use refresh_request::insertion_sort::sort_by_key;
/// let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
/// sort_by_key(&mut v, |p| p.0);
/// assert_eq!(v, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
/// ```
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        // Strictly greater: an equal item never moves past another (stability).
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same order as the standard library's stable sort, ties included.
        #[test]
        fn matches_std_stable_sort(mut v in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)) {
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            prop_assert_eq!(v, expected);
        }
    }

    #[test]
    fn empty_and_single() {
        let mut none: [u8; 0] = [];
        sort_by_key(&mut none, |&x| x);
        let mut one = [7];
        sort_by_key(&mut one, |&x| x);
        assert_eq!(one, [7]);
    }
}
