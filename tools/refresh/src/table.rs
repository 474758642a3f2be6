//! The one shape every reader gives: a named table of text and number columns. Recipes select
//! figures from it without knowing which producer's format it came from.

#[derive(Clone, Debug, PartialEq)]
pub enum Column {
    Text(Vec<Option<String>>),
    Number(Vec<Option<f64>>),
}

impl Column {
    pub fn len(&self) -> usize {
        match self {
            Column::Text(v) => v.len(),
            Column::Number(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One table as a reader gives it: its name and its columns in order, each as long as the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub name: String,
    pub columns: Vec<(String, Column)>,
}

impl Table {
    pub fn column(&self, name: &str) -> Result<&Column, String> {
        self.columns
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c)
            .ok_or_else(|| {
                format!(
                    "table `{}` has no column `{name}` (it has {})",
                    self.name,
                    self.columns
                        .iter()
                        .map(|(n, _)| n.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
    }

    pub fn text(&self, name: &str) -> Result<&[Option<String>], String> {
        match self.column(name)? {
            Column::Text(v) => Ok(v),
            Column::Number(_) => Err(format!("column `{name}` is numbers, not text")),
        }
    }

    pub fn number(&self, name: &str) -> Result<&[Option<f64>], String> {
        match self.column(name)? {
            Column::Number(v) => Ok(v),
            Column::Text(_) => Err(format!("column `{name}` is text, not numbers")),
        }
    }

    pub fn rows(&self) -> usize {
        self.columns.first().map_or(0, |(_, c)| c.len())
    }
}
