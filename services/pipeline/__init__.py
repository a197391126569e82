"""The whole pipeline in one command: supervises the three services as processes, the demo, the e2e bench."""
