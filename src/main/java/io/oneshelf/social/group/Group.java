package io.oneshelf.social.group;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One group of a group buy: opened by {@code leaderId}, shared by its {@code code}, {@code size} places; its time runs
 * out at {@code expiresAt} (set when the leader pays). Its transitions are checked against {@link GroupStatus}.
 */
record Group(UUID id, UUID groupBuyId, String code, UUID leaderId, GroupStatus status, int size, int virtualMembers,
             OffsetDateTime createdAt, OffsetDateTime openedAt, OffsetDateTime expiresAt, OffsetDateTime closedAt) {

    /** Open for friends to join from {@code at}, for {@code minutes}. */
    Group opened(OffsetDateTime at, int minutes) {
        GroupStatus.TRANSITIONS.check(status, GroupStatus.OPEN);
        return new Group(id, groupBuyId, code, leaderId, GroupStatus.OPEN, size, 0, createdAt, at,
                at.plusMinutes(minutes), null);
    }

    /** Filled: {@code virtual} of its places made up by virtual members (0 when paid members filled it). */
    Group succeeded(OffsetDateTime at, int virtual) {
        GroupStatus.TRANSITIONS.check(status, GroupStatus.SUCCEEDED);
        return new Group(id, groupBuyId, code, leaderId, GroupStatus.SUCCEEDED, size, virtual, createdAt, openedAt,
                expiresAt, at);
    }

    Group failed(OffsetDateTime at) {
        GroupStatus.TRANSITIONS.check(status, GroupStatus.FAILED);
        return new Group(id, groupBuyId, code, leaderId, GroupStatus.FAILED, size, 0, createdAt, openedAt,
                expiresAt, at);
    }

    /** Whether a friend may take a place in it at {@code at}. */
    boolean joinableAt(OffsetDateTime at) {
        return status == GroupStatus.OPEN && at.isBefore(expiresAt);
    }
}
