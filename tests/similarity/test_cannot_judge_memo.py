"""cannot_judge with a memo over a batch says what it says pair by pair."""

from storylens.similarity import cannot_judge

LONG = " ".join(["Protesters stormed the airport in Almaty on Wednesday and set fire to cars."] * 4)
SHORT = "Storm hits Berlin."
JSON = '{"title": "Storm", "body": "Storm hits Berlin", "tags": ["weather", "berlin"], "id": 12}'


def test_memo_gives_the_pairwise_answers():
    texts = [LONG, SHORT, JSON, LONG.upper()]
    pairs = [(a, b) for a in texts for b in texts]
    memo: dict = {}
    got = [cannot_judge(a, b, memo) for a, b in pairs]
    assert got == [cannot_judge(a, b) for a, b in pairs]
    assert set(memo) == set(texts)  # each text read once
    assert any(g and "no verdict" in g for g in got) and any(g and "not enough text" in g for g in got)
    assert None in got
