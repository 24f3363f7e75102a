"""The article the guidance and the check follow (../shared/source/, named on every page)."""

SOURCE_TITLE = "Can I Run With Upper Back Pain?"
