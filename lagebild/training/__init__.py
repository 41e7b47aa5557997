"""Recipe that rebuilds Lagebild's own spaCy pipelines from the shared open corpora."""
