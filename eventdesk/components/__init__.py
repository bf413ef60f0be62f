"""Extraction helpers: each finds one kind of fact (date, deaths, attribution, the report's
countries) in a report."""
