"""The fetcher: RSS/Atom/RDF feeds in, ``article.fetched`` events out on ``<prefix>.articles``."""
