"""The published site: a region's assessments over every period as linked static pages."""
