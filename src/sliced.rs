//! Long work done in slices on the page's clock, so that between slices the page answers,
//! paints how far the work is and can be told to stop (a workbook of 100,000 rows is a second
//! or more of work: in one task the tab froze).

use std::cell::{Cell, RefCell};
use std::ops::ControlFlow;
use std::rc::Rc;

use beleidsagenda_model::sheet::xlsx_read::{ReadWorkbook, XlsxError, XlsxReading};

use yew::prelude::*;

use crate::timing::{now_ms, yield_to_browser};

/// Work between two looks at the page: well under the 50 ms at which a task counts as long.
const SLICE_MS: f64 = 20.0;

/// Whether the work is to stop: the user stopped it (or left the page), or another file took
/// its place. The work and its stop button share one.
#[derive(Clone, Default)]
pub struct Cancel(Rc<Cell<Stop>>);

#[derive(Clone, Copy, Default, PartialEq)]
enum Stop {
    #[default]
    No,
    Stopped,
    Superseded,
}

impl Cancel {
    /// Stopped by the user, or by leaving the page: said where it is still seen.
    pub fn cancel(&self) {
        if self.0.get() == Stop::No {
            self.0.set(Stop::Stopped);
        }
    }

    /// Another file was chosen: this work ends without a word (the new one speaks).
    pub fn supersede(&self) {
        self.0.set(Stop::Superseded);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.get() != Stop::No
    }

    pub fn is_superseded(&self) -> bool {
        self.0.get() == Stop::Superseded
    }
}

/// The reading under way at one file field, if any.
#[derive(Clone)]
pub struct Readings(Rc<RefCell<Cancel>>);

impl Readings {
    /// Another file was chosen: the reading under way ends without a word (the last choice
    /// counts, and speaks for itself).
    pub fn supersede(&self) {
        self.0.borrow().supersede();
    }

    /// A new reading; the one under way, if any, is superseded.
    pub fn begin(&self) -> Cancel {
        let next = Cancel::default();
        std::mem::replace(&mut *self.0.borrow_mut(), next.clone()).supersede();
        next
    }

    /// The stop button: the reading under way stops, and focus goes to the file field
    /// `input_id`, where another file is chosen (the button goes away with the reading).
    pub fn stop_button(&self, input_id: &'static str) -> Callback<MouseEvent> {
        let current = Rc::clone(&self.0);
        Callback::from(move |_: MouseEvent| {
            current.borrow().cancel();
            crate::dom::focus_by_id(input_id);
        })
    }
}

/// The readings of one file field. Leaving the page stops one under way: nothing changes where
/// nobody sees it.
#[hook]
pub fn use_readings() -> Readings {
    let current = use_mut_ref(Cancel::default);
    {
        let current = Rc::clone(&current);
        use_effect_with((), move |_| move || current.borrow().cancel());
    }
    Readings(current)
}

/// Runs `slice` (which works while the check it is given says so) until it breaks with its
/// result; between slices the browser handles input and paints, and `progress` is told how far
/// the work continued (thousandths) whenever the whole percent changes — a bar drawn again
/// after every slice would cost more than it shows. `None` once `cancel` is set.
pub async fn in_slices<T>(
    mut slice: impl FnMut(&mut dyn FnMut() -> bool) -> ControlFlow<T, u32>,
    progress: impl Fn(u32),
    cancel: &Cancel,
) -> Option<T> {
    let mut shown = None;
    loop {
        let deadline = now_ms() + SLICE_MS;
        match slice(&mut || now_ms() < deadline) {
            ControlFlow::Break(done) => return Some(done),
            ControlFlow::Continue(per_mille) if shown != Some(per_mille / 10) => {
                shown = Some(per_mille / 10);
                progress(per_mille);
            }
            ControlFlow::Continue(_) => {}
        }
        yield_to_browser().await;
        if cancel.is_cancelled() {
            return None;
        }
    }
}

/// A workbook read in slices (as [`in_slices`]): the workbook or why it does not read; `None`
/// once cancelled.
pub async fn read_workbook(
    bytes: &[u8],
    progress: impl Fn(u32),
    cancel: &Cancel,
) -> Option<Result<ReadWorkbook, XlsxError>> {
    let mut reading = match XlsxReading::new(bytes) {
        Ok(reading) => reading,
        Err(refused) => return Some(Err(refused)),
    };
    let slice = |more: &mut dyn FnMut() -> bool| match reading.step(more) {
        Some(done) => ControlFlow::Break(done),
        None => ControlFlow::Continue(reading.per_mille()),
    };
    in_slices(slice, progress, cancel).await
}
