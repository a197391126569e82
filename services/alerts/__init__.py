"""The alerts service: decides what is new in tagged mentions and tells subscribers via signed webhooks."""
