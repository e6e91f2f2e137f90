"""Reading pages: bytes to text, text dumps and HTML to a Document."""

# The file name endings of pages (text dumps or HTML); "" is a file with no ending.
PAGE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xhtml", ".shtml", ""})
