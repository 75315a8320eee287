package io.oneshelf.payment;

/** PENDING → SUCCEEDED | FAILED | CLOSED; only a pending payment changes. */
public enum PaymentStatus { PENDING, SUCCEEDED, FAILED, CLOSED }
