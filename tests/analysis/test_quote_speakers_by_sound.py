"""Quote matching reads two speakers as one person across scripts by sound (final29 #12, trial 15 #9): the
pairwise rule (_same_speaker) said "Christine Lagarde" = 拉加德, but the matrix the matcher uses read every
name spelled by sound in another script as a different person, so "We are in a good place …" / "我们处于
有利位置，能够应对未来的不确定性。" scored 0.394 (threshold 0.4), unmatched; with the speakers one person 0.572."""

from __future__ import annotations

import itertools

import pytest

from storylens.analysis.quotes._match import _same_speaker, _same_speaker_matrix, _speaker_key

SPEAKERS = ["Christine Lagarde", "拉加德", "كريستين لاغارد", "Olaf Scholz", "朔尔茨", "شولتس", "王丽", "Li Wang",
            "Recep Tayyip Erdoğan", "رجب طيب", None, "Mary Cheney", "Dick Cheney"]


@pytest.mark.parametrize(("a", "b"), [("Christine Lagarde", "拉加德"), ("Christine Lagarde", "كريستين لاغارد"),
                                      ("Olaf Scholz", "朔尔茨"), ("Olaf Scholz", "شولتس")])
def test_a_name_spelled_by_sound_is_the_same_speaker(a, b):
    assert _same_speaker_matrix([_speaker_key(a), _speaker_key(b)])[0, 1] == 1.0


def test_the_matrix_says_what_the_pairwise_rule_says():
    keys = [_speaker_key(s) for s in SPEAKERS]
    matrix = _same_speaker_matrix(keys)
    for i, j in itertools.combinations(range(len(keys)), 2):
        assert matrix[i, j] == _same_speaker(keys[i], keys[j]), (SPEAKERS[i], SPEAKERS[j])
