"""The merge pass does not join two stories on the words of the stream (cluster/merge.py,
`common_keys`; session 24). The linker's IDF comes from older training articles, so a word of the
day (here the made-up disease "zorvaxi" and governor "Quellmar", unknown to it: the highest weight)
counts as a rare word shared by any two stories of a topical feed. Before the change every pair of
these unrelated stories, about a ferry, a strike, a flood, vaccine doses or a poll, scored merge
probability 0.99+ on those words alone. Stories built by hand (fictional keys, centroids 0.4-0.67
apart), the static model's merger, as the clusterer calls it."""

from __future__ import annotations

import datetime as dt

import numpy as np

from newsweave.cluster import StoryState, find_merges
from newsweave.cluster.merge import COMMON_MIN, common_keys
from newsweave.cluster.online import ClusterConfig

DAY = dt.date(2025, 4, 28)
DIM = 64
STREAM = {"zorvaxi": 4, "quellmar": 4, "brintova": 3, "pandemic": 3, "governor": 2, "administration": 2, "sorrelheim": 2}
WORDS = ("harbour ferry bridge council budget school teacher farmer orchard museum festival railway tunnel airport court "
         "judge jury union strike wage factory steel mine forest river flood storm drought wheat market bank loan tax "
         "pension hospital nurse doctor clinic patient vaccine dose shipment abroad donate approval poll promise speech "
         "record senate vote law rule office").split()


def _story(story_id: str, n: int, words: list[str], axis: int, seq: int, *, stream: bool = True, extra: float = 0.0) -> StoryState:
    keys = dict(STREAM) if stream else {}
    keys.update({w: 2 for w in words})
    unit = np.zeros(DIM, dtype=np.float32)
    unit[0], unit[axis], unit[DIM - 1] = 1.0, 1.0, extra
    unit /= np.linalg.norm(unit)
    return StoryState(id=story_id, centroid_sum=unit * n, n=n, entities=keys, first_seen=DAY, last_seen=DAY, seq=seq)


def _feed() -> list[StoryState]:
    others = [_story(f"other{i}", 2, WORDS[i * 5:i * 5 + 5] + [f"#{i}"], 10 + i, 10 + i) for i in range(6)]
    return [_story("doses", 3, WORDS[30:42], 2, 1, extra=1.0), _story("poll", 3, WORDS[42:54], 3, 2, extra=1.0), *others]


def test_stories_sharing_only_the_streams_words_are_not_merged():
    states = _feed()
    assert set(STREAM) <= common_keys(states, [True] * len(states))
    assert find_merges(states, config=ClusterConfig()) == []


def test_one_event_in_two_stories_is_still_merged_in_a_topical_feed():
    states = _feed()
    # The vaccine-doses event split in two: the second piece shares the first one's own words.
    piece = _story("doses-2", 2, WORDS[30:40] + ["airport"], 2, 20, extra=1.0)
    merges = find_merges([*states, piece], config=ClusterConfig())
    assert [(m.keep_id, m.absorbed_id) for m in merges] == [("doses", "doses-2")]


def test_a_word_is_the_streams_only_when_a_quarter_of_the_stories_and_four_hold_it():
    three = [_story(f"s{i}", 2, WORDS[i * 5:i * 5 + 5], 10 + i, i) for i in range(3)]
    assert common_keys(three, [True] * 3) == frozenset()  # fewer than COMMON_MIN stories
    assert COMMON_MIN == 4
    many = three + [_story(f"t{i}", 2, WORDS[20 + i * 5:25 + i * 5], 20 + i, 10 + i, stream=False) for i in range(10)]
    assert common_keys(many, [True] * len(many)) == frozenset()  # 3 of 13: under a quarter
    assert common_keys(many, [True] * 3 + [False] * 10) == frozenset()  # dead stories do not count
    more = many + [_story("u", 2, WORDS[:2], 40, 40)]
    assert set(STREAM) <= common_keys(more, [True] * len(more))  # 4 of 14
