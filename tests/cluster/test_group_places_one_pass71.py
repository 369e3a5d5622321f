"""``group_places`` reads a story's keys in one pass (ingest71): the same (strong, every) countries as the two
``places_of`` reads it replaced, the keys two members name and all keys, on real place keys with regions."""

import random
from collections import Counter

from storylens.cluster._places import group_places, key_country, places_of

# countries (alias groups), cities (weak), regions' words ("new" + "mexico", "emilia" + "romania"), numbers, a word
KEYS = ["=munich", "innsbruck", "=austria", "=germany", "conakry", "=guinea", "emilia", "romania", "mexico", "new",
        "vatican", "georgia", "=georgia", "atlanta", "#12", "#2025", "merkel", "@thessaloniki", "=greece", "santiago"]


def _two_reads(counts: Counter, members: int):
    if members < 2:
        return places_of(counts)
    return places_of([k for k, n in counts.items() if n >= 2])[0], places_of(counts)[1]


def test_one_pass_gives_the_two_reads_countries():
    rng = random.Random(71)
    regions = 0
    for _ in range(400):
        counts = Counter({k: rng.randint(1, 3) for k in rng.sample(KEYS, rng.randint(0, len(KEYS)))})
        members = rng.randint(1, 4)
        assert group_places(counts, members) == _two_reads(counts, members), (counts, members)
        regions += any((key_country(k) or "-")[0][0] == "~" for k in counts)
    assert regions > 50  # the region branch was read


def test_a_region_named_by_two_members_is_strong_only_with_its_other_words_named_twice():
    assert key_country("romania") == ("~RO", True)  # a plain country word: only a region's name keeps it plain
    both = Counter({"emilia": 2, "romania": 2})
    once = Counter({"emilia": 1, "romania": 2})
    assert group_places(both, 2) == _two_reads(both, 2) == (frozenset({"IT", "~RO"}), frozenset({"IT", "~RO"}))
    # Emilia named by one member: the region is in the story's places, not among those that define it
    assert group_places(once, 2) == _two_reads(once, 2) == (frozenset({"~RO"}), frozenset({"IT", "~RO"}))
