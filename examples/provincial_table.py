"""Fill unknown national thresholds with a provincial (or what-if) table, as data."""

import ntm_rules
from ntm_rules.examples import example_profile_path
from ntm_rules.explain import one_line

what_if = ntm_rules.load_overrides(
    {
        "schema": "ntm_rules.overrides/1",
        "id": "what-if-water-70",
        "citation": {"instrument": "What-if scenario", "note": "not a legal figure"},
        "verification": "unverified",
        "thresholds": {
            "17.1": {"all": 70},
            "10": {"TDMNPB": {"value": 38, "effective_from": "2025-01-01"}},
        },
    }
)
rulebook = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), what_if)
profile = ntm_rules.load_profile(example_profile_path(), rulebook)
national = ntm_rules.evaluate(profile)
scenario = ntm_rules.evaluate(profile, rulebook)
for indicator_id in ("10", "17.1"):
    print(indicator_id, "national:", one_line(national.indicator(indicator_id), "en"))
    print(indicator_id, "what-if: ", one_line(scenario.indicator(indicator_id), "en"))
