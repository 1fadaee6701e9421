//! The value patterns of the bundle (`spec::PropertyRule::pattern`), matched without a
//! regular-expression engine: there are few of them, and an engine cost every visitor
//! of the widget about 10 KB gzip. A pattern is matched as a whole-value match
//! (`^(?:…)$`, as in XSD patterns and the HTML `pattern` attribute RDForms fills from
//! it). The tests check each matcher against a regex engine running the bundle's own
//! pattern (look-aheads included) on every short string over its alphabet; a pattern
//! the bundle gains that has no matcher fails them, and the validator rejects its
//! values rather than accept them unchecked.

/// `xsd:duration` as the bundle writes it (`P1Y2M`, `PT0.5S`, `-P10D`).
pub(crate) const DURATION: &str =
    r"(-?)P(?=.)((\d+)Y)?((\d+)M)?((\d+)D)?(T(?=.)((\d+)H)?((\d+)M)?(\d*(\.\d+)?S)?)?";
/// A telephone number: digits, spaces and `+()*,-.`.
pub(crate) const PHONE: &str = r"^[0-9+()-.\s]+$";
/// A media type, with one parameter at most (`text/csv; charset=utf-8`).
pub(crate) const MEDIA_TYPE: &str = r"^\w+\/[-.\w]+(?:\+[-.\w]+)?(\s*;\s*\w+=\w+)?$";

/// A compiled pattern of the bundle.
#[derive(Debug)]
pub(crate) enum Matcher {
    /// Text followed by `.*` or `.+` (the URL patterns).
    Simple(Simple),
    /// [`DURATION`].
    Duration,
    /// [`PHONE`].
    Phone,
    /// [`MEDIA_TYPE`].
    MediaType,
}

impl Matcher {
    /// The matcher of a pattern of the bundle; `None` for a pattern Datalots cannot
    /// check (its values are then rejected).
    pub(crate) fn new(p: &str) -> Option<Matcher> {
        match p {
            DURATION => Some(Matcher::Duration),
            PHONE => Some(Matcher::Phone),
            MEDIA_TYPE => Some(Matcher::MediaType),
            _ => Simple::new(p).map(Matcher::Simple),
        }
    }

    /// Whether the whole value matches.
    pub(crate) fn is_match(&self, value: &str) -> bool {
        match self {
            Matcher::Simple(s) => s.is_match(value),
            Matcher::Duration => is_duration(value),
            Matcher::Phone => !value.is_empty() && value.chars().all(is_phone_char),
            Matcher::MediaType => is_media_type(value),
        }
    }
}

/// `\s` as the bundle's patterns mean it (ASCII white space).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C')
}

/// `\w` (ASCII letters, digits, `_`).
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// `[0-9+()-.\s]`: `)-.` is the range `)*+,-.`.
fn is_phone_char(c: char) -> bool {
    c.is_ascii_digit() || c == '(' || (')'..='.').contains(&c) || is_space(c)
}

/// The longest run of characters from the start of `s` that `keep` accepts, and the rest.
fn run(s: &str, keep: impl Fn(char) -> bool) -> (&str, &str) {
    let end = s.find(|c: char| !keep(c)).unwrap_or(s.len());
    s.split_at(end)
}

/// `\d+` then `designator`, when `s` starts so: the rest after it.
fn component(s: &str, designator: char) -> Option<&str> {
    let (digits, rest) = run(s, |c| c.is_ascii_digit());
    (!digits.is_empty()).then_some(())?;
    rest.strip_prefix(designator)
}

/// [`DURATION`]: `-?P`, something after it; years, months, days, each optional in
/// that order; then optionally `T`, something after it, hours, minutes and seconds
/// (`\d*(\.\d+)?S`), each optional in that order; nothing else.
fn is_duration(value: &str) -> bool {
    let s = value.strip_prefix('-').unwrap_or(value);
    let Some(mut s) = s.strip_prefix('P') else {
        return false;
    };
    if s.is_empty() {
        return false;
    }
    for d in ['Y', 'M', 'D'] {
        s = component(s, d).unwrap_or(s);
    }
    if let Some(t) = s.strip_prefix('T') {
        if t.is_empty() {
            return false;
        }
        s = t;
        for d in ['H', 'M'] {
            s = component(s, d).unwrap_or(s);
        }
        s = seconds(s).unwrap_or(s);
    }
    s.is_empty()
}

