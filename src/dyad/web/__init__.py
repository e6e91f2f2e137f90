"""``dyad serve``: the HTTP API and the web pages over a store.

``app`` builds the FastAPI app (read-only connections, time budget, the write endpoint),
``deps`` holds what routes share (formats, pagination, filters), ``pages`` the HTML views,
``present`` safe HTML and CSV, ``queries_extra`` the reads the store's queries lack,
``commands`` the CLI command. Templates and static files (ECharts and Swagger UI vendored)
ship inside the package.
"""
