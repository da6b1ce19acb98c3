package org.tianbao.ui;

import java.util.concurrent.CompletableFuture;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.tianbao.model.EntryStatus;

/** The few icons the window uses, so that one look is kept throughout. */
public final class Icons {

    /** Completed once the icon fonts are loaded; already complete unless {@link #preloadInBackground} ran. */
    private static volatile CompletableFuture<Void> fontsLoaded = CompletableFuture.completedFuture(null);

    private Icons() {
    }

    /**
     * Loads the icon fonts on a thread of its own (the first icon of each font costs a tenth of a second:
     * finding the font, reading and registering it), so that the window's first frame does not wait for
     * it. Call once the toolkit runs; icons asked for meanwhile wait for it to finish.
     */
    public static void preloadInBackground() {
        CompletableFuture<Void> loading = new CompletableFuture<>();
        fontsLoaded = loading;
        Thread thread = new Thread(() -> {
            try {
                new FontIcon(Material2AL.ADJUST);
                new FontIcon(Material2MZ.RADIO_BUTTON_UNCHECKED);
            } catch (RuntimeException e) {
                // The window's own first icon meets the problem again and reports it.
            } finally {
                loading.complete(null);
            }
        }, "tianbao-icons");
        thread.setDaemon(true);
        thread.start();
    }

    public static FontIcon of(Ikon ikon) {
        fontsLoaded.join();
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("tb-icon");
        return icon;
    }

    /** Empty circle, half circle, check, or a dash for 不涉及: how far a row has been filled. */
    public static FontIcon status(EntryStatus status) {
        FontIcon icon = switch (status) {
            case EMPTY -> of(Material2MZ.RADIO_BUTTON_UNCHECKED);
            case PARTIAL -> of(Material2AL.ADJUST);
            case COMPLETE -> of(Material2AL.CHECK_CIRCLE);
            case NOT_APPLICABLE -> of(Material2MZ.REMOVE_CIRCLE_OUTLINE);
        };
        icon.getStyleClass().add("status-" + status.name().toLowerCase());
        return icon;
    }

    public static FontIcon add() {
        return of(Material2AL.ADD);
    }

    public static FontIcon search() {
        return of(Material2MZ.SEARCH);
    }

    public static FontIcon filter() {
        return of(Material2AL.FILTER_LIST);
    }

    public static FontIcon close() {
        return of(Material2AL.CLOSE);
    }

    public static FontIcon up() {
        return of(Material2AL.ARROW_UPWARD);
    }

    public static FontIcon down() {
        return of(Material2AL.ARROW_DOWNWARD);
    }

    public static FontIcon delete() {
        return of(Material2AL.DELETE_OUTLINE);
    }

    public static FontIcon settings() {
        return of(Material2MZ.SETTINGS);
    }

    public static FontIcon star() {
        return of(Material2MZ.STAR);
    }

    public static FontIcon export() {
        return of(Material2AL.GET_APP);
    }

    public static FontIcon importFile() {
        return of(Material2AL.FILE_UPLOAD);
    }

    public static FontIcon unit() {
        return of(Material2AL.ACCOUNT_BALANCE);
    }

    public static FontIcon replace() {
        return of(Material2AL.FIND_REPLACE);
    }

    public static FontIcon undo() {
        return of(Material2MZ.UNDO);
    }
}
