//! An exact 0/1 knapsack with one budget per year (a multidimensional knapsack): maximise the
//! summed value of the chosen items within every year's room. Branch and bound in whole euros:
//! items by value, and at each node the bound is the smallest fractional (LP) bound over the
//! years, each a relaxation of the whole problem, so no branch that could hold the optimum is cut.

/// One item: its value and its cost per year (aligned with the rooms).
pub struct Item {
    pub value: f64,
    pub cost: Vec<i64>,
}

/// The optimum as item indices in ascending order, or `None` if `max_nodes` nodes did not
/// suffice to prove it (the caller then says so and falls back).
pub fn solve(items: &[Item], room: &[i64], max_nodes: u64) -> Option<Vec<usize>> {
    let fits = |i: &Item| i.cost.iter().zip(room).all(|(c, r)| c <= r) && i.value > 0.0;
    let mut order: Vec<usize> = (0..items.len()).filter(|&i| fits(&items[i])).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        items[b].value.total_cmp(&items[a].value).then(a.cmp(&b))
    });
    // Per year, the items by value per euro of that year, for the fractional bound.
    let by_ratio: Vec<Vec<usize>> = (0..room.len())
        .map(|y| {
            let mut v = order.clone();
            let ratio = |i: usize| match items[i].cost[y] {
                0 => f64::INFINITY,
                c => items[i].value / c as f64,
            };
            crate::order::sort_by(&mut v, |&a, &b| ratio(b).total_cmp(&ratio(a)).then(a.cmp(&b)));
            v
        })
        .collect();
    let mut search = Search {
        items,
        order: &order,
        by_ratio: &by_ratio,
        best_value: 0.0,
        best: Vec::new(),
        chosen: Vec::new(),
        decided: vec![false; items.len()],
        nodes: 0,
        max_nodes,
    };
    let complete = search.branch(0, 0.0, room.to_vec());
    if !complete {
        return None;
    }
    let mut best = search.best;
    crate::order::sort(&mut best);
    Some(best)
}

struct Search<'a> {
    items: &'a [Item],
    order: &'a [usize],
    by_ratio: &'a [Vec<usize>],
    best_value: f64,
    best: Vec<usize>,
    chosen: Vec<usize>,
    /// Items already taken or left out on the current path.
    decided: Vec<bool>,
    nodes: u64,
    max_nodes: u64,
}

impl Search<'_> {
    /// The smallest over the years of the fractional bound of the undecided items.
    fn bound(&self, left: &[i64]) -> f64 {
        let mut bound = f64::INFINITY;
        for (y, ranked) in self.by_ratio.iter().enumerate() {
            let mut room = left[y] as f64;
            let mut total = 0.0;
            for &i in ranked.iter().filter(|&&i| !self.decided[i]) {
                let cost = self.items[i].cost[y] as f64;
                if cost <= room {
                    room -= cost;
                    total += self.items[i].value;
                } else {
                    total += self.items[i].value * room / cost;
                    break;
                }
            }
            bound = bound.min(total);
        }
        bound
    }

    /// False if the node budget ran out before the search was complete.
    fn branch(&mut self, depth: usize, value: f64, left: Vec<i64>) -> bool {
        self.nodes += 1;
        if self.nodes > self.max_nodes {
            return false;
        }
        if value > self.best_value + 1e-12 {
            self.best_value = value;
            self.best = self.chosen.clone();
        }
        let Some(&i) = self.order.get(depth) else {
            return true;
        };
        if value + self.bound(&left) <= self.best_value + 1e-12 {
            return true;
        }
        self.decided[i] = true;
        let item = &self.items[i];
        let mut complete = true;
        if item.cost.iter().zip(&left).all(|(c, r)| c <= r) {
            let after: Vec<i64> = left.iter().zip(&item.cost).map(|(r, c)| r - c).collect();
            self.chosen.push(i);
            complete = self.branch(depth + 1, value + item.value, after);
            self.chosen.pop();
        }
        complete = complete && self.branch(depth + 1, value, left);
        self.decided[i] = false;
        complete
    }
}
