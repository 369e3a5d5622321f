"""The subject before a verb of saying reads each clause of a sentence once (quotes72: an unpunctuated 88 KB
paragraph, one sentence and one clause, was tokenised again before each of its 1,300 verbs, its relative words and
"and"s looked for again, and each verb's coordinated subject listed every earlier verb of the paragraph). The
answers are those of the old reading, the clause's words tokenised from its text at each verb (``_clause`` giving
None, the path kept for a break the verb's offset cuts), on generated sentences of the words the rules read (relative
words, "and", body heads, names, breaks, hyphens), at every offset, each sentence's clauses kept between offsets as
in a real sentence. Inputs written for these tests."""

from __future__ import annotations

import random
import re

import pytest

from storylens.analysis.quotes import _phrases, _subjects
from storylens.analysis.quotes._subjects import _clauses, _subject_before

_WORDS = ("the storm in Hamburg uprooted trees and Anna Schmidt of Berlin said who which whom Ministry of Health "
          "Министерство здравоохранения сообщило и который Le porte-parole du ministre a déclaré qui et "
          "The federal judge who blocked told , ; : – — ( ) § « » \" spokesman for President Joe Biden officials "
          "ministry und sagte der Sprecher von Präsident they he she whose al-Assad U.S. Dr. 31 y która "
          "powiedziała Компания «Аэрофлот» заявила").split()
_GAPS = (" ", " ", " ", "  ", " - ", ", ", "-", "", "\n")


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(1, 30))
    return "".join(w + rng.choice(_GAPS) for w in words)


def _old(masked: str, verb_start: int, bare_plural: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    _subjects._subjects_read.cache_clear()  # (quotes73: each subject is read once per sentence; read again)
    with monkeypatch.context() as m:
        m.setattr(_subjects, "_clause", lambda *args: None)
        found = _subject_before(masked, verb_start, bare_plural)
    _subjects._subjects_read.cache_clear()
    return found


@pytest.mark.parametrize("seed", range(2))
def test_the_subjects_are_the_old_readings(seed, monkeypatch):
    rng = random.Random(seed)
    for _ in range(25):
        masked = _sentence(rng)
        _clauses.cache_clear()
        offsets = list(range(len(masked) + 1))
        rng.shuffle(offsets)  # (the clauses are read at one offset and used at the others)
        for at in offsets:
            for bare in (True, False):
                assert _subject_before(masked, at, bare) == _old(masked, at, bare, monkeypatch), (masked, at)


def test_some_subjects_are_found():
    assert _subject_before("The federal judge who blocked the law said", 36) == ("description", "The federal judge")
    assert _subject_before("Anna Schmidt thanked them and said", 30) == ("name", "Anna Schmidt")
    assert _subject_before("Министерство здравоохранения сообщило", 29) == ("name", "Министерство здравоохранения")


def test_a_cut_word_before_the_verb_is_read_as_cut():
    # the offset inside a word: the slice's last token is the cut word ("whos" -> "who"), as the old reading had it
    text = "The federal judge whose ruling stood said"
    assert _subject_before(text, 21) == _subject_before(text[:21] + " said", 21)


def test_as_clause_search_from_its_reach():
    words = ["como", "comme le", "jak", "x", "Como", "ainsi que le", "§", "(", ","]
    rng = random.Random(5)
    for _ in range(2000):
        pre = "".join(rng.choice(words) + rng.choice(["", " ", ",", "("]) for _ in range(rng.randint(1, 8))).rstrip()
        assert bool(_phrases._AS_CLAUSE.search(pre, max(0, len(pre) - _phrases._AS_CLAUSE_REACH))) \
            == bool(_phrases._AS_CLAUSE.search(pre)), pre


def test_a_long_clause_is_tokenised_once(monkeypatch):
    # one clause of 400 verbs: its tokens are found once, not once per verb (count the calls, not the time)
    text = "the storm in Hamburg uprooted trees and Anna Schmidt of Berlin said " * 400
    calls = []
    real = _subjects._Clause.__init__

    def counted(self, *args):
        calls.append(args[1:])
        real(self, *args)

    monkeypatch.setattr(_subjects._Clause, "__init__", counted)
    _clauses.cache_clear()
    for m in re.finditer(r"\bsaid\b", text):
        assert _subject_before(text, m.start()) == ("name", "Anna Schmidt")
    assert len(calls) == 1


@pytest.mark.parametrize("which", ["say", "act"])
def test_verbs_between_are_the_cut_texts_matches(which):
    # the verbs of saying and speech acts between two offsets, each text's first match found once
    pattern = _subjects._VERB_PATTERNS[which]
    words = [*_WORDS, "thanked", "warned", "declared", "urged", "criticised", "a déclaré", "sagte", "said-", "-said"]
    rng = random.Random(which)
    for _ in range(60):
        text = "".join(w + rng.choice(_GAPS) for w in rng.choices(words, k=rng.randint(1, 30)))
        for _ in range(30):
            start, end = sorted(rng.choices(range(len(text) + 1), k=2))
            assert [m.span() for m in _subjects._verbs_between(which, text, start, end)] \
                == [m.span() for m in pattern.finditer(text, start, end)], (text, start, end)


def test_chunks_before_are_the_cut_texts_split():
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(w + rng.choice((*_GAPS, " -", "- ", " - - ", "[", "]")) for w in rng.choices(_WORDS, k=rng.randint(0, 20)))
        _subjects._breaks.cache_clear()
        for at in range(len(text) + 1):
            assert _subjects._chunks_before(text, at) == _subjects._CHUNK_BREAK.split(text[:at]), (text, at)
