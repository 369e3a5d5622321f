"""Per-document analysis: claims, entities, quotes, quantities, conflicts, framing."""
