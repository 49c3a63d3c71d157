"""Pure values and rules: spec, prompt, references, generation, catalogue, validation, errors, records."""
