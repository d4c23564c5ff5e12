package org.jisr.json.internal;

import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The layout of a canonical exchange document: two-space indents, {@code \n} line ends,
 * {@code "name": value}, empty objects and arrays as {@code {}} and {@code []}. One place, so that
 * the codec and the streaming document writer give the same bytes.
 */
public final class CanonicalPrinting {

    private static final DefaultPrettyPrinter TEMPLATE = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private CanonicalPrinting() {
    }

    /**
     * Returns a write context that gives each generator its own canonical pretty printer (a
     * pretty printer is stateful: one per generator).
     *
     * @return the context
     */
    public static ObjectWriteContext documentContext() {
        return new PrettyContext();
    }

    private static final class PrettyContext extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return TEMPLATE.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
