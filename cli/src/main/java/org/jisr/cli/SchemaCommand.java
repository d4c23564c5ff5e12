package org.jisr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.jisr.schema.SchemaCatalog;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jisr schema}: the names of the JSON Schemas and codelists, or one of them. */
@Command(name = "schema", usageHelpAutoWidth = true, sortOptions = false, mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

    private final JisrCli.Root root;

    @Parameters(arity = "0..1", paramLabel = "NAME", descriptionKey = "name")
    @Nullable String name;

    SchemaCommand(JisrCli.Root root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        CliMessages m = root.messages;
        String nl = System.lineSeparator();
        if (name == null) {
            StringBuilder text = new StringBuilder(m.get("schema.schemas")).append(nl);
            SchemaCatalog.schemaNames().forEach(n -> text.append(n).append(nl));
            text.append(SchemaCatalog.CODELIST_SCHEMA).append(nl).append(SchemaCatalog.REPORT_SCHEMA).append(nl);
            text.append(nl).append(m.get("schema.codelists")).append(nl);
            SchemaCatalog.codelistIds().forEach(n -> text.append(n).append(nl));
            root.print(text.toString());
            return JisrCli.OK;
        }
        InputStream content;
        if (SchemaCatalog.schemaNames().contains(name)) {
            content = SchemaCatalog.openSchema(name);
        } else if (name.equals(SchemaCatalog.CODELIST_SCHEMA)) {
            content = SchemaCatalog.openCodelistSchema();
        } else if (name.equals(SchemaCatalog.REPORT_SCHEMA)) {
            content = SchemaCatalog.openReportSchema();
        } else if (SchemaCatalog.codelistIds().contains(name)) {
            content = SchemaCatalog.openCodelist(name);
        } else {
            root.complain(m.get("error.unknown-schema", name));
            return JisrCli.USAGE;
        }
        try (InputStream in = content) {
            byte[] bytes = in.readAllBytes();
            root.out.write(bytes, 0, bytes.length);
            root.out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JisrCli.OK;
    }
}
