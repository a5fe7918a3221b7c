"""Date finding is linear in the text: 1 MB of adversarial input costs about ten times 100 KB.

Before the fix, many date matches made the overlap check quadratic (100 KB of "March 12 " took
13 s and the ratio was about 80), and the sentence look-around scanned to the text's ends.
"""

import datetime as dt
import time

from newsweave.text.dates import find_dates

# Many matches (month-day, years, weekdays), quote openers that never close, a long word,
# runs of terminal punctuation and whitespace, no sentence ends.
UNIT = 'March 12 2016 on Tuesday "in last month ' + "x" * 40 + " .?!.?!.?! " + " " * 30 + "12 April "


def _seconds(size: int, repeat: int) -> float:
    text = (UNIT * (size // len(UNIT) + 1))[:size]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = find_dates(text, dt.date(2020, 1, 1))
        best = min(best, time.perf_counter() - t0)
    assert len(found) > size // len(UNIT)  # it did the work
    return best


def test_find_dates_is_linear_on_adversarial_input():
    small = _seconds(100_000, repeat=3)
    large = _seconds(1_000_000, repeat=1)
    # Linear gives ~10; quadratic gives ~100. The margin absorbs a busy machine.
    assert large / small < 30, (small, large)
