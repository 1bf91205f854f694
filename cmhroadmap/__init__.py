"""cmhroadmap: self-assessment against the Community Mental Health Transformation Roadmap."""

__version__ = "0.1.0"
