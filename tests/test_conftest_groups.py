"""tests/conftest.py names a grouped test's id for xdist's loadgroup under pytest 8 and 9 alike."""

from __future__ import annotations

import pytest

from tests import conftest


class _Pytest8Item:
    """A pytest 8 node: its id is ``_nodeid`` (no ``_id``)."""

    def __init__(self, nodeid: str):
        self._nodeid = nodeid

    @property
    def nodeid(self) -> str:
        return self._nodeid


def test_a_pytest8_item_gets_its_group_in_its_nodeid():
    item = _Pytest8Item("tests/x/test_a.py::test_b[1]")
    conftest.name_group(item, "models")
    assert item.nodeid == "tests/x/test_a.py::test_b[1]@models"


def test_this_pytest_items_get_their_group(request):
    item = request.node
    old = item.nodeid
    saved = {k: getattr(item, k) for k in ("_id", "_nodeid") if hasattr(item, k)}
    try:
        conftest.name_group(item, "models")
        assert item.nodeid == f"{old}@models"
    finally:
        for k, v in saved.items():
            setattr(item, k, v)


@pytest.mark.parametrize("group", ["a", "b_c"])
def test_the_group_is_the_ids_last_part(group):
    item = _Pytest8Item("t.py::f")
    conftest.name_group(item, group)
    assert item.nodeid.rpartition("@")[2] == group
