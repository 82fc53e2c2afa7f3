"""What an edition's build adds to the site; called by the thin MkDocs plugin.

`briefings publish` passes the edition to the build through environment variables (the CLI and
the plugin share data, not state): its name, title and alias, and the "What changed" page.

Pages never name their edition: an edition that leaves a briefing unchanged stores the very same
HTML file (the same git blob) as the edition before it. What does name the edition is three small
files of its own: `assets/briefings/edition.json` (read by `editions.js`), `edition.css` (the same
text for readers without JavaScript) and the "What changed" page.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import quote, urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from briefings.publishing import snippets
from briefings.publishing.changes import PAGE_URI
from briefings.site import pages

ENV_EDITION = "BRIEFINGS_EDITION"
ENV_TITLE = "BRIEFINGS_EDITION_TITLE"
ENV_ALIAS = "BRIEFINGS_EDITION_ALIAS"
ENV_CHANGES = "BRIEFINGS_WHAT_CHANGED"
ENV_SNIPPETS = "BRIEFINGS_SNIPPETS_VIEW"
OVERRIDES = Path(__file__).resolve().parent.parent / "site" / "overrides"
ASSETS = Path(__file__).resolve().parent.parent / "site" / "assets"
EDITION_JSON = "assets/briefings/edition.json"
EDITION_CSS = "assets/briefings/edition.css"
EDITIONS_JS = "assets/briefings/editions.js"
SEARCH_SETUP_JS = "assets/briefings/search-setup.js"  # loaded before Material's bundle (main.html)
SEARCH_WORKER_JS = "assets/javascripts/workers/briefings-search.js"  # next to Material's worker
BANNERS_DIR = "_editions"  # on the branch, next to versions.json: not a valid edition or alias name


def edition_env(*, edition: str, title: str, alias: str | None, changes_page: Path,
                snippets_view: Path | None = None) -> dict[str, str]:
    """The environment that makes a build an edition build."""
    # SOURCE_DATE_EPOCH: MkDocs stamps sitemap.xml.gz with the build time; a fixed one keeps it the
    # same file in every edition (our sitemap.xml takes lastmod from each briefing's `updated`)
    env = {ENV_EDITION: edition, ENV_TITLE: title, ENV_CHANGES: str(changes_page),
           "MIKE_DOCS_VERSION": edition, "SOURCE_DATE_EPOCH": "0"}
    if snippets_view:
        env[ENV_SNIPPETS] = str(snippets_view)
    if alias:
        env[ENV_ALIAS] = alias
    return env


def confine_theme(config: MkDocsConfig) -> None:
    """An edition is built from the staged copy of the library: the theme's custom_dir must be a folder of
    that copy (PluginError otherwise), or MkDocs would copy every file of the real folder into the site.
    (docs_dir needs no check here: the library refuses one outside it, and the plugin one that MkDocs
    reads otherwise.)"""
    library = Path(config.config_file_path or ".").resolve().parent
    folder = config.theme.custom_dir
    if folder and library not in Path(folder).resolve().parents:
        raise PluginError(f"briefings: theme.custom_dir {folder} is not a folder inside the library: an edition is "
                          "built only from the library's own files; write theme.custom_dir relative to mkdocs.yml")


# Plugins that build or include pages from outside docs_dir, which the edition's allowlist never judges
# (status, embargo, git): Material's projects (each projects/*/mkdocs.yml built into the site), monorepo
# and multirepo (other docs folders), include-markdown and macros (any file of the library, by name)
OUTSIDE_CONTENT = frozenset(("projects", "material/projects", "monorepo", "multirepo", "include-markdown", "macros"))
# Plugins that run the library's own Python in the build, like hooks: a script may read any file and write it
# into docs/ or the site
LIBRARY_CODE = frozenset(("gen-files",))


def refuse_outside_content(config: MkDocsConfig) -> None:
    """PluginError when the library's mkdocs.yml loads (enabled) a plugin of OUTSIDE_CONTENT or LIBRARY_CODE,
    or hooks: its own Python code, which can add any file to the site (an edition build)."""
    for name, plugin in config.plugins.items():
        if not pages.enabled(plugin):
            continue
        if name in OUTSIDE_CONTENT:
            raise PluginError(f"briefings: the {name} plugin puts pages from outside docs/ into the site, which an "
                              "edition cannot judge (drafts, embargoes, untracked files would be published); remove "
                              "it from mkdocs.yml's plugins to publish editions, and move its pages into docs/")
        if name in LIBRARY_CODE:
            raise PluginError(f"briefings: the {name} plugin runs the library's own scripts in the build, which can put "
                              "any file into the site (a draft, an untracked file) where an edition cannot judge it; "
                              f"remove {name} from mkdocs.yml's plugins to publish editions")
    if config.hooks:
        raise PluginError("briefings: mkdocs.yml's hooks run the library's own Python code in the build, which can put "
                          "any file into the site (a draft, an untracked file) where an edition cannot judge it; "
                          "remove hooks: to publish editions")


# Plugins whose generated files come only from the pages of docs_dir (Material's blog: its archive, category
# and pagination views of the staged posts)
FROM_DOCS = frozenset(("briefings", "material/blog"))


def foreign_files(files: Files, config: MkDocsConfig) -> list[str]:
    """Each file a plugin put into an edition build from outside the staged library, with where it came from: not
    a file of docs_dir nor of the theme's folders, or generated by a plugin outside FROM_DOCS, or a page whose text
    a plugin replaced; the edition's checks never saw it. Files MkDocs leaves out of the site are not looked at.
    Empty outside an edition build."""
    if not os.environ.get(ENV_EDITION):
        return []
    roots = [os.path.realpath(config.docs_dir), *(os.path.realpath(d) for d in config.theme.dirs)]
    foreign = []
    for file in files:
        if file.inclusion.value <= InclusionLevel.DRAFT.value:  # MkDocs writes no such file
            continue
        if file.generated_by:
            if file.generated_by not in FROM_DOCS:
                foreign.append(f"{file.src_uri} (generated by the {file.generated_by} plugin)")
        elif not file.abs_src_path:
            foreign.append(f"{file.src_uri} (its text replaced by a plugin)")
        else:
            path = os.path.realpath(file.abs_src_path)
            if not any(os.path.commonpath((root, path)) == root for root in roots):
                foreign.append(f"{file.src_uri} (from {file.abs_src_path})")
    return foreign


def refuse_foreign(files: Files, config: MkDocsConfig) -> None:
    """PluginError naming what `foreign_files` finds in an edition build."""
    foreign = foreign_files(files, config)
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise PluginError(f"briefings: a plugin put files into the site that are not the library's own files of docs/: "
                          f"{shown}; an edition publishes only what it checked (drafts, embargoes, untracked files): "
                          "remove that plugin from mkdocs.yml to publish editions (Material's privacy plugin: set "
                          "assets_fetch: false)")


def configure(config: MkDocsConfig) -> None:
    """Add the outdated-banner template and, in an edition build, the version selector settings."""
    if config.theme.name == "material" and str(OVERRIDES) not in config.theme.dirs:
        # after the user's custom_dir (which may override ours), before the theme's own templates
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(OVERRIDES))
    edition = os.environ.get(ENV_EDITION)
    if not edition:
        return
    confine_theme(config)
    refuse_outside_content(config)
    if os.environ.get(ENV_SNIPPETS):
        snippets.confine(config, Path(os.environ[ENV_SNIPPETS]))
    extra = config.extra
    alias = os.environ.get(ENV_ALIAS)
    if not extra.get("version"):
        extra["version"] = {"provider": "mike", "default": alias or "latest", "alias": True}
    changes_url = "what-changed/" if config.use_directory_urls else "what-changed.html"
    # nothing edition-specific goes into the templates' context: only what every edition shares
    extra["briefings_edition"] = {"changes_url": changes_url if os.environ.get(ENV_CHANGES) else "",
                                  "search_setup": SEARCH_SETUP_JS}
    for css in (EDITION_CSS,):
        if css not in config.extra_css:
            config.extra_css.append(css)
    if EDITIONS_JS not in [str(s) for s in config.extra_javascript]:
        config.extra_javascript.append(EDITIONS_JS)
    if config.site_url:
        # canonical URLs and the sitemap name the default alias (`latest/...`), not the edition: the
        # address of the current text of a briefing, and the same in every edition
        default = str((extra.get("version") or {}).get("default") or alias or "latest")
        config.site_url = urljoin(config.site_url, f"{default}/")


_ROOTED = re.compile(r'((?:href|src|action)=")/(?!/)|("base":\s*")/(?=")|("search":\s*")/(?!/)')


def fix_not_found_page(config: MkDocsConfig) -> None:
    """In an edition built without `site_url`, MkDocs roots the 404 page's links at "/" (it is
    served at any depth, so they cannot be relative); point them into the edition's folder, as the
    branch is served from its root (`briefings serve`, a custom domain)."""
    edition = os.environ.get(ENV_EDITION)
    page = Path(config.site_dir) / "404.html"
    if not edition or config.site_url or not page.is_file():
        return
    prefix = f"/{quote(edition)}/"
    text = page.read_text("utf-8")
    fixed = _ROOTED.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + prefix, text)
    page.write_text(fixed, encoding="utf-8")


def extra_files(config: MkDocsConfig) -> list[File]:
    """In an edition build: the "What changed in this edition" page and the edition's own small files."""
    edition = os.environ.get(ENV_EDITION)
    if not edition:
        return []
    title = os.environ.get(ENV_TITLE, edition)
    files = [File.generated(config, EDITION_JSON, content=edition_json(edition, title)),
             File.generated(config, EDITION_CSS, content=edition_css(edition, title)),
             File.generated(config, EDITIONS_JS, content=(ASSETS / "editions.js").read_text("utf-8")),
             File.generated(config, SEARCH_SETUP_JS, content=(ASSETS / "search-setup.js").read_text("utf-8")),
             File.generated(config, SEARCH_WORKER_JS, content=(ASSETS / "search-worker.js").read_text("utf-8"))]
    page = os.environ.get(ENV_CHANGES)
    if page:
        # not a navigation tab: the announcement bar of every page of the edition links to it; not in
        # the search index either, which then stays the same file while no briefing changes
        content = "---\nsearch:\n  exclude: true\n---\n\n" + Path(page).read_text("utf-8")
        files.append(File.generated(config, PAGE_URI, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    return files


def edition_json(edition: str, title: str) -> str:
    """`assets/briefings/edition.json`: which edition this is, for editions.js."""
    return json.dumps({"edition": edition, "title": title}, ensure_ascii=False) + "\n"


def edition_css(edition: str, title: str) -> str:
    """`assets/briefings/edition.css`: the edition's title for readers without JavaScript, and the
    branch's banner rules for this edition (whether a newer one is the latest), which change later."""
    return (f'@import url("../../../{BANNERS_DIR}/{edition}.css");\n'
            f".briefings-edition-title:empty::before {{ content: {css_string(title)}; }}\n")


def banner_css(edition: str, latest_title: str | None) -> str:
    """`_editions/NAME.css` on the branch: shows the no-JavaScript outdated line while `edition` is not
    the latest (`latest_title` names the one that is; None when `edition` is the latest)."""
    if latest_title is None:
        return f"/* {edition} is the latest edition */\n"
    return (f"/* {edition} is not the latest edition */\n"
            ".md-banner .briefings-outdated-nojs { display: block; margin: 0; }\n"
            f".briefings-latest-title:empty::before {{ content: {css_string(latest_title)}; }}\n")


def css_string(text: str) -> str:
    """`text` as a CSS string literal: quotes, backslashes, and anything that could end the rule escaped."""
    out = []
    for char in text:
        if (char.isascii() and char.isalnum()) or char in " .,;:-_()'!?&+/":
            out.append(char)
        else:
            out.append(f"\\{ord(char):06x} ")  # CSS takes one white space after an escape as its end:
            # always write it, or a real space after "é" (`\0000e9 2025`) would be read as the escape's end
    return '"' + "".join(out) + '"'
