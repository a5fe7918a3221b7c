from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "read"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"


@pytest.fixture
def data() -> Path:
    return DATA
