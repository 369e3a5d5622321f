"""trial59 F19: a Czech woman's surname form (-ová) of a foreign surname is one person with the name
written plain in another language (Lucía Ferrer / Lucía Ferrerová); two given names stay apart."""

from ._docs import entities_of, group_of


def test_czech_feminine_form_links_to_the_spanish_name():
    ents = entities_of([
        ("es", ["La alcaldesa de Alzira, Lucía Ferrer, pidió a los vecinos que no salgan de casa."]),
        ("cs", ["Lucía Ferrerová, starostka Alziry, vyzvala obyvatele, aby nevycházeli z domovů."]),
    ])
    assert "Lucía Ferrerová" in group_of(ents, "Lucía Ferrer").variants


def test_another_given_name_stays_apart():
    ents = entities_of([
        ("es", ["El concejal Pablo Ferrer pidió a los vecinos que no salgan de casa."]),
        ("cs", ["Lucía Ferrerová, starostka Alziry, vyzvala obyvatele, aby nevycházeli z domovů."]),
    ])
    assert "Lucía Ferrerová" not in group_of(ents, "Pablo Ferrer").variants
