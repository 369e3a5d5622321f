"""The embedding tests are about loading the models: each loads its own, as a user's process does."""

from __future__ import annotations

import pytest

from ..conftest import SHARED_WEIGHTS


@pytest.fixture(autouse=True)
def _weights_loaded_afresh():
    SHARED_WEIGHTS["on"] = False
    yield
    SHARED_WEIGHTS["on"] = True
