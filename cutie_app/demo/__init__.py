"""A local HTTP server speaking the subset of the Gemini REST API that Cutie uses."""
