package org.jisr.testkit;

import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Gives one argument per exchange file of the folder an {@link ExchangeFiles} names: the file's
 * path, named by the file's name. JUnit makes one per annotated method, on one thread.
 */
final class ExchangeFilesArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<ExchangeFiles> {

    private @Nullable String folder;

    @Override
    public void accept(ExchangeFiles annotation) {
        this.folder = annotation.value();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        String named = Objects.requireNonNull(folder, "JUnit did not pass the @ExchangeFiles annotation");
        return ExchangeFolder.files(Path.of(named), "@ExchangeFiles(\"" + named + "\")").stream()
                .map(file -> Arguments.of(Named.of(file.getFileName().toString(), file)));
    }
}
