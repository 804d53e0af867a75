"""Write the shipped JSON Schemas (``src/ntm_rules/schemas/*.json``) from their builders.

Run ``python scripts/schemas.py`` after changing a document or a class that reads one,
then commit the files; ``tests/test_schemas.py`` checks that they are up to date.
"""

from __future__ import annotations

from pathlib import Path

from ntm_rules.schemas._build import write_all

FOLDER = Path(__file__).resolve().parents[1] / "src" / "ntm_rules" / "schemas"

if __name__ == "__main__":
    for path in write_all(FOLDER):
        print(path.relative_to(FOLDER.parents[2]))
