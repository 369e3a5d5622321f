"""The term and title features are the same floats in every process (issue 16): they sum over the
terms two texts share, and a set's order follows the process's string hashes (PYTHONHASHSEED), so
summing in a set's order gave values that differed in the last bit from one process to the next."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_PROBE = r"""
import json, sys
from storylens import similarity as sim

texts = json.loads(sys.stdin.read())
terms = [sim._sides._terms(sim._common._fold(t)) for t in texts]
table = sim.TermTable.count(terms, min_df=1)
heads = [sim._sides._title_lead_terms(t, sim._sides._kept_sentences(t)) for t in texts]
out = []
for i in range(len(texts)):
    for j in range(len(texts)):
        out.append([table.features(terms[i], terms[j]), table.title_features(heads[i], heads[j]),
                    table.features(terms[i], terms[j], [terms[i], terms[j]]),
                    table.title_features(heads[i], heads[j], [terms[i], terms[j]])])
print(json.dumps([[[v.hex() for v in part] for part in row] for row in out]))
"""


def _words(*groups: str) -> str:
    return " ".join(groups)


# Texts in several languages and scripts that share many terms of different weights (more than a
# few shared terms: with two or three the sums rarely depend on their order).
TEXTS = [
    "Senators Warren, Sanders and Klobuchar met Governor Newsom in Sacramento on Tuesday. "
    + _words(*(f"Delegates from Alabama Alaska Arizona Arkansas Colorado Connecticut Delaware Florida Georgia "
               f"Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky voted {n} times." for n in range(12, 19))),
    "Die Senatoren Warren, Sanders und Klobuchar trafen Gouverneur Newsom am Dienstag in Sacramento. "
    + _words(*(f"Delegierte aus Alabama Alaska Arizona Arkansas Colorado Connecticut Delaware Florida Georgia "
               f"Hawaii Idaho Illinois stimmten {n} Mal ab." for n in range(12, 16))),
    ("Сенаторы Уоррен, Сандерс и Клобушар встретились с губернатором Ньюсомом в Сакраменто во вторник. "
     "Делегаты Алабамы, Аляски, Аризоны, Арканзаса, Колорадо, Коннектикута, Делавэра, Флориды, Джорджии, "
     "Гавайев, Айдахо, Иллинойса, Индианы, Айовы, Канзаса и Кентукки голосовали 12 раз."),
    "Los senadores Warren, Sanders y Klobuchar se reunieron con el gobernador Newsom en Sacramento el martes. "
    + _words(*(f"Delegados de Alabama Alaska Arizona Arkansas Colorado Connecticut Delaware Florida Georgia Hawaii "
               f"Idaho Illinois Indiana Iowa Kansas votaron {n} veces." for n in range(12, 17))),
]


def _features(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _PROBE], input=json.dumps(TEXTS), capture_output=True,
                          text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_term_and_title_features_are_bit_identical_across_hash_seeds():
    first = _features("1")
    assert len(first) == len(TEXTS) ** 2 and any(float.fromhex(row[0][0]) > 0.1 for row in first)
    assert _features("2") == first, "PYTHONHASHSEED=2 gave other floats than PYTHONHASHSEED=1"
    n = len(TEXTS)
    for i in range(n):
        for j in range(n):
            assert first[i * n + j][0] == first[j * n + i][0]  # features(a, b) == features(b, a), every bit
