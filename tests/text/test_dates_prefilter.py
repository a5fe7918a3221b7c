"""`dates._may_match` (session 27, brief P4): a pattern is skipped only when a literal every match of it
needs is missing, so the answer is the same as running every pattern. Fictional sentences."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest

from newsweave.text import dates

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday

# One sentence per pattern family, with the kind's expression that must still be found.
FAMILIES = [
    ("The ferry log for 2030-11-03 was lost.", "2030-11-03"),
    ("The pier shut on March 12, 2031 after the storm.", "March 12, 2031"),
    ("The pier shut on 12 March 2031 after the storm.", "12 March 2031"),
    ("wardens met on wednesday, april 23, 2031 at the quay.", "wednesday, april 23, 2031"),
    ("The council has argued since march of 2029 about gulls.", "since march of 2029"),
    ("Repairs began in March and stopped.", "in March"),
    ("Her July survey of the dunes found cracks.", "July"),
    ("The harbour board met last month to vote.", "last month"),
    ("Marrowby flooded last summer after heavy rain.", "last summer"),
    ("Divers searched the wreck over the weekend.", "over the weekend"),
    ("Anglers complained this past week about nets.", "this past week"),
    ("The lights went up on Christmas Day in the square.", "on Christmas Day"),
    ("The tide gauge failed a few days ago at dawn.", "a few days ago"),
    ("The crane toppled two days ago near the slipway.", "two days ago"),
    ("The crane toppled 3 weeks ago near the slipway.", "3 weeks ago"),
    ("The board will rule by the end of the year on rents.", "the end of the year"),
    ("The lifeboat crew trained yesterday in fog.", "yesterday"),
    ("The mayor spoke on Tuesday about the seawall.", "on Tuesday"),
    ("the mayor said friday the seawall would hold.", "friday"),
    ("The seawall was built in 1998 by a local firm.", "1998"),
]
# Texts with no digit, month, weekday or day word: nothing to run.
EMPTY = ["The gulls circled the quay while the crew ate lunch.", "A storm warning went out to the fleet.", ""]


def _all_patterns(text: str):  # the gate open: every pattern runs, as before brief P4
    return lambda kind: True


@pytest.mark.parametrize(("sentence", "expression"), FAMILIES)
def test_each_family_still_found_and_same_as_every_pattern(sentence, expression, monkeypatch):
    gated = dates._find_dates(sentence, PUBLISHED, None)
    assert expression in [m.expression for m in gated]
    monkeypatch.setattr(dates, "_may_match", _all_patterns)
    assert dates._find_dates(sentence, PUBLISHED, None) == gated


@pytest.mark.parametrize("text", EMPTY)
def test_text_without_literals_runs_no_pattern(text):
    may_match = dates._may_match(text)
    assert not [kind for kind, _ in dates._PATTERNS if may_match(kind)]
    assert dates._find_dates(text, PUBLISHED, None) == []


def test_every_kind_has_needs_and_every_need_a_word_list():
    assert {kind for kind, _ in dates._PATTERNS} == set(dates._NEEDS)
    assert {need for needs in dates._NEEDS.values() for need in needs} <= set(dates._WORDS) | {"digit"}
    assert all(word == word.lower() for words in dates._WORDS.values() for word in words)


def test_each_kind_needs_what_its_matches_hold():
    """Every match of a pattern in the fictional sentences (and upper/lower-cased copies) holds its needs."""
    texts = [s for s, _ in FAMILIES] + [s.upper() for s, _ in FAMILIES] + [s.lower() for s, _ in FAMILIES]
    for text in texts:
        for kind, pattern in dates._PATTERNS:
            for m in pattern.finditer(text):
                assert dates._may_match(m.group())(kind), (kind, m.group())


def test_odd_case_folds_run_every_pattern(monkeypatch):
    """"weeK" with a Kelvin sign matches a re.I pattern but lower() keeps the sign: the gate stays open."""
    text = "Anglers complained this past wee\u212a about nets; the crew met la\u017ft month."
    assert dates._may_match(text)("pastweek")
    gated = dates._find_dates(text, PUBLISHED, None)
    monkeypatch.setattr(dates, "_may_match", _all_patterns)
    assert dates._find_dates(text, PUBLISHED, None) == gated


def test_odd_fold_characters_are_all_listed():
    """The characters outside ASCII that re.I matches to an ASCII letter are exactly those in `_FOLD_ODD`."""
    chars = "".join(chr(i) for i in range(128, sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    odd = {m.group() for m in re.finditer("[a-z]", chars, re.I)}
    odd |= {m.group() for letter in "abcdefghijklmnopqrstuvwxyz" for m in re.finditer(letter, chars, re.I)}
    assert odd == set(dates._FOLD_ODD.pattern.strip("[]"))