/// `\d*(\.\d+)?S` at the start of `s`: the rest after it.
fn seconds(s: &str) -> Option<&str> {
    let (_, rest) = run(s, |c| c.is_ascii_digit());
    let rest = match rest.strip_prefix('.') {
        Some(fraction) => {
            let (digits, after) = run(fraction, |c| c.is_ascii_digit());
            (!digits.is_empty()).then_some(after)?
        }
        None => rest,
    };
    rest.strip_prefix('S')
}

/// [`MEDIA_TYPE`]: `\w+/[-.\w]+`, optionally `+[-.\w]+`, optionally one parameter
/// `\s*;\s*\w+=\w+`; nothing else.
pub(crate) fn is_media_type(value: &str) -> bool {
    let name = |c: char| is_word(c) || c == '-' || c == '.';
    let (kind, s) = run(value, is_word);
    let Some(s) = s.strip_prefix('/').filter(|_| !kind.is_empty()) else {
        return false;
    };
    let (sub, mut s) = run(s, name);
    if sub.is_empty() {
        return false;
    }
    if let Some(suffix) = s.strip_prefix('+') {
        let (suffix, rest) = run(suffix, name);
        if suffix.is_empty() {
            return false;
        }
        s = rest;
    }
    if s.is_empty() {
        return true;
    }
    let (_, s) = run(s, is_space);
    let Some(s) = s.strip_prefix(';') else {
        return false;
    };
    let (_, s) = run(s, is_space);
    let (key, s) = run(s, is_word);
    let Some(val) = s.strip_prefix('=').filter(|_| !key.is_empty()) else {
        return false;
    };
    let (val, rest) = run(val, is_word);
    !val.is_empty() && rest.is_empty()
}

/// A pattern of the bundle that is text followed by `.*` or `.+` (`https?://.+`,
/// `(http|https|ftp|ftps)://.*`, `https://www.dataportal.se/terminology/grunddata/.*`),
/// matched without the regex engine: the values it sees (access and download URLs)
/// are different for every dataset, so they cannot be remembered, and the engine
/// costs more than the rest of their checks.
#[derive(Debug)]
pub(crate) struct Simple {
    /// What the value starts with, one of them: `.` is any character but a line break,
    /// everything else itself.
    heads: Vec<String>,
    /// Characters (not line breaks) that must follow: 0 for `.*`, 1 for `.+`.
    min_rest: usize,
}

impl Simple {
    /// The pattern as a [`Simple`] one, when it is of that form (whole-value match, as
    /// a whole-value match).
    fn new(p: &str) -> Option<Simple> {
        let plain = |t: &str| {
            t.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '/' | '_' | '-' | '.'))
        };
        let (head, min_rest) = match (p.strip_suffix(".*"), p.strip_suffix(".+")) {
            (Some(h), _) => (h, 0),
            (_, Some(h)) => (h, 1),
            _ => return None,
        };
        let mut heads: Vec<String> = match head.strip_prefix('(') {
            Some(rest) => {
                let (alternatives, after) = rest.split_once(')')?;
                if !plain(after) {
                    return None;
                }
                alternatives
                    .split('|')
                    .map(|a| plain(a).then(|| format!("{a}{after}")))
                    .collect::<Option<_>>()?
            }
            None => {
                // One optional character (`s?`) at most.
                match head.split_once('?') {
                    Some((before, after)) => {
                        let mut without = before.to_owned();
                        without.pop()?;
                        if !plain(before) || !plain(after) {
                            return None;
                        }
                        vec![format!("{before}{after}"), format!("{without}{after}")]
                    }
                    None => vec![head.to_owned()],
                }
            }
        };
        heads.retain(|h| !h.is_empty());
        (!heads.is_empty()).then_some(Simple { heads, min_rest })
    }

    fn is_match(&self, value: &str) -> bool {
        self.heads.iter().any(|head| {
            let mut chars = value.chars();
            for h in head.chars() {
                match chars.next() {
                    Some('\n') | None => return false,
                    Some(c) if h == '.' || h == c => {}
                    Some(_) => return false,
                }
            }
            let rest = chars.as_str();
            !rest.contains('\n') && rest.chars().count() >= self.min_rest
        })
    }
}

#[cfg(test)]
mod tests;
