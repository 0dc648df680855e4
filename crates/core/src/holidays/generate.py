#!/usr/bin/env python3
"""Generate ``crates/core/src/holidays/data.txt`` from the ``holidays`` package on PyPI.

Usage (from the repository root, or from anywhere: paths are relative to this file)::

    pip install holidays==0.109 && python3 crates/core/src/holidays/generate.py

The script refuses to run with any other version of the package, so the data file always
names the exact source it came from. Output is deterministic: running it twice with the
same package version produces byte-identical files. Nothing in ``data.txt`` is typed by
hand; edit this script and re-run it instead.

What is generated
-----------------
For each region (ISO 3166 code) the public holidays of every year from FIRST_YEAR to
LAST_YEAR inclusive, with observed / substitute days (e.g. a Christmas on Saturday
observed on Monday), English names (the country's own English locale where the package
has one, e.g. ``en_GB``; ``en_US`` otherwise), and only the ``public`` category.

* GB: the UK calendar, subdivision ENG (England & Wales share it).
* US: federal (no state).
* NO: ``include_sundays=False`` so ordinary Sundays are not listed (the package can
  list every Sunday as a "holiday"); a check below fails if one slips through.
* DE, AU: national, no subdivision.
* AU: the package's national list has no observed days at all (it only applies the
  substitute rules per state). We add, as "<name> (observed)", every Monday-Friday that
  the package lists as a public holiday in *every* state and territory but not in the
  national list: e.g. Mon 27 Dec 2021 (Christmas Day observed). Days that only some
  states observe (ANZAC Day on a Sunday, King's Birthday, ...) stay out.

Coverage: if the package says it has data only for part of the requested years for a
region (a ``UserWarning`` "Requested Holidays are available only from A to B"), that
region's covered years are clamped to the years it fully supports, and the Rust side
reports the other years as not covered rather than silently missing holidays.
Currently this affects India (its lunar-calendar holidays end in 2035).

Format: see the module documentation at the top of ``crates/core/src/holidays/mod.rs``.
"""

from __future__ import annotations

import collections
import datetime as dt
import pathlib
import re
import sys
import warnings

PACKAGE_VERSION = "0.109"
FIRST_YEAR = 2020
LAST_YEAR = 2036

# (code, package keyword arguments). Order is the file order.
REGIONS: list[tuple[str, dict]] = [
    ("GB", {"subdiv": "ENG"}),
    ("US", {}),
    ("SG", {}),
    ("NO", {"include_sundays": False}),
    ("GR", {}),
    ("DK", {}),
    ("DE", {}),
    ("NL", {}),
    ("IN", {}),
    ("AU", {}),
    ("JP", {}),
]

AU_STATES = ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"]

# Name indexes are one character each: at most 52 distinct names per region.
INDEX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

OUT = pathlib.Path(__file__).resolve().parent / "data.txt"
COMMAND = f"pip install holidays=={PACKAGE_VERSION} && python3 crates/core/src/holidays/generate.py"

RANGE_WARNING = re.compile(r"available only from (\d+) to (\d+)")


def fail(msg: str) -> None:
    sys.exit(f"generate.py: error: {msg}")


def language_for(cls) -> str:
    """The country's own English locale if the package has one, else en_US."""
    langs = getattr(cls, "supported_languages", ()) or ()
    default = getattr(cls, "default_language", None)
    if default and default.startswith("en"):
        return default
    own = sorted(lang for lang in langs if lang.startswith("en_") and lang != "en_US")
    if own:
        return own[0]
    if "en_US" in langs:
        return "en_US"
    return default  # package default (not English): reported below


def load(code: str, years, **kwargs):
    """country_holidays(...) for `years`, returning (holidays, list of warning texts)."""
    import holidays

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        h = holidays.country_holidays(code, years=years, categories=("public",), **kwargs)
        # Populate eagerly inside the warning capture.
        items = dict(h.items())
    return items, [str(w.message) for w in caught]


def covered_years(code: str, kwargs: dict) -> tuple[int, int]:
    """The sub-range of FIRST_YEAR..LAST_YEAR for which the package has full data."""
    years = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        _, msgs = load(code, [year], **kwargs)
        ok = True
        for msg in msgs:
            m = RANGE_WARNING.search(msg)
            if m and not (int(m.group(1)) <= year <= int(m.group(2))):
                ok = False
            elif not m:
                print(f"note: {code} {year}: package warning: {msg}", file=sys.stderr)
        if ok:
            years.append(year)
    if not years:
        fail(f"{code}: no year in {FIRST_YEAR}..{LAST_YEAR} is supported")
    first, last = years[0], years[-1]
    if years != list(range(first, last + 1)):
        fail(f"{code}: supported years are not contiguous: {years}")
    return first, last


