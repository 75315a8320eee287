package io.oneshelf.order.routing;

import io.oneshelf.org.PlaceRef;

/** Distances on the earth by the haversine formula, from WGS-84 coordinates in degrees. */
final class GreatCircle {

    /** The mean earth radius (IUGG), km: the haversine's sphere; within 0.5 % of the ellipsoid everywhere. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** From the place to the destination, rounded to the metre; null when either has no coordinates. */
    static Double between(PlaceRef place, Destination destination) {
        if (destination == null || !destination.located() || place.latitude() == null || place.longitude() == null) {
            return null;
        }
        double km = km(place.latitude().doubleValue(), place.longitude().doubleValue(),
                destination.latitude().doubleValue(), destination.longitude().doubleValue());
        return Math.round(km * 1000) / 1000.0;
    }
}
