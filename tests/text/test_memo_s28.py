"""Session 28, brief P5: one helper keeps a pure function's answer per exact text (`text/memo.py`);
each caller gets its own list, a text over `max_chars` is not kept, and one public function empties
every such cache, the three session-27 users (dates, furniture, quantities) among them."""

import datetime as dt

from newsweave.analyze import quantities as q
from newsweave.text import dates, furniture
from newsweave.text.memo import clear_text_caches, kept_per_text

TEXT = "The Fennick ferry carried 40 passengers across the lake on Sunday, as it did in May 2020."


def _counting(fresh):
    calls = []

    @kept_per_text(maxsize=16, max_chars=30, fresh=fresh)
    def words(text, upper):
        calls.append(text)
        return [w.upper() if upper else w for w in text.split()]

    return words, calls


def test_each_caller_gets_a_fresh_list_and_the_answer_is_computed_once():
    words, calls = _counting(list)
    first = words("two grey herons", False)
    first.append("changed")
    second = words("two grey herons", False)
    assert second == ["two", "grey", "herons"] and second is not first
    assert calls == ["two grey herons"] and words.cache_info().hits == 1
    assert words("two grey herons", True) == ["TWO", "GREY", "HERONS"]  # the other arguments are part of the key
    assert len(calls) == 2


def test_without_fresh_the_kept_value_itself_comes_back():
    words, calls = _counting(None)
    assert words("a b", False) is words("a b", False)
    assert calls == ["a b"]


def test_text_over_max_chars_is_not_kept():
    words, calls = _counting(list)
    long = "a heron stood in the reeds all morning"  # 38 characters, over 30
    assert words(long, False) == long.split() and words(long, False) == long.split()
    assert calls == [long, long] and words.cache_info().currsize == 0


def test_clear_text_caches_empties_every_kept_function():
    words, calls = _counting(list)
    words("one heron", False)
    dates.find_dates(TEXT, dt.date(2021, 6, 10))
    furniture.furniture_kind(TEXT)
    q.quantities(TEXT)
    assert min(f.cache_info().currsize for f in (words, dates._untensed, furniture._kept_kind, q._quantities)) >= 1
    clear_text_caches()
    assert [f.cache_info().currsize for f in (words, dates._untensed, furniture._kept_kind, q._quantities)] == [0, 0, 0, 0]
    words("one heron", False)
    assert calls == ["one heron", "one heron"]


def test_the_three_users_answer_as_their_uncached_functions():
    published = dt.date(2021, 6, 10)
    clear_text_caches()
    assert dates.find_dates(TEXT, published) == dates._find_dates(TEXT, published, None)
    assert [m.expression for m in dates.find_dates(TEXT, published)] == ["on Sunday", "in May 2020"]
    assert q.quantities(TEXT) == q._read_quantities(TEXT) and [x.value for x in q.quantities(TEXT)] == [40.0]
    assert furniture.furniture_kind("Sign up for our free newsletter today.") == "newsletter"
