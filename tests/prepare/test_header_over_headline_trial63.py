"""A header line the cleaning did not read, over the real headline, is no headline over another page's body
(trial63 F5). An Indonesian outlet's "Penulis: … | Editor: …" line stood first, none of its words returned in
the volcano report under it, so the report was judged from the byline alone and a pair with its Vietnamese
report said "no name, place, date or figure in common" beside Semeru, Lumajang and Malang. A line of labelled
fields over a headline the body repeats is header furniture; so is a one- or two-word outlet name over it for the
loose-headline flag. A real headline over another page's body is still set aside. Every text is written for
this test (none is the trial's)."""

from __future__ import annotations

import pytest

from storylens.prepare._topic import _fields_line, loose_headline, off_topic_part
from storylens.similarity import prepare_text

FLOOD_ID = (
    "Penulis: Budi Prasetyo | Editor: Dewi Lestari\n\n"
    "Banjir Bandang Terjang Garut, Ratusan Rumah Warga Terendam\n\n"
    "GARUT - Banjir bandang menerjang enam kecamatan di Kabupaten Garut, Jawa Barat, pada Senin malam setelah "
    "hujan deras mengguyur kawasan hulu Sungai Cimanuk selama lima jam. Ratusan rumah warga terendam lumpur "
    "setinggi satu meter dan dua jembatan desa putus. Badan Penanggulangan Bencana Daerah Garut mencatat 340 "
    "rumah rusak dan 1.200 warga mengungsi ke masjid dan sekolah. Kepala pelaksana BPBD Garut mengatakan "
    "tim gabungan masih menyisir permukiman di tepi Sungai Cimanuk untuk mencari dua warga yang hilang."
)
FLOOD_VI = (
    "Tuoi Tre Online\n"
    "Thế giới\n"
    "Thứ ba, 08/12/2026, 09:10 (GMT+7)\n\n"
    "Lũ quét ở Garut, hàng trăm ngôi nhà ngập bùn\n\n"
    "Lũ quét đã tràn qua sáu huyện của Garut, tỉnh Tây Java, Indonesia, vào tối thứ hai sau trận mưa lớn kéo dài "
    "năm giờ ở thượng nguồn sông Cimanuk. Hàng trăm ngôi nhà ngập trong bùn và hai cây cầu bị cuốn trôi. Cơ quan "
    "phòng chống thiên tai Garut cho biết 340 ngôi nhà bị hư hại và 1.200 người phải sơ tán đến các nhà thờ Hồi "
    "giáo và trường học. Lực lượng cứu hộ vẫn đang tìm kiếm hai người mất tích dọc sông Cimanuk."
)
# a real headline over another page (a widget's text): still set aside
WIDGET = (
    "Storm batters northern coast as thousands lose power\n\n"
    "Tweet with a location\n\n"
    "You can add location information to your Tweets, such as your city or precise location, from the web and via "
    "third-party applications. You always have the option to delete your Tweet location history. Learn more about "
    "how your location information is shown, who can see your Tweets, and how to turn location sharing off again."
)
# a byline over another page's body, which repeats no headline of its own: still another page
FIELDS_OVER_FORUM = (
    "Autor: Jan Nowak | Redakcja: Anna Kowalska\n\n"
    "Mój pies od tygodnia nie chce jeść i ciągle śpi. Zwykle biega po ogrodzie i szczeka na listonosza, a teraz "
    "leży w kącie. Weterynarz powiedział, że to może być przeziębienie, ale nie dał żadnych leków. Czy ktoś miał "
    "podobny problem? Co robiliście? Czy warto pojechać do innej kliniki, czy poczekać jeszcze kilka dni?"
)


def test_a_byline_over_the_headline_is_no_headline():
    assert off_topic_part(FLOOD_ID) is None
    prepared = prepare_text(FLOOD_ID)
    assert not prepared.story_part and "Cimanuk" in prepared.text


def test_an_outlet_name_over_the_headline_is_no_loose_headline():
    assert not loose_headline(FLOOD_VI)


def test_a_real_headline_over_another_page_is_still_set_aside():
    assert off_topic_part(WIDGET) == "Storm batters northern coast as thousands lose power"


def test_a_byline_over_another_pages_body_is_still_loose():
    # no headline under the byline that the body repeats: the body may be another page's
    assert loose_headline(FIELDS_OVER_FORUM)


@pytest.mark.parametrize(("line", "fields"), [
    ("Penulis: Budi Prasetyo | Editor: Dewi Lestari", True),
    ("Von Anna Berg | Stand: 26.11.2026 13:20 Uhr", True),
    ("Redacción · Actualizado: 30 nov. 2026", True),
    ("Flood: hundreds evacuated in Garut", False),  # a headline with a colon, no fields
    ("Politics | World", False),  # sections, no label
    ("Storm batters northern coast as thousands lose power", False),
])
def test_fields_line(line, fields):
    assert _fields_line(line) is fields


def test_the_pair_shares_its_names_and_places():
    from storylens.similarity import score_pair

    score = score_pair(FLOOD_ID, FLOOD_VI)
    assert "no name, place, date or figure in common" not in " ".join(score.reasons)
    assert "Cimanuk" in " ".join(score.reasons) or "Garut" in " ".join(score.reasons)


def test_a_labelled_headline_is_no_fields_line():
    # try48 F2: a section label and a place beside a headline, one label and no date: a headline
    assert not _fields_line("Politik: Innenminister Weber tritt zurück | Berlin")
    headline = "Politik: Innenminister Weber tritt zurück | Berlin"
    other_page = FIELDS_OVER_FORUM.split("\n\n", 1)[1]
    text = f"{headline}\n\nAutorenseite\n\n{other_page}"
    assert off_topic_part(text) == headline
