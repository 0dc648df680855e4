//! The languages the form speaks, named by their BCP 47 tags, and how a
//! reader's preference (a `?lang=`, a `--lang`, an `Accept-Language`, the
//! browser's languages) picks one of them.

/// A language the catalogs are written in (`crates/core/locales/<tag>.ftl`
/// for the core, `locales/<tag>.ftl` for the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English, the catalogs' source language and every fallback.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Brazilian Portuguese, also chosen for any other Portuguese.
    PtBr,
    /// Dutch.
    Nl,
    /// Danish.
    Da,
    /// Japanese.
    Ja,
    /// Chinese in simplified characters.
    ZhHans,
    /// Arabic, written right to left.
    Ar,
}

impl Lang {
    /// Every language, English first, in the language menu's order.
    pub const ALL: [Lang; 10] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::PtBr,
        Lang::Nl,
        Lang::Da,
        Lang::Ja,
        Lang::ZhHans,
        Lang::Ar,
    ];

    /// The language's tag, as the catalogs' file names and `lang` attributes
    /// write it: "en", "de", "fr", "es", "pt-BR", "nl", "da", "ja",
    /// "zh-Hans", "ar".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Nl => "nl",
            Lang::Da => "da",
            Lang::Ja => "ja",
            Lang::ZhHans => "zh-Hans",
            Lang::Ar => "ar",
        }
    }

    /// The language named in itself, for the language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Nl => "Nederlands",
            Lang::Da => "Dansk",
            Lang::Ja => "日本語",
            Lang::ZhHans => "简体中文",
            Lang::Ar => "العربية",
        }
    }

    /// Whether the language is written right to left (the page sets
    /// `dir="rtl"`, and messages isolate the values put into them).
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The language a tag asks for, or `None` when the form does not speak
    /// it. Case does not matter and `_` counts as `-`; a region or script the
    /// catalogs do not have falls back to the language (`de-AT` → German,
    /// `pt` and `pt-PT` → Brazilian Portuguese, `zh`, `zh-CN`, `zh-SG` and
    /// `zh-Hans-*` → simplified Chinese). Traditional Chinese (`zh-Hant`,
    /// `zh-TW`, `zh-HK`, `zh-MO`) is not simplified Chinese: `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        let primary = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        // Every subtag is letters or digits; anything else is not a tag.
        if primary.is_empty()
            || !primary.bytes().all(|b| b.is_ascii_lowercase())
            || rest
                .iter()
                .any(|s| s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            return None;
        }
        Some(match primary {
            "en" => Lang::En,
            "de" => Lang::De,
            "fr" => Lang::Fr,
            "es" => Lang::Es,
            "pt" => Lang::PtBr,
            "nl" => Lang::Nl,
            "da" => Lang::Da,
            "ja" => Lang::Ja,
            "zh" => {
                let traditional = rest
                    .iter()
                    .take_while(|s| **s != "hans")
                    .any(|s| matches!(*s, "hant" | "tw" | "hk" | "mo"));
                if traditional {
                    return None;
                }
                Lang::ZhHans
            }
            "ar" => Lang::Ar,
            _ => return None,
        })
    }

    /// The first of the reader's preferred tags the form speaks, else
    /// English.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::parse).unwrap_or(Lang::En)
    }

    /// The language an HTTP `Accept-Language` header prefers: its tags in
    /// the order of their `q` weights (ties keep the header's order; `q=0`
    /// means "not this one"), negotiated as [`Lang::negotiate`] does.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut weighted: Vec<(u32, &str)> = header
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let mut weight = 1000;
                for param in parts {
                    if let Some(q) = param.trim().strip_prefix("q=") {
                        // Weights have at most three decimals; an unreadable one counts as 0.
                        weight = q
                            .trim()
                            .parse::<f32>()
                            .map(|q| (q.clamp(0.0, 1.0) * 1000.0).round() as u32)
                            .unwrap_or(0);
                    }
                }
                (weight > 0 && !tag.is_empty()).then_some((weight, tag))
            })
            .collect();
        // A stable sort: equal weights keep the header's order.
        weighted.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
        Lang::negotiate(weighted.into_iter().map(|(_, tag)| tag))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn every_tag_reads_back_as_its_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.tag()), Some(lang), "{lang}");
        }
    }

    #[test]
    fn a_region_or_script_the_catalogs_lack_falls_back_to_the_language() {
        assert_eq!(Lang::parse("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("zh"), Some(Lang::ZhHans));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::parse("zh-SG"), Some(Lang::ZhHans));
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("en-US"), Some(Lang::En));
        assert_eq!(Lang::parse("fr-CA"), Some(Lang::Fr));
    }

    #[test]
    fn case_and_underscores_do_not_matter() {
        assert_eq!(Lang::parse("PT_br"), Some(Lang::PtBr));
        assert_eq!(Lang::parse("ZH-hans"), Some(Lang::ZhHans));
        assert_eq!(Lang::parse(" DE "), Some(Lang::De));
    }

    #[test]
    fn a_language_the_form_does_not_speak_is_none() {
        for tag in [
            "xx", "", "-", "de-", "zh-TW", "zh-Hant", "zh-HK", "*", "d e", "1a", "en-€",
        ] {
            assert_eq!(Lang::parse(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn negotiation_takes_the_first_spoken_tag_else_english() {
        assert_eq!(Lang::negotiate(["xx", "zh-TW", "de-CH", "fr"]), Lang::De);
        assert_eq!(Lang::negotiate(["xx"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn accept_language_is_read_by_weight() {
        assert_eq!(
            Lang::from_accept_language("en;q=0.5, ja;q=0.9, xx"),
            Lang::Ja
        );
        assert_eq!(
            Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"),
            Lang::Fr
        );
        assert_eq!(Lang::from_accept_language("de;q=0, nl;q=0.1"), Lang::Nl);
        assert_eq!(Lang::from_accept_language("*"), Lang::En);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
        assert_eq!(Lang::from_accept_language("ar;q=oops, da"), Lang::Da);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        let rtl: Vec<Lang> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, [Lang::Ar]);
    }
}
