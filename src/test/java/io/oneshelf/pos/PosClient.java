package io.oneshelf.pos;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The POS's API as a test calls it: a till, its shift, sales with tenders. */
record PosClient(Api api, String token) {

    static final String POS = "/api/v1/pos";

    String aTill(UUID storeId, String code) {
        Reply till = api.post(POS + "/tills", token, Map.of("storeId", storeId, "code", code, "name", "Till " + code));
        assertThat(till.status()).as(till.toString()).isEqualTo(201);
        return till.id();
    }

    String openShift(String tillId, long floatFen) {
        Reply shift = api.post(POS + "/tills/" + tillId + "/shifts", token, Map.of("floatFen", floatFen));
        assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
        return shift.id();
    }

    Reply sell(String tillId, UUID clientSaleId, List<Map<String, Object>> lines, List<Map<String, Object>> tenders) {
        return api.post(POS + "/tills/" + tillId + "/sales", token,
                Map.of("clientSaleId", clientSaleId, "lines", lines, "tenders", tenders));
    }

    /** A return at the till: {@code body} names the order, its lines and whether they go back on the shelf. */
    Reply returns(String tillId, Map<String, Object> body) {
        return api.post(POS + "/tills/" + tillId + "/returns", token, body);
    }

    /** Sales made offline, synced in one request. */
    Reply sync(String tillId, List<Map<String, Object>> sales) {
        return api.post(POS + "/tills/" + tillId + "/sync", token, Map.of("sales", sales));
    }

    /** Closes a shift with the drawer counted ({@link #count} entries). */
    Reply close(String shiftId, List<Map<String, Object>> counted) {
        return api.post(POS + "/shifts/" + shiftId + "/close", token, Map.of("counted", counted));
    }

    JsonNode report(String shiftId) {
        Reply report = api.get(POS + "/shifts/" + shiftId, token);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.body();
    }

    /** The totals of one tender in a report, or null. */
    static JsonNode tender(JsonNode report, String tender) {
        for (JsonNode t : report.get("tenders")) {
            if (t.get("tender").asString().equals(tender)) {
                return t;
            }
        }
        return null;
    }

    static Map<String, Object> line(UUID sku, long quantity) {
        return Map.of("skuId", sku, "quantity", quantity);
    }

    static Map<String, Object> cash(long amount, long tendered) {
        return Map.of("tender", "CASH", "amount", amount, "cashTendered", tendered);
    }

    /** So many notes or coins of one denomination in a counted drawer. */
    static Map<String, Object> count(long denominationFen, long count) {
        return Map.of("denominationFen", denominationFen, "count", count);
    }

    static Map<String, Object> card(long amount) {
        return Map.of("tender", "CARD", "amount", amount, "reference", "T-" + amount);
    }
}
