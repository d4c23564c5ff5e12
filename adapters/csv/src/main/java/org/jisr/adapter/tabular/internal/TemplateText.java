package org.jisr.adapter.tabular.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The README of a template, in the mapping's language: what each column of each table holds and
 * the values its codelist allows. The texts are in {@code templates*.properties}.
 */
public final class TemplateText {

    /**
     * One line of the README.
     *
     * @param table       the table's name
     * @param column      the column's header, empty for the line about the table itself
     * @param description what to put in it
     * @param values      the allowed values ({@code label (code)}, one per line), or empty
     */
    public record Line(String table, String column, String description, String values) {
    }

    private final Mapping mapping;
    private final ResourceBundle texts;

    /**
     * Prepares the texts of a mapping's template.
     *
     * @param mapping the mapping
     */
    public TemplateText(Mapping mapping) {
        this.mapping = mapping;
        this.texts = ResourceBundle.getBundle("org.jisr.adapter.tabular.templates", Locale.forLanguageTag(mapping.language()),
                TemplateText.class.getModule());
    }

    /**
     * A text of the README, its placeholders filled.
     *
     * @param key    its key ({@code title}, {@code heading.column} …)
     * @param values the placeholders' values, name then value
     * @return the text
     */
    public String text(String key, String... values) {
        String t = texts.getString(key);
        for (int i = 0; i < values.length; i += 2) {
            t = t.replace("{" + values[i] + "}", values[i + 1]);
        }
        Formats f = mapping.formats();
        String example = Values.formatDate(java.time.LocalDate.of(2024, 12, 10), f);
        String date = f.datePattern().equals("dd/MM/yyyy")
                ? language("jj/mm/aaaa", "يوم/شهر/سنة", "dd/mm/yyyy") + " (" + example + ")" : example;
        return t.replace("{date}", date)
                .replace("{decimal}", String.valueOf(f.decimal())).replace("{yes}", f.yes()).replace("{no}", f.no())
                .replace("{mapping}", mapping.id());
    }

    private String language(String fr, String ar, String en) {
        return switch (mapping.language()) {
            case "fr" -> fr;
            case "ar" -> ar;
            default -> en;
        };
    }

    /**
     * The lines of the README, table by table.
     *
     * @return the lines
     */
    public List<Line> lines() {
        String language = mapping.language();
        List<Line> lines = new ArrayList<>();
        for (Mapping.Table t : mapping.tables()) {
            String name = t.name(language);
            if (t.document()) {
                lines.add(new Line(name, "", text("document", "table", name), ""));
                continue;
            }
            lines.add(new Line(name, "", text("table", "table", name, "record",
                    texts.getString("record." + t.recordType().jsonName())), ""));
            for (Mapping.Column c : t.columns()) {
                lines.add(new Line(name, c.header(language), describe(c), values(c)));
            }
            if (t.rest() != null) {
                lines.add(new Line(name, t.rest().header(language), text("type.json"), ""));
            }
        }
        return lines;
    }

    private String describe(Mapping.Column c) {
        if (c.path().equals("/id")) {
            return text("id");
        }
        String type = c.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String last = c.path().substring(c.path().lastIndexOf('/') + 1);
        String d = c.type() == Mapping.Type.TEXT && List.of("fr", "ar", "en").contains(last)
                ? text("type.text.language", "language", texts.getString("language." + last))
                : text("type." + type);
        return c.required() ? d + " " + text("required") : d;
    }

    private String values(Mapping.Column c) {
        if (c.codelist() == null) {
            return "";
        }
        Map<String, String> labels = Codelists.get(c.codelist()).labels(mapping.language());
        return labels.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")")
                .collect(Collectors.joining("\n"));
    }
}
