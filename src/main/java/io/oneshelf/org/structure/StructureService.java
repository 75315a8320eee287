package io.oneshelf.org.structure;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds regions and franchisees to the caller's brand, auditing each. */
@Service
class StructureService {

    /** A new region; attributes are named as the API's body names them. */
    record NewRegion(String code, String name) {
    }

    /** A new franchisee with an optional contact. */
    record NewFranchisee(String code, String name, String contactName, String contactPhone) {
    }

    private final StructureRepository repository;
    private final AuditLog audit;

    StructureService(StructureRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    Region createRegion(Actor actor, NewRegion command) {
        Region region = new Region(Ids.next(), command.code(), command.name(), OffsetDateTime.now(ZoneOffset.UTC));
        try {
            repository.insert(actor.tenantId(), region);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "org.region.code-taken", command.code());
        }
        audit.record(actor, "region.created", "region", region.id(), null, region);
        return region;
    }

    @Transactional
    Franchisee createFranchisee(Actor actor, NewFranchisee command) {
        Franchisee franchisee = new Franchisee(Ids.next(), command.code(), command.name(), command.contactName(),
                command.contactPhone(), OffsetDateTime.now(ZoneOffset.UTC));
        try {
            repository.insert(actor.tenantId(), franchisee);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "org.franchisee.code-taken", command.code());
        }
        audit.record(actor, "franchisee.created", "franchisee", franchisee.id(), null, franchisee);
        return franchisee;
    }
}
