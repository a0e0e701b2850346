"""mergekit: draft Wikipedia article merges after an AfD "merge" close."""

__version__ = "0.1.0"
