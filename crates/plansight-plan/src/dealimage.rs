//! [`DealColumns`] as one compact block of bytes: the image a workspace keeps of its
//! credit lines, so that a calculation reads one value instead of a million rows.
//!
//! Little-endian, columns one after another, each with its length; sparse columns are
//! written empty; a CRC-32 of all of it last. Reading checks the CRC and then everything
//! else a damaged block could get wrong (lengths, codes, text, dates), and refuses it
//! rather than guess.

use crate::dealcols::{DealColumns, Strings, NONE};
use crate::deals::Stage;
use chrono::{Datelike, NaiveDate};

/// The first bytes of an image; the last one is the format's version.
const MAGIC: &[u8; 8] = b"PSLINES1";

/// A date's absence in a column of days.
const NO_DAY: i32 = i32::MIN;

/// A number's absence in a column of optional numbers.
const NO_NUMBER: i64 = i64::MIN;

/// Stages by their code in an image.
const STAGES: [Stage; 4] = [Stage::Won, Stage::Lost, Stage::Open, Stage::Cancelled];

fn stage_code(s: Stage) -> u8 {
    STAGES.iter().position(|&x| x == s).expect("every stage has a code") as u8
}

/// Days of [`NaiveDate::num_days_from_ce`].
fn day(d: Option<NaiveDate>) -> i32 {
    d.map_or(NO_DAY, |d| d.num_days_from_ce())
}

impl DealColumns {
    /// The columns as one block of bytes ([`DealColumns::from_image`] reads it back).
    pub fn to_image(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(self.len() * 40 + 64));
        w.0.extend_from_slice(MAGIC);
        w.u64(self.len() as u64);
        w.u32s(&self.deal);
        let (bytes, ends) = self.deal_ids.parts();
        w.u64s(ends.iter().copied());
        w.bytes(bytes);
        w.u32s(&self.seller);
        w.texts(&self.sellers);
        w.u64s(self.amount.iter().map(|&a| a as u64));
        w.u32s_of(self.close.iter().map(|&d| day(d) as u32), self.close.len());
        w.bytes(&self.stage.iter().map(|&s| stage_code(s)).collect::<Vec<u8>>());
        for (codes, values) in [
            (&self.deal_type, &self.types),
            (&self.product, &self.products),
            (&self.account, &self.accounts),
        ] {
            w.u32s(codes);
            w.texts(values);
        }
        w.u64s(self.split.iter().map(|&s| s as u64));
        for column in [&self.probability, &self.term_months] {
            w.u64s(column.iter().map(|v| v.unwrap_or(NO_NUMBER) as u64));
        }
        w.u32s_of(self.cancel.iter().map(|&d| day(d) as u32), self.cancel.len());
        for column in [&self.name, &self.hold] {
            w.u64(column.len() as u64);
            for v in column {
                match v {
                    None => w.u32(u32::MAX),
                    Some(s) => {
                        w.u32(s.len() as u32);
                        w.0.extend_from_slice(s.as_bytes());
                    }
                }
            }
        }
        let crc = crc32fast::hash(&w.0);
        w.u32(crc);
        w.0
    }

    /// Reads an image written by [`DealColumns::to_image`]; an error says what is wrong
    /// with it.
    pub fn from_image(image: &[u8]) -> Result<DealColumns, String> {
        let Some((body, crc)) = image.split_last_chunk::<4>() else {
            return Err("it is too short".into());
        };
        if crc32fast::hash(body) != u32::from_le_bytes(*crc) {
            return Err("its checksum does not match: it was damaged".into());
        }
        let image = body;
        let mut r = Reader { at: 0, bytes: image };
        if r.take(MAGIC.len())? != MAGIC {
            return Err("it is not an image of credit lines this build reads".into());
        }
        let n = r.u64()? as usize;
        let deal = r.u32s()?;
        let ends = r.u64s()?;
        let id_bytes = r.bytes()?.to_vec();
        let deal_ids = Strings::from_parts(id_bytes, ends).ok_or("the deal ids are not text")?;
        let seller = r.u32s()?;
        let sellers = r.texts()?;
        let amount: Vec<i64> = r.u64s()?.into_iter().map(|v| v as i64).collect();
        let close = days(r.u32s()?)?;
        let stage = r
            .bytes()?
            .iter()
            .map(|&c| STAGES.get(c as usize).copied().ok_or("a stage is unknown"))
            .collect::<Result<Vec<Stage>, _>>()?;
        let (deal_type, types) = (r.u32s()?, r.texts()?);
        let (product, products) = (r.u32s()?, r.texts()?);
        let (account, accounts) = (r.u32s()?, r.texts()?);
        let split: Vec<i64> = r.u64s()?.into_iter().map(|v| v as i64).collect();
        let optional = |v: Vec<u64>| {
            v.into_iter()
                .map(|v| (v as i64 != NO_NUMBER).then_some(v as i64))
                .collect()
        };
        let (probability, term_months): (Vec<Option<i64>>, Vec<Option<i64>>) =
            (optional(r.u64s()?), optional(r.u64s()?));
        let cancel = days(r.u32s()?)?;
        let (name, hold) = (r.optional_texts()?, r.optional_texts()?);
        if r.at != image.len() {
            return Err("it has bytes after its last column".into());
        }
        let cols = DealColumns {
            deal,
            deal_ids,
            seller,
            sellers,
            amount,
            close,
            stage,
            deal_type,
            types,
            product,
            products,
            split,
            probability,
            term_months,
            cancel,
            account,
            accounts,
            name,
            hold,
        };
        check(&cols, n)?;
        Ok(cols)
    }
}

