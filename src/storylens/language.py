"""Compatibility name: language identification lives in :mod:`storylens.text.language`."""

from .text.language import LanguageDetector

__all__ = ["LanguageDetector"]
