//! The zip container of an `.xlsx`: writing (deflated, with fixed timestamps so the same
//! workbook gives the same bytes) and reading within bounds. Reading refuses what it cannot
//! read safely rather than trying: encryption, zip64, other compression methods, an entry
//! that would grow beyond its bound (a zip bomb stops at the bound, not at the end of memory).

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_DIRECTORY: u32 = 0x0605_4b50;
/// 1980-01-01 00:00 in DOS time: the earliest a zip can say.
const DOS_DATE: u16 = (1 << 5) | 1;

/// CRC-32 (the zip polynomial), a byte at a time from a table made at compile time: eight times
/// fewer steps than bit by bit, which a sheet of 100,000 rows noticed (docs/benchmarks-log.md).
pub fn crc32(bytes: &[u8]) -> u32 {
    !crc32_update(!0, bytes)
}

/// The CRC-32 register after `bytes`, from `register` (`!0` at the start; the checksum is its
/// complement): so that a part unpacked in slices is checked as it comes.
fn crc32_update(register: u32, bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut crc = n as u32;
            let mut bit = 0;
            while bit < 8 {
                crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
                bit += 1;
            }
            table[n] = crc;
            n += 1;
        }
        table
    };
    bytes.iter().fold(register, |crc, byte| {
        TABLE[((crc ^ u32::from(*byte)) & 0xFF) as usize] ^ (crc >> 8)
    })
}

/// A zip of `(path, content)` entries, deflated.
pub fn write_zip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, content) in entries {
        let compressed = compress_to_vec(content, 6);
        let crc = crc32(content);
        let offset = out.len() as u32;
        let common = |buffer: &mut Vec<u8>| {
            put16(buffer, 20); // version needed: 2.0
            put16(buffer, 0x0800); // names are UTF-8
            put16(buffer, 8); // deflate
            put16(buffer, 0); // time
            put16(buffer, DOS_DATE);
            put32(buffer, crc);
            put32(buffer, compressed.len() as u32);
            put32(buffer, content.len() as u32);
            put16(buffer, name.len() as u16);
            put16(buffer, 0); // extra field
        };
        put32(&mut out, LOCAL_HEADER);
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&compressed);

        put32(&mut directory, CENTRAL_HEADER);
        put16(&mut directory, 20); // made by
        common(&mut directory);
        put16(&mut directory, 0); // comment
        put16(&mut directory, 0); // disk
        put16(&mut directory, 0); // internal attributes
        put32(&mut directory, 0); // external attributes
        put32(&mut directory, offset);
        directory.extend_from_slice(name.as_bytes());
    }
    let directory_offset = out.len() as u32;
    out.extend_from_slice(&directory);
    put32(&mut out, END_OF_DIRECTORY);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, entries.len() as u16);
    put16(&mut out, entries.len() as u16);
    put32(&mut out, directory.len() as u32);
    put32(&mut out, directory_offset);
    put16(&mut out, 0);
    out
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// No zip directory: not an `.xlsx` (or damaged).
    NotZip,
    /// The OLE container of an old `.xls` or of a password-protected workbook.
    Ole {
        encrypted: bool,
    },
    Encrypted {
        entry: String,
    },
    Zip64,
    Method {
        entry: String,
        method: u16,
    },
    TooManyEntries {
        limit: usize,
    },
    /// An entry that says it unpacks beyond the bound.
    TooLarge {
        entry: String,
        limit: usize,
    },
    /// An entry that says it unpacks to far more than its packed size: what a zip bomb looks
    /// like, not a workbook (XML packs to about a twentieth).
    Packed {
        entry: String,
        size: usize,
        packed: usize,
    },
    Damaged {
        entry: String,
    },
    Missing {
        entry: String,
    },
}

pub struct ZipEntry {
    pub name: String,
    method: u16,
    compressed_size: usize,
    size: usize,
    crc: u32,
    local_offset: usize,
}

impl ZipEntry {
    /// The unpacked size the zip declares (reading holds the entry to it).
    pub fn size(&self) -> usize {
        self.size
    }
}

pub struct ZipReader<'a> {
    bytes: &'a [u8],
    pub entries: Vec<ZipEntry>,
}

/// Entries an `.xlsx` of ours needs: a handful per sheet.
pub const MAX_ENTRIES: usize = 1_000;
/// Packed-to-unpacked ratio above which an entry is a bomb, not a spreadsheet (XML deflates
/// well, to about a twentieth; a bomb to a thousandth).
const MAX_RATIO: usize = 200;

fn get16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn get32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The compound-file (OLE) signature: `.xls`, and Office's encrypted `.xlsx`.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

