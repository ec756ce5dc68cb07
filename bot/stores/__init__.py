"""Tracker and lock stores chosen from environment variables (see bot/endpoints.yml)."""
