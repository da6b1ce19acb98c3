package org.tianbao.ui.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which dictionary names to offer for what the officer has typed: names that start with it (ignoring
 * the 县 prefix every county department shares) first, then names containing it, then names containing
 * its characters in order ("市监" finds 县市场监督管理局). Names already chosen are not offered again.
 */
public final class DepartmentSuggestions {

    /** Most names offered at once. */
    public static final int LIMIT = 8;

    private DepartmentSuggestions() {
    }

    public static List<String> suggest(String typed, List<String> dictionary, Set<String> chosen) {
        String query = SearchText.of(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        record Scored(String name, int score, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < dictionary.size(); i++) {
            String name = dictionary.get(i);
            if (chosen.contains(name)) {
                continue;
            }
            int score = score(SearchText.of(name), query);
            if (score >= 0) {
                scored.add(new Scored(name, score, i));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparingInt(Scored::order));
        return scored.stream().limit(LIMIT).map(Scored::name).toList();
    }

    private static int score(String name, String query) {
        String bare = name.startsWith("县") ? name.substring(1) : name;
        if (name.equals(query) || bare.equals(query)) {
            return 0;
        }
        if (name.startsWith(query) || bare.startsWith(query)) {
            return 1;
        }
        if (name.contains(query)) {
            return 2;
        }
        return isSubsequence(query, name) ? 3 : -1;
    }

    private static boolean isSubsequence(String query, String name) {
        int at = 0;
        for (int i = 0; i < query.length(); i++) {
            at = name.indexOf(query.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
