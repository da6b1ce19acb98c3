package org.tianbao.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * Runs work on the FX thread shortly after the window's first useful frame has been laid out, so that the
 * rest of the window is styled and laid out while the render thread draws that frame: in a fresh JVM the
 * drawing takes a few hundred milliseconds of its own (cold code, every glyph on screen rasterised for the
 * first time). The work waits {@link #PULSES_AFTER} pulses, leaving the render thread the processor for the
 * frame's start; starting at once, or later, brought the window to the screen less soon (measured with the
 * screen's own pixels, see installer/README.md).
 *
 * <p>If that frame never comes (the window starts minimised), the work runs after {@link #MAX_PULSES}
 * pulses.
 */
final class FirstFrame {

    static final int PULSES_AFTER = 2;
    static final int MAX_PULSES = 30;

    private FirstFrame() {
    }

    /** Calls {@code then} {@link #PULSES_AFTER} pulses after the pulse at which {@code shown} first holds. */
    static void then(BooleanSupplier shown, Runnable then) {
        new AnimationTimer() {
            private int pulses;
            private int shownAt = -1;

            @Override
            public void handle(long now) {
                pulses++;
                if (shownAt < 0 && shown.getAsBoolean()) {
                    shownAt = pulses;
                }
                if ((shownAt >= 0 && pulses - shownAt >= PULSES_AFTER) || pulses >= MAX_PULSES) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
