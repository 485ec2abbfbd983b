"""One painter per craft family, each with its own helpers; common holds what they share."""
