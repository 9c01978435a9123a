"""Seed fleets: demo.yml (small, hand-written) and large.py (generated, for scale and request-count tests)."""
