package io.oneshelf.platform.security;

/** How far a staff member's or API client's authority reaches inside one brand. */
public enum ScopeType {
    BRAND, REGION, FRANCHISEE, STORE
}
