"""Ingest: inputs -> Documents."""
