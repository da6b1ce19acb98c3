package org.tianbao.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * Where the main window was and how big, remembered between starts (setting {@value #SETTING}:
 * "x,y,width,height,maximized"). A window first opens at 1280 × 800, or smaller to fit the screen: many
 * county offices have 1366 × 768 laptops, where 800 pixels would hide the status bar below the taskbar.
 * A remembered place on a screen that is no longer there (a projector, a second monitor) is not used.
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    static final String SETTING = "ui.window";
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    /** The strip of the window's top that must be on a screen for the officer to grab it. */
    private static final double TITLE_STRIP = 40;

    static Optional<WindowPlacement> parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlacement p = new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return p.width() > 0 && p.height() > 0 ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** The default size, centred, shrunk to fit the screen if need be. */
    static WindowPlacement fitted(Rectangle2D screen) {
        double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new WindowPlacement(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
    }

    /**
     * This placement kept within the screen its title strip is on, or the default on the first screen
     * when it is on none of them.
     */
    WindowPlacement onto(List<Rectangle2D> screens) {
        for (Rectangle2D screen : screens) {
            if (screen.intersects(x, y, width, TITLE_STRIP)) {
                double w = Math.min(width, screen.getWidth());
                double h = Math.min(height, screen.getHeight());
                double left = clamp(x, screen.getMinX(), screen.getMaxX() - w);
                double top = clamp(y, screen.getMinY(), screen.getMaxY() - h);
                return new WindowPlacement(left, top, w, h, maximized);
            }
        }
        return fitted(screens.get(0)).withMaximized(maximized);
    }

    private WindowPlacement withMaximized(boolean max) {
        return new WindowPlacement(x, y, width, height, max);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    void applyTo(Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
    }

    /**
     * Follows a stage from now on; the supplier gives its placement at any time: where it is, or, while
     * it is maximized, where it was before (so that un-maximizing after the next start goes back there).
     */
    static Supplier<WindowPlacement> track(Stage stage) {
        double[] normal = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        Runnable remember = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener(o -> remember.run());
        stage.yProperty().addListener(o -> remember.run());
        stage.widthProperty().addListener(o -> remember.run());
        stage.heightProperty().addListener(o -> remember.run());
        return () -> new WindowPlacement(normal[0], normal[1], normal[2], normal[3], stage.isMaximized());
    }
}
