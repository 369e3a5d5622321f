from storylens.segment import Segmenter


def test_quotes_stay_whole_and_attribution_tail_joins():
    text = ("“What kind of negotiations can there be with criminals, murderers?” Tokayev added. "
            "He thanked the “leaders of the U.N. and other organizations.” Then he left.")
    spans = [s.text for s in Segmenter().split(text)]
    assert spans == [
        "“What kind of negotiations can there be with criminals, murderers?” Tokayev added.",
        "He thanked the “leaders of the U.N. and other organizations.”",
        "Then he left.",
    ]


def test_missing_newline_between_documents():
    text = "CNN’s Jane Doe contributed to this reportKazakhstan's President spoke on Friday."
    spans = [s.text for s in Segmenter().split(text)]
    assert spans == ["CNN’s Jane Doe contributed to this report", "Kazakhstan's President spoke on Friday."]


def test_glued_curly_quote():
    spans = [s.text for s in Segmenter().split("“They need to be destroyed.”The speech ended.")]
    assert spans == ["“They need to be destroyed.”", "The speech ended."]


def test_offsets_and_paragraphs():
    text = "First one. Second one.\n\nThird in a new paragraph."
    spans = Segmenter().split(text)
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert [s.paragraph for s in spans] == [0, 0, 1]


def test_german():
    spans = Segmenter().split("Der Präsident sprach am 7. Januar 2022 im Fernsehen. Die Lage sei „stabil“, sagte er.", "de")
    assert len(spans) == 2
