"""Preparing a text for analysis: cleaning and lead sentences."""

from ._junk import StoryPart, is_junk_piece, story_part

__all__ = ["StoryPart", "is_junk_piece", "story_part"]
