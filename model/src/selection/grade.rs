//! A criterion's grade, 0–5: the one place that range is enforced.

use serde::{Deserialize, Serialize};

use crate::selection::limits::MAX_GRADE;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Grade(u8);

impl Grade {
    pub const ZERO: Grade = Grade(0);
    pub const MAX: Grade = Grade(MAX_GRADE);

    /// `None` outside 0–5.
    pub fn new(grade: u8) -> Option<Grade> {
        (grade <= MAX_GRADE).then_some(Grade(grade))
    }

    /// The nearest grade: for a number typed or dragged by a user.
    pub fn nearest(value: f64) -> Grade {
        if value.is_nan() {
            return Grade::ZERO;
        }
        Grade(value.round().clamp(0.0, f64::from(MAX_GRADE)) as u8)
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// A fractional grade (the tipping-point search tries steps of 0.1) kept within 0–5.
    pub fn clamp_fraction(value: f64) -> f64 {
        value.clamp(0.0, f64::from(MAX_GRADE))
    }
}

impl TryFrom<u8> for Grade {
    type Error = String;
    fn try_from(value: u8) -> Result<Grade, String> {
        Grade::new(value).ok_or_else(|| format!("{value} is not a grade from 0 to {MAX_GRADE}"))
    }
}

impl From<Grade> for u8 {
    fn from(grade: Grade) -> u8 {
        grade.0
    }
}

impl std::fmt::Display for Grade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}
