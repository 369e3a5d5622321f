"""Preparing a text for analysis: cleaning and lead sentences."""
