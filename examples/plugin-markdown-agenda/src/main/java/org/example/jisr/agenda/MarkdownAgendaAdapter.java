package org.example.jisr.agenda;

import java.util.List;
import org.example.jisr.agenda.MarkdownCells.Cell;
import org.jisr.model.MultilingualText;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.Direction;
import org.jisr.spi.Limitation;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.spi.support.Detections;

/**
 * The cooperation agenda a municipality publishes on its website, as a Markdown table with one
 * event a row:
 *
 * <pre>
 * | Date       | Fin        | Type    | Titre (fr)          | العنوان (ar)      | Lieu          | Id                        |
 * |---|---|---|---|---|---|---|
 * | 2024-12-10 | 2024-12-10 | Atelier | Atelier sur la coop… | ورشة عمل حول …   | Siège du CFAD | event-workshop-2024-12-10 |
 * </pre>
 *
 * <ul>
 *   <li>{@code Date} and {@code Fin}: the first and last day ({@code 2024-12-10}, the last day
 *       inclusive), or the start and end date-times with their offset
 *       ({@code 2024-12-10T09:00+01:00}); {@code Fin} may be empty.
 *   <li>{@code Type}: the French label of the event kind ({@code Atelier}, {@code Visite de
 *       travail} …) or its code ({@code workshop}).
 *   <li>{@code Titre (fr)}, {@code العنوان (ar)}: the title in French and in Arabic. Titles in
 *       other languages follow, each after its language tag, in the Arabic column for Arabic
 *       ({@code ar-TN}), in the French column for the others: {@code Atelier [en] Workshop}.
 *   <li>{@code Lieu}: the name of the venue, in French, then in other languages after their tags.
 *   <li>{@code Id}: the record id.
 * </ul>
 *
 * <p>Columns may come in any order; headings and paragraphs around the table, and tables without
 * an {@code Id} column, are not read. A text may hold any character: {@code \|}, {@code \\},
 * {@code \<}, {@code \&}, {@code \[} escape those characters, {@code <br>} is a line
 * break and {@code &#N;} a control character or an edge space. Everything else an event can say
 * is declared in the {@linkplain #descriptor() descriptor's} limitations and reported as lost
 * when written.
 *
 * <p>Registered for the class path in {@code META-INF/services/org.jisr.spi.Adapter} and for the
 * module path in {@code module-info.java}. Stateless, hence thread-safe: every reader and writer
 * keeps its own state.
 */
public final class MarkdownAgendaAdapter implements Adapter {

    /** The adapter's id. */
    public static final String ID = "markdown-agenda";

    /** How much of an input detection looks at. */
    private static final int DETECTION_BYTES = 64 * 1024;

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor
            .builder(ID, "Agenda de coopération en tableau Markdown")
            .version("1.0.0")
            .mediaTypes("text/markdown")
            .extensions("md", "markdown")
            .directions(Direction.READ, Direction.WRITE)
            .recordTypes(RecordType.EVENT)
            .limitations(
                    lost("/description", "La description de l'événement : l'agenda n'a pas de colonne pour elle.",
                            "وصف التظاهرة: لا يحتوي جدول الأجندة على عمود له.",
                            "The event's description: the agenda has no column for it."),
                    lost("/status", "Le statut de l'événement (prévu, tenu, annulé, reporté).",
                            "حالة التظاهرة (مبرمجة، منعقدة، ملغاة، مؤجلة).",
                            "The event's status (scheduled, held, cancelled, postponed)."),
                    lost("/period/timeZone", "Le fuseau horaire : dates et heures sont écrites sans lui.",
                            "المنطقة الزمنية: تُكتب التواريخ والأوقات دونها.",
                            "The time zone: dates and times are written without it."),
                    lost("/attendanceMode", "Le mode de participation (présentiel, en ligne, hybride).",
                            "نمط الحضور (حضوري، عن بعد، مختلط).",
                            "The attendance mode (in person, online, hybrid)."),
                    lost("/parent", "L'événement dont il fait partie.", "التظاهرة التي يندرج ضمنها.",
                            "The event it is part of."),
                    lost("/partnerships", "Les partenariats qu'il sert.", "الشراكات التي ينتظم في إطارها.",
                            "The partnerships it serves."),
                    lost("/projects", "Les projets qu'il sert.", "المشاريع التي ينتظم في إطارها.",
                            "The projects it serves."),
                    lost("/organizers", "Ses organisateurs.", "الجهات المنظمة.", "Its organisers."),
                    lost("/participants", "Les participants, leurs rôles et leur présence.",
                            "المشاركون وأدوارهم وطريقة حضورهم.", "The participants, their roles and attendance."),
                    lost("/themes", "Ses thèmes.", "المواضيع.", "Its themes."),
                    lost("/outcomes", "Ses résultats (accords, engagements…).", "النتائج (اتفاقات، تعهدات…).",
                            "Its outcomes (agreements, commitments…)."),
                    lost("/documents", "Les documents liés.", "الوثائق المرتبطة.", "Linked documents."),
                    lost("/identifiers", "Ses identifiants globaux.", "المعرّفات العامة.", "Its global identifiers."),
                    lost("/sources", "Ses sources (l'article qui l'a rapporté).", "المصادر (المقال الذي نقل الخبر).",
                            "Its sources (the article that reported it)."),
                    lost("/extensions", "Ses extensions (données que le modèle ne connaît pas).",
                            "الامتدادات (بيانات لا يعرفها النموذج).", "Its extensions (data the model does not know)."),
                    lost("/venue/address", "L'adresse du lieu.", "عنوان المكان.", "The venue's address."),
                    lost("/venue/locality", "La localité du lieu.", "مدينة المكان أو بلدته.",
                            "The venue's locality."),
                    lost("/venue/authority", "La collectivité où se trouve le lieu.",
                            "الجماعة المحلية التي يقع فيها المكان.", "The local authority the venue lies in."),
                    lost("/venue/country", "Le pays du lieu.", "بلد المكان.", "The venue's country."),
                    lost("/venue/geo", "Les coordonnées du lieu.", "إحداثيات المكان.", "The venue's coordinates."))
            .build();

    /** Creates the adapter; {@code ServiceLoader} calls this constructor. */
    public MarkdownAgendaAdapter() {
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Looks at the name and at the first 64 KiB: an agenda table header (a row with an {@code Id}
     * column and a {@code Date} or {@code Titre (fr)} column) and a {@code .md} or
     * {@code .markdown} name, weighed as {@link Detections#of} does.
     */
    @Override
    public Detection detect(AdapterInput input) {
        boolean agendaTable = hasAgendaHeader(Detections.peekText(input, DETECTION_BYTES));
        return Detections.of(Detections.hasExtension(input, DESCRIPTOR), agendaTable, "an agenda table");
    }

    private static boolean hasAgendaHeader(String start) {
        return start.lines().filter(MarkdownCells::isRow).map(MarkdownCells::split).anyMatch(cells -> {
            List<String> names = cells.stream().map(Cell::raw).map(MarkdownCells::unescape).toList();
            return names.stream().anyMatch(AgendaColumn::isId) && names.stream().anyMatch(
                    n -> AgendaColumn.named(n).filter(c -> c == AgendaColumn.DATE || c == AgendaColumn.TITLE_FR)
                            .isPresent());
        });
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new AgendaReader(input, context);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new AgendaWriter(output, context);
    }

    private static Limitation lost(String pointer, String fr, String ar, String en) {
        return new Limitation(RecordType.EVENT, pointer, MultilingualText.of("fr", fr, "ar", ar, "en", en));
    }
}
