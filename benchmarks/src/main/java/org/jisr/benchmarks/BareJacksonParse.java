package org.jisr.benchmarks;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The denominator of {@code cli_small_file_ratio}: a bare JVM that only parses a file into a tree
 * with Jackson and prints its count of top-level members. run.sh starts it on Jackson's jars alone
 * (and this module's classes, of which only this one is loaded), so that it measures what any
 * Java program reading the file must pay: the JVM's start and Jackson's.
 */
public final class BareJacksonParse {

    private BareJacksonParse() {
    }

    /**
     * @param args the file to parse
     */
    public static void main(String[] args) {
        JsonNode tree = JsonMapper.builder().build().readTree(Path.of(args[0]));
        System.out.println(tree.size());
    }
}
