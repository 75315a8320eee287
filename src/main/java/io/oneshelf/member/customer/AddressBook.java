package io.oneshelf.member.customer;

import io.oneshelf.member.Address;
import io.oneshelf.member.Addresses;
import io.oneshelf.member.CustomerAddressAdded;
import io.oneshelf.member.CustomerAddressChanged;
import io.oneshelf.member.CustomerAddressRemoved;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' delivery addresses. Every change locks the customer's row first, so that two changes of one address
 * book (from a phone and a laptop) never make 21 addresses or two preferred ones. The first address is preferred;
 * when the preferred one is removed, the newest other one becomes preferred. Each change is announced, the other
 * address that lost or gained the preference included.
 */
@Service
public class AddressBook implements Addresses {

    private static final String COLUMNS = "id, customer_id, recipient, phone, province, city, district, line,"
            + " latitude, longitude, preferred, version";
    private static final String ORDER = " order by preferred desc, id desc";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AddressBook(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** An address with the version its next change must name. */
    public record Versioned(Address address, int version) {
    }

    @Override
    public Optional<Address> find(UUID brandId, UUID customerId, UUID addressId) {
        return versioned(brandId, customerId, addressId).map(Versioned::address);
    }

    @Override
    public List<Address> list(UUID brandId, UUID customerId) {
        return versions(brandId, customerId).stream().map(Versioned::address).toList();
    }

    public List<Versioned> versions(UUID brandId, UUID customerId) {
        return jdbc.sql("select " + COLUMNS + " from customer_address where tenant_id = :brand"
                        + " and customer_id = :customer" + ORDER)
                .param("brand", brandId).param("customer", customerId).query(AddressBook::versioned).list();
    }

    public Optional<Versioned> versioned(UUID brandId, UUID customerId, UUID addressId) {
        return jdbc.sql("select " + COLUMNS + " from customer_address where tenant_id = :brand"
                        + " and customer_id = :customer and id = :id")
                .param("brand", brandId).param("customer", customerId).param("id", addressId)
                .query(AddressBook::versioned).optional();
    }

    @Transactional
    public Versioned add(UUID brandId, UUID customerId, AddressDetails details) {
        AddressDetails checked = AddressPolicy.checked(details);
        lockCustomer(brandId, customerId);
        List<Versioned> existing = versions(brandId, customerId);
        AddressPolicy.roomForOneMore(existing.size());
        boolean preferred = checked.preferred() || existing.isEmpty();
        if (preferred) {
            stopPreferring(brandId, existing, null);
        }
        UUID id = Ids.next();
        Versioned added = details(jdbc.sql("""
                        insert into customer_address(id, tenant_id, customer_id, recipient, phone, province, city,
                                                     district, line, latitude, longitude, preferred, version,
                                                     created_at, updated_at)
                        values (:id, :brand, :customer, :recipient, :phone, :province, :city, :district, :line,
                                :latitude, :longitude, :preferred, 0, now(), now())
                        returning""" + " " + COLUMNS), checked)
                .param("id", id).param("brand", brandId).param("customer", customerId).param("preferred", preferred)
                .query(AddressBook::versioned).single();
        events.publishEvent(CustomerAddressAdded.of(brandId, added.address()));
        return added;
    }

    /** Replaces an address's details; {@code version} is the one the customer read (409 otherwise). */
    @Transactional
    public Versioned change(UUID brandId, UUID customerId, UUID addressId, AddressDetails details, int version) {
        AddressDetails checked = AddressPolicy.checked(details);
        lockCustomer(brandId, customerId);
        Versioned before = versioned(brandId, customerId, addressId)
                .orElseThrow(() -> Rejection.notFound("customer-address"));
        if (before.version() != version) {
            throw Rejection.staleVersion();
        }
        if (checked.preferred() && !before.address().preferred()) {
            stopPreferring(brandId, versions(brandId, customerId), addressId);
        }
        Versioned after = details(jdbc.sql("""
                        update customer_address set recipient = :recipient, phone = :phone, province = :province,
                               city = :city, district = :district, line = :line, latitude = :latitude,
                               longitude = :longitude, preferred = :preferred, version = version + 1,
                               updated_at = now()
                        where tenant_id = :brand and id = :id
                        returning""" + " " + COLUMNS), checked).param("preferred", checked.preferred())
                .param("brand", brandId).param("id", addressId)
                .query(AddressBook::versioned).single();
        events.publishEvent(CustomerAddressChanged.of(brandId, after.address()));
        return after;
    }

    @Transactional
    public void remove(UUID brandId, UUID customerId, UUID addressId) {
        lockCustomer(brandId, customerId);
        Versioned removed = versioned(brandId, customerId, addressId)
                .orElseThrow(() -> Rejection.notFound("customer-address"));
        jdbc.sql("delete from customer_address where tenant_id = :brand and id = :id")
                .param("brand", brandId).param("id", addressId).update();
        events.publishEvent(new CustomerAddressRemoved(brandId, customerId, addressId));
        if (removed.address().preferred()) {
            versions(brandId, customerId).stream().findFirst()
                    .ifPresent(newest -> setPreferred(brandId, newest.address().id(), true));
        }
    }

    private void lockCustomer(UUID brandId, UUID customerId) {
        jdbc.sql("select id from customer where tenant_id = :brand and id = :id for update")
                .param("brand", brandId).param("id", customerId).query(UUID.class).optional()
                .orElseThrow(() -> Rejection.notFound("customer"));
    }

    /** The preferred address of these, unless it is {@code except}, is preferred no more. */
    private void stopPreferring(UUID brandId, List<Versioned> addresses, UUID except) {
        addresses.stream().map(Versioned::address).filter(a -> a.preferred() && !a.id().equals(except))
                .forEach(a -> setPreferred(brandId, a.id(), false));
    }

    private void setPreferred(UUID brandId, UUID addressId, boolean preferred) {
        Versioned changed = jdbc.sql("update customer_address set preferred = :preferred, version = version + 1,"
                        + " updated_at = now() where tenant_id = :brand and id = :id returning " + COLUMNS)
                .param("preferred", preferred).param("brand", brandId).param("id", addressId)
                .query(AddressBook::versioned).single();
        events.publishEvent(CustomerAddressChanged.of(brandId, changed.address()));
    }

    private static Versioned versioned(ResultSet rs, int row) throws SQLException {
        BigDecimal latitude = rs.getBigDecimal("latitude");
        BigDecimal longitude = rs.getBigDecimal("longitude");
        Address address = new Address(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("recipient"), rs.getString("phone"), rs.getString("province"), rs.getString("city"),
                rs.getString("district"), rs.getString("line"), latitude == null ? null : latitude.doubleValue(),
                longitude == null ? null : longitude.doubleValue(), rs.getBoolean("preferred"));
        return new Versioned(address, rs.getInt("version"));
    }

    /** The columns every write of details sets. */
    private static JdbcClient.StatementSpec details(JdbcClient.StatementSpec statement, AddressDetails details) {
        return statement.param("recipient", details.recipient()).param("phone", details.phone().digits())
                .param("province", details.province()).param("city", details.city())
                .param("district", details.district()).param("line", details.line())
                .param("latitude", details.latitude()).param("longitude", details.longitude());
    }
}
