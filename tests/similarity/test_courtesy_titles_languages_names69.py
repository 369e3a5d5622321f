"""names69 (issue #12): one list of courtesy titles, the text data's "courtesy_titles", for the ten SemEval languages
the readers support, which the far-apart rule's family-name tie (similarity._far) and the English run words
(similarity._sides) both read; _sides kept its own inline list beside it.

A family name after a Spanish, Italian, Russian or Turkish courtesy title in a follow-up ties it to the first
report that names the person in full, as "Frau Schneider" does in German. Chinese writes 先生 and 女士 after the name,
which no reader of the titles takes, and Arabic has no capitals to tell the name: neither has titles. Polish
"Pan", "Pani" are also the formal "you" ("Pani Premier, ...", "Czy Pan wie"): no titles either (names69b, tester
break69n: two false same-story ties). A role word after a title ("Mr President", "Señor Presidente") is no family
name. Inputs written
for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storylens import similarity as sim
from storylens.similarity import _far
from storylens.text import profile

from ._pairs import dated_features, score_row

MODEL = SimpleNamespace(threshold_=0.5, variant_="full")


@pytest.mark.parametrize(("a", "b", "lang", "name"), [
    (("Dimite la alcaldesa\nLa alcaldesa Ana Fernández dimitió el lunes tras las acusaciones de nepotismo."),
     ("Archivan la investigación\nLa fiscalía archivó la investigación contra la Sra. Fernández el martes."), "es",
     "Fernández"),
    (("Si dimette la sindaca\nLa sindaca Giulia Esposito si è dimessa lunedì dopo le accuse di nepotismo."),
     ("Archiviata l'indagine\nLa procura ha archiviato l'indagine sulla sig.ra Esposito martedì."), "it", "Esposito"),
    (("Мэр ушла в отставку\nМэр города Анна Смирнова ушла в отставку в понедельник после обвинений."),
     ("Дело закрыто\nПрокуратура во вторник закрыла дело, как сообщила г-жа Смирнова."), "ru", "Смирнова"),
    (("Belediye başkanı istifa etti\nBelediye başkanı Ayşe Öztürk pazartesi günü istifa etti."),
     ("Soruşturma kapandı\nSavcılık salı günü Bayan Öztürk hakkındaki soruşturmayı kapattı."), "tr", "Öztürk"),
])
def test_a_family_name_after_a_courtesy_title_is_read(a, b, lang, name, hashing_embedder):
    assert _far._after_courtesy_title(b, lang) == (name,)
    # and the pair names it among what ties the two reports
    f = dated_features(a, b, lang, lang, ("2026-01-20", "2026-03-25"), hashing_embedder)
    score = sim._scoring._pair_score(score_row(0.73), f, MODEL)
    assert any(name in r for r in score.reasons), score.reasons


def test_one_list_of_titles_for_the_languages_read():
    for lang in ("en", "de", "fr", "es", "it", "ru", "tr"):
        assert profile(lang).courtesy_titles, lang
    from storylens.text import courtesy_titles_any

    assert {"mr", "herr", "mme", "sra", "sig.ra", "dott", "г-н", "bayan"} <= courtesy_titles_any()
    # the English run words read the text data's titles, not a list of their own
    from storylens.similarity import _sides

    assert not hasattr(_sides, "_SURNAME_HONORIFICS")


@pytest.mark.parametrize(("text", "lang"), [
    ("Mr President, will you resign? a reporter shouted at the news conference in Washington.", "en"),
    ("Herr Minister, wann kommt das Geld? riefen die Bauern vor dem Ministerium in Berlin.", "de"),
])
def test_a_role_after_a_title_is_no_family_name(text, lang):
    assert _far._after_courtesy_title(text, lang) == ()
