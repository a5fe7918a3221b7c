"""Places of figures ("12 died in Lagos"): two quantities are about the same place when either
place is unknown, the names agree after aliases ("U.S." = "United States"), or one is the bare
"city" and the other a "... City". Used by `quantities` and the value conflicts."""

from __future__ import annotations

_PLACE_ALIAS = {"u.s": "united states", "us": "united states", "usa": "united states", "america": "united states", "uk": "united kingdom", "u.k": "united kingdom", "britain": "united kingdom"}


def place_key(place: str) -> str:
    p = place.lower().replace("the ", "").strip(" .")
    return _PLACE_ALIAS.get(p, p)


def same_place(a: str, b: str) -> bool:
    """Places of two quantities: unknown matches anything; "city" matches any "... City"."""
    ka, kb = place_key(a), place_key(b)
    if not ka or not kb or ka == kb:
        return True
    if "city" in (ka, kb):
        return (kb if ka == "city" else ka).endswith("city")
    return False
