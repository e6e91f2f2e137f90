"""dyad at scale: the Spark batch job, the crawler and what they share.

Everything here calls the one pure ``dyad.extract``; this package only decides where pages
come from (files, JSONL, WARC, the web) and where the records go (Parquet, the store), so
a page gives the same record on a laptop, on a cluster and after a crawl.
"""
