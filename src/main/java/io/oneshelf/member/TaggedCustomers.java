package io.oneshelf.member;

import java.util.List;
import java.util.UUID;

/**
 * The customers of a brand who carry a tag (by hand or by rule), a page at a time in id order; a customer merged
 * into another is not listed (its tags are the survivor's).
 */
public interface TaggedCustomers {

    /** At most {@code limit} customers tagged {@code tag} with ids after {@code after} (the nil id: from the first). */
    List<UUID> tagged(UUID brandId, String tag, UUID after, int limit);

    /** How many customers carry the tag now. */
    long count(UUID brandId, String tag);
}
