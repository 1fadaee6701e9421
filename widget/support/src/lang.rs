//! The language a widget speaks.

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Svenska, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Reads a BCP 47 language tag such as `sv`, `sv-SE`, `en` or `en-GB`.
    ///
    /// English for `en` and `en-*` (any case), Swedish for everything else: a
    /// municipal page that says nothing gets the Swedish widget.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Sv
        }
    }

    /// The BCP 47 tag to put in a `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The other language: the one the switch button offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }

    /// Formats a whole number the way the language writes it: `1 234 567` in Swedish
    /// (groups separated by a no-break space), `1,234,567` in English.
    pub fn format_count(self, n: u64) -> String {
        let sep = match self {
            Lang::Sv => '\u{a0}',
            Lang::En => ',',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_choose_the_language() {
        assert_eq!(Lang::from_tag("en"), Lang::En);
        assert_eq!(Lang::from_tag("EN-gb"), Lang::En);
        assert_eq!(Lang::from_tag("en_US"), Lang::En);
        assert_eq!(Lang::from_tag("sv-SE"), Lang::Sv);
        assert_eq!(Lang::from_tag(""), Lang::Sv);
        assert_eq!(Lang::from_tag("english"), Lang::Sv);
        assert_eq!(Lang::from_tag("fi"), Lang::Sv);
    }

    #[test]
    fn switching_twice_returns() {
        for lang in [Lang::Sv, Lang::En] {
            assert_ne!(lang.other(), lang);
            assert_eq!(lang.other().other(), lang);
        }
    }

    #[test]
    fn counts_are_grouped_per_language() {
        assert_eq!(Lang::Sv.format_count(0), "0");
        assert_eq!(Lang::Sv.format_count(999), "999");
        assert_eq!(Lang::Sv.format_count(1_234), "1\u{a0}234");
        assert_eq!(Lang::Sv.format_count(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(Lang::En.format_count(100_000), "100,000");
    }
}
