package org.jisr.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lists: UTF-8 tab-separated tables with a header line, plain or gzip'd, from a folder
 * that replaces the built-in lists, else from this module's resources ({@code data/}).
 */
final class Tables {

    private final @Nullable Path folder;

    Tables(@Nullable Path folder) {
        this.folder = folder;
    }

    /** Reads a table's rows without its header; each row has as many cells as the header. */
    List<String[]> read(String name) {
        try (InputStream in = open(name)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalStateException("reference list " + name + " is empty");
            }
            int columns = header.split("\t", -1).length;
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException("reference list " + name + ": a row has " + cells.length
                            + " cells instead of " + columns + ": " + line);
                }
                for (int i = 0; i < cells.length; i++) {
                    // Most cells repeat (département, région, governorate codes): one copy each.
                    cells[i] = cells[i].length() <= 3 ? cells[i].intern() : cells[i];
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference list " + name, e);
        }
    }

    /** Reads the vintage: the built-in one, with the keys of the folder's own file replacing its keys. */
    Properties vintage() {
        Properties p = new Properties();
        try {
            try (InputStream in = resource("vintage.properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            if (folder != null && Files.isRegularFile(folder.resolve("vintage.properties"))) {
                try (InputStream in = Files.newInputStream(folder.resolve("vintage.properties"))) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vintage of the reference lists", e);
        }
        return p;
    }

    private InputStream open(String name) throws IOException {
        if (folder != null) {
            if (Files.isRegularFile(folder.resolve(name))) {
                return Files.newInputStream(folder.resolve(name));
            }
            if (Files.isRegularFile(folder.resolve(name + ".gz"))) {
                return new GZIPInputStream(Files.newInputStream(folder.resolve(name + ".gz")));
            }
        }
        InputStream plain = Tables.class.getResourceAsStream("data/" + name);
        if (plain != null) {
            return plain;
        }
        return new GZIPInputStream(resource(name + ".gz"));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Tables.class.getResourceAsStream("data/" + name);
        if (in == null) {
            throw new IOException("missing resource data/" + name + " of org.jisr.reference");
        }
        return in;
    }
}
