package org.jisr.modulepath;

import org.jisr.validation.Finding;
import org.jisr.validation.Validator;

/**
 * Validates a document with core on the module path; run by {@link ModulePathTest} in a JVM of
 * its own. Lives in a package core does not have, since it runs from the class path.
 */
public final class ModulePathMain {

    private ModulePathMain() {
    }

    /**
     * Prints whether core is a named module, then each finding's code and pointer.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        String doc = """
                {"jisr": "1.0", "records": [
                  {"type": "LocalAuthority", "id": "sousse", "kind": "commune", "country": "TN",
                   "name": {"ar": "Sousse", "fr": "Sousse"},
                   "identifiers": [{"scheme": "fr-siren", "value": "211300554"}]}
                ]}""";
        System.out.println("named=" + Validator.class.getModule().isNamed());
        for (Finding f : Validator.builder().build().validateText(doc, "t.json").findings()) {
            System.out.println(f.code() + " " + f.location().pointer());
        }
    }
}
