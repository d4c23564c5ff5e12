package org.jisr.benchmarks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the benchmark corpus: deterministic, seeded, illustrative exchange data of every record
 * type, in document form ({@code {"jisr": …, "records": [...]}}) or as NDJSON, record by record
 * (a million records are never held in memory).
 *
 * <p>Records come in blocks of ten: a French and a Tunisian local authority, two organisations,
 * two partnerships between the block's authorities, two projects of those partnerships and two
 * events. References point only to earlier records of the same block, so that every reference
 * resolves. Texts are in Arabic, French and English; names and sentences are taken from the
 * project's seed article (the 10 December 2024 workshop, /work/shared/seed) and the twinnings of
 * examples/data, but the records themselves are made up: each carries a source saying it is
 * illustrative, and so does the header.
 *
 * <p>Invalid records (0 %, 1 % or 100 %) carry one realistic defect each, turned in rotation
 * so that errors spread over the schema, model and rule layers (see {@link Defect}). With 1 %,
 * record {@code i} is invalid when {@code i % 100 == 96 + (i / 100) % 4}: always a project or an
 * event, records nothing refers to, so that one defect makes exactly one record invalid.
 */
public final class CorpusGenerator {

    /** The two forms of the corpus. */
    public enum Form {
        /** One JSON document with the records in an array. */
        DOCUMENT(".json"),
        /** A header line then one record per line. */
        NDJSON(".ndjson");

        private final String extension;

        Form(String extension) {
            this.extension = extension;
        }

        /** @return the file name extension, with its dot */
        public String extension() {
            return extension;
        }
    }

    /**
     * The defects an invalid record carries, one per record, in this rotation; the comment says
     * the finding each one gives.
     */
    enum Defect {
        /** A required property left out: {@code schema.required}. */
        MISSING_REQUIRED,
        /** A code that is not in its code list: {@code schema.not-in-codelist}. */
        UNKNOWN_CODE,
        /** A misspelt property name: {@code schema.unknown-property}. */
        UNKNOWN_PROPERTY,
        /** An Arabic text typed in Latin letters: {@code model.text-not-arabic-script}. */
        ARABIC_IN_LATIN,
        /** A period ending before it starts: {@code model.period-order}. */
        PERIOD_ORDER,
        /** A reference to a record that is not there: {@code rule.unresolved-reference}. */
        UNRESOLVED_REFERENCE,
        /** The id of the record before: {@code rule.duplicate-id}. */
        DUPLICATE_ID
    }

    /** The fixed seed of every corpus: the same arguments give the same bytes. */
    public static final long SEED = 20241210L;

    private static final int BLOCK = 10;

    // Tunisian municipalities named in the seed article (the 11 twinned municipalities present at
    // the workshop), in Arabic and French.
    private static final String[][] TN_COMMUNES = {
        {"tunis", "تونس", "Tunis"}, {"carthage", "قرطاج", "Carthage"}, {"soliman", "سليمان", "Soliman"},
        {"ras-jebel", "رأس الجبل", "Ras Jebel"}, {"testour", "تستور", "Testour"}, {"mahdia", "المهدية", "Mahdia"},
        {"sousse", "سوسة", "Sousse"}, {"monastir", "المنستير", "Monastir"}, {"hammamet", "الحمامات", "Hammamet"},
        {"ariana", "أريانة", "Ariana"}, {"bardo", "باردو", "Bardo"},
    };

    // French communes of examples/data/twinnings-fr-tn.json; the Arabic spellings are illustrative.
    private static final String[][] FR_COMMUNES = {
        {"marseille", "مرسيليا", "Marseille"}, {"aix-en-provence", "إكس أون بروفانس", "Aix-en-Provence"},
        {"versailles", "فرساي", "Versailles"}, {"boulogne-billancourt", "بولونيا بيانكور", "Boulogne-Billancourt"},
        {"nice", "نيس", "Nice"}, {"saint-etienne", "سانت إتيان", "Saint-Étienne"}, {"nevers", "نوفير", "Nevers"},
    };

