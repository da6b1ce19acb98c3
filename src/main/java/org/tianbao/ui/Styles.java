package org.tianbao.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The window's look: AtlantaFX's Primer theme plus the app's own sheet. */
public final class Styles {

    public static final String APP_CSS = Styles.class.getResource("tianbao.css").toExternalForm();

    private Styles() {
    }

    public static void install() {
        // The theme's precompiled binary form: the same rules without parsing 170 KB of CSS at start-up.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }
}
