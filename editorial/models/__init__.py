"""The workflow's models, one module per concern; importing them here registers them."""
