"""Importers for other event coders' dictionaries (PETRARCH/TABARI: `petrarch`)."""
