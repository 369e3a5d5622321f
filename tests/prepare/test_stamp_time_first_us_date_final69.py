"""final69 H2: an update stamp with its time and a North American zone before an all-numeric date ("Updated 08:00
ET 03/04/2026") was read day first, 3 April, once hdr69c took such a line as a stamp; the same stamp with the date
first ("Updated 03/04/2026 08:00 ET") reads 4 March, the page's zone deciding (clean._month_first)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = "\n\nThe council approved the budget after a long debate, a spokesman said on Tuesday in the city hall.\n"


@pytest.mark.parametrize(("stamp", "updated"), [
    ("Updated 08:00 ET 03/04/2026", "2026-03-04"),
    ("Updated 8:00 AM EDT 03/04/2026", "2026-03-04"),
    ("Updated 03/04/2026 08:00 ET", "2026-03-04"),
    ("Updated 08:00 ET 03/14/2026", "2026-03-14"),
    ("Updated 8.00am ET 03/04/2026", "2026-03-04"),  # last69 H3
    ("Updated 08:00 ET on 03/04/2026", "2026-03-04"),
    ("Updated: 08:00 ET | 03/04/2026", "2026-03-04"),
    ("Updated 08:00 EDT Friday 03/04/2026", "2026-03-04"),
    ("Updated 08:00 ET, Wed 03/04/2026", "2026-03-04"),
])
def test_a_zone_before_the_date_reads_it_month_first(stamp, updated):
    assert clean_text(stamp + BODY).updated == updated
