use serde::{Deserialize, Serialize};

use crate::lang::LocalText;

/// A pointer from a statement to a registry entry, with where in the source it is found.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub id: String,
    pub locator: Option<String>,
}

/// Whether a section restates the (released) memo or gathers public facts around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Memo,
    Public,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    EurThousand,
    EurMillion,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FigureRow {
    pub label: LocalText,
    /// `None` where no source gives the figure: shown as "niet beschikbaar", never as 0.
    pub value: Option<f64>,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Where a link can point at this statement (`#/nl/agenda/<id>`); shares the sections' ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub text: LocalText,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ListBlock {
    pub items: Vec<LocalText>,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub caption: LocalText,
    pub unit: Unit,
    pub rows: Vec<FigureRow>,
    pub note: Option<LocalText>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub date: String,
    pub text: LocalText,
    pub sources: Vec<SourceRef>,
}

/// One block of a section, told apart by its `"type"` field in the JSON.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Statement(Statement),
    List(ListBlock),
    Figures(Figures),
    Event(Event),
}

/// A block is read as it streams: its first field, `type`, says which kind the rest is read as,
/// so an error deep inside it keeps its position in the file, and with it its JSON path. (A tree
/// of `serde_json::Value` in between lost both, and compiled every block's reader once more.)
impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Block, D::Error> {
        deserializer.deserialize_map(BlockVisitor)
    }
}

struct BlockVisitor;

impl<'de> serde::de::Visitor<'de> for BlockVisitor {
    type Value = Block;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a block object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Block, A::Error> {
        use serde::de::Error;
        if map.next_key::<String>()?.as_deref() != Some("type") {
            return Err(A::Error::custom(BLOCK_TYPE_FIRST));
        }
        let kind: String = map.next_value()?;
        let rest = serde::de::value::MapAccessDeserializer::new(map);
        match kind.as_str() {
            "statement" => Statement::deserialize(rest).map(Block::Statement),
            "list" => ListBlock::deserialize(rest).map(Block::List),
            "figures" => Figures::deserialize(rest).map(Block::Figures),
            "event" => Event::deserialize(rest).map(Block::Event),
            other => Err(A::Error::custom(format!(
                "unknown block type `{other}`, expected one of `statement`, `list`, `figures`, `event`"
            ))),
        }
    }
}

/// The error of a block whose first field is not `type` (`Reason::BlockTypeFirst`).
pub(crate) const BLOCK_TYPE_FIRST: &str = "a block's first field must be `type`";

impl Block {
    /// Every source reference in the block, figure rows included.
    pub fn source_refs(&self) -> Vec<&SourceRef> {
        match self {
            Block::Statement(Statement { sources, .. })
            | Block::List(ListBlock { sources, .. })
            | Block::Event(Event { sources, .. }) => sources.iter().collect(),
            Block::Figures(figures) => figures.rows.iter().flat_map(|r| r.sources.iter()).collect(),
        }
    }

    /// Every translatable text in the block, for validation.
    pub fn texts(&self) -> Vec<&LocalText> {
        match self {
            Block::Statement(Statement { text, .. }) | Block::Event(Event { text, .. }) => {
                vec![text]
            }
            Block::List(list) => list.items.iter().collect(),
            Block::Figures(figures) => {
                let mut all = vec![&figures.caption];
                all.extend(figures.rows.iter().map(|r| &r.label));
                all.extend(figures.note.iter());
                all
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub part: Part,
    pub heading: LocalText,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub title: LocalText,
    pub intro: LocalText,
    pub sections: Vec<Section>,
}

impl Agenda {
    /// The agenda's lines of effort: its statements that carry an id (the ids the memo's checks
    /// cite), in the agenda's order. A consultation names its topics by them.
    pub fn lines(&self) -> Vec<&Statement> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match b {
                Block::Statement(statement) if statement.id.is_some() => Some(statement),
                _ => None,
            })
            .collect()
    }

    /// The sections that cite `source_id`, with how many blocks in each do.
    pub fn citations_of(&self, source_id: &str) -> Vec<(&Section, usize)> {
        self.sections
            .iter()
            .filter_map(|section| {
                let n = section
                    .blocks
                    .iter()
                    .filter(|b| b.source_refs().iter().any(|r| r.id == source_id))
                    .count();
                (n > 0).then_some((section, n))
            })
            .collect()
    }
}
