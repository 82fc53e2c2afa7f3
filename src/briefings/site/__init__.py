"""Building and rendering the site: code shared by the CLI and the thin MkDocs plugin."""
