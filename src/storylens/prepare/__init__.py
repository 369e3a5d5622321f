"""Preparing a text for analysis: cleaning and lead sentences."""

from ._junk import StoryPart, is_junk_piece, story_part

# The version of the text preparation (clean.clean_text, the story-part tests, their text data files, and
# similarity.prepare_text over them). A stream store keeps each article's preparation (its verdict reading:
# similarity.encode_prepared, tagged with this number) and reads it back instead of cleaning the text again, so
# BUMP THIS whenever a change alters what the preparation gives for some text (a dateline or boilerplate rule, a
# junk or topic test, their data): readings of another version are then ignored and prepared again.
PREPARATION_VERSION = 4  # 2: stop 67 (agency credits, Arabic marked months, comma-less datelines, event-day headlines);
# 3: stop 68 (hdr68: credits in header lines, weekday outlets and dates, article-named outlets, update stamps)
# 4: stop 69 (hdr69: bylines closed by a stamp, update stamps never a title or the published date, 'Stand:',
# datelines with a word before the day; robust69: runs without spaces over settings.max_word_chars left out)

__all__ = ["PREPARATION_VERSION", "StoryPart", "is_junk_piece", "story_part"]
