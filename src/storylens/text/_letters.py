"""Letters per language and script: what :mod:`storylens.ingest.decode` judges a code page's reading by.

Tuned with the decoding tests (``tests/ingest/test_decode*.py``: cp1250 Polish, cp1251/KOI8-R Russian,
cp1252 West European, cp1256 Arabic and the other single-byte pages); they cover more languages than
:data:`storylens.text.LANGUAGES` because a code page must be recognised whatever language it carries.
The function words are ASCII on purpose: they are read the same in every Latin code page, so they
name the language before the code page is known. Changing a list changes which code page wins; re-run
those tests.
"""

from __future__ import annotations

import re

__all__ = ["ARABIC_LETTERS", "ARABIC_MARK", "ARABIC_MARKS", "ASCII_FUNCTION_WORDS", "LATIN_LETTERS", "SCRIPT_RANGES"]

# The letters of Arabic script, as a character-class body: Arabic's (hamza to yeh) and the
# Persian/Urdu ones (alef wasla to yeh barree: پ چ ژ گ ک ی ے). A word of them is an Arabic-script word.
ARABIC_LETTERS = "\u0621-\u064a\u0671-\u06d3"
# The marks Arabic may write over or under its letters (tanwin, short vowels, shadda, sukun), as a character-class
# body: "عُمان", "عمّان" are Oman and Amman written with them; they are no letters of the word.
ARABIC_MARKS = "\u064b-\u0652"
# One such mark, compiled: what every reader that ignores the marks strips or looks for.
ARABIC_MARK = re.compile(f"[{ARABIC_MARKS}]")

# The non-ASCII letters each language writes (lower case). A text in the right code page has its
# non-ASCII letters within one language's set; in a wrong one it reads symbols inside words
# ("og\u00b3osi\u00b3"), control characters or letters no one language mixes ("p\u00f8\u00ed\u0161t\u00ed").
LATIN_LETTERS = {
    "de": "\u00e4\u00f6\u00fc\u00df\u00e9",
    "fr": "\u00e0\u00e2\u00e6\u00e7\u00e9\u00e8\u00ea\u00eb\u00ee\u00ef\u00f4\u0153\u00f9\u00fb\u00fc\u00ff",
    "es": "\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00fc",
    "pt": "\u00e1\u00e2\u00e3\u00e0\u00e7\u00e9\u00ea\u00ed\u00f3\u00f4\u00f5\u00fa\u00fc",
    "it": "\u00e0\u00e8\u00e9\u00ec\u00ed\u00ee\u00f2\u00f3\u00f9\u00fa",
    "ca": "\u00e0\u00e7\u00e9\u00e8\u00ed\u00ef\u00f2\u00f3\u00fa\u00fc",
    "nl": "\u00e1\u00e9\u00e8\u00eb\u00ef\u00f3\u00f6\u00fc",
    "sv": "\u00e5\u00e4\u00f6\u00e9",
    "da": "\u00e6\u00f8\u00e5\u00e9",
    "is": "\u00e1\u00e9\u00ed\u00f3\u00fa\u00fd\u00fe\u00e6\u00f6\u00f0",
    "fi": "\u00e4\u00f6\u00e5\u0161\u017e",
    "et": "\u00e4\u00f5\u00f6\u00fc\u0161\u017e",
    "pl": "\u0105\u0107\u0119\u0142\u0144\u00f3\u015b\u017a\u017c",
    "cs": "\u00e1\u010d\u010f\u00e9\u011b\u00ed\u0148\u00f3\u0159\u0161\u0165\u00fa\u016f\u00fd\u017e",
    "sk": "\u00e1\u00e4\u010d\u010f\u00e9\u00ed\u013a\u013e\u0148\u00f3\u00f4\u0155\u0161\u0165\u00fa\u00fd\u017e",
    "hu": "\u00e1\u00e9\u00ed\u00f3\u00f6\u0151\u00fa\u00fc\u0171",
    "ro": "\u0103\u00e2\u00ee\u0219\u021b\u015f\u0163",
    "hr": "\u010d\u0107\u0111\u0161\u017e",
    "sl": "\u010d\u0161\u017e",
    "tr": "\u00e7\u011f\u0131\u00f6\u015f\u00fc\u00e2\u00ee",
    "lt": "\u0105\u010d\u0119\u0117\u012f\u0161\u0173\u016b\u017e",
    "lv": "\u0101\u010d\u0113\u0123\u012b\u0137\u013c\u0146\u0161\u016b\u017e",
}
LATIN_LETTERS["en"] = "".join(sorted(set(LATIN_LETTERS["fr"] + LATIN_LETTERS["de"] + LATIN_LETTERS["es"])))
# Common ASCII function words: the language of a text, whatever its code page. Letters that fit some
# language but not the text's own ("d\u010ds" for "d\u00e8s" fits Slovak) then count against a reading.
_FUNCTION_WORD_TEXT = {
    "en": "the and of to in is that for with was",
    "fr": "le la les des et que une est du dans pour qui au sur avec",
    "de": "der die das und ist nicht den mit von dem zu auf sich",
    "es": "el los las del y que una por con para",
    "it": "il gli della che per con non sono",
    "pt": "o os da do das dos que uma para com",
    "pl": "i w na nie z do to jest o od przez",
    "cs": "a je na se v ve to do jsou od pro",
    "sk": "a je na sa v vo to do od pre",
    "hu": "a az egy hogy nem",
    "ro": "si de la cu pe din care",
    "tr": "ve bir bu ile da",
    "nl": "de het een en van is dat op",
}
ASCII_FUNCTION_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORD_TEXT.items()}
# Whole alphabets for the other scripts (case mistakes tell KOI8-R from cp1251).
SCRIPT_RANGES = {"cyrillic": (0x0400, 0x04FF), "greek": (0x0370, 0x03FF), "hebrew": (0x0590, 0x05FF),
                 "arabic": (0x0600, 0x06FF), "thai": (0x0E00, 0x0E7F)}