    // The organisations of the seed article: id stem, Arabic, French, English, acronym, kind, country.
    private static final String[][] ORGANIZATIONS = {
        {"cites-unies-france", "أحياء فرنسية متحدة", "Cités Unies France", "Cités Unies France", "CUF",
            "association", "FR"},
        {"cfad", "مركز التكوين ودعم اللامركزية", "Centre de Formation et d'Appui à la Décentralisation",
            "Centre for Training and Support for Decentralization", "CFAD", "training-centre", "TN"},
        {"tn-ministry-of-the-interior", "وزارة الداخلية", "Ministère de l'Intérieur", "Ministry of the Interior",
            null, "ministry", "TN"},
        {"tn-decentralization-foresight-authority", "الهيئة العامة للاستشراف ومرافقة المسار اللامركزي",
            "Instance générale de prospective et d'accompagnement du processus de décentralisation",
            "General Authority for Foresight and Support of the Decentralization Process", null, "public-agency",
            "TN"},
        {"fnct", "الجامعة التونسية للبلديات التونسية", "Fédération nationale des communes tunisiennes",
            "National Federation of Tunisian Municipalities", "FNCT", "federation-of-authorities", "TN"},
    };

    // Sentences of the seed article (Arabic) with the French and English of examples/data.
    private static final String[][] SENTENCES = {
        {"تنظيم ورشة عمل لدفع وتطوير علاقات التعاون اللامركزي بين البلديات التونسية ونظيراتها الفرنسية",
            "Organisation d'un atelier pour impulser et développer les relations de coopération décentralisée",
            "Workshop organised to boost and develop decentralized cooperation relations"},
        {"التأكيد على أهمية التعاون اللامركزي كنموذج فعال ومؤسسي لتطوير علاقات التعاون والشراكة",
            "L'importance de la coopération décentralisée comme modèle efficace et institutionnel de partenariat",
            "The importance of decentralized cooperation as an effective, institutional model of partnership"},
        {"تبادل الخبرات والتجارب بين الجماعات المحلية",
            "L'échange d'expertise et d'expériences entre collectivités locales",
            "The exchange of expertise and experience between local authorities"},
        {"التصرف في الفضلات والتصدي لأخطار الفيضانات",
            "La gestion des déchets et la lutte contre les risques d'inondation",
            "Waste management and the fight against flood risks"},
        {"التصرف في المياه المستعملة ومياه الأمطار والتحكم في الطاقة",
            "La gestion des eaux usées et pluviales et la maîtrise de l'énergie",
            "The management of wastewater and rainwater and energy management"},
        {"تطوير بدائل إيكولوجية نظيفة والانتقال النظيف",
            "Le développement d'alternatives écologiques propres et la transition propre",
            "Developing clean ecological alternatives and the clean transition"},
    };

    private static final String[] THEMES = {"decentralized-cooperation", "exchange-of-expertise", "waste-management",
        "flood-risk", "wastewater-rainwater", "energy-management", "ecological-alternatives", "clean-transition",
        "institutional-capacity", "local-governance"};

    private static final String ILLUSTRATIVE_EN = "Illustrative record made up by the Jisr benchmark corpus generator";
    private static final String ILLUSTRATIVE_FR = "Enregistrement illustratif inventé par le générateur de corpus de Jisr";

    private final JsonFactory factory = new JsonFactory();
    private final long records;
    private final int invalidPercent;
    private final SplittableRandom random;

    /**
     * @param records        how many records (the header not counted)
     * @param invalidPercent 0, 1 or 100
     */
    public CorpusGenerator(long records, int invalidPercent) {
        if (invalidPercent != 0 && invalidPercent != 1 && invalidPercent != 100) {
            throw new IllegalArgumentException("invalidPercent must be 0, 1 or 100: " + invalidPercent);
        }
        this.records = records;
        this.invalidPercent = invalidPercent;
        this.random = new SplittableRandom(SEED);
    }

