#!/usr/bin/env bash
# Mutation testing of the modules that decide verdicts and progress (docs/mutation.md).
#
# Not part of the default test run: it takes about half an hour on one core.
#
#   bash scripts/mutation.sh                 # a fresh run over every module, then the report
#   bash scripts/mutation.sh --resume        # keep mutants/ and its results; test what is new
#   bash scripts/mutation.sh --resume 'ntm_rules.reading.*'   # re-test some mutants only
#   bash scripts/mutation.sh --report        # only print the report of the last run
#
# The modules, the tests run against each mutant and the tool's settings are in
# [tool.mutmut] of pyproject.toml. MUTATION_CHILDREN sets the worker processes (default 1:
# the machine is shared); the run is niced.
#
# Exit status: 0 when at least 90 % of the mutants are killed and every survivor is listed
# as equivalent in docs/mutation.md; 1 otherwise; 2 when mutmut itself fails.
set -euo pipefail

cd "$(dirname "$0")/.."

resume=0
report_only=0
names=()
for arg in "$@"; do
  case "$arg" in
    --resume) resume=1 ;;
    --report) report_only=1 ;;
    -h | --help)
      sed -n '2,17p' "$0"
      exit 0
      ;;
    *) names+=("$arg") ;;
  esac
done

if [[ -z "${VIRTUAL_ENV:-}" ]]; then
  echo "mutation.sh: activate the project's virtual environment first" >&2
  exit 2
fi
if ! python -m pip show mutmut >/dev/null 2>&1; then
  python -m pip install --quiet "mutmut>=3.8,<4"
fi
version="$(python -m pip show mutmut | sed -n 's/^Version: //p')"

if [[ "$report_only" == 0 ]]; then
  if [[ "$resume" == 0 ]]; then
    rm -rf mutants
  fi
  mkdir -p mutants
  started=$(date +%s)
  if ! nice -n 10 mutmut run --max-children "${MUTATION_CHILDREN:-1}" "${names[@]}" \
    >mutants/run.log 2>&1; then
    # mutmut redraws its progress line with carriage returns
    tr '\r' '\n' <mutants/run.log | tail -n 40 >&2
    echo "mutation.sh: mutmut run failed (full log: mutants/run.log)" >&2
    exit 2
  fi
  finished=$(date +%s)
  echo "mutmut $version: run took $(((finished - started) / 60)) min $(((finished - started) % 60)) s"
fi

if [[ ! -d mutants ]]; then
  echo "mutation.sh: no mutants/ folder: run without --report first" >&2
  exit 2
fi

mutmut results --all true >mutants/results.txt
python - "$version" mutants/results.txt <<'PY'
"""Score per module, and the survivors not recorded as equivalent in docs/mutation.md."""

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

KILLED = {"killed", "timeout", "segfault", "caught by type check"}
version, results = sys.argv[1], Path(sys.argv[2])
status_of: dict[str, str] = {}
for line in results.read_text(encoding="utf-8").splitlines():
    name, sep, status = line.strip().rpartition(": ")
    if sep and "__mutmut_" in name:
        status_of[name] = status

doc = Path("docs/mutation.md").read_text(encoding="utf-8")
equivalent = set(re.findall(r"^\| `(ntm_rules\.[^`]+__mutmut_\d+)`", doc, flags=re.MULTILINE))


def module(name: str) -> str:
    return re.split(r"\.x[_ǁ]", name, maxsplit=1)[0]


totals: Counter[str] = Counter()
killed: Counter[str] = Counter()
survivors: defaultdict[str, list[str]] = defaultdict(list)
for name, status in status_of.items():
    totals[module(name)] += 1
    if status in KILLED:
        killed[module(name)] += 1
    elif status != "skipped":
        survivors[module(name)].append(f"{name} ({status})")

print(f"\nmutmut {version}: killed / total per module")
for mod in sorted(totals):
    print(f"  {mod:34} {killed[mod]:5} / {totals[mod]:<5} {100 * killed[mod] / totals[mod]:6.1f} %")
all_killed, everything = sum(killed.values()), sum(totals.values())
score = 100 * all_killed / everything if everything else 0.0
print(f"  {'all':34} {all_killed:5} / {everything:<5} {score:6.1f} %")

unrecorded = []
print("\nSurvivors (= equivalent, recorded in docs/mutation.md; ! not recorded):")
for mod in sorted(survivors):
    for entry in sorted(survivors[mod]):
        known = entry.split(" ", 1)[0] in equivalent
        print(f"  {'=' if known else '!'} {entry}")
        if not known:
            unrecorded.append(entry)
stale = sorted(equivalent - set(status_of))
if stale:
    print("\nRecorded as equivalent but no longer generated (the source changed):")
    for name in stale:
        print(f"  ? {name}")

ok = score >= 90 and not unrecorded
print(
    f"\n{'PASS' if ok else 'FAIL'}: {score:.1f} % killed (target 90 %), "
    f"{len(unrecorded)} survivor(s) neither killed nor recorded as equivalent"
)
sys.exit(0 if ok else 1)
PY
