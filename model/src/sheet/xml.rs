//! Just enough XML to read the parts of an `.xlsx`: elements, attributes, text, the five
//! predefined entities and character references. A document type declaration is refused, so no
//! entity is ever defined, let alone expanded (the "billion laughs" cannot start).

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum XmlError {
    /// `<!DOCTYPE`: entity definitions are not read.
    DocumentType,
    UnknownEntity(String),
    Malformed {
        at: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Event<'a> {
    /// An opening tag; `empty` for `<x/>` (no end event follows).
    Start {
        name: &'a str,
        attributes: Vec<(&'a str, String)>,
        empty: bool,
    },
    End {
        name: &'a str,
    },
    Text(String),
}

/// The name without its namespace prefix: `x:row` → `row`.
pub fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// An attribute by its local name (`id` finds `r:id`, whatever the prefix is called).
pub fn attribute<'b>(attributes: &'b [(&str, String)], name: &str) -> Option<&'b str> {
    attributes
        .iter()
        .find(|(n, _)| local(n) == name)
        .map(|(_, v)| v.as_str())
}

pub struct XmlReader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> XmlReader<'a> {
    pub fn new(text: &'a str) -> XmlReader<'a> {
        XmlReader { text, at: 0 }
    }

    /// A reader that goes on where an earlier one over the same text stopped ([`Self::position`]):
    /// reading a long part in slices keeps the place, not the reader.
    pub fn resume(text: &'a str, at: usize) -> XmlReader<'a> {
        XmlReader { text, at }
    }

    pub fn position(&self) -> usize {
        self.at
    }

    fn malformed(&self) -> XmlError {
        XmlError::Malformed { at: self.at }
    }

    pub fn next_event(&mut self) -> Result<Option<Event<'a>>, XmlError> {
        loop {
            let rest = &self.text[self.at..];
            if rest.is_empty() {
                return Ok(None);
            }
            if !rest.starts_with('<') {
                let end = rest.find('<').unwrap_or(rest.len());
                let raw = &rest[..end];
                self.at += end;
                return Ok(Some(Event::Text(unescape(raw)?)));
            }
            if rest.starts_with("<?") {
                self.at += rest.find("?>").ok_or_else(|| self.malformed())? + 2;
                continue;
            }
            if rest.starts_with("<!--") {
                self.at += rest.find("-->").ok_or_else(|| self.malformed())? + 3;
                continue;
            }
            if rest.starts_with("<![CDATA[") {
                let end = rest.find("]]>").ok_or_else(|| self.malformed())?;
                self.at += end + 3;
                return Ok(Some(Event::Text(rest[9..end].to_string())));
            }
            if rest.starts_with("<!") {
                return Err(XmlError::DocumentType);
            }
            let end = tag_end(rest).ok_or_else(|| self.malformed())?;
            let tag = &rest[1..end];
            self.at += end + 1;
            if let Some(name) = tag.strip_prefix('/') {
                return Ok(Some(Event::End { name: name.trim() }));
            }
            let (tag, empty) = match tag.strip_suffix('/') {
                Some(t) => (t, true),
                None => (tag, false),
            };
            let name_end = tag
                .bytes()
                .position(|b| b.is_ascii_whitespace())
                .unwrap_or(tag.len());
            let name = &tag[..name_end];
            if name.is_empty() {
                return Err(self.malformed());
            }
            let attributes = parse_attributes(&tag[name_end..]).ok_or_else(|| self.malformed())??;
            return Ok(Some(Event::Start {
                name,
                attributes,
                empty,
            }));
        }
    }
}

/// The `>` that ends the tag, skipping any inside quoted attribute values. By bytes: every
/// delimiter is ASCII, and no byte of a multi-byte UTF-8 character is.
fn tag_end(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in rest.as_bytes().iter().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return Some(i),
            (None, b'<') => return None,
            _ => {}
        }
    }
    None
}

#[allow(clippy::type_complexity)]
fn parse_attributes(mut text: &str) -> Option<Result<Vec<(&str, String)>, XmlError>> {
    let mut attributes = Vec::new();
    loop {
        text = text.trim_start();
        if text.is_empty() {
            return Some(Ok(attributes));
        }
        let eq = text.find('=')?;
        let name = text[..eq].trim();
        let after = text[eq + 1..].trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let close = after[1..].find(quote)? + 1;
        match unescape(&after[1..close]) {
            Ok(value) => attributes.push((name, value)),
            Err(e) => return Some(Err(e)),
        }
        text = &after[close + 1..];
    }
}

pub fn unescape(raw: &str) -> Result<String, XmlError> {
    if !raw.contains('&') {
        return Ok(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find(';')
            .ok_or_else(|| XmlError::UnknownEntity(rest[start..].chars().take(12).collect()))?;
        let entity = &rest[start + 1..start + end];
        let character = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        out.push(character.ok_or_else(|| XmlError::UnknownEntity(entity.to_string()))?);
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 cannot hold at all (controls other than tab and line breaks).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}
