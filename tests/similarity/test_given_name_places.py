"""A given name that is also a town is no shared place (trial 9: "same places: Carolina" for two
reports quoting Chile's interior minister Carolina Tohá; Carolina is a town in Puerto Rico)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

MINE_EN = ("Copiapó, 14 October 2026. Three miners were killed when a tunnel collapsed at a copper mine near "
           "Copiapó in northern Chile on Tuesday, officials said. Interior Minister Carolina Tohá said rescuers "
           "were still searching for two missing workers. Mining Minister Aurora Williams travelled to the site.")
MINE_ES = ("Copiapó, 14 de octubre de 2026 (EFE). Tres mineros murieron el martes al derrumbarse un túnel de una "
           "mina de cobre cerca de Copiapó, en el norte de Chile. La ministra del Interior, Carolina Tohá, dijo que "
           "los rescatistas buscan a dos trabajadores desaparecidos. La ministra de Minería, Aurora Williams, "
           "viajó al lugar.")


@pytest.fixture
def fast(hashing_embedder):
    return {"embedder": hashing_embedder, "fast": True}


def test_a_given_name_is_no_place_of_the_text():
    gazetteer = sim.Gazetteer.load()
    carolina, aurora = gazetteer.names["carolina"], gazetteer.names["aurora"]
    assert {carolina, aurora} <= sim._sides._name_places(MINE_EN, gazetteer, "en")
    assert {carolina, aurora} <= sim._sides._name_places(MINE_ES, gazetteer, "es")
    # the town stays a place where the text puts something in it, or a common word follows it
    assert carolina not in sim._sides._name_places("Flooding closed roads in Carolina on Monday.", gazetteer, "en")
    santiago = gazetteer.names["santiago"]
    assert santiago not in sim._sides._name_places("Santiago Police said the road was closed.", gazetteer, "en")


@pytest.mark.parametrize("lang", ["zh", "ar"])
def test_a_given_name_in_a_language_without_a_lexicon(lang):
    """Chinese and Arabic reports write Latin names too; simplemma has no lexicon for them and
    raised ValueError (`similarity --pairs` on dev pairs with a zh text stopped): the Latin
    word after the given name is read with the English lexicon."""
    gazetteer = sim.Gazetteer.load()
    text = {"zh": "智利内政部长 Carolina Tohá 周二表示，救援人员仍在搜寻两名失踪工人。",
            "ar": "قالت وزيرة الداخلية Carolina Tohá إن رجال الإنقاذ ما زالوا يبحثون عن عاملين مفقودين."}[lang]
    assert gazetteer.names["carolina"] in sim._sides._name_places(text, gazetteer, lang)
    assert gazetteer.names["carolina"] not in sim._sides._name_places(text.replace("Tohá", "Police"), gazetteer, lang)


def test_the_reasons_name_no_given_name_as_a_shared_place(fast):
    score = sim.score_pair(MINE_EN, MINE_ES, **fast)
    places = [r for r in score.reasons if r.startswith(("same place", "different place"))]
    assert places and not any("Carolina" in r or "Aurora" in r for r in places), score.reasons
    assert any("Copiapó" in r or "Chile" in r for r in places)
