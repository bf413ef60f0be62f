"""Extraction helpers: each finds one kind of fact (date, deaths, attribution) in a report."""
