"""Ingest tests: `db_url` (SQLite and PostgreSQL) comes from tests/conftest.py; this adds a
fictional corpus writer for volume tests."""

from __future__ import annotations

import pytest


# Fictional stories for volume tests: each topic is a made-up event with its own names and words.
TOPICS = [
    ("Port Alder footbridge collapses into harbour", ["The Kestrel footbridge in Port Alder fell into the harbour during the evening crossing.", "Mayor Helen Okafor promised an inquiry into the bridge's steel cables.", "Divers searched the harbour water beneath the broken span."]),
    ("Kettlewick reservoir bursts its banks", ["Heavy rain pushed the Kettlewick reservoir over its dam wall.", "Engineer Tomas Reyne said pumps from Brackenfold were racing to the valley.", "Farmland along the river Wend lay under muddy floodwater."]),
    ("Fire guts Brackenfold library", ["Flames tore through the Brackenfold library roof before dawn.", "Librarian Ada Venn wept as firefighters carried out scorched manuscripts.", "Smoke hung over the town square until noon."]),
    ("Saltmere ferry runs aground", ["The Saltmere ferry Gull Queen struck a sandbank at low tide.", "Captain Ivo Marsh ordered passengers into lifejackets while tugs approached.", "Coastguard helicopters circled the stranded vessel."]),
    ("Dunhollow power station shuts down", ["A turbine failure tripped every generator at the Dunhollow power station.", "Director Priya Lowe warned of rolling blackouts across the county grid.", "Hospitals switched to diesel backup generators."]),
    ("Greywater school roof gives way", ["Part of the Greywater primary school roof caved in over an empty gymnasium.", "Headteacher Sam Orrin sent pupils home and called structural surveyors.", "Parents gathered at the school gates asking about asbestos."]),
    ("Fenbridge tram derails near market", ["A Fenbridge tram jumped the rails beside the covered market.", "Inspector Lena Quill said a cracked point switch was the likely cause.", "Stallholders helped shaken commuters off the tilted carriage."]),
    ("Oakhurst museum coin theft", ["Thieves took rare silver coins from the Oakhurst museum overnight.", "Curator Bram Ellis said the alarm system had been disabled.", "Detectives dusted display cases for fingerprints."]),
]
OUTLETS = ["Marrowby Gazette", "Northern Ledger", "Radio West", "Harbourside Daily", "Coastline News"]


def write_corpus(folder, n: int, *, seed: int = 7, start=None) -> list:
    """Write `n` distinct fictional article files (headline line, blank line, body) into `folder`;
    returns their paths. Articles about the same topic in the same 20-day period form one story."""
    import datetime as dt
    import random

    rng = random.Random(seed)
    start = start or dt.date(2025, 1, 1)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        title, sentences = TOPICS[i % len(TOPICS)]
        day = start + dt.timedelta(days=(i // (len(TOPICS) * 15)) * 20)
        outlet = OUTLETS[rng.randrange(len(OUTLETS))]
        picked = rng.sample(sentences, k=len(sentences))
        body = " ".join(picked) + f" Dispatch {i} filed by {outlet}."
        path = folder / f"article-{i:05d}.txt"
        path.write_text(f" date {day.isoformat()} {title}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def corpus():
    """`corpus(folder, n, seed=..., start=...)` writes fictional article files (see write_corpus)."""
    return write_corpus
