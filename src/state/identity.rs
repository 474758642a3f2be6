//! Memo dependencies compared by identity. The stores hand out a new `Rc` on every change, so
//! "the same `Rc`" means "unchanged", and a render need not compare a whole dataset or plan by
//! value. The dependency holds its `Rc`, so an address cannot be reused while it is compared.

use std::rc::Rc;

pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(Rc::clone(&self.0))
    }
}
