/**
 * The organisation of a brand: the brand itself (tenant) and its settings, regions, franchisees, stores,
 * warehouses, staff accounts with their roles and scopes, and API clients for integrations. Owns signing in and
 * out. Depends only on {@code platform}. Other modules learn about places through {@link io.oneshelf.org.Places}
 * (a place by id, the places within a scope, whether a scope contains a place), about scopes through
 * {@link io.oneshelf.org.Scopes} and about brands through {@link io.oneshelf.org.Brands}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package io.oneshelf.org;
