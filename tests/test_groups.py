"""storylens._groups: the union-find behind utterance ids and the similarity training's CV groups."""

from storylens._groups import DisjointSets


def test_pairs_joined_transitively_share_one_root_and_others_stay_apart():
    sets: DisjointSets[str] = DisjointSets()
    for a, b in (("a", "b"), ("c", "d"), ("b", "c"), ("x", "y")):
        sets.union(a, b)
    roots = sets.roots()
    assert len({roots[k] for k in "abcd"}) == 1
    assert roots["x"] == roots["y"] != roots["a"]
    assert set(roots) == set("abcdxy")


def test_an_unseen_key_is_its_own_root():
    sets: DisjointSets[int] = DisjointSets()
    assert sets.find(7) == 7
    assert sets.roots() == {7: 7}
