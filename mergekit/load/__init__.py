"""Loaders: files (or fetched pages) in, ``mergekit.model`` documents out."""
