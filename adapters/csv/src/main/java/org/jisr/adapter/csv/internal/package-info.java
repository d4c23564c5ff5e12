/** The CSV container: reading CSV bytes in any of the encodings met, zips and folders, and writing them. */
@NullMarked
package org.jisr.adapter.csv.internal;

import org.jspecify.annotations.NullMarked;
