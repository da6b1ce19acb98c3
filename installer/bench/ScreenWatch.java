package bench;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The start-up benchmark's second measure: when the window's content actually reaches the screen, read
 * from the screen's own pixels rather than from the app's account of its frames. The display is an Xvfb
 * started with {@code -fbdir} (its screen kept in a file, in XWD format) and {@code -nocursor}.
 *
 * <pre>java -cp CLASSES bench.ScreenWatch FRAMEBUFFER_FILE STRIPS COMMAND...</pre>
 *
 * Starts the command and watches strips of a 1280×800 window centred on a 1440×900 screen (where JavaFX
 * puts it without a window manager): the left one holds the tree, the middle one the editor, the right one
 * the 参考依据 panel; STRIPS says how many of them the window fills (the bare window: 1; Tianbao: 3). A
 * strip counts as drawn once it shows more than three colours (text, not a blank pane). Prints
 * {@code screen <tree> <all>}: milliseconds from starting the command to the tree drawn and to every strip
 * drawn, then ends the command.
 */
public final class ScreenWatch {

    private static final int ROWS_TOP = 150;
    private static final int ROWS_BOTTOM = 600;
    private static final int[][] STRIPS = {{100, 400}, {520, 880}, {1000, 1300}};
    private static final long GIVE_UP_MS = 15_000;

    private ScreenWatch() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        MappedByteBuffer screen;
        try (FileChannel file = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ)) {
            screen = file.map(FileChannel.MapMode.READ_ONLY, 0, file.size());
        }
        screen.order(ByteOrder.BIG_ENDIAN);
        int headerSize = screen.getInt(0);
        int bytesPerLine = screen.getInt(12 * 4);
        int colourMapEntries = screen.getInt(19 * 4);
        int pixels = headerSize + colourMapEntries * 12;
        screen.order(ByteOrder.LITTLE_ENDIAN);

        int strips = Integer.parseInt(args[1]);
        List<String> command = Arrays.asList(args).subList(2, args.length);
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long[] drawnAt = new long[strips];
        Arrays.fill(drawnAt, -1);
        try {
            while (elapsed(start) < GIVE_UP_MS && !app.waitFor(2, TimeUnit.MILLISECONDS)) {
                for (int s = 0; s < strips; s++) {
                    if (drawnAt[s] < 0 && colours(screen, pixels, bytesPerLine, STRIPS[s]) > 3) {
                        drawnAt[s] = elapsed(start);
                    }
                }
                if (Arrays.stream(drawnAt).allMatch(t -> t >= 0)) {
                    break;
                }
            }
        } finally {
            app.descendants().forEach(ProcessHandle::destroy);
            app.destroy();
            app.waitFor(5, TimeUnit.SECONDS);
        }
        if (Arrays.stream(drawnAt).anyMatch(t -> t < 0)) {
            System.err.println("the window was not drawn within " + GIVE_UP_MS / 1000 + " s");
            System.exit(1);
        }
        long all = Arrays.stream(drawnAt).max().getAsLong();
        System.out.println("screen " + drawnAt[0] + " " + all);
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Distinct colours among a sample of the strip's pixels, counting up to four. */
    private static int colours(MappedByteBuffer screen, int pixels, int bytesPerLine, int[] strip) {
        int[] seen = new int[4];
        int count = 0;
        for (int y = ROWS_TOP; y < ROWS_BOTTOM; y += 3) {
            for (int x = strip[0]; x < strip[1]; x += 2) {
                int colour = screen.getInt(pixels + y * bytesPerLine + x * 4) & 0xffffff;
                boolean known = false;
                for (int k = 0; k < count && !known; k++) {
                    known = seen[k] == colour;
                }
                if (!known) {
                    seen[count++] = colour;
                    if (count > 3) {
                        return count;
                    }
                }
            }
        }
        return count;
    }
}
