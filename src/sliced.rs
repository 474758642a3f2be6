//! Long work done in slices on the page's clock, so that between slices the page answers,
//! paints how far the work is and can be told to stop (a workbook of 100,000 rows is a second
//! or more of work: in one task the tab froze).

use std::cell::Cell;
use std::ops::ControlFlow;
use std::rc::Rc;

use crate::timing::{now_ms, yield_to_browser};

/// Work between two looks at the page: well under the 50 ms at which a task counts as long.
const SLICE_MS: f64 = 20.0;

/// Whether the user asked the work to stop; the work and its stop button share one.
#[derive(Clone, Default)]
pub struct Cancel(Rc<Cell<bool>>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.set(true);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.get()
    }
}

/// Runs `slice` (which works while the check it is given says so) until it breaks with its
/// result; after each slice `progress` is told how far it continued (thousandths) and the
/// browser handles input and paints. `None` once `cancel` is set.
pub async fn in_slices<T>(
    mut slice: impl FnMut(&mut dyn FnMut() -> bool) -> ControlFlow<T, u32>,
    progress: impl Fn(u32),
    cancel: &Cancel,
) -> Option<T> {
    loop {
        let deadline = now_ms() + SLICE_MS;
        match slice(&mut || now_ms() < deadline) {
            ControlFlow::Break(done) => return Some(done),
            ControlFlow::Continue(per_mille) => progress(per_mille),
        }
        yield_to_browser().await;
        if cancel.is_cancelled() {
            return None;
        }
    }
}
