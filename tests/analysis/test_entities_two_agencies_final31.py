"""Two wire agencies credited in one aligned claim are two agencies (final31 #8: ORG "РИА" = "ČTK",
"named in the same aligned claims across languages"); one agency in two scripts may still be joined."""

from types import SimpleNamespace

import pytest

from storylens.analysis.entities import link_by_alignment
from storylens.models import Entity, Mention


def _joined(a: tuple[str, str], b: tuple[str, str]) -> bool:
    (name_a, lang_a), (name_b, lang_b) = a, b
    entities = [Entity("e1", name_a, "ORG", (Mention("d1", "d1:s0", name_a),), (name_a,), ()),
                Entity("e2", name_b, "ORG", (Mention("d2", "d2:s0", name_b),), (name_b,), ())]
    claims = [SimpleNamespace(id=f"c{i}", status="shared", evidence=[SimpleNamespace(doc="d1", sentence="d1:s0"),
                                                                     SimpleNamespace(doc="d2", sentence="d2:s0")])
              for i in (1, 2)]
    return len(link_by_alignment(entities, claims, {"d1": lang_a, "d2": lang_b})) == 1


@pytest.mark.parametrize("a,b", [(("РИА", "ru"), ("ČTK", "cs")), (("dpa", "de"), ("PAP", "pl")), (("EFE", "es"), ("APA", "de")),
                                 (("ТАСС", "ru"), ("PAP", "pl"))])
def test_two_agencies_stay_apart(a, b):
    assert not _joined(a, b)


def test_one_agency_in_two_scripts_is_still_joined():
    assert _joined(("ТАСС", "ru"), ("TASS", "en"))
