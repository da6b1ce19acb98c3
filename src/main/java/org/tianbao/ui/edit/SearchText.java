package org.tianbao.ui.edit;

import java.util.Locale;
import org.tianbao.model.TextNormalizer;

/** How texts are compared when searching: width-folded, case-folded, whitespace ignored. */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String text) {
        return TextNormalizer.forMatching(text).toLowerCase(Locale.ROOT);
    }
}
