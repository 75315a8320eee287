package io.oneshelf.member.customer;

import io.oneshelf.member.Birthday;
import io.oneshelf.member.Customer;
import io.oneshelf.member.CustomerBirthdaySet;
import io.oneshelf.member.CustomerChanged;
import io.oneshelf.member.CustomerIdentityLinked;
import io.oneshelf.member.CustomerRegistered;
import io.oneshelf.member.Customers;
import io.oneshelf.member.IdentityKind;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The brand's customers: found by id or phone, registered once per phone, renamed by themselves. */
@Service
public class CustomerBook implements Customers {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9-]{1,32}");
    private static final String COLUMNS = "id, tenant_id, phone, name, registered_at";
    private static final String IDENTITY = "id = (select customer_id from customer_identity where tenant_id = :brand"
            + " and kind = '%s' and value = :value)";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MemberCodes codes;

    CustomerBook(JdbcClient jdbc, ApplicationEventPublisher events, MemberCodes codes) {
        this.jdbc = jdbc;
        this.events = events;
        this.codes = codes;
    }

    /** A customer found or registered, and whether this call registered them. */
    public record Registration(Customer customer, boolean registered) {
    }

    @Override
    public Optional<Customer> find(UUID brandId, UUID customerId) {
        return jdbc.sql("select " + COLUMNS + " from customer where tenant_id = :brand and id = :id")
                .param("brand", brandId).param("id", customerId).query(CustomerBook::customer).optional();
    }

    @Override
    @Transactional
    public Customer findOrRegisterByPhone(UUID brandId, String phone, String source) {
        PhoneNumber number = PhoneNumber.parse(phone)
                .orElseThrow(() -> Rejection.invalid("phone", "member.phone.invalid"));
        return register(brandId, number, source).customer();
    }

    @Override
    public Optional<Customer> current(UUID brandId, UUID customerId) {
        return survivor(brandId, "id = cast(:value as uuid)", customerId.toString());
    }

    @Override
    public Optional<Customer> findByPhone(UUID brandId, String phone) {
        return PhoneNumber.parse(phone).flatMap(number -> find(brandId, number));
    }

    /** The customer with this number: the one they were merged into, when they were (see {@link #survivor}). */
    public Optional<Customer> find(UUID brandId, PhoneNumber phone) {
        return survivor(brandId, "phone = :value", phone.digits());
    }

    @Override
    public Optional<Customer> findByIdentity(UUID brandId, IdentityKind kind, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (kind) {
            case PHONE -> findByPhone(brandId, value);
            case CARD_NUMBER -> survivor(brandId, "card_number = :value", value.strip().toUpperCase(Locale.ROOT));
            case MEMBER_CODE -> codes.cardNumber(brandId, value)
                    .flatMap(card -> survivor(brandId, "card_number = :value", card));
            case EMAIL -> survivor(brandId, IDENTITY.formatted(kind.name()), value.strip().toLowerCase(Locale.ROOT));
            default -> survivor(brandId, IDENTITY.formatted(kind.name()), value.strip());
        };
    }

    /**
     * The customer matching {@code where}, or the one they were merged into (following merges of merges), so that a
     * merged customer's phone, card or WeChat id finds the one customer they are now.
     */
    private Optional<Customer> survivor(UUID brandId, String where, String value) {
        return jdbc.sql("""
                        with recursive chain(id, merged_into) as (
                            select id, merged_into from customer where tenant_id = :brand and %s
                            union all
                            select c.id, c.merged_into from customer c join chain on c.id = chain.merged_into)
                        select %s from customer where tenant_id = :brand
                            and id = (select id from chain where merged_into is null limit 1)"""
                        .formatted(where, COLUMNS))
                .param("brand", brandId).param("value", value).query(CustomerBook::customer).optional();
    }

    /**
     * The customer with this number, registered now if the brand has none. Two callers registering one number at
     * once register it once: the second waits on the unique key, then finds the first's customer.
     */
    @Transactional
    public Registration register(UUID brandId, PhoneNumber phone, String source) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw Rejection.invalid("source", "member.customer.source");
        }
        Optional<Customer> created = jdbc.sql("""
                        insert into customer(id, tenant_id, phone, name, source, registered_at, updated_at)
                        values (:id, :brand, :phone, null, :source, now(), now())
                        on conflict (tenant_id, phone) do nothing
                        returning""" + " " + COLUMNS)
                .param("id", Ids.next()).param("brand", brandId).param("phone", phone.digits())
                .param("source", source).query(CustomerBook::customer).optional();
        if (created.isEmpty()) {
            return new Registration(find(brandId, phone).orElseThrow(), false);
        }
        Customer customer = created.get();
        events.publishEvent(new CustomerRegistered(brandId, customer.id(), customer.phone(), customer.name(), source,
                customer.registeredAt()));
        return new Registration(customer, true);
    }

    /**
     * Links an identity (WeChat openid or unionid, email) to the customer, announced by
     * {@link CustomerIdentityLinked}; the customer who already has it when another does (nothing changes then).
     */
    @Transactional
    @Override
    public UUID link(UUID brandId, UUID customerId, IdentityKind kind, String value) {
        int added = jdbc.sql("insert into customer_identity(id, tenant_id, customer_id, kind, value, created_at)"
                        + " values (:id, :brand, :customer, :kind, :value, now()) on conflict do nothing")
                .param("id", Ids.next()).param("brand", brandId).param("customer", customerId)
                .param("kind", kind.name()).param("value", value).update();
        if (added > 0) {
            events.publishEvent(new CustomerIdentityLinked(brandId, customerId, kind, value));
            return customerId;
        }
        return jdbc.sql("select customer_id from customer_identity where tenant_id = :brand and kind = :kind"
                        + " and value = :value").param("brand", brandId).param("kind", kind.name())
                .param("value", value).query(UUID.class).single();
    }

    /** The customer's member card number (also of a customer merged into another). */
    public Optional<String> cardNumber(UUID brandId, UUID customerId) {
        return jdbc.sql("select card_number from customer where tenant_id = :brand and id = :id")
                .param("brand", brandId).param("id", customerId).query(String.class).optional();
    }

    /** The customer's own name; saving the name they already have changes and announces nothing. */
    @Transactional
    public Customer rename(UUID brandId, UUID customerId, String name) {
        Customer before = find(brandId, customerId).orElseThrow(() -> Rejection.notFound("customer"));
        if (name.equals(before.name())) {
            return before;
        }
        Customer after = jdbc.sql("update customer set name = :name, updated_at = now()"
                        + " where tenant_id = :brand and id = :id returning " + COLUMNS)
                .param("name", name).param("brand", brandId).param("id", customerId)
                .query(CustomerBook::customer).single();
        events.publishEvent(new CustomerChanged(brandId, after.id(), after.phone(), after.name()));
        return after;
    }

    private static Customer customer(ResultSet rs, int row) throws SQLException {
        return new Customer(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("phone"), rs.getString("name"), rs.getObject("registered_at", OffsetDateTime.class));
    }

    @Override
    public Optional<Birthday> birthday(UUID brandId, UUID customerId) {
        return jdbc.sql("select birthday_month, birthday_day, birthday_year from customer"
                        + " where tenant_id = :brand and id = :id and birthday_month is not null")
                .param("brand", brandId).param("id", customerId)
                .query((rs, n) -> new Birthday(rs.getInt(1), rs.getInt(2), rs.getObject(3, Integer.class)))
                .optional();
    }

    @Override
    public List<UUID> bornOn(UUID brandId, LocalDate date) {
        boolean leapDayToo = date.getMonthValue() == 2 && date.getDayOfMonth() == 28 && !date.isLeapYear();
        return jdbc.sql("""
                        select id from customer where tenant_id = :brand and birthday_month = :month
                        and (birthday_day = :day or (:leap and birthday_day = 29))
                        and merged_into is null and anonymised_at is null order by id""")
                .param("brand", brandId).param("month", date.getMonthValue()).param("day", date.getDayOfMonth())
                .param("leap", leapDayToo).query(UUID.class).list();
    }

    /**
     * Records the customer's birthday, announced by {@link CustomerBirthdaySet}; once only (the birthday benefit must
     * not move around the calendar): a customer who told it already is refused ({@code CONFLICT} on
     * {@code birthday}), unless they send the same again.
     */
    @Transactional
    public Birthday setBirthday(UUID brandId, UUID customerId, Birthday birthday) {
        int set = jdbc.sql("""
                        update customer set birthday_month = :month, birthday_day = :day, birthday_year = :year,
                        updated_at = now() where tenant_id = :brand and id = :id and birthday_month is null""")
                .param("month", birthday.month()).param("day", birthday.day()).param("year", birthday.year())
                .param("brand", brandId).param("id", customerId).update();
        if (set == 0) {
            Birthday held = birthday(brandId, customerId).orElseThrow(() -> Rejection.notFound("customer"));
            if (!held.equals(birthday)) {
                throw Rejection.conflict("birthday", "member.birthday.set-once");
            }
            return held;
        }
        events.publishEvent(new CustomerBirthdaySet(brandId, customerId, birthday.month(), birthday.day(),
                birthday.year()));
        return birthday;
    }
}
