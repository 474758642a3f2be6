//! One stable sort and one way to build ordered maps and sets, for the whole app.
//!
//! The standard library's sort is compiled anew for every element type and every comparison
//! closure, about 2.7 KB of wasm each; `BTreeMap` and `BTreeSet` built with `collect()` sort
//! too. At the start of issue 25 that was 94 copies and 143 KB of the wasm (docs/benchmarks-log.md).
//! Here the one compiled sort orders positions, with the comparison behind a `dyn`, and the
//! items are then moved into that order; maps and sets are filled by insertion. For the lists
//! the views sort (a few hundred items) the indirection costs nothing measurable. The
//! sensitivity analysis's inner loop (`selection::draw`) keeps its own sorts.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` by `compare`, stably: equal items keep their order, as with `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives, stably, as `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order, stably, as `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// An ordered map of `pairs`; of equal keys the last pair's value stays, as with `collect()`.
pub fn map_from<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (key, value) in pairs {
        map.insert(key, value);
    }
    map
}

/// An ordered set of `items`, as with `collect()`.
pub fn set_from<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
}

/// The positions `0..len` in stable order by `compare`: the one place the sort is compiled.
#[inline(never)]
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Puts `items[order[i]]` at `i`, following each cycle of the permutation once.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same result as the standard library's stable sort, ties included.
        #[test]
        fn sorts_as_the_standard_library_does(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            let mut theirs = items;
            sort_by_key(&mut ours, |&(key, _)| key);
            theirs.sort_by_key(|&(key, _)| key);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn maps_and_sets_equal_collect(pairs in proptest::collection::vec((0u8..20, any::<u16>()), 0..100)) {
            prop_assert_eq!(map_from(pairs.clone()), pairs.iter().copied().collect::<BTreeMap<_, _>>());
            prop_assert_eq!(set_from(pairs.clone()), pairs.into_iter().collect::<BTreeSet<_>>());
        }
    }

    #[test]
    fn a_reversed_list_and_an_empty_one() {
        let mut items: Vec<u32> = (0..10).rev().collect();
        sort(&mut items);
        assert_eq!(items, (0..10).collect::<Vec<_>>());
        let mut none: Vec<u32> = vec![];
        sort(&mut none);
        assert!(none.is_empty());
    }
}
