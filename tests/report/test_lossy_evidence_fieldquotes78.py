"""fieldquotes78 (fieldcases78 mojibake-lossy-quotes m6/m7): a text whose letters a cp1252 round trip lost (U+FFFD)
compared with a clean one: no sentence, evidence or quotation holds U+FFFD, no lost letter is guessed into a name the
user trusts (the speaker is the name's intact part or no one), the quotation still matches and the document's
warnings say which words were left damaged."""

import pytest

from storylens.report.compare import Comparer


def _lossy(text: str) -> str:
    return text.encode().decode("cp1252", "replace")


_A = {
    "ru": ("date 2024-03-04 By Anna Reed, Example Courier\n\nOfficials in Kazan said on Monday that the river port "
           "would reopen in April.\n\n" + _lossy("“We will reopen the port in April,” port director Анастасия "
                                                  "Власова said. “It’s been a hard season for the crews.”") + "\n"),
    "el": ("date 2024-03-05 By Ben Ford, Example Courier\n\nOfficials said on Tuesday that the ferry to Hydra would "
           "resume next week.\n\n" + _lossy("“We will restart the ferry on Monday,” Port Chief Νίκος Σπανός said. "
                                            "“It’s been a difficult month.”") + "\n"),
}
_B = {
    "ru": ("The river port in Kazan will reopen in April, port director Анастасия Власова said on Monday.\n\n"
           "\"It's been a hard season for the crews,\" Власова said.\n"),
    "el": ("The ferry to Hydra will resume next week, Port Chief Νίκος Σπανός said on Tuesday.\n\n"
           "\"It's been a difficult month,\" Σπανός said.\n"),
}
_GUESSED = {"ru": ("Анастасия", "Власова"), "el": ("Νίκος",)}


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder, similarity_model="fast")


@pytest.mark.parametrize("lang", ["ru", "el"])
def test_no_replacement_character_and_no_guessed_name(lang, comparer, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(_A[lang], encoding="utf-8")
    b.write_text(_B[lang], encoding="utf-8")
    c = comparer.compare([a, b])
    d1 = c.documents[0]
    texts = [s.text for d in c.documents for s in d.sentences] + [e.text for cl in c.claims for e in cl.evidence]
    assert not any("\ufffd" in t for t in texts + [q.text for q in c.quotes])
    assert not any(w in s.text for s in d1.sentences for w in _GUESSED[lang])
    spoken = [q for q in c.quotes if q.doc == d1.id]
    assert spoken and all(q.speaker is None or not any(w in q.speaker for w in _GUESSED[lang]) for q in spoken)
    assert any(q.matches for q in spoken)
    assert any("lost" in w for w in d1.warnings), d1.warnings
