"""Compatibility name: the segmenter lives in :mod:`storylens.text.segment`."""

from .text.segment import Segmenter, Span, split_paragraphs

__all__ = ["Segmenter", "Span", "split_paragraphs"]
