"""Session 27, brief P3: find_dates (without a tense), furniture_kind and quantities keep their
answer for a text asked again; each caller still gets its own list, and a tense bypasses the cache."""

import datetime as dt

from newsweave.analyze import quantities as q
from newsweave.text import dates, furniture

TEXT = "The Marrowby council voted on Tuesday, two days after 14 residents wrote to it in March 2019."
PUBLISHED = dt.date(2021, 6, 10)


def test_find_dates_repeat_is_kept_and_each_caller_owns_its_list():
    dates._untensed.cache_clear()
    first = dates.find_dates(TEXT, PUBLISHED)
    assert [m.expression for m in first] == ["on Tuesday", "in March 2019"]
    first.clear()  # a caller changing its list changes nobody else's
    second = dates.find_dates(TEXT, PUBLISHED)
    assert [m.expression for m in second] == ["on Tuesday", "in March 2019"]
    assert dates._untensed.cache_info().hits == 1
    assert second == dates._find_dates(TEXT, PUBLISHED, None)


def test_find_dates_with_a_tense_is_not_cached():
    dates._untensed.cache_clear()
    past = dates.find_dates(TEXT, PUBLISHED, lambda a, b: "past")
    future = dates.find_dates(TEXT, PUBLISHED, lambda a, b: "future")
    assert past[0].date == "2021-06-08" and future[0].date == "2021-06-15"
    assert dates._untensed.cache_info().currsize == 0


def test_find_dates_other_publication_date_is_another_answer():
    assert dates.find_dates(TEXT, PUBLISHED)[0].date == "2021-06-08"
    assert dates.find_dates(TEXT, dt.date(2021, 6, 3))[0].date == "2021-06-01"
    assert dates.find_dates(TEXT, None)[0].date is None


def test_furniture_kind_repeat_is_kept():
    furniture._kept_kind.cache_clear()
    assert furniture.furniture_kind("Sign up for our free newsletter today.") == "newsletter"
    assert furniture.furniture_kind("Sign up for our free newsletter today.") == "newsletter"
    assert furniture.furniture_kind(TEXT) is None
    assert furniture._kept_kind.cache_info().hits == 1


def test_quantities_repeat_is_kept_and_each_caller_owns_its_list():
    q._quantities.cache_clear()
    first = q.quantities(TEXT)
    assert [x.value for x in first] == [14.0]
    first.append(first[0])
    assert [x.value for x in q.quantities(TEXT)] == [14.0]
    assert q._quantities.cache_info().hits == 1
    assert q.quantities(TEXT, forms=True) == q._read_quantities(TEXT, forms=True)


def test_long_texts_are_not_kept():
    dates._untensed.cache_clear()
    furniture._kept_kind.cache_clear()
    q._quantities.cache_clear()
    long = (TEXT + " ") * 30
    assert len(dates.find_dates(long, PUBLISHED)) == 60 and dates._untensed.cache_info().currsize == 0
    assert furniture.furniture_kind(long) is None and furniture._kept_kind.cache_info().currsize == 0
    assert len(q.quantities(long)) == 30 and q._quantities.cache_info().currsize == 0
