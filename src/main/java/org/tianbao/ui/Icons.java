package org.tianbao.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2ALIkonHandler;
import org.kordamp.ikonli.material2.Material2MZ;
import org.tianbao.model.EntryStatus;

/**
 * The few icons the window uses, so that one look is kept throughout: glyphs of Ikonli's Material icon font,
 * drawn as text and sized and coloured by the app's stylesheet ({@code .tb-icon}: font family, size per
 * text-size step, fill). Not Ikonli's {@code FontIcon}: it writes each icon's size and colour into an inline
 * style, which JavaFX parses and applies once more for every icon, a cost paid by every row of the tree on
 * the first frame.
 */
public final class Icons {

    /** Completed once the icon font is loaded; already complete unless {@link #preloadInBackground} ran. */
    private static volatile CompletableFuture<Void> fontsLoaded = CompletableFuture.completedFuture(null);
    private static volatile boolean fontLoaded;
    private static final String STATUS_CLASS = "status-";

    private Icons() {
    }

    /**
     * Loads the icon font on a thread of its own (finding, reading and registering it costs a tenth of a
     * second), so that the window's first frame does not wait for it. Call once the toolkit runs; icons
     * asked for meanwhile wait for it to finish.
     */
    public static void preloadInBackground() {
        CompletableFuture<Void> loading = new CompletableFuture<>();
        fontsLoaded = loading;
        Thread thread = new Thread(() -> {
            try {
                loadFont();
            } finally {
                loading.complete(null);
            }
        }, "tianbao-icons");
        thread.setDaemon(true);
        thread.start();
    }

    // Material2AL's and Material2MZ's glyphs are one font, the family the stylesheet names.
    private static synchronized void loadFont() {
        if (fontLoaded) {
            return;
        }
        try (InputStream in = new Material2ALIkonHandler().getFontResourceAsStream()) {
            fontLoaded = in != null && Font.loadFont(in, 16) != null;
        } catch (IOException | RuntimeException e) {
            // Without the font the icons are blank boxes; the window works without them.
        }
    }

    public static Text of(Ikon ikon) {
        fontsLoaded.join();
        loadFont();
        Text icon = new Text(new String(Character.toChars(ikon.getCode())));
        icon.getStyleClass().add("tb-icon");
        return icon;
    }

    /** Empty circle, half circle, check, or a dash for 不涉及: how far a row has been filled. */
    public static Text status(EntryStatus status) {
        Text icon = of(glyph(status));
        showStatus(icon, status);
        return icon;
    }

    /** Turns a status icon into another status's: a tree row keeps its icon as the officer types. */
    public static void showStatus(Text icon, EntryStatus status) {
        icon.setText(new String(Character.toChars(glyph(status).getCode())));
        icon.getStyleClass().removeIf(c -> c.startsWith(STATUS_CLASS));
        icon.getStyleClass().add(STATUS_CLASS + status.name().toLowerCase());
    }

    private static Ikon glyph(EntryStatus status) {
        return switch (status) {
            case EMPTY -> Material2MZ.RADIO_BUTTON_UNCHECKED;
            case PARTIAL -> Material2AL.ADJUST;
            case COMPLETE -> Material2AL.CHECK_CIRCLE;
            case NOT_APPLICABLE -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
        };
    }

    public static Text add() {
        return of(Material2AL.ADD);
    }

    public static Text search() {
        return of(Material2MZ.SEARCH);
    }

    public static Text filter() {
        return of(Material2AL.FILTER_LIST);
    }

    public static Text close() {
        return of(Material2AL.CLOSE);
    }

    public static Text up() {
        return of(Material2AL.ARROW_UPWARD);
    }

    public static Text down() {
        return of(Material2AL.ARROW_DOWNWARD);
    }

    public static Text delete() {
        return of(Material2AL.DELETE_OUTLINE);
    }

    public static Text settings() {
        return of(Material2MZ.SETTINGS);
    }

    public static Text star() {
        return of(Material2MZ.STAR);
    }

    public static Text export() {
        return of(Material2AL.GET_APP);
    }

    public static Text importFile() {
        return of(Material2AL.FILE_UPLOAD);
    }

    public static Text unit() {
        return of(Material2AL.ACCOUNT_BALANCE);
    }

    public static Text replace() {
        return of(Material2AL.FIND_REPLACE);
    }

    public static Text undo() {
        return of(Material2MZ.UNDO);
    }
}