impl<'a> ZipReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Result<ZipReader<'a>, ZipError> {
        if bytes.starts_with(&OLE_MAGIC) {
            // An encrypted workbook keeps its parts in streams named (in UTF-16) EncryptionInfo.
            let marker: Vec<u8> = "EncryptionInfo"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes())
                .collect();
            let encrypted = bytes.windows(marker.len()).any(|w| w == marker.as_slice());
            return Err(ZipError::Ole { encrypted });
        }
        let search_from = bytes.len().saturating_sub(22 + 65_535);
        let end = (search_from..bytes.len().saturating_sub(21))
            .rev()
            .find(|at| get32(bytes, *at) == Some(END_OF_DIRECTORY))
            .ok_or(ZipError::NotZip)?;
        let count = get16(bytes, end + 10).ok_or(ZipError::NotZip)? as usize;
        let directory_offset = get32(bytes, end + 16).ok_or(ZipError::NotZip)?;
        if count == 0xFFFF || directory_offset == 0xFFFF_FFFF {
            return Err(ZipError::Zip64);
        }
        if count > MAX_ENTRIES {
            return Err(ZipError::TooManyEntries { limit: MAX_ENTRIES });
        }
        let mut at = directory_offset as usize;
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            if get32(bytes, at) != Some(CENTRAL_HEADER) {
                return Err(ZipError::NotZip);
            }
            let field = |offset: usize| get16(bytes, at + offset).ok_or(ZipError::NotZip);
            let field32 = |offset: usize| get32(bytes, at + offset).ok_or(ZipError::NotZip);
            let (flags, method) = (field(8)?, field(10)?);
            let (crc, compressed_size, size) = (field32(16)?, field32(20)?, field32(24)?);
            let (name_len, extra_len, comment_len) =
                (field(28)? as usize, field(30)? as usize, field(32)? as usize);
            let local_offset = field32(42)?;
            let name_bytes = bytes.get(at + 46..at + 46 + name_len).ok_or(ZipError::NotZip)?;
            let name = String::from_utf8_lossy(name_bytes).into_owned();
            if flags & 1 != 0 {
                return Err(ZipError::Encrypted { entry: name });
            }
            if [compressed_size, size, local_offset].contains(&0xFFFF_FFFF) {
                return Err(ZipError::Zip64);
            }
            entries.push(ZipEntry {
                name,
                method,
                compressed_size: compressed_size as usize,
                size: size as usize,
                crc,
                local_offset: local_offset as usize,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(ZipReader { bytes, entries })
    }

    pub fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name)
    }

    /// An entry's content, unpacked to at most `limit` bytes.
    pub fn read(&self, name: &str, limit: usize) -> Result<Vec<u8>, ZipError> {
        let mut unpacking = self.unpack(name, limit)?;
        loop {
            if let Some(content) = unpacking.step(self, usize::MAX)? {
                return Ok(content);
            }
        }
    }

    /// An entry to unpack a slice at a time ([`Unpacking::step`]), checked before any of it is.
    pub fn unpack(&self, name: &str, limit: usize) -> Result<Unpacking, ZipError> {
        let entry = self
            .entries
            .iter()
            .find(|e| e.name == name)
            .ok_or_else(|| ZipError::Missing {
                entry: name.to_string(),
            })?;
        let damaged = || ZipError::Damaged {
            entry: name.to_string(),
        };
        if entry.size > entry.compressed_size.max(1024) * MAX_RATIO {
            return Err(ZipError::Packed {
                entry: name.to_string(),
                size: entry.size,
                packed: entry.compressed_size,
            });
        }
        if entry.size > limit {
            return Err(ZipError::TooLarge {
                entry: name.to_string(),
                limit,
            });
        }
        let at = entry.local_offset;
        if get32(self.bytes, at) != Some(LOCAL_HEADER) {
            return Err(damaged());
        }
        let name_len = get16(self.bytes, at + 26).ok_or_else(damaged)? as usize;
        let extra_len = get16(self.bytes, at + 28).ok_or_else(damaged)? as usize;
        let start = at + 30 + name_len + extra_len;
        if self.bytes.get(start..start + entry.compressed_size).is_none() {
            return Err(damaged());
        }
        if !matches!(entry.method, 0 | 8) {
            return Err(ZipError::Method {
                entry: name.to_string(),
                method: entry.method,
            });
        }
        Ok(Unpacking {
            name: name.to_string(),
            packed: start..start + entry.compressed_size,
            method: entry.method,
            crc: entry.crc,
            inflater: Box::default(),
            // The declared size bounds the output: an entry that lies about it stops there.
            out: vec![0; entry.size],
            read: 0,
            written: 0,
            register: !0,
        })
    }
}

/// One entry being unpacked: where its packed bytes are, how far it has come.
pub struct Unpacking {
    name: String,
    packed: std::ops::Range<usize>,
    method: u16,
    crc: u32,
    inflater: Box<DecompressorOxide>,
    out: Vec<u8>,
    read: usize,
    written: usize,
    register: u32,
}

impl Unpacking {
    /// Unpacks at most `most` more bytes; the content once all of it is there and checked.
    pub fn step(&mut self, zip: &ZipReader, most: usize) -> Result<Option<Vec<u8>>, ZipError> {
        let damaged = || ZipError::Damaged {
            entry: self.name.clone(),
        };
        let packed = zip.bytes.get(self.packed.clone()).ok_or_else(damaged)?;
        let size = self.out.len();
        let end = self.written.saturating_add(most).min(size);
        let before = self.written;
        let finished = match self.method {
            // Stored: its packed bytes are its content, as many as it declares.
            0 if packed.len() != size => return Err(damaged()),
            0 => {
                self.out[self.written..end].copy_from_slice(&packed[self.written..end]);
                self.written = end;
                end == size
            }
            _ => {
                let (status, consumed, produced) = decompress(
                    &mut self.inflater,
                    &packed[self.read..],
                    &mut self.out[..end],
                    self.written,
                    inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
                );
                self.read += consumed;
                self.written += produced;
                match status {
                    TINFLStatus::Done => true,
                    TINFLStatus::HasMoreOutput if self.written < size => false,
                    // Also more than the entry declares: it lies about its size, or is damaged.
                    _ => return Err(damaged()),
                }
            }
        };
        self.register = crc32_update(self.register, &self.out[before..self.written]);
        if !finished {
            return Ok(None);
        }
        if self.written != size || !self.register != self.crc {
            return Err(damaged());
        }
        Ok(Some(std::mem::take(&mut self.out)))
    }

    /// Bytes unpacked so far, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.written, self.out.len())
    }
}
