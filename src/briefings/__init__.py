"""briefings: a publishing pipeline for a versioned library of Markdown research briefings."""

__version__ = "0.1.0"
