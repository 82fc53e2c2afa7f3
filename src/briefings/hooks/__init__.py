"""Checks behind the pre-commit hooks: file safety, front matter, lint and Vale on given files."""
