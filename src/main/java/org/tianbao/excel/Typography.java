package org.tianbao.excel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Fonts of an exported sheet, after GB/T 9704 as commonly applied to tables: 黑体 for the 附件 label and
 * the header, a 小标宋-style title, 仿宋 for the body. An xlsx font has one name and no fallback chain, so
 * the title uses 方正小标宋简体 only where this PC has it (offices that have it usually all do) and 黑体,
 * which every Chinese Windows has, otherwise.
 */
public record Typography(String labelFont, String titleFont, String headingFont, String bodyFont) {

    public static final String HEITI = "黑体";
    public static final String FANGSONG = "仿宋";
    public static final String XIAOBIAOSONG = "方正小标宋简体";

    /** 三号 for the 附件 label. */
    static final double LABEL_PT = 16;
    /** 二号 for the title. */
    static final double TITLE_PT = 22;
    /** 小四 for the header row and the body. */
    static final double TABLE_PT = 12;

    public static final Typography DEFAULT = new Typography(HEITI, HEITI, HEITI, FANGSONG);

    public Typography {
        Objects.requireNonNull(labelFont, "labelFont");
        Objects.requireNonNull(titleFont, "titleFont");
        Objects.requireNonNull(headingFont, "headingFont");
        Objects.requireNonNull(bodyFont, "bodyFont");
    }

    /** The default fonts, with the 小标宋 title where this computer has the font installed. */
    public static Typography forThisComputer() {
        return hasXiaobiaosong(windowsFontFolders()) ? DEFAULT.withTitleFont(XIAOBIAOSONG) : DEFAULT;
    }

    public Typography withTitleFont(String font) {
        return new Typography(labelFont, font, headingFont, bodyFont);
    }

    static boolean hasXiaobiaosong(List<Path> fontFolders) {
        for (Path folder : fontFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                if (files.map(f -> f.getFileName().toString().toUpperCase(Locale.ROOT))
                        .anyMatch(n -> n.startsWith("FZXBSJW") || n.contains("小标宋"))) {
                    return true;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // an unreadable font folder only means we fall back to 黑体
            }
        }
        return false;
    }

    private static List<Path> windowsFontFolders() {
        String windir = System.getenv("WINDIR");
        String local = System.getenv("LOCALAPPDATA");
        return Stream.of(windir == null ? null : Path.of(windir, "Fonts"),
                        local == null ? null : Path.of(local, "Microsoft", "Windows", "Fonts"))
                .filter(Objects::nonNull).toList();
    }
}
