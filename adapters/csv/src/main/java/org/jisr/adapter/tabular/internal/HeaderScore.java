package org.jisr.adapter.tabular.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How well a row of header cells names a table of a mapping, for detection.
 *
 * @param columns     the most columns of one table the cells name
 * @param ownLanguage whether most of those headers are in the mapping's language (or in none in particular)
 */
public record HeaderScore(int columns, boolean ownLanguage) {

    /** No column named. */
    public static final HeaderScore NONE = new HeaderScore(0, true);

    /**
     * Scores header cells against every table of a mapping.
     *
     * @param mapping the mapping
     * @param cells   the texts of the cells
     * @return the best score
     */
    public static HeaderScore of(Mapping mapping, List<String> cells) {
        HeaderScore best = NONE;
        List<List<String>> cellKeys = new java.util.ArrayList<>();
        for (String cell : cells) {
            String text = cell.strip();
            if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
                text = text.substring(1, text.length() - 1);
            }
            cellKeys.add(TableReading.headerKeys(text));
        }
        for (Mapping.Table t : mapping.tables()) {
            int found = 0;
            int own = 0;
            int other = 0;
            Set<String> used = new HashSet<>();
            for (List<String> keys : cellKeys) {
                if (keys.isEmpty()) {
                    continue;
                }
                for (Mapping.Column c : t.columns()) {
                    String language = used.contains(c.key()) ? null : TableReading.language(c, keys);
                    if (language != null) {
                        used.add(c.key());
                        found++;
                        if (language.equals(mapping.language()) || language.equals("*")) {
                            own++;
                        } else {
                            other++;
                        }
                        break;
                    }
                }
            }
            if (found > best.columns()) {
                best = new HeaderScore(found, own >= other);
            }
        }
        return best;
    }
}
