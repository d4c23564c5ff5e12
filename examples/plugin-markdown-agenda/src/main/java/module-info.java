/**
 * A third-party Jisr adapter: the cooperation agenda a municipality publishes on its website as a
 * Markdown table, read and written as Event records. It needs nothing but {@code org.jisr.core}
 * (required transitively: its types appear in the exported API). It registers itself for the
 * module path here and for the class path in {@code META-INF/services/org.jisr.spi.Adapter}.
 */
module org.example.jisr.agenda {
    requires transitive org.jisr.core;

    exports org.example.jisr.agenda;

    provides org.jisr.spi.Adapter with org.example.jisr.agenda.MarkdownAgendaAdapter;
}
