"""Coding: turning matched words into ACLED categories (actors, event types)."""