/// Checks that every column has a value per line (sparse ones none or all) and that
/// every code names a value.
fn check(c: &DealColumns, n: usize) -> Result<(), String> {
    let dense = [
        c.deal.len(),
        c.seller.len(),
        c.amount.len(),
        c.close.len(),
        c.stage.len(),
    ];
    let sparse = [
        c.deal_type.len(),
        c.product.len(),
        c.account.len(),
        c.split.len(),
        c.probability.len(),
        c.term_months.len(),
        c.cancel.len(),
        c.name.len(),
        c.hold.len(),
    ];
    if dense.iter().any(|&l| l != n) || sparse.iter().any(|&l| l != 0 && l != n) {
        return Err("its columns have different lengths".into());
    }
    let within = |codes: &[u32], count: usize, optional: bool| {
        codes.iter().all(|&k| (k as usize) < count || (optional && k == NONE))
    };
    if !within(&c.deal, c.deal_ids.len(), false)
        || !within(&c.seller, c.sellers.len(), false)
        || !within(&c.deal_type, c.types.len(), true)
        || !within(&c.product, c.products.len(), true)
        || !within(&c.account, c.accounts.len(), true)
    {
        return Err("a code names no value".into());
    }
    Ok(())
}

fn days(v: Vec<u32>) -> Result<Vec<Option<NaiveDate>>, String> {
    v.into_iter()
        .map(|d| match d as i32 {
            NO_DAY => Ok(None),
            d => NaiveDate::from_num_days_from_ce_opt(d)
                .map(Some)
                .ok_or_else(|| "a date is out of range".to_string()),
        })
        .collect()
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32s(&mut self, v: &[u32]) {
        self.u32s_of(v.iter().copied(), v.len());
    }
    fn u32s_of(&mut self, v: impl Iterator<Item = u32>, len: usize) {
        self.u64(len as u64);
        v.for_each(|x| self.u32(x));
    }
    fn u64s(&mut self, v: impl ExactSizeIterator<Item = u64>) {
        self.u64(v.len() as u64);
        v.for_each(|x| self.u64(x));
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u64(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    fn texts(&mut self, v: &[Box<str>]) {
        self.u64(v.len() as u64);
        for s in v {
            self.bytes(s.as_bytes());
        }
    }
}

struct Reader<'a> {
    at: usize,
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("it ends inside a column")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("four bytes")))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("eight bytes")))
    }
    fn len(&mut self, width: usize) -> Result<usize, String> {
        let n = self.u64()? as usize;
        // A damaged length must not reserve more than the image holds.
        if n.saturating_mul(width) > self.bytes.len() - self.at {
            return Err("it ends inside a column".into());
        }
        Ok(n)
    }
    fn u32s(&mut self) -> Result<Vec<u32>, String> {
        let n = self.len(4)?;
        let raw = self.take(n * 4)?;
        Ok(raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("four bytes")))
            .collect())
    }
    fn u64s(&mut self) -> Result<Vec<u64>, String> {
        let n = self.len(8)?;
        let raw = self.take(n * 8)?;
        Ok(raw
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().expect("eight bytes")))
            .collect())
    }
    fn bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.len(1)?;
        self.take(n)
    }
    fn text(&mut self, n: usize) -> Result<Box<str>, String> {
        std::str::from_utf8(self.take(n)?)
            .map(Box::from)
            .map_err(|_| "a value is not text".to_string())
    }
    fn texts(&mut self) -> Result<Vec<Box<str>>, String> {
        let n = self.len(8)?;
        (0..n)
            .map(|_| {
                let len = self.len(1)?;
                self.text(len)
            })
            .collect()
    }
    fn optional_texts(&mut self) -> Result<Vec<Option<Box<str>>>, String> {
        let n = self.len(4)?;
        (0..n)
            .map(|_| match self.u32()? {
                u32::MAX => Ok(None),
                len => self.text(len as usize).map(Some),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dealcols::parse_deal_columns;

    fn sample() -> DealColumns {
        let text =
            "id,seller,amount,close_date,stage,type,product,split,probability,term_months,cancel_date,account,name\n\
                    A,s1,10.5,2026-03-01,won,New,GTX,0.5,,12,,Acme,\"Acme, big\"\n\
                    A,s2,10.5,2026-03-01,cancelled,new,gtx,0.5,,,2026-04-01,Acme,\n\
                    B,s1,-3,,open,renewal,,1,0.25,,,,\n\
                    Ç,s3,0.01,2027-01-31,lost,,,,,,,,\n";
        parse_deal_columns("deals.csv", text.as_bytes(), Some("USD")).unwrap()
    }

    #[test]
    fn an_image_reads_back_as_the_same_columns() {
        let mut cols = sample();
        cols.hold = vec![None, Some("disputed".into()), None, None];
        let image = cols.to_image();
        let back = DealColumns::from_image(&image).unwrap();
        assert_eq!(back.to_lines(), cols.to_lines());
        assert_eq!(back.to_image(), image);
        // Sparse columns stay sparse.
        let plain = parse_deal_columns("d.csv", b"id,seller,amount,close_date\nA,s1,1,2026-03-01\n", None).unwrap();
        let back = DealColumns::from_image(&plain.to_image()).unwrap();
        assert!(back.split.is_empty() && back.name.is_empty() && back.hold.is_empty());
        assert_eq!(back.to_lines(), plain.to_lines());
        let empty = DealColumns::default();
        assert!(DealColumns::from_image(&empty.to_image()).unwrap().is_empty());
    }

    #[test]
    fn a_damaged_image_is_refused_never_misread() {
        let image = sample().to_image();
        // Every truncation and every changed byte is refused (the checksum).
        for cut in 0..image.len() {
            assert!(DealColumns::from_image(&image[..cut]).is_err(), "cut at {cut}");
        }
        for at in 0..image.len() {
            let mut bad = image.clone();
            bad[at] ^= 0x80;
            assert!(DealColumns::from_image(&bad).is_err(), "byte {at} changed");
        }
        // Behind a good checksum, a damaged structure is refused, never a panic.
        let body = &image[..image.len() - 4];
        for at in 0..body.len() {
            let mut bad = body.to_vec();
            bad[at] = bad[at].wrapping_add(0x41);
            let crc = crc32fast::hash(&bad);
            bad.extend_from_slice(&crc.to_le_bytes());
            let _ = DealColumns::from_image(&bad);
        }
        assert!(DealColumns::from_image(b"PSLINES9").is_err());
    }
}
