//! R's saved data (`.rda`, `RDX2`/`RDX3` in R's XDR serialisation), as the IOM `gdidata`
//! package keeps its tables: the figures the app was first built from were read from these files,
//! so the offline rebuild reads them too. Only what a data frame needs is read (vectors, strings,
//! attributes, pairlists, symbols, the compact ALTREP forms); anything else (code, environments)
//! stops the read with its type, so a file that is not a plain table is never half-read.

use std::io::Read;

use crate::table::{Column, Table};

/// Decompressed bytes above this are refused: the tables read here are a few MB.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The data frames saved in an `.rda` file (bzip2, gzip or uncompressed).
pub fn read_frames(bytes: &[u8]) -> Result<Vec<Table>, String> {
    let raw = decompress(bytes)?;
    let body = raw
        .strip_prefix(b"RDX3\n")
        .or_else(|| raw.strip_prefix(b"RDX2\n"))
        .ok_or("not an R data file (no RDX2/RDX3 header)")?;
    let mut r = Reader {
        bytes: body,
        at: 0,
        refs: Vec::new(),
    };
    r.header()?;
    let mut frames = Vec::new();
    let mut item = r.item()?;
    // The file is a pairlist of (name, object).
    loop {
        match item {
            Value::Null => break,
            Value::Pair { tag, car, cdr, .. } => {
                let name = match tag.as_deref() {
                    Some(Value::Symbol(s)) => s.clone(),
                    _ => return Err("an object in the file has no name".into()),
                };
                frames.push(frame(name, *car)?);
                item = *cdr;
            }
            other => return Err(format!("the file is not a list of objects ({other:?})")),
        }
    }
    Ok(frames)
}

fn decompress(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let limited = |r: &mut dyn Read, out: &mut Vec<u8>| {
        r.take(MAX_BYTES + 1)
            .read_to_end(out)
            .map_err(|e| format!("cannot decompress: {e}"))?;
        if out.len() as u64 > MAX_BYTES {
            return Err(format!("more than {MAX_BYTES} bytes once decompressed"));
        }
        Ok(())
    };
    if bytes.starts_with(b"BZh") {
        limited(&mut bzip2::read::BzDecoder::new(bytes), &mut out)?;
    } else if bytes.starts_with(&[0x1f, 0x8b]) {
        return Err("gzip-compressed R data is not read here; save with bzip2".into());
    } else {
        out = bytes.to_vec();
    }
    Ok(out)
}

/// What the reader builds: enough of R's object model for tables.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Null,
    Symbol(String),
    Pair {
        tag: Option<Box<Value>>,
        car: Box<Value>,
        cdr: Box<Value>,
    },
    Ints(Vec<Option<i32>>, Attributes),
    Reals(Vec<Option<f64>>, Attributes),
    Strings(Vec<Option<String>>, Attributes),
    List(Vec<Value>, Attributes),
    Char(Option<String>),
}

type Attributes = Vec<(String, Value)>;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Symbols in order of reading, for R's back-references.
    refs: Vec<Value>,
}

