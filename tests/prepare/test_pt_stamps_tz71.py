"""tz71: Portuguese page stamps ("Publicado em 14/03/2026 às 10h15", "Atualizado em 14/03/2026 16h40", "Atualizado há 2
horas", Portugal's "Publicado a 14 mar 2026, 10:15") were text and the page undated: pt had no text data
"version_stamps"/"publication_stamps", nor its small words ("em", "a", "às") among the stamps' connectors."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text
from storylens.stream.metadata import stamp_moment

TITLE = "Câmara aprova novo plano de transportes"
BODY = ("A câmara municipal aprovou o novo plano de transportes na sexta-feira após um longo debate, segundo a "
        "prefeitura.\n\nO plano acrescenta três linhas de ônibus e estende o bonde aos bairros do norte até 2028, "
        "disse o prefeito.")
ES = ("El ayuntamiento aprobó el nuevo plan de transporte el viernes tras un largo debate, según fuentes municipales.\n\n"
      "El plan añade tres líneas de autobús y amplía el tranvía a los barrios del norte antes de 2028, indicó el alcalde.")


@pytest.mark.parametrize(("stamps", "published", "updated"), [
    ("Publicado em 14/03/2026 às 10h15", "2026-03-14", None),
    ("Atualizado em 14/03/2026 16h40", None, "2026-03-14"),
    ("Publicado em 13/03/2026 às 10h15\nAtualizado em 14/03/2026 16h40", "2026-03-13", "2026-03-14"),
    ("Publicado em 13/03/2026 às 10h15 Atualizado em 14/03/2026 16h40", "2026-03-13", "2026-03-14"),
    ("Publicado em 13/03/2026 às 10h15, atualizado em 14/03/2026 às 16h40", "2026-03-13", "2026-03-14"),
    ("Publicado em 14/03/2026 às 10h15\nAtualizado há 2 horas", "2026-03-14", None),  # no day from the clock
    ("Publicado em 14/03/2026 às 10h15 Atualizado há 2 horas", "2026-03-14", None),
    ("14/03/2026 10h15 Atualizado há 2 horas", "2026-03-14", None),  # g1
    ("Publicado em 14 de março de 2026, às 10:15", "2026-03-14", None),
    ("Publicado a 14 mar 2026, 10:15\nAtualizado a 14 mar 2026, 16:40", "2026-03-14", "2026-03-14"),  # pt-PT
    ("Última atualização: 14/03/2026 às 16h40", None, "2026-03-14"),
    ("Atualizado há 2 horas", None, None),
    ("Publicado hoje às 10h15", None, None),
    ("Atualizado ontem às 16h40", None, None),
])
def test_a_portuguese_stamp_dates_the_page_and_leaves_the_text(stamps, published, updated):
    clean = clean_text(f"{TITLE}\n\n{stamps}\n\n{BODY}")
    assert (clean.published, clean.updated, clean.title) == (published, updated, TITLE)
    assert not any(w in clean.text for w in ("Publicado", "Atualizado", "atualizado", "atualização"))


@pytest.mark.parametrize("line", [
    "O relatório foi publicado em 14/03/2026 às 10h15 pela prefeitura, que defendeu o plano.",
    "O plano atualizado em 14/03/2026 prevê mais linhas de ônibus para a zona norte da cidade.",
    "Publicado em 2019, o estudo mostrou que o bonde reduz o trânsito no centro.",
])
def test_a_sentence_with_the_words_stays_text(line):
    clean = clean_text(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert (clean.published, clean.updated) == (None, None) and line in clean.text


def test_spanish_stamps_as_before():
    clean = clean_text("El ayuntamiento aprueba el plan\n\nPublicado el 13 de marzo de 2026 a las 10:15, actualizado el "
                       f"14 de marzo de 2026 a las 12:30\n\n{ES}")
    assert (clean.published, clean.updated) == ("2026-03-13", "2026-03-14")


@pytest.mark.parametrize(("stamp", "moment"), [
    ("Atualizado em 14/03/2026 16h40", "2026-03-14T16:40:00"),
    ("Atualizado em 14/03/2026 às 16h40", "2026-03-14T16:40:00"),
    ("Atualizado a 14 mar 2026, 16:40", "2026-03-14T16:40:00"),
    ("Atualizado às 16h40", "2026-03-14T16:40:00"),
    ("Atualizado ontem às 16h40", None),  # a relative day: not known
    ("Atualizado há 2 horas", None),
])
def test_the_stream_reads_a_portuguese_stamp_s_moment(stamp, moment):
    assert stamp_moment([stamp], "2026-03-14") == moment


@pytest.mark.parametrize(("stamp", "day", "moment"), [
    # pt-PT's bare connector 'a' must not eat Spanish "a las" (tz71 tester: these five lost their moment)
    ("Actualizado a las 16:40", "2026-03-14", "2026-03-14T16:40:00"),
    ("Publicado a las 10:15", "2026-03-14", "2026-03-14T10:15:00"),
    ("Actualizado a las 16:40 CET", "2026-03-14", "2026-03-14T16:40:00+01:00"),
    ("Actualizado: a las 16:40", "2026-03-14", "2026-03-14T16:40:00"),
    ("Actualizado a las 16:40 del 14 de marzo de 2026", None, "2026-03-14T16:40:00"),
    ("Atualizado a 14 mar 2026, 16:40", None, "2026-03-14T16:40:00"),
])
def test_the_stream_reads_a_spanish_a_las_stamp(stamp, day, moment):
    assert stamp_moment([stamp], day) == moment
