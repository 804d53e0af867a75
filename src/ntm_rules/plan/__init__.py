"""Commune NTM plans: targets, funding, department ownership and progress."""
