/**
 * Cross-cutting kernel shared by every business module: embedded database, API conventions (problem+json,
 * idempotency, cursor pages, request ids), security (tokens, roles, scopes, signed API requests), audit log,
 * ids and clock. It depends on no business module; business modules may use all of it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.oneshelf.platform;
