"""Gold data, scorer and runner for the quote-attribution evaluation."""
