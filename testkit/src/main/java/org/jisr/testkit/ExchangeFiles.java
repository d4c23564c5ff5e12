package org.jisr.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A source for a JUnit 5 {@code @ParameterizedTest}: one invocation per exchange file of a folder,
 * with the file's {@link java.nio.file.Path} as argument and its name as display name.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ExchangeFiles("src/test/resources/exports")
 * void every_export_is_valid(Path file) {
 *     assertThatExchange(file).isValid();
 * }
 * }</pre>
 *
 * <p>The files are those directly in the folder (not in its sub-folders) whose names end in
 * {@code .json}, {@code .ndjson} or {@code .jsonl}, in any case, sorted by name. A folder that
 * does not exist or holds no such file fails the test with a message that names the folder and
 * where it was looked for: an empty source would pass silently.
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
// The provider stays out of the API: only JUnit makes it, by reflection, which module-info opens to it.
@SuppressWarnings("exports")
@ArgumentsSource(ExchangeFilesArgumentsProvider.class)
public @interface ExchangeFiles {

    /**
     * The folder. A relative path is resolved against the working directory, which Maven's
     * Surefire and Gradle set to the module's folder: {@code src/test/resources/exports}.
     *
     * @return the folder's path
     */
    String value();
}
