"""Writers of the merge draft: wikitext and housekeeping texts rendered from a ``MergePlan``."""