def region_holidays(code: str, kwargs: dict) -> tuple[int, int, dict, str]:
    import holidays

    cls = holidays.country_holidays(code, **kwargs).__class__
    lang = language_for(cls)
    kwargs = dict(kwargs, language=lang)
    first, last = covered_years(code, kwargs)
    # Populate one extra year on each side: an observed day can fall in the year before
    # the holiday (US: New Year's Day on a Saturday is observed on Friday 31 December).
    items, _ = load(code, range(first - 1, last + 2), **kwargs)
    lo, hi = dt.date(first, 1, 1), dt.date(last, 12, 31)
    days = {d: n for d, n in items.items() if lo <= d <= hi}
    if code == "AU":
        days = add_au_observed(days, lo, hi, kwargs)
    return first, last, days, lang


def add_au_observed(days: dict, lo: dt.date, hi: dt.date, kwargs: dict) -> dict:
    """Add weekdays that every AU state/territory observes but the national list lacks."""
    states = {}
    for state in AU_STATES:
        items, _ = load("AU", range(lo.year - 1, hi.year + 2), subdiv=state, **kwargs)
        states[state] = items
    common = set.intersection(*(set(s) for s in states.values()))
    national_names_by_year = collections.defaultdict(set)
    for d, n in days.items():
        national_names_by_year[d.year].add(n)
    out = dict(days)
    for d in sorted(common):
        if not (lo <= d <= hi) or d in days or d.weekday() >= 5:
            continue
        # Which national holiday is this the observed day of? Count the base names the
        # states give it (split "A; B", strip " (observed)"), among this or the
        # neighbouring year's national names; most common wins, ties alphabetical.
        candidates = (
            national_names_by_year[d.year]
            | national_names_by_year[d.year - 1]
            | national_names_by_year[d.year + 1]
        )
        counts = collections.Counter()
        for state in AU_STATES:
            for part in states[state][d].split("; "):
                base = part.removesuffix(" (observed)")
                if base in candidates:
                    counts[base] += 1
        if not counts:
            fail(f"AU {d}: common state holiday {states['NSW'][d]!r} matches no national one")
        base = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        out[d] = f"{base} (observed)"
    return out


def encode_region(code: str, first: int, last: int, days: dict) -> list[str]:
    names = sorted(set(days.values()))
    if len(names) > len(INDEX_CHARS):
        fail(f"{code}: {len(names)} distinct names, the format allows {len(INDEX_CHARS)}")
    for n in names:
        if not n or "|" in n or "\n" in n or n != n.strip():
            fail(f"{code}: name not encodable: {n!r}")
    index = {n: INDEX_CHARS[i] for i, n in enumerate(names)}
    lines = [f"R {code} {first} {last} {len(days)}", "N " + "|".join(names)]
    for year in range(first, last + 1):
        prev = dt.date(year, 1, 1)
        tokens = []
        for d in sorted(x for x in days if x.year == year):
            tokens.append(f"{(d - prev).days}{index[days[d]]}")
            prev = d
        lines.append(f"{year} " + "".join(tokens) if tokens else f"{year}")
    return lines


def sanity(code: str, first: int, last: int, days: dict, lang: str) -> None:
    per_year = collections.Counter(d.year for d in days)
    low = {y: per_year[y] for y in range(first, last + 1) if per_year[y] < 5}
    if low:
        fail(f"{code}: fewer than 5 holidays in {low}")
    if not lang or not lang.startswith("en"):
        print(f"note: {code}: names in package default language {lang!r}", file=sys.stderr)
    for d, n in days.items():
        if not n.isascii():
            print(f"note: {code} {d}: non-ASCII name {n!r}", file=sys.stderr)
        # include_sundays=True would list every Sunday as "Sunday" (or "...; Sunday").
        if any(part.strip().lower() == "sunday" for part in n.split(";")):
            fail(f"{code} {d}: a plain Sunday is listed as a holiday: {n!r}")
    if code == "NO":
        # 10-12 real public holidays a year; with Sundays it would be over 60.
        many = {y: c for y, c in per_year.items() if c > 13}
        if many:
            fail(f"NO: too many holidays (Sundays included?): {many}")
    counts = " ".join(f"{y}:{per_year[y]}" for y in range(first, last + 1))
    print(f"{code} [{lang}] {first}-{last}: {counts}", file=sys.stderr)


def main() -> None:
    try:
        import holidays
    except ImportError:
        fail(f"the holidays package is not installed: pip install holidays=={PACKAGE_VERSION}")
    if holidays.__version__ != PACKAGE_VERSION:
        fail(
            f"holidays {holidays.__version__} is installed, this script is pinned to "
            f"{PACKAGE_VERSION}: pip install holidays=={PACKAGE_VERSION} "
            f"(or bump PACKAGE_VERSION here and review the diff of data.txt)"
        )
    lines = [
        f"# holidays {PACKAGE_VERSION} (PyPI), public category. Generated by: {COMMAND}"
        " -- do not edit by hand.",
        f"# years {FIRST_YEAR}-{LAST_YEAR}; format documented in crates/core/src/holidays/mod.rs",
    ]
    total = 0
    for code, kwargs in REGIONS:
        first, last, days, lang = region_holidays(code, kwargs)
        sanity(code, first, last, days, lang)
        lines += encode_region(code, first, last, days)
        total += len(days)
    text = "\n".join(lines) + "\n"
    OUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUT} ({len(text.encode())} bytes, {total} holidays)", file=sys.stderr)


if __name__ == "__main__":
    main()
