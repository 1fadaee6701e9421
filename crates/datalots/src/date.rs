//! The one date check: `YYYY-MM-DD`, a day that exists (`xsd:date`'s lexical form,
//! as DCAT-AP-SE writes `dcterms:issued`, `dcterms:modified` and periods).
//!
//! ```
//! use datalots::date::is_date;
//!
//! assert!(is_date("2024-02-29")); // a leap day
//! assert!(!is_date("2025-02-29") && !is_date("2025-02-31") && !is_date("2025-13-01"));
//! assert!(!is_date("31/1/2025") && !is_date("2025-1-31"));
//! ```

/// Whether `s` is a date `YYYY-MM-DD` with a month and a day that exist.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_that_exist() {
        for ok in [
            "2025-02-28",
            "2024-02-29",
            "2000-02-29",
            "1999-12-31",
            "2025-04-30",
        ] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-31",
            "2025-02-29",
            "1900-02-29",
            "2025-04-31",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "28/2/2025",
            "2025-2-28",
            "2025-02-28T00:00",
            "२०२५-०२-२८",
            "",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
