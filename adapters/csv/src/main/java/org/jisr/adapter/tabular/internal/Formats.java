package org.jisr.adapter.tabular.internal;

/**
 * How a mapping writes values, and part of how it reads them (reading accepts every form of
 * {@link Values}).
 *
 * @param datePattern the pattern dates are written with ({@code dd/MM/yyyy})
 * @param decimal     the decimal separator written ({@code ,} or {@code .})
 * @param yes         the word written for true
 * @param no          the word written for false
 */
public record Formats(String datePattern, char decimal, String yes, String no) {
}
