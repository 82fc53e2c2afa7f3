"""The thin MkDocs adapter: events hand the work to briefings.site."""
