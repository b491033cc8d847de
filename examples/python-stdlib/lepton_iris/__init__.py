"""A Gaussian naive Bayes classifier for the Iris flowers, with only the standard library."""
