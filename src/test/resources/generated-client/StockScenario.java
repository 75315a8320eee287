package io.oneshelf.client.scenario;

import io.oneshelf.client.ApiClient;
import io.oneshelf.client.ApiException;
import io.oneshelf.client.api.ApiClientsApi;
import io.oneshelf.client.api.AuthenticationApi;
import io.oneshelf.client.api.CategoriesApi;
import io.oneshelf.client.api.ProductsApi;
import io.oneshelf.client.api.ReservationsApi;
import io.oneshelf.client.api.StockApi;
import io.oneshelf.client.api.TransfersApi;
import io.oneshelf.client.model.Category;
import io.oneshelf.client.model.CreateApiClient;
import io.oneshelf.client.model.CreateCategory;
import io.oneshelf.client.model.CreateProduct;
import io.oneshelf.client.model.IssuedApiClient;
import io.oneshelf.client.model.Product;
import io.oneshelf.client.model.Reservation;
import io.oneshelf.client.model.ReservationReserve;
import io.oneshelf.client.model.ReservationReserveLine;
import io.oneshelf.client.model.Role;
import io.oneshelf.client.model.ScopeType;
import io.oneshelf.client.model.SpecAttribute;
import io.oneshelf.client.model.StaffLogin;
import io.oneshelf.client.model.StockMovement;
import io.oneshelf.client.model.StockReceipt;
import io.oneshelf.client.model.Transfer;
import io.oneshelf.client.model.TransferCount;
import io.oneshelf.client.model.TransferCountLine;
import io.oneshelf.client.model.TransferLine;
import io.oneshelf.client.model.TransferRequest;
import io.oneshelf.client.model.TransferRequestLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Kept as a resource and compiled by GeneratedClientTest together with the client generated from the live
 * description: if the contract changes a name, a type or a parameter, this stops compiling; if it loses a body
 * or a field, the values read back are wrong. Answers what it read, for the test to assert.
 */
public class StockScenario implements Function<Map<String, String>, Map<String, Object>> {

    @Override
    public Map<String, Object> apply(Map<String, String> given) {
        try {
            return run(given);
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private Map<String, Object> run(Map<String, String> given) throws ApiException {
        Map<String, Object> seen = new LinkedHashMap<>();
        ApiClient client = new ApiClient();
        client.updateBaseUri(given.get("baseUri"));
        String token = new AuthenticationApi(client)
                .signIn(new StaffLogin().login(given.get("login")).password(given.get("password"))).getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        UUID store = UUID.fromString(given.get("storeId"));
        UUID warehouse = UUID.fromString(given.get("warehouseId"));
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        Category category = new CategoriesApi(client).createCategory(key(),
                new CreateCategory().code("TEA-" + suffix).name("Tea " + suffix));
        seen.put("categoryCreated", category != null && category.getId() != null);

        Product product = new ProductsApi(client).createProduct(key(), new CreateProduct().code("MT-" + suffix)
                .name("Milk tea " + suffix).categoryId(category.getId()).unit("cup")
                .specAttributes(List.of(new SpecAttribute().name("size").values(List.of("M", "L")))));
        seen.put("productSkus", product.getSkus().size());
        UUID sku = product.getSkus().get(0).getId();

        StockApi stock = new StockApi(client);
        StockMovement receipt = stock.receiveStock(key(),
                new StockReceipt().skuId(sku).locationId(warehouse).quantity(40L).reference("PO-" + suffix));
        seen.put("receiptQuantity", receipt.getOnHandDelta());

        TransfersApi transfers = new TransfersApi(client);
        Transfer transfer = transfers.requestTransfer(key(), new TransferRequest().fromPlaceId(warehouse)
                .toPlaceId(store).lines(List.of(new TransferRequestLine().skuId(sku).quantity(5L))));
        transfers.shipTransfer(transfer.getId(), key(),
                new TransferCount().lines(List.of(new TransferCountLine().skuId(sku).quantity(5L))));
        Transfer received = transfers.receiveTransfer(transfer.getId(), key(),
                new TransferCount().lines(List.of(new TransferCountLine().skuId(sku).quantity(4L))));
        TransferLine line = transfers.getTransfer(transfer.getId()).getLines().get(0);
        seen.put("requestedQuantity", line.getRequested());
        seen.put("shippedQuantity", line.getShipped());
        seen.put("receivedQuantity", line.getReceived());
        seen.put("discrepancy", line.getDiscrepancy());
        seen.put("transferStatus", received.getStatus().getValue());

        ReservationsApi reservations = new ReservationsApi(client);
        ReservationReserve hold = new ReservationReserve().reference("ORDER-" + suffix).expiresInSeconds(600)
                .lines(List.of(new ReservationReserveLine().skuId(sku).locationId(store).quantity(3L)));
        Reservation reservation = reservations.reserveStock(key(), hold);
        seen.put("reservedQuantity", reservation.getLines().get(0).getQuantity());
        seen.put("reservationStatus", reservation.getStatus().getValue());
        seen.put("sameReservationOnRepeat", reservations.reserveStock(key(), hold).getId().equals(reservation.getId()));

        IssuedApiClient issued = new ApiClientsApi(client).createApiClient(key(), new CreateApiClient()
                .name("ERP " + suffix).role(Role.CASHIER)
                .scopeType(ScopeType.STORE).scopeId(store));
        seen.put("apiClientSecretShown", issued.getSecret() != null && issued.getKeyId() != null);

        try {
            transfers.getTransfer(UUID.randomUUID());
            seen.put("problemStatus", 200);
        } catch (ApiException e) {
            seen.put("problemStatus", e.getCode());
        }
        return seen;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
