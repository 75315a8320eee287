package io.oneshelf.order.storefront;

import io.oneshelf.org.PlaceRef;
import java.math.BigDecimal;

/** Great-circle distance in km from where the customer is to a place; null when either has no coordinates. */
final class Distance {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Distance() {
    }

    static Double km(BigDecimal latitude, BigDecimal longitude, PlaceRef place) {
        if (latitude == null || longitude == null || place.latitude() == null || place.longitude() == null) {
            return null;
        }
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(place.latitude().doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(place.longitude().doubleValue() - longitude.doubleValue());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                   + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        return Math.round(km * 10) / 10.0;
    }
}
