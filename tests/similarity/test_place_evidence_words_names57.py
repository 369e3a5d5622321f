"""trial57 F5: an Arabic common word that also spells a large city's Arabic name ("سيول", torrents / Seoul) read
every Arabic flood report as set in Seoul ("different places: Seoul vs Jordan, Amman": a same-event ar–en pair
judged DIFFERENT STORIES). Such a city needs evidence (text data "place_evidence_words"): its country named too,
or a cue ("العاصمة", the capital) before the word; and an Arabic city's name that folds to another place's key
("المنيا", Minya, folds to Germany's "lmny") names no other place."""

import pytest

from storylens.similarity import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _labels(gazetteer: Gazetteer, text: str, strict: bool = True) -> set[str]:
    return {gazetteer.labels.get(p, p) for p in gazetteer.find(text, strict=strict)}


@pytest.mark.parametrize(("text", "absent"), [
    ("أجلت السلطات 1700 زائر من مدينة البترا إثر سيول مفاجئة ضربت جنوب الأردن.", "Seoul"),  # the trial's headline
    ("تحولت الأمطار الغزيرة إلى سيول جارفة في حضرموت شرقي اليمن.", "Seoul"),  # rains turned into torrents
    ("توفي الفنان عن 70 عاما ونقل جثمانه إلى مسقط رأسه في قرية بالصعيد.", "Muscat"),  # his birthplace
    ("في مشهد مؤلم، انتشل رجال الإنقاذ جثث الضحايا.", "Mashhad"),  # "in a painful scene"
    ("شوهد الكسوف بالعين المجردة في أنحاء البلاد.", "Al Ain City"),  # the naked eye
])
def test_common_word_is_no_city(gazetteer: Gazetteer, text: str, absent: str) -> None:
    assert absent not in _labels(gazetteer, text)
    assert absent not in _labels(gazetteer, text, strict=False)  # the place features read it the same way


def test_arabic_city_folding_to_another_place(gazetteer: Gazetteer) -> None:
    # Minya (Egypt) is no Germany for the reasons (the place features stay as trained)
    assert "Germany" not in _labels(gazetteer, "ضبطت الشرطة 200 طربة حشيش في المنيا.")


@pytest.mark.parametrize(("text", "present"), [
    ("قالت وزارة الخارجية في كوريا الجنوبية إن المحادثات ستعقد في سيول الأسبوع المقبل.", "Seoul"),  # country named
    ("وصل الرئيس إلى العاصمة سيول في زيارة رسمية.", "Seoul"),  # "the capital Seoul"
    ("غمرت الأمطار شوارع العاصمة العمانية مسقط، وأعلن الدفاع المدني في سلطنة عمان إنقاذ 45 شخصا.", "Muscat"),
    ("Heavy rain flooded Seoul on Monday.", "Seoul"),  # a Latin name needs no evidence
    ("Сильные ливни затопили Сеул в понедельник.", "Seoul"),
    ("زار الوزير ألمانيا الأسبوع الماضي.", "Germany"),
])
def test_city_with_evidence_stays(gazetteer: Gazetteer, text: str, present: str) -> None:
    assert present in _labels(gazetteer, text)
