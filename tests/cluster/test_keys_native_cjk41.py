"""The stream's keys of Japanese and Korean names of their own (trial49 F13: a ko/en pair of one event shared no
name key, "entities 0.00"; a ja/en pair joined on numbers alone): read as a Latin-script report keys them, under
CITY_MARK, so they meet the English report's keys and not, alone, another native text's."""

from storylens.cluster import CITY_MARK, entity_keys

KO = ("이재명 대표, 선거법 위반 항소심서 무죄\n\n서울고등법원은 23일 공직선거법 위반 혐의로 기소된 더불어민주당 이재명 "
      "대표에게 무죄를 선고했다.")
EN_KO = ("Lee Jae-myung acquitted on appeal\n\nThe Seoul High Court on Thursday acquitted opposition Democratic "
         "Party leader Lee Jae-myung of violating the election law.")
JA = ("石川県能登地方で震度6強\n\n石川県によると、3人が死亡した。林芳正官房長官は、政府が被害状況の把握を急いでいると説明した。")
EN_JA = ("Strong quake hits Japan's Noto region\n\nA strong earthquake struck the Noto region of Ishikawa prefecture. "
         "Chief Cabinet Secretary Yoshimasa Hayashi said the government was rushing to assess the damage.")


def _met(native: frozenset[str], latin: frozenset[str]) -> set[str]:
    return {k[1:] for k in native if k[:1] == CITY_MARK and k[1:] in latin}


def test_korean_keys_meet_the_english_report() -> None:
    assert {"lee", "jae", "seoul"} <= _met(entity_keys(KO, "ko"), entity_keys(EN_KO, "en"))


def test_japanese_keys_meet_the_english_report() -> None:
    assert {"hayashi", "ishikawa"} <= _met(entity_keys(JA, "ja"), entity_keys(EN_JA, "en"))


def test_native_keys_are_marked_and_other_languages_unchanged() -> None:
    ko = entity_keys(KO, "ko")
    assert CITY_MARK + "lee" in ko and "lee" not in ko  # marked: one such key alone joins no two ko texts
    # a Chinese text is read by its own rules: no Japanese reading of its Han names
    assert not any(k in entity_keys("日本首相林芳正在石川县对记者说。", "zh") for k in ("@hayashi", "@ishikawa"))