    /**
     * The file name of a corpus, e.g. {@code corpus-100k-1pct.ndjson}.
     *
     * @param records        how many records
     * @param invalidPercent 0, 1 or 100
     * @param form           the form
     * @return the file name
     */
    public static String fileName(long records, int invalidPercent, Form form) {
        return "corpus-" + sizeLabel(records) + "-" + invalidPercent + "pct" + form.extension();
    }

    /**
     * A size as the corpus names write it: 10k, 1m, or the number.
     *
     * @param records how many records
     * @return the label
     */
    public static String sizeLabel(long records) {
        if (records >= 1_000_000 && records % 1_000_000 == 0) {
            return records / 1_000_000 + "m";
        }
        if (records >= 1_000 && records % 1_000 == 0) {
            return records / 1_000 + "k";
        }
        return Long.toString(records);
    }

    /**
     * Whether record {@code i} carries a defect.
     *
     * @param i the record's index, from 0
     * @return whether it is invalid
     */
    public boolean isInvalid(long i) {
        return switch (invalidPercent) {
            case 100 -> true;
            case 1 -> i % 100 == 96 + (i / 100) % 4;
            default -> false;
        };
    }

    /**
     * How many records of this corpus carry a defect.
     *
     * @return the count
     */
    public long invalidCount() {
        long n = 0;
        for (long i = 0; i < records; i++) {
            if (isInvalid(i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Writes the corpus to a file, through a temporary file moved into place at the end, so that
     * an interrupted run leaves no truncated corpus behind.
     *
     * @param file where to write
     * @param form the form
     */
    public void writeTo(Path file, Form form) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                write(out, form);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the corpus to a stream, one record at a time.
     *
     * @param out  where to write; not closed
     * @param form the form
     * @throws IOException when writing fails
     */
    public void write(OutputStream out, Form form) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        if (form == Form.NDJSON) {
            writeHeader(buffer, true);
            buffer.writeTo(out);
            out.write('\n');
        } else {
            writeHeader(buffer, false);
            // The header object is written closed: reopen it to add the records array.
            byte[] header = buffer.toByteArray();
            out.write(header, 0, header.length - 1);
            out.write(",\"records\":[\n".getBytes(StandardCharsets.UTF_8));
        }
        for (long i = 0; i < records; i++) {
            buffer.reset();
            writeRecord(buffer, i);
            if (form == Form.DOCUMENT && i > 0) {
                out.write(',');
                out.write('\n');
            }
            buffer.writeTo(out);
            if (form == Form.NDJSON) {
                out.write('\n');
            }
        }
        if (form == Form.DOCUMENT) {
            out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void writeHeader(OutputStream out, boolean line) {
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            if (line) {
                g.writeStringProperty("type", "Header");
            }
            g.writeStringProperty("jisr", "1.0");
            g.writeStringProperty("id", "jisr-benchmark-corpus-" + sizeLabel(records) + "-" + invalidPercent + "pct");
            g.writeStringProperty("language", "ar");
            g.writeName("title");
            text(g, "مجموعة بيانات توضيحية لقياس أداء جسر",
                    "Corpus illustratif pour mesurer les performances de Jisr",
                    "Illustrative corpus for measuring Jisr's performance");
            g.writeName("description");
            text(g, "سجلات مختلقة لأغراض القياس فقط",
                    "Enregistrements inventés, pour les mesures seulement ; les noms viennent de l'article source du projet",
                    "Made-up records, for measurements only; the names come from the project's source article");
            g.writeEndObject();
        }
    }

    private void writeRecord(OutputStream out, long i) {
        Defect defect = isInvalid(i) ? Defect.values()[(int) ((i / (invalidPercent == 100 ? 1 : 100))
                % Defect.values().length)] : null;
        if (defect == Defect.DUPLICATE_ID && i == 0) {
            defect = Defect.UNKNOWN_PROPERTY; // nothing before the first record to duplicate
        }
        long block = i / BLOCK;
        int position = (int) (i % BLOCK);
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            String id = defect == Defect.DUPLICATE_ID ? id(i - 1) : id(i);
            switch (position) {
                case 0, 1 -> localAuthority(g, id, block, position == 0, defect);
                case 2, 3 -> organization(g, id, block, position, defect);
                case 4, 5 -> partnership(g, id, block, position, defect);
                case 6, 7 -> project(g, id, block, position, defect);
                default -> event(g, id, block, position, defect);
            }
        }
    }

    /** The id of record {@code i}: derived from its position alone, so references need no lookup. */
    static String id(long i) {
        long block = i / BLOCK;
        int position = (int) (i % BLOCK);
        String n = String.format(Locale.ROOT, "%07d", i);
        return switch (position) {
            case 0 -> "fr-commune-" + FR_COMMUNES[(int) (block % FR_COMMUNES.length)][0] + "-" + n;
            case 1 -> "tn-commune-" + TN_COMMUNES[(int) (block % TN_COMMUNES.length)][0] + "-" + n;
            case 2, 3 -> "org-" + ORGANIZATIONS[(int) ((block * 2 + position) % ORGANIZATIONS.length)][0] + "-" + n;
            case 4, 5 -> "partnership-" + n;
            case 6, 7 -> "project-" + n;
            default -> "event-" + n;
        };
    }

    private void localAuthority(JsonGenerator g, String id, long block, boolean french, Defect defect) {
        String[] commune = french ? FR_COMMUNES[(int) (block % FR_COMMUNES.length)]
                : TN_COMMUNES[(int) (block % TN_COMMUNES.length)];
        g.writeStartObject();
        g.writeStringProperty("type", "LocalAuthority");
        g.writeStringProperty("id", id);
        g.writeName("name");
        text(g, defect == Defect.ARABIC_IN_LATIN || defect == Defect.PERIOD_ORDER ? commune[2] : commune[1],
                commune[2], commune[2]);
        if (defect != Defect.MISSING_REQUIRED) {
            g.writeStringProperty("kind", defect == Defect.UNKNOWN_CODE ? "municipality" : "commune");
        }
        g.writeStringProperty("country", french ? "FR" : "TN");
        if (defect == Defect.UNRESOLVED_REFERENCE) {
            g.writeStringProperty("parent", "tn-governorate-missing-" + block);
        }
        g.writeStringProperty(defect == Defect.UNKNOWN_PROPERTY ? "webSite" : "website",
                "https://www.example.org/" + commune[0]);
        sources(g);
        g.writeEndObject();
    }

    private void organization(JsonGenerator g, String id, long block, int position, Defect defect) {
        String[] org = ORGANIZATIONS[(int) ((block * 2 + position) % ORGANIZATIONS.length)];
        String[] sentence = pick(SENTENCES);
        g.writeStartObject();
        g.writeStringProperty("type", "Organization");
        g.writeStringProperty("id", id);
        g.writeName("name");
        text(g, defect == Defect.ARABIC_IN_LATIN ? org[2] : org[1], org[2], org[3]);
        if (org[4] != null) {
            g.writeStringProperty("acronym", org[4]);
        }
        if (defect != Defect.MISSING_REQUIRED) {
            g.writeStringProperty("kind", defect == Defect.UNKNOWN_CODE ? "club" : org[5]);
        }
        g.writeStringProperty("country", org[6]);
        if (defect == Defect.UNRESOLVED_REFERENCE) {
            g.writeStringProperty("parent", "org-missing-" + block);
        }
        g.writeName(defect == Defect.UNKNOWN_PROPERTY ? "descripton" : "description");
        text(g, defect == Defect.PERIOD_ORDER ? sentence[2] : sentence[0], sentence[1], sentence[2]);
        sources(g);
        g.writeEndObject();
    }

    private void partnership(JsonGenerator g, String id, long block, int position, Defect defect) {
        long base = block * BLOCK;
        String[] fr = FR_COMMUNES[(int) (block % FR_COMMUNES.length)];
        String[] tn = TN_COMMUNES[(int) (block % TN_COMMUNES.length)];
        g.writeStartObject();
        g.writeStringProperty("type", "Partnership");
        g.writeStringProperty("id", id);
        g.writeName("name");
        text(g, defect == Defect.ARABIC_IN_LATIN ? "Tawama " + tn[2] : "توأمة " + tn[1] + " و" + fr[1],
                "Jumelage " + fr[2] + " – " + tn[2], "Twinning " + fr[2] + " – " + tn[2]);
        if (defect != Defect.MISSING_REQUIRED) {
            g.writeStringProperty("kind", defect == Defect.UNKNOWN_CODE ? "sister-city"
                    : position == 4 ? "twinning" : "cooperation-agreement");
        }
        g.writeStringProperty("status", "active");
        g.writeName("parties");
        g.writeStartArray();
        g.writeString(id(base));
        g.writeString(defect == Defect.UNRESOLVED_REFERENCE ? "tn-commune-missing-" + block : id(base + 1));
        g.writeEndArray();
        int year = 2000 + (int) (block % 20);
        g.writeStringProperty("signed", year + "-0" + (1 + block % 9) + "-15");
        period(g, year, defect == Defect.PERIOD_ORDER, false);
        themes(g);
        g.writeName(defect == Defect.UNKNOWN_PROPERTY ? "supporter" : "supporters");
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringProperty("organization", id(base + 2));
        g.writeStringProperty("role", "technical-support");
        g.writeEndObject();
        g.writeEndArray();
        sources(g);
        g.writeEndObject();
    }

    private void project(JsonGenerator g, String id, long block, int position, Defect defect) {
        long base = block * BLOCK;
        String[] sentence = pick(SENTENCES);
        String[] goal = pick(SENTENCES);
        g.writeStartObject();
        g.writeStringProperty("type", "Project");
        g.writeStringProperty("id", id);
        if (defect != Defect.MISSING_REQUIRED) {
            g.writeName("title");
            text(g, defect == Defect.ARABIC_IN_LATIN ? "Machrou' " + block : "مشروع: " + sentence[0],
                    "Projet : " + sentence[1], "Project: " + sentence[2]);
        }
        g.writeStringProperty("partnership", defect == Defect.UNRESOLVED_REFERENCE ? "partnership-missing-" + block
                : id(base + position - 2));
        g.writeStringProperty("status", defect == Defect.UNKNOWN_CODE ? "in-progress" : "completed");
        g.writeName("goals");
        g.writeStartArray();
        text(g, goal[0], goal[1], goal[2]);
        g.writeEndArray();
        themes(g);
        period(g, 2010 + (int) (block % 14), defect == Defect.PERIOD_ORDER, false);
        g.writeName("participants");
        g.writeStartArray();
        participation(g, id(base), "lead", null);
        participation(g, id(base + 1), "partner", null);
        g.writeEndArray();
        g.writeName(defect == Defect.UNKNOWN_PROPERTY ? "budjet" : "budget");
        g.writeStartObject();
        g.writeName("amount");
        g.writeNumber(new java.math.BigDecimal(5000 + random.nextInt(200) * 500 + ".00"));
        g.writeStringProperty("currency", "EUR");
        g.writeEndObject();
        sources(g);
        g.writeEndObject();
    }

    private void event(JsonGenerator g, String id, long block, int position, Defect defect) {
        long base = block * BLOCK;
        String[] title = SENTENCES[0];
        String[] sentence = pick(SENTENCES);
        g.writeStartObject();
        g.writeStringProperty("type", "Event");
        g.writeStringProperty("id", id);
        g.writeStringProperty("kind", defect == Defect.UNKNOWN_CODE ? "webinar" : position == 8 ? "workshop" : "visit");
        g.writeName("title");
        text(g, defect == Defect.ARABIC_IN_LATIN ? "Warchat 3amal" : title[0], title[1], title[2]);
        g.writeName("description");
        text(g, sentence[0], sentence[1], sentence[2]);
        g.writeStringProperty("status", "held");
        if (defect != Defect.MISSING_REQUIRED) {
            period(g, 2010 + (int) (block % 14), defect == Defect.PERIOD_ORDER, true);
        }
        g.writeStringProperty(defect == Defect.UNKNOWN_PROPERTY ? "attendance" : "attendanceMode", "hybrid");
        g.writeName("partnerships");
        g.writeStartArray();
        g.writeString(defect == Defect.UNRESOLVED_REFERENCE ? "partnership-missing-" + block : id(base + 4));
        g.writeEndArray();
        g.writeName("participants");
        g.writeStartArray();
        participation(g, id(base + 2), "organizer", "in-person");
        participation(g, id(base + 1), "host", "in-person");
        participation(g, id(base), "participant", "online");
        g.writeEndArray();
        sources(g);
        g.writeEndObject();
    }

    private static void participation(JsonGenerator g, String participant, String role, String attendance) {
        g.writeStartObject();
        g.writeStringProperty("participant", participant);
        g.writeStringProperty("role", role);
        if (attendance != null) {
            g.writeStringProperty("attendance", attendance);
        }
        g.writeEndObject();
    }

    private void period(JsonGenerator g, int year, boolean reversed, boolean days) {
        int month = 1 + random.nextInt(9);
        String start = year + "-0" + month + "-1" + random.nextInt(10);
        String end = days ? year + "-0" + month + "-2" + random.nextInt(9) : (year + 2) + "-12-31";
        g.writeName("period");
        g.writeStartObject();
        g.writeStringProperty("start", reversed ? end : start);
        g.writeStringProperty("end", reversed ? start : end);
        if (days) {
            g.writeStringProperty("timeZone", "Africa/Tunis");
        }
        g.writeEndObject();
    }

    private void themes(JsonGenerator g) {
        int first = random.nextInt(THEMES.length);
        int second = (first + 1 + random.nextInt(THEMES.length - 1)) % THEMES.length;
        g.writeName("themes");
        g.writeStartArray();
        g.writeString(THEMES[first]);
        g.writeString(THEMES[second]);
        g.writeEndArray();
    }

    private static void sources(JsonGenerator g) {
        g.writeName("sources");
        g.writeStartArray();
        g.writeStartObject();
        g.writeName("title");
        g.writeStartObject();
        g.writeStringProperty("en", ILLUSTRATIVE_EN);
        g.writeStringProperty("fr", ILLUSTRATIVE_FR);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String ar, String fr, String en) {
        g.writeStartObject();
        g.writeStringProperty("ar", ar);
        g.writeStringProperty("fr", fr);
        g.writeStringProperty("en", en);
        g.writeEndObject();
    }

    private String[] pick(String[][] from) {
        return from[random.nextInt(from.length)];
    }

    /**
     * Writes corpora into a folder: {@code CorpusGenerator <folder> <records>... [--invalid 0,1,100]
     * [--forms ndjson,json]}; a corpus already there is kept (the bytes would be the same).
     *
     * @param args the folder then the sizes
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator <folder> <records>... [--invalid 0,1,100] [--forms ndjson,json]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<Long> sizes = new ArrayList<>();
        List<Integer> invalid = List.of(0, 1, 100);
        List<Form> forms = List.of(Form.NDJSON, Form.DOCUMENT);
        for (int a = 1; a < args.length; a++) {
            switch (args[a]) {
                case "--invalid" -> invalid = parseInts(args[++a]);
                case "--forms" -> forms = parseForms(args[++a]);
                default -> sizes.add(Long.parseLong(args[a]));
            }
        }
        for (long size : sizes) {
            for (int percent : invalid) {
                for (Form form : forms) {
                    Path file = folder.resolve(fileName(size, percent, form));
                    if (!Files.isRegularFile(file)) {
                        new CorpusGenerator(size, percent).writeTo(file, form);
                    }
                    System.out.println("corpus=" + file.getFileName() + " records=" + size + " bytes=" + size(file));
                }
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> parseInts(String list) {
        List<Integer> out = new ArrayList<>();
        for (String s : list.split(",")) {
            out.add(Integer.parseInt(s.trim()));
        }
        return out;
    }

    private static List<Form> parseForms(String list) {
        List<Form> out = new ArrayList<>();
        for (String s : list.split(",")) {
            out.add(s.trim().equals("ndjson") ? Form.NDJSON : Form.DOCUMENT);
        }
        return out;
    }
}
