"""final37 §1: a name found in another Latin orthography and from Cyrillic into Chinese. "Georgieva" missed the
German report writing "Georgiewa", "Georgiewa" missed the English, Russian and Japanese ones, "Георгиева" the
German and Chinese ones, "格奥尔基耶娃" the Russian one: two Latin spellings were never compared (the same
script), a German w is a v only as German is said, and a Cyrillic name met a Chinese one without its Latin
reading. Both backends; the query's vector is far from every article."""

from __future__ import annotations

import pytest

from .test_search_names import _unit
from .test_search_scripts import _FarQuery, _found, _write

_CORPUS = [
    ("IMF approves loan", "IMF Managing Director Kristalina Georgieva said the loan was approved.", "en", _unit(1, 0, 0)),
    ("IWF billigt Kredit", "IWF-Chefin Kristalina Georgiewa sagte, der Kredit sei gebilligt.", "de", _unit(1, 0.1, 0)),
    ("МВФ одобрил кредит", "Глава МВФ Кристалина Георгиева заявила, что кредит одобрен.", "ru", _unit(1, 0, 0.1)),
    ("IMFが融資承認", "IMFのゲオルギエバ専務理事が融資の承認を明らかにした。", "ja", _unit(1, 0.1, 0.1)),
    ("IMF批准贷款", "国际货币基金组织总裁格奥尔基耶娃表示，贷款已获批准。", "zh", _unit(1, 0.2, 0)),
    # the same story's report of another person, near by meaning
    ("Finance minister", "Finance Minister Serhiy Marchenko welcomed the decision.", "en", _unit(1, 0, 0.2)),
    ("Sanctions talks", "Foreign Minister Sergei Ivanov said the talks would go on.", "en", _unit(0, 1, 0)),
    ("Sanktionsgespräche", "Außenminister Sergej Iwanow sagte, die Gespräche gingen weiter.", "de", _unit(0.1, 1, 0)),
    ("Переговоры", "Министр иностранных дел Сергей Иванов заявил, что переговоры продолжатся.", "ru", _unit(0, 1, 0.1)),
    # another name near Ivanov's in spelling, beside the same story
    ("Budget talks", "Deputy Minister Adam Iwanowski said the budget talks would go on.", "de", _unit(0.1, 1, 0.1)),
]
GEORGIEVA, IVANOV = {1, 2, 3, 4, 5}, {7, 8, 9}


@pytest.mark.parametrize("query", ["Georgieva", "Georgiewa", "Георгиева", "ゲオルギエバ", "格奥尔基耶娃"])
def test_each_spelling_of_a_name_finds_every_language(any_store, query):
    assert _found(_write(any_store, _CORPUS), query, embedder=_FarQuery()) == GEORGIEVA


@pytest.mark.parametrize("query", ["Ivanov", "Iwanow", "Иванов"])
def test_a_german_spelling_is_the_same_name(any_store, query):
    assert _found(_write(any_store, _CORPUS), query, embedder=_FarQuery()) == IVANOV