const NILVALUE: u32 = 254;
const REFSXP: u32 = 255;
const ALTREP: u32 = 238;

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or("the file ends in the middle of an object")?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    fn int(&mut self) -> Result<i32, String> {
        let b = self.take(4)?;
        Ok(i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn real(&mut self) -> Result<f64, String> {
        let b = self.take(8)?;
        Ok(f64::from_be_bytes(b.try_into().expect("8 bytes")))
    }

    fn header(&mut self) -> Result<(), String> {
        if self.take(2)? != b"X\n" {
            return Err("not in R's XDR format".into());
        }
        let version = self.int()?;
        self.int()?; // the R version that wrote it
        self.int()?; // the oldest R version that reads it
        match version {
            2 => Ok(()),
            3 => {
                let n = self.int()?;
                self.take(usize::try_from(n).map_err(|_| "bad encoding length")?)?;
                Ok(())
            }
            v => Err(format!("serialisation version {v} is not read here")),
        }
    }

    fn length(&mut self) -> Result<usize, String> {
        let n = self.int()?;
        if n == -1 {
            let hi = self.int()? as u64;
            let lo = self.int()? as u32 as u64;
            usize::try_from((hi << 32) | lo).map_err(|_| "a vector too long".to_string())
        } else {
            usize::try_from(n).map_err(|_| format!("a negative length {n}"))
        }
    }

    fn item(&mut self) -> Result<Value, String> {
        let flags = self.int()? as u32;
        let kind = flags & 0xff;
        let has_attr = flags & (1 << 9) != 0;
        let has_tag = flags & (1 << 10) != 0;
        match kind {
            NILVALUE => Ok(Value::Null),
            REFSXP => {
                let index = match flags >> 8 {
                    0 => self.int()? as usize,
                    i => i as usize,
                };
                self.refs
                    .get(index.wrapping_sub(1))
                    .cloned()
                    .ok_or_else(|| format!("a reference to object {index} that was not read"))
            }
            1 => {
                // A symbol: its name, then remembered for references.
                let name = match self.item()? {
                    Value::Char(Some(s)) => s,
                    _ => return Err("a symbol without a name".into()),
                };
                let symbol = Value::Symbol(name);
                self.refs.push(symbol.clone());
                Ok(symbol)
            }
            2 => {
                if has_attr {
                    self.item()?; // a pairlist's own attributes carry nothing a table needs
                }
                let tag = if has_tag {
                    Some(Box::new(self.item()?))
                } else {
                    None
                };
                let car = Box::new(self.item()?);
                let cdr = Box::new(self.item()?);
                Ok(Value::Pair { tag, car, cdr })
            }
            9 => {
                let n = self.int()?;
                if n == -1 {
                    return Ok(Value::Char(None));
                }
                let len = usize::try_from(n).map_err(|_| "bad string length")?;
                let bytes = self.take(len)?;
                // R marks the encoding in the flags; Latin-1 strings are converted, others must be UTF-8.
                let latin1 = flags & (1 << 14) != 0 && flags & (1 << 15) == 0;
                let s = if latin1 {
                    bytes.iter().map(|&b| b as char).collect()
                } else {
                    String::from_utf8(bytes.to_vec()).map_err(|_| "a string that is not UTF-8".to_string())?
                };
                Ok(Value::Char(Some(s)))
            }
            10 | 13 => {
                let n = self.length()?;
                let mut v = Vec::with_capacity(n.min(1 << 24));
                for _ in 0..n {
                    let x = self.int()?;
                    v.push((x != i32::MIN).then_some(x));
                }
                let a = self.attributes(has_attr)?;
                Ok(Value::Ints(v, a))
            }
            14 => {
                let n = self.length()?;
                let mut v = Vec::with_capacity(n.min(1 << 24));
                for _ in 0..n {
                    let x = self.real()?;
                    v.push((!x.is_nan()).then_some(x));
                }
                let a = self.attributes(has_attr)?;
                Ok(Value::Reals(v, a))
            }
            16 => {
                let n = self.length()?;
                let mut v = Vec::with_capacity(n.min(1 << 24));
                for _ in 0..n {
                    match self.item()? {
                        Value::Char(s) => v.push(s),
                        _ => return Err("a text vector holds something else".into()),
                    }
                }
                let a = self.attributes(has_attr)?;
                Ok(Value::Strings(v, a))
            }
            19 | 20 => {
                let n = self.length()?;
                let mut v = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    v.push(self.item()?);
                }
                let a = self.attributes(has_attr)?;
                Ok(Value::List(v, a))
            }
            ALTREP => self.altrep(),
            other => Err(format!("R object type {other} is not part of a plain table")),
        }
    }

    fn attributes(&mut self, has: bool) -> Result<Attributes, String> {
        if !has {
            return Ok(Vec::new());
        }
        Ok(pairs(self.item()?))
    }

    /// R's compact forms: an integer or real sequence stored as (length, start, step), and a
    /// vector wrapped with metadata. Other ALTREP classes stop the read.
    fn altrep(&mut self) -> Result<Value, String> {
        let info = self.item()?;
        let state = self.item()?;
        let attributes = pairs(self.item()?);
        let class = match &info {
            Value::Pair { car, .. } => match car.as_ref() {
                Value::Symbol(s) => s.clone(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        let seq = |state: &Value| -> Result<(usize, f64, f64), String> {
            match state {
                Value::Reals(v, _) if v.len() == 3 => {
                    let n = v[0].ok_or("bad sequence")?;
                    Ok((
                        n as usize,
                        v[1].ok_or("bad sequence")?,
                        v[2].ok_or("bad sequence")?,
                    ))
                }
                _ => Err("a compact sequence without its state".into()),
            }
        };
        match class.as_str() {
            "compact_intseq" => {
                let (n, start, step) = seq(&state)?;
                let v = (0..n).map(|i| Some((start + step * i as f64) as i32)).collect();
                Ok(Value::Ints(v, attributes))
            }
            "compact_realseq" => {
                let (n, start, step) = seq(&state)?;
                let v = (0..n).map(|i| Some(start + step * i as f64)).collect();
                Ok(Value::Reals(v, attributes))
            }
            c if c.starts_with("wrap_") => match state {
                Value::List(mut parts, _) if !parts.is_empty() => {
                    let mut inner = parts.swap_remove(0);
                    match &mut inner {
                        Value::Ints(_, a) | Value::Reals(_, a) | Value::Strings(_, a) | Value::List(_, a) => {
                            a.extend(attributes)
                        }
                        _ => {}
                    }
                    Ok(inner)
                }
                _ => Err("a wrapped vector without its contents".into()),
            },
            other => Err(format!("R's compact form `{other}` is not read here")),
        }
    }
}

/// A pairlist's tagged entries as (name, value); `NULL` is the empty list.
fn pairs(mut item: Value) -> Attributes {
    let mut out = Vec::new();
    while let Value::Pair { tag, car, cdr } = item {
        if let Some(Value::Symbol(name)) = tag.as_deref() {
            out.push((name.clone(), *car));
        }
        item = *cdr;
    }
    out
}

fn attribute<'a>(attributes: &'a Attributes, name: &str) -> Option<&'a Value> {
    attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v)
}

fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Strings(v, _)) => v.iter().map(|s| s.clone().unwrap_or_default()).collect(),
        _ => Vec::new(),
    }
}

fn frame(name: String, value: Value) -> Result<Table, String> {
    let Value::List(columns, attributes) = value else {
        return Err(format!("`{name}` is not a table"));
    };
    if !strings(attribute(&attributes, "class")).contains(&"data.frame".to_string()) {
        return Err(format!("`{name}` is not a data frame"));
    }
    let names = strings(attribute(&attributes, "names"));
    if names.len() != columns.len() {
        return Err(format!("`{name}`: column names do not match the columns"));
    }
    let mut out = Vec::new();
    for (column_name, column) in names.into_iter().zip(columns) {
        let column = match column {
            Value::Reals(v, _) => Column::Number(v),
            Value::Ints(v, a) => {
                let levels = strings(attribute(&a, "levels"));
                if strings(attribute(&a, "class")).contains(&"factor".to_string()) {
                    let text = v
                        .into_iter()
                        .map(|i| match i {
                            None => Ok(None),
                            Some(i) => levels
                                .get((i as usize).wrapping_sub(1))
                                .cloned()
                                .map(Some)
                                .ok_or_else(|| format!("factor code {i} has no level")),
                        })
                        .collect::<Result<_, String>>()?;
                    Column::Text(text)
                } else {
                    Column::Number(v.into_iter().map(|i| i.map(f64::from)).collect())
                }
            }
            Value::Strings(v, _) => Column::Text(v),
            _ => return Err(format!("`{name}`: column `{column_name}` is not a vector")),
        };
        out.push((column_name, column));
    }
    let rows = out.first().map_or(0, |(_, c)| c.len());
    if out.iter().any(|(_, c)| c.len() != rows) {
        return Err(format!("`{name}`: columns of different lengths"));
    }
    Ok(Table { name, columns: out })
}
