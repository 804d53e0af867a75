"""Evaluate a commune from a mapping, as an app that holds its own data would."""

import ntm_rules
from ntm_rules import report

profile = ntm_rules.load_profile(
    {
        "commune": "Example commune",
        "province": "Hà Nam",
        "region": "DBSH",
        "year": 2025,
        "categories": ["especially_difficult"],  # judged on the TDMNPB column
        "values": {
            "3.1": {"numerator": 412, "denominator": 450},
            "3.2": 62,
            "15.3": "21.5 %",
            "15.4": 58,
            "17.4": "2.2 m²/person",
            "19.2": True,
        },
    }
)
evaluation = ntm_rules.evaluate(profile)
print(report.evaluation_table(evaluation, "en"))
for result in evaluation.indicators:
    if result.measurement is not None:
        print(f"{result.id}: {result.status.value} ({result.verification.value})")
