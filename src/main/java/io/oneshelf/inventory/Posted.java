package io.oneshelf.inventory;

/** A sale or return as recorded under its reference; {@code repeated} when this call found it posted before. */
public record Posted(String reference, boolean repeated) {
}
