package org.jisr.model;

/**
 * A point on Earth in WGS 84 decimal degrees: {@code {"lat": 36.8065, "lon": 10.1815}}.
 *
 * @param lat latitude, from -90 to 90
 * @param lon longitude, from -180 to 180
 * @since 0.1
 */
public record GeoPoint(double lat, double lon) {

    /**
     * Creates a point.
     *
     * @throws IllegalArgumentException when a coordinate is out of range or not a number
     */
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + lon);
        }
    }
}
