package org.jisr.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jisr.core.JisrVersion;
import org.jisr.core.ProgressListener;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The {@code jisr} command line. {@link #run} is the whole program, callable in-process; only the
 * command line writes to the standard streams, through the streams {@code run} is given.
 *
 * <p>Exit codes: {@value #OK} valid or done; {@value #FINDINGS} findings of severity error (or a
 * loss under {@code --strict}); {@value #USAGE} usage error, missing or unreadable input, unknown
 * format, or an unexpected failure.
 */
public final class JisrCli {

    /** Valid, or done. */
    static final int OK = 0;
    /** Findings of severity error, or a value not carried under {@code --strict}. */
    static final int FINDINGS = 1;
    /** Usage error, missing or unreadable input, unknown format. */
    static final int USAGE = 2;

    /** Kept here so that the level set on it is not lost when the logger is collected. */
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    /** The system property with which JBoss Logging is told which logging library to use. */
    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    private JisrCli() {
    }

    /**
     * Runs the command line.
     *
     * @param args the command-line arguments
     * @param out  where results go
     * @param err  where diagnostics go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * Runs the command line, telling it whether standard error is a terminal: only then does long
     * work draw a progress bar there. {@link #main} decides; tests say either.
     *
     * @param args          the command-line arguments
     * @param out           where results go
     * @param err           where diagnostics (and the progress bar) go
     * @param errIsTerminal whether {@code err} is shown on a terminal
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean errIsTerminal) {
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        CliMessages messages = CliMessages.of(languageOf(args));
        Root root = new Root(messages, out, err, errIsTerminal);
        CommandLine cli = new CommandLine(root);
        String named = subcommandOf(args);
        for (String name : SUBCOMMANDS) {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(subcommand(name, root));
            }
        }
        CommandLine validate = cli.getSubcommands().get("validate");
        if (validate != null) {
            ValidateCommand.labelReportFormats(validate.getCommandSpec());
        }
        cli.setResourceBundle(messages.bundle());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, a) -> usageError(e, root));
        cli.setExecutionExceptionHandler((e, c, p) -> failure(e, root));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // The heap is too small for what this input keeps (see docs/performance.md): one line
            // that says how to give it more, not a stack trace. What the run held is garbage now,
            // so the message can still be built.
            root.complain(messages.get("error.out-of-memory",
                    String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024))));
            if (root.debug) {
                e.printStackTrace(err);
            }
            return USAGE;
        }
    }

    /**
     * Runs the command line on the standard streams and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which would pick Log4j 2's API (in the
        // jar for POI) and load a hundred classes of it, only to pass each line on to SLF4J and
        // its no-operation logger. Naming SLF4J sends the lines there directly: the same nothing
        // is printed, sooner. Set for this process only, and only when the user has not.
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
        // Java 17 cannot ask whether standard error alone is a terminal; a console means the
        // program runs interactively, which is when a progress bar helps.
        System.exit(run(args, System.out, System.err, System.console() != null));
    }

    /**
     * The subcommands, in the order the usage help lists them. Picocli reads each one's
     * annotations by reflection when it is added, a tenth of a second or so for all of them at
     * start-up: a run only adds those it may need (see {@link #subcommandOf}).
     */
    private static final List<String> SUBCOMMANDS = List.of("validate", "convert", "inspect", "formats", "schema",
            "demo", "template", "lookup");

    /** A new subcommand; a switch rather than a table of constructors, so that the others are not even loaded. */
    private static Object subcommand(String name, Root root) {
        return switch (name) {
            case "validate" -> new ValidateCommand(root);
            case "convert" -> new ConvertCommand(root);
            case "inspect" -> new InspectCommand(root);
            case "formats" -> new FormatsCommand(root);
            case "schema" -> new SchemaCommand(root);
            case "demo" -> new DemoCommand(root);
            case "template" -> new TemplateCommand(root);
            case "lookup" -> new LookupCommand(root);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The subcommand the arguments name, when nothing but global options comes before it: that
     * run needs no other subcommand, and its parsing, help and errors are those of that
     * subcommand alone. Otherwise (no subcommand, an unknown one, root help) {@code null}: all
     * are added, for the root's help and its "did you mean" to list them.
     */
    static @Nullable String subcommandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") || a.equals("--plugins")) {
                i++;
            } else if (!(a.equals("--quiet") || a.equals("--debug") || a.startsWith("--lang=")
                    || a.startsWith("--plugins="))) {
                return SUBCOMMANDS.contains(a) ? a : null;
            }
        }
        return null;
    }

    /** The language asked with {@code --lang}, read before parsing: the usage help depends on it. */
    static String languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        String system = Locale.getDefault().getLanguage();
        return CliMessages.LANGUAGES.contains(system) ? system : "en";
    }

    private static int usageError(ParameterException e, Root root) {
        CliMessages m = root.messages;
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        String line;
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            line = m.get("error.unknown-argument", String.join(" ", u.getUnmatched()), command);
        } else if (e instanceof CommandLine.MissingParameterException missing) {
            StringBuilder names = new StringBuilder();
            for (CommandLine.Model.ArgSpec spec : missing.getMissing()) {
                if (!names.isEmpty()) {
                    names.append(", ");
                }
                names.append(spec instanceof CommandLine.Model.OptionSpec o ? o.longestName() : spec.paramLabel());
            }
            line = m.get("error.missing-argument", names.toString(), command);
        } else {
            line = m.get("error.usage", String.valueOf(e.getMessage()), command);
        }
        root.complain(line);
        if (root.debug) {
            e.printStackTrace(root.err);
        }
        return USAGE;
    }

    private static int failure(Exception e, Root root) {
        root.complain(root.messages.get("error.unexpected", e.getClass().getSimpleName(),
                String.valueOf(e.getMessage())));
        if (root.debug) {
            e.printStackTrace(root.err);
        }
        return USAGE;
    }

    /** The {@code jisr} command itself: the global options, shared with every subcommand. */
    @Command(name = "jisr", resourceBundle = CliMessages.BUNDLE, mixinStandardHelpOptions = true,
            versionProvider = Root.Version.class, usageHelpAutoWidth = true, sortOptions = false)
    static final class Root implements Runnable {

        final CliMessages messages;
        final PrintStream out;
        final PrintStream err;
        /** Whether standard error is shown on a terminal, where a progress bar may be drawn. */
        final boolean terminal;

        @Option(names = "--lang", paramLabel = "fr|ar|en", scope = ScopeType.INHERIT, descriptionKey = "lang",
                converter = LanguageConverter.class)
        String lang = "en";

        @Option(names = "--quiet", scope = ScopeType.INHERIT, descriptionKey = "quiet")
        boolean quiet;

        @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
        boolean debug;

        @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "plugins",
                defaultValue = "${env:JISR_PLUGINS}")
        @Nullable Path plugins;

        /**
         * The time limit per call into a plugin, in seconds. Hidden from the usage text, which
         * stays short for the common case; docs/cli.md documents it with the other global options.
         */
        @Option(names = "--adapter-timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT, hidden = true,
                descriptionKey = "adapter-timeout", defaultValue = "${env:JISR_ADAPTER_TIMEOUT}",
                converter = TimeoutConverter.class)
        java.time.@Nullable Duration adapterTimeout;

        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        Root(CliMessages messages, PrintStream out, PrintStream err, boolean terminal) {
            this.messages = messages;
            this.out = out;
            this.err = err;
            this.terminal = terminal;
        }

        /**
         * Returns what to tell of the progress of reading one input: a progress bar on a
         * terminal, unless {@code --quiet}; nothing otherwise.
         */
        ProgressListener progress() {
            return terminal && !quiet ? new ProgressBar(err, messages, System::nanoTime) : ProgressListener.NONE;
        }

        /**
         * Builds the runtime with the plugin folder asked for.
         *
         * @return the runtime, or empty (after saying why) when the plugin folder does not exist
         */
        java.util.Optional<org.jisr.runtime.Jisr> runtime() {
            return runtime(null);
        }

        /**
         * Builds the runtime with the plugin folder asked for and a validator.
         *
         * @param validator the validator, or {@code null} for the default one
         * @return the runtime, or empty (after saying why) when the plugin folder does not exist
         */
        java.util.Optional<org.jisr.runtime.Jisr> runtime(org.jisr.validation.@Nullable Validator validator) {
            Path folder = plugins;
            if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
                complain(messages.get("error.no-such-folder", folder.toString()));
                return java.util.Optional.empty();
            }
            org.jisr.runtime.Jisr.Builder builder = org.jisr.runtime.Jisr.builder().pluginFolder(folder);
            if (adapterTimeout != null) {
                builder.adapterCallTimeout(adapterTimeout);
            }
            if (validator != null) {
                builder.validator(validator);
            }
            return java.util.Optional.of(builder.build());
        }

        /** Prints text on standard output, in UTF-8 whatever the platform's charset. */
        void print(String text) {
            out.write(text.getBytes(StandardCharsets.UTF_8), 0, text.getBytes(StandardCharsets.UTF_8).length);
            out.flush();
        }

        /** Prints one line on standard output. */
        void println(String line) {
            print(line + System.lineSeparator());
        }

        /** Prints one line, prefixed with {@code jisr: }, on standard error, in UTF-8. */
        void complain(String line) {
            byte[] bytes = ("jisr: " + line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
            err.write(bytes, 0, bytes.length);
            err.flush();
        }

        /** The language of every text: the one read before parsing, checked by picocli. */
        String language() {
            return messages.language();
        }

        /**
         * Tells, on standard error, why a file cannot be read.
         *
         * @return {@code true} when the file is a readable regular file
         */
        boolean readable(Path file) {
            if (!java.nio.file.Files.exists(file)) {
                complain(messages.get("error.no-such-file", file.toString()));
                return false;
            }
            if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
                complain(messages.get("error.unreadable-file", file.toString()));
                return false;
            }
            return true;
        }

        @Override
        public void run() {
            throw new ParameterException(java.util.Objects.requireNonNull(spec).commandLine(),
                    messages.get("error.no-command"));
        }

        /** The version line of {@code --version}. */
        static final class Version implements CommandLine.IVersionProvider {
            @Override
            public String[] getVersion() {
                return new String[] {"jisr " + JisrVersion.library()};
            }
        }

        /** Accepts only the three languages. */
        static final class LanguageConverter implements CommandLine.ITypeConverter<String> {
            @Override
            public String convert(String value) {
                if (!CliMessages.LANGUAGES.contains(value)) {
                    throw new CommandLine.TypeConversionException("fr, ar, en");
                }
                return value;
            }
        }

        /** Reads {@code --adapter-timeout}: seconds, a decimal number above 0 ({@code 30}, {@code 0.5}). */
        static final class TimeoutConverter implements CommandLine.ITypeConverter<java.time.Duration> {
            @Override
            public java.time.Duration convert(String value) {
                try {
                    java.math.BigDecimal seconds = new java.math.BigDecimal(value.strip());
                    java.math.BigDecimal millis = seconds.movePointRight(3);
                    if (seconds.signum() > 0 && millis.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                        return java.time.Duration.ofMillis(Math.max(1, millis.longValue()));
                    }
                } catch (NumberFormatException e) {
                    // said below
                }
                throw new CommandLine.TypeConversionException("SECONDS > 0");
            }
        }
    }
}
