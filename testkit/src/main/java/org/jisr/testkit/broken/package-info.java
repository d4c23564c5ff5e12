/**
 * A library of deliberately broken adapters, to test that a host isolates plugin code: each one
 * breaks one rule of the adapter SPI, in one place, and says so in its Javadoc and in the
 * message of what it throws ({@code broken on purpose: …}).
 *
 * <p>Two families:
 * <ul>
 * <li><b>Refused at discovery</b> — a host must report them with a diagnosis and go on:
 *     {@link org.jisr.testkit.broken.ThrowingConstructorAdapter},
 *     {@link org.jisr.testkit.broken.FailingStaticInitializerAdapter},
 *     {@link org.jisr.testkit.broken.NoPublicConstructorAdapter},
 *     {@link org.jisr.testkit.broken.ThrowingDescriptorAdapter},
 *     {@link org.jisr.testkit.broken.NullDescriptorAdapter},
 *     {@link org.jisr.testkit.broken.InvalidIdAdapter},
 *     {@link org.jisr.testkit.broken.FutureSpiAdapter},
 *     {@link org.jisr.testkit.broken.DuplicateIdAdapter} (next to
 *     {@link org.jisr.testkit.broken.WellBehavedAdapter}) and
 *     {@link org.jisr.testkit.broken.NotAnAdapter}.</li>
 * <li><b>Failing in use</b> — registered normally, they fail when called, and a host must turn
 *     that into findings: {@link org.jisr.testkit.broken.ThrowingDetectAdapter},
 *     {@link org.jisr.testkit.broken.ThrowingReaderAdapter},
 *     {@link org.jisr.testkit.broken.ThrowingWriterAdapter} and
 *     {@link org.jisr.testkit.broken.EndlessReaderAdapter} (which a host must stop with a
 *     limit).</li>
 * <li><b>Hanging or allocating</b> — a host must stop them with a time limit per call, or catch
 *     the {@code OutOfMemoryError} of a call it can abandon:
 *     {@link org.jisr.testkit.broken.HangingConstructorAdapter},
 *     {@link org.jisr.testkit.broken.HangingDescriptorAdapter} (at discovery),
 *     {@link org.jisr.testkit.broken.HangingDetectAdapter} (a CPU loop),
 *     {@link org.jisr.testkit.broken.BlockingReaderAdapter} (a blocking read),
 *     {@link org.jisr.testkit.broken.SleepingReaderAdapter},
 *     {@link org.jisr.testkit.broken.HangingWriterAdapter} (sleeps, deaf to interrupts),
 *     {@link org.jisr.testkit.broken.HangingCloseAdapter} and
 *     {@link org.jisr.testkit.broken.AllocatingReaderAdapter}.</li>
 * </ul>
 *
 * <p>{@link org.jisr.testkit.broken.WellBehavedAdapter} is the control: a correct adapter to put
 * next to the broken ones and check that it still works. {@link org.jisr.testkit.broken.BrokenAdapters}
 * lists them all, and {@link org.jisr.testkit.broken.PluginJar} writes any of them into a plugin
 * jar for a host's plugin folder.
 *
 * <p>None of these classes is registered in this jar's {@code META-INF/services}: a test chooses
 * which to expose, in a service file of its own test resources or in a plugin jar.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.testkit.broken;

import org.jspecify.annotations.NullMarked;
