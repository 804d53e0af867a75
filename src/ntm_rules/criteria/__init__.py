"""The criteria of every shipped edition: one package per edition, one module per criterion.

The editions are registered, in an explicit list, in :mod:`ntm_rules.editions`.
"""
