"""trial55 F4: a common word that folds to a large city's foreign name is no place of the text (German
"Türen", doors, read as Turin: "different places: Turin vs Frankfurt am Main"), and a city's name that
opens a longer name of another place is none either ("Петропавловске-Камчатском" read as Petropavl in
Kazakhstan). The common words come from data/place-common-forms.json, built from simplemma's lexicons by
scripts/build_place_common_forms.py."""

import json
from pathlib import Path

import pytest

from storylens.similarity import Gazetteer

DATA = Path(__file__).resolve().parents[2] / "src" / "storylens" / "data"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _labels(gazetteer: Gazetteer, text: str) -> set[str]:
    return {gazetteer.labels.get(p, p) for p in gazetteer.find(text, strict=True)}


@pytest.mark.parametrize(("text", "absent"), [
    ("Die Anwohner wurden aufgefordert, Fenster und Türen geschlossen zu halten.", "Turin"),  # de, the trial's
    ("Die Feuerwehr fand die Leiche in den Wieden am Ufer.", "Vienna"),  # de Wieden (willows)
    ("Er trug Lasten auf den Lenden.", "London"),  # de
    ("Nella corrida di ieri sono stati uccisi sei tori.", "Turin"),  # it, lower case
    ("Scientists sequenced the genes of the virus.", "Genoa"),  # en
    ("Die Musiker spielten alle Tempi zu schnell.", "Tempe"),  # de plural of Tempo
])
def test_inflected_common_words_are_no_city(gazetteer: Gazetteer, text: str, absent: str) -> None:
    assert absent not in _labels(gazetteer, text)


@pytest.mark.parametrize(("text", "present"), [
    ("Das Spiel findet in Turin statt.", "Turin"),
    ("La partita si gioca a Torino.", "Turin"),
    ("Szczyt odbędzie się w Wiedniu, a nie we Wiedeń.", "Vienna"),
    ("Le navire a quitté Gênes hier.", "Genoa"),  # French Gênes, though "gênes" is a form of gêner
    ("Combattimenti a Misurata, in Libia.", "Misratah"),  # capitalised: the Italian name of Misrata
    ("Er wohnt in London und Wien.", "London"),
])
def test_city_names_stay_places(gazetteer: Gazetteer, text: str, present: str) -> None:
    assert present in _labels(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Землетрясение произошло у берегов Камчатки, в Петропавловске-Камчатском обнаружены трещины.",
    "Жители Петропавловска-Камчатского вышли на улицы.",
    "An earthquake shook Petropavlovsk-Kamchatsky on Monday.",
])
def test_a_city_inside_a_longer_place_name_is_not_that_city(gazetteer: Gazetteer, text: str) -> None:
    assert "Petropavl" not in _labels(gazetteer, text)


def test_petropavl_by_its_own_name_is_still_found(gazetteer: Gazetteer) -> None:
    assert "Petropavl" in _labels(gazetteer, "Город Петропавловск на севере Казахстана.")


def test_the_list_is_built_not_written_by_hand() -> None:
    """Every form is a lower-case word of a language read, none the label of the city its key names
    ("turin"; "porto" is a key of Bordeaux, so lower-case "porto", a harbour, is no place)."""
    data = json.loads((DATA / "place-common-forms.json").read_text(encoding="utf-8"))
    assert "build_place_common_forms.py" in data["source"]
    forms = data["forms"]
    assert "türen" in forms["de"] and "tori" in forms["it"]
    gaz = json.loads((DATA / "similarity-model-gazetteer.json").read_text(encoding="utf-8"))
    from storylens.similarity._common import _fold

    def own_label(form: str) -> str:
        return _fold(gaz["labels"][gaz["names"][_fold(form)]])

    assert all(f == f.lower() and f.isalpha() and own_label(f) != _fold(f) for fs in forms.values() for f in fs)
