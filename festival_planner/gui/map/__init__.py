"""The Map workspace: the country map with the campaign's sites and every commune by score."""
