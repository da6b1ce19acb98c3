package org.tianbao.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * How the officer laid out the main window's panels, remembered between starts (setting {@value #SETTING}:
 * "navigator,references,shown"): where the two dividers stand, as shares of the window's width, and
 * whether the 参考依据 panel is shown (F9). An officer who widens the panel to read the plans keeps it wide.
 */
record PanelLayout(double navigator, double references, boolean referencesShown) {

    static final String SETTING = "ui.panels";
    static final PanelLayout DEFAULT = new PanelLayout(0.3, 0.66, true);
    /** Neither the tree nor the editor nor the panel is ever put back as a sliver too thin to grab. */
    private static final double THINNEST = 0.05;

    static Optional<PanelLayout> parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            PanelLayout p = new PanelLayout(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Boolean.parseBoolean(parts[2]));
            boolean usable = p.navigator() >= THINNEST && p.references() - p.navigator() >= THINNEST
                    && p.references() <= 1 - THINNEST;
            return usable ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String format() {
        return String.format(Locale.ROOT, "%.4f,%.4f,%b", navigator, references, referencesShown);
    }
}
