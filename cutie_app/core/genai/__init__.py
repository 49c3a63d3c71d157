"""The seam to Google's service. Only `gemini.py` imports google.genai, and only when called."""
