# Sourced by scripts/start and scripts/test: create or update .venv from the pinned constraints.
# Re-installs only when pyproject.toml or constraints.txt changed since the last install.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo/.venv"
extras="${1:-}"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null 2>&1 || python=python3
if [ ! -x "$venv/bin/python" ]; then
  echo "creating $venv"
  "$python" -m venv "$venv"
fi
stamp="$venv/.installed${extras:+-$extras}"
want="$(cat "$repo/pyproject.toml" "$repo/constraints.txt" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "installing briefings${extras:+ with [$extras]} into $venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -c "$repo/constraints.txt" -e "$repo${extras:+[$extras]}"
  echo "$want" > "$stamp"
fi
export PATH="$venv/bin:$PATH"
export NO_MKDOCS_2_WARNING=1
