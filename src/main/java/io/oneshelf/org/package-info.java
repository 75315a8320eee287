/**
 * The organisation of a brand: the brand itself (tenant) and its settings, regions, franchisees, stores,
 * warehouses, staff accounts with their roles and scopes, and API clients for integrations. Owns signing in and
 * out. Depends only on {@code platform}. Other modules learn about places and scopes through {@link
 * io.oneshelf.org.Scopes}.
 */
package io.oneshelf.org;
