"""Field kits in the GUI: export dialog, passphrase dialog, field mode (banner, send back), merge dialog."""
