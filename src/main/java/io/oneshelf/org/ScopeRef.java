package io.oneshelf.org;

import io.oneshelf.platform.security.ScopeType;
import java.util.UUID;

/** A resolved scope with the name staff see, e.g. "Region East" or "Jing'an Flagship". */
public record ScopeRef(ScopeType type, UUID id, String name) {
}
